"""Delivery of one message: the claim, the send, retries and channel fallback; the auditor of lost
deliveries; the admins' notice when a channel is disabled.

Every attempt is a `Notification` row written *before* anything is sent (`escalation.attempts`).
`notification_deliver`
(run by the `escalation.deliver_notification` task, at least once) does:

1. Claim: lock the alert row FOR SHARE (an ACK holds it FOR UPDATE, so a claim and an ACK
   serialize), lock the attempt row, refuse if the attempt is finished, if another worker holds a
   fresh claim, or if the alert is no longer triggered (after ACK nobody is notified again).
   Mark it `sending` with a lease; commit.
2. Send through the channel's transport, outside any transaction.
3. Record the outcome. A transient error schedules the next attempt on the same channel with
   exponential backoff (3 attempts per channel); when they are used up — or at once on a
   permanent error — the next channel of the recipient's chain gets a new attempt immediately.
   A permanent error also disables the channel (for the recipient or the whole tenant) and tells
   the tenant's admins.

A redelivered task (worker killed after the claim) finds the attempt `sending`; once the lease has
expired it sends again with the *same* idempotency key (Message-ID, Idempotency-Key header,
PagerDuty dedup_key, Slack message metadata), so providers and receivers can drop the copy.
"""

from __future__ import annotations

import hashlib
import logging
import time
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection, transaction

from config.celery import enqueue
from escalation import metrics
from escalation.attempts import (
    channel_configs,
    delivery_enqueue,
    notification_create,
    notification_next_channel,
)
from escalation.models import Alert, ChannelConfig, Notification, Stakeholder
from escalation.timeline import alert_timeline
from escalation.transports import get_transport
from escalation.transports.base import SendContext, TransportError
from escalation.transports.email.transport import send_email
from tenants import clock
from tenants.realtime import broadcast_on_commit

logger = logging.getLogger(__name__)

Status = Notification.Status
Purpose = Notification.Purpose
FINISHED = {Status.SENT, Status.FAILED, Status.FAILED_PERMANENT, Status.CANCELLED, Status.SKIPPED}
CHANNEL_LABEL = {
    "slack": "Slack",
    "teams": "Teams",
    "email": "Email",
    "sms": "SMS",
    "pagerduty": "PagerDuty",
    "webhook": "Webhook",
}


# --- Delivering one attempt -------------------------------------------------------------------


def _lease() -> timedelta:
    return timedelta(seconds=settings.ESCALATION_DELIVERY_LEASE_SECONDS)


def _claim(notification_id: int) -> tuple[Notification | None, str]:
    now = clock.now()
    alert_id = Notification.objects.filter(pk=notification_id).values_list("alert_id", flat=True).first()
    if alert_id is None:
        return None, "missing"
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT state FROM {Alert._meta.db_table} WHERE id = %s FOR SHARE", [alert_id])  # noqa: S608
            row = cursor.fetchone()
        n = Notification.objects.select_for_update().get(pk=notification_id)
        if n.status in FINISHED:
            return None, f"already {n.status}"
        if n.status == Status.SENDING and n.claimed_at and n.claimed_at > now - _lease():
            return None, "claimed by another worker"
        if n.purpose == Purpose.NOTIFY and (row is None or row[0] != Alert.State.TRIGGERED):
            n.status = Status.CANCELLED
            n.error = f"alert {row[0] if row else 'deleted'} before sending"
            n.finished_at = now
            n.save(update_fields=["status", "error", "finished_at"])
            return None, "cancelled"
        n.status = Status.SENDING
        n.claimed_at = now
        n.save(update_fields=["status", "claimed_at"])
    return n, "claimed"


def notification_deliver(*, notification_id: int) -> str:
    """Claim, send, record (see the module docstring). Safe to run any number of times."""
    n, outcome = _claim(notification_id)
    if n is None:
        return outcome
    alert = Alert.objects.select_related("crisis").get(pk=n.alert_id)
    config = ChannelConfig.objects.filter(kind=n.channel).first()
    transport = get_transport(n.channel)
    ctx = SendContext(notification=n, config=config, schema_name=connection.schema_name, host=_tenant_host())
    started = time.perf_counter()
    error: TransportError | None = None
    result = None
    try:
        if config is None:
            raise TransportError(f"{n.channel} not configured")
        result = transport.send(alert, n.stakeholder, ctx=ctx)
    except TransportError as exc:
        error = exc
    except Exception as exc:  # a bug in a transport must not strand the chain
        logger.exception("transport %s crashed", n.channel)
        error = TransportError(f"{exc.__class__.__name__}: {exc}")
    latency_ms = (time.perf_counter() - started) * 1000
    if error is None:
        _record_sent(n, alert, result, latency_ms)
        return "sent"
    _record_failure(n, alert, error, latency_ms)
    return "permanent" if error.permanent else "transient"


def _record_sent(n: Notification, alert: Alert, result, latency_ms: float) -> None:
    now = clock.now()
    with transaction.atomic():
        Notification.objects.filter(pk=n.pk).update(
            status=Status.SENT,
            finished_at=now,
            latency_ms=latency_ms,
            provider_message_id=(result.provider_message_id or "")[:200],
            provider_response=result.response or {},
            address=(result.address or n.address)[:300],
        )
        metrics.notifications.labels(channel=n.channel, status="sent").inc()
        metrics.alert_delivery_latency.labels(channel=n.channel).observe(
            max((now - n.scheduled_for).total_seconds(), 0)
        )
        who = n.stakeholder.name if n.stakeholder else "tenant"
        what = {"notify": "notified", "acknowledge": "told of the ACK", "resolve": "told of the resolution"}
        _timeline(
            alert,
            f"{CHANNEL_LABEL.get(n.channel, n.channel)}: {who} {what.get(n.purpose, 'notified')} "
            f"(tier {n.tier + 1}, attempt {n.attempt}, {latency_ms:.0f} ms)",
            n,
            "sent",
        )
        _broadcast(n, "sent")


