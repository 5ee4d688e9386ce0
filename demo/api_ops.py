"""The demo world's operations APIs: Zendesk incremental ticket export (cursor and time based)
and Elasticsearch `_search` (query DSL subset, sort, search_after)."""

from __future__ import annotations

import base64
import fnmatch
import json
from typing import Any
from urllib.parse import urlencode

from demo import wire
from demo.api_common import CREDENTIALS, ES_INDEX, HttpError, one
from demo.query import QueryError, es_matches, es_normalize_sort, es_sort_value
from demo.world_state import World


def _zendesk_auth(headers: Any) -> None:
    basic = base64.b64encode(
        f"{CREDENTIALS['zendesk_email']}/token:{CREDENTIALS['zendesk_api_token']}".encode()
    ).decode()
    auth = headers.get("Authorization", "")
    if auth not in (f"Basic {basic}", f"Bearer {CREDENTIALS['zendesk_api_token']}"):
        raise HttpError(401, {"error": "Couldn't authenticate you"})


def zendesk_cursor_export(
    world: World, base: str, params: dict[str, list[str]], headers: Any
) -> tuple[int, Any, dict[str, str]]:
    _zendesk_auth(headers)
    per_page = max(1, min(1000, int(one(params, "per_page", "1000") or 1000)))
    cursor = one(params, "cursor")
    if cursor:
        try:
            pos = json.loads(base64.urlsafe_b64decode(cursor.encode()))
            after = (int(pos["ts"]), int(pos["id"]))
        except (ValueError, KeyError):
            raise HttpError(
                400, {"error": "InvalidPaginationParameter", "description": "invalid cursor"}
            ) from None
    else:
        start = one(params, "start_time")
        if start is None or not start.isdigit():
            raise HttpError(
                400,
                {"error": "InvalidPaginationParameter", "description": "start_time or cursor is required"},
            )
        after = (int(start) - 1, 2**62)  # tickets updated at or after start_time
    rows = sorted(
        ((int(world.at(i).timestamp()), wire.ticket_id(i), i) for i in world.released("zendesk")),
        key=lambda r: (r[0], r[1]),
    )
    rest = [r for r in rows if (r[0], r[1]) > after]
    page = rest[:per_page]
    last = (page[-1][0], page[-1][1]) if page else after
    next_cursor = base64.urlsafe_b64encode(json.dumps({"ts": last[0], "id": last[1]}).encode()).decode()
    body = {
        "tickets": [wire.zendesk_ticket(i, world.at(i), subdomain_url=base) for _, _, i in page],
        "after_cursor": next_cursor,
        "before_cursor": None,
        "after_url": f"{base}/api/v2/incremental/tickets/cursor.json?{urlencode({'cursor': next_cursor})}",
        "before_url": None,
        "end_of_stream": len(rest) <= per_page,
    }
    return 200, body, {}


def zendesk_time_export(
    world: World, base: str, params: dict[str, list[str]], headers: Any
) -> tuple[int, Any, dict[str, str]]:
    _zendesk_auth(headers)
    start = one(params, "start_time")
    if start is None or not start.isdigit():
        raise HttpError(400, {"error": "InvalidValue", "description": "start_time is required"})
    per_page = max(1, min(1000, int(one(params, "per_page", "1000") or 1000)))
    rows = sorted(
        ((int(world.at(i).timestamp()), wire.ticket_id(i), i) for i in world.released("zendesk")),
        key=lambda r: (r[0], r[1]),
    )
    page = [r for r in rows if r[0] >= int(start)][:per_page]
    end_time = page[-1][0] if page else int(start)
    body = {
        "tickets": [wire.zendesk_ticket(i, world.at(i), subdomain_url=base) for _, _, i in page],
        "count": len(page),
        "end_time": end_time,
        "next_page": f"{base}/api/v2/incremental/tickets.json?start_time={end_time}",
        "end_of_stream": len(page) < per_page,
    }
    return 200, body, {}


