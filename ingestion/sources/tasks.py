"""Celery tasks of the pollers: the beat sweep that claims due sources, and one poll run.

Imported by Celery through `ingestion/tasks.py` (autodiscovery only finds `<app>.tasks`).
"""

from __future__ import annotations

from config.celery import add_periodic, stage_task
from ingestion.sources import polling

POLL_SWEEP_SECONDS = 10


@stage_task("ingestion.beat.poll_due_sources", ignore_result=True)
def poll_due_sources() -> int:
    """Claim the due pollers of this tenant and enqueue a poll for each (runs once per tenant)."""
    return len(polling.sources_poll_due())


@stage_task("ingestion.poll_source", ignore_result=True, soft_time_limit=300, time_limit=360)
def poll_source(source_id: int, force: bool = False) -> str:
    """One poll run of one source; safe to run twice (advisory lock, idempotent storage)."""
    return polling.source_poll(source_id=source_id, force=force).status


add_periodic("ingestion-poll-due-sources", "ingestion.beat.poll_due_sources", POLL_SWEEP_SECONDS)
