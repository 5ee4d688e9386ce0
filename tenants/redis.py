"""The one way to get a Redis client: `redis_client()` for `settings.REDIS_URL`, or
`redis_client(url)` for another Redis (the Celery broker's queues, the demo sinks).

One connection pool per URL and process. A new connection per call costs a TCP handshake
(milliseconds under load, and a socket per call); a pool shared across a fork would hand the
parent's sockets to the child. redis-py's pool already notices a fork and reconnects, but keying
the cache by pid as well keeps a forked Celery child from even touching its parent's pool.

Timeouts are the same everywhere: callers treat Redis errors as transient (tasks retry them, dedup
and throttles fall back), so a slow Redis must fail within seconds rather than hang a worker.
"""

from __future__ import annotations

import os
import threading
import time

import redis

SOCKET_TIMEOUT_SECONDS = 5.0
CONNECT_TIMEOUT_SECONDS = 2.0

_pools: dict[tuple[int, str, bool], redis.ConnectionPool] = {}
_lock = threading.Lock()


# One breaker for the process: code on a request's path (the platform clock, the intake throttle)
# that finds Redis away says so here, and the others fail over at once instead of each paying its
# own client timeout in turn (a paused Redis cost a post three timeouts, ~12 s, before this).
_away = {"until": 0.0}
REDIS_AWAY_SECONDS = 5.0
# Reads on a request's path that have a fallback use this timeout, not the client's 5 s.
FAST_TIMEOUT_SECONDS = 1.0


def redis_away() -> bool:
    """True while a recent call found Redis unavailable (callers with a fallback use it)."""
    return time.monotonic() < _away["until"]


def redis_failed() -> None:
    """A call just found Redis unavailable: callers with a fallback skip it for a few seconds."""
    _away["until"] = time.monotonic() + REDIS_AWAY_SECONDS


def redis_back() -> None:
    """A call just succeeded where it had to (a write with no fallback): Redis is back."""
    _away["until"] = 0.0


def redis_client(url: str | None = None, *, fast: bool = False) -> redis.Redis:
    """A client on the process-wide pool for `url` (default: `settings.REDIS_URL`); `fast`: on a
    pool whose calls give up after `FAST_TIMEOUT_SECONDS` (for reads that have a fallback)."""
    if url is None:
        from django.conf import settings

        url = settings.REDIS_URL
    key = (os.getpid(), url, fast)
    pool = _pools.get(key)
    if pool is None:
        with _lock:
            pool = _pools.get(key)
            if pool is None:
                timeout = FAST_TIMEOUT_SECONDS if fast else SOCKET_TIMEOUT_SECONDS
                pool = redis.ConnectionPool.from_url(
                    url,
                    socket_timeout=timeout,
                    socket_connect_timeout=min(timeout, CONNECT_TIMEOUT_SECONDS),
                )
                _pools[key] = pool
    return redis.Redis(connection_pool=pool)


# Every Redis key family that holds a tenant's state, by where its schema sits. Counters and
# claims keyed by row ids (events, classifications) are only true of the database they came from.
TENANT_KEY_PATTERNS = (
    "{schema}:*",  # Django's cache (django_tenants.cache.make_key)
    "dedup:{schema}:*",
    "crisis:feat:{schema}:*",
    "crisis:seen:{schema}:*",
    "crisis:emb:{schema}:*",
    "crisis:story-look:{schema}:*",
    "crisis:deb:lead:{schema}:*",
    "crisis:deb:trail:{schema}:*",
    "crisis:deb:streak:{schema}:*",
    "throttle:intake:{schema}:*",
    "ingestion:pii_hold_mail:{schema}",
    "classification:llm:budget_told:{schema}:*",
    "classification:llm:cache:{schema}:*",
)


def tenant_keys_forget(*, schema: str) -> int:
    """Delete everything Redis holds for `schema` (a tenant created anew under a name an earlier
    one had, or a database reset): the feature store's "already counted" claims, dedup signatures
    and embeddings are keyed by row ids, and ids start again at 1 in a new schema, so stale keys
    would make new events count as seen or as duplicates of events that no longer exist.
    Returns how many keys went."""
    client = redis_client()
    gone = 0
    for pattern in TENANT_KEY_PATTERNS:
        batch: list[bytes] = []
        for key in client.scan_iter(match=pattern.format(schema=schema), count=1000):
            batch.append(key)
            if len(batch) >= 500:
                gone += client.delete(*batch)
                batch = []
        if batch:
            gone += client.delete(*batch)
    return gone
