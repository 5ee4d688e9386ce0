"""Celery app: tenant-aware tasks (tenant-schemas-celery), one queue per stage, routes in one place.

A task enqueued inside a tenant's schema carries that schema and runs in it on the worker.
Task names are `<app>.<name>`; beat-driven sweeps are `<app>.beat.<name>` and go to the `beat`
queue so a backlog in a stage never delays the timers. Queue names carry the deployment's region
(`config.queues.queue`: `eu.classify`), and a task of another region's tenant is rejected before
it runs (`ResidentTenantTask`, tenants/residency.py). Every stage registers its tasks with
`stage_task`, which carries the one retry policy (`TRANSIENT_ERRORS`, backoff with jitter, a
finite number of retries).
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

import amqp.exceptions
import kombu.exceptions
import redis.exceptions
from celery import signals
from django.db import InterfaceError
from django.db import OperationalError as DatabaseOperationalError
from tenant_schemas_celery.app import CeleryApp
from tenant_schemas_celery.task import TenantTask

from config import broker
from config.queues import STAGES, queue

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")


class CrisisCelery(CeleryApp):
    def send_task(self, name, args=None, kwargs=None, countdown=None, eta=None, **options):
        """On RabbitMQ a countdown (a retry's backoff, a timer) travels by native delayed
        delivery, which counts whole seconds: round it up there (config.broker.whole_seconds)."""
        if (countdown or isinstance(eta, datetime)) and broker.is_amqp(self.conf.broker_url):
            if isinstance(eta, datetime):
                countdown, eta = (eta - self.now()).total_seconds(), None
            countdown = broker.whole_seconds(countdown) if countdown and countdown > 0 else None
        return super().send_task(name, args, kwargs, countdown=countdown, eta=eta, **options)


class ResidentTenantTask(TenantTask):
    """tenant-schemas-celery's task, refusing a tenant this deployment does not serve.

    tenant-schemas-celery binds the message's tenant in its `task_prerun` handler, and Celery
    swallows what a signal handler raises, so the refusal happens here, in the call that follows
    the signals: before the task body, outside its retry policy (`autoretry_for` wraps the body),
    so the message fails once and is logged, never retried. The residency router would refuse
    the task's first query anyway; this says why, before anything runs.
    """

    abstract = True

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        from django.db import connection

        from tenants.residency import ResidencyError, is_foreign

        tenant = getattr(connection, "tenant", None)
        if is_foreign(tenant):
            exc = ResidencyError(tenant)
            logging.getLogger(__name__).error("rejected task %s (%s): %s", self.name, self.request.id, exc)
            raise exc
        return super().__call__(*args, **kwargs)


app = CrisisCelery("crisisops", task_cls=ResidentTenantTask)
app.config_from_object("django.conf:settings", namespace="CELERY")

QUEUES = tuple(queue(stage) for stage in STAGES)  # this region's: eu.ingest, eu.classify, …
# RabbitMQ (production): quorum queues, publisher confirms (config/broker.py); nothing on Redis.
app.conf.update(broker.celery_options(app.conf.broker_url, QUEUES))

# Order matters: the first matching glob wins.
app.conf.task_routes = {
    "*.beat.*": {"queue": queue("beat")},
    "ingestion.*": {"queue": queue("ingest")},
    "classification.*": {"queue": queue("classify")},
    "crisis.*": {"queue": queue("detect")},
    "escalation.*": {"queue": queue("notify")},
    # Planning has its own queue: an encoder batch or an LLM call never delays detection or a page.
    "response.*": {"queue": queue("respond")},
    "tenants.*": {"queue": queue("beat")},
}
app.conf.task_default_queue = queue("beat")
app.conf.task_create_missing_queues = True

# Beat sends each entry once per tenant schema (entries without `tenant_schemas` go to every
# tenant except public), by tenant-schemas-celery's scheduler made outage-proof in config.beat: the
# tenant list survives a database outage, a failed tick is retried instead of ending beat, and
# every tick writes a heartbeat that /readyz reports.
app.conf.beat_scheduler = "config.beat.ResilientTenantScheduler"
app.conf.beat_schedule = {}


# --- The retry policy ---------------------------------------------------------------------------
# Transient: the database, Redis or the broker went away for a moment, so the same work will
# succeed later. Anything else is a bug or a bad input, which a retry would only repeat (stages turn
# bad input into a status, never an exception). Tasks are idempotent, so a retry after a partial
# run is safe; backoff with full jitter keeps the workers of every tenant from retrying in step.
TRANSIENT_ERRORS: tuple[type[BaseException], ...] = (
    DatabaseOperationalError,
    InterfaceError,
    redis.exceptions.ConnectionError,
    redis.exceptions.TimeoutError,
    kombu.exceptions.OperationalError,
    amqp.exceptions.ConnectionError,
)
RETRY_BACKOFF_SECONDS = 2
RETRY_BACKOFF_MAX_SECONDS = 120
MAX_RETRIES = 8


def is_transient(exc: BaseException) -> bool:
    return isinstance(exc, TRANSIENT_ERRORS)


def stage_task(name: str, *, also_transient: tuple[type[BaseException], ...] = (), **options: Any):
    """Register a stage's task: `acks_late` (every task is idempotent) and the retry policy.

    `also_transient` adds errors that are transient for this task only (an SMTP hiccup for a task
    that sends mail). A periodic task (`<app>.beat.<name>`) is not retried: its next run, seconds
    to a minute later, is its retry, and retries piling up behind a down database would only
    run the same sweep many times over once it is back.
    """
    if ".beat." in name:
        policy: dict[str, Any] = {}
    else:
        policy = {
            "autoretry_for": TRANSIENT_ERRORS + also_transient,
            "retry_backoff": RETRY_BACKOFF_SECONDS,
            "retry_backoff_max": RETRY_BACKOFF_MAX_SECONDS,
            "retry_jitter": True,
            "max_retries": MAX_RETRIES,
        }
    return app.task(name=name, acks_late=True, **policy, **options)


def add_periodic(name: str, task: str, seconds: float) -> None:
    """Register a per-tenant periodic task. Stage apps call this from their `tasks.py`."""
    app.conf.beat_schedule[name] = {
        "task": task,
        "schedule": seconds,
        "options": {"expires": max(seconds, 5)},
    }


_warmups: list[tuple[str, Callable[[], object]]] = []


def warm_up_on_start(stage: str, load: Callable[[], object]) -> None:
    """Run `load` (a model load) in every process that will execute tasks of `stage`'s queue, as
    soon as it starts and in a background thread, so the first task does not pay for it.

    With the prefork pool that is each child after the fork (`worker_process_init`): loading in
    the parent would only cost memory, the children would still load on first use. With the solo
    or threads pool the tasks run in the worker process itself (`worker_ready`).
    """
    _warmups.append((queue(stage), load))


def _start_warmups() -> None:
    try:
        queues = {q.name for q in app.amqp.queues.consume_from.values()}
    except (AttributeError, TypeError):
        queues = set(QUEUES)
    for name, load in _warmups:
        if name in queues:
            threading.Thread(target=_warm, args=(name, load), name=f"warm-{name}", daemon=True).start()


def _warm(queue: str, load: Callable[[], None]) -> None:
    log = logging.getLogger(__name__)
    started = time.monotonic()
    try:
        load()
    except Exception:
        log.exception("warm-up for queue %s failed; the model loads on first use", queue)
    else:
        log.info("warmed up for queue %s in %.1f s (pid %d)", queue, time.monotonic() - started, os.getpid())


@signals.worker_process_init.connect
def _warm_prefork_child(**kwargs) -> None:
    _start_warmups()


@signals.worker_ready.connect
def _warm_in_process_pool(sender=None, **kwargs) -> None:
    pool = getattr(sender, "pool", None)
    if pool is not None and type(pool).__module__.rsplit(".", 1)[-1] in ("solo", "threads"):
        _start_warmups()


app.autodiscover_tasks()

# JSON logs, traces, task metrics and the queue ledger in every worker and beat process.
import config.celery_hooks  # noqa: E402, F401


@signals.task_prerun.connect
def _fresh_clock_per_task(**kwargs) -> None:
    from tenants.clock import invalidate_cache

    invalidate_cache()


def enqueue(task_name: str, *, countdown: float | None = None, **kwargs) -> None:
    """Hand off to another stage by task name, after the current transaction commits.

    The tenant schema and the trace are captured now (not at commit time) and travel in the
    message headers, so the task runs in the same tenant's schema, in the same trace, on the worker.
    """
    from django.db import connection, transaction
    from opentelemetry import propagate

    schema = connection.schema_name
    options: dict[str, Any] = {"headers": {"_schema_name": schema}}
    # The trace of the code that hands off travels with the message (W3C traceparent), even when
    # it is sent later than now (after the commit, or again after a broker outage).
    propagate.inject(options["headers"])
    if countdown:
        options["countdown"] = countdown
    from config.handoffs import handoffs

    # A broker outage must not fail the committed work (config/handoffs.py keeps and re-sends).
    transaction.on_commit(lambda: handoffs.send(task_name, kwargs, options))
