"""Crisis opened → response plan ready (no LLM step), with the real Celery worker.

Usage: .venv/bin/python bench/plan.py [--crises 30]

Sets up its own database (BENCH_DATABASE_URL, default crisisops_bench_plan) with one tenant
seeded like the demo company (demo_seed: people, rotation, policies, the starter playbooks and
its resolved past crisis), and starts a Celery worker on the `respond` queue only (the alert's
and the summary's hand-offs wait unconsumed: this measures planning alone). Each round opens a
crisis through `crisis.services.crisis_open` on events made of the demo scenario's breach-story
texts (the crisis of `./run demo`), committed, and polls for its plan. Measured per round:

- open → ready (wall clock): from just before `crisis_open` to the poll that sees the plan ready;
- the planner's own time (`ResponsePlan.build_ms`) and ready − requested (platform clock);
- the round is then resolved, so the history the similar-crisis search reads grows as it goes.

The reference floor (Postgres `SELECT 1` + Redis PING round trips per second from this process) is
measured before and after the load, best of 3 each (bench/floor.py), with the load average: if it
moved by more than 20 %, the machine was busy and the figures say so.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ["DATABASE_URL"] = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/crisisops_bench_plan"
)
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/14")
os.environ.setdefault("TEST_LOG_NAME", "bench-plan")
os.environ.setdefault("CRISIS_ENV", "test")
os.environ["ANTHROPIC_API_KEY"] = ""  # without the LLM step, as the target says

SCHEMA = "bench_plan"


def ensure_database(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(q * len(ordered)) - 1)]


def round_trips_per_s(rounds: int = 200) -> float:
    """Postgres `SELECT 1` + Redis PING pairs per second from this process: the reference floor
    (what a plan's dozens of queries and broadcasts stand on)."""
    from django.db import connection

    from tenants.redis import redis_client

    started = time.perf_counter()
    for _ in range(rounds):
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        redis_client().ping()
    return rounds / (time.perf_counter() - started)


def story_texts() -> list[str]:
    from demo.scenarios import generate

    scenario = generate(7)
    roles = {"rumour", "journalist", "amplification", "support", "news"}
    return [i.text for i in scenario.items if i.role in roles][:40]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--crises", type=int, default=30)
    args = parser.parse_args()

    ensure_database(os.environ["DATABASE_URL"])
    import django

    django.setup()
    import hashlib
    import uuid

    import redis
    from django.conf import settings
    from django.core.management import call_command
    from django.db import transaction
    from django_tenants.utils import schema_context

    from bench.floor import Floor, machine_line
    from classification.models import Classification
    from config.celery import QUEUES
    from crisis.models import Crisis
    from crisis.services import crisis_open, crisis_resolve
    from demo.seed import demo_seed
    from ingestion.models import Event, RawEvent, Source
    from response.models import ResponsePlan
    from tenants import clock
    from tenants.models import Organization
    from tenants.services import organization_provision
    from tests.support import processes

    call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)
    if not Organization.objects.filter(schema_name=SCHEMA).exists():
        organization_provision(slug=SCHEMA, domain="bench-plan.localhost", name="Northwind Bank", region="eu")
    else:
        call_command("migrate_schemas", schema_name=SCHEMA, interactive=False, verbosity=0)
    broker = redis.Redis.from_url(settings.CELERY_BROKER_URL)
    broker.delete(*QUEUES)
    clock.reset()
    texts = story_texts()
    with schema_context(SCHEMA):
        Crisis.objects.exclude(title__startswith="Northwind card:").delete()
        demo_seed(schema=SCHEMA)
        source = Source.objects.get(slug="x-northwind")
        print(machine_line("at the start"), flush=True)
        floor = Floor("reference floor (Postgres SELECT 1 + Redis PING)", "round trips/s", round_trips_per_s)
        floor.measure_before()

    worker = processes.start_worker(name="bench-plan-worker", queues="respond")
    worker.wait_for_log("warmed up for queue respond", timeout=120)
    e2e, build, platform = [], [], []
    try:
        with schema_context(SCHEMA):
            for i in range(args.crises + 3):
                with transaction.atomic():
                    ids = []
                    for j, text in enumerate(texts[:12]):
                        ext = uuid.uuid4().hex
                        raw = RawEvent.objects.create(source=source, external_id=ext, payload={"text": text})
                        event = Event.objects.create(
                            raw_event=raw,
                            source=source,
                            platform="twitter",
                            external_id=ext,
                            text=text,
                            occurred_at=clock.now(),
                            reach=1000 * (12 - j),
                            subjects=["northwind-bank"],
                            content_hash=hashlib.sha256(ext.encode()).hexdigest(),
                        )
                        Classification.objects.create(
                            event=event, severity="P1", category="security", confidence=0.9, tier="rules"
                        )
                        ids.append(event.pk)
                t0 = time.perf_counter()
                with transaction.atomic():
                    result = {
                        "score": 0.72,
                        "explanation": "volume 6× usual, sentiment falling, keywords breach",
                    }
                    crisis = crisis_open(subject="northwind-bank", level="high", result=result, event_ids=ids)
                plan = None
                deadline = time.monotonic() + 60
                while time.monotonic() < deadline:
                    plan = ResponsePlan.objects.filter(crisis=crisis, status__in=["ready", "manual"]).first()
                    if plan is not None:
                        break
                    time.sleep(0.005)
                t1 = time.perf_counter()
                if plan is None:
                    raise SystemExit(f"no plan for crisis {crisis.pk}; see {worker.log_path}")
                if i >= 3:  # the first rounds warm the worker's imports and connections
                    e2e.append((t1 - t0) * 1000)
                    build.append(plan.build_ms or 0.0)
                    platform.append((plan.ready_at - plan.requested_at).total_seconds() * 1000)
                crisis_resolve(crisis=crisis, note=f"bench round {i}")
            floor.measure_after()
    finally:
        worker.stop()
        broker.delete(*QUEUES)

    print(
        f"crises: {len(e2e)} (real Celery worker, solo pool, respond queue only; demo seed and story texts)"
    )
    print(
        f"open → plan ready (wall): p50 {statistics.median(e2e):.0f} ms, p95 {pct(e2e, 0.95):.0f} ms, "
        f"max {max(e2e):.0f} ms (target p95 ≤ 2000 ms)"
    )
    print(
        f"planner's own time: p50 {statistics.median(build):.0f} ms, p95 {pct(build, 0.95):.0f} ms; "
        f"ready − requested (platform clock): p95 {pct(platform, 0.95):.0f} ms"
    )
    print("\n".join(floor.report()))
    print(machine_line("at the end"))
    if not floor.trusted:
        print(
            f"the floor moved {100 * floor.drift:.0f} % during the run: the machine's load changed, "
            "so these latencies carry the neighbours' load too"
        )


if __name__ == "__main__":
    main()
