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

import logging
import time
from datetime import timedelta

from django.conf import settings
from django.db import connection, transaction

from config.celery import enqueue
from escalation import guardrails, metrics, paging
from escalation.attempts import (
    channel_configs,
    notification_create,
    notification_next_channel,
)
from escalation.models import Alert, ChannelConfig, Notification, Stakeholder
from escalation.timeline import alert_timeline
from escalation.transports import get_transport
from escalation.transports.base import SendContext, TransportError
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
        state = row[0] if row else "deleted"
        if n.purpose == Purpose.NOTIFY and not _still_due(n, state):
            n.status = Status.CANCELLED
            n.error = f"alert {state} before sending"
            n.finished_at = now
            n.save(update_fields=["status", "error", "finished_at"])
            return None, "cancelled"
        n.status = Status.SENDING
        n.claimed_at = now
        n.save(update_fields=["status", "claimed_at"])
    return n, "claimed"


def _still_due(n: Notification, state: str) -> bool:
    """A page goes only while the alert is triggered (after ACK nobody is paged again); an update
    while it is not resolved; a resolved message and a digest always."""
    if n.kind == Notification.Kind.PAGE:
        return state == Alert.State.TRIGGERED
    if n.kind == Notification.Kind.UPDATE:
        return state in (Alert.State.TRIGGERED, Alert.State.ACKNOWLEDGED)
    return state != "deleted"


def notification_deliver(*, notification_id: int) -> str:
    """Claim, send, record (see the module docstring). Safe to run any number of times."""
    n, outcome = _claim(notification_id)
    if n is None:
        return outcome
    alert = Alert.objects.select_related("crisis").get(pk=n.alert_id)
    breach = guardrails.check(alert=alert, notification=n)
    if breach is not None:
        _record_halt(n, alert, breach)
        return "halted"
    n.thread_ref = thread_root(n, alert)
    if n.thread_ref:
        Notification.objects.filter(pk=n.pk).update(thread_ref=n.thread_ref[:200])
    config = ChannelConfig.objects.filter(kind=n.channel).first()
    transport = get_transport(n.channel)
    started = time.perf_counter()
    error: TransportError | None = None
    result = None
    try:
        if config is None:
            raise TransportError(f"{n.channel} not configured")
        ctx = SendContext(
            notification=n, config=config, schema_name=connection.schema_name, host=tenant_host()
        )
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


def thread_root(n: Notification, alert: Alert) -> str:
    """The message this one replies to: the provider id of the first message sent to the same
    person on the same channel about the same incident (paging.thread_of; '' for the first one,
    and for channels without threads)."""
    if n.stakeholder_id is None or n.channel not in paging.THREADABLE or n.purpose != Purpose.NOTIFY:
        return ""
    root = (
        Notification.objects.filter(
            paging.thread_of(alert),
            stakeholder_id=n.stakeholder_id,
            channel=n.channel,
            purpose=Purpose.NOTIFY,
            status=Status.SENT,
        )
        .exclude(pk=n.pk)
        .exclude(provider_message_id="")
        .order_by("finished_at", "id")
        .values_list("provider_message_id", flat=True)
        .first()
    )
    return root or ""


