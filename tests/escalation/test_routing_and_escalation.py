"""Routing, tiers, SLA timers, ACK and dedup — in process (rolled back), deliveries drained here."""

from __future__ import annotations

import json
from datetime import timedelta

from escalation import services, tiers
from escalation.models import (
    Alert,
    EscalationStep,
    Notification,
    OnCallOverride,
    OnCallRotation,
    RotationMember,
)
from escalation.snapshot import on_call_now
from tenants import clock
from tests.escalation.conftest import (
    configure_channels,
    drain,
    person,
    policy,
    security_setup,
    slack_ok,
    wire,
)

SLACK = "/api/chat.postMessage"


def _p1_security(**kw) -> Alert:
    alert, created = services.alert_trigger(
        dedup_key=kw.pop("dedup_key", "event:acme:security:P1"),
        title=kw.pop("title", "Customer data posted on paste site"),
        severity=kw.pop("severity", "P1"),
        category=kw.pop("category", "security"),
        subject="acme",
        **kw,
    )
    assert created
    return alert


def _sent(alert: Alert, channel: str | None = None):
    qs = Notification.objects.filter(alert=alert, status="sent", purpose="notify")
    return qs.filter(channel=channel) if channel else qs


def test_p1_security_alert_is_routed_to_security_policy_and_slack_message_has_buttons(in_a, httpserver, smtp):
    setup = security_setup()
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)

    alert = _p1_security()
    drain()

    alert.refresh_from_db()
    assert alert.routing["policy"] == "Security" and "Security incidents" in alert.routing["reason"]
    assert alert.policy_snapshot["steps"][0]["stakeholder_ids"] == [setup.people["sam"].pk]
    [request] = wire(httpserver, SLACK)
    body = json.loads(request.get_data())
    assert request.headers["Authorization"] == "Bearer xoxb-test"
    assert body["channel"] == setup.people["sam"].slack_user_id
    buttons = [e for b in body["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert {b["action_id"] for b in buttons} >= {"alert_ack", "alert_resolve"}
    assert all(b["value"] == str(alert.pk) for b in buttons if b["action_id"] != "alert_open")
    assert _sent(alert).get().stakeholder == setup.people["sam"]


def test_unacked_p1_escalates_to_tier_two_after_five_minutes(in_a, httpserver, smtp):
    setup = security_setup()
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)
    alert = _p1_security()
    drain()

    clock.advance(4 * 60 + 50)
    assert tiers.alerts_check_deadlines() == 0
    drain()
    assert len(wire(httpserver, SLACK)) == 1

    clock.advance(15)
    assert tiers.alerts_check_deadlines() == 1
    drain()
    alert.refresh_from_db()
    assert alert.current_tier == 1
    assert [n.stakeholder for n in _sent(alert).order_by("id")] == [setup.people["sam"], setup.people["cleo"]]
    assert json.loads(wire(httpserver, SLACK)[-1].get_data())["channel"] == setup.people["cleo"].slack_user_id
    # The last tier has no deadline: nothing more to escalate to.
    assert alert.ack_deadline is None


def test_ack_via_slack_callback_stops_every_further_notification(in_a, httpserver, smtp, tenant_client):
    from tests.escalation.test_inbound import slack_post

    security_setup()
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)
    alert = _p1_security()
    drain()

    response = slack_post(tenant_client(), alert, action="alert_ack", user_id="USAMSECOPS")
    assert response.status_code == 200
    alert.refresh_from_db()
    assert alert.state == "acknowledged" and alert.acknowledged_via == "slack"
    assert alert.acknowledged_actor == "Sam Secops"

    clock.advance(3600)
    assert tiers.alerts_check_deadlines() == 0
    drain()
    assert len(wire(httpserver, SLACK)) == 1


