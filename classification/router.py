"""The tier router, judged as deployed: a rule answers alone only where it has earned it.

For a batch of events:
1. Rules for all (microseconds). A source's own severity (PagerDuty, Alertmanager, log level)
   decides for machine alerts. A lexicon answer decides alone only when its deciding rule's
   measured precision reaches the floor on labelled data AND on reviewed ground truth
   (`classification.trust`: "trusted"). A rule measured below the floor is only a model feature.
2. The rest go to the model tier in one batched encoder pass. A model answer is confident when its
   calibrated confidence ≥ CLASSIFICATION_MODEL_THRESHOLD, it does not hide a possible P0/P1 (P0+P1
   score above the artifact's routing threshold while predicting P2–P4), and no "unproven" rule
   (one no figure speaks for yet) claims P0/P1 against it — the hint. A hint never answers: the
   model's answer stands (so an unproven rule never pages alone) and the claim makes it a doubt
   whose review value carries the claimed severity. Canary: a share of events get the candidate's
   answer. Model unavailable → the rules answer stands, flagged for review (the degraded mode: the
   only tier left answers, and its P0/P1 pages).
3. Still unconfident → the LLM tier, if enabled, its breaker closed and the budget allows.
4. Physical safety: a safety cue about a site or the staff of the organisation (or an LLM
   answering `safety`) makes the answer a P0/P1 `safety` event, whatever the confidence.
5. Every answer carries a calibrated confidence (a rule's measured precision; the model's isotonic
   map, fitted on event-grouped held-out answers, then re-mapped by the tenant's own map of the
   active version, learned from its reviewers' verdicts (`classification.calibration`, once
   MIN_REVIEWS of them exist; `ServingModels.confidence_map`). The mapped value is the one shown
   and tested against the threshold; the artifact's stays in the model opinion, for the next fit. A
   canary candidate's answers are not re-mapped: the map belongs to the active version), a P0+P1
   score (the model's, unless a trusted rule, a machine alert or the LLM answered), `paged` (every
   P0/P1 answer pages at once, whatever the confidence) and, when doubtful, a review value =
   uncertainty × severity × reach. Which doubts a human sees is the tenant's review budget's call.
"""

from __future__ import annotations

import json
import logging
import math
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from django.conf import settings

from classification.calibration import ConfidenceMap
from classification.tiers import llm as llm_tier
from classification.tiers import model as model_tier
from classification.tiers.rules import Lexicon, RulesResult
from classification.trust import UNPROVEN, RuleTrust

logger = logging.getLogger(__name__)

URGENT = ("P0", "P1")
SEVERITY_LEVELS = ("P0", "P1", "P2", "P3", "P4")
SOURCE_RULE = "source:severity"  # a machine alert's own severity
SOURCE_CONFIDENCE = 0.9
# How much a wrong answer at each severity costs (the "severity" factor of a review's value).
SEVERITY_WEIGHT = {"P0": 1.0, "P1": 0.7, "P2": 0.35, "P3": 0.15, "P4": 0.05}
UNKNOWN_PRECISION = 0.5  # confidence of an answer whose evidence was never measured
CHUNK = 256  # events a worker routes together: one encoder pass, sorted by length inside


@dataclass
class RouterInput:
    event_id: int
    text: str
    platform: str = ""
    severity_hint: str = ""  # the source's own severity (PagerDuty, Alertmanager, log level), mapped to P0–P4
    about_org: bool = False  # the event names a watched subject of the tenant (ingestion's subjects)
    reach: int = 0


@dataclass
class ServingModels:
    """The models that serve this batch (resolved by the caller from the registry)."""

    active: model_tier.SeverityModel | None
    candidate: model_tier.SeverityModel | None = None
    canary_id: int | None = None
    canary_share: float = 0.0
    canary_label: str = ""
    unavailable: str = ""  # why there is no active model
    # The tenant's map of the active model's confidence, learned from its reviews (`calibration`).
    confidence_map: ConfidenceMap = field(default_factory=ConfidenceMap)


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
    needs_review: bool = False  # a review candidate; the budget decides whether it is queued
    review_reasons: list[str] = field(default_factory=list)
    review_value: float = 0.0
    urgent_score: float = 0.0
    paged: bool = False
    llm_cost_usd: Decimal = Decimal("0")
    latency_ms: float = 0.0
    canary: dict | None = None


def threshold(name: str, default: float) -> float:
    return float(getattr(settings, name, default))


