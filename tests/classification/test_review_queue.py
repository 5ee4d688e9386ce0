"""The review queue: a per-tenant budget, most valuable first; corrections become rule precision."""

from __future__ import annotations

from classification import selectors
from classification.models import Classification, ReviewItem, ReviewPolicy, RulePrecision
from classification.review import plan_admission
from classification.services import classifications_create_for_events, review_item_decide
from classification.trust import TRUSTED
from tests.classification.conftest import make_event
from tests.classification.safety_texts import THREATS

# Ordinary brand chatter with an operational cue: with the model switched off every answer is a
# doubt ("model unavailable"), so the burst offers far more candidates than the budget allows.
CHATTER = [
    "card payment delayed again at the shop",
    "transfer stuck since this morning",
    "the app is slow today",
    "refund still missing after a week",
    "branch closed early, annoying",
    "statement download broken again",
]


def test_review_budget_holds_under_a_burst_and_the_p0_in_it_still_pages(
    in_a, no_model, handoffs, django_capture_on_commit_callbacks
):
    ReviewPolicy.objects.create(daily_minimum=0)  # the share alone: 10 % of 60
    events = [make_event(f"{CHATTER[i % len(CHATTER)]} #{i}") for i in range(59)]
    bomb = make_event(THREATS[1], extra={})
    events.insert(30, bomb)
    with django_capture_on_commit_callbacks(execute=True):
        for start in range(0, len(events), 16):  # a burst, as the workers receive it
            classifications_create_for_events(event_ids=[e.pk for e in events[start : start + 16]])

    assert Classification.objects.count() == 60
    assert Classification.objects.filter(tier_opinions__review__value__gt=0).count() == 60  # all doubtful
    items = list(ReviewItem.objects.all())
    assert len(items) <= 6  # 10 % of 60 classified events
    queued = {i.classification_id for i in items}
    assert Classification.objects.filter(needs_review=True).count() == len(items)
    assert set(Classification.objects.filter(needs_review=True).values_list("pk", flat=True)) == queued

    p0 = Classification.objects.get(event=bomb)
    assert (p0.severity, p0.category, p0.paged) == ("P0", "safety", True)
    alerts = [kw["classification_id"] for name, kw, _ in handoffs if name == "escalation.trigger_event_alert"]
    assert p0.pk in alerts
    # the most valuable doubt of the day is in the queue, and first in it
    assert p0.pk in queued and selectors.review_pending()[0].classification_id == p0.pk
    # the rest keep their machine answer
    unqueued = Classification.objects.exclude(pk__in=queued)
    assert not unqueued.filter(needs_review=True).exists() and not unqueued.filter(tier="human").exists()


def test_the_daily_cap_binds_before_the_share(in_a, no_model):
    ReviewPolicy.objects.create(budget_share=0.5, daily_cap=3, sample_share=0.0)
    events = [make_event(f"{CHATTER[i % len(CHATTER)]} #{i}") for i in range(20)]
    classifications_create_for_events(event_ids=[e.pk for e in events])
    assert ReviewItem.objects.count() == 3


def test_a_quiet_tenants_first_doubts_of_the_day_still_reach_review(in_a, no_model):
    # 10 % of 4 events is no room at all; the daily minimum (default 10) keeps room for them
    policy = ReviewPolicy.objects.create(sample_share=0.0)
    events = [make_event(text) for text in ("ransomware locked our branch systems", *CHATTER[:3])]
    classifications_create_for_events(event_ids=[e.pk for e in events])
    assert policy.daily_minimum == 10
    assert ReviewItem.objects.count() == 4
    assert ReviewItem.objects.filter(classification__event=events[0]).exists()


def test_the_share_grows_past_the_daily_minimum(in_a, no_model):
    ReviewPolicy.objects.create(budget_share=0.5, daily_minimum=2, sample_share=0.0)
    events = [make_event(f"{CHATTER[i % len(CHATTER)]} #{i}") for i in range(20)]
    classifications_create_for_events(event_ids=[e.pk for e in events])
    assert ReviewItem.objects.count() == 10


def test_a_more_valuable_doubt_takes_the_place_of_the_weakest_pending_one():
    # budget full (no room), two pending doubts worth .1 and .3: a .5 candidate releases the .1
    plan = plan_admission(values=[0.5, 0.2, 0.05], room=0, pending=[0.1, 0.3])
    assert (plan.queue, plan.release) == ([0], 1)
    plan = plan_admission(values=[0.5, 0.2], room=1, pending=[0.1])
    assert (plan.queue, plan.release) == ([0, 1], 1)


def _queued_rules_item(text: str) -> ReviewItem:
    event = make_event(text)
    classifications_create_for_events(event_ids=[event.pk])
    return ReviewItem.objects.get(classification__event=event)


def test_a_correction_updates_the_rules_precision_and_the_ground_truth(
    in_a, tenant_a, no_model, review_everything
):
    item = _queued_rules_item("the flight was delayed again")
    rule = item.classification.tier_opinions["rules"]["rule"]
    assert rule == "operational:delayed"
    before = RulePrecision.objects.filter(rule=rule).values_list(
        "reviewed_n", "reviewed_correct"
    ).first() or (0, 0)
    truth_before = selectors.ground_truth_report()["n"]

    review_item_decide(item=item, by=tenant_a.user("manager@a.test"), severity="P3", category="operational")

    row = RulePrecision.objects.get(rule=rule)
    assert (row.reviewed_n, row.reviewed_correct) == (before[0] + 1, before[1])  # wrong: P2 proposed, P3 true
    assert selectors.ground_truth_report()["n"] == truth_before + 1
    assert selectors.reviewed_examples()[-1] == ("the flight was delayed again", "P3")


def test_ten_confirmations_let_a_rule_with_good_labelled_figures_decide_alone(
    in_a, tenant_a, no_model, review_everything
):
    rule = "security:ransomware"
    RulePrecision.objects.update_or_create(
        rule=rule,
        defaults={"category": "security", "severity": "P0", "labelled_n": 40, "labelled_correct": 36},
    )
    manager = tenant_a.user("manager@a.test")
    for i in range(10):
        item = _queued_rules_item(f"ransomware on the file servers #{i}")
        assert item.classification.tier_opinions["rules"]["rule"] == rule
        review_item_decide(item=item, by=manager, severity="P0", category="security")
    assert selectors.rule_trust().status(rule) == TRUSTED

    event = make_event("ransomware on the file servers again")
    classifications_create_for_events(event_ids=[event.pk])
    cls = Classification.objects.get(event=event)
    assert (cls.tier, cls.severity, cls.needs_review) == ("rules", "P0", False)
    assert cls.confidence == 0.9
