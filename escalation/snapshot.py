"""The escalation policy frozen onto an alert when it opens, and who a step reaches right now.

A snapshot holds each step's definition with named stakeholders and team members resolved to ids,
so editing the policy or the team mid-incident changes nothing for a running alert. Only "who is
on call now" is read when the step fires: that is what on call means.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from escalation.models import EscalationPolicy, EscalationStep, OnCallRotation, Stakeholder

BROADCAST_SNAPSHOT_NAME = "Broadcast to all stakeholders"


def policy_snapshot(*, policy: EscalationPolicy | None, broadcast: bool = False) -> dict[str, Any]:
    if policy is None:
        if not broadcast:
            return {}
        return {
            "policy_id": None,
            "name": BROADCAST_SNAPSHOT_NAME,
            "repeat_count": 0,
            "steps": [_step_json(target=EscalationStep.Target.ALL)],
        }
    steps = []
    for step in policy.steps.prefetch_related("stakeholders", "team__members").order_by("order", "id"):
        team_members = list(step.team.members.values_list("id", flat=True)) if step.team is not None else []
        steps.append(
            _step_json(
                target=step.target,
                step_id=step.pk,
                stakeholder_ids=[s.pk for s in step.stakeholders.all()],
                team_id=step.team_id,
                team_member_ids=team_members,
                rotation_id=step.rotation_id,
                channels=list(step.channels),
                wait_minutes=step.wait_minutes,
                only_working_hours=step.only_working_hours,
            )
        )
    return {"policy_id": policy.pk, "name": policy.name, "repeat_count": policy.repeat_count, "steps": steps}


def snapshot_with_first_tier(snapshot: dict[str, Any], *, stakeholder_ids: list[int]) -> dict[str, Any]:
    """The snapshot with these people as its first tier, in place of the policy's own first tier
    (whose people already have the incident: escalating goes past them); a one-tier policy keeps
    its tier, after them. Used for an alert about work someone owns: the owner first, then up."""
    if not stakeholder_ids:
        return snapshot
    first = _step_json(target=EscalationStep.Target.STAKEHOLDERS, stakeholder_ids=list(stakeholder_ids))
    steps = list(snapshot.get("steps", []))
    return {
        "policy_id": snapshot.get("policy_id"),
        "name": snapshot.get("name") or "Owner first",
        "repeat_count": snapshot.get("repeat_count", 0),
        "steps": [first, *(steps[1:] if len(steps) > 1 else steps)],
    }


def _step_json(*, target: str, **kwargs: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "target": target,
        "step_id": None,
        "stakeholder_ids": [],
        "team_id": None,
        "team_member_ids": [],
        "rotation_id": None,
        "channels": [],
        "wait_minutes": None,
        "only_working_hours": False,
    }
    out.update(kwargs)
    return out


def on_call_now(*, rotation: OnCallRotation, at: datetime) -> Stakeholder | None:
    """The override covering `at` if any, else the participant whose turn it is."""
    override = (
        rotation.overrides.filter(starts_at__lte=at, ends_at__gt=at).select_related("stakeholder").first()
    )
    if override is not None:
        return override.stakeholder
    members = list(rotation.members.select_related("stakeholder").order_by("position", "id"))
    if not members:
        return None
    shift = timedelta(days=1 if rotation.handoff == OnCallRotation.Handoff.DAILY else 7)
    elapsed = at - rotation.starts_at
    turn = int(elapsed // shift) if elapsed >= timedelta(0) else -1
    return members[turn % len(members)].stakeholder


def in_working_hours(stakeholder: Stakeholder, at: datetime) -> bool:
    try:
        local = at.astimezone(ZoneInfo(stakeholder.timezone or "UTC"))
    except (ZoneInfoNotFoundError, ValueError):
        local = at
    days = stakeholder.working_days or [0, 1, 2, 3, 4]
    start, end = stakeholder.working_hours_start, stakeholder.working_hours_end
    t = local.time()
    if start <= end:
        inside = start <= t < end
        day = local.weekday()
    else:  # overnight shift, e.g. 22:00-06:00 belongs to the day it started
        inside = t >= start or t < end
        day = local.weekday() if t >= start else (local.weekday() - 1) % 7
    return inside and day in days


def step_recipients(*, step: dict[str, Any], at: datetime) -> tuple[list[Stakeholder], list[str]]:
    """Who this (snapshotted) step notifies at `at`, and notes on who was skipped and why."""
    target = step["target"]
    notes: list[str] = []
    people: list[Stakeholder] = []
    if target == EscalationStep.Target.ALL:
        people = list(Stakeholder.objects.filter(is_active=True))
    elif target == EscalationStep.Target.STAKEHOLDERS:
        people = list(Stakeholder.objects.filter(pk__in=step["stakeholder_ids"], is_active=True))
    elif target == EscalationStep.Target.TEAM:
        people = list(Stakeholder.objects.filter(pk__in=step["team_member_ids"], is_active=True))
    elif target == EscalationStep.Target.ON_CALL:
        rotation = OnCallRotation.objects.filter(pk=step["rotation_id"]).first()
        person = on_call_now(rotation=rotation, at=at) if rotation else None
        if person is None:
            notes.append("nobody on call")
        elif person.is_active:
            people = [person]
    if step.get("only_working_hours"):
        inside = [p for p in people if in_working_hours(p, at)]
        notes.extend(f"{p.name} outside working hours" for p in people if p not in inside)
        people = inside
    people.sort(key=lambda p: p.pk)
    return people, notes
