"""RawEvent → Event: normalize, redact PII, dedup, extract entities, hand off.

1. Claim: PENDING rows move to PROCESSING with a conditional UPDATE (plus other pending rows, up
   to a batch of 256), so workers never share a row and a backlog drains in big batches.
2. Normalize with the source's connector. A `ParseError` (or any connector bug) moves the row to
   `needs_review` with the reason: visible in admin, nothing dropped.
3. Redact every title and text of the batch in one spaCy pass. If redaction fails the row is
   `held_pii` (fail closed): no Event, nothing downstream, tenant admins told, release in admin.
4. Entities come from the same spaCy Docs; watch-term subjects from the original text.
5. Dedup (MinHash LSH in Redis): near-duplicates are stored with `canonical` set and grow the
   canonical's duplicate_count and reach; dedup failing means unique.
6. Save Events and final RawEvent statuses in one transaction; after commit: classification for
   canonical events, crisis volume for duplicates, a live "event" broadcast.

Idempotent: a row that already has its Event (Event.raw_event is one-to-one) is only marked done.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.conf import settings
from django.db import connection, transaction

from config.celery import enqueue
from ingestion import dedup
from ingestion.entities import WatchTermMatcher, entities_from_doc
from ingestion.models import Event, Platform, RawEvent, WatchTerm
from ingestion.notify import pii_hold_notify
from ingestion.sources import NormalizedEvent, get_connector
from tenants import clock
from tenants.realtime import tenant_group_name

logger = logging.getLogger(__name__)

# Platforms whose author names are public handles or bylines; elsewhere (support tickets, logs)
# the author is a private person and is redacted / pseudonymized.
PUBLIC_AUTHOR_PLATFORMS = {Platform.TWITTER, Platform.REDDIT, Platform.NEWS, Platform.RSS}

_EXTRA_SCRUB = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.-]+"  # email
    r"|\+?\d[\d\s().-]{6,}\d"  # phone / card / account numbers
    r"|\b(?:\d{1,3}\.){3}\d{1,3}\b"  # IPv4
)


@dataclass
class ProcessResult:
    claimed: int = 0
    event_ids: list[int] = field(default_factory=list)
    duplicate_event_ids: list[int] = field(default_factory=list)
    needs_review: int = 0
    held_pii: int = 0
    already_done: int = 0


@dataclass
class _Item:
    raw: RawEvent
    normalized: NormalizedEvent | None = None
    title: str = ""
    text: str = ""
    author_name: str = ""
    pii_found: dict[str, int] = field(default_factory=dict)
    entities: list[dict[str, Any]] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)
    canonical_raw_id: int | None = None


def raw_events_process(*, raw_event_ids: list[int], batch_size: int | None = None) -> ProcessResult:
    """Process the given RawEvents (and other pending ones, up to a batch). See module docstring.

    Transient database/Redis errors propagate after the claim is released (the task retries);
    everything payload-specific ends in a status, never an exception.
    """
    from ingestion.services import raw_events_claim, raw_events_unclaim

    result = ProcessResult()
    size = batch_size or int(getattr(settings, "INGESTION_BATCH_SIZE", 256))
    claimed = raw_events_claim(raw_event_ids=raw_event_ids, batch_size=size)
    result.claimed = len(claimed)
    if not claimed:
        return result
    try:
        _process_claimed(claimed, result)
    except BaseException as exc:
        reason = f"processing interrupted: {exc!r}"[:500]
        if not _is_transient(exc):
            # A bug, not an outage: after a few attempts stop retrying (the sweeper would resend
            # it forever) and show it to a human instead.
            RawEvent.objects.filter(
                pk__in=claimed, status=RawEvent.Status.PROCESSING, attempts__gte=MAX_ATTEMPTS
            ).update(status=RawEvent.Status.NEEDS_REVIEW, status_reason=reason, claimed_at=None)
        raw_events_unclaim(raw_event_ids=claimed, reason=reason)
        raise
    return result


MAX_ATTEMPTS = 5


def _is_transient(exc: BaseException) -> bool:
    import redis
    from django.db import InterfaceError, OperationalError

    return isinstance(
        exc,
        OperationalError | InterfaceError | redis.exceptions.ConnectionError | redis.exceptions.TimeoutError,
    )


def _process_claimed(claimed: list[int], result: ProcessResult) -> None:
    raws = list(
        RawEvent.objects.select_related("source").filter(pk__in=claimed).order_by("received_at", "pk")
    )
    done_ids = set(Event.objects.filter(raw_event_id__in=claimed).values_list("raw_event_id", flat=True))
    items: list[_Item] = []
    review: dict[int, str] = {}
    for raw in raws:
        if raw.pk in done_ids:
            continue
        try:
            normalized = get_connector(raw.source.kind).parse(raw.payload)
            _validate(normalized)
        except Exception as exc:  # ParseError, or a connector bug: a human looks at it
            review[raw.pk] = f"{type(exc).__name__}: {exc}"[:2000]
            continue
        items.append(_Item(raw=raw, normalized=normalized))

    matcher = WatchTermMatcher.build(WatchTerm.objects.filter(enabled=True))
    held = _redact(items, matcher)
    items = [it for it in items if it.raw.pk not in held]
    _dedup(items)

    with transaction.atomic():
        canonical_events, duplicate_events = _save_events(items)
        now = clock.now()
        if done_ids:
            RawEvent.objects.filter(pk__in=done_ids, status=RawEvent.Status.PROCESSING).update(
                status=RawEvent.Status.PROCESSED, processed_at=now
            )
        for raw_id, reason in review.items():
            RawEvent.objects.filter(pk=raw_id).update(
                status=RawEvent.Status.NEEDS_REVIEW, status_reason=reason, processed_at=now
            )
        for raw_id, reason in held.items():
            RawEvent.objects.filter(pk=raw_id).update(
                status=RawEvent.Status.HELD_PII, status_reason=reason, processed_at=None
            )
        if canonical_events:
            RawEvent.objects.filter(pk__in=[e.raw_event_id for e in canonical_events]).update(
                status=RawEvent.Status.PROCESSED, status_reason="", processed_at=now
            )
            enqueue("classification.classify_events", event_ids=[e.pk for e in canonical_events])
        if duplicate_events:
            RawEvent.objects.filter(pk__in=[e.raw_event_id for e in duplicate_events]).update(
                status=RawEvent.Status.DUPLICATE, status_reason="", processed_at=now
            )
            enqueue("crisis.observe_duplicates", event_ids=[e.pk for e in duplicate_events])
        _broadcast(canonical_events, duplicate_events)
        if held:
            pii_hold_notify(raw_event_ids=sorted(held), reason=next(iter(held.values())))

    result.already_done = len(done_ids)
    result.needs_review = len(review)
    result.held_pii = len(held)
    result.event_ids = [e.pk for e in canonical_events]
    result.duplicate_event_ids = [e.pk for e in duplicate_events]


def _validate(n: NormalizedEvent) -> None:
    from ingestion.sources import ParseError

    if not isinstance(n, NormalizedEvent):
        raise ParseError(f"connector returned {type(n).__name__}, not NormalizedEvent")
    if not (n.text or "").strip() and not (n.title or "").strip():
        raise ParseError("event has neither text nor title")
    if not isinstance(n.occurred_at, datetime):
        raise ParseError("occurred_at is not a datetime")
    if n.platform not in Platform.values:
        raise ParseError(f"unknown platform {n.platform!r}")


def _redact(items: list[_Item], matcher: WatchTermMatcher) -> dict[int, str]:
    """Redact titles, texts and private author names in one batch; returns {raw_id: reason} held.

    If the batch fails, each event is retried alone so one poisonous payload holds only itself.
    """
    from ingestion import redaction

    if not items:
        return {}
    held: dict[int, str] = {}

    def texts_of(it: _Item) -> list[str]:
        n = it.normalized
        private_author = n.platform not in PUBLIC_AUTHOR_PLATFORMS and n.author_name
        return [n.title or "", n.text or "", n.author_name if private_author else ""]

    def apply(it: _Item, parts: list[redaction.RedactedText]) -> None:
        title, text, author = parts
        n = it.normalized
        it.title, it.text = title.text, text.text
        it.author_name = (
            author.text if n.author_name and n.platform not in PUBLIC_AUTHOR_PLATFORMS else n.author_name
        )
        counts: dict[str, int] = defaultdict(int)
        for part in parts:
            for k, v in part.pii_found.items():
                counts[k] += v
        it.pii_found = dict(counts)
        it.entities = entities_from_doc(title.doc, redacted_spans=title.redacted_spans)
        for ent in entities_from_doc(text.doc, redacted_spans=text.redacted_spans):
            if ent not in it.entities:
                it.entities.append(ent)
        it.subjects = matcher.subjects(n.title, n.text)

    allow = list(matcher.allow_list)
    try:
        flat = [t for it in items for t in texts_of(it)]
        parts = redaction.redact_texts(flat, allow_list=allow)
        for i, it in enumerate(items):
            apply(it, parts[3 * i : 3 * i + 3])
        return held
    except Exception:
        logger.exception("PII redaction failed for a batch of %d; retrying one by one", len(items))
    for it in items:
        try:
            apply(it, redaction.redact_texts(texts_of(it), allow_list=allow))
        except Exception as exc:
            logger.error(
                "PII redaction failed for raw event %s (%s): held, not processed",
                it.raw.pk,
                type(exc).__name__,
                exc_info=True,
            )
            held[it.raw.pk] = f"PII redaction failed: {type(exc).__name__}: {exc}"[:2000]
    return held


def _dedup(items: list[_Item]) -> None:
    index = dedup.DedupIndex(schema=connection.schema_name)
    try:
        resolved = index.resolve(
            [dedup.DedupItem(key=it.raw.pk, text=_dedup_text(it)) for it in items],
            now=clock.now().timestamp(),
        )
    except Exception:
        logger.warning("dedup failed; all unique", exc_info=True)
        return
    for it in items:
        it.canonical_raw_id = resolved.get(it.raw.pk)


def _dedup_text(it: _Item) -> str:
    """Dedup compares the original text: after redaction, two different customers' tickets from
    one template would look identical. Only irreversible MinHash signatures reach Redis."""
    return f"{it.normalized.title}\n{it.normalized.text}"


def _event_for(it: _Item) -> Event:
    n = it.normalized
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


def _save_events(items: list[_Item]) -> tuple[list[Event], list[Event]]:
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
    orphans: dict[int, list[_Item]] = defaultdict(list)
    for it in dup_items:
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
            index.replace(
                stale=stale, item=dedup.DedupItem(key=head.raw_event_id, text=_dedup_text(group[0]))
            )
            for it in group[1:]:
                event = _event_for(it)
                event.canonical_id = head.pk
                duplicates.append(event)
    duplicates = Event.objects.bulk_create(duplicates)

    growth: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for event in duplicates:
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


def _broadcast(canonical_events: list[Event], duplicates: list[Event]) -> None:
    """One live "event" message per new canonical event and per canonical that grew, sent after
    commit in one go (a gather, not one event-loop round trip per message)."""
    messages: list[dict[str, Any]] = [
        {
            "id": event.pk,
            "platform": event.platform,
            "source_id": event.source_id,
            "title": event.title[:200],
            "text": event.text[:280],
            "url": event.url,
            "author": event.author_name,
            "subjects": event.subjects,
            "reach": event.reach,
            "duplicate_count": event.duplicate_count,
            "occurred_at": event.occurred_at.isoformat(),
        }
        for event in canonical_events
    ]
    grown = sorted({e.canonical_id for e in duplicates})
    if grown:
        for row in Event.objects.filter(pk__in=grown).values("pk", "duplicate_count", "reach", "subjects"):
            messages.append(
                {
                    "id": row["pk"],
                    "update": "duplicates",
                    "duplicate_count": row["duplicate_count"],
                    "reach": row["reach"],
                    "subjects": row["subjects"],
                }
            )
    if messages:
        schema = connection.schema_name
        transaction.on_commit(lambda: _send_all(schema, messages))


def _send_all(schema: str, payloads: list[dict[str, Any]]) -> None:
    """Same message shape as `tenants.realtime.broadcast`, many at once. Never raises."""
    layer = get_channel_layer()
    if layer is None:
        return
    group = tenant_group_name(schema)

    async def send() -> None:
        await asyncio.gather(
            *(
                layer.group_send(group, {"type": "tenant.update", "kind": "event", "payload": p})
                for p in payloads
            ),
            return_exceptions=True,
        )

    try:
        async_to_sync(send)()
    except Exception:
        logger.exception("live broadcast of %d events to %s failed", len(payloads), schema)
