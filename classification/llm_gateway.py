"""The one way to the LLM for every use of it in a tenant, and the one ledger of what it costs.

Every LLM use — the classification tier (`purpose=classify`), the crisis summary and holding
statement (`summary`, crisis/ai.py), the response planner (`plan`, response/llm.py) — records
each attempt as an `LLMCall` row through this module, and every row of today (UTC) counts against
the organisation's one daily budget (`Organization.llm_daily_budget_usd`, $500 by default):

1. `llm_call_open` takes the tenant's budget lock (a PostgreSQL advisory lock), adds today's spend
   and the worst-case cost still held by calls in flight to this call's worst case, and either
   refuses (an `LLMCall` with status `refused_budget`; nothing goes on the wire) or writes the
   pending row holding this call's worst case, so two workers cannot both spend the last dollar;
2. the caller makes the request (`client()`), then `llm_call_finish` writes tokens, cost,
   latency and outcome, releases the hold, and observes the metrics (by purpose and status);
3. at 80 % of the budget the tenant's admins are told once (per day and budget), at 100 % once
   more: every LLM use is refused until the next UTC day or until an admin raises the budget.

Prices per model come from `settings.CLASSIFICATION_LLM_PRICES` (`llm_guards.cost_of`).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Q, Sum

from classification import metrics
from classification.models import LLMCall
from classification.tiers.llm_guards import cost_of
from config.celery import enqueue
from tenants import clock
from tenants.redis import redis_client

if TYPE_CHECKING:
    import anthropic

logger = logging.getLogger(__name__)

Purpose = LLMCall.Purpose
Status = LLMCall.Status
WARN_AT = Decimal("0.8")
# A pending call older than this is a worker that died mid-call: its hold is let go.
HOLD_SECONDS = 600


class BudgetExhausted(Exception):
    """Today's spend (plus what calls in flight may still cost) leaves no room for this call."""


@dataclass(frozen=True)
class BudgetState:
    budget: Decimal
    spent: Decimal  # cost of today's finished calls
    held: Decimal  # worst case of today's calls in flight

    @property
    def used(self) -> Decimal:
        return self.spent + self.held

    @property
    def share(self) -> float:
        return float(self.used / self.budget) if self.budget > 0 else 1.0

    @property
    def exhausted(self) -> bool:
        return self.used >= self.budget


def day_start() -> datetime:
    """Midnight UTC of today on the platform clock: the budget day starts there."""
    return clock.now().replace(hour=0, minute=0, second=0, microsecond=0)


def daily_budget() -> Decimal:
    """The current organisation's daily LLM budget, read from its row at every call: a budget an
    admin raises applies at once (the web keeps tenant objects for a while, config/middleware.py,
    and code inside `schema_context` has no organisation object at all). No organisation: $0."""
    from tenants.models import Organization

    value = (
        Organization.objects.filter(schema_name=connection.schema_name)
        .values_list("llm_daily_budget_usd", flat=True)
        .first()
    )
    return Decimal(str(value)) if value is not None else Decimal("0")


def budget_state() -> BudgetState:
    """Today's ledger of the current tenant, every purpose together."""
    now = clock.now()
    today = LLMCall.objects.filter(created_at__gte=day_start())
    totals = today.aggregate(
        spent=Sum("cost_usd", filter=~Q(status=Status.PENDING)),
        held=Sum(
            "reserved_usd",
            filter=Q(status=Status.PENDING, created_at__gte=now - timedelta(seconds=HOLD_SECONDS)),
        ),
    )
    return BudgetState(
        budget=daily_budget(), spent=totals["spent"] or Decimal("0"), held=totals["held"] or Decimal("0")
    )


def llm_call_record(
    *,
    purpose: str,
    status: str,
    model: str,
    prompt_hash: str = "",
    event_id: int | None = None,
    crisis_ref: int | None = None,
    error: str = "",
    response: dict | None = None,
) -> LLMCall:
    """A call that costs nothing: refused before the budget (disabled, breaker, PII) or a cache hit."""
    call = LLMCall.objects.create(
        purpose=purpose,
        status=status,
        model=model,
        prompt_hash=prompt_hash,
        event_id=event_id,
        crisis_ref=crisis_ref,
        error=error[:2000],
        response=response or {},
        created_at=clock.now(),
    )
    metrics.llm_calls.labels(purpose, status).inc()
    return call


