"""Splunk HTTP Event Collector compatible intake (`/services/collector/event`).

A request body holds one or more JSON event objects, concatenated (whitespace between them
optional), each `{"time": epoch, "host", "source", "sourcetype", "index", "event": <string or
object>, "fields": {...}}`. Errors use HEC's own codes (5 no data, 6 invalid data format,
12 event field required, 13 event field blank, 15 indexed fields) with `invalid-event-number`;
as in HEC, the events before the first invalid one are kept.

Ids: an event with a `time` is identified by its content (a retried batch, or a batch resent
after fixing one bad event, stores nothing twice; identical events within one request are
told apart by their position). Without `time` the request body's hash joins the id, so only an
exact retry of the same request is treated as a duplicate.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from ingestion.models import Platform, SourceKind
from ingestion.sanitize import MAX_JSON_DEPTH, depth_exceeds
from ingestion.sources import register
from ingestion.sources.base import Connector, NormalizedEvent, ParseError
from ingestion.sources.common import RECEIVED_AT, aware, content_id, now_iso
from ingestion.sources.logs import log_event, log_level, log_message, log_service

ID_KEY = "_hec_id"
METADATA_KEYS = ("host", "source", "sourcetype", "index")


class HECError(ParseError):
    """An HEC-coded rejection; `accepted` holds the valid events that preceded the bad one."""

    def __init__(
        self, code: int, text: str, *, event_number: int | None = None, accepted: list | None = None
    ):
        super().__init__(text if event_number is None else f"{text} (event #{event_number})")
        self.code = code
        self.text = text
        self.event_number = event_number
        self.accepted = accepted or []


def _decode_events(raw: str) -> tuple[list[Any], int | None, str]:
    """Concatenated JSON values → (values decoded so far, index of the bad one or None, reason)."""
    decoder = json.JSONDecoder()
    values: list[Any] = []
    pos, end = 0, len(raw)
    while True:
        while pos < end and raw[pos] in " \t\r\n":
            pos += 1
        if pos >= end:
            return values, None, ""
        try:
            value, pos = decoder.raw_decode(raw, pos)
        except json.JSONDecodeError as exc:
            return values, len(values), exc.msg
        except RecursionError:
            return values, len(values), "nested too deep"
        if depth_exceeds(value, MAX_JSON_DEPTH):
            return values, len(values), "nested too deep"
        values.append(value)


@register
class SplunkHECConnector(Connector):
    kind = SourceKind.SPLUNK_HEC
    platform = Platform.LOGS
    is_poller = False

    def split(self, body: Any, *, defaults: dict[str, str] | None = None) -> list[dict[str, Any]]:
        """Body bytes/str → stored payloads. `defaults` are the request's ?host=&source=&sourcetype=&index=."""
        if isinstance(body, bytes):
            try:
                body = body.decode("utf-8")
            except UnicodeDecodeError:
                raise HECError(6, "Invalid data format", event_number=0) from None
        if not isinstance(body, str) or not body.strip():
            raise HECError(5, "No data")
        values, bad_index, _reason = _decode_events(body)
        body_hash = hashlib.sha256(body.encode()).hexdigest()[:16]
        payloads: list[dict[str, Any]] = []
        seen: dict[str, int] = {}
        received = now_iso()
        for number, value in enumerate(values):
            problem = self._check(value)
            if problem:
                raise HECError(problem[0], problem[1], event_number=number, accepted=payloads)
            event = {k: v for k, v in value.items()}
            for key, default in (defaults or {}).items():
                if default and key in METADATA_KEYS:
                    event.setdefault(key, default)
            base = (
                content_id(event)
                if event.get("time") not in (None, "")
                else f"{body_hash}:{content_id(event)}"
            )
            seen[base] = seen.get(base, 0) + 1
            event[ID_KEY] = f"hec:{base[:48]}:{seen[base]}"
            event[RECEIVED_AT] = received
            payloads.append(event)
        if bad_index is not None:
            raise HECError(6, "Invalid data format", event_number=bad_index, accepted=payloads)
        return payloads

    @staticmethod
    def _check(value: Any) -> tuple[int, str] | None:
        if not isinstance(value, dict):
            return 6, "Invalid data format"
        if "event" not in value:
            return 12, "Event field is required"
        event = value["event"]
        if event is None or (isinstance(event, str) and not event.strip()) or event == {}:
            return 13, "Event field cannot be blank"
        if "fields" in value and not isinstance(value["fields"], dict):
            return 15, "Error in handling indexed fields"
        if "time" in value and value["time"] not in (None, ""):
            try:
                aware(value["time"], field="time")
            except ParseError:
                return 6, "Invalid data format"
        return None

    # Normalizing ----------------------------------------------------------------------------
    def external_id(self, payload: dict[str, Any]) -> str:
        if isinstance(payload, dict) and payload.get(ID_KEY):
            return str(payload[ID_KEY])
        return "sha256:" + content_id(payload)

    def parse(self, payload: dict[str, Any]) -> NormalizedEvent:
        if not isinstance(payload, dict) or "event" not in payload:
            raise ParseError("HEC payload has no 'event' field")
        event = payload["event"]
        fields = payload.get("fields") if isinstance(payload.get("fields"), dict) else {}
        if isinstance(event, dict):
            text = log_message(event) or json.dumps(event, sort_keys=True)[:10_000]
            records: tuple[Any, ...] = (event, fields)
        elif isinstance(event, str | int | float):
            text, records = str(event), (fields,)
        else:
            raise ParseError(f"HEC event has an unexpected type {type(event).__name__}")
        if not text.strip():
            raise ParseError("HEC event is blank")
        # An event that names no service is attributed to its HEC metadata (source, sourcetype, host).
        service = log_service(*records) or str(
            payload.get("source") or payload.get("sourcetype") or payload.get("host") or ""
        )
        when = payload.get("time") if payload.get("time") not in (None, "") else payload.get(RECEIVED_AT)
        return log_event(
            external_id=self.external_id(payload),
            text=text,
            occurred_at=aware(when, field="time"),
            level=log_level(*records),
            service=service,
            extra={
                "host": str(payload.get("host") or ""),
                "source": str(payload.get("source") or ""),
                "sourcetype": str(payload.get("sourcetype") or ""),
                "index": str(payload.get("index") or ""),
                "fields": fields,
            },
        )
