"""Reddit poller: OAuth client credentials, `/r/<sub>/new` and `/search` listings.

1. A bearer token comes from `{auth_url}/api/v1/access_token` (HTTP Basic client_id:secret,
   `grant_type=client_credentials`), once per poll run. Reddit wants a descriptive User-Agent.
2. Streams: one per subreddit in `config.subreddits` (`/r/<sub>/new`) and one for
   `config.query` (`/search?sort=new`, or `/r/<sub>/search?restrict_sr=1` with `config.search_in`).
3. Listings are newest first. Per stream the cursor keeps `since` (created_utc of the newest post
   already stored) and, while paging back through a burst, the listing's `after` fullname. A
   stream's pass ends at the first post not newer than `since` (or when the listing ends); only
   then does `since` move. Reddit's `before` is not used: it returns nothing forever once the
   post it names is deleted.
4. One `fetch` call = one page of one stream; `cursor["pending"]` lists the streams left in
   the current pass, so a run cut short resumes where it stopped.
"""

from __future__ import annotations

from typing import Any

from ingestion.models import Platform, SourceKind
from ingestion.sources import register
from ingestion.sources.base import MORE_PENDING, Connector, NormalizedEvent, ParseError, PermanentSourceError
from ingestion.sources.common import as_int, aware, content_id, dig
from ingestion.sources.http import HTTPPoller, SourceHTTP, base_url, secret_values

DEFAULT_BASE_URL = "https://oauth.reddit.com"
DEFAULT_AUTH_URL = "https://www.reddit.com"
DEFAULT_USER_AGENT = "web:crisisops-listener:1.0 (by /u/crisisops)"
PAGE_LIMIT = 100
# A first pass on a stream takes one page (the newest posts), not the subreddit's history.
FIRST_PASS_PAGES = 1
MAX_PAGES_PER_PASS = 10


def _streams(config: dict[str, Any]) -> list[str]:
    streams = []
    for sub in config.get("subreddits") or []:
        sub = str(sub).strip().removeprefix("r/").removeprefix("/r/").strip("/")
        if sub:
            streams.append(f"new:{sub}")
    if (config.get("query") or "").strip():
        streams.append("search")
    return streams


