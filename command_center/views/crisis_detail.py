"""Crisis detail and its actions: acknowledge, escalate now, assign, add note, resolve, and the
story actions: merge another crisis into this one, split subjects off into their own."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from command_center import charts
from command_center import services as cc_services
from command_center.forms import AssignForm, MergeForm, NoteForm, ResolveForm, SplitForm
from command_center.selectors.ai import crisis_summary_status
from command_center.selectors.alerts import alert_for_crisis, crisis_notifications
from command_center.selectors.crises import (
    crisis_card,
    crisis_score_points,
    crisis_top_events,
    level_thresholds,
)
from command_center.views._common import back, run_action
from crisis import services as crisis_services
from crisis import story_services
from crisis.models import Crisis
from crisis.selectors import crisis_timeline
from escalation import services as escalation_services
from response.selectors import plan_panel
from tenants.permissions import manager_required, viewer_required
from tenants.roles import ADMIN, CRISIS_MANAGER


def score_chart(*, crisis: Crisis):
    return charts.line_chart(
        crisis_score_points(crisis=crisis),
        label=f"Crisis score over time for {crisis.title}",
        thresholds=level_thresholds(),
        y_max=1.0,
    )


def crisis_detail_context(*, crisis: Crisis) -> dict:
    card = crisis_card(crisis=crisis)
    # Who was notified, also once the crisis is over (the post-mortem question).
    alert = card.alert or alert_for_crisis(crisis=crisis, include_resolved=True)
    return {
        "crisis": crisis,
        "card": card,
        # The whole story: its own entries, those of crises merged into it, its parent's before a split.
        "timeline": list(crisis_timeline(crisis=crisis)[:500]),
        "chart": score_chart(crisis=crisis),
        "top_events": crisis_top_events(crisis=crisis),
        "alert": alert,
        "notifications": crisis_notifications(crisis=crisis),
        "summary_status": None if crisis.ai_summary else crisis_summary_status(crisis=crisis),
        "assign_form": AssignForm(users=assignable_users(), initial={"owner": crisis.owner_id}),
        "note_form": NoteForm(),
        "resolve_form": ResolveForm(),
        "merge_form": MergeForm(crises=merge_candidates(crisis=crisis)),
        "split_form": SplitForm(subjects=crisis.story_subjects) if len(crisis.story_subjects) > 1 else None,
        "merged_from": list(crisis.merged_from.order_by("pk")),
        "split_off": list(crisis.split_off.order_by("pk")),
        "thresholds": level_thresholds(),
        "plan": plan_panel(crisis=crisis),
    }


def merge_candidates(*, crisis: Crisis):
    """Other unresolved crises (a resolved one is history; reopen it first)."""
    return Crisis.objects.exclude(status=Crisis.Status.RESOLVED).exclude(pk=crisis.pk).order_by("-opened_at")


@require_GET
@viewer_required
def crisis_detail(request: HttpRequest, pk: int) -> HttpResponse:
    crisis = get_object_or_404(Crisis.objects.select_related("owner", "resolved_by"), pk=pk)
    return render(request, "command_center/crisis_detail.html", crisis_detail_context(crisis=crisis))


def _crisis(pk: int) -> Crisis:
    return get_object_or_404(Crisis, pk=pk)


def _detail_url(pk: int) -> str:
    return reverse("command_center:crisis_detail", args=[pk])


@require_POST
@manager_required
def crisis_acknowledge(request: HttpRequest, pk: int) -> HttpResponse:
    crisis = _crisis(pk)
    run_action(
        request,
        "Acknowledge",
        lambda: cc_services.crisis_acknowledge_everywhere(crisis=crisis, by_user=request.user),
    )
    return back(request, _detail_url(pk))


@require_POST
@manager_required
def crisis_escalate_now(request: HttpRequest, pk: int) -> HttpResponse:
    crisis = _crisis(pk)

    def call() -> None:
        alert = alert_for_crisis(crisis=crisis)
        if alert is None:
            raise ValueError("this crisis has no open alert to escalate")
        escalation_services.alert_escalate_now(alert=alert, by_user=request.user)

    run_action(request, "Escalate now", call)
    return back(request, _detail_url(pk))


@require_POST
@manager_required
def crisis_assign(request: HttpRequest, pk: int) -> HttpResponse:
    crisis = _crisis(pk)
    form = AssignForm(request.POST, users=assignable_users())

    def call() -> None:
        if not form.is_valid():
            raise ValueError("choose a person to assign")
        crisis_services.crisis_assign(crisis=crisis, owner=form.cleaned_data["owner"], by_user=request.user)

    run_action(request, "Assign", call)
    return back(request, _detail_url(pk))


@require_POST
@manager_required
def crisis_add_note(request: HttpRequest, pk: int) -> HttpResponse:
    crisis = _crisis(pk)
    form = NoteForm(request.POST)

    def call() -> None:
        if not form.is_valid():
            raise ValueError("a note needs some text")
        crisis_services.crisis_add_note(crisis=crisis, by_user=request.user, text=form.cleaned_data["text"])

    run_action(request, "Add note", call)
    return back(request, _detail_url(pk))


@require_POST
@manager_required
def crisis_resolve(request: HttpRequest, pk: int) -> HttpResponse:
    crisis = _crisis(pk)
    form = ResolveForm(request.POST)

    def call() -> None:
        if not form.is_valid():
            raise ValueError("a resolution note is required")
        crisis_services.crisis_resolve(crisis=crisis, by_user=request.user, note=form.cleaned_data["note"])

    run_action(request, "Resolve", call)
    return back(request, _detail_url(pk))


@require_POST
@manager_required
def crisis_merge(request: HttpRequest, pk: int) -> HttpResponse:
    crisis = _crisis(pk)
    form = MergeForm(request.POST, crises=merge_candidates(crisis=crisis))

    def call() -> None:
        if not form.is_valid():
            raise ValueError("choose an unresolved crisis to merge into this one")
        story_services.crisis_merge(
            target=crisis,
            source=form.cleaned_data["source"],
            by_user=request.user,
            reason=form.cleaned_data["reason"],
        )

    run_action(request, "Merge", call)
    return back(request, _detail_url(pk))


@require_POST
@manager_required
def crisis_split(request: HttpRequest, pk: int) -> HttpResponse:
    crisis = _crisis(pk)
    form = SplitForm(request.POST, subjects=crisis.story_subjects)
    created: list[Crisis] = []

    def call() -> None:
        if not form.is_valid():
            raise ValueError(
                "; ".join(str(e) for errs in form.errors.values() for e in errs) or "choose subjects"
            )
        created.append(
            story_services.crisis_split(
                crisis=crisis,
                subjects=form.cleaned_data["subjects"],
                by_user=request.user,
                reason=form.cleaned_data["reason"],
            )
        )

    run_action(request, "Split", call)
    return back(request, _detail_url(created[0].pk if created else pk))


def assignable_users() -> QuerySet:
    """People who may own a crisis: crisis managers and admins of this tenant."""
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name__in=[ADMIN, CRISIS_MANAGER])
        .distinct()
        .order_by("email")
    )
