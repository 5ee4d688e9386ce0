"""The alert message carries the plan's top recommended actions and a link to the plan, though
the plan is built beside the alert (never before it): messages sent before it arrives are
rewritten (Slack) or followed by one update on their thread (email); later ones carry them."""

from __future__ import annotations

import json
from email import message_from_bytes
from urllib.parse import parse_qs

import pytest

from escalation.models import Alert, Notification, Stakeholder
from escalation.tiers import alerts_check_deadlines
from response.alerts import PLAN_PATH
from tenants import clock
from tests.escalation.conftest import slack_ok
from tests.response.conftest import configure_channels, drain, open_crisis, wire


@pytest.fixture
def wired(desk, httpserver, smtp):
    configure_channels(httpserver, smtp.port, kinds=("slack", "email"))
    slack_ok(httpserver)
    httpserver.expect_request("/api/chat.update", method="POST").respond_with_json({"ok": True})
    return desk


def _form(request) -> dict:
    body = request.get_data(as_text=True)
    try:
        return json.loads(body)
    except json.JSONDecodeError:
        return {k: v[0] for k, v in parse_qs(body).items()}


def _text(blocks) -> str:
    if isinstance(blocks, str):
        blocks = json.loads(blocks)
    return json.dumps(blocks)


def _body(message: dict) -> str:
    mail = message_from_bytes(message["raw"])
    parts = [p for p in mail.walk() if p.get_content_type() == "text/plain"]
    return parts[0].get_payload(decode=True).decode().replace("\r\n", "\n")


def test_the_slack_card_sent_before_the_plan_is_rewritten_with_its_actions_and_the_next_tier_carries_them(
    wired, handoffs, httpserver, smtp
):
    crisis = open_crisis(level="high")
    handoffs.run("escalation.trigger_crisis_alert")  # the alert goes out first…
    drain()
    (first,) = wire(httpserver, "/api/chat.postMessage")
    assert "Recommended actions" not in _text(_form(first)["blocks"])

    handoffs.run("response.plan_crisis", "escalation.slack_refresh_messages")  # …the plan follows
    alert = Alert.objects.get(crisis=crisis)
    actions = alert.details["recommended_actions"]
    assert [a["title"] for a in actions] == [
        "Confirm the scope with the security on-call",  # due in 15 min
        "Check logs and monitoring for signs of compromise",  # 30 min, first in the plan's order
        "Legal review of the disclosure duty",  # 30 min
    ]
    assert actions[0]["owner"] == "Sam Secops"
    (update,) = wire(httpserver, "/api/chat.update")
    card = _text(_form(update)["blocks"])
    url = f"http://a.localhost:8000{PLAN_PATH.format(crisis_id=crisis.pk)}"
    assert "Recommended actions" in card and "1. Confirm the scope with the security on-call" in card
    assert "Sam Secops, due" in card and url in card

    clock.advance(6 * 60)  # no ACK: tier 2, the CISO by email, gets the actions in the page itself
    alerts_check_deadlines()
    drain()
    (mail,) = [m for m in smtp.messages if "cleo@a.test" in m["to"]]
    body = _body(mail)
    assert "Recommended actions:\n1. Confirm the scope with the security on-call — Sam Secops, due" in body
    assert f"Response plan: {url}" in body


def test_a_person_paged_by_email_before_the_plan_gets_its_actions_on_their_thread(wired, handoffs, smtp):
    Stakeholder.objects.filter(name="Sam Secops").update(contact_preferences=["email"], slack_user_id="")
    crisis = open_crisis(level="high")
    handoffs.run("escalation.trigger_crisis_alert")
    drain()
    (page,) = smtp.messages
    assert "Recommended actions" not in _body(page)

    handoffs.run("response.plan_crisis")
    drain()
    update = Notification.objects.get(alert__crisis=crisis, kind="update", stakeholder__name="Sam Secops")
    assert update.status == "sent" and update.thread_ref  # a reply to the page
    assert "Recommended actions:\n1. Confirm the scope with the security on-call — Sam Secops" in update.body
    assert len(smtp.messages) == 2 and "Response plan: http://a.localhost:8000/crises/" in _body(
        smtp.messages[1]
    )
    handoffs.run("response.plan_crisis")  # the same plan again: nobody is told twice
    drain()
    assert len(smtp.messages) == 2


def test_a_crisis_alert_that_opens_after_its_plan_gets_the_actions_from_the_sweep(
    wired, handoffs, httpserver
):
    from response.alerts import actions_attach_missing

    crisis = open_crisis(level="high")
    handoffs.run("response.plan_crisis")  # the plan is ready before escalation opened the alert
    assert not Alert.objects.filter(crisis=crisis).exists()
    handoffs.run("escalation.trigger_crisis_alert")
    alert = Alert.objects.get(crisis=crisis)
    assert "recommended_actions" not in alert.details

    assert actions_attach_missing() == 1  # the 10 s beat
    alert.refresh_from_db()
    assert alert.details["recommended_actions"][0]["title"] == "Confirm the scope with the security on-call"
    assert alert.details["recommended_link"] == PLAN_PATH.format(crisis_id=crisis.pk)
    assert actions_attach_missing() == 0  # once
