"""Model-tier throughput and per-event latency (no LLM), plus sentiment accuracy.

Usage: .venv/bin/python bench/classify.py [--n 1024] [--procs 2] [--artifact DIR]

1. Throughput: `--procs` processes × 1 torch thread each encode + score their share of N texts,
   (a) in chunks of 256 sorted by token length, batches of 16 (what the worker does), and
   (b) in arrival order, batches of 64. Texts/s = N / wall time of the slowest process.
2. Latency: one process, one thread; events arrive one at a time (worst case for batching):
   the router as deployed without LLM (`route_batch`: rules, encoder + head, physical safety, review
   value) + sentiment/emotions/toxicity per event; p50 / p95 / max over 200 events.
   Then the same per event in a batch of 32 (amortised), as the task sees a busy stream.
3. Sentiment: VADER compound on ../shared/data/airline_sentiment (3-class accuracy with the usual
   ±0.05 neutral band, and negative-vs-rest), if the data set is present.
Texts: TREC-IS tweets when ../shared/data is present, else built-in demo-like sentences.

Reference floor (bench/floor.py, bench/ml_floor.py): the served encoder alone on the same texts in
the same `--procs` single-threaded processes, measured before and after the runs above (best of 3
each); "throughput ÷ encoder floor" (the share of the bare encoder's speed the model tier keeps
with rules and head) is printed only when the two floors agree within 20 %.
"""

from __future__ import annotations

import argparse
import csv
import multiprocessing as mp
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.floor import Floor, machine_line  # noqa: E402
from bench.ml_floor import MLFloor  # noqa: E402

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
DATA = Path(os.environ.get("SHARED_DATA_DIR", ROOT.parent / "shared" / "data"))

FALLBACK = [
    "Acme app is down again, cannot log in since 9am #outage",
    "Huge data breach at Acme? my password was leaked and used somewhere else",
    "Love the new Acme sneakers, super comfy",
    "Class action lawsuit filed against Acme over hidden fees, read the complaint here",
    "@AcmeSupport my order is delayed for the third time this month, unacceptable",
    "Explosion reported near the Acme plant, people evacuated, stay away from the area",
    "Has anyone else had their card charged twice by Acme today?",
    "#BoycottAcme is trending after the CEO's comments, this is going viral fast",
]


