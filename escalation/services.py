"""Alert lifecycle: trigger (with dedup), route, ACK, resolve, escalate now. The entry points of
the earlier stages (a crisis level, a P0/P1 event) and what keeps one incident one alert
(folding, adoption, merges) are `escalation.incidents`.

Escalating through the snapshotted tiers is `escalation.tiers`; the attempts to reach one person
(channel chains, cancellation, provider sync) are `escalation.attempts`; sending one attempt is
`escalation.delivery`. Every state change appends to the crisis timeline (when the alert belongs to
a crisis) and is broadcast to the dashboard after commit (`escalation.timeline`).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from django.db import IntegrityError, transaction

from escalation import attempts, metrics, paging
from escalation.models import Alert, Notification
from escalation.routing import alert_route
from escalation.snapshot import policy_snapshot, snapshot_with_first_tier
from escalation.tiers import alert_escalate, fire_step, sla_minutes
from escalation.timeline import alert_broadcast, alert_timeline
from tenants import clock

logger = logging.getLogger(__name__)

SEVERITY_RANK = {"P0": 0, "P1": 1, "P2": 2, "P3": 3, "P4": 4}
LEVEL_SEVERITY = {"critical": "P0", "high": "P1", "warning": "P2"}
EVENT_ALERT_SEVERITIES = ("P0", "P1")
VIA_CHOICES = ("web", "api", "slack", "email", "sms", "teams", "pagerduty", "crisis", "system")


class AlertStateError(ValueError):
    """The requested transition is not possible from the alert's current state."""


# --- Trigger ----------------------------------------------------------------------------------


def alert_trigger(
    *,
    dedup_key: str,
    title: str,
    severity: str,
    category: str = "",
    subject: str = "",
    source: str = "",
    summary: str = "",
    details: dict[str, Any] | None = None,
    crisis=None,
    classification=None,
    subjects: list[str] | tuple[str, ...] = (),
    sources: list[str] | tuple[str, ...] = (),
    first_tier: list[int] | tuple[int, ...] = (),
) -> tuple[Alert, bool]:
    """Open an alert, or update the open one with the same dedup key (PagerDuty `dedup_key`
    semantics: a repeat trigger never pages anyone twice). Returns (alert, created).

    1. Lock the open alert with this key; if there is one, record the repeat and stop.
    2. Route (severity × category × sources × subjects: an alert carries its story's); P0/P1
       that cannot be routed broadcast.
    3. Snapshot the policy onto the new alert (`first_tier`: stakeholder ids paged first, in
       place of the policy's first tier) and fire tier 1 (rows now, sends after commit).
    """
    now = clock.now()
    for _ in range(3):
        try:
            with transaction.atomic():
                existing = (
                    Alert.objects.select_for_update()
                    .filter(dedup_key=dedup_key)
                    .exclude(state=Alert.State.RESOLVED)
                    .first()
                )
                if existing is not None:
                    return _alert_retrigger(
                        existing, title=title, severity=severity, summary=summary, details=details, now=now
                    ), False
                return _alert_open(
                    dedup_key=dedup_key,
                    title=title,
                    severity=severity,
                    category=category,
                    subject=subject,
                    source=source,
                    summary=summary,
                    details=details or {},
                    crisis=crisis,
                    classification=classification,
                    subjects=list(dict.fromkeys([s for s in (subject, *subjects) if s])),
                    sources=list(dict.fromkeys([s for s in (source, *sources) if s])),
                    first_tier=list(first_tier),
                    now=now,
                ), True
        except IntegrityError:
            # Another worker opened the same key between our read and insert: update theirs.
            continue
    raise RuntimeError(f"could not open or update alert {dedup_key!r}")


