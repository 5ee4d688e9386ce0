"""The router as deployed over two brand streams: how many events page, how many reach review.

Usage: .venv/bin/python bench/severity_eval.py [--artifact DIR] [--show]

1. The demo scenario (demo/scenario.py `generate()`, seed 7): every item becomes the event the
   pipeline would classify — title + text, the source's own severity as ingestion maps it
   (`ingestion.sources.common.severity_hint`; a resolve is P4), reach = author followers, the
   watched subjects it names as ingestion finds them with the demo tenant's watch terms
   (`demo.seed.WATCH_TERMS`; an event that names one is "about the organisation");
   retweets and exact repeats collapse into their canonical event (ingestion's dedup), so only
   canonical events are counted. Expected to page: the monitoring alerts the sources themselves
   call critical (Alertmanager firing, PagerDuty trigger; ingestion maps "critical" to P1).
2. A second scenario of our own (`SECOND` below): two unrelated stories about the brand — a
   checkout outage that leaves customers stuck with declined cards, and a fee change people dislike
   — ordinary chatter, and one lone physical threat: a bomb threat at a branch (expected P0).
Each stream is routed in arrival order in batches of 16 (a busy worker) with a fresh tenant's
figures (labelled rule precision, no reviews, no LLM); review admission follows the default
budget (10 % of the day's events, most valuable first, 1 % quality samples) with the same
planner the service uses (`review.plan_admission`). Printed per stream: pages, doubts (review
candidates), reviewed (admitted to the queue), and how many events the P0+P1 score would page at
the artifact's recall-0.90 threshold (`routing_threshold`) if paging followed the score.
"""

from __future__ import annotations

import argparse
import math
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

# (author followers, text, expected severity or "" when any non-urgent answer is fine)
SECOND: list[tuple[int, str, str]] = [
    (120, "Northwind card declined at the supermarket checkout, had to leave my shopping behind", ""),
    (85, "anyone else's @NorthwindBank card getting declined today? third time this morning", ""),
    (40, "Stuck at the petrol station, Northwind card declined and the app won't load. Great.", ""),
    (2300, "Looks like Northwind card payments are failing across the UK, lots of reports", ""),
    (15, "Card declined again. Northwind what is going on??", ""),
    (60, "@NorthwindBank my card was declined, I'm stuck in a taxi with no other way to pay", ""),
    (310, "Northwind says card payments are back to normal after this morning's problems", ""),
    (22, "Northwind card working again, phew", ""),
    (900, "Northwind is raising its overdraft fee again from next month, not impressed", ""),
    (45, "New Northwind overdraft fees are a joke, thinking of switching banks", ""),
    (12, "Is the Northwind fee change in the email real? £5 a month now?", ""),
    (5400, "Northwind Bank to raise monthly account fees, customers unhappy", ""),
    (70, "Northwind fee rise is the last straw for me, moving my salary elsewhere", ""),
    (33, "honestly the new northwind fees aren't that bad compared to other banks", ""),
    (150, "Northwind app update looks nice, the savings pots are handy", ""),
    (18, "Does Northwind do student accounts? Asking for my son", ""),
    (64, "Paid for lunch with my Northwind card, instant notification as always", ""),
    (27, "Northwind branch in Leeds has new opening hours from Monday", ""),
    (92, "Got my Northwind replacement card in two days, impressed", ""),
    (11, "the Northwind chat bot keeps looping, can I talk to a human please", ""),
    (48, "Northwind queue at the Bristol branch is long today", ""),
    (230, "Northwind Bank named in list of top UK employers", ""),
    (19, "switched to Northwind last year, no complaints so far", ""),
    (36, "why does the Northwind app log me out every time I switch apps", ""),
    (75, "Northwind savings rate went up a bit, nice", ""),
    (14, "Northwind customer service actually sorted my issue in 5 minutes", ""),
    (53, "Northwind contactless limit question: does it work abroad?", ""),
    (29, "just opened a Northwind joint account with my partner", ""),
    (66, "Police have evacuated the Northwind branch on Kirkgate after a bomb threat, street closed", "P0"),
    (410, "Bomb threat called in to Northwind Bank Kirkgate, staff and customers got out safely", "P0"),
    (58, "Northwind fee changes explained in their blog post", ""),
    (20, "loving the Northwind budgeting tab", ""),
]


