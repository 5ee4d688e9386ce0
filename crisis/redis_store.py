"""The live feature store: the counters of `crisis.features` in Redis, per tenant and subject.

One hash per (tenant schema, subject, window bucket) with the counters and an arrival histogram,
top terms per hour, top events per bucket, the earliest occurrence per arrival instant, and a
sorted set of recently active subjects that the minute sweep walks. Keys expire after a few hours:
baselines come from the hourly rollups in Postgres, not from here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import cast

from crisis.features import (
    Observation,
    WindowFeatures,
    arrival_share,
    bucket_of,
    counters_of,
    hour_of,
)
from tenants.redis import redis_client

KEY_TTL_SECONDS = 6 * 3600

# KEYS: window hash, hour terms zset, bucket events zset, active subjects zset, bucket first zset.
# ARGV: ttl, subject, ts, first occurred, n, field/value × n/2, m, term/count × m/2,
#       score/event_id pairs...
# The bucket's "first" zset maps each arrival instant (member) to the earliest occurrence among
# the events that arrived then (score, kept at its minimum): a window's first event is the earliest
# occurrence among the events that *arrived* inside it.
_ADD_LUA = """
local ttl = tonumber(ARGV[1])
redis.call('ZADD', KEYS[5], 'LT', ARGV[4], ARGV[3])
redis.call('EXPIRE', KEYS[5], ttl)
local i = 5
local n = tonumber(ARGV[i])
for j = i + 1, i + n, 2 do redis.call('HINCRBYFLOAT', KEYS[1], ARGV[j], ARGV[j + 1]) end
redis.call('EXPIRE', KEYS[1], ttl)
i = i + n + 1
local m = tonumber(ARGV[i])
for j = i + 1, i + m, 2 do redis.call('ZINCRBY', KEYS[2], ARGV[j + 1], ARGV[j]) end
if m > 0 then redis.call('EXPIRE', KEYS[2], ttl) end
i = i + m + 1
if i <= #ARGV then
  for j = i, #ARGV, 2 do redis.call('ZADD', KEYS[3], 'GT', ARGV[j], ARGV[j + 1]) end
  redis.call('EXPIRE', KEYS[3], ttl)
