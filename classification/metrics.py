"""Prometheus metrics of the classification stage; names follow the mission's metric list.

Observed in the process that classifies (a Celery worker); django-prometheus exports the
registry of the process it runs in."""

from __future__ import annotations

from prometheus_client import Counter, Histogram

classification_latency = Histogram(
    "crisisops_classification_latency_ms",
    "Per-event classification latency (router share of its batch), ms; p95 = classification_latency_p95_ms",
    ["tier"],
    buckets=(1, 5, 10, 25, 50, 100, 200, 500, 1000, 5000),
)
classifications = Counter(
    "crisisops_classifications_total", "Classifications by deciding tier", ["tier", "severity"]
)
review_items = Counter("crisisops_review_items_total", "Classifications sent to human review")
llm_api_latency = Histogram(
    "crisisops_llm_api_latency_ms",
    "LLM call latency (all attempts), ms",
    ["status"],
    buckets=(100, 250, 500, 1000, 2000, 5000, 10000, 30000),
)
llm_cost = Counter(
    "crisisops_llm_cost_usd_total", "LLM spend in USD; / classifications = llm_cost_per_event_usd"
)
llm_calls = Counter("crisisops_llm_calls_total", "LLM tier attempts by outcome", ["status"])
