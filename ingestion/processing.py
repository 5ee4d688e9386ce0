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

import logging
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F

from config.celery import enqueue, is_transient
from ingestion import dedup, metrics
from ingestion.entities import WatchTermMatcher, entities_from_doc
from ingestion.event_rows import PUBLIC_AUTHOR_PLATFORMS, PendingEvent, dedup_text, events_save
from ingestion.models import Event, Platform, RawEvent, WatchTerm
from ingestion.notify import pii_hold_notify
from ingestion.sanitize import clean_payload, clean_text, http_url
from ingestion.sources import NormalizedEvent, ParseError, get_connector
from tenants import clock
from tenants.realtime import broadcast_many_on_commit

logger = logging.getLogger(__name__)

# A payload whose processing failed this many times for a reason other than an outage goes to
# review instead of back to the queue.
MAX_ATTEMPTS = 5


@dataclass
class ProcessResult:
    claimed: int = 0
    event_ids: list[int] = field(default_factory=list)
    duplicate_event_ids: list[int] = field(default_factory=list)
    needs_review: int = 0
    held_pii: int = 0
    already_done: int = 0


def raw_events_claim(*, raw_event_ids: list[int], batch_size: int = 256) -> list[int]:
    """Claim PENDING RawEvents for processing: the given ones, topped up with other pending rows
    (oldest first) up to `batch_size`, so a backlog drains in large batches.

    A conditional claim: rows are locked with SKIP LOCKED and only PENDING ones move to
    PROCESSING, so two workers never process the same row. Returns the claimed ids.
    """
    now = clock.now()
    with transaction.atomic():
        pending = RawEvent.objects.select_for_update(skip_locked=True).filter(status=RawEvent.Status.PENDING)
        ids = list(pending.filter(pk__in=raw_event_ids[:batch_size]).values_list("pk", flat=True))
        room = batch_size - len(ids)
        if room > 0:
            ids += list(
                pending.exclude(pk__in=ids).order_by("received_at", "pk").values_list("pk", flat=True)[:room]
            )
        if ids:
            RawEvent.objects.filter(pk__in=ids, status=RawEvent.Status.PENDING).update(
                status=RawEvent.Status.PROCESSING, claimed_at=now, attempts=F("attempts") + 1
            )
    return ids


def raw_events_unclaim(*, raw_event_ids: list[int], reason: str = "") -> int:
    """Put claimed rows back to PENDING (a transient failure; the task retries)."""
    return RawEvent.objects.filter(pk__in=raw_event_ids, status=RawEvent.Status.PROCESSING).update(
        status=RawEvent.Status.PENDING, status_reason=reason[:2000], claimed_at=None
    )


def raw_events_process(*, raw_event_ids: list[int], batch_size: int | None = None) -> ProcessResult:
    """Process the given RawEvents (and other pending ones, up to a batch). See module docstring.

    Transient database/Redis errors propagate after the claim is released (the task retries);
    everything payload-specific ends in a status, never an exception.
    """
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
        if not is_transient(exc):
            # A bug, not an outage: after a few attempts stop retrying (the sweeper would resend
            # it forever) and show it to a human instead.
            RawEvent.objects.filter(
                pk__in=claimed, status=RawEvent.Status.PROCESSING, attempts__gte=MAX_ATTEMPTS
            ).update(status=RawEvent.Status.NEEDS_REVIEW, status_reason=reason, claimed_at=None)
        raw_events_unclaim(raw_event_ids=claimed, reason=reason)
        raise
    metrics.count_processed(
        events=len(result.event_ids),
        duplicates=len(result.duplicate_event_ids),
        needs_review=result.needs_review,
        held_pii=result.held_pii,
    )
    return result


