"""PagerDuty Events API v2 compatible /v2/enqueue: routing key, dedup_key semantics, errors."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import pytest

from ingestion.models import RawEvent
from ingestion.sources import get_connector
from tests.ingestion.sources.conftest import fixture_json

KEY = "R0UTINGKEY0123456789abcdefABCDEF"


@pytest.fixture
def pd_source(make_source):
    return make_source("pagerduty", api_key=KEY)


@pytest.fixture
def client(tenant_client, tenant_a):
    return tenant_client(tenant_a)


def event(name: str, **changes) -> dict:
    body = fixture_json("pagerduty", name)
    body["routing_key"] = KEY
    body.update(changes)
    return body


def post(client, body):
    data = body if isinstance(body, str) else json.dumps(body)
    return client.post("/v2/enqueue", data=data, content_type="application/json")


def test_trigger_is_accepted_with_pagerduty_response_and_routing_key_not_stored(pd_source, client, in_a):
    response = post(client, event("trigger.json"))

    assert response.status_code == 202
    assert response.json() == {
        "status": "success",
        "message": "Event processed",
        "dedup_key": "pg-replica-02/replication-lag",
    }
    raw = RawEvent.objects.get(source=pd_source)
    assert "routing_key" not in raw.payload and KEY not in json.dumps(raw.payload)


def test_trigger_without_dedup_key_gets_one_generated_and_returned(pd_source, client, in_a):
    body = event("trigger.json")
    del body["dedup_key"]
    first = post(client, body).json()["dedup_key"]
    second = post(client, body).json()["dedup_key"]

    assert re.fullmatch(r"[0-9a-f]{32}", first) and first != second  # each such trigger is a new alert
    assert {r.payload["dedup_key"] for r in RawEvent.objects.filter(source=pd_source)} == {first, second}


def test_retried_trigger_is_stored_once_and_resolve_acts_on_the_same_dedup_key(pd_source, client, in_a):
    post(client, event("trigger.json"))
    post(client, event("trigger.json"))
    response = post(client, event("resolve.json"))

    assert response.status_code == 202 and response.json()["dedup_key"] == "pg-replica-02/replication-lag"
    rows = list(RawEvent.objects.filter(source=pd_source).order_by("id"))
    assert [r.payload["event_action"] for r in rows] == ["trigger", "resolve"]
    resolved = get_connector("pagerduty").parse(rows[1].payload)
    assert (
        resolved.extra["is_resolved"] is True
        and resolved.extra["dedup_key"] == "pg-replica-02/replication-lag"
    )


def test_recorded_trigger_parses_with_severity_details_and_timestamp(pd_source, client, in_a):
    post(client, event("trigger.json"))
    parsed = get_connector("pagerduty").parse(RawEvent.objects.get(source=pd_source).payload)

    assert parsed.platform == "alerts"
    assert parsed.title == "DB replica lag above 300s on pg-replica-02 (payments)"
    assert "lag_seconds: 342" in parsed.text
    assert parsed.extra["severity"] == "critical" and parsed.extra["severity_hint"] == "P1"
    assert parsed.extra["component"] == "postgres" and parsed.extra["event_action"] == "trigger"
    assert parsed.occurred_at == datetime(2026, 11, 23, 17, 42, 58, 315000, tzinfo=UTC)
    assert parsed.url == "https://grafana.example.com/alerting/list"


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"event_action": "explode"}, "'event_action' is missing or invalid"),
        (
            {"event_action": "acknowledge", "dedup_key": None},
            "'dedup_key' is required for event_action 'acknowledge'",
        ),
        ({"dedup_key": "x" * 256}, "'dedup_key' is too long"),
        (
            {"payload": {"summary": "s", "source": "h", "severity": "apocalyptic"}},
            "'payload.severity' is missing or invalid",
        ),
        ({"payload": {"source": "h", "severity": "info"}}, "'payload.summary' is missing or blank"),
        (
            {"payload": {"summary": "s" * 1025, "source": "h", "severity": "info"}},
            "'payload.summary' is too long",
        ),
        ({"payload": {"summary": "s", "severity": "info"}}, "'payload.source' is missing or blank"),
    ],
)
def test_invalid_events_get_400_with_pagerduty_error_list(pd_source, client, in_a, changes, error):
    response = post(client, event("trigger.json", **changes))

    assert response.status_code == 400
    body = response.json()
    assert body["status"] == "invalid event" and body["message"] == "Event object is invalid"
    assert any(error in e for e in body["errors"]), body["errors"]
    assert not RawEvent.objects.filter(source=pd_source).exists()


def test_unknown_or_missing_routing_key_and_non_json_are_400(pd_source, client, in_a):
    assert post(client, event("trigger.json", routing_key="nope")).json()["errors"] == ["Invalid routing key"]
    assert post(client, event("trigger.json", routing_key="")).status_code == 400
    assert post(client, "{oops").json()["errors"] == ["Body is not valid JSON"]
    oversized = event("trigger.json")
    oversized["payload"]["custom_details"] = {"blob": "x" * (600 * 1024)}
    assert post(client, oversized).status_code == 400
    assert not RawEvent.objects.filter(source=pd_source).exists()
