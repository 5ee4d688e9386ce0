"""Reads for crises."""

from __future__ import annotations

from django.db.models import QuerySet

from crisis.models import Crisis


def crisis_list_active() -> QuerySet[Crisis]:
    return Crisis.objects.exclude(status=Crisis.Status.RESOLVED).order_by("-score")
