"""X (Twitter) API v2 recent search poller.

GET {base_url}/2/tweets/search/recent with an app bearer token. Newest tweets come first; the
cursor keeps `since_id` (the newest tweet already stored). A poll asks for tweets newer than
`since_id` and follows `meta.next_token` page by page (same query, same since_id) until the
pages run out; only then does `since_id` move to the newest id of that pass, so a run cut short
(page budget, crash, 429) resumes with the next page instead of skipping it.

Each stored payload has the shape of a single-tweet lookup: `{"data": tweet, "includes":
{"users": [author]}}`, so a payload alone carries the author's followers and verification.
"""

from __future__ import annotations

from typing import Any

from ingestion.models import Platform, SourceKind
from ingestion.sources import register
from ingestion.sources.base import (
    MORE_PENDING,
    Connector,
    NormalizedEvent,
    ParseError,
    PermanentSourceError,
    TransientSourceError,
)
from ingestion.sources.common import as_int, aware, content_id
from ingestion.sources.http import HTTPPoller, SourceHTTP, base_url, secret_values

DEFAULT_BASE_URL = "https://api.x.com"
SEARCH_PATH = "/2/tweets/search/recent"
TWEET_FIELDS = "created_at,public_metrics,lang,referenced_tweets,author_id,conversation_id"
USER_FIELDS = "public_metrics,verified,verified_type"


def _newer(a: str | None, b: str | None) -> str | None:
    """The larger of two tweet ids (snowflakes compare numerically, not as strings)."""
    if not a:
        return b
    if not b:
        return a
    try:
        return a if int(a) >= int(b) else b
    except ValueError:
        return max(a, b)


@register
class TwitterConnector(HTTPPoller, Connector):
    kind = SourceKind.TWITTER
    platform = Platform.TWITTER
    is_poller = True

    def make_http(self, source: Any) -> SourceHTTP:
        creds = source.credentials or {}
        token = creds.get("bearer_token")
        if not token:
            raise PermanentSourceError("twitter: credentials.bearer_token is not set")
        return SourceHTTP(
            provider="X API",
            secrets=secret_values(creds),
            headers={"Authorization": f"Bearer {token}"},
        )

    # Polling --------------------------------------------------------------------------------
    def fetch(self, source: Any, cursor: dict[str, Any]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        config = source.config or {}
        query = (config.get("query") or "").strip()
        if not query:
            raise PermanentSourceError("twitter: config.query (an X search query) is not set")
        params: dict[str, Any] = {
            "query": query,
            "max_results": min(max(as_int(config.get("page_size") or 100), 10), 100),
            "expansions": "author_id",
            "tweet.fields": TWEET_FIELDS,
            "user.fields": USER_FIELDS,
        }
        since_id = cursor.get("since_id")
        if since_id:
            params["since_id"] = since_id
        if cursor.get("next_token"):
            params["next_token"] = cursor["next_token"]

        http = self.http(source)
        url = base_url(source, DEFAULT_BASE_URL) + SEARCH_PATH
        response = http.request("GET", url, params=params, ok=(200, 400))
        if response.status_code == 400:
            body = http.json(response)
            # X refuses a since_id older than the 7-day search window (a source paused for a
            # week): start over from the newest tweets instead of disabling the source.
            if since_id and "since_id" in str(body):
                return [], {MORE_PENDING: True}
            raise http.error_for(response)
        body = http.json(response)
        if not isinstance(body, dict) or not isinstance(body.get("data", []), list):
            raise TransientSourceError("X API: unexpected response shape (no 'data' list)")

        users = {
            str(u.get("id")): u
            for u in (body.get("includes") or {}).get("users") or []
            if isinstance(u, dict)
        }
        payloads = []
        for tweet in body.get("data") or []:
            author = users.get(str(tweet.get("author_id"))) if isinstance(tweet, dict) else None
            payloads.append({"data": tweet, "includes": {"users": [author] if author else []}})

        meta = body.get("meta") or {}
        # The newest id of this pass is the first page's newest_id; later pages are older.
        pass_newest = cursor.get("newest_id") if cursor.get("next_token") else meta.get("newest_id")
        next_token = meta.get("next_token")
        if next_token and since_id:
            new_cursor = {
                "since_id": since_id,
                "next_token": next_token,
                "newest_id": pass_newest,
                MORE_PENDING: True,
            }
        else:
            # Caught up (or a first run, which takes only the newest page rather than 7 days of
            # history): the newest stored tweet becomes the watermark.
            new_cursor = {"since_id": _newer(since_id, pass_newest)} if _newer(since_id, pass_newest) else {}
        return payloads, new_cursor

    # Normalizing ----------------------------------------------------------------------------
    def external_id(self, payload: dict[str, Any]) -> str:
        tweet = payload.get("data") if isinstance(payload, dict) else None
        if isinstance(tweet, dict) and tweet.get("id"):
            return str(tweet["id"])
        return "sha256:" + content_id(payload)

    def parse(self, payload: dict[str, Any]) -> NormalizedEvent:
        tweet = payload.get("data") if isinstance(payload, dict) else None
        if not isinstance(tweet, dict):
            raise ParseError("X payload has no tweet object under 'data'")
        tweet_id = str(tweet.get("id") or "")
        if not tweet_id:
            raise ParseError("tweet has no id")
        text = tweet.get("text")
        if not isinstance(text, str) or not text.strip():
            raise ParseError(f"tweet {tweet_id} has no text")
        occurred_at = aware(tweet.get("created_at"), field="data.created_at")

        author_id = str(tweet.get("author_id") or "")
        users = (payload.get("includes") or {}).get("users") or []
        author = next((u for u in users if isinstance(u, dict) and str(u.get("id")) == author_id), None) or {}
        user_metrics = author.get("public_metrics") or {}
        followers = as_int(user_metrics.get("followers_count"))
        verified = bool(author.get("verified")) or author.get("verified_type") in ("business", "government")
        username = author.get("username") or ""

        metrics = tweet.get("public_metrics") or {}
        refs = {
            r.get("type"): str(r.get("id"))
            for r in tweet.get("referenced_tweets") or []
            if isinstance(r, dict)
        }
        language = tweet.get("lang") or ""
        if language in ("und", "qme", "qht", "zxx"):  # X's codes for "no linguistic content"
            language = ""
        impressions = as_int(metrics.get("impression_count"))
        return NormalizedEvent(
            external_id=tweet_id,
            platform=Platform.TWITTER,
            text=text,
            occurred_at=occurred_at,
            url=f"https://x.com/{username}/status/{tweet_id}"
            if username
            else f"https://x.com/i/web/status/{tweet_id}",
            author_id=author_id,
            author_name=f"@{username}" if username else "",
            author_followers=followers,
            author_verified=verified,
            language=language,
            reach=max(followers, impressions),
            extra={
                "is_retweet": "retweeted" in refs,
                "retweet_of": refs.get("retweeted", ""),
                "quote_of": refs.get("quoted", ""),
                "in_reply_to": refs.get("replied_to", ""),
                "conversation_id": str(tweet.get("conversation_id") or ""),
                "retweet_count": as_int(metrics.get("retweet_count")),
                "like_count": as_int(metrics.get("like_count")),
                "reply_count": as_int(metrics.get("reply_count")),
                "quote_count": as_int(metrics.get("quote_count")),
                "impression_count": impressions,
                "author_display_name": author.get("name") or "",
            },
        )
