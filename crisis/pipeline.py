"""The live detector: Postgres events → Redis features → engine → crisis.services.

The engine wired to live stores is `crisis.live`; the tenant's settings are `crisis.tenant_config`.

Called by the tasks in crisis/tasks.py (ids in, nothing returned but counts):

- `events_observe(event_ids=..., duplicates=False)`: classified events (or near-duplicates: volume
  and reach only) become observations in the tenant's Redis feature store, once per event
  (a retried task never counts an event twice), then their subjects are evaluated with a
  leading + trailing debounce: the first event evaluates at once, events within
  `debounce_seconds` after it schedule one trailing evaluation.
- `subjects_evaluate(subjects=...)`: one evaluation per subject under a row lock on its
  `DetectorState`, decisions applied through crisis.services.
- `subjects_sweep()`: the minute beat: every recently active subject, every subject with a level
  or a streak in flight (slow burns, de-escalation, auto-resolve).
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import cast

from django.db import connection, transaction
from django.db.models import Q

from config.celery import enqueue
from crisis import story_checks, story_services
from crisis.baseline import rollups_compute
from crisis.detector import SubjectState, rank
from crisis.engine import Engine, Evaluation, is_quiet, preview
from crisis.features import Observation, emotion_of, from_ts, hour_of, terms_of, to_ts
from crisis.live import live_engine
from crisis.models import Crisis, DetectorState, Level, TimelineEntry
from crisis.redis_store import RedisFeatureStore
from crisis.score import DetectorSettings
from crisis.tenant_config import detector_settings, tenant_config
from tenants import clock
from tenants.redis import redis_client

logger = logging.getLogger(__name__)

SEEN_TTL_SECONDS = 6 * 3600

# --- Observation ------------------------------------------------------------------------------


def observations_from_events(
    event_ids: list[int], *, duplicates: bool = False, backfilled: list[float] | None = None
) -> list[Observation]:
    """Events as the detector sees them, counted in the window of their *arrival* (now).

    Polled sources deliver items seconds to minutes after they happened and a busy worker adds
    more: bucketing by `occurred_at` would drop them into windows the evaluation no longer reads.
    So `ts` is the arrival and `occurred_ts` the event's own time (first event, time-to-detect).
    An event older than the subject's `lateness_horizon_seconds` (a backfill, an import) makes no
    spike now: it is left out of the stream and counts only in the hourly rollups, by
    `occurred_at` (occurrences older than an hour are appended to `backfilled`, whose hours the
    caller refreshes when the hourly batch will not revisit them). Clock skew into the future
    counts now.
    """
    from ingestion.models import Event

    _, _, matcher = tenant_config()
    now_ts = to_ts(clock.now())
    qs = Event.objects.filter(pk__in=event_ids).select_related("source", "canonical")
    # A retweet/cross-post repeats its canonical's words and tone: it is one more voice with that
    # sentiment and those keywords (once the canonical is classified).
    qs = qs.select_related("canonical__classification" if duplicates else "classification")
    out = []
    for e in qs:
        subjects = list(e.subjects) or (list(e.canonical.subjects) if e.canonical is not None else [])
        occurred_ts = min(to_ts(e.occurred_at), now_ts)
        age = now_ts - occurred_ts
        live = [s for s in subjects if age <= detector_settings(s).lateness_horizon_seconds]
        if backfilled is not None and age > 3600:
            backfilled.append(occurred_ts)  # its hour may be past the hourly batch's reach
        if not live:
            continue
        obs = Observation(
            ts=now_ts,
            occurred_ts=occurred_ts,
            subjects=live,
            platform=e.platform,
            source=e.source.slug,
            credibility=e.source.credibility,
            reach=max(e.reach, e.author_followers),
            verified=e.author_verified,
            event_id=e.canonical_id or e.pk,
            classified=False,
        )
        voice = e.canonical if duplicates else e
        cls = getattr(voice, "classification", None) if voice is not None else None
        if voice is not None and cls is not None:
            text = f"{voice.title} {voice.text}"
            keywords, kw_weight = matcher.match(text)
            obs.classified = True
            obs.sentiment = cls.sentiment
            obs.emotion = emotion_of(cls.emotions)
            obs.keywords, obs.keyword_weight = keywords, kw_weight
            obs.severity, obs.category = cls.severity, cls.category
            obs.terms = terms_of(text)
            obs.entities = [str(x.get("text", "")) for x in (voice.entities or []) if isinstance(x, dict)][
                :10
            ]
        out.append(obs)
    return out


# The hourly batch (crisis.beat.rollup_hourly) recomputes the last 3 hours; an event that happened
# before its reach would never be rolled up, so the pipeline refreshes those hours itself.
ROLLUP_BATCH_HOURS = 3


def rollups_refresh_for(*, occurred: list[float]) -> int:
    """Recompute the hourly rollups of hours the hourly batch will not revisit (backfills, very
    late events), one query per run of consecutive hours, within the baselines' lookback."""
    if not occurred:
        return 0
    now_ts = to_ts(clock.now())
    newest = hour_of(now_ts) - (ROLLUP_BATCH_HOURS - 1)
    oldest = hour_of(now_ts) - 24 * detector_settings("").baseline_max_days - 1
    hours = sorted({h for h in map(hour_of, occurred) if oldest <= h < newest})
    written = 0
    run_start = prev = None
    for h in [*hours, None]:
        if h is not None and prev is not None and h == prev + 1:
            prev = h
            continue
        if run_start is not None and prev is not None:
            written += rollups_compute(since=from_ts(run_start * 3600), until=from_ts((prev + 1) * 3600))
        run_start = prev = h
    return written


