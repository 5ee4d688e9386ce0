"""One LLM budget per organisation for every LLM use (classification/llm_gateway.py): the
classification tier, the crisis summary and the response planner spend from one ledger, against
a local server speaking the Messages API.

Prices (settings.CLASSIFICATION_LLM_PRICES): claude-haiku-4-5 costs $1 per million input tokens
and $5 per million output tokens, so 5,000 in + 1,000 out is $0.01 — the budget these tests set.
"""

from __future__ import annotations

import json
import time
from decimal import Decimal

import pytest
from django.db import connection

from classification import llm_gateway as gateway
from classification.models import LLMCall
from classification.tasks import notify_llm_budget
from classification.tiers import llm as llm_tier
from crisis.ai import crisis_summarize
from crisis.models import Crisis
from response import llm as planner_llm
from tenants import clock
from tenants.models import Organization
from tests.classification.conftest import GOOD, llm_requests, tool_answer
from tests.support.tenancy import in_tenant

BUDGET = Decimal("0.01")
NOTICE = "classification.notify_llm_budget"


def _set_budget(org, usd: Decimal) -> None:
    Organization.objects.filter(pk=org.pk).update(llm_daily_budget_usd=usd)  # rolled back after


@pytest.fixture
def budget(in_a):
    """Tenant A's daily LLM budget is one cent for the test."""
    _set_budget(in_a.org, BUDGET)
    return BUDGET


@pytest.fixture
def notices(handoffs):
    """The admin notices handed off, as their task kwargs (the hand-offs wait for the commit that
    never comes inside a test's transaction: they are run here, as the commit would)."""
    done = len(connection.run_on_commit)

    def sent() -> list[dict]:
        nonlocal done
        while done < len(connection.run_on_commit):
            callback = connection.run_on_commit[done][1]
            done += 1
            callback()
        return [kw for name, kw, _ in handoffs if name == NOTICE]

    return sent


@pytest.fixture(autouse=True)
def _clock_reset():
    clock.reset()
    yield
    clock.reset()


def _crisis(subject: str) -> Crisis:
    return Crisis.objects.create(
        subject=subject,
        title=f"{subject}: card data on a paste site",
        level="high",
        peak_level="high",
        category="security",
        severity="P1",
        score=0.7,
        opened_at=clock.now(),
        explanation="6x volume spike, crisis keywords (breach)",
    )


def _summary_reply(*, input_tokens: int, output_tokens: int) -> dict:
    body = {"summary": "Customers report leaked card data.", "holding_statement": "We are investigating."}
    return {
        "id": "msg_summary",
        "type": "message",
        "role": "assistant",
        "model": "claude-haiku-4-5",
        "content": [{"type": "text", "text": json.dumps(body)}],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": input_tokens, "output_tokens": output_tokens},
    }


def test_a_summary_spending_the_whole_budget_refuses_the_next_call_of_every_use(budget, anthropic, notices):
    anthropic.expect_request("/v1/messages", method="POST").respond_with_json(
        _summary_reply(input_tokens=5000, output_tokens=1000)
    )
    crisis = _crisis("acme-bank")
    assert crisis_summarize(crisis_id=crisis.pk) == "done"
    state = gateway.budget_state()
    assert (state.spent, state.held, state.exhausted) == (Decimal("0.010000"), Decimal("0"), True)

    # Every use after it is refused before anything goes on the wire: the classification tier…
    with pytest.raises(llm_tier.LLMUnavailable) as refused:
        llm_tier.classify(text="checkout keeps spinning for everyone since this morning")
    assert refused.value.status == "refused_budget"
    # …another crisis' summary…
    assert crisis_summarize(crisis_id=_crisis("globex").pk) == "skipped: budget"
    # …and the response planner.
    outcome = planner_llm.suggest(crisis=crisis, plan_titles=["Confirm scope"], seconds_left=8, enabled=True)
    assert outcome.status == "skipped: the tenant's LLM budget for today is spent"

    assert len(llm_requests(anthropic)) == 1  # the summary's, nothing after it
    refusals = LLMCall.objects.filter(status=LLMCall.Status.REFUSED_BUDGET)
    assert sorted(refusals.values_list("purpose", flat=True)) == ["classify", "plan", "summary"]
    assert all(r.attempts == 0 and r.cost_usd == 0 for r in refusals)
    # The admins are told once that the budget is spent, however many calls are refused.
    assert notices() == [{"level": 100, "used": "0.0100", "budget": "0.01"}]


def test_an_admin_raising_the_budget_turns_every_use_back_on_today(budget, anthropic, notices, in_a):
    LLMCall.objects.create(purpose="summary", status="ok", cost_usd=BUDGET, created_at=clock.now())
    with pytest.raises(llm_tier.LLMUnavailable):
        llm_tier.classify(text="checkout keeps spinning for everyone since this morning")
    _set_budget(in_a.org, Decimal("0.05"))  # the admin's raise applies to the next call
    anthropic.expect_request("/v1/messages", method="POST").respond_with_json(tool_answer(GOOD))
    verdict = llm_tier.classify(text="checkout keeps spinning for everyone since this morning")
    assert (verdict.severity, verdict.cost_usd) == ("P1", Decimal("0.000700"))  # 400 in, 60 out


