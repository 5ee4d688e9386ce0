"""Command-center actions that span two stages (the command center sits above both)."""

from __future__ import annotations

from datetime import timedelta

from command_center.views import queries
from command_center.views._common import service
from crisis.models import Crisis


def _story_alerts(Alert, crisis: Crisis):
    """The crisis's own alerts and the single-event P0/P1 alerts of the same story, raised by
    classification before or while the crisis built up: whoever takes the crisis takes those
    too, or they would keep paging people about the incident already being handled.

    The story's subjects are the crisis's subject and every subject mentioned together with it
    since the build-up began ("my Northwind card was charged after the Northwind Bank breach"
    ties northwind-card to northwind-bank); event alerts with no watched subject belong to it
    when they share its category and came while it was building up.
    """
    from django.db.models import Q

    from ingestion.models import Event

    since = (crisis.first_event_at or crisis.opened_at) - timedelta(hours=1)
    subjects = {crisis.subject}
    related = Event.objects.filter(subjects__contains=[crisis.subject], occurred_at__gte=since)
    for event_subjects in related.values_list("subjects", flat=True)[:5000]:
        subjects.update(event_subjects or [])
    same_story = Q(crisis__isnull=True, subject__in=subjects, triggered_at__gte=since)
    unattributed = Q(crisis__isnull=True, subject="", category=crisis.category, triggered_at__gte=since)
    return Alert.objects.filter(Q(crisis=crisis) | same_story | unattributed, state="triggered")


def crisis_acknowledge_everywhere(*, crisis: Crisis, by_user) -> Crisis:
    """A person takes the crisis: its open escalation alerts are acknowledged (which stops the
    paging and acknowledges the crisis through escalation), then the crisis itself (idempotent,
    for a crisis without alerts)."""
    Alert = queries.alert_model()
    if Alert is not None:
        ack = service("escalation.services.alert_acknowledge")
        for alert in _story_alerts(Alert, crisis):
            ack(alert=alert, by_user=by_user, via="web", actor=by_user.email)
    return service("crisis.services.crisis_acknowledge")(crisis=crisis, by_user=by_user, via="web")
