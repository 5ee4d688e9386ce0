"""LoRA fine-tuning of MiniLM's top layers, cheap enough for a shared 2-core machine.

The packaged encoder has 6 transformer layers. Only the top ``6 - split`` layers are adapted, with
low-rank adapters (LoRA: W + (alpha/r)·B·A on every Linear of those layers), so:

1. the frozen lower layers run once per text, in the int8 variant served in production, and their
   output (token states after layer ``split``) is kept in memory — every epoch and every fold
   reuses it;
2. training runs forward/backward through the top layers only, in fp32, with a severity head
   (class-weighted cross-entropy) and an auxiliary head for the TREC-IS information types
   (multi-label BCE), on the same mean-pooled, L2-normalised embedding the serving heads see;
3. the adapter is a few float arrays (``adapter.npz``, ≈ 0.2 MB at rank 8): serving merges it into
   the fp32 weights, then quantizes the whole encoder to int8 exactly as before, so throughput does
   not change. ``embed_states`` reproduces that serving path on the cached lower states.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from classification.ml.adapter import merge_adapter, submodule

# Every Linear of a BERT layer, by its path inside the layer.
TARGETS = (
    "attention.self.query",
    "attention.self.key",
    "attention.self.value",
    "attention.output.dense",
    "intermediate.dense",
    "output.dense",
)


@dataclass(frozen=True)
class LoraConfig:
    split: int = 4  # layers [split, 6) are adapted
    rank: int = 8
    alpha: float = 16.0
    dropout: float = 0.1
    epochs: int = 2
    lr: float = 5e-4
    batch_size: int = 32
    aux_weight: float = 0.3
    class_weight_power: float = 0.5
    seed: int = 0

    @property
    def scale(self) -> float:
        return self.alpha / self.rank


def lower_states(texts: list[str], *, split: int, progress: Callable[[int], None] | None = None) -> list:
    """Token states after layer ``split`` of the int8 encoder, one float16 array (tokens × 384) per text."""
    import torch

    from classification.ml.encoder import MAX_LENGTH, EncoderSpec, _load

    tokenizer, model = _load(EncoderSpec(quantized=True), None)
    texts = [t if t.strip() else "." for t in texts]
    ids = tokenizer(texts, truncation=True, max_length=MAX_LENGTH)["input_ids"]
    order = sorted(range(len(texts)), key=lambda i: len(ids[i]))
    out: list = [None] * len(texts)
    with torch.inference_mode():
        for start in range(0, len(order), 32):
            idx = order[start : start + 32]
            batch = tokenizer.pad({"input_ids": [ids[i] for i in idx]}, return_tensors="pt")
            hidden = model(
                input_ids=batch["input_ids"],
                attention_mask=batch["attention_mask"],
                output_hidden_states=True,
            ).hidden_states[split]
            for row, i in enumerate(idx):
                n = len(ids[i])
                out[i] = hidden[row, :n].to(torch.float16).numpy()
            if progress:
                progress(len(idx))
    return out


class _LoraLinear:
    """Factory for a torch module: frozen base Linear + trainable low-rank update."""

    @staticmethod
    def wrap(base, rank: int, scale: float, dropout: float, rng):
        import torch

        class LoraLinear(torch.nn.Module):
            def __init__(self) -> None:
                super().__init__()
                self.base = base
                for p in self.base.parameters():
                    p.requires_grad_(False)
                init = rng.normal(0, 1 / np.sqrt(base.in_features), (rank, base.in_features))
                self.a = torch.nn.Parameter(torch.tensor(init, dtype=torch.float32))
                self.b = torch.nn.Parameter(torch.zeros(base.out_features, rank))
                self.scale = scale
                self.drop = torch.nn.Dropout(dropout)

            def forward(self, x):
                return self.base(x) + (self.drop(x) @ self.a.T @ self.b.T) * self.scale

        return LoraLinear()


def _set(module, path: str, value) -> None:
    *parents, last = path.split(".")
    for part in parents:
        module = getattr(module, part)
    setattr(module, last, value)


def top_layers(split: int):
    """Fresh fp32 copies of the encoder's layers [split, 6), eager attention (additive masks)."""
    from classification.ml.encoder import FP32, _load

    _, model = _load(FP32, None)
    layers = [copy.deepcopy(layer) for layer in model.encoder.layer[split:]]
    for layer in layers:
        layer.attention.self.config._attn_implementation = "eager"
        layer.eval()
    return layers


def _pool(layers, states: list, idx: list[int]):
    """Pad a batch of cached states, run the top layers, mean-pool and L2-normalise."""
    import torch

    n = max(states[i].shape[0] for i in idx)
    h = torch.zeros(len(idx), n, states[idx[0]].shape[1])
    mask = torch.zeros(len(idx), n)
    for row, i in enumerate(idx):
        k = states[i].shape[0]
        h[row, :k] = torch.from_numpy(states[i].astype(np.float32))
        mask[row, :k] = 1.0
    additive = (1.0 - mask)[:, None, None, :] * -1e9
    for layer in layers:
        out = layer(h, attention_mask=additive)
        h = out[0] if isinstance(out, tuple) else out
    m = mask.unsqueeze(-1)
    pooled = (h * m).sum(1) / m.sum(1).clamp(min=1e-9)
    return torch.nn.functional.normalize(pooled, p=2, dim=1)


