"""Train the severity model, evaluate the router as deployed on event-grouped folds, save, register.

    manage.py train_classifier [--finetune] [--folds 5] [--seed 13] [--include-reviews]
        [--register candidate|canary|active|none] [--tenants a,b] [--model-version 1.3.0] [--out DIR]

Development events only (the events kept aside are scored once, at the end, by the final
artifact). The artifact goes to settings.MODEL_ARTIFACTS_DIR/severity_classifier/<version>/
(outside git) and is registered as a ModelVersion in every tenant given (default: all tenants).
See classification/ml/protocol.py for the protocol and docs/classification.md for the figures.
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

from classification.registry import MODEL_NAME


class Command(BaseCommand):
    help = "Train, evaluate (router as deployed, event-grouped folds) and register the severity model."

    def add_arguments(self, parser):
        parser.add_argument("--data", default=None, help="default: SHARED_DATA_DIR/trec_is/train.csv")
        parser.add_argument("--seed", type=int, default=13)
        parser.add_argument("--folds", type=int, default=5, help="event-grouped folds (0: no evaluation)")
        parser.add_argument("--head", choices=["ensemble", "mlp", "linear"], default="ensemble")
        parser.add_argument("--hidden", type=int, default=128)
        parser.add_argument("--epochs", type=int, default=12)
        parser.add_argument("--finetune", action="store_true", help="LoRA-adapt the encoder's top layers")
        parser.add_argument("--lora-split", type=int, default=4, help="adapt layers [split, 6)")
        parser.add_argument("--lora-rank", type=int, default=8)
        parser.add_argument("--lora-epochs", type=int, default=2)
        parser.add_argument("--lora-aux", type=float, default=0.3, help="weight of the information-type task")
        parser.add_argument("--recall-target", type=float, default=0.90, help="P0+P1 recall of the threshold")
        parser.add_argument(
            "--brand-data",
            type=int,
            default=0,
            metavar="N",
            help="add N customer posts to brands (airline_sentiment, complaints_acl2019) as P3/P4 training rows",
        )
        parser.add_argument(
            "--include-reviews",
            action="store_true",
            help="add every tenant's reviewed events (human severity) to the training data",
        )
        parser.add_argument("--model-version", default=None, help="semantic version (default: next patch)")
        parser.add_argument(
            "--out", default=None, help="artifact directory (default: MODEL_ARTIFACTS_DIR/...)"
        )
        parser.add_argument(
            "--register", choices=["none", "candidate", "canary", "active"], default="candidate"
        )
        parser.add_argument("--tenants", default="", help="comma-separated tenant schemas (default: all)")
        parser.add_argument(
            "--no-cache", action="store_true", help="re-encode even if cached embeddings exist"
        )

    def handle(self, *args, **opts):
        import torch

        from classification.ml import finetune, protocol, train
        from classification.ml.data import Dataset, load_brand_chatter, load_trec_is
        from classification.ml.encoder import EncoderSpec

        torch.set_num_threads(max(1, int(getattr(settings, "CLASSIFICATION_TRAIN_THREADS", 2))))
        data = Path(opts["data"] or Path(settings.SHARED_DATA_DIR) / "trec_is" / "train.csv")
        if not data.exists():
            raise CommandError(f"training data not found: {data}")
        version = opts["model_version"] or _next_version(Path(settings.MODEL_ARTIFACTS_DIR) / MODEL_NAME)
        if not re.fullmatch(r"\d+\.\d+\.\d+", version):
            raise CommandError(f"--model-version must be semantic (X.Y.Z), got {version!r}")
        started = time.monotonic()
        dev, aside = load_trec_is(data).split_aside()
        n_trec = len(dev.texts)
        assert dev.types is not None  # TREC-IS rows carry their information types
        if opts["brand_data"]:
            brand = load_brand_chatter(
                Path(settings.SHARED_DATA_DIR), limit=opts["brand_data"], seed=opts["seed"]
            )
            assert brand.types is not None  # "" per row
            dev = Dataset(
                dev.texts + brand.texts,
                dev.labels + brand.labels,
                dev.groups + brand.groups,
                dev.types + brand.types,
            )
            self.stdout.write(f"{len(brand.texts)} brand posts added to the training data (P3/P4)")
        if opts["include_reviews"]:
            texts, labels, schemas = self._reviews(opts["tenants"])
            assert dev.types is not None
            dev = Dataset(
                dev.texts + texts,
                dev.labels + labels,
                dev.groups + [f"reviews:{s}" for s in schemas],
                dev.types + [""] * len(texts),
            )
            self.stdout.write(f"{len(texts)} reviewed events added to the training data")
        counts = {s: dev.labels.count(s) for s in ("P0", "P1", "P2", "P3", "P4")}
        self.stdout.write(f"{len(dev.texts)} texts from {len(set(dev.groups))} development events: {counts}")
        self.stdout.write(
            f"kept aside, never trained or tuned on: {len(aside.texts)} texts of {sorted(set(aside.groups))}"
        )

        lora = (
            finetune.LoraConfig(
                split=opts["lora_split"],
                rank=opts["lora_rank"],
                epochs=opts["lora_epochs"],
                aux_weight=opts["lora_aux"],
            )
            if opts["finetune"]
            else None
        )
        setup = protocol.Setup(
            kind=opts["head"],
            head_kwargs={"hidden": opts["hidden"], "epochs": opts["epochs"]}
            if opts["head"] != "linear"
            else {},
            lora=lora,
            seed=opts["seed"],
            folds=opts["folds"],
            recall_target=opts["recall_target"],
        )
        inputs = protocol.Inputs(
            ds=dev,
            lex=train.lexicon_features(dev.texts),
            extra_train=np.arange(n_trec, len(dev.texts)),
        )
        if lora is not None:
            self.stdout.write("encoding the lower layers once (int8) …")
            inputs.states = finetune.lower_states(dev.texts, split=lora.split)
            assert dev.types is not None
            inputs.aux, _ = protocol.types_matrix(dev.types)
        else:
            cache_dir = None if opts["no_cache"] else Path(settings.MODEL_ARTIFACTS_DIR) / "cache"
            inputs.emb = train.embed_dataset(dev, cache_dir, spec=EncoderSpec(quantized=True))
        self.stdout.write(f"inputs ready ({time.monotonic() - started:.0f} s)")

        metrics: dict = {
            "data": data.name,
            "n": len(dev.texts),
            "events": len(set(dev.groups)),
            "label_counts": counts,
            "aside_events": sorted(set(aside.groups)),
            "protocol": f"{opts['folds']}-fold event-grouped CV of the development events, seed {opts['seed']}; "
            "per fold the training events are split again by event 80/20 into fit/calibration; the router "
            "row is route_batch over the held-out events with the fold's artifact (no LLM, labelled rule "
            "figures of the training events, no reviews)",
        }
        with protocol.workdir() as tmp:
            if opts["folds"]:
                cv = protocol.cross_validate(inputs, setup, workdir=Path(tmp), log=self.stdout.write)
                metrics.update(
                    cv=cv["summary"],
                    cv_folds=cv["folds"],
                    fold_sizes=cv["fold_sizes"],
                    routing_threshold=cv["routing_threshold"],
                )
                self._print(cv["summary"], cv["routing_threshold"], cv["router_pooled"])
                metrics["router_pooled"] = cv["router_pooled"]
                confidence_map, threshold = cv["confidence_map"], cv["routing_threshold"]
                hint = cv["hint_precision"]
            else:
                confidence_map, threshold, hint = None, 0.5, None
        self.stdout.write("training the final model on all development events …")
        final = protocol.fit(
            inputs, np.arange(len(dev.texts)), setup, seed=opts["seed"], log=self.stdout.write
        )
        out = Path(opts["out"]) if opts["out"] else Path(settings.MODEL_ARTIFACTS_DIR) / MODEL_NAME / version
        command = "python manage.py train_classifier " + " ".join(shlex.quote(a) for a in sys.argv[2:])
        training = {
            "command": command.strip(),
            "seed": opts["seed"],
            "head": opts["head"],
            "finetune": lora.__dict__ if lora else None,
            "include_reviews": opts["include_reviews"],
            "brand_data": opts["brand_data"],
            "data_fingerprint": dev.fingerprint(),
        }
        protocol.save(
            final,
            out,
            version=version,
            setup=setup,
            metrics=metrics,
            routing_threshold=threshold,
            training=training,
            confidence_map=confidence_map,
            hint_precision=hint,
        )
        if aside.texts:
            metrics["aside"] = protocol.evaluate_aside(out, aside, dev.subset(range(n_trec)))
            r = metrics["aside"]["router"]
            self.stdout.write(
                f"kept-aside events, router: macro-F1 {r['macro_f1']:.3f}  P0+P1 AP {r['urgent_ap']:.3f}  "
                f"ECE {r['ece']:.3f}  P0+P1 recall/precision {r['urgent_recall']:.3f}/{r['urgent_precision']:.3f}"
            )
        training["seconds"] = round(time.monotonic() - started, 1)
        protocol.save(
            final,
            out,
            version=version,
            setup=setup,
            metrics=metrics,
            routing_threshold=threshold,
            training=training,
            confidence_map=confidence_map,
            hint_precision=hint,
        )
        self.stdout.write(self.style.SUCCESS(f"artifact {MODEL_NAME}@{version} written to {out}"))
        if opts["register"] != "none":
            self._register(out, version, metrics, opts["register"], opts["tenants"])

    def _print(self, summary: dict, threshold: float, pooled: dict) -> None:
        for name in ("router", "model", "tfidf_lr", "lexicon"):
            s = summary[name]
            self.stdout.write(
                f"{name:9s} macro-F1 {s['macro_f1']['mean']:.3f}±{s['macro_f1']['std']:.3f}  "
                f"P0+P1 AP {s['urgent_ap']['mean']:.3f}±{s['urgent_ap']['std']:.3f}  "
                f"ECE {s['ece']['mean']:.3f}  P0+P1 recall/precision {s['urgent_recall']['mean']:.3f}/"
                f"{s['urgent_precision']['mean']:.3f}  precision at recall .90 {s['precision_at_recall_90']['mean']:.3f}"
            )
        self.stdout.write(
            f"router pooled over folds: ECE {pooled['ece']:.3f}; pages {pooled['paged_share']:.1%} of events, "
            f"P0+P1 recall {pooled['paged_recall']:.3f} precision {pooled['paged_precision']:.3f}; "
            f"P0+P1 score at recall .90: threshold {pooled['threshold_at_recall_90']:.3f}, precision "
            f"{pooled['precision_at_recall_90']:.3f}, flags {pooled['flagged_share_at_recall_90']:.1%}"
        )
        self.stdout.write(f"routing threshold (P0+P1 score at the target recall, pooled): {threshold:.3f}")

    def _orgs(self, tenants: str):
        from tenants.models import Organization

        orgs = Organization.objects.exclude(schema_name=get_public_schema_name())
        if tenants:
            orgs = orgs.filter(schema_name__in=[t.strip() for t in tenants.split(",") if t.strip()])
        return orgs

    def _reviews(self, tenants: str) -> tuple[list[str], list[str], list[str]]:
        from classification import selectors

        texts, labels, schemas = [], [], []
        for org in self._orgs(tenants):
            with schema_context(org.schema_name):
                for text, severity in selectors.reviewed_examples():
                    texts.append(text)
                    labels.append(severity)
                    schemas.append(org.schema_name)
        return texts, labels, schemas

    def _register(self, out: Path, version: str, metrics: dict, status: str, tenants: str) -> None:
        from classification import registry

        root = Path(settings.MODEL_ARTIFACTS_DIR).resolve()
        try:
            stored = str(out.resolve().relative_to(root))
        except ValueError:
            stored = str(out.resolve())
        for org in self._orgs(tenants):
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
