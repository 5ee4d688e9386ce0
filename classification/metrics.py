"""Prometheus metrics of the classification stage and of the LLM gateway; names follow the
mission's metric list.

Observed in the process that does the work (a Celery worker); every process's samples are merged
at /metrics (tenants/metrics.py). LLM metrics carry the use (`purpose`: classify, summary, plan)
and the outcome (`status`: the LLMCall statuses), both fixed sets."""

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
    "LLM call latency (all attempts of one call), ms",
    ["purpose", "status"],
    buckets=(100, 250, 500, 1000, 2000, 5000, 10000, 30000),
)
llm_cost = Counter(
    "crisisops_llm_cost_usd_total",
    "LLM spend in USD by use; / events ingested = llm_cost_per_event_usd",
    ["purpose"],
)
llm_calls = Counter(
    "crisisops_llm_calls_total", "LLM calls by use and outcome (refusals too)", ["purpose", "status"]
)
