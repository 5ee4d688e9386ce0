"""Optional AI summary and holding statement for warning+ crises (the LLM tier, via anthropic).

Called only when: an API key is configured, the tenant enabled it, the crisis score is at or above
the pre-threshold, this level has not been summarised yet, and today's spend is under the tenant's
budget (the lower of DetectorConfig.ai_daily_budget_usd and the organisation's LLM budget). Event
texts are already PII-redacted by ingestion; the prompt still passes the outbound PII guard
(`ingestion.redaction.outbound_guard`, stricter than ingestion): a sample post the guard flags is
left out, and if the assembled prompt still has a hit nothing is sent and the refusal is recorded
(an `AIUsage` row with `ok=False` and the entity types). Any failure is recorded and skipped: a
summary is a convenience, never a reason to hold back an alert.
"""

from __future__ import annotations

import json
import logging
import re
import time
from decimal import Decimal

from django.conf import settings
from django.db import connection
from django.db.models import Sum

from crisis.models import AIUsage, Crisis, DetectorConfig, Level, TimelineEntry
from crisis.timeline import crisis_broadcast, timeline_append
from ingestion.redaction import outbound_guard
from tenants import clock

logger = logging.getLogger(__name__)

SYSTEM = (
    "You are a crisis-communications analyst. From the detector's signals and sample posts about a "
    "brand, write a factual 2-4 sentence situation summary and a short, calm holding statement the "
    "brand could publish (no admissions of liability, no speculation). Answer with JSON only: "
    '{"summary": "...", "holding_statement": "..."}'
)


def _budget_left(cfg: DetectorConfig | None) -> Decimal:
    cap = cfg.ai_daily_budget_usd if cfg else Decimal("1.00")
    org = getattr(connection, "tenant", None)
    org_cap = getattr(org, "llm_daily_budget_usd", None)
    if org_cap is not None:
        cap = min(cap, Decimal(org_cap))
    start = clock.now().replace(hour=0, minute=0, second=0, microsecond=0)
    spent = AIUsage.objects.filter(at__gte=start).aggregate(s=Sum("cost_usd"))["s"] or Decimal("0")
    return cap - spent


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


def _prompt(crisis: Crisis, allow: list[str]) -> str:
    signals = (crisis.signals or {}).get("signals", {})
    lines = [
        f"Subject: {crisis.subject} — crisis level {crisis.level}, score {crisis.score:.2f}",
        f"Why: {crisis.explanation}",
        "Signals: "
        + "; ".join(f"{k} {v.get('value', 0):.2f} ({v.get('detail', '')})" for k, v in signals.items()),
        "Top terms: " + ", ".join((crisis.signals or {}).get("top_terms", [])[:10]),
        "Sample posts (most reach first):",
    ]
    for e in crisis.events.order_by("-reach")[:8]:
        post = (e.title + " " + e.text).strip()[:300]
        if outbound_guard(text=post, allow=allow).ok:  # a post the guard flags stays home
            lines.append(f"- [{e.platform}, reach {e.reach}] {post}")
    return "\n".join(lines)


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
    if _budget_left(cfg) <= 0:
        return "skipped: budget"

    try:
        allow = _allowed_names(crisis)
        prompt = _prompt(crisis, allow)
        guard = outbound_guard(text=SYSTEM + "\n" + prompt, allow=allow)
        refusal = "" if guard.ok else f"refused: {guard.reason}"
    except Exception as exc:  # the guard failing must not let text out
        prompt, refusal = "", f"refused: PII guard failed: {type(exc).__name__}: {exc}"
    if refusal:
        AIUsage.objects.create(
            crisis=crisis, at=clock.now(), model=settings.ANTHROPIC_MODEL, ok=False, error=refusal[:300]
        )
        logger.warning("crisis %s summary not sent: %s", crisis.pk, refusal)
        return "refused: pii"

    import anthropic

    client = anthropic.Anthropic(
        api_key=settings.ANTHROPIC_API_KEY,
        base_url=settings.ANTHROPIC_BASE_URL,
        timeout=settings.ANTHROPIC_TIMEOUT_SECONDS,
        max_retries=1,
    )
    started = time.monotonic()
    try:
        msg = client.messages.create(
            model=settings.ANTHROPIC_MODEL,
            max_tokens=600,
            system=SYSTEM,
            messages=[{"role": "user", "content": prompt}],
        )
    except anthropic.APIError as exc:
        AIUsage.objects.create(
            crisis=crisis, at=clock.now(), model=settings.ANTHROPIC_MODEL, ok=False, error=str(exc)[:300]
        )
        logger.warning("crisis %s summary failed: %s", crisis.pk, exc)
        return "error"
    text = "".join(getattr(b, "text", "") for b in msg.content)
    usage = msg.usage
    cost = (
        Decimal(usage.input_tokens) * Decimal(str(settings.CRISIS_AI_PRICE_INPUT_PER_MTOK))
        + Decimal(usage.output_tokens) * Decimal(str(settings.CRISIS_AI_PRICE_OUTPUT_PER_MTOK))
    ) / Decimal(1_000_000)
    AIUsage.objects.create(
        crisis=crisis,
        at=clock.now(),
        model=msg.model or settings.ANTHROPIC_MODEL,
        input_tokens=usage.input_tokens,
        output_tokens=usage.output_tokens,
        cost_usd=cost,
    )
    parsed = _parse(text)
    Crisis.objects.filter(pk=crisis.pk).update(
        ai_summary=parsed["summary"], holding_statement=parsed["holding_statement"]
    )
    crisis.ai_summary, crisis.holding_statement = parsed["summary"], parsed["holding_statement"]
    timeline_append(
        crisis=crisis,
        kind=TimelineEntry.Kind.SUMMARY,
        message=f"AI summary: {parsed['summary'][:500]}",
        actor=f"llm:{settings.ANTHROPIC_MODEL}",
        data={
            "level": crisis.level,
            "holding_statement": parsed["holding_statement"],
            "cost_usd": float(cost),
            "latency_ms": round((time.monotonic() - started) * 1000, 1),
        },
    )
    crisis_broadcast(crisis)
    return "done"
