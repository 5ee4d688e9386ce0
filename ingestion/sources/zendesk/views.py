"""Zendesk webhook: `POST /api/v1/intake/zendesk/<source slug>`, signed as Zendesk signs:
X-Zendesk-Webhook-Signature = base64(HMAC-SHA256(signing secret, timestamp + body)),
X-Zendesk-Webhook-Signature-Timestamp = the timestamp. The signing secret is the source's
`credentials.webhook_secret`; without one the endpoint refuses everything (fails closed)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from ingestion.models import SourceKind
from ingestion.selectors import source_get_by_slug
from ingestion.sources import ParseError
from ingestion.sources.common import aware
from ingestion.sources.push import BodyError, IntakeView, read_body
from ingestion.sources.zendesk.connector import ZendeskConnector, verify_signature

# Zendesk retries failed deliveries for a while; older signatures are replays.
DEFAULT_MAX_SKEW_SECONDS = 3600


class ZendeskWebhookView(IntakeView, APIView):
    permission_classes = [AllowAny]

    @extend_schema(
        summary="Zendesk webhook (HMAC-signed)",
        request=OpenApiTypes.OBJECT,
        responses={202: OpenApiResponse(description="stored"), 400: None, 401: None, 404: None},
        tags=["intake"],
    )
    def post(self, request: Request, slug: str, *args: Any, **kwargs: Any) -> Response:
        source = source_get_by_slug(slug=slug, kind=SourceKind.ZENDESK)
        if source is None:
            return Response({"detail": "no Zendesk source with this slug"}, status=404)
        if not source.enabled:
            return Response({"detail": f"source '{slug}' is disabled"}, status=403)
        secret = (source.credentials or {}).get("webhook_secret") or ""
        if not secret:
            return Response(
                {"detail": "webhook signing secret is not configured for this source"}, status=403
            )
        try:
            raw = read_body(request)
        except BodyError as exc:
            return exc.response()
        signature = request.headers.get("X-Zendesk-Webhook-Signature", "")
        timestamp = request.headers.get("X-Zendesk-Webhook-Signature-Timestamp", "")
        if not signature or not timestamp:
            return Response({"detail": "missing X-Zendesk-Webhook-Signature(-Timestamp) headers"}, status=401)
        if not verify_signature(secret=secret, body=raw, signature=signature, timestamp=timestamp):
            return Response({"detail": "invalid webhook signature"}, status=401)
        max_skew = float((source.config or {}).get("signature_max_age_seconds") or DEFAULT_MAX_SKEW_SECONDS)
        try:
            # Wall-clock time on purpose: signatures are made with real time, not the demo clock.
            age = abs((datetime.now(UTC) - aware(timestamp, field="timestamp")).total_seconds())
        except ParseError:
            return Response({"detail": "signature timestamp is not ISO 8601"}, status=401)
        if age > max_skew:
            return Response({"detail": "signature timestamp too old (possible replay)"}, status=401)
        try:
            body = self.parse_json(raw)
            reason = ZendeskConnector().ignore_reason(body)
            if reason:
                # 2xx: Zendesk would retry anything else, and this event will never be a ticket.
                return Response({"status": "ignored", "reason": reason}, status=200)
            _, result = self.split_and_store(body=body, source=source, kind=SourceKind.ZENDESK)
        except BodyError as exc:
            return exc.response()
        return Response(
            {
                "status": "accepted",
                "stored": len(result.created_ids),
                "duplicates": len(result.duplicate_external_ids),
                "spooled": result.spooled,
            },
            status=202,
        )
