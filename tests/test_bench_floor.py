"""bench/floor.py: a benchmark prints a ratio to its floor only when the floor measured before and
after the load agree; otherwise it says why there is none."""

from __future__ import annotations

from itertools import chain, repeat

from bench.floor import Floor


def _floor(before: list[float], after: list[float]):
    runs = chain(before, after, repeat(0.0))
    floor = Floor("ML floor", "events/s", lambda: next(runs))
    floor.measure_before()
    floor.measure_after()
    return floor


def test_the_best_of_three_runs_before_and_after_is_kept_and_the_slower_best_divides():
    floor = _floor([250.0, 300.0, 280.0], [270.0, 290.0, 260.0])
    assert (max(floor.before), max(floor.after)) == (300.0, 290.0)
    assert floor.trusted
    lines = floor.report(achieved=145.0, achieved_label="pipeline", target=0.7)
    assert "best 300.0 events/s" in lines[0] and "best 290.0 events/s" in lines[1]
    assert "pipeline ÷ ML floor: 145.0 / 290.0 = 50 % (target ≥ 70 %)" in lines[2]


def test_no_ratio_is_printed_when_the_floor_moved_more_than_twenty_percent():
    # The quiet and the loaded run of the lead's report: 315 events/s before, 66 after.
    floor = _floor([300.0, 315.0, 310.0], [60.0, 66.0, 50.0])
    assert not floor.trusted and floor.ratio(150.0) is None
    verdict = floor.report(achieved=150.0, achieved_label="pipeline", target=0.7)[-1]
    assert "not computed" in verdict and "moved 79 %" in verdict
    assert " = " not in verdict  # no "achieved / floor = ratio" at all


def test_a_floor_just_inside_the_band_still_gives_a_ratio():
    floor = _floor([100.0, 100.0, 100.0], [81.0, 80.0, 79.0])
    assert floor.trusted and round(floor.ratio(40.0), 3) == 0.494
