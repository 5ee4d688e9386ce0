"""Reads for crises."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from crisis.models import Crisis, TimelineEntry


def crisis_list_active() -> QuerySet[Crisis]:
    return Crisis.objects.exclude(status=Crisis.Status.RESOLVED).order_by("-score")


def crisis_get(*, crisis_id: int) -> Crisis:
    return Crisis.objects.get(pk=crisis_id)


def crisis_timeline(*, crisis: Crisis) -> QuerySet[TimelineEntry]:
    """The incident's whole timeline, oldest first: its own entries, those of every crisis merged
    into it (at any depth), and for an incident split off another, the parent's whole timeline up
    to the split. Entries never move between crises, so each keeps its own history too."""
    cond = Q(crisis_id__in=_with_merged(crisis.pk))
    parent, until = crisis.split_from_id, crisis.split_at
    for _ in range(10):  # a split of a split…
        if parent is None or until is None:
            break
        cond |= Q(crisis_id__in=_with_merged(parent), at__lt=until)
        row = Crisis.objects.filter(pk=parent).values_list("split_from_id", "split_at").first()
        parent, until = (row[0], min(until, row[1]) if row[1] else None) if row else (None, None)
    return TimelineEntry.objects.filter(cond).order_by("at", "id")


def _with_merged(pk: int) -> set[int]:
    ids = {pk}
    frontier = [pk]
    while frontier:
        frontier = [
            x
            for x in Crisis.objects.filter(merged_into__in=frontier).values_list("pk", flat=True)
            if x not in ids
        ]
        ids.update(frontier)
    return ids


def crisis_score_samples(*, crisis: Crisis, limit: int = 2000) -> list[dict]:
    """Chart data: time, score, level and each signal's value, oldest first."""
    from crisis.models import ScoreSample

    rows = (
        ScoreSample.objects.filter(crisis=crisis)
        .order_by("-at")[:limit]
        .values("at", "score", "level", "signals")
    )
    return [dict(row) for row in rows][::-1]


def subject_score_samples(*, subject: str, since=None, limit: int = 2000) -> list[dict]:
    from crisis.models import ScoreSample

    qs = ScoreSample.objects.filter(subject=subject)
    if since is not None:
        qs = qs.filter(at__gte=since)
    return [dict(row) for row in qs.order_by("-at")[:limit].values("at", "score", "level", "signals")][::-1]


def subject_states() -> QuerySet:
    """Every subject the detector has evaluated, hottest first (the 'watch list' panel)."""
    from crisis.models import DetectorState

    return DetectorState.objects.order_by("-last_score")


def crisis_list_recent(*, limit: int = 50) -> QuerySet[Crisis]:
    return Crisis.objects.order_by("-opened_at")[:limit]
