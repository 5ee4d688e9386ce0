"""DATA CARD — synthetic labelled PII benchmark, tenth set ("crisis-ops traffic").

Purpose
    Measure the production redactor (which strips personal data from text before it
    reaches an LLM) on text shapes it has not been tuned on: the crisis platform's own
    operational traffic and the adjacent worlds its customers live in, written the way
    real people write (chat exports, pasted tables, code-mixed language, SHOUTING,
    all-lower-case, typos, names in logins and handles, native scripts).

Provenance
    Written blind: the author did not read the redactor, its rules, its tests, its docs,
    the evaluator or any other synthetic generator in bench/. The only import from the
    repository is BRANDS / HANDLE_BRANDS from bench/pii_synth.py (fictional brand names
    used as hard negatives). Every given name, surname, nickname, honorific, street,
    place, landmark, phrase and template below was written by hand for this file; no
    name packages are used. Phone numbers come from the `phonenumbers` library (a valid
    number of the region, re-rolled from the library's example and checked with
    is_valid_number), then written the way people write them.

Genres (template id = 4 * genre + k; the four shapes k=0..3 differ in layout)
     0 oncall_chat        Slack copy-paste, Slack JSON export, threaded replies, alert-bot storm (k=3 PII-free)
     1 incident_channel   Teams bridge chat, status-update bullets, lower-case handover, reactions/edits + IPv6
     2 pager_sms          SMS ack thread, paging escalation log, WhatsApp group export, SHOUTING SMS
     3 escalation_email   escalation mail with headers/signature, forwarded chain, Outlook matrix table, terse mobile mail
     4 postmortem         markdown timeline table, timeline bullets, contributing factors, public RCA (k=3 PII-free)
     5 support_codemix    web chat, WhatsApp Business, bot hand-off, agent wrap-up — Hinglish, Roman Urdu,
                          Banglish, Arabizi, Taglish, Singlish, Manglish, Roman Nepali, Pidgin, Sheng, Greeklish, ...
     6 hr_injury          injury form, supervisor e-mail, lower-case RTW notes, US first report of injury (SSN/DL)
     7 hr_conduct         conduct complaint, Slack DM to HR, CSV incident log, forwarded screenshot transcript
     8 courier_exception  exception scan, driver note with landmark address, SHOUTING customer, failed-delivery CSV
     9 clinic_noshow      DNA note, SMS reminder + reply, no-show table, missed-appointment letter
    10 bank_fraud         fraud call note, customer chat pasting card + IBAN, US ID&V (SSN/DL), mule memo
    11 telecom_complaint  complaint e-mail, X thread with the brand account, call log, operator outage SMS (k=3 PII-free)
    12 ride_safety        safety form, US report with driver licence, lower-case rider message, T&S escalation
    13 hotel_log          night audit log, guest incident form, US front-desk ID note, complaint e-mail
    14 airline_rebook     GDS remarks (SURNAME/GIVEN MR), agent chat, itinerary table, travel alert (k=3 PII-free)
    15 utility_meter      dispute letter with readings, field visit note, meter chat, disputes CSV
    16 school_msg         parent to teacher, class WhatsApp export, school incident note, closure notice (k=3 PII-free)
    17 tenancy            tenant leak e-mail, arrears notice (IBAN), tenant/landlord chat, mediation summary
    18 social_x           @handle check-in, brand complaint with #JusticeFor<Name>, thread, missing-cousin RT
    19 social_reddit      legal-advice post, comment tree with u/<name>, r/sysadmin rant, megathread
    20 status_page        incident history, component table, maintenance notice, JSON summary (all PII-free)
    21 public_bulletin    cyclone warning, quake bulletin, health advisory, evacuation advisory (all PII-free)
    22 data_paste         call-tree CSV, CRM JSON, US HR CSV (SSN/DL), markdown on-call rota
    23 voice_transcript   voicemail, call transcript, IVR with card number, ASR with [inaudible] — phones partly
                          spelled out ("oh eight one two, double five ...")
    24 welfare_check      request form, dispatcher log, plea from family abroad, volunteer TSV
    25 missing_found      missing-person post, found dog (pet name is a negative), shelter registry, reunification note
    26 access_ticket      lockout ticket, access request, sshd auth.log paste, offboarding checklist
    27 press_news         resident quotes, wire brief, radio call-in, public-figures-only story (k=3 PII-free)
    14 of the 112 templates never contain PII, so about 12.5 % of rows are PII-free.

Locales (54)
    id_ID ms_MY fil_PH vi_VN th_TH zh_TW zh_HK ja_JP ko_KR hi_IN bn_BD ur_PK pa_IN te_IN mr_IN
    ne_NP ar_EG ar_MA ar_JO he_IL tr_TR el_GR pl_PL cs_CZ sk_SK uk_UA lt_LT lv_LV et_EE fi_FI
    sv_SE nb_NO da_DK nl_BE de_AT de_CH it_IT es_AR es_CL es_CO pt_BR yo_NG ig_NG ha_NG en_GH
    en_KE am_ET zu_ZA af_ZA en_AU en_NZ en_IE en_SG en_US
    Each has gendered given names, (gendered) surnames, nicknames, honorifics, native-script
    spellings where another script is used (Thai, CJK, Hangul, Devanagari, Bengali, Gurmukhi,
    Telugu, Arabic, Urdu, Hebrew, Greek, Cyrillic, Ge'ez, Vietnamese diacritics), native
    address shapes, mail domains, a few phrases and the region's phone formats. en_US is
    used for the templates that carry US_SSN / US_DRIVER_LICENSE and for a few other rows;
    the code-mixed support genre draws only from locales with code-mixed phrases. Colleagues
    in global on-call teams come from other locales (their numbers are written internationally).

Labels and conventions
    CREDIT_CARD        Luhn-valid (Visa, Mastercard incl. 2-series, Amex, Discover, JCB, UnionPay,
                       RuPay, Elo, Troy), compact or grouped with spaces/dashes.
    EMAIL_ADDRESS      personal mailboxes and named work mailboxes (first.last@company); role
                       boxes (support@, noc@, hr@, status@ ...) are not labelled.
    PHONE_NUMBER       any owner (people, clinics, hotlines), as written: +CC, 00CC, national with
                       trunk 0, spaced, dashed, dotted, parenthesised, "(0)", or partly spelled out.
    IBAN_CODE          mod-97 valid with the right national length and BBAN letter/digit layout,
                       compact or in groups of four.
    US_SSN             valid area/group/serial, dashed, spaced or compact.
    US_DRIVER_LICENSE  state-shaped number; the state code is never inside the span.
    IP_ADDRESS         IPv4 (public and private) and IPv6 (compressed); ports stay outside.
    PERSON             private people in any written form: full, first only, surname after a
                       title, initials ("C. Okafor", "-CO"), SURNAME-first ("OKAFOR, Chidi",
                       "OKAFOR/CHIDI" in GDS remarks), lower/upper case, nicknames, native script,
                       logins ("rahul.k", "mfernandes82", "j_okafor"), @handles / u/ names /
                       hashtags (only the name part: "@" "u/" "#JusticeFor" stay outside).
                       Honorifics (Dr, Pak, Ibu, Sheikh, Herr, Sra., -san, さん, 씨, ji, garu, Bey,
                       Hanım ...) and a possessive 's stay outside the span.
    STREET_ADDRESS     house number + street with flat/unit/floor/block and any district, postcode,
                       city written alongside, as one span; plot/lot, RT/RW, Soi/Moo, 丁目, 동/호,
                       "#05-456", landmark-anchored ("opp. ..., 12 Awolowo Road") and PO boxes count.
                       A bare street, city, district, neighbourhood or "the 400 block of X" does not.

Hard negatives (never labelled)
    brands from pii_synth (listed per row in `brands`, in order of occurrence, including
    @ContosoHelp / @NorthwindBank), invented org domains inside role mailboxes, public
    accounts (@WHO, @NWS, @BMKG ...), agencies, public figures in their public role
    (UN/WHO/IFRC heads, national leaders where they belong, tech CEOs), storm names that
    look like given names (Storm Ciarán, Hurricane Milton ...), pets, hospital/hotel/school
    names (St. Brigid's, St. Joseph's), job titles, team names, ticket/case/incident/order/
    tracking/AWB/PNR/flight/MRN/meter/account numbers, masked cards ("ending 4471"), dates,
    times, amounts, percentages, latencies, version numbers, hostnames, URLs, non-name
    hashtags, bare streets, cities, districts and landmarks, Slack user ids, ports, PIDs.

Row format
    {"text": str, "spans": [{"label", "start", "end", "value"}], "template_id": int,
     "locale": str, "brands": [str, ...]}
    Spans are sorted, non-overlapping, text[start:end] == value, never start or end with
    whitespace, and are recorded while the text is assembled piece by piece.

Usage
    from pii_synth_tenth import generate      # bench/ on sys.path
    rows = generate(n=1500, seed=0)           # deterministic per seed, templates drawn uniformly
    python bench/pii_synth_tenth.py --n 1500 --seed 0   # JSON lines on stdout
    python bench/pii_synth_tenth.py --check             # 6000 rows, assert invariants, print counts

Known limitations
    Names are drawn from short hand-written lists, so the same names recur across rows;
    nicknames in some locales (Thai, Filipino, South Asian pet names, English names of
    Chinese/Korean speakers) are drawn freely rather than derived from the given name;
    the body text of most templates is English with local phrases, not fully localised.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pii_synth import BRANDS, HANDLE_BRANDS


def _split(s: str) -> list[str]:
    return [x.strip() for x in s.split(";") if x.strip()]


LABELS = tuple(
    _split(
        "CREDIT_CARD;EMAIL_ADDRESS;PHONE_NUMBER;IBAN_CODE;US_SSN;IP_ADDRESS;US_DRIVER_LICENSE;PERSON;STREET_ADDRESS"
    )
)
PERSON = "PERSON"
ADDR = "STREET_ADDRESS"
PHONE = "PHONE_NUMBER"
EMAIL = "EMAIL_ADDRESS"
# pseudo labels used only while assembling text
BRAND = "BRAND"  # a brand string: copied verbatim and listed in the row's "brands"
KEEP = "KEEP"  # unlabelled token that must not be case-changed or typo'd

Seg = tuple[str | None, str]


# ---------------------------------------------------------------------------
# text helpers
# ---------------------------------------------------------------------------

_FOLD = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "ß": "ss",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "ð": "d",
        "þ": "th",
        "œ": "oe",
    }
)


def fold(s: str) -> str:
    """Strip diacritics the way people do when they type on a plain keyboard."""
    s = s.translate(_FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def camel(s: str) -> str:
    return "".join(p[:1].upper() + p[1:] for p in re.split(r"[\s\-']+", fold(s)) if p)


def initials(s: str) -> list[str]:
    return [p[0].upper() for p in re.split(r"[\s\-]+", s) if p and p[0].isalpha()]


def add_typos(rng: random.Random, s: str, p: float) -> str:
    if p <= 0:
        return s

    def sub(m: re.Match[str]) -> str:
        wd = m.group(0)
        if rng.random() >= p:
            return wd
        i = rng.randrange(1, len(wd) - 2)
        op = rng.random()
        if op < 0.5:
            return wd[:i] + wd[i + 1] + wd[i] + wd[i + 2 :]
        if op < 0.8:
            return wd[:i] + wd[i + 1 :]
        return wd[:i] + wd[i] + wd[i:]

    return re.sub(r"(?<![\w@/.])[A-Za-z]{5,}(?![\w@/.])", sub, s)


# ---------------------------------------------------------------------------
# checksummed identifiers
# ---------------------------------------------------------------------------


def luhn_ok(num: str) -> bool:
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, dg in enumerate(reversed(digits)):
        if i % 2 == 1:
            dg *= 2
            if dg > 9:
                dg -= 9
        total += dg
    return total % 10 == 0 and len(digits) >= 12


CARD_KINDS: dict[str, tuple[list[str], list[int]]] = {
    "visa": (["4"], [16]),
    "mc": (["51", "52", "53", "54", "55", "2221", "2297", "2720"], [16]),
    "amex": (["34", "37"], [15]),
    "discover": (["6011", "644", "65"], [16]),
    "jcb": (["3528", "3530", "3566", "3589"], [16]),
    "unionpay": (["62"], [16, 19]),
    "rupay": (["6070", "6521", "6522", "508"], [16]),
    "elo": (["636368", "504175", "451416"], [16]),
    "troy": (["9792"], [16]),
}


def make_card(rng: random.Random, kind: str) -> str:
    prefixes, lengths = CARD_KINDS[kind]
    pre = rng.choice(prefixes)
    length = rng.choice(lengths)
    body = pre + "".join(rng.choice("0123456789") for _ in range(length - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError("unreachable")


def fmt_card(rng: random.Random, num: str) -> str:
    r = rng.random()
    if r < 0.3:
        return num
    sep = " " if r < 0.8 else "-"
    if len(num) == 15:
        groups = [num[:4], num[4:10], num[10:]]
    elif len(num) == 19 and rng.random() < 0.5:
        groups = [num[:6], num[6:]]
    else:
        groups = [num[i : i + 4] for i in range(0, len(num), 4)]
    return sep.join(groups)


# country -> BBAN layout: (count, kind) kind n=digit a=letter c=alnum 0=zero
IBAN_SPEC: dict[str, list[tuple[int, str]]] = {
    "AT": [(16, "n")],
    "BE": [(12, "n")],
    "CH": [(5, "n"), (12, "c")],
    "CZ": [(20, "n")],
    "DK": [(14, "n")],
    "EE": [(16, "n")],
    "FI": [(14, "n")],
    "GR": [(7, "n"), (16, "c")],
    "IL": [(19, "n")],
    "IT": [(1, "a"), (10, "n"), (12, "c")],
    "JO": [(4, "a"), (4, "n"), (18, "c")],
    "LT": [(16, "n")],
    "LV": [(4, "a"), (13, "c")],
    "NO": [(11, "n")],
    "PL": [(24, "n")],
    "SE": [(20, "n")],
    "SK": [(20, "n")],
    "TR": [(5, "n"), (1, "0"), (16, "c")],
    "UA": [(6, "n"), (19, "c")],
    "BR": [(8, "n"), (5, "n"), (10, "n"), (1, "a"), (1, "c")],
    "EG": [(25, "n")],
    "PK": [(4, "a"), (16, "c")],
    "IE": [(4, "a"), (14, "n")],
    "DE": [(18, "n")],
    "NL": [(4, "a"), (10, "n")],
    "GB": [(4, "a"), (14, "n")],
}
IBAN_LEN = {cc: 4 + sum(n for n, _ in spec) for cc, spec in IBAN_SPEC.items()}
IBAN_BANKS = {
    "LV": ["HABA", "UNLA", "RIKO", "PARX"],
    "JO": ["ARAB", "JONB", "CAAB", "HBHO"],
    "PK": ["HABB", "MUCB", "UNIL", "MEZN", "ASCM"],
    "IE": ["AIBK", "BOFI", "IPBS"],
    "NL": ["INGB", "ABNA", "RABO", "SNSB"],
    "GB": ["NWBK", "BARC", "LOYD", "MIDL"],
}


def _mod97(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban_ok(value: str) -> bool:
    s = value.replace(" ", "").upper()
    cc = s[:2]
    if cc not in IBAN_LEN or len(s) != IBAN_LEN[cc]:
        return False
    return _mod97(s[4:] + s[:4]) == 1


def make_iban(rng: random.Random, cc: str) -> str:
    parts: list[str] = []
    first_alpha = True
    for count, kind in IBAN_SPEC[cc]:
        if kind == "n" or kind == "c":
            parts.append("".join(rng.choice("0123456789") for _ in range(count)))
        elif kind == "0":
            parts.append("0" * count)
        elif count == 4 and first_alpha and cc in IBAN_BANKS:
            parts.append(rng.choice(IBAN_BANKS[cc]))
        else:
            parts.append("".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXZ") for _ in range(count)))
        if kind == "a":
            first_alpha = False
    bban = "".join(parts)
    if cc == "BE":
        acct = bban[:10]
        chk = int(acct) % 97 or 97
        bban = acct + f"{chk:02d}"
    check = 98 - _mod97(bban + cc + "00")
    return f"{cc}{check:02d}{bban}"


def fmt_iban(rng: random.Random, iban: str) -> str:
    if rng.random() < 0.4:
        return iban
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def make_ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    group = rng.randint(1, 99)
    serial = rng.randint(1, 9999)
    r = rng.random()
    sep = "-" if r < 0.72 else (" " if r < 0.86 else "")
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def ssn_ok(value: str) -> bool:
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", value)
    if not m:
        return False
    a, g, s = (int(x) for x in m.groups())
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


# state -> pattern (A letter, # digit, other literal)
DL_FORMATS = {
    "CA": ["A#######"],
    "NY": ["#########", "### ### ###"],
    "TX": ["########"],
    "FL": ["A###-###-##-###-#", "A############"],
    "IL": ["A###-####-####"],
    "WA": ["WDLAA##A###A"],
    "PA": ["## ### ###", "########"],
    "OH": ["AA######"],
    "MI": ["A ### ### ### ###"],
    "NJ": ["A#### ##### #####"],
    "GA": ["#########"],
    "AZ": ["A########"],
    "MA": ["S########"],
}


def fill_pattern(rng: random.Random, pat: str) -> str:
    out = []
    for c in pat:
        if c == "#":
            out.append(rng.choice("0123456789"))
        elif c == "%":
            out.append(rng.choice("123456789"))
        elif c == "A":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(c)
    return "".join(out)


# ---------------------------------------------------------------------------
# phone numbers
# ---------------------------------------------------------------------------

_EXAMPLES: dict[tuple[str, bool], phonenumbers.PhoneNumber] = {}
# regions whose mobile ranges are spread widely enough to re-roll all but the first digit
_KEEP_ONE = {
    "IN",
    "ID",
    "PK",
    "NG",
    "BR",
    "TR",
    "EG",
    "PH",
    "VN",
    "BD",
    "KE",
    "ZA",
    "GH",
    "NP",
    "AR",
    "CO",
    "CL",
}


def make_number(rng: random.Random, region: str, mobile: bool = True) -> phonenumbers.PhoneNumber:
    """A random valid number of the region, built by re-rolling the tail of the library's example."""
    key = (region, mobile)
    if key not in _EXAMPLES:
        kind = PhoneNumberType.MOBILE if mobile else PhoneNumberType.FIXED_LINE
        ex = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
        _EXAMPLES[key] = ex
    ex = _EXAMPLES[key]
    nsn = phonenumbers.national_significant_number(ex)
    cc = str(ex.country_code)
    first = 1 if region in _KEEP_ONE else 2
    for attempt in range(600):
        keep = first if attempt < 200 else (first + 1 if attempt < 400 else first + 2)
        if region == "US":
            keep = 0
        length = len(nsn) + (rng.choice([0, 1, 1, 2]) if region in ("ID", "AT") else 0)
        cand = nsn[:keep] + "".join(rng.choice("0123456789") for _ in range(length - keep))
        if region == "US" and (cand[3:6] == "555" or cand[0] in "01" or cand[3] in "01"):
            continue
        try:
            num = phonenumbers.parse("+" + cc + cand, None)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(num) or phonenumbers.region_code_for_number(num) != region:
            continue
        kind = phonenumbers.number_type(num)
        if not mobile or kind in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE):
            return num
    return ex


def parse_written_phone(value: str, region: str) -> phonenumbers.PhoneNumber | None:
    """Parse a phone number as a person wrote it (digits only, after de-spelling)."""
    cands = [value]
    if value.startswith("00"):
        cands.append("+" + value[2:])
    for c in cands:
        for reg in (region, None):
            try:
                num = phonenumbers.parse(c, reg)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(num):
                return num
    return None


_WORD_DIGITS = {
    "zero": "0",
    "oh": "0",
    "o": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}
_DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def despell(value: str) -> str:
    """Turn a speech-to-text phone ('oh eight one two, double five ...') back into digits."""
    toks = re.findall(r"[A-Za-z]+|\d|\+", value)
    out: list[str] = []
    mult = 1
    for t in toks:
        low = t.lower()
        if low == "plus" or t == "+":
            out.append("+")
        elif low == "double":
            mult = 2
        elif low == "triple":
            mult = 3
        elif low in _WORD_DIGITS or t.isdigit():
            out.append((_WORD_DIGITS.get(low) or t) * mult)
            mult = 1
    return "".join(out)


def spell_phone(rng: random.Random, written: str) -> str:
    """Render a written number the way a speech-to-text engine might: partly in words."""
    groups = re.findall(r"\+|\d+", written)
    words: list[str] = []
    spell_all = rng.random() < 0.45
    for gi, g in enumerate(groups):
        if g == "+":
            words.append("plus")
            continue
        if not spell_all and gi > 0 and rng.random() < 0.45:
            words.append(g)
            continue
        i = 0
        parts: list[str] = []
        while i < len(g):
            d = g[i]
            run = 1
            while i + run < len(g) and g[i + run] == d and run < 3:
                run += 1
            if run >= 2 and rng.random() < 0.7:
                w = "oh" if d == "0" and rng.random() < 0.6 else _DIGIT_WORDS[int(d)]
                parts.append(("double " if run == 2 else "triple ") + w)
                i += run
                continue
            w = "oh" if d == "0" and rng.random() < 0.5 else _DIGIT_WORDS[int(d)]
            parts.append(w)
            i += 1
        words.append(" ".join(parts))
    sep = rng.choice([", ", " ", "... "])
    return sep.join(words)


def format_phone(rng: random.Random, num: phonenumbers.PhoneNumber, home_region: str) -> str:
    region = phonenumbers.region_code_for_number(num) or home_region
    intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    e164 = phonenumbers.format_number(num, PhoneNumberFormat.E164)
    cc = str(num.country_code)
    nsn = phonenumbers.national_significant_number(num)
    rest = intl[len(cc) + 2 :]
    local = region == home_region
    opts: list[tuple[str, float]] = [
        (intl, 3.0),
        (e164, 1.5),
        ("+" + cc + "-" + re.sub(r"\s+", "-", rest), 0.6),
        ("+" + cc + " " + rest.replace("-", " "), 1.0),
        ("+" + cc + " " + nsn, 0.8),
    ]
    if region != "US":
        opts.append(("00" + cc + " " + rest.replace("-", " "), 0.5))
    if local:
        opts += [
            (nat, 4.0),
            (re.sub(r"[^\d]", "", nat), 2.0),
        ]
        if "(" not in nat:
            opts.append((re.sub(r"[\s\-]+", "-", nat), 1.0))
        if "(" not in nat:
            opts.append((re.sub(r"[\s\-]+", ".", nat), 0.7))
            m = re.match(r"(\d+)[\s\-](.*)", nat)
            fixed = phonenumbers.number_type(num) == PhoneNumberType.FIXED_LINE
            if m and nat.startswith("0") and fixed:
                opts.append((f"({m.group(1)}) {m.group(2)}", 0.6))
        if nat.startswith("0") and "(" not in nat:
            opts.append(("+" + cc + " (0)" + rest, 0.4))
    for _ in range(6):
        s = rng.choices([o for o, _ in opts], weights=[w for _, w in opts])[0]
        got = parse_written_phone(s, home_region)
        if got is not None and got.national_number == num.national_number:
            return s
    return intl


# ---------------------------------------------------------------------------
# locales
# ---------------------------------------------------------------------------

NameEntry = tuple[str, str | None]


def _names(s: str) -> list[NameEntry]:
    out: list[NameEntry] = []
    for x in _split(s):
        if "|" in x:
            a, b = x.split("|", 1)
            out.append((a, b))
        else:
            out.append((x, None))
    return out


def _surnames(s: str) -> list[tuple[NameEntry, NameEntry]]:
    out = []
    for x in _split(s):
        if "/" in x:
            m, f = x.split("/", 1)
            out.append((_names(m)[0], _names(f)[0]))
        else:
            e = _names(x)[0]
            out.append((e, e))
    return out


@dataclass
class Locale:
    code: str
    region: str
    male: list[NameEntry]
    female: list[NameEntry]
    surnames: list[tuple[NameEntry, NameEntry]]
    nick_m: list[str]
    nick_f: list[str]
    hon_m: list[str]
    hon_f: list[str]
    streets: list[str]
    places: list[tuple[str, str]]
    addr: list[str]
    pc: list[str]
    mail: list[str]
    hi: list[str]
    ty: list[str]
    cur: str
    order: str = "gs"
    njoin: str = " "
    iban: str = ""
    mix: list[str] = field(default_factory=list)
    addr_n: list[str] = field(default_factory=list)
    places_n: list[tuple[str, str]] = field(default_factory=list)
    extra: dict[str, list[str]] = field(default_factory=dict)
    landmarks: list[str] = field(default_factory=list)
    native_p: float = 0.0
    fold_p: float = 0.0
    two_sur: float = 0.0
    sg_p: float = 0.0
    cards: list[str] = field(default_factory=lambda: ["visa", "mc"])
    city_first: bool = False  # places are "city|state" (US, AU) rather than "district|city"
    dmy: str = "dmy"


def mk(code: str, region: str, **kw: Any) -> Locale:
    def pl(s: str) -> list[tuple[str, str]]:
        out = []
        for x in _split(s):
            d, c = x.split("|")
            out.append((d, c))
        return out

    extra = {k: _split(v) for k, v in kw.pop("extra", {}).items()}
    return Locale(
        code=code,
        region=region,
        male=_names(kw.pop("male")),
        female=_names(kw.pop("female")),
        surnames=_surnames(kw.pop("sur")),
        nick_m=_split(kw.pop("nick_m", "")),
        nick_f=_split(kw.pop("nick_f", "")),
        hon_m=_split(kw.pop("hon_m")),
        hon_f=_split(kw.pop("hon_f")),
        streets=_split(kw.pop("streets")),
        places=pl(kw.pop("places")),
        addr=_split(kw.pop("addr")),
        pc=_split(kw.pop("pc", "")),
        mail=_split(kw.pop("mail")),
        hi=_split(kw.pop("hi")),
        ty=_split(kw.pop("ty")),
        cur=kw.pop("cur"),
        mix=_split(kw.pop("mix", "")),
        addr_n=_split(kw.pop("addr_n", "")),
        places_n=pl(kw.pop("places_n", "")),
        landmarks=_split(kw.pop("landmarks", "")),
        extra=extra,
        **kw,
    )


def _num_field(rng: random.Random, key: str) -> str | None:
    if key == "n":
        return str(rng.choice([rng.randint(1, 30), rng.randint(1, 99), rng.randint(1, 250)]))
    if key == "n2":
        return str(rng.randint(1, 40))
    if key == "nn":
        return str(rng.choice([rng.randint(10, 399), rng.randint(100, 2999)]))
    if key == "nA":
        n = str(rng.randint(1, 120))
        return n + (rng.choice("ABCD") if rng.random() < 0.35 else "")
    if key == "u":
        return str(rng.randint(1, 48))
    if key == "u1":
        return str(rng.randint(1, 8))
    if key == "u2":
        return f"{rng.randint(1, 20):02d}"
    if key == "u3":
        return str(rng.randint(101, 899))
    if key == "fl":
        return str(rng.randint(1, 22))
    if key == "fl2":
        return f"{rng.randint(1, 25):02d}"
    if key == "b":
        return rng.choice("ABCDEF")
    if key == "bn":
        return str(rng.randint(1, 40))
    if key == "bn3":
        return str(rng.randint(101, 989))
    if key in ("rt", "rw"):
        return f"{rng.randint(1, 15):02d}"
    if key == "box":
        return str(rng.randint(100, 29999))
    if key == "lot":
        return str(rng.randint(1, 120))
    if key in ("sec", "cho"):
        return str(rng.randint(1, 5))
    if key == "ban":
        return str(rng.randint(1, 30))
    if key == "go":
        return str(rng.randint(1, 25))
    if key == "room":
        return f"{rng.randint(2, 28)}{rng.randint(1, 12):02d}"
    if key == "dong":
        return str(rng.randint(101, 115))
    if key == "lane":
        return str(rng.randint(2, 350))
    if key == "s1":
        return str(rng.randint(1, 9))
    if key == "s2":
        return str(rng.randint(2, 99))
    if key == "lgh":
        return f"1{rng.randint(0, 3)}0{rng.randint(1, 6)}"
    if key == "moo":
        return str(rng.randint(1, 12))
    if key == "soi":
        return str(rng.randint(1, 71))
    return None


_FIELD = re.compile(r"\{(\w+)\}")


_POBOX = re.compile(r"^(PO Box|P\.O\. Box|Postfach|Posbus|Postboks|BP )")


def make_address(rng: random.Random, loc: Locale, native: bool = False, pobox: bool = False) -> str:
    use_native = native and bool(loc.addr_n)
    fmts = loc.addr_n if use_native else loc.addr
    if not pobox:
        fmts = [f for f in fmts if not _POBOX.match(f)] or fmts
    fmt = rng.choice(fmts)
    d, c = rng.choice(loc.places_n if use_native and loc.places_n else loc.places)
    vals: dict[str, str] = {"d": d, "c": c, "dn": d, "cn": c}

    def fill(m: re.Match[str]) -> str:
        key = m.group(1)
        if key in vals:
            return vals[key]
        if key == "st":
            v = rng.choice(loc.streets)
        elif key == "pc":
            v = fill_pattern(rng, rng.choice(loc.pc))
        elif key == "lm":
            v = rng.choice(loc.landmarks or LANDMARKS)
        elif key in loc.extra:
            v = rng.choice(loc.extra[key])
        else:
            got = _num_field(rng, key)
            if got is None:
                raise KeyError(f"{loc.code}: address field {key}")
            v = got
        vals[key] = v
        return v

    s = _FIELD.sub(fill, fmt)
    s = _FIELD.sub(fill, s)  # streets may carry their own fields ("Sec. {sec}")
    s = re.sub(r"\s+", " ", s).strip(" ,")
    if not use_native and loc.fold_p and rng.random() < loc.fold_p:
        s = fold(s)
    return s


LANDMARKS = _split("the petrol station;the old post office;the mosque;the primary school;the market")


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------


