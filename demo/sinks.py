"""Local notification sinks for the demo: everything the platform sends lands here and is recorded
per tenant in Redis, for the demo outbox page (and for the end-to-end test and the benchmark).

- SMTP (aiosmtpd): every message, per recipient; the tenant comes from the address routes that
  `seed_demo` registers (`OutboxRecorder.register_email_routes`), else the default tenant.
- HTTP, answering like each provider so the platform's real clients accept the answers:
    Slack       POST /slack/api/<method>                 chat.postMessage / chat.update / auth.test …
                POST /slack/response/<record id>         a response_url (message replacement)
    Teams       POST /teams/<webhook id>                 incoming webhook (answers "1")
    Twilio      POST /2010-04-01/Accounts/<sid>/Messages.json
    PagerDuty   POST /v2/enqueue                         Events API v2 (202)
    webhooks    POST /hooks/<name>                       any JSON (generic signed webhooks)
  A `/t/<tenant schema>` prefix on any of these paths names the tenant (the demo's channel
  configs use it); without it the default tenant is used.
- Control: GET /_sink/records?tenant=…, POST /_sink/faults {"channel", "status", "count"},
  POST /_sink/clear?tenant=….

Pure Python plus Redis and aiosmtpd (no Django), so tests run it in-process.
"""

from __future__ import annotations

import base64
import email
import email.policy
import html
import json
import logging
import re
import secrets
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import redis

logger = logging.getLogger(__name__)

KEEP = 2000  # records kept per tenant
_URL_RE = re.compile(r"https?://[^\s\"'<>)\]]+")
_HREF_RE = re.compile(r"href=[\"']([^\"']+)[\"']", re.IGNORECASE)
_TENANT_RE = re.compile(r"^/t/([a-z0-9_]{1,63})(/.*)$")


def _now() -> datetime:
    return datetime.now(UTC)


class OutboxRecorder:
    """What the sinks received, per tenant, newest first (a capped Redis list of JSON records)."""

    def __init__(
        self, redis_url: str, *, clock: Callable[[], datetime] = _now, prefix: str = "demo:outbox"
    ) -> None:
        self.redis = redis.Redis.from_url(redis_url, socket_timeout=5)
        self.clock = clock
        self.prefix = prefix

    def _key(self, tenant: str) -> str:
        return f"{self.prefix}:{tenant}"

    def record(self, tenant: str, **fields: Any) -> dict[str, Any]:
        rec = {
            "id": int(self.redis.incr(f"{self.prefix}:seq")),
            "tenant": tenant,
            "at": self.clock().isoformat(),
            "wall": time.time(),
            "subject": "",
            "text": "",
            "links": [],
            "actions": [],
            "provider_id": "",
            "kind": "message",
            **fields,
        }
        pipe = self.redis.pipeline()
        pipe.lpush(self._key(tenant), json.dumps(rec, default=str))
        pipe.ltrim(self._key(tenant), 0, KEEP - 1)
        pipe.execute()
        logger.info("sink %s → %s [%s] %s", rec["channel"], rec.get("recipient"), tenant, rec["subject"][:80])
        return rec

    def list(self, tenant: str, *, limit: int = 500) -> list[dict[str, Any]]:
        return [json.loads(raw) for raw in self.redis.lrange(self._key(tenant), 0, limit - 1)]

    def get(self, tenant: str, record_id: int) -> dict[str, Any] | None:
        return next((r for r in self.list(tenant, limit=KEEP) if r["id"] == record_id), None)

    def clear(self, tenant: str) -> None:
        self.redis.delete(self._key(tenant))

    def register_email_routes(self, tenant: str, addresses: list[str]) -> None:
        if addresses:
            self.redis.hset(f"{self.prefix}:email_routes", mapping={a.lower(): tenant for a in addresses})

    def route_email(self, address: str) -> str | None:
        raw = self.redis.hget(f"{self.prefix}:email_routes", address.lower())
        return raw.decode() if raw else None


