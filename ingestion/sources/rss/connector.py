"""RSS / Atom poller (feedparser), with conditional GET.

The feed URL is `config.url` (or `config.base_url`). The cursor keeps the server's `ETag` and
`Last-Modified`; the next poll sends `If-None-Match` / `If-Modified-Since` and a 304 costs
nothing. Every entry of a changed feed is offered to storage; entries already stored are
dropped by idempotent storage (feeds hold a few dozen entries, so no per-entry watermark is
needed, and edited old entries do not come back as new events).

A document feedparser cannot read at all is stored as one RawEvent (so it is not lost and an
admin sees it in review) and the validators are not saved, so the next poll fetches it again.
"""

from __future__ import annotations

import calendar
import hashlib
from typing import Any

import feedparser

from ingestion.models import Platform, SourceKind
from ingestion.sources import register
from ingestion.sources.base import Connector, NormalizedEvent, ParseError, PermanentSourceError
from ingestion.sources.common import aware, content_id, html_to_text, now_iso
from ingestion.sources.http import HTTPPoller, SourceHTTP, secret_values

ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, */*;q=0.5"
)
MAX_BODY_STORED = 100_000


def _iso(struct: Any) -> str:
    if not struct:
        return ""
    try:
        from datetime import UTC, datetime

        return datetime.fromtimestamp(calendar.timegm(struct), tz=UTC).isoformat()
    except (TypeError, ValueError, OverflowError):
        return ""


def _entry_payload(entry: Any, feed: Any, fetched_at: str) -> dict[str, Any]:
    return {
        "id": entry.get("id") or "",
        "title": entry.get("title") or "",
        "link": entry.get("link") or "",
        "summary": entry.get("summary") or "",
        "content": [c.get("value", "") for c in entry.get("content") or []],
        "author": entry.get("author") or "",
        "published": entry.get("published") or "",
        "published_iso": _iso(entry.get("published_parsed")),
        "updated": entry.get("updated") or "",
        "updated_iso": _iso(entry.get("updated_parsed")),
        "tags": [t.get("term") for t in entry.get("tags") or [] if t.get("term")],
        "feed": {
            "title": feed.get("title") or "",
            "link": feed.get("link") or "",
            "language": feed.get("language") or "",
        },
        "fetched_at": fetched_at,
    }


@register
class RSSConnector(HTTPPoller, Connector):
    kind = SourceKind.RSS
    platform = Platform.RSS
    is_poller = True

    def make_http(self, source: Any) -> SourceHTTP:
        creds = source.credentials or {}
        auth = (
            (creds["username"], creds["password"])
            if creds.get("username") and creds.get("password")
            else None
        )
        return SourceHTTP(
            provider="RSS feed",
            secrets=secret_values(creds),
            headers={"Accept": ACCEPT},
            auth=auth,
            follow_redirects=True,
        )

    def fetch(self, source: Any, cursor: dict[str, Any]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        config = source.config or {}
        url = config.get("url") or config.get("base_url")
        if not url:
            raise PermanentSourceError("rss: config.url (the feed URL) is not set")
        headers = {}
        if cursor.get("etag"):
            headers["If-None-Match"] = cursor["etag"]
        if cursor.get("modified"):
            headers["If-Modified-Since"] = cursor["modified"]
        http = self.http(source)
        response = http.request("GET", url, headers=headers, ok=(200, 304))
        if response.status_code == 304:
            return [], dict(cursor)

        parsed = feedparser.parse(
            response.content,
            response_headers={k.lower(): v for k, v in response.headers.items()},
        )
        fetched_at = now_iso()
        if not parsed.entries and (parsed.bozo or not parsed.get("version")):
            # Not a feed at all (an HTML error page, truncated XML): keep it for review.
            text = response.text[:MAX_BODY_STORED]
            reason = str(parsed.get("bozo_exception") or "no entries and no feed version detected")
            return [
                {
                    "unparseable_feed": True,
                    "url": str(response.url),
                    "reason": reason[:500],
                    "body_sha256": hashlib.sha256(response.content).hexdigest(),
                    "body": text,
                    "fetched_at": fetched_at,
                }
            ], dict(cursor)
        payloads = [_entry_payload(e, parsed.feed, fetched_at) for e in parsed.entries]
        new_cursor = {}
        if response.headers.get("etag"):
            new_cursor["etag"] = response.headers["etag"]
        if response.headers.get("last-modified"):
            new_cursor["modified"] = response.headers["last-modified"]
        return payloads, new_cursor

    # Normalizing ----------------------------------------------------------------------------
    def external_id(self, payload: dict[str, Any]) -> str:
        if payload.get("unparseable_feed"):
            return "unparseable:" + str(payload.get("body_sha256") or content_id(payload))
        ident = payload.get("id") or payload.get("link")
        if ident:
            ident = str(ident)
            return ident if len(ident) <= 255 else "sha256:" + hashlib.sha256(ident.encode()).hexdigest()
        return "sha256:" + content_id({k: payload.get(k) for k in ("title", "summary", "published")})

    def parse(self, payload: dict[str, Any]) -> NormalizedEvent:
        if payload.get("unparseable_feed"):
            raise ParseError(f"feed document could not be parsed: {payload.get('reason', '')}")
        title = html_to_text(payload.get("title"))
        body = next((c for c in payload.get("content") or [] if c), "") or payload.get("summary") or ""
        text = html_to_text(body)
        if not title and not text:
            raise ParseError("feed entry has no title and no content")
        when = payload.get("published_iso") or payload.get("updated_iso") or payload.get("published")
        when = when or payload.get("updated") or payload.get("fetched_at")
        feed = payload.get("feed") or {}
        language = str(feed.get("language") or "").split("-")[0].lower()
        return NormalizedEvent(
            external_id=self.external_id(payload),
            platform=Platform.RSS,
            title=title,
            text=text if text.startswith(title) else "\n\n".join(p for p in (title, text) if p),
            occurred_at=aware(when, field="published"),
            url=str(payload.get("link") or ""),
            author_id=str(feed.get("link") or ""),
            author_name=str(payload.get("author") or feed.get("title") or "")[:255],
            language=language,
            extra={"feed": feed.get("title") or "", "tags": payload.get("tags") or []},
        )
