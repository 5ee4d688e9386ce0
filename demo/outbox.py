"""What each stakeholder received (the demo sinks' records, grouped per person and channel) and the
provider-side actions the outbox page performs through the platform's real inbound endpoints:

- a Slack button (Acknowledge, Not a crisis, Resolve) → a signed `block_actions` interaction to
  `escalation:slack_interactions`;
- an SMS reply "ACK <code>" or "NO <code>" (not a crisis) → a signed Twilio inbound-message
  webhook to `escalation:twilio_sms`;
- email / Teams links are the platform's own signed ACK links, opened by the browser as they are.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx
from django.conf import settings
from django.db import connection
from django.urls import NoReverseMatch, reverse
from twilio.request_validator import RequestValidator

from demo.sinks import OutboxRecorder
from escalation import links
from escalation.models import Alert, ChannelConfig, Stakeholder

CHANNEL_LABELS = {
    "email": "Email",
    "slack": "Slack",
    "sms": "SMS",
    "teams": "Teams",
    "pagerduty": "PagerDuty",
    "webhook": "Webhook",
}
_ALERT_RE = re.compile(r"Alert #(\d+)")
_CODE_RE = re.compile(r"\b(?:ACK|code)\s+(\d{6})\b", re.IGNORECASE)


@dataclass
class OutboxMessage:
    record: dict[str, Any]
    at: datetime | None
    channel: str
    label: str
    alert: Alert | None = None
    links: list[dict[str, str]] = field(default_factory=list)
    slack_actions: list[dict[str, str]] = field(default_factory=list)
    sms_code: str = ""


@dataclass
class OutboxGroup:
    key: str
    name: str
    role: str
    messages: list[OutboxMessage] = field(default_factory=list)

    @property
    def channels(self) -> list[str]:
        return sorted({CHANNEL_LABELS.get(m.channel, m.channel) for m in self.messages})


def recorder() -> OutboxRecorder:
    return OutboxRecorder(settings.REDIS_URL)


def _alerts(ids: set[int]) -> dict[int, Alert]:
    return {a.pk: a for a in Alert.objects.filter(pk__in=ids)} if ids else {}


def _alerts_by_code(codes: set[str]) -> dict[str, Alert]:
    return {a.ack_code: a for a in Alert.objects.filter(ack_code__in=codes)} if codes else {}


def _link_label(url: str) -> tuple[str, int | None]:
    """("Acknowledge", alert id) for the platform's signed action links; ("Open", None) otherwise."""
    path = urlsplit(url).path
    if "/escalation/a/" in path:
        try:
            payload = links.action_token_read(
                token=path.rsplit("/", 1)[-1], schema_name=connection.schema_name
            )
            label = {"ack": "Acknowledge", "resolve": "Resolve", "false_alarm": "Not a crisis"}[payload["x"]]
            return label, int(payload["a"])
        except Exception:  # an expired or foreign link is still shown, just not labelled
            return "Action link", None
    alert_prefix = links.ALERT_PATH.split("{", 1)[0]
    if path.startswith(alert_prefix) or "/crises/" in path:
        return "Open in CrisisOps", None
    return "Open link", None


def outbox_groups(*, limit: int = 400) -> list[OutboxGroup]:
    """The current tenant's outbox, one group per stakeholder (or per unmatched address)."""
    records = recorder().list(connection.schema_name, limit=limit)
    people = list(Stakeholder.objects.all())
    by_email = {p.email.lower(): p for p in people if p.email}
    by_phone = {p.phone: p for p in people if p.phone}
    by_slack = {p.slack_user_id: p for p in people if p.slack_user_id}
    groups: dict[str, OutboxGroup] = {}
    messages: list[OutboxMessage] = []
    for rec in records:
        channel = rec.get("channel", "")
        recipient = str(rec.get("recipient", ""))
        text = f"{rec.get('subject', '')}\n{rec.get('text', '')}"
        person = None
        if channel == "email":
            person = by_email.get(recipient.lower())
        elif channel == "sms":
            person = by_phone.get(recipient)
        elif channel == "slack":
            person = by_slack.get(recipient)
        if person is None and channel in ("teams", "webhook", "pagerduty"):
            candidates = [p for p in people if channel in (p.contact_preferences or [])]
            named = [p for p in candidates if p.name in text]
            person = named[0] if named else (candidates[0] if len(candidates) == 1 else None)
        if person is not None:
            key, name, role = f"s{person.pk}", person.name, person.role
        else:
            key, name, role = (
                f"{channel}:{recipient}",
                recipient or channel,
                CHANNEL_LABELS.get(channel, channel),
            )
        group = groups.setdefault(key, OutboxGroup(key=key, name=name, role=role))
        msg = OutboxMessage(
            record=rec,
            at=_parse(rec.get("at")),
            channel=channel,
            label=CHANNEL_LABELS.get(channel, channel),
        )
        alert_id = None
        for url in rec.get("links") or []:
            label, link_alert = _link_label(url)
            msg.links.append({"url": url, "label": label})
            alert_id = alert_id or link_alert
        for action in rec.get("actions") or []:
            if action.get("action_id") in ("alert_ack", "alert_false_alarm", "alert_resolve"):
                msg.slack_actions.append(action)
                alert_id = alert_id or _int(action.get("value"))
            elif action.get("url") and not any(link["url"] == action["url"] for link in msg.links):
                msg.links.append({"url": action["url"], "label": action.get("text") or "Open"})
        if alert_id is None:
            m = _ALERT_RE.search(text)
            alert_id = int(m.group(1)) if m else None
        if channel == "sms":
            m = _CODE_RE.search(text)
            msg.sms_code = m.group(1) if m else ""
        msg.record["_alert_id"] = alert_id
        group.messages.append(msg)
        messages.append(msg)
    alerts = _alerts({m.record["_alert_id"] for m in messages if m.record.get("_alert_id")})
    by_code = _alerts_by_code({m.sms_code for m in messages if m.sms_code and not m.record.get("_alert_id")})
    for message in messages:
        alert_id = message.record.get("_alert_id")
        by_id = alerts.get(alert_id) if alert_id is not None else None
        message.alert = by_id or by_code.get(message.sms_code)
    return sorted(
        groups.values(), key=lambda g: max((m.record["id"] for m in g.messages), default=0), reverse=True
    )


