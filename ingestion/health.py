"""Readiness: events waiting in the intake spool (accepted while PostgreSQL was away)."""

from __future__ import annotations

from ingestion.spool import get_spool


def spool() -> dict:
    """Not required: a spool that holds events is working as designed; it should empty once the
    database is back, and a spool that does not is what an operator must see."""
    files = get_spool().pending_files()
    size = sum(p.stat().st_size for p in files if p.exists())
    result: dict = {"ok": not files, "required": False, "files": len(files), "bytes": size}
    if files:
        result["detail"] = "events accepted during a database outage are waiting to be stored"
    return result
