"""Elasticsearch logs: _search with query + sort + search_after, resume, errors, parsing."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from ingestion.sources import ParseError, get_connector
from ingestion.sources.polling import source_poll
from tests.ingestion.sources.conftest import fixture_json, raw_payloads, serve_in_order

API_KEY = "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw=="
PATH = "/logs-checkout-*/_search"


@pytest.fixture
def es(make_source, httpserver, frozen_clock):
    return make_source(
        "elasticsearch",
        config={
            "base_url": httpserver.url_for(""),
            "index": "logs-checkout-*",
            "query": "log.level:(error OR fatal OR warn)",
            "tiebreaker": "event.sequence",
            "page_size": 2,
        },
        credentials={"api_key": API_KEY},
    )


def bodies(httpserver):
    return [json.loads(req.get_data()) for req, _ in httpserver.log]


def test_first_search_has_query_lookback_sort_and_api_key_then_pages_with_search_after(es, httpserver, in_a):
    serve_in_order(
        httpserver,
        PATH,
        [
            fixture_json("elasticsearch", "search_page1.json"),
            fixture_json("elasticsearch", "search_page2.json"),
        ],
        method="POST",
    )

    outcome = source_poll(source_id=es.pk)

    first, second = bodies(httpserver)
    assert httpserver.log[0][0].headers["Authorization"] == f"ApiKey {API_KEY}"
    assert first["query"]["bool"]["must"] == [
        {"query_string": {"query": "log.level:(error OR fatal OR warn)"}}
    ]
    assert first["query"]["bool"]["filter"] == [{"range": {"@timestamp": {"gte": "now-15m"}}}]
    assert first["sort"] == [{"@timestamp": {"order": "asc"}}, {"event.sequence": {"order": "asc"}}]
    assert "search_after" not in first and first["size"] == 2
    assert second["search_after"] == [1795455482000] and second["query"]["bool"]["filter"] == []
    assert outcome.stored == 3
    assert set(raw_payloads(es)) == {
        ".ds-logs-checkout-default-2026.11.23-000001/q3Hn9ZIBx1aFvU0mYw2a",
        ".ds-logs-checkout-default-2026.11.23-000001/r3Hn9ZIBx1aFvU0mYw2b",
        ".ds-logs-checkout-default-2026.11.23-000001/s3Hn9ZIBx1aFvU0mYw2c",
    }
    es.refresh_from_db()
    assert es.cursor == {"last_sort": [1795455485500]}


def test_resumes_from_stored_sort_values_after_restart(es, httpserver, in_a):
    es.cursor = {"last_sort": [1795455485500]}
    es.save()
    httpserver.expect_request(PATH, method="POST").respond_with_json(
        {"took": 1, "timed_out": False, "hits": {"total": {"value": 0, "relation": "eq"}, "hits": []}}
    )
    assert source_poll(source_id=es.pk).stored == 0
    assert bodies(httpserver)[0]["search_after"] == [1795455485500]
    es.refresh_from_db()
    assert es.cursor == {"last_sort": [1795455485500]}


def test_without_tiebreaker_the_boundary_millisecond_is_read_again_not_skipped(es, httpserver, in_a):
    es.config.pop("tiebreaker")
    es.cursor = {"last_sort": [1795455482000]}
    es.save()
    serve_in_order(httpserver, PATH, [fixture_json("elasticsearch", "search_page2.json")], method="POST")

    source_poll(source_id=es.pk)
    assert bodies(httpserver)[0]["search_after"] == [1795455481999]
    assert bodies(httpserver)[0]["sort"] == [{"@timestamp": {"order": "asc"}}]


def test_recorded_hits_parse_to_log_events_with_level_and_service():
    page = fixture_json("elasticsearch", "search_page1.json")
    connector = get_connector("elasticsearch")
    ecs, plain = (
        connector.parse({k: h[k] for k in ("_index", "_id", "_source")}) for h in page["hits"]["hits"]
    )

    assert ecs.platform == "logs" and ecs.text == "Payment provider timeout after 30000ms (order 88412)"
    assert (
        ecs.extra["level"] == "error"
        and ecs.extra["service"] == "checkout"
        and ecs.extra["severity_hint"] == "P2"
    )
    assert ecs.extra["host"] == "checkout-7d9f8b-x2k4p" and ecs.extra["error_type"] == "TimeoutError"
    assert (
        ecs.occurred_at == datetime(2026, 11, 23, 17, 38, 1, 120000, tzinfo=UTC)
        and ecs.title == "ERROR checkout"
    )
    assert (
        plain.extra["level"] == "fatal"
        and plain.extra["severity_hint"] == "P1"
        and plain.author_name == "checkout"
    )
    source = {
        "@timestamp": "2026-11-23T17:38:05.500Z",
        "log.level": "warn",
        "message": "m",
        "service.name": "checkout",
    }
    dotted = connector.parse(
        {"_index": "i", "_id": "1", "_source": source}
    )  # dotted keys, as some shippers send
    assert dotted.extra["level"] == "warn" and dotted.extra["service"] == "checkout"


def test_document_without_message_is_stored_then_fails_parsing(es, httpserver, in_a):
    hit = {
        "_index": "logs-x",
        "_id": "nomsg",
        "_score": None,
        "_source": {"@timestamp": "2026-11-23T17:40:00Z", "level": "error"},
        "sort": [1795455600000],
    }
    httpserver.expect_request(PATH, method="POST").respond_with_json(
        {"took": 1, "timed_out": False, "hits": {"hits": [hit]}}
    )
    assert source_poll(source_id=es.pk).stored == 1
    with pytest.raises(ParseError, match="has no message"):
        get_connector("elasticsearch").parse(raw_payloads(es)["logs-x/nomsg"])


def test_429_rejected_execution_backs_off(es, httpserver, in_a, frozen_clock):
    httpserver.expect_request(PATH, method="POST").respond_with_json(
        fixture_json("elasticsearch", "error_rejected_execution.json"), status=429
    )
    assert source_poll(source_id=es.pk).status == "transient"
    es.refresh_from_db()
    assert es.enabled and "es_rejected_execution_exception" in es.last_error


def test_security_exception_disables_source_without_leaking_api_key(es, httpserver, in_a):
    httpserver.expect_request(PATH, method="POST").respond_with_json(
        fixture_json("elasticsearch", "error_security_exception.json"), status=401
    )
    assert source_poll(source_id=es.pk).status == "permanent"
    es.refresh_from_db()
    assert not es.enabled and "security_exception" in es.last_error and API_KEY not in es.last_error
