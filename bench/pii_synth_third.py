"""Third blind synthetic PII set: labelled texts for testing and training the PII redactor.

What it makes
    Texts of the kind a crisis-monitoring platform ingests, in 28 genres with five templates each
    (four that carry PII and one hard negative with none): disaster and missing-person posts,
    volunteer rotas pasted as tables, outage reports to utilities, school and university mail,
    club newsletters, CVs and job applications, property viewings, bug reports with stack traces and
    JSON, application logs (JSON, key=value, syslog, access logs), e-mail headers and quoted replies,
    calendar invites, court and probate notices, product-recall forms, survey answers, LinkedIn-style
    and Slack posts, news quotes, donation receipts and mandates, parcel-locker messages, clinic and
    gym reminders, neighbourhood-watch posts, hotel complaints, lost and found, bank-branch notes,
    telecom port-out requests, airline baggage reports and tenants' association minutes.

Locales
    30 locales with their own given names, surnames, streets, cities, postcode and address shapes,
    honorifics and phone regions: Portugal, Greece, Czechia, Romania, Denmark, Ireland, Scotland,
    Australia, Peru, Venezuela, Tanzania, Uganda, Senegal, Algeria, Tunisia, Lebanon, Jordan, Nepal,
    Myanmar, Cambodia, Mongolia, Kazakhstan, Georgia, Armenia, Taiwan, Hong Kong, Jamaica,
    Trinidad and Tobago, Haiti and US residents of many origins (the only source of SSNs and driver's
    licences). Greek, Cyrillic, Georgian, Armenian, Chinese and Arabic names and addresses appear in
    their own script. About a quarter of the texts are written in the locale's language or mix a
    local greeting or sign-off into English; some are all lower case, some ALL CAPS, some have typos.

Labels and conventions
    CREDIT_CARD (Luhn-valid), EMAIL_ADDRESS, PHONE_NUMBER, IBAN_CODE (mod-97 valid, real lengths),
    US_SSN, IP_ADDRESS (v4 and v6), US_DRIVER_LICENSE (per-state shapes), PERSON, STREET_ADDRESS.
    PERSON covers a private person's name in whatever shape it is written (full, given or surname
    alone, initial and surname, "SURNAME, Given", "SURNAME/GIVEN", lower or upper case, native
    script) and user names or handles built from a name, without the "@" or "u/". Honorifics
    (Mr, Dr, Sra., Mme, κα, U, Daw, 先生, -san, 씨 ...) and a possessive "'s" stay outside the span.
    STREET_ADDRESS is the house number and street with flat, floor, building, district, postcode and
    city when they are written together with it. Phone numbers keep their extension. Role mailboxes
    (support@, noreply@ ...), brand handles, public places, companies, products, teams, storms,
    diseases, cities or postcodes alone, dates, times, amounts, order, ticket, case, tracking,
    flight and booking numbers, card last-4s, OTP codes and version numbers are never labelled; they
    are scattered everywhere as hard negatives. Roughly 15 % of the texts carry no PII at all.

Row shape
    {"text", "spans": [{"label", "start", "end", "value"}], "template_id", "locale", "brands"}.
    Spans are sorted, do not overlap and text[start:end] == value. "brands" lists the tenant's watch
    terms (bench/pii_synth.py BRANDS and HANDLE_BRANDS) exactly as they are written in the text.
    Template ids run genre by genre, so every genre has ids in each class of id % 4 and of parity.

Usage
    python bench/pii_synth_third.py --n 1500 --seed 0 > third.jsonl
    python bench/pii_synth_third.py --check
    from pii_synth_third import generate; rows = generate(1500, seed=0)
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from random import Random
from typing import Any

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

try:
    from pii_synth import BRANDS, HANDLE_BRANDS
except ImportError:  # imported as a module from the repository root
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from pii_synth import BRANDS, HANDLE_BRANDS

LABELS = (
    "CREDIT_CARD",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "IBAN_CODE",
    "US_SSN",
    "IP_ADDRESS",
    "US_DRIVER_LICENSE",
    "PERSON",
    "STREET_ADDRESS",
)

UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIGITS = "0123456789"


def _sp(s: str) -> list[str]:
    return [x.strip() for x in s.split(";") if x.strip()]


def _pair(s: str) -> tuple[str, str]:
    """'Latin|Native' -> (latin, native); native is '' when absent."""
    if "|" in s:
        a, b = s.split("|", 1)
        return a.strip(), b.strip()
    return s.strip(), ""


def _pat(rng: Random, pattern: str) -> str:
    """# any digit, + digit 1-9, ^ capital letter, * capital letter or digit; anything else is literal."""
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(rng.choice(DIGITS))
        elif ch == "+":
            out.append(rng.choice(DIGITS[1:]))
        elif ch == "^":
            out.append(rng.choice(UPPER))
        elif ch == "*":
            out.append(rng.choice(UPPER + DIGITS))
        else:
            out.append(ch)
    return "".join(out)


def _fold(s: str) -> str:
    """ASCII transliteration good enough for e-mail local parts and handles."""
    s = s.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "AE").replace("ß", "ss")
    s = s.replace("ı", "i").replace("đ", "d").replace("ł", "l")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def _slug(s: str, sep: str = "") -> str:
    words = re.findall(r"[a-z0-9]+", _fold(s).lower())
    return sep.join(words)


# --------------------------------------------------------------------------------------------------
# Structured identifiers
# --------------------------------------------------------------------------------------------------


def _luhn_digit(body: str) -> str:
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
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


_CARD_KINDS = (
    ("visa", ("4",), 16, 30),
    ("mc", ("51", "52", "53", "54", "55", "2221", "2720", "23", "26"), 16, 25),
    ("amex", ("34", "37"), 15, 10),
    ("discover", ("6011", "65"), 16, 6),
    ("jcb", ("3528", "3589"), 16, 4),
    ("unionpay", ("62",), 16, 5),
    ("diners", ("36", "38"), 14, 3),
    ("visa13", ("4",), 16, 0),
)


def make_card(rng: Random) -> str:
    kinds = [k for k in _CARD_KINDS if k[3] > 0]
    kind, prefixes, length, _ = rng.choices(kinds, weights=[k[3] for k in kinds])[0]
    body = rng.choice(prefixes)
    while len(body) < length - 1:
        body += rng.choice(DIGITS)
    num = body + _luhn_digit(body)
    style = rng.random()
    if kind in ("amex", "diners"):
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i : i + 4] for i in range(0, len(num), 4)]
    if style < 0.55:
        return " ".join(groups)
    if style < 0.8:
        return "-".join(groups)
    return num


# BBAN shapes: n = digits, a = capital letters, c = capitals or digits; total length checked below.
IBAN_SPECS = {
    "PT": (25, "21n"),
    "GR": (27, "7n16c"),
    "CZ": (24, "20n"),
    "RO": (24, "4a16c"),
    "DK": (18, "14n"),
    "IE": (22, "4a14n"),
    "GB": (22, "4a14n"),
    "LB": (28, "4n20c"),
    "JO": (30, "4a4n18c"),
    "KZ": (20, "3n13c"),
    "GE": (22, "2a16n"),
    "TN": (24, "20n"),
    "FR": (27, "10n11c2n"),
    "ES": (24, "20n"),
    "DE": (22, "18n"),
    "NL": (18, "4a10n"),
    "BE": (16, "12n"),
    "AT": (20, "16n"),
}
_BANK_CODES = {
    "GB": ["NWBK", "BARC", "LOYD", "HSBC", "RBOS", "CLYD"],
    "IE": ["AIBK", "BOFI", "IPBS", "ULSB"],
    "RO": ["BTRL", "RNCB", "BRDE", "INGB", "BACX"],
    "JO": ["ARAB", "HBHO", "JONB", "CAAB"],
    "GE": ["TB", "BG", "LB"],
    "NL": ["ABNA", "INGB", "RABO", "TRIO"],
}


def _iban_check(cc: str, bban: str) -> str:
    rearranged = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in rearranged)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    if len(s) < 5 or s[:2] not in IBAN_SPECS or len(s) != IBAN_SPECS[s[:2]][0]:
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def make_iban(rng: Random, cc: str) -> str:
    length, spec = IBAN_SPECS[cc]
    bban = ""
    first = True
    for count, kind in re.findall(r"(\d+)([nac])", spec):
        k = int(count)
        if kind == "a" and first and cc in _BANK_CODES:
            code = rng.choice(_BANK_CODES[cc])
            bban += code + "".join(rng.choice(UPPER) for _ in range(k - len(code)))
        elif kind == "n":
            bban += "".join(rng.choice(DIGITS) for _ in range(k))
        elif kind == "a":
            bban += "".join(rng.choice(UPPER) for _ in range(k))
        else:  # mostly digits, as real alphanumeric BBANs are
            bban += "".join(
                rng.choice(DIGITS) if rng.random() < 0.85 else rng.choice(UPPER) for _ in range(k)
            )
        first = False
    iban = cc + _iban_check(cc, bban) + bban
    assert len(iban) == length, (cc, iban)
    if rng.random() < 0.62:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


