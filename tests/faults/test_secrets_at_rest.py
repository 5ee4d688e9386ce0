"""Secrets and unredacted payloads stay encrypted at rest: a pg_dump of the stack's database
shows ciphertext, never the bot token, the push keys or a payload's personal data."""

from __future__ import annotations

import subprocess

import pytest

from tests.faults.seed import SOURCE_SECRET
from tests.faults.stack import DBNAME
from tests.support.processes import wait_until

pytestmark = pytest.mark.faults


def test_a_database_dump_shows_ciphertext_only(stack, fault_report):
    email = "jane.atrest@example.org"
    r = stack.post_events(
        [{"id": "rest-1", "text": f"Acme Air never answered, write to {email}", "platform": "support"}]
    )
    assert r.status_code == 202, r.text
    wait_until(lambda: stack.settled("rest-", 1), timeout=120, what="the event stored")
    dump = subprocess.run(
        [str(stack.pg.bin / "pg_dump"), "-d", stack.pg.url(DBNAME), "--data-only"],
        check=True,
        capture_output=True,
        timeout=120,
    ).stdout
    assert b"rest-1" in dump  # the rows are in the dump
    secrets = {
        "Slack bot token": b"xoxb-fault",
        "a source's credentials": SOURCE_SECRET.encode(),
        "a payload's email address": email.encode(),
    }
    secrets |= {f"{kind} push key": key.encode() for kind, key in stack.keys.items()}
    found = {what: _tables_holding(dump, value) for what, value in secrets.items() if value in dump}
    assert found == {}
    fault_report(
        fault="Database dump (pg_dump --data-only) read by someone who should not",
        happened=f"{len(dump) // 1024} KB of rows: ciphertext for the channel credentials and the inbox "
        "payloads, hashes for the push keys, the redacted text for events; none of "
        f"{', '.join(secrets)} in clear",
        lost=0,
        duplicate_notifications=0,
        recovery="n/a",
    )


def _tables_holding(dump: bytes, value: bytes) -> list[str]:
    """The tables (COPY blocks of the dump) whose rows hold `value`: what the failure names."""
    tables, current = [], ""
    for line in dump.split(b"\n"):
        if line.startswith(b"COPY "):
            current = line.split(b" ")[1].decode()
        elif value in line and current not in tables:
            tables.append(current)
    return tables
