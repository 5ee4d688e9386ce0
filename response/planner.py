"""Building a crisis' response plan (task `response.plan_crisis`, queue `respond`).

1. Claim the plan row of the crisis (created `pending` on the first request) under its row lock;
   a plan already made for this level and category is left alone, so a redelivered task is a no-op.
2. Playbooks (`response.playbooks`): every playbook of the crisis' category up to its level;
   recovery: the tenant's default playbook, else the built-in one.
3. Owners (`response.owners`): rotation, team or role through escalation's configuration;
   recovery: the first tier of the tenant's default escalation policy.
4. Similar resolved crises (`response.history`): MiniLM centroid, cosine in numpy.
5. Save, in one transaction: the new tasks (one per key, so a rebuild adds only what is new),
   the plan `ready` — or `manual` when it is ready later than the planning budget allows after the
   level's hand-off — a timeline entry, the dashboard told, the top actions handed to the crisis'
   open alerts (`response.alerts`).
6. The optional LLM step (`response.llm`) with what is left of the budget, saved as a second write.

Nothing here holds up alerting: the plan is handed off beside the alert and runs on its own queue.
A plan over its budget still gets its tasks: a draft for whoever takes it from the manual queue.
"""

from __future__ import annotations

import hashlib
import logging
import time
from datetime import datetime, timedelta

from django.db import DatabaseError, transaction

from crisis.models import Crisis, Level, TimelineEntry
from escalation.models import Team
from response import alerts, history, llm
from response.config import planning_config
from response.models import PlanningConfig, ResponsePlan, ResponseTask
from response.owners import Owner, OwnerLookup
from response.playbooks import TaskSpec, level_rank, playbooks_for
from response.records import plan_broadcast, plan_timeline
from tenants import clock

logger = logging.getLogger(__name__)

Status = ResponsePlan.Status


def requested_at(*, crisis: Crisis, level: str) -> datetime:
    """When the plan of this level was asked for: the crisis reaching the level (its latest
    level entry to it, or its reopening), else its opening."""
    entry = (
        TimelineEntry.objects.filter(crisis=crisis, kind=TimelineEntry.Kind.LEVEL, data__to=level)
        .order_by("-at", "-pk")
        .values_list("at", flat=True)
        .first()
    )
    return entry or crisis.opened_at


def plan_crisis(*, crisis_id: int, level: str | None = None) -> str:
    """Build or extend the crisis' plan for `level` (default: its current level); returns what
    happened, for logs and tests."""
    started = time.monotonic()
    crisis = Crisis.objects.filter(pk=crisis_id).first()
    if crisis is None or crisis.status == Crisis.Status.RESOLVED:
        return "skipped: no unresolved crisis"
    level = level or (crisis.level if crisis.level != Level.OK else crisis.peak_level)
    category = crisis.category or "pr"
    cfg = planning_config()
    plan = _claim(
        crisis=crisis, level=level, category=category, asked=requested_at(crisis=crisis, level=level)
    )
    if plan is None:
        return "skipped: already planned"
    asked = plan.requested_at

    at = clock.now()
    choice = playbooks_for(category=category, level=level)
    have = set(plan.tasks.values_list("key", flat=True))
    specs = [s for s in choice.tasks if s.key not in have]
    lookup = OwnerLookup(at=at)
    owners = {s.key: lookup.owner(s) for s in specs}
    recovery = list(choice.recovery)
    recovery += [f"{s.title}: {owners[s.key].how}" for s in specs if owners[s.key].fallback]
    similar, note = _similar(crisis=crisis, cfg=cfg)
    if note:
        recovery.append(note)

    with transaction.atomic():
        plan = ResponsePlan.objects.select_for_update().get(pk=plan.pk)
        added = _tasks_add(plan=plan, specs=specs, owners=owners, at=at)
        plan.level = level if level_rank(level) > level_rank(plan.level) else plan.level
        plan.category = category
        plan.playbooks = _merge_playbooks(plan.playbooks, choice.playbooks)
        plan.similar = similar
        plan.recovery = [*plan.recovery, *(r for r in recovery if r not in plan.recovery)][-20:]
        plan.build_ms = round((time.monotonic() - started) * 1000, 1)
        plan.ready_at = clock.now()
        late = (plan.ready_at - asked).total_seconds() - cfg.planning_budget_seconds
        if plan.status == Status.MANUAL and plan.taken_by_id is None:
            outcome = "manual: built after the budget; waiting in the manual queue"
        elif late > 0:
            plan.status = Status.MANUAL
            plan.manual_at = plan.ready_at
            plan.manual_reason = (
                f"planning took {(plan.ready_at - asked).total_seconds():.1f} s after the hand-off, "
                f"over its {cfg.planning_budget_seconds:g} s budget"
            )
            plan.taken_by, plan.taken_at = None, None
            outcome = "manual: over budget"
        else:
            plan.status = Status.READY
            outcome = "ready"
        plan.save()
        plan_timeline(
            crisis=crisis,
            message=_summary(plan=plan, added=added, level=level),
            data={
                "plan_id": plan.pk,
                "status": plan.status,
                "level": level,
                "tasks": [t.pk for t in added],
                "similar": [s["crisis_id"] for s in similar],
                "recovery": recovery,
                "build_ms": plan.build_ms,
            },
        )
        plan_broadcast(plan=plan, change="built")
        alerts.actions_attach(plan=plan)

    seconds_left = cfg.planning_budget_seconds - (clock.now() - asked).total_seconds()
    if plan.status == Status.READY:
        _llm_step(plan=plan, crisis=crisis, cfg=cfg, seconds_left=seconds_left)
    return f"{outcome}: {len(added)} task{'s' if len(added) != 1 else ''} added"


