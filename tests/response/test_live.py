"""With real processes: the plan is handed off beside the alert and built by a worker on its own
queue; when no plan arrives within the budget (the planner is down or backed up) the crisis goes
to the manual planning queue — and the alert went out all the same."""

from __future__ import annotations

import time

import pytest
from django.db import connection, transaction

from escalation.models import Alert
from escalation.seeding import escalation_setup_apply
from response.models import PlanningConfig, ResponsePlan
from response.seeding import playbooks_apply
from response.services import plans_watch
from tests.escalation.conftest import configure_channels, slack_ok, wire
from tests.response.conftest import SETUP, open_crisis
from tests.support import processes
from tests.support.tenancy import in_tenant

pytestmark = pytest.mark.live
SLACK = "/api/chat.postMessage"


def _wait(predicate, *, timeout: float = 60.0, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def _desk(tenant, httpserver, smtp, *, budget: float) -> None:
    with in_tenant(tenant):
        escalation_setup_apply(setup=SETUP)
        playbooks_apply()
        configure_channels(httpserver, smtp.port, kinds=("slack", "email"))
        PlanningConfig.objects.create(planning_budget_seconds=budget, llm_enabled=False)
    connection.set_schema_to_public()


def _open(tenant):
    with in_tenant(tenant), transaction.atomic():  # committed: the hand-offs reach the broker
        crisis = open_crisis(level="high")
    connection.set_schema_to_public()
    return crisis


def _plan(tenant, crisis) -> ResponsePlan | None:
    with in_tenant(tenant):
        plan = ResponsePlan.objects.filter(crisis=crisis).first()
        if plan is not None:
            plan.task_count = plan.tasks.count()
    connection.set_schema_to_public()
    return plan


def test_the_planner_timing_out_puts_the_crisis_on_the_manual_queue_while_the_alert_still_goes_out(
    live_db, tenant_a, httpserver, smtp, tenant_client
):
    slack_ok(httpserver)
    _desk(tenant_a, httpserver, smtp, budget=2.0)
    processes.shared_worker.stop()  # it would take the plan off the respond queue
    notify = processes.start_worker("resp-notify", queues="notify")
    planner = None
    try:
        crisis = _open(tenant_a)
        _wait(lambda: wire(httpserver, SLACK), what="the crisis alert on Slack")
        time.sleep(2.5)  # the planning budget passes with the plan still in the queue
        with in_tenant(tenant_a):
            assert plans_watch()["manual"] == 1  # the beat's watch
            alert = Alert.objects.get(crisis=crisis)
            assert alert.notifications.filter(status="sent").exists()
        connection.set_schema_to_public()
        plan = _plan(tenant_a, crisis)
        assert plan.status == "manual" and "the planner never started" in plan.manual_reason

        html = tenant_client(email="viewer@a.test").get("/").content.decode()
        assert f'data-manual-crisis="{crisis.pk}"' in html

        # The planner comes back: it drafts the plan late, and the crisis stays in the queue.
        planner = processes.start_worker("resp-planner", queues="respond")
        plan = _wait(
            lambda: (p := _plan(tenant_a, crisis)) is not None and p.task_count == 6 and p,
            what="the late draft",
        )
        assert plan.status == "manual"
    finally:
        for worker in (notify, planner):
            if worker is not None:
                worker.stop()


def test_a_worker_builds_the_plan_after_the_crisis_opens_and_hands_its_actions_to_the_alert(
    live_db, tenant_a, httpserver, smtp
):
    slack_ok(httpserver)
    httpserver.expect_request("/api/chat.update").respond_with_json({"ok": True})
    _desk(tenant_a, httpserver, smtp, budget=120.0)  # this test is about the wiring, not the clock
    processes.shared_worker.stop()
    worker = processes.start_worker("resp-all", queues="notify,respond")
    try:
        crisis = _open(tenant_a)
        plan = _wait(
            lambda: (p := _plan(tenant_a, crisis)) is not None and p.status == "ready" and p, what="plan"
        )
        assert plan.task_count == 6 and plan.build_ms is not None

        def carried():
            with in_tenant(tenant_a):
                alert = Alert.objects.filter(crisis=crisis).first()
                details = alert.details if alert else {}
            connection.set_schema_to_public()
            return details.get("recommended_actions")

        actions = _wait(carried, what="the actions on the alert")
        assert actions[0]["title"] == "Confirm the scope with the security on-call"
        assert actions[0]["owner"] == "Sam Secops"
    finally:
        worker.stop()
