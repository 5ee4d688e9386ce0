"""Writes of response planning that people and sweeps make: task status (open → in progress →
done, or skipped with a reason), taking a crisis from the manual planning queue, what follows a
crisis' resolution, and the watch that sends late plans to the manual queue.

Every change is a timeline entry on the crisis (kind "response") and a "plan" broadcast, both
after commit. Task changes take the task row lock and are idempotent (setting the status a task
already has changes nothing).
"""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction

from config.celery import enqueue
from crisis.models import Crisis, Level
from response import alerts, history
from response.config import planning_config
from response.models import ResponsePlan, ResponseTask
from response.playbooks import level_rank
from response.records import plan_broadcast, plan_timeline
from tenants import clock

Status = ResponseTask.Status
# Moves a person may make; "open" again undoes a mistaken start (never a finished task).
ALLOWED = {
    Status.OPEN: {Status.IN_PROGRESS, Status.DONE, Status.SKIPPED},
    Status.IN_PROGRESS: {Status.OPEN, Status.DONE, Status.SKIPPED},
    Status.DONE: set(),
    Status.SKIPPED: set(),
}


class TaskStateError(ValueError):
    """The requested change is not possible from the task's current state."""


def _actor(user) -> str:
    return (getattr(user, "email", "") or getattr(user, "username", "")) if user else "system"


def task_set_status(*, task: ResponseTask, status: str, by_user=None, reason: str = "") -> ResponseTask:
    """Move a task (row lock). Skipping needs a reason. Done or skipped resolves the task's
    overdue alert. Raises TaskStateError for a move its state does not allow."""
    status = Status(status)
    reason = reason.strip()
    if status == Status.SKIPPED and not reason:
        raise TaskStateError("skipping a task needs a reason")
    with transaction.atomic():
        locked = (
            ResponseTask.objects.select_for_update(of=("self",))
            .select_related("plan__crisis", "owner")
            .get(pk=task.pk)
        )
        if locked.status == status:
            return locked
        if status not in ALLOWED[Status(locked.status)]:
            raise TaskStateError(
                f"'{locked.title}' is {locked.get_status_display().lower()}; it cannot become {status.label.lower()}"
            )
        previous = locked.get_status_display()
        now = clock.now()
        locked.status = status
        locked.status_changed_at = now
        locked.changed_by = by_user if getattr(by_user, "pk", None) else None
        if status == Status.SKIPPED:
            locked.skip_reason = reason[:2000]
        if status == Status.DONE:
            locked.done_at = now
        locked.save()
        late = " (overdue)" if status in (Status.DONE, Status.SKIPPED) and now > locked.due_at else ""
        plan_timeline(
            crisis=locked.plan.crisis,
            actor=_actor(by_user),
            message=f"Task '{locked.title}': {previous} → {locked.get_status_display()}{late}"
            + (f" — {reason}" if status == Status.SKIPPED else ""),
            data={"task_id": locked.pk, "from": previous.lower(), "to": status.value, "reason": reason},
        )
        if locked.is_finished:
            alerts.task_alert_resolve(task=locked, why=f"task {status.label.lower()} by {_actor(by_user)}")
        plan_broadcast(plan=locked.plan, change="task")
        alerts.actions_attach(plan=locked.plan)
    return locked


def plan_take(*, plan: ResponsePlan, by_user) -> ResponsePlan:
    """A person takes a crisis from the manual planning queue: the plan (its drafted tasks, if
    any) is theirs and ready. Idempotent."""
    with transaction.atomic():
        locked = ResponsePlan.objects.select_for_update(of=("self",)).select_related("crisis").get(pk=plan.pk)
        if locked.status != ResponsePlan.Status.MANUAL:
            return locked
        locked.status = ResponsePlan.Status.READY
        locked.taken_by = by_user if getattr(by_user, "pk", None) else None
        locked.taken_at = clock.now()
        locked.ready_at = locked.ready_at or locked.taken_at
        locked.save()
        plan_timeline(
            crisis=locked.crisis,
            actor=_actor(by_user),
            message=f"Planning taken from the manual queue by {_actor(by_user)} ({locked.manual_reason})",
            data={"plan_id": locked.pk},
        )
        plan_broadcast(plan=locked, change="taken")
    return locked


