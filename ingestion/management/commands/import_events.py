"""`manage.py import_events FILE.jsonl|csv --source SLUG --schema TENANT`: backfill and replay.

Each line (JSONL) or row (CSV, header = field names) is one payload in the source's own format,
stored through the inbox exactly as if it had been pushed or polled: idempotent on the
connector's external id, so re-running an import stores nothing twice. Rows that cannot be
identified are reported with their line number and skipped; nothing else is dropped.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, TextIO

from django.core.management.base import BaseCommand, CommandError
from django_tenants.utils import schema_context
from tqdm import tqdm

from ingestion.models import Source
from ingestion.services import raw_events_store
from ingestion.sources import ParseError, get_connector


class Command(BaseCommand):
    help = "Import recorded events (JSONL or CSV) into a source's inbox, with a progress bar."

    def add_arguments(self, parser):
        parser.add_argument("file", help="a .jsonl / .ndjson / .json (list) or .csv file; - for stdin JSONL")
        parser.add_argument("--source", required=True, help="source slug")
        parser.add_argument("--schema", required=True, help="tenant schema name")
        parser.add_argument("--batch-size", type=int, default=500)
        parser.add_argument("--no-progress", action="store_true")

    def handle(
        self, *args, file: str, source: str, schema: str, batch_size: int, no_progress: bool, **options
    ):
        path = Path(file)
        if file != "-" and not path.exists():
            raise CommandError(f"no such file: {file}")
        with schema_context(schema):
            src = Source.objects.filter(slug=source).first()
            if src is None:
                raise CommandError(f"no source {source!r} in tenant {schema!r}")
            connector = get_connector(src.kind)
            stored = duplicates = bad = 0
            batch: list[tuple[str, dict[str, Any]]] = []
            total = None if file == "-" else _count_rows(path)
            progress = tqdm(total=total, unit="ev", disable=no_progress, desc=f"import → {src.slug}")

            def flush() -> None:
                nonlocal stored, duplicates
                if batch:
                    result = raw_events_store(source=src, payloads=list(batch))
                    stored += len(result.created_ids)
                    duplicates += len(result.duplicate_external_ids)
                    batch.clear()

            for lineno, payload, error in _rows(path, file):
                progress.update(1)
                if error is None:
                    try:
                        batch.append((connector.external_id(payload), payload))
                    except (ParseError, NotImplementedError, KeyError, TypeError, ValueError) as exc:
                        error = f"no external id: {exc}"
                if error is not None:
                    bad += 1
                    self.stderr.write(f"line {lineno}: {error}")
                if len(batch) >= batch_size:
                    flush()
            flush()
            progress.close()
        self.stdout.write(f"stored {stored}, already present {duplicates}, skipped {bad}")


def _count_rows(path: Path) -> int | None:
    if path.suffix == ".json":
        return None
    with path.open("rb") as fh:
        n = sum(1 for line in fh if line.strip())
    return n - 1 if path.suffix == ".csv" else n


def _rows(path: Path, file: str):
    """(line number, payload or None, error or None) for every row of the file."""
    import sys

    if path.suffix == ".csv":
        with path.open(newline="", encoding="utf-8") as fh:
            for i, row in enumerate(csv.DictReader(fh), start=2):
                yield i, _unflatten(row), None
        return
    if path.suffix == ".json":
        data = json.loads(path.read_text(encoding="utf-8"))
        for i, item in enumerate(data if isinstance(data, list) else [data], start=1):
            yield i, item, None if isinstance(item, dict) else "not a JSON object"
        return
    stream: TextIO = sys.stdin if file == "-" else path.open(encoding="utf-8")
    try:
        for i, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except ValueError as exc:
                yield i, None, f"invalid JSON: {exc}"
                continue
            yield i, item, None if isinstance(item, dict) else "not a JSON object"
    finally:
        if stream is not sys.stdin:
            stream.close()


def _unflatten(row: dict[str, str]) -> dict[str, Any]:
    """CSV columns `author.name`, `author.followers` become nested objects; blanks are dropped."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        if key is None or value in (None, ""):
            continue
        node = out
        parts = key.split(".")
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = value
    return out
