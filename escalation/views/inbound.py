"""Inbound callbacks from providers: Slack buttons, Twilio SMS replies, signed email links
(acknowledge, resolve, and "not a crisis": stakeholder feedback, escalation.feedback).

Each verifies its provider's signature before it reads anything else; a bad signature is a 403
and changes nothing.
"""

from __future__ import annotations

import json
import logging
import re
import time

from django.conf import settings
from django.core import signing
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST
from slack_sdk.signature import SignatureVerifier
from twilio.request_validator import RequestValidator

from escalation import feedback, links, services
from escalation.models import Alert, ChannelConfig, Stakeholder

logger = logging.getLogger(__name__)

SMS_COMMAND = re.compile(r"^\s*(ACK|ACKNOWLEDGE|RES|RESOLVE|NO|FP|FALSE)\s+(\d{4,8})\s*$", re.IGNORECASE)


def _config(kind: str) -> ChannelConfig | None:
    return ChannelConfig.objects.filter(kind=kind).first()


# --- Slack ------------------------------------------------------------------------------------


@csrf_exempt
@require_POST
def slack_interactions(request: HttpRequest) -> HttpResponse:
    """Slack interactivity Request URL (block_actions from the Acknowledge / Resolve buttons).
    Verifies `X-Slack-Signature` (v0 HMAC-SHA256 of `v0:<timestamp>:<body>`) within the replay window."""
    config = _config("slack")
    secret = (config.secrets.get("signing_secret") if config else "") or ""
    verifier = SignatureVerifier(secret)
    timestamp = request.headers.get("X-Slack-Request-Timestamp", "")
    signature = request.headers.get("X-Slack-Signature", "")
    body = request.body.decode("utf-8", errors="replace")
    try:
        fresh = abs(time.time() - int(timestamp)) <= settings.ESCALATION_SLACK_REPLAY_WINDOW_SECONDS
    except ValueError:
        fresh = False
    if not secret or not fresh or not verifier.is_valid(body=body, timestamp=timestamp, signature=signature):
        logger.warning("Slack interaction refused: bad or stale signature")
        return HttpResponse("invalid signature", status=403)
    try:
        payload = json.loads(request.POST.get("payload", ""))
    except ValueError:
        return HttpResponse("bad payload", status=400)
    if payload.get("type") != "block_actions":
        return HttpResponse(status=200)
    slack_user = payload.get("user") or {}
    person = Stakeholder.objects.filter(slack_user_id=slack_user.get("id", "")).select_related("user").first()
    actor = person.name if person else f"slack:{slack_user.get('username') or slack_user.get('id', '?')}"
    by_user = person.user if person else None
    done = []
    for action in payload.get("actions", []):
        action_id = action.get("action_id")
        if action_id not in ("alert_ack", "alert_resolve", "alert_false_alarm"):
            continue
        alert_id = _int(action.get("value"))
        alert = Alert.objects.filter(pk=alert_id).first() if alert_id is not None else None
        if alert is None:
            continue
        if action_id == "alert_ack":
            alert = services.alert_acknowledge(alert=alert, by_user=by_user, via="slack", actor=actor)
        elif action_id == "alert_false_alarm":
            feedback.alert_feedback(
                alert=alert, via="slack", actor=actor, stakeholder=person, by_user=by_user
            )
            done.append(f"Alert #{alert.pk}: recorded as not a crisis.")
            continue
        else:
            alert = services.alert_resolve(
                alert=alert, by_user=by_user, via="slack", note=f"resolved by {actor} in Slack"
            )
        done.append(f"Alert #{alert.pk} is {alert.state}.")
    return JsonResponse(
        {"response_type": "ephemeral", "replace_original": False, "text": " ".join(done) or "Nothing to do."}
    )


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


# --- Twilio SMS -------------------------------------------------------------------------------


def _twiml(message: str) -> HttpResponse:
    from xml.sax.saxutils import escape

    body = f'<?xml version="1.0" encoding="UTF-8"?><Response><Message>{escape(message)}</Message></Response>'
    return HttpResponse(body, content_type="application/xml")


