"""Names no gazetteer holds, known by their shape or by another identifier in the same text:
1. romanized Korean given names, two syllables joined by a hyphen ("Seo-yeon", "Min-jun",
   "ji-ho"; Revised Romanization and its common variants), with the surname after them;
2. the words an email address's local part spells ("thabo mokoena (thabo.mokoena@…)"): the
   address already names its owner, so the same words beside it are that person's name;
3.–5. passengers, a pasted table's name column, a couple before a possessive (below);
6. a form's person field ("Cardholder: Sana Baig", "Name: haifa al-otaibi", "Applicant: BEKELE,
   Bethlehem") and list field ("Attendees: A (chair), B, C");
7. the speaker of a chat export line ("[23/05/25, 20:41:21] Nazanin: …", "12/3/24, 9:14 pm - Park
   Joon-ho: …");
8.–9. initials glued to a surname, the name before its owner's handle;
10. a name written apart in Han characters or in a script without capitals, or after a title of
    its own script ("ዶ/ር ሀና", "السيدة العتيبي"), or introducing itself in Korean or Japanese;
11. a name before a Japanese or Korean honorific in Latin letters ("Daiki-san") (below);
12. staff by login or initials in a work record ("Engineer: pg") (with `form_fields`).
Used by `names.find`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ingestion.pii import tables
from ingestion.pii.address_parts import ADDRESSEE_LABELS
from ingestion.pii.lexicon import (
    CHAT_WORDS,
    MONTHS,
    ORG_WORDS,
    PARTICLES,
    SCRIPT_LETTERS,
    SCRIPT_NOT_NAMES,
    TITLES,
    Lexicon,
    caseless,
    plain_letters,
    script_function_words,
    stop_words,
    words,
)
from ingestion.pii.names_cues import CASELESS_GREETINGS, NOT_INITIALS, WORDS_AND_STATES
from ingestion.pii.spans import Found
from ingestion.pii.structured import PHONE_CONTEXT

# One romanized Korean syllable: an initial, a vowel (with the spellings people use: "oo",
# "ee"), a final.
_SYLLABLE = (
    r"(?:kk|tt|pp|ss|jj|ch|[gkndrlmbsjhtpyw])?"
    r"(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|a|e|i|o|u)(?:ng|[nmlkpt])?"
)
_KOREAN_GIVEN = re.compile(
    rf"(?<![\w-])(?P<given>(?i:{_SYLLABLE})-(?i:{_SYLLABLE}))(?![\w-])"
    r"(?:[ \t]+(?P<surname>[^\W\d_][\w'’-]*))?"
)


def korean_given_names(text: str, lexicon: Lexicon) -> Iterator[Found]:
    """ "Seo-yeon", "Ha-eun Choi", "ji-ho jeong": not when both syllables are English words
    ("Re-do", "up-to"); the word after it is the surname when it is one or no English word."""
    for m in _KOREAN_GIVEN.finditer(text):
        given = m.group("given")
        first, second = given.split("-")
        if given != given.lower() and not (
            given[0].isupper() and first[1:].islower() and second[1:].islower()
        ):
            continue  # "HA-HA", "sEo-yeon": not a name's case
        if lexicon.is_english(first) and lexicon.is_english(second):
            continue
        end = m.end("given")
        surname = m.group("surname")
        if (
            surname
            and surname[:1].isupper() == given[:1].isupper()
            and surname.lower() not in ORG_WORDS
            and (lexicon.is_last(surname) or not lexicon.is_english(surname))
        ):
            end = m.end("surname")
        yield Found(m.start(), end, "PERSON")


_EMAIL = re.compile(r"(?<![\w.+-])([\w.+-]+)@[\w-]+(?:\.[\w-]+)+")
# Mailboxes of a role, not a person ("support@", "info@"): their words stay.
_ROLE_MAILBOXES = words("""
    info sales admin contact hello office billing noreply reply postmaster webmaster careers
    jobs press media privacy security abuse enquiries inquiries mail team help support service
    hr accounts account finance legal marketing news newsletter orders order shop store
""")
_WORD = re.compile(r"[^\W\d_]{3,}")


def email_names(text: str, lexicon: Lexicon) -> Iterator[Found]:
    """Words of the text that an email address's local part holds ("mart.tamm@…" names "mart"
    and "tamm" wherever they stand in the same text)."""
    pieces: set[str] = set()
    emails = []
    for m in _EMAIL.finditer(text):
        emails.append(m.span())
        for piece in re.split(r"[\W\d_]+", m.group(1).lower()):
            if len(piece) >= 3 and piece not in _ROLE_MAILBOXES and piece not in ORG_WORDS:
                pieces.add(plain_letters(piece))
    if not pieces:
        return
    glued = [p for p in pieces if len(p) >= 8]
    found = list(_WORD.finditer(text))
    for i, m in enumerate(found):
        word = m.group(0)
        if any(s <= m.start() < e for s, e in emails):
            continue
        # spelled with or without its marks ("oğuz erdoğdu <o.erdogdu@…>")
        if plain_letters(word.lower()) in pieces and (not lexicon.is_common(word) or lexicon.is_name(word)):
            yield Found(m.start(), m.end(), "PERSON")
            continue
        if not glued:
            continue
        # the words a glued local part spells: "avery cardinal" (averycardinal@…), "D. Carolina"
        # (carolinateixeirapinto46@…): two or three words in a row that make it up, or a name
        # of the gazetteers it starts or ends with
        for n in (3, 2):
            run = found[i : i + n]
            if len(run) < n or any(
                a.end() + 2 < b.start() or "\n" in text[a.end() : b.start()]
                for a, b in itertools.pairwise(run)
            ):
                continue
            spelled = "".join(r.group(0).lower() for r in run)
            if spelled in glued:
                yield Found(run[0].start(), run[-1].end(), "PERSON")
                break
        else:
            lower = plain_letters(word.lower())
            if (
                len(lower) >= 4
                and not lexicon.is_common(word)
                and (
                    (lexicon.is_world_first(word) and any(p.startswith(lower) for p in glued))
                    or (lexicon.is_world_last(word) and any(p.endswith(lower) for p in glued))
                )
            ):
                yield Found(m.start(), m.end(), "PERSON")


# 3. A passenger as airlines write one (the ticket's and the booking's format): "REYES/GUADALUPE
#    MRS", "Okafor/Chidi Mr", "02 XU/HAO 31H" — surname, slash, given names, then a title, a
#    seat or the line's end.
#    A reservation system's name element is numbered and glued to it: "1.1ZIMMERMANN/AYSE  2.1MULLER/LEON".
_PASSENGER = re.compile(
    r"(?:(?<=\b\d\.\d)|(?<![\w/]))([A-Z][A-Za-z'’-]+/[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+)?)"
    r"(?=[ \t]+(?i:MRS|MR|MS|MISS|MSTR|DR|PROF)\b|[ \t]+[0-9]{1,2}[A-K]\b|[ \t]+\d\.\d|[ \t]*(?:$|\n|,|;))",
    re.MULTILINE,
)


def passenger_names(text: str) -> Iterator[Found]:
    if "/" not in text:
        return
    for m in _PASSENGER.finditer(text):
        surname, given = m.group(1).split("/", 1)
        if surname.lower() in _NOT_PASSENGER or given.split()[0].lower() in _NOT_PASSENGER:
            continue  # "and/or", "Yes/No", "AM/PM", "Q&A/Help"
        yield Found(m.start(1), m.end(1), "PERSON")


# 3b. A login built from a person's name: "magdalena.leitner15", "p.moriarty", "daan_vandijk" —
#    a given name or surname the gazetteer knows (or an initial before a word no English list
#    holds), joined by a dot or an underscore; not a file, a module or a host ("config.yaml",
#    "os.path", "auth-6.glbx.local").
_LOGIN = re.compile(r"(?<![\w@.\-/:#])([a-z][a-z'-]*)([._])([a-z][a-z'-]*)(\d{0,4})(?![\w@(]|[.-][a-z0-9])")


def name_logins(text: str, lexicon: Lexicon) -> Iterator[Found]:
    if "." not in text and "_" not in text:
        return
    for m in _LOGIN.finditer(text):
        a, joint, b = m.group(1), m.group(2), m.group(3)
        if (
            joint == "_"
            and (lexicon.is_english(a) or lexicon.is_english(b))
            and not (_a_rare_name(a, lexicon) and lexicon.is_name(b))
            and not (_a_rare_name(b, lexicon) and lexicon.is_name(a))
        ):
            continue  # a snake_case identifier: "first_name", "user_id"; not "kwabena_begum"
        if _login_of(a, b, lexicon) or _login_of(b, a, lexicon):
            yield Found(m.start(), m.end(), "USERNAME")


def _login_of(name: str, other: str, lexicon: Lexicon) -> bool:
    """`name` a gazetteer name that is no everyday word, `other` a name, an initial or a word no
    English list holds; or `name` an initial and `other` a surname-like word."""
    if len(name) == 1:
        return (
            len(other) >= 4
            and (lexicon.is_last(other) or not lexicon.is_english(other))
            and other not in _FILE_WORDS
        )
    return (
        len(name) >= 3
        and lexicon.is_name(name)
        and not lexicon.is_common(name)
        and not (lexicon.is_english(name) and not lexicon.is_rare_name(name) and lexicon.is_english(other))
        and other not in _FILE_WORDS
        and (len(other) == 1 or lexicon.is_name(other) or not lexicon.is_english(other))
    )


# 3c. Names inside handles and hashtags written without spaces: a comment's author at a line's
#    start ("realjenniferdelgado · 31 weeks ago", "sofia_74: era necessario…", "#13 · faisal_07 ·")
#    and a hashtag of people ("#SavannahJohnsonAndGuadalupe", "#FindAmaraOkafor",
#    "#afonsoerodrigoteixeirasantos"; not "#HurricaneMilton", "#lagosflood").
# What follows a post's or a comment's author after "·": when, or what kind of post ("· 9h",
# "· hace 23 días", "· Reels", "· sunday", "· 31 weeks ago").
_POSTED = (
    r"(?=\S*\d|.*\bago\b|(?i:just now|yesterday|today|hace|il y a|vor|há|prije|pre|před|reels?|post|story|"
    r"video|live|"
    r"edited|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the[ \t]+\d+\w*|"
    # the days and "yesterday" of Polish, German, French, Spanish, Portuguese, Italian, Dutch
    r"poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|wczoraj|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gestern|heute|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|"
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo|ayer|ontem|"
    r"lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|ieri|gisteren|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]+\d+)\b)"
)
_COMMENT_AUTHOR = re.compile(
    rf"^[ \t]*(?:#\d{{1,4}}[ \t]*·[ \t]*)?([A-Za-z][\w.]{{1,30}}[A-Za-z0-9_])"
    rf"(?:(?:[ \t]+(?i:wrote|posted|commented|replied|shared|asked))?[ \t]*·[ \t]*{_POSTED}|:[ \t]"
    # a forum's quote header, "wrote" in other languages ("istvanhorvath írta, 2026. 02. 23.")
    r"|[ \t]+(?i:wrote|írta|schrieb|a écrit|escribió|escreveu|ha scritto|scrive|schreef|skrev|"
    r"kirjoitti|yazdı|napisał|napisała|napisao|napisala|napsal|napísal|a scris|написал|написала)[ \t]*[,:(])",
    re.MULTILINE,
)
# The author a forum names before a post ("Postat de gionescu_269 » 13.07.2024"): a login's shape
_POSTED_BY = re.compile(
    r"(?i:posted by|postat de|publié par|publicado por|pubblicato da|gepostet von|geplaatst door|"
    r"objavio|objavila|opublikowany przez|gönderen)[ \t]+(?P<who>[A-Za-z][\w.]{1,30}[A-Za-z0-9_])(?=[ \t]*(?:[»|·,]|$))",
    re.MULTILINE,
)
# A post's author written as a name, at a line's start before "·" and when it was posted
# ("girma woldemariam · 9h", "Savannah O. · Aug 3, 2020", "zeinab k · sunday").
_NAMED_AUTHOR = re.compile(
    rf"^[ \t]*(?P<who>[^\W\d_][\w'’-]*\.?(?:[ \t][^\W\d_][\w'’-]*\.?){{1,2}})[ \t]*·[ \t]*{_POSTED}",
    re.MULTILINE,
)
HASHTAG = re.compile(r"(?<![\w#&])#([^\W\d_]\w{3,60})(?![\w])")
_HANDLE_AFFIX = re.compile(r"^(?:real|its|iam|im|the|official)(?=[a-z]{4}|[A-Z])|[\d_.]+$")


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def words_only(value: str, lexicon: Lexicon) -> bool:
    """Is every run of letters in a login, key or handle an English word and no name ("user_id",
    "platform-team", "deploy-bot"; not "goffm", "celine.gerber", "sofia_74")?"""
    return all(lexicon.is_english(p) and not lexicon.is_name(p) for p in _LETTER_RUN.findall(value))


def camel_parts(piece: str) -> list[str]:
    """The words of a handle or hashtag written in camel case, in any Latin letters
    ("VõBíchNgọc" → "Võ", "Bích", "Ngọc"; "ABCDef" → "ABC", "Def"); digits end a word."""
    parts: list[str] = []
    cur = ""
    for i, ch in enumerate(piece):
        if not ch.isalpha():
            if cur:
                parts.append(cur)
            cur = ""
            continue
        nxt = piece[i + 1] if i + 1 < len(piece) else ""
        if ch.isupper() and cur and (not cur[-1].isupper() or nxt.islower()):
            parts.append(cur)
            cur = ""
        cur += ch
    if cur:
        parts.append(cur)
    return parts


_CONJUNCTION = re.compile(r"^(?:and|e|y|et|und|ve|na|&)")
_CAMPAIGN = words("find justice rip missing help pray bring save happy congrats welcome for love remember")
_STORM_WORDS = words("hurricane storm typhoon cyclone tropical tormenta huracan huracán tifon")


def name_handles(text: str, lexicon: Lexicon) -> Iterator[Found]:
    for m in _POSTED_BY.finditer(text):
        who = m.group("who")
        if who.lower() in _ROLE_WORDS:
            continue  # "posted by admin"
        if bool(re.search(r"[_\d]", who)) or not words_only(who, lexicon):
            yield Found(m.start("who"), m.end("who"), "USERNAME")
    for m in _COMMENT_AUTHOR.finditer(text):
        token = m.group(1)
        dated = not m.group(0).rstrip().endswith(":")
        # a given name that is an English word too, before a date ("sabine · 07.04.", "Lea · 24.5.")
        if token.lower() in _ROLE_WORDS or (
            lexicon.is_english(token)
            and not (dated and lexicon.is_first(token) and not lexicon.is_common(token))
        ):
            continue
        if len(token) < 4 and not (dated and lexicon.is_first(token)):
            continue
        core = _HANDLE_AFFIX.sub("", _HANDLE_AFFIX.sub("", token))
        # a login's shape (digits, an underscore, "real…"): a word no English list
        # holds is its owner's name ("faisal_07"); before a date ("· 23 days ago") any such word is
        handle = core != token or bool(re.search(r"_|\d", token))  # inner capitals: `_spells_a_name`
        pieces = [w for w in re.split(r"[._]", core) if w]
        if len(pieces) > 1 and words_only(core, lexicon):
            continue  # a record's key ("user_id: 12"), not a login
        letters = "".join(pieces)  # "ibrahim_ayd"
        plain = (
            len(letters) >= 3
            and letters.isalpha()
            and (
                ((handle or dated) and not lexicon.is_english(letters))
                or (handle and lexicon.is_name(core) and not lexicon.is_common(core))  # "sofia_74"
                or (handle and dated and not lexicon.is_common(core))  # "#13 · faisal_07 · 21 Nov"
                or (dated and lexicon.is_first(core) and not lexicon.is_common(core))  # "sabine · 07.04."
            )
        )
        if plain or _spells_a_name(token, lexicon, alone=True):
            yield Found(m.start(1), m.end(1), "USERNAME")
    if "·" in text:
        for m in _NAMED_AUTHOR.finditer(text):
            ws = [w.rstrip(".") for w in m.group("who").split()]
            if any(
                w.lower() in _ROLE_WORDS
                or w.lower() in ORG_WORDS
                or (len(w) > 1 and lexicon.is_function_word(w))
                for w in ws
            ):
                continue
            names = [w for w in ws if len(w) > 1]
            if (
                names
                and all(lexicon.could_be_name(w) for w in names)
                and not all(lexicon.is_common(w) and not lexicon.is_name(w) for w in names)
            ):
                yield Found(m.start("who"), m.end("who"), "PERSON")
    if "#" not in text:
        return
    for m in HASHTAG.finditer(text):
        if _spells_a_name(m.group(1), lexicon, alone=False):
            yield Found(m.start(1), m.end(1), "PERSON")


def _spells_a_name(token: str, lexicon: Lexicon, *, alone: bool) -> bool:
    """Does a handle or hashtag spell a person's name? `alone`: one name is enough (an author's
    place says it is a person); else two, or a campaign word and one ("FindAmara")."""
    core = _HANDLE_AFFIX.sub("", _HANDLE_AFFIX.sub("", token))
    parts = [p for piece in re.split(r"[._-]+", core) for p in camel_parts(piece)]
    lowered = [p.lower() for p in parts]
    if any(p in _STORM_WORDS for p in lowered):
        return False
    names = [p for p in lowered if len(p) >= 3 and lexicon.is_name(p) and not lexicon.is_common(p)]
    rare = [p for p in names if not lexicon.is_english(p)]
    if len(parts) > 1:
        if alone:
            return bool(rare)
        # a given name and a surname side by side, one of them no English word ("SavannahJohnson";
        # not "SanDiego"), or a campaign word before a name ("FindAmara")
        pair = any(
            lexicon.is_first(a)
            and lexicon.is_last(b)
            and not (lexicon.is_english(a) and lexicon.is_english(b))
            for a, b in itertools.pairwise(lowered)
            if len(a) >= 3 and len(b) >= 3
        )
        # a couple: names on both sides of an "and" ("SavannahJohnsonAndGuadalupe")
        cut = lowered.index("and") if "and" in lowered else -1
        couple = cut > 0 and all(
            any(len(p) >= 3 and lexicon.is_name(p) and not lexicon.is_common(p) for p in side)
            for side in (lowered[:cut], lowered[cut + 1 :])
        )
        # "#BringGulnaraHome", "#BringSigridurOlafsdottirHome": between "bring" and "home" a person
        brought = (
            len(lowered) >= 3
            and lowered[0] == "bring"
            and lowered[-1] == "home"
            and all(
                not lexicon.is_common(p) and (lexicon.is_world_name(p) or not lexicon.is_english(p))
                for p in lowered[1:-1]
            )
        )
        return pair or couple or brought or (bool(rare) and lowered[0] in _CAMPAIGN)
    return bool(lowered) and _glued_names(lowered[0], lexicon, depth=0 if alone else 1)


def _glued_names(word: str, lexicon: Lexicon, depth: int) -> bool:
    """A word that starts with a name no English list holds; when `depth` asks for more, a given
    name of four letters or more and a surname glued after it, an "and" between them allowed
    ("jenniferdelgado", "afonsoerodrigoteixeirasantos"; not "united", "alfaromeo")."""
    for cut in range(len(word) - 3, 2, -1):
        head, rest = word[:cut], word[cut:]
        if not (lexicon.is_name(head) and not lexicon.is_english(head) and not lexicon.is_common(head)):
            continue
        if depth == 0 and len(rest) >= 2:
            return True
        if len(head) < 4 or not lexicon.is_first(head):
            continue
        rest = rest if lexicon.is_last(rest) else _CONJUNCTION.sub("", rest)
        if _surname_led(rest, lexicon):
            return True
    return depth == 0 and lexicon.is_rare_name(word)


def _surname_led(word: str, lexicon: Lexicon) -> bool:
    """A word that is a surname, or starts with one, of four letters or more and no English word."""
    return any(
        lexicon.is_last(word[:cut]) and not lexicon.is_english(word[:cut]) for cut in range(len(word), 3, -1)
    )


_ROLE_WORDS = words("""
    admin moderator mod bot automoderator support team staff agent customer user guest anonymous reply
    note update edit source via posted status re fwd subject from to cc date
