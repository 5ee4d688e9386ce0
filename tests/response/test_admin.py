"""Playbooks are the tenant's own, written in Django admin: a tenant admin adds one with its
tasks, and the next crisis of its category is planned with it."""

from __future__ import annotations

from response.models import Playbook, ResponsePlan, ResponseTask
from tests.response.conftest import open_crisis


def _task(n: int, order: int, title: str, role: str, due: int) -> dict[str, str]:
    prefix = f"tasks-{n}-"
    fields = {"order": str(order), "title": title, "owner_role": role, "due_minutes": str(due)}
    fields |= {"rotation": "", "team": "", "description": ""}
    return {prefix + k: v for k, v in fields.items()}


def test_a_playbook_written_in_django_admin_plans_the_next_crisis_of_its_category(
    desk, handoffs, tenant_client
):
    Playbook.objects.filter(category="legal").delete()
    form = {
        "name": "Lawsuit over fees",
        "slug": "lawsuit-over-fees",
        "category": "legal",
        "min_level": "warning",
        "enabled": "on",
        "description": "",
        "tasks-TOTAL_FORMS": "2",
        "tasks-INITIAL_FORMS": "0",
        "tasks-MIN_NUM_FORMS": "0",
        "tasks-MAX_NUM_FORMS": "1000",
        **_task(0, 1, "Get the claim from counsel", "Legal counsel", 30),
        **_task(1, 2, "Holding statement on the claim", "PR lead", 60),
    }
    response = tenant_client(email="admin@a.test").post("/admin/response/playbook/add/", form)
    assert response.status_code == 302, response.content.decode()[:2000]
    # A crisis manager may not (playbooks are an admin's configuration).
    denied = tenant_client(email="manager@a.test").get("/admin/response/playbook/add/")
    assert denied.status_code in (302, 403)

    crisis = open_crisis(level="high", category="legal", texts=("They are suing the bank over fees",) * 3)
    handoffs.run("response.plan_crisis")
    plan = ResponsePlan.objects.get(crisis=crisis)
    assert [p["name"] for p in plan.playbooks] == ["Lawsuit over fees"]
    tasks = ResponseTask.objects.filter(plan=plan).select_related("owner").order_by("due_at")
    assert [(t.title, t.owner.name) for t in tasks] == [
        ("Get the claim from counsel", "Dan Law"),
        ("Holding statement on the claim", "Priya Press"),
    ]