def _seen_key(kind: str, event_id: int) -> str:
    return f"crisis:seen:{connection.schema_name}:{kind}:{event_id}"


def _claim_unseen(event_ids: list[int], kind: str) -> list[int]:
    """At-least-once delivery: count each event once (SET NX per event id)."""
    pipe = redis_client().pipeline(transaction=False)
    for eid in event_ids:
        pipe.set(_seen_key(kind, eid), 1, nx=True, ex=SEEN_TTL_SECONDS)
    return [eid for eid, ok in zip(event_ids, pipe.execute(), strict=True) if ok]


def _unclaim(event_ids: list[int], kind: str) -> None:
    """Give the claims back (nothing was counted), so the task's retry counts these events."""
    try:
        redis_client().delete(*[_seen_key(kind, eid) for eid in event_ids])
    except Exception:  # Redis is what failed: the keys expire, the events miss this window
        logger.warning("could not release %d crisis claims", len(event_ids), exc_info=True)


def events_observe(*, event_ids: list[int], duplicates: bool = False, evaluate: bool = True) -> set[str]:
    """Feed events to the feature store and trigger a debounced evaluation of their subjects.

    A failure before the counters are written (reading the events) releases the claims, so the
    task's retry counts them; once counted they stay claimed, and a retry leaves their subjects to
    the next evaluation (the minute sweep at the latest) rather than count them twice.
    """
    kind = "dup" if duplicates else "cls"
    fresh = _claim_unseen(list(dict.fromkeys(event_ids)), kind)
    if not fresh:
        return set()
    engine = live_engine()
    backfilled: list[float] = []
    try:
        observations = observations_from_events(fresh, duplicates=duplicates, backfilled=backfilled)
    except BaseException:
        _unclaim(fresh, kind)
        raise
    touched = engine.observe(observations)
    rollups_refresh_for(occurred=backfilled)
    if evaluate and touched:
        now_subjects, trailing = debounce(sorted(touched))
        if now_subjects:
            subjects_evaluate(subjects=now_subjects, engine=engine)
        if trailing:
            delay = max(detector_settings(s).debounce_seconds for s in trailing)
            enqueue("crisis.evaluate_subjects", subjects=trailing, trailing=True, countdown=delay)
    return touched


