"""Push intake: one HTTP body → validated payloads → RawEvents (the inbox), or the local spool
while PostgreSQL is away (ingestion/spool.py)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from django.db import DatabaseError, connection

from config.outage import database_back, database_outage_seen, database_unavailable
from ingestion import spool
from ingestion.models import Source
from ingestion.sanitize import clean_payload, clean_text
from ingestion.services import StoreResult, raw_events_store
from ingestion.sources import ParseError, get_connector
from ingestion.sources.common import stamp_received
from ingestion.sources.generic.connector import GenericConnector

logger = logging.getLogger(__name__)


@dataclass
class IntakeResult:
    accepted: int = 0
    duplicates: int = 0
    rejected: int = 0
    spooled: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    raw_event_ids: list[int] = field(default_factory=list)


def raw_events_accept(*, source: Source, payloads: list[tuple[str, dict[str, Any]]]) -> StoreResult:
    """Store the payloads in the inbox, or, while the database is away, in the local spool (fsync'd
    before this returns; drained into the inbox when the database is back).

    Raises `spool.SpoolUnavailable` when neither can take them: the caller answers 503.
    """
    try:
        result = raw_events_store(source=source, payloads=payloads)
    except DatabaseError as exc:
        if not database_unavailable(exc):
            raise
        database_outage_seen()
        spool.get_spool().append(schema=connection.schema_name, source_id=source.pk, items=payloads)
        spool.drainer_ensure()
        logger.warning("database unavailable (%s): %d payloads spooled", type(exc).__name__, len(payloads))
        return StoreResult(spooled=len(payloads))
    database_back()
    spool.drainer_ensure(leftovers=True)  # a process that died during an outage left events behind
    return result


def intake_generic(*, source: Source, body: Any) -> IntakeResult:
    """Validate each event of a generic body, store the valid ones, report the rest by index.

    A body that is not an event or a batch at all is one error at index -1. Raises
    `spool.SpoolUnavailable` when the events can be neither stored nor spooled.
    """
    connector = get_connector(source.kind)
    assert isinstance(connector, GenericConnector), source.kind  # the generic endpoint's sources only
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
            payload = stamp_received(clean_payload(item))
            payloads.append((connector.external_id(payload), payload))
        except ParseError as exc:
            ext = item.get("id") if isinstance(item, dict) else ""
            # The id is echoed back cleaned: a lone surrogate cannot even be written in a response.
            result.errors.append({"index": index, "id": clean_text(str(ext or ""))[:255], "reason": str(exc)})
    result.rejected = len(result.errors)
    if payloads:
        stored = raw_events_accept(source=source, payloads=payloads)
        result.accepted = len(stored.created_ids)
        result.duplicates = len(stored.duplicate_external_ids)
        result.spooled = stored.spooled
        result.raw_event_ids = stored.created_ids
    return result
