"""Replay a recorded stream through the real detector on a simulated clock.

The engine, scorer and hysteresis are the live ones (crisis.engine / score / detector); only the
stores are swapped for memory versions (`MemoryFeatureStore`, `MemoryBaselines`, in-memory
subject states and a recording sink), so a replay never touches live Redis keys or crisis rows.
Baselines come from the stream's own history (the memory store's hourly counters stand in for the
hourly batch), so a replay needs a few days of data before a subject leaves the global prior.

The simulated clock moves to each row's timestamp. Between rows it runs what the live system
would: trailing debounced evaluations and the minute sweep (for every subject active in the last
two windows or with anything in flight), so slow burns and auto-resolves replay faithfully.

Stream rows (JSON lines): {"ts": ISO-8601 or epoch seconds, "subject": "acme" (or "subjects"),
"text"?, "platform"?, "source"?, "credibility"?, "sentiment"? (-1..1), "emotions"? {...},
"keywords"? [...], "reach"?, "followers"?, "verified"?, "severity"?, "category"?, "duplicate"?}.
Rows with text but no sentiment are scored with VADER; rows with neither count for volume only.
"""

from __future__ import annotations

import functools
import heapq
import json
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from crisis.baseline import MemoryBaselines
from crisis.detector import SubjectState
from crisis.engine import Engine, Evaluation
from crisis.features import (
    KeywordMatcher,
    MemoryFeatureStore,
    Observation,
    emotion_of,
    from_ts,
    terms_of,
    to_ts,
)
from crisis.models import LEVEL_RANK, Level
from crisis.score import DetectorSettings

SWEEP_SECONDS = 60


@dataclass
class ReplayCrisis:
    subject: str
    opened_ts: float
    level: str
    peak_level: str
    first_event_ts: float
    burst_start_ts: float
    alerts: list[tuple[float, str]] = field(default_factory=list)
    resolved_ts: float | None = None
    explanation: str = ""
    score: float = 0.0
    # Paging as escalation's defaults see it: a warning alert (P2) goes to the stakeholders'
    # digest; a high or critical one (P1/P0) pages only when the incident reaches a level it never
    # paged before (the per-incident rate limit: one page per tier and per level change); any
    # other alert (a reopening at a level already paged, a raise back to a level it had) is an
    # update in the same thread.
    pages: list[tuple[float, str]] = field(default_factory=list)
    updates: list[tuple[float, str]] = field(default_factory=list)
    digests: list[tuple[float, str]] = field(default_factory=list)
    reopens: list[float] = field(default_factory=list)

    @property
    def ttd_seconds(self) -> float:
        """Time to detect: opening − the first event of the burst that opened it."""
        return self.opened_ts - self.burst_start_ts

    def as_json(self) -> dict[str, Any]:
        return {
            "subject": self.subject,
            "opened_at": _iso(self.opened_ts),
            "level": self.level,
            "peak_level": self.peak_level,
            "alerts": [(_iso(t), lv) for t, lv in self.alerts],
            "resolved_at": _iso(self.resolved_ts) if self.resolved_ts else None,
            "pages": [(_iso(t), lv) for t, lv in self.pages],
            "updates": len(self.updates),
            "digests": len(self.digests),
            "reopened": [_iso(t) for t in self.reopens],
            "time_to_detect_seconds": round(self.ttd_seconds, 1),
            "after_subject_first_event_seconds": round(self.opened_ts - self.first_event_ts, 1),
            "explanation": self.explanation,
        }


def _iso(ts: float) -> str:
    return from_ts(ts).strftime("%Y-%m-%d %H:%M:%S")


