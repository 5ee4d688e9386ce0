"""Streaming features per (tenant, subject): counters per evaluation window, in Redis.

Every classified event (and every near-duplicate, for volume and reach only) becomes an
`Observation`; `FeatureStore.add` increments the counters of the window bucket its `ts` falls in.
Live, `ts` is the event's *arrival* at the detector (late events from polled feeds and busy workers
still make a spike now; their `occurred_ts` keeps when they happened); in a replay, on a simulated
clock, arrival and occurrence are the same instant. The detector reads a *sliding* window: the current bucket plus the previous bucket weighted by the part
of it still inside the window (the sliding-window-counter estimate), so an evaluation at any moment
sees the last `window_seconds` without keeping per-event lists.

Two stores share one interface: `RedisFeatureStore` (live; keys prefixed per tenant schema and
expiring after a few hours) and `MemoryFeatureStore` (replays and benchmarks: never touches live
data). The memory store also keeps hourly counters so a replay can build its own baselines.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import redis
from django.conf import settings

from crisis.models import DEFAULT_KEYWORDS

NEGATIVE_SENTIMENT = -0.05
NEGATIVE_EMOTIONS = ("anger", "fear", "disgust")
KEY_TTL_SECONDS = 6 * 3600
TOP_EVENTS_PER_BUCKET = 20

_STOPWORDS = frozenset(
    [
        "a",
        "about",
        "after",
        "again",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "don",
        "down",
        "for",
        "from",
        "get",
        "got",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "him",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "just",
        "like",
        "me",
        "more",
        "most",
        "my",
        "no",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "http",
        "https",
        "www",
        "com",
        "amp",
        "rt",
        "via",
        "im",
        "dont",
        "cant",
        "wont",
        "ive",
    ]
)
_WORD = re.compile(r"[a-z][a-z0-9']{2,}")


# --- Observations -----------------------------------------------------------------------------


@dataclass
class Observation:
    """One event as the detector sees it. `classified=False` (near-duplicates, volume-only
    replays) counts for volume, reach and platforms but not for the ratios."""

    ts: float
    subjects: list[str]
    platform: str = "other"
    source: str = ""
    credibility: float = 0.5
    weight: int = 1
    classified: bool = True
    sentiment: float = 0.0
    emotion: float = 0.0
    keywords: list[str] = field(default_factory=list)
    keyword_weight: float = 0.0
    reach: int = 0
    verified: bool = False
    severity: str = ""
    category: str = ""
    terms: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    event_id: int | None = None
    # When it happened, if not `ts`. Live, `ts` is the arrival at the detector (the window it
    # counts in) and `occurred_ts` the event's own time (first event / time-to-detect); a replay
    # runs on a simulated clock where the two are the same and leaves this None.
    occurred_ts: float | None = None

    @property
    def happened_ts(self) -> float:
        return self.ts if self.occurred_ts is None else self.occurred_ts


class KeywordMatcher:
    """Matches a crisis vocabulary on word boundaries; phrases may hold several words."""

    def __init__(self, weighted: dict[str, float]) -> None:
        self.weights = {k.lower(): w for k, w in weighted.items() if k.strip()}
        if self.weights:
            alternatives = sorted(self.weights, key=len, reverse=True)
            self._re = re.compile(r"\b(" + "|".join(re.escape(k) for k in alternatives) + r")\b", re.I)
        else:
            self._re = None

    @classmethod
    def default(cls) -> KeywordMatcher:
        return cls({k: 1.0 for k in DEFAULT_KEYWORDS})

    def match(self, text: str) -> tuple[list[str], float]:
        if not self._re or not text:
            return [], 0.0
        found = sorted({m.group(1).lower() for m in self._re.finditer(text)})
        return found, max((self.weights.get(k, 1.0) for k in found), default=0.0)


def terms_of(text: str, limit: int = 10) -> list[str]:
    words = [w.strip("'") for w in _WORD.findall(text.lower())]
    counts = Counter(w for w in words if w not in _STOPWORDS and len(w) > 2)
    return [w for w, _ in counts.most_common(limit)]


def emotion_of(emotions: dict | None) -> float:
    if not emotions:
        return 0.0
    return max(float(emotions.get(name, 0.0) or 0.0) for name in NEGATIVE_EMOTIONS)


# --- Window features --------------------------------------------------------------------------


@dataclass
class WindowFeatures:
    """The sliding window's aggregate, as the scorer reads it."""

    mentions: float = 0.0
    classified: float = 0.0  # credibility-weighted classified events (the ratios' denominator)
    negative: float = 0.0
    sentiment_sum: float = 0.0
    emotion_sum: float = 0.0
    keyword_events: float = 0.0
    reach: float = 0.0
    verified: float = 0.0
    verified_reach: float = 0.0
    credibility_sum: float = 0.0
    platforms: dict[str, float] = field(default_factory=dict)
    sources: dict[str, float] = field(default_factory=dict)
    severities: dict[str, float] = field(default_factory=dict)
    keywords: dict[str, float] = field(default_factory=dict)

    @property
    def negative_ratio(self) -> float:
        return self.negative / self.classified if self.classified else 0.0

    @property
    def sentiment_mean(self) -> float:
        return self.sentiment_sum / self.classified if self.classified else 0.0

    @property
    def emotion_ratio(self) -> float:
        return self.emotion_sum / self.classified if self.classified else 0.0

    @property
    def keyword_ratio(self) -> float:
        return self.keyword_events / self.classified if self.classified else 0.0

    @property
    def credibility(self) -> float:
        return self.credibility_sum / self.mentions if self.mentions else 0.0

    @classmethod
    def from_counters(
        cls, cur: dict[str, float], prev: dict[str, float], prev_share: float
    ) -> WindowFeatures:
        merged: dict[str, float] = defaultdict(float)
        for k, v in cur.items():
            merged[k] += v
        for k, v in prev.items():
            merged[k] += v * prev_share
        f = cls(
            mentions=merged.get("n", 0.0),
            classified=merged.get("nc", 0.0),
            negative=merged.get("neg", 0.0),
            sentiment_sum=merged.get("sent", 0.0),
            emotion_sum=merged.get("emo", 0.0),
            keyword_events=merged.get("kw", 0.0),
            reach=merged.get("reach", 0.0),
            verified=merged.get("ver", 0.0),
            verified_reach=merged.get("vreach", 0.0),
            credibility_sum=merged.get("cred", 0.0),
        )
        for k, v in merged.items():
            if ":" in k and v > 0:
                group, name = k.split(":", 1)
                target = {"p": f.platforms, "s": f.sources, "sev": f.severities, "k": f.keywords}.get(group)
                if target is not None:
                    target[name] = v
        return f


