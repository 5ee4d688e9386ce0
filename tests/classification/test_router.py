"""The router as deployed: which answer wins, physical safety, paging and review value.

`route_batch` is pure given its inputs (lexicon, rule figures, models), so these tests call it
directly; the model tier is the committed head on the real encoder (loaded once per module).
"""

from __future__ import annotations

import pytest

from classification import registry
from classification.router import Decision, RouterInput, ServingModels, _doubt, route_batch, urgent_base_rate
from classification.tiers import model as model_tier
from classification.tiers.rules import default_lexicon
from classification.trust import BELOW, TRUSTED, UNPROVEN, Figures, RuleTrust, load_committed
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


def test_an_unproven_rule_never_pages_alone_its_claim_is_a_hint_and_a_doubt(serving):
    """The built-in "data breach" entry (P0) has no labelled figure with support (the cue hardly
    occurs in disaster tweets) and no reviews: unproven. Its claim must not page by itself."""
    text = "Is there a data breach at Northwind Bank? People on reddit say card numbers leaked"
    committed = RuleTrust({rule: Figures(n, ok) for rule, (n, ok) in load_committed().items()})
    rule = default_lexicon().classify(text).deciding_rule
    assert rule == "security:data breach" and committed.status(rule) == UNPROVEN

    [d] = route([text], committed, serving, about_org=True, reach=50)
    model = d.tier_opinions["model"]
    assert model["severity"] not in ("P0", "P1") and model["rules_hint"] is True
    # the model's answer with the rule as a hint: no page, a doubt worth a P0's look
    assert (d.tier, d.severity) == ("model", model["severity"]) and not d.paged
    assert d.confidence == pytest.approx(model["confidence"], abs=1e-4)
    assert d.needs_review and "unproven rule security:data breach says P0" in d.review_reasons
    assert d.review_value >= 1 - d.confidence  # a P0 claim's weight (1.0) × reach factor ≥ 1
    # the same rule measured below the floor is only a feature: no hint, and a doubt only if the
    # model's calibrated P0+P1 probability makes it one
    [plain] = route([text], RuleTrust({rule: BELOW_FLOOR}), serving, about_org=True, reach=50)
    assert plain.tier_opinions["model"]["rules_hint"] is False and not plain.paged
    assert not any(reason.startswith("unproven rule") for reason in plain.review_reasons)
    assert plain.needs_review == (plain.urgent_score >= urgent_base_rate(serving.active))


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


def test_the_base_rate_of_a_doubt_is_the_p0_p1_share_of_the_artifacts_labelled_data(serving):
    import json

    counts = json.loads((serving.active.path / "metrics.json").read_text())["label_counts"]
    rate = urgent_base_rate(serving.active)
    assert rate == pytest.approx((counts["P0"] + counts["P1"]) / sum(counts.values()))
    assert rate is not None and 0.05 < rate < 0.3
    assert urgent_base_rate(None) is None


def _model_answer(severity: str, urgent_score: float, confidence: float = 0.43) -> Decision:
    d = Decision(1, severity, "none", confidence, "model", urgent_score=urgent_score)
    d.paged = severity in ("P0", "P1")
    return d


def test_a_model_answer_is_doubtful_when_its_page_decision_may_be_wrong_not_for_its_raw_confidence():
    base = 0.12
    # calm answers: a doubt once P(P0/P1) reaches the base rate, however low the 5-class confidence
    assert _doubt(_model_answer("P4", 0.05, confidence=0.30), review_threshold=0.7, base_rate=base) == ""
    assert "calm answer" in _doubt(_model_answer("P3", 0.12), review_threshold=0.7, base_rate=base)
    # a page the model is not near-certain of is a doubt; a near-certain one is not
    assert "on a page" in _doubt(_model_answer("P1", 0.30), review_threshold=0.7, base_rate=base)
    assert _doubt(_model_answer("P0", 0.95), review_threshold=0.7, base_rate=base) == ""
    # no measured base rate (an artifact without label counts): the confidence bar, as before
    assert "confidence 0.43 < 0.70" in _doubt(_model_answer("P4", 0.01), review_threshold=0.7, base_rate=None)
    # any other tier keeps the confidence bar
    rules = Decision(1, "P3", "none", 0.5, "rules")
    assert "confidence" in _doubt(rules, review_threshold=0.7, base_rate=base)


def test_routed_model_answers_are_doubts_exactly_when_the_p0_p1_probability_says_so(serving):
    texts = [
        "lovely weather for the branch picnic",
        "just opened a joint account with my partner",
        "the app is down again, outage since nine",
        "flooding on the high street, shops closed",
        "Northwind branch in Leeds has new opening hours from Monday",
        "boycott trending after the advert",
    ]
    base = urgent_base_rate(serving.active)
    assert base is not None
    decisions = route(texts, RuleTrust({}), serving)
    model = [d for d in decisions if d.tier == "model" and "safety" not in d.tier_opinions]
    assert len(model) == len(texts)
    for d in model:
        wrong = 1 - d.urgent_score if d.paged else d.urgent_score
        assert d.needs_review == (wrong >= base or d.tier_opinions["model"]["rules_hint"]), d.rationale
    # both kinds occur in this batch: the definition separates, it does not flag everything
    assert {d.needs_review for d in model} == {True, False}
