"""The `rabbitmq` subset end to end: RabbitMQ is the only broker the processes share.

Daphne and the Celery workers run as real processes with CELERY_BROKER_URL pointing at this
run's RabbitMQ virtual host (quorum queues, publisher confirms, config/broker.py); the session's
Redis-broker worker is stopped first, so nothing else could run the tasks."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
import uuid

import httpx
import pytest
from django.conf import settings
from werkzeug import Request, Response

from config.queues import queue
from escalation.models import Alert, ChannelConfig, Notification
from ingestion.models import Event, RawEvent, Source
from ingestion.selectors import source_key_cache_clear
from ingestion.services import source_api_key_create
from tenants import clock
from tests.broker.conftest import _rabbitmqctl
from tests.escalation.conftest import configure_channels, person, security_setup, slack_ok, wire
from tests.support import processes
from tests.support.tenancy import in_tenant

SLACK = "/api/chat.postMessage"
ALL_QUEUES = "ingest,classify,detect,notify,respond,beat"  # stages: start_worker names their queues
pytestmark = [pytest.mark.rabbitmq, pytest.mark.live]


def _wait(check, timeout: float, what: str, proc=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.25)
    raise AssertionError(f"timed out: {what}\n{proc.log_text()[-3000:] if proc else ''}")


def _queues(url: str) -> dict[str, str]:
    listed = _rabbitmqctl(
        "-q", "list_queues", "-p", url.rsplit("/", 1)[1], "name", "type", "--no-table-headers"
    )
    return dict(line.split() for line in listed.stdout.splitlines() if line.strip())


def test_intake_to_page_end_to_end_with_rabbitmq_as_the_broker(rabbitmq, tenant_a, httpserver, smtp):
    slack_ok(httpserver)
    with in_tenant(tenant_a):
        security_setup()
        configure_channels(httpserver, smtp.port, kinds=("slack",))
        source = Source.objects.create(name="rmq", slug=f"rmq-{uuid.uuid4().hex[:6]}", kind="generic")
        key = source_api_key_create(source=source)
    source_key_cache_clear()
    processes.shared_worker.stop()
    worker = processes.start_worker(name="rmq-worker", queues=ALL_QUEUES, CELERY_BROKER_URL=rabbitmq)
    daphne, port = processes.start_daphne(CELERY_BROKER_URL=rabbitmq)
    try:
        posted = httpx.post(
            f"http://127.0.0.1:{port}/api/v1/events",
            json={
                "events": [
                    {
                        "id": "rmq-1",
                        "text": "Hackers breached Acme's customer database and leaked passwords and card numbers",
                        "platform": "twitter",
                        "severity": "critical",  # the source's own word: pages whatever the model says
                    }
                ]
            },
            headers={"Host": tenant_a.host, "Authorization": f"Bearer {key}"},
            timeout=30,
        )
        assert posted.status_code == 202, posted.text
        page = _wait(lambda: wire(httpserver, SLACK), 240, "the page on Slack", worker)[0]
    finally:
        daphne.stop()
        worker.stop()
    assert "Acme" in json.loads(page.get_data())["text"] or json.loads(page.get_data())["blocks"]
    with in_tenant(tenant_a):
        [event] = Event.objects.filter(source=source)
        assert RawEvent.objects.get(source=source).status == RawEvent.Status.PROCESSED
        alert = Alert.objects.get()
        assert alert.severity in ("P0", "P1") and event.pk in alert.details["event_ids"]
        assert Notification.objects.filter(alert=alert, status="sent", channel="slack").count() == 1
    # Every stage queue the hand-offs used is a quorum queue of this run's virtual host.
    types = _queues(rabbitmq)
    stages = [queue(s) for s in ("ingest", "classify", "detect", "notify")]  # eu.ingest, …
    assert {q: types.get(q) for q in stages} == dict.fromkeys(stages, "quorum")


def test_a_worker_killed_mid_delivery_gives_the_message_back_and_it_is_delivered_once(
    rabbitmq, amqp_app, tenant_a, httpserver, smtp
):
    """SIGKILL while Slack holds the worker's request open: RabbitMQ requeues the unacked message
    as soon as the connection drops (no visibility timeout to wait out), and once the claim's
    lease has run out the next worker sends the attempt again with the same delivery key."""
    arrived, release = threading.Event(), threading.Event()
    answered: list[dict] = []

    def slack(request: Request) -> Response:
        body = json.loads(request.get_data())
        if not arrived.is_set():
            arrived.set()
            release.wait(30)  # held open until the worker is dead
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
    processes.shared_worker.stop()
    first = processes.start_worker(name="rmq-crash-1", queues="notify", CELERY_BROKER_URL=rabbitmq)
    try:
        amqp_app.send_task(
            "escalation.deliver_notification",
            kwargs={"notification_id": n.pk},
            headers={"_schema_name": tenant_a.schema},
        )
        assert arrived.wait(60), "the worker never reached Slack"
        os.kill(first.proc.pid, signal.SIGKILL)
        assert first.proc.wait(timeout=10) == -signal.SIGKILL
    finally:
        release.set()
        first.stop()
    from config import broker

    # Back in the queue at once: the quorum queue requeued the unacked delivery.
    assert _wait(
        lambda: broker.queue_depths(url=rabbitmq, queues=[queue("notify")])[queue("notify")] == 1,
        20,
        "requeue",
    )
    with in_tenant(tenant_a):
        n.refresh_from_db()
        assert n.status == "sending" and answered == []

    clock.advance(settings.ESCALATION_DELIVERY_LEASE_SECONDS + 1)
    second = processes.start_worker(name="rmq-crash-2", queues="notify", CELERY_BROKER_URL=rabbitmq)
    try:
        _wait(lambda: answered, 60, "the redelivered attempt answered by Slack", second)
        amqp_app.send_task(
            "escalation.deliver_notification",
            kwargs={"notification_id": n.pk},
            headers={"_schema_name": tenant_a.schema},
        )
        _wait(lambda: "'already sent'" in second.log_text(), 60, "the duplicate to be dropped", second)
    finally:
        second.stop()
    requests = [json.loads(r.get_data()) for r in wire(httpserver, SLACK)]
    assert len(requests) == 2 and len(answered) == 1
    assert {r["metadata"]["event_payload"]["delivery"] for r in requests} == {n.idempotency_key}
    with in_tenant(tenant_a):
        n.refresh_from_db()
        assert n.status == "sent" and Notification.objects.filter(alert=alert).count() == 1
        assert ChannelConfig.objects.get(kind="slack").enabled
