"""Classification reads: ground truth, confusion matrices, rule trust, canary comparison, LLM spend."""

from __future__ import annotations

import threading
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.db import connection
from django.db.models import Avg, Count, Max, Q, Sum

from classification import evaluation, trust
from classification.models import (
    CanaryRecord,
    Classification,
    LLMCall,
    ModelVersion,
    ReviewItem,
    RulePrecision,
)
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
    """The queue, most valuable first."""
    return list(
        ReviewItem.objects.filter(status=ReviewItem.Status.PENDING)
        .select_related("classification__event")
        .order_by("-value", "-created_at")[:200]
    )


def event_text(event) -> str:
    """What the tiers read of an event: its title (when the text does not start with it) and text."""
    title = (event.title or "").strip()
    text = (event.text or "").strip()
    if title and not text.startswith(title):
        return f"{title}\n{text}".strip()
    return text or title


def reviewed_examples() -> list[tuple[str, str]]:
    """(event text, human severity) of every decided review: training data for the next model."""
    items = ReviewItem.objects.filter(status__in=DECIDED).select_related("classification__event")
    return [(event_text(i.classification.event), i.final_severity) for i in items if i.final_severity]


_trust_cache: dict[str, tuple[tuple, trust.RuleTrust]] = {}
_trust_lock = threading.Lock()


def trust_policy() -> trust.TrustPolicy:
    return trust.TrustPolicy(
        floor=float(getattr(settings, "CLASSIFICATION_RULE_PRECISION_FLOOR", 0.8)),
        min_labelled=int(getattr(settings, "CLASSIFICATION_RULE_MIN_LABELLED", 30)),
        min_reviewed=int(getattr(settings, "CLASSIFICATION_RULE_MIN_REVIEWED", 10)),
    )


def rule_trust() -> trust.RuleTrust:
    """Per-rule figures of this tenant: its RulePrecision rows, the committed labelled figures of
    the built-in lexicon for rules without a row. Cached per schema until a row changes."""
    stamp = RulePrecision.objects.aggregate(n=Count("id"), at=Max("updated_at"))
    policy = trust_policy()
    key = (stamp["n"], stamp["at"], policy)
    schema = connection.schema_name
    with _trust_lock:
        cached = _trust_cache.get(schema)
        if cached and cached[0] == key:
            return cached[1]
    committed = trust.load_committed()
    figures = {rule: trust.Figures(n, ok) for rule, (n, ok) in committed.items()}
    for row in RulePrecision.objects.all():
        n, ok = (row.labelled_n, row.labelled_correct) if row.labelled_n else committed.get(row.rule, (0, 0))
        figures[row.rule] = trust.Figures(n, ok, row.reviewed_n, row.reviewed_correct)
    result = trust.RuleTrust(figures, policy)
    with _trust_lock:
        _trust_cache[schema] = (key, result)
    return result


def tier_mix(*, since_hours: float = 24) -> dict[str, int]:
    since = clock.now() - timedelta(hours=since_hours)
    return dict(
        Classification.objects.filter(created_at__gte=since)
        .values_list("tier")
        .annotate(n=Count("id"))
        .values_list("tier", "n")
    )
