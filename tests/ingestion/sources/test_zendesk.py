"""Zendesk: incremental ticket export (cursor paging, resume, 429, 401) and signed webhooks."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta

import pytest
from werkzeug import Response

from ingestion.models import RawEvent
from ingestion.sources import ParseError, get_connector
from ingestion.sources.polling import source_poll, sources_claim_due
from ingestion.sources.zendesk.connector import sign
from tests.ingestion.sources.conftest import fixture_json, fixture_text, raw_payloads

EXPORT = "/api/v2/incremental/tickets/cursor.json"
API_TOKEN = "zd-api-token-5ec7e7-very-secret"
SECRET = "dGhpcyBpcyBhIHNpZ25pbmcgc2VjcmV0"


@pytest.fixture
def export_source(make_source, httpserver, frozen_clock):
    return make_source(
        "zendesk",
        config={"base_url": httpserver.url_for("")},
        credentials={"email": "ops@acme.example", "api_token": API_TOKEN},
    )


@pytest.fixture
def hook_source(make_source):
    return make_source("zendesk", config={"subdomain": "acme"}, credentials={"webhook_secret": SECRET})


# Export ----------------------------------------------------------------------------------------
def test_export_pages_with_cursor_until_end_of_stream_and_skips_deleted(export_source, httpserver, in_a):
    httpserver.expect_ordered_request(EXPORT).respond_with_json(
        fixture_json("zendesk", "incremental_tickets_page1.json")
    )
    httpserver.expect_ordered_request(EXPORT).respond_with_json(
        fixture_json("zendesk", "incremental_tickets_page2.json")
    )

    outcome = source_poll(source_id=export_source.pk)

    first, second = (req for req, _ in httpserver.log)
    assert "start_time" in first.args and "cursor" not in first.args
    assert (
        first.headers["Authorization"]
        == "Basic " + base64.b64encode(f"ops@acme.example/token:{API_TOKEN}".encode()).decode()
    )
    assert second.args["cursor"] == "MTc5NTQ1NTIwMC4wfHw0ODgxMnw="
    assert outcome.pages == 2 and outcome.stored == 2
    assert set(raw_payloads(export_source)) == {"ticket:48810", "ticket:48814"}  # deleted 48790 skipped
    export_source.refresh_from_db()
    assert export_source.cursor == {"after_cursor": "MTc5NTQ1NTQwMC4wfHw0ODgxNHw="}


def test_export_resumes_from_stored_cursor_after_restart(export_source, httpserver, in_a):
    export_source.config["max_pages_per_run"] = 1
    export_source.save()
    httpserver.expect_ordered_request(EXPORT).respond_with_json(
        fixture_json("zendesk", "incremental_tickets_page1.json")
    )
    httpserver.expect_ordered_request(EXPORT).respond_with_json(
        fixture_json("zendesk", "incremental_tickets_page2.json")
    )

    assert source_poll(source_id=export_source.pk).status == "caught_up_later"
    export_source.refresh_from_db()
    assert export_source.cursor["after_cursor"] == "MTc5NTQ1NTIwMC4wfHw0ODgxMnw="
    assert export_source.pk in sources_claim_due()  # more waiting: due at the next beat tick

    assert source_poll(source_id=export_source.pk, force=True).status == "ok"
    assert httpserver.log[1][0].args["cursor"] == "MTc5NTQ1NTIwMC4wfHw0ODgxMnw="


def test_recorded_export_ticket_parses_with_priority_and_agent_url():
    ticket = fixture_json("zendesk", "incremental_tickets_page2.json")["tickets"][0]
    parsed = get_connector("zendesk").parse(ticket)

    assert parsed.platform == "support" and parsed.external_id == "ticket:48814"
    assert parsed.title == "Card declined everywhere"
    assert parsed.text == "Card declined everywhere\n\nMy Acme card is declined at every shop today."
    assert parsed.url == "https://acme.zendesk.com/agent/tickets/48814"
    assert parsed.extra["priority"] == "urgent" and parsed.extra["severity_hint"] == "P1"
    assert parsed.occurred_at == datetime(2026, 11, 23, 17, 30, tzinfo=UTC)


def test_export_429_retry_after_pushes_next_poll_back(export_source, httpserver, in_a, frozen_clock):
    httpserver.expect_request(EXPORT).respond_with_response(
        Response('{"error": "APIRateLimitExceeded"}', status=429, headers={"Retry-After": "93"})
    )
    before = frozen_clock.now()
    assert source_poll(source_id=export_source.pk).status == "transient"
    export_source.refresh_from_db()
    assert timedelta(seconds=92) <= export_source.next_poll_at - before <= timedelta(seconds=98)
    assert source_poll(source_id=export_source.pk).status == "backoff" and len(httpserver.log) == 1


def test_export_401_disables_source_without_leaking_the_token(export_source, httpserver, in_a):
    httpserver.expect_request(EXPORT).respond_with_json({"error": "Couldn't authenticate you"}, status=401)
    assert source_poll(source_id=export_source.pk).status == "permanent"
    export_source.refresh_from_db()
    assert not export_source.enabled and "HTTP 401" in export_source.last_error
    assert API_TOKEN not in export_source.last_error


def test_webhook_only_source_is_never_polled(hook_source, in_a):
    assert hook_source.pk not in sources_claim_due()


# Webhook ---------------------------------------------------------------------------------------
def deliver(client, source, body: bytes, *, secret=SECRET, timestamp=None, signature=None):
    timestamp = timestamp or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    signature = signature or sign(secret=secret, body=body, timestamp=timestamp)
    return client.post(
        f"/api/v1/intake/zendesk/{source.slug}",
        data=body,
        content_type="application/json",
        HTTP_X_ZENDESK_WEBHOOK_SIGNATURE=signature,
        HTTP_X_ZENDESK_WEBHOOK_SIGNATURE_TIMESTAMP=timestamp,
    )


@pytest.fixture
def client(tenant_client, tenant_a):
    return tenant_client(tenant_a)


def test_signed_ticket_created_webhook_is_stored_and_parses(hook_source, client, in_a):
    body = fixture_text("zendesk", "webhook_ticket_created.json").encode()
    response = deliver(client, hook_source, body)

    assert response.status_code == 202 and response.json()["stored"] == 1
    raw = RawEvent.objects.get(source=hook_source)
    assert raw.external_id == "ticket:48812"
    parsed = get_connector("zendesk").parse(raw.payload)
    assert parsed.title == "Charged twice and app crashing"
    assert (
        parsed.extra["priority"] == "urgent" and parsed.extra["event_type"] == "zen:event-type:ticket.created"
    )
    assert parsed.occurred_at == datetime(2026, 11, 23, 17, 36, 12, tzinfo=UTC)


def test_ticket_change_webhook_is_its_own_event_and_redelivery_is_idempotent(hook_source, client, in_a):
    created = fixture_text("zendesk", "webhook_ticket_created.json").encode()
    changed = fixture_text("zendesk", "webhook_priority_changed.json").encode()
    deliver(client, hook_source, created)
    deliver(client, hook_source, changed)
    again = deliver(client, hook_source, changed)

    assert again.status_code == 202 and again.json() == {
        "status": "accepted",
        "stored": 0,
        "duplicates": 1,
        "spooled": 0,
    }
    ids = sorted(RawEvent.objects.filter(source=hook_source).values_list("external_id", flat=True))
    assert ids == ["ticket:48812", "ticket:48812:priority_changed:5f0b1c7e-2a4d-4b8e-9c51-7f3a61f2d9aa"]


def test_bad_signature_stale_timestamp_and_unknown_slug_are_refused(hook_source, client, in_a):
    body = fixture_text("zendesk", "webhook_ticket_created.json").encode()
    assert deliver(client, hook_source, body, secret="wrong-secret").status_code == 401
    assert (
        deliver(client, hook_source, body, signature="AAAA").json()["detail"] == "invalid webhook signature"
    )
    stale = (datetime.now(UTC) - timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert "too old" in deliver(client, hook_source, body, timestamp=stale).json()["detail"]
    missing = client.post(
        f"/api/v1/intake/zendesk/{hook_source.slug}", data=body, content_type="application/json"
    )
    assert missing.status_code == 401
    hook_source.slug = "renamed"
    assert deliver(client, hook_source, body).status_code == 404
    assert not RawEvent.objects.exists()


def test_source_without_signing_secret_fails_closed(make_source, client, in_a):
    source = make_source("zendesk", credentials={})
    assert deliver(client, source, b'{"ticket": {"id": 1}}').status_code == 403


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"{nope", "not valid JSON"),
        (b"[]", "must be a JSON object"),
        (b'{"ticket": {"subject": "x"}}', "no ticket id"),
    ],
)
def test_malformed_signed_webhooks_get_400_with_reason(hook_source, client, in_a, body, reason):
    response = deliver(client, hook_source, body)
    assert response.status_code == 400 and reason in response.json()["detail"]


def test_trigger_style_webhook_without_text_is_stored_and_fails_parsing_with_reason(
    hook_source, client, in_a
):
    body = json.dumps({"ticket": {"id": "501", "priority": "high"}}).encode()
    assert deliver(client, hook_source, body).status_code == 202
    with pytest.raises(ParseError, match="no subject and no description"):
        get_connector("zendesk").parse(RawEvent.objects.get(source=hook_source).payload)


def test_a_user_event_webhook_is_ignored_with_a_reason_and_stored_nowhere(hook_source, client, in_a):
    body = fixture_text("zendesk", "webhook_user_created.json").encode()
    response = deliver(client, hook_source, body)

    assert response.status_code == 200  # 2xx: Zendesk does not retry it
    assert response.json() == {
        "status": "ignored",
        "reason": "zen:event-type:user.created is not a ticket event; only zen:event-type:ticket.* events are stored",
    }
    assert not RawEvent.objects.filter(source=hook_source).exists()


def test_a_user_event_stored_before_the_fix_goes_to_review_with_the_reason():
    payload = fixture_json("zendesk", "webhook_user_created.json")
    with pytest.raises(ParseError, match=r"user\.created is not a ticket event"):
        get_connector("zendesk").parse(payload)
