"""Template filters of the command center (presentation only)."""

from __future__ import annotations

from django import template

from command_center.views import charts, queries

register = template.Library()


@register.filter
def classification_of(event):
    """The event's Classification, or None while it is still being classified."""
    try:
        return event.classification
    except Exception:
        return None


@register.filter
def source_icon(event) -> str:
    return queries.SOURCE_ICONS.get(getattr(event, "platform", ""), "•")


@register.filter
def sparkline(values, label: str = "score trend"):
    return charts.sparkline(list(values or []), label=label)


@register.filter
def attr(obj, names: str):
    """First present attribute among comma-separated names (contracts still settling)."""
    return queries.first_attr(obj, *[n.strip() for n in names.split(",")], default="")


@register.filter
def alert_deadline(alert):
    return queries.alert_deadline(alert)
