"""Writes for ingestion. The inbox first: every payload is stored before anything can fail."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db import transaction

from config.celery import enqueue
from ingestion.models import RawEvent, Source


@dataclass
class StoreResult:
    created_ids: list[int] = field(default_factory=list)
    duplicate_external_ids: list[str] = field(default_factory=list)


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
                    source=source, external_id__in=[r.external_id for r in fresh], status=RawEvent.Status.PENDING
                ).values_list("id", flat=True)
            )
        if result.created_ids:
            enqueue("ingestion.process_raw_events", raw_event_ids=result.created_ids)
    return result
