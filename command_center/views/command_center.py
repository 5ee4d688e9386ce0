"""Command center: active crises, live event feed with filters, counters."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from command_center.views import queries
from tenants.permissions import viewer_required


def command_center_context(*, filters: queries.FeedFilters) -> dict:
    return {
        "cards": queries.crisis_cards(),
        "events": queries.feed_events(filters=filters),
        "filters": filters,
        "options": queries.filter_options(),
        "counters": queries.counters(),
        "source_icons": queries.SOURCE_ICONS,
    }


@require_GET
@viewer_required
def command_center(request: HttpRequest) -> HttpResponse:
    filters = queries.FeedFilters.from_mapping(request.GET)
    context = command_center_context(filters=filters)
    template = "command_center/command_center.html"
    if request.htmx and request.htmx.target == "feed":
        template += "#feed"
    return render(request, template, context)
