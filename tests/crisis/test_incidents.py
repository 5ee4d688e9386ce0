"""Incidents: hand-off to escalation, broadcasts, the append-only timeline, people's actions and
the post-mortem built from them."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from crisis import pipeline, services, timeline
from crisis.models import Crisis, TimelineEntry
from crisis.postmortem import postmortem_build, postmortem_markdown
from tenants.redis import redis_client
from tests.crisis.factories import bulk, seed_history, unique_subject

T = datetime(2026, 12, 8, 14, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def clean_features():
    r = redis_client()
    for key in r.scan_iter("crisis:*", count=1000):
        r.delete(key)


@pytest.fixture
def broadcasts(monkeypatch):
    seen = []
    monkeypatch.setattr(
        timeline, "broadcast_on_commit", lambda *, kind, payload: seen.append((kind, payload))
    )
    return seen


def spike(subject, sim_clock, minutes=3, per_minute=40):
    for _ in range(minutes * 4):
        now = sim_clock.now()
        pipeline.events_observe(event_ids=[e.pk for e in bulk(subject, [(now, "neg")] * (per_minute // 4))])
        sim_clock.advance(15)
    pipeline.subjects_sweep()


def calm(sim_clock, minutes):
    for _ in range(minutes):
        sim_clock.advance(60)
        pipeline.subjects_sweep()


def test_opening_hands_off_to_escalation_and_auto_resolve_stops_the_alerts(
    detector, sim_clock, sent_tasks, tenant_a
):
    subject = unique_subject()
    sim_clock.set(T)
    seed_history(subject, days=10, per_hour=lambda h: 60, until=T)
    spike(subject, sim_clock)
    crisis = Crisis.objects.get(subject=subject)
    alerts = sent_tasks.named("escalation.trigger_crisis_alert")
    assert alerts[0] == {"crisis_id": crisis.pk, "level": alerts[0]["level"]}
    assert [a["level"] for a in alerts] == sorted(
        {a["level"] for a in alerts}, key=["warning", "high", "critical"].index
    )
    assert all(schema == tenant_a.schema for name, _, schema in sent_tasks if name.startswith("escalation."))
    assert sent_tasks.named("escalation.resolve_crisis_alerts") == []

    calm(sim_clock, 12)  # 10 windows below warning (default) → auto-resolve
    crisis.refresh_from_db()
    assert crisis.status == Crisis.Status.RESOLVED and crisis.resolved_by is None
    assert sent_tasks.named("escalation.resolve_crisis_alerts") == [{"crisis_id": crisis.pk}]
    kinds = list(crisis.timeline.values_list("kind", flat=True))
    assert kinds[0] == "opened" and kinds[-1] == "resolved" and "event" in kinds and "routing" in kinds


def test_crisis_broadcasts_are_json_safe_and_name_the_signals(detector, sim_clock, broadcasts):
    subject = unique_subject()
    sim_clock.set(T)
    spike(subject, sim_clock, minutes=2)
    crisis_msgs = [p for k, p in broadcasts if k == "crisis"]
    assert crisis_msgs, "no crisis broadcast"
    msg = json.loads(json.dumps(crisis_msgs[-1]))
    assert msg["subject"] == subject and msg["level"] in ("high", "critical")
    assert set(msg["signals"]["signals"]) >= {"volume", "sentiment", "keywords"}
    assert any(k == "timeline" for k, _ in broadcasts)


def test_timeline_entries_cannot_be_changed_or_deleted(in_a):
    crisis = Crisis.objects.create(subject="x", title="x", opened_at=T)
    entry = services.timeline_append(crisis=crisis, kind="note", message="first")
    entry.message = "rewritten"
    with pytest.raises(ValueError):
        entry.save()
    with pytest.raises(ValueError):
        entry.delete()
    assert TimelineEntry.objects.get(pk=entry.pk).message == "first"


def test_postmortem_lists_every_step_in_order_with_times_to_detect_ack_resolve(
    detector, sim_clock, sent_tasks, tenant_a
):
    subject = unique_subject()
    sim_clock.set(T)
    seed_history(subject, days=10, per_hour=lambda h: 60, until=T)
    spike(subject, sim_clock)
    crisis = Crisis.objects.get(subject=subject)
    manager = tenant_a.user("manager@a.test")
    sim_clock.advance(120)
    services.crisis_acknowledge(crisis=crisis, by_user=manager, via="web")
    services.crisis_assign(crisis=crisis, owner=manager, by_user=manager)
    services.crisis_add_note(crisis=crisis, by_user=manager, text="Comms drafting a statement")
    sim_clock.advance(600)
    services.crisis_resolve(crisis=crisis, by_user=manager, note="Statement out, volume back to normal")
    crisis.refresh_from_db()

    pm = postmortem_build(crisis=crisis)
    kinds = [t["kind"] for t in pm["timeline"]]
    assert kinds[0] == "opened"
    order = [
        kinds.index(k) for k in ("opened", "level", "event", "routing", "ack", "assign", "note", "resolved")
    ]
    assert order == sorted(order)
    assert [t["at"] for t in pm["timeline"]] == sorted(t["at"] for t in pm["timeline"])
    m = pm["metrics"]
    assert 0 < m["time_to_detect_seconds"] <= 180
    assert m["time_to_ack_seconds"] == pytest.approx(
        (crisis.acknowledged_at - crisis.opened_at).total_seconds(), abs=1
    )
    assert m["time_to_resolve_seconds"] > m["time_to_ack_seconds"] >= 120
    assert pm["signal_chart"]["score"] and len(pm["signal_chart"]["t"]) == len(pm["signal_chart"]["volume"])
    assert set(pm["who_did_what"]) == {"system", "manager@a.test"}
    json.dumps(pm)

    md = postmortem_markdown(crisis=crisis)
    positions = [
        md.index(s)
        for s in (
            "Crisis opened at",
            "Handed off to escalation",
            "Acknowledged by manager@a.test",
            "Comms drafting a statement",
            "Resolved by manager@a.test",
        )
    ]
    assert positions == sorted(positions)
    assert "time-to-detect" in md and "time-to-ack" in md and "time-to-resolve" in md
    # a person resolved it: the detector does not reopen while the subject is still hot
    assert sent_tasks.named("escalation.resolve_crisis_alerts") == [{"crisis_id": crisis.pk}]
    spike(subject, sim_clock, minutes=2)
    assert not Crisis.objects.filter(subject=subject).exclude(status="resolved").exists()


def test_reopen_refuses_a_second_unresolved_crisis_for_the_subject(in_a, sent_tasks):
    old = Crisis.objects.create(subject="dup", title="old", opened_at=T, status="resolved", resolved_at=T)
    Crisis.objects.create(subject="dup", title="new", opened_at=T + timedelta(hours=1))
    with pytest.raises(ValueError):
        services.crisis_reopen(crisis=old, reason="not over")
    other = Crisis.objects.create(
        subject="solo",
        title="solo",
        opened_at=T,
        status="resolved",
        resolved_at=T,
        level="ok",
        peak_level="high",
    )
    reopened = services.crisis_reopen(crisis=other, reason="still trending")
    assert reopened.status == "open" and reopened.level == "high"
    assert sent_tasks.named("escalation.trigger_crisis_alert") == [{"crisis_id": other.pk, "level": "high"}]


def test_a_retweet_carries_its_canonical_posts_tone_and_keywords(detector):
    from crisis.pipeline import observations_from_events
    from tests.crisis.factories import event, negative, unique_subject

    subject = unique_subject()
    original = negative(subject)
    retweet = event(subject, text="RT " + original.text, canonical=original)

    [obs] = observations_from_events([retweet.pk], duplicates=True)

    assert obs.classified and obs.sentiment == -0.8
    assert obs.severity == "P1" and obs.category == "security"
    assert obs.keywords, "the canonical's crisis keywords count for its retweets too"
    assert obs.event_id == original.pk
