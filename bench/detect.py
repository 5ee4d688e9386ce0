"""Detector speed: classified → level raised latency, and throughput with 1,000 active subjects.

Usage: .venv/bin/python bench/detect.py [--trials 30] [--subjects 1000] [--events 20000] [--no-worker]

Runs against its own database (DATABASE_URL, default crisisops_bench_crisisdet: created, migrated
and given one tenant `bench` on first use) and its own Redis db (REDIS_URL, default db 14), never
the demo's.

1. Latency (real Celery worker, the live path): a subject is primed with one window of a negative
   spike (the score is above threshold but the hysteresis has not let it through yet), the clock
   moves one window on, then one more classified event is committed and `crisis.observe_events`
   enqueued by name. Measured: commit of that classification → the Crisis row exists (polled every
   5 ms). Includes broker hop, task, feature update, evaluation, crisis + timeline writes.
2. Throughput (in-process, one core): `events_observe`'s work minus loading the Event rows — the
   observations of N events over S subjects go through the Redis feature store and the debounced
   evaluation (state row lock, score, samples) in batches of 100, as the task receives them. Also
   the full `events_observe` (with Event/Classification loading) on a smaller sample.

Reference floor (bench/floor.py): the same kind of observations through the in-memory detector
(`crisis.replay.run`: memory feature store and baselines, score, hysteresis; no Redis, no
database), one process, measured before the parts above and again after them (best of 3 each);
"throughput ÷ in-memory floor" is printed only when the two floors agree within 20 %.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/crisisops_bench_crisisdet")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/14")
os.environ.setdefault("CRISIS_ENV", "test")

from bench.floor import Floor, machine_line  # noqa: E402


def ensure_database() -> None:
    import psycopg

    url = os.environ["DATABASE_URL"]
    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def ensure_tenant():
    from django.core.management import call_command
    from django_tenants.utils import schema_context

    from tenants.models import Organization

    with schema_context("public"):
        try:
            org = Organization.objects.filter(schema_name="bench").first()
        except Exception:
            org = None
    if org is None:
        print("setting up the bench database (once)…", flush=True)
        call_command("migrate_schemas", "--shared", verbosity=0)
        from tenants.services import organization_provision

        org = organization_provision(slug="bench", domain="bench.localhost", region="eu").organization
    return org


def p(values, q):
    s = sorted(values)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))]


def latency(org, trials: int) -> list[float]:
    from django.db import connection

    from config.celery import enqueue
    from crisis import pipeline, tenant_config
    from crisis.models import Crisis, DetectorConfig
    from tenants import clock
    from tenants.redis import redis_client
    from tests.crisis.factories import bulk, negative
    from tests.support import processes

    connection.set_tenant(org)
    DetectorConfig.objects.all().delete()
    DetectorConfig.objects.create()  # defaults: 60 s windows, N = 2, debounce 0.5 s
    tenant_config.config_cache_clear()
    worker = processes.start_worker(name="bench-detect", queues="detect")
    out = []
    try:
        for i in range(trials):
            subject = f"lat-{os.getpid()}-{i}-{random.randint(0, 10**9)}"
            for step in (40, 21):  # the streak starts, holds 40 s later, then one window has passed
                events = bulk(subject, [(clock.now(), "neg")] * 20)
                pipeline.events_observe(event_ids=[e.pk for e in events])
                clock.advance(step)
                time.sleep(0.6)  # past the debounce of this batch: the next one is a leading edge
            ev = negative(subject, at=clock.now())
            t0 = time.perf_counter()
            enqueue("crisis.observe_events", event_ids=[ev.pk])  # autocommit: sent now
            deadline = t0 + 10
            while not Crisis.objects.filter(subject=subject).exists() and time.perf_counter() < deadline:
                time.sleep(0.005)
            out.append(time.perf_counter() - t0)
    finally:
        worker.stop()
        clock.reset()
        for key in redis_client().scan_iter("crisis:*"):
            redis_client().delete(key)
    return out


def observation(k: int, subject: str, ts: float, rnd: random.Random):
    """One classified mention: 30 % negative (some with a crisis keyword), varied reach."""
    from crisis.features import Observation

    neg = rnd.random() < 0.3
    return Observation(
        ts=ts,
        subjects=[subject],
        platform=rnd.choice(["twitter", "reddit", "news"]),
        source="bench",
        sentiment=-0.7 if neg else 0.2,
        emotion=0.6 if neg else 0.0,
        keywords=["outage"] if neg and rnd.random() < 0.3 else [],
        keyword_weight=1.0,
        reach=rnd.randint(10, 5000),
        terms=["service", "down"] if neg else ["thanks"],
        event_id=k,
    )


def memory_floor_once(n_subjects: int = 1000, n_events: int = 10000) -> float:
    """Events/s of the in-memory detector on observations like the throughput part's."""
    from crisis.replay import run
    from crisis.score import DetectorSettings

    rnd = random.Random(5)
    subjects = [f"floor-{i}" for i in range(n_subjects)]
    t0 = 1_800_000_000.0
    rows = [observation(k, rnd.choice(subjects), t0 + k / n_subjects, rnd) for k in range(n_events)]
    started = time.perf_counter()
    run(rows, DetectorSettings())
    return n_events / (time.perf_counter() - started)


