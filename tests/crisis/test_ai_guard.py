"""The crisis summary prompt passes the outbound PII guard: flagged sample posts stay home, and a
prompt that still carries personal data is not sent; the refusal is recorded without the data."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from classification.models import LLMCall
from crisis.ai import crisis_summarize
from crisis.models import Crisis, CrisisEvent
from tests.crisis.factories import negative
from tests.crisis.test_ai_and_batch import messages_reply


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
        opened_at=datetime(2026, 12, 8, 14, 0, tzinfo=UTC),
        explanation="6× volume spike, crisis keywords (breach)",
        signals={"signals": {"volume": {"value": 1.0, "detail": "6× usual"}}},
    )
    CrisisEvent.objects.create(
        crisis=c, event=negative("acme", reach=9000, text="Acme breach leaked [EMAIL]")
    )
    return c


def test_a_sample_post_with_a_name_is_left_out_of_the_prompt(llm, crisis):
    CrisisEvent.objects.create(
        crisis=crisis,
        event=negative("acme", reach=50, text="Callum Featherstone says acme leaked his card"),
    )
    body = {"summary": "Customers report a breach.", "holding_statement": "We are investigating."}
    llm.expect_request("/v1/messages", method="POST").respond_with_json(messages_reply(json.dumps(body)))
    assert crisis_summarize(crisis_id=crisis.pk) == "done"
    prompt = json.loads(llm.log[0][0].get_data())["messages"][0]["content"]
    assert "Acme breach leaked [EMAIL]" in prompt
    assert "Featherstone" not in prompt and "Callum" not in prompt


def test_a_prompt_with_personal_data_is_refused_and_the_refusal_recorded(llm, crisis):
    crisis.explanation = "complaints started after Callum Featherstone posted his card 4111 1111 1111 1111"
    crisis.save(update_fields=["explanation"])
    assert crisis_summarize(crisis_id=crisis.pk) == "refused: pii"
    assert llm.log == []
    usage = LLMCall.objects.get(purpose="summary", crisis_ref=crisis.pk)
    assert usage.status == "refused_pii"
    assert usage.error == "PII in prompt: CREDIT_CARD×1, PERSON×1"
    assert "Featherstone" not in usage.error and "4111" not in usage.error


def test_the_detectors_own_numbers_are_not_mistaken_for_personal_data(llm, crisis):
    """The signals line is written by the detector from its numbers; the guard once read the
    volume detail as a street address and refused every summary of the demo's crisis."""
    volume = "1.2× usual volume (35 vs 30.0, z=0.1)"
    crisis.signals = {"signals": {"volume": {"value": 0.02, "detail": volume}}}
    crisis.save(update_fields=["signals"])
    body = {"summary": "Customers report a breach.", "holding_statement": "We are investigating."}
    llm.expect_request("/v1/messages", method="POST").respond_with_json(messages_reply(json.dumps(body)))
    assert crisis_summarize(crisis_id=crisis.pk) == "done"
    prompt = json.loads(llm.log[0][0].get_data())["messages"][0]["content"]
    assert f"volume 0.02 ({volume})" in prompt