def make_ssn(rng: Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    group = rng.randint(1, 99)
    serial = rng.randint(1, 9999)
    r = rng.random()
    if r < 0.8:
        return f"{area:03d}-{group:02d}-{serial:04d}"
    if r < 0.92:
        return f"{area:03d} {group:02d} {serial:04d}"
    return f"{area:03d}{group:02d}{serial:04d}"


def _dl_digits(rng: Random, k: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(k))


# Driver's licence shapes by state (letters and digit counts as the states issue them).
DL_FORMATS = {
    "CA": lambda r: rng_letter(r) + _dl_digits(r, 7),
    "NY": lambda r: " ".join([_dl_digits(r, 3), _dl_digits(r, 3), _dl_digits(r, 3)]),
    "TX": lambda r: _dl_digits(r, 8),
    "FL": lambda r: (
        f"{rng_letter(r)}{_dl_digits(r, 3)}-{_dl_digits(r, 3)}-{_dl_digits(r, 2)}-{_dl_digits(r, 3)}-{_dl_digits(r, 1)}"
    ),
    "IL": lambda r: f"{rng_letter(r)}{_dl_digits(r, 3)}-{_dl_digits(r, 4)}-{_dl_digits(r, 4)}",
    "WA": lambda r: "WDL" + "".join(r.choice(UPPER + DIGITS) for _ in range(9)),
    "PA": lambda r: f"{_dl_digits(r, 2)} {_dl_digits(r, 3)} {_dl_digits(r, 3)}",
    "NJ": lambda r: f"{rng_letter(r)}{_dl_digits(r, 4)} {_dl_digits(r, 5)} {_dl_digits(r, 5)}",
    "MI": lambda r: (
        f"{rng_letter(r)} {_dl_digits(r, 3)} {_dl_digits(r, 3)} {_dl_digits(r, 3)} {_dl_digits(r, 3)}"
    ),
    "OH": lambda r: rng_letter(r) + rng_letter(r) + _dl_digits(r, 6),
    "MA": lambda r: "S" + _dl_digits(r, 8),
    "GA": lambda r: _dl_digits(r, 9),
    "NC": lambda r: _dl_digits(r, 12),
    "AZ": lambda r: rng_letter(r) + _dl_digits(r, 8),
    "CO": lambda r: f"{_dl_digits(r, 2)}-{_dl_digits(r, 3)}-{_dl_digits(r, 4)}",
    "MN": lambda r: rng_letter(r) + _dl_digits(r, 12),
    "WI": lambda r: (
        f"{rng_letter(r)}{_dl_digits(r, 3)}-{_dl_digits(r, 4)}-{_dl_digits(r, 4)}-{_dl_digits(r, 2)}"
    ),
    "MD": lambda r: (
        f"{rng_letter(r)}-{_dl_digits(r, 3)}-{_dl_digits(r, 3)}-{_dl_digits(r, 3)}-{_dl_digits(r, 3)}"
    ),
    "VA": lambda r: f"{rng_letter(r)}{_dl_digits(r, 2)}-{_dl_digits(r, 2)}-{_dl_digits(r, 4)}",
    "NV": lambda r: _dl_digits(r, 10),
}


def rng_letter(rng: Random) -> str:
    return rng.choice(UPPER)


def make_ipv4(rng: Random) -> str:
    r = rng.random()
    if r < 0.15:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if r < 0.27:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if r < 0.33:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    while True:
        a = rng.randint(1, 223)
        if a not in (10, 127, 172, 192):
            break
    return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


_V6_PREFIXES = (
    "2a02:8109",
    "2001:818",
    "2a01:4f8",
    "2600:1700",
    "2405:204",
    "2a03:2880",
    "2001:41d0",
    "fe80:0",
)


def make_ipv6(rng: Random) -> str:
    prefix = rng.choice(_V6_PREFIXES)
    groups = prefix.split(":")
    while len(groups) < 8:
        if rng.random() < 0.25:
            groups.append("0")
        else:
            groups.append(f"{rng.randint(0, 0xFFFF):x}")
    addr = ipaddress.IPv6Address(":".join(groups))
    if rng.random() < 0.2:
        return addr.exploded
    return addr.compressed


# --------------------------------------------------------------------------------------------------
# Phone numbers
# --------------------------------------------------------------------------------------------------

_US_AREAS = _sp(
    "212;312;213;305;404;617;713;206;303;602;215;313;612;702;704;608;410;804;614;973;347;718;832;469;503;651;786;"
    "929;678;281"
)
_EXT_STYLES = (" ext. {}", " x{}", " Durchwahl -{}", " ext {}", " (ext. {})", " #{}", " poste {}", " int. {}")


def make_phone_number(rng: Random, region: str) -> phonenumbers.PhoneNumber:
    kind = PhoneNumberType.MOBILE if rng.random() < 0.68 else PhoneNumberType.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    nsn = phonenumbers.national_significant_number(ex)
    cc = ex.country_code
    for attempt in range(80):
        if region == "US":
            digits = (
                rng.choice(_US_AREAS) + str(rng.randint(2, 9)) + "".join(rng.choice(DIGITS) for _ in range(6))
            )
        else:
            keep = 3 if cc == 1 else (2 if attempt < 50 else 3)
            digits = nsn[:keep] + "".join(rng.choice(DIGITS) for _ in range(len(nsn) - keep))
        num = phonenumbers.PhoneNumber(country_code=cc, national_number=int(digits))
        if phonenumbers.is_valid_number_for_region(num, region):
            return num
    return ex


def format_phone(rng: Random, num: phonenumbers.PhoneNumber, style: str = "", ext: bool | None = None) -> str:
    intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    e164 = phonenumbers.format_number(num, PhoneNumberFormat.E164)
    cc = str(num.country_code)
    if not style:
        style = rng.choices(
            ["intl", "nat", "e164", "00", "dots", "dash", "slash", "bracket", "nosep", "zero"],
            weights=[24, 30, 8, 6, 7, 6, 4, 7, 5, 3],
        )[0]
    if style == "intl":
        out = intl
    elif style == "nat":
        out = nat
    elif style == "e164":
        out = e164
    elif style == "00":
        out = "00" + intl[1:]
    elif style == "dots":
        base = nat if rng.random() < 0.5 else intl
        out = re.sub(r"[\s\-]+", ".", base.replace("(", "").replace(")", ""))
    elif style == "dash":
        out = re.sub(r"\s+", "-", intl)
    elif style == "slash":
        groups = re.split(r"[\s\-]+", nat.replace("(", "").replace(")", ""))
        out = groups[0] + "/" + "".join(groups[1:]) if len(groups) > 1 else nat
    elif style == "bracket":
        rest = intl[len(cc) + 2 :]
        groups = rest.split(" ", 1)
        out = f"+{cc} ({groups[0]}) {groups[1]}" if len(groups) == 2 else intl
    elif style == "nosep":
        out = re.sub(r"\D", "", nat) if rng.random() < 0.6 else e164[1:]
    else:  # "+44 (0)131 ..." style, only where there is a trunk 0
        out = f"+{cc} (0){intl[len(cc) + 2 :]}" if nat.startswith("0") else intl
    if ext is None:
        ext = rng.random() < 0.06
    if ext:
        out += rng.choice(_EXT_STYLES).format(rng.randint(2, 450))
    return out


# --------------------------------------------------------------------------------------------------
# Locales
# --------------------------------------------------------------------------------------------------


@dataclass
class City:
    name: str
    native: str
    pc: str
    state: str
    districts: list[tuple[str, str]]


class Locale:
    """Names, streets, address shapes and local colour for one locale."""

    def __init__(self, **kw: object) -> None:
        g = kw.get
        self.code = str(kw["code"])
        self.langs = tuple(_sp(str(kw["langs"])))
        self.region = str(kw["region"])
        self.iban = str(g("iban", "") or "")
        self.order = str(g("order", "west"))
        self.two_sur = float(g("two_sur", 0.0))  # type: ignore[arg-type]
        groups = g("groups")
        if groups:
            self.groups = [
                (name, self._names(f), self._names(m), self._surnames(s)) for name, f, m, s in groups
            ]  # type: ignore[union-attr]
        else:
            self.groups = [
                ("", self._names(str(kw["f"])), self._names(str(kw["m"])), self._surnames(str(kw["s"])))
            ]
        self.streets = [_pair(x) for x in _sp(str(kw["streets"]))]
        self.cities = []
        for entry in _sp(str(kw["cities"])):
            bits = entry.split(":")
            name, native = _pair(bits[0])
            dists = [_pair(x) for x in bits[3].split(",")] if len(bits) > 3 and bits[3] else []
            self.cities.append(
                City(name, native, bits[1] if len(bits) > 1 else "", bits[2] if len(bits) > 2 else "", dists)
            )
        self.districts = [_pair(x) for x in _sp(str(g("districts", "") or ""))]
        self.units = _sp(str(g("units", "")))
        self.nunits = _sp(str(g("nunits", ""))) or self.units
        self.num = _sp(str(g("num", "+;+#;+#")))
        self.fmt = {k: _sp(str(g(k, ""))) for k in ("short", "std", "full", "nshort", "nstd", "nfull")}
        self.mail = _sp(str(g("mail", "gmail.com;outlook.com;yahoo.com")))
        for key in ("places", "teams", "utility", "agency", "hazard", "news", "telco", "cur", "air", "hon"):
            setattr(self, key, [_pair(x) for x in _sp(str(g(key, "") or ""))])

    @staticmethod
    def _names(s: str) -> list[tuple[str, str]]:
        return [_pair(x) for x in _sp(s)]

    @staticmethod
    def _surnames(s: str) -> list[tuple[str, str, str, str]]:
        out = []
        for x in _sp(s):
            lat, nat = _pair(x)
            lm, lf = lat.split("~") if "~" in lat else (lat, lat)
            nm, nf = nat.split("~") if "~" in nat else (nat, nat)
            out.append((lm, lf, nm, nf))
        return out

    @property
    def has_native(self) -> bool:
        return bool(self.fmt["nfull"])


_EN_UNITS = "Flat {u};Apt {u};Apartment {f}{L};Unit {u};Flat {f}{L}"

LOCALE_DATA: list[dict[str, object]] = [
    dict(
        code="pt-PT",
        langs="pt",
        region="PT",
        iban="PT",
        two_sur=0.4,
        f="Ana;Beatriz;Inês;Mariana;Joana;Catarina;Sofia;Leonor;Margarida;Rita;Maria da Conceição;Ana Rita;Filipa;Teresa",
        m="João;Tiago;Rui;Duarte;Gonçalo;Nuno;Pedro;Afonso;Miguel;Vasco;Henrique;José Carlos;João Pedro;Bernardo",
        s="Silva;Ferreira;dos Santos;Pereira;Costa;Rodrigues;Martins;Sousa;Gonçalves;Lopes;Carvalho;Fonseca;"
        "Magalhães;da Cunha;Azevedo;Brandão;Teixeira;Vieira da Silva;Quintela;Mourão",
        streets="Rua das Flores;Avenida da Liberdade;Rua de Santa Catarina;Travessa do Carmo;"
        "Rua Dr. António José de Almeida;Largo do Rato;Rua Júlio Dinis;Avenida Almirante Reis;Calçada da Ajuda;"
        "Rua Costa Cabral;Rua do Almada;Avenida Fernão de Magalhães;Rua Gomes Freire",
        cities="Lisboa:1###-###;Porto:4###-###;Coimbra:30##-###;Braga:47##-###;Faro:80##-###;Setúbal:29##-###;"
        "Funchal:90##-###;Aveiro:38##-###;Amadora:27##-###",
        districts="Alvalade;Campo de Ourique;Cedofeita;Bonfim;Benfica;Arroios;Paranhos;Marvila",
        units="{f}.º Esq.;{f}.º Dto.;r/c Esq.;r/c Dto.;{f}.º {L};{f}º andar;{f}.º Frente",
        num="+;+#;+##;+#-{L}",
        short="{street} {n};{street}, n.º {n};{street}, {n}",
        std="{street} {n}, {unit};{street}, n.º {n}, {unit};{street} {n} {unit}",
        full="{street} {n}, {unit}, {pc} {city};{street}, n.º {n}, {unit}\n{pc} {city};{street} {n}, {pc} {city};"
        "{street}, {n}, {district}, {pc} {city}",
        mail="sapo.pt;gmail.com;hotmail.com;outlook.pt;iol.pt;netcabo.pt",
        places="Hospital de Santa Maria;Estádio da Luz;Praça do Comércio;Aeroporto Humberto Delgado;"
        "Estação de Campanhã;Mercado do Bolhão;Hospital de São João;Parque Eduardo VII",
        teams="Benfica;FC Porto;Sporting CP;SC Braga;Vitória de Guimarães",
        utility="E-Redes;EDP Comercial;EPAL;Águas do Porto",
        agency="Proteção Civil;INEM;Bombeiros Voluntários;GNR;PSP",
        hazard="Storm Martinho;Storm Kirk;the Madeira wildfires;Storm Éowyn;the Tejo floods",
        news="Público;Jornal de Notícias;RTP;Expresso;SIC Notícias",
        telco="MEO;NOS;Vodafone Portugal;DIGI",
        cur="{i},{c} €;€{i}.{c};{i} euros",
        air="TP;FR;U2;S4",
    ),
    dict(
        code="el-GR",
        langs="el",
        region="GR",
        iban="GR",
        f="Maria|Μαρία;Eleni|Ελένη;Katerina|Κατερίνα;Dimitra|Δήμητρα;Sofia|Σοφία;Vasiliki|Βασιλική;"
        "Georgia|Γεωργία;Angeliki|Αγγελική;Despina|Δέσποινα;Ioanna|Ιωάννα;Chrysa|Χρύσα",
        m="Giorgos|Γιώργος;Dimitris|Δημήτρης;Nikos|Νίκος;Kostas|Κώστας;Yiannis|Γιάννης;Panagiotis|Παναγιώτης;"
        "Christos|Χρήστος;Thanasis|Θανάσης;Stavros|Σταύρος;Vangelis|Βαγγέλης;Spyros|Σπύρος",
        s="Papadopoulos~Papadopoulou|Παπαδόπουλος~Παπαδοπούλου;Georgiou|Γεωργίου;"
        "Nikolaidis~Nikolaidou|Νικολαΐδης~Νικολαΐδου;Oikonomou|Οικονόμου;Vlachos~Vlachou|Βλάχος~Βλάχου;"
        "Antoniou|Αντωνίου;Dimitriou|Δημητρίου;Makris~Makri|Μακρής~Μακρή;"
        "Konstantinidis~Konstantinidou|Κωνσταντινίδης~Κωνσταντινίδου;"
        "Panagiotopoulos~Panagiotopoulou|Παναγιωτόπουλος~Παναγιωτοπούλου;Tsakalos~Tsakalou|Τσάκαλος~Τσακάλου;"
        "Kyriakidis~Kyriakidou|Κυριακίδης~Κυριακίδου;Alexiou|Αλεξίου",
        streets="Ermou|Ερμού;Patission|Πατησίων;Egnatias|Εγνατίας;Akadimias|Ακαδημίας;Tsimiski|Τσιμισκή;"
        "Kifisias Ave|Λεωφ. Κηφισίας;Solonos|Σόλωνος;Ippokratous|Ιπποκράτους;Agias Sofias|Αγίας Σοφίας;"
        "Mitropoleos|Μητροπόλεως",
        cities="Athens|Αθήνα:1## ##;Thessaloniki|Θεσσαλονίκη:54# ##;Patras|Πάτρα:26# ##;"
        "Heraklion|Ηράκλειο:71# ##;Larissa|Λάρισα:41# ##;Volos|Βόλος:38# ##;Ioannina|Ιωάννινα:45# ##",
        districts="Kypseli|Κυψέλη;Pangrati|Παγκράτι;Kalamaria|Καλαμαριά;Exarchia|Εξάρχεια;Toumba|Τούμπα",
        units="{f}th floor;apt {u};{f}rd floor, apt {u};ground floor",
        nunits="{f}ος όροφος;διαμ. {u};ισόγειο",
        num="+;+#;+##",
        short="{street} {n};{n} {street} St",
        std="{street} {n}, {unit};{n} {street} Street, {unit}",
        full="{street} {n}, {pc} {city};{street} {n}, {unit}, {pc} {city};{n} {street} St, {district}, {pc} {city}",
        nshort="{street} {n}",
        nstd="{street} {n}, {unit}",
        nfull="{street} {n}, {pc} {city};{street} {n}, {unit}, {district}, {pc} {city};{street} {n}, Τ.Κ. {pc}, {city}",
        mail="otenet.gr;yahoo.gr;gmail.com;hotmail.gr;windowslive.com",
        places="Syntagma Square;Evangelismos Hospital;Athens International Airport Eleftherios Venizelos;"
        "Aristotelous Square;White Tower;Piraeus port;AHEPA Hospital",
        teams="Olympiacos;Panathinaikos;PAOK;AEK Athens;Aris Thessaloniki",
        utility="HEDNO|ΔΕΔΔΗΕ;PPC|ΔΕΗ;EYDAP|ΕΥΔΑΠ;EYATH",
        agency="Fire Service|Πυροσβεστική;112;Civil Protection|Πολιτική Προστασία;EKAB|ΕΚΑΒ",
        hazard="Storm Daniel;Storm Elias;the Evros wildfire;the Attica fires;Storm Bora",
        news="Kathimerini;ERT;Ta Nea;in.gr",
        telco="Cosmote;Vodafone Greece;Nova",
        cur="{i},{c} €;€{i}",
        air="A3;OA;FR",
    ),
    dict(
        code="cs-CZ",
        langs="cs",
        region="CZ",
        iban="CZ",
        f="Jana;Petra;Lucie;Tereza;Kateřina;Markéta;Veronika;Zuzana;Hana;Eliška;Barbora;Věra",
        m="Petr;Jiří;Tomáš;Jan;Ondřej;Lukáš;Martin;Vojtěch;Radek;Miroslav;Zdeněk;Matěj",
        s="Novák~Nováková;Svoboda~Svobodová;Dvořák~Dvořáková;Černý~Černá;Procházka~Procházková;Kučera~Kučerová;"
        "Veselý~Veselá;Horák~Horáková;Němec~Němcová;Pokorný~Pokorná;Marek~Marková;Hájek~Hájková;Král~Králová;"
        "Zelenka~Zelenková;Šťastný~Šťastná",
        streets="Vinohradská;Korunní;Husova;Palackého;Údolní;Masarykova;Jugoslávských partyzánů;Bělehradská;"
        "Kounicova;Táboritská;Dukelských hrdinů;Nádražní",
        cities="Praha 2:120 00;Praha 3:130 00;Praha 6:160 00;Brno:602 00;Ostrava:702 00;Plzeň:301 00;"
        "Olomouc:779 00;Liberec:460 01;České Budějovice:370 01",
        districts="Vinohrady;Žižkov;Dejvice;Královo Pole;Poruba;Holešovice",
        units="byt č. {u};{f}. patro;byt {u}, {f}. NP;vchod {L}, byt {u}",
        num="+;+#;+###/+#;+##/+",
        short="{street} {n}",
        std="{street} {n}, {unit};{street} {n}/{L}, {unit}",
        full="{street} {n}, {pc} {city};{street} {n}, {unit}, {pc} {city};{street} {n}\n{pc} {city};"
        "{street} {n}, {district}, {pc} {city}",
        mail="seznam.cz;email.cz;centrum.cz;gmail.com;post.cz;volny.cz",
        places="Václavské náměstí;Letiště Václava Havla;Hlavní nádraží;Fakultní nemocnice Motol;Karlův most;"
        "Masarykovo nádraží;Výstaviště Brno",
        teams="Sparta Praha;Slavia Praha;Baník Ostrava;Viktoria Plzeň;Kometa Brno",
        utility="ČEZ Distribuce;PRE;EG.D;Pražské vodovody a kanalizace",
        agency="HZS;Záchranná služba;Policie ČR;hasiči",
        hazard="Storm Boris;the Jeseník floods;the Bohemian Switzerland fire;orkán Sabine",
        news="iROZHLAS;Seznam Zprávy;ČT24;Deník N",
        telco="O2 Czech Republic;T-Mobile CZ;Vodafone CZ",
        cur="{i} Kč;{i},{c} Kč;CZK {i}",
        air="OK;QS;FR",
    ),
    dict(
        code="ro-RO",
        langs="ro",
        region="RO",
        iban="RO",
        f="Ioana;Andreea;Elena;Mihaela;Alexandra;Cristina;Raluca;Bianca;Ana-Maria;Larisa;Oana;Roxana",
        m="Andrei;Mihai;Alexandru;Ionuț;Bogdan;Cristian;Vlad;Răzvan;Florin;Ștefan;Gheorghe;Sorin",
        s="Popescu;Ionescu;Popa;Dumitrescu;Stoica;Munteanu;Constantinescu;Ștefănescu;Moldovan;Rusu;Țurcanu;"
        "Bălan;Lungu;Georgescu;Nistor;Oprea",
        streets="Strada Mihai Eminescu;Bulevardul Unirii;Calea Victoriei;Strada Avram Iancu;Șoseaua Pantelimon;"
        "Str. Republicii;Bd. Iuliu Maniu;Calea Moșilor;Str. Horea;Aleea Callatis",
        cities="București:0#####;Cluj-Napoca:400###;Iași:700###;Timișoara:300###;Constanța:900###;Brașov:500###;"
        "Oradea:410###",
        districts="sector 1;sector 2;sector 3;sector 6;Mănăștur;Tătărași;Gheorgheni",
        units="bl. {L}{u}, sc. {L}, et. {f}, ap. {u};ap. {u};et. {f}, ap. {u};bl. {u}, ap. {u}",
        num="+;+#;+##",
        short="{street} nr. {n};{street} {n}",
        std="{street} nr. {n}, {unit};{street} {n}, {unit}",
        full="{street} nr. {n}, {unit}, {district}, {city} {pc};{street} nr. {n}, {unit}, {city};"
        "{street} {n}, {pc} {city};{street} nr. {n}\n{unit}\n{city}, {pc}",
        mail="yahoo.ro;gmail.com;yahoo.com;rdslink.ro;hotmail.com",
        places="Piața Universității;Aeroportul Henri Coandă;Spitalul Floreasca;Gara de Nord;Parcul Herăstrău;"
        "Piața Unirii",
        teams="FCSB;Dinamo București;CFR Cluj;Rapid București;Universitatea Craiova",
        utility="Electrica;Distribuție Energie Oltenia;Apa Nova;E.ON România",
        agency="ISU;SMURD;Poliția Română;IGSU",
        hazard="Storm Boris;the Galați floods;Cyclone Daniel;the Slănic Moldova flood",
        news="Digi24;HotNews;Adevărul;G4Media",
        telco="Digi;Orange România;Vodafone România;Telekom",
        cur="{i} lei;{i},{c} lei;RON {i}",
        air="RO;0B;W6",
    ),
    dict(
        code="da-DK",
        langs="da",
        region="DK",
        iban="DK",
        f="Mette;Sofie;Ida;Freja;Louise;Camilla;Line;Signe;Anne-Sofie;Birgitte;Astrid;Karen",
        m="Søren;Mads;Frederik;Rasmus;Jens;Lars;Mikkel;Anders;Kasper;Niels;Jørgen;Bjørn",
        s="Jensen;Nielsen;Hansen;Pedersen;Andersen;Østergaard;Kjærgaard;Møller;Thomsen;Lund;Bækgaard;Rasmussen;"
        "Holm-Larsen;Dalsgaard;Skovbo",
        streets="Nørrebrogade;Vesterbrogade;Åboulevarden;Søndergade;Strandvejen;Frederiksberg Allé;"
        "Jægersborggade;Ryesgade;Istedgade;Kongensgade",
        cities="København N:2200;København V:1620;Aarhus C:8000;Odense C:5000;Aalborg:9000;Esbjerg:6700;"
        "Frederiksberg:2000;Roskilde:4000",
        units="{f}. tv.;{f}. th.;st. th.;st. tv.;{f}. mf.;{f}. sal",
        num="+;+#;+##;+#{L}",
        short="{street} {n}",
        std="{street} {n}, {unit};{street} {n} {unit}",
        full="{street} {n}, {unit}, {pc} {city};{street} {n}, {pc} {city};{street} {n} {unit}\n{pc} {city}",
        mail="gmail.com;hotmail.dk;mail.dk;live.dk;outlook.dk;jubii.dk",
        places="Rigshospitalet;Tivoli;Kastrup Lufthavn;Nørreport Station;Aarhus Universitetshospital;Rådhuspladsen",
        teams="Brøndby IF;FC København;AGF;FC Midtjylland;OB",
        utility="Radius;Cerius;HOFOR;N1;Aarhus Vand",
        agency="Beredskabsstyrelsen;Politiet;Region Hovedstadens Akutberedskab;Falck",
        hazard="Storm Malik;the October storm surge;stormflod;Storm Ingunn",
        news="DR Nyheder;Politiken;TV 2;Berlingske",
        telco="TDC;Telia;3;Telenor",
        cur="{i},{c} kr.;kr. {i};DKK {i}",
        air="SK;DY;D8",
    ),
    dict(
        code="en-IE",
        langs="en;ga",
        region="IE",
        iban="IE",
        f="Siobhán;Aoife;Niamh;Róisín;Caoimhe;Orla;Gráinne;Sinéad;Máire;Clodagh;Deirdre;Saoirse",
        m="Seán;Cian;Oisín;Pádraig;Ciarán;Darragh;Eoin;Colm;Dónal;Tadhg;Ruairí;Cathal",
        s="O'Neill;Murphy;Kelly;O'Sullivan;Ó Súilleabháin;Keane;Fitzgerald;Byrne;McCarthy;O'Donoghue;Walsh;"
        "Doyle;Mac Giolla Phádraig;Ó Briain~Ní Bhriain;Mac Aodha~Nic Aodha;Ní Chonaill;Brennan;Ó Ceallaigh",
        streets="Griffith Avenue;Dorset Street Upper;Shandon Street;Patrick Street;Ballybough Road;"
        "Oliver Plunkett Street;Quay Street;Clontarf Road;Sundays Well Road;Prospect Hill;Mount Eden Road",
        cities="Dublin 9:D09 ^*##;Dublin 8:D08 ^*#^;Dublin 3:D03 *#^#;Cork:T12 ^##*;Galway:H91 ^#*#;"
        "Limerick:V94 ^##*;Waterford:X91 *##^;Sligo:F91 ^#*#;Kilkenny:R95 ^#^#",
        districts="Drumcondra;Rathmines;Clontarf;Blackpool;Salthill;Ballinacurra;Phibsborough",
        units="Apt {u};Flat {u};Apartment {u}, Block {L}",
        num="+;+#;+##",
        short="{n} {street}",
        std="{unit}, {n} {street};{n} {street}, {district}",
        full="{n} {street}, {district}, {city}, {pc};{unit}, {n} {street}, {city} {pc};"
        "{n} {street}\n{district}\n{city} {pc};{unit}, {n} {street}, {district}, {city}",
        mail="eircom.net;gmail.com;hotmail.com;icloud.com;yahoo.ie",
        places="Croke Park;St James's Hospital;Heuston Station;Eyre Square;Cork University Hospital;Dublin Airport",
        teams="Shamrock Rovers;Bohemians;Cork City FC;Galway United;Leinster Rugby",
        utility="ESB Networks;Uisce Éireann;Gas Networks Ireland",
        agency="Gardaí;National Ambulance Service;Met Éireann;Dublin Fire Brigade",
        hazard="Storm Éowyn;Storm Babet;Storm Ophelia;Storm Isha;Storm Ashley",
        news="RTÉ;The Irish Times;Irish Independent;TheJournal.ie",
        telco="Eir;Three Ireland;Vodafone Ireland;Tesco Mobile",
        cur="€{i}.{c};€{i}",
        air="EI;FR",
    ),
    dict(
        code="en-GB-SCT",
        langs="en",
        region="GB",
        iban="GB",
        f="Catriona;Morag;Eilidh;Kirsty;Iona;Fiona;Mhairi;Shona;Ailsa;Isla;Rhona",
        m="Callum;Hamish;Euan;Fraser;Angus;Ruaridh;Struan;Lachlan;Alasdair;Craig;Murdo",
        s="MacLeod;McAllister;Campbell;Stewart;Robertson;MacDonald;Fraser;Sinclair;Henderson;MacKenzie;Urquhart;"
        "Mackintosh;Buchanan;Ross;MacAulay",
        streets="Byres Road;Leith Walk;Union Street;Dumbarton Road;Great Western Road;Dalry Road;Perth Road;"
        "Morningside Road;Easter Road;Maryhill Road;King Street",
        cities="Glasgow:G1+ #^^;Edinburgh:EH+ #^^;Aberdeen:AB1+ #^^;Dundee:DD+ #^^;Inverness:IV+ #^^;Stirling:FK+ #^^;"
        "Paisley:PA+ #^^",
        districts="Partick;Leith;Dennistoun;Morningside;Govanhill;Rosemount;Stockbridge",
        units="Flat {f}/{u};{f}F{u};Flat {u};{f}/L;{f}/R",
        num="+;+#;+##",
        short="{n} {street}",
        std="{unit}, {n} {street};{n} {street}, {district}",
        full="{unit}, {n} {street}, {city} {pc};{n} {street}, {city} {pc};{unit}\n{n} {street}\n{city}\n{pc};"
        "{n} {street}, {district}, {city} {pc}",
        mail="btinternet.com;gmail.com;outlook.com;yahoo.co.uk;hotmail.co.uk",
        places="Glasgow Royal Infirmary;Hampden Park;Waverley Station;Buchanan Bus Station;Edinburgh Castle;"
        "Aberdeen Royal Infirmary",
        teams="Celtic FC;Rangers;Hearts;Hibernian;Aberdeen FC;Dundee United",
        utility="SP Energy Networks;Scottish Water;SSEN",
        agency="Police Scotland;Scottish Fire and Rescue Service;Scottish Ambulance Service;SEPA",
        hazard="Storm Babet;Storm Arwen;Storm Gerrit;Storm Éowyn;Storm Amy",
        news="BBC Scotland;The Herald;The Scotsman;Daily Record",
        telco="EE;Vodafone UK;O2;Three UK",
        cur="£{i}.{c};£{i}",
        air="BA;LM;U2",
    ),
    dict(
        code="en-AU",
        langs="en",
        region="AU",
        iban="",
        f="Chloe;Isla;Matilda;Kylie;Tahlia;Bronwyn;Jess;Mia;Kirra;Sharni;Georgie;Leilani",
        m="Jack;Lachlan;Brodie;Riley;Hamish;Cooper;Mitchell;Jarrah;Tom;Shane;Bailey;Kieran",
        s="Nguyen;Smith;Papadakis;O'Brien;Walker;Kowalczyk;Tran;Harris;Fitzpatrick;Kaur;Singh;Russo;Di Pietro;"
        "Campbell;Wilson;McGregor;Ngata",
        streets="Glebe Point Road;King Street;Brunswick Street;Sydney Road;Oxford Street;Beaufort Street;"
        "Boundary Street;Hindley Street;Cavill Avenue;Smith Street",
        cities="Glebe:2037:NSW;Newtown:2042:NSW;Lismore:2480:NSW;Fitzroy:3065:VIC;Brunswick:3056:VIC;"
        "Fortitude Valley:4006:QLD;Mount Lawley:6050:WA;Adelaide:5000:SA;Hobart:7000:TAS;Darwin:0800:NT",
        units="Unit {u};{u}/;Apt {u};Level {f}",
        num="+;+#;+##",
        short="{n} {street}",
        std="Unit {u}, {n} {street};{u}/{n} {street}",
        full="{u}/{n} {street}, {city} {state} {pc};Unit {u}, {n} {street}, {city} {state} {pc};"
        "{n} {street}, {city} {state} {pc};{n} {street}\n{city} {state} {pc}",
        mail="bigpond.com;gmail.com;optusnet.com.au;outlook.com;iinet.net.au",
        places="Royal Prince Alfred Hospital;Bondi Beach;Central Station;Flinders Street Station;the MCG;"
        "Lismore Base Hospital;Sydney Airport",
        teams="Sydney Swans;Collingwood;Brisbane Broncos;South Sydney Rabbitohs;Melbourne Victory",
        utility="Ausgrid;Endeavour Energy;Essential Energy;Energex;Western Power;Sydney Water",
        agency="NSW SES;Rural Fire Service;CFA;Triple Zero;QFES",
        hazard="Cyclone Alfred;the Northern Rivers floods;Cyclone Jasper;the Black Summer fires",
        news="ABC News;The Sydney Morning Herald;The Age;9News",
        telco="Telstra;Optus;Vodafone AU;TPG",
        cur="A${i}.{c};${i}.{c};AUD {i}",
        air="QF;VA;JQ",
    ),
    dict(
        code="es-PE",
        langs="es",
        region="PE",
        iban="ES",
        two_sur=0.6,
        f="María Fernanda;Rosa;Lucía;Milagros;Yesenia;Carmen Rosa;Flor;Karina;Sofía;Nayeli;Rocío;Gianella",
        m="Luis Alberto;José;Jhon;Miguel Ángel;Renzo;Percy;Wilmer;Diego;César;Juan Carlos;Kevin;Edwin",
        s="Quispe;Huamán;Mamani;Flores;Rojas;Chávez;Condori;Vargas;Torres;Gutiérrez;Sánchez;Ccori;Apaza;Paredes;"
        "Cárdenas;Villanueva",
        streets="Av. Arequipa;Jr. de la Unión;Calle Los Pinos;Av. Larco;Jr. Huallaga;Av. Javier Prado Este;"
        "Calle Las Begonias;Av. Túpac Amaru;Jr. Ayacucho;Av. Brasil",
        cities="Lima:150##:Lima:Miraflores,San Isidro,Lince,Comas,San Juan de Lurigancho,Surquillo;"
        "Arequipa:040##::Cayma,Yanahuara;Cusco:080##::Wanchaq,Santiago;Trujillo:130##::La Esperanza;"
        "Piura:200##::Castilla",
        units="Dpto. {u}0{f};Int. {u};Piso {f};Dpto. {f}0{u}",
        num="+##;+###;+#",
        short="{street} {n};{street} N° {n}",
        std="{street} {n}, {unit};{street} {n} {unit};Mz. {L} Lt. {u}, {district}",
        full="{street} {n}, {unit}, {district}, {city} {pc};{street} N° {n}, {district}, {city};"
        "Mz. {L} Lt. {u}, AA.HH. Los Olivos, {district}, {city};{street} {n}, {unit}\n{district} - {city}",
        mail="gmail.com;hotmail.com;yahoo.es;outlook.com",
        places="Plaza San Martín;Hospital Dos de Mayo;Aeropuerto Jorge Chávez;Parque Kennedy;Mercado Central;"
        "Hospital Rebagliati",
        teams="Alianza Lima;Universitario;Sporting Cristal;Melgar;Cienciano",
        utility="Luz del Sur;Enel Distribución Perú;Sedapal;Hidrandina",
        agency="INDECI;Bomberos Voluntarios;SAMU;PNP",
        hazard="el Niño costero;the huaicos in Chosica;Cyclone Yaku;the Arequipa earthquake",
        news="El Comercio;La República;RPP;Canal N",
        telco="Movistar Perú;Claro;Entel;Bitel",
        cur="S/ {i}.{c};S/. {i};{i} soles",
        air="LA;H2;JA",
    ),
    dict(
        code="es-VE",
        langs="es",
        region="VE",
        iban="ES",
        two_sur=0.5,
        f="Yusmary;Daniela;Andreína;Mariangel;Yelitza;Gabriela;Carolina;Génesis;Oriana;Luisa Elena;Marbelis",
        m="Jesús Alberto;Carlos Eduardo;Yonathan;Luis;Jhonny;Rafael;Omar;Leonardo;Wilmer;José Gregorio;Yorman",
        s="González;Rodríguez;Pérez;Hernández;Mendoza;Ramírez;Briceño;Urdaneta;Villalobos;Colmenares;Zambrano;"
        "Peña;D'Ambrosio;De Abreu;Márquez",
        streets="Av. Francisco de Miranda;Calle Real de Sabana Grande;Av. Bolívar Norte;Calle 72;Av. Las Delicias;"
        "Av. Universidad;Calle Los Mangos;Av. Andrés Bello;Av. 5 de Julio",
        cities="Caracas:10##::Los Palos Grandes,Chacao,El Paraíso,Catia,La Candelaria;Maracaibo:4001::Tierra Negra;"
        "Valencia:2001::Prebo;Barquisimeto:3001::Este;Mérida:5101::Belensate",
        units="piso {f}, apto {f}-{L};apto {u};casa {u}-{u};Qta. Mi Refugio",
        num="+;+#;+#-##",
        short="{street}, casa {n};{street} N° {n}",
        std="{street}, Edif. Res. Los Samanes, {unit};{street} {n}, {unit}",
        full="{street}, Edif. Parque Cristal, {unit}, {district}, {city} {pc};{street} con calle {n}, {unit}, "
        "{district}, {city};{street}, {unit}\n{district}, {city} {pc}",
        mail="gmail.com;hotmail.com;yahoo.com;cantv.net",
        places="Plaza Altamira;Aeropuerto Simón Bolívar;Hospital Universitario de Caracas;Parque del Este;"
        "Estadio Monumental;Plaza Venezuela",
        teams="Caracas FC;Deportivo Táchira;Leones del Caracas;Navegantes del Magallanes",
        utility="Corpoelec;Hidrocapital;Hidrolago",
        agency="Protección Civil;Bomberos del Distrito Capital;Cruz Roja Venezolana",
        hazard="the Las Tejerías landslide;Hurricane Beryl;the Cumanacoa floods;the blackout",
        news="Efecto Cocuyo;El Pitazo;El Nacional;Tal Cual",
        telco="Movilnet;Movistar Venezuela;Digitel",
        cur="Bs. {i},{c};{i} Bs;US$ {i}",
        air="V0;ES;QL",
    ),
    dict(
        code="sw-TZ",
        langs="sw;en",
        region="TZ",
        iban="",
        f="Neema;Rehema;Zawadi;Mwanaisha;Upendo;Halima;Grace;Aisha;Tumaini;Furaha;Subira",
        m="Baraka;Juma;Emmanuel;Hamisi;Omari;Godfrey;Salum;Frank;Idrisa;Faraji;Nassoro",
        s="Mushi;Mwakyusa;Kimaro;Massawe;Lyimo;Mrema;Swai;Kisanga;Mollel;Shirima;Mwakalinga;Kombo;Mbwambo",
        streets="Mtaa wa Samora;Uhuru Street;Ali Hassan Mwinyi Road;Kawawa Road;Morogoro Road;"
        "Bibi Titi Mohamed Street;Haile Selassie Road;Nyerere Road;Sokoine Drive",
        cities="Dar es Salaam:1####::Kariakoo,Sinza,Mikocheni,Kinondoni,Temeke;Arusha:23###::Kaloleni,Njiro;"
        "Dodoma:41###::Area D;Mwanza:33###::Ilemela;Moshi:25###::Soweto",
        units="House No. {u};Plot {u}{L};Block {L}, Flat {u}",
        num="+;+#;+##",
        short="Plot {n}, {street};House No. {n}, {street}",
        std="Plot {n}, {street}, {district};House No. {n}, {district}",
        full="Plot {n}, {street}, {district}, {city};House No. {n}, {district}, {city};P.O. Box {n}{u}, {city};"
        "{unit}, {street}, {district}\n{city}",
        mail="gmail.com;yahoo.com;hotmail.com",
        places="Muhimbili National Hospital;Kariakoo Market;Julius Nyerere International Airport;Mnazi Mmoja grounds;"
        "Ubungo bus terminal;Kilimanjaro Christian Medical Centre",
        teams="Simba SC;Young Africans;Azam FC;Coastal Union",
        utility="TANESCO;DAWASA;AUWSA",
        agency="Jeshi la Zimamoto;Red Cross Tanzania;Polisi;TMA",
        hazard="Cyclone Hidaya;the Hanang landslide;the Msimbazi floods;El Niño rains",
        news="The Citizen;Mwananchi;Daily News;ITV Tanzania",
        telco="Vodacom Tanzania;Airtel Tanzania;Tigo;Halotel",
        cur="TSh {i};TZS {i},000;{i}/=",
        air="TC;PW;KQ",
    ),
    dict(
        code="en-UG",
        langs="en",
        region="UG",
        iban="",
        f="Prossy;Sarah;Brenda;Sharon;Florence;Winnie;Esther;Ritah;Harriet;Agnes;Juliet",
        m="Ronald;Moses;Isaac;Godfrey;Brian;Ivan;Denis;Patrick;Joseph;Hassan;Emmanuel",
        s="Nakato;Ssempijja;Mugisha;Okello;Atuhaire;Nansubuga;Kato;Wasswa;Namutebi;Tumusiime;Byaruhanga;Ochieng;"
        "Nabirye;Kiggundu;Akello",
        streets="Kampala Road;Bombo Road;Entebbe Road;Kira Road;Lumumba Avenue;Acacia Avenue;Gaba Road;"
        "Ntinda Road;Jinja Road;Salaama Road",
        cities="Kampala:::Kamwokya,Ntinda,Nakawa,Kansanga,Wandegeya,Kisaasi;Entebbe:::Kitoro;Jinja:::Walukuba;"
        "Gulu:::Pece;Mbarara:::Kakoba;Mukono:::Seeta",
        units="Plot {u};Block {L}, Room {u};Flat {u}",
        num="+;+#;+##",
        short="Plot {n}, {street}",
        std="Plot {n}, {street}, {district};Plot {n}{L}, {street}",
        full="Plot {n}, {street}, {district}, {city};P.O. Box {n}{u}, {city};Plot {n}, {street}\n{district}, {city}",
        mail="gmail.com;yahoo.com;outlook.com",
        places="Mulago Hospital;Owino Market;Nakivubo Stadium;Entebbe International Airport;Old Taxi Park;"
        "Makerere University",
        teams="KCCA FC;Vipers SC;SC Villa;Express FC",
        utility="UMEME;NWSC;UEDCL",
        agency="Uganda Red Cross;Uganda Police Force;NEMA;Ministry of Health",
        hazard="the Bulambuli landslide;the Kiteezi landfill collapse;the Kasese floods;the Ebola outbreak",
        news="Daily Monitor;New Vision;NTV Uganda;The Observer",
        telco="MTN Uganda;Airtel Uganda;Lycamobile",
        cur="UGX {i},000;USh {i},000",
        air="UR;KQ;ET",
    ),
    dict(
        code="fr-SN",
        langs="fr",
        region="SN",
        iban="FR",
        f="Aminata;Fatou;Awa;Mariama;Khady;Ndeye Fatou;Aïssatou;Coumba;Adja;Sokhna;Rokhaya",
        m="Mamadou;Cheikh;Ousmane;Abdoulaye;Moussa;Ibrahima;Modou;Pape;Serigne;Babacar;Alioune",
        s="Diop;Ndiaye;Fall;Sow;Diallo;Sarr;Ba;Faye;Mbaye;Gueye;Cissé;Seck;Thiam;Ndour;Kane",
        streets="Rue Carnot;Avenue Cheikh Anta Diop;Rue Moussé Diop;Boulevard de la République;"
        "Avenue Blaise Diagne;Route de Ouakam;Rue 10 x 13;Allées Papa Guèye Fall",
        cities="Dakar:1####::Sicap Liberté 2,Médina,Ouakam,Grand Yoff,Parcelles Assainies,Dakar-Plateau;"
        "Thiès:21###::Randoulène;Saint-Louis:32###::Sor;Ziguinchor:27###::Boucotte;Mbour:23###::Saly",
        units="Villa n° {u};Appt {u};Immeuble {L}, {f}e étage",
        num="+;+#;+##",
        short="{n}, {street};Villa n° {n}, {district}",
        std="{n}, {street}, {district};Villa n° {n}, {district}, {city}",
        full="{n}, {street}, {district}, {city};Villa n° {n}, {district}, {pc} {city};{unit}, {n} {street}, {city};"
        "Cité Keur Gorgui, Villa {n}, {pc} {city}",
        mail="gmail.com;yahoo.fr;orange.sn;hotmail.fr",
        places="Hôpital Principal de Dakar;Place de l'Indépendance;Aéroport Blaise Diagne;Marché Sandaga;"
        "Monument de la Renaissance;Gare routière des Baux Maraîchers",
        teams="Teungueth FC;Jaraaf;Casa Sports;Génération Foot",
        utility="Senelec;SEN'EAU;Woyofal",
        agency="Sapeurs-pompiers;SAMU national;Croix-Rouge sénégalaise;Police nationale",
        hazard="the Matam floods;the Senegal river flood;the Thiaroye flooding;harmattan dust storm",
        news="Le Soleil;Seneweb;RFM;Dakaractu",
        telco="Orange Sénégal;Free Sénégal;Expresso",
        cur="{i} 000 FCFA;{i} FCFA;XOF {i}",
        air="HC;AF;SS",
    ),
    dict(
        code="fr-DZ",
        langs="fr;ar",
        region="DZ",
        iban="FR",
        f="Amina|أمينة;Nour El Houda|نور الهدى;Yasmine|ياسمين;Lina|لينا;Meriem|مريم;Sarah|سارة;Kahina;"
        "Feriel|فريال;Imane|إيمان;Lydia",
        m="Mohamed Amine|محمد أمين;Yacine|ياسين;Karim|كريم;Sofiane|سفيان;Abdelkader|عبد القادر;Rachid|رشيد;"
        "Walid|وليد;Mehdi|مهدي;Nassim|نسيم;Amar|عمار",
        s="Benali|بن علي;Bouzid|بوزيد;Haddad|حداد;Belkacem|بلقاسم;Mebarki|مباركي;Khelifi|خليفي;"
        "Ait Ahmed|آيت أحمد;Benmansour|بن منصور;Hamidi|حميدي;Saadi|سعدي;Ould Ali|ولد علي;Chikhi|شيخي",
        streets="Rue Didouche Mourad;Boulevard Mohamed V;Rue Larbi Ben M'hidi;Rue Hassiba Ben Bouali;"
        "Boulevard Krim Belkacem;Rue des Frères Bouadou;Chemin Sfindja",
        cities="Alger:16###::Bab Ezzouar,Hussein Dey,El Biar,Kouba,Bab El Oued;Oran:31000::Es Sénia;"
        "Constantine:25000::Sidi Mabrouk;Annaba:23000::El Bouni;Tizi Ouzou:15000::Nouvelle Ville;"
        "Blida:09000::Ouled Yaïch",
        units="Bât. {u}, Appt {u};Appt {u};{f}e étage",
        num="+;+#;+##",
        short="{n} {street};{n}, {street}",
        std="{n} {street}, {unit};Cité 1200 Logements, Bât. {n}, Appt {u}",
        full="{n} {street}, {pc} {city};Cité 1200 Logements, Bât. {n}, Appt {u}, {district}, {pc} {city};"
        "{n}, {street}, {unit}, {district}, {city}",
        mail="gmail.com;yahoo.fr;hotmail.fr;outlook.fr",
        places="Aéroport Houari Boumediene;Jardin d'Essai du Hamma;Grande Poste;Hôpital Mustapha Pacha;"
        "Place des Martyrs;Stade du 5 Juillet",
        teams="MC Alger;USM Alger;JS Kabylie;CR Belouizdad;MC Oran",
        utility="Sonelgaz;SEAAL;ADE",
        agency="Protection civile;DGSN;Croissant-Rouge algérien",
        hazard="the Tizi Ouzou wildfires;the Bab El Oued floods;the Boumerdès earthquake;sirocco heatwave",
        news="El Watan;TSA;Liberté;Echorouk",
        telco="Djezzy;Mobilis;Ooredoo Algérie",
        cur="{i} DA;{i},{c} DZD;{i} dinars",
        air="AH;AF;TO",
    ),
    dict(
        code="fr-TN",
        langs="fr;ar",
        region="TN",
        iban="TN",
        f="Mariem|مريم;Ons|أنس;Rania|رانيا;Syrine|سيرين;Asma|أسماء;Hela|هالة;Emna|آمنة;Khadija|خديجة;"
        "Nesrine|نسرين;Yosra|يسرى",
        m="Mohamed Ali|محمد علي;Skander|إسكندر;Aymen|أيمن;Oussama|أسامة;Hamza|حمزة;Bilel|بلال;Anis|أنيس;"
        "Wassim|وسيم;Slim|سليم;Hedi|الهادي",
        s="Ben Salah|بن صالح;Trabelsi|الطرابلسي;Jebali|الجبالي;Gharbi|الغربي;Chaabane|شعبان;"
        "Ben Youssef|بن يوسف;Mejri|الماجري;Hammami|الحمامي;Sassi|ساسي;Ayari|العياري;Ben Abdallah|بن عبد الله",
        streets="Avenue Habib Bourguiba;Rue de Marseille;Rue Ibn Khaldoun;Avenue de la Liberté;Rue du Lac Biwa;"
        "Avenue Hédi Chaker;Rue de Palestine;Avenue Mohamed V",
        cities="Tunis:10##::Belvédère,Lafayette,Les Berges du Lac,El Menzah 6,Bab Souika;Sfax:30##::Sakiet Ezzit;"
        "Sousse:40##::Khezama;Bizerte:7000::Zarzouna;Nabeul:8000::Mrezga;Ariana:2080::Ennasr",
        units="App. {u};Bloc {L}, App. {u};{f}e étage",
        num="+;+#;+##",
        short="{n} {street};{n}, {street}",
        std="{n} {street}, {unit};Résidence Les Jasmins, Bloc {L}, App. {u}",
        full="{n} {street}, {pc} {city} {district};Résidence Les Jasmins, Bloc {L}, App. {u}, {district}, {pc} {city};"
        "{n}, {street}, {unit}, {pc} {city}",
        mail="gmail.com;yahoo.fr;topnet.tn;hotmail.com",
        places="Aéroport Tunis-Carthage;Avenue Habib Bourguiba;Hôpital Charles Nicolle;Stade de Radès;"
        "Médina de Tunis;Place Barcelone",
        teams="Espérance de Tunis;Club Africain;Étoile du Sahel;CS Sfaxien",
        utility="STEG;SONEDE",
        agency="Protection civile;Garde nationale;Croissant-Rouge tunisien;SAMU 190",
        hazard="the Nabeul floods;the Jendouba wildfires;Storm Daniel;the heatwave",
        news="La Presse;Mosaïque FM;Business News;Nawaat",
        telco="Ooredoo Tunisie;Orange Tunisie;Tunisie Telecom",
        cur="{i} DT;{i},{c} TND;{i} dinars",
        air="TU;BJ;AF",
    ),
    dict(
        code="ar-LB",
        langs="ar;en;fr",
        region="LB",
        iban="LB",
        f="Rana|رنا;Maya|مايا;Nour|نور;Lara|لارا;Rita|ريتا;Zeina|زينة;Hiba|هبة;Carla|كارلا;Yara|يارا;Joëlle|جويل",
        m="Elie|إيلي;Rami|رامي;Georges|جورج;Karim|كريم;Tarek|طارق;Joe|جو;Fadi|فادي;Hassan|حسن;Charbel|شربل;Ziad|زياد",
        s="Khoury|خوري;Haddad|حداد;al-Masri|المصري;Saab|صعب;Abi Nader|أبي نادر;Karam|كرم;Fakhoury|فاخوري;"
        "Harb|حرب;El Hage|الحاج;Sfeir|صفير;Mansour|منصور;Abou Jaoude|أبو جودة;Daher|ضاهر",
        streets="Rue Hamra|شارع الحمرا;Rue Gouraud|شارع غورو;Rue Armenia|شارع أرمينيا;Bliss Street|شارع بلس;"
        "Rue Pasteur|شارع باستور;Rue Monot|شارع مونو;Sursock Street|شارع سرسق;Rue Badaro|شارع بدارو",
        cities="Beirut|بيروت:::Gemmayzeh|الجميزة,Achrafieh|الأشرفية,Hamra|الحمرا,Mar Mikhael|مار مخايل,"
        "Ras Beirut|رأس بيروت;Jounieh|جونية:::Kaslik|الكسليك;Tripoli|طرابلس:::Mina|الميناء;"
        "Saida|صيدا:::Haret Saida|حارة صيدا;Zahle|زحلة:::Hoch El Oumara|حوش الأمراء",
        units="{f}rd floor;Bldg {u}, {f}th floor;Immeuble Khoury, {f}e étage;Apt {u}",
        nunits="الطابق {f};بناية {u}، الطابق {f};شقة {u}",
        num="+;+#",
        short="{street}, Bldg {n};{street}, Immeuble {n}",
        std="{street}, Bldg {n}, {unit};{street}, {district}, {unit}",
        full="{street}, Bldg {n}, {unit}, {district}, {city};{street}, Immeuble {n}, {unit}\n{district}, {city};"
        "Bldg {n}, {street}, {district}, {city}",
        nshort="{street}، بناية {n}",
        nstd="{street}، بناية {n}، {unit}",
        nfull="{street}، بناية {n}، {unit}، {district}، {city};{district}، {street}، بناية {n}، {city}",
        mail="gmail.com;hotmail.com;idm.net.lb;outlook.com",
        places="Rafic Hariri International Airport;AUBMC;Martyrs' Square;Port of Beirut;Hôtel-Dieu de France;"
        "Zaitunay Bay",
        teams="Al Ahed;Nejmeh SC;Al Ansar;Sagesse",
        utility="EDL|كهرباء لبنان;Beirut Water Establishment",
        agency="Civil Defense|الدفاع المدني;Lebanese Red Cross|الصليب الأحمر اللبناني;ISF",
        hazard="the port explosion;the Akkar fires;the February storm;the shelling in the south",
        news="L'Orient-Le Jour;Annahar;LBCI;Al Jadeed",
        telco="Alfa;Touch|تاتش;Ogero",
        cur="LBP {i},000;${i};{i} USD",
        air="ME;XY;TK",
    ),
    dict(
        code="ar-JO",
        langs="ar;en",
        region="JO",
        iban="JO",
        f="Lina|لينا;Dana|دانا;Ruba|ربى;Sawsan|سوسن;Aseel|أسيل;Tala|تالا;Haya|هيا;Noor|نور;Bayan|بيان;Razan|رزان",
        m="Omar|عمر;Khaled|خالد;Ahmad|أحمد;Yazan|يزن;Mohammad|محمد;Laith|ليث;Zaid|زيد;Hamza|حمزة;Anas|أنس;Tamer|تامر",
        s="Al-Khatib|الخطيب;Haddad|حداد;Al-Zoubi|الزعبي;Obeidat|عبيدات;Al-Masri|المصري;Nsour|النسور;"
        "Al-Rawashdeh|الرواشدة;Tarawneh|الطراونة;Shishani|الششاني;Qudah|القضاة;Bani Hani|بني هاني;Abu Ali|أبو علي",
        streets="Rainbow Street|شارع الرينبو;Mecca Street|شارع مكة;Wasfi Al-Tal Street|شارع وصفي التل;"
        "Zahran Street|شارع زهران;Al-Madina Al-Munawwara Street|شارع المدينة المنورة;"
        "Abdullah Ghosheh Street|شارع عبدالله غوشة;Al-Jami'a Street|شارع الجامعة",
        cities="Amman|عمّان:11###::Jabal Amman|جبل عمّان,Shmeisani|الشميساني,Tla' Al-Ali|تلاع العلي,"
        "Khalda|خلدا,Sweifieh|الصويفية;Irbid|إربد:21110::Al-Husn|الحصن;Zarqa|الزرقاء:13110::Al-Russeifa|الرصيفة;"
        "Aqaba|العقبة:77110::Area 9|المنطقة التاسعة;Madaba|مادبا:17110::Hanina|حنينا",
        units="Building {u}, {f}nd floor;Apt {u};{f}rd floor, apt {u}",
        nunits="عمارة {u}، الطابق {f};شقة {u}",
        num="+;+#",
        short="Building {n}, {street};{n} {street}",
        std="Building {n}, {street}, {district};{n} {street}, {unit}",
        full="Building {n}, {street}, {district}, {city} {pc};{n} {street}, {unit}, {district}, {city};"
        "{street}, Bldg {n}, {unit}\n{district}, {city} {pc}",
        nshort="{street}، عمارة {n}",
        nstd="{street}، عمارة {n}، {unit}",
        nfull="{street}، عمارة {n}، {unit}، {district}، {city};{district}، {street}، عمارة {n}، {city} {pc}",
        mail="gmail.com;yahoo.com;hotmail.com;orange.jo",
        places="Queen Alia International Airport;Roman Theatre;Jordan Hospital;Abdali Boulevard;"
        "King Hussein Park;Al-Bashir Hospital",
        teams="Al-Faisaly;Al-Wehdat;Al-Ramtha;Shabab Al-Ordon",
        utility="JEPCO;Miyahuna|مياهنا;Yarmouk Water",
        agency="Civil Defence|الدفاع المدني;Public Security Directorate|الأمن العام;NCSCM",
        hazard="the Dead Sea flash floods;the snowstorm;the Petra flood;the heatwave",
        news="Jordan Times;Al Ghad;Roya News;Ammon News",
        telco="Zain Jordan|زين;Orange Jordan;Umniah",
        cur="JOD {i};{i} JD;{i}.{c} دينار",
        air="RJ;FZ;G9",
    ),
    dict(
        code="ne-NP",
        langs="ne;en",
        region="NP",
        iban="",
        f="Sita;Anjali;Pratiksha;Sunita;Kabita;Puja;Srijana;Bimala;Sabina;Rojina;Sarita",
        m="Ram;Bikash;Suman;Prakash;Anil;Dipendra;Sagar;Nabin;Roshan;Pasang;Nima",
        s="Shrestha;Gurung;Tamang;Thapa Magar;Adhikari;Karki;Sherpa;Maharjan;Rai;Bhattarai;Poudel;K.C.;Limbu;"
        "Dahal",
        streets="Jhamsikhel Marg;Lakeside Road;Baneshwor Marg;Durbar Marg;Tilganga Marg;Kupondole Road;"
        "Ring Road;Boudha Marg",
        cities="Kathmandu:44600::Baneshwor,Thamel,Koteshwor,Chabahil,Kalanki,Boudha;Lalitpur:44700::Jhamsikhel,"
        "Kupondole;Bhaktapur:44800::Suryabinayak;Pokhara:33700::Lakeside;Biratnagar:56613::Traffic Chowk",
        units="House No. {u};Ward {f};Flat {u}",
        num="+;+#;+##",
        short="House No. {n}, {street}",
        std="House No. {n}, Ward {u}, {district};{street}, House {n}, {district}",
        full="House No. {n}, Ward {u}, {district}, {city} {pc};{street}, {city}-{u};{street}, Ward {u}, {district}, "
        "{city};House No. {n}\n{street}, {district}\n{city} {pc}",
        mail="gmail.com;yahoo.com;hotmail.com;wlink.com.np",
        places="Tribhuvan International Airport;Boudhanath Stupa;Bir Hospital;Ratna Park;Ratnapark bus park;"
        "Pashupatinath",
        teams="Manang Marshyangdi Club;Machhindra FC;Three Star Club;Nepal Police Club",
        utility="Nepal Electricity Authority;KUKL",
        agency="Nepal Army;Nepal Police;NDRRMA;Nepal Red Cross Society",
        hazard="the Jajarkot earthquake;the monsoon floods;the Melamchi flood;the Kathmandu valley floods",
        news="The Kathmandu Post;Kantipur;Setopati;Nepali Times",
        telco="Ncell;Nepal Telecom",
        cur="NPR {i};Rs. {i};रु {i}",
        air="RA;U4;YT",
        hon="",
    ),
    dict(
        code="my-MM",
        langs="my;en",
        region="MM",
        iban="",
        order="mono",
        f="Thandar Win;Khin Myo Thu;Su Su Hlaing;Ei Mon Kyaw;Hnin Wai Phyo;Thiri Aung;Phyu Phyu Win;Nilar Oo;"
        "May Thet Khine;Yadanar Soe",
        m="Aung Ko Ko;Zaw Min Htet;Nay Lin Aung;Kyaw Zin Oo;Myo Min Tun;Htet Aung Lin;Min Khant;Thura Zaw;"
        "Win Naing;Soe Moe Kyaw",
        s="",
        streets="Bogyoke Aung San Road;Pyay Road;Anawrahta Road;Kabar Aye Pagoda Road;35th Street;"
        "Strand Road;Insein Road;Bo Aung Kyaw Street",
        cities="Yangon:11###::Pabedan Township,Kamayut Township,Hlaing Township,Sanchaung Township,"
        "Mayangone Township;Mandalay:05###::Chanayethazan Township,Mahaaungmye Township;"
        "Naypyidaw:15###::Zabuthiri Township;Mawlamyine:12###::Mawlamyine Township;Taunggyi:06###::Taunggyi Township",
        units="Room {u}{L};{f}th floor;Building {u}, Room {f}{L}",
        num="+;+#;+##",
        short="No. {n}, {street}",
        std="No. {n}, {street}, {district};{unit}, No. {n}, {street}",
        full="No. {n}, {street}, {district}, {city};{unit}, Hledan Housing, {district}, {city} {pc};"
        "No. {n}, {street}\n{district}\n{city}",
        mail="gmail.com;yahoo.com;hotmail.com",
        places="Shwedagon Pagoda;Bogyoke Aung San Market;Yangon General Hospital;Hledan Junction;"
        "Mandalay Palace;Yangon International Airport",
        teams="Shan United;Yangon United;Hantharwady United",
        utility="YESB;Mandalay Electricity Supply Corporation;YCDC",
        agency="Fire Services Department;Myanmar Red Cross Society;Free Funeral Services Society",
        hazard="Cyclone Mocha;the Sagaing earthquake;Typhoon Yagi;the Bago floods",
        news="Myanmar Now;The Irrawaddy;Frontier Myanmar;DVB",
        telco="MPT;ATOM;Ooredoo Myanmar;Mytel",
        cur="MMK {i},000;{i},000 kyats",
        air="8M;UB;K7",
        hon="U~Daw;Ko~Ma;Maung~Ma",
    ),
    dict(
        code="km-KH",
        langs="km;en",
        region="KH",
        iban="",
        order="east",
        f="Sreymom;Sophea;Bopha;Chanthou;Pisey;Sokunthea;Rachana;Malis;Sreyneang;Dalin",
        m="Dara;Vuthy;Sokha;Vichea;Rithy;Piseth;Sovann;Kosal;Rotha;Chantha",
        s="Sok;Chan;Keo;Heng;Pich;Meas;Long;Chea;Ouk;Nhem;Lim;Ly;Seng;Touch;Prak",
        streets="Street 310;Street 51;Street 63;Monivong Boulevard;Sihanouk Boulevard;Russian Federation Boulevard;"
        "Street 178;Street 2004",
        cities="Phnom Penh:12###::Sangkat Boeung Keng Kang 1,Sangkat Tonle Bassac,Sangkat Toul Tom Poung,"
        "Khan Sen Sok,Khan Chamkarmon;Siem Reap:17###::Sala Kamreuk;Battambang:02###::Svay Por;"
        "Sihanoukville:18###::Sangkat 4;Kampot:07###::Kampong Bay",
        units="Flat {f}{L};#{u}E{f};Borey Peng Huoth, house {u}",
        num="+;+#;+##E#;+#{L}",
        short="{n}, {street}",
        std="{n}, {street}, {district};{unit}, {n}, {street}",
        full="{n}, {street}, {district}, {city};House {n}, {street}, {district}, {city} {pc};"
        "{unit}, {street}\n{district}\n{city}",
        mail="gmail.com;yahoo.com;outlook.com",
        places="Calmette Hospital;Central Market (Phsar Thmei);Independence Monument;Phnom Penh International Airport;"
        "Royal Palace;Olympic Stadium",
        teams="Phnom Penh Crown;Visakha FC;Boeung Ket",
        utility="EDC;PPWSA",
        agency="NCDM;Cambodian Red Cross;municipal police",
        hazard="the Mekong floods;Typhoon Noru;the dry-season heatwave;Storm Ketsana",
        news="Khmer Times;Phnom Penh Post;CamboJA News",
        telco="Cellcard;Smart Axiata;Metfone",
        cur="${i}.{c};{i},000 riel;KHR {i},000",
        air="KR;K6;FD",
        hon="Lok~Lok Srey",
    ),
    dict(
        code="mn-MN",
        langs="mn;en",
        region="MN",
        iban="",
        order="mn",
        f="Enkhjargal|Энхжаргал;Oyuntsetseg|Оюунцэцэг;Saranchimeg|Саранчимэг;Bolormaa|Болормаа;Nomin|Номин;"
        "Anujin|Анужин;Khulan|Хулан;Uyanga|Уянга",
        m="Batbayar|Батбаяр;Ganbold|Ганболд;Temuulen|Тэмүүлэн;Bat-Erdene|Бат-Эрдэнэ;Munkh-Orgil|Мөнх-Оргил;"
        "Erdenebat|Эрдэнэбат;Sukhbat|Сүхбат;Tuguldur|Түгүлдөр",
        s="Dorj|Дорж;Bold|Болд;Gantulga|Гантулга;Purevdorj|Пүрэвдорж;Tserendorj|Цэрэндорж;Batsukh|Батсүх;"
        "Altankhuyag|Алтанхуяг;Oyunbileg|Оюунбилэг;Ganzorig|Ганзориг",
        streets="Peace Avenue;Seoul Street;Chinggis Avenue;Ikh Toiruu;Olympic Street;Baga Toiruu",
        cities="Ulaanbaatar:1####::Sukhbaatar district,Bayanzurkh district,Khan-Uul district,"
        "Chingeltei district,Songinokhairkhan district;Darkhan:45###::Darkhan soum;Erdenet:61###::Bayan-Undur soum",
        units="Apartment {u};apt {u}, entrance {f};Building {u}",
        num="+;+#",
        short="{street} {n}",
        std="Building {n}, Apartment {u}, {district};{street} {n}, apt {u}",
        full="Apartment {u}, Building {n}, {f}rd khoroo, {district}, {city} {pc};{street} {n}, {district}, {city};"
        "Building {n}, apt {u}\n{f}th khoroo, {district}\n{city}",
        mail="gmail.com;yahoo.com;mail.mn",
        places="Sükhbaatar Square;Chinggis Khaan International Airport;State Department Store;"
        "National Trauma Centre;Zaisan Memorial",
        teams="Erchim FC;Khangarid;Deren FC",
        utility="UBEDN;USUG;UB Heating Network",
        agency="NEMA;Mongolian Red Cross Society;Police General Authority",
        hazard="the dzud;the spring dust storm;the Tuul river flood;the winter smog",
        news="Montsame;GoGo News;UB Post;Eagle News",
        telco="Unitel;Mobicom;Skytel;G-Mobile",
        cur="₮{i},000;{i} MNT",
        air="OM;M0",
    ),
    dict(
        code="kk-KZ",
        langs="ru;kk",
        region="KZ",
        iban="KZ",
        f="Aigerim|Айгерим;Dana|Дана;Aruzhan|Аружан;Gulnara|Гульнара;Madina|Мадина;Saule|Сауле;Zhanar|Жанар;"
        "Olga|Ольга;Tatyana|Татьяна;Dinara|Динара",
        m="Nurlan|Нурлан;Yerlan|Ерлан;Daniyar|Данияр;Askar|Аскар;Timur|Тимур;Arman|Арман;Dmitriy|Дмитрий;"
        "Sergey|Сергей;Azamat|Азамат;Yerzhan|Ержан",
        s="Akhmetov~Akhmetova|Ахметов~Ахметова;Zhaksylykov~Zhaksylykova|Жаксылыков~Жаксылыкова;"
        "Omarov~Omarova|Омаров~Омарова;Iskakov~Iskakova|Искаков~Искакова;Kim|Ким;Tkachenko|Ткаченко;"
        "Baimukhamedov~Baimukhamedova|Баймухамедов~Баймухамедова;Sultanbekov~Sultanbekova|Султанбеков~Султанбекова;"
        "Seitkali|Сейткали;Nurmagambetov~Nurmagambetova|Нурмагамбетов~Нурмагамбетова;Ivanenko|Иваненко",
        streets="Abay Avenue|пр. Абая;Dostyk Avenue|пр. Достык;Tole Bi Street|ул. Толе би;"
        "Kabanbay Batyr Avenue|пр. Кабанбай батыра;Zheltoksan Street|ул. Желтоксан;Satpayev Street|ул. Сатпаева;"
        "Rozybakiev Street|ул. Розыбакиева",
        cities="Almaty|Алматы:050000::Bostandyk district|Бостандыкский район,Almaly district|Алмалинский район;"
        "Astana|Астана:010000::Yesil district|район Есиль;Shymkent|Шымкент:160000::;Karaganda|Караганда:100000::;"
        "Aktobe|Актобе:030000::;Pavlodar|Павлодар:140000::",
        units="apt {u};apt {u}, entrance {f};office {u}",
        nunits="кв. {u};кв. {u}, подъезд {f};офис {u}",
        num="+;+#;+##;+#/+",
        short="{n} {street};{street} {n}",
        std="{street} {n}, {unit};{n} {street}, {unit}",
        full="{street} {n}, {unit}, {city} {pc};{n} {street}, {unit}, {city};{street} {n}, {unit}\n{pc} {city}",
        nshort="{street}, {n};{street} {n}",
        nstd="{street}, д. {n}, {unit};{street} {n}, {unit}",
        nfull="{pc}, г. {city}, {street}, д. {n}, {unit};{street} {n}, {unit}, {city} {pc};г. {city}, {street} {n}, {unit}",
        mail="mail.ru;gmail.com;yandex.kz;inbox.ru;bk.ru",
        places="Almaty International Airport;Medeu|Медеу;Almaty-2 station|вокзал Алматы-2;Kok Tobe|Кок-Тобе;"
        "Baiterek|Байтерек;Green Bazaar|Зелёный базар",
        teams="Kairat|Кайрат;Astana FC|Астана;Tobol|Тобол;Ordabasy|Ордабасы;Barys Astana",
        utility="AlmatyEnergoSbyt|АлматыЭнергоСбыт;Almaty Su|Алматы Су;Astana-REK",
        agency="МЧС;Emergencies Ministry|МЧС РК;police|полиция;Kazakh Red Crescent",
        hazard="the spring floods|весенний паводок;the Almaty earthquake|землетрясение;the Abai fire;"
        "the mudflow|сель",
        news="Tengrinews;Vlast.kz;Orda.kz;Kursiv",
        telco="Kcell|Kcell;Beeline KZ|Билайн;Tele2 Kazakhstan|Tele2;Altel",
        cur="{i} ₸;{i} тенге;KZT {i}",
        air="KC;DV;IQ",
    ),
    dict(
        code="ka-GE",
        langs="ka;en",
        region="GE",
        iban="GE",
        f="Nino|ნინო;Mariam|მარიამ;Tamar|თამარ;Ana|ანა;Salome|სალომე;Ketevan|ქეთევან;Eka|ეკა;Natia|ნათია;"
        "Tamta|თამთა;Lika|ლიკა",
        m="Giorgi|გიორგი;Levan|ლევან;Davit|დავით;Irakli|ირაკლი;Luka|ლუკა;Zurab|ზურაბ;Nika|ნიკა;Sandro|სანდრო;"
        "Gela|გელა;Beka|ბექა",
        s="Beridze|ბერიძე;Kapanadze|კაპანაძე;Gelashvili|გელაშვილი;Tsiklauri|წიკლაური;Lomidze|ლომიძე;"
        "Japaridze|ჯაფარიძე;Chkheidze|ჩხეიძე;Mamaladze|მამალაძე;Abashidze|აბაშიძე;Maisuradze|მაისურაძე;"
        "Kvirikashvili|კვირიკაშვილი",
        streets="Rustaveli Avenue|რუსთაველის გამზირი;Chavchavadze Avenue|ჭავჭავაძის გამზირი;"
        "Aghmashenebeli Avenue|აღმაშენებლის გამზირი;Pekini Street|პეკინის ქუჩა;"
        "Vazha-Pshavela Avenue|ვაჟა-ფშაველას გამზირი;Kostava Street|კოსტავას ქუჩა;Paliashvili Street|ფალიაშვილის ქუჩა",
        cities="Tbilisi|თბილისი:01##::Vake|ვაკე,Saburtalo|საბურთალო,Vera|ვერა,Gldani|გლდანი;"
        "Batumi|ბათუმი:6000::Old Boulevard|ძველი ბულვარი;Kutaisi|ქუთაისი:4600::;Rustavi|რუსთავი:3700::;"
        "Gori|გორი:1400::;Zugdidi|ზუგდიდი:2100::",
        units="apt {u};apt {u}, {f}th floor;entrance {f}, apt {u}",
        nunits="ბ. {u};ბინა {u}",
        num="+;+#;+##",
        short="{n} {street};{street} {n}",
        std="{n} {street}, {unit};{street} {n}, {unit}",
        full="{n} {street}, {unit}, {city} {pc};{street} {n}, {district}, {city};{n} {street}, {unit}\n{city} {pc}",
        nshort="{street} {n}",
        nstd="{street} {n}, {unit}",
        nfull="{city}, {street} {n}, {unit};{street} №{n}, {unit}, {city} {pc}",
        mail="gmail.com;yahoo.com;mail.ru;posta.ge",
        places="Freedom Square;Rustaveli Theatre;Tbilisi International Airport;Dezertirebi Bazaar;"
        "Tbilisi Central Hospital;Batumi Boulevard",
        teams="Dinamo Tbilisi;Dinamo Batumi;Torpedo Kutaisi;Saburtalo",
        utility="Telasi;GWP;Energo-Pro Georgia",
        agency="Emergency Management Service|საგანგებო სიტუაციების მართვის სამსახური;112;Patrol Police",
        hazard="the Shovi landslide;the Vere river flood;the Borjomi fires;the heavy snowfall",
        news="Civil.ge;Interpressnews;Formula TV;OC Media",
        telco="Magti|მაგთი;Silknet;Cellfie",
        cur="₾{i};{i} GEL;{i} ლარი",
        air="A9;J2;TK",
    ),
    dict(
        code="hy-AM",
        langs="hy;ru;en",
        region="AM",
        iban="",
        f="Anahit|Անահիտ;Lilit|Լիլիթ;Mariam|Մարիամ;Ani|Անի;Nare|Նարե;Gayane|Գայանե;Armine|Արմինե;"
        "Siranush|Սիրանուշ;Hasmik|Հասմիկ",
        m="Armen|Արմեն;Tigran|Տիգրան;Davit|Դավիթ;Hayk|Հայկ;Narek|Նարեկ;Gor|Գոռ;Aram|Արամ;Vardan|Վարդան;"
        "Hovhannes|Հովհաննես",
        s="Petrosyan|Պետրոսյան;Hakobyan|Հակոբյան;Grigoryan|Գրիգորյան;Sargsyan|Սարգսյան;"
        "Harutyunyan|Հարությունյան;Vardanyan|Վարդանյան;Avetisyan|Ավետիսյան;Ghazaryan|Ղազարյան;"
        "Mkrtchyan|Մկրտչյան;Ter-Grigoryan|Տեր-Գրիգորյան;Manukyan|Մանուկյան",
        streets="Abovyan Street|Աբովյան փողոց;Mashtots Avenue|Մաշտոցի պողոտա;Tumanyan Street|Թումանյան փողոց;"
        "Baghramyan Avenue|Բաղրամյան պողոտա;Komitas Avenue|Կոմիտասի պողոտա;"
        "Sayat-Nova Avenue|Սայաթ-Նովայի պողոտա;Arshakunyats Avenue|Արշակունյաց պողոտա",
        cities="Yerevan|Երևան:00##::Kentron|Կենտրոն,Arabkir|Արաբկիր,Nor Nork|Նոր Նորք,Ajapnyak|Աջափնյակ;"
        "Gyumri|Գյումրի:3101::;Vanadzor|Վանաձոր:2001::;Dilijan|Դիլիջան:3901::",
        units="apt {u};apt {u}, {f}th floor",
        nunits="բն. {u};բնակարան {u}",
        num="+;+#;+##;+#/+",
        short="{n} {street};{street} {n}",
        std="{n} {street}, {unit};{street} {n}, {unit}",
        full="{n} {street}, {unit}, {city} {pc};{street} {n}, {unit}, {district}, {city};"
        "{n} {street}, {unit}\n{city} {pc}, Armenia",
        nshort="{street} {n}",
        nstd="{street} {n}, {unit}",
        nfull="{city}, {street} {n}, {unit};{pc}, {city}, {street} {n}, {unit}",
        mail="gmail.com;mail.ru;yahoo.com;yandex.ru",
        places="Republic Square;Cascade;Zvartnots International Airport;Vernissage market;"
        "Erebouni Medical Center;Yerevan Opera",
        teams="FC Pyunik;Ararat-Armenia;FC Noah;Urartu",
        utility="Electric Networks of Armenia;Veolia Jur",
        agency="Ministry of Emergency Situations;Armenian Red Cross;Patrol Police",
        hazard="the Debed river flood;the Surmalu explosion;the Lori flooding;the May floods",
        news="Armenpress;CivilNet;Azatutyun;news.am",
        telco="Viva;Team Telecom;Ucom",
        cur="֏{i},000;{i} AMD;{i} դրամ",
        air="5F;U6;FZ",
    ),
    dict(
        code="zh-TW",
        langs="zh;en",
        region="TW",
        iban="",
        order="east",
        f="Shu-fen|淑芬;Ya-ting|雅婷;Mei-ling|美玲;Hsin-yi|欣怡;Pei-shan|佩珊;Chia-hui|佳慧;Yu-ting|郁婷;"
        "Yi-chun|怡君;Hui-wen|惠雯",
        m="Chih-ming|志明;Chien-hung|建宏;Cheng-han|承翰;Kuan-yu|冠宇;Chun-chieh|俊傑;Wei-lun|偉倫;"
        "Tsung-han|宗翰;Chia-hao|家豪;Yu-hsiang|育祥",
        s="Chen|陳;Lin|林;Huang|黃;Chang|張;Lee|李;Wang|王;Wu|吳;Liu|劉;Tsai|蔡;Yang|楊;Hsu|許;Cheng|鄭;Hsieh|謝",
        streets="Sec. 3, Roosevelt Rd.|羅斯福路三段;Sec. 4, Zhongxiao E. Rd.|忠孝東路四段;"
        "Sec. 2, Minsheng E. Rd.|民生東路二段;Sec. 1, Zhongshan N. Rd.|中山北路一段;"
        "Sec. 2, Heping E. Rd.|和平東路二段;Wenhua Rd.|文化路;Zhongzheng Rd.|中正路;Sec. 1, Taiwan Blvd.|臺灣大道一段",
        cities="Taipei City|台北市:1##::Da'an Dist.|大安區,Xinyi Dist.|信義區,Zhongshan Dist.|中山區;"
        "New Taipei City|新北市:220::Banqiao Dist.|板橋區;Taichung City|台中市:40#::West Dist.|西區;"
        "Kaohsiung City|高雄市:80#::Lingya Dist.|苓雅區;Tainan City|台南市:70#::East Dist.|東區",
        units="{f}F.;{f}F.-{u};Ln. {u};Aly. {u}",
        nunits="{f}樓;{f}樓之{u};{u}巷",
        num="+;+#;+##",
        short="No. {n}, {street};{unit}, No. {n}, {street}",
        std="{unit}, No. {n}, {street}, {district};No. {n}, {street}, {district}",
        full="{unit}, No. {n}, {street}, {district}, {city} {pc};No. {n}, {street}, {district}, {city} {pc}, Taiwan;"
        "{unit}, No. {n}, {street}\n{district}, {city} {pc}",
        nshort="{street}{n}號",
        nstd="{street}{n}號{unit}",
        nfull="{pc}{city}{district}{street}{n}號{unit};{city}{district}{street}{n}號{unit}",
        mail="gmail.com;yahoo.com.tw;hotmail.com;msa.hinet.net",
        places="Taipei 101;Chiang Kai-shek Memorial Hall;Taipei Main Station;National Taiwan University Hospital;"
        "Taoyuan International Airport;Shilin Night Market",
        teams="CTBC Brothers;Rakuten Monkeys;Taipei Fubon Braves;Uni-President Lions",
        utility="Taipower|台電;Taiwan Water Corporation|台水",
        agency="NFA|消防署;Central Weather Administration|氣象署;Taipei City Police",
        hazard="Typhoon Krathon|山陀兒颱風;Typhoon Gaemi|凱米颱風;the Hualien earthquake|花蓮地震;Typhoon Kong-rey",
        news="CNA;Liberty Times;United Daily News;Taipei Times",
        telco="Chunghwa Telecom|中華電信;Taiwan Mobile|台灣大哥大;FarEasTone|遠傳",
        cur="NT${i};{i}元;TWD {i}",
        air="CI;BR;JX",
    ),
    dict(
        code="zh-HK",
        langs="zh;en",
        region="HK",
        iban="",
        order="east",
        f="Wing Yan|詠欣;Ka Yan|嘉欣;Mei Ling|美玲;Hoi Ching|凱晴;Sze Wai|思慧;Tsz Ching|芷晴;Man Yee|敏儀",
        m="Tai Man|大文;Chi Keung|志強;Ka Ho|家豪;Wai Lun|偉倫;Siu Ming|小明;Chun Kit|俊傑;Ho Yin|浩賢",
        s="Chan|陳;Wong|黃;Lee|李;Cheung|張;Lau|劉;Leung|梁;Ho|何;Ng|吳;Yip|葉;Tsang|曾;Kwok|郭;Mak|麥;Fung|馮",
        streets="King's Road|英皇道;Nathan Road|彌敦道;Hennessy Road|軒尼詩道;Castle Peak Road|青山公路;"
        "Shau Kei Wan Road|筲箕灣道;Tai Po Road|大埔道;Argyle Street|亞皆老街;Des Voeux Road West|德輔道西",
        cities="Hong Kong|香港:::Quarry Bay|鰂魚涌,Mong Kok|旺角,Wan Chai|灣仔,Tsuen Wan|荃灣,"
        "Sham Shui Po|深水埗,North Point|北角,Sai Ying Pun|西營盤",
        units="Flat {L}, {f}/F;Flat {u}, {f}/F, Block {L};Room {f}0{u}, {f}/F;{f}/F",
        nunits="{f}樓{L}室;{f}樓{u}室;{L}座{f}樓",
        num="+;+#;+##;+##-+##",
        short="{n} {street};{unit}, {n} {street}",
        std="{unit}, Wing Fai Building, {n} {street};{unit}, {n} {street}, {district}",
        full="{unit}, Wing Fai Building, {n} {street}, {district}, {city};{unit}, {n} {street}, {district};"
        "{unit}, Hoi Tai Mansion\n{n} {street}\n{district}, {city}",
        nshort="{street}{n}號",
        nstd="{street}{n}號{unit}",
        nfull="{city}{district}{street}{n}號永輝大廈{unit};{district}{street}{n}號{unit}",
        mail="gmail.com;yahoo.com.hk;netvigator.com;hotmail.com",
        places="Queen Mary Hospital;Mong Kok MTR station;Victoria Park;Hong Kong International Airport;"
        "Times Square;Tsim Sha Tsui Star Ferry Pier",
        teams="Kitchee SC;Eastern SC;Lee Man FC;Tai Po FC",
        utility="CLP Power|中電;HK Electric|港燈;Water Supplies Department|水務署",
        agency="HK Observatory|天文台;Fire Services Department|消防處;Hong Kong Police|警務處",
        hazard="Typhoon Saola|蘇拉;Typhoon Yagi|摩羯;the black rainstorm|黑雨;the Tai Po fire",
        news="RTHK;South China Morning Post;HK01;Ming Pao",
        telco="CSL|中國移動;3HK;SmarTone|數碼通;China Mobile Hong Kong",
        cur="HK${i};${i};{i}港元",
        air="CX;UO;HX",
    ),
    dict(
        code="en-JM",
        langs="en",
        region="JM",
        iban="",
        f="Shanice;Tameka;Kimone;Latoya;Abigail;Shauna-Kay;Tashana;Jodian;Nordia;Sashoy",
        m="Andre;Kemar;Shaquille;Dwayne;Odane;Romario;Damion;Oneil;Garfield;Jevaughn",
        s="Campbell;Brown;Williams;McKenzie;Thompson;Grant;Clarke;Reid;Henry;Morrison;Bailey;Blake;Chin-Quee;"
        "Wong-Lee;O'Connor",
        streets="Hope Road;Constant Spring Road;Half Way Tree Road;Red Hills Road;Molynes Road;Barbican Road;"
        "Orange Street;Mannings Hill Road;Hagley Park Road",
        cities="Kingston 6:::;Kingston 8:::;Kingston 10:::;Kingston 20:::;Montego Bay:::;Spanish Town:::;Portmore:::;"
        "Mandeville:::;Ocho Rios:::",
        units="Apt {u};Lot {u}{f};Unit {u}",
        num="+;+#;+##",
        short="{n} {street}",
        std="Apt {u}, {n} {street};{n} {street}, {city}",
        full="{n} {street}, {city};Apt {u}, {n} {street}, {city};Lot {n}{u}, Greater Portmore, St. Catherine;"
        "{n} {street}\n{city}\nJamaica W.I.",
        mail="gmail.com;yahoo.com;hotmail.com;cwjamaica.com",
        places="Norman Manley International Airport;Half Way Tree Transport Centre;University Hospital of the West Indies;"
        "Emancipation Park;Devon House;Bob Marley Museum",
        teams="Harbour View FC;Mount Pleasant FA;Waterhouse FC;Arnett Gardens",
        utility="JPS;National Water Commission",
        agency="ODPEM;JCF;Jamaica Fire Brigade;Jamaica Red Cross",
        hazard="Hurricane Beryl;Hurricane Melissa;Tropical Storm Rafael;the June floods",
        news="The Gleaner;Jamaica Observer;RJR News;Nationwide 90FM",
        telco="Digicel;Flow",
        cur="J${i};JMD {i};${i}",
        air="BW;AA;JetBlue",
    ),
    dict(
        code="en-TT",
        langs="en",
        region="TT",
        iban="",
        f="Keisha;Anisa;Renee;Sharda;Candice;Kavita;Nalini;Jenelle;Shivani;Aaliyah",
        m="Ravi;Marlon;Kerwin;Anil;Darren;Jason;Kwesi;Vishnu;Ryan;Shiva",
        s="Ramdeen;Maharaj;Ali;Mohammed;Persad;Baptiste;Joseph;De Freitas;Rampersad;Charles;Sookdeo;Gopaul;"
        "Boodoo;Hosein;Achong",
        streets="Ariapita Avenue;Frederick Street;Eastern Main Road;Southern Main Road;Maraval Road;Tragarete Road;"
        "Caroni Savannah Road;Coffee Street;Saddle Road",
        cities="Port of Spain:::Woodbrook,St. Clair,Belmont;San Fernando:::Marabella;Chaguanas:::Felicity;"
        "Arima:::Malabar;Point Fortin:::Techier;Scarborough:::Signal Hill",
        units="Apt {u};Unit {u}{L};LP {u}",
        num="+;+#;#+#",
        short="{n} {street};LP {n} {street}",
        std="{n} {street}, {district};LP {n} {street}, {district}",
        full="{n} {street}, {district}, {city};LP {n} {street}, {city};#{n} {street}, {district}\n{city}",
        mail="gmail.com;yahoo.com;hotmail.com;tstt.net.tt",
        places="Queen's Park Savannah;Piarco International Airport;Port of Spain General Hospital;City Gate;"
        "Hasely Crawford Stadium;Maracas Bay",
        teams="Defence Force FC;W Connection;Central FC;Trinbago Knight Riders",
        utility="T&TEC;WASA",
        agency="ODPM;TTPS;TT Fire Service;Red Cross TT",
        hazard="Hurricane Beryl;the Tobago oil spill;the Diego Martin floods;Tropical Storm Bret",
        news="Trinidad Express;Newsday;Guardian TT;CNC3",
        telco="bmobile;Digicel TT;Flow",
        cur="TT${i};${i} TT",
        air="BW;AA;B6",
    ),
    dict(
        code="fr-HT",
        langs="ht;fr",
        region="HT",
        iban="FR",
        f="Marie-Claude;Wideline;Nadège;Fabienne;Guerline;Rose-Mina;Mirlande;Stéphanie;Natacha;Roseline",
        m="Jean-Robert;Wilner;Frantz;Ricardo;Pierre-Louis;Jonas;Kervens;Wesner;Dieuseul;Jean-Claude",
        s="Pierre;Jean-Baptiste;Joseph;Saint-Fleur;Charles;Dorvilus;Louis-Jeune;Exantus;Théodore;Célestin;"
        "Dorsainvil;Noël;Désir;Augustin",
        streets="Rue Capois;Delmas 33;Route de Frères;Rue Grégoire;Avenue John Brown;Rue Lamarre;Rue Pavée;"
        "Route de Kenscoff;Rue Faubert",
        cities="Port-au-Prince:HT6110::Turgeau,Bois Verna,Delmas,Carrefour Feuilles;Pétion-Ville:HT6140::Morne Calvaire;"
        "Cap-Haïtien:HT1110::Vertières;Jacmel:HT9110::Bas-Ville;Les Cayes:HT8110::Quatre Chemins",
        units="#{u};Impasse {L}, #{u};apt {u}",
        num="+;+#",
        short="{n}, {street};{street} #{n}",
        std="{street}, Impasse Dorsainvil #{n};{n}, {street}, {district}",
        full="{n}, {street}, {district}, {city};{street}, Rue Clerveaux #{n}, {city};{n}, {street}, {pc} {city};"
        "Angle {street} et Rue Lamarre #{n}\n{city}",
        mail="gmail.com;yahoo.fr;hotmail.com",
        places="Aéroport international Toussaint Louverture;Champ de Mars;Hôpital Bernard Mevs;Marché en Fer;"
        "Place Boyer;Stade Sylvio Cator",
        teams="Violette AC;Racing CH;Don Bosco FC;Arcahaie FC",
        utility="EDH;DINEPA",
        agency="Protection civile;PNH;Croix-Rouge haïtienne",
        hazard="Hurricane Matthew;the Nippes earthquake;the cholera outbreak;the June floods",
        news="Le Nouvelliste;Radio Kiskeya;AyiboPost;Radio Télé Métropole",
        telco="Digicel Haïti;Natcom",
        cur="{i} HTG;{i} gourdes;US${i}",
        air="AA;B6;AF",
    ),
    dict(
        code="en-US",
        langs="en",
        region="US",
        iban="",
        groups=[
            (
                "af",
                "Keisha;Imani;Aaliyah;Latrice;Shanelle;Jasmine",
                "Darnell;Tyrone;Jamal;DeShawn;Marcus;Terrence",
                "Washington;Jefferson;Jackson;Robinson;Booker;Coleman;Freeman",
            ),
            (
                "hisp",
                "Guadalupe;Maricela;Yesenia;Ana Lucía;Xiomara;Marisol",
                "José Luis;Alejandro;Héctor;Rigoberto;Julio César;Mateo",
                "Ortiz;Delgado;Villanueva;Castañeda;De La Cruz;Ibarra;Rosales",
            ),
            (
                "vn",
                "Linh;Trang;Phuong;Thuy;Mai",
                "Thanh;Huy;Minh;Duc;Khoa",
                "Nguyen;Tran;Pham;Le;Vu;Dang;Huynh",
            ),
            (
                "sa",
                "Priya;Deepa;Kavya;Ananya;Shreya",
                "Arjun;Sanjay;Rohan;Vikram;Aditya",
                "Raghunathan;Patel;Venkataraman;Deshmukh;Chowdhury;Iyer;D'Souza",
            ),
            (
                "eu",
                "Bridget;Colleen;Teresa;Kathleen;Donna;Marta",
                "Kevin;Vincent;Stanley;Dennis;Walter;Brendan",
                "Kowalski;Moretti;Schaefer;Brennan;DiNapoli;O'Rourke;Van der Berg;Lindqvist",
            ),
            (
                "jp",
                "Naomi;Emi;Yuki;Aiko",
                "Kenji;Hiroshi;Takeshi;Ryo",
                "Watanabe;Yamamoto;Nakamura;Tanaka;Kobayashi",
            ),
            (
                "kr",
                "Hye-jin;Soo-ah;Ji-woo;Min-seo",
                "Min-jun;Jae-won;Sung-ho;Dong-hyun",
                "Park;Kim;Choi;Jung;Yoon",
            ),
            (
                "ea",
                "Hodan;Ifeoma;Selam;Amina;Ngozi",
                "Yusuf;Abdirahman;Chukwuemeka;Tsegaye;Oluwaseun",
                "Abdi;Warsame;Okonkwo;Adeyemi;Bekele;Haile;Nwosu",
            ),
            ("ar", "Rania;Layla;Nadia;Samira", "Khalil;Sami;Omar;Fadi", "Haddad;Saleh;Aziz;Hamdan;Khoury"),
        ],
        streets="N Kedzie Ave;Maple St;Elm Street;Martin Luther King Jr Blvd;Crenshaw Blvd;Grand Concourse;"
        "Westheimer Rd;Bissonnet St;E Colfax Ave;Lake City Way NE;Mission St;Halsted St;Bergenline Ave;"
        "Bellaire Blvd;W 7th St;Cedar Ln;Dorchester Ave;Federal Blvd",
        cities="Chicago:606##:IL;Houston:770##:TX;Los Angeles:900##:CA;Bronx:104##:NY;Seattle:981##:WA;"
        "Denver:802##:CO;Miami:331##:FL;Philadelphia:191##:PA;Detroit:482##:MI;Minneapolis:554##:MN;"
        "Atlanta:303##:GA;Phoenix:850##:AZ;Newark:071##:NJ;Columbus:432##:OH;Charlotte:282##:NC;"
        "Madison:537##:WI;Baltimore:212##:MD;Richmond:232##:VA;Las Vegas:891##:NV;Boston:021##:MA",
        units="Apt {u};Apt {f}{L};#{u};Unit {u};Ste {u}0",
        num="+#;+##;+###;+####",
        short="{n} {street}",
        std="{n} {street} {unit};{n} {street}, {unit}",
        full="{n} {street}, {unit}, {city}, {state} {pc};{n} {street}\n{city}, {state} {pc};"
        "{n} {street} {unit}, {city} {state} {pc};{n} {street}, {city}, {state} {pc}",
        mail="gmail.com;yahoo.com;outlook.com;icloud.com;aol.com;comcast.net",
        places="O'Hare;Grand Central Terminal;Jackson Memorial Hospital;Golden Gate Park;Union Station;"
        "Martin Luther King Jr. Community Hospital;Harris Health Ben Taub Hospital",
        teams="Chicago Bulls;Houston Astros;the Lakers;Seattle Sounders;Denver Broncos;Atlanta Hawks",
        utility="ComEd;CenterPoint Energy;Con Edison;Duke Energy;PG&E;Xcel Energy",
        agency="FEMA;the National Weather Service;the Red Cross;county sheriff's office",
        hazard="Hurricane Helene;Hurricane Milton;the Eaton fire;the Texas Hill Country flood;the polar vortex",
        news="AP;Houston Chronicle;Chicago Tribune;KPBS;WLRN",
        telco="Verizon;T-Mobile;AT&T;Cricket Wireless",
        cur="${i}.{c};${i};USD {i}",
        air="AA;UA;DL;WN",
    ),
]

LOCALES = [Locale(**d) for d in LOCALE_DATA]
LOCALE_BY_CODE = {loc.code: loc for loc in LOCALES}

# Scripts in which a text's names and addresses are written natively.
NATIVE_SCRIPT_LANGS = ("el", "ru", "ar", "zh", "ka", "hy", "mn")

# Honorifics by text language: (masculine, feminine, position).
HONORIFICS = {
    "en": ("Mr;Mr.;Dr", "Mrs;Ms;Ms.;Dr.;Miss", "pre"),
    "pt": ("Sr.;Senhor;Dr.;Eng.", "Sra.;D.;Dra.;Senhora", "pre"),
    "es": ("Sr.;Don;Lic.;Ing.", "Sra.;Srta.;Doña;Lic.", "pre"),
    "fr": ("M.;Monsieur;Dr", "Mme;Madame;Mlle", "pre"),
    "ht": ("Msye;M.", "Madan;Mme", "pre"),
    "el": ("κ.;κύριος", "κα;κυρία", "pre"),
    "cs": ("pan;Ing.;Mgr.", "paní;Ing.;MUDr.", "pre"),
    "ro": ("dl.;domnul;Dr.", "dna;doamna;Dr.", "pre"),
    "da": ("hr.", "fru", "pre"),
    "ru": ("г-н;господин", "г-жа;госпожа", "pre"),
    "ar": ("السيد;الأستاذ", "السيدة;الآنسة", "pre"),
    "zh": ("先生", "小姐;女士", "post"),
    "sw": ("Bw.;Bwana;Mzee", "Bi.;Mama", "pre"),
}

PHRASES = {
    "pt": dict(hi="Olá;Bom dia;Boa tarde", bye="Obrigada 🙏;Obrigado;Cumprimentos;Abraço", urgent="URGENTE"),
    "es": dict(
        hi="Hola;Buenas;Buenos días", bye="Gracias;Mil gracias 🙏;Saludos;Un abrazo", urgent="URGENTE"
    ),
    "fr": dict(
        hi="Bonjour;Salut;Bonsoir", bye="Merci;Merci d'avance;Cordialement;Bien à vous", urgent="URGENT"
    ),
    "ht": dict(hi="Bonjou;Sak pase", bye="Mèsi;Mèsi anpil;Ak respè", urgent="IJAN"),
    "el": dict(hi="Γεια σας;Καλημέρα", bye="Ευχαριστώ;Ευχαριστούμε;Φιλικά", urgent="ΕΠΕΙΓΟΝ"),
    "cs": dict(hi="Dobrý den;Ahoj", bye="Děkuji;Díky;S pozdravem", urgent="NALÉHAVÉ"),
    "ro": dict(hi="Bună ziua;Salut", bye="Mulțumesc;Mersi;Cu stimă", urgent="URGENT"),
    "da": dict(hi="Hej;Goddag", bye="Tak;Mange tak;Venlig hilsen;Mvh", urgent="HASTER"),
    "ru": dict(
        hi="Здравствуйте;Привет;Добрый день", bye="Спасибо;Заранее спасибо;С уважением", urgent="СРОЧНО"
    ),
    "kk": dict(hi="Сәлеметсіз бе;Сәлем", bye="Рахмет;Рақмет сізге", urgent="ШҰҒЫЛ"),
    "ar": dict(hi="مرحبا;السلام عليكم", bye="شكراً;شكرا جزيلا;مع التحية", urgent="عاجل"),
    "zh": dict(hi="你好;各位好;大家好", bye="謝謝;感謝;謝謝大家", urgent="緊急"),
    "sw": dict(hi="Habari;Jambo;Shikamoo", bye="Asante;Asanteni sana;Kwa heri", urgent="HARAKA"),
    "ka": dict(hi="გამარჯობა", bye="მადლობა;გმადლობთ;პატივისცემით", urgent="სასწრაფო"),
    "hy": dict(hi="Բարև;Բարև ձեզ", bye="Շնորհակալություն;Մերսի;Հարգանքով", urgent="ՇՏԱՊ"),
    "mn": dict(hi="Сайн байна уу", bye="Баярлалаа;Хүндэтгэсэн", urgent="ЯАРАЛТАЙ"),
    "ne": dict(hi="नमस्ते;Namaste", bye="धन्यवाद;Dhanyabad", urgent="अत्यावश्यक"),
    "my": dict(hi="မင်္ဂလာပါ;Mingalaba", bye="ကျေးဇူးတင်ပါတယ်", urgent="အရေးပေါ်"),
    "km": dict(hi="សួស្តី;Suosdei", bye="អរគុណ;Orkun", urgent="បន្ទាន់"),
    "ga": dict(hi="Dia dhuit;A chara", bye="Go raibh maith agat;Le meas;Slán", urgent="PRÁINNEACH"),
}

WEEKDAYS = {
    "en": "Monday;Tuesday;Wednesday;Thursday;Friday;Saturday;Sunday;Mon;Tue;Wed;Thu;Fri;Sat;Sun",
    "pt": "segunda-feira;terça-feira;quarta-feira;quinta-feira;sexta-feira;sábado;domingo",
    "es": "lunes;martes;miércoles;jueves;viernes;sábado;domingo",
    "fr": "lundi;mardi;mercredi;jeudi;vendredi;samedi;dimanche",
    "ht": "lendi;madi;mèkredi;jedi;vandredi;samdi;dimanch",
    "el": "Δευτέρα;Τρίτη;Τετάρτη;Πέμπτη;Παρασκευή;Σάββατο;Κυριακή",
    "cs": "pondělí;úterý;středa;čtvrtek;pátek;sobota;neděle",
    "ro": "luni;marți;miercuri;joi;vineri;sâmbătă;duminică",
    "da": "mandag;tirsdag;onsdag;torsdag;fredag;lørdag;søndag",
    "ru": "понедельник;вторник;среда;четверг;пятница;суббота;воскресенье",
    "ar": "الاثنين;الثلاثاء;الأربعاء;الخميس;الجمعة;السبت;الأحد",
    "zh": "星期一;星期二;星期三;星期四;星期五;星期六;週日",
    "sw": "Jumatatu;Jumanne;Jumatano;Alhamisi;Ijumaa;Jumamosi;Jumapili",
}
MONTHS = {
    "en": "January;February;March;April;May;June;July;August;September;October;November;December",
    "pt": "janeiro;fevereiro;março;abril;maio;junho;julho;agosto;setembro;outubro;novembro;dezembro",
    "es": "enero;febrero;marzo;abril;mayo;junio;julio;agosto;septiembre;octubre;noviembre;diciembre",
    "fr": "janvier;février;mars;avril;mai;juin;juillet;août;septembre;octobre;novembre;décembre",
    "ht": "janvye;fevriye;mas;avril;me;jen;jiyè;out;septanm;oktòb;novanm;desanm",
    "el": "Ιανουαρίου;Φεβρουαρίου;Μαρτίου;Απριλίου;Μαΐου;Ιουνίου;Ιουλίου;Αυγούστου;Σεπτεμβρίου;Οκτωβρίου;"
    "Νοεμβρίου;Δεκεμβρίου",
    "cs": "ledna;února;března;dubna;května;června;července;srpna;září;října;listopadu;prosince",
    "ro": "ianuarie;februarie;martie;aprilie;mai;iunie;iulie;august;septembrie;octombrie;noiembrie;decembrie",
    "da": "januar;februar;marts;april;maj;juni;juli;august;september;oktober;november;december",
    "ru": "января;февраля;марта;апреля;мая;июня;июля;августа;сентября;октября;ноября;декабря",
    "ar": "يناير;فبراير;مارس;أبريل;مايو;يونيو;يوليو;أغسطس;سبتمبر;أكتوبر;نوفمبر;ديسمبر",
    "zh": "1月;2月;3月;4月;5月;6月;7月;8月;9月;10月;11月;12月",
    "sw": "Januari;Februari;Machi;Aprili;Mei;Juni;Julai;Agosti;Septemba;Oktoba;Novemba;Desemba",
}

JOBS = _sp(
    "shift supervisor;Head of Customer Operations;registered nurse;civil engineer;Data Protection Officer;"
    "Regional Manager;barista;paramedic;site foreman;logistics coordinator;Senior Software Engineer;claims handler;"
    "primary school teacher;pharmacist;warehouse operative;community liaison officer;duty manager;"
    "financial controller;social worker;GIS analyst;Operations Director;night porter;physiotherapist;"
    "Product Owner;Site Reliability Engineer;HR Business Partner;bus driver;volunteer coordinator"
)
ORGS = _sp(
    "Kestrel Freight;Marisol Logistics;Havelock Insurance;Boreal Systems;Tessera Analytics;Quay Media;Atlas Build;"
    "Andes Cargo;Sahel Consulting;Cedarline Hospitality;Lumen Health;Brightwater Utilities;Pinecrest Realty;"
    "Harbourside Dental;Orbis Telecom;Meridian Foods;Vantage Care Homes;Ironbridge Legal;Greenhollow Energy;"
    "Saltmarsh Studios;Copperleaf Retail;Nimbus Cloudworks"
)
ORG_DOMAINS = _sp(
    "kestrelfreight.com;marisol-logistics.pt;havelock.ie;boreal-systems.dk;tessera.io;quaymedia.co.uk;"
    "atlasbuild.com.au;andescargo.pe;sahelconsult.sn;cedarline.lb;lumenhealth.org;brightwater.co;"
    "pinecrest-realty.com;orbis-telecom.net;meridianfoods.eu;ironbridge.law;greenhollow.energy;nimbus.dev"
)
ROLE_LOCALS = _sp(
    "support;info;noreply;no-reply;helpdesk;bookings;claims;dispatch;volunteers;alerts;privacy;recalls;lettings;"
    "frontdesk;hr;admissions;careers;billing;donations;baggage;office;newsletter;security;abuse"
)
PRODUCTS = _sp(
    "Pixel 8a;Galaxy A54;iPhone 15;Kindle Paperwhite;Dyson V11;Thermomix TM6;PowerBank Max 20;HydraFlow kettle;"
    "SafeSeat Pro car seat;BrightPath stroller;ToyBlock STEM kit;AirPods Pro;Apple Watch SE;Philips Airfryer XL;"
    "Nest thermostat;Ring doorbell;PlayStation 5;Nintendo Switch;ThinkPad X1;GoPro Hero 12;Model Y;Moto G84"
)
DISEASES = _sp(
    "dengue;cholera;mpox;measles;leptospirosis;malaria;hepatitis A;COVID-19;norovirus;influenza;typhoid;Ebola"
)
COLORS = _sp("red;navy;black;grey;green;yellow;white;orange;purple;blue")
ITEMS = _sp(
    "black wallet;blue backpack;iPhone in a green case;car keys with a Benfica keyring;child's red scooter;"
    "brown leather handbag;hearing aid;passport holder;laptop bag;set of house keys;prescription glasses"
)
PETS = _sp("Biscuit;Mimi;Tigre;Luna;Rocky;Mishka;Simba;Pepper;Bolt;Nala;Kiki;Zorba")
HOTELS = _sp(
    "Hotel Atlântico;Grand Harbour Hotel;Ibis Centre;Hotel Continental;Sea Breeze Resort;Hotel Mirador;"
    "Riverside Suites;Hotel du Lac;Park Lane Inn;Holiday Inn Express"
)
CLINICS = _sp(
    "Riverside Health Centre;Clínica Dentária Sorriso;St. Brigid's Medical Practice;Centro Médico San Felipe;"
    "Cabinet Médical Les Palmiers;Poliklinika Budějovická;Harbour Vet Clinic;Smile Dental Studio;"
    "Northgate Physio;Kinderarztpraxis Sonnenschein"
)
GYMS = _sp("PulseFit;Iron Temple Gym;CrossBox;Holmes Place;Anytime Fitness;FitHub;Yoga Loft")
SCHOOLS = _sp(
    "Escola Básica de Alvalade;St. Patrick's National School;Scoil Mhuire;ZŠ Korunní;Liceul Teoretic Nr. 2;"
    "Riverside Primary School;Colegio San Agustín;Lycée Lamartine;Hillcrest Academy;Westfield High School;"
    "the School of Engineering;Faculty of Social Sciences"
)
CLUBS = _sp(
    "Riverside Athletic;St. Jude's GAA;Sokol Vinohrady;Clube Desportivo Alvalade;Harbour Rowing Club;"
    "Kingston Netball Club;Old Town Chess Club;Sunday Swimmers;Valley Cycling Club"
)
ASSOCS = _sp("Riverside Court;Quinta das Flores;Oak Terrace;Block C Residents;Parkview Towers;Harbour Mews")
# Public figures: never labelled.
CELEBRITIES = _sp(
    "Cristiano Ronaldo;Usain Bolt;Shakira;Lionel Messi;Taylor Swift;Serena Williams;Rafael Nadal;Bob Marley"
)
SUBJECTS = _sp(
    "Q3 planning;Flood response sync;Site visit;Budget review;Volunteer briefing;Incident retro;Handover;"
    "Shelter logistics;Board meeting;Interview loop;Recall follow-up"
)
SHIFTS = _sp("08:00–12:00;12:00–16:00;16:00–20:00;night;morning;early;late;20:00–00:00")
BROWSERS = _sp(
    "Chrome 122 on Android 14;Safari 17 on iOS 17.4;Firefox 124 on Windows 11;Edge 121;Samsung Internet 24"
)
TZS = _sp("WET;EET;CET;GMT;AEST;PET;VET;EAT;GMT+4;UTC;EST;CST;HKT;ICT")
BICS = _sp("BCOMPTPL;AIBKIE2D;BTRLRO22;DABADKKK;GIBACZPX;ETHNGRAA;BARCGB22;CITIUS33;BNPAFRPP;INGBNL2A")
ORDER_PATTERNS = _sp("ORD-+#####;#A+#####;PO-2025-0###;Order +######;SO+#######;WEB-+####-##")
TICKET_PATTERNS = _sp("INC+######;CRIS-+###;SR-+#####;CS-+#######;REQ+#####;TCK-+####")
CASE_PATTERNS = _sp("+#######;CR/+####/25;2025-CV-+####;KL-+#####-24;+###/2025")
TRACK_PATTERNS = _sp(
    "1Z+##^^+##########;JD0146+###########;CP+########PT;RR+########CN;LX+########DE;+###########"
)
BRAND_BANKS = [b for b in BRANDS if "Bank" in b or "Pay" in b] or list(BRANDS)
BRAND_AIRLINES = [b for b in BRANDS if "Air" in b] or list(BRANDS)
EN_UPPER_HON = ("MR", "MRS", "MS", "MSTR", "MISS")


@dataclass
class Person:
    given: str
    sur: str
    full: str
    given_n: str
    sur_n: str
    full_n: str
    gender: str
    loc: Locale
    group: str
    fam: tuple
    first: str
    key: str = ""


ENGLISH_GIVEN_ZH = {
    "f": _sp("Winnie;Cherry;Karen;Mandy;Vivian;Joyce;Tiffany"),
    "m": _sp("Kelvin;Peter;Ivan;Jacky;Kevin;Alan;Eric"),
}


def new_person(
    rng: Random, loc: Locale, gender: str = "", fam: tuple | None = None, group: int | None = None
) -> Person:
    gi = rng.randrange(len(loc.groups)) if group is None else group
    gname, fs, ms, ss = loc.groups[gi]
    gender = gender or rng.choice("mf")
    given, given_n = rng.choice(fs if gender == "f" else ms)
    if loc.order == "mono" or not ss:
        return Person(given, "", given, "", "", "", gender, loc, gname, (), given)
    if fam is None:
        picks = [rng.choice(ss)]
        if rng.random() < loc.two_sur:
            other = rng.choice(ss)
            if other != picks[0]:
                picks.append(other)
        fam = tuple(picks)
    sur = " ".join(t[0] if gender == "m" else t[1] for t in fam)
    sur_n = " ".join(t[2] if gender == "m" else t[3] for t in fam) if all(t[2] for t in fam) else ""
    first = given
    if loc.code == "zh-HK" and rng.random() < 0.5:
        given = given.replace(" ", "-", 1).capitalize() if rng.random() < 0.5 else given
    full_n = ""
    if loc.order == "east":
        west = rng.random() < 0.3
        full = f"{given} {sur}" if west else f"{sur} {given}"
        if loc.code.startswith("zh") and rng.random() < 0.3:
            eng = rng.choice(ENGLISH_GIVEN_ZH[gender])
            full = f"{eng} {sur}" if rng.random() < 0.6 else f"{eng} {sur} {given}"
            first = eng
        if given_n and sur_n:
            full_n = sur_n + given_n
    elif loc.order == "mn":
        full = f"{given} {sur}" if rng.random() < 0.7 else f"{sur} {given}"
        if given_n and sur_n:
            full_n = f"{sur_n[0]}.{given_n}" if rng.random() < 0.5 else f"{sur_n} {given_n}"
    else:
        full = f"{given} {sur}"
        if given_n and sur_n:
            full_n = f"{given_n} {sur_n}"
    return Person(given, sur, full, given_n, sur_n, full_n, gender, loc, gname, fam, first)


def _num_fill(rng: Random, pattern: str) -> str:
    return _pat(rng, pattern).format(L=rng.choice("ABCDEF"))


class Doc:
    """Builds one text from plain and labelled pieces and keeps the entities it has drawn."""

    def __init__(self, rng: Random, loc: Locale, lang: str, style: str) -> None:
        self.rng = rng
        self.loc = loc
        self.lang = lang
        self.style = style
        self.native_names = lang in NATIVE_SCRIPT_LANGS
        self.native_addr = lang in NATIVE_SCRIPT_LANGS and loc.has_native
        r = rng.random()
        if style == "casual":
            self.case = "lower" if r < 0.14 else ("upper" if r < 0.18 else "")
        elif style == "formal":
            self.case = "upper" if r < 0.03 else ("lower" if r < 0.04 else "")
        else:
            self.case = ""
        if style == "casual":
            self.typo = rng.random() < 0.3
        else:
            self.typo = style == "formal" and rng.random() < 0.08
        self.parts: list[tuple[str, str | None]] = []
        self.ents: dict[str, object] = {}
        self.opt_p = 0.5

    # ---- pieces -------------------------------------------------------------------------------
    def plain(self, s: str) -> None:
        if s:
            self.parts.append((s, None))

    def lab(self, label: str, s: str) -> None:
        assert label in LABELS, label
        assert s and s == s.strip(), (label, s)
        self.parts.append((s, label))

    def brand(self, s: str) -> None:
        self.parts.append((s, "BRAND"))

    def build(self) -> tuple[str, list[dict], list[str]]:
        out: list[str] = []
        spans: list[dict] = []
        brands: list[str] = []
        pos = 0
        for s, label in self.parts:
            if self.case == "lower":
                s = s.lower()
            elif self.case == "upper":
                s = s.upper()
            if label is None and self.typo:
                s = self._typo(s)
            if not s:
                continue
            if label == "BRAND":
                if s not in brands:
                    brands.append(s)
            elif label:
                spans.append({"label": label, "start": pos, "end": pos + len(s), "value": s})
            out.append(s)
            pos += len(s)
        return "".join(out), spans, brands

    def _typo(self, s: str) -> str:
        rng = self.rng

        def mutate(m: re.Match) -> str:
            w = m.group(0)
            if rng.random() > 0.06:
                return w
            i = rng.randrange(1, len(w) - 2)
            k = rng.random()
            if k < 0.45:
                return w[:i] + w[i + 1] + w[i] + w[i + 2 :]
            if k < 0.75:
                return w[:i] + w[i + 1 :]
            return w[:i] + w[i] + w[i:]

        return re.sub(r"[^\W\d_]{5,}", mutate, s)

    # ---- template rendering -------------------------------------------------------------------
    def r(self, s: str) -> None:
        """Render a template: {name.attr} fields, {~a|b} choices, {per?m|f} gendered words, [[optional]]."""
        buf: list[str] = []
        i, n = 0, len(s)
        while i < n:
            c = s[i]
            if c == "{":
                if s.startswith("{{", i):
                    buf.append("{")
                    i += 2
                    continue
                j = _close_brace(s, i)
                self.plain("".join(buf))
                buf = []
                self._field(s[i + 1 : j])
                i = j + 1
            elif c == "}" and s.startswith("}}", i):
                buf.append("}")
                i += 2
            elif c == "[" and s.startswith("[[", i):
                j = _close_opt(s, i)
                self.plain("".join(buf))
                buf = []
                if self.rng.random() < self.opt_p:
                    self.r(s[i + 2 : j])
                i = j + 2
            else:
                buf.append(c)
                i += 1
        self.plain("".join(buf))

    def _field(self, inner: str) -> None:
        if inner.startswith("~"):
            self.r(self.rng.choice(_split_top(inner[1:])))
            return
        if "?" in inner:
            name, rest = inner.split("?", 1)
            opts = _split_top(rest)
            p = self.person(name)
            self.r(opts[0] if p.gender == "m" else opts[-1])
            return
        m = re.fullmatch(r"([a-z_]+?)(\d*)(?:\.([a-z0-9_]+))?", inner)
        if not m:
            raise ValueError(f"bad field {inner!r}")
        base, idx, attr = m.group(1), m.group(2), m.group(3) or ""
        key = base + idx
        if base in ("per", "rel"):
            self.person_form(self.person(key), attr)
        elif base == "email":
            self.person_form(self.person("per" + idx), "email")
        elif base == "phone":
            self.lab("PHONE_NUMBER", self.phone(key, attr))
        elif base == "addr":
            self.lab("STREET_ADDRESS", self.address(key, attr))
        elif base == "cc":
            self.lab("CREDIT_CARD", self.cached(key, lambda: make_card(self.rng)))
        elif base == "iban":
            self.lab("IBAN_CODE", self.cached(key, lambda: make_iban(self.rng, self.iban_country())))
        elif base == "ssn":
            self.lab("US_SSN", self.cached(key, lambda: make_ssn(self.rng)))
        elif base == "ip":
            if attr == "v6":
                self.lab("IP_ADDRESS", self.cached(key + ".v6", lambda: make_ipv6(self.rng)))
            else:
                self.lab("IP_ADDRESS", self.cached(key, lambda: make_ipv4(self.rng)))
        elif base == "dl":
            self.lab("US_DRIVER_LICENSE", self.cached(key, lambda: DL_FORMATS[self.dl_state()](self.rng)))
        elif base == "dlstate":
            self.plain(self.dl_state())
        elif base in ("brand", "bank", "airline", "handle"):
            pool = {"brand": BRANDS, "bank": BRAND_BANKS, "airline": BRAND_AIRLINES, "handle": HANDLE_BRANDS}[
                base
            ]
            self.brand(self.cached("b:" + key, lambda: self.rng.choice(pool)))
        elif base in NEG:
            self.plain(self.cached("n:" + key, lambda: NEG[base](self)))
        else:
            raise ValueError(f"unknown field {inner!r}")

    def cached(self, key: str, make: Callable[[], Any]) -> Any:
        if key not in self.ents:
            self.ents[key] = make()
        return self.ents[key]

    # ---- entities -----------------------------------------------------------------------------
    def person(self, key: str) -> Person:
        if key not in self.ents:
            if key.startswith("rel"):
                self.person("per")
            if key.startswith("rel") and "per" in self.ents:
                base = self.ents["per"]
                assert isinstance(base, Person)
                gi = [g[0] for g in base.loc.groups].index(base.group)
                self.ents[key] = new_person(self.rng, base.loc, fam=base.fam or None, group=gi)
            elif key.startswith("rel"):
                self.ents[key] = new_person(self.rng, self.loc)
            else:
                self.ents[key] = new_person(self.rng, self.loc)
        p = self.ents[key]
        assert isinstance(p, Person)
        p.key = key
        return p

    def iban_country(self) -> str:
        if self.loc.iban and self.rng.random() < 0.85:
            return self.loc.iban
        return self.rng.choice(["DE", "NL", "FR", "IE", "GB", "PT", "ES", "BE", "AT"])

    def dl_state(self) -> str:
        if "state" not in self.ents:
            self.ents["state"] = self.rng.choice(sorted(DL_FORMATS))
        st = self.ents["state"]
        assert isinstance(st, str)
        return st

    def phone(self, key: str, attr: str = "") -> str:
        def make() -> str:
            region = self.loc.region
            if self.loc.code == "en-US" and self.rng.random() < 0.04:
                region = self.rng.choice(["JM", "HT", "PE", "GB"])
            num = make_phone_number(self.rng, region)
            style = {"e164": "e164", "intl": "intl", "nat": "nat"}.get(attr, "")
            ext = True if attr == "ext" else (False if attr in ("e164", "noext") else None)
            return format_phone(self.rng, num, style, ext)

        return self.cached("phone:" + key, make)

    def address(self, key: str, attr: str = "") -> str:
        def make() -> str:
            rng, loc = self.rng, self.loc
            native = self.native_addr
            street = rng.choice(loc.streets)
            cities = loc.cities
            want = self.ents.get("state")
            if want and any(c.state == want for c in cities):
                cities = [c for c in cities if c.state == want]
            city = rng.choice(cities)
            dists = city.districts or loc.districts or [("", "")]
            dist = rng.choice(dists)
            unit_pat = rng.choice(loc.nunits if native else loc.units) if loc.units else ""
            unit = unit_pat.format(f=rng.randint(1, 9), u=rng.randint(1, 48), L=rng.choice("ABCDEF"))
            if city.state in DL_FORMATS:
                self.ents.setdefault("state", city.state)
            fields = {
                "n": _num_fill(rng, rng.choice(loc.num)),
                "street": (street[1] or street[0]) if native else street[0],
                "unit": unit,
                "pc": _pat(rng, city.pc),
                "city": (city.native or city.name) if native else city.name,
                "district": (dist[1] or dist[0]) if native else dist[0],
                "state": city.state,
                "u": str(rng.randint(1, 48)),
                "f": str(rng.randint(1, 9)),
                "L": rng.choice("ABCDEF"),
            }
            level = attr or rng.choice(["std", "full", "full", "short"])
            if level in ("ml", "inline"):
                level = "full"
            prefix = "n" if native else ""
            fmts = loc.fmt[prefix + level] or loc.fmt[prefix + "full"] or loc.fmt["full"]
            out = rng.choice(fmts).format(**fields)
            if attr != "ml":
                out = out.replace("\n", ", ")
            out = re.sub(r" {2,}", " ", out)
            out = re.sub(r"(, )+", ", ", out).strip(" ,")
            return out

        return self.cached(f"addr:{key}:{attr}", make)

    # ---- person surface forms -----------------------------------------------------------------
    def person_form(self, p: Person, attr: str) -> None:
        rng = self.rng
        native = self.native_names and bool(p.full_n)
        if not native and p.full_n and self.lang == "en" and rng.random() < 0.06:
            native = True  # a native-script name in an English text
        if native:
            g, s, full = p.given_n or p.given, p.sur_n, p.full_n
        else:
            g, s, full = p.first, p.sur, p.full
        mono = not s
        if attr == "":
            attr = rng.choices(
                ["full", "first", "ini", "upper", "lower", "rev", "gsi"], weights=[64, 8, 8, 5, 5, 5, 5]
            )[0]
        if attr in ("email", "wemail"):
            self.lab("EMAIL_ADDRESS", self.email(p, work=attr == "wemail"))
            return
        if attr == "phone":
            self.lab("PHONE_NUMBER", self.phone("per:" + p.key))
            return
        if attr in ("handle", "reddit"):
            self.plain("@" if attr == "handle" else "u/")
            self.lab("PERSON", self.handle(p))
            return
        if attr == "user":
            self.lab("PERSON", self.handle(p, user=True))
            return
        if attr in ("hon", "honfull", "san"):
            self._honorific(p, attr, g, s, full, native)
            return
        no_initials = native and (p.loc.order == "east" or re.search("[\u0600-\u06ff]", full) is not None)
        if mono or (no_initials and attr in ("ini", "gsi", "rev")):
            value = {"upper": full.upper(), "lower": full.lower()}.get(attr, full)
        elif attr == "full":
            value = full
        elif attr == "first":
            value = g
        elif attr == "sur":
            value = s
        elif attr == "ini":
            value = f"{p.sur[0]}. {p.given}" if p.loc.order == "mn" and not native else f"{g[0]}. {s}"
        elif attr == "rev":
            value = f"{s.upper() if rng.random() < 0.5 else s}, {g}"
        elif attr == "gsi":
            value = f"{g} {s[0]}."
        elif attr == "slash":
            value = f"{_fold(p.sur).upper().replace(' ', '').replace(chr(39), '')}/{_fold(p.given).upper().replace(' ', '')}"
        elif attr == "upper":
            value = full.upper()
        elif attr == "lower":
            value = full.lower()
        else:
            raise ValueError(f"unknown person attr {attr!r}")
        self.lab("PERSON", value)

    def _honorific(self, p: Person, attr: str, g: str, s: str, full: str, native: bool) -> None:
        rng = self.rng
        name = full if (attr == "honfull" or not s) else s
        if attr == "san":
            if p.group == "jp":
                self.lab("PERSON", p.sur)
                self.plain(rng.choice(["-san", " 様", "-san"]))
            elif p.group == "kr":
                self.lab("PERSON", p.given)
                self.plain(" 씨")
            else:
                self.lab("PERSON", p.first)
            return
        if p.loc.hon and rng.random() < 0.75:
            pair = rng.choice(p.loc.hon)
            word = pair[0].split("~")[0] if p.gender == "m" else pair[0].split("~")[-1]
            self.plain(word + " ")
            self.lab("PERSON", full)
            return
        lang = self.lang if self.lang in HONORIFICS else "en"
        if lang == "en" and native and p.loc.langs[0] in HONORIFICS:
            lang = p.loc.langs[0]
        males, females, pos = HONORIFICS[lang]
        word = rng.choice(_sp(males if p.gender == "m" else females))
        if pos == "post":
            self.lab("PERSON", name)
            self.plain(word)
        else:
            self.plain(word + " ")
            self.lab("PERSON", name)

    def handle(self, p: Person, user: bool = False) -> str:
        def make() -> str:
            rng = self.rng
            g = _slug(p.first if rng.random() < 0.7 else p.given) or "user"
            s = _slug(p.sur)
            if not s:
                words = re.findall(r"[a-z0-9]+", _fold(p.given).lower())
                return rng.choice(
                    [".".join(words), "".join(words), "_".join(words) + str(rng.randint(1, 99))]
                )
            pats = [
                f"{g}_{s}",
                f"{g}{s}",
                f"{g[0]}{s}",
                f"{g}.{s}",
                f"{s}{g[0]}",
                f"{g}{s}{rng.randint(1, 99)}",
                f"{g}_{s[0]}",
                f"{g[0]}.{s}",
            ]
            return rng.choice(pats)

        return self.cached(f"handle:{p.key}:{user}", make)

    def email(self, p: Person, work: bool = False) -> str:
        def make() -> str:
            rng = self.rng
            g = _slug(p.first)
            s = _slug(p.sur)
            if not s:
                words = re.findall(r"[a-z0-9]+", _fold(p.given).lower())
                local = rng.choice([".".join(words), "".join(words) + str(rng.randint(80, 99))])
            else:
                local = rng.choice(
                    [
                        f"{g}.{s}",
                        f"{g[0]}{s}",
                        f"{g}_{s}",
                        f"{g}{s}",
                        f"{s}.{g}",
                        f"{g}.{s}{rng.randint(1, 99)}",
                        f"{g}{rng.randint(70, 99)}",
                        f"{g[0]}.{s}",
                        f"{s}{g[0]}",
                    ]
                )
            domain = rng.choice(ORG_DOMAINS) if work else rng.choice(p.loc.mail)
            return f"{local}@{domain}"

        return self.cached(f"email:{p.key}:{work}", make)


def _close_brace(s: str, i: int) -> int:
    depth = 0
    for j in range(i, len(s)):
        if s[j] == "{":
            depth += 1
        elif s[j] == "}":
            depth -= 1
            if depth == 0:
                return j
    raise ValueError(f"unclosed brace in {s!r}")


def _close_opt(s: str, i: int) -> int:
    depth = 0
    j = i
    while j < len(s):
        if s.startswith("[[", j):
            depth += 1
            j += 2
        elif s.startswith("]]", j):
            depth -= 1
            if depth == 0:
                return j
            j += 2
        else:
            j += 1
    raise ValueError(f"unclosed [[ in {s!r}")


def _split_top(s: str) -> list[str]:
    out, depth, cur = [], 0, []
    for ch in s:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        if ch == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return out


# --------------------------------------------------------------------------------------------------
# Unlabelled fillers (hard negatives)
# --------------------------------------------------------------------------------------------------


def _loc_pick(d: Doc, attr: str) -> str:
    pairs = getattr(d.loc, attr)
    if not pairs:
        return ""
    lat, nat = d.rng.choice(pairs)
    return nat if (nat and d.native_names) else lat


def _neg_date(d: Doc) -> str:
    rng = d.rng
    day, mon, year = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025, 2025, 2026])
    months = _sp(MONTHS.get(d.lang, MONTHS["en"]))
    opts = [
        f"{day:02d}/{mon:02d}/{year}",
        f"{day}.{mon}.{year}",
        f"{year}-{mon:02d}-{day:02d}",
        f"{day} {months[mon - 1]}",
    ]
    if d.lang == "en":
        opts += [
            f"{months[mon - 1]} {day}",
            f"{months[mon - 1][:3]} {day}, {year}",
            f"{day} {months[mon - 1][:3]} {year}",
        ]
        if d.loc.code == "en-US":
            opts += [f"{mon}/{day}/{year}", f"{mon}/{day}"]
    elif d.lang in ("pt", "es"):
        opts.append(f"{day} de {months[mon - 1]}")
    elif d.lang == "zh":
        opts = [f"{year}年{mon}月{day}日", f"{mon}月{day}日", f"{year}/{mon:02d}/{day:02d}"]
    return rng.choice(opts)


