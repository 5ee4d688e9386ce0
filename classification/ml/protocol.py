"""The training protocol and the event-grouped evaluation of the router *as deployed*.

1. Development events only: the events kept aside (`data.ASIDE_EVENTS`) are never trained,
   calibrated, tuned or measured on; the final artifact is scored on them once, separately.
2. k event-grouped folds of the development events. Per fold, on the training events only:
   the training events are split again by event into fit/calibration; the encoder adapter (with
   `--finetune`) and the head are trained on "fit", temperature/bias and decision offsets on
   "calibration"; the rules' precision is measured on all training events.
3. Out-of-fold model answers give the isotonic confidence map (fitted for fold k on the other
   folds' answers only) and the P0+P1 routing threshold.
4. Each fold's artifact is written to disk and loaded by the serving code; `router.route_batch`
   (no LLM, no reviewed figures: a fresh tenant) answers the held-out events exactly as a worker
   would — this is the "router" row. "model" is the same artifact on every event, rules ignored.
5. The final artifact is trained the same way on all development events (+ reviewed events with
   `--include-reviews`), with the confidence map of the pooled out-of-fold answers.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from classification import evaluation, trust
from classification.ml import finetune, train
from classification.ml.data import SEVERITIES, Dataset, group_split, grouped_folds
from classification.ml.encoder import EncoderSpec
from classification.ml.heads import Calibrator
from classification.tiers.rules import Lexicon

URGENT = ("P0", "P1")
Log = Callable[[str], None]


@dataclass
class Setup:
    kind: str = "ensemble"
    head_kwargs: dict = field(default_factory=lambda: {"hidden": 128, "epochs": 12})
    lora: finetune.LoraConfig | None = None  # None: the frozen int8 encoder
    seed: int = 13
    folds: int = 5
    recall_target: float = 0.90


@dataclass
class Inputs:
    """What the heads see: lexicon features, and either frozen embeddings or cached lower states."""

    ds: Dataset
    lex: np.ndarray
    emb: np.ndarray | None = None
    states: list | None = None
    aux: np.ndarray | None = None  # TREC-IS information types, multi-hot (auxiliary task)
    extra_train: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=int))  # always trained on


@dataclass
class Fitted:
    head: Any  # one of train.HEAD_KINDS
    calibrator: Calibrator
    adapter: dict | None
    emb: np.ndarray  # embeddings of every row through this fit's (possibly adapted) encoder


def types_matrix(types: list[str]) -> tuple[np.ndarray, list[str]]:
    names = sorted({t for row in types for t in row.split("|") if t})
    index = {t: k for k, t in enumerate(names)}
    out = np.zeros((len(types), len(names)), dtype=np.float32)
    for i, row in enumerate(types):
        for t in row.split("|"):
            if t in index:
                out[i, index[t]] = 1.0
    return out, names


def fit(inputs: Inputs, idx: np.ndarray, setup: Setup, *, seed: int, log: Log | None = None) -> Fitted:
    """Adapter (optional) on the fit split of `idx`, head on it, calibration on the rest. Extra
    training rows (brand posts, reviewed events) only ever join the fit split."""
    ds = inputs.ds
    extra = np.intersect1d(idx, inputs.extra_train)
    idx = np.setdiff1d(idx, inputs.extra_train)  # labelled events: split into fit / calibration
    adapter = None
    if setup.lora is not None:
        assert inputs.states is not None  # a LoRA setup comes with the cached lower states
        fit_idx, _ = group_split(ds.groups, idx, 0.2, seed)
        fit_idx = np.concatenate([fit_idx, extra])
        cfg = finetune.LoraConfig(**{**setup.lora.__dict__, "seed": seed})
        adapter = finetune.train_adapter(inputs.states, ds.y, inputs.aux, fit_idx, cfg, log=log)
        emb = finetune.embed_states(inputs.states, finetune.served_top(adapter, cfg.split))
    else:
        assert inputs.emb is not None  # frozen embeddings otherwise
        emb = inputs.emb
    x = train.features(emb, inputs.lex)
    head, calibrator = train.fit_calibrated(
        x,
        ds.y,
        ds.groups,
        idx,
        kind=setup.kind,
        seed=seed,
        head_kwargs=setup.head_kwargs,
        texts=ds.texts,
        extra_fit=extra,
    )
    return Fitted(head, calibrator, adapter, emb)


def model_answers(
    fitted: Fitted, inputs: Inputs, idx: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(predicted class, raw confidence, calibrated probabilities) of the head on rows `idx`."""
    x = train.features(fitted.emb[idx], inputs.lex[idx])
    texts = [inputs.ds.texts[i] for i in idx]
    return fitted.calibrator.predict(train.head_logits(fitted.head, x, texts))


