"""The command center's REST API (session auth): crises, alerts with their delivery history,
the review queue. Viewers read; crisis managers act (DRF permissions, not templates)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from classification import services as classification_services
from classification.models import Category, ReviewItem, Severity
from command_center import services as cc_services
from command_center.selectors.alerts import alert_get, alert_notifications, alerts_for_user, alerts_open
from command_center.views._common import error_text
from crisis import services as crisis_services
from crisis.models import Crisis
from escalation import services as escalation_services
from escalation.models import Alert
from tenants.permissions import IsCrisisManager, IsViewer

LIST_LIMIT = 200


def _refused(call: Callable[[], Any]) -> Response | None:
    """Run one service call; a refused transition (wrong state, invalid input) is a 409."""
    try:
        call()
    except (ValidationError, ValueError) as exc:
        return Response({"detail": error_text(exc)}, status=status.HTTP_409_CONFLICT)
    return None


# --- Crises ------------------------------------------------------------------------------------


class CrisisOutput(serializers.ModelSerializer):
    class Meta:
        model = Crisis
        fields = ["id", "subject", "title", "level", "status", "score", "signals", "explanation", "opened_at"]


class CrisisStatusOutput(serializers.Serializer):
    id = serializers.IntegerField()
    status = serializers.CharField()


class CrisisListApi(APIView):
    permission_classes = [IsViewer]

    @extend_schema(operation_id="crises_list", responses=CrisisOutput(many=True))
    def get(self, request: Request) -> Response:
        crises = Crisis.objects.exclude(status=Crisis.Status.RESOLVED).order_by("-score")[:LIST_LIMIT]
        return Response(CrisisOutput(crises, many=True).data)


class CrisisAcknowledgeApi(APIView):
    """Takes the crisis: the triggered alerts of its story and the crisis itself."""

    permission_classes = [IsCrisisManager]

    @extend_schema(request=None, responses=CrisisStatusOutput)
    def post(self, request: Request, pk: int) -> Response:
        crisis = get_object_or_404(Crisis, pk=pk)
        refused = _refused(
            lambda: cc_services.crisis_acknowledge_everywhere(crisis=crisis, by_user=request.user)
        )
        crisis.refresh_from_db()
        return refused or Response(CrisisStatusOutput({"id": crisis.pk, "status": crisis.status}).data)


class CrisisResolveInput(serializers.Serializer):
    note = serializers.CharField(max_length=4000)


class CrisisResolveApi(APIView):
    permission_classes = [IsCrisisManager]

    @extend_schema(request=CrisisResolveInput, responses=CrisisStatusOutput)
    def post(self, request: Request, pk: int) -> Response:
        crisis = get_object_or_404(Crisis, pk=pk)
        data = CrisisResolveInput(data=request.data)
        data.is_valid(raise_exception=True)
        refused = _refused(
            lambda: crisis_services.crisis_resolve(
                crisis=crisis, by_user=request.user, note=data.validated_data["note"]
            )
        )
        crisis.refresh_from_db()
        return refused or Response(CrisisStatusOutput({"id": crisis.pk, "status": crisis.status}).data)


# --- Alerts ------------------------------------------------------------------------------------


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
    tier = serializers.SerializerMethodField(help_text="1-based tier last notified (0: none yet)")
    policy = serializers.SerializerMethodField()
    routing = serializers.JSONField()

    def get_tier(self, alert: Alert) -> int:
        return alert.current_tier + 1

    def get_policy(self, alert: Alert) -> str | None:
        return alert.policy_snapshot.get("name")


class NotificationOutput(serializers.Serializer):
    id = serializers.IntegerField(source="pk")
    purpose = serializers.CharField()
    channel = serializers.CharField()
    # Provider syncs (PagerDuty, webhooks) go to the tenant's service, not to a person.
    stakeholder = serializers.CharField(source="stakeholder.name", default=None, allow_null=True)
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


class AlertDetailOutput(AlertOutput):
    notifications = NotificationOutput(many=True)


class AlertListApi(APIView):
    """Open alerts (triggered and acknowledged); `?mine=1`: those you were paged for or acknowledged."""

    permission_classes = [IsViewer]

    @extend_schema(
        operation_id="alerts_list",
        responses=inline_serializer("AlertList", fields={"results": AlertOutput(many=True)}),
    )
    def get(self, request: Request) -> Response:
        mine = request.query_params.get("mine")
        alerts = alerts_for_user(user=request.user) if mine else alerts_open()
        return Response({"results": AlertOutput(alerts[:LIST_LIMIT], many=True).data})


def _alert(pk: int) -> Alert:
    alert = alert_get(alert_id=pk)
    if alert is None:
        raise Http404("no such alert")
    return alert


class AlertDetailApi(APIView):
    """The alert with every delivery attempt (retries, fallbacks, provider syncs)."""

    permission_classes = [IsViewer]

    @extend_schema(responses=AlertDetailOutput)
    def get(self, request: Request, pk: int) -> Response:
        alert = _alert(pk)
        attempts = alert_notifications(alert=alert, limit=500)
        return Response(
            {**AlertOutput(alert).data, "notifications": NotificationOutput(attempts, many=True).data}
        )


class AlertActionInput(serializers.Serializer):
    note = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")


class _AlertActionApi(APIView):
    permission_classes = [IsCrisisManager]

    def act(self, request: Request, alert: Alert, note: str) -> Alert:
        raise NotImplementedError

    @extend_schema(request=AlertActionInput, responses=AlertOutput)
    def post(self, request: Request, pk: int) -> Response:
        alert = _alert(pk)
        data = AlertActionInput(data=request.data)
        data.is_valid(raise_exception=True)
        refused = _refused(lambda: self.act(request, alert, data.validated_data["note"]))
        alert.refresh_from_db()
        return refused or Response(AlertOutput(alert).data)


class AlertAcknowledgeApi(_AlertActionApi):
    def act(self, request: Request, alert: Alert, note: str) -> Alert:
        return escalation_services.alert_acknowledge(
            alert=alert, by_user=request.user, via="api", actor=getattr(request.user, "email", "")
        )


class AlertResolveApi(_AlertActionApi):
    def act(self, request: Request, alert: Alert, note: str) -> Alert:
        return escalation_services.alert_resolve(alert=alert, by_user=request.user, via="api", note=note)


class AlertEscalateApi(_AlertActionApi):
    """Notify the next tier now; 409 unless the alert is triggered."""

    def act(self, request: Request, alert: Alert, note: str) -> Alert:
        return escalation_services.alert_escalate_now(alert=alert, by_user=request.user)


# --- Review ------------------------------------------------------------------------------------


class ReviewDecisionInput(serializers.Serializer):
    severity = serializers.ChoiceField(choices=Severity.choices)
    category = serializers.ChoiceField(choices=Category.choices)


class ReviewDecideApi(APIView):
    permission_classes = [IsCrisisManager]

    @extend_schema(
        request=ReviewDecisionInput,
        responses=inline_serializer(
            "ReviewDecision", fields={"id": serializers.IntegerField(), "status": serializers.CharField()}
        ),
    )
    def post(self, request: Request, pk: int) -> Response:
        item = get_object_or_404(ReviewItem, pk=pk)
        data = ReviewDecisionInput(data=request.data)
        data.is_valid(raise_exception=True)
        refused = _refused(
            lambda: classification_services.review_item_decide(
                item=item, by=request.user, **data.validated_data
            )
        )
        item.refresh_from_db()
        return refused or Response({"id": item.pk, "status": item.status})