class RecordingSink:
    """Records the crises a replay opens. With `reopen_within_seconds`, an opening within that
    time after the subject's last crisis resolved reopens it (the live story window,
    `GroupingConfig.reopen_window_minutes`: a replay has one subject per story)."""

    def __init__(self, first_seen: dict[str, float], store_for, reopen_within_seconds: float = 0) -> None:
        self.first_seen = first_seen
        self.store_for = store_for
        self.reopen_within_seconds = reopen_within_seconds
        self.last: dict[str, ReplayCrisis] = {}
        self.open: dict[str, ReplayCrisis] = {}
        self.crises: list[ReplayCrisis] = []
        self.samples: list[tuple[str, float, float, str]] = []
        self.keep_samples = False

    def sync(self, subject: str, state: SubjectState) -> None:
        return None

    def burst_start(self, ev: Evaluation) -> float:
        """The first event inside the window in which the score first crossed warning."""
        crossed = ev.state.above_since.get(Level.WARNING, ev.now_ts)
        first = self.store_for(ev.cfg.window_seconds).first_in_window(ev.subject, crossed)
        return first if first is not None else crossed

    def apply(self, ev: Evaluation) -> None:
        if self.keep_samples and ev.sample:
            self.samples.append((ev.subject, ev.now_ts, ev.result.score, ev.result.level))
        for d in ev.decisions:
            c = self.open.get(ev.subject)
            last = self.last.get(ev.subject)
            if (
                d.action == "open"
                and last is not None
                and last.resolved_ts is not None
                and ev.now_ts - last.resolved_ts <= self.reopen_within_seconds
            ):
                c = last
                c.resolved_ts = None
                c.reopens.append(ev.now_ts)
                self.open[ev.subject] = c
            elif d.action == "open":
                c = ReplayCrisis(
                    subject=ev.subject,
                    opened_ts=ev.now_ts,
                    level=d.level,
                    peak_level=d.level,
                    first_event_ts=self.first_seen.get(ev.subject, ev.now_ts),
                    burst_start_ts=self.burst_start(ev),
                    explanation=ev.result.explanation,
                    score=ev.result.score,
                )
                self.open[ev.subject] = c
                self.last[ev.subject] = c
                self.crises.append(c)
            if c is None:
                continue
            if d.action in ("open", "raise"):
                c.level = d.level
                if LEVEL_RANK[Level(d.level)] > LEVEL_RANK[Level(c.peak_level)]:
                    c.peak_level = d.level
                    c.explanation, c.score = ev.result.explanation, ev.result.score
                if d.alert:
                    c.alerts.append((ev.now_ts, d.level))
                    paged = max((LEVEL_RANK[Level(lv)] for _, lv in c.pages), default=0)
                    if d.level == Level.WARNING:
                        c.digests.append((ev.now_ts, d.level))
                    elif LEVEL_RANK[Level(d.level)] > paged:
                        c.pages.append((ev.now_ts, d.level))
                    else:
                        c.updates.append((ev.now_ts, d.level))
            elif d.action == "lower":
                c.level = d.level
            elif d.action == "resolve":
                c.resolved_ts = ev.now_ts
                c.level = Level.OK
                self.open.pop(ev.subject, None)


@dataclass
class ReplayResult:
    crises: list[ReplayCrisis]
    events: int
    evaluations: int
    subjects: int
    wall_seconds: float
    simulated_seconds: float
    samples: list[tuple[str, float, float, str]] = field(default_factory=list)


def _ts(value: Any) -> float:
    if isinstance(value, int | float):
        return float(value)
    return to_ts(datetime.fromisoformat(str(value).replace("Z", "+00:00")))


_vader = None


@functools.lru_cache(maxsize=65536)
def _sentiment(text: str) -> float:
    """VADER compound score (-1..1) for rows that carry text but no classification."""
    global _vader
    if _vader is None:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        _vader = SentimentIntensityAnalyzer()
    return float(_vader.polarity_scores(text)["compound"])


@functools.lru_cache(maxsize=65536)
def _terms(text: str) -> tuple[str, ...]:
    return tuple(terms_of(text, 5))


