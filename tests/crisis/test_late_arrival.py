"""Late events, backfills and prompt evaluation, through the live path (Postgres events → Redis
features → detector → crisis rows) on a simulated clock.

Polled sources deliver items seconds to minutes after they happened (and a busy worker adds more):
the live detector counts each event in the window of its arrival, keeps `occurred_at` for the
first event / time-to-detect, and leaves events older than the lateness horizon (backfills,
imports) to the hourly rollups."""

from __future__ import annotations

import math
import random
from datetime import UTC, datetime, timedelta

import pytest

from config.celery import app
from crisis import pipeline, tasks, tenant_config
from crisis.features import to_ts
from crisis.models import Crisis, DetectorState, HourlyRollup, Level, SubjectOverride
from crisis.redis_store import RedisFeatureStore
from tenants.redis import redis_client
from tests.crisis.conftest import SentTasks
from tests.crisis.factories import bulk, configure, feed, seed_history, unique_subject

MONDAY_10 = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def clean_features():
    r = redis_client()
    for key in r.scan_iter("crisis:*", count=1000):
        r.delete(key)


@pytest.fixture
def sent(monkeypatch, in_a):
    """Tasks handed to the broker after commit, as (name, kwargs, options); `flush()` them."""
    out = SentTasks()

    def fake_send_task(name, args=None, kwargs=None, **options):
        out.append((name, kwargs or {}, options))

    monkeypatch.setattr(app, "send_task", fake_send_task)
    return out


def evaluations_sent(sent, subject) -> list[tuple[dict, dict]]:
    return [
        (kw, o)
        for n, kw, o in sent.flush()
        if n == "crisis.evaluate_subjects" and kw["subjects"] == [subject]
    ]


