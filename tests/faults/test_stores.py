"""The stores going away under load, on servers the suite owns: Redis paused (CLIENT PAUSE), the
Celery broker stopped, PostgreSQL stopped and started. Intake never answers 500, every accepted
event ends processed exactly once, beat keeps ticking."""

from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from config.beat import HEARTBEAT_KEY
from config.queues import STAGES, queue
from escalation import owed
from tests.faults.stack import events
from tests.support.processes import wait_until

pytestmark = pytest.mark.faults

# No watched subject and no other test's words: a page of its own, not an update of an open story.
OWED_TEXT = "ledger-replication lag over 30 minutes on the settlement cluster, transfers not posting"


def _post_in_parallel(stack, prefix: str, *, posts: int, per_post: int) -> list[tuple[int, float]]:
    """`posts` requests of `per_post` events at once; (status, seconds) of each."""

    def one(k: int) -> tuple[int, float]:
        batch = events(f"{prefix}{k}-", per_post, text=f"Acme Air flight {k} delayed for hours")
        started = time.monotonic()
        r = stack.post_events(batch)
        return r.status_code, time.monotonic() - started

    with ThreadPoolExecutor(max_workers=posts) as pool:
        return list(pool.map(one, range(posts)))


def test_redis_paused_intake_answers_and_nothing_is_lost(stack, fault_report):
    prefix, posts, per_post = "rpause-", 6, 5
    n = posts * per_post
    stack.cache.pause(12)
    answers = _post_in_parallel(stack, prefix, posts=posts, per_post=per_post)
    statuses = sorted({code for code, _ in answers})
    assert statuses == [202], answers

    took = wait_until(lambda: stack.settled(prefix, n), timeout=150, what="events posted during the pause")
    fate = stack.fate(prefix)
    assert fate["duplicate_rows"] == 0 and fate["review"] == 0
    fault_report(
        fault="Redis (cache, throttle, clock, Channels) paused 12 s (CLIENT PAUSE ALL) during 6 parallel posts",
        happened=f"every post answered 202, none 500 (slowest {max(s for _, s in answers):.1f} s: the first "
        f"call that finds Redis away gives up after 1 s and the process skips Redis for 5 s); "
        f"{fate['stored']}/{n} stored and processed",
        lost=n - fate["events"],
        duplicate_notifications=stack.duplicate_notifications(),
        recovery=f"all processed {took:.0f} s after the posts returned",
    )


def test_broker_down_intake_stores_and_the_work_is_resent(stack, fault_report):
    prefix, posts, per_post = "broker-", 4, 5
    n = posts * per_post
    stack.broker.stop()
    try:
        answers = _post_in_parallel(stack, prefix, posts=posts, per_post=per_post)
        assert sorted({code for code, _ in answers}) == [202], answers
        assert stack.fate(prefix)["stored"] == n  # in the inbox while no worker can hear of it
        time.sleep(5)
    finally:
        stack.broker.start()
    back = time.monotonic()
    restarts: list[bool] = []

    def healed() -> bool:
        restarts.append(stack.restart_worker_if_exited())  # as the orchestrator would
        return stack.settled(prefix, n)

    took = wait_until(healed, timeout=180, what="events posted while the broker was down")
    fate = stack.fate(prefix)
    assert fate["duplicate_rows"] == 0 and fate["review"] == 0
    worker = (
        "the worker exited on the lost broker (a Celery 5.7 bug with unacked messages) and was restarted; "
        if any(restarts)
        else ""
    )
    fault_report(
        fault="Celery broker (Redis) stopped, its queued messages gone, during 4 parallel posts",
        happened=f"every post answered 202 and its {per_post} events were in the inbox (RawEvent) at once; "
        f"{worker}the hand-offs kept in the web process and the stuck-RawEvent sweeper re-sent the work "
        f"after the broker came back; {fate['stored']}/{n} processed",
        lost=n - fate["events"],
        duplicate_notifications=stack.duplicate_notifications(),
        recovery=f"{time.monotonic() - back:.0f} s from broker restart to all processed ({took:.0f} s wait)",
    )


