"""Train the severity head on TREC-IS, evaluate it on event-grouped folds, save and register it.

    manage.py train_classifier --seed 13 --folds 5 [--register candidate|canary|active|none]
        [--tenants a,b] [--model-version 1.1.0] [--out DIR] [--baselines]

The artifact goes to settings.MODEL_ARTIFACTS_DIR/severity_classifier/<version>/ (outside git)
and is registered as a ModelVersion in every tenant given (default: all tenants).
"""

from __future__ import annotations

import json
import re
import shlex
import sys
import time
from pathlib import Path

import numpy as np
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django_tenants.utils import get_public_schema_name, schema_context
from tqdm import tqdm

from classification.ml.encoder import EncoderSpec
from classification.registry import MODEL_NAME


class Command(BaseCommand):
    help = "Train, evaluate (event-grouped folds) and register the severity classifier head."

    def add_arguments(self, parser):
        parser.add_argument(
            "--data", default=None, help="TREC-IS train.csv (default: SHARED_DATA_DIR/trec_is/train.csv)"
        )
        parser.add_argument("--seed", type=int, default=13)
        parser.add_argument(
            "--folds", type=int, default=5, help="event-grouped folds for the held-out evaluation"
        )
        parser.add_argument("--head", choices=["ensemble", "mlp", "linear"], default="ensemble")
        parser.add_argument(
            "--encoder",
            choices=["int8", "fp32"],
            default="int8",
            help="encoder variant the head is trained on and served with (int8: ~2.3x faster)",
        )
        parser.add_argument("--hidden", type=int, default=128)
        parser.add_argument("--epochs", type=int, default=12)
        parser.add_argument(
            "--cv-seeds", type=int, default=1, help="repeat the grouped CV with this many seeds"
        )
        parser.add_argument(
            "--recall-target",
            type=float,
            default=0.90,
            help="P0+P1 recall the routing threshold must reach on held-out events",
        )
        parser.add_argument(
            "--model-version", default=None, help="semantic version (default: next patch version)"
        )
        parser.add_argument(
            "--out", default=None, help="artifact directory (default: MODEL_ARTIFACTS_DIR/...)"
        )
        parser.add_argument(
            "--register", choices=["none", "candidate", "canary", "active"], default="candidate"
        )
        parser.add_argument("--tenants", default="", help="comma-separated tenant schemas (default: all)")
        parser.add_argument(
            "--baselines", action="store_true", help="also evaluate TF-IDF+LR, embedding LR, lexicon"
        )
        parser.add_argument(
            "--holdout-fold",
            type=int,
            default=None,
            help="leave event-grouped fold i (of --folds, same --seed) out of training entirely, "
            "so `evaluate_classifier --holdout-folds K --fold i` scores unseen events",
        )
        parser.add_argument(
            "--no-cache", action="store_true", help="re-encode even if cached embeddings exist"
        )

    def handle(self, *args, **opts):
        import torch

        from classification.ml import train
        from classification.ml.data import load_trec_is

        torch.set_num_threads(max(1, int(getattr(settings, "CLASSIFICATION_TRAIN_THREADS", 2))))
        data = Path(opts["data"] or Path(settings.SHARED_DATA_DIR) / "trec_is" / "train.csv")
        if not data.exists():
            raise CommandError(f"training data not found: {data}")
        started = time.monotonic()
        ds = load_trec_is(data)
        cache_dir = None if opts["no_cache"] else Path(settings.MODEL_ARTIFACTS_DIR) / "cache"
        spec = EncoderSpec(quantized=opts["encoder"] == "int8")
        with tqdm(
            total=len(ds.texts), desc=f"encoding (MiniLM {opts['encoder']})", unit="text", file=sys.stderr
        ) as bar:
            emb = train.embed_dataset(ds, cache_dir, progress=bar.update, spec=spec)
            bar.n = len(ds.texts)
            bar.refresh()
        if opts["holdout_fold"] is not None:
            from classification.ml.data import Dataset, grouped_folds

            held = set(grouped_folds(ds.groups, opts["folds"], opts["seed"])[opts["holdout_fold"]].tolist())
            keep = [i for i in range(len(ds.texts)) if i not in held]
            emb = emb[keep]
            ds = Dataset(
                [ds.texts[i] for i in keep], [ds.labels[i] for i in keep], [ds.groups[i] for i in keep]
            )
            self.stdout.write(
                f"fold {opts['holdout_fold']} held out: {len(held)} rows never seen in training"
            )
        counts = {s: ds.labels.count(s) for s in ("P0", "P1", "P2", "P3", "P4")}
        self.stdout.write(f"{len(ds.texts)} texts from {len(set(ds.groups))} events: {counts}")

        x = train.features(emb, train.lexicon_features(ds.texts))
        head_kwargs = {"hidden": opts["hidden"], "epochs": opts["epochs"]} if opts["head"] != "linear" else {}

        seeds = [opts["seed"] + k for k in range(max(1, opts["cv_seeds"]))]
        cv_runs = []
        for seed in tqdm(seeds, desc=f"{opts['folds']}-fold event-grouped CV", file=sys.stderr):
            cv_runs.append(
                train.cross_validate(
                    x, ds, kind=opts["head"], folds=opts["folds"], seed=seed, head_kwargs=head_kwargs
                )
            )
        first = cv_runs[0]["pooled"]
        thr_key = f"threshold_at_recall_{round(opts['recall_target'] * 100)}"
        routing_threshold = float(np.median([r["pooled"].get(thr_key, 0.5) for r in cv_runs]))
        cv = {k: float(np.mean([r["fold_mean"][k] for r in cv_runs])) for k in cv_runs[0]["fold_mean"]}
        confidence_map = cv_runs[0]["confidence_map"]
        cv_std = {
            k: float(np.std([f[k] for r in cv_runs for f in r["folds"] if k in f]))
            for k in ("macro_f1", "urgent_ap")
        }

        metrics = {
            "data": str(data.name),
            "n": len(ds.texts),
            "events": len(set(ds.groups)),
            "label_counts": counts,
            "protocol": f"{opts['folds']}-fold event-grouped CV x seeds {seeds}; per fold the training events are "
            "split again by event 80/20 into fit/calibration",
            "cv": cv,
            "cv_fold_std": cv_std,
            "pooled_seed0": {k: v for k, v in first.items() if k not in ("labels",)},
            "routing_threshold": routing_threshold,
            "routing_recall_target": opts["recall_target"],
            "per_fold_seed0": [
                {k: f[k] for k in ("n", "macro_f1", "urgent_ap", "ece")} for f in cv_runs[0]["folds"]
            ],
        }
        self._print(metrics)  # before anything else can fail: these numbers took the longest
        self.stdout.write(json.dumps({"cv": metrics["cv"], "routing_threshold": routing_threshold}))
        if opts["baselines"]:
            metrics["baselines"] = {}
            for name, fn in (
                ("lexicon", lambda s: train.baseline_lexicon(ds, folds=opts["folds"], seed=s)),
                ("embedding_lr", lambda s: train.baseline_embedding_lr(emb, ds, folds=opts["folds"], seed=s)),
                ("tfidf_lr", lambda s: train.baseline_tfidf(ds, folds=opts["folds"], seed=s)),
            ):
                runs = [fn(s)["fold_mean"] for s in tqdm(seeds, desc=f"baseline {name}", file=sys.stderr)]
                metrics["baselines"][name] = {k: float(np.mean([r[k] for r in runs])) for k in runs[0]}

        self.stdout.write("training the final head on all events …")
        head, calibrator = train.train_final(
            x, ds, kind=opts["head"], seed=opts["seed"], head_kwargs=head_kwargs
        )
        version = opts["model_version"] or _next_version(Path(settings.MODEL_ARTIFACTS_DIR) / MODEL_NAME)
        if not re.fullmatch(r"\d+\.\d+\.\d+", version):
            raise CommandError(f"--model-version must be semantic (X.Y.Z), got {version!r}")
        out = Path(opts["out"]) if opts["out"] else Path(settings.MODEL_ARTIFACTS_DIR) / MODEL_NAME / version
        command = "python manage.py train_classifier " + " ".join(shlex.quote(a) for a in sys.argv[2:])
        train.save_artifact(
            out,
            head=head,
            calibrator=calibrator,
            name=MODEL_NAME,
            version=version,
            metrics=metrics,
            routing_threshold=routing_threshold,
            confidence_map=confidence_map,
            encoder_spec=spec,
            training={
                "command": command.strip(),
                "seed": opts["seed"],
                "head": opts["head"],
                "encoder": opts["encoder"],
                **head_kwargs,
                "data_fingerprint": ds.fingerprint(),
                "seconds": round(time.monotonic() - started, 1),
            },
        )
        self._print(metrics)
        self.stdout.write(self.style.SUCCESS(f"artifact {MODEL_NAME}@{version} written to {out}"))
        if opts["register"] != "none":
            self._register(out, version, metrics, opts["register"], opts["tenants"])

    def _print(self, m: dict) -> None:
        cv = m["cv"]
        self.stdout.write(
            f"held-out (event-grouped) mean over folds and seeds: macro-F1 {cv['macro_f1']:.3f}  "
            f"P0+P1 AP {cv['urgent_ap']:.3f}  ECE {cv['ece']:.3f} (after the isotonic map, cross-fitted: "
            f"{cv['ece_remapped']:.3f})  accuracy {cv['accuracy']:.3f}"
        )
        p = m["pooled_seed0"]
        self.stdout.write(
            f"routing threshold {m['routing_threshold']:.3f} (P0+P1 recall {m['routing_recall_target']:.2f}); "
            f"precision there {p['precision_at_recall_90']:.3f}; at .95 {p['precision_at_recall_95']:.3f}; "
            f"at .98 {p['precision_at_recall_98']:.3f}"
        )
        for name, b in m.get("baselines", {}).items():
            self.stdout.write(
                f"baseline {name:13s} macro-F1 {b['macro_f1']:.3f}  P0+P1 AP {b['urgent_ap']:.3f}"
            )

    def _register(self, out: Path, version: str, metrics: dict, status: str, tenants: str) -> None:
        from classification import registry
        from tenants.models import Organization

        orgs = Organization.objects.exclude(schema_name=get_public_schema_name())
        if tenants:
            orgs = orgs.filter(schema_name__in=[t.strip() for t in tenants.split(",") if t.strip()])
        root = Path(settings.MODEL_ARTIFACTS_DIR).resolve()
        try:
            stored = str(out.resolve().relative_to(root))
        except ValueError:
            stored = str(out.resolve())
        for org in orgs:
            with schema_context(org.schema_name):
                mv = registry.model_version_register(
                    version=version,
                    artifact_path=stored,
                    metrics=json.loads(json.dumps(metrics)),
                    status=status,
                )
            self.stdout.write(f"registered {mv.label} as {mv.status} in {org.schema_name}")


def _next_version(root: Path) -> str:
    versions = []
    if root.exists():
        for child in root.iterdir():
            if re.fullmatch(r"\d+\.\d+\.\d+", child.name):
                versions.append(tuple(int(p) for p in child.name.split(".")))
    if not versions:
        return "1.0.0"
    major, minor, patch = max(versions)
    return f"{major}.{minor}.{patch + 1}"