def llm_call_open(
    *,
    purpose: str,
    model: str,
    prompt_hash: str,
    worst_case_usd: Decimal,
    event_id: int | None = None,
    crisis_ref: int | None = None,
) -> LLMCall:
    """Hold `worst_case_usd` against today's budget and write the pending row, or record the
    refusal and raise BudgetExhausted. Takes the tenant's budget lock (a transaction-scoped
    advisory lock) for the check and the insert only, never for the request."""
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_advisory_xact_lock(hashtext(%s))", [f"llm-budget:{connection.schema_name}"]
            )
        state = budget_state()
        if state.used + worst_case_usd > state.budget:
            refusal = llm_call_record(
                purpose=purpose,
                status=Status.REFUSED_BUDGET,
                model=model,
                prompt_hash=prompt_hash,
                event_id=event_id,
                crisis_ref=crisis_ref,
                error=f"daily budget ${state.budget:.2f} reached (${state.used:.6f} used)",
            )
        else:
            refusal = None
            call = LLMCall.objects.create(
                purpose=purpose,
                status=Status.PENDING,
                model=model,
                prompt_hash=prompt_hash,
                event_id=event_id,
                crisis_ref=crisis_ref,
                reserved_usd=worst_case_usd,
                created_at=clock.now(),
            )
    if refusal is not None:
        _tell_admins_once(state, level=100)
        raise BudgetExhausted(refusal.error)
    return call


def llm_call_finish(
    *,
    call: LLMCall,
    status: str,
    attempts: int,
    input_tokens: int,
    output_tokens: int,
    started: float,
    error: str = "",
    response: dict | None = None,
) -> Decimal:
    """Write what the call cost and how it ended (`started`: its time.monotonic() at the start).
    Returns the cost in USD."""
    cost = cost_of(call.model, input_tokens, output_tokens)
    call.status = status
    call.attempts = attempts
    call.input_tokens = input_tokens
    call.output_tokens = output_tokens
    call.cost_usd = cost
    call.reserved_usd = Decimal("0")
    call.latency_ms = (time.monotonic() - started) * 1000
    call.error = error[:2000]
    call.response = response or {}
    call.save()
    metrics.llm_api_latency.labels(call.purpose, status).observe(call.latency_ms)
    metrics.llm_calls.labels(call.purpose, status).inc()
    metrics.llm_cost.labels(call.purpose).inc(float(cost))
    if cost > 0:
        state = budget_state()
        if state.budget > 0 and state.used >= state.budget * WARN_AT:
            _tell_admins_once(state, level=100 if state.exhausted else 80)
    return cost


def client(*, timeout: float | None = None, max_retries: int = 0) -> anthropic.Anthropic:
    """The Anthropic client every use shares (base URL and key from settings; retries are the
    caller's, so the breaker sees them)."""
    import anthropic

    return anthropic.Anthropic(
        api_key=settings.ANTHROPIC_API_KEY,
        base_url=settings.ANTHROPIC_BASE_URL,
        timeout=float(timeout if timeout is not None else settings.ANTHROPIC_TIMEOUT_SECONDS),
        max_retries=max_retries,
    )


# --- telling the admins -----------------------------------------------------------------------


def _tell_admins_once(state: BudgetState, *, level: int) -> None:
    """Once per tenant, day, budget figure and level (80 or 100): a raised budget warns again."""
    key = f"classification:llm:budget_told:{connection.schema_name}:{day_start():%Y-%m-%d}:{state.budget}:{level}"
    try:
        first = redis_client().set(key, "1", nx=True, ex=2 * 86400)
    except Exception:  # Redis away: better a repeated mail later than none
        logger.warning("budget notice throttle unavailable", exc_info=True)
        first = True
    if not first:
        return
    logger.warning("LLM budget at %d %%: $%s of $%s used today", level, f"{state.used:.4f}", state.budget)
    enqueue(
        "classification.notify_llm_budget",
        level=level,
        used=f"{state.used:.4f}",
        budget=f"{state.budget:.2f}",
    )


def budget_email_admins(*, level: int, used: str, budget: str) -> int:
    """Email the tenant's admins that today's LLM budget is 80 % used, or spent. Returns recipients."""
    from django.contrib.auth import get_user_model
    from django.core.mail import send_mail

    from tenants.roles import ADMIN

    recipients = sorted(
        set(
            get_user_model()
            .objects.filter(is_active=True, groups__name=ADMIN)
            .exclude(email="")
            .values_list("email", flat=True)
        )
    )
    if not recipients:
        logger.error("no tenant admin to tell about the LLM budget in %s", connection.schema_name)
        return 0
    if level >= 100:
        subject = f"[CrisisOps] LLM budget spent: ${used} of ${budget} today"
        what = (
            "Today's LLM budget is spent. Every LLM use (the classification tier, crisis summaries "
            "and holding statements, response planning) is off until midnight UTC: events are "
            "still classified by the rules and the model tier, and doubtful ones go to review."
        )
    else:
        subject = f"[CrisisOps] LLM budget {int(WARN_AT * 100)} % used: ${used} of ${budget} today"
        what = (
            f"{int(WARN_AT * 100)} % of today's LLM budget is used. At 100 % every LLM use stops "
            "until midnight UTC."
        )
    body = (
        f"{what}\n\nTo allow more today, raise the organisation's daily LLM budget "
        "(platform admin › Organizations › LLM daily budget); the cost dashboard shows where it went.\n"
    )
    send_mail(subject=subject, message=body, from_email=None, recipient_list=recipients)
    return len(recipients)
