"""Load benchmark: the whole pipeline (intake → Event → classification → crisis → page) at a paced
rate, then at the sustained maximum. Loopback only, every phase bounded.

Usage: .venv/bin/python bench/load.py [--rate 28] [--duration 300] [--workers 2]
                                      [--max] [--max-start 20] [--step 60] [--max-duration 300]
                                      [--urgent-share 0.02]

Starts Daphne, one Celery worker for the pipeline's queues (prefork, `--workers` processes) and
one for paging (notify + beat queues, 4 threads: as the deployment's pools keep them apart;
`--one-worker` serves every queue from one worker, as `./run demo` does), beat under
its supervisor and a local SMTP sink (where pages land), on its own database
(`crisisops_bench_load`, created and migrated on first use) and Redis db (`BENCH_REDIS_URL`,
default db 12), with a `bench` tenant: six watched airlines, one on-call person paged by email
for every P0/P1, the LLM tier off (nothing leaves the machine).

1. Paced: `--rate` events/s (the mission's peak is 2.8/s; 28 is 10×) for `--duration` seconds,
   batches of 10 from 4 clients on a fixed schedule. Events are real airline tweets
   (../shared/data/airline_sentiment when present), retweet near-duplicates, support tickets
   full of PII, log alerts, and `--urgent-share` monitoring pages (severity "emergency": P0) of
   unrelated incidents (`urgent_text`: one component and symptom after another), so each opens
   an alert of its own and detection → alert is measured over many alerts.
2. With `--max`: the sustained maximum. Steps of `--step` seconds from `--max-start` events/s,
   ×1.5 each, until a step does not hold (at its end the backlog held more than 5 s of input,
   or a post failed); the last step that held is the sustained maximum, then `--max-duration` s at
   80 % of it are measured like phase 1.

Each measured phase prints: throughput (events posted and processed per second), non-202
answers, p50/p95/p99 intake → Event and intake → classification, detection → alert (the first
page accepted, as escalation's metric counts it, from the crisis opening or the classification),
the backlog (unprocessed RawEvents + unclassified canonical Events) and the oldest waiting message
per queue sampled every 5 s (first vs last third: is the lag growing?), and the resident memory
of each process (max over the phase). Everything started is stopped at the end (by pid).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import time as clock_time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("BENCH_DB_NAME", "crisisops_bench_load")
os.environ.setdefault("BENCH_REDIS_URL", "redis://127.0.0.1:6379/12")
sys.path.insert(0, str(ROOT))

from bench.ingest import HOST, ensure_database, load_texts, make_events, setup_tenant  # noqa: E402
from config.queues import STAGES, queue  # noqa: E402

VENV_BIN = Path(sys.executable).parent
QUEUES = tuple(queue(stage) for stage in STAGES)  # this region's: eu.ingest, …
PAGING_QUEUES = (queue("notify"), queue("beat"))
BATCH = 10
CLIENTS = 4
# Monitoring pages of unrelated incidents (a component × a symptom, in turn): each opens an alert
# of its own, so detection → alert is a distribution over many alerts, not one story's first page.
COMPONENTS = [
    "payments-gateway", "booking-api", "loyalty-db", "checkin-kiosk fleet", "baggage-tracking",
    "crew-scheduler", "fare-cache", "seat-map service", "mobile-push", "sso-idp", "pnr-store",
    "ancillaries-api", "flight-status feed", "gate-display network", "refund-worker",
    "partner-gds link", "fraud-scoring", "email-relay", "call-center ivr", "ledger-replication",
]  # fmt: skip
SYMPTOMS = [
    "returning 5xx to every request", "unreachable from all regions", "disk full, writes refused",
    "certificate expired, TLS handshakes failing", "queue depth over 1M, consumers stalled",
    "error rate 100% after deploy", "primary lost, no failover", "latency over 30 s, timeouts everywhere",
]  # fmt: skip


def urgent_text(i: int) -> str:
    component = COMPONENTS[i % len(COMPONENTS)]
    symptom = SYMPTOMS[(i // len(COMPONENTS)) % len(SYMPTOMS)]
    return f"{component} {symptom} (incident {i})"


def pct(values: list[float], q: float) -> float:
    return values[min(len(values) - 1, int(len(values) * q))] if values else float("nan")


def ms(values: list[float]) -> str:
    if not values:
        return "n/a"
    v = sorted(values)
    return (
        f"p50 {pct(v, 0.5) * 1000:.0f} ms, p95 {pct(v, 0.95) * 1000:.0f} ms, "
        f"p99 {pct(v, 0.99) * 1000:.0f} ms, max {v[-1] * 1000:.0f} ms (n={len(v)})"
    )


# --- set-up ----------------------------------------------------------------------------------------


def setup_paging(smtp_port: int) -> None:
    """One on-call person paged by email (the local sink) for every P0/P1 of the bench tenant."""
    from django_tenants.utils import schema_context

    from escalation.models import (
        ChannelConfig,
        EscalationPolicy,
        EscalationStep,
        RoutingRule,
        SeveritySLA,
        Stakeholder,
    )

    with schema_context("bench"):
        ChannelConfig.objects.update_or_create(
            kind="email", defaults={"config": {"host": "127.0.0.1", "port": smtp_port}, "enabled": True}
        )
        person, _ = Stakeholder.objects.update_or_create(
            email="oncall@bench.test",
            defaults={
                "name": "Bench Oncall",
                "contact_preferences": ["email"],
                "working_hours_start": clock_time(0, 0),
                "working_hours_end": clock_time(23, 59),
                "working_days": [0, 1, 2, 3, 4, 5, 6],
            },
        )
        policy, _ = EscalationPolicy.objects.get_or_create(slug="bench", defaults={"name": "Bench"})
        step, _ = EscalationStep.objects.get_or_create(
            policy=policy, order=0, defaults={"target": "stakeholders"}
        )
        step.stakeholders.set([person])
        RoutingRule.objects.update_or_create(
            name="bench urgent", defaults={"order": 1, "severities": ["P0", "P1"], "policy": policy}
        )
        SeveritySLA.objects.update_or_create(severity="P0", defaults={"ack_minutes": 15})


def start(args: list[str], log: Path, env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(args, cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)


def descendants(pid: int) -> list[int]:
    """pid and its children, grandchildren… (prefork children, beat under its supervisor)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        todo += children.get(p, [])
    return found


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