class Person:
    """A private person of one locale, with every way their name may be written."""

    def __init__(self, rng: random.Random, loc: Locale, gender: str | None = None) -> None:
        self.rng = rng
        self.loc = loc
        self.male = (gender or rng.choice("mf")) == "m"
        self.given, self.given_n = rng.choice(loc.male if self.male else loc.female)
        pair = rng.choice(loc.surnames)
        self.sur, self.sur_n = pair[0] if self.male else pair[1]
        self.login_sur = self.sur
        if loc.two_sur and rng.random() < loc.two_sur:
            other = rng.choice([p for p in loc.surnames if p != pair] or loc.surnames)
            o = (other[0] if self.male else other[1])[0]
            self.sur = f"{self.sur} {o}"
            self.sur_n = None
            if rng.random() < 0.3:
                self.login_sur = self.sur
        nicks = loc.nick_m if self.male else loc.nick_f
        mapped = dict(x.split(">", 1) for x in nicks if ">" in x)
        free = [x for x in nicks if ">" not in x]
        self.nick = mapped.get(self.given) or (rng.choice(free) if free else None)
        self.mid = ""
        self.mid_n = ""
        if loc.order == "vi":
            mid = rng.choice(loc.extra["mid_m" if self.male else "mid_f"])
            self.mid, self.mid_n = mid.split("|") if "|" in mid else (mid, mid)
        has_native = self.given_n is not None and self.sur_n is not None
        self.native = has_native and rng.random() < loc.native_p
        self.sg = loc.order in ("sg", "vi") or rng.random() < loc.sg_p
        if loc.order == "sg" and rng.random() < 0.35:
            self.sg = False  # romanised East Asian names are often flipped for foreigners
        self.njoin = loc.njoin
        if loc.code == "ja_JP":
            self.njoin = rng.choice(["", " ", "\u3000"])
        self.cache: dict[str, Any] = {}

    # --- name pieces -----------------------------------------------------
    def g(self, native: bool | None = None) -> str:
        nat = self.native if native is None else native
        return (self.given_n or self.given) if nat else self.given

    def s(self, native: bool | None = None) -> str:
        nat = self.native if native is None else native
        return (self.sur_n or self.sur) if nat else self.sur

    def full(self, native: bool | None = None) -> str:
        nat = self.native if native is None else native
        loc = self.loc
        if loc.order == "ms":
            return f"{self.given} {'bin' if self.male else 'binti'} {self.sur}"
        if loc.order == "vi":
            if nat:
                return f"{self.sur_n} {self.mid_n} {self.given_n}"
            return f"{self.sur} {self.mid} {self.given}"
        if nat and self.given_n and self.sur_n:
            if loc.order == "sg":
                return f"{self.sur_n}{self.njoin}{self.given_n}"
            return f"{self.given_n} {self.sur_n}"
        if self.sg:
            return f"{self.sur} {self.given}"
        return f"{self.given} {self.sur}"

    def last(self) -> str:
        if self.loc.order == "ms":
            return self.given
        return self.s()

    def ascii_parts(self) -> tuple[str, str]:
        g = slug(self.given.split()[0]) if self.loc.order != "sg" else slug(self.given)
        s = slug(self.sur.split()[-1]) if self.loc.order == "ms" else slug(self.login_sur)
        if self.loc.order == "vi":
            s = slug(self.sur)
        return g, s

    # --- derived identifiers --------------------------------------------
    def login(self) -> str:
        if "login" not in self.cache:
            r = self.rng
            g, s = self.ascii_parts()
            nn = str(r.randint(1, 99))
            opts = [
                f"{g}.{s}",
                f"{g[0]}{s}",
                f"{g}.{s[0]}",
                f"{s}{g[0]}",
                f"{g[0]}_{s}",
                f"{g}_{s}",
                f"{g[0]}{s}{nn}",
                f"{g}{s[0]}{nn}",
                f"{s}.{g}",
            ]
            if self.nick:
                opts.append(slug(self.nick) + nn)
            self.cache["login"] = r.choice(opts)
        return str(self.cache["login"])

    def email(self, domain: str | None = None) -> str:
        key = "email:" + (domain or "")
        if key not in self.cache:
            r = self.rng
            g, s = self.ascii_parts()
            yy = str(r.choice([r.randint(70, 99), r.randint(0, 24)])).zfill(2)
            if domain:
                local = r.choice([f"{g}.{s}", f"{g}.{s}", f"{g[0]}{s}", f"{g}{s[0]}", f"{s}.{g}", f"{g}"])
            else:
                opts = [
                    f"{g}.{s}",
                    f"{g}{s}{yy}",
                    f"{g[0]}{s}{yy}",
                    f"{g}_{s}",
                    f"{s}.{g}{yy}",
                    f"{g}.{s}{r.randint(1, 9)}",
                    f"{g}{yy}",
                ]
                if self.nick:
                    opts.append(f"{slug(self.nick)}.{s}")
                    opts.append(f"{slug(self.nick)}{yy}")
                local = r.choice(opts)
            dom = domain or r.choice(self.loc.mail)
            self.cache[key] = f"{local}@{dom}"
        return str(self.cache[key])

    def handle(self) -> str:
        if "handle" not in self.cache:
            r = self.rng
            g, s = self.ascii_parts()
            opts = [
                f"{g}_{s}",
                camel(self.given) + camel(self.sur),
                f"{g}{s}",
                f"{g}.{s}",
                f"{g}_{s[0]}",
                f"{s}{g}",
                f"{g}{s}{r.randint(1, 99)}",
                f"the{g}{s}",
            ]
            if self.nick:
                opts.append(slug(self.nick) + "_" + s)
            fit = [o for o in opts if len(o) <= 15]
            h = r.choice(fit) if fit else min(opts, key=len)[:15]
            self.cache["handle"] = h
        return str(self.cache["handle"])

    # --- rendering -------------------------------------------------------
    def honorific(self) -> list[Seg]:
        r = self.rng
        pool = list(self.loc.hon_m if self.male else self.loc.hon_f)
        if self.native:
            nat = [h for h in pool if re.search(r"\{n[gsf]\}", h)]
            pool = nat or pool
        else:
            pool = [h for h in pool if not re.search(r"\{n[gsf]\}", h)] or pool
        h = r.choice(pool)
        m = re.search(r"\{(\w+)\}", h)
        assert m is not None, h
        key = m.group(1)
        val = {
            "g": self.g(False),
            "s": self.s(False) if self.loc.order != "ms" else self.given,
            "f": self.full(False),
            "ng": self.g(True),
            "ns": self.s(True),
            "nf": self.full(True),
            "nick": self.nick or self.given,
        }[key]
        out: list[Seg] = []
        if h[: m.start()]:
            out.append((None, h[: m.start()]))
        out.append((PERSON, val))
        if h[m.end() :]:
            out.append((None, h[m.end() :]))
        return out

    def form(self, name: str) -> list[Seg]:
        r = self.rng
        if name == "any":
            name = r.choice(["full", "full", "full", "first", "title", "title", "init", "lastfirst", "nick"])
        if name == "chat":
            if "chat" not in self.cache:
                self.cache["chat"] = r.choice(
                    ["full", "full", "finit", "first", "login", "lower", "nickfull"]
                )
            name = self.cache["chat"]
        if name == "sig":
            name = r.choice(["full", "full", "first", "finit", "initials", "nick"])
        if name == "full":
            return [(PERSON, self.full())]
        if name == "rfull":
            return [(PERSON, self.full(False))]
        if name == "first":
            return [(PERSON, self.g())]
        if name == "rfirst":
            return [(PERSON, self.g(False))]
        if name == "last":
            return [(PERSON, self.last())]
        if name == "title":
            return self.honorific()
        if name == "tfull":
            hs = self.honorific()
            pre = [s for s in hs if s[0] is None and hs.index(s) == 0]
            if pre:
                return [pre[0], (PERSON, self.full())]
            return [(PERSON, self.full()), *[s for s in hs if s[0] is None]]
        if name == "lastfirst":
            if self.native or self.loc.order in ("ms",):
                return [(PERSON, self.full())]
            return [(PERSON, f"{self.sur}, {self.given}")]
        if name == "upfirst":
            if self.native or self.loc.order in ("ms",):
                return [(PERSON, self.full())]
            sep = r.choice([" ", ", "])
            return [(PERSON, f"{self.sur.upper()}{sep}{self.given}")]
        if name == "caps":
            return [(PERSON, self.full(False).upper())]
        if name == "lower":
            return [(PERSON, self.full(False).lower())]
        if name == "lowerfirst":
            return [(PERSON, self.given.lower())]
        if name == "init":
            if self.native:
                return [(PERSON, self.full())]
            ini = "".join(i + "." for i in initials(self.given))
            return [(PERSON, f"{ini} {self.sur}")]
        if name == "finit":
            if self.native:
                return [(PERSON, self.g())]
            return [
                (PERSON, f"{self.given} {initials(self.sur)[-1] if initials(self.sur) else self.sur[0]}.")
            ]
        if name == "initials":
            ini = initials(self.given)[:1] + initials(self.sur)[-1:]
            return [(PERSON, r.choice(["".join(ini), ".".join(ini) + "."]))]
        if name == "nick":
            return [(PERSON, self.nick or self.g())]
        if name == "nickfull":
            if self.nick and self.loc.code in ("zh_HK", "zh_TW", "en_SG", "ko_KR"):
                return [(PERSON, f"{self.nick} {self.sur}")]
            return [(PERSON, self.full())]
        if name == "native":
            return [(PERSON, self.full(True))]
        if name == "login":
            return [(PERSON, self.login())]
        if name == "handle":
            return [(PERSON, self.handle())]
        if name == "tag":
            return [(PERSON, camel(self.given) + (camel(self.sur) if r.random() < 0.6 else ""))]
        if name == "airline":
            t = "MR" if self.male else r.choice(["MS", "MRS"])
            return [(PERSON, f"{slug(self.sur).upper()}/{slug(self.given).upper()}"), (None, " " + t)]
        raise KeyError(name)


# ---------------------------------------------------------------------------
# the document builder: text is appended piece by piece, spans recorded as we go
# ---------------------------------------------------------------------------

_PH = re.compile(r"\{([A-Za-z][A-Za-z0-9_]*(?:\.[a-z0-9]+)?)\}")
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


class Doc:
    def __init__(self, rng: random.Random, loc: Locale, tid: int) -> None:
        self.rng = rng
        self.loc = loc
        self.tid = tid
        self._buf: list[str] = []
        self._n = 0
        self.spans: list[dict[str, Any]] = []
        self.brands: list[str] = []
        self.people: dict[str, Person] = {}
        self.cache: dict[str, Any] = {}
        self.case: str | None = None
        self.typo = 0.0
        self.clock = rng.randint(0, 23 * 60)
        self.sec = rng.randint(0, 59)
        self.day = date(2023, 1, 1) + timedelta(days=rng.randint(0, 820))

    # --- low level -------------------------------------------------------
    def _lit(self, s: str) -> None:
        if s:
            self._buf.append(s)
            self._n += len(s)

    def _span(self, label: str, value: str) -> None:
        if not value or value != value.strip():
            raise ValueError(f"bad span value {value!r}")
        self.spans.append({"label": label, "start": self._n, "end": self._n + len(value), "value": value})
        self._lit(value)

    def _case(self, s: str) -> str:
        if self.case == "lower":
            return s.lower()
        if self.case == "upper":
            return s.upper()
        return s

    def emit(self, segs: Sequence[Seg]) -> None:
        for label, text in segs:
            if label is None:
                self._lit(self._case(add_typos(self.rng, text, self.typo)))
            elif label == KEEP:
                self._lit(text)
            elif label == BRAND:
                self.brands.append(text)
                self._lit(text)
            elif label in (PERSON, ADDR):
                self._span(label, self._case(text))
            else:
                self._span(label, text)

    def w(self, s: str) -> Doc:
        """Write a template string; {key} placeholders are resolved and spans recorded in place."""
        pos = 0
        for m in _PH.finditer(s):
            self.emit([(None, s[pos : m.start()])])
            self.emit(self.resolve(m.group(1)))
            pos = m.end()
        self.emit([(None, s[pos:])])
        return self

    def ln(self, s: str = "") -> Doc:
        return self.w(s + "\n")

    def text(self) -> str:
        return "".join(self._buf)

    # --- people ----------------------------------------------------------
    def p(self, ref: str, loc: Locale | None = None, gender: str | None = None) -> Person:
        if ref not in self.people:
            taken = {p.given for p in self.people.values()} | {p.full(False) for p in self.people.values()}
            surnames = {p.sur for p in self.people.values()}
            for attempt in range(10):
                person = Person(self.rng, loc or self.loc, gender)
                if person.given in taken or person.full(False) in taken:
                    continue
                if attempt < 5 and person.sur in surnames:
                    continue
                break
            self.people[ref] = person
        return self.people[ref]

    def foreign(self, ref: str, gender: str | None = None) -> Person:
        """A colleague from some other locale (global on-call teams)."""
        return self.p(ref, self.rng.choice(ALL_LOCALES), gender)

    def resolve(self, key: str) -> list[Seg]:
        if "." in key:
            ref, form = key.split(".", 1)
            person = self.p(ref)
            return self.person_attr(person, form)
        if key in GEN:
            return _norm(GEN[key](self))
        m = re.fullmatch(r"([a-z_0-9]+?)(\d)", key)
        if m and m.group(1) in GEN:
            ck = "gen:" + key
            if ck not in self.cache:
                self.cache[ck] = _norm(GEN[m.group(1)](self))
            return list(self.cache[ck])
        if key not in GEN:
            raise KeyError(key)
        return _norm(GEN[key](self))

    def person_attr(self, person: Person, form: str) -> list[Seg]:
        if form == "email":
            return [(EMAIL, person.email())]
        if form == "wemail":
            return [(EMAIL, person.email(self.org_domain()))]
        if form == "phone":
            if "phone" not in person.cache:
                num = make_number(self.rng, person.loc.region)
                person.cache["num"] = num
                person.cache["phone"] = format_phone(self.rng, num, self.loc.region)
            return [(PHONE, person.cache["phone"])]
        if form == "phone2":  # same person, written differently this time
            self.person_attr(person, "phone")
            return [(PHONE, format_phone(self.rng, person.cache["num"], self.loc.region))]
        if form in ("parent", "kin", "rel"):
            words = {
                "parent": (["dad", "father"], ["mum", "mother", "mom"]),
                "kin": (
                    ["grandfather", "uncle", "father", "brother"],
                    ["grandmother", "aunt", "mother", "sister"],
                ),
                "rel": (
                    ["husband", "father", "son", "brother", "neighbour", "cousin"],
                    ["wife", "mother", "daughter", "sister", "neighbour", "aunt"],
                ),
            }[form]
            key = "w:" + form
            if key not in person.cache:
                person.cache[key] = self.rng.choice(words[0] if person.male else words[1])
            return [(None, person.cache[key])]
        if form == "sex":
            return [(None, "M" if person.male else "F")]
        if form in ("he", "his", "him"):
            words = {"he": ("he", "she"), "his": ("his", "her"), "him": ("him", "her")}[form]
            return [(None, words[0] if person.male else words[1])]
        if form in ("addr", "post"):
            if form not in person.cache:
                person.cache[form] = make_address(
                    self.rng, person.loc, native=person.native, pobox=form == "post"
                )
            return [(ADDR, person.cache[form])]
        return person.form(form)

    # --- values shared by a document ---------------------------------------
    def once(self, key: str, fn: Callable[[], Any]) -> Any:
        if key not in self.cache:
            self.cache[key] = fn()
        return self.cache[key]

    def org_domain(self) -> str:
        return str(self.once("orgdom", lambda: self.rng.choice(WORK_DOMAINS)))

    def pick(self, seq: Sequence[Any]) -> Any:
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def some(self, seq: Sequence[Any], lo: int, hi: int) -> list[Any]:
        """An ordered random subset of seq."""
        k = min(len(seq), self.rng.randint(lo, hi))
        idx = sorted(self.rng.sample(range(len(seq)), k))
        return [seq[i] for i in idx]

    # --- time ------------------------------------------------------------
    def _advance(self, lo: int, hi: int) -> None:
        step = self.rng.randint(lo, hi)
        if step == 0:
            self.sec += self.rng.randint(4, 40)
            if self.sec >= 60:
                self.sec -= 60
                step = 1
        else:
            self.sec = self.rng.randint(0, 59)
        self.clock = (self.clock + step) % (24 * 60)

    def at(self, lo: int, hi: int) -> str:
        """A time later than now (for 'next update at ...') without moving the clock."""
        h, m = divmod((self.clock + self.rng.randint(lo, hi)) % (24 * 60), 60)
        return f"{h:02d}:{m:02d}"

    def hms(self, lo: int = 0, hi: int = 2) -> str:
        self._advance(lo, hi)
        h, m = divmod(self.clock, 60)
        return f"{h:02d}:{m:02d}:{self.sec:02d}"

    def tick(self, lo: int = 1, hi: int = 9) -> str:
        self._advance(lo, hi)
        h, m = divmod(self.clock, 60)
        style = self.once("tstyle", lambda: self.rng.choice(["24", "24", "12", "sec", "12s"]))
        if style == "24":
            return f"{h:02d}:{m:02d}"
        if style == "sec":
            return f"{h:02d}:{m:02d}:{self.sec:02d}"
        ap = "AM" if h < 12 else "PM"
        hh = h % 12 or 12
        if style == "12s":
            return f"{hh}:{m:02d} {ap.lower()}"
        return f"{hh}:{m:02d} {ap}"

    def hhmm(self, lo: int = 1, hi: int = 9) -> str:
        self._advance(lo, hi)
        h, m = divmod(self.clock, 60)
        return f"{h:02d}:{m:02d}"

    def date(self, offset: int = 0, style: str | None = None) -> str:
        dd = self.day + timedelta(days=offset)
        st = style or self.once("dstyle", lambda: self.rng.choice(["iso", "loc", "loc", "text", "short"]))
        if st == "iso":
            return dd.isoformat()
        if st == "text":
            return f"{dd.day} {_MONTHS[dd.month - 1]} {dd.year}"
        if st == "short":
            return f"{_MONTHS[dd.month - 1]} {dd.day}"
        if self.loc.dmy == "mdy":
            return f"{dd.month}/{dd.day}/{dd.year}"
        if self.loc.dmy == "ymd":
            return f"{dd.year}/{dd.month:02d}/{dd.day:02d}"
        return f"{dd.day:02d}/{dd.month:02d}/{dd.year}"

    def row(self) -> dict[str, Any]:
        return {
            "text": self.text(),
            "spans": self.spans,
            "template_id": self.tid,
            "locale": self.loc.code,
            "brands": self.brands,
        }


def _norm(v: list[Seg] | str) -> list[Seg]:
    if isinstance(v, str):
        return [(KEEP, v)]
    return v


# ---------------------------------------------------------------------------
# value generators usable as {key} (and {key1}, {key2}: fixed per document)
# ---------------------------------------------------------------------------

WORK_DOMAINS = _split(
    "relaywatch.io;haldencare.org;ostara-logistics.com;meridian-health.org;kestrelnet.co;"
    "brightpath.edu;quayside-hotels.com;lumengrid.energy;contoso.com;northwindbank.com;"
    "tailspinair.com;globex.com;fabrikampay.com"
)
ROLE_BOXES = _split(
    "support;noc;oncall;incidents;info;no-reply;abuse;security;billing;hr;frontdesk;helpdesk;status;"
    "dispatch;customercare"
)
BANK_BRANDS = ["Northwind Bank", "Fabrikam Pay"]
AIR_BRANDS = ["Tailspin Air"]
CO_BRANDS = ["Contoso", "Globex", "Northwind"]
for _b in [*BANK_BRANDS, *AIR_BRANDS, *CO_BRANDS]:
    assert _b in BRANDS, _b
SERVICES = _split(
    "sms-gateway;alert-router;geo-fence;ingest-worker;translation-api;notify-fanout;classifier;"
    "dedupe-svc;webhook-relay;map-tiles;auth-proxy;voice-bridge"
)
ENVS = _split("prod;prod-eu;prod-ap;stg;prod-us")
DCS = _split("fra1;sin2;iad3;bom1;gru1;jnb1;nrt1;syd1;ams3")
PUB_ACCOUNTS = _split(
    "@WHO;@NWS;@USGS_Quakes;@BMKG;@dost_pagasa;@metoffice;@MetService;@ReliefWeb;@UNICEF;@IFRC;"
    "@NDRRMC_OpenCBD;@BOM_au"
)
STORMS = _split(
    "Typhoon Haikui;Cyclone Freddy;Storm Ciarán;Hurricane Milton;Typhoon Yagi;Storm Babet;"
    "Cyclone Biparjoy;Storm Daniel;Hurricane Beryl;Typhoon Gaemi;Cyclone Gabrielle;Storm Otto;"
    "Hurricane Otis;Cyclone Mocha"
)
PUBLIC_FIGURES = [
    ("UN Secretary-General", "António Guterres"),
    ("WHO Director-General", "Tedros Adhanom Ghebreyesus"),
    ("Microsoft CEO", "Satya Nadella"),
    ("Google CEO", "Sundar Pichai"),
    ("Apple CEO", "Tim Cook"),
    ("Kenyan President", "William Ruto"),
    ("Malaysian Prime Minister", "Anwar Ibrahim"),
    ("Nigerian President", "Bola Tinubu"),
    ("Brazilian President", "Luiz Inácio Lula da Silva"),
    ("Indonesian President", "Prabowo Subianto"),
    ("Philippine President", "Ferdinand Marcos Jr."),
    ("IFRC Secretary General", "Jagan Chapagain"),
]
PETS = _split("Biscuit;Luna;Max;Simba;Bella;Oreo;Bruno;Kiki;Mochi;Tiger;Coco;Rocky")
HOSPITALS = _split(
    "Harbour View Hospital;St. Brigid's Hospital;Riverside Community Clinic;Mercy General;"
    "Lakeside Polyclinic;Greenfield Family Health Centre;St. Luke's Medical Center;"
    "Al Noor Specialist Hospital"
)
HOTELS = _split(
    "Harbour Grand Hotel;The Meridian Suites;Casa Palmera Inn;Hotel Bellavista;Skyline Residences;"
    "Lotus Garden Hotel;Kingsway Lodge"
)
SCHOOLS = _split(
    "Greenfield International School;St. Joseph's Primary;Riverside High;Sunrise Academy;"
    "Hillcrest Secondary School;Al-Amal Model School;Mount Carmel Convent School"
)
TEAMS = _split("SRE-APAC;Payments On-call;Trust & Safety;NOC L2;Comms;Platform Infra;Data Eng;Field Ops")
TAGS = _split(
    "#outage;#earthquake;#flood;#typhoon;#PowerCut;#ServiceDown;#StaySafe;#heatwave;#NoSignal;#fail"
)
AGENCIES = _split(
    "the Red Cross;Civil Defence;the fire brigade;the State Emergency Service;the Met Office;"
    "the National Disaster Management Authority;the police"
)


def _g_ip(d: Doc) -> list[Seg]:
    r = d.rng
    x = r.random()
    if x < 0.3:
        v = f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    elif x < 0.45:
        v = f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}"
    elif x < 0.55:
        v = f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    else:
        first = r.choice([31, 41, 45, 49, 62, 77, 85, 91, 102, 103, 110, 117, 139, 154, 177, 185, 196, 203])
        v = f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return [("IP_ADDRESS", v)]


def _g_ip6(d: Doc) -> list[Seg]:
    r = d.rng
    pre = r.choice([0x2A02, 0x2400, 0x2606, 0x2001, 0x2C0F, 0x2804, 0x2405, 0x2A01, 0xFE80])
    if pre == 0xFE80:
        val = (0xFE80 << 112) | r.getrandbits(64)
    else:
        val = (
            (pre << 112)
            | (r.getrandbits(48) << 64)
            | (r.getrandbits(64) if r.random() < 0.6 else r.randint(1, 255))
        )
    return [("IP_ADDRESS", str(ipaddress.IPv6Address(val)))]


def _g_card(d: Doc) -> list[Seg]:
    kinds = [*d.loc.cards, "visa", "mc", "visa"]
    if d.chance(0.12):
        kinds.append("amex")
    return [("CREDIT_CARD", fmt_card(d.rng, make_card(d.rng, d.pick(kinds))))]


def _g_iban(d: Doc) -> list[Seg]:
    cc = d.loc.iban or d.pick(["DE", "NL", "GB", "IE", "IT", "PL"])
    return [("IBAN_CODE", fmt_iban(d.rng, make_iban(d.rng, cc)))]


def _g_phone(d: Doc) -> list[Seg]:
    num = make_number(d.rng, d.loc.region, mobile=d.chance(0.8))
    return [(PHONE, format_phone(d.rng, num, d.loc.region))]


def _g_landline(d: Doc) -> list[Seg]:
    num = make_number(d.rng, d.loc.region, mobile=False)
    return [(PHONE, format_phone(d.rng, num, d.loc.region))]


def _g_sphone(d: Doc) -> list[Seg]:
    num = make_number(d.rng, d.loc.region, mobile=True)
    nat = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    base = nat if d.chance(0.7) else intl
    return [(PHONE, spell_phone(d.rng, base))]


def _g_addr(d: Doc) -> list[Seg]:
    return [(ADDR, make_address(d.rng, d.loc, native=d.chance(0.25)))]


def _g_post(d: Doc) -> list[Seg]:
    return [(ADDR, make_address(d.rng, d.loc, native=d.chance(0.2), pobox=True))]


def _g_dlst(d: Doc) -> str:
    return str(d.once("dlst", lambda: d.pick(list(DL_FORMATS))))


def _g_dl(d: Doc) -> list[Seg]:
    st = _g_dlst(d)
    return [("US_DRIVER_LICENSE", fill_pattern(d.rng, d.pick(DL_FORMATS[st])))]


def _g_role(d: Doc) -> str:
    dom = d.once("roledom", lambda: d.pick(WORK_DOMAINS))
    return f"{d.pick(ROLE_BOXES)}@{dom}"


def _g_host(d: Doc) -> str:
    r = d.rng
    svc = d.pick(SERVICES)
    x = r.random()
    if x < 0.35:
        return f"{svc}-{r.randint(1, 12):02d}.{d.pick(DCS)}.internal"
    if x < 0.6:
        return f"{d.pick(['db', 'redis', 'kafka', 'pg', 'es'])}-{d.pick(ENVS)}-{r.randint(1, 9)}"
    if x < 0.8:
        return f"k8s-node-{r.randint(1, 60)}"
    return f"{svc}.{d.pick(ENVS)}.relaywatch.io"


def _g_inc(d: Doc) -> str:
    r = d.rng
    return str(
        d.once(
            "inc",
            lambda: d.pick(
                [
                    f"INC-{r.randint(1000, 99999)}",
                    f"INC{r.randint(100000, 999999)}",
                    f"SEV{r.randint(1, 3)}-{r.randint(100, 9999)}",
                    f"#inc-{r.randint(100, 999)}",
                ]
            ),
        )
    )


def _g_ticket(d: Doc) -> str:
    r = d.rng
    return d.pick(
        [
            f"#{r.randint(100000, 999999)}",
            f"CS-{r.randint(2021, 2025)}-{r.randint(1000, 99999):05d}",
            f"TKT-{r.randint(10000, 999999)}",
            f"Case {r.randint(10000000, 99999999)}",
            f"SR{r.randint(1000000, 9999999)}",
        ]
    )


def _g_ver(d: Doc) -> str:
    r = d.rng
    return d.pick(
        [
            f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 12)}",
            f"{r.randint(1, 5)}.{r.randint(0, 40)}.{r.randint(0, 9)}",
            f"build {r.randint(1000, 9999)}",
        ]
    )


def _g_track(d: Doc) -> str:
    r = d.rng
    return d.pick(
        [
            f"{fill_pattern(r, 'AA')}{r.randint(100000000, 999999999)}{d.pick(['NL', 'CN', 'MY', 'IN', 'GB', 'DE'])}",
            f"1Z{fill_pattern(r, 'A#A###')}{r.randint(10000000, 99999999)}",
            f"AWB {r.randint(100, 999)}-{r.randint(10000000, 99999999)}",
            f"SPX{fill_pattern(r, 'AA')}{r.randint(100000000, 999999999)}",
        ]
    )


def _g_order(d: Doc) -> str:
    r = d.rng
    return d.pick(
        [
            f"ORD-{r.randint(10000, 99999)}-{fill_pattern(r, 'AA')}",
            f"#{r.randint(1000000, 9999999)}",
            f"PO{r.randint(100000, 999999)}",
        ]
    )


def _g_pnr(d: Doc) -> str:
    return str(d.once("pnr", lambda: fill_pattern(d.rng, "A#AAAA" if d.chance(0.5) else "AAA#AA")))


def _g_flight(d: Doc) -> str:
    return f"TS {d.rng.randint(100, 1999)}" if d.chance(0.6) else f"TS{d.rng.randint(100, 1999)}"


def _g_mrn(d: Doc) -> str:
    r = d.rng
    return d.pick(
        [
            f"MRN {r.randint(10000000, 99999999)}",
            f"MRN: {r.randint(100000, 999999)}",
            f"UHID {fill_pattern(r, 'AA')}{r.randint(100000, 999999)}",
        ]
    )


def _g_amount(d: Doc) -> str:
    r = d.rng
    n = d.pick([r.randint(5, 99), r.randint(100, 999), r.randint(1000, 99999)])
    if d.loc.cur in ("Rp {}", "{}₫", "{}đ", "₩{}", "¥{}") or "Kč" in d.loc.cur:
        n *= 1000 if d.loc.cur != "¥{}" else 10
    sep = "." if d.loc.cur in ("Rp {}", "{}₫", "R$ {}", "$ {}", "{} €", "{} TL") else ","
    s = f"{n:,}".replace(",", sep)
    return d.loc.cur.replace("{}", s)


def _g_masked(d: Doc) -> str:
    r = d.rng
    t = f"{r.randint(0, 9999):04d}"
    return d.pick(
        [
            f"ending {t}",
            f"**** {t}",
            f"xxxx-xxxx-xxxx-{t}",
            f"ending in {t}",
            f"XXXXXXXXXXXX{t}",
            f"a/c ending {t}",
        ]
    )


def _g_street(d: Doc) -> str:
    return str(d.pick(d.loc.streets)).split("{")[0].strip(" ,")


def _g_city(d: Doc) -> str:
    return str(d.once("city", lambda: d.pick(d.loc.places)[0 if d.loc.city_first else 1]))


def _g_district(d: Doc) -> str:
    return str(d.pick(d.loc.places)[0])


def _g_landmark(d: Doc) -> str:
    return str(d.pick(d.loc.landmarks or LANDMARKS))


def _g_storm(d: Doc) -> str:
    return str(d.once("storm", lambda: d.pick(STORMS)))


_NATIONAL_FIGURES = {
    "en_KE": 5,
    "ms_MY": 6,
    "yo_NG": 7,
    "ig_NG": 7,
    "ha_NG": 7,
    "pt_BR": 8,
    "id_ID": 9,
    "fil_PH": 10,
}


def _g_pubfig(d: Doc) -> str:
    """A public figure in a public role; national leaders only where they belong."""
    idx = _NATIONAL_FIGURES.get(d.loc.code)
    if idx is None or d.chance(0.3):
        return _g_globalfig(d)
    role, name = PUBLIC_FIGURES[idx]
    return f"{role} {name}"


def _g_globalfig(d: Doc) -> str:
    role, name = d.once("globalfig", lambda: d.pick(PUBLIC_FIGURES[:2] + PUBLIC_FIGURES[-1:]))
    return f"{role} {name}"


def _g_ceo(d: Doc) -> str:
    role, name = d.once("ceo", lambda: d.pick(PUBLIC_FIGURES[2:5]))
    return f"{role} {name}"


def _g_bank(d: Doc) -> list[Seg]:
    return [(BRAND, str(d.once("bank", lambda: d.pick(BANK_BRANDS))))]


def _g_co(d: Doc) -> list[Seg]:
    return [(BRAND, str(d.once("co", lambda: d.pick(CO_BRANDS))))]


def _g_air(d: Doc) -> list[Seg]:
    return [(BRAND, "Tailspin Air")]


def _g_brand(d: Doc) -> list[Seg]:
    return [(BRAND, d.pick(BRANDS))]


def _g_hbrand(d: Doc) -> list[Seg]:
    return [(BRAND, str(d.once("hbrand", lambda: d.pick(HANDLE_BRANDS))))]


_URL_BASES = {
    "Contoso": "status.contoso.com",
    "Globex": "globex.statuspage.io",
    "Northwind": "status.northwind.com",
    "Northwind Bank": "help.northwindbank.com",
    "Fabrikam Pay": "status.fabrikampay.com",
    "Tailspin Air": "tailspinair.com/travel-alerts",
}


def _g_url(d: Doc) -> str:
    r = d.rng
    ctx = [b for b in d.brands if b in _URL_BASES]
    base = _URL_BASES[ctx[-1]] if ctx else d.pick(["status.relaywatch.io", "alerts.relaywatch.io"])
    return f"https://{base}/{d.pick(['incidents', 'i', 'updates'])}/{fill_pattern(r, 'A#A#A#').lower()}"


def _g_tag(d: Doc) -> str:
    return str(d.pick(TAGS))


def _g_pub(d: Doc) -> str:
    return str(d.pick(PUB_ACCOUNTS))


def _g_pct(d: Doc) -> str:
    return f"{d.rng.randint(1, 99)}{d.pick(['%', '.5%', '%'])}"


def _g_ms(d: Doc) -> str:
    return d.pick(
        [
            f"{d.rng.randint(120, 9000)}ms",
            f"{d.rng.randint(2, 40)}s",
            f"p99 {d.rng.randint(2, 30)}.{d.rng.randint(0, 9)}s",
        ]
    )


def _g_ts(d: Doc) -> str:
    d.clock = (d.clock + d.rng.randint(0, 4)) % (24 * 60)
    h, m = divmod(d.clock, 60)
    return f"{d.day.isoformat()}T{h:02d}:{m:02d}:{d.rng.randint(0, 59):02d}Z"


