"""The poll driver: which pollers are due, claiming them, and one poll run of one source.

1. Every ~10 s the beat task (per tenant) claims due sources with a conditional UPDATE that
   pushes `next_poll_at` forward by a lease, so two beats or workers never claim one source
   twice, and enqueues `ingestion.poll_source(source_id)` for each claim.
2. A poll run holds a PostgreSQL advisory lock on the source (a redelivered or manual run
   waits its turn instead of fetching the same page twice), then fetches pages until the
   connector says it is caught up, at most `max_pages_per_run` pages.
3. Each page is stored through `raw_events_store` BEFORE the new cursor is saved: a crash in
   between re-fetches the page, and idempotent storage makes the replay harmless.
4. Errors say what to do: TransientSourceError (429, 5xx, network) pushes `next_poll_at` back
   (Retry-After when the server gave one, else exponential backoff) and records `last_error`;
   PermanentSourceError (401/403, bad config) disables the source and tells the tenant's admins.
   Messages are scrubbed of credential values before they are logged or stored.

Driver state lives in `Source.cursor["_poll"]` (consecutive failures, not-before time); every
other cursor key belongs to the connector.
"""

from __future__ import annotations

import logging
import random
import traceback
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F, Q

from config.celery import enqueue
from ingestion.models import Source
from ingestion.services import raw_events_store
from ingestion.sources import get_connector, registered_kinds
from ingestion.sources.base import MORE_PENDING, Connector, PermanentSourceError, TransientSourceError
from ingestion.sources.common import content_id
from ingestion.sources.http import scrub, secret_values
from tenants import clock

logger = logging.getLogger(__name__)

DRIVER_KEY = "_poll"
LEASE_SECONDS = 600  # a claimed source is not claimed again for this long (a run is far shorter)
DEFAULT_MAX_PAGES_PER_RUN = 10
MAX_BACKOFF_SECONDS = 3600.0
CLAIM_BATCH = 200


@dataclass
class PollOutcome:
    # ok | caught_up_later | backoff | busy | disabled | missing | not_polled | transient | permanent
    status: str
    pages: int = 0
    stored: int = 0
    duplicates: int = 0
    error: str = ""
    next_poll_at: datetime | None = None


# Claiming ---------------------------------------------------------------------------------------
def poller_kinds() -> list[str]:
    return [kind for kind in registered_kinds() if get_connector(kind).is_poller]


def _due(now: datetime) -> Q:
    return Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=now)


def sources_claim_due(*, now: datetime | None = None, limit: int = CLAIM_BATCH) -> list[int]:
    """Claim the enabled pollers that are due; returns the ids this caller won.

    The claim is a conditional UPDATE (`... WHERE id = %s AND (next_poll_at IS NULL OR
    next_poll_at <= now)`) that moves `next_poll_at` a lease ahead: of two concurrent callers,
    exactly one updates the row.
    """
    now = now or clock.now()
    due = (
        Source.objects.filter(enabled=True, kind__in=poller_kinds())
        .filter(_due(now))
        .order_by(F("next_poll_at").asc(nulls_first=True), "id")[:limit]
    )
    claimed: list[int] = []
    for source in due:
        if not get_connector(source.kind).wants_polling(source):
            continue
        won = (
            Source.objects.filter(pk=source.pk, enabled=True)
            .filter(_due(now))
            .update(next_poll_at=now + timedelta(seconds=LEASE_SECONDS))
        )
        if won:
            claimed.append(source.pk)
    return claimed


def sources_poll_due() -> list[int]:
    """Beat entry point: claim due sources and enqueue one poll task per claim."""
    claimed = sources_claim_due()
    for source_id in claimed:
        enqueue("ingestion.poll_source", source_id=source_id)
    return claimed


def source_poll_now(*, source: Source) -> None:
    """Admin action: poll at the next beat tick, forgetting any backoff (re-enables too)."""
    cursor = {k: v for k, v in (source.cursor or {}).items() if k != DRIVER_KEY}
    Source.objects.filter(pk=source.pk).update(
        enabled=True, next_poll_at=clock.now(), cursor=cursor, last_error=""
    )


