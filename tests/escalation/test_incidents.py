"""One story, one alert: P0/P1 events fold into their story's alert, a crisis' alert adopts the
story's event alerts and routes on its sources and subjects, resolving the crisis closes them all
with one "resolved" message per person, a merge moves alerts along. Local Slack/SMTP servers."""

from __future__ import annotations

import json
import uuid

from crisis.models import Crisis, TimelineEntry
from escalation import incidents, tasks
from escalation.models import Alert, Notification, RoutingRule
from ingestion.models import Source
from tenants import clock
from tests.escalation.conftest import (
    configure_channels,
    drain,
    person,
    policy,
    security_setup,
    slack_ok,
    wire,
)

SLACK = "/api/chat.postMessage"


def _crisis(**kw) -> Crisis:
    defaults = {
        "subject": "acme",
        "subjects": ["acme"],
        "title": "Acme data breach rumour",
        "level": "high",
        "category": "security",
        "severity": "P1",
        "score": 0.81,
        "explanation": "Mentions up 9x, negative sentiment, 3 platforms",
        "opened_at": clock.now(),
    }
    defaults.update(kw)
    return Crisis.objects.create(**defaults)


def _classification(
    severity: str,
    *,
    category: str = "security",
    subjects=("acme",),
    text="Acme leaked our passwords",
    source="x",
):
    from classification.models import Classification
    from ingestion.models import Event, RawEvent

    src, _ = Source.objects.get_or_create(slug=source, defaults={"name": source, "kind": "twitter"})
    ext = uuid.uuid4().hex
    raw = RawEvent.objects.create(source=src, external_id=ext, payload={})
    event = Event.objects.create(
        raw_event=raw,
        source=src,
        platform="twitter",
        external_id=ext,
        text=text,
        occurred_at=clock.now(),
        content_hash=ext,
        subjects=list(subjects),
    )
    return Classification.objects.create(
        event=event, severity=severity, category=category, confidence=0.9, tier="rules"
    )


def _slack_bodies(httpserver) -> list[dict]:
    return [json.loads(r.get_data()) for r in wire(httpserver, SLACK)]


def test_an_event_p1_in_a_crisis_window_folds_into_its_alert_with_a_thread_reply_not_a_new_page(
    in_a, httpserver, smtp
):
    setup = security_setup()
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)
    crisis = _crisis()
    alert = Alert.objects.get(pk=tasks.trigger_crisis_alert(crisis.pk, "high"))
    drain()
    event = _classification("P1", text="Is my Acme card safe? My details were in the dump")
    folded = tasks.trigger_event_alert(event.pk)
    drain()

    assert folded == alert.pk and Alert.objects.count() == 1
    alert.refresh_from_db()
    assert alert.trigger_count == 2
    assert [e["event_id"] for e in alert.details["events"]] == [event.event_id]
    page, reply = _slack_bodies(httpserver)
    assert page["channel"] == setup.people["sam"].slack_user_id and "thread_ts" not in page
    assert reply["thread_ts"] and "reply_broadcast" not in reply and reply["text"].startswith("Update:")
    assert "Is my Acme card safe?" in json.dumps(reply["blocks"])
    kinds = list(Notification.objects.filter(alert=alert, status="sent").values_list("kind", flat=True))
    assert kinds == ["page", "update"]
    assert TimelineEntry.objects.filter(crisis=crisis, kind="story", message__contains="folded into").exists()


def test_an_unrelated_p0_during_an_open_crisis_still_pages_at_once(in_a, httpserver, smtp):
    security_setup()
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)
    crisis = _crisis()
    crisis_alert = tasks.trigger_crisis_alert(crisis.pk, "high")
    drain()
    threat = _classification(
        "P0", category="safety", text="Bomb threat called in to the Acme branch on Kirkgate"
    )
    own = tasks.trigger_event_alert(threat.pk)
    drain()
    assert own != crisis_alert
    alert = Alert.objects.get(pk=own)
    assert alert.crisis_id is None and alert.severity == "P0"
    pages = _slack_bodies(httpserver)
    assert len(pages) == 2 and all("thread_ts" not in b for b in pages)
    assert Notification.objects.get(alert=alert, status="sent").kind == "page"


