"""The poll driver: claims, the per-source run lock, store-before-cursor, registry, scrubbing,
and the Celery tasks end to end on a real worker."""

from __future__ import annotations

import threading
import time
import zlib
from datetime import timedelta

import psycopg
import pytest
from django.conf import settings
from django.db import DatabaseError, connection

import ingestion.sources.polling as polling
from config.celery import app
from ingestion.models import Event, RawEvent, Source, SourceKind
from ingestion.sources import get_connector, registered_kinds
from ingestion.sources.polling import source_poll, sources_claim_due, sources_poll_due
from tests.ingestion.sources.conftest import fixture_json
from tests.support.tenancy import in_tenant

TOKEN = "AAAA-bearer-token-never-in-logs-42"
SEARCH = "/2/tweets/search/recent"


@pytest.fixture
def tweets(make_source, httpserver, frozen_clock):
    return make_source(
        "twitter",
        config={"base_url": httpserver.url_for(""), "query": "acme"},
        credentials={"bearer_token": TOKEN},
        cursor={"since_id": "1793350000000000000"},
    )


def test_every_named_source_kind_has_a_connector_and_pollers_are_the_documented_ones():
    assert set(registered_kinds()) >= set(SourceKind.values) - {SourceKind.GENERIC}
    assert set(polling.poller_kinds()) == {"twitter", "reddit", "newsapi", "rss", "zendesk", "elasticsearch"}
    for kind in ("splunk_hec", "alertmanager", "pagerduty"):
        assert not get_connector(kind).is_poller


def test_a_due_source_is_claimed_once_and_not_again_until_the_lease_expires(tweets, in_a, frozen_clock):
    assert sources_claim_due() == [tweets.pk]
    assert sources_claim_due() == []
    tweets.refresh_from_db()
    assert tweets.next_poll_at >= frozen_clock.now() + timedelta(seconds=polling.LEASE_SECONDS - 5)


def test_beat_sweep_enqueues_one_poll_task_per_claimed_source(tweets, make_source, in_a, monkeypatch):
    make_source("twitter", config={"query": "x"}, credentials={"bearer_token": "t"}, enabled=False)
    make_source("splunk_hec")  # push-only kinds are never polled
    sent = []
    monkeypatch.setattr(polling, "enqueue", lambda name, **kw: sent.append((name, kw)))

    assert sources_poll_due() == [tweets.pk]
    assert sent == [("ingestion.poll_source", {"source_id": tweets.pk})]


def test_a_run_in_progress_elsewhere_makes_a_second_run_step_aside(tweets, httpserver, in_a):
    space = zlib.crc32(f"poll:{connection.schema_name}".encode()) - 2**31
    db = settings.DATABASES["default"]
    with psycopg.connect(
        host=db["HOST"], port=db["PORT"], user=db["USER"], dbname=db["NAME"], autocommit=True
    ) as other:
        other.execute("SELECT pg_advisory_lock(%s, %s)", [space, tweets.pk])
        assert source_poll(source_id=tweets.pk).status == "busy"
    assert httpserver.log == []


def test_cursor_does_not_move_when_storing_the_page_fails(tweets, httpserver, in_a, monkeypatch):
    httpserver.expect_request(SEARCH).respond_with_json(fixture_json("twitter", "search_recent_page1.json"))

    def broken_store(**kwargs):
        raise DatabaseError("disk full")

    monkeypatch.setattr(polling, "raw_events_store", broken_store)
    outcome = source_poll(source_id=tweets.pk)

    tweets.refresh_from_db()
    assert outcome.status == "transient" and "disk full" in tweets.last_error
    assert tweets.cursor["since_id"] == "1793350000000000000" and "next_token" not in tweets.cursor


def test_replaying_a_page_after_a_crash_before_the_cursor_save_stores_nothing_twice(tweets, httpserver, in_a):
    httpserver.expect_request(SEARCH).respond_with_json(fixture_json("twitter", "search_recent_page2.json"))
    assert source_poll(source_id=tweets.pk).stored == 1
    # The crash: the cursor save is lost, so the same page is fetched again.
    Source.objects.filter(pk=tweets.pk).update(cursor={"since_id": "1793350000000000000"})

    replay = source_poll(source_id=tweets.pk, force=True)

    assert replay.stored == 0 and replay.duplicates == 1
    assert RawEvent.objects.filter(source=tweets).count() == 1


def test_tokens_echoed_by_a_server_are_scrubbed_from_last_error_and_logs(tweets, httpserver, in_a, caplog):
    httpserver.expect_request(SEARCH).respond_with_data(f"bad gateway for Bearer {TOKEN}", status=502)
    source_poll(source_id=tweets.pk)
    tweets.refresh_from_db()
    assert "HTTP 502" in tweets.last_error and "***" in tweets.last_error
    assert TOKEN not in tweets.last_error and TOKEN not in caplog.text


