"""A P0 whose ACK SLA lapses pages every stakeholder of the tier that let it lapse (the whole
on-call rotation, not only who is on duty), once; a P1's breach is flagged and pages nobody extra."""

from __future__ import annotations

from datetime import timedelta

from escalation import services, tiers
from escalation.models import (
    Alert,
    ChannelConfig,
    EscalationPolicy,
    EscalationStep,
    Notification,
    OnCallRotation,
    RotationMember,
    RoutingRule,
)
from tenants import clock
from tests.escalation.conftest import configure_channels, drain, person, slack_ok


def _rotation_setup():
    sam, ana, bo, cleo = (person(n) for n in ("Sam Secops", "Ana Oncall", "Bo Oncall", "Cleo Ciso"))
    rotation = OnCallRotation.objects.create(name="security", starts_at=clock.now() - timedelta(hours=1))
    for position, member in enumerate((sam, ana, bo)):
        RotationMember.objects.create(rotation=rotation, stakeholder=member, position=position)
    policy = EscalationPolicy.objects.create(name="Security", slug="security")
    EscalationStep.objects.create(
        policy=policy, order=0, target="on_call", rotation=rotation, channels=["slack"]
    )
    second = EscalationStep.objects.create(policy=policy, order=1, target="stakeholders", channels=["slack"])
    second.stakeholders.set([cleo])
    RoutingRule.objects.create(name="security", order=1, severities=["P0", "P1"], policy=policy)
    return sam, ana, bo, cleo


def _pages(alert: Alert) -> list[tuple[str, int]]:
    rows = Notification.objects.filter(alert=alert, kind=Notification.Kind.PAGE, purpose="notify").order_by(
        "id"
    )
    return [(n.stakeholder.name, n.tier) for n in rows]


def test_a_p0_sla_breach_pages_the_whole_rotation_once_then_escalates(in_a, httpserver, smtp):
    sam, *_ = _rotation_setup()
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)
    alert, _ = services.alert_trigger(
        dedup_key="event:acme:security:P0",
        title="Customer database dump for sale",
        severity="P0",
        category="security",
        subject="acme",
    )
    drain()
    assert _pages(alert) == [("Sam Secops", 0)]
    first_page = Notification.objects.get(alert=alert)

    clock.advance(5 * 60 + 1)
    tiers.alerts_check_deadlines()
    tiers.alerts_check_deadlines()  # a second sweep changes nothing
    drain()

    alert.refresh_from_db()
    assert alert.sla_breached and alert.current_tier == 1
    assert _pages(alert) == [("Sam Secops", 0), ("Ana Oncall", 0), ("Bo Oncall", 0), ("Cleo Ciso", 1)]
    assert Notification.objects.filter(alert=alert, status="sent").count() == 4  # each person once
    assert not Notification.objects.filter(alert=alert, stakeholder=sam).exclude(pk=first_page.pk).exists()


def test_a_p1_sla_breach_is_flagged_without_paging_the_rest_of_the_tier(in_a, httpserver, smtp):
    _rotation_setup()
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)
    alert, _ = services.alert_trigger(
        dedup_key="event:acme:security:P1",
        title="Suspicious logins",
        severity="P1",
        category="security",
        subject="acme",
    )
    drain()
    clock.advance(5 * 60 + 1)
    tiers.alerts_check_deadlines()
    drain()

    alert.refresh_from_db()
    assert alert.sla_breached
    assert _pages(alert) == [("Sam Secops", 0), ("Cleo Ciso", 1)]


def test_a_p0_sla_breach_pages_again_whoever_every_channel_failed_to_reach(in_a, httpserver, smtp):
    sam, *_ = _rotation_setup()
    configure_channels(httpserver, smtp.port)
    ChannelConfig.objects.exclude(kind="slack").update(enabled=False)  # Slack is their only way
    httpserver.expect_request("/api/chat.postMessage").respond_with_data("down", status=503)
    alert, _ = services.alert_trigger(
        dedup_key="event:acme:security:P0",
        title="Customer database dump for sale",
        severity="P0",
        category="security",
        subject="acme",
    )
    drain()
    clock.advance(60)  # the retries' backoff
    drain()
    sams = Notification.objects.filter(alert=alert, stakeholder=sam, purpose="notify")
    assert sams.exists() and not sams.exclude(status__in=("failed", "failed_permanent", "skipped")).exists()

    httpserver.clear()  # Slack is back
    slack_ok(httpserver)
    clock.advance(5 * 60 + 1)
    tiers.alerts_check_deadlines()
    drain()

    alert.refresh_from_db()
    assert alert.sla_breached
    reached = set(
        Notification.objects.filter(alert=alert, tier=0, status="sent").values_list(
            "stakeholder__name", flat=True
        )
    )
    assert reached == {"Sam Secops", "Ana Oncall", "Bo Oncall"}  # Sam too, though his first page "happened"
