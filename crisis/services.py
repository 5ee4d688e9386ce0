"""Writes for crises: the incident lifecycle.

The detector (crisis.pipeline) calls `crisis_open` / `crisis_raise` / `crisis_lower` /
`crisis_resolve_auto` / `crisis_update_score`; the command center calls `crisis_acknowledge`,
`crisis_assign`, `crisis_add_note`, `crisis_resolve`, `crisis_reopen`. Every state change goes
through `_transition` (row lock, change, save, timeline entry, hand-offs, broadcast of kind
"crisis" after commit), so each service states only what differs. Hand-offs to escalation go by
task name after commit. The timeline itself is `crisis.timeline` (later stages record their
actions with `timeline_append`); linked events and the severity/category verdict are
`crisis.evidence`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db import transaction

from config.celery import enqueue
from crisis.evidence import LEVEL_SEVERITY, crisis_link_events, verdict_refresh
from crisis.models import LEVEL_RANK, Crisis, Level, ScoreSample, TimelineEntry
from crisis.timeline import crisis_broadcast, timeline_append
from tenants import clock

SCORE_TIMELINE_DELTA = 0.05


def _actor(user) -> str:
    return (getattr(user, "email", "") or getattr(user, "username", "")) if user else "system"


def _subject_title(subject: str) -> str:
    from ingestion.models import WatchTerm

    name = WatchTerm.objects.filter(slug=subject).values_list("name", flat=True).first()
    return name or subject


def _score_data(result: dict[str, Any]) -> dict[str, Any]:
    return {k: result.get(k) for k in ("score", "level", "mentions", "signals", "explanation", "baseline")}


# --- The one way a crisis changes state -------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    """The timeline entry a state change appends."""

    kind: str
    message: str
    data: dict[str, Any]
    actor: str = "system"
    at: datetime | None = None


def _transition(
    *,
    crisis: Crisis,
    change: Callable[[Crisis], _Entry | None],
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


def _rank(level: str) -> int:
    return LEVEL_RANK[Level(level)]


def _apply_result(crisis: Crisis, result: dict[str, Any]) -> None:
    """Copy a detector result (score, signals, explanation) onto the crisis row (not saved)."""
    crisis.score = result.get("score", crisis.score)
    crisis.signals = result
    crisis.explanation = result.get("explanation", crisis.explanation)


def _level_changed(crisis: Crisis, *, level: str, alert: bool) -> None:
    """After an open or a raise: refresh the verdict, hand off to escalation (unless in cooldown)
    and ask for a summary of the new level."""
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


def _resolved(crisis: Crisis) -> None:
    enqueue("escalation.resolve_crisis_alerts", crisis_id=crisis.pk)


# --- Detector-driven changes ------------------------------------------------------------------


def crisis_open(
    *,
    subject: str,
    level: str,
    result: dict[str, Any],
    at: datetime | None = None,
    alert: bool = True,
    first_event_at: datetime | None = None,
    event_ids: list[int] | tuple[int, ...] = (),
    reopen_within_seconds: float = 0,
) -> Crisis:
    """Open a crisis for `subject` (or reopen the one resolved within `reopen_within_seconds`).

    Records the score sample, level and linked events on the timeline, then hands off to
    escalation (`escalation.trigger_crisis_alert`) unless `alert` is False (cooldown). A subject
    that already has an unresolved crisis gets that one raised instead (or left as it is).
    """
    at = at or clock.now()
    explanation = result.get("explanation", "")

    def opened(crisis: Crisis) -> None:
        timeline_append(
            crisis=crisis,
            kind=TimelineEntry.Kind.LEVEL,
            message=f"Level ok → {level}"
            + ("" if alert else " (same level alerted recently: cooldown, no new alert)"),
            data={"from": Level.OK, "to": level, "alert": alert, "score": crisis.score},
            at=at,
        )
        ScoreSample.objects.filter(
            subject=subject, crisis__isnull=True, at__gte=at - timedelta(hours=2)
        ).update(crisis=crisis)
        if event_ids:
            crisis_link_events(crisis=crisis, event_ids=list(event_ids), at=at)
        _level_changed(crisis, level=level, alert=alert)

    def reopen(crisis: Crisis) -> _Entry:
        crisis.status = Crisis.Status.OPEN
        crisis.resolved_at = None
        crisis.resolved_by = None
        crisis.acknowledged_at = None
        crisis.acknowledged_by = None
        crisis.level = level
        crisis.peak_level = max(crisis.peak_level, level, key=_rank)
        crisis.score = result.get("score", 0.0)
        crisis.signals = result
        crisis.explanation = explanation
        return _Entry(
            kind=TimelineEntry.Kind.REOPENED,
            message=f"Reopened by the detector at {level}: {explanation}",
            data=_score_data(result),
            at=at,
        )

    with transaction.atomic():
        existing = (
            Crisis.objects.select_for_update()
            .filter(subject=subject)
            .exclude(status=Crisis.Status.RESOLVED)
            .first()
        )
        if existing is not None:
            if _rank(level) > _rank(existing.level):
                return crisis_raise(crisis=existing, level=level, result=result, at=at, alert=alert)
            return existing
        recent = (
            Crisis.objects.filter(
                subject=subject,
                status=Crisis.Status.RESOLVED,
                resolved_at__gte=at - timedelta(seconds=reopen_within_seconds),
            )
            .order_by("-resolved_at")
            .first()
            if reopen_within_seconds
            else None
        )
        if recent is not None:
            return _transition(crisis=recent, change=reopen, then=opened)
        crisis = Crisis.objects.create(
            subject=subject,
            title=f"{_subject_title(subject)}: {explanation.split(' — ')[0]}"[:300],
            level=level,
            peak_level=level,
            score=result.get("score", 0.0),
            signals=result,
            explanation=explanation,
            opened_at=at,
            first_event_at=first_event_at,
            severity=LEVEL_SEVERITY[Level(level)],
            category="pr",
        )
        timeline_append(
            crisis=crisis,
            kind=TimelineEntry.Kind.OPENED,
            message=f"Crisis opened at {level} (score {crisis.score:.2f}): {explanation}",
            data=_score_data(result),
            at=at,
        )
        opened(crisis)
        crisis_broadcast(crisis)
    return crisis


def crisis_raise(
    *, crisis: Crisis, level: str, result: dict[str, Any], at: datetime | None = None, alert: bool = True
) -> Crisis:
    """Raise the crisis level (row lock). Hands off to escalation unless in cooldown."""
    at = at or clock.now()

    def change(c: Crisis) -> _Entry | None:
        previous = c.level
        if _rank(level) <= _rank(previous):
            return None
        c.level = level
        if _rank(level) > _rank(c.peak_level):
            c.peak_level = level
        _apply_result(c, result)
        return _Entry(
            kind=TimelineEntry.Kind.LEVEL,
            message=f"Level {previous} → {level} (score {c.score:.2f}): {c.explanation}"
            + ("" if alert else " — cooldown, no new alert"),
            data={"from": previous, "to": level, "alert": alert, **_score_data(result)},
            at=at,
        )

    return _transition(
        crisis=crisis, change=change, then=lambda c: _level_changed(c, level=level, alert=alert)
    )


def crisis_lower(*, crisis: Crisis, level: str, result: dict[str, Any], at: datetime | None = None) -> Crisis:
    """De-escalate after the score stayed below the current level (no alert)."""
    at = at or clock.now()

    def change(c: Crisis) -> _Entry:
        previous = c.level
        c.level = level
        _apply_result(c, result)
        return _Entry(
            kind=TimelineEntry.Kind.LEVEL,
            message=f"Level {previous} → {level}: de-escalated (score {c.score:.2f})",
            data={"from": previous, "to": level, "alert": False, **_score_data(result)},
            at=at,
        )

    return _transition(crisis=crisis, change=change)


def crisis_update_score(*, crisis: Crisis, result: dict[str, Any], at: datetime | None = None) -> Crisis:
    """Keep the crisis' latest score; a move of ≥ 0.05 since the last one is a timeline entry.
    No lock: the detector holds the subject's DetectorState lock, and no person changes the score."""
    at = at or clock.now()
    new = float(result.get("score", 0.0))
    moved = abs(new - crisis.score) >= SCORE_TIMELINE_DELTA
    Crisis.objects.filter(pk=crisis.pk).update(
        score=new, signals=result, explanation=result.get("explanation", "")
    )
    previous = crisis.score
    crisis.score, crisis.signals, crisis.explanation = new, result, result.get("explanation", "")
    if moved:
        timeline_append(
            crisis=crisis,
            kind=TimelineEntry.Kind.SCORE,
            message=f"Score {previous:.2f} → {new:.2f}: {crisis.explanation}",
            data=_score_data(result),
            at=at,
        )
        crisis_broadcast(crisis)
    return crisis


