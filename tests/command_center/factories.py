"""Rows for command-center tests, written directly (the pages read them; the pipeline is tested
by its own stages)."""

from __future__ import annotations

import hashlib
import itertools
import uuid
from datetime import timedelta

from classification.models import Classification, ReviewItem
from crisis.models import Crisis, CrisisEvent, ScoreSample, TimelineEntry
from ingestion.models import Event, RawEvent, Source, WatchTerm
from tenants import clock

_seq = itertools.count()

SIGNALS = {
    "score": 0.72,
    "level": "high",
    "mentions": 48,
    "signals": {
        "volume": {"value": 0.9, "weight": 0.3, "contribution": 0.27, "detail": "z=5.4"},
        "sentiment": {"value": 0.8, "weight": 0.25, "contribution": 0.2, "detail": "-0.6"},
        "keywords": {"value": 0.6, "weight": 0.2, "contribution": 0.12, "detail": "breach, hack"},
        "emotion": {"value": 0.5, "weight": 0.1, "contribution": 0.05, "detail": "anger"},
        "amplification": {"value": 0.5, "weight": 0.1, "contribution": 0.05, "detail": ""},
        "cross_platform": {"value": 0.6, "weight": 0.05, "contribution": 0.03, "detail": ""},
    },
}


def source(slug: str = "social", name: str = "Social listening", kind: str = "generic") -> Source:
    src, _ = Source.objects.get_or_create(slug=slug, defaults={"name": name, "kind": kind})
    return src


def watch_term(slug: str = "acme", name: str = "Acme") -> WatchTerm:
    term, _ = WatchTerm.objects.get_or_create(slug=slug, defaults={"name": name})
    return term


def event(
    *,
    text: str = "Acme app is down again",
    subject: str = "acme",
    severity: str | None = "P2",
    category: str = "operational",
    confidence: float = 0.9,
    platform: str = "twitter",
    reach: int = 100,
    duplicate_count: int = 1,
    src: Source | None = None,
    needs_review: bool = False,
    tier_opinions: dict | None = None,
) -> Event:
    n = next(_seq)
    src = src or source()
    ext = f"cc-{uuid.uuid4().hex[:12]}-{n}"
    raw = RawEvent.objects.create(source=src, external_id=ext, payload={"text": text})
    ev = Event.objects.create(
        raw_event=raw,
        source=src,
        platform=platform,
        external_id=ext,
        text=text,
        author_name="@someone",
        occurred_at=clock.now(),
        reach=reach,
        subjects=[subject],
        content_hash=hashlib.sha256(ext.encode()).hexdigest(),
        duplicate_count=duplicate_count,
    )
    if severity:
        Classification.objects.create(
            event=ev,
            severity=severity,
            category=category,
            confidence=confidence,
            tier="model",
            needs_review=needs_review,
            tier_opinions=tier_opinions or {},
        )
    return ev


def review_item(
    *, text: str = "Is Acme leaking customer data?", severity: str = "P2", category: str = "pr"
) -> ReviewItem:
    ev = event(
        text=text,
        severity=severity,
        category=category,
        confidence=0.55,
        needs_review=True,
        tier_opinions={
            "rules": {"severity": "P3", "category": "none", "confidence": 0.4},
            "model": {"severity": severity, "category": category, "confidence": 0.55},
        },
    )
    return ReviewItem.objects.create(
        classification=ev.classification,
        reason="confidence 0.55 < 0.70",
        proposed_severity=severity,
        proposed_category=category,
    )


def crisis(
    *,
    subject: str = "acme",
    title: str = "Acme: data breach allegations",
    level: str = "high",
    score: float = 0.72,
    events: list[Event] | None = None,
    owner=None,
) -> Crisis:
    now = clock.now()
    c = Crisis.objects.create(
        subject=subject,
        title=title,
        level=level,
        peak_level=level,
        score=score,
        severity="P1",
        category="security",
        signals=SIGNALS,
        explanation="Volume is 5.4σ above normal and sentiment is strongly negative.",
        opened_at=now - timedelta(minutes=7),
        first_event_at=now - timedelta(minutes=9),
        owner=owner,
        ai_summary="Users report leaked account data after a login outage.",
        holding_statement="We are aware of reports and are investigating urgently.",
    )
    for i, value in enumerate([0.2, 0.35, 0.5, 0.66, score]):
        ScoreSample.objects.create(
            subject=subject,
            crisis=c,
            at=now - timedelta(minutes=5 - i),
            score=value,
            level=level,
            signals=SIGNALS,
        )
    TimelineEntry.objects.create(
        crisis=c, at=c.opened_at, kind="opened", message="Crisis opened at level high"
    )
    for ev in events or []:
        CrisisEvent.objects.create(crisis=c, event=ev)
    return c


def alert(*, crisis: Crisis | None = None, severity: str = "P1", sla_minutes: int = 15):
    from escalation.models import Alert

    now = clock.now()
    return Alert.objects.create(
        dedup_key=f"test:{uuid.uuid4().hex}",
        title=crisis.title if crisis else "Manual test alert",
        severity=severity,
        category="security",
        subject=crisis.subject if crisis else "acme",
        crisis=crisis,
        triggered_at=now,
        last_triggered_at=now,
        sla_deadline=now + timedelta(minutes=sla_minutes),
        ack_deadline=now + timedelta(minutes=5),
        current_tier=0,
    )


def notification(
    *,
    alert,
    channel: str = "email",
    status: str = "sent",
    name: str = "Dana Ops",
    email: str = "manager@a.test",
):
    from escalation.models import Notification, Stakeholder

    person, _ = Stakeholder.objects.get_or_create(name=name, defaults={"email": email})
    return Notification.objects.create(
        alert=alert,
        channel=channel,
        stakeholder=person,
        address=email,
        status=status,
        idempotency_key=uuid.uuid4().hex,
        scheduled_for=clock.now(),
        finished_at=clock.now(),
    )


def pagerduty_paged(*, alert, routing_key: str = "demo0pagerduty0routing0key000001"):
    """The demo's PagerDuty set-up (demo/seed.py): a channel config with a routing key and a
    stakeholder standing for the PagerDuty service, paged for `alert` (a sent attempt). Once the
    alert is acknowledged or resolved, escalation tells PagerDuty with an attempt that goes to the
    service, not to a person (stakeholder empty)."""
    from escalation.models import ChannelConfig, Notification, Stakeholder

    ChannelConfig.objects.update_or_create(
        kind="pagerduty",
        defaults={
            "config": {"base_url": "http://127.0.0.1:9"},
            "credentials": {"routing_key": routing_key},
            "enabled": True,
        },
    )
    service = Stakeholder.objects.create(
        name="Security PagerDuty service",
        role="PagerDuty service (Security)",
        contact_preferences=["pagerduty"],
    )
    return Notification.objects.create(
        alert=alert,
        channel="pagerduty",
        chain=["pagerduty"],
        stakeholder=service,
        address=f"routing key …{routing_key[-4:]}",
        status=Notification.Status.SENT,
        idempotency_key=uuid.uuid4().hex,
        scheduled_for=clock.now(),
        finished_at=clock.now(),
    )
