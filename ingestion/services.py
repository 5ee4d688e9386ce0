"""Writes for ingestion. The inbox first: every payload is stored before anything can fail.

Processing a stored payload into an Event (claim, parse, redact, dedup, save) is its own idea and
lives in `ingestion.processing`; this module stores, re-queues and sweeps the inbox and issues
source keys."""

from __future__ import annotations

import hashlib
import logging
import secrets
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.db import connection, transaction
from django.db.models.functions import Coalesce

from config.celery import enqueue
from ingestion.models import RawEvent, Source
from tenants import clock

logger = logging.getLogger(__name__)

API_KEY_PREFIX = "cio_"


@dataclass
class StoreResult:
    created_ids: list[int] = field(default_factory=list)
    duplicate_external_ids: list[str] = field(default_factory=list)
    # Payloads accepted into the local spool while the database was away (ingestion.intake).
    spooled: int = 0


def raw_events_store(*, source: Source, payloads: list[tuple[str, dict[str, Any]]]) -> StoreResult:
    """Store `(external_id, payload)` pairs as RawEvents and enqueue their processing.

    Idempotent on (source, external_id): a payload delivered twice is accepted and ignored
    (reported in `duplicate_external_ids`). Processing is enqueued after commit.
    """
    result = StoreResult()
    if not payloads:
        return result
    with transaction.atomic():
        existing = set(
            RawEvent.objects.filter(source=source, external_id__in=[ext for ext, _ in payloads]).values_list(
                "external_id", flat=True
            )
        )
        seen: set[str] = set()
        fresh = []
        for ext, payload in payloads:
            if ext in existing or ext in seen:
                result.duplicate_external_ids.append(ext)
                continue
            seen.add(ext)
            fresh.append(RawEvent(source=source, external_id=ext, payload=payload))
        created = RawEvent.objects.bulk_create(fresh, ignore_conflicts=True)
        # ignore_conflicts leaves pks unset; read back the ids of the rows this call created.
        if created:
            result.created_ids = list(
                RawEvent.objects.filter(
                    source=source,
                    external_id__in=[r.external_id for r in fresh],
                    status=RawEvent.Status.PENDING,
                ).values_list("id", flat=True)
            )
        if result.created_ids:
            enqueue("ingestion.process_raw_events", raw_event_ids=result.created_ids)
    return result


# --- retries and sweeps ------------------------------------------------------------------


def raw_events_requeue(
    *,
    raw_event_ids: list[int],
    statuses: tuple[str, ...] = (RawEvent.Status.HELD_PII, RawEvent.Status.NEEDS_REVIEW),
) -> int:
    """Send held / needs-review RawEvents through processing again (admin action, after a fix)."""
    with transaction.atomic():
        ids = list(
            RawEvent.objects.select_for_update()
            .filter(pk__in=raw_event_ids, status__in=statuses)
            .values_list("pk", flat=True)
        )
        if ids:
            RawEvent.objects.filter(pk__in=ids).update(
                status=RawEvent.Status.PENDING, status_reason="", claimed_at=None
            )
            for start in range(0, len(ids), 256):
                enqueue("ingestion.process_raw_events", raw_event_ids=ids[start : start + 256])
    return len(ids)


def raw_events_release_held(*, raw_event_ids: list[int] | None = None) -> int:
    """Retry events held because PII redaction failed (all held ones if no ids are given)."""
    qs = RawEvent.objects.filter(status=RawEvent.Status.HELD_PII)
    if raw_event_ids is not None:
        qs = qs.filter(pk__in=raw_event_ids)
    return raw_events_requeue(
        raw_event_ids=list(qs.values_list("pk", flat=True)), statuses=(RawEvent.Status.HELD_PII,)
    )


def raw_events_sweep_stuck(*, older_than_seconds: float = 120.0) -> int:
    """Re-enqueue RawEvents stuck PENDING (the enqueue was lost: broker down) or PROCESSING (the
    worker died mid-batch) for longer than the threshold. Processing is idempotent, so a row
    that was merely slow is safe to send again."""
    cutoff = clock.now() - timedelta(seconds=older_than_seconds)
    with transaction.atomic():
        stuck = list(
            RawEvent.objects.select_for_update(skip_locked=True)
            .annotate(last_touched=Coalesce("claimed_at", "received_at"))
            .filter(status__in=[RawEvent.Status.PENDING, RawEvent.Status.PROCESSING], last_touched__lt=cutoff)
            .order_by("received_at")
            .values_list("pk", flat=True)[:5000]
        )
        if stuck:
            # claimed_at marks when we re-enqueued, so the same row is not re-sent every minute
            # while its task waits in a long queue.
            RawEvent.objects.filter(pk__in=stuck).update(
                status=RawEvent.Status.PENDING, claimed_at=clock.now()
            )
            for start in range(0, len(stuck), 256):
                enqueue("ingestion.process_raw_events", raw_event_ids=stuck[start : start + 256])
    if stuck:
        logger.warning("re-enqueued %d stuck raw events in %s", len(stuck), connection.schema_name)
    return len(stuck)


# --- source API keys --------------------------------------------------------------------------


def api_key_hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def source_api_key_create(*, source: Source) -> str:
    """Give the source a new push API key; returns the plaintext, which is never stored or shown
    again (only its sha256). The previous key stops working."""
    key = API_KEY_PREFIX + secrets.token_urlsafe(32)
    source.api_key_hash = api_key_hash(key)
    source.save(update_fields=["api_key_hash"])
    logger.info("new API key issued for source %s in %s", source.slug, connection.schema_name)
    return key
