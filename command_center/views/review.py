"""Review queue: low-confidence classifications confirmed or corrected by a person (ground truth)."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from classification import services as classification_services
from classification.models import Category, ReviewItem, Severity
from command_center.forms import ReviewDecisionForm
from command_center.selectors.ai import llm_tier_status
from command_center.selectors.review import review_pending_count, review_queue
from command_center.views._common import back, run_action
from tenants.permissions import manager_required, viewer_required


def review_context() -> dict:
    return {
        "items": review_queue(),
        "pending_count": review_pending_count(),
        "severities": Severity.choices,
        "categories": Category.choices,
    }


@require_GET
@viewer_required
def review_page(request: HttpRequest) -> HttpResponse:
    template = "command_center/review.html"
    if request.htmx and request.htmx.target == "review-list":
        template += "#review_list"
    return render(request, template, {**review_context(), "llm": llm_tier_status()})


@require_POST
@manager_required
def review_decide(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(ReviewItem, pk=pk)
    form = ReviewDecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, "; ".join(str(e) for errs in form.errors.values() for e in errs))
        return back(request, reverse("command_center:review"))
    data = form.cleaned_data
    confirm = data["decision"] == "confirm"
    severity = item.proposed_severity if confirm else data["severity"]
    category = item.proposed_category if confirm else data["category"]
    ok = run_action(
        request,
        "Confirm" if confirm else "Correction",
        lambda: classification_services.review_item_decide(
            item=item, by=request.user, severity=severity, category=category
        ),
    )
    if request.htmx and ok:
        # The row leaves the queue; the next one takes focus (static/js/review.js).
        return render(request, "command_center/review.html#review_list", review_context())
    return back(request, reverse("command_center:review"))
