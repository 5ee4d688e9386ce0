"""A P0 while every notification provider is down, then beat down for 10 minutes of platform
time across the ACK deadline: every attempt recorded, the page reaches the next tier once beat
is back, nobody paged twice.

This module runs first (files run in name order): the page must open an alert of its own, and
a P0 arriving while an earlier test's alert is open folds into it as an update (one story, one
alert), which is the grouping's behaviour, not this fault's."""

from __future__ import annotations

import time

import pytest

from tests.support.processes import wait_until

pytestmark = pytest.mark.faults

# No watched subject: an Acme Air page would fold into the Acme Air story's alert an earlier test
# opened (one story, one alert), and this test is about a page of its own.
P0_TEXT = "payments-gateway down in every region, customer card data exposed in error pages"


def _notifications(stack, after_alert: int) -> list[tuple]:
    return stack.sql(
        "SELECT n.channel, n.status, n.tier, s.name, n.kind, n.purpose FROM escalation_notification n "
        "LEFT JOIN escalation_stakeholder s ON s.id = n.stakeholder_id WHERE n.alert_id > %s",
        after_alert,
    )


def _settled(rows: list[tuple]) -> bool:
    return bool(rows) and not any(status in ("pending", "sending") for _, status, *_ in rows)


def test_every_provider_down_then_beat_down_ten_minutes(stack, fault_report):
    last_alert = stack.count("SELECT coalesce(max(id), 0) FROM escalation_alert")
    offset_before = float(stack.cache.client().get("clock:offset_seconds") or 0)
    stack.slack.down = True
    stack.smtp.down()
    try:
        # The source's own severity decides (a monitoring feed's "emergency"): the test is about
        # paging, not about which tier would call this text a P0.
        r = stack.post_events(
            [{"id": "notify-p0", "text": P0_TEXT, "platform": "logs", "severity": "emergency"}]
        )
        assert r.status_code == 202, r.text
        try:
            wait_until(
                lambda: (
                    _settled(rows := _notifications(stack, last_alert))
                    and {c for c, s, *_ in rows if s == "failed"} >= {"slack", "email"}
                ),
                timeout=150,
                what="every channel of the P0 page tried and failed",
            )
        except AssertionError as exc:
            alerts = stack.sql("SELECT id, severity, state FROM escalation_alert WHERE id > %s", last_alert)
            classes = stack.sql(
                "SELECT c.severity, c.tier FROM classification_classification c "
                "JOIN ingestion_event e ON e.id = c.event_id WHERE e.external_id = 'notify-p0'"
            )
            raise AssertionError(f"{exc}: {classes} {alerts} {_notifications(stack, last_alert)}") from None
        down_rows = _notifications(stack, last_alert)
    finally:
        stack.slack.down = False
        stack.smtp.up()
    tried = {ch: sum(1 for c, s, *_ in down_rows if c == ch and s == "failed") for ch in ("slack", "email")}
    assert not [r for r in down_rows if r[1] == "sent"], down_rows
    assert tried["slack"] == 3 and tried["email"] == 3, down_rows
    alerts = stack.sql("SELECT id, severity, state FROM escalation_alert WHERE id > %s", last_alert)
    assert ("P0", "triggered") in [a[1:] for a in alerts], alerts
    fault_report(
        fault="Every notification provider down (Slack 503, SMTP refusing connections) for a P0",
        happened=f"the alert opened; Slack tried {tried['slack']}× with backoff, then email "
        f"{tried['email']}×, every attempt a Notification row (failed, with the error); the alert "
        "stays triggered so its ACK deadline still runs (next row)",
        lost=0,
        duplicate_notifications=stack.duplicate_notifications(),
        recovery="the next tier is paged at the ACK deadline once providers answer (next row)",
    )

    # Beat down across the deadline: nothing may fire, and nothing may be lost either.
    stack.stop_beat()
    try:
        stack.advance_clock(600)
        time.sleep(12)  # longer than check_deadlines' 10 s interval: would have fired by now
        assert len(_notifications(stack, last_alert)) == len(down_rows)

        stack.start_beat()
        took = wait_until(
            lambda: any(s == "sent" and tier == 1 for _, s, tier, *_ in _notifications(stack, last_alert)),
            timeout=90,
            what="the tier-2 page after beat restarts",
        )
        wait_until(lambda: _settled(_notifications(stack, last_alert)), timeout=60, what="pages settled")
        time.sleep(11)  # one more check_deadlines tick: a second page would show now
    finally:
        stack.cache.client().set("clock:offset_seconds", offset_before)
    rows = _notifications(stack, last_alert)
    sent = sorted({(name, ch, tier, kind) for ch, s, tier, name, kind, purpose in rows if s == "sent"})
    duplicates = stack.duplicate_notifications()
    assert duplicates == 0, rows
    assert any(name == "Cleo Ciso" for name, *_ in sent), sent
    fault_report(
        fault="Celery beat down for 10 minutes of platform time across the P0's ACK deadline",
        happened="no timer fired while beat was down; on restart the SLA breach and the tier-2 "
        f"escalation fired once: sent {', '.join(f'{n} by {c} (tier {t + 1}, {k})' for n, c, t, k in sent)}",
        lost=0,
        duplicate_notifications=duplicates,
        recovery=f"tier 2 paged {took:.0f} s after beat started again",
    )
