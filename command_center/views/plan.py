"""The response plan's actions on the crisis page: move a task (start, done, skip with a reason)
and take a crisis from the manual planning queue. Crisis managers and admins only.

From the page (HTMX) the answer is the plan panel itself, rendered after the change committed,
with the outcome as a notice: the page keeps its live socket, and a second click made before an
earlier answer arrived is never shown against a stale panel. A plain form is redirected back."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from command_center.views._common import back, run_action
from crisis.models import Crisis
from response import selectors as response_selectors
from response import services as response_services
from response.models import ResponseTask
from tenants.permissions import manager_required


class TaskStatusForm(forms.Form):
    status = forms.ChoiceField(choices=ResponseTask.Status.choices)
    reason = forms.CharField(required=False, max_length=500)


def _plan_url(pk: int) -> str:
    return reverse("command_center:crisis_detail", args=[pk]) + "#plan"


def _answer(request: HttpRequest, pk: int) -> HttpResponse:
    """HTMX: the fresh panel with the action's outcome (the message is taken here, so it is not
    shown again on the next page). A plain form: back to the plan on the crisis page."""
    if not request.htmx:
        return back(request, _plan_url(pk))
    crisis = get_object_or_404(Crisis, pk=pk)
    context = {
        "crisis": crisis,
        "panel": response_selectors.plan_panel(crisis=crisis),
        "notices": list(messages.get_messages(request)),
    }
    return render(request, "command_center/_plan.html", context)


@require_POST
@manager_required
def plan_task_status(request: HttpRequest, pk: int, task_id: int) -> HttpResponse:
    task = response_selectors.task_get(task_id=task_id)
    if task is None or task.plan.crisis_id != pk:
        raise Http404("no such task on this crisis")
    form = TaskStatusForm(request.POST)

    def call() -> None:
        if not form.is_valid():
            raise ValueError("choose open, in progress, done or skipped")
        response_services.task_set_status(
            task=task,
            status=form.cleaned_data["status"],
            by_user=request.user,
            reason=form.cleaned_data["reason"],
        )

    run_action(request, f"Task “{task.title}”", call)
    return _answer(request, pk)


@require_POST
@manager_required
def plan_take(request: HttpRequest, pk: int) -> HttpResponse:
    plan = response_selectors.plan_get(crisis_id=pk)
    if plan is None:
        raise Http404("this crisis has no plan")
    run_action(
        request, "Take the planning", lambda: response_services.plan_take(plan=plan, by_user=request.user)
    )
    return _answer(request, pk)
