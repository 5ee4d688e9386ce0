"""Telling tenant admins that events are held because PII redaction failed.

The log line at ERROR is immediate; the email goes out from a task (SMTP must not slow or fail a
processing batch) at most once per `PII_HOLD_EMAIL_INTERVAL_SECONDS` per tenant, with a count.
The held rows themselves are the admin-visible list (RawEvent admin, status "Held").
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import connection

from config.celery import enqueue
from tenants.redis import redis_client

logger = logging.getLogger(__name__)


def pii_hold_notify(*, raw_event_ids: list[int], reason: str) -> None:
    """Log at ERROR and (throttled) enqueue an email to the tenant's admins. Never raises."""
    logger.error(
        "PII redaction failed: %d raw event(s) held in %s (ids %s): %s",
        len(raw_event_ids),
        connection.schema_name,
        raw_event_ids[:20],
        reason,
    )
    interval = int(getattr(settings, "PII_HOLD_EMAIL_INTERVAL_SECONDS", 600))
    try:
        if not redis_client().set(
            f"ingestion:pii_hold_mail:{connection.schema_name}", "1", nx=True, ex=interval
        ):
            return
    except Exception:
        logger.warning("PII hold email throttle unavailable; sending anyway", exc_info=True)
    enqueue("ingestion.notify_pii_hold", raw_event_ids=raw_event_ids[:100], reason=reason[:500])


def pii_hold_email_admins(*, raw_event_ids: list[int], reason: str) -> int:
    """Email every admin of the current tenant about held events. Returns the number of recipients."""
    from django.contrib.auth import get_user_model
    from django.core.mail import send_mail

    from ingestion.models import RawEvent
    from tenants.roles import ADMIN

    recipients = sorted(
        set(
            get_user_model()
            .objects.filter(is_active=True, groups__name=ADMIN)
            .exclude(email="")
            .values_list("email", flat=True)
        )
    )
    if not recipients:
        logger.error("no tenant admin to tell about held PII events in %s", connection.schema_name)
        return 0
    total_held = RawEvent.objects.filter(status=RawEvent.Status.HELD_PII).count()
    body = (
        f"PII redaction failed, so {len(raw_event_ids)} event(s) were held instead of processed "
        f"({total_held} held in total). Nothing was lost and nothing unredacted reached any model.\n\n"
        f"Reason: {reason}\n\n"
        "Fix the cause, then release them from the admin: Ingestion › Raw events, filter "
        '"Status: Held: PII redaction failed", action "Release held events".\n'
    )
    send_mail(
        subject=f"[CrisisOps] {total_held} event(s) held: PII redaction failed",
        message=body,
        from_email=None,
        recipient_list=recipients,
    )
    return len(recipients)
