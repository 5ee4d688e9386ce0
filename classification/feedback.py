"""Stakeholder feedback as ground truth (the mission's evaluator: "use stakeholder feedback as a
proxy"): a person paged about an event answered "not a crisis". Their answer is a human verdict on
the event's classification, recorded the way a reviewer's is (`review_item_decide`): it becomes
ground truth, the event's classification (tier human), a reviewed figure of the rule that decided
it, training data, and a lowered P0–P2 in the false-positive-rate metric.

Called by escalation (escalation.feedback), a later stage: this module only records.
"""

from __future__ import annotations

from django.db import transaction

from classification.models import Classification, ReviewItem
from classification.services import review_item_decide


def review_item_from_feedback(
    *, classification: Classification, by, severity: str, category: str, reason: str
) -> ReviewItem:
    """The event's review item decided as `severity`/`category` (created if the event had none).
    An item a reviewer already decided keeps their verdict: a human review outranks a page reply."""
    with transaction.atomic():
        item, _ = ReviewItem.objects.get_or_create(
            classification=classification,
            defaults={
                "kind": ReviewItem.Kind.DOUBT,
                "value": classification.review_value,
                "reason": reason[:200],
                "proposed_severity": classification.severity,
                "proposed_category": classification.category,
                "proposed_tier": classification.tier,
            },
        )
        if item.status != ReviewItem.Status.PENDING:
            return item
    return review_item_decide(item=item, by=by, severity=severity, category=category)
