"""The alert page that notification links open: state, tiers, delivery history, ACK/resolve."""

from __future__ import annotations

import contextlib

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from escalation import selectors, services
from tenants.roles import CRISIS_MANAGER, VIEWER, has_role


@login_required
def alert_detail(request: HttpRequest, pk: int) -> HttpResponse:
    if not has_role(request.user, VIEWER):
        return HttpResponseForbidden()
    alert = selectors.alert_get(alert_id=pk)
    if alert is None:
        raise Http404
    return render(
        request,
        "escalation/alert_detail.html",
        {
            "alert": alert,
            "notifications": selectors.alert_notifications(alert=alert),
            "steps": (alert.policy_snapshot or {}).get("steps", []),
            "can_act": has_role(request.user, CRISIS_MANAGER),
        },
    )


@login_required
@require_POST
def alert_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    if not has_role(request.user, CRISIS_MANAGER):
        return HttpResponseForbidden()
    alert = selectors.alert_get(alert_id=pk)
    if alert is None:
        raise Http404
    if action == "ack":
        services.alert_acknowledge(alert=alert, by_user=request.user, via="web", actor=request.user.email)
    elif action == "resolve":
        services.alert_resolve(
            alert=alert, by_user=request.user, via="web", note=request.POST.get("note", "")
        )
    elif action == "escalate":
        with contextlib.suppress(services.AlertStateError):
            services.alert_escalate_now(alert=alert, by_user=request.user)
    else:
        raise Http404
    return redirect("escalation:alert_detail", pk=pk)
