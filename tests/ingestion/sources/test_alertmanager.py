"""Alertmanager webhook: bearer key, one RawEvent per alert, repeat notifications, resolution."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from ingestion.models import RawEvent
from ingestion.sources import get_connector
from tests.ingestion.sources.conftest import fixture_json

KEY = "am-7b1f0c55d2e44f7f9f0a"
PATH = "/api/v1/intake/alertmanager"


@pytest.fixture
def am_source(make_source):
    return make_source("alertmanager", api_key=KEY)


@pytest.fixture
def client(tenant_client, tenant_a):
    return tenant_client(tenant_a)


def post(client, body, key=KEY):
    headers = {"HTTP_AUTHORIZATION": f"Bearer {key}"} if key else {}
    data = body if isinstance(body, str) else json.dumps(body)
    return client.post(PATH, data=data, content_type="application/json", **headers)


def test_firing_group_stores_one_raw_event_per_alert_keyed_by_fingerprint(am_source, client, in_a):
    response = post(client, fixture_json("alertmanager", "webhook_v4_firing.json"))

    assert response.status_code == 202
    assert response.json() == {"status": "accepted", "alerts": 2, "stored": 2, "duplicates": 0, "spooled": 0}
    assert set(RawEvent.objects.filter(source=am_source).values_list("external_id", flat=True)) == {
        "c9f1a4e8b2d07a13:2026-11-23T17:38:00.000Z:firing",
        "0d13e5fa77c2b981:2026-11-23T17:38:30.000Z:firing",
    }


def test_repeat_notification_is_accepted_but_stored_once_and_resolution_is_new(am_source, client, in_a):
    post(client, fixture_json("alertmanager", "webhook_v4_firing.json"))
    repeat = post(client, fixture_json("alertmanager", "webhook_v4_firing.json"))
    resolved = post(client, fixture_json("alertmanager", "webhook_v4_resolved.json"))

    assert repeat.status_code == 202 and repeat.json()["duplicates"] == 2 and repeat.json()["stored"] == 0
    assert resolved.status_code == 202 and resolved.json()["stored"] == 1
    assert RawEvent.objects.filter(source=am_source).count() == 3


def test_recorded_alerts_parse_with_severity_hint_runbook_and_resolution_time(am_source, client, in_a):
    post(client, fixture_json("alertmanager", "webhook_v4_firing.json"))
    post(client, fixture_json("alertmanager", "webhook_v4_resolved.json"))
    connector = get_connector("alertmanager")
    rows = {r.external_id: connector.parse(r.payload) for r in RawEvent.objects.filter(source=am_source)}

    firing = rows["c9f1a4e8b2d07a13:2026-11-23T17:38:00.000Z:firing"]
    assert firing.platform == "alerts"
    assert firing.title == "[FIRING] HighErrorRate — Checkout 5xx ratio above 20% for 5m"
    assert "failing 23.4% of requests" in firing.text
    assert firing.extra["severity"] == "critical" and firing.extra["severity_hint"] == "P1"
    assert firing.extra["runbook_url"] == "https://runbooks.example.com/checkout/high-error-rate"
    assert firing.author_name == "checkout" and firing.url.startswith("http://prometheus.example.com/graph")
    assert firing.occurred_at == datetime(2026, 11, 23, 17, 38, tzinfo=UTC)

    resolved = rows["c9f1a4e8b2d07a13:2026-11-23T17:38:00.000Z:resolved"]
    assert resolved.extra["is_resolved"] is True and resolved.text.startswith("RESOLVED")
    assert resolved.occurred_at == datetime(2026, 11, 23, 18, 2, tzinfo=UTC)


def test_missing_or_wrong_key_is_401_and_nothing_stored(am_source, client, in_a):
    assert post(client, fixture_json("alertmanager", "webhook_v4_firing.json"), key="").status_code == 401
    response = post(client, fixture_json("alertmanager", "webhook_v4_firing.json"), key="wrong")
    assert response.status_code == 401 and "API key" in response.json()["detail"]
    assert not RawEvent.objects.filter(source=am_source).exists()


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("{not json", "not valid JSON"),
        ('{"version": "3", "alerts": []}', "unsupported Alertmanager webhook version"),
        ('{"version": "4"}', "'alerts' must be a list"),
        (
            '{"version": "4", "alerts": [{"status": "firing", "startsAt": "2026-11-23T17:38:00Z"}]}',
            "has no labels",
        ),
        (
            '{"version": "4", "alerts": [{"status": "firing", "labels": {"alertname": "X"}, "startsAt": "soon"}]}',
            "startsAt is not an ISO 8601 timestamp",
        ),
    ],
)
def test_malformed_webhooks_get_400_with_a_reason(am_source, client, in_a, body, reason):
    response = post(client, body)
    assert response.status_code == 400
    assert reason in response.json()["detail"]
    assert not RawEvent.objects.filter(source=am_source).exists()


@pytest.mark.parametrize(
    ("generator", "external", "url"),
    [
        (
            "/graph?g0.expr=up%3D%3D0&g0.tab=1",
            "http://alertmanager.example.com:9093",
            "http://alertmanager.example.com:9093/graph?g0.expr=up%3D%3D0&g0.tab=1",
        ),
        (
            "graph?g0.expr=up",
            "https://ops.example.com/alertmanager/",
            "https://ops.example.com/alertmanager/graph?g0.expr=up",
        ),
        (
            "http://prometheus.example.com/graph?g0.expr=up",
            "http://am.example.com",
            "http://prometheus.example.com/graph?g0.expr=up",
        ),
        ("javascript:alert(1)", "http://am.example.com", "http://am.example.com"),
        ("", "", ""),
    ],
)
def test_a_relative_generator_url_is_joined_with_the_external_url(generator, external, url):
    body = fixture_json("alertmanager", "webhook_v4_firing.json")
    body["externalURL"] = external
    body["alerts"][0]["generatorURL"] = generator
    payload = get_connector("alertmanager").split(body)[0]

    assert get_connector("alertmanager").parse(payload).url == url
