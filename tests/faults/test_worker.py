"""The worker's faults: SIGKILL mid-stream (no warm shutdown, no acks) and a worker whose PII
engine cannot load (presidio/spaCy raising): events are finished once, or held, never lost."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.faults.stack import events
from tests.support.processes import wait_until

pytestmark = pytest.mark.faults

TEXTS = [
    "Acme Air app crashes when I open my booking",
    "Acme Air charged my card twice for one ticket",
    "Acme Air flight attendants were great today",
    "Acme Air website down again, cannot check in",
]


def test_worker_killed_mid_stream_resumes_without_loss_or_doubles(stack, fault_report):
    prefix, n = "kill-", 120

    def post(k: int) -> int:
        batch = events(f"{prefix}{k}-", n // len(TEXTS), text=TEXTS[k])
        return stack.post_events(batch).status_code

    with ThreadPoolExecutor(max_workers=len(TEXTS)) as pool:
        assert list(pool.map(post, range(len(TEXTS)))) == [202] * len(TEXTS)
    wait_until(lambda: stack.fate(prefix)["events"] >= 10, timeout=120, what="the stream under way")
    at_kill = stack.fate(prefix)
    stack.kill_worker()
    restarted = time.monotonic()
    stack.start_worker()
    took = wait_until(lambda: stack.settled(prefix, n), timeout=240, what="every event after the restart")
    fate = stack.fate(prefix)
    assert fate["duplicate_rows"] == 0 and fate["review"] == 0
    doubled = stack.count(
        "SELECT count(*) - count(DISTINCT c.event_id) FROM classification_classification c "
        "JOIN ingestion_event e ON e.id = c.event_id WHERE e.external_id LIKE %s",
        prefix + "%",
    )
    assert doubled == 0
    fault_report(
        fault=f"Worker SIGKILL mid-stream ({n} events in 4 parallel posts; killed at {at_kill['events']} Events)",
        happened="acks_late messages of the dead worker and the sweepers (stuck RawEvents, "
        f"unclassified events) finished the rest: {fate['events']}/{n} Events, "
        f"{fate['classified']} classifications for {fate['canonical']} canonical events, none doubled",
        lost=n - fate["events"],
        duplicate_notifications=stack.duplicate_notifications(),
        recovery=f"{time.monotonic() - restarted:.0f} s from restart (incl. model warm-up) to all processed "
        f"({took:.0f} s wait)",
    )


def test_pii_engine_raising_holds_events_and_tells_admins(stack, fault_report):
    prefix, n = "pii-", 8
    mail_before = len(stack.smtp.messages)
    stack.stop_worker()
    stack.start_worker(PII_SPACY_MODEL="no_such_spacy_model")
    try:
        r = stack.post_events(events(prefix, n, text="Acme Air call me at +1 415 555 0101 about my refund"))
        assert r.status_code == 202, r.text
        wait_until(lambda: stack.fate(prefix)["review"] == n, timeout=150, what="events held for PII")
        held = stack.fate(prefix)
        wait_until(
            lambda: any("PII redaction failed" in m for m in stack.smtp.messages[mail_before:]),
            timeout=60,
            what="the admins' email",
        )
    finally:
        stack.stop_worker()
        stack.start_worker()
    assert held["events"] == 0  # nothing unredacted went on

    stack.django("from ingestion.services import raw_events_release_held\nprint(raw_events_release_held())")
    took = wait_until(lambda: stack.settled(prefix, n), timeout=150, what="released events processed")
    fate = stack.fate(prefix)
    texts = [
        t for (t,) in stack.sql("SELECT text FROM ingestion_event WHERE external_id LIKE %s", prefix + "%")
    ]
    assert fate["review"] == 0 and not any("555 0101" in t for t in texts), texts
    fault_report(
        fault="PII redaction raising (presidio's spaCy model cannot load in the worker)",
        happened=f"all {n} events held (RawEvent held_pii, no Event, nothing sent to a model), the tenant "
        "admins emailed; after a fixed worker and 'Release held events' all processed, redacted",
        lost=n - fate["events"],
        duplicate_notifications=stack.duplicate_notifications(),
        recovery=f"{took:.0f} s from release to all processed",
    )
