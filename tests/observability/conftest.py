"""Tracing in the test process, into an in-memory exporter."""

from __future__ import annotations

import pytest
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from config import telemetry


@pytest.fixture(scope="session")
def _span_exporter() -> InMemorySpanExporter:
    # As Daphne does at start (config/asgi.py): the provider, the instrumentations and the Django
    # middleware. Instrumentation stays on for the rest of the session (spans with no exporter
    # besides this one cost little); the exporter is emptied for each test.
    telemetry.setup(service="crisisops-web", web=True)
    exporter = InMemorySpanExporter()
    telemetry.add_span_processor(SimpleSpanProcessor(exporter))
    return exporter


@pytest.fixture
def spans(_span_exporter: InMemorySpanExporter) -> InMemorySpanExporter:
    _span_exporter.clear()
    return _span_exporter


from tests.escalation.conftest import smtp, smtp_server  # noqa: E402, F401 - the local SMTP sink