def demo_events(seed: int) -> list[dict]:
    """Canonical events of the demo scenario, in arrival order."""
    from demo.scenarios import generate
    from ingestion.sources.common import severity_hint

    matcher = demo_matcher()
    events, seen = [], set()
    for item in generate(seed).items:
        text = (
            f"{item.title}\n{item.text}" if item.title and not item.text.startswith(item.title) else item.text
        )
        key = _canonical(text)
        if key in seen:
            continue  # a retweet or an exact repeat joins its canonical event
        seen.add(key)
        attrs = item.attrs
        hint, expected = "", ""
        if item.channel == "alertmanager":
            hint = "P4" if attrs.get("status") == "resolved" else severity_hint(attrs.get("severity"))
        elif item.channel == "pagerduty":
            hint = "P4" if attrs.get("action") == "resolve" else severity_hint(attrs.get("severity"))
        elif item.channel in ("elasticsearch", "splunk_hec"):
            hint = severity_hint(attrs.get("level"))
        if item.role == "alert" and attrs.get("severity") == "critical" and hint != "P4":
            expected = hint
        followers = item.author.followers if item.author else 0
        events.append(
            {
                "text": text,
                "hint": hint,
                "reach": followers,
                "expected": expected,
                "role": item.role,
                "about_org": bool(matcher.subjects(item.title, item.text)),
            }
        )
    return events


def second_events() -> list[dict]:
    matcher = demo_matcher()
    return [
        {
            "text": t,
            "hint": "",
            "reach": f,
            "expected": e,
            "role": "second",
            "about_org": bool(matcher.subjects(t)),
        }
        for f, t, e in SECOND
    ]


def demo_matcher():
    """The demo tenant's watch terms as ingestion matches them (`Event.subjects`)."""
    from demo.seed import WATCH_TERMS
    from ingestion.entities import WatchTermMatcher
    from ingestion.models import WatchTerm

    return WatchTermMatcher.build(
        WatchTerm(slug=slug, name=name, kind=kind, aliases=aliases, enabled=True)
        for slug, name, kind, aliases in WATCH_TERMS
    )


def _canonical(text: str) -> str:
    text = re.sub(r"^RT @\w+: ", "", text)
    return re.sub(r"[^\w]+", " ", text.lower()).strip()


def run(events: list[dict], *, artifact: Path, batch: int = 16) -> dict:
    from classification.models import ReviewPolicy
    from classification.review import plan_admission
    from classification.router import RouterInput, ServingModels, route_batch
    from classification.tiers import model as model_tier
    from classification.tiers.rules import default_lexicon
    from classification.trust import Figures, RuleTrust, load_committed

    policy = ReviewPolicy()  # the defaults a new tenant gets (not saved)
    trust = RuleTrust({rule: Figures(n, ok) for rule, (n, ok) in load_committed().items()})
    model = model_tier.load(artifact)
    serving = ServingModels(model)
    lexicon = default_lexicon()
    decisions: list = []
    queued: set[int] = set()
    pending: dict[int, float] = {}
    released = 0
    started = time.perf_counter()
    for start in range(0, len(events), batch):
        chunk = events[start : start + batch]
        items = [
            RouterInput(
                start + k, e["text"], severity_hint=e["hint"], about_org=e["about_org"], reach=e["reach"]
            )
            for k, e in enumerate(chunk)
        ]
        decisions += route_batch(items, lexicon=lexicon, trust=trust, serving=serving, use_llm=False)
        # the day's review budget, as review.review_items_admit applies it after each batch
        allowed = min(policy.daily_cap, int(policy.budget_share * len(decisions)))
        doubts = sorted(
            (
                d
                for d in decisions
                if d.needs_review and d.review_value >= policy.min_value and d.event_id not in queued
            ),
            key=lambda d: -d.review_value,
        )
        weakest = sorted(pending, key=lambda i: pending[i])
        plan = plan_admission(
            values=[d.review_value for d in doubts],
            room=allowed - len(queued),
            pending=[pending[i] for i in weakest],
        )
        for event_id in weakest[: plan.release]:
            queued.discard(event_id)
            del pending[event_id]
            released += 1
        for k in plan.queue:
            queued.add(doubts[k].event_id)
            pending[doubts[k].event_id] = doubts[k].review_value
        room = allowed - len(queued)
        for d in decisions[start:]:
            if room > 0 and not d.needs_review and _sampled(d.event_id, policy.sample_share):
                queued.add(d.event_id)
                room -= 1
    elapsed = time.perf_counter() - started
    expected_p0 = [i for i, e in enumerate(events) if e["expected"] in ("P0", "P1")]
    return {
        "events": len(events),
        "seconds": elapsed,
        "doubts": sum(d.needs_review for d in decisions),
        "doubt_reasons": Counter(_reason_kind(d) for d in decisions if d.needs_review),
        "reviewed": len(queued),
        "released": released,
        "paged": [i for i, d in enumerate(decisions) if d.paged],
        "threshold": model.routing_threshold,
        "score_pages": [i for i, d in enumerate(decisions) if d.urgent_score >= model.routing_threshold],
        "expected_p0": expected_p0,
        "p0_paged": [i for i in expected_p0 if decisions[i].paged],
        "severities": Counter(d.severity for d in decisions),
        "categories": Counter(d.category for d in decisions),
        "decisions": decisions,
        "queued": queued,
    }


