"""Stories: one incident per story, through the real pipeline (Postgres events → Redis features →
detector → crisis.stories → services), and the story services a person uses (merge, split)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from crisis import pipeline, story_services, tenant_config
from crisis.features import Observation
from crisis.models import Crisis, CrisisEvent, GroupingConfig, SubjectLink, TimelineEntry
from crisis.replay import run
from crisis.score import DetectorSettings
from crisis.selectors import crisis_timeline
from tenants.redis import redis_client
from tests.crisis.factories import bulk, unique_subject

T = datetime(2026, 12, 9, 10, 0, tzinfo=UTC)
BREACH = "Northwind data breach: card numbers leaked, my account was hacked, this is fraud"
OUTAGE = "Card payments declined everywhere and the app is down, outage since this morning"
LAWSUIT = "Class action lawsuit filed over overdraft fees, lawyers say customers were overcharged"


@pytest.fixture(autouse=True)
def clean_features():
    r = redis_client()
    for key in r.scan_iter("crisis:*", count=1000):
        r.delete(key)


def spike(subject, sim_clock, *, minutes=3, per_minute=40, **story):
    for _ in range(minutes * 4):
        now = sim_clock.now()
        events = bulk(subject, [(now, "neg")] * (per_minute // 4), **story)
        pipeline.events_observe(event_ids=[e.pk for e in events])
        sim_clock.advance(15)
    pipeline.subjects_sweep()


def calm(sim_clock, minutes):
    for _ in range(minutes):
        sim_clock.advance(60)
        pipeline.subjects_sweep()


def unresolved() -> list[Crisis]:
    return list(Crisis.objects.exclude(status=Crisis.Status.RESOLVED).order_by("pk"))


def test_an_opening_on_a_co_mentioned_subject_joins_the_open_crisis_of_its_story(
    detector, sim_clock, sent_tasks
):
    bank, card = unique_subject("bank"), unique_subject("card")
    sim_clock.set(T)
    spike(bank, sim_clock, neg_text=BREACH)
    [crisis] = unresolved()
    # "Is my card safe after the breach?" names the card and the bank: the card's burst is the story's.
    spike(card, sim_clock, subjects=[card, bank], neg_text=f"Is my card safe? {BREACH}")
    assert unresolved() == [crisis]
    crisis.refresh_from_db()
    assert crisis.story_subjects == [bank, card]
    joined = crisis.timeline.get(kind=TimelineEntry.Kind.STORY)
    assert joined.message.startswith(f"{card} joined this story") and f"names {bank}" in joined.message
    # One incident pages: every escalation hand-off is this crisis'.
    assert {kw["crisis_id"] for kw in sent_tasks.named("escalation.trigger_crisis_alert")} == {crisis.pk}


def test_an_unrelated_story_on_a_co_mentioned_subject_opens_an_incident_of_its_own(detector, sim_clock):
    card, bank = unique_subject("card"), unique_subject("bank")
    sim_clock.set(T)
    # A payments outage: posts name the card and the bank (the bank is co-mentioned).
    spike(card, sim_clock, subjects=[card, bank], neg_text=OUTAGE, neg_category="operational")
    [outage] = unresolved()
    # Meanwhile a lawsuit over fees, about the bank only: another story, not a part of the outage.
    spike(bank, sim_clock, minutes=4, neg_text=LAWSUIT, neg_category="legal")
    crises = unresolved()
    assert len(crises) == 2, [(c.pk, c.story_subjects) for c in crises]
    lawsuit = next(c for c in crises if c.pk != outage.pk)
    assert lawsuit.subject == bank and lawsuit.category == "legal"
    # Each incident links its own story's events: the lawsuit's evidence holds no outage post.
    texts = set(CrisisEvent.objects.filter(crisis=lawsuit).values_list("event__text", flat=True))
    assert texts == {LAWSUIT}
    assert "a story of its own" in lawsuit.timeline.get(kind=TimelineEntry.Kind.OPENED).message


def test_a_second_story_on_the_subject_of_an_open_incident_opens_beside_it(detector, sim_clock):
    bank = unique_subject("bank")
    sim_clock.set(T)
    spike(bank, sim_clock, neg_text=OUTAGE, neg_category="operational")
    [outage] = unresolved()
    # The outage goes on while a lawsuit over fees starts: both on the bank, in the same windows.
    for _ in range(4 * 4):
        now = sim_clock.now()
        events = bulk(bank, [(now, "neg")] * 6, neg_text=OUTAGE, neg_category="operational")
        events += bulk(bank, [(now, "neg")] * 6, neg_text=LAWSUIT, neg_category="legal")
        pipeline.events_observe(event_ids=[e.pk for e in events])
        sim_clock.advance(15)
    pipeline.subjects_sweep()
    crises = unresolved()
    assert len(crises) == 2, [(c.pk, c.title) for c in crises]
    lawsuit = next(c for c in crises if c.pk != outage.pk)
    assert lawsuit.subject == bank and lawsuit.category == "legal"
    about = lawsuit.title.split(": ", 1)[1]  # what the story is about: its own posts' words
    assert {"lawsuit", "class", "action", "overdraft", "fees", "lawyers"} & set(about.split(", ")), (
        lawsuit.title
    )
    assert not {"outage", "declined", "payments"} & set(about.split(", ")), lawsuit.title
    assert set(CrisisEvent.objects.filter(crisis=lawsuit).values_list("event__text", flat=True)) == {LAWSUIT}
    assert set(CrisisEvent.objects.filter(crisis=outage).values_list("event__text", flat=True)) == {OUTAGE}
    assert outage.timeline.filter(
        kind=TimelineEntry.Kind.STORY, message__contains=f"crisis #{lawsuit.pk}"
    ).exists()
    # The bank still drives the outage; the lawsuit, driven by nobody, resolves once it goes quiet.
    for _ in range(15):
        now = sim_clock.now()
        pipeline.events_observe(
            event_ids=[
                e.pk for e in bulk(bank, [(now, "neg")] * 10, neg_text=OUTAGE, neg_category="operational")
            ]
        )
        sim_clock.advance(60)
        pipeline.subjects_sweep()
    lawsuit.refresh_from_db()
    outage.refresh_from_db()
    assert lawsuit.status == Crisis.Status.RESOLVED and outage.status != Crisis.Status.RESOLVED


def test_a_story_flaring_up_within_the_reopen_window_reopens_its_incident(detector, sim_clock, sent_tasks):
    subject = unique_subject()
    sim_clock.set(T)
    spike(subject, sim_clock, neg_text=BREACH)
    calm(sim_clock, 12)  # resolves after 10 calm windows
    [crisis] = Crisis.objects.filter(subject=subject)
    assert crisis.status == Crisis.Status.RESOLVED
    sim_clock.advance(3600)  # an hour later, well within the 24 h window
    spike(subject, sim_clock, neg_text=BREACH)
    crisis.refresh_from_db()
    assert Crisis.objects.filter(subject=subject).count() == 1
    assert crisis.status == Crisis.Status.OPEN and crisis.reopened_count == 1
    reopened = crisis.timeline.get(kind=TimelineEntry.Kind.REOPENED)
    assert f"{subject} flared up again" in reopened.message
    # Escalation hears of it again (its rate limit turns the repeat into an update).
    assert [kw["crisis_id"] for kw in sent_tasks.named("escalation.trigger_crisis_alert")].count(
        crisis.pk
    ) >= 2


def test_after_the_reopen_window_a_flare_up_is_a_new_incident(detector, sim_clock):
    GroupingConfig.objects.create(reopen_window_minutes=30)
    tenant_config.config_cache_clear()
    subject = unique_subject()
    sim_clock.set(T)
    spike(subject, sim_clock, neg_text=BREACH)
    calm(sim_clock, 12)
    sim_clock.advance(3600)
    spike(subject, sim_clock, neg_text=BREACH)
    first, second = Crisis.objects.filter(subject=subject).order_by("pk")
    assert first.status == Crisis.Status.RESOLVED and second.status == Crisis.Status.OPEN
    assert first.reopened_count == 0


def test_open_incidents_that_are_one_story_merge_in_the_minute_sweep(detector, sim_clock, sent_tasks):
    bank, card = unique_subject("bank"), unique_subject("card")
    sim_clock.set(T)
    # Grouping was off when both opened (two incidents); once on, the sweep sees one story.
    GroupingConfig.objects.create(enabled=False)
    tenant_config.config_cache_clear()
    spike(bank, sim_clock, neg_text=BREACH)
    spike(card, sim_clock, subjects=[card, bank], neg_text=f"My card too: {BREACH}")
    older, newer = unresolved()
    GroupingConfig.objects.update(enabled=True)
    tenant_config.config_cache_clear()
    merged, _ = pipeline.stories_sweep()
    assert merged == 1
    older.refresh_from_db()
    newer.refresh_from_db()
    assert unresolved() == [older] and newer.merged_into_id == older.pk
    assert set(older.story_subjects) == {bank, card}
    assert sent_tasks.named("escalation.crisis_merged") == [{"source_id": newer.pk, "target_id": older.pk}]


def test_a_grouping_rule_keeps_two_subjects_apart(detector, sim_clock):
    bank, card = unique_subject("bank"), unique_subject("card")
    SubjectLink.objects.create(subject_a=bank, subject_b=card, mode=SubjectLink.Mode.NEVER)
    tenant_config.config_cache_clear()
    sim_clock.set(T)
    spike(bank, sim_clock, neg_text=BREACH)
    spike(card, sim_clock, subjects=[card, bank], neg_text=f"Is my card safe? {BREACH}")
    assert len(unresolved()) == 2


# --- merge and split: a person's story services ------------------------------------------------


def _crisis(subject: str, *, minutes_ago: int, events) -> Crisis:
    from crisis import services

    at = T - timedelta(minutes=minutes_ago)
    crisis = services.crisis_open(
        subject=subject,
        level="high",
        result={"score": 0.7, "explanation": "volume up"},
        at=at,
        alert=False,
        event_ids=[e.pk for e in events],
    )
    return crisis


def test_a_second_story_takes_its_words_out_of_the_title_of_the_incident_beside_it(in_a, sim_clock):
    """The outage opened while the lawsuit's first posts already counted among the bank's
    keywords: once the lawsuit is an incident of its own, the outage's title keeps only its own."""
    from crisis import services

    sim_clock.set(T)
    bank = unique_subject("bank")
    outage_events = bulk(bank, [(T, "neg")] * 3, neg_text=OUTAGE, neg_category="operational")
    lawsuit_events = bulk(bank, [(T, "neg")] * 3, neg_text=LAWSUIT, neg_category="legal")
    explanation = "Crisis keywords (down, outage, class action), 3× volume spike — score 0.44 (warning)"
    outage = services.crisis_open(
        subject=bank,
        level="warning",
        result={"score": 0.44, "explanation": explanation},
        at=T,
        alert=False,
        event_ids=[e.pk for e in outage_events + lawsuit_events],
    )
    assert "class action" in outage.title
    lawsuit = story_services.crisis_open_beside(
        beside=outage,
        subject=bank,
        level="warning",
        result={"score": 0.44, "explanation": explanation},
        at=T,
        event_ids=[e.pk for e in lawsuit_events],
        about="lawsuit, class, overdraft, fees",
        reason="another story",
    )
    outage.refresh_from_db()
    assert outage.title.endswith(": Crisis keywords (down, outage), 3× volume spike"), outage.title
    assert lawsuit.title.endswith(": lawsuit, class, overdraft, fees"), lawsuit.title
    assert set(CrisisEvent.objects.filter(crisis=outage).values_list("event__text", flat=True)) == {OUTAGE}