""")


_FILE_WORDS = words("""
    py js ts json yaml yml toml ini cfg conf txt md csv tsv log xml html htm css pdf doc docx xls xlsx png jpg
    jpeg gif svg zip gz tar sh exe dll so io com org net dev app local internal lan corp st mr mrs ms dr mt ft vs
""")


_NOT_PASSENGER = words("""
    and or yes no am pm n a na tbd tba on off in out up down true false read write open closed
    ios android mac windows linux inbound outbound http https tcp udp io km kg hrs min max
""")

# 4. A table pasted into a ticket or a post (a CSV or spreadsheet export): in a column whose
#    header says "name", every cell names someone.
_NAME_HEADER = re.compile(
    r"^(?:full[ _-]?name|name|names|customer(?:[ _-]?name)?|client(?:[ _-]?name)?|passenger|"
    # who called, who was hurt, who is sheltered, who was insured
    r"caller|patient|victim|casualty|evacuee|resident|occupant|insured|claimant|complainant|witness|"
    r"volunteer|journalist|next[ _-]?of[ _-]?kin|nok|"
    r"member|cardholder|account[ _-]?holder|holder|recipient|applicant|employee|contact|"
    r"payee|beneficiary|remitter|sender|receiver|requester|guest|attendee|participant|"
    r"nome|nom|nombre|naam|navn|namn|nimi|imię i nazwisko|imie|vorname|nachname|"
    r"first[ _-]?name|last[ _-]?name|surname|given[ _-]?name|"
    # who did it, who reported it, who is on call, who rode, rented or studies
    r"who|person|reporter|reported[ _-]?by|responder|on[ _-]?call|driver|rider|tenant|landlord|"
    r"student|pupil|parent|guardian|consignee|addressee|shipper)$",
    re.IGNORECASE,
)
# letters of any script, with the vowel signs Indic and Thai names end in ("अंजलि यादव")
_CELL_NAME = re.compile(
    r"^[^\W\d_][\w'’.\-, /\u0900-\u0dff\u0e00-\u0e7f]*[^\W\d_.\u0900-\u0dff\u0e00-\u0e7f]?$"
)  # a comma too: "Pretorius, Thabo" in a tab- or semicolon-separated table


# Cells that name nobody: "anon", "unknown", "N/A", "the complainant", "(name withheld)".
_NO_ONE_CELL = re.compile(
    r"^(?:anon|anonymous|unknown|unnamed|n/?a|none|nobody|tbc|tbd|withheld|redacted|same|idem|\?+|-+)$"
    r"|^(?:the|a|an|our|my)\s|withheld|redacted|^\(",
    re.I,
)


def table_names(text: str) -> Iterator[Found]:
    for start, value in tables.column_cells(text, _NAME_HEADER):
        if _CELL_NAME.match(value) and not _NO_ONE_CELL.search(value):
            yield Found(start, start + len(value), login_or_name(value))


# 5. A couple named together before a possessive: "for Sanduni and Chamara's wedding", "Zanele
#    and Lwazi Dlamini's". Both are names when each is a name the gazetteer knows or no English
#    word, and neither is an everyday or company word ("Salt and Pepper's", "Contoso and Globex's"
#    keep: a brand is a watch term, cut out later).
_COUPLE = re.compile(
    r"(?<![\w'’-])(?P<a>[A-Z][^\W\d_]+)[ \t]+(?:and|&)[ \t]+(?P<b>[A-Z][^\W\d_]+(?:[ \t]+[A-Z][^\W\d_]+)?)['’]s\b"
)


def couples(text: str, lexicon: Lexicon) -> Iterator[Found]:
    for m in _COUPLE.finditer(text):
        words_ = [m.group("a"), *m.group("b").split()]
        if any(lexicon.is_common(w) or w.lower() in ORG_WORDS for w in words_):
            continue
        # the two given names decide; a surname after them may be a word ("Imtiaz Islam's")
        given = words_[:2]
        if not all(lexicon.could_be_name(w) for w in given):
            continue
        if all(lexicon.is_english(w) for w in words_):
            continue  # "Marks and Spencer's": names, but words too — a shop as often as a couple
        yield Found(m.start("a"), m.end("a"), "PERSON")
        yield Found(m.start("b"), m.end("b"), "PERSON")


# 6. A form's field that holds a person: the label says so, whatever the case or the order of the
#    name ("Name: haifa al-otaibi", "Applicant: BEKELE, Bethlehem"). What follows the name on the
#    line ("(chair)", ", Contoso Motor Plus", " | Phone: …") is not part of it.
# Labels of a name's parts: their value is a name whatever word it also is ("Forenames: Pita",
# "Surname: Rose")
_NAME_PART_LABELS = (
    r"forenames?|other names|middle names?|given names?|first name|last name|surname|sn|givenname"
)
_FIELD_LABELS = (
    r"full name|name|customer(?: name)?|cust|client(?: name)?|card ?holder|account ?holder|policy ?holder|"
    r"member|applicant|claimant|insured|patient|passenger|guest|employee|caller|requester|reporter|"
    r"complainant|beneficiary|tenant|landlord|recipient|addressee|sender|next of kin|emergency contact|"
    r"opposing party|counterparty|defendant|plaintiff|respondent|witness|victim|deceased|contact person|"
    r"visitor|travell?er|cover|covering|deputy|"
    # a dispatch record's reporting party and callback ("RP: KESSY  CB: …"), a shelter's or a
    # casualty list's people
    r"rp|reporting party|informant|evacuee|resident|occupant|casualty|missing person|nok|"
    r"nome|nom|nombre|naam|navn|namn|nimi|vorname|nachname|"
    # a flight's crew on its report
    r"purser|captain|first officer|cabin crew|crew lead|"
    # who else a record names: the other party, the staff who served, the forms' own name parts,
    # a directory entry's (LDIF: "cn:", "givenName:")
    r"third party|other party|other driver|artist|stylist|officer|loan officer|interpreter|carer|"
    r"guardian|parent|cn|displayname|"
    rf"(?P<part>{_NAME_PART_LABELS})"
)
# A label's qualifier before it ("Deaf client:", "Alt contact person:") or after it ("Customer of
# record:")
_FIELD_QUALIFIER = r"(?:(?:deaf|blind|elderly|primary|secondary|main|alt|alternate|second|joint|former|previous|current|lead)[ \t]+)?"
_PERSON_FIELD = re.compile(
    rf"^[ \t>*•-]*{_FIELD_QUALIFIER}(?:{_FIELD_LABELS})(?:[ \t]+of[ \t]+record)?[ \t]*:[ \t]*(?P<value>[^\n]+)",
    re.I | re.M,
)
_ADDRESSEE = re.compile(
    rf"^[ \t>*•-]*(?:{ADDRESSEE_LABELS})[ \t]*:?[ \t]*\n(?P<value>[^\n\d]+)\n(?=[^\n]*\d)", re.I | re.M
)
_LIST_LABELS = (
    r"attendees|present|apologies|absent|participants|invitees|guests|speakers|panel(?:lists)?|"
    r"organi[sz]ers?|hosts?|required|optional|cc|bcc|"
    # a roll-call after a disaster: who is safe, who was not reached
    r"safe|not[ \t]+reached|unreached|missing|injured|evacuated|rescued|unaccounted(?:[ \t]+for)?|"
    r"accounted[ \t]+for|deceased|still[ \t]+missing|confirmed[ \t]+safe|"
    # a household's or a group's people
    r"household members|children|kids|dependants|dependents|volunteers"
)
_LIST_INITIALS = re.compile(r"^(?:[A-Z]{2,3}|[a-z]{2,3})$")
_LIST_FIELD = re.compile(rf"^[ \t>*•-]*(?P<label>{_LIST_LABELS})[ \t]*:[ \t]*(?P<value>[^\n]+)", re.I | re.M)
_CC_LOGIN = re.compile(r"^[a-z][a-z0-9._-]{2,30}$")
_VALUE_END = re.compile(
    r"\s[(\[|<]|\s[–—-]\s|;|\s{3,}|\t|[.!?](?:\s|$)(?<!\b[A-Z]\.\s)|[ \t]{2}(?=[A-Z]{1,12}:)"  # "KESSY  CB:"
)
_NAME_WORD = re.compile(
    rf"^(?:[^\W\d_](?:[^\W\d_'’.-]|[{SCRIPT_LETTERS}])*(?:['’-][^\W\d_]+)*\.?|[asd]/[lop])$", re.I
)


def _person_value(value: str, lexicon: Lexicon, *, given_after_surname: bool = False) -> bool:
    """Does a field's value read as a person's name (1–5 name words, not a sentence or a status)?
    Given names after a surname in capitals ("BEKELE, Bethlehem") may be words."""
    ws = value.split()
    if not 1 <= len(ws) <= 5 or not all(_NAME_WORD.match(w) for w in ws):
        return False
    bare = [w.rstrip(".,").lower() for w in ws]
    if any(w in ORG_WORDS or w in _NOT_A_NAME or w in CASELESS_GREETINGS for w in bare):
        return False
    if any(lexicon.is_common(w) and not lexicon.is_name(w) for w in bare if w not in PARTICLES):
        return False  # "Member: Gold tier", "Customer: very angry"
    if given_after_surname:
        return len(ws) <= 3 and all(w[:1].isupper() or caseless(w) for w in ws)
    return not all(lexicon.is_english(w) and not lexicon.is_name(w) for w in bare if len(w) > 1)


_NOT_A_NAME = words("""
    n/a na none unknown anonymous withheld redacted tbc tbd pending same above below see yes no
    not the a an my our your his her their this that is was has
