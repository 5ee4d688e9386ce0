"""Escalation through the snapshotted tiers: fire a tier (each person reached as their paging
policy says, escalation.paging; the deadline of the next tier, a precise timer task), move on
when the deadline passes without an ACK, repeat the chain `repeat_count` times, flag ACK-SLA
breaches, and release pages held for quiet hours. Every function here runs under the alert
row lock (it takes it, or says that its caller holds it)."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db import transaction

from config.celery import enqueue
from escalation import attempts, breach, metrics, paging
from escalation.models import DEFAULT_SLA_MINUTES, Alert, Notification, SeveritySLA
from escalation.snapshot import step_recipients
from escalation.timeline import alert_broadcast, alert_timeline
from tenants import clock


def sla_minutes(*, severity: str) -> int | None:
    """Minutes to ACK an alert of this severity (the tenant's SeveritySLA, else the default)."""
    row = SeveritySLA.objects.filter(severity=severity).first()
    if row is not None:
        return row.ack_minutes
    return DEFAULT_SLA_MINUTES.get(severity)


def fire_step(alert: Alert, *, tier: int, round_: int, now: datetime, reason: str) -> None:
    """Notify tier `tier` of the snapshot and set the deadline for the next one. Caller holds
    the alert row lock. A tier that reaches nobody (all outside working hours) moves on at once."""
    steps = alert.policy_snapshot.get("steps", [])
    repeat = int(alert.policy_snapshot.get("repeat_count", 0))
    for _ in range(len(steps) * (repeat + 1) + 1):
        step = steps[tier]
        people, notes = step_recipients(step=step, at=now)
        alert.current_tier, alert.current_round = tier, round_
        alert.escalation_version += 1
        results = [
            paging.reach(alert=alert, person=p, step=step, tier=tier, round_=round_, now=now) for p in people
        ]
        reached = [r for r in results if r.reached]
        names = (
            ", ".join(
                p.name + (f" ({r.note})" if r.note else "") for p, r in zip(people, results, strict=True)
            )
            or "nobody"
        )
        label = f"tier {tier + 1}" + (f" (repeat {round_})" if round_ else "")
        kind = "routing" if (tier == 0 and round_ == 0) else "escalation"
        message = f"Alert #{alert.pk} {label}: notifying {names}"
        if notes:
            message += f" ({'; '.join(notes)})"
        alert_timeline(
            alert=alert,
            kind=kind,
            message=message,
            data={
                "tier": tier + 1,
                "round": round_,
                "reason": reason,
                "stakeholders": [p.pk for p in people],
            },
        )
        wait = step.get("wait_minutes")
        if wait is None:
            wait = sla_minutes(severity=alert.severity)
        nxt = _next_position(tier, round_, len(steps), repeat)
        if not reached and nxt is not None:
            tier, round_ = nxt
            reason = "previous tier reached nobody"
            continue
        alert.ack_deadline = now + timedelta(minutes=wait) if (wait is not None and nxt is not None) else None
        break
    alert.save(
        update_fields=["current_tier", "current_round", "escalation_version", "ack_deadline", "updated_at"]
    )
    if alert.ack_deadline is not None:
        # A precise timer; the beat sweep (`check_deadlines`) is the backstop when the clock moves.
        countdown = max((alert.ack_deadline - now).total_seconds(), 0)
        enqueue(
            "escalation.escalate_alert",
            countdown=countdown,
            alert_id=alert.pk,
            version=alert.escalation_version,
        )
    if kind == "escalation":
        metrics.escalations.labels(severity=alert.severity).inc()


def _next_position(tier: int, round_: int, n_steps: int, repeat: int) -> tuple[int, int] | None:
    if tier + 1 < n_steps:
        return tier + 1, round_
    if round_ < repeat:
        return 0, round_ + 1
    return None


def alert_escalate(
    *, alert_id: int, version: int | None = None, force: bool = False, reason: str = "no ACK by the deadline"
) -> bool:
    """Fire the next tier if the alert is still triggered and (unless `force`) its deadline has
    passed. `version` drops stale timers: any ACK or escalation since the timer was set bumps it.
    Takes the alert row lock. Returns True when a tier fired."""
    now = clock.now()
    with transaction.atomic():
        alert = Alert.objects.select_for_update().filter(pk=alert_id).first()
        if alert is None or alert.state != Alert.State.TRIGGERED:
            return False
        if version is not None and version != alert.escalation_version:
            return False
        if not force and (alert.ack_deadline is None or alert.ack_deadline > now):
            return False
        steps = alert.policy_snapshot.get("steps", [])
        nxt = _next_position(
            alert.current_tier,
            alert.current_round,
            len(steps),
            int(alert.policy_snapshot.get("repeat_count", 0)),
        )
        if nxt is None:
            alert.ack_deadline = None
            alert.escalation_version += 1
            alert.save(update_fields=["ack_deadline", "escalation_version", "updated_at"])
            alert_timeline(
                alert=alert,
                kind="escalation",
                message=f"Alert #{alert.pk}: every tier was notified and nobody acknowledged",
            )
            alert_broadcast(alert=alert, change="exhausted")
            return False
        fire_step(alert, tier=nxt[0], round_=nxt[1], now=now, reason=reason)
        alert_broadcast(alert=alert, change="escalated")
        return True


def held_release(*, now: datetime | None = None) -> int:
    """Pages held for quiet hours whose time came: sent now if the alert is still triggered,
    cancelled otherwise (someone acknowledged it meanwhile). Returns how many went out."""
    now = now or clock.now()
    released = 0
    due = Notification.objects.filter(
        status=Notification.Status.HELD, kind=Notification.Kind.PAGE, scheduled_for__lte=now
    ).values_list("pk", flat=True)
    for pk in list(due):
        with transaction.atomic():
            n = (
                Notification.objects.select_for_update(of=("self",))
                .select_related("alert", "stakeholder")
                .filter(pk=pk, status=Notification.Status.HELD)
                .first()
            )
            if n is None:
                continue
            who = n.stakeholder.name if n.stakeholder else "tenant"
            if n.alert.state != Alert.State.TRIGGERED:
                n.status, n.finished_at = Notification.Status.CANCELLED, now
                n.error = f"alert {n.alert.state} during the quiet hours"
                n.save(update_fields=["status", "finished_at", "error"])
                continue
            n.status, n.scheduled_for, n.error = Notification.Status.PENDING, now, ""
            n.save(update_fields=["status", "scheduled_for", "error"])
            attempts.delivery_enqueue(n.pk)
            alert_timeline(
                alert=n.alert,
                kind="notification",
                message=f"Quiet hours over for {who}: paging about alert #{n.alert_id} now",
                data={"notification_id": n.pk, "stakeholder_id": n.stakeholder_id},
            )
            released += 1
    return released


def alerts_check_deadlines() -> int:
    """Beat sweep: flag SLA breaches (a P0's breach pages everyone of the tier that let it lapse,
    escalation.breach), then escalate every triggered alert whose tier deadline passed; release
    pages held for quiet hours."""
    now = clock.now()
    held_release(now=now)
    for alert in Alert.objects.filter(state=Alert.State.TRIGGERED, sla_breached=False, sla_deadline__lte=now):
        with transaction.atomic():
            alert = Alert.objects.select_for_update().get(pk=alert.pk)
            updated = Alert.objects.filter(pk=alert.pk, sla_breached=False).update(sla_breached=True)
            if updated:
                metrics.sla_breaches.labels(severity=alert.severity).inc()
                alert_timeline(
                    alert=alert,
                    kind="escalation",
                    message=f"Alert #{alert.pk}: ACK SLA of {alert.severity} breached",
                )
                breach.sla_breach_broadcast(alert, now=now)
                alert_broadcast(alert=alert, change="sla_breached")
    fired = 0
    for alert_id in Alert.objects.filter(state=Alert.State.TRIGGERED, ack_deadline__lte=now).values_list(
        "pk", flat=True
    ):
        fired += int(alert_escalate(alert_id=alert_id))
    return fired
