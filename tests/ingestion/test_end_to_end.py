"""HTTP intake → RawEvent → real Celery worker → redacted, deduped Event (real broker, real DB)."""

from __future__ import annotations

import time
import uuid

from django.test import Client

from ingestion.models import Event, RawEvent, Source
from ingestion.selectors import source_key_cache_clear
from ingestion.services import source_api_key_create
from tests.support.tenancy import in_tenant


def test_pushed_events_become_redacted_deduped_events_on_a_real_worker(live_db, celery_worker, tenant_a):
    tag = uuid.uuid4().hex[:8]
    with in_tenant(tenant_a):
        source = Source.objects.create(name="e2e", slug=f"e2e-{tag}", kind="generic")
        key = source_api_key_create(source=source)
    source_key_cache_clear()
    post = f"Acme Air refund still missing, write to mary.major@example.org or call 415-555-0199 [{tag}]"
    body = {
        "events": [
            {"id": "e2e-1", "text": post, "platform": "twitter", "author": {"name": "mm", "followers": 40}},
            {"id": "e2e-2", "text": f"RT @mm: {post}", "platform": "twitter", "author": {"followers": 60}},
            {
                "id": "e2e-3",
                "text": f"Unrelated: Acme Air lounge in Oslo is lovely [{tag}]",
                "platform": "twitter",
            },
        ]
    }
    response = Client(HTTP_HOST=tenant_a.host).post(
        "/api/v1/events", data=body, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {key}"
    )
    assert response.status_code == 202 and response.json()["accepted"] == 3

    deadline = time.monotonic() + 120
    with in_tenant(tenant_a):
        while time.monotonic() < deadline:
            if Event.objects.filter(source=source).count() == 3:
                break
            time.sleep(0.5)
        else:
            raise AssertionError(f"events not processed in time:\n{celery_worker.log_text()[-3000:]}")
        first = Event.objects.get(source=source, external_id="e2e-1")
        dup = Event.objects.get(source=source, external_id="e2e-2")
        assert "mary.major@example.org" not in first.text and "415-555-0199" not in first.text
        assert "<EMAIL_ADDRESS>" in first.text
        assert dup.canonical_id == first.pk
        first.refresh_from_db()
        assert (first.duplicate_count, first.reach) == (2, 100)
        assert Event.objects.get(source=source, external_id="e2e-3").canonical_id is None
        assert set(RawEvent.objects.filter(source=source).values_list("status", flat=True)) == {
            RawEvent.Status.PROCESSED,
            RawEvent.Status.DUPLICATE,
        }


def test_the_task_reports_what_it_did(generic_source, handoffs):
    # Also makes pytest-django create the test database when this file runs alone: the live
    # test above only asks for `live_db`, which does not declare database access by itself.
    from ingestion.tasks import process_raw_events
    from tests.ingestion.conftest import generic_payload, store

    ids = store(generic_source, generic_payload("fine"), {"id": "bad", "text": ""})
    assert process_raw_events.run(ids) == {
        "claimed": 2,
        "events": 1,
        "duplicates": 0,
        "needs_review": 1,
        "held_pii": 0,
    }