""")


# A work record's person by role, where staff sign with a login or initials ("Engineer: pg",
# "Technician: krzysztofk", "Assignee: FT"); a team, a status or a word stays ("Owner: Payments
# team", "Assignee: unassigned", "Agent: bot").
_ROLES = (
    r"engineer|technician|tech|installer|fitter|agent|advisor|assignee|assigned[ _]to|owner|"
    r"handled[ _]by|closed[ _]by|opened[ _]by|resolved[ _]by|approved[ _]by|reviewed[ _]by|"
    r"signed[ _]off[ _]by|analyst|operator|dispatcher|driver|courier|inspector|adjuster|surveyor|"
    r"on-?call|escalated[ _]to|taken[ _]by|reviewer|verified[ _]by|checked[ _]by|approver|"
    r"requested[ _]by|submitted[ _]by|reported[ _]by|created[ _]by|updated[ _]by|modified[ _]by|"
    # the people a case, a visit or an event is staffed with ("Translator: angelovb")
    r"translator|interpreter|consultant|volunteer|tutor|mentor|coordinator|case ?worker|"
    r"social worker|counsell?or|moderator|steward|nurse|doctor|paramedic|host|staff on duty|"
    # a warehouse's, a residence's and a surveillance's staff ("Picker: waiyee_leung", "RA: li_wan")
    r"picker|packer|ra|operative|crew"
)
_ROLE_FIELD = re.compile(
    # at a line's start, or in a record's field after a pipe ("| Queue: Billing | Agent: devries.femke")
    rf"(?:^|(?<=\|))[ \t>*•-]*(?:{_ROLES})[ \t]*:[ \t]*(?P<value>[A-Za-z][A-Za-z._-]{{1,30}}[0-9]{{0,4}})[ \t]*"
    # ... alone in its slot, or before what qualifies it ("DRIVER: b_williams / route LC-82")
    r"(?:$|(?=\|)|(?=[/(,][ \t]))",
    re.I | re.M,
)
# ... without the colon, where a report ends with who wrote it ("Recommend: approve. Volunteer
# mkaupa", "… Nurse tlee04"): a login no English words make, last on its line
_ROLE_SIGNED = re.compile(
    rf"(?<![\w-])(?i:{_ROLES})[ \t]+(?P<value>[a-z][a-z._-]{{2,30}}[0-9]{{0,4}}|[A-Z][A-Z._-]{{2,30}}[0-9]{{0,4}})"
    r"[ \t]*\.?[ \t]*$",
    re.M,
)
_ROLE_NOT_PEOPLE = words("bot system auto automation nobody unassigned team queue tbd tba none n/a na me you")
# Where a role's slot names who, two or three letters are initials ("| MD |", "Owner: AM"),
# unless they name a team, a role or a region ("| IT |", "Owner: PM", "| EMEA |"): the other
# words and states `NOT_INITIALS` holds for running text ("am", "md", "ad", "io") are people here.
_TEAMS_AND_ROLES = words("""
    it hr pr pm qa ai ui ux bi ml db dba sre sec soc noc ops cs cx dev eng infra ceo cto cfo coo ciso
    vp hq l1 l2 l3 ok all we us uk eu emea apac amer latam anz api sla kpi faq eta fyi asap
