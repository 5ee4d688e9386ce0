"""Paging policy per stakeholder: what one person gets when a tier reaches them, and the updates
that follow without paging again.

`reach` decides for each person a tier names (escalation.tiers.fire_step), in this order:

1. Rate limit per incident (the alert's crisis, or the alert itself when it has none): a person
   already paged at this tier and round of the incident, at the same or a higher severity, gets
   an update in the same thread instead — one page per tier and per level change.
2. Digest: a severity in the person's `digest_severities` (P2–P3 by default) waits for their
   email digest (escalation.digest).
3. Quiet hours: inside the person's quiet hours (their timezone), a severity not in
   `quiet_override_severities` (P0 by default) is held until the quiet hours end; the deadline
   beat releases it if the alert is still triggered.
4. A page: the step's channels (the frozen policy snapshot keeps working as before), else the
   person's channels for the severity, else their contact preferences; channels a guardrail
   forbids are skipped (escalation.guardrails).

Updates (`update_queue`): when an incident changes without paging (an event folds into its alert,
a level change for someone already paged at it, a reopening, a subject joining), everyone paged
about it gets at most one update per `update_minutes` (later changes merge into the pending one),
on the thread of their first message — a Slack thread reply (`thread_ts`), an email with
`In-Reply-To` — and never by SMS. When the incident resolves, each of them gets one "resolved"
update (`resolved_queue`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.db.models import Q

from escalation import attempts
from escalation.models import Alert, Notification, Stakeholder
from escalation.timeline import alert_timeline
from tenants import clock

Status = Notification.Status
Kind = Notification.Kind
SEVERITY_RANK = {"P0": 0, "P1": 1, "P2": 2, "P3": 3, "P4": 4}
THREADABLE = ("slack", "email")
# Rows that mean "this person was (or will be) told at this tier".
TOLD = (Status.PENDING, Status.SENDING, Status.SENT, Status.FAILED, Status.HELD)
# A page that reached the person or may still: a FAILED row counts only while its retry or next
# channel is on its way (that row is then PENDING itself).
REACHING = (Status.PENDING, Status.SENDING, Status.SENT, Status.HELD)


def incident_of(alert: Alert) -> Q:
    """Notifications of the alert's incident: every alert of its crisis, else the alert."""
    return Q(alert__crisis_id=alert.crisis_id) if alert.crisis_id else Q(alert_id=alert.pk)


def thread_of(alert: Alert) -> Q:
    """Notifications whose threads the alert's messages continue: its incident's; for an alert
    about a crisis that is not one of the crisis' alerts (response's overdue tasks, which page on
    their own: `details["crisis_id"]`), the crisis' too, so a person's messages about one story
    stay in one thread even when they page."""
    about = (alert.details or {}).get("crisis_id") if not alert.crisis_id else None
    if isinstance(about, int) and not isinstance(about, bool):
        return Q(alert__crisis_id=about) | Q(alert_id=alert.pk)
    return incident_of(alert)


@dataclass
class Reached:
    """What `reach` did for one person: the row written (None: nobody could be reached) and a
    short note for the timeline ("update", "digest", "held until 07:00")."""

    notification: Notification | None
    note: str = ""
    already: bool = False  # paged before at this level: they know, even without a thread to update

    @property
    def reached(self) -> bool:
        return self.notification is not None or self.already


def reach(*, alert: Alert, person: Stakeholder, step: dict, tier: int, round_: int, now: datetime) -> Reached:
    """Notify one person for one tier of the alert, as their paging policy says (module doc).
    Caller holds the alert row lock."""
    earlier = already_paged(alert=alert, person=person, tier=tier, round_=round_)
    if earlier is not None:
        # A new alert of the incident (it opened, its level changed, it reopened) is news: the
        # update goes now, with whatever was waiting for the person merged in.
        n = update_queue(
            alert=alert,
            person=person,
            text=f"{alert.severity} {alert.title} (alert #{alert.pk}): you were already paged about this "
            f"incident at {earlier.severity or alert.severity}.",
            now=now,
            urgent=True,
        )
        return Reached(n, "update: already paged at this level", already=True)
    if alert.severity in (person.digest_severities or []) and _can_email(person):
        n = _write(
            alert, person, channel="email", tier=tier, round_=round_, kind=Kind.DIGEST, status=Status.HELD
        )
        return Reached(n, "in the next digest")
    until = quiet_until(person, now)
    if until is not None and alert.severity not in (person.quiet_override_severities or []):
        chain = attempts.chain_for(person, _channels(alert, person, step))
        n = _write(
            alert, person, channel=chain[0], tier=tier, round_=round_, kind=Kind.PAGE, status=Status.HELD
        )
        n.scheduled_for = until
        n.chain = chain
        n.error = "quiet hours"
        n.save(update_fields=["scheduled_for", "chain", "error"])
        local = until.astimezone(_tz(person))
        return Reached(n, f"held until {local:%H:%M} (quiet hours)")
    n = attempts.notification_chain_start(
        alert=alert, stakeholder=person, channels=_channels(alert, person, step), tier=tier, round_=round_
    )
    return Reached(n)


