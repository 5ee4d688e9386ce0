"""The router as deployed: which answer wins, physical safety, paging and review value.

`route_batch` is pure given its inputs (lexicon, rule figures, models), so these tests call it
directly; the model tier is the committed head on the real encoder (loaded once per module).
"""

from __future__ import annotations

import pytest

from classification import registry
from classification.router import RouterInput, ServingModels, route_batch
from classification.tiers import model as model_tier
from classification.tiers.rules import default_lexicon
from classification.trust import BELOW, TRUSTED, UNPROVEN, Figures, RuleTrust
from tests.classification.safety_texts import LOOKALIKES, THREATS

BELOW_FLOOR = Figures(labelled_n=200, labelled_correct=30)  # measured: 15 % of its answers right
HIGH = Figures(labelled_n=40, labelled_correct=36, reviewed_n=12, reviewed_correct=11)


@pytest.fixture(scope="module")
def serving():
    return ServingModels(model_tier.load(registry.committed_artifact()))


def route(texts, trust, serving=None, **item):
    serving = serving if serving is not None else ServingModels(None, unavailable="switched off")
    items = [RouterInput(i, t, **item) for i, t in enumerate(texts)]
    return route_batch(items, lexicon=default_lexicon(), trust=trust, serving=serving, use_llm=False)


# Each text's rules answer is decided by one rule (its strongest cue).
CUED = [
    "flooding on the high street, shops closed",
    "ransomware on our file servers, everything is encrypted",
    "class action lawsuit filed over the overdraft fees",
    "the app is down again, outage since nine",
    "boycott trending after the advert",
]


def test_router_never_picks_a_rule_answer_below_its_precision_floor(serving):
    lex = default_lexicon()
    rules = [lex.classify(t).deciding_rule for t in CUED]
    assert all(rules), rules
    # Every rule measured below the floor — on labelled data, or on reviews despite labelled data.
    figures = {rule: BELOW_FLOOR for rule in rules}
    figures[rules[2]] = Figures(labelled_n=40, labelled_correct=38, reviewed_n=10, reviewed_correct=5)
    trust = RuleTrust(figures)
    assert {trust.status(r) for r in rules} == {BELOW}

    decisions = route(CUED, trust, serving)
    model = serving.active.predict(CUED, [lex.classify(t) for t in CUED])
    for d, m in zip(decisions, model, strict=True):
        assert d.tier == "model" and d.severity == m.severity  # the model's answer, never the rule's
        assert d.tier_opinions["rules"]["decides"] is False
        assert d.tier_opinions["model"]["rules_hint"] is False  # a measured-bad rule is no hint either


def test_only_a_rule_at_or_above_the_floor_on_both_figures_decides_alone(serving):
    lex = default_lexicon()
    ransomware = lex.classify(CUED[1]).deciding_rule
    almost = Figures(labelled_n=40, labelled_correct=36, reviewed_n=9, reviewed_correct=9)  # too few reviews
    assert RuleTrust({ransomware: almost}).status(ransomware) == UNPROVEN
    assert RuleTrust({ransomware: HIGH}).status(ransomware) == TRUSTED

    [alone] = route([CUED[1]], RuleTrust({ransomware: HIGH}), serving)
    assert (alone.tier, alone.severity, alone.category) == ("rules", "P0", "security")
    assert alone.confidence == pytest.approx(0.9)  # the weaker measured precision: 36/40
    assert "model" not in alone.tier_opinions  # nothing else was asked


def test_an_unproven_urgent_rule_keeps_its_claim_as_a_doubt_that_pages(serving):
    [d] = route([CUED[1]], RuleTrust({}), serving)  # no figures at all: unproven
    model = d.tier_opinions["model"]
    assert model["severity"] not in ("P0", "P1") and model["rules_hint"] is True
    assert (d.tier, d.severity, d.category) == ("rules", "P0", "security")
    assert d.paged and d.needs_review and d.confidence <= 0.5


def test_a_machine_alert_keeps_its_own_severity(serving):
    [d] = route(["CPU steal above 40% on db-1"], RuleTrust({}), serving, severity_hint="P1")
    assert (d.tier, d.severity, d.category, d.paged) == ("rules", "P1", "operational", True)
    assert not d.needs_review


@pytest.mark.parametrize("with_model", [True, False], ids=["model", "model down"])
def test_threats_to_people_at_a_site_of_the_organisation_page_at_once(serving, with_model):
    decisions = route(THREATS, RuleTrust({}), serving if with_model else None, about_org=True)
    missed = [t for t, d in zip(THREATS, decisions, strict=True) if not (d.paged and d.category == "safety")]
    assert not missed
    assert all(d.severity in ("P0", "P1") for d in decisions)
    # most of them are P0; an injured customer or a cashier in hospital is at least P1
    assert sum(d.severity == "P0" for d in decisions) >= len(THREATS) - 4
    # the review queue may follow, it never holds the page back: doubtful ones are both
    assert any(d.needs_review and d.paged for d in decisions)


def test_a_threat_names_the_site_itself_when_the_event_names_no_watched_subject():
    decisions = route(THREATS, RuleTrust({}), about_org=False)
    assert sum(d.category == "safety" and d.paged for d in decisions) >= len(THREATS) - 2


def test_harmless_uses_of_the_same_words_do_not_page_as_safety(serving):
    decisions = route(LOOKALIKES, RuleTrust({}), serving, about_org=True)
    flagged = [t for t, d in zip(LOOKALIKES, decisions, strict=True) if d.category == "safety"]
    assert not flagged


def test_review_value_grows_with_doubt_severity_and_reach(serving):
    text = "the app is down again, outage since nine"
    [quiet] = route([text], RuleTrust({}), serving, reach=10)
    [loud] = route([text], RuleTrust({}), serving, reach=400_000)
    assert quiet.needs_review and loud.review_value > quiet.review_value
    [calm] = route(["lovely weather for the branch picnic"], RuleTrust({}), serving, reach=10)
    [bomb] = route([THREATS[0]], RuleTrust({}), serving, reach=10, about_org=True)
    assert bomb.review_value > calm.review_value