""")


def login_or_name(value: str) -> str:
    """What a person's slot holds: a login when it has digits, a dot or an underscore in it
    ("vicentes10", "h_choi", "devries.femke": whole, never trimmed as a name would be of the
    words no name holds), else a name."""
    login = " " not in value and any(c.isdigit() or c in "._" for c in value.rstrip("."))
    return "USERNAME" if login else "PERSON"


def role_logins(text: str, lexicon: Lexicon) -> Iterator[Found]:
    if ":" not in text:
        return
    for m in _ROLE_FIELD.finditer(text):
        if _staff_login(m.group("value"), lexicon):
            yield Found(m.start("value"), m.end("value"), login_or_name(m.group("value")))
    for m in _ROLE_SIGNED.finditer(text):
        if not words_only(m.group("value"), lexicon):
            yield Found(m.start("value"), m.end("value"), "USERNAME")


def _staff_login(value: str, lexicon: Lexicon) -> bool:
    """Initials or a login where a role names a person; a team, a status or words are no one."""
    bare = value.lower().rstrip(".")
    if bare in _ROLE_NOT_PEOPLE or bare in ORG_WORDS or bare in _TEAMS_AND_ROLES:
        return False
    initials = 2 <= len(value) <= 3 and value.isalpha() and (value.isupper() or value.islower())
    # an initial and a surname the gazetteer knows, glued either way ("preyes", "khand"), though
    # they also split into English words ("pre" + "yes")
    glued = (
        len(bare) >= 5
        and bare.isalpha()
        and any(lexicon.is_last(part) and not lexicon.is_common(part) for part in (bare[1:], bare[:-1]))
    )
    return initials or glued or not words_only(value, lexicon)  # "platform-team": words, no one's login


# The same roles as a table's column ("| item | owner | status |"): each cell a login, initials
# or a name ("| refund batch #19341 | lovelyb | blocked |", "| Mei Ling |"); "Payments team",
# "unassigned", "-" stay.
_ROLE_HEADER = re.compile(
    rf"^(?:{_ROLES}|responsible|author|reporter|requester|lead|leader|crew|staff|collector|dri)$", re.I
)
_CELL_LOGIN = re.compile(r"^[A-Za-z][A-Za-z._-]{1,30}[0-9]{0,4}$")


def role_columns(text: str, lexicon: Lexicon) -> Iterator[Found]:
    if "|" not in text and "," not in text and "\t" not in text and ";" not in text:
        return
    for start, value in tables.column_cells(text, _ROLE_HEADER):
        if _CELL_LOGIN.match(value):
            if _staff_login(value, lexicon):
                yield Found(start, start + len(value), login_or_name(value))
        elif (
            _CELL_NAME.match(value)
            and 2 <= len(ws := value.split()) <= 4
            and not any(w.lower() in ORG_WORDS or w.lower() in _ROLE_NOT_PEOPLE for w in ws)
            and all(lexicon.could_be_name(w) and not lexicon.is_function_word(w) for w in ws)
        ):
            yield Found(start, start + len(value), "PERSON")


# A person's login where a person acts or speaks.
# - After an account word, any login ("admin gurpreetm reset", "user oguzk, risk=0.80", "(manager:
#   muhammad_tan)", "Triage (yusofn): false positive"): a lower-case word that is no English or
#   function word, or a login with a dot or an underscore that is not English words only.
# - After "by" ("merged into TKT-1 by castrom on", "Checked by a.macleod.") and as a transcript
#   line's speaker ("sismail: ok but my son…"): a login's shape only — a dot or an underscore as
#   above, or a name glued to an initial or digits: a name the gazetteer knows (four letters or
#   more, no English word) with one letter before or after it ("s" + "ismail", "castro" + "m"; not
#   a plural "marias"), or with digits after it ("gemma15", "margauxf79").
_LOGIN_WORD = r"(?P<word>[a-z][a-z._]{2,30}[a-z])(?P<digits>[0-9]{0,4})(?![\w@\-/'’]|\.[a-z0-9])"
_ACCOUNT_LOGIN = re.compile(
    r"(?:(?<![\w-])(?:admin|user|username|login|manager:|supervisor:|moderator|operator|"
    r"hand(?:ed|ing)?[ \t]*over[ \t]+to|handed[ \t]+to|caller|callee|"
    # a booking record's agent sign ("RM PAX ADVISED VIA SMS 06:37Z AGT abe31")
    r"agt|"
    # "user" in other languages ("nalog korisnika markovicj", "Benutzer mkrause")
    r"korisnik[a-z]?|benutzers?|nutzer|utilisateur|usuario|usuário|utente|kullanıcı(?:sı)?|"
    r"użytkownik[a-z]?|gebruiker|användare|bruger|bruker|käyttäjä|uživatel[a-z]?|felhasználó|"
    r"utilizator(?:ul)?|pengguna|"
    r"(?:login|logged[ \t]+in|logs[ \t]+in|signed[ \t]+in|sign-in|authenticated)[ \t]+as)[ \t]+"
    r"|(?<![\w-])(?:triage|review|reviewed|approved|owner|agent|analyst)[ \t]*\((?=[a-z._]+[0-9]{0,4}\)))"
    + _LOGIN_WORD,
    re.I,
)
_ACTOR_LOGIN = re.compile(
    r"(?:(?<![\w-])(?i:by)[ \t]+|^[ \t]*(?=[a-z][a-z._]+[0-9]{0,4}:[ \t]))" + _LOGIN_WORD, re.M
)
# A line that signs a note with a login, alone or before the team ("— fofo2, Comms", "— chowdaryk,
# Trust & Safety", "-- nfrei").
_SIGNED_LOGIN = re.compile(
    r"^[ \t]*(?P<dash>[—–]|--?)[ \t]*" + _LOGIN_WORD + r"[ \t]*(?=$|,[ \t]*[A-Z])", re.M
)
# Where a record dates what someone did, who did it or to whom is a login, whatever its shape:
# "merged into #66441 by oyelaranp on 6 Apr", "removed MFA exemption for wongk on 2023-01-22",
# "reset API key of begayem on 14.05.2024".
_DATED_ACTOR = re.compile(
    r"(?<![\w-])(?i:by|for|of|to)[ \t]+" + _LOGIN_WORD + r"[ \t]+(?i:on)[ \t]+"
    r"(?=\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)"
)
# A transcript: three lines or more open with a speaker ("Hamish: …", "Agent Nasreen: …").
_SAID_WORD = re.compile(r"(?<![\w])[^\W\d_]{2,}(?![\w])")
_SPEAKER_LINE = re.compile(r"^[ \t]*[^\W\d_][\w .'’-]{0,30}:[ \t]", re.M)  # any script: "雅婷: …"
_CARRIED_BY = re.compile(  # what a service does, not a person: "paid by zelle", "shipped by dhl"
    r"(?i:paid|pay|payment|shipped|ship|delivered|couriered|transferred|wired|powered)"
    r"(?:[ \t]+(?:it|them|this|that|these|those|me|us|him|her|one))?[ \t]+$"
)
# ... and what a service does as often as a person: a glued login's shape alone does not say a
# person after it ("sent by fedex", "send them by emaail", "made by apple"; "posted by jdoe" is
# the other rules').
_SENT_BY = re.compile(
    r"(?i:sent|send|posted|mailed|made|hosted|operated|owned|provided|sponsored|run|brought)"
    r"(?:[ \t]+(?:it|them|this|that|these|those|me|us|him|her|one))?[ \t]+$"
)
# Where a record closes on who did it, "by" names a person's login: before a time, or ending the
# line ("redacted by ruim at 05:28", "Dispute summary by pietrzakp:", "Checked by semv.").
_BY_CLOSES = re.compile(r"[ \t]+(?i:at)[ \t]+\d|[ \t]*[:.]?[ \t]*(?:\n|$)")


# A login glued from a name and an initial where a record names who ("handler anujink |", "chat
# export from smithk;", "WARN geo-velocity thuseynov50: Baku -> …"): a word that is an initial and
# a name of the gazetteers, glued (`_glued_world_name`), after a word that hands a record to
# someone, or before a field's end when it carries digits or stands on a log's line.
_LOGIN_TAIL = r"(?P<word>[a-z]{4,20})(?P<digits>[0-9]{0,3})(?![\w@'’-]|\.\w)"
_FIELD_END = r"(?=[:;|,)\]]|[ \t]+[|(]|[ \t]*$)"
_SLOT_LOGIN = re.compile(
    r"\b(?P<slot>(?i:from|by|handler|assignee|owner|analyst|reviewer|agent|user|account|cc))[ \t]+"
    + _LOGIN_TAIL
)
_DIGITS_LOGIN = re.compile(r"(?<![\w.@/'’-])(?P<word>[a-z]{4,20})(?P<digits>[0-9]{1,3})" + _FIELD_END, re.M)
_LOG_LOGIN = re.compile(r"(?<![\w.@/'’-])(?P<word>[a-z]{4,20})(?P<digits>)" + _FIELD_END, re.M)
_LOG_LEVEL = re.compile(r"\b(?:WARN|WARNING|INFO|ERROR|ERR|DEBUG|ALERT|CRIT|NOTICE)\b")


def _glued_logins(text: str, lexicon: Lexicon) -> Iterator[Found]:
    for m in _SLOT_LOGIN.finditer(text):
        before = max(0, m.start("slot") - 24)
        if _CARRIED_BY.search(text, before, m.start("slot")) or _SENT_BY.search(
            text, before, m.start("slot")
        ):
            continue  # "paid by zelle", "sent by fedex"
        if _glued_world_name(m.group("word"), lexicon):
            yield Found(m.start("word"), m.end(), "USERNAME")
    for m in _DIGITS_LOGIN.finditer(text):
        if _glued_world_name(m.group("word"), lexicon):
            yield Found(m.start("word"), m.end(), "USERNAME")
    if _LOG_LEVEL.search(text):
        for m in _LOG_LOGIN.finditer(text):
            line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
            if _LOG_LEVEL.search(line) and _glued_world_name(m.group("word"), lexicon):
                yield Found(m.start("word"), m.end(), "USERNAME")


def actor_logins(text: str, lexicon: Lexicon) -> Iterator[Found]:
    for m in _ACCOUNT_LOGIN.finditer(text):
        if _a_login(m.group("word"), m.group("digits"), lexicon, account=True):
            yield Found(m.start("word"), m.end(), "USERNAME")
    yield from _glued_logins(text, lexicon)
    transcript = len(_SPEAKER_LINE.findall(text)) >= 3
    for m in _ACTOR_LOGIN.finditer(text):
        by = re.match(r"(?i)by[ \t]", m.group(0)) is not None
        if by and _CARRIED_BY.search(text, 0, m.start()):
            continue
        # in a transcript a speaker's slot is as sure as an account's ("tuhiwaih: why was i charged")
        line_end = text.find("\n", m.end())
        said = text[m.end() : len(text) if line_end < 0 else line_end]
        # ... when what follows is said, not a form's value ("acct: IT53 X980 …", "tutar: ₺69")
        speaker = transcript and not by and len(_SAID_WORD.findall(said)) >= 2
        # ... and a word with digits after "by" is an account's ("compiled by yass64 for case …")
        numbered = by and bool(m.group("digits"))
        if _a_login(
            m.group("word"),
            m.group("digits"),
            lexicon,
            account=(speaker or numbered) and len(m.group("word")) >= 4,
        ) or (
            by
            and _BY_CLOSES.match(text, m.end())
            and not _SENT_BY.search(text, max(0, m.start() - 24), m.start())
            and _glued_world_name(m.group("word"), lexicon, closing=True)
        ):
            yield Found(m.start("word"), m.end(), "USERNAME")
    if "—" in text or "–" in text or "-" in text:
        for m in _SIGNED_LOGIN.finditer(text):
            dash, word, digits = m.group("dash"), m.group("word"), m.group("digits")
            # a hyphen opens bullets as often as sign-offs: only a login's shape counts after it
            shaped = bool(digits) or "_" in word or "." in word
            if (shaped or dash != "-") and _a_login(word, digits, lexicon, account=True):
                yield Found(m.start("word"), m.end(), "USERNAME")
    for m in _DATED_ACTOR.finditer(text):
        if len(m.group("word")) >= 4 and _a_login(m.group("word"), m.group("digits"), lexicon, account=True):
            yield Found(m.start("word"), m.end("digits"), "USERNAME")


# Contractions written without their apostrophe: words, not logins ("the user didnt get it").
_BARE_CONTRACTIONS = words("""
    didnt doesnt dont isnt wasnt werent wont cant couldnt wouldnt shouldnt hasnt havent hadnt
    arent aint thats whats theres heres ive youre theyre were youve theyve weve ill youll
""")


def _a_login(word: str, digits: str, lexicon: Lexicon, *, account: bool) -> bool:
    if not word.islower() or word in ORG_WORDS or word in _ROLE_WORDS or word in _CHAT_NOT_SPEAKERS:
        return False
    if word in _BARE_CONTRACTIONS:
        return False
    if "." in word or "_" in word:
        # "a.macleod": an initial and a surname, even one an English list holds
        initial = len(word) >= 6 and word[1] == "." and word[2:].isalpha()
        return initial or not words_only(word, lexicon)
    if account and digits and lexicon.is_name(word) and not lexicon.is_function_word(word):
        return True  # "User rachel51 locked out": a name and digits after an account word
    if lexicon.is_function_word(word) or lexicon.is_english(word):
        return False
    if account:
        return True
    if len(word) < 5 and not digits:
        return False
    if digits:
        return _a_rare_name(word, lexicon) or _a_rare_name(word[:-1], lexicon)
    if lexicon.is_name(word):
        return False  # a name alone is the name finders' (a lower-case word that is a name is no login)
    return (word[-1] != "s" and _a_rare_name(word[:-1], lexicon)) or _a_rare_name(word[1:], lexicon)


# Initials where notes name a person by them: a minute's speaker after a bullet ("• MT: complaint
# of…", "- lf: will call back") and a customer in a case note ("Customer GP (+44…) reports",
# "Customer is NW, DOB differs"); not "• QA:", "• FYI:", "Customer is OK".
_BULLET_INITIALS = re.compile(r"^[ \t]*[•*·-][ \t]*(?P<who>[A-Z]{2,3}|[a-z]{2})(?=:[ \t])", re.M)
_CUSTOMER_INITIALS = re.compile(
    r"\b(?i:customer|client|caller|subject|member|patient)[ \t]+(?:is[ \t]+)?(?P<who>[A-Z]{2,3}|[a-z]{2})(?=[ \t]*[(,;]|[ \t]+\()"
)


def initials_in_notes(text: str) -> Iterator[Found]:
    # a speaker's slot is strong: there, "MT" or "ma" are initials, though also US states
    for pattern, not_someone in (
        (_BULLET_INITIALS, (NOT_INITIALS, _CHAT_NOT_SPEAKERS, _NOT_PASSENGER)),
        (_CUSTOMER_INITIALS, (NOT_INITIALS, WORDS_AND_STATES, _NOT_PASSENGER)),
    ):
        for m in pattern.finditer(text):
            who = m.group("who").lower()
            if not any(who in listed for listed in not_someone):
                yield Found(m.start("who"), m.end("who"), "PERSON")


# A name with a nickname in quotes between its parts, as obituaries and posts write them
# ('Gurpreet "Preet" Bélanger', 'facundo "facu" fernández'); 'the "best" app' stays.
_NICKNAMED = re.compile(
    r"(?<![\w'’-])(?P<name>[^\W\d_][\w'’-]+[ \t]+[\"“(‘'][^\W\d_][\w'’.-]*[\"”)’'][ \t]+"
    r"[^\W\d_][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)"
)


def nicknamed(text: str, lexicon: Lexicon) -> Iterator[Found]:
    if '"' not in text and "“" not in text and "(" not in text and "‘" not in text and "'" not in text:
        return
    for m in _NICKNAMED.finditer(text):
        ws = re.findall(r"[^\W\d_][\w'’.-]*", m.group("name"))
        if (
            (lexicon.is_first(ws[0]) or (ws[0][:1].isupper() and not lexicon.is_english(ws[0])))
            and not lexicon.is_common(ws[0])
            and all(
                w.lower() not in ORG_WORDS
                and not lexicon.is_function_word(w)
                and not lexicon.is_common(w)
                and lexicon.could_be_name(w.rstrip("."))
                for w in ws[1:]
            )
        ):
            yield Found(m.start("name"), m.end("name"), "PERSON")


# A chat mention of a person by full name ("@Tomasz Wójcik @Zofia Zielińska can one of you own
# this?"): a given name the gazetteer knows after the "@", then the capitalised words that are
# names or longer words no English list holds ("@Delta Nope", "@JetBlue Boston", "@USAirways
# Can't" are a brand's handle and the post's first word).
_FULL_MENTION = re.compile(
    r"(?<![\w@])@(?P<name>[A-Z][^\W\d_A-Z]+(?:-[A-Z][^\W\d_A-Z]+)?(?:[ \t]+[A-Z][^\W\d_A-Z]+(?:-[A-Z]?[^\W\d_A-Z]+)?){1,3})(?![\w'’])"
)


def full_mentions(text: str, lexicon: Lexicon) -> Iterator[Found]:
    if "@" not in text:
        return
    for m in _FULL_MENTION.finditer(text):
        ws = m.group("name").split()
        if not lexicon.is_first(ws[0]) or lexicon.is_common(ws[0]) or lexicon.is_english(ws[0]):
            continue
        keep = 1
        for w in ws[1:]:
            if (
                w.lower() in ORG_WORDS
                or lexicon.is_common(w)
                or lexicon.is_function_word(w)
                or not (lexicon.is_name(w) or (len(w) >= 4 and not lexicon.is_english(w)))
            ):
                break
            keep += 1
        if keep >= 2:
            yield Found(m.start("name"), m.start("name") + len(" ".join(ws[:keep])), "PERSON")


# Words of software that no vocabulary holds ("asks for login", "logout"): no one's login.
_TECH_WORDS = words("""
    login logins logon logout signin signon signup signout admin admins email emails inbox wifi
    online offline reboot backup backups setup app apps vpn otp sms mfa sso ssl dns cdn api apis
    webhook webhooks dashboard username usernames password passwords
