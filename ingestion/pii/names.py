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
6. a second mention of a word already found as a name ("Korhonen called again");
7. logins in log lines (`user=`, an SSH daemon's "Accepted publickey for …"), profile addresses,
   review authors and tilde sign-offs;
8. a surname written first at a line's start before a found given name ("KHAN, Mahnoor — peacefully").
`completed` grows names found elsewhere (the token layer) as the rules grow their own: the given
name before, a surname written first, the surname after, other mentions of a rare name.
Places the NER model is sure of (GPE/LOC) are left alone, and so are the tenant's watch terms.
"""

from __future__ import annotations

import functools
import re
import unicodedata
import zoneinfo
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ingestion.pii import cjk, language
from ingestion.pii.lexicon import (
    CHAT_WORDS,
    MARKED_SCRIPT,
    MONTHS,
    ORG_WORDS,
    PARTICLES,
    PATRONYMICS,
    SCRIPT_NOT_NAMES,
    TITLES,
    Lexicon,
    plain_letters,
    stop_words,
    words,
)
from ingestion.pii.names_cues import (
    CUE,
    NAME_TOKEN,
    NOT_INITIALS,
    ROLE_NOUNS,
    WORDS_AND_STATES,
    action_items,
    after_cues,
    call_notes,
    caller_self,
    contact_by,
    contact_when,
    form_label,
    from_desk,
    handoffs,
    households,
    kin_of,
    letter_signer,
    line_openers,
    list_members,
    possessive_kin,
    script_name_labels,
    self_named_end,
    signature,
)
from ingestion.pii.names_lower import (
    aged_names,
    extended_lower,
    foreign,
    lower_case_names,
    lower_case_pairs,
    lower_slots,
)
from ingestion.pii.names_shapes import (
    HASHTAG,
    SCRIPT_TITLE,
    actor_logins,
    chat_lines,
    chat_speakers,
    couples,
    dash_signoffs,
    email_names,
    foreign_script_names,
    form_fields,
    full_mentions,
    glued_initials,
    handle_owners,
    initials_in_notes,
    korean_given_names,
    latin_honorifics,
    name_handles,
    name_logins,
    nicknamed,
    passenger_names,
    role_columns,
    role_logins,
    rota_names,
    script_islands,
    self_named_accounts,
    table_names,
    timeline_actors,
    titled_script_names,
    words_only,
)
from ingestion.pii.spans import NER_SCORE, Found

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# A chat's mention may hold dots and hyphens ("@do-yun.han", "@ashley_rodriguez-hale").
HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,28}[A-Za-z0-9_])?")
# A Reddit-style username, "u/tasnim_r": a handle like an @handle.
# A user's login in a log line or a key=value record ("login ok user=tuguldur.dorj ip=…",
# "uid: lachlanstewart"); a value that is an English word ("user=unknown", "account: locked") or
# a role account is not.
LOG_USER = re.compile(
    r"(?<![\w.-])(?:user(?:_?name)?|login|uid|user_?id|account|acct|member|principal|actor|assignee|reporter|"
    # staff keys of a store's or a call centre's log ("agent=tunde77"), accounts' keys ("github":)
    r"agent|operator|cashier|clerk|teller|staff|employee|caller|callee|handler|courier|"
    r"github|gitlab|twitter|instagram|telegram|discord|skype|tiktok|handle|nick(?:name)?|screen_?name|"
    # a game's player, a warehouse's picker and packer
    r"player|gamer_?tag|picker(?:_?login)?|packer)"
    r"[\"']?[ \t]*(?:=|:)[ \t]*[\"']?([A-Za-z][\w.+-]{2,63}?)[\"']?(?=[\s,;)\]}]|$)",
    re.IGNORECASE,
)
# A person's name as the value of a record's name key ('"display_name": "Gethin"', "full_name=
# 'شيخة النعيمي'", '"customer_name": "冠宇"'): quoted, letters only, one to five words. A plain
# "name" key names services and products as often as people and is left to the other finders.
NAME_KEY = re.compile(
    r"(?<![\w.-])[\"']?(?i:display_?name|full_?name|(?:customer|contact|holder|passenger|requester|"
    r"assignee|author|user|account|card_?holder)_?name|first_?name|last_?name|given_?name|family_?name|"
    r"surname|fullName|displayName|real_?name|legal_?name|realName|legalName|patient_?name|player_?name)"
    r"[\"']?[ \t]*[:=][ \t]*[\"']"
    r"(?P<value>[^\W\d_][^\d\"'\n=:{}<>@]{0,60}?)[\"']"
)
# ... and of an XML element that names a person ("<patient>Simone Brown</patient>", "<spouse>AL-KETBI,
# Hamdan</spouse>"): letters, one to five words
XML_PERSON = re.compile(
    r"<(?P<tag>(?i:patient|spouse|witness|name|full_?name|fullName|customer|client|guest|passenger|member|"
    r"holder|contact|child|mother|father|parent|applicant|employee|recipient|sender|owner|driver|"
    r"beneficiary|insured|claimant|deceased|groom|bride))>"
    r"(?P<value>[^\W\d_][^\d<>\n@]{0,60}?)</(?P=tag)>"
)
# A quoted full name as the value of a record's key that may name a person or a thing ('target=
# "สมชาย สุขสวัสดิ์"', "subject='Aroha Ngata'", a log's 'name="Tumaini Lyimo"'): two to four words
# of letters, not all of them English ('target="prod db"', 'name="Payments API"' stay).
QUOTED_PERSON_KEY = re.compile(
    r"(?<![\w.-])(?i:target|subject|data_?subject|customer|client|patient|person|victim|beneficiary|name)"
    r"[ \t]*[:=][ \t]*[\"'](?P<value>[^\W\d_][^\d\"'\n=:{}<>@/\\]{1,60}?)[\"']"
)
# A person's login as the value of an on-call or ownership key in a config or record ("backup:
# npetrova", "owner = celine.gerber", "on_call: paolov69"): not a role account, and not words
# only ("owner: platform-team"), unless one of them is a name.
CONFIG_PERSON = re.compile(
    r"^[ \t\-]*(?:primary|secondary|backup|fallback|oncall|on[_-]call|owner|escalat(?:e|ion)[_-]?to|"
    r"reviewer|approver|maintainer|author|lead|manager|contact)[ \t]*[:=][ \t]*[\"']?"
    r"([A-Za-z][\w.+-]{2,63}?)[\"']?[ \t]*(?:#.*)?$",
    re.IGNORECASE | re.MULTILINE,
)


def _names_someone(words: list[str], lexicon: Lexicon) -> bool:
    """A record's value in words that names a person: not English words only ("prod db"), unless
    one is a name, and no company word ("Payments API")."""
    return not all(lexicon.is_english(w) and not lexicon.is_name(w) for w in words) and not any(
        w.lower() in ORG_WORDS for w in words
    )


def _a_persons_login(login: str, lexicon: Lexicon) -> bool:
    if login.lower() in _ROLE_ACCOUNTS or not re.search(r"[^\W\d_]", login):
        return False
    return not words_only(login, lexicon)


_ROLE_ACCOUNTS = words("""
    admin administrator root system guest anonymous unknown null none nobody service daemon
    www-data postgres support noreply no-reply test demo ubuntu ec2-user centos debian git
    deploy deployer jenkins oracle ftp ftpuser pi user operator backup nagios ansible vagrant
    docker www apache nginx mysql redis elastic hadoop tomcat
""")
# The account in an SSH daemon's log line ("Failed password for invalid user tperera from …",
# "Accepted publickey for nchebet from …", "session opened for user kmensah"): a person's login,
# whatever word it is (a system account excepted).
SSH_USER = re.compile(
    r"\b(?:(?:Accepted|Failed)[ \t]+(?:password|publickey|keyboard-interactive(?:/pam)?|hostbased|none)"
    r"[ \t]+for(?:[ \t]+invalid[ \t]+user)?|[Ii]nvalid[ \t]+user|session[ \t]+(?:opened|closed)[ \t]+for[ \t]+user|"
    r"(?:Disconnected[ \t]+from|Connection[ \t]+closed[ \t]+by)[ \t]+(?:invalid[ \t]+|authenticating[ \t]+)?user)"
    r"[ \t]+([A-Za-z_][\w.-]{0,31}?)(?=[ \t(]|$)",
    re.M,
)
# A person's profile address: the name after the site ("linkedin.com/in/ingridlindqvist").
PROFILE_URL = re.compile(
    r"(?<![\w.-])(?:www\.)?(?:linkedin\.com/in|facebook\.com|fb\.com|instagram\.com|x\.com|twitter\.com|"
    r"github\.com|tiktok\.com/@|t\.me|medium\.com/@|threads\.net/@)/?([A-Za-z0-9][\w.-]{1,58}[A-Za-z0-9_])"
)
# The author of a review: stars, then the account and a date ("★★☆☆☆ josemendoza — 2025-09-11").
REVIEW_AUTHOR = re.compile(
    r"^[ \t]*[★☆✩✭⭐]{1,5}[ \t]*(?:\d(?:[.,]\d)?(?:/5)?[ \t]*)?([A-Za-z][\w.]{1,30}[A-Za-z0-9_])"
    r"[ \t]*[—–\-·|,][ \t]*(?=\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))",
    re.M,
)
# A message signed with a tilde at its end ("… bado nasubiri jibu. ~kiprono", "~Lucas S.",
# "~Yaw Asante").
TILDE_SIGNOFF = re.compile(
    r"(?:^|(?<=\s))~[ \t]?([^\W\d_][\w'’-]{1,30}(?:[ \t][^\W\d_](?:[\w'’-]{1,30}|\.))?)[ \t]*$", re.M
)
_PROFILE_PAGES = words("""
    pages groups company companies share sharer watch hashtag search intent home login explore
    events marketplace jobs school help about settings notifications messages reel reels p status
    stories feed in orgs sponsors features topics
""")
REDDIT_USER = re.compile(r"(?<![\w/])u/\w[\w.-]{1,18}\w(?![\w-])")
_SKIP_LABELS = {"GPE", "LOC"}
_MAYBE_NAME_LABELS = {"ORG", "PRODUCT", "NORP", "FAC", "WORK_OF_ART", "EVENT", "GPE", "LOC"}


_DATE_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\.?[ \t]+$", re.IGNORECASE)
_DATE_AFTER = re.compile(r"^\.?[ \t]+(?:\d{1,2}(?:st|nd|rd|th)?\b|\d{4}\b)", re.IGNORECASE)


def _in_a_date(text: str, f: Found) -> bool:
    """A month next to a day or a year is a date, whatever name it also is ("21 January",
    "May 4", "June 2025"); "April Ludgate" is a name."""
    if not re.fullmatch(MONTHS, text[f.start : f.end], re.IGNORECASE):
        return False
    return bool(
        _DATE_BEFORE.search(text[max(0, f.start - 8) : f.start]) or _DATE_AFTER.match(text[f.end : f.end + 8])
    )


def _without_edges(tokens: list[Token], lexicon: Lexicon) -> list[Token] | None:
    """An entity's tokens without the lower-case words and other languages' function words at its
    edges (None: nothing capitalised is left). A rare name in lower case stays."""

    # A phrase with another language's function words in lower case ("ya se comunicó") is a
    # sentence, not a lower-case name ("liam macleod").
    sentence = any(
        t.text.islower() and lexicon.is_function_word(t.text) and not lexicon.is_rare_name(t.text)
        for t in tokens
    )

    text = tokens[0].doc.text if tokens else ""  # `Doc.text` joins every token on each call

    def edge(t: Token) -> bool:
        w = t.text
        if not w[:1].isalpha():
            return True
        if w == w.lower():
            if not sentence:
                return lexicon.is_common(w)
            named = lexicon.is_name(w) and not (lexicon.is_common(w) or lexicon.is_function_word(w))
            return not (lexicon.is_rare_name(w) or named)
        # A capitalised function word opens a sentence ("Ich möchte", "Nuestro gerente").
        before = text[: t.idx].rstrip()
        opens = not before or before[-1] in ".!?:\n"
        return opens and lexicon.is_function_word(w) and not lexicon.is_name(w)

    while tokens and edge(tokens[0]):
        tokens = tokens[1:]
    while tokens and edge(tokens[-1]):
        tokens = tokens[:-1]
    if not tokens:
        return None
    if sentence and not any(t.text[:1].isupper() or lexicon.is_rare_name(t.text) for t in tokens):
        return None
    return tokens


# A link names a page, not a person ("https://t.co/Nf0UEMJP0l" is read as one by NER); a
# profile's address is a login (`PROFILE_URL`, found with the handles)
_URL = re.compile(r"(?i)(?:https?://|www\.)\S+")


_NAME_WORD = re.compile(r"[^\W\d_]+")


def _foreign_name(ent: Span, lexicon: Lexicon) -> Span | None:
    """An English NER's entity in a text of another language is a name only when it is capitalised
    words (particles and function words aside) holding one the gazetteer knows ("Jürgen von der
    Heide"; not "Stellungnahme von Contoso", "Por medio del presente se da traslado"): that part
    of it, or None. Lower-case and function words at its edges are the sentence's ("nama Rizky
    Lubis", "cảm ơn chị Linh", "Soy Alejandro Ramos"); a word of a script without case ("راشد")
    is as a capitalised one."""
    parts = [
        t for t in ent if t.is_alpha and t.lower_ not in PARTICLES and not lexicon.is_function_word(t.text)
    ]
    while parts and parts[0].text[:1].islower():
        parts.pop(0)
    while parts and parts[-1].text[:1].islower():
        parts.pop()
    words = [t.text for t in parts]
    if (
        words
        and not any(w[:1].islower() for w in words)
        and (holds_known_name(" ".join(words), lexicon) or _world_pair(words, lexicon))
    ):
        return ent.doc.char_span(parts[0].idx, parts[-1].idx + len(parts[-1]), label=ent.label_)
    return None


def _world_pair(parts: list[str], lexicon: Lexicon) -> bool:
    """Two or three words led by a given name and ended by a surname of the world gazetteer,
    neither any language's stop word nor an English word, one of five letters or more ("Zeinab
    Daher", "Rizky Lubis": names Faker's lists lack; not "Bắc Ninh": in the world list nearly every
    short syllable of Vietnamese or romanised Chinese is someone's name)."""
    stop = stop_words()
    return (
        2 <= len(parts) <= 3
        and max(len(w) for w in parts) >= 5
        and lexicon.is_world_first(parts[0])
        and lexicon.is_world_last(parts[-1])
        and not any(w.lower() in stop or lexicon.is_english(w.lower()) or len(w) < 3 for w in parts)
    )


def holds_known_name(value: str, lexicon: Lexicon, *, capitalised: bool = False) -> bool:
    """Does a span hold a name the gazetteer knows (three letters or more) that no language uses
    as a function word ("María Camila"; not "Asunto")? `capitalised`: written so (in a text of
    capitals and lower case: "una propuesta de solución", "baja del servicio" hold none)."""
    return any(
        len(w) > 2
        and (not capitalised or not w[:1].islower())
        and lexicon.is_name(w)
        and not lexicon.is_function_word(w)
        for w in _NAME_WORD.findall(value)
    )


def _known_pair(value: str, lexicon: Lexicon) -> bool:
    """A lower-case pair whose first word is a given name and last a surname the gazetteer knows,
    both of three letters or more and neither any language's stop word ("i figli matteo esposito",
    "la maestra antonia valenzuela"; not "von mir", "lòng cho"): a name in any text, whatever its
    language or case."""
    words = _NAME_WORD.findall(value)
    stop = stop_words()
    return (
        len(words) >= 2
        and all(len(w) > 2 and w.lower() not in stop for w in (words[0], words[-1]))
        and lexicon.is_first(words[0])
        and lexicon.is_last(words[-1])
    )


def _not_a_person(text: str, ent: Span, lexicon: Lexicon) -> bool:
    """An NER person that is a note's label ("Todo: call the bank"), or a word in lower case before
    a handle ("ping @dev-ops": the handle is the handles' finders' to judge)."""
    if len(ent) == 1 and form_label(ent.text, text[ent.end_char :], lexicon):
        return True
    at = next((t.i for t in ent if t.text.startswith("@")), None)
    if at is None:
        return False
    if at > ent.start:
        return all(t.is_lower for t in ent[: at - ent.start])
    # NER's reading of a post's first word after the account it answers ("@united Boo for …",
    # "@AdobeCare Dude…"): a name only when some word after the handle is a name the gazetteer
    # knows and no everyday word ("@mike_t Scott, need a book?")
    return not any(
        not t.text.startswith("@") and lexicon.is_name(t.text) and not lexicon.is_common(t.text) for t in ent
    )


# A word of two parts joined by a hyphen, the second an English word no list holds as a name:
# "geo-fence", "re-route" (not "jean-pierre", "mary-jane", "ji-ho").
_COMPOUND = re.compile(r"[^\W\d_]+-([^\W\d_]{4,})")


def _compound_word(text: str, f: Found, lexicon: Lexicon) -> bool:
    m = _COMPOUND.fullmatch(text, f.start, f.end)
    if m is None or not text[f.start : f.end].islower():
        return False
    second = m.group(1)
    return lexicon.is_english(second) and not lexicon.is_name(second)


def find(text: str, doc: Doc, lexicon: Lexicon) -> Iterator[Found]:
    mixed_case = text != text.lower() and text != text.upper()
    # In a text of another language the English NER's persons and the words no English vocabulary
    # holds are no evidence: there a name must be one the gazetteer knows (`language`).
    foreign = language.foreign(doc, lexicon)

    def known(
        finds: Iterable[Found], *, lower_only: bool = False, world: bool = False, any_case: bool = False
    ) -> Iterable[Found]:
        """What a finder that reads a word's shape or place yields, in a foreign text only when it
        holds a name the gazetteer knows ("Asunto:", "Kunde:" open lines, "titolare del"
        is no lower-case pair, "liga" no list member); `lower_only`: a cue's name stands
        ("my naam is Ayabonga Mbeki", "제 이름은 조동현") unless it is lower-case words in a text of
        capitals and lower case, where they must hold a known name (the respect word "chị" before
        "vui lòng cho", "please"). A given name and a surname the gazetteer knows are a name in
        any case ("khadija el idrissi · 28/03/2024", "i figli matteo esposito"). `world`: a
        name of the world list counts too, where another identifier vouches for the word (an
        e-mail address spelling it: "rana salameh … salameh.rana@…"). `any_case`: a known name
        counts in lower case too, where the slot is a person's ("[11:22] mercy: …")."""
        if not foreign:
            return finds
        return [
            f
            for f in finds
            if f.entity != "PERSON"
            or (lower_only and not (mixed_case and text[f.start : f.end].islower()))
            or holds_known_name(text[f.start : f.end], lexicon, capitalised=mixed_case and not any_case)
            or _known_pair(text[f.start : f.end], lexicon)
            or (world and lexicon.is_world_name_word(text[f.start : f.end]))
        ]

    found: list[Found] = []
    places: list[tuple[int, int]] = []
    orgs: list[tuple[int, int]] = []
    for whole in doc.ents:
        if cjk.ANY_CJK.search(whole.text) or MARKED_SCRIPT.search(whole.text):
            # an English model's reading of Japanese or Korean text: `cjk` reads it; of Thai or
            # an Indic script ("गेट पर कविता", "at the gate Kavita"): `names_shapes` does
            continue
        for ent in _line_parts(doc, whole):
            if ent.label_ == "PERSON" and _not_a_person(text, ent, lexicon):
                continue
            if foreign and ent.label_ in ("PERSON", *_MAYBE_NAME_LABELS):
                named = _foreign_name(ent, lexicon)
                if named is None:
                    continue  # "Stellungnahme von Contoso", "Kundinnen und Kunden", "Por medio del presente"
                ent = named
            if mixed_case and ent.label_ == "PERSON":
                # In a text written in capitals and lower case a name is capitalised, but an English
                # model reads phrases of Spanish, German or Italian as a PERSON ("ya se comunicó",
                # "Ich möchte", "negati da Contoso"): its lower-case and function words at the edges
                # are cut off, and what is left must look like a name on its own.
                core = _without_edges(list(ent), lexicon)
                if core is None:
                    continue
                if len(core) != len(ent):
                    # what is left is a name when it looks like one, or when it is capitalised words
                    # that are not everyday words ("el moazaf Faisal Al-Anazi" -> "Faisal Al-Anazi")
                    if core and (
                        _name_shaped(core, lexicon)
                        or (
                            all(t.text[:1].isupper() for t in core if t.text[:1].isalpha())
                            and not all(lexicon.is_common(t.text) for t in core)
                        )
                    ):
                        found.append(
                            Found(core[0].idx, core[-1].idx + len(core[-1].text), "PERSON", NER_SCORE)
                        )
                    continue
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
    found.extend(_capitalised_runs(text, tokens, lexicon, places, orgs, foreign=foreign))
    found.extend(known(line_openers(text, lexicon)))
    found.extend(known(lower_case_pairs(tokens, lexicon)))
    if text == text.lower() and not foreign:
        found.extend(lower_case_names(tokens, lexicon))
    found.extend(aged_names(text, lexicon))
    found.extend(lower_slots(text, lexicon))
    found.extend(_lower_person_verbs(text, tokens, lexicon))
    found.extend(known(after_cues(text, tokens, lexicon), lower_only=True))
    found.extend(signature(text, lexicon))
    found.extend(letter_signer(text))
    found.extend(korean_given_names(text, lexicon))
    found.extend(known(email_names(text, lexicon), world=True))
    found.extend(passenger_names(text))
    found.extend(table_names(text))
    found.extend(couples(text, lexicon))
    found.extend(form_fields(text, lexicon))
    found.extend(role_logins(text, lexicon))
    found.extend(role_columns(text, lexicon))
    found.extend(initials_in_notes(text))
    found.extend(full_mentions(text, lexicon))
    found.extend(nicknamed(text, lexicon))
    found.extend(known(chat_speakers(text, lexicon), any_case=True, world=True))
    found.extend(chat_lines(text, lexicon))
    found.extend(action_items(text, lexicon))
    found.extend(handoffs(text, lexicon))
    found.extend(contact_by(text, lexicon))
    found.extend(contact_when(text, lexicon))
    found.extend(self_named_end(text, lexicon))
    found.extend(households(text, lexicon))
    found.extend(kin_of(text, lexicon))
    found.extend(possessive_kin(text, lexicon))
    found.extend(call_notes(text, lexicon))
    found.extend(caller_self(text, lexicon))
    found.extend(from_desk(text, lexicon))
    found.extend(script_name_labels(text))
    found.extend(glued_initials(text, lexicon))
    found.extend(handle_owners(text, lexicon))
    found.extend(foreign_script_names(text, lexicon))
    found.extend(script_islands(text, lexicon))
    found.extend(titled_script_names(text, lexicon))
    found.extend(latin_honorifics(text, lexicon))
    found.extend(rota_names(text, lexicon))
    found.extend(dash_signoffs(text, lexicon))
    handles = [Found(m.start(), m.end(), "USERNAME") for m in HANDLE.finditer(text)]
    handles += list(name_logins(text, lexicon))
    handles += list(name_handles(text, lexicon))
    handles += list(timeline_actors(text, lexicon))
    handles += list(actor_logins(text, lexicon))
    handles += list(self_named_accounts(text, lexicon))
    handles += [Found(m.start() + 2, m.end(), "USERNAME") for m in REDDIT_USER.finditer(text)]  # not the "u/"
    handles += [
        Found(m.start(1), m.end(1), "USERNAME")
        for m in LOG_USER.finditer(text)
        if m.group(1).lower() not in _ROLE_ACCOUNTS and not lexicon.is_english(m.group(1))
    ]
    found += [
        Found(m.start("value"), m.end("value"), "PERSON")
        for m in (NAME_KEY.finditer(text) if "ame" in text or "AME" in text else ())
        if m.group("value").lower() not in _ROLE_ACCOUNTS and len(m.group("value").split()) <= 5
    ]
    found += [
        Found(m.start("value"), m.end("value"), "PERSON")
        for m in (XML_PERSON.finditer(text) if "</" in text else ())
        if len(m.group("value").split()) <= 5
        and m.group("value").lower() not in _ROLE_ACCOUNTS
        and _names_someone(re.findall(r"\w+", m.group("value")), lexicon)
    ]
    found += [
        Found(m.start("value"), m.end("value"), "PERSON")
        for m in QUOTED_PERSON_KEY.finditer(text)
        if 2 <= len(m.group("value").split()) <= 4 and _names_someone(m.group("value").split(), lexicon)
    ]
    handles += [
        Found(m.start(1), m.end(1), "USERNAME")
        for m in CONFIG_PERSON.finditer(text)
        if _a_persons_login(m.group(1), lexicon)
    ]
    handles += [
        Found(m.start(1), m.end(1), "USERNAME")
        for m in SSH_USER.finditer(text)
        if m.group(1).lower() not in _ROLE_ACCOUNTS
    ]
    handles += [
        Found(m.start(1), m.end(1), "USERNAME")
        for m in PROFILE_URL.finditer(text)
        if m.group(1).lower() not in _PROFILE_PAGES
    ]
    handles += [Found(m.start(1), m.end(1), "USERNAME") for m in REVIEW_AUTHOR.finditer(text)]
    handles += [
        Found(m.start(1), m.end(1), "PERSON")
        for m in TILDE_SIGNOFF.finditer(text)
        if not lexicon.is_english(m.group(1).split()[0]) or lexicon.is_name(m.group(1).split()[0])
    ]
    for _ in range(12):  # "A, B, C and D": each round reaches one more member
        more = [f for f in known(list_members(text, found + handles, lexicon, places)) if f not in found]
        if not more:
            break
        found.extend(more)
    found = [
        _script_surname_after(
            text, Found(_given_before(text, f, lexicon, foreign=foreign), f.end, f.entity, f.score)
        )
        if f.entity == "PERSON"
        else f
        for f in found
    ]
    found = [
        Found(_surname_first(text, f, lexicon), f.end, f.entity, f.score) if f.entity == "PERSON" else f
        for f in found
    ]
    found = _extended(text, found, lexicon)
    found.extend(_bracketed_after(text, found, lexicon))
    found.extend(_extended(text, list(_repeated(text, found, lexicon)), lexicon))
    urls = [m.span() for m in _URL.finditer(text)] if "://" in text or "www." in text else []
    found = [
        t
        for f in found
        if not (urls and _overlaps((f.start, f.end), urls))
        and (k := trimmed(text, f)) is not None
        and (t := without_record_key(text, k)) is not None
        and not _in_a_date(text, t)
        and not storm_name(text, t)
        and not _host_name(text, t)
        and not _compound_word(text, t, lexicon)
    ]
    found.extend(_initials_of(text, found))
    found.extend(_hashtags_of(text, found, lexicon))
    return iter(found + handles)


def _initials_of(text: str, found: list[Found]) -> Iterator[Found]:
    """A found person's initials standing alone elsewhere in the text ("Brianna Johnson" … "BJ to
    call back"; in lower case only as a sign-off: "-- bj"). Initials are written without accents
    and particles ("Emre Öztürk" is "EO", "Kavitha binti Yusof" "KY"), of every name or of the
    first and last ("Mark Anthony Villanueva": "MAV", "MV"), and with dots too ("Ł.K.")."""
    seen: set[str] = set()
    names = [
        name
        for f in found
        if f.entity == "PERSON"
        for name in re.split(r"[,;&]|\band\b", text[f.start : f.end])  # "A B, C D": a list found whole
    ]
    for name in names:
        parts = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in PARTICLES]
        if not 2 <= len(parts) <= 4 or not all(w[:1].isupper() for w in parts):
            continue
        letters = [_plain_letter(w[0]) for w in parts]
        spaced = [w for w in name.split() if w.lower() not in PARTICLES]  # "Vaughan-Thomas" is one
        ends = _plain_letter(spaced[0][0]) + _plain_letter(spaced[-1][0]) if len(spaced) >= 2 else ""
        for chosen in {"".join(letters), ends} - {""}:
            if chosen.lower() in NOT_INITIALS or chosen.lower() in WORDS_AND_STATES:
                continue
            if chosen in seen or not chosen.isalpha():
                continue
            seen.add(chosen)
            dotted = r"\.[ \t]?".join(chosen) + r"\.?"
            if chosen in text or all(letter + "." in text for letter in chosen):
                for m in re.finditer(rf"(?<![\w.@/&-])(?:{chosen}|{dotted})(?![\w@&])", text):
                    yield Found(m.start(), m.end(), "PERSON")
            lower = chosen.lower()
            if lower in text:
                for m in re.finditer(rf"(?:^|[-–—~/][ \t]*)({lower})[ \t]*$", text, re.MULTILINE):
                    yield Found(m.start(1), m.end(1), "PERSON")


def _hashtags_of(text: str, found: list[Found], lexicon: Lexicon) -> Iterator[Found]:
    """A hashtag of a couple or a search that holds people found in the text: two of them ("Hamdan
    … Saeed" … "#HamdanAndSaeed") or one after a search's word ("Musa Danjuma, 68" … "#FindMusa",
    "#BuscamosWilber"); a name of four letters or more, no everyday word. One
    name alone is not enough: a place NER took for a person would take its hashtags with it
    ("#PrayForBoston")."""
    if "#" not in text:
        return
    # a found person's words, as a hashtag writes them too: without their marks ("Delić" in
    # "#MirzaDelic"); an English word counts when the gazetteers know it as a name ("Gentian")
    names = {
        spelling
        for f in found
        if f.entity == "PERSON"
        for w in re.findall(r"[^\W\d_]{4,}", text[f.start : f.end])
        if not lexicon.is_common(w) and (lexicon.is_world_name(w) or not lexicon.is_english(w))
        for spelling in {w.lower(), plain_letters(w.lower())}
    }
    if not names:
        return
    for m in HASHTAG.finditer(text):
        tag = m.group(1).lower()
        held = [name for name in names if name in tag]
        if len(held) >= 2 or (held and _SEARCH_TAG.match(tag)):
            yield Found(m.start(1), m.end(1), "PERSON")


# A hashtag that searches for someone: "#FindMusa", "#BuscamosWilber", "#JusticeForAmara".
_SEARCH_TAG = re.compile(
    r"(?:find|help ?find|buscamos|busca|buscando|encontremos|procura|procuramos|cherchons|vermisst|missing|"
    r"justicefor|justice4|bring\w*home|rip)"
)


# Letters NFKD does not take apart ("Ł" is no "L" with a mark to it).
_UNMARKED = str.maketrans(
    {"Ł": "L", "Ø": "O", "Đ": "D", "Ħ": "H", "Ŧ": "T", "Ð": "D", "Þ": "T", "Œ": "O", "Æ": "A"}
)


def _plain_letter(ch: str) -> str:
    return unicodedata.normalize("NFKD", ch.translate(_UNMARKED))[:1]


_RECORD_KEY = re.compile(r"(?:^|(?<=\s))[a-z][a-z_.-]*$")


_KEY_INSIDE = re.compile(r"(?:^|(?<=\s))[a-z][a-z_.-]*=")


def without_record_key(text: str, f: Found) -> Found | None:
    """A name without the key of a key=value record it runs into: "… attempts=129" is no one,
    NER's "dorj ip" of "user=tuguldur.dorj ip=10.0.0.1" is "dorj", and the token layer's
    "karla75 ip=62.233.…" stops before "ip"."""
    inside = _KEY_INSIDE.search(text, f.start, f.end)
    if inside is not None and inside.start() > f.start:
        f = Found(f.start, len(text[f.start : inside.start()].rstrip()) + f.start, f.entity, f.score)
    if text[f.end : f.end + 1] != "=":
        return f
    key = _RECORD_KEY.search(text, f.start, f.end)
    if key is None:
        return f
    end = len(text[f.start : key.start()].rstrip()) + f.start
    return Found(f.start, end, f.entity, f.score) if end > f.start else None


# A host's name in a log line: a lower-case word glued to a number ("web-09", "bastion-01").
_HOST_TAIL = re.compile(r"-\d{1,4}\b")


def _host_name(text: str, f: Found) -> bool:
    value = text[f.start : f.end]
    return f.entity == "PERSON" and value.islower() and bool(_HOST_TAIL.match(text, f.end))


# A storm's name is the event, not a person: "Hurricane Sandy", "Typhoon Haiyan", "Cyclone Idai",
# "Tropical Storm Allison", "Storm Ciarán".
_STORM = re.compile(
    r"\b(?:super\s+)?(?:hurricane|typhoon|cyclone|tropical\s+(?:storm|depression)|storm|ouragan|"
    r"huracán|huracan|tifón|taifun|orkan|zyklon)\s+$",
    re.IGNORECASE,
)
_STORM_START = re.compile(_STORM.pattern.replace(r"\s+$", r"\s+"), re.IGNORECASE)


# ... with its name after it ("Hurricane Sandy"), or glued in a hashtag ("#HurricaneSandy",
# "#hurricanesandy", "#TyphoonHaiyan")
_STORM_NAMED = re.compile(_STORM.pattern.replace(r"\s+$", r"\s+((?-i:[A-Z])[^\W\d_]{2,})"), re.IGNORECASE)
_STORM_GLUED = re.compile(
    r"(?i)(?:super)?(?:hurricane|typhoon|cyclone|tropicalstorm|superstorm|storm)([^\W\d_]{3,})"
)


@functools.lru_cache(maxsize=256)
def _storm_names(text: str) -> frozenset[str]:
    """The names a text gives storms ("Hurricane Sandy", "#HurricaneSandy"), lower case (read once
    per text: every finding of the text asks)."""
    if not (_STORM_START.search(text) or "#" in text):
        return frozenset()  # (a cheap look first: no storm word, no hashtag, no storm named)
    return frozenset(
        m.group(1).lower() for pattern in (_STORM_NAMED, _STORM_GLUED) for m in pattern.finditer(text)
    )


def storm_name(text: str, f: Found) -> bool:
    """A PERSON finding that is a storm's name, starts with the storm word or is glued to it, or
    is the name the text gives a storm elsewhere ("Hurricane Sandy … before Sandy even had a
    chance")."""
    if f.entity != "PERSON":
        return False
    value = text[f.start : f.end]
    if _STORM.search(text[max(0, f.start - 30) : f.start]) or _STORM_START.match(value):
        return True
    if _STORM_GLUED.fullmatch(value):
        return True
    return value.lower() in _storm_names(text)


# Time-zone abbreviations are capitalised words next to names ("Sam Okafor, due 01:13 UTC"):
# never a name. zoneinfo knows the canonical ones; the rest are the common daylight variants.
_ZONES = frozenset(
    {z.upper() for z in zoneinfo.available_timezones() if "/" not in z and z.isalpha() and z.isupper()}
    | {"BST", "CEST", "EEST", "WEST", "EDT", "CDT", "MDT", "PDT", "AEST", "AEDT", "IST", "JST", "KST", "SGT"}
)
# A code identifier is never a name: CamelCase with two or more inner capitals ("HighLoginFailureRate",
# a monitoring rule's name) or snake_case. Names keep one inner capital ("McDonald", "DeShawn").
_IDENTIFIER = re.compile(r"^(?:[A-Z]?[a-z]+(?:[A-Z][a-z0-9]*){2,}|\w*[A-Za-z]_\w+)$")


@functools.lru_cache(maxsize=65536)
def _not_a_name_word(word: str) -> bool:
    bare = word.strip(".,;:()[]\"'")
    return any(c.isdigit() for c in word) or bare in _ZONES or bool(_IDENTIFIER.match(bare))


def trimmed(text: str, f: Found) -> Found | None:
    """A name finding without the words at its ends that no name holds (a time, a time zone, a
    code identifier); None when nothing is left."""
    if f.entity != "PERSON":
        return f
    words = [m for m in _WORD.finditer(text, f.start, f.end)]
    keep = [m for m in words if not _not_a_name_word(m.group())]
    # a role before the name ("Employee Piero Torres", "Manager R. Quispe"): the name starts after it
    while len(keep) > 1 and keep[0].group().lower() in ROLE_NOUNS and keep[0].group()[:1].isupper():
        keep = keep[1:]
    if not keep:
        return None
    if len(keep) == len(words):
        return f
    return Found(keep[0].start(), keep[-1].end(), f.entity, f.score)


def _name_shaped(tokens: list[Token], lexicon: Lexicon) -> bool:
    """Is an NER ORG/PRODUCT/place span really a person? Only without company words, with every
    word capitalised, and with a rare name in it or a given name + surname."""
    words = [t.text for t in tokens if not t.is_punct]
    if not words or len(words) > 4 or any(not NAME_TOKEN.match(w) for w in words):
        return False
    if any(w.lower().strip(".") in ORG_WORDS for w in words):
        return False
    core = [w for w in words if w.lower() not in PARTICLES]
    if not core or not all(w[0].isupper() for w in core):
        return False
    if any(lexicon.is_rare_name(w) for w in core):
        return True
    pair = len(core) >= 2 and lexicon.is_first(core[0]) and lexicon.is_last(core[-1])
    return pair and not all(lexicon.is_common(w) for w in core)


_VERBISH = re.compile(
    r"^\s*(?:[:,]|is\b|was\b|has\b|had\b|said\b|says\b|told\b|asked\b|and\b|will\b|would\b|"
    r"called\b|wrote\b|here\b|lives\b|from\b|shouted\b)"
)
# What only a person does: after it, even an unknown word that NER calls a company is a person
# ("Tomomi is from Hawkins, Richardson and Santana", "Timotea lives on Via dei Fiorentini 17").
_PERSON_VERB = re.compile(
    r"^\s+(?:lives|lived|is from|was born|grew up|moved to|"
    # a missing-person appeal and its update; a pupil and their class
    r"has been found|was found|is missing|went missing|has gone missing|was last seen|is safe|is home|"
    # staff and suspects: what is said of a person, never of a company
    r"was (?:very |so |really )?rude|was on (?:shift|duty)|is on (?:leave|shift|duty)|was off sick|"
    r"was cautioned|was arrested|passed away|"
    # an account's owner: what a user does, never a company
    r"logged in|logged on|signed in|"
    # a meeting's next step: who follows up ("• next: Rodel follows up by 5 Jan")
    r"follows up|followed up|will follow up|"
    # who is with someone or says something of a her or a him: never a company ("daniyar is with
    # her now", "now tebas says she passed it"; not "uber is at the door", "uber forgot it")
    r"is with (?:her|him|them|mum|mom|dad)|says (?:she|he)|said (?:she|he))\b"
    # a name and its job after a comma ("from Temitope Oyelaran, reporter at …")
    r"|^,[ \t]+(?:a[ \t]+|the[ \t]+|our[ \t]+)?(?:reporter|journalist|correspondent|editor|spokesperson|spokesman|"
    r"spokeswoman|founder|co-founder|director|ceo|cfo|cto|coo|chairman|chairwoman|president|manager|"
    r"engineer|nurse|doctor|teacher|student|resident|homeowner|lawyer|attorney|solicitor)\b"
    r"|^\s*\((?:\d{1,2}(?:st|nd|rd|th)\s+grade|grade\s+\d{1,2}|year\s+\d{1,2}|class\s+\w{1,4}|"
    r"p\d|primary\s+\d|y\d{1,2}|gr\.?\s*\d{1,2}|"
    # the class in other languages: "(7.º ano)", "(třída 2.A)", "(Klasse 4b)", "(5e année)"
    r"\d{1,2}\.?\s?[ºª°oae]?\s+(?:ano|año|anno|année|klasse|classe|sınıf|sinif|kelas|razred|osztály)|"
    r"(?:třída|trieda|klasse|classe|clase|curso|kelas|sınıf|sinif|razred|klasa|form|std\.?|standard)\s+"
    r"\d{1,2}(?:\.?\s?[A-Za-z])?)\)",
    re.IGNORECASE,
)


def _capitalised_runs(
    text: str,
    tokens: list[Token],
    lexicon: Lexicon,
    places: list[tuple[int, int]],
    orgs: list[tuple[int, int]],
    *,
    foreign: bool = False,
) -> Iterator[Found]:
    """Runs of capitalised words that hold a name: a gazetteer's, a given name and a surname, an
    initial, or (in an English text: `foreign` is another language's) only words no English
    vocabulary holds."""
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if not (tok.text[:1].isupper() and NAME_TOKEN.match(tok.text)):
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and j - i < 5:
            t = tokens[j]
            if (t.text[:1].isupper() and NAME_TOKEN.match(t.text)) or (
                t.lower_ in PARTICLES and j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper()
            ):
                j += 1
            else:
                break
        run = tokens[i:j]
        i = j
        while run and run[0].lower_.rstrip(".") in TITLES | {"cc", "hi", "hey", "dear", "thanks"}:
            run = run[1:]
        # "The Mall will not open", "Our Platinum card": an article or a possessive before one
        # English word opens a noun's phrase
        if len(run) == 2 and run[0].lower_ in _ENGLISH_DETERMINERS and lexicon.is_english(run[1].text):
            continue
        if not run:
            continue
        start, end = run[0].idx, run[-1].idx + len(cjk.latin_head(run[-1].text))
        after = text[end:]
        sign_off = len(run) == 1 and _SIGN_OFF.match(after) and re.search(r"[.!?\n—–-]\s*$", text[:start])
        if sign_off and not lexicon.is_common(run[0].text) and run[0].lower_ not in ORG_WORDS:
            yield Found(start, end, "PERSON")  # a sign-off: "... if you need ID. Tunde"
            continue
        person_verb = _PERSON_VERB.match(after)
        if (
            len(run) == 1
            and person_verb
            and lexicon.could_be_name(run[0].text)
            and not lexicon.is_common(run[0].text)
            and run[0].lower_ not in ORG_WORDS
        ):
            yield Found(start, end, "PERSON")  # "Mariama has been found safe": whatever NER calls it
            continue
        # a place NER is sure of, unless what follows is only said of a person ("Dakota Delacroix
        # logged in from …")
        if _overlaps((start, end), places) and not _has_initial(run) and not person_verb:
            continue
        words = [cjk.latin_head(t.text).rstrip(".") for t in run if t.lower_ not in PARTICLES]
        words = [w for w in words if len(w) > 1]
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
            pair = lexicon.is_first(words[0]) and lexicon.is_last(words[-1])
            if (
                names
                or pair
                or _has_initial(run)
                or (not foreign and len(unknown) == len(words))
                or (not foreign and unknown and _particle_inside(run))
            ):
                yield Found(start, end, "PERSON")
        # One word: a sentence opens with a capital anyway, so there the word must not be
        # English, or a verb must follow ("Scott is ...").
        # A form's label that is also a surname somewhere is no speaker: "Date:", "Case:".
        elif (
            names
            and (not in_org or lexicon.is_first(words[0]))
            and (not sentence_start or not lexicon.is_english(words[0]) or _VERBISH.match(after))
            and not form_label(words[0], after, lexicon)
        ) or (not lexicon.is_english(words[0]) and _PERSON_VERB.match(after)):
            yield Found(start, end, "PERSON")


def _lower_person_verbs(text: str, tokens: list[Token], lexicon: Lexicon) -> Iterator[Found]:
    """A lower-case word no language list knows before what only a person does, with the
    like word before it ("dipendra has been found safe", "gantulga batbayar is home")."""
    for t in tokens:
        if not _lower_foreign(t, lexicon) or not _PERSON_VERB.match(text[t.idx + len(t.text) :]):
            continue
        before = t.doc[t.i - 1].lower_ if t.i > 0 else ""
        if before not in _CONJUNCTIONS and (
            lexicon.is_function_word(before) or before in _ENGLISH_DETERMINERS
        ):
            continue  # a noun after an article is no name: "el perro is missing", "la casa"
        start = t.idx
        if t.i > 0 and _lower_foreign(prev := t.doc[t.i - 1], lexicon) and prev.whitespace_ == " ":
            start = prev.idx
        yield Found(start, t.idx + len(t.text), "PERSON")


_CONJUNCTIONS = frozenset({"and", "y", "e", "et", "und", "en", "og", "och", "i", "ve", "dan", "si", "și"})
_ENGLISH_DETERMINERS = frozenset(
    {"the", "a", "an", "my", "our", "your", "his", "her", "their", "this", "that"}
)


def _lower_foreign(t: Token, lexicon: Lexicon) -> bool:
    """A lower-case word of letters no English list holds and no language's function word."""
    return t.is_lower and t.is_alpha and foreign(t, lexicon) and not lexicon.is_function_word(t.text)


def _particle_inside(run: list[Token]) -> bool:
    """A particle between capitalised words: "Willemine ten Pas", "Anna van der Berg"."""
    inner = run[1:-1]
    return any(t.lower_ in PARTICLES and t.is_lower for t in inner)


_SIGN_OFF = re.compile(r"^[\s.!]*$")


def _has_initial(run: list[Token]) -> bool:
    """A middle initial between two capitalised words ("Szabina J Gelencsér", "Faina D. Yefremova")."""
    inner = run[1:-1]
    return len(run) >= 3 and any(len(t.text.rstrip(".")) == 1 and t.text[0].isupper() for t in inner)


_GLUED_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]+)[-‐‑]$")
_HYPHENATED = re.compile(r"(?:[-‐‑][^\W\d_]+)+")  # "Hauta" + "-aho", "Smith" + "-Jones"
_NEXT_NAME = re.compile(
    r"(?:\s+(?:[A-Z]\.?|(?i:" + "|".join(sorted(PARTICLES)) + r")\.?))*\s+([A-ZÀ-ÞŁŚŻŹĆŃÓ][\w'’-]+)"
)
# A patronymic joins the names on both sides: "Malar a/p Krishnan", "Hidayah binti Hassan".
_PATRONYMIC_BEFORE = re.compile(
    r"(?<![\w'’-])([^\W\d_][\w'’-]*)\s+(?i:" + "|".join(sorted(PATRONYMICS)) + r")\.?\s+$"
)


