"""Reads for the command center across every stage.

The command center sits above all stages, so it may read any app. Escalation and parts of
classification are built in parallel; their models are looked up by label and every reader
degrades to "nothing yet" while a model is missing, so the site keeps working.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.apps import apps
from django.db.models import Model, Q, QuerySet
from django.utils import timezone

from crisis.models import Crisis, ScoreSample
from ingestion.models import Event, Source, WatchTerm
from tenants import clock

SEVERITIES = ["P0", "P1", "P2", "P3", "P4"]
SOURCE_ICONS = {
    "twitter": "𝕏",
    "reddit": "◉",
    "news": "▤",
    "rss": "◎",
    "support": "✉",
    "logs": "≣",
    "alerts": "⚠",
    "other": "•",
}


def model(label: str) -> type[Model] | None:
    """`apps.get_model("escalation.Alert")`, or None while that model does not exist yet."""
    try:
        return apps.get_model(label)
    except (LookupError, ValueError):
        return None


def first_attr(obj: Any, *names: str, default: Any = None) -> Any:
    """The first attribute of `obj` that exists and is not None (contracts still settling)."""
    for name in names:
        value = getattr(obj, name, None)
        if value is not None:
            return value
    return default


def has_field(model_cls: type[Model], name: str) -> bool:
    try:
        model_cls._meta.get_field(name)
    except Exception:
        return False
    return True


# --- Feed -------------------------------------------------------------------------------------


@dataclass
class FeedFilters:
    severity: str = ""
    category: str = ""
    source: str = ""
    subject: str = ""

    @classmethod
    def from_mapping(cls, data: Any) -> FeedFilters:
        def get(key: str) -> str:
            value = data.get(key, "") if data is not None else ""
            if isinstance(value, list):
                value = value[0] if value else ""
            return str(value or "")[:80]

        return cls(
            severity=get("severity"), category=get("category"), source=get("source"), subject=get("subject")
        )

    def as_query(self) -> str:
        from urllib.parse import urlencode

        return urlencode({k: v for k, v in self.__dict__.items() if v})

    def active(self) -> bool:
        return any(self.__dict__.values())

    def matches(self, event: Event) -> bool:
        cls = getattr(event, "classification", None) if _has_classification(event) else None
        if self.severity and (cls is None or cls.severity != self.severity):
            return False
        if self.category and (cls is None or cls.category != self.category):
            return False
        if self.source and event.source.slug != self.source:
            return False
        return not (self.subject and self.subject not in (event.subjects or []))


def _has_classification(event: Event) -> bool:
    try:
        event.classification  # noqa: B018 - reverse one-to-one raises when missing
    except Exception:
        return False
    return True


def feed_events(*, filters: FeedFilters, limit: int = 40) -> list[Event]:
    qs = Event.objects.filter(canonical__isnull=True).select_related("source", "classification")
    if filters.severity:
        qs = qs.filter(classification__severity=filters.severity)
    if filters.category:
        qs = qs.filter(classification__category=filters.category)
    if filters.source:
        qs = qs.filter(source__slug=filters.source)
    if filters.subject:
        qs = qs.filter(subjects__contains=[filters.subject])
    return list(qs.order_by("-ingested_at", "-id")[:limit])


def event_get(event_id: int | None) -> Event | None:
    if not event_id:
        return None
    return Event.objects.select_related("source", "classification").filter(pk=event_id).first()


def filter_options() -> dict[str, Any]:
    from classification.models import Category

    return {
        "severities": SEVERITIES,
        "categories": Category.choices,
        "sources": list(Source.objects.order_by("name").values_list("slug", "name")),
        "subjects": list(WatchTerm.objects.order_by("name").values_list("slug", "name")),
    }


# --- Alerts -----------------------------------------------------------------------------------

ALERT_OPEN_STATES = ("triggered", "open", "escalated")


def alert_model() -> type[Model] | None:
    return model("escalation.Alert")


def notification_model() -> type[Model] | None:
    return model("escalation.Notification")


def _alert_state_field(alert_cls: type[Model]) -> str:
    return "state" if has_field(alert_cls, "state") else "status"


def alerts_open() -> QuerySet | list:
    Alert = alert_model()
    if Alert is None:
        return []
    state = _alert_state_field(Alert)
    qs = Alert.objects.exclude(**{state: "resolved"})
    if has_field(Alert, "crisis"):
        qs = qs.select_related("crisis")
    order = "-created_at" if has_field(Alert, "created_at") else "-pk"
    return qs.order_by(order)


def alerts_for_user(user) -> QuerySet | list:
    """Alerts whose notifications went to this user (by stakeholder email or user link)."""
    qs = alerts_open()
    Notification = notification_model()
    if not isinstance(qs, QuerySet) or Notification is None or not user.is_authenticated:
        return []
    cond = Q()
    Stakeholder = model("escalation.Stakeholder")
    if Stakeholder is not None:
        if has_field(Stakeholder, "user"):
            cond |= Q(notifications__stakeholder__user=user)
        if has_field(Stakeholder, "email"):
            cond |= Q(notifications__stakeholder__email__iexact=user.email)
    if has_field(qs.model, "acknowledged_by"):
        cond |= Q(acknowledged_by=user)
    if not cond:
        return []
    try:
        return qs.filter(cond).distinct()
    except Exception:
        return []


def alert_get(alert_id: int | None):
    Alert = alert_model()
    if Alert is None or not alert_id:
        return None
    return Alert.objects.filter(pk=alert_id).first()


def alert_is_open(alert) -> bool:
    return first_attr(alert, "state", "status", default="") not in ("resolved", "acknowledged")


def alert_deadline(alert) -> datetime | None:
    return first_attr(
        alert, "ack_deadline", "ack_due_at", "sla_deadline", "deadline_at", "next_escalation_at"
    )


def alert_for_crisis(crisis: Crisis, *, include_resolved: bool = False):
    """The crisis's newest unresolved alert (or newest at all), if escalation has one."""
    Alert = alert_model()
    if Alert is None or not has_field(Alert, "crisis"):
        return None
    state = _alert_state_field(Alert)
    order = "-created_at" if has_field(Alert, "created_at") else "-pk"
    alerts = Alert.objects.filter(crisis=crisis).order_by(order)
    if not include_resolved:
        alerts = alerts.exclude(**{state: "resolved"})
    return alerts.first()


