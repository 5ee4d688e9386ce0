"""Classification writes: classify a batch of events and record a reviewer's verdict.

The model registry's writes live in `registry`, drift in `drift`, the review budget in `review`.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from django.db import IntegrityError, connection, transaction
from django.db.models import Count, Max

from classification import affect, calibration, metrics, registry, review, selectors
from classification.models import CanaryRecord, Classification, LexiconEntry, ReviewItem, Tier
from classification.router import CHUNK, Decision, RouterInput, ServingModels, route_batch
from classification.tiers import model as model_tier
from classification.tiers.rules import Entry, Lexicon, merge_entries
from config.celery import enqueue
from ingestion.models import Event
from tenants import clock
from tenants.realtime import broadcast_on_commit

logger = logging.getLogger(__name__)

URGENT = ("P0", "P1")


# --- lexicon --------------------------------------------------------------------------------------

_lexicons: dict[str, tuple[tuple, Lexicon]] = {}
_lex_lock = threading.Lock()


def tenant_lexicon() -> Lexicon:
    """The built-in lexicon merged with this tenant's LexiconEntry rows; rebuilt when they change."""
    stamp = LexiconEntry.objects.aggregate(n=Count("id"), at=Max("updated_at"))
    key = (stamp["n"], stamp["at"])
    schema = connection.schema_name
    with _lex_lock:
        cached = _lexicons.get(schema)
        if cached and cached[0] == key:
            return cached[1]
    rows = list(LexiconEntry.objects.all())
    custom = [Entry(r.category, r.pattern, r.severity, r.weight, r.is_regex) for r in rows if r.enabled]
    disabled = {r.pattern.lower() for r in rows if not r.enabled}
    lexicon = Lexicon(merge_entries(custom, disabled))
    with _lex_lock:
        _lexicons[schema] = (key, lexicon)
    return lexicon


# --- classify -------------------------------------------------------------------------------------


@dataclass
class BatchResult:
    created: list[Classification]
    skipped: int


def serving_models() -> ServingModels:
    """The tenant's active model (registry) and its canary candidate, loaded once per process."""
    serving = registry.active_serving()
    if serving.path is None:
        return ServingModels(None, unavailable=serving.detail)
    try:
        active = model_tier.load(serving.path)
    except model_tier.ModelUnavailable as exc:
        return ServingModels(None, unavailable=str(exc))
    cmap = calibration.confidence_map(active.version)
    canary = registry.canary_version()
    if canary is None:
        return ServingModels(active, confidence_map=cmap)
    try:
        candidate = model_tier.load(registry.resolve_path(canary.artifact_path))
    except model_tier.ModelUnavailable:
        logger.exception("canary %s cannot load; serving the active model only", canary.label)
        return ServingModels(active, confidence_map=cmap)
    return ServingModels(active, candidate, canary.pk, canary.canary_share, canary.label, confidence_map=cmap)


def classifications_create_for_events(*, event_ids: list[int], use_llm: bool = True) -> BatchResult:
    """Classify every listed event that has no Classification yet (idempotent: get-or-skip).

    Hand-offs after commit: escalation for each paged event (every P0/P1, whatever the confidence),
    one `crisis.observe_events` for the batch, live "classification"/"review" broadcasts. Doubtful
    answers enter the review queue within the tenant's budget (`review.review_items_admit`).
    """
    events = list(
        Event.objects.filter(pk__in=event_ids, classification__isnull=True)
        .only("id", "title", "text", "platform", "extra", "subjects", "reach")
        .order_by("pk")
    )
    skipped = len(set(event_ids)) - len(events)
    if not events:
        return BatchResult([], skipped)
    lexicon = tenant_lexicon()
    trust = selectors.rule_trust()
    serving = serving_models()
    created: list[Classification] = []
    for start in range(0, len(events), CHUNK):
        chunk = events[start : start + CHUNK]
        texts = [selectors.event_text(e) for e in chunk]
        decisions = route_batch(
            [
                RouterInput(
                    e.pk,
                    t,
                    e.platform,
                    source_severity_hint(e.extra or {}),
                    about_org=bool(e.subjects),
                    reach=int(e.reach or 0),
                )
                for e, t in zip(chunk, texts, strict=True)
            ],
            lexicon=lexicon,
            trust=trust,
            serving=serving,
            use_llm=use_llm,
        )
        scores = affect.score_many(texts)
        created += _save(decisions, scores)
    if created:
        ids = [c.event_id for c in created]
        enqueue("crisis.observe_events", event_ids=ids)
    return BatchResult(created, skipped)


