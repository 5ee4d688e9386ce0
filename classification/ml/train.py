"""Building blocks of the severity model: features, a calibrated head, the artifact on disk.

Features = [sentence embedding (384), lexicon evidence from the rules tier (12)]. A head is trained
on one group split's "fit" events and calibrated (temperature + bias, decision offsets) on its
"calibration" events. The protocol around them (folds, aside events, fine-tuning, the router's
evaluation) is `classification.ml.protocol`.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from classification.ml.data import SEVERITIES, Dataset, group_split
from classification.ml.encoder import FP32, EncoderSpec
from classification.ml.heads import NGRAM_RANGE, Calibrator, EnsembleHead, LinearHead, MLPHead
from classification.tiers.rules import FEATURE_DIM, default_lexicon, feature_vector

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
    extra_fit: np.ndarray | None = None,
):
    """Head on the "fit" events of `idx` (+ `extra_fit` rows, which never calibrate), calibration
    on the rest of its events."""
    fit_idx, cal_idx = group_split(groups, idx, 0.2, seed)
    if extra_fit is not None and len(extra_fit):
        fit_idx = np.concatenate([fit_idx, extra_fit])
    head = HEAD_KINDS[kind](seed=seed, **(head_kwargs or {}))
    if kind == "ensemble":
        assert texts is not None, "the ensemble head reads the texts"
        head.fit(x[fit_idx], y[fit_idx], [texts[i] for i in fit_idx])
    else:
        head.fit(x[fit_idx], y[fit_idx])
    cal = Calibrator().fit(
        head_logits(head, x[cal_idx], [texts[i] for i in cal_idx] if texts else []), y[cal_idx]
    )
    return head, cal


def confidence_map(conf: np.ndarray, correct: np.ndarray) -> tuple[list[float], list[float]]:
    """Isotonic regression of correctness on confidence, as interpolation knots."""
    from sklearn.isotonic import IsotonicRegression

    iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip").fit(conf, correct)
    return [float(v) for v in iso.X_thresholds_], [float(v) for v in iso.y_thresholds_]


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
    adapter: dict | None = None,
    adapter_split: int | None = None,
    hint_precision: float | None = None,
) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    encoder_meta = {**encoder_spec.describe(), "quantized": encoder_spec.quantized}
    if adapter is not None:
        from classification.ml.adapter import save_adapter

        digest = save_adapter(directory / "adapter.npz", adapter)
        encoder_meta.update(
            adapter="LoRA on the top layers, merged into the fp32 weights before quantization",
            adapter_file="adapter.npz",
            adapter_digest=digest,
            adapter_layers=f"{adapter_split}-5",
        )
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
        "features": ["minilm_mean_pooled_384", f"rules_lexicon_{FEATURE_DIM}"]
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
        "encoder": encoder_meta,
        "calibration": calibrator.to_dict(),
        "routing_threshold": routing_threshold,
        "confidence_map": confidence_map,
        "hint_precision": hint_precision,
        "created_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "training": training,
    }
    (directory / "meta.json").write_text(json.dumps(meta, indent=2))
    (directory / "metrics.json").write_text(json.dumps(metrics, indent=2))
    return directory