# One run ----------------------------------------------------------------------------------------
@contextmanager
def _run_lock(source_id: int) -> Iterator[bool]:
    """A session-level advisory lock per (tenant schema, source); released when the run ends or
    when the worker's connection dies."""
    space = zlib.crc32(f"poll:{connection.schema_name}".encode()) - 2**31
    key = source_id % 2**31
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s, %s)", [space, key])
        got = bool(cursor.fetchone()[0])
    try:
        yield got
    finally:
        if got:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s, %s)", [space, key])


def source_poll(*, source_id: int, force: bool = False) -> PollOutcome:
    """Poll one source: pages until caught up (bounded), payloads stored before the cursor."""
    source = Source.objects.filter(pk=source_id).first()
    if source is None:
        return PollOutcome(status="missing")
    if not source.enabled:
        return PollOutcome(status="disabled")
    connector = get_connector(source.kind)
    if not connector.is_poller or not connector.wants_polling(source):
        # A push-only source (or a webhook-only Zendesk source) has nothing to fetch; trying
        # would fail on missing API credentials and wrongly disable it.
        return PollOutcome(status="not_polled")
    now = clock.now()
    state = dict((source.cursor or {}).get(DRIVER_KEY) or {})
    not_before = _parse_iso(state.get("not_before"))
    if not force and not_before and not_before > now:
        # A server said "not before" (Retry-After) or we are backing off: no request until then.
        Source.objects.filter(pk=source.pk).update(next_poll_at=not_before)
        return PollOutcome(status="backoff", next_poll_at=not_before)

    with _run_lock(source.pk) as got:
        if not got:
            return PollOutcome(status="busy")
        source.refresh_from_db()  # the cursor another run may have saved while we waited
        if not source.enabled:
            return PollOutcome(status="disabled")
        return _run(source, dict((source.cursor or {}).get(DRIVER_KEY) or {}))


def _run(source: Source, state: dict[str, Any]) -> PollOutcome:
    connector = get_connector(source.kind)
    secrets = secret_values(source.credentials)
    config = source.config or {}
    max_pages = max(int(config.get("max_pages_per_run") or DEFAULT_MAX_PAGES_PER_RUN), 1)
    cursor = {k: v for k, v in (source.cursor or {}).items() if not k.startswith("_")}
    outcome = PollOutcome(status="ok")
    more = False
    try:
        while outcome.pages < max_pages:
            payloads, new_cursor = connector.fetch(source, dict(cursor))
            outcome.pages += 1
            pairs = [(_external_id(connector, p), p) for p in payloads]
            result = raw_events_store(source=source, payloads=pairs)
            outcome.stored += len(result.created_ids)
            outcome.duplicates += len(result.duplicate_external_ids)
            # Only now that the page is stored may the cursor move past it.
            cursor = dict(new_cursor or {})
            Source.objects.filter(pk=source.pk).update(cursor={**cursor, DRIVER_KEY: state})
            more = bool(cursor.get(MORE_PENDING))
            if not more:
                break
    except TransientSourceError as exc:
        return _record_transient(source, state, cursor, outcome, scrub(str(exc), secrets), exc.retry_after)
    except PermanentSourceError as exc:
        return _record_permanent(source, cursor, outcome, scrub(str(exc), secrets))
    except Exception as exc:  # a connector bug: back off like a transient error, loudly
        message = scrub(f"{type(exc).__name__}: {exc}", secrets)
        logger.error(
            "poll of source %s (%s) crashed: %s\n%s",
            source.slug,
            source.kind,
            message,
            scrub(traceback.format_exc(), secrets),
        )
        return _record_transient(source, state, cursor, outcome, f"internal error: {message}", None)
    finally:
        connector.close()

    now = clock.now()
    # Page budget spent with more waiting: come back at the next beat tick, not a full interval.
    next_at = now if more else now + timedelta(seconds=source.poll_interval_seconds)
    Source.objects.filter(pk=source.pk).update(
        cursor=cursor, last_polled_at=now, last_error="", next_poll_at=next_at
    )
    outcome.status = "caught_up_later" if more else "ok"
    outcome.next_poll_at = next_at
    logger.info(
        "polled %s (%s): %d page(s), %d new, %d duplicate(s)",
        source.slug,
        source.kind,
        outcome.pages,
        outcome.stored,
        outcome.duplicates,
    )
    return outcome


