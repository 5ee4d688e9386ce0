"""seed_demo configures the demo company and is idempotent."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from demo.seed import PUSH_KEYS
from tests.support.tenancy import in_tenant

MODELS = [
    ("ingestion", "WatchTerm"),
    ("ingestion", "Source"),
    ("escalation", "Stakeholder"),
    ("escalation", "Team"),
    ("escalation", "OnCallRotation"),
    ("escalation", "RotationMember"),
    ("escalation", "EscalationPolicy"),
    ("escalation", "EscalationStep"),
    ("escalation", "RoutingRule"),
    ("escalation", "SeveritySLA"),
    ("escalation", "ChannelConfig"),
]


def _counts():
    from django.apps import apps
    from django.contrib.auth import get_user_model

    out = {name: apps.get_model(app, name).objects.count() for app, name in MODELS}
    out["users"] = get_user_model().objects.count()
    return out


def _seed(tenant) -> str:
    out = io.StringIO()
    call_command("seed_demo", "--schema", tenant.schema, "--world-url", "http://127.0.0.1:8950", stdout=out)
    connection.set_schema_to_public()
    return out.getvalue()


def test_seed_demo_twice_creates_everything_once(db, tenant_a):
    first = _seed(tenant_a)
    with in_tenant(tenant_a):
        after_first = _counts()
    second = _seed(tenant_a)
    with in_tenant(tenant_a):
        assert _counts() == after_first
    assert "created nothing new" in second and "created nothing new" not in first
    assert after_first["Source"] == 11 and after_first["WatchTerm"] == 5 and after_first["Stakeholder"] == 8


def test_seeded_tenant_routes_a_p1_security_alert_to_the_security_on_call_then_the_ciso(db, tenant_a):
    from escalation.models import EscalationStep, SeveritySLA
    from escalation.routing import alert_route
    from escalation.snapshot import on_call_now
    from ingestion.models import Source
    from ingestion.sources.push import source_for_key
    from tenants import clock

    _seed(tenant_a)
    with in_tenant(tenant_a):
        decision = alert_route(severity="P1", category="security", subject="northwind-bank")
        assert decision.policy.slug == "security-incident"
        tier1, tier2, _ = decision.policy.steps.order_by("order")
        assert tier1.target == EscalationStep.Target.ON_CALL
        assert on_call_now(rotation=tier1.rotation, at=clock.now()).name == "Sam Okafor"
        assert "Tomas Reyes" in {s.name for s in tier2.stakeholders.all()}
        assert alert_route(severity="P2", category="pr").policy.slug == "pr-reputation"
        assert SeveritySLA.objects.get(severity="P1").ack_minutes == 3
        assert source_for_key(key=PUSH_KEYS["generic"], kinds=("generic",)).slug == "app-reviews"
        x = Source.objects.get(slug="x-northwind")
        assert x.config["base_url"] == "http://127.0.0.1:8950" and x.credentials["bearer_token"]
        assert x.poll_interval_seconds <= 3


def test_seed_demo_refuses_an_unknown_schema(db):
    with pytest.raises(CommandError, match="no tenant"):
        call_command("seed_demo", "--schema", "nope")
