"""The per-tenant facts /metrics computes from each tenant's schema when Prometheus scrapes.

They are facts about the data (breaches today, the false-positive rate of a week, the age of the
oldest unprocessed payload…), so they are right whichever process answers the scrape and survive
restarts, unlike a process's counters. Each SQL statement runs inside one tenant's schema with
`%(now)s` (the platform clock) and `%(compute)s` (settings.COMPUTE_COST_PER_EVENT_USD) and
returns one number; the per-crisis and per-severity ones return rows.
"""

from __future__ import annotations

# (metric name, help, SQL returning one number)
TENANT_GAUGES: list[tuple[str, str, str]] = [
    (
        "crisisops_events_ingested_per_sec",
        "Events stored in the last 60 s, per second",
        "SELECT count(*) / 60.0 FROM ingestion_event WHERE ingested_at > %(now)s - interval '60 seconds'",
    ),
    (
        "crisisops_classification_latency_p95_ms",
        "p95 per-event classification latency over the last 5 min (ms)",
        "SELECT coalesce(percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms), 0) "
        "FROM classification_classification WHERE created_at > %(now)s - interval '5 minutes'",
    ),
    (
        # The histogram crisisops_alert_delivery_latency_sec{channel} is the process-side view.
        "crisisops_alert_delivery_latency_p95_sec",
        "p95 alert opened → first message accepted, last 24 h (s)",
        "SELECT coalesce(percentile_cont(0.95) WITHIN GROUP (ORDER BY d), 0) FROM ("
        " SELECT extract(epoch FROM min(n.finished_at) - a.triggered_at) AS d"
        " FROM escalation_alert a JOIN escalation_notification n ON n.alert_id = a.id"
        " WHERE n.status = 'sent' AND a.triggered_at > %(now)s - interval '24 hours' GROUP BY a.id) t",
    ),
    (
        "crisisops_escalation_rate",
        "Share of alerts of the last 24 h that escalated past tier 1",
        "SELECT coalesce(avg((current_tier > 0)::int), 0) FROM escalation_alert "
        "WHERE triggered_at > %(now)s - interval '24 hours'",
    ),
    (
        "crisisops_sla_breach_count",
        "Alerts that breached their ACK SLA since midnight UTC",
        "SELECT count(*) FROM escalation_alert WHERE sla_breached AND triggered_at >= date_trunc('day', %(now)s)",
    ),
    (
        "crisisops_false_positive_rate",
        "Reviewed items of the last 7 days whose P0–P2 proposal a person lowered to P3/P4 "
        "(reviewers' verdicts and stakeholders' 'not a crisis' answers to pages)",
        "SELECT coalesce(avg((final_severity IN ('P3', 'P4'))::int), 0) FROM classification_reviewitem "
        "WHERE status <> 'pending' AND proposed_severity IN ('P0', 'P1', 'P2') "
        "AND reviewed_at > %(now)s - interval '7 days'",
    ),
    (
        "crisisops_pages_per_incident",
        "Pages sent (first message of a tier or a level change) per incident of the last 7 days",
        "SELECT coalesce((SELECT count(*) FROM escalation_notification n JOIN escalation_alert a "
        "ON a.id = n.alert_id WHERE n.kind = 'page' AND n.purpose = 'notify' AND n.status = 'sent' "
        "AND a.triggered_at > %(now)s - interval '7 days')::float / nullif((SELECT count(DISTINCT "
        "coalesce('c' || crisis_id::text, 'a' || id::text)) FROM escalation_alert "
        "WHERE triggered_at > %(now)s - interval '7 days'), 0), 0)",
    ),
    (
        "crisisops_alerts_per_incident",
        "Alerts per incident (a crisis and the alerts of its story, or a lone alert), last 7 days",
        "SELECT coalesce(count(*)::float / nullif(count(DISTINCT coalesce('c' || crisis_id::text, "
        "'a' || id::text)), 0), 0) FROM escalation_alert WHERE triggered_at > %(now)s - interval '7 days'",
    ),
    (
        "crisisops_notifications_per_stakeholder_hour",
        "Messages the busiest stakeholder received in the last hour (pages, updates, digests)",
        "SELECT coalesce(max(c), 0) FROM (SELECT count(*) AS c FROM escalation_notification "
        "WHERE stakeholder_id IS NOT NULL AND purpose = 'notify' AND status = 'sent' "
        "AND NOT (kind = 'digest' AND thread_ref LIKE 'digest #%%') "
        "AND finished_at > %(now)s - interval '1 hour' GROUP BY stakeholder_id) t",
    ),
    (
        "crisisops_alert_false_alarm_rate",
        "Share of incidents of the last 7 days a paged stakeholder answered 'not a crisis'",
        "SELECT coalesce(count(DISTINCT coalesce('c' || a.crisis_id::text, 'a' || a.id::text)) "
        "FILTER (WHERE f.id IS NOT NULL)::float / nullif(count(DISTINCT coalesce('c' || "
        "a.crisis_id::text, 'a' || a.id::text)), 0), 0) FROM escalation_alert a LEFT JOIN "
        "escalation_alertfeedback f ON f.alert_id = a.id AND f.verdict = 'false_alarm' "
        "WHERE a.triggered_at > %(now)s - interval '7 days'",
    ),
    (
        "crisisops_llm_cost_per_event_usd",
        "LLM spend of every use (classification, summaries, planning) per event stored, last 24 h (USD)",
        "SELECT coalesce((SELECT sum(cost_usd) FROM classification_llmcall "
        "WHERE created_at > %(now)s - interval '24 hours') / nullif((SELECT count(*) FROM ingestion_event "
        "WHERE ingested_at > %(now)s - interval '24 hours'), 0), 0)",
    ),
    (
        "crisisops_cost_per_event_usd",
        "LLM cost per event plus the compute estimate per event (COMPUTE_COST_PER_EVENT_USD), last 24 h",
        "SELECT coalesce((SELECT sum(cost_usd) FROM classification_llmcall "
        "WHERE created_at > %(now)s - interval '24 hours') / nullif((SELECT count(*) FROM ingestion_event "
        "WHERE ingested_at > %(now)s - interval '24 hours'), 0), 0) + %(compute)s",
    ),
    (
        "crisisops_llm_spend_today_usd",
        "LLM spend of every use since midnight UTC (USD); against crisisops_llm_budget_usd",
        "SELECT coalesce(sum(cost_usd), 0) FROM classification_llmcall "
        "WHERE created_at >= date_trunc('day', %(now)s)",
    ),
    (
        "crisisops_agent_error_rate",
        "Share of payloads of the last hour that could not be processed (needs review or held)",
        "SELECT coalesce(avg((status IN ('needs_review', 'held_pii'))::int), 0) FROM ingestion_rawevent "
        "WHERE received_at > %(now)s - interval '1 hour'",
    ),
    (
        "crisisops_inbox_lag_seconds",
        "Age of the oldest unprocessed RawEvent (s): the end-to-end queue lag",
        "SELECT coalesce(extract(epoch FROM %(now)s - min(received_at)), 0) FROM ingestion_rawevent "
        "WHERE status IN ('pending', 'processing')",
    ),
    (
        "crisisops_open_crises",
        "Crises not yet resolved",
        "SELECT count(*) FROM crisis_crisis WHERE status <> 'resolved'",
    ),
]

# Rows: (crisis id, score, level rank) of every crisis not yet resolved. The set is small (open
# incidents) and each series ends when its crisis resolves.
OPEN_CRISES_SQL = (
    "SELECT id, score, CASE level WHEN 'warning' THEN 1 WHEN 'high' THEN 2 WHEN 'critical' THEN 3 "
    "ELSE 0 END FROM crisis_crisis WHERE status <> 'resolved' ORDER BY id"
)
# Rows: (severity, open alerts): alerts triggered or acknowledged, not yet resolved.
OPEN_ALERTS_SQL = "SELECT severity, count(*) FROM escalation_alert WHERE state <> 'resolved' GROUP BY severity ORDER BY severity"
