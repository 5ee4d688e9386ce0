"""Command center: active crises, the manual planning queue, live event feed with filters, counters."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from command_center.selectors.counters import counters
from command_center.selectors.crises import crisis_cards
from command_center.selectors.feed import FeedFilters, feed_events, filter_options
from response.selectors import manual_queue
from tenants.permissions import viewer_required


def command_center_context(*, filters: FeedFilters) -> dict:
    return {
        "cards": crisis_cards(),
        "events": feed_events(filters=filters),
        "filters": filters,
        "options": filter_options(),
        "counters": counters(),
        "manual_plans": manual_queue(),
    }


@require_GET
@viewer_required
def command_center(request: HttpRequest) -> HttpResponse:
    filters = FeedFilters.from_mapping(request.GET)
    template = "command_center/command_center.html"
    if request.htmx and request.htmx.target == "feed":
        template += "#feed"
    return render(request, template, command_center_context(filters=filters))
