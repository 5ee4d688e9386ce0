"""Elasticsearch log poller: `POST /<index>/_search` with a query, sorted by time, `search_after`.

Config: `index` (default `logs-*`), `query` (Lucene query string, or a query DSL object),
`timestamp_field` (default `@timestamp`), `tiebreaker` (a unique keyword field such as
`event.id`; optional), `page_size`, `initial_lookback_minutes`. Auth: `credentials.api_key`
(`Authorization: ApiKey ...`) or username/password.

Cursor: the sort values of the last stored hit. With a tiebreaker the next page starts exactly
after it (`search_after`), the documented pattern. Without one, documents sharing the boundary
millisecond could be skipped, so the next search re-reads that millisecond (search_after
last-1) and idempotent storage on `<index>/<_id>` drops what was already stored; if one full
page holds nothing but that millisecond, the cursor steps over it to guarantee progress.
"""

from __future__ import annotations

from typing import Any

import httpx

from ingestion.models import Platform, SourceKind
from ingestion.sources import register
from ingestion.sources.base import MORE_PENDING, Connector, NormalizedEvent, ParseError, PermanentSourceError
from ingestion.sources.common import aware, content_id, dig
from ingestion.sources.http import HTTPPoller, SourceHTTP, base_url, secret_values
from ingestion.sources.logs import log_event, log_level, log_message, log_service

DEFAULT_BASE_URL = "http://localhost:9200"
TIMESTAMP_FIELDS = ("@timestamp", "timestamp", "time", "event.created")


@register
class ElasticsearchConnector(HTTPPoller, Connector):
    kind = SourceKind.ELASTICSEARCH
    platform = Platform.LOGS
    is_poller = True

    def make_http(self, source: Any) -> SourceHTTP:
        creds = source.credentials or {}
        headers = {"Content-Type": "application/json"}
        auth = None
        if creds.get("api_key"):
            headers["Authorization"] = f"ApiKey {creds['api_key']}"
        elif creds.get("username") and creds.get("password"):
            auth = httpx.BasicAuth(creds["username"], creds["password"])
        return SourceHTTP(provider="Elasticsearch", secrets=secret_values(creds), headers=headers, auth=auth)

    def search_body(self, config: dict[str, Any], cursor: dict[str, Any]) -> dict[str, Any]:
        ts_field = config.get("timestamp_field") or "@timestamp"
        tiebreaker = config.get("tiebreaker") or ""
        size = min(max(int(config.get("page_size") or 500), 1), 10_000)
        query = config.get("query")
        if isinstance(query, dict):
            must: list[dict[str, Any]] = [query]
        elif isinstance(query, str) and query.strip():
            must = [{"query_string": {"query": query.strip()}}]
        else:
            must = [{"match_all": {}}]
        filters: list[dict[str, Any]] = []
        last = cursor.get("last_sort")
        if not last:
            lookback = int(config.get("initial_lookback_minutes") or 15)
            filters.append({"range": {ts_field: {"gte": f"now-{lookback}m"}}})
        sort: list[dict[str, Any]] = [{ts_field: {"order": "asc"}}]
        if tiebreaker:
            sort.append({tiebreaker: {"order": "asc"}})
        body: dict[str, Any] = {
            "size": size,
            "query": {"bool": {"must": must, "filter": filters}},
            "sort": sort,
            "track_total_hits": False,
        }
        if last:
            if tiebreaker or cursor.get("step_over") or not isinstance(last[0], int | float):
                body["search_after"] = list(last)
            else:
                body["search_after"] = [last[0] - 1]
        return body

    def fetch(self, source: Any, cursor: dict[str, Any]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        config = source.config or {}
        index = str(config.get("index") or "logs-*").strip("/")
        body = self.search_body(config, cursor)
        http = self.http(source)
        response = http.request(
            "POST",
            f"{base_url(source, DEFAULT_BASE_URL)}/{index}/_search",
            params={"ignore_unavailable": "true", "allow_no_indices": "true"},
            json=body,
        )
        result = http.json(response)
        hits = ((result or {}).get("hits") or {}).get("hits") if isinstance(result, dict) else None
        if not isinstance(hits, list):
            raise PermanentSourceError("Elasticsearch: _search response has no hits.hits list")
        # timed_out=true still returns sorted partial hits: storing them is fine, and the cursor
        # only moves to the last hit returned, so nothing after it is skipped.
        payloads = [
            {"_index": h.get("_index"), "_id": h.get("_id"), "_source": h.get("_source")}
            for h in hits
            if isinstance(h, dict)
        ]
        if not hits:
            return [], dict(cursor)
        last_sort = hits[-1].get("sort")
        if not isinstance(last_sort, list) or not last_sort:
            raise PermanentSourceError(
                "Elasticsearch: hits carry no sort values (is the timestamp field mapped?)"
            )
        full = len(hits) >= body["size"]
        previous = cursor.get("last_sort")
        new_cursor: dict[str, Any] = {"last_sort": last_sort}
        if (
            full
            and not config.get("tiebreaker")
            and previous
            and all(h.get("sort") == previous for h in hits)
        ):
            new_cursor["step_over"] = True  # a whole page inside one millisecond: move past it
        if full:
            new_cursor[MORE_PENDING] = True
        return payloads, new_cursor

    # Normalizing ----------------------------------------------------------------------------
    def external_id(self, payload: dict[str, Any]) -> str:
        if isinstance(payload, dict) and payload.get("_id"):
            return f"{payload.get('_index') or ''}/{payload['_id']}"[:255]
        return "sha256:" + content_id(payload)

    def parse(self, payload: dict[str, Any]) -> NormalizedEvent:
        src = payload.get("_source") if isinstance(payload, dict) else None
        if not isinstance(src, dict):
            raise ParseError("Elasticsearch hit has no _source object")
        message = log_message(src)
        if not message or not message.strip():
            raise ParseError("log document has no message (message, msg, log.message, error.message)")
        host = str(dig(src, "host.name", "host.hostname", "hostname", "host", default="") or "")
        return log_event(
            external_id=self.external_id(payload),
            text=message,
            occurred_at=aware(dig(src, *TIMESTAMP_FIELDS), field="@timestamp"),
            level=log_level(src),
            service=log_service(src),
            extra={
                "host": host,
                "index": payload.get("_index") or "",
                "error_type": str(dig(src, "error.type", default="") or ""),
                "trace_id": str(dig(src, "trace.id", "trace_id", default="") or ""),
                "environment": str(dig(src, "service.environment", "environment", "env", default="") or ""),
            },
        )
