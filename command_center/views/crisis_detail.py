"""Crisis detail and its actions: acknowledge, escalate now, assign, add note, resolve."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from command_center.forms import AssignForm, NoteForm, ResolveForm
from command_center.views import actions, charts, queries
from command_center.views._common import back, run_action, service
from crisis.models import Crisis, Level
from tenants.permissions import manager_required, viewer_required
from tenants.roles import ADMIN, CRISIS_MANAGER


def thresholds() -> tuple[tuple[float, str], ...]:
    """The tenant's level thresholds (detector configuration), for the score chart."""
    from crisis.models import DetectorConfig

    cfg = DetectorConfig.objects.first() or DetectorConfig()
    return (
        (cfg.warning_threshold, "warning"),
        (cfg.high_threshold, "high"),
        (cfg.critical_threshold, "critical"),
    )


def crisis_detail_context(crisis: Crisis) -> dict:
    card = queries.crisis_card(crisis)
    return {
        "crisis": crisis,
        "card": card,
        "timeline": list(crisis.timeline.all()[:500]),
        "chart": charts.line_chart(
            queries.crisis_score_points(crisis),
            label=f"Crisis score over time for {crisis.title}",
            thresholds=thresholds(),
            y_max=1.0,
        ),
        "top_events": queries.crisis_top_events(crisis),
        # Who was notified, also once the crisis is over (the post-mortem question).
        "notifications": queries.notifications_for(
            card.alert or queries.alert_for_crisis(crisis, include_resolved=True)
        ),
        "assign_form": AssignForm(initial={"owner": crisis.owner_id}),
        "note_form": NoteForm(),
        "resolve_form": ResolveForm(),
        "levels": Level,
        "thresholds": thresholds(),
        "source_icons": queries.SOURCE_ICONS,
    }


@require_GET
@viewer_required
def crisis_detail(request: HttpRequest, pk: int) -> HttpResponse:
    crisis = get_object_or_404(Crisis.objects.select_related("owner"), pk=pk)
    return render(request, "command_center/crisis_detail.html", crisis_detail_context(crisis))


def _crisis(pk: int) -> Crisis:
    return get_object_or_404(Crisis, pk=pk)


@require_POST
@manager_required
def crisis_acknowledge(request: HttpRequest, pk: int) -> HttpResponse:
    crisis = _crisis(pk)
    run_action(
        request,
        "Acknowledge",
        lambda: actions.crisis_acknowledge_everywhere(crisis=crisis, by_user=request.user),
    )
    return back(request, reverse("command_center:crisis_detail", args=[pk]))


@require_POST
@manager_required
def crisis_escalate_now(request: HttpRequest, pk: int) -> HttpResponse:
    crisis = _crisis(pk)

    def call() -> None:
        alert = queries.alert_for_crisis(crisis)
        if alert is None:
            raise ValueError("this crisis has no open alert to escalate")
        service("escalation.services.alert_escalate_now")(alert=alert, by_user=request.user)

    run_action(request, "Escalate now", call)
    return back(request, reverse("command_center:crisis_detail", args=[pk]))


@require_POST
@manager_required
def crisis_assign(request: HttpRequest, pk: int) -> HttpResponse:
    crisis = _crisis(pk)
    form = AssignForm(request.POST)

    def call() -> None:
        if not form.is_valid():
            raise ValueError("choose a person to assign")
        service("crisis.services.crisis_assign")(
            crisis=crisis, owner=form.cleaned_data["owner"], by_user=request.user
        )

    run_action(request, "Assign", call)
    return back(request, reverse("command_center:crisis_detail", args=[pk]))


@require_POST
@manager_required
def crisis_add_note(request: HttpRequest, pk: int) -> HttpResponse:
    crisis = _crisis(pk)
    form = NoteForm(request.POST)

    def call() -> None:
        if not form.is_valid():
            raise ValueError("a note needs some text")
        service("crisis.services.crisis_add_note")(
            crisis=crisis, by_user=request.user, text=form.cleaned_data["text"]
        )

    run_action(request, "Add note", call)
    return back(request, reverse("command_center:crisis_detail", args=[pk]))


@require_POST
@manager_required
def crisis_resolve(request: HttpRequest, pk: int) -> HttpResponse:
    crisis = _crisis(pk)
    form = ResolveForm(request.POST)

    def call() -> None:
        if not form.is_valid():
            raise ValueError("a resolution note is required")
        service("crisis.services.crisis_resolve")(
            crisis=crisis, by_user=request.user, note=form.cleaned_data["note"]
        )

    run_action(request, "Resolve", call)
    return back(request, reverse("command_center:crisis_detail", args=[pk]))


def assignable_users():
    """People who may own a crisis: crisis managers and admins of this tenant."""
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name__in=[ADMIN, CRISIS_MANAGER])
        .distinct()
        .order_by("email")
    )