def crisis_resolve_auto(
    *, crisis: Crisis, result: dict[str, Any], at: datetime | None = None, calm_seconds: float = 0
) -> Crisis:
    """The detector saw the score below warning long enough: resolve and stop the alerts."""
    at = at or clock.now()

    def change(c: Crisis) -> _Entry | None:
        if c.status == Crisis.Status.RESOLVED:
            return None
        previous = c.level
        c.status = Crisis.Status.RESOLVED
        c.resolved_at = at
        c.level = Level.OK
        c.score = result.get("score", c.score)
        c.signals = result
        c.resolution_note = f"Auto-resolved: score below warning for {calm_seconds / 60:.0f} min."
        return _Entry(
            kind=TimelineEntry.Kind.RESOLVED,
            message=f"Auto-resolved ({previous} → ok): {c.resolution_note}",
            data={"from": previous, "by": "detector", **_score_data(result)},
            at=at,
        )

    return _transition(crisis=crisis, change=change, then=_resolved)


# --- People -----------------------------------------------------------------------------------


def crisis_acknowledge(*, crisis: Crisis, by_user=None, via: str = "web") -> Crisis:
    """A person takes the crisis (row lock). Idempotent: a second ACK changes nothing.

    The command center also acknowledges the crisis' escalation alerts (escalation.services);
    this stage never imports escalation.
    """
    actor = _actor(by_user)

    def change(c: Crisis) -> _Entry | None:
        if c.status != Crisis.Status.OPEN:
            return None
        c.status = Crisis.Status.ACKNOWLEDGED
        c.acknowledged_at = clock.now()
        c.acknowledged_by = by_user
        if c.owner_id is None and by_user is not None:
            c.owner = by_user
        return _Entry(
            kind=TimelineEntry.Kind.ACK,
            message=f"Acknowledged by {actor} via {via}",
            actor=actor,
            data={"via": via},
            at=c.acknowledged_at,
        )

    return _transition(crisis=crisis, change=change)