def _parse(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


# --- provider-side actions ------------------------------------------------------------------------
class OutboxActionError(Exception):
    pass


def _channel_secrets(kind: str) -> dict[str, Any]:
    config = ChannelConfig.objects.filter(kind=kind).first()
    if config is None:
        raise OutboxActionError(f"the {kind} channel is not configured")
    return config.secrets


def _platform_post(
    *, origin: str, host: str, path: str, body: bytes, headers: dict[str, str]
) -> httpx.Response:
    """POST to this platform's own endpoint over HTTP, like the provider would."""
    try:
        return httpx.post(
            f"{origin}{path}",
            content=body,
            headers={**headers, "Host": host},
            timeout=15,
            follow_redirects=False,
        )
    except httpx.HTTPError as exc:
        raise OutboxActionError(f"could not reach the platform at {origin}: {exc}") from exc


def slack_click(*, record: dict[str, Any], action_id: str, origin: str, host: str) -> str:
    """Click a Slack button of a recorded message: Slack's signed interaction payload, sent to the
    platform's interactivity endpoint as the message's recipient."""
    action = next((a for a in record.get("actions") or [] if a.get("action_id") == action_id), None)
    if action is None:
        raise OutboxActionError("that message has no such button")
    secret = _channel_secrets("slack").get("signing_secret", "")
    user_id = str(record.get("recipient", ""))
    payload = {
        "type": "block_actions",
        "user": {"id": user_id, "username": user_id.lower(), "team_id": "T0DEMO"},
        "api_app_id": "A0DEMOAPP",
        "token": "demo-verification-token",
        "container": {"type": "message", "message_ts": record.get("provider_id", ""), "channel_id": user_id},
        "trigger_id": f"{int(time.time())}.demo",
        "team": {"id": "T0DEMO", "domain": "northwind"},
        "channel": {"id": user_id, "name": "directmessage"},
        "message": {"ts": record.get("provider_id", ""), "text": record.get("subject", "")},
        "response_url": "",
        "actions": [
            {
                "type": "button",
                "action_id": action_id,
                "block_id": action.get("block_id", ""),
                "value": action.get("value", ""),
                "text": {"type": "plain_text", "text": action.get("text", "")},
                "action_ts": f"{time.time():.6f}",
            }
        ],
    }
    body = urlencode({"payload": json.dumps(payload)}).encode()
    stamp = str(int(time.time()))
    signature = "v0=" + hmac.new(secret.encode(), f"v0:{stamp}:".encode() + body, hashlib.sha256).hexdigest()
    response = _platform_post(
        origin=origin,
        host=host,
        path=reverse("escalation:slack_interactions"),
        body=body,
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Slack-Request-Timestamp": stamp,
            "X-Slack-Signature": signature,
        },
    )
    if response.status_code != 200:
        raise OutboxActionError(f"Slack interaction refused: HTTP {response.status_code}")
    try:
        return str(response.json().get("text") or "done")
    except ValueError:
        return "done"


def sms_reply(*, record: dict[str, Any], verb: str, code: str, origin: str, host: str) -> str:
    """Reply to a recorded SMS as its recipient: Twilio's signed inbound-message webhook."""
    try:
        path = reverse("escalation:twilio_sms")
    except NoReverseMatch as exc:
        raise OutboxActionError("SMS replies are not wired on this deployment") from exc
    token = _channel_secrets("sms").get("auth_token", "")
    params = {
        "MessageSid": "SM" + hashlib.sha256(f"{record['id']}{time.time()}".encode()).hexdigest()[:32],
        "AccountSid": _channel_secrets("sms").get("account_sid", ""),
        "From": str(record.get("recipient", "")),
        "To": str(record.get("sender", "")),
        "Body": f"{verb.upper()} {code}",
        "NumMedia": "0",
    }
    url = f"http://{host}{path}"
    config = ChannelConfig.objects.filter(kind="sms").first()
    if config is not None and config.config.get("inbound_url"):
        url = config.config["inbound_url"]
    signature = RequestValidator(token).compute_signature(url, params)
    response = _platform_post(
        origin=origin,
        host=host,
        path=path,
        body=urlencode(params).encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": signature},
    )
    if response.status_code != 200:
        raise OutboxActionError(f"SMS reply refused: HTTP {response.status_code}")
    m = re.search(r"<Message>(.*?)</Message>", response.text, re.S)
    return m.group(1) if m else "sent"