_COMMA_GIVEN = re.compile(r",[ \t]+([A-Z][\w'’-]+)(?![\w'’-])")


def _extended(text: str, found: list[Found], lexicon: Lexicon) -> list[Found]:
    """A found name takes the capitalised surname(s) after it ("Lucía Ruiz" + " de la Torre")."""
    out = []
    for f in found:
        if f.entity == "PERSON":
            start, end = f.start, f.end
            # NER's name without the given name glued before it: "ji-" + "ho jeong".
            glued = _GLUED_BEFORE.search(text, max(0, start - 20), start)
            if glued and (lexicon.is_name(glued.group(1)) or not lexicon.is_english(glued.group(1))):
                start = glued.start()
            patronymic = _PATRONYMIC_BEFORE.search(text, max(0, start - 40), start)
            if patronymic and patronymic.group(1).lower() not in ORG_WORDS | PARTICLES:
                start = patronymic.start(1)
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
            end = extended_lower(text, start, end, lexicon)
            # a surname written first and its given name after a comma ("… stated that Botha,
            # Zanele had …"): a given name the gazetteer knows that is no English word
            given = _COMMA_GIVEN.match(text, end)
            if given and lexicon.is_first(given.group(1)) and not lexicon.is_english(given.group(1)):
                end = given.end(1)
            f = Found(start, end, f.entity, f.score)
        out.append(f)
    return out


