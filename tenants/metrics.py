"""The /metrics endpoint: every process's counters plus the mission's gauges, computed at scrape.

Counters and histograms are observed where the work happens (Celery workers, Daphne). With
PROMETHEUS_MULTIPROC_DIR set (`./run demo` sets it) prometheus_client merges every process's
samples, so the worker's classification and delivery metrics are visible here. Gauges that are
facts about the data (queue lag, breaches today, false-positive rate…) are computed from Redis
and each tenant's schema when Prometheus scrapes, so they are right whichever process asks.
"""

from __future__ import annotations

import logging
import os

import redis
from django.conf import settings
from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.utils.crypto import constant_time_compare
from django_tenants.utils import get_public_schema_name, schema_context
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, generate_latest, multiprocess
from prometheus_client.core import GaugeMetricFamily

from tenants import clock
from tenants.redis import redis_client

logger = logging.getLogger(__name__)

# (metric name, help, SQL returning one number; run inside each tenant's schema)
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
        "crisisops_alert_delivery_latency_sec",
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
        "Mean LLM cost per classified event, last 24 h (USD)",
        "SELECT coalesce(avg(llm_cost_usd), 0) FROM classification_classification "
        "WHERE created_at > %(now)s - interval '24 hours'",
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


class PlatformCollector:
    """Scrape-time gauges: Celery queue depth and the per-tenant facts above."""

    def collect(self):
        from config.celery import QUEUES

        depth = GaugeMetricFamily(
            "crisisops_queue_depth", "Messages waiting per Celery queue", labels=["queue"]
        )
        try:
            client = redis_client(settings.CELERY_BROKER_URL)
            for queue in QUEUES:
                depth.add_metric([queue], client.llen(queue))
        except redis.RedisError:
            logger.warning("metrics: broker unreachable")
        yield depth

        families = {
            name: GaugeMetricFamily(name, help_text, labels=["tenant"])
            for name, help_text, _ in TENANT_GAUGES
        }
        from tenants.models import Organization

        now = clock.now()
        with schema_context(get_public_schema_name()):
            schemas = list(
                Organization.objects.exclude(schema_name=get_public_schema_name()).values_list(
                    "schema_name", flat=True
                )
            )
        for schema in schemas:
            with schema_context(schema), connection.cursor() as cursor:
                for name, _, sql in TENANT_GAUGES:
                    try:
                        cursor.execute(sql, {"now": now})
                        families[name].add_metric([schema], float(cursor.fetchone()[0] or 0))
                    except Exception:  # a missing table must not break the whole scrape
                        logger.exception("metrics: %s failed for %s", name, schema)
        yield from families.values()


def metrics_view(request: HttpRequest) -> HttpResponse:
    """Served on the platform (public) host only: it reports every tenant. METRICS_TOKEN, when
    set, must come as a bearer token (Prometheus `authorization` config)."""
    token = settings.METRICS_TOKEN
    if token and not constant_time_compare(request.headers.get("Authorization", ""), f"Bearer {token}"):
        return HttpResponse("metrics need the bearer token", status=401, content_type="text/plain")
    if "PROMETHEUS_MULTIPROC_DIR" in os.environ:
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    else:
        registry = CollectorRegistry()
        for collector in list(REGISTRY._collector_to_names):
            registry.register(collector)
    registry.register(PlatformCollector())
    return HttpResponse(generate_latest(registry), content_type=CONTENT_TYPE_LATEST)