# --- SMTP ----------------------------------------------------------------------------------------
class SmtpSinkHandler:
    """aiosmtpd handler: accept every message and record it once per recipient."""

    def __init__(self, recorder: OutboxRecorder, default_tenant: str) -> None:
        self.recorder = recorder
        self.default_tenant = default_tenant

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
        text_part = msg.get_body(preferencelist=("plain",))
        html_part = msg.get_body(preferencelist=("html",))
        text = text_part.get_content() if text_part is not None else ""
        html_body = html_part.get_content() if html_part is not None else ""
        if not text and html_body:
            text = html.unescape(re.sub(r"<[^>]+>", " ", html_body))
        links = _unique(_URL_RE.findall(text) + [html.unescape(u) for u in _HREF_RE.findall(html_body)])
        for rcpt in envelope.rcpt_tos:
            tenant = self.recorder.route_email(rcpt) or self.default_tenant
            self.recorder.record(
                tenant,
                channel="email",
                recipient=rcpt,
                sender=envelope.mail_from,
                subject=str(msg.get("Subject", "")),
                text=text.strip(),
                has_html=bool(html_body),
                links=links,
                provider_id=str(msg.get("Message-ID", "")),
                headers={k: str(v) for k, v in msg.items() if k.lower().startswith(("x-", "list-"))},
            )
        return "250 Message accepted for delivery"


def start_smtp(
    recorder: OutboxRecorder, *, host: str = "127.0.0.1", port: int = 1025, default_tenant: str = "demo"
):
    from aiosmtpd.controller import Controller

    controller = Controller(SmtpSinkHandler(recorder, default_tenant), hostname=host, port=port)
    controller.start()
    return controller


# --- HTTP ----------------------------------------------------------------------------------------
def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _slack_text_and_actions(payload: dict[str, Any]) -> tuple[str, list[str], list[dict[str, Any]]]:
    lines = [str(payload.get("text") or "")]
    links: list[str] = []
    actions: list[dict[str, Any]] = []
    blocks = payload.get("blocks") or []
    if isinstance(blocks, str):
        try:
            blocks = json.loads(blocks)
        except json.JSONDecodeError:
            blocks = []
    for attachment in payload.get("attachments") or []:
        if isinstance(attachment, dict):
            blocks = blocks + list(attachment.get("blocks") or [])
            lines.append(str(attachment.get("text") or attachment.get("fallback") or ""))
    for block in blocks:
        if not isinstance(block, dict):
            continue
        if isinstance(block.get("text"), dict):
            lines.append(block["text"].get("text", ""))
        for f in block.get("fields") or []:
            if isinstance(f, dict):
                lines.append(f.get("text", ""))
        for el in block.get("elements") or []:
            if not isinstance(el, dict):
                continue
            if el.get("type") == "button":
                label = (
                    el.get("text", {}).get("text", "")
                    if isinstance(el.get("text"), dict)
                    else str(el.get("text"))
                )
                if el.get("url"):
                    links.append(el["url"])
                actions.append(
                    {
                        "action_id": el.get("action_id", ""),
                        "value": el.get("value", ""),
                        "text": label,
                        "url": el.get("url", ""),
                        "block_id": block.get("block_id", ""),
                        "style": el.get("style", ""),
                    }
                )
            elif isinstance(el.get("text"), str):
                lines.append(el["text"])
    text = "\n".join(line for line in lines if line).strip()
    links = _unique(links + [u.split("|")[0] for u in _URL_RE.findall(text)])
    return text, links, actions


def _teams_text_and_links(payload: dict[str, Any]) -> tuple[str, str, list[str]]:
    lines: list[str] = []
    links: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "TextBlock" and node.get("text"):
                lines.append(str(node["text"]))
            if node.get("type") == "Action.OpenUrl" and node.get("url"):
                links.append(node["url"])
            for key in ("title", "text", "summary"):
                if key in node and isinstance(node[key], str) and node.get("type") in (None, "MessageCard"):
                    lines.append(node[key])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(payload)
    text = "\n".join(_unique(lines))
    subject = lines[0] if lines else ""
    return subject, text, _unique(links + _URL_RE.findall(text))


