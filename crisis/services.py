"""Writes for crises: the incident lifecycle.

The detector (crisis.live) calls `crisis_open` / `crisis_raise` / `crisis_lower` /
`crisis_resolve_auto` / `crisis_update_score` (and, for stories, crisis.story_services); the
command center calls `crisis_acknowledge`, `crisis_assign`, `crisis_add_note`, `crisis_resolve`,
`crisis_reopen`. Every state change goes through `crisis.transition.transition` (row lock, change,
save, timeline entry, hand-offs, broadcast of kind "crisis" after commit), so each service states
only what differs. Hand-offs to escalation go by task name after commit. The timeline itself is
`crisis.timeline` (later stages record their actions with `timeline_append`); linked events and
the severity/category verdict are `crisis.evidence`.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.db import transaction

from config.celery import enqueue
from crisis.evidence import LEVEL_SEVERITY, crisis_link_events
from crisis.models import Crisis, Level, ScoreSample, TimelineEntry
from crisis.timeline import crisis_broadcast, timeline_append
from crisis.transition import (
    Entry,
    actor_name,
    apply_result,
    level_changed,
    rank,
    resolved,
    score_data,
    subject_title,
    transition,
)
from tenants import clock

SCORE_TIMELINE_DELTA = 0.05


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
    reason: str = "",
    title: str = "",
    driven: bool = True,
) -> Crisis:
    """Open a new incident whose story starts with `subject` (the detector decided where the
    opening belongs: crisis.stories). Records the score sample, level and linked events on the
    timeline, then hands off to escalation (`escalation.trigger_crisis_alert`) unless `alert` is
    False (cooldown). `driven` False: no detector state drives it (a second story beside the one
    its subject drives: crisis.story_services.crisis_open_beside)."""
    at = at or clock.now()
    explanation = result.get("explanation", "")
    with transaction.atomic():
        crisis = Crisis.objects.create(
            subject=subject,
            subjects=[subject],
            title=(title or f"{subject_title(subject)}: {explanation.split(' — ')[0]}")[:300],
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
            message=f"Crisis opened at {level} (score {crisis.score:.2f}): {explanation}"
            + (f" — a story of its own: {reason}" if reason else ""),
            data={**score_data(result), "reason": reason, "driven": driven},
            at=at,
        )
        opened_at_level(crisis, subject=subject, level=level, alert=alert, at=at, event_ids=event_ids)
        crisis_broadcast(crisis)
    return crisis


def opened_at_level(
    crisis: Crisis, *, subject: str, level: str, alert: bool, at: datetime, event_ids
) -> None:
    """What follows an opening or a reopening: the level entry, the subject's recent score
    samples, the evidence, and the hand-offs of the new level."""
    timeline_append(
        crisis=crisis,
        kind=TimelineEntry.Kind.LEVEL,
        message=f"Level ok → {level}"
        + ("" if alert else " (same level alerted recently: cooldown, no new alert)"),
        data={"from": Level.OK, "to": level, "alert": alert, "score": crisis.score},
        at=at,
    )
    ScoreSample.objects.filter(subject=subject, crisis__isnull=True, at__gte=at - timedelta(hours=2)).update(
        crisis=crisis
    )
    if event_ids:
        crisis_link_events(crisis=crisis, event_ids=list(event_ids), at=at)
    level_changed(crisis, level=level, alert=alert)


def crisis_raise(
    *, crisis: Crisis, level: str, result: dict[str, Any], at: datetime | None = None, alert: bool = True
) -> Crisis:
    """Raise the crisis level (row lock). Hands off to escalation unless in cooldown."""
    at = at or clock.now()

    def change(c: Crisis) -> Entry | None:
        previous = c.level
        if rank(level) <= rank(previous):
            return None
        c.level = level
        if rank(level) > rank(c.peak_level):
            c.peak_level = level
        apply_result(c, result)
        return Entry(
            kind=TimelineEntry.Kind.LEVEL,
            message=f"Level {previous} → {level} (score {c.score:.2f}): {c.explanation}"
            + ("" if alert else " — cooldown, no new alert"),
            data={"from": previous, "to": level, "alert": alert, **score_data(result)},
            at=at,
        )

    return transition(crisis=crisis, change=change, then=lambda c: level_changed(c, level=level, alert=alert))


def crisis_lower(*, crisis: Crisis, level: str, result: dict[str, Any], at: datetime | None = None) -> Crisis:
    """De-escalate after the score stayed below the current level (no alert)."""
    at = at or clock.now()

    def change(c: Crisis) -> Entry:
        previous = c.level
        c.level = level
        apply_result(c, result)
        return Entry(
            kind=TimelineEntry.Kind.LEVEL,
            message=f"Level {previous} → {level}: de-escalated (score {c.score:.2f})",
            data={"from": previous, "to": level, "alert": False, **score_data(result)},
            at=at,
        )

    return transition(crisis=crisis, change=change)


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
            data=score_data(result),
            at=at,
        )
        crisis_broadcast(crisis)
    return crisis


def crisis_resolve_auto(
    *, crisis: Crisis, result: dict[str, Any], at: datetime | None = None, calm_seconds: float = 0
) -> Crisis:
    """The detector saw the score below warning long enough: resolve and stop the alerts."""
    at = at or clock.now()

    def change(c: Crisis) -> Entry | None:
        if c.status == Crisis.Status.RESOLVED:
            return None
        previous = c.level
        c.status = Crisis.Status.RESOLVED
        c.resolved_at = at
        c.level = Level.OK
        c.score = result.get("score", c.score)
        c.signals = result
        c.resolution_note = f"Auto-resolved: score below warning for {calm_seconds / 60:.0f} min."
        return Entry(
            kind=TimelineEntry.Kind.RESOLVED,
            message=f"Auto-resolved ({previous} → ok): {c.resolution_note}",
            data={"from": previous, "by": "detector", **score_data(result)},
            at=at,
        )

    return transition(crisis=crisis, change=change, then=resolved)


# --- People -----------------------------------------------------------------------------------


def crisis_acknowledge(*, crisis: Crisis, by_user=None, via: str = "web") -> Crisis:
    """A person takes the crisis (row lock). Idempotent: a second ACK changes nothing.

    The command center also acknowledges the crisis' escalation alerts (escalation.services);
    this stage never imports escalation.
    """
    actor = actor_name(by_user)

    def change(c: Crisis) -> Entry | None:
        if c.status != Crisis.Status.OPEN:
            return None
        c.status = Crisis.Status.ACKNOWLEDGED
        c.acknowledged_at = clock.now()
        c.acknowledged_by = by_user
        if c.owner_id is None and by_user is not None:
            c.owner = by_user
        return Entry(
            kind=TimelineEntry.Kind.ACK,
            message=f"Acknowledged by {actor} via {via}",
            actor=actor,
            data={"via": via},
            at=c.acknowledged_at,
        )

    return transition(crisis=crisis, change=change)


def crisis_assign(*, crisis: Crisis, owner, by_user=None) -> Crisis:
    """Give the crisis an owner (or none), under the row lock."""

    def change(c: Crisis) -> Entry:
        c.owner = owner
        return Entry(
            kind=TimelineEntry.Kind.ASSIGN,
            message=f"Assigned to {actor_name(owner) if owner else 'nobody'} by {actor_name(by_user)}",
            actor=actor_name(by_user),
            data={"owner_id": owner.pk if owner else None},
        )

    return transition(crisis=crisis, change=change, update_fields=["owner"])


def crisis_add_note(*, crisis: Crisis, by_user=None, text: str) -> TimelineEntry:
    text = text.strip()
    if not text:
        raise ValueError("a note needs text")
    return timeline_append(
        crisis=crisis, kind=TimelineEntry.Kind.NOTE, message=text[:5000], actor=actor_name(by_user)
    )


def crisis_resolve(*, crisis: Crisis, by_user=None, note: str = "") -> Crisis:
    """A person resolves the crisis (row lock); escalation stops its alerts. The detector will not
    reopen it until the subject has first calmed down below warning."""
    actor = actor_name(by_user)

    def change(c: Crisis) -> Entry | None:
        if c.status == Crisis.Status.RESOLVED:
            return None
        previous = c.level
        c.status = Crisis.Status.RESOLVED
        c.resolved_at = clock.now()
        c.resolved_by = by_user
        c.resolution_note = note
        return Entry(
            kind=TimelineEntry.Kind.RESOLVED,
            message=f"Resolved by {actor}" + (f": {note}" if note else ""),
            actor=actor,
            data={"from": previous, "note": note},
            at=c.resolved_at,
        )

    return transition(crisis=crisis, change=change, then=resolved)


def crisis_reopen(*, crisis: Crisis, by_user=None, reason: str = "") -> Crisis:
    """Reopen a resolved crisis (a person decided it is not over) and page again at its level.
    Refused (ValueError) if the subject already has another unresolved crisis."""
    actor = actor_name(by_user)

    def change(c: Crisis) -> Entry | None:
        if c.status != Crisis.Status.RESOLVED:
            return None
        if c.merged_into_id is not None:
            raise ValueError(f"merged into crisis #{c.merged_into_id}: reopen that one")
        if Crisis.objects.filter(subject=c.subject).exclude(status=Crisis.Status.RESOLVED).exists():
            raise ValueError(f"{c.subject} already has an unresolved crisis")
        c.status = Crisis.Status.OPEN
        c.resolved_at = None
        c.resolved_by = None
        if c.level == Level.OK:
            c.level = c.peak_level
        return Entry(
            kind=TimelineEntry.Kind.REOPENED,
            message=f"Reopened by {actor}" + (f": {reason}" if reason else ""),
            actor=actor,
            data={"reason": reason},
        )

    def page_again(c: Crisis) -> None:
        enqueue("escalation.trigger_crisis_alert", crisis_id=c.pk, level=c.level)

    return transition(crisis=crisis, change=change, then=page_again)