def debounce(subjects: list[str]) -> tuple[list[str], list[str]]:
    """Split subjects into evaluate-now (leading edge) and evaluate-later (one trailing run)."""
    r = redis_client()
    schema = connection.schema_name
    pipe = r.pipeline(transaction=False)
    ms = {s: max(int(detector_settings(s).debounce_seconds * 1000), 1) for s in subjects}
    for s in subjects:
        pipe.set(f"crisis:deb:lead:{schema}:{s}", 1, nx=True, px=ms[s])
    leads = pipe.execute()
    now_subjects = [s for s, ok in zip(subjects, leads, strict=True) if ok]
    waiting = [s for s, ok in zip(subjects, leads, strict=True) if not ok]
    if not waiting:
        return now_subjects, []
    for s in waiting:
        pipe.set(f"crisis:deb:trail:{schema}:{s}", 1, nx=True, px=ms[s] * 2)
    trails = pipe.execute()
    return now_subjects, [s for s, ok in zip(waiting, trails, strict=True) if ok]


def trailing_release(subjects: list[str]) -> None:
    schema = connection.schema_name
    redis_client().delete(*[f"crisis:deb:trail:{schema}:{s}" for s in subjects])


# --- Evaluation -------------------------------------------------------------------------------


def subjects_evaluate(
    *,
    subjects: list[str],
    engine: Engine | None = None,
    force: bool = False,
    force_subjects: tuple = (),
    sample: bool = False,
) -> list[Evaluation]:
    """Evaluate each subject now (`tenants.clock.now()`).

    1. One Redis round trip reads every subject's window; one query reads their states.
    2. Subjects with nothing in flight whose score is ok are skipped without a lock or a write
       (most of them, most of the time); the sweep (`sample=True`) still stores one score sample
       per window for every active subject, so the charts have no holes.
    3. The others are evaluated one transaction each, under a row lock on their DetectorState,
       so two workers never interleave a subject's hysteresis.
    """
    engine = engine or live_engine()
    now_ts = to_ts(clock.now())
    by_window: dict[int, list[str]] = {}
    for s in subjects:
        by_window.setdefault(detector_settings(s).window_seconds, []).append(s)
    features = {}
    for w, group in by_window.items():
        # The live engine's stores are Redis stores, which read many subjects in one round trip.
        features.update(cast("RedisFeatureStore", engine.stores(w)).windows(group, now_ts))
    states = dict(DetectorState.objects.filter(subject__in=subjects).values_list("subject", "state"))
    out = []
    for subject in subjects:
        cfg = detector_settings(subject)
        forced = force or subject in force_subjects
        state = SubjectState.from_json(states.get(subject))
        if not forced and is_quiet(state, features[subject], cfg):
            continue
        calm = not forced and not sample and state.idle
        if calm and preview(engine, subject, now_ts, features[subject]).level == Level.OK:
            continue
        with transaction.atomic():
            row = DetectorState.objects.select_for_update().filter(subject=subject).first()
            if row is None:
                DetectorState.objects.bulk_create([DetectorState(subject=subject)], ignore_conflicts=True)
                row = DetectorState.objects.select_for_update().get(subject=subject)
            state = SubjectState.from_json(row.state)
            evaluation = engine.evaluate(subject, now_ts, state, force=forced, features=features[subject])
            if evaluation is None:
                continue
            row.state = state.to_json()
            row.last_score = evaluation.result.score
            row.last_level = state.level
            row.evaluated_at = from_ts(now_ts)
            row.save()
            out.append(evaluation)
    streaks_follow_up(out)
    return out


STREAK_MARGIN_SECONDS = 0.25


def streak_due(state: SubjectState, cfg: DetectorSettings) -> float | None:
    """When the pending streak of a level above the current one becomes eligible, if any."""
    hold = (cfg.raise_windows - 1) * cfg.window_seconds
    if hold <= 0 or state.hold_until_calm or state.last_eval is None:
        return None
    dues = [
        since + hold
        for lv, since in state.above_since.items()
        if rank(lv) > rank(state.level) and since + hold > state.last_eval
    ]
    return min(dues) if dues else None