def test_broker_loses_a_page_hand_off_and_the_owed_sweeper_sends_it(stack, fault_report):
    """The hand-off that matters most: a P0 classification is committed and its
    `escalation.trigger_event_alert` message waits in the broker when the broker restarts empty.
    Nothing in any process still holds it; only the rows (a paged classification without an
    EventTrigger) say a page is owed, and beat's owed-work sweep must send it, once."""
    stack.stop_worker()
    stack.start_worker(stages=tuple(s for s in STAGES if s != "notify"))  # the page waits in the broker
    try:
        r = stack.post_events(
            [{"id": "owed-p0", "text": OWED_TEXT, "platform": "logs", "severity": "emergency"}]
        )
        assert r.status_code == 202, r.text
        wait_until(lambda: bool(_owed_classification(stack)), timeout=150, what="the P0 classified and paged")
        broker = stack.broker.client()
        waiting = sum(broker.llen(k) for k in broker.scan_iter(match=f"{queue('notify')}*"))
        assert waiting >= 1, "the page's hand-off should be waiting in the broker"
    finally:
        stack.broker.stop()  # no persistence: every queued message is gone
        stack.broker.start()
        stack.stop_worker()
        stack.start_worker()
    classification_id = _owed_classification(stack)[0][0]
    triggers = "SELECT count(*) FROM escalation_eventtrigger WHERE classification_id = %s"
    assert stack.count(triggers, classification_id) == 0  # nobody handled it: the message is lost
    back = time.monotonic()
    stack.advance_clock(owed.GRACE_SECONDS + 5)  # past the grace a slow message is given
    took = wait_until(
        lambda: stack.count(triggers + " AND alert_id IS NOT NULL", classification_id) == 1,
        timeout=150,
        what="the owed page sent by the sweeper",
    )
    alert_id = stack.sql(
        "SELECT alert_id FROM escalation_eventtrigger WHERE classification_id = %s", classification_id
    )[0][0]
    wait_until(
        lambda: (
            stack.count(
                "SELECT count(*) FROM escalation_notification WHERE alert_id = %s AND status = 'sent'",
                alert_id,
            )
            > 0
        ),
        timeout=60,
        what="a notification of the owed alert sent",
    )
    sent = stack.sql(
        "SELECT n.channel, s.name FROM escalation_notification n JOIN escalation_stakeholder s "
        "ON s.id = n.stakeholder_id WHERE n.alert_id = %s AND n.status = 'sent' ORDER BY n.id",
        alert_id,
    )
    duplicates = stack.duplicate_notifications()
    assert stack.count(triggers, classification_id) == 1 and duplicates == 0
    fault_report(
        fault="Celery broker restarted empty while a P0's page hand-off (escalation.trigger_event_alert) "
        "waited in it, after the classification was committed",
        happened="the P0 was classified and paged, no process held the message any more; beat's owed-work "
        "sweep found the paged classification without an EventTrigger and re-sent it once the "
        f"hand-off was past its {owed.GRACE_SECONDS} s grace: alert {alert_id}, sent "
        + ", ".join(f"{name} by {channel}" for channel, name in sent),
        lost=0,
        duplicate_notifications=duplicates,
        recovery=f"{time.monotonic() - back:.0f} s from the broker's restart to the page sent "
        f"(the sweep runs every 60 s; {took:.0f} s after the platform clock passed the grace)",
    )


def _owed_classification(stack) -> list[tuple]:
    return stack.sql(
        "SELECT c.id FROM classification_classification c JOIN ingestion_event e ON e.id = c.event_id "
        "WHERE e.external_id = 'owed-p0' AND c.paged"
    )


def _beat_ticks(stack) -> int:
    raw = stack.cache.client().get(HEARTBEAT_KEY)
    return int(json.loads(raw)["ticks"]) if raw else 0


def test_postgres_down_intake_spools_and_drains_and_beat_survives(stack, fault_report):
    prefix, posts, per_post = "pgdown-", 3, 10
    n = posts * per_post
    beat_pid = stack.beat.proc.pid
    stack.pg.stop("fast")
    down = time.monotonic()
    try:
        answers = _post_in_parallel(stack, prefix, posts=posts, per_post=per_post)
        health = stack.get("/healthz").status_code
        ready = stack.get("/readyz")
        page = stack.get("/", Accept="text/html")
        time.sleep(max(0.0, 15 - (time.monotonic() - down)))  # the outage lasts 15 s
    finally:
        stack.pg.start()
    back = time.monotonic()
    assert sorted({code for code, _ in answers}) == [202], answers
    assert health == 200 and ready.status_code == 503, (health, ready.status_code, ready.text)
    assert ready.json()["checks"]["database"]["ok"] is False
    # 200 (the page as last seen), 302 (to sign in) or 503: under the read-only banner, never a 500
    assert page.status_code in (200, 302, 503) and "read-only" in page.text, (
        page.status_code,
        page.text[:500],
    )
    took = wait_until(
        lambda: stack.settled(prefix, n), timeout=180, what="spooled events drained and processed"
    )
    ticks = _beat_ticks(stack)
    wait_until(lambda: _beat_ticks(stack) > ticks, timeout=30, what="beat ticking after the outage")
    fate = stack.fate(prefix)
    assert fate["duplicate_rows"] == 0 and fate["review"] == 0
    assert stack.beat.proc.poll() is None and stack.beat.proc.pid == beat_pid  # the supervisor lives on
    beat_restarts = stack.beat.log_text().count("supervisor: celery beat exited")
    fault_report(
        fault="PostgreSQL stopped 15 s (pg_ctl stop -m fast) during 3 parallel posts of 10",
        happened="every post answered 202 (spooled to the fsync'd local spool); /healthz 200, /readyz 503 "
        f"with database not ok, a command-center page {page.status_code} with the read-only banner (no 500); the spool drained into the inbox when it came back; "
        f"{fate['stored']}/{n} processed; beat kept ticking (restarts by its supervisor: {beat_restarts})",
        lost=n - fate["events"],
        duplicate_notifications=stack.duplicate_notifications(),
        recovery=f"{time.monotonic() - back:.0f} s from PostgreSQL start to all processed ({took:.0f} s wait)",
    )