def observation_from_row(row: dict[str, Any], matcher: KeywordMatcher) -> Observation:
    subjects = row.get("subjects") or [row["subject"]]
    text = str(row.get("text") or "")
    obs = Observation(
        ts=_ts(row["ts"]),
        subjects=list(subjects),
        platform=str(row.get("platform") or "other"),
        source=str(row.get("source") or ""),
        credibility=float(row.get("credibility", 0.5)),
        reach=int(row.get("reach") or row.get("followers") or 0),
        verified=bool(row.get("verified", False)),
        event_id=row.get("id"),
        classified=False,
    )
    if row.get("duplicate"):
        return obs
    has_sentiment = row.get("sentiment") is not None
    if text or has_sentiment:
        obs.classified = True
        obs.sentiment = float(row["sentiment"]) if has_sentiment else _sentiment(text)
        obs.emotion = emotion_of(row.get("emotions"))
        found, weight = matcher.match(text)
        extra = [k.lower() for k in row.get("keywords") or []]
        obs.keywords = sorted(set(found) | set(extra))
        obs.keyword_weight = max(weight, 1.0 if extra else 0.0)
        obs.severity = str(row.get("severity") or "")
        obs.category = str(row.get("category") or "")
        obs.terms = list(_terms(text)) if text else []
    return obs


@dataclass
class ReplayConfig:
    settings: DetectorSettings
    overrides: dict[str, DetectorSettings]
    matcher: KeywordMatcher


def load_config(path: str | None) -> ReplayConfig:
    """A replay config: DetectorSettings fields, plus optional {"overrides": {subject: {...}}} and
    {"keywords": {"phrase": weight, ...}} (default: the built-in crisis vocabulary)."""
    if not path:
        return ReplayConfig(DetectorSettings(), {}, KeywordMatcher.default())
    with open(path) as fh:
        data = json.load(fh)
    overrides = data.pop("overrides", {})
    keywords = data.pop("keywords", None)
    base = DetectorSettings.from_dict(data)
    subject_cfgs = {s: DetectorSettings.from_dict({**data, **o}) for s, o in overrides.items()}
    if isinstance(keywords, list):
        keywords = {k: 1.0 for k in keywords}
    matcher = KeywordMatcher(keywords) if keywords else KeywordMatcher.default()
    return ReplayConfig(base, subject_cfgs, matcher)


def read_stream(path: str) -> Iterator[dict[str, Any]]:
    with open(path) as fh:
        for line in fh:
            line = line.strip()
            if line:
                yield json.loads(line)


