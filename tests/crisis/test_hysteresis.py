"""The state machine alone: streaks, cooldown, higher-level bypass, de-escalation, resolve."""

from __future__ import annotations

from crisis.detector import SubjectState, resolved_by_person, step
from crisis.models import Level
from crisis.score import DetectorSettings

CFG = DetectorSettings(window_seconds=60, raise_windows=2, resolve_windows=3, cooldown_seconds=900)


def run(state, levels, *, start=0.0, every=30.0, cfg=CFG):
    out = []
    for i, lv in enumerate(levels):
        out += [(start + i * every, d) for d in step(state, level=lv, now_ts=start + i * every, cfg=cfg)]
    return out


def test_a_level_is_raised_only_after_it_held_for_n_windows():
    state = SubjectState()
    decisions = run(state, [Level.HIGH, Level.HIGH, Level.HIGH])  # t = 0, 30, 60
    assert [(t, d.action, d.level, d.alert) for t, d in decisions] == [(60.0, "open", Level.HIGH, True)]


def test_one_evaluation_below_breaks_the_streak():
    state = SubjectState()
    assert run(state, [Level.HIGH, Level.HIGH, Level.OK, Level.HIGH, Level.HIGH]) == []


def test_same_level_is_not_realerted_within_cooldown_but_is_after():
    state = SubjectState()
    run(state, [Level.WARNING] * 3)
    run(state, [Level.OK] * 7, start=90)  # resolves after 3 windows below warning
    assert state.level == Level.OK
    again = run(state, [Level.WARNING] * 3, start=400)
    assert [(d.action, d.alert) for _, d in again] == [("open", False)]  # inside the 15-min cooldown
    run(state, [Level.OK] * 7, start=490)
    later = run(state, [Level.WARNING] * 3, start=400 + 900)
    assert [(d.action, d.alert) for _, d in later] == [("open", True)]


def test_a_higher_level_bypasses_the_cooldown_of_a_lower_one():
    state = SubjectState()
    run(state, [Level.WARNING] * 3)
    raised = run(state, [Level.CRITICAL] * 3, start=90)
    assert [(d.action, d.level, d.alert) for _, d in raised] == [("raise", Level.CRITICAL, True)]


def test_de_escalation_after_m_windows_below_the_current_level_then_resolve():
    state = SubjectState()
    run(state, [Level.CRITICAL] * 3)
    lowered = run(state, [Level.WARNING] * 8, start=90)
    assert [(d.action, d.level, d.alert) for _, d in lowered] == [("lower", Level.WARNING, False)]
    resolved = run(state, [Level.OK] * 8, start=400)
    assert [(t, d.action) for t, d in resolved] == [(580.0, "resolve")]


def test_after_a_person_resolves_the_subject_must_calm_down_before_reopening():
    state = SubjectState()
    run(state, [Level.HIGH] * 3)
    resolved_by_person(state)
    assert run(state, [Level.HIGH] * 6, start=90) == []
    reopened = run(state, [Level.OK] + [Level.HIGH] * 3, start=300)
    assert [(d.action, d.alert) for _, d in reopened] == [("open", False)]  # high alerted < 15 min ago


def test_state_round_trips_through_json():
    state = SubjectState()
    run(state, [Level.HIGH] * 3)
    assert SubjectState.from_json(state.to_json()) == state