def _neg_time(d: Doc) -> str:
    rng = d.rng
    h, m = rng.randint(6, 22), rng.choice([0, 5, 10, 15, 20, 30, 35, 40, 45, 50])
    opts = [f"{h:02d}:{m:02d}", f"{h}:{m:02d}"]
    if d.lang == "en":
        h12 = h % 12 or 12
        opts += [f"{h12}:{m:02d} {'pm' if h >= 12 else 'am'}", f"{h12}{'pm' if h >= 12 else 'am'}"]
    if d.lang in ("fr", "pt", "ht"):
        opts.append(f"{h}h{m:02d}")
    if d.lang == "da":
        opts.append(f"{h}.{m:02d}")
    return rng.choice(opts)


def _neg_amount(d: Doc) -> str:
    rng = d.rng
    pattern = rng.choice(d.loc.cur)[0] if d.loc.cur else "${i}"
    i = rng.choice([rng.randint(5, 99), rng.randint(100, 999), rng.randint(1000, 4800)])
    return pattern.format(i=i, c=f"{rng.randint(0, 99):02d}")


def _neg_flight(d: Doc) -> str:
    code = _loc_pick(d, "air") or "TP"
    return f"{code}{d.rng.choice(['', ' '])}{d.rng.randint(1, 2999)}"


