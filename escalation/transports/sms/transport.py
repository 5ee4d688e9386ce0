"""SMS through the Twilio REST API (twilio SDK). Replies "ACK <code>" / "RES <code>" arrive at the
inbound webhook (`escalation.views.inbound.twilio_sms`).

Config: `from_number` (or `messaging_service_sid`), `base_url` (default https://api.twilio.com;
tests and the demo point it at a local server speaking Twilio's wire format).
Credentials: `account_sid`, `auth_token`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import requests
from twilio.base.exceptions import TwilioException, TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client

from escalation.transports.base import (
    DeliveryResult,
    PermanentError,
    SendContext,
    TransientError,
    Transport,
    alert_context,
)

if TYPE_CHECKING:
    from escalation.models import Alert, ChannelConfig, Stakeholder

TWILIO_API = "https://api.twilio.com"
# Twilio error codes about the destination number: disable SMS for that recipient only.
RECIPIENT_CODES = {21211, 21214, 21408, 21610, 21612, 21614, 30003, 30005, 30006}
TENANT_CODES = {20003, 20005, 20404, 21606, 21659}


class BaseUrlTwilioHttpClient(TwilioHttpClient):
    """The SDK's own HTTP client with the API root swapped (the SDK builds absolute
    https://api.twilio.com URLs; everything else — auth, form encoding, errors — is unchanged)."""

    def __init__(self, base_url: str, timeout: float) -> None:
        super().__init__(timeout=timeout)
        self.base_url = base_url.rstrip("/")

    def request(self, method, url, *args, **kwargs):
        if url.startswith(TWILIO_API):
            url = self.base_url + url[len(TWILIO_API) :]
        return super().request(method, url, *args, **kwargs)


def twilio_client(config: ChannelConfig, timeout: float = 10.0) -> Client:
    base_url = str(config.config.get("base_url") or TWILIO_API)
    http_client = None if base_url.rstrip("/") == TWILIO_API else BaseUrlTwilioHttpClient(base_url, timeout)
    if http_client is None:
        http_client = TwilioHttpClient(timeout=timeout)
    return Client(
        config.secrets.get("account_sid"), config.secrets.get("auth_token"), http_client=http_client
    )


class SmsTransport(Transport):
    kind = "sms"

    def address_for(self, recipient: Stakeholder | None, config: ChannelConfig) -> str:
        return recipient.phone if recipient is not None else ""

    def send(self, alert: Alert, recipient: Stakeholder | None, *, ctx: SendContext) -> DeliveryResult:
        to = self.address_for(recipient, ctx.config)
        if not to:
            raise PermanentError("no phone number", scope="recipient")
        body = self.render("alert.txt", alert_context(alert, recipient, ctx)).strip()
        cfg = ctx.config.config
        kwargs = {"to": to, "body": body}
        if cfg.get("messaging_service_sid"):
            kwargs["messaging_service_sid"] = cfg["messaging_service_sid"]
        else:
            kwargs["from_"] = cfg.get("from_number", "")
        try:
            message = twilio_client(ctx.config, self.timeout).messages.create(**kwargs)
        except TwilioRestException as exc:
            info = {"status": exc.status, "code": exc.code, "message": str(exc.msg)[:300]}
            if exc.status >= 500 or exc.status == 429:
                raise TransientError(f"Twilio: HTTP {exc.status}", response=info) from exc
            if exc.code in RECIPIENT_CODES:
                raise PermanentError(
                    f"Twilio {exc.code}: {exc.msg}", scope="recipient", response=info
                ) from exc
            if exc.code in TENANT_CODES or exc.status in (401, 403, 404):
                raise PermanentError(f"Twilio {exc.code}: {exc.msg}", scope="tenant", response=info) from exc
            raise PermanentError(f"Twilio {exc.code}: {exc.msg}", scope="recipient", response=info) from exc
        except (TwilioException, requests.RequestException, OSError) as exc:
            raise TransientError(f"Twilio unreachable: {exc}") from exc
        return DeliveryResult(
            provider_message_id=message.sid or "",
            response={"sid": message.sid, "status": message.status},
            address=to,
        )
