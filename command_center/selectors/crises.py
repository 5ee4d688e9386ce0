"""Crisis cards and the crisis page's reads: score trend, explainable signal bars, the alert
whose ACK SLA is running, the response plan's progress, top events, score chart points and the
level thresholds."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from command_center.selectors.alerts import alert_for_crisis
from crisis.models import LEVEL_RANK, Crisis, DetectorConfig, Level, ScoreSample
from escalation.models import Alert
from ingestion.models import Event
from response.selectors import Progress, progress_by_crisis
from tenants import clock

SPARKLINE_SAMPLES = 30
CHART_SAMPLES = 500


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
    alert: Alert | None = None
    deadline: datetime | None = None
    acked: bool = False
    plan: Progress | None = None  # the response plan's done/total/overdue, once there is a plan


def signal_bars(*, crisis: Crisis) -> list[SignalBar]:
    """Bars from the detector result stored on the crisis (`signals.signals`: name →
    {value, weight, contribution, detail}), biggest contribution first, scaled to the biggest."""
    signals = (crisis.signals or {}).get("signals", {})
    bars = [
        SignalBar(
            name=name.replace("_", " "),
            value=float(s["value"]),
            contribution=float(s["contribution"]),
            percent=0,
        )
        for name, s in signals.items()
    ]
    top = max((b.contribution for b in bars), default=0.0) or 1.0
    for bar in bars:
        bar.percent = max(0, min(100, round(bar.contribution / top * 100)))
    return sorted(bars, key=lambda b: b.contribution, reverse=True)


def crisis_card(*, crisis: Crisis, plans: dict[int, Progress] | None = None) -> CrisisCard:
    """The card of one crisis (`plans`: plan progress already read for many cards)."""
    recent = list(
        ScoreSample.objects.filter(crisis=crisis)
        .order_by("-at")
        .values_list("score", flat=True)[:SPARKLINE_SAMPLES]
    )
    alert = alert_for_crisis(crisis=crisis)
    acked = crisis.status != Crisis.Status.OPEN or (
        alert is not None and alert.state != Alert.State.TRIGGERED
    )
    return CrisisCard(
        crisis=crisis,
        sparkline=list(reversed(recent)) or [crisis.score],
        signals=signal_bars(crisis=crisis),
        alert=alert,
        # The ACK SLA of the alert's severity; the next tier's own deadline is on the alert page.
        deadline=None if acked or alert is None else alert.sla_deadline,
        acked=acked,
        plan=(plans if plans is not None else progress_by_crisis(crisis_ids=[crisis.pk])).get(crisis.pk),
    )


def crisis_cards() -> list[CrisisCard]:
    crises = list(Crisis.objects.exclude(status=Crisis.Status.RESOLVED).select_related("owner"))
    plans = progress_by_crisis(crisis_ids=[c.pk for c in crises])
    cards = [crisis_card(crisis=c, plans=plans) for c in crises]
    return sorted(cards, key=lambda c: (-LEVEL_RANK[Level(c.crisis.level)], -c.crisis.score))


def crisis_top_events(*, crisis: Crisis, limit: int = 8) -> list[Event]:
    return list(
        crisis.events.select_related("source", "classification").order_by("-reach", "-occurred_at")[:limit]
    )


def crisis_score_points(*, crisis: Crisis) -> list[tuple[datetime, float]]:
    points = list(
        ScoreSample.objects.filter(crisis=crisis).order_by("at").values_list("at", "score")[:CHART_SAMPLES]
    )
    if not points:  # opened before its first sample: show the opening score
        points = [(crisis.opened_at, crisis.score)]
    if points[-1][0] < clock.now() and crisis.status != Crisis.Status.RESOLVED:
        points.append((clock.now(), crisis.score))  # the current score holds until the next sample
    return points


def level_thresholds() -> tuple[tuple[float, str], ...]:
    """The tenant's level thresholds (detector configuration), for the score chart."""
    cfg = DetectorConfig.objects.order_by("pk").first() or DetectorConfig()
    return (
        (cfg.warning_threshold, Level.WARNING.value),
        (cfg.high_threshold, Level.HIGH.value),
        (cfg.critical_threshold, Level.CRITICAL.value),
    )
