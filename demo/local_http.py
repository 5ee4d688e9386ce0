"""The HTTP plumbing the demo's local servers share: the world (the polled sources' APIs) and the
sinks (the notification providers' APIs).

`LocalServer` is a threading HTTP server with its URL and a queue of injected faults per channel
(the next N requests of a channel answer with a chosen status). `LocalHandler` reads the request
body, hands `(method, path, query, body)` to `answer`, and writes the answer: bytes as they are,
anything else as JSON. Pure stdlib, no Django.
"""

from __future__ import annotations

import json
import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, cast
from urllib.parse import parse_qs, urlsplit

logger = logging.getLogger(__name__)

# (status, body, headers): a body of bytes is sent as it is (its Content-Type in the headers),
# anything else as JSON.
Answer = tuple[int, Any, dict[str, str]]


class LocalServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], handler: type[LocalHandler]) -> None:
        super().__init__(address, handler)
        self.fault_lock = threading.Lock()
        self.faults: dict[str, list[dict[str, Any]]] = {}

    @property
    def url(self) -> str:
        host, port = cast("tuple[str, int]", self.server_address[:2])
        return f"http://{host}:{port}"

    def add_fault(self, channel: str, *, status: int, count: int = 1, **details: Any) -> None:
        """Make the next `count` requests of `channel` fail with `status` (plus `details`, such as
        a Retry-After or a provider error code, for the handler to use)."""
        with self.fault_lock:
            self.faults.setdefault(channel, []).append({"status": status, "count": count, **details})

    def take_fault(self, channel: str) -> dict[str, Any] | None:
        with self.fault_lock:
            queue = self.faults.get(channel) or []
            if not queue:
                return None
            fault = queue[0]
            fault["count"] -= 1
            if fault["count"] <= 0:
                queue.pop(0)
            return fault

    def serve_in_thread(self, name: str) -> threading.Thread:
        thread = threading.Thread(target=self.serve_forever, name=name, daemon=True)
        thread.start()
        return thread


class LocalHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    log_name = "local"

    def log_message(self, fmt: str, *args: Any) -> None:  # quiet by default
        logger.debug(f"{self.log_name}: " + fmt, *args)

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def answer(self, method: str, path: str, query: dict[str, list[str]], body: bytes) -> Answer:
        raise NotImplementedError

    def _handle(self, method: str) -> None:
        split = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        status, payload, headers = self.answer(
            method, split.path, parse_qs(split.query, keep_blank_values=True), body
        )
        self._send(status, payload, dict(headers))

    def _send(self, status: int, body: Any, headers: dict[str, str]) -> None:
        if isinstance(body, bytes):
            payload = body
            ctype = headers.pop("Content-Type", "application/octet-stream")
        else:
            payload = json.dumps(body).encode()
            ctype = "application/json; charset=utf-8"
        no_body = status == 304
        self.send_response(status)
        if not no_body:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", "0" if no_body else str(len(payload)))
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        if not no_body:
            self.wfile.write(payload)
