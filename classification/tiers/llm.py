"""LLM tier: Claude through the anthropic SDK, structured output via one forced tool call.

Guards, in the order a call passes them (each refusal is recorded as an `LLMCall` row):
1. enabled (API key configured) and the circuit breaker (shared in Redis) is closed;
2. response cache keyed by tenant + model + normalised text (Redis) — a hit costs nothing;
3. budget: today's spend of the tenant + this call's worst-case cost ≤ llm_daily_budget_usd,
   otherwise nothing goes on the wire;
4. PII: presidio (ingestion's engine) runs over the outbound prompt; any hit → refuse to send;
5. the request: timeout, retries with exponential backoff on transient errors only (timeouts,
   connection errors, 429, 5xx); a malformed answer (no tool call, schema violation) is retried
   once, then the tier gives up;
6. hallucination guard: people/organisations the answer names (in `named_entities` or found by
   NER in the rationale) must appear in the input text or the tenant's configuration (watch
   terms, organisation name); recommended actions must come from a fixed vocabulary.
Token usage → USD by the per-model price table `settings.CLASSIFICATION_LLM_PRICES`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time
from dataclasses import dataclass, field
from decimal import Decimal

import redis as redis_lib
from django.conf import settings
from django.db import connection
from django.db.models import Sum

from tenants import clock

logger = logging.getLogger(__name__)

SEVERITIES = ["P0", "P1", "P2", "P3", "P4"]
CATEGORIES = ["pr", "security", "operational", "legal", "none"]
ACTIONS = [
    "monitor",
    "notify_comms",
    "notify_security",
    "notify_legal",
    "notify_operations",
    "open_incident",
    "respond_publicly",
    "none",
]
TOOL_NAME = "record_classification"

TOOL = {
    "name": TOOL_NAME,
    "description": "Record the severity and category of one social-media / support event for a crisis desk.",
    "input_schema": {
        "type": "object",
        "properties": {
            "severity": {
                "type": "string",
                "enum": SEVERITIES,
                "description": "P0 critical (act now) … P4 informational",
            },
            "category": {"type": "string", "enum": CATEGORIES},
            "confidence": {"type": "number", "minimum": 0, "maximum": 1},
            "rationale": {"type": "string", "maxLength": 300, "description": "one line, from the text only"},
            "named_entities": {
                "type": "array",
                "items": {"type": "string"},
                "maxItems": 10,
                "description": "people or organisations the rationale relies on, verbatim",
            },
            "recommended_action": {"type": "string", "enum": ACTIONS},
        },
        "required": ["severity", "category", "confidence", "rationale"],
        "additionalProperties": False,
    },
}

SYSTEM = (
    "You triage events for a corporate crisis-response desk. Severity: P0 = critical, act now "
    "(safety, breach in progress, major outage, viral scandal); P1 = high; P2 = medium; P3 = low; "
    "P4 = informational/irrelevant. Category: pr (reputation, complaints going viral), security, "
    "operational (outages, incidents, safety, product), legal (lawsuits, regulators), none. Use only "
    "what the text says; never invent people, organisations or facts. Placeholders like <PERSON> are "
    "redacted personal data: do not guess them. Answer only by calling the tool."
)


class LLMUnavailable(Exception):
    """The tier produced no usable answer; `status` is the LLMCall status recorded."""

    def __init__(self, status: str, detail: str = "") -> None:
        super().__init__(f"{status}: {detail}" if detail else status)
        self.status = status
        self.detail = detail


class _Transient(Exception):
    pass


class _Malformed(Exception):
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


def _redis() -> redis_lib.Redis:
    return redis_lib.Redis.from_url(settings.REDIS_URL, socket_timeout=2)


def normalise(text: str) -> str:
    text = re.sub(r"https?://\S+", "<url>", text.lower())
    text = re.sub(r"@\w+", "@user", text)
    return re.sub(r"\s+", " ", text).strip()


def price_per_token(model: str) -> tuple[Decimal, Decimal]:
    table = getattr(settings, "CLASSIFICATION_LLM_PRICES", {})
    entry = table.get(model)
    if entry is None:
        prefixes = sorted((k for k in table if model.startswith(k)), key=len, reverse=True)
        entry = table[prefixes[0]] if prefixes else table.get("default", (3.0, 15.0))
    per_m = Decimal(1_000_000)
    return Decimal(str(entry[0])) / per_m, Decimal(str(entry[1])) / per_m


def cost_of(model: str, input_tokens: int, output_tokens: int) -> Decimal:
    pin, pout = price_per_token(model)
    return (pin * input_tokens + pout * output_tokens).quantize(Decimal("0.000001"))


# --- circuit breaker (shared by every worker through Redis) ---------------------------------------


class Breaker:
    """Opens after N consecutive transient failures; after the cool-down one trial call is let
    through (half-open); a success closes it, a failure re-opens it."""

    def __init__(self, name: str = "anthropic") -> None:
        self.key = f"classification:llm:breaker:{name}"
        self.threshold = int(getattr(settings, "CLASSIFICATION_LLM_BREAKER_FAILURES", 5))
        self.cooldown = float(getattr(settings, "CLASSIFICATION_LLM_BREAKER_COOLDOWN_SECONDS", 60))

    def allow(self) -> bool:
        r = _redis()
        open_until = r.get(self.key + ":open_until")
        if open_until is None:
            return True
        if time.time() < float(open_until):
            return False
        # Half-open: exactly one caller gets the trial slot.
        return bool(r.set(self.key + ":trial", "1", nx=True, ex=max(int(self.cooldown), 1)))

    def success(self) -> None:
        r = _redis()
        r.delete(self.key + ":failures", self.key + ":open_until", self.key + ":trial")

    def failure(self) -> None:
        r = _redis()
        failures = r.incr(self.key + ":failures")
        r.expire(self.key + ":failures", int(self.cooldown * 10))
        if failures >= self.threshold or r.exists(self.key + ":trial"):
            r.set(self.key + ":open_until", time.time() + self.cooldown)
            r.delete(self.key + ":trial")

    def is_open(self) -> bool:
        raw = _redis().get(self.key + ":open_until")
        return raw is not None and time.time() < float(raw)


# --- tenant context -------------------------------------------------------------------------------


def tenant_vocabulary() -> set[str]:
    """Names the tenant configured (organisation, watch terms and aliases), lower-cased."""
    from ingestion.models import WatchTerm

    names: set[str] = set()
    tenant = getattr(connection, "tenant", None)
    if tenant is not None and getattr(tenant, "name", None):
        names.add(tenant.name.lower())
    for term in WatchTerm.objects.filter(enabled=True).only("name", "aliases"):
        names.add(term.name.lower())
        names.update(a.lower() for a in term.aliases or [])
    return {n for n in names if n}


def spent_today() -> Decimal:
    from classification.models import LLMCall

    start = clock.now().replace(hour=0, minute=0, second=0, microsecond=0)
    total = LLMCall.objects.filter(created_at__gte=start).aggregate(s=Sum("cost_usd"))["s"]
    return total or Decimal("0")


def daily_budget() -> Decimal:
    tenant = getattr(connection, "tenant", None)
    value = getattr(tenant, "llm_daily_budget_usd", None)
    return Decimal(str(value)) if value is not None else Decimal("0")


# --- the call -------------------------------------------------------------------------------------


def build_prompt(*, text: str, platform: str, hints: dict) -> str:
    hint_line = ", ".join(f"{k}: {v}" for k, v in hints.items() if v)
    body = text if len(text) <= 2000 else text[:2000] + " …"
    return f'Platform: {platform or "unknown"}\nCheaper tiers said: {hint_line or "nothing"}\nEvent text:\n"""\n{body}\n"""'


def pii_hits(prompt: str, allow: set[str]) -> list[str]:
    """Entity types presidio finds in the outbound prompt (ingestion's engine, same spaCy model)."""
    from ingestion.redaction import get_engine

    engine = get_engine()
    results = engine.analyzer.analyze(
        text=prompt,
        language="en",
        entities=list(getattr(settings, "CLASSIFICATION_LLM_PII_ENTITIES", engine.entities)),
        score_threshold=engine.score_threshold,
        allow_list=sorted(allow) or None,
    )
    hits = []
    for r in results:
        fragment = prompt[r.start : r.end]
        # Ingestion's placeholders (<PERSON>) and names the tenant watches are not leaks.
        if fragment.startswith("<") or fragment.strip("@#").lower() in allow:
            continue
        hits.append(r.entity_type)
    return hits


def validate(answer: object) -> dict:
    import jsonschema

    if not isinstance(answer, dict):
        raise _Malformed("tool input is not an object")
    try:
        jsonschema.validate(answer, TOOL["input_schema"])
    except jsonschema.ValidationError as exc:
        raise _Malformed(f"schema: {exc.message}") from exc
    return answer


def hallucinations(answer: dict, *, text: str, vocabulary: set[str]) -> list[str]:
    """Names in the answer that appear neither in the input nor in the tenant's configuration."""
    haystack = text.lower()
    names = [str(n) for n in answer.get("named_entities") or []]
    try:
        from ingestion.redaction import get_engine

        doc = get_engine().nlp(answer.get("rationale", ""))
        names += [ent.text for ent in doc.ents if ent.label_ in ("PERSON", "ORG", "NORP", "GPE")]
    except Exception:  # NER unavailable: the explicit list is still checked
        logger.warning("NER unavailable for the hallucination guard", exc_info=True)
    bad = []
    for name in names:
        key = name.strip().strip("@#'\"").lower()
        if not key or key in haystack or key in vocabulary or any(key in v or v in key for v in vocabulary):
            continue
        if key.startswith("<") or key in ("p0", "p1", "p2", "p3", "p4"):
            continue
        bad.append(name)
    return bad


def classify(
    *, text: str, platform: str = "", hints: dict | None = None, event_id: int | None = None
) -> LLMVerdict:
    """One event through every guard. Raises LLMUnavailable when no usable answer came back."""
    from classification.models import LLMCall

    model = settings.ANTHROPIC_MODEL
    now = clock.now()
    prompt = build_prompt(text=text, platform=platform, hints=hints or {})
    prompt_hash = hashlib.sha256(prompt.encode()).hexdigest()

    def record(status: str, **fields) -> LLMCall:
        return LLMCall.objects.create(
            event_id=event_id, model=model, status=status, prompt_hash=prompt_hash, created_at=now, **fields
        )

    if not enabled():
        raise LLMUnavailable("disabled")
    breaker = Breaker()
    cache_key = (
        f"classification:llm:cache:{connection.schema_name}:{model}:"
        + hashlib.sha256(normalise(text).encode()).hexdigest()
    )
    cached = _redis().get(cache_key)
    if cached:
        data = json.loads(cached)
        call = record(LLMCall.Status.CACHED, response=data)
        return _verdict(data, Decimal("0"), cached=True, call_id=call.pk)
    if breaker.is_open():
        record(LLMCall.Status.BREAKER_OPEN)
        raise LLMUnavailable("breaker_open")

    max_tokens = int(getattr(settings, "CLASSIFICATION_LLM_MAX_TOKENS", 300))
    worst_case = cost_of(model, len(SYSTEM + prompt + json.dumps(TOOL)) // 3 + 50, max_tokens)
    if spent_today() + worst_case > daily_budget():
        record(LLMCall.Status.REFUSED_BUDGET, error=f"budget {daily_budget()} reached")
        raise LLMUnavailable("refused_budget")

    vocabulary = tenant_vocabulary()
    try:
        hits = pii_hits(prompt, vocabulary)
    except Exception as exc:  # the guard itself failing must not let text out
        record(LLMCall.Status.REFUSED_PII, error=f"PII guard failed: {exc}")
        raise LLMUnavailable("refused_pii", "guard failed") from exc
    if hits:
        record(LLMCall.Status.REFUSED_PII, error="PII in prompt: " + ", ".join(sorted(set(hits))))
        raise LLMUnavailable("refused_pii", ",".join(sorted(set(hits))))
    if not breaker.allow():
        record(LLMCall.Status.BREAKER_OPEN)
        raise LLMUnavailable("breaker_open")

    call = record(LLMCall.Status.PENDING)  # recorded before the request goes out
    started = time.monotonic()
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
                _finish(
                    call, LLMCall.Status.ERROR, attempts, input_tokens, output_tokens, model, started, error
                )
                raise LLMUnavailable("error", error) from exc
            transient_left -= 1
            time.sleep(backoff * (2 ** (attempts - 1)))
        except _Malformed as exc:
            breaker.success()  # the service answered; the answer was bad
            error = str(exc)
            if malformed_left <= 0:
                _finish(
                    call, LLMCall.Status.INVALID, attempts, input_tokens, output_tokens, model, started, error
                )
                raise LLMUnavailable("invalid", error) from exc
            malformed_left -= 1
        except LLMUnavailable as exc:  # permanent (4xx): no retry
            breaker.success()
            _finish(
                call, LLMCall.Status.ERROR, attempts, input_tokens, output_tokens, model, started, exc.detail
            )
            raise
        except _Usage as exc:  # a malformed answer that still consumed tokens
            input_tokens += exc.usage[0]
            output_tokens += exc.usage[1]
            breaker.success()
            error = str(exc)
            if malformed_left <= 0:
                _finish(
                    call, LLMCall.Status.INVALID, attempts, input_tokens, output_tokens, model, started, error
                )
                raise LLMUnavailable("invalid", error) from exc
            malformed_left -= 1

    bad = hallucinations(answer, text=text, vocabulary=vocabulary)
    cost = _finish(call, LLMCall.Status.OK, attempts, input_tokens, output_tokens, model, started, "", answer)
    if bad:
        call.status = LLMCall.Status.HALLUCINATION
        call.error = "names not in input or tenant config: " + ", ".join(bad)
        call.save(update_fields=["status", "error"])
        raise LLMUnavailable("hallucination", ", ".join(bad))
    ttl = int(getattr(settings, "CLASSIFICATION_LLM_CACHE_SECONDS", 86400))
    _redis().set(cache_key, json.dumps(answer), ex=ttl)
    return _verdict(answer, cost, cached=False, call_id=call.pk)


class _Usage(Exception):
    def __init__(self, message: str, usage: tuple[int, int]) -> None:
        super().__init__(message)
        self.usage = usage


def _request(*, model: str, prompt: str, max_tokens: int) -> tuple[object, tuple[int, int]]:
    import anthropic

    client = anthropic.Anthropic(
        api_key=settings.ANTHROPIC_API_KEY,
        base_url=settings.ANTHROPIC_BASE_URL,
        timeout=float(settings.ANTHROPIC_TIMEOUT_SECONDS),
        max_retries=0,  # retries are ours: transient-only, with backoff, visible to the breaker
    )
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
        raise _Malformed(f"response: {exc}") from exc
    usage = (
        int(getattr(response.usage, "input_tokens", 0) or 0),
        int(getattr(response.usage, "output_tokens", 0) or 0),
    )
    for block in response.content or []:
        if getattr(block, "type", None) == "tool_use" and getattr(block, "name", None) == TOOL_NAME:
            return block.input, usage
    raise _Usage("no tool call in the answer", usage)


def _finish(
    call, status, attempts, input_tokens, output_tokens, model, started, error, answer=None
) -> Decimal:
    cost = cost_of(model, input_tokens, output_tokens)
    call.status = status
    call.attempts = attempts
    call.input_tokens = input_tokens
    call.output_tokens = output_tokens
    call.cost_usd = cost
    call.latency_ms = (time.monotonic() - started) * 1000
    call.error = error[:2000]
    call.response = answer or {}
    call.save()
    from classification import metrics

    metrics.llm_api_latency.labels(status).observe(call.latency_ms)
    metrics.llm_calls.labels(status).inc()
    metrics.llm_cost.inc(float(cost))
    return cost


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
