"""Response tasks (queue `respond`; the sweep on `beat`): thin wrappers that take ids and call
a service. Idempotent (plan claim under its row lock, one task row per key, conditional claims
for overdue escalation) and `acks_late`.

The planning budget is enforced twice: the planner measures itself against the level's hand-off
(a plan ready late goes to the manual queue), and the watch sends a plan that never arrives —
the worker died, the queue is backed up — to the manual queue from the beat. Celery's soft time
limit stops a planner that hangs (prefork workers; the watch covers the others).
"""

from __future__ import annotations

from celery.exceptions import SoftTimeLimitExceeded

from config.celery import add_periodic, stage_task, warm_up_on_start
from response import alerts, history, planner, services

PLAN_TIME_LIMIT_SECONDS = 60


@stage_task("response.plan_crisis", soft_time_limit=PLAN_TIME_LIMIT_SECONDS, ignore_result=True)
def plan_crisis(crisis_id: int, level: str | None = None) -> str:
    try:
        return planner.plan_crisis(crisis_id=crisis_id, level=level)
    except SoftTimeLimitExceeded:
        # The watch moves its pending plan to the manual queue; nothing else to undo.
        return "stopped: over the time limit"


@stage_task("response.crisis_resolved", ignore_result=True)
def crisis_resolved(crisis_id: int) -> dict:
    return services.crisis_resolved(crisis_id=crisis_id)


@stage_task("response.beat.sweep", ignore_result=True)
def sweep() -> dict:
    """Every 10 s: late plans to the manual queue, plans behind their crisis asked for again,
    actions handed to crisis alerts that opened after their plan, overdue tasks escalated, and a
    few resolved crises indexed for the historical search."""
    report = services.plans_watch()
    report["actions_attached"] = alerts.actions_attach_missing()
    report["overdue_escalated"] = alerts.tasks_escalate_overdue()
    report["indexed"] = history.vectors_backfill(limit=5)
    return report


def _load_encoder() -> None:
    from classification.ml.encoder import EncoderSpec
    from classification.tiers.model import embed

    embed(["warm up"], spec=EncoderSpec(quantized=True))


add_periodic("response-sweep", "response.beat.sweep", 10)
warm_up_on_start("respond", _load_encoder)
