"""Model tier: severity from a calibrated head on MiniLM embeddings + lexicon features.

Artifacts are directories holding `head.npz` (numpy arrays), `meta.json` (labels, calibration,
routing threshold, the encoder variant the head was trained on) and `metrics.json`. Each worker
process loads each encoder variant it needs once and keeps the heads it has used in memory, keyed
by artifact path. `torch.set_num_threads(1)` per process: two single-threaded workers scale
better on 2 cores than one worker with two threads.

Which artifact serves a tenant is decided by `classification.registry` (active ModelVersion, else
the head committed in classification/artifacts/).
"""

from __future__ import annotations

import json
import logging
import threading
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from classification.ml.encoder import DIM, EncoderSpec
from classification.ml.heads import Calibrator, head_from_params
from classification.tiers.rules import SEVERITIES, RulesResult, feature_vector

logger = logging.getLogger(__name__)


class ModelUnavailable(RuntimeError):
    """The artifact or the encoder cannot be loaded: the router falls back to rules + review."""


@dataclass
class ModelResult:
    severity: str
    confidence: float
    probs: list[float]
    urgent_score: float
    urgent_flag: bool
    version: str

    def as_opinion(self) -> dict:
        return {
            "severity": self.severity,
            "confidence": round(self.confidence, 4),
            "probs": [round(p, 4) for p in self.probs],
            "urgent_score": round(self.urgent_score, 4),
            "urgent_flag": self.urgent_flag,
            "version": self.version,
        }


class SeverityModel:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            meta = json.loads((self.path / "meta.json").read_text())
            arrays = np.load(self.path / "head.npz")
            params = {k: arrays[k].astype(np.float32) for k in arrays.files}
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as exc:
            # EOFError / BadZipFile: an empty or truncated head.npz (a half-copied deploy)
            raise ModelUnavailable(f"cannot load model artifact at {self.path}: {exc}") from exc
        self.meta = meta
        self.version = f"{meta.get('name', 'severity_classifier')}@{meta.get('version', '0')}"
        text_features = meta.get("text_features") or {}
        if meta.get("head") == "ensemble" and text_features.get("kind") != "hashing":
            # 1.0.0 stored an n-gram vocabulary: its weights would be read against the wrong buckets
            raise ModelUnavailable(
                f"model artifact at {self.path} uses the retired vocabulary TF-IDF format; retrain it"
            )
        try:
            self.head = head_from_params(meta["head"], params)
            if text_features and text_features.get("n_features") != self.head.tfidf.n_features:
                raise ValueError("hashed TF-IDF weights do not match meta.json text_features.n_features")
        except (KeyError, ValueError) as exc:
            raise ModelUnavailable(f"unusable model artifact at {self.path}: {exc}") from exc
        self.encoder_spec = _encoder_spec(meta, self.path)
        mlp = self.head.mlp if self.head.kind == "ensemble" else self.head
        # lexicon features the head was trained on: heads up to 1.2.0 know the first 10 only
        self.lex_dim = int(mlp.params["mean"].shape[0]) - DIM
        self.calibrator = Calibrator.from_dict(meta["calibration"])
        self.routing_threshold = float(meta.get("routing_threshold", 0.5))
        # how often an unproven rule's P0/P1 claim against a calmer answer of this model was right
        self.hint_precision = meta.get("hint_precision")
        cmap = meta.get("confidence_map") or {}
        self.confidence_knots = (np.asarray(cmap["x"]), np.asarray(cmap["y"])) if cmap.get("x") else None

    def predict_features(self, x: np.ndarray, texts: list[str]) -> list[ModelResult]:
        logits = self.head.logits(x, texts) if self.head.kind == "ensemble" else self.head.logits(x)
        pred, conf, probs = self.calibrator.predict(logits)
        if self.confidence_knots is not None:
            # isotonic map fitted on out-of-fold answers: P(answer is right | raw confidence)
            conf = np.interp(conf, *self.confidence_knots)
        out = []
        for i in range(len(pred)):
            urgent = float(probs[i, 0] + probs[i, 1])
            out.append(
                ModelResult(
                    severity=SEVERITIES[int(pred[i])],
                    confidence=float(conf[i]),
                    probs=[float(p) for p in probs[i]],
                    urgent_score=urgent,
                    urgent_flag=urgent >= self.routing_threshold,
                    version=self.version,
                )
            )
        return out

    def embed(self, texts: list[str]) -> np.ndarray:
        """Embeddings from the encoder variant this head was trained on."""
        return embed(texts, spec=self.encoder_spec)

    def predict(
        self, texts: list[str], rules: list[RulesResult], embeddings: np.ndarray | None = None
    ) -> list[ModelResult]:
        if not texts:
            return []
        emb = embeddings if embeddings is not None else self.embed(texts)
        lex = np.array([feature_vector(r)[: self.lex_dim] for r in rules], dtype=np.float32)
        return self.predict_features(np.hstack([emb, lex]).astype(np.float32), texts)


_models: dict[str, SeverityModel] = {}
_lock = threading.Lock()
_threads_set = False


def load(path: Path) -> SeverityModel:
    key = str(Path(path).resolve())
    with _lock:
        model = _models.get(key)
        if model is None:
            model = SeverityModel(Path(path))
            _models[key] = model
        return model


def _encoder_spec(meta: dict, path: Path) -> EncoderSpec:
    """The encoder variant a head was trained on. Artifacts before 1.2.0 name none: fp32. A
    fine-tuned artifact names its adapter file (inside the artifact directory) and its digest."""
    enc = meta["encoder"] if isinstance(meta.get("encoder"), dict) else {}
    quantized = bool(enc.get("quantized"))
    adapter = enc.get("adapter_file") or ""
    if not adapter:
        return EncoderSpec(quantized=quantized)
    from classification.ml.adapter import file_digest

    file = path / adapter
    try:
        digest = file_digest(file)
    except OSError as exc:
        raise ModelUnavailable(f"adapter {file} missing: {exc}") from exc
    if enc.get("adapter_digest") and digest != enc["adapter_digest"]:
        raise ModelUnavailable(f"adapter {file} does not match meta.json (digest {digest})")
    return EncoderSpec(quantized=quantized, adapter=str(file), adapter_digest=digest)


def embed(texts: list[str], *, spec: EncoderSpec) -> np.ndarray:
    """Encoder forward pass for one batch of events (length-sorted batches of 16 inside)."""
    global _threads_set
    from classification.ml import encoder

    try:
        if not _threads_set:
            import torch
            from django.conf import settings

            torch.set_num_threads(int(getattr(settings, "CLASSIFICATION_TORCH_THREADS", 1)))
            _threads_set = True
        return encoder.encode(texts, spec=spec)
    except encoder.EncoderUnavailable as exc:
        raise ModelUnavailable(str(exc)) from exc
    except (OSError, RuntimeError) as exc:
        logger.exception("encoder failed")
        raise ModelUnavailable(f"encoder failed: {exc}") from exc


def clear_cache() -> None:
    with _lock:
        _models.clear()