def _external_id(connector: Connector, payload: Any) -> str:
    try:
        ext = str(connector.external_id(payload))
    except Exception:  # a payload too broken to name is still stored, under its content hash
        ext = ""
    return ext[:255] if ext else "sha256:" + content_id(payload)


def backoff_seconds(*, interval: int, failures: int) -> float:
    """Exponential: one interval after the first failure, doubling, capped at an hour, +0-10% jitter."""
    base = min(max(interval, 5) * 2 ** max(failures - 1, 0), MAX_BACKOFF_SECONDS)
    return base * (1 + random.random() * 0.1)


def _record_transient(
    source: Source,
    state: dict[str, Any],
    cursor: dict[str, Any],
    outcome: PollOutcome,
    message: str,
    retry_after: float | None,
) -> PollOutcome:
    now = clock.now()
    failures = int(state.get("failures") or 0) + 1
    if retry_after is not None:
        delay = max(float(retry_after), 1.0)
    else:
        delay = backoff_seconds(interval=source.poll_interval_seconds, failures=failures)
    next_at = now + timedelta(seconds=delay)
    state = {"failures": failures, "not_before": next_at.isoformat()}
    Source.objects.filter(pk=source.pk).update(
        cursor={**cursor, DRIVER_KEY: state},
        last_polled_at=now,
        last_error=f"{now:%Y-%m-%d %H:%M:%S} UTC: {message} (retry in {delay:.0f}s, failure #{failures})",
        next_poll_at=next_at,
    )
    logger.warning(
        "poll of source %s (%s) failed, retrying in %.0fs: %s", source.slug, source.kind, delay, message
    )
    outcome.status = "transient"
    outcome.error = message
    outcome.next_poll_at = next_at
    return outcome


def _record_permanent(
    source: Source, cursor: dict[str, Any], outcome: PollOutcome, message: str
) -> PollOutcome:
    now = clock.now()
    Source.objects.filter(pk=source.pk).update(
        enabled=False,
        cursor=cursor,
        last_polled_at=now,
        last_error=f"{now:%Y-%m-%d %H:%M:%S} UTC: source disabled: {message}",
        next_poll_at=None,
    )
    logger.error("source %s (%s) disabled: %s", source.slug, source.kind, message)
    admins_notify_source_disabled(source=source, reason=message)
    outcome.status = "permanent"
    outcome.error = message
    return outcome


def admins_notify_source_disabled(*, source: Source, reason: str) -> None:
    """Tell the tenant's admins (email after commit, and the live dashboard) that a source stopped."""
    from django.contrib.auth import get_user_model
    from django.core.mail import send_mail

    from tenants.realtime import broadcast_on_commit
    from tenants.roles import ADMIN

    users = get_user_model().objects.filter(Q(groups__name=ADMIN) | Q(is_superuser=True), is_active=True)
    emails = sorted({u.email for u in users if u.email})
    subject = f"[CrisisOps] Source '{source.name}' was disabled"
    body = (
        f"The {source.get_kind_display()} source '{source.name}' ({source.slug}) was disabled because "
        f"polling cannot succeed without a change on your side:\n\n  {reason}\n\n"
        "Fix its credentials or configuration in the admin (Ingestion > Sources), then enable it again."
    )

    def send() -> None:
        if not emails:
            return
        try:
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, emails)
        except Exception as exc:  # mail down must not hide the disabled source: it is logged above
            logger.warning("could not email admins about source %s: %s", source.slug, exc)

    transaction.on_commit(send)
    broadcast_on_commit(
        kind="notification",
        payload={"level": "error", "title": subject, "message": reason, "source": source.slug},
    )


def _parse_iso(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None
