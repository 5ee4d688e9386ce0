"""Crisis tasks: take ids / subject names, call the pipeline. Idempotent and acks_late."""

from __future__ import annotations

from datetime import timedelta

from config.celery import add_periodic, stage_task
from crisis import pipeline
from tenants import clock


@stage_task("crisis.observe_events", ignore_result=True)
def observe_events(event_ids: list[int]) -> int:
    """Classified events → features → debounced evaluation of their subjects."""
    return len(pipeline.events_observe(event_ids=event_ids))


@stage_task("crisis.observe_duplicates", ignore_result=True)
def observe_duplicates(event_ids: list[int]) -> int:
    """Near-duplicates (retweets, cross-posts): volume and reach only."""
    return len(pipeline.events_observe(event_ids=event_ids, duplicates=True))


@stage_task("crisis.evaluate_subjects", ignore_result=True)
def evaluate_subjects(subjects: list[str], trailing: bool = False) -> int:
    if trailing:
        pipeline.trailing_release(subjects)
    return len(pipeline.subjects_evaluate(subjects=subjects))


@stage_task("crisis.summarize", ignore_result=True)
def summarize(crisis_id: int) -> str:
    from crisis.ai import crisis_summarize

    return crisis_summarize(crisis_id=crisis_id)


@stage_task("crisis.beat.evaluate_all", ignore_result=True)
def evaluate_all() -> int:
    """Every minute: slow burns, de-escalation and auto-resolve of quiet subjects."""
    return pipeline.subjects_sweep()


@stage_task("crisis.beat.rollup_hourly", ignore_result=True)
def rollup_hourly(hours: int = 3) -> int:
    """Hourly batch features for baselines: recompute the last few hours (late events included)."""
    from crisis.baseline import rollups_compute

    now = clock.now()
    return rollups_compute(since=now - timedelta(hours=hours), until=now)


@stage_task("crisis.beat.sweep_unobserved", ignore_result=True)
def sweep_unobserved() -> dict:
    """Classified events whose observation was lost (a broker outage), from the rows (crisis.owed)."""
    from crisis.owed import unobserved_sweep

    return unobserved_sweep()


add_periodic("crisis-evaluate-all", "crisis.beat.evaluate_all", 60)
add_periodic("crisis-sweep-unobserved", "crisis.beat.sweep_unobserved", 60)
add_periodic("crisis-rollup-hourly", "crisis.beat.rollup_hourly", 3600)
