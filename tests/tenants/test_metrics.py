"""/metrics on the platform host: mission gauges per tenant, queue depth; not on tenant hosts."""

from __future__ import annotations

from django.test import Client, override_settings
from django.utils import timezone

from config.queues import queue
from ingestion.models import Event, RawEvent, Source
from tests.support.tenancy import in_tenant


def _event(i: int, source: Source) -> None:
    raw = RawEvent.objects.create(
        source=source, external_id=f"m{i}", payload={"text": "x"}, status="processed"
    )
    Event.objects.create(
        raw_event=raw,
        source=source,
        platform="twitter",
        external_id=f"m{i}",
        text="outage again",
        occurred_at=timezone.now(),
        content_hash=f"h{i}",
    )


def test_metrics_report_events_per_second_per_tenant_and_queue_depth(db, tenant_a, tenant_b):
    with in_tenant(tenant_a):
        source = Source.objects.create(name="X", slug="x", kind="twitter")
        for i in range(6):
            _event(i, source)
    body = Client(HTTP_HOST="localhost").get("/metrics").content.decode()

    assert 'crisisops_events_ingested_per_sec{tenant="tenant_a"} 0.1' in body
    assert 'crisisops_events_ingested_per_sec{tenant="tenant_b"} 0.0' in body
    assert f'crisisops_queue_depth{{queue="{queue("classify")}"}}' in body
    for name in (
        "classification_latency_p95_ms",
        "alert_delivery_latency_p95_sec",
        "escalation_rate",
        "sla_breach_count",
        "false_positive_rate",
        "llm_cost_per_event_usd",
        "agent_error_rate",
        "inbox_lag_seconds",
    ):
        assert f"crisisops_{name}{{tenant=" in body, name


def test_metrics_are_not_served_on_a_tenant_host(db, tenant_a):
    assert Client(HTTP_HOST=tenant_a.host).get("/metrics").status_code in (302, 404)


@override_settings(METRICS_TOKEN="s3cret")
def test_metrics_need_the_bearer_token_when_one_is_set(db):
    assert Client(HTTP_HOST="localhost").get("/metrics").status_code == 401
    ok = Client(HTTP_HOST="localhost").get("/metrics", HTTP_AUTHORIZATION="Bearer s3cret")
    assert ok.status_code == 200
