"""The sweeper re-enqueues stuck RawEvents; `import_events` stores recorded streams idempotently."""

from __future__ import annotations

import csv
import json
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from ingestion.models import RawEvent
from ingestion.services import raw_events_sweep_stuck
from tenants import clock
from tests.ingestion.conftest import generic_payload, store


def _age(raw_id: int, *, seconds: float, field: str = "received_at", **values) -> None:
    RawEvent.objects.filter(pk=raw_id).update(**{field: clock.now() - timedelta(seconds=seconds)}, **values)


def test_sweeper_re_enqueues_raw_events_stuck_pending_or_processing(generic_source, handoffs):
    old_pending, stuck_processing, young, done = store(
        generic_source, *[generic_payload(f"sweep {i}") for i in range(4)]
    )
    _age(old_pending, seconds=600)
    _age(stuck_processing, seconds=600, field="claimed_at", status=RawEvent.Status.PROCESSING)
    _age(done, seconds=600, status=RawEvent.Status.PROCESSED)
    handoffs.clear()

    assert raw_events_sweep_stuck(older_than_seconds=120) == 2

    [sent] = handoffs.by("ingestion.process_raw_events")
    assert sorted(sent["raw_event_ids"]) == sorted([old_pending, stuck_processing])
    assert RawEvent.objects.get(pk=stuck_processing).status == RawEvent.Status.PENDING
    assert RawEvent.objects.get(pk=young).status == RawEvent.Status.PENDING
    # Just re-enqueued: not sent again on the next sweep a minute later.
    handoffs.clear()
    assert raw_events_sweep_stuck(older_than_seconds=120) == 0


def test_sweeper_task_is_scheduled_every_minute():
    import ingestion.tasks  # noqa: F401
    from config.celery import app

    entry = app.conf.beat_schedule["ingestion-sweep-stuck-raw-events"]
    assert entry["task"] == "ingestion.beat.sweep_stuck_raw_events" and entry["schedule"] == 60


def test_import_jsonl_stores_every_line_once_and_reports_bad_lines(
    generic_source, tenant_a, handoffs, tmp_path, capsys
):
    path = tmp_path / "stream.jsonl"
    lines = [json.dumps(generic_payload(f"replayed {i}", ext=f"r-{i}")) for i in range(30)]
    lines.insert(5, "{broken json")
    path.write_text("\n".join(lines) + "\n")

    call_command(
        "import_events", str(path), source=generic_source.slug, schema=tenant_a.schema, no_progress=True
    )
    call_command(
        "import_events", str(path), source=generic_source.slug, schema=tenant_a.schema, no_progress=True
    )

    out = capsys.readouterr()
    assert "stored 30, already present 0, skipped 1" in out.out
    assert "stored 0, already present 30, skipped 1" in out.out
    assert "line 6: invalid JSON" in out.err
    assert RawEvent.objects.filter(source=generic_source).count() == 30
    assert sum(len(kw["raw_event_ids"]) for kw in handoffs.by("ingestion.process_raw_events")) == 30


def test_import_csv_nests_dotted_columns(generic_source, tenant_a, handoffs, tmp_path, capsys):
    path = tmp_path / "tickets.csv"
    with path.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "text", "platform", "occurred_at", "author.name", "author.followers"])
        writer.writerow(["c-1", "Refund not received", "support", "2026-11-20T10:00:00Z", "Ann", "0"])
        writer.writerow(["c-2", "App crashes on login", "support", "2026-11-20T11:00:00Z", "", ""])
    call_command(
        "import_events", str(path), source=generic_source.slug, schema=tenant_a.schema, no_progress=True
    )

    payload = RawEvent.objects.get(source=generic_source, external_id="c-1").payload
    assert payload["author"] == {"name": "Ann", "followers": "0"}
    assert "author" not in RawEvent.objects.get(source=generic_source, external_id="c-2").payload


def test_import_refuses_an_unknown_source(tenant_a, in_a, tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text("{}\n")
    with pytest.raises(CommandError, match="no source"):
        call_command("import_events", str(path), source="nope", schema=tenant_a.schema, no_progress=True)
