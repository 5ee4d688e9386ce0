"""Calibration and the paging threshold of the router as deployed, measured on events it never saw.

Usage: .venv/bin/python bench/classify_calibration.py [--artifact DIR] [--data CSV] [--json]

Data: ../shared/data/trec_is/train.csv (absent: says so and exits 0).

1. Development split: the artifact's own calibration events — the whole development events
   (about 20 % of the rows, `data.group_split` with the run's seed) that trained neither the LoRA
   adapter nor the head, only the temperature/bias and the decision offsets.
2. Held out: the events kept aside (`data.ASIDE_EVENTS`), never trained, tuned or calibrated on.
3. Both are answered by `router.route_batch` as a fresh tenant's worker answers them
   (`protocol.route`: built-in lexicon, the committed labelled rule figures, no reviews, no LLM).
4. Calibration of the final confidence, every candidate fitted on the development split only and
   measured on the held-out events (ECE, 10 bins, pooled and per event): the confidence as served
   (the artifact's isotonic map of the pooled out-of-fold answers of all 21 development events),
   isotonic regression and Platt scaling (temperature + bias on the confidence's logit) refitted on
   the development split, and a constant (the development split's accuracy). Leave-one-event-out
   ECE on the development split is printed beside each: the only figure a choice may rest on.
5. The tenant's own map (`classification.calibration`): each event played as a tenant whose
   reviewers saw K of its answers — the ones its review queue picks (the most valuable doubts
   within 10 % of the answers, plus a 1 % quality sample) or K at random — fitted on those, ECE
   measured on the event's other answers.
6. Paging threshold: the P0+P1 score at which development answers reach P0+P1 recall 0.90 (the
   artifact's `routing_threshold`, from pooled out-of-fold answers) and what it gives on the held
   out events — recall, precision, share of events above it — next to what the router pages today
   (its P0/P1 answers).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

URGENT = ("P0", "P1")
Calibrate = Callable[[np.ndarray], np.ndarray]


def answers(artifact: Path, texts: list[str], truth: list[str]) -> dict[str, np.ndarray]:
    from classification import trust
    from classification.ml import protocol

    figures = trust.RuleTrust({r: trust.Figures(n, ok) for r, (n, ok) in trust.load_committed().items()})
    decisions = protocol.route(artifact, texts, figures)
    return {
        "conf": np.array([d.confidence for d in decisions]),
        "correct": np.array([d.severity == t for d, t in zip(decisions, truth, strict=True)], dtype=float),
        "urgent": np.array([d.urgent_score for d in decisions]),
        "paged": np.array([d.paged for d in decisions]),
        "truth_urgent": np.array([t in URGENT for t in truth]),
        "model": np.array([d.tier == "model" for d in decisions]),
        "doubt": np.array([d.needs_review for d in decisions]),
        "value": np.array([d.review_value for d in decisions]),
    }


def reviewed_by_queue(a: dict, idx: np.ndarray, share: float, sample_share: float, rng) -> np.ndarray:
    """The answers of one tenant's day that its review queue puts before a person: the most
    valuable doubts within `share` of the day's answers (`review.plan_admission`'s order), then a
    random `sample_share` of the undoubted ones."""
    budget = max(int(share * len(idx)), 1)
    doubts = idx[a["doubt"][idx]]
    doubts = doubts[np.argsort(-a["value"][doubts], kind="stable")][:budget]
    calm = idx[~a["doubt"][idx]]
    room = max(budget - len(doubts), 0)
    sampled = calm[rng.random(len(calm)) < sample_share][:room]
    return np.concatenate([doubts, sampled])


def tenant_maps(a: dict, groups: np.ndarray, prior_weights, sizes, draws: int = 20) -> dict:
    """Each event as a tenant: its map fitted on K of its model answers a reviewer saw (drawn at
    random, or picked by the review queue), ECE measured on the rest of the event's answers (every
    tier; the map applies to model answers). Mean over draws and events."""
    from classification import calibration
    from classification.evaluation import expected_calibration_error as ece

    out: dict = {}
    events = sorted(set(groups))
    for weight in prior_weights:
        for mode in ("queue", *(f"random {k}" for k in sizes)):
            per_event = []
            for e in events:
                idx = np.flatnonzero(groups == e)
                scores = []
                for draw in range(draws):
                    rng = np.random.default_rng(1000 * draw + 7)
                    if mode == "queue":
                        picked = reviewed_by_queue(a, idx, 0.10, 0.01, rng)
                    else:
                        k = int(mode.split()[1])
                        if k >= len(idx):
                            continue
                        picked = rng.choice(idx, size=k, replace=False)
                    fit_on = picked[a["model"][picked]]
                    rest = np.setdiff1d(idx, picked)
                    cmap = calibration.fit(a["conf"][fit_on], a["correct"][fit_on], prior_weight=weight)
                    if cmap.n < calibration.MIN_REVIEWS:
                        cmap = calibration.ConfidenceMap()
                    conf = a["conf"][rest].copy()
                    m = a["model"][rest]
                    conf[m] = cmap.apply_many(conf[m])
                    scores.append((ece(a["conf"][rest], a["correct"][rest]), ece(conf, a["correct"][rest])))
                if scores:
                    per_event.append(
                        (e, float(np.mean([s[0] for s in scores])), float(np.mean([s[1] for s in scores])))
                    )
            out[f"{mode}, prior {weight:g}"] = {
                "served": float(np.mean([p[1] for p in per_event])),
                "tenant map": float(np.mean([p[2] for p in per_event])),
                "per_event": {p[0]: round(p[2], 4) for p in per_event},
            }
    return out


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))


def candidates(conf: np.ndarray, correct: np.ndarray) -> dict[str, Calibrate]:
    """Maps of the served confidence, fitted on (conf, correct) of development answers."""
    from sklearn.isotonic import IsotonicRegression
    from sklearn.linear_model import LogisticRegression

    iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip").fit(conf, correct)
    platt = LogisticRegression(C=1e4).fit(_logit(conf)[:, None], correct.astype(int))
    accuracy = float(correct.mean())
    return {
        "as served": lambda c: c,
        "isotonic refit": lambda c: iso.predict(c),
        "Platt refit": lambda c: platt.predict_proba(_logit(c)[:, None])[:, 1],
        "constant": lambda c: np.full(len(c), accuracy),
    }


def leave_one_event_out(dev: dict, groups: np.ndarray) -> dict[str, tuple[float, float]]:
    """(pooled ECE, mean per-event ECE) of each candidate, each event mapped by a fit on the others."""
    from classification.evaluation import expected_calibration_error as ece

    names = list(candidates(dev["conf"][:10], np.r_[np.ones(5), np.zeros(5)]))
    mapped = {name: np.zeros(len(groups)) for name in names}
    for event in sorted(set(groups)):
        held = groups == event
        fitted = candidates(dev["conf"][~held], dev["correct"][~held])
        for name in names:
            mapped[name][held] = fitted[name](dev["conf"][held])
    out = {}
    for name in names:
        per_event = [ece(mapped[name][groups == e], dev["correct"][groups == e]) for e in sorted(set(groups))]
        out[name] = (ece(mapped[name], dev["correct"]), float(np.mean(per_event)))
    return out


def paging(urgent: np.ndarray, truth: np.ndarray, flagged: np.ndarray) -> dict[str, float]:
    tp = int((flagged & truth).sum())
    return {
        "recall": tp / max(int(truth.sum()), 1),
        "precision": tp / max(int(flagged.sum()), 1),
        "share": float(flagged.mean()),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--artifact", default=str(ROOT / "classification" / "artifacts" / "severity_classifier")
    )
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "trec_is" / "train.csv"))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    data = Path(args.data)
    if not data.exists():
        print(f"skipped: no labelled data at {data}")
        return
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    import torch

    from classification.evaluation import expected_calibration_error as ece
    from classification.evaluation import precision_at_recall
    from classification.ml.data import group_split, load_trec_is

    torch.set_num_threads(1)
    artifact = Path(args.artifact)
    meta = json.loads((artifact / "meta.json").read_text())
    seed = int(meta.get("training", {}).get("seed", 13))
    dev_all, aside = load_trec_is(data).split_aside()
    _, cal = group_split(dev_all.groups, np.arange(len(dev_all.texts)), 0.2, seed)
    dev = dev_all.subset(cal)
    dev_groups, aside_groups = np.array(dev.groups), np.array(aside.groups)

    d = answers(artifact, dev.texts, dev.labels)
    a = answers(artifact, aside.texts, aside.labels)
    fitted = candidates(d["conf"], d["correct"])
    loeo = leave_one_event_out(d, dev_groups)
    calibration = {}
    for name, f in fitted.items():
        mapped = f(a["conf"])
        calibration[name] = {
            "dev_loeo_ece": loeo[name][0],
            "dev_loeo_ece_per_event": loeo[name][1],
            "aside_ece": ece(mapped, a["correct"]),
            "aside_ece_per_event": {
                e: ece(mapped[aside_groups == e], a["correct"][aside_groups == e])
                for e in sorted(set(aside.groups))
            },
        }
    from classification import calibration as tenant_calibration

    tenant = {
        split: tenant_maps(x, g, [tenant_calibration.PRIOR_WEIGHT], [50, 100, 200], draws=10)
        for split, x, g in (("dev_split", d, dev_groups), ("aside", a, aside_groups))
    }
    threshold = float(meta["routing_threshold"])
    _, dev_threshold = precision_at_recall(d["truth_urgent"], d["urgent"], 0.90)
    report = {
        "artifact": meta.get("version"),
        "dev_split": {
            "events": sorted(set(dev.groups)),
            "n": len(dev.texts),
            "accuracy": float(d["correct"].mean()),
            "mean_confidence": float(d["conf"].mean()),
        },
        "aside": {
            "events": sorted(set(aside.groups)),
            "n": len(aside.texts),
            "accuracy": float(a["correct"].mean()),
            "mean_confidence": float(a["conf"].mean()),
        },
        "calibration": calibration,
        "tenant_map": tenant,
        "paging": {
            "threshold_oof_recall_90": threshold,
            "threshold_dev_split_recall_90": float(dev_threshold),
            "dev_split_at_threshold": paging(d["urgent"], d["truth_urgent"], d["urgent"] >= threshold),
            "aside_at_threshold": paging(a["urgent"], a["truth_urgent"], a["urgent"] >= threshold),
            "aside_at_dev_split_threshold": paging(
                a["urgent"], a["truth_urgent"], a["urgent"] >= dev_threshold
            ),
            "aside_router_pages": paging(a["urgent"], a["truth_urgent"], a["paged"]),
            "dev_split_router_pages": paging(d["urgent"], d["truth_urgent"], d["paged"]),
        },
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return
    show(report)


def show(r: dict) -> None:
    dev, aside = r["dev_split"], r["aside"]
    print(f"severity_classifier {r['artifact']}, router as deployed (fresh tenant, no LLM)")
    print(
        f"development split: {dev['n']} tweets of {len(dev['events'])} events {dev['events']}; "
        f"accuracy {dev['accuracy']:.3f}, mean confidence {dev['mean_confidence']:.3f}"
    )
    print(
        f"held out: {aside['n']} tweets of the {len(aside['events'])} events kept aside; "
        f"accuracy {aside['accuracy']:.3f}, mean confidence {aside['mean_confidence']:.3f}"
    )
    print("calibration (ECE, 10 bins)        dev LOEO pooled / per event   held out pooled   per event")
    for name, c in r["calibration"].items():
        per = " ".join(f"{v:.3f}" for v in c["aside_ece_per_event"].values())
        print(
            f"  {name:<30} {c['dev_loeo_ece']:.3f} / {c['dev_loeo_ece_per_event']:.3f}"
            f"                 {c['aside_ece']:.3f}             {per}"
        )
    print(
        "the tenant's own map (classification.calibration), each event as a tenant: fitted on K of its "
        "answers a reviewer saw, ECE per event on the rest (mean of events, 10 draws)"
    )
    for split, rows in r["tenant_map"].items():
        for mode, v in rows.items():
            print(f"  {split:<10} {mode:<24} as served {v['served']:.3f}  tenant map {v['tenant map']:.3f}")
    p = r["paging"]
    print(
        f"paging threshold for P0+P1 recall 0.90: {p['threshold_oof_recall_90']:.4f} (pooled out-of-fold "
        f"answers of the development events; the development split alone: {p['threshold_dev_split_recall_90']:.4f})"
    )
    for key in (
        "dev_split_at_threshold",
        "aside_at_threshold",
        "aside_at_dev_split_threshold",
        "dev_split_router_pages",
        "aside_router_pages",
    ):
        v = p[key]
        print(f"  {key:<30} recall {v['recall']:.3f}  precision {v['precision']:.3f}  share {v['share']:.3f}")


if __name__ == "__main__":
    main()