""")


def _glued_world_name(word: str, lexicon: Lexicon, *, closing: bool = False) -> bool:
    """A login glued from a name and one initial, before or after it ("pietrzak" + "p", "smith" +
    "k", "rui" + "m"): a name of Faker's lists, or one the world gazetteer knows that is no English
    word; the login itself no word or name of any list. `closing`: where a record closes on who did
    it, an "s" after the name is an initial too ("redacted by demirs at 15:08")."""
    if not word.isalpha() or not 4 <= len(word) <= 20 or lexicon.is_world_name(word):
        return False
    if lexicon.is_english(word) or lexicon.is_common(word) or lexicon.is_function_word(word):
        return False
    if word in CHAT_WORDS or word in _TECH_WORDS or word in _BARE_CONTRACTIONS:
        return False
    # a name and an "s" is a name's possessive or plural written without its apostrophe ("jims
    # deli", "from mcdonalds"), not a login
    for name in ((word[:-1],) if word[-1] != "s" or closing else ()) + (word[1:],):
        if len(name) < 3 or lexicon.is_common(name) or lexicon.is_function_word(name):
            continue
        # a name of Faker's lists even where it is an English word too ("smith" + "k")
        if lexicon.is_name(name) or (lexicon.is_world_name(name) and not lexicon.is_english(name)):
            return True
    return False


def _a_rare_name(word: str, lexicon: Lexicon) -> bool:
    return (
        len(word) >= 4
        and lexicon.is_name(word)
        and not lexicon.is_english(word)
        and not lexicon.is_common(word)
    )


def form_fields(text: str, lexicon: Lexicon) -> Iterator[Found]:
    if ":" not in text:
        return
    for m in _PERSON_FIELD.finditer(text):
        start = m.start("value")
        value = m.group("value")
        cut = _VALUE_END.search(value)
        value = value[: cut.start()] if cut else value
        head, comma, tail = value.partition(",")
        # "BEKELE, Bethlehem": a surname in capitals, then the given names
        # ... and "วงศ์ใหญ่, พิมพ์ชนก", "यादव, सुनीता": scripts without capitals write it so too
        if (
            comma
            and (head.strip().isupper() or caseless(head.strip()))
            and _person_value(head.strip(), lexicon)
            and _person_value(tail.strip(), lexicon, given_after_surname=True)
        ):
            value = value.rstrip()
        elif _person_value(head.strip(), lexicon) or (
            m.group("part") and 1 <= len(head.split()) <= 3 and all(_NAME_WORD.match(w) for w in head.split())
        ):
            value = head.rstrip()
        else:
            continue
        if value.strip():
            lead = len(value) - len(value.lstrip())
            yield Found(start + lead, start + len(value), "PERSON")
    for m in _ADDRESSEE.finditer(text):  # "Ship to:\nsri santoso\n4248 magnolia ave"
        value = m.group("value").strip()
        if _person_value(value, lexicon) or (
            value.islower()
            and 2 <= len(value.split()) <= 4
            and _person_value(value, lexicon, given_after_surname=False)
        ):
            start = m.start("value") + m.group("value").index(value)
            yield Found(start, start + len(value), "PERSON")
    for m in _LIST_FIELD.finditer(text):
        for item in re.finditer(r"[^,;]+", m.group("value")):
            raw = re.sub(r"\s*\([^)]*\)\s*$", "", item.group(0))
            raw = re.sub(r"^\s*(?:and|&)\s+", "", raw)
            lead = item.group(0).index(raw.strip()) if raw.strip() else 0
            value = raw.strip().rstrip(".")
            # a person by initials in a list of attendees ("Attendees: Ana Silva, ob, KT"),
            # not an everyday abbreviation ("Apologies: HR, IT")
            initials = (
                _LIST_INITIALS.match(value)
                and value.lower() not in NOT_INITIALS | _NOT_A_NAME
                and not lexicon.is_common(value)
            )
            # a mail's copy list names people by their logins too ("Cc: Ana Ruiz, sarah_tumusiime,
            # dorsainvilj"); not a role mailbox, not an English word
            login = (
                m.group("label").lower() in ("cc", "bcc")
                and _CC_LOGIN.match(value)
                and value.lower() not in _ROLE_MAILBOXES
                and not lexicon.is_english(value)
            )
            if value and (initials or login or _person_value(value, lexicon)):
                begin = m.start("value") + item.start() + lead
                yield Found(begin, begin + len(value), "USERNAME" if login else "PERSON")


# 7. The speaker of a line of an exported chat (WhatsApp, Signal, Telegram, Slack): a time in
#    brackets at the line's start ("[date, time] name:", "[4:50 pm] name:", "[20.9.2024, 9am]
#    name:") or "date, time - name:". A speaker with digits is a phone number (the phone finders
#    read it), unless a login ends in a few ("[09:05] leeh7:"); a log level ("[10:42:01] ERROR
#    sms: …") or a role ("[09:12] Bot:") is no one.
_CHAT_LINE = re.compile(
    r"^[ \t]*(?:\[[^\]\n]{0,30}?[0-9]{1,2}(?::[0-9]{2}|h[0-9]{2}|[ \u202f]?[AaPp]\.?[Mm]\b\.?)[^\]\n]{0,14}\]"
    r"|[0-9]{1,4}[./-][0-9]{1,2}[./-][0-9]{2,4},?[ \t][0-9]{1,2}:[0-9]{2}(?:[ \u202f]?[AaPp][Mm])?[ \t]+[-–])"
    r"[ \t]*~?[ \u202f]?(?P<speaker>[^:\n\d=/()\[\]{}<>|]{2,40}?|[a-z][a-z._-]{1,30}[0-9]{1,4}):[ \t]",
    re.M,
)
_CHAT_NOT_SPEAKERS = words(
    "info warn warning error err debug trace fatal critical crit notice alert emerg severe "
    "bot system auto autoreply auto-reply admin moderator mod host me you customer agent user "
    "caller operator assistant support helpdesk server client note notes update reminder"
)


# A transcript line spoken by a role and a name: "agent lovely: i can see it", "Driver Malik: …".
_ROLE_SPEAKER = re.compile(
    r"^[ \t]*(?:agent|advisor|adviser|rep|representative|operator|associate|specialist|officer|"
    r"technician|tech|engineer|driver|rider|courier|nurse|doctor|dr\.?|customer|client|caller|member|"
    r"patient|guest|host|teacher|coach|supervisor|manager|tenant|landlord)[ \t]+"
    r"(?P<speaker>[^\W\d_][\w'’.-]*(?:[ \t][^\W\d_][\w'’.-]*)?)[ \t]*:[ \t]",
    re.M | re.IGNORECASE,
)


# An incident timeline's actor: a login after the time, before what a responder does ("06:30
# UTC  goffm acks, opens bridge", "17:54 UTC  vandermerwe.marike rolls back"); a role or a word
# stays ("customer reports", "alerts fire").
_TIMELINE_ACTOR = re.compile(
    r"^[ \t]*(?:\d{4}-\d\d-\d\d[ T])?[0-2]?\d:[0-5]\d(?::[0-5]\d)?(?:[ \t]*(?:UTC|Z|GMT|[A-Z]{3,4}))?[ \t]+"
    r"(?P<who>[a-z][a-z._-]{2,30}[0-9]{0,3})[ \t]+"
    r"(?:acks?|ack'd|acknowledges|opens|rolls|restarts|joins|pages|paged|escalates|deploys|confirms|declares|"
    r"resolves|mitigates|starts|takes|assigns|hands|posts|updates|reverts|fails|scales|drains|promotes|"
    r"silences|closes|kicks|reboots|applies|pushes|triggers|calls|notifies|runs|is)\b",
    re.MULTILINE,
)


def timeline_actors(text: str, lexicon: Lexicon) -> Iterator[Found]:
    if ":" not in text:
        return
    for m in _TIMELINE_ACTOR.finditer(text):
        who = m.group("who")
        if who in _CHAT_NOT_SPEAKERS or who in ORG_WORDS or who in _ROLE_WORDS:
            continue
        if not words_only(who, lexicon):
            yield Found(m.start("who"), m.end("who"), "USERNAME")


# ... and the other shapes chat exports give a line: a bare time before the speaker ("20:05:11
# betty86: …", "10:22:48 Long: hi Lan"), an IRC nick ("21:40 <svargova63> anyone…", "<zukauskasl>
# ok"), the speaker before a bracketed time ("afolabia [2:55 AM]: …") or a line of its own with
# the time after it, the message below (Slack's copy: "avi levi  5:27 am"). Read only in a chat —
# two lines of one of these shapes — and only a speaker that could be a person: a login, a name,
# or a word no vocabulary knows ("14:02 Rollback started: …", "08:14 Alert fired: …" are events).
# ("15h00": French, Portuguese and West African clocks)
_TIME = r"(?:[0-2]?\d:[0-5]\d(?::[0-5]\d)?(?:[ \u202f]?[AaPp]\.?[Mm]\.?)?|[0-2]?\dh[0-5]\d)"
_SPEAKER = r"[^\W\d_][\w.'’-]{0,30}(?:[ \t][^\W\d_][\w.'’-]{0,30}){0,2}"
_CHAT_SHAPES = (
    re.compile(rf"^[ \t]*{_TIME}[ \t]+(?P<speaker>{_SPEAKER}):[ \t]", re.M),
    re.compile(rf"^[ \t]*(?:[\[(]?{_TIME}[\])]?[ \t]+)?<(?P<speaker>[^\W\d_][\w.-]{{1,30}})>[ \t]", re.M),
    re.compile(rf"^[ \t]*(?P<speaker>{_SPEAKER})[ \t]+\[{_TIME}\]:?[ \t]", re.M),
    re.compile(rf"^[ \t]*(?P<speaker>{_SPEAKER})[ \t]+{_TIME}[ \t]*\n[ \t]*\S", re.M),
)


def _person_speaker(speaker: str, lexicon: Lexicon) -> str | None:
    """USERNAME for a login, PERSON for a name, None for a role, a bot or an event."""
    ws = speaker.split()
    if any(w.lower() in ORG_WORDS or w.lower() in _CHAT_NOT_SPEAKERS or w.lower() in _ROLE_WORDS for w in ws):
        return None
    if _BOT.search(speaker):
        return None
    if len(ws) == 1 and speaker == speaker.lower():
        # a login: with digits, dots or underscores, or one word no vocabulary knows ("afolabia")
        login = any(ch.isdigit() or ch in "._" for ch in speaker) or not lexicon.is_english(speaker)
        return "USERNAME" if login and not words_only(speaker, lexicon) else None
    # written as a name: one of its words a name somewhere ("Standup", "Hotfix" are no one), none
    # an everyday or function word ("the caller", "a resident")
    if any(lexicon.is_world_name(w) for w in ws) and not any(
        lexicon.is_common(w) or lexicon.is_function_word(w) for w in ws
    ):
        return "PERSON"
    return None


# a bot's or a tool's account: "alertbot", "alertmanager", "pagerduty", "grafana", "k8s-ops" (a
# tool's name alone or before a sign: "Cronin" and "Argonne" are people)
_BOT = re.compile(
    r"(?i)bot$|^(?:alert|pager|monitor)|^(?:jenkins|grafana|github|gitlab|jira|sentry|opsgenie|datadog|"
    r"statuspage|nagios|zabbix|prometheus|circleci|argo|k8s|cron)(?![a-z])"
)


# An IRC line's nick after its time is a speaker on one line too ("15h00 <fara_88> anyone got …")
_IRC_LINE = re.compile(rf"^[ \t]*[\[(]?{_TIME}[\])]?[ \t]+<(?P<speaker>[^\W\d_][\w.-]{{1,30}})>[ \t]", re.M)


def chat_lines(text: str, lexicon: Lexicon) -> Iterator[Found]:
    if "<" in text:
        for m in _IRC_LINE.finditer(text):
            kind = _person_speaker(m.group("speaker"), lexicon)
            if kind is not None:
                yield Found(m.start("speaker"), m.end("speaker"), kind)
    if "\n" not in text:
        return
    for shape in _CHAT_SHAPES:
        lines = list(shape.finditer(text))
        if len(lines) < 2:
            continue
        for m in lines:
            kind = _person_speaker(m.group("speaker"), lexicon)
            if kind is not None:
                yield Found(m.start("speaker"), m.end("speaker"), kind)


def chat_speakers(text: str, lexicon: Lexicon) -> Iterator[Found]:
    if ":" not in text:
        return
    for m in _CHAT_LINE.finditer(text):
        speaker = m.group("speaker").strip()
        ws = speaker.lower().split()
        if 1 <= len(ws) <= 4 and not any(w in ORG_WORDS or w in _CHAT_NOT_SPEAKERS for w in ws):
            # a name holds no digits nor underscores: a login does ("leeh7", "the_real_oliver")
            login = any(ch.isdigit() for ch in speaker) or "_" in speaker
            if (
                len(ws) == 1
                and not login
                and (lexicon.is_english(ws[0]) or lexicon.is_common(ws[0]))
                and not lexicon.is_name(ws[0])
            ):
                continue  # a post or a desk speaks there too ("[06h05] desk: radio from medic")
            # the speaker as stripped: the group may open with a space ("[20:54] 伟: …")
            start = m.start("speaker") + len(m.group("speaker")) - len(m.group("speaker").lstrip())
            yield Found(start, start + len(speaker), "USERNAME" if login else "PERSON")
    for m in _ROLE_SPEAKER.finditer(text):
        ws = m.group("speaker").split()
        if all(
            w.lower() not in _CHAT_NOT_SPEAKERS
            and w.lower() not in ORG_WORDS
            and not lexicon.is_function_word(w)
            and lexicon.could_be_name(w)
            for w in ws
        ):
            # a login is no snake_case identifier of code ("Tech lotte_jansen: no access")
            login = "_" in m.group("speaker") or any(ch.isdigit() for ch in m.group("speaker"))
            yield Found(m.start("speaker"), m.end("speaker"), "USERNAME" if login else "PERSON")


# 8. An initial glued to a surname with a dot, as petitions, reviews and rosters sign
#    ("4. S.Talukder, Dhaka", "- H.Liu", "K.Jónsson"): the surname is a name the gazetteer knows
#    as a surname or no English word ("E.Coli" is a word; "U.S." has no lower-case letters).
_GLUED_INITIAL = re.compile(
    r"(?<![\w.@/])[A-Z]\.(?P<surname>[A-Z][^\W\d_A-Z][^\W\d_]{1,30})(?![\w@/-]|\.[\w@/-])"  # "… by N.Srisuk."
)
# A list line opened by an initial in lower case and a surname that is a name or no English word,
# as guest lists write them ("- d. hadjigeorgiou (+1)"; not "- e.g. apples", "a. apples").
_LOWER_INITIAL = re.compile(
    r"^[ \t]*(?:[-•*]|\d{1,3}[.)])?[ \t]*(?P<name>[a-z]\.[ \t]?(?P<surname>[a-z][a-z'’-]{3,30}))(?![\w@/.-])",
    re.M,
)


def glued_initials(text: str, lexicon: Lexicon) -> Iterator[Found]:
    for m in _LOWER_INITIAL.finditer(text):
        surname = m.group("surname")
        if (
            lexicon.could_be_name(surname)
            and not lexicon.is_common(surname)
            and not lexicon.is_function_word(surname)
        ):
            yield Found(m.start("name"), m.end("name"), "PERSON")
    for m in _GLUED_INITIAL.finditer(text):
        surname = m.group("surname")
        if surname.lower() in ORG_WORDS:
            continue
        if (lexicon.is_last(surname) and not lexicon.is_common(surname)) or not lexicon.is_english(surname):
            yield Found(m.start(), m.end(), "PERSON")


# 9. The name a post is signed with before its author's own handle in brackets ("- Ji-young
#    (@jiyoung3hwang)", "— zhiqiang (@zhiqiangzhu)"): names or no English words, one to three.
_BEFORE_OWN_HANDLE = re.compile(
    r"(?<![\w'’-])(?P<name>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,2})[ \t]*\(@\w[\w.]*\)"
)


def handle_owners(text: str, lexicon: Lexicon) -> Iterator[Found]:
    if "(@" not in text:
        return
    for m in _BEFORE_OWN_HANDLE.finditer(text):
        ws = m.group("name").split()
        # the words after the last English or function word ("DM me - Carien" -> "Carien")
        while ws and (
            lexicon.is_function_word(ws[0])
            or ws[0].lower() in ORG_WORDS
            or (lexicon.is_english(ws[0]) and not lexicon.is_name(ws[0]))
        ):
            ws.pop(0)
        if ws and all(lexicon.could_be_name(w.rstrip(".")) for w in ws):
            value = " ".join(ws)
            end = m.end("name")
            yield Found(end - len(value), end, "PERSON")


# 10. A name written apart in a script an English model cannot read. Han: a surname the
#     gazetteer knows (Faker's Chinese and Japanese lists) and one to three more characters, alone
#     between non-Han characters ("customer 佐藤香織 (tel", "and 山田大輔,", "高橋 蒼太"); Japanese
#     prose around it (kana after it: "山田さん") is `cjk`'s. Scripts without capitals whose
#     words are spaced (Arabic, Hebrew, Ethiopic, Thai, Indic, Georgian, Armenian, Hangul): one
#     to three words led or ended by a name the gazetteer knows ("سعید مرادی"); greetings and
#     phrases in those scripts ("مرحبا", "ขอบคุณครับ") hold no name and stay, and so does a
#     doubled Han character ("謝謝").
_HAN = "\u4e00-\u9fff\u3005"
_HAN_NAME = re.compile(
    f"(?<![{_HAN}\\w])[{_HAN}]{{1,2}}[ \u3000]?[{_HAN}]{{1,3}}(?![{_HAN}\\w\u3040-\u30ff])"
)
# A Korean name: a surname syllable (or two: 남궁, 선우) and one to three more, a word of its own
# between words of other scripts ("Press enquiry from 권은지, reporter", "From: 신지영 <…>"); in
# Korean prose a word next to other Korean words is left to `cjk` (honorifics).
_HANGUL_NAME = re.compile("(?<![\uac00-\ud7a3\\w])([\uac00-\ud7a3]{2,4})(?![\uac00-\ud7a3\\w])")
_HANGUL_BEFORE = re.compile("[\uac00-\ud7a3][ \t]*$")  # the word before is Korean
_HANGUL_AFTER = re.compile("^[ \t]*[\uac00-\ud7a3]")  # the word after is Korean
_SPACED_SCRIPTS = (
    "\u0600-\u06ff\u0750-\u077f\u05d0-\u05ea\u1200-\u137f\u0e00-\u0e7f\u0900-\u0dff"
    "\u10a0-\u10ff\u0530-\u058f\uac00-\ud7a3"
)
_SCRIPT_WORDS = re.compile(
    f"(?<!\\w)[{_SPACED_SCRIPTS}]{{2,15}}(?:[ ][{_SPACED_SCRIPTS}]{{2,15}}){{0,2}}(?!\\w)"
)
_ANY_FOREIGN = re.compile(f"[{_HAN}{_SPACED_SCRIPTS}]")
_HAN_PLACE_ENDINGS = frozenset("店站市區区縣县路街道號号樓楼局部院校館馆會会社司行場场廳厅所")
# Greetings and words that are given names too ("שלום", "سلام"), and Urdu's "my" ("میرا", read as Mira).
_NOT_SCRIPT_NAMES = frozenset(
    {"שלום", "سلام", "السلام", "مرحبا", "اهلا", "أهلا", "صاحب", "میرا", "میری", "میرے"}
)
# Thanks, hello, "urgent", and colloquial Arabic's "not", "this", "still": said in the middle of
# English, and no one (`script_islands`).
_SCRIPT_PHRASES = frozenset(
    {"תודה", "شكرا", "شكراً", "ขอบคุณ", "สวัสดี", "धन्यवाद", "शुक्रिया", "ধন্যবাদ", "спасибо", "привет"}
    | {"谢谢", "謝謝", "你好", "감사합니다", "안녕하세요", "ευχαριστώ", "γεια"}
    | {"Ευχαριστώ", "Ευχαριστούμε", "Γεια", "Добрий", "Здравствуйте", "Привет", "Спасибо", "Дякую"}
    | {"வணக்கம்", "நன்றி", "നമസ്കാരം", "നന്ദി", "ሰላም", "አመሰግናለሁ", "Բարև", "নমস্কার", "শুভেচ্ছান্তে"}
    | {"नमस्कार", "ਧੰਨਵਾਦ", "నమస్కారం", "ధన్యవాదాలు", "ನಮಸ್ಕಾರ", "ಧನ್ಯವಾದ", "ආයුබෝවන්", "ස්තූතියි"}
    | {"გამარჯობა", "მადლობა", "도와주세요", "緊急", "至急", "හදිසි", "അടിയന്തരം", "तुरंत", "জরুরি"}
    | {"مش", "ده", "دي", "لسه", "عشان", "ليه", "ايه", "إيه"}
)


# A Korean given name alone, in any text ("서연, 수빈 그리고 아기 도윤", "VIP 민준 called"), with
# the particle it may carry ("민준이", "지민에게"): a given name of Faker's Korean list, of two
# syllables, that is no everyday word (지원 "support", 지연 "delay", 현지 "local", 재현
# "reproduce", 정식 "formal", 미정 "undecided"…).
_KOREAN_PARTICLE = re.compile(
    "(?:이|가|은|는|을|를|의|도|와|과|랑|이랑|한테|에게|께|님|씨|아|야|이가|이는|이도|이를|이의)$"
)
_KOREAN_WORDS = words(
    "지원 지연 현지 정식 상호 정수 미정 재현 미숙 정숙 보람 아름 영수 성수 정자 민수 영일 정남 "
    "현정 수진 성호 정순 영자 순자 명자 경자 숙자 옥자 춘자 정웅 상현 영식 중수 종수 진호"
)


def _korean_given(word: str, lexicon: Lexicon) -> str:
    """The given name a Hangul word is, with or without a particle after it ('' if none)."""
    for name in (word, _KOREAN_PARTICLE.sub("", word)):
        if len(name) == 2 and name not in _KOREAN_WORDS and lexicon.is_first(name):
            return name
    return ""


def _script_name(word: str, lexicon: Lexicon) -> bool:
    return len(word) >= 3 and lexicon.is_name(word)


def foreign_script_names(text: str, lexicon: Lexicon) -> Iterator[Found]:
    if not _ANY_FOREIGN.search(text):
        return
    for m in _HAN_NAME.finditer(text):
        chars = m.group(0).replace(" ", "").replace("\u3000", "")
        # one or two characters of surname ("王", "佐藤"); a doubled character opens a word ("謝謝",
        # thanks), and a shop, station or office is a place ("梅田店")
        if lexicon.leads_with_surname(chars) and chars[0] != chars[1] and chars[-1] not in _HAN_PLACE_ENDINGS:
            yield Found(m.start(), m.end(), "PERSON")
    for m in _HANGUL_NAME.finditer(text):
        name = m.group(1)
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        before = re.sub(r"[^\w\s]", " ", text[line_start : m.start()])
        after = re.sub(r"[^\w\s]", " ", text[m.end() : len(text) if line_end < 0 else line_end])
        apart = not _HANGUL_BEFORE.search(before) and not _HANGUL_AFTER.search(after)
        if apart and lexicon.leads_with_surname(name) and len(name) >= 3 - (name[:1] in "김이박최"):
            yield Found(m.start(1), m.end(1), "PERSON")
            continue
        given = _korean_given(name, lexicon)
        if given:
            yield Found(m.start(1), m.start(1) + len(given), "PERSON")
    for m in _SCRIPT_WORDS.finditer(text):
        ws = m.group(0).split(" ")
        if ws[0] in _NOT_SCRIPT_NAMES:
            continue
        # the run ends before a word said next to a name ("राहुल नायर" + " से") and starts after
        # one ("मेरी माँ" + " सुनीता": "my mother")
        cut = next((i for i, w in enumerate(ws) if w in SCRIPT_NOT_NAMES), len(ws))
        if _script_name(ws[0], lexicon) and cut:
            yield Found(m.start(), m.start() + len(" ".join(ws[:cut])), "PERSON")
        elif len(ws) > 1 and _script_name(ws[-1], lexicon):
            lead = [i + 1 for i, w in enumerate(ws[:-1]) if w in SCRIPT_NOT_NAMES]
            start = m.start() + (len(" ".join(ws[: lead[-1]])) + 1 if lead else 0)
            yield Found(start, m.end(), "PERSON")


# 10a. A short run of another script inside Latin prose, whatever the gazetteer knows of it: one
#      to three words of one other script, alone between Latin words on a line written in Latin
#      letters, are who the line speaks of ("I'll send my guy ณัฐพงษ์ tmrw", "Thanks రవి గారు,
#      the last reading", "mom of 直子"); so is such a run alone on its line with a time (a chat
#      export's speaker: "อนันต์ ศรีสุข  17:47"). Not: a longer run (a sentence), one with a
#      function word of its language (spaCy's stop words: "ده مش مقبول"), a quoted one (what a
#      customer wrote), one next to an amount (a currency: "96 грн", "лв 1,164.94"), one before
#      "!" or "?", a place ("in 東京", "The ภูเก็ต office"), a hashtag ("#地震"), a greeting
#      (`_SCRIPT_PHRASES`: "ขอบคุณ", "வணக்கம்"), Cyrillic or Greek in lower case, and Han unless a
#      given name the gazetteers know ("俊宏"; not "喪主", "緊急"); and nothing where the text is
#      not mostly Latin (a Thai or Hindi post is the other rules').
_ISLAND_BLOCKS = (
    "\u0370-\u03ff",
    "\u0400-\u04ff",
    "\u0530-\u058f",
    "\u05d0-\u05ea",
    "\u0600-\u06ff\u0750-\u077f",
    "\u0900-\u097f",
    "\u0980-\u09ff",
    "\u0a00-\u0a7f",
    "\u0a80-\u0aff",
    "\u0b00-\u0b7f",
    "\u0b80-\u0bff",
    "\u0c00-\u0c7f",
    "\u0c80-\u0cff",
    "\u0d00-\u0d7f",
    "\u0d80-\u0dff",
    "\u0e00-\u0e7f",
    "\u10a0-\u10ff",
    "\u1200-\u137f",
    "\uac00-\ud7a3",
)
_ISLAND = re.compile(
    "|".join(f"(?<![{b}\\w])[{b}]{{2,15}}(?:[ ][{b}]{{1,15}})*(?![{b}\\w])" for b in _ISLAND_BLOCKS)
    + f"|(?<![{_HAN}\u3040-\u30ff\\w])[{_HAN}\u3040-\u30ff]{{2,4}}(?![{_HAN}\u3040-\u30ff\\w])"
)
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_OTHER_LETTER = re.compile(f"[{''.join(_ISLAND_BLOCKS)}{_HAN}\u3040-\u30ff]")
_HAN_LETTER = re.compile(f"[{_HAN}\u3040-\u30ff]")
_CAPITALS = re.compile("[\u0370-\u04ff]")  # scripts with capitals: a name is capitalised there
_PLACE_BEFORE = re.compile(r"(?i:\b(?:in|at|near|around|across|outside|inside|into|the)\s+)$")
_PLACE_AFTER = re.compile(
    r"(?i:\s+(?:office|branch|store|shop|city|province|district|airport|station|hub)\b)"
)
_AMOUNT_BEFORE = re.compile(r"(?<![:\d])\d[\d,.]*\s*$")  # not a time's minutes ("18:12 ณัฐยา")
_AMOUNT_AFTER = re.compile(r"^\s*[-+]?\d(?!\d?:\d\d)")
# Thai's polite particles glued to the words before them ("สวัสดีครับ")
_SCRIPT_PHRASE_END = re.compile("(?:ครับ|ค่ะ|คะ|นะ|จ้า|จ้ะ)$")
_QUOTES = re.compile('["“”«»「」『』]')
_DIGIT = re.compile(r"\d")


def _island_name(line: str, m: re.Match[str], lexicon: Lexicon) -> bool:
    ws = m.group(0).split(" ")
    if len(ws) > 3 or any(
        w in SCRIPT_NOT_NAMES or w in _NOT_SCRIPT_NAMES or w in _SCRIPT_PHRASES for w in ws
    ):
        return False
    said = script_function_words()
    if any(w.lower() in said for w in ws) or _SCRIPT_PHRASE_END.search(ws[-1]):
        return False  # a phrase: "ده مش مقبول", "ይህ ተቀባይነት የለውም", "สวัสดีครับ"
    if _CAPITALS.match(ws[0]) and not all(w[:1].isupper() for w in ws):
        return False
    if _HAN_LETTER.match(ws[0]) and not lexicon.is_world_first(ws[0]):
        return False  # Han: a given name the gazetteers know ("俊宏"; not "喪主", "東京", "緊急")
    before, after = line[: m.start()], line[m.end() :]
    if before.endswith(("#", "@")):
        return False  # a hashtag is a topic ("#地震", earthquake); a handle is the handle rules'
    if len(_QUOTES.findall(before)) % 2 or after.lstrip()[:1] in ("!", "?", "！", "？"):
        return False
    if _AMOUNT_BEFORE.search(before) or _AMOUNT_AFTER.match(after):
        return False
    return not _PLACE_BEFORE.search(before) and not _PLACE_AFTER.match(after)


def script_islands(text: str, lexicon: Lexicon) -> Iterator[Found]:
    if not _OTHER_LETTER.search(text):
        return
    # a mostly-Latin text; in a text with prose of the other script, a mostly-Latin line of its
    # own ("Summary: กาญจนา จันทร์เพ็ญ disputes a charge" above the customer's Thai message)
    mostly_latin = len(_LATIN_LETTER.findall(text)) >= 2 * len(_OTHER_LETTER.findall(text))
    start = 0
    for line in text.split("\n"):
        runs = list(_ISLAND.finditer(line)) if _OTHER_LETTER.search(line) else []
        if runs and not mostly_latin:
            latin = len(_LATIN_LETTER.findall(line))
            if latin < 20 or latin < 2 * len(_OTHER_LETTER.findall(line)):
                runs = []
        # ... between Latin words, or alone on its line with a time ("อนันต์ ศรีสุข  17:47")
        if runs and len(runs) <= 2 and (_LATIN_LETTER.search(line) or _DIGIT.search(line)):
            for m in runs:
                if _island_name(line, m, lexicon):
                    yield Found(start + m.start(), start + m.end(), "PERSON")
        start += len(line) + 1


# 10b. A name after a title of its own script ("ዶ/ር ሀና ደሳለኝ", "አቶ ተስፋዬ", "السيدة العتيبي",
#      "آقای رضایی", "גב' כהן"): one or two words of that script after it (Devanagari's names the
#      gazetteer knows; a title there made the name grow over the verb after it). And a
#      name introducing its owner in Korean or Japanese ("안녕하세요, 정하은입니다", "정하은 님",
#      "。高橋大輔です"): a surname the gazetteer knows at its head.
SCRIPT_TITLE = re.compile(
    r"አቶ|ወ/ሮ|ወ/ሪት|ዶ/ር|ኮ/ል|ሻለቃ|"
    r"السيد|السيدة|الآنسة|الأستاذ|الأستاذة|الدكتور|الدكتورة|الحاج|الحاجة|الشيخ|المهندس|المهندسة|"
    r"آقای|خانم|دکتر|"
    r"מר|גב'|גב׳|גברת|ד\"ר|ד״ר"
)
_SCRIPT_TITLE = re.compile(
    rf"(?<![\w/])(?:{SCRIPT_TITLE.pattern})"
    r"[ \t]+(?P<name>[\u1200-\u137f\u0600-\u06ff\u05d0-\u05ea]{2,20}"
    r"(?:[ \t][\u1200-\u137f\u0600-\u06ff\u05d0-\u05ea]{2,20})?)"
)
# Words a title in those scripts is followed by that are no one ("the customer", "the director").
_AFTER_TITLE_NOT_NAMES = frozenset(
    {"العميل", "العميلة", "المدير", "المديرة", "الرئيس", "الوزير", "مدیر", "ग्राहक"}
)
_KOREAN_SELF = re.compile(
    "(?:(?:안녕하세요|안녕하십니까)[,.! ]*|저는[ \t]*)([\uac00-\ud7a3]{3,4})(?=입니다|이에요|예요|라고)"
    "|(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{3})(?=[ \t]?(?:님|씨)(?![\uac00-\ud7a3]))"
)
_JAPANESE_SELF = re.compile(f"(?:^|(?<=[。、\\s「]))([{_HAN}]{{3,5}})(?=です|と申します|でございます)", re.M)
# "…と申します" ("my name is …", humbly) says a name whatever it is: kanji, a space between surname
# and given name, a given name in hiragana ("小野寺さくらと申します", "鈴木　結衣と申します").
_JAPANESE_HUMBLE = re.compile(
    f"(?:^|(?<=[。、\\s「>の]))([{_HAN}]{{1,4}}(?:[ \u3000]?[{_HAN}]{{1,3}})?(?:[ \u3000]?[\u3041-\u3096]{{2,4}})?)"
    "(?=と申します|と申す|と言います|といいます)",
    re.M,
)
# ... in Chinese ("你好，我叫张秀英。", "我是黄俊杰，"), and in Thai, where a name is written apart between
# "I" and the polite particle ("ผม สมชาย วงศ์ใหญ่ ครับ") or after Khun ("คุณณัฐวุฒิ (+66…)").
_CHINESE_SELF = re.compile(f"(?:我叫|我是|我姓|本人)[ ]?([{_HAN}]{{2,3}})(?=[。，,.!！?？、\\s(（]|$)")
_CHINESE_NAMED = re.compile(
    f"我叫[ ]?([{_HAN}]{{2,3}})(?=[。，,.!！?？、\\s(（]|$)"
)  # "my name is": any name
_THAI_WORD = f"[{SCRIPT_LETTERS}]{{2,20}}"
_THAI_SELF = re.compile(
    rf"(?<![{SCRIPT_LETTERS}])(?:ผม|ดิฉัน|ฉัน|ชื่อ|คุณ)[ \t]+(?P<name>{_THAI_WORD}(?:[ \t]+{_THAI_WORD})?)"
    r"[ \t]+(?:ครับ|ค่ะ|คะ|นะครับ|นะคะ)"
    rf"|(?<![{SCRIPT_LETTERS}])คุณ(?P<khun>[{SCRIPT_LETTERS}]{{2,12}})(?=[ \t]*[(,:;\n]|[ \t]+[^{SCRIPT_LETTERS}\s])"
)
# Words after Khun that are not names: quality, value, virtue, qualification, you (polite)…
_KHUN_WORDS = ("ภาพ", "ค่า", "ธรรม", "สมบัติ", "ประโยชน์", "ความ", "ครับ", "ค่ะ", "คะ")


def titled_script_names(text: str, lexicon: Lexicon) -> Iterator[Found]:
    if not _ANY_FOREIGN.search(text):
        return
    for m in _SCRIPT_TITLE.finditer(text):
        words_after = m.group("name").split()
        if words_after[0] in _AFTER_TITLE_NOT_NAMES:
            continue
        yield Found(m.start("name"), m.end("name"), "PERSON")
    for m in _KOREAN_SELF.finditer(text):
        group = 1 if m.group(1) else 2
        if lexicon.leads_with_surname(m.group(group)):
            yield Found(m.start(group), m.end(group), "PERSON")
    for m in _JAPANESE_SELF.finditer(text):
        if lexicon.leads_with_surname(m.group(1)) and m.group(1)[-1] not in _HAN_PLACE_ENDINGS:
            yield Found(m.start(1), m.end(1), "PERSON")
    for m in _JAPANESE_HUMBLE.finditer(text):
        if m.group(1)[-1] not in _HAN_PLACE_ENDINGS:
            yield Found(m.start(1), m.end(1), "PERSON")
    for pattern in (_CHINESE_SELF, _CHINESE_NAMED):
        for m in pattern.finditer(text):
            # "我是佳穎": a given name alone, when the gazetteer knows it (not "我是客户", a customer)
            named = (
                pattern is _CHINESE_NAMED
                or lexicon.leads_with_surname(m.group(1))
                or (len(m.group(1)) == 2 and lexicon.is_first(m.group(1)))
            )
            if named and m.group(1)[-1] not in _HAN_PLACE_ENDINGS:
                yield Found(m.start(1), m.end(1), "PERSON")
    for m in _THAI_SELF.finditer(text):
        slot = "name" if m.group("name") else "khun"
        if slot == "khun" and m.group("khun").startswith(_KHUN_WORDS):
            continue
        yield Found(m.start(slot), m.end(slot), "PERSON")


# 11. A name before a Japanese or Korean honorific written in Latin letters ("Visited insured
#     Daiki-san at …", "tanaka-sama", "Minji-ssi"); "-shi" is left out (it is also "city").
_LATIN_HONORIFIC = re.compile(
    r"(?<![\w'’@#-])([^\W\d_][^\W\d_'’]{1,20})-(?:san|sama|kun|chan|sensei|senpai|dono|ssi|nim)(?![\w-])",
    re.IGNORECASE,
)


def latin_honorifics(text: str, lexicon: Lexicon) -> Iterator[Found]:
    if "-" not in text:
        return
    for m in _LATIN_HONORIFIC.finditer(text):
        if lexicon.could_be_name(m.group(1)) and not lexicon.is_common(m.group(1)):
            yield Found(m.start(1), m.end(1), "PERSON")


# 12. A roster's or a contact list's line: a name opening the line before the number or the
#     address to reach them ("Georges - samedi matin - 00961 713 81716", "Farai 071 232 9270",
#     "Savannah J - saturday am - (201) 856-9651", "rana salameh peut cuisiner rana1521@…").
_LINE_LEAD = re.compile(r"[ \t]*(?:[-•*>·]+[ \t]*|\d{1,2}[.)][ \t]+)?")
_LINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# what closes a roster's name: a separator, or the number itself
_ROSTER_SEPARATOR = re.compile(r"[ \t]*(?:[-–—|:,(•·/]|$)", re.MULTILINE)


def contact_lines(text: str, found: list[Found], lexicon: Lexicon) -> list[Found]:
    """The name opening a line that holds a found phone number or e-mail address after it, one to
    three words that are names of a gazetteer (Faker's lists, or the world list's capitalised and
    no English word) and no phone cue ("Tel", "Handy", "Mobil"), a capital initial after the first
    ("Amelia F"). The name is closed by a separator or the number ("Skander 20 125 178"), or,
    Faker's names and no English words in lower case, by the rest of a sentence ("armen i sent my contribution … from my
    number 00374 …"): a capitalised word opening a sentence is any sentence's first word."""
    contacts = sorted(f.start for f in found if f.entity in ("PHONE_NUMBER", "EMAIL_ADDRESS"))
    if not contacts:
        return []
    out = []
    for start in sorted({text.rfind("\n", 0, c) + 1 for c in contacts}):
        pos = _LINE_LEAD.match(text, start).end()  # type: ignore[union-attr]
        words: list[re.Match[str]] = []
        while len(words) < 3:
            m = _LINE_WORD.match(text, pos)
            if m is None or not _roster_word(m.group(0), lexicon, first=not words):
                break
            words.append(m)
            if text[m.end() : m.end() + 1] not in (" ", "\t"):
                break
            pos = m.end() + 1
        lead = words[0] if words else _LINE_WORD.match(text, pos)
        if len(words) < 2 and lead and _addressed(lead, text, lexicon):
            out.append(Found(lead.start(), lead.end(), "PERSON"))
            continue
        if not words:
            continue
        end = words[-1].end()
        contact = next((c for c in contacts if c >= end), None)
        line_end = text.find("\n", end)
        if contact is None or (line_end != -1 and contact > line_end):
            continue
        closed = _ROSTER_SEPARATOR.match(text, end) is not None or not text[end:contact].strip()
        lower = all(
            m.group(0).islower() and lexicon.is_name(m.group(0)) and not lexicon.is_english(m.group(0))
            for m in words
        )
        if closed or lower:
            out.append(Found(words[0].start(), end, "PERSON"))
    out.extend(_named_before(text, contacts, lexicon))
    return out


