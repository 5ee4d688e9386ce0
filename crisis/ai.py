"""Optional AI summary and holding statement for warning+ crises (the LLM tier, via anthropic).

Called only when: an API key is configured, the tenant enabled it, the crisis score is at or above
the pre-threshold, this level has not been summarised yet, the shared LLM circuit breaker is
closed, and the tenant's one LLM budget has room for it (`classification.llm_gateway`: the same
ledger and daily budget as the classification tier and response planning). Event texts are
already PII-redacted by ingestion; the prompt still passes the outbound PII guard
(`ingestion.redaction.outbound_guard`, stricter than ingestion): a sample post the guard flags is
left out, and if the assembled prompt still has a hit nothing is sent and the refusal is recorded
(an `LLMCall` with purpose `summary` and status `refused_pii`). Every attempt is an `LLMCall`
row; any failure is recorded and skipped: a summary is a convenience, never a reason to hold back
an alert.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time

from django.conf import settings
from django.db import connection

from classification import llm_gateway as gateway
from classification.models import LLMCall
from classification.tiers.llm_guards import Breaker, cost_of
from crisis.models import Crisis, DetectorConfig, Level, TimelineEntry
from crisis.timeline import crisis_broadcast, timeline_append
from ingestion.redaction import outbound_guard

logger = logging.getLogger(__name__)

SYSTEM = (
    "You are a crisis-communications analyst. From the detector's signals and sample posts about a "
    "brand, write a factual 2-4 sentence situation summary and a short, calm holding statement the "
    "brand could publish (no admissions of liability, no speculation). Answer with JSON only: "
    '{"summary": "...", "holding_statement": "..."}'
)


MAX_TOKENS = 600
TRANSIENT_STATUS = (408, 409, 429)


def _allowed_names(crisis: Crisis) -> list[str]:
    """The tenant's own names: organisation, watch terms and aliases (never PII in a prompt)."""
    from ingestion.models import WatchTerm

    names = [crisis.subject]
    org_name = getattr(getattr(connection, "tenant", None), "name", None)
    if org_name:
        names.append(org_name)
    for term in WatchTerm.objects.filter(enabled=True).only("name", "slug", "aliases"):
        names += [term.name, term.slug, *(term.aliases or [])]
    return [n for n in names if n]


def _prompt(crisis: Crisis, allow: list[str]) -> tuple[str, str]:
    """The prompt, and the part of it the outbound guard reads: all of it but the signals line,
    which the detector writes from its own numbers ("1.2× usual volume (35 vs 30.0, z=0.1)" reads
    as a street address to the guard, and refused every summary of the demo's crisis)."""
    signals = (crisis.signals or {}).get("signals", {})
    head = f"Subject: {crisis.subject} — crisis level {crisis.level}, score {crisis.score:.2f}"
    numbers = "Signals: " + "; ".join(
        f"{k} {float(v.get('value', 0)):.2f} ({v.get('detail', '')})" for k, v in signals.items()
    )
    rest = [
        f"Why: {crisis.explanation}",
        "Top terms: " + ", ".join((crisis.signals or {}).get("top_terms", [])[:10]),
        "Sample posts (most reach first):",
    ]
    for e in crisis.events.order_by("-reach")[:8]:
        post = (e.title + " " + e.text).strip()[:300]
        if outbound_guard(text=post, allow=allow).ok:  # a post the guard flags stays home
            rest.append(f"- [{e.platform}, reach {e.reach}] {post}")
    return "\n".join([head, numbers, *rest]), "\n".join([head, *rest])


def _parse(text: str) -> dict[str, str]:
    match = re.search(r"\{.*\}", text, re.S)
    if match:
        try:
            data = json.loads(match.group(0))
            return {
                "summary": str(data.get("summary", "")),
                "holding_statement": str(data.get("holding_statement", "")),
            }
        except json.JSONDecodeError:
            pass
    return {"summary": text.strip(), "holding_statement": ""}


