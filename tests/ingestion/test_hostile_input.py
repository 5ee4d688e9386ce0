"""Hostile input at intake and in processing: characters PostgreSQL refuses, JSON too deep or too
large, non-http(s) links, and one poisoned event in a batch (it fails alone, the rest go on)."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from ingestion.models import Event, RawEvent
from ingestion.processing import raw_events_process
from ingestion.selectors import source_key_cache_clear
from ingestion.services import source_api_key_create
from tests.ingestion.conftest import generic_payload, store

URL = "/api/v1/events"


@pytest.fixture
def keyed(generic_source):
    source_key_cache_clear()
    return generic_source, source_api_key_create(source=generic_source)


@pytest.fixture
def client(tenant_a) -> Client:
    return Client(HTTP_HOST=tenant_a.host)


def post(client: Client, body, key: str):
    data = body if isinstance(body, str | bytes) else json.dumps(body)
    return client.post(URL, data=data, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {key}")


def deep(depth: int) -> str:
    return "[" * depth + "]" * depth


# --- one poisoned event in a batch ---------------------------------------------------------------


def tweet(n: int, text: str, *, followers: int = 120) -> tuple[str, dict]:
    payload = {
        "data": {"id": str(n), "text": text, "author_id": f"u{n}", "created_at": "2026-11-23T12:00:00Z"},
        "includes": {
            "users": [
                {"id": f"u{n}", "username": f"user{n}", "public_metrics": {"followers_count": followers}}
            ]
        },
    }
    return str(n), payload


def test_one_event_the_database_refuses_fails_alone_and_its_batch_is_processed(in_a, handoffs):
    from ingestion.models import Source
    from ingestion.services import raw_events_store

    source = Source.objects.create(name="x", slug="x-poison", kind="twitter")
    good = [tweet(i, f"Acme checkout fails for customers, report number {i} of many") for i in range(40)]
    # A follower count beyond bigint passes the X connector (a poller's payload never went through
    # intake's checks) and is refused by PostgreSQL when the Event row is inserted.
    poisoned = tweet(999, "Acme app crashes on launch", followers=10**20)
    raw_events_store(source=source, payloads=[*good[:20], poisoned, *good[20:]])
    ids = list(RawEvent.objects.filter(source=source).values_list("pk", flat=True))

    result = raw_events_process(raw_event_ids=ids)

    assert result.needs_review == 1 and len(result.event_ids) + len(result.duplicate_event_ids) == 40
    bad = RawEvent.objects.get(source=source, external_id="999")
    assert bad.status == RawEvent.Status.NEEDS_REVIEW and bad.attempts == 1
    assert "could not be saved" in bad.status_reason and "out of range" in bad.status_reason
    assert not Event.objects.filter(raw_event=bad).exists()
    others = RawEvent.objects.filter(source=source).exclude(external_id="999")
    assert set(others.values_list("status", flat=True)) <= {
        RawEvent.Status.PROCESSED,
        RawEvent.Status.DUPLICATE,
    }
    assert Event.objects.filter(raw_event__in=others).count() == 40
    classified = [i for kwargs in handoffs.by("classification.classify_events") for i in kwargs["event_ids"]]
    assert sorted(classified) == sorted(result.event_ids)


def test_nul_lone_surrogates_and_a_script_link_in_a_polled_payload_are_cleaned_before_saving(in_a, handoffs):
    from ingestion.models import Source
    from ingestion.services import raw_events_store

    source = Source.objects.create(name="feed", slug="feed-hostile", kind="rss")
    entry = {
        "id": "entry-1",
        "title": "Down\x00",
        "summary": "Acme\x00 outage \ud800 in the EU",
        "link": "javascript:alert(1)",
        "published_iso": "2026-11-23T12:00:00+00:00",
        "feed": {"title": "Status\x00 feed"},
    }
    raw_events_store(source=source, payloads=[("entry-1", entry)])
    raw = RawEvent.objects.get(source=source)

    raw_events_process(raw_event_ids=[raw.pk])

    event = Event.objects.get(raw_event=raw)
    assert event.title == "Down" and event.text == "Down\n\nAcme outage \ufffd in the EU"
    assert event.url == "" and event.extra["feed"] == "Status feed"


# --- intake: characters, depth, size, links ----------------------------------------------------------


def test_nul_and_lone_surrogates_in_text_are_cleaned_at_intake(client, keyed, handoffs):
    source, key = keyed
    body = '{"id": "c-1", "text": "Acme\\u0000 is down \\ud83d for everyone", "attributes": {"re\\u0000gion": "eu\\u0000"}}'
    response = post(client, body, key)

    assert response.status_code == 202, response.content
    payload = RawEvent.objects.get(source=source, external_id="c-1").payload
    assert payload["text"] == "Acme is down \ufffd for everyone"
    assert payload["attributes"] == {"region": "eu"}


@pytest.mark.parametrize("ext", ["a\\u0000b", "x\\udfff"])
def test_an_id_postgresql_cannot_store_is_refused_with_the_reason(client, keyed, handoffs, ext):
    source, key = keyed
    response = post(
        client, f'{{"events": [{{"id": "{ext}", "text": "bad id"}}, {{"id": "fine", "text": "ok"}}]}}', key
    )

    assert response.status_code == 202
    body = response.json()
    assert body["accepted"] == 1 and body["rejected"] == 1
    assert (
        body["errors"][0]["index"] == 0
        and "NUL character or an unpaired surrogate" in body["errors"][0]["reason"]
    )
    assert list(RawEvent.objects.filter(source=source).values_list("external_id", flat=True)) == ["fine"]


@pytest.mark.parametrize("depth", [10_000, 40])
def test_json_nested_too_deep_is_400_and_nothing_is_stored(client, keyed, handoffs, depth):
    source, key = keyed
    body = '{"text": "deep", "attributes": {"x": ' + deep(depth) + "}}"
    response = post(client, body, key)

    assert response.status_code == 400
    assert "nested deeper than 32 levels" in response.json()["detail"]
    assert not RawEvent.objects.filter(source=source).exists()


def test_nan_is_not_json_and_is_400(client, keyed, handoffs):
    response = post(client, '{"text": "x", "reach": NaN}', keyed[1])
    assert response.status_code == 400 and "NaN is not valid JSON" in response.json()["detail"]


def test_an_event_larger_than_the_limit_is_refused_alone(client, keyed, handoffs):
    source, key = keyed
    big = {"id": "big", "text": "x", "attributes": {f"k{i}": "v" * 1000 for i in range(300)}}
    response = post(client, {"events": [big, {"id": "small", "text": "fine"}]}, key)

    assert response.status_code == 202
    assert response.json()["errors"] == [
        {"index": 0, "id": "big", "reason": "an event is at most 256 KB of JSON"}
    ]
    assert list(RawEvent.objects.filter(source=source).values_list("external_id", flat=True)) == ["small"]


def test_a_body_over_the_size_cap_is_413(client, keyed, handoffs, monkeypatch):
    from ingestion import sanitize

    monkeypatch.setattr(sanitize, "MAX_BODY_BYTES", 1000)
    monkeypatch.setattr("config.parsers.MAX_BODY_BYTES", 1000)
    response = post(client, {"text": "y" * 2000}, keyed[1])
    assert response.status_code == 413


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(3)",
        " JavaScript:alert(3)",
        "java\nscript:alert(1)",
        "data:text/html,<b>x",
        "/relative",
        "ftp://x.example/f",
    ],
)
def test_a_link_that_is_not_http_or_https_is_refused(client, keyed, handoffs, url):
    source, key = keyed
    response = post(client, {"id": "l-1", "text": "see link", "url": url}, key)

    assert response.status_code == 400
    assert response.json()["errors"][0]["reason"] == '"url" must be an absolute http(s) URL'
    assert not RawEvent.objects.filter(source=source).exists()


def test_counts_beyond_bigint_are_refused_at_intake(client, keyed, handoffs):
    response = post(client, {"text": "x", "author": {"followers": 10**20}}, keyed[1])
    assert (
        response.status_code == 400
        and response.json()["errors"][0]["reason"] == '"author.followers" is out of range'
    )


# --- the push endpoints ------------------------------------------------------------------------------


def test_alertmanager_body_nested_too_deep_is_400(make_source, tenant_client, tenant_a):
    make_source_key = "am-hostile-key"
    _make_push_source(make_source, "alertmanager", make_source_key)
    body = '{"version": "4", "alerts": [], "commonLabels": ' + deep(5000) + "}"
    response = tenant_client(tenant_a).post(
        "/api/v1/intake/alertmanager",
        data=body,
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {make_source_key}",
    )
    assert response.status_code == 400 and "nested deeper" in response.json()["detail"]


def test_splunk_hec_event_nested_too_deep_is_invalid_data_format(make_source, tenant_client, tenant_a):
    _make_push_source(make_source, "splunk_hec", "hec-hostile-key")
    body = '{"event": "fine"}{"event": ' + deep(3000) + "}"
    response = tenant_client(tenant_a).post(
        "/services/collector/event",
        data=body,
        content_type="application/json",
        HTTP_AUTHORIZATION="Splunk hec-hostile-key",
    )
    assert response.status_code == 400
    assert response.json() == {"text": "Invalid data format", "code": 6, "invalid-event-number": 1}


def test_alertmanager_labels_with_nul_are_stored_cleaned(make_source, tenant_client, tenant_a):
    source = _make_push_source(make_source, "alertmanager", "am-nul-key")
    alert = {
        "status": "firing",
        "labels": {"alertname": "Api\u0000Down", "severity": "critical"},
        "annotations": {"summary": "api down\u0000"},
        "startsAt": "2026-11-23T10:00:00Z",
        "fingerprint": "f00d",
    }
    response = tenant_client(tenant_a).post(
        "/api/v1/intake/alertmanager",
        data=json.dumps({"version": "4", "alerts": [alert]}),
        content_type="application/json",
        HTTP_AUTHORIZATION="Bearer am-nul-key",
    )
    assert response.status_code == 202
    payload = RawEvent.objects.get(source=source).payload
    assert payload["alert"]["labels"]["alertname"] == "ApiDown"


def _make_push_source(make_source, kind: str, key: str):
    return make_source(kind, api_key=key)


@pytest.fixture
def make_source(in_a):
    import hashlib

    from ingestion.models import Source

    def make(kind: str, *, api_key: str):
        return Source.objects.create(
            name=f"{kind} hostile",
            slug=f"{kind.replace('_', '-')}-hostile",
            kind=kind,
            api_key_hash=hashlib.sha256(api_key.encode()).hexdigest(),
        )

    return make


# --- rendering --------------------------------------------------------------------------------------


def test_the_command_center_never_renders_a_non_http_link(generic_source, tenant_client, tenant_a, handoffs):
    # A row stored before links were checked at intake.
    [raw_id] = store(generic_source, generic_payload("Acme outage report"))
    raw_events_process(raw_event_ids=[raw_id])
    Event.objects.filter(raw_event_id=raw_id).update(url="javascript:alert(3)")
    [raw_ok] = store(generic_source, generic_payload("Acme status page", url="https://status.acme.example/x"))
    raw_events_process(raw_event_ids=[raw_ok])

    page = tenant_client(tenant_a, email="manager@a.test").get("/").content.decode()

    assert "Acme outage report" in page
    assert "javascript:" not in page
    assert 'href="https://status.acme.example/x"' in page
