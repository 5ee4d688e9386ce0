from __future__ import annotations

import pytest
from django.db import connection

from config.celery import app
from crisis import tenant_config
from tenants import clock
from tests.crisis.factories import SimClock, configure


@pytest.fixture
def sim_clock():
    c = SimClock()
    yield c
    clock.reset()


@pytest.fixture
def detector(in_a):
    """Tenant A with a fast, deterministic detector: every observe evaluates (no debounce)."""
    cfg = configure(debounce_seconds=0.0005)
    yield cfg
    tenant_config.config_cache_clear()


class SentTasks(list):
    """Messages handed to the broker after commit, as (task name, kwargs, tenant schema).

    The test transaction never commits, so `flush()` runs the on-commit callbacks registered so
    far (exactly what a commit would run, in order) and returns the messages sent."""

    def __init__(self):
        super().__init__()
        self.done = len(connection.run_on_commit)

    def flush(self) -> SentTasks:
        while self.done < len(connection.run_on_commit):
            callback = connection.run_on_commit[self.done][1]
            self.done += 1
            callback()
        return self

    def named(self, name: str) -> list[dict]:
        self.flush()
        return [kw for n, kw, _ in self if n == name]


@pytest.fixture
def sent_tasks(monkeypatch, in_a):
    sent = SentTasks()

    def fake_send_task(name, args=None, kwargs=None, **options):
        sent.append((name, kwargs or {}, (options.get("headers") or {}).get("_schema_name")))

    monkeypatch.setattr(app, "send_task", fake_send_task)
    return sent
