"""Training and event-grouped evaluation of the severity head.

1. Encode every text once with the frozen MiniLM encoder (cached on disk by data fingerprint).
2. Features = [embedding (384), lexicon evidence from the rules tier (10)].
3. For each of k event-grouped folds: split the training events again by event into fit/calibration,
   train the head on "fit", calibrate on "calibration" (temperature + bias, decision offsets),
   predict the held-out events. The pooled out-of-fold predictions give the reported metrics,
   including the P0+P1 routing threshold at the target recall.
4. The final artifact is trained the same way on all events (one calibration split of events).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from classification import evaluation
from classification.ml.data import SEVERITIES, Dataset, group_split, grouped_folds
from classification.ml.encoder import FP32, EncoderSpec
from classification.ml.heads import NGRAM_RANGE, Calibrator, EnsembleHead, LinearHead, MLPHead
from classification.tiers.rules import default_lexicon, feature_vector

HEAD_KINDS = {"mlp": MLPHead, "linear": LinearHead, "ensemble": EnsembleHead}


def head_logits(head, x: np.ndarray, texts: list[str]) -> np.ndarray:
    return head.logits(x, texts) if head.kind == "ensemble" else head.logits(x)


def embed_dataset(
    ds: Dataset,
    cache_dir: Path | None,
    progress: Callable[[int], None] | None = None,
    spec: EncoderSpec = FP32,
) -> np.ndarray:
    from classification.ml.encoder import encode

    cache = cache_dir / f"emb-{spec.key}-{ds.fingerprint()}.npy" if cache_dir else None
    if cache and cache.exists():
        return np.load(cache)
    chunks = []
    for start in range(0, len(ds.texts), 512):
        chunks.append(encode(ds.texts[start : start + 512], spec=spec))
        if progress:
            progress(len(chunks[-1]))
    emb = np.concatenate(chunks) if chunks else np.zeros((0, 384), dtype=np.float32)
    if cache:
        cache.parent.mkdir(parents=True, exist_ok=True)
        np.save(cache, emb)
    return emb


def lexicon_features(texts: list[str]) -> np.ndarray:
    lex = default_lexicon()
    return np.array([feature_vector(lex.classify(t)) for t in texts], dtype=np.float32)


def features(emb: np.ndarray, lex: np.ndarray) -> np.ndarray:
    return np.hstack([emb, lex]).astype(np.float32)


def fit_calibrated(
    x: np.ndarray,
    y: np.ndarray,
    groups: list[str],
    idx: np.ndarray,
    *,
    kind: str,
    seed: int,
    head_kwargs: dict | None = None,
    texts: list[str] | None = None,
):
    fit_idx, cal_idx = group_split(groups, idx, 0.2, seed)
    head = HEAD_KINDS[kind](seed=seed, **(head_kwargs or {}))
    if kind == "ensemble":
        head.fit(x[fit_idx], y[fit_idx], [texts[i] for i in fit_idx])
    else:
        head.fit(x[fit_idx], y[fit_idx])
    cal = Calibrator().fit(
        head_logits(head, x[cal_idx], [texts[i] for i in cal_idx] if texts else []), y[cal_idx]
    )
    return head, cal


def cross_validate(
    x: np.ndarray, ds: Dataset, *, kind: str, folds: int, seed: int, head_kwargs: dict | None = None
) -> dict:
    """Out-of-fold predictions pooled over event-grouped folds, plus per-fold reports."""
    y = ds.y
    n = len(y)
    pred = np.zeros(n, dtype=int)
    conf = np.zeros(n)
    urgent = np.zeros(n)
    per_fold = []
    fold_list = grouped_folds(ds.groups, folds, seed)
    for k, test_idx in enumerate(fold_list):
        train_idx = np.setdiff1d(np.arange(n), test_idx)
        head, cal = fit_calibrated(
            x, y, ds.groups, train_idx, kind=kind, seed=seed + k, head_kwargs=head_kwargs, texts=ds.texts
        )
        p_cls, p_conf, probs = cal.predict(head_logits(head, x[test_idx], [ds.texts[i] for i in test_idx]))
        pred[test_idx], conf[test_idx] = p_cls, p_conf
        urgent[test_idx] = probs[:, 0] + probs[:, 1]
        per_fold.append(_report(y[test_idx], p_cls, p_conf, urgent[test_idx]))
    pooled = _report(y, pred, conf, urgent)
    # Second-stage confidence map (isotonic on pooled out-of-fold answers), scored cross-fitted:
    # the map used for fold k is fitted on the other folds' answers only.
    correct = (pred == y).astype(float)
    remapped = np.zeros(n)
    for test_idx in fold_list:
        rest = np.setdiff1d(np.arange(n), test_idx)
        xs, ys = confidence_map(conf[rest], correct[rest])
        remapped[test_idx] = np.interp(conf[test_idx], xs, ys)
    fold_ece = [evaluation.expected_calibration_error(remapped[t], correct[t]) for t in fold_list]
    mean = _mean_of(per_fold)
    mean["ece_remapped"] = float(np.mean(fold_ece))
    xs, ys = confidence_map(conf, correct)
    return {"pooled": pooled, "folds": per_fold, "fold_mean": mean, "confidence_map": {"x": xs, "y": ys}}


def confidence_map(conf: np.ndarray, correct: np.ndarray) -> tuple[list[float], list[float]]:
    """Isotonic regression of correctness on confidence, as interpolation knots."""
    from sklearn.isotonic import IsotonicRegression

    iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip").fit(conf, correct)
    return [float(v) for v in iso.X_thresholds_], [float(v) for v in iso.y_thresholds_]


def _report(y: np.ndarray, pred: np.ndarray, conf: np.ndarray, urgent: np.ndarray) -> dict:
    return evaluation.report(
        [SEVERITIES[i] for i in y], [SEVERITIES[i] for i in pred], list(conf), list(urgent)
    )


def _mean_of(reports: list[dict]) -> dict:
    keys = (
        "macro_f1",
        "accuracy",
        "urgent_ap",
        "urgent_recall",
        "urgent_precision",
        "ece",
        "precision_at_recall_90",
    )
    return {k: float(np.mean([r[k] for r in reports])) for k in keys}


def baseline_tfidf(ds: Dataset, *, folds: int, seed: int) -> dict:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    y = ds.y
    per_fold = []
    for test_idx in grouped_folds(ds.groups, folds, seed):
        train_idx = np.setdiff1d(np.arange(len(y)), test_idx)
        vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=50000)
        xtr = vec.fit_transform([ds.texts[i] for i in train_idx])
        clf = LogisticRegression(max_iter=2000, class_weight="balanced", C=1.0).fit(xtr, y[train_idx])
        probs = _full_probs(clf, vec.transform([ds.texts[i] for i in test_idx]))
        pred = probs.argmax(1)
        per_fold.append(_report(y[test_idx], pred, probs.max(1), probs[:, 0] + probs[:, 1]))
    return {"fold_mean": _mean_of(per_fold), "folds": per_fold}


def baseline_embedding_lr(emb: np.ndarray, ds: Dataset, *, folds: int, seed: int) -> dict:
    from sklearn.linear_model import LogisticRegression

    y = ds.y
    per_fold = []
    for test_idx in grouped_folds(ds.groups, folds, seed):
        train_idx = np.setdiff1d(np.arange(len(y)), test_idx)
        clf = LogisticRegression(max_iter=2000, class_weight="balanced").fit(emb[train_idx], y[train_idx])
        probs = _full_probs(clf, emb[test_idx])
        per_fold.append(_report(y[test_idx], probs.argmax(1), probs.max(1), probs[:, 0] + probs[:, 1]))
    return {"fold_mean": _mean_of(per_fold), "folds": per_fold}


def baseline_lexicon(ds: Dataset, *, folds: int, seed: int) -> dict:
    lex = default_lexicon()
    results = [lex.classify(t) for t in ds.texts]
    pred = np.array([SEVERITIES.index(r.severity) for r in results])
    conf = np.array([r.confidence for r in results])
    urgent = np.array([r.confidence if r.severity in ("P0", "P1") else 1 - r.confidence for r in results])
    y = ds.y
    per_fold = [_report(y[t], pred[t], conf[t], urgent[t]) for t in grouped_folds(ds.groups, folds, seed)]
    return {"fold_mean": _mean_of(per_fold), "folds": per_fold}


def _full_probs(clf, x) -> np.ndarray:
    out = np.zeros((x.shape[0], len(SEVERITIES)))
    out[:, clf.classes_] = clf.predict_proba(x)
    return out


def train_final(x: np.ndarray, ds: Dataset, *, kind: str, seed: int, head_kwargs: dict | None = None):
    return fit_calibrated(
        x,
        ds.y,
        ds.groups,
        np.arange(len(ds.y)),
        kind=kind,
        seed=seed,
        head_kwargs=head_kwargs,
        texts=ds.texts,
    )


def save_artifact(
    directory: Path,
    *,
    head,
    calibrator: Calibrator,
    name: str,
    version: str,
    metrics: dict,
    routing_threshold: float,
    training: dict,
    confidence_map: dict | None = None,
    encoder_spec: EncoderSpec = FP32,
) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    params = (
        dict(head.params)
        if head.kind != "ensemble"
        else {
            **{f"mlp_{k}": v for k, v in head.mlp.params.items()},
            **{f"tfidf_{k}": v for k, v in head.tfidf.params.items()},
        }
    )
    arrays = {k: v.astype(np.float16) if v.ndim == 2 else v.astype(np.float32) for k, v in params.items()}
    np.savez_compressed(directory / "head.npz", **arrays)
    stale = directory / "vocabulary.txt"  # older artifacts stored n-grams from the data: never again
    if stale.exists():
        stale.unlink()
    meta = {
        "name": name,
        "version": version,
        "head": head.kind,
        "labels": list(SEVERITIES),
        "features": ["minilm_mean_pooled_384", "rules_lexicon_10"]
        + (["hashed_tfidf_word_1_2gram"] if head.kind == "ensemble" else []),
        **(
            {
                "text_features": {
                    "kind": "hashing",
                    "hasher": "sklearn HashingVectorizer (murmurhash3, alternate_sign=False, lowercase)",
                    "n_features": head.tfidf.n_features,
                    "ngram_range": list(NGRAM_RANGE),
                    "sublinear_tf": True,
                    "min_df": 2,
                    "max_features": head.tfidf.max_features,
                    "kept_buckets": int((head.tfidf.params["idf"] > 0).sum()),
                }
            }
            if head.kind == "ensemble"
            else {}
        ),
        "encoder": {
            **encoder_spec.describe(),
            "quantized": encoder_spec.quantized,
        },
        "calibration": calibrator.to_dict(),
        "routing_threshold": routing_threshold,
        "confidence_map": confidence_map,
        "created_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "training": training,
    }
    (directory / "meta.json").write_text(json.dumps(meta, indent=2))
    (directory / "metrics.json").write_text(json.dumps(metrics, indent=2))
    return directory
