"""Prediction drift: PSI of machine severities and confidences, and the retraining to-do it opens."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings

from classification import evaluation
from classification.models import Classification, DriftReport, RetrainingTask, Tier
from tenants import clock


def drift_compute() -> DriftReport | None:
    """PSI of predicted severities and confidences: last window vs the reference window before it.

    Machine verdicts only (tier != human). A model answer counts with the artifact's own
    confidence (`tier_opinions.model.confidence`), not the one served: the tenant's confidence map
    (`calibration`) re-maps it once 30 verdicts speak for it, and that switch is not the model
    drifting. Above the threshold, opens a RetrainingTask unless one is already open. Returns None
    when either window has too few classifications to say anything.
    """
    now = clock.now()
    window = timedelta(hours=float(getattr(settings, "CLASSIFICATION_DRIFT_WINDOW_HOURS", 24)))
    reference = timedelta(days=float(getattr(settings, "CLASSIFICATION_DRIFT_REFERENCE_DAYS", 7)))
    threshold = float(getattr(settings, "CLASSIFICATION_DRIFT_THRESHOLD", 0.2))
    min_n = int(getattr(settings, "CLASSIFICATION_DRIFT_MIN_SAMPLES", 50))
    cur_start, ref_start = now - window, now - window - reference
    base = Classification.objects.exclude(tier=Tier.HUMAN)
    cur = _answers(base.filter(created_at__gte=cur_start, created_at__lt=now))
    ref = _answers(base.filter(created_at__gte=ref_start, created_at__lt=cur_start))
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


def _answers(rows) -> list[tuple[str, float]]:
    """(severity, confidence) per machine answer; a model answer with the artifact's confidence."""
    out = []
    for severity, confidence, tier, opinions in rows.values_list(
        "severity", "confidence", "tier", "tier_opinions"
    ).iterator(chunk_size=2000):
        raw = ((opinions or {}).get("model") or {}).get("confidence") if tier == Tier.MODEL else None
        out.append((severity, float(raw) if isinstance(raw, int | float) else confidence))
    return out


def retraining_task_resolve(*, task: RetrainingTask, by, dismissed: bool = False) -> RetrainingTask:
    task.status = RetrainingTask.Status.DISMISSED if dismissed else RetrainingTask.Status.DONE
    task.resolved_at = clock.now()
    task.resolved_by = by if getattr(by, "pk", None) else None
    task.save()
    return task
