"""Writes for crises: the incident lifecycle and its append-only timeline.

The detector (crisis.pipeline) calls `crisis_open` / `crisis_raise` / `crisis_lower` /
`crisis_resolve_auto` / `crisis_update_score`; the command center calls `crisis_acknowledge`,
`crisis_assign`, `crisis_add_note`, `crisis_resolve`, `crisis_reopen`; later stages (escalation)
record their actions through `timeline_append`. Every state change appends a timeline row and is
broadcast (kind "crisis") after commit. Hand-offs to escalation go by task name after commit.

Severity of a crisis: the more severe of its level's mapping (critical → P0, high → P1,
warning → P2) and the most common severity among its linked events' classifications.
Category: the most common non-"none" category among linked events (default "pr").
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from typing import Any

from django.db import transaction

from config.celery import enqueue
from crisis.models import LEVEL_RANK, Crisis, CrisisEvent, Level, ScoreSample, TimelineEntry
from tenants import clock
from tenants.realtime import broadcast_on_commit

LEVEL_SEVERITY = {Level.CRITICAL: "P0", Level.HIGH: "P1", Level.WARNING: "P2", Level.OK: "P3"}
SCORE_TIMELINE_DELTA = 0.05
MAX_LINKED_EVENTS = 200


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


def _broadcast(crisis: Crisis) -> None:
    broadcast_on_commit(kind="crisis", payload=crisis_payload(crisis))


def _actor(user) -> str:
    return (getattr(user, "email", "") or getattr(user, "username", "")) if user else "system"


def _subject_title(subject: str) -> str:
    from ingestion.models import WatchTerm

    name = WatchTerm.objects.filter(slug=subject).values_list("name", flat=True).first()
    return name or subject


def _score_data(result: dict[str, Any]) -> dict[str, Any]:
    return {k: result.get(k) for k in ("score", "level", "mentions", "signals", "explanation", "baseline")}


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
    escalation (`escalation.trigger_crisis_alert`) unless `alert` is False (cooldown).
    """
    at = at or clock.now()
    with transaction.atomic():
        existing = (
            Crisis.objects.select_for_update()
            .filter(subject=subject)
            .exclude(status=Crisis.Status.RESOLVED)
            .first()
        )
        if existing is not None:
            return (
                crisis_raise(crisis=existing, level=level, result=result, at=at, alert=alert)
                if (LEVEL_RANK[Level(level)] > LEVEL_RANK[Level(existing.level)])
                else existing
            )
        recent = (
            Crisis.objects.select_for_update()
            .filter(
                subject=subject,
                status=Crisis.Status.RESOLVED,
                resolved_at__gte=at - timedelta(seconds=reopen_within_seconds),
            )
            .order_by("-resolved_at")
            .first()
            if reopen_within_seconds
            else None
        )
        explanation = result.get("explanation", "")
        if recent is not None:
            crisis = recent
            crisis.status = Crisis.Status.OPEN
            crisis.resolved_at = None
            crisis.resolved_by = None
            crisis.acknowledged_at = None
            crisis.acknowledged_by = None
            crisis.level = level
            crisis.peak_level = max(crisis.peak_level, level, key=lambda lv: LEVEL_RANK[Level(lv)])
            crisis.score = result.get("score", 0.0)
            crisis.signals = result
            crisis.explanation = explanation
            crisis.save()
            timeline_append(
                crisis=crisis,
                kind=TimelineEntry.Kind.REOPENED,
                message=f"Reopened by the detector at {level}: {explanation}",
                data=_score_data(result),
                at=at,
            )
        else:
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
        _after_level_change(crisis=crisis, level=level, alert=alert)
    return crisis


def _apply_result(crisis: Crisis, result: dict[str, Any]) -> None:
    """Copy a detector result (score, signals, explanation) onto the crisis row (not saved)."""
    crisis.score = result.get("score", crisis.score)
    crisis.signals = result
    crisis.explanation = result.get("explanation", crisis.explanation)


def crisis_raise(
    *, crisis: Crisis, level: str, result: dict[str, Any], at: datetime | None = None, alert: bool = True
) -> Crisis:
    """Raise the crisis level (row lock). Hands off to escalation unless in cooldown."""
    at = at or clock.now()
    with transaction.atomic():
        crisis = Crisis.objects.select_for_update().get(pk=crisis.pk)
        previous = crisis.level
        if LEVEL_RANK[Level(level)] <= LEVEL_RANK[Level(previous)]:
            return crisis
        crisis.level = level
        if LEVEL_RANK[Level(level)] > LEVEL_RANK[Level(crisis.peak_level)]:
            crisis.peak_level = level
        _apply_result(crisis, result)
        crisis.save()
        timeline_append(
            crisis=crisis,
            kind=TimelineEntry.Kind.LEVEL,
            message=f"Level {previous} → {level} (score {crisis.score:.2f}): {crisis.explanation}"
            + ("" if alert else " — cooldown, no new alert"),
            data={"from": previous, "to": level, "alert": alert, **_score_data(result)},
            at=at,
        )
        _after_level_change(crisis=crisis, level=level, alert=alert)
    return crisis