def test_ack_cancels_in_flight_retries_and_scheduled_tiers(in_a, httpserver, smtp):
    security_setup()
    configure_channels(httpserver, smtp.port)
    httpserver.expect_oneshot_request(SLACK).respond_with_data("upstream down", status=503)
    slack_ok(httpserver)
    alert = _p1_security()
    # First attempt fails transiently: a retry row is scheduled (backoff), not yet sent.
    from escalation.delivery import notification_deliver

    first = Notification.objects.get(alert=alert)
    assert notification_deliver(notification_id=first.pk) == "transient"
    retry = Notification.objects.get(alert=alert, status="pending")
    assert retry.attempt == 2 and retry.channel == "slack"
    version = Alert.objects.get(pk=alert.pk).escalation_version

    services.alert_acknowledge(alert=alert, via="web", actor="someone")
    # The retry's task still arrives (it was already queued) and must not send.
    assert notification_deliver(notification_id=retry.pk) in ("already cancelled", "cancelled")
    assert tiers.alert_escalate(alert_id=alert.pk, version=version) is False
    clock.advance(3600)
    assert tiers.alerts_check_deadlines() == 0
    drain()
    assert len(wire(httpserver, SLACK)) == 1  # only the failed first attempt ever hit the wire
    assert not _sent(alert).exists()


def test_stale_escalation_timer_is_dropped_by_version_check(in_a, httpserver, smtp):
    security_setup()
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)
    alert = _p1_security()
    drain()
    stale_version = Alert.objects.get(pk=alert.pk).escalation_version
    clock.advance(301)
    assert tiers.alert_escalate(alert_id=alert.pk, version=stale_version) is True  # the live timer
    # The same timer redelivered (or the beat racing it) is now stale.
    assert tiers.alert_escalate(alert_id=alert.pk, version=stale_version) is False
    drain()
    assert _sent(alert).count() == 2


def test_no_routing_rule_matching_a_p0_broadcasts_to_every_stakeholder(in_a, httpserver, smtp):
    people = [person("Ann One"), person("Ben Two"), person("Cat Three", is_active=True)]
    inactive = person("Dan Gone", is_active=False)
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)

    alert, _ = services.alert_trigger(dedup_key="x", title="Unroutable", severity="P0", category="legal")
    drain()

    alert.refresh_from_db()
    assert alert.routing["broadcast"] is True and "no routing rule matched" in alert.routing["reason"]
    assert {n.stakeholder for n in _sent(alert)} == set(people)
    assert not Notification.objects.filter(stakeholder=inactive).exists()


def test_unroutable_p3_opens_an_alert_but_pages_nobody(in_a, httpserver, smtp):
    person("Ann One")
    configure_channels(httpserver, smtp.port)
    alert, _ = services.alert_trigger(dedup_key="y", title="Minor", severity="P3", category="pr")
    assert not Notification.objects.filter(alert=alert).exists()
    assert alert.routing["broadcast"] is False


def test_repeat_trigger_with_same_dedup_key_updates_the_open_alert(in_a, httpserver, smtp):
    security_setup()
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)
    alert = _p1_security()
    drain()
    again, created = services.alert_trigger(
        dedup_key="event:acme:security:P1",
        title="Customer data posted (2nd source)",
        severity="P1",
        category="security",
        subject="acme",
    )
    drain()
    assert not created and again.pk == alert.pk
    again.refresh_from_db()
    assert again.trigger_count == 2
    # A repeat at the same severity pages nobody: the on-call gets an update in the page's thread.
    first, update = [json.loads(r.get_data()) for r in wire(httpserver, SLACK)]
    assert Alert.objects.count() == 1
    assert "thread_ts" not in first and update["thread_ts"] and "reply_broadcast" not in update
    assert update["text"].startswith("Update:")
    # At a higher severity it is a level change: the first tier is paged again, in the thread.
    services.alert_trigger(
        dedup_key="event:acme:security:P1", title="Dump confirmed", severity="P0", category="security"
    )
    drain()
    again.refresh_from_db()
    repage = json.loads(wire(httpserver, SLACK)[-1].get_data())
    assert again.severity == "P0" and again.trigger_count == 3
    assert repage["thread_ts"] == update["thread_ts"] and repage["reply_broadcast"] is True
    # Once resolved, the same key opens a new alert.
    services.alert_resolve(alert=again, via="web")
    third, created = services.alert_trigger(
        dedup_key="event:acme:security:P1", title="Back", severity="P1", category="security"
    )
    assert created and third.pk != alert.pk


def test_policy_edits_mid_incident_do_not_change_the_running_escalation(in_a, httpserver, smtp):
    setup = security_setup()
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)
    alert = _p1_security()
    drain()
    # Someone rewires tier 2 to Pat while the incident runs.
    step = setup.policies["security"].steps.get(order=1)
    step.stakeholders.set([setup.people["pat"]])
    clock.advance(301)
    tiers.alerts_check_deadlines()
    drain()
    assert _sent(alert).order_by("-id").first().stakeholder == setup.people["cleo"]