def test_a_story_forming_before_its_crisis_pages_once_and_the_crisis_adopts_its_alert(in_a, httpserver, smtp):
    setup = security_setup()
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)
    first = tasks.trigger_event_alert(_classification("P1", text="Acme leaked our passwords").pk)
    drain()
    second = tasks.trigger_event_alert(
        _classification("P1", subjects=("acme", "acme-card"), text="Was my Acme card data leaked?").pk
    )
    drain()
    assert first == second  # the second event of the forming story folds into the first alert
    crisis = _crisis(first_event_at=clock.now())
    crisis_alert = Alert.objects.get(pk=tasks.trigger_crisis_alert(crisis.pk, "high"))
    drain()
    event_alert = Alert.objects.get(pk=first)
    crisis_alert.refresh_from_db()
    assert event_alert.crisis_id == crisis.pk and event_alert.state == "resolved"
    story_events = {e["event_id"] for e in event_alert.details["events"]}
    assert len(story_events) == 2 and story_events <= {e["event_id"] for e in crisis_alert.details["events"]}
    # Sam was paged once, by the first event; the crisis' alert reached him as an update.
    sam = Notification.objects.filter(stakeholder=setup.people["sam"], status="sent").order_by("pk")
    assert [n.kind for n in sam] == ["page", "update", "update"]
    assert TimelineEntry.objects.filter(
        crisis=crisis, kind="story", message__contains=f"Alert #{first}"
    ).exists()


def test_resolving_the_crisis_closes_its_alerts_and_sends_each_person_one_resolved_message(
    in_a, httpserver, smtp
):
    setup = security_setup()
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)
    crisis = _crisis()
    tasks.trigger_event_alert(_classification("P1").pk)  # adopted by the crisis' alert below
    tasks.trigger_crisis_alert(crisis.pk, "high")
    tasks.trigger_crisis_alert(crisis.pk, "critical")  # supersedes the high alert
    drain()
    Crisis.objects.filter(pk=crisis.pk).update(
        status="resolved", resolved_at=clock.now(), resolution_note="statement out"
    )
    crisis.refresh_from_db()
    tasks.resolve_crisis_alerts(crisis.pk)
    tasks.resolve_crisis_alerts(crisis.pk)  # a redelivered task changes nothing
    drain()
    assert not Alert.objects.exclude(state="resolved").exists()
    resolved = Notification.objects.filter(kind="resolved", status="sent")
    assert list(resolved.values_list("stakeholder", flat=True)) == [setup.people["sam"].pk]
    last = _slack_bodies(httpserver)[-1]
    assert last["text"].startswith("Resolved:") and last["thread_ts"]
    assert "statement out" in json.dumps(last["blocks"])


def test_a_crisis_alert_is_routed_by_the_sources_and_subjects_of_its_story(in_a, httpserver, smtp):
    security_setup()
    configure_channels(httpserver, smtp.port)
    fraud = person("Fay Fraud")
    cards = person("Cole Cards")
    src, _ = Source.objects.get_or_create(
        slug="zendesk-support", defaults={"name": "Zendesk", "kind": "zendesk"}
    )
    RoutingRule.objects.create(name="Support tickets", order=1, source=src, policy=policy("support", [fraud]))
    RoutingRule.objects.create(
        name="Card products", order=2, subject_pattern="acme-card*", policy=policy("cards", [cards])
    )
    by_source = _crisis(subject="acme", subjects=["acme"], sources=["x", "zendesk-support"])
    by_subject = _crisis(subject="beta", subjects=["beta", "acme-card-premium"], sources=["x"])
    a = Alert.objects.get(pk=tasks.trigger_crisis_alert(by_source.pk, "high"))
    b = Alert.objects.get(pk=tasks.trigger_crisis_alert(by_subject.pk, "high"))
    assert a.routing["rule"] == "Support tickets" and a.sources == ["x", "zendesk-support"]
    assert b.routing["rule"] == "Card products" and b.subjects == ["beta", "acme-card-premium"]


