"""Replays: the real detector on a simulated clock with memory stores (no live data touched)."""

from __future__ import annotations

import itertools
import json
import random
from datetime import UTC, datetime, timedelta
from io import StringIO

from django.core.management import call_command

from crisis import replay
from crisis.score import DetectorSettings
from tenants.redis import redis_client

T0 = datetime(2026, 3, 2, 0, 0, tzinfo=UTC)


def background(subject="acme", days=8, per_hour=30, seed=7):
    rnd = random.Random(seed)
    rows, t = [], T0
    while t < T0 + timedelta(days=days):
        t += timedelta(seconds=rnd.expovariate(per_hour / 3600))
        rows.append(
            {
                "ts": t.isoformat(),
                "subject": subject,
                "text": "nice day flying with acme",
                "platform": "twitter",
            }
        )
    return rows


def burst(start, *, minutes, per_minute, platforms=("twitter",), subject="acme", text=None):
    rows = []
    for i in range(minutes * per_minute):
        rows.append(
            {
                "ts": (start + timedelta(seconds=i * 60 / per_minute)).isoformat(),
                "subject": subject,
                "text": text or "acme flight cancelled again, terrible, worst airline, lawsuit coming",
                "platform": platforms[i % len(platforms)],
                "reach": 500,
            }
        )
    return rows


def run(rows, **cfg):
    rows = sorted(rows, key=lambda r: r["ts"])
    return replay.run(rows, DetectorSettings.from_dict(cfg), keep_samples=True)


def test_a_score_oscillating_around_the_threshold_alerts_at_most_once():
    spike_at = T0 + timedelta(days=8)
    rows = background()
    # 90 minutes alternating one noisy minute and one quiet minute
    for k in range(0, 90, 2):
        rows += burst(spike_at + timedelta(minutes=k), minutes=1, per_minute=9)
    result = run(rows)
    scores = [(ts, s) for subj, ts, s, lv in result.samples if ts >= spike_at.timestamp()]
    crossings = sum(1 for (_, a), (_, b) in itertools.pairwise(scores) if (a >= 0.4) != (b >= 0.4))
    assert crossings >= 10, "the stream must really oscillate around the warning threshold"
    alerts = [a for c in result.crises for a in c.alerts]
    assert len(alerts) <= 1


def test_the_same_spike_on_three_platforms_scores_higher_than_on_one():
    spike_at = T0 + timedelta(days=8, hours=3)
    one = run(background() + burst(spike_at, minutes=5, per_minute=20, platforms=("twitter",)))
    three = run(
        background() + burst(spike_at, minutes=5, per_minute=20, platforms=("twitter", "reddit", "news"))
    )

    def peak(r):
        return max(s for _, ts, s, _ in r.samples if ts >= spike_at.timestamp())

    assert peak(three) > peak(one)
    assert three.crises and three.crises[0].peak_level >= one.crises[0].peak_level


def test_replay_uses_memory_stores_and_leaves_live_redis_alone():
    r = redis_client()
    before = sorted(r.scan_iter("crisis:*"))
    run(background(days=1) + burst(T0 + timedelta(hours=20), minutes=3, per_minute=30))
    assert sorted(r.scan_iter("crisis:*")) == before


def test_replay_command_prints_crises_and_diffs_two_configurations(tmp_path):
    spike_at = T0 + timedelta(days=8, hours=2)
    rows = background() + burst(spike_at, minutes=10, per_minute=30)
    stream = tmp_path / "stream.jsonl"
    stream.write_text("\n".join(json.dumps(r) for r in rows))
    a = tmp_path / "A.json"
    a.write_text(json.dumps({"raise_windows": 2}))
    b = tmp_path / "B.json"
    b.write_text(json.dumps({"raise_windows": 4, "min_mentions": 5}))
    out = StringIO()
    call_command(
        "replay",
        str(stream),
        "--speed",
        "max",
        "--config",
        str(a),
        "--compare",
        str(b),
        "--no-progress",
        "--json",
        str(tmp_path / "out.json"),
        stdout=out,
    )
    text = out.getvalue()
    assert "1 crisis(es):" in text and "time-to-detect" in text
    assert "both: acme" in text and "B 2m00s later" in text
    data = json.loads((tmp_path / "out.json").read_text())
    assert data["A"][0]["subject"] == "acme" and data["A"][0]["time_to_detect_seconds"] <= 120
