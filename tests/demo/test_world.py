"""The world server answers each poller's request shape: the platform's own connectors fetch the
scenario from it page by page, and the raw HTTP answers follow each API's rules."""

from __future__ import annotations

import base64
import re
from datetime import timedelta

import httpx
import pytest

from demo import wire
from demo.api_common import CREDENTIALS, ES_INDEX
from demo.seed import SOURCE_SLUGS  # noqa: F401 - the seed module imports cleanly
from demo.world import serve_in_thread
from ingestion.sources.base import MORE_PENDING
from tenants import clock


@pytest.fixture(scope="module")
def world():
    server, _ = serve_in_thread()
    client = httpx.Client(base_url=server.url, timeout=10)
    client.post("/_world/start", json={"seed": 7, "t0": (clock.now() - timedelta(minutes=5)).isoformat()})
    yield server, client
    client.close()
    server.shutdown()


def _advance(client, t):
    client.post("/_world/advance", json={"t": t}).raise_for_status()


def _released(server, channel):
    return server.world.released(channel)


def _source(kind, config, credentials=None):
    from ingestion.models import Source

    return Source(name=kind, slug=f"test-{kind}", kind=kind, config=config, credentials=credentials)


def _drain(connector, source, cursor, *, max_pages=50):
    """Poll like the platform does: follow MORE_PENDING pages until caught up."""
    payloads = []
    for _ in range(max_pages):
        page, cursor = connector.fetch(source, cursor)
        payloads.extend(page)
        if not cursor.get(MORE_PENDING):
            return payloads, {k: v for k, v in cursor.items() if k != MORE_PENDING}
        cursor = {k: v for k, v in cursor.items() if k != MORE_PENDING}
    raise AssertionError("the poller never caught up")


def test_x_connector_reads_every_matching_tweet_across_pages_and_resumes_with_since_id(world):
    from ingestion.sources.twitter.connector import TwitterConnector

    server, client = world
    _advance(client, 100)
    source = _source(
        "twitter",
        {
            "base_url": server.url,
            "query": "(Northwind OR NorthwindBank OR $NWBK OR from:NorthwindBank) lang:en",
        },
        {"bearer_token": CREDENTIALS["x_bearer_token"]},
    )
    connector = TwitterConnector()
    first, cursor = _drain(connector, source, {})
    assert cursor.get("since_id")
    _advance(client, 600)  # ~300 more tweets: several pages of 100
    rest, cursor = _drain(connector, source, cursor)
    got = [connector.external_id(p) for p in first + rest]
    assert len(got) == len(set(got))
    expected = {
        wire.tweet_id(i)
        for i in _released(server, "x")
        if "northwind" in i.text.lower() or "nwbk" in i.text.lower() or i.author.handle == "NorthwindBank"
    }
    newest_first_page = {wire.tweet_id(i) for i in _released(server, "x") if i.t <= 100}
    assert set(got) >= expected - newest_first_page and len(rest) > 100
    journalist = next(p for p in first + rest if p["data"]["author_id"] == "1000002")
    event = connector.parse(journalist)
    assert event.author_verified and event.author_followers == 412_000
    again, _ = _drain(connector, source, cursor)
    assert again == []


def test_x_api_refuses_bad_token_and_bad_page_size(world):
    _server, client = world
    ok = {"Authorization": f"Bearer {CREDENTIALS['x_bearer_token']}"}
    assert client.get("/2/tweets/search/recent", params={"query": "Northwind"}).status_code == 401
    r = client.get("/2/tweets/search/recent", params={"query": "Northwind", "max_results": 5}, headers=ok)
    assert r.status_code == 400 and r.json()["errors"][0]["parameters"] == {"max_results": []}
    r = client.get("/2/tweets/search/recent", params={"query": "Northwind", "max_results": 10}, headers=ok)
    body = r.json()
    assert set(body["data"][0]) == {"id", "text", "edit_history_tweet_ids"}, "fields only when asked for"
    token = body["meta"]["next_token"]
    page2 = client.get(
        "/2/tweets/search/recent",
        params={"query": "Northwind", "max_results": 10, "next_token": token},
        headers=ok,
    ).json()
    assert int(page2["data"][0]["id"]) < int(body["meta"]["oldest_id"])