GEN: dict[str, Callable[[Doc], list[Seg] | str]] = {
    "ip": _g_ip,
    "ip6": _g_ip6,
    "card": _g_card,
    "iban": _g_iban,
    "phone": _g_phone,
    "landline": _g_landline,
    "sphone": _g_sphone,
    "addr": _g_addr,
    "post": _g_post,
    "ssn": lambda d: [("US_SSN", make_ssn(d.rng))],
    "dl": _g_dl,
    "dlst": _g_dlst,
    "role": _g_role,
    "host": _g_host,
    "svc": lambda d: str(d.pick(SERVICES)),
    "inc": _g_inc,
    "ticket": _g_ticket,
    "ver": _g_ver,
    "track": _g_track,
    "order": _g_order,
    "pnr": _g_pnr,
    "flight": _g_flight,
    "mrn": _g_mrn,
    "amount": _g_amount,
    "masked": _g_masked,
    "street": _g_street,
    "city": _g_city,
    "district": _g_district,
    "landmark": _g_landmark,
    "storm": _g_storm,
    "pubfig": _g_pubfig,
    "globalfig": _g_globalfig,
    "ceo": _g_ceo,
    "bank": _g_bank,
    "co": _g_co,
    "air": _g_air,
    "brand": _g_brand,
    "hbrand": _g_hbrand,
    "url": _g_url,
    "tag": _g_tag,
    "pub": _g_pub,
    "pct": _g_pct,
    "ms": _g_ms,
    "ts": _g_ts,
    "time": lambda d: d.tick(),
    "hhmm": lambda d: d.hhmm(),
    "date": lambda d: d.date(),
    "hosp": lambda d: str(d.once("hosp", lambda: d.pick(HOSPITALS))),
    "hotel": lambda d: str(d.once("hotel", lambda: d.pick(HOTELS))),
    "school": lambda d: str(d.once("school", lambda: d.pick(SCHOOLS))),
    "team": lambda d: str(d.pick(TEAMS)),
    "pet": lambda d: str(d.once("pet", lambda: d.pick(PETS))),
    "agency": lambda d: str(d.pick(AGENCIES)),
    "hi": lambda d: str(d.pick(d.loc.hi)),
    "ty": lambda d: str(d.pick(d.loc.ty)),
    "env": lambda d: str(d.pick(ENVS)),
    "dc": lambda d: str(d.pick(DCS)),
    "n": lambda d: str(d.rng.randint(2, 40)),
    "room": lambda d: f"{d.rng.randint(2, 18)}{d.rng.randint(1, 40):02d}",
    "emp": lambda d: d.pick(
        [
            f"E-{d.rng.randint(10000, 99999)}",
            f"EMP{d.rng.randint(100000, 999999)}",
            f"{d.rng.randint(100000, 999999)}",
        ]
    ),
}


# ---------------------------------------------------------------------------
# locale data, all hand-written for this file. One block per locale:
#   "@ code REGION opt=value ..." then "field: a;b;c" lines.
# Names are "roman|native"; gendered surnames "masc/fem"; nicknames either a free
# pool or "Given>Nick". Honorifics: the {slot} is the name span (g given, s surname,
# f full, n* native script, nick), the text around it stays outside the span.
# Address formats use {st} street, {d}/{c} district/city (from places "d|c"),
# {pc} postcode pattern (# digit, A letter), numeric fields ({n}, {u}, {fl}, ...)
# and x.<name> extra lists.
# ---------------------------------------------------------------------------

