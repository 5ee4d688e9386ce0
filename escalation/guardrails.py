"""Policies before paging: the tenant's `PagingGuardrail` rules, checked before any page leaves.

Two places ask:

- `channel_forbidden` when a person's channel chain is walked (escalation.attempts): a channel a
  rule forbids for this page is skipped like an unusable one, so the fallback that follows is a
  compliant channel (P4 goes by email, a P2 reaches the CEO by email rather than SMS);
- `check` right before the transport sends (escalation.delivery), for what the chain could not
  prevent (a step's explicit channels) and for the message itself: a message that carries a
  person's name or other personal data the outbound PII guard finds breaks "no personal data".

A page that breaks a rule is halted: its row is marked `halted` with the rule, the alert and the
crisis timeline record it, the tenant's admins are told once per rule and alert, and the next
compliant channel of the person's chain is tried (the content rule halts every channel alike).
"""

from __future__ import annotations

import functools
import hashlib
import logging
import time
from dataclasses import dataclass

from django.db import connection

from escalation.models import Alert, Notification, PagingGuardrail, Stakeholder

logger = logging.getLogger(__name__)

CACHE_SECONDS = 10.0
_rules_cache: dict[str, tuple[float, list[PagingGuardrail]]] = {}


@dataclass(frozen=True)
class Breach:
    rule: str
    reason: str


def rules() -> list[PagingGuardrail]:
    """The tenant's enabled rules, cached per schema for a few seconds (read on every page)."""
    schema = connection.schema_name
    cached = _rules_cache.get(schema)
    if cached and cached[0] > time.monotonic():
        return cached[1]
    found = list(PagingGuardrail.objects.filter(enabled=True).select_related("team"))
    _rules_cache[schema] = (time.monotonic() + CACHE_SECONDS, found)
    return found


def rules_cache_clear() -> None:
    _rules_cache.clear()


def channel_forbidden(*, alert: Alert, stakeholder: Stakeholder | None, channel: str) -> str:
    """Why a channel rule forbids `channel` for this alert and person ('' when none does)."""
    for rule in rules():
        if rule.kind == PagingGuardrail.Kind.NO_PERSONAL_DATA:
            continue
        if not rule.applies(severity=alert.severity, stakeholder=stakeholder):
            continue
        if rule.kind == PagingGuardrail.Kind.ONLY_CHANNELS and channel not in rule.channels:
            return f"guardrail '{rule.name}': {alert.severity} only by {', '.join(rule.channels)}"
        if rule.kind == PagingGuardrail.Kind.FORBID_CHANNELS and channel in rule.channels:
            return f"guardrail '{rule.name}': no {channel} for {alert.severity}"
    return ""


def message_parts(alert: Alert, notification: Notification) -> list[tuple[str, str]]:
    """(part, text) of what any message about the alert carries, whatever the channel renders
    around it."""
    details = alert.details or {}
    events = [str(e.get("text", "")) for e in details.get("events", []) if isinstance(e, dict)]
    return [
        ("title", alert.title),
        ("summary", alert.summary),
        ("explanation", str(details.get("explanation", ""))),
        (f"{notification.kind or 'page'} text", notification.body),
        *(("quoted post", text) for text in events),
    ]


def message_texts(alert: Alert, notification: Notification) -> list[str]:
    return [text for _, text in message_parts(alert, notification)]


def check(*, alert: Alert, notification: Notification) -> Breach | None:
    """The first rule this delivery attempt breaks, or None."""
    reason = channel_forbidden(
        alert=alert, stakeholder=notification.stakeholder, channel=notification.channel
    )
    if reason:
        name = reason.split("'")[1]
        return Breach(rule=name, reason=reason)
    content = [r for r in rules() if r.kind == PagingGuardrail.Kind.NO_PERSONAL_DATA]
    content = [r for r in content if r.applies(severity=alert.severity, stakeholder=notification.stakeholder)]
    if not content:
        return None
    allow = _allowed_names()
    # Each part on its own, as the channels render it (a block each): joined into one text, the
    # name finder's line and list cues read across parts and saw names no part holds.
    found = [
        (part, hit)
        for part, t in message_parts(alert, notification)
        if t and (hit := _personal_data(t, allow))
    ]
    if found:
        where = sorted({part for part, _ in found})
        return Breach(
            rule=content[0].name,
            reason=f"guardrail '{content[0].name}': the message carries {found[0][1]} (in the {', '.join(where)})",
        )
    return None


def quotable(text: str) -> str:
    """`text` as an alert message may quote it: ingestion stored it redacted, and what the
    stricter outbound guard still finds (a name the redactor kept for its context, a long number)
    becomes a `<TYPE>` tag too, so the content rule above is a last line, not the filter that
    holds pages back. Fails closed: without the PII engine the text is withheld."""
    if not text or not text.strip():
        return text
    return _quotable_cached(text, _allowed_names())


@functools.lru_cache(maxsize=1024)
def _quotable_cached(text: str, allow: tuple[str, ...]) -> str:
    from ingestion.redaction import outbound_scrub

    try:
        return outbound_scrub(text=text, allow=allow)
    except Exception:
        logger.exception("guardrails: outbound PII scrub failed")
        return "[text withheld: the PII guard is unavailable]"


def _allowed_names() -> tuple[str, ...]:
    """Our own names are not customers': the organisation, watch terms, stakeholders."""
    from ingestion.models import WatchTerm

    names = [getattr(getattr(connection, "tenant", None), "name", "")]
    for term in WatchTerm.objects.filter(enabled=True).only("name", "slug", "aliases"):
        names += [term.name, term.slug, *(term.aliases or [])]
    names += list(Stakeholder.objects.values_list("name", flat=True))
    return tuple(sorted({n for n in names if n}))


def _personal_data(text: str, allow: tuple[str, ...]) -> str:
    """Entity types (with counts) the outbound PII guard finds, '' when none. Fails closed: if
    the guard cannot run, the message counts as carrying personal data."""
    key = hashlib.sha256(("\x00".join(allow) + "\x01" + text).encode()).hexdigest()
    return _personal_data_cached(key, text, allow)


@functools.lru_cache(maxsize=512)
def _personal_data_cached(_key: str, text: str, allow: tuple[str, ...]) -> str:
    from ingestion.redaction import outbound_guard

    try:
        guard = outbound_guard(text=text, allow=allow)
    except Exception:  # the PII engine failed: refuse, as for LLM prompts
        logger.exception("guardrails: outbound PII guard failed")
        return "unchecked text (the PII guard is unavailable)"
    return (
        "" if guard.ok else "personal data: " + ", ".join(f"{k}×{v}" for k, v in sorted(guard.counts.items()))
    )