def _alert_retrigger(
    alert: Alert, *, title: str, severity: str, summary: str, details, now: datetime
) -> Alert:
    alert.trigger_count += 1
    alert.last_triggered_at = now
    alert.title = title or alert.title
    if summary:
        alert.summary = summary
    if details:
        alert.details = {**(alert.details or {}), **details}
    raised = SEVERITY_RANK.get(severity, 9) < SEVERITY_RANK.get(alert.severity, 9)
    if raised:
        alert.severity = severity
    alert.save(
        update_fields=[
            "trigger_count",
            "last_triggered_at",
            "title",
            "summary",
            "details",
            "severity",
            "updated_at",
        ]
    )
    message = f"Alert #{alert.pk} triggered again ({alert.trigger_count}×); no new page"
    if raised:
        message += f", severity raised to {severity}"
    alert_timeline(
        alert=alert, kind="escalation", message=message, data={"trigger_count": alert.trigger_count}
    )
    severity_changed(alert, raised=raised, now=now, why=f"triggered again ({alert.trigger_count}×)")
    alert_broadcast(alert=alert, change="retriggered")
    return alert


def severity_changed(alert: Alert, *, raised: bool, now: datetime, why: str) -> None:
    """After a repeat or a fold (caller holds the row lock): a severity raised on a triggered alert
    is a level change — its first tier is paged again at the new severity (people already paged
    at it get an update) and the ACK SLA shortens to the new severity's; anything else is an
    update to everyone told about the incident."""
    if raised and alert.state == Alert.State.TRIGGERED and alert.policy_snapshot.get("steps"):
        sla = sla_minutes(severity=alert.severity)
        if sla is not None:
            deadline = now + timedelta(minutes=sla)
            if alert.sla_deadline is None or deadline < alert.sla_deadline:
                alert.sla_deadline = deadline
                alert.save(update_fields=["sla_deadline", "updated_at"])
        fire_step(alert, tier=0, round_=0, now=now, reason=f"severity raised to {alert.severity}")
        return
    text = f"{alert.severity} {alert.title} (alert #{alert.pk}): {why}"
    if raised:
        text += f"; severity raised to {alert.severity}"
    paging.updates_queue(alert=alert, text=text, now=now)


def _alert_open(
    *,
    dedup_key,
    title,
    severity,
    category,
    subject,
    source,
    summary,
    details,
    crisis,
    classification,
    subjects: list[str],
    sources: list[str],
    now: datetime,
    first_tier: list[int] | None = None,
) -> Alert:
    decision = alert_route(severity=severity, category=category, sources=sources, subjects=subjects)
    snapshot = snapshot_with_first_tier(
        policy_snapshot(policy=decision.policy, broadcast=decision.broadcast),
        stakeholder_ids=first_tier or [],
    )
    sla = sla_minutes(severity=severity)
    ack_code = _free_ack_code()
    alert = Alert.objects.create(
        ack_code=ack_code,
        dedup_key=dedup_key,
        title=title[:300],
        summary=summary,
        severity=severity,
        category=category,
        subject=subject,
        source=source,
        subjects=subjects,
        sources=sources,
        details=details,
        crisis=crisis,
        classification=classification,
        routing=decision.as_json(),
        policy=decision.policy,
        policy_snapshot=snapshot,
        triggered_at=now,
        last_triggered_at=now,
        sla_deadline=now + timedelta(minutes=sla) if sla else None,
    )
    alert_timeline(
        alert=alert,
        kind="routing",
        message=f"Alert #{alert.pk} ({severity}): {decision.reason}",
        data=decision.as_json(),
    )
    metrics.alerts_triggered.labels(severity=severity).inc()
    if snapshot.get("steps"):
        fire_step(alert, tier=0, round_=0, now=now, reason="opened")
    else:
        alert.save(update_fields=["updated_at"])
    alert_broadcast(alert=alert, change="opened")
    return alert


def _free_ack_code() -> str:
    """A reply code no other open alert uses, so "ACK 123456" is never ambiguous."""
    from escalation.models import _ack_code

    for _ in range(20):
        code = _ack_code()
        if not Alert.objects.filter(ack_code=code).exclude(state=Alert.State.RESOLVED).exists():
            return code
    return _ack_code()


