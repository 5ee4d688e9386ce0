"""Historical response search: the resolved crises of the tenant closest to a new one, by the
MiniLM embedding of their summaries and top events, each with what it took to resolve."""

from __future__ import annotations

from response.models import CrisisVector, ResponsePlan
from tests.response.conftest import open_crisis, resolved_crisis


def test_a_similar_resolved_crisis_is_found_and_a_dissimilar_one_is_not(desk, handoffs):
    leak = resolved_crisis(
        handoffs,
        subject="acme-card",
        title="Acme card: card numbers on a paste site",
        summary="Customers found their card numbers and expiry dates on a paste site and feared a data "
        "breach; fraud alerts and frozen cards followed. The numbers came from a hacked online merchant.",
        note="Not our breach: a compromised merchant. Cards reissued within 24 h, FAQ published.",
        texts=(
            "My card number is on a paste site, did the bank leak our data?",
            "Fraud alert on my card right after these leak rumours, is the bank hacked?",
        ),
        hours=5.5,
        done=("Customer support macro published", "Decide on card reissue and password resets"),
    )
    fees = resolved_crisis(
        handoffs,
        subject="acme-fees",
        title="Acme Bank: overdraft fee lawsuit",
        summary="A consumer group filed a class action over the overdraft fees the bank charges; the "
        "business press covered it and customers complained about fees.",
        note="Settled with the consumer group; fee schedule simplified.",
        texts=("Class action filed over the bank's overdraft fees", "These overdraft fees are a scam"),
        category="legal",
    )
    assert set(CrisisVector.objects.values_list("crisis_id", flat=True)) == {leak.pk, fees.pk}

    crisis = open_crisis(subject="acme-bank", level="high")
    handoffs.run("response.plan_crisis")

    similar = ResponsePlan.objects.get(crisis=crisis).similar
    assert [s["crisis_id"] for s in similar] == [leak.pk], similar
    match = similar[0]
    assert match["similarity"] >= 0.45
    assert match["resolution_note"].startswith("Not our breach")
    assert match["time_to_resolve_seconds"] == round((leak.resolved_at - leak.opened_at).total_seconds())
    # What worked last time: the tasks its plan got done, in the order they were done.
    assert match["what_worked"] == [
        "Customer support macro published",
        "Decide on card reissue and password resets",
    ]


def test_without_resolved_history_there_is_no_similar_crisis_and_the_plan_is_ready(desk, handoffs):
    crisis = open_crisis(level="high")
    handoffs.run("response.plan_crisis")
    plan = ResponsePlan.objects.get(crisis=crisis)
    assert plan.similar == [] and plan.status == ResponsePlan.Status.READY
