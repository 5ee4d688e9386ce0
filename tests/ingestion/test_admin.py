"""Admin: credentials write-only, unredacted payloads admins-only and audited, release action."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse
from django_tenants.utils import schema_context

from ingestion.models import RawEvent, Source
from tenants.models import AccessLog
from tests.ingestion.conftest import generic_payload, store

SECRET = "sk-live-super-secret-token-123"


@pytest.fixture
def admin_client(tenant_a, in_a) -> Client:
    client = Client(HTTP_HOST=tenant_a.host)
    client.force_login(tenant_a.user("admin@a.test"))
    return client


def test_source_credentials_are_write_only(admin_client, in_a):
    source = Source.objects.create(
        name="X", slug="x-admin", kind="twitter", credentials={"bearer_token": SECRET}
    )
    url = reverse("admin:ingestion_source_change", args=[source.pk])

    page = admin_client.get(url)
    assert page.status_code == 200 and SECRET not in page.content.decode()
    listing = admin_client.get(reverse("admin:ingestion_source_changelist"))
    assert SECRET not in listing.content.decode()

    form = {
        "name": "X",
        "slug": "x-admin",
        "kind": "twitter",
        "enabled": "on",
        "config": "{}",
        "poll_interval_seconds": "60",
        "credibility": "0.5",
        "new_credentials": "",
    }
    assert admin_client.post(url, form).status_code == 302
    source.refresh_from_db()
    assert source.credentials == {"bearer_token": SECRET}  # blank keeps them
    form["new_credentials"] = '{"bearer_token": "rotated"}'
    admin_client.post(url, form)
    source.refresh_from_db()
    assert source.credentials == {"bearer_token": "rotated"}


def test_unredacted_payload_is_admin_only_and_audited(admin_client, tenant_a, generic_source, handoffs):
    [raw_id] = store(generic_source, generic_payload("call me on 415-555-0134", ext="pii-1"))
    url = reverse("admin:ingestion_rawevent_payload", args=[raw_id])
    change = admin_client.get(reverse("admin:ingestion_rawevent_change", args=[raw_id])).content.decode()
    assert "415-555-0134" not in change

    viewer = Client(HTTP_HOST=tenant_a.host)
    viewer.force_login(tenant_a.user("viewer@a.test"))
    assert viewer.get(url).status_code in (302, 403)

    response = admin_client.get(url)
    assert response.status_code == 200 and "415-555-0134" in response.content.decode()
    with schema_context("public"):
        log = AccessLog.objects.filter(action="view_unredacted", schema_name=tenant_a.schema).first()
        assert log is not None and log.user_email == "admin@a.test" and log.detail["raw_event_id"] == raw_id


def test_release_held_action_sends_them_back(admin_client, generic_source, handoffs):
    [raw_id] = store(generic_source, generic_payload("held one"))
    RawEvent.objects.filter(pk=raw_id).update(
        status=RawEvent.Status.HELD_PII, status_reason="PII redaction failed"
    )
    handoffs.clear()
    listing = admin_client.get(reverse("admin:ingestion_rawevent_changelist") + "?attention=1")
    assert "held because PII redaction failed" in listing.content.decode()

    admin_client.post(
        reverse("admin:ingestion_rawevent_changelist"),
        {"action": "release_held", "_selected_action": [raw_id]},
    )
    assert RawEvent.objects.get(pk=raw_id).status == RawEvent.Status.PENDING
    assert handoffs.by("ingestion.process_raw_events") == [{"raw_event_ids": [raw_id]}]


def test_create_api_key_action_shows_the_key_once(admin_client, generic_source):
    response = admin_client.post(
        reverse("admin:ingestion_source_changelist"),
        {"action": "create_api_key", "_selected_action": [generic_source.pk]},
        follow=True,
    )
    text = response.content.decode()
    assert "New API key for" in text and "cio_" in text
    generic_source.refresh_from_db()
    assert generic_source.api_key_hash