_LOCALE_DATA = r"""
@ id_ID ID cards=visa,mc,jcb
male: Budi;Agus;Rizky;Dimas;Andi;Fajar;Hendra;Yusuf;Bayu
female: Siti;Dewi;Putri;Rina;Indah;Ayu;Fitri;Wulan;Nurul
sur: Santoso;Wijaya;Saputra;Hidayat;Pratama;Kusuma;Setiawan;Nugroho;Siregar;Simanjuntak;Harahap
nick_m: Agus>Gus;Rizky>Iki;Dimas>Dim;Bayu>Bay;Budi>Bud
nick_f: Putri>Uti;Fitri>Pipit;Dewi>Wiwi;Wulan>Ulan
hon_m: Pak {g};Bapak {g};Mas {g};Bang {g};Pak {s}
hon_f: Bu {g};Ibu {g};Mbak {g};Kak {g};Bu {s}
streets: Melati;Kenanga;Jend. Sudirman;Gatot Subroto;Raya Bogor;Cempaka Putih Tengah;Kebon Jeruk III;Pahlawan
places: Menteng|Jakarta Pusat;Cilandak|Jakarta Selatan;Coblong|Bandung;Tegalsari|Surabaya;Medan Baru|Medan;Ngaglik|Sleman;Pancoran Mas|Depok
addr: Jl. {st} No. {n}, RT {rt}/RW {rw}, Kel. {kel}, Kec. {d}, {c} {pc};Jalan {st} No.{nA}, {d}, {c};Perum Griya Asri Blok {b}{s1} No. {n}, {d}, {c} {pc};Gg. Mawar No. {n}, Jl. {st}, RT.{rt}/RW.{rw}, {d};Apartemen Taman Sari Tower {b} Lt. {fl} No. {u}, Jl. {st}, {c}
pc: 1####;4####;6####
mail: gmail.com;yahoo.co.id;yahoo.com;ymail.com
landmarks: Masjid Al-Ikhlas;Pasar Kramat;SDN 05 Pagi;Puskesmas Cilodong
mix: min, wifi aku down dari semalem, literally gak bisa kerja;udah restart modem berkali2 tetep aja lampu LOS merah;tolong dong dicek secepatnya, urgent bgt soalnya ada meeting;oke kak makasih ya, ditunggu kabarnya
hi: Halo;Selamat pagi;Pagi kak
ty: Terima kasih;makasih;Matur nuwun
cur: Rp {}
x.kel: Sukamaju;Cempaka Baru;Tebet Timur;Pasir Kaliki;Sidomulyo
@ ms_MY MY order=ms
male: Ahmad Faiz;Muhammad Hafiz;Amirul;Syafiq;Khairul Anuar;Azlan;Firdaus
female: Nur Aisyah;Farah Nadia;Siti Aminah;Aina Sofea;Nor Azura;Hidayah
sur: Ismail;Razak;Hassan;Abdullah;Osman;Yusof;Rahim;Kamarudin
nick_m: Ahmad Faiz>Faiz;Muhammad Hafiz>Apis;Amirul>Amir;Khairul Anuar>Kay;Syafiq>Epik
nick_f: Nur Aisyah>Aisyah;Farah Nadia>Farah;Aina Sofea>Aina;Siti Aminah>Mina;Nor Azura>Zura
hon_m: Encik {g};En. {g};Abang {g};Tuan {g};Ustaz {g};Dr. {g}
hon_f: Puan {g};Pn. {g};Cik {g};Kak {g};Ustazah {g};Dr. {g}
streets: SS 2/24;Tun Razak;Ampang;Bukit Bintang;Kuchai Lama;Setia Murni U13/52;Pahang
places: Petaling Jaya|Selangor;Cheras|Kuala Lumpur;Shah Alam|Selangor;Bayan Lepas|Pulau Pinang;Johor Bahru|Johor;Kota Bharu|Kelantan
addr: No. {n}, Jalan {st}, {pc} {d}, {c};{n}, Jalan {st}, Taman Sri Muda, {pc} {d}, {c};Blok {b}-{fl}-{u}, Pangsapuri Seri Cempaka, Jalan {st}, {pc} {d};Lot {lot}, Kampung Sungai Serai, {pc} {d}, {c}
pc: #####
mail: gmail.com;yahoo.com.my;hotmail.com;live.com.my
landmarks: Masjid Jamek;the petrol station;SK Taman Melati;Pasar Tani
mix: bro my line die already since last nite lah, cannot even open my apps;aiyo already restart router 3 times also same, red light blinking;can check for me or not? work from home wan, boss asking liao;ok tq ya, pls update me asap
hi: Salam;Hai;Assalamualaikum
ty: Terima kasih;tq;tenkiu
cur: RM{}
@ fil_PH PH
male: Mark Anthony;Jericho;Paolo;Rodel;John Paul;Christian;Renato;Jomar
female: Maricel;Kristine Joy;Jonalyn;Rhea Mae;Angelica;Princess;Lovely;Marites
sur: dela Cruz;Santos;Reyes;Bautista;Villanueva;Mendoza;Garcia;Manalo;Pascual;Soriano
nick_m: Jun-Jun;Bong;Toto;Jojo;Paeng
nick_f: Ging;Tin;Joy;Cha;Bebeng
hon_m: Kuya {g};Sir {g};Mang {g};Tito {g};Engr. {s};Mr. {s}
hon_f: Ate {g};Ma'am {g};Aling {g};Tita {g};Mrs. {s};Dra. {s}
streets: Mabini;Rizal;J.P. Rizal;Kalayaan;Aurora;Sampaguita;Gen. Luna
places: Brgy. San Roque|Marikina City;Brgy. Malanday|Valenzuela City;Brgy. Poblacion|Makati City;Brgy. Lahug|Cebu City;Brgy. Talomo|Davao City;Brgy. Sta. Lucia|Pasig City
addr: Blk {bn} Lot {lot}, {st} St., {d}, {c} {pc};{n} {st} St., {d}, {c};Unit {fl}{b}, Tower {s1}, Palm Grove Residences, {st} Ave., {d}, {c};#{n} {st} St. Ext., {d}, {c} {pc}
pc: 1###;6###;8###
mail: gmail.com;yahoo.com;yahoo.com.ph
landmarks: the barangay hall;Sto. Niño Parish;the sari-sari store;the covered court
mix: hi po, wala pa rin internet namin since kagabi, red yung LOS;na-restart ko na po yung modem pero same pa rin;sana ma-fix agad kasi WFH po ako, may meeting pa ako mamaya;sige po salamat, pakibalitaan na lang ako
hi: Hi po;Magandang araw po;Good am po
ty: Salamat po;Thank you po
cur: ₱{}
@ vi_VN VN order=vi native_p=0.55 fold_p=0.35
male: Tuan|Tuấn;Hung|Hùng;Dung|Dũng;Khang|Khang;Phuc|Phúc;Long|Long;Nam|Nam
female: Lan|Lan;Hoa|Hoa;Thao|Thảo;Trang|Trang;Huong|Hương;Linh|Linh;Mai|Mai
sur: Nguyen|Nguyễn;Tran|Trần;Le|Lê;Pham|Phạm;Hoang|Hoàng;Huynh|Huỳnh;Vo|Võ;Dang|Đặng;Bui|Bùi;Do|Đỗ
nick_m: Ti;Bin;Tun;Bo
nick_f: Be;Na;Su;Mit
hon_m: anh {g};chú {g};ông {g};anh {ng};chú {ng}
hon_f: chị {g};cô {g};bà {g};chị {ng};cô {ng}
streets: Nguyễn Trãi;Lê Lợi;Trần Hưng Đạo;Hai Bà Trưng;Cách Mạng Tháng Tám;Điện Biên Phủ;Lý Thường Kiệt
places: Phường Thượng Đình, Quận Thanh Xuân|Hà Nội;P. Bến Thành, Q.1|TP.HCM;Phường 12, Quận 10|TP. Hồ Chí Minh;Phường Hải Châu 1, Quận Hải Châu|Đà Nẵng;P. Dịch Vọng, Q. Cầu Giấy|Hà Nội
addr: Số {n} ngõ {lane} {st}, {d}, {c};{n}/{n2} {st}, {d}, {c};{nn} {st}, {d}, {c};Căn hộ {b}{fl}.{u2}, Chung cư Hòa Bình, {nn} {st}, {d}, {c}
mail: gmail.com;yahoo.com.vn;outlook.com
landmarks: chợ Bến Thành;Nhà thờ Đức Bà;the Circle K on the corner
mix: ad oi, mang nha em mat tu toi qua, den LOS do;em restart modem roi ma van ko dc;mai em phai hop online, check giup em voi a;ok cam on ad nhieu
hi: Chào bạn;Xin chào;Alo
ty: Cảm ơn;cam on nhe
cur: {}₫
x.mid_m: Van|Văn;Duc|Đức;Minh|Minh;Quoc|Quốc
x.mid_f: Thi|Thị;Ngoc|Ngọc;Thu|Thu;Thanh|Thanh
@ th_TH TH native_p=0.3
male: Somchai|สมชาย;Anan|อนันต์;Kittipong|กิตติพงษ์;Nattapong|ณัฐพงษ์;Wichai|วิชัย;Thanawat|ธนวัฒน์
female: Siriporn|ศิริพร;Kanya|กัญญา;Pimchanok|พิมพ์ชนก;Nattaya|ณัฐยา;Araya|อารยา;Suda|สุดา
sur: Jaidee|ใจดี;Srisuk|ศรีสุข;Wongsawat|วงศ์สวัสดิ์;Rattanakul|รัตนกุล;Boonmee|บุญมี;Saetang|แซ่ตั้ง
nick_m: Bank;Golf;Tong;Beam;Boy
nick_f: Ploy;Nok;Aom;Fon;Mint
hon_m: Khun {g};คุณ{ng};K.{g};P'{nick};Mr. {g}
hon_f: Khun {g};คุณ{ng};K.{g};P'{nick};Ms. {g}
streets: Sukhumvit;Rama IV;Phahonyothin;Ratchadaphisek;Lat Phrao;Charoen Krung;Nimmanhaemin
places: Khlong Toei Nuea, Watthana|Bangkok;Chatuchak|Bangkok;Bang Rak|Bangkok;Suthep, Mueang|Chiang Mai;Patong, Kathu|Phuket;Nai Mueang, Mueang|Khon Kaen
addr: {n}/{n2} Soi {st} {soi}, {d}, {c} {pc};{n}/{n2} Moo {moo}, {d}, {c} {pc};{nn} {st} Rd, {d}, {c} {pc};Room {room}, Baan Suan Condo, {nn} {st} Rd, {d}, {c} {pc}
addr_n: {n}/{n2} ถนน{stn} แขวง{kh} เขต{kt} {cn} {pc};{n}/{n2} ซอย{stn} {soi} {dn} {cn} {pc}
places_n: คลองเตยเหนือ|กรุงเทพฯ;จตุจักร|กรุงเทพมหานคร;สุเทพ|เชียงใหม่
pc: 10###;50###;83###
mail: gmail.com;hotmail.com;outlook.co.th
landmarks: 7-Eleven ปากซอย;the BTS exit 3;Wat Pho
mix: admin ka, net baan chan lom tang tae muea kuen, fai LOS daeng ka;restart router laew ka, mai dai loey;chuay check hai noi na ka, prung nee tong WFH;khob khun ka
hi: สวัสดีครับ;Sawasdee ka;Sawasdee krub
ty: ขอบคุณครับ;khob khun ka;ขอบคุณค่ะ
cur: ฿{}
x.stn: สุขุมวิท;พหลโยธิน;ลาดพร้าว;พระราม 4
x.kh: คลองเตยเหนือ;จตุจักร;สีลม
x.kt: วัฒนา;จตุจักร;บางรัก
@ zh_TW TW order=sg njoin=none native_p=0.45 cards=visa,mc,jcb,unionpay dmy=ymd
male: Chia-Hao|家豪;Chih-Wei|志偉;Chun-Hung|俊宏;Yu-Hsuan|宇軒;Cheng-Han|承翰;Po-Yu|柏宇
female: Shu-Fen|淑芬;Ya-Ting|雅婷;Yi-Chun|怡君;Hsin-Yi|欣怡;Pei-Shan|佩珊;Yu-Ting|郁婷
sur: Chen|陳;Lin|林;Huang|黃;Chang|張;Lee|李;Wang|王;Wu|吳;Tsai|蔡
nick_m: Kevin;Jerry;Eric;Allen;Jason
nick_f: Vivian;Tiffany;Grace;Joyce;Cindy
hon_m: {ns}先生;Mr. {s};{ns}經理;{ns}大哥
hon_f: {ns}小姐;Ms. {s};{ns}太太;{ns}姐
streets: Zhongxiao E. Rd., Sec. {sec};Xinyi Rd., Sec. {sec};Minsheng E. Rd., Sec. {sec};Zhongshan N. Rd., Sec. {sec};Heping W. Rd., Sec. {sec}
places: Da'an Dist.|Taipei City;Xinyi Dist.|Taipei City;Banqiao Dist.|New Taipei City;West Dist.|Taichung City;Zuoying Dist.|Kaohsiung City
addr: {fl}F., No. {nn}, {st}, {d}, {c} {pc};No. {n}, Ln. {lane}, {st}, {d}, {c};{fl}F.-{s1}, No. {n}, Aly. {s2}, Ln. {lane}, {st}, {d}, {c}
addr_n: {cn}{dn}{stn}{nn}號{fl}樓;{pc}{cn}{dn}{stn}{lane}巷{n}號{fl}樓之{s1}
places_n: 大安區|台北市;信義區|台北市;板橋區|新北市;西區|台中市;左營區|高雄市
pc: 1##;2##;4##;8##
mail: gmail.com;yahoo.com.tw;hotmail.com;msa.hinet.net
landmarks: 捷運忠孝復興站;the 7-11 downstairs;台北101
mix: 你好，家裡網路從昨晚就斷了，router 一直閃紅燈;已經 reboot 三次了還是不行;我明天要 WFH，可以幫我 check 一下嗎;好 謝謝
hi: 您好;你好;Hi
ty: 謝謝;感謝;thx
cur: NT${}
x.stn: 忠孝東路四段;信義路三段;民生東路二段;中山北路一段;和平西路二段
@ zh_HK HK order=sg njoin=none native_p=0.35 cards=visa,mc,unionpay
male: Ka Ming|家明;Chi Keung|志強;Wai Lun|偉倫;Tsz Hin|子軒;Ho Yin|浩然;Kwok Wai|國偉
female: Mei Ling|美玲;Wing Yan|詠欣;Suk Yee|淑儀;Ka Yan|嘉欣;Hoi Ying|凱盈;Sze Wing|詩穎
sur: Chan|陳;Wong|黃;Lee|李;Cheung|張;Lau|劉;Ho|何;Leung|梁;Ng|吳;Tsang|曾
nick_m: Kelvin;Ivan;Ken;Dickson;Samuel;Wilson
nick_f: Winnie;Cherry;Queenie;Mandy;Fanny;Karen
hon_m: {ns}生;{ns}先生;Mr {s};Mr. {s}
hon_f: {ns}小姐;{ns}太;Ms {s};Mrs {s}
streets: Nathan Road;Des Voeux Road Central;King's Road;Hennessy Road;Tai Po Road;Castle Peak Road
places: Mong Kok|Kowloon;Tsim Sha Tsui|Kowloon;North Point|Hong Kong;Causeway Bay|Hong Kong;Sham Shui Po|Kowloon;Tsuen Wan|New Territories
addr: Flat {b}, {fl}/F, {nn} {st}, {d}, {c};Rm {room}, {fl}/F, Block {b}, Wah Fung Building, {n} {st}, {d};{fl}/F, {n} {st}, {d}, {c}
addr_n: {cn}{dn}{stn}{nn}號{fl}樓{b}室;{dn}{stn}{n}號{bldg}{fl}樓{b}座
places_n: 旺角|九龍;北角|香港;荃灣|新界;深水埗|九龍
mail: gmail.com;yahoo.com.hk;netvigator.com;hotmail.com
landmarks: the MTR exit B2;the wet market;Times Square
mix: hi, 屋企個 wifi 由琴晚開始斷咗, router 閃紅燈;reset 咗幾次都唔得;聽日要 WFH, 可唔可以幫我 check 下;ok thx 唔該
hi: 你好;Hi;早晨
ty: 唔該;多謝;thx
cur: HK${}
x.stn: 彌敦道;英皇道;軒尼詩道;青山公路;大埔道
x.bldg: 華豐大廈;金輝閣;怡安樓
@ ja_JP JP order=sg native_p=0.5 cards=jcb,visa,mc dmy=ymd
male: Kenta|健太;Shota|翔太;Daisuke|大輔;Takuya|拓也;Ren|蓮;Hiroshi|浩
female: Misaki|美咲;Hina|陽菜;Sakura|さくら;Yumi|由美;Aoi|葵;Naoko|直子
sur: Sato|佐藤;Suzuki|鈴木;Takahashi|高橋;Tanaka|田中;Watanabe|渡辺;Ito|伊藤;Yamamoto|山本;Nakamura|中村;Kobayashi|小林
nick_m: Kenta>Ken;Takuya>Taku;Daisuke>Dai;Shota>Sho
nick_f: Misaki>Mii;Naoko>Nao;Sakura>Saku
hon_m: {ns}さん;{s}-san;{ns}様;{s}-sama;{ns}部長
hon_f: {ns}さん;{s}-san;{ns}様;{s}-sama
streets: Chuo-dori;Meiji-dori;Omotesando
places: Nishi-Shinjuku, Shinjuku-ku|Tokyo;Ebisu, Shibuya-ku|Tokyo;Umeda, Kita-ku|Osaka;Sakae, Naka-ku|Nagoya;Tenjin, Chuo-ku|Fukuoka
addr: {cho}-{ban}-{go} {d}, {c} {pc};{bldgr} {room}, {cho}-{ban}-{go} {d}, {c};{cho}-{ban}-{go}-{s2}0{s1} {d}, {c} {pc}
addr_n: 〒{pc} {cn}{dn}{cho}丁目{ban}番{go}号;{cn}{dn}{cho}-{ban}-{go} {bldg}{room}号室;{dn}{cho}丁目{ban}-{go} {bldg}
places_n: 新宿区西新宿|東京都;渋谷区恵比寿|東京都;大阪市北区梅田|大阪府;名古屋市中区栄|愛知県;福岡市中央区天神|福岡県
pc: ###-####
mail: gmail.com;yahoo.co.jp;docomo.ne.jp;icloud.com;ezweb.ne.jp
landmarks: 新宿駅南口;the Lawson by the station;Shibuya crossing
mix: すみません、昨日の夜からネットが繋がりません。ルーターのランプが赤です;再起動しましたがダメでした;明日リモートワークなので早めに確認お願いします;ありがとうございます
hi: お世話になっております;こんにちは;お疲れ様です
ty: よろしくお願いします;ありがとうございます
cur: ¥{}
x.bldg: メゾン桜;コーポ山田;グランハイツ;サンライズマンション
x.bldgr: Maison Sakura;Corpo Yamada;Grand Heights
@ ko_KR KR order=sg njoin=none native_p=0.55 dmy=ymd
male: Min-jun|민준;Ji-hoon|지훈;Do-yun|도윤;Jun-seo|준서;Hyun-woo|현우;Seung-min|승민
female: Seo-yeon|서연;Yu-jin|유진;Ha-eun|하은;Su-bin|수빈;Ji-woo|지우;Min-ji|민지
sur: Kim|김;Lee|이;Park|박;Choi|최;Jung|정;Kang|강;Cho|조;Yoon|윤
nick_m: Jason;Daniel;Kevin
nick_f: Grace;Jenny;Sophie
hon_m: {nf} 씨;{nf}님;{ns} 팀장님;{ns} 대리님;Mr. {s}
hon_f: {nf} 씨;{nf}님;{ns} 과장님;{ns} 선생님;Ms. {s}
streets: Teheran-ro;World Cup buk-ro;Gangnam-daero;Olympic-ro;Sejong-daero
places: Gangnam-gu|Seoul;Mapo-gu|Seoul;Haeundae-gu|Busan;Suseong-gu|Daegu;Bundang-gu, Seongnam-si|Gyeonggi-do
addr: {nn} {st}, {d}, {c} {pc};{dong}-{room}, {n} {st} {s2}-gil, {d}, {c};{fl}F, {nn} {st}, {d}, {c}
addr_n: {cn} {dn} {stn} {nn}, {fl}층;{cn} {dn} {stn}{s2}길 {n}, {dong}동 {room}호;{cn} {dn} {dongn} {nn}-{n}
places_n: 강남구|서울특별시;마포구|서울;해운대구|부산광역시;수성구|대구;분당구|성남시
pc: 0####;1####;4####
mail: naver.com;daum.net;gmail.com;kakao.com
landmarks: 강남역 11번 출구;the GS25 downstairs
mix: 안녕하세요, 어제 밤부터 인터넷이 안 돼요. 공유기 램프가 빨간색이에요;리셋 세 번 했는데도 안 돼요 ㅠㅠ;내일 재택이라 빨리 check 부탁드려요;감사합니다!
hi: 안녕하세요;Hi
ty: 감사합니다;고맙습니다
cur: ₩{}
x.stn: 테헤란로;월드컵북로;강남대로;올림픽로;세종대로
x.dongn: 역삼동;서교동;우동;범어동
@ hi_IN IN native_p=0.15 cards=rupay,visa,mc
male: Rahul|राहुल;Amit|अमित;Vikram|विक्रम;Sandeep|संदीप;Arjun|अर्जुन;Rohit|रोहित;Manoj|मनोज
female: Priya|प्रिया;Pooja|पूजा;Neha|नेहा;Anjali|अंजलि;Kavita|कविता;Sunita|सुनीता
sur: Sharma|शर्मा;Verma|वर्मा;Gupta|गुप्ता;Yadav|यादव;Mishra|मिश्रा;Chauhan|चौहान;Srivastava|श्रीवास्तव
nick_m: Rinku;Bunty;Sonu;Monu;Pappu
nick_f: Pinky;Guddi;Dolly;Chinki
hon_m: {s} ji;{g} ji;Shri {f};Sh. {f};{g} bhai;{g} sir;Mr. {s};Dr. {s};{ng} जी
hon_f: {g} ji;Smt. {f};{g} didi;{g} ma'am;Ms. {s};Dr. {s};{ng} जी
streets: MG Road;Nehru Marg;Station Road;Link Road;Ashok Marg;Ring Road
places: Laxmi Nagar|Delhi;Gomti Nagar|Lucknow;Malviya Nagar|Jaipur;Kankarbagh|Patna;Arera Colony|Bhopal;Sector 62|Noida;Lajpat Nagar|New Delhi
addr: H.No. {n}, Gali No. {s1}, {d}, {c} - {pc};Flat {fl}0{u1}, {b}-Wing, Shanti Apartments, {d}, {c} {pc};{n}/{n2}, {st}, near {lm}, {d}, {c};Plot {lot}, {st}, {d}, {c} {pc};House No. {n}, {st}, {d}, {c} {pc}
pc: 1#####;2#####;4#####;8#####
mail: gmail.com;yahoo.co.in;rediffmail.com;outlook.com
landmarks: Hanuman Mandir;Sharma Sweets;Metro Pillar 112;Govt. Senior Secondary School;Shiv Mandir
mix: bhai mera net kal raat se band hai, router pe red light aa rahi hai;3 baar restart kiya, phir bhi kuch nahi hua yaar;kal WFH hai, please jaldi check karwa do na;theek hai, thanks bhai
hi: Namaste;Hello sir;Namaskar
ty: Dhanyavaad;thanks ji;shukriya
cur: ₹{}
@ bn_BD BD native_p=0.15
male: Tanvir|তানভীর;Rakib|রাকিব;Arif|আরিফ;Sabbir|সাব্বির;Mahmud|মাহমুদ;Imran|ইমরান
female: Nusrat|নুসরাত;Farzana|ফারজানা;Sadia|সাদিয়া;Tahmina|তাহমিনা;Rumana|রুমানা;Sharmin|শারমিন
sur: Hossain|হোসেন;Rahman|রহমান;Islam|ইসলাম;Chowdhury|চৌধুরী;Sarker|সরকার;Ahmed|আহমেদ;Uddin|উদ্দিন/Akter|আক্তার
nick_m: Rony;Shuvo;Babu;Tutul
nick_f: Mim;Tumpa;Moni;Eva
hon_m: {g} bhai;{s} saheb;Janab {f};Mr. {s};{ng} ভাই
hon_f: {g} apa;{g} apu;Begum {s};Mrs. {s};{ng} আপা
streets: Road 11;Road 27;Satmasjid Road;Green Road;Mirpur Road;Kemal Ataturk Avenue
places: Dhanmondi|Dhaka;Banani|Dhaka;Mirpur-10|Dhaka;Uttara Sector 7|Dhaka;Agrabad|Chattogram;Zindabazar|Sylhet
addr: House {n}, {st}, {d}, {c} {pc};Flat {fl}{b}, House {n}, {st}, {d}, {c};{n}/{b} {st}, {d}, {c}-{pc};Holding No. {nn}, Ward {s1}, {d}, {c}
pc: 1###;4###;3###
mail: gmail.com;yahoo.com;hotmail.com
landmarks: Baitul Mukarram;the Aarong showroom;Dhanmondi lake
mix: vai amar net kal rat theke nai, router e lal light jolche;3 bar restart dilam, kono kaj hoy nai;kal office er meeting ache, please taratari check koren;accha, dhonnobad vai
hi: Assalamu alaikum;Salam vai
ty: Dhonnobad;thanks vai
cur: Tk {}
@ ur_PK PK iban=PK native_p=0.12
male: Bilal|بلال;Usman|عثمان;Hamza|حمزہ;Faisal|فیصل;Kamran|کامران;Zeeshan|ذیشان
female: Ayesha|عائشہ;Sana|ثنا;Hira|حرا;Mehwish|مہوش;Fatima|فاطمہ;Rabia|رابعہ
sur: Qureshi|قریشی;Butt|بٹ;Chaudhry|چوہدری;Malik|ملک;Siddiqui|صدیقی;Raza|رضا;Awan|اعوان
nick_m: Billu;Sunny;Shani;Mani
nick_f: Gudiya;Annie;Mahi;Pari
hon_m: {g} bhai;{g} sahab;{s} sahab;Mr. {s};Dr. {s};{ng} صاحب
hon_f: {g} baji;{g} api;Mrs. {s};Begum {s};Dr. {s};Madam {g}
streets: Street 12;Main Boulevard;Jail Road;Shahrah-e-Faisal;Canal Road;Club Road
places: F-7/2|Islamabad;G-11/3|Islamabad;DHA Phase 5|Lahore;Gulberg III|Lahore;PECHS Block 6|Karachi;Satellite Town|Rawalpindi
addr: House No. {n}, {st}, {d}, {c};Plot {n}-{b}, {d}, {c};Flat {fl}0{u1}, Al-Noor Heights, {st}, {d}, {c} {pc};{n}-{b}, Street {s2}, {d}, {c}
pc: #####
mail: gmail.com;yahoo.com;hotmail.com;outlook.com
landmarks: Jamia Masjid;the CSD store;Liberty roundabout
mix: bhai mera internet kal raat se band hai, router ki light red ho rahi hai;teen dafa restart kiya, phir bhi nahi chal raha;kal online class hai, meherbani kar ke jaldi check karein;theek hai, shukriya
hi: Assalam o Alaikum;AoA;Salam
ty: Shukriya;JazakAllah;thanks bhai
cur: Rs. {}
@ pa_IN IN native_p=0.15 cards=rupay,visa,mc
male: Gurpreet|ਗੁਰਪ੍ਰੀਤ;Harjit|ਹਰਜੀਤ;Jaswinder|ਜਸਵਿੰਦਰ;Manpreet|ਮਨਪ੍ਰੀਤ;Sukhdev|ਸੁਖਦੇਵ;Amandeep|ਅਮਨਦੀਪ
female: Harpreet|ਹਰਪ੍ਰੀਤ;Simran|ਸਿਮਰਨ;Navneet|ਨਵਨੀਤ;Kiranjit|ਕਿਰਨਜੀਤ;Rajwinder|ਰਾਜਵਿੰਦਰ;Gurleen|ਗੁਰਲੀਨ
sur: Gill|ਗਿੱਲ;Sandhu|ਸੰਧੂ;Dhillon|ਢਿੱਲੋਂ;Grewal|ਗਰੇਵਾਲ;Brar|ਬਰਾੜ;Sidhu|ਸਿੱਧੂ;Singh|ਸਿੰਘ/Kaur|ਕੌਰ
nick_m: Goldy;Lucky;Happy;Bittu
nick_f: Pinky;Sweety;Nikki;Rupi
hon_m: Sardar {f};S. {f};{g} ji;{s} sahib;{g} veer;{g} paaji;{ng} ਜੀ
hon_f: Sardarni {f};{g} ji;{g} bhenji;Bibi {g};Mrs. {s};{ng} ਜੀ
streets: Mall Road;GT Road;Ferozepur Road;Model Town Road;Civil Lines Road
places: Sector 22-B|Chandigarh;Model Town|Ludhiana;Ranjit Avenue|Amritsar;Urban Estate Phase 2|Jalandhar;Sarabha Nagar|Ludhiana;Phase 7|Mohali
addr: #{nn}, {d}, {c} {pc};H.No. {n}, {st}, {d}, {c} - {pc};Kothi No. {n}, {d}, {c};House {n}, Gali {s1}, near {lm}, {d}, {c}
pc: 14####;16####
mail: gmail.com;yahoo.co.in;rediffmail.com
landmarks: Gurdwara Singh Sabha;the old bus stand;Durga Mandir
mix: veer ji saada net kal raat ton band aa, router te laal batti;teen vaari restart kita, kuch nahi hoya;kal zaroori meeting aa, jaldi check karo ji;theek aa, shukriya ji
hi: Sat Sri Akal;Sat Sri Akal ji
ty: Dhanvaad;shukriya ji
cur: ₹{}
@ te_IN IN native_p=0.12 sg_p=0.35 cards=rupay,visa
male: Srinivas|శ్రీనివాస్;Venkatesh|వెంకటేష్;Ravi|రవి;Karthik|కార్తీక్;Suresh|సురేష్;Praveen|ప్రవీణ్
female: Lakshmi|లక్ష్మి;Swathi|స్వాతి;Divya|దివ్య;Sravani|శ్రావణి;Madhavi|మాధవి;Keerthi|కీర్తి
sur: Reddy|రెడ్డి;Naidu|నాయుడు;Rao|రావు;Chowdary|చౌదరి;Varma|వర్మ;Kommineni|కొమ్మినేని
nick_m: Chinna;Bujji;Pandu;Vasu
nick_f: Chinni;Bujji;Sweety
hon_m: {g} garu;{s} garu;{g} anna;Mr. {s};Dr. {s};{ng} గారు
hon_f: {g} garu;{g} akka;Mrs. {s};Dr. {s};{g} madam;{ng} గారు
streets: Road No. 12;Road No. 36;Tank Bund Road;MG Road;Dwarakanagar Main Road;Beach Road
places: Banjara Hills|Hyderabad;Jubilee Hills|Hyderabad;Kukatpally|Hyderabad;Dwaraka Nagar|Visakhapatnam;Benz Circle|Vijayawada;Hanamkonda|Warangal
addr: Plot No. {n}, {st}, {d}, {c} {pc};D.No. {s2}-{s1}-{n}, {st}, {d}, {c};Flat {fl}0{u1}, Sai Residency, {st}, {d}, {c} - {pc};H.No. {s1}-{s2}-{n}/{s1}, {d}, {c}
pc: 5#####
mail: gmail.com;yahoo.co.in;rediffmail.com
landmarks: Peddamma Temple;the RTC bus stop;Ratnadeep supermarket
mix: anna maa intlo net ninna raatri nundi raledu, router lo red light vastundi;3 saarlu restart chesanu, ayina raledu;repu WFH undi, konchem tondaraga chudandi please;sare anna, thanks
hi: Namaskaram;Hello andi
ty: Dhanyavaadalu;thanks andi
cur: ₹{}
@ mr_IN IN native_p=0.12 cards=rupay,visa,mc
male: Prashant|प्रशांत;Sachin|सचिन;Omkar|ओंकार;Mahesh|महेश;Sagar|सागर;Aniket|अनिकेत
female: Sneha|स्नेहा;Ashwini|अश्विनी;Madhuri|माधुरी;Pallavi|पल्लवी;Shruti|श्रुती;Prajakta|प्राजक्ता
sur: Kulkarni|कुलकर्णी;Deshpande|देशपांडे;Patil|पाटील;Jadhav|जाधव;Pawar|पवार;Shinde|शिंदे;Joshi|जोशी
nick_m: Bandu;Pintu;Baba;Nana
nick_f: Sonu;Mau;Chinu;Tai
hon_m: {g} saheb;{s} saheb;{g} dada;{g} bhau;Shri. {f};Mr. {s}
hon_f: {g} tai;{g} vahini;Sau. {f};Smt. {f};Mrs. {s};{ng} ताई
streets: Karve Road;FC Road;JM Road;LBS Marg;SV Road;Tilak Road
places: Kothrud|Pune;Shivajinagar|Pune;Dadar West|Mumbai;Thane West|Thane;Dharampeth|Nagpur;Andheri East|Mumbai
addr: Flat {u}, Shivneri CHS, {st}, {d}, {c} {pc};Room No. {n}, Chawl No. {s1}, near {lm}, {d}, {c};{n}, {b}-Wing, Sai Darshan Apts, {st}, {d}, {c} - {pc};Bungalow No. {n}, {st}, {d}, {c}
pc: 4#####
mail: gmail.com;rediffmail.com;yahoo.co.in
landmarks: Ganpati Mandir;Shivaji Chowk;Vitthal Mandir;the Dadar flower market
mix: dada aamcha net kaal ratri pasun band aahe, router var laal light;3 vela restart kela tari pan chalu nahi;udya WFH aahe, lavkar check kara na please;bara, thank you
hi: Namaskar;Namaskar dada
ty: Dhanyavaad;thank you
cur: ₹{}
@ ne_NP NP native_p=0.1
male: Bikash|विकाश;Suman|सुमन;Prakash|प्रकाश;Rajesh|राजेश;Santosh|सन्तोष
female: Sabina|सबिना;Anita|अनिता;Sunita|सुनिता;Pratima|प्रतिमा;Srijana|सृजना
sur: Shrestha|श्रेष्ठ;Gurung|गुरुङ;Thapa|थापा;Tamang|तामाङ;Adhikari|अधिकारी;Karki|कार्की
nick_m: Bikash>Bikey;Suman>Sumu;Rajesh>Raju;Santosh>Santu
nick_f: Sabina>Sabu;Anita>Anu;Sunita>Sunu;Pratima>Prati
hon_m: {g} dai;{g} ji;{s} sir;Mr. {s};{ng} दाइ
hon_f: {g} didi;{g} ji;{s} ma'am;Mrs. {s};{ng} दिदी
streets: Durbar Marg;Lazimpat Road;Mandala Street;Tahachal Marg;Lakeside Road
places: Baneshwor|Kathmandu;Jhamsikhel|Lalitpur;Baluwatar|Kathmandu;Lakeside|Pokhara;Boudha|Kathmandu;Thamel|Kathmandu
addr: Ghar No. {n}, {st}, Ward No. {s2}, {d}, {c};House {nn}, {st}, {d}-{s1}, {c} {pc};Flat {u}, Himal Apartments, {st}, {d}, {c}
pc: 44###;33###
mail: gmail.com;yahoo.com;wlink.com.np
landmarks: Boudhanath stupa;the Bhatbhateni on the corner;Ratna Park
mix: namaste dai, hijo rati dekhi net chaldaina, router ma rato batti bhako cha;3 choti restart gare tara bhayena;bholi meeting cha, chitto check garidinu na;huncha, dhanyabad
hi: Namaste;Namaste dai
ty: Dhanyabad;thank you hai
cur: Rs. {}
@ ar_EG EG iban=EG native_p=0.25
male: Ahmed|أحمد;Mohamed|محمد;Omar|عمر;Youssef|يوسف;Karim|كريم;Mahmoud|محمود;Tarek|طارق
female: Fatma|فاطمة;Nour|نور;Mariam|مريم;Salma|سلمى;Yasmin|ياسمين;Heba|هبة;Dina|دينا
sur: Hassan|حسن;Abdel Rahman|عبد الرحمن;El-Sayed|السيد;Mostafa|مصطفى;Fathy|فتحي;Ibrahim|إبراهيم;Soliman|سليمان
nick_m: Mohamed>Hamada;Ahmed>Mido;Youssef>Jo;Karim>Koko
nick_f: Nour>Nono;Dina>Dodo;Mariam>Mimi;Fatma>Fofa
hon_m: Mr. {g};Ostaz {g};Dr. {g};Eng. {g};Sheikh {f};Hagg {g};الأستاذ {nf}
hon_f: Mrs. {g};Madam {g};Dr. {g};Eng. {g};Hagga {g};الأستاذة {nf}
streets: El Tahrir St;Gameat El Dowal El Arabeya St;Abbas El Akkad St;Mohamed Farid St;El Nasr Rd;26th of July St
places: Dokki|Giza;Mohandessin|Giza;Nasr City|Cairo;Maadi|Cairo;Heliopolis|Cairo;Smouha|Alexandria
addr: {n} {st}, {d}, {c};Building {n}, Street {s2}, {d}, {c};Apt {u}, Floor {fl}, {n} {st}, {d}, {c};{n} {st}, flat {u}, {d}
addr_n: {n} شارع {stn}، {dn}، {cn};شقة {u}، الدور {fl}، {n} شارع {stn}، {dn}
places_n: الدقي|الجيزة;مدينة نصر|القاهرة;المعادي|القاهرة;سموحة|الإسكندرية
mail: gmail.com;yahoo.com;hotmail.com;outlook.com
landmarks: Tahrir Square;the Metro station;Masjid El Nour
mix: ezayak, el net 3andy fasel men embare7 w el router nooro a7mar;3amalt restart 3 marrat w mafeesh fayda;3andy meeting bokra, momken te-check bsor3a law sama7t;tamam, shokran ya basha
hi: Ahlan;Salam 3aleko;مساء الخير
ty: Shokran;متشكر;mersi
cur: EGP {}
x.stn: التحرير;عباس العقاد;جامعة الدول العربية;محمد فريد;النصر
@ ar_MA MA native_p=0.1
male: Mehdi|مهدي;Hamza|حمزة;Yassine|ياسين;Anas|أنس;Othmane|عثمان;Reda|رضا
female: Khadija|خديجة;Imane|إيمان;Zineb|زينب;Salma|سلمى;Houda|هدى;Sanaa|سناء
sur: Bennani|بناني;El Idrissi|الإدريسي;Alaoui|العلوي;Tazi|التازي;Berrada|برادة;El Amrani|العمراني;Chraibi|الشرايبي
nick_m: Hamza>Hamoudi;Yassine>Yass;Mehdi>Medi
nick_f: Khadija>Khadouj;Zineb>Zizi;Imane>Imi
hon_m: Si {g};Monsieur {s};M. {s};Sidi {g};Dr {s};Haj {g}
hon_f: Lalla {g};Madame {s};Mme {s};Mlle {g};Dr {s}
streets: Rue Ibn Battouta;Boulevard Zerktouni;Avenue Hassan II;Rue Allal Ben Abdellah;Avenue Mohammed V;Derb Sidi Bouloukat
places: Maarif|Casablanca;Gauthier|Casablanca;Agdal|Rabat;Hay Riad|Rabat;Guéliz|Marrakech;Médina|Fès
addr: {n}, {st}, {d}, {c} {pc};Appt {u}, Imm {s2}, {st}, {d}, {c};Résidence Al Amal, Imm. {b}, Appt {u}, {n} {st}, {c} {pc};BP {box}, {c} {pc}
pc: #####
mail: gmail.com;hotmail.fr;yahoo.fr;menara.ma
landmarks: la mosquée Hassan II;Jemaa el-Fna;le marché central
mix: salam, l'internet ma khdamch 3andi men lbare7, router dayr daw 7mer;deja dert restart 3 merrat, walou;3andi réunion ghedda, 3afak check liya dghya;merci bzaf
hi: Salam;Bonjour;Salam 3alikom
ty: Choukran;merci bzaf
cur: {} DH
@ ar_JO JO iban=JO native_p=0.2
male: Laith|ليث;Zaid|زيد;Rami|رامي;Omar|عمر;Fadi|فادي;Tareq|طارق
female: Rana|رنا;Dana|دانا;Lina|لينا;Rawan|روان;Hala|هلا;Sara|سارة
sur: Al-Khatib|الخطيب;Haddad|حداد;Obeidat|عبيدات;Al-Masri|المصري;Nasser|ناصر;Hijazi|حجازي;Al-Zoubi|الزعبي
nick_m: Zaid>Zozo;Rami>Ramoz;Fadi>Fofo
nick_f: Lina>Lulu;Dana>Dodo;Rawan>Rooro
hon_m: Mr. {g};Ustaz {g};Dr. {g};Eng. {g};Sheikh {f};الأستاذ {nf}
hon_f: Mrs. {g};Dr. {g};Eng. {g};Ustaza {g};Madam {g};الأستاذة {nf}
streets: Mecca St;Wasfi Al-Tal St;Zahran St;Prince Hashem St;Al-Madina Al-Munawwara St;Rainbow St
places: Abdoun|Amman;Khalda|Amman;Jabal Amman|Amman;Sweifieh|Amman;Shmeisani|Amman;Al-Hussein|Irbid
addr: Building {n}, {st}, {d}, {c};{n} {st}, {d}, {c} {pc};Apt {u}, Bldg {n}, {st}, {d}, {c};P.O. Box {box}, {c} {pc}
addr_n: عمارة {n}، شارع {stn}، {dn}، {cn};شقة {u}، عمارة {n}، شارع {stn}، {cn}
places_n: عبدون|عمان;خلدا|عمان;الشميساني|عمان;الحسين|إربد
pc: 11###
mail: gmail.com;yahoo.com;hotmail.com;orange.jo
landmarks: the 7th Circle;Cozmo roundabout;the Citadel
mix: marhaba, el net 3indi maf2ood men mbare7, el router dawo a7mar;3milt restart 3 marrat w ma zabat;3indi meeting bukra, law sama7t check bsor3a;yislamo, shukran
hi: Marhaba;Ahlan;مرحبا
ty: Shukran;yislamo;يعطيك العافية
cur: JD {}
x.stn: مكة;وصفي التل;زهران;الأمير هاشم
@ he_IL IL iban=IL native_p=0.3
male: Yossi|יוסי;Avi|אבי;Noam|נועם;Itai|איתי;Daniel|דניאל;Eitan|איתן
female: Noa|נועה;Michal|מיכל;Tamar|תמר;Shira|שירה;Yael|יעל;Maya|מאיה
sur: Cohen|כהן;Levi|לוי;Mizrahi|מזרחי;Peretz|פרץ;Biton|ביטון;Friedman|פרידמן;Avraham|אברהם;Dahan|דהן
nick_m: Daniel>Dani;Eitan>Eti;Yossi>Yos;Noam>Nomi
nick_f: Michal>Mikhi;Shira>Shiri;Tamar>Tami;Noa>Noi;Maya>Mayush
hon_m: Mr. {s};Dr. {s};מר {ns};ד"ר {ns}
hon_f: Ms. {s};Dr. {s};גב' {ns};ד"ר {ns}
streets: Herzl St;Rothschild Blvd;Dizengoff St;Ibn Gabirol St;Jaffa Rd;HaNevi'im St
places: Florentin|Tel Aviv;Neve Tzedek|Tel Aviv;Rehavia|Jerusalem;Hadar|Haifa;Ramat Aviv|Tel Aviv;Kiryat Moshe|Jerusalem
addr: {n} {st}, apt {u}, {c};{st} {n}, {d}, {c} {pc};{st} {n}/{u}, {c}
addr_n: {stn} {n}, דירה {u}, {cn};רחוב {stn} {n}, {cn} {pc}
places_n: פלורנטין|תל אביב;רחביה|ירושלים;הדר|חיפה
pc: #######
mail: gmail.com;walla.co.il;hotmail.com;outlook.com
landmarks: Dizengoff Center;the Central Bus Station;Shuk HaCarmel
mix: hi, ein li internet me-etmol ba-laila, ha-router adom;asiti restart 3 pe'amim ve-klum;yesh li meeting machar, tavdku dachuf bevakasha;sababa, toda
hi: Shalom;Hi;שלום
ty: Toda;תודה;toda raba
cur: ₪{}
x.stn: הרצל;רוטשילד;דיזנגוף;אבן גבירול;יפו
@ tr_TR TR iban=TR fold_p=0.25 cards=troy,visa,mc
male: Mehmet;Mustafa;Emre;Burak;Murat;Onur;Kerem
female: Ayşe;Elif;Zeynep;Fatma;Merve;Büşra;Ceren
sur: Yılmaz;Kaya;Demir;Şahin;Çelik;Yıldız;Öztürk;Aydın;Arslan
nick_m: Mehmet>Memo;Mustafa>Musti;Emre>Emo
nick_f: Zeynep>Zeyno;Elif>Elifcim;Merve>Mervoş;Büşra>Büşi
hon_m: {g} Bey;{g} bey;Sayın {f};Dr. {f};{g} abi;{g} hocam
hon_f: {g} Hanım;{g} hanım;Sayın {f};{g} abla;Dr. {f}
streets: Atatürk Cad.;Bağdat Cad.;İstiklal Cad.;Cumhuriyet Cad.;Gül Sok.;Lale Sok.
places: Kadıköy|İstanbul;Beşiktaş|İstanbul;Çankaya|Ankara;Karşıyaka|İzmir;Nilüfer|Bursa;Muratpaşa|Antalya
addr: {mah} Mah. {st} No: {n} D: {u}, {pc} {d}/{c};{st} No:{n}/{u} {d} {c};{mah} Mahallesi, {st} No: {n} Daire: {u}, {d}, {c};{st} {n}/{u}, {pc} {d}/{c}
pc: 34###;06###;35###
mail: gmail.com;hotmail.com;yahoo.com;outlook.com.tr
landmarks: Kadıköy iskelesi;the Migros on the corner;Kızılay meydanı
mix: merhaba, dünden beri internet yok, modemde kırmızı ışık yanıyor;3 kere restart ettim ama olmadı;yarın WFH'im var, acil check eder misiniz;tamam teşekkürler
hi: Merhaba;İyi günler;Selam
ty: Teşekkürler;sağolun;tşk
cur: {} TL
x.mah: Caferağa;Moda;Kavaklıdere;Bostanlı;Barbaros;Yeşilyurt
@ el_GR GR iban=GR native_p=0.35
male: Giorgos|Γιώργος;Dimitris|Δημήτρης;Nikos|Νίκος;Kostas|Κώστας;Giannis|Γιάννης;Panagiotis|Παναγιώτης
female: Maria|Μαρία;Eleni|Ελένη;Katerina|Κατερίνα;Sofia|Σοφία;Despina|Δέσποινα;Vasiliki|Βασιλική
sur: Papadopoulos|Παπαδόπουλος/Papadopoulou|Παπαδοπούλου;Nikolaidis|Νικολαΐδης/Nikolaidou|Νικολαΐδου;Karagiannis|Καραγιάννης/Karagianni|Καραγιάννη;Vlachos|Βλάχος/Vlachou|Βλάχου;Georgiou|Γεωργίου;Oikonomou|Οικονόμου;Pappas|Παππάς/Pappa|Παππά
nick_m: Dimitris>Mitsos;Kostas>Kostakis;Giorgos>Giorgakis;Panagiotis>Takis
nick_f: Katerina>Katerinaki;Eleni>Lena;Vasiliki>Vicky;Despina>Despo
hon_m: Mr {s};Dr {s};κ. {ns};κύριος {nf}
hon_f: Ms {s};Dr {s};κα {ns};κυρία {nf}
streets: Ermou;Panepistimiou;Egnatia;Tsimiski;Kifisias Ave;Patision
places: Syntagma|Athens;Kolonaki|Athens;Kalamaria|Thessaloniki;Exarcheia|Athens;Marousi|Athens;Pagkrati|Athens
addr: {st} {n}, {pc} {c};{st} {n}, {d}, {c} {pc};{st} {n}, {fl}th floor, {c}
addr_n: {stn} {n}, {pc} {cn};Οδός {stn} {n}, {dn}, {cn}
places_n: Κολωνάκι|Αθήνα;Καλαμαριά|Θεσσαλονίκη;Μαρούσι|Αθήνα
pc: 1## ##;5## ##
mail: gmail.com;yahoo.gr;hotmail.com;otenet.gr
landmarks: Syntagma metro;the periptero on the corner;Aristotelous Square
mix: geia sas, den exw internet apo xthes to vrady, to router anavei kokkino;ekana restart 3 fores kai tipota;exw meeting avrio, mporeite na to tsekarete grigora?;ok euxaristw poly
hi: Geia sas;Kalimera;Γεια σας
ty: Efcharisto;ευχαριστώ;euxaristw
cur: €{}
x.stn: Ερμού;Πανεπιστημίου;Εγνατίας;Τσιμισκή;Πατησίων
@ pl_PL PL iban=PL fold_p=0.1
male: Piotr;Krzysztof;Tomasz;Michał;Paweł;Jakub;Marcin
female: Anna;Katarzyna;Magdalena;Agnieszka;Joanna;Aleksandra;Zofia
sur: Kowalski/Kowalska;Wiśniewski/Wiśniewska;Nowak;Wójcik;Kamiński/Kamińska;Zieliński/Zielińska;Szymański/Szymańska;Dąbrowski/Dąbrowska
nick_m: Piotr>Piotrek;Tomasz>Tomek;Jakub>Kuba;Michał>Michu;Krzysztof>Krzysiek
nick_f: Katarzyna>Kasia;Joanna>Asia;Aleksandra>Ola;Magdalena>Madzia;Zofia>Zosia;Agnieszka>Aga;Anna>Ania
hon_m: Pan {g};pan {s};p. {s};dr {s};mgr {f}
hon_f: Pani {g};pani {s};p. {s};dr {s};mgr inż. {f}
streets: Marszałkowska;Piotrkowska;Długa;Floriańska;Świętokrzyska;Grunwaldzka;Mickiewicza
places: Śródmieście|Warszawa;Mokotów|Warszawa;Stare Miasto|Kraków;Wrzeszcz|Gdańsk;Bałuty|Łódź;Krzyki|Wrocław
addr: ul. {st} {n}/{u}, {pc} {c};ul. {st} {n} m. {u}, {pc} {c};al. {st} {n}, lok. {u}, {pc} {c};os. Kalinowe {n}/{u}, {pc} {c}
pc: ##-###
mail: wp.pl;o2.pl;onet.pl;interia.pl;gmail.com
landmarks: Pałac Kultury;the Żabka on the corner;Dworzec Centralny
mix: hej, od wczoraj nie mam netu, router świeci na czerwono;restartowałem 3 razy i nic;jutro mam call, możecie to szybko sprawdzić?;ok dzięki
hi: Dzień dobry;Cześć
ty: Dziękuję;dzięki
cur: {} zł
@ cs_CZ CZ iban=CZ fold_p=0.1
male: Jan;Petr;Tomáš;Jakub;Martin;Lukáš;Ondřej
female: Jana;Petra;Tereza;Lucie;Eva;Kateřina;Veronika
sur: Novák/Nováková;Svoboda/Svobodová;Dvořák/Dvořáková;Černý/Černá;Procházka/Procházková;Kučera/Kučerová;Veselý/Veselá;Horák/Horáková
nick_m: Jan>Honza;Petr>Péťa;Jakub>Kuba;Ondřej>Ondra;Lukáš>Luky
nick_f: Jana>Janička;Tereza>Terka;Veronika>Verča;Kateřina>Katka;Lucie>Lucka
hon_m: pan {s};p. {s};Ing. {f};Mgr. {f};MUDr. {s}
hon_f: paní {s};pí {s};Ing. {f};Mgr. {f};MUDr. {s}
streets: Vinohradská;Národní;Masarykova;Husova;Palackého;Dlouhá;Korunní
places: Vinohrady|Praha 2;Žižkov|Praha 3;Karlín|Praha 8;Královo Pole|Brno;Poruba|Ostrava;Slovany|Plzeň
addr: {st} {nn}/{n}, {pc} {c};{st} {n}, {pc} {c};{st} {nn}/{n}, byt č. {u}, {pc} {c};{st} {n}, {d}, {pc} {c}
pc: 1## ##;6## ##;7## ##
mail: seznam.cz;email.cz;centrum.cz;gmail.com
landmarks: Václavské náměstí;the tram stop;Hlavní nádraží
hi: Dobrý den;Ahoj
ty: Děkuji;díky
cur: {} Kč
@ sk_SK SK iban=SK fold_p=0.1
male: Peter;Martin;Marek;Tomáš;Juraj;Michal;Lukáš
female: Zuzana;Mária;Katarína;Lucia;Jana;Monika;Simona
sur: Horváth/Horváthová;Kováč/Kováčová;Varga/Vargová;Tóth/Tóthová;Nagy/Nagyová;Baláž/Balážová;Molnár/Molnárová
nick_m: Peter>Paťo;Martin>Maťo;Juraj>Ďuro;Tomáš>Tomi;Michal>Miško
nick_f: Zuzana>Zuzka;Katarína>Katka;Mária>Majka;Lucia>Luci;Monika>Moni
hon_m: pán {s};p. {s};Ing. {f};Mgr. {f};MUDr. {s}
hon_f: pani {s};p. {s};Ing. {f};Mgr. {f};MUDr. {s}
streets: Obchodná;Hlavná;Štúrova;Račianska;Mierová;Hviezdoslavova
places: Staré Mesto|Bratislava;Petržalka|Bratislava;Ružinov|Bratislava;Staré Mesto|Košice;Sásová|Banská Bystrica;Vajnory|Bratislava
addr: {st} {n}, {pc} {c};{st} {nn}/{n}, {pc} {c};{st} {n}, byt {u}, {pc} {c};{st} {n}, {pc} {c}-{d}
pc: 8## ##;0## ##
mail: azet.sk;centrum.sk;gmail.com;post.sk
landmarks: Eurovea;the bus station;Hlavné námestie
hi: Dobrý deň;Ahoj
ty: Ďakujem;vďaka
cur: {} €
@ uk_UA UA iban=UA native_p=0.4
male: Oleksandr|Олександр;Andriy|Андрій;Dmytro|Дмитро;Taras|Тарас;Serhiy|Сергій
female: Olena|Олена;Iryna|Ірина;Oksana|Оксана;Nataliia|Наталія;Yuliia|Юлія
sur: Kovalenko|Коваленко;Shevchuk|Шевчук;Bondarenko|Бондаренко;Tkachenko|Ткаченко;Melnyk|Мельник;Kravets|Кравець;Kovalskyi|Ковальський/Kovalska|Ковальська
nick_m: Oleksandr>Sashko;Dmytro>Dima;Taras>Tarasyk;Andriy>Andriyko
nick_f: Olena>Olenka;Iryna>Ira;Oksana>Oksanka;Nataliia>Natalka;Yuliia>Yulka
hon_m: Mr {s};пан {nf};пан {ns};Dr {s}
hon_f: Ms {s};пані {nf};пані {ns};Dr {s}
streets: Khreshchatyk;Velyka Vasylkivska;Sumska;Derybasivska;Lesi Ukrainky Blvd
places: Pecherskyi|Kyiv;Podilskyi|Kyiv;Shevchenkivskyi|Kharkiv;Prymorskyi|Odesa;Halytskyi|Lviv;Solomianskyi|Kyiv
addr: vul. {st}, {n}, kv. {u}, {c}, {pc};{st} St {n}, apt {u}, {c} {pc};{n} {st}, apt. {u}, {d}, {c}
addr_n: вул. {stn}, {n}, кв. {u}, м. {cn}, {pc};{cn}, {dn}, вул. {stn} {n}/{s1}, кв. {u}
places_n: Печерський р-н|Київ;Подільський р-н|Київ;Галицький р-н|Львів;Приморський р-н|Одеса
pc: 0####;6####;7####
mail: ukr.net;i.ua;gmail.com;meta.ua
landmarks: Maidan Nezalezhnosti;the metro station;Rynok Square
mix: dobryi den, internetu nemaie z uchora vvecheri, router svitytsia chervonym;robyv restart 3 razy, ne dopomahaie;zavtra maiu meeting, perevirte shvydshe bud laska;diakuiu
hi: Dobryi den;Добрий день;Pryvit
ty: Diakuiu;Дякую
cur: {} грн
x.stn: Хрещатик;Велика Васильківська;Сумська;Дерибасівська;Лесі Українки
@ lt_LT LT iban=LT fold_p=0.15
male: Tomas;Mantas;Lukas;Darius;Jonas;Paulius
female: Ieva;Rūta;Greta;Agnė;Eglė;Aistė
sur: Kazlauskas/Kazlauskienė;Petrauskas/Petrauskaitė;Jankauskas/Jankauskienė;Stankevičius/Stankevičiūtė;Vasiliauskas/Vasiliauskienė;Žukauskas/Žukauskaitė;Butkus/Butkutė
hon_m: p. {s};ponas {s};dr. {s}
hon_f: p. {s};ponia {s};dr. {s}
streets: Gedimino pr.;Vilniaus g.;Laisvės al.;Savanorių pr.;Pylimo g.;Taikos pr.
places: Senamiestis|Vilnius;Žirmūnai|Vilnius;Centras|Kaunas;Šilainiai|Kaunas;Naujamiestis|Vilnius;Centras|Klaipėda
addr: {st} {n}-{u}, LT-{pc} {c};{st} {n}, LT-{pc}, {c};{st} {n}-{u}, {c};{st} {n}A-{u}, {d}, {c}
pc: #####
mail: gmail.com;inbox.lt;yahoo.com
landmarks: Katedros aikštė;the Maxima on the corner
hi: Laba diena;Labas
ty: Ačiū;aciu
cur: {} €
@ lv_LV LV iban=LV fold_p=0.15
male: Jānis;Andris;Mārtiņš;Edgars;Kārlis;Roberts
female: Anna;Ilze;Līga;Kristīne;Dace;Laura
sur: Bērziņš/Bērziņa;Kalniņš/Kalniņa;Ozols/Ozola;Liepiņš/Liepiņa;Krūmiņš/Krūmiņa;Jansons/Jansone;Vītols/Vītola
hon_m: Mr {s};Dr. {s};Mr. {s}
hon_f: Ms {s};Dr. {s};Mrs. {s}
streets: Brīvības iela;Elizabetes iela;Tērbatas iela;Krišjāņa Barona iela;Lāčplēša iela;Dzirnavu iela
places: Centrs|Rīga;Purvciems|Rīga;Āgenskalns|Rīga;Imanta|Rīga;Centrs|Daugavpils;Vecliepāja|Liepāja
addr: {st} {n} - {u}, {c}, LV-{pc};{st} {n}-{u}, {c}, LV-{pc};{st} {n} k-{s1}, dz. {u}, {c};{st} {n}, {d}, {c} LV-{pc}
pc: 10##;50##;34##
mail: inbox.lv;gmail.com;apollo.lv
landmarks: Brīvības piemineklis;the Rimi by the station
hi: Labdien;Sveiki
ty: Paldies
cur: {} €
@ et_EE EE iban=EE
male: Martin;Rasmus;Kristjan;Andres;Priit;Taavi
female: Kadri;Kristiina;Liis;Mari;Triin;Kätlin
sur: Tamm;Saar;Sepp;Mägi;Kask;Kukk;Rebane;Ilves;Pärn
hon_m: hr {s};härra {s};dr {s}
hon_f: pr {s};proua {s};dr {s}
streets: Pärnu mnt;Narva mnt;Tartu mnt;Pikk tn;Kaupmehe tn;Rüütli tn
places: Kesklinn|Tallinn;Kalamaja|Tallinn;Mustamäe|Tallinn;Lasnamäe|Tallinn;Supilinn|Tartu;Karlova|Tartu
addr: {st} {n}-{u}, {pc} {c};{st} {n}, {d}, {pc} {c};{st} {n}-{u}, {c};{st} {n}/{s1}-{u}, {pc} {c}
pc: 1####;5####
mail: gmail.com;mail.ee;hot.ee
landmarks: Vabaduse väljak;Balti jaam
hi: Tere;Tere päevast
ty: Aitäh;tänan
cur: {} €
@ fi_FI FI iban=FI
male: Mikko;Juha;Antti;Janne;Ville;Teemu
female: Anna;Laura;Johanna;Satu;Tiina;Hanna
sur: Virtanen;Korhonen;Mäkinen;Nieminen;Hämäläinen;Laine;Heikkinen;Koskinen
nick_m: Mikko>Mikke;Teemu>Tepa;Ville>Vilu
nick_f: Johanna>Jonna;Satu>Sate;Hanna>Hanski
hon_m: herra {s};Dr. {s};Mr {s}
hon_f: rouva {s};Dr. {s};Ms {s}
streets: Mannerheimintie;Hämeentie;Aleksanterinkatu;Hämeenkatu;Kauppakatu;Itäinen Pitkäkatu
places: Kallio|Helsinki;Töölö|Helsinki;Kamppi|Helsinki;Tammela|Tampere;Keskusta|Oulu;Keskusta|Turku
addr: {st} {n} {b} {u}, {pc} {c};{st} {n} as {u}, {pc} {c};{st} {n}, {pc} {c};{st} {n} {b}, {d}, {c}
pc: 00###;33###;90###
mail: gmail.com;luukku.com;hotmail.fi
landmarks: the Kamppi bus terminal;Stockmann corner
hi: Hei;Moi;Moikka
ty: Kiitos;kiitti
cur: {} €
@ sv_SE SE iban=SE
male: Erik;Lars;Anders;Johan;Oskar;Karl;Mattias
female: Anna;Eva;Maria;Karin;Sara;Elin;Emma
sur: Andersson;Johansson;Karlsson;Nilsson;Lindqvist;Bergström;Lindberg;Eriksson
nick_m: Karl>Kalle;Lars>Lasse;Mattias>Matte;Johan>Jojje
nick_f: Maria>Maja;Elin>Ellie;Anna>Annie
hon_m: Dr {s};herr {s}
hon_f: Dr {s};fru {s}
streets: Drottninggatan;Kungsgatan;Storgatan;Vasagatan;Götgatan;Sveavägen
places: Södermalm|Stockholm;Vasastan|Stockholm;Majorna|Göteborg;Möllevången|Malmö;Centrum|Uppsala;Haga|Göteborg
addr: {st} {n}, lgh {lgh}, {pc} {c};{st} {n}, {pc} {c};{st} {n} {b}, {pc} {c};{st} {n}, {d}, {c}
pc: 1## ##;4## ##;2## ##
mail: gmail.com;hotmail.se;telia.com;outlook.com
landmarks: T-Centralen;the ICA on the corner
hi: Hej;Hejsan
ty: Tack;tack så mycket
cur: {} kr
@ nb_NO NO iban=NO
male: Ole;Lars;Kristian;Magnus;Henrik;Eirik;Jonas
female: Ingrid;Kari;Silje;Ida;Nora;Hanne;Marte
sur: Hansen;Johansen;Olsen;Larsen;Berg;Haugen;Bakken;Nilsen
nick_m: Kristian>Kris;Magnus>Magga;Henrik>Henke
nick_f: Ingrid>Inga;Silje>Sissi
hon_m: Dr. {s};herr {s}
hon_f: Dr. {s};fru {s}
streets: Storgata;Karl Johans gate;Thorvald Meyers gate;Bogstadveien;Kongens gate;Markveien
places: Grünerløkka|Oslo;Majorstuen|Oslo;Sentrum|Bergen;Møhlenpris|Bergen;Midtbyen|Trondheim;Tøyen|Oslo
addr: {st} {nA}, {pc} {c};{st} {n}, H0{s1}0{s1}, {pc} {c};{st} {n} {b}, {pc} {c};Postboks {box}, {pc} {c}
pc: 0###;5###;7###
mail: gmail.com;online.no;hotmail.no;live.no
landmarks: Oslo S;the Rema 1000 by the tram
hi: Hei;Heisann
ty: Takk;tusen takk
cur: {} kr
@ da_DK DK iban=DK
male: Mads;Rasmus;Frederik;Søren;Mikkel;Anders
female: Mette;Camilla;Louise;Signe;Freja;Sofie
sur: Jensen;Nielsen;Hansen;Pedersen;Andersen;Sørensen;Rasmussen;Christensen
nick_m: Frederik>Freddy;Rasmus>Ras;Mikkel>Mikke
nick_f: Camilla>Cami;Louise>Lulu;Sofie>Fie
hon_m: Dr. {s};hr. {s}
hon_f: Dr. {s};fru {s}
streets: Nørrebrogade;Vesterbrogade;Jægersborggade;Istedgade;Østerbrogade;Søndergade
places: Nørrebro|København N;Vesterbro|København V;Østerbro|København Ø;Frederiksberg|Frederiksberg C;Midtbyen|Aarhus C;Centrum|Odense C
addr: {st} {n}, {fl}. {side}, {pc} {c};{st} {n}, st. tv., {pc} {c};{st} {nA}, {pc} {c};{st} {n}, {fl}. sal, {pc} {c}
pc: 2###;8###;5###
mail: gmail.com;hotmail.dk;mail.dk;live.dk
landmarks: Nørreport station;the Netto on the corner
hi: Hej;Goddag
ty: Tak;mange tak
cur: {} kr.
x.side: th.;tv.;mf.
@ nl_BE BE iban=BE
male: Jan;Pieter;Wout;Thomas;Stijn;Bram;Koen
female: Lotte;Sofie;Elke;Annelies;Nele;Lien;Fien
sur: Peeters;Janssens;Maes;Wouters;Van den Broeck;De Smet;Claes;Mertens;Vermeulen;De Wilde
nick_m: Pieter>Piet;Thomas>Tom;Koen>Koentje;Wout>Woutje
nick_f: Lotte>Lotje;Sofie>Sof;Annelies>Lies;Nele>Neleke
hon_m: Dhr. {s};meneer {s};Dr. {s}
hon_f: Mevr. {s};mevrouw {s};Dr. {s}
streets: Kerkstraat;Meir;Veldstraat;Stationsstraat;Bondgenotenlaan;Nationalestraat
places: Berchem|Antwerpen;Borgerhout|Antwerpen;Gentbrugge|Gent;Kessel-Lo|Leuven;Sint-Andries|Brugge;Centrum|Mechelen
addr: {st} {n} bus {u}, {pc} {c};{st} {n}, {pc} {c};{st} {n}/{u}, {pc} {d};{st} {nA}, {pc} {c} ({d})
pc: 2###;9###;3###;8###
mail: telenet.be;skynet.be;gmail.com;hotmail.com
landmarks: Antwerpen-Centraal;the Delhaize on the corner;het Belfort
hi: Dag;Hallo;Goeiemorgen
ty: Merci;Bedankt;dank u
cur: €{}
@ de_AT AT iban=AT
male: Lukas;Florian;Stefan;Markus;Thomas;Michael;David
female: Julia;Katharina;Lisa;Sabine;Verena;Anna;Theresa
sur: Gruber;Huber;Bauer;Wagner;Pichler;Steiner;Moser;Hofer;Leitner
nick_m: Florian>Flo;Stefan>Steff;Michael>Michi;Lukas>Luki
nick_f: Katharina>Kathi;Sabine>Sabsi;Theresa>Resi;Julia>Juli
hon_m: Herr {s};Hr. {s};Dr. {s};Mag. {f};DI {f};Ing. {s}
hon_f: Frau {s};Fr. {s};Dr. {s};Mag. {f};DI {f}
streets: Mariahilfer Straße;Landstraßer Hauptstraße;Herrengasse;Wiedner Hauptstraße;Linke Wienzeile;Getreidegasse
places: Mariahilf|Wien;Landstraße|Wien;Innere Stadt|Graz;Altstadt|Salzburg;Urfahr|Linz;Wilten|Innsbruck
addr: {st} {n}/{s1}/{u}, {pc} {c};{st} {n}/{u}, {pc} {c};{st} {n}, Top {u}, {pc} {c};{st} {n}, Stiege {s1}, Tür {u}, {pc} {c}
pc: 1###;8###;5###;4###;6###
mail: gmx.at;aon.at;chello.at;gmail.com
landmarks: Westbahnhof;der Billa ums Eck;Stephansplatz
hi: Grüß Gott;Servus;Hallo
ty: Danke;Dankeschön;Vielen Dank
cur: € {}
@ de_CH CH iban=CH
male: Lukas;Reto;Beat;Urs;Matthias;Simon;Adrian
female: Nicole;Sandra;Andrea;Corinne;Barbara;Seraina;Nadja
sur: Müller;Meier;Keller;Schmid;Brunner;Frei;Gerber;Baumann;Steiner
nick_m: Simon>Sämi;Matthias>Mätthu;Lukas>Lugi;Adrian>Adi
nick_f: Barbara>Babs;Nicole>Nici;Sandra>Sändy;Andrea>Andi
hon_m: Herr {s};Hr. {s};Dr. {s}
hon_f: Frau {s};Fr. {s};Dr. {s}
streets: Bahnhofstrasse;Seestrasse;Badenerstrasse;Marktgasse;Hauptstrasse;Langstrasse
places: Kreis 4|Zürich;Oerlikon|Zürich;Länggasse|Bern;Kleinbasel|Basel;Wollishofen|Zürich;Altstadt|Luzern
addr: {st} {n}, {pc} {c};{st} {nA}, {pc} {c};{st} {n}, {fl}. Stock, {pc} {c};Postfach {box}, {pc} {c}
pc: 8###;3###;4###;6###
mail: bluewin.ch;gmx.ch;gmail.com;sunrise.ch
landmarks: Zürich HB;de Coop am Egge;Paradeplatz
mix: Grüezi, mis Internet gaht sit geschter znacht nöd, de Router lüchtet rot;han scho 3 mal restartet, nüt;morn hani es wichtigs Meeting, chönd er das bitte schnell checke?;merci vielmal
hi: Grüezi;Hoi;Sali
ty: Merci;Merci vielmal;Danke
cur: CHF {}
@ it_IT IT iban=IT
male: Marco;Luca;Giuseppe;Alessandro;Francesco;Matteo;Davide
female: Giulia;Francesca;Chiara;Sara;Valentina;Martina;Elena
sur: Rossi;Russo;Ferrari;Esposito;Bianchi;Romano;Colombo;Ricci;Marino;De Luca
nick_m: Giuseppe>Beppe;Alessandro>Ale;Francesco>Checco;Matteo>Teo;Davide>Dado
nick_f: Giulia>Giuly;Valentina>Vale;Francesca>Fra;Chiara>Chicca;Martina>Marti
hon_m: Sig. {s};sig. {f};Dott. {s};Ing. {s};Avv. {s}
hon_f: Sig.ra {s};Dott.ssa {s};sig.ra {f};Avv. {s}
streets: Via Roma;Corso Vittorio Emanuele II;Via Garibaldi;Viale Monza;Via Toledo;Via Nazionale;Piazza Dante
places: Navigli|Milano (MI);Prati|Roma;Vomero|Napoli;San Salvario|Torino;Bolognina|Bologna;Santo Spirito|Firenze
addr: {st} {n}, {pc} {c};{st}, {n} - {pc} {c};{st} {n}, int. {u}, {pc} {c};{st} {n}/{b}, scala {b}, {pc} {c}
pc: 20###;00###;80###;10###;40###;50###
mail: libero.it;virgilio.it;gmail.com;alice.it;tiscali.it
landmarks: la stazione Centrale;il bar all'angolo;Piazza del Duomo
hi: Buongiorno;Ciao;Salve
ty: Grazie;grazie mille
cur: {} €
@ es_AR AR two_sur=0.15
male: Matías;Santiago;Facundo;Nicolás;Gonzalo;Juan Pablo;Agustín
female: Sofía;Camila;Florencia;Lucía;Micaela;Valentina;Agustina
sur: González;Rodríguez;Fernández;López;Gómez;Díaz;Pérez;Romero;Sosa
nick_m: Facundo>Facu;Nicolás>Nico;Santiago>Santi;Gonzalo>Gonza;Matías>Mati;Agustín>Agus
nick_f: Florencia>Flor;Camila>Cami;Micaela>Mica;Lucía>Luli;Agustina>Agus;Sofía>Sofi
hon_m: Sr. {s};Dr. {s};Lic. {s};Don {g}
hon_f: Sra. {s};Dra. {s};Lic. {s};Doña {g}
streets: Av. Corrientes;Av. Santa Fe;Av. Rivadavia;Thames;Gurruchaga;Av. Cabildo
places: Palermo|CABA;Almagro|CABA;Belgrano|CABA;Caballito|CABA;Nueva Córdoba|Córdoba;Centro|Rosario
addr: {st} {nn}, piso {fl} depto {b}, {c};{st} {nn} {fl}°{b}, {pc} {c};{st} {nn}, {d}, {c};{st} {nn}, PB {u}, {d}, {c}
pc: C1###AAA;X5###AAA;S2###AAA
mail: gmail.com;hotmail.com;yahoo.com.ar;fibertel.com.ar
landmarks: el Obelisco;la parada del 60;el kiosco de la esquina
mix: hola! no tengo internet desde anoche, el router tiene la luz roja;ya lo reinicié 3 veces y nada;mañana tengo una call importante, porfa chequeen rápido;dale, gracias!
hi: Hola;Buen día
ty: Gracias;mil gracias
cur: $ {}
@ es_CL CL two_sur=0.5
male: Benjamín;Vicente;Matías;Cristóbal;Felipe;Sebastián
female: Javiera;Catalina;Constanza;Francisca;Fernanda;Valentina
sur: Muñoz;Rojas;Soto;Contreras;Silva;Sepúlveda;Morales;Araya;Fuentes
nick_m: Benjamín>Benja;Cristóbal>Cris;Sebastián>Seba;Vicente>Vicho;Matías>Mati
nick_f: Javiera>Javi;Catalina>Cata;Constanza>Coni;Francisca>Fran;Fernanda>Feña
hon_m: Sr. {s};Don {g};Dr. {s}
hon_f: Sra. {s};Doña {g};Dra. {s};Srta. {g}
streets: Av. Providencia;Av. Libertador Bernardo O'Higgins;Irarrázaval;Av. Grecia;Av. Vicuña Mackenna;Los Leones
places: Providencia|Santiago;Ñuñoa|Santiago;Las Condes|Santiago;Cerro Alegre|Valparaíso;Recoleta|Santiago;Viña del Mar|Valparaíso
addr: {st} {nn}, depto {fl}0{u1}, {d}, {c};{st} {nn}, {d};Pasaje Los Aromos {n}, Villa Los Héroes, {d};{st} {nn}, block {b}, dpto {u}, {d}, {c}
pc: #######
mail: gmail.com;hotmail.com;yahoo.es;vtr.net
landmarks: el metro Manuel Montt;la botillería de la esquina
mix: hola, estoy sin internet desde anoche po, el router tiene la luz roja;lo reinicié como 3 veces y nada;mañana tengo pega desde la casa, porfa revísenlo al tiro;ya, gracias
hi: Hola;Buenas
ty: Gracias;muchas gracias
cur: $ {}
@ es_CO CO two_sur=0.4
male: Andrés;Juan David;Camilo;Santiago;Julián;Carlos Andrés
female: Daniela;Laura;Valentina;Natalia;María José;Paola
sur: Rodríguez;Martínez;García;López;Hernández;Ramírez;Castro;Ospina;Restrepo;Gutiérrez
nick_m: Juan David>Juancho;Camilo>Cami;Santiago>Santi;Julián>Juli;Carlos Andrés>Caliche
nick_f: Daniela>Dani;Valentina>Vale;Natalia>Naty;María José>Majo;Paola>Pao
hon_m: Sr. {s};Don {g};Dr. {s};Ing. {s}
hon_f: Sra. {s};Doña {g};Dra. {s};Ing. {s}
streets: Calle 45;Carrera 7;Cra. 15;Cl. 80;Diagonal 40A;Transversal 5
places: Chapinero|Bogotá;Usaquén|Bogotá;El Poblado|Medellín;Laureles|Medellín;San Fernando|Cali;El Prado|Barranquilla
addr: {st} # {s2}-{s2}, {d}, {c};{st} #{s2}-{s2} apto {fl}0{u1}, {c};{st} No. {s2}-{s2}, Torre {s1} Apto {fl}0{u1}, {d}, {c};{st} {s2}-{s2} int {s1}, {c}
mail: gmail.com;hotmail.com;yahoo.es;outlook.com
landmarks: el Parque de la 93;la tienda de Don Pacho;la estación de Transmilenio
mix: buenas, estoy sin internet desde anoche, el router tiene la luz roja;ya lo reinicié 3 veces y nada que vuelve;mañana tengo reunión, porfa me colaboran revisando rápido;listo, muchas gracias
hi: Buenas;Hola;Buenos días
ty: Gracias;mil gracias
cur: $ {}
@ pt_BR BR iban=BR two_sur=0.3 cards=elo,visa,mc
male: João Pedro;Lucas;Gabriel;Rafael;Felipe;Thiago;Bruno
female: Ana Clara;Juliana;Fernanda;Beatriz;Larissa;Camila;Mariana
sur: Silva;Santos;Oliveira;Souza;Pereira;Lima;Ferreira;Almeida;da Silva;dos Santos;de Oliveira
nick_m: Rafael>Rafa;Bruno>Bruninho;Felipe>Lipe;Thiago>Thiaguinho;Gabriel>Biel;João Pedro>JP
nick_f: Beatriz>Bia;Juliana>Ju;Larissa>Lari;Fernanda>Nanda;Mariana>Mari;Camila>Mila;Ana Clara>Aninha
hon_m: Seu {g};Sr. {g};Dr. {g};Sr. {s}
hon_f: Dona {g};Sra. {g};Dra. {g};Sra. {s}
streets: Rua das Flores;Av. Paulista;Rua Augusta;Rua da Consolação;Av. Brasil;Rua XV de Novembro;Rua Sete de Setembro
places: Bela Vista|São Paulo - SP;Pinheiros|São Paulo - SP;Copacabana|Rio de Janeiro - RJ;Savassi|Belo Horizonte - MG;Boa Viagem|Recife - PE;Centro|Curitiba - PR
addr: {st}, {nn}, apto {fl}{u2} - {d}, {c}, {pc};{st}, {nn} - {d}, {c};{st} {nn}, bloco {b}, ap. {fl}0{u1}, {d} - {c} CEP {pc};{st}, nº {nn}, casa {s1}, {d}, {c}
pc: 0####-###;2####-###;3####-###;8####-###
mail: gmail.com;hotmail.com;yahoo.com.br;uol.com.br;bol.com.br
landmarks: a padaria da esquina;o metrô Consolação;a igreja matriz
mix: oi, to sem internet desde ontem a noite, o roteador ta com a luz vermelha;ja reiniciei 3x e nada;amanha tenho call importante, da pra verificar rapidinho pfv?;blz, obrigado!
hi: Oi;Olá;Bom dia
ty: Obrigado;valeu;obg
cur: R$ {}
@ yo_NG NG
male: Babatunde;Oluwaseun;Tunde;Ayodeji;Femi;Kayode;Damilola
female: Funmilayo;Yetunde;Adunni;Bukola;Titilayo;Folake;Omolara
sur: Adeyemi;Ogunleye;Adebayo;Olawale;Afolabi;Balogun;Oyelaran;Akinola
nick_m: Oluwaseun>Seun;Ayodeji>Ayo;Kayode>Kay;Damilola>Dami;Femi>Fems
nick_f: Funmilayo>Funmi;Yetunde>Yetty;Bukola>Bukky;Titilayo>Titi;Omolara>Lara;Folake>Fola
hon_m: Mr. {s};Chief {s};Engr. {s};Alhaji {f};Pastor {g};Dr. {s};Oga {g};Baba {g}
hon_f: Mrs. {s};Madam {g};Aunty {nick};Mama {g};Dr. {s};Alhaja {f}
streets: Awolowo Road;Allen Avenue;Adeola Odeku Street;Bode Thomas Street;Ikorodu Road;Herbert Macaulay Way
places: Ikoyi|Lagos;Ikeja|Lagos;Surulere|Lagos;Yaba|Lagos;Bodija|Ibadan;Oke-Ado|Ibadan
addr: {n} {st}, {d}, {c};No. {n}, {st}, {d}, {c} State;Flat {u}, Block {bn}, Unity Estate, {d}, {c};opp. {lm}, {n} {st}, {d};{n}, off {st}, {d}, {c}
mail: gmail.com;yahoo.com;hotmail.com;ymail.com
landmarks: the filling station;St. Jude's Catholic Church;the old NEPA office;Ojuelegba bus stop
mix: abeg una network don die since yesterday night, the router dey show red light;I don restart am like 3 times, e no work;I get meeting tomorrow morning, abeg make una check am sharp sharp;ok o, thank you
hi: Good morning;Hello;E kaaro
ty: Thank you o;E se;Tanks
cur: ₦{}
@ ig_NG NG
male: Chidi;Emeka;Obinna;Ikenna;Chinedu;Nnamdi;Uchenna
female: Ngozi;Chiamaka;Adaeze;Nkechi;Ifeoma;Chioma;Amarachi
sur: Okafor;Eze;Nwosu;Okonkwo;Chukwu;Obi;Nwachukwu;Anyanwu;Okeke
nick_m: Chinedu>Nedu;Ikenna>Ike;Nnamdi>Nnam;Emeka>Emy;Uchenna>Uche
nick_f: Adaeze>Ada;Nkechi>Nky;Ifeoma>Ify;Chiamaka>Amaka;Chioma>Chi-chi;Ngozi>Ngo
hon_m: Mr. {s};Chief {f};Engr. {s};Ichie {g};Dr. {s};Barr. {s}
hon_f: Mrs. {s};Aunty {g};Lolo {f};Dr. {s};Barr. {s}
streets: Ogui Road;Zik Avenue;Okpara Avenue;New Market Road;Wetheral Road;Douglas Road
places: Uwani|Enugu;GRA|Enugu;Independence Layout|Enugu;Ikenegbu|Owerri;Fegge|Onitsha;Amawbia|Awka
addr: No {n} {st}, {d}, {c};{n} {st}, {d}, {c};Plot {lot}, {st}, {d}, {c};{n}, off {st}, near {lm}, {c}
mail: gmail.com;yahoo.com;yahoo.co.uk
landmarks: Holy Ghost Cathedral;Ogbete main market;the Post Office;the Ekulu bridge
mix: biko una network no dey work since yesterday, router dey blink red;I don off am on am 3 times, nothing;I get exam online tomorrow, abeg check am quick quick;daalu, thank you
hi: Ndewo;Good morning;Kedu
ty: Daalụ;thank you
cur: ₦{}
@ ha_NG NG
male: Aminu;Ibrahim;Sani;Usman;Kabiru;Abdullahi;Musa
female: Aisha;Hauwa;Zainab;Hadiza;Amina;Fatima;Maryam
sur: Musa;Bello;Abubakar;Yusuf;Danjuma;Lawal;Garba;Aliyu
nick_m: Abdullahi>Audu;Ibrahim>Ibro;Kabiru>Kabi
nick_f: Hauwa>Indo;Aisha>Shatu;Maryam>Mairo;Amina>Ami;Fatima>Fati
hon_m: Alhaji {f};Mallam {g};Malam {g};Mr. {s};Engr. {s};Dr. {s}
hon_f: Hajiya {f};Hajia {g};Malama {g};Mrs. {s};Dr. {s}
streets: Zoo Road;Murtala Mohammed Way;Ahmadu Bello Way;Sultan Road;Independence Way;Bompai Road
places: Nassarawa GRA|Kano;Fagge|Kano;Sabon Gari|Kano;Unguwan Rimi|Kaduna;Barnawa|Kaduna;Wuse 2|Abuja
addr: No. {n} {st}, {d}, {c};Plot {lot}, {st}, {d}, {c};House {n}, {st}, {d}, {c};{n} {st}, opp. {lm}, {c}
mail: gmail.com;yahoo.com
landmarks: the Emir's Palace;Kantin Kwari market;the Central Mosque;the mega filling station
mix: Salam, network dina ya mutu tun jiya da dare, router na nuna red light;na yi restart sau uku amma babu;gobe ina da meeting, don Allah ku duba da sauri;to, nagode
hi: Sannu;Salam alaikum
ty: Nagode;Na gode sosai
cur: ₦{}
@ en_GH GH
male: Kwame;Kofi;Yaw;Kwabena;Kojo;Kwesi
female: Ama;Akosua;Abena;Efua;Adwoa;Afia;Esi
sur: Mensah;Boateng;Owusu;Asante;Appiah;Osei;Agyeman;Darko;Ofori
nick_m: Kwabena>Kwabs;Kojo>Jojo;Kwesi>Kwes
nick_f: Akosua>Akos;Abena>Abby;Efua>Effie
hon_m: Mr. {s};Nana {g};Opanyin {g};Pastor {s};Dr. {s}
hon_f: Mrs. {s};Auntie {g};Maa {g};Madam {g};Dr. {s}
streets: Oxford Street;Ring Road East;Liberation Road;Spintex Road;Kojo Thompson Road;Harper Road
places: Osu|Accra;East Legon|Accra;Dansoman|Accra;Adum|Kumasi;Asokwa|Kumasi;Community 11|Tema
addr: House No. {n}, {st}, {d}, {c};H/No. {n}, off {st}, {d}, {c};{n} {st}, {d}, {c};P.O. Box {box}, {d}, {c};near {lm}, {n} {st}, {d}
mail: gmail.com;yahoo.com;hotmail.com
landmarks: the Methodist church;Kaneshie market;the police station
mix: chale my network dey off since yesterday night, router dey show red;I restart am 3 times sef, nothing;I get meeting tomorrow, please check am fast;ok, medaase
hi: Good morning;Hello;Maakye
ty: Medaase;thank you
cur: GH₵{}
@ en_KE KE
male: Brian;Kevin;Dennis;Collins;Kiprotich;Ian
female: Faith;Mercy;Wanjiku;Akinyi;Njeri;Cynthia;Achieng
sur: Otieno;Kamau;Mwangi;Ochieng;Njoroge;Kiprono;Wafula;Mutua;Chebet
nick_m: Kevin>Kev;Dennis>Den;Kiprotich>Kip;Brian>Bri;Collins>Collo
nick_f: Wanjiku>Shiku;Cynthia>Cyn;Mercy>Mercie;Njeri>Njesh
hon_m: Mr. {s};Mzee {s};Bw. {s};Mwalimu {g};Dr. {s}
hon_f: Mrs. {s};Bi. {s};Madam {g};Dr. {s};Ms. {s}
streets: Ngong Road;Moi Avenue;Kenyatta Avenue;Othaya Road;Kiambu Road;Argwings Kodhek Road
places: Kilimani|Nairobi;Kileleshwa|Nairobi;Westlands|Nairobi;South B|Nairobi;Nyali|Mombasa;Milimani|Kisumu
addr: Apartment {u}{b}, Kileleshwa Court, {st}, {d}, {c};House No. {n}, {st}, {d}, {c};P.O. Box {box}-00100, {c};Flat {u}, {fl}th floor, Jamhuri Heights, {st}, {d}
mail: gmail.com;yahoo.com;outlook.com
landmarks: the petrol station by the roundabout;Yaya Centre;the matatu stage
mix: sasa, net yangu imekufa tangu jana usiku, router iko na red light;nimei-restart mara tatu bado tu;kesho niko na meeting, tafadhali check haraka;sawa, asante sana
hi: Habari;Sasa;Hello
ty: Asante;asante sana
cur: KSh {}
@ am_ET ET native_p=0.2
male: Yonas|ዮናስ;Dawit|ዳዊት;Abebe|አበበ;Tesfaye|ተስፋዬ;Bereket|በረከት;Henok|ሄኖክ
female: Selam|ሰላም;Hana|ሐና;Meron|ሜሮን;Tigist|ትግስት;Bethlehem|ቤተልሔም;Mahlet|ማህሌት
sur: Tadesse|ታደሰ;Girma|ግርማ;Bekele|በቀለ;Haile|ኃይሌ;Alemu|አለሙ;Kebede|ከበደ;Wolde|ወልዴ
nick_m: Dawit>Dave;Yonas>Yoni;Abebe>Abe;Tesfaye>Tesfu;Henok>Heni
nick_f: Bethlehem>Betty;Selam>Selu;Tigist>Tigi;Mahlet>Mahi
hon_m: Ato {g};Ato {f};አቶ {ng};Dr. {g};Mr. {g}
hon_f: W/ro {g};Woizero {g};ወ/ሮ {ng};W/rt {g};Dr. {g}
streets: Bole Road;Africa Avenue;Churchill Avenue;Cameroon Street;Ras Desta Damtew St
places: Bole|Addis Ababa;Kirkos|Addis Ababa;Yeka|Addis Ababa;Arada|Addis Ababa;Kolfe Keranio|Addis Ababa;Belay Zeleke|Bahir Dar
addr: House No. {nn}, Woreda {s2}, {d} Sub-city, {c};{d} Sub-city, Woreda {s2}, H.No. {nn}, {c};P.O. Box {box}, {c};{st}, near {lm}, House {nn}, {d}, {c}
mail: gmail.com;yahoo.com;ethionet.et
landmarks: Medhane Alem church;Meskel Square;the Bole bridge
mix: selam, internet kemaata jemro yelem, router lay kay mebrat aleb;3 gize restart aderegku gin alseram;nege meeting alegn, ebakachihu befitnet check adirgu;ishi, ameseginalehu
hi: Selam;ሰላም
ty: Ameseginalehu;አመሰግናለሁ
cur: ETB {}
@ zu_ZA ZA
male: Sipho;Thabo;Mandla;Sibusiso;Bongani;Lwazi;Themba
female: Nomvula;Thandeka;Zanele;Lindiwe;Nokuthula;Ayanda;Nandi
sur: Dlamini;Nkosi;Ndlovu;Zulu;Khumalo;Mthembu;Ngcobo;Mahlangu;Shabalala
nick_m: Sibusiso>Sbu;Bongani>Bongz;Mandla>Mandz;Thabo>Thabz
nick_f: Thandeka>Thandi;Zanele>Zaza;Lindiwe>Lindi;Nokuthula>Noks;Nomvula>Vuvu
hon_m: Mr {s};Baba {s};Bab' {s};Mnumzana {s};Dr {s}
hon_f: Mrs {s};Mam' {s};Gogo {s};Sisi {g};Ms {s}
streets: Florida Road;Anton Lembede Street;Chris Hani Road;Vilakazi Street;Umgeni Road
places: Morningside|Durban;KwaMashu|Durban;Umlazi|Durban;Orlando West|Soweto;Berea|Durban;Scottsville|Pietermaritzburg
addr: {n} {st}, {d}, {c}, {pc};Unit {u}, {bldg}, {n} {st}, {d}, {c} {pc};House {nn}, Zone {s1}, {d};Stand No. {nn}, {d}, {c}
pc: 4###;1###;3###
mail: gmail.com;webmail.co.za;mweb.co.za
landmarks: the taxi rank;the Spar on the corner;KwaMashu hostel
mix: sawubona, my wifi has been off since last night eish, router is showing red;I've restarted it like 3 times, nothing;I've got a meeting tomorrow, please check it just now;ngiyabonga
hi: Sawubona;Sanibonani;Hi
ty: Ngiyabonga;Siyabonga
cur: R{}
x.bldg: Protea Court;Sunnyside Mews;Umgeni Heights
@ af_ZA ZA
male: Johan;Pieter;Willem;Hendrik;Francois;Jaco;Riaan
female: Annelie;Marietjie;Elmarie;Karin;Liesl;Anri;Mariska
sur: van der Merwe;Botha;Pretorius;du Plessis;Venter;Nel;Coetzee;van Wyk;Steyn;Joubert
nick_m: Pieter>Piet;Willem>Wimpie;Hendrik>Hennie;Francois>Frans
nick_f: Annelie>Annie;Elmarie>Elma;Mariska>Mariki;Marietjie>Mariet
hon_m: Mnr. {s};Meneer {s};Oom {g};Dr. {s};Ds. {s}
hon_f: Mev. {s};Mevrou {s};Tannie {g};Juffrou {s};Dr. {s}
streets: Kerkstraat;Voortrekker Road;Dorpstraat;Bree Street;Main Road;Hoofweg
places: Central|Stellenbosch;Bellville|Cape Town;Durbanville|Cape Town;Lynnwood|Pretoria;Brandwag|Bloemfontein;Central|Paarl
addr: {n} {st}, {d}, {c}, {pc};{st} {n}, {c}, {pc};Unit {u}, Protea Gardens, {n} {st}, {d};Posbus {box}, {c}, {pc}
pc: 7###;0###;9###
mail: gmail.com;mweb.co.za;telkomsa.net
landmarks: die NG kerk;the Checkers centre;die stasie
mix: hallo, my internet is af sedert gisteraand, die router wys rooi;ek het dit al 3 keer gerestart, niks;ek het môre 'n meeting, kan julle asseblief gou check;baie dankie
hi: Goeie môre;Hallo;Haai
ty: Dankie;baie dankie
cur: R{}
@ en_AU AU city_first=1
male: Lachlan;Mitchell;Jack;Brodie;Hamish;Liam;Cooper
female: Chloe;Tahlia;Brooke;Jess;Kirra;Mia;Sienna
sur: Smith;Kelly;Taylor;O'Brien;Nguyen;Wilson;Murray;Campbell;Singh
nick_m: Lachlan>Lachie;Mitchell>Mitch;Jack>Jacko;Brodie>Brodes;Cooper>Coops
nick_f: Tahlia>Tahls;Chloe>Chlo;Brooke>Brookie;Jess>Jessie
hon_m: Mr {s};Dr {s}
hon_f: Mrs {s};Ms {s};Dr {s}
streets: Smith St;Chapel St;King St;Oxford St;Brunswick St;Hay St
places: Fitzroy|VIC;Newtown|NSW;Fortitude Valley|QLD;Subiaco|WA;Glenelg|SA;Sandy Bay|TAS
addr: Unit {u}/{n} {st}, {d} {c} {pc};{u}/{n} {st}, {d} {c} {pc};{n} {st}, {d} {c} {pc};PO Box {box}, {d} {c} {pc};Lot {lot} {st}, {d} {c} {pc}
pc: 3###;2###;4###;6###
mail: gmail.com;bigpond.com;optusnet.com.au;outlook.com
landmarks: the servo;Flinders Street Station;the RSL
mix: hey mate, net's been cactus since last arvo, modem's got a red light;restarted it heaps of times, no dice;got a big meeting tomoz, can youse sort it asap;cheers
hi: G'day;Hey;Hi
ty: Cheers;Thanks heaps
cur: ${}
@ en_NZ NZ
male: Wiremu;Hemi;Tama;James;Liam;Rawiri;Sam
female: Aroha;Mere;Anahera;Ngaio;Olivia;Kiri;Isla
sur: Ngata;Parata;Walker;Thompson;Te Rangi;Wilson;Tipene;Henare;Brown
nick_m: Wiremu>Wiri;Hemi>Hems;James>Jim;Sam>Sammy;Rawiri>Rawi
nick_f: Aroha>Ro;Mere>Meri;Anahera>Ana;Olivia>Liv;Isla>Izzy
hon_m: Mr {s};Matua {g};Dr {s}
hon_f: Mrs {s};Ms {s};Whaea {g};Dr {s}
streets: Ponsonby Road;Cuba Street;Dominion Road;Great South Road;Riccarton Road;Karangahape Road
places: Grey Lynn|Auckland;Te Aro|Wellington;Mt Eden|Auckland;Otara|Auckland;Riccarton|Christchurch;Hamilton East|Hamilton
addr: Flat {u}, {n} {st}, {d}, {c} {pc};{u}/{n} {st}, {d}, {c} {pc};{n} {st}, {d}, {c};PO Box {box}, {c} {pc}
pc: 1###;6###;8###;3###
mail: gmail.com;xtra.co.nz;hotmail.com
landmarks: the dairy on the corner;the marae;Britomart
mix: kia ora, the internet's been munted since last night, router's showing red;restarted it 3 times aye, still nothing;got a big meeting tomorrow, can you sort it sweet as;chur, thanks
hi: Kia ora;Hey;Morena
ty: Chur;Cheers;Ngā mihi
cur: ${}
@ en_IE IE iban=IE
male: Cian;Oisín;Seán;Darragh;Pádraig;Conor;Eoin
female: Siobhán;Aoife;Niamh;Caoimhe;Róisín;Sinéad;Orla
sur: Murphy;Kelly;O'Sullivan;Walsh;Byrne;O'Connor;Ó Briain/Ní Bhriain;Mac Cárthaigh/Nic Cárthaigh
nick_m: Pádraig>Paddy;Darragh>Dar;Seán>Seánie;Conor>Con
nick_f: Siobhán>Shiv;Róisín>Ro;Orla>Orls;Niamh>Neevs
hon_m: Mr {s};Dr {s};Fr. {s}
hon_f: Mrs {s};Ms {s};Dr {s};Sr. {g}
streets: Dorset Street Upper;Main Street;Patrick Street;Shop Street;Griffith Avenue;Bóthar na Trá
places: Drumcondra|Dublin 9;Phibsborough|Dublin 7;Ballincollig|Co. Cork;Salthill|Galway;Raheny|Dublin 5;Castletroy|Limerick
addr: Apt {u}, {n} {st}, {d}, {c}, {pc};{n} {st}, {d}, {c};{n} {st}, {d}, {c} {pc};Apartment {u}, Block {b}, The Maltings, {st}, {d}, {c}
pc: D0# A#A#;T12 A##A;H91 A#AA;V94 A#A#
mail: gmail.com;eircom.net;hotmail.com;yahoo.ie
landmarks: the Spar;the GAA grounds;Heuston Station
mix: hiya, the broadband's been banjaxed since last night, router's red;turned it off and on 3 times, nothing;have a big meeting tomorrow so would ye ever sort it quick;grand, thanks a mill
hi: Hiya;Hi;Dia duit
ty: Thanks a million;Go raibh maith agat;cheers
cur: €{}
@ en_SG SG order=sg njoin=none native_p=0.08
male: Wei Jie|伟杰;Jun Jie|俊杰;Kai Xiang|凯翔;Zhi Hao|志豪;Jia Hao|家豪;Ming Wei|明伟
female: Wei Ling|玮玲;Hui Min|慧敏;Xin Yi|欣怡;Jia Min|佳敏;Shu Ting|淑婷;Li Ting|丽婷
sur: Tan|陈;Lim|林;Lee|李;Ng|黄;Wong|王;Goh|吴;Chua|蔡;Koh|许;Teo|张
nick_m: Darren;Shawn;Marcus;Ryan
nick_f: Jasmine;Rachel;Cheryl;Felicia
hon_m: Mr {s};Dr {s};Uncle {s}
hon_f: Ms {s};Mdm {s};Dr {s};Auntie {g}
streets: Ang Mo Kio Ave 3;Tampines St 21;Jurong West St 52;Bedok North Rd;Toa Payoh Lor 1;Yishun Ring Rd
places: Ang Mo Kio|Singapore;Tampines|Singapore;Jurong West|Singapore;Bedok|Singapore;Toa Payoh|Singapore;Yishun|Singapore
addr: Blk {bn3} {st}, #{fl2}-{u3}, Singapore {pc};Blk {bn3}{b} {st} #{fl2}-{u3} S({pc});{nn} {st}, #{fl2}-{u2}, The Clementi Residences, Singapore {pc}
pc: 5#####;3#####;6#####;4#####
mail: gmail.com;singnet.com.sg;hotmail.com;yahoo.com.sg
landmarks: the hawker centre;the MRT;the void deck
mix: hi, my wifi down since last nite leh, router blinking red;restart 3 times liao still cannot;tmr got meeting, can help check fast or not;ok thanks ah
hi: Hi;Hello
ty: Thanks ah;tks;thank you
cur: S${}
@ en_US US cards=visa,mc,discover,amex city_first=1 dmy=mdy
male: Tyler;Brandon;Marcus;Jose;Kyle;DeShawn;Cody
female: Ashley;Brittany;Jasmine;Megan;Latoya;Kayla;Maria
sur: Johnson;Williams;Garcia;Martinez;Brown;Nguyen;Jackson;Hernandez;Patel;Miller
nick_m: Tyler>Ty;Jose>Pepe;DeShawn>Shawn;Brandon>Bran
nick_f: Ashley>Ash;Brittany>Britt;Jasmine>Jas;Megan>Meg;Kayla>Kay
hon_m: Mr. {s};Dr. {s};Officer {s}
hon_f: Mrs. {s};Ms. {s};Dr. {s}
streets: Maple Ave;Oak St;Elm Street;Washington Blvd;Martin Luther King Jr Dr;Pine Ridge Rd;W 3rd St
places: Springfield|IL;Columbus|OH;Tucson|AZ;Raleigh|NC;Fresno|CA;Tacoma|WA
addr: {nn} {st}, Apt {u}, {d}, {c} {pc};{nn} {st}, {d}, {c} {pc};{nn} {st} #{u}, {d} {c};PO Box {box}, {d}, {c} {pc}
pc: #####
mail: gmail.com;yahoo.com;aol.com;icloud.com;outlook.com
landmarks: the Walgreens;the high school;the gas station on Route 9
hi: Hi;Hey;Hello
ty: Thanks;Thank you
cur: ${}
"""


