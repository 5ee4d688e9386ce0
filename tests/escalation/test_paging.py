"""Paging policy per stakeholder (quiet hours, digest, one page per tier and level), guardrails
checked before a page leaves, and "not a crisis" feedback. Local Slack/SMTP/Twilio servers."""

from __future__ import annotations

import json
from datetime import time, timedelta

import pytest

from classification.models import ReviewItem
from crisis.models import Crisis, TimelineEntry
from escalation import delivery, digest, guardrails, services, tasks, tiers
from escalation.models import Alert, AlertFeedback, Notification, PagingGuardrail, Team
from tenants import clock
from tests.escalation.conftest import (
    TWILIO_TOKEN,
    configure_channels,
    drain,
    person,
    policy,
    security_setup,
    slack_ok,
    twilio_ok,
    twilio_path,
    wire,
)
from tests.escalation.test_inbound import slack_post
from tests.escalation.test_incidents import _classification, _crisis

SLACK = "/api/chat.postMessage"


@pytest.fixture(autouse=True)
def _fresh_guardrails():
    guardrails.rules_cache_clear()
    yield
    guardrails.rules_cache_clear()


def _route_all_to(*people, channels=()):
    from escalation.models import RoutingRule

    RoutingRule.objects.create(name="All", order=1, policy=policy("all", list(people), channels=channels))


def _quiet_now(p, *, hours: int = 2) -> None:
    """Quiet hours around the current time in the person's timezone (UTC)."""
    now = clock.now()
    p.quiet_hours_start = (now - timedelta(hours=1)).time().replace(second=0, microsecond=0)
    p.quiet_hours_end = (now + timedelta(hours=hours)).time().replace(second=0, microsecond=0)
    p.save()


def test_quiet_hours_hold_a_p2_and_let_a_p0_through(in_a, httpserver, smtp):
    pat = person("Pat Comms", digest_severities=[], timezone="UTC")
    _quiet_now(pat)
    _route_all_to(pat)
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)
    minor, _ = services.alert_trigger(
        dedup_key="p2", title="Grumbling about fees", severity="P2", category="pr"
    )
    urgent, _ = services.alert_trigger(
        dedup_key="p0", title="Branch evacuated", severity="P0", category="safety"
    )
    drain()
    held = Notification.objects.get(alert=minor)
    assert held.status == "held" and held.kind == "page" and held.error == "quiet hours"
    assert held.scheduled_for > clock.now() + timedelta(minutes=90)
    assert Notification.objects.get(alert=urgent).status == "sent"
    assert [json.loads(r.get_data())["text"] for r in wire(httpserver, SLACK)] == ["[P0] Branch evacuated"]
    # The quiet hours end: the beat releases the held page while the alert is still triggered.
    clock.advance(3 * 3600)
    tiers.alerts_check_deadlines()
    drain()
    held.refresh_from_db()
    assert held.status == "sent"
    assert json.loads(wire(httpserver, SLACK)[-1].get_data())["text"] == "[P2] Grumbling about fees"


def test_a_page_held_for_quiet_hours_is_dropped_if_someone_acknowledged_meanwhile(in_a, httpserver, smtp):
    pat = person("Pat Comms", digest_severities=[], timezone="UTC")
    _quiet_now(pat)
    _route_all_to(pat)
    configure_channels(httpserver, smtp.port)
    minor, _ = services.alert_trigger(dedup_key="p2", title="Grumbling", severity="P2", category="pr")
    services.alert_acknowledge(alert=minor, via="web", actor="manager@a.test")
    clock.advance(3 * 3600)
    tiers.alerts_check_deadlines()
    assert Notification.objects.get(alert=minor).status == "cancelled"
    assert not wire(httpserver, SLACK)