def crisis_lower(*, crisis: Crisis, level: str, result: dict[str, Any], at: datetime | None = None) -> Crisis:
    """De-escalate after the score stayed below the current level (no alert)."""
    at = at or clock.now()
    with transaction.atomic():
        crisis = Crisis.objects.select_for_update().get(pk=crisis.pk)
        previous = crisis.level
        crisis.level = level
        _apply_result(crisis, result)
        crisis.save()
        timeline_append(
            crisis=crisis,
            kind=TimelineEntry.Kind.LEVEL,
            message=f"Level {previous} → {level}: de-escalated (score {crisis.score:.2f})",
            data={"from": previous, "to": level, "alert": False, **_score_data(result)},
            at=at,
        )
        _broadcast(crisis)
    return crisis


def crisis_update_score(*, crisis: Crisis, result: dict[str, Any], at: datetime | None = None) -> Crisis:
    """Keep the crisis' latest score; a move of ≥ 0.05 since the last one is a timeline entry."""
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
        _broadcast(crisis)
    return crisis


def crisis_link_events(*, crisis: Crisis, event_ids: list[int], at: datetime | None = None) -> int:
    """Link events (top by reach) to the crisis; each new link is a timeline entry. Returns the count."""
    from ingestion.models import Event

    at = at or clock.now()
    already = set(CrisisEvent.objects.filter(crisis=crisis).values_list("event_id", flat=True))
    room = MAX_LINKED_EVENTS - len(already)
    new_ids = [e for e in dict.fromkeys(event_ids) if e not in already][: max(room, 0)]
    if not new_ids:
        return 0
    events = Event.objects.filter(pk__in=new_ids).select_related("classification").order_by("-reach")
    linked = 0
    for event in events:
        _, created = CrisisEvent.objects.get_or_create(crisis=crisis, event=event)
        if not created:
            continue
        linked += 1
        cls = getattr(event, "classification", None)
        verdict = f" {cls.severity}/{cls.category}" if cls else ""
        text = (event.title or event.text or "")[:140]
        timeline_append(
            crisis=crisis,
            kind=TimelineEntry.Kind.EVENT,
            message=f"Linked {event.platform} event #{event.pk} (reach {event.reach:,}{verdict}): {text}",
            data={
                "event_id": event.pk,
                "platform": event.platform,
                "reach": event.reach,
                "verified": event.author_verified,
                "severity": cls.severity if cls else "",
                "category": cls.category if cls else "",
                "url": event.url,
            },
            at=at,
        )
    if linked:
        _refresh_verdict(crisis)
    return linked


def _refresh_verdict(crisis: Crisis) -> None:
    from classification.models import Classification

    rows = list(Classification.objects.filter(event__crises=crisis).values_list("severity", "category"))
    categories = Counter(c for _, c in rows if c and c != "none")
    severities = Counter(s for s, _ in rows if s)
    category = categories.most_common(1)[0][0] if categories else (crisis.category or "pr")
    severity = LEVEL_SEVERITY[Level(crisis.level)]
    if severities:
        dominant = severities.most_common(1)[0][0]
        severity = min(severity, dominant)  # "P0" < "P1": the more severe wins
    if (severity, category) != (crisis.severity, crisis.category):
        Crisis.objects.filter(pk=crisis.pk).update(severity=severity, category=category)
        crisis.severity, crisis.category = severity, category


def _after_level_change(*, crisis: Crisis, level: str, alert: bool) -> None:
    _refresh_verdict(crisis)
    if alert:
        enqueue("escalation.trigger_crisis_alert", crisis_id=crisis.pk, level=level)
        timeline_append(
            crisis=crisis,
            kind=TimelineEntry.Kind.ROUTING,
            message=f"Handed off to escalation: {level} alert",
            data={"task": "escalation.trigger_crisis_alert", "level": level},
        )
    enqueue("crisis.summarize", crisis_id=crisis.pk)
    _broadcast(crisis)


