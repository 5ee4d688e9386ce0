"""The tier router: cheapest tier first, escalate while not confident, within the tenant's budget.

For a batch of events:
1. Rules for all (microseconds). Confidence ≥ CLASSIFICATION_RULES_THRESHOLD → decided.
2. The rest go to the model tier in one batched encoder pass (length-sorted batches of 16). A model
   answer is confident when its calibrated confidence ≥ CLASSIFICATION_MODEL_THRESHOLD and it does
   not hide a possible P0/P1 (urgent score above the artifact's routing threshold while the
   predicted severity is P2–P4). Canary: a share of events also get the candidate's answer, which
   is served and recorded next to the active one.
   Model unavailable → these events skip to step 3 and are flagged for review whatever happens.
3. Still unconfident → the LLM tier, if enabled, its breaker closed and the budget allows.
4. The answer of the last tier that answered is kept; final confidence < CLASSIFICATION_REVIEW_THRESHOLD
   (or a fallback) → needs_review. Every tier's opinion is kept in `tier_opinions`.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings

from classification import registry
from classification.tiers import llm as llm_tier
from classification.tiers import model as model_tier
from classification.tiers.rules import Lexicon, RulesResult

logger = logging.getLogger(__name__)

URGENT = ("P0", "P1")
SEVERITY_LEVELS = ("P0", "P1", "P2", "P3", "P4")


@dataclass
class RouterInput:
    event_id: int
    text: str
    platform: str = ""
    severity_hint: str = ""  # the source's own severity (PagerDuty, Alertmanager, log level), mapped to P0–P4


@dataclass
class Decision:
    event_id: int
    severity: str
    category: str
    confidence: float
    tier: str
    model_version: str = ""
    rationale: str = ""
    keywords: list[str] = field(default_factory=list)
    tier_opinions: dict = field(default_factory=dict)
    needs_review: bool = False
    review_reasons: list[str] = field(default_factory=list)
    llm_cost_usd: Decimal = Decimal("0")
    latency_ms: float = 0.0
    canary: dict | None = None


def threshold(name: str, default: float) -> float:
    return float(getattr(settings, name, default))


def route_batch(items: list[RouterInput], *, lexicon: Lexicon, use_llm: bool = True) -> list[Decision]:
    started = time.perf_counter()
    rules_threshold = threshold("CLASSIFICATION_RULES_THRESHOLD", 0.85)
    model_threshold = threshold("CLASSIFICATION_MODEL_THRESHOLD", 0.6)
    review_threshold = threshold("CLASSIFICATION_REVIEW_THRESHOLD", 0.7)

    decisions: list[Decision] = []
    rules_results: list[RulesResult] = []
    for item in items:
        r = lexicon.classify(item.text)
        if item.severity_hint in SEVERITY_LEVELS:
            _apply_hint(r, item.severity_hint)
        rules_results.append(r)
        decisions.append(
            Decision(
                item.event_id,
                r.severity,
                r.category,
                r.confidence,
                "rules",
                keywords=r.keywords,
                rationale=_rules_rationale(r),
                tier_opinions={"rules": r.as_opinion()},
            )
        )
    pending = [i for i, d in enumerate(decisions) if d.confidence < rules_threshold]

    # 2. model tier, batched
    unconfident: list[int] = []
    if pending:
        try:
            _model_step(items, rules_results, decisions, pending, model_threshold)
            for i in pending:
                d = decisions[i]
                if d.tier != "model" or not d.tier_opinions["model"]["confident"]:
                    unconfident.append(i)
        except model_tier.ModelUnavailable as exc:
            logger.warning("model tier unavailable: %s", exc)
            for i in pending:
                decisions[i].needs_review = True
                decisions[i].review_reasons.append("model unavailable")
                decisions[i].tier_opinions["model"] = {"error": str(exc)[:300]}
            unconfident = list(pending)

    # 3. LLM tier, per event (cached, budgeted, guarded)
    if use_llm and unconfident and llm_tier.enabled():
        for i in unconfident:
            _llm_step(items[i], decisions[i])

    # 4. review flags
    per_event_ms = (time.perf_counter() - started) * 1000 / max(len(items), 1)
    for d in decisions:
        if d.confidence < review_threshold:
            d.needs_review = True
            d.review_reasons.append(f"confidence {d.confidence:.2f} < {review_threshold:.2f}")
        d.latency_ms = per_event_ms
    return decisions


def _model_step(items, rules_results, decisions, pending, model_threshold) -> None:
    serving = registry.active_serving()
    if serving.path is None:
        raise model_tier.ModelUnavailable(serving.detail)
    active = model_tier.load(serving.path)
    texts = [items[i].text for i in pending]
    rules = [rules_results[i] for i in pending]
    embeddings = active.embed(texts)
    results = active.predict(texts, rules, embeddings)

    canary = registry.canary_version()
    candidate = None
    if canary is not None:
        try:
            candidate = model_tier.load(registry.resolve_path(canary.artifact_path))
        except model_tier.ModelUnavailable:
            logger.exception("canary %s cannot load; serving the active model only", canary.label)
    if candidate is not None:
        chosen = [
            k
            for k, i in enumerate(pending)
            if registry.canary_selected(items[i].event_id, canary.canary_share, canary.label)
        ]
        if chosen:
            chosen_texts = [texts[k] for k in chosen]
            try:
                # a candidate trained on another encoder variant needs its own embeddings
                same = candidate.encoder_spec == active.encoder_spec
                cand = candidate.predict(
                    chosen_texts,
                    [rules[k] for k in chosen],
                    embeddings[chosen] if same else candidate.embed(chosen_texts),
                )
            except model_tier.ModelUnavailable:
                logger.exception("canary %s failed; serving the active model only", canary.label)
                chosen, cand = [], []
            for k, c in zip(chosen, cand, strict=True):
                a = results[k]
                decisions[pending[k]].canary = {
                    "candidate_id": canary.pk,
                    "active_version": a.version,
                    "active_severity": a.severity,
                    "active_confidence": a.confidence,
                    "candidate_severity": c.severity,
                    "candidate_confidence": c.confidence,
                }
                decisions[pending[k]].tier_opinions["model_active"] = a.as_opinion()
                results[k] = c  # the candidate's answer is served

    for k, i in enumerate(pending):
        m = results[k]
        d = decisions[i]
        confident = m.confidence >= model_threshold and not (m.urgent_flag and m.severity not in URGENT)
        opinion = m.as_opinion()
        opinion["confident"] = confident
        d.tier_opinions["model"] = opinion
        d.tier = "model"
        d.severity = m.severity
        d.confidence = m.confidence
        d.model_version = m.version
        # The model scores severity only; the category stays the lexicon's.
        d.rationale = (
            f"model {m.version}: {m.severity} p={m.confidence:.2f}, P0+P1 score {m.urgent_score:.2f}"
            + (f"; cues: {', '.join(rules_results[i].keywords[:5])}" if rules_results[i].keywords else "")
        )


def _llm_step(item: RouterInput, d: Decision) -> None:
    hints = {"rules": f"{d.tier_opinions['rules']['severity']}/{d.tier_opinions['rules']['category']}"}
    if "severity" in d.tier_opinions.get("model", {}):
        hints["model"] = d.tier_opinions["model"]["severity"]
    try:
        verdict = llm_tier.classify(
            text=item.text, platform=item.platform, hints=hints, event_id=item.event_id
        )
    except llm_tier.LLMUnavailable as exc:
        d.tier_opinions["llm"] = {"error": exc.status, "detail": exc.detail[:300]}
        if exc.status not in ("disabled",):
            d.needs_review = True
            d.review_reasons.append(f"LLM {exc.status}")
        return
    except Exception as exc:  # never lose an event to an LLM bug
        logger.exception("LLM tier crashed")
        d.tier_opinions["llm"] = {"error": "crash", "detail": str(exc)[:300]}
        d.needs_review = True
        d.review_reasons.append("LLM crash")
        return
    d.tier_opinions["llm"] = verdict.as_opinion()
    d.tier = "llm"
    d.severity = verdict.severity
    d.category = verdict.category
    d.confidence = verdict.confidence
    d.rationale = verdict.rationale
    d.llm_cost_usd = verdict.cost_usd


def _apply_hint(r: RulesResult, hint: str) -> None:
    """A monitoring/paging source declared a severity: trust it (a machine-generated alert is not
    ambiguous prose); the category stays the lexicon's, operational when no cue fired."""
    r.severity = hint
    if r.category == "none":
        r.category = "operational"
    r.confidence = max(r.confidence, 0.9)
    r.keywords = [*r.keywords, f"source severity {hint}"]


def _rules_rationale(r: RulesResult) -> str:
    if not r.keywords:
        return "no crisis cue in the text" + (f" (negated: {', '.join(r.negated)})" if r.negated else "")
    return f"lexicon cues: {', '.join(r.keywords[:6])}" + (" (urgent wording)" if r.amplified else "")
