"""The planner's optional LLM step: extra steps and a draft holding statement, through the
classification tier's gates (one tenant budget, the outbound PII guard, the breaker) and a
hallucination guard of its own: a suggestion naming someone the tenant does not have is dropped."""

from __future__ import annotations

import json
import logging
from decimal import Decimal

from classification.models import LLMCall
from response.models import ResponsePlan, ResponseTask
from tenants import clock
from tests.response.conftest import llm_requests, open_crisis, post, tool_answer

ANSWER = {
    "steps": [
        {
            "title": "Call John Carter at the card scheme about the leaked numbers",
            "owner": "Legal counsel",
            "due_minutes": 20,
        },
        {
            "title": "Publish a customer FAQ about card safety",
            "owner": "Communications",
            "due_minutes": 40,
            "why": "customers ask whether their cards are safe",
        },
    ],
    "holding_statement": "We are aware of reports about card numbers online and are investigating with urgency.",
    "named_entities": ["John Carter"],
}


def _serve(server, answer: dict) -> None:
    server.expect_request("/v1/messages", method="POST").respond_with_json(
        tool_answer(answer, name="record_response_suggestions", input_tokens=900, output_tokens=120)
    )


def test_an_llm_suggestion_naming_an_unknown_person_is_dropped_and_logged(desk, handoffs, anthropic, caplog):
    _serve(anthropic, ANSWER)
    crisis = open_crisis(level="high")
    with caplog.at_level(logging.WARNING, logger="response.llm"):
        handoffs.run("response.plan_crisis")

    plan = ResponsePlan.objects.get(crisis=crisis)
    llm_tasks = list(ResponseTask.objects.filter(plan=plan, source="llm").select_related("owner"))
    assert [(t.title, t.owner.name) for t in llm_tasks] == [
        ("Publish a customer FAQ about card safety", "Priya Press")
    ]
    assert not ResponseTask.objects.filter(title__icontains="John Carter").exists()
    assert plan.llm_dropped == [
        {
            "what": "step",
            "text": "Call John Carter at the card scheme about the leaked numbers",
            "reason": "names John Carter not in the tenant's configuration",
        }
    ]
    assert plan.holding_statement == ANSWER["holding_statement"]
    assert "John Carter" in caplog.text and "dropped" in caplog.text
    call = LLMCall.objects.get(status=LLMCall.Status.OK)
    assert call.event_id is None and call.cost_usd > 0 and "names John Carter" in call.error
    assert crisis.timeline.filter(kind="response", actor="llm", message__contains="dropped").exists()
    # What left for the LLM: roles and teams to assign, never a person's name.
    (request,) = llm_requests(anthropic)
    prompt = request["messages"][0]["content"]
    assert "Legal counsel" in prompt and "Communications" in prompt
    assert not any(name in prompt for name in ("Sam Secops", "Priya Press", "Dan Law"))


def test_a_post_with_personal_data_stays_out_of_the_planner_prompt(desk, handoffs, anthropic):
    _serve(anthropic, {"steps": []})
    crisis = open_crisis(level="high")
    post("Call me on +44 7700 900123 about the breach, my card was used", subject="acme-bank", reach=10**6)
    handoffs.run("response.plan_crisis")
    (request,) = llm_requests(anthropic)
    prompt = request["messages"][0]["content"]
    assert "7700" not in prompt and "paste site" in prompt
    assert ResponsePlan.objects.get(crisis=crisis).llm_status.startswith("done")


def test_the_tenant_budget_spent_by_any_llm_use_means_nothing_is_sent(desk, handoffs, anthropic, tenant_a):
    _serve(anthropic, ANSWER)
    # Today's spend of the classification tier: the organisation's whole budget.
    LLMCall.objects.create(
        status=LLMCall.Status.OK, cost_usd=Decimal(tenant_a.org.llm_daily_budget_usd), created_at=clock.now()
    )
    crisis = open_crisis(level="high")
    handoffs.run("response.plan_crisis")

    plan = ResponsePlan.objects.get(crisis=crisis)
    assert plan.status == ResponsePlan.Status.READY
    assert plan.llm_status == "skipped: the tenant's LLM budget for today is spent"
    assert llm_requests(anthropic) == []
    assert (
        LLMCall.objects.filter(
            status=LLMCall.Status.REFUSED_BUDGET, purpose="plan", crisis_ref=crisis.pk
        ).count()
        == 1
    )
    assert not ResponseTask.objects.filter(plan=plan, source="llm").exists()


def test_without_an_api_key_the_plan_stands_on_its_playbooks(desk, handoffs, settings):
    settings.ANTHROPIC_API_KEY = ""
    crisis = open_crisis(level="high")
    handoffs.run("response.plan_crisis")
    plan = ResponsePlan.objects.get(crisis=crisis)
    assert plan.status == ResponsePlan.Status.READY and plan.llm_status == "off: no API key"
    assert json.dumps(plan.llm_dropped) == "[]"
