{{/* Labels every object of the release carries. */}}
{{- define "crisisops.labels" -}}
app.kubernetes.io/name: crisisops
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end }}

{{/* The image of every container. */}}
{{- define "crisisops.image" -}}
{{ printf "%s:%s" .Values.image.repository .Values.image.tag | quote }}
{{- end }}

{{/* Environment of every CrisisOps container: settings from values, secrets from existing Secrets. */}}
{{- define "crisisops.env" -}}
- name: CRISIS_ENV
  value: production
- name: DEPLOYMENT_REGION
  value: {{ .Values.region | quote }}
- name: ALLOWED_HOSTS
  value: {{ .Values.allowedHosts | quote }}
- name: LOG_LEVEL
  value: {{ .Values.logLevel | quote }}
- name: PROMETHEUS_MULTIPROC_DIR
  value: /var/lib/crisisops/prometheus
{{- if .Values.otlpEndpoint }}
- name: OTEL_EXPORTER_OTLP_ENDPOINT
  value: {{ .Values.otlpEndpoint | quote }}
{{- end }}
- name: SECRET_KEY
  valueFrom: {secretKeyRef: {name: {{ .Values.existingSecrets.app }}, key: SECRET_KEY}}
- name: FIELD_ENCRYPTION_KEY
  valueFrom: {secretKeyRef: {name: {{ .Values.existingSecrets.app }}, key: FIELD_ENCRYPTION_KEY}}
- name: METRICS_TOKEN
  valueFrom: {secretKeyRef: {name: {{ .Values.existingSecrets.app }}, key: METRICS_TOKEN}}
- name: DATABASE_URL
  valueFrom: {secretKeyRef: {name: {{ .Values.existingSecrets.database }}, key: DATABASE_URL}}
- name: REDIS_URL
  valueFrom: {secretKeyRef: {name: {{ .Values.existingSecrets.redis }}, key: REDIS_URL}}
- name: CELERY_BROKER_URL
  valueFrom: {secretKeyRef: {name: {{ .Values.existingSecrets.broker }}, key: CELERY_BROKER_URL}}
{{- end }}

{{/* Spread replicas over zones and nodes (enterprise). Takes the component name. */}}
{{- define "crisisops.spread" -}}
- maxSkew: 1
  topologyKey: topology.kubernetes.io/zone
  whenUnsatisfiable: ScheduleAnyway
  labelSelector:
    matchLabels:
      app.kubernetes.io/component: {{ . }}
- maxSkew: 1
  topologyKey: kubernetes.io/hostname
  whenUnsatisfiable: ScheduleAnyway
  labelSelector:
    matchLabels:
      app.kubernetes.io/component: {{ . }}
{{- end }}
