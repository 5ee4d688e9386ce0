"""The demo scenario: deterministic, every source kind, the story in order, noise and PII."""

from __future__ import annotations

import itertools
import re

from demo.scenario import BURST_START, CHANNELS, JOURNALIST, NOISE_ROLES, PUSHED
from demo.scenarios import generate
from demo.texts import luhn_card


def _fingerprint(scenario):
    return [(i.seq, i.t, i.channel, i.role, i.title, i.text) for i in scenario.items]


def test_same_seed_gives_the_same_items_and_another_seed_differs():
    assert _fingerprint(generate(7)) == _fingerprint(generate(7))
    assert _fingerprint(generate(7)) != _fingerprint(generate(8))


def test_scenario_covers_every_source_kind_and_every_noise_role():
    scenario = generate(7)
    assert set(scenario.counts()) == set(CHANNELS)
    assert {i.role for i in scenario.items} >= NOISE_ROLES
    viral_retweets = [i for i in scenario.items if i.role == "viral_retweet"]
    assert len(viral_retweets) >= 20, "the harmless ad must really go viral"


def test_rumour_starts_on_reddit_then_a_verified_journalist_amplifies_it_on_x():
    items = generate(7).items
    first_crisis = next(i for i in items if i.role not in NOISE_ROLES and i.role != "baseline")
    assert first_crisis.channel == "reddit" and first_crisis.t == BURST_START
    journalist = next(i for i in items if i.role == "journalist")
    assert journalist.channel == "x" and journalist.author == JOURNALIST
    assert JOURNALIST.verified and JOURNALIST.followers > 100_000
    retweets = [i for i in items if i.attrs.get("retweet_of") is journalist]
    assert len(retweets) >= 50 and all(r.t > journalist.t for r in retweets)
    for role, channels in {
        "support": {"zendesk", "zendesk_webhook"},
        "logs": {"elasticsearch", "splunk_hec"},
    }.items():
        assert channels <= {i.channel for i in items if i.role == role}
    assert {"alertmanager", "pagerduty"} <= {i.channel for i in items if i.role == "alert"}
    assert any(i.role == "news" and i.channel == "newsapi" for i in items)


def test_burst_is_several_times_the_baseline_volume():
    items = generate(7).items
    per_min_baseline = sum(1 for i in items if 180 <= i.t < 240) / 1.0
    per_min_burst = sum(1 for i in items if 330 <= i.t < 390) / 1.0
    assert per_min_baseline >= 5, "events must visibly stream in before the burst"
    assert per_min_burst >= 4 * per_min_baseline


def test_support_tickets_carry_pii_that_redaction_must_remove():
    tickets = [i for i in generate(7).items if i.role == "support" and i.channel.startswith("zendesk")]
    text = " ".join(t.text for t in tickets)
    assert re.search(r"[\w.]+@example\.com", text)
    assert re.search(r"\+44 7700 \d{6}", text)
    cards = re.findall(r"\b\d{4} \d{4} \d{4} \d{4}\b", text)
    assert cards and all(_luhn_ok(c) for c in cards)
    assert sum(1 for t in tickets if t.has_pii) >= len(tickets) // 2


def _luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number.replace(" ", "")]
    total = 0
    for n, d in enumerate(reversed(digits)):
        if n % 2 == 1:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return total % 10 == 0


def test_generated_card_numbers_pass_luhn():
    import random

    rng = random.Random(1)
    assert all(_luhn_ok(luhn_card(rng)) for _ in range(50))


def test_due_windows_release_every_item_exactly_once():
    scenario = generate(7)
    seen = []
    edges = [-1, 0, 10.5, 240, 300.25, 600, scenario.duration]
    for a, b in itertools.pairwise(edges):
        seen.extend(i.seq for i in scenario.due(a, b))
    assert sorted(seen) == list(range(len(scenario.items)))
    assert {i.channel for i in scenario.items if i.channel in PUSHED} == set(PUSHED)
