"""The detector loop, shared by the live pipeline, the replay command and the benchmarks.

    observe(observations)        → feature store (streaming counters)
    evaluate(subjects, now_ts)   → features + baseline → score → hysteresis step → sink

The engine knows nothing about Postgres or Celery: the live pipeline plugs in the Redis store, the
`HourlyRollup` baselines, `DetectorState` rows and a sink that calls crisis.services; a replay plugs
in memory versions of each. Same scoring, same hysteresis, same decisions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from crisis.detector import Decision, SubjectState, step
from crisis.features import Observation, WindowFeatures, bucket_of
from crisis.models import Level
from crisis.score import Baseline, DetectorSettings, ScoreResult, compute


class Store(Protocol):
    def add(self, observations: Iterable[Observation]) -> set[str]: ...
    def window(self, subject: str, now_ts: float) -> WindowFeatures: ...
    def top_events(self, subject: str, now_ts: float, limit: int = 5) -> list[int]: ...
    def top_terms(self, subject: str, now_ts: float, limit: int = 50) -> list[tuple[str, float]]: ...


class Baselines(Protocol):
    def get(self, subject: str, now_ts: float, cfg: DetectorSettings) -> Baseline: ...


class Sink(Protocol):
    def sync(self, subject: str, state: SubjectState) -> None: ...
    def apply(self, evaluation: Evaluation) -> None: ...


@dataclass
class Evaluation:
    subject: str
    now_ts: float
    cfg: DetectorSettings
    result: ScoreResult
    baseline: Baseline
    decisions: list[Decision]
    state: SubjectState
    sample: bool
    top_events: list[int] = field(default_factory=list)
    top_terms: list[tuple[str, float]] = field(default_factory=list)
    # On open: when the first event counted in the window in which the score first crossed warning
    # happened (None when the store cannot tell).
    first_event_ts: float | None = None

    def result_json(self) -> dict[str, Any]:
        data = self.result.as_json()
        data["baseline"] = {
            "mean": round(self.baseline.mean, 3),
            "std": round(self.baseline.std, 3),
            "basis": self.baseline.basis,
            "days": self.baseline.days,
        }
        data["top_terms"] = [t for t, _ in self.top_terms[:10]]
        return data


class Engine:
    def __init__(
        self,
        *,
        stores: Callable[[int], Store],
        baselines: Baselines,
        settings_for: Callable[[str], DetectorSettings],
        sink: Sink,
    ) -> None:
        self.stores = stores  # window_seconds → store (subjects may have different windows)
        self.baselines = baselines
        self.settings_for = settings_for
        self.sink = sink

    def observe(self, observations: list[Observation]) -> set[str]:
        """Add observations to each subject's store (grouped by the subject's window length)."""
        by_window: dict[int, list[Observation]] = {}
        for obs in observations:
            for subject in obs.subjects:
                w = self.settings_for(subject).window_seconds
                by_window.setdefault(w, []).append(
                    obs if len(obs.subjects) == 1 else _for_subject(obs, subject)
                )
        touched: set[str] = set()
        for w, group in by_window.items():
            touched |= self.stores(w).add(group)
        return touched

    def evaluate(
        self,
        subject: str,
        now_ts: float,
        state: SubjectState,
        *,
        force: bool = False,
        features: WindowFeatures | None = None,
    ) -> Evaluation | None:
        """Score `subject` at `now_ts` and advance its `state` (mutated in place).

        Returns None (and changes nothing) for a quiet subject with nothing in flight: below half
        the mention floor its level is ok whatever the other signals say.
        """
        cfg = self.settings_for(subject)
        store = self.stores(cfg.window_seconds)
        if features is None:
            features = store.window(subject, now_ts)
        if not force and is_quiet(state, features, cfg):
            return None
        self.sink.sync(subject, state)
        baseline = self.baselines.get(subject, now_ts, cfg)
        result = compute(features, baseline, cfg)
        previous_level = state.level
        decisions = step(state, level=result.level, now_ts=now_ts, cfg=cfg)
        bucket = bucket_of(now_ts, cfg.window_seconds)
        sample = (
            decisions != []
            or state.sample_bucket != bucket
            or abs(state.sample_score - result.score) >= 0.05
            or result.level != previous_level
        )
        if sample:
            state.sample_bucket, state.sample_score = bucket, result.score
        evaluation = Evaluation(
            subject=subject,
            now_ts=now_ts,
            cfg=cfg,
            result=result,
            baseline=baseline,
            decisions=decisions,
            state=state,
            sample=sample,
        )
        if state.level != Level.OK or decisions:
            evaluation.top_events = store.top_events(subject, now_ts, 5)
            evaluation.top_terms = store.top_terms(subject, now_ts, 50)
        if any(d.action == "open" for d in decisions) and hasattr(store, "first_in_window"):
            crossed = state.above_since.get(Level.WARNING, now_ts)
            evaluation.first_event_ts = store.first_in_window(subject, crossed)
        self.sink.apply(evaluation)
        return evaluation


def preview(engine: Engine, subject: str, now_ts: float, features: WindowFeatures) -> ScoreResult:
    """The score alone (no state, no writes): lets the pipeline skip calm subjects cheaply."""
    cfg = engine.settings_for(subject)
    return compute(features, engine.baselines.get(subject, now_ts, cfg), cfg)


def is_quiet(state: SubjectState, features: WindowFeatures, cfg: DetectorSettings) -> bool:
    """Nothing in flight and (almost) nothing said: the level is ok whatever the signals."""
    return state.idle and features.mentions < min(cfg.min_mentions, 5) / 2


def _for_subject(obs: Observation, subject: str) -> Observation:
    clone = Observation(**{**obs.__dict__, "subjects": [subject]})
    return clone
