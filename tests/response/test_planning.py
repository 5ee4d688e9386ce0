"""A crisis gets its plan: the playbooks of its category up to its level, owners found through
escalation's people, rotations and teams, the fallbacks when something is missing, and the
manual planning queue when the plan is late."""

from __future__ import annotations

from datetime import timedelta

from escalation.models import OnCallOverride, OnCallRotation, RoutingRule
from response.models import Playbook, ResponsePlan, ResponseTask
from response.services import plan_take
from tenants import clock
from tests.response.conftest import open_crisis


def _tasks(crisis) -> dict[str, ResponseTask]:
    return {t.title: t for t in ResponseTask.objects.filter(plan__crisis=crisis).select_related("owner")}


def test_a_security_crisis_gets_the_security_playbook_with_owners_resolved_to_the_on_call_people(
    desk, handoffs
):
    crisis = open_crisis(level="high")
    assert handoffs.named("response.plan_crisis") == [{"crisis_id": crisis.pk, "level": "high"}]
    handoffs.run("response.plan_crisis")

    plan = ResponsePlan.objects.get(crisis=crisis)
    assert plan.status == ResponsePlan.Status.READY
    assert [p["name"] for p in plan.playbooks] == ["Security: first response", "Security incident"]
    tasks = _tasks(crisis)
    owners = {title: t.owner.name for title, t in tasks.items()}
    assert owners == {
        "Confirm the scope with the security on-call": "Sam Secops",  # on call now in the rotation
        "Check logs and monitoring for signs of compromise": "Lena Logs",  # the security engineer
        "Legal review of the disclosure duty": "Dan Law",
        "Holding statement approved by the PR lead": "Priya Press",
        "Customer support macro published": "Priya Press",
        "Decide on card reissue and password resets": "Cleo Ciso",
    }
    assert tasks["Confirm the scope with the security on-call"].owner_how == "on call now (Security on-call)"
    scope = tasks["Confirm the scope with the security on-call"]
    assert scope.due_at - plan.ready_at <= timedelta(minutes=15) and scope.status == ResponseTask.Status.OPEN
    entry = crisis.timeline.filter(kind="response").get()
    assert "Confirm the scope with the security on-call → Sam Secops" in entry.message


def test_whoever_covers_the_rotation_now_owns_the_on_call_tasks(desk, handoffs):
    rotation = OnCallRotation.objects.get(name="Security on-call")
    OnCallOverride.objects.create(
        rotation=rotation,
        stakeholder=desk["oncall2"],
        starts_at=clock.now() - timedelta(hours=1),
        ends_at=clock.now() + timedelta(hours=8),
        reason="Sam on leave",
    )
    crisis = open_crisis(level="warning")
    handoffs.run("response.plan_crisis")
    tasks = _tasks(crisis)
    assert set(tasks) == {
        "Confirm the scope with the security on-call",
        "Check logs and monitoring for signs of compromise",
    }
    assert tasks["Confirm the scope with the security on-call"].owner.name == "Lena Logs"


def test_rising_a_level_adds_the_higher_playbook_and_keeps_the_work_done(desk, handoffs):
    from crisis.services import crisis_raise
    from response.services import task_set_status

    crisis = open_crisis(level="warning")
    handoffs.run("response.plan_crisis")
    scope = ResponseTask.objects.get(plan__crisis=crisis, title__startswith="Confirm the scope")
    task_set_status(task=scope, status="done")

    crisis_raise(crisis=crisis, level="high", result={"score": 0.7, "explanation": "worse"})
    handoffs.run("response.plan_crisis")
    plan = ResponsePlan.objects.get(crisis=crisis)
    assert plan.level == "high" and plan.status == ResponsePlan.Status.READY
    tasks = _tasks(crisis)
    assert len(tasks) == 6 and "Legal review of the disclosure duty" in tasks
    assert tasks["Confirm the scope with the security on-call"].status == ResponseTask.Status.DONE
    handoffs.run("response.plan_crisis")  # a redelivered task changes nothing
    assert ResponseTask.objects.filter(plan__crisis=crisis).count() == 6