def _can_email(person: Stakeholder) -> bool:
    return not attempts.channel_unusable_reason(
        kind="email", stakeholder=person, configs=attempts.channel_configs()
    )


def _channels(alert: Alert, person: Stakeholder, step: dict) -> list[str]:
    if step.get("channels"):
        return list(step["channels"])
    return list((person.severity_channels or {}).get(alert.severity) or [])


def _write(
    alert: Alert, person: Stakeholder, *, channel: str, tier: int, round_: int, kind: str, status: str
):
    return attempts.notification_create(
        alert=alert,
        stakeholder=person,
        channel=channel,
        chain=[channel],
        tier=tier,
        round_=round_,
        attempt=1,
        address=person.email if channel == "email" else "",
        kind=kind,
        status=status,
    )


def already_paged(
    *, alert: Alert, person: Stakeholder, tier: int, round_: int, statuses: tuple[str, ...] = TOLD
) -> Notification | None:
    """The person's page at this tier and round of the incident at the same or a higher
    severity, if any (digest entries and updates are not pages). `statuses`: REACHING to ignore
    pages whose every channel failed."""
    rank = SEVERITY_RANK.get(alert.severity, 9)
    rows = Notification.objects.filter(
        incident_of(alert),
        stakeholder=person,
        kind=Kind.PAGE,
        purpose=Notification.Purpose.NOTIFY,
        tier=tier,
        round=round_,
        status__in=statuses,
    ).order_by("created_at", "id")
    return next((n for n in rows if SEVERITY_RANK.get(n.severity, 9) <= rank), None)