def _record_halt(n: Notification, alert: Alert, breach: guardrails.Breach) -> None:
    """A guardrail stopped this attempt: record it, tell the admins (once per rule and alert), and
    try the person's next compliant channel."""
    now = clock.now()
    with transaction.atomic():
        Notification.objects.filter(pk=n.pk).update(
            status=Status.HALTED, finished_at=now, error=breach.reason[:2000]
        )
        metrics.guardrail_halts.labels(rule=breach.rule).inc()
        who = n.stakeholder.name if n.stakeholder else "tenant"
        label = CHANNEL_LABEL.get(n.channel, n.channel)
        alert_timeline(
            alert=alert,
            kind="policy",
            message=f"{label} to {who} halted: {breach.reason}",
            actor=n.channel,
            data={
                "notification_id": n.pk,
                "rule": breach.rule,
                "channel": n.channel,
                "stakeholder_id": n.stakeholder_id,
            },
        )
        _broadcast(n, Status.HALTED)
        enqueue(
            "escalation.notify_admins",
            subject=f"Page halted by guardrail '{breach.rule}'",
            reason=breach.reason,
            alert_id=alert.pk,
        )
        if n.kind == Notification.Kind.PAGE and n.purpose == Purpose.NOTIFY:
            notification_next_channel(
                alert=alert,
                stakeholder=n.stakeholder,
                chain=n.chain or [n.channel],
                after=n.channel,
                tier=n.tier,
                round_=n.round,
                configs=channel_configs(),
            )


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
        if n.purpose == Purpose.NOTIFY:
            metrics.messages.labels(kind=n.kind, severity=n.severity or alert.severity).inc()
        metrics.alert_delivery_latency.labels(channel=n.channel).observe(
            max((now - n.scheduled_for).total_seconds(), 0)
        )
        if n.kind == Notification.Kind.PAGE and n.purpose == Purpose.NOTIFY:
            _observe_detection_to_alert(n, alert, now)
        who = n.stakeholder.name if n.stakeholder else "tenant"
        what = {"notify": "notified", "acknowledge": "told of the ACK", "resolve": "told of the resolution"}
        told = what.get(n.purpose, "notified")
        if n.purpose == Purpose.NOTIFY and n.kind != Notification.Kind.PAGE:
            told = {"update": "updated", "resolved": "told it is resolved", "digest": "sent the digest"}[
                n.kind
            ]
            told += " in the same thread" if n.thread_ref else ""
        _timeline(
            alert,
            f"{CHANNEL_LABEL.get(n.channel, n.channel)}: {who} {told} "
            f"(tier {n.tier + 1}, attempt {n.attempt}, {latency_ms:.0f} ms)",
            n,
            "sent",
        )
        _broadcast(n, "sent")


def _observe_detection_to_alert(n: Notification, alert: Alert, now) -> None:
    """The mission's detection→alert time, once per alert: at its first page accepted. (Two first
    pages racing in two workers may both count; the SLO is a p95, a double sample barely moves it.)"""
    earlier = Notification.objects.filter(
        alert=alert, kind=Notification.Kind.PAGE, purpose=Purpose.NOTIFY, status=Status.SENT
    ).exclude(pk=n.pk)
    if earlier.exists():
        return
    detected = alert.triggered_at
    if alert.crisis_id is not None and alert.crisis is not None:
        detected = alert.crisis.opened_at
    elif alert.classification_id is not None and alert.classification is not None:
        detected = alert.classification.created_at
    metrics.detection_to_alert.labels(severity=alert.severity).observe(
        max((now - detected).total_seconds(), 0)
    )


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
        person = Stakeholder.objects.select_for_update().get(pk=n.stakeholder.pk)
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


def tenant_host() -> str:
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


def slack_first_messages(*, alert: Alert, roots_only: bool = False) -> list[str]:
    """Provider ids ("channel:ts") of the Slack messages sent about the alert's incident that carry
    buttons (pages and updates; with `roots_only`, the thread-starting cards alone), for
    refreshing them after a fold, an ACK or a resolve."""
    rows = Notification.objects.filter(
        paging.incident_of(alert),
        channel="slack",
        purpose=Purpose.NOTIFY,
        status=Status.SENT,
        kind__in=(Notification.Kind.PAGE, Notification.Kind.UPDATE),
    ).exclude(provider_message_id="")
    if roots_only:
        rows = rows.filter(kind=Notification.Kind.PAGE, thread_ref="")
    return list(rows.values_list("provider_message_id", flat=True))


def incident_current_alert(alert: Alert) -> Alert:
    """What the incident's messages should show: its newest unresolved alert (an alert folded or
    superseded into another hands over to it), else the alert itself."""
    if alert.crisis_id is None:
        return alert
    current = (
        Alert.objects.filter(crisis_id=alert.crisis_id)
        .exclude(state=Alert.State.RESOLVED)
        .order_by("-triggered_at", "-pk")
        .first()
    )
    return current or alert