def _neg_city(d: Doc) -> str:
    c = d.rng.choice(d.loc.cities)
    return (c.native or c.name) if d.native_addr else c.name


def _neg_pc(d: Doc) -> str:
    pats = [c.pc for c in d.loc.cities if c.pc]
    return _pat(d.rng, d.rng.choice(pats)) if pats else str(d.rng.randint(10000, 99999))


def _neg_role(d: Doc) -> str:
    return f"{d.rng.choice(ROLE_LOCALS)}@{d.rng.choice(ORG_DOMAINS)}"


def _neg_ts(d: Doc) -> str:
    rng = d.rng
    return (
        f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:"
        f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}{rng.choice(['Z', '.123Z', '+00:00', '.874Z'])}"
    )


def _neg_ver(d: Doc) -> str:
    rng = d.rng
    a, b, c = rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 20)
    return rng.choice(
        [
            f"v{a}.{b}.{c}",
            f"{a}.{b}.{c}-rc{rng.randint(1, 4)}",
            f"build {rng.randint(1000, 9999)}",
            f"{a}.{b}",
        ]
    )


NEG = {
    "n": lambda d: str(d.rng.randint(2, 40)),
    "age": lambda d: str(d.rng.randint(4, 93)),
    "height": lambda d: d.rng.choice(
        [f"1.{d.rng.randint(45, 92)} m", f"1,{d.rng.randint(45, 92)} m", f"{d.rng.randint(140, 192)} cm"]
    ),
    "year": lambda d: str(d.rng.randint(2009, 2025)),
    "pct": lambda d: d.rng.choice(
        [f"{d.rng.randint(1, 99)}%", f"{d.rng.randint(1, 60)}.{d.rng.randint(1, 9)} %"]
    ),
    "ver": _neg_ver,
    "store": lambda d: d.rng.choice(
        [
            f"Store #0{d.rng.randint(100, 999)}",
            f"branch {d.rng.randint(10, 400)}",
            f"store {d.rng.randint(1000, 3999)}",
        ]
    ),
    "lastfour": lambda d: _pat(d.rng, "####"),
    "otp": lambda d: _pat(d.rng, d.rng.choice(["+#####", "+## ###", "+###"])),
    "exp": lambda d: f"{d.rng.randint(1, 12):02d}/{d.rng.randint(26, 31)}",
    "ssnlast": lambda d: _pat(d.rng, "####"),
    "ein": lambda d: _pat(d.rng, "+#-#######"),
    "acct": lambda d: _pat(d.rng, d.rng.choice(["ACC-+#######", "+#########", "8+#-####-##"])),
    "locker": lambda d: _pat(d.rng, d.rng.choice(["^-+#", "L+#", "+##"])),
    "pir": lambda d: _pat(
        d.rng, d.rng.choice(["LIS", "DUB", "ATH", "PRG", "OTP", "CPH", "LIM", "BEY", "AMM"]) + "^^+####"
    ),
    "bagtag": lambda d: _pat(d.rng, d.rng.choice(["0+## ######", "^^ +#####", "+#########"])),
    "pnr": lambda d: _pat(d.rng, "^*^**^"),
    "serial": lambda d: _pat(d.rng, d.rng.choice(["SN-+^+-####-##", "^^+#######", "+###-^^-####"])),
    "batch": lambda d: _pat(d.rng, d.rng.choice(["B2+-###", "LOT 23+#^", "+#/2025"])),
    "meter": lambda d: _pat(d.rng, d.rng.choice(["MTR +#######", "+########", "^^-+#####"])),
    "ts": _neg_ts,
    "pid": lambda d: str(d.rng.randint(1200, 65000)),
    "browser": lambda d: d.rng.choice(BROWSERS),
    "tz": lambda d: d.rng.choice(TZS),
    "room": lambda d: _pat(d.rng, d.rng.choice(["+0#", "+##", "^+.1#", "+#"])),
    "grade": lambda d: d.rng.choice(["Year 5", "class 3B", "7.º ano", "6th grade", "P4", "třída 2.A"]),
    "school": lambda d: d.rng.choice(SCHOOLS),
    "court": lambda d: d.rng.choice(
        [
            f"{_neg_city(d)} District Court",
            "the County Court",
            f"Tribunal de {_neg_city(d)}",
            "the Labour Court",
        ]
    ),
    "assoc": lambda d: d.rng.choice(ASSOCS),
    "item": lambda d: d.rng.choice(ITEMS),
    "busline": lambda d: d.rng.choice(
        [f"route {d.rng.randint(2, 99)}", f"the {d.rng.randint(2, 60)}A", f"line {d.rng.randint(1, 40)}"]
    ),
    "color": lambda d: d.rng.choice(COLORS),
    "pet": lambda d: d.rng.choice(PETS),
    "clinic": lambda d: d.rng.choice(CLINICS),
    "gym": lambda d: d.rng.choice(GYMS),
    "hotel": lambda d: d.rng.choice(HOTELS),
    "subject": lambda d: d.rng.choice(SUBJECTS),
    "shift": lambda d: d.rng.choice(SHIFTS),
    "role": _neg_role,
    "city": _neg_city,
    "pc": _neg_pc,
    "date": _neg_date,
    "time": _neg_time,
    "amount": _neg_amount,
    "flight": _neg_flight,
    "order": lambda d: _pat(d.rng, d.rng.choice(ORDER_PATTERNS)),
    "ticket": lambda d: _pat(d.rng, d.rng.choice(TICKET_PATTERNS)),
    "case": lambda d: _pat(d.rng, d.rng.choice(CASE_PATTERNS)),
    "track": lambda d: _pat(d.rng, d.rng.choice(TRACK_PATTERNS)),
    "bic": lambda d: d.rng.choice(BICS),
    "weekday": lambda d: d.rng.choice(_sp(WEEKDAYS.get(d.lang, WEEKDAYS["en"]))),
    "month": lambda d: d.rng.choice(_sp(MONTHS.get(d.lang, MONTHS["en"]))),
    "job": lambda d: d.rng.choice(JOBS),
    "org": lambda d: d.rng.choice(ORGS),
    "product": lambda d: d.rng.choice(PRODUCTS),
    "disease": lambda d: d.rng.choice(DISEASES),
    "place": lambda d: _loc_pick(d, "places"),
    "team": lambda d: _loc_pick(d, "teams"),
    "utility": lambda d: _loc_pick(d, "utility"),
    "agency": lambda d: _loc_pick(d, "agency"),
    "hazard": lambda d: _loc_pick(d, "hazard"),
    "news": lambda d: _loc_pick(d, "news"),
    "telco": lambda d: _loc_pick(d, "telco"),
    "club": lambda d: d.rng.choice(CLUBS),
    "celeb": lambda d: d.rng.choice(CELEBRITIES),
    "icsdt": lambda d: (
        f"2025{d.rng.randint(1, 12):02d}{d.rng.randint(1, 28):02d}T{d.rng.randint(6, 18):02d}0000Z"
    ),
    "clf": lambda d: (
        f"{d.rng.randint(1, 28):02d}/{d.rng.choice(['Jan', 'Mar', 'Jun', 'Sep', 'Nov'])}/2025:"
        f"{d.rng.randint(0, 23):02d}:{d.rng.randint(0, 59):02d}:{d.rng.randint(0, 59):02d} +0000"
    ),
}