def test_injected_429_reaches_the_poller_with_retry_after(world):
    from ingestion.sources.base import TransientSourceError
    from ingestion.sources.twitter.connector import TwitterConnector

    server, client = world
    client.post("/_world/faults", json={"channel": "x", "status": 429, "count": 1, "retry_after": 7})
    source = _source(
        "twitter", {"base_url": server.url, "query": "Northwind"}, {"bearer_token": "demo-x-bearer-token"}
    )
    with pytest.raises(TransientSourceError) as exc:
        TwitterConnector().fetch(source, {})
    assert exc.value.retry_after == 7


def test_reddit_connector_gets_a_token_and_reads_subreddits_and_search(world):
    from ingestion.sources.reddit.connector import RedditConnector

    server, client = world
    _advance(client, 600)
    source = _source(
        "reddit",
        {
            "base_url": server.url,
            "auth_url": server.url,
            "subreddits": ["UKPersonalFinance", "NorthwindBank"],
            "query": "Northwind",
        },
        {"client_id": CREDENTIALS["reddit_client_id"], "client_secret": CREDENTIALS["reddit_client_secret"]},
    )
    payloads, _cursor = _drain(RedditConnector(), source, {})
    got = [p["data"]["name"] for p in payloads]
    subs = {"ukpersonalfinance", "northwindbank"}
    expected = {
        f"t3_{wire.reddit_id(i)}"
        for i in _released(server, "reddit")
        if i.attrs["subreddit"].lower() in subs or re.search(r"\bnorthwind\b", f"{i.title} {i.text}", re.I)
    }
    assert set(got) == expected and len(expected) > 10


def test_reddit_listing_pages_with_after_and_before(world):
    _server, client = world
    _advance(client, 600)
    token = client.post(
        "/api/v1/access_token",
        data={"grant_type": "client_credentials"},
        auth=(CREDENTIALS["reddit_client_id"], CREDENTIALS["reddit_client_secret"]),
    ).json()["access_token"]
    auth = {"Authorization": f"bearer {token}"}
    assert client.get("/r/NorthwindBank/new", headers={"Authorization": "bearer nope"}).status_code == 401
    first = client.get("/r/UKPersonalFinance+NorthwindBank/new", params={"limit": 3}, headers=auth).json()[
        "data"
    ]
    second = client.get(
        "/r/UKPersonalFinance+NorthwindBank/new.json",
        params={"limit": 3, "after": first["after"]},
        headers=auth,
    ).json()["data"]
    names1 = [c["data"]["name"] for c in first["children"]]
    names2 = [c["data"]["name"] for c in second["children"]]
    assert len(names1) == 3 and not set(names1) & set(names2)
    assert first["children"][0]["data"]["created_utc"] >= second["children"][0]["data"]["created_utc"]
    newer = client.get(
        "/r/UKPersonalFinance+NorthwindBank/new", params={"limit": 3, "before": names2[0]}, headers=auth
    ).json()["data"]
    assert [c["data"]["name"] for c in newer["children"]] == names1


