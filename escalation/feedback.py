"""Stakeholder feedback: "not a crisis / false alarm" next to ACK on every page (Slack button,
email link, SMS reply "NO <code>", the dashboard, the demo outbox).

An answer is recorded once per person and alert (`AlertFeedback`), written on the crisis timeline,
acknowledges the alert (whoever says "false alarm" has handled the page), and becomes review
ground truth for every P0/P1 event that paged or folded into the incident
(`classification.feedback`), so it shows in the false-positive-rate metric and the ML-quality
dashboard, and trains the next model.
"""

from __future__ import annotations

from django.db import transaction

from classification.feedback import review_item_from_feedback
from classification.models import Classification
from escalation import metrics
from escalation.models import Alert, AlertFeedback, Stakeholder
from escalation.services import alert_acknowledge
from escalation.timeline import alert_broadcast, alert_timeline
from tenants import clock

GROUND_TRUTH_LIMIT = 50
# A false alarm is informational: the lowest severity, whatever category the model said.
FALSE_ALARM_SEVERITY = "P4"


def alert_feedback(
    *,
    alert: Alert,
    via: str,
    actor: str,
    verdict: str = AlertFeedback.Verdict.FALSE_ALARM,
    stakeholder: Stakeholder | None = None,
    by_user=None,
    note: str = "",
) -> AlertFeedback:
    """Record one person's answer to a page (idempotent per alert and person)."""
    by_user = by_user if getattr(by_user, "pk", None) else None
    with transaction.atomic():
        feedback, created = AlertFeedback.objects.get_or_create(
            alert=alert,
            actor=actor[:200],
            defaults={
                "verdict": verdict,
                "stakeholder": stakeholder,
                "user": by_user,
                "via": via,
                "note": note,
                "created_at": clock.now(),
            },
        )
        if not created:
            return feedback
        metrics.feedback.labels(verdict=verdict, via=via).inc()
        label = AlertFeedback.Verdict(verdict).label
        truth = _ground_truth(alert) if verdict == AlertFeedback.Verdict.FALSE_ALARM else []
        alert_timeline(
            alert=alert,
            kind="feedback",
            actor=actor,
            message=f"{actor} via {via} on alert #{alert.pk}: {label}"
            + (f" — {note}" if note else "")
            + (f"; {len(truth)} event verdict(s) recorded as review ground truth" if truth else ""),
            data={"alert_id": alert.pk, "verdict": verdict, "via": via, "classifications": truth},
        )
        for cls in Classification.objects.filter(pk__in=truth):
            review_item_from_feedback(
                classification=cls,
                by=by_user,
                severity=FALSE_ALARM_SEVERITY,
                category=cls.category,
                reason=f"stakeholder feedback: not a crisis ({actor} via {via})",
            )
        alert_broadcast(alert=alert, change="feedback")
    if verdict == AlertFeedback.Verdict.FALSE_ALARM:
        alert_acknowledge(alert=alert, by_user=by_user, via=via, actor=actor)
    return feedback


def _ground_truth(alert: Alert) -> list[int]:
    """Classifications of the P0/P1 events of the alert's incident: those that paged (an event
    alert's own) and those folded into an alert of it."""
    alerts = (
        Alert.objects.filter(crisis_id=alert.crisis_id)
        if alert.crisis_id
        else Alert.objects.filter(pk=alert.pk)
    )
    ids: set[int] = set()
    event_ids: set[int] = set()
    for cls_id, details in alerts.values_list("classification_id", "details"):
        if cls_id:
            ids.add(cls_id)
        event_ids.update(int(r["event_id"]) for r in (details or {}).get("events", []) if r.get("event_id"))
        event_ids.update(int(x) for x in (details or {}).get("event_ids", []))
    ids.update(
        Classification.objects.filter(event_id__in=event_ids, severity__in=("P0", "P1")).values_list(
            "pk", flat=True
        )
    )
    return sorted(ids)[:GROUND_TRUTH_LIMIT]
