"""The LLM tier through the router, against a local server speaking the Messages API.

The model artifact is switched off in these tests (`no_model`), so an unconfident text goes
rules → (model unavailable) → LLM, and every fallback lands on the rules answer."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest
from werkzeug import Response

from classification.models import Classification, LLMCall, ReviewItem
from classification.services import classifications_create_for_events
from tenants import clock
from tests.classification.conftest import GOOD, llm_requests, make_event, tool_answer

UNSURE = "checkout keeps spinning for everyone since this morning"  # no confident lexicon cue

# Every doubt reaches the queue here: these tests are about the LLM tier, not the review budget.
pytestmark = pytest.mark.usefixtures("review_everything")


def classify(event) -> Classification:
    classifications_create_for_events(event_ids=[event.pk])
    return Classification.objects.get(event=event)


def test_a_trusted_rule_decides_alone_with_nothing_sent_to_the_llm(in_a, anthropic, no_model):
    from classification.models import RulePrecision

    RulePrecision.objects.create(
        rule="security:ransomware",
        category="security",
        severity="P0",
        labelled_n=40,
        labelled_correct=36,
        reviewed_n=12,
        reviewed_correct=11,
    )
    event = make_event("Ransomware on our file servers, everything is encrypted")
    cls = classify(event)
    assert (cls.tier, cls.severity, cls.category) == ("rules", "P0", "security")
    assert cls.confidence == pytest.approx(36 / 40)  # the weaker of the two measured precisions
    assert not cls.needs_review and cls.paged
    assert llm_requests(anthropic) == []


def test_an_unproven_rule_is_a_hint_and_the_llm_settles_it(in_a, anthropic, no_model):
    anthropic.expect_request("/v1/messages", method="POST").respond_with_json(
        tool_answer({**GOOD, "severity": "P0", "category": "security", "rationale": "ransomware confirmed"})
    )
    cls = classify(make_event("Ransomware attack: customer data breach confirmed, passwords leaked"))
    [request] = llm_requests(anthropic)
    assert "rules: P0/security" in request["messages"][0]["content"]
    assert (cls.tier, cls.severity, cls.category) == ("llm", "P0", "security")
    assert cls.tier_opinions["rules"]["decides"] is False


def test_unconfident_text_goes_to_the_llm_and_its_answer_and_cost_are_kept(in_a, anthropic, no_model):
    anthropic.expect_request("/v1/messages", method="POST").respond_with_json(tool_answer(GOOD))
    cls = classify(make_event(UNSURE))
    [request] = llm_requests(anthropic)
    assert request["tool_choice"] == {"type": "tool", "name": "record_classification"}
    assert request["tools"][0]["input_schema"]["properties"]["severity"]["enum"] == [
        "P0",
        "P1",
        "P2",
        "P3",
        "P4",
    ]
    assert UNSURE in request["messages"][0]["content"]
    assert (cls.tier, cls.severity, cls.category) == ("llm", "P1", "operational")
    # 400 input tokens at $1/M + 60 output tokens at $5/M
    assert cls.llm_cost_usd == Decimal("0.000700")
    call = LLMCall.objects.get(event=cls.event)
    assert (call.status, call.input_tokens, call.output_tokens) == ("ok", 400, 60)
    # The model was unavailable: whatever answered, a human looks at it.
    assert cls.needs_review and "model unavailable" in cls.review.reason


def test_llm_server_error_falls_back_to_the_rules_answer_flagged_for_review(in_a, anthropic, no_model):
    anthropic.expect_request("/v1/messages").respond_with_data("overloaded", status=500)
    cls = classify(make_event(UNSURE))
    assert len(llm_requests(anthropic)) == 3  # first try + 2 retries with backoff
    assert cls.tier == "rules" and cls.needs_review
    assert ReviewItem.objects.filter(classification=cls, proposed_tier="rules").exists()
    assert cls.tier_opinions["llm"]["error"] == "error"
    assert LLMCall.objects.get(event=cls.event).status == "error"


def test_llm_timeout_falls_back_to_the_rules_answer_flagged_for_review(in_a, anthropic, no_model, settings):
    settings.ANTHROPIC_TIMEOUT_SECONDS = 0.3
    settings.CLASSIFICATION_LLM_RETRIES = 1

    arrived, done = [], []

    def slow(request):
        arrived.append(time.monotonic())
        time.sleep(1.0)
        done.append(time.monotonic())
        return Response("{}", status=200, content_type="application/json")

    anthropic.expect_request("/v1/messages").respond_with_handler(slow)
    cls = classify(make_event(UNSURE))
    deadline = time.monotonic() + 10  # let the server finish the abandoned responses first
    while (len(done) < len(arrived) or len(arrived) < 2) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.2)
    assert len(arrived) == 2  # first try + 1 retry
    assert cls.tier == "rules" and cls.needs_review
    assert "Timeout" in LLMCall.objects.get(event=cls.event).error


def test_exhausted_budget_puts_no_request_on_the_wire(in_a, anthropic, no_model):
    anthropic.expect_request("/v1/messages").respond_with_json(tool_answer(GOOD))
    budget = in_a.org.llm_daily_budget_usd
    LLMCall.objects.create(model="claude-haiku-4-5", status="ok", cost_usd=budget, created_at=clock.now())
    cls = classify(make_event(UNSURE))
    assert len(anthropic.log) == 0
    assert cls.tier == "rules" and cls.needs_review
    assert LLMCall.objects.filter(event=cls.event, status="refused_budget").exists()


def test_pii_in_the_prompt_means_nothing_is_sent(in_a, anthropic, no_model):
    anthropic.expect_request("/v1/messages").respond_with_json(tool_answer(GOOD))
    cls = classify(make_event(UNSURE + " - write to jane.doe@example.com or call +1 415 555 0132"))
    assert len(anthropic.log) == 0
    call = LLMCall.objects.get(event=cls.event)
    assert call.status == "refused_pii" and "EMAIL_ADDRESS" in call.error
    assert cls.tier == "rules" and cls.needs_review


def test_malformed_answer_is_retried_once_then_falls_back(in_a, anthropic, no_model):
    bad = dict(GOOD, severity="P9")  # not in the schema's enum
    anthropic.expect_request("/v1/messages").respond_with_json(tool_answer(bad))
    cls = classify(make_event(UNSURE))
    assert len(llm_requests(anthropic)) == 2
    call = LLMCall.objects.get(event=cls.event)
    assert call.status == "invalid" and call.attempts == 2
    assert call.cost_usd > 0  # the bad answers still cost tokens, and count against the budget
    assert cls.tier == "rules" and cls.needs_review


def test_answer_without_a_tool_call_is_rejected_like_malformed_json(in_a, anthropic, no_model):
    text_only = tool_answer(GOOD)
    text_only["content"] = [{"type": "text", "text": '{"severity": "P1"'}]
    text_only["stop_reason"] = "end_turn"
    anthropic.expect_request("/v1/messages").respond_with_json(text_only)
    cls = classify(make_event(UNSURE))
    assert len(llm_requests(anthropic)) == 2
    assert cls.tier == "rules"


def test_answer_naming_a_person_not_in_the_input_is_rejected(in_a, anthropic, no_model):
    invented = dict(GOOD, rationale="the CEO John Smith must resign", named_entities=["John Smith"])
    anthropic.expect_request("/v1/messages").respond_with_json(tool_answer(invented))
    cls = classify(make_event(UNSURE))
    assert cls.tier == "rules" and cls.needs_review
    call = LLMCall.objects.get(event=cls.event)
    assert call.status == "hallucination" and "John Smith" in call.error


def test_same_text_twice_is_answered_from_the_cache(in_a, anthropic, no_model):
    anthropic.expect_request("/v1/messages").respond_with_json(tool_answer(GOOD))
    first = classify(make_event(UNSURE))
    second = classify(make_event("  " + UNSURE.upper() + " "))
    assert len(llm_requests(anthropic)) == 1
    assert first.tier == second.tier == "llm"
    assert second.llm_cost_usd == 0
    assert second.tier_opinions["llm"]["cached"] is True


def test_circuit_breaker_opens_after_failures_and_stops_calling(in_a, anthropic, no_model, settings):
    settings.CLASSIFICATION_LLM_BREAKER_FAILURES = 2
    settings.CLASSIFICATION_LLM_RETRIES = 0
    anthropic.expect_request("/v1/messages").respond_with_data("down", status=503)
    for n in range(4):
        classify(make_event(f"{UNSURE} #{n}"))
    assert len(llm_requests(anthropic)) == 2
    assert LLMCall.objects.filter(status="breaker_open").count() == 2


@pytest.mark.parametrize("status", [400, 401])
def test_permanent_http_errors_are_not_retried(in_a, anthropic, no_model, status):
    anthropic.expect_request("/v1/messages").respond_with_json(
        {"type": "error", "error": {"type": "invalid_request_error", "message": "bad"}}, status=status
    )
    cls = classify(make_event(UNSURE))
    assert len(llm_requests(anthropic)) == 1
    assert cls.tier == "rules"


def test_the_llm_knows_physical_safety_and_its_safety_answer_pages(in_a, anthropic, no_model):
    answer = {**GOOD, "severity": "P2", "category": "safety", "rationale": "someone threatens the staff"}
    anthropic.expect_request("/v1/messages", method="POST").respond_with_json(tool_answer(answer))
    # no lexicon cue at all: only the LLM can tell
    cls = classify(make_event("that guy from this morning said he'd come back for the tellers at closing"))
    [request] = llm_requests(anthropic)
    schema = request["tools"][0]["input_schema"]["properties"]
    assert "safety" in schema["category"]["enum"] and "safety" in request["system"]
    assert (cls.tier, cls.category, cls.severity, cls.paged) == ("llm", "safety", "P1", True)
