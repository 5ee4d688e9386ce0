"""Generic webhook: a JSON document POSTed to the tenant's URL, signed with HMAC-SHA256.

Headers: `X-CrisisOps-Signature: t=<unix>,v1=<hex hmac of "<t>.<body>">` (verify it and reject
old timestamps), `X-CrisisOps-Event`, and `Idempotency-Key` (the same for a redelivered
attempt, so a receiver can drop duplicates).

Config: `url`. Credentials: `secret`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from typing import TYPE_CHECKING

import httpx

from escalation.transports.base import (
    DeliveryResult,
    PermanentError,
    SendContext,
    TransientError,
    Transport,
    alert_context,
    http_status_error,
)

if TYPE_CHECKING:
    from escalation.models import Alert, ChannelConfig, Stakeholder

EVENTS = {"notify": "alert.triggered", "acknowledge": "alert.acknowledged", "resolve": "alert.resolved"}


def sign(secret: str, timestamp: int, body: bytes) -> str:
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={mac}"


def verify(secret: str, header: str, body: bytes, *, tolerance: int = 300, now: float | None = None) -> bool:
    """Receiver-side check (used by tests and documented for integrators)."""
    parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
    try:
        timestamp = int(parts["t"])
    except (KeyError, ValueError):
        return False
    if abs((now or time.time()) - timestamp) > tolerance:
        return False
    return hmac.compare_digest(sign(secret, timestamp, body), header)


class WebhookTransport(Transport):
    kind = "webhook"
    personal = False

    def address_for(self, recipient: Stakeholder | None, config: ChannelConfig) -> str:
        return str(config.config.get("url", ""))

    def send(self, alert: Alert, recipient: Stakeholder | None, *, ctx: SendContext) -> DeliveryResult:
        url = self.address_for(recipient, ctx.config)
        if not url:
            raise PermanentError("no webhook URL configured", scope="tenant")
        context = alert_context(alert, recipient, ctx)
        event = EVENTS.get(ctx.purpose, "alert.triggered")
        document = {
            "event": event,
            "delivery_id": ctx.idempotency_key,
            "tenant": ctx.schema_name,
            "alert": {
                "id": alert.pk,
                "dedup_key": alert.dedup_key,
                "title": alert.title,
                "summary": alert.summary,
                "severity": alert.severity,
                "category": alert.category,
                "subject": alert.subject,
                "state": alert.state,
                "tier": alert.current_tier + 1,
                "crisis_id": alert.crisis_id,
                "triggered_at": alert.triggered_at.isoformat(),
                "url": context["alert_url"],
                "explanation": context["explanation"],
            },
            "recipient": (
                {"id": recipient.pk, "name": recipient.name, "email": recipient.email} if recipient else None
            ),
        }
        body = json.dumps(document, separators=(",", ":"), default=str).encode()
        headers = {
            "Content-Type": "application/json",
            "User-Agent": "CrisisOps-Webhook/1.0",
            "X-CrisisOps-Event": event,
            "Idempotency-Key": ctx.idempotency_key,
        }
        secret = ctx.config.secrets.get("secret")
        if secret:
            headers["X-CrisisOps-Signature"] = sign(secret, int(time.time()), body)
        try:
            response = httpx.post(url, content=body, headers=headers, timeout=self.timeout)
        except httpx.HTTPError as exc:
            raise TransientError(f"webhook unreachable: {exc}") from exc
        if response.status_code >= 300:
            raise http_status_error(response.status_code, response.text, what="webhook")
        return DeliveryResult(
            response={"status": response.status_code, "body": response.text[:200]}, address=url
        )