# --------------------------------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------------------------------


@dataclass
class Tpl:
    genre: str
    en: list[str]
    nat: dict[str, list[str]]
    fn: object
    locs: tuple[str, ...]
    style: str
    neg: bool


TEMPLATES: list[Tpl] = []


def T(
    genre: str,
    en: str | list[str] | None = None,
    nat: dict[str, str | list[str]] | None = None,
    fn: object = None,
    locs: tuple[str, ...] = (),
    style: str = "casual",
    neg: bool = False,
) -> None:
    ens = [en] if isinstance(en, str) else list(en or [])
    nats = {k: [v] if isinstance(v, str) else list(v) for k, v in (nat or {}).items()}
    TEMPLATES.append(Tpl(genre, ens, nats, fn, locs, style, neg))


# 0 disaster and emergency social posts --------------------------------------------------------------
T(
    "disaster_post",
    [
        "URGENT!! my {per?grandad|gran} {per.full} ({age}) is stuck at {addr}, water up to the first floor and no "
        "power since {time}. {~call|ring|txt} {phone} if you have a boat[[ {handle}]] #{~flood|floods|StormWatch}",
        "{~pls|please|PLEASE} share: {per.full} is trapped at {addr} with a broken leg. {agency} line is busy. "
        "{per?His|Her} {~son|daughter|neighbour} is on {phone} {~🙏|🙏🙏|!!}",
    ],
    nat={
        "pt": "URGENTE: {per?o meu avô|a minha avó} {per.full} está {per?preso|presa} na {addr}, a água já chegou ao "
        "primeiro andar. Liguem {phone} por favor 🙏 #cheias",
        "es": "URGENTE 🙏 mi {per?abuelo|abuela} {per.full} está {per?atrapado|atrapada} en {addr}, el agua sube y no "
        "hay luz desde las {time}. Llamen al {phone} por favor #{~huaico|inundación|lluvias}",
        "el": "ΕΠΕΙΓΟΝ: {per?ο παππούς μου|η γιαγιά μου} {per.full} είναι {per?εγκλωβισμένος|εγκλωβισμένη} στην "
        "{addr}. Τηλ. {phone} #{~Daniel|πλημμύρα}",
        "fr": "URGENT : {per?mon grand-père|ma grand-mère} {per.full} est {per?bloqué|bloquée} au {addr}, l'eau monte. "
        "Appelez le {phone} svp",
        "sw": "MSAADA! {per?babu|bibi} yangu {per.full} amekwama {addr}, maji yanaongezeka. Piga {phone} tafadhali",
        "ht": "IJAN! {per?granpapa|grann} mwen {per.full} bloke nan {addr}, dlo ap monte. Rele {phone} tanpri",
        "cs": "NALÉHAVÉ: {per?můj děda|moje babička} {per.full} je {per?uvězněný|uvězněná} na adrese {addr}, voda "
        "stoupá. Volejte {phone} prosím",
        "ro": "URGENT: {per?bunicul meu|bunica mea} {per.full} e {per?blocat|blocată} la {addr}, apa crește. Sunați la "
        "{phone} vă rog",
        "ar": "عاجل: {per?جدي|جدتي} {per.full} {per?عالق|عالقة} في {addr}، المياه ترتفع. اتصلوا على {phone}",
        "ru": "СРОЧНО: {per?мой дедушка|моя бабушка} {per.full} {per?застрял|застряла} по адресу {addr}, вода "
        "поднимается. Звоните {phone}",
        "zh": "緊急！我的{per?爺爺|奶奶}{per.full}被困在{addr}，水位一直上升，請打{phone} 🙏",
    },
)
T(
    "disaster_post",
    [
        "Shelter at {place} is full. Families from {city} can go to {addr.full} — ask for {per.full} ({per.phone}). "
        "{~Bring ID and meds.|Pets allowed.|No pets, sorry.}[[ {brand} has opened its lobby at {place} for phone "
        "charging.]]",
        "Update from the {agency} desk: evac point moved to {addr}. Coordinator on site is {per.ini}, mobile "
        "{per.phone}. Buses leave at {time} and {time2}.[[ Thanks {brand} for the water.]]",
    ],
    nat={
        "es": "El albergue de {place} está lleno. Las familias de {city} pueden ir a {addr} — pregunten por "
        "{per.full} ({per.phone}). Traigan DNI y medicinas.",
        "pt": "O abrigo no {place} está cheio. Famílias de {city} podem ir para {addr} — perguntem pela "
        "{per.full} ({per.phone}).",
        "fr": "Le centre d'accueil de {place} est plein. Les familles de {city} peuvent aller au {addr}, demandez "
        "{per.full} ({per.phone}).",
    },
)
T(
    "disaster_post",
    [
        "{per.handle} is ur {~sister|brother|mum} still at {addr}? saw on the {agency} map the whole street is under. "
        "dm me, im {per2.first}, {per2.phone}",
        "{per.handle} {per2.handle} anyone heard from {per3.full}? {per3?he|she} lives at {addr.short}, phone "
        "{phone} goes straight to voicemail since {hazard} hit",
    ],
)
T(
    "disaster_post",
    [
        "{handle} my card is stuck in the ATM at {place} and I need cash for the evacuation bus. Name {per.full}, "
        "registered address {addr}, phone {phone}. Please help, {hazard} is getting worse",
        "{handle} branch in {city} closed because of {hazard}, how do I get money?? account in name of {per.full}, "
        "call me {phone}. NOT the old number",
    ],
)
T(
    "disaster_post",
    [
        "{hazard}: {agency} says roads around {place} are closed until {weekday}. {utility} reports {n}00 customers "
        "without power in {city}. Shelter open at {place2}.[[ {brand} branches in {city} will open at {time}.]] "
        "#{~StaySafe|flood|wildfire}",
        "LIVE: {n} people rescued near {place} overnight, {agency} confirms. Schools in {city} and {city2} closed "
        "{weekday}. {disease} warning issued for flooded areas. Next update {time}.",
    ],
    nat={
        "es": "{hazard}: {agency} informa que las vías cerca de {place} siguen cerradas hasta el {weekday}. {utility} "
        "reporta cortes en {city}.",
        "pt": "{hazard}: a {agency} diz que as estradas perto do {place} estão cortadas até {weekday}. A {utility} "
        "tem clientes sem luz em {city}.",
    },
    neg=True,
)

