"""What the push endpoints share: API-key lookup (keys stored as sha256), the "intake"
throttle (failing open when Redis is away), reading a request body safely (size cap, gzip, JSON
depth) and storing its payloads (cleaned of characters PostgreSQL refuses; spooled while the
database is away, 503 only when even the spool cannot take them).

Each push view answers in its provider's own shape (Splunk HEC codes, PagerDuty's error list),
so authentication and throttling are done here as plain functions rather than DRF
authentication classes whose errors would come out in DRF's shape.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import zlib
from collections.abc import Sequence
from typing import Any

from django.core.exceptions import RequestDataTooBig
from rest_framework.authentication import BaseAuthentication
from rest_framework.parsers import BaseParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.throttling import BaseThrottle

from ingestion.models import Source
from ingestion.sanitize import UnsafeInput, clean_payload, json_loads_checked
from ingestion.sources import ParseError, get_connector
from ingestion.spool import SpoolUnavailable
from ingestion.throttle import FailOpenThrottle

MAX_DECOMPRESSED_BYTES = 20 * 1024 * 1024


class BodyError(Exception):
    """A push request we refuse or cannot take now; `response()` tells the sender why."""

    def __init__(self, status: int, reason: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason
        self.headers = headers or {}

    def response(self) -> Response:
        return Response({"detail": self.reason}, status=self.status, headers=self.headers)


def api_key_hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def source_for_key(*, key: str, kinds: tuple[str, ...]) -> Source | None:
    """The source of these kinds whose API key this is (enabled or not: callers say which)."""
    from ingestion.selectors import source_get_by_push_key

    return source_get_by_push_key(key=key, kinds=kinds)


def bearer_key(request: Request, *schemes: str) -> str:
    """The key from `Authorization: <scheme> <key>`, Basic auth's password, or X-API-Key."""
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() in {s.lower() for s in schemes} and value.strip():
        return value.strip()
    if scheme.lower() == "basic" and value:
        try:
            decoded = base64.b64decode(value.strip()).decode()
        except (ValueError, UnicodeDecodeError):
            return ""
        return decoded.partition(":")[2]
    return request.headers.get("X-API-Key", "").strip()


def read_body(request: Request, *, limit: int | None = None) -> bytes:
    """The raw body, gunzipped if sent with Content-Encoding: gzip; BodyError(413/400) otherwise."""
    try:
        raw = request._request.body
    except RequestDataTooBig:
        raise BodyError(413, "request body too large") from None
    encoding = request.headers.get("Content-Encoding", "").lower().strip()
    if encoding in ("gzip", "x-gzip", "deflate"):
        try:
            decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS)
            raw = decompressor.decompress(raw, MAX_DECOMPRESSED_BYTES + 1)
        except (zlib.error, gzip.BadGzipFile):
            raise BodyError(400, f"body is not valid {encoding}") from None
        if len(raw) > MAX_DECOMPRESSED_BYTES:
            raise BodyError(413, "decompressed body too large")
    elif encoding not in ("", "identity"):
        raise BodyError(415, f"unsupported Content-Encoding {encoding!r}")
    if limit is not None and len(raw) > limit:
        raise BodyError(413, f"request body larger than {limit // 1024} KB")
    return raw


class IntakeThrottle(FailOpenThrottle):
    """Scope "intake" (REST_FRAMEWORK DEFAULT_THROTTLE_RATES), per API key when one is sent,
    else per client address. The cache is per tenant (django-tenants key function)."""

    def get_cache_key(self, request: Any, view: Any) -> str:
        credential = request.headers.get("Authorization") or request.headers.get("X-API-Key") or ""
        ident = (
            "key-" + hashlib.sha256(credential.encode()).hexdigest()[:24]
            if credential
            else self.get_ident(request)
        )
        slug = (getattr(view, "kwargs", None) or {}).get("slug", "")
        return self.cache_format % {"scope": self.scope, "ident": f"{view.__class__.__name__}:{slug}:{ident}"}


class IntakeView:
    """Mixin for the push APIViews: no session auth/CSRF (machines post here with keys), our own
    throttle, and the raw body read by the view itself (parsers off: each provider has its own
    notion of a valid body)."""

    authentication_classes: Sequence[type[BaseAuthentication]] = []
    throttle_classes: Sequence[type[BaseThrottle]] = [IntakeThrottle]
    parser_classes: Sequence[type[BaseParser]] = []

    @staticmethod
    def store(*, source: Source, connector: Any, payloads: list[dict[str, Any]]):
        """Store (or spool) the payloads; `SpoolUnavailable` when neither can take them."""
        from ingestion.intake import raw_events_accept

        cleaned = [clean_payload(p) for p in payloads]
        return raw_events_accept(source=source, payloads=[(connector.external_id(p), p) for p in cleaned])

    @staticmethod
    def parse_json(raw: bytes) -> Any:
        """BodyError 400 (not JSON, NaN, nested too deep) or 413 (too large)."""
        try:
            return json_loads_checked(raw)
        except UnsafeInput as exc:
            raise BodyError(exc.status, str(exc)) from None

    def split_and_store(self, *, body: Any, source: Source, kind: str) -> tuple[list[dict[str, Any]], Any]:
        """A parsed JSON body → the connector's payloads → stored RawEvents: `(payloads, store
        result)`. BodyError 400 (not the provider's shape) or 503 (neither the database nor the
        spool can take it: retry)."""
        connector = get_connector(kind)
        try:
            payloads = connector.split(body)
        except ParseError as exc:
            raise BodyError(400, str(exc)) from None
        try:
            return payloads, self.store(source=source, connector=connector, payloads=payloads)
        except SpoolUnavailable:
            raise BodyError(503, "storage unavailable, retry later", {"Retry-After": "10"}) from None
