"""Whole-pipeline benchmark: the demo scenario's mix through intake → Event → Classification →
crisis features, at rising rates; detection→alert latency on the wire; the ML and database floors.

Usage: .venv/bin/python bench/pipeline.py [--rates 20,40,80] [--seconds 15] [--bursts 5]
                                          [--workers 2] [--floor-n 512] [--timeout 240]

Starts its own Daphne, `--workers` Celery workers (-P solo, every queue, one thread each) and
beat on its own database (`crisisops_bench_pipeline`, created and migrated on first use) and
Redis db (`BENCH_REDIS_URL`, default db 12); provisions a `bench` tenant configured like the
demo company (demo/seed.py) with its channels pointing at sinks started here (HTTP sink
+ SMTP sink, recorded in Redis). Then:

1. Rising rates: for each rate, the scenario's items (texts, authors, retweets and cross-posts
   of the demo story, new ids every run) are posted to the generic intake (`POST /api/v1/events`,
   batches of 10, paced) for `--seconds`; "sustained" = events / (first post → last event
   observed by the crisis stage, i.e. every canonical Event classified and the detect queue
   empty). Queue lag = the oldest pending RawEvent / the longest queue seen while it ran.
2. Detection→alert: `--bursts` bursts, each a data-breach story about a fresh brand (its own
   watch term): first post → first notification for that brand recorded by the sinks.
3. ML floor (bench/ml_floor.py): `--floor-n` unique texts of the same scenario mix through the
   project's batched redaction (ingestion.redaction.redact_texts) and the served model's encoder
   in two single-threaded processes, 256-event chunks, no web/queue/db. Measured before the load
   and again after it, best of 3 each (bench/floor.py); the ratio pipeline ÷ floor is printed only
   when the two floors agree within 20 % (else the machine's load changed mid-run, and it says so).
4. Database floor: the same events bulk-inserted (COPY) into a scratch PostgreSQL table.

CPU seconds and peak RSS (VmHWM) per process come from /proc. Everything started is stopped.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
DB_NAME = os.environ.get("BENCH_DB_NAME", "crisisops_bench_pipeline")
os.environ["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{DB_NAME}"
os.environ["REDIS_URL"] = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/12")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ["INTAKE_RATE_LIMIT"] = "10000000/min"
os.environ["LOG_LEVEL"] = "WARNING"
os.environ["HF_HUB_OFFLINE"] = "1"
sys.path.insert(0, str(ROOT))

from bench.floor import Floor, machine_line  # noqa: E402
from bench.ml_floor import MLFloor  # noqa: E402
from config.queues import queue, queues  # noqa: E402

HOST = "bench.localhost"
SCHEMA = "bench"
INTAKE_KEY = "demo-generic-intake-key"  # demo/seed.py PUSH_KEYS["generic"]
LOG_DIR = ROOT / "var" / "log" / "bench-pipeline"


# --- set-up ---------------------------------------------------------------------------------------
def ensure_database() -> None:
    import psycopg

    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DB_NAME]).fetchone():
            conn.execute(f'CREATE DATABASE "{DB_NAME}"')


def setup_tenant(sinks_url: str, smtp_port: int) -> list[str]:
    import django

    django.setup()
    from django.core.management import call_command
    from django_tenants.utils import schema_context

    from tenants.services import organization_provision

    call_command("migrate_schemas", "--shared", verbosity=0)
    organization_provision(
        slug=SCHEMA, domain=HOST, name="Bench", region=os.environ.get("DEPLOYMENT_REGION", "eu")
    )
    call_command("migrate_schemas", "--tenant", "--schema", SCHEMA, verbosity=0)
    from demo.seed import demo_seed

    with schema_context(SCHEMA):
        _wipe()
        seeded = demo_seed(
            world_url="http://127.0.0.1:1", sinks_url=sinks_url, smtp_port=smtp_port, schema=SCHEMA
        )
        from ingestion.models import Source

        Source.objects.exclude(
            kind__in=["generic", "splunk_hec", "alertmanager", "pagerduty", "zendesk"]
        ).update(enabled=False)  # no world server here: pollers off
    return seeded.email_routes


def _wipe() -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = %s AND tablename NOT LIKE 'django_%%' "
            "AND tablename NOT LIKE 'auth_%%'",
            [SCHEMA],
        )
        keep = {"ingestion_source", "ingestion_watchterm", "classification_modelversion"}
        tables = [r[0] for r in cursor.fetchall() if r[0] not in keep and not r[0].startswith("escalation_")]
        tables += ["escalation_alert", "escalation_notification"]
        cursor.execute("TRUNCATE " + ", ".join(f'"{SCHEMA}"."{t}"' for t in tables) + " CASCADE")


def start(name: str, args: list[str]) -> subprocess.Popen:
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PYTHONPATH=str(ROOT), CRISIS_ENV="development", PYTHONUNBUFFERED="1")
    return subprocess.Popen(
        args, cwd=ROOT, env=env, stdout=(LOG_DIR / f"{name}.log").open("w"), stderr=subprocess.STDOUT
    )


def wait_for(predicate, timeout: float, what: str, every: float = 0.25):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(every)
    raise TimeoutError(f"{what} not reached after {timeout:.0f}s")


def stop_all(procs: dict, *, timeout: float) -> None:
    """Terminate every process, wait for each, kill whoever outlives `timeout`."""
    for p in procs.values():
        if p.poll() is None:
            p.terminate()
    for p in procs.values():
        try:
            p.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            p.kill()


def proc_stats(pid: int) -> tuple[float, float]:
    """(CPU seconds, peak RSS MiB) of a process and its children (from /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        cpu = (int(fields[11]) + int(fields[12]) + int(fields[13]) + int(fields[14])) / tick
        hwm = next(
            int(line.split()[1]) for line in Path(f"/proc/{pid}/status").read_text().splitlines()
            if line.startswith("VmHWM")
        )  # fmt: skip
        return cpu, hwm / 1024
    except (OSError, StopIteration, IndexError):
        return 0.0, 0.0


# --- load -----------------------------------------------------------------------------------------
def scenario_events(n: int, run: int) -> list[dict]:
    """n intake events in the demo scenario's mix (repeated with new ids when n exceeds it)."""
    from demo.scenarios import generate
    from tenants import clock

    out: list[dict] = []
    rep = 0
    while len(out) < n:
        items = generate(7, run=run * 100 + rep).items
        for item in items:
            author = item.author
            text = item.text if not item.title else f"{item.title}. {item.text}"
            out.append(
                {
                    "id": f"pl-{run}-{rep}-{item.seq}",
                    "text": text,
                    "occurred_at": clock.now().isoformat(),
                    "platform": "twitter" if item.channel == "x" else "other",
                    "author": {"id": author.id, "name": author.handle, "followers": author.followers}
                    if author
                    else {},
                }
            )
        rep += 1
    return out[:n]


def post_paced(url: str, events: list[dict], rate: float, batch: int = 10) -> tuple[float, float, int]:
    """Post at `rate` events/s; returns (first post wall, last 202 wall, failures)."""
    import httpx

    failures = 0
    chunks = [events[i : i + batch] for i in range(0, len(events), batch)]
    interval = batch / rate
    with httpx.Client(headers={"Authorization": f"Bearer {INTAKE_KEY}", "Host": HOST}, timeout=60) as client:
        first = time.time()
        for k, chunk in enumerate(chunks):
            due = first + k * interval
            pause = due - time.time()
            if pause > 0:
                time.sleep(pause)
            response = client.post(url, json={"events": chunk})
            if response.status_code != 202:
                failures += 1
        return first, time.time(), failures


class Sampler(threading.Thread):
    """Samples queue lengths and the oldest pending RawEvent age while the load runs."""

    def __init__(self, broker) -> None:
        super().__init__(daemon=True)
        self.broker = broker
        self.max_queue = 0
        self.max_age = 0.0
        self.stop_flag = threading.Event()

    def run(self) -> None:
        from django.db import connection
        from django_tenants.utils import schema_context

        from ingestion.models import RawEvent

        while not self.stop_flag.wait(0.5):
            q = sum(self.broker.llen(queue(stage)) for stage in ("ingest", "classify", "detect"))
            self.max_queue = max(self.max_queue, q)
            with schema_context(SCHEMA):
                oldest = (
                    RawEvent.objects.filter(status="pending")
                    .order_by("received_at")
                    .values_list("received_at", flat=True)
                    .first()
                )
            if oldest is not None:
                from django.utils import timezone

                self.max_age = max(self.max_age, (timezone.now() - oldest).total_seconds())
        connection.close()


def pipeline_done(expected_raw: int, broker, since) -> tuple[bool, int]:
    from django_tenants.utils import schema_context

    from classification.models import Classification
    from ingestion.models import Event, RawEvent

    with schema_context(SCHEMA):
        raw_done = (
            RawEvent.objects.filter(received_at__gte=since)
            .exclude(status__in=["pending", "processing"])
            .count()
        )
        canonical = Event.objects.filter(ingested_at__gte=since, canonical__isnull=True).count()
        classified = Classification.objects.filter(event__ingested_at__gte=since).count()
    queues = sum(broker.llen(queue(stage)) for stage in ("ingest", "classify", "detect"))
    done = raw_done >= expected_raw and classified >= canonical and queues == 0
    return done, classified


BURST_TEXTS = [
    "{b} data breach? my card details were used in another country this morning",
    "BREAKING: {b} customer database leaked online, card numbers exposed #{b}Breach",
    "{b} hacked. Freeze your cards now, this is a massive data breach",
    "Is my card safe with {b}? reports of stolen card data everywhere",
    "{b} still silent about the breach, thousands of accounts compromised",
    "Fraud on my {b} card after the leak. Absolutely furious with {b}",
]


def burst_latency(url: str, recorder, bursts: int, per_burst: int, timeout: float) -> list[float | None]:
    import httpx
    from django_tenants.utils import schema_context

    from ingestion.models import WatchTerm
    from tenants import clock

    out: list[float | None] = []
    for k in range(bursts):
        brand = f"Quillmark{k}{int(time.time()) % 100000}"
        with schema_context(SCHEMA):
            WatchTerm.objects.create(slug=brand.lower(), name=brand, kind="brand", aliases=[brand])
        events = [
            {
                "id": f"burst-{brand}-{i}",
                "text": BURST_TEXTS[i % len(BURST_TEXTS)].format(b=brand) + f" ({i})",
                "occurred_at": clock.now().isoformat(),
                "platform": "twitter",
                "author": {"id": f"b{i}", "name": f"user{i}", "followers": 500 + 40_000 * (i == 3)},
            }
            for i in range(per_burst)
        ]
        with httpx.Client(
            headers={"Authorization": f"Bearer {INTAKE_KEY}", "Host": HOST}, timeout=60
        ) as client:
            first = time.time()
            for i in range(0, len(events), 10):
                client.post(url, json={"events": events[i : i + 10]}).raise_for_status()

        def seen(brand=brand, first=first):
            hits = [
                r["wall"] for r in recorder.list(SCHEMA, limit=2000)
                if r["wall"] >= first and brand.lower() in f"{r.get('subject', '')} {r.get('text', '')}".lower()
            ]  # fmt: skip
            return min(hits) if hits else None

        try:
            out.append(wait_for(seen, timeout, f"an alert for {brand}", every=0.2) - first)
        except TimeoutError:
            out.append(None)
        print(
            f"  burst {k + 1}/{bursts} ({brand}): "
            + (f"{out[-1]:.2f} s" if out[-1] is not None else "no alert")
        )
    return out


# --- floors ---------------------------------------------------------------------------------------
def db_floor(events: list[dict]) -> float:
    import psycopg

    with psycopg.connect(f"postgresql://postgres@127.0.0.1:5432/{DB_NAME}") as conn:
        conn.execute(
            "CREATE TEMP TABLE floor_event (external_id text, text text, author_id text, "
            "author_name text, followers int, platform text, occurred_at timestamptz, ingested_at timestamptz)"
        )
        start = time.perf_counter()
        with conn.cursor().copy(
            "COPY floor_event (external_id, text, author_id, author_name, followers, platform, occurred_at, ingested_at) FROM STDIN"
        ) as copy:
            for e in events:
                a = e.get("author") or {}
                copy.write_row(
                    (
                        e["id"],
                        e["text"],
                        a.get("id", ""),
                        a.get("name", ""),
                        a.get("followers", 0),
                        e["platform"],
                        e["occurred_at"],
                        e["occurred_at"],
                    )
                )
        conn.commit()
        return len(events) / (time.perf_counter() - start)


# --- main -----------------------------------------------------------------------------------------
def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(q / 100 * (len(values) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rates", default="20,40,80", help="offered events/s, comma-separated")
    parser.add_argument("--seconds", type=float, default=15.0, help="seconds of load per rate")
    parser.add_argument("--bursts", type=int, default=5)
    parser.add_argument("--per-burst", type=int, default=30)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--floor-n", type=int, default=512)
    parser.add_argument("--timeout", type=float, default=240.0, help="max seconds to drain one rate")
    args = parser.parse_args()
    rates = [float(r) for r in args.rates.split(",")]
    print(machine_line("at start"), flush=True)

    ensure_database()
    import redis as redis_lib

    from demo.sinks import OutboxRecorder, start_http, start_smtp
    from tests.support.processes import free_port, wait_for_port

    redis_url = os.environ["REDIS_URL"]
    redis_lib.Redis.from_url(redis_url).flushdb()
    recorder = OutboxRecorder(redis_url)
    sink, _ = start_http(recorder, port=0, default_tenant=SCHEMA)
    smtp_port = free_port()
    smtp = start_smtp(recorder, port=smtp_port, default_tenant=SCHEMA)
    routes = setup_tenant(sink.url, smtp_port)
    recorder.register_email_routes(SCHEMA, routes)

    # The floor first, on a machine without our processes, then again after the load.
    texts = list(dict.fromkeys(e["text"] for e in scenario_events(4 * args.floor_n, run=int(time.time()))))
    ml = MLFloor(texts[: args.floor_n])
    floor = Floor(
        f"ML floor (batched redaction + served encoder, 2 single-threaded processes, {len(ml.texts)} texts)",
        "events/s",
        ml.measure_once,
    )
    with ml:
        floor.measure_before()

    from django.conf import settings

    broker = redis_lib.Redis.from_url(settings.CELERY_BROKER_URL)
    port = free_port()
    procs: dict[str, subprocess.Popen] = {
        "daphne": start(
            "daphne",
            [str(VENV_BIN / "daphne"), "-b", "127.0.0.1", "-p", str(port), "config.asgi:application"],
        )
    }
    for w in range(args.workers):
        procs[f"worker{w + 1}"] = start(
            f"worker{w + 1}",
            [str(VENV_BIN / "celery"), "-A", "config", "worker", "-P", "solo", "-Q", queues("ingest,classify,detect,notify,beat"),
             "-n", f"benchpl{w}-{os.getpid()}@%h", "--without-gossip", "--without-mingle", "-l", "warning"],
        )  # fmt: skip
    procs["beat"] = start(
        "beat",
        [
            str(VENV_BIN / "celery"),
            "-A",
            "config",
            "beat",
            "-l",
            "warning",
            "-s",
            str(LOG_DIR / "beat-schedule"),
        ],
    )
    url = f"http://127.0.0.1:{port}/api/v1/events"
    report: list[str] = []
    try:
        wait_for_port(port, 60)
        # Warm every worker (model load) with a few events before measuring.
        warm = scenario_events(40, run=int(time.time()))
        from django.utils import timezone

        since = timezone.now() - timedelta(seconds=5)
        post_paced(url, warm, rate=40)
        wait_for(lambda: pipeline_done(len(warm), broker, since)[0], 300, "warm-up")
        print("warmed up (models loaded in every worker)")

        rows = []
        for rate in rates:
            n = int(rate * args.seconds)
            events = scenario_events(n, run=int(time.time() * 10))
            since = timezone.now() - timedelta(seconds=1)
            sampler = Sampler(broker)
            sampler.start()
            first, last_post, failures = post_paced(url, events, rate)
            try:
                wait_for(
                    lambda n=n, since=since: pipeline_done(n, broker, since)[0],
                    args.timeout,
                    f"drain at {rate}/s",
                    every=0.5,
                )
                done_at = time.time()
                drained = True
            except TimeoutError:
                done_at, drained = time.time(), False
            sampler.stop_flag.set()
            sampler.join()
            _, classified = pipeline_done(n, broker, since)
            sustained = n / (done_at - first)
            rows.append(
                (
                    rate,
                    n,
                    n / (last_post - first),
                    sustained,
                    done_at - last_post,
                    sampler.max_queue,
                    sampler.max_age,
                    classified,
                    drained,
                    failures,
                )
            )
            print(
                f"  rate {rate:g}/s: {n} events, sustained {sustained:.1f} ev/s, drain after last post {done_at - last_post:.1f} s"
            )

        report.append("## Sustained throughput (intake → Event → Classification → crisis features)")
        report.append(
            "| offered ev/s | events | intake ev/s | end-to-end ev/s | drain after last post (s) | max queue | oldest pending RawEvent (s) | classified (canonical) | drained | failed posts |"
        )
        report.append("|---|---|---|---|---|---|---|---|---|---|")
        for r in rows:
            report.append(
                f"| {r[0]:g} | {r[1]} | {r[2]:.1f} | {r[3]:.1f} | {r[4]:.1f} | {r[5]} | {r[6]:.1f} | {r[7]} | {'yes' if r[8] else 'NO (timeout)'} | {r[9]} |"
            )
        best = max(r[3] for r in rows if r[8]) if any(r[8] for r in rows) else 0.0

        print("detection → alert bursts…")
        lat = burst_latency(url, recorder, args.bursts, args.per_burst, timeout=90)
        got = [v for v in lat if v is not None]
        report.append("")
        report.append(
            f"## Detection → alert (first post of a burst → first notification on the wire), {args.bursts} bursts of {args.per_burst} posts"
        )
        if got:
            report.append(
                f"p50 {pct(got, 50):.2f} s · p95 {pct(got, 95):.2f} s · p99 {pct(got, 99):.2f} s · max {max(got):.2f} s · {len(got)}/{len(lat)} bursts alerted"
            )
        else:
            report.append("no burst produced a notification within 90 s")

        report.append("")
        report.append("## Processes (CPU seconds over the whole run, peak RSS)")
        for name, p in procs.items():
            cpu, peak = proc_stats(p.pid)
            report.append(f"- {name} (pid {p.pid}): CPU {cpu:.1f} s, peak RSS {peak:.0f} MiB")
    finally:
        stop_all(procs, timeout=20)
        sink.shutdown()
        smtp.stop()

    with ml:
        floor.measure_after()
    report.append("")
    report.append("## Floors (same scenario mix; no web, queue or database for the ML floor)")
    report += floor.report(achieved=best, achieved_label="pipeline end-to-end", target=0.70)
    report.append(f"- ML floor CPU: {ml.cpu_ms_per_event:.1f} ms per event (last run)")
    dbf = db_floor(scenario_events(5000, run=int(time.time())))
    report.append(f"- database floor (COPY of 5,000 events into PostgreSQL): {dbf:,.0f} events/s")
    report.append("")
    report.append(machine_line("at end"))
    print()
    print("\n".join(report))


if __name__ == "__main__":
    main()
