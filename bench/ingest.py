"""Ingestion benchmark: N realistic events through the HTTP intake into redacted, deduped Events.

Usage: .venv/bin/python bench/ingest.py [N] [--batch 100] [--clients 4] [--workers 1]
                                         [--paced-rate 100] [--paced-n 1000]

Starts its own Daphne and Celery worker (ingest queue only: classification is not measured) on
its own database (`crisisops_bench_ingest`, created and migrated on first use) and Redis db
(`BENCH_REDIS_URL`, default db 11), provisions a `bench` tenant, then:

1. Saturation: pushes N events as fast as `--clients` HTTP clients can (batches of `--batch`);
   intake events/s = N / time until the last 202; processing events/s = events turned into
   Events per second while the backlog drains (first to last Event).
2. Below saturation: pushes `--paced-n` events at `--paced-rate` events/s (batches of 10) and
   reports p50/p95 latency from RawEvent.received_at to Event.ingested_at.

Events are real tweets about airlines (../shared/data/airline_sentiment, when present) with
retweet cascades (20 % near-duplicates), plus support tickets full of PII and log alerts.
Everything the script started is stopped at the end (by pid).

Reference floor (bench/floor.py, bench/ml_floor.py): the project's batched PII redaction alone on
the saturation events' texts, in `--workers` single-threaded processes, measured before the
processes start and again after they stop (best of 3 each); "processing ÷ redaction floor" is
printed only when the two floors agree within 20 %.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import statistics
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
DB_NAME = os.environ.get("BENCH_DB_NAME", "crisisops_bench_ingest")
os.environ["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{DB_NAME}"
os.environ["REDIS_URL"] = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/11")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ["INTAKE_RATE_LIMIT"] = "10000000/min"
os.environ["LOG_LEVEL"] = "WARNING"
sys.path.insert(0, str(ROOT))

from config.queues import queue  # noqa: E402

HOST = "bench.localhost"
AIRLINE_CSV = ROOT.parent / "shared" / "data" / "airline_sentiment" / "data.csv"


def ensure_database() -> None:
    import psycopg

    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DB_NAME]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{DB_NAME}"')


def setup_tenant() -> str:
    """Migrate, provision the bench tenant, create a generic source; returns its API key."""
    import django

    django.setup()
    from django.core.management import call_command
    from django_tenants.utils import schema_context

    call_command("migrate_schemas", "--shared", verbosity=0)
    from tenants.services import organization_provision

    organization_provision(
        slug="bench", domain=HOST, name="Bench", region=os.environ.get("DEPLOYMENT_REGION", "eu")
    )
    call_command("migrate_schemas", "--tenant", "--schema", "bench", verbosity=0)
    from ingestion.models import Event, RawEvent, Source, WatchTerm
    from ingestion.services import source_api_key_create

    with schema_context("bench"):
        Event.objects.filter(canonical__isnull=False).delete()
        Event.objects.all().delete()
        RawEvent.objects.all().delete()
        source, _ = Source.objects.get_or_create(
            slug="bench-generic", defaults={"name": "bench", "kind": "generic"}
        )
        for slug, name, aliases in [
            ("united", "United", ["@united", "United Airlines"]),
            ("americanair", "American Airlines", ["@AmericanAir"]),
            ("usairways", "US Airways", ["@USAirways"]),
            ("southwestair", "Southwest", ["@SouthwestAir"]),
            ("jetblue", "JetBlue", ["@JetBlue"]),
            ("virginamerica", "Virgin America", ["@VirginAmerica"]),
        ]:
            WatchTerm.objects.update_or_create(slug=slug, defaults={"name": name, "aliases": aliases})
        return source_api_key_create(source=source)


def load_texts() -> list[str]:
    if AIRLINE_CSV.exists():
        with AIRLINE_CSV.open(newline="", encoding="utf-8") as fh:
            return [row["text"] for row in csv.DictReader(fh)]
    return [
        f"@united flight {i} delayed {i % 7} hours, no one at the desk, worst airline ever"
        for i in range(2000)
    ]


FIRST = ["John", "Maria", "Wei", "Fatima", "Lars", "Aisha", "Carlos", "Emma"]
LAST = ["Smith", "Garcia", "Chen", "Khan", "Larsen", "Okafor", "Rossi", "Brown"]


def make_events(n: int, texts: list[str], rng: random.Random) -> list[dict]:
    run = uuid.uuid4().hex[:6]
    events: list[dict] = []
    recent: list[str] = []
    for i in range(n):
        roll = rng.random()
        ext = f"{run}-{i}"
        if roll < 0.2 and recent:
            original = rng.choice(recent)
            events.append(
                {
                    "id": ext,
                    "text": f"RT @{rng.choice(FIRST).lower()}{i % 97}: {original}",
                    "platform": "twitter",
                    "author": {"id": str(i), "name": f"fan{i}", "followers": rng.randint(10, 5000)},
                }
            )
        elif roll < 0.3:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            events.append(
                {
                    "id": ext,
                    "title": f"Refund request #{i}",
                    "text": (
                        f"Hello, this is {name}. My card 4111 1111 1111 1111 was charged twice for booking "
                        f"{rng.randint(100000, 999999)}. Call me on +1 415-555-{rng.randint(1000, 9999)} or "
                        f"{name.split()[0].lower()}.{i}@example.com."
                    ),
                    "platform": "support",
                    "author": {"id": f"{name.split()[0].lower()}@example.com", "name": name},
                    "severity": rng.choice(["low", "normal", "high", "urgent"]),
                }
            )
        elif roll < 0.35:
            events.append(
                {
                    "id": ext,
                    "text": f"checkout-api p99 latency {rng.randint(900, 4000)} ms on host 10.0.{i % 255}.{i % 7} "
                    f"(error rate {rng.random() * 10:.1f}%)",
                    "platform": "logs",
                    "severity": rng.choice(["warning", "error", "critical"]),
                }
            )
        else:
            text = rng.choice(texts)
            text = f"{text} #{i}"  # real tweets repeat in the data set; keep originals distinct
            recent.append(text)
            recent = recent[-50:]
            events.append(
                {
                    "id": ext,
                    "text": text,
                    "platform": "twitter",
                    "author": {"id": str(i), "name": f"user{i}", "followers": rng.randint(0, 20000)},
                }
            )
    return events


def start(args: list[str], log: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT), CRISIS_ENV="development", PYTHONUNBUFFERED="1")
    return subprocess.Popen(args, cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)


def wait_for(predicate, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.25)
    raise TimeoutError(f"{what} not reached after {timeout:.0f}s")


def post_all(url: str, key: str, events: list[dict], batch: int, clients: int) -> tuple[float, int]:
    import httpx

    chunks = [events[i : i + batch] for i in range(0, len(events), batch)]
    lock = threading.Lock()
    failures = [0]

    def worker(my_chunks: list[list[dict]]) -> None:
        with httpx.Client(headers={"Authorization": f"Bearer {key}", "Host": HOST}, timeout=60) as client:
            for chunk in my_chunks:
                body = {"events": chunk} if len(chunk) > 1 else chunk[0]
                response = client.post(url, json=body)
                if response.status_code != 202:
                    with lock:
                        failures[0] += 1

    started = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(chunks[i::clients],)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - started, failures[0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", type=int, nargs="?", default=5000)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--workers", type=int, default=1, help="worker processes (prefork concurrency)")
    parser.add_argument("--paced-rate", type=float, default=100.0)
    parser.add_argument("--paced-n", type=int, default=1000)
    parser.add_argument("--timeout", type=float, default=600)
    args = parser.parse_args()
    from bench.floor import Floor, machine_line
    from bench.ml_floor import MLFloor

    print(machine_line("at start"), flush=True)
    ensure_database()
    key = setup_tenant()
    import redis
    from django.conf import settings
    from django.db.models import Max, Min
    from django_tenants.utils import schema_context

    from ingestion.models import Event, RawEvent

    redis.Redis.from_url(settings.REDIS_URL).flushdb()
    log_dir = ROOT / "var" / "log" / "bench"
    log_dir.mkdir(parents=True, exist_ok=True)
    from tests.support.processes import free_port, wait_for_port

    rng = random.Random(42)
    texts = load_texts()
    warm = make_events(20, texts, rng)
    events = make_events(args.n, texts, rng)
    ml = MLFloor([e["text"] for e in events[:2000]], procs=args.workers, embed=False)
    floor = Floor(
        f"redaction floor ({args.workers} single-threaded process(es), {len(ml.texts)} texts)",
        "events/s",
        ml.measure_once,
    )
    with ml:
        floor.measure_before()
    processing_rate = None

    port = free_port()
    procs = [
        start(
            [str(VENV_BIN / "daphne"), "-b", "127.0.0.1", "-p", str(port), "config.asgi:application"],
            log_dir / "daphne.log",
        ),
        start(
            [
                str(VENV_BIN / "celery"),
                "-A",
                "config",
                "worker",
                "-Q",
                queue("ingest"),
                "-c",
                str(args.workers),
                "-P",
                "solo" if args.workers == 1 else "prefork",
                "-n",
                f"bench-{os.getpid()}@%h",
                "--without-gossip",
                "--without-mingle",
                "-l",
                "warning",
            ],
            log_dir / "worker.log",
        ),
    ]
    url = f"http://127.0.0.1:{port}/api/v1/events"
    try:
        wait_for_port(port, timeout=60)

        def count(model, **kw) -> int:
            with schema_context("bench"):
                return model.objects.filter(**kw).count()

        # Warm up: the worker loads spaCy + presidio; the first batch pays for it.
        post_all(url, key, warm, 20, 1)
        wait_for(lambda: count(RawEvent, status__in=["pending", "processing"]) == 0, 300, "warm-up processed")

        # 1. Saturation
        with schema_context("bench"):
            before = RawEvent.objects.count()
        took, failed = post_all(url, key, events, args.batch, args.clients)
        stored = count(RawEvent) - before
        print(
            f"intake: {args.n} events in {took:.2f} s = {args.n / took:,.0f} events/s "
            f"(batches of {args.batch}, {args.clients} clients; {stored} RawEvents stored, {failed} non-202)"
        )
        started = time.perf_counter()
        wait_for(
            lambda: count(RawEvent, status__in=["pending", "processing"]) == 0,
            args.timeout,
            "backlog drained",
        )
        drained = time.perf_counter() - started
        ids = [e["id"] for e in events]
        with schema_context("bench"):
            done = Event.objects.filter(external_id__in=ids)
            span = done.aggregate(first=Min("ingested_at"), last=Max("ingested_at"))
            n_done = done.count()
            dups = done.filter(canonical__isnull=False).count()
            statuses = dict(
                (s, RawEvent.objects.filter(external_id__in=ids, status=s).count())
                for s in ("processed", "duplicate", "needs_review", "held_pii")
            )
        seconds = (span["last"] - span["first"]).total_seconds() or 1e-9
        processing_rate = n_done / seconds
        print(
            f"processing: {n_done} Events in {seconds:.2f} s = {n_done / seconds:,.0f} events/s "
            f"({dups} near-duplicates merged; statuses {statuses}; backlog drained {drained:.1f} s after the last 202)"
        )

        # 2. Below saturation: latency
        paced = make_events(args.paced_n, texts, rng)
        per_request = 10
        interval = per_request / args.paced_rate
        import httpx

        t0 = time.perf_counter()
        with httpx.Client(headers={"Authorization": f"Bearer {key}", "Host": HOST}, timeout=60) as client:
            for i in range(0, len(paced), per_request):
                client.post(url, json={"events": paced[i : i + per_request]})
                sleep = t0 + (i // per_request + 1) * interval - time.perf_counter()
                if sleep > 0:
                    time.sleep(sleep)
        wait_for(
            lambda: count(RawEvent, status__in=["pending", "processing"]) == 0, args.timeout, "paced drained"
        )
        with schema_context("bench"):
            rows = Event.objects.filter(external_id__in=[e["id"] for e in paced]).values_list(
                "ingested_at", "raw_event__received_at"
            )
            lat = sorted((a - b).total_seconds() for a, b in rows)
        if lat:
            p50 = statistics.median(lat)
            p95 = lat[min(len(lat) - 1, int(len(lat) * 0.95))]
            print(
                f"latency at {args.paced_rate:.0f} events/s ({len(lat)} events): "
                f"p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max {lat[-1] * 1000:.0f} ms (intake → Event)"
            )
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
    with ml:
        floor.measure_after()
    print("\n".join(floor.report(achieved=processing_rate, achieved_label="processing")))
    print(machine_line("at end"))


if __name__ == "__main__":
    main()
