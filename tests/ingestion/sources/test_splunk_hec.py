"""Splunk HEC compatible intake: HEC auth, concatenated batches, HEC error codes, parsing."""

from __future__ import annotations

import gzip
import json
import uuid
from datetime import UTC, datetime

import pytest

from ingestion.models import RawEvent
from ingestion.sources import get_connector
from tests.ingestion.sources.conftest import fixture_text

KEY = "8f2b0b1e-5c0a-4d1e-9a61-3c8f2f6a1b77"


@pytest.fixture
def hec_source(make_source):
    return make_source("splunk_hec", api_key=KEY)


@pytest.fixture
def client(tenant_client, tenant_a):
    return tenant_client(tenant_a)


def post(client, body, *, path="/services/collector/event", key=KEY, **headers):
    if key is not None:
        headers["HTTP_AUTHORIZATION"] = f"Splunk {key}"
    return client.post(path, data=body, content_type="application/json", **headers)


def test_concatenated_batch_is_stored_and_answered_like_hec(hec_source, client, in_a):
    response = post(client, fixture_text("splunk_hec", "batch.txt"))

    assert response.status_code == 200
    assert response.json() == {"text": "Success", "code": 0}
    rows = list(RawEvent.objects.filter(source=hec_source).order_by("id"))
    assert len(rows) == 3
    assert rows[0].payload["event"]["message"].startswith("payment provider timeout")


def test_recorded_events_parse_to_log_events_with_level_service_and_time(hec_source, client, in_a):
    post(client, fixture_text("splunk_hec", "batch.txt"))
    connector = get_connector("splunk_hec")
    first, second, third = (
        connector.parse(r.payload) for r in RawEvent.objects.filter(source=hec_source).order_by("id")
    )

    assert first.platform == "logs" and first.text == "payment provider timeout after 30000ms for order 88412"
    assert first.extra["level"] == "error" and first.extra["severity_hint"] == "P2"
    assert first.extra["service"] == "checkout" and first.extra["host"] == "web-03"
    assert first.occurred_at == datetime.fromtimestamp(1795455600.123, tz=UTC)
    assert second.text == "WARN checkout retry queue depth 1200"
    assert second.occurred_at == datetime.fromtimestamp(1795455601, tz=UTC)
    # Level and service may come from indexed fields.
    assert (
        third.extra["level"] == "error"
        and third.extra["service"] == "cart"
        and third.text == "GET /api/cart 503"
    )


def test_also_served_on_services_collector_and_gzip_bodies_are_accepted(hec_source, client, in_a):
    body = gzip.compress(b'{"time": 1795455700, "event": "disk full on db-01"}')
    response = post(client, body, path="/services/collector", HTTP_CONTENT_ENCODING="gzip")
    assert response.status_code == 200 and response.json()["code"] == 0
    assert RawEvent.objects.get(source=hec_source).payload["event"] == "disk full on db-01"


def test_retried_batch_is_accepted_and_stored_once(hec_source, client, in_a):
    body = fixture_text("splunk_hec", "batch.txt")
    assert post(client, body).status_code == 200
    assert post(client, body).status_code == 200
    assert RawEvent.objects.filter(source=hec_source).count() == 3


def test_identical_events_in_one_batch_are_kept_apart(hec_source, client, in_a):
    line = '{"time": 1795455800, "event": "login failed for admin"}'
    assert post(client, line * 3).status_code == 200
    assert RawEvent.objects.filter(source=hec_source).count() == 3


@pytest.mark.parametrize(
    ("key", "status", "expected"),
    [
        (None, 401, {"text": "Token is required", "code": 2}),
        ("not-a-real-token", 403, {"text": "Invalid token", "code": 4}),
    ],
)
def test_bad_tokens_get_hec_errors(hec_source, client, in_a, key, status, expected):
    response = post(client, '{"event": "x"}', key=key)
    assert response.status_code == status and response.json() == expected
    assert not RawEvent.objects.filter(source=hec_source).exists()


def test_disabled_token_is_refused_with_code_1(hec_source, client, in_a):
    hec_source.enabled = False
    hec_source.save()
    response = post(client, '{"event": "x"}')
    assert response.status_code == 403 and response.json() == {"text": "Token disabled", "code": 1}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("", {"text": "No data", "code": 5}),
        (
            '{"event": "ok"} {"time": 1, "event": ',
            {"text": "Invalid data format", "code": 6, "invalid-event-number": 1},
        ),
        (
            '{"event": "ok"}{"host": "web-1"}',
            {"text": "Event field is required", "code": 12, "invalid-event-number": 1},
        ),
        ('{"event": ""}', {"text": "Event field cannot be blank", "code": 13, "invalid-event-number": 0}),
        (
            '{"event": "x", "fields": [1]}',
            {"text": "Error in handling indexed fields", "code": 15, "invalid-event-number": 0},
        ),
        ("[1, 2]", {"text": "Invalid data format", "code": 6, "invalid-event-number": 0}),
    ],
)
def test_malformed_bodies_get_400_with_hec_code_and_event_number(hec_source, client, in_a, body, expected):
    response = post(client, body)
    assert response.status_code == 400
    assert response.json() == expected


def test_events_before_the_invalid_one_are_kept_as_hec_does(hec_source, client, in_a):
    response = post(
        client, '{"time": 1795455900, "event": "first"}{"time": 1795455901, "event": "second"}{"nope": 1}'
    )
    assert response.status_code == 400 and response.json()["invalid-event-number"] == 2
    assert sorted(r.payload["event"] for r in RawEvent.objects.filter(source=hec_source)) == [
        "first",
        "second",
    ]


def test_health_endpoint_answers_like_hec(client, in_a):
    response = client.get("/services/collector/health")
    assert response.status_code == 200 and response.json() == {"text": "HEC is healthy", "code": 17}


def test_throttled_sender_gets_server_busy_so_forwarders_retry(make_source, client, in_a, settings):
    key = uuid.uuid4().hex  # a fresh key: throttle history lives in the shared cache
    make_source("splunk_hec", api_key=key)
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"intake": "2/min"}}
    codes = [
        post(client, json.dumps({"time": 1795456000 + i, "event": f"e{i}"}), key=key).status_code
        for i in range(3)
    ]
    assert codes == [200, 200, 503]
    response = post(client, '{"event": "again"}', key=key)
    assert response.json() == {"text": "Server is busy", "code": 9} and int(response["Retry-After"]) > 0
