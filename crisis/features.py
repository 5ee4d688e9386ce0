"""Streaming features per (tenant, subject): counters per evaluation window.

Every classified event (and every near-duplicate, for volume and reach only) becomes an
`Observation`; `FeatureStore.add` increments the counters of the window bucket its `ts` falls in.
Live, `ts` is the event's *arrival* at the detector (late events from polled feeds and busy workers
still make a spike now; their `occurred_ts` keeps when they happened); in a replay, on a simulated
clock, arrival and occurrence are the same instant. The detector reads a *sliding* window: the
current bucket plus the previous bucket weighted by the part of it still inside the window (the
sliding-window-counter estimate), so an evaluation at any moment sees the last `window_seconds`
without keeping per-event lists.

Two stores share one interface: `crisis.redis_store.RedisFeatureStore` (live; keys prefixed per
tenant schema and expiring after a few hours) and `MemoryFeatureStore` here (replays and
benchmarks: never touches live data). The memory store also keeps hourly counters so a replay can
build its own baselines.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from crisis.models import DEFAULT_KEYWORDS

NEGATIVE_SENTIMENT = -0.05
NEGATIVE_EMOTIONS = ("anger", "fear", "disgust")

# fmt: off
_STOPWORDS = frozenset([
    "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
    "because", "been", "before", "being", "but", "by", "can", "could", "did", "do", "does", "doing",
    "don", "down", "for", "from", "get", "got", "had", "has", "have", "having", "he", "her", "here",
    "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "like", "me",
    "more", "most", "my", "no", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our",
    "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their",
    "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until",
    "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "why", "will",
    "with", "would", "you", "your", "yours", "http", "https", "www", "com", "amp", "rt", "via", "im",
    "dont", "cant", "wont", "ive",
])
# fmt: on
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
        self._re: re.Pattern[str] | None
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
        cls, cur: Mapping[str, float], prev: Mapping[str, float], prev_share: float
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
        self._buckets: dict[tuple[str, int], Counter[str]] = defaultdict(Counter)
        self._hours: dict[str, dict[int, Counter]] = defaultdict(lambda: defaultdict(Counter))
        self._terms: dict[tuple[str, int], Counter[str]] = defaultdict(Counter)
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
        cur: Mapping[str, float] = self._buckets.get((subject, b), {})
        prev: Mapping[str, float] = self._buckets.get((subject, b - 1), {})
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
        counts = self._terms.get((subject, hour_of(now_ts)), Counter())
        terms: list[tuple[str, float]] = [(term, n) for term, n in counts.most_common(limit)]
        return terms

    def top_events(self, subject: str, now_ts: float, limit: int = 5) -> list[int]:
        b = bucket_of(now_ts, self.window_seconds)
        merged = {**self._events.get((subject, b - 1), {}), **self._events.get((subject, b), {})}
        return [e for e, _ in sorted(merged.items(), key=lambda kv: -kv[1])[:limit]]

    def hourly(self, subject: str) -> dict[int, Counter]:
        return self._hours.get(subject, {})

    def active_subjects(self, since_ts: float) -> list[str]:
        return [s for s, ts in self.last_seen.items() if ts >= since_ts]


def to_ts(at: datetime) -> float:
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.timestamp()


def from_ts(ts: float) -> datetime:
    return datetime.fromtimestamp(ts, tz=UTC)
