"""A crisis' evidence and the verdict it gives.

Evidence: the events linked to the crisis (the top ones by reach, at most `MAX_LINKED_EVENTS`),
each one a timeline entry. Verdict: severity is the more severe of the level's mapping
(critical → P0, high → P1, warning → P2) and the most common severity among the linked events'
classifications; category is the most common non-"none" category among them (default "pr").
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from crisis.models import Crisis, CrisisEvent, Level, TimelineEntry
from crisis.timeline import timeline_append
from tenants import clock

LEVEL_SEVERITY = {Level.CRITICAL: "P0", Level.HIGH: "P1", Level.WARNING: "P2", Level.OK: "P3"}
MAX_LINKED_EVENTS = 200


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
        verdict_refresh(crisis)
    return linked


def verdict_refresh(crisis: Crisis) -> None:
    """Set the crisis' severity and category from its level and its linked events' classifications,
    and its sources (what routing rules see) from its linked events, most frequent first."""
    from classification.models import Classification
    from ingestion.models import Event

    slugs = Counter(Event.objects.filter(crises=crisis).values_list("source__slug", flat=True))
    sources = [slug for slug, _ in slugs.most_common(20)]
    if sources != list(crisis.sources or []):
        Crisis.objects.filter(pk=crisis.pk).update(sources=sources)
        crisis.sources = sources
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
