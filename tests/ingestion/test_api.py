"""Generic JSON intake `POST /api/v1/events`: API keys, 202 / 400 with reasons, batches, throttle."""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command
from django.test import Client

from ingestion.api import IntakeThrottle
from ingestion.models import RawEvent, Source
from ingestion.selectors import source_key_cache_clear
from ingestion.services import source_api_key_create

URL = "/api/v1/events"


@pytest.fixture
def keyed_source(generic_source) -> tuple[Source, str]:
    source_key_cache_clear()
    return generic_source, source_api_key_create(source=generic_source)


@pytest.fixture
def client(tenant_a) -> Client:
    return Client(HTTP_HOST=tenant_a.host)


def post(client: Client, body, *, key: str | None = None, header: str = "bearer", raw: bool = False):
    headers = {}
    if key and header == "bearer":
        headers["HTTP_AUTHORIZATION"] = f"Bearer {key}"
    elif key:
        headers["HTTP_X_API_KEY"] = key
    data = body if raw else json.dumps(body)
    return client.post(URL, data=data, content_type="application/json", **headers)


def test_one_event_is_stored_and_answered_202(client, keyed_source, handoffs):
    source, key = keyed_source
    response = post(client, {"id": "e-1", "text": "Checkout returns 500", "platform": "support"}, key=key)

    assert response.status_code == 202, response.content
    assert response.json() == {"accepted": 1, "duplicates": 0, "rejected": 0, "spooled": 0, "errors": []}
    raw = RawEvent.objects.get(source=source, external_id="e-1")
    assert raw.status == RawEvent.Status.PENDING and raw.payload["text"] == "Checkout returns 500"
    assert handoffs.by("ingestion.process_raw_events") == [{"raw_event_ids": [raw.pk]}]


def test_the_key_also_works_as_x_api_key_and_the_plaintext_is_not_stored(client, keyed_source, handoffs):
    source, key = keyed_source
    assert post(client, {"text": "hello"}, key=key, header="x-api-key").status_code == 202
    source.refresh_from_db()
    assert key not in source.api_key_hash and len(source.api_key_hash) == 64


@pytest.mark.parametrize("key", [None, "cio_wrong"])
def test_missing_or_wrong_key_is_401(client, keyed_source, key, handoffs):
    response = post(client, {"text": "hello"}, key=key)
    assert response.status_code == 401
    assert RawEvent.objects.count() == 0


def test_a_key_of_another_tenant_is_refused(keyed_source, tenant_b, handoffs):
    _, key = keyed_source
    response = post(Client(HTTP_HOST=tenant_b.host), {"text": "hello"}, key=key)
    assert response.status_code == 401


def test_a_disabled_source_key_is_refused(client, keyed_source, handoffs):
    source, key = keyed_source
    Source.objects.filter(pk=source.pk).update(enabled=False)
    source_key_cache_clear()
    assert post(client, {"text": "hello"}, key=key).status_code == 401


def test_a_non_generic_source_key_is_403(client, in_a, handoffs):
    source = Source.objects.create(name="am", slug="am-core", kind="alertmanager")
    key = source_api_key_create(source=source)
    source_key_cache_clear()
    response = post(client, {"text": "hello"}, key=key)
    assert response.status_code == 403 and "alertmanager" in response.json()["detail"]


def test_a_batch_stores_the_valid_events_and_reports_each_bad_one(client, keyed_source, handoffs):
    source, key = keyed_source
    body = {
        "events": [
            {"id": "b-1", "text": "fine"},
            {"id": "b-2", "text": ""},
            {"id": "b-3", "text": "fine too", "occurred_at": "yesterday-ish"},
            "not an object",
            {
                "id": "b-5",
                "text": "also fine",
                "platform": "twitter",
                "author": {"name": "x", "followers": 3},
            },
            {"id": "b-6", "text": "bad platform", "platform": "myspace"},
        ]
    }
    response = post(client, body, key=key)

    assert response.status_code == 202
    data = response.json()
    assert (data["accepted"], data["rejected"]) == (2, 4)
    assert [(e["index"], e["id"]) for e in data["errors"]] == [(1, "b-2"), (2, "b-3"), (3, ""), (5, "b-6")]
    assert "text" in data["errors"][0]["reason"] and "occurred_at" in data["errors"][1]["reason"]
    assert set(RawEvent.objects.filter(source=source).values_list("external_id", flat=True)) == {"b-1", "b-5"}


def test_all_bad_is_400_with_reasons_never_500(client, keyed_source, handoffs):
    _, key = keyed_source
    for body, needle in [
        ({"events": [{"text": ""}]}, "text"),
        ({"events": []}, "empty"),
        ({"events": "nope"}, "list"),
        ([{"text": "bare list"}], "events"),
        ("just a string", "object"),
    ]:
        response = post(client, body, key=key)
        assert response.status_code == 400, (body, response.content)
        assert needle in json.dumps(response.json())
    response = post(client, "{not json", key=key, raw=True)
    assert response.status_code == 400
    assert RawEvent.objects.count() == 0


def test_a_batch_over_1000_is_refused(client, keyed_source, handoffs):
    _, key = keyed_source
    response = post(client, {"events": [{"text": f"e{i}"} for i in range(1001)]}, key=key)
    assert response.status_code == 400
    assert "1000" in response.json()["errors"][0]["reason"]


def test_a_full_batch_of_1000_is_accepted(client, keyed_source, handoffs):
    source, key = keyed_source
    response = post(client, {"events": [{"id": f"k{i}", "text": f"event {i}"} for i in range(1000)]}, key=key)
    assert response.status_code == 202 and response.json()["accepted"] == 1000
    assert RawEvent.objects.filter(source=source).count() == 1000


def test_redelivery_is_accepted_and_ignored(client, keyed_source, handoffs):
    source, key = keyed_source
    post(client, {"id": "d-1", "text": "once"}, key=key)
    response = post(client, {"id": "d-1", "text": "once"}, key=key)
    assert response.status_code == 202 and response.json()["duplicates"] == 1
    assert RawEvent.objects.filter(source=source).count() == 1


def test_events_without_id_are_idempotent_by_content(client, keyed_source, handoffs):
    source, key = keyed_source
    post(client, {"text": "same", "occurred_at": "2026-11-23T10:00:00Z"}, key=key)
    response = post(client, {"text": "same", "occurred_at": "2026-11-23T10:00:00Z"}, key=key)
    assert response.json()["duplicates"] == 1
    assert RawEvent.objects.filter(source=source).count() == 1


def test_intake_is_rate_limited_per_source(client, keyed_source, handoffs, monkeypatch):
    _, key = keyed_source
    monkeypatch.setattr(IntakeThrottle, "THROTTLE_RATES", {"intake": "2/min"})
    from django.core.cache import cache

    cache.clear()
    codes = [post(client, {"text": f"t{i}"}, key=key).status_code for i in range(3)]
    assert codes == [202, 202, 429]


def test_the_intake_is_documented_in_openapi(client, in_a):
    response = client.get("/api/schema/", HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    schema = json.loads(response.content)
    operation = schema["paths"]["/api/v1/events"]["post"]
    assert "202" in operation["responses"] and "400" in operation["responses"]
    assert "EventIntakeBody" in json.dumps(operation["requestBody"])


def test_create_source_key_command_prints_a_working_key(client, generic_source, tenant_a, handoffs, capsys):
    call_command("create_source_key", generic_source.slug, schema=tenant_a.schema)
    key = capsys.readouterr().out.strip()
    source_key_cache_clear()
    assert key.startswith("cio_")
    assert post(client, {"text": "hello"}, key=key).status_code == 202