# --- one phase ----------------------------------------------------------------------------------------


@dataclass
class Phase:
    label: str
    rate: float
    seconds: float
    ids: list[str] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    post_seconds: list[float] = field(default_factory=list)
    backlog: list[tuple[float, int]] = field(default_factory=list)
    queue_age: list[tuple[float, float]] = field(default_factory=list)
    queue_age_max: dict[str, float] = field(default_factory=dict)  # per queue, over the phase
    rss: dict[str, float] = field(default_factory=dict)
    started: float = 0.0
    posted_for: float = 0.0


class Bench:
    def __init__(self, url: str, key: str, procs: dict[str, subprocess.Popen], urgent_share: float) -> None:
        self.url, self.key, self.procs, self.urgent_share = url, key, procs, urgent_share
        self.rng = random.Random(7)
        self.texts = load_texts()
        self.urgent_seq = 0

    def events(self, n: int) -> list[dict]:
        events = make_events(n, self.texts, self.rng)
        for e in events:
            if self.rng.random() < self.urgent_share:
                self.urgent_seq += 1
                # a monitoring page: its own severity decides, so it pages whatever the model says
                e.clear()
                e.update(
                    id=f"urgent-{os.getpid()}-{self.urgent_seq}",
                    text=urgent_text(self.urgent_seq),
                    platform="logs",
                    severity="emergency",
                )
        return events

    # The backlog: input not yet through classification.
    def backlog(self) -> int:
        from django.db import connection
        from django_tenants.utils import schema_context

        with schema_context("bench"), connection.cursor() as cur:
            cur.execute(
                "SELECT (SELECT count(*) FROM ingestion_rawevent WHERE status IN ('pending', 'processing')) + "
                "(SELECT count(*) FROM ingestion_event e WHERE e.canonical_id IS NULL AND NOT EXISTS "
                "(SELECT 1 FROM classification_classification c WHERE c.event_id = e.id))"
            )
            return int(cur.fetchone()[0])

    def oldest_waiting_age(self, per_queue: dict[str, float] | None = None) -> float:
        from config.celery_hooks import oldest_waiting

        now, ages = time.time(), [0.0]
        for name in QUEUES:
            at = oldest_waiting(name)
            if at is not None:
                ages.append(max(0.0, now - at))
                if per_queue is not None:
                    per_queue[name] = max(per_queue.get(name, 0.0), ages[-1])
        return max(ages)

    def run(self, phase: Phase) -> Phase:
        """Post `phase.rate` events/s for `phase.seconds`, sampling backlog, queue age and memory."""
        import httpx

        n = max(BATCH, int(phase.rate * phase.seconds))
        events = self.events(n)
        phase.ids = [e["id"] for e in events]
        batches = [events[i : i + BATCH] for i in range(0, n, BATCH)]
        interval = BATCH / phase.rate
        lock, nxt = threading.Lock(), [0]
        phase.started = t0 = time.monotonic()
        stop = threading.Event()

        def client() -> None:
            with httpx.Client(headers={"Authorization": f"Bearer {self.key}", "Host": HOST}, timeout=30) as c:
                while True:
                    with lock:
                        k = nxt[0]
                        nxt[0] += 1
                    if k >= len(batches):
                        return
                    delay = t0 + k * interval - time.monotonic()
                    if delay > 0:
                        time.sleep(delay)
                    began = time.monotonic()
                    try:
                        code = c.post(self.url, json={"events": batches[k]}).status_code
                    except httpx.HTTPError:
                        code = 0
                    with lock:
                        phase.statuses[code] = phase.statuses.get(code, 0) + 1
                        phase.post_seconds.append(time.monotonic() - began)

        def sampler() -> None:
            while not stop.is_set():
                at = time.monotonic() - t0
                try:
                    phase.backlog.append((at, self.backlog()))
                    phase.queue_age.append((at, self.oldest_waiting_age(phase.queue_age_max)))
                except Exception as exc:  # a sample lost is not a phase lost
                    print(f"  (sample failed: {exc})", flush=True)
                for name, proc in self.procs.items():
                    total = sum(rss_mb(p) for p in descendants(proc.pid))
                    phase.rss[name] = max(phase.rss.get(name, 0.0), total)
                stop.wait(5)

        sampling = threading.Thread(target=sampler, daemon=True)
        sampling.start()
        threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        phase.posted_for = time.monotonic() - t0
        stop.set()
        sampling.join()
        return phase

    def drain(self, timeout: float) -> float:
        """Seconds until the backlog is empty (bounded)."""
        started = time.monotonic()
        while self.backlog() > 0:
            if time.monotonic() - started > timeout:
                raise TimeoutError(f"backlog not drained after {timeout:.0f} s")
            time.sleep(1)
        return time.monotonic() - started


