"""The demo outbox: what each stakeholder received from the demo sinks, per channel, with the
provider-side buttons (Slack Acknowledge / Resolve, SMS reply) working through the platform's
real inbound endpoints, and the email / Teams ACK links as the recipient would open them."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from demo import outbox
from tenants.permissions import manager_required, viewer_required
from tenants.roles import CRISIS_MANAGER, has_role


def _origin(request: HttpRequest) -> str:
    """This server's own address (the provider's callback goes to the same platform)."""
    host = request.META.get("SERVER_NAME") or "127.0.0.1"
    if host in ("", "testserver") or not host[0].isdigit():
        host = "127.0.0.1"
    return f"http://{host}:{request.META.get('SERVER_PORT') or 8000}"


@viewer_required
def demo_outbox(request: HttpRequest) -> HttpResponse:
    context = {"groups": outbox.outbox_groups(), "can_act": has_role(request.user, CRISIS_MANAGER)}
    if request.htmx:
        return render(request, "demo/outbox.html#outbox", context)
    return render(request, "demo/outbox.html", context)


def _record(request: HttpRequest, record_id: int) -> dict:
    from django.db import connection

    record = outbox.recorder().get(connection.schema_name, record_id)
    if record is None:
        raise Http404("no such outbox message")
    return record


@require_POST
@manager_required
def demo_outbox_slack(request: HttpRequest, record_id: int) -> HttpResponse:
    record = _record(request, record_id)
    try:
        answer = outbox.slack_click(
            record=record,
            action_id=request.POST.get("action_id", ""),
            origin=_origin(request),
            host=request.get_host(),
        )
    except outbox.OutboxActionError as exc:
        messages.error(request, f"Slack: {exc}")
    else:
        messages.success(request, f"Slack answered: {answer}")
    return redirect("demo:outbox")


@require_POST
@manager_required
def demo_outbox_sms(request: HttpRequest, record_id: int) -> HttpResponse:
    record = _record(request, record_id)
    asked = request.POST.get("verb", "")
    verb = asked if asked in ("RES", "NO") else "ACK"
    try:
        answer = outbox.sms_reply(
            record=record,
            verb=verb,
            code=request.POST.get("code", ""),
            origin=_origin(request),
            host=request.get_host(),
        )
    except outbox.OutboxActionError as exc:
        messages.error(request, f"SMS: {exc}")
    else:
        messages.success(request, f"SMS reply answered: {answer}")
    return redirect("demo:outbox")
