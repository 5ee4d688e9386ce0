"""Hysteresis, cooldown and de-escalation: from a stream of scores to a few decisions.

A pure state machine (no database, no clock of its own), so the live engine and the replay run the
very same code. Time is measured in evaluation windows of `window_seconds`:

1. A level L is *eligible* once every evaluation for (N − 1) full windows has scored ≥ L
   (`raise_windows` = N; the window in which the score first crossed counts as the first one).
   One evaluation below L breaks the streak, so a score oscillating around a threshold never
   stays eligible and a one-off burst decays out of the sliding window before it is.
2. Eligible level above the current one → `open` (from ok) or `raise`. An alert goes out unless
   the same level was alerted within `cooldown_seconds`; a higher level has its own clock, so it
   bypasses the cooldown of a lower one.
3. Current level held but the score stays below it (yet ≥ warning) for M windows → `lower`
   (de-escalation, no alert). Below warning for M windows (`resolve_windows`) → `resolve`.
4. After a person resolves a crisis, the subject must first fall below warning before it can
   open again (no instant reopen of a crisis someone just closed).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from crisis.models import LEVEL_RANK, Level
from crisis.score import DetectorSettings

ALERTABLE = (Level.WARNING, Level.HIGH, Level.CRITICAL)


def rank(level: str) -> int:
    return LEVEL_RANK[Level(level)]


@dataclass
class SubjectState:
    level: str = Level.OK
    above_since: dict[str, float] = field(default_factory=dict)
    below_since: float | None = None
    lower_since: float | None = None
    last_alert: dict[str, float] = field(default_factory=dict)
    last_eval: float | None = None
    hold_until_calm: bool = False
    opened_ts: float | None = None
    sample_bucket: int | None = None  # the window of the last stored ScoreSample
    sample_score: float = 0.0
    crisis_id: int | None = None  # the incident this subject drives (live only; the detector ignores it)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> SubjectState:
        if not data:
            return cls()
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    @property
    def idle(self) -> bool:
        """Nothing in flight: a quiet evaluation would change nothing."""
        return self.level == Level.OK and not self.above_since and not self.hold_until_calm


@dataclass
class Decision:
    action: str  # open | raise | lower | resolve
    level: str
    alert: bool = False
    previous: str = Level.OK


def step(state: SubjectState, *, level: str, now_ts: float, cfg: DetectorSettings) -> list[Decision]:
    """Advance `state` by one evaluation whose (floored) score level is `level`."""
    w = cfg.window_seconds
    # A gap with no evaluation at all (process down, no sweep) breaks every streak: continuity unknown.
    if state.last_eval is not None and now_ts - state.last_eval > 3 * max(w, 60):
        state.above_since.clear()
        state.below_since = state.lower_since = None
    state.last_eval = now_ts

    for lv in ALERTABLE:
        if rank(level) >= rank(lv):
            state.above_since.setdefault(lv, now_ts)
        else:
            state.above_since.pop(lv, None)

    if state.hold_until_calm:
        if level == Level.OK:
            state.hold_until_calm = False
        else:
            return []

    hold = (cfg.raise_windows - 1) * w
    eligible = Level.OK
    for lv in ALERTABLE:
        since = state.above_since.get(lv)
        if since is not None and now_ts - since >= hold:
            eligible = lv

    decisions: list[Decision] = []
    current = state.level
    if rank(eligible) > rank(current):
        last = state.last_alert.get(eligible)
        alert = last is None or now_ts - last >= cfg.cooldown_seconds
        if alert:
            state.last_alert[eligible] = now_ts
        decisions.append(
            Decision(
                action="open" if current == Level.OK else "raise",
                level=eligible,
                alert=alert,
                previous=current,
            )
        )
        if current == Level.OK:
            state.opened_ts = now_ts
        state.level = eligible
        state.below_since = state.lower_since = None
        return decisions

    if current == Level.OK:
        return decisions

    if level == Level.OK:
        state.lower_since = None
        if state.below_since is None:
            state.below_since = now_ts
        if now_ts - state.below_since >= cfg.resolve_windows * w:
            decisions.append(Decision(action="resolve", level=Level.OK, previous=current))
            state.level = Level.OK
            state.below_since = None
            state.opened_ts = None
        return decisions

    state.below_since = None
    if rank(level) < rank(current):
        if state.lower_since is None:
            state.lower_since = now_ts
        if now_ts - state.lower_since >= cfg.resolve_windows * w:
            decisions.append(Decision(action="lower", level=level, previous=current))
            state.level = level
            state.lower_since = None
    else:
        state.lower_since = None
    return decisions


def resolved_by_person(state: SubjectState) -> None:
    """A person closed the crisis: forget the level, keep the cooldown clocks, wait for calm."""
    state.level = Level.OK
    state.below_since = state.lower_since = None
    state.opened_ts = None
    state.hold_until_calm = True
