"""Alertmanager webhook: `POST /api/v1/intake/alertmanager`, `Authorization: Bearer <source API key>`
(Alertmanager's `http_config.authorization`; basic_auth with the key as password works too)."""

from __future__ import annotations

from typing import Any

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from ingestion.models import SourceKind
from ingestion.sources.push import BodyError, IntakeView, bearer_key, read_body, source_for_key


class AlertmanagerWebhookView(IntakeView, APIView):
    permission_classes = [AllowAny]

    @extend_schema(
        summary="Prometheus Alertmanager webhook (version 4)",
        request=OpenApiTypes.OBJECT,
        responses={202: OpenApiResponse(description="stored"), 400: None, 401: None, 403: None},
        tags=["intake"],
    )
    def post(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        key = bearer_key(request, "Bearer")
        source = source_for_key(key=key, kinds=(SourceKind.ALERTMANAGER,))
        if source is None:
            return Response(
                {"detail": "missing or invalid API key (Authorization: Bearer <key>)"},
                status=401,
                headers={"WWW-Authenticate": 'Bearer realm="alertmanager"'},
            )
        if not source.enabled:
            return Response({"detail": f"source '{source.slug}' is disabled"}, status=403)
        try:
            payloads, result = self.split_and_store(
                body=self.parse_json(read_body(request)), source=source, kind=SourceKind.ALERTMANAGER
            )
        except BodyError as exc:
            return exc.response()
        return Response(
            {
                "status": "accepted",
                "alerts": len(payloads),
                "stored": len(result.created_ids),
                "duplicates": len(result.duplicate_external_ids),
                "spooled": result.spooled,
            },
            status=202,
        )
