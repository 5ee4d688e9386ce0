"""Reference floors a benchmark can trust: measured in the same run, before and after the load.

A benchmark compares what the platform achieved with a floor: the same core work done with
nothing around it (no web, queue or database). On a shared machine that floor moves with the
neighbours' load: measured once, after the load, one slow run printed a floor of 66 events/s and
a ratio of 121 % where a quiet run printed 315 and 48 %. So every benchmark here:

1. prints the machine's load average when it starts and ends;
2. measures its floor before the load and again after it, best of 3 each (the best run is the
   one least disturbed by other processes);
3. prints both floors, and a ratio only when they agree within 20 %: otherwise the machine
   changed under the run, no ratio means anything, and it says so instead.

Usage:
    floor = Floor("ML floor", "events/s", measure_once)   # measure_once() -> events/s
    floor.measure_before()
    ... the load ...
    floor.measure_after()
    print("\n".join(floor.report(achieved=best, achieved_label="pipeline", target=0.70)))
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field

MAX_DRIFT = 0.20  # the floors before and after may differ by this share of the larger one
REPEATS = 3


def load_average() -> tuple[float, float, float]:
    """1, 5 and 15 minute load averages (os.getloadavg reads /proc/loadavg on Linux)."""
    one, five, fifteen = os.getloadavg()
    return one, five, fifteen


def machine_line(when: str) -> str:
    one, five, fifteen = load_average()
    return f"load average {when}: {one:.2f} {five:.2f} {fifteen:.2f} ({os.cpu_count()} cores)"


def best_of(measure_once: Callable[[], float], repeats: int = REPEATS) -> tuple[float, list[float]]:
    """The highest of `repeats` measurements (higher is faster) and all of them."""
    runs = [measure_once() for _ in range(repeats)]
    return max(runs), runs


@dataclass
class Floor:
    """One reference floor of one benchmark, measured before and after its load."""

    name: str
    unit: str
    measure_once: Callable[[], float]
    repeats: int = REPEATS
    before: list[float] = field(default_factory=list)
    after: list[float] = field(default_factory=list)
    load_before: tuple[float, float, float] | None = None
    load_after: tuple[float, float, float] | None = None

    def measure_before(self) -> float:
        self.load_before = load_average()
        best, self.before = best_of(self.measure_once, self.repeats)
        print(f"{self.name} before the load: {_runs(self.before, self.unit)}", flush=True)
        return best

    def measure_after(self) -> float:
        self.load_after = load_average()
        best, self.after = best_of(self.measure_once, self.repeats)
        print(f"{self.name} after the load: {_runs(self.after, self.unit)}", flush=True)
        return best

    @property
    def drift(self) -> float:
        """How far apart the two best floors are, as a share of the larger one."""
        b, a = max(self.before), max(self.after)
        return abs(b - a) / max(b, a)

    @property
    def trusted(self) -> bool:
        return bool(self.before and self.after) and self.drift <= MAX_DRIFT

    @property
    def value(self) -> float:
        """The floor a ratio divides by: the slower of the two bests (the conservative one)."""
        return min(max(self.before), max(self.after))

    def ratio(self, achieved: float) -> float | None:
        """achieved ÷ floor, or None when the floors disagree (the machine changed mid-run)."""
        return achieved / self.value if self.trusted else None

    def report(
        self, *, achieved: float | None = None, achieved_label: str = "", target: float | None = None
    ) -> list[str]:
        """Markdown lines: both floors with the load at each, then the ratio or why there is none."""
        lines = [
            f"- {self.name} before the load: best {max(self.before):,.1f} {self.unit} "
            f"(runs {_runs(self.before)}; load average {_load(self.load_before)})",
            f"- {self.name} after the load: best {max(self.after):,.1f} {self.unit} "
            f"(runs {_runs(self.after)}; load average {_load(self.load_after)})",
        ]
        if achieved is None:
            return lines
        ratio = self.ratio(achieved)
        if ratio is None:
            lines.append(
                f"- {achieved_label} ÷ {self.name}: not computed — the floor moved {100 * self.drift:.0f} % "
                f"between before and after (more than {100 * MAX_DRIFT:.0f} %): the machine's load changed "
                "during the run, so no ratio would mean anything. Run again on a quieter machine."
            )
        else:
            goal = f" (target ≥ {100 * target:.0f} %)" if target is not None else ""
            lines.append(
                f"- {achieved_label} ÷ {self.name}: {achieved:,.1f} / {self.value:,.1f} = {100 * ratio:.0f} %{goal} "
                f"(floors agree within {100 * self.drift:.0f} %)"
            )
        return lines


def _runs(values: list[float], unit: str = "") -> str:
    return ", ".join(f"{v:,.1f}" for v in values) + (f" {unit}" if unit else "")


def _load(load: tuple[float, float, float] | None) -> str:
    return "?" if load is None else " ".join(f"{x:.2f}" for x in load)
