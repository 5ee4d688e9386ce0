"""The real hand-off: `crisis.observe_events` enqueued by name, run by a Celery worker in the
tenant's schema, opens the crisis."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from config.celery import enqueue
from crisis.models import Crisis, DetectorState
from tenants.redis import redis_client
from tests.crisis.factories import bulk, configure, unique_subject
from tests.support.tenancy import in_tenant

pytestmark = pytest.mark.live


def test_observe_events_task_on_a_real_worker_opens_the_crisis(
    live_db, celery_worker, tenant_a, tenant_b, sim_clock
):
    for key in redis_client().scan_iter("crisis:*"):
        redis_client().delete(key)
    subject = unique_subject()
    sim_clock.set(datetime(2026, 12, 9, 11, 0, tzinfo=UTC))
    with in_tenant(tenant_a):
        configure(debounce_seconds=0.0005)
        for _ in range(10):
            events = bulk(subject, [(sim_clock.now(), "neg")] * 10)
            enqueue("crisis.observe_events", event_ids=[e.pk for e in events])
            seen = f"crisis:seen:{tenant_a.schema}:cls:{events[-1].pk}"
            deadline = time.monotonic() + 30
            while not redis_client().exists(seen) and time.monotonic() < deadline:
                time.sleep(0.05)  # let the worker see this batch before the clock moves on
            sim_clock.advance(15)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not Crisis.objects.filter(subject=subject).exists():
            time.sleep(0.5)
        crisis = Crisis.objects.filter(subject=subject).first()
        assert crisis is not None, celery_worker.log_text()[-3000:]
        assert crisis.level in ("high", "critical")
        assert DetectorState.objects.filter(subject=subject).exists()
    with in_tenant(tenant_b):
        assert not Crisis.objects.exists() and not DetectorState.objects.exists()