def _record_failure(n: Notification, alert: Alert, error: TransportError, latency_ms: float) -> None:
    now = clock.now()
    status = Status.FAILED_PERMANENT if error.permanent else Status.FAILED
    with transaction.atomic():
        Notification.objects.filter(pk=n.pk).update(
            status=status,
            finished_at=now,
            latency_ms=latency_ms,
            error=str(error)[:2000],
            provider_response=error.response or {},
        )
        metrics.notifications.labels(channel=n.channel, status=status).inc()
        who = n.stakeholder.name if n.stakeholder else "tenant"
        label = CHANNEL_LABEL.get(n.channel, n.channel)
        _broadcast(n, status)
        if error.permanent:
            _disable_channel(n, alert, error)
        max_attempts = settings.ESCALATION_MAX_ATTEMPTS_PER_CHANNEL
        still_open = Alert.objects.filter(pk=alert.pk, state=Alert.State.TRIGGERED).exists()
        if not error.permanent and n.attempt < max_attempts and (still_open or n.purpose != Purpose.NOTIFY):
            delay = settings.ESCALATION_RETRY_BACKOFF_SECONDS * (2 ** (n.attempt - 1))
            notification_create(
                alert=alert,
                stakeholder=n.stakeholder,
                channel=n.channel,
                chain=n.chain,
                tier=n.tier,
                round_=n.round,
                attempt=n.attempt + 1,
                address=n.address,
                delay=delay,
                purpose=n.purpose,
            )
            _timeline(
                alert,
                f"{label} to {who} failed ({error}); retry {n.attempt + 1}/{max_attempts} in {delay:g} s",
                n,
                status,
            )
            return
        if n.purpose != Purpose.NOTIFY or not still_open:
            _timeline(alert, f"{label} to {who} failed ({error})", n, status)
            return
        _timeline(alert, f"{label} to {who} failed ({error}); trying the next channel", n, status)
        notification_next_channel(
            alert=alert,
            stakeholder=n.stakeholder,
            chain=n.chain or [n.channel],
            after=n.channel,
            tier=n.tier,
            round_=n.round,
            configs=channel_configs(),
        )


def _disable_channel(n: Notification, alert: Alert, error: TransportError) -> None:
    reason = str(error)[:300]
    if error.scope == "recipient" and n.stakeholder is not None:
        person = Stakeholder.objects.select_for_update().get(pk=n.stakeholder_id)
        if n.channel in (person.disabled_channels or {}):
            return
        person.disabled_channels = {**(person.disabled_channels or {}), n.channel: reason}
        person.save(update_fields=["disabled_channels"])
        subject = f"{CHANNEL_LABEL.get(n.channel)} disabled for {person.name}"
    else:
        changed = ChannelConfig.objects.filter(kind=n.channel, enabled=True).update(
            enabled=False, disabled_reason=reason, disabled_at=clock.now()
        )
        if not changed:
            return
        subject = f"{CHANNEL_LABEL.get(n.channel)} channel disabled for the whole organisation"
    _timeline(alert, f"{subject}: {reason}", n, "disabled")
    broadcast_on_commit(
        kind="notification",
        payload={
            "alert_id": alert.pk,
            "channel": n.channel,
            "status": "channel_disabled",
            "message": subject,
        },
    )
    enqueue("escalation.notify_admins", subject=subject, reason=reason, alert_id=alert.pk)


def _timeline(alert: Alert, message: str, n: Notification, status: str) -> None:
    alert_timeline(
        alert=alert,
        kind="notification",
        message=message,
        actor=n.channel,
        data={
            "notification_id": n.pk,
            "channel": n.channel,
            "status": status,
            "attempt": n.attempt,
            "stakeholder_id": n.stakeholder_id,
        },
    )


def _broadcast(n: Notification, status: str) -> None:
    broadcast_on_commit(
        kind="notification",
        payload={
            "alert_id": n.alert_id,
            "notification_id": n.pk,
            "channel": n.channel,
            "status": status,
            "attempt": n.attempt,
            "tier": n.tier + 1,
            "stakeholder": n.stakeholder.name if n.stakeholder else None,
        },
    )


_HOSTS: dict[str, str] = {}


def _tenant_host() -> str:
    schema = connection.schema_name
    if schema not in _HOSTS:
        tenant = getattr(connection, "tenant", None)
        domain = (
            tenant.get_primary_domain()
            if tenant is not None and hasattr(tenant, "get_primary_domain")
            else None
        )
        _HOSTS[schema] = domain.domain if domain else "localhost"
    return _HOSTS[schema]


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
        Notification.objects.filter(status=Status.SENDING, claimed_at__lt=now - _lease()).values_list(
            "pk", flat=True
        )
    )
    for pk in pending + stale:
        delivery_enqueue(pk)
    if pending or stale:
        logger.warning("auditor re-enqueued %d pending and %d stale deliveries", len(pending), len(stale))
    return {"pending": pending, "stale": stale}