def streaks_follow_up(evaluations: list[Evaluation]) -> None:
    """A level is raised only after a full streak of evaluations at or above it, and evaluations
    come with events: when a burst stops just before its streak completes, nothing would look
    again until the minute sweep (by then the window may have decayed). So every evaluation that
    leaves a streak pending schedules one evaluation for the instant it completes (once per
    streak: a Redis SET NX keyed by the due time)."""
    r = redis_client()
    schema = connection.schema_name
    for ev in evaluations:
        due = streak_due(ev.state, ev.cfg)
        if due is None:
            continue
        delay = max(due - ev.now_ts, 0.0) + STREAK_MARGIN_SECONDS
        key = f"crisis:deb:streak:{schema}:{ev.subject}:{int(due * 1000)}"
        if r.set(key, 1, nx=True, px=int((delay + 60) * 1000)):
            enqueue("crisis.evaluate_subjects", subjects=[ev.subject], countdown=delay)


def subjects_sweep() -> int:
    """The minute beat: recently active subjects and every subject with something in flight."""
    now = clock.now()
    active: set[str] = set()
    windows = {detector_settings("").window_seconds} | {
        int(o["window_seconds"]) for o in tenant_config()[1].values() if o.get("window_seconds")
    }
    for w in windows:
        store = RedisFeatureStore(schema=connection.schema_name, window_seconds=w)
        active |= set(store.active_subjects(to_ts(now) - max(2 * w, 120)))
    in_flight = DetectorState.objects.exclude(last_level=Level.OK).values_list("subject", flat=True)
    streaks = DetectorState.objects.filter(evaluated_at__gte=now - timedelta(hours=2)).values_list(
        "subject", "state"
    )
    active |= set(in_flight)
    active |= {s for s, st in streaks if not SubjectState.from_json(st).idle}
    open_subjects = set(
        Crisis.objects.exclude(status=Crisis.Status.RESOLVED).values_list("subject", flat=True)
    )
    active |= open_subjects
    subjects_evaluate(subjects=sorted(active), force_subjects=tuple(open_subjects), sample=True)
    stories_sweep()
    return len(active)


def stories_sweep() -> tuple[int, int]:
    """The minute beat, for stories: merge unresolved incidents that turned out to be one story
    (crisis.story_checks.merges_due), and resolve incidents no subject drives (their subjects all left,
    or a second story that never had one) once nothing happened in them for the calm period.
    Returns (merged, resolved)."""
    cfg = detector_settings("")
    merged = 0
    for older, newer, reason in story_checks.merges_due(min_events=cfg.min_mentions):
        story_services.crisis_merge(target=older, source=newer, reason=f"one story: {reason}")
        merged += 1
    now = clock.now()
    calm = cfg.resolve_windows * cfg.window_seconds
    left = TimelineEntry.objects.filter(
        Q(kind=TimelineEntry.Kind.STORY, data__left=True)
        | Q(kind=TimelineEntry.Kind.OPENED, data__driven=False)
    ).values("crisis_id")
    resolved = 0
    for crisis in Crisis.objects.exclude(status=Crisis.Status.RESOLVED).filter(pk__in=left):
        drivers = DetectorState.objects.filter(state__crisis_id=crisis.pk).exclude(last_level=Level.OK)
        latest = (
            crisis.timeline.exclude(kind=TimelineEntry.Kind.STORY)
            .order_by("-at")
            .values_list("at", flat=True)
        )
        last = max([crisis.opened_at, *latest[:1]])
        if drivers.exists() or (now - last).total_seconds() < calm:
            continue
        story_services.crisis_resolve_orphan(crisis=crisis, calm_seconds=calm)
        resolved += 1
    return merged, resolved