_WORDS_BEFORE = re.compile(r"((?:[^\W\d_][\w'’-]*[ \t]){0,2}[^\W\d_][\w'’-]*\.?)[ \t]*([(:,;–—-]?)[ \t]*$")
_MONTH = re.compile(MONTHS, re.IGNORECASE)


def _named_before(text: str, contacts: list[int], lexicon: Lexicon) -> Iterator[Found]:
    """A name right before the number or address that reaches them, inside a line ("call from
    Semi Delai (+679 706 3623)", "kouassi (+225 01 23 77 7300)"): the words next to it that are
    names as a roster's are, a capital initial last ("Tendai C."); lower-case ones Faker's and no
    English word, a full name or one word before a bracket. A table's cell before another's
    ("| Bonfim | +351 …") is the table's to read."""
    for c in contacts:
        line_start = text.rfind("\n", 0, c) + 1
        m = _WORDS_BEFORE.search(text, line_start, c)
        if m is None:
            continue
        run = list(_LINE_WORD.finditer(m.group(1)))
        name: list[re.Match[str]] = []
        for i, w in enumerate(reversed(run)):
            word = w.group(0)
            initial = i == 0 and len(word) == 1 and word.isupper() and len(run) > 1
            if not initial and not _roster_word(word, lexicon, first=True):
                break
            name.append(w)
        name = [w for w in reversed(name)]
        if not name or len(name[0].group(0)) == 1:
            continue
        if all(w.group(0).islower() for w in name) and (
            (len(name) < 2 and m.group(2) != "(")
            or not all(lexicon.is_name(w.group(0)) and not lexicon.is_english(w.group(0)) for w in name)
        ):
            continue  # "í síma 618 9839" ("by phone"), "neu l.owen@…" ("or"): a single lower-case word
        if any(_MONTH.fullmatch(w.group(0)) or (w.group(0).isupper() and len(w.group(0)) <= 3) for w in name):
            continue  # a date's month ("In: Sep 20 52914 km"), a currency ("OMR8 | …")
        start = m.start(1) + name[0].start()
        end = m.start(1) + name[-1].end()
        if text[end : end + 1] == ".":
            end += 1
        yield Found(start, end, "PERSON")


