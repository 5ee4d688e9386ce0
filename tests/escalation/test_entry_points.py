"""The hand-off tasks from earlier stages: crisis level changes and single P0/P1 events."""

from __future__ import annotations

from crisis.models import Crisis, TimelineEntry
from escalation import tasks
from escalation.models import Alert
from tenants import clock
from tests.escalation.conftest import configure_channels, drain, security_setup, slack_ok


def _crisis(**kw) -> Crisis:
    defaults = {
        "subject": "acme",
        "title": "Acme data breach rumour",
        "level": "high",
        "category": "security",
        "score": 0.81,
        "explanation": "Mentions up 9x, negative sentiment, 3 platforms",
        "opened_at": clock.now(),
    }
    defaults.update(kw)
    return Crisis.objects.create(**defaults)


def test_crisis_alert_is_routed_recorded_on_the_timeline_and_ack_acknowledges_the_crisis(
    in_a, httpserver, smtp
):
    security_setup()
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)
    crisis = _crisis()
    alert_id = tasks.trigger_crisis_alert(crisis.pk, "high")
    drain()
    alert = Alert.objects.get(pk=alert_id)
    assert alert.severity == "P1" and alert.crisis == crisis and alert.routing["policy"] == "Security"
    kinds = list(TimelineEntry.objects.filter(crisis=crisis).values_list("kind", flat=True))
    assert "routing" in kinds and "notification" in kinds

    # The same level again updates the open alert.
    assert tasks.trigger_crisis_alert(crisis.pk, "high") == alert_id

    from escalation.services import alert_acknowledge

    alert_acknowledge(alert=alert, via="web", actor="manager@a.test")
    crisis.refresh_from_db()
    assert crisis.status == "acknowledged"
    assert TimelineEntry.objects.filter(crisis=crisis, kind="ack").exists()


def test_a_transient_database_error_during_the_trigger_is_retried_and_pages_once(
    in_a, httpserver, smtp, monkeypatch
):
    from django.db import OperationalError

    from escalation import attempts
    from tests.escalation.conftest import wire

    setup = security_setup()
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)
    crisis = _crisis()
    create = attempts.notification_create
    calls = []

    def flaky(**kwargs):
        calls.append(kwargs["stakeholder"])
        if len(calls) == 1:  # the alert row exists by now: the failure rolls it back with the attempt
            raise OperationalError("could not serialize access due to concurrent update")
        return create(**kwargs)

    monkeypatch.setattr(attempts, "notification_create", flaky)
    result = tasks.trigger_crisis_alert.apply(args=[crisis.pk, "high"])
    drain()

    alert = Alert.objects.get(crisis=crisis)
    assert result.successful() and result.result == alert.pk and len(calls) == 2
    assert list(alert.notifications.values_list("stakeholder", "status")) == [
        (setup.people["sam"].pk, "sent")
    ]
    assert len(wire(httpserver, "/api/chat.postMessage")) == 1


def test_higher_crisis_level_opens_a_new_alert_and_supersedes_the_lower_one(in_a, httpserver, smtp):
    security_setup()
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)
    crisis = _crisis(level="warning", category="pr")
    first = tasks.trigger_crisis_alert(crisis.pk, "warning")
    second = tasks.trigger_crisis_alert(crisis.pk, "critical")
    assert first != second
    assert Alert.objects.get(pk=first).state == "resolved"
    assert Alert.objects.get(pk=second).severity == "P0"
    assert tasks.resolve_crisis_alerts(crisis.pk) == 1
    assert not Alert.objects.exclude(state="resolved").exists()


def test_crisis_severity_wins_over_the_level_mapping(in_a, httpserver, smtp):
    security_setup()
    configure_channels(httpserver, smtp.port)
    crisis = _crisis(level="warning", severity="P1")
    assert Alert.objects.get(pk=tasks.trigger_crisis_alert(crisis.pk, "warning")).severity == "P1"


def _classification(severity: str, category: str = "security", n: int = 1):
    from classification.models import Classification
    from ingestion.models import Event, RawEvent, Source

    source, _ = Source.objects.get_or_create(slug="twitter", defaults={"name": "X", "kind": "twitter"})
    raw = RawEvent.objects.create(
        source=source, external_id=f"t{n}", **({"payload": {}} if hasattr(RawEvent, "payload") else {})
    )
    event = Event.objects.create(
        raw_event=raw,
        source=source,
        platform="twitter",
        external_id=f"t{n}",
        text="Acme leaked our passwords",
        occurred_at=clock.now(),
        content_hash=f"h{n}",
        subjects=["acme"],
    )
    return Classification.objects.create(
        event=event, severity=severity, category=category, confidence=0.9, tier="rules"
    )


def test_p1_event_alerts_once_per_subject_category_severity_while_open(in_a, httpserver, smtp):
    security_setup()
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)
    a = tasks.trigger_event_alert(_classification("P1", n=1).pk)
    b = tasks.trigger_event_alert(_classification("P1", n=2).pk)
    assert a == b and Alert.objects.get(pk=a).trigger_count == 2
    assert Alert.objects.get(pk=a).dedup_key == "event:acme:security:P1"
    assert tasks.trigger_event_alert(_classification("P2", n=3).pk) is None
