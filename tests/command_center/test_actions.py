"""Actions from the command center go through the stages' services; roles are enforced on the
server (a forged POST from a viewer is refused), CSRF is required."""

from __future__ import annotations

import pytest
from django.test import Client

from crisis.models import Crisis, TimelineEntry
from tests.command_center import factories as f
from tests.support.tenancy import in_tenant

MANAGER, VIEWER = "manager@a.test", "viewer@a.test"


@pytest.fixture
def scene(in_a):
    crisis = f.crisis(events=[f.event(severity="P1", category="security")])
    alert = f.alert(crisis=crisis)
    return {"crisis": crisis, "alert": alert}


def test_manager_acknowledges_alert_and_the_sla_countdown_stops(scene, tenant_client):
    client = tenant_client(email=MANAGER)
    alert, crisis = scene["alert"], scene["crisis"]
    response = client.post(f"/alerts/{alert.pk}/acknowledge", HTTP_HX_REQUEST="true")
    assert response.status_code == 204 and response["HX-Location"] == "/alerts/"
    alert.refresh_from_db()
    crisis.refresh_from_db()
    assert alert.state == "acknowledged" and alert.acknowledged_by.email == MANAGER
    assert alert.acknowledged_via == "web"
    assert crisis.status == Crisis.Status.ACKNOWLEDGED
    html = client.get("/").content.decode()
    card = html[html.index(f'id="crisis-{crisis.pk}"') :]
    assert 'data-sla="stopped"' in card and 'data-sla="running"' not in card


def test_crisis_acknowledge_also_acknowledges_its_open_alerts(scene, tenant_client):
    client = tenant_client(email=MANAGER)
    response = client.post(f"/crises/{scene['crisis'].pk}/acknowledge")
    assert response.status_code == 302
    scene["alert"].refresh_from_db()
    assert scene["alert"].state == "acknowledged"
    assert Crisis.objects.get(pk=scene["crisis"].pk).status == "acknowledged"


@pytest.mark.parametrize(
    "path,data",
    [
        ("/alerts/{alert}/acknowledge", {}),
        ("/alerts/{alert}/resolve", {"note": "x"}),
        ("/crises/{crisis}/acknowledge", {}),
        ("/crises/{crisis}/escalate", {}),
        ("/crises/{crisis}/assign", {"owner": "1"}),
        ("/crises/{crisis}/notes", {"text": "hello"}),
        ("/crises/{crisis}/resolve", {"note": "done"}),
        ("/crises/{crisis}/merge", {"source": "1"}),
        ("/crises/{crisis}/split", {"subjects": ["acme"]}),
        ("/alerts/{alert}/not-a-crisis", {}),
    ],
)
def test_viewer_forged_post_is_refused(scene, tenant_client, path, data):
    client = tenant_client(email=VIEWER)
    url = path.format(alert=scene["alert"].pk, crisis=scene["crisis"].pk)
    response = client.post(url, data)
    assert response.status_code == 403
    scene["alert"].refresh_from_db()
    assert scene["alert"].state == "triggered"
    assert Crisis.objects.get(pk=scene["crisis"].pk).status == "open"
    assert not TimelineEntry.objects.filter(
        crisis=scene["crisis"], kind__in=["note", "ack", "resolved", "assign", "merged", "split", "feedback"]
    ).exists()


def test_viewer_forged_api_ack_is_refused_and_manager_api_ack_works(scene, tenant_client):
    alert = scene["alert"]
    viewer = tenant_client(email=VIEWER)
    assert viewer.post(f"/api/v1/alerts/{alert.pk}/acknowledge").status_code == 403
    assert viewer.get("/api/v1/crises").status_code == 200
    manager = tenant_client(email=MANAGER)
    response = manager.post(f"/api/v1/alerts/{alert.pk}/acknowledge")
    assert response.status_code == 200 and response.json()["state"] == "acknowledged"


def test_anonymous_api_is_refused(scene, tenant_client):
    assert tenant_client().post(f"/api/v1/alerts/{scene['alert'].pk}/acknowledge").status_code == 403


def test_post_without_csrf_token_is_refused(scene, tenant_a):
    client = Client(HTTP_HOST=tenant_a.host, enforce_csrf_checks=True)
    with in_tenant(tenant_a):
        client.force_login(tenant_a.user(MANAGER))
    assert client.post(f"/alerts/{scene['alert'].pk}/acknowledge").status_code == 403
    scene["alert"].refresh_from_db()
    assert scene["alert"].state == "triggered"
    # with the token htmx sends from base.html's hx-headers, it goes through
    page = client.get("/").content.decode()
    token = page.split('"X-CSRFToken": "')[1].split('"')[0]
    response = client.post(f"/alerts/{scene['alert'].pk}/acknowledge", HTTP_X_CSRFTOKEN=token)
    assert response.status_code == 302


def test_manager_assigns_adds_note_and_resolves_with_note(scene, tenant_client, tenant_a):
    crisis = scene["crisis"]
    client = tenant_client(email=MANAGER)
    manager = tenant_a.user(MANAGER)
    client.post(f"/crises/{crisis.pk}/assign", {"owner": manager.pk})
    client.post(f"/crises/{crisis.pk}/notes", {"text": "Comms drafting a statement"})
    response = client.post(f"/crises/{crisis.pk}/resolve", {"note": ""})  # a note is required
    assert Crisis.objects.get(pk=crisis.pk).status != "resolved"
    response = client.post(
        f"/crises/{crisis.pk}/resolve", {"note": "Fraud wave blocked, customers refunded"}, follow=True
    )
    assert response.status_code == 200
    crisis.refresh_from_db()
    assert crisis.owner == manager
    assert crisis.status == "resolved" and crisis.resolution_note == "Fraud wave blocked, customers refunded"
    kinds = list(crisis.timeline.values_list("kind", flat=True))
    assert {"assign", "note", "resolved"} <= set(kinds)
    # The redirect lands on the crisis page: the note is on its timeline, the post-mortem linked.
    assert response.redirect_chain == [(f"/crises/{crisis.pk}/", 302)]
    detail = response.content.decode()
    assert "Resolve: done." in detail
    assert "Comms drafting a statement" in detail and f"/crises/{crisis.pk}/postmortem/" in detail


