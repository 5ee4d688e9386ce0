"""The demo world's social and news APIs: X API v2 recent search, Reddit OAuth + listings,
NewsAPI /v2/everything, RSS 2.0 / Atom feeds with ETag and Last-Modified."""

from __future__ import annotations

import base64
import hashlib
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any

from demo import wire
from demo.api_common import CREDENTIALS, REDDIT_TOKEN_PREFIX, HttpError, bearer, one, parse_time
from demo.query import QueryError, text_query_matcher
from demo.world_state import World


def x_search(world: World, params: dict[str, list[str]], headers: Any) -> tuple[int, Any, dict[str, str]]:
    if bearer(headers) != CREDENTIALS["x_bearer_token"]:
        raise HttpError(
            401, {"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"}
        )
    query = one(params, "query")
    if not query:
        raise HttpError(400, _x_problem("The `query` query parameter can not be empty", "query"))
    try:
        max_results = int(one(params, "max_results", "10") or 10)
    except ValueError:
        max_results = -1
    if not 10 <= max_results <= 100:
        raise HttpError(400, _x_problem("`max_results` must be between 10 and 100", "max_results"))
    try:
        match = text_query_matcher(query)
    except QueryError as exc:
        raise HttpError(
            400, _x_problem(f"There were errors processing your request: {exc}", "query")
        ) from None
    since_id = int(one(params, "since_id", "0") or 0)
    until_id = int(one(params, "until_id", "0") or 0)
    token = one(params, "next_token") or one(params, "pagination_token")
    below = int(base64.urlsafe_b64decode(token.encode()).decode()) if token else 0
    start_time = parse_time(one(params, "start_time"))
    end_time = parse_time(one(params, "end_time"))

    candidates = []
    for item in reversed(world.released("x")):  # newest first
        tid = int(wire.tweet_id(item))
        at = world.at(item)
        if (since_id and tid <= since_id) or (until_id and tid >= until_id) or (below and tid >= below):
            continue
        if (start_time and at < start_time) or (end_time and at >= end_time):
            continue
        facts = {
            "text": item.text,
            "is_retweet": "retweet_of" in item.attrs,
            "is_quote": "quote_of" in item.attrs,
            "verified": bool(item.author and item.author.verified),
            "author": item.author.handle if item.author else "",
            "lang": "en",
        }
        if match(facts):
            candidates.append(item)
    page, more = candidates[:max_results], len(candidates) > max_results
    if not page:
        return 200, {"meta": {"result_count": 0}}, {}
    tweet_fields = set((one(params, "tweet.fields") or "").split(",")) - {""}
    user_fields = set((one(params, "user.fields") or "").split(",")) - {""}
    expansions = set((one(params, "expansions") or "").split(",")) - {""}
    data = [
        _x_fields(wire.x_tweet(i, world.at(i), retweets=world.retweet_count(i)), tweet_fields) for i in page
    ]
    body: dict[str, Any] = {"data": data}
    includes: dict[str, Any] = {}
    if "author_id" in expansions:
        users = {i.author.id: i.author for i in page if i.author}
        includes["users"] = [_x_user_fields(wire.x_user(a), user_fields) for a in users.values()]
    if "referenced_tweets.id" in expansions:
        refs = {r.seq: r for i in page for r in (i.attrs.get("retweet_of"), i.attrs.get("quote_of")) if r}
        includes["tweets"] = [
            _x_fields(wire.x_tweet(r, world.at(r), retweets=world.retweet_count(r)), tweet_fields)
            for r in refs.values()
        ]
        if "author_id" in expansions:
            known = {u["id"] for u in includes.get("users", [])}
            includes.setdefault("users", []).extend(
                _x_user_fields(wire.x_user(r.author), user_fields)
                for r in refs.values()
                if r.author and r.author.id not in known
            )
    if includes:
        body["includes"] = includes
    meta: dict[str, Any] = {
        "newest_id": data[0]["id"],
        "oldest_id": data[-1]["id"],
        "result_count": len(data),
    }
    if more:
        meta["next_token"] = base64.urlsafe_b64encode(data[-1]["id"].encode()).decode()
    body["meta"] = meta
    return 200, body, {"x-rate-limit-limit": "450", "x-rate-limit-remaining": "449"}


def _x_problem(detail: str, parameter: str) -> dict[str, Any]:
    return {
        "errors": [{"parameters": {parameter: []}, "message": detail}],
        "title": "Invalid Request",
        "detail": "One or more parameters to your request was invalid.",
        "type": "https://api.twitter.com/2/problems/invalid-request",
    }


def _x_fields(tweet: dict[str, Any], wanted: set[str]) -> dict[str, Any]:
    """The X API returns id, text and edit_history_tweet_ids unless more fields are requested."""
    keep = {"id", "text", "edit_history_tweet_ids"} | wanted
    return {k: v for k, v in tweet.items() if k in keep}


def _x_user_fields(user: dict[str, Any], wanted: set[str]) -> dict[str, Any]:
    keep = {"id", "name", "username"} | wanted
    return {k: v for k, v in user.items() if k in keep}


class RedditState:
    def __init__(self) -> None:
        self.issued: set[str] = set()
        self.counter = 0


def reddit_token(
    state: RedditState, headers: Any, form: dict[str, list[str]]
) -> tuple[int, Any, dict[str, str]]:
    expected = base64.b64encode(
        f"{CREDENTIALS['reddit_client_id']}:{CREDENTIALS['reddit_client_secret']}".encode()
    ).decode()
    if headers.get("Authorization", "") != f"Basic {expected}":
        raise HttpError(401, {"message": "Unauthorized", "error": 401})
    if one(form, "grant_type") != "client_credentials":
        raise HttpError(400, {"error": "unsupported_grant_type"})
    state.counter += 1
    token = f"{REDDIT_TOKEN_PREFIX}{state.counter}"
    state.issued.add(token)
    return 200, {"access_token": token, "token_type": "bearer", "expires_in": 86400, "scope": "*"}, {}


