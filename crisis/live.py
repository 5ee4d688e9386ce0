"""The live engine: the detector loop (`crisis.engine`) wired to this tenant's Redis feature
stores, Postgres baselines and settings, with `LiveSink` applying each evaluation to the database
(score samples, the incident lifecycle through `crisis.services` and `crisis.story_services`,
linked events). A subject's detector drives one incident at a time (`SubjectState.crisis_id`);
an incident may be driven by several subjects of its story: it lowers only to the highest level
among them and resolves when the last one calms down."""

from __future__ import annotations

from django.db import connection
from django.db.models import Min

from crisis import evidence, services, stories, story_checks, story_services
from crisis.baseline import DbBaselines
from crisis.detector import Decision, SubjectState, rank, resolved_by_person
from crisis.engine import Engine, Evaluation
from crisis.features import bucket_of, from_ts, to_ts
from crisis.models import Crisis, DetectorState, Level, ScoreSample
from crisis.redis_store import RedisFeatureStore
from crisis.tenant_config import detector_settings
from tenants.redis import redis_client


class LiveSink:
    """Applies an evaluation to the database: score samples, the incident the subject drives and
    its linked events. Where an opening goes (a new incident, a story it joins, a story resolved
    within the reopen window that it reopens) is crisis.stories' decision; a raise whose evidence
    has moved on to another story goes there instead (two stories on one subject)."""

    def __init__(self, store_for=None) -> None:
        self.current: dict[str, Crisis | None] = {}
        self.store_for = store_for  # window length → feature store (the evidence of a placement)

    def sync(self, subject: str, state: SubjectState) -> None:
        crisis = _driven(subject, state)
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
                crisis = self._place(ev, d, data, at, self.placement(ev, at))
            elif crisis is None:
                continue
            elif d.action == "raise":
                crisis = self._raise(ev, d, data, at, crisis)
            elif d.action == "lower":
                level = max(d.level, _others_level(crisis, ev.subject), key=rank)
                if rank(level) < rank(crisis.level):
                    crisis = services.crisis_lower(crisis=crisis, level=level, result=data, at=at)
            elif d.action == "resolve":
                if rank(_others_level(crisis, ev.subject)) > rank(Level.OK):
                    story_services.crisis_leave(
                        crisis=crisis, subject=ev.subject, at=at, reason="its own mentions calmed down"
                    )
                else:
                    services.crisis_resolve_auto(
                        crisis=crisis,
                        result=data,
                        at=at,
                        calm_seconds=ev.cfg.resolve_windows * ev.cfg.window_seconds,
                    )
                ev.state.crisis_id = None
                crisis = None
        if crisis is not None and not ev.decisions and ev.state.level != Level.OK and _first_look(ev):
            crisis = self._moved_on(ev, data, at, crisis) or crisis
        if crisis is not None:
            ev.state.crisis_id = crisis.pk
            if not ev.decisions:
                if ev.subject == crisis.subject or ev.result.score > crisis.score:
                    services.crisis_update_score(crisis=crisis, result=data, at=at)
                if ev.top_events:
                    own = _own_events(crisis, ev.subject, ev.top_events)
                    evidence.crisis_link_events(crisis=crisis, event_ids=own, at=at)
        self.current[ev.subject] = crisis

    def _place(self, ev: Evaluation, d, data: dict, at, place: stories.Placement) -> Crisis:
        """Open, join or reopen where `place` says; the subject then drives that incident."""
        links = _links(ev, place)
        if place.crisis is None:
            crisis = services.crisis_open(
                subject=ev.subject,
                level=d.level,
                result=data,
                at=at,
                alert=d.alert,
                first_event_at=_first_event_at(ev),
                event_ids=links,
                reason=place.reason if place.judged else "",
            )
        elif place.crisis.status == Crisis.Status.RESOLVED:
            crisis = story_services.crisis_reopen_story(
                crisis=place.crisis,
                subject=ev.subject,
                level=d.level,
                result=data,
                at=at,
                alert=d.alert,
                event_ids=links,
                reason=place.reason,
            )
        else:
            crisis = story_services.crisis_join(
                crisis=place.crisis,
                subject=ev.subject,
                level=d.level,
                result=data,
                at=at,
                alert=d.alert,
                event_ids=links,
                reason=place.reason,
            )
        ev.state.crisis_id = crisis.pk
        return crisis

    def placement(self, ev: Evaluation, at, current: Crisis | None = None) -> stories.Placement:
        """Where the subject's window belongs (crisis.stories): its evidence is the events the
        store counted in the window, by reach."""
        ids = list(ev.top_events)
        if self.store_for is not None:
            ids = self.store_for(ev.cfg.window_seconds).top_events(
                ev.subject, ev.now_ts, stories.EVIDENCE_LIMIT
            )
        return stories.placement(
            subject=ev.subject, at=at, event_ids=ids, min_events=ev.cfg.min_mentions, current=current
        )

    def _moved_on(self, ev: Evaluation, data: dict, at, crisis: Crisis) -> Crisis | None:
        """Once per window of a subject in an incident: if its evidence is now another story (a
        fee lawsuit arriving on the bank while its payments outage goes on), the subject leaves
        the incident (which its other subjects keep driving) for that story, at its level. The
        detector makes no decision then — the subject's level may not change at all."""
        place = self.placement(ev, at, current=crisis)
        if not place.judged:
            return None
        if place.crisis is not None and place.crisis.pk == crisis.pk:
            self._beside(ev, data, at, crisis, place)
            return None
        story_services.crisis_leave(
            crisis=crisis,
            subject=ev.subject,
            at=at,
            reason=f"its activity is another story now ({place.reason})",
        )
        return self._place(ev, Decision(action="open", level=ev.state.level, alert=True), data, at, place)

    def _beside(self, ev: Evaluation, data: dict, at, crisis: Crisis, place: stories.Placement) -> None:
        """What of the subject's window is not its incident's story: events of a second story
        already open on the subject are linked to it; a story of its own opens beside the
        incident (crisis.stories.second_story)."""
        rest = place.rest
        others = (
            Crisis.objects.filter(subjects__contains=[ev.subject])
            .exclude(status=Crisis.Status.RESOLVED)
            .exclude(pk=crisis.pk)
        )
        for other in others:
            belong, rest = stories.split(rest, stories.story_of(other))
            ids = [p.event_id for p, _ in belong if p.event_id]
            if ids:
                evidence.crisis_link_events(crisis=other, event_ids=ids, at=at)
        category = story_checks.second_story(
            rest=rest,
            story=stories.story_of(crisis),
            evidence=len(place.event_ids) + len(place.rest),
            min_events=ev.cfg.min_mentions,
        )
        if category is None:
            return
        own = _subject_words(ev.subject)
        terms = [t for t in story_checks.top_terms(rest, limit=8) if t not in own][:4]
        story_services.crisis_open_beside(
            beside=crisis,
            subject=ev.subject,
            level=ev.state.level,
            result=data,
            at=at,
            event_ids=[p.event_id for p in rest if p.event_id],
            about=", ".join(terms) or category,
            reason=f"{len(rest)} of its {len(place.event_ids) + len(place.rest)} recent events are another "
            f"story ({category}) beside crisis #{crisis.pk}",
        )

    def _raise(self, ev: Evaluation, d, data: dict, at, crisis: Crisis) -> Crisis:
        """Raise the driven incident, unless the evidence behind the raise is another story: then
        the subject leaves this incident (which goes on) and the raise goes to that story."""
        place = self.placement(ev, at, current=crisis)
        if not place.judged or (place.crisis is not None and place.crisis.pk == crisis.pk):
            return services.crisis_raise(crisis=crisis, level=d.level, result=data, at=at, alert=d.alert)
        story_services.crisis_leave(
            crisis=crisis,
            subject=ev.subject,
            at=at,
            reason=f"its new activity is another story ({place.reason})",
        )
        return self._place(ev, d, data, at, place)


