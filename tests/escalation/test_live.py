"""End to end with real processes: the Celery worker delivers, the beat task escalates, a worker
is killed (SIGKILL) mid-delivery. Provider servers are local (pytest-httpserver)."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
import uuid

import pytest
from django.conf import settings
from kombu import Connection
from werkzeug import Request, Response

from config.celery import app
from crisis.models import Crisis, TimelineEntry
from escalation.models import Alert, ChannelConfig, Notification
from tenants import clock
from tests.escalation.conftest import configure_channels, person, security_setup, slack_ok, wire
from tests.escalation.test_inbound import slack_post
from tests.support import processes
from tests.support.tenancy import in_tenant

SLACK = "/api/chat.postMessage"


def _wait(predicate, timeout: float = 30.0, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def _send(task: str, schema: str, queue: str | None = None, **kwargs):
    options = {"headers": {"_schema_name": schema}}
    if queue:
        options["queue"] = queue
    app.send_task(task, kwargs=kwargs, **options)


@pytest.mark.live
def test_p1_security_crisis_pages_slack_escalates_after_five_minutes_and_stops_after_slack_ack(
    live_db, celery_worker, tenant_a, httpserver, smtp, tenant_client
):
    httpserver.expect_request("/api/chat.update").respond_with_json({"ok": True})
    slack_ok(httpserver)
    with in_tenant(tenant_a):
        setup = security_setup()
        configure_channels(httpserver, smtp.port)
        crisis = Crisis.objects.create(
            subject="acme",
            title="Acme breach",
            level="high",
            category="security",
            score=0.8,
            opened_at=clock.now(),
        )
    _send("escalation.trigger_crisis_alert", tenant_a.schema, crisis_id=crisis.pk, level="high")

    first = _wait(lambda: wire(httpserver, SLACK), what="tier-1 Slack message")[0]
    body = json.loads(first.get_data())
    assert body["channel"] == setup.people["sam"].slack_user_id
    assert any(b["type"] == "actions" for b in body["blocks"])

    clock.advance(5 * 60 + 1)
    _send("escalation.beat.check_deadlines", tenant_a.schema)
    second = _wait(lambda: wire(httpserver, SLACK)[1:], what="tier-2 Slack message")[0]
    assert json.loads(second.get_data())["channel"] == setup.people["cleo"].slack_user_id

    with in_tenant(tenant_a):
        alert = Alert.objects.get(crisis=crisis)
        assert alert.current_tier == 1
    assert slack_post(tenant_client(), alert, user_id=setup.people["cleo"].slack_user_id).status_code == 200

    clock.advance(3600)
    _send("escalation.beat.check_deadlines", tenant_a.schema)
    _wait(lambda: wire(httpserver, "/api/chat.update"), what="Slack buttons replaced after ACK")
    time.sleep(1.0)
    assert len(wire(httpserver, SLACK)) == 2
    with in_tenant(tenant_a):
        alert.refresh_from_db()
        assert alert.state == "acknowledged" and alert.acknowledged_actor == "Cleo Ciso"
        assert Crisis.objects.get(pk=crisis.pk).status == "acknowledged"
        kinds = set(TimelineEntry.objects.filter(crisis=crisis).values_list("kind", flat=True))
        assert {"routing", "notification", "escalation", "ack"} <= kinds


@pytest.mark.live
def test_a_p1_event_during_the_crisis_folds_into_its_alert_and_the_worker_replies_in_the_thread(
    live_db, celery_worker, tenant_a, httpserver, smtp
):
    """The real hand-offs on a real worker: the crisis' alert pages the on-call on Slack; a P1
    event of the same story (it names the crisis' subject) folds into that alert, and the on-call
    gets a reply in the page's thread, not a second page."""
    from classification.models import Classification
    from ingestion.models import Event, RawEvent, Source

    httpserver.expect_request("/api/chat.update").respond_with_json({"ok": True})
    slack_ok(httpserver)
    with in_tenant(tenant_a):
        setup = security_setup()
        configure_channels(httpserver, smtp.port)
        crisis = Crisis.objects.create(
            subject="acme", subjects=["acme"], title="Acme breach", level="high", category="security",
            severity="P1", score=0.8, opened_at=clock.now(),
        )  # fmt: skip
        source = Source.objects.create(slug="x", name="X", kind="twitter")
        raw = RawEvent.objects.create(source=source, external_id="t1", payload={})
        event = Event.objects.create(
            raw_event=raw, source=source, platform="twitter", external_id="t1", content_hash="t1",
            text="Is my Acme card safe? My details were in the leak", occurred_at=clock.now(), subjects=["acme"],
        )  # fmt: skip
        cls = Classification.objects.create(
            event=event, severity="P1", category="security", confidence=0.9, tier="rules"
        )
    _send("escalation.trigger_crisis_alert", tenant_a.schema, crisis_id=crisis.pk, level="high")
    page = json.loads(_wait(lambda: wire(httpserver, SLACK), what="the crisis' page")[0].get_data())
    _send("escalation.trigger_event_alert", tenant_a.schema, classification_id=cls.pk)
    reply = json.loads(_wait(lambda: wire(httpserver, SLACK)[1:], what="the thread reply")[0].get_data())
    # The page goes to Sam's user id; the reply to the conversation Slack put it in (its answer's).
    assert page["channel"] == setup.people["sam"].slack_user_id and reply["channel"] == "D0SLACK"
    assert "thread_ts" not in page and reply["thread_ts"] and reply["text"].startswith("Update:")
    time.sleep(1.0)
    assert len(wire(httpserver, SLACK)) == 2  # no second page
    with in_tenant(tenant_a):
        [alert] = Alert.objects.all()
        assert alert.trigger_count == 2 and event.pk in alert.details["event_ids"]


@pytest.mark.live
def test_worker_killed_while_slack_holds_the_request_open_delivers_exactly_once_after_restart(
    live_db, celery_worker, tenant_a, httpserver, smtp
):
    """A dedicated worker is SIGKILLed while the local Slack server holds its chat.postMessage
    open (Slack never answered it). The broker gives the unacked task back; once the claim's lease
    has run out, another worker sends the attempt again with the same delivery key and Slack
    answers it; a duplicate delivery of the same task sends nothing."""
    queue = f"escal-crash-{uuid.uuid4().hex[:6]}"
    arrived, release = threading.Event(), threading.Event()
    answered: list[dict] = []

    def slack(request: Request) -> Response:
        body = json.loads(request.get_data())
        if not arrived.is_set():
            arrived.set()
            release.wait(30)  # held open until the worker is dead; its answer reaches nobody
            return Response(status=503)
        answered.append(body)
        return Response(
            json.dumps({"ok": True, "channel": body["channel"], "ts": f"{time.time():.6f}"}),
            content_type="application/json",
        )

    httpserver.expect_request(SLACK, method="POST").respond_with_handler(slack)
    with in_tenant(tenant_a):
        ann = person("Ann One", contact_preferences=["slack"])
        configure_channels(httpserver, smtp.port, kinds=("slack",))
        now = clock.now()
        alert = Alert.objects.create(
            dedup_key="crash", title="Crash test", severity="P1", triggered_at=now, last_triggered_at=now
        )
        n = Notification.objects.create(
            alert=alert,
            stakeholder=ann,
            channel="slack",
            chain=["slack"],
            idempotency_key=uuid.uuid4().hex,
            scheduled_for=now,
        )

    first = processes.start_worker(name="escal-crash-1", queues=queue)
    try:
        _send("escalation.deliver_notification", tenant_a.schema, queue=queue, notification_id=n.pk)
        assert arrived.wait(30), "the worker never reached Slack"
        os.kill(first.proc.pid, signal.SIGKILL)
        assert first.proc.wait(timeout=10) == -signal.SIGKILL
    finally:
        release.set()
        first.stop()
    with in_tenant(tenant_a):
        n.refresh_from_db()
        assert n.status == "sending"  # claimed, outcome unknown
    assert answered == []

    # The claim's lease runs out; the broker gives the unacked message back (as it does after
    # its visibility timeout) and a new worker picks it up.
    clock.advance(settings.ESCALATION_DELIVERY_LEASE_SECONDS + 1)
    with Connection(settings.CELERY_BROKER_URL, transport_options={"visibility_timeout": 0}) as conn:
        conn.default_channel.qos.restore_visible(num=100)
    # The session worker takes over the killed worker's queue.
    app.control.add_consumer(queue, reply=True, timeout=10)
    try:
        _wait(lambda: answered, what="the redelivered attempt answered by Slack")
        _send("escalation.deliver_notification", tenant_a.schema, queue=queue, notification_id=n.pk)
        _wait(lambda: "'already sent'" in celery_worker.log_text(), what="the duplicate to be dropped")
    finally:
        app.control.cancel_consumer(queue, reply=True, timeout=10)
    requests = [json.loads(r.get_data()) for r in wire(httpserver, SLACK)]
    assert len(requests) == 2 and len(answered) == 1
    keys = {r["metadata"]["event_payload"]["delivery"] for r in requests}
    assert keys == {n.idempotency_key}  # the resend carries the same delivery key
    with in_tenant(tenant_a):
        n.refresh_from_db()
        assert n.status == "sent" and Notification.objects.filter(alert=alert).count() == 1
        assert ChannelConfig.objects.get(kind="slack").enabled
