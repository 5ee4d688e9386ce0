"""LLM tier: Claude through the anthropic SDK, structured output via one forced tool call.

Guards, in the order a call passes them (each refusal is recorded as an `LLMCall` row):
1. enabled (API key configured) and the circuit breaker (shared in Redis) is closed;
2. response cache keyed by tenant + model + normalised text (Redis) — a hit costs nothing;
3. PII: `ingestion.redaction.outbound_guard` runs over the outbound prompt; any hit → refuse to send;
4. budget: the tenant's one LLM budget, shared with every other LLM use
   (`classification.llm_gateway`): today's spend + what calls in flight hold + this call's worst
   case ≤ the organisation's daily budget, otherwise nothing goes on the wire;
5. the request: timeout, retries with exponential backoff on transient errors only (timeouts,
   connection errors, 429, 5xx); a malformed answer (no tool call, schema violation) is retried
   once, then the tier gives up;
6. hallucination guard: people/organisations the answer names (in `named_entities` or found by
   NER in the rationale) must appear in the input text or the tenant's configuration (watch
   terms, organisation name); recommended actions must come from a fixed vocabulary.
Token usage → USD by the per-model price table `settings.CLASSIFICATION_LLM_PRICES`.
The schema and prompts live in `llm_schema`, the guards in `llm_guards`, the ledger and the
budget in `classification.llm_gateway`; this module makes the call.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, cast

from django.conf import settings
from django.db import connection

from classification import llm_gateway as gateway
from classification.tiers.llm_guards import Breaker, cost_of, hallucinations, redis_client, tenant_vocabulary
from classification.tiers.llm_schema import (
    SYSTEM,
    TOOL,
    TOOL_NAME,
    Malformed,
    build_prompt,
    normalise,
    validate,
)
from ingestion.redaction import outbound_guard

if TYPE_CHECKING:
    from anthropic.types import ToolUseBlock

logger = logging.getLogger(__name__)


class LLMUnavailable(Exception):
    """The tier produced no usable answer; `status` is the LLMCall status recorded."""

    def __init__(self, status: str, detail: str = "") -> None:
        super().__init__(f"{status}: {detail}" if detail else status)
        self.status = status
        self.detail = detail


class _Transient(Exception):
    pass


@dataclass
class LLMVerdict:
    severity: str
    category: str
    confidence: float
    rationale: str
    cost_usd: Decimal = Decimal("0")
    cached: bool = False
    call_id: int | None = None
    named_entities: list[str] = field(default_factory=list)
    recommended_action: str = ""

    def as_opinion(self) -> dict:
        return {
            "severity": self.severity,
            "category": self.category,
            "confidence": round(self.confidence, 4),
            "rationale": self.rationale,
            "cost_usd": str(self.cost_usd),
            "cached": self.cached,
            "recommended_action": self.recommended_action,
        }


def enabled() -> bool:
    return bool(settings.ANTHROPIC_API_KEY) and bool(getattr(settings, "CLASSIFICATION_LLM_ENABLED", True))


def classify(
    *, text: str, platform: str = "", hints: dict | None = None, event_id: int | None = None
) -> LLMVerdict:
    """One event through every guard. Raises LLMUnavailable when no usable answer came back."""
    from classification.models import LLMCall

    model = settings.ANTHROPIC_MODEL
    prompt = build_prompt(text=text, platform=platform, hints=hints or {})
    prompt_hash = hashlib.sha256(prompt.encode()).hexdigest()

    def record(status: str, **fields) -> LLMCall:
        return gateway.llm_call_record(
            purpose=LLMCall.Purpose.CLASSIFY,
            status=status,
            model=model,
            prompt_hash=prompt_hash,
            event_id=event_id,
            **fields,
        )

    if not enabled():
        raise LLMUnavailable("disabled")
    breaker = Breaker()
    cache_key = (
        f"classification:llm:cache:{connection.schema_name}:{model}:"
        + hashlib.sha256(normalise(text).encode()).hexdigest()
    )
    cached = redis_client().get(cache_key)
    if cached:
        data = json.loads(cached)
        call = record(LLMCall.Status.CACHED, response=data)
        return _verdict(data, Decimal("0"), cached=True, call_id=call.pk)
    if breaker.is_open():
        record(LLMCall.Status.BREAKER_OPEN)
        raise LLMUnavailable("breaker_open")

    vocabulary = tenant_vocabulary()
    try:
        guard = outbound_guard(text=prompt, allow=vocabulary)
    except Exception as exc:  # the guard itself failing must not let text out
        record(LLMCall.Status.REFUSED_PII, error=f"PII guard failed: {exc}")
        raise LLMUnavailable("refused_pii", "guard failed") from exc
    if not guard.ok:
        record(LLMCall.Status.REFUSED_PII, error=guard.reason)
        raise LLMUnavailable("refused_pii", ",".join(guard.entities))

    max_tokens = int(getattr(settings, "CLASSIFICATION_LLM_MAX_TOKENS", 300))
    worst_case = cost_of(model, len(SYSTEM + prompt + json.dumps(TOOL)) // 3 + 50, max_tokens)
    started = time.monotonic()
    try:  # the pending row is written before the request goes out
        call = gateway.llm_call_open(
            purpose=LLMCall.Purpose.CLASSIFY,
            model=model,
            prompt_hash=prompt_hash,
            worst_case_usd=worst_case,
            event_id=event_id,
        )
    except gateway.BudgetExhausted as exc:
        raise LLMUnavailable("refused_budget", str(exc)) from exc
    if not breaker.allow():
        _finish(call, LLMCall.Status.BREAKER_OPEN, 0, 0, 0, started, "")
        raise LLMUnavailable("breaker_open")

    input_tokens = output_tokens = attempts = 0
    malformed_left = 1
    transient_left = int(getattr(settings, "CLASSIFICATION_LLM_RETRIES", 2))
    backoff = float(getattr(settings, "CLASSIFICATION_LLM_BACKOFF_SECONDS", 0.5))
    error = ""
    while True:
        attempts += 1
        try:
            answer, usage = _request(model=model, prompt=prompt, max_tokens=max_tokens)
            input_tokens += usage[0]
            output_tokens += usage[1]
            answer = validate(answer)
            breaker.success()
            break
        except _Transient as exc:
            breaker.failure()
            error = str(exc)
            if transient_left <= 0 or breaker.is_open():
                _finish(call, LLMCall.Status.ERROR, attempts, input_tokens, output_tokens, started, error)
                raise LLMUnavailable("error", error) from exc
            transient_left -= 1
            time.sleep(backoff * (2 ** (attempts - 1)))
        except Malformed as exc:
            breaker.success()  # the service answered; the answer was bad
            error = str(exc)
            if malformed_left <= 0:
                _finish(call, LLMCall.Status.INVALID, attempts, input_tokens, output_tokens, started, error)
                raise LLMUnavailable("invalid", error) from exc
            malformed_left -= 1
        except LLMUnavailable as exc:  # permanent (4xx): no retry
            breaker.success()
            _finish(call, LLMCall.Status.ERROR, attempts, input_tokens, output_tokens, started, exc.detail)
            raise
        except _Usage as exc:  # a malformed answer that still consumed tokens
            input_tokens += exc.usage[0]
            output_tokens += exc.usage[1]
            breaker.success()
            error = str(exc)
            if malformed_left <= 0:
                _finish(call, LLMCall.Status.INVALID, attempts, input_tokens, output_tokens, started, error)
                raise LLMUnavailable("invalid", error) from exc
            malformed_left -= 1

    bad = hallucinations(answer, text=text, vocabulary=vocabulary)
    if bad:
        error = "names not in input or tenant config: " + ", ".join(bad)
        _finish(
            call, LLMCall.Status.HALLUCINATION, attempts, input_tokens, output_tokens, started, error, answer
        )
        raise LLMUnavailable("hallucination", ", ".join(bad))
    cost = _finish(call, LLMCall.Status.OK, attempts, input_tokens, output_tokens, started, "", answer)
    ttl = int(getattr(settings, "CLASSIFICATION_LLM_CACHE_SECONDS", 86400))
    redis_client().set(cache_key, json.dumps(answer), ex=ttl)
    return _verdict(answer, cost, cached=False, call_id=call.pk)


class _Usage(Exception):
    def __init__(self, message: str, usage: tuple[int, int]) -> None:
        super().__init__(message)
        self.usage = usage


def _request(*, model: str, prompt: str, max_tokens: int) -> tuple[object, tuple[int, int]]:
    import anthropic

    client = gateway.client()  # no SDK retries: ours are transient-only, with backoff, seen by the breaker
    try:
        response = client.messages.create(
            model=model,
            max_tokens=max_tokens,
            system=SYSTEM,
            tools=[TOOL],
            tool_choice={"type": "tool", "name": TOOL_NAME},
            messages=[{"role": "user", "content": prompt}],
        )
    except (anthropic.APITimeoutError, anthropic.APIConnectionError) as exc:
        raise _Transient(f"{type(exc).__name__}: {exc}") from exc
    except anthropic.APIStatusError as exc:
        if exc.status_code in (408, 409, 429) or exc.status_code >= 500:
            raise _Transient(f"HTTP {exc.status_code}") from exc
        raise LLMUnavailable("error", f"HTTP {exc.status_code}: {exc.message}") from exc
    except anthropic.APIResponseValidationError as exc:
        raise Malformed(f"response: {exc}") from exc
    usage = (
        int(getattr(response.usage, "input_tokens", 0) or 0),
        int(getattr(response.usage, "output_tokens", 0) or 0),
    )
    for block in response.content or []:
        if getattr(block, "type", None) == "tool_use" and getattr(block, "name", None) == TOOL_NAME:
            return cast("ToolUseBlock", block).input, usage
    raise _Usage("no tool call in the answer", usage)


def _finish(call, status, attempts, input_tokens, output_tokens, started, error, answer=None) -> Decimal:
    return gateway.llm_call_finish(
        call=call,
        status=status,
        attempts=attempts,
        input_tokens=input_tokens,
        output_tokens=output_tokens,
        started=started,
        error=error,
        response=answer,
    )


def _verdict(answer: dict, cost: Decimal, *, cached: bool, call_id: int | None) -> LLMVerdict:
    return LLMVerdict(
        severity=answer["severity"],
        category=answer["category"],
        confidence=float(answer["confidence"]),
        rationale=str(answer.get("rationale", ""))[:300],
        cost_usd=cost,
        cached=cached,
        call_id=call_id,
        named_entities=list(answer.get("named_entities") or []),
        recommended_action=str(answer.get("recommended_action", "")),
    )