def _save(decisions: list[Decision], scores: list[dict]) -> list[Classification]:
    pairs: list[tuple[Classification, Decision]] = []
    for d, s in zip(decisions, scores, strict=True):
        try:
            with transaction.atomic():
                cls = Classification.objects.create(
                    event_id=d.event_id,
                    severity=d.severity,
                    category=d.category,
                    confidence=round(d.confidence, 4),
                    tier=d.tier,
                    model_version=d.model_version,
                    sentiment=s["sentiment"],
                    emotions=s["emotions"],
                    toxicity=s["toxicity"],
                    keywords=d.keywords,
                    rationale=d.rationale[:2000],
                    tier_opinions=d.tier_opinions,
                    urgent_score=round(d.urgent_score, 4),
                    paged=d.paged,
                    review_value=d.review_value,
                    llm_cost_usd=d.llm_cost_usd,
                    latency_ms=round(d.latency_ms, 2),
                )
                if d.canary:
                    CanaryRecord.objects.create(
                        classification=cls,
                        candidate_id=d.canary["candidate_id"],
                        active_version=d.canary["active_version"],
                        active_severity=d.canary["active_severity"],
                        active_confidence=d.canary["active_confidence"],
                        candidate_severity=d.canary["candidate_severity"],
                        candidate_confidence=d.canary["candidate_confidence"],
                        served="candidate",
                        agree=d.canary["active_severity"] == d.canary["candidate_severity"],
                    )
        except IntegrityError:
            continue  # another worker classified this event first
        pairs.append((cls, d))
        metrics.classification_latency.labels(cls.tier).observe(cls.latency_ms)
        metrics.classifications.labels(cls.tier, cls.severity).inc()
        if cls.paged:
            # Never hold a possible P0/P1 back waiting for a human: the page goes out first.
            enqueue("escalation.trigger_event_alert", classification_id=cls.pk)
    admission = review.review_items_admit(pairs=pairs) if pairs else review.Admission({}, [])
    for cls, _ in pairs:
        broadcast_on_commit(kind="classification", payload=_payload(cls))
    for cls_pk, item in admission.queued.items():
        metrics.review_items.inc()
        broadcast_on_commit(
            kind="review", payload=_review_payload(item, cls_pk, item.classification.event_id)
        )
    for gone in admission.released:
        broadcast_on_commit(kind="review", payload={**gone, "status": "released"})
    return [cls for cls, _ in pairs]


def _payload(cls: Classification) -> dict:
    return {
        "classification_id": cls.pk,
        "event_id": cls.event_id,
        "severity": cls.severity,
        "category": cls.category,
        "confidence": cls.confidence,
        "tier": cls.tier,
        "needs_review": cls.needs_review,
        "paged": cls.paged,
        "sentiment": cls.sentiment,
    }


def _review_payload(item: ReviewItem, classification_id: int, event_id: int) -> dict:
    return {
        "review_item_id": item.pk,
        "classification_id": classification_id,
        "event_id": event_id,
        "status": item.status,
    }


# --- human review ---------------------------------------------------------------------------------


def source_severity_hint(extra: dict) -> str:
    """The source's own severity; a resolve/acknowledge from a monitoring source is informational
    (P4): the sender says the problem is over, which must never page anyone."""
    if extra.get("is_resolved") or extra.get("event_action") in ("acknowledge", "resolve"):
        return "P4"
    return str(extra.get("severity_hint") or "")


def review_item_decide(*, item: ReviewItem, by, severity: str, category: str) -> ReviewItem:
    """A reviewer's verdict becomes ground truth, the event's classification (tier=human), a
    reviewed figure of the rule that decided the rules answer, training data
    (`train_classifier --include-reviews`) and, for a model answer, a refit of the tenant's
    confidence map of that model version (`calibration`, a task after commit).

    Locks the review row. A correction that raises the event to P0/P1 triggers the event alert.
    """
    with transaction.atomic():
        item = ReviewItem.objects.select_for_update().select_related("classification").get(pk=item.pk)
        cls = item.classification
        first_verdict = item.status == ReviewItem.Status.PENDING
        same = severity == item.proposed_severity and category == item.proposed_category
        item.status = ReviewItem.Status.CONFIRMED if same else ReviewItem.Status.CORRECTED
        item.final_severity = severity
        item.final_category = category
        item.reviewer = by if getattr(by, "pk", None) else None
        item.reviewed_at = clock.now()
        item.save()
        was_urgent = cls.severity in URGENT
        opinions = dict(cls.tier_opinions or {})
        if first_verdict:
            review.rule_precision_record(opinion=opinions.get("rules") or {}, final_severity=severity)
        model_version = (opinions.get("model") or {}).get("version")
        if item.proposed_tier == Tier.MODEL and model_version:
            # The verdict also teaches this tenant's confidence map of that model version.
            calibration.confidence_map_refit_request(model_version=model_version)
        opinions["human"] = {
            "severity": severity,
            "category": category,
            "by": getattr(by, "email", "") or str(by),
        }
        Classification.objects.filter(pk=cls.pk).update(
            severity=severity,
            category=category,
            confidence=1.0,
            tier=Tier.HUMAN,
            needs_review=False,
            tier_opinions=opinions,
        )
        cls.refresh_from_db()
        if severity in URGENT and not was_urgent and not cls.paged:
            Classification.objects.filter(pk=cls.pk).update(paged=True)
            enqueue("escalation.trigger_event_alert", classification_id=cls.pk)
        if not same:
            enqueue("crisis.observe_events", event_ids=[cls.event_id])
        broadcast_on_commit(kind="review", payload=_review_payload(item, cls.pk, cls.event_id))
        broadcast_on_commit(kind="classification", payload=_payload(cls))
    return item
