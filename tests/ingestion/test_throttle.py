"""The intake rate limit fails open to a per-process count when Redis is away: events are stored
(202), the limit still holds, and a paused Redis costs one timeout, not one per request."""

from __future__ import annotations

import json

import pytest
import redis.exceptions
from django.test import Client

from ingestion import throttle
from ingestion.api import IntakeThrottle
from ingestion.models import RawEvent
from ingestion.selectors import source_key_cache_clear
from ingestion.services import source_api_key_create


class PausedRedis:
    """The throttle's cache while Redis is paused: every call times out."""

    def __init__(self) -> None:
        self.calls = 0

    def get(self, *args, **kwargs):
        self.calls += 1
        raise redis.exceptions.TimeoutError("Timeout reading from 127.0.0.1:6379")

    set = get


@pytest.fixture
def paused(monkeypatch):
    cache = PausedRedis()
    monkeypatch.setattr(IntakeThrottle, "cache", cache)
    monkeypatch.setattr(IntakeThrottle, "THROTTLE_RATES", {"intake": "2/min"})
    monkeypatch.setattr(throttle, "_redis_down_until", {"at": 0.0})
    throttle._local_history.clear()
    return cache


def test_intake_counts_in_the_process_while_redis_is_away(tenant_a, generic_source, paused, handoffs):
    source_key_cache_clear()
    key = source_api_key_create(source=generic_source)
    client = Client(HTTP_HOST=tenant_a.host)

    codes = [
        client.post(
            "/api/v1/events",
            data=json.dumps({"id": f"r-{i}", "text": f"Acme down {i}"}),
            content_type="application/json",
            HTTP_AUTHORIZATION=f"Bearer {key}",
        ).status_code
        for i in range(3)
    ]

    assert codes == [202, 202, 429]
    assert sorted(RawEvent.objects.filter(source=generic_source).values_list("external_id", flat=True)) == [
        "r-0",
        "r-1",
    ]
    assert paused.calls == 1  # Redis was tried once, then left alone for REDIS_RETRY_SECONDS
