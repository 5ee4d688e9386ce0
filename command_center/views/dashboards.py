"""Ops, ML-quality, cost and compliance dashboards (server-side SVG charts)."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from command_center import charts
from command_center.selectors import dashboards as data
from command_center.selectors.ai import llm_tier_status
from command_center.selectors.paging import paging
from tenants.permissions import viewer_required

BOARDS = {
    "ops": "Operations",
    "ml": "ML quality",
    "cost": "Cost",
    "compliance": "Compliance",
}


def _ops(request: HttpRequest) -> dict:
    ops = data.ops()
    hourly = ops["events_hourly"]
    return {
        **ops,
        "events_chart": charts.bar_chart(
            [(f"{h:%d %b %H}:00", n) for h, n in hourly], label="Events ingested per hour, last 24 hours"
        ),
        "platform_chart": charts.bar_chart(ops["by_platform"], label="Events by platform, last 24 hours"),
        "raw_chart": charts.bar_chart(ops["raw_status"], label="Inbox (raw events) by status"),
        "delivery_chart": charts.bar_chart(ops["delivery"], label="Notifications by channel and outcome"),
        "paging": (p := paging()),
        "person_chart": charts.bar_chart(
            p["per_person"][:20], label="Messages per person and kind, last 24 hours", fmt="{:.0f}"
        ),
    }


def _ml(request: HttpRequest) -> dict:
    ml = data.ml_quality()
    return {
        **ml,
        "tier_chart": charts.bar_chart(ml["by_tier"], label="Classifications by tier, last 7 days"),
        "latency_chart": charts.bar_chart(
            ml["latency_by_tier"], label="Mean latency by tier (ms)", fmt="{:.0f} ms"
        ),
        "confidence_chart": charts.bar_chart(ml["confidence"], label="Confidence distribution, last 7 days"),
        "version_chart": charts.bar_chart(ml["versions"], label="Classifications by model version"),
        "matrix_table": charts.confusion_matrix(
            ml["labels"], ml["matrix"], label="Severity: proposed vs human verdict"
        ),
    }


def _cost(request: HttpRequest) -> dict:
    cost = data.cost()
    return {
        **cost,
        "llm": llm_tier_status(),
        "daily_chart": charts.bar_chart(cost["daily"], label="LLM spend per day (USD)", fmt="${:.4f}"),
        "use_chart": charts.bar_chart(
            cost["by_purpose"], label="LLM spend by use, 14 days (USD)", fmt="${:.4f}"
        ),
    }


def _compliance(request: HttpRequest) -> dict:
    compliance = data.compliance()
    return {
        **compliance,
        "access_chart": charts.bar_chart(compliance["access"], label="Access events, last 30 days"),
        "pii_chart": charts.bar_chart(compliance["pii"], label="PII redacted by entity type (recent events)"),
        "changes_chart": charts.bar_chart(
            compliance["changes"], label="Configuration changes by model, 30 days"
        ),
    }


BUILDERS = {"ops": _ops, "ml": _ml, "cost": _cost, "compliance": _compliance}


@require_GET
@viewer_required
def dashboard(request: HttpRequest, board: str = "ops") -> HttpResponse:
    if board not in BUILDERS:
        raise Http404("no such dashboard")
    context = {"board": board, "boards": BOARDS, "title": BOARDS[board], **BUILDERS[board](request)}
    return render(request, f"command_center/dashboards/{board}.html", context)
