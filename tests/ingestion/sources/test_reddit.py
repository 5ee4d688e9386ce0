"""Reddit: OAuth client credentials, /new and /search listings, after/created_utc cursor."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta

import pytest
from werkzeug import Response

from ingestion.sources import ParseError, get_connector
from ingestion.sources.polling import source_poll
from tests.ingestion.sources.conftest import fixture_json, raw_payloads, serve_in_order

SECRET = "reddit-client-secret-9f8e7d"
TOKEN = fixture_json("reddit", "access_token.json")["access_token"]


@pytest.fixture
def reddit(make_source, httpserver, frozen_clock):
    httpserver.expect_request("/api/v1/access_token", method="POST").respond_with_json(
        fixture_json("reddit", "access_token.json")
    )
    return make_source(
        "reddit",
        config={
            "base_url": httpserver.url_for(""),
            "subreddits": ["acmebank"],
            "user_agent": "web:crisisops-test:1.0 (by /u/ops)",
        },
        credentials={"client_id": "p-jcoLKBynTLew", "client_secret": SECRET},
    )


def api_requests(httpserver):
    return [req for req, _ in httpserver.log if req.path != "/api/v1/access_token"]


def test_token_then_listing_with_bearer_and_user_agent_first_run_takes_newest_page(reddit, httpserver, in_a):
    httpserver.expect_request("/r/acmebank/new").respond_with_json(fixture_json("reddit", "new_page1.json"))

    outcome = source_poll(source_id=reddit.pk)

    token_request = httpserver.log[0][0]
    assert token_request.path == "/api/v1/access_token"
    assert (
        token_request.headers["Authorization"]
        == "Basic " + base64.b64encode(f"p-jcoLKBynTLew:{SECRET}".encode()).decode()
    )
    assert token_request.form["grant_type"] == "client_credentials"
    assert token_request.headers["User-Agent"] == "web:crisisops-test:1.0 (by /u/ops)"
    listing = api_requests(httpserver)[0]
    assert listing.headers["Authorization"] == f"bearer {TOKEN}" and listing.args["limit"] == "100"
    assert outcome.stored == 2 and set(raw_payloads(reddit)) == {"t3_1gxk3c9", "t3_1gxk2b8"}
    reddit.refresh_from_db()
    assert reddit.cursor["streams"]["new:acmebank"] == {"since": 1795455420.0}


def test_paging_back_with_after_resumes_after_restart_and_stops_at_known_posts(reddit, httpserver, in_a):
    reddit.cursor = {"streams": {"new:acmebank": {"since": 1795440500.0}}}
    reddit.config["max_pages_per_run"] = 1
    reddit.save()
    serve_in_order(
        httpserver,
        "/r/acmebank/new",
        [fixture_json("reddit", "new_page1.json"), fixture_json("reddit", "new_page2.json")],
    )

    assert source_poll(source_id=reddit.pk).status == "caught_up_later"
    reddit.refresh_from_db()
    assert reddit.cursor["streams"]["new:acmebank"]["after"] == "t3_1gxk2b8"
    assert reddit.cursor["streams"]["new:acmebank"]["since"] == 1795440500.0

    second = source_poll(source_id=reddit.pk, force=True)  # a fresh run: new token, stored cursor

    assert api_requests(httpserver)[1].args["after"] == "t3_1gxk2b8"
    assert second.stored == 1  # t3_1gxk1a7; the older t3_1gx0001 is below the watermark
    assert set(raw_payloads(reddit)) == {"t3_1gxk3c9", "t3_1gxk2b8", "t3_1gxk1a7"}
    reddit.refresh_from_db()
    assert reddit.cursor["streams"]["new:acmebank"] == {"since": 1795455420.0}
    assert "pending" not in reddit.cursor


def test_search_stream_sends_query_sorted_by_new(reddit, httpserver, in_a):
    reddit.config.update(subreddits=[], query='"acme bank" outage')
    reddit.save()
    httpserver.expect_request("/search").respond_with_json(fixture_json("reddit", "new_page1.json"))

    assert source_poll(source_id=reddit.pk).stored == 2
    search = api_requests(httpserver)[0]
    assert search.args["q"] == '"acme bank" outage' and search.args["sort"] == "new"


def test_recorded_post_parses_with_permalink_author_and_engagement_reach():
    post = fixture_json("reddit", "new_page1.json")["data"]["children"][0]
    parsed = get_connector("reddit").parse(post)

    assert parsed.platform == "reddit" and parsed.external_id == "t3_1gxk3c9"
    assert parsed.title == "Acme Bank app showing $0 balance??"
    assert parsed.text.startswith("Acme Bank app showing $0 balance??\n\nApp shows a zero balance")
    assert parsed.url == "https://www.reddit.com/r/acmebank/comments/1gxk3c9/acme_bank_app_showing_0_balance/"
    assert parsed.author_name == "u/throwaway_rent_due"
    assert parsed.occurred_at == datetime.fromtimestamp(1795455420, tz=UTC)
    assert parsed.reach == 842 * 10 + 311 * 20 + 48
    assert parsed.extra["subreddit"] == "acmebank" and parsed.extra["num_comments"] == 311


def test_429_uses_ratelimit_reset_and_sends_nothing_before_it(reddit, httpserver, in_a, frozen_clock):
    httpserver.expect_request("/r/acmebank/new").respond_with_response(
        Response(
            "Too Many Requests",
            status=429,
            headers={"x-ratelimit-reset": "240", "x-ratelimit-remaining": "0"},
        )
    )
    before = frozen_clock.now()
    assert source_poll(source_id=reddit.pk).status == "transient"
    reddit.refresh_from_db()
    assert timedelta(seconds=239) <= reddit.next_poll_at - before <= timedelta(seconds=245)
    count = len(httpserver.log)
    assert source_poll(source_id=reddit.pk).status == "backoff" and len(httpserver.log) == count


def test_rejected_client_credentials_disable_the_source(make_source, httpserver, in_a):
    httpserver.expect_request("/api/v1/access_token").respond_with_json(
        {"message": "Unauthorized", "error": 401}, status=401
    )
    source = make_source(
        "reddit",
        config={"base_url": httpserver.url_for(""), "subreddits": ["acmebank"]},
        credentials={"client_id": "x", "client_secret": SECRET},
    )
    assert source_poll(source_id=source.pk).status == "permanent"
    source.refresh_from_db()
    assert (
        not source.enabled
        and "Reddit OAuth: HTTP 401" in source.last_error
        and SECRET not in source.last_error
    )


def test_malformed_post_is_stored_then_fails_parsing_with_reason(reddit, httpserver, in_a):
    reddit.cursor = {"streams": {"new:acmebank": {"since": 1795400000.0}}}
    reddit.save()
    listing = {
        "kind": "Listing",
        "data": {
            "after": None,
            "children": [
                {"kind": "t3", "data": {"id": "bad1", "name": "t3_bad1", "created_utc": 1795455000.0}}
            ],
        },
    }
    httpserver.expect_request("/r/acmebank/new").respond_with_json(listing)

    assert source_poll(source_id=reddit.pk).stored == 1
    with pytest.raises(ParseError, match="no title and no text"):
        get_connector("reddit").parse(raw_payloads(reddit)["t3_bad1"])