def test_a_connector_bug_backs_off_loudly_instead_of_crashing_the_worker(tweets, in_a, monkeypatch, caplog):
    def buggy_fetch(self, source, cursor):
        raise KeyError("meta")

    monkeypatch.setattr(type(get_connector("twitter")), "fetch", buggy_fetch)
    outcome = source_poll(source_id=tweets.pk)

    tweets.refresh_from_db()
    assert outcome.status == "transient" and tweets.enabled
    assert "internal error: KeyError" in tweets.last_error and "failure #1" in tweets.last_error
    assert "Traceback" in caplog.text


def test_a_response_of_the_wrong_shape_is_retried_later_not_stored(tweets, httpserver, in_a):
    httpserver.expect_request(SEARCH).respond_with_json({"data": "not-a-list", "meta": {}})
    assert source_poll(source_id=tweets.pk).status == "transient"
    assert not RawEvent.objects.filter(source=tweets).exists()


def test_push_only_and_webhook_only_sources_are_never_fetched_or_disabled(make_source, in_a):
    hec = make_source("splunk_hec")
    hook = make_source("zendesk", config={"subdomain": "acme"}, credentials={"webhook_secret": "s"})
    assert source_poll(source_id=hec.pk).status == "not_polled"
    assert source_poll(source_id=hook.pk).status == "not_polled"
    hook.refresh_from_db()
    assert hook.enabled and hook.last_error == ""


def test_admin_poll_now_clears_backoff_and_reenables(tweets, in_a, frozen_clock):
    Source.objects.filter(pk=tweets.pk).update(
        enabled=False,
        next_poll_at=frozen_clock.now() + timedelta(hours=1),
        cursor={"since_id": "1", "_poll": {"failures": 3, "not_before": "2999-01-01T00:00:00+00:00"}},
    )
    polling.source_poll_now(source=Source.objects.get(pk=tweets.pk))
    tweets.refresh_from_db()
    assert tweets.enabled and tweets.cursor == {"since_id": "1"} and tweets.pk in sources_claim_due()


def test_concurrent_beats_claim_each_due_source_exactly_once(live_db, tenant_a):
    with in_tenant(tenant_a):
        ids = [
            Source.objects.create(
                name=f"t{i}",
                slug=f"claim-{i}",
                kind="twitter",
                config={"query": "q"},
                credentials={"bearer_token": "x"},
            ).pk
            for i in range(20)
        ]
    results: list[list[int]] = []
    barrier = threading.Barrier(3)

    def beat():
        from django.db import connection as thread_connection

        thread_connection.set_tenant(tenant_a.org)
        try:
            barrier.wait()
            results.append(sources_claim_due())
        finally:
            thread_connection.close()

    threads = [threading.Thread(target=beat) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    claimed = [i for r in results for i in r]
    assert sorted(claimed) == sorted(ids)  # every source once, none twice


@pytest.mark.live
def test_beat_task_and_poll_task_run_by_name_on_a_real_worker(live_db, celery_worker, tenant_a, httpserver):
    httpserver.expect_request(SEARCH).respond_with_json(fixture_json("twitter", "search_recent_page2.json"))
    with in_tenant(tenant_a):
        source = Source.objects.create(
            name="live",
            slug="live-tweets",
            kind="twitter",
            config={"base_url": httpserver.url_for(""), "query": "acme"},
            credentials={"bearer_token": TOKEN},
            cursor={"since_id": "1793350000000000000"},
        )
    app.send_task("ingestion.beat.poll_due_sources", headers={"_schema_name": tenant_a.schema})

    deadline = time.monotonic() + 60
    with in_tenant(tenant_a):
        while time.monotonic() < deadline:
            source.refresh_from_db()
            if source.cursor.get("since_id") == "1793356003112452098":
                break
            time.sleep(0.2)
        assert source.cursor.get("since_id") == "1793356003112452098", celery_worker.log_text()[-3000:]
        assert RawEvent.objects.filter(source=source, external_id="1793356003112452098").exists()
        # ...and the core's processing turns the stored payload into the normalized Event.
        while time.monotonic() < deadline + 60 and not Event.objects.filter(source=source).exists():
            time.sleep(0.3)
        event = Event.objects.get(source=source, external_id="1793356003112452098")
        assert event.platform == "twitter" and event.author_name == "@samk" and event.author_followers == 87
        assert event.url == "https://x.com/samk/status/1793356003112452098" and event.language == "en"
        assert "error 503 on the Acme Bank website" in event.text