def test_p2_and_p3_go_into_one_email_digest_per_person(in_a, httpserver, smtp):
    pat = person("Pat Comms", digest_minutes=60)
    _route_all_to(pat)
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)
    one, _ = services.alert_trigger(
        dedup_key="a", title="Fee complaints rising", severity="P2", category="pr"
    )
    two, _ = services.alert_trigger(
        dedup_key="b", title="App store rating dipped", severity="P3", category="pr"
    )
    services.alert_resolve(alert=two, via="web")
    assert digest.digests_send() == 0  # not due yet
    drain()
    assert not wire(httpserver, SLACK) and not smtp.messages
    clock.advance(61 * 60)
    assert digest.digests_send() == 1
    drain()
    [mail] = smtp.wait_for(1)
    assert mail["to"] == [pat.email] and "[CrisisOps digest] 2 alert(s)" in mail["data"]
    assert "Fee complaints rising" in mail["data"] and "App store rating dipped" in mail["data"]
    entries = Notification.objects.filter(
        alert__in=[one, two], kind="digest", thread_ref__startswith="digest"
    )
    assert entries.count() == 2 and set(entries.values_list("status", flat=True)) == {"sent"}
    assert digest.digests_send() == 0  # nothing is sent twice


def test_a_reopened_crisis_pages_nobody_already_paged_at_its_level_and_updates_them_in_the_thread(
    in_a, httpserver, smtp
):
    setup = security_setup()
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)
    crisis = _crisis()
    tasks.trigger_crisis_alert(crisis.pk, "high")
    drain()
    Crisis.objects.filter(pk=crisis.pk).update(status="resolved", resolved_at=clock.now())
    tasks.resolve_crisis_alerts(crisis.pk)
    drain()
    Crisis.objects.filter(pk=crisis.pk).update(status="open", resolved_at=None, reopened_count=1)
    tasks.trigger_crisis_alert(crisis.pk, "high")  # the story flared up again
    drain()
    sam = list(
        Notification.objects.filter(stakeholder=setup.people["sam"], status="sent")
        .order_by("pk")
        .values_list("kind", flat=True)
    )
    assert sam == ["page", "resolved", "update"]
    bodies = [json.loads(r.get_data()) for r in wire(httpserver, SLACK)]
    root = bodies[0]
    assert all(b.get("thread_ts") for b in bodies[1:]) and "thread_ts" not in root


def test_no_sms_to_executives_below_p1_reaches_them_by_email_instead(in_a, httpserver, smtp):
    ceo = person("Hel Ceo", contact_preferences=["sms", "email"], digest_severities=[])
    execs = Team.objects.create(name="Executives", slug="executives")
    execs.members.set([ceo])
    PagingGuardrail.objects.create(
        name="No SMS to executives below P1",
        kind=PagingGuardrail.Kind.FORBID_CHANNELS,
        severities=["P2", "P3", "P4"],
        channels=["sms"],
        team=execs,
    )
    _route_all_to(ceo)
    configure_channels(httpserver, smtp.port)
    twilio_ok(httpserver)
    p2, _ = services.alert_trigger(
        dedup_key="p2", title="Fee complaints rising", severity="P2", category="pr"
    )
    p1, _ = services.alert_trigger(dedup_key="p1", title="Data on a paste site", severity="P1", category="pr")
    drain()
    assert Notification.objects.get(alert=p2, status="sent").channel == "email"
    assert Notification.objects.get(alert=p1, status="sent").channel == "sms"
    assert len(wire(httpserver, twilio_path())) == 1


