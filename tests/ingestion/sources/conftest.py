"""Helpers for the source connector tests: sources in tenant A, recorded fixtures, the clock."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from ingestion.models import RawEvent, Source

SOURCES_DIR = Path(__file__).resolve().parents[3] / "ingestion" / "sources"


def fixture_text(kind: str, name: str) -> str:
    return (SOURCES_DIR / kind / "fixtures" / name).read_text()


def fixture_json(kind: str, name: str) -> Any:
    return json.loads(fixture_text(kind, name))


def raw_payloads(source: Source) -> dict[str, dict]:
    return {r.external_id: r.payload for r in RawEvent.objects.filter(source=source).order_by("id")}


@pytest.fixture
def make_source(in_a):
    counter = {"n": 0}

    def make(
        kind: str, *, config: dict | None = None, credentials: dict | None = None, api_key: str = "", **kw
    ) -> Source:
        counter["n"] += 1
        return Source.objects.create(
            name=f"{kind} source {counter['n']}",
            slug=f"{kind.replace('_', '-')}-{counter['n']}",
            kind=kind,
            config=config or {},
            credentials=credentials,
            api_key_hash=hashlib.sha256(api_key.encode()).hexdigest() if api_key else "",
            **kw,
        )

    return make


@pytest.fixture
def frozen_clock(settings):
    """The platform clock, reset before and after (tests move it with clock.advance)."""
    from tenants import clock

    clock.reset()
    yield clock
    clock.reset()


def serve_in_order(httpserver, path: str, bodies: list[Any], **kw) -> None:
    """Answer successive requests to `path` with successive JSON bodies (the last one repeats);
    unlike ordered handlers, other paths (an OAuth token endpoint) keep working meanwhile."""
    from werkzeug import Response

    state = {"i": 0}

    def handler(request):
        body = bodies[min(state["i"], len(bodies) - 1)]
        state["i"] += 1
        return Response(json.dumps(body), status=200, content_type="application/json")

    httpserver.expect_request(path, **kw).respond_with_handler(handler)
