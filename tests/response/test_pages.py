"""The plan on the people's pages: the crisis page's plan panel (where every alert's plan link
lands), task actions for crisis managers only, progress and the manual planning queue on the
command center, and the plan with its task history in the post-mortem export."""

from __future__ import annotations

import json
import re

from response.alerts import PLAN_PATH
from response.models import ResponsePlan, ResponseTask
from response.services import task_set_status
from tests.response.conftest import open_crisis

MANAGER, VIEWER = "manager@a.test", "viewer@a.test"


def _planned(handoffs):
    crisis = open_crisis(level="high")
    handoffs.run("response.plan_crisis")
    return crisis


def _html(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, response.content[:400]
    return response.content.decode()


def test_the_plan_link_of_every_alert_opens_the_plan_panel(desk, handoffs, tenant_client):
    crisis = _planned(handoffs)
    path, _, anchor = PLAN_PATH.format(crisis_id=crisis.pk).partition("#")
    html = _html(tenant_client(email=VIEWER), path)
    panel = html[html.index(f'id="{anchor}"') :]
    panel = panel[: panel.index("</section>")]
    assert 'data-playbook="Security incident"' in panel and 'data-plan="ready"' in panel
    assert re.search(r"Confirm the scope with the security on-call</span>.*?Sam Secops", panel, re.S)
    assert 'data-done="0" data-total="6"' in panel
    assert "/plan/tasks/" not in panel  # a viewer reads, does not act


def test_a_crisis_manager_marks_a_task_done_from_the_page_and_a_viewer_cannot(desk, handoffs, tenant_client):
    crisis = _planned(handoffs)
    scope = ResponseTask.objects.get(plan__crisis=crisis, title__startswith="Confirm the scope")
    url = f"/crises/{crisis.pk}/plan/tasks/{scope.pk}"
    assert url in _html(tenant_client(email=MANAGER), f"/crises/{crisis.pk}/")

    assert tenant_client(email=VIEWER).post(url, {"status": "done"}).status_code == 403
    response = tenant_client(email=MANAGER).post(url, {"status": "done"}, follow=True)
    assert response.status_code == 200
    scope.refresh_from_db()
    assert scope.status == "done" and scope.changed_by.email == MANAGER
    html = response.content.decode()
    assert "Task “Confirm the scope with the security on-call”: done." in html
    assert 'data-done="1" data-total="6"' in html

    refused = tenant_client(email=MANAGER).post(url, {"status": "skipped", "reason": "late"}, follow=True)
    assert "is done; it cannot become skipped" in refused.content.decode()


def test_from_the_page_a_task_action_answers_with_the_fresh_panel_and_its_outcome(
    desk, handoffs, tenant_client
):
    """HTMX gets the plan panel itself (targeting itself), not a whole-page visit: the page keeps
    its socket, and the outcome, a refusal too, is a notice in the panel, taken so it is not
    shown again on the next page."""
    crisis = _planned(handoffs)
    tasks = list(ResponseTask.objects.filter(plan__crisis=crisis).order_by("order", "pk"))
    client = tenant_client(email=MANAGER)
    for n, task in enumerate(tasks[:2], start=1):
        url = f"/crises/{crisis.pk}/plan/tasks/{task.pk}"
        response = client.post(url, {"status": "done"}, HTTP_HX_REQUEST="true")
        assert response.status_code == 200 and "HX-Location" not in response
        panel = response.content.decode()
        assert panel.lstrip().startswith(f'<section class="panel plan-panel" id="plan-panel-{crisis.pk}"')
        assert f'hx-target="#plan-panel-{crisis.pk}" hx-swap="outerHTML"' in panel
        assert "hx-swap-oob" not in panel
        assert f'data-done="{n}" data-total="6"' in panel
        assert f'id="task-{task.pk}" class="task task-done"' in panel
        assert f"Task “{task.title}”: done." in panel

    refused = client.post(url, {"status": "skipped", "reason": "late"}, HTTP_HX_REQUEST="true")
    assert refused.status_code == 200
    assert "is done; it cannot become skipped" in refused.content.decode()
    assert "cannot become skipped" not in _html(client, f"/crises/{crisis.pk}/")
    assert (
        tenant_client(email=VIEWER).post(url, {"status": "open"}, HTTP_HX_REQUEST="true").status_code == 403
    )


def test_the_command_center_shows_plan_progress_and_the_manual_planning_queue(desk, handoffs, tenant_client):
    from tenants import clock

    planned = _planned(handoffs)
    late = open_crisis(subject="acme-app", level="high")
    handoffs.flush()
    clock.advance(11)
    handoffs.run("response.plan_crisis")
    assert ResponsePlan.objects.get(crisis=late).status == "manual"

    html = _html(tenant_client(email=VIEWER), "/")
    queue = html[html.index('id="manual-queue"') :]
    queue = queue[: queue.index("</div>")]
    assert f'data-manual-crisis="{late.pk}"' in queue and "over its 10 s budget" in queue
    assert f'data-manual-crisis="{planned.pk}"' not in queue
    card = html[html.index(f'id="crisis-{planned.pk}"') :]
    assert re.search(r'class="plan-progress" data-done="0" data-total="6" data-overdue="0"', card)


def test_the_plan_and_its_task_history_are_in_the_postmortem_export(desk, handoffs, tenant_client, tenant_a):
    crisis = _planned(handoffs)
    manager = tenant_a.user(MANAGER)
    scope = ResponseTask.objects.get(plan__crisis=crisis, title__startswith="Confirm the scope")
    macro = ResponseTask.objects.get(plan__crisis=crisis, title="Customer support macro published")
    task_set_status(task=scope, status="in_progress", by_user=manager)
    task_set_status(task=scope, status="done", by_user=manager)
    task_set_status(task=macro, status="skipped", by_user=manager, reason="no customer contact yet")
    client = tenant_client(email=VIEWER)

    exported = json.loads(client.get(f"/crises/{crisis.pk}/postmortem.json").content)
    plan = exported["response_plan"]
    assert plan["status"] == "ready" and plan["progress"] == {
        "done": 1,
        "skipped": 1,
        "total": 6,
        "overdue": 0,
    }
    tasks = {t["title"]: t for t in plan["tasks"]}
    assert tasks["Confirm the scope with the security on-call"]["owner"] == "Sam Secops"
    assert [h["message"] for h in tasks["Confirm the scope with the security on-call"]["history"]] == [
        "Task 'Confirm the scope with the security on-call': Open → In progress",
        "Task 'Confirm the scope with the security on-call': In progress → Done",
    ]
    assert tasks["Customer support macro published"]["skip_reason"] == "no customer contact yet"
    assert any(t["kind"] == "response" for t in exported["timeline"])

    markdown = client.get(f"/crises/{crisis.pk}/postmortem.md").content.decode()
    section = markdown[markdown.index("## Response plan") : markdown.index("## Timeline")]
    assert "**Progress:** 1/6 done, 1 skipped, 0 overdue" in section
    assert "| Confirm the scope with the security on-call | Sam Secops |" in section
    assert "skipped: no customer contact yet" in section
    assert (
        "### Task history" in section and "manager@a.test: Task 'Customer support macro published'" in section
    )


def test_a_plan_change_reaches_the_open_crisis_page_and_the_command_center_live(desk, handoffs, tenant_a):
    from command_center.consumers import FragmentRenderer
    from command_center.selectors.feed import FeedFilters
    from tenants import clock

    crisis = _planned(handoffs)
    scope = ResponseTask.objects.get(plan__crisis=crisis, title__startswith="Confirm the scope")
    task_set_status(task=scope, status="done")
    manager = tenant_a.user(MANAGER)

    def render(page: str, crisis_id: int | None) -> str:
        renderer = FragmentRenderer(
            schema=tenant_a.schema, user=manager, page=page, crisis_id=crisis_id, filters=FeedFilters()
        )
        return renderer.render("plan", {"crisis_id": crisis.pk, "change": "task"})

    on_page = render("crisis", crisis.pk)
    assert f'id="plan-panel-{crisis.pk}"' in on_page and 'hx-swap-oob="true"' in on_page
    assert 'data-done="1" data-total="6"' in on_page
    assert render("crisis", crisis.pk + 1000) == ""  # another crisis' page: nothing

    late = open_crisis(subject="acme-app", level="high")
    handoffs.flush()
    clock.advance(11)
    handoffs.run("response.plan_crisis")
    on_dashboard = render("command_center", None)
    assert '<div hx-swap-oob="true" id="manual-queue"' in on_dashboard.replace("\n", "")
    assert f'data-manual-crisis="{late.pk}"' in on_dashboard
