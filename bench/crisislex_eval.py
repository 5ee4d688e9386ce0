"""Replay the real tweet-volume timelines of the 25 CrisisLexT26 crises through the detector.

Usage: .venv/bin/python bench/crisislex_eval.py [--config A.json] [--only NAME] [--data PATH]

Each event's full keyword collection (../shared/data/crisislex_t26/volume_timeline.csv.gz, real
timestamps, no text) is replayed as one subject through the real engine (crisis.replay: memory
stores, simulated clock, minute sweeps) with *volume-only* weights. Figures:

- detected: at least one crisis opened while the event was bursting;
- time to detect: first opening − start of the first burst hour;
- false openings: openings in a quiet stretch (no burst hour in the 3 h up to the opening);
- incidents, reopenings and pages: a story that flares up again within the reopen window
  (`--reopen-minutes`, default the tenant default `GroupingConfig.reopen_window_minutes`) reopens
  its incident instead of opening a new one; a page is a high or critical alert at a level the
  incident never paged before (escalation's defaults: P2 goes to the digest, and the per-incident
  rate limit pages once per tier and per level change), every other alert is an update.
  `--reopen-minutes 0` gives the figures before stories.

A burst hour is defined independently of the detector: an hour with ≥ max(10, 5 × the event's
median hourly count) tweets. The timelines start at the crisis (no pre-crisis history), so each
subject begins on the global prior; the prior is set to this collection's scale (3 ± 3 tweets/h,
the median quiet rate) — the setting a tenant gives a new low-volume subject.
"""

from __future__ import annotations

import argparse
import csv
import gzip
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
    "weights": {"volume": 1.0},
    "window_seconds": 900,
    "min_mentions": 5,
    "raise_windows": 2,
    "resolve_windows": 8,
    "prior_hourly_mean": 3.0,
    "prior_hourly_std": 3.0,
}