def test_merge_and_split_keep_the_timeline_whole(in_a, tenant_a, sim_clock):
    sim_clock.set(T)
    bank, card = unique_subject("bank"), unique_subject("card")
    a = _crisis(bank, minutes_ago=30, events=bulk(bank, [(T, "neg")] * 3, neg_text=BREACH))
    b = _crisis(card, minutes_ago=20, events=bulk(card, [(T, "neg")] * 2, subjects=[card], neg_text=BREACH))
    before_a = list(a.timeline.values_list("pk", flat=True))
    before_b = list(b.timeline.values_list("pk", flat=True))
    manager = tenant_a.user("manager@a.test")

    story_services.crisis_merge(target=a, source=b, by_user=manager, reason="same breach")
    a.refresh_from_db()
    b.refresh_from_db()
    assert a.story_subjects == [bank, card] and b.status == Crisis.Status.RESOLVED and b.merged_into == a
    whole = list(crisis_timeline(crisis=a))
    # Every entry of both crises, in time order, and the merge recorded on each side.
    assert set(before_a + before_b) < {e.pk for e in whole}
    assert [e.at for e in whole] == sorted(e.at for e in whole)
    merged = [e for e in whole if e.kind == TimelineEntry.Kind.MERGED]
    assert {e.crisis_id for e in merged} == {a.pk, b.pk}
    assert any(
        f"Crisis #{b.pk} ({card}) merged into this one by manager@a.test: same breach" in e.message
        for e in merged
    )
    assert CrisisEvent.objects.filter(crisis=a).count() == 5
    # Merging again is a no-op.
    assert story_services.crisis_merge(target=a, source=b).pk == a.pk

    split = story_services.crisis_split(crisis=a, subjects=[card], by_user=manager, reason="another story")
    a.refresh_from_db()
    assert a.story_subjects == [bank] and split.story_subjects == [card] and split.split_from == a
    assert CrisisEvent.objects.filter(crisis=split).count() == 2
    assert CrisisEvent.objects.filter(crisis=a).count() == 3
    split_whole = list(crisis_timeline(crisis=split))
    # The split-off incident reads the parent's history up to the split, then its own.
    assert {e.pk for e in whole} <= {e.pk for e in split_whole}
    assert split_whole[-1].kind in (TimelineEntry.Kind.SPLIT, TimelineEntry.Kind.ROUTING)
    assert a.timeline.filter(
        kind=TimelineEntry.Kind.SPLIT, message__contains=f"into crisis #{split.pk}"
    ).exists()
    with pytest.raises(ValueError):
        story_services.crisis_split(crisis=a, subjects=[bank])  # the last subject stays