@csrf_exempt
@require_POST
def twilio_sms(request: HttpRequest) -> HttpResponse:
    """Twilio inbound-message webhook: "ACK 123456" acknowledges, "RES 123456" resolves, "NO 123456"
    answers "not a crisis" (a false alarm).
    Verifies `X-Twilio-Signature` against the URL Twilio called and the form parameters; only a
    stakeholder's registered phone number may act."""
    config = _config("sms")
    token = (config.secrets.get("auth_token") if config else "") or ""
    url = (config.config.get("inbound_url") if config else "") or request.build_absolute_uri()
    signature = request.headers.get("X-Twilio-Signature", "")
    # The whole form, repeated parameters included: Twilio signs every value of a repeated field
    # and the SDK's validator reads them all from a QueryDict (a dict of last values would not match).
    params = request.POST
    if not token or not RequestValidator(token).validate(url, params, signature):
        logger.warning("Twilio webhook refused: bad signature")
        return HttpResponse("invalid signature", status=403)
    sender = params.get("From", "")
    person = Stakeholder.objects.filter(phone=sender, is_active=True).select_related("user").first()
    if person is None:
        return _twiml("This number is not registered with CrisisOps.")
    match = SMS_COMMAND.match(params.get("Body", ""))
    if not match:
        return _twiml(
            'Reply "ACK <code>" to acknowledge, "NO <code>" if it is not a crisis, or "RES <code>" to resolve.'
        )
    verb, code = match.group(1).upper(), match.group(2)
    alert = (
        Alert.objects.filter(ack_code=code)
        .exclude(state=Alert.State.RESOLVED)
        .order_by("-triggered_at")
        .first()
    )
    if alert is None:
        return _twiml(f"No open alert with code {code}.")
    if verb.startswith("ACK"):
        alert = services.alert_acknowledge(alert=alert, by_user=person.user, via="sms", actor=person.name)
    elif verb in ("NO", "FP", "FALSE"):
        feedback.alert_feedback(
            alert=alert, via="sms", actor=person.name, stakeholder=person, by_user=person.user
        )
        return _twiml(f"Alert #{alert.pk}: recorded as not a crisis. Thank you.")
    else:
        alert = services.alert_resolve(
            alert=alert, by_user=person.user, via="sms", note=f"resolved by {person.name} by SMS"
        )
    return _twiml(f"Alert #{alert.pk} {alert.title[:60]}: {alert.state}.")


# --- Signed email / Teams links ---------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def email_action(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows what the link will do and one button; POST does it. (A GET that acted would be
    clicked by mail scanners — Safe Links, Mimecast — and silently ACK every alert.)"""
    try:
        payload = links.action_token_read(token=token, schema_name=connection.schema_name)
    except signing.BadSignature:
        return render(request, "escalation/link_invalid.html", status=403)
    alert = Alert.objects.filter(pk=payload["a"]).first()
    if alert is None:
        return render(request, "escalation/link_invalid.html", status=403)
    person_id = payload.get("r")
    person = (
        Stakeholder.objects.filter(pk=person_id).select_related("user").first()
        if person_id is not None
        else None
    )
    action = payload["x"]
    if request.method == "POST":
        actor = person.name if person else "email link"
        by_user = person.user if person else None
        if action == "ack":
            alert = services.alert_acknowledge(alert=alert, by_user=by_user, via="email", actor=actor)
        elif action == "false_alarm":
            feedback.alert_feedback(
                alert=alert, via="email", actor=actor, stakeholder=person, by_user=by_user
            )
            alert.refresh_from_db()
        else:
            alert = services.alert_resolve(
                alert=alert, by_user=by_user, via="email", note=f"resolved by {actor} from email"
            )
        return render(
            request, "escalation/link_done.html", {"alert": alert, "action": action, "person": person}
        )
    return render(
        request,
        "escalation/link_confirm.html",
        {
            "alert": alert,
            "action": action,
            "person": person,
            "max_age_hours": settings.ESCALATION_LINK_MAX_AGE_SECONDS // 3600,
        },
    )