def _reason_kind(d) -> str:
    """The first reason a decision is a doubt, without its figures."""
    reasons = d.review_reasons or ["?"]
    first = reasons[0]
    if first.startswith("unproven rule"):
        return "unproven rule's claim"
    if "calm answer" in first:
        return "calm answer, P(P0/P1) >= base rate"
    if "on a page" in first:
        return "page, P(not P0/P1) >= base rate"
    if first.startswith("confidence"):
        return f"confidence < review threshold ({d.tier}{'/safety' if d.category == 'safety' else ''})"
    return first


def _sampled(event_id: int, share: float) -> bool:
    import hashlib

    digest = hashlib.sha256(f"quality-sample:{event_id}".encode()).digest()
    return int.from_bytes(digest[:4], "big") / 2**32 < share


def show(name: str, events: list[dict], result: dict, verbose: bool) -> None:
    n = result["events"]
    print(
        f"{name}: {n} canonical events; paged {len(result['paged'])}; doubtful {result['doubts']}; "
        f"reviewed {result['reviewed']} ({result['reviewed'] / n:.1%}); expected P0/P1 paged "
        f"{len(result['p0_paged'])}/{len(result['expected_p0'])}; {result['seconds'] * 1000 / n:.1f} ms/event"
    )
    from demo.scenario import NOISE_ROLES  # must never page

    noise = [i for i in result["paged"] if events[i]["role"] in NOISE_ROLES]
    print(
        f"  severities {dict(sorted(result['severities'].items()))}  categories {dict(result['categories'])}; "
        f"noise paged: {len(noise)}; about the organisation: {sum(e['about_org'] for e in events)}"
    )
    print(f"  doubts by reason: {dict(result['doubt_reasons'].most_common())}")
    by_score = result["score_pages"]
    print(
        f"  if paging followed the P0+P1 score at the recall-0.90 threshold {result['threshold']:.4f}: "
        f"{len(by_score)} pages ({len(by_score) / n:.1%}), expected P0/P1 among them "
        f"{len(set(by_score) & set(result['expected_p0']))}/{len(result['expected_p0'])}"
    )
    for i in result["paged"]:
        d = result["decisions"][i]
        mark = f"expected {events[i]['expected']}" if events[i]["expected"] else events[i]["role"]
        print(
            f"  paged {d.severity}/{d.category} conf {d.confidence:.2f} by {d.tier} [{mark}]: {events[i]['text'][:90]!r}"
        )
    if verbose:
        for i in sorted(result["queued"], key=lambda i: -result["decisions"][i].review_value):
            d = result["decisions"][i]
            print(
                f"  review {d.review_value:.3f} {d.severity}/{d.category} by {d.tier}: {events[i]['text'][:90]!r}"
            )


