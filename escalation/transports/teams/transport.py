"""Microsoft Teams: an Adaptive Card posted to the channel's incoming webhook (Workflows or the
classic connector URL). The recipient is @-mentioned by UPN; buttons open signed ACK/resolve links.

Config: `webhook_url`.
"""

from __future__ import annotations

import json
import re
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


EMBEDDED_STATUS = re.compile(r"\bHTTP error (\d{3})\b", re.IGNORECASE)


class TeamsTransport(Transport):
    kind = "teams"
    personal = False

    def address_for(self, recipient: Stakeholder | None, config: ChannelConfig) -> str:
        return str(config.config.get("webhook_url") or config.secrets.get("webhook_url", ""))

    def send(self, alert: Alert, recipient: Stakeholder | None, *, ctx: SendContext) -> DeliveryResult:
        url = self.address_for(recipient, ctx.config)
        if not url:
            raise PermanentError("no Teams webhook URL configured", scope="tenant")
        card = json.loads(self.render("card.json", alert_context(alert, recipient, ctx)))
        body = {
            "type": "message",
            "attachments": [{"contentType": "application/vnd.microsoft.card.adaptive", "content": card}],
        }
        try:
            response = httpx.post(url, json=body, timeout=self.timeout)
        except httpx.HTTPError as exc:
            raise TransientError(f"Teams unreachable: {exc}") from exc
        if response.status_code >= 300:
            raise http_status_error(response.status_code, response.text, what="Teams webhook")
        # Teams answers 200 "1" (classic) or 202 (Workflows); a 200 with an error text is a failure.
        # Throttling and outages come that way too: "Microsoft Teams endpoint returned HTTP error
        # 429 with ContextId ..." is a 429 (transient), not a broken webhook.
        text = response.text.strip()
        if response.status_code == 200 and text not in ("", "1") and "error" in text.lower():
            embedded = EMBEDDED_STATUS.search(text)
            if embedded:
                raise http_status_error(int(embedded.group(1)), text, what="Teams webhook")
            raise PermanentError(f"Teams webhook: {text[:200]}", scope="tenant")
        return DeliveryResult(
            response={"status": response.status_code, "body": text[:200]}, address="teams webhook"
        )
