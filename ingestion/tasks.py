"""Celery tasks of ingestion: they take ids and call a service."""

from __future__ import annotations

import importlib
import importlib.util
import logging
import smtplib

from config.celery import add_periodic, stage_task, warm_up_on_start
from ingestion import notify, processing, redaction, services

logger = logging.getLogger(__name__)


@stage_task("ingestion.process_raw_events")
def process_raw_events(raw_event_ids: list[int]) -> dict:
    result = processing.raw_events_process(raw_event_ids=list(raw_event_ids))
    return {
        "claimed": result.claimed,
        "events": len(result.event_ids),
        "duplicates": len(result.duplicate_event_ids),
        "needs_review": result.needs_review,
        "held_pii": result.held_pii,
    }


@stage_task(
    "ingestion.notify_pii_hold", also_transient=(smtplib.SMTPException, ConnectionError, TimeoutError)
)
def notify_pii_hold(raw_event_ids: list[int], reason: str) -> int:
    return notify.pii_hold_email_admins(raw_event_ids=list(raw_event_ids), reason=reason)


@stage_task("ingestion.beat.sweep_stuck_raw_events", ignore_result=True)
def sweep_stuck_raw_events() -> int:
    from django.conf import settings

    return services.raw_events_sweep_stuck(
        older_than_seconds=float(getattr(settings, "INGESTION_STUCK_AFTER_SECONDS", 120))
    )


# spaCy + presidio take seconds to load: the first batch of a fresh worker must not pay for it
warm_up_on_start("ingest", redaction.get_engine)

add_periodic("ingestion-sweep-stuck-raw-events", "ingestion.beat.sweep_stuck_raw_events", 60)

# The pollers' tasks (owned by the connectors) live in ingestion/sources/tasks.py; Celery's
# autodiscovery only imports `<app>.tasks`, so register them from here.
if importlib.util.find_spec("ingestion.sources.tasks") is not None:
    importlib.import_module("ingestion.sources.tasks")
