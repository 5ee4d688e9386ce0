"""RSS/Atom: feedparser, conditional GET with ETag/Last-Modified, unreadable feeds kept for review."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from werkzeug import Response

from ingestion.sources import ParseError, get_connector
from ingestion.sources.polling import source_poll
from tests.ingestion.sources.conftest import fixture_text, raw_payloads

ETAG = '"5f3c-61a2b9c0"'
MODIFIED = "Mon, 23 Nov 2026 17:40:00 GMT"


@pytest.fixture
def feed(make_source, httpserver, frozen_clock):
    return make_source("rss", config={"url": httpserver.url_for("/feed.xml")})


def rss_response(name="feed_rss2.xml", etag=ETAG):
    return Response(
        fixture_text("rss", name),
        status=200,
        headers={"ETag": etag, "Last-Modified": MODIFIED},
        content_type="application/rss+xml; charset=utf-8",
    )


def test_first_poll_stores_entries_and_keeps_validators(feed, httpserver, in_a):
    httpserver.expect_request("/feed.xml").respond_with_response(rss_response())

    assert source_poll(source_id=feed.pk).stored == 2
    assert set(raw_payloads(feed)) == {
        "tag:status.acme.example,2026:Incident/kx81p2",
        "tag:status.acme.example,2026:Incident/kx7000",
    }
    feed.refresh_from_db()
    assert feed.cursor == {"etag": ETAG, "modified": MODIFIED}


def test_conditional_get_sends_validators_and_304_costs_nothing(feed, httpserver, in_a):
    feed.cursor = {"etag": ETAG, "modified": MODIFIED}
    feed.save()
    httpserver.expect_request("/feed.xml").respond_with_response(Response(status=304))

    outcome = source_poll(source_id=feed.pk)

    request = httpserver.log[0][0]
    assert request.headers["If-None-Match"] == ETAG and request.headers["If-Modified-Since"] == MODIFIED
    assert outcome.status == "ok" and outcome.stored == 0
    feed.refresh_from_db()
    assert feed.cursor == {"etag": ETAG, "modified": MODIFIED}


def test_changed_feed_stores_only_new_entries(feed, httpserver, in_a):
    httpserver.expect_request("/feed.xml").respond_with_response(rss_response())
    source_poll(source_id=feed.pk)
    httpserver.clear()
    grown = fixture_text("rss", "feed_rss2.xml").replace(
        "<item>",
        "<item><title>Resolved: mobile app login</title><link>https://status.acme.example/incidents/kx81p2#resolved</link>"
        '<guid isPermaLink="false">tag:status.acme.example,2026:Incident/kx81p2/resolved</guid>'
        "<pubDate>Mon, 23 Nov 2026 18:05:00 GMT</pubDate><description>Fixed.</description></item><item>",
        1,
    )
    httpserver.expect_request("/feed.xml").respond_with_response(
        Response(grown, headers={"ETag": '"new"'}, content_type="application/rss+xml")
    )

    outcome = source_poll(source_id=feed.pk, force=True)
    assert outcome.stored == 1 and outcome.duplicates == 2


def test_recorded_rss_and_atom_entries_parse():
    connector = get_connector("rss")
    import feedparser

    from ingestion.sources.rss.connector import _entry_payload

    rss = feedparser.parse(fixture_text("rss", "feed_rss2.xml"))
    parsed = connector.parse(_entry_payload(rss.entries[0], rss.feed, "2026-11-23T17:41:00+00:00"))
    assert parsed.platform == "rss" and parsed.title == "Degraded performance: mobile app login"
    assert (
        "We are investigating reports of customers unable to log in" in parsed.text
        and "<p>" not in parsed.text
    )
    assert parsed.url == "https://status.acme.example/incidents/kx81p2"
    assert parsed.occurred_at == datetime(2026, 11, 23, 17, 32, tzinfo=UTC) and parsed.language == "en"

    atom = feedparser.parse(fixture_text("rss", "feed_atom.xml"))
    parsed = connector.parse(_entry_payload(atom.entries[0], atom.feed, "2026-11-23T17:41:00+00:00"))
    assert parsed.title == "Acme Bank: Störung beim Onlinebanking" and parsed.language == "de"
    assert parsed.occurred_at == datetime(2026, 11, 23, 16, 15, tzinfo=UTC)
    assert parsed.author_name == "Max Beispiel" and parsed.text.endswith("Probleme beim Login.")


def test_unreadable_feed_is_stored_for_review_and_validators_not_saved(feed, httpserver, in_a):
    httpserver.expect_request("/feed.xml").respond_with_response(
        Response(
            "<html><body>502 Bad Gateway</body></html>", headers={"ETag": '"err"'}, content_type="text/html"
        )
    )

    assert source_poll(source_id=feed.pk).stored == 1
    (payload,) = raw_payloads(feed).values()
    with pytest.raises(ParseError, match="feed document could not be parsed"):
        get_connector("rss").parse(payload)
    feed.refresh_from_db()
    assert "etag" not in feed.cursor


def test_503_with_http_date_retry_after_is_honoured(feed, httpserver, in_a, frozen_clock):
    when = datetime.now(UTC) + timedelta(minutes=10)
    httpserver.expect_request("/feed.xml").respond_with_response(
        Response("busy", status=503, headers={"Retry-After": format_datetime(when, usegmt=True)})
    )
    before = frozen_clock.now()
    assert source_poll(source_id=feed.pk).status == "transient"
    feed.refresh_from_db()
    assert timedelta(seconds=595) <= feed.next_poll_at - before <= timedelta(seconds=601)


def test_403_disables_the_feed(feed, httpserver, in_a):
    httpserver.expect_request("/feed.xml").respond_with_data("Forbidden", status=403)
    assert source_poll(source_id=feed.pk).status == "permanent"
    feed.refresh_from_db()
    assert not feed.enabled and "HTTP 403" in feed.last_error
