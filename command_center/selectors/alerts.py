"""Alerts as the command center shows them: lists, the alert of a crisis, its delivery history,
the event alerts that belong to a crisis's story.

Plain reads of escalation's models; escalation's own selectors where they already say it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Prefetch, Q, QuerySet

from crisis import stories
from crisis.models import Crisis
from crisis.tenant_config import grouping_settings
from escalation import selectors as escalation_selectors
from escalation.models import Alert, Notification
from tenants import clock

STORY_SCAN = 200
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


def crisis_notifications(*, crisis: Crisis, limit: int = 100) -> list[Notification]:
    """Every delivery attempt about the crisis' incident (all its alerts: the event alerts it
    adopted, the levels it went through), oldest first."""
    return list(
        Notification.objects.filter(alert__crisis=crisis)
        .select_related("stakeholder")
        .order_by("created_at", "id")[:limit]
    )


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
    """The crisis's triggered alerts, and the triggered single-event P0/P1 alerts of its story that
    escalation has not attached to it yet (raised while it built up, before its alert adopted
    them): whoever takes the crisis takes those too, or they would keep paging people about the
    incident already being handled. "Of its story" is crisis.stories' judgement, the one
    escalation folds by: a subject of the story (or co-mentioned with it), no conflicting
    category; no subject at all with the same category family; or close text."""
    cfg = grouping_settings()
    since = (crisis.first_event_at or crisis.opened_at) - timedelta(seconds=cfg.lead_seconds)
    loose = list(
        Alert.objects.filter(crisis__isnull=True, state=Alert.State.TRIGGERED, triggered_at__gte=since)
        .select_related("classification__event")
        .order_by("pk")[:STORY_SCAN]
    )
    keep: list[int] = []
    if loose:
        story = stories.story_of(crisis, cfg)
        probes = [_probe(a) for a in loose]
        belong, _ = stories.split(probes, story, cfg)
        kept = {id(p) for p, _ in belong}
        keep = [a.pk for a, p in zip(loose, probes, strict=True) if id(p) in kept]
    return Alert.objects.filter(Q(crisis=crisis) | Q(pk__in=keep), state=Alert.State.TRIGGERED)


def _probe(alert: Alert) -> stories.Probe:
    event = alert.classification.event if alert.classification is not None else None
    if event is not None:
        return stories.probe_of(event)
    subjects = alert.subjects or ([alert.subject] if alert.subject else [])
    return stories.Probe(None, frozenset(subjects), alert.category, f"{alert.title} {alert.summary}".strip())