# The full name in brackets after a name: "I am Mr. Al-Anazi (Sultan Al-Anazi)", "Ms Koh (Joanne)".
_BRACKETED = re.compile(
    r"[ \t]*\([ \t]*([A-ZÀ-ÞŁŚŻŹĆŃÓ][\w'’-]+(?:[ \t]+[A-ZÀ-ÞŁŚŻŹĆŃÓ][\w'’-]+){0,3})[ \t]*\)"
)


def _bracketed_after(text: str, found: list[Found], lexicon: Lexicon) -> Iterator[Found]:
    for f in found:
        if f.entity != "PERSON":
            continue
        m = _BRACKETED.match(text, f.end)
        if m is None:
            continue
        ws = m.group(1).split()
        if not any(
            lexicon.is_common(w) or w.lower() in ORG_WORDS or (w.isupper() and len(w) > 1) for w in ws
        ) and not all(
            lexicon.is_english(w) and not lexicon.is_name(w) for w in ws
        ):  # not "Ayla Brandt (CEO)", "Ana (Support)"
            yield Found(m.start(1), m.end(1), "PERSON")


def _line_parts(doc: Doc, ent: Span) -> list[Span]:
    """An entity, or its parts on each line: a name does not run on to the next line
    ("Tucumán\nVehicle: …", "Kunde;Betrag;Datum\nLena")."""
    if "\n" not in ent.text:
        return [ent]
    parts: list[Span] = []
    line: list[Token] = []
    for t in [*ent, None]:
        if t is None or "\n" in t.text:
            if line:
                span = doc.char_span(line[0].idx, line[-1].idx + len(line[-1].text), label=ent.label_)
                if span is not None:
                    parts.append(span)
            line = []
        elif not t.is_space:
            line.append(t)
    return parts


