"""AI summary through a local Messages API server; the hourly batch rollup from Postgres events."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from classification.models import LLMCall
from crisis.ai import crisis_summarize
from crisis.baseline import DbBaselines, rollups_compute
from crisis.models import Crisis, CrisisEvent, HourlyRollup
from crisis.score import DetectorSettings
from tenants import clock
from tests.crisis.factories import configure, negative, neutral, unique_subject

T = datetime(2026, 12, 8, 14, 0, tzinfo=UTC)


def messages_reply(text: str) -> dict:
    return {
        "id": "msg_01",
        "type": "message",
        "role": "assistant",
        "model": "claude-haiku-4-5",
        "content": [{"type": "text", "text": text}],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": 1200, "output_tokens": 150},
    }


@pytest.fixture
def llm(httpserver, settings):
    settings.ANTHROPIC_API_KEY = "test-key"
    settings.ANTHROPIC_BASE_URL = httpserver.url_for("").rstrip("/")
    return httpserver


@pytest.fixture
def crisis(in_a):
    c = Crisis.objects.create(
        subject="acme",
        title="Acme: breach",
        level="high",
        peak_level="high",
        score=0.7,
        opened_at=T,
        explanation="6× volume spike, crisis keywords (breach)",
        signals={"signals": {"volume": {"value": 1.0, "detail": "6× usual"}}},
    )
    CrisisEvent.objects.create(
        crisis=c, event=negative("acme", reach=9000, text="Acme breach leaked [EMAIL]")
    )
    return c


def test_summary_and_holding_statement_are_stored_with_their_cost(llm, crisis):
    body = {"summary": "Customers report a data breach.", "holding_statement": "We are investigating."}
    llm.expect_request("/v1/messages", method="POST").respond_with_json(messages_reply(json.dumps(body)))
    assert crisis_summarize(crisis_id=crisis.pk) == "done"
    crisis.refresh_from_db()
    assert crisis.ai_summary == body["summary"] and crisis.holding_statement == body["holding_statement"]
    sent = json.loads(llm.log[0][0].get_data())
    assert "Acme breach leaked [EMAIL]" in sent["messages"][0]["content"]  # redacted text, as stored
    usage = LLMCall.objects.get(purpose="summary", crisis_ref=crisis.pk)  # the tenant's one LLM ledger
    assert (usage.status, usage.cost_usd) == ("ok", Decimal("0.001950"))  # 1200 × $1/M + 150 × $5/M
    assert crisis.timeline.filter(kind="summary").exists()
    assert crisis_summarize(crisis_id=crisis.pk) == "skipped: already summarised at this level"


def test_summary_is_skipped_without_key_below_threshold_or_over_budget(llm, crisis, settings, in_a):
    configure(ai_pre_threshold=0.8)
    assert crisis_summarize(crisis_id=crisis.pk) == "skipped: below pre-threshold"
    configure(ai_pre_threshold=0.4)
    # The classification tier spent the organisation's whole budget: the summary shares it.
    LLMCall.objects.create(
        purpose="classify",
        model="m",
        status="ok",
        cost_usd=in_a.org.llm_daily_budget_usd,
        created_at=clock.now(),
    )
    assert crisis_summarize(crisis_id=crisis.pk) == "skipped: budget"
    assert LLMCall.objects.filter(purpose="summary", crisis_ref=crisis.pk, status="refused_budget").exists()
    settings.ANTHROPIC_API_KEY = ""
    assert crisis_summarize(crisis_id=crisis.pk) == "skipped: no API key"
    assert llm.log == []


def test_llm_failure_is_recorded_and_never_raises(llm, crisis):
    llm.expect_request("/v1/messages", method="POST").respond_with_json(
        {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}, status=529
    )
    assert crisis_summarize(crisis_id=crisis.pk) == "error"
    assert LLMCall.objects.get(purpose="summary", crisis_ref=crisis.pk).status == "error"


def test_hourly_rollup_counts_events_and_duplicates_per_subject_and_hour(in_a):
    subject = unique_subject()
    h = T.replace(hour=9)
    canonical = negative(subject, at=h + timedelta(minutes=5), reach=1000, verified=True)
    neutral(subject, at=h + timedelta(minutes=40), platform="reddit")
    neutral(subject, canonical=canonical, at=h + timedelta(minutes=7))  # near-duplicate
    neutral(subject, at=h + timedelta(hours=1, minutes=1))
    assert rollups_compute(since=h, until=h + timedelta(hours=2)) == 2
    nine = HourlyRollup.objects.get(subject=subject, hour=h)
    assert (nine.mentions, nine.classified, nine.negative, nine.verified) == (3, 2, 1, 1)
    assert nine.platforms == {"twitter": 2, "reddit": 1}
    rollups_compute(since=h, until=h + timedelta(hours=2))  # idempotent
    assert HourlyRollup.objects.filter(subject=subject).count() == 2


def test_baseline_compares_monday_nine_with_previous_mondays_nine(in_a):
    subject = unique_subject()
    monday_9 = datetime(2026, 12, 7, 9, tzinfo=UTC)
    rows = []
    for d in range(1, 29):
        h = monday_9 - timedelta(days=d)
        rows.append(HourlyRollup(subject=subject, hour=h, mentions=600 if d % 7 == 0 else 60, computed_at=T))
    HourlyRollup.objects.bulk_create(rows)
    cfg = DetectorSettings(window_seconds=3600)
    b = DbBaselines().get(subject, monday_9.timestamp() + 60, cfg)
    assert b.basis == "hour-of-week" and b.mean == pytest.approx(600)
    tuesday = DbBaselines().get(subject, (monday_9 + timedelta(days=1)).timestamp() + 60, cfg)
    assert tuesday.basis == "hour-of-week" and tuesday.mean == pytest.approx(60)


def test_a_new_subject_is_scored_against_the_conservative_prior(in_a):
    b = DbBaselines().get(unique_subject(), T.timestamp(), DetectorSettings())
    assert b.basis == "prior" and b.mean == pytest.approx(30 / 60)
