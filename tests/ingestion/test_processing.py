"""RawEvent → Event: inbox first, idempotency, needs_review, PII redaction (fail closed), subjects."""

from __future__ import annotations

import logging

import pytest

from ingestion import redaction
from ingestion.models import Event, RawEvent
from ingestion.processing import raw_events_process
from ingestion.services import raw_events_release_held, raw_events_store
from tests.ingestion.conftest import generic_payload, store

PII_TEXT = (
    "Hi, I'm John Smith and your app charged my card 4111 1111 1111 1111 twice. "
    "Email me at john.smith@example.com or call +1 415-555-0134. "
    "Refund to IBAN DE89 3704 0044 0532 0130 00. I live at 221 Baker Street, London. "
    "The login came from 192.168.10.24."
)
PII_VALUES = [
    "John Smith",
    "4111 1111 1111 1111",
    "john.smith@example.com",
    "415-555-0134",
    "DE89 3704 0044 0532 0130 00",
    "221 Baker Street",
    "London",
    "192.168.10.24",
]


def test_payload_is_stored_pending_before_processing_and_redelivery_is_ignored(generic_source, handoffs):
    payload = generic_payload("Checkout is down", ext="t-1")
    first = raw_events_store(source=generic_source, payloads=[("t-1", payload)])
    again = raw_events_store(source=generic_source, payloads=[("t-1", payload)])

    raw = RawEvent.objects.get(source=generic_source, external_id="t-1")
    assert raw.status == RawEvent.Status.PENDING
    assert raw.payload == payload
    assert not Event.objects.filter(raw_event=raw).exists()
    assert first.created_ids == [raw.pk] and again.duplicate_external_ids == ["t-1"]
    assert handoffs.by("ingestion.process_raw_events") == [{"raw_event_ids": [raw.pk]}]


def test_processing_the_same_raw_event_twice_creates_one_event(generic_source, handoffs):
    [raw_id] = store(generic_source, generic_payload("Acme checkout broken for everyone in the EU"))
    first = raw_events_process(raw_event_ids=[raw_id])
    # A redelivered task after a crash between commit and ack: the row is pending again.
    RawEvent.objects.filter(pk=raw_id).update(status=RawEvent.Status.PENDING)
    second = raw_events_process(raw_event_ids=[raw_id])

    assert Event.objects.filter(raw_event_id=raw_id).count() == 1
    assert len(first.event_ids) == 1 and second.event_ids == [] and second.already_done == 1
    assert RawEvent.objects.get(pk=raw_id).status == RawEvent.Status.PROCESSED
    assert handoffs.by("classification.classify_events") == [{"event_ids": first.event_ids}]


def test_a_claimed_row_is_not_processed_by_a_second_task(generic_source, handoffs):
    [raw_id] = store(generic_source, generic_payload("Service degraded"))
    RawEvent.objects.filter(pk=raw_id).update(status=RawEvent.Status.PROCESSING)
    result = raw_events_process(raw_event_ids=[raw_id])
    assert result.claimed == 0
    assert not Event.objects.filter(raw_event_id=raw_id).exists()


def test_processing_tops_up_the_batch_with_other_pending_rows(generic_source, handoffs):
    ids = store(
        generic_source,
        *[generic_payload(f"unrelated story number {i} about weather {i * 7}") for i in range(5)],
    )
    result = raw_events_process(raw_event_ids=[ids[0]])
    assert result.claimed >= 5
    assert Event.objects.filter(raw_event_id__in=ids).count() == 5


def test_malformed_payload_goes_to_needs_review_with_the_reason_and_is_kept(generic_source, handoffs):
    [bad, good] = store(
        generic_source,
        {"id": "bad-1", "text": "", "occurred_at": "2026-11-23T12:00:00Z"},
        generic_payload("A perfectly fine event"),
    )
    result = raw_events_process(raw_event_ids=[bad, good])

    raw = RawEvent.objects.get(pk=bad)
    assert raw.status == RawEvent.Status.NEEDS_REVIEW
    assert "text" in raw.status_reason
    assert raw.payload["id"] == "bad-1"  # nothing dropped
    assert not Event.objects.filter(raw_event_id=bad).exists()
    assert result.needs_review == 1 and len(result.event_ids) == 1


