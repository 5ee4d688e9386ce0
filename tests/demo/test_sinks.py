"""The demo sinks answer like each provider and record what they receive per tenant; the outbox
page shows it per stakeholder, with working buttons for a manager and none for a viewer."""

from __future__ import annotations

import smtplib
from email.message import EmailMessage

import httpx
import pytest
from django.conf import settings
from slack_sdk import WebClient

from demo.sinks import OutboxRecorder, start_http, start_smtp
from tests.support.processes import free_port


@pytest.fixture(scope="module")
def sinks():
    recorder = OutboxRecorder(settings.REDIS_URL)
    smtp_port = free_port()
    smtp = start_smtp(recorder, port=smtp_port, default_tenant="tenant_a")
    http, _ = start_http(recorder, port=0, default_tenant="tenant_a")
    yield recorder, smtp_port, http
    http.shutdown()
    smtp.stop()


@pytest.fixture
def clean(sinks):
    recorder = sinks[0]
    for tenant in ("tenant_a", "tenant_b"):
        recorder.clear(tenant)
    yield sinks
    for tenant in ("tenant_a", "tenant_b"):
        recorder.clear(tenant)


def _mail(port, to, subject, text, html=None):
    msg = EmailMessage()
    msg["Subject"], msg["From"], msg["To"] = subject, "CrisisOps <alerts@crisisops.localhost>", to
    msg.set_content(text)
    if html:
        msg.add_alternative(html, subtype="html")
    with smtplib.SMTP("127.0.0.1", port) as smtp:
        smtp.send_message(msg)


def test_smtp_sink_records_each_recipient_under_its_tenant_with_links(clean):
    recorder, port, _ = clean
    recorder.register_email_routes("tenant_b", ["ciso@b.test"])
    _mail(
        port,
        "oncall@a.test, ciso@b.test",
        "P1 ALERT: breach rumour",
        "Acknowledge: http://a.localhost:8000/escalation/a/tok123\n",
        '<p><a href="http://a.localhost:8000/escalation/a/tok123">Acknowledge</a></p>',
    )
    [a] = recorder.list("tenant_a")
    [b] = recorder.list("tenant_b")
    assert (a["channel"], a["recipient"], a["subject"]) == (
        "email",
        "oncall@a.test",
        "P1 ALERT: breach rumour",
    )
    assert a["links"] == ["http://a.localhost:8000/escalation/a/tok123"] and a["has_html"]
    assert b["recipient"] == "ciso@b.test"


def test_http_sink_answers_like_slack_twilio_pagerduty_teams_and_webhooks(clean):
    recorder, _, http = clean
    slack = WebClient(token="xoxb-demo", base_url=f"{http.url}/t/tenant_a/slack/api/")
    blocks = [
        {"type": "section", "text": {"type": "mrkdwn", "text": "*P1* breach rumour"}},
        {
            "type": "actions",
            "block_id": "alert:7",
            "elements": [
                {
                    "type": "button",
                    "action_id": "alert_ack",
                    "value": "7",
                    "text": {"type": "plain_text", "text": "Acknowledge"},
                },
                {
                    "type": "button",
                    "action_id": "alert_open",
                    "url": "http://a.localhost:8000/x",
                    "text": {"type": "plain_text", "text": "Open"},
                },
            ],
        },
    ]
    answer = slack.chat_postMessage(channel="U0SEC", text="[P1] breach rumour", blocks=blocks)
    assert answer["ok"] and answer["channel"] == "U0SEC" and answer["ts"]
    bad = WebClient(token="not-a-token", base_url=f"{http.url}/slack/api/")
    with pytest.raises(Exception, match="invalid_auth"):
        bad.chat_postMessage(channel="U0SEC", text="x")

    from twilio.rest import Client

    twilio = Client("ACdemo0001", "secret")
    twilio.api.base_url = f"{http.url}/t/tenant_a"
    sms = twilio.messages.create(
        to="+447700900101", from_="+15005550006", body='P1 breach - reply "ACK 123456"'
    )
    assert sms.sid.startswith("SM") and sms.status == "queued"

    pd = httpx.post(
        f"{http.url}/t/tenant_a/v2/enqueue",
        json={
            "routing_key": "rk",
            "event_action": "trigger",
            "dedup_key": "a-7",
            "payload": {"summary": "P1 breach", "source": "crisisops", "severity": "critical"},
        },
    )
    assert pd.status_code == 202 and pd.json() == {
        "status": "success",
        "message": "Event processed",
        "dedup_key": "a-7",
    }
    invalid = httpx.post(
        f"{http.url}/v2/enqueue", json={"routing_key": "rk", "event_action": "trigger", "payload": {}}
    )
    assert invalid.status_code == 400 and invalid.json()["status"] == "invalid event"

    card = {
        "type": "AdaptiveCard",
        "body": [{"type": "TextBlock", "text": "P1 breach rumour"}],
        "actions": [
            {
                "type": "Action.OpenUrl",
                "title": "Acknowledge",
                "url": "http://a.localhost:8000/escalation/a/t",
            }
        ],
    }
    teams = httpx.post(
        f"{http.url}/t/tenant_a/teams/room-1",
        json={
            "type": "message",
            "attachments": [{"contentType": "application/vnd.microsoft.card.adaptive", "content": card}],
        },
    )
    assert teams.status_code == 200 and teams.text == "1"
    hook = httpx.post(
        f"{http.url}/t/tenant_a/hooks/bridge",
        json={"title": "P1 breach", "url": "http://a.localhost:8000/y"},
        headers={"X-Signature": "sha256=abc"},
    )
    assert hook.status_code == 200

    records = {r["channel"]: r for r in recorder.list("tenant_a")}
    assert set(records) == {"slack", "sms", "pagerduty", "teams", "webhook"}
    assert records["slack"]["actions"][0]["action_id"] == "alert_ack" and records["slack"]["links"] == [
        "http://a.localhost:8000/x"
    ]
    assert records["sms"]["recipient"] == "+447700900101"
    assert records["pagerduty"]["provider_id"] == "a-7"
    assert records["teams"]["links"] == ["http://a.localhost:8000/escalation/a/t"]
    assert records["webhook"]["headers"]["X-Signature"] == "sha256=abc"
    assert recorder.list("tenant_b") == []