def _parse_locales(data: str) -> list[Locale]:
    out: list[Locale] = []
    cur: dict[str, Any] | None = None
    blocks: list[dict[str, Any]] = []
    for line in data.strip().splitlines():
        if line.startswith("@ "):
            head = line[2:].split()
            cur = {"code": head[0], "region": head[1], "extra": {}}
            for opt in head[2:]:
                key, val = opt.split("=", 1)
                cur[key] = val
            blocks.append(cur)
            continue
        assert cur is not None, line
        key, val = line.split(": ", 1)
        if key.startswith("x."):
            cur["extra"][key[2:]] = val
        else:
            cur[key] = val
    for b in blocks:
        kw: dict[str, Any] = dict(b)
        code, region = kw.pop("code"), kw.pop("region")
        for k in ("native_p", "fold_p", "two_sur", "sg_p"):
            if k in kw:
                kw[k] = float(kw[k])
        if "njoin" in kw:
            kw["njoin"] = "" if kw["njoin"] == "none" else kw["njoin"]
        if "cards" in kw:
            kw["cards"] = kw["cards"].split(",")
        if "city_first" in kw:
            kw["city_first"] = kw["city_first"] == "1"
        out.append(mk(code, region, **kw))
    return out


_L = _parse_locales(_LOCALE_DATA)
LOCALES: dict[str, Locale] = {loc.code: loc for loc in _L}
ALL_LOCALES = [loc for loc in _L if loc.code != "en_US"]
MIX_LOCALES = [loc for loc in ALL_LOCALES if loc.mix]


