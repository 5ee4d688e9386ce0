"""Classified events (and near-duplicates) whose observation was lost are sent to the detector
again, from the rows; an event the detector already counted is not."""

from __future__ import annotations

import pytest

from crisis import owed
from crisis.pipeline import events_observe
from tenants import clock
from tests.escalation.test_incidents import _classification


@pytest.fixture
def sent(monkeypatch):
    calls: list[tuple[str, dict]] = []
    monkeypatch.setattr(owed, "enqueue", lambda task, **kwargs: calls.append((task, kwargs)))
    return calls


def test_a_classified_event_never_observed_is_sent_again_and_an_observed_one_is_not(in_a, sent, monkeypatch):
    from ingestion.models import Event, RawEvent

    lost = _classification("P2", text="Acme card payments failing")
    seen = _classification("P2", text="Acme app slow today")
    monkeypatch.setattr("crisis.pipeline.subjects_evaluate", lambda **kw: [])
    events_observe(event_ids=[seen.event_id], evaluate=False)  # the detector counted this one
    canonical = lost.event
    raw = RawEvent.objects.create(source=canonical.source, external_id="dup-1", payload={})
    duplicate = Event.objects.create(
        raw_event=raw,
        source=canonical.source,
        platform="twitter",
        external_id="dup-1",
        text=canonical.text,
        occurred_at=clock.now(),
        content_hash="dup-1",
        canonical=canonical,
    )

    assert owed.unobserved_sweep() == {"classified": 0, "duplicates": 0}  # within the grace
    clock.advance(owed.GRACE_SECONDS + 1)
    assert owed.unobserved_sweep() == {"classified": 1, "duplicates": 1}
    assert sent == [
        ("crisis.observe_events", {"event_ids": [lost.event_id]}),
        ("crisis.observe_duplicates", {"event_ids": [duplicate.pk]}),
    ]