def _batches(states: list, idx: np.ndarray, size: int, rng) -> list[list[int]]:
    """Batches of similar length (little padding), in random order."""
    by_len = sorted(idx.tolist(), key=lambda i: states[i].shape[0] + rng.random())
    batches = [by_len[s : s + size] for s in range(0, len(by_len), size)]
    rng.shuffle(batches)
    return batches


def train_adapter(
    states: list,
    y: np.ndarray,
    aux: np.ndarray | None,
    idx: np.ndarray,
    cfg: LoraConfig,
    log: Callable[[str], None] | None = None,
) -> dict[str, np.ndarray]:
    """Train LoRA adapters (and throw-away heads) on rows ``idx``; returns the adapter arrays."""
    import torch

    torch.manual_seed(cfg.seed)
    rng = np.random.default_rng(cfg.seed)
    layers = top_layers(cfg.split)
    params = []
    for layer in layers:
        for path in TARGETS:
            wrapped = _LoraLinear.wrap(submodule(layer, path), cfg.rank, cfg.scale, cfg.dropout, rng)
            _set(layer, path, wrapped)
            params += [wrapped.a, wrapped.b]
        layer.train()
    dim = states[idx[0]].shape[1]
    sev_head = torch.nn.Linear(dim, 5)
    heads = [sev_head]
    aux_head = None
    if aux is not None and cfg.aux_weight > 0:
        aux_head = torch.nn.Linear(dim, aux.shape[1])
        heads.append(aux_head)
    counts = np.bincount(y[idx], minlength=5).astype(float)
    weights = (counts.sum() / np.maximum(counts, 1)) ** cfg.class_weight_power
    weights = weights / weights[counts > 0].mean()
    ce = torch.nn.CrossEntropyLoss(weight=torch.tensor(weights, dtype=torch.float32))
    bce = torch.nn.BCEWithLogitsLoss()
    opt = torch.optim.AdamW(
        [
            {"params": params, "lr": cfg.lr},
            {"params": [p for h in heads for p in h.parameters()], "lr": 3e-3},
        ],
        weight_decay=0.01,
    )
    n_steps = cfg.epochs * ((len(idx) + cfg.batch_size - 1) // cfg.batch_size)
    sched = torch.optim.lr_scheduler.OneCycleLR(
        opt, max_lr=[cfg.lr, 3e-3], total_steps=n_steps, pct_start=0.1
    )
    yt = torch.tensor(y, dtype=torch.long)
    at = torch.tensor(aux, dtype=torch.float32) if aux_head is not None else None
    started = time.monotonic()
    for epoch in range(cfg.epochs):
        total = 0.0
        for batch in _batches(states, idx, cfg.batch_size, rng):
            emb = _pool(layers, states, batch) * 20.0  # normalised embeddings need a scale for logits
            loss = ce(sev_head(emb), yt[batch])
            if aux_head is not None:
                assert at is not None  # built whenever there is an aux head
                loss = loss + cfg.aux_weight * bce(aux_head(emb), at[batch])
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += float(loss.detach()) * len(batch)
        if log:
            log(
                f"epoch {epoch + 1}/{cfg.epochs}: loss {total / len(idx):.4f} ({time.monotonic() - started:.0f} s)"
            )
    adapter: dict[str, np.ndarray] = {
        "scale": np.array([cfg.scale], dtype=np.float32),
        "split": np.array([cfg.split], dtype=np.float32),
    }
    for k, layer in enumerate(layers):
        for path in TARGETS:
            mod = submodule(layer, path)
            adapter[f"{cfg.split + k}.{path}.a"] = mod.a.detach().numpy().copy()
            adapter[f"{cfg.split + k}.{path}.b"] = mod.b.detach().numpy().copy()
    return adapter


def served_top(adapter: dict[str, np.ndarray] | None, split: int):
    """The top layers as serving runs them: adapter merged into fp32 weights, then int8 dynamic."""
    import warnings

    import torch

    from classification.ml.encoder import FP32, _load

    _, base = _load(FP32, None)
    model = copy.deepcopy(base)
    if adapter is not None:
        merge_adapter(model, adapter)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
    layers = list(model.encoder.layer[split:])
    for layer in layers:
        layer.attention.self.config._attn_implementation = "eager"
        layer.eval()
    return layers


def embed_states(states: list, layers) -> np.ndarray:
    """Embeddings of every text from cached lower states through the given top layers."""
    import torch

    out = np.zeros((len(states), states[0].shape[1]), dtype=np.float32)
    order = sorted(range(len(states)), key=lambda i: states[i].shape[0])
    with torch.inference_mode():
        for start in range(0, len(order), 64):
            idx = order[start : start + 64]
            out[idx] = _pool(layers, states, idx).numpy()
    return out
