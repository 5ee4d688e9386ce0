"""Per-rule precision: how it is measured, stored per tenant and turned into "may decide alone"."""

from __future__ import annotations

from classification import selectors, trust
from classification.models import RulePrecision
from classification.tiers.rules import Entry, Lexicon


def test_each_rules_answer_counts_for_the_rule_that_decided_it():
    lexicon = Lexicon([Entry("operational", "flood", "P1", 1.5), Entry("security", "ransomware", "P0", 2.0)])
    texts = ["flood downtown", "the flood again", "ransomware and a flood", "nothing to see"]
    labels = ["P1", "P3", "P0", "P3"]
    figures = trust.measure((lexicon.classify(t) for t in texts), labels)
    # "ransomware and a flood": the P0 cue decides the answer, so only ransomware is credited
    assert figures == {"operational:flood": (2, 1), "security:ransomware": (1, 1)}


def test_status_needs_both_figures_at_the_floor_with_support():
    policy = trust.TrustPolicy(floor=0.8, min_labelled=30, min_reviewed=10)
    cases = {
        "trusted": trust.Figures(30, 24, 10, 8),
        "labelled_low": trust.Figures(30, 23, 10, 10),
        "reviews_low": trust.Figures(100, 100, 10, 7),
        "few_reviews": trust.Figures(100, 100, 9, 9),
        "no_figures": trust.Figures(),
        "few_labelled_reviews_low": trust.Figures(5, 5, 12, 6),
    }
    status = {name: trust.RuleTrust({name: f}, policy).status(name) for name, f in cases.items()}
    assert status == {
        "trusted": trust.TRUSTED,
        "labelled_low": trust.BELOW,
        "reviews_low": trust.BELOW,
        "few_reviews": trust.UNPROVEN,
        "no_figures": trust.UNPROVEN,
        "few_labelled_reviews_low": trust.BELOW,
    }
    assert trust.RuleTrust({"r": trust.Figures(40, 36, 12, 11)}).precision("r") == 0.9


def test_every_tenant_starts_with_the_labelled_figures_and_keeps_its_own_reviews(in_a):
    committed = trust.load_committed()
    n, ok = committed["operational:flood"]
    row = RulePrecision.objects.get(rule="operational:flood")  # loaded by the migration
    assert (row.labelled_n, row.labelled_correct) == (n, ok) and n >= 30
    assert selectors.rule_trust().status("operational:flood") == trust.BELOW  # measured at 8 %
    row.reviewed_n = row.reviewed_correct = 12
    row.save()
    refreshed = selectors.rule_trust()  # the per-tenant cache notices the change
    assert refreshed.figures["operational:flood"] == trust.Figures(n, ok, 12, 12)