def test_a_category_without_playbook_or_people_falls_back_to_the_default_playbook_and_policy(desk, handoffs):
    Playbook.objects.filter(category="legal").delete()
    from escalation.models import Stakeholder

    Stakeholder.objects.filter(role="CISO").update(role="Chief information security officer")
    crisis = open_crisis(level="high", category="legal", texts=("They are suing the bank over fees",) * 3)
    handoffs.run("response.plan_crisis")

    plan = ResponsePlan.objects.get(crisis=crisis)
    assert [p["name"] for p in plan.playbooks] == [
        "Default response"
    ] and plan.status == ResponsePlan.Status.READY
    brief = ResponseTask.objects.get(plan=plan, title__startswith="Brief leadership")
    # Nobody has the role "CISO" any more: the first tier of the default escalation policy owns it.
    default = RoutingRule.objects.get(is_default=True).policy
    assert brief.owner.name == "Priya Press" and default.name in brief.owner_how
    assert any("no legal playbook for high" in r for r in plan.recovery)
    assert any("Brief leadership" in r and "nobody has the role 'CISO'" in r for r in plan.recovery)


def test_a_plan_ready_after_its_budget_waits_in_the_manual_queue_until_someone_takes_it(
    desk, handoffs, tenant_a
):
    from response.selectors import manual_queue

    crisis = open_crisis(level="high")
    handoffs.flush()
    clock.advance(11)  # the planner starts 11 s after the hand-off (budget 10 s)
    handoffs.run("response.plan_crisis")

    plan = ResponsePlan.objects.get(crisis=crisis)
    assert plan.status == ResponsePlan.Status.MANUAL
    assert "over its 10 s budget" in plan.manual_reason
    assert plan.tasks.count() == 6  # a draft for whoever takes it
    assert [p.crisis_id for p in manual_queue()] == [crisis.pk]

    plan_take(plan=plan, by_user=tenant_a.user("manager@a.test"))
    plan.refresh_from_db()
    assert plan.status == ResponsePlan.Status.READY and plan.taken_by.email == "manager@a.test"
    assert manual_queue() == []
    assert crisis.timeline.filter(kind="response", message__startswith="Planning taken").exists()


def test_failing_playbook_and_owner_lookups_fall_back_to_the_default_playbook_and_policy(
    desk, handoffs, monkeypatch
):
    """A tool failure (here the database answering errors to the two lookups) is not the end of
    the plan: the default playbook applies, the default escalation policy's first tier owns every
    task, and the crisis' alert was handed off regardless."""
    from django.db import DatabaseError

    from response.owners import OwnerLookup

    real_filter = Playbook.objects.filter

    def playbooks_down(*args, **kwargs):
        if kwargs.get("is_default") is False:  # the category's playbooks; the default still reads
            raise DatabaseError("server closed the connection unexpectedly")
        return real_filter(*args, **kwargs)

    def owners_down(self, spec):
        raise DatabaseError("canceling statement due to statement timeout")

    monkeypatch.setattr(Playbook.objects, "filter", playbooks_down)
    monkeypatch.setattr(OwnerLookup, "_lookup", owners_down)
    crisis = open_crisis(level="high")
    assert handoffs.named("escalation.trigger_crisis_alert")  # alerting never waits for planning
    handoffs.run("response.plan_crisis")

    plan = ResponsePlan.objects.get(crisis=crisis)
    assert plan.status == ResponsePlan.Status.READY
    assert [p["name"] for p in plan.playbooks] == ["Default response"]
    default = RoutingRule.objects.get(is_default=True).policy
    tasks = _tasks(crisis)
    assert tasks and {t.owner.name for t in tasks.values()} == {"Priya Press"}
    assert all(default.name in t.owner_how for t in tasks.values())
    assert "playbook lookup failed (DatabaseError): the default playbook applies" in plan.recovery
    assert all(
        any(title in r and "owner lookup failed (DatabaseError)" in r for r in plan.recovery)
        for title in tasks
    )
