"""The auditor (lost timers, lost or stranded deliveries) and the admin pages tenants configure with."""

from __future__ import annotations

import io
import uuid

import pytest

from escalation import services, tasks
from escalation.models import Alert, Notification
from tenants import clock
from tests.escalation.conftest import configure_channels, drain, person, security_setup, slack_ok


def test_auditor_escalates_a_stuck_alert_and_requeues_stranded_deliveries(in_a, httpserver, smtp):
    security_setup()
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)
    alert, _ = services.alert_trigger(dedup_key="stuck", title="Stuck", severity="P1", category="security")
    drain()
    # Beat was down for 10 minutes: the deadline passed long ago.
    clock.advance(600)
    ann = person("Ann One")
    stranded = Notification.objects.create(
        alert=alert,
        stakeholder=ann,
        channel="slack",
        chain=["slack"],
        idempotency_key=uuid.uuid4().hex,
        scheduled_for=clock.now(),
        status="sending",
        claimed_at=clock.now(),
    )
    clock.advance(120)
    report = tasks.audit()
    assert report["stuck_alerts"] == [alert.pk]
    assert stranded.pk in report["stale"]
    assert Alert.objects.get(pk=alert.pk).current_tier == 1


@pytest.mark.parametrize(
    "model",
    [
        "stakeholder",
        "team",
        "oncallrotation",
        "escalationpolicy",
        "routingrule",
        "severitysla",
        "channelconfig",
        "alert",
        "notification",
    ],
)
def test_admin_changelists_and_add_forms_render_for_tenant_admins(in_a, tenant_client, model):
    client = tenant_client(email="admin@a.test")
    assert client.get(f"/admin/escalation/{model}/").status_code == 200
    if model not in ("alert", "notification"):
        assert client.get(f"/admin/escalation/{model}/add/").status_code == 200


def test_channel_credentials_are_encrypted_at_rest(in_a, httpserver, smtp):
    from django.db import connection

    configure_channels(httpserver, smtp.port, kinds=("slack",))
    with connection.cursor() as cursor:
        cursor.execute("SELECT credentials FROM escalation_channelconfig WHERE kind = 'slack'")
        raw = cursor.fetchone()[0]
    assert "xoxb-test" not in raw and raw.startswith("gAAAA")


def test_seed_command_is_idempotent_and_routes_security_to_on_call(in_a, tenant_a):
    from django.core.management import call_command

    from escalation.routing import alert_route

    call_command("escalation_seed", schema=tenant_a.schema, stdout=io.StringIO())
    call_command("escalation_seed", schema=tenant_a.schema, stdout=io.StringIO())
    from escalation.models import EscalationPolicy, Stakeholder

    assert Stakeholder.objects.count() == 5 and EscalationPolicy.objects.count() == 3
    assert alert_route(severity="P1", category="security").policy.slug == "security"
    assert alert_route(severity="P3", category="pr").policy.slug == "comms"


def test_reseeding_restores_the_declared_setup_without_creating_rows_twice(in_a, tenant_a):
    from django.core.management import call_command

    from escalation.models import ChannelConfig, EscalationPolicy, EscalationStep, RoutingRule

    call_command("escalation_seed", schema=tenant_a.schema, stdout=io.StringIO())
    security = EscalationPolicy.objects.get(slug="security")
    security.steps.order_by("-order").first().delete()  # an admin removed the CISO tier
    ChannelConfig.objects.filter(kind="email").update(enabled=False, disabled_reason="SMTP auth failed")
    rules, steps = RoutingRule.objects.count(), EscalationStep.objects.count()

    call_command("escalation_seed", schema=tenant_a.schema, stdout=io.StringIO())

    assert [s.target for s in security.steps.order_by("order")] == ["on_call", "team", "stakeholders"]
    assert EscalationStep.objects.count() == steps + 1 and RoutingRule.objects.count() == rules
    email = ChannelConfig.objects.get(kind="email")
    assert email.enabled and email.disabled_reason == ""
