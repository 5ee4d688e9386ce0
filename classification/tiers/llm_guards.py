"""The LLM guards every LLM use shares: price and cost, the circuit breaker (shared by every worker
through Redis), the tenant's vocabulary, and the hallucination guard on the answer (the PII guard
on the outbound prompt is `ingestion.redaction.outbound_guard`, the budget is
`classification.llm_gateway`)."""

from __future__ import annotations

import logging
import time
from decimal import Decimal

from django.conf import settings
from django.db import connection

from tenants.redis import redis_client

logger = logging.getLogger(__name__)


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
        r = redis_client()
        open_until = r.get(self.key + ":open_until")
        if open_until is None:
            return True
        if time.time() < float(open_until):
            return False
        # Half-open: exactly one caller gets the trial slot.
        return bool(r.set(self.key + ":trial", "1", nx=True, ex=max(int(self.cooldown), 1)))

    def success(self) -> None:
        r = redis_client()
        r.delete(self.key + ":failures", self.key + ":open_until", self.key + ":trial")

    def failure(self) -> None:
        r = redis_client()
        failures = r.incr(self.key + ":failures")
        r.expire(self.key + ":failures", int(self.cooldown * 10))
        if failures >= self.threshold or r.exists(self.key + ":trial"):
            r.set(self.key + ":open_until", time.time() + self.cooldown)
            r.delete(self.key + ":trial")

    def is_open(self) -> bool:
        raw = redis_client().get(self.key + ":open_until")
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


# --- prompt and answer guards ---------------------------------------------------------------------


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
