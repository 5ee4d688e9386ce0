"""The crisis archive: every crisis of the tenant, open or resolved, newest first, filtered and
paginated — where a crisis manager finds last month's incident and its post-mortem."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.core.paginator import Page, Paginator
from django.db.models import Q, QuerySet

from classification.models import Category, Severity
from crisis.models import Crisis, Level

PAGE_SIZE = 50


@dataclass(frozen=True)
class ArchiveFilters:
    status: str = ""  # "", "open" (open or acknowledged), "resolved"
    category: str = ""
    severity: str = ""
    peak: str = ""  # the highest level it reached
    q: str = ""  # words of its title, subject or resolution note

    @classmethod
    def from_mapping(cls, data) -> ArchiveFilters:
        def pick(name: str, allowed) -> str:
            value = str(data.get(name, "") or "")
            return value if value in allowed else ""

        return cls(
            status=pick("status", ("open", "resolved")),
            category=pick("category", Category.values),
            severity=pick("severity", Severity.values),
            peak=pick("peak", Level.values),
            q=str(data.get("q", "") or "").strip()[:200],
        )

    @property
    def active(self) -> bool:
        return any((self.status, self.category, self.severity, self.peak, self.q))


@dataclass(frozen=True)
class ArchiveRow:
    crisis: Crisis
    time_to_resolve: timedelta | None


def crises_archived(*, filters: ArchiveFilters) -> QuerySet[Crisis]:
    crises = Crisis.objects.select_related("owner").order_by("-opened_at", "-pk")
    if filters.status == "open":
        crises = crises.exclude(status=Crisis.Status.RESOLVED)
    elif filters.status == "resolved":
        crises = crises.filter(status=Crisis.Status.RESOLVED)
    if filters.category:
        crises = crises.filter(category=filters.category)
    if filters.severity:
        crises = crises.filter(severity=filters.severity)
    if filters.peak:
        crises = crises.filter(peak_level=filters.peak)
    for word in filters.q.split()[:8]:
        crises = crises.filter(
            Q(title__icontains=word)
            | Q(subject__icontains=word)
            | Q(subjects__contains=[word.lower()])
            | Q(resolution_note__icontains=word)
        )
    return crises


def archive_page(*, filters: ArchiveFilters, page: str | int | None) -> tuple[Page, list[ArchiveRow]]:
    """One page of the archive and its rows (time to resolve computed for resolved crises)."""
    paginator = Paginator(crises_archived(filters=filters), PAGE_SIZE)
    current = paginator.get_page(page)
    rows = [
        ArchiveRow(
            crisis=c,
            time_to_resolve=(c.resolved_at - c.opened_at) if c.resolved_at and c.opened_at else None,
        )
        for c in current.object_list
    ]
    return current, rows
