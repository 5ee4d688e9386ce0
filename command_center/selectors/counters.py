"""The key figures on top of the command center and the ops dashboard."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.utils import timezone

from command_center.selectors.alerts import alerts_open, sla_breaches_today
from command_center.selectors.review import review_pending_count
from crisis.models import Crisis
from ingestion.models import Event


def counters() -> dict[str, Any]:
    since = timezone.now() - timedelta(seconds=60)  # ingested_at is wall-clock time
    return {
        "events_per_min": Event.objects.filter(ingested_at__gte=since).count(),
        "open_alerts": alerts_open().count(),
        "breaches_today": sla_breaches_today(),
        "active_crises": Crisis.objects.exclude(status=Crisis.Status.RESOLVED).count(),
        "pending_reviews": review_pending_count(),
    }
