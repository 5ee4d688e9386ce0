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

SEVERITIES = ("P0", "P1", "P2", "P3", "P4")
CATEGORIES = ("pr", "security", "operational", "legal", "none")


@dataclass(frozen=True)
class Entry:
    category: str
    pattern: str
    severity: str = "P2"
    weight: float = 1.0
    is_regex: bool = False


def _e(category: str, severity: str, weight: float, *phrases: str) -> list[Entry]:
    return [Entry(category, p, severity, weight) for p in phrases]


# Built-in lexicon. Weights: 2 = unambiguous cue, 1 = strong, 0.5 = weak/contextual.
DEFAULT_LEXICON: list[Entry] = [
    # Security
    *_e(
        "security",
        "P0",
        2.0,
        "ransomware",
        "data breach",
        "breach of data",
        "customer data leaked",
        "passwords leaked",
        "credentials leaked",
        "database leaked",
        "hacked",
        "we were hacked",
        "cyberattack",
        "cyber attack",
        "zero-day",
        "zero day",
        "exfiltrated",
        "exfiltration",
    ),
    *_e(
        "security",
        "P1",
        1.5,
        "breach",
        "leaked",
        "leak",
        "compromised",
        "malware",
        "phishing",
        "ddos",
        "account takeover",
        "unauthorized access",
        "stolen data",
        "data exposed",
        "exposed data",
        "security incident",
        "vulnerability",
        "exploit",
        "credential stuffing",
    ),
    *_e("security", "P2", 0.5, "suspicious login", "scam", "fraud", "spam", "hacker"),
    # Legal / regulatory
    *_e(
        "legal",
        "P1",
        2.0,
        "class action",
        "class-action",
        "lawsuit",
        "sued",
        "suing",
        "subpoena",
        "indictment",
        "indicted",
        "regulator fine",
        "gdpr fine",
        "injunction",
        "cease and desist",
    ),
    *_e(
        "legal",
        "P2",
        1.0,
        "lawyer",
        "attorney",
        "legal action",
        "court",
        "regulator",
        "ftc",
        "sec investigation",
        "investigation",
        "settlement",
        "violation",
        "non-compliance",
        "discrimination",
        "harassment",
    ),
    # Operational
    *_e(
        "operational",
        "P0",
        2.0,
        "explosion",
        "fire at",
        "killed",
        "dead",
        "deaths",
        "death toll",
        "fatalities",
        "casualties",
        "trapped",
        "collapsed",
        "evacuate",
        "evacuation",
        "injured",
        "injuries",
        "toxic spill",
        "product recall",
        "recall",
    ),
    *_e(
        "operational",
        "P1",
        1.5,
        "outage",
        "is down",
        "went down",
        "are down",
        "not working",
        "can't log in",
        "cannot log in",
        "cant login",
        "service unavailable",
        "503",
        "500 error",
        "downtime",
        "degraded",
        "payment failed",
        "payments failing",
        "checkout broken",
        "data loss",
        "flood",
        "flooding",
        "earthquake",
        "hurricane",
        "wildfire",
        "tornado",
        # Not bare "emergency": "emergency fund" is personal finance, not an incident.
        "state of emergency",
        "emergency services",
        "emergency landing",
        "emergency evacuation",
        "rescue",
        "shelter",
        "stranded",
        "power cut",
        "power outage",
        "no power",
        "contaminated",
        "food poisoning",
        "sick after",
    ),
    *_e(
        "operational",
        "P2",
        1.0,
        "delay",
        "delayed",
        "cancelled",
        "canceled",
        "broken",
        "bug",
        "crash",
        "crashes",
        "crashing",
        "error",
        "lost luggage",
        "slow",
        "stuck",
        "missing order",
        "refund",
        "damaged",
        "shortage",
        "closed",
        "road closed",
        "damage",
        "warning",
        "alert",
    ),
    # PR / reputation
    *_e(
        "pr",
        "P1",
        2.0,
        "boycott",
        "scandal",
        "viral",
        "backlash",
        "outrage",
        "shitstorm",
        "racist",
        "sexist",
        "#boycott",
        "cancel culture",
        "public apology",
        "pr disaster",
    ),
    *_e(
        "pr",
        "P2",
        1.0,
        "disgusting",
        "disgraceful",
        "shameful",
        "never again",
        "worst company",
        "worst service",
        "terrible service",
        "horrible",
        "awful",
        "unacceptable",
        "ripoff",
        "rip-off",
        "furious",
        "angry customers",
        "complaint",
        "complaints",
        "misleading",
        "false advertising",
        "fake reviews",
        "ceo resign",
        "apologize",
        "apologise",
    ),
    *_e(
        "pr",
        "P3",
        0.5,
        "disappointed",
        "annoyed",
        "frustrated",
        "bad experience",
        "rude",
        "customer service",
        "worst",
        "terrible",
        "hate",
    ),
]

