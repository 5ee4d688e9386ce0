"""Celery tasks of classification: they take ids and call a service."""

from __future__ import annotations

import logging
import smtplib
from datetime import timedelta

from django.conf import settings

from config.celery import add_periodic, stage_task, warm_up_on_start

logger = logging.getLogger(__name__)


@stage_task("classification.classify_events")
def classify_events(event_ids: list[int]) -> dict:
    from classification import services

    result = services.classifications_create_for_events(event_ids=list(event_ids))
    return {
        "classified": len(result.created),
        "skipped": result.skipped,
        "review": sum(1 for c in result.created if c.needs_review),
    }


@stage_task("classification.refit_confidence_map", ignore_result=True)
def refit_confidence_map(model_version: str) -> int:
    """Refit this tenant's confidence map of `model_version` on its verdicts (after each verdict on
    one of that version's answers). Safe to run twice: it fits every verdict so far."""
    from classification import calibration

    return calibration.confidence_map_refit(model_version=model_version).n


@stage_task("classification.beat.compute_drift", ignore_result=True)
def compute_drift() -> dict | None:
    from classification import drift

    report = drift.drift_compute()
    if report is None:
        return None
    return {
        "psi_severity": report.psi_severity,
        "psi_confidence": report.psi_confidence,
        "drifted": report.drifted,
    }


@stage_task("classification.beat.sweep_unclassified", ignore_result=True)
def sweep_unclassified() -> int:
    """Re-enqueue canonical events left without a classification (a lost task, a broker outage)."""
    from config.celery import enqueue
    from ingestion.models import Event
    from tenants import clock

    older = clock.now() - timedelta(
        seconds=float(getattr(settings, "CLASSIFICATION_SWEEP_AFTER_SECONDS", 180))
    )
    ids = list(
        Event.objects.filter(canonical__isnull=True, classification__isnull=True, ingested_at__lt=older)
        .order_by("id")
        .values_list("id", flat=True)[:2000]
    )
    for start in range(0, len(ids), 256):
        enqueue("classification.classify_events", event_ids=ids[start : start + 256])
    return len(ids)


@stage_task(
    "classification.notify_llm_budget",
    also_transient=(smtplib.SMTPException, ConnectionError),
    ignore_result=True,
)
def notify_llm_budget(level: int, used: str, budget: str) -> int:
    """Email the tenant's admins that today's LLM budget is 80 % used, or spent (sent once per
    day, budget and level by classification.llm_gateway)."""
    from classification.llm_gateway import budget_email_admins

    return budget_email_admins(level=level, used=used, budget=budget)


add_periodic("classification-compute-drift", "classification.beat.compute_drift", 3600)
add_periodic("classification-sweep-unclassified", "classification.beat.sweep_unclassified", 120)


def _load_severity_model() -> None:
    """The committed head and its encoder variant (what a tenant without its own model serves)."""
    from classification import registry
    from classification.tiers import model as model_tier

    path = registry.committed_artifact()
    if registry.artifact_ok(path):
        model_tier.load(path).embed(["warm up"])


warm_up_on_start("classify", _load_severity_model)
