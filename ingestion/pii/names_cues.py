"""Names found from the words before them: a cue ("my name is", "thanks", "our driver", "who
is", "according to", "To:", "escríbele a", "je m'appelle"), a job right before a capitalised name
("Driver Niran", "the teller Aigerim"), a line that opens with a name before
a colon or "here", and the other members of a list that holds a name or a handle ("cc Anna,
Joris and Femke", "@mika_r and liis", "Sipho or Naledi"). Used by `names.find`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ingestion.pii.lexicon import (
    CHAT_WORDS,
    MARKED_SCRIPT,
    ORG_WORDS,
    SCRIPT_LETTERS,
    SCRIPT_NOT_NAMES,
    TITLES,
    Lexicon,
    caseless,
    words,
)
from ingestion.pii.spans import Found

if TYPE_CHECKING:
    from spacy.tokens import Token

NAME_TOKEN = re.compile(
    rf"^[^\W\d_](?:[^\W\d_'’.-]|[{SCRIPT_LETTERS}])*(?:['’-](?:[^\W\d_]|[{SCRIPT_LETTERS}])+)*\.?$"
)

# People named by their role: "our driver Ciarán", "my landlord nuno".
_ROLES = (
    r"husband|wife|son|daughter|mother|mom|mum|father|dad|brother|sister|partner|friend|colleague|"
    r"boss|neighbour|neighbor|landlord|landlady|grandma|grandpa|uncle|aunt|cousin|kid|child|baby|"
    r"grandfather|grandmother|granny|grandad|granddad|stepmother|stepfather|"
    r"nephew|niece|fianc[ée]e?|girlfriend|boyfriend|roommate|flatmate|housemate|coworker|co-worker|"
    r"manager|grandson|granddaughter|stepson|stepdaughter|spouse|ex|driver|courier|postman|postwoman|"
    r"mailman|technician|engineer|nurse|doctor|dentist|lawyer|solicitor|accountant|tenant|client|"
    r"caller|teacher|tutor|coach|cleaner|plumber|electrician|carer|caregiver|broker|therapist"
)
# Staff named by their job after an article: "the coordinator, Palesa", "last agent (Tigist)".
_STAFF = (
    r"coordinator|pharmacist|agent|analyst|officer|clerk|cashier|receptionist|guard|adjuster|"
    r"planner|florist|rep|representative|supervisor|dispatcher|owner|advisor|adviser|consultant|"
    r"operator|attendant|steward|stewardess|concierge|inspector|surveyor|valuer|handler|teller|"
    r"banker|pilot|caretaker|janitor|warden|instructor|midwife|paramedic|member|conductor|host|hostess|"
    r"nanny|housekeeper|maid|mechanic|tailor|barber|watchman|gateman|askari|infirmier|infirmière|"
    # staff in Cyrillic ("вашият служител Петър ми обеща")
    r"служител|служителят|служителка|оператор|операторът|сотрудник|сотрудница|менеджер|курьер|куриер|"
    r"водитель|водач|техник|техникът|консультант|специалист|спеціаліст|працівник|" + _ROLES
)
# The same as plain words, and the roles a form or a record gives people: a name found with one of
# them before it ("Employee Piero Torres", "Manager R. Quispe", NER's reading of a record's line)
# starts after it (`names.trimmed`).
ROLE_NOUNS = frozenset(
    w
    for w in (
        _STAFF + "|customer|patient|passenger|resident|guest|visitor|employee|candidate|applicant|"
        "claimant|worker|installer|host|clinician|witness|invigilator|requester|reporter|assignee"
    ).split("|")
    if w.isalpha()
)
_HONORIFICS = (
    r"tante|tannie|oom|onkel|auntie|aunty|umm|chị|chú|bác|cô|d\.|dona|mama|baba|bibi|mzee|tita|tito|"
    r"kuya|ibu|bapak|kak|teta|tetka|tío|tía|tio|tia|ammi|abbu|papa|madamu|bwana|baji|didi|"
    r"тётя|тетя|дядя|تانت|طنط|مدام|خالة|خالتي|عمو|عمي|راسلوا|كلموا|اتصلوا ب"
)
# Kin and neighbours by the several ("my kids", "my friends" are followed by anything: "my kids
# Christmas", "my friends AA meeting")
_PLURAL_KIN = (
    r"neighbours|neighbors|grandparents|parents|in-laws|cousins|aunts|uncles|brothers|sisters|sons|"
    r"daughters|nephews|nieces|grandsons|granddaughters|roommates|flatmates|housemates"
)
_KIN_ADJECTIVES = r"elderly|old|older|new|late|dear|little|baby|younger|twin|big|step|two|three|poor|sick"
# Thanks in more languages (Swahili, Tagalog, Malay and Indonesian, Vietnamese, Turkish, Polish,
# the Nordic ones, Dutch, Arabic), and a post's or a letter's loving sign-off with its comma
# ("love, Sherif ✨", "hugs, jericho"): weak cues both.
_THANKS_AND_LOVE = (
    r"asante|asanteni|salamat|terima kasih|makasih|cảm ơn|teşekkürler|dziękuję|dzięki|tack|kiitos|takk|"
    r"bedankt|dank je|shukran|شكرا|(?:lots of |with |all my )?love,|hugs,|xoxo,|xo,"
)
# Whom a client, a patient or a chat is, or love goes to ("client is Ubah", "chat with Yola", "love
# to Nangula"): cues, weak ones (a capitalised everyday word after them names nobody)
_PERSON_SLOT = r"client is|customer is|patient is|tenant is|love to|chat with|chatting with|chatted with"
_CUE_WORDS = (
    r"my name is|my name's|name is|name:|names?:|(?<=, )name|(?<=\. )name|i'm|i am|im|this is|it's|signed|regards|cheers|thanks|i,|"
    r"thank you|thx|ty|best|sincerely|yours|customer:|requester:|from:|to:|attn:?|owner:|holder:|"
    r"assignee:|contact:|agent|advisor|cc:?|dear|hi|hello|hey|ask for|spoke to|spoke with|talked to|"
    r"called|named|mr\.?|mrs\.?|ms\.?|mx\.?|dr\.?|prof\.?|pani|paní|pán|panu|meneer|mevrouw|señor|señora|signora|senhor|senhora|"
    rf"(?:my|our|your|his|her|their) (?:{_ROLES}|guy)|"
    # … several of them, maybe with an age or a nearness before ("my elderly neighbours khalifa
    # al suwaidi & Shamma", "our grandparents Émilie Thompson & …")
    rf"(?:my|our|your|his|her|their) (?:(?:{_KIN_ADJECTIVES}) )?(?:{_PLURAL_KIN})|"
    rf"(?:my|our|your|his|her|their) (?:{_KIN_ADJECTIVES}) (?:{_ROLES})|"
    rf"{_THANKS_AND_LOVE}|"
    rf"(?:the|a|an|last|first|that|this|our|your|my|his|her|their) (?:[a-z]+ )?(?:{_STAFF})\s*[,(:]|"
    r"checked by|approved by|handled by|served by|served|processed by|note \(|"
    r"shout ?out to|kudos to|props to|big up|"
    r"(?:people|they|friends|everyone|everybody) call me|known as|aka|follow(?:ed)? up with|"
    rf"{_PERSON_SLOT}|"
    r"met with|meet with|meeting with|says|said|asked|replied|wrote|who is|who's|according to|"
    r"quote from|quoting|belongs to|on behalf of|signed by|assigned to|forward(?:ed)? to|reached|"
    r"ping|ask|tell|"
    # who to ask, ring or thank; bylines and form labels; the other person ("I'm A, not B")
    r"leave it with|left it with|verify with|check with|confirm with|ring|text|contact|thanks to|"
    r"congrats to|congratulations to|words by|edited by|written by|reported by|posted by|photo by|"
    r"photos by|story by|courier:|driver:|recipient:|not|in the name of|under the name(?: of)?|"
    r"in the matter of|"
    # Spanish, French, German, Italian, Portuguese, Dutch, Polish
    r"me llamo|se llama|soy|escr[íi]bele a|escr[íi]bele|llama a|ll[áa]mal[eao] a|habla con|"
    r"(?:mi|mis|tu|su) (?:hij[oa]|espos[oa]|marido|mujer|madre|padre|herman[oa]|novi[oa]|abuel[oa]|"
    r"t[íi][oa]|prim[oa]|sobrin[oa]|nieto|nieta|pareja|amig[oa]|vecin[oa]|jefe|jefa)|"
    r"a nombre de|au nom de|im namen von|a nome di|em nome de|"
    r"pregunta por|gracias|je m'appelle|je m’appelle|s'appelle|je suis|contactez|appelez|demandez|chez|"
    r"merci|ich bin|ich heiße|heißt|mein name ist|danke|mi chiamo|si chiama|sono|grazie|"
    r"meu nome é|chamo-me|obrigad[oa]|mijn naam is|ik ben|nazywam się|jestem|"
    # Afrikaans, Indonesian and Malay, Swahili, Tagalog, Turkish, Hindi and Urdu in Latin letters,
    # Vietnamese, Arabic and Persian: "my name is"
    r"my naam is|nama saya|nama aku|jina langu ni|ako si|ang pangalan ko ay|benim adım|adım|"
    r"mera naam|mera naam hai|tên tôi là|tên em là|tên mình là|tên là|اسمي|اسم من|اسمم|"
    # Korean: "my name is", "I am", "thank you" before a signed name
    r"제 이름은|내 이름은|저는|감사합니다|고맙습니다|"
    # a Mrs or Mr as Ethiopia writes them ("W/ro Bethlehem", "Ato Dawit")
    r"w/ro|w/t|ato|"
    # kin and respect before a name, as neighbours write them: "tante hannelore", "umm amal",
    # "chị Trang", "D. Carolina", "Mama Ngozi", "Mzee Juma", "tita Baby"; Arabic's aunt, madam,
    # "message …" and "call …" ("تانت كارلا", "مدام نادين", "راسلوا ريتا")
    rf"{_HONORIFICS}"
)
CUE = re.compile(rf"(?:^|(?<=[\s,(\"'“‘«]))(?:{_CUE_WORDS})[\s,:(-]*$", re.IGNORECASE)
# A family counted in a shelter's list: "Papa Mbuyi + wife Malis", "Aram & son Hayk" (looked for
# only in texts with a "+" or a "&").
_FAMILY_CUE = re.compile(
    r"(?:\+|&) ?(?:wife|husband|son|daughter|partner|mother|father|mum|mom|dad|brother|sister|baby)[\s,:(-]*$",
    re.IGNORECASE,
)
# Cues after which an everyday word is not a name: "this is ridiculous", "I'm unable", "ping
# me", "soy cliente".
_WEAK_CUES = re.compile(
    r"(?:i'm|i am|im|this is|it's|best|called|named|hi|hey|hello|thanks|ty|says|said|asked|replied|"
    r"wrote|(?:my|our|your|his|her|their) guy|" + _PERSON_SLOT + "|"
    r"reached|ping|ask|tell|ring|text|contact|thanks to|congrats to|congratulations to|not|"
    r"soy|gracias|je suis|merci|ich bin|danke|sono|grazie|obrigad[oa]|"
    r"ik ben|jestem|" + _THANKS_AND_LOVE + "|" + _HONORIFICS + r")[\s,:-]*$",
    re.I,
)


# Ranks and titles written capitalised before a surname: "Logged by Officer Esfahani", "Dott.ssa
# Ferrari", "Sgt. Mokoena" (only before a capitalised word: "the officer said" names nobody).
_RANK = re.compile(
    r"(?:^|(?<=[\s,(\"'“]))(?:Officer|Constable|PC|Sergeant|Sgt\.?|Detective|Det\.|Inspector|Insp\.|"
    r"Captain|Capt\.|Lieutenant|Lt\.|Nurse|Pastor|Reverend|Rev\.|Rabbi|Imam|Dott\.(?:ssa)?|Dott\.?ssa|"
    r"Sig\.(?:ra)?|Avv\.|Ing\.|Prof\.ssa|Dra\.|Sra\.|Srta\.|Engr\.|Atty\.|Miss|Madam|Mme\.?|Mlle\.?)\s+$"
)


# A job or a relation right before a capitalised word, with or without an article: "Driver Niran
# (rating 4.6)", "the teller Bethlehem was rude", "our nurse Aigerim". The word must be a name
# or no English word and no everyday one ("the driver App", "a nurse Today" name nobody).
_ROLE_BEFORE = re.compile(
    rf"(?:^|(?<=[\s,(\"'“]))(?:(?:the|a|an|our|your|my|his|her|their|that|this)\s+)?(?:{_STAFF})\s+$",
    re.IGNORECASE,
)
# ... in lower case only after an article or a possessive ("a neighbour abebe"; not "carrying
# child amid debris", where a preposition no word list holds follows the noun)
_DETERMINED = re.compile(r"(?i)\b(?:the|a|an|our|your|my|his|her|their)\s+(?:[a-z]+\s+)?\S+\s+$")
# A word of a script without capitals after a person's role in a text of Latin letters ("carer
# 민준 called", "Visitor 欣怡 (…)", "VIP 민준 called twice"): nothing but a name stands there;
# the customer's own roles count too, which before a capitalised word would take "customer Portal".
_PATRON_BEFORE = re.compile(
    r"(?:^|(?<=[\s,(\"'“]))(?:customer|client|visitor|guest|vip|member|patient|passenger|caller|"
    r"user|resident|tenant|claimant|complainant|applicant|requester|reporter|subscriber|insured|"
    r"policyholder|evacuee|casualty|victim|deceased)\s+$",
    re.IGNORECASE,
)


_GREETINGS = words(
    "hi hey hello hiya dear thanks thank_you ty "
    # greetings of other languages, and the answer to a salaam, before whom they greet in lower case
    "oi hola olá ola bonjour salut ciao hallo hoi hej alaikum alaykum jambo habari kumusta sawubona"
)
_GREETING = re.compile(
    r"(?:^|[\s,.!])(?:" + "|".join(g.replace("_", " ") for g in _GREETINGS) + r")[ \t,]*$", re.I
)
# each greeting's last word: the word before a greeted name (a cheap look before the pattern)
_GREETING_LAST = frozenset(g.split("_")[-1] for g in _GREETINGS)
_VOCATIVE_END = re.compile(r"[ \t]*[,!]")
_FILLER_AFTER = re.compile(r"[ \t]*,?[ \t]+(?:um+|uh+|erm|er|ah+|uhm)\b")


def after_cues(text: str, tokens: list[Token], lexicon: Lexicon) -> Iterator[Found]:
    families = "+" in text or "&" in text
    for i, tok in enumerate(tokens):
        if not NAME_TOKEN.match(tok.text) or (tok.is_stop and not tok.text[:1].isupper()):
            continue
        before = text[max(0, tok.idx - 24) : tok.idx]
        cue = (
            CUE.search(before)
            or (tok.text[:1].isupper() and _RANK.search(before))
            or (families and _FAMILY_CUE.search(before))
        )
        role = (
            not cue
            and (
                (
                    tok.text[:1].isupper()
                    and _ROLE_BEFORE.search(before)
                    and lexicon.could_be_name(tok.text)
                    and not lexicon.is_common(tok.text)
                )
                or (
                    caseless(tok.text)
                    and tok.text not in CASELESS_GREETINGS
                    and bool(_ROLE_BEFORE.search(before) or _PATRON_BEFORE.search(before))
                )
                # a job or relation before a lower-case given name the world gazetteer knows, no
                # English, everyday or function word ("a neighbour abebe tadesse pulled him")
                or (
                    tok.text.islower()
                    and bool(_ROLE_BEFORE.search(before))
                    and bool(_DETERMINED.search(before))
                    and lexicon.is_world_first(tok.text)
                    and not lexicon.is_english(tok.text)
                    and not lexicon.is_common(tok.text)
                    and not lexicon.is_function_word(tok.text)
                )
                # a customer's given name the world gazetteer knows, no English word ("Customer Palesa
                # 072…"; "customer Portal" stays)
                or (
                    tok.text[:1].isupper()
                    and bool(_PATRON_BEFORE.search(before))
                    and lexicon.is_world_first(tok.text)
                    and not lexicon.is_english(tok.text)
                )
            )
        )
        # (the word before, or before its comma, a greeting's last word: a cheap look first)
        prev = tokens[i - 1].lower_ if i else ""
        if prev == "," and i > 1:
            prev = tokens[i - 2].lower_
        greeted = tok.is_lower and prev in _GREETING_LAST and bool(_GREETING.search(before))
        if not cue and not role and not greeted:
            continue
        # a greeting no cue list holds ("oi wellington ,") is weak; "dear" stays a strong cue
        weak = bool(_WEAK_CUES.search(before)) or bool(role) or (greeted and not cue)
        # a transcribed call: "hey it's tyler um the courier …" — the word a caller says their name
        # with, a filler after it: a name, or a word no vocabulary knows
        if (
            weak
            and not tok.text[:1].isupper()
            and _FILLER_AFTER.match(text, tok.idx + len(tok.text))
            and not (lexicon.is_common(tok.text) or tok.is_stop)
            and (lexicon.is_name(tok.text) or not lexicon.is_english(tok.text))
        ):
            yield Found(tok.idx, tok.idx + len(tok.text), "PERSON")
            continue
        # a lower-case word greeted ("hi azamat, your card …"): a name when no language knows it
        if (
            weak
            and greeted
            and (
                _VOCATIVE_END.match(text, tok.idx + len(tok.text))
                # without a comma, a given name of Faker's lists ("hey oliver its been 6 months")
                or (lexicon.is_first(tok.text) and tok.lower_ not in CHAT_WORDS)
            )
            and len(tok.text) >= 3
            and not (tok.is_stop or lexicon.is_common(tok.text) or lexicon.is_function_word(tok.text))
            # a word no language knows, or a given name that is an English word too ("hi tyler,")
            and (not lexicon.is_english(tok.text) or lexicon.is_first(tok.text))
        ):
            yield Found(tok.idx, tok.idx + len(tok.text), "PERSON")
            continue
        if not cue and not role:
            continue  # greeted, but no name
        taken: list[Token] = []
        for t in tokens[i : i + 3]:
            if (
                not NAME_TOKEN.match(t.text)
                or t.lower_ in ORG_WORDS
                or not _cue_word_ok(t, lexicon, weak=weak)
            ):
                break
            if taken and taken[0].text[:1].isupper() and not t.text[:1].isupper():
                break  # a capitalised name ends at a lower-case word ("a Lerato al teléfono")
            taken.append(t)
        if taken:
            yield Found(taken[0].idx, taken[-1].idx + len(taken[-1].text), "PERSON")


# Greetings of scripts without capitals, which a cue's "the next word is a name" would take.
CASELESS_GREETINGS = frozenset(
    {
        "안녕하세요",
        "안녕하십니까",
        "안녕",
        "您好",
        "你好",
        "こんにちは",
        "もしもし",
        "مرحبا",
        "السلام",
        "שלום",
        "नमस्ते",
        "नमस्कार",
        "สวัสดี",
        "สวัสดีครับ",
        "สวัสดีค่ะ",
    }
)


def _cue_word_ok(t: Token, lexicon: Lexicon, *, weak: bool) -> bool:
    """Is a word after a cue part of a name? Capitalised: after a strong cue ("Regards, Grace
    Young") always, after a weak one ("this is", "hi") unless an everyday word ("this is Awful").
    Lower case: a name or a non-English word ("my name is siiri"), only a rare name after a weak
    cue ("thanks unai", not "thanks again")."""
    # shouted ("IM GOING TO EXPLODE", "HI JOHN"): capitals say nothing, an English word that is
    # no name is none
    shouted = len(t.text) > 1 and t.text.isupper() and t.i > 0 and t.doc[t.i - 1].text.isupper()
    if shouted and lexicon.is_english(t.lower_) and not lexicon.is_name(t.text):
        return False
    first = t.text[:1]
    if t.text in CASELESS_GREETINGS or t.text in SCRIPT_NOT_NAMES:
        return False  # "Customer: 안녕하세요, 정하은입니다": a greeting, then the name
    if MARKED_SCRIPT.match(t.text):
        # Thai and the Indic scripts: a word after a cue is as often a sentence ("Cust said:
        # मेरा पार्सल …"); a name the gazetteer knows only
        return lexicon.is_name(t.text)
    if first.isupper() or caseless(t.text):  # capitals, or a script without case
        if not weak:
            return lexicon.is_name(t.text) or not t.is_stop  # "your brother, I talked"
        return lexicon.is_name(t.text) or not (lexicon.is_common(t.lower_) or t.is_stop)
    if weak:
        # a rare name, or a given name of the world gazetteer no vocabulary knows ("tante
        # hannelore", "text zuhura")
        return lexicon.is_rare_name(t.text) or (
            t.i > 0
            and bool(t.doc[t.i - 1].whitespace_)  # "Bring hi-vis" is no greeting
            and lexicon.is_world_first(t.text)
            and not lexicon.is_english(t.lower_)
            and not lexicon.is_function_word(t.text)
            and t.lower_ not in CHAT_WORDS
        )
    if t.lower_ in _NAMELIKE_VERBS:
        return False  # "my husband said the package …": Said is a name, "said" a verb
    return lexicon.is_name(t.text) or not (lexicon.is_english(t.lower_) or t.is_stop)


# Verbs in lower case that some list also holds as a given name: after "my husband" or "our
# driver" they say what the person did.
_NAMELIKE_VERBS = words(
    "said says saw met won ran rang sang sent kept led paid laid lost left came went got gave took made"
)


# A signature: one to three words after a dash that end the text ("… nobody picks up. — rizky",
# "- eneko etxebarria arrieta").
_SIGNATURE = re.compile(r"(?:^|\s)[—–-]\s*([^\W\d_][\w'’-]*\.?(?:\s+[^\W\d_][\w'’]*\.?){0,2})\s*$")


_NOT_SIGNERS = words("""
    january february march april may june july august september october november december summer
    spring autumn winter love peace will thanks cheers regards best
""")


# ... and a line of a thread signed with a dash glued to a name ("u got it? im boarding lol
# -Funmilayo", "… -سناء"): a name somewhere in the world, or one in a script other than Latin.
_LINE_SIGNATURE = re.compile(r"(?<=[ \t])-(?P<name>[^\W\d_][\w'’]{1,30})[ \t]*$", re.MULTILINE)
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ɏḀ-ỿ'’]+")


def signature(text: str, lexicon: Lexicon) -> Iterator[Found]:
    """The name a text is signed with after a dash, when its words are names or no English words
    ("— An V.", "— rizky"; not "— resolved", "— Auto-resolved", "— Northwind")."""
    if "\n" in text and " -" in text:
        for line in _LINE_SIGNATURE.finditer(text):
            name = line.group("name")
            latin = _LATIN_WORD.fullmatch(name) is not None
            if (latin and lexicon.is_world_name(name) and not lexicon.is_common(name)) or (
                not latin and name not in SCRIPT_NOT_NAMES
            ):
                yield Found(line.start("name"), line.end("name"), "PERSON")
    m = _SIGNATURE.search(text)
    if not m:
        return
    words = [w.rstrip(".") for w in m.group(1).split()]
    if any(w.lower() in ORG_WORDS or "-" in w for w in words):
        return
    # a given name leads a full name whose surname may be a word ("— FAISAL BUTT"), and so does
    # an initial ("- T. MacLeod", "- L. Washington")
    given = len(words) >= 2 and lexicon.is_first(words[0]) and not lexicon.is_common(words[0])
    initial = (
        len(words) == 2
        and len(words[0]) == 1
        and m.group(1).split()[0].endswith(".")
        and words[1][:1].isupper()
        and not lexicon.is_common(words[1])
    )
    # one capitalised given name, an everyday word too ("- Mark", "— Hope"); not a month or a season
    alone = (
        len(words) == 1
        and words[0][:1].isupper()
        and lexicon.is_first(words[0])
        and words[0].lower() not in _NOT_SIGNERS
    )
    if (
        given
        or initial
        or alone
        or all(
            (lexicon.is_name(w) and not lexicon.is_common(w)) or not lexicon.is_english(w) or len(w) == 1
            for w in words
        )
    ):
        yield Found(m.start(1), m.end(1), "PERSON")


# A letter opened with "Dear X" and signed on its last line with a name alone ("…\n\nBeat",
# "…\nKind regards,\nAroha Ngata"): that line is the signer, whatever its words mean.
_LETTER = re.compile(r"^\s*(?:dear|hi|hello|hey|good (?:morning|afternoon|evening))\b", re.I)
_LAST_LINE = re.compile(r"\n[ \t]*([A-ZÀ-ÞŁŚŻŹĆŃÓ][\w'’.-]*(?:[ \t]+[A-ZÀ-ÞŁŚŻŹĆŃÓ][\w'’.-]*){0,2})[ \t]*\Z")
_CLOSINGS = words("""
    thanks thank regards best cheers sincerely yours faithfully cordially warmly respectfully
    love xo xoxo team support customer service management
""")


def letter_signer(text: str) -> Iterator[Found]:
    if not _LETTER.match(text):
        return
    m = _LAST_LINE.search(text.rstrip())
    if m and not any(w.lower().rstrip(".") in _CLOSINGS | ORG_WORDS for w in m.group(1).split()):
        yield Found(m.start(1), m.end(1), "PERSON")


_OPENER = re.compile(r"(?:^|\n)[\s>*-]*([^\W\d_][\w'’-]*)(?=\s*:|\s+here\b)", re.IGNORECASE)


# What a post or a note labels its own lines with, though a name list holds the word ("edit:" —
# Edit is a Hungarian given name —, "update:", "note:").
_POST_LABELS = words("edit edited update updated note ps fyi eta tldr tl;dr source via reply re fwd")
# A note's or a record's label in any case ("Todo:", "FIXME:", "DLN:", "CB:"; not "RP:", a reporting
# party's, whose value follows); the keys of pasted records (vCard, LDIF, HL7 segments)
_NOTE_LABELS = words(
    "todo fixme tbd tba fyi nb ps eta tldr dln dob doa cb pnr ref re fwd "
    "fn org adr tel begin end version uid rev cn sn dn ou objectclass msh pid nk1 pv1 obx evn"
)


def form_label(word: str, after: str, lexicon: Lexicon) -> bool:
    """A word before a colon that is a form's label, though some surname list holds it: an
    English word and no given name ("Date:", "Case:"; not "Mika:", "Grace:"), or a post's own
    label in lower case ("edit:")."""
    if not after.lstrip().startswith(":"):
        return False
    return (
        (lexicon.is_english(word) and not lexicon.is_first(word))
        or (word.islower() and word in _POST_LABELS)
        or word.lower() in _NOTE_LABELS
    )


def line_openers(text: str, lexicon: Lexicon) -> Iterator[Found]:
    """A name opening a line before a colon or "here": dialogue ("Mika: who are you?"),
    self-introductions ("lieke here - ..."). Labels such as "Phone:" or "Date:" are English words
    and no given names."""
    for m in _OPENER.finditer(text):
        word = m.group(1)
        here = not text[m.end(1) :].lstrip().startswith(":")
        if form_label(word, text[m.end(1) :], lexicon):
            continue
        if (
            (lexicon.is_name(word) and not lexicon.is_common(word))
            or (word[0].isupper() and not lexicon.is_english(word) and word.lower() not in ORG_WORDS)
            or (here and not lexicon.is_common(word))
        ):
            yield Found(m.start(1), m.end(1), "PERSON")


# "A, B and C", "A or B" in the languages of the cues.
_CONJUNCTIONS = r"and|&|und|et|y|e|og|och|ja|or|oder|ou|o|eller|tai|lub"
# (on one line: "Dear Samuel,\n\nThe boiler …" is no list; "A instead of B", "A, not B" are)
_LIST_ITEM = re.compile(rf"(?:[,;][ \t]*|[ \t]+(?:{_CONJUNCTIONS})[ \t]+|,[ \t]*(?:and|or|&)[ \t]+)$")
_LIST_TAIL = re.compile(
    rf"([,;][ \t]*|[ \t]+(?:{_CONJUNCTIONS}|instead of|rather than)[ \t]+|,[ \t]*(?:and|or|&|not)[ \t]+)"
)
_ITEM = re.compile(r"[^\W\d_][\w'’-]*(?:[ \t]+[A-ZÀ-ÞŁŚŻŹĆŃÓ][\w'’-]*){0,2}")  # on one line


def list_members(
    text: str, found: list[Found], lexicon: Lexicon, places: list[tuple[int, int]]
) -> Iterator[Found]:
    """Items of "A, B and C" next to a found name are names too, when they look like one; the
    item after a handle too ("@mika_r and liis") when it is a name or, in lower case, no English
    word (a capitalised word after a handle is as often a brand: "@Ryanair and Lidl")."""
    for f in found:
        if f.entity not in ("PERSON", "USERNAME"):
            continue
        tail = _LIST_TAIL.match(text, f.end)
        if tail:
            m = _ITEM.match(text, tail.end())
            if (
                m
                and _list_item_ok(
                    m.group(0),
                    lexicon,
                    after_handle=f.entity == "USERNAME",
                    # one unknown lower-case word joins a lower-case list only ("leonti, terrence")
                    lower_anchor=f.entity == "USERNAME"
                    or text[f.start : f.end] == text[f.start : f.end].lower(),
                )
                and not _known_place(m.span(), m.group(0), places, lexicon)
            ):
                yield Found(m.start(), m.end(), "PERSON")
        if f.entity != "PERSON":
            continue
        head = _LIST_ITEM.search(text[max(0, f.start - 8) : f.start])
        if head:
            left = text[: f.start - len(head.group(0))]
            m = re.search(r"[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,2}$", left)
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
    if not any(s < span[1] and span[0] < e for s, e in places):
        return False
    words = value.split()
    # A given name that is no everyday word is a person among persons ("Efimiya, Mary, Ariana").
    if all(lexicon.is_first(w) and not lexicon.is_common(w) for w in words):
        return False
    return any(lexicon.is_english(w) for w in words)


_SPEECH = words("""
    said says told asked replied wrote answered explained confirmed promised added noted stated
    claimed insisted apologised apologized agreed refused
""")


_I = re.compile(r"^I(?:['’](?:m|ve|ll|d))?$")


def _list_item_ok(
    value: str, lexicon: Lexicon, *, after_handle: bool = False, lower_anchor: bool = True
) -> bool:
    words = value.split()
    if not words or any(w.lower() in ORG_WORDS for w in words) or _I.match(words[0]):
        return False  # "Hi Vikas, I'm Mehmet from …": the speaker goes on
    if any(ch.isdigit() for ch in value) or (value.isupper() and len(value) <= 4):
        return False  # a record's id or a field beside a name ("RF913327,NW44354934,ELIF KARAGÖZ", "NW, DOB")
    if all(w[:1].isupper() for w in words):
        if after_handle:
            return any(lexicon.is_name(w) and not lexicon.is_common(w) for w in words)
        return any(lexicon.could_be_name(w) for w in words)
    if any(w.lower() in _SPEECH for w in words):
        return False  # "the pharmacist, Misaki, said …": the verb after a name in apposition
    if any(lexicon.is_function_word(w) and not w[:1].isupper() for w in words):
        return False  # "Cruz, lamentamos mucho": a sentence of another language goes on
    # In lower case: names that are no English word, given names that are not everyday words
    # ("chad", not "will"; not the surname "gave"), or one word no vocabulary knows ("leonti").
    return all(
        lexicon.is_rare_name(w) or (lexicon.is_first(w) and not lexicon.is_common(w)) for w in words
    ) or (
        lower_anchor
        and len(words) == 1
        and len(words[0]) >= 4
        and words[0].isalpha()
        and words[0] != words[0].upper()  # a script with case: "no English word" says nothing of Korean
        and not lexicon.is_english(words[0])
    )


# Meeting minutes' action points: "- Anil to write to the landlord", "* ons ayari to collect",
# "- [ ] EO to call back …", "- [x] km shared the numbers" (a checklist's box, the owner by
# initials, a done item's past tense).
_ACTION_VERBS = (
    r"write|call|collect|send|contact|follow|check|email|ring|draft|book|ask|chase|organi[sz]e|"
    r"prepare|update|share|review|bring|pick|coordinate|confirm|reach|phone|visit|sort|arrange|"
    r"fix|own|investigate|test|look|add|document|schedule|file|escalate|raise|reply|respond|brief|"
    r"circulate|present|finish|complete|deliver|train"
)
_DONE_VERBS = (
    r"shared|sent|fixed|called|updated|reviewed|closed|presented|circulated|completed|delivered|"
    r"raised|filed|emailed|drafted|booked|confirmed|checked|wrote|rang|escalated|documented"
)
_ACTION_ITEM = re.compile(
    r"^[ \t]*[-*•][ \t]*(?:\[[ xX✓✔]?\][ \t]*)?"
    r"(?P<who>[^\W\d_][\w'’-]+(?:[ \t]+[^\W\d_][\w'’-]+)?|(?:[^\W\d_]\.){2,3})"
    r"(?:[ \t]*\([^)\n]{1,30}\))?[ \t]+"
    rf"(?:to[ \t]+(?:{_ACTION_VERBS})|(?:{_DONE_VERBS})|will[ \t]+(?:{_ACTION_VERBS}))\b",
    re.MULTILINE | re.IGNORECASE,
)
_INITIALS = re.compile(r"^(?:[A-Z]{2,3}|[a-z]{2,3}|(?:[^\W\d_]\.){2,3})$")
# Initials that are also everyday abbreviations: "IT" is a department before it is Ines Tan.
NOT_INITIALS = words("""
    it uk us usa hr pr ok am pm id tv pc cs qa ai eu un ny la dc ca tx fl hq vp md dr st no so ip os cc bc
    ad gb mb kb sms atm faq fyi asap eta cto ceo cfo coo ops sre sla kpi api ui ux db rip tba tbd nb ps
    all we me you he she they i team dev eng sec soc noc cx l1 l2 l3 emea apac amer latam anz
""")
# Found anywhere in a text (not where a person's place is), initials are also English words and
# US states in capitals ("YOUR APPOINTMENT AT", "| MA |").
WORDS_AND_STATES = words("""
    at as in on of to be by do go he if is my or up an so
    al ak az ar co ct de ga hi ia il in ks ky me mi mn mo ms mt nc nd ne nh nj nm nv oh or pa ri sc sd
    tn ut va vt wa wi wv wy ma
""")


def action_items(text: str, lexicon: Lexicon) -> Iterator[Found]:
    """Who is to do an action point: words a gazetteer knows as names and that are no everyday
    words, or that no English vocabulary knows ("- Anil to write …"; not "- Legal to review"),
    or initials ("- [ ] EO to call back"; not "- QA to test")."""
    for m in _ACTION_ITEM.finditer(text):
        who = m.group("who")
        if _INITIALS.match(who):
            if who.replace(".", "").lower() not in NOT_INITIALS:
                yield Found(m.start("who"), m.end("who"), "PERSON")
            continue
        if all(
            (lexicon.is_name(w) and not lexicon.is_common(w) and (w[:1].isupper() or lexicon.is_rare_name(w)))
            or not lexicon.is_english(w)
            for w in who.split()
        ):
            yield Found(m.start("who"), m.end("who"), "PERSON")


# A shift's hand-over line names who hands over and who takes over, by name, login or initials
# ("Handoff 15 Jul 2025 wt → ld", "Handover: Thabo -> pv"); a team or a region is no one
# ("Handoff EMEA → APAC", "L1 -> L2").
_HANDOFF_WORD = re.compile(r"(?i:hand-?(?:off|over)|shift change|übergabe|passation|relevo|traspaso)")
_HANDOFF = re.compile(
    rf"^[ \t]*(?:shift[ \t]+)?{_HANDOFF_WORD.pattern}\b"
    r"[^\n]*?(?<![\w.@-])(?P<a>[^\W\d_][\w.'’-]*)[ \t]*(?:→|->|=>|⇒|»|>)[ \t]*"
    # a time or a note in brackets may close the line ("handover eleni -> ceren (04:06)")
    r"(?P<b>[^\W\d_][\w.'’-]*)[ \t]*(?:[(\[][^)\]\n]{0,30}[)\]][ \t]*)?$",
    re.MULTILINE,
)


def handoffs(text: str, lexicon: Lexicon) -> Iterator[Found]:
    if not _HANDOFF_WORD.search(text):
        return
    for m in _HANDOFF.finditer(text):
        for key in ("a", "b"):
            who = m.group(key).rstrip(".")
            bare = who.lower()
            if bare in NOT_INITIALS or bare in ORG_WORDS or any(ch.isdigit() for ch in who):
                continue
            login = "." in who or "_" in who
            a_word = lexicon.is_common(who) and not lexicon.is_name(who)
            if _INITIALS.match(who) or login or (lexicon.could_be_name(who) and not a_word):
                yield Found(m.start(key), m.start(key) + len(who), "PERSON")


# A writer naming themself at a line's end, after "it's" ("… call 0092 301 6598430 its Mehwish",
# "not posting my full name lol but its Temitope"): a name or no English word, capitalised or a
# name the gazetteer knows ("it's Monday", "its me" stay).
_SELF_NAMED_END = re.compile(r"\b(?i:it'?s|it’s|its)[ \t]+(?P<name>[^\W\d_][\w'’-]+)[ \t]*[.!]*[ \t]*$", re.M)


def self_named_end(text: str, lexicon: Lexicon) -> Iterator[Found]:
    for m in _SELF_NAMED_END.finditer(text):
        name = m.group("name")
        if name.lower() in ORG_WORDS or lexicon.is_function_word(name) or lexicon.is_common(name):
            continue
        if (name[:1].isupper() and not lexicon.is_english(name)) or lexicon.is_rare_name(name):
            yield Found(m.start("name"), m.end("name"), "PERSON")


# A household introducing itself ("we're rodel, rowena & baby angelito, no pets", "We are Efua,
# Angelito and our baby Kofi"): two to five members after "we're", each one word (two with a
# surname) that is a name or no English word; a baby, son or daughter named among them. "We are
# tired, hungry and scared" stays: its words are English.
_HOUSEHOLD = re.compile(
    r"\b(?i:we['’]re|we are|we r|somos|nous sommes|wir sind)[ \t]+"
    r"(?P<list>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*)?"
    r"(?:(?:[ \t]*,[ \t]*|[ \t]+(?:&|and|y|et|und|e)[ \t]+)(?:(?i:our|my)[ \t]+)?"
    r"(?:(?i:baby|son|daughter|kids?|toddler|grandma|grandpa|mum|mom|dad)[ \t]+)?"
    r"[^\W\d_][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?){1,4})"
)
_HOUSEHOLD_ITEM = re.compile(
    r"(?:^|[ \t]*,[ \t]*|[ \t]+(?:&|and|y|et|und|e)[ \t]+)(?:(?i:our|my)[ \t]+)?"
    r"(?:(?i:baby|son|daughter|kids?|toddler|grandma|grandpa|mum|mom|dad)[ \t]+)?"
    r"(?P<name>[^\W\d_][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)"
)


def households(text: str, lexicon: Lexicon) -> Iterator[Found]:
    for m in _HOUSEHOLD.finditer(text):
        items = []
        for i in _HOUSEHOLD_ITEM.finditer(m.group("list")):  # up to the first that is no name
            if not all(
                w.lower() not in ORG_WORDS
                and not lexicon.is_function_word(w)
                and not lexicon.is_common(w)
                and (lexicon.is_name(w) or not lexicon.is_english(w))
                for w in i.group("name").split()
            ):
                break
            items.append(i)
        if len(items) >= 2:
            base = m.start("list")
            for i in items:
                yield Found(base + i.start("name"), base + i.end("name"), "PERSON")


# Whom to call or write, then how: "pls call Davit on 551 15 53 37", "contact sashoy at
# s.bailey@yahoo.com", "ring Kimone on (876) 487-3321". A number or an address after "on", "at"
# or "via" makes the word before it someone's name, when it is a name or no English word and
# no company word ("call support on 0800…", "contact Orbis Telecom at" stay).
_CONTACT_BY = re.compile(
    r"\b(?i:call|ring|phone|text|txt|sms|whatsapp|message|contact|ask for|reach|hubungi|llama a|llamar a|"
    # … and Thai "call", "contact"
    r"ligue para|ligar para|appelez|appeler|chiama|bel|โทร|ติดต่อ|"
    # messengers as verbs, Vietnamese "call" and "contact", "call back"
    r"zalo|viber|telegram|signal|gọi|liên hệ|call back|ring back)[ \t]+"
    rf"(?P<name>[^\W\d_](?:[\w'’-]|[{SCRIPT_LETTERS}])*(?:[ \t]+[A-Z][\w'’-]*|[ \t]+[a-z][\w'’-]*(?=[ \t]*\())?)[ \t]+"
    r"(?:(?i:on|at|via)[ \t]+(?=[+(]?\d|[\w.+-]+@\w)|(?=[+(]?\d[\d \t().-]{6,}\d))"
)


_LIGHT_VERBS = words("karo kar karna karein kariye kijiye karen karde kardo")


def contact_by(text: str, lexicon: Lexicon) -> Iterator[Found]:
    for m in _CONTACT_BY.finditer(text):
        ws = m.group("name").split()
        start = m.start("name")
        if len(ws) == 2 and ws[0].lower().rstrip(".") in TITLES:  # "call Dr Islam 0621 …": the title stays
            start = m.start("name") + m.group("name").index(ws[1])
            ws = ws[1:]
        straight = not re.search(r"(?i)[ \t](?:on|at|via)[ \t]*$", text[: m.end()])
        # the number straight after: a capitalised name, or a lower-case given name of the
        # gazetteers, Faker's or the world's ("text joy (02) 3268 3366", "txt zuhura 07…");
        # not Hindi's light verbs ("whatsapp karo +91…" stays) nor chat words
        lower_name = (
            lexicon.is_world_first(ws[0])
            and ws[0].lower() not in _LIGHT_VERBS | CHAT_WORDS
            and all(lexicon.is_world_name(w) for w in ws)
        )
        if straight and not (ws[0][:1].isupper() or caseless(ws[0]) or lower_name):
            continue
        if any(w.lower() in ORG_WORDS or lexicon.is_function_word(w) for w in ws):
            continue
        if all(lexicon.could_be_name(w) for w in ws):
            yield Found(start, m.end("name"), "PERSON")


# Whom to call or ask, then when or why, without a number: "will call Trang if I need a 2nd pair
# of eyes", "ping Henok when it's back", "ask Rohit to check". One capitalised word that a
# gazetteer, Faker's or the world's, knows as a given name, and no everyday word ("call Support
# if", "page Ops when", "ask Google to" stay).
_CONTACT_WHEN = re.compile(
    r"\b(?i:call|ring|text|txt|ping|page|phone|message|ask|tell|wake|call up|check with)[ \t]+"
    r"(?P<name>[A-Z][a-z][^\W\d_]*)[ \t]+"
    r"(?i:if|when|once|to|back|asap|later|tomorrow|tonight|now|before|after|about|for|and|or)\b"
)


def contact_when(text: str, lexicon: Lexicon) -> Iterator[Found]:
    for m in _CONTACT_WHEN.finditer(text):
        w = m.group("name")
        if w.lower() in ORG_WORDS or lexicon.is_function_word(w) or lexicon.is_common(w):
            continue
        if lexicon.is_world_first(w):
            yield Found(m.start("name"), m.end("name"), "PERSON")


# Kin named after "of", as obituaries and news write them ("beloved partner of Eilidh", "devoted
# parent of Naledi", "the brother of Hamza Ali"): capitalised words that are names or no English
# words ("the son of God" stays).
_KIN = (
    r"partner|parent|wife|husband|son|daughter|mother|father|brother|sister|widow|widower|"
    r"grandmother|grandfather|grandson|granddaughter|spouse|fianc[ée]e?|stepson|stepdaughter|"
    r"mom|mum|dad|mama|papa|guardian|grandparent|aunt|auntie|uncle|niece|nephew"
)
_KIN_OF = re.compile(
    rf"\b(?i:{_KIN})[ \t]+of[ \t]+"
    r"(?P<name>[A-Z][^\W\d_]+(?:[-'’][^\W\d_]+)?(?:[ \t]+[A-Z][^\W\d_]+(?:[-'’][^\W\d_]+)?)?)"
)
# ... and in brackets after the kin word: "Applicant: Tamta Beridze + partner (Giorgi)".
_KIN_BRACKETED = re.compile(
    rf"\b(?i:{_KIN})[ \t]*\("
    r"(?P<name>[A-Z][^\W\d_]+(?:[-'’ ][A-Z][^\W\d_]+){0,2})\)"
)


def kin_of(text: str, lexicon: Lexicon) -> Iterator[Found]:
    for m in _KIN_BRACKETED.finditer(text):
        ws = m.group("name").split()
        if not any(w.lower() in ORG_WORDS or lexicon.is_common(w) for w in ws):
            yield Found(m.start("name"), m.end("name"), "PERSON")
    for m in _KIN_OF.finditer(text):
        ws = m.group("name").split()
        if any(w.lower() in ORG_WORDS or lexicon.is_common(w) for w in ws):
            ws = ws[:1]  # "parent of Naledi Reposing": a common word ends the name
        if ws and all(lexicon.could_be_name(w) for w in ws) and not lexicon.is_common(ws[0]):
            yield Found(m.start("name"), m.start("name") + len(" ".join(ws)), "PERSON")


# A name's possessive before kin or a person's things: "keep in prayers Kagiso's father", "pray
# for Rayssa's family", "someone posted Jakub's number". The slot says "a person": a capitalised
# word that a gazetteer (Faker's or the world's) knows or no English word ("God's family",
# "Everyone's parents" and the company's "Northwind's app" stay).
_POSSESSIVE_KIN = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][^\W\d_]+(?:[ \t]+[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?){0,2})['’]s[ \t]+(?:(?:late|dear|beloved|elderly|little|baby|new)[ \t]+)?"
    rf"(?i:{_KIN}|family|kids|children|child|baby|parents|grandma|grandpa|"
    r"cousin|in-laws|number|phone number|phone|cell|address|house)\b"
)
_NOT_POSSESSORS = words(
    "god god's jesus allah lord everyone everybody someone somebody anyone anybody nobody one"
)


def possessive_kin(text: str, lexicon: Lexicon) -> Iterator[Found]:
    for m in _POSSESSIVE_KIN.finditer(text):
        ws = m.group("name").split()
        # a full name's given name leads ("Kimone Chin-Quee's new address"); a word before a
        # one-word name is no part of it ("Pray for Rayssa's family")
        while len(ws) > 1 and not (lexicon.is_world_first(ws[0]) and not lexicon.is_common(ws[0])):
            ws = ws[1:]
        w = ws[0]
        if any(
            x.lower() in _NOT_POSSESSORS or x.lower() in ORG_WORDS or lexicon.is_function_word(x) for x in ws
        ):
            continue
        if lexicon.is_world_name(w) or not lexicon.is_english(w):
            start = m.end("name") - len(" ".join(ws)) if len(ws) > 1 else m.end("name") - len(w)
            yield Found(start, m.end("name"), "PERSON")


# A caller's own name in a voicemail, in any case: "hi this is mao sreymom calling about the claim",
# "it's naveed here", "this is mehwish from gulberg"; "this is the bank calling", "this is customer
# service speaking", "this is spam from" name nobody.
_CALLER_SELF = re.compile(
    r"(?:^|(?<=[\s,.!]))(?i:this[ \t]+is|it's|it’s|its|it[ \t]+is)[ \t]+"
    r"(?P<name>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,2}?)[ \t]+(?i:calling|speaking|here|from)\b"
)


def caller_self(text: str, lexicon: Lexicon) -> Iterator[Found]:
    for m in _CALLER_SELF.finditer(text):
        ws = m.group("name").split()
        said = m.group(0).lower()
        if said.endswith("from") and (
            len(ws) > 1 or (lexicon.is_english(ws[0]) and not lexicon.is_world_first(ws[0]))
        ):
            continue  # "this is mehwish from gulberg": one name; "this is spam from" is no one
        if any(
            # (a given name that is some language's function word too: "this is ani calling")
            (
                lexicon.is_function_word(w)
                and not (said.endswith(("calling", "speaking")) and lexicon.is_first(w))
            )
            or w.lower() in ORG_WORDS
            or lexicon.is_common(w)
            for w in ws
        ):
            continue
        if all(lexicon.is_english(w) and not lexicon.is_world_name(w) for w in ws):
            continue
        if m.group(0).lower().endswith("here") and any(lexicon.is_english(w) for w in ws):
            continue  # "it's sunny here", "this is chaos here": a name there is no English word
        yield Found(m.start("name"), m.end("name"), "PERSON")


# Whom a call or a meeting was with, in a case note: "Call w/ hm re: overdraft", "spoke with Mr
# Diaz about the claim", "mtg w/ สมชาย จันทร์เพ็ญ re: card". One to three words, each capitalised,
# of a script without capitals, initials or a name of the gazetteers; "call with the bank re:"
# names nobody.
_CALL_NOTE = re.compile(
    r"\b(?i:call|called|spoke|spoken|chat|chatted|talked|meeting|mtg|met|convo|conversation|1:1)"
    r"[ \t]+(?i:w/|with)[ \t]+(?P<name>[^\s,;:]+(?:[ \t]+[^\s,;:]+){0,2}?)"
    r"[ \t]+(?i:re:|re[ \t]|about|regarding|on[ \t]the[ \t]phone)"
)
_NOTE_INITIALS = re.compile(r"^[a-z]{2,3}$|^[A-Z]{2,3}$")


def call_notes(text: str, lexicon: Lexicon) -> Iterator[Found]:
    for m in _CALL_NOTE.finditer(text):
        ws = m.group("name").split()
        if ws and ws[0].lower().rstrip(".") in TITLES:
            ws = ws[1:]
        if not ws or any(w.lower() in ORG_WORDS or w.lower() in NOT_INITIALS for w in ws):
            continue
        if all(
            (w[:1].isupper() and (lexicon.is_name(w) or not lexicon.is_common(w)))
            or caseless(w)
            or MARKED_SCRIPT.match(w)
            or _NOTE_INITIALS.match(w)
            or (lexicon.is_world_name(w) and not lexicon.is_english(w))
            for w in ws
        ):
            start = m.start("name") + m.group("name").index(ws[0])
            yield Found(start, m.end("name"), "PERSON")


# A name after "name" in Thai and Hindi, where no gazetteer knows it: a form's label ("ชื่อ:
# พิมพ์ชนก ศรีสุข", "नाम: सुनीता"), or "my name is" ("ดิฉันชื่อ อนุชา รัตนพันธ์ ค่ะ", "मेरा नाम
# अंजलि है"); one or two words, up to a polite particle or the verb.
_THAI_WORD = "[\u0e01-\u0e4e]+"
_DEVANAGARI_WORD = "[\u0900-\u0963\u0971-\u097f]+"
_SCRIPT_NAME_LABEL = re.compile(
    rf"(?:(?:ชื่อ(?:-นามสกุล|[ \t]นามสกุล)?|นามสกุล)[ \t]*[:：][ \t]*|(?:ดิฉัน|ผม|หนู|ฉัน)[ \t]*ชื่อ[ \t]*)"
    rf"(?P<thai>{_THAI_WORD}(?:[ \t]{_THAI_WORD})?)"
    rf"|(?:नाम[ \t]*[:：][ \t]*|(?:मेरा|मेरी)[ \t]+नाम[ \t]+)(?P<hindi>{_DEVANAGARI_WORD}(?:[ \t]{_DEVANAGARI_WORD})?)"
    # ... and before the respect word "ji" ("वहाँ अनीता जी से बात करें"), not kin or a title
    # ("पिता जी", "गुरु जी")
    rf"|(?<![\u0900-\u097f])(?P<ji>{_DEVANAGARI_WORD})(?=[ \t]+जी(?![\u0900-\u097f]))"
)
# Who "ji" follows without naming them: kin, teachers, elders, "you", "sir".
_JI_NOT_NAMES = words(
    "पिता माता पापा मम्मी माँ मां दादा दादी नाना नानी चाचा चाची मामा मामी भाई बहन दीदी भैया गुरु बाबा "
    "आप सर मैडम डॉक्टर मास्टर पंडित बाबू साहब अंकल आंटी"
)


def script_name_labels(text: str) -> Iterator[Found]:
    if not MARKED_SCRIPT.search(text):
        return
    for m in _SCRIPT_NAME_LABEL.finditer(text):
        if m.group("ji"):
            if m.group("ji") not in _JI_NOT_NAMES and m.group("ji") not in SCRIPT_NOT_NAMES:
                yield Found(m.start("ji"), m.end("ji"), "PERSON")
            continue
        group = "thai" if m.group("thai") else "hindi"
        ws = m.group(group).split()
        while ws and ws[-1] in SCRIPT_NOT_NAMES:
            ws.pop()
        if ws and ws[0] not in SCRIPT_NOT_NAMES:
            start = m.start(group)
            yield Found(start, start + len(" ".join(ws)), "PERSON")


# Who calls or writes from a desk or a team, at a clause's start: "Carolina from the press desk
# asks …", "media: junaid from the press desk"; a gazetteer's given name (Faker's, or the world's
# when no English word) — "Update from the press desk", "Greetings from the team" name nobody.
_FROM_DESK = re.compile(
    r"(?:^|(?<=[\n:.!?])[ \t]*|(?<=[:.!?,][ \t]))(?P<name>[^\W\d_][\w'’-]+(?:[ \t]+[^\W\d_][\w'’-]+){0,2}?)"
    r"[ \t]+from[ \t]+(?:the[ \t]+)?"
    r"(?:(?i:press|media|news|comms|communications|support|billing|sales|legal|security|finance|it|hr|"
    r"claims|accounts|front|reception|customer|service|help|ops|operations)\b"
    # … or from a named team, desk or office ("ousmane mbaye from the fabrikam pay team")
    r"|(?:[\w&'’-]+[ \t]+){1,3}(?i:team|desk|office|department|dept)\b)"
)


def from_desk(text: str, lexicon: Lexicon) -> Iterator[Found]:
    for m in _FROM_DESK.finditer(text):
        ws = m.group("name").split()
        if any(lexicon.is_function_word(w) or w.lower() in ORG_WORDS | CHAT_WORDS for w in ws):
            continue
        # the first a given name; the others names or no English words
        if (
            lexicon.is_first(ws[0]) or (lexicon.is_world_first(ws[0]) and not lexicon.is_english(ws[0]))
        ) and all(lexicon.is_world_name(w) or not lexicon.is_english(w) for w in ws[1:]):
            yield Found(m.start("name"), m.end("name"), "PERSON")
