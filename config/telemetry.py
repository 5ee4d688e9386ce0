"""Traces: OpenTelemetry in every process, one trace from an intake request through the workers'
classify, detect and notify tasks.

`setup(service=...)` runs once per process: Daphne calls it from config/asgi.py before Django
builds its middleware chain, Celery workers and beat from their start-up signals
(config/celery_hooks.py). It installs the SDK's tracer provider and the Django, Celery, psycopg,
redis and httpx instrumentations. The context crosses process boundaries in the Celery message
headers (W3C `traceparent`), which the Celery instrumentation writes on publish and reads on
the worker; `config.celery.enqueue` stamps it when the hand-off is queued, so a message sent
later (after the commit, or by the hand-off resender after a broker outage) continues the trace
of the code that produced it.

Export is off unless configured: `OTEL_EXPORTER_OTLP_ENDPOINT` (or
`OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) turns on the OTLP/HTTP exporter, `OTEL_TRACES_EXPORTER=console`
prints spans, `OTEL_SDK_DISABLED=true` turns tracing off altogether. Without an exporter spans
are still made (cheap, never sent), so log lines carry trace ids and traces stay whole across a
process that exports and one that does not. The standard OTEL_* variables (service name,
sampler, batch delays, headers) apply.
"""

from __future__ import annotations

import logging
import os
import threading

from opentelemetry import trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, ConsoleSpanExporter, SpanExporter

logger = logging.getLogger(__name__)

# Probes and scrapes every few seconds would drown the traces that matter.
EXCLUDED_URLS = "healthz,readyz,metrics,static/"

_lock = threading.Lock()
_provider: TracerProvider | None = None


def enabled() -> bool:
    return os.environ.get("OTEL_SDK_DISABLED", "").strip().lower() != "true"


def exporters() -> list[SpanExporter]:
    """The exporters the environment asks for (none by default)."""
    found: list[SpanExporter] = []
    if os.environ.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") or os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT"):
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        found.append(OTLPSpanExporter())  # endpoint, headers, timeout: the standard OTEL_* variables
    if "console" in os.environ.get("OTEL_TRACES_EXPORTER", "").split(","):
        found.append(ConsoleSpanExporter())
    return found


def setup(*, service: str, web: bool = False) -> TracerProvider | None:
    """Install the tracer provider and the instrumentations in this process (idempotent).

    `web=True` adds the Django instrumentation (a middleware put first in settings.MIDDLEWARE, so
    it must run before the request handler is built)."""
    global _provider
    if not enabled():
        return None
    with _lock:
        if _provider is None:
            _provider = _install(service)
        if web:
            _instrument_django()
    return _provider


def add_span_processor(processor: SpanProcessor) -> None:
    """Add a processor to this process's provider (an in-memory exporter in tests)."""
    if _provider is None:
        raise RuntimeError("telemetry.setup() has not run in this process")
    _provider.add_span_processor(processor)


def _install(service: str) -> TracerProvider:
    from django.conf import settings
    from opentelemetry.instrumentation.celery import CeleryInstrumentor
    from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
    from opentelemetry.instrumentation.psycopg import PsycopgInstrumentor
    from opentelemetry.instrumentation.redis import RedisInstrumentor

    resource = Resource.create(
        {
            "service.name": os.environ.get("OTEL_SERVICE_NAME") or service,
            "service.namespace": "crisisops",
            "deployment.environment": settings.CRISIS_ENV,
        }
    )
    provider = TracerProvider(resource=resource)  # sampler: OTEL_TRACES_SAMPLER, default parent-based on
    sinks = exporters()
    for exporter in sinks:
        provider.add_span_processor(BatchSpanProcessor(exporter))
    trace.set_tracer_provider(provider)
    CeleryInstrumentor().instrument(tracer_provider=provider)
    from config.celery_hooks import carry_traces_in_messages

    carry_traces_in_messages()
    PsycopgInstrumentor().instrument(tracer_provider=provider, skip_dep_check=True)
    RedisInstrumentor().instrument(tracer_provider=provider)
    HTTPXClientInstrumentor().instrument(tracer_provider=provider)
    logger.info("tracing on for %s (exporters: %s)", service, [type(e).__name__ for e in sinks] or "none")
    return provider


def _instrument_django() -> None:
    from opentelemetry.instrumentation.django import DjangoInstrumentor

    instrumentor = DjangoInstrumentor()
    if not instrumentor.is_instrumented_by_opentelemetry:
        instrumentor.instrument(tracer_provider=_provider, excluded_urls=EXCLUDED_URLS)


def trace_ids() -> tuple[str, str] | None:
    """(trace id, span id) of the current span as hex, or None outside a span."""
    ctx = trace.get_current_span().get_span_context()
    if not ctx.is_valid:
        return None
    return f"{ctx.trace_id:032x}", f"{ctx.span_id:016x}"