def _tz(person: Stakeholder) -> ZoneInfo:
    try:
        return ZoneInfo(person.timezone or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def quiet_until(person: Stakeholder, at: datetime) -> datetime | None:
    """When the person's quiet hours end, if `at` falls inside them (None otherwise)."""
    start, end = person.quiet_hours_start, person.quiet_hours_end
    if start is None or end is None or start == end:
        return None
    local = at.astimezone(_tz(person))
    t = local.time()
    inside = (start <= t < end) if start < end else (t >= start or t < end)
    if not inside:
        return None
    until = local.replace(hour=end.hour, minute=end.minute, second=0, microsecond=0)
    if until <= local:
        until += timedelta(days=1)
    return until


# --- Updates ----------------------------------------------------------------------------------


def thread_channel(alert: Alert, person: Stakeholder) -> str | None:
    """The channel updates go to: the threadable channel (Slack, email) of the person's first
    message in the incident (sent or on its way), else email, else Slack — whichever can reach
    them now."""
    configs = attempts.channel_configs()
    first = (
        Notification.objects.filter(
            thread_of(alert), stakeholder=person, status__in=TOLD, channel__in=THREADABLE
        )
        .order_by("created_at", "id")
        .values_list("channel", flat=True)
        .first()
    )
    own = {"email": bool(person.email), "slack": bool(person.slack_user_id)}
    for channel in [c for c in (first, "email", "slack") if c]:
        # A person's own address only: a service (PagerDuty, a webhook) has its provider's
        # acknowledge/resolve instead, and the tenant's Slack channel is nobody's thread.
        if own.get(channel) and not attempts.channel_unusable_reason(
            kind=channel, stakeholder=person, configs=configs
        ):
            return channel
    return None


def update_queue(
    *, alert: Alert, person: Stakeholder, text: str, now: datetime | None = None, urgent: bool = False
) -> Notification | None:
    """Tell one person what changed, on their thread: merge into their pending update of the
    incident if there is one, else write one, due `update_minutes` after their last one (now,
    when `urgent`: a new alert of the incident rather than one more event)."""
    now = now or clock.now()
    channel = thread_channel(alert, person)
    if channel is None:
        return None
    pending = (
        Notification.objects.select_for_update()
        .filter(incident_of(alert), stakeholder=person, kind=Kind.UPDATE, status=Status.PENDING)
        .order_by("created_at", "id")
        .first()
    )
    if pending is not None:
        lines = [line for line in pending.body.splitlines() if line]
        if text not in lines:
            lines.append(text)
        pending.body = "\n".join(lines[-20:])
        pending.alert = alert
        if urgent and pending.scheduled_for > now:
            # Due now: the delayed task will find it sent and do nothing.
            pending.scheduled_for = now
            attempts.delivery_enqueue(pending.pk)
        pending.save(update_fields=["body", "alert", "scheduled_for"])
        return pending
    last = (
        Notification.objects.filter(
            incident_of(alert), stakeholder=person, kind=Kind.UPDATE, status=Status.SENT
        )
        .order_by("-finished_at")
        .values_list("finished_at", flat=True)
        .first()
    )
    delay = 0.0
    if last is not None and not urgent:
        delay = max(0.0, person.update_minutes * 60 - (now - last).total_seconds())
    return attempts.notification_create(
        alert=alert,
        stakeholder=person,
        channel=channel,
        chain=[channel],
        tier=max(alert.current_tier, 0),
        round_=alert.current_round,
        attempt=1,
        address=_address(person, channel),
        delay=delay,
        kind=Kind.UPDATE,
        body=text,
    )


def _address(person: Stakeholder, channel: str) -> str:
    return person.email if channel == "email" else person.slack_user_id if channel == "slack" else ""


def people_told(alert: Alert) -> list[Stakeholder]:
    """Everyone a message about the incident reached (pages and updates actually sent)."""
    ids = (
        Notification.objects.filter(
            incident_of(alert),
            stakeholder__isnull=False,
            kind__in=(Kind.PAGE, Kind.UPDATE),
            purpose=Notification.Purpose.NOTIFY,
            status=Status.SENT,
        )
        .values_list("stakeholder_id", flat=True)
        .distinct()
    )
    return list(Stakeholder.objects.filter(pk__in=list(ids), is_active=True).order_by("pk"))


def updates_queue(*, alert: Alert, text: str, now: datetime | None = None) -> int:
    """An update to everyone told about the incident. Returns how many were queued or merged."""
    queued = [update_queue(alert=alert, person=p, text=text, now=now) for p in people_told(alert)]
    return sum(1 for n in queued if n is not None)


def resolved_queue(*, alert: Alert, marker: str, text: str) -> int:
    """One "resolved" message per person told about the incident, once per resolution (`marker`
    names it: the crisis' or the alert's resolution time). Their pending updates are folded in."""
    count = 0
    for person in people_told(alert):
        channel = thread_channel(alert, person)
        if channel is None:
            continue
        incident = f"crisis {alert.crisis_id}" if alert.crisis_id else f"alert {alert.pk}"
        key = hashlib.sha256(f"resolved|{incident}|{person.pk}|{marker}".encode()).hexdigest()[:64]
        if Notification.objects.filter(idempotency_key=key).exists():
            continue
        pending = Notification.objects.filter(
            incident_of(alert), stakeholder=person, kind=Kind.UPDATE, status=Status.PENDING
        )
        folded = [line for n in pending for line in n.body.splitlines() if line]
        pending.update(
            status=Status.CANCELLED, error="folded into the resolved message", finished_at=clock.now()
        )
        attempts.notification_create(
            alert=alert,
            stakeholder=person,
            channel=channel,
            chain=[channel],
            tier=max(alert.current_tier, 0),
            round_=alert.current_round,
            attempt=1,
            address=_address(person, channel),
            kind=Kind.RESOLVED,
            body="\n".join([*folded[-5:], text]),
            idempotency_key=key,
        )
        count += 1
    if count:
        alert_timeline(
            alert=alert,
            kind="notification",
            message=f"Resolved: {count} {'person' if count == 1 else 'people'} told in their thread",
            data={"resolved_updates": count},
        )
    return count
