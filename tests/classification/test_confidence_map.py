"""The tenant's confidence map: learned from its reviewers' verdicts on the active model's answers,
used once enough of them speak for it, applied by the router to the model tier's confidence."""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pytest

from classification import calibration, registry, services
from classification.evaluation import expected_calibration_error
from classification.models import Classification, ConfidenceCalibration, ReviewItem
from classification.router import RouterInput, ServingModels, route_batch
from classification.services import review_item_decide
from classification.tasks import refit_confidence_map
from classification.tiers import model as model_tier
from classification.tiers.rules import default_lexicon
from classification.trust import RuleTrust
from tenants import clock
from tests.classification.conftest import make_event

VERSION = "severity_classifier@9.9.9"


def _draw(n: int, seed: int, served: float = 0.3, right: float = 0.6):
    """Answers served at ~`served` confidence that are right `right` of the time (under-confident)."""
    rng = np.random.default_rng(seed)
    conf = np.clip(rng.normal(served, 0.05, n), 0.05, 0.95)
    agreed = rng.random(n) < right
    return conf, agreed


def test_fit_moves_an_under_confident_model_to_its_accuracy_and_lowers_ece_on_new_answers():
    conf, agreed = _draw(300, seed=1)
    cmap = calibration.fit(conf, agreed)
    assert cmap.n == 300 and abs(cmap.accuracy - agreed.mean()) < 1e-9
    test_conf, test_agreed = _draw(1000, seed=2)
    mapped = cmap.apply_many(test_conf)
    assert abs(float(mapped.mean()) - 0.6) < 0.08
    assert (
        expected_calibration_error(mapped, test_agreed)
        < expected_calibration_error(test_conf, test_agreed) / 2
    )


def test_a_few_verdicts_barely_move_the_map_and_none_leave_the_identity():
    conf, agreed = _draw(5, seed=3, right=1.0)
    few = calibration.fit(conf, agreed)
    assert abs(few.apply(0.3) - 0.3) < 0.1  # the prior holds it near the artifact's confidence
    assert calibration.fit([], []).identity
    assert calibration.ConfidenceMap().apply(0.42) == 0.42


def _model_review(conf: float, severity: str = "P3") -> ReviewItem:
    event = make_event(f"answer served at {conf:.3f}")
    cls = Classification.objects.create(
        event=event,
        severity=severity,
        category="none",
        confidence=conf,
        tier="model",
        model_version=VERSION,
        tier_opinions={"model": {"severity": severity, "confidence": conf, "version": VERSION}},
        needs_review=True,
    )
    return ReviewItem.objects.create(
        classification=cls, proposed_severity=severity, proposed_category="none", proposed_tier="model"
    )


REFIT = "classification.refit_confidence_map"


def _decide(item: ReviewItem, reviewer, severity: str, handoffs, capture) -> list[dict]:
    """A verdict, committed; returns the refits it handed to the broker (as kwargs)."""
    sent = len(handoffs)
    with capture(execute=True):
        review_item_decide(item=item, by=reviewer, severity=severity, category="none")
    return [kwargs for name, kwargs, _ in handoffs[sent:] if name == REFIT]


def test_a_verdict_on_a_model_answer_hands_the_refit_to_a_task_in_the_tenants_schema(
    in_a, tenant_a, handoffs, django_capture_on_commit_callbacks
):
    item = _model_review(0.3)
    _decide(item, tenant_a.user("manager@a.test"), "P1", handoffs, django_capture_on_commit_callbacks)
    assert [(n, k, schema) for n, k, schema in handoffs if n == REFIT] == [
        (REFIT, {"model_version": VERSION}, tenant_a.org.schema_name)
    ]
    asked = ConfidenceCalibration.objects.get(model_version=VERSION)
    assert asked.n == 0 and asked.refit_requested_at is not None  # the task fits, not the request
    assert refit_confidence_map(model_version=VERSION) == 1
    row = ConfidenceCalibration.objects.get(model_version=VERSION)
    assert row.n == 1 and row.accuracy == 0.0
    assert refit_confidence_map(model_version=VERSION) == 1  # twice is the same as once
    assert ConfidenceCalibration.objects.get(model_version=VERSION).n == 1