def throughput(org, n_subjects: int, n_events: int, prefix: str = "tp") -> tuple[float, float, int]:
    from django.db import connection

    from crisis import pipeline, tenant_config
    from crisis.live import live_engine
    from crisis.models import DetectorConfig
    from tenants import clock
    from tenants.redis import redis_client

    connection.set_tenant(org)
    DetectorConfig.objects.all().delete()
    # Established subjects: ~1 mention/s each is their normal (as their hourly baselines would say).
    DetectorConfig.objects.create(prior_hourly_mean=3600, prior_hourly_std=600)
    tenant_config.config_cache_clear()
    rnd = random.Random(3)
    subjects = [f"{prefix}-{i}" for i in range(n_subjects)]
    engine = live_engine()
    t_now = clock.now().timestamp()
    rate_hint = float(n_subjects)  # simulated arrival rate: one event per subject per second
    evaluated = 0
    started = time.perf_counter()
    warmup = n_subjects  # first touch of each subject loads its baseline (cached per hour after)
    for start in range(0, n_events + warmup, 100):
        if start == warmup:
            started, evaluated = time.perf_counter(), 0
        batch = []
        for k in range(start, min(start + 100, n_events + warmup)):
            s = subjects[k] if k < warmup else rnd.choice(subjects)
            batch.append(observation(k, s, t_now + k / rate_hint, rnd))
        clock.advance(100 / rate_hint)
        touched = engine.observe(batch)
        now_subjects, _trailing = pipeline.debounce(sorted(touched))
        evaluated += len(pipeline.subjects_evaluate(subjects=now_subjects, engine=engine))
    elapsed = time.perf_counter() - started
    clock.reset()
    for key in redis_client().scan_iter("crisis:*"):
        redis_client().delete(key)
    return n_events / elapsed, elapsed, evaluated


def _worker_throughput(n_subjects: int, n_events: int, prefix: str):
    import django

    django.setup()
    from tenants.models import Organization

    org = Organization.objects.get(schema_name="bench")
    return throughput(org, n_subjects, n_events, prefix)


def full_path(org, n_events: int) -> float:
    from django.db import connection

    from crisis import pipeline
    from tenants import clock
    from tests.crisis.factories import bulk

    connection.set_tenant(org)
    subjects = [f"fp-{i}" for i in range(200)]
    ids = []
    now = clock.now()
    for s in subjects:
        ids += [
            e.pk
            for e in bulk(
                s, [(now, "neg" if i % 3 == 0 else "neu") for i in range(n_events // len(subjects))]
            )
        ]
    started = time.perf_counter()
    for i in range(0, len(ids), 100):
        pipeline.events_observe(event_ids=ids[i : i + 100])
    return len(ids) / (time.perf_counter() - started)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=30)
    parser.add_argument("--subjects", type=int, default=1000)
    parser.add_argument("--events", type=int, default=20000)
    parser.add_argument("--procs", type=int, default=2, help="parallel detector processes (cores)")
    parser.add_argument("--no-worker", action="store_true", help="skip the latency part (needs a worker)")
    args = parser.parse_args()
    print(machine_line("at start"), flush=True)
    ensure_database()
    import django

    django.setup()
    org = ensure_tenant()
    floor = Floor(
        "in-memory detector floor (1 process, 1,000 subjects, 10,000 events)", "events/s", memory_floor_once
    )
    floor.measure_before()
    if not args.no_worker:
        lat = latency(org, args.trials)
        print(
            f"classified → level raised (real worker, {len(lat)} trials): p50 {statistics.median(lat) * 1000:.0f} ms, "
            f"p95 {p(lat, 0.95) * 1000:.0f} ms, max {max(lat) * 1000:.0f} ms  (target p95 ≤ 1000 ms)"
        )
    rate, elapsed, evaluated = throughput(org, args.subjects, args.events)
    print(
        f"detector throughput, {args.subjects} active subjects: {rate:,.0f} events/s in one process "
        f"({args.events:,} events in {elapsed:.1f}s, {evaluated:,} evaluations)"
    )
    if args.procs > 1:
        import multiprocessing as mp

        ctx = mp.get_context("spawn")
        per = args.subjects // args.procs
        with ctx.Pool(args.procs) as pool:
            started = time.perf_counter()
            results = pool.starmap(
                _worker_throughput, [(per, args.events // args.procs, f"mp{i}") for i in range(args.procs)]
            )
            wall = time.perf_counter() - started
        total = sum(args.events // args.procs for _ in results)
        print(
            f"detector throughput, {args.procs} processes × {per} subjects: {total / max(r[1] for r in results):,.0f} "
            f"events/s aggregate (per process {', '.join(f'{r[0]:,.0f}' for r in results)}; wall incl. start-up {wall:.1f}s)"
            "  (target ≥ 1,000/s on 2 cores)"
        )
    full = full_path(org, 4000)
    print(f"full events_observe incl. loading Event+Classification rows: {full:,.0f} events/s on one core")
    floor.measure_after()
    print("\n".join(floor.report(achieved=rate, achieved_label="detector throughput (1 process)")))
    print(machine_line("at end"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
