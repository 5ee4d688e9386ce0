"""Unsaved model instances for transport tests (no database needed)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from escalation.models import Alert, ChannelConfig, Notification, Stakeholder
from escalation.transports.base import SendContext


def fake_alert(**kw) -> Alert:
    defaults = {
        "pk": 42,
        "dedup_key": "event:acme:security:P1",
        "title": "Customer data on a paste site",
        "severity": "P1",
        "category": "security",
        "subject": "acme",
        "summary": "Dump of 10k rows",
        "details": {"explanation": "Mentions up 12x"},
        "ack_code": "123456",
        "current_tier": 0,
        "triggered_at": datetime(2026, 11, 23, 12, 0, tzinfo=UTC),
        "policy_snapshot": {"name": "Security"},
    }
    defaults.update(kw)
    return Alert(**defaults)


def fake_person(**kw) -> Stakeholder:
    defaults = {
        "pk": 5,
        "name": "Sam Secops",
        "email": "sam@a.test",
        "phone": "+15550001111",
        "slack_user_id": "USAM",
        "teams_upn": "sam@a.test",
    }
    defaults.update(kw)
    return Stakeholder(**defaults)


def fake_ctx(kind: str, config: dict, credentials: dict, purpose: str = "notify") -> SendContext:
    notification = Notification(pk=9, channel=kind, purpose=purpose, idempotency_key=uuid.uuid4().hex)
    return SendContext(
        notification=notification,
        config=ChannelConfig(kind=kind, config=config, credentials=credentials),
        schema_name="tenant_a",
        host="a.localhost",
    )
