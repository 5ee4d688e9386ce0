"""Celery tasks of the escalation stage: thin wrappers that take ids and call a service.

All are idempotent (dedup keys, conditional claims, version checks) and `acks_late`.
"""

from __future__ import annotations

import logging

from django.db import transaction

from config.celery import add_periodic, stage_task
from crisis.models import Crisis
from escalation import delivery, digest, incidents, owed, tiers, upkeep
from escalation.models import Alert
from tenants import clock

logger = logging.getLogger(__name__)


@stage_task("escalation.trigger_crisis_alert")
def trigger_crisis_alert(crisis_id: int, level: str) -> int | None:
    crisis = Crisis.objects.filter(pk=crisis_id).first()
    if crisis is None:
        return None
    result = incidents.alert_trigger_for_crisis(crisis=crisis, level=level)
    return result[0].pk if result else None


@stage_task("escalation.trigger_event_alert")
def trigger_event_alert(classification_id: int) -> int | None:
    """Once per classification, however often the hand-off arrives (escalation.owed)."""
    return owed.classification_trigger(classification_id=classification_id)


@stage_task("escalation.resolve_crisis_alerts")
def resolve_crisis_alerts(crisis_id: int) -> int:
    crisis = Crisis.objects.filter(pk=crisis_id).first()
    return incidents.alerts_resolve_for_crisis(crisis=crisis) if crisis else 0


@stage_task("escalation.deliver_notification")
def deliver_notification(notification_id: int) -> str:
    return delivery.notification_deliver(notification_id=notification_id)


@stage_task("escalation.escalate_alert")
def escalate_alert(alert_id: int, version: int) -> bool:
    """The precise per-tier timer; dropped when `version` is stale (ACK or escalation since)."""
    return tiers.alert_escalate(alert_id=alert_id, version=version)


@stage_task("escalation.notify_admins")
def notify_admins(subject: str, reason: str, alert_id: int | None = None) -> int:
    return upkeep.admins_notify(subject=subject, reason=reason, alert_id=alert_id)


@stage_task("escalation.crisis_merged")
def crisis_merged(source_id: int, target_id: int) -> int:
    """Two crises became one story: the source's alerts follow the target."""
    source = Crisis.objects.filter(pk=source_id).first()
    target = Crisis.objects.filter(pk=target_id).first()
    if source is None or target is None:
        return 0
    return incidents.alerts_move_to_crisis(source=source, target=target)


@stage_task("escalation.slack_update_messages")
def slack_update_messages(alert_id: int) -> int:
    """After ACK/resolve, replace the buttons of the Slack messages already sent (best effort)."""
    return slack_messages_refresh(alert_id=alert_id, roots_only=False)


@stage_task("escalation.slack_refresh_messages")
def slack_refresh_messages(alert_id: int) -> int:
    """After an event folded into the alert: its first messages show the new count and events."""
    return slack_messages_refresh(alert_id=alert_id, roots_only=True)


def slack_messages_refresh(*, alert_id: int, roots_only: bool) -> int:
    from escalation.models import ChannelConfig
    from escalation.transports.slack.transport import SlackTransport

    alert = Alert.objects.filter(pk=alert_id).first()
    config = ChannelConfig.objects.filter(kind="slack", enabled=True).first()
    if alert is None or config is None:
        return 0
    updated = 0
    transport = SlackTransport()
    current = delivery.incident_current_alert(alert)
    for message_id in delivery.slack_first_messages(alert=alert, roots_only=roots_only):
        try:
            transport.refresh(
                config=config, alert=current, message_id=message_id, host=delivery.tenant_host()
            )
            updated += 1
        except Exception:
            logger.warning("could not update Slack message %s", message_id, exc_info=True)
    return updated


@stage_task("escalation.beat.send_digests")
def send_digests() -> int:
    return digest.digests_send()


@stage_task("escalation.beat.check_deadlines")
def check_deadlines() -> int:
    return tiers.alerts_check_deadlines()


@stage_task("escalation.beat.audit")
def audit() -> dict:
    """Stuck escalations (deadline long past, still triggered) and lost deliveries."""
    from datetime import timedelta

    from django.conf import settings

    grace = timedelta(seconds=settings.ESCALATION_AUDIT_GRACE_SECONDS)
    stuck = list(
        Alert.objects.filter(state=Alert.State.TRIGGERED, ack_deadline__lt=clock.now() - grace).values_list(
            "pk", flat=True
        )
    )
    for alert_id in stuck:
        logger.warning("auditor: alert #%s missed its escalation deadline; escalating now", alert_id)
        with transaction.atomic():
            tiers.alert_escalate(alert_id=alert_id, reason="auditor: escalation timer was lost")
    report = upkeep.deliveries_audit()
    report["stuck_alerts"] = stuck
    return report


@stage_task("escalation.beat.adopt_story_alerts")
def adopt_story_alerts() -> int:
    """Event alerts that turned out to be part of an open crisis' story fold into its alert."""
    return incidents.alerts_adopt_sweep()


@stage_task("escalation.beat.sweep_owed")
def sweep_owed() -> dict:
    """Hand-offs of the earlier stages that never arrived (a broker outage), from the rows."""
    return owed.owed_sweep()


add_periodic("escalation-check-deadlines", "escalation.beat.check_deadlines", 10)
add_periodic("escalation-sweep-owed", "escalation.beat.sweep_owed", 60)
add_periodic("escalation-audit", "escalation.beat.audit", 60)
add_periodic("escalation-digests", "escalation.beat.send_digests", 60)
add_periodic("escalation-adopt-story-alerts", "escalation.beat.adopt_story_alerts", 60)
