"""Measure every lexicon rule's precision on labelled data and store it per rule.

    manage.py measure_rules [--data ../shared/data/trec_is/train.csv] [--write] [--sync] [--tenants a,b]

A rule's answers are the rules-tier answers it decided (its cue was the most severe that fired);
precision = share whose severity equals the label. Development events only: the events kept
aside (`classification.ml.data.ASIDE_EVENTS`) are never measured on. `--write` stores the
figures of the built-in lexicon in classification/artifacts/rule_precision.json (rule keys and
counts only: no text from the data); `--sync` copies them into every tenant's RulePrecision rows
(shown in the admin), keeping the reviewed figures the tenants collected.
"""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from classification import trust
from classification.tiers.rules import default_lexicon


class Command(BaseCommand):
    help = "Per-rule precision of the rules tier on labelled data (TREC-IS development events)."

    def add_arguments(self, parser):
        parser.add_argument("--data", default=None, help="default: SHARED_DATA_DIR/trec_is/train.csv")
        parser.add_argument("--write", action="store_true", help="write the committed figures file")
        parser.add_argument("--sync", action="store_true", help="copy the figures into tenants' rows")
        parser.add_argument("--tenants", default="", help="comma-separated schemas for --sync (default: all)")

    def handle(self, *args, **opts):
        if opts["write"] or not opts["sync"]:
            self._measure(opts)
        if opts["sync"]:
            self._sync(opts["tenants"])

    def _measure(self, opts) -> None:
        from classification.ml.data import load_trec_is

        data = Path(opts["data"] or Path(settings.SHARED_DATA_DIR) / "trec_is" / "train.csv")
        if not data.exists():
            raise CommandError(f"labelled data not found: {data}")
        dev, _ = load_trec_is(data).split_aside()
        lexicon = default_lexicon()
        figures = trust.measure((lexicon.classify(t) for t in dev.texts), dev.labels)
        policy = trust.TrustPolicy()
        for rule, (n, ok) in sorted(figures.items(), key=lambda kv: -kv[1][0]):
            if n >= policy.min_labelled:
                mark = "≥ floor" if ok >= policy.floor * n else ""
                self.stdout.write(f"{ok / n:6.3f}  {n:6d}  {rule[:90]}  {mark}")
        answered = sum(n for n, _ in figures.values())
        self.stdout.write(
            f"{len(dev.texts)} texts of {len(set(dev.groups))} development events; the lexicon answered "
            f"{answered}; rules with ≥ {policy.min_labelled} answers: "
            f"{sum(1 for n, _ in figures.values() if n >= policy.min_labelled)}, at precision ≥ {policy.floor}: "
            f"{sum(1 for n, ok in figures.values() if n >= policy.min_labelled and ok >= policy.floor * n)}"
        )
        if opts["write"]:
            source = f"{data.name}: {len(set(dev.groups))} development events, {len(dev.texts)} texts"
            trust.write_committed(figures, source=source)
            self.stdout.write(self.style.SUCCESS(f"wrote {trust.COMMITTED_FIGURES}"))

    def _sync(self, tenants: str) -> None:
        from django_tenants.utils import get_public_schema_name, schema_context

        from classification.review import rule_precision_sync
        from tenants.models import Organization

        orgs = Organization.objects.exclude(schema_name=get_public_schema_name())
        if tenants:
            orgs = orgs.filter(schema_name__in=[t.strip() for t in tenants.split(",") if t.strip()])
        for org in orgs:
            with schema_context(org.schema_name):
                n = rule_precision_sync()
            self.stdout.write(f"{org.schema_name}: {n} rules with labelled figures")