def _claim(*, crisis: Crisis, level: str, category: str, asked: datetime) -> ResponsePlan | None:
    """The plan row to build, or None when it is already planned for this level and category.

    Its `requested_at` becomes the later of the level's hand-off and a request already on the row
    (the watch asking again after the crisis changed category), so the budget runs from the
    request this build answers."""
    with transaction.atomic():
        ResponsePlan.objects.get_or_create(crisis=crisis, defaults={"requested_at": asked})
        plan = ResponsePlan.objects.select_for_update().get(crisis=crisis)
        covered = plan.level and level_rank(plan.level) >= level_rank(level) and plan.category == category
        if covered and plan.status != Status.PENDING:
            return None
        plan.requested_at = max(plan.requested_at, asked)
        if plan.status == Status.READY:
            plan.status = Status.PENDING
        plan.save(update_fields=["requested_at", "status", "updated_at"])
    return plan


def _similar(*, crisis: Crisis, cfg: PlanningConfig) -> tuple[list[dict], str]:
    try:
        with transaction.atomic():
            found = history.crisis_vector(crisis)
            if found is None:
                return [], "similar crises unavailable: the MiniLM encoder could not load"
            return history.similar_resolved(
                crisis=crisis, vector=found[0], count=cfg.similar_count, min_score=cfg.similar_min_score
            ), ""
    except (DatabaseError, ValueError) as exc:
        logger.exception("historical response search failed for crisis %s", crisis.pk)
        return [], f"historical response search failed ({type(exc).__name__})"


def _tasks_add(
    *, plan: ResponsePlan, specs: list[TaskSpec], owners: dict[str, Owner], at: datetime
) -> list[ResponseTask]:
    order = (plan.tasks.order_by("-order").values_list("order", flat=True).first() or 0) + 1
    added = []
    for spec in specs:
        owner = owners[spec.key]
        task, created = ResponseTask.objects.get_or_create(
            plan=plan,
            key=spec.key,
            defaults={
                "source": spec.source,
                "playbook_task": spec.playbook_task,
                "order": order,
                "title": spec.title,
                "description": spec.description,
                "owner": owner.stakeholder,
                "owner_role": spec.owner_role,
                "owner_how": owner.how[:200],
                "due_at": at + timedelta(minutes=spec.due_minutes),
            },
        )
        if created:
            added.append(task)
            order += 1
    return added


def _merge_playbooks(old: list[dict], new: list[dict]) -> list[dict]:
    seen = {(p.get("id"), p.get("name")) for p in old}
    return [*old, *(p for p in new if (p.get("id"), p.get("name")) not in seen)]


def _summary(*, plan: ResponsePlan, added: list[ResponseTask], level: str) -> str:
    names = ", ".join(p["name"] for p in plan.playbooks) or "no playbook"
    owners = "; ".join(f"{t.title} → {t.owner.name if t.owner else 'unassigned'}" for t in added[:6])
    text = f"Response plan ({level}, {names}): {len(added)} task{'s' if len(added) != 1 else ''} added"
    text += f" — {owners}" if owners else ""
    if plan.similar:
        text += f". Similar past crisis: {plan.similar[0]['title']} ({plan.similar[0]['similarity']:.2f})"
    if plan.status == Status.MANUAL:
        text += f". Manual planning: {plan.manual_reason}"
    return text


def _llm_step(*, plan: ResponsePlan, crisis: Crisis, cfg: PlanningConfig, seconds_left: float) -> None:
    titles = list(plan.tasks.order_by("order").values_list("title", flat=True))
    outcome = llm.suggest(
        crisis=crisis, plan_titles=titles, seconds_left=seconds_left, enabled=cfg.llm_enabled
    )
    checked = outcome.checked
    specs = []
    teams = {t.name.lower(): t.pk for t in Team.objects.all()}
    for step in checked.steps:
        key = "llm:" + hashlib.sha256(step.title.lower().encode()).hexdigest()[:20]
        specs.append(
            TaskSpec(
                key=key,
                title=step.title,
                owner_role=step.owner,
                due_minutes=step.due_minutes,
                description=step.why,
                team_id=teams.get(step.owner.lower()),
                source=ResponseTask.Source.LLM,
            )
        )
    lookup = OwnerLookup(at=clock.now())
    owners = {s.key: lookup.owner(s) for s in specs}
    with transaction.atomic():
        plan = ResponsePlan.objects.select_for_update().get(pk=plan.pk)
        added = _tasks_add(plan=plan, specs=specs, owners=owners, at=clock.now())
        plan.llm_status = outcome.status[:200]
        plan.llm_dropped = [*plan.llm_dropped, *checked.dropped][-20:]
        if checked.holding_statement:
            plan.holding_statement = checked.holding_statement
        plan.save(update_fields=["llm_status", "llm_dropped", "holding_statement", "updated_at"])
        if added or checked.dropped or checked.holding_statement:
            dropped = "; ".join(
                f"{d['what']} '{d['text'][:60]}' dropped: {d['reason']}" for d in checked.dropped
            )
            plan_timeline(
                crisis=crisis,
                actor="llm",
                message=f"LLM step: {outcome.status}"
                + (f" — added: {', '.join(t.title for t in added)}" if added else "")
                + (f" — {dropped}" if dropped else ""),
                data={
                    "plan_id": plan.pk,
                    "tasks": [t.pk for t in added],
                    "dropped": checked.dropped,
                    "llm_call": outcome.call_id,
                },
            )
            plan_broadcast(plan=plan, change="llm")
            alerts.actions_attach(plan=plan)
