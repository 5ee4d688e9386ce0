"""The Event rows of a processing batch: one `PendingEvent` per parsed, redacted payload becomes
an `Event` (canonical or near-duplicate), inserted in bulk, and the canonicals grow.

Author ids of private people (support tickets, logs) are pseudonymized; connector facts kept in
`Event.extra` lose anything that looks like an email, a phone or an IP address.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC
from typing import Any

from django.db import connection

from ingestion import dedup
from ingestion.models import Event, Platform, RawEvent
from ingestion.sources import NormalizedEvent

# Platforms whose author names are public handles or bylines; elsewhere (support tickets, logs)
# the author is a private person and is redacted / pseudonymized.
PUBLIC_AUTHOR_PLATFORMS: set[str] = {Platform.TWITTER, Platform.REDDIT, Platform.NEWS, Platform.RSS}

_EXTRA_SCRUB = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.-]+"  # email
    r"|\+?\d[\d\s().-]{6,}\d"  # phone / card / account numbers
    r"|\b(?:\d{1,3}\.){3}\d{1,3}\b"  # IPv4
)


@dataclass
class PendingEvent:
    """One payload on its way to becoming an Event: parsed, then redacted, then deduplicated."""

    raw: RawEvent
    normalized: NormalizedEvent | None = None
    title: str = ""
    text: str = ""
    author_name: str = ""
    pii_found: dict[str, int] = field(default_factory=dict)
    entities: list[dict[str, Any]] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)
    canonical_raw_id: int | None = None


def dedup_text(it: PendingEvent) -> str:
    """Dedup compares the original text: after redaction, two different customers' tickets from
    one template would look identical. Only irreversible MinHash signatures reach Redis."""
    assert it.normalized is not None, "deduplicated before it was parsed"
    return f"{it.normalized.title}\n{it.normalized.text}"


def _event_for(it: PendingEvent) -> Event:
    n = it.normalized
    assert n is not None, "saved before it was parsed"
    occurred = n.occurred_at if n.occurred_at.tzinfo else n.occurred_at.replace(tzinfo=UTC)
    author_id = n.author_id or ""
    if author_id and n.platform not in PUBLIC_AUTHOR_PLATFORMS:
        author_id = "anon:" + hashlib.sha256(author_id.encode()).hexdigest()[:16]
    return Event(
        raw_event=it.raw,
        source=it.raw.source,
        platform=n.platform,
        external_id=(n.external_id or it.raw.external_id)[:255],
        title=it.title[:500],
        text=it.text,
        url=(n.url or "")[:1000],
        author_id=author_id[:255],
        author_name=(it.author_name or "")[:255],
        author_followers=max(0, int(n.author_followers or 0)),
        author_verified=bool(n.author_verified),
        language=(n.language or "")[:12],
        occurred_at=occurred,
        reach=max(0, int(n.reach or n.author_followers or 0)),
        entities=it.entities,
        subjects=it.subjects,
        pii_found=it.pii_found,
        content_hash=dedup.content_hash(f"{it.title}\n{it.text}"),
        extra=_scrub_extra(n.extra),
    )


def _scrub_extra(extra: dict[str, Any]) -> dict[str, Any]:
    """Connector facts (retweet flag, severity hint, ticket priority) without PII-looking strings."""
    out: dict[str, Any] = {}
    for key, value in (extra or {}).items():
        if isinstance(value, bool | int | float) or value is None:
            out[str(key)] = value
        elif isinstance(value, str):
            out[str(key)] = _EXTRA_SCRUB.sub("<REDACTED>", value[:500])
        elif isinstance(value, list) and all(isinstance(v, str | int | float | bool) for v in value):
            out[str(key)] = [
                _EXTRA_SCRUB.sub("<REDACTED>", v[:200]) if isinstance(v, str) else v for v in value
            ][:50]
    return out


def events_save(items: list[PendingEvent]) -> tuple[list[Event], list[Event]]:
    """Insert canonical events, then near-duplicates pointing at them; grow the canonicals."""
    canon_items = [it for it in items if it.canonical_raw_id is None]
    dup_items = [it for it in items if it.canonical_raw_id is not None]
    canonical_events = Event.objects.bulk_create([_event_for(it) for it in canon_items])
    by_raw = {e.raw_event_id: e for e in canonical_events}

    wanted = {it.canonical_raw_id for it in dup_items} - set(by_raw)
    if wanted:
        for event in Event.objects.filter(raw_event_id__in=wanted):
            # A canonical indexed in Redis is itself canonical, but follow one hop to be safe.
            by_raw[event.raw_event_id] = event if event.canonical_id is None else Event(pk=event.canonical_id)
    duplicates: list[Event] = []
    orphans: dict[int, list[PendingEvent]] = defaultdict(list)
    for it in dup_items:
        assert it.canonical_raw_id is not None  # dup_items are those with one
        canonical = by_raw.get(it.canonical_raw_id)
        if canonical is None:
            orphans[it.canonical_raw_id].append(it)
            continue
        event = _event_for(it)
        event.canonical_id = canonical.pk
        duplicates.append(event)
    if orphans:
        # Their canonical was indexed by a batch that never committed: the first of each cluster
        # becomes the canonical (in Redis too), the rest its duplicates.
        index = dedup.DedupIndex(schema=connection.schema_name)
        heads = [group[0] for group in orphans.values()]
        new_canonicals = Event.objects.bulk_create([_event_for(it) for it in heads])
        canonical_events += new_canonicals
        for (stale, group), head in zip(orphans.items(), new_canonicals, strict=True):
            index.replace(stale=stale, item=dedup.DedupItem(key=head.raw_event_id, text=dedup_text(group[0])))
            for it in group[1:]:
                event = _event_for(it)
                event.canonical_id = head.pk
                duplicates.append(event)
    duplicates = Event.objects.bulk_create(duplicates)

    growth: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for event in duplicates:
        assert event.canonical_id is not None  # set on every duplicate above
        growth[event.canonical_id][0] += 1
        growth[event.canonical_id][1] += event.reach
    if growth:
        # One statement for every canonical that grew (atomic increments, no read-modify-write).
        rows = sorted(growth.items())
        values = ", ".join(["(%s::bigint, %s::integer, %s::bigint)"] * len(rows))
        params = [x for canonical_id, (count, reach) in rows for x in (canonical_id, count, reach)]
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {Event._meta.db_table} AS e SET duplicate_count = e.duplicate_count + v.c, "  # noqa: S608
                f"reach = e.reach + v.r FROM (VALUES {values}) AS v(id, c, r) WHERE e.id = v.id",
                params,
            )
    return canonical_events, duplicates
