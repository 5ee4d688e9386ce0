"""Push endpoints of the source connectors (paths fixed by the intake contract)."""

from __future__ import annotations

from django.urls import path

from ingestion.sources.alertmanager.views import AlertmanagerWebhookView
from ingestion.sources.pagerduty.views import PagerDutyEnqueueView
from ingestion.sources.splunk_hec.views import HECEventView, HECHealthView
from ingestion.sources.zendesk.views import ZendeskWebhookView

urlpatterns = [
    path("services/collector", HECEventView.as_view(), name="intake-hec"),
    path("services/collector/event", HECEventView.as_view(), name="intake-hec-event"),
    path("services/collector/event/1.0", HECEventView.as_view(), name="intake-hec-event-1.0"),
    path("services/collector/health", HECHealthView.as_view(), name="intake-hec-health"),
    path("services/collector/health/1.0", HECHealthView.as_view(), name="intake-hec-health-1.0"),
    path("api/v1/intake/alertmanager", AlertmanagerWebhookView.as_view(), name="intake-alertmanager"),
    path("v2/enqueue", PagerDutyEnqueueView.as_view(), name="intake-pagerduty"),
    path("api/v1/intake/zendesk/<slug:slug>", ZendeskWebhookView.as_view(), name="intake-zendesk"),
]
