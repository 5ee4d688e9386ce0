"""Writes the provisioned Grafana dashboards (dashboards/*.json) from the panel lists below.

    python deploy/grafana/build.py          # rewrite the JSON files
    python deploy/grafana/build.py --check  # exit 1 if a file differs from what this writes

Every query uses only metrics /metrics exports (tests/deploy/test_observability_files.py checks
each name against a real scrape) and the `$datasource` / `$tenant` variables.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
Q = "histogram_quantile(0.95, sum by (le{by}) (rate({name}_bucket[5m])))"


def p95(name: str, by: str = "") -> str:
    return Q.format(name=name, by=f", {by}" if by else "")


# (title, unit, [(expr, legend)], kind) per panel; kind: timeseries | stat | gauge
DASHBOARDS: dict[str, dict] = {
    "ops": {
        "title": "CrisisOps — operations",
        "description": "Pipeline throughput, queues, workers, detection → alert and delivery.",
        "panels": [
            (
                "Events ingested / s",
                "ops",
                [
                    (
                        "sum by (duplicate) (rate(crisisops_events_ingested_total[5m]))",
                        "duplicate={{duplicate}}",
                    )
                ],
                "timeseries",
            ),
            (
                "Events / s per tenant (stored rows)",
                "ops",
                [('crisisops_events_ingested_per_sec{tenant=~"$tenant"}', "{{tenant}}")],
                "timeseries",
            ),
            ("Queue depth", "short", [("crisisops_queue_depth", "{{queue}}")], "timeseries"),
            (
                "Oldest message waiting (queue lag)",
                "s",
                [("crisisops_queue_age_seconds", "{{queue}}")],
                "timeseries",
            ),
            (
                "Queue wait p95",
                "s",
                [(p95("crisisops_queue_wait_seconds", "queue"), "{{queue}}")],
                "timeseries",
            ),
            (
                "Task error rate",
                "percentunit",
                [
                    (
                        'sum by (queue) (rate(crisisops_task_runs_total{outcome="failed"}[5m])) / '
                        "sum by (queue) (rate(crisisops_task_runs_total[5m]))",
                        "{{queue}}",
                    )
                ],
                "timeseries",
            ),
            (
                "Task duration p95",
                "s",
                [(p95("crisisops_task_duration_seconds", "queue"), "{{queue}}")],
                "timeseries",
            ),
            (
                "Detection → alert p95 (SLO 60 s)",
                "s",
                [(p95("crisisops_detection_to_alert_seconds"), "p95")],
                "stat",
            ),
            (
                "Alert delivery latency p95 per channel",
                "s",
                [(p95("crisisops_alert_delivery_latency_sec", "channel"), "{{channel}}")],
                "timeseries",
            ),
            (
                "Inbox lag (oldest unprocessed payload)",
                "s",
                [('crisisops_inbox_lag_seconds{tenant=~"$tenant"}', "{{tenant}}")],
                "timeseries",
            ),
            (
                "Open alerts by severity",
                "short",
                [('sum by (severity) (crisisops_open_alerts{tenant=~"$tenant"})', "{{severity}}")],
                "stat",
            ),
            ("Open crises", "short", [('crisisops_open_crises{tenant=~"$tenant"}', "{{tenant}}")], "stat"),
            (
                "Crisis score per open crisis",
                "percentunit",
                [('crisisops_crisis_score{tenant=~"$tenant"}', "{{tenant}} #{{crisis}}")],
                "timeseries",
            ),
            (
                "Crisis level per open crisis (0 ok … 3 critical)",
                "short",
                [('crisisops_crisis_level{tenant=~"$tenant"}', "{{tenant}} #{{crisis}}")],
                "timeseries",
            ),
            (
                "Escalation rate (24 h)",
                "percentunit",
                [('crisisops_escalation_rate{tenant=~"$tenant"}', "{{tenant}}")],
                "timeseries",
            ),
            (
                "Pages per incident (7 d)",
                "short",
                [('crisisops_pages_per_incident{tenant=~"$tenant"}', "{{tenant}}")],
                "timeseries",
            ),
            (
                "Alerts per incident (7 d)",
                "short",
                [('crisisops_alerts_per_incident{tenant=~"$tenant"}', "{{tenant}}")],
                "timeseries",
            ),
        ],
    },
    "ml-quality": {
        "title": "CrisisOps — ML quality",
        "description": "Classification tiers, latency, review load, false positives and stakeholder verdicts.",
        "panels": [
            (
                "Classifications / s by tier",
                "ops",
                [("sum by (tier) (rate(crisisops_classifications_total[5m]))", "{{tier}}")],
                "timeseries",
            ),
            (
                "Classifications / s by severity",
                "ops",
                [("sum by (severity) (rate(crisisops_classifications_total[5m]))", "{{severity}}")],
                "timeseries",
            ),
            (
                "Classification latency p95 by tier",
                "ms",
                [(p95("crisisops_classification_latency_ms", "tier"), "{{tier}}")],
                "timeseries",
            ),
            (
                "Classification latency p95 per tenant (5 min, rows)",
                "ms",
                [('crisisops_classification_latency_p95_ms{tenant=~"$tenant"}', "{{tenant}}")],
                "timeseries",
            ),
            (
                "Sent to human review / s",
                "ops",
                [("rate(crisisops_review_items_total[5m])", "review")],
                "timeseries",
            ),
            (
                "False-positive rate (7 d, reviewed)",
                "percentunit",
                [('crisisops_false_positive_rate{tenant=~"$tenant"}', "{{tenant}}")],
                "timeseries",
            ),
            (
                "False-alarm rate of incidents (7 d)",
                "percentunit",
                [('crisisops_alert_false_alarm_rate{tenant=~"$tenant"}', "{{tenant}}")],
                "timeseries",
            ),
            (
                "Stakeholder verdicts",
                "short",
                [
                    (
                        "sum by (verdict, via) (increase(crisisops_alert_feedback_total[1h]))",
                        "{{verdict}} via {{via}}",
                    )
                ],
                "timeseries",
            ),
            (
                "P0/P1 events folded into their story's alert",
                "short",
                [("sum by (severity) (increase(crisisops_alerts_folded_total[1h]))", "{{severity}}")],
                "timeseries",
            ),
        ],
    },
    "cost": {
        "title": "CrisisOps — cost",
        "description": "One LLM budget per tenant (every use), spend, cost per event (LLM + compute estimate).",
        "panels": [
            (
                "LLM budget used today",
                "percentunit",
                [
                    (
                        'crisisops_llm_spend_today_usd{tenant=~"$tenant"} / crisisops_llm_budget_usd{tenant=~"$tenant"}',
                        "{{tenant}}",
                    )
                ],
                "gauge",
            ),
            (
                "LLM spend today (USD)",
                "currencyUSD",
                [('crisisops_llm_spend_today_usd{tenant=~"$tenant"}', "{{tenant}}")],
                "timeseries",
            ),
            (
                "LLM daily budget (USD)",
                "currencyUSD",
                [('crisisops_llm_budget_usd{tenant=~"$tenant"}', "{{tenant}}")],
                "stat",
            ),
            (
                "LLM spend / h by use",
                "currencyUSD",
                [("sum by (purpose) (increase(crisisops_llm_cost_usd_total[1h]))", "{{purpose}}")],
                "timeseries",
            ),
            (
                "LLM cost per event (24 h)",
                "currencyUSD",
                [('crisisops_llm_cost_per_event_usd{tenant=~"$tenant"}', "{{tenant}}")],
                "timeseries",
            ),
            (
                "Cost per event: LLM + compute (24 h)",
                "currencyUSD",
                [('crisisops_cost_per_event_usd{tenant=~"$tenant"}', "{{tenant}}")],
                "timeseries",
            ),
            (
                "LLM calls / min by use and outcome",
                "short",
                [
                    (
                        "sum by (purpose, status) (rate(crisisops_llm_calls_total[5m])) * 60",
                        "{{purpose}} {{status}}",
                    )
                ],
                "timeseries",
            ),
            (
                "LLM API latency p95 by use",
                "ms",
                [(p95("crisisops_llm_api_latency_ms", "purpose"), "{{purpose}}")],
                "timeseries",
            ),
        ],
    },
    "compliance": {
        "title": "CrisisOps — compliance",
        "description": "PII holds, processing errors, SLA breaches, guardrails and stakeholder load.",
        "panels": [
            (
                "Payloads held for PII / h",
                "short",
                [('sum(increase(crisisops_payloads_rejected_total{reason="held_pii"}[1h]))', "held")],
                "timeseries",
            ),
            (
                "Payloads to review (unparseable) / h",
                "short",
                [
                    (
                        'sum(increase(crisisops_payloads_rejected_total{reason="needs_review"}[1h]))',
                        "needs review",
                    )
                ],
                "timeseries",
            ),
            (
                "Agent error rate (1 h)",
                "percentunit",
                [('crisisops_agent_error_rate{tenant=~"$tenant"}', "{{tenant}}")],
                "timeseries",
            ),
            (
                "ACK SLA breaches today",
                "short",
                [('crisisops_sla_breach_count{tenant=~"$tenant"}', "{{tenant}}")],
                "stat",
            ),
            (
                "SLA breaches / h by severity",
                "short",
                [("sum by (severity) (increase(crisisops_sla_breaches_total[1h]))", "{{severity}}")],
                "timeseries",
            ),
            (
                "Time to ACK p95 by severity",
                "s",
                [(p95("crisisops_alert_time_to_ack_seconds", "severity"), "{{severity}}")],
                "timeseries",
            ),
            (
                "Pages halted by a guardrail",
                "short",
                [("sum by (rule) (increase(crisisops_guardrail_halts_total[1h]))", "{{rule}}")],
                "timeseries",
            ),
            (
                "Messages to the busiest stakeholder (1 h)",
                "short",
                [('crisisops_notifications_per_stakeholder_hour{tenant=~"$tenant"}', "{{tenant}}")],
                "timeseries",
            ),
            (
                "Delivery attempts by outcome",
                "short",
                [
                    (
                        "sum by (channel, status) (increase(crisisops_notifications_total[1h]))",
                        "{{channel}} {{status}}",
                    )
                ],
                "timeseries",
            ),
        ],
    },
}


def panel(i: int, title: str, unit: str, targets: list[tuple[str, str]], kind: str) -> dict:
    width = 12 if kind == "timeseries" else 6
    return {
        "id": i + 1,
        "type": kind,
        "title": title,
        "datasource": {"type": "prometheus", "uid": "${datasource}"},
        "gridPos": {"h": 8, "w": width, "x": (i % 2) * 12, "y": (i // 2) * 8},
        "fieldConfig": {"defaults": {"unit": unit}, "overrides": []},
        "options": {},
        "targets": [
            {
                "refId": chr(ord("A") + n),
                "expr": expr,
                "legendFormat": legend,
                "datasource": {"type": "prometheus", "uid": "${datasource}"},
            }
            for n, (expr, legend) in enumerate(targets)
        ],
    }


def dashboard(uid: str, spec: dict) -> dict:
    return {
        "uid": f"crisisops-{uid}",
        "title": spec["title"],
        "description": spec["description"],
        "tags": ["crisisops"],
        "timezone": "utc",
        "schemaVersion": 39,
        "version": 1,
        "editable": False,
        "refresh": "30s",
        "time": {"from": "now-6h", "to": "now"},
        "templating": {
            "list": [
                {"name": "datasource", "type": "datasource", "query": "prometheus", "label": "Prometheus"},
                {
                    "name": "tenant",
                    "type": "query",
                    "label": "Tenant",
                    "datasource": {"type": "prometheus", "uid": "${datasource}"},
                    "query": "label_values(crisisops_llm_budget_usd, tenant)",
                    "includeAll": True,
                    "multi": True,
                    "allValue": ".*",
                    "refresh": 2,
                },
            ]
        },
        "panels": [panel(i, *p) for i, p in enumerate(spec["panels"])],
    }


def rendered() -> dict[Path, str]:
    return {
        HERE / "dashboards" / f"{uid}.json": json.dumps(dashboard(uid, spec), indent=2, ensure_ascii=False)
        + "\n"
        for uid, spec in DASHBOARDS.items()
    }


def main(argv: list[str]) -> int:
    stale = [path for path, text in rendered().items() if not path.exists() or path.read_text() != text]
    if "--check" in argv:
        for path in stale:
            print(f"stale: {path}")
        return 1 if stale else 0
    for path, text in rendered().items():
        path.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
