"""People and addresses in records pasted in a standard format, read by the format's own fields:
vCard (RFC 6350: `N`, `FN`, `ADR`) and HL7 v2 messages (`PID`, `NK1`: the patient's and the next
of kin's name, address and phone). Only texts that hold such a record are read."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ingestion.pii.lexicon import words
from ingestion.pii.spans import Found

# A vCard's property line: its name, its parameters (";TYPE=HOME"), a colon, then the value.
_VCARD_LINE = re.compile(r"^(?:item\d+\.)?(?P<prop>N|FN|ADR)(?:;[^:\n]*)?:(?P<value>[^\n]*)$", re.I | re.M)
_VCARD = re.compile(r"BEGIN:VCARD|^VERSION:[234]\.\d", re.I | re.M)
# An HL7 v2 segment: three letters and the field separator, at a line's (or a segment's) start.
_HL7_SEGMENT = re.compile(r"(?:^|\r|\n)(?P<seg>PID|NK1)\|(?P<fields>[^\r\n]*)")
# The fields (1-based, after the segment's name) holding a person's name, address and phone.
_HL7_FIELDS = {
    "PID": {
        5: "PERSON",
        6: "PERSON",
        9: "PERSON",
        11: "STREET_ADDRESS",
        13: "PHONE_NUMBER",
        14: "PHONE_NUMBER",
    },
    "NK1": {2: "PERSON", 4: "STREET_ADDRESS", 5: "PHONE_NUMBER", 6: "PHONE_NUMBER"},
}
# Prefixes and suffixes a name's components carry; no part of what identifies.
_TITLES = words("mr mrs ms miss mx dr prof sir dame rev jr sr ii iii md phd")


def find(text: str) -> Iterator[Found]:
    if _VCARD.search(text):
        yield from _vcard(text)
    if "PID|" in text or "NK1|" in text:
        yield from _hl7(text)


def _vcard(text: str) -> Iterator[Found]:
    for m in _VCARD_LINE.finditer(text):
        prop, start = m.group("prop").upper(), m.start("value")
        value = m.group("value")
        if prop == "FN":
            yield from _piece(value, start, "PERSON")
            continue
        # N: family;given;additional;prefixes;suffixes — ADR: box;extended;street;locality;
        # region;postcode;country (the country alone identifies no one)
        parts = _split(value, ";")
        if prop == "N":
            for i, (part, at) in enumerate(parts):
                if i < 3:
                    yield from _piece(part, start + at, "PERSON")
        else:
            kept = [(part, at) for i, (part, at) in enumerate(parts) if i < 6 and part.strip()]
            if kept and any(ch.isdigit() for part, _ in kept for ch in part):
                first, last = kept[0], kept[-1]
                yield from _piece(
                    value[first[1] : last[1] + len(last[0])], start + first[1], "STREET_ADDRESS"
                )


def _hl7(text: str) -> Iterator[Found]:
    for m in _HL7_SEGMENT.finditer(text):
        fields = _split(m.group("fields"), "|")
        wanted = _HL7_FIELDS[m.group("seg")]
        for i, (field, at) in enumerate(fields, start=1):
            entity = wanted.get(i)
            if entity is None or not field.strip():
                continue
            start = m.start("fields") + at
            components = _split(field, "^")
            if entity == "PERSON":
                # family^given^middle^suffix^prefix: each a piece of the name
                for j, (part, pos) in enumerate(components):
                    if j < 3:
                        yield from _piece(part, start + pos, "PERSON")
            elif entity == "STREET_ADDRESS":
                # street^other^city^state^postcode^country: the street to the postcode
                kept = [(part, pos) for j, (part, pos) in enumerate(components) if j < 5 and part.strip()]
                if kept:
                    first, last = kept[0], kept[-1]
                    yield from _piece(field[first[1] : last[1] + len(last[0])], start + first[1], entity)
            else:  # a phone: its first component, or the number inside its components
                for part, pos in components:
                    if sum(ch.isdigit() for ch in part) >= 7:
                        yield from _piece(part, start + pos, entity)


def _split(value: str, sep: str) -> list[tuple[str, int]]:
    """The parts of a field and where each starts in it."""
    out, at = [], 0
    for part in value.split(sep):
        out.append((part, at))
        at += len(part) + 1
    return out


def _piece(part: str, start: int, entity: str) -> Iterator[Found]:
    bare = part.strip()
    if not bare or (entity == "PERSON" and bare.lower().rstrip(".") in _TITLES):
        return
    lead = len(part) - len(part.lstrip())
    yield Found(start + lead, start + lead + len(bare), entity)
