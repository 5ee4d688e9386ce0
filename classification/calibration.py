"""The tenant's own confidence map, learned from its reviewed answers.

The artifact's isotonic map is fitted on answers to the development events; a tenant's stream is
another event, and the same model is right more or less often on it (kept-aside TREC-IS events:
right 42 % of the time at a mean served confidence of 0.26 — no map fitted on development events
gets their ECE under 0.12, docs/classification.md). Reviewers' verdicts are this tenant's ground
truth, so the tenant's confidence is the artifact's, re-mapped on them:

    p = sigmoid(slope · logit(c) + bias)

fitted by maximum a posteriori on (served confidence, the reviewer agreed) pairs of the model's
answers, with a Gaussian prior centred on the identity (slope 1, bias 0) whose weight is
`PRIOR_WEIGHT` pseudo-answers: a handful of verdicts moves the map a little, a few hundred set it.
The map is used once `MIN_REVIEWS` verdicts of the active model version speak for it, and only for
that version (a new model starts from its artifact's map again). Every verdict on a model answer
refits it after commit (`review_item_decide` → `confidence_map_refit_request` → task
`classification.refit_confidence_map`; a burst of verdicts queues one refit, not one each); the
router reads it through `ServingModels.confidence_map`. Which answers are reviewed is not
random (doubts by value, plus a random quality sample); the benchmark measures the map under that
selection (`bench/classify_calibration.py`).

Paging never depends on confidence (a possible P0/P1 pages at once); the map changes the shown
confidence, which answers are doubted, and the ECE the tenant sees.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

import numpy as np
from django.db import transaction
from django.db.models import Q

if TYPE_CHECKING:
    from classification.models import ConfidenceCalibration

PRIOR_WEIGHT = 100.0  # pseudo-answers behind the identity map (chosen on development events)
MIN_REVIEWS = 30  # verdicts of the active version before the tenant's map is used
REFIT_REQUEST_STALE = timedelta(minutes=10)  # a queued refit that never started is asked again
_EPS = 1e-4


@dataclass(frozen=True)
class ConfidenceMap:
    slope: float = 1.0
    bias: float = 0.0
    n: int = 0  # verdicts it was fitted on (0 = the identity: the artifact's map as served)
    accuracy: float | None = None  # share of those verdicts that agreed with the machine

    @property
    def identity(self) -> bool:
        return self.n == 0

    def apply(self, confidence: float) -> float:
        if self.identity:
            return confidence
        c = min(max(confidence, _EPS), 1 - _EPS)
        z = self.slope * math.log(c / (1 - c)) + self.bias
        return 1.0 / (1.0 + math.exp(-z))

    def apply_many(self, confidence: Sequence[float]) -> np.ndarray:
        return np.array([self.apply(float(c)) for c in confidence])


def fit(
    confidence: Sequence[float], agreed: Sequence[bool], *, prior_weight: float = PRIOR_WEIGHT
) -> ConfidenceMap:
    """MAP logistic recalibration of the served confidence on reviewed answers.

    The prior is N((1, 0), σ²) with σ² chosen so it weighs like `prior_weight` answers at the
    data's own curvature (an answer at c = 0.5 contributes 0.25 to the Fisher information). Newton
    steps on the 2 × 2 problem converge in a few iterations."""
    c = np.clip(np.asarray(confidence, dtype=float), _EPS, 1 - _EPS)
    y = np.asarray(agreed, dtype=float)
    if len(c) == 0:
        return ConfidenceMap()
    x = np.log(c / (1 - c))
    design = np.column_stack([x, np.ones_like(x)])
    prior_mean = np.array([1.0, 0.0])
    precision = np.eye(2) * (0.25 * prior_weight)
    theta = prior_mean.copy()
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(design @ theta)))
        grad = design.T @ (p - y) + precision @ (theta - prior_mean)
        hess = (design * (p * (1 - p))[:, None]).T @ design + precision
        step = np.linalg.solve(hess, grad)
        theta -= step
        if float(np.abs(step).max()) < 1e-8:
            break
    return ConfidenceMap(float(theta[0]), float(theta[1]), len(c), float(y.mean()))


def verdict_pairs(model_version: str) -> tuple[list[float], list[bool]]:
    """(served confidence, the reviewer agreed) of every decided review of `model_version`'s own
    answers (doubts and quality samples): the artifact's confidence as the model tier gave it."""
    from classification.models import ReviewItem, Tier

    confidence: list[float] = []
    agreed: list[bool] = []
    items = (
        ReviewItem.objects.exclude(status=ReviewItem.Status.PENDING)
        .filter(proposed_tier=Tier.MODEL, classification__tier_opinions__model__version=model_version)
        .select_related("classification")
        .only("proposed_severity", "final_severity", "classification__tier_opinions")
    )
    for item in items.iterator(chunk_size=500):
        opinion = (item.classification.tier_opinions or {}).get("model") or {}
        if opinion.get("version") != model_version or opinion.get("severity") != item.proposed_severity:
            continue  # another version's answer, or a later tier changed it
        if not isinstance(opinion.get("confidence"), int | float):
            continue
        confidence.append(float(opinion["confidence"]))
        agreed.append(item.final_severity == item.proposed_severity)
    return confidence, agreed


def confidence_map_refit_request(*, model_version: str) -> None:
    """After the current transaction commits, queue a refit of `model_version`'s map unless one is
    already queued and has not started (then that refit, which reads the verdicts when it starts,
    will see this one). A request left by a refit that never ran expires after
    `REFIT_REQUEST_STALE`."""
    transaction.on_commit(lambda: _request_refit(model_version))


def _request_refit(model_version: str) -> None:
    from classification.models import ConfidenceCalibration
    from config.celery import enqueue
    from tenants import clock

    now = clock.now()
    ConfidenceCalibration.objects.get_or_create(model_version=model_version)
    asked = ConfidenceCalibration.objects.filter(
        Q(refit_requested_at__isnull=True) | Q(refit_requested_at__lt=now - REFIT_REQUEST_STALE),
        model_version=model_version,
    ).update(refit_requested_at=now)
    if asked:
        enqueue("classification.refit_confidence_map", model_version=model_version)


def confidence_map_refit(*, model_version: str) -> ConfidenceCalibration:
    """Fit this tenant's map for `model_version` on all its verdicts so far and store it.

    Idempotent (a fit of every verdict, not an increment). Locks the version's row and clears its
    pending request before reading the verdicts, so refits of one version run one at a time, and a
    verdict committed after this read asks for (and gets) a refit of its own."""
    from classification.models import ConfidenceCalibration

    with transaction.atomic():
        ConfidenceCalibration.objects.get_or_create(model_version=model_version)
        row = ConfidenceCalibration.objects.select_for_update().get(model_version=model_version)
        row.refit_requested_at = None
        cmap = fit(*verdict_pairs(model_version))
        row.slope, row.bias, row.n, row.accuracy = cmap.slope, cmap.bias, cmap.n, cmap.accuracy
        row.save()
    return row


def confidence_map(model_version: str) -> ConfidenceMap:
    """The tenant's map for `model_version` once MIN_REVIEWS verdicts speak for it, else the identity."""
    from classification.models import ConfidenceCalibration

    row = ConfidenceCalibration.objects.filter(model_version=model_version).first()
    if row is None or row.n < MIN_REVIEWS:
        return ConfidenceMap()
    return ConfidenceMap(row.slope, row.bias, row.n, row.accuracy)