def load_texts(n: int) -> list[str]:
    path = DATA / "trec_is" / "train.csv"
    if path.exists():
        with open(path, newline="", encoding="utf-8") as fh:
            texts = [row["text"] for row in csv.DictReader(fh) if row.get("text")]
        step = max(1, len(texts) // n)
        return texts[::step][:n]
    return (FALLBACK * (n // len(FALLBACK) + 1))[:n]


def _worker(args) -> float:
    texts, sort, artifact = args
    import torch

    torch.set_num_threads(1)
    from classification.ml import encoder
    from classification.tiers import model as model_tier
    from classification.tiers.rules import default_lexicon

    model = model_tier.load(Path(artifact))
    lex = default_lexicon()
    model.embed(["warm up"])
    start = time.perf_counter()
    for i in range(0, len(texts), 256):
        chunk = texts[i : i + 256]
        rules = [lex.classify(t) for t in chunk]
        emb = encoder.encode(
            chunk, spec=model.encoder_spec, sort_by_length=sort, batch_size=16 if sort else 64
        )
        model.predict(chunk, rules, emb)
    return time.perf_counter() - start


def throughput(texts: list[str], procs: int, artifact: str) -> dict:
    out = {}
    ctx = mp.get_context("spawn")
    for label, sort in (("sorted, batches of 16", True), ("arrival order, batches of 64", False)):
        shares = [texts[k::procs] for k in range(procs)]
        with ctx.Pool(procs) as pool:
            times = pool.map(_worker, [(s, sort, artifact) for s in shares])
        out[label] = len(texts) / max(times)
    return out


def latency(texts: list[str], artifact: str) -> dict:
    import torch

    torch.set_num_threads(1)
    from classification import affect
    from classification.router import RouterInput, ServingModels, route_batch
    from classification.tiers import model as model_tier
    from classification.tiers.rules import default_lexicon
    from classification.trust import Figures, RuleTrust, load_committed

    model = model_tier.load(Path(artifact))
    lex = default_lexicon()
    trust = RuleTrust({rule: Figures(n, ok) for rule, (n, ok) in load_committed().items()})
    serving = ServingModels(model)
    affect.score_many(["warm up"])
    model.predict(["warm up"], [lex.classify("warm up")])

    def one(batch: list[str]) -> float:
        # the deployed router (rules, model, safety, review value; no LLM) + sentiment/emotions/toxicity
        t = time.perf_counter()
        items = [RouterInput(i, x, about_org=True) for i, x in enumerate(batch)]
        route_batch(items, lexicon=lex, trust=trust, serving=serving, use_llm=False)
        affect.score_many(batch)
        return (time.perf_counter() - t) * 1000

    single = sorted(one([t]) for t in texts[:200])
    batched = []
    for i in range(0, min(len(texts), 320), 32):
        batch = texts[i : i + 32]
        batched.append(one(batch) / len(batch))
    batched.sort()
    return {
        "single p50 ms": statistics.median(single),
        "single p95 ms": single[int(0.95 * (len(single) - 1))],
        "single max ms": single[-1],
        "batch-of-32 per-event p95 ms": batched[int(0.95 * (len(batched) - 1))],
    }


def encoder_vs_fp32(texts: list[str], artifact: str) -> dict:
    """The artifact's encoder variant vs the packaged fp32 encoder on the same texts."""
    import torch

    torch.set_num_threads(1)
    from classification.ml import encoder
    from classification.tiers import model as model_tier

    model = model_tier.load(Path(artifact))
    fp32 = encoder.encode(texts)
    served = model.embed(texts)
    return {"mean embedding cosine": float((fp32 * served).sum(1).mean())}


def sentiment_accuracy() -> dict | None:
    path = DATA / "airline_sentiment" / "data.csv"
    if not path.exists():
        return None
    from sklearn.metrics import roc_auc_score

    from classification import affect

    ok3 = okneg = n = 0
    neg_truth, pos_truth, neg_emotion, joy = [], [], [], []
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            v = affect.sentiment(row["text"])
            c = v["compound"]
            pred = "positive" if c >= 0.05 else "negative" if c <= -0.05 else "neutral"
            ok3 += pred == row["sentiment"]
            okneg += (pred == "negative") == (row["sentiment"] == "negative")
            n += 1
            emo = affect.emotions(row["text"], v)
            neg_truth.append(row["sentiment"] == "negative")
            pos_truth.append(row["sentiment"] == "positive")
            neg_emotion.append(emo["anger"] + emo["disgust"] + emo["sadness"] + emo["fear"])
            joy.append(emo["joy"])
    return {
        "n": n,
        "3-class accuracy": ok3 / n,
        "negative-vs-rest accuracy": okneg / n,
        "AUC negative emotions -> negative tweet": roc_auc_score(neg_truth, neg_emotion),
        "AUC joy -> positive tweet": roc_auc_score(pos_truth, joy),
        "coverage (any emotion > 0)": sum(1 for a, b in zip(neg_emotion, joy, strict=True) if a + b > 0) / n,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=1024)
    parser.add_argument("--procs", type=int, default=2)
    parser.add_argument(
        "--artifact", default=str(ROOT / "classification" / "artifacts" / "severity_classifier")
    )
    parser.add_argument("--skip", default="", help="comma list of: throughput,latency,sentiment,variant")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    print(machine_line("at start"), flush=True)
    texts = load_texts(args.n)
    skip = set(args.skip.split(","))
    ml = MLFloor(texts, procs=args.procs, redact=False, artifact=args.artifact)
    floor = Floor(
        f"encoder floor ({args.procs} procs x 1 thread, {len(texts)} texts)", "texts/s", ml.measure_once
    )
    with ml:
        floor.measure_before()
    sorted_rate = None
    from classification.tiers import model as model_tier

    spec = model_tier.load(Path(args.artifact)).encoder_spec
    variant = spec.key  # "int8" | "fp32"
    print(
        f"{len(texts)} texts, mean {statistics.mean(len(t) for t in texts):.0f} chars, artifact {args.artifact}"
        f" (encoder {variant})"
    )
    if "throughput" not in skip:
        for label, rate in throughput(texts, args.procs, args.artifact).items():
            print(f"throughput {args.procs} procs x 1 thread ({variant}), {label}: {rate:.0f} texts/s")
            if label.startswith("sorted"):
                sorted_rate = rate
    if "latency" not in skip:
        for label, value in latency(texts, args.artifact).items():
            print(f"latency (router without LLM + affect) {label}: {value:.1f}")
    if "variant" not in skip and spec.quantized:
        for label, value in encoder_vs_fp32(texts[:512], args.artifact).items():
            print(f"encoder {variant} vs packaged fp32 on {min(512, len(texts))} texts: {label} {value:.3f}")
    if "sentiment" not in skip:
        acc = sentiment_accuracy()
        if acc:
            print(
                f"sentiment (VADER) on airline_sentiment n={acc['n']}: 3-class accuracy "
                f"{acc['3-class accuracy']:.3f}, negative-vs-rest {acc['negative-vs-rest accuracy']:.3f}"
            )
            for key in (
                "AUC negative emotions -> negative tweet",
                "AUC joy -> positive tweet",
                "coverage (any emotion > 0)",
            ):
                print(f"emotion lexicon on airline_sentiment: {key} {acc[key]:.3f}")
    with ml:
        floor.measure_after()
    print("\n".join(floor.report(achieved=sorted_rate, achieved_label="model tier (sorted) throughput")))
    print(machine_line("at end"))


if __name__ == "__main__":
    main()