def test_verdicts_refit_the_map_which_is_used_from_min_reviews_on(
    in_a, tenant_a, handoffs, django_capture_on_commit_callbacks
):
    reviewer = tenant_a.user("manager@a.test")
    n = calibration.MIN_REVIEWS
    for k in range(n):
        item = _model_review(0.3)
        right = k % 4 != 0  # 3 in 4 answers confirmed
        refits = _decide(
            item, reviewer, "P3" if right else "P1", handoffs, django_capture_on_commit_callbacks
        )
        assert refits == [{"model_version": VERSION}]
        refit_confidence_map(**refits[0])
        if k == n - 2:
            row = ConfidenceCalibration.objects.get(model_version=VERSION)
            assert row.n == n - 1
            assert calibration.confidence_map(VERSION).identity  # not enough verdicts yet
    row = ConfidenceCalibration.objects.get(model_version=VERSION)
    assert row.n == n and row.accuracy == pytest.approx(sum(k % 4 != 0 for k in range(n)) / n)
    cmap = calibration.confidence_map(VERSION)
    assert not cmap.identity and cmap.apply(0.3) > 0.4  # right 3 in 4 at 0.3: the map raises it
    assert calibration.confidence_map("severity_classifier@0.0.1").identity  # another version's own


def test_only_the_versions_own_unchanged_answers_teach_its_map(
    in_a, tenant_a, handoffs, django_capture_on_commit_callbacks
):
    reviewer = tenant_a.user("manager@a.test")
    own = _model_review(0.3)
    other = _model_review(0.3)
    Classification.objects.filter(pk=other.classification_id).update(
        tier_opinions={"model": {"severity": "P3", "confidence": 0.3, "version": "severity_classifier@0.0.1"}}
    )
    overruled = _model_review(0.3)  # the model said P4; a later tier (physical safety) made it P3
    Classification.objects.filter(pk=overruled.classification_id).update(
        tier_opinions={"model": {"severity": "P4", "confidence": 0.3, "version": VERSION}}
    )
    pending = _model_review(0.3)
    for item in (own, other, overruled):
        _decide(item, reviewer, "P3", handoffs, django_capture_on_commit_callbacks)
    assert calibration.verdict_pairs(VERSION) == ([0.3], [True])
    assert pending.status == ReviewItem.Status.PENDING


def test_a_burst_of_verdicts_queues_one_refit_which_sees_them_all(
    in_a, tenant_a, handoffs, django_capture_on_commit_callbacks
):
    reviewer = tenant_a.user("manager@a.test")
    queued = []
    for _ in range(5):  # five verdicts before any worker picks the refit up
        queued += _decide(_model_review(0.3), reviewer, "P3", handoffs, django_capture_on_commit_callbacks)
    assert queued == [{"model_version": VERSION}]
    assert refit_confidence_map(model_version=VERSION) == 5  # the one refit reads all five
    assert ConfidenceCalibration.objects.get(model_version=VERSION).refit_requested_at is None
    # once it has started, the next verdict asks again
    later = _decide(_model_review(0.3), reviewer, "P1", handoffs, django_capture_on_commit_callbacks)
    assert later == [{"model_version": VERSION}]
    # a request whose refit never ran (lost worker) expires and is asked again
    ConfidenceCalibration.objects.filter(model_version=VERSION).update(
        refit_requested_at=clock.now() - calibration.REFIT_REQUEST_STALE - timedelta(seconds=1)
    )
    again = _decide(_model_review(0.3), reviewer, "P3", handoffs, django_capture_on_commit_callbacks)
    assert again == [{"model_version": VERSION}]
    assert refit_confidence_map(model_version=VERSION) == 7


def test_a_rules_answers_verdict_does_not_teach_the_models_map(
    in_a, tenant_a, handoffs, django_capture_on_commit_callbacks
):
    item = _model_review(0.3)
    ReviewItem.objects.filter(pk=item.pk).update(proposed_tier="rules")
    item.refresh_from_db()
    refits = _decide(
        item, tenant_a.user("manager@a.test"), "P3", handoffs, django_capture_on_commit_callbacks
    )
    assert refits == []
    assert calibration.verdict_pairs(VERSION) == ([], [])