def crisis_resolved(*, crisis_id: int) -> dict:
    """After a crisis resolved: its overdue-task alerts resolve, its vector joins the history
    index (the next similar crisis finds it at once). (The manual queue lists unresolved crises
    only: a resolved one leaves it without its plan's history being rewritten.)"""
    crisis = Crisis.objects.filter(pk=crisis_id).first()
    if crisis is None or crisis.status != Crisis.Status.RESOLVED:
        return {"skipped": True}
    resolved = alerts.task_alerts_resolve_for_crisis(crisis=crisis)
    indexed = crisis.merged_into_id is None and history.vector_index(crisis=crisis)
    return {"alerts_resolved": resolved, "indexed": indexed}


def plans_watch() -> dict:
    """Beat: a plan still pending after its budget, or a crisis without a plan that long after it
    reached its level, goes to the manual planning queue; a plan behind its crisis (a higher
    level, another category) is asked for again."""
    now = clock.now()
    budget = timedelta(seconds=planning_config().planning_budget_seconds)
    late = 0
    for plan in ResponsePlan.objects.filter(
        status=ResponsePlan.Status.PENDING, requested_at__lt=now - budget
    ).select_related("crisis"):
        late += _to_manual(
            plan_id=plan.pk,
            reason=f"no plan within the {budget.total_seconds():g} s budget: the planner did not finish",
        )
    unplanned = Crisis.objects.exclude(status=Crisis.Status.RESOLVED).filter(
        response_plan__isnull=True, opened_at__lt=now - budget
    )
    for crisis in unplanned:
        plan, created = ResponsePlan.objects.get_or_create(
            crisis=crisis, defaults={"requested_at": crisis.opened_at}
        )
        if created:
            late += _to_manual(
                plan_id=plan.pk,
                reason=f"no plan within the {budget.total_seconds():g} s budget: the planner never started",
            )
    behind = 0
    planned = (
        ResponsePlan.objects.exclude(crisis__status=Crisis.Status.RESOLVED)
        .exclude(status=ResponsePlan.Status.PENDING)
        .exclude(status=ResponsePlan.Status.MANUAL, taken_by__isnull=True)  # a person plans those
        .exclude(level="")
        .select_related("crisis")
    )
    for plan in planned:
        crisis = plan.crisis
        level = crisis.level if crisis.level != Level.OK else crisis.peak_level
        if level_rank(level) > level_rank(plan.level) or (
            crisis.category and crisis.category != plan.category
        ):
            # Pending from now: the budget runs from this request, and the next sweep waits for it.
            asked = ResponsePlan.objects.filter(pk=plan.pk, status=plan.status).update(
                status=ResponsePlan.Status.PENDING, requested_at=now
            )
            if asked:
                enqueue("response.plan_crisis", crisis_id=crisis.pk, level=level)
                behind += 1
    return {"manual": late, "replanned": behind}


def _to_manual(*, plan_id: int, reason: str) -> int:
    with transaction.atomic():
        plan = (
            ResponsePlan.objects.select_for_update(of=("self",))
            .select_related("crisis")
            .filter(pk=plan_id)
            .first()
        )
        if (
            plan is None
            or plan.status == ResponsePlan.Status.READY
            or plan.crisis.status == Crisis.Status.RESOLVED
        ):
            return 0
        if plan.status == ResponsePlan.Status.MANUAL and plan.manual_reason:
            return 0
        plan.status = ResponsePlan.Status.MANUAL
        plan.manual_reason = reason[:300]
        plan.manual_at = clock.now()
        plan.save()
        plan_timeline(crisis=plan.crisis, message=f"Manual planning: {reason}", data={"plan_id": plan.pk})
        plan_broadcast(plan=plan, change="manual")
    return 1
