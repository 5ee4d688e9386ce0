"""NewsAPI /v2/everything: X-Api-Key, from + page paging, resume, errors in NewsAPI's shape."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from ingestion.sources import ParseError, get_connector
from ingestion.sources.polling import source_poll
from tests.ingestion.sources.conftest import fixture_json, raw_payloads

KEY = "3f6d0e2c5b9a4c1e8d7f6a5b4c3d2e1f"
PATH = "/v2/everything"


@pytest.fixture
def news(make_source, httpserver, frozen_clock):
    return make_source(
        "newsapi",
        config={"base_url": httpserver.url_for(""), "query": '"Acme Bank"', "page_size": 2, "language": "en"},
        credentials={"api_key": KEY},
        cursor={"from": "2026-11-23T16:00:00Z"},
    )


def test_pages_through_results_then_moves_from_to_newest_article(news, httpserver, in_a):
    httpserver.expect_ordered_request(PATH).respond_with_json(
        fixture_json("newsapi", "everything_page1.json")
    )
    httpserver.expect_ordered_request(PATH).respond_with_json(
        fixture_json("newsapi", "everything_page2.json")
    )

    outcome = source_poll(source_id=news.pk)

    first, second = (req for req, _ in httpserver.log)
    assert first.headers["X-Api-Key"] == KEY and "apiKey" not in first.args
    assert first.args["q"] == '"Acme Bank"' and first.args["sortBy"] == "publishedAt"
    assert (
        first.args["from"] == "2026-11-23T16:00:00"
        and first.args["page"] == "1"
        and first.args["language"] == "en"
    )
    assert second.args["page"] == "2" and second.args["from"] == "2026-11-23T16:00:00"
    assert outcome.stored == 3
    news.refresh_from_db()
    assert news.cursor == {"from": "2026-11-23T17:35:00Z"}


def test_interrupted_paging_resumes_at_the_next_page_after_restart(news, httpserver, in_a):
    news.config["max_pages_per_run"] = 1
    news.save()
    httpserver.expect_ordered_request(PATH).respond_with_json(
        fixture_json("newsapi", "everything_page1.json")
    )
    httpserver.expect_ordered_request(PATH).respond_with_json(
        fixture_json("newsapi", "everything_page2.json")
    )

    source_poll(source_id=news.pk)
    news.refresh_from_db()
    assert news.cursor["page"] == 2 and news.cursor["from"] == "2026-11-23T16:00:00Z"

    source_poll(source_id=news.pk, force=True)
    assert httpserver.log[1][0].args["page"] == "2"
    news.refresh_from_db()
    assert news.cursor == {"from": "2026-11-23T17:35:00Z"}


def test_recorded_article_parses_with_outlet_reach_and_without_truncation_marker():
    article = fixture_json("newsapi", "everything_page1.json")["articles"][0]
    parsed = get_connector("newsapi").parse(article)

    assert parsed.platform == "news" and parsed.title.startswith("Acme Bank customers locked out")
    assert "technical outage hit its mobile app" in parsed.text and "[+2310 chars]" not in parsed.text
    assert parsed.url == "https://www.reuters.com/business/finance/acme-bank-outage-2026-11-23/"
    assert parsed.occurred_at == datetime(2026, 11, 23, 17, 35, tzinfo=UTC)
    assert parsed.author_name == "Jane Doe" and parsed.reach == 1_000_000 and parsed.extra["reach_estimated"]


def test_removed_article_is_stored_but_fails_parsing_with_a_reason(news, httpserver, in_a):
    httpserver.expect_request(PATH).respond_with_json(fixture_json("newsapi", "everything_page2.json"))
    source_poll(source_id=news.pk)
    with pytest.raises(ParseError, match="removed by the publisher"):
        get_connector("newsapi").parse(raw_payloads(news)["https://removed.com"])


def test_rate_limited_backs_off_with_retry_after(news, httpserver, in_a, frozen_clock):
    httpserver.expect_request(PATH).respond_with_json(
        fixture_json("newsapi", "error_rate_limited.json"), status=429, headers={"Retry-After": "3600"}
    )
    before = frozen_clock.now()
    assert source_poll(source_id=news.pk).status == "transient"
    news.refresh_from_db()
    assert timedelta(seconds=3599) <= news.next_poll_at - before <= timedelta(seconds=3605)


def test_invalid_api_key_disables_the_source(news, httpserver, in_a):
    httpserver.expect_request(PATH).respond_with_json(
        fixture_json("newsapi", "error_api_key_invalid.json"), status=401
    )
    assert source_poll(source_id=news.pk).status == "permanent"
    news.refresh_from_db()
    assert not news.enabled and "apiKeyInvalid" in news.last_error and KEY not in news.last_error


def test_500_backs_off_exponentially(news, httpserver, in_a, frozen_clock):
    httpserver.expect_request(PATH).respond_with_json(
        {"status": "error", "code": "unexpectedError", "message": "boom"}, status=500
    )
    before = frozen_clock.now()
    source_poll(source_id=news.pk)
    news.refresh_from_db()
    assert timedelta(seconds=60) <= news.next_poll_at - before <= timedelta(seconds=67)
    assert news.cursor["_poll"]["failures"] == 1 and news.cursor["from"] == "2026-11-23T16:00:00Z"
