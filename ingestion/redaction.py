"""PII redaction of event texts, and the guard every outbound LLM prompt passes.

- `redact_texts(texts, allow_list=...)`: what ingestion stores. Emails, phones of every region,
  cards, IBANs, IPs, SSNs, driving licences and other ID numbers, person names, @handles and
  street addresses become `<TYPE>` tags (see `ingestion/pii/`). The tenant's watch terms and
  aliases (`allow_list`) are never redacted: a watched brand or executive is what we monitor.
  City and country names stay: where an outage is, is the signal.
- `outbound_guard(text=..., allow=...)`: the same finders, stricter (any long number, any name
  the finders see), run on a prompt before it leaves for an LLM. Callers refuse to send on any
  hit and record `GuardResult.reason` (entity types and counts, never the values).
- `outbound_scrub(text=..., allow=...)`: the guard's findings replaced by tags, for text that a
  message quotes (escalation's alert messages quote an incident's top posts).

The engine is built once per process (`get_engine()`: the model and the word lists, a few
seconds; workers do it at start). Importing this module loads neither presidio nor spaCy (the
LLM tiers import it, and Django imports them at setup: `manage.py migrate` must not pay for a
model it never uses). Any exception
propagates: ingestion holds the RawEvent (`held_pii`), the guard's callers refuse to send.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.conf import settings

from ingestion.pii.spans import DEFAULT_ENTITIES, RedactedText, allow_pattern, readable

if TYPE_CHECKING:
    from ingestion.pii.engine import RedactionEngine

__all__ = [
    "GuardResult",
    "RedactedText",
    "get_engine",
    "offline_tldextract",
    "outbound_guard",
    "outbound_scrub",
    "redact_texts",
]

_engine: RedactionEngine | None = None
_lock = threading.Lock()
_TAG = re.compile(r"<[A-Z_]{3,30}>")


def get_engine() -> RedactionEngine:
    """The process-wide engine, built on first use."""
    global _engine
    if _engine is None:
        with _lock:
            if _engine is None:
                from ingestion.pii.engine import RedactionEngine
                from ingestion.pii.tokens import TokenModel

                offline_tldextract()
                token_dir = settings.PII_TOKEN_MODEL_DIR
                _engine = RedactionEngine(
                    model_name=settings.PII_SPACY_MODEL,
                    entities=tuple(getattr(settings, "PII_ENTITIES", DEFAULT_ENTITIES)),
                    token_model=TokenModel.load(token_dir) if token_dir else None,
                )
    return _engine


def redact_texts(texts: list[str], *, allow_list: list[str] | None = None) -> list[RedactedText]:
    """Redact every text; raises if the engine fails (the caller holds the events)."""
    return get_engine().redact_many(texts, allow_list=allow_list)


@dataclass(frozen=True)
class GuardResult:
    ok: bool
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def reason(self) -> str:
        """Why the prompt was refused: entity types and counts, never the values."""
        if self.ok:
            return ""
        return "PII in prompt: " + ", ".join(f"{k}×{v}" for k, v in sorted(self.counts.items()))

    @property
    def entities(self) -> list[str]:
        return sorted(self.counts)


def outbound_guard(*, text: str, allow: Iterable[str] = ()) -> GuardResult:
    """Check a prompt before it leaves for an LLM; `ok` is False on any finding.

    Stricter than ingestion: every finder's hit counts (names, handles, addresses, identifiers),
    and so does any run of seven or more digits. Ingestion's own tags (`<PERSON>`) and the
    allowed names (the tenant's watch terms) are not findings. Raises if the engine fails: the
    caller must then refuse to send.
    """
    engine = get_engine()
    found = engine.find(readable(text), allow_pattern(list(allow)), strict=True)
    tags = [m.span() for m in _TAG.finditer(text)]
    hits = [f for f in found if not any(s <= f.start and f.end <= e for s, e in tags)]
    return GuardResult(ok=not hits, counts=dict(Counter(f.entity for f in hits)))


def outbound_scrub(*, text: str, allow: Iterable[str] = ()) -> str:
    """`text` with everything `outbound_guard` would find replaced by its `<TYPE>` tag, for text a
    message quotes (an alert's top posts): the guard then passes it. Raises if the engine fails."""
    engine = get_engine()
    found = engine.find(readable(text), allow_pattern(list(allow)), strict=True)
    tags = [m.span() for m in _TAG.finditer(text)]
    hits = [f for f in found if not any(s <= f.start and f.end <= e for s, e in tags)]
    for f in sorted(hits, key=lambda f: f.start, reverse=True):
        text = f"{text[: f.start]}<{f.entity}>{text[f.end :]}"
    return text


def offline_tldextract() -> None:
    """presidio's email recognizer (used by stock-presidio comparisons and older callers) calls
    `tldextract.extract`, whose default extractor fetches the public suffix list over the network
    on first use. Use the bundled snapshot only."""
    import tldextract
    import tldextract.tldextract as module

    if getattr(module, "_crisisops_offline", False):
        return
    module.TLD_EXTRACTOR = tldextract.TLDExtract(
        suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True
    )
    tldextract.extract = module.extract
    module._crisisops_offline = True  # type: ignore[attr-defined]  # our own marker on their module
