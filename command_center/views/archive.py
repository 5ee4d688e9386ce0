"""The crisis archive page (every crisis, filters, pages of 50): the way back to a past
incident's page and its post-mortem."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from classification.models import Category, Severity
from command_center.selectors.archive import ArchiveFilters, archive_page
from crisis.models import Level
from tenants.permissions import viewer_required


@require_GET
@viewer_required
def crisis_archive(request: HttpRequest) -> HttpResponse:
    filters = ArchiveFilters.from_mapping(request.GET)
    page, rows = archive_page(filters=filters, page=request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "command_center/archive.html",
        {
            "filters": filters,
            "page": page,
            "rows": rows,
            "query": query.urlencode(),
            "options": {
                "categories": Category.choices,
                "severities": Severity.values,
                "levels": Level.choices,
            },
        },
    )