def run(
    rows: Iterable[dict[str, Any]] | Iterable[Observation],
    cfg: DetectorSettings,
    *,
    overrides: dict[str, DetectorSettings] | None = None,
    total: int | None = None,
    progress: bool = False,
    speed: float | None = None,
    keep_samples: bool = False,
    sweep_seconds: int = SWEEP_SECONDS,
    matcher: KeywordMatcher | None = None,
    reopen_within_seconds: float = 0,
) -> ReplayResult:
    """Replay rows (dicts or prepared Observations, in time order) and return the crises (with
    `reopen_within_seconds`, a flare-up that soon after a resolution reopens its crisis)."""
    overrides = overrides or {}
    matcher = matcher or KeywordMatcher.default()
    stores: dict[int, MemoryFeatureStore] = {}

    def store_for(w: int) -> MemoryFeatureStore:
        if w not in stores:
            stores[w] = MemoryFeatureStore(w)
        return stores[w]

    def settings_for(subject: str) -> DetectorSettings:
        return overrides.get(subject, cfg)

    first_seen: dict[str, float] = {}
    sink = RecordingSink(first_seen, store_for, reopen_within_seconds)
    sink.keep_samples = keep_samples
    baselines = _MultiBaselines(store_for)
    engine = Engine(stores=store_for, baselines=baselines, settings_for=settings_for, sink=sink)
    states: dict[str, SubjectState] = {}
    last_eval: dict[str, float] = {}
    pending: list[tuple[float, str]] = []
    counters = {"events": 0, "evaluations": 0}

    def evaluate(subject: str, ts: float) -> None:
        state = states.setdefault(subject, SubjectState())
        last_eval[subject] = ts
        if engine.evaluate(subject, ts, state) is not None:
            counters["evaluations"] += 1

    def advance_to(ts: float) -> None:
        while True:
            next_sweep = clock["sweep"] + sweep_seconds
            next_trail = pending[0][0] if pending else float("inf")
            t = min(next_sweep, next_trail)
            if t > ts:
                return
            if next_trail <= next_sweep:
                _, subject = heapq.heappop(pending)
                scheduled.discard(subject)
                evaluate(subject, t)
            else:
                clock["sweep"] = next_sweep
                for subject, state in list(states.items()):
                    w = settings_for(subject).window_seconds
                    recent = store_for(w).last_seen.get(subject, 0.0) >= t - max(2 * w, 120)
                    if recent or not state.idle:
                        evaluate(subject, t)

    clock: dict[str, float] = {}
    scheduled: set[str] = set()
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=total, unit="ev", mininterval=0.5)
    started = time.monotonic()
    first_ts = last_ts = None
    for row in rows:
        obs = row if isinstance(row, Observation) else observation_from_row(row, matcher)
        if first_ts is None:
            first_ts = obs.ts
            clock["sweep"] = obs.ts - obs.ts % sweep_seconds
        if speed and last_ts is not None and obs.ts > last_ts:
            time.sleep(min((obs.ts - last_ts) / speed, 5.0))
        advance_to(obs.ts)
        last_ts = obs.ts
        counters["events"] += 1
        for subject in engine.observe([obs]):
            first_seen.setdefault(subject, obs.ts)
            states.setdefault(subject, SubjectState())
            debounce = settings_for(subject).debounce_seconds
            if obs.ts - last_eval.get(subject, -1e18) >= debounce:
                evaluate(subject, obs.ts)
            elif subject not in scheduled:
                scheduled.add(subject)
                heapq.heappush(pending, (last_eval[subject] + debounce, subject))
        if bar is not None:
            bar.update(1)
    # Let the tail play out: enough sweeps to resolve whatever is still open.
    if last_ts is not None:
        tail = max(settings_for(s).resolve_windows * settings_for(s).window_seconds for s in states or [""])
        advance_to(last_ts + tail + 3 * sweep_seconds)
    if bar is not None:
        bar.close()
    return ReplayResult(
        crises=sink.crises,
        events=counters["events"],
        evaluations=counters["evaluations"],
        subjects=len(states),
        wall_seconds=time.monotonic() - started,
        simulated_seconds=(last_ts - first_ts) if first_ts is not None and last_ts is not None else 0.0,
        samples=sink.samples,
    )


class _MultiBaselines:
    def __init__(self, store_for) -> None:
        self.store_for = store_for
        self._by_window: dict[int, MemoryBaselines] = {}

    def get(self, subject: str, now_ts: float, cfg: DetectorSettings):
        w = cfg.window_seconds
        if w not in self._by_window:
            self._by_window[w] = MemoryBaselines(self.store_for(w))
        return self._by_window[w].get(subject, now_ts, cfg)


def compare(a: list[ReplayCrisis], b: list[ReplayCrisis], *, slack_seconds: float = 3600) -> dict[str, list]:
    """Match crises of two runs (same subject, overlapping or within `slack_seconds`)."""
    used: set[int] = set()
    only_a, both = [], []
    for ca in a:
        match = None
        for i, cb in enumerate(b):
            if i in used or cb.subject != ca.subject:
                continue
            a_end = ca.resolved_ts or float("inf")
            b_end = cb.resolved_ts or float("inf")
            if cb.opened_ts <= a_end + slack_seconds and ca.opened_ts <= b_end + slack_seconds:
                match = i
                break
        if match is None:
            only_a.append(ca)
        else:
            used.add(match)
            both.append((ca, b[match]))
    only_b = [cb for i, cb in enumerate(b) if i not in used]
    return {"only_a": only_a, "only_b": only_b, "both": both}
