"""Classification reads: ground truth, confusion matrices, canary comparison, LLM spend."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from django.db.models import Avg, Count, Q, Sum

from classification import evaluation
from classification.models import CanaryRecord, Classification, LLMCall, ModelVersion, ReviewItem
from tenants import clock

DECIDED = (ReviewItem.Status.CONFIRMED, ReviewItem.Status.CORRECTED)


def ground_truth(*, tier: str | None = None) -> list[tuple[str, str]]:
    """(human severity, machine severity) for every reviewed item, optionally for one tier."""
    qs = ReviewItem.objects.filter(status__in=DECIDED)
    if tier:
        qs = qs.filter(proposed_tier=tier)
    return list(qs.values_list("final_severity", "proposed_severity"))


def ground_truth_report(*, tier: str | None = None) -> dict:
    pairs = ground_truth(tier=tier)
    truth = [t for t, _ in pairs]
    pred = [p for _, p in pairs]
    matrix = evaluation.confusion_matrix(truth, pred)
    return {
        "n": len(pairs),
        "confusion": matrix,
        "per_class": evaluation.per_class(matrix),
        "macro_f1": evaluation.macro_f1(matrix),
        "accuracy": evaluation.accuracy(matrix),
    }


def canary_stats(*, version: ModelVersion) -> dict:
    """Agreement of the candidate with the active model, and both accuracies on reviewed events."""
    records = CanaryRecord.objects.filter(candidate=version)
    n = records.count()
    agree = records.filter(agree=True).count()
    reviewed = list(
        records.filter(classification__review__status__in=DECIDED).values_list(
            "active_severity", "candidate_severity", "classification__review__final_severity"
        )
    )
    return {
        "n": n,
        "agreement": agree / n if n else None,
        "reviewed": len(reviewed),
        "active_accuracy": sum(1 for a, _, t in reviewed if a == t) / len(reviewed) if reviewed else None,
        "candidate_accuracy": sum(1 for _, c, t in reviewed if c == t) / len(reviewed) if reviewed else None,
    }


def llm_spend(*, since_hours: float = 24) -> dict:
    since = clock.now() - timedelta(hours=since_hours)
    calls = LLMCall.objects.filter(created_at__gte=since)
    agg = calls.aggregate(cost=Sum("cost_usd"), latency=Avg("latency_ms", filter=Q(status=LLMCall.Status.OK)))
    by_status = dict(calls.values_list("status").annotate(n=Count("id")).values_list("status", "n"))
    events = Classification.objects.filter(created_at__gte=since).count()
    cost = agg["cost"] or Decimal("0")
    return {
        "cost_usd": cost,
        "calls": by_status,
        "mean_latency_ms": agg["latency"],
        "cost_per_event_usd": (cost / events) if events else Decimal("0"),
    }


def review_pending() -> list[ReviewItem]:
    return list(
        ReviewItem.objects.filter(status=ReviewItem.Status.PENDING).select_related("classification__event")[
            :200
        ]
    )


def tier_mix(*, since_hours: float = 24) -> dict[str, int]:
    since = clock.now() - timedelta(hours=since_hours)
    return dict(
        Classification.objects.filter(created_at__gte=since)
        .values_list("tier")
        .annotate(n=Count("id"))
        .values_list("tier", "n")
    )
