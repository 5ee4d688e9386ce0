"""What response planning hands to escalation (response stands above it and calls its services;
escalation never imports response):

- the top recommended actions of a plan and the link to it, on every open alert of the crisis
  (`escalation.recommend.alert_recommend`): messages carry them from then on, Slack cards already
  sent are rewritten, people already paged by email get them on their thread;
- overdue tasks of a P0/P1 crisis: one alert per crisis (`tasks:<crisis id>`), routed like the
  crisis' alerts with the overdue tasks' owners in place of the policy's first tier, so it
  escalates through the same SLA machinery as an unacknowledged alert (ACK deadline, the
  policy's next tiers, repeat). More tasks going overdue add to it (escalation's dedup: an
  update, not a page); it resolves when every task it chases is done or skipped, or the crisis
  resolves.

The overdue alert is not attached to the crisis (`Alert.crisis` stays empty): one story keeps one
incident alert, and the overdue alert is its own paging incident, so an owner is paged about
their task even after being paged about the crisis. What it does is recorded here, on the
crisis timeline.
"""

from __future__ import annotations

import logging
from typing import Any

from django.db import transaction

from crisis.models import Crisis
from escalation.models import Alert
from escalation.recommend import alert_recommend
from escalation.services import alert_resolve, alert_trigger
from response.config import planning_config
from response.models import ResponsePlan, ResponseTask
from response.records import plan_broadcast, plan_timeline
from tenants import clock

logger = logging.getLogger(__name__)

# The plan lives on the crisis page. Escalation renders it as a link (it may not import the
# command center), and links sit in inboxes for days: a path contract, like escalation's
# ALERT_PATH, checked by tests/response against the command center's URLs.
PLAN_PATH = "/crises/{crisis_id}/#plan"
OPEN = (ResponseTask.Status.OPEN, ResponseTask.Status.IN_PROGRESS)


def top_actions(*, plan: ResponsePlan, count: int) -> list[dict[str, Any]]:
    """The next tasks to do: open ones by due time, then plan order."""
    tasks = plan.tasks.filter(status__in=OPEN).select_related("owner").order_by("due_at", "order")[:count]
    return [
        {
            "title": t.title,
            "owner": t.owner.name if t.owner else (t.owner_role or ""),
            "due_at": t.due_at.isoformat(),
        }
        for t in tasks
    ]


def actions_attach(*, plan: ResponsePlan) -> int:
    """Hand the plan's top actions to every open alert of its crisis. Returns how many changed."""
    actions = top_actions(plan=plan, count=planning_config().top_actions)
    path = PLAN_PATH.format(crisis_id=plan.crisis_id)
    changed = 0
    for alert in Alert.objects.filter(crisis_id=plan.crisis_id).exclude(state=Alert.State.RESOLVED):
        changed += alert_recommend(alert=alert, actions=actions, link_path=path)
    return changed


def actions_attach_missing() -> int:
    """Beat: a crisis alert that opened after its plan was ready (the plan and the alert are handed
    off side by side, on two queues) gets the plan's actions now. Returns how many alerts changed."""
    waiting = (
        Alert.objects.filter(crisis__response_plan__status=ResponsePlan.Status.READY)
        .exclude(state=Alert.State.RESOLVED)
        .exclude(details__has_key="recommended_actions")
        .values_list("crisis_id", flat=True)
        .distinct()
    )
    changed = 0
    for plan in ResponsePlan.objects.filter(crisis_id__in=list(waiting)):
        changed += actions_attach(plan=plan)
    return changed


