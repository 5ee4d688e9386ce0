"""Evaluation metrics agree with scikit-learn; drift opens a retraining task; the command runs."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta

import numpy as np
import pytest
from django.core.management import call_command
from sklearn.metrics import average_precision_score, f1_score

from classification import evaluation
from classification.drift import drift_compute
from classification.models import Classification, DriftReport, RetrainingTask
from tenants import clock
from tests.classification.conftest import make_event


def test_metrics_match_scikit_learn():
    rng = np.random.default_rng(0)
    labels = list(evaluation.SEVERITIES)
    truth = [labels[i] for i in rng.integers(0, 5, 500)]
    pred = [t if rng.random() < 0.6 else labels[rng.integers(0, 5)] for t in truth]
    matrix = evaluation.confusion_matrix(truth, pred)
    assert abs(evaluation.macro_f1(matrix) - f1_score(truth, pred, average="macro", labels=labels)) < 1e-9
    y = rng.integers(0, 2, 300)
    score = np.round(rng.random(300) + 0.3 * y, 2)  # ties included
    assert abs(evaluation.average_precision(y, score) - average_precision_score(y, score)) < 1e-9


def test_precision_at_recall_and_calibration_error():
    y = [1, 1, 0, 1, 0, 0, 0, 1]
    s = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2]
    precision, threshold = evaluation.precision_at_recall(y, s, 0.75)
    assert (precision, threshold) == (0.75, 0.6)
    assert evaluation.expected_calibration_error([0.9] * 10, [True] * 9 + [False]) < 1e-9
    assert abs(evaluation.expected_calibration_error([0.9] * 10, [True] * 5 + [False] * 5) - 0.4) < 1e-9


def test_psi_is_zero_for_identical_and_large_for_shifted_distributions():
    assert evaluation.psi([10, 20, 70], [10, 20, 70]) == 0
    assert evaluation.psi([80, 10, 10], [10, 10, 80]) > 1.0


def _classified(
    n: int, severity: str, confidence: float, hours_ago: float, artifact_confidence: float | None = None
) -> None:
    opinions = (
        {"model": {"severity": severity, "confidence": artifact_confidence}} if artifact_confidence else {}
    )
    for _ in range(n):
        cls = Classification.objects.create(
            event=make_event("x"),
            severity=severity,
            category="none",
            confidence=confidence,
            tier="model",
            tier_opinions=opinions,
        )
        Classification.objects.filter(pk=cls.pk).update(created_at=clock.now() - timedelta(hours=hours_ago))


def test_prediction_drift_opens_one_retraining_task(in_a, settings):
    settings.CLASSIFICATION_DRIFT_MIN_SAMPLES = 20
    _classified(30, "P3", 0.9, hours_ago=48)  # reference window: calm
    _classified(30, "P0", 0.35, hours_ago=2)  # last 24 h: everything urgent and unsure
    report = drift_compute()
    assert report.drifted and report.psi_severity > 0.2 and report.psi_confidence > 0.2
    assert RetrainingTask.objects.filter(status="open", drift_report=report).count() == 1
    drift_compute()
    assert DriftReport.objects.count() == 2 and RetrainingTask.objects.filter(status="open").count() == 1


def test_a_tenant_confidence_map_switching_on_is_not_drift(in_a, settings):
    """The same model answers, served at the artifact's 0.3 last week and re-mapped to 0.7 by the
    tenant's confidence map today: the model did not change, no retraining task."""
    settings.CLASSIFICATION_DRIFT_MIN_SAMPLES = 20
    _classified(30, "P3", 0.3, hours_ago=48, artifact_confidence=0.3)
    _classified(30, "P3", 0.7, hours_ago=2, artifact_confidence=0.3)
    report = drift_compute()
    assert report.psi_confidence == 0 and not report.drifted
    assert not RetrainingTask.objects.exists()
    _classified(30, "P3", 0.7, hours_ago=2, artifact_confidence=0.9)  # the artifact itself moved
    assert drift_compute().psi_confidence > 0.2


def test_no_drift_report_without_enough_data(in_a):
    assert drift_compute() is None