def save(fitted: Fitted, directory: Path, *, version: str, setup: Setup, **kwargs) -> Path:
    spec = EncoderSpec(quantized=True)
    return train.save_artifact(
        directory,
        head=fitted.head,
        calibrator=fitted.calibrator,
        name="severity_classifier",
        version=version,
        encoder_spec=spec,
        adapter=fitted.adapter,
        adapter_split=setup.lora.split if setup.lora else None,
        **kwargs,
    )


def measured_trust(ds: Dataset, idx) -> trust.RuleTrust:
    """Labelled figures measured on rows `idx` only (a fresh tenant: no reviewed figures)."""
    from classification.tiers.rules import default_lexicon

    lexicon = default_lexicon()
    counts = trust.measure((lexicon.classify(ds.texts[i]) for i in idx), [ds.labels[i] for i in idx])
    return trust.RuleTrust({rule: trust.Figures(n, ok) for rule, (n, ok) in counts.items()})


def route(
    artifact: Path | None,
    texts: list[str],
    rule_trust: trust.RuleTrust,
    *,
    lexicon: Lexicon | None = None,
    about_org: list[bool] | None = None,
) -> list:
    """The deployed router over `texts` with the artifact at `artifact` (no LLM), in the worker's
    chunks of 256: `lexicon` is the tenant's (default: the built-in one), `about_org[i]` whether
    text i names one of the tenant's watched subjects (ingestion's `Event.subjects`). No artifact:
    the router as a worker runs it without a model (rules answers, flagged for review)."""
    from classification.router import CHUNK, RouterInput, ServingModels, route_batch
    from classification.tiers import model as model_tier
    from classification.tiers.rules import default_lexicon

    serving = (
        ServingModels(model_tier.SeverityModel(artifact))
        if artifact is not None
        else ServingModels(None, unavailable="no model artifact")
    )
    lexicon = lexicon or default_lexicon()
    out = []
    for start in range(0, len(texts), CHUNK):
        chunk = texts[start : start + CHUNK]
        items = [
            RouterInput(start + k, t, about_org=bool(about_org and about_org[start + k]))
            for k, t in enumerate(chunk)
        ]
        out += route_batch(items, lexicon=lexicon, trust=rule_trust, serving=serving, use_llm=False)
    return out


def report(truth: list[str], pred: list[str], conf: list[float], urgent: list[float]) -> dict:
    rep = evaluation.report(truth, pred, conf, urgent)
    flagged = np.asarray(urgent) >= rep["threshold_at_recall_90"]
    rep["flagged_share_at_recall_90"] = float(flagged.mean()) if len(flagged) else 0.0
    return rep


KEYS = (
    "macro_f1",
    "urgent_ap",
    "ece",
    "accuracy",
    "urgent_recall",
    "urgent_precision",
    "precision_at_recall_90",
    "threshold_at_recall_90",
    "flagged_share_at_recall_90",
    "paged_share",
    "paged_recall",
    "paged_precision",
)


def summary(reports: list[dict]) -> dict:
    """Mean and spread (population std) over folds."""
    return {
        k: {"mean": float(np.mean([r[k] for r in reports])), "std": float(np.std([r[k] for r in reports]))}
        for k in KEYS
        if all(k in r for r in reports)
    }


