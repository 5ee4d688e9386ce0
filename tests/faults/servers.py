"""Throw-away servers the fault suite owns, so it can stop, pause and kill them without touching
the shared PostgreSQL on 5432 or the shared Redis: a PostgreSQL cluster of its own (Debian's
binaries, `initdb` + `pg_ctl`) and redis-server processes of its own."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import psycopg
import redis

from tests.support.processes import free_port


def _pg_bin() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: int(p.parts[-3]))
    if not found:
        raise RuntimeError("no PostgreSQL server binaries under /usr/lib/postgresql/*/bin")
    return found[-1].parent


class ThrowawayPostgres:
    """A PostgreSQL cluster in a temporary directory on a free port (as the `postgres` user when
    the suite runs as root: PostgreSQL refuses to run as root, and that user must be able to reach
    the directory, so it is made directly under the system's temporary directory)."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="crisisops-faults-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self.bin = _pg_bin()

    def _run(self, *args: str) -> None:
        cmd = [str(self.bin / args[0]), *args[1:]]
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)

    def init(self) -> None:
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres")
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync")

    def start(self) -> None:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c max_connections=200"
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-l",
            str(self.root / "postgres.log"),
            "-w",
            "-o",
            options,
            "start",
        )

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    def is_running(self) -> bool:
        try:
            psycopg.connect(self.url("postgres"), connect_timeout=2).close()
        except psycopg.OperationalError:
            return False
        return True

    def url(self, dbname: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{dbname}"

    def copy_database(self, *, source_url: str, dbname: str) -> None:
        """The source database (the test session's: migrated schemas, both tenants) copied in."""
        dump = self.root / "source.dump"
        subprocess.run(
            [str(self.bin / "pg_dump"), "-Fc", "--no-owner", "-f", str(dump), "-d", source_url],
            check=True,
            capture_output=True,
            timeout=300,
        )
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{dbname}"')
        subprocess.run(
            [str(self.bin / "pg_restore"), "--no-owner", "-d", self.url(dbname), str(dump)],
            check=True,
            capture_output=True,
            timeout=300,
        )


class ThrowawayRedis:
    """A redis-server of our own: stopped, started and paused (CLIENT PAUSE) at will."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.port = free_port()
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        self.proc = subprocess.Popen(
            [
                shutil.which("redis-server") or "redis-server",
                "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                "--dir", str(self.root), "--logfile", str(self.root / "redis.log"),
            ]
        )  # fmt: skip
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                self.client().ping()
                return
            except redis.exceptions.ConnectionError:
                time.sleep(0.05)
        raise RuntimeError(f"redis-server did not start on {self.port}")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
        self.proc = None

    def pause(self, seconds: float) -> None:
        """Every client's command waits `seconds` (what a Redis stuck in a fork or a long command
        looks like to its clients)."""
        self.client().execute_command("CLIENT", "PAUSE", int(seconds * 1000), "ALL")

    def client(self) -> redis.Redis:
        return redis.Redis(port=self.port, socket_timeout=2, socket_connect_timeout=2)

    def url(self, db: int = 0) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"
