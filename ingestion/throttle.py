"""The "intake" rate limit, failing open to a per-process limit when Redis is away.

DRF's throttles keep their request history in the default cache (Redis) and let its errors out:
with Redis paused, every post waited for the client's timeout and then answered 500, before its
events were stored. `FailOpenThrottle` counts in Redis while Redis answers; when a call fails it
counts in this process's memory with the same rate (the limit then holds per process, not per
deployment), and leaves Redis alone for `REDIS_RETRY_SECONDS`, so a paused Redis costs one
timeout per process, not one per request; while another request-path user (the platform clock)
has just found Redis away (`tenants.redis.redis_away`), it does not even try.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import redis.exceptions
from django.core.cache.backends.locmem import LocMemCache
from rest_framework.settings import api_settings
from rest_framework.throttling import SimpleRateThrottle

from tenants.redis import redis_away, redis_failed

logger = logging.getLogger(__name__)

REDIS_RETRY_SECONDS = 10.0
REDIS_ERRORS = (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError)

_local_history = LocMemCache("intake-throttle", {"MAX_ENTRIES": 20_000})
_redis_down_until = {"at": 0.0}


class FailOpenThrottle(SimpleRateThrottle):
    scope = "intake"

    def get_rate(self) -> str | None:
        # Read at request time so a settings change (tests, reload) applies, unless a subclass
        # set rates of its own.
        rates: dict[str, Any] = self.THROTTLE_RATES
        if rates is SimpleRateThrottle.THROTTLE_RATES:
            rates = api_settings.DEFAULT_THROTTLE_RATES
        rate = rates.get(self.scope)
        return str(rate) if rate is not None else None

    def allow_request(self, request: Any, view: Any) -> bool:
        if time.monotonic() >= _redis_down_until["at"] and not redis_away():
            try:
                return super().allow_request(request, view)
            except REDIS_ERRORS as exc:
                _redis_down_until["at"] = time.monotonic() + REDIS_RETRY_SECONDS
                redis_failed()
                logger.warning("throttle: Redis unavailable (%s); counting in this process", exc)
        self.cache = _local_history
        try:
            return super().allow_request(request, view)
        finally:
            del self.cache  # back to the class attribute (Redis) for the next call
