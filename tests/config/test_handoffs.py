"""A hand-off whose broker is away does not fail the committed work that made it: it is kept in
the process and sent when the broker answers again."""

from __future__ import annotations

import time

import kombu.exceptions
import pytest
from django.db import transaction

from config import handoffs as handoffs_module
from config.celery import app, enqueue


@pytest.fixture
def broker(monkeypatch):
    """app.send_task that fails while `down` is set, recording what it sent."""
    state = {"down": True, "sent": []}

    def send_task(name, kwargs=None, **options):
        if state["down"]:
            raise kombu.exceptions.OperationalError(
                "Error 111 connecting to 127.0.0.1:6379. Connection refused."
            )
        state["sent"].append((name, kwargs, options.get("headers", {}).get("_schema_name")))

    monkeypatch.setattr(app, "send_task", send_task)
    monkeypatch.setattr(handoffs_module, "BREAKER_SECONDS", 0.2)
    monkeypatch.setattr(handoffs_module, "RETRY_SECONDS", 0.1)
    monkeypatch.setattr(handoffs_module, "handoffs", handoffs_module.Handoffs())
    return state


def test_a_hand_off_made_while_the_broker_is_down_is_sent_when_it_is_back(
    broker, in_a, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        enqueue("ingestion.process_raw_events", raw_event_ids=[1, 2])
        enqueue("escalation.escalate_alert", countdown=30, alert_id=7, version=2)
    # the transaction committed and nothing raised
    assert handoffs_module.handoffs.kept() == 2 and broker["sent"] == []

    broker["down"] = False
    deadline = time.monotonic() + 5
    while handoffs_module.handoffs.kept() and time.monotonic() < deadline:
        time.sleep(0.05)

    assert broker["sent"] == [
        ("ingestion.process_raw_events", {"raw_event_ids": [1, 2]}, in_a.schema),
        ("escalation.escalate_alert", {"alert_id": 7, "version": 2}, in_a.schema),
    ]
