"""Prometheus metrics of the escalation stage (observed in the worker that delivers; every
process's samples are merged at /metrics, see tenants/metrics.py)."""

from __future__ import annotations

from prometheus_client import Counter, Histogram

alerts_triggered = Counter("crisisops_alerts_triggered_total", "Alerts opened", ["severity"])
# Counters are named for what they count: escalations / alerts triggered is the escalation rate
# (the per-tenant gauges crisisops_escalation_rate and crisisops_sla_breach_count are other series).
escalations = Counter(
    "crisisops_escalations_total",
    "Tier escalations (no ACK in time); / alerts triggered = escalation rate",
    ["severity"],
)
sla_breaches = Counter("crisisops_sla_breaches_total", "Alerts not acknowledged within the SLA", ["severity"])
notifications = Counter(
    "crisisops_notifications_total", "Delivery attempts by outcome", ["channel", "status"]
)
alert_delivery_latency = Histogram(
    "crisisops_alert_delivery_latency_sec",
    "Alert opened (or tier fired) → message accepted by the provider",
    ["channel"],
    buckets=(0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60),
)
detection_to_alert = Histogram(
    "crisisops_detection_to_alert_seconds",
    "Detection (the crisis opened, or the P0/P1 event was classified) → the alert's first page accepted",
    ["severity"],
    buckets=(0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300, 900),
)
time_to_ack = Histogram(
    "crisisops_alert_time_to_ack_seconds",
    "Alert triggered → acknowledged",
    ["severity"],
    buckets=(30, 60, 120, 300, 600, 1800, 3600, 14400),
)
messages = Counter(
    "crisisops_stakeholder_messages_total",
    "Messages sent to stakeholders by kind (page, update, resolved, digest) and severity",
    ["kind", "severity"],
)
alerts_folded = Counter(
    "crisisops_alerts_folded_total",
    "P0/P1 events folded into their story's alert instead of paging",
    ["severity"],
)
guardrail_halts = Counter("crisisops_guardrail_halts_total", "Pages halted by a tenant guardrail", ["rule"])
feedback = Counter("crisisops_alert_feedback_total", "Stakeholder answers to a page", ["verdict", "via"])
