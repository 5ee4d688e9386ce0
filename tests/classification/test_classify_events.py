"""The classification.classify_events task: one Classification per event, hand-offs after commit."""

from __future__ import annotations

from classification.models import Classification, ReviewItem
from classification.tasks import classify_events
from tests.classification.conftest import make_event


def test_classify_events_is_idempotent_and_hands_off_once(
    in_a, no_model, handoffs, django_capture_on_commit_callbacks
):
    breach = make_event("Data breach: hackers exfiltrated customer data, passwords leaked")
    lawsuit = make_event("Class action lawsuit filed against Acme over hidden fees")
    meh = make_event("new sneakers arrived today")
    ids = [breach.pk, lawsuit.pk, meh.pk]

    with django_capture_on_commit_callbacks(execute=True):
        first = classify_events(ids)
    with django_capture_on_commit_callbacks(execute=True):
        second = classify_events(ids + ids)

    assert first["classified"] == 3 and second == {"classified": 0, "skipped": 3, "review": 0}
    assert Classification.objects.filter(event_id__in=ids).count() == 3
    by_event = {c.event_id: c for c in Classification.objects.filter(event_id__in=ids)}
    assert (by_event[breach.pk].severity, by_event[breach.pk].category) == ("P0", "security")
    assert (by_event[lawsuit.pk].severity, by_event[lawsuit.pk].category) == ("P1", "legal")

    names = [(name, kwargs) for name, kwargs, _ in handoffs]
    alerts = [kw["classification_id"] for name, kw in names if name == "escalation.trigger_event_alert"]
    assert sorted(alerts) == sorted([by_event[breach.pk].pk, by_event[lawsuit.pk].pk])
    observed = [kw["event_ids"] for name, kw in names if name == "crisis.observe_events"]
    assert observed == [ids]
    assert {schema for _, _, schema in handoffs} == {in_a.schema}


def test_low_confidence_p0_still_alerts_and_waits_in_review(
    in_a, no_model, review_everything, handoffs, django_capture_on_commit_callbacks
):
    # Rules say P0 but two categories compete (low confidence); the model is down: flagged for
    # review — and alerted anyway.
    event = make_event("lawsuit after explosion reported near the plant")
    with django_capture_on_commit_callbacks(execute=True):
        classify_events([event.pk])
    cls = Classification.objects.get(event=event)
    assert cls.severity == "P0" and cls.needs_review
    assert ReviewItem.objects.filter(classification=cls, status="pending").exists()
    assert ("escalation.trigger_event_alert", {"classification_id": cls.pk}) in [
        (n, k) for n, k, _ in handoffs
    ]


def test_every_classification_records_sentiment_emotions_toxicity_and_latency(in_a, no_model):
    event = make_event("I am furious, this is the worst airline ever, total scam")
    classify_events([event.pk])
    cls = Classification.objects.get(event=event)
    assert cls.sentiment < -0.5
    assert cls.emotions["anger"] > 0.5 and set(cls.emotions) == {
        "anger",
        "fear",
        "disgust",
        "sadness",
        "joy",
        "surprise",
    }
    assert 0.0 <= cls.toxicity <= 1.0
    assert cls.latency_ms > 0
    assert "rules" in cls.tier_opinions


def test_source_severity_hint_from_a_paging_source_decides(in_a, no_model):
    event = make_event("CPU usage high on db-1", platform="other", extra={"severity_hint": "P1"})
    classify_events([event.pk])
    cls = Classification.objects.get(event=event)
    assert (cls.severity, cls.category, cls.tier) == ("P1", "operational", "rules")
    assert not cls.needs_review


def test_tenant_lexicon_entry_changes_the_rules_tier(in_a, no_model):
    from classification.models import LexiconEntry

    LexiconEntry.objects.create(category="pr", pattern="influencer meltdown", severity="P1", weight=2.0)
    event = make_event("influencer meltdown about our brand trending now")
    classify_events([event.pk])
    cls = Classification.objects.get(event=event)
    assert (cls.category, cls.severity) == ("pr", "P1")
    assert "influencer meltdown" in cls.keywords


def test_negated_cue_does_not_fire(in_a, no_model):
    event = make_event("Acme says there was no data breach and no ransomware")
    classify_events([event.pk])
    cls = Classification.objects.get(event=event)
    assert cls.category == "none" and cls.severity not in ("P0", "P1")
    assert cls.tier_opinions["rules"]["negated"]


def test_a_resolve_from_a_monitoring_source_is_informational(in_a, no_model):
    event = make_event(
        "card-api outage: error rate back to normal",
        platform="other",
        extra={"severity_hint": "", "event_action": "resolve", "is_resolved": True},
    )
    classify_events([event.pk])
    assert Classification.objects.get(event=event).severity == "P4"


def test_emergency_fund_is_not_an_incident(in_a, no_model):
    event = make_event("Thoughts on savings rates? Thinking of moving my emergency fund.")
    classify_events([event.pk])
    assert Classification.objects.get(event=event).severity not in ("P0", "P1")
