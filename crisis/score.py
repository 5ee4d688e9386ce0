"""The crisis score: a weighted sum of six signals, each in [0, 1], mapped to a level.

    score = Σ wᵢ · signalᵢ        (weights normalised to sum to 1)
    ok < warning ≤ score < high ≤ score < critical ≤ score

Every result carries each signal's value, weight, contribution and a human detail, plus one
sentence saying which signals drove it, so the dashboard, the alert text and the post-mortem can
explain *why* ("6× volume spike, sentiment falling (70% negative), 2 verified accounts amplifying").
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from crisis.features import WindowFeatures
from crisis.models import DEFAULT_WEIGHTS, Level

SIGNALS = tuple(DEFAULT_WEIGHTS)


@dataclass
class DetectorSettings:
    """Resolved settings for one subject (tenant config + subject override, or a replay JSON)."""

    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    warning_threshold: float = 0.40
    high_threshold: float = 0.65
    critical_threshold: float = 0.85
    min_mentions: int = 5
    window_seconds: int = 60
    raise_windows: int = 2
    resolve_windows: int = 10
    cooldown_seconds: int = 900
    debounce_seconds: float = 0.5
    z_cap: float = 6.0
    baseline_min_days: int = 7
    baseline_max_days: int = 30
    prior_hourly_mean: float = 30.0
    prior_hourly_std: float = 30.0
    ai_enabled: bool = True
    ai_pre_threshold: float = 0.40
    # Live: an event counts in the window of its arrival at the detector; one that happened longer
    # ago than this (a backfill, an import) makes no spike now and only feeds the hourly rollups.
    lateness_horizon_seconds: int = 6 * 3600
    muted: bool = False

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DetectorSettings:
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown detector setting(s): {', '.join(sorted(unknown))}")
        base = cls()
        values = {k: v for k, v in data.items() if k != "weights"}
        merged = cls(**{**asdict(base), **values})
        if "weights" in data:
            bad = set(data["weights"]) - set(SIGNALS)
            if bad:
                raise ValueError(f"unknown signal(s) in weights: {', '.join(sorted(bad))}")
            merged.weights = {
                **{k: 0.0 for k in SIGNALS},
                **{k: float(v) for k, v in data["weights"].items()},
            }
        merged.validate()
        return merged

    def validate(self) -> None:
        if not 0 < self.warning_threshold < self.high_threshold < self.critical_threshold <= 1.0:
            raise ValueError("thresholds must satisfy 0 < warning < high < critical ≤ 1")
        if self.window_seconds < 1 or self.raise_windows < 1 or self.resolve_windows < 1:
            raise ValueError("window_seconds, raise_windows and resolve_windows must be ≥ 1")
        if self.lateness_horizon_seconds < self.window_seconds:
            raise ValueError("lateness_horizon_seconds must be at least window_seconds")
        if sum(max(w, 0.0) for w in self.weights.values()) <= 0:
            raise ValueError("at least one signal weight must be positive")

    def normalised_weights(self) -> dict[str, float]:
        total = sum(max(self.weights.get(s, 0.0), 0.0) for s in SIGNALS)
        return {s: max(self.weights.get(s, 0.0), 0.0) / total for s in SIGNALS}

    def level_for(self, score: float) -> str:
        if score >= self.critical_threshold:
            return Level.CRITICAL
        if score >= self.high_threshold:
            return Level.HIGH
        if score >= self.warning_threshold:
            return Level.WARNING
        return Level.OK

    def threshold_of(self, level: str) -> float:
        thresholds: dict[str, float] = {
            Level.WARNING: self.warning_threshold,
            Level.HIGH: self.high_threshold,
            Level.CRITICAL: self.critical_threshold,
        }
        return thresholds[level]


@dataclass
class Baseline:
    """What a normal window of this subject looks like at this hour of the week."""

    mean: float  # mentions per window
    std: float
    negative_ratio: float = 0.2
    reach: float = 0.0  # reach per window
    platform_means: dict[str, float] = field(default_factory=dict)
    basis: str = "prior"  # hour-of-week | hour-of-day | prior | blend
    days: int = 0


@dataclass
class ScoreResult:
    score: float
    level: str
    raw_level: str
    signals: dict[str, dict[str, Any]]
    explanation: str
    mentions: float
    floor_applied: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "score": round(self.score, 4),
            "level": self.level,
            "mentions": round(self.mentions, 2),
            "floor_applied": self.floor_applied,
            "signals": self.signals,
            "explanation": self.explanation,
        }


def _clip(x: float) -> float:
    return 0.0 if x != x else min(1.0, max(0.0, x))  # NaN → 0


def compute(features: WindowFeatures, baseline: Baseline, cfg: DetectorSettings) -> ScoreResult:
    """Score one sliding window against the subject's baseline.

    1. volume: z = (mentions − mean) / std, capped: signal = z / z_cap in [0, 1].
    2. sentiment: half the excess of the negative ratio over the subject's usual ratio, half the
       negativity of the mean sentiment (both credibility-weighted).
    3. keywords: share of events carrying a crisis keyword (weighted); half the window = 1.0.
    4. emotion: mean strongest of anger/fear/disgust; 0.6 on average = 1.0.
    5. amplification: reach above the usual (100× = 1.0) and verified authors (3 = 1.0).
    6. cross-platform: platforms at ≥ 3× their usual volume at once; 3 platforms = 1.0.
    """
    weights = cfg.normalised_weights()
    f = features
    details: dict[str, str] = {}

    std = max(baseline.std, math.sqrt(max(baseline.mean, 1.0)))
    z = (f.mentions - baseline.mean) / std
    ratio = f.mentions / max(baseline.mean, 0.5)
    values = {"volume": _clip(z / cfg.z_cap)}
    details["volume"] = f"{ratio:.1f}× usual volume ({f.mentions:.0f} vs {baseline.mean:.1f}, z={z:.1f})"

    usual_neg = min(max(baseline.negative_ratio, 0.0), 0.9)
    neg_excess = _clip((f.negative_ratio - usual_neg) / (1.0 - usual_neg))
    values["sentiment"] = _clip(0.5 * neg_excess + 0.5 * _clip(-f.sentiment_mean))
    details["sentiment"] = (
        f"{f.negative_ratio:.0%} negative (usual {usual_neg:.0%}), mean sentiment {f.sentiment_mean:+.2f}"
    )

    values["keywords"] = _clip(f.keyword_ratio / 0.5)
    top_kw = sorted(f.keywords.items(), key=lambda kv: -kv[1])[:4]
    details["keywords"] = "crisis keywords: " + (", ".join(k for k, _ in top_kw) or "none")

    values["emotion"] = _clip(f.emotion_ratio / 0.6)
    details["emotion"] = f"anger/fear/disgust {f.emotion_ratio:.0%}"

    usual_reach = max(baseline.reach, 1.0)
    reach_part = _clip(math.log10(max(f.reach, 1.0) / usual_reach) / 2.0) if f.reach > usual_reach else 0.0
    verified_part = _clip(f.verified / 3.0)
    values["amplification"] = _clip(0.6 * reach_part + 0.4 * verified_part + 0.4 * reach_part * verified_part)
    details["amplification"] = (
        f"reach {f.reach:,.0f} (usual {baseline.reach:,.0f}), {f.verified:.0f} verified authors"
    )

    spiking = sorted(
        p
        for p, n in f.platforms.items()
        if n >= max(3.0, 3.0 * baseline.platform_means.get(p, baseline.mean / 3))
    )
    values["cross_platform"] = _clip((len(spiking) - 1) / 2.0)
    details["cross_platform"] = f"spiking on {', '.join(spiking) or 'no platform'}"

    signals = {
        name: {
            "value": round(values[name], 4),
            "weight": round(weights[name], 4),
            "contribution": round(values[name] * weights[name], 4),
            "detail": details[name],
        }
        for name in SIGNALS
    }
    score = _clip(sum(values[n] * weights[n] for n in SIGNALS))
    raw_level = cfg.level_for(score)
    floor_applied = f.mentions < cfg.min_mentions
    level = Level.OK if floor_applied or cfg.muted else raw_level
    result = ScoreResult(
        score=round(score, 4),
        level=level,
        raw_level=raw_level,
        signals=signals,
        explanation="",
        mentions=f.mentions,
        floor_applied=floor_applied,
    )
    result.explanation = explain(
        result, features=f, ratio=ratio, spiking=spiking, top_kw=[k for k, _ in top_kw]
    )
    return result


def explain(
    result: ScoreResult, *, features: WindowFeatures, ratio: float, spiking: list[str], top_kw: list[str]
) -> str:
    """One sentence naming the signals that drove the score, largest contribution first."""
    phrases = {
        "volume": f"{ratio:.0f}× volume spike" if ratio >= 1.5 else "volume above usual",
        "sentiment": f"sentiment falling ({features.negative_ratio:.0%} negative)",
        "keywords": "crisis keywords (" + ", ".join(top_kw[:3]) + ")" if top_kw else "crisis keywords",
        "emotion": "anger/fear rising",
        "amplification": (
            f"{features.verified:.0f} verified account{'s' if round(features.verified) != 1 else ''} amplifying"
            if features.verified >= 1
            else f"high-reach amplification ({features.reach:,.0f})"
        ),
        "cross_platform": f"spiking on {len(spiking)} platforms at once ({', '.join(spiking)})",
    }
    ranked = sorted(result.signals.items(), key=lambda kv: -kv[1]["contribution"])
    drivers = [phrases[n] for n, s in ranked if s["contribution"] >= 0.03][:4]
    head = ", ".join(drivers) if drivers else "no signal stands out"
    tail = f" — score {result.score:.2f} ({result.raw_level})"
    if result.floor_applied:
        tail += f", below the {features.mentions:.0f}-mention floor"
    return head[0].upper() + head[1:] + tail