def test_the_tenant_serves_its_map_of_the_active_version(in_a):
    active = model_tier.load(registry.committed_artifact())
    assert services.serving_models().confidence_map.identity
    ConfidenceCalibration.objects.create(
        model_version=active.version, slope=1.1, bias=0.4, n=calibration.MIN_REVIEWS, accuracy=0.6
    )
    ConfidenceCalibration.objects.create(model_version=VERSION, slope=1.1, bias=0.4, n=500, accuracy=0.6)
    cmap = services.serving_models().confidence_map
    assert not cmap.identity and (cmap.slope, cmap.bias, cmap.n) == (1.1, 0.4, calibration.MIN_REVIEWS)


def test_the_router_shows_the_tenants_confidence_and_keeps_the_artifacts_for_the_next_fit():
    active = model_tier.load(registry.committed_artifact())
    cmap = calibration.ConfidenceMap(slope=1.0, bias=1.5, n=120, accuracy=0.7)
    texts = ["the app logged me out again, annoying", "queue at the branch is long today"]
    items = [RouterInput(i, t) for i, t in enumerate(texts)]
    plain = route_batch(
        items, lexicon=default_lexicon(), trust=RuleTrust({}), serving=ServingModels(active), use_llm=False
    )
    mapped = route_batch(
        items,
        lexicon=default_lexicon(),
        trust=RuleTrust({}),
        serving=ServingModels(active, confidence_map=cmap),
        use_llm=False,
    )
    for before, after in zip(plain, mapped, strict=True):
        assert after.tier == before.tier == "model"
        raw = after.tier_opinions["model"]["confidence"]
        assert raw == before.tier_opinions["model"]["confidence"]
        assert after.confidence == pytest.approx(cmap.apply(before.confidence))
        assert after.confidence > before.confidence
        assert after.tier_opinions["model"]["tenant_confidence"] == pytest.approx(after.confidence, abs=1e-4)
        assert "tenant_confidence" not in before.tier_opinions["model"]


def test_a_canary_candidates_answers_keep_the_artifacts_confidence():
    active = model_tier.load(registry.committed_artifact())
    cmap = calibration.ConfidenceMap(slope=1.0, bias=1.5, n=120, accuracy=0.7)
    items = [RouterInput(0, "the app logged me out again, annoying")]
    canary = ServingModels(
        active, active, canary_id=1, canary_share=1.0, canary_label="cand", confidence_map=cmap
    )
    (d,) = route_batch(items, lexicon=default_lexicon(), trust=RuleTrust({}), serving=canary, use_llm=False)
    assert d.canary and d.tier == "model"
    assert d.confidence == d.canary["candidate_confidence"]  # the candidate's artifact's, as served
    assert "tenant_confidence" not in d.tier_opinions["model"]


def test_the_doubt_test_reads_the_tenants_confidence(settings):
    active = model_tier.load(registry.committed_artifact())
    items = [RouterInput(0, "the app logged me out again, annoying")]  # no P0/P1 hidden, no rule hint

    def answer(cmap):
        (d,) = route_batch(
            items,
            lexicon=default_lexicon(),
            trust=RuleTrust({}),
            serving=ServingModels(active, confidence_map=cmap),
            use_llm=False,
        )
        return d

    raw = answer(calibration.ConfidenceMap()).confidence
    settings.CLASSIFICATION_MODEL_THRESHOLD = min(raw + 0.05, 0.99)
    assert not answer(calibration.ConfidenceMap()).tier_opinions["model"]["confident"]
    raised = answer(calibration.ConfidenceMap(slope=1.0, bias=4.0, n=200, accuracy=0.9))
    assert raised.confidence >= settings.CLASSIFICATION_MODEL_THRESHOLD
    assert raised.tier_opinions["model"]["confident"]
    assert f"p={raw:.2f} before this tenant's map of 200 reviews" in raised.rationale
