"""Elasticsearch and Splunk HEC read a log record the same way (ingestion/sources/logs.py)."""

from __future__ import annotations

from ingestion.sources import get_connector

ECS_RECORD = {
    "@timestamp": "2026-11-23T12:00:00Z",
    "message": "payment gateway timeout after 30s",
    "log": {"level": "ERROR"},
    "service": {"name": "payments-api"},
}


def test_an_ecs_record_reads_the_same_from_elasticsearch_and_splunk_hec():
    es = get_connector("elasticsearch").parse({"_index": "logs", "_id": "1", "_source": ECS_RECORD})
    hec = get_connector("splunk_hec").parse({"time": 1795000000, "event": ECS_RECORD, "host": "web-1"})

    for event in (es, hec):
        assert event.platform == "logs"
        assert event.title == "ERROR payments-api" and event.author_name == "payments-api"
        assert event.text == "payment gateway timeout after 30s"
        assert event.extra["level"] == "error" and event.extra["severity_hint"] == "P2"


def test_a_plain_text_hec_event_takes_level_from_indexed_fields_and_service_from_metadata():
    event = get_connector("splunk_hec").parse(
        {
            "time": 1795000000,
            "event": "disk full on /var",
            "fields": {"severity": "critical"},
            "source": "node-7",
        }
    )
    assert event.title == "CRITICAL node-7" and event.extra["severity_hint"] == "P1"
