"""Our second scenario ("two_stories", demo.scenario_stories), end to end on real processes like
the acceptance test: a payments outage and a lawsuit over fees about the same bank at once must
give two incidents — each with its own story's events, each paging on its own — not one incident
mixing "outage, down, class action"."""

from __future__ import annotations

import re

import pytest
from django.db import connection

from demo.scenario_stories import LAWSUIT
from tests.e2e.test_acceptance import scenario_played
from tests.support.tenancy import in_tenant

# Playing the story on real processes takes minutes on a busy machine (the fixture counts as
# the first test's time).
pytestmark = [pytest.mark.e2e, pytest.mark.live, pytest.mark.timeout(1200)]

OUTAGE_WORDS = re.compile(r"declined|outage|payments? (are )?fail|app (is )?down|gateway", re.I)
LAWSUIT_WORDS = re.compile(r"lawsuit|class action|overdraft fee|legal claim", re.I)


@pytest.fixture(scope="module")
def two(django_db_setup, django_db_blocker, test_tenants, daphne_server):
    with scenario_played(django_db_blocker, test_tenants, daphne_server, story="two_stories") as result:
        result.play(LAWSUIT[1] + 120)  # both stories, and a little after
        yield result


@pytest.fixture
def db_access(django_db_blocker):
    with django_db_blocker.unblock():
        yield
        connection.set_schema_to_public()


def _incidents(two):
    from crisis.models import Crisis

    with in_tenant(two.tenant):
        crises = list(Crisis.objects.filter(merged_into__isnull=True).order_by("pk"))
        texts = {c.pk: list(c.events.values_list("text", flat=True)) for c in crises}
    connection.set_schema_to_public()
    return crises, texts


def test_two_unrelated_stories_about_the_same_bank_give_two_incidents_not_one_mixed_one(two, db_access):
    crises, texts = _incidents(two)  # (the demo seed's history may hold a crisis of weeks ago)
    summary = [(c.pk, c.story_subjects, c.category, c.status, c.title[:80]) for c in crises]
    outage = [c for c in crises if any(OUTAGE_WORDS.search(t) for t in texts[c.pk])]
    lawsuit = [c for c in crises if any(LAWSUIT_WORDS.search(t) for t in texts[c.pk])]
    assert len(outage) == 1 and len(lawsuit) == 1 and outage != lawsuit, summary
    assert outage[0].category == "operational" and lawsuit[0].category == "legal", summary
    # Not mixed: each incident's evidence is its own story's.
    assert not any(LAWSUIT_WORDS.search(t) for t in texts[outage[0].pk]), texts[outage[0].pk]
    assert not any(OUTAGE_WORDS.search(t) for t in texts[lawsuit[0].pk]), texts[lawsuit[0].pk]


def test_each_story_reaches_people_on_its_own(two, db_access):
    """Each story has its own alert and its own notifications (a page, or a digest entry for a
    P2 story under the default paging policy), and no alert of one carries the other's events."""
    from escalation.models import Alert, Notification

    crises, texts = _incidents(two)
    stories = [
        c for c in crises if any(OUTAGE_WORDS.search(t) or LAWSUIT_WORDS.search(t) for t in texts[c.pk])
    ]
    told = ("pending", "sending", "sent", "held")
    with in_tenant(two.tenant):
        reached = {
            c.pk: sorted(
                set(
                    Notification.objects.filter(
                        alert__crisis=c, purpose="notify", status__in=told
                    ).values_list("kind", flat=True)
                )
            )
            for c in stories
        }
        carried = {
            c.pk: {e for a in Alert.objects.filter(crisis=c) for e in a.details.get("event_ids", [])}
            for c in stories
        }
        own = {c.pk: set(c.events.values_list("pk", flat=True)) for c in stories}
    connection.set_schema_to_public()
    assert len(stories) == 2 and all(reached.values()), reached
    first, second = stories
    assert not (carried[first.pk] & own[second.pk]) and not (carried[second.pk] & own[first.pk])