def test_merged_crises_move_their_alerts_and_fold_the_open_one(in_a, httpserver, smtp):
    security_setup()
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)
    target, source = _crisis(), _crisis(subject="acme-card", subjects=["acme-card"])
    keep = tasks.trigger_crisis_alert(target.pk, "high")
    moved = tasks.trigger_crisis_alert(source.pk, "high")
    drain()
    assert incidents.alerts_move_to_crisis(source=source, target=target) == 1
    moved_alert = Alert.objects.get(pk=moved)
    assert moved_alert.crisis_id == target.pk and moved_alert.state == "resolved"
    assert "folded into alert" in moved_alert.resolution_note
    assert Alert.objects.get(pk=keep).state == "triggered"


def test_an_alert_about_a_crisis_outside_its_incident_pages_in_the_persons_thread_of_that_crisis(
    in_a, httpserver, smtp
):
    """Response's overdue-tasks alert is its own paging incident (crisis left empty, the crisis
    named in its details): it still pages the person already told about the crisis, as a
    broadcast reply in their thread, and its updates go on there."""
    from escalation.services import alert_trigger

    setup = security_setup()
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)
    sam = setup.people["sam"]
    crisis = _crisis()
    tasks.trigger_crisis_alert(crisis.pk, "high")
    drain()
    chaser, created = alert_trigger(
        dedup_key=f"tasks:{crisis.pk}",
        title="Overdue: 1 response task of Acme data breach rumour",
        severity="P1",
        category="security",
        subject=crisis.subject,
        details={"crisis_id": crisis.pk},
        first_tier=[sam.pk],
    )
    drain()
    assert created and chaser.crisis_id is None
    root, page = _slack_bodies(httpserver)
    assert "thread_ts" not in root
    sent_root = Notification.objects.get(alert__crisis=crisis, stakeholder=sam, kind="page", status="sent")
    assert page["thread_ts"] == sent_root.provider_message_id.partition(":")[2]
    assert page["reply_broadcast"] is True and page["text"].startswith("[P1] Overdue")
    chased = Notification.objects.get(alert=chaser, stakeholder=sam, status="sent")
    assert (chased.kind, chased.thread_ref) == ("page", sent_root.provider_message_id)
    # An alert that names no crisis keeps a thread of its own.
    lone, _ = alert_trigger(dedup_key="lone", title="Unrelated", severity="P1", category="security")
    drain()
    assert "thread_ts" not in _slack_bodies(httpserver)[-1]
    assert Notification.objects.get(alert=lone, stakeholder=sam, status="sent").thread_ref == ""


def test_an_event_alert_that_turns_out_to_be_the_storys_later_folds_into_the_crisis_alert(
    in_a, httpserver, smtp
):
    """A P1 about the card pages on its own while nothing ties the card to the bank's crisis;
    once posts co-mention the two, the minute sweep adopts it and folds it into the crisis'
    alert: it stops escalating on its own."""
    security_setup()
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)
    crisis = _crisis()
    crisis_alert = tasks.trigger_crisis_alert(crisis.pk, "high")
    card = _classification("P1", subjects=("acme-card",), text="My Acme card details leaked")
    lone = tasks.trigger_event_alert(card.pk)
    drain()
    assert lone != crisis_alert and Alert.objects.get(pk=lone).crisis_id is None
    assert incidents.alerts_adopt_sweep() == 0  # nothing ties the card to the story yet

    for _ in range(3):  # "my Acme card, after the Acme breach": the card is co-mentioned now
        _classification("P3", subjects=("acme", "acme-card"), text="Is my Acme card safe after the breach?")
    assert incidents.alerts_adopt_sweep() == 1
    assert incidents.alerts_adopt_sweep() == 0  # a second beat finds nothing left
    folded, target = Alert.objects.get(pk=lone), Alert.objects.get(pk=crisis_alert)
    assert (folded.crisis_id, folded.state) == (crisis.pk, "resolved")
    assert f"folded into alert #{crisis_alert}" in folded.resolution_note
    assert card.event_id in target.details["event_ids"] and target.state == "triggered"
    assert TimelineEntry.objects.filter(
        crisis=crisis, kind="story", message__contains=f"Alert #{lone} "
    ).exists()