# 1 missing-person appeals ---------------------------------------------------------------------------
T(
    "missing_person",
    [
        "MISSING: {per.upper}, {age}, last seen {date} near {place} wearing a {color} jacket. Lives at {addr}. If you "
        "see {per?him|her} please call {phone} or {agency}. Please share 🙏",
        "Missing since {weekday}: {per.full} ({age}, {height}). Last seen leaving {addr.short}. Family number "
        "{phone}.[[ {per?He|She} banks with {bank}, card may have been used in {city}.]]",
    ],
    nat={
        "pt": "DESAPARECID{per?O|A}: {per.upper}, {age} anos, vist{per?o|a} pela última vez {date} perto do {place}. "
        "Mora na {addr}. Contacto: {phone}. Partilhem por favor",
        "es": "SE BUSCA: {per.upper}, {age} años, visto por última vez el {date} cerca de {place}. Vive en {addr}. "
        "Cualquier información al {phone}. ¡Compartan!",
        "fr": "DISPARITION : {per.upper}, {age} ans, vu{per?|e} pour la dernière fois le {date} près de {place}. "
        "Domicile : {addr}. Contact : {phone}",
        "el": "ΕΞΑΦΑΝΙΣΗ: {per.full}, {age} ετών, εθεάθη τελευταία φορά {date} κοντά στο {place}. Διεύθυνση: {addr}. "
        "Τηλ. {phone}",
        "ro": "DISPĂRUT{per?|Ă}: {per.upper}, {age} ani, văzut{per?|ă} ultima dată pe {date} lângă {place}. Locuiește "
        "la {addr}. Tel: {phone}",
        "cs": "POHŘEŠOVAN{per?Ý|Á}: {per.upper}, {age} let, naposledy {per?viděn|viděna} {date} u {place}. Bydliště: "
        "{addr}. Info na {phone}",
        "sw": "AMEPOTEA: {per.upper}, miaka {age}, alionekana mara ya mwisho {date} karibu na {place}. Anaishi {addr}. "
        "Piga {phone}",
        "ru": "ПРОПАЛ{per?|А}: {per.full}, {age} лет, в последний раз {per?видели|видели} {date} у {place}. Адрес: "
        "{addr}. Телефон {phone}",
        "ar": "مفقود: {per.full}، {age} سنة، شوهد آخر مرة قرب {place}. العنوان: {addr}. للتواصل {phone}",
        "zh": "尋人：{per.full}，{age}歲，{date}最後出現在{place}附近。住址：{addr}。請聯絡{phone}",
    },
)
T(
    "missing_person",
    [
        "Has anyone seen my {per?son|daughter} {per.first}? {per?He|She} left the {~shelter|hospital|school} at "
        "{time} and isn't answering. {per.full}, {age}, {height}. Contact me ({per2.full}) at {per2.phone} or "
        "{per2.email}",
        "my {per?brother|sister} {per.full} hasnt come home since {hazard}. {per?he|she} works at "
        "{place}. if u see {per?him|her} tell {per?him|her} to call {per2.first} on {per2.phone} 💔",
    ],
    nat={
        "es": "¿Alguien ha visto a mi {per?hijo|hija} {per.first}? Salió del albergue a las {time} y no contesta. "
        "{per.full}, {age} años. Escríbanme ({per2.full}) al {per2.phone} 🙏",
        "pt": "Alguém viu {per?o meu filho|a minha filha} {per.first}? Saiu da escola às {time} e não atende. "
        "{per.full}, {age} anos. Contactem-me ({per2.full}): {per2.phone}",
        "fr": "Quelqu'un a vu {per?mon fils|ma fille} {per.first} ? Parti{per?|e} de l'abri à {time}, ne répond plus. "
        "{per.full}, {age} ans. Contactez-moi ({per2.full}) au {per2.phone}",
        "ht": "Eske yon moun wè {per?pitit gason|pitit fi} mwen {per.full}? Li soti lekòl a {time}. Rele "
        "{per2.first} nan {per2.phone}",
    },
)
T(
    "missing_person",
    [
        "Missing person appeal — Ref {case}\nName: {per.rev}\nAge: {age}\nLast known address: {addr.full}\n"
        "Next of kin: {rel.full}, {rel.phone}\nReported by: {agency}\nDo not approach; call the incident room.",
        "MISSING PERSON REPORT {case}\nSubject: {per.slash}\nDOB: {date}\nHome: {addr.ml}\nContact: {rel.honfull}, "
        "{phone}\nLast seen: {place}, {time}",
    ],
    style="formal",
)
T(
    "missing_person",
    [
        "UPDATE: {per.first} has been found safe at {place}, thank you all!! special thanks to {per2.full} and the "
        "team from {org}.[[ {brand} staff helped too.]] please delete the post with {per?his|her} number ({phone})",
        "FOUND ❤️ {per.full} is home. Thanks to {per2.handle} who spotted {per?him|her} at {place} and to "
        "{agency}. You can stop calling {phone} now 😅",
    ],
)
T(
    "missing_person",
    [
        "Police in {city} are still searching for two hikers missing since {date} near {place}. {agency} asks anyone "
        "who was on the trail between {time} and {time2} to contact the station, quoting case {case}.",
        "Search for fisherman off {place} suspended at {time} due to {hazard}. {agency} and {org} volunteers will "
        "resume on {weekday}. Reference {case}.",
    ],
    style="formal",
    neg=True,
)


def _volunteer_table(d: Doc) -> None:
    rng = d.rng
    style = rng.choice(["pipe", "csv", "tab"])
    d.r("Volunteer rota – {place} – {date}\n")
    header = {
        "pipe": "Name | Phone | Shift | Role\n",
        "csv": "name,phone,email,shift\n",
        "tab": "Name\tMobile\tShift\n",
    }
    d.plain(header[style])
    for i in range(rng.randint(3, 6)):
        k = "per" + (str(i + 1) if i else "")
        if style == "pipe":
            d.r(f"{{{k}.full}} | {{phone{i}}} | {{shift{i}}} | {{job{i}}}\n")
        elif style == "csv":
            d.r(f"{{{k}.full}},{{phone{i}.e164}},{{{k}.email}},{{shift{i}}}\n")
        else:
            d.r(f"{{{k}}}\t{{~{{phone{i}}}|tbc|{{phone{i}}}}}\t{{shift{i}}}\n")
    d.r("[[Sponsored by {brand}. ]]Questions to {role}")


def _volunteer_bullets(d: Doc) -> None:
    d.r("{~Drivers|Sandbag team|Kitchen crew} for {weekday} ({place}):\n")
    for i in range(d.rng.randint(3, 5)):
        k = "per" + (str(i + 1) if i else "")
        d.r(f"• {{{k}}} – {{phone{i}}} – {{shift{i}}}\n")
    d.r("Coordinator: {per9.full} ({per9.phone}).[[ Fuel cards from {brand}.]]")


def _volunteer_chat(d: Doc) -> None:
    for i in range(d.rng.randint(3, 5)):
        k = "per" + (str(i + 1) if i else "")
        d.r(
            f"[{{date}}, {{time{i}}}] {{{k}.full}}: "
            + d.rng.choice(
                [
                    f"I can do the {{shift{i}}} shift, my car fits 4. {{phone{i}}}",
                    "count me in for sandbags 💪",
                    f"can pick up supplies from {{place{i}}}, text me {{phone{i}}}",
                    f"my address for drop-offs is {{addr{i}}}",
                    "running late, sorry!",
                ]
            )
            + "\n"
        )


# 2 volunteer coordination sheets --------------------------------------------------------------------
T("volunteer_sheet", fn=_volunteer_table, style="machine")
T("volunteer_sheet", fn=_volunteer_bullets)
T("volunteer_sheet", fn=_volunteer_chat)
T(
    "volunteer_sheet",
    [
        "VOLUNTEER SIGN-UP\nFull name: {per.full}\nAddress: {addr.full}\nMobile: {phone}\nEmail: {per.email}\n"
        "Emergency contact: {rel.full} ({rel.phone})\nSkills: {job}, first aid\nAvailable: {weekday} {shift}",
        "Driver list {date}:\n1. {per.ini} – van, {phone}\n2. {per2.full} – car, {per2.phone}\n"
        "3. {per3.first} (no phone, ask {per2.first})\nDepot: {addr.full}",
    ],
    style="formal",
)
T(
    "volunteer_sheet",
    [
        "Shifts for {weekday}: {shift} sandbag team (need 6), kitchen at {place}, drivers {shift2}. Meet at {place2}. "
        "Bring gloves and a hi-vis vest. Coordinated by {org}.[[ Sponsored by {brand}.]]",
        "Rota update: {n} volunteers signed up for {weekday}, {n2} for the {shift} shift. Still short of drivers for "
        "the {city} run. Briefing at {time} in {place}.",
    ],
    neg=True,
)

# 3 outage reports to a utility ----------------------------------------------------------------------
T(
    "outage_report",
    [
        "To {utility}: no {~power|water|electricity} at {addr.full} since {time} {weekday}. Account holder "
        "{per.full}, meter no. {meter}. Contact {phone} / {per.email}. Ref {ticket}.",
        "Hello {utility}, reporting a fault: {~sparking cable|fallen line|burst main} outside {addr}. I am "
        "{per.honfull}, {phone}. Please send someone, there are kids around.",
    ],
    style="formal",
)
T(
    "outage_report",
    [
        "{utility} 3rd outage this week at {addr}. my {per?dad|mum} {per.full} is on home oxygen. {phone}. ticket "
        "{ticket} went nowhere[[ and {brand} charged me for the generator rental]]",
        "no water AGAIN at {addr.short} 😤 {utility} pls call {per.first} on {phone}, account {acct}",
    ],
)
T(
    "outage_report",
    [
        "Outage report form\nName: {per.full}\nAddress: {addr.full}\nPhone: {phone}\nEmail: {per.email}\n"
        "Affected since: {date} {time}\nDescription: {~sparks from the pole outside|neighbours also out|water is "
        "brown|low pressure on upper floors}\nMedical dependency: {~yes|no}",
    ],
    style="machine",
)
T(
    "outage_report",
    [
        "Good afternoon, we have had no power at {addr} since {time}. Contract holder: {per.full}. Contact {phone}."
    ],
    nat={
        "pt": "Boa tarde, estamos sem luz na {addr} desde as {time}. Titular do contrato: {per.full}. Contacto "
        "{phone}.",
        "es": "Buenas tardes, no tenemos luz en {addr} desde las {time}. Titular: {per.full}. Teléfono {phone}.",
        "el": "Καλησπέρα, δεν έχουμε ρεύμα στην {addr} από τις {time}. Υπεύθυνος σύμβασης: {per.full}. Τηλ. {phone}",
        "cs": "Dobrý den, od {time} nemáme proud na adrese {addr}. Odběratel: {per.full}, tel. {phone}.",
        "ro": "Bună ziua, nu avem curent la {addr} de la ora {time}. Titular contract: {per.full}. Telefon {phone}.",
        "da": "Hej, vi har ikke haft strøm på {addr} siden kl. {time}. Kunde: {per.full}, tlf. {phone}.",
        "fr": "Bonjour, nous n'avons plus d'électricité au {addr} depuis {time}. Titulaire : {per.full}. Tél. {phone}.",
        "ru": "Здравствуйте, по адресу {addr} нет света с {time}. Абонент: {per.full}, тел. {phone}.",
        "ar": "مساء الخير، لا توجد كهرباء في {addr} منذ الساعة {time}. صاحب العداد: {per.full}. هاتف {phone}",
        "sw": "Habari, hatuna umeme {addr} tangu saa {time}. Mwenye akaunti: {per.full}, simu {phone}.",
    },
    style="formal",
)
T(
    "outage_report",
    [
        "{utility}: planned maintenance on {date} from {time} to {time2} will affect supply in parts of {city} "
        "(postcodes {pc} and {pc2}). Customers on the medical register have been contacted. Outage map {ver} is live.",
        "Power restored to {pct} of homes in {city} after {hazard}. {utility} crews continue work near {place}. "
        "Estimated full restoration {weekday} {time}.",
    ],
    style="formal",
    neg=True,
)

# 4 school and university admin -----------------------------------------------------------------------
T(
    "school_admin",
    [
        "Dear {per.honfull},\n\nThis is to confirm that {rel.first} ({grade}) will be collected by {per2.full} on "
        "{date}. Please make sure {per2.first} brings photo ID to the front office.\n\nKind regards,\n{per3.full}\n"
        "{job}, {school}",
    ],
    style="formal",
)
T(
    "school_admin",
    [
        "Hi {per.first},\nYour thesis defence is scheduled for {date} at {time} in room {room}. Your examiners are "
        "Prof. {per2.sur} and Dr {per3.full}. Please send the final PDF to {per2.email} by {weekday}.[[ Your {brand} "
        "scholarship payment (ref {order}) has been processed.]]\n{per4.first}",
        "Dear {per.first},\nyour extension request for module {room} has been approved until {date}. Your tutor, "
        "{per2.honfull}, can be reached at {per2.wemail}.\nStudent Office",
    ],
    style="formal",
)
T(
    "school_admin",
    [
        "Application for enrolment – {year}\nStudent: {rel.rev}\nDOB: {date}\nParent/guardian: {per.full}\n"
        "Home address: {addr.full}\nMobile: {phone}\nEmail: {per.email}\nPrevious school: {school}",
    ],
    style="machine",
)
T(
    "school_admin",
    [
        "Dear parents, {rel.first} will be collected by {per2.full} on Friday. For any change please call me on "
        "{phone}.\n{per3.full}, {school}"
    ],
    nat={
        "da": "Kære {per.first}\n\nVi bekræfter, at {rel.first} bliver hentet af {per2.full} fredag. Ring til mig på "
        "{phone} ved ændringer.\n\nVenlig hilsen\n{per3.full}, {school}",
        "cs": "Dobrý den, paní {per.sur},\npotvrzujeme, že {rel.first} si v pátek vyzvedne {per2.full}. V případě změny "
        "volejte {phone}.\nS pozdravem\n{per3.full}",
        "pt": "Caro/a {per.full},\nconfirmamos que o/a {rel.first} será recolhido/a por {per2.full} na sexta-feira. "
        "Qualquer alteração: {phone}.\nCumprimentos,\n{per3.full}",
        "es": "Estimada familia {per.sur}:\n{rel.first} será recogido el viernes por {per2.full}. Para cualquier "
        "cambio llamen al {phone}.\nAtentamente,\n{per3.full}",
        "fr": "Madame, Monsieur {per.sur},\n{rel.first} sera récupéré vendredi par {per2.full}. Pour tout changement, "
        "appelez le {phone}.\n{per3.full}, {school}",
        "ro": "Stimată doamnă {per.sur},\n{rel.first} va fi luat vineri de {per2.full}. Pentru modificări sunați la "
        "{phone}.\nCu stimă,\n{per3.full}",
        "el": "Αγαπητέ/ή {per.full},\nτην Παρασκευή τον/την {rel.first} θα παραλάβει {per2.full}. Για αλλαγές: {phone}."
        "\n{per3.full}",
    },
    style="formal",
)
T(
    "school_admin",
    [
        "Reminder: {school} closes at {time} on {weekday} because of {hazard}. Buses from {city} will run on the "
        "winter timetable. The {month} parents' evening moves to the sports hall. Questions: {role}",
        "Exam timetable for {month} is now on the portal. Resits on {date}, room {room}. The library opens until "
        "{time} during exams. Contact {role} for accessibility arrangements.",
    ],
    style="formal",
    neg=True,
)

# 5 sports-club and community newsletters -----------------------------------------------------------
T(
    "club_newsletter",
    [
        "{club} newsletter – {month}\nWell done to {per.full} and {per2.full} on the {~U14|U16|veterans'|women's} win "
        "against {team}! Subs are due: pay to IBAN {iban} with your child's name as reference. Kit orders to "
        "{per3.first} ({per3.phone}).[[ Thanks to {brand} for sponsoring the new nets.]]",
    ],
    style="formal",
)
T(
    "club_newsletter",
    [
        "Congratulations to our {~Player|Volunteer|Coach} of the Month, {per.full}! {per.first} has been with the "
        "club since {year}. Lifts to the away game in {city}: contact {per2.full} on {per2.phone}.",
        "Huge thanks to {per.full} for 20 years behind the bar at {club}! Farewell drinks {weekday}. RSVP to "
        "{per2.first} at {per2.email}.",
    ],
)
T(
    "club_newsletter",
    [
        "Committee {year}: Chair – {per.full}; Treasurer – {per2.full} ({per2.email}); Secretary – {per3.ini}; "
        "Welfare officer – {per4.full}, {per4.phone}",
        "CONTACTS\nChair: {per.full}\nFixtures: {per2.rev}, {per2.phone}\nSafeguarding: {per3.full} "
        "<{per3.email}>",
    ],
    style="formal",
)
T(
    "club_newsletter",
    [
        "The {~allotment group|choir|chess club|book club} now meets at {per.full}'s, {addr}, every "
        "{weekday} at {time}. New members welcome — text {per.phone}.",
        "knitting circle moved to {addr} ({per.first}'s kitchen!). bring your own wool. {per.phone} if lost",
    ],
)
T(
    "club_newsletter",
    [
        "Match report: {team} 2–1 {team2}. Our goals came in the {n}th and 88th minute. Next fixture {weekday} {date} "
        "at {place}. Tickets from the club shop, 10% off for members.[[ Shirt sponsor: {brand}.]]",
        "{club} AGM on {date} at {time}, {place}. Agenda: accounts, {month} tournament, new kit from {org}. "
        "Membership fee stays at {amount}. Raffle prize: a shirt signed by {celeb}!",
    ],
    neg=True,
)

# 6 job applications and CVs ----------------------------------------------------------------------
T(
    "job_application",
    [
        "CURRICULUM VITAE\n{per.upper}\n{addr.full} · {phone} · {per.email}\n\nPROFILE\n{job} with {n} years' "
        "experience in {~logistics|emergency response|retail banking|customer care}. Previously at {org}[[ and "
        "{brand}]].\n\nREFERENCES\n{per2.honfull}, {org2} – {per2.wemail}",
    ],
    style="formal",
)
T(
    "job_application",
    [
        "Employment application — {org}\nApplicant: {per.rev}\nSSN: {ssn}\nDriver's license: {dlstate} {dl}\n"
        "Address: {addr.full}\nPhone: {phone}\nPosition applied for: {job}\nAvailable from: {date}",
        "I-9 / onboarding checklist\nEmployee: {per.full}\nSocial Security No.: {ssn}\nDL #: {dl} (state "
        "{dlstate})\nHome: {addr.full}\nStart date: {date}\nHR contact: {role}",
    ],
    locs=("en-US",),
    style="machine",
)
T(
    "job_application",
    [
        "Dear Hiring Manager,\n\nI am writing to apply for the {job} role advertised on {date}. I currently work at "
        "{org} in {city}. References: {per2.honfull} ({per2.wemail}) and {per3.full}.\n\nYours sincerely,\n"
        "{per.full}\n{per.phone}",
    ],
    style="formal",
)
T(
    "job_application",
    [
        "Spoke to {per.full} today re {job} at {brand}'s {city} office. Currently at {org}, notice period {n} weeks, "
        "expects {amount}. Prefers email: {per.email}. Will send to {per2.first} for 2nd round on {weekday}.",
        "candidate {per.gsi} no-show for the {time} interview. tried {phone} twice. {per2.handle} can we rebook?",
    ],
)
T(
    "job_application",
    [
        "We're hiring! {org} is looking for a {job} and two {job2}s in {city}. Salary {amount}, hybrid, start "
        "{month}. Apply via our careers page by {date}, reference {ticket}. No agencies please.",
        "Job alert: {job} – {org} – {city}. Full-time, {amount} per month. Closing date {date}.[[ Partner: {brand}.]]",
    ],
    style="formal",
    neg=True,
)

# 7 real-estate viewing requests ----------------------------------------------------------------------
T(
    "real_estate",
    [
        "Hi, I'd like to book a viewing for the {~2-bed|1-bed|studio|3-bed house} at {addr} listed for {amount} a "
        "month. I'm {per.full}, available {weekday} after {time}. My number is {phone}.",
        "hello is the flat at {addr.short} still available?? can view {weekday}. {per.first} {phone}",
    ],
)
T(
    "real_estate",
    [
        "Viewing booked: {addr.full}\nApplicant: {per.full} + partner ({per2.first})\nID checked: {~passport|driving "
        "licence|national ID}\nContact: {per.phone} / {per.email}\nNotes: works at {org}, wants to move in {month}",
    ],
    style="machine",
)
T(
    "real_estate",
    [
        "Rental application – {addr.full}\nApplicant: {per.full}\nDOB: {date}\nDriver license #: {dl} ({dlstate})\n"
        "SSN: {ssn}\nCurrent address: {addr2}\nEmployer: {org}, {job}\nMonthly income: {amount}",
    ],
    locs=("en-US",),
    style="machine",
)
T(
    "real_estate",
    [
        "Hello, I saw the ad for the flat at {addr}. My name is {per.full} and I'd like to view it on {weekday}. {phone}"
    ],
    nat={
        "pt": "Olá, vi o anúncio do T2 na {addr}. Chamo-me {per.full} e gostaria de marcar visita para {weekday}. O meu "
        "contacto: {phone}. Obrigado!",
        "es": "Hola, vi el aviso del departamento en {addr}. Me llamo {per.full}, ¿se puede visitar el {weekday}? Mi "
        "número: {phone}",
        "fr": "Bonjour, je suis intéressé{per?|e} par l'appartement au {addr}. {per.full}, joignable au {phone}.",
        "cs": "Dobrý den, mám zájem o prohlídku bytu {addr}. {per.full}, tel. {phone}.",
        "ro": "Bună ziua, sunt interesat{per?|ă} de apartamentul din {addr}. Mă numesc {per.full}, tel. {phone}.",
        "da": "Hej, jeg vil gerne se lejligheden på {addr}. Mvh {per.full}, {phone}",
        "el": "Καλησπέρα, ενδιαφέρομαι για το διαμέρισμα στην {addr}. {per.full}, τηλ. {phone}",
        "zh": "您好，我想預約看{addr}的房子，我是{per.full}，電話{phone}。",
    },
)
T(
    "real_estate",
    [
        "New listing in {city}: bright 2-bedroom flat near {place}, {n}0 m², {amount} per month, energy rating C. "
        "Viewings {weekday} {time}–{time2}. Ref {ticket}.",
        "Market update {month}: average rents in {city} up {pct} year on year. {org} expects more supply after "
        "{year}.[[ Mortgage rates at {bank} unchanged.]]",
    ],
    style="formal",
    neg=True,
)