def labelled(artifact: Path, data: Path) -> None:
    """Doubts on labelled tweets the model never trained on: the artifact's calibration events
    (development split) and the events kept aside. Routed as a fresh tenant's worker (no LLM, no
    reach); reviewed = the most valuable doubts up to 10 % of the events (the default budget, values
    below the default minimum never queued). Compared with the former definition (any answer below
    CLASSIFICATION_REVIEW_THRESHOLD is a doubt), valued by the same `review_value`."""
    import dataclasses
    import json

    import numpy as np
    from django.conf import settings

    from classification import trust
    from classification.evaluation import expected_calibration_error
    from classification.ml import protocol
    from classification.ml.data import group_split, load_trec_is
    from classification.models import ReviewPolicy
    from classification.router import review_value

    if not data.exists():
        print(f"labelled data: skipped, nothing at {data}")
        return
    policy = ReviewPolicy()
    bar = float(settings.CLASSIFICATION_REVIEW_THRESHOLD)
    seed = int(json.loads((artifact / "meta.json").read_text()).get("training", {}).get("seed", 13))
    dev_all, aside = load_trec_is(data).split_aside()
    _, cal = group_split(dev_all.groups, np.arange(len(dev_all.texts)), 0.2, seed)
    figures = trust.RuleTrust({r: trust.Figures(n, ok) for r, (n, ok) in trust.load_committed().items()})
    for name, ds in (("development calibration events", dev_all.subset(cal)), ("events kept aside", aside)):
        decisions = protocol.route(artifact, ds.texts, figures)
        urgent = np.array([t in ("P0", "P1") for t in ds.labels])
        paged = np.array([d.paged for d in decisions])
        missed = urgent & ~paged
        print(
            f"{name}: {len(decisions)} tweets, P0+P1 {urgent.mean():.1%}; paged {paged.mean():.1%} "
            f"(recall {(paged & urgent).sum() / urgent.sum():.3f}, precision {(paged & urgent).sum() / max(paged.sum(), 1):.3f}); "
            f"P0/P1 not paged: {missed.sum()}; ECE of the P0+P1 score (the doubt's probability) "
            f"{expected_calibration_error([d.urgent_score for d in decisions], urgent.tolist()):.3f}"
        )
        budget = int(policy.budget_share * len(decisions))
        for label, doubt in (
            ("doubt as built", [d.needs_review for d in decisions]),
            (f"former: confidence < {bar:.2f}", [d.needs_review or d.confidence < bar for d in decisions]),
        ):
            values = np.array(
                [
                    review_value(dataclasses.replace(d, review_reasons=d.review_reasons or ["x"]), reach=0)
                    if flag
                    else 0.0
                    for d, flag in zip(decisions, doubt, strict=True)
                ]
            )
            flags = np.array(doubt)
            order = [i for i in np.argsort(-values) if flags[i] and values[i] >= policy.min_value][:budget]
            print(
                f"  {label}: doubtful {flags.mean():.1%}; P0/P1 not paged among doubts {missed[flags].sum()}/{missed.sum()}; "
                f"reviewed {len(order)}: P0/P1 not paged {missed[order].sum()}, pages {paged[order].sum()}"
            )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--artifact", default=str(ROOT / "classification" / "artifacts" / "severity_classifier")
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show", action="store_true", help="list the events queued for review")
    parser.add_argument(
        "--labelled",
        nargs="?",
        const=str(ROOT.parent / "shared" / "data" / "trec_is" / "train.csv"),
        help="also measure doubts on labelled held-out tweets (TREC-IS train.csv)",
    )
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    import torch

    torch.set_num_threads(1)
    artifact = Path(args.artifact)
    demo = demo_events(args.seed)
    show(f"demo scenario (seed {args.seed})", demo, run(demo, artifact=artifact), args.show)
    second = second_events()
    show(
        "second scenario (two brand stories + a bomb threat)",
        second,
        run(second, artifact=artifact),
        args.show,
    )
    print(
        f"review budget check: ⌊10 % × events⌋ = {math.floor(0.1 * len(demo))} and {math.floor(0.1 * len(second))}"
    )
    if args.labelled:
        labelled(artifact, Path(args.labelled))


if __name__ == "__main__":
    main()
