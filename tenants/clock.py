"""The platform's clock. `now()` is `timezone.now()` plus an offset that tests and the demo can
move forward (stored in Redis, so a Celery worker and Daphne in other processes see the same
time). Production refuses to move it.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta

import redis.exceptions
from django.conf import settings
from django.utils import timezone

from tenants.redis import redis_away, redis_back, redis_client, redis_failed

_KEY = "clock:offset_seconds"
_cache: dict[str, float] = {"value": 0.0, "read_at": -1.0}
_CACHE_SECONDS = 0.2
_RETRY_AFTER_FAILURE_SECONDS = 5.0


def offset_seconds() -> float:
    if settings.PRODUCTION:
        return 0.0
    mono = time.monotonic()
    # An explicit invalidation (a task starting, the clock just moved: read_at < 0) reads even
    # while the process believes Redis away; otherwise the shared breaker spares the timeout.
    if mono - _cache["read_at"] > _CACHE_SECONDS and (_cache["read_at"] < 0 or not redis_away()):
        try:
            raw = redis_client(fast=True).get(_KEY)
        except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError):
            # Redis away: keep the offset last read rather than fail every caller (intake stamps
            # receive times with it), and leave Redis alone for a few seconds (a paused Redis
            # would otherwise cost every caller a timeout) — the other request-path users too.
            _cache["read_at"] = mono + _RETRY_AFTER_FAILURE_SECONDS
            redis_failed()
            return _cache["value"]
        _cache["value"] = float(raw) if raw else 0.0
        _cache["read_at"] = mono
    return _cache["value"]


def now() -> datetime:
    return timezone.now() + timedelta(seconds=offset_seconds())


def advance(seconds: float) -> float:
    """Move the clock forward (tests, demo). Returns the new total offset."""
    if settings.PRODUCTION:
        raise RuntimeError("the clock cannot be moved in production")
    new = float(redis_client().incrbyfloat(_KEY, seconds))
    _cache["value"], _cache["read_at"] = new, time.monotonic()
    redis_back()
    return new


def reset() -> None:
    if settings.PRODUCTION:
        raise RuntimeError("the clock cannot be moved in production")
    redis_client().delete(_KEY)
    _cache["read_at"] = -1.0


def invalidate_cache(**_signal_kwargs) -> None:
    """Forget the cached offset (connected to Celery's task_prerun: every task starts with the
    offset as it is now, so a test or demo that just moved the clock is seen at once)."""
    _cache["read_at"] = -1.0
