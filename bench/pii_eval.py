"""Recall/precision of PII redaction per entity type on ../shared/data/pii_presidio_synth/.

Usage: .venv/bin/python bench/pii_eval.py [--limit N] [--data PATH]

A gold span counts as found when a predicted span of a compatible type overlaps it (typed
recall) or when any redaction overlaps it (redacted: what matters for privacy). A predicted span
is correct when it overlaps a gold span of a compatible type. Gold types we do not redact on
purpose (ORGANIZATION: brands are what we watch; DATE_TIME, TITLE, AGE, NRP...) are listed
separately with their incidental redaction rate.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

# gold label -> predicted presidio types that count as the right kind of redaction
COMPATIBLE = {
    "PERSON": {"PERSON"},
    "STREET_ADDRESS": {"STREET_ADDRESS", "LOCATION"},
    "GPE": {"LOCATION", "STREET_ADDRESS"},
    "CREDIT_CARD": {"CREDIT_CARD"},
    "PHONE_NUMBER": {"PHONE_NUMBER"},
    "EMAIL_ADDRESS": {"EMAIL_ADDRESS"},
    "IBAN_CODE": {"IBAN_CODE"},
    "IP_ADDRESS": {"IP_ADDRESS"},
    "US_SSN": {"US_SSN"},
}


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument(
        "--data", default=str(ROOT.parent / "shared" / "data" / "pii_presidio_synth" / "data.jsonl")
    )
    args = parser.parse_args()
    path = Path(args.data)
    if not path.exists():
        print(f"no data at {path}; nothing to evaluate")
        return

    import django

    django.setup()
    from ingestion.redaction import get_engine

    rows = [json.loads(line) for line in path.open()]
    if args.limit:
        rows = rows[: args.limit]
    engine = get_engine()

    gold_n: dict[str, int] = defaultdict(int)
    gold_typed: dict[str, int] = defaultdict(int)
    gold_redacted: dict[str, int] = defaultdict(int)
    pred_n: dict[str, int] = defaultdict(int)
    pred_ok: dict[str, int] = defaultdict(int)
    started = time.perf_counter()
    docs = engine.nlp.pipe([r["text"] for r in rows], batch_size=64)
    for row, doc in zip(rows, docs, strict=True):
        artifacts = engine.nlp_engine._doc_to_nlp_artifact(doc, "en")
        results = engine.analyzer.analyze(
            text=row["text"],
            language="en",
            entities=engine.entities,
            nlp_artifacts=artifacts,
            score_threshold=engine.score_threshold,
        )
        preds = [((r.start, r.end), r.entity_type) for r in results]
        for span in row["spans"]:
            g = (span["start"], span["end"])
            label = span["label"]
            gold_n[label] += 1
            if any(overlaps(g, p) for p, _ in preds):
                gold_redacted[label] += 1
            if any(overlaps(g, p) and t in COMPATIBLE.get(label, ()) for p, t in preds):
                gold_typed[label] += 1
        for p, t in preds:
            pred_n[t] += 1
            if any(
                overlaps(p, (s["start"], s["end"])) and t in COMPATIBLE.get(s["label"], ())
                for s in row["spans"]
            ):
                pred_ok[t] += 1
    elapsed = time.perf_counter() - started

    print(f"{len(rows)} texts in {elapsed:.1f} s ({elapsed / len(rows) * 1000:.1f} ms/text)\n")
    print(f"{'gold entity':<18}{'n':>6}{'recall(typed)':>15}{'redacted':>10}")
    for label in sorted(gold_n, key=lambda k: -gold_n[k]):
        target = label in COMPATIBLE
        typed = f"{gold_typed[label] / gold_n[label]:.3f}" if target else "   -"
        print(
            f"{label:<18}{gold_n[label]:>6}{typed:>15}{gold_redacted[label] / gold_n[label]:>10.3f}"
            + ("" if target else "   (not a redaction target)")
        )
    print(f"\n{'predicted type':<18}{'n':>6}{'precision':>11}")
    for t in sorted(pred_n, key=lambda k: -pred_n[k]):
        print(f"{t:<18}{pred_n[t]:>6}{pred_ok[t] / pred_n[t]:>11.3f}")
    targets = [lbl for lbl in gold_n if lbl in COMPATIBLE]
    tot_gold = sum(gold_n[lbl] for lbl in targets)
    print(
        f"\nall target PII: recall(typed) {sum(gold_typed[lbl] for lbl in targets) / tot_gold:.3f}, "
        f"redacted {sum(gold_redacted[lbl] for lbl in targets) / tot_gold:.3f}, "
        f"precision {sum(pred_ok.values()) / max(1, sum(pred_n.values())):.3f}"
    )


if __name__ == "__main__":
    main()
