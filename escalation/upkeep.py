"""Upkeep of delivery: the tenant admins' notices (a channel disabled, a page halted by a
guardrail) and the auditor that re-runs deliveries whose task was lost."""

from __future__ import annotations

import hashlib
import logging
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model

from escalation.attempts import delivery_enqueue
from escalation.models import Alert, ChannelConfig, Notification
from escalation.transports.base import TransportError
from escalation.transports.email.transport import send_email
from tenants import clock

logger = logging.getLogger(__name__)

Status = Notification.Status
Purpose = Notification.Purpose


# --- Admin notices ----------------------------------------------------------------------------


def admins_notify(*, subject: str, reason: str, alert_id: int | None) -> int:
    """Email every tenant admin that a channel was disabled. One row per admin, written first;
    the unique idempotency key makes a re-run of the task a no-op."""
    alert = Alert.objects.filter(pk=alert_id).first() if alert_id else None
    if alert is None:
        logger.warning("channel disabled without an alert: %s", subject)
        return 0
    config = ChannelConfig.objects.filter(kind="email").first()
    sent = 0
    admins = get_user_model().objects.filter(groups__name="admin", is_active=True).exclude(email="")
    for user in admins:
        key = hashlib.sha256(f"{alert_id}|{subject}|{user.email}".encode()).hexdigest()[:64]
        n, created = Notification.objects.get_or_create(
            idempotency_key=key,
            defaults={
                "alert": alert,
                "purpose": Purpose.ADMIN_NOTICE,
                "channel": "email",
                "address": user.email,
                "status": Status.SENDING,
                "scheduled_for": clock.now(),
                "claimed_at": clock.now(),
            },
        )
        if not created:
            continue
        text = (
            f"{subject}.\n\nReason: {reason}\n\nAlert #{alert.pk}: {alert.title}\n"
            f"Re-enable the channel in the admin (Escalation → Channel configs / Stakeholders) once fixed.\n"
        )
        try:
            send_email(
                config=config,
                to=user.email,
                subject=f"[CrisisOps] {subject}",
                text=text,
                html=None,
                message_id=key,
            )
        except TransportError as exc:
            Notification.objects.filter(pk=n.pk).update(
                status=Status.FAILED, error=str(exc), finished_at=clock.now()
            )
            continue
        Notification.objects.filter(pk=n.pk).update(status=Status.SENT, finished_at=clock.now())
        sent += 1
    return sent


# --- Auditor ----------------------------------------------------------------------------------


def deliveries_audit() -> dict[str, Any]:
    """Re-enqueue attempts whose task was lost: pending well past their time, or `sending` with an
    expired lease (the worker died mid-send)."""
    now = clock.now()
    grace = timedelta(seconds=settings.ESCALATION_AUDIT_GRACE_SECONDS)
    pending = list(
        Notification.objects.filter(status=Status.PENDING, scheduled_for__lt=now - grace).values_list(
            "pk", flat=True
        )
    )
    stale = list(
        Notification.objects.filter(
            status=Status.SENDING,
            claimed_at__lt=now - timedelta(seconds=settings.ESCALATION_DELIVERY_LEASE_SECONDS),
        ).values_list("pk", flat=True)
    )
    for pk in pending + stale:
        delivery_enqueue(pk)
    if pending or stale:
        logger.warning("auditor re-enqueued %d pending and %d stale deliveries", len(pending), len(stale))
    return {"pending": pending, "stale": stale}
