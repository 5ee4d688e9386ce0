"""Task tracking: status changes by people (on the timeline), and overdue tasks of a P0/P1
crisis escalating through escalation's SLA machinery like an unacknowledged alert."""

from __future__ import annotations

from datetime import timedelta

import pytest

from escalation.models import Alert, Notification
from escalation.tiers import alerts_check_deadlines
from response import tasks as response_tasks
from response.models import ResponseTask
from response.services import TaskStateError, task_set_status
from tenants import clock
from tests.escalation.conftest import slack_ok
from tests.response.conftest import configure_channels, drain, open_crisis


@pytest.fixture
def wired(desk, httpserver, smtp):
    configure_channels(httpserver, smtp.port, kinds=("slack", "email"))
    slack_ok(httpserver)
    return desk


def _scope(crisis) -> ResponseTask:
    return ResponseTask.objects.select_related("owner").get(
        plan__crisis=crisis, title__startswith="Confirm the scope"
    )


def test_an_overdue_task_on_a_p1_crisis_escalates_like_an_unacknowledged_alert(wired, handoffs, smtp):
    crisis = open_crisis(level="high")
    handoffs.run("response.plan_crisis", "escalation.trigger_crisis_alert")
    drain()
    scope = _scope(crisis)
    assert crisis.severity == "P1" and scope.owner.name == "Sam Secops"

    clock.advance(16 * 60)  # past the scope task's 15 minutes, before the others are due
    assert response_tasks.sweep()["overdue_escalated"] == 1
    scope.refresh_from_db()
    alert = scope.escalation_alert
    assert alert.dedup_key == f"tasks:{crisis.pk}" and alert.severity == "P1" and alert.crisis_id is None
    assert alert.title.startswith("Overdue: 1 response task of ")
    # The owner in place of the policy's first tier; the CISO (its second tier) next.
    steps = alert.policy_snapshot["steps"]
    assert [s["stakeholder_ids"] for s in steps] == [[wired["oncall"].pk], [wired["ciso"].pk]]
    drain()
    paged = Notification.objects.filter(alert=alert, status="sent", kind="page")
    assert [(n.stakeholder.name, n.tier) for n in paged] == [("Sam Secops", 0)]
    assert crisis.timeline.filter(kind="response", message__startswith="Overdue: 'Confirm the scope").exists()
    assert response_tasks.sweep()["overdue_escalated"] == 0  # escalated once

    clock.advance(6 * 60)  # nobody acknowledged within the P1 ACK SLA (5 min)
    alerts_check_deadlines()
    drain()
    paged = Notification.objects.filter(alert=alert, status="sent", kind="page").order_by("tier")
    assert [(n.stakeholder.name, n.tier) for n in paged] == [("Sam Secops", 0), ("Cleo Ciso", 1)]

    clock.advance(9 * 60)  # three more tasks are past their 30 minutes: the same alert, no new page
    assert response_tasks.sweep()["overdue_escalated"] == 3
    alert.refresh_from_db()
    assert alert.trigger_count == 2 and alert.title.startswith("Overdue: 4 response tasks of ")
    assert len(ResponseTask.objects.filter(escalation_alert=alert)) == 4
    drain()
    assert Notification.objects.filter(alert=alert, status="sent", kind="page").count() == 2

    for task in ResponseTask.objects.filter(escalation_alert=alert).order_by("pk"):
        task_set_status(task=task, status="done")
        alert.refresh_from_db()
        if ResponseTask.objects.filter(escalation_alert=alert, status="open").exists():
            assert alert.state != Alert.State.RESOLVED  # still chasing the others
    assert alert.state == Alert.State.RESOLVED and "task done" in alert.resolution_note


def test_an_overdue_task_on_a_p2_crisis_pages_nobody(desk, handoffs):
    crisis = open_crisis(level="warning", severity="P2")
    handoffs.run("response.plan_crisis")
    assert crisis.severity == "P2"
    clock.advance(60 * 60)
    assert response_tasks.sweep()["overdue_escalated"] == 0
    assert not Alert.objects.filter(dedup_key__startswith="tasks:").exists()
    assert _scope(crisis).escalated_at is None


def test_the_crisis_resolving_resolves_its_overdue_task_alerts(wired, handoffs):
    from crisis.services import crisis_resolve

    crisis = open_crisis(level="high")
    handoffs.run("response.plan_crisis")
    clock.advance(16 * 60)
    response_tasks.sweep()
    alert = _scope(crisis).escalation_alert
    assert alert.state == Alert.State.TRIGGERED
    crisis_resolve(crisis=crisis, note="contained")
    handoffs.run("response.crisis_resolved")
    alert.refresh_from_db()
    assert alert.state == Alert.State.RESOLVED and alert.resolution_note == "crisis resolved"


def test_every_task_change_lands_on_the_timeline_and_a_skip_needs_a_reason(desk, handoffs, tenant_a):
    crisis = open_crisis(level="high")
    handoffs.run("response.plan_crisis")
    manager = tenant_a.user("manager@a.test")
    scope = _scope(crisis)

    task_set_status(task=scope, status="in_progress", by_user=manager)
    task_set_status(task=scope, status="in_progress", by_user=manager)  # idempotent
    with pytest.raises(TaskStateError, match="needs a reason"):
        task_set_status(task=scope, status="skipped", by_user=manager)
    task_set_status(task=scope, status="skipped", by_user=manager, reason="the vendor confirmed the scope")
    with pytest.raises(TaskStateError, match="cannot become done"):
        task_set_status(task=scope, status="done", by_user=manager)

    messages = list(
        crisis.timeline.filter(kind="response", data__task_id=scope.pk).values_list("actor", "message")
    )
    assert messages == [
        ("manager@a.test", "Task 'Confirm the scope with the security on-call': Open → In progress"),
        (
            "manager@a.test",
            "Task 'Confirm the scope with the security on-call': In progress → Skipped — the vendor confirmed the scope",
        ),
    ]
    scope.refresh_from_db()
    assert scope.skip_reason == "the vendor confirmed the scope" and scope.changed_by == manager
    assert scope.due_at > clock.now() - timedelta(minutes=1)