def crisis_assign(*, crisis: Crisis, owner, by_user=None) -> Crisis:
    """Give the crisis an owner (or none), under the row lock."""

    def change(c: Crisis) -> _Entry:
        c.owner = owner
        return _Entry(
            kind=TimelineEntry.Kind.ASSIGN,
            message=f"Assigned to {_actor(owner) if owner else 'nobody'} by {_actor(by_user)}",
            actor=_actor(by_user),
            data={"owner_id": owner.pk if owner else None},
        )

    return _transition(crisis=crisis, change=change, update_fields=["owner"])


def crisis_add_note(*, crisis: Crisis, by_user=None, text: str) -> TimelineEntry:
    text = text.strip()
    if not text:
        raise ValueError("a note needs text")
    return timeline_append(
        crisis=crisis, kind=TimelineEntry.Kind.NOTE, message=text[:5000], actor=_actor(by_user)
    )


def crisis_resolve(*, crisis: Crisis, by_user=None, note: str = "") -> Crisis:
    """A person resolves the crisis (row lock); escalation stops its alerts. The detector will not
    reopen it until the subject has first calmed down below warning."""
    actor = _actor(by_user)

    def change(c: Crisis) -> _Entry | None:
        if c.status == Crisis.Status.RESOLVED:
            return None
        previous = c.level
        c.status = Crisis.Status.RESOLVED
        c.resolved_at = clock.now()
        c.resolved_by = by_user
        c.resolution_note = note
        return _Entry(
            kind=TimelineEntry.Kind.RESOLVED,
            message=f"Resolved by {actor}" + (f": {note}" if note else ""),
            actor=actor,
            data={"from": previous, "note": note},
            at=c.resolved_at,
        )

    return _transition(crisis=crisis, change=change, then=_resolved)


def crisis_reopen(*, crisis: Crisis, by_user=None, reason: str = "") -> Crisis:
    """Reopen a resolved crisis (a person decided it is not over) and page again at its level.
    Refused (ValueError) if the subject already has another unresolved crisis."""
    actor = _actor(by_user)

    def change(c: Crisis) -> _Entry | None:
        if c.status != Crisis.Status.RESOLVED:
            return None
        if Crisis.objects.filter(subject=c.subject).exclude(status=Crisis.Status.RESOLVED).exists():
            raise ValueError(f"{c.subject} already has an unresolved crisis")
        c.status = Crisis.Status.OPEN
        c.resolved_at = None
        c.resolved_by = None
        if c.level == Level.OK:
            c.level = c.peak_level
        return _Entry(
            kind=TimelineEntry.Kind.REOPENED,
            message=f"Reopened by {actor}" + (f": {reason}" if reason else ""),
            actor=actor,
            data={"reason": reason},
        )

    def page_again(c: Crisis) -> None:
        enqueue("escalation.trigger_crisis_alert", crisis_id=c.pk, level=c.level)

    return _transition(crisis=crisis, change=change, then=page_again)
