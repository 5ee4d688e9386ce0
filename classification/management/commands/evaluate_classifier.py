"""Evaluate every tier on any labelled CSV/JSONL, e.g.

    manage.py evaluate_classifier --file ../shared/data/trec_is/train.csv --text-col text \
        --label-col priority --label-map "Critical=P0,High=P1,Medium=P2,Low=P3" --p4-if categories=Irrelevant \
        --group-col event --aside --tiers rules,model,router

Prints, per tier: confusion matrix, per-class precision/recall/F1, macro-F1, accuracy, P0+P1
recall/precision/average precision, precision at P0+P1 recall .90/.95/.98, and the expected
calibration error. The router row is `router.route_batch` itself (no LLM) — the number that counts:
with `--tenant`, that tenant's lexicon, rule figures, watched subjects and active model; otherwise
the built-in lexicon, the committed labelled rule figures and the committed model. `--aside` keeps only the rows of the events
`train_classifier` never trains or tunes on (`classification.ml.data.ASIDE_EVENTS`);
`--holdout-folds K --fold i` keeps event-grouped fold i of the file. The LLM tier is only called
with `--tiers llm --tenant <schema>` (it spends that tenant's budget).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from django.core.management.base import BaseCommand, CommandError
from django_tenants.utils import schema_context

from classification import evaluation
from classification.ml.data import ASIDE_EVENTS, grouped_folds, load_table, parse_label_map


class Command(BaseCommand):
    help = "Confusion matrix, P/R/F1, P0+P1 AP and calibration per tier on a labelled CSV/JSONL file."

    def add_arguments(self, parser):
        parser.add_argument("--file", required=True)
        parser.add_argument("--text-col", default="text")
        parser.add_argument("--label-col", default="label")
        parser.add_argument("--label-map", default="", help='"Critical=P0,High=P1" or a JSON object')
        parser.add_argument(
            "--p4-if",
            default="",
            help="COL=VALUE: rows whose COL contains VALUE are P4 (TREC-IS: categories=Irrelevant)",
        )
        parser.add_argument("--group-col", default="")
        parser.add_argument("--aside", action="store_true", help="only the events kept aside from training")
        parser.add_argument("--holdout-folds", type=int, default=0)
        parser.add_argument("--fold", type=int, default=0)
        parser.add_argument("--seed", type=int, default=13)
        parser.add_argument("--limit", type=int, default=0)
        parser.add_argument("--tiers", default="rules,model,router")
        parser.add_argument(
            "--artifact", default="", help="model artifact dir (default: committed/active head)"
        )
        parser.add_argument("--tenant", default="", help="schema whose lexicon/registry/budget to use")
        parser.add_argument("--json", action="store_true", help="print JSON instead of tables")

    def handle(self, *args, **opts):
        path = Path(opts["file"])
        if not path.exists():
            raise CommandError(f"no such file: {path}")
        label_map = parse_label_map(opts["label_map"])
        ds = load_table(
            path,
            text_col=opts["text_col"],
            label_col=opts["label_col"],
            label_map=label_map,
            group_col=opts["group_col"] or None,
        )
        if opts["p4_if"]:
            ds = _apply_p4(path, ds, opts, label_map)
        if not ds.texts:
            raise CommandError("no rows with a label that maps to P0–P4 (check --label-col / --label-map)")
        idx = np.arange(len(ds.texts))
        if opts["aside"]:
            if not opts["group_col"]:
                raise CommandError("--aside needs --group-col (events are the groups)")
            idx = np.array([i for i in idx if ds.groups[i] in ASIDE_EVENTS], dtype=int)
        if opts["holdout_folds"]:
            if not opts["group_col"]:
                raise CommandError("--holdout-folds needs --group-col (folds are grouped by event)")
            idx = np.intersect1d(
                idx, grouped_folds(ds.groups, opts["holdout_folds"], opts["seed"])[opts["fold"]]
            )
        if opts["limit"]:
            idx = idx[: opts["limit"]]
        texts = [ds.texts[i] for i in idx]
        truth = [ds.labels[i] for i in idx]
        tiers = [t.strip() for t in opts["tiers"].split(",") if t.strip()]
        if opts["tenant"]:
            with schema_context(opts["tenant"]):
                reports = self._run(tiers, texts, truth, opts)
        else:
            reports = self._run(tiers, texts, truth, opts)
        if opts["json"]:
            self.stdout.write(json.dumps(reports, indent=2, default=float))
            return
        for name, rep in reports.items():
            self.stdout.write(evaluation.format_report(name, rep))
            self.stdout.write("")

    def _run(self, tiers: list[str], texts: list[str], truth: list[str], opts) -> dict:
        from classification.tiers.rules import default_lexicon

        lexicon = default_lexicon()
        if opts["tenant"]:
            from classification.services import tenant_lexicon

            lexicon = tenant_lexicon()
        rules = [lexicon.classify(t) for t in texts]
        reports = {}
        if "rules" in tiers:
            reports["rules"] = evaluation.report(
                truth,
                [r.severity for r in rules],
                [r.confidence for r in rules],
                [r.confidence if r.severity in ("P0", "P1") else 1 - r.confidence for r in rules],
            )
        model_results = None
        if "model" in tiers or "router" in tiers:
            model_results = self._model(texts, rules, opts)
        if "model" in tiers and model_results is not None:
            reports["model"] = evaluation.report(
                truth,
                [m.severity for m in model_results],
                [m.confidence for m in model_results],
                [m.urgent_score for m in model_results],
            )
            flagged = [m.urgent_flag or m.severity in ("P0", "P1") for m in model_results]
            reports["model"]["routing"] = _routing(truth, flagged)
        if "router" in tiers:  # model unavailable: the router answers as a worker would (rules, review)
            artifact = self._artifact_path(opts) if model_results is not None else None
            reports["router (as deployed, no LLM)"] = self._router(texts, truth, lexicon, artifact, opts)
        if "llm" in tiers:
            reports["llm"] = self._llm(texts, truth, opts)
        return reports

    def _router(self, texts: list[str], truth: list[str], lexicon, artifact: Path | None, opts) -> dict:
        """`router.route_batch` itself, fed as the worker feeds it. With --tenant: the tenant's
        lexicon, rule figures (labelled and reviewed) and watched subjects (an event that names one
        is about the organisation: a safety cue in it pages). Without: the built-in lexicon and the
        committed labelled figures, no watched subject — a fresh tenant, where no rule has reviewed
        figures, so none decides alone."""
        from classification import selectors, trust
        from classification.ml import protocol

        if opts["tenant"]:
            from ingestion.entities import WatchTermMatcher
            from ingestion.models import WatchTerm

            rule_trust = selectors.rule_trust()
            matcher = WatchTermMatcher.build(WatchTerm.objects.filter(enabled=True))
            about_org = [bool(matcher.subjects(t)) for t in texts]
        else:
            rule_trust = trust.RuleTrust(
                {r: trust.Figures(n, ok) for r, (n, ok) in trust.load_committed().items()}
            )
            about_org = None
        decisions = protocol.route(artifact, texts, rule_trust, lexicon=lexicon, about_org=about_org)
        return protocol.decisions_report(truth, decisions)

    def _artifact_path(self, opts) -> Path:
        from classification import registry

        if opts["artifact"]:
            return Path(opts["artifact"])
        if opts["tenant"]:
            path = registry.active_serving().path
            if path is None:
                raise CommandError(f"tenant {opts['tenant']!r} serves no model artifact")
            return path
        return registry.committed_artifact()

    def _model(self, texts, rules, opts):
        from classification.tiers import model as model_tier

        path = self._artifact_path(opts)
        try:
            model = model_tier.load(path)
        except (model_tier.ModelUnavailable, TypeError) as exc:
            self.stderr.write(f"model tier unavailable ({exc}); skipped")
            return None
        self.stderr.write(f"model {model.version} from {path}")
        out = []
        for start in range(0, len(texts), 256):
            out += model.predict(texts[start : start + 256], rules[start : start + 256])
        return out

    def _llm(self, texts, truth, opts) -> dict:
        from classification.tiers import llm

        if not opts["tenant"]:
            raise CommandError("--tiers llm needs --tenant (the LLM spends that tenant's budget)")
        sev, conf, urgent = [], [], []
        for text in texts:
            try:
                v = llm.classify(text=text)
                sev.append(v.severity)
                conf.append(v.confidence)
            except llm.LLMUnavailable:
                sev.append("P3")
                conf.append(0.0)
            urgent.append(conf[-1] if sev[-1] in ("P0", "P1") else 1 - conf[-1])
        return evaluation.report(truth, sev, conf, urgent)


def _routing(truth: list[str], flagged: list[bool]) -> dict:
    """What the routing threshold does: share of true P0+P1 kept away from auto-low, and its cost."""
    pos = [t in ("P0", "P1") for t in truth]
    tp = sum(1 for p, f in zip(pos, flagged, strict=True) if p and f)
    return {
        "flagged_share": sum(flagged) / len(flagged) if flagged else 0.0,
        "urgent_recall": tp / sum(pos) if sum(pos) else 0.0,
        "urgent_precision": tp / sum(flagged) if sum(flagged) else 0.0,
    }


def _apply_p4(path: Path, ds, opts, label_map):
    """Re-read the file and turn rows matching --p4-if into P4 (keeps row alignment with load_table)."""
    import csv

    col, value = opts["p4_if"].split("=", 1)
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    labels = []
    for row in rows:
        raw = str(row.get(opts["label_col"], "")).strip()
        label = label_map.get(raw, raw)
        if label not in ("P0", "P1", "P2", "P3", "P4") or not str(row.get(opts["text_col"]) or "").strip():
            continue
        labels.append("P4" if label == "P3" and value in str(row.get(col, "")) else label)
    ds.labels = labels
    return ds