def test_pii_fixture_leaves_no_pii_in_the_stored_event(generic_source, handoffs):
    [raw_id] = store(
        generic_source,
        generic_payload(
            PII_TEXT,
            platform="support",
            title="Refund for John Smith",
            author={"id": "john.smith@example.com", "name": "John Smith"},
        ),
    )
    raw_events_process(raw_event_ids=[raw_id])

    event = Event.objects.get(raw_event_id=raw_id)
    stored = f"{event.title}\n{event.text}\n{event.author_name}\n{event.author_id}\n{event.entities}"
    for value in PII_VALUES:
        assert value not in stored, f"{value!r} survived redaction: {stored}"
    assert "<EMAIL_ADDRESS>" in event.text and "<CREDIT_CARD>" in event.text and "<IBAN_CODE>" in event.text
    assert "<IP_ADDRESS>" in event.text and "<PHONE_NUMBER>" in event.text and "<PERSON>" in event.text
    for kind in ("EMAIL_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "PHONE_NUMBER", "PERSON"):
        assert event.pii_found.get(kind, 0) >= 1
    # The original stays only in the inbox, encrypted at rest.
    assert RawEvent.objects.get(pk=raw_id).payload["text"] == PII_TEXT
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT payload FROM ingestion_rawevent WHERE id = %s", [raw_id])
        assert "john.smith@example.com" not in cursor.fetchone()[0]


def test_a_name_typed_with_combining_accents_is_composed_and_redacted(generic_source, handoffs):
    decomposed = "Jose\u0301 Mari\u0301a Gonza\u0301lez says the app crashed again"
    [raw_id] = store(generic_source, generic_payload(decomposed))
    raw_events_process(raw_event_ids=[raw_id])
    event = Event.objects.get(raw_event_id=raw_id)
    assert "Gonz" not in event.text and "<PERSON>" in event.text, event.text
    assert "says the app crashed again" in event.text


def test_public_author_handles_are_kept_on_social_platforms(generic_source, handoffs):
    [raw_id] = store(
        generic_source,
        generic_payload(
            "Flight delayed again",
            platform="twitter",
            author={"id": "123", "name": "frequentflyer99", "followers": 5000},
        ),
    )
    raw_events_process(raw_event_ids=[raw_id])
    event = Event.objects.get(raw_event_id=raw_id)
    assert (event.author_name, event.author_id, event.reach) == ("frequentflyer99", "123", 5000)


@pytest.fixture
def broken_redaction():
    """The redaction engine raises until `fix()` is called."""
    engine = redaction.get_engine()

    def boom(*args, **kwargs):
        raise RuntimeError("presidio exploded")

    def fix():
        engine.__dict__.pop("redact_many", None)

    engine.redact_many = boom
    yield fix
    fix()


def test_redaction_raising_holds_the_event_and_nothing_goes_downstream(
    generic_source, handoffs, broken_redaction, caplog
):
    [raw_id] = store(generic_source, generic_payload(PII_TEXT))
    with caplog.at_level(logging.ERROR):
        result = raw_events_process(raw_event_ids=[raw_id])

    raw = RawEvent.objects.get(pk=raw_id)
    assert raw.status == RawEvent.Status.HELD_PII
    assert "presidio exploded" in raw.status_reason
    assert result.held_pii == 1
    assert not Event.objects.filter(raw_event_id=raw_id).exists()
    assert handoffs.by("classification.classify_events") == []
    assert handoffs.by("crisis.observe_duplicates") == []
    assert handoffs.by("ingestion.notify_pii_hold")[0]["raw_event_ids"] == [raw_id]
    assert any(r.levelno == logging.ERROR and "held" in r.getMessage() for r in caplog.records)


def test_held_events_are_processed_once_released_after_the_fix(generic_source, handoffs, broken_redaction):
    [raw_id] = store(generic_source, generic_payload(PII_TEXT))
    raw_events_process(raw_event_ids=[raw_id])
    assert RawEvent.objects.get(pk=raw_id).status == RawEvent.Status.HELD_PII

    broken_redaction()  # the fix
    handoffs.clear()
    assert raw_events_release_held() == 1
    assert handoffs.by("ingestion.process_raw_events") == [{"raw_event_ids": [raw_id]}]
    raw_events_process(raw_event_ids=[raw_id])

    event = Event.objects.get(raw_event_id=raw_id)
    assert "john.smith@example.com" not in event.text
    assert RawEvent.objects.get(pk=raw_id).status == RawEvent.Status.PROCESSED


def test_held_pii_email_reaches_tenant_admins(in_a, mailoutbox):
    from ingestion.notify import pii_hold_email_admins

    sent = pii_hold_email_admins(raw_event_ids=[1, 2], reason="PII redaction failed: RuntimeError")
    assert sent == 1
    assert mailoutbox[0].to == ["admin@a.test"]
    assert "held" in mailoutbox[0].subject and "Release held events" in mailoutbox[0].body


def test_watch_terms_with_aliases_become_subjects(generic_source, watch_terms, handoffs):
    ids = store(
        generic_source,
        generic_payload("Stuck at the gate for 3 hours thanks #acmeair, never again", platform="twitter"),
        generic_payload("CEO Roe says the outage is fixed; $ACMA down 4%", platform="news"),
        generic_payload("Lovely weather in Acmeville today, nothing to see", platform="twitter"),
    )
    raw_events_process(raw_event_ids=ids)
    subjects = [Event.objects.get(raw_event_id=i).subjects for i in ids]
    assert subjects == [["acme-air"], ["jane-roe", "acme-ticker"], []]


def test_a_watched_executive_stays_readable_while_other_names_are_redacted(
    generic_source, watch_terms, handoffs
):
    [raw_id] = store(
        generic_source,
        generic_payload("Jane Roe apologised to Michael Johnson on stage at Acme Air HQ", platform="news"),
    )
    raw_events_process(raw_event_ids=[raw_id])
    event = Event.objects.get(raw_event_id=raw_id)
    assert "Jane Roe" in event.text and "Michael Johnson" not in event.text
    assert set(event.subjects) == {"jane-roe", "acme-air"}
    labels = {(e["label"], e["text"]) for e in event.entities}
    assert not any("Michael" in text for _, text in labels)


def test_entities_include_organisations_from_ner(generic_source, handoffs):
    [raw_id] = store(
        generic_source,
        generic_payload("Microsoft and Google shares fell after the Amazon outage", platform="news"),
    )
    raw_events_process(raw_event_ids=[raw_id])
    event = Event.objects.get(raw_event_id=raw_id)
    orgs = {e["text"] for e in event.entities if e["label"] == "ORG"}
    assert orgs & {"Microsoft", "Google", "Amazon"}


def test_a_batch_that_keeps_crashing_goes_to_review_instead_of_looping(generic_source, handoffs, monkeypatch):
    import ingestion.processing

    [young, old] = store(generic_source, generic_payload("crash me"), generic_payload("crash me too"))
    RawEvent.objects.filter(pk=old).update(attempts=4)

    def crash(*args, **kwargs):
        raise ValueError("bug in reading watch terms")

    # A bug outside the per-event steps fails the whole batch: retried, then shown to a human.
    monkeypatch.setattr(ingestion.processing.WatchTermMatcher, "build", crash)
    with pytest.raises(ValueError):
        raw_events_process(raw_event_ids=[young, old])

    assert RawEvent.objects.get(pk=young).status == RawEvent.Status.PENDING  # retried later
    stuck = RawEvent.objects.get(pk=old)
    assert (
        stuck.status == RawEvent.Status.NEEDS_REVIEW and "bug in reading watch terms" in stuck.status_reason
    )


def test_a_transient_database_error_is_retried_and_the_payload_lands_once(
    generic_source, handoffs, monkeypatch
):
    from django.db import OperationalError

    import ingestion.processing
    from ingestion import tasks

    [raw_id] = store(generic_source, generic_payload("Acme Air app logs everyone out at checkout"))
    save = ingestion.processing.events_save
    attempts = []

    def flaky(items):
        attempts.append(len(items))
        if len(attempts) == 1:
            raise OperationalError("server closed the connection unexpectedly")
        return save(items)

    monkeypatch.setattr(ingestion.processing, "events_save", flaky)
    result = tasks.process_raw_events.apply(args=[[raw_id]])

    assert result.successful() and result.result["events"] == 1
    assert attempts == [1, 1]  # the claim was released, so the retry processed the same row
    assert Event.objects.filter(raw_event_id=raw_id).count() == 1
    assert RawEvent.objects.get(pk=raw_id).status == RawEvent.Status.PROCESSED