def crisis_summarize(*, crisis_id: int) -> str:
    """Summarise the crisis if every condition holds; returns what happened (for logs and tests)."""
    crisis = Crisis.objects.filter(pk=crisis_id).first()
    if crisis is None or crisis.status == Crisis.Status.RESOLVED or crisis.level == Level.OK:
        return "skipped: not an active crisis"
    if not settings.ANTHROPIC_API_KEY:
        return "skipped: no API key"
    cfg = DetectorConfig.objects.order_by("pk").first()
    if cfg is not None and not cfg.ai_enabled:
        return "skipped: disabled"
    if crisis.score < (cfg.ai_pre_threshold if cfg else 0.40):
        return "skipped: below pre-threshold"
    if TimelineEntry.objects.filter(
        crisis=crisis, kind=TimelineEntry.Kind.SUMMARY, data__level=crisis.level
    ).exists():
        return "skipped: already summarised at this level"

    model = settings.ANTHROPIC_MODEL
    try:
        allow = _allowed_names(crisis)
        prompt, checked = _prompt(crisis, allow)
        guard = outbound_guard(text=SYSTEM + "\n" + checked, allow=allow)
        refusal = "" if guard.ok else guard.reason
    except Exception as exc:  # the guard failing must not let text out
        prompt, refusal = "", f"PII guard failed: {type(exc).__name__}: {exc}"
    prompt_hash = hashlib.sha256(prompt.encode()).hexdigest()

    def record(status: str, error: str = "") -> None:
        gateway.llm_call_record(
            purpose=LLMCall.Purpose.SUMMARY,
            status=status,
            model=model,
            prompt_hash=prompt_hash,
            crisis_ref=crisis.pk,
            error=error,
        )

    if refusal:
        record(LLMCall.Status.REFUSED_PII, refusal)
        logger.warning("crisis %s summary not sent: %s", crisis.pk, refusal)
        return "refused: pii"
    breaker = Breaker()
    if breaker.is_open():
        record(LLMCall.Status.BREAKER_OPEN)
        return "skipped: breaker open"
    started = time.monotonic()
    try:  # the pending row is written before the request goes out
        call = gateway.llm_call_open(
            purpose=LLMCall.Purpose.SUMMARY,
            model=model,
            prompt_hash=prompt_hash,
            worst_case_usd=cost_of(model, len(SYSTEM + prompt) // 3 + 50, MAX_TOKENS),
            crisis_ref=crisis.pk,
        )
    except gateway.BudgetExhausted:
        return "skipped: budget"

    import anthropic

    try:
        msg = gateway.client(max_retries=1).messages.create(
            model=model,
            max_tokens=MAX_TOKENS,
            system=SYSTEM,
            messages=[{"role": "user", "content": prompt}],
        )
    except anthropic.APIError as exc:
        status_code = getattr(exc, "status_code", None)
        if status_code is None or status_code in TRANSIENT_STATUS or status_code >= 500:
            breaker.failure()
        gateway.llm_call_finish(
            call=call,
            status=LLMCall.Status.ERROR,
            attempts=1,
            input_tokens=0,
            output_tokens=0,
            started=started,
            error=f"{type(exc).__name__}: {exc}",
        )
        logger.warning("crisis %s summary failed: %s", crisis.pk, exc)
        return "error"
    breaker.success()
    text = "".join(getattr(b, "text", "") for b in msg.content)
    parsed = _parse(text)
    cost = gateway.llm_call_finish(
        call=call,
        status=LLMCall.Status.OK,
        attempts=1,
        input_tokens=int(msg.usage.input_tokens or 0),
        output_tokens=int(msg.usage.output_tokens or 0),
        started=started,
        response=parsed,
    )
    Crisis.objects.filter(pk=crisis.pk).update(
        ai_summary=parsed["summary"], holding_statement=parsed["holding_statement"]
    )
    crisis.ai_summary, crisis.holding_statement = parsed["summary"], parsed["holding_statement"]
    timeline_append(
        crisis=crisis,
        kind=TimelineEntry.Kind.SUMMARY,
        message=f"AI summary: {parsed['summary'][:500]}",
        actor=f"llm:{model}",
        data={
            "level": crisis.level,
            "holding_statement": parsed["holding_statement"],
            "cost_usd": float(cost),
            "latency_ms": round((time.monotonic() - started) * 1000, 1),
            "llm_call": call.pk,
        },
    )
    crisis_broadcast(crisis)
    return "done"
