"""Splunk HEC endpoints: `/services/collector[/event[/1.0]]` and `/services/collector/health`.

Answers use HEC's shapes and codes so Splunk logging libraries, Fluent Bit, Vector and the OTel
collector treat us as a Splunk HEC: 200 `{"text":"Success","code":0}` (HEC answers 200, not
202, and several forwarders retry anything else); 401 code 2 "Token is required"; 403 code 4
"Invalid token" / code 1 "Token disabled"; 400 codes 5/6/12/13/15 with invalid-event-number;
503 code 9 "Server is busy" when throttled or the database is unavailable (forwarders retry).
"""

from __future__ import annotations

from typing import Any, cast

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import exceptions
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from ingestion.models import SourceKind
from ingestion.sources import get_connector
from ingestion.sources.push import BodyError, IntakeView, bearer_key, read_body, source_for_key
from ingestion.sources.splunk_hec.connector import METADATA_KEYS, HECError, SplunkHECConnector
from ingestion.spool import SpoolUnavailable


def hec(status: int, code: int, text: str, **extra: Any) -> Response:
    return Response({"text": text, "code": code, **extra}, status=status)


class HECEventView(IntakeView, APIView):
    permission_classes = [AllowAny]

    @extend_schema(
        summary="Splunk HEC compatible event intake",
        description="Body: one or more concatenated HEC JSON events. Auth: `Authorization: Splunk <source API key>`.",
        request=OpenApiTypes.STR,
        responses={
            200: OpenApiResponse(description='{"text":"Success","code":0}'),
            400: None,
            401: None,
            403: None,
        },
        tags=["intake"],
    )
    def post(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        key = bearer_key(request, "Splunk")
        if not key:
            if request.query_params.get("token"):
                return hec(400, 16, "Query string authorization is not enabled")
            return hec(401, 2, "Token is required")
        source = source_for_key(key=key, kinds=(SourceKind.SPLUNK_HEC,))
        if source is None:
            return hec(403, 4, "Invalid token")
        if not source.enabled:
            return hec(403, 1, "Token disabled")
        try:
            raw = read_body(request)
        except BodyError as exc:
            return hec(exc.status, 6, f"Invalid data format: {exc.reason}")
        connector = cast("SplunkHECConnector", get_connector(SourceKind.SPLUNK_HEC))
        defaults = {k: request.query_params.get(k, "") for k in METADATA_KEYS}
        error: HECError | None = None
        try:
            payloads = connector.split(raw, defaults=defaults)
        except HECError as exc:
            payloads, error = exc.accepted, exc
        try:
            if payloads:
                self.store(source=source, connector=connector, payloads=payloads)
        except SpoolUnavailable:
            response = hec(503, 9, "Server is busy")
            response["Retry-After"] = "10"
            return response
        if error is not None:
            extra = {} if error.event_number is None else {"invalid-event-number": error.event_number}
            return hec(400, error.code, error.text, **extra)
        return hec(200, 0, "Success")

    def handle_exception(self, exc: Exception) -> Response:
        if isinstance(exc, exceptions.Throttled):
            response = hec(503, 9, "Server is busy")
            wait = getattr(exc, "wait", None)  # set by Throttled.__init__; drf-stubs omit it
            if wait:
                response["Retry-After"] = str(int(wait) + 1)
            return response
        return super().handle_exception(exc)


class HECHealthView(APIView):
    authentication_classes: list = []
    permission_classes = [AllowAny]

    @extend_schema(summary="Splunk HEC health", responses={200: OpenApiTypes.OBJECT}, tags=["intake"])
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return hec(200, 17, "HEC is healthy")