end
redis.call('ZADD', KEYS[4], 'GT', ARGV[3], ARGV[2])
return 1
"""


class RedisFeatureStore:
    """Live store: one hash per (tenant, subject, window bucket), top terms per hour, top events
    per bucket, and a sorted set of recently active subjects the sweep walks."""

    def __init__(self, *, schema: str, window_seconds: int, prefix: str = "crisis:feat") -> None:
        self.window_seconds = window_seconds
        self.prefix = f"{prefix}:{schema}:{window_seconds}"
        self.r = redis_client()
        self._script = self.r.register_script(_ADD_LUA)

    def _k(self, *parts: object) -> str:
        return ":".join([self.prefix, *map(str, parts)])

    def add(self, observations: Iterable[Observation]) -> set[str]:
        """Aggregate the batch per (subject, bucket) in Python, then one Lua call per group
        (counters, terms, top events, activity) in one pipeline: ~1 round trip per batch."""
        groups: dict[tuple[str, int], dict] = {}
        for obs in observations:
            inc = counters_of(obs)
            b = bucket_of(obs.ts, self.window_seconds)
            for subject in obs.subjects:
                g = groups.setdefault(
                    (subject, b),
                    {
                        "inc": Counter(),
                        "terms": Counter(),
                        "events": {},
                        "ts": 0.0,
                        "first": float("inf"),
                        "h": hour_of(obs.ts),
                    },
                )
                g["inc"].update(inc)
                g["inc"][f"a:{int(obs.ts * 100)}"] += float(obs.weight)  # arrivals, per 10 ms
                g["terms"].update(obs.terms)
                if obs.event_id is not None:
                    g["events"][obs.event_id] = max(g["events"].get(obs.event_id, 0), obs.reach + 1)
                g["ts"] = max(g["ts"], obs.ts)
                g["first"] = min(g["first"], obs.happened_ts)
        if not groups:
            return set()
        pipe = self.r.pipeline(transaction=False)
        for (subject, b), g in groups.items():
            fields = [x for k, v in g["inc"].items() if v for x in (k, repr(float(v)))]
            terms = [x for t, n in g["terms"].items() for x in (t, n)]
            events = [x for e, r in g["events"].items() for x in (r, str(e))]
            self._script(
                keys=[
                    self._k("w", subject, b),
                    self._k("t", subject, g["h"]),
                    self._k("e", subject, b),
                    self._k("active"),
                    self._k("f", subject, b),
                ],
                args=[
                    KEY_TTL_SECONDS,
                    subject,
                    repr(float(g["ts"])),
                    repr(float(g["first"])),
                    len(fields),
                    *fields,
                    len(terms),
                    *terms,
                    *events,
                ],
                client=pipe,
            )
        pipe.execute()
        return {subject for subject, _ in groups}

    def window(self, subject: str, now_ts: float) -> WindowFeatures:
        return self.windows([subject], now_ts)[subject]

    def windows(self, subjects: list[str], now_ts: float) -> dict[str, WindowFeatures]:
        b = bucket_of(now_ts, self.window_seconds)
        share = 1.0 - (now_ts - b * self.window_seconds) / self.window_seconds
        pipe = self.r.pipeline(transaction=False)
        for s in subjects:
            pipe.hgetall(self._k("w", s, b))
            pipe.hgetall(self._k("w", s, b - 1))
        raw = pipe.execute()
        out = {}
        for i, s in enumerate(subjects):
            cur = {k.decode(): float(v) for k, v in raw[2 * i].items()}
            prev = {k.decode(): float(v) for k, v in raw[2 * i + 1].items()}
            prev_share = arrival_share(prev, since_ts=now_ts - self.window_seconds, default=share)
            out[s] = WindowFeatures.from_counters(cur, prev, prev_share)
        return out

    def first_in_window(self, subject: str, now_ts: float) -> float | None:
        """When the earliest event counted in the window ending at `now_ts` happened (its
        occurrence, which for a late event is before the window)."""
        b = bucket_of(now_ts, self.window_seconds)
        pipe = self.r.pipeline(transaction=False)
        for bucket in (b - 1, b):
            pipe.zrange(self._k("f", subject, bucket), 0, -1, withscores=True)
        since = now_ts - self.window_seconds
        firsts = [
            first for rows in pipe.execute() for arrived, first in rows if since <= float(arrived) <= now_ts
        ]
        return min(firsts) if firsts else None

    def top_terms(self, subject: str, now_ts: float, limit: int = 50) -> list[tuple[str, float]]:
        rows = self.r.zrevrange(self._k("t", subject, hour_of(now_ts)), 0, limit - 1, withscores=True)
        return [(t.decode(), s) for t, s in cast("list[tuple[bytes, float]]", rows)]

    def top_events(self, subject: str, now_ts: float, limit: int = 5) -> list[int]:
        b = bucket_of(now_ts, self.window_seconds)
        merged: dict[int, float] = {}
        for bucket in (b - 1, b):
            rows = self.r.zrevrange(self._k("e", subject, bucket), 0, limit - 1, withscores=True)
            for eid, score in cast("list[tuple[bytes, float]]", rows):
                merged[int(eid)] = score
        return [e for e, _ in sorted(merged.items(), key=lambda kv: -kv[1])[:limit]]

    def active_subjects(self, since_ts: float) -> list[str]:
        key = self._k("active")
        self.r.zremrangebyscore(key, "-inf", since_ts - 86400)
        return [s.decode() for s in cast("list[bytes]", self.r.zrangebyscore(key, since_ts, "+inf"))]
