"""classification.classify_events on a real Celery worker, in the tenant's schema."""

from __future__ import annotations

import time

import pytest

from classification.models import Classification
from config.celery import enqueue
from tests.classification.conftest import make_event
from tests.support.tenancy import in_tenant


@pytest.mark.live
def test_classify_events_task_runs_on_a_real_worker_in_the_tenant_schema(
    live_db, celery_worker, tenant_a, tenant_b
):
    with in_tenant(tenant_a):
        event = make_event("Ransomware attack confirmed: customer data breach, passwords leaked")
        enqueue("classification.classify_events", event_ids=[event.pk])
    deadline = time.monotonic() + 60
    cls = None
    while time.monotonic() < deadline and cls is None:
        with in_tenant(tenant_a):
            cls = Classification.objects.filter(event_id=event.pk).first()
        time.sleep(0.2)
    assert cls is not None, celery_worker.log_text()[-3000:]
    # The built-in P0 rules that fire here are unproven: their claim is a hint and a doubt, not the answer.
    assert (cls.category, cls.tier) == ("security", "model")
    assert cls.tier_opinions["rules"]["severity"] == "P0" and cls.tier_opinions["model"]["rules_hint"]
    assert cls.paged == (cls.severity in ("P0", "P1"))
    rule = cls.tier_opinions["rules"]["rule"]
    assert f"unproven rule {rule} says P0" in cls.tier_opinions["review"]["reasons"]
    with in_tenant(tenant_b):
        assert not Classification.objects.exists()
