"""PagerDuty Events API v2 compatible intake (`POST /v2/enqueue`).

Validation follows PagerDuty's documentation: `event_action` is trigger, acknowledge or
resolve; a trigger needs `payload.summary` (≤1024 chars), `payload.source` and
`payload.severity` (critical, error, warning, info); acknowledge and resolve need the
`dedup_key` of the alert they act on; `dedup_key` is at most 255 characters. A trigger without
`dedup_key` gets a generated one (a UUID, as PagerDuty does), returned in the response so the
sender can acknowledge/resolve later. Bodies are limited to 512 KB.

The routing key is the source's API key: it is checked by the view and never stored.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from typing import Any

from ingestion.models import Platform, SourceKind
from ingestion.sources import register
from ingestion.sources.base import Connector, NormalizedEvent, ParseError
from ingestion.sources.common import RECEIVED_AT, aware, clip, content_id, severity_hint, stamp_received

ACTIONS = ("trigger", "acknowledge", "resolve")
SEVERITIES = ("critical", "error", "warning", "info")
MAX_BODY_BYTES = 512 * 1024


class PagerDutyInvalid(ParseError):
    def __init__(self, errors: list[str]) -> None:
        super().__init__("; ".join(errors))
        self.errors = errors


def validate(body: Any) -> list[str]:
    """PagerDuty-style error strings for an Events v2 body (empty when valid)."""
    if not isinstance(body, dict):
        return ["Event object must be a JSON object"]
    errors = []
    action = body.get("event_action")
    if action not in ACTIONS:
        errors.append("'event_action' is missing or invalid (must be one of trigger, acknowledge, resolve)")
    dedup_key = body.get("dedup_key")
    if dedup_key is not None and not isinstance(dedup_key, str):
        errors.append("'dedup_key' must be a string")
    elif isinstance(dedup_key, str) and len(dedup_key) > 255:
        errors.append("'dedup_key' is too long (maximum 255 characters)")
    if action in ("acknowledge", "resolve") and not dedup_key:
        errors.append(f"'dedup_key' is required for event_action '{action}'")
    if action == "trigger":
        payload = body.get("payload")
        if not isinstance(payload, dict):
            errors.append("'payload' is missing or not an object")
        else:
            summary = payload.get("summary")
            if not isinstance(summary, str) or not summary.strip():
                errors.append("'payload.summary' is missing or blank")
            elif len(summary) > 1024:
                errors.append("'payload.summary' is too long (maximum 1024 characters)")
            if not isinstance(payload.get("source"), str) or not payload["source"].strip():
                errors.append("'payload.source' is missing or blank")
            if payload.get("severity") not in SEVERITIES:
                errors.append(
                    "'payload.severity' is missing or invalid (must be one of critical, error, warning, info)"
                )
            if payload.get("timestamp") not in (None, ""):
                try:
                    aware(payload["timestamp"], field="payload.timestamp")
                except ParseError:
                    errors.append("'payload.timestamp' is not a valid ISO 8601 timestamp")
            if "custom_details" in payload and not isinstance(
                payload["custom_details"], dict | str | type(None)
            ):
                errors.append("'payload.custom_details' must be an object")
    for key in ("images", "links"):
        if key in body and not isinstance(body[key], list):
            errors.append(f"'{key}' must be a list")
    return errors


@register
class PagerDutyConnector(Connector):
    kind = SourceKind.PAGERDUTY
    platform = Platform.ALERTS
    is_poller = False

    def split(self, body: Any) -> list[dict[str, Any]]:
        errors = validate(body)
        if errors:
            raise PagerDutyInvalid(errors)
        event = {k: v for k, v in body.items() if k != "routing_key"}  # the key is a secret
        if not event.get("dedup_key"):
            event["dedup_key"] = uuid.uuid4().hex
        return [stamp_received(event)]

    def external_id(self, payload: dict[str, Any]) -> str:
        if not isinstance(payload, dict) or not payload.get("dedup_key"):
            return "sha256:" + content_id(payload)
        dedup_key = str(payload["dedup_key"])
        if len(dedup_key) > 180:
            dedup_key = "sha256:" + hashlib.sha256(dedup_key.encode()).hexdigest()
        body = {k: v for k, v in payload.items() if k != RECEIVED_AT}
        # A retried delivery of the same event is one event; a new trigger for the same
        # dedup_key (the problem happened again) is another.
        return f"{dedup_key}:{payload.get('event_action', '')}:{content_id(body)[:16]}"

    def parse(self, payload: dict[str, Any]) -> NormalizedEvent:
        if not isinstance(payload, dict):
            raise ParseError("PagerDuty payload is not an object")
        action = payload.get("event_action")
        if action not in ACTIONS:
            raise ParseError(f"unknown event_action {action!r}")
        dedup_key = str(payload.get("dedup_key") or "")
        details: dict[str, Any] = payload["payload"] if isinstance(payload.get("payload"), dict) else {}
        summary = str(details.get("summary") or "")
        severity = str(details.get("severity") or "").lower()
        if action == "trigger":
            if not summary:
                raise ParseError("trigger event has no payload.summary")
            lines = [summary]
            custom = details.get("custom_details")
            if isinstance(custom, dict):
                lines += [
                    f"{k}: {v if isinstance(v, str) else json.dumps(v)}" for k, v in list(custom.items())[:50]
                ]
            elif isinstance(custom, str) and custom.strip():
                lines.append(custom)
            text = "\n".join(lines)
        else:
            text = f"PagerDuty {action} for alert {dedup_key}" + (f": {summary}" if summary else "")
        when = details.get("timestamp") or payload.get(RECEIVED_AT)
        links = [
            link.get("href")
            for link in payload.get("links") or []
            if isinstance(link, dict) and link.get("href")
        ]
        source_name = str(details.get("source") or "")
        return NormalizedEvent(
            external_id=self.external_id(payload),
            platform=Platform.ALERTS,
            title=clip(summary or text, 500),
            text=text,
            occurred_at=aware(when, field="payload.timestamp"),
            url=str(payload.get("client_url") or (links[0] if links else "")),
            author_id=source_name,
            author_name=str(payload.get("client") or source_name)[:255],
            extra={
                "event_action": action,
                "dedup_key": dedup_key,
                "severity": severity,
                "severity_hint": severity_hint(severity) if action == "trigger" else "",
                "is_resolved": action == "resolve",
                "source": source_name,
                "component": str(details.get("component") or ""),
                "group": str(details.get("group") or ""),
                "class": str(details.get("class") or ""),
                "client": str(payload.get("client") or ""),
                "links": links,
            },
        )
