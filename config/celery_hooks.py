"""What every Celery process does around its tasks: JSON logs, traces, task metrics, queue age.

Connected from config/celery.py, so workers and beat get them whatever command started them.

- Logging: Celery leaves its own logging set-up to `settings.LOGGING` (config/logs.py), so the
  worker's and beat's lines are the same JSON lines as the web's.
- Traces: the worker and beat install the tracer (config/telemetry.py) at start-up, before a
  prefork pool forks (the SDK restarts its export thread in each child). A message that carries
  a trace and is published where no span is current (the hand-off resender after a broker
  outage) continues that trace instead of starting a new one.
- Log context: each task binds its id and the event/crisis ids of its keyword arguments.
- Metrics (prometheus_client; merged across processes through PROMETHEUS_MULTIPROC_DIR):
  task runs by outcome and their duration, and the wait of each message in its queue. Each
  published message is also noted in Redis (a sorted set per queue: task id → the time it
  became due) until a worker starts it, so `/metrics` can report the age of the oldest message
  still waiting in each queue whatever the broker (RabbitMQ has no cheap way to peek).
- A worker started with CELERY_METRICS_PORT serves its processes' metrics on that port (a
  deployment whose workers do not share a metrics directory with the web process).
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from typing import Any

from celery import signals
from prometheus_client import Counter, Histogram
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

SENT_AT_HEADER = "crisisops_due"  # when the message became due (publish time, or its ETA)
QUEUE_KEY = "crisisops:queue:waiting:{queue}"
# Bounded labels: task names are the registered ones (a few dozen), queues are config.celery.QUEUES.
task_runs = Counter(
    "crisisops_task_runs_total",
    "Celery task runs by outcome (succeeded, failed, retried); failed / all = agent error rate",
    ["queue", "task", "outcome"],
)
task_duration = Histogram(
    "crisisops_task_duration_seconds",
    "Celery task run time",
    ["queue", "task"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 120),
)
queue_wait = Histogram(
    "crisisops_queue_wait_seconds",
    "Time a message waited in its queue before a worker started it",
    ["queue"],
    buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900),
)
OUTCOMES = {"SUCCESS": "succeeded", "FAILURE": "failed", "RETRY": "retried"}
# Keyword arguments that name what a task is about (tasks take ids).
_ID_KWARGS = {"event_ids": "event_ids", "crisis_id": "crisis_id", "alert_id": "alert_id"}

_started: dict[str, tuple[float, object]] = {}  # task id → (monotonic start, log-context token)


# --- logging and tracing set-up ---------------------------------------------------------------


@signals.setup_logging.connect
def _logging_from_settings(**kwargs: Any) -> None:
    import logging.config

    from django.conf import settings

    logging.config.dictConfig(settings.LOGGING)


@signals.worker_init.connect
def _worker_start(**kwargs: Any) -> None:
    from config import telemetry

    telemetry.setup(service="crisisops-worker")
    port = os.environ.get("CELERY_METRICS_PORT")
    if port:
        serve_metrics(int(port))


@signals.beat_init.connect
def _beat_start(**kwargs: Any) -> None:
    from config import telemetry

    telemetry.setup(service="crisisops-beat")


@signals.worker_process_shutdown.connect
def _child_gone(pid: int | None = None, **kwargs: Any) -> None:
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(pid or os.getpid())


def serve_metrics(port: int) -> None:
    """This worker's metrics (every pool process) on http://0.0.0.0:<port>/metrics."""
    from prometheus_client import REGISTRY, CollectorRegistry, multiprocess, start_http_server

    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    else:
        logger.warning("CELERY_METRICS_PORT without PROMETHEUS_MULTIPROC_DIR: pool children are not counted")
        registry = REGISTRY
    start_http_server(port, registry=registry)
    logger.info("worker metrics on port %d", port)


# --- publish: due time, queue ledger, trace carried by the message ------------------------------

_publish_tokens: dict[str, object] = {}


@signals.before_task_publish.connect
def _before_publish(headers: dict | None = None, routing_key: str = "", **kwargs: Any) -> None:
    if headers is None:
        return
    due = time.time()
    eta = headers.get("eta")
    if eta:
        from datetime import datetime

        with contextlib.suppress(TypeError, ValueError):  # an ETA we cannot read: due now
            due = max(due, datetime.fromisoformat(eta).timestamp())
    headers[SENT_AT_HEADER] = due
    task_id = headers.get("id")
    if task_id and routing_key:
        _ledger(lambda r: r.zadd(QUEUE_KEY.format(queue=routing_key), {task_id: due}))
    if task_id and "traceparent" in headers and _carrying:
        from opentelemetry import context, propagate, trace

        if not trace.get_current_span().get_span_context().is_valid:
            _publish_tokens[task_id] = context.attach(propagate.extract(headers))


