"""The "world": one local HTTP server speaking the real wire formats of the polled sources.

It serves the scenario's items (`world_state.World`) as story time passes (the simulator moves it
with `POST /_world/advance`), so the platform's real pollers fetch them exactly as they would from
(handlers in `api_social.py` and `api_ops.py`):

- X API v2 recent search   GET  /2/tweets/search/recent   (bearer; since_id, next_token, fields)
- Reddit OAuth + listings  POST /api/v1/access_token, GET /r/<subs>/new, /r/<subs>/search, /search
- NewsAPI                  GET  /v2/everything            (apiKey / X-Api-Key; from/to, page)
- RSS 2.0 and Atom         GET  /feeds/newsroom.xml, /feeds/technews.atom (ETag, Last-Modified)
- Zendesk incremental      GET  /api/v2/incremental/tickets/cursor.json and /tickets.json
- Elasticsearch            GET  /, GET|POST /<index>/_search (query DSL, sort, search_after)

Control (used by `manage.py simulate` and tests): POST /_world/start {"seed", "t0", "scale", "story"},
POST /_world/advance {"t", "drift"}, POST /_world/faults {"channel", "status", "count", "retry_after"},
GET /_world/status. Pure Python (stdlib http.server, `demo.local_http`); run it alone with
`python -m demo.world --port 8950`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import threading
from datetime import UTC, datetime
from urllib.parse import parse_qs

from demo.api_common import HttpError, parse_time
from demo.api_ops import es_error, es_root, es_search, zendesk_cursor_export, zendesk_time_export
from demo.api_social import (
    RedditState,
    feed,
    newsapi_everything,
    reddit_listing,
    reddit_token,
    x_search,
)
from demo.local_http import Answer, LocalHandler, LocalServer
from demo.world_state import World

logger = logging.getLogger(__name__)


class WorldHandler(LocalHandler):
    server: WorldServer
    log_name = "world"

    def answer(self, method: str, path: str, query: dict[str, list[str]], body: bytes) -> Answer:
        world = self.server.world
        base = f"http://{self.headers.get('Host', '127.0.0.1')}"
        channel = _channel_of(path)
        world.requests[channel or path] += 1
        try:
            if channel:
                fault = self.server.take_fault(channel)
                if fault:
                    headers = {"Retry-After": str(fault["retry_after"])} if fault.get("retry_after") else {}
                    raise HttpError(int(fault["status"]), {"error": "injected fault"}, headers)
            return self._route(method, path, query, body, base)
        except HttpError as exc:
            return exc.status, exc.body, exc.headers
        except Exception as exc:  # a bug in the world must not look like a source outage silently
            logger.exception("world server error on %s", self.path)
            return 500, {"error": str(exc)}, {}

    def _route(self, method: str, path: str, params: dict, raw: bytes, base: str) -> Answer:
        world = self.server.world
        if path.startswith("/_world/"):
            return self._control(method, path, raw)
        if path == "/2/tweets/search/recent" and method == "GET":
            return x_search(world, params, self.headers)
        if path == "/api/v1/access_token" and method == "POST":
            return reddit_token(self.server.reddit, self.headers, parse_qs(raw.decode()))
        if method == "GET" and (path.startswith("/r/") or path.removesuffix(".json") == "/search"):
            return reddit_listing(world, self.server.reddit, path, params, self.headers)
        if path == "/v2/everything" and method == "GET":
            return newsapi_everything(world, params, self.headers)
        if method == "GET" and path in ("/feeds/newsroom.xml", "/feeds/technews.atom"):
            return feed(world, "newsroom" if path.endswith(".xml") else "technews", self.headers)
        if method == "GET" and path == "/api/v2/incremental/tickets/cursor.json":
            return zendesk_cursor_export(world, base, params, self.headers)
        if method == "GET" and path == "/api/v2/incremental/tickets.json":
            return zendesk_time_export(world, base, params, self.headers)
        if path == "/" and method == "GET":
            return es_root(self.headers)
        if path.endswith("/_search") or path == "/_search":
            index = path[1:].removesuffix("/_search") if path != "/_search" else "*"
            try:
                body = json.loads(raw) if raw else {}
            except json.JSONDecodeError:
                raise HttpError(400, es_error(400, "parse_exception", "request body is not JSON")) from None
            return es_search(world, index, params, body, self.headers)
        raise HttpError(404, {"error": "not found", "path": path})

    def _control(self, method: str, path: str, raw: bytes) -> Answer:
        world = self.server.world
        data = json.loads(raw) if raw else {}
        if path == "/_world/status":
            return 200, world.status(), {}
        if method != "POST":
            raise HttpError(405, {"error": "POST only"})
        if path == "/_world/start":
            t0 = parse_time(data.get("t0")) or datetime.now(UTC)
            world.start(
                seed=int(data.get("seed", 7)),
                t0=t0,
                scale=float(data.get("scale", 1.0)),
                story=str(data.get("story") or "breach"),
            )
            return 200, world.status(), {}
        if path == "/_world/advance":
            world.advance(float(data["t"]), float(data.get("drift", 0.0)))
            return 200, {"t": world.story_now}, {}
        if path == "/_world/faults":
            self.server.add_fault(
                data["channel"],
                status=int(data["status"]),
                count=int(data.get("count", 1)),
                retry_after=data.get("retry_after"),
            )
            return 200, {"ok": True}, {}
        raise HttpError(404, {"error": "unknown control"})


def _channel_of(path: str) -> str | None:
    if path.startswith("/2/tweets"):
        return "x"
    if path.startswith(("/r/", "/search", "/api/v1/access_token")):
        return "reddit"
    if path.startswith("/v2/everything"):
        return "newsapi"
    if path.startswith("/feeds/"):
        return "rss"
    if path.startswith("/api/v2/incremental"):
        return "zendesk"
    if path.endswith("/_search"):
        return "elasticsearch"
    return None


class WorldServer(LocalServer):
    def __init__(self, address: tuple[str, int]) -> None:
        super().__init__(address, WorldHandler)
        self.world = World()
        self.reddit = RedditState()


def serve_in_thread(host: str = "127.0.0.1", port: int = 0) -> tuple[WorldServer, threading.Thread]:
    server = WorldServer((host, port))
    return server, server.serve_in_thread("demo-world")


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve the demo world (polled source APIs).")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8950)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s world %(message)s")
    server = WorldServer((args.host, args.port))
    logger.info("demo world listening on %s", server.url)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()


if __name__ == "__main__":
    main()