_WORD = re.compile(r"\w+")  # also `trimmed`'s words: "01:13" is two, each with digits


def _repeated(text: str, found: list[Found], lexicon: Lexicon, *, rare_only: bool = False) -> Iterator[Found]:
    """Every other mention of a word of a found name: a rare name in any case, an English word
    ("Hunter") only as written (`rare_only`: never; and never a handle's or hashtag's word)."""
    exact: set[str] = set()
    any_case: set[str] = set()
    for f in found:
        if f.entity == "PERSON":
            for w in re.findall(r"[^\W\d_]{3,}", text[f.start : f.end]):
                if w.lower() not in PARTICLES and w.lower() not in TITLES:
                    if not lexicon.is_english(w):
                        any_case.add(w.lower())
                    elif not rare_only:
                        exact.add(w)
    if not (exact or any_case):
        return
    for m in _WORD.finditer(text):
        w = m.group(0)
        if rare_only and text[max(0, m.start() - 1) : m.start()] in ("@", "#"):
            continue
        if w in exact or w.lower() in any_case:
            yield Found(m.start(), m.end(), "PERSON")


# Scripts whose names are written as given name + surname with a space and have no capital
# letters to tell a name: Thai, the Indic scripts, Sinhala, Georgian, Armenian, Ethiopic.
_SPACED_LETTERS = "\u0e00-\u0e7f\u0900-\u0dff\u10a0-\u10ff\u0530-\u058f\u1200-\u137f"
_SPACED_SCRIPT = re.compile(f"[{_SPACED_LETTERS}]+")
# The word just before a name on its line: "Mei-ling" + "Wu", "Tamer" + "Haddad".
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]*)[ \t]+$")


