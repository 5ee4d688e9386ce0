"""The demo company (seed_demo) starts with playbooks for the four categories whose owners are its
own people, and one resolved crisis in its history with the plan that resolved it."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.db import connection

from crisis.models import Crisis
from demo.history import TITLE
from response.models import ResponsePlan
from response.owners import OwnerLookup
from response.playbooks import playbooks_for
from tenants import clock
from tests.support.tenancy import in_tenant


@pytest.fixture
def northwind(db, tenant_a):
    call_command(
        "seed_demo", "--schema", tenant_a.schema, "--world-url", "http://127.0.0.1:8950", stdout=io.StringIO()
    )
    connection.set_schema_to_public()
    with in_tenant(tenant_a):
        yield tenant_a


@pytest.mark.parametrize("category", ["pr", "security", "operational", "legal"])
def test_each_category_has_its_own_playbook_owned_by_the_demo_companys_people(northwind, category):
    choice = playbooks_for(category=category, level="high")
    assert choice.recovery == [] and choice.tasks, choice.recovery  # its own playbook, not the default
    assert all(p["category"] == category for p in choice.playbooks)
    lookup = OwnerLookup(at=clock.now())
    owners = {spec.title: lookup.owner(spec) for spec in choice.tasks}
    fallbacks = {title: o.how for title, o in owners.items() if o.fallback}
    assert fallbacks == {}
    assert all(o.stakeholder is not None and o.stakeholder.is_active for o in owners.values())


def test_the_history_holds_one_resolved_crisis_with_its_plan(northwind):
    past = Crisis.objects.get(title=TITLE)
    assert past.status == Crisis.Status.RESOLVED and past.resolution_note
    plan = ResponsePlan.objects.get(crisis=past)
    assert plan.tasks.filter(status="done").count() == plan.tasks.count() > 0
