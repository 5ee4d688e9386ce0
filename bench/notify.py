"""Alert created → first notification on the wire, with the real Celery worker.

Usage: .venv/bin/python bench/notify.py [--alerts 40]

Sets up its own database (BENCH_DATABASE_URL, default crisisops_bench_escal) with one tenant,
a Slack-only stakeholder and a routing rule; starts a Celery worker on the `notify` queue and a
local HTTP server speaking Slack's chat.postMessage. For each alert: t0 just before
`alert_trigger` (which commits the alert and its first attempt row and enqueues the delivery),
t1 when the local Slack server receives the message. Prints p50 / p95 / max.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ["DATABASE_URL"] = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/crisisops_bench_escal"
)
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/15")
os.environ.setdefault("TEST_LOG_NAME", "bench-notify")
os.environ.setdefault("CRISIS_ENV", "test")


def ensure_database(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--alerts", type=int, default=40)
    args = parser.parse_args()

    ensure_database(os.environ["DATABASE_URL"])
    import django

    django.setup()
    from django.core.management import call_command
    from django_tenants.utils import schema_context
    from pytest_httpserver import HTTPServer
    from werkzeug import Response

    from escalation.models import (
        Alert,
        ChannelConfig,
        EscalationPolicy,
        EscalationStep,
        Notification,
        RoutingRule,
        Stakeholder,
    )
    from escalation.services import alert_trigger
    from tenants.services import organization_provision
    from tests.support import processes

    call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)
    organization_provision(slug="bench_notify", domain="bench-notify.localhost", name="Bench", region="eu")

    arrivals: dict[int, float] = {}
    lock = threading.Lock()

    def slack(request):
        body = json.loads(request.get_data())
        alert_id = body.get("metadata", {}).get("event_payload", {}).get("alert_id")
        with lock:
            arrivals.setdefault(alert_id, time.perf_counter())
        return Response(
            json.dumps({"ok": True, "channel": "D1", "ts": "1.0"}), content_type="application/json"
        )

    server = HTTPServer(host="127.0.0.1", port=0)
    server.expect_request("/api/chat.postMessage").respond_with_handler(slack)
    server.start()

    with schema_context("bench_notify"):
        for model in (
            Notification,
            Alert,
            RoutingRule,
            EscalationStep,
            EscalationPolicy,
            Stakeholder,
            ChannelConfig,
        ):
            model.objects.all().delete()
        person = Stakeholder.objects.create(
            name="Bench", slack_user_id="UBENCH", contact_preferences=["slack"]
        )
        policy = EscalationPolicy.objects.create(name="Bench", slug="bench")
        EscalationStep.objects.create(policy=policy, order=0, target="stakeholders").stakeholders.set(
            [person]
        )
        RoutingRule.objects.create(name="all", order=1, policy=policy, is_default=True)
        ChannelConfig.objects.create(
            kind="slack",
            config={"base_url": f"http://127.0.0.1:{server.port}/api/"},
            credentials={"bot_token": "xoxb-bench"},
        )

    worker = processes.start_worker(name="bench-notify-worker", queues="notify")
    latencies: list[float] = []
    try:
        with schema_context("bench_notify"):
            for i in range(args.alerts + 3):
                t0 = time.perf_counter()
                alert, _ = alert_trigger(
                    dedup_key=uuid.uuid4().hex, title=f"bench {i}", severity="P1", category="security"
                )
                deadline = time.monotonic() + 30
                while alert.pk not in arrivals and time.monotonic() < deadline:
                    time.sleep(0.002)
                if alert.pk not in arrivals:
                    raise SystemExit(f"alert {alert.pk} never reached the wire; see {worker.log_path}")
                if i >= 3:  # the first ones warm the worker's imports and connections
                    latencies.append(arrivals[alert.pk] - t0)
                time.sleep(0.05)
    finally:
        worker.stop()
        server.stop()

    latencies.sort()
    p50 = statistics.median(latencies)
    p95 = latencies[max(0, round(0.95 * len(latencies)) - 1)]
    print(f"alerts: {len(latencies)} (real Celery worker, solo pool, local Slack server)")
    print(
        f"alert created -> first notification on the wire: p50 {p50 * 1000:.0f} ms, "
        f"p95 {p95 * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms (target p95 <= 1000 ms)"
    )


if __name__ == "__main__":
    main()
