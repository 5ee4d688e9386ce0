"""Against a real Daphne: the simulator's pushes are accepted by the platform's real intake
endpoints in every push wire format, and the outbox's Slack button acknowledges an alert through
the platform's signed Slack interaction endpoint."""

from __future__ import annotations

import re
from collections import Counter

import httpx
import pytest
from django.conf import settings
from django.db import connection
from django.test import Client

from demo.player import Player, Pusher
from demo.scenario import PUSHED
from demo.scenarios import generate
from demo.seed import SOURCE_SLUGS, demo_seed
from demo.sinks import OutboxRecorder, start_http
from tenants import clock
from tests.support.tenancy import in_tenant

pytestmark = pytest.mark.live


@pytest.fixture
def seeded(live_db, tenant_a):
    with in_tenant(tenant_a):
        demo_seed(world_url="http://127.0.0.1:1", sinks_url="http://127.0.0.1:1", schema=tenant_a.schema)
    connection.set_schema_to_public()
    return tenant_a


def test_every_pushed_item_is_accepted_by_the_real_intake_endpoints(seeded, daphne_server):
    from ingestion.models import RawEvent

    scenario = generate(7)
    client = httpx.Client(
        base_url=f"http://127.0.0.1:{daphne_server.port}", headers={"Host": seeded.host}, timeout=30
    )
    player = Player(
        scenario=scenario, world=None, pusher=Pusher(client, t0=clock.now()), speed=1, all_at_once=True
    )
    result = player.run()
    assert result.errors == [] and sum(result.failed.values()) == 0
    expected = Counter(i.channel for i in scenario.items if i.channel in PUSHED)
    assert result.accepted == expected
    with in_tenant(seeded):
        stored = Counter(RawEvent.objects.values_list("source__slug", flat=True))
    by_slug = Counter()
    for channel, n in expected.items():
        by_slug[SOURCE_SLUGS[channel]] += n
    # PagerDuty / Alertmanager resolve messages may update instead of adding; nothing is lost.
    for slug, n in by_slug.items():
        assert stored[slug] >= (n if slug not in ("pagerduty-events", "alertmanager") else n // 2), slug


def test_outbox_slack_button_acknowledges_the_alert_through_the_signed_slack_endpoint(seeded, daphne_server):
    from slack_sdk import WebClient

    from escalation.models import Alert

    recorder = OutboxRecorder(settings.REDIS_URL)
    recorder.clear(seeded.schema)
    sink, _ = start_http(recorder, port=0, default_tenant=seeded.schema)
    try:
        with in_tenant(seeded):
            now = clock.now()
            alert = Alert.objects.create(
                dedup_key="demo-test", title="Breach rumour", severity="P1", category="security",
                triggered_at=now, last_triggered_at=now,
            )  # fmt: skip
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
        WebClient(token="xoxb-demo", base_url=f"{sink.url}/slack/api/").chat_postMessage(
            channel="U0SECONCALL", text="[P1] Breach rumour", blocks=blocks
        )
        record = recorder.list(seeded.schema)[0]

        session = Client(HTTP_HOST=seeded.host)
        with in_tenant(seeded):
            session.force_login(seeded.user("manager@a.test"))
        cookies = {k: v.value for k, v in session.cookies.items()}
        browser = httpx.Client(
            base_url=f"http://127.0.0.1:{daphne_server.port}",
            headers={"Host": seeded.host},
            cookies=cookies,
            timeout=30,
        )
        page = browser.get("/demo/outbox/")
        assert page.status_code == 200 and "Acknowledge" in page.text
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
        done = browser.post(
            f"/demo/outbox/{record['id']}/slack",
            data={"action_id": "alert_ack", "csrfmiddlewaretoken": token},
            headers={"Referer": f"http://{seeded.host}/demo/outbox/"},
        )
        assert done.status_code == 302
        with in_tenant(seeded):
            alert.refresh_from_db()
        assert alert.state == Alert.State.ACKNOWLEDGED and alert.acknowledged_via == "slack"
        assert alert.acknowledged_actor == "Sam Okafor"
        assert f"alert #{alert.pk} acknowledged" in browser.get("/demo/outbox/").text
    finally:
        sink.shutdown()
        recorder.clear(seeded.schema)


def test_outbox_sms_reply_no_records_not_a_crisis_through_the_signed_twilio_endpoint(seeded, daphne_server):
    from escalation.models import Alert, AlertFeedback

    recorder = OutboxRecorder(settings.REDIS_URL)
    recorder.clear(seeded.schema)
    try:
        with in_tenant(seeded):
            now = clock.now()
            alert = Alert.objects.create(
                dedup_key="demo-sms", title="Breach rumour", severity="P1", category="security",
                triggered_at=now, last_triggered_at=now, ack_code="482913",
            )  # fmt: skip
        recorder.record(
            seeded.schema,
            channel="sms",
            recipient="+447700900101",  # Sam Okafor's phone (demo seed)
            sender="+15005550006",
            subject='P1 Breach rumour — reply "ACK 482913" to acknowledge, "NO 482913" if it is not a crisis',
            text='P1 Breach rumour — reply "ACK 482913" to acknowledge, "NO 482913" if it is not a crisis',
        )
        record = recorder.list(seeded.schema)[0]
        session = Client(HTTP_HOST=seeded.host)
        with in_tenant(seeded):
            session.force_login(seeded.user("manager@a.test"))
        browser = httpx.Client(
            base_url=f"http://127.0.0.1:{daphne_server.port}",
            headers={"Host": seeded.host},
            cookies={k: v.value for k, v in session.cookies.items()},
            timeout=30,
        )
        page = browser.get("/demo/outbox/")
        assert "Reply “NO 482913” (not a crisis)" in page.text
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
        done = browser.post(
            f"/demo/outbox/{record['id']}/sms",
            data={"verb": "NO", "code": "482913", "csrfmiddlewaretoken": token},
            headers={"Referer": f"http://{seeded.host}/demo/outbox/"},
        )
        assert done.status_code == 302
        with in_tenant(seeded):
            feedback = AlertFeedback.objects.get(alert=alert)
            alert.refresh_from_db()
        assert (feedback.verdict, feedback.via, feedback.actor) == ("false_alarm", "sms", "Sam Okafor")
        assert alert.state == Alert.State.ACKNOWLEDGED
    finally:
        recorder.clear(seeded.schema)
