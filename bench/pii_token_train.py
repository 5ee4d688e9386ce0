"""Train the learned token layer of ingestion's redaction (`ingestion/pii/tokens.py`) and choose its
threshold; writes `ingestion/pii/token_model/` (model.npz, meta.json, metrics.json).

Usage: .venv/bin/python bench/pii_token_train.py [--out ingestion/pii/token_model] [--n-features 262144]
                                                 [--c 0.25,0.5,1] [--keep-model] [--refit]
                                                 [--lower-every N]

The committed model: `--c 1 --refit --lower-every 3`.

`--refit`: once C and the thresholds are chosen, fit the
chosen C again on the training and the threshold templates together and serve that model with the
chosen thresholds (or, since 2026-12-07, the lowest higher one at which it keeps the real-post
limit: the refit is bolder than the chooser at the same threshold); the figures in metrics.json
stay the chooser's.

Protocol. The independent sets (unseen, blind, third … sixth) split their templates by parity:
even ones may be read and tuned on, odd ones are only measured (by `bench/pii_eval.py`, with
seeds nobody has read). Here the even templates are split once more: template_id % 4 == 0 trains
(seeds 5050 + 5072, 6060 + 7005, 8100 + 8102, 9100 + 9102, 10100 + 10102, 11100 + 11102,
12100 + 12102, 13100 + 13102, 14100 + 14102, 15100 + 15102, … 20100 + 20102), template_id % 4 == 2 chooses the
regularisation and the thresholds (seeds 5050, 6060, 8100, 9100, 10100, 11100, 12100, 13100,
14100, 15100, … 20100); with them, `pii_synth`'s dev
split and the presidio set's dev half train. Real posts teach what is *not* personal data: 4,000
CrisisLex T26 tweets, every token the rules leave alone labelled "outside" (tokens the rules
redact are left out: unknown). No odd template and no held-out split is read here. Without
../shared/data the presidio half and the real posts are skipped (said on stdout). The third and
fourth sets came after the rules were last tuned on the first two's even templates: their % 4 ==
2 rows are the only threshold rows the rules have not been fitted to (the fourth's never read at
all), which is why they were added; the fifth and sixth (2026-12-06) were measured blind first,
then added the same way (the fifth's % 4 == 0 texts read, the sixth's never); so were the
seventh and eighth (2026-12-06, written without Faker's lists: the gazetteer knows fewer of their
people), to widen what the layer learns from beyond the shapes the rules were read off; and the
ninth and tenth (2026-12-07, eleventh session), the same way, and the eleventh and twelfth (2026-12-07,
twelfth session: measured whole before anything was read, then added; `--lower-every 3` adds a
lower-cased copy of every third labelled training text), and the thirteenth and fourteenth
(2026-12-07, thirteenth session) the same way, and the fifteenth (2026-12-08, sixteenth session).

Features: each token's own (`tokens.token_keys`), including whether the rules redact it, and
the same of two neighbours on each side — so the word after a first name the rules took is read
knowing that.

The rule: the triple (C of 0.25 / 0.5 / 1, threshold of 0.05 … 0.995, entity threshold 0.99 or
never) with the lowest mean share of threshold texts leaking (ties: the most words kept), among
those that keep, on each threshold set, at least 0.87 of the non-PII words and no more than 3
points fewer than the rules alone keep, and that redact at most 0.2 % of the words of 2,000
CrisisLex T6 tweets (other events than the training tweets) beyond what the rules redact. The
redaction scored is the deployed one: the rules' spans united with the layer's (watch terms cut
out of both).

Reported only (metrics.json): the same cost on customer posts to brands nobody trained or chose
on (airline_sentiment, complaints_acl2019), and the layer's time per text.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import json
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ["PII_TOKEN_MODEL_DIR"] = ""  # the rules alone; the layer is what is trained here
DATA = ROOT.parent / "shared" / "data"
REAL_TRAIN = DATA / "crisislex_t26" / "data.csv"
REAL_THRESHOLD = DATA / "crisislex_t6" / "data.csv"
REAL_REPORT = (DATA / "airline_sentiment" / "data.csv", DATA / "complaints_acl2019" / "data.csv")
# A place or a brand joins a run only when the model is all but certain: at 0.95 the layer took
# "Leeds" after a name and "Samsung" before "Android 14" (tests/ingestion/test_pii_tokens.py,
# test_redaction.py), which the threshold rows, tying, could not see.
ENTITY_THRESHOLDS = (1.01, 0.99)
THRESHOLDS = (
    0.02,
    0.03,
    0.05,
    0.1,
    0.15,
    0.2,
    0.3,
    0.4,
    0.5,
    0.6,
    0.7,
    0.8,
    0.85,
    0.9,
    0.95,
    0.97,
    0.98,
    0.99,
    0.995,
)
# The floor was 0.88 until the seventh set (2026-12-06): its rules alone keep 0.881 of its words
# (dense with IDs, hosts and codes), so a floor of 0.88 let the layer redact nothing there; 0.87
# kept the relative bound (3 points) the one that binds. Since the twelfth set (2026-12-07, its
# threshold rows keep 0.882 of their words with the rules alone) it is the issue's own 0.85: at
# 0.87 the twelfth alone pushed the threshold from 0.05 to 0.8 for every set.
MIN_WORDS_KEPT, MAX_WORDS_COST, MAX_REAL_COST = 0.85, 0.03, 0.002
TRAIN_SEEDS = (
    ("unseen", (5050, 5072)),
    ("blind", (6060, 7005)),
    ("third", (8100, 8102)),
    ("fourth", (9100, 9102)),
    ("fifth", (10100, 10102)),
    ("sixth", (11100, 11102)),
    ("seventh", (12100, 12102)),
    ("eighth", (13100, 13102)),
    ("ninth", (14100, 14102)),
    ("tenth", (15100, 15102)),
    ("eleventh", (16100, 16102)),
    ("twelfth", (17100, 17102)),
    ("thirteenth", (18100, 18102)),
    ("fourteenth", (19100, 19102)),
    ("fifteenth", (20100, 20102)),
)


def _cell(result: dict) -> str:
    cell = f"leak {result['texts leaking']:.3f}  words {result['non-PII words kept']:.3f}"
    return f"{cell:>32}"


def _posts(path: Path, n: int) -> list[str]:
    """`n` posts spread over a shared-data CSV's `text` column (none when the file is absent)."""
    if not path.exists():
        print(f"(no {path}: skipped)")
        return []
    with path.open(newline="", encoding="utf-8") as fh:
        texts = [r["text"] for r in csv.DictReader(fh) if r["text"].strip()]
    return texts[:: max(1, len(texts) // n)][:n]


def _rows(name: str, seeds: tuple[int, ...], keep) -> list[dict]:
    try:
        module = importlib.import_module(f"pii_synth_{name}")
    except ModuleNotFoundError:
        print(f"(no bench/pii_synth_{name}.py: skipped)")
        return []
    rows = []
    for seed in seeds:
        rows += [r for r in module.generate(n=3000, seed=seed) if keep(r["template_id"])][:1500]
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "ingestion" / "pii" / "token_model"))
    parser.add_argument("--n-features", type=int, default=2**18)
    parser.add_argument(
        "--c", default="0.25,0.5,1", help="inverse L2 strengths to try (chosen by the threshold rule)"
    )
    parser.add_argument(
        "--keep-model", action="store_true", help="keep --out's model.npz, choose the thresholds again"
    )
    parser.add_argument(
        "--lower-every",
        type=int,
        default=0,
        help="add a lower-cased copy of every Nth labelled training text (0: none)",
    )
    parser.add_argument(
        "--refit",
        action="store_true",
        help="after choosing, fit the chosen C once more on the training and the threshold templates",
    )
    args = parser.parse_args()

    import django

    django.setup()
    import logging

    import numpy as np
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    import pii_eval
    from pii_synth import BRANDS, HANDLE_BRANDS, generate

    from ingestion.pii import tokens
    from ingestion.pii.spans import Found, allow_pattern, merge
    from ingestion.redaction import get_engine

    engine = get_engine()
    assert engine.token_model is None
    allow = [*BRANDS, *HANDLE_BRANDS]
    allow_re = allow_pattern(allow)
    n_features = args.n_features

    def independent(remainder: int) -> list[dict]:
        """The independent sets' templates with template_id % 4 == remainder, two seeds each."""
        rows: list[dict] = []
        for name, seeds in TRAIN_SEEDS:
            rows += _rows(name, seeds, lambda t: t % 4 == remainder)
        return rows

    train_rows = generate(n=1500, seed=7, split="dev")
    train_rows += independent(0)
    train_rows += pii_eval.load_sets(["presidio"], ["dev"], 0).get("presidio/dev", [])
    threshold_sets = {
        "unseen (templates %4==2, seed 5050)": _rows("unseen", (5050,), lambda t: t % 4 == 2),
        "blind (templates %4==2, seed 6060)": _rows("blind", (6060,), lambda t: t % 4 == 2),
        "third (templates %4==2, seed 8100)": _rows("third", (8100,), lambda t: t % 4 == 2),
        "fourth (templates %4==2, seed 9100)": _rows("fourth", (9100,), lambda t: t % 4 == 2),
        "fifth (templates %4==2, seed 10100)": _rows("fifth", (10100,), lambda t: t % 4 == 2),
        "sixth (templates %4==2, seed 11100)": _rows("sixth", (11100,), lambda t: t % 4 == 2),
        "seventh (templates %4==2, seed 12100)": _rows("seventh", (12100,), lambda t: t % 4 == 2),
        "eighth (templates %4==2, seed 13100)": _rows("eighth", (13100,), lambda t: t % 4 == 2),
        "ninth (templates %4==2, seed 14100)": _rows("ninth", (14100,), lambda t: t % 4 == 2),
        "tenth (templates %4==2, seed 15100)": _rows("tenth", (15100,), lambda t: t % 4 == 2),
        "eleventh (templates %4==2, seed 16100)": _rows("eleventh", (16100,), lambda t: t % 4 == 2),
        "twelfth (templates %4==2, seed 17100)": _rows("twelfth", (17100,), lambda t: t % 4 == 2),
        "thirteenth (templates %4==2, seed 18100)": _rows("thirteenth", (18100,), lambda t: t % 4 == 2),
        "fourteenth (templates %4==2, seed 19100)": _rows("fourteenth", (19100,), lambda t: t % 4 == 2),
        "fifteenth (templates %4==2, seed 20100)": _rows("fifteenth", (20100,), lambda t: t % 4 == 2),
    }
    threshold_sets = {name: rows for name, rows in threshold_sets.items() if rows}
    for r in [*train_rows, *(r for rows in threshold_sets.values() for r in rows)]:
        r.setdefault("brands", [])

    def rules_only(texts: list[str]):
        """The rules' redaction of texts (the layer switched off), with their parsed Docs."""
        layer, engine.token_model = engine.token_model, None
        red = engine.redact_many(texts, allow_list=allow)
        engine.token_model = layer
        return red

    def lowered(rows: list[dict]) -> list[dict]:
        """Lower-cased copies of every `--lower-every`th text (people write so: the blind sets'
        lower-case rows), where lower-casing keeps every offset."""
        if not args.lower_every:
            return []
        out = []
        for row in rows[:: args.lower_every]:
            text = row["text"].lower()
            if len(text) == len(row["text"]) and text != row["text"]:
                spans = [{**s, "value": text[s["start"] : s["end"]]} for s in row["spans"]]
                out.append({**row, "text": text, "spans": spans})
        return out

    def features(rows: list[dict]) -> tuple[object, np.ndarray, np.ndarray, dict]:
        """The training matrix: one row per token, its feature buckets set; labels; weights."""
        rows = [*rows, *lowered(rows)]
        blocks, labels, masks = [], [], []
        for row, red in zip(rows, rules_only([r["text"] for r in rows]), strict=True):
            doc = red.doc
            if doc is None or not len(doc):
                continue
            gold = [s for s in row["spans"] if s["label"] in pii_eval.TARGETS or s["label"] == "USERNAME"]
            for t in doc:
                inside = [s for s in gold if s["start"] < t.idx + len(t.text) and t.idx < s["end"]]
                name = tokens.CLASS_OF.get(inside[0]["label"], "ID_NUMBER") if inside else "O"
                labels.append(tokens.CLASSES.index(name))
                masks.append(True)
            blocks.append(tokens.feature_ids(doc, engine.lexicon, n_features, red.redacted_spans))
        real_train = _posts(REAL_TRAIN, 4000)
        for red in rules_only(real_train):
            if red.doc is None:
                continue
            for t in red.doc:
                labels.append(0)
                masks.append(not any(s < t.idx + len(t.text) and t.idx < e for s, e in red.redacted_spans))
            blocks.append(tokens.feature_ids(red.doc, engine.lexicon, n_features, red.redacted_spans))
        ids = np.vstack(blocks)[np.array(masks)]
        y = np.array(labels)[np.array(masks)]
        rows_idx = np.repeat(np.arange(len(ids)), ids.shape[1])
        flat = ids.ravel()
        keep = flat < n_features
        x = sparse.csr_matrix(
            (np.ones(int(keep.sum()), dtype=np.float32), (rows_idx[keep], flat[keep])),
            shape=(len(ids), n_features),
        )
        x.sum_duplicates()
        x.data[:] = 1.0
        # classes balanced between "outside" and "inside any identifier"
        inside = y > 0
        weight = np.where(inside, 0.5 / inside.mean(), 0.5 / (1 - inside.mean()))
        facts = {
            "texts": len(rows),
            "real_tweets": len(real_train),
            "tokens": len(y),
            "inside": round(float(inside.mean()), 4),
        }
        print(
            f"training set: {len(rows)} labelled texts and {len(real_train)} real tweets, "
            f"{len(y)} tokens ({inside.mean():.1%} inside PII)"
        )
        return x, y, weight, facts

    def fit(data, c: float) -> dict:
        """Fit with inverse L2 strength `c` and write model.npz (float16, what is served)."""
        x, y, weight, _ = data
        started = time.perf_counter()
        model = LogisticRegression(C=c, max_iter=400)
        model.fit(x, y, sample_weight=weight)
        fit_s = time.perf_counter() - started
        print(f"\nC={c}: fitted in {fit_s:.0f} s")
        np.savez_compressed(
            out / "model.npz",
            coef=model.coef_.astype(np.float16),
            intercept=model.intercept_.astype(np.float32),
        )
        return {"c": c, "fit_seconds": round(fit_s)}

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    meta = {
        "features_version": tokens.FEATURES_VERSION,
        "classes": list(tokens.CLASSES),
        "n_features": n_features,
        "threshold": None,
        "entity_threshold": None,
    }

    def serve(threshold: float, entity_threshold: float) -> None:
        """Write meta.json and load the model through the serving code."""
        meta["threshold"], meta["entity_threshold"] = threshold, entity_threshold
        (out / "meta.json").write_text(json.dumps(meta, indent=2) + "\n")
        engine.token_model = tokens.TokenModel.load(out)

    def score_all(rows, rules, docs, threshold, entity_threshold=1.01):
        score = pii_eval.Score()
        for row, rule_spans, doc in zip(rows, rules, docs, strict=True):
            spans = (
                [
                    (f.start, f.end)
                    for f in merge(
                        [
                            *rule_spans,
                            *engine.learned(
                                row["text"],
                                doc,
                                allow_re,
                                ruled=[(f.start, f.end) for f in rule_spans],
                                threshold=threshold,
                                entity_threshold=entity_threshold,
                            ),
                        ]
                    )
                ]
                if doc is not None
                else []
            )
            score.add(row, spans)
        return score.summary()

    def parsed(rows):
        red = rules_only([r["text"] for r in rows])
        return [[Found(s, e, "RULE") for s, e in r.redacted_spans] for r in red], [r.doc for r in red]

    def real_cost(texts: list[str], parsed_texts, threshold=None, entity_threshold=None) -> dict[str, float]:
        """Share of words the layer redacts beyond the rules, and of posts it touches."""
        words = added = touched = 0
        for text, red in zip(texts, parsed_texts, strict=True):
            if red.doc is None:
                continue
            extra = engine.learned(
                text,
                red.doc,
                allow_re,
                ruled=red.redacted_spans,
                threshold=threshold,
                entity_threshold=entity_threshold,
            )
            new = 0
            for m in re.finditer(r"\w+", text):
                by_rules = any(s < m.end() and m.start() < e for s, e in red.redacted_spans)
                new += not by_rules and any(f.start < m.end() and m.start() < f.end for f in extra)
            words += len(re.findall(r"\w+", text))
            added += new
            touched += bool(new)
        return {"words": round(added / max(1, words), 4), "posts": round(touched / max(1, len(texts)), 4)}

    real_threshold = _posts(REAL_THRESHOLD, 2000)
    real_threshold_parsed = rules_only(real_threshold)
    runs = {name: (rows, *parsed(rows)) for name, rows in threshold_sets.items()}
    alone = {name: score_all(rows, rules, docs, 2.0) for name, (rows, rules, docs) in runs.items()}

    def sweep(c: float) -> tuple[tuple | None, list[dict]]:
        """Every (threshold, entity threshold) pair on the threshold sets; the rule's choice."""
        print(f"{'threshold':<17}" + "".join(f"{name[:28]:>32}" for name in threshold_sets))
        table, chosen = [], None
        for entity_threshold in ENTITY_THRESHOLDS:
            for threshold in THRESHOLDS:
                res = {
                    name: score_all(rows, rules, docs, threshold, entity_threshold)
                    for name, (rows, rules, docs) in runs.items()
                }
                cost = real_cost(real_threshold, real_threshold_parsed, threshold, entity_threshold)
                ok = cost["words"] <= MAX_REAL_COST and all(
                    r["non-PII words kept"]
                    >= max(MIN_WORDS_KEPT, alone[n]["non-PII words kept"] - MAX_WORDS_COST)
                    for n, r in res.items()
                )
                leak = float(np.mean([r["texts leaking"] for r in res.values()]))
                words = float(np.mean([r["non-PII words kept"] for r in res.values()]))
                table.append(
                    {
                        "c": c,
                        "threshold": threshold,
                        "entity_threshold": entity_threshold,
                        "allowed": ok,
                        "leaking": leak,
                        "sets": res,
                        "crisislex_t6": cost,
                    }
                )
                print(
                    f"{threshold:<6.3f}/ {entity_threshold:<9.3f}"
                    + "".join(_cell(r) for r in res.values())
                    + f"   T6 +{cost['words']:.2%} words"
                    + ("" if ok else "   (costs too many words)")
                )
                # the lowest leak; among equals, the most words kept
                if ok and (chosen is None or (leak, -words) < (chosen[3], -chosen[4])):
                    chosen = (c, threshold, entity_threshold, leak, words)
        return chosen, table

    cs = [float(c) for c in args.c.split(",")]
    if args.keep_model:
        train_facts = json.loads((out / "metrics.json").read_text())["train"]
        cs = [train_facts["c"]]
        serve(1.0, 1.01)
        chosen, table = sweep(cs[0])
    else:
        data = features(train_rows)
        chosen, table = None, []
        for c in cs:
            fit(data, c)
            serve(1.0, 1.01)
            best, rows = sweep(c)
            table += rows
            if best is not None and (chosen is None or (best[3], -best[4]) < (chosen[3], -chosen[4])):
                chosen = best
                (out / "model.chosen.npz").write_bytes((out / "model.npz").read_bytes())
        (out / "model.chosen.npz").replace(out / "model.npz")
    print("rules alone       " + "".join(_cell(r) for r in alone.values()))
    if chosen is None:
        raise SystemExit("no threshold keeps enough words: the layer is not worth serving")
    c, threshold, entity_threshold = chosen[0], chosen[1], chosen[2]
    if not args.keep_model:
        train_facts = {**data[3], "c": c}
    print(f"chosen C {c}, threshold {threshold}, entity threshold {entity_threshold}")
    refit = None
    if args.refit and not args.keep_model:
        # The threshold rows chose C and the thresholds; the model served then learns from their
        # templates too (twice the templates to learn from). The figures above are the chooser's;
        # the refitted model's own on the threshold rows would be read on its training data.
        refit_data = features([*train_rows, *independent(2)])
        fit(refit_data, c)
        refit = {**refit_data[3], "c": c}
    serve(threshold, entity_threshold)
    if refit is not None:
        # The refit learns from twice the templates and grows bolder at the same threshold: it is
        # served at the lowest threshold from the chosen one up that keeps the real-post limit.
        refit["chosen_threshold"] = threshold
        refit["crisislex_t6"] = real_cost(real_threshold, real_threshold_parsed)
        higher = [t for t in THRESHOLDS if t > threshold]
        while refit["crisislex_t6"]["words"] > MAX_REAL_COST and higher:
            threshold = higher.pop(0)
            serve(threshold, entity_threshold)
            refit["crisislex_t6"] = real_cost(real_threshold, real_threshold_parsed)
        refit["served_threshold"] = threshold
        print(
            f"refitted: served at threshold {threshold}; CrisisLex T6 words redacted beyond the rules "
            f"{refit['crisislex_t6']['words']:.2%}"
        )

    # Reported only: the cost on customer posts to brands, and the layer's time per post.
    real = {}
    for path in REAL_REPORT:
        posts = _posts(path, 2000)
        if not posts:
            continue
        parsed_posts = rules_only(posts)
        docs = [(r.doc, r.redacted_spans) for r in parsed_posts if r.doc is not None]
        t1 = time.perf_counter()
        for doc, ruled in docs:
            engine.token_model.find(doc, engine.lexicon, ruled=ruled)
        ms = (time.perf_counter() - t1) / max(1, len(docs)) * 1000
        real[path.parent.name] = {
            **real_cost(posts, parsed_posts),
            "posts_n": len(posts),
            "layer_ms_per_post": round(ms, 3),
        }
        print(f"{path.parent.name}: {real[path.parent.name]}")
    metrics = {
        "command": "bench/pii_token_train.py " + " ".join(sys.argv[1:]),
        "train": train_facts,
        "threshold_rule": f"(C, threshold, entity threshold) with the lowest mean leak on the threshold sets (ties: most words kept) with words kept >= {MIN_WORDS_KEPT} and >= rules' own - {MAX_WORDS_COST} on each, and <= {MAX_REAL_COST} of CrisisLex T6 words redacted beyond the rules",
        "c": c,
        "threshold": threshold,
        "entity_threshold": entity_threshold,
        "refit": refit,
        "rules_alone": alone,
        "thresholds": table,
        "real_posts_reported": real,
    }
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2, default=float) + "\n")
    size = sum(p.stat().st_size for p in out.iterdir())
    print(f"wrote {out} ({size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
