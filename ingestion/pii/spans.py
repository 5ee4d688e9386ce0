"""What a finder reports, and how overlapping findings become the spans that are replaced."""

from __future__ import annotations

from dataclasses import dataclass

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