def _process_claimed(claimed: list[int], result: ProcessResult) -> None:
    raws = list(
        RawEvent.objects.select_related("source").filter(pk__in=claimed).order_by("received_at", "pk")
    )
    done_ids = set(Event.objects.filter(raw_event_id__in=claimed).values_list("raw_event_id", flat=True))
    items: list[PendingEvent] = []
    review: dict[int, str] = {}
    for raw in raws:
        if raw.pk in done_ids:
            continue
        try:
            normalized = _cleaned(get_connector(raw.source.kind).parse(raw.payload))
            _validate(normalized)
        except Exception as exc:  # ParseError, or a connector bug: a human looks at it
            review[raw.pk] = f"{type(exc).__name__}: {exc}"[:2000]
            continue
        items.append(PendingEvent(raw=raw, normalized=normalized))

    matcher = WatchTermMatcher.build(WatchTerm.objects.filter(enabled=True))
    held = _redact(items, matcher)
    items = [it for it in items if it.raw.pk not in held]
    _dedup(items)

    try:
        canonical_events, duplicate_events = _save(items, review=review, held=held, done_ids=done_ids)
    except Exception as exc:
        if is_transient(exc):
            raise
        # One event PostgreSQL refuses (or a bug it triggers) must not hold the rest of its batch:
        # each event is saved alone, and the one that fails goes to review with the reason.
        logger.warning("saving a batch of %d failed (%r); saving one by one", len(items), exc)
        canonical_events, duplicate_events = [], []
        for it in items:
            try:
                saved, dups = _save([it], review={}, held={}, done_ids=set())
            except Exception as one_exc:
                if is_transient(one_exc):
                    raise
                review[it.raw.pk] = f"could not be saved: {type(one_exc).__name__}: {one_exc}"[:2000]
                continue
            canonical_events += saved
            duplicate_events += dups
        _save([], review=review, held=held, done_ids=done_ids)

    result.already_done = len(done_ids)
    result.needs_review = len(review)
    result.held_pii = len(held)
    result.event_ids = [e.pk for e in canonical_events]
    result.duplicate_event_ids = [e.pk for e in duplicate_events]


def _save(
    items: list[PendingEvent], *, review: dict[int, str], held: dict[int, str], done_ids: set[int]
) -> tuple[list[Event], list[Event]]:
    """Save the items' Events and every RawEvent's final status in one transaction; the hand-offs
    and the live broadcast go after commit."""
    with transaction.atomic():
        canonical_events, duplicate_events = events_save(items) if items else ([], [])
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
    return canonical_events, duplicate_events


def _composed(text: str) -> str:
    """Unicode NFC: an accent typed as a combining mark ("Jose\u0301") becomes one character, as
    the redactor's NER, name lists and search all expect; decomposed names otherwise pass the
    redactor unseen. Ids are left as sent."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _cleaned(n: NormalizedEvent) -> NormalizedEvent:
    """The connector's result without characters PostgreSQL refuses (pollers' payloads never went
    through intake's cleaning), its texts composed (NFC, `_composed`) and with a link only if it
    is http(s)."""
    if not isinstance(n, NormalizedEvent):
        return n
    return replace(
        n,
        external_id=clean_text(n.external_id or ""),
        text=_composed(clean_text(n.text or "")),
        title=_composed(clean_text(n.title or "")),
        url=http_url(n.url),
        author_id=clean_text(n.author_id or ""),
        author_name=_composed(clean_text(n.author_name or "")),
        language=clean_text(n.language or ""),
        extra=clean_payload(n.extra or {}),
    )


def _validate(n: NormalizedEvent) -> None:
    if not isinstance(n, NormalizedEvent):
        raise ParseError(f"connector returned {type(n).__name__}, not NormalizedEvent")
    if not (n.text or "").strip() and not (n.title or "").strip():
        raise ParseError("event has neither text nor title")
    if not isinstance(n.occurred_at, datetime):
        raise ParseError("occurred_at is not a datetime")
    if n.platform not in Platform.values:
        raise ParseError(f"unknown platform {n.platform!r}")


def _redact(items: list[PendingEvent], matcher: WatchTermMatcher) -> dict[int, str]:
    """Redact titles, texts and private author names in one batch; returns {raw_id: reason} held.

    If the batch fails, each event is retried alone so one poisonous payload holds only itself.
    """
    from ingestion import redaction

    if not items:
        return {}
    held: dict[int, str] = {}

    def texts_of(it: PendingEvent) -> list[str]:
        n = it.normalized
        assert n is not None  # every item was parsed above
        private_author = n.platform not in PUBLIC_AUTHOR_PLATFORMS and n.author_name
        return [n.title or "", n.text or "", n.author_name if private_author else ""]

    def apply(it: PendingEvent, parts: list[redaction.RedactedText]) -> None:
        title, text, author = parts
        n = it.normalized
        assert n is not None  # every item was parsed above
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


def _dedup(items: list[PendingEvent]) -> None:
    index = dedup.DedupIndex(schema=connection.schema_name)
    try:
        resolved = index.resolve(
            [dedup.DedupItem(key=it.raw.pk, text=dedup_text(it)) for it in items],
            now=clock.now().timestamp(),
        )
    except Exception:
        logger.warning("dedup failed; all unique", exc_info=True)
        return
    for it in items:
        it.canonical_raw_id = resolved.get(it.raw.pk)


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
    grown = sorted({e.canonical_id for e in duplicates if e.canonical_id is not None})
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
    broadcast_many_on_commit(kind="event", payloads=messages)
