"""PagerDuty Events API v2 (`POST /v2/enqueue`): trigger on notify, acknowledge / resolve when the
alert is acknowledged or resolved here. One `dedup_key` per alert, so PagerDuty keeps a single
incident however many times we send (its own idempotency).

Config: `base_url` (default https://events.pagerduty.com). Credentials: `routing_key`.
"""

from __future__ import annotations

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

PD_SEVERITY = {"P0": "critical", "P1": "critical", "P2": "error", "P3": "warning", "P4": "info"}
ACTIONS = {"notify": "trigger", "acknowledge": "acknowledge", "resolve": "resolve"}


def dedup_key(alert: Alert, schema_name: str) -> str:
    return f"crisisops:{schema_name}:alert:{alert.pk}"


class PagerDutyTransport(Transport):
    kind = "pagerduty"
    personal = False

    def address_for(self, recipient: Stakeholder | None, config: ChannelConfig) -> str:
        key = str(config.secrets.get("routing_key", ""))
        return f"routing key …{key[-4:]}" if key else ""

    def send(self, alert: Alert, recipient: Stakeholder | None, *, ctx: SendContext) -> DeliveryResult:
        routing_key = ctx.config.secrets.get("routing_key")
        if not routing_key:
            raise PermanentError("no PagerDuty routing key", scope="tenant")
        base = str(ctx.config.config.get("base_url") or "https://events.pagerduty.com").rstrip("/")
        action = ACTIONS.get(ctx.purpose, "trigger")
        body: dict = {
            "routing_key": routing_key,
            "event_action": action,
            "dedup_key": dedup_key(alert, ctx.schema_name),
        }
        if action == "trigger":
            context = alert_context(alert, recipient, ctx)
            body["payload"] = {
                "summary": f"[{alert.severity}] {alert.title}"[:1024],
                "source": f"crisisops/{ctx.schema_name}/{alert.subject or 'alert'}",
                "severity": PD_SEVERITY.get(alert.severity, "error"),
                "component": alert.subject or None,
                "class": alert.category or None,
                "custom_details": {
                    "alert_id": alert.pk,
                    "explanation": context["explanation"],
                    "score": context["score"],
                    "tier": alert.current_tier + 1,
                },
            }
            body["links"] = [{"href": context["alert_url"], "text": "Open in CrisisOps"}]
        try:
            response = httpx.post(f"{base}/v2/enqueue", json=body, timeout=self.timeout)
        except httpx.HTTPError as exc:
            raise TransientError(f"PagerDuty unreachable: {exc}") from exc
        if response.status_code >= 300:
            raise http_status_error(response.status_code, response.text, what="PagerDuty Events API")
        try:
            data = response.json()
        except ValueError:
            data = {}
        return DeliveryResult(
            provider_message_id=str(data.get("dedup_key", body["dedup_key"])),
            response={"status": response.status_code, "message": data.get("message", "")},
            address=self.address_for(recipient, ctx.config),
        )