def test_at_80_percent_the_admins_are_told_once_by_email(budget, anthropic, notices, mailoutbox, in_a):
    _set_budget(in_a.org, Decimal("0.05"))
    anthropic.expect_request("/v1/messages", method="POST").respond_with_json(
        tool_answer(GOOD, input_tokens=30_000, output_tokens=2000)  # $0.04: 80 % of $0.05
    )
    llm_tier.classify(text="checkout keeps spinning for everyone since this morning")
    assert notices() == [{"level": 80, "used": "0.0400", "budget": "0.05"}]

    anthropic.clear()
    anthropic.expect_request("/v1/messages", method="POST").respond_with_json(
        tool_answer(GOOD, input_tokens=100, output_tokens=20)
    )
    llm_tier.classify(text="the app logs me out every five minutes since the update")
    assert gateway.budget_state().spent == Decimal("0.040200")
    assert len(notices()) == 1  # still between 80 and 100 %: not told twice

    assert notify_llm_budget(**notices()[0]) == 1
    [mail] = mailoutbox
    assert mail.to == ["admin@a.test"]  # admins only, not the manager nor the viewer
    assert mail.subject == "[CrisisOps] LLM budget 80 % used: $0.0400 of $0.05 today"
    assert "At 100 % every LLM use stops until midnight UTC" in mail.body


def test_the_worst_case_held_by_a_pending_call_counts_against_the_budget(budget, anthropic, notices):
    # A response plan's call is in flight: it holds its worst case, 90 % of the budget.
    in_flight = gateway.llm_call_open(
        purpose=LLMCall.Purpose.PLAN,
        model="claude-haiku-4-5",
        prompt_hash="p",
        worst_case_usd=Decimal("0.009"),
    )
    assert gateway.budget_state().held == Decimal("0.009")
    text = "checkout keeps spinning for everyone since this morning"
    with pytest.raises(llm_tier.LLMUnavailable) as refused:
        llm_tier.classify(text=text)  # its own worst case (~$0.0018) no longer fits
    assert refused.value.status == "refused_budget"
    assert llm_requests(anthropic) == []

    # The plan's call ends having cost far less than it held: the rest of the budget is free again.
    gateway.llm_call_finish(
        call=in_flight,
        status=LLMCall.Status.OK,
        attempts=1,
        input_tokens=500,
        output_tokens=100,
        started=time.monotonic(),
    )
    in_flight.refresh_from_db()
    assert (in_flight.cost_usd, in_flight.reserved_usd) == (Decimal("0.001000"), Decimal("0"))
    anthropic.expect_request("/v1/messages", method="POST").respond_with_json(tool_answer(GOOD))
    assert llm_tier.classify(text=text).severity == "P1"
    assert len(llm_requests(anthropic)) == 1


def test_the_hold_of_a_call_whose_worker_died_is_let_go_after_ten_minutes(budget):
    gateway.llm_call_open(
        purpose=LLMCall.Purpose.SUMMARY, model="claude-haiku-4-5", prompt_hash="s", worst_case_usd=BUDGET
    )
    with pytest.raises(gateway.BudgetExhausted):
        gateway.llm_call_open(
            purpose=LLMCall.Purpose.CLASSIFY,
            model="claude-haiku-4-5",
            prompt_hash="c",
            worst_case_usd=Decimal("0.001"),
        )
    clock.advance(gateway.HOLD_SECONDS + 1)
    assert gateway.budget_state().held == 0
    call = gateway.llm_call_open(
        purpose=LLMCall.Purpose.CLASSIFY,
        model="claude-haiku-4-5",
        prompt_hash="c",
        worst_case_usd=Decimal("0.001"),
    )
    assert call.status == LLMCall.Status.PENDING and call.reserved_usd == Decimal("0.001")


def test_code_that_only_has_the_schema_reads_the_organisations_budget(db, tenant_a):
    """Scripts and commands run inside `schema_context`, whose tenant is a stand-in without the
    budget: the gateway reads the organisation by its schema instead of refusing every call."""
    from django_tenants.utils import schema_context

    Organization.objects.filter(pk=tenant_a.org.pk).update(llm_daily_budget_usd=Decimal("12.5"))
    with schema_context(tenant_a.schema):
        assert not hasattr(connection.tenant, "llm_daily_budget_usd")
        assert gateway.daily_budget() == Decimal("12.5")


@pytest.mark.live
def test_two_workers_racing_for_the_last_of_the_budget_cannot_both_spend_it(live_db, tenant_a, handoffs):
    """Two processes' calls (here two threads, each with its own database connection, committed
    data) open at the same moment, each worst case 60 % of the budget: the tenant's budget lock
    lets one hold its worst case and refuses the other."""
    import threading

    from django.db import connections

    original = Organization.objects.get(pk=tenant_a.org.pk).llm_daily_budget_usd
    Organization.objects.filter(pk=tenant_a.org.pk).update(llm_daily_budget_usd=BUDGET)
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def worker(n: int) -> None:
        try:
            connection.set_tenant(tenant_a.org)
            start.wait(timeout=10)
            try:
                gateway.llm_call_open(
                    purpose=LLMCall.Purpose.CLASSIFY,
                    model="claude-haiku-4-5",
                    prompt_hash=f"race-{n}",
                    worst_case_usd=BUDGET * Decimal("0.6"),
                )
                outcomes.append("held")
            except gateway.BudgetExhausted:
                outcomes.append("refused")
        finally:
            connections.close_all()

    try:
        threads = [threading.Thread(target=worker, args=(n,)) for n in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=30)
        assert sorted(outcomes) == ["held", "refused"]
        with in_tenant(tenant_a):
            rows = sorted(LLMCall.objects.values_list("status", "reserved_usd"))
        assert rows == [("pending", Decimal("0.006000")), ("refused_budget", Decimal("0"))]
    finally:
        Organization.objects.filter(pk=tenant_a.org.pk).update(llm_daily_budget_usd=original)
