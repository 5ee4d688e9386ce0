"""Template filters of the command center (presentation only)."""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString

from classification.models import Classification
from command_center import charts
from command_center.selectors import feed
from ingestion import sanitize
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


@register.filter
def http_url(value) -> str:
    """The value if it is an absolute http(s) URL, else "": a link we render is never
    `javascript:`, `data:` or relative, whatever a source (or an older row) holds."""
    return sanitize.http_url(value)


@register.filter
def seconds_human(seconds) -> str:
    """3h 20m, 12m, 40s; "—" without a value."""
    if seconds in (None, ""):
        return "—"
    seconds = int(float(seconds))
    hours, rest = divmod(seconds, 3600)
    if hours:
        return f"{hours}h {rest // 60:02d}m"
    return f"{rest // 60}m" if rest >= 60 else f"{rest}s"
