"""Local stand-ins the fault suite can break: Slack's Web API and an SMTP server (where pages go),
and the Anthropic Messages API (the LLM tier). Each records what reached it and can answer as
the real service does when it is down, throttled or slow."""

from __future__ import annotations

import json
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aiosmtpd.controller import Controller

from tests.support.processes import free_port


class _Server:
    """A threaded HTTP server on a free port whose handler is `self.handle(path, body)`."""

    def __init__(self) -> None:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                status, payload = owner.handle(self.path, body, dict(self.headers))
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout we caused on purpose)

            def log_message(self, *args: Any) -> None:
                pass

        self.port = free_port()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def handle(self, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, Any]:
        raise NotImplementedError


class Slack(_Server):
    """chat.postMessage; `down` answers 503 like Slack during an outage."""

    def __init__(self) -> None:
        self.down = False
        self.messages: list[dict[str, Any]] = []
        self.refused = 0
        super().__init__()

    def handle(self, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, Any]:
        if self.down:
            self.refused += 1
            return 503, {"ok": False, "error": "service_unavailable"}
        form = json.loads(body) if body.startswith(b"{") else {}
        self.messages.append({"path": path, **form})
        return 200, {"ok": True, "channel": form.get("channel", "D0"), "ts": f"{time.time():.6f}"}


@dataclass
class Smtp:
    port: int = field(default_factory=free_port)
    messages: list[str] = field(default_factory=list)
    controller: Controller | None = None

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(envelope.content.decode("utf8", "replace"))
        return "250 Message accepted for delivery"

    def up(self) -> None:
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def down(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


class FakeLLM(_Server):
    """The Messages API. Modes: "ok", "500" (an overloaded API), "timeout" (answers after the
    client's timeout), "slow" (answers within it)."""

    def __init__(self, *, timeout_seconds: float) -> None:
        self.mode = "ok"
        self.timeout_seconds = timeout_seconds
        self.requests = 0
        super().__init__()

    def handle(self, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, Any]:
        self.requests += 1
        if self.mode == "500":
            return 500, {"type": "error", "error": {"type": "api_error", "message": "Internal server error"}}
        if self.mode == "timeout":
            time.sleep(self.timeout_seconds + 1.5)
        elif self.mode == "slow":
            time.sleep(self.timeout_seconds * 0.6)
        answer = {
            "severity": "P2",
            "category": "operational",
            "confidence": 0.9,
            "rationale": "customers describe a degraded service",
            "named_entities": [],
        }
        if any(word in body.lower() for word in (b"breach", b"leaked", b"hacked")):
            answer.update(severity="P0", category="security", rationale="customer data exposed")
        return 200, {
            "id": f"msg_{uuid.uuid4().hex[:12]}",
            "type": "message",
            "role": "assistant",
            "model": "claude-haiku-4-5",
            "content": [
                {"type": "tool_use", "id": "toolu_01", "name": "record_classification", "input": answer}
            ],
            "stop_reason": "tool_use",
            "stop_sequence": None,
            "usage": {"input_tokens": 400, "output_tokens": 60},
        }