def test_a_page_that_breaks_a_guardrail_is_halted_recorded_and_the_admins_told(
    in_a, httpserver, smtp, monkeypatch
):
    pat = person("Pat Comms", contact_preferences=["sms", "email"], digest_severities=[])
    _route_all_to(pat)
    configure_channels(httpserver, smtp.port)
    twilio_ok(httpserver)
    crisis = _crisis(category="pr")
    alert, _ = services.alert_trigger(
        dedup_key="x", title="Refunds", severity="P4", category="pr", crisis=crisis
    )  # pending on SMS: no rule yet
    PagingGuardrail.objects.create(
        name="P4 by email only",
        kind=PagingGuardrail.Kind.ONLY_CHANNELS,
        severities=["P4"],
        channels=["email"],
    )
    guardrails.rules_cache_clear()
    told = []
    monkeypatch.setattr(delivery, "enqueue", lambda name, **kw: told.append((name, kw)))
    drain()
    halted = Notification.objects.get(alert=alert, channel="sms")
    assert halted.status == "halted" and "P4 by email only" in halted.error
    assert Notification.objects.get(alert=alert, channel="email").status == "sent"  # the compliant channel
    assert not wire(httpserver, twilio_path())
    assert (
        "escalation.notify_admins",
        {
            "subject": "Page halted by guardrail 'P4 by email only'",
            "reason": halted.error,
            "alert_id": alert.pk,
        },
    ) in told
    policy_entry = TimelineEntry.objects.get(crisis=crisis, kind="policy")
    assert policy_entry.message.startswith("SMS to Pat Comms halted: guardrail 'P4 by email only'")


def test_a_message_naming_a_customer_is_halted_on_every_channel(in_a, httpserver, smtp):
    pat = person("Pat Comms", contact_preferences=["slack", "email"], digest_severities=[])
    _route_all_to(pat)
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)
    PagingGuardrail.objects.create(name="No customer names", kind=PagingGuardrail.Kind.NO_PERSONAL_DATA)
    alert, _ = services.alert_trigger(
        dedup_key="n",
        title="Complaint escalated",
        severity="P1",
        category="pr",
        summary="Margaret Thompson from Leeds says her refund was refused twice",
    )
    drain()
    rows = list(
        Notification.objects.filter(alert=alert).order_by("pk").values_list("channel", "status", "error")
    )
    assert [(c, st) for c, st, _ in rows] == [("slack", "halted"), ("email", "halted"), ("email", "skipped")]
    assert rows[0][2] == (
        "guardrail 'No customer names': the message carries personal data: PERSON×2 (in the summary)"
    )
    assert rows[2][2] == "every channel of the chain was tried"
    assert not wire(httpserver, SLACK) and not smtp.messages


def test_not_a_crisis_from_slack_lands_on_the_timeline_in_review_ground_truth_and_the_metric(
    in_a, httpserver, smtp, tenant_client
):
    from django.db import connection

    from tenants.metrics import TENANT_GAUGES

    setup = security_setup()
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)
    crisis = _crisis()
    event = _classification("P1")
    tasks.trigger_event_alert(event.pk)  # pages; adopted by the crisis' alert below
    alert = Alert.objects.get(pk=tasks.trigger_crisis_alert(crisis.pk, "high"))
    drain()
    response = slack_post(
        tenant_client(), alert, action="alert_false_alarm", user_id=setup.people["sam"].slack_user_id
    )
    assert response.status_code == 200 and "recorded as not a crisis" in response.json()["text"]
    feedback = AlertFeedback.objects.get(alert=alert)
    assert (feedback.verdict, feedback.via, feedback.actor) == ("false_alarm", "slack", "Sam Secops")
    alert.refresh_from_db()
    assert alert.state == "acknowledged"  # whoever says "false alarm" handled the page
    entry = TimelineEntry.objects.get(crisis=crisis, kind="feedback")
    assert "Sam Secops via slack on alert" in entry.message and "Not a crisis" in entry.message
    item = ReviewItem.objects.get(classification=event)
    assert (item.status, item.proposed_severity, item.final_severity) == ("corrected", "P1", "P4")
    # A second click records nothing new.
    slack_post(tenant_client(), alert, action="alert_false_alarm", user_id=setup.people["sam"].slack_user_id)
    assert AlertFeedback.objects.filter(alert=alert).count() == 1
    sql = dict((name, query) for name, _, query in TENANT_GAUGES)["crisisops_false_positive_rate"]
    with connection.cursor() as cursor:
        cursor.execute(sql, {"now": clock.now()})
        assert float(cursor.fetchone()[0]) == 1.0


