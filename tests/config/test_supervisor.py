"""config/supervisor.py: what keeps `./run demo`'s worker and beat (and `./run worker POOL`) running
where no orchestrator restarts them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support.processes import ROOT, ManagedProcess, subprocess_env, wait_until

# A child that writes its pid, exits 3 the first time and waits for SIGTERM the second.
CHILD = """
import signal, sys, time
path = sys.argv[1]
with open(path, "a") as f:
    f.write("start\\n")
if open(path).read().count("start") == 1:
    sys.exit(3)
def done(*_):
    with open(path, "a") as f:
        f.write("term\\n")
    sys.exit(0)
signal.signal(signal.SIGTERM, done)
while True:
    time.sleep(0.1)
"""


def test_a_child_that_exits_is_started_again_and_sigterm_stops_both(tmp_path: Path):
    record = tmp_path / "record"
    supervisor = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from config.supervisor import supervise; "
            "sys.exit(supervise(sys.argv[1:], name='the probe'))",
            sys.executable,
            "-c",
            CHILD,
            str(record),
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_until(
            lambda: record.exists() and record.read_text().count("start") == 2,
            timeout=15,
            what="the second start",
        )
        time.sleep(0.3)  # the second child installs its SIGTERM handler
        supervisor.send_signal(signal.SIGTERM)
        assert supervisor.wait(timeout=15) == 0
    finally:
        if supervisor.poll() is None:
            supervisor.kill()
    assert record.read_text().split() == ["start", "start", "term"]  # passed on, waited for
    assert "supervisor: the probe exited with 3 after 0 s; restarting in 1 s" in supervisor.stderr.read()


def test_only_beat_and_worker_are_supervised_from_the_command_line():
    out = subprocess.run(
        [sys.executable, "-m", "config.supervisor", "shell"], cwd=ROOT, capture_output=True, text=True
    )
    assert out.returncode == 2 and "python -m config.supervisor beat" in out.stderr


@pytest.mark.live
def test_a_supervised_pool_worker_killed_outright_is_back_and_ready(live_db):
    """`./run worker detect` as an operator runs it: its Celery process dies (SIGKILL, as the
    Celery 5.7 broker-loss bug or the OOM killer end it) and the supervisor starts a new one."""
    pool = ManagedProcess(
        "supervised-detect",
        [sys.executable, "-m", "config.pools", "detect", "--supervised", "--concurrency", "1"],
        subprocess_env(),
        own_group=True,
    )
    try:
        pool.wait_for_log("ready.", timeout=120)
        (celery,) = _children(pool.proc.pid)
        os.kill(celery, signal.SIGKILL)
        wait_until(lambda: pool.log_text().count("ready.") == 2, timeout=120, what="a second worker ready")
        assert "supervisor: the detect worker exited with -9" in pool.log_text()
        (second,) = _children(pool.proc.pid)
        assert second != celery and Path(f"/proc/{second}").exists()
    finally:
        pool.stop()
        if pool.proc.poll() is None:
            pool.kill_group()
    # SIGTERM reached the worker through the supervisor: nothing is left of the group.
    wait_until(lambda: not _group_alive(pool.proc.pid), timeout=15, what="the worker's group gone")


def _children(pid: int) -> list[int]:
    return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True
