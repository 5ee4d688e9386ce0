"""Builders for crisis tests: classified events in the tenant's schema, a movable clock, captured
hand-offs. Events go through the real pipeline (Postgres rows → Redis features → detector)."""

from __future__ import annotations

import hashlib
import itertools
import uuid
from datetime import UTC, datetime, timedelta

from classification.models import Classification
from crisis import pipeline, tenant_config
from crisis.baseline import baseline_cache_clear
from crisis.models import DetectorConfig, HourlyRollup
from ingestion.models import Event, RawEvent, Source
from tenants import clock

_seq = itertools.count()


def unique_subject(prefix: str = "acme") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def source(slug: str = "feed", platform_kind: str = "generic", credibility: float = 0.5) -> Source:
    src, _ = Source.objects.get_or_create(
        slug=slug, defaults={"name": slug, "kind": platform_kind, "credibility": credibility}
    )
    return src


def event(
    subject: str | list[str],
    *,
    text: str = "just used the product",
    at: datetime | None = None,
    platform: str = "twitter",
    sentiment: float = 0.0,
    severity: str = "P3",
    category: str = "none",
    emotions: dict | None = None,
    reach: int = 100,
    verified: bool = False,
    src: Source | None = None,
    canonical: Event | None = None,
    classify: bool = True,
) -> Event:
    n = next(_seq)
    src = src or source()
    ext = f"{uuid.uuid4().hex}-{n}"
    raw = RawEvent.objects.create(source=src, external_id=ext, payload={"text": text})
    ev = Event.objects.create(
        raw_event=raw,
        source=src,
        platform=platform,
        external_id=ext,
        text=text,
        occurred_at=at or clock.now(),
        reach=reach,
        author_followers=reach,
        author_verified=verified,
        subjects=[subject] if isinstance(subject, str) else subject,
        content_hash=hashlib.sha256(ext.encode()).hexdigest(),
        canonical=canonical,
    )
    if classify and canonical is None:
        Classification.objects.create(
            event=ev,
            severity=severity,
            category=category,
            confidence=0.9,
            tier="rules",
            sentiment=sentiment,
            emotions=emotions or {},
        )
    return ev


def negative(subject: str, **kw) -> Event:
    kw.setdefault("text", "Acme data breach: my account was hacked, this is fraud")
    kw.setdefault("sentiment", -0.8)
    kw.setdefault("severity", "P1")
    kw.setdefault("category", "security")
    kw.setdefault("emotions", {"anger": 0.8, "fear": 0.3})
    return event(subject, **kw)


def neutral(subject: str, **kw) -> Event:
    kw.setdefault("text", "Ordered a coffee maker from acme, arrives tomorrow")
    kw.setdefault("sentiment", 0.1)
    return event(subject, **kw)


def configure(**fields) -> DetectorConfig:
    cfg = DetectorConfig.objects.order_by("pk").first() or DetectorConfig()
    for k, v in fields.items():
        setattr(cfg, k, v)
    cfg.save()
    tenant_config.config_cache_clear()
    return cfg


def seed_history(subject: str, *, days: int, per_hour, negative_ratio: float = 0.1, until: datetime) -> None:
    """Hourly rollups as the batch would have written them: `per_hour(hour_of_day) -> mentions`."""
    start = until.replace(minute=0, second=0, microsecond=0) - timedelta(days=days)
    rows = []
    h = start
    while h < until.replace(minute=0, second=0, microsecond=0):
        n = int(per_hour(h.hour))
        rows.append(
            HourlyRollup(
                subject=subject,
                hour=h,
                mentions=n,
                classified=n,
                negative=n * negative_ratio,
                reach=n * 100,
                platforms={"twitter": n},
                computed_at=until,
            )
        )
        h += timedelta(hours=1)
    HourlyRollup.objects.bulk_create(rows)
    baseline_cache_clear()


class SimClock:
    """Moves tenants.clock to a chosen instant and forward (shared with workers via Redis)."""

    def set(self, target: datetime) -> datetime:
        clock.reset()
        clock.advance((target - datetime.now(UTC)).total_seconds())
        return clock.now()

    def advance(self, seconds: float) -> datetime:
        clock.advance(seconds)
        return clock.now()

    def now(self) -> datetime:
        return clock.now()


def feed(events: list[Event], *, duplicates: bool = False, evaluate: bool = True) -> set[str]:
    return pipeline.events_observe(event_ids=[e.pk for e in events], duplicates=duplicates, evaluate=evaluate)


def bulk(
    subject: str,
    kinds: list[tuple[datetime, str]],
    *,
    platform: str = "twitter",
    subjects: list[str] | None = None,
    neg_text: str = "Acme data breach: my account was hacked, this is fraud",
    neg_category: str = "security",
) -> list[Event]:
    """Many events at once: `kinds` is [(occurred_at, "neg" | "neu")]; bulk inserts, same shape
    as `negative()` / `neutral()` (`subjects`, `neg_text`, `neg_category` change the story)."""
    src = source()
    raws, evs, clss = [], [], []
    for at, kind in kinds:
        ext = f"{uuid.uuid4().hex}-{next(_seq)}"
        text = neg_text if kind == "neg" else "Ordered a coffee maker from acme, arrives tomorrow"
        raws.append(RawEvent(source=src, external_id=ext, payload={"text": text}))
        evs.append(
            Event(
                source=src,
                platform=platform,
                external_id=ext,
                text=text,
                occurred_at=at,
                reach=100,
                author_followers=100,
                subjects=list(subjects or [subject]),
                content_hash=hashlib.sha256(ext.encode()).hexdigest(),
            )
        )
    RawEvent.objects.bulk_create(raws)
    for raw, ev in zip(raws, evs, strict=True):
        ev.raw_event = raw
    Event.objects.bulk_create(evs)
    for ev, (_, kind) in zip(evs, kinds, strict=True):
        neg = kind == "neg"
        clss.append(
            Classification(
                event=ev,
                severity="P1" if neg else "P3",
                category=neg_category if neg else "none",
                confidence=0.9,
                tier="rules",
                sentiment=-0.8 if neg else 0.1,
                emotions={"anger": 0.8, "fear": 0.3} if neg else {},
            )
        )
    Classification.objects.bulk_create(clss)
    return evs
