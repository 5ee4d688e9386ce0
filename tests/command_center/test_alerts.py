"""The command center owns the alert pages and the alerts REST API; notification links open the
alert page; actions go through escalation's services and roles are enforced on the server."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from django.urls import resolve

from escalation import links
from escalation.models import Alert
from tests.command_center import factories as f

MANAGER, VIEWER = "manager@a.test", "viewer@a.test"


@pytest.fixture
def scene(in_a):
    crisis = f.crisis()
    alert = f.alert(crisis=crisis)
    f.notification(alert=alert, channel="email", status="sent")
    f.notification(alert=alert, channel="sms", status="failed", name="Sam Night", email="sam@a.test")
    return {"crisis": crisis, "alert": alert}


def test_alerts_page_shows_the_tier_last_paged(scene, tenant_client):
    alert = scene["alert"]
    alert.current_tier = 1
    alert.policy_snapshot = {"name": "Security incident", "steps": []}
    alert.save(update_fields=["current_tier", "policy_snapshot"])
    html = tenant_client(email=VIEWER).get("/alerts/?scope=all").content.decode()
    row = html[html.index(f'id="alert-{alert.pk}"') :]
    assert re.search(r"<dt>Tier</dt><dd>2 of Security incident</dd>", row), row[:1500]


def test_alerts_page_says_when_no_tier_was_paged_yet(scene, tenant_client):
    Alert.objects.filter(pk=scene["alert"].pk).update(current_tier=-1)
    html = tenant_client(email=VIEWER).get("/alerts/?scope=all").content.decode()
    row = html[html.index(f'id="alert-{scene["alert"].pk}"') :]
    assert "<dt>Tier</dt><dd>not paged yet</dd>" in row


def test_notification_links_open_the_alert_page(scene, tenant_client):
    alert = scene["alert"]
    url = links.alert_url(alert=alert, host="a.localhost")
    path = urlsplit(url).path
    assert resolve(path).view_name == "command_center:alert_detail"
    response = tenant_client(email=VIEWER).get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Acme: data breach allegations" in html and "Delivery attempts" in html
    assert "Dana Ops" in html and "Sam Night" in html


def test_alert_page_actions_are_for_crisis_managers(scene, tenant_client):
    alert = scene["alert"]
    assert (
        f"/alerts/{alert.pk}/acknowledge"
        not in tenant_client(email=VIEWER).get(f"/alerts/{alert.pk}/").content.decode()
    )
    manager = tenant_client(email=MANAGER)
    html = manager.get(f"/alerts/{alert.pk}/").content.decode()
    for action in ("acknowledge", "escalate", "resolve"):
        assert f"/alerts/{alert.pk}/{action}" in html
    response = manager.post(f"/alerts/{alert.pk}/acknowledge", {"next": f"/alerts/{alert.pk}/"})
    assert response.status_code == 302 and response["Location"] == f"/alerts/{alert.pk}/"
    alert.refresh_from_db()
    assert alert.state == "acknowledged" and alert.acknowledged_via == "web"
    # Escalating an acknowledged alert is refused with a message, not a 500.
    response = manager.post(f"/alerts/{alert.pk}/escalate", {"next": f"/alerts/{alert.pk}/"}, follow=True)
    assert "Escalate now failed: alert #" in response.content.decode()


def test_unknown_alert_page_is_404(in_a, tenant_client):
    assert tenant_client(email=VIEWER).get("/alerts/999999/").status_code == 404


def test_api_lists_open_alerts_and_mine(scene, tenant_client):
    viewer = tenant_client(email=VIEWER)
    results = viewer.get("/api/v1/alerts").json()["results"]
    assert [a["id"] for a in results] == [scene["alert"].pk]
    assert results[0]["tier"] == 1 and results[0]["state"] == "triggered"
    assert viewer.get("/api/v1/alerts?mine=1").json()["results"] == []
    mine = tenant_client(email=MANAGER).get("/api/v1/alerts?mine=1").json()["results"]  # Dana Ops
    assert [a["id"] for a in mine] == [scene["alert"].pk]


def test_api_detail_carries_every_delivery_attempt(scene, tenant_client):
    alert = scene["alert"]
    f.pagerduty_paged(alert=alert)
    from escalation import services

    services.alert_acknowledge(alert=alert, by_user=None, via="slack", actor="Sam Night")
    detail = tenant_client(email=VIEWER).get(f"/api/v1/alerts/{alert.pk}").json()
    assert detail["state"] == "acknowledged" and detail["acknowledged_via"] == "slack"
    attempts = [(n["channel"], n["stakeholder"], n["purpose"], n["status"]) for n in detail["notifications"]]
    assert ("email", "Dana Ops", "notify", "sent") in attempts
    assert ("sms", "Sam Night", "notify", "failed") in attempts
    # the provider sync after the ACK went to the PagerDuty service, not to a person
    assert ("pagerduty", None, "acknowledge", "pending") in attempts


def test_api_actions_need_a_crisis_manager_and_answer_409_when_refused(scene, tenant_client):
    alert = scene["alert"]
    viewer, manager = tenant_client(email=VIEWER), tenant_client(email=MANAGER)
    for action in ("acknowledge", "resolve", "escalate"):
        assert viewer.post(f"/api/v1/alerts/{alert.pk}/{action}").status_code == 403
    assert tenant_client().post(f"/api/v1/alerts/{alert.pk}/acknowledge").status_code == 403
    alert.refresh_from_db()
    assert alert.state == "triggered"
    response = manager.post(f"/api/v1/alerts/{alert.pk}/acknowledge")
    assert response.status_code == 200 and response.json()["state"] == "acknowledged"
    assert response.json()["acknowledged_via"] == "api"
    assert manager.post(f"/api/v1/alerts/{alert.pk}/escalate").status_code == 409
    response = manager.post(f"/api/v1/alerts/{alert.pk}/resolve", {"note": "false alarm"})
    assert response.status_code == 200 and response.json()["state"] == "resolved"
    alert.refresh_from_db()
    assert alert.resolution_note == "false alarm" and alert.resolved_via == "api"
    assert manager.post("/api/v1/alerts/999999/acknowledge").status_code == 404


def test_there_is_one_alerts_api_and_one_alert_page(scene, tenant_client):
    manager = tenant_client(email=MANAGER)
    alert = scene["alert"]
    assert manager.get("/api/v1/escalation/alerts").status_code == 404
    assert manager.post(f"/api/v1/escalation/alerts/{alert.pk}/acknowledge").status_code == 404
    assert manager.get(f"/escalation/alerts/{alert.pk}").status_code == 404
    alert.refresh_from_db()
    assert alert.state == "triggered"


def test_openapi_schema_describes_the_alerts_api(in_a, tenant_client):
    response = tenant_client(email=VIEWER).get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    for path in (
        "/api/v1/alerts",
        "/api/v1/alerts/{id}",
        "/api/v1/alerts/{id}/acknowledge",
        "/api/v1/alerts/{id}/resolve",
        "/api/v1/alerts/{id}/escalate",
        "/api/v1/crises",
    ):
        assert path in paths, sorted(paths)
    detail = paths["/api/v1/alerts/{id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert detail["$ref"].endswith("/AlertDetailOutput")


def test_delivery_times_are_the_platform_clock_like_the_timeline(scene, tenant_client):
    """A notification shows when it was sent on the platform clock (`finished_at`, else when it was
    due), as the crisis timeline does: the row's wall-clock `created_at` differs whenever the clock
    is moved (the demo replays a story hours away from now)."""
    from datetime import datetime, timedelta

    from django.utils import timezone

    from escalation.models import Notification

    sent = timezone.make_aware(datetime(2026, 10, 29, 5, 7, 13))
    n = Notification.objects.filter(alert=scene["alert"], status="sent").get()
    Notification.objects.filter(pk=n.pk).update(finished_at=sent, scheduled_for=sent - timedelta(seconds=2))
    for path in (f"/crises/{scene['crisis'].pk}/", f"/alerts/{scene['alert'].pk}/"):
        html = tenant_client(email=VIEWER).get(path).content.decode()
        assert f'<time datetime="{timezone.localtime(sent).isoformat()}">' in html, path
