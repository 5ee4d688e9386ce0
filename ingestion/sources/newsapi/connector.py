"""NewsAPI poller: `GET /v2/everything` (q, from, sortBy=publishedAt, page paging, X-Api-Key).

Results come newest first. The cursor keeps `from` (the newest publishedAt already stored, used
inclusively: boundary articles are re-read and dropped by idempotent storage, never skipped) and,
during a pass, the next `page` and the pass's newest publishedAt. Articles published while we
page shift older ones down, so later pages may repeat some: harmless for the same reason.
Developer plans stop at 100 results (HTTP 426 `maximumResultsReached`): the pass ends there.
"""

from __future__ import annotations

import hashlib
import re
from datetime import timedelta
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
from ingestion.sources.common import as_int, aware, content_id, html_to_text
from ingestion.sources.http import HTTPPoller, SourceHTTP, base_url, secret_values
from tenants import clock

DEFAULT_BASE_URL = "https://newsapi.org"
MAX_PAGES_PER_PASS = 5
_TRUNCATION = re.compile(r"\s*…?\s*\[\+\d+ chars\]\s*$")

# Outlets whose articles reach millions; others get a modest default. An estimate, flagged as such.
_MAJOR_OUTLETS = {
    "reuters",
    "associated-press",
    "bbc-news",
    "cnn",
    "the-new-york-times",
    "the-wall-street-journal",
    "bloomberg",
    "the-guardian-uk",
    "the-washington-post",
    "financial-times",
    "fox-news",
    "nbc-news",
    "cbs-news",
    "abc-news",
    "cnbc",
    "business-insider",
    "techcrunch",
    "the-verge",
}
MAJOR_OUTLET_REACH = 1_000_000
DEFAULT_OUTLET_REACH = 20_000

_PERMANENT_CODES = {
    "apiKeyDisabled",
    "apiKeyExhausted",
    "apiKeyInvalid",
    "apiKeyMissing",
    "parameterInvalid",
    "parametersMissing",
    "sourcesTooMany",
    "sourceDoesNotExist",
}


@register
class NewsAPIConnector(HTTPPoller, Connector):
    kind = SourceKind.NEWSAPI
    platform = Platform.NEWS
    is_poller = True

    def make_http(self, source: Any) -> SourceHTTP:
        creds = source.credentials or {}
        if not creds.get("api_key"):
            raise PermanentSourceError("newsapi: credentials.api_key is not set")
        return SourceHTTP(
            provider="NewsAPI", secrets=secret_values(creds), headers={"X-Api-Key": creds["api_key"]}
        )

    def fetch(self, source: Any, cursor: dict[str, Any]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        config = source.config or {}
        query = (config.get("query") or "").strip()
        if not query:
            raise PermanentSourceError("newsapi: config.query is not set")
        page_size = min(max(as_int(config.get("page_size") or 100), 1), 100)
        first_run = not cursor.get("from")
        since = (
            cursor.get("from")
            or (clock.now() - timedelta(hours=float(config.get("initial_lookback_hours") or 24))).isoformat()
        )
        page = int(cursor.get("page") or 1)
        params: dict[str, Any] = {
            "q": query,
            "from": aware(since, field="cursor.from").strftime("%Y-%m-%dT%H:%M:%S"),
            "sortBy": "publishedAt",
            "pageSize": page_size,
            "page": page,
        }
        for key in ("language", "searchIn", "domains", "excludeDomains"):
            if config.get(key):
                params[key] = config[key]

        http = self.http(source)
        response = http.request(
            "GET", base_url(source, DEFAULT_BASE_URL) + "/v2/everything", params=params, ok=(200, 400, 426)
        )
        body = http.json(response)
        if not isinstance(body, dict):
            raise TransientSourceError("NewsAPI: response is not an object")
        if body.get("status") == "error" or response.status_code != 200:
            code = str(body.get("code") or "")
            if code == "maximumResultsReached":
                articles: list[Any] = []
                done = True
            elif code == "rateLimited":
                raise TransientSourceError(f"NewsAPI: rateLimited: {body.get('message', '')}")
            elif code in _PERMANENT_CODES or response.status_code == 400:
                raise PermanentSourceError(
                    f"NewsAPI: {code or response.status_code}: {body.get('message', '')}"
                )
            else:
                raise TransientSourceError(f"NewsAPI: {code or 'error'}: {body.get('message', '')}")
        else:
            articles = [a for a in body.get("articles") or [] if a is not None]
            total = as_int(body.get("totalResults"))
            done = (
                first_run
                or len(articles) < page_size
                or page * page_size >= total
                or page >= MAX_PAGES_PER_PASS
            )

        newest = cursor.get("pass_newest") or ""
        for article in articles:
            published = article.get("publishedAt") if isinstance(article, dict) else None
            if isinstance(published, str) and published > newest:
                newest = published
        if done:
            return articles, {"from": newest or since}
        return articles, {"from": since, "page": page + 1, "pass_newest": newest, MORE_PENDING: True}

    # Normalizing ----------------------------------------------------------------------------
    def external_id(self, payload: dict[str, Any]) -> str:
        url = payload.get("url") if isinstance(payload, dict) else None
        if isinstance(url, str) and url:
            return url if len(url) <= 255 else "url-sha256:" + hashlib.sha256(url.encode()).hexdigest()
        return "sha256:" + content_id(payload)

    def parse(self, payload: dict[str, Any]) -> NormalizedEvent:
        if not isinstance(payload, dict):
            raise ParseError("NewsAPI article is not an object")
        title = html_to_text(payload.get("title"))
        description = html_to_text(payload.get("description"))
        content = _TRUNCATION.sub("", html_to_text(payload.get("content")))
        if not (title or description or content):
            raise ParseError("NewsAPI article has no title, description or content")
        if title == "[Removed]":
            raise ParseError("NewsAPI article was removed by the publisher ([Removed])")
        parts = [title, description]
        if content and not description.startswith(content[:60]):
            parts.append(content)
        outlet = payload.get("source") or {}
        outlet_id = str(outlet.get("id") or "")
        major = outlet_id in _MAJOR_OUTLETS
        return NormalizedEvent(
            external_id=self.external_id(payload),
            platform=Platform.NEWS,
            title=title,
            text="\n\n".join(p for p in parts if p),
            occurred_at=aware(payload.get("publishedAt"), field="publishedAt"),
            url=str(payload.get("url") or ""),
            author_id=outlet_id,
            author_name=str(payload.get("author") or outlet.get("name") or "")[:255],
            reach=MAJOR_OUTLET_REACH if major else DEFAULT_OUTLET_REACH,
            extra={
                "outlet": outlet.get("name") or "",
                "outlet_id": outlet_id,
                "image_url": payload.get("urlToImage") or "",
                "reach_estimated": True,
                "major_outlet": major,
            },
        )