def _driven(subject: str, state: SubjectState) -> Crisis | None:
    """The unresolved incident the subject drives: its state's `crisis_id`, following merges."""
    if state.crisis_id is not None:
        crisis = Crisis.objects.filter(pk=state.crisis_id).first()
        for _ in range(10):
            if crisis is None or crisis.merged_into_id is None:
                break
            crisis = Crisis.objects.filter(pk=crisis.merged_into_id).first()
        if crisis is None:
            return None
        state.crisis_id = crisis.pk
        return None if crisis.status == Crisis.Status.RESOLVED else crisis
    if state.level == Level.OK:
        return None
    # A state saved before stories (no crisis id): the subject's own unresolved incident.
    crisis = (
        Crisis.objects.filter(subject=subject)
        .exclude(status=Crisis.Status.RESOLVED)
        .order_by("-opened_at")
        .first()
    )
    if crisis is not None:
        state.crisis_id = crisis.pk
    return crisis


def _subject_words(subject: str) -> set[str]:
    """The subject's own words (its slug and watch term names), never what a story is about."""
    from ingestion.models import WatchTerm

    words = set(subject.replace("-", " ").split())
    for name, aliases in WatchTerm.objects.filter(slug=subject).values_list("name", "aliases"):
        for text in [name, *(aliases or [])]:
            words.update(w.strip("@$#").lower() for w in text.split())
    return words