NEGATORS = {
    "no",
    "not",
    "never",
    "without",
    "none",
    "nobody",
    "nothing",
    "isn't",
    "isnt",
    "wasn't",
    "wasnt",
    "aren't",
    "arent",
    "weren't",
    "werent",
    "don't",
    "dont",
    "didn't",
    "didnt",
    "doesn't",
    "doesnt",
    "denies",
    "denied",
    "deny",
    "false",
    "unfounded",
    "fake",
    "hoax",
    "zero",
}
HEDGES = re.compile(
    r"\b(no evidence of|rumou?rs? (of|about)|not (a|an) |no sign of|debunked|fake news)\b", re.I
)
AMPLIFIERS = re.compile(
    r"(\burgent(ly)?\b|\bright now\b|\bimmediately\b|\basap\b|\bsos\b|!!!|\bthousands\b|\bmillions\b|"
    r"\ball (customers|users)\b|\bneed help\b|\bhelp needed\b|\bplease help\b|\bspreading\b)",
    re.I,
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

    def as_opinion(self) -> dict:
        return {
            "severity": self.severity,
            "category": self.category,
            "confidence": round(self.confidence, 4),
            "keywords": self.keywords,
            "negated": self.negated,
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
        best_severity: dict[str, str] = {}
        keywords: list[str] = []
        negated: list[str] = []
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
                current = best_severity.get(entry.category, "P4")
                if SEVERITIES.index(entry.severity) < SEVERITIES.index(current):
                    best_severity[entry.category] = entry.severity
                keywords.append(m.group(0).lower())
                break  # one hit per entry is enough evidence
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        top_cat, top = ranked[0]
        runner = ranked[1][1] if len(ranked) > 1 else 0.0
        if top <= 0:
            return RulesResult("P3", "none", 0.55, keywords, negated, scores)
        severity = best_severity.get(top_cat, "P3")
        # The most severe cue of any category sets the floor (a "dead" in a PR post still matters).
        for sev in best_severity.values():
            if SEVERITIES.index(sev) < SEVERITIES.index(severity):
                severity = sev
        amplified = bool(AMPLIFIERS.search(text))
        if amplified and severity != "P0":
            severity = SEVERITIES[SEVERITIES.index(severity) - 1]
        margin = (top - runner) / top
        confidence = min(0.97, 0.45 + 0.18 * min(top, 3.0) + 0.15 * margin)
        return RulesResult(severity, top_cat, confidence, keywords, negated, scores, amplified)


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
    """Lexicon evidence as numeric features for the model head (same order at train and serve)."""
    sev = [1.0 if result.severity == s and result.keywords else 0.0 for s in SEVERITIES[:4]]
    cats = [min(result.category_scores.get(c, 0.0), 4.0) / 4.0 for c in CATEGORIES[:4]]
    return [*sev, *cats, float(result.amplified), min(len(result.negated), 2) / 2.0]


FEATURE_DIM = 10
