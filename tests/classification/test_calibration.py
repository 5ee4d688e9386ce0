"""Calibration holds on events the model never saw (a small synthetic fixture, not the benchmark).

Five severities, twelve "events" whose feature distributions shift a little from one another
(as TREC-IS events do). The head is trained on some events, calibrated (temperature + bias,
decision offsets) on others, the isotonic confidence map is fitted on held-out answers of the
training events (cross-fitted by event), and the artifact is saved and served by `SeverityModel`:
the confidence it serves on two further events must be calibrated.
"""

from __future__ import annotations

import numpy as np

from classification import evaluation
from classification.ml import train
from classification.ml.data import SEVERITIES, group_split, grouped_folds
from classification.tiers.model import SeverityModel

DIM = 24


def _events(rng, n_events: int, per_event: int):
    centres = rng.normal(0, 1.0, (5, DIM))
    x, y, groups = [], [], []
    for e in range(n_events):
        shift = rng.normal(0, 0.35, DIM)  # each event looks a bit different
        prior = rng.dirichlet(np.full(5, 3.0))
        labels = rng.choice(5, size=per_event, p=prior)
        x.append(centres[labels] + shift + rng.normal(0, 1.6, (per_event, DIM)))
        y.append(labels)
        groups += [f"event{e}"] * per_event
    return np.vstack(x).astype(np.float32), np.concatenate(y), groups


def test_served_confidence_is_calibrated_on_held_out_events(tmp_path):
    rng = np.random.default_rng(7)
    x, y, groups = _events(rng, n_events=12, per_event=400)
    held = np.array([g in ("event10", "event11") for g in groups])
    train_rows = np.where(~held)[0]
    test_rows = np.where(held)[0]

    # out-of-fold answers of the training events → the isotonic map (fitted on held-out answers only)
    conf = np.zeros(len(y))
    pred = np.zeros(len(y), dtype=int)
    train_groups = [groups[i] for i in train_rows]
    for k, fold in enumerate(grouped_folds(train_groups, 4, seed=1)):
        test_k = train_rows[fold]
        fit_k = np.setdiff1d(train_rows, test_k)
        head, cal = train.fit_calibrated(x, y, groups, fit_k, kind="linear", seed=k)
        pred[test_k], conf[test_k], _ = cal.predict(head.logits(x[test_k]))
    knots = train.confidence_map(conf[train_rows], (pred[train_rows] == y[train_rows]).astype(float))

    head, cal = train.fit_calibrated(x, y, groups, train_rows, kind="linear", seed=0)
    train.save_artifact(
        tmp_path,
        head=head,
        calibrator=cal,
        name="severity_classifier",
        version="0.0.1",
        metrics={},
        routing_threshold=0.5,
        training={},
        confidence_map={"x": knots[0], "y": knots[1]},
    )
    served = SeverityModel(tmp_path).predict_features(x[test_rows], [])
    truth = [SEVERITIES[i] for i in y[test_rows]]
    answers = [r.severity for r in served]
    ece = evaluation.expected_calibration_error(
        [r.confidence for r in served], [a == t for a, t in zip(answers, truth, strict=True)]
    )
    assert ece <= 0.05, ece
    # not trivially so: the uncalibrated head on the same events is far off
    raw = head.logits(x[test_rows]) * 5.0
    p = np.exp(raw - raw.max(1, keepdims=True))
    p /= p.sum(1, keepdims=True)
    raw_pred = p.argmax(1)
    raw_ece = evaluation.expected_calibration_error(p.max(1), raw_pred == y[test_rows])
    assert raw_ece > 0.1 and ece < raw_ece / 3, (raw_ece, ece)


def test_group_split_keeps_every_event_on_one_side():
    groups = [f"e{i % 9}" for i in range(900)]
    a, b = group_split(groups, np.arange(900), 0.2, seed=3)
    assert not {groups[i] for i in a} & {groups[i] for i in b}