def notifications_for(alert) -> list:
    Notification = notification_model()
    if Notification is None or alert is None:
        return []
    qs = Notification.objects.filter(alert=alert)
    related = [f for f in ("stakeholder",) if has_field(Notification, f)]
    if related:
        qs = qs.select_related(*related)
    order = "created_at" if has_field(Notification, "created_at") else "pk"
    return list(qs.order_by(order)[:50])


def sla_breaches_today() -> int:
    Alert = alert_model()
    if Alert is None:
        return 0
    start = clock.now().replace(hour=0, minute=0, second=0, microsecond=0)
    for flag in ("sla_breached_at", "breached_at"):
        if has_field(Alert, flag):
            return Alert.objects.filter(**{f"{flag}__gte": start}).count()
    if has_field(Alert, "sla_breached"):
        created = "created_at" if has_field(Alert, "created_at") else None
        qs = Alert.objects.filter(sla_breached=True)
        return qs.filter(**{f"{created}__gte": start}).count() if created else qs.count()
    return 0


# --- Crises -----------------------------------------------------------------------------------


@dataclass
class SignalBar:
    name: str
    value: float
    contribution: float
    percent: int


@dataclass
class CrisisCard:
    crisis: Crisis
    sparkline: list[float] = field(default_factory=list)
    signals: list[SignalBar] = field(default_factory=list)
    alert: Any = None
    deadline: datetime | None = None
    acked: bool = False


def signal_bars(signals: dict[str, Any] | None) -> list[SignalBar]:
    """Explainable bars from `Crisis.signals`: {name: number} or {name: {value, contribution}}."""
    bars = []
    signals = signals or {}
    if isinstance(signals.get("signals"), dict):  # the detector's full result: {"signals": {...}, ...}
        signals = signals["signals"]
    for name, raw in signals.items():
        if isinstance(raw, dict):
            value = float(raw.get("value", raw.get("raw", 0.0)) or 0.0)
            contribution = float(raw.get("contribution", raw.get("weighted", value)) or 0.0)
        elif isinstance(raw, int | float):
            value = contribution = float(raw)
        else:
            continue
        bars.append(SignalBar(name=name.replace("_", " "), value=value, contribution=contribution, percent=0))
    top = max((b.contribution for b in bars), default=0.0) or 1.0
    for b in bars:
        b.percent = max(0, min(100, round(b.contribution / top * 100)))
    return sorted(bars, key=lambda b: b.contribution, reverse=True)


def crisis_card(crisis: Crisis) -> CrisisCard:
    recent = list(
        ScoreSample.objects.filter(crisis=crisis).order_by("-at").values_list("score", flat=True)[:30]
    )
    alert = alert_for_crisis(crisis)
    acked = crisis.status != Crisis.Status.OPEN or (alert is not None and not alert_is_open(alert))
    return CrisisCard(
        crisis=crisis,
        sparkline=list(reversed(recent)) or [crisis.score],
        signals=signal_bars(crisis.signals),
        alert=alert,
        deadline=None if acked or alert is None else alert_deadline(alert),
        acked=acked,
    )


LEVEL_ORDER = {"critical": 0, "high": 1, "warning": 2, "ok": 3}


def crisis_cards() -> list[CrisisCard]:
    crises = Crisis.objects.exclude(status=Crisis.Status.RESOLVED).select_related("owner")
    cards = [crisis_card(c) for c in crises]
    return sorted(cards, key=lambda c: (LEVEL_ORDER.get(c.crisis.level, 9), -c.crisis.score))


def crisis_top_events(crisis: Crisis, limit: int = 8) -> list[Event]:
    return list(
        crisis.events.select_related("source", "classification").order_by("-reach", "-occurred_at")[:limit]
    )


def crisis_score_points(crisis: Crisis) -> list[tuple[datetime, float]]:
    points = list(ScoreSample.objects.filter(crisis=crisis).order_by("at").values_list("at", "score")[:500])
    if not points:  # opened by hand or before the first sample: show the opening score
        points = [(crisis.opened_at, crisis.score)]
    if points[-1][0] < clock.now() and crisis.status != Crisis.Status.RESOLVED:
        points.append((clock.now(), crisis.score))  # the current score holds until the next sample
    return points


# --- Counters ---------------------------------------------------------------------------------


def counters() -> dict[str, Any]:
    since = timezone.now() - timedelta(seconds=60)  # ingested_at is wall-clock time
    open_alerts = alerts_open()
    return {
        "events_per_min": Event.objects.filter(ingested_at__gte=since).count(),
        "open_alerts": open_alerts.count() if isinstance(open_alerts, QuerySet) else 0,
        "breaches_today": sla_breaches_today(),
        "active_crises": Crisis.objects.exclude(status=Crisis.Status.RESOLVED).count(),
        "pending_reviews": review_pending_count(),
    }


# --- Review -----------------------------------------------------------------------------------


def review_pending() -> QuerySet:
    from classification.models import ReviewItem

    return ReviewItem.objects.filter(status=ReviewItem.Status.PENDING).select_related(
        "classification", "classification__event", "classification__event__source"
    )


def review_pending_count() -> int:
    return review_pending().count()
