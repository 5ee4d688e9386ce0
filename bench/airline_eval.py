"""Replay the per-airline tweets of Feb 16–24 2015 (../shared/data/airline_sentiment/) through
the detector with full signals: one subject per airline, real timestamps.

Usage: .venv/bin/python bench/airline_eval.py [--config A.json] [--data PATH]

Each tweet becomes a classified observation: sentiment from the crowd label (negative −0.7,
neutral 0, positive +0.6, scaled by the label's confidence), crisis keywords matched on the text by
the default vocabulary (cancelled, lawsuit, …), reach from retweets. Ground truth, independent of
the detector: a *negative burst hour* for an airline has ≥ max(10, 4 × that airline's median hourly
count of negative tweets). Reported per airline: openings, the first one's level and time after the
first burst hour, and openings outside any burst (no burst hour within the 3 h up to the opening).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import statistics
import sys
import time
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

DEFAULT_CONFIG = {
    "window_seconds": 900,
    "prior_hourly_mean": 10.0,
    "prior_hourly_std": 10.0,
    "resolve_windows": 8,
}
SENTIMENT = {"negative": -0.7, "neutral": 0.0, "positive": 0.6}


def load(path: Path) -> dict[str, list[dict]]:
    by_airline: dict[str, list[dict]] = defaultdict(list)
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            try:
                ts = datetime.fromisoformat(row["created_at"].replace("Z", "+00:00")).timestamp()
            except ValueError:
                continue
            if row["sentiment"] not in SENTIMENT or not row["airline"]:
                continue
            row["ts"] = ts
            by_airline[row["airline"]].append(row)
    return {k: sorted(v, key=lambda r: r["ts"]) for k, v in by_airline.items()}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--data", default=str(ROOT.parent / "shared" / "data" / "airline_sentiment" / "data.csv")
    )
    parser.add_argument("--config")
    args = parser.parse_args()
    path = Path(args.data)
    if not path.exists():
        print(f"SKIP: {path} not found")
        return 0
    import django

    django.setup()
    from crisis import replay
    from crisis.features import KeywordMatcher, Observation, from_ts, terms_of
    from crisis.score import DetectorSettings

    cfg = DetectorSettings.from_dict(
        json.loads(Path(args.config).read_text()) if args.config else DEFAULT_CONFIG
    )
    matcher = KeywordMatcher.default()
    data = load(path)
    print(
        f"{sum(map(len, data.values())):,} tweets, {len(data)} airlines; window {cfg.window_seconds}s, full signals"
    )
    started = time.monotonic()
    totals = Counter()
    for airline, rows in sorted(data.items()):
        neg_hours = Counter(int(r["ts"] // 3600) for r in rows if r["sentiment"] == "negative")
        h0, h1 = int(rows[0]["ts"] // 3600), int(rows[-1]["ts"] // 3600)
        counts = [neg_hours.get(h, 0) for h in range(h0, h1 + 1)]
        threshold = max(10, 4 * statistics.median(counts))
        bursts = sorted(h for h in range(h0, h1 + 1) if neg_hours.get(h, 0) >= threshold)
        observations = []
        for r in rows:
            kws, weight = matcher.match(r["text"])
            conf = float(r["sentiment_confidence"] or 1.0)
            observations.append(
                Observation(
                    ts=r["ts"],
                    subjects=[airline],
                    platform="twitter",
                    sentiment=SENTIMENT[r["sentiment"]] * conf,
                    keywords=kws,
                    keyword_weight=weight,
                    reach=int(r["retweet_count"] or 0) * 200,
                    terms=terms_of(r["text"], 5),
                )
            )
        result = replay.run(observations, cfg)
        good = [
            c
            for c in result.crises
            if any(h in bursts for h in range(int(c.opened_ts // 3600) - 2, int(c.opened_ts // 3600) + 1))
        ]
        false = len(result.crises) - len(good)
        totals["openings"] += len(result.crises)
        totals["false"] += false
        totals["airlines_with_bursts"] += bool(bursts)
        totals["detected"] += bool(bursts and good)
        first = (
            f"burst {from_ts(bursts[0] * 3600):%m-%d %H:00} ({len(bursts)} h)"
            if bursts
            else "no negative burst"
        )
        print(
            f"\n{airline}: {len(rows)} tweets, {first}; {len(result.crises)} opening(s), {false} outside bursts"
        )
        for c in result.crises:
            tag = "in burst" if c in good else "OUTSIDE burst"
            after = (
                f", {(c.opened_ts - bursts[0] * 3600) / 60:+.0f} min vs first burst hour"
                if bursts and c is good[0]
                else ""
            )
            print(f"  {from_ts(c.opened_ts):%m-%d %H:%M} {c.peak_level:<8s} {tag}{after} — {c.explanation}")
    print()
    print(
        f"airlines with a negative burst detected: {totals['detected']}/{totals['airlines_with_bursts']}; "
        f"openings {totals['openings']}, outside bursts {totals['false']}; wall {time.monotonic() - started:.1f}s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
