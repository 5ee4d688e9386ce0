"""Reads for ingestion."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from django.db import DatabaseError, connection
from django.db.models import Count, QuerySet

from config.outage import database_outage_seen, database_unavailable
from ingestion.models import Event, RawEvent, Source

_KEY_CACHE_SECONDS = 10.0
_MAX_REMEMBERED = 10_000
_remembered: dict[tuple[str, ...], tuple[float, Any]] = {}


def _remembered_lookup(key: tuple[str, ...], query: Callable[[], Any], *, fresh_seconds: float) -> Any:
    """`query()`, cached per process for `fresh_seconds`. While the database is away the last answer
    is used however old it is, so intake keeps accepting the sources it already knows; with no
    last answer the database error propagates (the request gets a 503)."""
    hit = _remembered.get(key)
    now = time.monotonic()
    if hit is not None and now - hit[0] < fresh_seconds:
        return hit[1]
    try:
        value = query()
    except DatabaseError as exc:
        if hit is not None and database_unavailable(exc):
            database_outage_seen()
            return hit[1]
        raise
    if len(_remembered) > _MAX_REMEMBERED:
        _remembered.clear()
    _remembered[key] = (now, value)
    return value


def source_get_by_api_key(*, key: str) -> Source | None:
    """The enabled source of the current tenant whose push API key this is, or None.

    Keys are compared by sha256 (only the hash is stored). The source behind a hash is cached for
    a few seconds per process so a burst of requests does not hit the database for every call;
    a disabled source or rotated key stops working within that time.
    """
    from ingestion.services import api_key_hash

    if not key or len(key) > 200:
        return None
    digest = api_key_hash(key)
    return _remembered_lookup(
        ("key", connection.schema_name, digest),
        lambda: Source.objects.filter(api_key_hash=digest, enabled=True).first(),
        fresh_seconds=_KEY_CACHE_SECONDS,
    )


def source_get_by_push_key(*, key: str, kinds: tuple[str, ...]) -> Source | None:
    """The source of these kinds whose API key this is, enabled or not (push endpoints answer a
    disabled source in their provider's words). Read every time; remembered for outages only."""
    from ingestion.services import api_key_hash

    if not key or len(key) > 200:
        return None
    digest = api_key_hash(key)
    return _remembered_lookup(
        ("push", connection.schema_name, digest, *kinds),
        lambda: Source.objects.filter(api_key_hash=digest, kind__in=kinds).first(),
        fresh_seconds=0,
    )


def source_get_by_slug(*, slug: str, kind: str) -> Source | None:
    """Read every time; remembered for outages only (a webhook's signing secret lives on it)."""
    return _remembered_lookup(
        ("slug", connection.schema_name, kind, slug),
        lambda: Source.objects.filter(slug=slug, kind=kind).first(),
        fresh_seconds=0,
    )


def source_key_cache_clear() -> None:
    _remembered.clear()


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
