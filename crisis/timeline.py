"""The crisis timeline (append-only: every event, decision and action, by every stage) and the
crisis as the dashboard sees it on the websocket. Both send after commit."""

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
            "at": entry.at.isoformat(),
        },
    )
    return entry


def crisis_payload(crisis: Crisis) -> dict[str, Any]:
    """The JSON-safe shape of a crisis on the websocket."""
    return {
        "id": crisis.pk,
        "subject": crisis.subject,
        "title": crisis.title,
        "level": crisis.level,
        "peak_level": crisis.peak_level,
        "status": crisis.status,
        "score": round(crisis.score, 4),
        "severity": crisis.severity,
        "category": crisis.category,
        "signals": {
            k: v for k, v in (crisis.signals or {}).items() if k in ("signals", "mentions", "top_terms")
        },
        "explanation": crisis.explanation,
        "opened_at": crisis.opened_at.isoformat() if crisis.opened_at else None,
    }


def crisis_broadcast(crisis: Crisis) -> None:
    """Tell the dashboard about the crisis' new state, after commit."""
    broadcast_on_commit(kind="crisis", payload=crisis_payload(crisis))
