"""Small helpers the connectors share: timestamps, HTML to text, stable ids, severity hints."""

from __future__ import annotations

import hashlib
import html
import json
import re
from datetime import UTC, datetime
from typing import Any

from django.utils.dateparse import parse_datetime

from ingestion.sources.base import ParseError

# Push connectors stamp the receive time into each stored payload under this key, so a payload
# without its own timestamp still normalizes to the time it reached us, however late it is parsed.
RECEIVED_AT = "_received_at"


def aware(value: Any, *, field: str) -> datetime:
    """An aware UTC datetime from an ISO 8601 string or epoch seconds; ParseError otherwise."""
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, bool) or value is None or value == "":
        raise ParseError(f"{field} is missing")
    elif isinstance(value, int | float):
        dt = _from_epoch(float(value), field)
    elif isinstance(value, str):
        text = value.strip()
        if re.fullmatch(r"\d+(\.\d+)?", text):
            dt = _from_epoch(float(text), field)
        else:
            # Python's parser wants +00:00 where PagerDuty and others send +0000.
            text = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", text)
            try:
                parsed = parse_datetime(text)
            except ValueError:
                parsed = None
            if parsed is None:
                raise ParseError(f"{field} is not an ISO 8601 timestamp: {value[:60]!r}")
            dt = parsed
    else:
        raise ParseError(f"{field} has an unexpected type {type(value).__name__}")
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt


def _from_epoch(seconds: float, field: str) -> datetime:
    if seconds > 1e12:  # milliseconds
        seconds /= 1000.0
    try:
        return datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        raise ParseError(f"{field} is not a valid epoch timestamp: {seconds!r}") from None


def now_iso() -> str:
    from tenants import clock

    return clock.now().isoformat()


def stamp_received(payload: dict[str, Any]) -> dict[str, Any]:
    payload = dict(payload)
    payload.setdefault(RECEIVED_AT, now_iso())
    return payload


_TAG = re.compile(r"<[^>]+>")
_BLOCK = re.compile(r"(?i)<\s*(br|/p|/div|/li|/h[1-6])\s*/?>")


def html_to_text(value: str | None) -> str:
    if not value:
        return ""
    text = _BLOCK.sub("\n", value)
    text = _TAG.sub(" ", text)
    text = html.unescape(text)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line).strip()


def content_id(value: Any) -> str:
    """A stable id for a payload that has none of its own (sha256 of canonical JSON)."""
    blob = json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


def dig(payload: Any, *paths: str, default: Any = None) -> Any:
    """The first present value among dotted paths; a literal dotted key ("log.level") also counts."""
    for path in paths:
        if isinstance(payload, dict) and path in payload and payload[path] not in (None, ""):
            return payload[path]
        node = payload
        for part in path.split("."):
            if isinstance(node, dict) and part in node:
                node = node[part]
            else:
                node = None
                break
        if node not in (None, ""):
            return node
    return default


def as_int(value: Any) -> int:
    try:
        return max(int(value), 0)
    except (TypeError, ValueError):
        return 0


# Severity hints: the classification stage decides P0-P4; connectors only pass on what the
# source itself said, normalized to one vocabulary (and the raw value kept alongside).
_SEVERITY_HINTS = {
    "critical": "P1",
    "crit": "P1",
    "fatal": "P1",
    "emergency": "P0",
    "emerg": "P0",
    "alert": "P1",
    "page": "P1",
    "urgent": "P1",
    "high": "P2",
    "error": "P2",
    "err": "P2",
    "major": "P2",
    "warning": "P3",
    "warn": "P3",
    "minor": "P3",
    "normal": "P3",
    "medium": "P3",
    "moderate": "P3",
    "notice": "P4",
    "info": "P4",
    "informational": "P4",
    "low": "P4",
    "debug": "P4",
    "trace": "P4",
    "none": "P4",
}


def severity_hint(value: Any) -> str:
    """P0..P4 for a source's own severity word ("critical", "warning", "urgent"...), or ""."""
    if value is None:
        return ""
    return _SEVERITY_HINTS.get(str(value).strip().lower(), "")


def clip(text: str, limit: int) -> str:
    text = text or ""
    return text if len(text) <= limit else text[: limit - 1] + "…"