def test_policy_repeats_the_chain_then_stops(in_a, httpserver, smtp):
    a = person("Ann One")
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)
    p = policy("loop", [a], repeat=1)
    from escalation.models import RoutingRule

    RoutingRule.objects.create(name="all", order=1, policy=p)
    alert, _ = services.alert_trigger(dedup_key="z", title="Loop", severity="P1", category="pr")
    drain()
    for _ in range(3):
        clock.advance(301)
        tiers.alerts_check_deadlines()
        drain()
    assert _sent(alert).count() == 2  # first round + one repeat
    alert.refresh_from_db()
    assert alert.current_round == 1 and alert.ack_deadline is None


def test_on_call_step_pages_whoever_is_on_call_now_including_overrides(in_a, httpserver, smtp):
    a, b, c = person("Ann One"), person("Ben Two"), person("Cat Three")
    now = clock.now()
    rotation = OnCallRotation.objects.create(
        name="SecOps", handoff="daily", starts_at=now - timedelta(hours=1)
    )
    RotationMember.objects.create(rotation=rotation, stakeholder=a, position=0)
    RotationMember.objects.create(rotation=rotation, stakeholder=b, position=1)
    assert on_call_now(rotation=rotation, at=now) == a
    assert on_call_now(rotation=rotation, at=now + timedelta(days=1)) == b
    assert on_call_now(rotation=rotation, at=now + timedelta(days=2)) == a
    OnCallOverride.objects.create(
        rotation=rotation, stakeholder=c, starts_at=now, ends_at=now + timedelta(hours=2)
    )
    assert on_call_now(rotation=rotation, at=now + timedelta(minutes=5)) == c

    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)
    p = policy("oncall")
    EscalationStep.objects.create(policy=p, order=0, target="on_call", rotation=rotation)
    from escalation.models import RoutingRule

    RoutingRule.objects.create(name="all", order=1, policy=p)
    alert, _ = services.alert_trigger(dedup_key="oc", title="On call", severity="P1", category="operational")
    drain()
    assert [n.stakeholder for n in _sent(alert)] == [c]


def _move_clock_to_local_hour(*, hour: int, tz: str) -> None:
    """Move the platform clock forward to the next `hour`:00 in `tz` (an hour no DST change
    touches), so a test about working hours does not depend on when it runs."""
    from datetime import UTC
    from zoneinfo import ZoneInfo

    now = clock.now().astimezone(ZoneInfo(tz))
    target = now.replace(hour=hour, minute=0, second=0, microsecond=0)
    if target <= now:
        target += timedelta(days=1)
    clock.advance((target.astimezone(UTC) - now.astimezone(UTC)).total_seconds())


def test_working_hours_step_skips_people_outside_their_hours_and_moves_on(in_a, httpserver, smtp):
    from datetime import time

    night = person(
        "Night Owl", timezone="Pacific/Auckland", working_hours_start=time(9), working_hours_end=time(17)
    )
    fallback = person("Always On")
    _move_clock_to_local_hour(hour=20, tz="Pacific/Auckland")
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)
    p = policy("hours", [night], [fallback])
    p.steps.filter(order=0).update(only_working_hours=True)
    from escalation.models import RoutingRule

    RoutingRule.objects.create(name="all", order=1, policy=p)
    alert, _ = services.alert_trigger(dedup_key="wh", title="Hours", severity="P1", category="pr")
    drain()
    # Tier 1 reached nobody, so tier 2 fired at once instead of after the SLA.
    assert [n.stakeholder for n in _sent(alert)] == [fallback]


def test_sla_breach_is_flagged_and_recorded(in_a, httpserver, smtp):
    security_setup()
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)
    alert = _p1_security()
    from escalation.models import SeveritySLA

    assert tiers.sla_minutes(severity="P1") == 5 and tiers.sla_minutes(severity="P4") is None
    SeveritySLA.objects.create(severity="P2", ack_minutes=10)
    assert tiers.sla_minutes(severity="P2") == 10
    clock.advance(301)
    tiers.alerts_check_deadlines()
    alert.refresh_from_db()
    assert alert.sla_breached
