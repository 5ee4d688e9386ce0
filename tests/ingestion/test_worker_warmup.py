"""A fresh worker loads its models before the first task, in the processes that run the tasks."""

from __future__ import annotations

import re
import time

import pytest

from config.queues import queue
from tests.support import processes

pytestmark = pytest.mark.live


def _warmed_pids(log: str, stage: str) -> set[int]:
    name = re.escape(queue(stage))  # eu.ingest: the queue of the stage in this region
    return {int(pid) for pid in re.findall(rf"warmed up for queue {name} in [\d.]+ s \(pid (\d+)\)", log)}


def test_every_prefork_child_loads_the_redaction_engine_before_any_task_arrives(django_db_setup):
    worker = processes.start_worker("warm-prefork", queues="ingest", pool="prefork", concurrency=2)
    try:
        deadline = time.monotonic() + 120
        while len(_warmed_pids(worker.log_text(), "ingest")) < 2 and time.monotonic() < deadline:
            time.sleep(0.5)
        pids = _warmed_pids(worker.log_text(), "ingest")
        assert len(pids) == 2, worker.log_text()[-3000:]
        assert worker.proc.pid not in pids  # the parent never runs a task: loading there only costs memory
        assert not _warmed_pids(worker.log_text(), "classify")  # not a queue this worker consumes
    finally:
        worker.stop()


def test_a_solo_worker_warms_up_in_its_own_process(django_db_setup):
    worker = processes.start_worker("warm-solo", queues="classify")
    try:
        deadline = time.monotonic() + 120
        while not _warmed_pids(worker.log_text(), "classify") and time.monotonic() < deadline:
            time.sleep(0.5)
        assert _warmed_pids(worker.log_text(), "classify") == {worker.proc.pid}, worker.log_text()[-3000:]
    finally:
        worker.stop()
