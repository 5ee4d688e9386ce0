"""Delivery: retries with backoff, fallback to the next channel, permanent errors, all attempts on
record; and each transport's wire format against a local server."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
from email import message_from_bytes

from escalation import services
from escalation.delivery import notification_deliver
from escalation.models import ChannelConfig, Notification, RoutingRule, Stakeholder
from escalation.transports.webhook.transport import verify
from tests.escalation.conftest import (
    TWILIO_SID,
    configure_channels,
    drain,
    person,
    policy,
    slack_ok,
    twilio_ok,
    twilio_path,
    wire,
)

SLACK = "/api/chat.postMessage"


def _route_all_to(*people, channels=()):
    p = policy("all", list(people), channels=channels)
    RoutingRule.objects.create(name="all", order=1, policy=p)
    return p


def _trigger(**kw):
    defaults = {
        "dedup_key": "d",
        "title": "Data leak rumour",
        "severity": "P1",
        "category": "security",
        "subject": "acme",
    }
    defaults.update(kw)
    return services.alert_trigger(**defaults)[0]


def test_slack_500_three_times_then_sms_then_email_with_every_attempt_recorded(in_a, httpserver, smtp):
    ann = person("Ann One", contact_preferences=["slack", "sms", "email"])
    _route_all_to(ann)
    configure_channels(httpserver, smtp.port)
    httpserver.expect_request(SLACK).respond_with_data("internal error", status=500)
    httpserver.expect_request(twilio_path()).respond_with_json(
        {"code": 20500, "message": "Internal Server Error", "status": 500}, status=500
    )
    alert = _trigger()
    drain()

    attempts = list(
        Notification.objects.filter(alert=alert).order_by("id").values_list("channel", "attempt", "status")
    )
    assert attempts == [
        ("slack", 1, "failed"),
        ("slack", 2, "failed"),
        ("slack", 3, "failed"),
        ("sms", 1, "failed"),
        ("sms", 2, "failed"),
        ("sms", 3, "failed"),
        ("email", 1, "sent"),
    ]
    assert len(wire(httpserver, SLACK)) == 3 and len(wire(httpserver, twilio_path())) == 3
    [mail] = smtp.messages
    assert mail["to"] == [ann.email]
    # Backoff doubles: attempt 2 after 1 s, attempt 3 after 2 s (scheduled, not slept here).
    slack_rows = list(Notification.objects.filter(alert=alert, channel="slack").order_by("id"))
    gaps = [(b.scheduled_for - a.finished_at).total_seconds() for a, b in itertools.pairwise(slack_rows)]
    assert 0.9 < gaps[0] < 1.5 and 1.9 < gaps[1] < 2.5


def test_sms_on_the_wire_is_a_real_twilio_messages_create(in_a, httpserver, smtp):
    ann = person("Ann One", contact_preferences=["sms"])
    _route_all_to(ann)
    configure_channels(httpserver, smtp.port)
    twilio_ok(httpserver)
    alert = _trigger()
    drain()
    [req] = wire(httpserver, twilio_path())
    form = dict(req.form)
    assert form["To"] == ann.phone and form["From"] == "+15005550006"
    assert f"ACK {alert.ack_code}" in form["Body"]
    assert req.authorization.username == TWILIO_SID
    assert Notification.objects.get(alert=alert, channel="sms").provider_message_id.startswith("SM")


def test_revoked_slack_token_disables_the_channel_tells_admins_and_falls_back(in_a, httpserver, smtp):
    ann = person("Ann One", contact_preferences=["slack", "email"])
    _route_all_to(ann)
    configure_channels(httpserver, smtp.port)
    httpserver.expect_request(SLACK).respond_with_json({"ok": False, "error": "token_revoked"})
    alert = _trigger()
    drain()
    slack = ChannelConfig.objects.get(kind="slack")
    assert not slack.enabled and "token_revoked" in slack.disabled_reason
    assert list(
        Notification.objects.filter(alert=alert, purpose="notify").values_list("channel", "status")
    ) == [("slack", "failed_permanent"), ("email", "sent")]
    assert len(wire(httpserver, SLACK)) == 1  # never retried
    # The admin notice is its own task; run it here.
    from escalation.upkeep import admins_notify

    assert (
        admins_notify(
            subject="Slack channel disabled for the whole organisation",
            reason="token_revoked",
            alert_id=alert.pk,
        )
        == 1
    )
    assert any("admin@a.test" in m["to"] for m in smtp.messages)
    # The next alert skips Slack straight away.
    second = _trigger(dedup_key="d2")
    drain()
    assert list(Notification.objects.filter(alert=second).values_list("channel", flat=True)) == ["email"]


def test_unknown_slack_user_disables_slack_for_that_person_only(in_a, httpserver, smtp):
    ann = person("Ann One", contact_preferences=["slack", "email"])
    _route_all_to(ann)
    configure_channels(httpserver, smtp.port)
    httpserver.expect_request(SLACK).respond_with_json({"ok": False, "error": "user_not_found"})
    _trigger()
    drain()
    ann.refresh_from_db()
    assert "slack" in ann.disabled_channels and ChannelConfig.objects.get(kind="slack").enabled


def test_delivering_the_same_attempt_twice_sends_once(in_a, httpserver, smtp):
    ann = person("Ann One", contact_preferences=["slack"])
    _route_all_to(ann)
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)
    alert = _trigger()
    n = Notification.objects.get(alert=alert)
    assert notification_deliver(notification_id=n.pk) == "sent"
    assert notification_deliver(notification_id=n.pk) == "already sent"
    assert len(wire(httpserver, SLACK)) == 1


def test_email_has_html_and_text_with_signed_ack_link(in_a, httpserver, smtp):
    ann = person("Ann One", contact_preferences=["email"])
    _route_all_to(ann)
    configure_channels(httpserver, smtp.port)
    alert = _trigger(details={"explanation": "Mentions up 12x in 10 minutes"})
    drain()
    [mail] = smtp.messages
    msg = message_from_bytes(mail["raw"])
    assert f"alert #{alert.pk}" in msg["Subject"]
    parts = {
        p.get_content_type(): p.get_payload(decode=True).decode() for p in msg.walk() if not p.is_multipart()
    }
    assert set(parts) == {"text/plain", "text/html"}
    assert "Mentions up 12x" in parts["text/plain"] and "/escalation/a/" in parts["text/plain"]
    assert 'href="http://a.localhost:8000/escalation/a/' in parts["text/html"]


def test_teams_gets_an_adaptive_card_mentioning_the_recipient(in_a, httpserver, smtp):
    ann = person("Ann One", contact_preferences=["teams"], teams_upn="ann@a.test")
    _route_all_to(ann)
    configure_channels(httpserver, smtp.port)
    httpserver.expect_request("/teams/webhook").respond_with_data("1")
    _trigger(title='Quote "leak" <b>')
    drain()
    [req] = wire(httpserver, "/teams/webhook")
    body = json.loads(req.get_data())
    card = body["attachments"][0]
    assert card["contentType"] == "application/vnd.microsoft.card.adaptive"
    assert card["content"]["type"] == "AdaptiveCard"
    assert card["content"]["body"][0]["text"].endswith('Quote "leak" <b>')
    assert card["content"]["msteams"]["entities"][0]["mentioned"]["id"] == "ann@a.test"
    assert [a["title"] for a in card["content"]["actions"]][:3] == ["Acknowledge", "Not a crisis", "Resolve"]


def test_pagerduty_trigger_then_acknowledge_and_resolve_share_the_dedup_key(in_a, httpserver, smtp):
    ann = person("Ann One", contact_preferences=["pagerduty"])
    _route_all_to(ann)
    configure_channels(httpserver, smtp.port)
    httpserver.expect_request("/v2/enqueue").respond_with_json(
        {"status": "success", "message": "Event processed", "dedup_key": "x"}, status=202
    )
    alert = _trigger(severity="P0")
    drain()
    services.alert_acknowledge(alert=alert, via="web", actor="x")
    drain()
    services.alert_resolve(alert=alert, via="web")
    drain()
    events = [json.loads(r.get_data()) for r in wire(httpserver, "/v2/enqueue")]
    assert [e["event_action"] for e in events] == ["trigger", "acknowledge", "resolve"]
    assert len({e["dedup_key"] for e in events}) == 1
    assert events[0]["payload"]["severity"] == "critical" and events[0]["routing_key"].startswith("R0UTING")


def test_webhook_is_signed_with_hmac_sha256(in_a, httpserver, smtp):
    ann = person("Ann One", contact_preferences=["webhook"])
    _route_all_to(ann)
    configure_channels(httpserver, smtp.port)
    httpserver.expect_request("/hooks/crisis").respond_with_data("", status=204)
    alert = _trigger()
    drain()
    [req] = wire(httpserver, "/hooks/crisis")
    raw = req.get_data()
    header = req.headers["X-CrisisOps-Signature"]
    assert verify("whsec-test", header, raw)
    assert not verify("other-secret", header, raw)
    t = header.split(",")[0].split("=")[1]
    assert header.endswith(hmac.new(b"whsec-test", f"{t}.".encode() + raw, hashlib.sha256).hexdigest())
    doc = json.loads(raw)
    assert doc["event"] == "alert.triggered" and doc["alert"]["id"] == alert.pk
    assert req.headers["Idempotency-Key"] == Notification.objects.get(alert=alert).idempotency_key


def test_webhook_404_disables_the_channel(in_a, httpserver, smtp):
    ann = person("Ann One", contact_preferences=["webhook", "email"])
    _route_all_to(ann)
    configure_channels(httpserver, smtp.port)
    httpserver.expect_request("/hooks/crisis").respond_with_data("gone", status=404)
    _trigger()
    drain()
    assert not ChannelConfig.objects.get(kind="webhook").enabled
    assert len(smtp.messages) == 1


def test_person_with_no_usable_channel_is_recorded_as_skipped(in_a, httpserver, smtp):
    ghost = Stakeholder.objects.create(name="No Contact", contact_preferences=["sms"], email="")
    _route_all_to(ghost)
    configure_channels(httpserver, smtp.port, kinds=("slack",))
    alert = _trigger()
    [row] = Notification.objects.filter(alert=alert)
    assert row.status == "skipped" and "sms not configured" in row.error


def test_shared_endpoint_gets_one_message_per_tier_not_one_per_person(in_a, httpserver, smtp):
    ann = person("Ann One", contact_preferences=["teams"])
    ben = person("Ben Two", contact_preferences=["teams"])
    _route_all_to(ann, ben)
    configure_channels(httpserver, smtp.port)
    httpserver.expect_request("/teams/webhook").respond_with_data("1")
    _trigger()
    drain()
    assert len(wire(httpserver, "/teams/webhook")) == 1
