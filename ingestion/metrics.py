"""Prometheus metrics of the ingestion stage (observed in the worker that processes payloads;
merged with every other process's through PROMETHEUS_MULTIPROC_DIR, see tenants/metrics.py)."""

from __future__ import annotations

from prometheus_client import Counter

# rate(crisisops_events_ingested_total[1m]) is the mission's events_ingested_per_sec.
events_ingested = Counter(
    "crisisops_events_ingested_total",
    "Events stored from payloads (duplicate=true: a near-duplicate joined an earlier event's cluster)",
    ["duplicate"],
)
payloads_rejected = Counter(
    "crisisops_payloads_rejected_total",
    "Payloads that did not become an event: needs_review (unparseable, invalid) or held_pii",
    ["reason"],
)


def count_processed(*, events: int, duplicates: int, needs_review: int, held_pii: int) -> None:
    """Count one processed batch (after its transaction committed)."""
    events_ingested.labels("false").inc(events)
    events_ingested.labels("true").inc(duplicates)
    payloads_rejected.labels("needs_review").inc(needs_review)
    payloads_rejected.labels("held_pii").inc(held_pii)
