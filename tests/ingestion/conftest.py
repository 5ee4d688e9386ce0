"""Ingestion core test helpers: sources, watch terms, and a record of stage hand-offs.

Hand-offs are observed at `enqueue` (the boundary to the broker) so a unit test can assert what
would be sent without a worker consuming it first; the end-to-end test uses the real broker and
worker.
"""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import count

import pytest

from ingestion.models import Source, WatchTerm
from ingestion.services import raw_events_store

_n = count(1)


class Handoffs(list):
    def by(self, task_name: str) -> list[dict]:
        return [kwargs for task, kwargs in self if task == task_name]


@pytest.fixture
def handoffs(monkeypatch) -> Handoffs:
    """Every `enqueue(task, **kwargs)` made by ingestion, as (task, kwargs), instead of sending."""
    calls = Handoffs()

    def record(task_name, *, countdown=None, **kwargs):
        calls.append((task_name, kwargs))

    import ingestion.notify
    import ingestion.processing
    import ingestion.services

    for module in (ingestion.processing, ingestion.services, ingestion.notify):
        monkeypatch.setattr(module, "enqueue", record)
    return calls


@pytest.fixture
def make_generic_source(in_a):
    def make(**kw) -> Source:
        n = next(_n)
        return Source.objects.create(name=f"generic {n}", slug=f"generic-core-{n}", kind="generic", **kw)

    return make


@pytest.fixture
def generic_source(make_generic_source) -> Source:
    return make_generic_source()


@pytest.fixture
def watch_terms(in_a):
    return [
        WatchTerm.objects.create(
            slug="acme-air", name="Acme Air", aliases=["@AcmeAir", "#AcmeAir", "AcmeAir"]
        ),
        WatchTerm.objects.create(slug="jane-roe", name="Jane Roe", kind="executive", aliases=["CEO Roe"]),
        WatchTerm.objects.create(slug="acme-ticker", name="$ACMA", kind="ticker"),
    ]


def generic_payload(text: str, *, ext: str | None = None, **extra) -> dict:
    payload = {"text": text, "occurred_at": datetime(2026, 11, 23, 12, 0, tzinfo=UTC).isoformat()}
    if ext is not None:
        payload["id"] = ext
    payload.update(extra)
    return payload


def store(source: Source, *payloads: dict) -> list[int]:
    """Store payloads through the inbox; returns their RawEvent ids (in order)."""
    from ingestion.models import RawEvent

    pairs = []
    for p in payloads:
        p = dict(p)
        p.setdefault("id", f"ext-{next(_n)}")
        pairs.append((str(p["id"]), p))
    raw_events_store(source=source, payloads=pairs)
    by_ext = dict(RawEvent.objects.filter(source=source).values_list("external_id", "id"))
    return [by_ext[ext] for ext, _ in pairs]
