"""Beat cannot stop silently: the tenant list survives a database outage, a failed tick is
retried instead of ending beat, and each tick leaves a heartbeat that /readyz reports.
(The same against a real, stopped PostgreSQL and broker: tests/faults/.)"""

from __future__ import annotations

import json

import kombu.exceptions
import pytest
from celery.beat import Scheduler
from django.db import OperationalError
from django.test import Client

from config import beat
from config.celery import app
from tenants.redis import redis_client


@pytest.fixture
def scheduler(db):
    redis_client().delete(beat.HEARTBEAT_KEY)
    yield beat.ResilientTenantScheduler(app=app, lazy=True)
    redis_client().delete(beat.HEARTBEAT_KEY)


def test_the_tenant_list_falls_back_to_the_last_one_read(scheduler, test_tenants, monkeypatch):
    schemas = scheduler.tenant_schemas()
    assert {t.schema for t in test_tenants.values()} <= set(schemas)

    def refuse(self):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(beat.ResilientTenantScheduler, "get_queryset", refuse)
    assert scheduler.tenant_schemas() == schemas


def test_a_failing_tick_is_retried_and_reported_instead_of_ending_beat(scheduler, monkeypatch, tenant_a):
    def broker_down(self, *args, **kwargs):
        raise kombu.exceptions.OperationalError("[Errno 111] Connection refused")

    monkeypatch.setattr(Scheduler, "tick", broker_down)
    assert scheduler.tick() == beat.RETRY_TICK_SECONDS

    report = Client(HTTP_HOST=tenant_a.host).get("/readyz").json()["checks"]["heartbeat"]
    assert report["ok"] is False and report["required"] is False
    assert report["detail"] == "last tick failed: OperationalError: [Errno 111] Connection refused"

    monkeypatch.setattr(Scheduler, "tick", lambda self, *a, **kw: 7.0)
    assert scheduler.tick() == 7.0
    stored = json.loads(redis_client().get(beat.HEARTBEAT_KEY))
    assert stored["ticks"] == 1 and stored["error"] == ""
    assert Client(HTTP_HOST=tenant_a.host).get("/readyz").json()["checks"]["heartbeat"]["ok"] is True


def test_readyz_says_when_beat_has_not_ticked_for_too_long(scheduler, tenant_a, db):
    redis_client().set(beat.HEARTBEAT_KEY, json.dumps({"at": 0, "ticks": 3, "error": ""}))
    report = Client(HTTP_HOST=tenant_a.host).get("/readyz").json()["checks"]["heartbeat"]
    assert report["ok"] is False and report["detail"].startswith("beat has not ticked for ")
    redis_client().delete(beat.HEARTBEAT_KEY)
    report = Client(HTTP_HOST=tenant_a.host).get("/readyz").json()["checks"]["heartbeat"]
    assert report == {"ok": False, "required": False, "detail": "no beat heartbeat (beat not running?)"}