def counters_of(obs: Observation) -> dict[str, float]:
    """The increments one observation adds to its bucket."""
    w = float(obs.weight)
    c: dict[str, float] = {
        "n": w,
        "reach": float(obs.reach),
        "cred": w * obs.credibility,
        f"p:{obs.platform}": w,
    }
    if obs.source:
        c[f"s:{obs.source}"] = w
    if obs.verified:
        c["ver"] = w
        c["vreach"] = float(obs.reach)
    if obs.classified:
        cw = w * max(obs.credibility, 0.05)
        c["nc"] = cw
        if obs.sentiment <= NEGATIVE_SENTIMENT:
            c["neg"] = cw
        c["sent"] = cw * obs.sentiment
        c["emo"] = cw * obs.emotion
        if obs.keywords:
            c["kw"] = cw * obs.keyword_weight
            for k in obs.keywords:
                c[f"k:{k}"] = w
        if obs.severity:
            c[f"sev:{obs.severity}"] = w
    return c


def arrival_share(counters: dict[str, float], *, since_ts: float, default: float) -> float:
    """The part of a bucket that arrived at or after `since_ts`, from its arrival histogram
    (`a:<centiseconds>` → mentions; live store only).

    The sliding-window estimate assumes a bucket's events are spread evenly over it; live, they
    come in batches (a poller's page, a queue drained after a stall), so a batch that arrived just
    before the window would still be counted almost in full. Without a histogram (a replay's memory
    store, keys written before it existed) the even-spread `default` applies."""
    total = inside = 0.0
    since_cs = since_ts * 100
    for k, v in counters.items():
        if k.startswith("a:"):
            total += v
            if int(k[2:]) >= since_cs:
                inside += v
    return inside / total if total else default


