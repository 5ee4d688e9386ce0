"""Zendesk: incremental ticket export poller and webhook (push).

Poller: `GET /api/v2/incremental/tickets/cursor.json`, first with `start_time` (epoch seconds),
then with the `cursor` Zendesk returns (`after_cursor`). `end_of_stream: true` means caught up;
the after_cursor is kept for the next poll. Auth: `{email}/token` + API token (Basic) or an
OAuth bearer token. Zendesk limits the export to 10 requests/min and answers 429 + Retry-After.

Webhook: Zendesk signs `timestamp + body` with the webhook's signing secret
(base64(HMAC-SHA256)), headers X-Zendesk-Webhook-Signature(-Timestamp). Bodies are either
event-subscription webhooks (`{"type": "zen:event-type:ticket.created", "detail": {...}}`) or
trigger webhooks whose JSON the admin writes, conventionally `{"ticket": {...}}`.

One ticket is one event (`ticket:<id>`), whether it arrives by export or webhook, so a tenant
may use both on one source without double counting; webhook events about changes to a ticket
(priority raised, comment added...) are events of their own. Event webhooks about anything else
(`zen:event-type:user.*`, `organization.*`...) are not tickets: they are answered 200 "ignored"
with the reason and stored nowhere (`ignore_reason`).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from datetime import timedelta
from typing import Any

import httpx

from ingestion.models import Platform, SourceKind
from ingestion.sources import register
from ingestion.sources.base import MORE_PENDING, Connector, NormalizedEvent, ParseError, PermanentSourceError
from ingestion.sources.common import (
    RECEIVED_AT,
    aware,
    content_id,
    html_to_text,
    severity_hint,
    stamp_received,
)
from ingestion.sources.http import HTTPPoller, SourceHTTP, secret_values
from tenants import clock

EXPORT_PATH = "/api/v2/incremental/tickets/cursor.json"
CREATION_EVENTS = {"", "zen:event-type:ticket.created"}
TICKET_EVENT_PREFIX = "zen:event-type:ticket."


def verify_signature(*, secret: str, body: bytes, signature: str, timestamp: str) -> bool:
    """Zendesk's scheme: base64(HMAC-SHA256(signing_secret, timestamp + body)), compared in constant time."""
    if not secret or not signature or not timestamp:
        return False
    digest = hmac.new(secret.encode(), timestamp.encode() + body, hashlib.sha256).digest()
    return hmac.compare_digest(base64.b64encode(digest).decode(), signature.strip())


def sign(*, secret: str, body: bytes, timestamp: str) -> str:
    """The signature Zendesk would send (used by tests and the demo simulator)."""
    return base64.b64encode(
        hmac.new(secret.encode(), timestamp.encode() + body, hashlib.sha256).digest()
    ).decode()


