"""The demo world's state: the scenario and which of its items are "out" at the current story
time. The world's HTTP server (`demo.world`) and its API handlers (`demo.api_social`,
`demo.api_ops`) read it. Thread-safe."""

from __future__ import annotations

import bisect
import threading
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

from demo import wire
from demo.scenario import POLLED, Scenario, ScenarioItem
from demo.scenarios import generate


class World:
    """The scenario's state: which items are out, at what absolute time. Thread-safe."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.scenario: Scenario | None = None
        self.t0 = datetime.now(UTC)
        self.story_now = -1.0
        self.requests: Counter[str] = Counter()
        self._times: list[float] = []
        self.retweets_of: dict[int, list[float]] = {}
        self.drift: dict[int, float] = {}

    def start(self, *, seed: int, t0: datetime, scale: float = 1.0, story: str = "breach") -> None:
        scenario = generate(seed, scale=scale, run=int(t0.timestamp()), story=story)
        with self.lock:
            self.scenario = scenario
            self.t0 = t0
            self.story_now = -1.0
            self.drift = {}
            self._times = [i.t for i in scenario.items]
            self.retweets_of = {}
            for item in scenario.items:
                ref = item.attrs.get("retweet_of") or item.attrs.get("quote_of")
                if ref is not None:
                    self.retweets_of.setdefault(ref.seq, []).append(item.t)

    def advance(self, t: float, drift: float = 0.0) -> None:
        """Release the items up to story second `t`. `drift` (seconds the simulator held the story
        while the platform clock kept running) is added to the timestamps of the items released now,
        so they are stamped with the platform's time; earlier items keep theirs."""
        with self.lock:
            if self.scenario is not None and t > self.story_now:
                start = bisect.bisect_right(self._times, self.story_now)
                end = bisect.bisect_right(self._times, t)
                for item in self.scenario.items[start:end]:
                    self.drift[item.seq] = drift
            self.story_now = max(self.story_now, t)

    def at(self, item: ScenarioItem) -> datetime:
        return self.t0 + timedelta(seconds=item.t + self.drift.get(item.seq, 0.0))

    def now(self) -> datetime:
        return self.t0 + timedelta(seconds=max(self.story_now, 0.0))

    def released(self, channel: str) -> list[ScenarioItem]:
        with self.lock:
            if self.scenario is None:
                return []
            end = bisect.bisect_right(self._times, self.story_now)
            return [i for i in self.scenario.items[:end] if i.channel == channel]

    def retweet_count(self, item: ScenarioItem) -> int:
        return sum(1 for t in self.retweets_of.get(item.seq, []) if t <= self.story_now)

    def status(self) -> dict[str, Any]:
        with self.lock:
            return {
                "loaded": self.scenario is not None,
                "seed": self.scenario.seed if self.scenario else None,
                "story": self.scenario.story if self.scenario else None,
                "t0": wire.iso_ms(self.t0),
                "t": self.story_now,
                "released": {c: len(self.released(c)) for c in POLLED},
                "requests": dict(self.requests),
            }