def tasks_escalate_overdue() -> int:
    """Beat: the open tasks past their due time of each unresolved P0/P1 crisis, not escalated
    yet, are claimed (a conditional UPDATE: two sweeps never claim a task twice) and escalated
    together: one alert per crisis (`tasks:<crisis id>`), its first tier the owners of the
    overdue tasks. A task going overdue while that alert is open adds to it (escalation's dedup:
    an update, not a page). Returns how many tasks were escalated."""
    now = clock.now()
    due = (
        ResponseTask.objects.filter(
            status__in=OPEN,
            due_at__lte=now,
            escalated_at__isnull=True,
            plan__crisis__severity__in=planning_config().overdue_severities,
        )
        .exclude(plan__crisis__status=Crisis.Status.RESOLVED)
        .values_list("plan__crisis_id", "pk")
    )
    by_crisis: dict[int, list[int]] = {}
    for crisis_id, task_id in due:
        by_crisis.setdefault(crisis_id, []).append(task_id)
    escalated = 0
    for crisis_id, task_ids in by_crisis.items():
        with transaction.atomic():
            claimed = [
                pk
                for pk in task_ids
                if ResponseTask.objects.filter(pk=pk, escalated_at__isnull=True).update(escalated_at=now)
            ]
            if not claimed:
                continue
            crisis = Crisis.objects.get(pk=crisis_id)
            tasks = list(ResponseTask.objects.filter(pk__in=claimed).select_related("owner", "plan"))
            alert = _overdue_alert(crisis=crisis, tasks=tasks, now=now)
            ResponseTask.objects.filter(pk__in=claimed).update(escalation_alert=alert)
            named = ", ".join(f"'{t.title}' ({t.owner.name if t.owner else 'no owner'})" for t in tasks)
            plan_timeline(
                crisis=crisis,
                message=f"Overdue: {named} — escalated as alert #{alert.pk}, the owners first, then "
                f"{alert.policy_snapshot.get('name') or 'the routed policy'}'s next tiers",
                data={"tasks": claimed, "alert_id": alert.pk},
            )
            plan_broadcast(plan=tasks[0].plan, change="overdue")
            escalated += len(claimed)
    return escalated


def _overdue_alert(*, crisis: Crisis, tasks: list[ResponseTask], now) -> Alert:
    """Open (or add to) the crisis' overdue-tasks alert."""
    overdue = list(
        ResponseTask.objects.filter(plan__crisis=crisis, status__in=OPEN, due_at__lte=now)
        .select_related("owner")
        .order_by("due_at", "order")
    )
    actions = [
        {"title": t.title, "owner": t.owner.name if t.owner else t.owner_role, "due_at": t.due_at.isoformat()}
        for t in overdue
    ]
    lines = "; ".join(
        f"{a['title']} ({a['owner'] or 'no owner'}, due {t.due_at:%H:%M} UTC)"
        for a, t in zip(actions, overdue, strict=True)
    )
    count = len(overdue)
    alert, _ = alert_trigger(
        dedup_key=f"tasks:{crisis.pk}",
        title=f"Overdue: {count} response task{'s' if count != 1 else ''} of {crisis.title}"[:300],
        severity=crisis.severity,
        category=crisis.category,
        subject=crisis.subject,
        subjects=crisis.story_subjects,
        sources=list(crisis.sources or []),
        summary=f"Response tasks past their due time: {lines}."[:2000],
        details={
            "crisis_id": crisis.pk,
            "task_ids": [t.pk for t in overdue],
            "explanation": f"{count} task{'s' if count != 1 else ''} of the {crisis.severity} crisis' response plan "
            "are overdue.",
            "recommended_actions": actions[:5],
            "recommended_link": PLAN_PATH.format(crisis_id=crisis.pk),
        },
        first_tier=sorted({t.owner_id for t in tasks if t.owner_id}),
    )
    return alert


def task_alert_resolve(*, task: ResponseTask, why: str) -> bool:
    """A task was finished: its overdue alert resolves once no other task it chases is open —
    nobody is chased for finished work. Returns True when the alert resolved."""
    if task.escalation_alert_id is None:
        return False
    alert = Alert.objects.filter(pk=task.escalation_alert_id).exclude(state=Alert.State.RESOLVED).first()
    if alert is None:
        return False
    if ResponseTask.objects.filter(escalation_alert=alert, status__in=OPEN).exclude(pk=task.pk).exists():
        return False
    alert_resolve(alert=alert, via="response", note=why)
    return True


def task_alerts_resolve_for_crisis(*, crisis: Crisis) -> int:
    """The crisis resolved: its open overdue-tasks alerts resolve."""
    ids = (
        ResponseTask.objects.filter(plan__crisis=crisis, escalation_alert__isnull=False)
        .exclude(escalation_alert__state=Alert.State.RESOLVED)
        .values_list("escalation_alert_id", flat=True)
        .distinct()
    )
    count = 0
    for alert in Alert.objects.filter(pk__in=list(ids)):
        alert_resolve(alert=alert, via="response", note="crisis resolved")
        count += 1
    return count
