"""The "world": one local HTTP server speaking the real wire formats of the polled sources.

The handlers live in `api_social.py` and `api_ops.py`. It serves the scenario's items as story time passes (the simulator moves it with
`POST /_world/advance`), so the platform's real pollers fetch them exactly as they would from:

- X API v2 recent search   GET  /2/tweets/search/recent   (bearer; since_id, next_token, fields)
- Reddit OAuth + listings  POST /api/v1/access_token, GET /r/<subs>/new, /r/<subs>/search, /search
- NewsAPI                  GET  /v2/everything            (apiKey / X-Api-Key; from/to, page)
- RSS 2.0 and Atom         GET  /feeds/newsroom.xml, /feeds/technews.atom (ETag, Last-Modified)
- Zendesk incremental      GET  /api/v2/incremental/tickets/cursor.json and /tickets.json
- Elasticsearch            GET  /, GET|POST /<index>/_search (query DSL, sort, search_after)

Control (used by `manage.py simulate` and tests): POST /_world/start {"seed", "t0", "scale"},
POST /_world/advance {"t", "drift"}, POST /_world/faults {"channel", "status", "count", "retry_after"},
GET /_world/status. Pure Python (stdlib http.server); run it alone with
`python -m demo.world --port 8950`.
"""

from __future__ import annotations

import argparse
import bisect
import contextlib
import json
import logging
import threading
from collections import Counter
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from demo import wire
from demo.api_common import CREDENTIALS, ES_INDEX, HttpError, parse_time
from demo.api_ops import es_error, es_root, es_search, zendesk_cursor_export, zendesk_time_export
from demo.api_social import (
    RedditState,
    feed,
    newsapi_everything,
    reddit_listing,
    reddit_token,
    x_search,
)
from demo.scenario import POLLED, Scenario, ScenarioItem, generate

__all__ = ["CREDENTIALS", "ES_INDEX", "World", "WorldServer", "serve_in_thread"]

logger = logging.getLogger(__name__)


class World:
    """The scenario's state: which items are out, at what absolute time. Thread-safe."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.scenario: Scenario | None = None
        self.t0 = datetime.now(UTC)
        self.story_now = -1.0
        self.faults: dict[str, list[dict[str, Any]]] = {}
        self.requests: Counter[str] = Counter()
        self._times: list[float] = []
        self.retweets_of: dict[int, list[float]] = {}
        self.drift: dict[int, float] = {}

    def start(self, *, seed: int, t0: datetime, scale: float = 1.0) -> None:
        scenario = generate(seed, scale=scale, run=int(t0.timestamp()))
        with self.lock:
            self.scenario = scenario
            self.t0 = t0
            self.story_now = -1.0
            self.drift = {}
            self._times = [i.t for i in scenario.items]
            self.retweets_of = {}
            for item in scenario.items:
                ref = item.attrs.get("retweet_of") or item.attrs.get("quote_of")
                if ref is not None:
                    self.retweets_of.setdefault(ref.seq, []).append(item.t)

    def advance(self, t: float, drift: float = 0.0) -> None:
        """Release the items up to story second `t`. `drift` (seconds the simulator held the story
        while the platform clock kept running) is added to the timestamps of the items released now,
        so they are stamped with the platform's time; earlier items keep theirs."""
        with self.lock:
            if self.scenario is not None and t > self.story_now:
                start = bisect.bisect_right(self._times, self.story_now)
                end = bisect.bisect_right(self._times, t)
                for item in self.scenario.items[start:end]:
                    self.drift[item.seq] = drift
            self.story_now = max(self.story_now, t)

    def at(self, item: ScenarioItem) -> datetime:
        return self.t0 + timedelta(seconds=item.t + self.drift.get(item.seq, 0.0))

    def now(self) -> datetime:
        return self.t0 + timedelta(seconds=max(self.story_now, 0.0))

    def released(self, channel: str) -> list[ScenarioItem]:
        with self.lock:
            if self.scenario is None:
                return []
            end = bisect.bisect_right(self._times, self.story_now)
            return [i for i in self.scenario.items[:end] if i.channel == channel]

    def retweet_count(self, item: ScenarioItem) -> int:
        return sum(1 for t in self.retweets_of.get(item.seq, []) if t <= self.story_now)

    def take_fault(self, channel: str) -> dict[str, Any] | None:
        with self.lock:
            queue = self.faults.get(channel) or []
            if not queue:
                return None
            fault = queue[0]
            fault["count"] -= 1
            if fault["count"] <= 0:
                queue.pop(0)
            return fault

    def status(self) -> dict[str, Any]:
        with self.lock:
            return {
                "loaded": self.scenario is not None,
                "seed": self.scenario.seed if self.scenario else None,
                "t0": wire.iso_ms(self.t0),
                "t": self.story_now,
                "released": {c: len(self.released(c)) for c in POLLED},
                "requests": dict(self.requests),
            }


