"""Ops, ML-quality, cost and compliance dashboards (server-side SVG charts)."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from command_center.views import charts, metrics
from tenants.permissions import viewer_required

BOARDS = {
    "ops": "Operations",
    "ml": "ML quality",
    "cost": "Cost",
    "compliance": "Compliance",
}


def _ops() -> dict:
    data = metrics.ops()
    hourly = data["events_hourly"]
    return {
        **data,
        "events_chart": charts.bar_chart(
            [(f"{h:%d %b %H}:00", n) for h, n in hourly], label="Events ingested per hour, last 24 hours"
        ),
        "platform_chart": charts.bar_chart(data["by_platform"], label="Events by platform, last 24 hours"),
        "raw_chart": charts.bar_chart(data["raw_status"], label="Inbox (raw events) by status"),
        "delivery_chart": charts.bar_chart(data["delivery"], label="Notifications by channel and outcome"),
    }


def _ml() -> dict:
    data = metrics.ml_quality()
    return {
        **data,
        "tier_chart": charts.bar_chart(data["by_tier"], label="Classifications by tier, last 7 days"),
        "latency_chart": charts.bar_chart(
            data["latency_by_tier"], label="Mean latency by tier (ms)", fmt="{:.0f} ms"
        ),
        "confidence_chart": charts.bar_chart(
            data["confidence"], label="Confidence distribution, last 7 days"
        ),
        "version_chart": charts.bar_chart(data["versions"], label="Classifications by model version"),
        "matrix_table": charts.confusion_matrix(
            data["labels"], data["matrix"], label="Severity: proposed vs human verdict"
        ),
    }


def _cost() -> dict:
    data = metrics.cost()
    return {
        **data,
        "daily_chart": charts.bar_chart(data["daily"], label="LLM spend per day (USD)", fmt="${:.4f}"),
        "tier_chart": charts.bar_chart(
            data["by_tier"], label="LLM spend by tier, 14 days (USD)", fmt="${:.4f}"
        ),
    }


def _compliance() -> dict:
    data = metrics.compliance()
    return {
        **data,
        "access_chart": charts.bar_chart(data["access"], label="Access events, last 30 days"),
        "pii_chart": charts.bar_chart(data["pii"], label="PII redacted by entity type (recent events)"),
        "changes_chart": charts.bar_chart(data["changes"], label="Configuration changes by model, 30 days"),
    }


BUILDERS = {"ops": _ops, "ml": _ml, "cost": _cost, "compliance": _compliance}


@require_GET
@viewer_required
def dashboard(request: HttpRequest, board: str = "ops") -> HttpResponse:
    if board not in BUILDERS:
        raise Http404("no such dashboard")
    context = {"board": board, "boards": BOARDS, "title": BOARDS[board], **BUILDERS[board]()}
    return render(request, f"command_center/dashboards/{board}.html", context)
