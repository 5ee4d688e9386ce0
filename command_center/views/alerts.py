"""Alerts: mine / all open, ACK and resolve, who was notified on which channel and whether delivered."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from command_center.forms import AlertResolveForm
from command_center.views import queries
from command_center.views._common import back, run_action, service
from tenants.permissions import manager_required, viewer_required


def alert_rows(alerts) -> list[dict]:
    return [
        {
            "alert": a,
            "open": queries.alert_is_open(a),
            "deadline": queries.alert_deadline(a) if queries.alert_is_open(a) else None,
            "notifications": queries.notifications_for(a),
        }
        for a in alerts
    ]


@require_GET
@viewer_required
def alert_list(request: HttpRequest) -> HttpResponse:
    scope = "mine" if request.GET.get("scope") == "mine" else "all"
    alerts = queries.alerts_for_user(request.user) if scope == "mine" else queries.alerts_open()
    return render(
        request,
        "command_center/alerts.html",
        {
            "scope": scope,
            "rows": alert_rows(list(alerts)[:200]),
            "escalation_ready": queries.alert_model() is not None,
        },
    )


def _alert(pk: int):
    alert = queries.alert_get(pk)
    if alert is None:
        raise Http404("no such alert")
    return alert


@require_POST
@manager_required
def alert_acknowledge(request: HttpRequest, pk: int) -> HttpResponse:
    alert = _alert(pk)
    run_action(
        request,
        "Acknowledge alert",
        lambda: service("escalation.services.alert_acknowledge")(
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
        lambda: service("escalation.services.alert_resolve")(
            alert=alert, by_user=request.user, via="web", note=note
        ),
    )
    return back(request, reverse("command_center:alerts"))
