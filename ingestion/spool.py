"""The intake spool: where pushed events go while PostgreSQL cannot take them.

Each web process appends to its own file (`<host>-<pid>-<random>.spool`) and holds an exclusive
`flock` on it while it is open. One line per request: the tenant schema, the source id and the
request's `(external_id, payload)` pairs, encrypted with the field key (the payloads are
unredacted). The line is written and `fsync`'d before the sender gets its 202, so an accepted
event survives a crash of the process, and of the machine once the disk has it.

Draining (`spool_drain`) moves the lines into the inbox with `raw_events_store`, which is
idempotent on (source, external id): a line stored twice (a drain interrupted by the next outage,
a spooled request whose first attempt did commit) is stored once. A file is deleted only after
every line in it is stored. A process drains its own files (it closes the current one first) and
the files of processes that died (nobody holds their lock); the lines of a live process's open
file wait for that process. Lines that can never be stored (unknown tenant or source, undecryptable)
move to `rejected-*.spool` for a human; a line cut short by a crash mid-write was never answered
202 and is skipped.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import secrets
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings

from tenants.fields import decrypt_str, encrypt_str

logger = logging.getLogger(__name__)

SUFFIX = ".spool"
MAX_DRAIN_DELAY_SECONDS = 5.0
REJECTED_PREFIX = "rejected-"


class SpoolUnavailable(Exception):
    """The spool cannot take this request either (disk full, not writable, over its size cap)."""


@dataclass
class DrainReport:
    files: int = 0
    lines: int = 0
    stored: int = 0
    duplicates: int = 0
    rejected: int = 0
    busy_files: int = 0
    errors: list[str] = field(default_factory=list)


# A store callback: (schema, source_id, [(external_id, payload), ...]) -> (stored, duplicates).
StoreFn = Callable[[str, int, list[tuple[str, dict[str, Any]]]], tuple[int, int]]


class Spool:
    def __init__(self, directory: Path, *, max_bytes: int) -> None:
        self.directory = Path(directory)
        self.max_bytes = max_bytes
        self._lock = threading.Lock()
        self._file: Any = None
        self._pid = 0

    # --- writing -----------------------------------------------------------------------------

    def append(self, *, schema: str, source_id: int, items: list[tuple[str, dict[str, Any]]]) -> None:
        """Append one request durably (written and fsync'd on return); SpoolUnavailable otherwise."""
        blob = encrypt_str(json.dumps(items, separators=(",", ":"), default=str))
        line = json.dumps({"v": 1, "schema": schema, "source": source_id, "at": time.time(), "items": blob})
        data = (line + "\n").encode()
        with self._lock:
            try:
                handle = self._open()
                if self._size() + len(data) > self.max_bytes:
                    raise SpoolUnavailable(f"spool is full ({self.max_bytes // (1024 * 1024)} MB)")
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            except OSError as exc:
                self._close()
                raise SpoolUnavailable(f"spool not writable: {exc}") from exc

    def _open(self) -> Any:
        if self._file is not None and self._pid == os.getpid():
            return self._file
        self.directory.mkdir(parents=True, exist_ok=True)
        name = f"{socket.gethostname()}-{os.getpid()}-{secrets.token_hex(4)}{SUFFIX}"
        handle = open(self.directory / name, "ab")  # noqa: SIM115 - kept open for the process
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        _fsync_dir(self.directory)  # the new name must survive a crash too
        self._file, self._pid = handle, os.getpid()
        return handle

    def _close(self) -> None:
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()  # releases the flock
        self._file = None

    def _size(self) -> int:
        return sum(p.stat().st_size for p in self.directory.glob(f"*{SUFFIX}"))

    # --- reading ---------------------------------------------------------------------------------

    def pending_files(self) -> list[Path]:
        if not self.directory.is_dir():
            return []
        return sorted(
            (p for p in self.directory.glob(f"*{SUFFIX}") if not p.name.startswith(REJECTED_PREFIX)),
            key=lambda p: p.stat().st_mtime,
        )

    def drain(self, *, store: StoreFn) -> DrainReport:
        """Store every line of every file nobody else holds; delete a file once all of it is stored.
        A store error (the database went away again) stops the drain and keeps the file."""
        report = DrainReport()
        with self._lock:
            self._close()  # our own current file becomes drainable; new appends open a new one
        for path in self.pending_files():
            try:
                handle = open(path, "rb")  # noqa: SIM115 - closed below
            except FileNotFoundError:
                continue  # another drainer finished it
            try:
                try:
                    fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    report.busy_files += 1  # a live process is writing or draining it
                    continue
                if not path.exists():
                    continue
                self._drain_file(path, handle.read(), store, report)
                path.unlink()
                _fsync_dir(self.directory)
                report.files += 1
            except Exception as exc:
                report.errors.append(f"{path.name}: {type(exc).__name__}: {exc}")
                logger.warning("spool drain stopped at %s: %s", path.name, exc)
                break
            finally:
                handle.close()
        return report

    def _drain_file(self, path: Path, data: bytes, store: StoreFn, report: DrainReport) -> None:
        lines = data.split(b"\n")
        if lines and lines[-1]:
            logger.warning("spool %s ends with a line cut short (never acknowledged): skipped", path.name)
        for raw in lines[:-1]:
            if not raw.strip():
                continue
            report.lines += 1
            try:
                record = json.loads(raw)
                items = [(str(ext), payload) for ext, payload in json.loads(decrypt_str(record["items"]))]
                schema, source_id = str(record["schema"]), int(record["source"])
            except (ValueError, KeyError, TypeError) as exc:
                self._reject(path, raw, f"unreadable: {exc}")
                report.rejected += 1
                continue
            try:
                stored, duplicates = store(schema, source_id, items)
            except LookupError as exc:  # the tenant or source no longer exists
                self._reject(path, raw, str(exc))
                report.rejected += 1
                continue
            report.stored += stored
            report.duplicates += duplicates

    def _reject(self, path: Path, raw: bytes, reason: str) -> None:
        logger.error(
            "spool line of %s cannot be stored (%s): kept in %s%s",
            path.name,
            reason,
            REJECTED_PREFIX,
            path.name,
        )
        with open(self.directory / f"{REJECTED_PREFIX}{path.name}", "ab") as out:
            out.write(raw + b"\n")
            out.flush()
            os.fsync(out.fileno())


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- the process's spool and its drainer ---------------------------------------------------------

_spool: Spool | None = None
_drainer: dict[str, Any] = {"thread": None, "checked": False}
_drainer_lock = threading.Lock()


def get_spool() -> Spool:
    global _spool
    directory = Path(settings.INGESTION_SPOOL_DIR)
    if _spool is None or _spool.directory != directory:
        _spool = Spool(directory, max_bytes=int(settings.INGESTION_SPOOL_MAX_BYTES))
    return _spool


def store_spooled(schema: str, source_id: int, items: list[tuple[str, dict[str, Any]]]) -> tuple[int, int]:
    """Store one spooled request in its tenant's inbox (the drain's store callback)."""
    from django_tenants.utils import get_tenant_model, schema_context

    from ingestion.models import Source
    from ingestion.services import raw_events_store

    if not get_tenant_model().objects.filter(schema_name=schema).exists():
        raise LookupError(f"no tenant {schema!r}")
    with schema_context(schema):
        source = Source.objects.filter(pk=source_id).first()
        if source is None:
            raise LookupError(f"no source #{source_id} in {schema}")
        result = raw_events_store(source=source, payloads=items)
    return len(result.created_ids), len(result.duplicate_external_ids)


def spool_drain() -> DrainReport:
    report = get_spool().drain(store=store_spooled)
    if report.lines:
        logger.info(
            "spool drained: %d lines, %d events stored, %d already stored, %d rejected, %d files left busy",
            report.lines,
            report.stored,
            report.duplicates,
            report.rejected,
            report.busy_files,
        )
    return report


def drainer_ensure(*, leftovers: bool = False) -> None:
    """Start this process's drainer thread unless it runs. With `leftovers`, only once per process
    and only if the spool holds files (a process that died with events in its spool)."""
    with _drainer_lock:
        if leftovers:
            if _drainer["checked"]:
                return
            _drainer["checked"] = True
            if not get_spool().pending_files():
                return
        thread = _drainer["thread"]
        if thread is not None and thread.is_alive():
            return
        thread = threading.Thread(target=_drain_until_empty, name="spool-drainer", daemon=True)
        _drainer["thread"] = thread
        thread.start()


def _drain_until_empty() -> None:
    """Retry the drain with backoff (1 s → 5 s: a try against a stopped database fails at once)
    until no file is left; each try on a fresh database connection (this thread's, closed after
    the try)."""
    from django.db import connection

    delay = float(settings.INGESTION_SPOOL_DRAIN_INTERVAL_SECONDS)
    while True:
        time.sleep(delay)
        try:
            report = spool_drain()
        except Exception:
            logger.warning("spool drain failed; retrying", exc_info=True)
            report = None
        finally:
            connection.close()
        if report is not None and not report.errors and not get_spool().pending_files():
            return
        delay = min(delay * 2, MAX_DRAIN_DELAY_SECONDS)