def test_crisis_can_only_be_assigned_to_managers(scene, tenant_client, tenant_a):
    client = tenant_client(email=MANAGER)
    viewer = tenant_a.user(VIEWER)
    client.post(f"/crises/{scene['crisis'].pk}/assign", {"owner": viewer.pk})
    assert Crisis.objects.get(pk=scene["crisis"].pk).owner_id is None


def test_review_correction_is_stored_as_ground_truth(in_a, tenant_client):
    item = f.review_item(severity="P2", category="pr")
    client = tenant_client(email=MANAGER)
    response = client.post(
        f"/review/{item.pk}/decide",
        {"decision": "correct", "severity": "P0", "category": "security"},
        HTTP_HX_REQUEST="true",
        HTTP_HX_TARGET="review-list",
    )
    assert response.status_code == 200
    assert f'id="review-{item.pk}"' not in response.content.decode()
    item.refresh_from_db()
    assert (item.status, item.final_severity, item.final_category) == ("corrected", "P0", "security")
    assert item.reviewer.email == MANAGER
    assert (
        tenant_client(email=VIEWER).post(f"/review/{item.pk}/decide", {"decision": "confirm"}).status_code
        == 403
    )


def test_api_crisis_acknowledge_takes_the_story_alerts_and_resolve_needs_a_note(scene, tenant_client):
    from escalation.models import Alert

    crisis = scene["crisis"]
    # An event alert about the same subject, raised by classification before the crisis opened.
    event_alert = f.alert(crisis=None)
    Alert.objects.filter(pk=event_alert.pk).update(subject=crisis.subject)
    manager = tenant_client(email=MANAGER)
    response = manager.post(f"/api/v1/crises/{crisis.pk}/acknowledge")
    assert response.status_code == 200 and response.json() == {"id": crisis.pk, "status": "acknowledged"}
    states = dict(Alert.objects.filter(pk__in=[scene["alert"].pk, event_alert.pk]).values_list("pk", "state"))
    assert states == {scene["alert"].pk: "acknowledged", event_alert.pk: "acknowledged"}
    assert manager.post(f"/api/v1/crises/{crisis.pk}/resolve", {}).status_code == 400
    response = manager.post(f"/api/v1/crises/{crisis.pk}/resolve", {"note": "statement published"})
    assert response.status_code == 200 and response.json()["status"] == "resolved"


def test_manager_merges_a_crisis_into_this_one_then_splits_its_subject_off_again(
    scene, tenant_client, tenant_a
):
    crisis = scene["crisis"]
    other = f.crisis(subject="acme-card", title="Acme card: fraud reports")
    client = tenant_client(email=MANAGER)
    page = client.get(f"/crises/{crisis.pk}/").content.decode()
    assert f'<option value="{other.pk}">#{other.pk} Acme card: fraud reports (acme-card)</option>' in page
    response = client.post(
        f"/crises/{crisis.pk}/merge", {"source": other.pk, "reason": "same fraud wave"}, follow=True
    )
    assert "Merge: done." in response.content.decode()
    crisis.refresh_from_db()
    other.refresh_from_db()
    assert crisis.story_subjects == ["acme", "acme-card"] and other.merged_into == crisis
    page = response.content.decode()
    assert 'data-subjects="acme acme-card"' in page
    assert f"Crisis #{other.pk} (acme-card) merged into this one by {MANAGER}: same fraud wave" in page

    response = client.post(
        f"/crises/{crisis.pk}/split", {"subjects": ["acme-card"], "reason": "a separate story"}
    )
    split = Crisis.objects.get(split_from=crisis)
    assert response.status_code == 302 and response["Location"] == f"/crises/{split.pk}/"
    page = client.get(f"/crises/{split.pk}/").content.decode()
    # Its page reads the story's history up to the split: the merge is on it.
    assert "merged into this one" in page and f"Split from crisis #{crisis.pk} (acme-card)" in page
    # The last subject cannot be split off.
    response = client.post(f"/crises/{crisis.pk}/split", {"subjects": ["acme"]}, follow=True)
    assert "Split failed" in response.content.decode()


def test_not_a_crisis_from_the_alert_page_is_recorded_and_shown(scene, tenant_client):
    from escalation.models import AlertFeedback

    alert = scene["alert"]
    client = tenant_client(email=MANAGER)
    response = client.post(f"/alerts/{alert.pk}/not-a-crisis", {"note": "a test post"}, follow=True)
    page = response.content.decode()
    assert "Not a crisis: done." in page
    assert f"{MANAGER} via web: Not a crisis / false alarm — a test post" in page
    feedback = AlertFeedback.objects.get(alert=alert)
    assert (feedback.verdict, feedback.user.email) == ("false_alarm", MANAGER)
    alert.refresh_from_db()
    assert alert.state == "acknowledged"
    assert TimelineEntry.objects.filter(crisis=scene["crisis"], kind="feedback").exists()