def test_the_same_question_about_another_product_of_the_brand_folds_but_a_competitors_pages(
    in_a, httpserver, smtp
):
    from crisis.models import SubjectLink
    from crisis.tenant_config import config_cache_clear
    from ingestion.models import WatchTerm

    for slug, name, kind in (
        ("acme", "Acme", "brand"),
        ("acme-card", "Acme card", "product"),
        ("acme-app", "Acme app", "product"),
        ("acme-web", "Acme web", "product"),
        ("globex", "Globex", "brand"),
        ("globex-card", "Globex card", "product"),
    ):
        WatchTerm.objects.update_or_create(slug=slug, defaults={"name": name, "kind": kind})
    config_cache_clear()
    security_setup()
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)

    def page(subject: str, text: str) -> int:
        alert_id = tasks.trigger_event_alert(_classification("P1", subjects=(subject,), text=text).pk)
        drain()
        return alert_id

    first = page("acme-card", "Is my Acme card safe? I saw the news about a breach")
    # The demo's story: the same question asked of the brand's app joins the forming story.
    assert page("acme-app", "Is my Acme app safe? I saw the news about a breach") == first
    # The same words about a competitor's card are another story: text alone never ties them.
    assert page("globex-card", "Is my Globex card safe? I saw the news about a breach") != first
    # A "never" rule keeps two of the brand's own subjects apart.
    SubjectLink.objects.create(subject_a="acme-web", subject_b="acme-card", mode="never")
    SubjectLink.objects.create(subject_a="acme-web", subject_b="acme-app", mode="never")
    config_cache_clear()
    assert page("acme-web", "Is my Acme web safe? I saw the news about a breach") != first


def test_an_alert_quotes_its_posts_without_the_names_the_guard_would_halt(in_a, httpserver, smtp):
    setup = security_setup()
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)
    from escalation import guardrails
    from escalation.models import PagingGuardrail

    PagingGuardrail.objects.create(name="No customer names", kind=PagingGuardrail.Kind.NO_PERSONAL_DATA)
    guardrails.rules_cache_clear()
    try:
        # A name the ingestion redactor kept (say, for its context) reaches the alert's text.
        alert_id = tasks.trigger_event_alert(
            _classification(
                "P1", text="Margaret Thompson says Acme leaked her card number 4111111111111111"
            ).pk
        )
        drain()
    finally:
        guardrails.rules_cache_clear()
    alert = Alert.objects.get(pk=alert_id)
    assert "Margaret" not in alert.title and "Thompson" not in alert.summary
    assert "<PERSON>" in alert.details["events"][0]["text"]
    sent = Notification.objects.filter(stakeholder=setup.people["sam"]).values_list("status", flat=True)
    assert list(sent) == ["sent"]
    bodies = json.dumps(_slack_bodies(httpserver))
    assert (
        "Margaret" not in bodies and "4111111111111111" not in bodies and "leaked her card number" in bodies
    )


def test_a_burst_of_folded_events_rewrites_the_slack_messages_once_after_a_short_delay(
    in_a, httpserver, smtp, monkeypatch, django_capture_on_commit_callbacks
):
    """Three events fold into the story's alert within a second: one rewrite of its Slack
    messages is scheduled, `SLACK_REFRESH_WINDOW_SECONDS` later, and it reads the alert then."""
    from config.celery import app

    security_setup()
    configure_channels(httpserver, smtp.port)
    slack_ok(httpserver)
    alert = Alert.objects.get(pk=tasks.trigger_crisis_alert(_crisis().pk, "high"))
    drain()
    sent: list[tuple[str, dict, dict]] = []
    monkeypatch.setattr(
        app, "send_task", lambda name, args=None, kwargs=None, **options: sent.append((name, kwargs, options))
    )
    for k in range(3):
        with django_capture_on_commit_callbacks(execute=True):
            tasks.trigger_event_alert(_classification("P1", text=f"is my Acme card safe? ({k})").pk)
    refreshes = [
        (kwargs, options) for name, kwargs, options in sent if name == "escalation.slack_refresh_messages"
    ]
    assert [kwargs for kwargs, _ in refreshes] == [{"alert_id": alert.pk}]
    assert refreshes[0][1]["countdown"] == incidents.SLACK_REFRESH_WINDOW_SECONDS
    alert.refresh_from_db()
    assert alert.trigger_count == 4  # every fold counted; the one rewrite shows them all