_carrying = False


def carry_traces_in_messages() -> None:
    """Called by config.telemetry once the Celery instrumentation is connected: our publish hook
    runs before its hooks and this one after them, so contexts are detached in the right order."""
    global _carrying
    if not _carrying:
        signals.after_task_publish.connect(_after_publish, weak=False)
        _carrying = True


def _after_publish(headers: dict | None = None, **kwargs: Any) -> None:
    token = _publish_tokens.pop((headers or {}).get("id", ""), None)
    if token is not None:
        from opentelemetry import context

        context.detach(token)  # type: ignore[arg-type]


def _ledger(command) -> None:
    """Run a command on the queue ledger; the ledger is a report, so Redis being away is not an
    error — and not worth a wait: every hand-off of a request passes here (a paused Redis held
    each intake post 5 s on this alone), so it gives up after a second and skips Redis while the
    process knows it is away (`tenants.redis.redis_away`)."""
    from tenants.redis import redis_away, redis_failed

    if redis_away():
        return
    try:
        from django.conf import settings

        from tenants.redis import redis_client

        command(redis_client(settings.REDIS_URL, fast=True))
    except (RedisConnectionError, RedisTimeoutError, OSError):
        redis_failed()
        logger.debug("queue ledger unavailable", exc_info=True)
    except Exception:
        logger.debug("queue ledger unavailable", exc_info=True)


def _queue_of(request: Any, task_name: str | None = None) -> str:
    """The queue a message came from; for a task run without a broker (`apply`, eager mode) the
    queue its route names, so the same task is counted under one label wherever it ran."""
    info = getattr(request, "delivery_info", None) or {}
    queue = info.get("routing_key")
    if not queue and task_name:
        from config.celery import app

        with contextlib.suppress(Exception):  # a name no route knows: "unknown"
            queue = app.amqp.router.route({}, task_name)["queue"].name
    return str(queue or "unknown")


def _forget(request: Any) -> None:
    task_id = getattr(request, "id", None)
    if task_id:
        _ledger(lambda r: r.zrem(QUEUE_KEY.format(queue=_queue_of(request)), task_id))


# --- run: log context, metrics ------------------------------------------------------------------


@signals.task_prerun.connect
def _task_start(task_id: str | None = None, task: Any = None, kwargs: dict | None = None, **_: Any) -> None:
    from config.logs import bind

    request = getattr(task, "request", None)
    fields: dict[str, Any] = {"task_id": task_id}
    for key, name in _ID_KWARGS.items():
        if kwargs and key in kwargs:
            fields[name] = kwargs[key]
    ids = fields.get("event_ids")
    if isinstance(ids, list) and len(ids) == 1:
        fields["event_id"] = ids[0]
    token = bind(**fields)
    if task_id:
        _started[task_id] = (time.monotonic(), token)
    due = getattr(request, SENT_AT_HEADER, None)
    if isinstance(due, int | float):
        queue_wait.labels(_queue_of(request)).observe(max(time.time() - due, 0.0))
    _forget(request)


@signals.task_postrun.connect
def _task_end(task_id: str | None = None, task: Any = None, state: str | None = None, **_: Any) -> None:
    from config.logs import unbind

    started = _started.pop(task_id or "", None)
    request = getattr(task, "request", None)
    name = getattr(task, "name", "unknown")
    queue = _queue_of(request, name)
    task_runs.labels(queue, name, OUTCOMES.get(state or "", "failed")).inc()
    if started is not None:
        task_duration.labels(queue, name).observe(time.monotonic() - started[0])
        unbind(started[1])


@signals.task_revoked.connect
def _task_revoked(request: Any = None, **kwargs: Any) -> None:
    """An expired or revoked message never runs: it is no longer waiting either."""
    _forget(request)


def oldest_waiting(queue: str) -> float | None:
    """When the oldest message of `queue` that no worker has started became due (epoch s)."""
    from django.conf import settings

    from tenants.redis import redis_client

    first = redis_client(settings.REDIS_URL).zrange(QUEUE_KEY.format(queue=queue), 0, 0, withscores=True)
    return float(first[0][1]) if first else None


def forget_older_than(queue: str, due: float) -> None:
    """Drop ledger entries that became due before `due` (messages lost with a purge or a crash)."""
    _ledger(lambda r: r.zremrangebyscore(QUEUE_KEY.format(queue=queue), "-inf", due))