# "Md." and its kin write Muhammad before a name ("Md. Rafiqul Sarkar", "Mohd Faiz").
_GIVEN_ABBREVIATION = re.compile(r"(?<![\w.])(?:Md|Mohd|Muhd|Mhd)\.?[ \t]+$", re.IGNORECASE)
# The particles of a surname, written in lower case before it.
# ("do", "la", "le" are left out: "do Apple still carry …", "à la Carte")
_SURNAME_PARTICLES = words("da de del della di dos das du van von der den ter ten al el")
# Words said before a name that are no given name: greetings and texting shorthand.
_NOT_GIVEN = words("pls plz thx tnx hola bonjour salut ciao hallo oi ola namaste salaam") | CHAT_WORDS


def _given_before(text: str, f: Found, lexicon: Lexicon, *, foreign: bool = False) -> int:
    """Where a name starts once the given name written before it is counted: a gazetteer name
    that is not an everyday word (a lower-case one only when it is no English word either), a
    word no English, everyday or function word in the name's own case when that is all lower
    case or all capitals ("yonela ntshona", "KANYA KITTISAK"; in a `foreign` text, where "no
    English word" is no evidence, a name the gazetteer knows: "i figli giulia romano" starts at
    "giulia"), "Md." before it, or a surname's lower-case particles ("da Silva")."""
    abbreviation = _GIVEN_ABBREVIATION.search(text, max(0, f.start - 8), f.start)
    if abbreviation:
        return abbreviation.start()
    m = _WORD_BEFORE.search(text, max(0, f.start - 30), f.start)
    if m is None or text[max(0, m.start(1) - 1) : m.start(1)] in ("@", "#"):
        return f.start
    word = m.group(1)
    if (
        _SPACED_SCRIPT.fullmatch(word)
        and _SPACED_SCRIPT.match(text, f.start)
        and not SCRIPT_TITLE.fullmatch(word)
        and word not in SCRIPT_NOT_NAMES
        # a whole word: `\w` stops at a vowel sign, and "नाम" read as "ना" + "म" gave "म" a name
        and not (m.start(1) and _SPACED_SCRIPT.match(text, m.start(1) - 1))
    ):
        return m.start(1)  # "สมชาย" + "แซ่ตั้ง", "லட்சுமி" + "கிருஷ்ணன்": both in the same kind of script
    parts = [w for w in re.split(r"[-‐‑]", word) if w]
    if word in _SURNAME_PARTICLES and text[f.start : f.start + 1].isupper():
        # a surname's particle goes with it, and so does one more ("Sr. da Silva", "de la Cruz")
        before = _WORD_BEFORE.search(text, max(0, m.start(1) - 12), m.start(1))
        return before.start(1) if before and before.group(1) in _SURNAME_PARTICLES else m.start(1)
    if not parts or word.lower() in TITLES or word.lower() in PARTICLES or lexicon.is_common(word):
        return f.start
    if (
        word[0].isupper()
        and not word.isupper()
        and not lexicon.is_english(word)
        and all(lexicon.is_first(w) and not lexicon.is_common(w) for w in parts)
    ):
        return m.start(1)
    if all(lexicon.is_rare_name(w) for w in parts):
        return m.start(1)
    name = text[f.start : f.end]
    same_case = (word.islower() and name.islower()) or (word.isupper() and name.isupper() and len(word) >= 3)
    if (
        same_case
        and len(word) >= 3
        and word.isalpha()
        and word.lower() not in _NOT_GIVEN | ORG_WORDS
        and not lexicon.is_english(word)
        and not lexicon.is_function_word(word)
        and (not foreign or lexicon.is_name(word))
        and not CUE.search(text, max(0, m.end(1) - 24), m.end(1))  # "CUST ▮", "ako si ▮": the cue is no name
    ):
        return m.start(1)
    return f.start