def route_batch(
    items: list[RouterInput],
    *,
    lexicon: Lexicon,
    trust: RuleTrust,
    serving: ServingModels,
    use_llm: bool = True,
) -> list[Decision]:
    started = time.perf_counter()
    results = [lexicon.classify(item.text) for item in items]
    decisions = [_rules_decision(item, r, trust) for item, r in zip(items, results, strict=True)]
    pending = [i for i, d in enumerate(decisions) if d.tier_opinions["rules"]["decides"] is False]

    unconfident: list[int] = []
    if pending:
        try:
            _model_step(items, results, decisions, pending, serving, trust)
            unconfident = [i for i in pending if not decisions[i].tier_opinions["model"]["confident"]]
        except model_tier.ModelUnavailable as exc:
            logger.warning("model tier unavailable: %s", exc)
            for i in pending:
                decisions[i].review_reasons.append("model unavailable")
                decisions[i].tier_opinions["model"] = {"error": str(exc)[:300]}
            unconfident = list(pending)

    if use_llm and unconfident and llm_tier.enabled():
        for i in unconfident:
            _llm_step(items[i], decisions[i])

    review_threshold = threshold("CLASSIFICATION_REVIEW_THRESHOLD", 0.7)
    base_rate = urgent_base_rate(serving.active)
    per_event_ms = (time.perf_counter() - started) * 1000 / max(len(items), 1)
    for item, r, d in zip(items, results, decisions, strict=True):
        _physical_safety(item, r, d, trust)
        d.paged = d.severity in URGENT  # a possible P0/P1 pages at once, whatever the confidence
        doubt = _doubt(d, review_threshold=review_threshold, base_rate=base_rate)
        if doubt:
            d.review_reasons.append(doubt)
        d.needs_review = bool(d.review_reasons)
        d.review_value = review_value(d, reach=item.reach)
        if d.needs_review:
            d.tier_opinions["review"] = {
                "reasons": list(dict.fromkeys(d.review_reasons)),
                "value": d.review_value,
            }
        d.latency_ms = per_event_ms
    return decisions


def _rules_decision(item: RouterInput, r: RulesResult, trust: RuleTrust) -> Decision:
    opinion = r.as_opinion()
    if item.severity_hint in SEVERITY_LEVELS:
        # A monitoring/paging source declared a severity: a machine alert is not ambiguous prose.
        opinion.update(decides=True, rule=SOURCE_RULE, precision=None)
        category = r.category if r.category != "none" else "operational"
        urgent = item.severity_hint in URGENT
        return Decision(
            item.event_id,
            item.severity_hint,
            category,
            SOURCE_CONFIDENCE,
            "rules",
            keywords=[*r.keywords, f"source severity {item.severity_hint}"],
            rationale=f"the source's own severity {item.severity_hint}",
            tier_opinions={"rules": opinion},
            urgent_score=SOURCE_CONFIDENCE if urgent else 1 - SOURCE_CONFIDENCE,
        )
    precision = trust.precision(r.deciding_rule) if r.deciding_rule else None
    decides = bool(r.deciding_rule) and trust.decides_alone(r.deciding_rule)
    opinion.update(decides=decides, precision=precision)
    # A rule decides alone only with a measured precision, so `precision` is set when it does.
    confidence = precision if decides and precision is not None else min(r.confidence, UNKNOWN_PRECISION)
    return Decision(
        item.event_id,
        r.severity,
        r.category,
        float(confidence),
        "rules",
        keywords=r.keywords,
        rationale=_rules_rationale(r, precision, decides),
        tier_opinions={"rules": opinion},
        urgent_score=_rules_urgency(r, confidence),
    )


def _rules_urgency(r: RulesResult, confidence: float) -> float:
    if not r.keywords:
        return 0.0
    return confidence if r.severity in URGENT else 1.0 - confidence


