"""The generic JSON event format, for any system that can POST JSON (`POST /api/v1/events`).

One event:

    {"id": "ticket-8812",                   # optional; a content hash is used if absent
     "text": "Checkout is failing for ...", # required (or "message" / "body")
     "title": "...", "url": "https://...",
     "occurred_at": "2026-11-23T17:00:00Z", # ISO 8601 or epoch; default: when we received it
     "platform": "support",                 # one of ingestion.models.Platform; default "other"
     "author": {"id": "u1", "name": "...", "followers": 120, "verified": false},
     "language": "en", "reach": 120,
     "severity": "critical",                # optional hint in the source's own words
     "attributes": {"region": "eu-west-1"}} # optional flat facts kept on the Event

A batch is `{"events": [event, ...]}` (up to 1,000). `split` turns a body into payloads; `parse`
normalizes one stored payload. Both raise `ParseError` with a reason a sender can act on.
"""

from __future__ import annotations

from typing import Any

from ingestion.models import Platform, SourceKind
from ingestion.sanitize import MAX_EVENT_BYTES, has_refused_characters, http_url, payload_size
from ingestion.sources import register
from ingestion.sources.base import Connector, NormalizedEvent, ParseError
from ingestion.sources.common import RECEIVED_AT, as_int, aware, clip, content_id, severity_hint

MAX_BATCH = 1000
MAX_TEXT = 20_000
MAX_COUNT = 2**63 - 1  # the database's bigint
TEXT_KEYS = ("text", "message", "body")


@register
class GenericConnector(Connector):
    kind = SourceKind.GENERIC
    platform = Platform.OTHER

    def external_id(self, payload: dict[str, Any]) -> str:
        ext = payload.get("id", payload.get("external_id"))
        if ext not in (None, ""):
            if not isinstance(ext, str | int):
                raise ParseError("id must be a string or an integer")
            ext = str(ext).strip()
            if not ext or len(ext) > 255:
                raise ParseError("id must be 1 to 255 characters")
            if has_refused_characters(ext):
                raise ParseError("id holds a NUL character or an unpaired surrogate")
            return ext
        return "sha256:" + content_id({k: v for k, v in payload.items() if k != RECEIVED_AT})[:48]

    def split(self, body: Any) -> list[dict[str, Any]]:
        if isinstance(body, dict) and "events" in body:
            events = body["events"]
            if not isinstance(events, list):
                raise ParseError('"events" must be a list of event objects')
            if not events:
                raise ParseError('"events" is empty')
            if len(events) > MAX_BATCH:
                raise ParseError(f"a batch holds at most {MAX_BATCH} events, got {len(events)}")
            return events
        if isinstance(body, dict):
            return [body]
        if isinstance(body, list):
            raise ParseError('send a batch as {"events": [...]}, not a bare list')
        raise ParseError("the body must be a JSON object")

    def check(self, payload: Any) -> None:
        """Validate one event at intake (the API answers 400 for it); ParseError with the reason."""
        if not isinstance(payload, dict):
            raise ParseError("an event must be a JSON object")
        text = _text(payload)
        if not text.strip() and not str(payload.get("title") or "").strip():
            raise ParseError('"text" is required (a non-empty string)')
        if len(text) > MAX_TEXT:
            raise ParseError(f'"text" is longer than {MAX_TEXT} characters')
        platform = payload.get("platform")
        if platform not in (None, "") and platform not in Platform.values:
            raise ParseError(f'"platform" must be one of {", ".join(Platform.values)}')
        if payload.get("occurred_at") not in (None, ""):
            aware(payload["occurred_at"], field="occurred_at")
        author = payload.get("author")
        if author is not None and not isinstance(author, dict | str):
            raise ParseError('"author" must be an object {"id", "name", "followers", "verified"} or a name')
        attributes = payload.get("attributes")
        if attributes is not None and not isinstance(attributes, dict):
            raise ParseError('"attributes" must be an object')
        if payload.get("url") not in (None, "") and not http_url(payload["url"]):
            raise ParseError('"url" must be an absolute http(s) URL')
        followers = author.get("followers") if isinstance(author, dict) else None
        for name, number in (("reach", payload.get("reach")), ("author.followers", followers)):
            if isinstance(number, int | float) and not isinstance(number, bool) and abs(number) > MAX_COUNT:
                raise ParseError(f'"{name}" is out of range')
        if payload_size(payload) > MAX_EVENT_BYTES:
            raise ParseError(f"an event is at most {MAX_EVENT_BYTES // 1024} KB of JSON")
        self.external_id(payload)

    def parse(self, payload: dict[str, Any]) -> NormalizedEvent:
        self.check(payload)
        author = payload.get("author") or {}
        if isinstance(author, str):
            author = {"name": author}
        occurred = payload.get("occurred_at") or payload.get(RECEIVED_AT)
        if occurred in (None, ""):
            raise ParseError('"occurred_at" is missing and the receive time was not recorded')
        extra: dict[str, Any] = {}
        for key, value in (payload.get("attributes") or {}).items():
            if isinstance(value, str | int | float | bool) or value is None:
                extra[str(key)[:64]] = value
        if payload.get("severity") not in (None, ""):
            extra["severity_raw"] = str(payload["severity"])[:32]
            extra["severity_hint"] = severity_hint(payload["severity"])
        return NormalizedEvent(
            external_id=self.external_id(payload),
            platform=payload.get("platform") or Platform.OTHER,
            text=_text(payload),
            title=clip(str(payload.get("title") or ""), 500),
            url=http_url(payload.get("url"))[:1000],
            occurred_at=aware(occurred, field="occurred_at"),
            author_id=str(author.get("id") or "")[:255],
            author_name=str(author.get("name") or "")[:255],
            author_followers=as_int(author.get("followers")),
            author_verified=bool(author.get("verified")),
            language=str(payload.get("language") or "")[:12],
            reach=as_int(payload.get("reach")),
            extra=extra,
        )


def _text(payload: dict[str, Any]) -> str:
    for key in TEXT_KEYS:
        value = payload.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return ""