# Elasticsearch --------------------------------------------------------------------------------
def _es_auth(headers: Any) -> None:
    auth = headers.get("Authorization", "")
    basic = base64.b64encode(
        f"{CREDENTIALS['elasticsearch_user']}:{CREDENTIALS['elasticsearch_password']}".encode()
    ).decode()
    if auth not in (f"ApiKey {CREDENTIALS['elasticsearch_api_key']}", f"Basic {basic}"):
        raise HttpError(401, es_error(401, "security_exception", "missing authentication credentials"))


def es_error(status: int, kind: str, reason: str) -> dict[str, Any]:
    return {
        "error": {"root_cause": [{"type": kind, "reason": reason}], "type": kind, "reason": reason},
        "status": status,
    }


def es_root(headers: Any) -> tuple[int, Any, dict[str, str]]:
    _es_auth(headers)
    body = {
        "name": "nw-es-1",
        "cluster_name": "northwind-prod",
        "cluster_uuid": "demo-cluster-uuid",
        "version": {"number": "8.15.0", "build_flavor": "default", "lucene_version": "9.11.1"},
        "tagline": "You Know, for Search",
    }
    return 200, body, {"X-elastic-product": "Elasticsearch"}


def es_search(
    world: World, index: str, params: dict[str, list[str]], body: dict[str, Any], headers: Any
) -> tuple[int, Any, dict[str, str]]:
    _es_auth(headers)
    patterns = [p for p in index.split(",") if p] or ["*"]
    if not any(fnmatch.fnmatch(ES_INDEX, p) for p in patterns):
        if not any("*" in p for p in patterns):
            raise HttpError(404, es_error(404, "index_not_found_exception", f"no such index [{index}]"))
        return 200, _es_result([], 0), {"X-elastic-product": "Elasticsearch"}
    size = int(body.get("size", one(params, "size", "10")))
    offset = int(body.get("from", one(params, "from", "0")))
    now = world.now()
    hits: list[dict[str, Any]] = []
    for item in world.released("elasticsearch"):
        source = wire.es_doc(item, world.at(item))
        try:
            ok = es_matches(body.get("query"), source, now)
        except (QueryError, KeyError, TypeError, ValueError) as exc:
            raise HttpError(400, es_error(400, "parsing_exception", str(exc))) from None
        if ok:
            hits.append(
                {
                    "_index": ES_INDEX,
                    "_id": wire.doc_id(item),
                    "_score": None,
                    "_source": source,
                    "_seq": item.seq,
                }
            )
    sort = es_normalize_sort(body.get("sort") or one(params, "sort"))
    if sort:
        for field, order in reversed(sort):

            def sort_key(h: dict[str, Any], f: str = field) -> tuple[bool, Any]:
                return (es_sort_value(f, h) is None, es_sort_value(f, h))

            hits.sort(key=sort_key, reverse=order == "desc")
        for h in hits:
            h["sort"] = [es_sort_value(f, h) for f, _ in sort]
        search_after = body.get("search_after")
        if search_after:
            if len(search_after) != len(sort):
                raise HttpError(
                    400,
                    es_error(400, "illegal_argument_exception", "search_after has wrong number of values"),
                )
            hits = [h for h in hits if _after(h["sort"], search_after, sort)]
    total = len(hits)
    page = hits[offset : offset + size]
    for h in page:
        h.pop("_seq", None)
    return 200, _es_result(page, total), {"X-elastic-product": "Elasticsearch"}


def _after(values: list[Any], after: list[Any], sort: list[tuple[str, str]]) -> bool:
    for value, pivot, (_, order) in zip(values, after, sort, strict=True):
        if isinstance(value, int) and isinstance(pivot, str) and pivot.isdigit():
            pivot = int(pivot)
        if value == pivot:
            continue
        return value > pivot if order == "asc" else value < pivot
    return False


def _es_result(hits: list[dict[str, Any]], total: int) -> dict[str, Any]:
    return {
        "took": 2,
        "timed_out": False,
        "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
        "hits": {"total": {"value": total, "relation": "eq"}, "max_score": None, "hits": hits},
    }