def _model_step(items, results, decisions, pending, serving: ServingModels, trust: RuleTrust) -> None:
    if serving.active is None:
        raise model_tier.ModelUnavailable(serving.unavailable or "no model artifact")
    active = serving.active
    model_threshold = threshold("CLASSIFICATION_MODEL_THRESHOLD", 0.6)
    texts = [items[i].text for i in pending]
    rules = [results[i] for i in pending]
    embeddings = active.embed(texts)
    answers = active.predict(texts, rules, embeddings)
    canaried: set[int] = set()
    if serving.candidate is not None:
        canaried = _canary(items, pending, texts, rules, embeddings, answers, decisions, serving)

    for k, i in enumerate(pending):
        m, r, d = answers[k], results[i], decisions[i]
        # The tenant's own map of the artifact's confidence, where its reviews speak for one. It
        # was learned on the active version's answers: a candidate's answer keeps its artifact's.
        cmap = ConfidenceMap() if k in canaried else serving.confidence_map
        confidence = cmap.apply(m.confidence)
        # The hint: an unproven rule claims P0/P1 where the model does not. A rule measured below
        # the floor is no hint (its cue is already one of the model's features).
        hint = (
            bool(r.keywords)
            and r.severity in URGENT
            and m.severity not in URGENT
            and trust.status(r.deciding_rule) == UNPROVEN
        )
        confident = (
            confidence >= model_threshold and not (m.urgent_flag and m.severity not in URGENT) and not hint
        )
        opinion = m.as_opinion()  # "confidence": the artifact's, which the tenant's map is fitted on
        opinion.update(confident=confident, rules_hint=hint)
        if not cmap.identity:
            opinion["tenant_confidence"] = round(confidence, 4)
        d.tier_opinions["model"] = opinion
        d.model_version = m.version
        cues = f"; cues: {', '.join(r.keywords[:5])}" if r.keywords else ""
        d.tier = "model"
        d.severity = m.severity
        d.confidence = confidence
        d.urgent_score = m.urgent_score
        # The model scores severity only; the category stays the lexicon's.
        d.rationale = (
            (f"model {m.version}: {m.severity} p={confidence:.2f}, P0+P1 score {m.urgent_score:.2f}{cues}")
            + (
                f" (p={m.confidence:.2f} before this tenant's map of {cmap.n} reviews)"
                if not cmap.identity
                else ""
            )
            + (f"; unproven rule {r.deciding_rule} says {r.severity}" if hint else "")
        )
        if hint:
            # The rule's claim is a hint, never an answer: the model's calmer answer stands (it
            # does not page) and the claim makes it a doubt — the LLM when enabled, else a review
            # whose value carries the claimed severity (`review_value` takes every tier's opinion).
            d.review_reasons.append(f"unproven rule {r.deciding_rule} says {r.severity}")


def _canary(items, pending, texts, rules, embeddings, answers, decisions, serving: ServingModels) -> set[int]:
    """Serve the candidate's answer for the canary's share of `pending`; returns their positions."""
    from classification import registry

    chosen = [
        k
        for k, i in enumerate(pending)
        if registry.canary_selected(items[i].event_id, serving.canary_share, serving.canary_label)
    ]
    if not chosen:
        return set()
    candidate = serving.candidate
    assert candidate is not None and serving.active is not None  # a canary runs beside an active model
    chosen_texts = [texts[k] for k in chosen]
    try:
        # a candidate trained on another encoder variant needs its own embeddings
        same = candidate.encoder_spec == serving.active.encoder_spec
        cand = candidate.predict(
            chosen_texts,
            [rules[k] for k in chosen],
            embeddings[chosen] if same else candidate.embed(chosen_texts),
        )
    except model_tier.ModelUnavailable:
        logger.exception("canary %s failed; serving the active model only", serving.canary_label)
        return set()
    for k, c in zip(chosen, cand, strict=True):
        a = answers[k]
        decisions[pending[k]].canary = {
            "candidate_id": serving.canary_id,
            "active_version": a.version,
            "active_severity": a.severity,
            "active_confidence": a.confidence,
            "candidate_severity": c.severity,
            "candidate_confidence": c.confidence,
        }
        decisions[pending[k]].tier_opinions["model_active"] = a.as_opinion()
        answers[k] = c  # the candidate's answer is served
    return set(chosen)


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
            d.review_reasons.append(f"LLM {exc.status}")
        return
    except Exception as exc:  # never lose an event to an LLM bug
        logger.exception("LLM tier crashed")
        d.tier_opinions["llm"] = {"error": "crash", "detail": str(exc)[:300]}
        d.review_reasons.append("LLM crash")
        return
    d.tier_opinions["llm"] = verdict.as_opinion()
    d.tier = "llm"
    d.severity = verdict.severity
    d.category = verdict.category
    d.confidence = verdict.confidence
    d.rationale = verdict.rationale
    d.llm_cost_usd = verdict.cost_usd
    # P0+P1 score: the LLM's own confidence when it says urgent; bounded by its doubt when it does not.
    d.urgent_score = (
        verdict.confidence if verdict.severity in URGENT else min(d.urgent_score, 1 - verdict.confidence)
    )


