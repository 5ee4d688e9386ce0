"""The mission's "LLM or model down → rules tier, flagged for review", on the real worker: the
Messages API answering 500 or too late, and the serving model artifact unusable."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

import pytest

from classification.registry import committed_artifact
from tests.faults.stack import LLM_BREAKER_COOLDOWN
from tests.support.processes import wait_until

pytestmark = pytest.mark.faults

# Texts no rule decides and the model is unsure of, so the router asks the LLM; one set per test
# (near-duplicates of an earlier test's events would be merged into them and never classified).
AMBIGUOUS = {
    "llm500-": [
        "Acme Air so that happened at the gate today, not sure what to think",
        "Acme Air honestly the whole thing with the crew was something else",
        "Acme Air people at terminal 2 are talking about it, weird vibe",
        "Acme Air did anyone else get that message from them this morning?",
    ],
    "llmtimeout-": [
        "Acme Air my cousin works there and says management is nervous",
        "Acme Air well that was a choice, we will see how it goes",
        "Acme Air the pilot said something on the intercom nobody understood",
        "Acme Air saw three of their trucks parked outside the hangar at night",
    ],
    "model-": [
        "Acme Air mood in the lounge is strange, staff whispering",
        "Acme Air got an odd letter in the post from them about my miles",
        "Acme Air that announcement at the shareholder meeting raised eyebrows",
        "Acme Air their new uniforms are certainly a statement",
    ],
}


def _post(stack, prefix: str) -> int:
    batch = [
        {"id": f"{prefix}{i}", "text": text, "platform": "twitter"}
        for i, text in enumerate(AMBIGUOUS[prefix])
    ]
    r = stack.post_events(batch)
    assert r.status_code == 202, r.text
    return len(batch)


def _classified_by_tier(stack, prefix: str) -> list[tuple[str, str, str]]:
    """(tier, the LLM's error, the review reasons) of each classification of the prefix's events."""
    return stack.sql(
        "SELECT c.tier, coalesce(c.tier_opinions->'llm'->>'error', ''), "
        "coalesce(c.tier_opinions->'review'->>'reasons', '') "
        "FROM classification_classification c JOIN ingestion_event e ON e.id = c.event_id "
        "WHERE e.external_id LIKE %s",
        prefix + "%",
    )


@pytest.mark.parametrize("mode", ["500", "timeout"])
def test_llm_down_falls_back_to_rules_or_model_flagged_for_review(stack, fault_report, mode):
    prefix = f"llm{mode}-"
    time.sleep(LLM_BREAKER_COOLDOWN + 1)  # a breaker a previous test opened has closed
    stack.llm.mode = mode
    asked_before = stack.llm.requests
    try:
        started = time.monotonic()
        n = _post(stack, prefix)
        took = wait_until(lambda: stack.settled(prefix, n), timeout=150, what=f"events with the LLM {mode}")
    finally:
        stack.llm.mode = "ok"
    rows = _classified_by_tier(stack, prefix)
    asked = [r for r in rows if r[1]]
    assert stack.llm.requests > asked_before, "the router never asked the LLM: the fault was not exercised"
    assert asked, rows
    for tier, error, reasons in asked:
        assert tier in ("rules", "model") and "LLM" in reasons, (tier, error, reasons)
    fate = stack.fate(prefix)
    fault_report(
        fault=f"LLM API {'answers 500' if mode == '500' else 'answers after the client timeout'}",
        happened=f"{len(asked)} events the router sent to the LLM classified by the "
        f"{'/'.join(sorted({r[0] for r in asked}))} tier instead, flagged for review "
        f"({asked[0][2]}); nothing held",
        lost=n - fate["events"],
        duplicate_notifications=stack.duplicate_notifications(),
        recovery=f"none needed: classified {took:.0f} s after the post "
        f"({time.monotonic() - started:.0f} s incl. checks)",
    )


def test_model_artifact_unusable_falls_back_to_rules_flagged_for_review(stack, fault_report):
    """The tenant's active ModelVersion points at an artifact whose weights are gone."""
    broken = Path(tempfile.mkdtemp(prefix="crisisops-faults-model-"))
    shutil.copytree(committed_artifact(), broken, dirs_exist_ok=True)
    (broken / "head.npz").write_bytes(b"")  # present but unreadable: what a half-copied deploy leaves
    stack.django(
        "from classification.models import ModelVersion\n"
        "from tenants import clock\n"
        f"ModelVersion.objects.create(version='9.9.9', artifact_path={str(broken)!r}, status='active',"
        " promoted_at=clock.now())"
    )
    prefix = "model-"
    try:
        n = _post(stack, prefix)
        took = wait_until(lambda: stack.settled(prefix, n), timeout=150, what="events with no model")
        ready = stack.get("/readyz").json()["checks"]
    finally:
        stack.sql_exec("DELETE FROM classification_modelversion WHERE version = '9.9.9'")
        shutil.rmtree(broken, ignore_errors=True)
    rows = _classified_by_tier(stack, prefix)
    assert rows and all(tier != "model" and "model unavailable" in reasons for tier, _, reasons in rows), rows
    fate = stack.fate(prefix)
    fault_report(
        fault="Model artifact unusable (the active version's weights missing)",
        happened=f"{len(rows)} events classified without the model "
        f"({'/'.join(sorted({r[0] for r in rows}))} tier), each flagged 'model unavailable' for review; "
        f"/readyz model check: {ready.get('model_artifact', {}).get('ok')}",
        lost=n - fate["events"],
        duplicate_notifications=stack.duplicate_notifications(),
        recovery=f"none needed: classified {took:.0f} s after the post; the next batch after the "
        "version is retired uses the model again",
    )
