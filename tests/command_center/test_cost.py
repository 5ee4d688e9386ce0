"""The cost dashboard reads the organisation's one LLM ledger: every use against one daily budget,
a banner at 80 % and at 100 %, and the cost per event (LLM + the compute estimate)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from classification.models import LLMCall
from tenants import clock
from tenants.models import Organization
from tests.command_center import factories as f

VIEWER = "viewer@a.test"


@pytest.fixture
def budget(in_a):
    """Tenant A's daily budget is five cents (its row, which each request reads)."""
    Organization.objects.filter(pk=in_a.org.pk).update(llm_daily_budget_usd=Decimal("0.05"))
    return Decimal("0.05")


def _spend(purpose: str, usd: str, *, status: str = LLMCall.Status.OK) -> LLMCall:
    held = status == LLMCall.Status.PENDING
    return LLMCall.objects.create(
        purpose=purpose,
        status=status,
        model="claude-haiku-4-5",
        cost_usd=Decimal("0") if held else Decimal(usd),
        reserved_usd=Decimal(usd) if held else Decimal("0"),
        created_at=clock.now(),
    )


def _page(tenant_client) -> str:
    response = tenant_client(email=VIEWER).get("/dashboards/cost/")
    assert response.status_code == 200
    return response.content.decode()


def _figure(html: str, name: str) -> str:
    match = re.search(rf'data-figure="{name}">([^<]+)<', html)
    assert match, name
    return match.group(1)


def _bar(html: str, chart: str, label: str) -> str:
    svg = html[html.index(f'aria-label="{chart}"') :]
    svg = svg[: svg.index("</svg>")]
    match = re.search(rf">{re.escape(label)}</text><rect class=\"bar\"[^>]*/><text[^>]*>([^<]+)</text>", svg)
    assert match, (label, svg[:600])
    return match.group(1)


def test_every_llm_use_counts_against_the_one_budget_and_80_percent_shows_a_banner(
    budget, tenant_client, settings
):
    settings.ANTHROPIC_API_KEY = "sk-ant-test"
    settings.COMPUTE_COST_PER_EVENT_USD = 0.000002
    for _ in range(4):
        f.event()
    _spend("classify", "0.02")
    _spend("summary", "0.015")
    _spend("plan", "0.005")

    html = _page(tenant_client)
    assert _figure(html, "spent-today") == "$0.0400"
    assert _figure(html, "budget") == "$0.05"
    assert _figure(html, "budget-percent") == "80%"
    chart = "LLM spend by use, 14 days (USD)"
    assert _bar(html, chart, "Classification tier") == "$0.0200"
    assert _bar(html, chart, "Crisis summary and holding statement") == "$0.0150"
    assert _bar(html, chart, "Response planning") == "$0.0050"
    # $0.04 over the 4 events stored today, plus the compute estimate per event.
    assert _figure(html, "cost-per-event") == "$0.010002"
    assert 'data-budget="80"' in html and "80 % of today's LLM budget is used" in html
    assert 'data-budget="100"' not in html


def test_under_80_percent_there_is_no_banner_and_a_call_in_flight_shows_what_it_holds(budget, tenant_client):
    _spend("classify", "0.01")
    _spend("plan", "0.02", status=LLMCall.Status.PENDING)
    html = _page(tenant_client)
    assert _figure(html, "spent-today") == "$0.0100"
    assert _figure(html, "budget-percent") == "60%"  # $0.01 spent + $0.02 held of $0.05
    assert "incl. $0.0200 held by calls in flight" in html
    assert "data-budget=" not in html


def test_a_spent_budget_says_every_llm_use_is_off_until_midnight(budget, tenant_client):
    _spend("summary", "0.05")
    html = _page(tenant_client)
    assert _figure(html, "budget-percent") == "100%"
    banner = html[html.index('data-budget="100"') :]
    assert "Today's LLM budget is spent ($0.0500 of $0.05)" in banner
    assert "is off until midnight UTC" in banner