# --- the HTTP server -----------------------------------------------------------------------------
class WorldHandler(BaseHTTPRequestHandler):
    server: WorldServer
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt: str, *args: Any) -> None:  # quiet by default
        logger.debug("world: " + fmt, *args)

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def _dispatch(self, method: str) -> None:
        world = self.server.world
        split = urlsplit(self.path)
        path, params = split.path, parse_qs(split.query, keep_blank_values=True)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        base = f"http://{self.headers.get('Host', '127.0.0.1')}"
        channel = _channel_of(path)
        world.requests[channel or path] += 1
        try:
            if channel:
                fault = world.take_fault(channel)
                if fault:
                    headers = {"Retry-After": str(fault["retry_after"])} if fault.get("retry_after") else {}
                    raise HttpError(int(fault["status"]), {"error": "injected fault"}, headers)
            status, body, headers = self._route(method, path, params, raw, base)
        except HttpError as exc:
            status, body, headers = exc.status, exc.body, exc.headers
        except Exception as exc:  # a bug in the world must not look like a source outage silently
            logger.exception("world server error on %s", self.path)
            status, body, headers = 500, {"error": str(exc)}, {}
        self._send(status, body, headers)

    def _route(self, method: str, path: str, params: dict, raw: bytes, base: str) -> tuple[int, Any, dict]:
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

    def _control(self, method: str, path: str, raw: bytes) -> tuple[int, Any, dict]:
        world = self.server.world
        data = json.loads(raw) if raw else {}
        if path == "/_world/status":
            return 200, world.status(), {}
        if method != "POST":
            raise HttpError(405, {"error": "POST only"})
        if path == "/_world/start":
            t0 = parse_time(data.get("t0")) or datetime.now(UTC)
            world.start(seed=int(data.get("seed", 7)), t0=t0, scale=float(data.get("scale", 1.0)))
            return 200, world.status(), {}
        if path == "/_world/advance":
            world.advance(float(data["t"]), float(data.get("drift", 0.0)))
            return 200, {"t": world.story_now}, {}
        if path == "/_world/faults":
            entry = {"status": int(data["status"]), "count": int(data.get("count", 1))}
            entry["retry_after"] = data.get("retry_after")
            with world.lock:
                world.faults.setdefault(data["channel"], []).append(entry)
            return 200, {"ok": True}, {}
        raise HttpError(404, {"error": "unknown control"})

    def _send(self, status: int, body: Any, headers: dict[str, str]) -> None:
        if isinstance(body, bytes):
            payload = body
            ctype = headers.pop("Content-Type", "application/octet-stream")
        else:
            payload = json.dumps(body).encode()
            ctype = "application/json; charset=utf-8"
        self.send_response(status)
        if status != 304:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(payload) if status != 304 else 0))
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        if status != 304:
            self.wfile.write(payload)


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


class WorldServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int]) -> None:
        super().__init__(address, WorldHandler)
        self.world = World()
        self.reddit = RedditState()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"


def serve_in_thread(host: str = "127.0.0.1", port: int = 0) -> tuple[WorldServer, threading.Thread]:
    server = WorldServer((host, port))
    thread = threading.Thread(target=server.serve_forever, name="demo-world", daemon=True)
    thread.start()
    return server, thread


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
