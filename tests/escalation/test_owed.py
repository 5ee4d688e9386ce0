"""Hand-offs lost between the stages (a broker outage) are re-sent from the rows that prove they
are owed, and a hand-off delivered twice is handled once."""

from __future__ import annotations

from datetime import timedelta

import pytest

from crisis.models import TimelineEntry
from escalation import owed, tasks
from escalation.models import Alert, EventTrigger, Notification
from tenants import clock
from tests.escalation.conftest import configure_channels, drain, security_setup, slack_ok
from tests.escalation.test_incidents import _classification, _crisis


@pytest.fixture
def sent(monkeypatch):
    """What the sweep hands off, instead of sending it to the broker."""
    calls: list[tuple[str, dict]] = []
    monkeypatch.setattr(owed, "enqueue", lambda task, **kwargs: calls.append((task, kwargs)))
    return calls


def _paged(severity: str = "P0", **kw):
    classification = _classification(severity, **kw)
    type(classification).objects.filter(pk=classification.pk).update(paged=True)
    return classification


def test_a_paged_classification_whose_hand_off_was_lost_is_sent_again_after_the_grace(in_a, sent):
    lost = _paged()
    handled = _paged(text="Acme admin panel exposed")
    EventTrigger.objects.create(classification=handled, outcome="alerted", handled_at=clock.now())
    _classification("P3")  # not paged: owes nothing

    assert owed.owed_sweep()["event_triggers"] == 0  # younger than the grace: maybe on its way
    clock.advance(owed.GRACE_SECONDS + 1)
    assert owed.owed_sweep()["event_triggers"] == 1
    assert sent == [("escalation.trigger_event_alert", {"classification_id": lost.pk})]


def test_the_same_hand_off_delivered_twice_pages_once(in_a, httpserver, smtp):
    security_setup()
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)
    classification = _paged("P1")

    first = tasks.trigger_event_alert(classification.pk)
    again = tasks.trigger_event_alert(classification.pk)  # the sweep's copy arrives after all
    drain()

    alert = Alert.objects.get(pk=first)
    assert again == first and alert.trigger_count == 1
    assert Notification.objects.filter(alert=alert).count() == 1
    record = EventTrigger.objects.get(classification=classification)
    assert record.outcome == "alerted" and record.alert_id == first


def test_a_classification_that_is_no_longer_urgent_is_recorded_and_not_sent_again(in_a, sent):
    classification = _paged("P3")
    assert tasks.trigger_event_alert(classification.pk) is None
    assert EventTrigger.objects.get(classification=classification).outcome == "skipped"
    clock.advance(owed.GRACE_SECONDS + 1)
    assert owed.owed_sweep()["event_triggers"] == 0


def test_a_crisis_handed_off_without_an_alert_of_that_level_is_sent_again(in_a, sent):
    lost = _crisis(title="Acme breach rumour")
    done = _crisis(title="Acme outage")
    for crisis in (lost, done):
        TimelineEntry.objects.create(
            crisis=crisis,
            at=clock.now(),
            kind=TimelineEntry.Kind.ROUTING,
            message="Handed off to escalation: high alert",
            data={"task": "escalation.trigger_crisis_alert", "level": "high"},
        )
    Alert.objects.create(
        dedup_key=f"crisis:{done.pk}:high",
        title="t",
        severity="P1",
        crisis=done,
        triggered_at=clock.now(),
        last_triggered_at=clock.now(),
    )
    clock.advance(owed.GRACE_SECONDS + 1)

    assert owed.owed_sweep()["crisis_triggers"] == 1
    assert sent == [("escalation.trigger_crisis_alert", {"crisis_id": lost.pk, "level": "high"})]


def test_a_resolved_crisis_with_an_open_alert_gets_its_resolution_again(in_a, sent):
    crisis = _crisis(status="resolved", resolved_at=clock.now())
    Alert.objects.create(
        dedup_key=f"crisis:{crisis.pk}:high",
        title="t",
        severity="P1",
        crisis=crisis,
        triggered_at=clock.now(),
        last_triggered_at=clock.now(),
    )
    clock.advance(owed.GRACE_SECONDS + 1)
    assert owed.owed_sweep()["crisis_resolutions"] == 1
    assert sent == [("escalation.resolve_crisis_alerts", {"crisis_id": crisis.pk})]


def test_hand_offs_older_than_the_lookback_are_history(in_a, sent):
    _paged()
    clock.advance(timedelta(hours=owed.LOOKBACK_HOURS, minutes=1).total_seconds())
    assert owed.owed_sweep() == {"event_triggers": 0, "crisis_triggers": 0, "crisis_resolutions": 0}
