"""Signed links in notifications (one-click ACK / resolve from an email) and dashboard URLs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core import signing
from django.urls import reverse

if TYPE_CHECKING:
    from escalation.models import Alert, Stakeholder

SALT = "escalation.action-link"
ACTIONS = ("ack", "resolve", "false_alarm")

# The alert page a notification links to. The command center serves it, and escalation may not
# import the command center (a later floor), so the path is a contract rather than a reverse()
# of a name escalation does not own: links sit in inboxes and chat history for days and must keep
# opening the page. tests/command_center checks that the command center serves this path.
ALERT_PATH = "/alerts/{alert_id}/"


def base_url(host: str) -> str:
    return settings.PUBLIC_URL_TEMPLATE.format(host=host).rstrip("/")


def alert_url(*, alert: Alert, host: str) -> str:
    return base_url(host) + ALERT_PATH.format(alert_id=alert.pk)


def action_token(*, alert: Alert, schema_name: str, action: str, recipient: Stakeholder | None) -> str:
    if action not in ACTIONS:
        raise ValueError(action)
    payload = {"s": schema_name, "a": alert.pk, "x": action, "r": recipient.pk if recipient else None}
    return signing.dumps(payload, salt=SALT, compress=True)


def email_action_url(
    *, alert: Alert, host: str, schema_name: str, action: str, recipient: Stakeholder | None
) -> str:
    token = action_token(alert=alert, schema_name=schema_name, action=action, recipient=recipient)
    return base_url(host) + reverse("escalation:email_action", args=[token])


def action_token_read(*, token: str, schema_name: str) -> dict[str, Any]:
    """The payload of a valid, unexpired token for this tenant; `signing.BadSignature` otherwise
    (tampered, expired, or minted for another tenant)."""
    payload = signing.loads(token, salt=SALT, max_age=settings.ESCALATION_LINK_MAX_AGE_SECONDS)
    if payload.get("s") != schema_name or payload.get("x") not in ACTIONS:
        raise signing.BadSignature("token of another tenant or action")
    return payload
