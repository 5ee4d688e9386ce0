"""Known-answer streams through the live path: Postgres events → Redis features → detector →
crisis rows, on a simulated clock (tenants.clock)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from crisis import pipeline, tenant_config
from crisis.models import Crisis, DetectorState, Level, ScoreSample, SubjectOverride
from tenants.redis import redis_client
from tests.crisis.factories import bulk, configure, feed, negative, neutral, seed_history, unique_subject

MONDAY_10 = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def clean_features():
    r = redis_client()
    for key in r.scan_iter("crisis:*", count=1000):
        r.delete(key)


def play(subject, sim_clock, *, minutes, per_minute, kind="neg", bad_every=0, sweep=True, step=15):
    """`per_minute` events per simulated minute, fed in batches every `step` seconds (each batch
    evaluated on arrival), then the minute sweep. `bad_every=10`: one negative post in ten."""
    batches = 60 // step
    n = 0
    for _ in range(minutes):
        for _ in range(batches):
            kinds = []
            for _ in range(per_minute // batches):
                k = kind if not bad_every else ("neg" if n % bad_every == 0 else "neu")
                kinds.append((sim_clock.now(), k))
                n += 1
            feed(bulk(subject, kinds))
            sim_clock.advance(step)
        if sweep:
            pipeline.subjects_sweep()


def open_crisis(subject):
    return Crisis.objects.filter(subject=subject).exclude(status=Crisis.Status.RESOLVED).first()


def test_steady_baseline_opens_no_crisis(detector, sim_clock):
    subject = unique_subject()
    sim_clock.set(MONDAY_10)
    seed_history(subject, days=14, per_hour=lambda h: 600, until=MONDAY_10)
    play(subject, sim_clock, minutes=10, per_minute=12, bad_every=10)  # the usual mix
    assert not Crisis.objects.filter(subject=subject).exists()
    state = DetectorState.objects.get(subject=subject)
    assert state.last_level == Level.OK
    assert ScoreSample.objects.filter(subject=subject).count() >= 10  # evaluated every window


def test_sudden_negative_spike_with_keywords_opens_a_crisis_within_two_windows(detector, sim_clock):
    subject = unique_subject()
    sim_clock.set(MONDAY_10)
    seed_history(subject, days=14, per_hour=lambda h: 60, until=MONDAY_10)
    play(subject, sim_clock, minutes=3, per_minute=4, kind="neu")
    spike_start = sim_clock.now()
    play(subject, sim_clock, minutes=3, per_minute=40)

    crisis = open_crisis(subject)
    assert crisis is not None
    assert (crisis.opened_at - spike_start).total_seconds() <= 2 * 60
    assert crisis.level in (Level.HIGH, Level.CRITICAL)
    assert "volume spike" in crisis.explanation and "crisis keywords" in crisis.explanation
    # time-to-detect counts from the first event of the window in which the score crossed warning
    assert spike_start - timedelta(seconds=60) <= crisis.first_event_at <= crisis.opened_at
    signals = crisis.signals["signals"]
    assert set(signals) == {"volume", "sentiment", "keywords", "emotion", "amplification", "cross_platform"}
    assert all(0.0 <= s["value"] <= 1.0 for s in signals.values())
    assert sum(s["contribution"] for s in signals.values()) == pytest.approx(crisis.score, abs=0.01)
    assert crisis.events.count() > 0 and crisis.category == "security" and crisis.severity in ("P0", "P1")


def test_slow_burn_over_hours_is_caught_by_the_sweep(detector, sim_clock):
    subject = unique_subject()
    configure(window_seconds=300, debounce_seconds=0.0005)
    sim_clock.set(MONDAY_10)
    seed_history(subject, days=14, per_hour=lambda h: 120, until=MONDAY_10)
    opened_in_window = None
    for i in range(36):  # 3 hours of 5-minute windows, fed without event-driven evaluation
        volume = 10 + int(i * 0.4)
        bad = round(volume * min(0.1 + i * 0.025, 0.95))
        start = sim_clock.now()
        kinds = [
            (start + timedelta(seconds=k * 300 / volume), "neg" if k < bad else "neu") for k in range(volume)
        ]
        sim_clock.advance(300)
        feed(bulk(subject, kinds), evaluate=False)
        pipeline.subjects_sweep()
        if opened_in_window is None and open_crisis(subject):
            opened_in_window = i
    assert opened_in_window is not None, "the sweep never opened the slow burn"
    assert opened_in_window >= 9, "opened in the first 45 minutes: not a slow burn any more"


def test_one_viral_post_without_follow_up_opens_no_crisis(detector, sim_clock):
    subject = unique_subject()
    sim_clock.set(MONDAY_10)
    viral = negative(subject, reach=5_000_000, verified=True, at=sim_clock.now())
    feed([viral])
    retweets = [neutral(subject, canonical=viral, reach=20_000, at=sim_clock.now()) for _ in range(3)]
    feed(retweets, duplicates=True)
    for _ in range(20):
        sim_clock.advance(60)
        pipeline.subjects_sweep()
    assert not Crisis.objects.filter(subject=subject).exists()


def test_daily_nine_oclock_peak_does_not_alert_but_same_volume_at_three_does(detector, sim_clock):
    configure(
        weights={
            "volume": 1.0,
            "sentiment": 0,
            "keywords": 0,
            "emotion": 0,
            "amplification": 0,
            "cross_platform": 0,
        },
        debounce_seconds=0.0005,
    )
    day = datetime(2026, 12, 9, tzinfo=UTC)

    def pattern(hour):
        return 1200 if hour == 9 else 30

    morning, night = unique_subject("morning"), unique_subject("night")
    seed_history(morning, days=14, per_hour=pattern, until=day)
    seed_history(night, days=14, per_hour=pattern, until=day)

    sim_clock.set(day.replace(hour=9, minute=5))
    play(morning, sim_clock, minutes=4, per_minute=20, kind="neu")
    assert not Crisis.objects.filter(subject=morning).exists()

    sim_clock.set(day.replace(hour=3, minute=5))
    play(night, sim_clock, minutes=4, per_minute=20, kind="neu")
    crisis = open_crisis(night)
    assert crisis is not None
    assert crisis.signals["baseline"]["basis"] in ("hour-of-day", "hour-of-week")


def test_subject_override_raises_the_mention_floor_and_mute_silences(detector, sim_clock):
    quiet, muted = unique_subject("floor"), unique_subject("muted")
    SubjectOverride.objects.create(subject=quiet, settings={"min_mentions": 500})
    SubjectOverride.objects.create(subject=muted, muted=True)
    tenant_config.config_cache_clear()
    sim_clock.set(MONDAY_10)
    for s in (quiet, muted):
        play(s, sim_clock, minutes=2, per_minute=40)
        assert not Crisis.objects.filter(subject=s).exists()
    assert DetectorState.objects.get(subject=quiet).last_score > 0.4  # scored high, floored to ok


def test_tenant_keyword_list_replaces_the_default_vocabulary(detector, sim_clock):
    from crisis.models import CrisisKeyword

    CrisisKeyword.objects.create(phrase="melted", weight=1.0)
    tenant_config.config_cache_clear()
    subject = unique_subject()
    sim_clock.set(MONDAY_10)
    feed([neutral(subject, text="the acme kettle melted on my stove") for _ in range(3)])
    feed([negative(subject, text="acme breach and fraud") for _ in range(3)])
    sample = ScoreSample.objects.filter(subject=subject).latest("at", "id")
    assert "melted" in sample.signals["signals"]["keywords"]["detail"]
    assert "breach" not in sample.signals["signals"]["keywords"]["detail"]
