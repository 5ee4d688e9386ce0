"""Live updates to the command center: one Channels group per tenant.

Every stage calls `broadcast_on_commit` (one message) or `broadcast_many_on_commit` (a batch of
messages of one kind, e.g. every event of an ingestion batch); both send only after the
surrounding transaction commits, so the dashboard never shows a state that was rolled back.
`broadcast` / `broadcast_many` send at once (for code outside a transaction). Payloads must be
JSON-safe.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import connection, transaction

logger = logging.getLogger(__name__)
BROADCAST_TIMEOUT_SECONDS = 3.0


def tenant_group_name(schema_name: str) -> str:
    return f"tenant.{schema_name}.command_center"


def broadcast_many(*, schema_name: str, kind: str, payloads: list[dict[str, Any]]) -> None:
    """Send messages of one kind to the tenant's group now, in one event-loop round trip (a
    gather, not one `async_to_sync` per message). Failures are logged, never raised."""
    layer = get_channel_layer()
    if layer is None or not payloads:
        return
    group = tenant_group_name(schema_name)

    async def send_all() -> list[Any]:
        return await asyncio.wait_for(
            asyncio.gather(
                *(
                    layer.group_send(group, {"type": "tenant.update", "kind": kind, "payload": p})
                    for p in payloads
                ),
                return_exceptions=True,
            ),
            timeout=BROADCAST_TIMEOUT_SECONDS,
        )

    try:
        failures = [r for r in async_to_sync(send_all)() if isinstance(r, BaseException)]
    except TimeoutError:
        # A live update is best effort (the page catches up on its next load): a worker or a
        # request must not wait out the channel layer's 30 s read timeout on a paused Redis.
        logger.warning("broadcast of %d %r message(s) to %s timed out", len(payloads), kind, schema_name)
        return
    except Exception:
        logger.exception("broadcast of %d %r message(s) to %s failed", len(payloads), kind, schema_name)
        return
    if failures:
        logger.error(
            "broadcast to %s: %d of %d %r message(s) failed: %r",
            schema_name,
            len(failures),
            len(payloads),
            kind,
            failures[0],
        )


def broadcast(*, schema_name: str, kind: str, payload: dict[str, Any]) -> None:
    """Send one message to the tenant's group now. Failures are logged, never raised."""
    broadcast_many(schema_name=schema_name, kind=kind, payloads=[payload])


def broadcast_many_on_commit(
    *, kind: str, payloads: list[dict[str, Any]], schema_name: str | None = None
) -> None:
    """Send the messages after the current transaction commits (at once outside one)."""
    if not payloads:
        return
    schema = schema_name or connection.schema_name
    batch = list(payloads)
    transaction.on_commit(lambda: broadcast_many(schema_name=schema, kind=kind, payloads=batch))


def broadcast_on_commit(*, kind: str, payload: dict[str, Any], schema_name: str | None = None) -> None:
    broadcast_many_on_commit(kind=kind, payloads=[payload], schema_name=schema_name)
