"""Real processes for tests: a Celery worker (+ beat) and Daphne, on the test database."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

from django.conf import settings

from config.queues import STAGES, queue

ROOT = Path(__file__).resolve().parents[2]
LOG_DIR = ROOT / "var" / "log" / "tests" / os.environ.get("TEST_LOG_NAME", "default")
VENV_BIN = Path(sys.executable).parent


def free_port() -> int:
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with closing(socket.socket()) as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise TimeoutError(f"nothing listening on 127.0.0.1:{port} after {timeout}s")


def wait_until(check: Callable[[], Any], *, timeout: float, every: float = 0.25, what: str = "") -> float:
    """Seconds until `check()` is truthy; AssertionError after `timeout`."""
    started = time.monotonic()
    while True:
        if check():
            return time.monotonic() - started
        if time.monotonic() - started > timeout:
            raise AssertionError(f"not within {timeout:.0f} s: {what}")
        time.sleep(every)


def region_queues(names: str, region: str | None = None) -> str:
    """A `-Q` argument: stage names are qualified with the region, other queue names kept."""
    return ",".join(queue(n, region) if n in STAGES else n for n in names.split(",") if n)


def subprocess_env(**extra: str) -> dict[str, str]:
    """The environment of a child process that must use the same (test) database and Redis."""
    db = settings.DATABASES["default"]
    env = dict(os.environ)
    env.update(
        CRISIS_ENV="test",
        DATABASE_URL=f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        REDIS_URL=settings.REDIS_URL,
        PYTHONPATH=str(ROOT),
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


class ManagedProcess:
    def __init__(self, name: str, args: list[str], env: dict[str, str], *, own_group: bool = False) -> None:
        LOG_DIR.mkdir(parents=True, exist_ok=True)
        self.name = name
        self.log_path = LOG_DIR / f"{name}.log"
        self._log = open(self.log_path, "w")  # noqa: SIM115 - closed in stop()
        # own_group: the process and its children (prefork) form a group `kill_group` ends at once.
        self.proc = subprocess.Popen(
            args, cwd=ROOT, env=env, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=own_group
        )

    def kill_group(self) -> None:
        """SIGKILL the whole process group at once, as the kernel's OOM killer ends a container."""
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace")

    def wait_for_log(self, needle: str, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if needle in self.log_text():
                return
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited ({self.proc.returncode}):\n{self.log_text()[-4000:]}")
            time.sleep(0.2)
        # Never leave it running: a worker that was slow to start would otherwise live on,
        # orphaned, and take messages meant for the next test's worker.
        text = self.log_text()
        self.stop()
        raise TimeoutError(f"{self.name}: {needle!r} not seen after {timeout}s:\n{text[-4000:]}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log.close()


def start_worker(
    name: str = "worker",
    queues: str = ",".join(STAGES),
    *,
    pool: str = "solo",
    concurrency: int = 1,
    **env: str,
) -> ManagedProcess:
    proc = ManagedProcess(
        name,
        [
            str(VENV_BIN / "celery"),
            "-A",
            "config",
            "worker",
            "-P",
            pool,
            "-c",
            str(concurrency),
            "-Q",
            # Stage names ("ingest,classify") become this region's queues (eu.ingest,eu.classify).
            region_queues(queues, env.get("DEPLOYMENT_REGION")),
            "-n",
            f"{name}-{os.getpid()}@%h",
            "--without-gossip",
            "--without-mingle",
            "-l",
            "info",
        ],
        subprocess_env(**env),
    )
    proc.wait_for_log("ready.")
    return proc


def start_pool(pool: str, *, name: str | None = None, concurrency: int = 1, **env: str) -> ManagedProcess:
    """One stage's worker pool as production runs it (`python -m config.pools <pool>`, prefork)."""
    proc = ManagedProcess(
        name or f"pool-{pool}",
        [sys.executable, "-m", "config.pools", pool, "--concurrency", str(concurrency)],
        subprocess_env(**env),
        own_group=True,
    )
    proc.wait_for_log("ready.", timeout=120)
    return proc


class _SharedWorker:
    """The Celery worker (every queue) shared by live tests, started on first use.

    A test that brings its own worker for every queue (the acceptance test, with its LLM
    settings) stops this one first: two workers on the same queues would split its tasks, and
    half of them would run without its settings. The next test that asks for it gets a new one.
    """

    proc: ManagedProcess | None = None

    def get(self) -> ManagedProcess:
        if self.proc is None or self.proc.proc.poll() is not None:
            self.proc = start_worker()
        return self.proc

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.stop()
            self.proc = None


shared_worker = _SharedWorker()


def start_beat(**env: str) -> ManagedProcess:
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    proc = ManagedProcess(
        "beat",
        [
            str(VENV_BIN / "celery"),
            "-A",
            "config",
            "beat",
            "-l",
            "info",
            "-s",
            str(LOG_DIR / "celerybeat-schedule"),
        ],
        subprocess_env(**env),
    )
    proc.wait_for_log("beat: Starting")
    return proc


def start_daphne(port: int | None = None, **env: str) -> tuple[ManagedProcess, int]:
    port = port or free_port()
    proc = ManagedProcess(
        "daphne",
        [str(VENV_BIN / "daphne"), "-b", "127.0.0.1", "-p", str(port), "config.asgi:application"],
        subprocess_env(**env),
    )
    wait_for_port(port)
    return proc, port
