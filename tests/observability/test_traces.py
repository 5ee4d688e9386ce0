"""Traces and logs across processes: one trace from the intake request through the workers'
ingest, classify, detect and notify tasks (the context travels in the Celery message headers over
the real broker), and the worker's JSON log lines carry that trace's id."""

from __future__ import annotations

import json
import time
import uuid

import pytest
from celery.contrib.testing.worker import start_worker
from django.test import Client
from opentelemetry.trace import SpanKind

from config.celery import app
from config.queues import queue
from escalation.models import Notification
from ingestion.models import Event, Source
from ingestion.selectors import source_key_cache_clear
from ingestion.services import source_api_key_create
from tests.escalation.conftest import configure_channels, security_setup, slack_ok, wire
from tests.support import processes
from tests.support.tenancy import in_tenant

BREACH = "Hackers breached Acme's customer database and leaked passwords and card numbers"


def _post(tenant, *texts: str) -> None:
    tag = uuid.uuid4().hex[:8]
    with in_tenant(tenant):
        source = Source.objects.create(name="obs", slug=f"obs-{tag}", kind="generic")
        key = source_api_key_create(source=source)
    source_key_cache_clear()
    body = {"events": [{"id": f"{tag}-{i}", "text": t, "platform": "twitter"} for i, t in enumerate(texts)]}
    response = Client(HTTP_HOST=tenant.host).post(
        "/api/v1/events", data=body, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {key}"
    )
    assert response.status_code == 202, response.content


def _until(check, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out: {what}")


def _server_span(finished):
    [server] = [s for s in finished if s.kind == SpanKind.SERVER and "api/v1/events" in s.name]
    return server


@pytest.mark.live
def test_one_trace_follows_an_event_from_the_intake_request_to_the_page(
    live_db, tenant_a, spans, settings, tmp_path, httpserver, smtp, monkeypatch
):
    settings.CLASSIFICATION_COMMITTED_ARTIFACT = tmp_path / "no-model"  # rules tier, no encoder
    monkeypatch.setattr("config.celery._warmups", [])  # no model warm-up in this process
    slack_ok(httpserver)
    with in_tenant(tenant_a):
        security_setup()
        configure_channels(httpserver, smtp.port)
    processes.shared_worker.stop()  # the worker of this test is the only consumer
    # A worker in this process (so its spans reach the in-memory exporter) consuming the stage
    # queues over the real broker: the trace can only continue through the message headers.
    with start_worker(
        app,
        pool="solo",
        perform_ping_check=False,
        queues=[queue(s) for s in ("ingest", "classify", "detect", "notify")],  # eu.ingest, …
        shutdown_timeout=30,
    ):
        _post(tenant_a, BREACH)
        _until(lambda: wire(httpserver, "/api/chat.postMessage"), 120, "the page on Slack")

    finished = spans.get_finished_spans()
    server = _server_span(finished)
    by_id = {s.context.span_id: s for s in finished}

    def reaches_the_request(span) -> bool:
        while span.parent is not None:
            if span.parent.span_id == server.context.span_id:
                return True
            span = by_id.get(span.parent.span_id)
            if span is None:
                return False
        return False

    runs = {
        s.name.split("/", 1)[1] for s in finished if s.kind == SpanKind.CONSUMER and s.name.startswith("run/")
    }
    in_trace = {
        s.name.split("/", 1)[1]
        for s in finished
        if s.kind == SpanKind.CONSUMER
        and s.context.trace_id == server.context.trace_id
        and reaches_the_request(s)
    }
    stages = {
        "ingestion.process_raw_events",
        "classification.classify_events",
        "crisis.observe_events",
        "escalation.trigger_event_alert",
    }
    assert stages <= runs, runs
    assert stages <= in_trace, (in_trace, runs)
    # The database work of a task is inside its run span: the classify task's INSERT is there.
    [classify] = [s for s in finished if s.name == "run/classification.classify_events"]
    assert any(
        s.parent is not None and s.parent.span_id == classify.context.span_id and s.kind == SpanKind.CLIENT
        for s in finished
    )
    with in_tenant(tenant_a):
        assert Notification.objects.filter(status="sent").exists()


@pytest.mark.live
def test_a_worker_process_log_line_carries_the_trace_id_of_the_intake_request(live_db, tenant_a, spans):
    processes.shared_worker.stop()
    worker = processes.start_worker(name="trace-worker", queues="ingest")
    try:
        _post(tenant_a, "Acme Air lost my bag again", "Acme Air app down at check-in")
        with in_tenant(tenant_a):
            _until(lambda: Event.objects.count() == 2, 90, "events stored by the worker")
        line = _until(
            lambda: next(
                (
                    ln
                    for ln in worker.log_text().splitlines()
                    if "ingestion.process_raw_events" in ln and "succeeded" in ln
                ),
                None,
            ),
            30,
            "the task's log line",
        )
    finally:
        worker.stop()
    server = _server_span(spans.get_finished_spans())
    record = json.loads(line)
    assert record["trace_id"] == f"{server.context.trace_id:032x}"
    assert record["tenant"] == tenant_a.schema
    assert record["task_id"] and record["level"] == "INFO" and record["logger"] == "celery.app.trace"
