"""Recommended actions on an alert.

A later floor (response planning) builds the plan of a crisis beside its alert — never before it,
so planning cannot delay a page — and then hands escalation the plan's top actions and a link to
it. Escalation does not know where they come from: it stores them on the alert
(`details["recommended_actions"]`: `{"title", "owner", "due_at"}`; `details["recommended_link"]`:
a path on the tenant's host) and every message rendered from then on carries them
(`escalation.transports.base.recommendations`).

Messages already sent when they arrive: the Slack cards are rewritten in place, and each person
a page already reached by another channel gets one update on their thread with the actions.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction

from config.celery import enqueue
from escalation import paging
from escalation.models import Alert, Notification, Stakeholder
from escalation.timeline import alert_timeline

Status = Notification.Status


def alert_recommend(*, alert: Alert, actions: list[dict[str, Any]], link_path: str) -> bool:
    """Set the alert's recommended actions and link (row lock). Returns False when the alert is
    resolved or already carries exactly these."""
    with transaction.atomic():
        locked = Alert.objects.select_for_update().get(pk=alert.pk)
        details = dict(locked.details or {})
        if locked.state == Alert.State.RESOLVED or (
            details.get("recommended_actions") == actions and details.get("recommended_link") == link_path
        ):
            return False
        first = "recommended_actions" not in details
        details.update(recommended_actions=actions, recommended_link=link_path)
        locked.details = details
        locked.save(update_fields=["details", "updated_at"])
        pages = Notification.objects.filter(
            alert=locked, purpose=Notification.Purpose.NOTIFY, kind=Notification.Kind.PAGE, status=Status.SENT
        )
        if locked.state == Alert.State.TRIGGERED and pages.filter(channel="slack").exists():
            enqueue("escalation.slack_refresh_messages", alert_id=locked.pk)
        told = 0
        if first:
            # Only people whose page left by a channel that cannot be rewritten (email, Teams, SMS).
            rewritable = set(pages.filter(channel="slack").values_list("stakeholder_id", flat=True))
            others = set(pages.exclude(channel="slack").values_list("stakeholder_id", flat=True)) - rewritable
            text = _update_text(locked, actions)
            for person in Stakeholder.objects.filter(pk__in=others - {None}, is_active=True).order_by("pk"):
                if paging.update_queue(alert=locked, person=person, text=text) is not None:
                    told += 1
            # Once: later changes (a task done, the next one up) only refresh what messages show.
            alert_timeline(
                alert=locked,
                kind="response",
                message=f"Alert #{locked.pk} carries {len(actions)} recommended action"
                + ("s" if len(actions) != 1 else "")
                + (f"; {told} already paged told in their thread" if told else ""),
                data={"actions": [a.get("title") for a in actions], "told": told},
            )
    return True


def _update_text(alert: Alert, actions: list[dict[str, Any]]) -> str:
    lines = [f"Response plan for {alert.title} (alert #{alert.pk}). Recommended actions:"]
    lines += [
        f"{i}. {a.get('title', '')}" + (f" — {a['owner']}" if a.get("owner") else "")
        for i, a in enumerate(actions, 1)
    ]
    return "\n".join(lines)
