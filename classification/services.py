"""Classification writes: classify a batch of events, human review, model registry, drift."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import Count, Max

from classification import affect, evaluation, metrics, registry
from classification.models import (
    CanaryRecord,
    Category,
    Classification,
    DriftReport,
    LexiconEntry,
    ModelVersion,
    RetrainingTask,
    ReviewItem,
    Tier,
)
from classification.router import Decision, RouterInput, route_batch
from classification.tiers.rules import Entry, Lexicon, merge_entries
from config.celery import enqueue
from ingestion.models import Event
from tenants import clock
from tenants.realtime import broadcast_on_commit

logger = logging.getLogger(__name__)

URGENT = ("P0", "P1")
UNACTIONABLE_CONFIDENCE = 0.5
CHUNK = 256  # events routed together: one encoder pass, sorted by length inside


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


def event_text(event: Event) -> str:
    title = (event.title or "").strip()
    text = (event.text or "").strip()
    if title and not text.startswith(title):
        return f"{title}\n{text}".strip()
    return text or title


@dataclass
class BatchResult:
    created: list[Classification]
    skipped: int


def classifications_create_for_events(*, event_ids: list[int], use_llm: bool = True) -> BatchResult:
    """Classify every listed event that has no Classification yet (idempotent: get-or-skip).

    Hand-offs after commit: escalation for each new P0/P1 (low-confidence ones too), one
    `crisis.observe_events` for the batch, live "classification"/"review" broadcasts.
    """
    events = list(
        Event.objects.filter(pk__in=event_ids, classification__isnull=True)
        .only("id", "title", "text", "platform", "extra")
        .order_by("pk")
    )
    skipped = len(set(event_ids)) - len(events)
    if not events:
        return BatchResult([], skipped)
    lexicon = tenant_lexicon()
    created: list[Classification] = []
    for start in range(0, len(events), CHUNK):
        chunk = events[start : start + CHUNK]
        texts = [event_text(e) for e in chunk]
        decisions = route_batch(
            [
                RouterInput(e.pk, t, e.platform, source_severity_hint(e.extra or {}))
                for e, t in zip(chunk, texts, strict=True)
            ],
            lexicon=lexicon,
            use_llm=use_llm,
        )
        scores = affect.score_many(texts)
        created += _save(decisions, scores)
    if created:
        ids = [c.event_id for c in created]
        enqueue("crisis.observe_events", event_ids=ids)
    return BatchResult(created, skipped)


def _save(decisions: list[Decision], scores: list[dict]) -> list[Classification]:
    created = []
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
                    needs_review=d.needs_review,
                    llm_cost_usd=d.llm_cost_usd,
                    latency_ms=round(d.latency_ms, 2),
                )
                item = None
                if d.needs_review:
                    item = ReviewItem.objects.create(
                        classification=cls,
                        reason="; ".join(dict.fromkeys(d.review_reasons))[:200],
                        proposed_severity=d.severity,
                        proposed_category=d.category,
                        proposed_tier=d.tier,
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
        created.append(cls)
        metrics.classification_latency.labels(cls.tier).observe(cls.latency_ms)
        metrics.classifications.labels(cls.tier, cls.severity).inc()
        if item is not None:
            metrics.review_items.inc()
        if cls.severity in URGENT and not _unactionable(cls):
            # Never hold a possible P0 back waiting for a human: alert even when low-confidence.
            enqueue("escalation.trigger_event_alert", classification_id=cls.pk)
        broadcast_on_commit(kind="classification", payload=_payload(cls))
        if item is not None:
            broadcast_on_commit(
                kind="review",
                payload={
                    "review_item_id": item.pk,
                    "classification_id": cls.pk,
                    "event_id": cls.event_id,
                    "status": item.status,
                },
            )
    return created


def _payload(cls: Classification) -> dict:
    return {
        "classification_id": cls.pk,
        "event_id": cls.event_id,
        "severity": cls.severity,
        "category": cls.category,
        "confidence": cls.confidence,
        "tier": cls.tier,
        "needs_review": cls.needs_review,
        "sentiment": cls.sentiment,
    }


# --- human review ---------------------------------------------------------------------------------


def source_severity_hint(extra: dict) -> str:
    """The source's own severity; a resolve/acknowledge from a monitoring source is informational
    (P4): the sender says the problem is over, which must never page anyone."""
    if extra.get("is_resolved") or extra.get("event_action") in ("acknowledge", "resolve"):
        return "P4"
    return str(extra.get("severity_hint") or "")


def _unactionable(cls: Classification) -> bool:
    """A doubtful P1 goes to the review queue instead of paging someone when nothing backs it: no
    crisis category (no lexicon cue, no LLM category) or a rules tier that saw nothing urgent.
    The severity model was trained on disaster tweets and rates ordinary chatter ("the queue is
    massive today", "statement download is broken") P1 at low confidence. A reviewer's
    confirmation still raises the alert, and a possible P0 always pages."""
    if cls.severity == "P0" or cls.confidence >= UNACTIONABLE_CONFIDENCE:
        return False
    rules = (cls.tier_opinions or {}).get("rules") or {}
    return cls.category == Category.NONE or rules.get("severity") not in URGENT


def review_item_decide(*, item: ReviewItem, by, severity: str, category: str) -> ReviewItem:
    """A reviewer's verdict becomes ground truth and the event's classification (tier=human).

    Locks the review row. A correction that raises the event to P0/P1 triggers the event alert.
    """
    with transaction.atomic():
        item = ReviewItem.objects.select_for_update().select_related("classification").get(pk=item.pk)
        cls = item.classification
        same = severity == item.proposed_severity and category == item.proposed_category
        item.status = ReviewItem.Status.CONFIRMED if same else ReviewItem.Status.CORRECTED
        item.final_severity = severity
        item.final_category = category
        item.reviewer = by if getattr(by, "pk", None) else None
        item.reviewed_at = clock.now()
        item.save()
        was_urgent = cls.severity in URGENT
        opinions = dict(cls.tier_opinions or {})
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
        if severity in URGENT and not was_urgent:
            enqueue("escalation.trigger_event_alert", classification_id=cls.pk)
        if not same:
            enqueue("crisis.observe_events", event_ids=[cls.event_id])
        broadcast_on_commit(
            kind="review",
            payload={
                "review_item_id": item.pk,
                "classification_id": cls.pk,
                "event_id": cls.event_id,
                "status": item.status,
            },
        )
        broadcast_on_commit(kind="classification", payload=_payload(cls))
    return item


# --- registry -------------------------------------------------------------------------------------


def model_version_register(
    *,
    version: str,
    artifact_path: str,
    metrics: dict,
    name: str = registry.MODEL_NAME,
    status: str = ModelVersion.Status.CANDIDATE,
    notes: str = "",
) -> ModelVersion:
    mv, _ = ModelVersion.objects.update_or_create(
        name=name,
        version=version,
        defaults={"artifact_path": artifact_path, "metrics": metrics, "notes": notes},
    )
    if status == ModelVersion.Status.ACTIVE:
        return model_version_promote(version=mv)
    if status == ModelVersion.Status.CANARY:
        return model_version_start_canary(version=mv)
    return mv


def model_version_start_canary(
    *, version: ModelVersion, share: float | None = None, period_hours: float | None = None
) -> ModelVersion:
    """Puts `version` in canary; any other canary of the same name goes back to candidate."""
    with transaction.atomic():
        ModelVersion.objects.filter(name=version.name, status=ModelVersion.Status.CANARY).exclude(
            pk=version.pk
        ).update(status=ModelVersion.Status.CANDIDATE, canary_started_at=None)
        version.status = ModelVersion.Status.CANARY
        version.canary_started_at = clock.now()
        if share is not None:
            version.canary_share = max(0.0, min(1.0, share))
        if period_hours is not None:
            version.canary_period_hours = period_hours
        version.save()
    return version


def model_version_promote(*, version: ModelVersion) -> ModelVersion:
    """`version` becomes the active model; the previous active one is retired."""
    with transaction.atomic():
        now = clock.now()
        ModelVersion.objects.filter(name=version.name, status=ModelVersion.Status.ACTIVE).exclude(
            pk=version.pk
        ).update(status=ModelVersion.Status.RETIRED, retired_at=now)
        version.status = ModelVersion.Status.ACTIVE
        version.promoted_at = now
        version.retired_at = None
        version.save()
    return version


def model_version_rollback(*, version: ModelVersion) -> ModelVersion:
    """Retire `version`. If it was active, the most recently retired earlier version serves again
    (none: the committed head serves)."""
    with transaction.atomic():
        was_active = version.status == ModelVersion.Status.ACTIVE
        version.status = ModelVersion.Status.RETIRED
        version.retired_at = clock.now()
        version.save()
        if was_active:
            previous = (
                ModelVersion.objects.filter(
                    name=version.name, status=ModelVersion.Status.RETIRED, promoted_at__isnull=False
                )
                .exclude(pk=version.pk)
                .order_by("-promoted_at")
                .first()
            )
            if previous is not None:
                previous.status = ModelVersion.Status.ACTIVE
                previous.retired_at = None
                previous.save()
    return version


# --- drift ----------------------------------------------------------------------------------------


def drift_compute() -> DriftReport | None:
    """PSI of predicted severities and confidences: last window vs the reference window before it.

    Machine verdicts only (tier != human). Above the threshold, opens a RetrainingTask unless one
    is already open. Returns None when either window has too few classifications to say anything.
    """
    now = clock.now()
    window = timedelta(hours=float(getattr(settings, "CLASSIFICATION_DRIFT_WINDOW_HOURS", 24)))
    reference = timedelta(days=float(getattr(settings, "CLASSIFICATION_DRIFT_REFERENCE_DAYS", 7)))
    threshold = float(getattr(settings, "CLASSIFICATION_DRIFT_THRESHOLD", 0.2))
    min_n = int(getattr(settings, "CLASSIFICATION_DRIFT_MIN_SAMPLES", 50))
    cur_start, ref_start = now - window, now - window - reference
    base = Classification.objects.exclude(tier=Tier.HUMAN)
    cur = list(
        base.filter(created_at__gte=cur_start, created_at__lt=now).values_list("severity", "confidence")
    )
    ref = list(
        base.filter(created_at__gte=ref_start, created_at__lt=cur_start).values_list("severity", "confidence")
    )
    if len(cur) < min_n or len(ref) < min_n:
        return None
    sev_ref = [sum(1 for s, _ in ref if s == level) for level in evaluation.SEVERITIES]
    sev_cur = [sum(1 for s, _ in cur if s == level) for level in evaluation.SEVERITIES]
    conf_ref = evaluation.histogram([c for _, c in ref])
    conf_cur = evaluation.histogram([c for _, c in cur])
    psi_sev = evaluation.psi(sev_ref, sev_cur)
    psi_conf = evaluation.psi(conf_ref, conf_cur)
    drifted = max(psi_sev, psi_conf) > threshold
    report = DriftReport.objects.create(
        computed_at=now,
        window_start=cur_start,
        window_end=now,
        reference_start=ref_start,
        reference_end=cur_start,
        n_reference=len(ref),
        n_current=len(cur),
        psi_severity=psi_sev,
        psi_confidence=psi_conf,
        threshold=threshold,
        drifted=drifted,
        detail={
            "severity_reference": sev_ref,
            "severity_current": sev_cur,
            "confidence_reference": conf_ref,
            "confidence_current": conf_cur,
        },
    )
    if drifted and not RetrainingTask.objects.filter(status=RetrainingTask.Status.OPEN).exists():
        RetrainingTask.objects.create(
            reason=f"prediction drift: PSI severity {psi_sev:.3f}, confidence {psi_conf:.3f} > {threshold}",
            drift_report=report,
        )
    return report


def retraining_task_resolve(*, task: RetrainingTask, by, dismissed: bool = False) -> RetrainingTask:
    task.status = RetrainingTask.Status.DISMISSED if dismissed else RetrainingTask.Status.DONE
    task.resolved_at = clock.now()
    task.resolved_by = by if getattr(by, "pk", None) else None
    task.save()
    return task
