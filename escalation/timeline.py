"""What escalation records: entries on the crisis timeline (when the alert belongs to a crisis)
and "alert" messages to the dashboard, both after commit. Used by the alert lifecycle
(`escalation.services`, `escalation.tiers`) and by delivery (`escalation.delivery`)."""

from __future__ import annotations

from crisis.timeline import timeline_append
from escalation.models import Alert
from tenants.realtime import broadcast_on_commit


def alert_timeline(
    *, alert: Alert, kind: str, message: str, actor: str = "system", data: dict | None = None
) -> None:
    """Append to the crisis timeline when the alert belongs to a crisis."""
    if alert.crisis is None:
        return
    timeline_append(
        crisis=alert.crisis,
        kind=kind,
        message=message,
        actor=actor,
        data={"alert_id": alert.pk, **(data or {})},
    )


def alert_broadcast(*, alert: Alert, change: str) -> None:
    broadcast_on_commit(
        kind="alert",
        payload={
            "alert_id": alert.pk,
            "change": change,
            "state": alert.state,
            "severity": alert.severity,
            "title": alert.title,
            "crisis_id": alert.crisis_id,
            "tier": alert.current_tier + 1,
            "ack_deadline": alert.ack_deadline.isoformat() if alert.ack_deadline else None,
        },
    )