def cross_validate(inputs: Inputs, setup: Setup, *, workdir: Path, log: Log) -> dict:
    """Per-fold reports of router (as deployed), model tier alone, lexicon, TF-IDF, plus the
    pooled out-of-fold answers the final artifact's confidence map and threshold come from."""
    ds = inputs.ds
    y = ds.y
    n = len(y)
    dev_rows = np.setdiff1d(np.arange(n), inputs.extra_train)
    folds = [dev_rows[f] for f in grouped_folds([ds.groups[i] for i in dev_rows], setup.folds, setup.seed)]
    pred, conf, urgent = np.zeros(n, dtype=int), np.zeros(n), np.zeros(n)
    fitted_folds: list[Fitted] = []
    started = time.monotonic()
    for k, test in enumerate(folds):
        train_idx = np.setdiff1d(np.arange(n), test)

        def fold_log(m: str, k: int = k) -> None:
            log(f"fold {k}: {m}")

        fitted = fit(inputs, train_idx, setup, seed=setup.seed + k, log=fold_log)
        p_cls, p_conf, probs = model_answers(fitted, inputs, test)
        pred[test], conf[test], urgent[test] = p_cls, p_conf, probs[:, 0] + probs[:, 1]
        fitted_folds.append(fitted)
        log(f"fold {k}: trained ({time.monotonic() - started:.0f} s)")
    correct = (pred == y).astype(float)
    pooled_urgent = (y <= 1).astype(int)
    dev_all = np.concatenate(folds)
    _, threshold = evaluation.precision_at_recall(
        pooled_urgent[dev_all], urgent[dev_all], setup.recall_target
    )

    from classification.tiers.rules import default_lexicon

    lexicon = default_lexicon()
    rules = [lexicon.classify(t) for t in ds.texts]
    rows: dict[str, list[dict]] = {"router": [], "model": [], "lexicon": [], "tfidf_lr": []}
    pooled_truth: list[str] = []
    pooled_decisions: list = []
    for k, test in enumerate(folds):
        rest = np.setdiff1d(dev_all, test)
        # the references and the rule figures see the labelled events only (no extra rows)
        fold_trust = measured_trust(ds, rest)
        knots = train.confidence_map(conf[rest], correct[rest])
        _, fold_threshold = evaluation.precision_at_recall(
            pooled_urgent[rest], urgent[rest], setup.recall_target
        )
        directory = save(
            fitted_folds[k],
            workdir / f"fold{k}",
            version=f"0.0.{k}",
            setup=setup,
            metrics={},
            routing_threshold=float(fold_threshold),
            training={"fold": k},
            confidence_map={"x": knots[0], "y": knots[1]},
            hint_precision=hint_precision(rules, ds.labels, pred, rest, fold_trust),
        )
        texts = [ds.texts[i] for i in test]
        truth = [ds.labels[i] for i in test]
        decisions = route(directory, texts, fold_trust)
        rows["router"].append(decisions_report(truth, decisions))
        pooled_truth += truth
        pooled_decisions += decisions
        mapped = np.interp(conf[test], *knots)
        rows["model"].append(
            report(truth, [SEVERITIES[i] for i in pred[test]], list(mapped), list(urgent[test]))
        )
        rows["lexicon"].append(_lexicon_report(texts, truth))
        rows["tfidf_lr"].append(_tfidf_report(ds, rest, test))
        log(
            f"fold {k}: router F1 {rows['router'][-1]['macro_f1']:.3f} AP {rows['router'][-1]['urgent_ap']:.3f} "
            f"ECE {rows['router'][-1]['ece']:.3f} | model F1 {rows['model'][-1]['macro_f1']:.3f} "
            f"AP {rows['model'][-1]['urgent_ap']:.3f} | TF-IDF F1 {rows['tfidf_lr'][-1]['macro_f1']:.3f} "
            f"AP {rows['tfidf_lr'][-1]['urgent_ap']:.3f} ({time.monotonic() - started:.0f} s)"
        )
    knots = train.confidence_map(conf[dev_all], correct[dev_all])
    pooled = decisions_report(pooled_truth, pooled_decisions)
    return {
        "folds": {name: reps for name, reps in rows.items()},
        "summary": {name: summary(reps) for name, reps in rows.items()},
        "router_pooled": pooled,
        "fold_sizes": [len(f) for f in folds],
        "confidence_map": {"x": knots[0], "y": knots[1]},
        "routing_threshold": float(threshold),
        "hint_precision": hint_precision(rules, ds.labels, pred, dev_all, measured_trust(ds, dev_all)),
    }


