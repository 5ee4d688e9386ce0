"""Every stage's Celery tasks share one policy: acks_late, transient errors (and only those)
retried with backoff and jitter a finite number of times; periodic sweeps retry by running again."""

from __future__ import annotations

import pytest

from config.celery import MAX_RETRIES, TRANSIENT_ERRORS, app

STAGES = ("ingestion.", "classification.", "crisis.", "escalation.", "response.")


def _stage_tasks() -> dict:
    app.loader.import_default_modules()
    return {name: task for name, task in app.tasks.items() if name.startswith(STAGES)}


def test_every_stage_registers_tasks():
    prefixes = {name.split(".")[0] for name in _stage_tasks()}
    assert prefixes == {"ingestion", "classification", "crisis", "escalation", "response"}


@pytest.mark.parametrize("name", sorted(_stage_tasks()))
def test_stage_task_is_acks_late_and_retries_transient_errors_only(name):
    task = _stage_tasks()[name]
    assert task.acks_late
    if ".beat." in name:
        assert not getattr(task, "autoretry_for", ())  # the next beat is its retry
        return
    retried = tuple(task.autoretry_for)
    assert retried[: len(TRANSIENT_ERRORS)] == TRANSIENT_ERRORS
    assert Exception not in retried and BaseException not in retried
    assert task.max_retries == MAX_RETRIES and task.retry_backoff and task.retry_jitter
