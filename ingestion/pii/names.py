"""Person names and @handles.

The NER model finds most names; what it misses is found here from the words around them:
1. NER PERSON spans, and name-shaped ORG/PRODUCT/GPE spans whose words are names (the small
   models call "Krisztián Szöllösy" an ORG) unless a company word is in them ("Wells Fargo Bank");
2. runs of capitalised words holding a name from the gazetteer that is not an English word
   ("thanks Chinedu and Mareike"), or a given name followed by a surname ("Grace Young");
3. lower-case names: a given name + surname pair ("siiri korhonen", "codey m ross"), one name
   after a cue ("my name is", "thanks", "my wife", "cc", a sign-off), and in a text written all
   in lower case, any name of the gazetteer that is not an English word ("the gender of lempi");
4. the other members of a list that holds a name ("cc Anna, Joris and Femke");
5. every @handle (a handle is personal data unless the tenant watches it);
6. a second mention of a word already found as a name ("Korhonen called again").
Places the NER model is sure of (GPE/LOC) are left alone, and so are the tenant's watch terms.
"""

from __future__ import annotations

import re
import zoneinfo
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ingestion.pii.lexicon import ORG_WORDS, PARTICLES, TITLES, Lexicon
from ingestion.pii.names_lower import extended_lower, lower_case_names, lower_case_pairs
from ingestion.pii.spans import NER_SCORE, Found

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?")
_CUE_WORDS = (
    r"my name is|my name's|name is|name:|names?:|i'm|i am|im|this is|it's|signed|regards|cheers|thanks|"
    r"thank you|thx|ty|best|sincerely|yours|customer:|requester:|from:|contact:|agent|advisor|"
    r"cc:?|dear|hi|hello|hey|ask for|spoke to|spoke with|talked to|called|named|mr\.?|mrs\.?|ms\.?|"
    r"dr\.?|prof\.?|my (?:husband|wife|son|daughter|mother|mom|mum|father|dad|brother|sister|"
    r"partner|friend|colleague|boss|neighbour|neighbor|landlord|grandma|grandpa|uncle|aunt|cousin|kid|"
    r"child|baby|nephew|niece|fianc[ée]e?|girlfriend|boyfriend|roommate|flatmate|housemate|coworker|"
    r"co-worker|manager|grandson|granddaughter|stepson|stepdaughter|spouse|ex)|"
    r"(?:people|they|friends|everyone|everybody) call me|known as|aka|follow(?:ed)? up with|"
    r"met with|meet with|meeting with|says|said|asked|replied|wrote"
)
CUE = re.compile(rf"(?:^|(?<=[\s,(]))(?:{_CUE_WORDS})[\s,:-]*$", re.IGNORECASE)
# Cues after which an everyday word is not a name: "this is ridiculous", "I'm unable".
_WEAK_CUES = re.compile(
    r"(?:i'm|i am|im|this is|it's|best|called|named|hi|hey|hello|thanks|ty|says|said|asked|replied|wrote)"
    r"[\s,:-]*$",
    re.I,
)
_NAME_TOKEN = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:['’-][^\W\d_]+)*\.?$")
_SKIP_LABELS = {"GPE", "LOC"}
_MAYBE_NAME_LABELS = {"ORG", "PRODUCT", "NORP", "FAC", "WORK_OF_ART", "EVENT", "GPE", "LOC"}


def find(text: str, doc: Doc, lexicon: Lexicon) -> Iterator[Found]:
    found: list[Found] = []
    places: list[tuple[int, int]] = []
    orgs: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            end = ent.end_char - (2 if ent.text.endswith(("'s", "’s")) else 0)
            found.append(Found(ent.start_char, end, "PERSON", NER_SCORE))
        elif ent.label_ in _MAYBE_NAME_LABELS and _name_shaped(list(ent), lexicon):
            found.append(Found(ent.start_char, ent.end_char, "PERSON", NER_SCORE))
        elif ent.label_ in _SKIP_LABELS:
            places.append((ent.start_char, ent.end_char))
        else:
            orgs.append((ent.start_char, ent.end_char))
    tokens = list(doc)
    found.extend(_capitalised_runs(text, tokens, lexicon, places, orgs))
    found.extend(_line_openers(text, lexicon))
    found.extend(lower_case_pairs(tokens, lexicon))
    if text == text.lower():
        found.extend(lower_case_names(tokens, lexicon))
    found.extend(_after_cues(text, tokens, lexicon))
    for _ in range(12):  # "A, B, C and D": each round reaches one more member
        more = [f for f in _list_members(text, found, lexicon, places) if f not in found]
        if not more:
            break
        found.extend(more)
    found = _extended(text, found, lexicon)
    found.extend(_extended(text, list(_repeated(text, found, lexicon)), lexicon))
    found = [t for f in found if (t := _trimmed(text, f)) is not None]
    for m in HANDLE.finditer(text):
        found.append(Found(m.start(), m.end(), "USERNAME"))
    return iter(found)


# Time-zone abbreviations are capitalised words next to names ("Sam Okafor, due 01:13 UTC"):
# never a name. zoneinfo knows the canonical ones; the rest are the common daylight variants.
_ZONES = frozenset(
    {z.upper() for z in zoneinfo.available_timezones() if "/" not in z and z.isalpha() and z.isupper()}
    | {"BST", "CEST", "EEST", "WEST", "EDT", "CDT", "MDT", "PDT", "AEST", "AEDT", "IST", "JST", "KST", "SGT"}
)
_WORD = re.compile(r"\S+")
# A code identifier is never a name: CamelCase with two or more inner capitals ("HighLoginFailureRate",
# a monitoring rule's name) or snake_case. Names keep one inner capital ("McDonald", "DeShawn").
_IDENTIFIER = re.compile(r"^(?:[A-Z]?[a-z]+(?:[A-Z][a-z0-9]*){2,}|\w*[A-Za-z]_\w+)$")


def _not_a_name_word(word: str) -> bool:
    bare = word.strip(".,;:()[]\"'")
    return any(c.isdigit() for c in word) or bare in _ZONES or bool(_IDENTIFIER.match(bare))


def _trimmed(text: str, f: Found) -> Found | None:
    """A name finding without the words at its ends that no name holds (a time, a time zone, a
    code identifier); None when nothing is left."""
    if f.entity != "PERSON":
        return f
    words = [m for m in _WORD.finditer(text, f.start, f.end)]
    keep = [m for m in words if not _not_a_name_word(m.group())]
    if not keep:
        return None
    if len(keep) == len(words):
        return f
    return Found(keep[0].start(), keep[-1].end(), f.entity, f.score)


def _name_shaped(tokens: list[Token], lexicon: Lexicon) -> bool:
    """Is an NER ORG/PRODUCT/place span really a person? Only without company words, with every
    word capitalised, and with a rare name in it or a given name + surname."""
    words = [t.text for t in tokens if not t.is_punct]
    if not words or len(words) > 4 or any(not _NAME_TOKEN.match(w) for w in words):
        return False
    if any(w.lower().strip(".") in ORG_WORDS for w in words):
        return False
    core = [w for w in words if w.lower() not in PARTICLES]
    if not core or not all(w[0].isupper() for w in core):
        return False
    if any(lexicon.is_rare_name(w) for w in core):
        return True
    pair = len(core) >= 2 and core[0].lower() in lexicon.first and core[-1].lower() in lexicon.last
    return pair and not all(lexicon.is_common(w) for w in core)


_VERBISH = re.compile(
    r"^\s*(?:[:,]|is\b|was\b|has\b|had\b|said\b|says\b|told\b|asked\b|and\b|will\b|would\b|"
    r"called\b|wrote\b|here\b|lives\b|from\b|shouted\b)"
)
# What only a person does: after it, even an unknown word that NER calls a company is a person
# ("Tomomi is from Hawkins, Richardson and Santana", "Timotea lives on Via dei Fiorentini 17").
_PERSON_VERB = re.compile(r"^\s+(?:lives|lived|is from|was born|grew up|moved to)\b")


def _capitalised_runs(
    text: str,
    tokens: list[Token],
    lexicon: Lexicon,
    places: list[tuple[int, int]],
    orgs: list[tuple[int, int]],
) -> Iterator[Found]:
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if not (tok.text[:1].isupper() and _NAME_TOKEN.match(tok.text)):
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and j - i < 5:
            t = tokens[j]
            if (t.text[:1].isupper() and _NAME_TOKEN.match(t.text)) or (
                t.lower_ in PARTICLES and j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper()
            ):
                j += 1
            else:
                break
        run = tokens[i:j]
        i = j
        while run and run[0].lower_ in TITLES | {"cc", "hi", "hey", "dear", "thanks"}:
            run = run[1:]
        if not run:
            continue
        start, end = run[0].idx, run[-1].idx + len(run[-1].text)
        after = text[end:]
        sign_off = len(run) == 1 and _SIGN_OFF.match(after) and re.search(r"[.!?\n—–-]\s*$", text[:start])
        if sign_off and not lexicon.is_common(run[0].text) and run[0].lower_ not in ORG_WORDS:
            yield Found(start, end, "PERSON")  # a sign-off: "... if you need ID. Tunde"
            continue
        if _overlaps((start, end), places) and not _has_initial(run):
            continue
        words = [t.text.rstrip(".") for t in run if t.lower_ not in PARTICLES and len(t.text.rstrip(".")) > 1]
        if not words or any(w.lower() in ORG_WORDS for w in words):
            continue
        prev = tokens[run[0].i - 1] if run[0].i > 0 else None
        sentence_start = (
            prev is None
            or prev.text in (".", "!", "?", ":", '"', "“")
            or "\n" in prev.text_with_ws
            or "\n" in text[max(0, start - 2) : start]
        )
        names = [w for w in words if lexicon.is_name(w) and not lexicon.is_common(w)]
        unknown = [w for w in words if not lexicon.is_english(w)]
        in_org = _overlaps((start, end), orgs)
        if len(words) >= 2:
            pair = words[0].lower() in lexicon.first and words[-1].lower() in lexicon.last
            if (
                names
                or pair
                or _has_initial(run)
                or len(unknown) == len(words)
                or (unknown and _particle_inside(run))
            ):
                yield Found(start, end, "PERSON")
        # One word: a sentence opens with a capital anyway, so there the word must not be
        # English, or a verb must follow ("Scott is ...").
        elif (
            names
            and (not in_org or words[0].lower() in lexicon.first)
            and (not sentence_start or not lexicon.is_english(words[0]) or _VERBISH.match(after))
        ) or (not lexicon.is_english(words[0]) and _PERSON_VERB.match(after)):
            yield Found(start, end, "PERSON")


def _particle_inside(run: list[Token]) -> bool:
    """A particle between capitalised words: "Willemine ten Pas", "Anna van der Berg"."""
    inner = run[1:-1]
    return any(t.lower_ in PARTICLES and t.is_lower for t in inner)


_SIGN_OFF = re.compile(r"^[\s.!]*$")


def _has_initial(run: list[Token]) -> bool:
    """A middle initial between two capitalised words ("Szabina J Gelencsér", "Faina D. Yefremova")."""
    inner = run[1:-1]
    return len(run) >= 3 and any(len(t.text.rstrip(".")) == 1 and t.text[0].isupper() for t in inner)


def _after_cues(text: str, tokens: list[Token], lexicon: Lexicon) -> Iterator[Found]:
    for i, tok in enumerate(tokens):
        if not _NAME_TOKEN.match(tok.text) or (tok.is_stop and not tok.text[:1].isupper()):
            continue
        before = text[max(0, tok.idx - 24) : tok.idx]
        if not CUE.search(before):
            continue
        weak = bool(_WEAK_CUES.search(before))
        taken = []
        for t in tokens[i : i + 3]:
            if (
                not _NAME_TOKEN.match(t.text)
                or t.lower_ in ORG_WORDS
                or not _cue_word_ok(t, lexicon, weak=weak)
            ):
                break
            taken.append(t)
        if taken:
            yield Found(taken[0].idx, taken[-1].idx + len(taken[-1].text), "PERSON")


def _cue_word_ok(t: Token, lexicon: Lexicon, *, weak: bool) -> bool:
    """Is a word after a cue part of a name? Capitalised: after a strong cue ("Regards, Grace
    Young") always, after a weak one ("this is", "hi") unless an everyday word ("this is Awful").
    Lower case: a name or a non-English word ("my name is siiri"), only a rare name after a weak
    cue ("thanks unai", not "thanks again")."""
    if t.text[:1].isupper():
        return not weak or lexicon.is_name(t.text) or not (lexicon.is_common(t.lower_) or t.is_stop)
    if weak:
        return lexicon.is_rare_name(t.text)
    return lexicon.is_name(t.text) or not (lexicon.is_english(t.lower_) or t.is_stop)


_OPENER = re.compile(r"(?:^|\n)[\s>*-]*([^\W\d_][\w'’-]*)(?=\s*:|\s+here\b)", re.IGNORECASE)


def _line_openers(text: str, lexicon: Lexicon) -> Iterator[Found]:
    """A name opening a line before a colon or "here": dialogue ("Mika: who are you?"),
    self-introductions ("lieke here - ..."). Labels such as "Phone:" are English words."""
    for m in _OPENER.finditer(text):
        word = m.group(1)
        here = not text[m.end(1) :].lstrip().startswith(":")
        if (
            (lexicon.is_name(word) and not lexicon.is_common(word))
            or (word[0].isupper() and not lexicon.is_english(word) and word.lower() not in ORG_WORDS)
            or (here and not lexicon.is_common(word))
        ):
            yield Found(m.start(1), m.end(1), "PERSON")


_HYPHENATED = re.compile(r"(?:[-‐‑][^\W\d_]+)+")  # "Hauta" + "-aho", "Smith" + "-Jones"
_NEXT_NAME = re.compile(
    r"(?:\s+(?:[A-Z]\.?|(?:" + "|".join(sorted(PARTICLES)) + r")))*\s+([A-ZÀ-ÞŁŚŻŹĆŃÓ][\w'’-]+)"
)


def _extended(text: str, found: list[Found], lexicon: Lexicon) -> list[Found]:
    """A found name takes the capitalised surname(s) after it ("Lucía Ruiz" + " de la Torre")."""
    out = []
    for f in found:
        if f.entity == "PERSON":
            end = f.end
            hyphen = _HYPHENATED.match(text, end)
            if hyphen and not lexicon.is_common(hyphen.group(0).split("-")[-1]):
                end = hyphen.end()
            for _ in range(3):
                m = _NEXT_NAME.match(text, end)
                if (
                    not m
                    or "\n" in m.group(0)
                    or lexicon.is_common(m.group(1))
                    or m.group(1).lower() in ORG_WORDS
                ):
                    break
                end = m.end()
            end = extended_lower(text, f.start, end, lexicon)
            f = Found(f.start, end, f.entity, f.score)
        out.append(f)
    return out


_LIST_ITEM = re.compile(r"(?:,\s*|\s+(?:and|&|und|et|y|e|og|och|ja)\s+|,\s*(?:and|&)\s+)$")


def _list_members(
    text: str, found: list[Found], lexicon: Lexicon, places: list[tuple[int, int]]
) -> Iterator[Found]:
    """Items of "A, B and C" next to a found name are names too, when they look like one."""
    item = re.compile(r"[^\W\d_][\w'’-]*(?:\s+[A-ZÀ-ÞŁŚŻŹĆŃÓ][\w'’-]*){0,2}")
    names = [f for f in found if f.entity == "PERSON"]
    for f in names:
        tail = re.match(r"(,\s*|\s+(?:and|&|und|et|y|e|og|och|ja)\s+|,\s*(?:and|&)\s+)", text[f.end :])
        if tail:
            m = item.match(text, f.end + tail.end())
            if (
                m
                and _list_item_ok(m.group(0), lexicon)
                and not _known_place(m.span(), m.group(0), places, lexicon)
            ):
                yield Found(m.start(), m.end(), "PERSON")
        head = _LIST_ITEM.search(text[max(0, f.start - 6) : f.start])
        if head:
            left = text[: f.start - len(head.group(0))]
            m = re.search(r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}$", left)
            if m:
                words = m.group(0).split()
                # Only the capitalised tail of the preceding words ("cc Anna" -> "Anna"), or
                # the last word in lower case ("they had 6: leonti, terrence").
                while words and not words[0][:1].isupper():
                    words.pop(0)
                if not words and not text[f.start : f.end][:1].isupper():
                    words = m.group(0).split()[-1:]
                value = " ".join(words)
                if value and _list_item_ok(value, lexicon):
                    s = f.start - len(head.group(0)) - len(value)
                    if not _known_place((s, s + len(value)), value, places, lexicon):
                        yield Found(s, s + len(value), "PERSON")


def _known_place(span: tuple[int, int], value: str, places: list[tuple[int, int]], lexicon: Lexicon) -> bool:
    """NER's place, unless a list member no vocabulary knows: NER reads unfamiliar names as
    places ("thanks Onni and Tunde", "Kónya, Becker and Vasquez"); places it knows are words."""
    if not _overlaps(span, places):
        return False
    words = value.split()
    # A given name that is no everyday word is a person among persons ("Efimiya, Mary, Ariana").
    if all(w.lower() in lexicon.first and not lexicon.is_common(w) for w in words):
        return False
    return any(lexicon.is_english(w) for w in words)


def _list_item_ok(value: str, lexicon: Lexicon) -> bool:
    words = value.split()
    if not words or any(w.lower() in ORG_WORDS for w in words):
        return False
    if all(w[:1].isupper() for w in words):
        return any(lexicon.is_name(w) or not lexicon.is_english(w) for w in words)
    # In lower case: names that are no English word, given names that are not everyday words
    # ("chad", not "will"; not the surname "gave"), or one word no vocabulary knows ("leonti").
    return all(
        lexicon.is_rare_name(w) or (w.lower() in lexicon.first and not lexicon.is_common(w)) for w in words
    ) or (len(words) == 1 and len(words[0]) >= 4 and words[0].isalpha() and not lexicon.is_english(words[0]))


_WORD = re.compile(r"\w+")


def _repeated(text: str, found: list[Found], lexicon: Lexicon) -> Iterator[Found]:
    """Every other mention of a word of a found name: a rare name in any case, an English word
    ("Hunter") only as written."""
    exact: set[str] = set()
    any_case: set[str] = set()
    for f in found:
        if f.entity == "PERSON":
            for w in re.findall(r"[^\W\d_]{3,}", text[f.start : f.end]):
                if w.lower() not in PARTICLES and w.lower() not in TITLES:
                    if lexicon.is_english(w):
                        exact.add(w)
                    else:
                        any_case.add(w.lower())
    if not (exact or any_case):
        return
    for m in _WORD.finditer(text):
        w = m.group(0)
        if w in exact or w.lower() in any_case:
            yield Found(m.start(), m.end(), "PERSON")


def _overlaps(span: tuple[int, int], ranges: list[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in ranges)