def crisis_resolve_auto(
    *, crisis: Crisis, result: dict[str, Any], at: datetime | None = None, calm_seconds: float = 0
) -> Crisis:
    """The detector saw the score below warning long enough: resolve and stop the alerts."""
    at = at or clock.now()
    with transaction.atomic():
        crisis = Crisis.objects.select_for_update().get(pk=crisis.pk)
        if crisis.status == Crisis.Status.RESOLVED:
            return crisis
        previous = crisis.level
        crisis.status = Crisis.Status.RESOLVED
        crisis.resolved_at = at
        crisis.level = Level.OK
        crisis.score = result.get("score", crisis.score)
        crisis.signals = result
        crisis.resolution_note = f"Auto-resolved: score below warning for {calm_seconds / 60:.0f} min."
        crisis.save()
        timeline_append(
            crisis=crisis,
            kind=TimelineEntry.Kind.RESOLVED,
            message=f"Auto-resolved ({previous} → ok): {crisis.resolution_note}",
            data={"from": previous, "by": "detector", **_score_data(result)},
            at=at,
        )
        enqueue("escalation.resolve_crisis_alerts", crisis_id=crisis.pk)
        _broadcast(crisis)
    return crisis


# --- People -----------------------------------------------------------------------------------


def crisis_acknowledge(*, crisis: Crisis, by_user=None, via: str = "web") -> Crisis:
    """A person takes the crisis (row lock). Idempotent: a second ACK changes nothing.

    The command center also acknowledges the crisis' escalation alerts (escalation.services);
    this stage never imports escalation.
    """
    with transaction.atomic():
        crisis = Crisis.objects.select_for_update().get(pk=crisis.pk)
        if crisis.status != Crisis.Status.OPEN:
            return crisis
        crisis.status = Crisis.Status.ACKNOWLEDGED
        crisis.acknowledged_at = clock.now()
        crisis.acknowledged_by = by_user
        if crisis.owner_id is None and by_user is not None:
            crisis.owner = by_user
        crisis.save()
        timeline_append(
            crisis=crisis,
            kind=TimelineEntry.Kind.ACK,
            message=f"Acknowledged by {_actor(by_user)} via {via}",
            actor=_actor(by_user),
            data={"via": via},
            at=crisis.acknowledged_at,
        )
        _broadcast(crisis)
    return crisis


def crisis_assign(*, crisis: Crisis, owner, by_user=None) -> Crisis:
    with transaction.atomic():
        crisis = Crisis.objects.select_for_update().get(pk=crisis.pk)
        crisis.owner = owner
        crisis.save(update_fields=["owner"])
        timeline_append(
            crisis=crisis,
            kind=TimelineEntry.Kind.ASSIGN,
            message=f"Assigned to {_actor(owner) if owner else 'nobody'} by {_actor(by_user)}",
            actor=_actor(by_user),
            data={"owner_id": owner.pk if owner else None},
        )
        _broadcast(crisis)
    return crisis


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
    with transaction.atomic():
        crisis = Crisis.objects.select_for_update().get(pk=crisis.pk)
        if crisis.status == Crisis.Status.RESOLVED:
            return crisis
        previous = crisis.level
        crisis.status = Crisis.Status.RESOLVED
        crisis.resolved_at = clock.now()
        crisis.resolved_by = by_user
        crisis.resolution_note = note
        crisis.save()
        timeline_append(
            crisis=crisis,
            kind=TimelineEntry.Kind.RESOLVED,
            message=f"Resolved by {_actor(by_user)}" + (f": {note}" if note else ""),
            actor=_actor(by_user),
            data={"from": previous, "note": note},
            at=crisis.resolved_at,
        )
        enqueue("escalation.resolve_crisis_alerts", crisis_id=crisis.pk)
        _broadcast(crisis)
    return crisis


def crisis_reopen(*, crisis: Crisis, by_user=None, reason: str = "") -> Crisis:
    """Reopen a resolved crisis (a person decided it is not over). Refused if the subject already
    has another unresolved crisis."""
    with transaction.atomic():
        crisis = Crisis.objects.select_for_update().get(pk=crisis.pk)
        if crisis.status != Crisis.Status.RESOLVED:
            return crisis
        if Crisis.objects.filter(subject=crisis.subject).exclude(status=Crisis.Status.RESOLVED).exists():
            raise ValueError(f"{crisis.subject} already has an unresolved crisis")
        crisis.status = Crisis.Status.OPEN
        crisis.resolved_at = None
        crisis.resolved_by = None
        if crisis.level == Level.OK:
            crisis.level = crisis.peak_level
        crisis.save()
        timeline_append(
            crisis=crisis,
            kind=TimelineEntry.Kind.REOPENED,
            message=f"Reopened by {_actor(by_user)}" + (f": {reason}" if reason else ""),
            actor=_actor(by_user),
            data={"reason": reason},
        )
        enqueue("escalation.trigger_crisis_alert", crisis_id=crisis.pk, level=crisis.level)
        _broadcast(crisis)
    return crisis
