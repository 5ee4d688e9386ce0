"""Street names known by the shape of their house number, in any case and script: Japanese
blocks ("2-11-3 Meguro", "Ginza 4-chome 6-16"), Czech and Slovak "810/104", and a name and number
with a flat or floor after them ("Σταδίου 24, 3ος όροφος"). Used by `addresses.find`."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ingestion.pii.address_parts import UNIT
from ingestion.pii.lexicon import PARTICLES, Lexicon

_L = r"[^\W\d_]"  # a letter of any script
_WORDS = rf"{_L}[\w'’.-]*"

# Japanese block addresses: chōme, banchi and gō ("2-11-3 Meguro", "Ginza 4-chome 6-16"). A
# phone's last group has four digits or more; a date's year four.
JP_BLOCK = re.compile(r"(?<![\w-])\d{1,4}[A-Za-z]?-\d{1,3}[A-Za-z]?-\d{1,3}[A-Za-z]?(?![\w-])")
_JP_NEIGHBOUR_AFTER = re.compile(rf",?[ \t]+({_L}[\w'’-]*)")
_JP_NEIGHBOUR_BEFORE = re.compile(rf"({_L}[\w'’-]*),?[ \t]+$")
CHOME = re.compile(
    rf"(?<![\w])(?:(?P<name>{_L}[\w'’-]*)\s+)?\d{{1,4}}[- ]?ch[oō]me\b"
    r"(?:,?\s+\d{1,4}[A-Za-z]?(?:-\d{1,4}[A-Za-z]?){0,2}(?![\w-]))?",
    re.IGNORECASE,
)
# A house number written "810/104" (the Czech and Slovak číslo popisné/orientační) after a
# street name that is no English word ("Korunní 810/104", "husova 385/29b"); "24/7" is no
# house number.
SLASH_NUMBER = re.compile(
    rf"(?<![\w])(?P<name>{_L}[\w'’-]*)\s+(?P<num>\d{{1,4}}/\d{{1,4}}[A-Za-z]?)(?![\w/])"
)
# A street name and a house number with a flat or floor after them, in any case and script:
# "Σταδίου 24, 3ος όροφος", "πανεπιστημίου 490, 6ος όροφος", "Nørrevej 12, 2. tv".
NAME_NUMBER_FLAT = re.compile(
    rf"(?<![\w])(?P<name>{_WORDS}(?:[ \t]+{_WORDS}){{0,2}})[ \t]+(?P<num>\d{{1,5}}[^\W\d_]?),?[ \t]+"
    rf"(?=(?i:{UNIT}))"
)


def streets(text: str, lexicon: Lexicon) -> Iterator[tuple[int, int]]:
    """Street names known by the shape of their house number: Japanese blocks next to a place
    name that is no English word, "N-chome", Czech "810/104", and a name + number with a flat
    or floor after it (the name from its first word that is no English word)."""
    for m in JP_BLOCK.finditer(text):
        after = _JP_NEIGHBOUR_AFTER.match(text, m.end())
        before = _JP_NEIGHBOUR_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
        if any(n and not lexicon.is_english(n.group(1)) for n in (after, before)):
            yield m.span()
    for m in CHOME.finditer(text):
        name = m.group("name")
        if name and not lexicon.is_english(name):
            yield m.span()
        else:
            yield m.start() + re.search(r"\d", m.group(0)).start(), m.end()  # type: ignore[union-attr]
    for m in SLASH_NUMBER.finditer(text):
        first, second = m.group("num").split("/")
        if (len(first) >= 3 or not second.isdigit()) and not lexicon.is_english(m.group("name")):
            yield m.span()
    for m in NAME_NUMBER_FLAT.finditer(text):
        start = _street_name_start(m, lexicon)
        if start is not None:
            yield start, m.end("num")


def _street_name_start(m: re.Match[str], lexicon: Lexicon) -> int | None:
    """Where the street name before a house number starts: the trailing words of `name` that
    are no English words (particles inside them kept); None when the last one is English."""
    start = None
    for w in reversed(list(re.finditer(r"\S+", m.group("name")))):
        word = w.group(0)
        if word.lower() in PARTICLES and start is not None:
            continue
        if lexicon.is_english(word.strip(".,")):
            break
        start = m.start("name") + w.start()
    return start