def _ticket_of(payload: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """(ticket fields, event type) for an export ticket, an event webhook or a trigger webhook."""
    event_type = str(payload.get("type") or "") if "detail" in payload else ""
    if isinstance(payload.get("detail"), dict):
        return payload["detail"], event_type
    if isinstance(payload.get("ticket"), dict):
        return payload["ticket"], ""
    return payload, ""


def _agent_url(ticket: dict[str, Any], base: str = "") -> str:
    api_url = str(ticket.get("url") or "")
    match = re.match(r"^(https?://[^/]+)/api/v2/tickets/(\d+)(\.json)?$", api_url)
    if match:
        return f"{match.group(1)}/agent/tickets/{match.group(2)}"
    if api_url.startswith("http") and "/api/" not in api_url:
        return api_url  # trigger webhooks often send {{ticket.link}}, already the agent URL
    return f"{base}/agent/tickets/{ticket.get('id')}" if base and ticket.get("id") else ""


@register
class ZendeskConnector(HTTPPoller, Connector):
    kind = SourceKind.ZENDESK
    platform = Platform.SUPPORT
    is_poller = True

    def wants_polling(self, source: Any) -> bool:
        creds = source.credentials or {}
        has_api = bool(creds.get("oauth_token") or (creds.get("email") and creds.get("api_token")))
        return has_api and not (source.config or {}).get("webhook_only")

    def _base(self, source: Any) -> str:
        config = source.config or {}
        if config.get("base_url"):
            return str(config["base_url"]).rstrip("/")
        if config.get("subdomain"):
            return f"https://{config['subdomain']}.zendesk.com"
        raise PermanentSourceError("zendesk: set config.subdomain (or config.base_url)")

    def make_http(self, source: Any) -> SourceHTTP:
        creds = source.credentials or {}
        if creds.get("oauth_token"):
            return SourceHTTP(
                provider="Zendesk",
                secrets=secret_values(creds),
                headers={"Authorization": f"Bearer {creds['oauth_token']}"},
            )
        if creds.get("email") and creds.get("api_token"):
            return SourceHTTP(
                provider="Zendesk",
                secrets=secret_values(creds),
                auth=httpx.BasicAuth(f"{creds['email']}/token", creds["api_token"]),
            )
        raise PermanentSourceError("zendesk: credentials need email + api_token, or oauth_token")

    # Polling --------------------------------------------------------------------------------
    def fetch(self, source: Any, cursor: dict[str, Any]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        config = source.config or {}
        base = self._base(source)
        if cursor.get("after_cursor"):
            params: dict[str, Any] = {"cursor": cursor["after_cursor"]}
        else:
            lookback = float(config.get("initial_lookback_hours") or 1)
            # Zendesk refuses a start_time less than a minute old.
            start = int((clock.now() - timedelta(hours=lookback, minutes=1)).timestamp())
            params = {"start_time": int(cursor.get("start_time") or start)}
        if config.get("page_size"):
            params["per_page"] = int(config["page_size"])
        http = self.http(source)
        response = http.request("GET", base + EXPORT_PATH, params=params)
        body = http.json(response)
        if not isinstance(body, dict) or not isinstance(body.get("tickets"), list):
            raise PermanentSourceError("Zendesk: export response has no 'tickets' list")
        payloads = [t for t in body["tickets"] if not (isinstance(t, dict) and t.get("status") == "deleted")]
        new_cursor: dict[str, Any] = {"after_cursor": body.get("after_cursor") or cursor.get("after_cursor")}
        if not new_cursor["after_cursor"]:
            new_cursor = {"start_time": params.get("start_time")}
        if not body.get("end_of_stream", True) and body.get("after_cursor"):
            new_cursor[MORE_PENDING] = True
        return payloads, new_cursor

    # Push -----------------------------------------------------------------------------------
    def ignore_reason(self, body: Any) -> str:
        """Why a webhook body is not a ticket event we store ("" when it is one)."""
        if isinstance(body, dict) and "detail" in body:
            event_type = str(body.get("type") or "")
            if event_type and not event_type.startswith(TICKET_EVENT_PREFIX):
                return f"{event_type} is not a ticket event; only zen:event-type:ticket.* events are stored"
        return ""

    def split(self, body: Any) -> list[dict[str, Any]]:
        if not isinstance(body, dict):
            raise ParseError("Zendesk webhook body must be a JSON object")
        reason = self.ignore_reason(body)
        if reason:
            raise ParseError(reason)
        ticket, _ = _ticket_of(body)
        if not isinstance(ticket, dict) or not str(ticket.get("id") or "").strip():
            raise ParseError("Zendesk webhook body has no ticket id (expected detail.id or ticket.id)")
        return [stamp_received(body)]

    # Normalizing ----------------------------------------------------------------------------
    def external_id(self, payload: dict[str, Any]) -> str:
        ticket, event_type = _ticket_of(payload)
        ticket_id = str(ticket.get("id") or "").strip()
        if not ticket_id:
            return "sha256:" + content_id(payload)
        if event_type in CREATION_EVENTS:
            return f"ticket:{ticket_id}"
        event_id = str(payload.get("id") or content_id(payload)[:32])
        return f"ticket:{ticket_id}:{event_type.rsplit('.', 1)[-1]}:{event_id}"[:255]

    def parse(self, payload: dict[str, Any]) -> NormalizedEvent:
        if not isinstance(payload, dict):
            raise ParseError("Zendesk payload is not an object")
        reason = self.ignore_reason(payload)  # stored before non-ticket events were refused
        if reason:
            raise ParseError(reason)
        ticket, event_type = _ticket_of(payload)
        ticket_id = str(ticket.get("id") or "").strip()
        if not ticket_id:
            raise ParseError("Zendesk ticket has no id")
        subject = html_to_text(
            str(ticket.get("subject") or ticket.get("raw_subject") or ticket.get("title") or "")
        )
        description = html_to_text(str(ticket.get("description") or ticket.get("latest_comment") or ""))
        if not subject and not description:
            raise ParseError(f"Zendesk ticket {ticket_id} has no subject and no description")
        if event_type in CREATION_EVENTS:
            when = ticket.get("created_at") or ticket.get("updated_at") or payload.get(RECEIVED_AT)
        else:
            when = payload.get("time") or ticket.get("updated_at") or payload.get(RECEIVED_AT)
        priority = str(ticket.get("priority") or "").lower()
        via = ticket.get("via") or {}
        return NormalizedEvent(
            external_id=self.external_id(payload),
            platform=Platform.SUPPORT,
            title=subject,
            text="\n\n".join(p for p in (subject, description) if p),
            occurred_at=aware(when, field="ticket.created_at"),
            url=_agent_url(ticket),
            author_id=str(ticket.get("requester_id") or ""),
            reach=1,  # one customer; volume is what matters for tickets
            extra={
                "ticket_id": ticket_id,
                "priority": priority,
                "severity_hint": severity_hint(priority),
                "status": str(ticket.get("status") or "").lower(),
                "ticket_type": str(ticket.get("type") or "").lower(),
                "tags": list(ticket.get("tags") or []),
                "channel": str(via.get("channel") or "") if isinstance(via, dict) else "",
                "event_type": event_type,
            },
        )
