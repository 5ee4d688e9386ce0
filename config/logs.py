"""Structured logs: one JSON object per line, in every process (Daphne, Celery workers, beat,
management commands), Celery's own lines included.

Every line carries the same context keys, `null` when they do not apply, so a log pipeline can
join lines to traces and to the rows they are about:

- `tenant`: the schema the connection is on (django-tenants sets it per request and
  tenant-schemas-celery per task);
- `trace_id` / `span_id`: the current OpenTelemetry span (config/telemetry.py), so a worker's
  line carries the trace of the intake request that caused it;
- `task_id`: the Celery task running in this context;
- `event_id` / `crisis_id`: bound by `log_context(...)`; the worker binds them from the task's
  keyword arguments (tasks take ids), so a task about one event or crisis says so on every line.

`LOG_FORMAT=plain` switches to the one-line text format for a person tailing a terminal.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Any

from pythonjsonlogger.json import JsonFormatter

CONTEXT_KEYS = ("tenant", "event_id", "crisis_id", "task_id", "trace_id", "span_id")
_bound: ContextVar[dict[str, Any] | None] = ContextVar("crisisops_log_context", default=None)


def bound() -> dict[str, Any]:
    return dict(_bound.get() or {})


@contextlib.contextmanager
def log_context(**fields: Any) -> Iterator[None]:
    """Add fields (event_id=…, crisis_id=…) to every log line inside the block."""
    token = _bound.set({**bound(), **fields})
    try:
        yield
    finally:
        _bound.reset(token)


def bind(**fields: Any) -> object:
    """Bind fields until `unbind(token)`: for hooks that open and close in different calls
    (Celery's task_prerun / task_postrun)."""
    return _bound.set({**bound(), **fields})


def unbind(token: object) -> None:
    with contextlib.suppress(ValueError, LookupError):  # a token of another context: already gone
        _bound.reset(token)  # type: ignore[arg-type]


def _schema() -> str | None:
    try:
        from django.db import connection

        return getattr(connection, "schema_name", None)
    except Exception:  # settings not configured yet (early start-up lines)
        return None


def _trace_ids() -> tuple[str | None, str | None]:
    from opentelemetry import trace

    ctx = trace.get_current_span().get_span_context()
    if not ctx.is_valid:
        return None, None
    return f"{ctx.trace_id:032x}", f"{ctx.span_id:016x}"


class ContextFilter(logging.Filter):
    """Puts the context keys on every record that reaches the handler."""

    def filter(self, record: logging.LogRecord) -> bool:
        fields = bound()
        trace_id, span_id = _trace_ids()
        record.tenant = fields.get("tenant") or _schema()
        record.trace_id = trace_id
        record.span_id = span_id
        for key in ("event_id", "crisis_id", "task_id"):
            setattr(record, key, fields.get(key))
        for key, value in fields.items():  # anything else bound (event_ids of a batch, alert_id…)
            if key not in CONTEXT_KEYS:
                setattr(record, key, value)
        return True


class Formatter(JsonFormatter):
    """JSON lines: time, level, logger, message, the context keys, then any extra fields."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("rename_fields", {"levelname": "level", "name": "logger"})
        kwargs.setdefault("timestamp", "time")  # ISO 8601, UTC
        super().__init__(*args, **kwargs)


def logging_config(*, level: str, fmt: str) -> dict[str, Any]:
    """The dictConfig used by settings.LOGGING (and by Celery's processes, see config/celery.py)."""
    formatter = (
        {"()": "config.logs.Formatter", "fmt": "%(levelname)s %(name)s %(message)s"}
        if fmt == "json"
        else {"format": "%(asctime)s %(levelname)s %(name)s [%(tenant)s %(trace_id)s] %(message)s"}
    )
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"context": {"()": "config.logs.ContextFilter"}},
        "formatters": {"default": formatter},
        "handlers": {
            "console": {"class": "logging.StreamHandler", "formatter": "default", "filters": ["context"]}
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {"django.db.backends": {"level": "WARNING"}},
    }