# A surname written first at the start of a line, then a comma and the given name: an obituary
# ("MOKOENA, Zanele — peacefully …"), a roster or a table cell ("| al-Emadi, Noora |").
_SURNAME_FIRST = re.compile(
    r"(?:^|(?<=\n))[ \t>*•|\d.)-]*?(?<![\w'’-])([^\W\d_][\w'’-]+),[ \t]+$|\|[ \t]*([^\W\d_][\w'’-]+),[ \t]+$"
    # … or after an item's number inside a line ("standby list: 1. RAZA, Asad 2. QURESHI, Amna")
    r"|[ \t]\d{1,2}[.)][ \t]+([^\W\d_][\w'’-]+),[ \t]+$"
)


def _surname_first(text: str, f: Found, lexicon: Lexicon) -> int:
    """Where a given name found at a line's start after "SURNAME, " starts once the surname is
    counted: a word in capitals (in a text that is not all capitals) or a surname the gazetteer
    knows that is no everyday word."""
    line_start = text.rfind("\n", 0, f.start) + 1
    m = _SURNAME_FIRST.search(text, line_start, f.start)
    if m is None:
        return f.start
    word = m.group(1) or m.group(2) or m.group(3)
    start = m.start(1) if m.group(1) else m.start(2) if m.group(2) else m.start(3)
    if word.lower() in TITLES or lexicon.is_common(word) or lexicon.is_function_word(word):
        return f.start
    capitals = word.isupper() and len(word) >= 2 and text != text.upper()
    if capitals or (
        all(lexicon.is_last(w) for w in word.split("-") if len(w) > 2) and not lexicon.is_english(word)
    ):
        return start
    return f.start