def _physical_safety(item: RouterInput, r: RulesResult, d: Decision, trust: RuleTrust) -> None:
    """Threats to people always page: a safety cue about the organisation's site or staff, or a
    tier that answered `safety`, makes the event a P0/P1 safety event whatever its confidence."""
    in_context = bool(r.safety_severity) and (r.site or item.about_org)
    llm_says = d.tier == "llm" and d.category == "safety"
    if not (in_context or llm_says):
        return
    floor = r.safety_severity if in_context else "P1"
    severity = min(d.severity, floor, key=SEVERITY_LEVELS.index)
    if severity != d.severity or d.category != "safety":
        precision = trust.precision(r.safety_rule) if in_context else None
        d.confidence = precision if precision is not None else min(d.confidence, UNKNOWN_PRECISION)
        d.rationale = (
            f"physical safety ({', '.join(k for k in r.keywords[:4]) or 'LLM'})"
            + (" at a site or the staff of the organisation" if in_context else "")
            + f"; was {d.severity}/{d.category} from {d.tier}"
        )
    d.severity, d.category = severity, "safety"
    d.tier_opinions["safety"] = {"severity": severity, "rule": r.safety_rule if in_context else "llm"}


def _doubt(d: Decision, *, review_threshold: float, base_rate: float | None) -> str:
    """Why the final answer is doubtful ("" when it is not).

    A model answer that no other tier changed is judged on what it sets in motion — a page or
    none — with its calibrated P0+P1 probability (ECE 0.044 on the development calibration events,
    0.024 on the events kept aside): doubtful when the probability that this decision is wrong
    reaches the P0+P1 share of the labelled data the model was built on, i.e. a calm answer whose
    text looks more like an emergency than a text taken at random, and any page the model is not
    near-certain of. Its 5-class confidence is not the test: it is right about P3 vs P4 about as
    often as about anything, never above ~0.45, so a fixed bar on it made every answer a doubt.
    Any other answer (a rule, a machine alert, the LLM, physical safety, no model): its confidence
    below CLASSIFICATION_REVIEW_THRESHOLD, as before. Without a measured base rate, the same.
    """
    if d.tier == "model" and "safety" not in d.tier_opinions and base_rate is not None:
        wrong = 1.0 - d.urgent_score if d.paged else d.urgent_score
        if wrong < base_rate:
            return ""
        return (
            f"P(not P0/P1) {wrong:.2f} on a page" if d.paged else f"P(P0/P1) {wrong:.2f} on a calm answer"
        ) + f" ≥ base rate {base_rate:.2f}"
    if d.confidence < review_threshold:
        return f"confidence {d.confidence:.2f} < {review_threshold:.2f}"
    return ""


_base_rates: dict[str, float | None] = {}


def urgent_base_rate(model: model_tier.SeverityModel | None) -> float | None:
    """P0+P1 share of the labelled rows the artifact was trained and cross-validated on
    (`label_counts` in its metrics.json), read once per artifact; None when not recorded."""
    path = getattr(model, "path", None)
    if path is None:
        return None
    key = str(path)
    if key not in _base_rates:
        try:
            counts = json.loads((Path(path) / "metrics.json").read_text())["label_counts"]
            total = sum(int(v) for v in counts.values())
            urgent = sum(int(counts.get(s, 0)) for s in URGENT)
            _base_rates[key] = urgent / total if total and urgent else None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            _base_rates[key] = None
    return _base_rates[key]


def review_value(d: Decision, *, reach: int) -> float:
    """Expected value of a human look: P(answer wrong) × cost of the worst plausible severity × reach.

    Severity takes the most severe answer any tier gave (a P3 the lexicon calls P0 is worth a look)
    and the P0+P1 score; reach grows with the log of the audience (1 for none, 2 at 1,000, 3 at 10^6).
    A rule measured below its floor still counts here: it does not decide, but on the labelled
    tweets it is what brings the P0/P1 the model missed to the front of the queue.
    """
    if not d.review_reasons:
        return 0.0
    opinions: list[str] = [d.severity] + [
        o["severity"] for o in d.tier_opinions.values() if isinstance(o, dict) and o.get("severity")
    ]
    severity = max(
        max(SEVERITY_WEIGHT.get(s, 0.0) for s in opinions), min(d.urgent_score, 1.0) * SEVERITY_WEIGHT["P0"]
    )
    uncertainty = 1.0 - max(0.0, min(d.confidence, 1.0))
    reach_factor = 1.0 + math.log10(1 + max(reach, 0)) / 3.0
    return round(uncertainty * severity * reach_factor, 6)


def _rules_rationale(r: RulesResult, precision: float | None, decides: bool) -> str:
    if not r.keywords:
        return "no crisis cue in the text" + (f" (negated: {', '.join(r.negated)})" if r.negated else "")
    measured = f"measured precision {precision:.2f}" if precision is not None else "precision not measured"
    return (
        f"lexicon cues: {', '.join(r.keywords[:6])}"
        + (" (urgent wording)" if r.amplified else "")
        + f"; rule {r.deciding_rule}: {measured}"
        + ("" if decides else ", below the floor to decide alone")
    )