def hint_precision(
    rules: list, labels: list[str], pred: np.ndarray, rows, rule_trust: trust.RuleTrust
) -> float | None:
    """How often an unproven rule's P0/P1 claim against a calmer model answer was right, on
    held-out answers (None: < 20 seen). Recorded in `meta.json` as a figure of the artifact: the
    router no longer answers with such a claim (it is a hint and a review reason, the model's
    answer stands), so nothing serves this number as a confidence."""
    hits = [
        i
        for i in rows
        if rules[i].keywords
        and rules[i].severity in URGENT
        and SEVERITIES[pred[i]] not in URGENT
        and rule_trust.status(rules[i].deciding_rule) == trust.UNPROVEN
    ]
    if len(hits) < 20:
        return None
    return float(np.mean([rules[i].severity == labels[i] for i in hits]))


def decisions_report(truth: list[str], decisions: list) -> dict:
    """The router's final answers: severity, calibrated confidence, P0+P1 score, pages, tiers."""
    rep = report(
        truth,
        [d.severity for d in decisions],
        [d.confidence for d in decisions],
        [d.urgent_score for d in decisions],
    )
    paged = np.array([d.paged for d in decisions])
    urgent = np.array([t in URGENT for t in truth])
    rep["paged_share"] = float(paged.mean())
    rep["paged_recall"] = float((paged & urgent).sum() / max(urgent.sum(), 1))
    rep["paged_precision"] = float((paged & urgent).sum() / max(paged.sum(), 1))
    rep["tiers"] = _tier_mix(decisions)
    return rep


def _tier_mix(decisions) -> dict[str, int]:
    mix: dict[str, int] = {}
    for d in decisions:
        key = d.tier + ("/safety" if d.category == "safety" else "")
        mix[key] = mix.get(key, 0) + 1
    return mix


def _lexicon_report(texts: list[str], truth: list[str]) -> dict:
    from classification.tiers.rules import default_lexicon

    lex = default_lexicon()
    results = [lex.classify(t) for t in texts]
    return report(
        truth,
        [r.severity for r in results],
        [r.confidence for r in results],
        [r.confidence if r.severity in URGENT else 1 - r.confidence for r in results],
    )


def _tfidf_report(ds: Dataset, train_idx: np.ndarray, test: np.ndarray) -> dict:
    return tfidf_report(
        [ds.texts[i] for i in train_idx],
        ds.y[train_idx],
        [ds.texts[i] for i in test],
        [ds.labels[i] for i in test],
    )


def tfidf_report(train_texts: list[str], train_y: np.ndarray, texts: list[str], truth: list[str]) -> dict:
    """The issue's reference: TF-IDF 1–2-grams + class-balanced logistic regression."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=50000)
    clf = LogisticRegression(max_iter=2000, class_weight="balanced").fit(
        vec.fit_transform(train_texts), train_y
    )
    probs = np.zeros((len(texts), len(SEVERITIES)))
    probs[:, clf.classes_] = clf.predict_proba(vec.transform(texts))
    return report(
        truth, [SEVERITIES[i] for i in probs.argmax(1)], list(probs.max(1)), list(probs[:, 0] + probs[:, 1])
    )


def evaluate_aside(artifact: Path, aside: Dataset, dev: Dataset) -> dict:
    """The final artifact on the events kept aside: routed as deployed (rule figures measured on
    the development events), the model tier alone, and the references trained on dev (`dev`:
    the labelled development events only, without extra training rows)."""
    from classification.tiers import model as model_tier
    from classification.tiers.rules import default_lexicon

    decisions = route(artifact, aside.texts, measured_trust(dev, range(len(dev.texts))))
    router = decisions_report(aside.labels, decisions)
    model = model_tier.SeverityModel(artifact)
    lex = default_lexicon()
    answers = []
    for start in range(0, len(aside.texts), 256):
        chunk = aside.texts[start : start + 256]
        answers += model.predict(chunk, [lex.classify(t) for t in chunk])
    return {
        "events": sorted(set(aside.groups)),
        "n": len(aside.texts),
        "router": router,
        "model": report(
            aside.labels,
            [m.severity for m in answers],
            [m.confidence for m in answers],
            [m.urgent_score for m in answers],
        ),
        "tfidf_lr": tfidf_report(dev.texts, dev.y, aside.texts, aside.labels),
        "lexicon": _lexicon_report(aside.texts, aside.labels),
    }


def workdir() -> tempfile.TemporaryDirectory:
    return tempfile.TemporaryDirectory(prefix="severity-cv-")
