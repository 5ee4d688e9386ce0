"""Which rules may decide alone: measured precision per rule, on labelled data and on reviews.

A rule's *answer* is the rules tier's answer when that rule is its deciding rule (the most severe
cue that fired, `RulesResult.deciding_rule`). Its precision is the share of those answers whose
severity the label (labelled data) or the reviewer (ground truth) agrees with, exactly.

The router lets a rule's answer stand alone only when BOTH figures reach the floor with enough
support (`TrustPolicy`): on labelled data (TREC-IS, measured by `manage.py measure_rules`) and on
this tenant's reviewed events. A rule measured below the floor is only a feature of the model.
A rule neither figure can speak for yet is "unproven": a hint (see `RuleTrust.status`). A source's own severity (PagerDuty, Alertmanager, log level) is not a
lexicon rule: it keeps deciding for machine alerts.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

COMMITTED_FIGURES = Path(__file__).resolve().parent / "artifacts" / "rule_precision.json"
TRUSTED, BELOW, UNPROVEN = "trusted", "below", "unproven"


@dataclass(frozen=True)
class Figures:
    labelled_n: int = 0
    labelled_correct: int = 0
    reviewed_n: int = 0
    reviewed_correct: int = 0

    @property
    def labelled_precision(self) -> float | None:
        return self.labelled_correct / self.labelled_n if self.labelled_n else None

    @property
    def reviewed_precision(self) -> float | None:
        return self.reviewed_correct / self.reviewed_n if self.reviewed_n else None


@dataclass(frozen=True)
class TrustPolicy:
    floor: float = 0.8
    min_labelled: int = 30
    min_reviewed: int = 10


class RuleTrust:
    """Figures per rule key and the policy that turns them into "may decide alone"."""

    def __init__(self, figures: Mapping[str, Figures], policy: TrustPolicy | None = None) -> None:
        self.figures = dict(figures)
        self.policy = policy or TrustPolicy()

    def status(self, rule: str) -> str:
        """ "trusted": both figures have support and reach the floor — the rule may decide alone;
        "below": a figure with support is under the floor — the rule is only a model feature;
        "unproven": neither — the labelled data cannot speak for it (its cue never shows up there)
        and reviews have not yet: its P0/P1 claim stands as a doubt against a model that never saw
        such text (router.py)."""
        f = self.figures.get(rule) or Figures()
        p = self.policy
        measured = []
        if f.labelled_n >= p.min_labelled:
            measured.append(f.labelled_correct >= p.floor * f.labelled_n)
        if f.reviewed_n >= p.min_reviewed:
            measured.append(f.reviewed_correct >= p.floor * f.reviewed_n)
        if not all(measured):
            return BELOW
        return TRUSTED if len(measured) == 2 else UNPROVEN

    def decides_alone(self, rule: str) -> bool:
        return self.status(rule) == TRUSTED

    def precision(self, rule: str) -> float | None:
        """The weaker of the two measured precisions (None when neither was measured)."""
        f = self.figures.get(rule)
        if f is None:
            return None
        known = [v for v in (f.labelled_precision, f.reviewed_precision) if v is not None]
        return min(known) if known else None


def measure(results: Iterable, labels: Iterable[str]) -> dict[str, tuple[int, int]]:
    """(answers, correct answers) per deciding rule, from rules-tier results and their true labels."""
    out: dict[str, tuple[int, int]] = {}
    for r, label in zip(results, labels, strict=True):
        if not r.deciding_rule:
            continue
        n, ok = out.get(r.deciding_rule, (0, 0))
        out[r.deciding_rule] = (n + 1, ok + int(r.severity == label))
    return out


def load_committed(path: Path = COMMITTED_FIGURES) -> dict[str, tuple[int, int]]:
    """Labelled figures of the built-in lexicon shipped with the code: {rule: (n, correct)}."""
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        return {}
    return {rule: (int(v["n"]), int(v["correct"])) for rule, v in data.get("rules", {}).items()}


def write_committed(
    figures: Mapping[str, tuple[int, int]], *, source: str, path: Path = COMMITTED_FIGURES
) -> None:
    rules = {rule: {"n": n, "correct": ok} for rule, (n, ok) in sorted(figures.items())}
    path.write_text(json.dumps({"source": source, "rules": rules}, indent=1, ensure_ascii=False) + "\n")