def _first_look(ev: Evaluation) -> bool:
    """True once per window bucket and subject (a Redis SET NX shared by every worker)."""
    bucket = bucket_of(ev.now_ts, ev.cfg.window_seconds)
    key = f"crisis:story-look:{connection.schema_name}:{ev.subject}:{bucket}"
    return bool(redis_client().set(key, 1, nx=True, ex=max(int(2 * ev.cfg.window_seconds), 60)))


def _others_level(crisis: Crisis, subject: str) -> str:
    """The highest level among the other subjects driving this incident (ok when none)."""
    levels = DetectorState.objects.filter(state__crisis_id=crisis.pk).exclude(subject=subject)
    return max(levels.values_list("last_level", flat=True), key=rank, default=Level.OK)


def _first_event_at(ev: Evaluation):
    if ev.first_event_ts is not None:
        return from_ts(ev.first_event_ts)
    from ingestion.models import Event

    # Features expired: the first of the events that happened in the window that crossed warning.
    since = from_ts(ev.state.above_since.get(Level.WARNING, ev.now_ts) - ev.cfg.window_seconds)
    first = Event.objects.filter(subjects__contains=[ev.subject], occurred_at__gte=since).aggregate(
        first=Min("occurred_at")
    )["first"]
    return first or since


def _links(ev: Evaluation, place: stories.Placement) -> list[int]:
    """The events to link on an opening: the subject's top events that belong where it goes,
    then its newest belonging evidence (all top events when nothing was judged)."""
    if not place.judged:
        return list(ev.top_events)
    placed = set(place.event_ids)
    top = [e for e in ev.top_events if e in placed]
    return list(dict.fromkeys([*top, *place.event_ids]))[: max(len(ev.top_events), 5)]


def _own_events(crisis: Crisis, subject: str, event_ids: list[int]) -> list[int]:
    """The subject's top events, minus those that belong to another unresolved story the subject
    is part of (two stories on one subject: each incident links its own)."""
    from ingestion.models import Event

    others = list(
        Crisis.objects.filter(subjects__contains=[subject])
        .exclude(status=Crisis.Status.RESOLVED)
        .exclude(pk=crisis.pk)
    )
    if not others:
        return list(event_ids)
    probes = [
        stories.probe_of(e) for e in Event.objects.filter(pk__in=event_ids).select_related("classification")
    ]
    taken: set[int] = set()
    for other in others:
        belong, _ = stories.split(probes, stories.story_of(other))
        taken.update(p.event_id for p, _ in belong if p.event_id)
    return [e for e in event_ids if e not in taken]


def live_engine() -> Engine:
    schema = connection.schema_name
    stores: dict[int, RedisFeatureStore] = {}

    def store_for(window_seconds: int) -> RedisFeatureStore:
        if window_seconds not in stores:
            stores[window_seconds] = RedisFeatureStore(schema=schema, window_seconds=window_seconds)
        return stores[window_seconds]

    return Engine(
        stores=store_for, baselines=DbBaselines(), settings_for=detector_settings, sink=LiveSink(store_for)
    )
