"""Reads behind the ops, ML-quality, cost and compliance dashboards (bounded queries)."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from decimal import Decimal
from statistics import mean
from typing import Any

from auditlog.models import LogEntry
from django.conf import settings
from django.db import connection
from django.db.models import Avg, Count, Sum
from django.db.models.functions import TruncDay, TruncHour
from django.utils import timezone
from django_tenants.utils import schema_context

from classification import llm_gateway
from classification.models import Classification, LLMCall, ReviewItem, Severity
from command_center.selectors.counters import counters
from command_center.selectors.review import review_pending_count
from crisis.models import Crisis
from escalation.models import Notification
from ingestion.models import Event, RawEvent
from tenants import clock
from tenants.models import AccessLog


def _hourly(qs, field: str, hours: int = 24) -> list[tuple[Any, float]]:
    since = timezone.now() - timedelta(hours=hours)
    rows = (
        qs.filter(**{f"{field}__gte": since})
        .annotate(h=TruncHour(field))
        .values("h")
        .annotate(n=Count("id"))
        .order_by("h")
    )
    return [(r["h"], float(r["n"])) for r in rows]


def ops() -> dict[str, Any]:
    since = timezone.now() - timedelta(hours=24)
    by_platform = (
        Event.objects.filter(ingested_at__gte=since).values("platform").annotate(n=Count("id")).order_by("-n")
    )
    raw_status = RawEvent.objects.values("status").annotate(n=Count("id")).order_by("-n")
    acked = Crisis.objects.filter(acknowledged_at__isnull=False).order_by("-opened_at")[:200]
    mtta = [(c.acknowledged_at - c.opened_at).total_seconds() / 60 for c in acked if c.acknowledged_at]
    delivery = Notification.objects.values("channel", "status").annotate(n=Count("id"))
    return {
        "events_hourly": _hourly(Event.objects.all(), "ingested_at"),
        "by_platform": [(r["platform"], float(r["n"])) for r in by_platform],
        "raw_status": [(r["status"], float(r["n"])) for r in raw_status],
        "mtta_minutes": round(mean(mtta), 1) if mtta else None,
        "crises_opened_7d": Crisis.objects.filter(opened_at__gte=timezone.now() - timedelta(days=7)).count(),
        "delivery": sorted((f"{r['channel']} · {r['status']}", float(r["n"])) for r in delivery),
        "counters": counters(),
    }


def ml_quality() -> dict[str, Any]:
    since = timezone.now() - timedelta(days=7)
    recent = Classification.objects.filter(created_at__gte=since)
    by_tier = recent.values("tier").annotate(n=Count("id"), lat=Avg("latency_ms")).order_by("tier")
    buckets = Counter(min(9, int(c * 10)) for c in recent.values_list("confidence", flat=True)[:20000])
    reviewed = ReviewItem.objects.exclude(status=ReviewItem.Status.PENDING)
    matrix: Counter[tuple[str, str]] = Counter()
    for proposed, final in reviewed.values_list("proposed_severity", "final_severity")[:5000]:
        if final:
            matrix[(proposed, final)] += 1
    status = dict(reviewed.values_list("status").annotate(n=Count("id")))
    total_reviewed = sum(status.values())
    versions = recent.values("model_version").annotate(n=Count("id")).order_by("-n")[:10]
    return {
        "by_tier": [(r["tier"], float(r["n"])) for r in by_tier],
        "latency_by_tier": [(r["tier"], float(r["lat"] or 0)) for r in by_tier],
        "confidence": [(f"{b / 10:.1f}–{(b + 1) / 10:.1f}", float(buckets.get(b, 0))) for b in range(10)],
        "matrix": dict(matrix),
        "labels": [s for s, _ in Severity.choices],
        "agreement": round(status.get("confirmed", 0) / total_reviewed * 100, 1) if total_reviewed else None,
        "reviewed": total_reviewed,
        "pending": review_pending_count(),
        "versions": [(r["model_version"] or "(none)", float(r["n"])) for r in versions],
        "needs_review_share": (
            round(recent.filter(needs_review=True).count() / recent.count() * 100, 1)
            if recent.exists()
            else None
        ),
    }


def cost() -> dict[str, Any]:
    """The organisation's one LLM ledger (every use: classification, crisis summaries, response
    plans) against its one daily budget, and the cost per event: LLM spend of today per event
    stored today plus the compute estimate per event (settings.COMPUTE_COST_PER_EVENT_USD)."""
    since = clock.now() - timedelta(days=14)
    ledger = LLMCall.objects.filter(created_at__gte=since).order_by()
    daily = ledger.annotate(d=TruncDay("created_at")).values("d").annotate(c=Sum("cost_usd"))
    by_purpose = dict(ledger.values("purpose").annotate(c=Sum("cost_usd")).values_list("purpose", "c"))
    state = llm_gateway.budget_state()
    today = state.spent + state.held
    events_today = Event.objects.filter(ingested_at__gte=llm_gateway.day_start()).count()
    llm_per_event = (state.spent / events_today) if events_today else None
    compute = Decimal(str(settings.COMPUTE_COST_PER_EVENT_USD))
    if state.budget > 0 and state.exhausted:
        warning = 100
    elif state.budget > 0 and state.used >= state.budget * llm_gateway.WARN_AT:
        warning = 80
    else:
        warning = 0
    return {
        "daily": [(r["d"].strftime("%d %b"), float(r["c"] or 0)) for r in daily.order_by("d")],
        "by_purpose": [
            (label, float(by_purpose.get(value) or 0)) for value, label in LLMCall.Purpose.choices
        ],
        "spent_today": state.spent,
        "held_now": state.held,
        "budget": state.budget,
        "budget_percent": min(100, int(today / state.budget * 100)) if state.budget else 0,
        "budget_warning": warning,
        "llm_cost_per_event": llm_per_event,
        "compute_per_event": compute,
        "cost_per_event": (llm_per_event + compute) if llm_per_event is not None else None,
    }


def compliance() -> dict[str, Any]:
    schema = connection.schema_name
    since = timezone.now() - timedelta(days=30)
    with schema_context("public"):
        access = list(
            AccessLog.objects.filter(schema_name=schema, at__gte=since)
            .values("action")
            .annotate(n=Count("id"))
            .order_by("-n")
        )
        recent_access = list(AccessLog.objects.filter(schema_name=schema).order_by("-at")[:15])
    pii: Counter[str] = Counter()
    for found in Event.objects.order_by("-ingested_at").values_list("pii_found", flat=True)[:5000]:
        for kind, n in (found or {}).items():
            pii[kind] += int(n)
    changes = (
        LogEntry.objects.filter(timestamp__gte=since)
        .values("content_type__app_label", "content_type__model")
        .annotate(n=Count("id"))
        .order_by("-n")[:12]
    )
    return {
        "access": [(r["action"].replace("_", " "), float(r["n"])) for r in access],
        "recent_access": recent_access,
        "pii": sorted(((k, float(v)) for k, v in pii.items()), key=lambda kv: -kv[1]),
        "changes": [
            (f"{r['content_type__app_label']}.{r['content_type__model']}", float(r["n"])) for r in changes
        ],
        "held": RawEvent.objects.filter(status=RawEvent.Status.HELD_PII).count(),
    }