def test_newsapi_connector_reads_articles_and_the_api_refuses_a_bad_key(world):
    from ingestion.sources.newsapi.connector import NewsAPIConnector

    server, client = world
    _advance(client, 600)
    source = _source(
        "newsapi",
        {"base_url": server.url, "query": '"Northwind Bank" OR NWBK'},
        {"api_key": CREDENTIALS["newsapi_key"]},
    )
    payloads, _ = _drain(NewsAPIConnector(), source, {})
    assert {p["url"] for p in payloads} == {
        wire.news_article(i, server.world.at(i))["url"] for i in _released(server, "newsapi")
    }
    bad = client.get("/v2/everything", params={"q": "x"}, headers={"X-Api-Key": "wrong"})
    assert bad.status_code == 401 and bad.json()["code"] == "apiKeyInvalid"
    paged = client.get(
        "/v2/everything",
        params={"q": '"Northwind Bank" OR NWBK', "pageSize": 1, "page": 2},
        headers={"X-Api-Key": CREDENTIALS["newsapi_key"]},
    ).json()
    assert paged["totalResults"] == len(payloads) and len(paged["articles"]) == 1


def test_rss_and_atom_feeds_parse_and_answer_304_when_unchanged(world):
    from ingestion.sources.rss.connector import RSSConnector

    server, client = world
    _advance(client, 600)
    for feed, path in (("newsroom", "/feeds/newsroom.xml"), ("technews", "/feeds/technews.atom")):
        source = _source("rss", {"url": server.url + path})
        payloads, cursor = RSSConnector().fetch(source, {})
        expected = [i for i in _released(server, "rss") if i.attrs["feed"] == feed]
        assert len(payloads) == len(expected) > 0
        assert cursor.get("etag")
        again, _ = RSSConnector().fetch(source, cursor)
        assert again == []


def test_zendesk_connector_follows_the_export_cursor_and_resumes(world):
    from ingestion.sources.zendesk.connector import ZendeskConnector

    server, client = world
    _advance(client, 300)
    source = _source(
        "zendesk",
        {"base_url": server.url, "page_size": 5},
        {"email": CREDENTIALS["zendesk_email"], "api_token": CREDENTIALS["zendesk_api_token"]},
    )
    first, cursor = _drain(ZendeskConnector(), source, {})
    _advance(client, 900)
    rest, cursor = _drain(ZendeskConnector(), source, cursor)
    ids = [p["id"] for p in first + rest]
    assert ids == sorted(wire.ticket_id(i) for i in _released(server, "zendesk"))
    bad = client.get(
        "/api/v2/incremental/tickets/cursor.json", params={"start_time": 0}, auth=("x/token", "nope")
    )
    assert bad.status_code == 401


def test_elasticsearch_search_after_pages_through_logs_in_order(world):
    server, client = world
    _advance(client, 900)
    headers = {"Authorization": f"ApiKey {CREDENTIALS['elasticsearch_api_key']}"}
    query = {
        "bool": {
            "filter": [
                {"range": {"@timestamp": {"gte": "now-1h"}}},
                {"terms": {"log.level": ["warn", "error"]}},
            ]
        }
    }
    seen, after = [], None
    for _ in range(50):
        body = {"size": 17, "query": query, "sort": [{"@timestamp": "asc"}, {"_id": "asc"}]}
        if after:
            body["search_after"] = after
        hits = client.post(f"/{ES_INDEX}/_search", json=body, headers=headers).json()["hits"]["hits"]
        if not hits:
            break
        seen.extend(hits)
        after = hits[-1]["sort"]
    expected = [i for i in _released(server, "elasticsearch") if i.attrs["level"] in ("WARN", "ERROR")]
    assert len(seen) == len(expected) and len({h["_id"] for h in seen}) == len(seen)
    stamps = [h["sort"][0] for h in seen]
    assert stamps == sorted(stamps)
    assert client.post(f"/{ES_INDEX}/_search", json={}).status_code == 401
    assert client.post("/nope/_search", json={}, headers=headers).status_code == 404
    bad = client.post(f"/{ES_INDEX}/_search", json={"query": {"fuzzy_magic": {}}}, headers=headers)
    assert bad.status_code == 400 and bad.json()["error"]["type"] == "parsing_exception"
    root = client.get("/", headers=headers).json()
    assert root["tagline"] == "You Know, for Search"
    assert base64.b64decode(CREDENTIALS["elasticsearch_api_key"]).decode() == "demo-es-id:demo-es-key"
