"""The common interface of every notification channel.

A transport turns (alert, recipient) into one message on the wire and answers with a
`DeliveryResult`, or raises `TransientError` (retry with backoff, then fall back to the
recipient's next channel) or `PermanentError` (disable the channel for the recipient or the
whole tenant and tell an admin; never retried).

Each kind lives in its own folder (`transports/<kind>/transport.py` + `templates/`), registered
in `transports/__init__.py`. Adding a kind = copying a sibling folder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.template import Context, Engine

if TYPE_CHECKING:
    from escalation.models import Alert, ChannelConfig, Notification, Stakeholder


class TransportError(Exception):
    """A delivery failed. `scope` says what a permanent error disables: the recipient's use of
    the channel (bad phone number, unknown Slack user) or the tenant's channel (revoked token,
    deleted webhook)."""

    permanent = False

    def __init__(self, message: str, *, scope: str = "tenant", response: dict[str, Any] | None = None):
        super().__init__(message)
        self.scope = scope
        self.response = response or {}


class TransientError(TransportError):
    permanent = False


class PermanentError(TransportError):
    permanent = True


@dataclass
class DeliveryResult:
    provider_message_id: str = ""
    response: dict[str, Any] = field(default_factory=dict)
    address: str = ""


@dataclass
class SendContext:
    """Everything a transport needs besides the alert and the recipient."""

    notification: Notification
    config: ChannelConfig
    schema_name: str
    host: str

    @property
    def idempotency_key(self) -> str:
        return self.notification.idempotency_key

    @property
    def purpose(self) -> str:
        return self.notification.purpose

    @property
    def kind(self) -> str:
        """page, update, resolved or digest (escalation.paging)."""
        return self.notification.kind or "page"

    @property
    def thread_ref(self) -> str:
        """The provider id of the message this one replies to ('' for a first message)."""
        return self.notification.thread_ref or ""


class Transport:
    kind: str = ""
    #: True when the message goes to a person (needs an address on the Stakeholder); False for
    #: tenant-level endpoints (PagerDuty service, Teams channel, webhook).
    personal: bool = True
    timeout: float = 10.0

    def address_for(self, recipient: Stakeholder | None, config: ChannelConfig) -> str:
        raise NotImplementedError

    def send(self, alert: Alert, recipient: Stakeholder | None, *, ctx: SendContext) -> DeliveryResult:
        raise NotImplementedError

    # Templates live next to the transport: transports/<kind>/templates/<name>.
    def render(self, name: str, context: dict[str, Any]) -> str:
        return (
            _engine(self.kind).get_template(name).render(Context(context, autoescape=name.endswith(".html")))
        )


_ENGINES: dict[str, Engine] = {}


def _engine(kind: str) -> Engine:
    if kind not in _ENGINES:
        _ENGINES[kind] = Engine(
            dirs=[str(Path(__file__).parent / kind / "templates")],
            debug=settings.DEBUG,
            libraries={},
        )
    return _ENGINES[kind]


def recommendations(alert: Alert, *, host: str) -> dict[str, Any]:
    """What the alert was handed to recommend (escalation.recommend): the top actions as lines
    ("title — owner, due 14:05 UTC") and the absolute link to the plan; empty until handed."""
    from escalation import links

    details = alert.details or {}
    lines = []
    for action in details.get("recommended_actions") or []:
        if not isinstance(action, dict) or not action.get("title"):
            continue
        line = str(action["title"])
        due = _due(action.get("due_at"))
        tail = ", ".join(x for x in (str(action.get("owner") or ""), f"due {due}" if due else "") if x)
        lines.append(f"{line} — {tail}" if tail else line)
    path = str(details.get("recommended_link") or "")
    url = links.base_url(host) + path if path.startswith("/") else ""
    return {"recommended_actions": lines, "plan_url": url}


def _due(value: Any) -> str:
    from datetime import datetime

    try:
        return datetime.fromisoformat(str(value)).strftime("%H:%M UTC") if value else ""
    except ValueError:
        return ""


def alert_context(alert: Alert, recipient: Stakeholder | None, ctx: SendContext) -> dict[str, Any]:
    """The values every template may use."""
    from escalation import links

    return {
        **recommendations(alert, host=ctx.host),
        "alert": alert,
        "recipient": recipient,
        "purpose": ctx.purpose,
        "alert_url": links.alert_url(alert=alert, host=ctx.host),
        "ack_url": links.email_action_url(
            alert=alert, host=ctx.host, schema_name=ctx.schema_name, action="ack", recipient=recipient
        ),
        "resolve_url": links.email_action_url(
            alert=alert, host=ctx.host, schema_name=ctx.schema_name, action="resolve", recipient=recipient
        ),
        "false_alarm_url": links.email_action_url(
            alert=alert, host=ctx.host, schema_name=ctx.schema_name, action="false_alarm", recipient=recipient
        ),
        "explanation": (alert.details or {}).get("explanation", ""),
        "score": (alert.details or {}).get("score"),
        "kind": ctx.kind,
        "body": ctx.notification.body,
        "events": [e for e in (alert.details or {}).get("events", []) if isinstance(e, dict)][:5],
        "event_count": alert.trigger_count,
        "can_act": alert.state != "resolved",
    }


def http_status_error(status: int, body: str, *, what: str, scope: str = "tenant") -> TransportError:
    """Map an HTTP status to transient (5xx, 408, 429) or permanent (other 4xx)."""
    snippet = body[:500]
    if status >= 500 or status in (408, 425, 429):
        return TransientError(f"{what}: HTTP {status}", response={"status": status, "body": snippet})
    return PermanentError(f"{what}: HTTP {status}", scope=scope, response={"status": status, "body": snippet})
