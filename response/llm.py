"""The planner's optional LLM step: extra steps and a draft holding statement.

It passes the same gates as the classification tier, and spends from the same ledger:
1. on: an API key, the tenant's planning configuration, the shared circuit breaker closed;
2. time: what is left of the planning budget bounds the request (nothing starts with < 1 s left);
3. budget: the tenant's one daily LLM budget (`classification.llm_gateway`: today's spend of every
   LLM use + what calls in flight hold + this call's worst case ≤ the organisation's budget);
4. PII: the prompt is built from redacted facts (each sample post passes the outbound guard or
   stays home) and the whole prompt passes `ingestion.redaction.outbound_guard` or nothing is sent;
5. the answer: a forced tool call validated by its schema, then the hallucination guard
   (`response.llm_schema.check`): a suggestion naming a person or team the tenant does not
   have is dropped and logged.
Every attempt is an `LLMCall` row (purpose `plan`, the crisis in `crisis_ref`), written through the
gateway before the request goes out.
"""

from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import dataclass, field

from django.conf import settings

from classification import llm_gateway as gateway
from classification.models import LLMCall
from classification.tiers.llm_guards import Breaker, cost_of, tenant_vocabulary
from crisis.models import Crisis
from escalation.models import Stakeholder, Team
from ingestion.redaction import outbound_guard
from response.llm_schema import SYSTEM, TOOL, TOOL_NAME, Checked, Directory, build_prompt, check, spacy_people

logger = logging.getLogger(__name__)

MAX_TOKENS = 600
MIN_SECONDS = 1.0
PLAN = LLMCall.Purpose.PLAN


@dataclass
class LLMOutcome:
    status: str  # what happened, for the plan ("done", "off: …", "skipped: …", "refused: …", "error: …")
    checked: Checked = field(default_factory=Checked)
    call_id: int | None = None


def directory() -> Directory:
    roles = sorted(
        {
            r.strip()
            for r in Stakeholder.objects.filter(is_active=True).values_list("role", flat=True)
            if r.strip()
        }
    )
    teams = list(Team.objects.order_by("name").values_list("name", flat=True))
    names = set(tenant_vocabulary())
    names |= {n.lower() for n in Stakeholder.objects.filter(is_active=True).values_list("name", flat=True)}
    names |= {t.lower() for t in teams} | {s.lower() for s in Team.objects.values_list("slug", flat=True)}
    names |= {r.lower() for r in roles}
    return Directory(roles=tuple(roles), teams=tuple(teams), names=frozenset(n for n in names if n))


def _facts(crisis: Crisis) -> list[str]:
    signals = crisis.signals or {}
    return [
        f"Crisis: {crisis.title}",
        f"Category {crisis.category or 'unknown'}, level {crisis.level}, severity {crisis.severity or 'unknown'}",
        f"Why it was raised: {crisis.explanation}",
        *([f"Summary: {crisis.ai_summary}"] if crisis.ai_summary else []),
        "Top terms: " + ", ".join(signals.get("top_terms", [])[:10]),
    ]


