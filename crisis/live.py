"""The live engine: the detector loop (`crisis.engine`) wired to this tenant's Redis feature
stores, Postgres baselines and settings, with `LiveSink` applying each evaluation to the database
(score samples, the crisis lifecycle through `crisis.services`, linked events)."""

from __future__ import annotations

from django.db import connection
from django.db.models import Min

from crisis import evidence, services
from crisis.baseline import DbBaselines
from crisis.detector import SubjectState, resolved_by_person
from crisis.engine import Engine, Evaluation
from crisis.features import from_ts, to_ts
from crisis.models import Crisis, Level, ScoreSample
from crisis.redis_store import RedisFeatureStore
from crisis.tenant_config import detector_settings


class LiveSink:
    """Applies an evaluation to the database: score samples, crisis lifecycle, event links."""

    def __init__(self) -> None:
        self.current: dict[str, Crisis | None] = {}

    def sync(self, subject: str, state: SubjectState) -> None:
        crisis = Crisis.objects.filter(subject=subject).exclude(status=Crisis.Status.RESOLVED).first()
        self.current[subject] = crisis
        if crisis is None and state.level != Level.OK:
            resolved_by_person(state)  # a person closed it since the last evaluation
        elif crisis is not None and state.level == Level.OK:
            state.level = crisis.level  # a person reopened it
            state.opened_ts = to_ts(crisis.opened_at)

    def apply(self, ev: Evaluation) -> None:
        at = from_ts(ev.now_ts)
        data = ev.result_json()
        crisis = self.current.get(ev.subject)
        if ev.sample:
            ScoreSample.objects.create(
                subject=ev.subject,
                crisis=crisis,
                at=at,
                score=ev.result.score,
                level=ev.result.level,
                signals=data,
            )
        for d in ev.decisions:
            if d.action == "open":
                since = ev.state.above_since.get(Level.WARNING, ev.now_ts) - ev.cfg.window_seconds
                if ev.first_event_ts is not None:
                    first = from_ts(ev.first_event_ts)
                else:  # features expired: the events that happened in that window
                    from ingestion.models import Event

                    first = Event.objects.filter(
                        subjects__contains=[ev.subject], occurred_at__gte=from_ts(since)
                    ).aggregate(first=Min("occurred_at"))["first"]
                crisis = services.crisis_open(
                    subject=ev.subject,
                    level=d.level,
                    result=data,
                    at=at,
                    alert=d.alert,
                    first_event_at=first or from_ts(since),
                    event_ids=ev.top_events,
                    reopen_within_seconds=ev.cfg.cooldown_seconds,
                )
            elif crisis is None:
                continue
            elif d.action == "raise":
                crisis = services.crisis_raise(
                    crisis=crisis, level=d.level, result=data, at=at, alert=d.alert
                )
            elif d.action == "lower":
                crisis = services.crisis_lower(crisis=crisis, level=d.level, result=data, at=at)
            elif d.action == "resolve":
                services.crisis_resolve_auto(
                    crisis=crisis,
                    result=data,
                    at=at,
                    calm_seconds=ev.cfg.resolve_windows * ev.cfg.window_seconds,
                )
                crisis = None
        if crisis is not None and not ev.decisions:
            services.crisis_update_score(crisis=crisis, result=data, at=at)
            if ev.top_events:
                evidence.crisis_link_events(crisis=crisis, event_ids=ev.top_events, at=at)
        self.current[ev.subject] = crisis


def live_engine() -> Engine:
    schema = connection.schema_name
    stores: dict[int, RedisFeatureStore] = {}

    def store_for(window_seconds: int) -> RedisFeatureStore:
        if window_seconds not in stores:
            stores[window_seconds] = RedisFeatureStore(schema=schema, window_seconds=window_seconds)
        return stores[window_seconds]

    return Engine(stores=store_for, baselines=DbBaselines(), settings_for=detector_settings, sink=LiveSink())
