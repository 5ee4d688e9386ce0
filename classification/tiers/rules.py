"""Rules tier: keyword/regex lexicons per category with severity cues, negation-aware.

Always available and pure Python (microseconds per event); it is also the fallback when the model
or the LLM is unavailable. The built-in lexicon below is extended (or partly switched off) per
tenant through `classification.LexiconEntry` rows, edited in the admin.

How a text is scored:
1. Each entry is a phrase (word-boundary match with inflections, case-insensitive) or a regex. A hit whose
   preceding three tokens hold a negator ("no", "not", "never", "without", "denies", ...) or
   that sits inside a hedge ("no evidence of", "rumor") is dropped and reported as negated.
2. Category = the category with the largest summed weight of its surviving hits.
3. Severity = the most severe cue among the surviving hits, raised one level by an urgency
   amplifier ("urgent", "right now", "!!!", many people affected) when at least one cue fired.
4. Confidence grows with the winning weight and its margin over the runner-up category; with
   no hit at all the answer is P3/none (low) at a modest confidence: absence of cues is weak evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from classification.tiers.lexicon import (
    AMPLIFIERS,
    CATEGORIES,
    DEFAULT_LEXICON,
    HEDGES,
    NEGATORS,
    SEVERITIES,
    SITE,
    Entry,
)

_TOKEN = re.compile(r"[\w'#@-]+")


@dataclass
class RulesResult:
    severity: str
    category: str
    confidence: float
    keywords: list[str] = field(default_factory=list)
    negated: list[str] = field(default_factory=list)
    category_scores: dict[str, float] = field(default_factory=dict)
    amplified: bool = False
    rules: list[str] = field(default_factory=list)  # keys of the entries that fired (not negated)
    deciding_rule: str = ""  # the entry whose severity set the answer ("" when nothing fired)
    safety_severity: str = ""  # most severe physical-safety cue that fired ("" when none)
    safety_rule: str = ""  # that cue's rule key
    site: bool = False  # the text names a site or the staff of an organisation

    def as_opinion(self) -> dict:
        return {
            "severity": self.severity,
            "category": self.category,
            "confidence": round(self.confidence, 4),
            "keywords": self.keywords,
            "negated": self.negated,
            "rule": self.deciding_rule,
            "rules": self.rules,
            "safety": self.safety_severity,
            "site": self.site,
        }


class Lexicon:
    """Compiled entries; build once per tenant and reuse (compilation is the slow part)."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        self._compiled: list[tuple[Entry, re.Pattern]] = []
        for entry in entries:
            if entry.is_regex:
                rx = re.compile(entry.pattern, re.I)
            else:
                # Inflections count: "flood" also matches "floods", "flooded", "flooding".
                rx = re.compile(
                    r"(?<![\w])" + re.escape(entry.pattern.lower()) + r"(?:s|es|ed|d|ing)?(?![\w])", re.I
                )
            self._compiled.append((entry, rx))
        # Longer phrases first so "data breach" claims its span before "breach" can count again.
        self._compiled.sort(key=lambda er: -len(er[0].pattern))

    def classify(self, text: str) -> RulesResult:
        text = text or ""
        scores = {c: 0.0 for c in CATEGORIES if c != "none"}
        best: dict[str, Entry] = {}  # per category, the most severe (then heaviest) entry that fired
        keywords: list[str] = []
        negated: list[str] = []
        fired: list[str] = []
        claimed: list[tuple[int, int]] = []
        lowered = text.lower()
        for entry, rx in self._compiled:
            # Cheap substring pre-check: a phrase (plus inflection) contains its own lower-case form.
            if not entry.is_regex and entry.pattern.lower() not in lowered:
                continue
            for m in rx.finditer(text):
                if any(m.start() < end and start < m.end() for start, end in claimed):
                    continue
                claimed.append((m.start(), m.end()))
                if _is_negated(text, m.start()):
                    negated.append(m.group(0).lower())
                    continue
                scores[entry.category] = scores.get(entry.category, 0.0) + entry.weight
                current = best.get(entry.category)
                if current is None or _stronger(entry, current):
                    best[entry.category] = entry
                keywords.append(m.group(0).lower())
                fired.append(entry.key)
                break  # one hit per entry is enough evidence
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        top_cat, top = ranked[0]
        runner = ranked[1][1] if len(ranked) > 1 else 0.0
        safety = best.get("safety")
        site = safety is not None and bool(SITE.search(text))
        if top <= 0:
            return RulesResult("P3", "none", 0.55, keywords, negated, scores)
        # The most severe cue of any category sets the floor (a "dead" in a PR post still matters).
        deciding = best.get(top_cat)
        for entry in best.values():
            if deciding is None or _stronger(entry, deciding):
                deciding = entry
        assert deciding is not None  # top > 0: some cue fired
        severity = deciding.severity
        amplified = bool(AMPLIFIERS.search(text))
        if amplified and severity != "P0":
            severity = SEVERITIES[SEVERITIES.index(severity) - 1]
        margin = (top - runner) / top
        confidence = min(0.97, 0.45 + 0.18 * min(top, 3.0) + 0.15 * margin)
        return RulesResult(
            severity,
            top_cat,
            confidence,
            keywords,
            negated,
            scores,
            amplified,
            fired,
            deciding.key,
            safety.severity if safety else "",
            safety.key if safety else "",
            site,
        )


def _stronger(a: Entry, b: Entry) -> bool:
    """More severe wins; at equal severity the heavier cue."""
    ia, ib = SEVERITIES.index(a.severity), SEVERITIES.index(b.severity)
    return ia < ib or (ia == ib and a.weight > b.weight)


def _is_negated(text: str, start: int) -> bool:
    before = _TOKEN.findall(text[max(0, start - 40) : start].lower())[-3:]
    if any(tok in NEGATORS for tok in before):
        return True
    window = text[max(0, start - 30) : start + 1]
    return bool(HEDGES.search(window))


_default: Lexicon | None = None


def default_lexicon() -> Lexicon:
    global _default
    if _default is None:
        _default = Lexicon(DEFAULT_LEXICON)
    return _default


def merge_entries(custom: list[Entry], disabled_patterns: set[str]) -> list[Entry]:
    """The built-in lexicon minus what the tenant switched off, plus the tenant's own entries."""
    base = [e for e in DEFAULT_LEXICON if e.pattern.lower() not in disabled_patterns]
    return base + custom


def feature_vector(result: RulesResult) -> list[float]:
    """Lexicon evidence as numeric features for the model head (same order at train and serve).

    The first 10 are what heads up to 1.2.0 were trained on; the physical-safety pair is appended,
    so an older head reads the prefix it knows (`SeverityModel` slices by its input width)."""
    sev = [1.0 if result.severity == s and result.keywords else 0.0 for s in SEVERITIES[:4]]
    cats = [min(result.category_scores.get(c, 0.0), 4.0) / 4.0 for c in CATEGORIES[:4]]
    safety = min(result.category_scores.get("safety", 0.0), 4.0) / 4.0
    return [
        *sev,
        *cats,
        float(result.amplified),
        min(len(result.negated), 2) / 2.0,
        safety,
        float(result.site),
    ]


FEATURE_DIM = 12
