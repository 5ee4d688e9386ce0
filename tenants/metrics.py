"""The /metrics endpoint: every process's counters and histograms, plus gauges computed at scrape.

Counters and histograms are observed where the work happens (Daphne, Celery workers and their
pool children). Every process writes its samples to PROMETHEUS_MULTIPROC_DIR (set by `./run`,
the Dockerfile and the compose file) and this view merges them, so a worker's classification,
LLM and delivery figures show here; a deployment whose workers do not share that directory with
the web process scrapes each worker's own port instead (CELERY_METRICS_PORT,
config/celery_hooks.py). Without the directory (tests, `manage.py runserver`) the view reports
its own process.

Gauges that are facts about the data are computed when Prometheus scrapes, so they are right
whichever process answers: queue depth (from the broker, RabbitMQ or Redis, config/broker.py)
and the age of the oldest message waiting per queue (config/celery_hooks.py's ledger), the
per-tenant facts of tenants/metric_queries.py, the LLM budget per tenant, the score and level of
every open crisis and the open alerts per severity. Per-tenant series carry a `tenant` label (the
schema, or an opaque key with METRICS_TENANT_LABELS=false). Every name is exported once with one
type; the tests parse the exposition and fail on a duplicate.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import time
from collections.abc import Iterator
from typing import Any

import amqp.exceptions
import kombu.exceptions
import redis
from django.conf import settings
from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.utils.crypto import constant_time_compare
from django.utils.module_loading import autodiscover_modules
from django_tenants.utils import get_public_schema_name, schema_context
from prometheus_client import REGISTRY, CollectorRegistry, multiprocess
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.exposition import choose_encoder

from config.broker import queue_depths
from tenants import clock
from tenants.metric_queries import OPEN_ALERTS_SQL, OPEN_CRISES_SQL, TENANT_GAUGES

logger = logging.getLogger(__name__)

__all__ = ["TENANT_GAUGES", "PlatformCollector", "metrics_view", "tenant_label"]

# A message in the ledger while its queue is empty was lost (a purge, a crash): forgotten after this.
LEDGER_GRACE_SECONDS = 60


def tenant_label(schema: str) -> str:
    """The value of the `tenant` label: the schema, or a stable opaque key that does not name the
    organisation to whoever reads Prometheus (METRICS_TENANT_LABELS=false)."""
    if settings.METRICS_TENANT_LABELS:
        return schema
    digest = hmac.new(settings.SECRET_KEY.encode(), schema.encode(), hashlib.sha256).hexdigest()
    return "t-" + digest[:12]


class PlatformCollector:
    """The scrape-time gauges (module docstring)."""

    def collect(self) -> Iterator[Metric]:
        yield from _queue_gauges()
        yield from _tenant_gauges()


def _queue_gauges() -> Iterator[Metric]:
    from config.celery import QUEUES
    from config.celery_hooks import forget_older_than, oldest_waiting

    depth = GaugeMetricFamily("crisisops_queue_depth", "Messages waiting per Celery queue", labels=["queue"])
    age = GaugeMetricFamily(
        "crisisops_queue_age_seconds",
        "Age of the oldest message no worker has started, per Celery queue (s); 0 when the queue is empty",
        labels=["queue"],
    )
    try:
        depths = queue_depths(url=settings.CELERY_BROKER_URL, queues=QUEUES)
    except (OSError, kombu.exceptions.KombuError, amqp.exceptions.AMQPError, redis.RedisError):
        logger.warning("metrics: broker unreachable")
        depths = {}
    now = time.time()
    for queue in QUEUES:
        if queue not in depths:
            continue
        depth.add_metric([queue], depths[queue])
        try:
            oldest = oldest_waiting(queue)
            if depths[queue] == 0 and oldest is not None and oldest < now - LEDGER_GRACE_SECONDS:
                forget_older_than(queue, now - LEDGER_GRACE_SECONDS)
                oldest = oldest_waiting(queue)
        except redis.RedisError:
            logger.warning("metrics: queue ledger unreachable")
            continue
        age.add_metric([queue], max(now - oldest, 0.0) if oldest is not None else 0.0)
    yield depth
    yield age


def _tenant_gauges() -> Iterator[Metric]:
    from tenants.models import Organization

    families = {
        name: GaugeMetricFamily(name, help_text, labels=["tenant"]) for name, help_text, _ in TENANT_GAUGES
    }
    budget = GaugeMetricFamily(
        "crisisops_llm_budget_usd",
        "The organisation's daily LLM budget, every use together (USD)",
        labels=["tenant"],
    )
    score = GaugeMetricFamily(
        "crisisops_crisis_score", "Crisis score (0–1) of each open crisis", labels=["tenant", "crisis"]
    )
    level = GaugeMetricFamily(
        "crisisops_crisis_level",
        "Level of each open crisis: 0 ok, 1 warning, 2 high, 3 critical",
        labels=["tenant", "crisis"],
    )
    alerts = GaugeMetricFamily(
        "crisisops_open_alerts", "Alerts not yet resolved, per severity", labels=["tenant", "severity"]
    )
    params: dict[str, Any] = {"now": clock.now(), "compute": float(settings.COMPUTE_COST_PER_EVENT_USD)}
    public = get_public_schema_name()
    with schema_context(public):
        orgs = list(
            Organization.objects.exclude(schema_name=public).values_list(
                "schema_name", "llm_daily_budget_usd"
            )
        )
    for schema, budget_usd in orgs:
        tenant = tenant_label(schema)
        budget.add_metric([tenant], float(budget_usd))
        with schema_context(schema), connection.cursor() as cursor:
            for name, _, sql in TENANT_GAUGES:
                try:
                    cursor.execute(sql, params)
                    families[name].add_metric([tenant], float(cursor.fetchone()[0] or 0))
                except Exception:  # a missing table must not break the whole scrape
                    logger.exception("metrics: %s failed for %s", name, schema)
            try:
                cursor.execute(OPEN_CRISES_SQL)
                for crisis_id, crisis_score, rank in cursor.fetchall():
                    score.add_metric([tenant, str(crisis_id)], float(crisis_score))
                    level.add_metric([tenant, str(crisis_id)], float(rank))
                cursor.execute(OPEN_ALERTS_SQL)
                for severity, count in cursor.fetchall():
                    alerts.add_metric([tenant, severity], float(count))
            except Exception:
                logger.exception("metrics: crisis and alert gauges failed for %s", schema)
    yield from families.values()
    yield from (budget, score, level, alerts)


def metrics_view(request: HttpRequest) -> HttpResponse:
    """Served on the platform (public) host only: it reports every tenant. METRICS_TOKEN, when
    set, must come as a bearer token (Prometheus `authorization` config). Answers in OpenMetrics
    when the scraper asks for it (Prometheus does), else in the classic text format."""
    token = settings.METRICS_TOKEN
    if token and not constant_time_compare(request.headers.get("Authorization", ""), f"Bearer {token}"):
        return HttpResponse("metrics need the bearer token", status=401, content_type="text/plain")
    # Every app's metrics module registers its names, so each is exported (at zero) from the first
    # scrape on, not only once the code that observes it has been imported in this process.
    autodiscover_modules("metrics")
    registry = CollectorRegistry()
    if "PROMETHEUS_MULTIPROC_DIR" in os.environ:
        multiprocess.MultiProcessCollector(registry)
    else:
        for collector in list(REGISTRY._collector_to_names):
            registry.register(collector)
    registry.register(PlatformCollector())
    encode, content_type = choose_encoder(request.headers.get("Accept", ""))
    return HttpResponse(encode(registry), content_type=content_type)