def _addressed(m: re.Match[str], text: str, lexicon: Lexicon) -> bool:
    """The one a line with a number is addressed to, before what the writer did ("dilshan i sent
    my contribution … from my number …"): a given name in lower case, Faker's or the world list's
    and no English word, no everyday, stop or chat word."""
    word = m.group(0)
    return (
        word.islower()
        and text.startswith(" i ", m.end())
        and word not in CHAT_WORDS
        and word not in stop_words()
        and not lexicon.is_common(word)
        and (lexicon.is_first(word) or (lexicon.is_world_first(word) and not lexicon.is_english(word)))
    )


def _roster_word(word: str, lexicon: Lexicon, *, first: bool) -> bool:
    if "-" in word:  # "anna-lena", "Meier-Lindner": each half a name
        return all(_roster_word(part, lexicon, first=True) for part in word.split("-") if part)
    if len(word) == 1:
        return not first and word.isupper()  # "Amelia F"
    if (
        len(word) < 3
        or PHONE_CONTEXT.match(word)
        or word.lower() in TITLES
        or word.lower() in ORG_WORDS
        or word.lower() in CHAT_WORDS
        or word.lower() in stop_words()
        or lexicon.is_common(word)
    ):
        return False
    if lexicon.is_name(word):
        return True
    # the world list's source holds every language's words too ("pov", "gracias", "sasa"): its
    # names count capitalised only
    return word[:1].isupper() and lexicon.is_world_name_word(word)


