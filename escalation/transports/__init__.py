"""Registry of notification transports, by channel kind."""

from __future__ import annotations

from escalation.transports.base import DeliveryResult, PermanentError, TransientError, Transport


def get_transport(kind: str) -> Transport:
    from escalation.transports.email.transport import EmailTransport
    from escalation.transports.pagerduty.transport import PagerDutyTransport
    from escalation.transports.slack.transport import SlackTransport
    from escalation.transports.sms.transport import SmsTransport
    from escalation.transports.teams.transport import TeamsTransport
    from escalation.transports.webhook.transport import WebhookTransport

    registry: dict[str, type[Transport]] = {
        "slack": SlackTransport,
        "teams": TeamsTransport,
        "email": EmailTransport,
        "sms": SmsTransport,
        "pagerduty": PagerDutyTransport,
        "webhook": WebhookTransport,
    }
    try:
        return registry[kind]()
    except KeyError:
        raise ValueError(f"unknown channel kind {kind!r}") from None


__all__ = ["DeliveryResult", "PermanentError", "TransientError", "Transport", "get_transport"]
