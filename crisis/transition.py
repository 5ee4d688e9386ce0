"""The one way a crisis changes state (`transition`: lock → change → save → timeline →
hand-offs → broadcast) and what the lifecycle services share: the timeline entry a change
appends, the level-change hand-offs, the detector result copied onto a row. Used by
crisis.services (the lifecycle) and crisis.story_services (join, reopen, merge, split).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import transaction

from config.celery import enqueue
from crisis.evidence import verdict_refresh
from crisis.models import LEVEL_RANK, Crisis, Level, TimelineEntry
from crisis.timeline import crisis_broadcast, timeline_append


def actor_name(user) -> str:
    return (getattr(user, "email", "") or getattr(user, "username", "")) if user else "system"


def subject_title(subject: str) -> str:
    from ingestion.models import WatchTerm

    name = WatchTerm.objects.filter(slug=subject).values_list("name", flat=True).first()
    return name or subject


def score_data(result: dict[str, Any]) -> dict[str, Any]:
    return {k: result.get(k) for k in ("score", "level", "mentions", "signals", "explanation", "baseline")}


@dataclass(frozen=True)
class Entry:
    """The timeline entry a state change appends."""

    kind: str
    message: str
    data: dict[str, Any]
    actor: str = "system"
    at: datetime | None = None


def transition(
    *,
    crisis: Crisis,
    change: Callable[[Crisis], Entry | None],
    then: Callable[[Crisis], None] | None = None,
    update_fields: list[str] | None = None,
) -> Crisis:
    """Lock → change → save → timeline → hand-offs → broadcast, in one transaction.

    `change` gets the row under its lock, checks that the change applies, sets the fields and
    returns the timeline entry; it returns None when there is nothing to do (a second ACK, resolving
    a resolved crisis), which makes every caller idempotent. `then` runs before the broadcast, for
    what follows the change (hand-offs to escalation are enqueued for after commit). Returns the
    locked row, saved.
    """
    with transaction.atomic():
        locked = Crisis.objects.select_for_update().get(pk=crisis.pk)
        entry = change(locked)
        if entry is None:
            return locked
        locked.save(update_fields=update_fields)
        timeline_append(
            crisis=locked,
            kind=entry.kind,
            message=entry.message,
            actor=entry.actor,
            data=entry.data,
            at=entry.at,
        )
        if then is not None:
            then(locked)
        crisis_broadcast(locked)
    return locked


def rank(level: str) -> int:
    return LEVEL_RANK[Level(level)]


def apply_result(crisis: Crisis, result: dict[str, Any]) -> None:
    """Copy a detector result (score, signals, explanation) onto the crisis row (not saved)."""
    crisis.score = result.get("score", crisis.score)
    crisis.signals = result
    crisis.explanation = result.get("explanation", crisis.explanation)


def level_changed(crisis: Crisis, *, level: str, alert: bool) -> None:
    """After an open or a raise: refresh the verdict, hand off to escalation (unless in cooldown),
    ask for a summary and a response plan of the new level."""
    verdict_refresh(crisis)
    if alert:
        enqueue("escalation.trigger_crisis_alert", crisis_id=crisis.pk, level=level)
        timeline_append(
            crisis=crisis,
            kind=TimelineEntry.Kind.ROUTING,
            message=f"Handed off to escalation: {level} alert",
            data={"task": "escalation.trigger_crisis_alert", "level": level},
        )
    enqueue("crisis.summarize", crisis_id=crisis.pk)
    # Its response plan: built beside the alert on its own queue, so planning never delays a page.
    enqueue("response.plan_crisis", crisis_id=crisis.pk, level=level)


def resolved(crisis: Crisis) -> None:
    enqueue("escalation.resolve_crisis_alerts", crisis_id=crisis.pk)
    enqueue("response.crisis_resolved", crisis_id=crisis.pk)