def alert_escalate_now(*, alert: Alert, by_user) -> Alert:
    """Skip the wait: notify the next tier now (a responder asking for help)."""
    if alert.state != Alert.State.TRIGGERED:
        raise AlertStateError(f"alert #{alert.pk} is {alert.state}; only triggered alerts escalate")
    actor = getattr(by_user, "email", "") or "system"
    alert_escalate(alert_id=alert.pk, force=True, reason=f"escalated manually by {actor}")
    alert.refresh_from_db()
    return alert


# --- ACK / resolve ----------------------------------------------------------------------------


def alert_acknowledge(*, alert: Alert, by_user=None, via: str, actor: str = "") -> Alert:
    """triggered → acknowledged. Stops the escalation: pending attempts are cancelled, scheduled
    timers become stale (version bump), and in-flight tasks re-check the state before sending.
    Idempotent: acknowledging an acknowledged or resolved alert changes nothing. Takes the row lock."""
    now = clock.now()
    actor = actor or getattr(by_user, "email", "") or via
    with transaction.atomic():
        locked = Alert.objects.select_for_update().get(pk=alert.pk)
        if locked.state != Alert.State.TRIGGERED:
            return locked
        locked.state = Alert.State.ACKNOWLEDGED
        locked.acknowledged_at = now
        locked.acknowledged_by = by_user if getattr(by_user, "pk", None) else None
        locked.acknowledged_via = via
        locked.acknowledged_actor = actor[:200]
        locked.ack_deadline = None
        locked.escalation_version += 1
        locked.save()
        cancelled = attempts.notifications_cancel_pending(alert=locked, reason=f"acknowledged by {actor}")
        seconds = (now - locked.triggered_at).total_seconds()
        metrics.time_to_ack.labels(severity=locked.severity).observe(seconds)
        alert_timeline(
            alert=locked,
            kind="ack",
            actor=actor,
            message=f"Alert #{locked.pk} acknowledged by {actor} via {via} after {int(seconds)} s",
            data={"via": via, "cancelled_notifications": cancelled},
        )
        if locked.crisis_id is not None:
            _crisis_acknowledge(locked, by_user=by_user, via=via)
        attempts.provider_sync(alert=locked, purpose=Notification.Purpose.ACKNOWLEDGE)
        alert_broadcast(alert=locked, change="acknowledged")
    alert.refresh_from_db()
    return locked


def alert_resolve(*, alert: Alert, by_user=None, via: str, note: str = "") -> Alert:
    """triggered/acknowledged → resolved. Idempotent. Takes the row lock."""
    now = clock.now()
    actor = getattr(by_user, "email", "") or via
    with transaction.atomic():
        locked = Alert.objects.select_for_update().get(pk=alert.pk)
        if locked.state == Alert.State.RESOLVED:
            return locked
        locked.state = Alert.State.RESOLVED
        locked.resolved_at = now
        locked.resolved_by = by_user if getattr(by_user, "pk", None) else None
        locked.resolved_via = via
        locked.resolution_note = note
        locked.ack_deadline = None
        locked.escalation_version += 1
        locked.save()
        attempts.notifications_cancel_pending(alert=locked, reason=f"resolved by {actor}")
        alert_timeline(
            alert=locked,
            kind="escalation",
            actor=actor,
            message=f"Alert #{locked.pk} resolved by {actor} via {via}" + (f": {note}" if note else ""),
            data={"via": via},
        )
        attempts.provider_sync(alert=locked, purpose=Notification.Purpose.RESOLVE)
        if locked.crisis_id is None:
            # Its own incident ends: everyone told gets one "resolved" message in their thread.
            paging.resolved_queue(
                alert=locked,
                marker=now.isoformat(),
                text=f"Resolved by {actor} via {via}" + (f": {note}" if note else ""),
            )
        alert_broadcast(alert=locked, change="resolved")
    alert.refresh_from_db()
    return locked


def _crisis_acknowledge(alert: Alert, *, by_user, via: str) -> None:
    from crisis.services import crisis_acknowledge

    assert alert.crisis is not None  # called for crisis alerts only
    crisis_acknowledge(
        crisis=alert.crisis, by_user=by_user if getattr(by_user, "pk", None) else None, via=via
    )