def suggest(*, crisis: Crisis, plan_titles: list[str], seconds_left: float, enabled: bool) -> LLMOutcome:
    """Ask for extra steps within every gate (module doc). Never raises: the plan stands without it."""
    if not settings.ANTHROPIC_API_KEY:
        return LLMOutcome("off: no API key")
    if not enabled:
        return LLMOutcome("off: disabled in the planning configuration")
    if seconds_left < MIN_SECONDS:
        return LLMOutcome(f"skipped: {max(seconds_left, 0):.1f} s left of the planning budget")
    model = settings.ANTHROPIC_MODEL
    book = directory()
    allow = set(book.names)
    try:
        posts = []
        for event in crisis.events.order_by("-reach", "pk")[:6]:
            post = f"{event.title} {event.text}".strip()[:300]
            if outbound_guard(text=post, allow=allow).ok:  # a post the guard flags stays home
                posts.append(f"[{event.platform}, reach {event.reach}] {post}")
        prompt = build_prompt(facts=_facts(crisis), posts=posts, plan=plan_titles, directory=book)
        guard = outbound_guard(text=prompt, allow=allow)
        refusal = "" if guard.ok else guard.reason
    except Exception as exc:  # the guard failing must not let text out
        prompt, refusal = "", f"PII guard failed: {type(exc).__name__}"
    ledger = {
        "purpose": PLAN,
        "model": model,
        "prompt_hash": hashlib.sha256(prompt.encode()).hexdigest(),
        "crisis_ref": crisis.pk,
    }

    if refusal:
        gateway.llm_call_record(status=LLMCall.Status.REFUSED_PII, error=refusal, **ledger)
        logger.warning("crisis %s: planner prompt not sent: %s", crisis.pk, refusal)
        return LLMOutcome("refused: personal data in the prompt")
    breaker = Breaker()
    if not breaker.allow():
        gateway.llm_call_record(status=LLMCall.Status.BREAKER_OPEN, **ledger)
        return LLMOutcome("skipped: the LLM circuit breaker is open")
    try:  # the pending row holds the worst case against the tenant's one budget
        call = gateway.llm_call_open(
            worst_case_usd=cost_of(model, len(SYSTEM + prompt) // 3 + 400, MAX_TOKENS), **ledger
        )
    except gateway.BudgetExhausted:
        return LLMOutcome("skipped: the tenant's LLM budget for today is spent")

    started = time.monotonic()
    reply = _request(model=model, prompt=prompt, timeout=seconds_left)
    if reply.answer is None:
        if reply.transient:
            breaker.failure()
        else:
            breaker.success()  # the service answered; the answer was unusable
        gateway.llm_call_finish(
            call=call, status=reply.status, attempts=1, input_tokens=reply.usage[0],
            output_tokens=reply.usage[1], started=started, error=reply.error,
        )  # fmt: skip
        logger.warning("crisis %s: planner LLM step failed: %s", crisis.pk, reply.error)
        return LLMOutcome(f"error: {reply.error[:150]}", call_id=call.pk)
    breaker.success()
    checked = check(reply.answer, directory=book, ner=_ner)
    for drop in checked.dropped:
        logger.warning(
            "crisis %s: LLM %s dropped (%s): %s", crisis.pk, drop["what"], drop["reason"], drop["text"]
        )
    everything_dropped = bool(checked.dropped) and not checked.steps and not checked.holding_statement
    gateway.llm_call_finish(
        call=call,
        status=LLMCall.Status.HALLUCINATION if everything_dropped else LLMCall.Status.OK,
        attempts=1,
        input_tokens=reply.usage[0],
        output_tokens=reply.usage[1],
        started=started,
        error="; ".join(f"{d['what']} dropped: {d['reason']}" for d in checked.dropped),
        response=reply.answer,
    )
    kept = f"{len(checked.steps)} extra step{'s' if len(checked.steps) != 1 else ''}"
    if checked.holding_statement:
        kept += " and a holding statement"
    dropped = f", {len(checked.dropped)} dropped by the guard" if checked.dropped else ""
    return LLMOutcome(f"done: {kept}{dropped}", checked=checked, call_id=call.pk)


def _ner(text: str) -> list[str]:
    try:
        return spacy_people(text)
    except Exception:  # NER unavailable: the answer's own list of names is still checked
        logger.warning("NER unavailable for the planner's hallucination guard", exc_info=True)
        return []


@dataclass
class _Reply:
    answer: dict | None
    usage: tuple[int, int] = (0, 0)
    error: str = ""
    status: str = LLMCall.Status.OK
    transient: bool = False  # a failure the breaker counts: timeouts, connection errors, 429, 5xx


def _request(*, model: str, prompt: str, timeout: float) -> _Reply:
    """One request, bounded by what is left of the planning budget (no retry: no time for one)."""
    import anthropic
    import jsonschema

    client = gateway.client(timeout=min(float(settings.ANTHROPIC_TIMEOUT_SECONDS), timeout), max_retries=0)
    try:
        response = client.messages.create(
            model=model,
            max_tokens=MAX_TOKENS,
            system=SYSTEM,
            tools=[TOOL],
            tool_choice={"type": "tool", "name": TOOL_NAME},
            messages=[{"role": "user", "content": prompt}],
        )
    except anthropic.APIStatusError as exc:
        transient = exc.status_code in (408, 409, 429) or exc.status_code >= 500
        return _Reply(None, error=f"HTTP {exc.status_code}", status=LLMCall.Status.ERROR, transient=transient)
    except anthropic.APIError as exc:  # timeouts and connection errors
        return _Reply(None, error=f"{type(exc).__name__}: {exc}", status=LLMCall.Status.ERROR, transient=True)
    usage = (int(response.usage.input_tokens or 0), int(response.usage.output_tokens or 0))
    for block in response.content or []:
        if getattr(block, "type", None) == "tool_use" and getattr(block, "name", None) == TOOL_NAME:
            answer = getattr(block, "input", None)
            try:
                jsonschema.validate(answer, TOOL["input_schema"])
            except jsonschema.ValidationError as exc:
                return _Reply(None, usage, f"schema: {exc.message}", LLMCall.Status.INVALID)
            return _Reply(dict(answer), usage)  # type: ignore[arg-type]  # validated as an object
    return _Reply(None, usage, "no tool call in the answer", LLMCall.Status.INVALID)
