"""Which errors mean "a store is away" (not a bug), and what this process saw of the database.

The web process answers differently while PostgreSQL is away: intake spools, pages are served
read-only with a banner, /readyz says so. It learns of an outage from the errors its own queries
raise (`database_outage_seen`); the outage is over when a query works again (`database_back`) or
when no query failed for `OUTAGE_MEMORY_SECONDS` (a standby that refuses writes still answers
reads, so a working read alone does not end it). The banner reads `database_outage_since`.
"""

from __future__ import annotations

import threading
import time

from django.db import InterfaceError, InternalError, OperationalError

OUTAGE_MEMORY_SECONDS = 30.0

_state: dict[str, float | None] = {"since": None, "last": None}
_lock = threading.Lock()


def database_unavailable(exc: BaseException) -> bool:
    """The database cannot be reached or refuses writes (a read-only standby, a cluster in recovery)."""
    if isinstance(exc, OperationalError | InterfaceError):
        return True
    if isinstance(exc, InternalError):
        cause = exc.__cause__
        return type(cause).__name__ in ("ReadOnlySqlTransaction", "AdminShutdown", "CannotConnectNow")
    return False


def database_outage_seen() -> None:
    with _lock:
        now = time.time()
        if _state["since"] is None:
            _state["since"] = now
        _state["last"] = now


def database_back() -> None:
    if _state["since"] is not None:
        with _lock:
            _state["since"] = _state["last"] = None


def database_outage_since() -> float | None:
    """Unix time of the first failure of the outage this process is in, or None."""
    last = _state["last"]
    if last is not None and time.time() - last > OUTAGE_MEMORY_SECONDS:
        database_back()
    return _state["since"]
