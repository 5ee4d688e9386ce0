"""A row in tenant A's schema is invisible from tenant B: ORM, HTTP and Celery."""

from __future__ import annotations

import json
import time
import uuid

import pytest
import redis
from django.conf import settings
from django.utils import timezone

from crisis.models import Crisis
from ingestion.models import WatchTerm
from tenants.tasks import probe
from tests.support.tenancy import in_tenant


def _make_crisis(title: str) -> Crisis:
    return Crisis.objects.create(
        subject="acme", title=title, opened_at=timezone.now(), score=0.7, level="high"
    )


def test_row_in_tenant_a_is_invisible_to_tenant_b_through_the_orm(db, tenant_a, tenant_b):
    with in_tenant(tenant_a):
        WatchTerm.objects.create(slug="acme", name="Acme")
        assert WatchTerm.objects.filter(slug="acme").exists()
    with in_tenant(tenant_b):
        assert not WatchTerm.objects.filter(slug="acme").exists()
        assert WatchTerm.objects.count() == 0


def test_row_in_tenant_a_is_invisible_through_http_on_tenant_b_host(db, tenant_a, tenant_b, tenant_client):
    with in_tenant(tenant_a):
        _make_crisis("Only-in-A data breach rumour")

    page_a = tenant_client(tenant_a, "manager@a.test").get("/")
    page_b = tenant_client(tenant_b, "outsider@b.test").get("/")

    assert page_a.status_code == 200 and b"Only-in-A data breach rumour" in page_a.content
    assert page_b.status_code == 200 and b"Only-in-A data breach rumour" not in page_b.content


def test_session_of_tenant_a_does_not_log_into_tenant_b(db, tenant_a, tenant_b, tenant_client):
    client = tenant_client(tenant_a, "manager@a.test")
    assert client.get("/").status_code == 200
    response = client.get("/", HTTP_HOST=tenant_b.host)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_unknown_host_is_refused(db, tenant_client, tenant_a):
    client = tenant_client(tenant_a)
    assert client.get("/", HTTP_HOST="nobody.localhost").status_code == 404


def _run_probe(schema_org, table: str) -> dict:
    token = uuid.uuid4().hex
    with in_tenant(schema_org):
        probe.apply_async(kwargs={"token": token, "table": table})
    r = redis.Redis.from_url(settings.REDIS_URL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        raw = r.get(f"probe:{token}")
        if raw:
            return json.loads(raw)
        time.sleep(0.1)
    raise AssertionError("the worker did not answer the probe within 30 s")


@pytest.mark.live
def test_celery_task_for_a_runs_in_a_schema_and_b_does_not_see_a_rows(
    live_db, celery_worker, tenant_a, tenant_b
):
    with in_tenant(tenant_a):
        WatchTerm.objects.create(slug="acme", name="Acme")
        WatchTerm.objects.create(slug="acme-bank", name="Acme Bank")

    answer_a = _run_probe(tenant_a, "ingestion_watchterm")
    answer_b = _run_probe(tenant_b, "ingestion_watchterm")

    assert answer_a == {"schema": "tenant_a", "count": 2}
    assert answer_b == {"schema": "tenant_b", "count": 0}
