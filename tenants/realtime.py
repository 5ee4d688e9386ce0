"""Live updates to the command center: one Channels group per tenant.

Every stage may call `broadcast_on_commit`; it sends only after the surrounding transaction
commits, so the dashboard never shows a state that was rolled back. Payloads must be JSON-safe.
"""

from __future__ import annotations

import logging
from typing import Any

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import connection, transaction

logger = logging.getLogger(__name__)


def tenant_group_name(schema_name: str) -> str:
    return f"tenant.{schema_name}.command_center"


def broadcast(*, schema_name: str, kind: str, payload: dict[str, Any]) -> None:
    """Send one message to the tenant's group now. Failures are logged, never raised."""
    layer = get_channel_layer()
    if layer is None:
        return
    try:
        async_to_sync(layer.group_send)(
            tenant_group_name(schema_name), {"type": "tenant.update", "kind": kind, "payload": payload}
        )
    except Exception:
        logger.exception("broadcast to %s failed", schema_name)


def broadcast_on_commit(*, kind: str, payload: dict[str, Any], schema_name: str | None = None) -> None:
    schema = schema_name or connection.schema_name
    transaction.on_commit(lambda: broadcast(schema_name=schema, kind=kind, payload=payload))