def report(phase: Phase, drained: float) -> None:
    from django.db import connection
    from django_tenants.utils import schema_context

    with schema_context("bench"), connection.cursor() as cur:
        cur.execute(
            "SELECT extract(epoch FROM e.ingested_at - r.received_at), "
            "extract(epoch FROM c.created_at - r.received_at) FROM ingestion_rawevent r "
            "JOIN ingestion_event e ON e.raw_event_id = r.id "
            "LEFT JOIN classification_classification c ON c.event_id = e.id WHERE r.external_id = ANY(%s)",
            [phase.ids],
        )
        rows = cur.fetchall()
        cur.execute(
            "SELECT min(r.received_at), max(e.ingested_at), count(*) FROM ingestion_rawevent r "
            "JOIN ingestion_event e ON e.raw_event_id = r.id WHERE r.external_id = ANY(%s)",
            [phase.ids],
        )
        first, last, n_events = cur.fetchone()
        # Detected = the classification that paged (an event alert) or the crisis opening; only
        # detections of this phase (an alert a phase's event folds into an older crisis would
        # otherwise count that crisis' age).
        cur.execute(
            "SELECT extract(epoch FROM min(n.finished_at) - coalesce(cl.created_at, cr.opened_at)) "
            "FROM escalation_alert a JOIN escalation_notification n ON n.alert_id = a.id "
            "AND n.status = 'sent' AND n.kind = 'page' AND n.purpose = 'notify' "
            "LEFT JOIN crisis_crisis cr ON cr.id = a.crisis_id "
            "LEFT JOIN classification_classification cl ON cl.id = a.classification_id "
            "WHERE coalesce(cl.created_at, cr.opened_at) >= %s GROUP BY a.id, cr.opened_at, cl.created_at",
            [first],
        )
        detection = [float(r[0]) for r in cur.fetchall() if r[0] is not None]
    intake_event = [float(a) for a, _ in rows if a is not None]
    intake_class = [float(b) for _, b in rows if b is not None]
    posted = len(phase.ids)
    span = (last - first).total_seconds() if first and last else float("nan")
    third = max(1, len(phase.backlog) // 3)
    early = statistics.mean(b for _, b in phase.backlog[:third]) if phase.backlog else float("nan")
    late = statistics.mean(b for _, b in phase.backlog[-third:]) if phase.backlog else float("nan")
    age_early = max((a for _, a in phase.queue_age[:third]), default=float("nan"))
    age_late = max((a for _, a in phase.queue_age[-third:]), default=float("nan"))
    errors = sum(v for k, v in phase.statuses.items() if k != 202)
    print(f"== {phase.label}: {phase.rate:g} events/s for {phase.seconds:g} s")
    print(
        f"  posted {posted} events in {phase.posted_for:.1f} s = {posted / phase.posted_for:.1f} events/s; "
        f"answers {dict(sorted(phase.statuses.items()))} ({errors} errors); post p95 "
        f"{pct(sorted(phase.post_seconds), 0.95) * 1000:.0f} ms"
    )
    print(
        f"  processed {n_events} Events, first received → last Event {span:.1f} s "
        f"= {n_events / span:.1f} events/s; backlog drained {drained:.1f} s after the last post"
    )
    print(f"  intake → Event:          {ms(intake_event)}")
    print(f"  intake → classification: {ms(intake_class)}")
    print(f"  detection → alert (first page accepted, per alert opened in the phase): {ms(detection)}")
    print(
        f"  backlog (mean of first vs last third of the samples): {early:.0f} → {late:.0f}; "
        f"oldest waiting message (max of first vs last third): {age_early:.1f} s → {age_late:.1f} s"
    )
    print(
        "  oldest waiting message per queue (max over the phase): "
        + ", ".join(f"{k} {v:.1f} s" for k, v in sorted(phase.queue_age_max.items()))
    )
    print(
        "  memory (max RSS, process and its children): "
        + ", ".join(f"{k} {v:.0f} MB" for k, v in phase.rss.items())
    )


def holds(phase: Phase) -> bool:
    """The step kept up: no failed post, and at its end the backlog was under 5 s of its input."""
    if any(k != 202 for k in phase.statuses):
        return False
    if not phase.backlog:
        return True
    return phase.backlog[-1][1] < 5 * phase.rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rate", type=float, default=28.0)
    parser.add_argument("--duration", type=float, default=300.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--one-worker",
        action="store_true",
        help="one worker for every queue (as `./run demo`) instead of a separate paging worker",
    )
    parser.add_argument("--max", action="store_true", help="also find and measure the sustained maximum")
    parser.add_argument("--max-start", type=float, default=20.0)
    parser.add_argument("--step", type=float, default=60.0)
    parser.add_argument("--max-duration", type=float, default=300.0)
    parser.add_argument("--urgent-share", type=float, default=0.02)
    parser.add_argument("--drain-timeout", type=float, default=600.0)
    args = parser.parse_args()
    from bench.floor import machine_line

    print(machine_line("at start"), flush=True)
    ensure_database()
    key = setup_tenant()  # django.setup() happens here
    import redis
    from django.conf import settings

    from tests.faults.sinks import Smtp
    from tests.support.processes import free_port, wait_for_port

    redis.Redis.from_url(settings.REDIS_URL).flushdb()
    smtp = Smtp()
    smtp.up()
    setup_paging(smtp.port)
    log_dir = ROOT / "var" / "log" / "bench" / "load"
    log_dir.mkdir(parents=True, exist_ok=True)
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        CRISIS_ENV="development",
        PYTHONUNBUFFERED="1",
        CLASSIFICATION_LLM_ENABLED="false",
        ANTHROPIC_API_KEY="",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(smtp.port),
        LOG_LEVEL="WARNING",
    )
    port = free_port()
    procs = {
        "daphne": start(
            [str(VENV_BIN / "daphne"), "-b", "127.0.0.1", "-p", str(port), "config.asgi:application"],
            log_dir / "daphne.log",
            env,
        ),
        "worker": start(
            [
                str(VENV_BIN / "celery"),
                "-A",
                "config",
                "worker",
                "-Q",
                ",".join(q for q in QUEUES if args.one_worker or q not in PAGING_QUEUES),
                "-P",
                "solo" if args.workers == 1 else "prefork",
                "-c",
                str(args.workers),
                "-n",
                f"load-{os.getpid()}@%h",
                "--without-gossip",
                "--without-mingle",
                "-l",
                "warning",
            ],
            log_dir / "worker.log",
            env,
        ),
        "beat": start(
            [
                sys.executable,
                "-m",
                "config.supervisor",
                "beat",
                "-l",
                "warning",
                "-s",
                str(log_dir / "beat-schedule"),
            ],
            log_dir / "beat.log",
            env,
        ),
    }
    if not args.one_worker:
        # Paging has a worker of its own, as in the deployment's pools (config/pools.py: notify
        # waits on the network, beat's sweeps and SLA timers must not queue behind classification).
        procs["pager"] = start(
            [
                str(VENV_BIN / "celery"), "-A", "config", "worker", "-Q", ",".join(PAGING_QUEUES),
                "-P", "threads", "-c", "4", "-n", f"load-pager-{os.getpid()}@%h",
                "--without-gossip", "--without-mingle", "-l", "warning",
            ],
            log_dir / "pager.log",
            env,
        )  # fmt: skip
    bench = Bench(f"http://127.0.0.1:{port}/api/v1/events", key, procs, args.urgent_share)
    try:
        wait_for_port(port, timeout=60)
        warm = bench.run(Phase("warm-up", rate=5, seconds=10))
        bench.drain(args.drain_timeout)
        print(f"warm-up: {len(warm.ids)} events through the pipeline", flush=True)

        phase = bench.run(
            Phase(f"paced ({args.rate / 2.8:.0f}× the mission's peak)", args.rate, args.duration)
        )
        report(phase, bench.drain(args.drain_timeout))

        if args.max:
            rate, best = args.max_start, None
            while True:
                step = bench.run(Phase(f"step {rate:.0f}/s", rate, args.step))
                held = holds(step)
                print(
                    f"step {rate:.1f} events/s: backlog {step.backlog[0][1] if step.backlog else 0} → "
                    f"{step.backlog[-1][1] if step.backlog else 0}, answers {step.statuses}: "
                    f"{'held' if held else 'did not hold'}",
                    flush=True,
                )
                bench.drain(args.drain_timeout)
                if not held:
                    break
                best, rate = rate, rate * 1.5
            if best is None:
                print(f"sustained maximum: below {args.max_start:g} events/s (the first step did not hold)")
            else:
                print(f"sustained maximum: {best:.1f} events/s (the next step, {rate:.1f}, did not hold)")
                phase = bench.run(Phase("80 % of the sustained maximum", best * 0.8, args.max_duration))
                report(phase, bench.drain(args.drain_timeout))
    finally:
        for proc in procs.values():
            proc.terminate()
        for proc in procs.values():
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
        smtp.down()
    print(machine_line("at end"))


if __name__ == "__main__":
    main()
