"""The paging figures of the ops dashboard: how many pages an incident costs its people, how many
alerts it holds, how often one person hears from us (the same figures /metrics exports per
tenant: tenants.metrics)."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from typing import Any

from django.db.models import Count, Q
from django.db.models.functions import TruncHour

from escalation.models import Alert, AlertFeedback, Notification
from tenants import clock

DAYS = 7


def _messages():
    """Messages that reached a person (a digest's entries count once, as the digest)."""
    return (
        Notification.objects.filter(purpose=Notification.Purpose.NOTIFY, status=Notification.Status.SENT)
        .exclude(stakeholder__isnull=True)
        .exclude(kind=Notification.Kind.DIGEST, thread_ref__startswith="digest #")
    )


def paging() -> dict[str, Any]:
    now = clock.now()
    since = now - timedelta(days=DAYS)
    alerts = Alert.objects.filter(triggered_at__gte=since)
    incidents = len(
        {(a.crisis_id and f"c{a.crisis_id}") or f"a{a.pk}" for a in alerts.only("pk", "crisis_id")}
    )
    kinds = dict(
        _messages()
        .filter(alert__in=alerts)
        .values_list("kind")
        .annotate(n=Count("id"))
        .values_list("kind", "n")
    )
    day = _messages().filter(finished_at__gte=now - timedelta(hours=24))
    per_person: Counter[tuple[str, str]] = Counter()
    for name, kind, n in day.values_list("stakeholder__name", "kind").annotate(n=Count("id")):
        per_person[(name, kind)] += n
    hourly = (
        day.annotate(h=TruncHour("finished_at"))
        .values("stakeholder__name", "h")
        .annotate(n=Count("id"))
        .order_by("-n")
        .first()
    )
    return {
        "days": DAYS,
        "incidents": incidents,
        "alerts": alerts.count(),
        "pages": kinds.get(Notification.Kind.PAGE, 0),
        "updates": kinds.get(Notification.Kind.UPDATE, 0) + kinds.get(Notification.Kind.RESOLVED, 0),
        "pages_per_incident": round(kinds.get(Notification.Kind.PAGE, 0) / incidents, 2)
        if incidents
        else None,
        "alerts_per_incident": round(alerts.count() / incidents, 2) if incidents else None,
        "folded": sum(max(c - 1, 0) for c in alerts.values_list("trigger_count", flat=True)),
        "busiest": hourly,
        "per_person": sorted(
            ((f"{name} · {kind}", float(n)) for (name, kind), n in per_person.items()), key=lambda r: -r[1]
        ),
        "held": Notification.objects.filter(status=Notification.Status.HELD).count(),
        "halted": Notification.objects.filter(
            status=Notification.Status.HALTED, created_at__gte=since
        ).count(),
        "false_alarms": AlertFeedback.objects.filter(
            Q(verdict=AlertFeedback.Verdict.FALSE_ALARM), created_at__gte=since
        ).count(),
    }
