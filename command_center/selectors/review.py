"""The review queue as the command center shows it (classification decides its order)."""

from __future__ import annotations

from django.db.models import prefetch_related_objects

from classification import selectors as classification_selectors
from classification.models import ReviewItem

PAGE_SIZE = 100


def review_queue(*, limit: int = PAGE_SIZE) -> list[ReviewItem]:
    """Pending items, most valuable first (classification's order), with each event's source."""
    items = classification_selectors.review_pending()[:limit]
    prefetch_related_objects(items, "classification__event__source")
    return items


def review_pending_count() -> int:
    return ReviewItem.objects.filter(status=ReviewItem.Status.PENDING).count()