# ---------------------------------------------------------------------------
# extra generators used by the templates
# ---------------------------------------------------------------------------

JOBS = _split(
    "shift lead;duty manager;night auditor;charge nurse;dispatcher;site supervisor;SRE;support lead"
)
RELATIONS = _split("wife;husband;mother;father;son;daughter;brother;sister;neighbour;cousin;aunt")
CARS = _split("white sedan;silver hatchback;grey MPV;black SUV;red hatchback;blue minivan;white Corolla")
AIRPORTS = _split(
    "CGK;MNL;SGN;BKK;TPE;HKG;NRT;ICN;DEL;DAC;KHI;CAI;AMM;TLV;IST;ATH;WAW;PRG;NBO;LOS;ACC;ADD;JNB;SYD;"
    "AKL;DUB;SIN;GRU;EZE;SCL;BOG;VIE;ZRH;FCO;HEL;ARN;OSL;CPH;BRU;KTM"
)
MERCHANTS = _split("QuickCart;GAMEZONE TOPUP;LUXE ELECTRONICS;AIRTIME-EXPRESS;CRYPTO ON-RAMP;TRAVELNOW.BIZ")


def _g_dob(d: Doc) -> str:
    r = d.rng
    y = r.randint(1941, 2012)
    m = r.randint(1, 12)
    day = r.randint(1, 28)
    if d.loc.dmy == "mdy":
        return f"{m:02d}/{day:02d}/{y}"
    if d.loc.dmy == "ymd":
        return f"{y}-{m:02d}-{day:02d}"
    return f"{day:02d}/{m:02d}/{y}"


def _g_plate(d: Doc) -> str:
    return fill_pattern(
        d.rng, d.pick(["AAA-####", "AA ## AAA", "A #### AA", "###-AAA", "AA-####", "AAA ###A"])
    )


def _g_hcontoso(d: Doc) -> list[Seg]:
    h = "@ContosoHelp" if "@ContosoHelp" in HANDLE_BRANDS else d.pick(HANDLE_BRANDS)
    return [(BRAND, h)]


def _g_hbank(d: Doc) -> list[Seg]:
    h = "@NorthwindBank" if "@NorthwindBank" in HANDLE_BRANDS else d.pick(HANDLE_BRANDS)
    return [(BRAND, h)]


GEN.update(
    {
        "dob": _g_dob,
        "rel": lambda d: str(d.pick(RELATIONS)),
        "plate": _g_plate,
        "car": lambda d: str(d.pick(CARS)),
        "trip": lambda d: f"{d.rng.getrandbits(16):04x}-{d.rng.getrandbits(16):04x}",
        "acct": lambda d: f"ACC-{d.rng.randint(1000000, 9999999)}",
        "airport": lambda d: str(d.pick(AIRPORTS)),
        "job": lambda d: str(d.pick(JOBS)),
        "merchant": lambda d: str(d.pick(MERCHANTS)),
        "hcontoso": _g_hcontoso,
        "hbank": _g_hbank,
        "meter": lambda d: f"MTR-{d.rng.randint(100000, 999999)}{d.pick('ABCXYZ')}",
        "kwh": lambda d: f"{d.rng.randint(40, 2600)} kWh",
        "reading": lambda d: f"{d.rng.randint(10000, 99999)}",
        "mag": lambda d: f"{d.rng.randint(4, 7)}.{d.rng.randint(0, 9)}",
        "km": lambda d: str(d.rng.randint(3, 180)),
        "grade": lambda d: (
            f"{d.pick(['Grade', 'Class', 'Year', 'Std'])} {d.rng.randint(1, 10)}{d.pick('ABCD')}"
        ),
        "id8": lambda d: f"{d.rng.randint(10000000, 99999999)}",
        "sub": lambda d: str(
            d.pick(
                [
                    "r/legaladvice",
                    "r/Tenant",
                    "r/sysadmin",
                    "r/AskACountry",
                    "r/personalfinance",
                    "r/relationship_advice",
                ]
            )
        ),
    }
)


def mixline(d: Doc, i: int, fallback: str) -> str:
    return d.loc.mix[i] if len(d.loc.mix) > i else fallback


def say(d: Doc, ref: str, text: str, lo: int = 0, hi: int = 6) -> None:
    """One chat line in the document's chat-export style."""
    st = d.once("chatstyle", lambda: d.rng.randrange(5))
    t = d.tick(lo, hi)
    who = "{" + ref + ".chat}"
    if st == 0:
        d.w(f"[{t}] {who}: {text}\n")
    elif st == 1:
        d.w(f"{who}  {t}\n{text}\n")
    elif st == 2:
        d.w(t + " <{" + ref + ".login}> " + text + "\n")
    elif st == 3:
        d.w(f"{who} [{t}]: {text}\n")
    else:
        d.w(f"{t} {who}: {text}\n")


def blank(d: Doc) -> None:
    d.w("\n")


# ---------------------------------------------------------------------------
# genre 0: on-call chat (Slack exports)
# ---------------------------------------------------------------------------


def g_oncall(d: Doc, k: int) -> None:
    if k == 0:
        d.foreign("A")
        d.foreign("B")
        d.p("C")
        d.p("D", gender="f")
        d.ln(
            d.pick(["#oncall-apac", "#sre-oncall", "#inc-bridge", "#ops-war-room"])
            + " — exported "
            + d.date()
        )
        pool = [
            ("A", "anyone else seeing 5xx on {svc}? error rate {pct} since {hhmm}"),
            ("B", "yep, {host} is flapping. lots of traffic from {ip1}"),
            ("A", "@{B.login} can you check if {ip1} is one of {co}'s egress IPs?"),
            ("B", "it is. they're replaying webhooks from {ver}, rolling back on our side"),
            (
                "C",
                "{co} support just rang — their customer {D.full} hasn't had a single alert since this morning. her number is {D.phone} if we need a test",
            ),
            ("A", "blocked {ip2} at the edge for 30 min, that was the noisy one"),
            ("B", "error rate back under 1%. I'll write it up. thanks {A.first} 🙏"),
            ("C", "nice one {B.nick}. handing over to {A.chat} at {hhmm}"),
            ("A", "ack. ping me on {A.phone} if it flares again, I'm offline for an hour"),
        ]
        for ref, line in d.some(pool, 5, 9):
            say(d, ref, line)
    elif k == 1:
        for ref in "ABC":
            if d.chance(0.5):
                d.foreign(ref)
            else:
                d.p(ref)
        d.ln("[")
        uids = {ref: f"U0{d.rng.randint(1, 9)}{fill_pattern(d.rng, 'AA#AA#A')}" for ref in "ABC"}
        msgs = [
            ("A", "<@" + uids["B"] + "> {svc} queue depth is 40k, consumers stuck on {host}"),
            ("B", "looking. last deploy was {ver} by {C.login}"),
            ("C", "my bad, reverting. the canary at {ip1} looked fine"),
            ("B", "traffic from {ip6} is also failing auth, separate issue?"),
            ("A", "same root cause I think. {C.first}, can you drop the deploy lock?"),
            ("C", "done. paging {A.first} for sign-off"),
        ]
        chosen = d.some(msgs, 3, 6)
        for i, (ref, text) in enumerate(chosen):
            ts = f"{1700000000 + d.rng.randint(0, 40000000)}.{d.rng.randint(100, 999):06d}"
            d.w('  {"type": "message", "user": "' + uids[ref] + '", "user_name": "{' + ref + '.login}", ')
            if d.chance(0.6):
                d.w('"real_name": "{' + ref + '.rfull}", ')
            d.w('"ts": "' + ts + '", "text": "' + text + '"}')
            d.ln("," if i < len(chosen) - 1 else "")
        d.ln("]")
    elif k == 2:
        d.foreign("A")
        d.p("B")
        d.foreign("C")
        d.ln("{A.chat}  " + d.tick() + "\n:rotating_light: {svc} latency spiking in {dc} ({ms})")
        d.ln("    " + str(d.rng.randint(3, 9)) + " replies   Last reply today at " + d.tick(8, 20))
        replies = [
            ("B", "looking — {host} cpu pinned at 100%"),
            ("C", "it's the geo lookup again, {ip1} is hammering us"),
            ("A", "rate-limited {ip1}. @{B.login} can you confirm p99?"),
            ("B", "latency back down to {ms}. 👍"),
            ("C", "{A.first} I'll take the RCA, you did last week"),
            ("A", "thanks {C.nick}!! owe you a coffee"),
        ]
        for ref, text in d.some(replies, 3, 6):
            d.ln("    {" + ref + ".chat}  " + d.tick(0, 4))
            d.ln("    " + text)
        if d.chance(0.5):
            d.ln("    Also sent to the channel")
    else:
        d.ln(d.pick(["#alerts-prod", "#oncall-alerts", "#pager-firehose"]))
        for _ in range(d.rng.randint(2, 4)):
            svc = d.pick(SERVICES)
            d.ln(d.pick(["alertmanager", "Grafana", "pd-bot"]) + " APP  " + d.tick(0, 12))
            d.ln(
                f"[FIRING:{d.rng.randint(1, 6)}] {d.pick(['HighErrorRate', 'QueueBacklog', 'CertExpiry', 'DiskPressure', 'PodCrashLooping'])} {svc} ({d.pick(ENVS)})"
            )
            d.ln(
                "severity: "
                + d.pick(["critical", "warning", "page"])
                + " | runbook: https://runbooks.relaywatch.io/"
                + svc
            )
            d.ln("labels: instance={host}:9100 job=" + svc + " region={dc}")
            if d.chance(0.6):
                d.ln(":eyes: 1  :white_check_mark: 1")
        d.ln("alertmanager APP  " + d.tick(5, 30))
        d.ln(
            "[RESOLVED] all alerts for {svc} cleared after {ms}. Dashboard: https://grafana.relaywatch.io/d/"
            + fill_pattern(d.rng, "A#A#A#").lower()
        )


# ---------------------------------------------------------------------------
# genre 1: incident channels (Teams / Slack war rooms)
# ---------------------------------------------------------------------------


def g_incident(d: Doc, k: int) -> None:
    if k == 0:
        d.foreign("A")
        d.p("B")
        d.p("D")
        d.ln("Incident bridge – {inc} – {svc} degraded ({co})")
        d.ln("Meeting chat exported " + d.date() + "\n")
        lines = [
            ("A", "joined. I'm IC for this one"),
            ("B", "comms here. drafting the first customer update"),
            ("A", "{B.first} pls hold the update till we know if {co} tenants in {city} are the only ones"),
            ("B", "ok. FYI {D.tfull} from {co} is asking for a call back on {D.phone}"),
            ("A", "I'll call {D.first} after this. scribe pls note: bad BGP route from {ip1} at {hhmm}"),
            ("B", "noted. also {host} restarted on its own at {hhmm}"),
            ("A", "mitigated. keeping the bridge open 15 more min"),
        ]
        for ref, text in d.some(lines, 4, 7):
            st = d.once("teams", lambda: d.rng.randrange(2))
            if st == 0:
                d.ln("{" + ref + ".rfull} " + d.tick() + "\n" + text)
            else:
                d.ln(
                    "["
                    + d.tick()
                    + "] {"
                    + ref
                    + ".rfull}: "
                    + text
                    + (" (edited)" if d.chance(0.15) else "")
                )
    elif k == 1:
        d.foreign("A")
        d.foreign("B")
        d.p("D")
        d.ln(":large_red_circle: *{inc} update #" + str(d.rng.randint(2, 6)) + "* (" + d.hhmm() + " UTC)")
        d.ln("• *Status:* " + d.pick(["Investigating", "Identified", "Mitigating", "Monitoring"]))
        d.ln("• *IC:* {A.full}   *Comms:* @{B.login}   *Scribe:* {C.first}")
        d.ln("• *Impact:* alerts delayed up to {ms} for {co} tenants in {city}")
        d.ln("• *Suspected cause:* config push from {host} ({ip1})")
        if d.chance(0.7):
            d.ln("• *Customer contact:* {D.tfull}, {D.phone}" + d.pick(["", " / {D.wemail}"]))
        d.ln("• *Next update:* " + d.at(20, 40))
        d.ln("_reply in thread, keep the channel clean_ 🙏")
    elif k == 2:
        d.case = "lower"
        d.p("A")
        d.foreign("B")
        d.p("C")
        d.p("D")
        d.ln("handover {A.rfirst} -> {B.rfirst} (" + d.hhmm() + ")")
        items = [
            "- {ip1} still on the blocklist, remove after 24h",
            "- {co} ticket {ticket} open, their contact is {D.full} ({D.email})",
            "- pager: {C.full} is secondary tonight, mobile {C.phone}",
            "- {host} disk at {pct}, not urgent",
            "- customer in {city} ({D.first}) wants a call before 9am",
            "- {svc} on {ver}, do NOT redeploy",
        ]
        for it in d.some(items, 3, 6):
            d.ln(it)
        d.ln(d.pick(["gn", "that's all, gn", "ping me if anything", "night all"]))
    else:
        d.foreign("A")
        d.p("B")
        d.foreign("C")
        say(d, "A", "seeing failed health checks from {ip61}, is that ours?")
        d.ln(":eyes: " + str(d.rng.randint(1, 4)))
        say(d, "B", "yes, new {dc} ingress. whitelist it pls. cc @{C.login}")
        if d.chance(0.5):
            d.ln("(edited)")
        say(d, "C", "done. also added {ip62} and {ip2}")
        d.ln(":white_check_mark: 1  :pray: " + str(d.rng.randint(1, 5)))
        say(d, "A", "ty {C.first}. closing {inc}")


# ---------------------------------------------------------------------------
# genre 2: paging / SMS acknowledgements
# ---------------------------------------------------------------------------


def g_pager(d: Doc, k: int) -> None:
    if k == 0:
        d.p("A")
        d.ln("SMS thread — on-call " + d.date())
        d.ln("< RLYWATCH " + d.tick() + ": [RelayWatch] {inc} CRITICAL {svc} {env}. Reply ACK or ESC")
        d.ln("> " + d.tick() + ": " + d.pick(["ACK", "ack", "Ack - on it", "ACK. on it"]))
        d.ln("> " + d.tick() + ": " + d.pick(["on it, laptop in 10", "looking", "omw to laptop", "on it"]))
        d.ln("< {A.phone} " + d.tick() + ": u got it? im boarding lol -{A.first}")
        d.ln("> " + d.tick() + ": yep go. will call {B.first} if I need a 2nd pair of eyes")
        if d.chance(0.5):
            d.ln("< {B.phone} " + d.tick() + ": saw the page, standing by. {B.sig}")
    elif k == 1:
        if d.chance(0.4):
            d.foreign("A")
        d.p("B")
        d.ln(d.date() + " " + d.hhmm() + " Triggered: {inc} - {svc} error budget burn ({co})")
        d.ln(d.hhmm(0, 1) + " Notified {A.full} via SMS ({A.phone}) and push")
        d.ln(d.hhmm(4, 5) + " Notified {A.full} via phone call ({A.phone})")
        d.ln(d.hhmm(10, 15) + " Escalated to level 2: {B.full}")
        d.ln(d.hhmm(1, 3) + ' Acknowledged by {B.full} (SMS reply "' + d.pick(["ACK", "4", "ack"]) + '")')
        if d.chance(0.6):
            d.ln(d.hhmm(2, 9) + " Note added by {B.login}: {A.first} was on a flight, not a no-show")
        d.ln(d.hhmm(15, 50) + " Resolved by {B.login}")
    elif k == 2:
        d.p("A")
        d.p("B")
        d.p("C")
        dd = d.day
        pre = f"{dd.day:02d}/{dd.month:02d}/{str(dd.year)[2:]}, "
        d.ln(pre + d.hhmm() + " - {A.rfull}: pager went off, {svc} down again")
        d.ln(pre + d.hhmm() + " - {B.nick}: on it")
        d.ln(pre + d.hhmm() + " - {phone1}: ack. who's IC?")
        d.ln(pre + d.hhmm() + " - {A.rfull}: who is this? 😅")
        d.ln(pre + d.hhmm() + " - {phone1}: sorry new number! it's {C.first}")
        d.ln(pre + d.hhmm() + " - {B.nick}: {C.first} is IC. I'll take comms")
        if d.chance(0.5):
            d.ln(pre + d.hhmm() + " - {A.rfull}: <Media omitted>")
    else:
        d.p("A")
        d.ln("FROM: {A.phone}  " + d.tick())
        d.case = "upper"
        d.ln(
            d.pick(["ACK ACK.", "ACK.", "GOT IT."]) + " DB STILL DOWN?? CALL ME ON {A.phone2} NOW. -{A.first}"
        )
        d.case = None
        d.ln("FROM: {B.phone}  " + d.tick())
        d.ln(d.pick(["calling now", "cant, in the car. try {C.first}", "ok 2 mins"]))
        if d.chance(0.6):
            d.case = "upper"
            d.ln("FROM: {A.phone}  " + d.tick())
            d.ln("NVM FIXED. RESTARTED " + d.pick(SERVICES).upper() + ". WILL WRITE UP AM")


# ---------------------------------------------------------------------------
# genre 3: escalation e-mails
# ---------------------------------------------------------------------------


def _sig(d: Doc, ref: str) -> None:
    d.ln("{" + ref + ".full}")
    job = d.pick(
        ["SRE", "Support Lead", "Duty Manager", "NOC Engineer", "Incident Manager", "Customer Success"]
    )
    d.ln(job + " | {team}" if d.chance(0.6) else job + ", {co}")
    if d.chance(0.8):
        d.ln(d.pick(["M: ", "Mob: ", "Tel ", "Mobile: ", "📱 "]) + "{" + ref + ".phone}")
    if d.chance(0.4):
        d.ln("{" + ref + ".wemail}")


def g_escalation(d: Doc, k: int) -> None:
    if k == 0:
        d.p("A")
        d.foreign("B")
        d.p("D", gender="f")
        d.ln("From: {A.rfull} <{A.wemail}>")
        d.ln("To: {role}")
        d.ln("Cc: {B.rfull} <{B.wemail}>; {C.wemail}")
        d.ln("Date: " + d.date() + " " + d.hhmm())
        d.ln("Subject: ESCALATION: {inc} – {co} alerts not delivered in {city}")
        blank(d)
        d.ln(d.pick(["Hi team,", "Hello all,", "{hi} team,"]))
        blank(d)
        d.ln(
            "Escalating on behalf of {co}. Their duty officer, {D.tfull}, reports that no alerts have reached subscribers since {hhmm} local time."
        )
        d.ln(
            "She has already raised {ticket} but it is still unassigned. Please call {D.first} directly on {D.phone} — she is expecting a call within the hour."
        )
        blank(d)
        d.ln(d.pick(["Thanks,", "Regards,", "{ty},"]))
        _sig(d, "A")
    elif k == 1:
        d.p("A")
        d.p("B")
        d.p("C")
        d.ln("Subject: Fwd: RE: {inc} still open?? ")
        blank(d)
        d.ln("{B.first}, see below — can you take this one? I'm out from tomorrow.")
        blank(d)
        d.ln("---------- Forwarded message ---------")
        d.ln("From: {C.rfull} <{C.email}>")
        d.ln("Date: " + d.date(-1) + " at " + d.hhmm())
        d.ln("Subject: RE: {inc} still open??")
        d.ln("To: {A.rfull} <{A.wemail}>")
        blank(d)
        d.ln("Hi {A.first},")
        d.ln(
            "It's been 3 days. Our site at {C.addr} still isn't getting the flood alerts. Who is your manager?"
        )
        d.ln("{C.first}")
        blank(d)
        d.ln("> On " + d.date(-3) + ", {A.rfull} wrote:")
        d.ln("> Dear {C.title}, we have identified the issue and a fix is scheduled.")
        d.ln("> Kind regards, {A.first}")
    elif k == 2:
        d.p("A")
        d.p("B")
        d.foreign("C")
        d.ln("From: {A.upfirst}")
        d.ln("Sent: " + d.date(style="text") + " " + d.tick())
        d.ln("To: NOC <{role}>")
        d.ln("Subject: Escalation matrix for {co} – please keep handy")
        blank(d)
        d.ln("All, updated contacts for {co} below. Do not share outside the NOC.")
        blank(d)
        d.ln("Level | Name | Phone | Email")
        d.ln("L1 | {B.rfull} | {B.phone} | {B.wemail}")
        d.ln("L2 | {C.rfull} | {C.phone} | {C.wemail}")
        d.ln("L3 | Duty manager | {landline} | {role}")
        blank(d)
        d.ln("{A.sig}")
    else:
        d.typo = 0.08
        d.p("A")
        d.p("B")
        d.p("D")
        d.ln("Subject: {inc}")
        blank(d)
        d.ln(
            "{B.first} - pls escalate {inc} to {co} asap, their CTO is asking. cust contact {D.full} {D.phone}"
        )
        d.ln("im driving, call me if anything. " + d.pick(["", "dont email"]))
        blank(d)
        d.ln(d.pick(["Sent from my phone, excuse typos", "Sent from my iPhone", "Get Outlook for Android"]))
        d.ln("-{A.initials}")


# ---------------------------------------------------------------------------
# genre 4: post-mortem timelines
# ---------------------------------------------------------------------------


def g_postmortem(d: Doc, k: int) -> None:
    if k == 0:
        d.foreign("A")
        d.p("B")
        d.p("D")
        d.ln("## Timeline (" + d.date() + ", all times UTC)")
        blank(d)
        d.ln("| Time | Event | Who |")
        d.ln("|---|---|---|")
        rows = [
            "| " + d.hhmm() + " | Alert fired: {svc} 5xx > {pct} | alertmanager |",
            "| " + d.hhmm() + " | Paged primary | {A.full} |",
            "| " + d.hhmm() + " | No ack after 10 min, escalated | {B.full} |",
            "| " + d.hhmm() + " | Identified bad route table on {host} | {B.login} |",
            "| " + d.hhmm() + " | Blocked {ip1} at the edge | {A.first} |",
            "| " + d.hhmm() + " | Customer report from {co}: {D.full} ({D.email}) | Support |",
            "| " + d.hhmm() + " | Resolved, monitoring | {B.full} |",
        ]
        for r in d.some(rows, 4, 7):
            d.ln(r)
    elif k == 1:
        d.p("A")
        d.foreign("B")
        d.p("C")
        d.ln("Timeline — {inc}")
        items = [
            "- " + d.hhmm() + " {svc} deploy {ver} started by {A.login}",
            "- " + d.hhmm() + " First page to {B.full} (primary). No ack.",
            "- " + d.hhmm() + " Secondary {C.full} acked via SMS from {C.phone}",
            "- " + d.hhmm() + " {C.first} noticed requests from {ip1} retrying in a loop",
            "- " + d.hhmm() + " Rolled back. {B.first} joined at " + d.hhmm(),
            "- " + d.hhmm() + " Error rate normal. {A.first}'s change reverted in main",
        ]
        for it in d.some(items, 4, 6):
            d.ln(it)
        d.ln("Action items: owner {C.finit} — add a canary for {svc}")
    elif k == 2:
        d.p("A")
        d.p("B")
        d.p("D")
        d.ln("### Contributing factors")
        blank(d)
        d.ln(
            "1. The primary on-call, {A.full}, did not receive the page: the number on file ({A.phone}) "
            "was an old SIM. {A.first} updated it during the incident."
        )
        d.ln(
            "2. Traffic from {ip1} and {ip6} belonged to a misconfigured {co} integration; nobody on the rota "
            "had access to {co}'s tenant console."
        )
        d.ln(
            "3. The first customer report came from {D.tfull} at {hhmm}, roughly 40 minutes before our own alerting. "
            "{D.first} had to call twice."
        )
        blank(d)
        d.ln('> "I saw the alert on my watch but assumed it was the usual flapping" — {B.first}')
    else:
        d.ln("# Summary of the " + d.date(style="text") + " service disruption")
        blank(d)
        d.ln(
            "Between "
            + d.hhmm()
            + " and "
            + d.hhmm(40, 90)
            + " UTC, a subset of customers in "
            + d.pick(["Southeast Asia", "the EU region", "East Africa", "South America"])
            + " experienced delayed or missing alert notifications. Approximately {pct} of SMS messages were delayed by more than 5 minutes."
        )
        blank(d)
        d.ln(
            "**Root cause.** A configuration change to {svc} ({ver}) reduced the connection pool on {host} from 200 to 20."
        )
        d.ln("**Detection.** Our monitoring detected the elevated error rate after 6 minutes.")
        d.ln(
            "**Remediation.** The change was rolled back; the {team} team has added automated canary checks."
        )
        d.ln("We apologise to {co} and all affected customers. Status history: {url}")


# ---------------------------------------------------------------------------
# genre 5: customer-support chats in code-mixed / transliterated language
# ---------------------------------------------------------------------------


