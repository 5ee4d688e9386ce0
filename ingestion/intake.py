"""Push intake: one HTTP body → validated payloads → RawEvents (the inbox)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ingestion.models import Source
from ingestion.services import raw_events_store
from ingestion.sources import ParseError, get_connector
from ingestion.sources.common import stamp_received


@dataclass
class IntakeResult:
    accepted: int = 0
    duplicates: int = 0
    rejected: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    raw_event_ids: list[int] = field(default_factory=list)


def intake_generic(*, source: Source, body: Any) -> IntakeResult:
    """Validate each event of a generic body, store the valid ones, report the rest by index.

    A body that is not an event or a batch at all is one error at index -1.
    """
    connector = get_connector(source.kind)
    result = IntakeResult()
    try:
        items = connector.split(body)
    except ParseError as exc:
        result.rejected = 1
        result.errors.append({"index": -1, "id": "", "reason": str(exc)})
        return result
    payloads: list[tuple[str, dict[str, Any]]] = []
    for index, item in enumerate(items):
        try:
            connector.check(item)
            payload = stamp_received(item)
            payloads.append((connector.external_id(payload), payload))
        except ParseError as exc:
            ext = item.get("id") if isinstance(item, dict) else ""
            result.errors.append({"index": index, "id": str(ext or "")[:255], "reason": str(exc)})
    result.rejected = len(result.errors)
    if payloads:
        stored = raw_events_store(source=source, payloads=payloads)
        result.accepted = len(stored.created_ids)
        result.duplicates = len(stored.duplicate_external_ids)
        result.raw_event_ids = stored.created_ids
    return result
