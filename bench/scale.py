"""Scale test: the pipeline with 1, 2 and 4 worker processes per stage, as production runs them.

Usage: .venv/bin/python bench/scale.py [--processes 1,2,4] [--rate 200] [--seconds 10]
                                       [--bursts 3] [--per-burst 30] [--timeout 300]

For each count N, starts Daphne, N processes of each stage pool (`python -m config.pools
<stage> --concurrency 1`: ingest, classify, detect, notify; their own processes, exactly what the
Helm chart's Deployments run), one beat pool process and the scheduler, on this script's own
database (`crisisops_bench_scale`) and Redis db (`BENCH_REDIS_URL`, default db 13), with the
`bench` tenant of bench/pipeline.py (the demo company's configuration, channels on local sinks).
Then it measures:

1. Throughput: `--rate` events/s of the demo scenario's mix posted for `--seconds` (more than
   one process per stage can take here); sustained = events / (first post → every RawEvent
   processed, every canonical Event classified, the stage queues empty).
2. Detection → alert: `--bursts` data-breach bursts of `--per-burst` posts about a fresh brand,
   first post → the alert the platform opened for it (its row; how it reaches people is the
   paging policy's, measured by bench/pipeline.py on the wire); p50 / p95.
3. Memory: peak resident size (VmHWM) of each pool's processes after the run, the figure the
   chart's memory requests come from (config/pools.py `memory_mb`).

The load average is printed before and after each step: on a machine with few cores the curve
flattens where the cores run out, and this says where. Everything started is stopped.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("BENCH_DB_NAME", "crisisops_bench_scale")
os.environ.setdefault("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import pipeline as pl  # sets DATABASE_URL / REDIS_URL from the above
from bench.floor import load_average, machine_line

STAGES = ("ingest", "classify", "detect", "notify")


def children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def pool_memory(procs: dict[str, subprocess.Popen]) -> dict[str, float]:
    """Largest peak RSS (MiB) of any process (parent or prefork child) of each pool."""
    peaks: dict[str, float] = {}
    for name, proc in procs.items():
        pool = name.rsplit("-", 1)[0]
        for pid in [proc.pid, *children(proc.pid)]:
            peaks[pool] = max(peaks.get(pool, 0.0), pl.proc_stats(pid)[1])
    return peaks


def bursts(url: str, count: int, per_burst: int, timeout: float) -> list[float | None]:
    """Detection → alert per burst: first post → the brand is a subject of an incident that has
    an alert (a new alert, or the story's alert it joined: a second breach burst is grouped into
    the first one's incident). Polled every 0.25 s.

    The alert, not a message on the wire: how a P2 alert reaches people (a digest) is the
    tenant's paging policy, and on a loaded machine a burst may stay at P2."""
    import httpx
    from django_tenants.utils import schema_context

    from crisis.models import Crisis
    from escalation.models import Alert
    from ingestion.models import WatchTerm

    out: list[float | None] = []
    for k in range(count):
        brand = f"Quillmark{k}x{int(time.time()) % 100000}"
        with schema_context(pl.SCHEMA):
            WatchTerm.objects.create(slug=brand.lower(), name=brand, kind="brand", aliases=[brand])
        events = [
            {
                "id": f"burst-{brand}-{i}",
                "text": pl.BURST_TEXTS[i % len(pl.BURST_TEXTS)].format(b=brand) + f" ({i})",
                "platform": "twitter",
                "author": {"id": f"b{i}", "name": f"user{i}", "followers": 500 + 40_000 * (i == 3)},
            }
            for i in range(per_burst)
        ]
        headers = {"Authorization": f"Bearer {pl.INTAKE_KEY}", "Host": pl.HOST}
        with httpx.Client(headers=headers, timeout=60) as client:
            first = time.monotonic()
            for i in range(0, len(events), 10):
                client.post(url, json={"events": events[i : i + 10]}).raise_for_status()

        slug = brand.lower()

        def alerted(slug=slug):
            with schema_context(pl.SCHEMA):
                crises = Crisis.objects.filter(subjects__contains=[slug]).values_list("pk", flat=True)
                return (
                    Alert.objects.filter(crisis_id__in=list(crises))
                    .values_list("severity", flat=True)
                    .first()
                )

        try:
            severity = pl.wait_for(alerted, timeout, f"an alert for {brand}", every=0.25)
            out.append(time.monotonic() - first)
            print(f"  burst {k + 1}/{count}: {severity} alert after {out[-1]:.1f} s", flush=True)
        except TimeoutError:
            out.append(None)
            print(f"  burst {k + 1}/{count}: no alert within {timeout:.0f} s", flush=True)
    return out


def run_once(n: int, args, recorder, broker) -> dict:
    from django.utils import timezone

    from tests.support.processes import free_port, wait_for_port

    port = free_port()
    procs: dict[str, subprocess.Popen] = {
        "daphne-0": pl.start(
            f"scale{n}-daphne",
            [str(pl.VENV_BIN / "daphne"), "-b", "127.0.0.1", "-p", str(port), "config.asgi:application"],
        ),
        "scheduler-0": pl.start(
            f"scale{n}-scheduler",
            [
                str(pl.VENV_BIN / "celery"),
                "-A",
                "config",
                "beat",
                "-l",
                "warning",
                "-s",
                str(pl.LOG_DIR / "scale-beat"),
            ],
        ),
        "beat-0": pl.start(
            f"scale{n}-beat", [sys.executable, "-m", "config.pools", "beat", "-c", "1", "-l", "warning"]
        ),
    }
    for stage in STAGES:
        for k in range(n):
            procs[f"{stage}-{k}"] = pl.start(
                f"scale{n}-{stage}-{k}",
                [sys.executable, "-m", "config.pools", stage, "--concurrency", "1", "-l", "warning"],
            )
    url = f"http://127.0.0.1:{port}/api/v1/events"
    result: dict = {"n": n}
    try:
        wait_for_port(port, 120)
        warm = pl.scenario_events(20 * n, run=int(time.time()))
        since = timezone.now() - timedelta(seconds=5)
        pl.post_paced(url, warm, rate=40)
        pl.wait_for(lambda: pl.pipeline_done(len(warm), broker, since)[0], 600, "warm-up")
        time.sleep(5)  # every process's warm-up thread done, not only those that got work
        result["load_before"] = load_average()[0]

        total = int(args.rate * args.seconds)
        events = pl.scenario_events(total, run=int(time.time() * 10))
        since = timezone.now() - timedelta(seconds=1)
        first, last_post, failures = pl.post_paced(url, events, args.rate)
        try:
            pl.wait_for(lambda: pl.pipeline_done(total, broker, since)[0], args.timeout, "drain", every=0.5)
            drained = True
        except TimeoutError:
            drained = False
        done = time.time()
        result.update(
            events=total,
            intake=total / (last_post - first),
            sustained=total / (done - first),
            drained=drained,
            failures=failures,
        )
        latencies = bursts(url, args.bursts, args.per_burst, timeout=180)
        got = [v for v in latencies if v is not None]
        result["alerted"] = f"{len(got)}/{len(latencies)}"
        result["p50"] = pl.pct(got, 50) if got else None
        result["p95"] = pl.pct(got, 95) if got else None
        result["load_after"] = load_average()[0]
        result["memory"] = pool_memory(procs)
        result["cpu"] = {
            name: pl.proc_stats(p.pid)[0] + sum(pl.proc_stats(c)[0] for c in children(p.pid))
            for name, p in procs.items()
        }
    finally:
        pl.stop_all(procs, timeout=30)
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--processes", default="1,2,4", help="worker processes per stage, comma-separated")
    parser.add_argument("--rate", type=float, default=200.0, help="offered events/s")
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--bursts", type=int, default=3)
    parser.add_argument("--per-burst", type=int, default=30)
    parser.add_argument("--timeout", type=float, default=300.0, help="max seconds to drain")
    args = parser.parse_args()
    # SIGTERM ends the run through the `finally` blocks, which stop every process started here.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    print(machine_line("at start"), f"· {os.cpu_count()} cores", flush=True)

    pl.ensure_database()
    import redis as redis_lib

    from demo.sinks import OutboxRecorder, start_http, start_smtp
    from tests.support.processes import free_port

    redis_url = os.environ["REDIS_URL"]
    redis_lib.Redis.from_url(redis_url).flushdb()
    recorder = OutboxRecorder(redis_url)
    sink, _ = start_http(recorder, port=0, default_tenant=pl.SCHEMA)
    smtp_port = free_port()
    smtp = start_smtp(recorder, port=smtp_port, default_tenant=pl.SCHEMA)
    routes = pl.setup_tenant(sink.url, smtp_port)
    recorder.register_email_routes(pl.SCHEMA, routes)
    from django.conf import settings

    broker = redis_lib.Redis.from_url(settings.CELERY_BROKER_URL)
    rows = []
    try:
        for n in [int(x) for x in args.processes.split(",")]:
            print(f"{n} process(es) per stage…", flush=True)
            row = run_once(n, args, recorder, broker)
            rows.append(row)
            print(
                f"  sustained {row['sustained']:.1f} ev/s, detection→alert p95 "
                + (f"{row['p95']:.2f} s" if row.get("p95") is not None else "n/a"),
                flush=True,
            )
    finally:
        sink.shutdown()
        smtp.stop()

    print()
    print(
        f"## Scale: worker processes per stage (offered {args.rate:g} ev/s for {args.seconds:g} s; {os.cpu_count()} cores)"
    )
    print(
        "| processes per stage | events | intake ev/s | end-to-end ev/s | drained | detection→alert p50 / p95 (s) | bursts alerted | load before → after |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        lat = f"{r['p50']:.2f} / {r['p95']:.2f}" if r.get("p95") is not None else "n/a"
        print(
            f"| {r['n']} | {r['events']} | {r['intake']:.1f} | {r['sustained']:.1f} | {'yes' if r['drained'] else 'NO'} "
            f"| {lat} | {r['alerted']} | {r['load_before']:.1f} → {r['load_after']:.1f} |"
        )
    print()
    print("## Peak resident memory per process (MiB), largest of each pool")
    for r in rows:
        print(
            f"- {r['n']} per stage: "
            + ", ".join(f"{pool} {mb:.0f}" for pool, mb in sorted(r["memory"].items()))
        )
    print()
    print("## CPU seconds per pool over each run")
    for r in rows:
        per_pool: dict[str, float] = {}
        for name, cpu in r["cpu"].items():
            per_pool[name.rsplit("-", 1)[0]] = per_pool.get(name.rsplit("-", 1)[0], 0.0) + cpu
        print(
            f"- {r['n']} per stage: " + ", ".join(f"{pool} {s:.0f}" for pool, s in sorted(per_pool.items()))
        )
    print()
    print(machine_line("at end"))


if __name__ == "__main__":
    main()
