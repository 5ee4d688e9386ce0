"""A P0 whose ACK SLA passed with nobody acknowledging: every stakeholder of its current tier is
paged now, not only the one the tier's rules picked (the on-call rotation's other members, people
outside their working hours or inside quiet hours). Those already paged at this tier are not
paged twice, unless every channel of their page failed (providers down): they are paged again. Runs once per alert: the SLA breach is flagged with a conditional update before this
is called."""

from __future__ import annotations

from datetime import datetime

from escalation import attempts, paging
from escalation.models import Alert, EscalationStep, OnCallRotation, Stakeholder
from escalation.timeline import alert_timeline

BROADCAST_SEVERITIES = ("P0",)


def tier_stakeholders(step: dict, *, at: datetime) -> list[Stakeholder]:
    """Everyone a (snapshotted) step names, whatever the time: all members of a team or an on-call
    rotation (and whoever overrides it now), not only who is on duty."""
    target = step["target"]
    people = Stakeholder.objects.filter(is_active=True)
    if target == EscalationStep.Target.STAKEHOLDERS:
        people = people.filter(pk__in=step["stakeholder_ids"])
    elif target == EscalationStep.Target.TEAM:
        people = people.filter(pk__in=step["team_member_ids"])
    elif target == EscalationStep.Target.ON_CALL:
        rotation = OnCallRotation.objects.filter(pk=step["rotation_id"]).first()
        if rotation is None:
            return []
        ids = set(rotation.members.values_list("stakeholder_id", flat=True))
        ids |= set(
            rotation.overrides.filter(starts_at__lte=at, ends_at__gt=at).values_list(
                "stakeholder_id", flat=True
            )
        )
        people = people.filter(pk__in=ids)
    return list(people.order_by("pk"))


def sla_breach_broadcast(alert: Alert, *, now: datetime) -> list[str]:
    """Tell every stakeholder of the alert's current tier (module doc). Caller holds the alert row
    lock. Returns the names of the people paged now."""
    if alert.severity not in BROADCAST_SEVERITIES or alert.state != Alert.State.TRIGGERED:
        return []
    steps = alert.policy_snapshot.get("steps", [])
    if not steps:
        return []
    tier, round_ = min(alert.current_tier, len(steps) - 1), alert.current_round
    step = steps[tier]
    paged, already = [], []
    for person in tier_stakeholders(step, at=now):
        if (
            paging.already_paged(
                alert=alert, person=person, tier=tier, round_=round_, statuses=paging.REACHING
            )
            is not None
        ):
            already.append(person.name)
            continue
        channels = list(step.get("channels") or (person.severity_channels or {}).get(alert.severity) or [])
        if attempts.notification_chain_start(
            alert=alert, stakeholder=person, channels=channels, tier=tier, round_=round_
        ):
            paged.append(person.name)
    alert_timeline(
        alert=alert,
        kind="escalation",
        message=f"Alert #{alert.pk}: P0 ACK SLA breached — paging everyone of tier {tier + 1}: "
        + (", ".join(paged) or "nobody new")
        + (f" (already paged: {', '.join(already)})" if already else ""),
        data={"tier": tier + 1, "paged": paged, "already_paged": already, "reason": "sla_breach_broadcast"},
    )
    return paged