def test_evaluate_classifier_prints_every_metric_for_the_rules_tier_and_the_router(tmp_path):
    path = tmp_path / "labelled.csv"
    rows = [
        ("ransomware hit our servers, data breach", "crit"),
        ("class action lawsuit filed", "high"),
        ("flight delayed two hours", "med"),
        ("nice weather", "low"),
        ("lol", "low"),
    ]
    with open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["body", "prio"])
        writer.writerows(rows)
    out = io.StringIO()
    call_command(
        "evaluate_classifier",
        file=str(path),
        text_col="body",
        label_col="prio",
        label_map="crit=P0,high=P1,med=P2,low=P3",
        tiers="rules,router",
        stdout=out,
    )
    text = out.getvalue()
    assert "== router (as deployed, no LLM)  (n=5)" in text  # route_batch itself, committed head
    for needle in (
        "== rules  (n=5)",
        "confusion (rows=truth",
        "macro-F1",
        "P0+P1 AP",
        "precision@recall .90",
        "ECE",
    ):
        assert needle in text
    assert "macro-F1 1.000" in text.split("== router")[0]
    # the router row also says what it pages and which tier answered
    router = text.split("== router")[1]
    assert "paged " in router and "P0+P1 recall" in router and "answered by " in router


def _router_row(path, **options) -> dict:
    out = io.StringIO()
    call_command(
        "evaluate_classifier",
        file=str(path),
        text_col="body",
        label_col="prio",
        label_map="crit=P0,low=P3",
        tiers="router",
        json=True,
        stdout=out,
        **options,
    )
    return json.loads(out.getvalue())["router (as deployed, no LLM)"]


def test_evaluate_classifiers_router_row_routes_as_the_tenants_worker_does(in_a, tmp_path):
    from classification.models import LexiconEntry, RulePrecision
    from ingestion.models import WatchTerm

    path = tmp_path / "labelled.csv"
    with open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["body", "prio"])
        writer.writerows(
            [
                ("the vault door jammed again, nobody can open it", "crit"),  # the tenant's own P0 rule
                ("Someone phoned in a bomb threat to Northwind this morning", "crit"),  # names the brand
                ("lovely sunny morning for a walk", "low"),
                ("new savings account rates announced", "low"),
            ]
        )
    # A fresh tenant on the built-in lexicon: neither text is anything to the router.
    fresh = _router_row(path)
    assert fresh["confusion"][0][0] == 0 and fresh["paged_share"] == 0.0

    LexiconEntry.objects.create(category="operational", pattern="vault door jammed", severity="P0", weight=2)
    WatchTerm.objects.create(slug="northwind", name="Northwind")
    tenant = _router_row(path, tenant=in_a.org.schema_name)
    # The tenant's rule is unproven (no figure yet): a hint to the model, never a page by itself.
    # A bomb threat against a watched subject is a physical-safety P0 and pages.
    assert tenant["paged_share"] == 0.25 and tenant["paged_recall"] == 0.5
    assert tenant.get("tiers", {}).get("rules", 0) == 0
    assert sum(v for k, v in tenant["tiers"].items() if k.endswith("/safety")) == 1

    # Once its precision is measured at the floor on both figures, the tenant's rule decides alone.
    RulePrecision.objects.create(
        rule="operational:vault door jammed",
        category="operational",
        severity="P0",
        labelled_n=40,
        labelled_correct=36,
        reviewed_n=12,
        reviewed_correct=11,
    )
    trusted = _router_row(path, tenant=in_a.org.schema_name)
    assert trusted["confusion"][0][0] == 2
    assert trusted["paged_recall"] == 1.0 and trusted["paged_share"] == 0.5
    assert trusted["tiers"]["rules"] == 1  # the rule's answer, not the model's


def test_evaluate_classifiers_router_row_on_the_events_kept_aside_is_route_batch_itself(settings):
    """The held-out figure as deployed: the shared TREC-IS file's kept-aside events, routed by
    `route_batch` with the committed model and labelled rule figures. Skipped without the data."""
    from classification import registry, trust
    from classification.ml import protocol
    from classification.ml.data import ASIDE_EVENTS, load_trec_is

    path = settings.SHARED_DATA_DIR / "trec_is" / "train.csv"
    if not path.exists():
        pytest.skip(f"no labelled data at {path}")
    out = io.StringIO()
    call_command(
        "evaluate_classifier",
        file=str(path),
        text_col="text",
        label_col="priority",
        label_map="Critical=P0,High=P1,Medium=P2,Low=P3",
        p4_if="categories=Irrelevant",
        group_col="event",
        aside=True,
        limit=48,
        tiers="router",
        json=True,
        stdout=out,
    )
    row = json.loads(out.getvalue())["router (as deployed, no LLM)"]

    _, aside = load_trec_is(path).split_aside()
    assert set(aside.groups) == ASIDE_EVENTS
    figures = trust.RuleTrust({r: trust.Figures(n, ok) for r, (n, ok) in trust.load_committed().items()})
    decisions = protocol.route(registry.committed_artifact(), aside.texts[:48], figures)
    assert row["n"] == 48
    assert row["confusion"] == evaluation.confusion_matrix(aside.labels[:48], [d.severity for d in decisions])
    assert row["paged_share"] == sum(d.paged for d in decisions) / 48
