"""Hostile input on the real stack: one poisoned event among valid ones, and the probes that
used to answer 500 (a NUL in an id, a 10,000-deep JSON value, a javascript: URL)."""

from __future__ import annotations

import httpx
import pytest

from tests.faults.stack import HOST, events
from tests.support.processes import wait_until

pytestmark = pytest.mark.faults


def test_poisoned_events_fail_alone_and_the_batch_goes_on(stack, fault_report):
    batch = events("poison-", 60, text="Acme Air lost my luggage again")
    batch[17]["text"] = "Acme Air refund\x00 never arrived (report poison-17)"
    batch[33]["text"] = "Acme Air lone surrogate \ud800 in a post (report poison-33)"
    nul_id = {"id": "poison-nul\x00id", "text": "Acme Air bag lost", "platform": "support"}
    js_url = {"id": "poison-js", "text": "Acme Air click here", "url": "javascript:alert(3)"}

    r = stack.post_events([*batch, nul_id, js_url])
    assert r.status_code == 202, r.text
    body = r.json()
    assert body["accepted"] == 60
    rejected = {e["index"]: e["reason"] for e in body["errors"]}
    assert set(rejected) == {60, 61}
    assert "NUL" in rejected[60] and "http" in rejected[61]

    took = wait_until(lambda: stack.settled("poison-", 60), timeout=150, what="the 60 valid events")
    fate = stack.fate("poison-")
    assert fate["review"] == 0 and fate["duplicate_rows"] == 0
    stored = stack.sql(
        "SELECT external_id, text FROM ingestion_event WHERE external_id IN ('poison-17', 'poison-33')"
    )
    texts = dict(stored)
    assert "\x00" not in texts["poison-17"] and "refund never arrived" in texts["poison-17"]
    assert "\ufffd" in texts["poison-33"]
    fault_report(
        fault="Poisoned batch: NUL and a lone surrogate in texts, NUL in an id, a javascript: URL",
        happened="202 for the batch; the NUL/surrogate texts cleaned, the bad id and URL refused "
        f"by index (400 reasons in the body); {fate['stored']}/60 stored and processed, 0 in review",
        lost=60 - fate["events"],
        duplicate_notifications=stack.duplicate_notifications(),
        recovery=f"no interruption (all processed {took:.0f} s after the post)",
    )


def test_a_deep_or_huge_body_answers_400_not_500(stack, fault_report):
    deep = "[" * 10_000 + '"x"' + "]" * 10_000
    nested = '{"id": "poison-deep", "text": "Acme Air", "attributes": {"a": ' + deep + "}}"
    answers = []
    deep_object = '{"a": ' * 10_000 + "1" + "}" * 10_000
    for content in (nested, '{"id": "poison-deep", "text": "Acme Air", "attributes": ' + deep_object + "}"):
        r = httpx.post(
            f"http://127.0.0.1:{stack.port}/api/v1/events",
            content=content,
            headers={
                "Host": HOST,
                "Authorization": f"Bearer {stack.keys['generic']}",
                "Content-Type": "application/json",
            },
            timeout=30,
        )
        answers.append(r.status_code)
    assert answers == [400, 400]
    assert stack.count("SELECT count(*) FROM ingestion_rawevent WHERE external_id = 'poison-deep'") == 0
    fault_report(
        fault="10,000-deep JSON array/object in a body",
        happened="400 (depth limit) for both bodies, nothing stored",
        lost=0,
        duplicate_notifications=0,
        recovery="n/a (refused at intake)",
    )
