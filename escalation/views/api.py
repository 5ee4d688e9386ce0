"""REST API for alerts: list (open / mine), detail with delivery history, ACK, resolve, escalate.

Thin: parse, call one service, serialize. Session auth (the dashboard); viewers read, crisis
managers act.
"""

from __future__ import annotations

from rest_framework import permissions, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from escalation import selectors, services
from tenants.roles import CRISIS_MANAGER, VIEWER, has_role


class IsViewer(permissions.BasePermission):
    def has_permission(self, request, view) -> bool:
        return has_role(request.user, VIEWER)


class IsCrisisManager(permissions.BasePermission):
    def has_permission(self, request, view) -> bool:
        return has_role(request.user, CRISIS_MANAGER)


class AlertOutput(serializers.Serializer):
    id = serializers.IntegerField(source="pk")
    title = serializers.CharField()
    severity = serializers.CharField()
    category = serializers.CharField()
    subject = serializers.CharField()
    state = serializers.CharField()
    dedup_key = serializers.CharField()
    crisis_id = serializers.IntegerField(allow_null=True)
    triggered_at = serializers.DateTimeField()
    trigger_count = serializers.IntegerField()
    acknowledged_at = serializers.DateTimeField(allow_null=True)
    acknowledged_actor = serializers.CharField()
    acknowledged_via = serializers.CharField()
    resolved_at = serializers.DateTimeField(allow_null=True)
    ack_deadline = serializers.DateTimeField(allow_null=True)
    sla_deadline = serializers.DateTimeField(allow_null=True)
    sla_breached = serializers.BooleanField()
    tier = serializers.SerializerMethodField()
    policy = serializers.SerializerMethodField()
    routing = serializers.JSONField()

    def get_tier(self, alert) -> int:
        return alert.current_tier + 1

    def get_policy(self, alert) -> str | None:
        return (alert.policy_snapshot or {}).get("name")


class NotificationOutput(serializers.Serializer):
    id = serializers.IntegerField(source="pk")
    purpose = serializers.CharField()
    channel = serializers.CharField()
    stakeholder = serializers.CharField(source="stakeholder.name", default=None)
    address = serializers.CharField()
    tier = serializers.SerializerMethodField()
    attempt = serializers.IntegerField()
    status = serializers.CharField()
    error = serializers.CharField()
    latency_ms = serializers.FloatField(allow_null=True)
    created_at = serializers.DateTimeField()
    finished_at = serializers.DateTimeField(allow_null=True)

    def get_tier(self, n) -> int:
        return n.tier + 1


class AlertListApi(APIView):
    permission_classes = [IsViewer]

    def get(self, request: Request) -> Response:
        if request.query_params.get("mine"):
            qs = selectors.alerts_for_user(user=request.user)
        else:
            qs = selectors.alerts_open()
        return Response({"results": AlertOutput(qs[:200], many=True).data})


class AlertDetailApi(APIView):
    permission_classes = [IsViewer]

    def get(self, request: Request, pk: int) -> Response:
        alert = selectors.alert_get(alert_id=pk)
        if alert is None:
            return Response({"detail": "no such alert"}, status=status.HTTP_404_NOT_FOUND)
        data = AlertOutput(alert).data
        data["notifications"] = NotificationOutput(selectors.alert_notifications(alert=alert), many=True).data
        return Response(data)


class _AlertActionApi(APIView):
    permission_classes = [IsCrisisManager]

    class Input(serializers.Serializer):
        note = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")

    def act(self, request: Request, alert):  # pragma: no cover - overridden
        raise NotImplementedError

    def post(self, request: Request, pk: int) -> Response:
        alert = selectors.alert_get(alert_id=pk)
        if alert is None:
            return Response({"detail": "no such alert"}, status=status.HTTP_404_NOT_FOUND)
        data = self.Input(data=request.data)
        data.is_valid(raise_exception=True)
        try:
            alert = self.act(request, alert, data.validated_data)
        except services.AlertStateError as exc:
            return Response({"detail": str(exc)}, status=status.HTTP_409_CONFLICT)
        return Response(AlertOutput(alert).data)


class AlertAcknowledgeApi(_AlertActionApi):
    def act(self, request, alert, data):
        return services.alert_acknowledge(
            alert=alert, by_user=request.user, via="api", actor=request.user.email
        )


class AlertResolveApi(_AlertActionApi):
    def act(self, request, alert, data):
        return services.alert_resolve(alert=alert, by_user=request.user, via="api", note=data["note"])


class AlertEscalateApi(_AlertActionApi):
    def act(self, request, alert, data):
        return services.alert_escalate_now(alert=alert, by_user=request.user)
