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

Pure Python plus Redis and aiosmtpd (no Django settings needed), so tests run it in-process. The
HTTP server plumbing is `demo.local_http` (shared with the world); reading each provider's
payloads and answering like it is `demo.sink_formats`.
"""

from __future__ import annotations

import base64
import email
import email.policy
import json
import logging
import re
import secrets
import threading
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any, cast
from urllib.parse import parse_qs

from demo import sink_formats as fmt
from demo.local_http import Answer, LocalHandler, LocalServer
from tenants.redis import redis_client

logger = logging.getLogger(__name__)

KEEP = 2000  # records kept per tenant
_TENANT_RE = re.compile(r"^/t/([a-z0-9_]{1,63})(/.*)$")
_TWILIO_RE = re.compile(r"^/2010-04-01/Accounts/(AC\w+)/Messages\.json$")


def _now() -> datetime:
    return datetime.now(UTC)


class OutboxRecorder:
    """What the sinks received, per tenant, newest first (a capped Redis list of JSON records)."""

    def __init__(
        self, redis_url: str, *, clock: Callable[[], datetime] = _now, prefix: str = "demo:outbox"
    ) -> None:
        self.redis = redis_client(redis_url)
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

    def register_email_routes(self, tenant: str, addresses: Sequence[str]) -> None:
        if addresses:
            self.redis.hset(f"{self.prefix}:email_routes", mapping={a.lower(): tenant for a in addresses})

    def route_email(self, address: str) -> str | None:
        raw = cast("bytes | None", self.redis.hget(f"{self.prefix}:email_routes", address.lower()))
        return raw.decode() if raw else None


# --- SMTP ----------------------------------------------------------------------------------------
class SmtpSinkHandler:
    """aiosmtpd handler: accept every message and record it once per recipient."""

    def __init__(self, recorder: OutboxRecorder, default_tenant: str) -> None:
        self.recorder = recorder
        self.default_tenant = default_tenant

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
        text, has_html, links = fmt.email_text_and_links(msg)
        for rcpt in envelope.rcpt_tos:
            tenant = self.recorder.route_email(rcpt) or self.default_tenant
            self.recorder.record(
                tenant,
                channel="email",
                recipient=rcpt,
                sender=envelope.mail_from,
                subject=str(msg.get("Subject", "")),
                text=text,
                has_html=has_html,
                links=links,
                provider_id=str(msg.get("Message-ID", "")),
                # Threading: a reply names the first mail of its thread.
                in_reply_to=str(msg.get("In-Reply-To", "") or ""),
                references=str(msg.get("References", "") or ""),
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
TEXT = {"Content-Type": "text/plain"}


class SinkHandler(LocalHandler):
    server: SinkServer
    log_name = "sink"

    def answer(self, method: str, path: str, query: dict[str, list[str]], body: bytes) -> Answer:
        tenant = self.server.default_tenant
        m = _TENANT_RE.match(path)
        if m:
            tenant, path = m.group(1), m.group(2)
        try:
            if path.startswith("/_sink/"):
                return self._control(method, path, query, body)
            channel = _channel_of(path)
            fault = self.server.take_fault(channel) if channel else None
            if fault is None:
                return self._route(method, path, body, tenant)
            if channel == "slack":  # Slack answers errors with 200 and ok: false
                status = 200 if fault["status"] < 500 else fault["status"]
                return status, {"ok": False, "error": fault.get("error") or "fatal_error"}, {}
            return fault["status"], {"error": "injected fault"}, {}
        except (ValueError, KeyError) as exc:
            return 400, {"error": f"bad request: {exc}"}, {}

    def _parse(self, raw: bytes) -> dict[str, Any]:
        if "json" in self.headers.get("Content-Type", ""):
            return json.loads(raw or b"{}")
        form = {k: v[0] for k, v in parse_qs(raw.decode()).items()}
        for key in ("blocks", "attachments"):
            if key in form:
                form[key] = json.loads(form[key])
        return form

    def _route(self, method: str, path: str, raw: bytes, tenant: str) -> Answer:
        record = self.server.recorder.record
        if method != "POST":
            return 405, {"error": "method not allowed"}, {}
        if path.startswith("/slack/api/"):
            return self._slack(path.removeprefix("/slack/api/"), raw, tenant)
        if path.startswith("/slack/response/"):
            text, links, actions = fmt.slack_text_and_actions(self._parse(raw))
            record(
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
            return 200, b"ok", dict(TEXT)
        if path.startswith("/teams/"):
            subject, text, links = fmt.teams_text_and_links(json.loads(raw or b"{}"))
            record(
                tenant,
                channel="teams",
                recipient=path.removeprefix("/teams/"),
                subject=subject,
                text=text,
                links=links,
            )
            return 200, b"1", dict(TEXT)
        m = _TWILIO_RE.match(path)
        if m:
            return self._twilio(m.group(1), raw, tenant)
        if path == "/v2/enqueue":
            return self._pagerduty(raw, tenant)
        if path.startswith("/hooks/"):
            data = json.loads(raw or b"{}")
            record(
                tenant,
                channel="webhook",
                recipient=path.removeprefix("/hooks/"),
                subject=str(data.get("title") or data.get("summary") or data.get("event") or ""),
                text=json.dumps(data, indent=1)[:4000],
                links=fmt.unique(fmt.json_links(data)),
                headers={k: v for k, v in self.headers.items() if k.lower().startswith("x-")},
            )
            return 200, {"ok": True}, {}
        return 404, {"error": "not found"}, {}

    def _slack(self, method: str, raw: bytes, tenant: str) -> Answer:
        data = self._parse(raw)
        token = self.headers.get("Authorization", "").removeprefix("Bearer ").strip() or data.get("token", "")
        if not token:
            return 200, {"ok": False, "error": "not_authed"}, {}
        if not token.startswith(("xoxb-", "xoxp-")):
            return 200, {"ok": False, "error": "invalid_auth"}, {}
        if method == "auth.test":
            return 200, fmt.SLACK_AUTH_TEST, {}
        if method in ("chat.postMessage", "chat.update", "chat.postEphemeral"):
            channel = data.get("channel")
            if not channel:
                return 200, {"ok": False, "error": "channel_not_found"}, {}
            text, links, actions = fmt.slack_text_and_actions(data)
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
                thread_ts=str(data.get("thread_ts") or ""),
                reply_broadcast=str(data.get("reply_broadcast", "")).lower() in ("true", "1"),
                raw={"blocks": data.get("blocks"), "text": data.get("text")},
            )
            message = {"type": "message", "text": data.get("text", ""), "ts": ts, "bot_id": "B0BOT"}
            if data.get("blocks"):
                message["blocks"] = data["blocks"]
            return 200, {"ok": True, "channel": channel, "ts": ts, "message": message}, {}
        if method == "conversations.open":
            users = str(data.get("users", ""))
            return 200, {"ok": True, "channel": {"id": "D" + users.removeprefix("U")}}, {}
        return 200, {"ok": False, "error": "unknown_method"}, {}

    def _twilio(self, account_sid: str, raw: bytes, tenant: str) -> Answer:
        auth = self.headers.get("Authorization", "")
        try:
            user = base64.b64decode(auth.removeprefix("Basic ")).decode().split(":", 1)[0]
        except ValueError:
            user = ""
        if user != account_sid:
            return 401, fmt.twilio_error(20003, "Authenticate", 401), {}
        form = {k: v[0] for k, v in parse_qs(raw.decode()).items()}
        if not form.get("To"):
            return 400, fmt.twilio_error(21604, "A 'To' phone number is required.", 400), {}
        answer = fmt.twilio_message(account_sid=account_sid, form=form)
        body = form.get("Body", "")
        self.server.recorder.record(
            tenant,
            channel="sms",
            recipient=form["To"],
            subject=body[:80],
            text=body,
            links=fmt.URL_RE.findall(body),
            provider_id=answer["sid"],
            sender=form.get("From") or form.get("MessagingServiceSid", ""),
        )
        return 201, answer, {}

    def _pagerduty(self, raw: bytes, tenant: str) -> Answer:
        data = json.loads(raw or b"{}")
        errors = fmt.pagerduty_errors(data)
        if errors:
            return (
                400,
                {"status": "invalid event", "message": "Event object is invalid", "errors": errors},
                {},
            )
        action = data["event_action"]
        payload = data.get("payload") or {}
        dedup_key = data.get("dedup_key") or secrets.token_hex(16)
        links = [link.get("href", "") for link in data.get("links") or [] if isinstance(link, dict)]
        self.server.recorder.record(
            tenant,
            channel="pagerduty",
            kind=action,
            recipient=data["routing_key"],
            subject=payload.get("summary", f"{action} {dedup_key}"),
            text=json.dumps(payload.get("custom_details") or {}, indent=1) if payload else action,
            links=fmt.unique(
                [u for u in links if u] + ([data["client_url"]] if data.get("client_url") else [])
            ),
            provider_id=dedup_key,
            severity=payload.get("severity", ""),
        )
        return 202, {"status": "success", "message": "Event processed", "dedup_key": dedup_key}, {}

    def _control(self, method: str, path: str, params: dict[str, list[str]], raw: bytes) -> Answer:
        tenant = (params.get("tenant") or [self.server.default_tenant])[0]
        if path == "/_sink/records":
            return 200, {"records": self.server.recorder.list(tenant)}, {}
        if path == "/_sink/clear" and method == "POST":
            self.server.recorder.clear(tenant)
            return 200, {"ok": True}, {}
        if path == "/_sink/faults" and method == "POST":
            data = json.loads(raw or b"{}")
            self.server.add_fault(
                data["channel"],
                status=int(data["status"]),
                count=int(data.get("count", 1)),
                error=data.get("error"),
            )
            return 200, {"ok": True}, {}
        return 404, {"error": "unknown control"}, {}


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


class SinkServer(LocalServer):
    def __init__(
        self, address: tuple[str, int], recorder: OutboxRecorder, default_tenant: str = "demo"
    ) -> None:
        super().__init__(address, SinkHandler)
        self.recorder = recorder
        self.default_tenant = default_tenant


def start_http(
    recorder: OutboxRecorder, *, host: str = "127.0.0.1", port: int = 8925, default_tenant: str = "demo"
) -> tuple[SinkServer, threading.Thread]:
    server = SinkServer((host, port), recorder, default_tenant)
    return server, server.serve_in_thread("demo-sinks")
