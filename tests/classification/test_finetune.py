"""LoRA fine-tuning of the encoder's top layers: what training measures is what serving runs."""

from __future__ import annotations

import json

import numpy as np
import pytest

from classification.ml import adapter as adapter_file
from classification.ml import finetune, train
from classification.ml.encoder import EncoderSpec, encode
from classification.ml.heads import Calibrator, MLPHead
from classification.tiers import model as model_tier

TEXTS = [
    "the river burst its banks, families on roofs need rescue",
    "power is back in most of downtown",
    "bridge collapsed, cars in the water, send help",
    "thoughts and prayers to everyone tonight",
    "shelter open at the high school gym",
    "great concert last night lol",
    "road closed near the plant after the explosion",
    "watching the news with my family",
] * 4
LABELS = np.array([0, 3, 0, 4, 2, 4, 1, 4] * 4)


@pytest.fixture(scope="module")
def adapter():
    states = finetune.lower_states(TEXTS, split=4)
    cfg = finetune.LoraConfig(split=4, rank=4, epochs=1, batch_size=8, lr=5e-3, aux_weight=0.0, seed=1)
    return states, finetune.train_adapter(states, LABELS, None, np.arange(len(TEXTS)), cfg)


def test_training_moves_the_adapter_and_only_the_top_layers(adapter):
    _, weights = adapter
    layers = {key.split(".", 1)[0] for key in weights if key.endswith(".a")}
    assert layers == {"4", "5"}
    assert max(float(np.abs(v).max()) for k, v in weights.items() if k.endswith(".b")) > 0  # B starts at 0


def test_merging_the_adapter_into_the_weights_equals_the_low_rank_update(adapter):
    import copy

    import torch

    from classification.ml.encoder import FP32, _load

    _, weights = adapter
    _, base = _load(FP32, None)
    merged = copy.deepcopy(base)
    adapter_file.merge_adapter(merged, weights)
    layer = copy.deepcopy(base.encoder.layer[5])
    for path in finetune.TARGETS:  # the training-time form: frozen Linear + B·A, dropout off
        wrapped = finetune._LoraLinear.wrap(
            adapter_file.submodule(layer, path), 4, 16 / 4, 0.0, np.random.default_rng(0)
        )
        wrapped.a.data = torch.tensor(weights[f"5.{path}.a"])
        wrapped.b.data = torch.tensor(weights[f"5.{path}.b"])
        finetune._set(layer, path, wrapped)
    h = torch.randn(2, 7, 384)
    with torch.no_grad():
        out_lora, out_merged = layer(h), merged.encoder.layer[5](h)
    out_lora = out_lora[0] if isinstance(out_lora, tuple) else out_lora
    out_merged = out_merged[0] if isinstance(out_merged, tuple) else out_merged
    torch.testing.assert_close(out_lora, out_merged, atol=1e-4, rtol=1e-4)


def test_served_encoder_with_the_merged_adapter_matches_the_training_path(adapter, tmp_path):
    states, weights = adapter
    digest = adapter_file.save_adapter(tmp_path / "adapter.npz", weights)
    spec = EncoderSpec(quantized=True, adapter=str(tmp_path / "adapter.npz"), adapter_digest=digest)
    served = encode(TEXTS[:8], spec=spec, batch_size=64)
    measured = finetune.embed_states(
        states[:8], finetune.served_top(adapter_file.load_adapter(tmp_path / "adapter.npz"), 4)
    )
    # int8 dynamic quantization scales activations per batch, so the cached-states path (zeros at
    # padding, float16 states) and a full forward agree to cosine ~0.99, like two batchings of
    # the packaged int8 encoder do (0.96 between a batch of 16 and one text at a time)
    assert float((served * measured).sum(1).min()) > 0.97
    plain = encode(TEXTS[:8], spec=EncoderSpec(quantized=True), batch_size=64)
    assert float((served * plain).sum(1).mean()) < 0.999  # the adapter changed the encoder


def test_an_artifact_carries_its_adapter_and_refuses_a_tampered_one(adapter, tmp_path):
    states, weights = adapter
    emb = finetune.embed_states(states, finetune.served_top(weights, 4))
    x = train.features(emb, train.lexicon_features(TEXTS))
    head = MLPHead(hidden=8, epochs=1).fit(x, LABELS)
    train.save_artifact(
        tmp_path,
        head=head,
        calibrator=Calibrator(),
        name="severity_classifier",
        version="0.0.2",
        metrics={},
        routing_threshold=0.5,
        training={},
        encoder_spec=EncoderSpec(quantized=True),
        adapter=weights,
        adapter_split=4,
    )
    meta = json.loads((tmp_path / "meta.json").read_text())
    assert meta["encoder"]["adapter_file"] == "adapter.npz" and meta["encoder"]["quantized"]
    assert (tmp_path / "adapter.npz").stat().st_size < 1024 * 1024
    loaded = model_tier.SeverityModel(tmp_path)
    assert loaded.encoder_spec.adapter.endswith("adapter.npz")
    assert float((loaded.embed(TEXTS[:8]) * emb[:8]).sum(1).min()) > 0.95

    with np.load(tmp_path / "adapter.npz") as arrays:
        changed = {k: arrays[k] for k in arrays.files}
    first = next(k for k in changed if k.endswith(".b"))
    changed[first] = changed[first] + np.float16(0.5)
    np.savez_compressed(tmp_path / "adapter.npz", **changed)
    with pytest.raises(model_tier.ModelUnavailable, match="does not match"):
        model_tier.SeverityModel(tmp_path)
