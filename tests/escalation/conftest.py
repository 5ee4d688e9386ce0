"""Escalation test kit: local servers speaking each provider's wire format, a configured tenant
(stakeholders, policies, routing, channels) and an in-process delivery drain.

- Slack, Teams, Twilio, PagerDuty and webhooks all point at one pytest-httpserver
  (`ChannelConfig.config["base_url"]` / `url`); email goes to an aiosmtpd server.
- `drain()` runs every due delivery attempt in this process (retries without their backoff), for
  tests inside the rolled-back `db` transaction. Live tests use the real Celery worker instead.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import time as dtime

import pytest
from aiosmtpd.controller import Controller

from escalation import delivery
from escalation.models import (
    ChannelConfig,
    EscalationPolicy,
    EscalationStep,
    Notification,
    RoutingRule,
    Stakeholder,
)
from tenants import clock
from tests.support.processes import free_port

SLACK_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
TWILIO_SID = "AC00000000000000000000000000000001"
TWILIO_TOKEN = "twilio-auth-token-test"


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[dict] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(
            {
                "to": list(envelope.rcpt_tos),
                "from": envelope.mail_from,
                "raw": envelope.original_content or envelope.content,
                "data": envelope.content.decode("utf8", "replace"),
            }
        )
        return "250 Message accepted for delivery"


@dataclass
class Smtp:
    port: int
    inbox: _Inbox

    @property
    def messages(self) -> list[dict]:
        return self.inbox.messages

    def wait_for(self, count: int, timeout: float = 20.0) -> list[dict]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and len(self.inbox.messages) < count:
            time.sleep(0.05)
        return self.inbox.messages


@pytest.fixture(scope="session")
def smtp_server():
    inbox = _Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield Smtp(port=port, inbox=inbox)
    controller.stop()


@pytest.fixture
def smtp(smtp_server):
    smtp_server.inbox.messages.clear()
    return smtp_server


@pytest.fixture(autouse=True)
def _clock_reset():
    clock.reset()
    yield
    clock.reset()


def slack_ok(httpserver, times: int | None = None):
    handler = httpserver.expect_request("/api/chat.postMessage", method="POST")
    handler.respond_with_json({"ok": True, "channel": "D0SLACK", "ts": f"{time.time():.6f}"})


def twilio_path() -> str:
    return f"/2010-04-01/Accounts/{TWILIO_SID}/Messages.json"


def twilio_ok(httpserver):
    httpserver.expect_request(twilio_path(), method="POST").respond_with_json(
        {"sid": "SM" + "0" * 32, "status": "queued", "account_sid": TWILIO_SID}, status=201
    )


def wire(httpserver, path: str) -> list:
    """Requests the local provider server received on `path`."""
    return [req for req, _ in httpserver.log if req.path == path]


@dataclass
class Setup:
    people: dict[str, Stakeholder] = field(default_factory=dict)
    policies: dict[str, EscalationPolicy] = field(default_factory=dict)


def configure_channels(
    httpserver, smtp_port: int, kinds=("slack", "sms", "email", "teams", "pagerduty", "webhook")
):
    base = httpserver.url_for("/").rstrip("/").replace("localhost", "127.0.0.1")
    configs = {
        "slack": (
            {"base_url": f"{base}/api/", "channel": "C0ALERTS"},
            {"bot_token": "xoxb-test", "signing_secret": SLACK_SECRET},
        ),
        "sms": (
            {"base_url": base, "from_number": "+15005550006"},
            {"account_sid": TWILIO_SID, "auth_token": TWILIO_TOKEN},
        ),
        "email": ({"host": "127.0.0.1", "port": smtp_port}, {}),
        "teams": ({"webhook_url": f"{base}/teams/webhook"}, {}),
        "pagerduty": ({"base_url": base}, {"routing_key": "R0UTINGKEY00000000000000000000AB"}),
        "webhook": ({"url": f"{base}/hooks/crisis"}, {"secret": "whsec-test"}),
    }
    for kind in kinds:
        cfg, creds = configs[kind]
        ChannelConfig.objects.update_or_create(
            kind=kind, defaults={"config": cfg, "credentials": creds, "enabled": True}
        )


def person(name: str, **kw) -> Stakeholder:
    slug = name.lower().replace(" ", ".")
    defaults = {
        "email": f"{slug}@a.test",
        "phone": "+1555000" + str(abs(hash(name)) % 10000).zfill(4),
        "slack_user_id": "U" + slug.upper().replace(".", "")[:10],
        "contact_preferences": ["slack", "sms", "email"],
        "working_hours_start": dtime(0, 0),
        "working_hours_end": dtime(23, 59),
        "working_days": [0, 1, 2, 3, 4, 5, 6],
    }
    defaults.update(kw)
    return Stakeholder.objects.create(name=name, **defaults)


def policy(slug: str, *tiers: list[Stakeholder], repeat: int = 0, channels=()) -> EscalationPolicy:
    p = EscalationPolicy.objects.create(name=slug.title(), slug=slug, repeat_count=repeat)
    for i, people in enumerate(tiers):
        step = EscalationStep.objects.create(
            policy=p, order=i, target="stakeholders", channels=list(channels)
        )
        step.stakeholders.set(people)
    return p


def security_setup() -> Setup:
    """Security P0/P1 → 'security' policy (tier 1 Sam, tier 2 Cleo CISO); default rule → comms."""
    s = Setup()
    s.people = {
        "sam": person("Sam Secops", role="Security on call"),
        "cleo": person("Cleo Ciso", role="CISO"),
        "pat": person("Pat Comms", role="Head of Comms"),
    }
    s.policies = {
        "security": policy("security", [s.people["sam"]], [s.people["cleo"]]),
        "comms": policy("comms", [s.people["pat"]]),
    }
    RoutingRule.objects.create(
        name="Security incidents",
        order=10,
        severities=["P0", "P1"],
        categories=["security"],
        policy=s.policies["security"],
    )
    RoutingRule.objects.create(
        name="Everything else", order=1000, is_default=True, policy=s.policies["comms"]
    )
    return s


def drain(max_rounds: int = 50) -> int:
    """Deliver every pending attempt now, in this process (ignores retry backoff)."""
    done = 0
    for _ in range(max_rounds):
        ids = list(
            Notification.objects.filter(status=Notification.Status.PENDING).values_list("pk", flat=True)
        )
        if not ids:
            return done
        for pk in ids:
            delivery.notification_deliver(notification_id=pk)
            done += 1
    raise AssertionError("deliveries did not settle")
