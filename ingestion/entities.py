"""Entities of an event: spaCy NER (from the redaction pass) plus the tenant's watch terms.

NER runs once per text, in `ingestion.redaction`; this module only reads the `Doc`. An entity
that overlaps a redacted span (a private person's name, an address) is left out: `Event.entities`
never holds what redaction removed. Watch terms are matched on the original text,
case-insensitively on word boundaries (so "#AcmeAir", "@acme" and "$ACME" match, "Acmeville"
does not), and give `Event.subjects` (WatchTerm slugs) — what the crisis detector aggregates on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ingestion.models import WatchTerm

ENTITY_LABELS = {"ORG", "PERSON", "PRODUCT", "GPE", "LOC", "FAC", "NORP", "EVENT"}
MAX_ENTITIES = 25


def entities_from_doc(
    doc: Doc | None, *, redacted_spans: Iterable[tuple[int, int]] = ()
) -> list[dict[str, Any]]:
    """`[{"label": "ORG", "text": "Acme"}, ...]`, unique, in order of appearance."""
    if doc is None:
        return []
    spans = list(redacted_spans)
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        start, end = ent.start_char, ent.end_char
        if any(start < r_end and r_start < end for r_start, r_end in spans):
            continue
        text = ent.text.strip()
        key = (ent.label_, text.lower())
        if not text or key in seen:
            continue
        seen.add(key)
        out.append({"label": ent.label_, "text": text[:200]})
        if len(out) >= MAX_ENTITIES:
            break
    return out


@dataclass(frozen=True)
class WatchTermMatcher:
    """One compiled regex over every alias of every enabled watch term of a tenant."""

    pattern: re.Pattern[str] | None
    slug_by_alias: dict[str, str]
    allow_list: tuple[str, ...]

    @classmethod
    def build(cls, terms: Iterable[WatchTerm]) -> WatchTermMatcher:
        slug_by_alias: dict[str, str] = {}
        allow: list[str] = []
        for term in terms:
            if not term.enabled:
                continue
            for alias in [term.name, term.slug, *term.aliases]:
                alias = (alias or "").strip()
                if len(alias) < 2:
                    continue
                slug_by_alias.setdefault(alias.lower(), term.slug)
                allow.append(alias)
        if not slug_by_alias:
            return cls(pattern=None, slug_by_alias={}, allow_list=())
        alternatives = sorted(slug_by_alias, key=len, reverse=True)
        body = "|".join(re.escape(a) for a in alternatives)
        # (?<!\w)/(?!\w) rather than \b: aliases may start or end with a non-word char ("$ACME", "C++").
        pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)
        return cls(pattern=pattern, slug_by_alias=slug_by_alias, allow_list=tuple(allow))

    def subjects(self, *texts: str) -> list[str]:
        if self.pattern is None:
            return []
        found: list[str] = []
        for text in texts:
            for match in self.pattern.finditer(text or ""):
                slug = self.slug_by_alias.get(match.group(0).lower())
                if slug and slug not in found:
                    found.append(slug)
        return found
