"""The email digest: alerts whose severity a person takes as a digest (P2–P3 by default,
`Stakeholder.digest_severities`) wait as held rows, and one email per person lists them every
`digest_minutes` (the beat task `escalation.beat.send_digests`). The digest goes whatever the
alerts' state: it says what happened, acknowledged or resolved included."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db import transaction

from escalation import attempts
from escalation.models import Notification, Stakeholder
from tenants import clock

Status = Notification.Status


def digests_send(*, now: datetime | None = None) -> int:
    """Send every digest that is due. Returns how many went."""
    now = now or clock.now()
    people = (
        Notification.objects.filter(kind=Notification.Kind.DIGEST, status=Status.HELD)
        .values_list("stakeholder_id", flat=True)
        .distinct()
    )
    return sum(1 for pk in list(people) if pk and digest_send(stakeholder_id=pk, now=now) is not None)


def digest_send(*, stakeholder_id: int, now: datetime) -> Notification | None:
    """One person's digest, if their oldest held entry waited `digest_minutes` (rows locked, so
    two beats never send the same entries twice)."""
    person = Stakeholder.objects.filter(pk=stakeholder_id).first()
    if person is None:
        return None
    with transaction.atomic():
        held = list(
            Notification.objects.select_for_update(skip_locked=True)
            .filter(stakeholder=person, kind=Notification.Kind.DIGEST, status=Status.HELD)
            .select_related("alert")
            .order_by("created_at", "id")
        )
        if not held or held[0].created_at > now - timedelta(minutes=person.digest_minutes):
            return None
        lines = []
        for n in held:
            a = n.alert
            lines.append(
                f"[{n.severity or a.severity}] {a.title} — alert #{a.pk}, {a.get_state_display().lower()}"
            )
        digest = attempts.notification_create(
            alert=held[-1].alert,
            stakeholder=person,
            channel="email",
            chain=["email"],
            tier=0,
            round_=0,
            attempt=1,
            address=person.email,
            kind=Notification.Kind.DIGEST,
            body="\n".join(dict.fromkeys(lines)),
        )
        Notification.objects.filter(pk__in=[n.pk for n in held]).update(
            status=Status.SENT, finished_at=now, thread_ref=f"digest #{digest.pk}"
        )
    return digest
