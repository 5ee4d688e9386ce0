"""/metrics after real work: exact counter and histogram deltas, every name once, the mission's
metrics present, and a worker process's samples merged in (PROMETHEUS_MULTIPROC_DIR)."""

from __future__ import annotations

import time
import uuid

import pytest
from django.test import Client

from classification.models import Classification
from config.queues import queue as region_queue
from ingestion.models import Event, RawEvent
from ingestion.selectors import source_key_cache_clear
from ingestion.services import source_api_key_create
from tests.observability.scrape import Scrape, scrape
from tests.support import processes
from tests.support.tenancy import in_tenant

# The mission's ten metrics as this platform exports them (docs/observability.md maps each):
# a process-side counter/histogram, a per-tenant gauge, or both.
MISSION = {
    "events_ingested_per_sec": ["crisisops_events_ingested", "crisisops_events_ingested_per_sec"],
    "classification_latency_p95_ms": [
        "crisisops_classification_latency_ms",
        "crisisops_classification_latency_p95_ms",
    ],
    "alert_delivery_latency_sec": [
        "crisisops_alert_delivery_latency_sec",
        "crisisops_alert_delivery_latency_p95_sec",
    ],
    "escalation_rate": ["crisisops_escalation_rate", "crisisops_escalations"],
    "false_positive_rate": ["crisisops_false_positive_rate"],
    "sla_breach_count": ["crisisops_sla_breach_count", "crisisops_sla_breaches"],
    "llm_api_latency_ms": ["crisisops_llm_api_latency_ms"],
    "llm_cost_per_event_usd": ["crisisops_llm_cost_per_event_usd", "crisisops_cost_per_event_usd"],
    "agent_error_rate": ["crisisops_agent_error_rate", "crisisops_task_runs"],
    "queue lag (kafka_lag_sec)": ["crisisops_queue_age_seconds", "crisisops_queue_depth"],
}
SCORING = ["crisisops_crisis_score", "crisisops_crisis_level", "crisisops_pages_per_incident"]


def _push(tenant, texts: list[str]) -> list[int]:
    """POST the texts to the tenant's generic intake; the RawEvent ids, in order."""
    from ingestion.models import Source

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
    with in_tenant(tenant):
        return list(
            RawEvent.objects.filter(source=source).order_by("external_id").values_list("id", flat=True)
        )


def test_every_name_is_exported_once_and_the_mission_metrics_are_there(db, tenant_a):
    names = scrape().names()
    for metric, exported in MISSION.items():
        assert set(exported) <= names, (metric, set(exported) - names)
    assert set(SCORING) <= names


def test_a_scrape_after_pushing_events_shows_the_exact_deltas(db, tenant_a, settings, tmp_path):
    from classification.tasks import classify_events
    from ingestion.tasks import process_raw_events

    settings.CLASSIFICATION_COMMITTED_ARTIFACT = tmp_path / "no-model"  # rules tier: no encoder load
    before = scrape()
    ids = _push(
        tenant_a,
        [
            "Acme Air lost my bag again, third time this year",
            "Acme Air app is down, cannot check in for my flight",
            "Lovely crew on the Acme Air flight to Oslo today",
        ],
    )
    with in_tenant(tenant_a):
        process_raw_events.apply(kwargs={"raw_event_ids": ids})
        event_ids = list(Event.objects.filter(raw_event_id__in=ids).values_list("id", flat=True))
        classify_events.apply(kwargs={"event_ids": event_ids})
        latencies = list(
            Classification.objects.filter(event_id__in=event_ids).values_list("tier", "latency_ms")
        )
    after = scrape()

    def delta(name: str, **labels: str) -> float:
        return after.total(name, **labels) - before.total(name, **labels)

    assert len(event_ids) == 3 and len(latencies) == 3
    assert delta("crisisops_events_ingested_total", duplicate="false") == 3
    assert delta("crisisops_events_ingested_total", duplicate="true") == 0
    assert delta("crisisops_payloads_rejected_total") == 0
    # Each task run once, counted under its stage's queue, with one duration sample.
    for queue, task in (
        (region_queue("ingest"), "ingestion.process_raw_events"),
        (region_queue("classify"), "classification.classify_events"),
    ):
        assert delta("crisisops_task_runs_total", queue=queue, task=task, outcome="succeeded") == 1
        assert delta("crisisops_task_runs_total", task=task, outcome="failed") == 0
        assert delta("crisisops_task_duration_seconds_count", queue=queue, task=task) == 1
    # The classification histogram: one observation per event, the sum is the stored latencies.
    assert delta("crisisops_classification_latency_ms_count") == 3
    assert delta("crisisops_classification_latency_ms_sum") == pytest.approx(sum(ms for _, ms in latencies))
    for tier in {t for t, _ in latencies}:
        assert delta("crisisops_classifications_total", tier=tier) == sum(
            1 for t, _ in latencies if t == tier
        )
        le_inf = delta("crisisops_classification_latency_ms_bucket", tier=tier, le="+Inf")
        assert le_inf == sum(1 for t, _ in latencies if t == tier)
    # The per-tenant gauge is computed from the rows: 3 events in the last minute.
    assert after.value("crisisops_events_ingested_per_sec", tenant="tenant_a") == pytest.approx(3 / 60)


@pytest.mark.live
def test_a_worker_process_samples_reach_metrics_through_the_multiprocess_directory(
    live_db, tenant_a, tmp_path, monkeypatch
):
    """The worker is its own process: without the shared directory its counters would be lost."""
    multiproc = tmp_path / "prometheus"
    multiproc.mkdir()
    processes.shared_worker.stop()  # the task must reach the worker that writes to `multiproc`
    worker = processes.start_worker(
        name="metrics-worker", queues="ingest", PROMETHEUS_MULTIPROC_DIR=str(multiproc)
    )
    try:
        # The intake commits and hands the batch to the ingest queue itself.
        ids = _push(tenant_a, ["Acme Air strike: every flight cancelled", "Acme Air refund still missing"])
        deadline = time.monotonic() + 90
        with in_tenant(tenant_a):
            while Event.objects.filter(raw_event_id__in=ids).count() < 2:
                assert time.monotonic() < deadline, worker.log_text()[-3000:]
                time.sleep(0.3)
        time.sleep(0.5)  # the counter is written after the batch's task returns
        monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(multiproc))
        merged: Scrape = scrape()
    finally:
        worker.stop()
    # Only the worker wrote to this directory: its counts, exactly.
    assert merged.value("crisisops_events_ingested_total", duplicate="false") == 2
    assert (
        merged.value(
            "crisisops_task_runs_total",
            queue=region_queue("ingest"),
            task="ingestion.process_raw_events",
            outcome="succeeded",
        )
        == 1
    )
    assert merged.value("crisisops_queue_wait_seconds_count", queue=region_queue("ingest")) == 1
