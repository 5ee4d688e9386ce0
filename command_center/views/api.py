"""Command-center JSON APIs (session auth); roles enforced by DRF permissions, not templates."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from classification.models import Category, ReviewItem, Severity
from command_center.views import queries
from command_center.views._common import ServiceUnavailable, error_text, service
from crisis.models import Crisis
from tenants.permissions import IsCrisisManager, IsViewer


def _call(fn_path: str, **kwargs) -> Response | None:
    try:
        service(fn_path)(**kwargs)
    except ServiceUnavailable:
        return Response({"detail": f"{fn_path} is not available"}, status=status.HTTP_503_SERVICE_UNAVAILABLE)
    except (ValidationError, ValueError) as exc:
        return Response({"detail": error_text(exc)}, status=status.HTTP_409_CONFLICT)
    return None


class CrisisListApi(APIView):
    permission_classes = [IsViewer]

    class Output(serializers.ModelSerializer):
        class Meta:
            model = Crisis
            fields = [
                "id",
                "subject",
                "title",
                "level",
                "status",
                "score",
                "signals",
                "explanation",
                "opened_at",
            ]

    def get(self, request: Request) -> Response:
        crises = Crisis.objects.exclude(status=Crisis.Status.RESOLVED).order_by("-score")[:200]
        return Response(self.Output(crises, many=True).data)


class CrisisAcknowledgeApi(APIView):
    permission_classes = [IsCrisisManager]

    def post(self, request: Request, pk: int) -> Response:
        crisis = get_object_or_404(Crisis, pk=pk)
        error = _call(
            "command_center.views.actions.crisis_acknowledge_everywhere", crisis=crisis, by_user=request.user
        )
        return error or Response({"id": crisis.pk, "status": Crisis.objects.get(pk=pk).status})


class CrisisResolveApi(APIView):
    permission_classes = [IsCrisisManager]

    class Input(serializers.Serializer):
        note = serializers.CharField(max_length=4000)

    def post(self, request: Request, pk: int) -> Response:
        crisis = get_object_or_404(Crisis, pk=pk)
        data = self.Input(data=request.data)
        data.is_valid(raise_exception=True)
        error = _call(
            "crisis.services.crisis_resolve",
            crisis=crisis,
            by_user=request.user,
            note=data.validated_data["note"],
        )
        return error or Response({"id": crisis.pk, "status": Crisis.objects.get(pk=pk).status})


class AlertAcknowledgeApi(APIView):
    permission_classes = [IsCrisisManager]

    def post(self, request: Request, pk: int) -> Response:
        alert = queries.alert_get(pk)
        if alert is None:
            return Response({"detail": "no such alert"}, status=status.HTTP_404_NOT_FOUND)
        error = _call(
            "escalation.services.alert_acknowledge",
            alert=alert,
            by_user=request.user,
            via="api",
            actor=request.user.email,
        )
        return error or Response(
            {"id": pk, "state": queries.first_attr(queries.alert_get(pk), "state", "status")}
        )


class AlertResolveApi(APIView):
    permission_classes = [IsCrisisManager]

    class Input(serializers.Serializer):
        note = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")

    def post(self, request: Request, pk: int) -> Response:
        alert = queries.alert_get(pk)
        if alert is None:
            return Response({"detail": "no such alert"}, status=status.HTTP_404_NOT_FOUND)
        data = self.Input(data=request.data)
        data.is_valid(raise_exception=True)
        error = _call(
            "escalation.services.alert_resolve",
            alert=alert,
            by_user=request.user,
            via="api",
            note=data.validated_data["note"],
        )
        return error or Response(
            {"id": pk, "state": queries.first_attr(queries.alert_get(pk), "state", "status")}
        )


class ReviewDecideApi(APIView):
    permission_classes = [IsCrisisManager]

    class Input(serializers.Serializer):
        severity = serializers.ChoiceField(choices=Severity.choices)
        category = serializers.ChoiceField(choices=Category.choices)

    def post(self, request: Request, pk: int) -> Response:
        item = get_object_or_404(ReviewItem, pk=pk)
        data = self.Input(data=request.data)
        data.is_valid(raise_exception=True)
        error = _call(
            "classification.services.review_item_decide", item=item, by=request.user, **data.validated_data
        )
        item.refresh_from_db()
        return error or Response({"id": item.pk, "status": item.status})