def _json_links(node: Any) -> list[str]:
    out: list[str] = []
    if isinstance(node, dict):
        for value in node.values():
            out.extend(_json_links(value))
    elif isinstance(node, list):
        for value in node:
            out.extend(_json_links(value))
    elif isinstance(node, str) and node.startswith(("http://", "https://")):
        out.append(node)
    return out


class SinkHandler(BaseHTTPRequestHandler):
    server: SinkServer
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt: str, *args: Any) -> None:
        logger.debug("sink: " + fmt, *args)

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def _handle(self, method: str) -> None:
        split = urlsplit(self.path)
        path, params = split.path, parse_qs(split.query)
        tenant = self.server.default_tenant
        m = _TENANT_RE.match(path)
        if m:
            tenant, path = m.group(1), m.group(2)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            if path.startswith("/_sink/"):
                status, body, ctype = self._control(method, path, params, raw)
            else:
                channel = _channel_of(path)
                fault = self.server.take_fault(channel) if channel else None
                if fault:
                    status, body, ctype = fault["status"], {"error": "injected fault"}, "application/json"
                    if channel == "slack":
                        status, body = (
                            200 if fault["status"] < 500 else fault["status"],
                            {"ok": False, "error": fault.get("error", "fatal_error")},
                        )
                else:
                    status, body, ctype = self._route(method, path, raw, tenant)
        except (ValueError, KeyError) as exc:
            status, body, ctype = 400, {"error": f"bad request: {exc}"}, "application/json"
        payload = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _parse(self, raw: bytes) -> dict[str, Any]:
        ctype = self.headers.get("Content-Type", "")
        if "json" in ctype:
            return json.loads(raw or b"{}")
        form = {k: v[0] for k, v in parse_qs(raw.decode()).items()}
        for key in ("blocks", "attachments"):
            if key in form:
                form[key] = json.loads(form[key])
        return form

    def _route(self, method: str, path: str, raw: bytes, tenant: str) -> tuple[int, Any, str]:
        rec = self.server.recorder
        if method != "POST":
            return 405, {"error": "method not allowed"}, "application/json"
        if path.startswith("/slack/api/"):
            return self._slack(path.removeprefix("/slack/api/"), raw, tenant)
        if path.startswith("/slack/response/"):
            data = self._parse(raw)
            text, links, actions = _slack_text_and_actions(data)
            rec.record(
                tenant,
                channel="slack",
                kind="response",
                recipient="response_url",
                replaces=path.rsplit("/", 1)[-1],
                subject=text.splitlines()[0] if text else "",
                text=text,
                links=links,
                actions=actions,
            )
            return 200, b"ok", "text/plain"
        if path.startswith("/teams/"):
            data = json.loads(raw or b"{}")
            subject, text, links = _teams_text_and_links(data)
            rec.record(
                tenant,
                channel="teams",
                recipient=path.removeprefix("/teams/"),
                subject=subject,
                text=text,
                links=links,
            )
            return 200, b"1", "text/plain"
        m = re.match(r"^/2010-04-01/Accounts/(AC\w+)/Messages\.json$", path)
        if m:
            return self._twilio(m.group(1), raw, tenant)
        if path == "/v2/enqueue":
            return self._pagerduty(raw, tenant)
        if path.startswith("/hooks/"):
            data = json.loads(raw or b"{}")
            subject = str(data.get("title") or data.get("summary") or data.get("event") or "")
            rec.record(
                tenant,
                channel="webhook",
                recipient=path.removeprefix("/hooks/"),
                subject=subject,
                text=json.dumps(data, indent=1)[:4000],
                links=_unique(_json_links(data)),
                headers={k: v for k, v in self.headers.items() if k.lower().startswith("x-")},
            )
            return 200, {"ok": True}, "application/json"
        return 404, {"error": "not found"}, "application/json"

    def _slack(self, method: str, raw: bytes, tenant: str) -> tuple[int, Any, str]:
        auth = self.headers.get("Authorization", "")
        data = self._parse(raw)
        token = auth.removeprefix("Bearer ").strip() or data.get("token", "")
        if not token:
            return 200, {"ok": False, "error": "not_authed"}, "application/json"
        if not token.startswith(("xoxb-", "xoxp-")):
            return 200, {"ok": False, "error": "invalid_auth"}, "application/json"
        if method == "auth.test":
            body = {
                "ok": True,
                "url": "https://northwind.slack.com/",
                "team": "Northwind",
                "user": "crisisops",
            }
            return (
                200,
                {**body, "team_id": "T0DEMO", "user_id": "U0BOT", "bot_id": "B0BOT"},
                "application/json",
            )
        if method in ("chat.postMessage", "chat.update", "chat.postEphemeral"):
            channel = data.get("channel")
            if not channel:
                return 200, {"ok": False, "error": "channel_not_found"}, "application/json"
            text, links, actions = _slack_text_and_actions(data)
            ts = data.get("ts") if method == "chat.update" else f"{time.time():.6f}"
            self.server.recorder.record(
                tenant,
                channel="slack",
                kind="update" if method == "chat.update" else "message",
                recipient=channel,
                subject=text.splitlines()[0] if text else "",
                text=text,
                links=links,
                actions=actions,
                provider_id=ts,
                raw={"blocks": data.get("blocks"), "text": data.get("text")},
            )
            message = {"type": "message", "text": data.get("text", ""), "ts": ts, "bot_id": "B0BOT"}
            if data.get("blocks"):
                message["blocks"] = data["blocks"]
            return 200, {"ok": True, "channel": channel, "ts": ts, "message": message}, "application/json"
        if method == "conversations.open":
            users = str(data.get("users", ""))
            return 200, {"ok": True, "channel": {"id": "D" + users.removeprefix("U")}}, "application/json"
        return 200, {"ok": False, "error": "unknown_method"}, "application/json"

    def _twilio(self, account_sid: str, raw: bytes, tenant: str) -> tuple[int, Any, str]:
        auth = self.headers.get("Authorization", "")
        try:
            user = base64.b64decode(auth.removeprefix("Basic ")).decode().split(":", 1)[0]
        except ValueError:
            user = ""
        if user != account_sid:
            err = {
                "code": 20003,
                "message": "Authenticate",
                "more_info": "https://www.twilio.com/docs/errors/20003",
            }
            return 401, {**err, "status": 401}, "application/json"
        form = {k: v[0] for k, v in parse_qs(raw.decode()).items()}
        to, body = form.get("To"), form.get("Body", "")
        if not to:
            err = {"code": 21604, "message": "A 'To' phone number is required.", "status": 400}
            return 400, {**err, "more_info": "https://www.twilio.com/docs/errors/21604"}, "application/json"
        sid = "SM" + secrets.token_hex(16)
        self.server.recorder.record(
            tenant,
            channel="sms",
            recipient=to,
            subject=body[:80],
            text=body,
            links=_URL_RE.findall(body),
            provider_id=sid,
            sender=form.get("From") or form.get("MessagingServiceSid", ""),
        )
        now = datetime.now(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")
        answer = {
            "account_sid": account_sid,
            "api_version": "2010-04-01",
            "body": body,
            "date_created": now,
            "date_sent": None,
            "date_updated": now,
            "direction": "outbound-api",
            "error_code": None,
            "error_message": None,
            "from": form.get("From"),
            "messaging_service_sid": form.get("MessagingServiceSid"),
            "num_media": "0",
            "num_segments": "1",
            "price": None,
            "price_unit": "USD",
            "sid": sid,
            "status": "queued",
            "subresource_uris": {"media": f"/2010-04-01/Accounts/{account_sid}/Messages/{sid}/Media.json"},
            "to": to,
            "uri": f"/2010-04-01/Accounts/{account_sid}/Messages/{sid}.json",
        }
        return 201, answer, "application/json"

    def _pagerduty(self, raw: bytes, tenant: str) -> tuple[int, Any, str]:
        data = json.loads(raw or b"{}")
        errors = []
        if not data.get("routing_key"):
            errors.append("'routing_key' is missing or blank")
        action = data.get("event_action")
        if action not in ("trigger", "acknowledge", "resolve"):
            errors.append("'event_action' is invalid")
        payload = data.get("payload") or {}
        if action == "trigger":
            for key in ("summary", "source", "severity"):
                if not payload.get(key):
                    errors.append(f"'payload.{key}' is missing or blank")
        if action in ("acknowledge", "resolve") and not data.get("dedup_key"):
            errors.append("'dedup_key' is missing or blank")
        if errors:
            return (
                400,
                {"status": "invalid event", "message": "Event object is invalid", "errors": errors},
                "application/json",
            )
        dedup_key = data.get("dedup_key") or secrets.token_hex(16)
        links = [link.get("href", "") for link in data.get("links") or [] if isinstance(link, dict)]
        self.server.recorder.record(
            tenant,
            channel="pagerduty",
            kind=action,
            recipient=data["routing_key"],
            subject=payload.get("summary", f"{action} {dedup_key}"),
            text=json.dumps(payload.get("custom_details") or {}, indent=1) if payload else action,
            links=_unique([u for u in links if u] + ([data["client_url"]] if data.get("client_url") else [])),
            provider_id=dedup_key,
            severity=payload.get("severity", ""),
        )
        return (
            202,
            {"status": "success", "message": "Event processed", "dedup_key": dedup_key},
            "application/json",
        )

    def _control(
        self, method: str, path: str, params: dict[str, list[str]], raw: bytes
    ) -> tuple[int, Any, str]:
        tenant = (params.get("tenant") or [self.server.default_tenant])[0]
        if path == "/_sink/records":
            return 200, {"records": self.server.recorder.list(tenant)}, "application/json"
        if path == "/_sink/clear" and method == "POST":
            self.server.recorder.clear(tenant)
            return 200, {"ok": True}, "application/json"
        if path == "/_sink/faults" and method == "POST":
            data = json.loads(raw or b"{}")
            with self.server.lock:
                self.server.faults.setdefault(data["channel"], []).append(
                    {
                        "status": int(data["status"]),
                        "count": int(data.get("count", 1)),
                        "error": data.get("error"),
                    }
                )
            return 200, {"ok": True}, "application/json"
        return 404, {"error": "unknown control"}, "application/json"


def _channel_of(path: str) -> str | None:
    if path.startswith("/slack/"):
        return "slack"
    if path.startswith("/teams/"):
        return "teams"
    if path.startswith("/2010-04-01/"):
        return "sms"
    if path == "/v2/enqueue":
        return "pagerduty"
    if path.startswith("/hooks/"):
        return "webhook"
    return None


class SinkServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(
        self, address: tuple[str, int], recorder: OutboxRecorder, default_tenant: str = "demo"
    ) -> None:
        super().__init__(address, SinkHandler)
        self.recorder = recorder
        self.default_tenant = default_tenant
        self.lock = threading.Lock()
        self.faults: dict[str, list[dict[str, Any]]] = {}

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

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


def start_http(
    recorder: OutboxRecorder, *, host: str = "127.0.0.1", port: int = 8925, default_tenant: str = "demo"
) -> tuple[SinkServer, threading.Thread]:
    server = SinkServer((host, port), recorder, default_tenant)
    thread = threading.Thread(target=server.serve_forever, name="demo-sinks", daemon=True)
    thread.start()
    return server, thread
