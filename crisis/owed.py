"""Observations the detector is owed, re-sent from the rows that prove it: a classified event (or
a near-duplicate) of the last hours whose "seen" claim (crisis.pipeline: one Redis key per event,
kept 6 h) is missing was never observed — its `crisis.observe_*` message was lost in a broker
outage or a crash between commit and send. `events_observe` claims each event once, so sending
again an event that was only slow counts it once."""

from __future__ import annotations

import logging
from datetime import timedelta

from classification.models import Classification
from config.celery import enqueue
from crisis.pipeline import SEEN_TTL_SECONDS, _seen_key
from ingestion.models import Event
from tenants import clock
from tenants.redis import redis_client

logger = logging.getLogger(__name__)

GRACE_SECONDS = 120
# Within the claims' lifetime, with a margin: older claims have expired and prove nothing.
LOOKBACK_SECONDS = SEEN_TTL_SECONDS - 1800
BATCH = 2000


def unobserved_sweep() -> dict[str, int]:
    """The beat sweep (`crisis.beat.sweep_unobserved`)."""
    now = clock.now()
    since, until = now - timedelta(seconds=LOOKBACK_SECONDS), now - timedelta(seconds=GRACE_SECONDS)
    classified = list(
        Classification.objects.filter(created_at__gte=since, created_at__lt=until)
        .order_by("-created_at")
        .values_list("event_id", flat=True)[:BATCH]
    )
    duplicates = list(
        Event.objects.filter(canonical__isnull=False, ingested_at__gte=since, ingested_at__lt=until)
        .order_by("-ingested_at")
        .values_list("pk", flat=True)[:BATCH]
    )
    report = {
        "classified": _resend("cls", classified, "crisis.observe_events"),
        "duplicates": _resend("dup", duplicates, "crisis.observe_duplicates"),
    }
    if any(report.values()):
        logger.warning("re-sent unobserved events to the detector: %s", report)
    return report


def _resend(kind: str, event_ids: list[int], task: str) -> int:
    if not event_ids:
        return 0
    pipe = redis_client().pipeline(transaction=False)
    for event_id in event_ids:
        pipe.exists(_seen_key(kind, event_id))
    owed = sorted(eid for eid, seen in zip(event_ids, pipe.execute(), strict=True) if not seen)
    for start in range(0, len(owed), 256):
        enqueue(task, event_ids=owed[start : start + 256])
    return len(owed)
