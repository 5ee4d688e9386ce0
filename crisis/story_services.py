"""Writes for stories: an opening joins the story it belongs to, a story that flares up again
reopens its incident, two incidents that are one story merge, and a person splits subjects off
into an incident of their own. Each keeps the timeline whole: entries are never moved, the
crises point at each other (`merged_into`, `split_from`) and `crisis.selectors.crisis_timeline`
reads a merged incident's entries with its own and a split-off incident's parent's entries up
to the split. Hand-offs to escalation go by task name after commit.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from django.db import transaction

from config.celery import enqueue
from crisis.evidence import MAX_LINKED_EVENTS, crisis_link_events, verdict_refresh
from crisis.models import Crisis, CrisisEvent, DetectorState, Level, ScoreSample, TimelineEntry
from crisis.services import crisis_open, opened_at_level
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


def crisis_reopen_story(
    *,
    crisis: Crisis,
    subject: str,
    level: str,
    result: dict[str, Any],
    at: datetime | None = None,
    alert: bool = True,
    event_ids: list[int] | tuple[int, ...] = (),
    reason: str = "",
) -> Crisis:
    """The story of a crisis resolved within the reopen window flares up again (through
    `subject`): reopen that incident instead of opening a new one (row lock). Escalation pages
    only people who were not yet paged at this level; the others get an update."""
    at = at or clock.now()
    explanation = result.get("explanation", "")

    def reopen(c: Crisis) -> Entry | None:
        if c.status != Crisis.Status.RESOLVED:
            return None
        c.status = Crisis.Status.OPEN
        c.resolved_at = None
        c.resolved_by = None
        c.acknowledged_at = None
        c.acknowledged_by = None
        c.level = level
        c.peak_level = max(c.peak_level, level, key=rank)
        c.reopened_count += 1
        if subject not in c.story_subjects:
            c.subjects = [*c.story_subjects, subject]
        apply_result(c, result)
        return Entry(
            kind=TimelineEntry.Kind.REOPENED,
            message=f"Reopened by the detector at {level}: {subject} flared up again"
            + (f" ({reason})" if reason else "")
            + f": {explanation}",
            data={**score_data(result), "subject": subject, "reason": reason},
            at=at,
        )

    return transition(
        crisis=crisis,
        change=reopen,
        then=lambda c: opened_at_level(
            c, subject=subject, level=level, alert=alert, at=at, event_ids=event_ids
        ),
    )


def crisis_join(
    *,
    crisis: Crisis,
    subject: str,
    level: str,
    result: dict[str, Any],
    at: datetime | None = None,
    alert: bool = True,
    event_ids: list[int] | tuple[int, ...] = (),
    reason: str = "",
) -> Crisis:
    """`subject` opens, and its events belong to this unresolved incident's story: it joins the
    story (row lock) instead of opening an incident of its own; the level rises if the subject's
    is higher (a page of the new level), else the incident only grows."""
    at = at or clock.now()
    raised: list[bool] = []

    def change(c: Crisis) -> Entry | None:
        joined = subject not in c.story_subjects
        higher = rank(level) > rank(c.level)
        if not joined and not higher:
            return None
        if joined:
            c.subjects = [*c.story_subjects, subject]
        previous = c.level
        if higher:
            c.level = level
            c.peak_level = max(c.peak_level, level, key=rank)
            apply_result(c, result)
            raised.append(True)
        message = f"{subject} joined this story" + (f": {reason}" if reason else "") if joined else ""
        if higher:
            message += ("; " if message else "") + f"level {previous} → {level} (score {c.score:.2f})"
        return Entry(
            kind=TimelineEntry.Kind.STORY if joined else TimelineEntry.Kind.LEVEL,
            message=message,
            data={"subject": subject, "reason": reason, "from": previous, "to": c.level, "alert": alert},
            at=at,
        )

    def then(c: Crisis) -> None:
        if event_ids:
            crisis_link_events(crisis=c, event_ids=list(event_ids), at=at)
        if raised:
            level_changed(c, level=level, alert=alert)

    return transition(crisis=crisis, change=change, then=then)


def crisis_merge(*, target: Crisis, source: Crisis, by_user=None, reason: str = "") -> Crisis:
    """Merge `source` into `target`: one story, one incident (both rows locked, lower id first).

    The target takes the source's subjects, linked events and score samples, its higher level,
    peak and earliest first event; the source is resolved with `merged_into` set (its detector
    subjects follow the target, crisis.live). One timeline entry on each. Escalation moves the
    source's open alerts to the target (`escalation.crisis_merged`), so nobody is paged twice.
    Idempotent; refuses (ValueError) a crisis into itself or a resolved one.
    """
    if target.pk == source.pk:
        raise ValueError("a crisis cannot be merged into itself")
    who = actor_name(by_user)
    now = clock.now()
    with transaction.atomic():
        rows = {
            c.pk: c
            for c in Crisis.objects.select_for_update().filter(pk__in=[target.pk, source.pk]).order_by("pk")
        }
        t, s = rows[target.pk], rows[source.pk]
        if s.merged_into_id == t.pk:
            return t
        if Crisis.Status.RESOLVED in (t.status, s.status):
            raise ValueError("only unresolved crises can be merged")
        t.subjects = list(dict.fromkeys([*t.story_subjects, *s.story_subjects]))
        if rank(s.level) > rank(t.level):
            t.level = s.level
            apply_result(t, s.signals or {})
        t.peak_level = max(t.peak_level, s.peak_level, key=rank)
        firsts = [x for x in (t.first_event_at, s.first_event_at) if x is not None]
        t.first_event_at = min(firsts) if firsts else None
        t.save()
        have = set(CrisisEvent.objects.filter(crisis=t).values_list("event_id", flat=True))
        room = max(MAX_LINKED_EVENTS - len(have), 0)
        moving = [
            e
            for e in CrisisEvent.objects.filter(crisis=s)
            .order_by("-event__reach")
            .values_list("event_id", flat=True)
            if e not in have
        ]
        CrisisEvent.objects.bulk_create(
            [CrisisEvent(crisis=t, event_id=e) for e in moving[:room]], ignore_conflicts=True
        )
        ScoreSample.objects.filter(crisis=s).update(crisis=t)
        s.status = Crisis.Status.RESOLVED
        s.resolved_at = now
        s.resolved_by = by_user if getattr(by_user, "pk", None) else None
        s.merged_into = t
        s.resolution_note = f"Merged into crisis #{t.pk}" + (f": {reason}" if reason else "")
        s.save()
        subjects = ", ".join(s.story_subjects)
        timeline_append(
            crisis=t,
            kind=TimelineEntry.Kind.MERGED,
            message=f"Crisis #{s.pk} ({subjects}) merged into this one by {who}"
            + (f": {reason}" if reason else ""),
            actor=who,
            data={
                "merged": s.pk,
                "subjects": s.story_subjects,
                "reason": reason,
                "linked_events": len(moving[:room]),
            },
            at=now,
        )
        timeline_append(
            crisis=s,
            kind=TimelineEntry.Kind.MERGED,
            message=f"Merged into crisis #{t.pk} by {who}" + (f": {reason}" if reason else ""),
            actor=who,
            data={"into": t.pk, "reason": reason},
            at=now,
        )
        verdict_refresh(t)
        enqueue("escalation.crisis_merged", source_id=s.pk, target_id=t.pk)
        crisis_broadcast(t)
        crisis_broadcast(s)
    return t


def crisis_split(*, crisis: Crisis, subjects: list[str], by_user=None, reason: str = "") -> Crisis:
    """Split `subjects` off `crisis` into an incident of their own (a person decided they are
    another story). Returns the new incident: it starts at the crisis' level with the linked
    events that name the split subjects and none of the remaining ones, its subjects' detector
    states follow it, and escalation opens its alert (people already paged about the story get
    an update, not a second page). Refuses (ValueError) unknown subjects or all of them."""
    who = actor_name(by_user)
    now = clock.now()
    with transaction.atomic():
        c = Crisis.objects.select_for_update().get(pk=crisis.pk)
        moving = [x for x in dict.fromkeys(subjects) if x]
        story = c.story_subjects
        unknown = [x for x in moving if x not in story]
        if c.status == Crisis.Status.RESOLVED:
            raise ValueError("a resolved crisis cannot be split")
        if not moving or unknown:
            raise ValueError(f"not subjects of this crisis: {', '.join(unknown) or 'none chosen'}")
        remaining = [x for x in story if x not in moving]
        if not remaining:
            raise ValueError("at least one subject must stay")
        new = Crisis.objects.create(
            subject=moving[0],
            subjects=moving,
            title=f"{subject_title(moving[0])}: split from crisis #{c.pk}"[:300],
            level=c.level,
            peak_level=c.level,
            status=Crisis.Status.OPEN,
            severity=c.severity,
            category=c.category,
            score=c.score,
            signals=c.signals,
            explanation=c.explanation,
            first_event_at=c.first_event_at,
            opened_at=now,
            split_from=c,
            split_at=now,
        )
        c.subject = remaining[0]
        c.subjects = remaining
        c.save(update_fields=["subject", "subjects"])
        links = CrisisEvent.objects.filter(crisis=c, event__subjects__overlap=moving).exclude(
            event__subjects__overlap=remaining
        )
        moved_events = links.update(crisis=new)
        for row in DetectorState.objects.select_for_update().filter(subject__in=moving):
            if (row.state or {}).get("crisis_id") == c.pk:
                row.state = {**row.state, "crisis_id": new.pk}
                row.save(update_fields=["state"])
        names = ", ".join(moving)
        timeline_append(
            crisis=c,
            kind=TimelineEntry.Kind.SPLIT,
            message=f"{names} split off into crisis #{new.pk} by {who}" + (f": {reason}" if reason else ""),
            actor=who,
            data={"split": new.pk, "subjects": moving, "reason": reason, "events": moved_events},
            at=now,
        )
        timeline_append(
            crisis=new,
            kind=TimelineEntry.Kind.SPLIT,
            message=f"Split from crisis #{c.pk} ({names}) by {who}" + (f": {reason}" if reason else ""),
            actor=who,
            data={"from": c.pk, "subjects": moving, "reason": reason, "events": moved_events},
            at=now,
        )
        verdict_refresh(c)
        level_changed(new, level=new.level, alert=new.level != Level.OK)
        crisis_broadcast(c)
        crisis_broadcast(new)
    return new


def crisis_leave(*, crisis: Crisis, subject: str, at: datetime | None = None, reason: str = "") -> None:
    """A subject stops driving the incident (its own activity calmed down, or moved to another
    story) while the story goes on: a timeline note, nothing else changes."""
    timeline_append(
        crisis=crisis,
        kind=TimelineEntry.Kind.STORY,
        message=f"{subject} no longer drives this incident" + (f": {reason}" if reason else ""),
        data={"subject": subject, "reason": reason, "left": True},
        at=at,
    )


def crisis_resolve_orphan(*, crisis: Crisis, calm_seconds: float) -> Crisis:
    """Resolve an incident no subject drives any more (each moved to another story or calmed
    down) once nothing happened in it for the calm period: its story went quiet."""
    now = clock.now()

    def change(c: Crisis) -> Entry | None:
        if c.status == Crisis.Status.RESOLVED:
            return None
        previous = c.level
        c.status = Crisis.Status.RESOLVED
        c.resolved_at = now
        c.level = Level.OK
        c.resolution_note = (
            f"Auto-resolved: no subject drives this story any more and nothing happened in it for "
            f"{calm_seconds / 60:.0f} min."
        )
        return Entry(
            kind=TimelineEntry.Kind.RESOLVED,
            message=f"Auto-resolved ({previous} → ok): {c.resolution_note}",
            data={"from": previous, "by": "stories"},
            at=now,
        )

    return transition(crisis=crisis, change=change, then=resolved)


_KEYWORDS = re.compile(r"(crisis keywords) \(([^)]*)\)(, )?", re.I)


def title_without(title: str, words: set[str]) -> str:
    """`title` with the keywords that share a word with `words` left out of its "crisis keywords
    (…)" list (the whole item goes when none is left)."""

    def keep(m: re.Match[str]) -> str:
        kept = [k for k in m.group(2).split(", ") if not set(k.lower().split()) & words]
        if not kept:
            return ""
        return f"{m.group(1)} ({', '.join(kept)})" + (m.group(3) or "")

    head, sep, rest = title.partition(": ")
    if not sep:
        return title
    left = _KEYWORDS.sub(keep, rest).rstrip(", ")
    if not left or left == rest:
        return title
    if rest[:1].isupper():  # the list led the title
        left = left[:1].upper() + left[1:]
    return f"{head}: {left}"