# 13. Who someone says they are on an app, and who a list or a note names by a dash:
#     "my ign is kudakwashed16", "my gamertag is …", "my insta is …" (`USERNAME`);
#     a chores board's or a rota's "BINS — Rutendo", "KITCHEN — Tee x"; a note signed with a dash
#     on its own line or before its unit ("— Limbert", "— ndeye (unit 29, …)").
_SELF_ACCOUNT = re.compile(
    r"(?i:\bmy[ \t]+(?:ign|in[- ]game[ \t]+name|gamer[ \t]?tag|user[ \t]?name|handle|psn(?:[ \t]+id)?|"
    r"xbox(?:[ \t]+(?:id|gamertag))?|steam(?:[ \t]+(?:id|name))?|discord|insta(?:gram)?|ig|tiktok|"
    r"snap(?:chat)?|roblox(?:[ \t]+(?:name|username))?|riot[ \t]+id|epic(?:[ \t]+(?:id|name))?|"
    r"account[ \t]+name)[ \t]*(?:is|=|:)[ \t]*)@?(?P<value>[\w.#-]{3,32}?)(?=[\s,;!?)]|\.(?:\s|$)|$)"
)
_ROTA_LINE = re.compile(
    r"^[ \t]*[A-Z][A-Z &/]{1,24}[ \t]+[—–-][ \t]+(?P<who>[A-Z][^\W\d_]{1,20}(?:[ \t][A-Z][^\W\d_]{1,20})?)"
    r"(?=[ \t]*(?:$|[✓✔x✗✘]|\())",
    re.M,
)
_SIGNER = r"(?P<who>[^\W\d_](?:[^\W\d_]|['’-]){1,30}(?:[ \t][^\W\d_](?:[^\W\d_]|['’-]){1,30})?)"
_DASH_SIGNOFF = re.compile(
    # on a line of its own, or before the unit the note is about (a title's "INC123 – Ausfall" is none)
    rf"^[ \t]*[—–][ \t]?{_SIGNER}[ \t]*$|[ \t][—–][ \t]?{_SIGNER.replace('who', 'who2')}"
    r"(?=[ \t]*\((?i:unit|flat|apt|room|house|#))"
    # or ending the text after what it signs ("… call +234 802 124 4362 — tee")
    rf"|[ \t][—–][ \t]?{_SIGNER.replace('who', 'who3')}[ \t]*(?:[^\w\s]{{0,4}}[ \t]*)?\Z",
    re.M,
)


def self_named_accounts(text: str, lexicon: Lexicon) -> Iterator[Found]:
    """The account someone names as theirs ("my ign is kudakwashed16", "my insta is @sofi.rmz"):
    not an English or stop word ("my username is the same")."""
    if "my" not in text.lower():
        return
    for m in _SELF_ACCOUNT.finditer(text):
        value = m.group("value")
        if value.lower() in stop_words() or (value.isalpha() and lexicon.is_english(value.lower())):
            continue
        yield Found(m.start("value"), m.end("value"), "USERNAME")


def rota_names(text: str, lexicon: Lexicon) -> Iterator[Found]:
    """A chores board's or a rota's assignee after a task in capitals and a dash ("BINS — Rutendo",
    "KITCHEN — Tee x"): capitalised words that are no everyday English words ("STATUS — Done",
    "OWNER — Platform" stay)."""
    if "\n" not in text:
        return
    for m in _ROTA_LINE.finditer(text):
        who = m.group("who")
        if all(lexicon.is_english(w.lower()) and not lexicon.is_name(w) for w in who.split()):
            continue
        if any(lexicon.is_common(w) for w in who.split()):
            continue  # "STATUS — Done": an everyday word, whatever name it also is
        yield Found(m.start("who"), m.end("who"), "PERSON")


def dash_signoffs(text: str, lexicon: Lexicon) -> Iterator[Found]:
    """A note's signer after a dash, on a line of their own or before their unit ("— Limbert",
    "— ndeye (unit 29, …)"): one or two words, a name a gazetteer knows or no English word, and
    not a role, a team or a chat word ("— Support", "— the team", "— lol")."""
    if "—" not in text and "–" not in text:
        return
    for m in _DASH_SIGNOFF.finditer(text):
        group = next(g for g in ("who", "who2", "who3") if m.group(g))
        who = m.group(group).split()
        lower = [w.lower() for w in who]
        if any(w in ORG_WORDS or w in CHAT_WORDS or w in _ROLE_WORDS or w in stop_words() for w in lower):
            continue
        # at the text's end, in lower case as a chat signs ("— tee", "— pinky"; "— Houston" may
        # be where it was written), a given name of the world list too
        if group == "who3" and not all(w.islower() for w in who):
            continue
        world = group == "who3" and len(who) == 1 and lexicon.is_world_first(who[0])
        if not world and not all(lexicon.is_name(w) or not lexicon.is_english(w.lower()) for w in who):
            continue
        if any(lexicon.is_common(w) for w in who):
            continue
        yield Found(m.start(group), m.end(group), "PERSON")
