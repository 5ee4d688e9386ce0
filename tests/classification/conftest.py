"""Fixtures for classification tests: events in tenant A, a local server speaking the Anthropic
Messages API, hand-offs captured at the broker boundary, and switches for the model artifact."""

from __future__ import annotations

import hashlib
import itertools
import json
import uuid

import pytest
import redis
from django.conf import settings

from ingestion.models import Event, RawEvent, Source
from tenants import clock

_seq = itertools.count()


def make_event(
    text: str,
    *,
    title: str = "",
    platform: str = "twitter",
    extra: dict | None = None,
    canonical: Event | None = None,
) -> Event:
    src, _ = Source.objects.get_or_create(slug="cls-feed", defaults={"name": "feed", "kind": "generic"})
    ext = f"{uuid.uuid4().hex}-{next(_seq)}"
    raw = RawEvent.objects.create(source=src, external_id=ext, payload={"text": text})
    return Event.objects.create(
        raw_event=raw,
        source=src,
        platform=platform,
        external_id=ext,
        title=title,
        text=text,
        occurred_at=clock.now(),
        content_hash=hashlib.sha256(ext.encode()).hexdigest(),
        extra=extra or {},
        canonical=canonical,
    )


def tool_answer(
    answer: dict, *, input_tokens: int = 400, output_tokens: int = 60, name: str = "record_classification"
) -> dict:
    """A Messages API response whose only content block is the forced tool call."""
    return {
        "id": f"msg_{uuid.uuid4().hex[:12]}",
        "type": "message",
        "role": "assistant",
        "model": "claude-haiku-4-5",
        "content": [{"type": "tool_use", "id": "toolu_01", "name": name, "input": answer}],
        "stop_reason": "tool_use",
        "stop_sequence": None,
        "usage": {"input_tokens": input_tokens, "output_tokens": output_tokens},
    }


GOOD = {
    "severity": "P1",
    "category": "operational",
    "confidence": 0.86,
    "rationale": "customers report the checkout keeps failing",
    "named_entities": [],
}


@pytest.fixture
def anthropic(httpserver, settings):
    """Point the LLM tier at a local Messages API; fast retries; a clean breaker and cache."""
    settings.ANTHROPIC_API_KEY = "test-key"
    settings.ANTHROPIC_BASE_URL = httpserver.url_for("/").rstrip("/")
    settings.ANTHROPIC_MODEL = "claude-haiku-4-5"
    settings.ANTHROPIC_TIMEOUT_SECONDS = 2.0
    settings.CLASSIFICATION_LLM_BACKOFF_SECONDS = 0.01
    settings.CLASSIFICATION_LLM_RETRIES = 2
    _clear_llm_state()
    yield httpserver
    _clear_llm_state()


def llm_requests(server) -> list[dict]:
    return [json.loads(req.get_data()) for req, _ in server.log if req.path.endswith("/v1/messages")]


def _clear_llm_state() -> None:
    r = redis.Redis.from_url(settings.REDIS_URL)
    for key in r.scan_iter("classification:llm:*"):
        r.delete(key)


@pytest.fixture
def no_model(settings, tmp_path):
    """No model artifact anywhere: the committed head path points at an empty directory."""
    settings.CLASSIFICATION_COMMITTED_ARTIFACT = tmp_path / "no-artifact-here"
    return settings


@pytest.fixture
def handoffs(monkeypatch):
    """Every task sent to the broker after commit, as (name, kwargs, schema header)."""
    from config.celery import app

    sent: list[tuple[str, dict, str]] = []

    def record(name, args=None, kwargs=None, **options):
        sent.append((name, dict(kwargs or {}), options.get("headers", {}).get("_schema_name", "")))

    monkeypatch.setattr(app, "send_task", record)
    return sent


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@pytest.fixture
def review_everything(in_a):
    """A review budget of 100 % (no daily cap to speak of): every doubt reaches the queue."""
    from classification.models import ReviewPolicy

    return ReviewPolicy.objects.create(budget_share=1.0, daily_cap=10_000, sample_share=0.0, min_value=0.0)