def test_injected_fault_fails_the_next_delivery_only(clean):
    recorder, _, http = clean
    httpx.post(f"{http.url}/_sink/faults", json={"channel": "pagerduty", "status": 503, "count": 1})
    body = {
        "routing_key": "rk",
        "event_action": "trigger",
        "payload": {"summary": "s", "source": "x", "severity": "error"},
    }
    assert httpx.post(f"{http.url}/v2/enqueue", json=body).status_code == 503
    assert httpx.post(f"{http.url}/v2/enqueue", json=body).status_code == 202
    assert len(recorder.list("tenant_a")) == 1


def test_outbox_page_groups_messages_per_stakeholder_with_buttons_for_a_manager(clean, in_a, tenant_client):
    from escalation.models import Alert, Stakeholder
    from tenants import clock

    recorder, port, http = clean
    sam = Stakeholder.objects.create(
        name="Sam Okafor",
        role="Security on-call",
        email="sam@a.test",
        phone="+447700900101",
        slack_user_id="U0SEC",
    )
    now = clock.now()
    alert = Alert.objects.create(
        dedup_key="k",
        title="Breach",
        severity="P1",
        triggered_at=now,
        last_triggered_at=now,
        ack_code="654321",
    )
    slack = WebClient(token="xoxb-demo", base_url=f"{http.url}/t/tenant_a/slack/api/")
    blocks = [
        {
            "type": "actions",
            "block_id": f"alert:{alert.pk}",
            "elements": [
                {
                    "type": "button",
                    "action_id": "alert_ack",
                    "value": str(alert.pk),
                    "text": {"type": "plain_text", "text": "Acknowledge"},
                }
            ],
        }
    ]
    slack.chat_postMessage(channel="U0SEC", text="[P1] Breach", blocks=blocks)
    _mail(port, "sam@a.test", "P1 ALERT: Breach", "Open in CrisisOps: http://a.localhost:8000/crises/1/")
    from twilio.rest import Client

    twilio = Client("ACdemo0001", "secret")
    twilio.api.base_url = f"{http.url}/t/tenant_a"
    twilio.messages.create(
        to="+447700900101", from_="+15005550006", body='P1 Breach - reply "ACK 654321" to acknowledge'
    )

    page = tenant_client(email="manager@a.test").get("/demo/outbox/")
    html = page.content.decode()
    assert page.status_code == 200
    assert html.count('class="panel outbox-person"') == 1 and "Sam Okafor" in html
    assert html.count('class="outbox-msg') == 3
    assert "/slack" in html and "Reply “ACK 654321”" in html
    assert f"alert #{alert.pk} triggered" in html
    assert "Open in CrisisOps" in html

    viewer = tenant_client(email="viewer@a.test").get("/demo/outbox/").content.decode()
    assert "Sam Okafor" in viewer and "Reply “ACK" not in viewer and 'name="action_id"' not in viewer
    forged = tenant_client(email="viewer@a.test").post(
        f"/demo/outbox/{recorder.list('tenant_a')[0]['id']}/slack", {"action_id": "alert_ack"}
    )
    assert forged.status_code == 403
    fragment = (
        tenant_client(email="manager@a.test").get("/demo/outbox/", HTTP_HX_REQUEST="true").content.decode()
    )
    assert fragment.lstrip().startswith('<section id="outbox"') and "Sam Okafor" in fragment
    assert sam.pk


def test_outbox_page_needs_a_login(tenant_client, db):
    response = tenant_client().get("/demo/outbox/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
