"""The admin is for the tenant's admin role only; configuration changes and decisions land in an
append-only audit log that admins filter and export as CSV."""

from __future__ import annotations

import csv
import io

import pytest
from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType

from ingestion.models import Source, WatchTerm
from tests.command_center import factories as f


@pytest.mark.parametrize(
    "email,allowed", [("admin@a.test", True), ("manager@a.test", False), ("viewer@a.test", False)]
)
def test_admin_site_is_for_the_tenant_admin_role_only(in_a, tenant_client, email, allowed):
    response = tenant_client(email=email).get("/admin/")
    if allowed:
        assert response.status_code == 200
        html = response.content.decode()
        assert "CrisisOps" in html and "Tenant A" in html
    else:
        assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_staff_flag_alone_does_not_open_the_admin(in_a, tenant_client, tenant_a):
    manager = tenant_a.user("manager@a.test")
    manager.is_staff = True
    manager.save(update_fields=["is_staff"])
    assert tenant_client(email="manager@a.test").get("/admin/").status_code == 302


def test_admin_lists_configuration_models_of_every_app(in_a, tenant_client):
    html = tenant_client(email="admin@a.test").get("/admin/").content.decode()
    for url in [
        "/admin/ingestion/source/",
        "/admin/ingestion/watchterm/",
        "/admin/auditlog/logentry/",
        "/admin/socialaccount/socialapp/",
    ]:
        assert url in html, url


def test_configuration_change_is_audited_with_before_and_after(in_a, tenant_client, tenant_a):
    term = WatchTerm.objects.create(slug="acme", name="Acme")
    client = tenant_client(email="admin@a.test")
    response = client.post(
        f"/admin/ingestion/watchterm/{term.pk}/change/",
        {"slug": "acme", "name": "Acme Corp", "kind": "brand", "aliases": "", "enabled": "on"},
    )
    assert response.status_code == 302, response.content[:2000]
    entry = LogEntry.objects.get_for_object(term).filter(action=LogEntry.Action.UPDATE).latest("timestamp")
    assert entry.changes_dict["name"] == ["Acme", "Acme Corp"]
    assert entry.actor.email == "admin@a.test"


def test_source_secrets_are_masked_in_the_audit_log(in_a):
    src = Source.objects.create(name="Feed", slug="feed", kind="generic", api_key_hash="a" * 64)
    entry = LogEntry.objects.get_for_object(src).latest("timestamp")
    assert "a" * 64 not in str(entry.changes)


def test_encrypted_credentials_never_reach_the_audit_log(in_a):
    from escalation.models import ChannelConfig

    token = "xoxb-audit-0123456789abcdef"
    src = Source.objects.create(name="Feed", slug="feed", kind="generic", credentials={"token": token})
    cfg = ChannelConfig.objects.create(kind="slack", config={}, credentials={"bot_token": token})
    for obj in (src, cfg):
        for entry in LogEntry.objects.get_for_object(obj):
            assert token[len(token) // 2 :] not in str(entry.changes), entry.changes


def test_alert_ack_decision_is_audited(in_a, tenant_client):
    alert = f.alert(crisis=f.crisis())
    tenant_client(email="manager@a.test").post(f"/alerts/{alert.pk}/acknowledge")
    entry = LogEntry.objects.get_for_object(alert).filter(action=LogEntry.Action.UPDATE).latest("timestamp")
    assert entry.changes_dict["state"] == ["triggered", "acknowledged"]


def test_audit_log_is_filterable_and_exports_csv(in_a, tenant_client):
    WatchTerm.objects.create(slug="globex", name="Globex")
    client = tenant_client(email="admin@a.test")
    ct = ContentType.objects.get_for_model(WatchTerm)
    listing = client.get(f"/admin/auditlog/logentry/?content_type__id__exact={ct.pk}&action__exact=0")
    assert listing.status_code == 200 and "globex" in listing.content.decode().lower()
    ids = list(LogEntry.objects.filter(content_type=ct).values_list("pk", flat=True))
    response = client.post(
        "/admin/auditlog/logentry/", {"action": "export_csv", "_selected_action": [str(i) for i in ids]}
    )
    assert response.status_code == 200 and response["Content-Type"] == "text/csv"
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:3] == ["timestamp", "actor", "action"]
    assert any(r[3] == "ingestion.watchterm" and r[5] == "Globex" for r in rows[1:])


def test_audit_log_cannot_be_edited_or_deleted_in_admin(in_a, tenant_client):
    term = WatchTerm.objects.create(slug="initech", name="Initech")
    entry = LogEntry.objects.get_for_object(term).latest("timestamp")
    client = tenant_client(email="admin@a.test")
    assert client.post(f"/admin/auditlog/logentry/{entry.pk}/delete/", {"post": "yes"}).status_code == 403
    assert LogEntry.objects.filter(pk=entry.pk).exists()
    html = client.get("/admin/auditlog/logentry/").content.decode()
    assert "delete_selected" not in html