def crisis_open_beside(
    *,
    beside: Crisis,
    subject: str,
    level: str,
    result: dict,
    at: datetime,
    event_ids: list[int],
    about: str,
    reason: str,
) -> Crisis:
    """A second story on a subject whose incident goes on (a fee lawsuit on the bank during its
    payments outage): an incident of its own, which no detector state drives (the subject keeps
    driving `beside`). Its evidence moves over from `beside` where it was linked there; the new
    story's later events are linked to it as they come (crisis.live), and it resolves once it goes
    quiet (crisis.pipeline.stories_sweep). It pages on its own."""
    with transaction.atomic():
        new = crisis_open(
            subject=subject,
            level=level,
            result={**result, "explanation": f"A second story on {subject_title(subject)}: {about}."},
            at=at,
            alert=True,
            reason=reason,
            title=f"{subject_title(subject)}: {about}",
            driven=False,
        )
        moved = CrisisEvent.objects.filter(crisis=beside, event_id__in=event_ids).update(crisis=new)
        crisis_link_events(crisis=new, event_ids=event_ids, at=at)
        # The incident beside it was titled by its subject's keywords, which may already have
        # counted the second story's ("down, outage, lawsuit"): each story keeps its own words.
        title = title_without(beside.title, {t.strip().lower() for t in about.split(",")})
        if title != beside.title:
            Crisis.objects.filter(pk=beside.pk).update(title=title)
            beside.title = title
        timeline_append(
            crisis=beside,
            kind=TimelineEntry.Kind.STORY,
            message=f"A second story on {subject} is an incident of its own, crisis #{new.pk} ({about})"
            + (f"; {moved} of its events moved there" if moved else ""),
            data={"second": new.pk, "subject": subject, "moved": moved},
            at=at,
        )
        verdict_refresh(beside)
        verdict_refresh(new)
    return new
