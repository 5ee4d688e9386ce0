"""The live event feed: newest canonical events, narrowed by the tab's filters."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import urlencode

from classification.models import Category, Classification, Severity
from ingestion.models import Event, Source, WatchTerm

SOURCE_ICONS = {
    "twitter": "𝕏",
    "reddit": "◉",
    "news": "▤",
    "rss": "◎",
    "support": "✉",
    "logs": "≣",
    "alerts": "⚠",
    "other": "•",
}


def classification_of(event: Event) -> Classification | None:
    """The event's classification, or None while it is still being classified."""
    try:
        return event.classification
    except Classification.DoesNotExist:
        return None


@dataclass
class FeedFilters:
    severity: str = ""
    category: str = ""
    source: str = ""
    subject: str = ""

    @classmethod
    def from_mapping(cls, data: Any) -> FeedFilters:
        """From a QueryDict (page), a parsed query string (socket: lists) or a JSON message."""

        def get(key: str) -> str:
            value = data.get(key, "") if data is not None else ""
            if isinstance(value, list):
                value = value[0] if value else ""
            return str(value or "")[:80]

        return cls(
            severity=get("severity"), category=get("category"), source=get("source"), subject=get("subject")
        )

    def as_query(self) -> str:
        return urlencode({k: v for k, v in asdict(self).items() if v})

    def active(self) -> bool:
        return any(asdict(self).values())

    def matches(self, event: Event) -> bool:
        cls = classification_of(event)
        if self.severity and (cls is None or cls.severity != self.severity):
            return False
        if self.category and (cls is None or cls.category != self.category):
            return False
        if self.source and event.source.slug != self.source:
            return False
        return not (self.subject and self.subject not in (event.subjects or []))


def feed_events(*, filters: FeedFilters, limit: int = 40) -> list[Event]:
    qs = Event.objects.filter(canonical__isnull=True).select_related("source", "classification")
    if filters.severity:
        qs = qs.filter(classification__severity=filters.severity)
    if filters.category:
        qs = qs.filter(classification__category=filters.category)
    if filters.source:
        qs = qs.filter(source__slug=filters.source)
    if filters.subject:
        qs = qs.filter(subjects__contains=[filters.subject])
    return list(qs.order_by("-ingested_at", "-id")[:limit])


def event_get(*, event_id: int | None) -> Event | None:
    if not event_id:
        return None
    return Event.objects.select_related("source", "classification").filter(pk=event_id).first()


def filter_options() -> dict[str, Any]:
    return {
        "severities": Severity.values,
        "categories": Category.choices,
        "sources": list(Source.objects.order_by("name").values_list("slug", "name")),
        "subjects": list(WatchTerm.objects.order_by("name").values_list("slug", "name")),
    }