def bucket_of(ts: float, window_seconds: int) -> int:
    return int(ts // window_seconds)


def hour_of(ts: float) -> int:
    return int(ts // 3600)


# --- Stores -----------------------------------------------------------------------------------


class MemoryFeatureStore:
    """In-process store for replays and benchmarks (same semantics as the Redis store)."""

    def __init__(self, window_seconds: int) -> None:
        self.window_seconds = window_seconds
        self._buckets: dict[tuple[str, int], Counter] = defaultdict(Counter)
        self._hours: dict[str, dict[int, Counter]] = defaultdict(lambda: defaultdict(Counter))
        self._terms: dict[tuple[str, int], Counter] = defaultdict(Counter)
        self._events: dict[tuple[str, int], dict[int, float]] = defaultdict(dict)
        self._first: dict[tuple[str, int], float] = {}
        self.last_seen: dict[str, float] = {}

    def add(self, observations: Iterable[Observation]) -> set[str]:
        touched: set[str] = set()
        for obs in observations:
            inc = counters_of(obs)
            b, h = bucket_of(obs.ts, self.window_seconds), hour_of(obs.ts)
            for subject in obs.subjects:
                self._buckets[(subject, b)].update(inc)
                if obs.happened_ts < self._first.get((subject, b), float("inf")):
                    self._first[(subject, b)] = obs.happened_ts
                self._hours[subject][h].update(inc)
                if obs.terms:
                    self._terms[(subject, h)].update(obs.terms)
                if obs.event_id is not None:
                    self._events[(subject, b)][obs.event_id] = obs.reach + 1
                self.last_seen[subject] = max(self.last_seen.get(subject, 0.0), obs.ts)
                touched.add(subject)
        return touched

    def window(self, subject: str, now_ts: float) -> WindowFeatures:
        b = bucket_of(now_ts, self.window_seconds)
        share = 1.0 - (now_ts - b * self.window_seconds) / self.window_seconds
        cur = self._buckets.get((subject, b), {})
        prev = self._buckets.get((subject, b - 1), {})
        return WindowFeatures.from_counters(cur, prev, share)

    def first_in_window(self, subject: str, now_ts: float) -> float | None:
        """Timestamp of the earliest observation inside the window ending at `now_ts`."""
        b = bucket_of(now_ts, self.window_seconds)
        candidates = [
            t
            for t in (self._first.get((subject, b - 1)), self._first.get((subject, b)))
            if t is not None and t >= now_ts - self.window_seconds
        ]
        return min(candidates) if candidates else None

    def top_terms(self, subject: str, now_ts: float, limit: int = 50) -> list[tuple[str, float]]:
        return self._terms.get((subject, hour_of(now_ts)), Counter()).most_common(limit)

    def top_events(self, subject: str, now_ts: float, limit: int = 5) -> list[int]:
        b = bucket_of(now_ts, self.window_seconds)
        merged = {**self._events.get((subject, b - 1), {}), **self._events.get((subject, b), {})}
        return [e for e, _ in sorted(merged.items(), key=lambda kv: -kv[1])[:limit]]

    def hourly(self, subject: str) -> dict[int, Counter]:
        return self._hours.get(subject, {})

    def active_subjects(self, since_ts: float) -> list[str]:
        return [s for s, ts in self.last_seen.items() if ts >= since_ts]


_clients: dict[str, redis.Redis] = {}


def redis_client() -> redis.Redis:
    url = settings.REDIS_URL
    if url not in _clients:
        _clients[url] = redis.Redis.from_url(url, socket_timeout=5)
    return _clients[url]


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
        return [(t.decode(), s) for t, s in rows]

    def top_events(self, subject: str, now_ts: float, limit: int = 5) -> list[int]:
        b = bucket_of(now_ts, self.window_seconds)
        merged: dict[int, float] = {}
        for bucket in (b - 1, b):
            for eid, score in self.r.zrevrange(self._k("e", subject, bucket), 0, limit - 1, withscores=True):
                merged[int(eid)] = score
        return [e for e, _ in sorted(merged.items(), key=lambda kv: -kv[1])[:limit]]

    def active_subjects(self, since_ts: float) -> list[str]:
        key = self._k("active")
        self.r.zremrangebyscore(key, "-inf", since_ts - 86400)
        return [s.decode() for s in self.r.zrangebyscore(key, since_ts, "+inf")]


def to_ts(at: datetime) -> float:
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.timestamp()


def from_ts(ts: float) -> datetime:
    return datetime.fromtimestamp(ts, tz=UTC)
