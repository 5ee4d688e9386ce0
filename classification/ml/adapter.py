"""The fine-tuned encoder's adapter file (``adapter.npz``): LoRA arrays per adapted Linear of the
top layers, stored as float16, and how serving merges them into the fp32 weights before it
quantizes the encoder. Training lives in classification.ml.finetune; loading in
classification.ml.encoder. Neither is imported here, so both can import this."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np


def submodule(module, path: str):
    """The module at a dotted path inside `module` (e.g. "attention.self.query" of a layer)."""
    for part in path.split("."):
        module = getattr(module, part)
    return module


def merge_adapter(model, adapter: dict[str, np.ndarray]) -> None:
    """W += scale · B·A for every adapted Linear of an fp32 encoder (in place, before quantization)."""
    import torch

    scale = float(np.asarray(adapter["scale"]).ravel()[0])
    with torch.no_grad():
        for key in adapter:
            if not key.endswith(".a"):
                continue
            layer_no, path = key[:-2].split(".", 1)
            linear = submodule(model.encoder.layer[int(layer_no)], path)
            a = torch.tensor(np.asarray(adapter[key], dtype=np.float32))
            b = torch.tensor(np.asarray(adapter[key[:-2] + ".b"], dtype=np.float32))
            linear.weight += scale * (b @ a)


def save_adapter(path: Path, adapter: dict[str, np.ndarray]) -> str:
    """Adapter arrays as float16 (split/scale exact in float32); returns the file's sha256 prefix."""
    arrays = {k: v.astype(np.float32 if v.ndim == 1 else np.float16) for k, v in adapter.items()}
    np.savez_compressed(path, **arrays)  # type: ignore[arg-type]  # mypy checks a **dict against allow_pickle: bool
    return file_digest(path)


def load_adapter(path: Path) -> dict[str, np.ndarray]:
    with np.load(path, allow_pickle=False) as arrays:
        return {k: arrays[k].astype(np.float32) for k in arrays.files}


def file_digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]