# --- the replay's story window (bench/crisislex_eval) -------------------------------------------


def _burst(start: float, n: int = 400, spread: float = 1800.0) -> list[Observation]:
    return [Observation(ts=start + i * spread / n, subjects=["quake"], classified=False) for i in range(n)]


def test_replay_reopens_a_flare_up_within_the_window_and_pages_once_per_level():
    cfg = DetectorSettings.from_dict(
        {
            "weights": {"volume": 1.0},
            "window_seconds": 900,
            "min_mentions": 5,
            "raise_windows": 2,
            "resolve_windows": 4,
            "prior_hourly_mean": 3.0,
            "prior_hourly_std": 3.0,
        }
    )
    start = 1_700_000_000.0
    rows = _burst(start) + _burst(start + 6 * 3600) + [Observation(ts=start + 12 * 3600, subjects=["quake"])]
    before = run(rows, cfg)
    after = run(rows, cfg, reopen_within_seconds=24 * 3600)
    assert len(before.crises) == 2 and len(after.crises) == 1
    [incident] = after.crises
    assert len(incident.reopens) == 1
    levels = [lv for _, lv in incident.pages]
    assert len(levels) == len(set(levels)) and "warning" not in levels
    assert sum(len(c.pages) for c in after.crises) < sum(len(c.pages) for c in before.crises)
