"""Template filters of the command center (presentation only)."""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString

from classification.models import Classification
from command_center import charts
from command_center.selectors import feed
from ingestion.models import Event

register = template.Library()


@register.filter
def classification_of(event: Event) -> Classification | None:
    """The event's Classification, or None while it is still being classified."""
    return feed.classification_of(event)


@register.filter
def source_icon(event: Event) -> str:
    return feed.SOURCE_ICONS.get(event.platform, feed.SOURCE_ICONS["other"])


@register.filter
def sparkline(values, label: str = "score trend") -> SafeString:
    return charts.sparkline(list(values or []), label=label)