def _within_sentence(text: str, before: list[Found], after: list[Found]) -> list[Found]:
    """Each grown name, or the name as it was where growing crossed a sentence's end or a line
    ("left on Mass Ave." + " Bomb squad")."""
    out = []
    for b, a in zip(before, after, strict=True):
        grown = text[a.start : b.start + 1] + text[max(b.start, b.end - 1) : a.end]
        out.append(b if re.search(r"[.!?…]\s|\n", grown) else a)
    return out


_SCRIPT_WORD_AFTER = re.compile(f"[ \t]+([{_SPACED_LETTERS}]+)")


def _script_surname_after(text: str, f: Found) -> Found:
    """A name in a script without capitals takes the word after it in the same kind of script
    ("ศิริพร" + " ศรีสุข", "லட்சுமி" + " கிருஷ்ணன்"); an Arabic name, a family name with its
    article after it ("تامر" + " القضاة"; not "الآن", "now")."""
    if f.entity != "PERSON":
        return f
    if _ARABIC_LETTER.match(text, max(f.start, f.end - 1)):
        m = _ARABIC_FAMILY_AFTER.match(text, f.end)
        return (
            Found(f.start, m.end(1), f.entity, f.score) if m and m.group(1) not in _ARABIC_NOT_FAMILY else f
        )
    if not _SPACED_SCRIPT.search(text, max(f.start, f.end - 1), f.end):
        return f
    m = _SCRIPT_WORD_AFTER.match(text, f.end)
    if not m or m.group(1).rstrip("।॥") in SCRIPT_NOT_NAMES:  # "अंजलि" + " है।": the verb and a danda
        return f
    return Found(f.start, m.start(1) + len(m.group(1).rstrip("।॥")), f.entity, f.score)


