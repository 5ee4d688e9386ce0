"""Attempts to reach people: which channels can reach whom, the chain of channels a person is
tried on, and the `Notification` rows (one per attempt, written before anything is sent, its
delivery enqueued after commit). Sending one attempt is `escalation.delivery`.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from django.db.models import Q

from config.celery import enqueue
from escalation import guardrails
from escalation.models import DEFAULT_CONTACT_PREFERENCES, Alert, ChannelConfig, Notification, Stakeholder
from escalation.timeline import alert_timeline
from escalation.transports import get_transport
from tenants import clock

Status = Notification.Status
Purpose = Notification.Purpose
PROVIDER_SYNC_KINDS = ("pagerduty", "webhook")


# --- Channel availability ---------------------------------------------------------------------


def channel_configs() -> dict[str, ChannelConfig]:
    return {c.kind: c for c in ChannelConfig.objects.all()}


def channel_unusable_reason(
    *, kind: str, stakeholder: Stakeholder | None, configs: dict[str, ChannelConfig]
) -> str:
    """Why this channel cannot reach this person now ('' when it can)."""
    config = configs.get(kind)
    if config is None:
        return f"{kind} not configured"
    if not config.enabled:
        return f"{kind} disabled ({config.disabled_reason or 'by an admin'})"
    if stakeholder is not None and kind in (stakeholder.disabled_channels or {}):
        return f"{kind} disabled for {stakeholder.name}"
    transport = get_transport(kind)
    if not transport.address_for(stakeholder, config):
        return f"no {kind} address for {stakeholder.name if stakeholder else 'tenant'}"
    return ""


def chain_for(stakeholder: Stakeholder | None, channels: list[str]) -> list[str]:
    chain = list(channels) or list((stakeholder.contact_preferences if stakeholder else None) or [])
    chain = chain or list(DEFAULT_CONTACT_PREFERENCES)
    # Email is the last resort everyone has: append it if the chain does not end with it.
    if "email" not in chain and stakeholder is not None and stakeholder.email:
        chain.append("email")
    return list(dict.fromkeys(chain))


# --- Creating attempts ------------------------------------------------------------------------


def notification_chain_start(
    *, alert: Alert, stakeholder: Stakeholder, channels: list[str], tier: int, round_: int
) -> Notification | None:
    """First attempt to reach one person for one tier (a page). Returns None (and records a
    skipped row) when no channel of their chain can reach them."""
    chain = chain_for(stakeholder, channels)
    return notification_next_channel(
        alert=alert,
        stakeholder=stakeholder,
        chain=chain,
        after=None,
        tier=tier,
        round_=round_,
        configs=channel_configs(),
    )


def notification_next_channel(
    *,
    alert: Alert,
    stakeholder: Stakeholder | None,
    chain: list[str],
    after: str | None,
    tier: int,
    round_: int,
    configs: dict[str, ChannelConfig],
) -> Notification | None:
    start = chain.index(after) + 1 if after in chain else 0
    reasons = []
    for kind in chain[start:]:
        reason = channel_unusable_reason(kind=kind, stakeholder=stakeholder, configs=configs) or (
            guardrails.channel_forbidden(alert=alert, stakeholder=stakeholder, channel=kind)
        )
        if reason:
            reasons.append(reason)
            continue
        transport = get_transport(kind)
        if not transport.personal:
            # A shared endpoint (Teams channel, PagerDuty service, webhook) gets one message per
            # tier, however many people the tier names.
            shared = Notification.objects.filter(
                alert=alert,
                tier=tier,
                round=round_,
                channel=kind,
                purpose=Purpose.NOTIFY,
                status__in=(Status.PENDING, Status.SENDING, Status.SENT),
            ).first()
            if shared is not None:
                return shared
        address = transport.address_for(stakeholder, configs[kind])
        return notification_create(
            alert=alert,
            stakeholder=stakeholder,
            channel=kind,
            chain=chain,
            tier=tier,
            round_=round_,
            attempt=1,
            address=address,
        )
    Notification.objects.create(
        alert=alert,
        stakeholder=stakeholder,
        channel=(chain[-1] if chain else "email"),
        chain=chain,
        tier=tier,
        round=round_,
        status=Status.SKIPPED,
        idempotency_key=uuid.uuid4().hex,
        scheduled_for=clock.now(),
        finished_at=clock.now(),
        error="; ".join(reasons)
        or ("every channel of the chain was tried" if after else "empty channel chain"),
    )
    who = stakeholder.name if stakeholder else "tenant"
    alert_timeline(
        alert=alert,
        kind="notification",
        message=f"Could not reach {who} on any channel: "
        + ("; ".join(reasons) or ("every channel was tried" if after else "no channels")),
    )
    return None


def notification_create(
    *,
    alert: Alert,
    stakeholder: Stakeholder | None,
    channel: str,
    chain: list[str],
    tier: int,
    round_: int,
    attempt: int,
    address: str = "",
    delay: float = 0.0,
    purpose: str = Purpose.NOTIFY,
    kind: str = Notification.Kind.PAGE,
    body: str = "",
    status: str = Status.PENDING,
    idempotency_key: str = "",
) -> Notification:
    """Write the attempt row, then enqueue its delivery after commit (a held row waits for its
    release: escalation.digest, or the end of the quiet hours)."""
    notification = Notification.objects.create(
        alert=alert,
        purpose=purpose,
        kind=kind,
        severity=alert.severity,
        body=body,
        status=status,
        stakeholder=stakeholder,
        channel=channel,
        chain=chain,
        tier=tier,
        round=round_,
        attempt=attempt,
        address=address[:300],
        idempotency_key=idempotency_key or uuid.uuid4().hex,
        scheduled_for=clock.now() + timedelta(seconds=delay),
    )
    if status == Status.PENDING:
        delivery_enqueue(notification.pk, delay)
    return notification


def delivery_enqueue(notification_id: int, delay: float = 0.0) -> None:
    enqueue("escalation.deliver_notification", countdown=delay or None, notification_id=notification_id)


def notifications_cancel_pending(*, alert: Alert, reason: str) -> int:
    return Notification.objects.filter(alert=alert, purpose=Purpose.NOTIFY, status=Status.PENDING).update(
        status=Status.CANCELLED, error=reason[:500], finished_at=clock.now()
    )


def provider_sync(*, alert: Alert, purpose: str) -> None:
    """Tell providers that keep state (PagerDuty incident, webhook receivers) about an ACK/resolve,
    and replace the buttons of the Slack messages already sent."""
    configs = channel_configs()
    sent = set(
        Notification.objects.filter(alert=alert, purpose=Purpose.NOTIFY, status=Status.SENT).values_list(
            "channel", flat=True
        )
    )
    for kind in PROVIDER_SYNC_KINDS:
        if kind in sent and not channel_unusable_reason(kind=kind, stakeholder=None, configs=configs):
            notification_create(
                alert=alert,
                stakeholder=None,
                channel=kind,
                chain=[kind],
                tier=alert.current_tier,
                round_=alert.current_round,
                attempt=1,
                purpose=purpose,
                address=get_transport(kind).address_for(None, configs[kind]),
            )
    # Slack messages about the incident (this alert's, or an earlier alert's thread) lose their
    # buttons: a person may have been told about this alert only in an older alert's thread.
    incident = Q(alert__crisis_id=alert.crisis_id) if alert.crisis_id else Q(alert_id=alert.pk)
    if Notification.objects.filter(
        incident, purpose=Purpose.NOTIFY, status=Status.SENT, channel="slack"
    ).exists():
        enqueue("escalation.slack_update_messages", alert_id=alert.pk)
