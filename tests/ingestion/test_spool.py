"""The intake spool: push intake answers 202 while PostgreSQL is away, the spooled events reach the
inbox once it is back (once each), and a spool that cannot take them either answers 503."""

from __future__ import annotations

import fcntl
import json

import pytest
from django.db import OperationalError
from django.test import Client

from ingestion import intake, spool
from ingestion.models import RawEvent
from ingestion.selectors import source_key_cache_clear
from ingestion.services import source_api_key_create

URL = "/api/v1/events"


@pytest.fixture
def spool_dir(tmp_path, settings, monkeypatch):
    settings.INGESTION_SPOOL_DIR = tmp_path / "spool"
    # The drainer thread is the web process's; these tests drain by hand.
    monkeypatch.setattr(spool, "drainer_ensure", lambda **kw: None)
    return tmp_path / "spool"


@pytest.fixture
def keyed(generic_source):
    source_key_cache_clear()
    return generic_source, source_api_key_create(source=generic_source)


@pytest.fixture
def database_down(monkeypatch):
    """The inbox insert fails as it does when PostgreSQL is stopped (the API key is known)."""

    def refuse(**kwargs):
        raise OperationalError('connection to server at "127.0.0.1", port 5432 failed: Connection refused')

    original = intake.raw_events_store
    monkeypatch.setattr(intake, "raw_events_store", refuse)
    return lambda: monkeypatch.setattr(intake, "raw_events_store", original)


def post(client: Client, body, key: str):
    return client.post(
        URL, data=json.dumps(body), content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {key}"
    )


def test_intake_spools_while_the_database_is_away_and_the_drain_stores_each_event_once(
    tenant_a, keyed, spool_dir, database_down, handoffs
):
    source, key = keyed
    client = Client(HTTP_HOST=tenant_a.host)
    events = {"events": [{"id": f"s-{i}", "text": f"Acme payments down {i}"} for i in range(3)]}

    response = post(client, events, key)

    assert response.status_code == 202
    assert response.json() == {"accepted": 0, "duplicates": 0, "rejected": 0, "spooled": 3, "errors": []}
    assert not RawEvent.objects.filter(external_id__startswith="s-").exists()
    files = list(spool_dir.glob("*.spool"))
    assert len(files) == 1 and b"Acme payments" not in files[0].read_bytes()  # encrypted at rest

    database_down()  # back
    post(client, {"events": [{"id": "s-0", "text": "Acme payments down 0"}]}, key)  # one arrives directly too
    report = spool.spool_drain()

    assert report.lines == 1 and report.stored == 2 and report.duplicates == 1 and not report.errors
    stored = RawEvent.objects.filter(source=source, external_id__startswith="s-")
    assert sorted(stored.values_list("external_id", flat=True)) == ["s-0", "s-1", "s-2"]
    assert stored.get(external_id="s-1").payload["text"] == "Acme payments down 1"
    assert not list(spool_dir.glob("*.spool"))
    assert spool.spool_drain().lines == 0


def test_a_line_cut_short_by_a_crash_is_skipped_and_an_unreadable_one_is_kept_aside(
    in_a, generic_source, spool_dir, handoffs
):
    s = spool.get_spool()
    s.append(schema=in_a.schema, source_id=generic_source.pk, items=[("ok-1", {"text": "fine"})])
    path = next(spool_dir.glob("*.spool"))
    with open(path, "ab") as handle:
        handle.write(
            b'{"v": 1, "schema": "'
            + in_a.schema.encode()
            + b'", "source": 1, "items": "gAAAA-not-a-token"}\n'
        )
        handle.write(b'{"v": 1, "schema": "tenant_a", "sour')  # the write a crash interrupted

    report = spool.spool_drain()

    assert report.stored == 1 and report.rejected == 1 and report.lines == 2
    assert RawEvent.objects.filter(source=generic_source, external_id="ok-1").exists()
    rejected = list(spool_dir.glob("rejected-*.spool"))
    assert len(rejected) == 1 and b"gAAAA-not-a-token" in rejected[0].read_bytes()
    assert not [p for p in spool_dir.glob("*.spool") if not p.name.startswith("rejected-")]


def test_a_file_another_live_process_holds_is_left_to_it(in_a, generic_source, spool_dir, handoffs):
    spool_dir.mkdir(parents=True)
    other = spool_dir / "otherhost-4242-abcd.spool"
    other.write_bytes(b"")
    holder = open(other, "ab")  # noqa: SIM115 - the other process's open file and its lock
    try:
        fcntl.flock(holder.fileno(), fcntl.LOCK_EX)
        report = spool.spool_drain()
        assert report.busy_files == 1 and other.exists()
    finally:
        holder.close()
    assert spool.spool_drain().files == 1 and not other.exists()


def test_when_the_spool_cannot_take_the_events_either_intake_answers_503_with_retry_after(
    tenant_a, keyed, spool_dir, database_down, settings
):
    settings.INGESTION_SPOOL_MAX_BYTES = 10
    response = post(Client(HTTP_HOST=tenant_a.host), {"id": "x-1", "text": "Acme down"}, keyed[1])

    assert response.status_code == 503 and response["Retry-After"] == "10"
    assert response.json() == {"detail": "storage unavailable, retry later"}


def test_push_endpoints_spool_too(in_a, spool_dir, database_down, tenant_client, tenant_a):
    import hashlib

    from ingestion.models import Source
    from ingestion.sources.splunk_hec.connector import ID_KEY

    Source.objects.create(
        name="hec",
        slug="hec-spool",
        kind="splunk_hec",
        api_key_hash=hashlib.sha256(b"hec-spool-key").hexdigest(),
    )
    response = tenant_client(tenant_a).post(
        "/services/collector/event",
        data='{"event": "payment service error rate 40%", "time": 1764000000}',
        content_type="application/json",
        HTTP_AUTHORIZATION="Splunk hec-spool-key",
    )
    assert response.status_code == 200 and response.json() == {"text": "Success", "code": 0}
    [path] = spool_dir.glob("*.spool")
    record = json.loads(path.read_bytes().splitlines()[0])
    from tenants.fields import decrypt_str

    [(ext, payload)] = json.loads(decrypt_str(record["items"]))
    assert record["schema"] == in_a.schema and payload[ID_KEY] == ext
