"""Human review: corrections become ground truth and move the confusion matrix."""

from __future__ import annotations

from classification import selectors
from classification.models import Classification, ReviewItem
from classification.services import review_item_decide
from classification.tasks import classify_events
from tests.classification.conftest import make_event


def _flagged(text: str) -> ReviewItem:
    event = make_event(text)
    classify_events([event.pk])
    return ReviewItem.objects.get(classification__event=event)


def test_review_correction_updates_ground_truth_and_the_confusion_matrix(
    in_a, tenant_a, no_model, review_everything, handoffs, django_capture_on_commit_callbacks
):
    item = _flagged("the flight was delayed again")  # rules: operational P2, model down → review
    assert (item.proposed_severity, item.proposed_tier) == ("P2", "rules")
    before = selectors.ground_truth_report()
    manager = tenant_a.user("manager@a.test")

    with django_capture_on_commit_callbacks(execute=True):
        review_item_decide(item=item, by=manager, severity="P1", category="operational")

    item.refresh_from_db()
    assert (item.status, item.final_severity, item.reviewer) == ("corrected", "P1", manager)
    cls = Classification.objects.get(pk=item.classification_id)
    assert (cls.severity, cls.tier, cls.confidence, cls.needs_review) == ("P1", "human", 1.0, False)
    after = selectors.ground_truth_report()
    assert after["n"] == before["n"] + 1
    # truth P1 (row 1), predicted P2 (column 2)
    assert after["confusion"][1][2] == before["confusion"][1][2] + 1
    assert selectors.ground_truth_report(tier="rules")["confusion"][1][2] >= 1
    # raised to P1 by a human: the event alert goes out now
    assert ("escalation.trigger_event_alert", {"classification_id": cls.pk}) in [
        (n, k) for n, k, _ in handoffs
    ]


def test_confirmation_counts_as_a_correct_prediction(in_a, tenant_a, no_model, review_everything):
    item = _flagged("the flight was delayed again")
    review_item_decide(
        item=item,
        by=tenant_a.user("manager@a.test"),
        severity=item.proposed_severity,
        category=item.proposed_category,
    )
    item.refresh_from_db()
    assert item.status == "confirmed"
    report = selectors.ground_truth_report()
    assert report["confusion"][2][2] >= 1 and report["per_class"]["P2"]["recall"] > 0