def test_not_a_crisis_by_sms_reply(in_a, httpserver, smtp, tenant_client):
    from tests.escalation.test_inbound import _twilio_post

    setup = security_setup()
    configure_channels(httpserver, smtp.port)
    alert, _ = services.alert_trigger(dedup_key="k", title="Breach", severity="P1", category="security")
    params = {"From": setup.people["sam"].phone, "To": "+15005550006", "Body": f"NO {alert.ack_code}"}
    response = _twilio_post(tenant_client(), params, token=TWILIO_TOKEN)
    assert b"recorded as not a crisis" in response.content
    assert AlertFeedback.objects.get(alert=alert).via == "sms"


def test_not_a_crisis_by_the_signed_email_link(in_a, httpserver, smtp, tenant_client, tenant_a):
    """The page's mail carries "Not a crisis" beside ACK: a GET only shows the choice (a mail
    scanner changes nothing), the POST records the person's answer and acknowledges."""
    from escalation import links

    setup = security_setup()
    configure_channels(httpserver, smtp.port)
    alert, _ = services.alert_trigger(dedup_key="k", title="Breach", severity="P1", category="security")
    url = links.email_action_url(
        alert=alert,
        host=tenant_a.host,
        schema_name=tenant_a.schema,
        action="false_alarm",
        recipient=setup.people["sam"],
    )
    path = url.split(":8000", 1)[1]
    client = tenant_client()
    assert client.get(path).status_code == 200
    assert not AlertFeedback.objects.filter(alert=alert).exists()
    assert client.post(path).status_code == 200
    feedback = AlertFeedback.objects.get(alert=alert)
    assert (feedback.verdict, feedback.via, feedback.actor) == ("false_alarm", "email", "Sam Secops")
    alert.refresh_from_db()
    assert alert.state == "acknowledged"


def test_quiet_hours_are_read_in_the_persons_timezone(in_a):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from escalation.paging import quiet_until

    tokyo = ZoneInfo("Asia/Tokyo")
    p = person("Tok Yo", timezone="Asia/Tokyo", quiet_hours_start=time(22, 0), quiet_hours_end=time(7, 0))
    late = datetime(2026, 12, 10, 23, 30, tzinfo=tokyo)
    noon = datetime(2026, 12, 10, 12, 0, tzinfo=tokyo)
    assert quiet_until(p, late) == datetime(2026, 12, 11, 7, 0, tzinfo=tokyo)
    assert quiet_until(p, noon) is None


def test_paging_figures_are_exported_per_tenant_on_the_metrics_endpoint(
    in_a, httpserver, smtp, tenant_client
):
    from django.test import Client

    setup = security_setup()
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)
    crisis = _crisis()
    tasks.trigger_event_alert(_classification("P1").pk)  # pages Sam; adopted by the crisis' alert
    alert = Alert.objects.get(pk=tasks.trigger_crisis_alert(crisis.pk, "high"))  # Sam: an update
    drain()
    slack_post(tenant_client(), alert, action="alert_false_alarm", user_id=setup.people["sam"].slack_user_id)
    body = Client(HTTP_HOST="localhost").get("/metrics").content.decode()
    assert 'crisisops_pages_per_incident{tenant="tenant_a"} 1.0' in body
    assert 'crisisops_alerts_per_incident{tenant="tenant_a"} 2.0' in body
    assert 'crisisops_notifications_per_stakeholder_hour{tenant="tenant_a"} 2.0' in body
    assert 'crisisops_alert_false_alarm_rate{tenant="tenant_a"} 1.0' in body
    assert 'crisisops_pages_per_incident{tenant="tenant_b"} 0.0' in body