def burst(subject, sim_clock, *, start, lag=None, minutes=4, step=15):
    """Four quiet minutes (4 posts/min), then a negative burst (40/min), fed every `step` seconds
    and swept every minute. `lag(rng) -> seconds`: each event happened that long before it reaches
    the detector. Returns (burst start, the open crisis or None)."""
    rng = random.Random(7)
    sim_clock.set(start)
    seed_history(subject, days=14, per_hour=lambda h: 60, until=start)

    def feed_minutes(n, per_minute, kind):
        for _ in range(n):
            for _ in range(60 // step):
                now = sim_clock.now()
                at = [now - timedelta(seconds=lag(rng) if lag else 0) for _ in range(per_minute * step // 60)]
                feed(bulk(subject, [(t, kind) for t in at]))
                sim_clock.advance(step)
            pipeline.subjects_sweep()

    feed_minutes(4, 4, "neu")
    burst_start = sim_clock.now()
    feed_minutes(minutes, 40, "neg")
    return burst_start, Crisis.objects.filter(subject=subject).first()


def windows_to_open(crisis, burst_start) -> int:
    return math.ceil((crisis.opened_at - burst_start).total_seconds() / 60)


def test_burst_arriving_30_to_90_s_late_opens_like_an_on_time_burst(detector, sim_clock):
    # 50 s into a window: every batch of late events happened in the previous window or earlier
    start = MONDAY_10 + timedelta(seconds=50)
    on_time, late = unique_subject("ontime"), unique_subject("late")
    t0_on_time, crisis_on_time = burst(on_time, sim_clock, start=start)
    t0_late, crisis_late = burst(late, sim_clock, start=start, lag=lambda rng: rng.uniform(30, 90))

    assert crisis_on_time is not None and crisis_late is not None, "the late burst was invisible"
    assert crisis_late.level == crisis_on_time.level
    assert crisis_late.level in (Level.HIGH, Level.CRITICAL)
    assert windows_to_open(crisis_late, t0_late) == windows_to_open(crisis_on_time, t0_on_time) <= 2
    assert crisis_late.signals["signals"]["volume"]["value"] > 0.9
    # time-to-detect counts from when the first event of the burst *happened*, lateness included
    assert (
        t0_late - timedelta(seconds=90 + 60) <= crisis_late.first_event_at <= t0_late - timedelta(seconds=30)
    )
    assert t0_on_time - timedelta(seconds=60) <= crisis_on_time.first_event_at <= crisis_on_time.opened_at


def test_backfill_of_old_events_opens_no_crisis_and_lands_in_the_hourly_rollups(detector, sim_clock):
    subject = unique_subject("backfill")
    sim_clock.set(MONDAY_10)
    seed_history(subject, days=14, per_hour=lambda h: 60, until=MONDAY_10)
    two_days_ago = MONDAY_10 - timedelta(days=2, hours=3)
    old = [(two_days_ago + timedelta(seconds=i), "neg") for i in range(400)]
    for i in range(0, 400, 100):  # an import, in batches
        feed(bulk(subject, old[i : i + 100]))
        sim_clock.advance(5)
    for _ in range(3):
        sim_clock.advance(60)
        pipeline.subjects_sweep()

    assert not Crisis.objects.filter(subject=subject).exists()
    state = DetectorState.objects.filter(subject=subject).first()
    assert state is None or state.last_level == Level.OK
    store = RedisFeatureStore(schema=pipeline.connection.schema_name, window_seconds=60)
    assert store.window(subject, to_ts(sim_clock.now())).mentions == 0
    rollup = HourlyRollup.objects.get(subject=subject, hour=two_days_ago.replace(minute=0, second=0))
    assert rollup.mentions == 400 and rollup.negative == 400  # counted by occurred_at, rollup refreshed


def test_lateness_horizon_is_configurable_per_subject(detector, sim_clock):
    subject = unique_subject("horizon")
    sim_clock.set(MONDAY_10)
    SubjectOverride.objects.create(subject=subject, settings={"lateness_horizon_seconds": 600})
    tenant_config.config_cache_clear()
    store = RedisFeatureStore(schema=pipeline.connection.schema_name, window_seconds=60)
    now = sim_clock.now()
    feed(
        bulk(subject, [(now - timedelta(minutes=5), "neu")] * 3 + [(now - timedelta(minutes=15), "neu")] * 2)
    )
    assert store.window(subject, to_ts(now)).mentions == 3  # 5 min late: counts now; 15 min: backfill


def test_streak_pending_when_a_burst_stops_gets_its_own_evaluation(in_a, sim_clock, sent):
    """A 40-second burst crosses the threshold at once, but a level needs a full window above it:
    the evaluation at the instant the streak completes (still holding 40 s of the burst) opens the
    crisis; the next minute sweep could come too late, with the burst gone from the window."""
    configure(debounce_seconds=0.0005)
    subject = unique_subject("short")
    sim_clock.set(MONDAY_10)
    for _ in range(5):  # 10 negative posts every 10 s for 40 s, then silence
        feed(bulk(subject, [(sim_clock.now(), "neg")] * 10))
        sim_clock.advance(10)
    state = DetectorState.objects.get(subject=subject)
    assert state.last_level == Level.OK and state.state["above_since"]  # streak started, not eligible
    follow_ups = evaluations_sent(sent, subject)
    assert len(follow_ups) == 1  # once per streak, however many evaluations saw it pending
    countdown = follow_ups[0][1]["countdown"]
    assert 60 <= countdown <= 61  # when the one-window streak completes, counted from the crossing

    sim_clock.advance(countdown - 50)
    tasks.evaluate_subjects(subjects=[subject])  # what the worker runs at the countdown
    crisis = Crisis.objects.get(subject=subject)
    assert crisis.level in (Level.HIGH, Level.CRITICAL)
    tenant_config.config_cache_clear()


def test_last_batch_of_a_burst_inside_the_debounce_gets_a_trailing_evaluation(in_a, sim_clock, sent):
    configure(debounce_seconds=5)
    subject = unique_subject("trail")
    sim_clock.set(MONDAY_10)
    feed(bulk(subject, [(sim_clock.now(), "neg")] * 8))  # leading edge: evaluated at once
    first = DetectorState.objects.get(subject=subject)
    sim_clock.advance(1)
    feed(bulk(subject, [(sim_clock.now(), "neg")] * 30))  # within the debounce: held back...
    assert DetectorState.objects.get(subject=subject).evaluated_at == first.evaluated_at
    trailing = [(kw, o) for kw, o in evaluations_sent(sent, subject) if kw.get("trailing")]
    assert len(trailing) == 1 and trailing[0][1]["countdown"] == 5  # ...and evaluated 5 s later
    feed(bulk(subject, [(sim_clock.now(), "neg")] * 5))  # the same trailing run covers this batch
    assert len([1 for kw, _ in evaluations_sent(sent, subject) if kw.get("trailing")]) == 1
    sim_clock.advance(4)
    assert tasks.evaluate_subjects(**trailing[0][0]) == 1
    state = DetectorState.objects.get(subject=subject)
    assert state.evaluated_at > first.evaluated_at
    sample = state.state
    assert sample["last_eval"] > first.state["last_eval"]
    tenant_config.config_cache_clear()