# 8 bug reports -------------------------------------------------------------------------------------
T(
    "bug_report",
    [
        "### Bug: export crashes when contact has non-ASCII name\n\n**Steps**\n1. Create contact `{per.full}` with "
        "phone `{phone}`\n2. Export as CSV\n\n**Stack trace**\n```\nTraceback (most recent call last):\n  File "
        "\"exporter/csv.py\", line {n}1, in write_row\n    row = fmt(contact)\nUnicodeEncodeError: 'ascii' codec "
        "can't encode character\n```\nVersion: {ver}\n/cc {per2.handle}",
    ],
    style="machine",
)
T(
    "bug_report",
    [
        'Request that fails with 422 on /api/v2/users:\n```json\n{{\n  "id": {n}{n2},\n  "name": "{per.full}",\n'
        '  "email": "{per.email}",\n  "phone": "{phone.e164}",\n  "address": "{addr.inline}",\n  "last_ip": "{ip}",\n'
        '  "plan": "{product}"\n}}\n```\nExpected 201. Seen on {ver}.',
        'Payload from the webhook (tenant {brand}):\n{{"event":"profile.updated","user":{{"display_name":"{per.full}",'
        '"contact":"{per.email}","mobile":"{phone.e164}"}},"source_ip":"{ip.v6}","ts":"{ts}"}}\nParser drops '
        "`mobile` when it has a leading +.",
    ],
    style="machine",
)
T(
    "bug_report",
    [
        "CRIS-{n}{n2}: Duplicate alert for user {per.user}\nReporter: {per2.full}\nAssignee: {per3.ini}\nPriority: "
        "High\nDescription: user {per.full} ({per.email}) got 14 SMS to {phone} between {time} and {time2}. Logs "
        "attached from {ip}.[[ Tenant: {brand}.]]",
    ],
    style="machine",
)
T(
    "bug_report",
    [
        "Steps to reproduce (from customer {per.full}, ticket {ticket}): log in from {ip.v6}, go to Settings > Cards, "
        "add card {cc} exp {exp}, click Save → spinner forever. Browser: {browser}. App {ver}.",
        "Customer {per.gsi} reports the {bank} card form rejects {cc} although it is valid. Reproduced on {ver} from "
        "{ip}. Assigning to {per2.handle}.",
    ],
    style="machine",
)
T(
    "bug_report",
    [
        "Bug: the {product} dashboard shows {pct} CPU after upgrade to {ver}. Steps: open Alerts, filter by {month}, "
        "sort by severity. Expected < 5%. Stack trace: NullPointerException at AlertGrid.render(AlertGrid.java:{n}7)",
        "Regression in {ver}: timezone {tz} shown as UTC in exported reports. Affects tenants in {city}. Ticket "
        "{ticket}, workaround: set locale manually.[[ First seen by {brand} ops.]]",
    ],
    style="machine",
    neg=True,
)


def _log_json(d: Doc) -> None:
    d.r(
        '{{"ts":"{ts}","level":"{~INFO|WARN|ERROR}","event":"{~login|password_reset|mfa_challenge|profile_update}",'
        '"user":"{per.user}","email":"{per.email}","ip":"{ip}","ua":"{browser}"[[,"tenant":"{brand}"]]}}'
    )


def _log_kv(d: Doc) -> None:
    d.r(
        '{ts} level={~warn|error|info} msg="sms delivery failed" to={phone.e164} user_id={n}{n2}{n3} '
        'name="{per.full}" src_ip={ip} attempt={n4}\n'
        '{ts2} level=info msg="fallback to email" to={per.email} template=otp_v{n5}'
    )


def _log_syslog(d: Doc) -> None:
    if d.rng.random() < 0.5:
        d.r(
            "<34>1 {ts} mail-gw-02 postfix/smtpd[{pid}]: NOQUEUE: reject: RCPT from unknown[{ip}]: 550 5.1.1 "
            "<{per.email}>: Recipient address rejected; from=<{role}> proto=ESMTP"
        )
    else:
        d.r(
            '{ip.v6} - - [{clf}] "GET /u/{per.user}/settings HTTP/1.1" 200 {pid} "-" '
            '"{browser}"\n{ip} - - [{clf}] "POST /api/login HTTP/1.1" 401 87'
        )


def _log_batch(d: Doc) -> None:
    rng = d.rng
    for i in range(rng.randint(3, 6)):
        k = "per" + (str(i + 1) if i else "")
        kind = rng.random()
        if kind < 0.3:
            d.r(f"{{ts{i}}} INFO auth: login ok user={{{k}.user}} ip={{ip{i}}}\n")
        elif kind < 0.55:
            d.r(f"{{ts{i}}} WARN notify: bounced mail to {{{k}.email}} (mailbox full)\n")
        elif kind < 0.7:
            d.r(f"{{ts{i}}} INFO healthcheck ok latency_ms={{n{i}}}\n")
        elif kind < 0.85:
            d.r(f"{{ts{i}}} ERROR sms: invalid number {{phone{i}}} for {{{k}.full}}\n")
        else:
            d.r(f"{{ts{i}}} DEBUG geo: {{ip{i}.v6}} resolved to {{city{i}}}\n")


# 9 application logs --------------------------------------------------------------------------------
T("app_log", fn=_log_json, style="machine")
T("app_log", fn=_log_kv, style="machine")
T("app_log", fn=_log_syslog, style="machine")
T("app_log", fn=_log_batch, style="machine")
T(
    "app_log",
    [
        '{ts} level=info msg="cache warmed" service=alerts-api version={ver} duration_ms={n}{n2} region=eu-west-1\n'
        '{ts2} level=info msg="healthcheck ok" upstream=classifier p95_ms={n3}',
        '{{"ts":"{ts}","level":"INFO","event":"deploy","service":"ingest-worker","version":"{ver}","pods":{n},'
        '"order_queue":"{order}"}}',
    ],
    style="machine",
    neg=True,
)

# 10 e-mail headers and quoted replies ----------------------------------------------------------------
T(
    "email_thread",
    [
        "From: {per.full} <{per.email}>\nTo: {per2.full} <{per2.email}>\nCc: {per3.first}, {per4.full}, {per5.user}\n"
        "Subject: Re: {subject}\nDate: {date}\n\nThanks {per2.first}, see below.\n\nOn {weekday}, {per2.full} "
        "<{per2.email}> wrote:\n> Can you send me the address for the drop-off?\n\nIt's {addr}. Call me on {phone} "
        "when you're outside.\n\n{per.first}",
    ],
    style="machine",
)
T(
    "email_thread",
    [
        "Sounds good, see you then.\n\nOn {date}, {per.full} <{per.email}> wrote:\n> Can we move the call to {time}?"
    ],
    nat={
        "es": "Perfecto, nos vemos.\n\nEl {weekday}, {per.full} <{per.email}> escribió:\n> ¿Podemos pasar la llamada a "
        "las {time}?",
        "pt": "Combinado.\n\nEm {date}, {per.full} <{per.email}> escreveu:\n> Podemos mudar a chamada para as {time}?",
        "fr": "Parfait, à tout à l'heure.\n\nLe {date}, {per.full} <{per.email}> a écrit :\n> On peut décaler l'appel "
        "à {time} ?",
        "da": "Det passer fint.\n\nDen {date} skrev {per.full} <{per.email}>:\n> Kan vi rykke mødet til {time}?",
        "cs": "Platí.\n\nDne {date} {per.full} <{per.email}> napsal(a):\n> Můžeme hovor posunout na {time}?",
        "ro": "Perfect.\n\nPe {date}, {per.full} <{per.email}> a scris:\n> Putem muta apelul la ora {time}?",
        "el": "Εντάξει.\n\nΣτις {date}, ο χρήστης {per.full} <{per.email}> έγραψε:\n> Μπορούμε να μεταφέρουμε την "
        "κλήση στις {time};",
        "ru": "Договорились.\n\n{date}, {per.full} <{per.email}> пишет:\n> Можем перенести звонок на {time}?",
        "zh": "好的，到時見。\n\n{per.full} <{per.email}> 於 {date} 寫道：\n> 可以把會議改到{time}嗎？",
    },
    style="machine",
)
T(
    "email_thread",
    [
        "---------- Forwarded message ---------\nFrom: {brand} Alerts <{role}>\nDate: {date}\nSubject: Unusual "
        "sign-in\n\nHi {per.first}, we noticed a sign-in from {ip} ({city}).\n\n--\n{per2.full}\n{job} | {org}\n"
        "M: {per2.phone}\nE: {per2.wemail}\n{addr.ml}",
    ],
    style="machine",
)
T(
    "email_thread",
    [
        "I am out of the office until {date} with limited access to email. For urgent matters please contact "
        "{per2.full} ({per2.wemail}, {per2.phone}). — {per.full}",
        "Automatic reply: I'm on leave until {date}. Flood desk queries go to {per2.full} on "
        "{per2.phone}.\n\n{per.full}\n{job}",
    ],
    style="formal",
)
T(
    "email_thread",
    [
        "From: {brand} <{role}>\nTo: undisclosed-recipients\nSubject: Scheduled maintenance {date}\n\nOur online "
        "services will be unavailable from {time} to {time2} ({tz}). Card payments in store are not affected. "
        "Release {ver}.",
        "From: {org} <{role}>\nSubject: Your {month} statement is ready\n\nLog in to view it. Reference {order}. Do "
        "not reply to this message.",
    ],
    style="machine",
    neg=True,
)

# 11 calendar invites -------------------------------------------------------------------------------
T(
    "calendar_invite",
    [
        "BEGIN:VEVENT\nSUMMARY:{subject}\nDTSTART:{icsdt}\nORGANIZER;CN={per.full}:mailto:{per.email}\n"
        "ATTENDEE;CN={per2.full};ROLE=REQ-PARTICIPANT:mailto:{per2.email}\nATTENDEE;CN={per3.full}:mailto:"
        "{per3.email}\nLOCATION:{place}\nEND:VEVENT",
    ],
    style="machine",
)
T(
    "calendar_invite",
    [
        "Invitation: {subject} @ {weekday} {date} {time} – {time2} ({tz})\nOrganizer: {per.full}\nGuests: "
        "{per2.full}, {per3.email}, {per4.full}, {role}\nIf the link fails call me on {per.phone}",
    ],
    style="machine",
)
T(
    "calendar_invite",
    [
        "Reminder: site visit at {addr} on {date}. Attendees: {per.full} ({org}), {per2.full}, {per3.ini}. Parking "
        "behind the building; ring {per.first} on {per.phone}.[[ {brand} facilities team will meet you.]]",
    ],
    style="formal",
)
T(
    "calendar_invite",
    ["Invitation: {subject}\nWhen: {date}, {time}\nWhere: {addr}\nOrganizer: {per.full} <{per.email}>"],
    nat={
        "fr": "Invitation : {subject}\nQuand : {date}, {time}\nOù : {addr}\nOrganisateur : {per.full} <{per.email}>\n"
        "Invités : {per2.full}, {per3.full}",
        "es": "Invitación: {subject}\nCuándo: {date}, {time}\nDónde: {addr}\nOrganizador: {per.full} <{per.email}>\n"
        "Invitados: {per2.full}, {per3.full}",
        "pt": "Convite: {subject}\nQuando: {date}, {time}\nOnde: {addr}\nOrganizador: {per.full} <{per.email}>\n"
        "Convidados: {per2.full}, {per3.full}",
        "cs": "Pozvánka: {subject}\nKdy: {date}, {time}\nKde: {addr}\nOrganizátor: {per.full} <{per.email}>",
        "da": "Invitation: {subject}\nHvornår: {date} kl. {time}\nHvor: {addr}\nArrangør: {per.full} <{per.email}>",
        "zh": "會議邀請：{subject}\n時間：{date} {time}\n地點：{addr}\n主辦人：{per.full} <{per.email}>",
    },
    style="machine",
)
T(
    "calendar_invite",
    [
        "Updated invitation: Quarterly crisis drill\nWhen: {weekday} {date} {time}–{time2} ({tz})\nWhere: {place}, "
        "Room {room}\nAgenda: {hazard} scenario, comms check, {product} failover test\nCalendar: Operations",
    ],
    style="machine",
    neg=True,
)

# 12 legal and court notices ------------------------------------------------------------------------
T(
    "legal_notice",
    [
        "NOTICE OF HEARING\nIn the matter of {per.upper} (Claimant) v. {org} (Respondent), Case No. {case}. The "
        "hearing will take place on {date} at {time} at {court}. The claimant resides at {addr.full}.",
    ],
    style="formal",
)
T(
    "legal_notice",
    [
        "PUBLIC NOTICE – PROBATE. Notice is hereby given that {per.full}, late of {addr.full}, died on {date}. Any "
        "person having a claim against the estate should send particulars to the executor, {per2.full}, c/o {org}, "
        "by {date2}.",
    ],
    style="formal",
)
T(
    "legal_notice",
    [
        "SUMMONS – {court}\nDefendant: {per.rev}\nLast known address: {addr.full}\nDOB: {date}  DL: {dl} "
        "({dlstate})\nYou are hereby summoned to appear on {date2} at {time}. Case {case}.",
    ],
    locs=("en-US",),
    style="formal",
)
T(
    "legal_notice",
    [
        "NOTICE: {per.full}, last known address {addr}, is summoned to appear before {court} on {date}. File {case}."
    ],
    nat={
        "es": "EDICTO: Se cita a {per.full}, con último domicilio conocido en {addr}, para que comparezca ante el "
        "juzgado el {date}. Expediente {case}.",
        "pt": "ÉDITO: Faz-se saber que {per.full}, com última morada conhecida na {addr}, é citad{per?o|a} para "
        "comparecer no {court} em {date}. Processo {case}.",
        "fr": "AVIS : {per.full}, dont la dernière adresse connue est {addr}, est convoqué{per?|e} devant le {court} "
        "le {date}. Dossier {case}.",
        "ro": "CITAȚIE: {per.full}, cu ultimul domiciliu cunoscut în {addr}, este citat{per?|ă} la {court} pe {date}. "
        "Dosar {case}.",
    },
    style="formal",
)
T(
    "legal_notice",
    [
        "The High Court in {city} adjourned the case against {org} to {date}. The judge said {hazard} had delayed "
        "filings. A spokesperson for {agency} declined to comment. Case {case}.",
        "NOTICE is given that {org} intends to apply for a licence at {court} on {date}. Objections in writing by "
        "{date2}, quoting {case}.",
    ],
    style="formal",
    neg=True,
)

# 13 product-recall registrations -------------------------------------------------------------------
T(
    "product_recall",
    [
        "Product recall registration – {product} (batch {batch})\nOwner: {per.full}\nAddress: {addr.full}\nPhone: "
        "{phone}\nEmail: {per.email}\nPurchased at: {store} on {date}\nPreferred remedy: {~refund|replacement|repair "
        "kit}",
    ],
    style="machine",
)
T(
    "product_recall",
    [
        "registered my {product} for the recall and they say the refund goes to card {cc}?? thats not even my card "
        "anymore[[ {handle}]]",
        "recall form for the {product} wants my card number for the refund, is {cc} ok to send?? {brand} pls advise",
    ],
)
T(
    "product_recall",
    [
        "Recall callback list {date}:\n1) {per.full} – {phone} – serial {serial} – {~no answer|left voicemail}\n"
        "2) {per2.full} – {per2.phone} – serial {serial2} – replacement sent\n3) {per3.ini} – {per3.email} – "
        "{~wrong model|refund issued}",
    ],
    style="machine",
)
T(
    "product_recall",
    [
        "Dear {per.honfull}, thank you for registering your {product} (serial {serial}). A replacement will be sent "
        "to {addr} within {n} working days.[[ Refunds are paid via {brand}.]] Your reference is {ticket}.",
    ],
    style="formal",
)
T(
    "product_recall",
    [
        "RECALL: {org} is recalling {product} units sold between {month} and {month2} because the battery may "
        "overheat. Affected batch codes start with {batch}. Stop using the device and return it to any {store}. No "
        "injuries have been reported.",
    ],
    style="formal",
    neg=True,
)

# 14 survey free-text answers -----------------------------------------------------------------------
T(
    "survey_answer",
    [
        "Q7. Anything else you want to tell us?\nA: the agent {per.first} at the {city} branch was brilliant. please "
        "call me back about the fee, {phone}. — {per2.full}",
        "Q12 (optional) Who helped you today?\nA: {per.full} from the {brand} team, and {per2.first} at reception",
        "Q4. Who helped you?\nA: {brand}'s {city} team — ask for {per.full}, {per?he|she} sorted my card in 5 min",
    ],
)
T(
    "survey_answer",
    [
        "Survey #{n}{n2} free text: I moved to {addr} in {month} and still get letters at the old address. My name is "
        "{per.full}. Email {per.email}. {brand} keeps ignoring me.",
    ],
)
T(
    "survey_answer",
    [
        "{n}/10 because the app keeps logging me out. {per.email} if you want to follow up. dont call {phone} i work "
        "nights",
        "3/10. waited {n} days for a callback. my number is {phone}, name {per.lower}",
    ],
)
T(
    "survey_answer",
    [
        "Q: What could we improve?\nA: Answer the phone. I'm {per.full}, customer since {year}, my number is {phone}."
    ],
    nat={
        "es": "P: ¿Qué podemos mejorar?\nR: Que contesten el teléfono. Soy {per.full}, cliente desde {year}, mi número "
        "es {phone}.",
        "pt": "P: O que podemos melhorar?\nR: Atender o telefone! Sou {per.full}, cliente desde {year}, contacto {phone}.",
        "fr": "Q : Que pouvons-nous améliorer ?\nR : Répondre au téléphone. {per.full}, client{per?|e} depuis {year}, "
        "{phone}.",
        "el": "Ε: Τι μπορούμε να βελτιώσουμε;\nΑ: Να σηκώνετε το τηλέφωνο. {per.full}, πελάτης από το {year}, {phone}.",
        "ro": "Î: Ce putem îmbunătăți?\nR: Să răspundeți la telefon. Sunt {per.full}, client din {year}, {phone}.",
        "da": "Spm: Hvad kan vi gøre bedre?\nSvar: Tage telefonen. {per.full}, kunde siden {year}, {phone}.",
    },
)
T(
    "survey_answer",
    [
        "Q3 free text: The {product} update in {month} made things slower. Please bring back dark mode. Branch in "
        "{city} was closed on {weekday} without notice. 6/10.",
        "Comments: staff at {place} were kind, queue too long ({n} min). Parking cost {amount}.[[ {brand} app kept "
        "crashing.]]",
    ],
    neg=True,
)

# 15 LinkedIn-style posts -----------------------------------------------------------------------------
T(
    "linkedin_post",
    [
        "Proud to share that I've joined {brand} as {job} in {city}! Huge thanks to {per.full} and {per2.full} for "
        "the support over the years at {org}. #newjob #{~fintech|crisiscomms|cx}",
    ],
)
T(
    "linkedin_post",
    [
        "After {hazard}, our team delivered {n} tonnes of supplies to {city}. Shout-out to {per.handle}, {per2.full} "
        "and everyone at {org}. If you want to volunteer, DM me or email {per3.email}.",
    ],
)
T(
    "linkedin_post",
    [
        "I'm hiring a {job} for my team at {org}. Referrals welcome — send CVs to me directly: {per.wemail}. Thanks "
        "to {per2.first} for the nudge.",
    ],
)
T(
    "linkedin_post",
    [
        "Today I said goodbye to {per.full}, who retired after {n} years as {job}. {per.first}, the {city} office "
        "won't be the same. 🎉 cc {per2.handle} {per3.handle}",
    ],
)
T(
    "linkedin_post",
    [
        "{n} lessons from leading comms during {hazard}: 1) speed beats polish 2) one source of truth 3) thank your "
        "{job}s. Great panel at {place} with {org} and {org2}. #crisiscomms[[ #{brand}]]",
        "Thrilled that {org} won {~Best Employer|Innovation of the Year} at the {city} awards! {pct} growth in "
        "{year}. Onwards 🚀",
        "What {celeb} taught me about resilience: show up every day. Our {city} team lived it during {hazard}. "
        "#leadership",
    ],
    neg=True,
)

# 16 Slack messages ----------------------------------------------------------------------------------
T(
    "slack_message",
    [
        "{per.handle} can you call the customer back? {per2.full}, {per2.phone}, says the {product} from our {city} "
        "store ({store}) caught fire. ticket {ticket}",
    ],
)
T(
    "slack_message",
    [
        "[{time}] {per.user}: anyone know who owns IP {ip}? it's hammering /login for {per2.email}\n[{time2}] "
        "{per3.user}: blocked, fyi {per.handle}",
    ],
    style="machine",
)
T(
    "slack_message",
    [
        "heads up {per.handle} — {per2.full}'s new address for payroll is {addr}, please update Workday before "
        "{weekday}",
        "{per.handle} {per2.full} moved, new addr {addr.full}. can u fix in the CRM",
    ],
)
T(
    "slack_message",
    [
        "thanks {per.san} for the handover 🙏 {per2.first} will cover the {city} on-call this week, {per2?his|her} "
        "cell is {per2.phone}",
    ],
    locs=("en-US", "en-US", "en-AU", "zh-HK"),
)
T(
    "slack_message",
    [
        "deploy of alerts-api {ver} done ✅ error rate back to {pct}. {product} dashboards green. retro {weekday} "
        "{time} in #incident-{n}{n2}. thanks all",
        "reminder: {month} on-call rota is in the channel topic. {city} office closed {weekday} for {hazard}.",
    ],
    neg=True,
)

# 17 news quotes -------------------------------------------------------------------------------------
T(
    "news_quote",
    [
        '"The water came in so fast," said {per.full}, {age}, a {job} from {city} who spent the night at {place}. '
        "{agency} said {n} homes were damaged by {hazard}.",
    ],
    style="formal",
)
T(
    "news_quote",
    [
        "Witness {per.full} told {news} {per?he|she} saw the bus leave the road near {place} at around {time}. "
        "{per.first}'s neighbour, {per2.full}, helped pull two passengers out.",
    ],
    style="formal",
)
T(
    "news_quote",
    [
        'Residents of {addr.short} were evacuated on {weekday}. "We lost everything," {per.full} said. Officials from '
        "{agency} and {org} are assessing damage. The {team} match at {place} was postponed.",
    ],
    style="formal",
)
T(
    "news_quote",
    ['"We could not save anything," said {per.full}, who lives in {city}. {agency} evacuated {n} families.'],
    nat={
        "es": "«No pudimos sacar nada», contó {per.full}, {per?vecino|vecina} de {city}. {agency} evacuó a {n} "
        "familias.",
        "pt": "«Não conseguimos salvar nada», contou {per.full}, {per?morador|moradora} em {city}. A {agency} retirou "
        "{n} famílias.",
        "fr": "« On n'a rien pu sauver », raconte {per.full}, habitant{per?|e} de {city}. La {agency} a évacué {n} "
        "familles.",
        "el": "«Δεν προλάβαμε να σώσουμε τίποτα», δήλωσε {per?ο|η} {per.full}, κάτοικος {city}.",
        "ro": "„Nu am putut salva nimic”, a spus {per.full}, din {city}. {agency} a evacuat {n} familii.",
    },
    style="formal",
)
T(
    "news_quote",
    [
        "{agency} confirmed {n} deaths linked to {hazard} and {n2} cases of {disease} in {city}. The minister visited "
        "{place} on {weekday}. {org} pledged {amount} in aid. Flights {flight} and {flight2} were cancelled.",
        "{news}: {team} fans raised {amount} for families affected by {hazard}. The club will host a benefit match at "
        "{place} in {month}.",
    ],
    style="formal",
    neg=True,
)

# 18 donation receipts and mandates ------------------------------------------------------------------
T(
    "donation_receipt",
    [
        "Donation receipt #{order}\nDonor: {per.full}\nAddress: {addr.full}\nAmount: {amount}\nPaid by: Visa ending "
        "{lastfour}\nCampaign: {hazard} relief\nThank you for supporting {org}!",
    ],
    style="machine",
)
T(
    "donation_receipt",
    [
        "SEPA Direct Debit Mandate\nCreditor: {org}\nDebtor name: {per.full}\nDebtor address: {addr.full}\nIBAN: "
        "{iban}\nBIC: {bic}\nFrequency: monthly, {amount}\nSigned: {city}, {date}",
    ],
    style="machine",
)
T(
    "donation_receipt",
    [
        "Thank you {per.first}! Your gift of {amount} via {brand} to the {hazard} appeal is confirmed. Tax receipt "
        "sent to {per.email}. Card charged: •••• {lastfour}.",
    ],
    nat={
        "es": "¡Gracias, {per.first}! Tu donación de {amount} para la emergencia está confirmada. Enviamos el "
        "comprobante a {per.email}. Tarjeta terminada en {lastfour}.",
        "pt": "Obrigado, {per.first}! O seu donativo de {amount} foi confirmado. Recibo enviado para {per.email}. "
        "Cartão terminado em {lastfour}.",
        "fr": "Merci {per.first} ! Votre don de {amount} est confirmé. Reçu fiscal envoyé à {per.email}. Carte se "
        "terminant par {lastfour}.",
        "da": "Tak, {per.first}! Din donation på {amount} er modtaget. Kvittering sendt til {per.email}.",
    },
)
T(
    "donation_receipt",
    [
        "Tax receipt – {org} (EIN {ein})\nDonor: {per.full}\nSSN/TIN on file: {ssn}\nAddress: {addr.full}\nGift: "
        "{amount} on {date}\nNo goods or services were provided in exchange.",
    ],
    locs=("en-US",),
    style="machine",
)
T(
    "donation_receipt",
    [
        "{org} raised {amount} for {hazard} relief in {month}. {pct} went to shelter kits and {pct2} to water "
        "purification in {city}. Card payments processed by {brand}. Receipt numbers start with {order}.",
    ],
    style="formal",
    neg=True,
)

# 19 parcel-locker notifications ---------------------------------------------------------------------
T(
    "parcel_locker",
    [
        "Your parcel {track} is ready in locker {locker} at {place}. Code: {otp}. Collect by {date}. Sender: {org}. "
        "Recipient: {per.full}",
    ],
    style="machine",
)
T(
    "parcel_locker",
    [
        "Hi {per.first}, your {brand} card was delivered to the parcel locker at {addr} (locker #{n}). Pickup PIN: "
        "{otp}. Not you? Reply STOP.",
    ],
)
T(
    "parcel_locker",
    [
        "Courier note: tried to deliver to {per.full}, {addr}, nobody home. Neighbour {per2.full} at no. {n} "
        "refused. Please call {phone}. Tracking {track}.",
    ],
    style="machine",
)
T(
    "parcel_locker",
    ["Your parcel {track} is in locker {locker}, {place}. Pickup code: {otp}. Recipient: {per.full}."],
    nat={
        "pt": "A sua encomenda {track} está disponível no cacifo {locker}, {place}. Código de levantamento: {otp}. "
        "Destinatário: {per.full}.",
        "es": "Tu paquete {track} está en el casillero {locker} de {place}. Código: {otp}. Destinatario: {per.full}.",
        "cs": "Vaše zásilka {track} čeká v boxu {locker}, {place}. Kód pro vyzvednutí: {otp}. Příjemce: {per.full}.",
        "da": "Din pakke {track} ligger i pakkeboks {locker}, {place}. Kode: {otp}. Modtager: {per.full}.",
        "ro": "Coletul {track} te așteaptă în easybox {locker}, {place}. Cod: {otp}. Destinatar: {per.full}.",
        "el": "Το δέμα {track} σας περιμένει στο locker {locker}, {place}. Κωδικός: {otp}. Παραλήπτης: {per.full}.",
        "fr": "Votre colis {track} est disponible en consigne {locker}, {place}. Code : {otp}. Destinataire : "
        "{per.full}.",
    },
    style="machine",
)
T(
    "parcel_locker",
    [
        "Locker {locker} at {place} is out of service until {date}. Parcels will be redirected to {store}. Tracking "
        "numbers starting {track} are affected. Opening hours {time}–{time2}.",
    ],
    style="machine",
    neg=True,
)

# 20 clinic and gym appointment reminders ------------------------------------------------------------
T(
    "appointment_reminder",
    [
        "Reminder: {per.honfull}, your appointment with Dr {per2.sur} is on {date} at {time}, {clinic}, {addr}. "
        "Reply C to confirm. We will call you on {per.phone} if anything changes.",
    ],
    style="formal",
)
T(
    "appointment_reminder",
    [
        "Hi, please charge my new card {cc} (exp {exp}) for the {gym} membership from {month}. {per.full}, member "
        "{ticket}",
        "Hi {gym}, switching my direct debit to IBAN {iban} from next month. {per.full}, membership {ticket}.",
    ],
)
T(
    "appointment_reminder",
    ["Reminder: {per.full} has an appointment at {clinic} on {weekday} at {time}. Address: {addr}."],
    nat={
        "da": "Påmindelse: {per.full} har tid hos {clinic} {weekday} kl. {time}. Adresse: {addr}. Afbud senest 24 "
        "timer før.",
        "cs": "Připomínka: {per.full}, termín v {clinic} {weekday} v {time}. Adresa: {addr}.",
        "pt": "Lembrete: {per.full}, tem consulta na {clinic} {weekday} às {time}. Morada: {addr}.",
        "es": "Recordatorio: {per.full}, tiene cita en {clinic} el {weekday} a las {time}. Dirección: {addr}.",
        "ro": "Reamintire: {per.full}, aveți programare la {clinic} {weekday} la ora {time}. Adresa: {addr}.",
        "el": "Υπενθύμιση: {per.full}, έχετε ραντεβού στο {clinic} την {weekday} στις {time}. Διεύθυνση: {addr}.",
        "fr": "Rappel : {per.full}, rendez-vous au {clinic} {weekday} à {time}. Adresse : {addr}.",
        "ar": "تذكير: {per.full}، موعدك في {clinic} يوم {weekday} الساعة {time}. العنوان: {addr}",
        "zh": "提醒：{per.full}您好，您在{clinic}的預約為{weekday} {time}，地址：{addr}。",
        "ru": "Напоминание: {per.full}, запись в {clinic} в {weekday} в {time}. Адрес: {addr}.",
    },
    style="machine",
)
T(
    "appointment_reminder",
    [
        "hi {per.first}, {pet} is due for vaccination at {clinic} on {date}. reply Y to confirm or call {per2.first} "
        "on {per2.phone}",
        "Hey {per.first}! Your PT session with {per2.first} is booked for {weekday} {time} at {gym}. Can't make it? "
        "Text {per2.phone}",
    ],
)
T(
    "appointment_reminder",
    [
        "{clinic} is closed on {date} for the holiday. Flu and {disease} vaccinations resume {weekday} from {time}. "
        "Parking at {place} is free after {time2}.",
        "{gym} timetable change: spin classes move to {time} from {month}. Sauna closed {weekday}. Members with "
        "{brand} cards get {pct} off.",
    ],
    style="formal",
    neg=True,
)