def reddit_listing(
    world: World, state: RedditState, path: str, params: dict[str, list[str]], headers: Any
) -> tuple[int, Any, dict[str, str]]:
    if bearer(headers) not in state.issued:
        raise HttpError(
            401, {"message": "Unauthorized", "error": 401}, {"www-authenticate": 'Bearer realm="reddit"'}
        )
    parts = [p for p in path.removesuffix(".json").split("/") if p]
    subs: set[str] | None = None
    if parts[0] == "r":
        subs = {s.lower() for s in parts[1].split("+")}
        endpoint = parts[2] if len(parts) > 2 else "hot"
    else:
        endpoint = parts[0]
    if (
        endpoint == "search"
        and subs is not None
        and one(params, "restrict_sr", "") not in ("1", "true", "on")
    ):
        subs = None
    items = list(reversed(world.released("reddit")))  # newest first
    if subs is not None:
        items = [i for i in items if i.attrs.get("subreddit", "").lower() in subs]
    if endpoint == "search":
        q = one(params, "q")
        if not q:
            raise HttpError(400, {"message": "Bad Request", "error": 400})
        try:
            match = text_query_matcher(q)
        except QueryError:
            raise HttpError(400, {"message": "Bad Request", "error": 400}) from None
        items = [i for i in items if match({"text": f"{i.title} {i.text}"})]
    limit = max(1, min(100, int(one(params, "limit", "25") or 25)))
    names = [f"t3_{wire.reddit_id(i)}" for i in items]
    after, before = one(params, "after"), one(params, "before")
    if before:
        # Reddit's `before`: the page just newer than that item, still newest first.
        idx = names.index(before) if before in names else 0
        start = max(0, idx - limit)
        page = items[start:idx]
        has_newer, has_older = start > 0, True
    else:
        idx = names.index(after) + 1 if after and after in names else 0
        page = items[idx : idx + limit]
        has_newer, has_older = bool(after), idx + limit < len(items)
    children = [wire.reddit_post(i, world.at(i)) for i in page]
    data = {
        "after": children[-1]["data"]["name"] if children and has_older else None,
        "before": children[0]["data"]["name"] if children and has_newer else None,
        "dist": len(children),
        "modhash": None,
        "geo_filter": "",
        "children": children,
    }
    headers_out = {"x-ratelimit-remaining": "995.0", "x-ratelimit-used": "5", "x-ratelimit-reset": "420"}
    return 200, {"kind": "Listing", "data": data}, headers_out


# NewsAPI --------------------------------------------------------------------------------------
def newsapi_everything(
    world: World, params: dict[str, list[str]], headers: Any
) -> tuple[int, Any, dict[str, str]]:
    key = one(params, "apiKey") or headers.get("X-Api-Key") or bearer(headers) or headers.get("Authorization")
    if not key:
        raise HttpError(401, _news_error("apiKeyMissing", "Your API key is missing."))
    if key != CREDENTIALS["newsapi_key"]:
        raise HttpError(401, _news_error("apiKeyInvalid", "Your API key is invalid or incorrect."))
    q = one(params, "q") or one(params, "qInTitle")
    if not q:
        raise HttpError(400, _news_error("parametersMissing", "Required parameters are missing: q."))
    try:
        match = text_query_matcher(q)
        page = int(one(params, "page", "1") or 1)
        page_size = int(one(params, "pageSize", "100") or 100)
    except (QueryError, ValueError) as exc:
        raise HttpError(400, _news_error("parameterInvalid", str(exc))) from None
    if page < 1 or not 1 <= page_size <= 100:
        raise HttpError(400, _news_error("parameterInvalid", "page/pageSize out of range."))
    start, end = parse_time(one(params, "from")), parse_time(one(params, "to"))
    hits = []
    for item in reversed(world.released("newsapi")):
        at = world.at(item).replace(microsecond=0)
        if (start and at < start) or (end and at > end):
            continue
        if match({"text": f"{item.title} {item.text}"}):
            hits.append(item)
    chunk = hits[(page - 1) * page_size : page * page_size]
    articles = [wire.news_article(i, world.at(i)) for i in chunk]
    return 200, {"status": "ok", "totalResults": len(hits), "articles": articles}, {}


def _news_error(code: str, message: str) -> dict[str, str]:
    return {"status": "error", "code": code, "message": message}


# RSS / Atom -----------------------------------------------------------------------------------
def feed(world: World, name: str, headers: Any) -> tuple[int, Any, dict[str, str]]:
    entries = [(i, world.at(i)) for i in world.released("rss") if i.attrs.get("feed") == name][-50:]
    updated = max((at for _, at in entries), default=world.t0).replace(microsecond=0)
    body = wire.render_feed(name, entries, updated=updated)
    etag = '"' + hashlib.sha256(body.encode()).hexdigest()[:20] + '"'
    last_modified = format_datetime(updated, usegmt=True)
    out = {"ETag": etag, "Last-Modified": last_modified}
    if headers.get("If-None-Match") == etag:
        return 304, b"", out
    since = headers.get("If-Modified-Since")
    if since and not headers.get("If-None-Match"):
        try:
            if updated <= parsedate_to_datetime(since):
                return 304, b"", out
        except (TypeError, ValueError):
            pass
    ctype = "application/rss+xml" if wire.FEEDS[name]["format"] == "rss" else "application/atom+xml"
    out["Content-Type"] = f"{ctype}; charset=utf-8"
    return 200, body.encode(), out
