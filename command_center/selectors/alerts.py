"""Alerts as the command center shows them: lists, the alert of a crisis, its delivery history,
the event alerts that belong to a crisis's story.

Plain reads of escalation's models; escalation's own selectors where they already say it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Prefetch, Q, QuerySet

from crisis.models import Crisis
from escalation import selectors as escalation_selectors
from escalation.models import Alert, Notification
from ingestion.models import Event
from tenants import clock

# How far back before a crisis's first event an event alert still belongs to its story.
STORY_LEAD = timedelta(hours=1)
STORY_SUBJECT_SCAN = 5000
LIST_LIMIT = 200


@dataclass
class AlertRow:
    alert: Alert
    needs_ack: bool
    deadline: datetime | None  # the ACK SLA, while nobody has acknowledged
    notifications: list[Notification]


def alert_rows(*, alerts: QuerySet[Alert], limit: int = LIST_LIMIT) -> list[AlertRow]:
    """One row per alert with its delivery history (two queries, whatever the number of alerts)."""
    attempts = Notification.objects.select_related("stakeholder").order_by("created_at", "id")
    rows = []
    for alert in alerts.prefetch_related(Prefetch("notifications", queryset=attempts))[:limit]:
        needs_ack = alert.state == Alert.State.TRIGGERED
        rows.append(
            AlertRow(
                alert=alert,
                needs_ack=needs_ack,
                deadline=alert.sla_deadline if needs_ack else None,
                notifications=list(alert.notifications.all()),
            )
        )
    return rows


def alerts_open() -> QuerySet[Alert]:
    return escalation_selectors.alerts_open()


def alerts_for_user(*, user) -> QuerySet[Alert]:
    return escalation_selectors.alerts_for_user(user=user)


def alert_get(*, alert_id: int | None) -> Alert | None:
    if not alert_id:
        return None
    return escalation_selectors.alert_get(alert_id=alert_id)


def alert_notifications(*, alert: Alert | None, limit: int = 50) -> list[Notification]:
    """Delivery attempts of the alert, oldest first (retries, fallbacks and provider syncs)."""
    if alert is None:
        return []
    return list(escalation_selectors.alert_notifications(alert=alert)[:limit])


def alert_for_crisis(*, crisis: Crisis, include_resolved: bool = False) -> Alert | None:
    """The crisis's newest unresolved alert; with `include_resolved`, its newest alert at all
    (who was notified stays a question after the crisis is over)."""
    alerts = Alert.objects.filter(crisis=crisis)
    if not include_resolved:
        alerts = alerts.exclude(state=Alert.State.RESOLVED)
    return alerts.order_by("-triggered_at", "-pk").first()


def sla_breaches_today() -> int:
    """Alerts whose ACK SLA ran out since midnight (platform clock)."""
    start = clock.now().replace(hour=0, minute=0, second=0, microsecond=0)
    return Alert.objects.filter(sla_breached=True, sla_deadline__gte=start).count()


def story_alerts(*, crisis: Crisis) -> QuerySet[Alert]:
    """The crisis's own triggered alerts and the single-event P0/P1 alerts of the same story,
    raised by classification before or while the crisis built up: whoever takes the crisis takes
    those too, or they would keep paging people about the incident already being handled.

    The story's subjects are the crisis's subject and every subject mentioned together with it
    since the build-up began ("my Northwind card was charged after the Northwind Bank breach"
    ties northwind-card to northwind-bank); event alerts with no watched subject belong to it
    when they share its category and came while it was building up.
    """
    since = (crisis.first_event_at or crisis.opened_at) - STORY_LEAD
    subjects = {crisis.subject}
    related = Event.objects.filter(subjects__contains=[crisis.subject], occurred_at__gte=since)
    for event_subjects in related.values_list("subjects", flat=True)[:STORY_SUBJECT_SCAN]:
        subjects.update(event_subjects or [])
    same_story = Q(crisis__isnull=True, subject__in=subjects, triggered_at__gte=since)
    unattributed = Q(crisis__isnull=True, subject="", category=crisis.category, triggered_at__gte=since)
    return Alert.objects.filter(Q(crisis=crisis) | same_story | unattributed, state=Alert.State.TRIGGERED)
