"""What the log sources share (Elasticsearch hits, Splunk HEC events): where a log record keeps
its message, level and service — ECS names first (`message`, `log.level`, `service.name`), then the
usual alternatives of other shippers — and the Event one log line becomes."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ingestion.models import Platform
from ingestion.sources.base import NormalizedEvent
from ingestion.sources.common import clip, dig, severity_hint

MESSAGE_FIELDS = ("message", "msg", "log.message", "error.message", "log", "text", "description")
LEVEL_FIELDS = ("log.level", "level", "severity", "log_level", "levelname", "loglevel")
SERVICE_FIELDS = (
    "service.name",
    "service",
    "app",
    "application",
    "component",
    "kubernetes.container.name",
    "container.name",
)


def first_of(records: tuple[Any, ...], fields: tuple[str, ...]) -> Any:
    """The first of `fields` present in the first record that has one (the event, then its
    indexed fields...)."""
    for record in records:
        value = dig(record, *fields)
        if value not in (None, ""):
            return value
    return None


def log_message(record: Any) -> str | None:
    """The record's message as text (an object in a message field is kept as its text), or None."""
    message = dig(record, *MESSAGE_FIELDS)
    if message in (None, ""):
        return None
    return str(message)


def log_level(*records: Any) -> str:
    return str(first_of(records, LEVEL_FIELDS) or "").lower()


def log_service(*records: Any) -> str:
    return str(first_of(records, SERVICE_FIELDS) or "")


def log_event(
    *,
    external_id: str,
    text: str,
    occurred_at: datetime,
    level: str,
    service: str,
    extra: dict[str, Any],
) -> NormalizedEvent:
    """One log line as an Event: titled "<LEVEL> <service>", authored by the service (a log has no
    person behind it), with the level's severity hint for the classifier."""
    return NormalizedEvent(
        external_id=external_id,
        platform=Platform.LOGS,
        title=clip(" ".join(p for p in (level.upper(), service) if p), 500),
        text=text,
        occurred_at=occurred_at,
        author_id=service,
        author_name=service,
        extra={"level": level, "severity_hint": severity_hint(level), "service": service, **extra},
    )