def g_support_mix(d: Doc, k: int) -> None:
    d.p("A")
    d.p("C")
    m0 = mixline(d, 0, "my internet has been down since last night, router light is red")
    m1 = mixline(d, 1, "restarted it 3 times, nothing")
    m2 = mixline(d, 2, "I have a meeting tomorrow, please check quickly")
    m3 = mixline(d, 3, "ok thanks")
    if k == 0:
        d.ln("Chat started " + d.date() + " " + d.tick() + " | Channel: web | Queue: {co} Broadband")
        d.ln(
            "Agent {A.rfirst}: {hi}! Thanks for contacting {co}, I'm {A.rfirst}. May I have your name and registered number?"
        )
        d.ln("Customer: {C.full}, {C.phone}")
        d.ln("Customer: " + m0)
        d.ln("Agent {A.rfirst}: Sorry to hear that {C.title}. Can you confirm the service address?")
        d.ln("Customer: {C.addr}")
        d.ln("Customer: " + m1)
        d.ln("Agent {A.rfirst}: I can see an area outage ({ticket}) in {district}. Technicians are on it.")
        d.ln("Customer: " + m2)
        d.ln("Agent {A.rfirst}: I've flagged it as priority and we'll SMS you on {C.phone2} once it's back.")
        d.ln("Customer: " + m3)
    elif k == 1:
        dd = d.day
        pre = f"[{dd.day:02d}/{dd.month:02d}, "
        d.ln(pre + d.tick() + "] {C.phone}: " + m0)
        d.ln(pre + d.tick() + "] {co} Care: {hi} 👋 Please share the account holder name and service address")
        d.ln(pre + d.tick() + "] {C.phone}: {C.full} / {C.addr}")
        d.ln(pre + d.tick() + "] {C.phone}: " + m1)
        d.ln(pre + d.tick() + "] {co} Care: Thanks {C.first}. Outage confirmed in {district}, ref {ticket}.")
        d.ln(pre + d.tick() + "] {C.phone}: " + m2)
        d.ln(pre + d.tick() + "] {co} Care: Noted 🙏 — {A.rfirst}")
        d.ln(pre + d.tick() + "] {C.phone}: " + m3)
    elif k == 2:
        d.ln("Bot: Please enter your registered mobile number")
        d.ln("User: {C.phone}")
        d.ln("Bot: Thanks! Is this account for {C.finit}? (yes/no)")
        d.ln("User: " + d.pick(["ya", "yes", "yes po", "haan", "yep", "oo"]))
        d.ln("User: " + m0)
        d.ln("User: " + m1)
        d.ln("Bot: Connecting you to a human agent… (est. wait 3 min)")
        d.ln("{A.rfirst} joined the chat")
        d.ln("{A.rfirst}: {hi} {C.first}, I see your line at {C.addr} is in the affected area.")
        d.ln("User: " + m2)
        d.ln("User: " + m3)
    else:
        d.ln("Wrap-up | {ticket} | " + d.date())
        d.ln("Cust: {C.upfirst} | CB: {C.phone} | Alt: {phone}")
        d.ln("Addr: {C.addr}")
        d.ln('Verbatim: "' + m0 + '" / "' + m2 + '"')
        d.ln("Action: area fault {inc}, tech dispatched, ETA " + d.date(1))
        d.ln("Agent: {A.login}")


# ---------------------------------------------------------------------------
# genre 6: HR / people-ops injury notes
# ---------------------------------------------------------------------------


def g_hr_injury(d: Doc, k: int) -> None:
    if k == 0:
        d.ln("WORKPLACE INJURY / NEAR-MISS REPORT")
        d.ln("Employee name: {A.upfirst}")
        d.ln("Employee ID: {emp}")
        dept, what = d.pick(
            [
                (
                    "Warehouse – Loading Bay 3",
                    "slipped on hydraulic fluid near dock 3 and twisted {A.his} left knee",
                ),
                ("Kitchen", "burned {A.his} right forearm on the fryer during the lunch rush"),
                ("Field Ops", "fell from a ladder while replacing a siren speaker"),
                ("Call centre floor 2", "tripped over a loose cable and hit {A.his} head on the desk"),
                ("Maintenance", "strained {A.his} lower back lifting a generator"),
            ]
        )
        d.ln("Department: " + dept)
        d.ln("Date/time of incident: " + d.date() + " " + d.hhmm())
        d.ln("Description: {A.first} " + what + ".")
        d.ln("Witness(es): {B.full}, {C.full}")
        d.ln("First aid by: {B.title} (trained first aider)")
        d.ln("Taken to: {hosp}")
        d.ln("Home address: {A.addr}")
        d.ln("Emergency contact: {E.full} ({E.rel}) {E.phone}")
        d.ln("Reported by: {D.full}, Shift Supervisor")
    elif k == 1:
        d.ln("Subject: injury on shift – {A.rfull}")
        blank(d)
        d.ln("Hi {B.first},")
        blank(d)
        d.ln(
            "Just flagging that {A.full} cut {A.his} hand on a box cutter at about {hhmm} today. "
            "{C.first} did first aid and drove {A.him} to {hosp} — no stitches needed in the end."
        )
        d.ln(
            "{A.first}'s mobile is {A.phone}, {A.he} said best to call after 5pm. I've logged it as {ticket}."
        )
        blank(d)
        d.ln(d.pick(["Cheers,", "Thanks,", "{ty},"]))
        d.ln("{D.sig}")
    elif k == 2:
        d.case = "lower"
        d.ln("notes - return to work mtg " + d.date())
        d.ln("present: {B.lower} (hr), {A.lower}, {C.lower} (line mgr)")
        items = [
            "- {A.lowerfirst} still on light duties per dr's note from {hosp}",
            "- wants to move to day shift, {C.lowerfirst} ok with it",
            "- asked us to update home address to {A.addr}",
            "- follow up: {B.lowerfirst} to call {A.lowerfirst} on {A.phone} next week",
            "- physio 2x/week, claim ref {ticket}",
        ]
        for it in d.some(items, 3, 5):
            d.ln(it)
    else:
        d.ln("EMPLOYER'S FIRST REPORT OF INJURY")
        d.ln("Claim #: WC-" + str(d.rng.randint(100000, 999999)))
        d.ln("Employee: {A.lastfirst}")
        d.ln("SSN: {ssn}")
        d.ln("Home address: {A.addr}")
        d.ln("Phone: {A.phone}")
        if d.chance(0.7):
            d.ln("Driver's license #: {dl} (state: {dlst})")
        d.ln("Date of injury: " + d.date() + "   Time: " + d.tick())
        d.ln(
            "Injury: "
            + d.pick(
                [
                    "fractured wrist after fall from ladder",
                    "lower back strain lifting pallets",
                    "burn to forearm from fryer",
                ]
            )
        )
        d.ln("Supervisor: {B.full}   Witness: {C.full}")
        d.ln("Treating facility: {hosp}")


# ---------------------------------------------------------------------------
# genre 7: HR harassment / conduct reports
# ---------------------------------------------------------------------------


def g_hr_conduct(d: Doc, k: int) -> None:
    if k == 0:
        d.ln("CONFIDENTIAL – Conduct complaint {ticket}")
        d.ln("Complainant: {A.full} ({A.wemail})")
        d.ln("Respondent: {B.full}, {job}")
        d.ln("Witnesses: {C.full}; {D.first} from {team}")
        blank(d)
        d.ln(
            "Summary: On "
            + d.date()
            + ", during the night-shift handover, {B.last} allegedly made repeated comments "
            "about {A.first}'s appearance in front of the team."
        )
        d.ln(
            'Statement ({A.first}): "'
            + "Messages kept coming to my personal number {A.phone} after midnight, even after I asked {B.first} to stop."
            + '"'
        )
        d.ln("Investigator: {E.title}")
    elif k == 1:
        d.p("A")
        d.p("E")
        say(d, "A", "hey, got a min? it's about {B.first} again")
        say(d, "E", "of course. here or call? my number is {E.phone}")
        say(d, "A", "here is fine. {B.first} sent stuff to my personal insta (@{A.handle}) last night")
        say(d, "A", "screenshots in my drive. {C.first} saw some of it too")
        say(d, "E", "thank you for telling me. I'll open a confidential case and loop in {F.full} from legal")
    elif k == 2:
        d.ln("date,time,who,channel,summary")
        for _ in range(d.rng.randint(3, 5)):
            d.ln(
                d.date(d.rng.randint(-20, 0), "iso")
                + ","
                + d.hhmm(30, 300)
                + ',"{B.upfirst}",'
                + d.pick(["WhatsApp", "Teams", "in person", "SMS", "Instagram DM"])
                + ',"'
                + d.pick(
                    [
                        "messages to {A.phone} late at night",
                        "comment about {A.first} in stand-up",
                        "followed {A.first} to car park",
                        "called {A.first} by a nickname after being asked not to",
                    ]
                )
                + '"'
            )
        d.ln("# compiled by {E.login} for case {ticket}")
    else:
        d.ln("Fwd: screenshots")
        blank(d)
        d.ln("---------- Forwarded message ---------")
        d.ln("From: {A.rfull} <{A.email}>")
        d.ln("Date: " + d.date())
        d.ln("To: {E.wemail}")
        blank(d)
        d.ln("{E.first}, as discussed. Transcribed since the images are blurry:")
        blank(d)
        d.ln("[screenshot 1]")
        d.ln("{B.first} (" + d.tick() + "): u coming to the party later? I can pick u up from {A.addr}")
        d.ln("{A.first} (" + d.tick() + "): no thanks")
        d.ln("{B.first} (" + d.tick(30, 200) + "): why are u ignoring me")
        blank(d)
        d.ln("I never gave {B.last} my address. Please treat this as confidential.")


# ---------------------------------------------------------------------------
# genre 8: courier / logistics exceptions
# ---------------------------------------------------------------------------


def g_courier(d: Doc, k: int) -> None:
    if k == 0:
        d.ln(
            "EXCEPTION CODE 0"
            + str(d.rng.randint(1, 9))
            + " - "
            + d.pick(["CONSIGNEE NOT AVAILABLE", "ADDRESS INCOMPLETE", "REFUSED", "BUSINESS CLOSED"])
        )
        d.ln("AWB: {track}")
        d.ln("CONSIGNEE: {A.caps}")
        d.case = "upper" if d.chance(0.5) else None
        d.ln("ADDR: {A.addr}")
        d.case = None
        d.ln("TEL: {A.phone}")
        d.ln("ATTEMPT " + str(d.rng.randint(1, 3)) + "/3 " + d.date() + " " + d.hhmm())
        d.ln(
            "DRIVER NOTE: gate locked, called twice no answer. left card. neighbour says {A.he} works nights"
        )
        d.ln("DRIVER: {B.login} / route " + fill_pattern(d.rng, "AA-##"))
    elif k == 1:
        d.ln("{co} Express | {track}")
        d.ln(
            "delivered to neighbour {B.first} at {B.addr} ("
            + d.pick(["blue gate", "green door", "house w/ mango tree", "2nd floor"])
            + ", near {landmark}) coz {A.first} not home. pic attached"
        )
        d.ln("called {A.phone} no pickup. sms sent")
        if d.chance(0.5):
            d.ln("recipient {A.full} to collect from {B.first}'s place after 6")
    elif k == 2:
        d.case = "upper"
        d.ln("WHERE IS MY PARCEL??? TRACKING {track} SAYS DELIVERED BUT NOTHING AT {A.addr}!!!")
        d.case = None
        d.ln(
            d.pick(
                [
                    "I am {A.full}, call me {A.phone} 😡😡",
                    "this is {A.full}. my number {A.phone}. 3rd time asking",
                    "name: {A.full} ph: {A.phone}",
                ]
            )
        )
        d.ln("order {order} from {brand}")
    else:
        d.ln("awb,consignee,phone,address,reason,attempts")
        for i in range(d.rng.randint(3, 5)):
            ref = f"P{i}"
            d.p(ref)
            d.ln(
                "{track},"
                + "{"
                + ref
                + ".full},{"
                + ref
                + '.phone},"{'
                + ref
                + '.addr}",'
                + d.pick(["ADDRESS INCOMPLETE", "NO ONE HOME", "REFUSED", "WRONG PHONE", "ROAD FLOODED"])
                + ","
                + str(d.rng.randint(1, 3))
            )


# ---------------------------------------------------------------------------
# genre 9: clinic appointment no-shows
# ---------------------------------------------------------------------------


def g_noshow(d: Doc, k: int) -> None:
    if k == 0:
        d.ln("DNA note – {hosp} Outpatients")
        d.ln("Pt: {A.upfirst} ({mrn}), DOB {dob}")
        d.ln(
            "Appt: "
            + d.date()
            + " "
            + d.hhmm()
            + " with Dr {B.last} ("
            + d.pick(["Cardiology", "Diabetes", "Antenatal", "Physio", "Psychiatry"])
            + ")"
        )
        d.ln("Pt did not attend. Called mobile {A.phone} x2 – no answer, left VM.")
        d.ln("Called NOK {C.full} ({C.rel}) on {C.phone}: says pt was admitted elsewhere after the flooding.")
        d.ln("Plan: rebook within 2/52, letter to {A.post}.")
        d.ln("– {D.finit}, clinic coordinator")
    elif k == 1:
        d.p("K", gender="m")
        d.ln(
            "{hosp}: Hi {A.first}, reminder of your appointment on "
            + d.date(1)
            + " at "
            + d.hhmm()
            + " with Dr {B.last}. Reply Y to confirm, N to cancel."
        )
        d.ln(
            "> "
            + d.pick(
                [
                    "N cant come my son {K.first} has fever. can i rebook?",
                    "n. no transport since the storm, sorry",
                    "N - pls call me {A.phone}",
                ]
            )
            + " "
            + d.pick(["{A.first}", "", "-{A.first}"])
        )
        d.ln("{hosp}: Sorry to hear that. Please call {landline} or reply with a preferred day.")
    elif k == 2:
        d.ln("No-show list " + d.date() + " – Clinic " + str(d.rng.randint(1, 9)))
        d.ln("Time  | Patient | ID | Phone | Note")
        for i in range(d.rng.randint(3, 5)):
            ref = f"P{i}"
            d.ln(
                d.hhmm(10, 25)
                + " | {"
                + ref
                + ".lastfirst} | {mrn} | {"
                + ref
                + ".phone} | "
                + d.pick(["2nd DNA", "no answer", "rebooked", "wrong number", "left VM", "transport issue"])
            )
    else:
        d.ln("{A.tfull}")
        d.ln("{A.post}")
        blank(d)
        d.ln(d.date(style="text"))
        blank(d)
        d.ln("Dear {A.title},")
        blank(d)
        d.ln(
            "Our records show that you missed your appointment at {hosp} on " + d.date(-5, "text") + ". "
            "If you need to rearrange, please call {landline} or email {role}."
        )
        blank(d)
        d.ln("Yours sincerely,")
        d.ln("{B.full}")
        d.ln("Patient Services")


# ---------------------------------------------------------------------------
# genre 10: bank fraud call notes
# ---------------------------------------------------------------------------


def g_fraud(d: Doc, k: int) -> None:
    if k == 0:
        d.ln("{bank} Fraud Ops – call note {ticket}")
        d.ln("Caller: {A.full}, verified (DOB + last txn)")
        d.ln(
            "Reports: unrecognised card-not-present txns x"
            + str(d.rng.randint(2, 6))
            + " totalling {amount} at {merchant} overnight"
        )
        d.ln("Card: {card} → blocked, reissue to {A.addr}")
        d.ln("Login IP on disputed session: {ip} (not cust's usual)")
        d.ln("CB no: {A.phone}")
        d.ln("Agent: {B.login}")
    elif k == 1:
        d.ln("{bank} chat – " + d.date())
        d.ln("You: hi someone took money from my account!!")
        d.ln(
            "{bank} Agent ({B.rfirst}): I'm sorry to hear that. For your security please don't share your full card number here."
        )
        d.ln("You: too late lol it's {card}")
        d.ln("You: they sent it to {iban} under the name {C.full}")
        d.ln(
            "{bank} Agent ({B.rfirst}): Thank you {A.first}, I've raised fraud case {ticket} and frozen the card {masked}."
        )
        d.ln("You: ok. my number changed btw, it's {A.phone} now")
    elif k == 2:
        d.ln("Call notes – {bank} Card Fraud – " + d.date())
        d.ln("Customer {A.full} called from {A.phone} re: new credit line opened in {A.his} name.")
        d.ln("ID&V: SSN {ssn} – matches file; DOB ok.")
        d.ln(
            "Caller states {A.his} driver's license ({dlst}) {dl} was stolen with wallet on "
            + d.date(-9)
            + "."
        )
        d.ln("Fraudulent application used address {post} and email {C.email}.")
        d.ln("Action: fraud alert placed, referred to ID theft team. – {B.finit}")
    else:
        d.ln("INTERNAL – suspected mule activity – {ticket}")
        d.ln("Subject account holder: {A.upfirst}, {A.addr}")
        d.ln("Inbound: {amount} from {iban1} (remitter {C.full})")
        d.ln("Outbound within 10 min to {iban2}")
        d.ln("Device/IP: {ip} / {ip6}")
        d.ln("Phone on file changed on " + d.date(-2) + " to {phone}")
        d.ln("Prepared by {B.full}, {team}")


# ---------------------------------------------------------------------------
# genre 11: telecom outage complaints
# ---------------------------------------------------------------------------


def g_telecom(d: Doc, k: int) -> None:
    if k == 0:
        d.ln("Subject: No signal for " + str(d.rng.randint(2, 6)) + " days – account {acct}")
        blank(d)
        d.ln("Dear {co} Customer Care,")
        blank(d)
        d.ln(
            "My name is {A.full} and I live at {A.addr}. Since {storm} passed on "
            + d.date()
            + " there has been no mobile "
            "signal or fibre in our building. My elderly mother lives with me and we cannot call anyone."
        )
        d.ln(
            "Please contact me on {A.phone} or my husband's number {phone}."
            if d.chance(0.5)
            else "Please contact me on {A.phone} or at {A.email}."
        )
        blank(d)
        d.ln("Regards,")
        d.ln("{A.full}")
    elif k == 1:
        d.ln(
            "{hcontoso} "
            + str(d.rng.randint(2, 5))
            + ' days no internet at {A.addr}??? bot keeps saying "no outage in your area" 😡 {tag}'
        )
        d.ln(
            "↳ {hcontoso}: Hi {A.first}, sorry about this. Please DM us your account number and a contact number so we can check."
        )
        d.ln("↳ @{A.handle}: DM'd. number is {A.phone}, call anytime pls")
    elif k == 2:
        d.ln("Call log {ticket} | " + d.date() + " " + d.tick())
        d.ln("Caller: {A.full} ({A.phone}), service addr {A.addr}")
        d.ln('Said: "' + mixline(d, 0, "no internet since last night, the router is blinking red") + '"')
        d.ln("Checked: OLT alarm for {district}, fibre cut on {street}. Advised ETR " + d.at(60, 300) + ".")
        d.ln("Agent {B.rfirst} / {team}")
    else:
        d.ln(
            "{co}: Service disruption in {city} due to a fibre cut on {street}. Engineers are on site, estimated "
            "restoration " + d.at(60, 240) + ". Updates: {url}. We apologise for the inconvenience."
        )
        if d.chance(0.5):
            d.ln(
                "{co}: Update "
                + d.hhmm(60, 120)
                + " – services restored in {district}. Restart your router if you still have no connection."
            )


# ---------------------------------------------------------------------------
# genre 12: ride-hailing safety reports
# ---------------------------------------------------------------------------


def g_ride(d: Doc, k: int) -> None:
    if k == 0:
        d.ln("Safety incident {ticket} | Trip {trip}")
        d.ln("Rider: {A.full} ({A.phone})")
        d.ln("Driver: {B.full} — plate {plate}, {car}")
        d.ln("Pickup: {A.addr}")
        d.ln("Drop-off: {landmark}")
        d.ln("Reported: driver took an unfamiliar route and asked for rider's personal number.")
        d.ln("Rider requests: block driver, callback on {A.phone2}")
    elif k == 1:
        d.ln("Incident: passenger assault allegation, trip {trip}")
        d.ln("Driver: {B.full}, {dlst} DL {dl}, vehicle {car} {plate}")
        d.ln("Rider: {A.full}, {A.email}")
        d.ln("Location: 400 block of {street}, {city}")
        d.ln("Police report filed, Officer {C.last} (badge " + str(d.rng.randint(1000, 9999)) + ")")
        d.ln("Driver deactivated pending review. Next review " + d.date(7))
    elif k == 2:
        d.p("B", gender="m")
        d.case = "lower"
        d.ln(
            "driver said his name was {B.first} but app showed {B.full}?? he took us down {street} instead and "
            "wouldnt stop when i asked"
        )
        d.ln("i'm at {A.addr} now, safe. call me {A.phone}")
        d.case = None
        d.ln(d.pick(["😢", "pls do something", "", "#unsafe"]))
    else:
        d.ln("Escalation → Trust & Safety")
        d.ln("Driver account: {B.login} (ID " + str(d.rng.randint(1000000, 9999999)) + ")")
        d.ln("Rider account: {A.email}")
        d.ln(
            "Summary: rider {A.finit} reports driver was on the phone the whole trip and ran a red light near {landmark}."
        )
        d.ln("Previous reports against {B.first}: " + str(d.rng.randint(1, 4)) + " (see {ticket})")
        d.ln("Driver's phone per profile: {B.phone}")


# ---------------------------------------------------------------------------
# genre 13: hotel / guest incident logs
# ---------------------------------------------------------------------------


def g_hotel(d: Doc, k: int) -> None:
    if k == 0:
        d.ln("NIGHT LOG – {hotel} – " + d.date())
        d.clock = d.rng.randint(22 * 60, 23 * 60)
        items = [
            d.hhmm(5, 40)
            + " Rm {room} ({A.lastfirst}) noise complaint re Rm {room}. Security ({B.first}) attended.",
            d.hhmm(5, 40) + " Guest {C.tfull} locked out, ID checked, key reissued.",
            d.hhmm(5, 40) + " Fire panel fault zone 4, reset. Engineer {D.full} called on {D.phone}.",
            d.hhmm(5, 40) + " Walk-in {E.full}, paid cash, home address given as {E.addr}.",
            d.hhmm(5, 40) + " {A.first} in {room} asked for a doctor, gave number for {hosp}.",
        ]
        for it in d.some(items, 3, 5):
            d.ln(it)
        d.ln("– night auditor {F.finit}")
    elif k == 1:
        d.ln("GUEST INCIDENT REPORT – {hotel}")
        d.ln("Guest name: {A.tfull}")
        d.ln("Room: {room}   Booking: {pnr}")
        d.ln("Home address: {A.addr}")
        d.ln("Phone: {A.phone}   Email: {A.email}")
        d.ln(
            "What happened: guest slipped on wet floor by the pool at approx. "
            + d.hhmm()
            + ". Duty manager {B.full} attended."
        )
        d.ln("Witness: {C.full} (guest, Rm {room})")
    elif k == 2:
        d.ln("Front desk note – {hotel} – " + d.date())
        d.ln("Guest: {A.full} | Res# {pnr}")
        d.ln("ID presented: {dlst} driver's license {dl}")
        d.ln("Billing address: {A.addr}")
        d.ln("Card on file: {masked}")
        d.ln("Guest reported wallet stolen from pool area. Police non-emergency line given. – {B.first}")
    else:
        d.ln("Subject: Terrible stay – booking {pnr}")
        d.ln("From: {A.rfull} <{A.email}>")
        blank(d)
        d.ln(
            "I stayed at {hotel} from "
            + d.date(-3)
            + " with my partner {C.first}. The staff member at reception "
            "({B.first}, I think) was rude when the power went out, and nobody checked on us for 5 hours."
        )
        d.ln(
            "I expect a refund to my card "
            + d.pick(["{masked}", "{card}", "{masked}"])
            + ". You can reach me on {A.phone}."
        )
        d.ln("{A.first}")


# ---------------------------------------------------------------------------
# genre 14: airline disruption rebooking
# ---------------------------------------------------------------------------


def g_airline(d: Doc, k: int) -> None:
    org, dst = d.rng.sample(AIRPORTS, 2)
    fl = str(d.rng.randint(100, 1999))
    if k == 0:
        d.ln("RMKS PNR {pnr}")
        d.ln("1.1{A.airline} 2.1{B.airline}")
        d.ln(f"TS{fl} " + d.date(style="short").upper().replace(" ", "") + f" {org}{dst} HX CNLD WX")
        d.ln(f"RBKD TS{int(fl) + 2} " + d.date(1, "short").upper().replace(" ", "") + f" {org}{dst} KK2")
        d.ln("CTCM {A.phone}")
        d.ln("CTCE {A.email}")
        d.ln("RM PAX ADVISED VIA SMS " + d.hhmm() + "Z AGT {C.login}")
    elif k == 1:
        d.p("C", gender="m")
        say(
            d,
            "B",
            "Hi {A.first}, this is {B.rfirst} from {air}. Your flight TS "
            + fl
            + " on "
            + d.date()
            + " was cancelled due to {storm}.",
        )
        say(
            d,
            "B",
            "I've rebooked you on TS "
            + str(int(fl) + 4)
            + " tomorrow at "
            + d.at(600, 900)
            + ". Your booking ref {pnr} stays the same.",
        )
        say(
            d,
            "A",
            d.pick(
                [
                    "can my son {C.first} be seated with me? he's 9",
                    "I need a hotel tonight, I'm with 2 kids",
                    "ok but my bag is already checked??",
                ]
            ),
        )
        say(d, "B", "Done ✅ A confirmation will go to {A.email}. Anything else?")
        if d.chance(0.35):
            say(d, "A", "can I pay the seat fee with this card {card}")
            say(d, "B", "Please don't send card details in chat, I'll send you a secure payment link 🙏")
        say(d, "A", "no thats all " + d.pick(["thanks", "{ty}", "ty"]))
    elif k == 2:
        d.ln("Subject: Your new itinerary – booking {pnr}")
        blank(d)
        d.ln("Dear {A.tfull},")
        blank(d)
        d.ln("Due to operational disruption your flight was changed. Passengers on this booking:")
        blank(d)
        d.ln("Passenger              | Seat | Ticket")
        for ref in d.some(["A", "B", "C", "D"], 2, 4):
            d.ln(
                "{"
                + ref
                + ".caps} | "
                + str(d.rng.randint(8, 40))
                + d.pick("ABCDEF")
                + " | "
                + f"{d.rng.randint(100, 999)}-{d.rng.randint(1000000000, 9999999999)}"
            )
        blank(d)
        d.ln(f"TS {fl}  {org} → {dst}  " + d.date(1) + "  dep " + d.at(300, 600))
        d.ln("Manage your booking at tailspinair.com/manage or call {landline}.")
        d.ln("{air}")
    else:
        d.ln("TRAVEL ALERT – {storm}")
        d.ln(
            "Due to {storm}, {air} has cancelled all flights to and from "
            + org
            + " and "
            + dst
            + " on "
            + d.date()
            + ". Customers booked to travel between "
            + d.date(-1, "short")
            + " and "
            + d.date(2, "short")
            + " may rebook once without a fee or request a refund."
        )
        d.ln("Do not go to the airport unless your flight is confirmed. Latest: {url}")


# ---------------------------------------------------------------------------
# genre 15: utility meter disputes
# ---------------------------------------------------------------------------


def g_utility(d: Doc, k: int) -> None:
    if k == 0:
        d.ln("Re: Disputed bill {acct}")
        d.ln("Account holder: {A.tfull}")
        d.ln("Premises: {A.addr}")
        d.ln("Meter: {meter}")
        blank(d)
        d.ln("Date       | Reading | Type")
        for off in (-60, -30, 0):
            d.ln(d.date(off, "iso") + " | {reading} | " + d.pick(["actual", "estimated", "customer"]))
        blank(d)
        d.ln(
            "The estimated bill of {amount} is wrong — the house was empty during the evacuation. Call me on {A.phone}."
        )
        if d.loc.iban and d.chance(0.6):
            d.ln("Please refund the overpayment to my account {iban} (holder {A.rfull}).")
    elif k == 1:
        d.ln("FIELD VISIT " + d.date() + " " + d.hhmm() + " – tech {B.login}")
        d.ln("Visited {A.addr}. Met {C.first} (tenant), account holder {A.full} lives abroad.")
        d.ln("Meter {meter} seal intact, display faulty. Photo uploaded. Read {kwh}.")
        d.ln("Tenant contact {C.phone}. Recommend replace meter.")
    elif k == 2:
        d.ln(
            "Customer: "
            + d.pick(["hi, ", "{hi} ", ""])
            + "my bill is {amount} this month?? usually only half"
        )
        d.ln("Agent {B.rfirst}: Could you send a photo of the meter display and confirm the service address?")
        d.ln("Customer: [image] {A.addr}")
        d.ln("Customer: " + mixline(d, 2, "please check quickly, this is too much"))
        d.ln(
            "Agent {B.rfirst}: Thanks {A.title}, the last reading was estimated. I've raised {ticket} for a recheck."
        )
        d.ln("Customer: " + mixline(d, 3, "ok thanks"))
    else:
        d.ln("account,holder,premises,contact,disputed_amount,status")
        for i in range(d.rng.randint(3, 5)):
            ref = f"P{i}"
            d.ln(
                "{acct},{"
                + ref
                + '.full},"{'
                + ref
                + '.addr}",{'
                + ref
                + '.phone},"{amount}",'
                + d.pick(["open", "site visit", "credit issued", "rejected"])
            )


# ---------------------------------------------------------------------------
# genre 16: student / parent / school messages
# ---------------------------------------------------------------------------


def g_school(d: Doc, k: int) -> None:
    if k == 0:
        d.p("K")
        d.ln("Dear {B.title},")
        blank(d)
        d.ln(
            "{K.first} will be absent today and tomorrow, our area still has no water after the flood. "
            "Could you share the homework with {K.him}? Sorry for the short notice."
        )
        blank(d)
        d.ln(d.pick(["Regards,", "Thank you,", "{ty},"]))
        d.ln("{A.full} ({A.parent} of {K.first}, {grade})")
        if d.chance(0.6):
            d.ln("{A.phone}")
    elif k == 1:
        dd = d.day
        pre = f"{dd.day:02d}/{dd.month:02d}/{dd.year} "
        d.ln("WhatsApp Chat with {grade} Parents 🍎")
        d.ln(pre + d.hhmm() + " - {B.tfull}: Good morning parents, school closed today due to heavy rain ☔")
        d.ln(pre + d.hhmm() + " - {phone1}: is the bus running tomorrow?")
        d.p("D", gender="f")
        d.ln(
            pre
            + d.hhmm()
            + " - {A.first} ({A.parent} of {K.first}): anyone going near {landmark}? can pick up {C.first} too"
        )
        d.ln(pre + d.hhmm() + " - {phone1}: thanks! this is {C.first}'s mum btw, {D.first}")
        d.ln(pre + d.hhmm() + " - {B.tfull}: Please don't share children's photos in this group 🙏")
    elif k == 2:
        d.p("K")
        d.ln("Incident note – {school}")
        d.ln("Student: {K.full} ({grade})")
        d.ln("Date: " + d.date() + "   Time: " + d.hhmm())
        d.ln(
            "What happened: {K.first} fell from the climbing frame at lunch, bumped head, no loss of consciousness."
        )
        d.ln("First aid: {B.title}, school nurse")
        d.ln("Parent contacted: {A.full} on {A.phone} at " + d.hhmm(5, 20))
        d.ln("Collected by: {C.full} ({C.kin})")
    else:
        d.ln("NOTICE TO PARENTS – {school}")
        blank(d)
        d.ln(
            "Due to the "
            + d.pick(["heat advisory", "flood warning", "typhoon signal no. 3", "air quality alert"])
            + " issued by {agency}, the school will be closed on "
            + d.date()
            + ". Online lessons will run as per the normal timetable."
        )
        d.ln(
            "Exams scheduled for that day move to "
            + d.date(7, "text")
            + ". Please contact {role} with any questions."
        )
        d.ln("The Principal")


# ---------------------------------------------------------------------------
# genre 17: tenant / landlord disputes
# ---------------------------------------------------------------------------