_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_ARABIC_FAMILY_AFTER = re.compile("[ \t]+(ال[\u0621-\u064a\u0671-\u06d3]{2,})(?![\u0600-\u06ff])")
# words with the article that follow a name and are no family name: now, today, who, which,
# God, the hospital, the house, the street
_ARABIC_NOT_FAMILY = frozenset(
    {"الآن", "اليوم", "الذي", "التي", "الله", "المستشفى", "البيت", "الشارع", "المنزل", "الليلة", "الصباح"}
)


def completed(text: str, found: list[Found], lexicon: Lexicon) -> list[Found]:
    """What the rules do for their own names, done for names found elsewhere (the token layer):
    the given name before, a surname written first at a line's start ("KHAN, ▮"), the surname(s) after, hyphenated halves, and every other mention of a
    word of the name ("… collected by ▮. Please make sure Эрдэнэбат brings photo ID")."""
    names = [
        f
        for f in found
        if f.entity == "PERSON" and not any(c in "@#" for c in text[max(0, f.start - 1) : f.start + 1])
    ]
    if not names:
        return []
    names = [
        _script_surname_after(text, Found(_given_before(text, f, lexicon), f.end, f.entity, f.score))
        for f in names
    ]
    names = [Found(_surname_first(text, f, lexicon), f.end, f.entity, f.score) for f in names]
    names = _within_sentence(text, names, _extended(text, names, lexicon))
    again = list(_repeated(text, names, lexicon, rare_only=True))
    names.extend(_within_sentence(text, again, _extended(text, again, lexicon)))
    return [t for f in names if (t := trimmed(text, f)) is not None and not _in_a_date(text, t)]


_LOGIN_PIECE = re.compile(r"[^\W\d_]{3,}")


def login_mentions(text: str, found: list[Found], lexicon: Lexicon) -> list[Found]:
    """A name a found login spells, mentioned elsewhere in the text ("User sandeep.s locked out …
    Sandeep says it wasn't them", "@ngozi_eze … thanks Ngozi"): a piece of a login written with a
    dot, an underscore or a hyphen that a gazetteer knows as a name and that is no English,
    everyday or function word."""
    pieces: set[str] = set()
    logins = [(f.start, f.end) for f in found if f.entity == "USERNAME"]
    for start, end in logins:
        value = text[start:end]
        if not any(c in value for c in "._-"):
            continue
        words = [w.lower() for w in _LOGIN_PIECE.findall(value)]
        if any(w in ORG_WORDS for w in words):
            continue  # an organisation's account ("@ZARA_Care", "@Delta_Assist"): no one's name
        pieces.update(
            w
            for w in words
            if (lexicon.is_name(w) or lexicon.is_world_name(w))
            and not lexicon.is_english(w)
            and not lexicon.is_common(w)
            and not lexicon.is_function_word(w)
            and w not in CHAT_WORDS
        )
    if not pieces:
        return []
    out = []
    for m in _WORD.finditer(text):
        if m.group(0).lower() in pieces and not _overlaps(m.span(), logins):
            if text[max(0, m.start() - 1) : m.start()] in ("@", "#", ".", "_", "-", "/"):
                continue  # inside another handle, address or path
            if text[m.end() : m.end() + 1] in ("@", ".", "_") and text[m.end() + 1 : m.end() + 2].isalnum():
                continue
            out.append(Found(m.start(), m.end(), "PERSON"))
    return out


def _overlaps(span: tuple[int, int], ranges: list[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in ranges)
