"""A blind, labelled PII test set: support and social-listening texts of genres and locales the
other generators do not use.

Written blind: its author read neither the redactor (ingestion/), nor its docs or tests, nor the
other generators' tables and templates (bench/pii_synth.py, pii_synth_fresh.py,
pii_synth_unseen.py); only the tenant's watch terms are imported from pii_synth. Every given name,
surname, street, city and template below was written for this file; no Faker, no gazetteer.
Phone numbers are drawn and formatted with `phonenumbers` (each one valid for its region).

Genres (4 templates each, so both template parities hold every genre): call-centre wrap-up notes,
fraud / chargeback disputes, insurance claim statements, Reddit threads, WhatsApp-style group
chats, meeting minutes, SMS / OTP exchanges, CSV-ish exports pasted into tickets, shift handover
notes, security / police incident logs, callback requests, wedding and event booking mishaps,
landlord / tenant complaints, pharmacy and clinic mix-ups, travel rebooking, journalist
enquiries, whistleblower reports, social-media DMs, business replies to reviews, speech-to-text
transcripts, emoji / hashtag posts, mixed-language messages, KYC / identity checks, car rental
and roadside assistance.

Locales: Japan (romanised and kanji), Korea (romanised and hangul), Egypt, Morocco, Saudi
Arabia, South Africa, Ghana, Ethiopia, Pakistan, Bangladesh, Sri Lanka, Malaysia, Singapore,
Thailand, Ukraine (Latin and Cyrillic), Italy, Austria, Switzerland, Belgium, Norway, Mexico,
Argentina, Colombia, Chile, Canada (English and Québec French), New Zealand, Iran, and US
residents of many origins (for SSNs and driver's licences).

Labelling conventions:
- PERSON: a name as written (full, given only, surname only, initial + surname, lower case,
  capitals, airline "SURNAME/GIVEN"); titles and honorifics (Mr, Frau, Sra., M., -san, 様, 씨,
  Khun, Ato ...) and a possessive "'s" are outside the span. A handle made from a person's name
  (@aroha_ngata, u/kenji_tnk) is PERSON without the "@" / "u/"; brand handles and
  handles that are not names (u/MapleSyrupBandit) are not labelled.
- STREET_ADDRESS: house number, street, flat / floor / building / block and, written with them,
  district, postcode, city and province; PO boxes, rural addresses (farm, RD, km marker,
  vereda) and Ghana Post GPS codes written with the address too. A country after the address, a
  city alone and a branch named only by its city or number ("the Osu branch", "Nova Poshta
  branch No. 27") are not labelled.
- PHONE_NUMBER: the number as written, extension included ("+1 416-555-0199 ext. 23").
- EMAIL_ADDRESS: a person's address (private or work); role mailboxes (support@, press@,
  noreply@, claims@ ...) are not labelled.
- CREDIT_CARD (Luhn-valid), IBAN_CODE (mod-97 valid, real lengths), US_SSN, IP_ADDRESS (v4 and v6),
  US_DRIVER_LICENSE (state formats).
- Unlabelled on purpose: order / ticket / claim / PNR numbers, flight numbers, seats, dates,
  times, amounts, store numbers, last four digits of a card, OTP codes, postcodes or cities alone.
- `brands`: the tenant's watch terms as they appear in the text (lower-cased in lower-cased
  texts); they must survive redaction.

About 15 % of the texts hold no PII at all, but plenty of capitalised words (products, places,
months, weekdays, job titles) that must be kept.

Usage: python bench/pii_synth_blind.py [--n 1500] [--seed 0]   (JSON lines on stdout)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pii_synth import BRANDS, HANDLE_BRANDS

assert "Northwind Bank" in BRANDS and "@ContosoHelp" in HANDLE_BRANDS


# --- text building ---------------------------------------------------------------------------------


class S(NamedTuple):
    """A labelled span value."""

    label: str
    value: str


class Br(NamedTuple):
    """A watch term (brand) as written."""

    value: str


def P(v: str) -> S:
    return S("PERSON", v)


def ADDR(v: str) -> S:
    return S("STREET_ADDRESS", v)


def PHONE(v: str) -> S:
    return S("PHONE_NUMBER", v)


def EMAIL(v: str) -> S:
    return S("EMAIL_ADDRESS", v)


def CARD(v: str) -> S:
    return S("CREDIT_CARD", v)


def IBAN(v: str) -> S:
    return S("IBAN_CODE", v)


def SSN(v: str) -> S:
    return S("US_SSN", v)


def IP(v: str) -> S:
    return S("IP_ADDRESS", v)


def DL(v: str) -> S:
    return S("US_DRIVER_LICENSE", v)


_SLOT = re.compile(r"\{(\w+)\}")


def render(template: str, values: dict, case: str | None = None) -> tuple[str, list[dict], list[str]]:
    """Fill `{slot}`s with plain strings, S spans, Br brands or lists of them; return the text, its
    spans and the brands as written. `case` lower- or upper-cases every piece (offsets follow)."""
    fix: Callable[[str], str] = {"lower": str.lower, "upper": str.upper}.get(case or "", lambda s: s)
    out: list[str] = []
    spans: list[dict] = []
    brands: list[str] = []
    pos = 0

    def emit(item) -> None:
        nonlocal pos
        if isinstance(item, list | tuple) and not isinstance(item, S | Br):
            for sub in item:
                emit(sub)
            return
        if isinstance(item, S):
            value = fix(item.value)
            spans.append({"label": item.label, "start": pos, "end": pos + len(value), "value": value})
        elif isinstance(item, Br):
            value = fix(item.value)
            if value not in brands:
                brands.append(value)
        else:
            value = fix(str(item))
        out.append(value)
        pos += len(value)

    last = 0
    for m in _SLOT.finditer(template):
        emit(template[last : m.start()])
        emit(values[m.group(1)])
        last = m.end()
    emit(template[last:])
    text = "".join(out)
    for s in spans:
        assert text[s["start"] : s["end"]] == s["value"], s
        assert s["value"] and s["value"] == s["value"].strip(), s
    return text, spans, brands


# --- structured values -----------------------------------------------------------------------------


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    digits = [int(ch) for ch in number if ch.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def make_card(r: random.Random) -> str:
    kind = r.choices(["visa", "mc", "mc2", "amex", "disc"], [45, 30, 8, 12, 5])[0]
    prefix, length = {
        "visa": (r.choice(["4", "45", "49", "41"]), 16),
        "mc": (str(r.randint(51, 55)), 16),
        "mc2": (str(r.randint(2221, 2720)), 16),
        "amex": (r.choice(["34", "37"]), 15),
        "disc": ("6011", 16),
    }[kind]
    body = prefix + "".join(str(r.randrange(10)) for _ in range(length - 1 - len(prefix)))
    number = body + luhn_digit(body)
    sep = r.choices([" ", "-", ""], [60, 15, 25])[0]
    groups = (
        [number[:4], number[4:10], number[10:]]
        if length == 15
        else [number[i : i + 4] for i in range(0, 16, 4)]
    )
    out = sep.join(groups)
    assert luhn_ok(out)
    return out


def iban_check(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    numeric = "".join(str(int(ch, 36)) for ch in rearranged)
    return f"{98 - int(numeric) % 97:02d}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    numeric = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    return int(numeric) % 97 == 1


IBAN_LENGTHS = {
    "AT": 20,
    "BE": 16,
    "CH": 21,
    "IT": 27,
    "NO": 15,
    "SA": 24,
    "EG": 29,
    "PK": 24,
    "UA": 29,
    "AE": 23,
}


def make_iban(r: random.Random, country: str, compact: bool | None = None) -> str:
    def n(k: int) -> str:
        return "".join(str(r.randrange(10)) for _ in range(k))

    if country == "BE":
        head = n(10)
        check = int(head) % 97 or 97
        bban = f"{head}{check:02d}"
    else:
        bban = {
            "AT": lambda: r.choice(["12000", "20111", "32000", "14000", "38000"]) + n(11),
            "CH": lambda: r.choice(["00762", "00230", "80808", "00700", "09000"]) + n(12),
            "IT": lambda: (
                r.choice("ABCDEFGHIJKLMNPRSTUVWXYZ")
                + r.choice(["03069", "02008", "05034", "01030", "03062"])
                + n(5)
                + "0000"
                + n(8)
            ),
            "NO": lambda: n(11),
            "SA": lambda: r.choice(["80", "10", "45", "65", "05"]) + "0000" + n(14),
            "EG": lambda: r.choice(["0019", "0002", "0003", "0037"]) + n(4) + "000" + n(14),
            "PK": lambda: r.choice(["HABB", "MUCB", "UNIL", "MEZN", "ALFH", "SCBL"]) + "00" + n(14),
            "UA": lambda: r.choice(["305299", "322001", "300528", "320478"]) + "0000" + n(15),
            "AE": lambda: r.choice(["033", "026", "035", "044"]) + n(16),
        }[country]()
    iban = country + iban_check(country, bban) + bban
    assert len(iban) == IBAN_LENGTHS[country] and iban_ok(iban), iban
    if compact is None:
        compact = r.random() < 0.3
    return iban if compact else " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def make_ssn(r: random.Random) -> str:
    area = r.choice([r.randint(1, 665), r.randint(667, 899)])
    group, serial = r.randint(1, 99), r.randint(1, 9999)
    sep = r.choices(["-", " "], [85, 15])[0]
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def make_dl(r: random.Random, state: str) -> str:
    def n(k: int) -> str:
        return "".join(str(r.randrange(10)) for _ in range(k))

    letter = r.choice("ABCDEFGHJKLMNPRSTVWY")
    return {
        "CA": lambda: letter + n(7),
        "NY": lambda: r.choice([n(9), f"{n(3)} {n(3)} {n(3)}"]),
        "FL": lambda: f"{letter}{n(3)}-{n(3)}-{n(2)}-{n(3)}-{n(1)}",
        "IL": lambda: f"{letter}{n(3)}-{n(4)}-{n(4)}",
        "TX": lambda: n(8),
        "PA": lambda: r.choice([n(8), f"{n(2)} {n(3)} {n(3)}"]),
        "NJ": lambda: f"{letter}{n(4)} {n(5)} {n(5)}",
        "MI": lambda: f"{letter} {n(3)} {n(3)} {n(3)} {n(3)}",
        "WA": lambda: "WDL" + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9)),
        "GA": lambda: n(9),
        "MA": lambda: "S" + n(8),
        "DC": lambda: n(7),
    }[state]()


_IP4_FIRST = [
    24,
    41,
    46,
    62,
    78,
    81,
    85,
    91,
    102,
    103,
    105,
    110,
    113,
    118,
    121,
    141,
    152,
    175,
    177,
    181,
    186,
    190,
]
_IP4_FIRST += [196, 197, 200, 201, 212, 213, 217]
_IP6_PREFIX = [
    "2a02:8109",
    "2001:16b8",
    "2405:201",
    "2c0f:f4c0",
    "2800:a4",
    "2a01:e0a",
    "2603:7000",
    "2401:4900",
]


def make_ip(r: random.Random, v6: bool = False) -> str:
    if not v6:
        return f"{r.choice(_IP4_FIRST)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    prefix = r.choice(_IP6_PREFIX)
    groups = [f"{r.randint(0, 0xFFFF):x}" for _ in range(8 - len(prefix.split(":")))]
    if r.random() < 0.5:
        return f"{prefix}:{groups[0]}:{groups[1]}::{groups[-1]}"
    return f"{prefix}:{':'.join(groups)}"


# --- phones ----------------------------------------------------------------------------------------

PHONE_PREFIX = {  # national significant number prefixes people really have: (mobile, fixed)
    "JP": (["90", "80", "70"], ["3", "6", "52", "92"]),
    "KR": (["10"], ["2", "51", "53"]),
    "EG": (["10", "11", "12", "15"], ["2", "3"]),
    "MA": (["6", "7"], ["522", "537", "524"]),
    "SA": (["50", "53", "55", "56"], ["11", "12", "13"]),
    "ZA": (["72", "82", "83", "71", "61", "79"], ["11", "21", "31", "12"]),
    "GH": (["24", "54", "20", "50", "27"], ["302", "322"]),
    "ET": (["91", "92", "93"], ["11"]),
    "PK": (["300", "321", "333", "345"], ["21", "42", "51"]),
    "BD": (["17", "18", "19", "15", "16"], ["2"]),
    "LK": (["71", "77", "76", "70"], ["11", "81"]),
    "MY": (["12", "16", "17", "11", "19"], ["3", "4"]),
    "SG": (["8", "9"], ["6"]),
    "TH": (["81", "86", "89", "91", "96"], ["2", "53"]),
    "UA": (["50", "67", "63", "93", "97"], ["44", "32"]),
    "IT": (["33", "34", "32", "39"], ["06", "02", "011", "055"]),
    "AT": (["664", "676", "650", "699"], ["1", "316", "662"]),
    "CH": (["79", "78", "76", "77"], ["44", "22", "31", "61"]),
    "BE": (["47", "48", "49"], ["2", "3", "9"]),
    "NO": (["4", "9"], ["2", "5"]),
    "MX": (["55", "33", "81", "222"], ["55", "33", "81"]),
    "AR": (["911", "9351", "9341"], ["11", "351"]),
    "CO": (["300", "310", "311", "315", "320"], ["601", "604"]),
    "CL": (["9"], ["22"]),
    "CA": (["416", "514", "604", "403", "902", "613", "780", "438"], ["416", "514", "604", "613", "418"]),
    "NZ": (["21", "22", "27"], ["9", "4", "3"]),
    "IR": (["912", "935", "919"], ["21", "71"]),
    "US": (["312", "213", "718", "713", "404", "305", "206", "313", "215", "773"], ["312", "718", "202"]),
    "AE": (["50", "52", "55", "56"], ["4", "2"]),
    "CA_QC": (["514", "438", "418", "819", "450"], ["514", "418", "819"]),
}


def valid_number(
    r: random.Random, region: str, mobile: bool = True, table: str | None = None
) -> phonenumbers.PhoneNumber:
    kind = PNT.MOBILE if mobile else PNT.FIXED_LINE
    example = phonenumbers.example_number_for_type(region, kind)
    cc = str(example.country_code)
    length = len(phonenumbers.format_number(example, PNF.E164)) - 1 - len(cc)
    prefixes = PHONE_PREFIX[table or region][0 if mobile else 1]
    for _ in range(400):
        prefix = r.choice(prefixes)
        nsn = prefix + "".join(str(r.randrange(10)) for _ in range(length - len(prefix)))
        if region in ("US", "CA") and (nsn[3:6] == "555" or nsn[3] in "01"):
            continue
        num = phonenumbers.parse("+" + cc + nsn)
        if phonenumbers.is_valid_number_for_region(num, region) and phonenumbers.number_type(num) in (
            kind,
            PNT.FIXED_LINE_OR_MOBILE,
        ):
            return num
    raise RuntimeError(f"no valid number for {region}")


def format_phone(
    r: random.Random, num: phonenumbers.PhoneNumber, region: str, style: str | None = None
) -> str:
    national = phonenumbers.format_number(num, PNF.NATIONAL)
    intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    e164 = phonenumbers.format_number(num, PNF.E164)
    if style is None:
        style = r.choices(["nat", "intl", "e164", "compact", "alt", "00"], [36, 28, 8, 12, 10, 6])[0]
    if region in ("US", "CA"):
        area, rest = national[1:4], national[6:]
        return {
            "nat": national,
            "intl": intl,
            "e164": e164,
            "compact": f"{area}{rest.replace('-', '')}",
            "alt": r.choice([f"{area}-{rest}", f"{area}.{rest.replace('-', '.')}", f"1-{area}-{rest}"]),
            "00": f"+1 ({area}) {rest}",
            "spoken": f"{area} {rest.replace('-', ' ')}",
        }[style]
    if style == "compact":
        return re.sub(r"[^\d+]", "", national)
    if style == "alt":
        if " " in national:
            return national.replace(" ", r.choice([".", "-"]))
        return intl.replace("-", " ")
    if style == "00":
        return "00" + intl[1:]
    if style == "spoken":
        return re.sub(r"\s+", " ", re.sub(r"[^\d]", " ", national)).strip()
    return {"nat": national, "intl": intl, "e164": e164}[style]


# --- people ----------------------------------------------------------------------------------------

_FOLD = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss", "ł": "l", "đ": "d"})


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^a-z]", "", s.lower())


def split2(s: str) -> tuple[str, str]:
    latin, _, native = s.partition("|")
    return latin, native or latin


@dataclass
class Person:
    given: str
    family: str
    full: str
    formal: str  # the name written after a title ("Mr Tanaka", "Khun Somchai", "Ato Dawit")
    lg: str  # Latin given / family, for e-mail addresses and handles
    lf: str
    gender: str

    @property
    def initial(self) -> str:
        if self.formal == self.given:
            return self.given
        return f"{self.given[0]}. {self.family}"


# --- locales ---------------------------------------------------------------------------------------


def num(r: random.Random, a: int, b: int) -> str:
    return str(r.randint(a, b))


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


@dataclass
class Locale:
    code: str
    region: str
    style: str
    male: list[str]
    female: list[str]
    family: list[str]
    full_addr: Callable[[random.Random], list[str]]
    street: Callable[[random.Random], str]
    domains: list[str]
    cities: list[str]
    money: Callable[[random.Random], str]
    box: Callable[[random.Random], list[str]] | None = None
    rural: Callable[[random.Random], list[str]] | None = None
    native_addr: Callable[[random.Random], str] | None = None
    iban: str | None = None
    maker: Callable[[random.Random, str, bool], Person] | None = None
    extra: dict = field(default_factory=dict)


LOCALES: dict[str, Locale] = {}


def add_locale(loc: Locale) -> None:
    assert len(loc.male) + len(loc.female) >= 15 and len(loc.family) >= 10, loc.code
    LOCALES[loc.code] = loc


def make_person(r: random.Random, loc: Locale, gender: str | None = None, native: bool = False) -> Person:
    g = gender or r.choice("mf")
    if loc.maker is not None:
        return loc.maker(r, g, native)
    gl, gn = split2(r.choice(loc.male if g == "m" else loc.female))
    fl, fn = split2(r.choice(loc.family))
    given, fam = (gn, fn) if native else (gl, fl)
    style = loc.style
    formal = fam
    if style == "ja":
        if native:
            full = fam + (" " if r.random() < 0.4 else "") + given
        else:
            full = f"{fam} {given}" if r.random() < 0.35 else f"{given} {fam}"
    elif style == "ko":
        if native:
            full = fam + given
        elif r.random() < 0.7:
            full = f"{fam} {given}"
        else:
            given = given.replace("-", "").capitalize()
            full = f"{given} {fam}"
    elif style == "es2":
        second = r.choice([f for f in loc.family if f != fl])
        full = f"{given} {fam}" + (f" {second}" if r.random() < 0.5 else "")
    elif style == "sa":
        father = split2(r.choice(loc.male))[0]
        link = "bin" if g == "m" else "bint"
        full = f"{given} {link} {father} {fam}" if r.random() < 0.35 else f"{given} {fam}"
    elif style in ("et", "th"):
        full, formal = f"{given} {fam}", given
    else:
        full = f"{given} {fam}"
    return Person(given, fam, full, formal, gl, fl, g)


# Japan --------------------------------------------------------------------------------------------
JA_AREAS = [  # area, ward, city, postcode, prefecture + ward + area in kanji
    ("Jingumae", "Shibuya-ku", "Tokyo", "150-0001", "東京都渋谷区神宮前"),
    ("Ebisu", "Shibuya-ku", "Tokyo", "150-0013", "東京都渋谷区恵比寿"),
    ("Sangenjaya", "Setagaya-ku", "Tokyo", "154-0024", "東京都世田谷区三軒茶屋"),
    ("Kyodo", "Setagaya-ku", "Tokyo", "156-0052", "東京都世田谷区経堂"),
    ("Tenma", "Kita-ku", "Osaka", "530-0043", "大阪府大阪市北区天満"),
    ("Yamashita-cho", "Naka-ku", "Yokohama", "231-0023", "神奈川県横浜市中区山下町"),
    ("Daimyo", "Chuo-ku", "Fukuoka", "810-0041", "福岡県福岡市中央区大名"),
    ("Shimogamo", "Sakyo-ku", "Kyoto", "606-0861", "京都府京都市左京区下鴨"),
    ("Kakuozan-dori", "Chikusa-ku", "Nagoya", "464-0841", "愛知県名古屋市千種区覚王山通"),
]
JA_BLDG = [
    ("Maison Ebisu", "メゾン恵比寿"),
    ("Sunny Heights", "サニーハイツ"),
    ("Park Court", "パークコート"),
    ("Lions Mansion", "ライオンズマンション"),
    ("Corpo Sakura", "コーポさくら"),
    ("Grand Maison Kamo", "グランメゾン鴨"),
    ("Villa Aoyama", "ヴィラ青山"),
]


def _ja_room(r: random.Random) -> str:
    return f"{r.randint(1, 12)}0{r.randint(1, 8)}"


def ja_full(r: random.Random) -> list[str]:
    area, ward, city, pc, _ = r.choice(JA_AREAS)
    lines = [f"{r.randint(1, 5)}-{r.randint(1, 28)}-{r.randint(1, 20)} {area}", f"{ward}, {city} {pc}"]
    if r.random() < 0.6:
        lines.insert(0, f"{r.choice(JA_BLDG)[0]} {_ja_room(r)}")
    return lines


def ja_street(r: random.Random) -> str:
    area, ward, *_ = r.choice(JA_AREAS)
    return f"{r.randint(1, 5)}-{r.randint(1, 28)}-{r.randint(1, 20)} {area}, {ward}"


def ja_native(r: random.Random) -> str:
    *_, pc, kanji = r.choice(JA_AREAS)
    c, b, g = r.randint(1, 5), r.randint(1, 28), r.randint(1, 20)
    block = f"{c}-{b}-{g}" if r.random() < 0.6 else f"{c}丁目{b}番{g}号"
    bldg = f" {r.choice(JA_BLDG)[1]}{_ja_room(r)}号室" if r.random() < 0.6 else ""
    head = f"〒{pc} " if r.random() < 0.6 else ""
    return f"{head}{kanji}{block}{bldg}"


add_locale(
    Locale(
        "ja_JP",
        "JP",
        "ja",
        [
            "Haruto|陽翔",
            "Sota|蒼太",
            "Ren|蓮",
            "Kenji|健二",
            "Takumi|拓海",
            "Daiki|大輝",
            "Hiroshi|博",
            "Shota|翔太",
            "Yuto|悠斗",
            "Kazuki|一樹",
            "Ryo|亮",
            "Makoto|誠",
            "Tatsuya|達也",
            "Naoki|直樹",
            "Shun|駿",
            "Kaito|海斗",
        ],
        [
            "Yui|結衣",
            "Aoi|葵",
            "Hina|陽菜",
            "Yuki|由紀",
            "Sakura|さくら",
            "Misaki|美咲",
            "Emi|恵美",
            "Natsuki|夏希",
            "Haruka|遥",
            "Ayaka|彩花",
            "Mio|美緒",
            "Rin|凛",
            "Nanami|七海",
            "Kaori|香織",
            "Megumi|恵",
            "Akane|茜",
        ],
        [
            "Sato|佐藤",
            "Suzuki|鈴木",
            "Takahashi|高橋",
            "Tanaka|田中",
            "Watanabe|渡辺",
            "Ito|伊藤",
            "Yamamoto|山本",
            "Nakamura|中村",
            "Kobayashi|小林",
            "Kato|加藤",
            "Yoshida|吉田",
            "Yamada|山田",
            "Matsumoto|松本",
            "Inoue|井上",
            "Kimura|木村",
            "Mori|森",
            "Ikeda|池田",
        ],
        ja_full,
        ja_street,
        ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com", "ezweb.ne.jp"],
        ["Tokyo", "Osaka", "Yokohama", "Fukuoka", "Kyoto", "Nagoya", "Sapporo"],
        lambda r: f"¥{r.randint(8, 900) * 100:,}",
        native_addr=ja_native,
    )
)

# Korea --------------------------------------------------------------------------------------------
KO_ROADS = [  # road, gu, city, road in hangul, city + gu in hangul, postcode prefix
    ("Teheran-ro", "Gangnam-gu", "Seoul", "테헤란로", "서울특별시 강남구", "06"),
    ("Banpo-daero", "Seocho-gu", "Seoul", "반포대로", "서울특별시 서초구", "06"),
    ("World Cup buk-ro", "Mapo-gu", "Seoul", "월드컵북로", "서울특별시 마포구", "03"),
    ("Olympic-ro", "Songpa-gu", "Seoul", "올림픽로", "서울특별시 송파구", "05"),
    ("Dongil-ro", "Nowon-gu", "Seoul", "동일로", "서울특별시 노원구", "01"),
    ("Haeundae-ro", "Haeundae-gu", "Busan", "해운대로", "부산광역시 해운대구", "48"),
    ("Dalgubeol-daero", "Suseong-gu", "Daegu", "달구벌대로", "대구광역시 수성구", "42"),
    ("Gyeongin-ro", "Guro-gu", "Seoul", "경인로", "서울특별시 구로구", "08"),
]
KO_APTS = ["래미안", "자이", "푸르지오", "힐스테이트", "e편한세상"]


def ko_full(r: random.Random) -> list[str]:
    road, gu, city, _, _, pc = r.choice(KO_ROADS)
    lines = [f"{r.randint(2, 480)} {road}", f"{gu}, {city} {pc}{r.randint(100, 999)}"]
    if r.random() < 0.6:
        dong, ho = r.randint(101, 118), f"{r.randint(1, 25)}0{r.randint(1, 6)}"
        lines.insert(0, r.choice([f"{dong}-dong {ho}-ho", f"Apt {dong}-{ho}"]))
    return lines


def ko_street(r: random.Random) -> str:
    road, gu, *_ = r.choice(KO_ROADS)
    return f"{r.randint(2, 480)} {road}, {gu}"


def ko_native(r: random.Random) -> str:
    _, _, _, road, sido, pc = r.choice(KO_ROADS)
    n = r.randint(2, 480)
    dong, ho = r.randint(101, 118), f"{r.randint(1, 25)}0{r.randint(1, 6)}"
    apt = f" {r.choice(KO_APTS)}아파트" if r.random() < 0.5 else ""
    if r.random() < 0.5:
        return f"{sido} {road} {n}{apt} {dong}동 {ho}호"
    return f"({pc}{r.randint(100, 999)}) {sido} {road} {n}, {dong}동 {ho}호"


add_locale(
    Locale(
        "ko_KR",
        "KR",
        "ko",
        [
            "Min-jun|민준",
            "Ji-hoon|지훈",
            "Do-yun|도윤",
            "Seo-jun|서준",
            "Hyun-woo|현우",
            "Jae-won|재원",
            "Sung-min|성민",
            "Tae-yang|태양",
            "Joon-ho|준호",
            "Dong-hyun|동현",
            "Woo-jin|우진",
            "Sang-hoon|상훈",
            "Young-ho|영호",
        ],
        [
            "Seo-yeon|서연",
            "Ha-eun|하은",
            "Ji-woo|지우",
            "Su-bin|수빈",
            "Ye-jin|예진",
            "Eun-ji|은지",
            "Da-eun|다은",
            "Yu-na|유나",
            "Min-seo|민서",
            "Hye-jin|혜진",
            "Soo-ah|수아",
            "Ji-young|지영",
            "Bo-ra|보라",
            "Na-rae|나래",
            "Ga-eun|가은",
        ],
        [
            "Kim|김",
            "Lee|이",
            "Park|박",
            "Choi|최",
            "Jung|정",
            "Kang|강",
            "Cho|조",
            "Yoon|윤",
            "Jang|장",
            "Lim|임",
            "Han|한",
            "Shin|신",
            "Oh|오",
            "Seo|서",
            "Kwon|권",
            "Hwang|황",
        ],
        ko_full,
        ko_street,
        ["naver.com", "daum.net", "hanmail.net", "gmail.com", "kakao.com"],
        ["Seoul", "Busan", "Daegu", "Incheon", "Gwangju"],
        lambda r: f"₩{r.randint(5, 900) * 1000:,}",
        native_addr=ko_native,
    )
)

# Egypt --------------------------------------------------------------------------------------------
EG_STREETS = [
    ("Shehab St", "Mohandessin", "Giza", "12"),
    ("Gameat El Dowal El Arabeya St", "Mohandessin", "Giza", "12"),
    ("El-Merghany St", "Heliopolis", "Cairo", "11"),
    ("Abbas El-Akkad St", "Nasr City", "Cairo", "11"),
    ("Makram Ebeid St", "Nasr City", "Cairo", "11"),
    ("Road 9", "Maadi", "Cairo", "11"),
    ("26th of July St", "Zamalek", "Cairo", "11"),
    ("Tahrir St", "Dokki", "Giza", "12"),
    ("Fouad St", "Raml Station", "Alexandria", "21"),
    ("Abou Qir St", "Sidi Gaber", "Alexandria", "21"),
]


def eg_full(r: random.Random) -> list[str]:
    street, district, city, pc = r.choice(EG_STREETS)
    v = r.randint(0, 2)
    if v == 0:
        return [
            f"Flat {r.randint(1, 24)}, {ordinal(r.randint(1, 12))} floor",
            f"{r.randint(1, 120)} {street}",
            district,
            city,
        ]
    if v == 1:
        return [f"Building {r.randint(1, 90)}, Street {r.randint(2, 300)}", district, city]
    return [f"{r.randint(1, 120)} {street}", district, f"{city} {pc}{r.randint(100, 999)}"]


add_locale(
    Locale(
        "ar_EG",
        "EG",
        "west",
        [
            "Ahmed",
            "Mohamed",
            "Mahmoud",
            "Youssef",
            "Omar",
            "Mostafa",
            "Karim",
            "Amr",
            "Tarek",
            "Hossam",
            "Sherif",
            "Khaled",
            "Ehab",
            "Ramy",
            "Waleed",
            "Hazem",
        ],
        [
            "Nour",
            "Mariam",
            "Salma",
            "Hana",
            "Yasmin",
            "Hoda",
            "Dina",
            "Rania",
            "Aya",
            "Menna",
            "Nada",
            "Shaimaa",
            "Heba",
            "Radwa",
            "Farida",
            "Laila",
        ],
        [
            "El-Sayed",
            "Abdel-Rahman",
            "Hassan",
            "Fahmy",
            "Mansour",
            "Abu Zeid",
            "El-Masry",
            "Gaber",
            "Soliman",
            "Farouk",
            "Shawky",
            "Abdelaziz",
            "El-Naggar",
            "Badawi",
            "Ezzat",
        ],
        eg_full,
        lambda r: (lambda s: f"{r.randint(1, 120)} {s[0]}, {s[1]}")(r.choice(EG_STREETS)),
        ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com"],
        ["Cairo", "Giza", "Alexandria", "Mansoura", "Tanta"],
        lambda r: f"EGP {r.randint(150, 25000):,}",
        iban="EG",
    )
)

# Morocco ------------------------------------------------------------------------------------------
MA_STREETS = [
    ("Rue Ibn Toufail", "Maârif", "Casablanca", "20330"),
    ("Boulevard Zerktouni", "Gauthier", "Casablanca", "20060"),
    ("Avenue Mohammed V", "Hassan", "Rabat", "10000"),
    ("Rue Oued Fès", "Agdal", "Rabat", "10090"),
    ("Avenue Mohammed VI", "Hivernage", "Marrakech", "40000"),
    ("Rue de Fès", "Centre Ville", "Tanger", "90000"),
    ("Boulevard Allal Ben Abdellah", "Ville Nouvelle", "Fès", "30000"),
]


def ma_full(r: random.Random) -> list[str]:
    street, district, city, pc = r.choice(MA_STREETS)
    v = r.randint(0, 3)
    if v == 0:
        return [f"Appt {r.randint(1, 30)}, Imm. {r.randint(1, 60)}", street, district, f"{city} {pc}"]
    if v == 1:
        return [f"{r.randint(1, 250)} {street}", f"{r.randint(1, 9)}e étage", f"{city} {pc}"]
    if v == 2:
        res = r.choice(["Al Boustane", "Les Jardins d'Anfa", "Yasmine", "Al Manar"])
        return [f"Résidence {res}, Bloc {r.choice('ABCDE')}, Appt {r.randint(1, 40)}", district, city]
    derb = r.choice(["Derb Sidi Bouloukat", "Derb Dabachi", "Derb el Hammam"])
    return [f"{r.randint(1, 90)} {derb}", "Médina", r.choice(["Marrakech", "Fès"])]


def ma_rural(r: random.Random) -> list[str]:
    return [
        f"Douar {r.choice(['Ait Ouzzine', 'Tamatert', 'Imlil Aderdour', 'Ouled Hamou'])}",
        f"Commune {r.choice(['Asni', 'Ourika', 'Tahannaout'])}",
        "Al Haouz",
    ]


add_locale(
    Locale(
        "ar_MA",
        "MA",
        "west",
        [
            "Youssef",
            "Hamza",
            "Mehdi",
            "Ayoub",
            "Othmane",
            "Anas",
            "Rachid",
            "Hicham",
            "Amine",
            "Ismail",
            "Soufiane",
            "Zakaria",
            "Driss",
            "Badr",
            "Yassine",
        ],
        [
            "Imane",
            "Fatima Zahra",
            "Soukaina",
            "Khadija",
            "Salma",
            "Zineb",
            "Nadia",
            "Meryem",
            "Hajar",
            "Ghita",
            "Loubna",
            "Kenza",
            "Asmae",
            "Houda",
            "Siham",
            "Rim",
        ],
        [
            "Benjelloun",
            "El Idrissi",
            "Alaoui",
            "Bennani",
            "Tazi",
            "Berrada",
            "El Amrani",
            "Chraibi",
            "Ouazzani",
            "Lahlou",
            "Bouzid",
            "Fassi Fihri",
            "Benkirane",
            "Ait Lahcen",
            "El Khattabi",
        ],
        ma_full,
        lambda r: (lambda s: f"{r.randint(1, 250)} {s[0]}, {s[2]}")(r.choice(MA_STREETS)),
        ["gmail.com", "menara.ma", "hotmail.fr", "yahoo.fr"],
        ["Casablanca", "Rabat", "Marrakech", "Tanger", "Fès", "Agadir"],
        lambda r: f"{r.randint(80, 9000):,} DH",
        rural=ma_rural,
    )
)

# Saudi Arabia -------------------------------------------------------------------------------------
SA_STREETS = [
    ("King Fahd Rd", "Al Olaya", "Riyadh", "12214"),
    ("Al Takhassusi St", "Al Rahmaniyah", "Riyadh", "12341"),
    ("Prince Sultan Rd", "Al Zahra", "Jeddah", "23424"),
    ("Tahlia St", "Al Andalus", "Jeddah", "23326"),
    ("Prince Turki St", "Al Yarmouk", "Al Khobar", "34428"),
    ("King Abdulaziz Rd", "Al Malqa", "Riyadh", "13524"),
    ("Al Madinah Rd", "Al Rawdah", "Jeddah", "23435"),
]


def sa_full(r: random.Random) -> list[str]:
    street, district, city, pc = r.choice(SA_STREETS)
    v = r.randint(0, 2)
    if v == 0:
        return [
            f"Building {r.randint(1000, 8999)}, {street}",
            f"{district} Dist.",
            f"{city} {pc}",
            f"Additional No. {r.randint(2000, 9999)}",
        ]
    if v == 1:
        return [f"Villa {r.randint(1, 80)}, Street {r.randint(1, 40)}", district, f"{city} {pc}"]
    return [
        f"Apt {r.randint(1, 30)}, {ordinal(r.randint(1, 6))} floor, {r.randint(1000, 8999)} {street}",
        f"{district}, {city} {pc}",
    ]


add_locale(
    Locale(
        "ar_SA",
        "SA",
        "sa",
        [
            "Abdullah",
            "Faisal",
            "Khalid",
            "Saud",
            "Turki",
            "Sultan",
            "Abdulrahman",
            "Mishal",
            "Bandar",
            "Nawaf",
            "Fahad",
            "Saad",
            "Majed",
            "Yazeed",
            "Rakan",
            "Ziyad",
        ],
        [
            "Nora",
            "Reem",
            "Lama",
            "Hessa",
            "Haifa",
            "Dalal",
            "Sara",
            "Abeer",
            "Maha",
            "Lulwa",
            "Shahad",
            "Ghadah",
            "Jawaher",
            "Rawan",
            "Wejdan",
            "Najla",
        ],
        [
            "Al-Qahtani",
            "Al-Otaibi",
            "Al-Harbi",
            "Al-Ghamdi",
            "Al-Shehri",
            "Al-Zahrani",
            "Al-Dosari",
            "Al-Mutairi",
            "Al-Subaie",
            "Al-Shammari",
            "Al-Anazi",
            "Al-Rashid",
            "Al-Juhani",
            "Al-Balawi",
        ],
        sa_full,
        lambda r: (lambda s: f"{r.randint(1000, 8999)} {s[0]}, {s[1]}")(r.choice(SA_STREETS)),
        ["gmail.com", "hotmail.com", "icloud.com", "outlook.com"],
        ["Riyadh", "Jeddah", "Dammam", "Al Khobar", "Makkah"],
        lambda r: f"SAR {r.randint(50, 9000):,}",
        box=lambda r: [
            f"P.O. Box {r.randint(10000, 99999)}",
            f"{r.choice(['Riyadh 11', 'Jeddah 21'])}{r.randint(100, 999)}",
        ],
        iban="SA",
    )
)

# South Africa -------------------------------------------------------------------------------------
ZA_STREETS = [
    ("Jan Smuts Avenue", "Parktown North", "Johannesburg", "2193"),
    ("Kloof Street", "Gardens", "Cape Town", "8001"),
    ("Florida Road", "Morningside", "Durban", "4001"),
    ("Vilakazi Street", "Orlando West", "Soweto", "1804"),
    ("Main Road", "Claremont", "Cape Town", "7708"),
    ("Beyers Naudé Drive", "Northcliff", "Johannesburg", "2195"),
    ("Lynnwood Road", "Menlo Park", "Pretoria", "0081"),
    ("Oxford Road", "Rosebank", "Johannesburg", "2196"),
]
ZA_COMPLEX = ["Sunbird Gardens", "Protea Court", "Silverwood Villas", "Jacaranda Mews", "Morningside Manor"]


def za_full(r: random.Random) -> list[str]:
    street, suburb, city, pc = r.choice(ZA_STREETS)
    lines = [f"{r.randint(1, 240)} {street}", suburb, f"{city}, {pc}"]
    if r.random() < 0.4:
        lines.insert(0, f"Unit {r.randint(1, 60)}, {r.choice(ZA_COMPLEX)}")
    return lines


def za_box(r: random.Random) -> list[str]:
    if r.random() < 0.5:
        return [
            f"PO Box {r.randint(10, 9999)}",
            r.choice(["Polokwane, 0700", "Nelspruit, 1200", "Stellenbosch, 7599"]),
        ]
    return [f"Private Bag X{r.randint(1, 99)}", r.choice(["Hermanus, 7200", "George, 6530"])]


def za_rural(r: random.Random) -> list[str]:
    if r.random() < 0.5:
        ah, town, pc = r.choice(
            [("Rietfontein", "Bronkhorstspruit", "1020"), ("Kameeldrift", "Pretoria", "0035")]
        )
        return [f"Plot {r.randint(5, 400)}", f"{ah} AH", f"{town}, {pc}"]
    farm = r.choice(["Kleinplaas", "Doornkloof", "Welgevonden"])
    return [
        f"Farm {farm} {r.randint(10, 600)}",
        r.choice(["Ceres, 6835", "Vryheid, 3100", "Graaff-Reinet, 6280"]),
    ]


add_locale(
    Locale(
        "en_ZA",
        "ZA",
        "west",
        [
            "Thabo",
            "Sipho",
            "Pieter",
            "Johan",
            "Bongani",
            "Mpho",
            "Sibusiso",
            "Riaan",
            "Themba",
            "Lwazi",
            "Kagiso",
            "Jacques",
            "Andile",
            "Tshepo",
            "Ruan",
        ],
        [
            "Lerato",
            "Nomvula",
            "Anneke",
            "Zanele",
            "Ayanda",
            "Karabo",
            "Refilwe",
            "Thandeka",
            "Busisiwe",
            "Nthabiseng",
            "Marizanne",
            "Palesa",
            "Precious",
            "Lindiwe",
            "Elmarie",
            "Naledi",
        ],
        [
            "Nkosi",
            "Dlamini",
            "van der Merwe",
            "Botha",
            "Mokoena",
            "Naidoo",
            "Khumalo",
            "Pretorius",
            "Ndlovu",
            "Mthembu",
            "du Plessis",
            "Van Wyk",
            "Molefe",
            "Govender",
            "Sithole",
            "Le Roux",
        ],
        za_full,
        lambda r: (lambda s: f"{r.randint(1, 240)} {s[0]}, {s[1]}")(r.choice(ZA_STREETS)),
        ["gmail.com", "mweb.co.za", "telkomsa.net", "webmail.co.za"],
        ["Johannesburg", "Cape Town", "Durban", "Pretoria", "Gqeberha", "Bloemfontein"],
        lambda r: f"R{r.randint(80, 25000):,}",
        box=za_box,
        rural=za_rural,
    )
)

# Ghana --------------------------------------------------------------------------------------------
GH_AREAS = [
    ("Airport Residential Area", "Accra", "GA"),
    ("East Legon", "Accra", "GA"),
    ("Osu", "Accra", "GA"),
    ("Dansoman", "Accra", "GA"),
    ("Spintex", "Accra", "GA"),
    ("Nhyiaeso", "Kumasi", "AK"),
    ("Asokwa", "Kumasi", "AK"),
    ("Adum", "Kumasi", "AK"),
]
GH_STREETS = [
    "Kofi Annan Street",
    "Lagos Avenue",
    "Oxford Street",
    "Liberation Road",
    "Spintex Road",
    "Harper Road",
]
GH_STREETS += ["Bompata Road", "Sunyani Road"]


def gh_full(r: random.Random) -> list[str]:
    area, city, reg = r.choice(GH_AREAS)
    v = r.randint(0, 2)
    if v == 0:
        lines = [f"House No. {r.randint(1, 80)}", r.choice(GH_STREETS), area, city]
    elif v == 1:
        lines = [f"Hse No. {r.choice('ABCD')}{r.randint(10, 99)}/{r.randint(1, 30)}", area, city]
    else:
        lines = [f"Plot {r.randint(1, 60)}, Block {r.choice('ABCDEF')}", area, city]
    if r.random() < 0.35:
        lines.append(f"{reg}-{r.randint(100, 999)}-{r.randint(1000, 9999)}")
    return lines


add_locale(
    Locale(
        "en_GH",
        "GH",
        "west",
        [
            "Kwame",
            "Kofi",
            "Yaw",
            "Kwabena",
            "Kojo",
            "Kwesi",
            "Fiifi",
            "Kwaku",
            "Nii",
            "Ebo",
            "Kobina",
            "Selorm",
            "Edem",
            "Kwadwo",
            "Elikem",
            "Emmanuel",
            "Prince",
        ],
        [
            "Ama",
            "Akosua",
            "Abena",
            "Efua",
            "Adwoa",
            "Esi",
            "Afia",
            "Yaa",
            "Akua",
            "Araba",
            "Dzifa",
            "Sena",
            "Naa",
            "Adjoa",
            "Gifty",
            "Comfort",
            "Mercy",
        ],
        [
            "Mensah",
            "Owusu",
            "Boateng",
            "Asante",
            "Osei",
            "Addo",
            "Agyeman",
            "Darko",
            "Ofori",
            "Appiah",
            "Quaye",
            "Amoah",
            "Tetteh",
            "Ansah",
            "Acheampong",
        ],
        gh_full,
        lambda r: f"House No. {r.randint(1, 80)}, {r.choice(GH_STREETS)}",
        ["gmail.com", "yahoo.com", "outlook.com"],
        ["Accra", "Kumasi", "Tamale", "Takoradi", "Cape Coast", "Tema"],
        lambda r: f"GH₵{r.randint(20, 6000):,}",
        box=lambda r: [
            f"P.O. Box {r.choice(['KA', 'AN', 'CT', 'KS'])} {r.randint(100, 9999)}",
            r.choice(["Airport, Accra", "Accra North", "Cantonments, Accra", "Kumasi"]),
        ],
    )
)

# Ethiopia -----------------------------------------------------------------------------------------
ET_SUBCITY = [
    "Bole",
    "Kirkos",
    "Yeka",
    "Arada",
    "Lideta",
    "Kolfe Keranio",
    "Nifas Silk-Lafto",
    "Akaky Kaliti",
]


def et_full(r: random.Random) -> list[str]:
    v = r.randint(0, 2)
    if v == 0:
        return [
            f"{r.choice(ET_SUBCITY)} Sub-City, Woreda {r.randint(1, 14):02d}",
            f"House No. {r.randint(100, 3000)}",
            "Addis Ababa",
        ]
    if v == 1:
        return [
            f"Kebele {r.randint(1, 20):02d}, House {r.randint(100, 3000)}",
            r.choice(["Bahir Dar", "Hawassa", "Adama", "Mekelle"]),
        ]
    landmark = r.choice(["Edna Mall", "Bole Medhanialem Church", "Meskel Square", "the Sheraton"])
    return [
        f"{r.choice(ET_SUBCITY)} Sub-City, near {landmark}",
        f"H.No. {r.randint(100, 3000)}",
        "Addis Ababa",
    ]


add_locale(
    Locale(
        "am_ET",
        "ET",
        "et",
        [
            "Abebe",
            "Dawit",
            "Yonas",
            "Samuel",
            "Biniam",
            "Kidus",
            "Henok",
            "Tewodros",
            "Solomon",
            "Mesfin",
            "Ermias",
            "Girum",
            "Bereket",
            "Natnael",
            "Fitsum",
        ],
        [
            "Meron",
            "Selam",
            "Hana",
            "Bethlehem",
            "Tigist",
            "Eyerusalem",
            "Liya",
            "Mekdes",
            "Rahel",
            "Saba",
            "Mahlet",
            "Tsion",
            "Hiwot",
            "Kalkidan",
            "Bezawit",
        ],
        [
            "Tesfaye",
            "Getachew",
            "Haile",
            "Alemu",
            "Tadesse",
            "Girma",
            "Bekele",
            "Mulugeta",
            "Kebede",
            "Wolde",
            "Assefa",
            "Desta",
            "Gebremedhin",
            "Tsegaye",
        ],
        et_full,
        lambda r: (
            f"{r.choice(ET_SUBCITY)} Sub-City, Woreda {r.randint(1, 14):02d}, House No. {r.randint(100, 3000)}"
        ),
        ["gmail.com", "yahoo.com", "ethionet.et"],
        ["Addis Ababa", "Bahir Dar", "Hawassa", "Adama", "Gondar", "Dire Dawa"],
        lambda r: f"{r.randint(100, 40000):,} Birr",
        box=lambda r: [f"P.O. Box {r.randint(100, 99999)}", "Addis Ababa"],
    )
)

# Pakistan -----------------------------------------------------------------------------------------


def pk_full(r: random.Random) -> list[str]:
    v = r.randint(0, 3)
    if v == 0:
        sector = r.choice(["F-8/3", "G-11/2", "I-8/4", "F-10/1", "G-9/4"])
        return [f"House {r.randint(1, 90)}, Street {r.randint(1, 60)}", sector, "Islamabad"]
    if v == 1:
        area, pc = r.choice(
            [("Gulshan-e-Iqbal", "75300"), ("Clifton", "75600"), ("North Nazimabad", "74700")]
        )
        return [f"Flat {r.randint(1, 12)}{r.choice('ABCD')}, Block {r.randint(1, 17)}", area, f"Karachi {pc}"]
    if v == 2:
        return [
            f"{r.randint(1, 300)}-{r.choice('ABCDEFGHJ')}",
            r.choice(["Model Town", "Johar Town", "Gulberg III", "DHA Phase 5"]),
            "Lahore",
        ]
    return [
        f"House {r.randint(1, 400)}, Lane {r.randint(1, 12)}",
        r.choice(["Peshawar Road", "Chaklala Scheme III"]),
        "Rawalpindi",
    ]


def pk_rural(r: random.Random) -> list[str]:
    return [
        f"Chak No. {r.randint(10, 600)} {r.choice(['RB', 'GB', 'JB'])}",
        f"Tehsil {r.choice(['Jaranwala', 'Samundri', 'Tandlianwala'])}",
        "District Faisalabad",
    ]


add_locale(
    Locale(
        "en_PK",
        "PK",
        "west",
        [
            "Muhammad",
            "Bilal",
            "Hamza",
            "Usman",
            "Ali",
            "Imran",
            "Faisal",
            "Saad",
            "Zeeshan",
            "Hassan",
            "Waqas",
            "Junaid",
            "Asad",
            "Fahad",
            "Kamran",
            "Adeel",
        ],
        [
            "Ayesha",
            "Fatima",
            "Zainab",
            "Hira",
            "Sana",
            "Mahnoor",
            "Amna",
            "Rabia",
            "Iqra",
            "Maryam",
            "Sidra",
            "Nimra",
            "Kiran",
            "Saima",
            "Bushra",
            "Noor",
        ],
        [
            "Khan",
            "Qureshi",
            "Malik",
            "Butt",
            "Chaudhry",
            "Siddiqui",
            "Raza",
            "Sheikh",
            "Abbasi",
            "Mirza",
            "Awan",
            "Hashmi",
            "Rana",
            "Javed",
            "Baig",
            "Gillani",
        ],
        pk_full,
        lambda r: (
            f"House {r.randint(1, 90)}, Street {r.randint(1, 60)}, {r.choice(['F-8/3', 'G-11/2', 'I-8/4'])}"
        ),
        ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com"],
        ["Karachi", "Lahore", "Islamabad", "Rawalpindi", "Faisalabad", "Multan", "Peshawar"],
        lambda r: f"Rs {r.randint(500, 150000):,}",
        rural=pk_rural,
        iban="PK",
    )
)

# Bangladesh ---------------------------------------------------------------------------------------


def bd_full(r: random.Random) -> list[str]:
    v = r.randint(0, 3)
    if v == 0:
        area, pc = r.choice([("Banani", "1213"), ("Bashundhara R/A", "1229"), ("Mirpur", "1216")])
        return [
            f"House {r.randint(1, 120)}, Road {r.randint(1, 27)}",
            f"Block {r.choice('ABCDEFG')}, {area}",
            f"Dhaka {pc}",
        ]
    if v == 1:
        return [
            f"Flat {r.randint(1, 9)}{r.choice('ABCD')}, House {r.randint(1, 90)}, Road {r.randint(1, 32)}",
            "Dhanmondi R/A",
            "Dhaka-1209",
        ]
    if v == 2:
        return [
            f"House {r.randint(1, 90)}, Road {r.randint(1, 20)}, Sector {r.randint(1, 14)}",
            "Uttara",
            "Dhaka 1230",
        ]
    return [f"{r.randint(1, 200)} CDA Avenue", "Nasirabad", "Chattogram 4000"]


def bd_rural(r: random.Random) -> list[str]:
    v, po = r.choice([("Charpara", "Kaliganj"), ("Dakshin Baridhara", "Kapasia"), ("Uttar Khan", "Sreepur")])
    return [f"Vill: {v}", f"P.O.: {po}", f"Upazila: {po}", "Dist: Gazipur"]


add_locale(
    Locale(
        "bn_BD",
        "BD",
        "west",
        [
            "Tanvir",
            "Rafiq",
            "Sabbir",
            "Arif",
            "Mahmud",
            "Rakib",
            "Mehedi",
            "Fahim",
            "Shakil",
            "Nayeem",
            "Rashed",
            "Sohel",
            "Imtiaz",
            "Ashraf",
            "Jubayer",
            "Zahid",
        ],
        [
            "Nusrat",
            "Farzana",
            "Sumaiya",
            "Tahmina",
            "Shirin",
            "Jannatul",
            "Sadia",
            "Riya",
            "Tasnim",
            "Fariha",
            "Mitu",
            "Rumana",
            "Nasrin",
            "Sharmin",
            "Lamia",
        ],
        [
            "Hossain",
            "Rahman",
            "Ahmed",
            "Chowdhury",
            "Islam",
            "Akter",
            "Uddin",
            "Sarkar",
            "Haque",
            "Karim",
            "Das",
            "Bhuiyan",
            "Talukder",
            "Mollah",
            "Siddique",
        ],
        bd_full,
        lambda r: (
            f"House {r.randint(1, 120)}, Road {r.randint(1, 27)}, {r.choice(['Banani', 'Gulshan 2', 'Mirpur 10'])}"
        ),
        ["gmail.com", "yahoo.com"],
        ["Dhaka", "Chattogram", "Sylhet", "Khulna", "Rajshahi"],
        lambda r: f"Tk {r.randint(200, 90000):,}",
        rural=bd_rural,
    )
)

# Sri Lanka ----------------------------------------------------------------------------------------


def lk_full(r: random.Random) -> list[str]:
    v = r.randint(0, 2)
    if v == 0:
        return [
            f"No. {r.randint(1, 400)}/{r.randint(1, 9)}",
            r.choice(["Galle Road", "Duplication Road", "Havelock Road"]),
            f"Colombo {r.randint(2, 8):02d}",
        ]
    if v == 1:
        return [
            f"{r.randint(1, 90)}{r.choice('ABC')}, {r.choice(['Temple Lane', 'Station Road', 'Flower Road', 'Main Street'])}",
            r.choice(["Kandy", "Negombo", "Galle", "Matara"]),
        ]
    return [
        f"No {r.randint(1, 60)}, {ordinal(r.randint(1, 5))} Cross Street",
        r.choice(["Wellawatte", "Pettah", "Dehiwala"]),
        f"Colombo {r.randint(4, 13):02d}",
    ]


add_locale(
    Locale(
        "si_LK",
        "LK",
        "west",
        [
            "Kasun",
            "Tharindu",
            "Chamara",
            "Ruwan",
            "Lahiru",
            "Pradeep",
            "Malith",
            "Suresh",
            "Dinesh",
            "Nuwan",
            "Janith",
            "Asanka",
            "Chathura",
            "Sampath",
            "Isuru",
        ],
        [
            "Nimali",
            "Dilani",
            "Sanduni",
            "Ishara",
            "Nadeesha",
            "Hashini",
            "Thilini",
            "Kavindi",
            "Sachini",
            "Madhavi",
            "Anusha",
            "Chamodi",
            "Piumi",
            "Dulani",
        ],
        [
            "Perera",
            "Fernando",
            "Silva",
            "Jayasuriya",
            "Wickramasinghe",
            "Bandara",
            "Gunawardena",
            "Dissanayake",
            "Herath",
            "Senanayake",
            "Ratnayake",
            "de Silva",
            "Weerasinghe",
            "Abeysekera",
        ],
        lk_full,
        lambda r: f"No. {r.randint(1, 400)}, {r.choice(['Galle Road', 'Kandy Road', 'Station Road'])}",
        ["gmail.com", "sltnet.lk", "yahoo.com"],
        ["Colombo", "Kandy", "Galle", "Negombo", "Jaffna", "Kurunegala"],
        lambda r: f"Rs. {r.randint(500, 200000):,}",
        rural=lambda r: [
            f"{r.choice(['Kumbukgolla', 'Hunugalla', 'Pahala'])} Watta",
            "Kurunegala Road",
            "Kuliyapitiya",
        ],
    )
)

# Malaysia -----------------------------------------------------------------------------------------
MY_MALAY_M = [
    "Ahmad",
    "Farid",
    "Hafiz",
    "Amirul",
    "Syafiq",
    "Danial",
    "Faizal",
    "Khairul",
    "Azman",
    "Zulkifli",
    "Hakim",
    "Ikhwan",
]
MY_MALAY_F = [
    "Aisyah",
    "Siti",
    "Nabila",
    "Izzati",
    "Nurul Huda",
    "Farah",
    "Syazwani",
    "Aina",
    "Liyana",
    "Hidayah",
]
MY_FATHERS = [
    "Ismail",
    "Hassan",
    "Abdullah",
    "Rahman",
    "Yusof",
    "Osman",
    "Hamid",
    "Razak",
    "Ibrahim",
    "Zakaria",
]
MY_CN_GIVEN_M = ["Chee Keong", "Jun Hao", "Kok Wai", "Chun Kit", "Wei Jie"]
MY_CN_GIVEN_F = ["Wei Ling", "Mei Ling", "Hui Min", "Siew Lan", "Jia Hui"]
MY_CN_FAM = ["Tan", "Lim", "Wong", "Ng", "Lee", "Ong", "Chong", "Teoh", "Yap", "Goh"]
MY_IN_M = ["Muthu", "Ganesan", "Rajan", "Saravanan", "Vignesh", "Kumaresan"]
MY_IN_F = ["Kavitha", "Shalini", "Thilaga", "Devi", "Malar", "Revathi"]
MY_IN_FATHERS = ["Rajan", "Muniandy", "Subramaniam", "Krishnan", "Arumugam", "Pillai"]


def my_person(r: random.Random, g: str, native: bool) -> Person:
    kind = r.choices(["malay", "chinese", "indian"], [55, 30, 15])[0]
    if kind == "malay":
        given = r.choice(MY_MALAY_M if g == "m" else MY_MALAY_F)
        father = r.choice(MY_FATHERS)
        link = "bin" if g == "m" else "binti"
        return Person(given, f"{link} {father}", f"{given} {link} {father}", given, given, father, g)
    if kind == "chinese":
        given, fam = r.choice(MY_CN_GIVEN_M if g == "m" else MY_CN_GIVEN_F), r.choice(MY_CN_FAM)
        return Person(given, fam, f"{fam} {given}", fam, given, fam, g)
    given, father = r.choice(MY_IN_M if g == "m" else MY_IN_F), r.choice(MY_IN_FATHERS)
    link = "a/l" if g == "m" else "a/p"
    return Person(given, f"{link} {father}", f"{given} {link} {father}", given, given, father, g)


def my_full(r: random.Random) -> list[str]:
    v = r.randint(0, 4)
    if v == 0:
        return [
            f"No. {r.randint(1, 80)}, Jalan SS {r.randint(1, 25)}/{r.randint(1, 40)}",
            "47300 Petaling Jaya",
            "Selangor",
        ]
    if v == 1:
        tower = r.choice(["Menara Sentral", "Vista Damai", "Residensi Harmoni"])
        return [
            f"Unit {r.randint(2, 40)}-{r.randint(1, 12)}, {tower}",
            f"Jalan {r.choice(['Tun Sambanthan', 'Ampang', 'Tun Razak'])}",
            "50470 Kuala Lumpur",
        ]
    if v == 2:
        return [f"Lot {r.randint(100, 900)}, Kampung Sungai Ramal Dalam", "43000 Kajang", "Selangor"]
    if v == 3:
        return [
            f"{r.randint(1, 90)}, Lorong Batu Nilam {r.randint(1, 9)}{r.choice('AB')}",
            "Bandar Bukit Tinggi",
            "41200 Klang",
            "Selangor",
        ]
    return [f"{r.randint(1, 200)}, Lebuh Chulia", "10200 George Town", "Pulau Pinang"]


add_locale(
    Locale(
        "ms_MY",
        "MY",
        "my",
        MY_MALAY_M + MY_IN_M,
        MY_MALAY_F + MY_IN_F,
        MY_CN_FAM + MY_FATHERS,
        my_full,
        lambda r: f"No. {r.randint(1, 80)}, Jalan SS {r.randint(1, 25)}/{r.randint(1, 40)}, Petaling Jaya",
        ["gmail.com", "yahoo.com.my", "hotmail.my", "outlook.com"],
        ["Kuala Lumpur", "Petaling Jaya", "Johor Bahru", "Ipoh", "Kota Kinabalu", "Kuching"],
        lambda r: f"RM{r.randint(20, 9000):,}",
        maker=my_person,
    )
)

# Singapore ----------------------------------------------------------------------------------------
SG_HDB = [
    ("Ang Mo Kio Avenue", "56"),
    ("Tampines Street", "52"),
    ("Bedok North Road", "46"),
    ("Jurong West Street", "64"),
]
SG_HDB += [("Toa Payoh Lorong", "31")]
SG_CN_FAM = ["Tan", "Lim", "Lee", "Ng", "Goh", "Chua", "Teo", "Koh", "Ang", "Yeo", "Seah", "Toh"]
SG_CN_GIVEN_M = ["Wei Jie", "Jun Wei", "Zhi Hao", "Kai Xiang", "Yong Sheng"]
SG_CN_GIVEN_F = ["Jia Hui", "Xin Yi", "Shu Fen", "Hui Ling", "Li Ting"]
SG_EN_M = ["Jason", "Darren", "Benjamin", "Marcus", "Gabriel", "Ryan"]
SG_EN_F = ["Rachel", "Michelle", "Cheryl", "Gwendolyn", "Felicia", "Joanne"]


def sg_person(r: random.Random, g: str, native: bool) -> Person:
    kind = r.choices(["cn", "cn_en", "malay", "indian"], [35, 35, 18, 12])[0]
    if kind in ("cn", "cn_en"):
        fam, cn = r.choice(SG_CN_FAM), r.choice(SG_CN_GIVEN_M if g == "m" else SG_CN_GIVEN_F)
        if kind == "cn":
            return Person(cn, fam, f"{fam} {cn}", fam, cn, fam, g)
        en = r.choice(SG_EN_M if g == "m" else SG_EN_F)
        full = f"{en} {fam} {cn}" if r.random() < 0.3 else f"{en} {fam}"
        return Person(en, fam, full, fam, en, fam, g)
    if kind == "malay":
        given = r.choice(
            ["Nur Farhana", "Siti Nurhaliza", "Aqilah"]
            if g == "f"
            else ["Muhammad Firdaus", "Haziq", "Irfan"]
        )
        father = r.choice(["Rosli", "Salleh", "Jamal", "Ismail"])
        link = "bin" if g == "m" else "binte"
        return Person(given, f"{link} {father}", f"{given} {link} {father}", given, given, father, g)
    given = r.choice(["Rajesh", "Arjun", "Vikram"] if g == "m" else ["Priyanka", "Deepa", "Kavya"])
    father = r.choice(["Kumar", "Suppiah", "Naidu", "Ramasamy"])
    link = "s/o" if g == "m" else "d/o"
    return Person(given, f"{link} {father}", f"{given} {link} {father}", given, given, father, g)


def sg_full(r: random.Random) -> list[str]:
    if r.random() < 0.65:
        street, pre = r.choice(SG_HDB)
        blk = r.randint(100, 699)
        unit = f"#{r.randint(2, 16):02d}-{r.randint(10, 480)}"
        pc = f"{pre}{blk:04d}"
        post = f"Singapore {pc}" if r.random() < 0.8 else f"S({pc})"
        return [f"Blk {blk} {street} {r.randint(1, 10)}", unit, post]
    n, street, bldg, pc = r.choice(
        [
            ("10", "Anson Road", "International Plaza", "079903"),
            ("1", "Raffles Place", "One Raffles Place", "048616"),
            ("80", "Marine Parade Road", "Parkway Parade", "449269"),
        ]
    )
    return [f"{n} {street}", f"#{r.randint(2, 40):02d}-{r.randint(1, 20):02d} {bldg}", f"Singapore {pc}"]


add_locale(
    Locale(
        "en_SG",
        "SG",
        "sg",
        [
            *SG_EN_M,
            "Haziq",
            "Irfan",
            "Rajesh",
            "Arjun",
            "Vikram",
            "Wei Jie",
            "Jun Wei",
            "Zhi Hao",
            "Kai Xiang",
        ],
        [
            *SG_EN_F,
            "Aqilah",
            "Priyanka",
            "Deepa",
            "Kavya",
            "Jia Hui",
            "Xin Yi",
            "Shu Fen",
            "Hui Ling",
            "Li Ting",
        ],
        SG_CN_FAM,
        sg_full,
        lambda r: (lambda s: f"Blk {r.randint(100, 699)} {s[0]} {r.randint(1, 10)}")(r.choice(SG_HDB)),
        ["gmail.com", "singnet.com.sg", "yahoo.com.sg", "hotmail.com"],
        ["Singapore"],
        lambda r: f"S${r.randint(10, 5000):,}",
        maker=sg_person,
    )
)

# Thailand -----------------------------------------------------------------------------------------
TH_NICK = ["Nok", "Ploy", "Fon", "Bee", "Mint", "Golf", "Beam", "Ice", "Pui", "Tong", "Aom", "Boss"]


def th_full(r: random.Random) -> list[str]:
    v = r.randint(0, 3)
    if v == 0:
        return [
            f"{r.randint(1, 300)}/{r.randint(1, 99)} Moo {r.randint(1, 12)}",
            f"Soi Sukhumvit {r.randint(1, 101)}",
            "Khlong Tan Nuea, Watthana",
            "Bangkok 10110",
        ]
    if v == 1:
        condo = r.choice(["Lumpini Place Rama 9", "Ideo Mobi Asoke", "The Base Park West"])
        return [
            f"Room {r.randint(2, 40)}{r.randint(1, 30):02d}, {condo}",
            f"{r.randint(1, 200)} Rama 9 Road",
            "Huai Khwang",
            "Bangkok 10310",
        ]
    if v == 2:
        return [
            f"{r.randint(1, 300)}/{r.randint(1, 99)} Soi Ari {r.randint(1, 6)}",
            "Phaya Thai",
            "Bangkok 10400",
        ]
    return [
        f"{r.randint(1, 300)} Moo {r.randint(1, 12)}",
        "Tambon San Sai Noi",
        "Amphoe San Sai",
        "Chiang Mai 50210",
    ]


add_locale(
    Locale(
        "th_TH",
        "TH",
        "th",
        [
            "Somchai",
            "Nattapong",
            "Thanawat",
            "Anucha",
            "Chaiwat",
            "Krit",
            "Arthit",
            "Prasert",
            "Wichai",
            "Sakda",
            "Pongsak",
            "Teerapat",
            "Kittisak",
        ],
        [
            "Siriporn",
            "Kanokwan",
            "Pimchanok",
            "Rattana",
            "Suda",
            "Wanida",
            "Patcharee",
            "Jiraporn",
            "Nanthida",
            "Chanida",
            "Malee",
            "Orathai",
        ],
        [
            "Srisuk",
            "Wongsawat",
            "Chaiyaporn",
            "Rattanakorn",
            "Boonmee",
            "Sukprasert",
            "Thongchai",
            "Kaewkanya",
            "Phromma",
            "Jitprasong",
            "Siriwattana",
            "Charoenkul",
        ],
        th_full,
        lambda r: f"{r.randint(1, 300)}/{r.randint(1, 99)} Soi Sukhumvit {r.randint(1, 101)}",
        ["gmail.com", "hotmail.com", "outlook.co.th"],
        ["Bangkok", "Chiang Mai", "Phuket", "Khon Kaen", "Pattaya", "Hat Yai"],
        lambda r: f"฿{r.randint(100, 60000):,}",
        extra={"nick": TH_NICK},
    )
)

# Ukraine ------------------------------------------------------------------------------------------
UA_STREETS = [  # street, street in Cyrillic, city, city in Cyrillic, postcode prefix
    ("Khreshchatyk", "Хрещатик", "Kyiv", "Київ", "010"),
    ("Velyka Vasylkivska", "Велика Васильківська", "Kyiv", "Київ", "030"),
    ("Sumska", "Сумська", "Kharkiv", "Харків", "610"),
    ("Deribasivska", "Дерибасівська", "Odesa", "Одеса", "650"),
    ("Horodotska", "Городоцька", "Lviv", "Львів", "790"),
    ("Soborna", "Соборна", "Rivne", "Рівне", "330"),
    ("Hetmana Mazepy", "Гетьмана Мазепи", "Ivano-Frankivsk", "Івано-Франківськ", "760"),
]


def ua_full(r: random.Random) -> list[str]:
    street, _, city, _, pc = r.choice(UA_STREETS)
    n, kv = r.randint(1, 180), r.randint(1, 140)
    if r.random() < 0.5:
        return [f"{n} {street} St, apt {kv}", f"{city} {pc}{r.randint(1, 99):02d}"]
    return [f"vul. {street} {n}, kv. {kv}", f"{city}, {pc}{r.randint(1, 99):02d}"]


def ua_native(r: random.Random) -> str:
    _, street, _, city, pc = r.choice(UA_STREETS)
    return (
        f"вул. {street}, {r.randint(1, 180)}, кв. {r.randint(1, 140)}, м. {city}, {pc}{r.randint(1, 99):02d}"
    )


add_locale(
    Locale(
        "uk_UA",
        "UA",
        "west",
        [
            "Oleksandr|Олександр",
            "Andriy|Андрій",
            "Dmytro|Дмитро",
            "Serhiy|Сергій",
            "Taras|Тарас",
            "Bohdan|Богдан",
            "Mykola|Микола",
            "Vasyl|Василь",
            "Yaroslav|Ярослав",
            "Ivan|Іван",
            "Petro|Петро",
            "Maksym|Максим",
            "Volodymyr|Володимир",
            "Roman|Роман",
            "Ostap|Остап",
        ],
        [
            "Olena|Олена",
            "Iryna|Ірина",
            "Nataliya|Наталія",
            "Oksana|Оксана",
            "Yuliya|Юлія",
            "Kateryna|Катерина",
            "Svitlana|Світлана",
            "Halyna|Галина",
            "Tetiana|Тетяна",
            "Mariya|Марія",
            "Sofiia|Софія",
            "Anastasiia|Анастасія",
            "Khrystyna|Христина",
            "Daryna|Дарина",
        ],
        [
            "Shevchenko|Шевченко",
            "Kovalenko|Коваленко",
            "Bondarenko|Бондаренко",
            "Tkachenko|Ткаченко",
            "Kravchenko|Кравченко",
            "Melnyk|Мельник",
            "Boyko|Бойко",
            "Kovalchuk|Ковальчук",
            "Oliynyk|Олійник",
            "Lysenko|Лисенко",
            "Marchenko|Марченко",
            "Savchuk|Савчук",
            "Moroz|Мороз",
            "Rudenko|Руденко",
        ],
        ua_full,
        lambda r: (lambda s: f"{r.randint(1, 180)} {s[0]} St, {s[2]}")(r.choice(UA_STREETS)),
        ["ukr.net", "i.ua", "gmail.com", "meta.ua"],
        ["Kyiv", "Lviv", "Odesa", "Kharkiv", "Dnipro", "Vinnytsia"],
        lambda r: f"{r.randint(100, 40000):,} грн",
        native_addr=ua_native,
        iban="UA",
    )
)

# Italy --------------------------------------------------------------------------------------------
IT_STREETS = [
    ("Via Giuseppe Garibaldi", "10122", "Torino", "TO"),
    ("Corso Buenos Aires", "20124", "Milano", "MI"),
    ("Via dei Mille", "80121", "Napoli", "NA"),
    ("Via Roma", "90133", "Palermo", "PA"),
    ("Via Zamboni", "40126", "Bologna", "BO"),
    ("Viale Europa", "00144", "Roma", "RM"),
    ("Borgo San Frediano", "50124", "Firenze", "FI"),
    ("Via XX Settembre", "16121", "Genova", "GE"),
    ("Piazza Navona", "00186", "Roma", "RM"),
    ("Via Toledo", "80134", "Napoli", "NA"),
]


def it_full(r: random.Random) -> list[str]:
    street, cap, city, prov = r.choice(IT_STREETS)
    lines = [f"{street} {r.randint(1, 160)}"]
    unit = r.random()
    if unit < 0.25:
        lines.append(f"scala {r.choice('ABC')}, interno {r.randint(1, 30)}")
    elif unit < 0.45:
        lines.append(f"int. {r.randint(1, 30)}")
    lines.append(f"{cap} {city}" + (f" ({prov})" if r.random() < 0.5 else ""))
    return lines


def it_rural(r: random.Random) -> list[str]:
    loc, cap, comune, prov = r.choice(
        [
            ("Località Poggio alle Mura", "53024", "Montalcino", "SI"),
            ("Frazione San Martino", "38050", "Roncegno Terme", "TN"),
            ("Contrada Fiumara", "89063", "Melito di Porto Salvo", "RC"),
            ("Località Le Piane", "58054", "Scansano", "GR"),
        ]
    )
    return [f"{loc} {r.randint(1, 60)}", f"{cap} {comune} ({prov})"]


add_locale(
    Locale(
        "it_IT",
        "IT",
        "west",
        [
            "Marco",
            "Alessandro",
            "Lorenzo",
            "Matteo",
            "Davide",
            "Giorgio",
            "Andrea",
            "Stefano",
            "Fortunato",
            "Salvatore",
            "Gianluca",
            "Riccardo",
            "Tommaso",
            "Vincenzo",
            "Pietro",
            "Angelo",
        ],
        [
            "Giulia",
            "Francesca",
            "Chiara",
            "Sofia",
            "Valentina",
            "Elena",
            "Federica",
            "Paola",
            "Serena",
            "Rosa",
            "Vittoria",
            "Alessia",
            "Martina",
            "Gaia",
            "Benedetta",
            "Carla",
        ],
        [
            "Rossi",
            "Russo",
            "Ferrari",
            "Esposito",
            "Bianchi",
            "Romano",
            "Colombo",
            "Ricci",
            "Marino",
            "Greco",
            "De Luca",
            "Lo Bianco",
            "D'Amico",
            "Fontana",
            "Conti",
            "Galli",
        ],
        it_full,
        lambda r: f"{r.choice(IT_STREETS)[0]} {r.randint(1, 160)}",
        ["libero.it", "gmail.com", "hotmail.it", "tiscali.it", "virgilio.it"],
        ["Milano", "Roma", "Napoli", "Torino", "Bologna", "Firenze", "Palermo", "Bari"],
        lambda r: (
            f"€ {r.randint(10, 4000):,},{r.randint(0, 99):02d}".replace(",", ".", 1)
            if r.random() < 0.3
            else f"{r.randint(10, 4000)} euro"
        ),
        box=lambda r: [f"Casella Postale {r.randint(1, 400)}", r.choice(["00187 Roma", "20123 Milano"])],
        rural=it_rural,
        iban="IT",
    )
)

# Austria ------------------------------------------------------------------------------------------
AT_STREETS = [
    ("Mariahilfer Straße", "1060", "Wien"),
    ("Linzer Straße", "1140", "Wien"),
    ("Favoritenstraße", "1100", "Wien"),
    ("Herrengasse", "8010", "Graz"),
    ("Getreidegasse", "5020", "Salzburg"),
    ("Museumstraße", "6020", "Innsbruck"),
    ("Landstraße", "4020", "Linz"),
    ("Alter Platz", "9020", "Klagenfurt"),
]


def at_full(r: random.Random) -> list[str]:
    street, plz, city = r.choice(AT_STREETS)
    n = r.randint(1, 220)
    v = r.randint(0, 3)
    if v == 0:
        return [f"{street} {n}/{r.randint(1, 4)}/{r.randint(1, 30)}", f"{plz} {city}"]
    if v == 1:
        return [f"{street} {n}", f"Stiege {r.randint(1, 4)}, Tür {r.randint(1, 30)}", f"{plz} {city}"]
    if v == 2:
        return [f"{street} {n}/Top {r.randint(1, 30)}", f"{plz} {city}"]
    return [f"{street} {n}", f"{plz} {city}"]


add_locale(
    Locale(
        "de_AT",
        "AT",
        "west",
        [
            "Lukas",
            "Maximilian",
            "Florian",
            "Tobias",
            "Elias",
            "Sebastian",
            "Jakob",
            "Stefan",
            "Johannes",
            "Matthias",
            "Dominik",
            "Gernot",
            "Wolfgang",
            "Christoph",
            "Manuel",
            "Bernhard",
        ],
        [
            "Anna",
            "Katharina",
            "Johanna",
            "Theresa",
            "Magdalena",
            "Lena",
            "Verena",
            "Sophie",
            "Elisabeth",
            "Barbara",
            "Sabine",
            "Birgit",
            "Christina",
            "Hannah",
            "Laura",
        ],
        [
            "Gruber",
            "Huber",
            "Bauer",
            "Wagner",
            "Pichler",
            "Steiner",
            "Moser",
            "Mayer",
            "Hofer",
            "Leitner",
            "Berger",
            "Fuchs",
            "Eder",
            "Schwarz",
            "Winkler",
            "Reiter",
        ],
        at_full,
        lambda r: (lambda s: f"{s[0]} {r.randint(1, 220)}/{r.randint(1, 30)}")(r.choice(AT_STREETS)),
        ["gmx.at", "aon.at", "chello.at", "gmail.com"],
        ["Wien", "Graz", "Linz", "Salzburg", "Innsbruck", "Klagenfurt"],
        lambda r: f"€ {r.randint(10, 3000)},{r.randint(0, 99):02d}",
        box=lambda r: [f"Postfach {r.randint(1, 300)}", "1011 Wien"],
        rural=lambda r: [
            f"{r.choice(['Oberdorf', 'Unterdorf', 'Dorfstraße'])} {r.randint(1, 90)}",
            r.choice(["6271 Uderns", "3571 Gars am Kamp", "8972 Ramsau am Dachstein"]),
        ],
        iban="AT",
    )
)

# Switzerland --------------------------------------------------------------------------------------
CH_STREETS = [
    ("Bahnhofstrasse", "8001", "Zürich"),
    ("Langstrasse", "8004", "Zürich"),
    ("Rue du Rhône", "1204", "Genève"),
    ("Via Nassa", "6900", "Lugano"),
    ("Spalenberg", "4051", "Basel"),
    ("Kramgasse", "3011", "Bern"),
    ("Avenue de la Gare", "1003", "Lausanne"),
    ("Hertensteinstrasse", "6004", "Luzern"),
]

add_locale(
    Locale(
        "de_CH",
        "CH",
        "west",
        [
            "Luca",
            "Noah",
            "Reto",
            "Beat",
            "Marco",
            "Jonas",
            "Yannick",
            "Matthias",
            "Urs",
            "Samuel",
            "Nicolas",
            "Fabian",
            "Gian",
            "Lorenz",
            "Thierry",
            "Cédric",
        ],
        [
            "Mia",
            "Lea",
            "Ursula",
            "Nicole",
            "Laura",
            "Céline",
            "Corinne",
            "Seraina",
            "Nadine",
            "Sandra",
            "Mirjam",
            "Chantal",
            "Jasmin",
            "Flurina",
            "Aline",
        ],
        [
            "Müller",
            "Meier",
            "Schmid",
            "Keller",
            "Weber",
            "Brunner",
            "Baumann",
            "Zimmermann",
            "Frei",
            "Gerber",
            "Favre",
            "Rochat",
            "Bernasconi",
            "Graf",
            "Bühler",
        ],
        lambda r: (lambda s: [f"{s[0]} {r.randint(1, 120)}", f"{s[1]} {s[2]}"])(r.choice(CH_STREETS)),
        lambda r: f"{r.choice(CH_STREETS)[0]} {r.randint(1, 120)}",
        ["bluewin.ch", "gmx.ch", "gmail.com", "sunrise.ch"],
        ["Zürich", "Genève", "Basel", "Bern", "Lausanne", "Lugano", "Luzern"],
        lambda r: f"CHF {r.randint(10, 3000)}.{r.choice(['00', '50', '90', '95'])}",
        box=lambda r: r.choice(
            [
                [f"Postfach {r.randint(100, 9999)}", "8021 Zürich"],
                [f"Case postale {r.randint(100, 9999)}", "1211 Genève 3"],
            ]
        ),
        iban="CH",
    )
)

# Belgium ------------------------------------------------------------------------------------------
BE_STREETS = [
    ("Meir", "2000", "Antwerpen"),
    ("Kortrijksesteenweg", "9000", "Gent"),
    ("Naamsestraat", "3000", "Leuven"),
    ("Rue de la Loi", "1000", "Bruxelles"),
    ("Rue Saint-Gilles", "4000", "Liège"),
    ("Langestraat", "8000", "Brugge"),
    ("Chaussée de Waterloo", "1180", "Uccle"),
    ("Diestsestraat", "3000", "Leuven"),
]


def be_full(r: random.Random) -> list[str]:
    street, pc, city = r.choice(BE_STREETS)
    box = r.choice(
        [
            "",
            "",
            f" bus {r.randint(1, 12)}",
            f"/{r.randint(1, 3):02d}0{r.randint(1, 9)}",
            f" boîte {r.randint(1, 12)}",
        ]
    )
    return [f"{street} {r.randint(1, 250)}{box}", f"{pc} {city}"]


add_locale(
    Locale(
        "nl_BE",
        "BE",
        "west",
        [
            "Wout",
            "Pieter-Jan",
            "Ruben",
            "Arne",
            "Thibault",
            "Jens",
            "Bram",
            "Maxime",
            "Koen",
            "Stijn",
            "Joris",
            "Sander",
            "Dries",
            "Lander",
            "Gilles",
            "Senne",
        ],
        [
            "Lotte",
            "Elise",
            "Marie",
            "Nathalie",
            "Ine",
            "Charlotte",
            "Sarah",
            "Louise",
            "Fien",
            "Hanne",
            "Lien",
            "Nele",
            "Eline",
            "Margot",
            "Febe",
            "Ilse",
        ],
        [
            "Peeters",
            "Janssens",
            "Maes",
            "Jacobs",
            "Mertens",
            "Willems",
            "Claes",
            "Goossens",
            "Wouters",
            "De Smet",
            "Van den Broeck",
            "Vandenberghe",
            "Dubois",
            "Lambert",
            "De Vos",
            "Verhoeven",
        ],
        be_full,
        lambda r: f"{r.choice(BE_STREETS)[0]} {r.randint(1, 250)}",
        ["skynet.be", "telenet.be", "gmail.com", "proximus.be"],
        ["Antwerpen", "Gent", "Leuven", "Brussel", "Liège", "Brugge", "Namur"],
        lambda r: f"€{r.randint(10, 3000)},{r.randint(0, 99):02d}",
        iban="BE",
    )
)

# Norway -------------------------------------------------------------------------------------------
NO_STREETS = [
    ("Storgata", "0184", "Oslo"),
    ("Bygdøy allé", "0265", "Oslo"),
    ("Thorvald Meyers gate", "0555", "Oslo"),
    ("Kong Oscars gate", "5017", "Bergen"),
    ("Olav Tryggvasons gate", "7011", "Trondheim"),
    ("Storgata", "9008", "Tromsø"),
    ("Kirkegata", "4006", "Stavanger"),
]


def no_full(r: random.Random) -> list[str]:
    street, pc, city = r.choice(NO_STREETS)
    lines = [f"{street} {r.randint(1, 90)}{r.choice(['', '', 'A', 'B'])}"]
    if r.random() < 0.35:
        lines.append(f"leil. H{r.randint(1, 6):02d}{r.randint(1, 4):02d}")
    lines.append(f"{pc} {city}")
    return lines


add_locale(
    Locale(
        "nb_NO",
        "NO",
        "west",
        [
            "Ola",
            "Magnus",
            "Henrik",
            "Eirik",
            "Jonas",
            "Håkon",
            "Sindre",
            "Torbjørn",
            "Even",
            "Sverre",
            "Audun",
            "Kjetil",
            "Vegard",
            "Ørjan",
            "Stian",
            "Per",
        ],
        [
            "Ingrid",
            "Kari",
            "Sigrid",
            "Solveig",
            "Maren",
            "Thea",
            "Ragnhild",
            "Ida",
            "Silje",
            "Hanne",
            "Tuva",
            "Marit",
            "Åse",
            "Live",
            "Frøydis",
            "Synnøve",
        ],
        [
            "Hansen",
            "Johansen",
            "Olsen",
            "Larsen",
            "Andersen",
            "Berg",
            "Haugen",
            "Bakken",
            "Solberg",
            "Strand",
            "Lien",
            "Dahl",
            "Eriksen",
            "Nilsen",
            "Moe",
            "Aas",
        ],
        no_full,
        lambda r: f"{r.choice(NO_STREETS)[0]} {r.randint(1, 90)}",
        ["online.no", "gmail.com", "hotmail.no", "live.no"],
        ["Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø", "Bodø"],
        lambda r: f"{r.randint(100, 30000)} kr",
        box=lambda r: [
            f"Postboks {r.randint(1, 900)}",
            r.choice(["9008 Tromsø", "0102 Oslo", "5804 Bergen"]),
        ],
        rural=lambda r: [
            f"{r.choice(['Vangsvegen', 'Fjordvegen', 'Bygdevegen'])} {r.randint(100, 2200)}",
            r.choice(["2312 Ottestad", "6856 Sogndal", "3550 Gol"]),
        ],
        iban="NO",
    )
)

# Mexico -------------------------------------------------------------------------------------------
MX_COLS = [
    ("Roma Norte", "06700", "Cuauhtémoc"),
    ("Del Valle", "03100", "Benito Juárez"),
    ("Polanco", "11560", "Miguel Hidalgo"),
]
MX_COLS += [("Narvarte Poniente", "03020", "Benito Juárez"), ("Del Carmen", "04100", "Coyoacán")]
MX_CDMX_STREETS = [
    "Av. Insurgentes Sur",
    "Calle Durango",
    "Av. Álvaro Obregón",
    "Calle Amores",
    "Av. Presidente Masaryk",
]
MX_CITIES = [
    ("Guadalajara", "Jal.", "44100", "Calle Morelos"),
    ("Monterrey", "N.L.", "64000", "Calle Padre Mier"),
]
MX_CITIES += [
    ("Puebla", "Pue.", "72000", "Calle 5 de Mayo"),
    ("Oaxaca", "Oax.", "68000", "Calle Macedonio Alcalá"),
]


def mx_full(r: random.Random) -> list[str]:
    v = r.randint(0, 3)
    if v == 0:
        col, cp, alc = r.choice(MX_COLS)
        lines = [f"{r.choice(MX_CDMX_STREETS)} {r.randint(10, 1800)}"]
        if r.random() < 0.5:
            lines.append(f"Int. {r.randint(1, 12)}{r.choice(['', 'A', 'B'])}")
        return [*lines, f"Col. {col}", f"{cp} {alc}, CDMX"]
    if v == 1:
        city, st, cp, street = r.choice(MX_CITIES)
        return [f"{street} {r.randint(10, 900)}", "Col. Centro", f"{cp} {city}, {st}"]
    if v == 2:
        k = r.choice(range(50, 72, 2))
        return [f"Calle {k} No. {r.randint(200, 600)} x {k - 1} y {k + 1}", "Centro", "97000 Mérida, Yuc."]
    city, st, cp, street = r.choice(MX_CITIES)
    return [
        f"{street} s/n",
        f"Barrio de {r.choice(['San Juan', 'Jalatlaco', 'Santiago'])}",
        f"{cp} {city}, {st}",
    ]


add_locale(
    Locale(
        "es_MX",
        "MX",
        "es2",
        [
            "José Luis",
            "Juan Carlos",
            "Alejandro",
            "Diego",
            "Rodrigo",
            "Luis Ángel",
            "Arturo",
            "Jesús",
            "Emiliano",
            "Fernando",
            "Ricardo",
            "Héctor",
            "Octavio",
            "Iván",
            "Uriel",
            "Gerardo",
        ],
        [
            "Guadalupe",
            "María Fernanda",
            "Ximena",
            "Itzel",
            "Valeria",
            "Mariana",
            "Dulce",
            "Paola",
            "Araceli",
            "Citlali",
            "Rocío",
            "Brenda",
            "Montserrat",
            "Alondra",
            "Yesenia",
            "Luz",
        ],
        [
            "Hernández",
            "García",
            "Martínez",
            "López",
            "González",
            "Pérez",
            "Rodríguez",
            "Sánchez",
            "Ramírez",
            "Cruz",
            "Flores",
            "de la Cruz",
            "Gómez",
            "Morales",
            "Reyes",
            "Villanueva",
            "Ortiz",
        ],
        mx_full,
        lambda r: f"{r.choice(MX_CDMX_STREETS)} {r.randint(10, 1800)}, Col. {r.choice(MX_COLS)[0]}",
        ["gmail.com", "hotmail.com", "prodigy.net.mx", "outlook.com"],
        ["Ciudad de México", "Guadalajara", "Monterrey", "Puebla", "Oaxaca", "Mérida", "Tijuana"],
        lambda r: f"${r.randint(100, 30000):,} MXN",
        box=lambda r: [f"Apartado Postal {r.randint(1, 900)}", "62000 Cuernavaca, Mor."],
        rural=lambda r: [
            f"Carretera Federal {r.choice([200, 15, 45])} km {r.randint(2, 140)}",
            r.choice(["Bucerías, Nay.", "San Blas, Nay.", "Tequisquiapan, Qro."]),
        ],
    )
)

# Argentina ----------------------------------------------------------------------------------------
AR_CABA = ["Av. Corrientes", "Av. Santa Fe", "Av. Rivadavia", "Thames", "Gurruchaga", "Av. Cabildo"]


def ar_cp(r: random.Random, letter: str) -> str:
    return f"{letter}{r.randint(1000, 1499)}{''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}"


def ar_full(r: random.Random) -> list[str]:
    v = r.randint(0, 3)
    if v == 0:
        return [
            f"{r.choice(AR_CABA)} {r.randint(100, 5800)}",
            f"piso {r.randint(1, 14)}, depto. {r.choice('ABCDEF')}",
            f"{ar_cp(r, 'C')} CABA",
        ]
    if v == 1:
        return [
            f"{r.choice(AR_CABA)} {r.randint(100, 5800)} {r.randint(1, 14)}° {r.choice('ABCDEF')}",
            "CABA",
        ]
    if v == 2:
        return [f"Calle {r.randint(1, 72)} N° {r.randint(100, 2000)}", "La Plata"]
    city = r.choice([("Bv. Oroño", "S2000", "Rosario"), ("Av. Colón", "X5000", "Córdoba")])
    return [
        f"{city[0]} {r.randint(100, 3000)}, {r.randint(1, 12)}° {r.choice('ABCD')}",
        f"{city[1]} {city[2]}",
    ]


add_locale(
    Locale(
        "es_AR",
        "AR",
        "west",
        [
            "Martín",
            "Facundo",
            "Agustín",
            "Nicolás",
            "Santiago",
            "Matías",
            "Tomás",
            "Gonzalo",
            "Lautaro",
            "Joaquín",
            "Ezequiel",
            "Franco",
            "Bruno",
            "Leandro",
            "Ramiro",
            "Hernán",
        ],
        [
            "Sofía",
            "Lucía",
            "Camila",
            "Florencia",
            "Micaela",
            "Julieta",
            "Rocío",
            "Agustina",
            "Milagros",
            "Candela",
            "Belén",
            "Luciana",
            "Abril",
            "Guadalupe",
            "Pilar",
            "Ailén",
        ],
        [
            "González",
            "Rodríguez",
            "Fernández",
            "Gómez",
            "Díaz",
            "Álvarez",
            "Romero",
            "Sosa",
            "Benítez",
            "Ruiz",
            "Acosta",
            "Medina",
            "Di Stéfano",
            "Ferreyra",
            "Giménez",
            "Pereyra",
        ],
        ar_full,
        lambda r: f"{r.choice(AR_CABA)} {r.randint(100, 5800)}",
        ["gmail.com", "fibertel.com.ar", "hotmail.com", "yahoo.com.ar"],
        ["Buenos Aires", "Córdoba", "Rosario", "Mendoza", "La Plata", "Bariloche"],
        lambda r: f"${r.randint(1000, 900000):,}".replace(",", "."),
        box=lambda r: [f"Casilla de Correo {r.randint(1, 900)}", "8400 Bariloche"],
        rural=lambda r: [
            f"Ruta {r.choice([40, 9, 68])} km {r.randint(100, 4000)}",
            r.choice(["Cafayate, Salta", "Tafí del Valle, Tucumán"]),
        ],
    )
)

# Colombia -----------------------------------------------------------------------------------------
CO_BARRIOS = [
    ("Chicó Norte", "Bogotá"),
    ("Chapinero", "Bogotá"),
    ("Teusaquillo", "Bogotá"),
    ("El Poblado", "Medellín"),
]
CO_BARRIOS += [("Laureles", "Medellín"), ("Granada", "Cali"), ("El Prado", "Barranquilla")]


def co_street(r: random.Random) -> str:
    via = r.choice(["Calle", "Carrera", "Cra.", "Cl.", "Diagonal", "Transversal", "Av. Calle"])
    sfx = r.choice(["", "", "A", "B", " Bis", "A Bis", " Sur"])
    sep = r.choice(["#", "No.", "N°", "#"])
    return f"{via} {r.randint(1, 140)}{sfx} {sep} {r.randint(1, 99)}-{r.randint(1, 99):02d}"


def co_full(r: random.Random) -> list[str]:
    barrio, city = r.choice(CO_BARRIOS)
    lines = [co_street(r)]
    unit = r.random()
    if unit < 0.3:
        lines.append(f"apto {r.randint(1, 20)}0{r.randint(1, 8)}")
    elif unit < 0.5:
        lines.append(f"Torre {r.randint(1, 6)}, apto {r.randint(1, 20)}0{r.randint(1, 8)}")
    elif unit < 0.6:
        lines.append(f"Casa {r.randint(1, 60)}")
    if r.random() < 0.6:
        lines.append(barrio)
    return [*lines, city]


add_locale(
    Locale(
        "es_CO",
        "CO",
        "es2",
        [
            "Juan David",
            "Andrés Felipe",
            "Sebastián",
            "Carlos Andrés",
            "Santiago",
            "Camilo",
            "Felipe",
            "Mateo",
            "Jhon Jairo",
            "Esteban",
            "Alejandro",
            "Julián",
            "Óscar",
            "Wilmer",
            "Duvan",
            "Cristian",
        ],
        [
            "Laura Valentina",
            "Daniela",
            "Natalia",
            "Juliana",
            "Manuela",
            "Paula Andrea",
            "Luisa Fernanda",
            "Catalina",
            "Ángela",
            "Marcela",
            "Yuliana",
            "Leidy",
            "Tatiana",
            "Sara",
            "Estefanía",
            "Mónica",
        ],
        [
            "Rodríguez",
            "Gómez",
            "Restrepo",
            "Ospina",
            "Cárdenas",
            "Jaramillo",
            "Muñoz",
            "Vargas",
            "Castaño",
            "Zapata",
            "Londoño",
            "Quintero",
            "Arango",
            "Montoya",
            "Ríos",
            "Castro",
        ],
        co_full,
        co_street,
        ["gmail.com", "hotmail.com", "une.net.co", "outlook.com"],
        ["Bogotá", "Medellín", "Cali", "Barranquilla", "Cartagena", "Bucaramanga"],
        lambda r: f"${r.randint(10, 3000) * 1000:,}".replace(",", "."),
        rural=lambda r: [
            f"Vereda {r.choice(['La Palma', 'El Salado', 'San Isidro'])}",
            f"Finca {r.choice(['El Recreo', 'La Esperanza', 'Los Naranjos'])}",
            r.choice(["Guarne, Antioquia", "Fusagasugá, Cundinamarca"]),
        ],
    )
)

# Chile --------------------------------------------------------------------------------------------
CL_STREETS = [
    ("Av. Providencia", "Providencia"),
    ("Av. Apoquindo", "Las Condes"),
    ("Pasaje Los Aromos", "Maipú"),
]
CL_STREETS += [
    ("Calle Blanco", "Valparaíso"),
    ("Los Carrera", "Concepción"),
    ("Av. Libertad", "Viña del Mar"),
]
CL_STREETS += [("Av. Grecia", "Ñuñoa")]


def cl_full(r: random.Random) -> list[str]:
    street, comuna = r.choice(CL_STREETS)
    lines = [f"{street} {r.randint(100, 7000)}"]
    if r.random() < 0.5:
        lines.append(
            r.choice(
                [
                    f"depto {r.randint(1, 24)}0{r.randint(1, 9)}",
                    f"of. {r.randint(1, 12)}0{r.randint(1, 9)}",
                    f"casa {r.choice('ABCDE')}",
                ]
            )
        )
    lines.append(comuna)
    if comuna in ("Providencia", "Las Condes", "Maipú", "Ñuñoa") and r.random() < 0.5:
        lines.append("Santiago")
    return lines


add_locale(
    Locale(
        "es_CL",
        "CL",
        "es2",
        [
            "Benjamín",
            "Vicente",
            "Cristóbal",
            "Ignacio",
            "Joaquín",
            "Maximiliano",
            "Matías",
            "Felipe",
            "Tomás",
            "Diego",
            "Sebastián",
            "Rodrigo",
            "Gonzalo",
            "Pablo",
            "Álvaro",
            "Claudio",
        ],
        [
            "Catalina",
            "Javiera",
            "Constanza",
            "Francisca",
            "Antonia",
            "Fernanda",
            "Trinidad",
            "Josefa",
            "Valentina",
            "Isidora",
            "Florencia",
            "Macarena",
            "Camila",
            "Paz",
            "Consuelo",
            "Ignacia",
        ],
        [
            "Muñoz",
            "Rojas",
            "Díaz",
            "Soto",
            "Contreras",
            "Silva",
            "Sepúlveda",
            "Morales",
            "Araya",
            "Fuentes",
            "Valenzuela",
            "Espinoza",
            "Tapia",
            "Reyes",
            "Castillo",
            "Núñez",
        ],
        cl_full,
        lambda r: (lambda s: f"{s[0]} {r.randint(100, 7000)}, {s[1]}")(r.choice(CL_STREETS)),
        ["gmail.com", "vtr.net", "hotmail.com"],
        ["Santiago", "Valparaíso", "Concepción", "Antofagasta", "Temuco", "Puerto Montt"],
        lambda r: f"${r.randint(5, 900) * 1000:,}".replace(",", "."),
        box=lambda r: [f"Casilla {r.randint(10, 9000)}", "Correo Central", "Santiago"],
        rural=lambda r: [
            f"Parcela {r.randint(1, 80)}",
            f"Camino a {r.choice(['Pirque', 'Melipilla', 'Lonquén'])} km {r.randint(1, 30)}",
            r.choice(["Pirque", "Talagante", "Isla de Maipo"]),
        ],
    )
)

# Canada (English) ---------------------------------------------------------------------------------
CA_POST_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"


def ca_pc(r: random.Random, first: str) -> str:
    ls = CA_POST_LETTERS
    return f"{first}{r.randint(0, 9)}{r.choice(ls)} {r.randint(0, 9)}{r.choice(ls)}{r.randint(0, 9)}"


CA_STREETS = [
    ("Charles St E", "Toronto", "ON", "M"),
    ("Dundas St W", "Mississauga", "ON", "L"),
    ("W 4th Ave", "Vancouver", "BC", "V"),
    ("104 St NW", "Edmonton", "AB", "T"),
    ("Spring Garden Rd", "Halifax", "NS", "B"),
    ("Portage Ave", "Winnipeg", "MB", "R"),
    ("Bank St", "Ottawa", "ON", "K"),
    ("17 Ave SW", "Calgary", "AB", "T"),
]


def ca_full(r: random.Random) -> list[str]:
    street, city, prov, first = r.choice(CA_STREETS)
    n = r.randint(10, 9900)
    v = r.randint(0, 2)
    if v == 0:
        head = f"{r.randint(1, 30)}{r.randint(1, 20):02d}-{n} {street}"
    elif v == 1:
        head = f"Unit {r.randint(1, 40)}, {n} {street}"
    else:
        head = f"{n} {street}"
    sep = r.choice([", ", " "])
    return [head, f"{city}{sep}{prov} {ca_pc(r, first)}"]


add_locale(
    Locale(
        "en_CA",
        "CA",
        "west",
        [
            "Liam",
            "Ethan",
            "Connor",
            "Wyatt",
            "Declan",
            "Gurpreet",
            "Harjit",
            "Owen",
            "Logan",
            "Carter",
            "Nolan",
            "Brody",
            "Hunter",
            "Jasper",
            "Tristan",
            "Rowan",
        ],
        [
            "Olivia",
            "Avery",
            "Brooke",
            "Madison",
            "Mackenzie",
            "Keira",
            "Hailey",
            "Paige",
            "Sierra",
            "Summer",
            "Autumn",
            "Harmanpreet",
            "Tegan",
            "Quinn",
        ],
        [
            "MacDonald",
            "Campbell",
            "O'Brien",
            "McKenzie",
            "Dhillon",
            "Wong",
            "Fraser",
            "Sinclair",
            "Thompson",
            "Leblanc",
            "MacLeod",
            "Grewal",
            "Chan",
            "Robichaud",
            "Morrison",
        ],
        ca_full,
        lambda r: (lambda s: f"{r.randint(10, 9900)} {s[0]}")(r.choice(CA_STREETS)),
        ["gmail.com", "rogers.com", "shaw.ca", "sympatico.ca", "hotmail.ca"],
        ["Toronto", "Vancouver", "Calgary", "Edmonton", "Halifax", "Winnipeg", "Ottawa"],
        lambda r: f"${r.randint(10, 4000):,}.{r.randint(0, 99):02d}",
        box=lambda r: [f"PO Box {r.randint(10, 9999)}, Stn Main", f"Whitehorse YT {ca_pc(r, 'Y')}"],
        rural=lambda r: [
            f"RR {r.randint(1, 6)}",
            f"{r.randint(100, 9000)} Concession Rd {r.randint(1, 14)}",
            f"Uxbridge, ON {ca_pc(r, 'L')}",
        ],
    )
)

# Québec -------------------------------------------------------------------------------------------
QC_STREETS = [
    ("rue Saint-Denis", "Montréal", "H"),
    ("boul. René-Lévesque O.", "Montréal", "H"),
    ("avenue du Mont-Royal E.", "Montréal", "H"),
    ("rue Saint-Jean", "Québec", "G"),
    ("chemin Sainte-Foy", "Québec", "G"),
    ("boul. des Forges", "Trois-Rivières", "G"),
    ("rue King O.", "Sherbrooke", "J"),
    ("boul. Saint-Joseph", "Gatineau", "J"),
]


def qc_full(r: random.Random) -> list[str]:
    street, city, first = r.choice(QC_STREETS)
    lines = [f"{r.randint(10, 9900)}, {street}"]
    if r.random() < 0.5:
        lines.append(
            r.choice(
                [
                    f"app. {r.randint(1, 30)}",
                    f"bureau {r.randint(1, 12)}00",
                    f"app. {r.randint(1, 9)}0{r.randint(1, 9)}",
                ]
            )
        )
    prov = r.choice(["(Québec)", "QC"])
    lines.append(f"{city} {prov} {ca_pc(r, first)}")
    return lines


add_locale(
    Locale(
        "fr_CA",
        "CA",
        "west",
        [
            "Mathieu",
            "Jean-François",
            "Sébastien",
            "Étienne",
            "Maxime",
            "Guillaume",
            "Félix",
            "Olivier",
            "Marc-André",
            "Simon",
            "Louis-Philippe",
            "Alexandre",
            "Jérôme",
            "Benoît",
            "Gabriel",
            "Samuel",
        ],
        [
            "Geneviève",
            "Marie-Ève",
            "Isabelle",
            "Josée",
            "Annie",
            "Véronique",
            "Mélanie",
            "Catherine",
            "Julie",
            "Émilie",
            "Marie-Claude",
            "Chantal",
            "Nathalie",
            "Sophie",
            "Audrey",
            "Karine",
        ],
        [
            "Tremblay",
            "Gagnon",
            "Roy",
            "Côté",
            "Bouchard",
            "Gauthier",
            "Morin",
            "Lavoie",
            "Fortin",
            "Gagné",
            "Ouellet",
            "Pelletier",
            "Bélanger",
            "St-Pierre",
            "Lévesque",
            "Boucher",
        ],
        qc_full,
        lambda r: (lambda s: f"{r.randint(10, 9900)}, {s[0]}")(r.choice(QC_STREETS)),
        ["videotron.ca", "gmail.com", "hotmail.com", "sympatico.ca"],
        ["Montréal", "Québec", "Laval", "Gatineau", "Sherbrooke", "Trois-Rivières"],
        lambda r: f"{r.randint(10, 4000)},{r.randint(0, 99):02d} $",
        box=lambda r: [f"C.P. {r.randint(10, 9999)}, succ. Haute-Ville", f"Québec (Québec) {ca_pc(r, 'G')}"],
        rural=lambda r: [
            f"{r.randint(100, 3000)}, rang {r.choice(['Saint-Joseph', 'du Cordon', 'Sainte-Rose'])}",
            f"{r.choice(['Saint-Hyacinthe', 'Saint-Damase', 'Sainte-Marie'])} (Québec) {ca_pc(r, 'J')}",
        ],
    )
)

# New Zealand --------------------------------------------------------------------------------------
NZ_STREETS = [
    ("Ponsonby Road", "Grey Lynn", "Auckland", "1021"),
    ("Dominion Road", "Mount Eden", "Auckland", "1024"),
    ("Kilbirnie Crescent", "Kilbirnie", "Wellington", "6022"),
    ("Cuba Street", "Te Aro", "Wellington", "6011"),
    ("Riccarton Road", "Riccarton", "Christchurch", "8041"),
    ("Victoria Street", "Hamilton Central", "Hamilton", "3204"),
    ("George Street", "North Dunedin", "Dunedin", "9016"),
]


def nz_full(r: random.Random) -> list[str]:
    street, suburb, city, pc = r.choice(NZ_STREETS)
    n = r.randint(1, 400)
    v = r.randint(0, 2)
    head = [
        f"Flat {r.randint(1, 9)}, {n} {street}",
        f"{n}{r.choice('ABC')} {street}",
        f"{r.randint(1, 9)}/{n} {street}",
    ][v]
    return [head, suburb, f"{city} {pc}"]


add_locale(
    Locale(
        "en_NZ",
        "NZ",
        "west",
        [
            "Tane",
            "Wiremu",
            "Hemi",
            "Rawiri",
            "Nikau",
            "Manaia",
            "Finn",
            "Mikaere",
            "Hamish",
            "Lachlan",
            "Angus",
            "Tama",
            "Ihaia",
            "Cooper",
            "Archie",
        ],
        [
            "Aroha",
            "Mere",
            "Ngaio",
            "Anahera",
            "Kiri",
            "Isla",
            "Ruby",
            "Hine",
            "Moana",
            "Awhina",
            "Mereana",
            "Aria",
            "Ngaire",
            "Georgia",
            "Harper",
            "Maia",
        ],
        [
            "Ngata",
            "Parata",
            "Te Whare",
            "Tipene",
            "Henare",
            "Rangi",
            "Waititi",
            "Robertson",
            "McLeod",
            "Tuhiwai",
            "Paewai",
            "Te Kanawa",
            "Walker",
            "Pomare",
        ],
        nz_full,
        lambda r: (lambda s: f"{r.randint(1, 400)} {s[0]}, {s[1]}")(r.choice(NZ_STREETS)),
        ["xtra.co.nz", "gmail.com", "orcon.net.nz", "slingshot.co.nz"],
        ["Auckland", "Wellington", "Christchurch", "Hamilton", "Tauranga", "Dunedin", "Rotorua"],
        lambda r: f"${r.randint(10, 4000):,}.{r.randint(0, 99):02d}",
        box=lambda r: [f"PO Box {r.randint(100, 99999)}", "Shortland Street", "Auckland 1140"],
        rural=lambda r: (
            lambda x: [f"{r.randint(100, 2900)} {x[0]}", f"RD {r.randint(1, 9)}", f"{x[1]} {x[2]}"]
        )(
            r.choice(
                [
                    ("State Highway 2", "Katikati", "3178"),
                    ("Kaipara Coast Highway", "Kaukapakapa", "0871"),
                    ("Te Mata Mangateretere Road", "Havelock North", "4294"),
                ]
            )
        ),
    )
)

# Iran ---------------------------------------------------------------------------------------------
IR_STREETS = [("Shariati St", "Tehran"), ("Vali-e Asr Ave", "Tehran"), ("Golestan Blvd", "Shiraz")]
IR_STREETS += [
    ("Chaharbagh-e Abbasi St", "Isfahan"),
    ("Ferdowsi Blvd", "Mashhad"),
    ("Imam Khomeini St", "Tabriz"),
]


def ir_full(r: random.Random) -> list[str]:
    street, city = r.choice(IR_STREETS)
    pc = f"{r.randint(11000, 99999)}-{r.randint(10000, 99999)}"
    v = r.randint(0, 2)
    if v == 0:
        return [f"No. {r.randint(1, 90)}, {ordinal(r.randint(1, 18))} Alley", street, f"{city} {pc}"]
    if v == 1:
        return [f"Unit {r.randint(1, 20)}, No. {r.randint(1, 200)}", street, city]
    return [
        f"Flat {r.randint(1, 20)}, {ordinal(r.randint(1, 9))} Floor, No. {r.randint(1, 200)}",
        street,
        city,
    ]


add_locale(
    Locale(
        "fa_IR",
        "IR",
        "west",
        [
            "Reza",
            "Mehdi",
            "Hossein",
            "Amir",
            "Arash",
            "Kian",
            "Babak",
            "Kourosh",
            "Dariush",
            "Farhad",
            "Navid",
            "Saeed",
            "Omid",
            "Behnam",
            "Pouya",
            "Siavash",
        ],
        [
            "Maryam",
            "Sara",
            "Fatemeh",
            "Zahra",
            "Narges",
            "Shirin",
            "Parisa",
            "Roya",
            "Nazanin",
            "Mahsa",
            "Laleh",
            "Golnaz",
            "Shiva",
            "Yasaman",
            "Niloufar",
            "Bahar",
        ],
        [
            "Mohammadi",
            "Hosseini",
            "Ahmadi",
            "Rezaei",
            "Moradi",
            "Karimi",
            "Jafari",
            "Tehrani",
            "Ghorbani",
            "Sadeghi",
            "Farahani",
            "Azizi",
            "Rahimi",
            "Kazemi",
            "Esfahani",
            "Shirazi",
        ],
        ir_full,
        lambda r: f"No. {r.randint(1, 200)}, {r.choice(IR_STREETS)[0]}",
        ["gmail.com", "yahoo.com", "chmail.ir"],
        ["Tehran", "Isfahan", "Shiraz", "Mashhad", "Tabriz", "Karaj"],
        lambda r: f"{r.randint(1, 900) * 100000:,} rials",
    )
)

# US residents (for SSNs and driver's licences); names drawn from the other locales -----------------
US_STREETS = [
    ("W Belmont Ave", "Chicago", "IL", "606"),
    ("Imperial Hwy", "Los Angeles", "CA", "900"),
    ("Bergenline Ave", "Union City", "NJ", "070"),
    ("Bissonnet St", "Houston", "TX", "770"),
    ("Georgia Ave NW", "Washington", "DC", "200"),
    ("Jamaica Ave", "Queens", "NY", "114"),
    ("Buford Hwy NE", "Atlanta", "GA", "303"),
    ("Rainier Ave S", "Seattle", "WA", "981"),
    ("Biscayne Blvd", "Miami", "FL", "331"),
    ("Castor Ave", "Philadelphia", "PA", "191"),
    ("Warren Ave", "Dearborn", "MI", "481"),
]
US_ORIGINS = [
    "ko_KR",
    "es_MX",
    "am_ET",
    "en_PK",
    "fa_IR",
    "en_GH",
    "uk_UA",
    "es_CO",
    "bn_BD",
    "th_TH",
    "ar_EG",
]


def us_person(r: random.Random, g: str, native: bool) -> Person:
    return make_person(r, LOCALES[r.choice(US_ORIGINS)], g, False)


def us_addr(r: random.Random) -> tuple[list[str], str]:
    street, city, st, z = r.choice(US_STREETS)
    head = f"{r.randint(100, 9999)} {street}"
    if r.random() < 0.5:
        head += r.choice(
            [
                f" Apt {r.randint(1, 6)}{r.choice('ABCDEF')}",
                f" #{r.randint(100, 450)}",
                f", Unit {r.randint(1, 30)}",
            ]
        )
    return [head, f"{city}, {st} {z}{r.randint(0, 99):02d}"], st


add_locale(
    Locale(
        "en_US",
        "US",
        "us",
        [split2(x)[0] for code in US_ORIGINS for x in LOCALES[code].male],
        [split2(x)[0] for code in US_ORIGINS for x in LOCALES[code].female],
        [split2(x)[0] for code in US_ORIGINS for x in LOCALES[code].family],
        lambda r: us_addr(r)[0],
        lambda r: (lambda s: f"{r.randint(100, 9999)} {s[0]}")(r.choice(US_STREETS)),
        ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "comcast.net"],
        ["Chicago", "Houston", "Queens", "Atlanta", "Seattle", "Miami"],
        lambda r: f"${r.randint(10, 4000):,}.{r.randint(0, 99):02d}",
        maker=us_person,
    )
)


# --- generation context ----------------------------------------------------------------------------

TITLES = {
    "en": {"m": ["Mr", "Mr.", "Mr", "Dr"], "f": ["Ms", "Mrs", "Ms.", "Miss", "Dr"]},
    "it": {"m": ["Sig.", "sig.", "Dott.", "signor"], "f": ["Sig.ra", "sig.ra", "Dott.ssa", "signora"]},
    "de": {"m": ["Herr", "Hr.", "Dr.", "Mag."], "f": ["Frau", "Fr.", "Dr.", "Mag."]},
    "fr": {"m": ["M.", "Monsieur"], "f": ["Mme", "Madame"]},
    "es": {"m": ["Sr.", "señor", "Lic.", "Ing."], "f": ["Sra.", "señora", "Lic."]},
    "nl": {"m": ["meneer", "dhr."], "f": ["mevrouw", "mevr."]},
}
LOCAL_TITLES = {  # how English texts from these countries address people
    "th_TH": {"m": ["Khun"], "f": ["Khun"]},
    "am_ET": {"m": ["Ato", "Mr"], "f": ["W/ro", "Ms"]},
    "ms_MY": {"m": ["Encik", "Mr"], "f": ["Puan", "Cik", "Ms"]},
}

EN_ALL = [
    "en_ZA", "en_GH", "am_ET", "en_PK", "bn_BD", "si_LK", "ms_MY", "en_SG", "th_TH", "en_CA", "en_NZ",
    "ar_EG", "ar_SA", "ar_MA", "ja_JP", "ko_KR", "fa_IR", "uk_UA", "it_IT", "de_AT", "de_CH", "nl_BE",
    "nb_NO", "es_MX", "es_AR", "es_CO", "es_CL", "fr_CA",
]  # fmt: skip
EN_NATIVE = ["en_ZA", "en_GH", "en_NZ", "en_CA", "en_SG", "en_PK", "si_LK", "bn_BD", "ms_MY"]
IBAN_LOCALES = ["it_IT", "de_AT", "de_CH", "nl_BE", "nb_NO", "ar_SA", "ar_EG", "en_PK", "uk_UA"]
ES_ALL = ["es_MX", "es_AR", "es_CO", "es_CL"]
RURAL_LOCALES = [
    "en_ZA",
    "en_NZ",
    "en_CA",
    "fr_CA",
    "it_IT",
    "de_AT",
    "nb_NO",
    "es_MX",
    "es_AR",
    "es_CO",
    "es_CL",
]
RURAL_LOCALES += ["en_PK", "bn_BD", "ar_MA", "si_LK"]
BOX_LOCALES = [
    "en_ZA",
    "en_GH",
    "am_ET",
    "ar_SA",
    "en_CA",
    "fr_CA",
    "en_NZ",
    "de_AT",
    "de_CH",
    "nb_NO",
    "it_IT",
]
BOX_LOCALES += ["es_MX", "es_AR", "es_CL"]
US_STATES_DL = ["CA", "NY", "FL", "IL", "TX", "PA", "NJ", "MI", "WA", "GA", "MA"]

EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = {
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "de": "Jänner Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}


class Ctx:
    def __init__(self, r: random.Random, loc: Locale) -> None:
        self.r = r
        self.loc = loc
        self.case: str | None = None
        self._names: set[str] = set()

    # choices
    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def num(self, a: int, b: int) -> str:
        return str(self.r.randint(a, b))

    def digits(self, k: int) -> str:
        return str(self.r.randint(1, 9)) + "".join(str(self.r.randrange(10)) for _ in range(k - 1))

    # people
    def person(self, gender: str | None = None, native: bool = False, loc: str | None = None) -> Person:
        locale = LOCALES[loc] if loc else self.loc
        p = make_person(self.r, locale, gender, native)
        for _ in range(30):
            if not {p.full, p.formal, p.given} & self._names:
                break
            p = make_person(self.r, locale, gender, native)
        self._names |= {p.full, p.formal, p.given}
        return p

    def title(self, p: Person, lang: str = "en") -> str:
        if lang == "en" and self.loc.code in LOCAL_TITLES and self.chance(0.7):
            return self.pick(LOCAL_TITLES[self.loc.code][p.gender])
        return self.pick(TITLES[lang][p.gender])

    def tn(self, p: Person, lang: str = "en") -> list:
        """Title + the name written after it."""
        return [self.title(p, lang) + " ", P(p.formal)]

    def name_any(self, p: Person) -> S:
        """The name as a customer or colleague might write it."""
        form = self.r.choices(["full", "given", "initial", "formal"], [50, 25, 10, 15])[0]
        return P({"full": p.full, "given": p.given, "initial": p.initial, "formal": p.formal}[form])

    def handle(self, p: Person) -> str:
        g, f = fold(p.lg), fold(p.lf)
        return self.pick(
            [
                f"{g}_{f[0]}",
                f"{g}{f}",
                f"{g}.{f}",
                f"{g}_{f}",
                f"{f}{g[0]}",
                f"{g}{self.num(80, 99)}",
                f"{g}_{f}{self.num(1, 9)}",
                f"{p.lg.split()[0]}{p.lf.split()[-1]}".replace("'", "").replace("-", ""),
            ]
        )

    def email(self, p: Person, domain: str | None = None) -> str:
        g, f = fold(p.lg), fold(p.lf)
        local = self.pick(
            [
                f"{g}.{f}",
                f"{g}{f}",
                f"{g[0]}.{f}",
                f"{g}_{f}",
                f"{f}.{g}",
                f"{g}{self.num(70, 99)}",
                f"{g}.{f}{self.num(1, 99)}",
                f"{f}{g[0]}",
                f"{g}{f[0]}{self.num(1, 9)}",
            ]
        )
        return f"{local}@{domain or self.pick(self.loc.domains)}"

    # contact data
    def phone(
        self, mobile: bool = True, style: str | None = None, ext: bool = False, region: str | None = None
    ) -> str:
        region = region or self.loc.region
        table = "CA_QC" if region == "CA" and self.loc.code == "fr_CA" else None
        number = format_phone(self.r, valid_number(self.r, region, mobile, table), region, style)
        if ext:
            number += self.pick(
                [f" ext. {self.num(2, 499)}", f" ext {self.num(10, 99)}", f" x{self.num(100, 899)}"]
            )
        return number

    def addr_lines(self, kind: str = "full") -> list[str]:
        loc = self.loc
        if kind == "box" and loc.box:
            return loc.box(self.r)
        if kind == "rural" and loc.rural:
            return loc.rural(self.r)
        return loc.full_addr(self.r)

    def addr(self, kind: str = "full", sep: str = ", ") -> str:
        if kind == "any":
            kinds = ["full"] * 6 + ["box"] * bool(self.loc.box) + ["rural"] * bool(self.loc.rural)
            kind = self.pick(kinds)
        if kind == "street":
            return self.loc.street(self.r)
        if kind == "native" and self.loc.native_addr:
            return self.loc.native_addr(self.r)
        return sep.join(self.addr_lines(kind))

    def city(self) -> str:
        return self.pick(self.loc.cities)

    def card(self) -> str:
        return make_card(self.r)

    def iban(self, country: str | None = None, compact: bool | None = None) -> str:
        return make_iban(self.r, country or self.loc.iban or "AE", compact)

    def ssn(self) -> str:
        return make_ssn(self.r)

    def ip(self, v6: bool = False) -> str:
        return make_ip(self.r, v6)

    def dl(self, state: str | None = None) -> tuple[str, str]:
        state = state or self.pick(US_STATES_DL)
        return state, make_dl(self.r, state)

    def us_addr(self) -> tuple[list[str], str]:
        return us_addr(self.r)

    # brands and non-PII bits
    def brand(self, *names: str) -> Br:
        return Br(self.pick(names or BRANDS))

    def bank(self) -> Br:
        return Br(self.pick(["Northwind Bank", "Fabrikam Pay", "Northwind Bank"]))

    def shop(self) -> Br:
        return Br(self.pick(["Contoso", "Globex", "Northwind"]))

    def money(self) -> str:
        return self.loc.money(self.r)

    def ref(self, prefix: str, k: int = 6) -> str:
        return f"{prefix}{self.digits(k)}"

    def pnr(self) -> str:
        return "".join(self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))

    def flight(self) -> str:
        return f"TS {self.num(100, 989)}"

    def time(self) -> str:
        return f"{self.r.randint(7, 21):02d}:{self.pick(['00', '15', '30', '45', '10', '50'])}"

    def weekday(self) -> str:
        return self.pick(WEEKDAYS)

    def date(self, lang: str = "en") -> str:
        d, m = self.r.randint(1, 28), self.r.randint(1, 12)
        if lang == "en":
            return self.pick(
                [
                    f"{d} {EN_MONTHS[m - 1]}",
                    f"{EN_MONTHS[m - 1]} {d}",
                    f"{d:02d}/{m:02d}",
                    f"{d} {EN_MONTHS[m - 1][:3]}",
                ]
            )
        if lang == "num":
            return f"{d:02d}/{m:02d}/{self.pick(['24', '25', '2025'])}"
        month = MONTHS[lang].split()[m - 1]
        return {"es": f"{d} de {month}", "de": f"{d}. {month}", "no": f"{d}. {month}"}.get(
            lang, f"{d} {month}"
        )


# --- templates -------------------------------------------------------------------------------------

Template = Callable[[Ctx], tuple[str, dict]]
TEMPLATES: list[tuple[str, list[str], Template]] = []


def template(genre: str, locales: list[str]) -> Callable[[Template], Template]:
    def deco(fn: Template) -> Template:
        TEMPLATES.append((genre, locales, fn))
        return fn

    return deco


def he(p: Person) -> str:
    return "he" if p.gender == "m" else "she"


def his(p: Person) -> str:
    return "his" if p.gender == "m" else "her"


def him(p: Person) -> str:
    return "him" if p.gender == "m" else "her"


SUBREDDITS = {
    "en_ZA": "southafrica", "en_GH": "ghana", "am_ET": "Ethiopia", "en_PK": "pakistan", "bn_BD": "bangladesh",
    "si_LK": "srilanka", "ms_MY": "malaysia", "en_SG": "singapore", "th_TH": "Thailand",
    "en_CA": "PersonalFinanceCanada", "en_NZ": "newzealand", "ar_EG": "Egypt", "ar_SA": "saudiarabia",
    "ar_MA": "Morocco", "ja_JP": "japanlife", "ko_KR": "korea", "fa_IR": "NewIran", "uk_UA": "ukraine",
    "it_IT": "italy", "de_AT": "Austria", "de_CH": "Switzerland", "nl_BE": "belgium", "nb_NO": "norge",
    "es_MX": "mexico", "es_AR": "argentina", "es_CO": "Colombia", "es_CL": "chile", "fr_CA": "Quebec",
}  # fmt: skip
ANON_USERS = ["throwaway_88213", "MapleSyrupBandit", "SoggyWaffles", "Definitely_Not_A_Bot", "quietlurker42"]
ANON_USERS += ["NoodleEnthusiast", "tired_of_queues", "Sad-Lettuce-7721", "KettleOnAgain", "blue_moose_99"]
PAPERS = [("The Harbour Herald", "harbourherald.com"), ("Capital Courier", "capitalcourier.net")]
PAPERS += [("the Daily Meridian", "dailymeridian.com"), ("Morning Ledger", "morningledger.org")]
PAPERS += [("Coastline Weekly", "coastlineweekly.co"), ("The Inland Post", "inlandpost.news")]
COMPANIES = [
    "Harbourview Logistics",
    "Bluegum Engineering",
    "Silverline Textiles",
    "Kestrel Foods",
    "Orchard Lane Dental",
]
COMPANIES += ["Redwood Freight", "Mosaic Print Works", "Tidewater Marine Supplies"]
MERCHANTS = [
    "a petrol station",
    "the airport duty free",
    "a pharmacy",
    "an online electronics store",
    "a supermarket",
]
MERCHANTS += ["a hotel in the city centre", "a parking garage"]


def sig_name(c: Ctx, p: Person) -> S:
    return P(c.pick([p.full, p.full, p.given, p.initial]))


# 1. call-centre wrap-up notes ---------------------------------------------------------------------


@template("call-centre wrap-up", EN_ALL)
def wrap_card_block(c: Ctx) -> tuple[str, dict]:
    cust, agent = c.person(), c.person()
    card = ["Card ", CARD(c.card()), " blocked"] if c.chance(0.6) else [f"Card ending {c.digits(4)} blocked"]
    t = (
        "WRAP-UP {ref} | {date}\nCust: {cust} | Reason: {brand} card declined at {merchant}\n"
        "ID&V passed (DOB + postcode). {card}; replacement to be posted to {addr}.\n"
        "Cust wants SMS updates on {phone}. Agent: {agent}"
    )
    return t, dict(
        ref=c.ref("CS-"),
        date=c.date("num"),
        cust=c.pick([P(cust.full), c.tn(cust)]),
        brand=c.bank(),
        merchant=c.pick(MERCHANTS),
        card=card,
        addr=ADDR(c.addr("any")),
        phone=PHONE(c.phone()),
        agent=P(c.pick([agent.full, agent.given])),
    )


@template("call-centre wrap-up", ["it_IT"])
def wrap_it(c: Ctx) -> tuple[str, dict]:
    cust, agent = c.person(), c.person()
    t = (
        "Nota chiusura chiamata {ref} – {date}\nCliente: {cust}. Lamenta doppio addebito di {amt} da {brand}. "
        "Chiede il rimborso sull'IBAN {iban}, intestato a {lui}. Indirizzo verificato: {addr}.\n"
        "Richiamare al {phone} dopo le 18. Op. {agent}"
    )
    return t, dict(
        ref=c.ref("CH-", 5),
        date=c.date("it"),
        cust=c.pick([[c.title(cust, "it") + " ", P(cust.full)], c.tn(cust, "it")]),
        amt=c.money(),
        brand=c.brand("Fabrikam Pay", "Contoso", "Northwind Bank"),
        iban=IBAN(c.iban()),
        lui="lui" if cust.gender == "m" else "lei",
        addr=ADDR(c.addr()),
        phone=PHONE(c.phone()),
        agent=P(c.pick([agent.given, agent.full])),
    )


@template("call-centre wrap-up", EN_ALL)
def wrap_nopii(c: Ctx) -> tuple[str, dict]:
    t = c.pick(
        [
            "Wrap-up {ref}: caller asked why the {brand} Platinum card fee went up in {month}. Explained the new "
            "Everyday Saver bundle and the {weekday} cut-off for transfers. No changes made; caller will review in "
            "the app. Category: Billing > Fees. Sentiment: Neutral.",
            "Wrap-up {ref} ({weekday}): general enquiry about {brand} opening hours over the Easter weekend and the "
            "{city} branch refurbishment. Advised Saturday 9-1. No account accessed. Category: Branch Info.",
            "Wrap-up {ref}: Premier customer asked whether {brand} Travel Insurance covers ski trips in {month}. "
            "Read out the Winter Sports add-on terms, sent the Product Disclosure Statement link. FCR: Yes.",
        ]
    )
    return t, dict(
        ref=c.ref("CS-"), brand=c.brand(), month=c.pick(EN_MONTHS), weekday=c.weekday(), city=c.city()
    )


@template("call-centre wrap-up", ES_ALL)
def wrap_es(c: Ctx) -> tuple[str, dict]:
    cust, agent = c.person(), c.person()
    t = (
        "Resumen de llamada {ref}\n{la} {cust} reporta que el repartidor de {brand} dejó su pedido en {wrong}, pero "
        "su domicilio es {addr}. Se levantó reporte con la paquetería. Contacto: {phone} / {email}.\n"
        "Atendió: {agent} (turno vespertino)"
    )
    return t, dict(
        ref=c.ref("FOL-", 7),
        la="La clienta" if cust.gender == "f" else "El cliente",
        cust=P(cust.full),
        brand=c.shop(),
        wrong=ADDR(c.addr("street")),
        addr=ADDR(c.addr()),
        phone=PHONE(c.phone()),
        email=EMAIL(c.email(cust)),
        agent=P(c.pick([agent.full, agent.given])),
    )


# 2. fraud / chargeback disputes -------------------------------------------------------------------


@template("fraud dispute", EN_ALL)
def dispute_card_ip(c: Ctx) -> tuple[str, dict]:
    p = c.person()
    t = (
        "Dispute narrative – case {case}\nOn {date} the cardholder, {name}, noticed a charge of {amt} from {brand} "
        "Online on card {card}. {He} states the card never left {his} possession and that {he2} was at home at "
        "{addr} at the time. The order was placed from IP {ip} on a device we have not seen before. Cardholder can "
        "be reached on {phone}."
    )
    return t, dict(
        case=c.ref("DSP-", 7),
        date=c.date(),
        name=c.pick([P(p.full), c.tn(p)]),
        amt=c.money(),
        brand=c.shop(),
        card=CARD(c.card()),
        He=he(p).capitalize(),
        his=his(p),
        he2=he(p),
        addr=ADDR(c.addr()),
        ip=IP(c.ip(c.chance(0.25))),
        phone=PHONE(c.phone()),
    )


@template("fraud dispute", ES_ALL)
def dispute_es(c: Ctx) -> tuple[str, dict]:
    p = c.person()
    plata = "el dinero" if c.loc.code == "es_MX" else "la plata"
    t = (
        "Hola, desconozco un consumo de {amt} del {date} en {brand} con mi tarjeta {card}. Nunca compré nada ahí. "
        "Ya la bloqueé desde la app pero necesito que me devuelvan {plata}. Soy {name}, pueden llamarme al {phone} "
        "o escribirme a {email}. Gracias."
    )
    return t, dict(
        amt=c.money(),
        date=c.date("es"),
        brand=c.brand(),
        card=CARD(c.card()),
        plata=plata,
        name=P(p.full),
        phone=PHONE(c.phone()),
        email=EMAIL(c.email(p)),
    )


@template("fraud dispute", ["en_US"])
def chargeback_us(c: Ctx) -> tuple[str, dict]:
    p, agent = c.person(), c.person()
    lines, _ = c.us_addr()
    t = (
        "CHARGEBACK PACKET – {ref}\nCardholder: {name}\nSSN (identity match): {ssn}\nMailing address: {addr}\n"
        "Card: {card}\nDisputed: 3 charges from {brand} between {d1} and {d2}, total {amt}. Cardholder says the "
        "subscription was cancelled by phone with an agent named {agent}."
    )
    return t, dict(
        ref=c.ref("CB-", 8),
        name=P(c.pick([p.full, p.full.upper()])),
        ssn=SSN(c.ssn()),
        addr=ADDR(", ".join(lines)),
        card=CARD(c.card()),
        brand=c.brand("Contoso", "Globex", "Tailspin Air"),
        d1=c.date(),
        d2=c.date(),
        amt=c.money(),
        agent=P(agent.given),
    )


@template("fraud dispute", ["de_AT", "de_CH"])
def lastschrift_de(c: Ctx) -> tuple[str, dict]:
    p = c.person()
    t = (
        "Sehr geehrte Damen und Herren,\n\nhiermit widerspreche ich der Lastschrift von {brand} vom {date} über "
        "{amt}. Ich habe kein Abo abgeschlossen. Bitte buchen Sie den Betrag auf mein Konto {iban} zurück.\n\n"
        "Mit freundlichen Grüßen\n{name}\n{addr}"
    )
    return t, dict(
        brand=c.brand("Globex", "Contoso", "Fabrikam Pay"),
        date=c.date("de"),
        amt=c.money(),
        iban=IBAN(c.iban()),
        name=P(p.full),
        addr=ADDR(c.addr("full", "\n")),
    )


# 3. insurance claim statements --------------------------------------------------------------------


@template("insurance claim", [*EN_NATIVE, "ar_EG", "ja_JP", "it_IT", "es_CL"])
def claim_motor(c: Ctx) -> tuple[str, dict]:
    me, driver, nb = c.person(), c.person(), c.person()
    t = (
        "Claim statement – policy {pol}\nI, {me}, was reversing out of the driveway at {addr} on {weekday} morning "
        "when a {brand} delivery van hit the rear of my car. The driver, {driver}, apologised and gave me {his} "
        "number, {phone}. My neighbour {nb} saw the whole thing and is happy to give a statement."
    )
    return t, dict(
        pol=c.ref("MTR-", 8),
        me=P(me.full),
        addr=ADDR(c.addr(c.pick(["full", "street"]))),
        weekday=c.weekday(),
        brand=c.shop(),
        driver=c.name_any(driver),
        his=his(driver),
        phone=PHONE(c.phone()),
        nb=P(c.pick([nb.full, nb.given, nb.given.lower()])),
    )


@template("insurance claim", EN_ALL)
def claim_nopii(c: Ctx) -> tuple[str, dict]:
    t = c.pick(
        [
            "Claim {claim}: water came through the kitchen ceiling after the storm on {weekday}. Photos uploaded "
            "through the {brand} app. The loss adjuster visit is booked for the week of {date}. Excess: {amt}. "
            "Contents cover confirmed under the Gold Home policy.",
            "Claim {claim} – hail damage to the bonnet and windscreen, parked at the Riverside Mall on {weekday}. "
            "{brand} approved repairer: Panel Pro Smash Repairs. Courtesy car requested until {date}.",
            "Travel claim {claim}: trip to Lisbon cut short on {date} after a family emergency. Unused hotel nights "
            "and the {brand} change fee claimed. Receipts attached (PDF). Policy: Annual Multi-Trip Silver.",
        ]
    )
    return t, dict(
        claim=c.ref("CLM-", 7), weekday=c.weekday(), brand=c.brand("Contoso", "Tailspin Air", "Globex"),
        date=c.date(), amt=c.money(),
    )  # fmt: skip


@template("insurance claim", ["fr_CA"])
def claim_fr_ca(c: Ctx) -> tuple[str, dict]:
    me, janitor = c.person(), c.person()
    t = (
        "Déclaration de sinistre – police {pol}\nLe {date}, un dégât d'eau venant du logement du dessus a endommagé "
        "mon plafond au {addr}. Le concierge, {janitor}, a fermé l'entrée d'eau vers 23 h. L'expert de {brand} n'est "
        "toujours pas passé. Vous pouvez me joindre au {phone} ou à {email}.\n{me}"
    )
    return t, dict(
        pol=c.ref("HAB-", 8),
        date=c.date("fr"),
        addr=ADDR(c.addr()),
        janitor=c.pick([c.tn(janitor, "fr"), P(janitor.full)]),
        brand=c.brand("Contoso", "Globex"),
        phone=PHONE(c.phone()),
        email=EMAIL(c.email(me)),
        me=P(me.full),
    )


@template("insurance claim", ["ja_JP", "ko_KR", "th_TH", "ms_MY", "si_LK", "bn_BD", "en_SG"])
def claim_travel(c: Ctx) -> tuple[str, dict]:
    me, staff = c.person(), c.person()
    if c.loc.code == "ja_JP":
        staff_v = [P(staff.formal), c.pick(["-san", " san"])]
    elif c.loc.code == "th_TH":
        staff_v = ["Khun ", P(staff.given)]
    else:
        staff_v = c.name_any(staff)
    t = (
        "Travel insurance claim – {ref}\nMy suitcase did not arrive on {brand} flight {flight} from {city} on {date}. "
        "The ground staff member who filed the baggage report was {staff}. Please send the reimbursement to {addr} "
        "(not my office). Contact: {email} / {phone}.\n{me}"
    )
    return t, dict(
        ref=c.ref("TRV-", 6),
        brand=Br("Tailspin Air"),
        flight=c.flight(),
        city=c.pick(["Doha", "Dubai", "Frankfurt", "Istanbul", "Hong Kong"]),
        date=c.date(),
        staff=staff_v,
        addr=ADDR(c.addr("any")),
        email=EMAIL(c.email(me)),
        phone=PHONE(c.phone()),
        me=sig_name(c, me),
    )


# 4. Reddit threads --------------------------------------------------------------------------------


def reddit_user(c: Ctx, p: Person | None = None, p_name: float = 0.5) -> list:
    if p is not None or c.chance(p_name):
        return ["u/", P(c.handle(p or c.person()))]
    return ["u/" + c.pick(ANON_USERS)]


@template("reddit thread", EN_ALL)
def reddit_thread(c: Ctx) -> tuple[str, dict]:
    agent = c.person("f")
    t = (
        "r/{sub} · Posted by {op} · {h}h\n{brand} froze my account for 9 days and nobody can tell me why\n\n"
        "Called three times, got a different answer each time. Last agent ({agent1}) said it's a 'routine review'. "
        "Anyone else?\n\n{rep} · {h2}h\nSame thing happened to me. Ask for {agent2} in the escalations team, she "
        "actually fixed mine in a day."
    )
    other = c.person()
    return t, dict(
        sub=SUBREDDITS.get(c.loc.code, "personalfinance"),
        op=reddit_user(c),
        h=c.num(2, 23),
        brand=c.bank(),
        agent1=P(other.given),
        rep=reddit_user(c),
        h2=c.num(1, 20),
        agent2=P(c.pick([agent.full, agent.given, agent.initial])),
    )


@template("reddit thread", EN_ALL)
def reddit_nopii(c: Ctx) -> tuple[str, dict]:
    t = (
        "r/{sub} · u/{anon} · {h}h\nIs {brand} actually safe to use?\n\nThinking of moving my salary to the "
        "{brand2} Visa Infinite, but the reviews on the Play Store are all over the place. How is their support in "
        "{city}? Also does the Travel Rewards card still give lounge access at the International Terminal?\n\n"
        "u/{anon2} · {h2}h\nSwitched in {month}, no complaints. The Android app is better than the iPhone one."
    )
    return t, dict(
        sub=SUBREDDITS.get(c.loc.code, "personalfinance"),
        anon=c.pick(ANON_USERS),
        anon2=c.pick(ANON_USERS[::-1]),
        h=c.num(2, 23),
        h2=c.num(1, 5),
        brand=c.brand("Fabrikam Pay", "Northwind Bank"),
        brand2=c.bank(),
        city=c.city(),
        month=c.pick(EN_MONTHS),
    )


@template("reddit thread", EN_ALL)
def reddit_doxx(c: Ctx) -> tuple[str, dict]:
    op = c.person()
    t = (
        "u/{op} · 2h · edited\nUPDATE: {brand} finally delivered, but to my old place lol. Edit: removed my address "
        "from the post, it was {addr}, mods please nuke the comment that quoted it\n\n"
        "u/{mod} (MOD) · 1h\nDone. Reminder to everyone: no personal info in posts, including your own."
    )
    return t, dict(
        op=P(c.handle(op)),
        brand=c.shop(),
        addr=ADDR(c.addr()),
        mod=c.pick(["hedgehog_mod", "SubModTeam", "AutoMod_Helper"]),
    )


@template("reddit thread", ES_ALL)
def reddit_es(c: Ctx) -> tuple[str, dict]:
    agent, neighbour = c.person("m"), c.person("f")
    t = (
        "r/{sub} • {op} • hace {h} h\n¿A alguien más le pasó con {brand}?\n\nMe cobraron dos veces el envío y en el "
        "chat me atendió un tal {agent} que me cortó. Mi vecina {nb} dice que a ella le pasó igual.\n\n"
        "↳ {rep}: A mí me lo resolvieron llamando, pedí hablar con supervisión."
    )
    return t, dict(
        sub=SUBREDDITS[c.loc.code],
        op=reddit_user(c),
        h=c.num(2, 20),
        brand=c.shop(),
        agent=P(agent.given),
        nb=P(c.pick([neighbour.given, neighbour.full])),
        rep=reddit_user(c),
    )


# 5. WhatsApp-style group chats --------------------------------------------------------------------


def wa_stamp(c: Ctx, day: int, month: int, minute: int, year: str) -> str:
    return f"[{day:02d}/{month:02d}/{year}, {19 + minute // 60}:{minute % 60:02d}:{c.r.randint(0, 59):02d}]"


@template("whatsapp group", EN_ALL)
def wa_group(c: Ctx) -> tuple[str, dict]:
    a, b, d = c.person(), c.person(), c.person()
    day, month, m, y = c.r.randint(1, 28), c.r.randint(1, 12), c.r.randint(0, 100), c.pick(["24", "25"])
    t = (
        "{s1} {a}: Has anyone else's {brand} parcel gone missing? Tracking says delivered to {addr} 🤔\n"
        "{s2} {b}: Mine went to the wrong block last week too\n"
        "{s3} {d}: {a2} check with the guard, he signs for everything\n"
        "{s4} {a}: Thanks! Will do"
    )
    return t, dict(
        s1=wa_stamp(c, day, month, m, y),
        s2=wa_stamp(c, day, month, m + 3, y),
        s3=wa_stamp(c, day, month, m + 5, y),
        s4=wa_stamp(c, day, month, m + 9, y),
        a=P(a.full),
        b=P(c.pick([b.full, b.given])),
        d=P(d.full),
        a2=P(c.pick([a.given, a.given.lower()])),
        brand=c.shop(),
        addr=ADDR(c.addr()),
    )


@template("whatsapp group", EN_ALL)
def wa_unsaved(c: Ctx) -> tuple[str, dict]:
    newbie, admin, kid = c.person("f"), c.person(), c.person()
    t = (
        "[{t1}] {num}: Hi all, is this the {brand} parents' carpool group? {admin} added me\n"
        "[{t2}] {admin_full}: Yes welcome! Which class is your kid in?\n"
        "[{t3}] {num}: 4B. I'm {given}, {kid}'s mum. Pick-up from {addr} works for me"
    )
    return t, dict(
        t1="07:41",
        t2="07:43",
        t3="07:46",
        num=PHONE(c.phone(style=c.pick(["intl", "intl", "e164"]))),
        brand=c.brand("Contoso", "Globex", "Northwind"),
        admin=P(admin.given),
        admin_full=P(admin.full),
        given=P(newbie.given),
        kid=P(kid.given),
        addr=ADDR(c.addr("street")),
    )


@template("whatsapp group", EN_ALL)
def wa_nopii(c: Ctx) -> tuple[str, dict]:
    t = (
        "[19:02] Mum: The {brand} courier came while we were out, the card says collect from the depot on {weekday}\n"
        "[19:05] Dad: I can go after work. Is it the one next to the Shell garage?\n"
        "[19:06] Mum: Yes. Bring your ID, they've been strict since {month}\n"
        "[19:08] Big Sis 💕: lol it's probably the Air Fryer I ordered for Granny's birthday"
    )
    return t, dict(brand=c.shop(), weekday=c.weekday(), month=c.pick(EN_MONTHS))


@template("whatsapp group", ["ko_KR"])
def kakao_ko(c: Ctx) -> tuple[str, dict]:
    a, b = c.person(native=True), c.person(native=True)
    t = (
        "[{a}] [오후 3:12] {brand} 택배 또 잘못 왔어요 ㅠㅠ 주소 {addr} 맞는데\n"
        "[{b}] [오후 3:14] 기사님 번호 {phone} 로 전화해보세요\n"
        "[{a}] [오후 3:15] 네 감사해요 {b2}님"
    )
    return t, dict(
        a=P(a.full),
        b=P(b.full),
        b2=P(b.given),
        brand=c.shop(),
        addr=ADDR(c.addr("native")),
        phone=PHONE(c.phone(style="nat")),
    )


# 6. meeting minutes -------------------------------------------------------------------------------


@template("meeting minutes", EN_ALL)
def minutes_en(c: Ctx) -> tuple[str, dict]:
    a1, a2, a3, a4, a5, cust = (c.person() for _ in range(6))
    t = (
        "Minutes – {brand} Customer Panel, {weekday} {date}\nAttendees: {a1} (chair), {a2}, {a3}, {a4}\n"
        "Apologies: {a5}\n\n1. Complaints backlog: {a2g} reported 412 open cases, down from 630 in {month}.\n"
        "2. {a3g} to call back {cust}, who was promised a refund twice (tel. {phone}).\n"
        "3. AOB: the {city} office moves to the new building in {month2}.\nNext meeting: {date2}."
    )
    return t, dict(
        brand=c.brand(),
        weekday=c.weekday(),
        date=c.date(),
        a1=P(a1.full),
        a2=P(a2.full),
        a3=P(a3.full),
        a4=P(a4.full),
        a5=P(c.pick([a5.full, a5.initial])),
        a2g=P(a2.given),
        a3g=P(a3.given),
        cust=c.pick([P(cust.full), c.tn(cust)]),
        phone=PHONE(c.phone()),
        month=c.pick(EN_MONTHS),
        month2=c.pick(EN_MONTHS),
        city=c.city(),
        date2=c.date(),
    )


@template("meeting minutes", ["de_CH", "de_AT"])
def minutes_de(c: Ctx) -> tuple[str, dict]:
    a1, a2, a3, a4, cust = (c.person() for _ in range(5))
    kunde = "die Kundin" if cust.gender == "f" else "den Kunden"
    t = (
        "Protokoll Teamsitzung Kundendienst, {date}\nAnwesend: {a1}, {a2}, {a3}\nEntschuldigt: {a4}\n"
        "Protokoll: {a2s}\n\n1. Beschwerde {cust} ({addr}): Lieferung von {brand} zum dritten Mal beschädigt. "
        "{a1g} ruft {kunde} bis Freitag an.\n2. Neue Öffnungszeiten der Filiale {city} ab {month}."
    )
    return t, dict(
        date=c.date("de"),
        a1=P(a1.full),
        a2=P(a2.full),
        a3=P(a3.full),
        a4=c.tn(a4, "de"),
        a2s=P(a2.initial),
        cust=c.tn(cust, "de"),
        addr=ADDR(c.addr()),
        brand=c.shop(),
        a1g=P(a1.given),
        kunde=kunde,
        city=c.city(),
        month=MONTHS["de"].split()[c.r.randint(0, 11)],
    )


@template("meeting minutes", EN_ALL)
def minutes_nopii(c: Ctx) -> tuple[str, dict]:
    t = (
        "Minutes – Q{q} Service Review\nPresent: Head of Operations, Complaints Lead, Legal, Social Media Manager\n"
        "1. {brand} app outage on {weekday}: root cause was the payments gateway; RCA due {date}.\n"
        "2. Complaint volumes up 14% in {month}, mostly card delivery.\n"
        "3. Agreed: new call script for the {city} contact centre from {month2}.\n"
        "Actions: Legal to review the Terms & Conditions update. Next review: {weekday2}."
    )
    return t, dict(
        q=c.num(1, 4), brand=c.brand(), weekday=c.weekday(), date=c.date(), month=c.pick(EN_MONTHS),
        city=c.city(), month2=c.pick(EN_MONTHS), weekday2=c.weekday(),
    )  # fmt: skip


@template("meeting minutes", ["nb_NO"])
def minutes_no(c: Ctx) -> tuple[str, dict]:
    a1, a2, a3, a4, cust = (c.person() for _ in range(5))
    t = (
        "Referat fra kundemøte {date}\nTil stede: {a1}, {a2} og {a3}\nForfall: {a4}\n\n"
        "Sak 1: Kunden {cust} har klaget på {brand}-fakturaen. Adresse: {addr}. {a1g} tar kontakt på {phone} "
        "innen fredag.\nSak 2: Eventuelt. Ingen saker."
    )
    return t, dict(
        date=c.date("no"),
        a1=P(a1.full),
        a2=P(a2.full),
        a3=P(a3.full),
        a4=P(a4.full),
        cust=P(cust.full),
        brand=c.brand("Contoso", "Globex", "Northwind"),
        addr=ADDR(c.addr()),
        a1g=P(a1.given),
        phone=PHONE(c.phone()),
    )


# 7. SMS / OTP exchanges ---------------------------------------------------------------------------


@template("sms exchange", EN_ALL)
def sms_smishing(c: Ctx) -> tuple[str, dict]:
    p = c.person()
    brand = c.bank()
    t = (
        'got this text from {num} this morning, is this really {brand}??\n\n"{brand}: Dear {name}, your account '
        'is on hold. Verify your details at nw-secure-login.co within 24 hrs to avoid suspension."\n\n'
        "it even had my full name. I never gave my number to anyone except {brand2}"
    )
    return t, dict(
        num=PHONE(c.phone()),
        brand=brand,
        name=P(c.pick([p.full, p.full.upper(), p.given])),
        brand2=c.brand("Contoso", "Globex", "Tailspin Air"),
    )


@template("sms exchange", EN_ALL)
def sms_otp_nopii(c: Ctx) -> tuple[str, dict]:
    t = c.pick(
        [
            "{brand}: {code} is your one-time code for a payment of {amt} at Online Store. Never share this code, "
            "not even with {brand} staff.",
            "Your {brand} verification code is {code}. It expires in 10 minutes. Didn't request it? Open the app and "
            "tap Security > Report.",
            "{brand}: New sign-in on iPhone 15 in {city} at {time}. If this wasn't you, reply NO. Code: {code}",
        ]
    )
    return t, dict(brand=c.bank(), code=c.digits(6), amt=c.money(), city=c.city(), time=c.time())


@template("sms exchange", EN_ALL)
def sms_courier(c: Ctx) -> tuple[str, dict]:
    driver, husband = c.person(), c.person("m")
    t = (
        "Driver: Hi this is {driver} from {brand} deliveries, I'm outside {addr} but no one is answering. Can I "
        "leave it with the neighbour?\nMe: Yes please, or at the guard house. My husband {h} is home after 5, his "
        "number is {phone}\nDriver: Ok left with security, photo sent 👍"
    )
    return t, dict(
        driver=P(c.pick([driver.given, driver.full])),
        brand=c.shop(),
        addr=ADDR(c.addr(c.pick(["street", "full"]))),
        h=P(c.pick([husband.given, husband.full])),
        phone=PHONE(c.phone()),
    )


@template("sms exchange", ["th_TH"])
def sms_th(c: Ctx) -> tuple[str, dict]:
    p = c.person()
    nick, nick2 = c.r.sample(TH_NICK, 2)
    t = (
        'SMS from {num}: "{brand}: Khun {given}, your parcel to {addr} is waiting. Pay 25 baht redelivery fee '
        'here: bit.ly/3xQ9pd" is this a scam?? It used my real name. My sister {nick2} got the same one. '
        "- {nick}"
    )
    return t, dict(
        num=PHONE(c.phone()),
        brand=c.shop(),
        given=P(p.given),
        addr=ADDR(c.addr()),
        nick2=P(nick2),
        nick=P(nick),
    )


# 8. CSV-ish exports pasted into tickets -----------------------------------------------------------


@template("csv export", EN_ALL)
def csv_contacts(c: Ctx) -> tuple[str, dict]:
    rows: list = []
    for _ in range(c.r.randint(2, 4)):
        p = c.person()
        rows += [
            "\n",
            P(p.full),
            ",",
            EMAIL(c.email(p)),
            ",",
            PHONE(c.phone(style=c.pick(["e164", "compact", "nat"]))),
            ",",
        ]
        rows += [f"{c.city()},{c.pick(['Gold', 'Silver', 'Standard'])}"]
    t = "Here's the export from the {brand} CRM you asked for (only the affected rows):\n\nname,email,phone,city,tier{rows}"
    return t, dict(brand=c.brand(), rows=rows)


@template("csv export", EN_ALL)
def csv_txn(c: Ctx) -> tuple[str, dict]:
    rows: list = []
    for _ in range(c.r.randint(2, 3)):
        p = c.person()
        rows += [
            "\n",
            f"TX{c.digits(8)} | ",
            P(p.full),
            " | ",
            CARD(c.card()),
            " | ",
            IP(c.ip(c.chance(0.2))),
        ]
        rows += [f" | {c.money()} | {c.pick(['DECLINED', 'FLAGGED', 'REVIEW'])}"]
    t = "Pasting the rows from the {brand} fraud report:\n\ntxn_id | customer | card | ip | amount | status{rows}"
    return t, dict(brand=c.brand("Fabrikam Pay", "Northwind Bank"), rows=rows)


@template("csv export", IBAN_LOCALES)
def csv_iban(c: Ctx) -> tuple[str, dict]:
    header, intro = {
        "de_AT": (
            "Name;IBAN;Betrag;Datum;Verwendungszweck",
            "Rückerstattungen über {brand} fehlgeschlagen, bitte IBAN prüfen:",
        ),
        "de_CH": (
            "Name;IBAN;Betrag;Datum;Verwendungszweck",
            "Rückerstattungen über {brand} fehlgeschlagen, bitte IBAN prüfen:",
        ),
        "it_IT": (
            "Nome;IBAN;Importo;Data;Causale",
            "Rimborsi {brand} respinti dalla banca, potete controllare gli IBAN?",
        ),
        "nl_BE": (
            "Naam;IBAN;Bedrag;Datum;Mededeling",
            "Deze terugbetalingen via {brand} zijn mislukt, kan iemand de IBAN's nakijken?",
        ),
        "nb_NO": (
            "Navn;IBAN;Beløp;Dato;Melding",
            "Disse refusjonene fra {brand} feilet, kan noen sjekke kontonumrene?",
        ),
    }.get(
        c.loc.code,
        (
            "Name;IBAN;Amount;Date;Reference",
            "Refund batch for {brand} failed on these rows, can someone check the IBANs?",
        ),
    )
    rows: list = []
    for _ in range(c.r.randint(2, 3)):
        p = c.person()
        rows += [
            "\n",
            P(p.full),
            ";",
            IBAN(c.iban(compact=c.chance(0.6))),
            f";{c.money()};{c.date('num')};REF{c.digits(7)}",
        ]
    return intro + "\n\n" + header + "{rows}", dict(
        brand=c.brand("Fabrikam Pay", "Contoso", "Globex"), rows=rows
    )


@template("csv export", EN_ALL)
def csv_nopii(c: Ctx) -> tuple[str, dict]:
    t = (
        "Stock discrepancy export ({date}):\n\nsku,product,qty,store,status\n"
        "NW-1182,{b1} Travel Wallet,2,Store {s1},backorder\nGX-5531,{b2} Air Fryer XL,0,Store {s2},recalled\n"
        "CT-0097,{b3} Smart Plug (Twin Pack),14,Store {s1},ok\n\nStore {s2} is the {city} Central outlet."
    )
    return t, dict(
        date=c.date(), b1=Br("Northwind"), b2=Br("Globex"), b3=Br("Contoso"), s1=c.num(100, 499),
        s2=c.num(500, 899), city=c.city(),
    )  # fmt: skip


# 9. shift handover notes --------------------------------------------------------------------------


@template("shift handover", EN_ALL)
def handover_en(c: Ctx) -> tuple[str, dict]:
    c1, c2, lead, agent = c.person(), c.person(), c.person(), c.person()
    t = (
        "Handover – night → day ({date})\n• {c1} ({phone}) still waiting on the {brand} refund; promised a call "
        "before 10:00.\n• {c2}: parcel returned to sender, new address is {addr}. Re-ship approved by {lead}.\n"
        "• Kiosk at the {city} mall branch offline since 02:30, IT ticket raised.\nNo other open escalations. – {agent}"
    )
    return t, dict(
        date=c.date(),
        c1=c.pick([P(c1.full), c.tn(c1)]),
        phone=PHONE(c.phone()),
        brand=c.brand(),
        c2=P(c2.full),
        addr=ADDR(c.addr("any")),
        lead=P(c.pick([lead.given, lead.full])),
        city=c.city(),
        agent=P(c.pick([agent.given, agent.initial])),
    )


@template("shift handover", EN_ALL)
def handover_nopii(c: Ctx) -> tuple[str, dict]:
    t = (
        "Shift handover {date}: queue at {n}, SLA breached on P2 tickets since 03:00. {brand} outage incident "
        "INC-{inc} still open, status page updated at 05:40. Weekend rota unchanged; the {city} team covers "
        "{weekday}. Nothing else for the morning shift."
    )
    return t, dict(
        date=c.date(), n=c.num(40, 400), brand=c.brand(), inc=c.digits(5), city=c.city(), weekday=c.weekday()
    )


@template("shift handover", ["nb_NO"])
def handover_no(c: Ctx) -> tuple[str, dict]:
    cust, colleague = c.person(), c.person()
    t = (
        "Vaktskifte natt → dag, {date}\n- {cust} ringte tre ganger om {brand}-kortet. Nytt kort sendes til {addr}. "
        "Tlf: {phone}\n- {col} tar over saken fra kl. {time}.\n- Ingen andre åpne saker."
    )
    return t, dict(
        date=c.date("no"),
        cust=P(cust.full),
        brand=c.bank(),
        addr=ADDR(c.addr("any")),
        phone=PHONE(c.phone()),
        col=P(colleague.given),
        time=c.time(),
    )


@template("shift handover", EN_ALL)
def handover_ato(c: Ctx) -> tuple[str, dict]:
    p, agent = c.person(), c.person()
    t = (
        "Handover – possible account takeover\nCustomer {name} ({email}) reports password-reset emails {he} did not "
        "request. Logins from {ip} and {ip6} in the last 6 hours, neither matches the usual {city} location. "
        "{brand} account locked at {time} by {agent}. Day shift: please call the customer on {phone} to re-verify."
    )
    return t, dict(
        name=P(p.full),
        email=EMAIL(c.email(p)),
        he=he(p),
        ip=IP(c.ip()),
        ip6=IP(c.ip(True)),
        city=c.city(),
        brand=c.bank(),
        time=c.time(),
        agent=P(c.pick([agent.given, agent.full])),
        phone=PHONE(c.phone()),
    )


# 10. security / police incident logs --------------------------------------------------------------


@template("incident log", ["en_US"])
def incident_lost_wallet(c: Ctx) -> tuple[str, dict]:
    owner, officer = c.person(), c.person()
    lines, state = c.us_addr()
    ssn = ["Social Security card ", SSN(c.ssn()), ", "] if c.chance(0.75) else []
    t = (
        "Lost & found log #{n} – {time}\nItem: brown wallet, found at Gate B12 ({brand} counter)\n"
        "Contents: driver's license ({state}) {dl} in the name of {owner}, {ssn}two gift cards, ${cash} cash.\n"
        "License address: {addr}. Owner reached on {phone}, collected {weekday}. Logged by Officer {officer}."
    )
    return t, dict(
        n=c.num(1000, 9999),
        time=c.time(),
        brand=Br("Tailspin Air"),
        state=state,
        dl=DL(make_dl(c.r, state if state in US_STATES_DL else "NY")),
        owner=P(c.pick([owner.full.upper(), owner.full])),
        ssn=ssn,
        cash=c.num(5, 120),
        addr=ADDR(", ".join(lines)),
        phone=PHONE(c.phone()),
        weekday=c.weekday(),
        officer=P(officer.family),
    )


@template("incident log", EN_ALL)
def incident_store(c: Ctx) -> tuple[str, dict]:
    officer, subject, staff = c.person(), c.person("m"), c.person()
    t = (
        "Security incident report – {brand} store {store}, {addr}\nTime: {time}, {weekday}\n"
        "Reported by: security officer {officer}\nA male customer became aggressive at the returns desk. He gave "
        "his name as {subject} and said he lives in {city}. Staff member {staff} was not injured. Police reference "
        "{ref}."
    )
    return t, dict(
        brand=c.shop(),
        store=c.num(100, 999),
        addr=ADDR(c.addr()),
        time=c.time(),
        weekday=c.weekday(),
        officer=P(officer.full),
        subject=P(c.pick([subject.full, subject.full.upper()])),
        city=c.city(),
        staff=c.name_any(staff),
        ref=c.ref("PR/", 6) + "/" + c.pick(["24", "25"]),
    )


@template("incident log", EN_ALL)
def incident_cyber(c: Ctx) -> tuple[str, dict]:
    p, analyst = c.person(), c.person()
    email = c.email(p)
    t = (
        "SEC-LOG {date} {time}Z\nsrc={ip} user={email} action=login result=FAIL count=14\n"
        "src={ip2} user={email2} action=password_reset result=OK\nAnalyst note ({analyst}): second IP is a known "
        "proxy; customer notified, {brand} session tokens revoked."
    )
    return t, dict(
        date=c.date("num"),
        time=c.time(),
        ip=IP(c.ip()),
        ip2=IP(c.ip(c.chance(0.4))),
        email=EMAIL(email),
        email2=EMAIL(email),
        analyst=P(c.pick([analyst.initial, analyst.full, analyst.given])),
        brand=c.bank(),
    )


@template("incident log", ["ms_MY"])
def incident_my(c: Ctx) -> tuple[str, dict]:
    me, officer = c.person(), c.person()
    t = (
        "LAPORAN POLIS – Balai Polis {city}\nSaya {me}, beralamat di {addr}, ingin melaporkan bahawa pada {date} "
        "jam {time}, kad {brand} saya telah digunakan tanpa kebenaran di tiga kedai dalam talian. No. telefon: "
        "{phone}. Saya telah menghubungi pegawai bank, {officer}. Laporan ini dibuat dengan sebenarnya."
    )
    return t, dict(
        city=c.pick(["Petaling Jaya", "Dang Wangi", "Georgetown", "Kajang"]),
        me=P(me.full.upper() if c.chance(0.4) else me.full),
        addr=ADDR(c.addr()),
        date=c.date("num"),
        time=c.time(),
        brand=c.bank(),
        phone=PHONE(c.phone()),
        officer=[c.pick(["Encik " if officer.gender == "m" else "Puan "]), P(officer.formal)],
    )


# 11. callback requests ----------------------------------------------------------------------------


@template("callback request", EN_ALL)
def callback_form(c: Ctx) -> tuple[str, dict]:
    p, spouse = c.person(), c.person()
    msg = c.pick(
        [
            ["My card still hasn't arrived, it's been 3 weeks."],
            [
                "My ",
                c.pick(["husband", "wife", "partner"]),
                " ",
                P(spouse.full),
                " usually handles the account but is abroad.",
            ],
            ["Please call, don't email. The app keeps logging me out."],
        ]
    )
    t = (
        "CALLBACK REQUEST (web form)\nName: {name}\nPhone: {phone}\nBest time: {weekday} {slot}\n"
        "Product: {brand} Everyday Account\nMessage: {msg}"
    )
    return t, dict(
        name=P(c.pick([p.full, p.full, p.full.lower()])),
        phone=PHONE(c.phone()),
        weekday=c.weekday(),
        slot=c.pick(["morning", "after 5pm", "12-2", "any time"]),
        brand=c.bank(),
        msg=msg,
    )


@template("callback request", ["en_CA", "en_NZ", "en_ZA", "en_SG", "en_US", "fr_CA", "en_GH"])
def callback_ext(c: Ctx) -> tuple[str, dict]:
    p, colleague = c.person(), c.person()
    t = (
        "Hi, this is {name} from {company} accounts payable. Could someone from {brand} call me back on {phone}? "
        "It's about invoice {inv}, paid twice. If I'm not at my desk, my colleague {col} can help."
    )
    return t, dict(
        name=P(c.pick([p.full, p.given])),
        company=c.pick(COMPANIES),
        brand=c.brand("Fabrikam Pay", "Globex", "Contoso"),
        phone=PHONE(c.phone(False, ext=c.chance(0.8))),
        inv=c.ref("INV-", 6),
        col=P(c.pick([colleague.full, colleague.given])),
    )


@template("callback request", ["ar_EG", "ar_SA", "ar_MA", "en_PK", "bn_BD", "am_ET"])
def callback_kindly(c: Ctx) -> tuple[str, dict]:
    p = c.person()
    t = (
        "Dear {brand} team, kindly call me back at your earliest. I am {tn} ({full}), my number is {phone}, "
        "WhatsApp also available on same. I visited the {city} branch twice with no result.\nRegards"
    )
    return t, dict(brand=c.bank(), tn=c.tn(p), full=P(p.full), phone=PHONE(c.phone()), city=c.city())


@template("callback request", ES_ALL)
def callback_es(c: Ctx) -> tuple[str, dict]:
    p, agent = c.person(), c.person("f")
    t = (
        "Buenas tardes, por favor que me devuelvan la llamada al {phone}. Soy {name}, titular de la cuenta {brand}. "
        "Ya hablé con la asesora {agent} y quedó de llamarme el {dia} y nada. Gracias."
    )
    return t, dict(
        phone=PHONE(c.phone()),
        name=P(p.full),
        brand=c.bank(),
        agent=P(c.pick([agent.given, agent.full])),
        dia=c.pick(["lunes", "martes", "miércoles", "jueves", "viernes"]),
    )


# 12. wedding and event booking mishaps ------------------------------------------------------------


@template("event booking", EN_ALL)
def wedding_en(c: Ctx) -> tuple[str, dict]:
    bride, groom, coord = c.person("f"), c.person("m"), c.person("f")
    t = (
        "We booked the Rosewood Pavilion through {brand} Events for {bride} and {groom}'s wedding on {date}. On the "
        "day the florist went to {wrong} instead of the venue. My daughter was in tears, and the coordinator, "
        "{coord}, stopped answering her phone ({phone}). We want a full refund of the {amt} deposit."
    )
    return t, dict(
        brand=c.shop(),
        bride=P(bride.given),
        groom=P(c.pick([groom.given, groom.full])),
        date=c.date(),
        wrong=ADDR(c.addr(c.pick(["street", "full"]))),
        coord=P(c.pick([coord.full, coord.given])),
        phone=PHONE(c.phone()),
        amt=c.money(),
    )


@template("event booking", ["it_IT"])
def wedding_it(c: Ctx) -> tuple[str, dict]:
    bride, groom, planner, me = c.person("f"), c.person("m"), c.person(), c.person()
    t = (
        "Buongiorno, abbiamo prenotato tramite {brand} il ricevimento per il matrimonio di {bride} e {groom} "
        "all'agriturismo in {addr}, ma ci è arrivata la conferma per un'altra data. La wedding planner, {planner}, "
        "non risponde al {phone}. Potete ricontattarmi a {email}? Grazie, {me}"
    )
    return t, dict(
        brand=c.shop(),
        bride=P(bride.given),
        groom=P(groom.given),
        addr=ADDR(c.addr(c.pick(["rural", "rural", "full"]))),
        planner=c.pick([c.tn(planner, "it"), P(planner.full)]),
        phone=PHONE(c.phone()),
        email=EMAIL(c.email(me)),
        me=P(c.pick([me.full, me.given])),
    )


@template("event booking", EN_ALL)
def event_venue_reply(c: Ctx) -> tuple[str, dict]:
    cust, g1, g2, coord = c.person(), c.person(), c.person(), c.person()
    t = (
        "Hi {cust},\n\nThanks for your email. I'm so sorry about the mix-up with the seating plan – the list we got "
        "from {brand} had {g1} and {g2} at the same table, which we've now fixed. The final invoice will go to "
        "{email}. If anything else comes up, my mobile is {phone}.\n\nWarm regards,\n{coord}\n"
        "Events Coordinator, The Harbour Room"
    )
    return t, dict(
        cust=P(cust.given),
        brand=c.shop(),
        g1=P(g1.full),
        g2=P(c.pick([g2.full, g2.given])),
        email=EMAIL(c.email(cust)),
        phone=PHONE(c.phone()),
        coord=P(coord.full),
    )


@template("event booking", EN_ALL)
def event_nopii(c: Ctx) -> tuple[str, dict]:
    t = (
        "Corporate dinner for 80 guests at the Grand Ballroom on {weekday} {date}: {brand} booked the wrong menu "
        "(Vegetarian Tasting instead of the Chef's Selection) and the AV team had no projector for the CEO's "
        "keynote. Please send the revised quote before the end of {month}. Venue Manager and Finance in copy."
    )
    return t, dict(weekday=c.weekday(), date=c.date(), brand=c.shop(), month=c.pick(EN_MONTHS))


# 13. landlord / tenant complaints -----------------------------------------------------------------


@template("landlord tenant", EN_ALL)
def tenant_en(c: Ctx) -> tuple[str, dict]:
    landlord, tenant = c.person(), c.person()
    t = (
        "Dear {ll},\n\nThe boiler at {addr} has been broken since {weekday} and we have no hot water. I have texted "
        "you on {phone} three times. The {brand} home-cover engineer says it needs a new part and that you must "
        "authorise it. Please reply today.\n\n{tenant}"
    )
    return t, dict(
        ll=c.pick([c.tn(landlord), P(landlord.given)]),
        addr=ADDR(c.addr()),
        weekday=c.weekday(),
        phone=PHONE(c.phone()),
        brand=c.brand("Contoso", "Globex"),
        tenant=sig_name(c, tenant),
    )


@template("landlord tenant", ["nl_BE"])
def tenant_be(c: Ctx) -> tuple[str, dict]:
    landlord, tenant = c.person(), c.person()
    t = (
        "Beste {ll},\n\nDe verwarming in ons appartement in de {addr} werkt al twee weken niet. Ik heb de technieker "
        "van {brand} gebeld, maar hij zegt dat de eigenaar moet tekenen. Kan u mij bellen op {phone}?\n\n"
        "Met vriendelijke groeten,\n{tenant}"
    )
    return t, dict(
        ll=c.tn(landlord, "nl"),
        addr=ADDR(c.addr()),
        brand=c.brand("Contoso", "Globex"),
        phone=PHONE(c.phone()),
        tenant=P(tenant.full),
    )


@template("landlord tenant", ["en_SG", "ms_MY"])
def tenant_sg(c: Ctx) -> tuple[str, dict]:
    owner, me = c.person(), c.person()
    t = (
        "Feedback to town council: the unit above mine ({addr}) has been leaking into my bathroom for 3 weeks. "
        "The owner, {owner}, refuses to let the {brand} plumber in. I'm the owner of the unit below; please "
        "contact me at {phone}. Thank you. – {me}"
    )
    return t, dict(
        addr=ADDR(c.addr()),
        owner=c.pick([c.tn(owner), P(owner.full)]),
        brand=c.shop(),
        phone=PHONE(c.phone()),
        me=P(me.full),
    )


@template("landlord tenant", IBAN_LOCALES)
def landlord_notice(c: Ctx) -> tuple[str, dict]:
    landlord, tenant = c.person(), c.person()
    t = (
        "Notice to tenant – {addr}\nDear {tenant},\nFrom {month} the rent of {amt} must be paid to my new account, "
        "{iban} (account holder: {ll}), and no longer through {brand}. The old standing order will be cancelled. "
        "Questions: {email}\n{ll2}"
    )
    return t, dict(
        addr=ADDR(c.addr()),
        tenant=c.pick([P(tenant.full), c.tn(tenant)]),
        month=c.pick(EN_MONTHS),
        amt=c.money(),
        iban=IBAN(c.iban()),
        ll=P(landlord.full),
        brand=Br("Fabrikam Pay"),
        email=EMAIL(c.email(landlord)),
        ll2=P(c.pick([landlord.initial, landlord.given])),
    )


# 14. pharmacy and clinic mix-ups ------------------------------------------------------------------


@template("pharmacy mix-up", EN_ALL)
def pharmacy_wrong_name(c: Ctx) -> tuple[str, dict]:
    wrong, mother, pharm = c.person(), c.person("f"), c.person()
    t = (
        "I collected my mother's prescription at the {brand} pharmacy in {city} today and the label says {wrong} "
        "instead of {mother}. The address on the bag is {addr}, which isn't ours either. The pharmacist, {pharm}, "
        "said it was a 'system glitch'. Who else has my mum's details?"
    )
    return t, dict(
        brand=c.brand("Globex", "Contoso"),
        city=c.city(),
        wrong=P(c.pick([wrong.full, wrong.full.upper()])),
        mother=P(mother.full),
        addr=ADDR(c.addr()),
        pharm=c.pick([P(pharm.full), c.tn(pharm), P(pharm.given)]),
    )


@template("pharmacy mix-up", EN_ALL)
def clinic_reminder(c: Ctx) -> tuple[str, dict]:
    other, doc, me = c.person(), c.person(), c.person()
    t = (
        "Your clinic sent me an appointment reminder meant for someone else: 'Hi {other}, reminder of your "
        "appointment with Dr {doc} on {weekday} at {time}. Reply C to confirm.' I'm {me}, this is my number "
        "({phone}) and I've never been a patient there. Booked through the {brand} health app."
    )
    return t, dict(
        other=P(other.given),
        doc=P(c.pick([doc.family, doc.full])),
        weekday=c.weekday(),
        time=c.time(),
        me=P(me.full),
        phone=PHONE(c.phone()),
        brand=c.brand("Contoso", "Globex"),
    )


@template("pharmacy mix-up", ["ja_JP"])
def pharmacy_ja(c: Ctx) -> tuple[str, dict]:
    wrong, pharm, me = c.person(native=True), c.person(native=True), c.person(native=True)
    t = (
        "{brand}薬局 {branch}店 ご担当者様\n\n本日受け取った母の薬の袋に、別の方のお名前（{wrong}様）と住所"
        "（{addr}）が書かれていました。薬剤師の{pharm}さんに確認したところ、入力ミスとのことでした。至急ご連絡ください。\n"
        "{me}\n電話：{phone}"
    )
    return t, dict(
        brand=c.brand("Globex", "Contoso"),
        branch=c.pick(["渋谷", "梅田", "天神", "三軒茶屋"]),
        wrong=P(wrong.full),
        addr=ADDR(c.addr("native")),
        pharm=P(pharm.formal),
        me=P(me.full),
        phone=PHONE(c.phone(style="nat")),
    )


@template("pharmacy mix-up", ["uk_UA"])
def pharmacy_ua(c: Ctx) -> tuple[str, dict]:
    wrong, me, pharm = c.person(native=True), c.person(native=True), c.person("f", native=True)
    t = (
        "Добрий день! Мені в аптеці {brand} видали ліки на ім'я {wrong}, а не на моє ({me}). На пакеті ще й чужа "
        "адреса: {addr}. Фармацевтка {pharm} сказала, що це помилка системи. Мій телефон: {phone}."
    )
    return t, dict(
        brand=c.brand("Globex", "Contoso"),
        wrong=P(wrong.full),
        me=P(me.full),
        addr=ADDR(c.addr("native")),
        pharm=P(c.pick([pharm.given, pharm.full])),
        phone=PHONE(c.phone()),
    )


# 15. travel rebooking -----------------------------------------------------------------------------


def gds_name(p: Person) -> str:
    return f"{fold(p.lf).upper()}/{fold(p.lg).upper()}"


@template("travel rebooking", EN_ALL)
def rebook_gds(c: Ctx) -> tuple[str, dict]:
    p1, p2, agent = c.person(), c.person(), c.person()
    t1 = "MR" if p1.gender == "m" else c.pick(["MRS", "MS"])
    t2 = "MR" if p2.gender == "m" else c.pick(["MRS", "MS"])
    t = (
        "REBOOK REQ {pnr}\nPAX 1: {n1} {t1}\nPAX 2: {n2} {t2}\n{brand} {flight} {city} cancelled. Rebooked on "
        "{flight2} {date}, seats 14C/14D.\nCTC {phone} / {email}\nAgent: {agent}"
    )
    return t, dict(
        pnr=c.pnr(),
        n1=P(gds_name(p1)),
        t1=t1,
        n2=P(gds_name(p2)),
        t2=t2,
        brand=Br("Tailspin Air"),
        flight=c.flight(),
        city=c.pick(["DOH-JNB", "FRA-YYZ", "IST-BKK", "DXB-KHI", "AMS-ICN"]),
        flight2=c.flight(),
        date=c.date().upper(),
        phone=PHONE(c.phone(style=c.pick(["e164", "intl"]))),
        email=EMAIL(c.email(p1)),
        agent=P(c.pick([agent.given, agent.initial])),
    )


@template("travel rebooking", EN_ALL)
def rebook_nopii(c: Ctx) -> tuple[str, dict]:
    a, b = c.r.sample(
        ["Lisbon", "Montréal", "Nairobi", "Auckland", "Seoul", "Bogotá", "Oslo", "Cairo", "Osaka"], 2
    )
    t = (
        "{brand} {flight} {a}–{b} on {date} was cancelled. You have been rebooked on {flight2} via Doha, departing "
        "06:40 on {weekday}, seat 23A. Your checked baggage will be transferred automatically. Manage your booking "
        "in the {brand} app or at any Service Desk."
    )
    return t, dict(
        brand=Br("Tailspin Air"),
        flight=c.flight(),
        a=a,
        b=b,
        date=c.date(),
        flight2=c.flight(),
        weekday=c.weekday(),
    )


@template("travel rebooking", ES_ALL)
def rebook_es(c: Ctx) -> tuple[str, dict]:
    p, child = c.person(), c.person()
    t = (
        "Hola {brand}, mi vuelo {flight} de {city} a Miami se canceló y me reprogramaron para el {date} a las 05:50, "
        "no me sirve. Viajo con mi hijo {child}, de 6 años. Reserva {pnr} a nombre de {name}. Mi celular es {phone}. "
        "¿Me pueden pasar al vuelo de la tarde?"
    )
    return t, dict(
        brand=Br("Tailspin Air"),
        flight=c.flight(),
        city=c.city(),
        date=c.date("es"),
        child=P(child.given),
        pnr=c.pnr(),
        name=P(p.full),
        phone=PHONE(c.phone()),
    )


@template("travel rebooking", EN_ALL)
def rebook_chat(c: Ctx) -> tuple[str, dict]:
    p, agent = c.person(), c.person()
    t = (
        "Chat with {brand} – {date}\nYou: Hi, my flight {flight} tomorrow was moved to 6am and I can't make that "
        "with two kids.\n{agent}: I'm sorry to hear that! Can I have the booking reference and the lead "
        "passenger's name?\nYou: {pnr}, {name}. Best number is {phone} and email {email}\n{agent2}: Thanks {given}, "
        "I've moved you to the 14:20, seats 22A-C."
    )
    agent_name = c.pick([agent.given, agent.full])
    return t, dict(
        brand=Br("Tailspin Air"),
        date=c.date(),
        flight=c.flight(),
        agent=["Agent ", P(agent_name)],
        agent2=["Agent ", P(agent_name)],
        pnr=c.pnr(),
        name=P(p.full),
        phone=PHONE(c.phone()),
        email=EMAIL(c.email(p)),
        given=P(p.given),
    )


# 16. journalist enquiries -------------------------------------------------------------------------


@template("press enquiry", EN_ALL)
def press_en(c: Ctx) -> tuple[str, dict]:
    p = c.person()
    paper, domain = c.pick(PAPERS)
    t = (
        "Dear Press Office,\n\nI'm {name}, a reporter with {paper}. I'm working on a story about {brand} customers "
        "whose cards were cloned at ATMs in {city}. Could someone comment before {weekday} 5pm? You can reach me on "
        "{phone} or at {email}.\n\nBest,\n{given}"
    )
    return t, dict(
        name=P(p.full),
        paper=paper,
        brand=c.bank(),
        city=c.city(),
        weekday=c.weekday(),
        phone=PHONE(c.phone()),
        email=EMAIL(c.email(p, domain)),
        given=P(p.given),
    )


@template("press enquiry", EN_ALL)
def press_nopii(c: Ctx) -> tuple[str, dict]:
    brand = c.brand()
    domain = fold(brand.value) + c.pick([".com", ".com", ".net"])
    t = (
        "To: press@{domain}\nSubject: Request for comment – {brand} outage\n\nHello, the Metro Desk at {paper} is "
        "publishing a piece on {weekday} about the outage that hit {brand} customers in {month}. We'd welcome a "
        "statement from your Head of Communications. Deadline: 4pm {weekday2}.\n\nMetro Desk"
    )
    return t, dict(
        domain=domain, brand=brand, paper=c.pick(PAPERS)[0], weekday=c.weekday(), month=c.pick(EN_MONTHS),
        weekday2=c.weekday(),
    )  # fmt: skip


@template("press enquiry", ["it_IT"])
def press_it(c: Ctx) -> tuple[str, dict]:
    p, reader = c.person(), c.person("f")
    paper = c.pick(["Corriere del Lago", "la Gazzetta di Pianura", "il Quotidiano dello Stretto"])
    t = (
        "Gentile ufficio stampa,\nsono {name}, giornalista del {paper}. Sto preparando un articolo sui rimborsi "
        "negati da {brand} ai clienti di {city}. Una lettrice, {reader}, mi ha raccontato di aver atteso sei mesi. "
        "Potete rilasciare un commento entro giovedì? Il mio cellulare è {phone}, email {email}.\nCordiali saluti"
    )
    return t, dict(
        name=P(p.full),
        paper=paper,
        brand=c.brand(),
        city=c.city(),
        reader=c.pick([c.tn(reader, "it"), P(reader.full)]),
        phone=PHONE(c.phone()),
        email=EMAIL(c.email(p)),
    )


@template("press enquiry", EN_ALL)
def press_customer(c: Ctx) -> tuple[str, dict]:
    j, cust = c.person(), c.person()
    paper, _ = c.pick(PAPERS)
    t = (
        "Hi, {j} from {paper} again. We've spoken to one of your customers, {cust}, whose house at {addr} was "
        "flooded after a {brand} contractor cut a water pipe. {He} says nobody has called back in three weeks. Do "
        "you dispute that? Deadline tonight. Mobile: {phone}"
    )
    return t, dict(
        j=P(c.pick([j.given, j.full])),
        paper=paper,
        cust=P(cust.full),
        addr=ADDR(c.addr()),
        brand=c.brand("Contoso", "Globex", "Northwind"),
        He=he(cust).capitalize(),
        phone=PHONE(c.phone()),
    )


# 17. whistleblower reports ------------------------------------------------------------------------


@template("whistleblower", EN_ALL)
def whistle_cards(c: Ctx) -> tuple[str, dict]:
    leader, cust = c.person(), c.person()
    t = (
        "Anonymous report via ethics line\nMy team leader at the {brand} {city} contact centre, {leader}, tells "
        "agents to copy full card numbers into a shared spreadsheet 'to speed up refunds'. Example from yesterday: "
        "{card}, belonging to a customer called {cust}. I have screenshots. I don't want my name used."
    )
    return t, dict(
        brand=c.bank(),
        city=c.city(),
        leader=P(leader.full),
        card=CARD(c.card()),
        cust=P(c.pick([cust.full, cust.full.upper(), cust.initial])),
    )


@template("whistleblower", IBAN_LOCALES)
def whistle_iban(c: Ctx) -> tuple[str, dict]:
    p1, p2 = c.person(), c.person("m")
    t = (
        "Whistleblower report – Finance\nI believe {p1} in Accounts Payable approved {n} payments to a supplier "
        "called Brightline Services whose bank account ({iban}) is the same account {p2} uses for salary. {p2g} is "
        "{p1g}'s brother-in-law. The payments were booked as {brand} marketing costs."
    )
    return t, dict(
        p1=P(p1.full),
        n=c.num(3, 19),
        iban=IBAN(c.iban()),
        p2=P(p2.full),
        p2g=P(p2.given),
        p1g=P(p1.given),
        brand=c.brand(),
    )


@template("whistleblower", ["de_AT"])
def whistle_de(c: Ctx) -> tuple[str, dict]:
    leader, cust = c.person(), c.person()
    t = (
        "Hinweisgebermeldung\nIch möchte melden, dass {leader} (Teamleitung Filiale {city}) Kundendaten von {brand} "
        "an ein Inkassobüro weitergibt. Betroffen ist z. B. {cust}, {addr}, Tel. {phone}. Ich arbeite selbst in "
        "der Filiale und bitte um Vertraulichkeit."
    )
    return t, dict(
        leader=c.pick([c.tn(leader, "de"), P(leader.full)]),
        city=c.city(),
        brand=c.bank(),
        cust=P(cust.full),
        addr=ADDR(c.addr()),
        phone=PHONE(c.phone()),
    )


@template("whistleblower", ["en_US"])
def whistle_ssn(c: Ctx) -> tuple[str, dict]:
    p, owner = c.person(), c.person()
    state, dl = c.dl()
    t = (
        "Ethics hotline report: HR at our {brand} warehouse keeps employees' SSNs and driver's license numbers in an "
        "unlocked spreadsheet on the shared drive. I saw mine and others, e.g. {p} – SSN {ssn}, DL {dl} ({state}). "
        "The file is owned by {owner}. Please fix this before it leaks."
    )
    return t, dict(
        brand=c.shop(),
        p=P(c.pick([p.full, p.full.upper(), f"{p.lf}, {p.lg}"])),
        ssn=SSN(c.ssn()),
        dl=DL(dl),
        state=state,
        owner=P(c.pick([owner.full, owner.initial])),
    )


# 18. social-media DMs -----------------------------------------------------------------------------


@template("social DM", EN_ALL)
def dm_to_brand(c: Ctx) -> tuple[str, dict]:
    p = c.person()
    casual = c.chance(0.4)
    t = (
        "DM to {handle}: hi, my name is {name} and my card got swallowed by the ATM at the {city} mall. The account "
        "is under my email {email}. Can someone call me on {phone}? I'm travelling on {weekday}."
    )
    return t, dict(
        handle=Br("@NorthwindBank"),
        name=P(p.full.lower() if casual else p.full),
        city=c.city(),
        email=EMAIL(c.email(p)),
        phone=PHONE(c.phone()),
        weekday=c.weekday(),
    )


@template("social DM", EN_ALL)
def dm_brand_reply(c: Ctx) -> tuple[str, dict]:
    p, agent = c.person(), c.person()
    t = (
        "{brand}: @{user} Hi {given}, sorry to hear about the double charge! Please don't post your card number "
        "here. Could you DM us your full name and order number? We'll look into it. – {agent}\n"
        "@{user2}: done, sent it to you. it's been 2 weeks though"
    )
    handle = c.handle(p)
    return t, dict(
        brand=Br("@ContosoHelp"),
        user=P(handle),
        given=P(p.given),
        agent=P(agent.given),
        user2=P(handle),
    )


@template("social DM", EN_ALL)
def dm_nopii(c: Ctx) -> tuple[str, dict]:
    t = (
        "DM from a customer: 'Does the {brand} Premium card work in Japan and Korea? Going to Tokyo in {month} "
        "and then Busan.'\nReply from {handle}: 'Yes! Just switch on Travel Mode in the app before you fly. Have "
        "a great trip ✈️'"
    )
    return t, dict(brand=Br("Northwind Bank"), month=c.pick(EN_MONTHS), handle=Br("@NorthwindBank"))


@template("social DM", ["ko_KR"])
def dm_ko(c: Ctx) -> tuple[str, dict]:
    p = c.person(native=True)
    t = (
        "안녕하세요 {brand} 고객센터죠? 저는 {name}입니다. 카드를 잃어버려서 재발급 신청했는데 주소가 예전 주소로 "
        "나와 있어요. 새 주소는 {addr}입니다. {phone}로 연락 주세요."
    )
    return t, dict(
        brand=c.bank(), name=P(p.full), addr=ADDR(c.addr("native")), phone=PHONE(c.phone(style="nat"))
    )


# 19. business replies to reviews ------------------------------------------------------------------


@template("review reply", EN_ALL)
def reply_hotel(c: Ctx) -> tuple[str, dict]:
    cust, mgr = c.person(), c.person()
    t = (
        "Response from the owner\nDear {cust}, thank you for staying with us and for taking the time to write. We're "
        "sorry the room wasn't ready when you arrived and that our night manager, {mgr}, couldn't offer an upgrade. "
        "We've refunded the {brand} booking fee to your card. We hope to welcome you back to Casa Azul soon."
    )
    return t, dict(
        cust=c.pick([P(cust.given), P(cust.full), c.tn(cust)]),
        mgr=P(c.pick([mgr.given, mgr.full])),
        brand=c.brand("Tailspin Air", "Contoso"),
    )


@template("review reply", EN_ALL)
def reply_manager(c: Ctx) -> tuple[str, dict]:
    cust, mgr = c.person(), c.person("f")
    t = (
        "Hi {cust}, thanks for the 2-star review. We're sorry your {brand} order arrived cold. Our store manager "
        "{mgr} would like to make it right – please call her on {phone} or email {email}. – The team at Spice "
        "Route, {city}"
    )
    return t, dict(
        cust=P(cust.given),
        brand=c.shop(),
        mgr=P(mgr.full),
        phone=PHONE(c.phone()),
        email=EMAIL(c.email(mgr)),
        city=c.city(),
    )


@template("review reply", ["es_MX", "es_CO"])
def reply_es(c: Ctx) -> tuple[str, dict]:
    cust, mgr = c.person(), c.person("m")
    t = (
        "Respuesta del propietario: {estim} {cust}, lamentamos mucho lo ocurrido con su pedido de {brand}. Nuestro "
        "gerente, {mgr}, ya se comunicó con la paquetería. Si lo desea, puede escribirle directamente a {email}. "
        "¡Gracias por su paciencia!"
    )
    return t, dict(
        estim="Estimada" if cust.gender == "f" else "Estimado",
        cust=c.pick([c.tn(cust, "es"), P(cust.given)]),
        brand=c.shop(),
        mgr=P(mgr.full),
        email=EMAIL(c.email(mgr)),
    )


@template("review reply", ["nb_NO"])
def reply_no(c: Ctx) -> tuple[str, dict]:
    cust, agent, owner = c.person(), c.person(), c.person()
    t = (
        "Svar fra eier: Hei {cust}! Takk for tilbakemeldingen. Vi beklager at bestillingen via {brand} ble levert "
        "til {wrong} og ikke til deg. {agent} i kundeservice ringer deg på {phone} i morgen.\nHilsen {owner}, "
        "Bakeriet på hjørnet"
    )
    return t, dict(
        cust=P(cust.given),
        brand=c.shop(),
        wrong=ADDR(c.addr()),
        agent=P(agent.given),
        phone=PHONE(c.phone()),
        owner=P(owner.given),
    )


# 20. speech-to-text transcripts -------------------------------------------------------------------


@template("speech-to-text", EN_ALL)
def stt_stolen(c: Ctx) -> tuple[str, dict]:
    p = c.person()
    c.case = "lower"
    t = (
        "yes hi my name is {name} i'm calling because my {brand} card was stolen yesterday at the market um my "
        "address is {addr} and you can call me back on {phone} thank you"
    )
    return t, dict(
        name=P(p.full),
        brand=c.bank(),
        addr=ADDR(re.sub(r"[,()]", "", c.addr("full", " "))),
        phone=PHONE(c.phone(style="spoken")),
    )


@template("speech-to-text", EN_ALL)
def stt_dispute(c: Ctx) -> tuple[str, dict]:
    p, agent = c.person(), c.person()
    c.case = "lower"
    digits = re.sub(r"\D", "", c.card())
    card = " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))
    t = (
        "agent thank you for calling {brand} my name is {agent} how can i help customer hi yes it's {name} i want to "
        "dispute a payment agent okay can i have the card number please customer it's {card} agent thank you "
        "{formal} and what was the payment customer something from {brand2} i never ordered"
    )
    return t, dict(
        brand=c.bank(),
        agent=P(agent.given),
        name=P(p.full),
        card=CARD(card),
        formal=[c.title(p) + " ", P(p.formal)],
        brand2=c.brand("Globex", "Contoso", "Tailspin Air"),
    )


@template("speech-to-text", EN_ALL)
def stt_nopii(c: Ctx) -> tuple[str, dict]:
    c.case = "lower"
    t = (
        "thank you for calling {brand} your call may be recorded for training and quality purposes for cards press "
        "one for home loans press two customer hi um i'm just calling about the new savings account is it still "
        "four percent until {month} agent yes the Bonus Saver is four percent until the end of {month} in all "
        "{city} branches"
    )
    return t, dict(brand=c.bank(), month=c.pick(EN_MONTHS), city=c.city())


@template("speech-to-text", ["fr_CA"])
def stt_fr_ca(c: Ctx) -> tuple[str, dict]:
    p = c.person()
    c.case = "lower"
    t = (
        "oui bonjour c'est {name} j'appelle pour mon compte {brand} euh j'ai déménagé au {addr} pis j'ai jamais reçu "
        "ma nouvelle carte vous pouvez me rappeler au {phone} merci bonne journée"
    )
    return t, dict(
        name=P(p.full),
        brand=c.bank(),
        addr=ADDR(re.sub(r"[,()]", "", c.addr("full", " "))),
        phone=PHONE(c.phone(style="spoken")),
    )


# 21. emoji and hashtag posts ----------------------------------------------------------------------


@template("emoji post", EN_ALL)
def emoji_shoutout(c: Ctx) -> tuple[str, dict]:
    staff = c.person()
    t = "Huge shoutout to {staff} at {brand} {city} 🙌🙌 sorted my card in 5 mins and even found my old {brand2} points!! #customerservice #goodvibes"
    return t, dict(
        staff=P(c.pick([staff.given, staff.given.lower(), staff.full])),
        brand=c.bank(),
        city=c.city(),
        brand2=Br("Tailspin Air"),
    )


@template("emoji post", EN_ALL)
def emoji_rant(c: Ctx) -> tuple[str, dict]:
    friend = c.person()
    c.case = c.pick([None, None, "upper"])
    t = (
        "{handle} 3 weeks and still no refund 😡😡😡 order {order}. my friend @{friend} had the exact same thing last "
        "month. sort it out!! #fail #refund"
    )
    return t, dict(handle=Br("@ContosoHelp"), order=c.ref("#", 8), friend=P(c.handle(friend)))


@template("emoji post", EN_ALL)
def emoji_nopii(c: Ctx) -> tuple[str, dict]:
    city = c.city()
    t = (
        "Sunday brunch at the new {brand} café in {city} 🥞☕️ the Matcha Latte is unreal and the staff were lovely. "
        "Booking again for {month}! #weekendvibes #foodie #{tag}"
    )
    return t, dict(brand=c.shop(), city=city, month=c.pick(EN_MONTHS), tag=fold(city) + "eats")


@template("emoji post", ES_ALL)
def emoji_es(c: Ctx) -> tuple[str, dict]:
    staff, friend = c.person(), c.person()
    t = (
        "Gracias {staff} de {brand} por la paciencia 🙏🙏 me resolvió lo del cobro doble en 10 min!! @{friend} "
        "así sí 👏 #atenciónalcliente #{tag}"
    )
    return t, dict(
        staff=P(c.pick([staff.given, staff.full])),
        brand=c.bank(),
        friend=P(c.handle(friend)),
        tag=fold(c.city()),
    )


# 22. mixed-language messages ----------------------------------------------------------------------


@template("mixed language", ["ar_EG", "ar_SA"])
def arabizi(c: Ctx) -> tuple[str, dict]:
    agent = c.person("m")
    t = (
        "ya gama3a {brand} ba3atooli el card 3ala {addr} bas ana mesh sakna hnak men sana 😤 el moazaf {agent} 2aly "
        "lazem arou7 el far3 bnafsy. 7ad 3ando 7al? ana raqamy {phone} law 7ad 3ayez ysa3edny"
    )
    return t, dict(
        brand=c.bank(),
        addr=ADDR(c.addr()),
        agent=P(c.pick([agent.given, agent.full])),
        phone=PHONE(c.phone(style=c.pick(["nat", "compact"]))),
    )


@template("mixed language", ["ms_MY", "en_SG"])
def manglish(c: Ctx) -> tuple[str, dict]:
    agent = c.person("f")
    t = (
        "Eh bro, {brand} customer service slow gila lah. I call three times already, the girl named {agent} keep "
        "say 'system down'. I leave my number {phone} for callback also nobody call. Parcel supposed to send to "
        "{addr} but tracking show KL hub since {weekday}. Sien sia 😩"
    )
    return t, dict(
        brand=c.shop(),
        agent=P(agent.given),
        phone=PHONE(c.phone()),
        addr=ADDR(c.addr()),
        weekday=c.weekday(),
    )


@template("mixed language", ["ja_JP"])
def ja_mixed(c: Ctx) -> tuple[str, dict]:
    staff, me = c.person(native=True), c.person(native=True)
    t = (
        "{brand}のサポートに連絡しました。担当の{staff}さんはとても親切でしたが、カードの送付先が旧住所（{old}）のままでした。"
        "新しい住所は{addr}です。\n{me}（{phone}）"
    )
    return t, dict(
        brand=c.bank(),
        staff=P(staff.formal),
        old=ADDR(c.addr("native")),
        addr=ADDR(c.addr("native")),
        me=P(me.full),
        phone=PHONE(c.phone(style="nat")),
    )


@template("mixed language", ["fr_CA"])
def franglais(c: Ctx) -> tuple[str, dict]:
    chum = c.person("m")
    t = (
        "Allô, j'ai call le support de {brand} trois fois cette semaine pis personne me rappelle. Mon chum {chum} a "
        "essayé aussi. Mon numéro c'est {phone}, pis l'adresse de livraison c'est {addr}. Vraiment pas customer "
        "friendly 🙄"
    )
    return t, dict(brand=c.shop(), chum=P(chum.given), phone=PHONE(c.phone()), addr=ADDR(c.addr()))


# 23. KYC / identity checks ------------------------------------------------------------------------


@template("kyc check", ["en_US"])
def kyc_us(c: Ctx) -> tuple[str, dict]:
    p, analyst = c.person(), c.person()
    lines, state = c.us_addr()
    t = (
        "KYC / ID check – {ref}\nApplicant: {name}\nID: {state} driver's license {dl}, exp. {mm}/{yy}\n"
        "SSN: {ssn} (matched bureau)\nResidential address: {addr}\nResult: PASS. Checked by {analyst} for {brand}."
    )
    return t, dict(
        ref=c.ref("KYC-", 7),
        name=P(c.pick([p.full, p.full.upper(), f"{p.lf.upper()}, {p.lg}"])),
        state=state,
        dl=DL(make_dl(c.r, state)),
        mm=f"{c.r.randint(1, 12):02d}",
        yy=c.pick(["27", "28", "29", "30"]),
        ssn=SSN(c.ssn()),
        addr=ADDR(c.pick([", ".join(lines), "\n".join(lines)])),
        analyst=P(c.pick([analyst.initial, analyst.given])),
        brand=c.bank(),
    )


@template("kyc check", IBAN_LOCALES)
def kyc_iban(c: Ctx) -> tuple[str, dict]:
    p, reviewer = c.person(), c.person()
    t = (
        "KYC review – {brand} business account\nApplicant {name}, director of {company}. Proof of address (utility "
        "bill, {month}) shows {addr}. IBAN {iban} is in the applicant's own name. Phone verified via SMS to {phone}. "
        "Decision: approved, reviewer {reviewer}."
    )
    return t, dict(
        brand=c.bank(),
        name=P(p.full),
        company=c.pick(COMPANIES),
        month=c.pick(EN_MONTHS),
        addr=ADDR(c.addr("any")),
        iban=IBAN(c.iban()),
        phone=PHONE(c.phone()),
        reviewer=P(c.pick([reviewer.initial, reviewer.full])),
    )


@template("kyc check", EN_ALL)
def kyc_nopii(c: Ctx) -> tuple[str, dict]:
    t = (
        "KYC checklist update ({month}): from {weekday}, {brand} accepts the new national ID cards and residence "
        "permits as proof of identity. Utility bills older than 3 months will be rejected. Applies to the Personal, "
        "Business and Premier segments; Compliance owns the change."
    )
    return t, dict(month=c.pick(EN_MONTHS), weekday=c.weekday(), brand=c.bank())


@template("kyc check", EN_ALL)
def kyc_mismatch(c: Ctx) -> tuple[str, dict]:
    p, reviewer = c.person(), c.person()
    t = (
        "KYC exception: the address on {name}'s ID is {addr1}, but the proof-of-address letter shows {addr2}. "
        "Customer explained {he} moved in {month}. Requested a {brand} statement to the new address. Escalated to "
        "{reviewer}."
    )
    return t, dict(
        name=P(p.full),
        addr1=ADDR(c.addr()),
        addr2=ADDR(c.addr(c.pick(["full", "any"]))),
        he=he(p),
        month=c.pick(EN_MONTHS),
        brand=c.bank(),
        reviewer=P(c.pick([reviewer.full, reviewer.given])),
    )


# 24. car rental and roadside assistance -----------------------------------------------------------


@template("roadside and rental", RURAL_LOCALES)
def roadside_rural(c: Ctx) -> tuple[str, dict]:
    p, driver = c.person(), c.person()
    t = (
        "Roadside assistance call {ref}\nMember: {name}, {brand} Motor Plus\nLocation: broken down outside {addr}\n"
        "Vehicle: white Toyota Hilux, flat battery\nCallback: {phone}\nTow truck ETA 50 min, driver {driver}."
    )
    return t, dict(
        ref=c.ref("RSA-", 6),
        name=P(p.full),
        brand=c.brand("Contoso", "Globex"),
        addr=ADDR(c.addr("rural")),
        phone=PHONE(c.phone()),
        driver=P(c.pick([driver.given, driver.full])),
    )


@template("roadside and rental", ["en_US"])
def rental_us(c: Ctx) -> tuple[str, dict]:
    p1, p2 = c.person(), c.person()
    lines, state = c.us_addr()
    s2 = c.pick(US_STATES_DL)
    t = (
        "RENTAL AGREEMENT NOTE – {brand} Car Rental, {airport}\nPrimary driver: {n1}, DL {s1} {dl1}\n"
        "Additional driver: {n2}, DL {s2} {dl2}\nHome address: {addr}\nCard on file: {card}\n"
        "Vehicle returned with a cracked windscreen; damage report sent to {email}."
    )
    return t, dict(
        brand=Br("Northwind"),
        airport=c.pick(["ORD Terminal 5", "LAX", "IAH", "JFK Terminal 4", "ATL", "SEA"]),
        n1=P(p1.full),
        s1=state,
        dl1=DL(make_dl(c.r, state)),
        n2=P(p2.full),
        s2=s2,
        dl2=DL(make_dl(c.r, s2)),
        addr=ADDR(", ".join(lines)),
        card=CARD(c.card()),
        email=EMAIL(c.email(p1)),
    )


@template("roadside and rental", EN_ALL)
def rental_damage(c: Ctx) -> tuple[str, dict]:
    p, agent = c.person(), c.person()
    card = CARD(c.card()) if c.chance(0.5) else f"ending {c.digits(4)}"
    t = (
        "I rented a car through {brand} in {city} on {date} and now they've charged {amt} to my card {card} for a "
        "scratch that was already there. The counter agent, {agent}, marked it on the form! Please reply to "
        "{email}. – {name}"
    )
    return t, dict(
        brand=c.brand("Tailspin Air", "Northwind"),
        city=c.city(),
        date=c.date(),
        amt=c.money(),
        card=card,
        agent=P(c.pick([agent.given, agent.full])),
        email=EMAIL(c.email(p)),
        name=sig_name(c, p),
    )


@template("roadside and rental", ES_ALL)
def roadside_es(c: Ctx) -> tuple[str, dict]:
    p, driver = c.person(), c.person("m")
    t = (
        "Asistencia vial – reporte {ref}\nAsegurado: {name}\nUbicación: {addr}\nTeléfono de contacto: {phone}\n"
        "La grúa de {brand} llegó 3 horas tarde; el operador, {driver}, dijo que la dirección estaba mal."
    )
    return t, dict(
        ref=c.ref("AV-", 7),
        name=P(p.full),
        addr=ADDR(c.addr(c.pick(["rural", "full"]))),
        phone=PHONE(c.phone()),
        brand=c.brand("Contoso", "Globex"),
        driver=c.pick([["don ", P(driver.given)], P(driver.full), P(driver.given)]),
    )


# --- generation ------------------------------------------------------------------------------------


def generate(n: int = 1500, seed: int = 0) -> list[dict]:
    """`n` labelled texts, deterministic for `seed`, spread evenly over the templates."""
    r = random.Random(seed)
    rows: list[dict] = []
    order: list[int] = []
    while len(rows) < n:
        if not order:
            order = list(range(len(TEMPLATES)))
            r.shuffle(order)
        tid = order.pop()
        _, locales, fn = TEMPLATES[tid]
        ctx = Ctx(r, LOCALES[r.choice(locales)])
        tpl, values = fn(ctx)
        text, spans, brands = render(tpl, values, ctx.case)
        rows.append(
            {"text": text, "spans": spans, "template_id": tid, "locale": ctx.loc.code, "brands": brands}
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    try:
        for row in generate(args.n, args.seed):
            print(json.dumps(row, ensure_ascii=False))
    except BrokenPipeError:  # the reader stopped early (| head)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


if __name__ == "__main__":
    main()
