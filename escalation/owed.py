"""Work the earlier stages handed to escalation that never arrived, re-sent from the rows that
prove it is owed (a hand-off is a message sent after commit; a broker outage or a crash between
commit and send loses it):

- a P0/P1 classification that asked for a page (`Classification.paged`) with no `EventTrigger`
  row: `escalation.trigger_event_alert` again;
- a crisis whose timeline says it was handed off at a level ("Handed off to escalation") with no
  alert of that level (`crisis:<id>:<level>`): `escalation.trigger_crisis_alert` again;
- a resolved crisis with an alert still open: `escalation.resolve_crisis_alerts` again.

Each hand-off is idempotent (the EventTrigger row, the alert's dedup key, resolving a resolved
alert), so a message that was only slow, not lost, is harmless to send again.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.db import connection, transaction

from classification.models import Classification
from config.celery import enqueue
from crisis.models import Crisis, TimelineEntry
from escalation import incidents
from escalation.models import Alert, EventTrigger
from tenants import clock

logger = logging.getLogger(__name__)

# A hand-off younger than this may still be on its way; older than LOOKBACK it is history.
GRACE_SECONDS = 120
LOOKBACK_HOURS = 6
BATCH = 500


def classification_trigger(*, classification_id: int) -> int | None:
    """Handle a P0/P1 classification's hand-off once: its EventTrigger row is written in the same
    transaction as the alert it opens or updates. A second delivery (or a concurrent one, which
    waits on the row's unique key) finds the row and does nothing. Returns the alert id."""
    with transaction.atomic():
        record, created = EventTrigger.objects.get_or_create(
            classification_id=classification_id, defaults={"handled_at": clock.now()}
        )
        if not created:
            return record.alert_id
        # One story decision at a time per tenant: two P0/P1 events of one forming story handled
        # by two workers at once would each find no alert to join and page twice.
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_advisory_xact_lock(hashtext(%s))", [f"{connection.schema_name}:story-alerts"]
            )
        classification = (
            Classification.objects.select_related("event__source").filter(pk=classification_id).first()
        )
        result = (
            incidents.alert_trigger_for_classification(classification=classification)
            if classification
            else None
        )
        record.alert = result[0] if result else None
        record.outcome = EventTrigger.Outcome.ALERTED if result else EventTrigger.Outcome.SKIPPED
        record.save(update_fields=["alert", "outcome"])
    return record.alert_id


def owed_sweep() -> dict[str, int]:
    """The beat sweep (`escalation.beat.sweep_owed`): re-send every owed hand-off (module doc)."""
    now = clock.now()
    since, until = now - timedelta(hours=LOOKBACK_HOURS), now - timedelta(seconds=GRACE_SECONDS)
    report = {
        "event_triggers": _resend_event_triggers(since, until),
        "crisis_triggers": _resend_crisis_triggers(since, until),
        "crisis_resolutions": _resend_resolutions(since, until),
    }
    if any(report.values()):
        logger.warning("re-sent owed escalation hand-offs: %s", report)
    return report


def _resend_event_triggers(since, until) -> int:
    ids = list(
        Classification.objects.filter(paged=True, created_at__gte=since, created_at__lt=until)
        .exclude(pk__in=EventTrigger.objects.values("classification_id"))
        .order_by("pk")
        .values_list("pk", flat=True)[:BATCH]
    )
    for pk in ids:
        enqueue("escalation.trigger_event_alert", classification_id=pk)
    return len(ids)


def _resend_crisis_triggers(since, until) -> int:
    handed = (
        TimelineEntry.objects.filter(
            kind=TimelineEntry.Kind.ROUTING,
            data__task="escalation.trigger_crisis_alert",
            at__gte=since,
            at__lt=until,
        )
        .exclude(crisis__status=Crisis.Status.RESOLVED)
        .values_list("crisis_id", "data__level")
        .distinct()[:BATCH]
    )
    wanted = {f"crisis:{crisis_id}:{level}": (crisis_id, level) for crisis_id, level in handed if level}
    have = set(Alert.objects.filter(dedup_key__in=list(wanted)).values_list("dedup_key", flat=True))
    owed = [pair for key, pair in wanted.items() if key not in have]
    for crisis_id, level in owed:
        enqueue("escalation.trigger_crisis_alert", crisis_id=crisis_id, level=level)
    return len(owed)


def _resend_resolutions(since, until) -> int:
    crisis_ids = list(
        Alert.objects.filter(
            crisis__status=Crisis.Status.RESOLVED,
            crisis__resolved_at__gte=since,
            crisis__resolved_at__lt=until,
        )
        .exclude(state=Alert.State.RESOLVED)
        .values_list("crisis_id", flat=True)
        .distinct()[:BATCH]
    )
    for crisis_id in crisis_ids:
        enqueue("escalation.resolve_crisis_alerts", crisis_id=crisis_id)
    return len(crisis_ids)
