"""Generic JSON intake: `POST /api/v1/events` (one event, or `{"events": [...]}` up to 1,000).

Thin: authenticate the source by its API key, throttle, hand the body to `intake_generic`, answer
202 with counts once the RawEvents are stored. Bad items get a reason each; good items of the
same batch are still stored.
"""

from __future__ import annotations

from typing import cast

from django.db import connection
from drf_spectacular.utils import OpenApiExample, OpenApiResponse, PolymorphicProxySerializer, extend_schema
from rest_framework import serializers, status
from rest_framework.authentication import BaseAuthentication
from rest_framework.exceptions import AuthenticationFailed, PermissionDenied
from rest_framework.permissions import BasePermission
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from ingestion.intake import intake_generic
from ingestion.models import Platform, Source, SourceKind
from ingestion.selectors import source_get_by_api_key
from ingestion.spool import SpoolUnavailable
from ingestion.throttle import FailOpenThrottle


class SourcePrincipal:
    """The authenticated caller of an intake endpoint: a Source, not a person."""

    is_authenticated = True
    is_anonymous = False

    def __init__(self, source: Source) -> None:
        self.source = source
        self.pk = None

    def __str__(self) -> str:
        return f"source:{self.source.slug}"


def api_key_from_request(request) -> str:
    header = request.META.get("HTTP_AUTHORIZATION", "")
    if header[:7].lower() == "bearer ":
        return header[7:].strip()
    return request.META.get("HTTP_X_API_KEY", "").strip()


class SourceKeyAuthentication(BaseAuthentication):
    """`Authorization: Bearer <key>` or `X-API-Key: <key>`, checked against Source.api_key_hash."""

    def authenticate(self, request):
        key = api_key_from_request(request)
        if not key:
            return None
        source = source_get_by_api_key(key=key)
        if source is None:
            raise AuthenticationFailed("invalid or revoked API key")
        return SourcePrincipal(source), source

    def authenticate_header(self, request) -> str:
        return 'Bearer realm="crisisops-intake"'


class IsGenericSource(BasePermission):
    message = "this endpoint takes events for generic sources; other kinds have their own endpoint"

    def has_permission(self, request, view) -> bool:
        source = request.auth
        if not isinstance(source, Source):
            return False
        if source.kind != SourceKind.GENERIC:
            raise PermissionDenied(
                f"this API key belongs to a {source.kind} source; send its events to that source's endpoint"
            )
        return True


class IntakeThrottle(FailOpenThrottle):
    """DRF throttle scope "intake" (REST_FRAMEWORK.DEFAULT_THROTTLE_RATES), counted per source
    (in this process's memory while Redis is away: ingestion/throttle.py)."""

    def get_cache_key(self, request, view):
        if isinstance(request.auth, Source):
            return f"throttle:intake:{connection.schema_name}:{request.auth.pk}"
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class EventInput(serializers.Serializer):
    """One event in the generic format (see ingestion/sources/generic/connector.py)."""

    id = serializers.CharField(required=False, max_length=255, help_text="your id; duplicates are ignored")
    text = serializers.CharField(help_text="the event text (PII is redacted before anything uses it)")
    title = serializers.CharField(required=False, max_length=500)
    url = serializers.URLField(required=False, max_length=1000)
    occurred_at = serializers.DateTimeField(required=False, help_text="ISO 8601 or epoch; default: now")
    platform = serializers.ChoiceField(choices=Platform.choices, required=False, default=Platform.OTHER)
    author = serializers.DictField(required=False, help_text='{"id", "name", "followers", "verified"}')
    language = serializers.CharField(required=False, max_length=12)
    reach = serializers.IntegerField(required=False, min_value=0)
    severity = serializers.CharField(required=False, help_text="the source's own severity word")
    attributes = serializers.DictField(required=False, help_text="flat facts kept on the event")


class BatchInput(serializers.Serializer):
    events = EventInput(many=True, help_text="1 to 1,000 events")


class ItemError(serializers.Serializer):
    index = serializers.IntegerField()
    id = serializers.CharField(allow_blank=True)
    reason = serializers.CharField()


class IntakeOutput(serializers.Serializer):
    accepted = serializers.IntegerField(help_text="new events stored")
    duplicates = serializers.IntegerField(help_text="events already received (same id), ignored")
    rejected = serializers.IntegerField(help_text="malformed events, see errors")
    spooled = serializers.IntegerField(
        help_text="events kept in the local spool while the database is unavailable; stored when it "
        "is back (duplicates are ignored then)"
    )
    errors = ItemError(many=True)  # type: ignore[assignment]  # a declared field (the metaclass pops it)


class EventIntakeApi(APIView):
    authentication_classes = [SourceKeyAuthentication]
    permission_classes = [IsGenericSource]
    throttle_classes = [IntakeThrottle]

    @extend_schema(
        operation_id="events_intake",
        summary="Push events (one, or a batch of up to 1,000)",
        request=PolymorphicProxySerializer(
            component_name="EventIntakeBody",
            serializers=[EventInput, BatchInput],
            resource_type_field_name=None,
        ),
        responses={
            202: IntakeOutput,
            400: OpenApiResponse(IntakeOutput, description="nothing stored: every event was malformed"),
            401: OpenApiResponse(description="missing or invalid API key"),
            403: OpenApiResponse(description="the key belongs to a non-generic source"),
            429: OpenApiResponse(description="rate limited (Retry-After)"),
            503: OpenApiResponse(
                description="neither the database nor the local spool can take events now (Retry-After)"
            ),
        },
        examples=[
            OpenApiExample(
                "one event",
                value={"id": "t-1", "text": "Checkout fails with error 500", "platform": "support"},
                request_only=True,
            )
        ],
        tags=["intake"],
    )
    def post(self, request: Request) -> Response:
        try:
            result = intake_generic(
                source=cast("Source", request.auth), body=request.data
            )  # the key's source
        except SpoolUnavailable:
            return Response(
                {"detail": "storage unavailable, retry later"},
                status=status.HTTP_503_SERVICE_UNAVAILABLE,
                headers={"Retry-After": "10"},
            )
        body = IntakeOutput(result).data
        if result.accepted or result.duplicates or result.spooled:
            return Response(body, status=status.HTTP_202_ACCEPTED)
        return Response(body, status=status.HTTP_400_BAD_REQUEST)
