"""PagerDuty Events API v2 compatible endpoint: `POST /v2/enqueue`; the body's `routing_key` is
the source's API key. 202 `{"status":"success","message":"Event processed","dedup_key":...}`;
400 `{"status":"invalid event","message":"Event object is invalid","errors":[...]}`; 429 when
throttled (PagerDuty clients retry 429 and 5xx)."""

from __future__ import annotations

from typing import Any

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import exceptions
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from ingestion.models import SourceKind
from ingestion.sanitize import UnsafeInput, json_loads_checked
from ingestion.sources import get_connector
from ingestion.sources.pagerduty.connector import MAX_BODY_BYTES, PagerDutyInvalid
from ingestion.sources.push import BodyError, IntakeView, read_body, source_for_key
from ingestion.spool import SpoolUnavailable


def invalid(errors: list[str], *, status: int = 400) -> Response:
    return Response(
        {"status": "invalid event", "message": "Event object is invalid", "errors": errors}, status=status
    )


class PagerDutyEnqueueView(IntakeView, APIView):
    permission_classes = [AllowAny]

    @extend_schema(
        summary="PagerDuty Events API v2 compatible intake",
        request=OpenApiTypes.OBJECT,
        responses={202: OpenApiResponse(description="Event processed"), 400: None},
        tags=["intake"],
    )
    def post(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        try:
            body = json_loads_checked(read_body(request, limit=MAX_BODY_BYTES))
        except BodyError as exc:
            return invalid([exc.reason], status=400 if exc.status == 413 else exc.status)
        except UnsafeInput as exc:
            return invalid(["Body is not valid JSON" if exc.code == "invalid_json" else str(exc)])
        if not isinstance(body, dict):
            return invalid(["Event object must be a JSON object"])
        routing_key = body.get("routing_key")
        if not isinstance(routing_key, str) or not routing_key.strip():
            return invalid(["'routing_key' is missing or blank"])
        source = source_for_key(key=routing_key.strip(), kinds=(SourceKind.PAGERDUTY,))
        if source is None or not source.enabled:
            return invalid(["Invalid routing key"])
        connector = get_connector(SourceKind.PAGERDUTY)
        try:
            payloads = connector.split(body)
        except PagerDutyInvalid as exc:
            return invalid(exc.errors)
        try:
            self.store(source=source, connector=connector, payloads=payloads)
        except SpoolUnavailable:
            return Response(
                {"status": "error", "message": "Storage unavailable, retry later"},
                status=503,
                headers={"Retry-After": "10"},
            )
        return Response(
            {"status": "success", "message": "Event processed", "dedup_key": payloads[0]["dedup_key"]},
            status=202,
        )

    def handle_exception(self, exc: Exception) -> Response:
        if isinstance(exc, exceptions.Throttled):
            response = Response(
                {
                    "status": "throttle event",
                    "message": "Requests for this service are arriving too quickly. Please retry later.",
                },
                status=429,
            )
            wait = getattr(exc, "wait", None)  # set by Throttled.__init__; drf-stubs omit it
            if wait:
                response["Retry-After"] = str(int(wait) + 1)
            return response
        return super().handle_exception(exc)