def load(path: Path) -> dict[str, list[float]]:
    events: dict[str, list[float]] = defaultdict(list)
    with gzip.open(path, "rt") as fh:
        for row in csv.DictReader(fh):
            ts = datetime.fromisoformat(row["created_at"].replace("Z", "+00:00")).timestamp()
            events[row["event"]].append(ts)
    return {k: sorted(v) for k, v in events.items()}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--data", default=str(ROOT.parent / "shared" / "data" / "crisislex_t26" / "volume_timeline.csv.gz")
    )
    parser.add_argument("--config", help="detector settings JSON (default: volume-only, see module doc)")
    parser.add_argument("--only", help="replay one event")
    parser.add_argument(
        "--reopen-minutes",
        type=float,
        default=None,
        help="story reopen window (default: GroupingConfig's default; 0 = a new incident every time)",
    )
    args = parser.parse_args()
    path = Path(args.data)
    if not path.exists():
        print(f"SKIP: {path} not found")
        return 0

    import django

    django.setup()
    from crisis import replay
    from crisis.features import Observation
    from crisis.models import GroupingConfig
    from crisis.score import DetectorSettings

    cfg = DetectorSettings.from_dict(
        json.loads(Path(args.config).read_text()) if args.config else DEFAULT_CONFIG
    )
    reopen_minutes = (
        args.reopen_minutes
        if args.reopen_minutes is not None
        else GroupingConfig._meta.get_field("reopen_window_minutes").default
    )
    timelines = load(path)
    if args.only:
        timelines = {args.only: timelines[args.only]}
    print(
        f"{len(timelines)} crises, {sum(map(len, timelines.values())):,} tweets; window {cfg.window_seconds}s, "
        f"weights {cfg.normalised_weights()['volume']:.0%} volume; reopen window {reopen_minutes:g} min"
    )
    detected, ttds, false_openings, total_openings, quiet_hours = 0, [], 0, 0, 0
    pages_per_crisis, reopens_total, updates_total, false_reopens = [], 0, 0, 0
    incidents_per_crisis: list[int] = []
    started = time.monotonic()
    print(
        f"{'event':32s} {'tweets':>6s} {'burst@':>7s} {'opened':>7s} {'ttd':>7s} {'peak':>8s} {'open#':>5s} "
        f"{'false':>5s} {'reop':>4s} {'pages':>5s}"
    )
    for name, stamps in sorted(timelines.items()):
        hours = Counter(int(t // 3600) for t in stamps)
        h0, h1 = min(hours), max(hours)
        counts = [hours.get(h, 0) for h in range(h0, h1 + 1)]
        threshold = max(10, 5 * statistics.median(counts))
        burst_hours = {h for h in range(h0, h1 + 1) if hours.get(h, 0) >= threshold}
        quiet_hours += sum(
            1 for h in range(h0, h1 + 1) if not any(x in burst_hours for x in range(h - 2, h + 1))
        )
        first_burst = min(burst_hours) * 3600 if burst_hours else None
        rows = (Observation(ts=t, subjects=[name], classified=False) for t in stamps)
        result = replay.run(rows, cfg, reopen_within_seconds=reopen_minutes * 60)

        # Every opening of an incident, and every reopening of one, is a moment the detector
        # said "this is a crisis": detection counts either; "false" ones are those in quiet stretches.
        def bursting(ts: float, burst_hours: set[int] = burst_hours) -> bool:
            return any(x in burst_hours for x in range(int(ts // 3600) - 2, int(ts // 3600) + 1))

        in_burst = sorted(t for c in result.crises for t in [c.opened_ts, *c.reopens] if bursting(t))
        false_here = sum(1 for c in result.crises if not bursting(c.opened_ts))
        total_openings += len(result.crises)
        false_openings += false_here
        for c in result.crises:
            reopens_total += len(c.reopens)
            updates_total += len(c.updates)
            false_reopens += sum(
                1
                for t in c.reopens
                if not any(x in burst_hours for x in range(int(t // 3600) - 2, int(t // 3600) + 1))
            )
        pages_per_crisis.append(sum(len(c.pages) for c in result.crises))
        incidents_per_crisis.append(len(result.crises))
        ttd = None
        if in_burst and first_burst is not None:
            detected += 1
            ttd = in_burst[0] - first_burst
            ttds.append(ttd)
        peak = max(
            (c.peak_level for c in result.crises),
            key=["ok", "warning", "high", "critical"].index,
            default="-",
        )
        print(
            f"{name:32s} {len(stamps):6d} {((first_burst or h0 * 3600) - h0 * 3600) / 3600:6.0f}h "
            f"{(((in_burst[0] if in_burst else h0 * 3600) - h0 * 3600) / 3600):6.1f}h "
            f"{(f'{ttd / 60:.0f}m' if ttd is not None else 'MISSED'):>7s} {peak:>8s} {len(result.crises):5d} {false_here:5d} "
            f"{sum(len(c.reopens) for c in result.crises):4d} {pages_per_crisis[-1]:5d}"
        )
    n = len(timelines)
    max_incidents = max(incidents_per_crisis, default=0)
    print()
    print(f"detected: {detected}/{n}")
    if ttds:
        q = sorted(ttds)
        print(
            f"time from first burst hour to opening: median {statistics.median(q) / 60:.0f} min, "
            f"p90 {q[int(0.9 * (len(q) - 1))] / 60:.0f} min, max {q[-1] / 60:.0f} min"
        )
    print(
        f"openings: {total_openings} in total, {false_openings} false (in quiet stretches; "
        f"{quiet_hours:,} quiet hours replayed → {false_openings / max(quiet_hours, 1) * 24 * 7:.2f} per quiet week)"
    )
    print(
        f"incidents: {total_openings / n:.2f} per real crisis (max {max_incidents}); {reopens_total} "
        f"reopenings ({false_reopens} in quiet stretches) instead of new incidents"
    )
    print(
        f"pages (tier 1; high/critical, once per level an incident reaches): {sum(pages_per_crisis) / n:.2f} per real crisis, "
        f"max {max(pages_per_crisis, default=0)}; {updates_total} alerts became updates"
    )
    print(f"replay wall time {time.monotonic() - started:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