def g_tenancy(d: Doc, k: int) -> None:
    if k == 0:
        d.ln("Subject: leak in the ceiling – {A.addr}")
        blank(d)
        d.ln("Hi {B.title},")
        blank(d)
        d.ln(
            "The ceiling in the bathroom is leaking again since the storm. Water is dripping onto the wiring. "
            "I reported this on " + d.date(-10) + " and nobody came. Please send someone this week."
        )
        d.ln("I'm home after 6pm, or call {A.phone}.")
        blank(d)
        d.ln("{A.sig}")
    elif k == 1:
        d.ln("NOTICE TO TENANT")
        d.ln("To: {A.full} and {C.full}")
        d.ln("Property: {A.addr}")
        blank(d)
        d.ln(
            "You are in arrears of {amount}. Please pay within 14 days to the account below or contact me to agree a payment plan."
        )
        d.ln("Account: {B.full}")
        if d.loc.iban:
            d.ln(d.pick(["IBAN: ", "IBAN ", "Account number (IBAN): "]) + "{iban}")
        else:
            d.ln("Bank transfer to the usual account ({masked}) or cash at the office.")
        d.ln("Ref: rent " + d.date(style="short"))
        blank(d)
        d.ln("{B.full}, landlord – {B.phone}")
    elif k == 2:
        d.p("A")
        d.p("B")
        d.p("C", gender="m")
        say(d, "A", "hi {B.first}, heater broke again. it's freezing")
        say(d, "B", "ok I'll send my guy {C.first} tmrw. his number {C.phone}")
        say(d, "A", "also the deposit for the old flat at {addr} still not returned 🙄")
        say(d, "B", "I'll transfer this week")
        say(d, "A", "that's what you said in " + d.pick(["March", "May", "August", "November"]) + " lol")
    else:
        d.ln("Case summary – Rental Mediation Service – {ticket}")
        d.ln("Applicant (tenant): {A.full}, {A.addr}")
        d.ln("Respondent (landlord): {B.full}, c/o {co} Property Management")
        d.ln("Issue: withheld deposit ({amount}) and mould in the bedroom.")
        d.ln("Hearing: " + d.date(14) + ", by phone. Applicant on {A.phone}, respondent on {B.phone}.")
        d.ln("Mediator: {C.title}")


# ---------------------------------------------------------------------------
# genre 18: social posts (X)
# ---------------------------------------------------------------------------


def g_social_x(d: Doc, k: int) -> None:
    if k == 0:
        d.ln(
            "@{A.handle} are you ok?? earthquake felt really strong here in {city} "
            + d.pick(["😰 ", "🙏🙏 ", "😳 ", ""])
            + "pls reply"
        )
        d.ln(" ".join(d.some(TAGS, 1, 3)))
        if d.chance(0.6):
            d.ln("— via {pub}")
    elif k == 1:
        d.ln(
            "3 days and {hcontoso} still hasn't fixed the line at my mum's place. "
            + d.pick(["She's 84.", "She relies on it for her heart monitor.", "Nobody answers the phone."])
            + " #JusticeFor{A.tag} {tag}"
        )
        d.ln("↳ @{B.handle}: same here in {district}, {co} said 48h 3 days ago")
    elif k == 2:
        d.ln("1/ thread on what's happening in {city} after {storm} 🧵")
        d.ln("2/ {pub} says more rain tonight. my neighbour {A.first} lost the roof, they're staying with us")
        d.ln(
            "3/ if anyone has a generator, DM @{B.handle} — {B.first} is coordinating at the {school} shelter"
        )
        d.ln("4/ donate only through {agency}. stay safe everyone {tag}")
    else:
        d.ln(
            "PLEASE RT 🙏 my cousin {A.full} has been missing since "
            + d.date(-1, "short")
            + ", last seen near {landmark}. if you see {A.him} call {phone} or DM me"
        )
        d.ln("#Find{A.tag} {tag} {pub}")


# ---------------------------------------------------------------------------
# genre 19: Reddit posts and comments
# ---------------------------------------------------------------------------


def g_reddit(d: Doc, k: int) -> None:
    if k == 0:
        d.p("B", gender="m")
        d.p("C", gender="m")
        d.ln(
            d.pick(["r/legaladvice", "r/Tenant", "r/renting", "r/AskALawyer"])
            + " · Posted by u/{A.handle} · "
            + str(d.rng.randint(2, 23))
            + "h"
        )
        d.ln(
            d.pick(
                [
                    "Landlord entering without notice after the storm — what can I do?",
                    "Deposit withheld over 'storm damage'",
                ]
            )
        )
        blank(d)
        d.ln(
            "My landlord ({B.full}) keeps letting himself into my flat at {A.addr} to 'check for water damage'. "
            "I've asked him by text ({B.phone}) to give 24h notice. Last time he came with his son {C.first}."
        )
        d.ln(
            "Edit: thanks all, called the tenants' union. "
            + d.pick(["Update tomorrow.", "", "Not doxxing, he's posted his number on the building door."])
        )
    elif k == 1:
        d.ln("Comments")
        d.ln("u/{A.handle} · " + str(d.rng.randint(1, 9)) + "h")
        d.ln("power's been out on {street} since 6pm, anyone know the ETA?")
        d.ln("  u/{B.handle} · " + str(d.rng.randint(1, 9)) + "h")
        d.ln("  {co} said 2am. also {C.first} from the corner shop has ice if you need it")
        d.ln("    u/{A.handle} · OP")
        d.ln("    legend, thanks")
        d.ln("  u/AutoModerator · 🤖 Reminder: do not post personal information.")
    elif k == 2:
        d.ln("r/sysadmin · u/{A.handle}")
        d.ln("Title: Got paged at 3am because someone hardcoded an IP")
        blank(d)
        d.ln(
            "Our {svc} had {ip} hardcoded as the upstream. The box died during the storm. My coworker {B.first} "
            "(who wrote it) was on PTO, and {B.his} backup {C.full} didn't have VPN access. Ended up failing over to {ip6} by hand."
        )
        d.ln("Anyway, {ver} now reads it from config. Lessons learned etc.")
    else:
        d.ln("[Megathread] {storm} — offers of help and requests ({city})")
        d.ln("• u/{A.handle}: have a spare room near {landmark}, can host a family. msg me or text {A.phone}")
        d.p("C", gender="m")
        d.ln(
            "• u/{B.handle}: looking for my grandad {C.full}, 81, lives at {C.addr}. phone off since yesterday"
        )
        d.ln("  ↳ u/{D.handle}: I'm 5 min away, will knock and update here")
        d.ln("• u/{E.handle}: {agency} is handing out water at {school} until 8pm")


# ---------------------------------------------------------------------------
# genre 20: public status pages (no PII)
# ---------------------------------------------------------------------------


def g_status(d: Doc, k: int) -> None:
    svc = d.pick(["SMS notifications", "Voice alerts", "Dashboard", "API", "Mobile push", "Email delivery"])
    if k == 0:
        d.ln("{co} Status – Incident history")
        d.ln(svc + " delays in " + d.pick(["APAC", "Europe", "Africa", "LATAM"]))
        stages = [
            ("Investigating", "We are investigating reports of delayed messages."),
            ("Identified", "We have identified the cause and are working on a fix."),
            ("Monitoring", "A fix has been implemented and we are monitoring the results."),
            ("Resolved", "This incident has been resolved."),
        ]
        stamps = [d.hhmm(5, 40) for _ in stages]
        for (stage, msg), ts in reversed(list(zip(stages, stamps, strict=True))):
            d.ln(stage + " - " + msg)
            d.ln(d.date(style="short") + ", " + ts + " UTC")
    elif k == 1:
        d.ln("Component status — " + d.date() + " " + d.hhmm() + " UTC")
        for comp in d.some(
            [
                "API",
                "Dashboard",
                "SMS (Asia)",
                "SMS (Africa)",
                "Voice",
                "Webhooks",
                "Mobile push",
                "Single sign-on",
            ],
            4,
            7,
        ):
            d.ln(
                f"{comp:<20} "
                + d.pick(
                    [
                        "Operational",
                        "Operational",
                        "Degraded performance",
                        "Partial outage",
                        "Under maintenance",
                    ]
                )
            )
        d.ln("Uptime last 90 days: 99." + str(d.rng.randint(80, 99)) + "%")
    elif k == 2:
        d.ln("Scheduled maintenance: {svc} database upgrade")
        d.ln(
            "We will be performing scheduled maintenance on "
            + d.date(3)
            + " from "
            + d.hhmm()
            + " to "
            + d.hhmm(60, 120)
            + " UTC. During this window {co} dashboards may be read-only. Alert delivery is not affected."
        )
        d.ln("Subscribe to updates at {url}")
    else:
        d.w('{"page": {"name": "').emit([(BRAND, d.pick(CO_BRANDS))])
        d.ln(
            '"}, "status": {"indicator": "'
            + d.pick(["minor", "major", "none"])
            + '", "description": "'
            + d.pick(["Partially Degraded Service", "All Systems Operational", "Major Outage"])
            + '"},'
        )
        d.ln(
            ' "incidents": [{"name": "'
            + svc
            + ' delays", "status": "'
            + d.pick(["investigating", "monitoring", "resolved"])
            + '", "impact": "'
            + d.pick(["minor", "major"])
            + '", "shortlink": "{url}"}]}'
        )


# ---------------------------------------------------------------------------
# genre 21: public advisories, weather and earthquake bulletins (no PII)
# ---------------------------------------------------------------------------


def g_bulletin(d: Doc, k: int) -> None:
    if k == 0:
        d.ln(
            "{storm} – "
            + d.pick(["TROPICAL CYCLONE WARNING", "SEVERE WEATHER BULLETIN", "RED WARNING"])
            + " No. "
            + str(d.rng.randint(3, 19))
        )
        d.ln("Issued " + d.hhmm() + " local time, " + d.date())
        d.ln(
            "Centre located "
            + str(d.rng.randint(80, 600))
            + " km east of {city}, moving west-northwest at "
            + str(d.rng.randint(10, 30))
            + " km/h. Max sustained winds "
            + str(d.rng.randint(90, 220))
            + " km/h."
        )
        d.ln(
            "Storm surge of up to "
            + str(d.rng.randint(1, 4))
            + " m possible in low-lying coastal areas. {pub} {tag}"
        )
    elif k == 1:
        lat = f"{d.rng.uniform(-40, 45):.3f}"
        lon = f"{d.rng.uniform(-80, 150):.3f}"
        d.ln("M {mag} - {km} km " + d.pick(["SSW", "NE", "W", "ESE", "N"]) + " of {city}")
        d.ln(d.date(style="iso") + " " + d.hhmm() + ":" + f"{d.rng.randint(0, 59):02d}" + " (UTC)")
        d.ln(lat + "°, " + lon + "°  depth " + str(d.rng.randint(5, 120)) + ".0 km")
        d.ln(
            "Tsunami: "
            + d.pick(["No tsunami threat", "Tsunami advisory in effect", "Evaluation in progress"])
            + ". Felt reports: "
            + str(d.rng.randint(12, 9000))
        )
        d.ln("Source: {pub}")
    elif k == 2:
        d.ln(
            "PUBLIC HEALTH ADVISORY – "
            + d.pick(["cholera after flooding", "heat-related illness", "dengue", "air quality"])
        )
        d.ln(
            "Following the floods in {city}, {agency} advises residents to boil drinking water for at least one minute. "
            "The {globalfig} said on " + d.date() + " that response teams had been deployed."
        )
        d.ln("Seek care at {hosp} or the nearest health centre if symptoms occur. {pub}")
    else:
        d.ln(
            "EVACUATION ADVISORY – "
            + d.pick(["riverbank districts", "coastal barangays", "low-lying wards", "hillside settlements"])
        )
        d.ln(
            "Residents near {street} and along the river in {district} should move to designated evacuation centres "
            "({school}, the municipal gym) before " + d.at(60, 180) + "."
        )
        d.ln(
            "Bring medicines, documents and water. Pets are allowed in the covered court. Updates: {url} {tag}"
        )
        d.ln("Media enquiries: {role}")


# ---------------------------------------------------------------------------
# genre 22: pasted data (CSV / JSON / tables)
# ---------------------------------------------------------------------------


def g_paste(d: Doc, k: int) -> None:
    if k == 0:
        d.ln("name,role,mobile,email,tz")
        for i in range(d.rng.randint(3, 6)):
            ref = f"P{i}"
            if d.chance(0.5):
                d.foreign(ref)
            d.ln(
                "{"
                + ref
                + ".rfull},"
                + d.pick(["primary", "secondary", "IC", "comms", "exec"])
                + ",{"
                + ref
                + ".phone},{"
                + ref
                + ".wemail},"
                + d.pick(["UTC+7", "UTC+1", "UTC+5:30", "UTC-3", "UTC+3", "UTC+8"])
            )
    elif k == 1:
        d.ln('{"contacts": [')
        n = d.rng.randint(2, 3)
        for i in range(n):
            ref = f"P{i}"
            d.ln("  {")
            d.ln('    "id": "' + str(d.rng.randint(100000, 999999)) + '",')
            d.ln('    "name": "{' + ref + '.full}",')
            d.ln('    "phone": "{' + ref + '.phone}",')
            d.ln('    "email": "{' + ref + '.email}",')
            d.ln('    "address": "{' + ref + '.post}",')
            if d.loc.iban and d.chance(0.5):
                d.ln('    "iban": "{iban}",')
            elif d.chance(0.25):
                d.ln('    "card": "{card}",')
            d.ln('    "tags": ["' + d.pick(["vip", "vulnerable", "volunteer", "staff"]) + '"]')
            d.ln("  }" + ("," if i < n - 1 else ""))
        d.ln("]}")
    elif k == 2:
        d.ln("emp_id,name,ssn,dl_state,dl_number,phone")
        for i in range(d.rng.randint(2, 4)):
            ref = f"P{i}"
            d.cache.pop("dlst", None)
            d.ln('{emp},"{' + ref + '.lastfirst}",{ssn},{dlst},{dl},{' + ref + ".phone}")
    else:
        d.ln("| week | primary | secondary | phone (primary) |")
        d.ln("|------|---------|-----------|-----------------|")
        for i in range(d.rng.randint(3, 5)):
            a, b = f"P{i}", f"Q{i}"
            if d.chance(0.4):
                d.foreign(a)
            d.ln(
                "| W"
                + str(d.rng.randint(1, 52))
                + " | {"
                + a
                + ".login} | {"
                + b
                + ".login} | {"
                + a
                + ".phone} |"
            )
        d.ln("swap requests → @{A.login}")


# ---------------------------------------------------------------------------
# genre 23: voicemail / call transcripts (speech-to-text)
# ---------------------------------------------------------------------------


def g_voice(d: Doc, k: int) -> None:
    if k == 0:
        d.ln(
            "Voicemail transcript ("
            + d.tick()
            + ", "
            + str(d.rng.randint(20, 90))
            + "s) — confidence "
            + str(d.rng.randint(61, 94))
            + "%"
        )
        d.case = "lower" if d.chance(0.4) else None
        d.ln(
            "hi this is {A.rfirst} from {A.addr} um the alerts stopped coming since yesterday "
            "can someone call me back on {sphone} thank you bye"
        )
    elif k == 1:
        d.ln("Call transcript {ticket}")
        d.ln("Agent: Thank you for calling {co}, this is {B.rfirst}. Can I have your full name?")
        d.ln("Caller: yeah it's {A.rfull}")
        d.ln("Agent: And the best number to reach you?")
        d.ln("Caller: {sphone}")
        d.ln("Agent: Thanks. And your email?")
        d.ln("Caller: it's {A.email}")
        d.ln("Agent: Got it, I'll send the outage report there.")
    elif k == 2:
        d.ln("IVR session " + str(d.rng.randint(10000000, 99999999)))
        d.ln("System: Please enter or say your card number.")
        d.ln("Caller: {card}")
        d.ln("System: Thank you. Please say your date of birth.")
        d.ln("Caller: {dob}")
        d.ln("System: Transferring you to the fraud team. Your call may be recorded.")
        d.ln("Agent ({B.rfirst}): Hello {A.title}, I can see the card was used at {merchant}.")
    else:
        d.p("A", gender="f")
        d.p("C", gender="m")
        d.ln("[ASR] " + d.date() + " " + d.tick())
        d.ln("SPEAKER 1: hello yes I'm calling about my father [inaudible] {C.rfull} he's at {C.addr} and")
        d.ln("SPEAKER 2: okay is he injured")
        d.ln("SPEAKER 1: I don't know his phone is off [crosstalk] my number is {sphone}")
        d.ln("SPEAKER 2: and your name")
        d.ln("SPEAKER 1: {A.rfull} [inaudible] his daughter")


# ---------------------------------------------------------------------------
# genre 24: welfare-check requests after disasters
# ---------------------------------------------------------------------------


def g_welfare(d: Doc, k: int) -> None:
    if k == 0:
        d.ln("WELFARE CHECK REQUEST {ticket}")
        d.ln("Person to check: {A.full}, age " + str(d.rng.randint(62, 95)))
        d.ln("Address: {A.addr}")
        d.ln("Known phone: {A.phone} (not answering)")
        d.ln("Requested by: {B.full} ({B.rel}), {B.phone}")
        d.ln("Notes: lives alone, uses a walker, house near the river. Last contact " + d.date(-1) + ".")
    elif k == 1:
        d.ln("Dispatcher log – " + d.pick(["Zone 4", "North sector", "Unit 12", "Ward 7"]))
        d.ln(d.hhmm() + " Request from {B.phone}: check on {A.tfull} at {A.addr}")
        d.ln(
            d.hhmm(10, 40)
            + " Team "
            + fill_pattern(d.rng, "A#")
            + " on scene. No answer. Neighbour ({C.first}) says {A.he} went to {school} shelter."
        )
        d.ln(d.hhmm(20, 60) + " Confirmed at shelter, safe. Informed caller.")
    elif k == 2:
        d.p("A", gender="f")
        d.ln(d.pick(["pls pls", "URGENT", "Please help,"]) + " someone check on my mum {A.title} at {A.addr}")
        d.ln(
            "her phone {A.phone} is off since the quake, I'm in "
            + d.pick(["Dubai", "London", "Doha", "Toronto", "Sydney"])
            + " and can't reach anyone"
        )
        d.ln(
            mixline(d, 2, "please check quickly") if d.chance(0.4) else "my whatsapp {B.phone}, I'm {B.first}"
        )
    else:
        d.ln("ts\tname\taddress\tphone\tstatus\tvolunteer")
        for i in range(d.rng.randint(3, 5)):
            ref = f"P{i}"
            d.ln(
                d.hhmm(5, 40)
                + "\t{"
                + ref
                + ".full}\t{"
                + ref
                + ".addr}\t{"
                + ref
                + ".phone}\t"
                + d.pick(["safe", "no answer", "needs meds", "moved to shelter", "injured"])
                + "\t{V.login}"
            )


# ---------------------------------------------------------------------------
# genre 25: missing people, lost & found
# ---------------------------------------------------------------------------


def g_missing(d: Doc, k: int) -> None:
    if k == 0:
        d.ln("MISSING: {A.caps}, " + str(d.rng.randint(8, 80)) + " 😢")
        d.ln(
            "Last seen "
            + d.date(-1, "short")
            + " near {landmark}, wearing a "
            + d.pick(["blue school uniform", "red hoodie", "green sari", "grey jacket"])
            + "."
        )
        d.ln("If you have any information call {B.phone} ({B.first}) or {phone}.")
        d.ln("Please share. {tag}")
    elif k == 1:
        d.ln(
            "FOUND DOG 🐶 near {landmark}, answers to {pet}. "
            + d.pick(["Brown, red collar.", "Small, white, very friendly.", "Limping a bit."])
        )
        d.ln("Owner please contact {A.first} on {A.phone}. Not giving to anyone without photos!")
        if d.chance(0.5):
            d.ln("Update: {pet} is with us at {A.addr} until the owner shows up")
    elif k == 2:
        d.ln("Registration – evacuation centre {school} – " + d.date())
        for i in range(d.rng.randint(3, 6)):
            ref = f"P{i}"
            d.ln(
                str(i + 1)
                + ". {"
                + ref
                + ".upfirst} ({"
                + ref
                + ".sex}, "
                + str(d.rng.randint(1, 90))
                + ") – from "
                + d.pick(["{" + ref + ".addr}", "{district}", "{district}"])
            )
        d.ln("Registered by {V.full}")
    else:
        d.ln("Reunification hotline – case {ticket}")
        d.ln("Caller {B.full} looking for {A.rel} {A.full} (DOB {dob}).")
        d.ln(
            "Match found: {A.first} registered at {hosp} on "
            + d.date(-1)
            + ". Caller informed at "
            + d.hhmm()
            + "."
        )
        d.ln("Caller's number: {B.phone}. Handled by {C.login}")


# ---------------------------------------------------------------------------
# genre 26: access / account tickets
# ---------------------------------------------------------------------------


def g_access(d: Doc, k: int) -> None:
    if k == 0:
        d.ln("Ticket {ticket} – account locked")
        d.ln("User {A.login} locked out after 5 failed attempts from {ip1} at " + d.hhmm() + ".")
        d.ln("{A.first} says it wasn't them; {ip1} geolocates to a VPN exit. Also seen from {ip6}.")
        d.ln("Reset MFA, forced password change. Confirmed by call to {A.phone}.")
        d.ln("— {B.login}, {team}")
    elif k == 1:
        d.ln("Access request")
        d.ln("Requestor: {A.full} <{A.wemail}>")
        d.ln("Manager approval: {B.full}")
        d.ln(
            "System: "
            + d.pick(["prod database (read)", "incident console", "billing admin", "PagerDuty admin", "VPN"])
        )
        d.ln("Justification: covering {C.first}'s on-call shifts while {C.he} is on leave")
        d.ln("Source IP for allowlist: {ip}")
    elif k == 2:
        d.ln("$ grep 'Failed password' /var/log/auth.log | tail")
        for _ in range(d.rng.randint(3, 6)):
            who = d.pick(["{A.login}", "{A.login}", "root", "admin", "{B.login}", "invalid user test"])
            d.ln(
                d.day.strftime("%b %d ")
                + d.hms(0, 1)
                + " {host} sshd["
                + str(d.rng.randint(1000, 40000))
                + "]: Failed password for "
                + who
                + " from {ip} port "
                + str(d.rng.randint(30000, 65000))
                + " ssh2"
            )
    else:
        d.ln("Offboarding checklist – {A.full} ({A.login})")
        d.ln("Last day: " + d.date(5))
        d.ln("[x] Disable SSO account")
        d.ln("[x] Remove from on-call rota (replacement: {B.full})")
        d.ln("[ ] Forward mail to {B.wemail} for 30 days")
        d.ln("[ ] Collect laptop – ship label to {A.addr}")
        d.ln("[ ] Revoke VPN cert (last seen from {ip})")


# ---------------------------------------------------------------------------
# genre 27: press / news snippets
# ---------------------------------------------------------------------------


def g_news(d: Doc, k: int) -> None:
    if k == 0:
        d.p("A", gender="f")
        d.p("B", gender="f")
        d.ln(d.pick(["Floodwaters recede in", "Clean-up begins in", "Residents count losses in"]) + " {city}")
        d.ln(
            '"We lost everything on the ground floor," said {A.full}, '
            + str(d.rng.randint(25, 80))
            + ", whose family runs a shop near {landmark}. Her neighbour {B.full} said help arrived only on the third day."
        )
        d.ln(
            "The {pubfig} visited the area on "
            + d.date()
            + " and called for more support for flood-hit towns."
        )
    elif k == 1:
        d.p("A", gender="f")
        d.p("C", gender="m")
        d.ln(
            "("
            + d.pick(["Wire", "Staff report", "Agencies"])
            + ") — {co} said on "
            + d.date(style="text")
            + " it had restored service to most customers after {storm}."
        )
        d.ln("Separately, the {ceo} told a conference that cloud providers must plan for extreme weather.")
        d.ln(
            "In {district}, {A.full} told reporters her elderly father, {C.full}, was without oxygen for six hours "
            "when the power failed."
        )
    elif k == 2:
        d.p("B", gender="m")
        d.ln("[Radio transcript, morning show]")
        d.ln("HOST: We've got {A.rfirst} on the line from {district}. {A.rfirst}, what's it like there?")
        d.ln(
            "CALLER: "
            + d.pick(
                [
                    "Still no power, and the water is knee-deep on {street}.",
                    "Bad. Our street is cut off.",
                    "We're fine but the old man next door, {B.rfirst}, needs his insulin.",
                ]
            )
        )
        d.ln("HOST: If you can help, the station is collecting names on {landline}.")
    else:
        d.ln("{storm}: death toll rises to " + str(d.rng.randint(3, 120)) + " as rescue efforts continue")
        d.ln(
            "The {pubfig} called for calm and said aid would reach all affected areas within 48 hours. "
            + "According to {agency}, "
            + str(d.rng.randint(1000, 90000))
            + " people had been moved to evacuation centres."
        )
        d.ln("{air} and {co} have suspended operations in the region until further notice.")


# ---------------------------------------------------------------------------
# genre table, generation, validation, CLI
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Genre:
    name: str
    fn: Callable[[Doc, int], None]


GENRES: list[Genre] = [
    Genre("oncall_chat", g_oncall),
    Genre("incident_channel", g_incident),
    Genre("pager_sms", g_pager),
    Genre("escalation_email", g_escalation),
    Genre("postmortem", g_postmortem),
    Genre("support_codemix", g_support_mix),
    Genre("hr_injury", g_hr_injury),
    Genre("hr_conduct", g_hr_conduct),
    Genre("courier_exception", g_courier),
    Genre("clinic_noshow", g_noshow),
    Genre("bank_fraud", g_fraud),
    Genre("telecom_complaint", g_telecom),
    Genre("ride_safety", g_ride),
    Genre("hotel_log", g_hotel),
    Genre("airline_rebook", g_airline),
    Genre("utility_meter", g_utility),
    Genre("school_msg", g_school),
    Genre("tenancy", g_tenancy),
    Genre("social_x", g_social_x),
    Genre("social_reddit", g_reddit),
    Genre("status_page", g_status),
    Genre("public_bulletin", g_bulletin),
    Genre("data_paste", g_paste),
    Genre("voice_transcript", g_voice),
    Genre("welfare_check", g_welfare),
    Genre("missing_found", g_missing),
    Genre("access_ticket", g_access),
    Genre("press_news", g_news),
]
N_TEMPLATES = 4 * len(GENRES)
_G = {g.name: i for i, g in enumerate(GENRES)}


def _tid(genre: str, k: int) -> int:
    return 4 * _G[genre] + k


PII_FREE_TEMPLATES = frozenset(
    {
        _tid("oncall_chat", 3),
        _tid("postmortem", 3),
        _tid("telecom_complaint", 3),
        _tid("airline_rebook", 3),
        _tid("school_msg", 3),
        _tid("press_news", 3),
        *(_tid("status_page", k) for k in range(4)),
        *(_tid("public_bulletin", k) for k in range(4)),
    }
)
US_TEMPLATES = frozenset(
    {
        _tid("hr_injury", 3),
        _tid("bank_fraud", 2),
        _tid("ride_safety", 1),
        _tid("hotel_log", 2),
        _tid("data_paste", 2),
    }
)
MIX_TEMPLATES = frozenset(_tid("support_codemix", k) for k in range(4))


def pick_locale(tid: int, rng: random.Random) -> Locale:
    if tid in US_TEMPLATES:
        return LOCALES["en_US"]
    if tid in MIX_TEMPLATES:
        return rng.choice(MIX_LOCALES)
    if rng.random() < 0.03:
        return LOCALES["en_US"]
    return rng.choice(ALL_LOCALES)


def build(tid: int, rng: random.Random) -> dict[str, Any]:
    genre, k = divmod(tid, 4)
    loc = pick_locale(tid, rng)
    d = Doc(rng, loc, tid)
    GENRES[genre].fn(d, k)
    row = d.row()
    row["text"] = row["text"].rstrip()  # spans never end in whitespace, so offsets stay valid
    validate_row(row)
    return row


def generate(n: int, seed: int) -> list[dict[str, Any]]:
    """Return n labelled rows; deterministic for a given seed."""
    rng = random.Random(seed)
    order: list[int] = []
    rows = []
    for _ in range(n):
        if not order:
            order = list(range(N_TEMPLATES))
            rng.shuffle(order)
        tid = order.pop()
        rows.append(build(tid, random.Random(rng.getrandbits(64))))
    return rows


_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+")


def validate_row(row: dict[str, Any]) -> None:
    text: str = row["text"]
    loc = LOCALES[row["locale"]]
    prev_end = 0
    for sp in row["spans"]:
        lab, st, en, val = sp["label"], sp["start"], sp["end"], sp["value"]
        assert lab in LABELS, lab
        assert 0 <= st < en <= len(text), sp
        assert st >= prev_end, f"overlap/unsorted: {sp} in {text!r}"
        prev_end = en
        assert text[st:en] == val, (text[st:en], val)
        assert val == val.strip() and "\n" not in val, repr(val)
        if lab == "CREDIT_CARD":
            assert re.fullmatch(r"\d[\d \-]+\d", val) and luhn_ok(val), val
            assert 13 <= len(re.sub(r"\D", "", val)) <= 19, val
        elif lab == "IBAN_CODE":
            assert iban_ok(val), val
        elif lab == "PHONE_NUMBER":
            raw = despell(val) if re.search(r"[A-Za-z]", val) else val
            assert parse_written_phone(raw, loc.region) is not None, (val, raw, row["locale"])
        elif lab == "US_SSN":
            assert ssn_ok(val) and row["locale"] == "en_US", val
        elif lab == "US_DRIVER_LICENSE":
            assert row["locale"] == "en_US", val
        elif lab == "IP_ADDRESS":
            ipaddress.ip_address(val)
        elif lab == "EMAIL_ADDRESS":
            assert _EMAIL_RE.fullmatch(val), val
            assert val.split("@")[0].lower() not in ROLE_BOXES, val
    pos = 0
    for b in row["brands"]:
        assert b in BRANDS or b in HANDLE_BRANDS, b
        i = text.find(b, pos)
        assert i >= 0, (b, text)
        pos = i + len(b)
    if row["template_id"] in PII_FREE_TEMPLATES:
        assert not row["spans"], row
    else:
        assert row["spans"], row


def run_check() -> None:
    rows: list[dict[str, Any]] = []
    for seed in (0, 1, 2):
        rows += generate(2000, seed)
    assert len(rows) == 6000
    a = generate(80, 11)
    b = generate(80, 11)
    assert a == b, "generation is not deterministic"
    assert a != generate(80, 12)
    for r in rows:
        validate_row(r)
    tids = Counter(r["template_id"] for r in rows)
    missing = set(range(N_TEMPLATES)) - set(tids)
    assert not missing, f"templates never reached: {sorted(missing)}"
    free = sum(1 for r in rows if not r["spans"])
    frac = free / len(rows)
    assert 0.09 <= frac <= 0.16, frac
    labels = Counter(sp["label"] for r in rows for sp in r["spans"])
    for lab in LABELS:
        assert labels[lab] > 0, f"label never produced: {lab}"
    genres = Counter(GENRES[r["template_id"] // 4].name for r in rows)
    locs = Counter(r["locale"] for r in rows)
    brands = Counter(b for r in rows for b in r["brands"])
    spelled = sum(
        1 for r in rows for sp in r["spans"] if sp["label"] == PHONE and re.search(r"[a-z]", sp["value"])
    )
    native = sum(
        1
        for r in rows
        for sp in r["spans"]
        if sp["label"] in (PERSON, ADDR) and re.search(r"[^\x00-\u024f]", sp["value"])
    )
    print(f"rows: {len(rows)}  templates: {len(tids)}/{N_TEMPLATES}  PII-free rows: {free} ({frac:.1%})")
    print(
        f"rows with brands: {sum(1 for r in rows if r['brands'])}  spelled-out phones: {spelled}  non-Latin name/address spans: {native}"
    )
    print("\nspans per label:")
    for lab in LABELS:
        print(f"  {lab:<20} {labels[lab]}")
    print("\nrows per genre (template ids):")
    for i, g in enumerate(GENRES):
        print(f"  {i:>2} {g.name:<20} {genres[g.name]:>4}  ids {4 * i}-{4 * i + 3}")
    print(f"\nrows per locale ({len(locs)}):")
    items = sorted(locs.items())
    for i in range(0, len(items), 6):
        print("  " + "  ".join(f"{c:<6} {n:>4}" for c, n in items[i : i + 6]))
    print("\nbrand mentions: " + ", ".join(f"{b} {n}" for b, n in brands.most_common()))
    print("\nOK: all invariants hold")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(
        description="Synthetic labelled PII benchmark, tenth set (crisis-ops genres)."
    )
    ap.add_argument("--n", type=int, default=1500, help="rows to generate")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--check", action="store_true", help="generate 6000 rows, assert invariants, print counts"
    )
    args = ap.parse_args(argv)
    if args.check:
        run_check()
        return
    out = sys.stdout
    for row in generate(args.n, args.seed):
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