@register
class RedditConnector(HTTPPoller, Connector):
    kind = SourceKind.REDDIT
    platform = Platform.REDDIT
    is_poller = True

    def make_http(self, source: Any) -> SourceHTTP:
        config = source.config or {}
        creds = source.credentials or {}
        client_id, secret = creds.get("client_id"), creds.get("client_secret")
        if not client_id or not secret:
            raise PermanentSourceError(
                "reddit: credentials.client_id and credentials.client_secret are required"
            )
        user_agent = config.get("user_agent") or DEFAULT_USER_AGENT
        token_http = SourceHTTP(
            provider="Reddit OAuth", secrets=secret_values(creds), headers={"User-Agent": user_agent}
        )
        try:
            auth_root = str(config.get("auth_url") or config.get("base_url") or DEFAULT_AUTH_URL).rstrip("/")
            response = token_http.request(
                "POST",
                auth_root + "/api/v1/access_token",
                data={"grant_type": "client_credentials"},
                auth=(client_id, secret),
            )
            body = token_http.json(response)
        finally:
            token_http.close()
        token = body.get("access_token") if isinstance(body, dict) else None
        if not token:
            # Reddit answers 200 {"error": "invalid_grant"} (or unsupported_grant_type) for bad apps.
            error = body.get("error") if isinstance(body, dict) else "no token"
            raise PermanentSourceError(f"Reddit OAuth: no access token issued ({error})")
        return SourceHTTP(
            provider="Reddit API",
            secrets=[*secret_values(creds), token],
            headers={"Authorization": f"bearer {token}", "User-Agent": user_agent},
        )

    # Polling --------------------------------------------------------------------------------
    def fetch(self, source: Any, cursor: dict[str, Any]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        config = source.config or {}
        streams = _streams(config)
        if not streams:
            raise PermanentSourceError("reddit: set config.subreddits (a list) and/or config.query")
        states: dict[str, dict[str, Any]] = {
            k: dict(v) for k, v in (cursor.get("streams") or {}).items() if k in streams
        }
        pending = [s for s in cursor.get("pending") or [] if s in streams] or list(streams)
        stream = pending[0]
        state = states.setdefault(stream, {})

        params: dict[str, Any] = {"limit": PAGE_LIMIT, "raw_json": 1}
        if stream == "search":
            params.update(q=config["query"].strip(), sort="new", type="link")
            search_in = str(config.get("search_in") or "").strip().removeprefix("r/").strip("/")
            path = f"/r/{search_in}/search" if search_in else "/search"
            if search_in:
                params["restrict_sr"] = 1
        else:
            path = f"/r/{stream.split(':', 1)[1]}/new"
        if state.get("after"):
            params["after"] = state["after"]

        http = self.http(source)
        response = http.request("GET", base_url(source, DEFAULT_BASE_URL) + path, params=params)
        listing = http.json(response)
        data = listing.get("data") if isinstance(listing, dict) else None
        if not isinstance(data, dict):
            raise PermanentSourceError(f"Reddit API: {path} did not return a Listing")

        since = float(state.get("since") or 0)
        payloads: list[dict[str, Any]] = []
        reached_known = False
        newest = float(state.get("pass_newest") or 0)
        for child in data.get("children") or []:
            post = child.get("data") if isinstance(child, dict) else None
            if not isinstance(post, dict):
                payloads.append(child if isinstance(child, dict) else {"data": child})
                continue
            created = float(post.get("created_utc") or 0)
            # `>=`: posts of the watermark's own second are re-read; idempotent storage drops them.
            if since and created < since:
                reached_known = True
                break
            newest = max(newest, created)
            payloads.append(child)

        pages = int(state.get("pages") or 0) + 1
        after = data.get("after")
        page_cap = FIRST_PASS_PAGES if not since else MAX_PAGES_PER_PASS
        if after and not reached_known and pages < page_cap:
            states[stream] = {
                "since": state.get("since"),
                "after": after,
                "pass_newest": newest,
                "pages": pages,
            }
        else:
            states[stream] = {"since": max(since, newest) or None}
            pending = pending[1:]
        new_cursor: dict[str, Any] = {"streams": states}
        if pending:  # streams (or pages of this stream) left in the current pass
            new_cursor["pending"] = pending
            new_cursor[MORE_PENDING] = True
        return payloads, new_cursor

    # Normalizing ----------------------------------------------------------------------------
    def external_id(self, payload: dict[str, Any]) -> str:
        post = payload.get("data") if isinstance(payload, dict) else None
        if isinstance(post, dict) and (post.get("name") or post.get("id")):
            return str(post.get("name") or f"t3_{post['id']}")
        return "sha256:" + content_id(payload)

    def parse(self, payload: dict[str, Any]) -> NormalizedEvent:
        post = payload.get("data") if isinstance(payload, dict) else None
        if not isinstance(post, dict):
            raise ParseError("Reddit payload has no post object under 'data'")
        name = str(post.get("name") or (f"t3_{post['id']}" if post.get("id") else ""))
        if not name:
            raise ParseError("Reddit post has neither name nor id")
        title = str(post.get("title") or "")
        body = str(post.get("selftext") or post.get("body") or "")
        if not title.strip() and not body.strip():
            raise ParseError(f"Reddit post {name} has no title and no text")
        occurred_at = aware(post.get("created_utc"), field="data.created_utc")
        score = as_int(post.get("score"))
        comments = as_int(post.get("num_comments"))
        permalink = post.get("permalink") or ""
        author = str(post.get("author") or "")
        return NormalizedEvent(
            external_id=name,
            platform=Platform.REDDIT,
            title=title,
            text="\n\n".join(part for part in (title, body) if part.strip()),
            occurred_at=occurred_at,
            url=f"https://www.reddit.com{permalink}"
            if permalink.startswith("/")
            else str(post.get("url") or ""),
            author_id=str(post.get("author_fullname") or ""),
            author_name=f"u/{author}" if author and author != "[deleted]" else "",
            language="",
            # Reddit exposes no view counts: ~10 readers per upvote and ~20 per comment is a
            # common rule of thumb, floored by a sliver of the subreddit's audience.
            reach=score * 10 + comments * 20 + as_int(post.get("subreddit_subscribers")) // 1000,
            extra={
                "subreddit": post.get("subreddit") or "",
                "score": score,
                "num_comments": comments,
                "upvote_ratio": post.get("upvote_ratio"),
                "over_18": bool(post.get("over_18")),
                "subreddit_subscribers": as_int(post.get("subreddit_subscribers")),
                "link_url": "" if post.get("is_self") else str(post.get("url") or ""),
                "flair": dig(post, "link_flair_text", default="") or "",
                "is_crosspost": bool(post.get("crosspost_parent")),
                "crosspost_of": str(post.get("crosspost_parent") or ""),
            },
        )
