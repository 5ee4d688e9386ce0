"""Requests while PostgreSQL is away: probes answer without the tenant lookup, the host's tenant
is remembered, pages are served read-only under a banner, writes and APIs get 503 + Retry-After,
never a 500. (The same with a real PostgreSQL stopped and started: tests/faults/.)"""

from __future__ import annotations

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.db import OperationalError
from django.test import Client
from django_tenants.middleware.main import TenantMainMiddleware

from config import middleware, outage

REFUSED = 'connection to server at "127.0.0.1", port 5432 failed: Connection refused'


def _refuse(*args, **kwargs):
    raise OperationalError(REFUSED)


@pytest.fixture(autouse=True)
def _fresh_process_state(monkeypatch):
    monkeypatch.setattr(middleware, "_tenants", {})
    monkeypatch.setattr(middleware, "_pages", middleware.OrderedDict())
    monkeypatch.setattr(outage, "_state", {"since": None, "last": None})


def test_healthz_answers_without_a_single_query(tenant_a, django_assert_num_queries, db):
    with django_assert_num_queries(0):
        response = Client(HTTP_HOST=tenant_a.host).get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


def test_readyz_reports_a_database_that_does_not_answer_as_503_not_500(tenant_a, monkeypatch, db):
    monkeypatch.setattr(TenantMainMiddleware, "get_tenant", _refuse)
    monkeypatch.setattr("tenants.health.database", _refuse)

    response = Client(HTTP_HOST=tenant_a.host).get("/readyz")

    assert response.status_code == 503
    check = response.json()["checks"]["database"]
    assert check["ok"] is False and "Connection refused" in check["detail"]
    assert response.json()["checks"]["redis"]["ok"] is True


def test_the_tenant_of_a_known_host_is_remembered_during_an_outage(tenant_a, in_a, monkeypatch):
    client = Client(HTTP_HOST=tenant_a.host, HTTP_ACCEPT="application/json", raise_request_exception=False)
    assert client.get("/api/v1/alerts").status_code in (401, 403)  # the host resolved, from the database
    monkeypatch.setattr(TenantMainMiddleware, "get_tenant", _refuse)
    monkeypatch.setattr(middleware, "TENANT_REMEMBER_SECONDS", 0.0)  # even a stale entry serves

    assert client.get("/api/v1/alerts").status_code in (401, 403)  # routed to the same tenant
    unknown = Client(HTTP_HOST="never-seen.localhost", HTTP_ACCEPT="application/json").get("/api/v1/alerts")
    assert unknown.status_code == 503 and unknown["Retry-After"] == "10"
    assert unknown.json()["detail"] == "the database is unavailable; retry later"


@pytest.fixture
def manager(tenant_client, tenant_a, in_a):
    client = tenant_client(tenant_a, email="manager@a.test")
    client.defaults["HTTP_ACCEPT"] = "text/html"
    client.raise_request_exception = False  # answer as a server would, not re-raise in the test
    return client


def test_a_page_seen_before_is_served_read_only_with_a_banner(manager, monkeypatch):
    first = manager.get("/")
    assert first.status_code == 200 and b"outage-banner" not in first.content
    monkeypatch.setattr(SessionStore, "load", _refuse)  # the first query of any signed-in request

    again = manager.get("/")

    assert again.status_code == 200 and again["Retry-After"] == "10" and "X-CrisisOps-Stale-Since" in again
    html = again.content.decode()
    assert 'class="outage-banner" role="alert">The database is unavailable since' in html
    assert "CrisisOps is read-only" in html and "This page is as it was at" in html
    assert html.replace(html[html.index('<div class="outage-banner"') : html.index("</div>") + 6], "") == (
        first.content.decode()
    )


def test_during_an_outage_a_new_page_or_a_change_gets_the_read_only_page_and_fragments_an_empty_503(
    manager, monkeypatch
):
    monkeypatch.setattr(SessionStore, "load", _refuse)

    page = manager.get("/alerts/")
    change = manager.post("/alerts/1/acknowledge")
    fragment = manager.get("/", HTTP_HX_REQUEST="true")

    assert page.status_code == 503 and b"CrisisOps is read-only for now" in page.content
    assert b"outage-banner" in page.content and page["Retry-After"] == "10"
    assert change.status_code == 503 and b"outage-banner" in change.content
    assert fragment.status_code == 503 and fragment.content == b""  # htmx keeps what the page shows


def test_pages_carry_the_banner_while_the_process_remembers_a_recent_outage(manager, monkeypatch):
    outage.database_outage_seen()
    assert b"outage-banner" in manager.get("/").content
    monkeypatch.setattr(outage, "OUTAGE_MEMORY_SECONDS", 0.0)
    assert b"outage-banner" not in manager.get("/").content
