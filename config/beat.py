"""Celery beat that cannot stop silently.

tenant-schemas-celery's scheduler reads the tenant list from PostgreSQL on every due entry, and
Celery's beat loop lets any exception out of `tick()`: a database restart (or a broker that stayed
away longer than the connection retries) ended the beat process, and with it every sweeper, SLA
timer and poller, with nothing to say so. Here:

- the tenant list falls back to the last one read while the database is away;
- a tick that fails (broker down, database down, anything) is logged and retried a few seconds
  later instead of ending the process; the broker connection is rebuilt on the next tick;
- every tick writes a heartbeat to Redis (`HEARTBEAT_KEY`: time, ticks, last error), which
  `/readyz` reports (`beat_heartbeat`), so a dead or stuck beat is visible from outside;
- `./run` starts beat under `config.supervisor`, which restarts it if it exits anyway.
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any

from django.conf import settings
from django.db import DatabaseError
from django_tenants.utils import get_public_schema_name, schema_context
from tenant_schemas_celery.scheduler import TenantAwareScheduler

logger = logging.getLogger(__name__)

HEARTBEAT_KEY = "crisisops:beat:heartbeat"
HEARTBEAT_TTL_SECONDS = 3600
STALE_AFTER_SECONDS = 90.0
RETRY_TICK_SECONDS = 5.0


class ResilientTenantScheduler(TenantAwareScheduler):
    """The tenant-aware scheduler with an outage-proof tenant list, tick and heartbeat."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._schemas: list[str] = []
        self._ticks = 0
        self._last_error = ""
        super().__init__(*args, **kwargs)

    def tenant_schemas(self) -> list[str]:
        try:
            schemas = list(
                self.get_queryset()
                .exclude(schema_name=get_public_schema_name())
                # Only the tenants this region's deployment serves (tenants/residency.py).
                .filter(region=settings.DEPLOYMENT_REGION, moved_to_region="")
                .values_list("schema_name", flat=True)
            )
        except DatabaseError as exc:
            if not self._schemas:
                raise
            logger.warning("beat: tenant list unavailable (%s); using the last one read", exc)
            return list(self._schemas)
        self._schemas = schemas
        return schemas

    def apply_entry(self, entry: Any, producer: Any = None) -> None:
        headers = entry.options.setdefault("headers", {})
        schemas = self.tenant_schemas()
        if not headers.get("_all_tenants_only"):
            schemas = [s for s in schemas if s == headers.get("_schema_name")]
        for schema in schemas:
            with schema_context(schema):
                try:
                    self.apply_async(entry, producer=producer, advance=False)
                except Exception:
                    logger.exception("beat: could not send %s to %s", entry.task, schema)

    def tick(self, *args: Any, **kwargs: Any) -> float:
        try:
            interval = super().tick(*args, **kwargs)
        except Exception as exc:
            self._last_error = f"{type(exc).__name__}: {exc}"[:300]
            logger.exception("beat: tick failed; retrying in %.0f s", RETRY_TICK_SECONDS)
            self._reset_connection()
            self._heartbeat()
            return RETRY_TICK_SECONDS
        self._ticks += 1
        self._last_error = ""
        self._heartbeat()
        return interval

    def _reset_connection(self) -> None:
        # `producer` is a cached property holding a connection that may be dead; drop it so the
        # next tick connects afresh.
        producer = self.__dict__.pop("producer", None)
        if producer is not None:
            try:
                producer.connection.close()
            except Exception:
                logger.debug("beat: closing the old broker connection failed", exc_info=True)

    def _heartbeat(self) -> None:
        from tenants.redis import redis_client

        beat = {"at": time.time(), "ticks": self._ticks, "error": self._last_error}
        try:
            redis_client().set(HEARTBEAT_KEY, json.dumps(beat), ex=HEARTBEAT_TTL_SECONDS)
        except Exception as exc:  # Redis away: the heartbeat's absence is the signal
            logger.warning("beat: heartbeat not written: %s", exc)


def heartbeat() -> dict[str, Any]:
    """Readiness check (`READINESS_CHECKS`): when beat last ticked. Not required: a web process
    serves without beat, but an operator must see that timers and sweepers stopped."""
    from tenants.redis import redis_client

    raw = redis_client().get(HEARTBEAT_KEY)
    if raw is None:
        return {"ok": False, "required": False, "detail": "no beat heartbeat (beat not running?)"}
    beat = json.loads(raw)
    age = round(time.time() - float(beat["at"]), 1)
    ok = age <= STALE_AFTER_SECONDS and not beat.get("error")
    result: dict[str, Any] = {"ok": ok, "required": False, "age_seconds": age, "ticks": beat.get("ticks", 0)}
    if beat.get("error"):
        result["detail"] = f"last tick failed: {beat['error']}"
    elif not ok:
        result["detail"] = f"beat has not ticked for {age:.0f} s"
    return result
