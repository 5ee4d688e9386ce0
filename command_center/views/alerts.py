"""Alerts: mine / all open, and the alert page that notification links open (state, tiers,
delivery history); acknowledge, resolve and escalate through escalation's services."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from command_center.forms import AlertResolveForm, FeedbackForm
from command_center.selectors.alerts import (
    alert_get,
    alert_notifications,
    alert_rows,
    alerts_for_user,
    alerts_open,
)
from command_center.views._common import back, run_action
from escalation import feedback as escalation_feedback
from escalation import services as escalation_services
from escalation.models import Alert
from tenants.http_types import AuthenticatedHttpRequest
from tenants.permissions import manager_required, viewer_required


@require_GET
@viewer_required
def alert_list(request: HttpRequest) -> HttpResponse:
    scope = "mine" if request.GET.get("scope") == "mine" else "all"
    alerts = alerts_for_user(user=request.user) if scope == "mine" else alerts_open()
    return render(request, "command_center/alerts.html", {"scope": scope, "rows": alert_rows(alerts=alerts)})


def _alert(pk: int) -> Alert:
    alert = alert_get(alert_id=pk)
    if alert is None:
        raise Http404("no such alert")
    return alert


@require_GET
@viewer_required
def alert_detail(request: HttpRequest, pk: int) -> HttpResponse:
    alert = _alert(pk)
    return render(
        request,
        "command_center/alert_detail.html",
        {
            "alert": alert,
            "notifications": alert_notifications(alert=alert, limit=500),
            "steps": alert.policy_snapshot.get("steps", []),
            "feedback": list(alert.feedback.all()),
            "events": [e for e in (alert.details or {}).get("events", []) if isinstance(e, dict)],
        },
    )


@require_POST
@manager_required
def alert_acknowledge(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    alert = _alert(pk)
    run_action(
        request,
        "Acknowledge alert",
        lambda: escalation_services.alert_acknowledge(
            alert=alert, by_user=request.user, via="web", actor=request.user.email
        ),
    )
    return back(request, reverse("command_center:alerts"))


@require_POST
@manager_required
def alert_resolve(request: HttpRequest, pk: int) -> HttpResponse:
    alert = _alert(pk)
    form = AlertResolveForm(request.POST)
    note = form.cleaned_data["note"] if form.is_valid() else ""
    run_action(
        request,
        "Resolve alert",
        lambda: escalation_services.alert_resolve(alert=alert, by_user=request.user, via="web", note=note),
    )
    return back(request, reverse("command_center:alerts"))


@require_POST
@manager_required
def alert_escalate(request: HttpRequest, pk: int) -> HttpResponse:
    alert = _alert(pk)
    run_action(
        request,
        "Escalate now",
        lambda: escalation_services.alert_escalate_now(alert=alert, by_user=request.user),
    )
    return back(request, reverse("command_center:alerts"))


@require_POST
@manager_required
def alert_false_alarm(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """ "Not a crisis": the person's answer, as from the Slack button or the email link."""
    alert = _alert(pk)
    form = FeedbackForm(request.POST)
    note = form.cleaned_data["note"] if form.is_valid() else ""
    run_action(
        request,
        "Not a crisis",
        lambda: escalation_feedback.alert_feedback(
            alert=alert, via="web", actor=request.user.email, by_user=request.user, note=note
        ),
    )
    return back(request, reverse("command_center:alert_detail", args=[pk]))
