"""Reads for ingestion."""

from __future__ import annotations

import time

from django.db import connection
from django.db.models import Count, QuerySet

from ingestion.models import Event, RawEvent, Source

_KEY_CACHE_SECONDS = 10.0
_key_cache: dict[tuple[str, str], tuple[float, Source | None]] = {}


def source_get_by_api_key(*, key: str) -> Source | None:
    """The enabled source of the current tenant whose push API key this is, or None.

    Keys are compared by sha256 (only the hash is stored). The id behind a hash is cached for a
    few seconds per process so a burst of requests does not hit the database for every call;
    a disabled source or rotated key stops working within that time.
    """
    from ingestion.services import api_key_hash

    if not key or len(key) > 200:
        return None
    digest = api_key_hash(key)
    cache_key = (connection.schema_name, digest)
    hit = _key_cache.get(cache_key)
    now = time.monotonic()
    if hit and now - hit[0] < _KEY_CACHE_SECONDS:
        return hit[1]
    source = Source.objects.filter(api_key_hash=digest, enabled=True).first()
    if len(_key_cache) > 10_000:
        _key_cache.clear()
    _key_cache[cache_key] = (now, source)
    return source


def source_key_cache_clear() -> None:
    _key_cache.clear()


def raw_events_status_counts(*, source: Source | None = None) -> dict[str, int]:
    qs = RawEvent.objects.all()
    if source is not None:
        qs = qs.filter(source=source)
    return {row["status"]: row["n"] for row in qs.values("status").annotate(n=Count("pk"))}


def raw_events_attention() -> QuerySet[RawEvent]:
    """RawEvents a human must look at: held (PII redaction failed) or needing review."""
    return RawEvent.objects.filter(
        status__in=[RawEvent.Status.HELD_PII, RawEvent.Status.NEEDS_REVIEW]
    ).select_related("source")


def events_for_subject(*, subject: str, canonical_only: bool = True) -> QuerySet[Event]:
    qs = Event.objects.filter(subjects__contains=[subject])
    if canonical_only:
        qs = qs.filter(canonical__isnull=True)
    return qs