# 21 neighbourhood-watch posts ---------------------------------------------------------------------
T(
    "neighbourhood_watch",
    [
        "Suspicious van (white, no plates) parked outside {addr.short} since {time}. {per.full} at no. {n} saw two "
        "men trying car doors. Police ref {case}. If you have doorbell footage, message {per2.first} on "
        "{per2.phone}.",
    ],
)
T(
    "neighbourhood_watch",
    [
        "Someone's been using my name to order stuff to {addr}. If a parcel for {per.full} turns up at yours please "
        "hold it! {per.phone} — {per.first}",
    ],
)
T(
    "neighbourhood_watch",
    [
        "lost cat 🐱 ginger, answers to {pet}. last seen near {place}. we live at {addr}. call {phone} or knock, "
        "{per.first} & {per2.first}",
    ],
)
T(
    "neighbourhood_watch",
    ["Break-in last night at {per.full}'s, {addr}. If you saw anything please call {phone}."],
    nat={
        "fr": "Attention, cambriolage hier soir chez {per.full}, au {addr}. Si vous avez vu quelque chose, appelez le "
        "{phone}.",
        "es": "Ojo vecinos: anoche robaron en casa de {per.full}, {addr}. Si vieron algo llamen al {phone}.",
        "pt": "Atenção vizinhos: assaltaram ontem a casa d{per?o|a} {per.full}, na {addr}. Quem viu algo ligue {phone}.",
        "ro": "Atenție vecini: aseară s-a spart apartamentul lui {per.full}, {addr}. Sunați la {phone} dacă ați "
        "văzut ceva.",
        "cs": "Pozor sousedé, včera v noci vykradli byt {per.full}, {addr}. Kdo něco viděl, volejte {phone}.",
        "el": "Προσοχή: διάρρηξη χθες το βράδυ στο σπίτι {per?του|της} {per.full}, {addr}. Τηλ. {phone}",
        "ht": "Atansyon: vòlè te antre lakay {per.full} yè swa, {addr}. Si w te wè kichòy rele {phone}.",
        "sw": "Tahadhari: wezi walivamia nyumba ya {per.full}, {addr} jana usiku. Piga {phone} kama uliona kitu.",
    },
)
T(
    "neighbourhood_watch",
    [
        "Reminder: bins go out on {weekday}. The street party is {date} from {time}, road closed between {place} and "
        "the church. {org} will bring a bouncy castle. Police advice: lock sheds after the {hazard} thefts.",
        "Watch meeting {weekday} {time} at {place}. Topics: e-scooter thefts, lighting on the {city} road, {utility} "
        "roadworks until {month}.[[ {brand} ATM on the corner is back in service.]]",
    ],
    neg=True,
)

# 22 hotel guest complaints ------------------------------------------------------------------------
T(
    "hotel_complaint",
    [
        "To the Manager, {hotel}\n\nI stayed in room {room} from {date} to {date2} (booking {pnr}). The air "
        "conditioning was broken and a staff member, {per2.first}, was rude. I was charged twice on card {cc}. Please "
        "refund to the same card.\n\n{per.full}\n{addr.ml}\n{phone}",
    ],
    style="formal",
)
T(
    "hotel_complaint",
    [
        "Stayed at {hotel} in {city} for the {team} game. Room {room} stank of smoke. Reception ({per2.first}) said "
        "nothing could be done. Avoid. — {per.gsi}",
        "{hotel} lost my booking {pnr}, the night manager {per2.full} was great though. Paid with {bank}, still "
        "waiting for the refund. {per.first}",
    ],
)
T(
    "hotel_complaint",
    [
        "Guest complaint log {date}\nGuest: {per.slash} {per?MR|{~MRS|MS}}\nRoom: {room}\nEmail: {per.email}\nPhone: {phone}\n"
        "Issue: {~noise from room above|no hot water|wrong charge on folio|lost luggage from shuttle}\nHandled by: "
        "{per2.ini}, Duty Manager",
    ],
    style="machine",
)
T(
    "hotel_complaint",
    [
        "Dear Sir or Madam, I stayed at {hotel} from {date} to {date2} (room {room}). My name is {per.full}, {phone}."
    ],
    nat={
        "fr": "Madame, Monsieur, j'ai séjourné à l'{hotel} du {date} au {date2} (chambre {room}). Le bruit était "
        "insupportable. {per.full}, joignable au {phone}.",
        "es": "Estimados: me alojé en el {hotel} del {date} al {date2} (habitación {room}). No había agua caliente. "
        "{per.full}, teléfono {phone}.",
        "pt": "Exmos. Senhores, estive hospedad{per?o|a} no {hotel} de {date} a {date2} (quarto {room}). {per.full}, "
        "telemóvel {phone}.",
        "el": "Αξιότιμοι κύριοι, διέμεινα στο {hotel} από {date} έως {date2} (δωμάτιο {room}). {per.full}, τηλ. {phone}.",
        "ar": "السادة الكرام، أقمت في {hotel} من {date} إلى {date2} (غرفة {room}). {per.full}، هاتف {phone}",
        "zh": "您好，我於{date}至{date2}入住{hotel}（{room}號房），冷氣故障。{per.full}，電話{phone}。",
    },
    style="formal",
)
T(
    "hotel_complaint",
    [
        "{hotel} apologises for the disruption on {date}: the lifts in Tower B were out for {n} hours. Breakfast "
        "moves to {place}. The pool reopens {weekday}.[[ Guests with {brand} rewards get 10% off.]]",
    ],
    style="formal",
    neg=True,
)

# 23 lost and found --------------------------------------------------------------------------------
T(
    "lost_found",
    [
        "FOUND: wallet near {place} on {weekday}. Has ID for {per.full} and a {brand} card. Owner can DM me or call "
        "{phone}.",
    ],
    nat={
        "es": "ENCONTRADA: billetera cerca de {place} el {weekday}. Tiene el DNI de {per.full}. Al dueño: llamar al "
        "{phone}.",
        "fr": "TROUVÉ : portefeuille près de {place} ce {weekday}, avec la carte d'identité de {per.full}. Appelez le "
        "{phone}.",
        "pt": "ENCONTRADA: carteira perto do {place} na {weekday}. Tem o cartão de cidadão de {per.full}. Liguem "
        "{phone}.",
        "el": "ΒΡΕΘΗΚΕ πορτοφόλι κοντά στο {place}, με ταυτότητα στο όνομα {per.full}. Τηλ. {phone}",
        "ro": "GĂSIT: portofel lângă {place}, cu buletinul lui {per.full}. Sunați la {phone}.",
    },
)
T(
    "lost_found",
    [
        "LOST 😭 {item} on {busline} to {city}. If found please contact {per.first} at {per.email} or {per.phone}. "
        "Reward!",
    ],
)
T(
    "lost_found",
    [
        "Lost property record {ticket}\nItem: {item}\nFound at: {place}, {date} {time}\nOwner (from ID): {per.rev}, "
        "{addr.full}\nClaimed: {~no|yes, by {per2.full}}",
    ],
    style="machine",
)
T(
    "lost_found",
    ["Lost: {item} near {place} on {date}. Belongs to {per.full}. Please call {phone}."],
    nat={
        "zh": "尋物：{date}在{place}遺失黑色錢包，內有身分證（{per.full}）。拾獲請聯絡{phone}，必有重謝！",
        "es": "PERDIDO: cartera negra cerca de {place} el {date}. Tiene documentos de {per.full}. Llamar al {phone}.",
        "pt": "PERDIDO: carteira preta perto do {place} no dia {date}. Documentos em nome de {per.full}. Ligar {phone}.",
        "el": "ΧΑΘΗΚΕ πορτοφόλι κοντά στο {place} στις {date}. Έγγραφα στο όνομα {per.full}. Τηλ. {phone}",
        "cs": "ZTRÁTA: černá peněženka u {place} dne {date}, doklady na jméno {per.full}. Volejte {phone}.",
        "ro": "PIERDUT: portofel negru lângă {place}, {date}. Acte pe numele {per.full}. Tel. {phone}",
        "ru": "ПОТЕРЯН кошелёк у {place} {date}, документы на имя {per.full}. Звоните {phone}.",
        "fr": "PERDU : portefeuille noir près de {place} le {date}, papiers au nom de {per.full}. Tél. {phone}",
    },
)
T(
    "lost_found",
    [
        "Found at {place}: a black umbrella, a {product} and a child's scarf. Ask at the information desk before "
        "{date}. {agency} reminds passengers to label luggage.",
        "Lost property office at {place} open {weekday} {time}–{time2}. Unclaimed items go to charity after {n} days.",
    ],
    style="formal",
    neg=True,
)

# 24 bank-branch visit notes ------------------------------------------------------------------------
T(
    "bank_visit_note",
    [
        "Branch visit note – {bank} {city} {store}\nCustomer: {per.full}\nVerified ID: {~passport|national ID|driving "
        "licence}\nRequest: change of address to {addr.full}\nAlso: replacement debit card (old card {cc} reported "
        "lost)\nPhone updated to {phone}\nAdvisor: {per2.ini}",
    ],
    style="machine",
)
T(
    "bank_visit_note",
    [
        "{per.hon} came in re the transfer to IBAN {iban} ({amount}) that was flagged. Confirmed it is rent to "
        "{per2.full}. Released after callback on {per.phone}. Case {case}.",
    ],
    style="formal",
)
T(
    "bank_visit_note",
    [
        "Customer {per.full} opened a savings account at {bank}. SSN {ssn}, DL {dlstate} {dl}, address {addr.full}. "
        "Referred by {per2.full}. Debit card {cc} issued.",
    ],
    locs=("en-US",),
    style="machine",
)
T(
    "bank_visit_note",
    [
        "Visit note: customer {per.full} asked to change the address to {addr}. IBAN for transfers: {iban}. {phone}."
    ],
    nat={
        "pt": "Nota de visita: o cliente {per.full} pediu alteração de morada para {addr}. IBAN para transferências: "
        "{iban}. Contacto {phone}.",
        "es": "Nota de visita: {per.full} solicita cambio de domicilio a {addr}. IBAN: {iban}. Teléfono {phone}.",
        "ro": "Notă vizită: clientul {per.full} a cerut schimbarea adresei în {addr}. IBAN: {iban}. Telefon {phone}.",
        "cs": "Záznam z návštěvy: klient {per.full} žádá změnu adresy na {addr}. IBAN: {iban}. Tel. {phone}.",
        "el": "Σημείωμα επίσκεψης: {per.full}, αλλαγή διεύθυνσης σε {addr}. IBAN: {iban}. Τηλ. {phone}.",
        "da": "Besøgsnotat: {per.full} ønsker adresseændring til {addr}. IBAN: {iban}. Tlf. {phone}.",
        "fr": "Note de visite : {per.full} demande un changement d'adresse au {addr}. IBAN : {iban}. Tél. {phone}.",
    },
    style="machine",
)
T(
    "bank_visit_note",
    [
        "{bank} {city} branch will be closed {date} due to {hazard}. The ATM at {place} remains available. Card limits "
        "unchanged; savings rate {pct}. {store} opens at {time}.",
    ],
    style="formal",
    neg=True,
)

# 25 telecom port-out requests -----------------------------------------------------------------------
T(
    "telecom_port_out",
    [
        "Port-out request\nAccount holder: {per.full}\nNumber to port: {phone}\nAccount #: {acct}\nPIN: {otp}\n"
        "New provider: {telco}\nBilling address: {addr.full}",
    ],
    style="machine",
)
T(
    "telecom_port_out",
    [
        "Port request for {phone} – customer {per.full}, SSN last 4 {ssnlast}, account {acct}. Flagged: possible SIM "
        "swap, request came from IP {ip} and email {per.email}.",
    ],
    locs=("en-US",),
    style="machine",
)
T(
    "telecom_port_out",
    [
        "SIM swap alert: number {phone} moved to a new SIM at {time}. Customer {per.full} says they did not request it. "
        "Login from {ip.v6} at {time2}. Callback to alternate number {phone2}.",
    ],
    style="machine",
)
T(
    "telecom_port_out",
    ["I want to port my number {phone} to {telco}. Holder: {per.full}. Address: {addr}. Email: {per.email}."],
    nat={
        "es": "Solicito la portabilidad del número {phone} a {telco}. Titular: {per.full}. Dirección: {addr}. Correo: "
        "{per.email}.",
        "pt": "Pedido de portabilidade do número {phone} para a {telco}. Titular: {per.full}. Morada: {addr}.",
        "fr": "Demande de portabilité du numéro {phone} vers {telco}. Titulaire : {per.full}. Adresse : {addr}.",
        "ro": "Solicit portarea numărului {phone} la {telco}. Titular: {per.full}. Adresă: {addr}.",
        "cs": "Žádám o přenesení čísla {phone} k {telco}. Držitel: {per.full}. Adresa: {addr}.",
        "ru": "Прошу перенести номер {phone} к оператору {telco}. Владелец: {per.full}. Адрес: {addr}.",
    },
    style="formal",
)
T(
    "telecom_port_out",
    [
        "{telco} confirms the outage in {city} affecting mobile data between {time} and {time2}. {pct} of sites are "
        "back. Port-out requests submitted during the outage will be processed by {date}. Ticket {ticket}.",
    ],
    style="formal",
    neg=True,
)

# 26 airline lost-baggage forms ---------------------------------------------------------------------
T(
    "baggage_form",
    [
        "{airline} – Property Irregularity Report {pir}\nPassenger: {per.slash}\nFlight: {flight} {date}\nBag tag: "
        "{bagtag}\nDelivery address: {addr.full}\nContact phone: {phone}\nEmail: {per.email}\nDescription: {color} "
        "hard-shell suitcase",
    ],
    style="machine",
)
T(
    "baggage_form",
    [
        "{airline} lost my bag on {flight} from {city} 😡 file ref {pir}. deliver to {addr} asap, I'm {per.full}, "
        "{phone}",
    ],
)
T(
    "baggage_form",
    [
        "Dear {per.honfull},\nWe have located your bag (tag {bagtag}) in {city}. It will be delivered to {addr} on "
        "{date} between {time} and {time2}. The courier will call {phone}.\n{airline} Baggage Services",
    ],
    style="formal",
)
T(
    "baggage_form",
    ["Baggage claim {pir}. Name: {per.slash}. Flight {flight}. Delivery address: {addr}. Phone: {phone}."],
    nat={
        "fr": "Réclamation bagage – dossier {pir}. Nom : {per.slash}. Vol {flight}. Adresse de livraison : {addr}. "
        "Tél : {phone}.",
        "es": "Reclamo de equipaje {pir}. Nombre: {per.slash}. Vuelo {flight}. Dirección de entrega: {addr}. "
        "Tel: {phone}.",
        "pt": "Reclamação de bagagem {pir}. Nome: {per.slash}. Voo {flight}. Morada de entrega: {addr}. Tel: {phone}.",
        "el": "Δήλωση απώλειας αποσκευής {pir}. Όνομα: {per.slash}. Πτήση {flight}. Διεύθυνση: {addr}. Τηλ. {phone}",
        "zh": "行李遺失申報 {pir}。姓名：{per.slash}。航班 {flight}。送達地址：{addr}。電話：{phone}",
    },
    style="machine",
)
T(
    "baggage_form",
    [
        "{airline} flight {flight} from {city} diverted due to {hazard}. Bags will be delivered to the carousel at "
        "{place} from {time}. Bookings like {pnr} can be changed online free of charge.",
    ],
    style="formal",
    neg=True,
)

# 27 tenants' association minutes -------------------------------------------------------------------
T(
    "tenant_minutes",
    [
        "Minutes – {assoc} Tenants' Association, {date}\nPresent: {per.full} (chair), {per2.full}, {per3.ini}, "
        "{per4.full}\nApologies: {per5.full}\n1. Damp in flat at {addr.short}: landlord {org} to inspect "
        "by {date2}.\n2. Treasurer's report: balance {amount}.\nNext meeting {weekday} at {place}.",
    ],
    style="formal",
)
T(
    "tenant_minutes",
    [
        "Action points:\n- {per.first} to write to {org} about the lift at {addr}\n- {per2.full} ({per2.phone}) to "
        "collect signatures\n- Rent strike fund account: {iban}\n- Contact for new members: {per3.email}",
    ],
    style="formal",
)
T(
    "tenant_minutes",
    ["Minutes {date}\nPresent: {per.full}, {per2.full}, {per3.full}\n1. Roof repair at {addr}."],
    nat={
        "cs": "Zápis ze schůze SVJ {date}\nPřítomni: {per.full}, {per2.full}, {per3.full}\n1. Oprava střechy v domě "
        "{addr} – nabídka od {org}.\n2. Různé",
        "pt": "Ata da reunião de condóminos {date}\nPresentes: {per.full}, {per2.full}, {per3.full}\n1. Infiltrações no "
        "prédio da {addr}.",
        "es": "Acta de la junta de vecinos {date}\nAsistentes: {per.full}, {per2.full}, {per3.full}\n1. Goteras en "
        "{addr}.",
        "ro": "Proces-verbal asociația de proprietari {date}\nPrezenți: {per.full}, {per2.full}, {per3.full}\n"
        "1. Reparație acoperiș {addr}.",
        "el": "Πρακτικά γενικής συνέλευσης {date}\nΠαρόντες: {per.full}, {per2.full}, {per3.full}\n1. Επισκευή "
        "ταράτσας, {addr}.",
        "da": "Referat fra beboermøde {date}\nTil stede: {per.full}, {per2.full}, {per3.full}\n1. Tag på {addr}.",
        "fr": "Compte rendu de l'assemblée {date}\nPrésents : {per.full}, {per2.full}, {per3.full}\n1. Toiture du "
        "{addr}.",
    },
    style="formal",
)
T(
    "tenant_minutes",
    [
        "Letter to landlord: We, the undersigned residents of {addr.full}, ask for urgent repairs to the heating. "
        "Signed: {per.full} (flat {n}), {per2.full} (flat {n2}), {per3.full} (flat {n3}). Contact: {per.email}",
    ],
    style="formal",
)
T(
    "tenant_minutes",
    [
        "Residents' meeting {date}: the board agreed to repaint stairwells in {month}, budget {amount}. Heating will be "
        "tested {weekday} {time}. The {team} fan zone in the courtyard is not allowed. Minutes taken by the "
        "secretary.",
    ],
    style="formal",
    neg=True,
)


# --------------------------------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------------------------------

GENRES = list(dict.fromkeys(t.genre for t in TEMPLATES))
_WEIGHTS = [0.75 if t.neg else 1.0 for t in TEMPLATES]
_CUM: list[float] = []
for _w in _WEIGHTS:
    _CUM.append((_CUM[-1] if _CUM else 0.0) + _w)


def _pick_locale(rng: Random, tpl: Tpl) -> Locale:
    if tpl.locs:
        return LOCALE_BY_CODE[rng.choice(tpl.locs)]
    if tpl.nat and rng.random() < 0.75:
        fitting = [loc for loc in LOCALES if any(lang in tpl.nat for lang in loc.langs)]
        if fitting:
            return rng.choice(fitting)
    return rng.choice(LOCALES)


def _pick_lang(rng: Random, tpl: Tpl, loc: Locale) -> str:
    fitting = [lang for lang in loc.langs if lang in tpl.nat]
    if fitting and rng.random() < 0.9:
        return fitting[0]
    return "en"


def _mix_in(d: Doc, rng: Random) -> None:
    """A local greeting or sign-off around an English text."""
    lang = next((lang for lang in d.loc.langs if lang in PHRASES), "")
    if not lang:
        return
    ph = PHRASES[lang]
    r = rng.random()
    if r < 0.45:
        d.parts.insert(0, (rng.choice(_sp(ph["hi"])) + rng.choice([", ", "! ", "\n"]), None))
    elif r < 0.85:
        d.parts.append((rng.choice(["\n", " ", "\n\n"]) + rng.choice(_sp(ph["bye"])), None))
    else:
        d.parts.insert(0, (ph["urgent"] + rng.choice([": ", "!! ", " - "]), None))


# Brand mentions appended to texts that have none yet, so that about half the texts carry a watch term.
GENRE_TAILS = {
    "disaster_post": [
        "\n{handle} please RT",
        " cc {handle}",
        "\n(the {brand} branch on the corner has power for phone charging)",
    ],
    "missing_person": ["\nShared via {brand} community alerts", " cc {handle}"],
    "volunteer_sheet": ["\nFuel vouchers donated by {brand}.", "\nLunch sponsored by {brand} staff."],
    "outage_report": ["\nPS I pay by direct debit through {bank}.", "\nSent from the {brand} app"],
    "school_admin": ["\n\nThe school fair is sponsored by {brand}.", "\nFees can now be paid via {bank}."],
    "club_newsletter": ["\nThanks to {brand} for sponsoring our kit!", "\nMembership payments via {bank}."],
    "job_application": ["\nSource: {brand} careers portal", "\nInternal referral, {brand} talent team"],
    "real_estate": ["\nMortgage in principle from {bank}.", "\nDeposit will come from my {bank} account."],
    "bug_report": ["\nTenant: {brand}", "\nReported by {brand} support"],
    "app_log": [
        '\n{ts9} level=info msg="tenant context" tenant="{brand}"',
        '\n{{"tenant":"{brand}","region":"eu"}}',
    ],
    "email_thread": ["\n\n{brand} | Internal", "\n\nThis message was scanned by {brand} security."],
    "calendar_invite": ["\nX-TENANT:{brand}", "\nHosted by {brand}"],
    "legal_notice": ["\nCopy to: {brand} Legal Department", "\nPublished on behalf of {brand}."],
    "product_recall": ["\nRefunds processed by {bank}.", " cc {handle}"],
    "survey_answer": ["\n(Survey run by {brand})", "\nChannel: {brand} app"],
    "linkedin_post": [" cc {handle}", "\n#hiring at {brand}"],
    "slack_message": [" (from the {brand} escalation channel)", " cc {handle}"],
    "news_quote": [
        "\n{brand} said it would waive fees for affected customers.",
        "\nA {brand} spokesperson said branches would reopen on {weekday9}.",
    ],
    "donation_receipt": ["\nPayment processed by {bank}.", "\nMatched by the {brand} Foundation."],
    "parcel_locker": ["\nDelivered on behalf of {brand}.", "\nYour {brand} order ships separately."],
    "appointment_reminder": ["\nPay at reception or with {bank}.", "\nDiscount for {brand} employees."],
    "neighbourhood_watch": ["\nThe {brand} ATM on the high street was also targeted.", " cc {handle}"],
    "hotel_complaint": ["\nBooked through {airline} Holidays.", "\nPaid with my {bank} card."],
    "lost_found": ["\nAlso found: a {brand} card with no name on it.", " cc {handle}"],
    "bank_visit_note": ["\nChannel: {brand} branch", "\nLogged in {brand} CRM"],
    "telecom_port_out": ["\nCustomer also banks with {bank}; bank notified.", "\nSource: {brand} fraud feed"],
    "baggage_form": ["\nCompensation will be paid to your {bank} account.", "\nBooked via {airline}."],
    "tenant_minutes": [
        "\nRent account is held at {bank}.",
        "\nThe {brand} office next door lent us its meeting room.",
    ],
}


def _make_row(rng: Random, tid: int) -> dict:
    tpl = TEMPLATES[tid]
    loc = _pick_locale(rng, tpl)
    lang = _pick_lang(rng, tpl, loc)
    d = Doc(rng, loc, lang, tpl.style)
    if tpl.fn is not None:
        tpl.fn(d)  # type: ignore[operator]
    else:
        d.r(rng.choice(tpl.nat[lang] if lang != "en" else tpl.en))
    if not any(label == "BRAND" for _, label in d.parts) and rng.random() < 0.38:
        tail = rng.choice(GENRE_TAILS[tpl.genre])
        if d.parts and d.parts[-1][0].endswith("\n") and tail.startswith("\n"):
            tail = tail[1:]
        d.r("\n" + tail.lstrip() if tpl.style == "machine" and tail.startswith(" ") else tail)
    if lang == "en" and tpl.style != "machine" and loc.langs[0] != "en" and rng.random() < 0.3:
        _mix_in(d, rng)
    text, spans, brands = d.build()
    # Trim outer whitespace (a template may end on a newline) and move the spans with it.
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    for s in spans:
        s["start"] -= lead
        s["end"] -= lead
    return {"text": text, "spans": spans, "template_id": tid, "locale": loc.code, "brands": brands}


def generate(n: int = 1500, seed: int = 0) -> list[dict]:
    """n labelled rows, the same for the same seed."""
    rng = Random(seed)
    rows = []
    for _ in range(n):
        tid = rng.choices(range(len(TEMPLATES)), cum_weights=_CUM)[0]
        rows.append(_make_row(rng, tid))
    return rows


# --------------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------------

_KNOWN_BRANDS = {b.casefold() for b in list(BRANDS) + list(HANDLE_BRANDS)}


def validate(rows: list[dict]) -> list[str]:
    problems = []
    for i, row in enumerate(rows):
        text = row["text"]
        last_end = -1
        for s in row["spans"]:
            if s["label"] not in LABELS:
                problems.append(f"row {i}: unknown label {s['label']}")
            if text[s["start"] : s["end"]] != s["value"]:
                problems.append(f"row {i}: span {s} does not match text")
            if s["value"] != s["value"].strip() or not s["value"]:
                problems.append(f"row {i}: span value not stripped {s['value']!r}")
            if s["start"] < last_end:
                problems.append(f"row {i}: overlapping or unsorted spans at {s['start']}")
            last_end = s["end"]
            v = s["value"]
            if s["label"] == "CREDIT_CARD" and not luhn_ok(v):
                problems.append(f"row {i}: card fails Luhn {v}")
            if s["label"] == "IBAN_CODE" and not iban_ok(v):
                problems.append(f"row {i}: bad IBAN {v}")
            if s["label"] == "IP_ADDRESS":
                try:
                    ipaddress.ip_address(v)
                except ValueError:
                    problems.append(f"row {i}: bad IP {v}")
        for b in row["brands"]:
            if b not in text:
                problems.append(f"row {i}: brand {b!r} not in text")
            if b.casefold() not in _KNOWN_BRANDS:
                problems.append(f"row {i}: unknown brand {b!r}")
        if not isinstance(row["template_id"], int) or row["locale"] not in LOCALE_BY_CODE:
            problems.append(f"row {i}: bad template_id or locale")
    return problems


def _check() -> int:
    problems: list[str] = []
    by_genre: dict[str, set[int]] = {}
    for tid, t in enumerate(TEMPLATES):
        by_genre.setdefault(t.genre, set()).add(tid % 4)
    for g, residues in by_genre.items():
        if residues != {0, 1, 2, 3}:
            problems.append(f"genre {g} misses id % 4 classes: {sorted(residues)}")
    for seed in (1, 2):
        rows = generate(seed=seed)
        problems += [f"seed {seed}: {p}" for p in validate(rows)]
        if json.dumps(rows, ensure_ascii=False) != json.dumps(generate(seed=seed), ensure_ascii=False):
            problems.append(f"seed {seed}: not deterministic")
        labels = Counter(s["label"] for r in rows for s in r["spans"])
        texts = Counter(lab for r in rows for lab in {s["label"] for s in r["spans"]})
        n = len(rows)
        print(f"seed {seed}: {n} texts, {len(TEMPLATES)} templates, {len(GENRES)} genres", file=sys.stderr)
        for lab in LABELS:
            print(f"  {lab:18s} spans {labels[lab]:5d}  texts {texts[lab] / n:6.1%}", file=sys.stderr)
        no_pii = sum(1 for r in rows if not r["spans"]) / n
        with_brand = sum(1 for r in rows if r["brands"]) / n
        lower = sum(1 for r in rows if r["text"] == r["text"].lower() and r["text"] != r["text"].upper()) / n
        print(
            f"  no PII {no_pii:.1%}  with brands {with_brand:.1%}  all lower-case {lower:.1%}",
            file=sys.stderr,
        )
        print(f"  locales {len({r['locale'] for r in rows})}", file=sys.stderr)
    for p in problems[:40]:
        print("PROBLEM", p, file=sys.stderr)
    print("check ok" if not problems else f"check FAILED ({len(problems)} problems)", file=sys.stderr)
    return 1 if problems else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--check", action="store_true", help="validate seeds 1 and 2 and print the label mix")
    args = ap.parse_args()
    if args.check:
        return _check()
    for row in generate(args.n, args.seed):
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
