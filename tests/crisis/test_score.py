"""The score: normalised signals, weights, the floor, the explanation."""

from __future__ import annotations

import pytest

from crisis.features import WindowFeatures
from crisis.score import Baseline, DetectorSettings, compute

BASE = Baseline(
    mean=5.0, std=2.0, negative_ratio=0.1, reach=500.0, platform_means={"twitter": 4.0, "reddit": 1.0}
)


def spike(**kw) -> WindowFeatures:
    f = WindowFeatures(
        mentions=30,
        classified=30,
        negative=24,
        sentiment_sum=-18,
        emotion_sum=15,
        keyword_events=20,
        reach=400_000,
        verified=2,
        platforms={"twitter": 30},
        keywords={"breach": 20},
    )
    for k, v in kw.items():
        setattr(f, k, v)
    return f


def test_every_signal_is_in_unit_range_and_contributions_sum_to_the_score():
    r = compute(spike(), BASE, DetectorSettings())
    assert all(0 <= s["value"] <= 1 for s in r.signals.values())
    assert sum(s["contribution"] for s in r.signals.values()) == pytest.approx(r.score, abs=1e-3)
    assert r.level == "critical"
    assert r.explanation.startswith(
        "6× volume spike, crisis keywords (breach), sentiment falling (80% negative)"
    )
    assert "2 verified accounts amplifying" in r.explanation


def test_the_same_spike_on_three_platforms_outranks_it_on_one():
    one = compute(spike(platforms={"twitter": 30}), BASE, DetectorSettings())
    three = compute(spike(platforms={"twitter": 14, "reddit": 8, "news": 8}), BASE, DetectorSettings())
    assert three.signals["cross_platform"]["value"] == 1.0 and one.signals["cross_platform"]["value"] == 0.0
    assert three.score > one.score


def test_below_the_mention_floor_the_level_is_ok_whatever_the_score():
    r = compute(spike(mentions=4, classified=4, negative=4, keyword_events=4), BASE, DetectorSettings())
    assert r.raw_level != "ok" and r.level == "ok" and r.floor_applied


def test_weights_and_thresholds_are_configurable():
    volume_only = DetectorSettings.from_dict({"weights": {"volume": 1.0}, "warning_threshold": 0.2})
    r = compute(spike(), BASE, volume_only)
    assert r.signals["sentiment"]["weight"] == 0 and r.score == r.signals["volume"]["value"]
    with pytest.raises(ValueError):
        DetectorSettings.from_dict({"warning_threshold": 0.9})
    with pytest.raises(ValueError):
        DetectorSettings.from_dict({"weights": {"vibes": 1.0}})
