"""What a finder reports, how overlapping findings become the spans that are replaced, and what
a redaction returns. No presidio or spaCy import here: `ingestion.redaction` imports this module
at import time and the engine only when it is first used."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

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

# When findings overlap, the merged span takes the most specific type.
PRIORITY = (
    "EMAIL_ADDRESS",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_SSN",
    "US_DRIVER_LICENSE",
    "IP_ADDRESS",
    "PHONE_NUMBER",
    "STREET_ADDRESS",
    "ID_NUMBER",
    "USERNAME",
    "PERSON",
)
_RANK = {name: i for i, name in enumerate(PRIORITY)}
EXACT = frozenset(PRIORITY[:6])


# The confidence a finding reaches presidio with. NER's spans carry presidio's default NER score,
# rule findings the full score: presidio drops a finding inside another of its type unless it
# scores higher, and a name a rule found inside an NER span must survive until the watch terms
# are cut out ("małgorzata here - Tailspin Air" as one NER PERSON, with "Tailspin Air" watched).
NER_SCORE = 0.85
RULE_SCORE = 1.0


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    entity: str
    score: float = RULE_SCORE


def merge(found: list[Found]) -> list[Found]:
    """Overlapping or touching findings become one span. An identifier with a checksum or a fixed
    shape (email, card, IBAN, SSN, licence, IP) names the span; otherwise its longest finding
    does (a postcode read as a phone inside an address is an address)."""
    groups: list[list[Found]] = []
    for f in sorted(found, key=lambda f: (f.start, -f.end)):
        if f.end <= f.start:
            continue
        if groups and f.start <= max(g.end for g in groups[-1]):
            groups[-1].append(f)
        else:
            groups.append([f])
    out = []
    for group in groups:
        main = max(
            group,
            key=lambda f: (f.entity in EXACT, f.end - f.start, -_RANK.get(f.entity, len(PRIORITY))),
        )
        out.append(Found(group[0].start, max(f.end for f in group), main.entity))
    return out


def subtract(found: Found, protected: list[tuple[int, int]]) -> list[Found]:
    """The parts of a finding outside the protected ranges (a watch term inside it)."""
    pieces = [(found.start, found.end)]
    for ps, pe in protected:
        next_pieces = []
        for s, e in pieces:
            if pe <= s or e <= ps:
                next_pieces.append((s, e))
                continue
            if s < ps:
                next_pieces.append((s, ps))
            if pe < e:
                next_pieces.append((pe, e))
        pieces = next_pieces
    return [Found(s, e, found.entity) for s, e in pieces]


@dataclass
class RedactedText:
    text: str
    pii_found: dict[str, int] = field(default_factory=dict)
    doc: Doc | None = None  # the spaCy Doc of the ORIGINAL text (for entity extraction)
    redacted_spans: list[tuple[int, int]] = field(default_factory=list)


def allow_pattern(allow_list: list[str]) -> re.Pattern[str] | None:
    """Watch terms as whole words, case-insensitive; "@NorthwindBank" also as "NorthwindBank";
    and every handle or hashtag that holds one."""
    terms = {t.strip() for t in allow_list if t and len(t.strip()) >= 2}
    terms |= {t.lstrip("@#$") for t in terms if len(t.lstrip("@#$")) >= 2}
    if not terms:
        return None
    # A whole word: no letter or digit of the same script on either side. A Latin-script term
    # glued to Japanese or Chinese text ("Fabrikam Payのサポート") is still a whole word there.
    latin = [t for t in terms if _LATIN_EDGES.match(t)]
    other = [t for t in terms if t not in latin]
    parts = []
    if latin:
        body = "|".join(re.escape(t) for t in sorted(latin, key=len, reverse=True))
        # A handle or hashtag that holds a term is the brand's own, an impostor's or a campaign's
        # ("@Northwind_Refunds", "@ContosoHelpCenter_", "#ContosoDown"): an account to watch, no one's name.
        glued = "|".join(
            re.escape(t.replace(" ", "")) for t in sorted(latin, key=len, reverse=True) if t[:1] not in "@#$"
        )
        if glued:
            parts.append(rf"(?<![{_LATIN}@#])[@#][{_LATIN}.]*?(?:{glued})[{_LATIN}]*")
        parts.append(rf"(?<![{_LATIN}])[@#$]?(?:{body})(?![{_LATIN}])")
    if other:
        body = "|".join(re.escape(t) for t in sorted(other, key=len, reverse=True))
        parts.append(rf"(?<![\w])[@#$]?(?:{body})(?![\w])")
    return re.compile("|".join(parts), re.IGNORECASE)


_LATIN = "0-9A-Za-z\u00c0-\u024f_"
_LATIN_EDGES = re.compile(rf"^[@#$]?[{_LATIN}](?:.*[{_LATIN}])?$", re.DOTALL)


# What the finders read instead of the text, one character for one so the spans fit the text:
# full-width Latin letters and digits (Japanese forms: "ＴＡＮＡＫＡ　Ｈａｎａｋｏ様"), the
# non-breaking hyphen inside a name ("Jean‑Baptiste") and no-break, thin and ideographic spaces
# as spaces, and OCR's "1" for "l" inside a word.
_READABLE = str.maketrans(
    {
        **{
            chr(c): chr(c - 0xFEE0)
            for c in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))
        },
        "\u2011": "-",
        **dict.fromkeys("\u00a0\u202f\u2009\u2007\u3000", " "),
    }
)


# OCR reads "l" as "1" inside words ("Car1os", "Ó1afsdóttir"): a lone 1 between letters, in a
# word with no other digit, is read as the letter (not in "mp3", "a1b2", "web1" or "B2B").
_OCR_ONE = re.compile(r"(?<![\w@#])([^\W\d_]{1,20})1([^\W\d_]{1,20})(?![\w])")


def _ocr_l(m: re.Match[str]) -> str:
    head, tail = m.group(1), m.group(2)
    word_case = len(head) == 1 or head[1:].islower()  # "Car1os", "Ó1afsdóttir"; not "NY1headlines"
    return f"{head}l{tail}" if tail[0].islower() and word_case and len(head) + len(tail) >= 4 else m.group(0)


def readable(text: str) -> str:
    plain = text if text.isascii() else text.translate(_READABLE)
    return _OCR_ONE.sub(_ocr_l, plain) if "1" in plain else plain
