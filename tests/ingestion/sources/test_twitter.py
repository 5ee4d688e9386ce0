"""X API v2 recent search: parsing, since_id/next_token paging, resume, 429, 5xx, 401, malformed."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail
from werkzeug import Response

from ingestion.models import RawEvent, Source
from ingestion.sources import ParseError, get_connector
from ingestion.sources.polling import source_poll, sources_claim_due
from tests.ingestion.sources.conftest import fixture_json, raw_payloads

TOKEN = "AAAAAAAAAAAAAAAAAAAAAPx-bearer-secret-123"
PATH = "/2/tweets/search/recent"


@pytest.fixture
def twitter(make_source, httpserver, frozen_clock):
    return make_source(
        "twitter",
        config={"base_url": httpserver.url_for(""), "query": "acme -is:retweet OR #AcmeDown"},
        credentials={"bearer_token": TOKEN},
        poll_interval_seconds=60,
    )


def _requests(httpserver):
    return [req for req, _ in httpserver.log]


def test_recorded_search_page_parses_to_events_with_author_reach_and_retweet_flag():
    connector = get_connector("twitter")
    page = fixture_json("twitter", "search_recent_page1.json")
    users = {u["id"]: u for u in page["includes"]["users"]}
    events = [
        connector.parse({"data": t, "includes": {"users": [users[t["author_id"]]]}}) for t in page["data"]
    ]

    retweet, original, portuguese = events
    assert retweet.extra["is_retweet"] is True
    assert retweet.extra["retweet_of"] == "1793351820086497683"
    assert retweet.author_name == "@jomiller_88" and retweet.author_followers == 153
    assert original.extra["is_retweet"] is False
    assert original.author_verified is True and original.author_followers == 48211
    assert original.reach == 254112  # impressions exceed followers here
    assert original.occurred_at == datetime(2026, 11, 23, 17, 40, 40, tzinfo=UTC)
    assert original.url == "https://x.com/acme_watch/status/1793357993485135903"
    assert original.platform == "twitter" and original.language == "en"
    assert original.text.startswith("Acme Bank app has been down")
    assert portuguese.language == "pt" and portuguese.reach == 1204


def test_first_poll_sends_the_documented_request_and_stores_newest_page(twitter, httpserver, in_a):
    httpserver.expect_request(PATH).respond_with_json(fixture_json("twitter", "search_recent_page1.json"))

    outcome = source_poll(source_id=twitter.pk)

    assert outcome.status == "ok" and outcome.stored == 3
    request = _requests(httpserver)[0]
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert request.args["query"] == "acme -is:retweet OR #AcmeDown"
    assert request.args["expansions"] == "author_id"
    assert {"public_metrics", "verified"} <= set(request.args["user.fields"].split(","))
    assert {"created_at", "public_metrics", "lang", "referenced_tweets"} <= set(
        request.args["tweet.fields"].split(",")
    )
    assert "since_id" not in request.args
    stored = raw_payloads(twitter)
    assert set(stored) == {"1793358114402771200", "1793357993485135903", "1793357811200032768"}
    # The stored payload carries its author, so it parses alone.
    assert stored["1793357993485135903"]["includes"]["users"][0]["username"] == "acme_watch"
    twitter.refresh_from_db()
    # A first run takes the newest page only (not 7 days of history) and starts from there.
    assert twitter.cursor["since_id"] == "1793358114402771200"
    assert twitter.last_error == "" and twitter.next_poll_at > twitter.last_polled_at


def test_paging_resumes_from_stored_next_token_after_restart_then_moves_since_id(twitter, httpserver, in_a):
    twitter.cursor = {"since_id": "1793350000000000000"}
    twitter.config["max_pages_per_run"] = 1
    twitter.save()
    httpserver.expect_ordered_request(PATH).respond_with_json(
        fixture_json("twitter", "search_recent_page1.json")
    )
    httpserver.expect_ordered_request(PATH).respond_with_json(
        fixture_json("twitter", "search_recent_page2.json")
    )

    first = source_poll(source_id=twitter.pk)
    twitter.refresh_from_db()
    assert first.status == "caught_up_later" and first.stored == 3
    assert twitter.cursor["next_token"] == "b26v89c19zqg8o3frr3x8udpjvtxmz2wg9f6r3ybvlnb1"
    assert twitter.cursor["since_id"] == "1793350000000000000"  # not moved until the pass completes
    assert twitter.next_poll_at <= twitter.last_polled_at  # more waiting: due again at once

    # "Restart": a fresh run reads only what is in the database.
    second = source_poll(source_id=Source.objects.get(pk=twitter.pk).pk)

    page2_request = _requests(httpserver)[1]
    assert page2_request.args["next_token"] == "b26v89c19zqg8o3frr3x8udpjvtxmz2wg9f6r3ybvlnb1"
    assert page2_request.args["since_id"] == "1793350000000000000"
    assert second.stored == 1
    twitter.refresh_from_db()
    assert twitter.cursor == {"since_id": "1793358114402771200"}
    assert RawEvent.objects.filter(source=twitter).count() == 4


def test_next_poll_asks_only_for_tweets_newer_than_since_id(twitter, httpserver, in_a):
    twitter.cursor = {"since_id": "1793358114402771200"}
    twitter.save()
    httpserver.expect_request(PATH).respond_with_json(fixture_json("twitter", "search_recent_empty.json"))

    outcome = source_poll(source_id=twitter.pk)

    assert outcome.status == "ok" and outcome.stored == 0 and outcome.pages == 1
    assert _requests(httpserver)[0].args["since_id"] == "1793358114402771200"
    twitter.refresh_from_db()
    assert twitter.cursor == {"since_id": "1793358114402771200"}


def test_429_retry_after_is_honoured_no_request_before_it(twitter, httpserver, in_a, frozen_clock):
    httpserver.expect_request(PATH).respond_with_response(
        Response(
            '{"title":"Too Many Requests","status":429}',
            status=429,
            headers={"Retry-After": "120"},
            content_type="application/json",
        )
    )
    before = frozen_clock.now()
    outcome = source_poll(source_id=twitter.pk)
    twitter.refresh_from_db()

    assert outcome.status == "transient"
    assert timedelta(seconds=119) <= twitter.next_poll_at - before <= timedelta(seconds=125)
    assert "HTTP 429" in twitter.last_error and twitter.enabled

    # Neither the beat nor a redelivered task sends a request before Retry-After has passed.
    assert twitter.pk not in sources_claim_due()
    assert source_poll(source_id=twitter.pk).status == "backoff"
    assert len(httpserver.log) == 1

    frozen_clock.advance(121)
    httpserver.clear()
    httpserver.expect_request(PATH).respond_with_json(fixture_json("twitter", "search_recent_page1.json"))
    assert twitter.pk in sources_claim_due()
    assert source_poll(source_id=twitter.pk).status == "ok"
    assert len(httpserver.log) == 1


def test_x_rate_limit_reset_header_is_used_when_retry_after_is_absent(
    twitter, httpserver, in_a, frozen_clock
):
    reset = int(datetime.now(UTC).timestamp()) + 300
    httpserver.expect_request(PATH).respond_with_json(
        fixture_json("twitter", "too_many_requests.json"),
        status=429,
        headers={"x-rate-limit-reset": str(reset)},
    )
    before = frozen_clock.now()
    source_poll(source_id=twitter.pk)
    twitter.refresh_from_db()
    assert timedelta(seconds=295) <= twitter.next_poll_at - before <= timedelta(seconds=305)


def test_5xx_backs_off_exponentially_and_records_last_error(twitter, httpserver, in_a, frozen_clock):
    httpserver.expect_request(PATH).respond_with_data("upstream connect error", status=503)

    start = frozen_clock.now()
    source_poll(source_id=twitter.pk)
    twitter.refresh_from_db()
    first_delay = twitter.next_poll_at - start
    assert timedelta(seconds=60) <= first_delay <= timedelta(seconds=67)
    assert "HTTP 503" in twitter.last_error and "failure #1" in twitter.last_error

    frozen_clock.advance(first_delay.total_seconds() + 1)
    second_start = frozen_clock.now()
    source_poll(source_id=twitter.pk)
    twitter.refresh_from_db()
    assert timedelta(seconds=120) <= twitter.next_poll_at - second_start <= timedelta(seconds=133)
    assert "failure #2" in twitter.last_error and twitter.enabled

    # Recovery clears the error and the backoff.
    frozen_clock.advance(140)
    httpserver.clear()
    httpserver.expect_request(PATH).respond_with_json(fixture_json("twitter", "search_recent_empty.json"))
    assert source_poll(source_id=twitter.pk).status == "ok"
    twitter.refresh_from_db()
    assert twitter.last_error == "" and "_poll" not in twitter.cursor


def test_401_disables_source_tells_admins_and_never_leaks_the_token(
    twitter, httpserver, in_a, caplog, django_capture_on_commit_callbacks
):
    httpserver.expect_request(PATH).respond_with_json(
        fixture_json("twitter", "unauthorized.json"), status=401
    )

    with caplog.at_level(logging.DEBUG), django_capture_on_commit_callbacks(execute=True):
        outcome = source_poll(source_id=twitter.pk)

    twitter.refresh_from_db()
    assert outcome.status == "permanent"
    assert twitter.enabled is False and "HTTP 401" in twitter.last_error
    assert [m.to for m in mail.outbox] == [["admin@a.test"]]
    assert twitter.name in mail.outbox[0].subject
    assert TOKEN not in twitter.last_error and TOKEN not in caplog.text and TOKEN not in mail.outbox[0].body
    # A disabled source is never claimed again until an admin fixes it.
    assert twitter.pk not in sources_claim_due()


def test_malformed_tweets_are_stored_and_fail_parsing_with_a_reason(twitter, httpserver, in_a):
    twitter.cursor = {"since_id": "1793358114402771200"}
    twitter.save()
    httpserver.expect_request(PATH).respond_with_json(fixture_json("twitter", "malformed_tweet_page.json"))

    assert source_poll(source_id=twitter.pk).stored == 2

    stored = raw_payloads(twitter)
    connector = get_connector("twitter")
    with pytest.raises(ParseError, match="has no text"):
        connector.parse(stored["1793359000000000001"])
    with pytest.raises(ParseError, match="created_at is not an ISO 8601 timestamp"):
        connector.parse(stored["1793359000000000002"])
