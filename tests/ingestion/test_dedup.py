"""Fuzzy dedup: retweets and cross-posts join the first event's cluster; different posts do not."""

from __future__ import annotations

import uuid

import pytest
from django.db import connection

from ingestion import dedup
from ingestion.models import Event, RawEvent
from ingestion.processing import raw_events_process
from tenants.redis import redis_client
from tests.ingestion.conftest import generic_payload, store


def _unique(text: str) -> str:
    # Redis keeps the index across tests (rolled-back rows included); a tag keeps tests apart.
    return f"{text} [{uuid.uuid4().hex[:8]}]"


def test_fifty_retweets_of_one_post_make_one_event_with_count_fifty(generic_source, handoffs):
    post = _unique("Acme Air lost my bag for the third time this month and support hung up on me")
    retweets = [
        generic_payload(
            f"RT @angryflyer: {post} https://t.co/{i:06d}",
            platform="twitter",
            author={"id": str(1000 + i), "name": f"user{i}", "followers": 10},
        )
        for i in range(50)
    ]
    ids = store(generic_source, *retweets)
    raw_events_process(raw_event_ids=ids[:20])
    raw_events_process(raw_event_ids=ids[20:])  # across batches too

    canonical = Event.objects.get(raw_event_id__in=ids, canonical__isnull=True)
    assert canonical.duplicate_count == 50
    assert canonical.reach == 50 * 10
    assert Event.objects.filter(canonical=canonical).count() == 49
    assert RawEvent.objects.filter(pk__in=ids, status=RawEvent.Status.DUPLICATE).count() == 49
    dup_ids = [kw["event_ids"] for kw in handoffs.by("crisis.observe_duplicates")]
    assert sorted(i for batch in dup_ids for i in batch) == sorted(
        Event.objects.filter(canonical=canonical).values_list("pk", flat=True)
    )
    assert handoffs.by("classification.classify_events") == [{"event_ids": [canonical.pk]}]


def test_two_different_posts_about_the_same_brand_stay_two_events(generic_source, watch_terms, handoffs):
    ids = store(
        generic_source,
        generic_payload(_unique("Acme Air cancelled my flight to Lisbon without any notice at all")),
        generic_payload(_unique("Acme Air crew were wonderful on my flight to Lisbon, thank you all")),
    )
    raw_events_process(raw_event_ids=ids)
    events = Event.objects.filter(raw_event_id__in=ids)
    assert events.count() == 2
    assert all(e.canonical_id is None and e.duplicate_count == 1 for e in events)
    assert all(e.subjects == ["acme-air"] for e in events)


def test_a_lightly_edited_cross_post_is_a_near_duplicate():
    base = _unique(
        "Major outage: Acme payments API returning 503 errors for all EU merchants since 09:00 UTC"
    )
    index = dedup.DedupIndex(schema="dedup_unit", window_seconds=3600, threshold=0.7)
    result = index.resolve(
        [
            dedup.DedupItem(key=1, text=base),
            dedup.DedupItem(key=2, text="BREAKING " + base + " #outage via @news"),
            dedup.DedupItem(
                key=3, text=_unique("Acme payments API is healthy again, all EU merchants recovered")
            ),
        ],
        now=1_000_000,
    )
    assert result == {1: None, 2: 1, 3: None}


def test_a_copy_outside_the_window_starts_a_new_cluster():
    text = _unique("Acme Air flight AC101 diverted to Shannon after a cabin smoke alarm")
    index = dedup.DedupIndex(schema="dedup_unit", window_seconds=3600, threshold=0.7)
    assert index.resolve([dedup.DedupItem(key=10, text=text)], now=2_000_000) == {10: None}
    assert index.resolve([dedup.DedupItem(key=11, text=text)], now=2_000_000 + 1800) == {11: 10}
    assert index.resolve([dedup.DedupItem(key=12, text=text)], now=2_000_000 + 3601 + 1800) == {12: None}


def test_dedup_failing_treats_events_as_unique(generic_source, handoffs, monkeypatch):
    text = _unique("Acme Air app crashes at login on every Android phone we tried")
    # The dedup index's Redis is unreachable (the rest of the platform's Redis is fine).
    monkeypatch.setattr(dedup, "redis_client", lambda: redis_client("redis://127.0.0.1:1/0"))
    ids = store(generic_source, generic_payload(text), generic_payload(text + " "))
    raw_events_process(raw_event_ids=ids)
    assert Event.objects.filter(raw_event_id__in=ids, canonical__isnull=True).count() == 2


def test_a_canonical_whose_batch_rolled_back_is_replaced(generic_source, handoffs):
    text = _unique("Acme Air check-in kiosks down at Heathrow terminal 5, queues out the door")
    index = dedup.DedupIndex(schema=connection.schema_name)
    index.resolve([dedup.DedupItem(key=987654321, text=text)])  # indexed, never saved
    ids = store(
        generic_source, generic_payload(text), generic_payload("RT @x: " + text), generic_payload(text)
    )
    raw_events_process(raw_event_ids=ids)

    canonical = Event.objects.get(raw_event_id__in=ids, canonical__isnull=True)
    assert canonical.raw_event_id == ids[0] and canonical.duplicate_count == 3


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("RT @a_b: Hello, World! https://t.co/x", "hello world"),
        ("@acme @help   Refund?? www.acme.com/x", "refund"),
    ],
)
def test_normalization_ignores_retweet_prefix_urls_case_and_punctuation(text, normalized):
    assert dedup.normalize(text) == normalized
