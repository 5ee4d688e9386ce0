"""Evaluation: confusion matrix, per-class P/R/F1, urgent (P0+P1) ranking metrics, calibration, drift.

Pure functions over plain lists/arrays, shared by `train_classifier`, `evaluate_classifier`, the
admin's ground-truth view and the hourly drift sweep.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

import numpy as np

SEVERITIES = ("P0", "P1", "P2", "P3", "P4")
URGENT = ("P0", "P1")


def confusion_matrix(
    y_true: Sequence[str], y_pred: Sequence[str], labels: Sequence[str] = SEVERITIES
) -> list[list[int]]:
    """rows = truth, columns = prediction, in `labels` order."""
    index = {label: i for i, label in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for t, p in zip(y_true, y_pred, strict=True):
        if t in index and p in index:
            matrix[index[t]][index[p]] += 1
    return matrix


def per_class(matrix: list[list[int]], labels: Sequence[str] = SEVERITIES) -> dict[str, dict[str, float]]:
    out = {}
    for i, label in enumerate(labels):
        tp = matrix[i][i]
        fp = sum(matrix[r][i] for r in range(len(labels))) - tp
        fn = sum(matrix[i]) - tp
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        out[label] = {"precision": p, "recall": r, "f1": f1, "support": tp + fn}
    return out


def macro_f1(matrix: list[list[int]], labels: Sequence[str] = SEVERITIES) -> float:
    """Mean F1 over the classes present in the truth (absent classes would only add zeros)."""
    stats = per_class(matrix, labels)
    present = [s["f1"] for s in stats.values() if s["support"] > 0]
    return sum(present) / len(present) if present else 0.0


def accuracy(matrix: list[list[int]]) -> float:
    total = sum(sum(row) for row in matrix)
    return sum(matrix[i][i] for i in range(len(matrix))) / total if total else 0.0


def average_precision(y: Sequence[int], score: Sequence[float]) -> float:
    """Area under the precision-recall curve (step-wise, as scikit-learn computes it)."""
    y_arr = np.asarray(y, dtype=int)
    s = np.asarray(score, dtype=float)
    positives = int(y_arr.sum())
    if positives == 0:
        return 0.0
    order = np.argsort(-s, kind="mergesort")
    y_sorted, s_sorted = y_arr[order], s[order]
    tps = np.cumsum(y_sorted)
    fps = np.cumsum(1 - y_sorted)
    # Only the last index of each run of equal scores is a threshold.
    distinct = np.r_[np.where(np.diff(s_sorted))[0], len(s_sorted) - 1]
    tps, fps = tps[distinct], fps[distinct]
    precision = tps / (tps + fps)
    recall = tps / positives
    prev = np.r_[0.0, recall[:-1]]
    return float(np.sum((recall - prev) * precision))


def precision_at_recall(y: Sequence[int], score: Sequence[float], target: float) -> tuple[float, float]:
    """(precision, threshold) at the highest threshold whose recall reaches `target`."""
    y_arr = np.asarray(y, dtype=int)
    s = np.asarray(score, dtype=float)
    positives = int(y_arr.sum())
    if positives == 0:
        return 0.0, 1.0
    order = np.argsort(-s, kind="mergesort")
    y_sorted, s_sorted = y_arr[order], s[order]
    tps = np.cumsum(y_sorted)
    distinct = np.r_[np.where(np.diff(s_sorted))[0], len(s_sorted) - 1]
    for idx in distinct:
        if tps[idx] / positives >= target:
            return float(tps[idx] / (idx + 1)), float(s_sorted[idx])
    return float(positives / len(y_arr)), float(s_sorted[-1])


def expected_calibration_error(confidence: Sequence[float], correct: Sequence[bool], bins: int = 10) -> float:
    conf = np.asarray(confidence, dtype=float)
    ok = np.asarray(correct, dtype=float)
    if len(conf) == 0:
        return 0.0
    edges = np.linspace(0.0, 1.0, bins + 1)
    ece = 0.0
    for lo, hi in itertools.pairwise(edges):
        mask = (conf > lo) & (conf <= hi) if lo > 0 else (conf >= lo) & (conf <= hi)
        if mask.any():
            ece += mask.mean() * abs(ok[mask].mean() - conf[mask].mean())
    return float(ece)


def report(
    y_true: Sequence[str],
    y_pred: Sequence[str],
    confidence: Sequence[float],
    urgent_score: Sequence[float] | None = None,
    labels: Sequence[str] = SEVERITIES,
) -> dict:
    """Everything `evaluate_classifier` prints, as one JSON-safe dict."""
    matrix = confusion_matrix(y_true, y_pred, labels)
    y_urgent = [1 if t in URGENT else 0 for t in y_true]
    pred_urgent = [1 if p in URGENT else 0 for p in y_pred]
    tp = sum(1 for a, b in zip(y_urgent, pred_urgent, strict=True) if a and b)
    out = {
        "n": len(y_true),
        "labels": list(labels),
        "confusion": matrix,
        "per_class": per_class(matrix, labels),
        "macro_f1": macro_f1(matrix, labels),
        "accuracy": accuracy(matrix),
        "urgent_recall": tp / sum(y_urgent) if sum(y_urgent) else 0.0,
        "urgent_precision": tp / sum(pred_urgent) if sum(pred_urgent) else 0.0,
        "ece": expected_calibration_error(confidence, [a == b for a, b in zip(y_true, y_pred, strict=True)]),
    }
    if urgent_score is not None:
        out["urgent_ap"] = average_precision(y_urgent, urgent_score)
        for target in (0.90, 0.95, 0.98):
            p, thr = precision_at_recall(y_urgent, urgent_score, target)
            out[f"precision_at_recall_{int(target * 100)}"] = p
            out[f"threshold_at_recall_{int(target * 100)}"] = thr
    return out


def format_report(name: str, rep: dict) -> str:
    labels = rep["labels"]
    lines = [f"== {name}  (n={rep['n']})"]
    lines.append("confusion (rows=truth, cols=predicted)")
    lines.append("      " + " ".join(f"{lab:>6}" for lab in labels))
    for label, row in zip(labels, rep["confusion"], strict=True):
        lines.append(f"{label:>6}" + " ".join(f"{v:>6}" for v in row))
    lines.append(f"{'class':>6} {'prec':>6} {'recall':>6} {'f1':>6} {'support':>7}")
    for label in labels:
        s = rep["per_class"][label]
        lines.append(f"{label:>6} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {s['support']:7d}")
    lines.append(f"macro-F1 {rep['macro_f1']:.3f}  accuracy {rep['accuracy']:.3f}  ECE {rep['ece']:.3f}")
    lines.append(f"P0+P1 recall {rep['urgent_recall']:.3f}  precision {rep['urgent_precision']:.3f}")
    if "urgent_ap" in rep:
        lines.append(
            f"P0+P1 AP {rep['urgent_ap']:.3f}  precision@recall .90 {rep['precision_at_recall_90']:.3f}"
            f"  .95 {rep['precision_at_recall_95']:.3f}  .98 {rep['precision_at_recall_98']:.3f}"
            f"  (P0+P1 score ≥ {rep['threshold_at_recall_90']:.4f} for recall .90)"
        )
    if "paged_share" in rep:
        lines.append(
            f"paged {rep['paged_share']:.3f} of events: P0+P1 recall {rep['paged_recall']:.3f}"
            f"  precision {rep['paged_precision']:.3f}"
        )
    if rep.get("tiers"):
        lines.append("answered by " + ", ".join(f"{k} {v}" for k, v in sorted(rep["tiers"].items())))
    return "\n".join(lines)


def psi(reference: Sequence[float], current: Sequence[float], eps: float = 1e-4) -> float:
    """Population stability index between two histograms (counts or shares, same bins)."""
    ref = np.asarray(reference, dtype=float)
    cur = np.asarray(current, dtype=float)
    if ref.sum() <= 0 or cur.sum() <= 0:
        return 0.0
    ref = np.clip(ref / ref.sum(), eps, None)
    cur = np.clip(cur / cur.sum(), eps, None)
    return float(np.sum((cur - ref) * np.log(cur / ref)))


def histogram(values: Sequence[float], bins: int = 10) -> list[int]:
    counts = [0] * bins
    for v in values:
        idx = min(bins - 1, max(0, math.floor(float(v) * bins)))
        counts[idx] += 1
    return counts
