"""The platform as deployed, on stores the fault suite owns: a throw-away PostgreSQL cluster (a
copy of the test database), a Redis for cache/Channels/clock and another as the Celery broker,
Daphne, one Celery worker for every queue and beat under its supervisor, with Slack, SMTP and
the LLM pointed at local sinks. Everything here is real processes talking over real sockets."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import httpx
import psycopg

from config.queues import STAGES, queues
from tests.faults.servers import ThrowawayPostgres, ThrowawayRedis
from tests.faults.sinks import FakeLLM, Slack, Smtp
from tests.support.processes import ROOT, VENV_BIN, ManagedProcess, free_port, wait_for_port

HOST = "a.localhost"
SCHEMA = "tenant_a"
DBNAME = "faults"
LLM_TIMEOUT_SECONDS = 2.0
LLM_BREAKER_COOLDOWN = 5


class Stack:
    def __init__(self, root: Path, *, source_db_url: str) -> None:
        self.root = root
        self.pg = ThrowawayPostgres()
        self.cache = ThrowawayRedis(root / "redis-cache")
        self.broker = ThrowawayRedis(root / "redis-broker")
        self.slack, self.smtp, self.llm = Slack(), Smtp(), FakeLLM(timeout_seconds=LLM_TIMEOUT_SECONDS)
        self.spool_dir = root / "spool"
        self.source_db_url = source_db_url
        self.keys: dict[str, str] = {}
        self.daphne: ManagedProcess | None = None
        self.worker: ManagedProcess | None = None
        self.beat: ManagedProcess | None = None
        self.port = free_port()
        self.worker_starts = 0

    # --- lifecycle --------------------------------------------------------------------------------

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            CRISIS_ENV="test",
            DATABASE_URL=self.pg.url(DBNAME),
            REDIS_URL=self.cache.url(),
            CELERY_BROKER_URL=self.broker.url(),
            INGESTION_SPOOL_DIR=str(self.spool_dir),
            # The sweepers' thresholds, short enough for a test run (their intervals stay as deployed).
            INGESTION_STUCK_AFTER_SECONDS="15",
            CLASSIFICATION_SWEEP_AFTER_SECONDS="15",
            ANTHROPIC_API_KEY="fault-suite",
            ANTHROPIC_BASE_URL=self.llm.url,
            ANTHROPIC_TIMEOUT_SECONDS=str(LLM_TIMEOUT_SECONDS),
            CLASSIFICATION_LLM_RETRIES="1",
            CLASSIFICATION_LLM_BACKOFF_SECONDS="0.1",
            CLASSIFICATION_LLM_BREAKER_COOLDOWN_SECONDS=str(LLM_BREAKER_COOLDOWN),
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=str(self.smtp.port),
            ESCALATION_RETRY_BACKOFF_SECONDS="0.5",
            PYTHONPATH=str(ROOT),
            PYTHONUNBUFFERED="1",
            LOG_FORMAT="plain",
        )
        return env

    def start(self) -> None:
        self.pg.init()
        self.pg.start()
        self.pg.copy_database(source_url=self.source_db_url, dbname=DBNAME)
        self.cache.start()
        self.broker.start()
        self.smtp.up()
        seeded = subprocess.run(
            [sys.executable, "-m", "tests.faults.seed", self.slack.url, str(self.smtp.port)],
            env={**self.env(), "DJANGO_SETTINGS_MODULE": "config.settings"},
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=180,
        )
        if seeded.returncode != 0:
            raise RuntimeError(f"seeding failed:\n{seeded.stderr[-3000:]}")
        self.keys = json.loads(seeded.stdout.strip().splitlines()[-1])
        self.start_daphne()
        self.start_worker()
        self.start_beat()

    def stop(self) -> None:
        for proc in (self.beat, self.worker, self.daphne):
            if proc is not None:
                proc.stop()
        self.smtp.down()
        self.slack.close()
        self.llm.close()
        for redis_server in (self.cache, self.broker):
            redis_server.stop()
        if self.pg.is_running():
            self.pg.stop("immediate")
        self.pg.remove()

    def start_daphne(self) -> None:
        self.daphne = ManagedProcess(
            "faults-daphne",
            [str(VENV_BIN / "daphne"), "-b", "127.0.0.1", "-p", str(self.port), "config.asgi:application"],
            self.env(),
        )
        wait_for_port(self.port, timeout=60)

    def start_worker(self, stages: tuple[str, ...] = STAGES, **extra_env: str) -> None:
        """The worker for every queue (or only `stages`' queues: a stage nobody serves keeps its
        messages in the broker); `extra_env` for a worker started broken on purpose."""
        self.worker_starts += 1  # each worker's own log: a killed one's stays readable
        self.worker = ManagedProcess(
            f"faults-worker-{self.worker_starts}",
            [
                str(VENV_BIN / "celery"), "-A", "config", "worker", "-P", "solo", "-c", "1",
                "-Q", queues(stages), "-n", f"faults-{uuid.uuid4().hex[:6]}@%h",
                "--without-gossip", "--without-mingle", "-l", "info",
            ],
            {**self.env(), **extra_env},
        )  # fmt: skip
        self.worker.wait_for_log("ready.", timeout=120)

    def restart_worker_if_exited(self) -> bool:
        """What the deployment's orchestrator does for a worker that exited (a pod's restart
        policy): start it again. Celery 5.7 / kombu 5.7 end a worker that loses a Redis broker
        while it holds unacknowledged messages ("Unrecoverable error: AttributeError: 'NoneType'
        object has no attribute 'hostname'", restoring the unacked messages after the connection
        was collected); a deployed worker comes back, this stack's must too."""
        if self.worker is not None and self.worker.proc.poll() is not None:
            self.worker.stop()
            self.start_worker()
            return True
        return False

    def stop_worker(self) -> None:
        if self.worker is not None:
            self.worker.stop()
            self.worker = None

    def kill_worker(self) -> None:
        """SIGKILL: no warm shutdown, no acks, whatever it held is where it was."""
        assert self.worker is not None
        self.worker.proc.send_signal(signal.SIGKILL)
        self.worker.proc.wait(timeout=10)
        self.worker.stop()
        self.worker = None

    def start_beat(self) -> None:
        self.beat = ManagedProcess(
            "faults-beat",
            [
                sys.executable,
                "-m",
                "config.supervisor",
                "beat",
                "-l",
                "info",
                "-s",
                str(self.root / "beat-schedule"),
            ],
            self.env(),
        )
        self.beat.wait_for_log("beat: Starting", timeout=60)

    def stop_beat(self) -> None:
        if self.beat is not None:
            self.beat.stop()
            self.beat = None

    # --- talking to it ---------------------------------------------------------------------------

    def post(
        self, path: str, body: Any, *, key: str, scheme: str = "Bearer", timeout: float = 30.0
    ) -> httpx.Response:
        return httpx.post(
            f"http://127.0.0.1:{self.port}{path}",
            content=json.dumps(body),
            headers={"Host": HOST, "Authorization": f"{scheme} {key}", "Content-Type": "application/json"},
            timeout=timeout,
        )

    def post_events(self, events: list[dict[str, Any]]) -> httpx.Response:
        return self.post("/api/v1/events", {"events": events}, key=self.keys["generic"])

    def get(self, path: str, **headers: str) -> httpx.Response:
        return httpx.get(f"http://127.0.0.1:{self.port}{path}", headers={"Host": HOST, **headers}, timeout=30)

    def sql(self, query: str, *params: Any) -> list[tuple]:
        with psycopg.connect(self.pg.url(DBNAME), connect_timeout=5) as conn:
            conn.execute(f"SET search_path TO {SCHEMA}, public")
            return conn.execute(query, params).fetchall()

    def sql_exec(self, query: str, *params: Any) -> None:
        with psycopg.connect(self.pg.url(DBNAME), connect_timeout=5, autocommit=True) as conn:
            conn.execute(f"SET search_path TO {SCHEMA}, public")
            conn.execute(query, params)

    def count(self, query: str, *params: Any) -> int:
        return int(self.sql(query, *params)[0][0])

    def django(self, code: str, *, timeout: float = 120) -> str:
        """Run `code` in a fresh Django process on the stack's stores, inside tenant A; its stdout."""
        script = (
            "import django; django.setup()\n"
            "from django_tenants.utils import schema_context\n"
            f"with schema_context({SCHEMA!r}):\n" + "".join(f"    {line}\n" for line in code.splitlines())
        )
        done = subprocess.run(
            [sys.executable, "-c", script],
            env={**self.env(), "DJANGO_SETTINGS_MODULE": "config.settings"},
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if done.returncode != 0:
            raise RuntimeError(f"django snippet failed:\n{done.stderr[-3000:]}")
        return done.stdout

    def duplicate_notifications(self) -> int:
        """Messages that reached a person twice: sent rows for the same alert, person, channel,
        kind, purpose, tier and round beyond the first."""
        return self.count(
            "SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM escalation_notification "
            "WHERE status = 'sent' GROUP BY alert_id, stakeholder_id, channel, kind, purpose, tier, round) t"
        )

    def advance_clock(self, seconds: float) -> None:
        """The platform clock every process reads (tenants.clock: an offset in Redis)."""
        self.cache.client().incrbyfloat("clock:offset_seconds", seconds)

    # --- what happened to a set of events ----------------------------------------------------------

    def fate(self, prefix: str) -> dict[str, int]:
        """RawEvents stored, Events made (canonical or duplicate), canonicals classified and
        RawEvents left for a human, for the external ids starting with `prefix`."""
        like = prefix + "%"
        return {
            "stored": self.count("SELECT count(*) FROM ingestion_rawevent WHERE external_id LIKE %s", like),
            "events": self.count("SELECT count(*) FROM ingestion_event WHERE external_id LIKE %s", like),
            "classified": self.count(
                "SELECT count(*) FROM classification_classification c JOIN ingestion_event e ON e.id = c.event_id "
                "WHERE e.external_id LIKE %s",
                like,
            ),
            "canonical": self.count(
                "SELECT count(*) FROM ingestion_event WHERE external_id LIKE %s AND canonical_id IS NULL",
                like,
            ),
            "review": self.count(
                "SELECT count(*) FROM ingestion_rawevent WHERE external_id LIKE %s AND status IN ('needs_review', 'held_pii')",
                like,
            ),
            "duplicate_rows": self.count(
                "SELECT count(*) - count(DISTINCT external_id) FROM ingestion_rawevent WHERE external_id LIKE %s",
                like,
            ),
        }

    def explain(self, lines: int = 40) -> str:
        """The inbox by status and the last lines each process logged: printed with a failed
        test, since a CI run keeps nothing else."""
        parts = []
        try:
            statuses = self.sql(
                "SELECT status, count(*) FROM ingestion_rawevent GROUP BY status ORDER BY status"
            )
            parts.append(f"RawEvents by status: {dict(statuses)}")
        except psycopg.Error as exc:
            parts.append(f"RawEvents by status: database not answering ({exc})")
        parts.append(f"broker up: {self.broker.proc is not None and self.broker.proc.poll() is None}")
        for proc in (self.worker, self.beat, self.daphne):
            if proc is None:
                continue
            tail = proc.log_text().splitlines()[-lines:]
            alive = "running" if proc.proc.poll() is None else f"exited {proc.proc.returncode}"
            parts.append(f"--- {proc.name} ({alive}), last {len(tail)} lines:\n" + "\n".join(tail))
        return "\n".join(parts)

    def settled(self, prefix: str, n: int) -> bool:
        """All n stored, each an Event, every canonical classified."""
        try:
            f = self.fate(prefix)
        except psycopg.OperationalError:
            return False
        return f["stored"] == n and f["events"] == n and f["classified"] == f["canonical"]


def events(
    prefix: str, n: int, text: str = "Acme Air app keeps logging people out at checkout"
) -> list[dict]:
    return [
        {"id": f"{prefix}{i}", "text": f"{text} (report {prefix}{i})", "platform": "support"}
        for i in range(n)
    ]
