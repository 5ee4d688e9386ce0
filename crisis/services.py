"""Writes for crises. Later stages (escalation) record their actions through `timeline_append`."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from crisis.models import Crisis, TimelineEntry
from tenants import clock
from tenants.realtime import broadcast_on_commit


def timeline_append(
    *,
    crisis: Crisis,
    kind: str,
    message: str,
    actor: str = "system",
    data: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> TimelineEntry:
    """Append one immutable entry to the crisis timeline and push it to the dashboard."""
    entry = TimelineEntry.objects.create(
        crisis=crisis, at=at or clock.now(), kind=kind, actor=actor, message=message, data=data or {}
    )
    broadcast_on_commit(
        kind="timeline",
        payload={
            "crisis_id": crisis.pk,
            "entry_id": entry.pk,
            "kind": kind,
            "message": message,
            "actor": actor,
        },
    )
    return entry
