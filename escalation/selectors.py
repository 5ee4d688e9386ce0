"""Reads for alerts and their delivery history (the command center uses these)."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from escalation.models import Alert, Notification, Stakeholder


def alerts_open() -> QuerySet[Alert]:
    """Triggered and acknowledged alerts, most urgent first."""
    return (
        Alert.objects.exclude(state=Alert.State.RESOLVED)
        .select_related("crisis")
        .order_by("state", "severity", "-triggered_at")
    )


def alerts_for_user(*, user) -> QuerySet[Alert]:
    """Open alerts this user was paged for (through their stakeholder) or acknowledged."""
    if not getattr(user, "is_authenticated", False):
        return Alert.objects.none()
    person = Stakeholder.objects.filter(Q(user=user) | Q(email__iexact=user.email or "-")).first()
    cond = Q(acknowledged_by=user)
    if person is not None:
        cond |= Q(notifications__stakeholder=person)
    return alerts_open().filter(cond).distinct()


def alert_get(*, alert_id: int) -> Alert | None:
    return (
        Alert.objects.select_related("crisis", "acknowledged_by", "resolved_by").filter(pk=alert_id).first()
    )


def alert_notifications(*, alert: Alert) -> QuerySet[Notification]:
    """Every delivery attempt of the alert, oldest first (retries and fallbacks included)."""
    return Notification.objects.filter(alert=alert).select_related("stakeholder").order_by("created_at", "id")


def alert_for_crisis(*, crisis) -> Alert | None:
    return alerts_open().filter(crisis=crisis).order_by("-triggered_at").first()
