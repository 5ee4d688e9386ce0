"""DATA CARD -- synthetic PII test set 15: non-English text as a crisis-monitoring platform receives it.

Purpose
    Deterministic generator of labelled synthetic text for measuring a PII redactor "blind" on text written
    wholly or mostly in languages other than English: social posts, replies to a brand, support tickets, e-mails,
    forum posts, reviews, chat logs, complaint letters, call-centre notes, press enquiries, news comments, internal
    incident notes, HR / works-council mails, regulator letters, courier messages, bank-fraud reports, insurance
    claims, utility outages, municipal notices, classifieds, data-change forms, refund requests, travel complaints,
    group chats, voicemail transcripts, surveys, security alerts, GDPR requests, registration lists, community
    appeals, media digests and spreadsheet exports.

Provenance
    Written blind: the author did not read the redactor, its tests, its docs, nor any other synthetic test set;
    the only repository lines read are the BRANDS / HANDLE_BRANDS definitions in bench/pii_synth.py (imported).
    All text, name lists, streets, cities and postcodes are hand-written in this file (no Faker, no name packages).
    Phone numbers start from ``phonenumbers.example_number_for_type`` (MOBILE / FIXED_LINE), get random trailing
    digits and are kept only if still valid for their region. IBANs carry valid mod-97 check digits and real
    country lengths; card numbers are Luhn-valid. Every value is synthetic. No national ID numbers appear.

Genres and templates
    32 genres x 4 templates = 128 templates; genre g owns template ids 4g..4g+3. The four templates of a genre
    differ in layout / register and language. One template in every other genre is PII-free (16 templates,
    12.5 % of rows) and is full of hard negatives. Every language has PII-bearing templates with both an even
    and an odd template id, so the even and odd templates can serve as two separate sets.

Locales (54)
    es-ES es-MX es-AR es-CO es-CL, pt-BR pt-PT, fr-FR fr-BE fr-CA fr-CH fr-SN fr-MA, de-DE de-AT de-CH, it-IT,
    nl-NL nl-BE, pl-PL, cs-CZ, sk-SK, ro-RO, hu-HU, hr-HR, sr-RS (Latin), sl-SI, sv-SE, nb-NO, da-DK, fi-FI,
    et-EE, tr-TR, id-ID, ms-MY, tl-PH, vi-VN, sw-KE sw-TZ, ca-ES, eu-ES, gl-ES, is-IS, ga-IE, cy-GB, mt-MT,
    ru-RU, uk-UA, bg-BG (Cyrillic), el-GR (Greek), ar-EG ar-AE ar-SA (Arabic), he-IL (Hebrew).

Label conventions
    PERSON          private people in any written form (full, given only, surname only, initial + surname,
                    lower-case, native script, patronymics); logins / handles built from a person's name are
                    PERSON and the span excludes the "@". Honorifics and titles ("Sr.", "Frau", "pani", "Bapak",
                    "anh", "Dr.") stay outside the span. Public figures, companies, products, brands: unlabelled.
    STREET_ADDRESS  house number + street, with flat / floor / building / district / postcode / city when written
                    together with them = one span; a multi-line address = one span per line. Bare cities,
                    regions, countries, postcodes alone and street names without a house number: unlabelled.
    PHONE_NUMBER    any written form (national with trunk 0, +CC, 00CC, "(0)", dotted, dashed, compact).
    EMAIL_ADDRESS   personal mailboxes only (work mailboxes of named staff included); role mailboxes such as
                    atencion@, soporte@, info@, kundenservice@, presse@ stay unlabelled.
    CREDIT_CARD     full Luhn-valid numbers (masked "**** 1234" / "terminada en 1234" are unlabelled).
    IBAN_CODE       full IBANs, grouped by 4 or compact.
    IP_ADDRESS      IPv4 and IPv6.
    Hard negatives (never labelled): order / ticket / case / contract / invoice numbers, dates, times, amounts,
    percentages, postcodes or cities alone, public figures, companies, products, street names without number,
    and the tenant's watch terms (BRANDS / HANDLE_BRANDS), listed in each row's "brands" exactly as written.

Row shape
    {"text": str, "spans": [{"label", "start", "end", "value"}], "template_id": int, "locale": str,
     "brands": [str]}; spans sorted, non-overlapping, text[start:end] == value, no outer whitespace. Offsets are
    recorded while the text is assembled piece by piece, never by searching afterwards.

Usage
    from pii_synth_fifteenth import generate, check_row, GENRES, N_TEMPLATES
    rows = generate(2000, seed=0)          # deterministic for (n, seed); templates used evenly
    python bench/pii_synth_fifteenth.py --check            # validate ~5,000 rows over 5 seeds + summary
    python bench/pii_synth_fifteenth.py --n 8 --seed 3     # print JSON lines
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter
from types import SimpleNamespace
from typing import NamedTuple

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

sys.path.insert(0, os.path.dirname(__file__))
from pii_synth import BRANDS, HANDLE_BRANDS

LABELS = (
    "PERSON",
    "STREET_ADDRESS",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "CREDIT_CARD",
    "IBAN_CODE",
    "IP_ADDRESS",
)
PER, ADR, PHN, EML, CCN, IBN, IPA = LABELS


# ----------------------------------------------------------------------------------------------------------------
# value objects used while assembling a text
# ----------------------------------------------------------------------------------------------------------------
class Pii(NamedTuple):
    label: str
    value: str


class Brand(NamedTuple):
    value: str


class Seq(NamedTuple):
    items: tuple
    sep: str = ", "


def _fill(r: random.Random, pat: str) -> str:
    """'#' digit, '%' digit 1-9, '@' capital letter; 'a|b' picks an alternative first."""
    pat = r.choice(pat.split("|"))
    out = []
    for ch in pat:
        if ch == "#":
            out.append(r.choice("0123456789"))
        elif ch == "%":
            out.append(r.choice("123456789"))
        elif ch == "@":
            out.append(r.choice("ABCDEFGHJKLMNPRSTVWXZ"))
        else:
            out.append(ch)
    return "".join(out)


_FOLD = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "Ae",
        "ß": "ss",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "Th",
        "ı": "i",
        "ħ": "h",
        "Ħ": "H",
        "œ": "oe",
        "'": "",
        "’": "",
        "ġ": "g",
        "ċ": "c",
        "ż": "z",
    }
)


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def lower(s: str, lang: str) -> str:
    if lang == "tr":
        s = s.replace("I", "ı").replace("İ", "i")
    return s.lower()


# ----------------------------------------------------------------------------------------------------------------
# checksummed numbers
# ----------------------------------------------------------------------------------------------------------------
def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def make_card(r: random.Random) -> str:
    kind = r.choice("vvvvmmma")
    if kind == "v":
        body, length = "4" + _fill(r, "#####"), 16
    elif kind == "m":
        body, length = r.choice(("51", "52", "53", "54", "55", "2221", "2720")), 16
    else:
        body, length = r.choice(("34", "37")), 15
    body += "".join(r.choice("0123456789") for _ in range(length - 1 - len(body)))
    num = next(body + d for d in "0123456789" if luhn_ok(body + d))
    groups = [num[:4], num[4:10], num[10:]] if length == 15 else [num[i : i + 4] for i in range(0, 16, 4)]
    return r.choice((" ", " ", "-", "")).join(groups)


# BBAN layouts: tokens "<count><n|a|c>" or a literal digit; optional list of real-looking bank codes.
IBAN_SPEC = {
    "ES": "20n",
    "PT": "21n",
    "BR": "23n,1a,1c",
    "FR": "10n,11c,2n",
    "BE": "12n",
    "CH": "5n,12c",
    "DE": "18n",
    "AT": "16n",
    "IT": "1a,10n,12c",
    "NL": (("ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB"), "10n"),
    "PL": "24n",
    "CZ": "20n",
    "SK": "20n",
    "RO": (("BTRL", "RNCB", "INGB", "BRDE", "RZBR"), "16c"),
    "HU": "24n",
    "HR": "17n",
    "RS": "18n",
    "SI": "15n",
    "SE": "20n",
    "NO": "11n",
    "DK": "14n",
    "FI": "14n",
    "EE": "16n",
    "TR": "5n,0,16c",
    "IS": "22n",
    "IE": (("AIBK", "BOFI", "IPBS"), "14n"),
    "GB": (("NWBK", "BARC", "LOYD", "HBUK"), "14n"),
    "MT": (("MALT", "VALL", "APSB"), "5n,18c"),
    "UA": "6n,19c",
    "BG": (("BNBG", "UNCR", "STSA", "FINV"), "6n,8c"),
    "GR": "7n,16c",
    "AE": "19n",
    "SA": "2n,18c",
    "EG": "25n",
    "IL": "19n",
}
IBAN_LEN = {
    "ES": 24,
    "PT": 25,
    "BR": 29,
    "FR": 27,
    "BE": 16,
    "CH": 21,
    "DE": 22,
    "AT": 20,
    "IT": 27,
    "NL": 18,
    "PL": 28,
    "CZ": 24,
    "SK": 24,
    "RO": 24,
    "HU": 28,
    "HR": 21,
    "RS": 22,
    "SI": 19,
    "SE": 24,
    "NO": 15,
    "DK": 18,
    "FI": 18,
    "EE": 20,
    "TR": 26,
    "IS": 26,
    "IE": 22,
    "GB": 22,
    "MT": 31,
    "UA": 29,
    "BG": 22,
    "GR": 27,
    "AE": 23,
    "SA": 24,
    "EG": 29,
    "IL": 23,
}


def _iban_num(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s) or IBAN_LEN.get(s[:2]) != len(s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def make_iban(r: random.Random, cc: str) -> str:
    spec = IBAN_SPEC[cc]
    banks, pat = spec if isinstance(spec, tuple) else ((), spec)
    bban = r.choice(banks) if banks else ""
    for tok in pat.split(","):
        if tok.isdigit() and len(tok) == 1:
            bban += tok
            continue
        n, kind = int(tok[:-1]), tok[-1]
        for _ in range(n):
            if kind == "n" or (kind == "c" and r.random() < 0.95):
                bban += r.choice("0123456789")
            else:
                bban += r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    check = 98 - _iban_num(bban + cc + "00") % 97
    iban = f"{cc}{check:02d}{bban}"
    assert iban_ok(iban) and len(iban) == IBAN_LEN[cc], iban
    if r.random() < 0.68:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


# ----------------------------------------------------------------------------------------------------------------
# phone numbers
# ----------------------------------------------------------------------------------------------------------------
_EXAMPLES: dict = {}


def _example(region: str, kind: str):
    key = (region, kind)
    if key not in _EXAMPLES:
        t = PNT.MOBILE if kind == "m" else PNT.FIXED_LINE
        _EXAMPLES[key] = phonenumbers.example_number_for_type(region, t)
    return _EXAMPLES[key]


def make_phone_number(r: random.Random, region: str, kind: str):
    ex = _example(region, kind) or _example(region, "f" if kind == "m" else "m")
    want = {PNT.MOBILE if kind == "m" else PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE}
    nsn = phonenumbers.national_significant_number(ex)
    for _ in range(40):
        k = r.randint(4, max(4, len(nsn) - 2))
        cand = nsn[:-k] + "".join(r.choice("0123456789") for _ in range(k))
        num = phonenumbers.parse(f"+{ex.country_code}{cand}")
        if phonenumbers.is_valid_number_for_region(num, region) and phonenumbers.number_type(num) in want:
            return num
    return ex


def format_phone(r: random.Random, num, lang: str, style: str | None = None) -> str:
    nat = phonenumbers.format_number(num, PNF.NATIONAL)
    intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    nsn = phonenumbers.national_significant_number(num)
    cc = str(num.country_code)
    nd = re.sub(r"\D", "", nat)
    opts = ["nat", "nat", "nat", "intl", "intl", "e164", "00", "group", "compact", "intlgroup"]
    if nd.startswith("0") and not nsn.startswith("0"):
        opts.append("paren0")
    if lang in ("de",) and " " in nat:
        opts.append("slash")
    if lang == "fr" and " " in nat:
        opts += ["dots", "dots"]
    s = style or r.choice(opts)
    if s == "nat":
        return nat
    if s == "intl":
        return intl
    if s == "e164":
        return phonenumbers.format_number(num, PNF.E164)
    if s == "00":
        return "00" + intl[1:]
    if s == "compact":
        return nd
    if s == "dots":
        return nat.replace(" ", ".")
    if s == "slash":
        return nat.replace(" ", "/", 1)
    if s == "paren0" and " " in intl and nd.startswith("0"):
        return f"+{cc} (0){intl.split(' ', 1)[1]}"
    digits = nd if s == "group" else nsn
    if len(digits) % 2 == 0 and r.random() < (0.6 if lang in ("fr", "da", "nb") else 0.1):
        sizes = [2] * (len(digits) // 2)
    else:
        first = r.choice((2, 3, 3, 4))
        rest = len(digits) - first
        step = 2 if rest % 2 == 0 and r.random() < 0.5 else 3
        sizes = [first] + [step] * (rest // step)
        if rest % step:
            sizes[-1] += rest % step
    parts, i = [], 0
    for sz in sizes:
        parts.append(digits[i : i + sz])
        i += sz
    sep = r.choice((" ", " ", ".", "-")) if s == "group" else " "
    grouped = sep.join(p for p in parts if p)
    return grouped if s == "group" else f"+{cc} {grouped}"


# ----------------------------------------------------------------------------------------------------------------
# locales: hand-written names, streets, cities / postcodes, mail domains, money and date formats, address layouts
# ----------------------------------------------------------------------------------------------------------------
LOC: dict = {}


def _sp(s: str, sep: str = ",") -> list:
    return [x.strip() for x in s.split(sep) if x.strip()]


def _city(s: str) -> SimpleNamespace:
    parts = [*s.split(":"), "", "", ""]
    return SimpleNamespace(name=parts[0], pc=parts[1], dists=_sp(parts[2], "~"), state=parts[3])


def loc(code, region, iban, style, gm, gf, sn, streets, cities, mail, cur, dfmt, addr, join=", ", **extra):
    """cur = (format(s) with {v}, thousands sep, decimal sep, decimals, scale vs EUR)."""
    LOC[code] = SimpleNamespace(
        code=code,
        lang=code.split("-")[0],
        reg=code.split("-")[1].lower(),
        region=region,
        iban=iban,
        style=style,
        gm=_sp(gm),
        gf=_sp(gf),
        sn=_sp(sn),
        streets=_sp(streets, ";"),
        cities=[_city(x) for x in _sp(cities, ";")],
        mail=_sp(mail),
        cur=cur,
        dfmt=dfmt,
        addr=addr,
        join=join,
        rev=extra.pop("rev", 0.0),
        **{k: (_sp(v) if isinstance(v, str) else v) for k, v in extra.items()},
    )


def _flat(c, e, opts):
    return c.pick(*opts) if c.maybe(e) else ""


# ---- address layouts (each returns a list of lines in the locale's postal order) ----
def _a_es(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 180)
    l1 = f"{st}, {n}" if st.startswith(("Avda.", "Pº", "Paseo", "Gran Vía")) else f"{st} {n}"
    f = c.ri(1, 8)
    l1 += _flat(
        c,
        0.75,
        (
            f", {f}º {c.pick('izda', 'dcha', 'A', 'B', 'C', 'D')}",
            f", {f}º-{c.pick('1ª', '2ª', '3ª')}",
            ", bajo",
            ", ático",
            f", esc. {c.pick('A', 'B', 'dcha')}, {f}º {c.pick('A', 'B', 'C')}",
            f", portal {c.ri(1, 4)}, {f}º{c.pick('B', 'C')}",
        ),
    )
    return [l1, f"{c.fill(cy.pc)} {cy.name}"]


def _a_mx(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(3, 2800)
    l1 = c.pick(f"{st} {n}", f"{st} #{n}", f"{st} No. {n}")
    l1 += _flat(
        c, 0.6, (f" Int. {c.ri(1, 12)}", f", Depto. {c.ri(101, 904)}", f" Int. {c.pick('A', 'B', 'C')}")
    )
    city = f"{cy.name}, {cy.state}" if cy.state != "CDMX" else c.pick("Ciudad de México, CDMX", "CDMX")
    return [l1, f"Col. {c.pick(*cy.dists)}", f"{c.fill(cy.pc)} {city}"]


def _a_ar(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(100, 4800)
    l1 = f"{st} {n}" + _flat(
        c,
        0.7,
        (
            f", piso {c.ri(1, 14)} depto {c.pick('A', 'B', 'C', 'D')}",
            f" {c.ri(1, 12)}º {c.pick('A', 'B', 'C')}",
            f", PB {c.ri(1, 4)}",
        ),
    )
    return [l1, f"{c.fill(cy.pc)} {cy.name}" if c.maybe(0.6) else cy.name]


def _a_co(c, L):
    cy = c.city()
    a, b, d = c.ri(1, 150), c.ri(1, 120), c.ri(1, 99)
    l1 = f"{c.pick('Calle', 'Carrera', 'Cra.', 'Cl.', 'Av. Calle', 'Transversal')} {a}{c.pick('', '', 'A', 'B', ' Bis')}"
    l1 += f" {c.pick('#', 'No.', 'N°')} {b}{c.pick('', '', ' Sur', 'A')}-{d:02d}"
    l1 += _flat(
        c,
        0.6,
        (
            f", apto {c.ri(101, 1504)}",
            f", Torre {c.ri(1, 6)} Apto {c.ri(101, 1204)}",
            f", Of. {c.ri(201, 905)}",
            f", casa {c.ri(1, 40)}",
        ),
    )
    return [l1, f"{c.pick(*cy.dists)}, {cy.name}"]


def _a_cl(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(10, 3900)
    l1 = f"{st} {n}" + _flat(
        c,
        0.6,
        (
            f", depto. {c.ri(101, 2204)}",
            f", dpto {c.ri(11, 95)}",
            f" casa {c.pick('A', 'B', '12')}",
            f", block {c.ri(1, 9)}, depto {c.ri(11, 44)}",
        ),
    )
    return [l1, f"{c.pick(*cy.dists)}, {cy.name}"]


def _a_br(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(10, 3200)
    comp = _flat(
        c,
        0.65,
        (
            f" - apto {c.ri(11, 1804)}",
            f", bloco {c.pick('A', 'B', 'C')}, apto {c.ri(101, 1204)}",
            f" - casa {c.ri(1, 9)}",
            f", sala {c.ri(101, 1510)}",
            f", ap. {c.ri(11, 304)}",
        ),
    )
    return [f"{st}, {n}{comp} - {c.pick(*cy.dists)}", f"{cy.name} - {cy.state}", c.fill(cy.pc)]


def _a_pt(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 420)
    l1 = c.pick(f"{st} {n}", f"{st}, n.º {n}", f"{st}, {n}")
    f = c.ri(1, 9)
    l1 += _flat(c, 0.7, (f", {f}º Dto", f", {f}º Esq.", f", {f}.º Frente", ", r/c esq.", f", {f}.º B"))
    return [l1, f"{c.fill(cy.pc)} {cy.name}"]


def _a_fr(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 160)
    l1 = f"{n}{c.pick('', '', '', ' bis', ' ter')} {st}"
    extra = _flat(
        c,
        0.55,
        (
            f"Bât. {c.pick('A', 'B', 'C', 'D')}",
            f"Appt {c.ri(1, 48)}",
            f"{c.ri(1, 7)}e étage",
            f"Résidence Les {c.pick('Acacias', 'Tilleuls', 'Glycines')}, Bât. {c.pick('A', 'B')}",
            f"esc. {c.ri(1, 4)}, {c.ri(1, 7)}e ét.",
        ),
    )
    pc = f"{c.fill(cy.pc)} {cy.name.upper() if c.maybe(0.2) else cy.name}"
    if extra and c.maybe(0.5) and not c.want_l1:
        return [extra, l1, pc]
    return [f"{l1}, {extra}" if extra else l1, pc]


def _a_fr_be(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 240)
    l1 = f"{st[0].upper()}{st[1:]} {n}" + _flat(
        c, 0.5, (f" bte {c.ri(1, 24)}", f"/{c.ri(1, 12)}", f" boîte {c.ri(1, 9)}")
    )
    return [l1, f"{c.fill(cy.pc)} {cy.name}"]


def _a_fr_ca(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(10, 9800)
    l1 = c.pick(f"{n}, {st}", f"{n} {st}") + _flat(
        c, 0.55, (f", app. {c.ri(1, 1204)}", f", bureau {c.ri(100, 950)}", f" #{c.ri(1, 20)}")
    )
    return [
        l1,
        c.pick(
            f"{cy.name} (Québec) {c.fill(cy.pc)}",
            f"{cy.name} {cy.state}  {c.fill(cy.pc)}",
            f"{cy.name}, {cy.state} {c.fill(cy.pc)}",
        ),
    ]


def _a_fr_ch(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 120)
    l1 = f"{st[0].upper()}{st[1:]} {n}" + _flat(
        c, 0.3, (f", app. {c.ri(1, 30)}", f"{c.pick('a', 'b', 'bis')}")
    )
    return [l1, f"{c.pick('', '', 'CH-')}{c.fill(cy.pc)} {cy.name}"]


def _a_sn(c, L):
    cy = c.city()
    d = c.pick(*cy.dists)
    return [
        c.pick(
            f"Villa n° {c.ri(1, 9800)}, Cité {c.pick('Keur Gorgui', 'Mixta', 'Sotrac Mermoz', 'Djily Mbaye', 'Fadia')}",
            f"Sicap Liberté {c.ri(1, 6)}, villa n° {c.ri(1000, 9999)}",
            f"{c.ri(1, 140)}, {c.pick(*L.streets)}, {d}",
            f"Rue {c.ri(1, 40)} x {c.ri(1, 40)}, {d}, villa {c.ri(1, 90)}",
        )
        + f", {cy.name}"
    ]


def _a_ma(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 320)
    l1 = f"{n}, {st[0].upper()}{st[1:]}" + c.pick(
        f", Appt {c.ri(1, 40)}",
        f", Imm. {c.ri(1, 60)}, Appt {c.ri(1, 20)}",
        f", Résidence Al {c.pick('Amal', 'Yasmine', 'Nour')}, Appt {c.ri(1, 30)}",
        "",
    )
    return [f"{l1}, {c.pick(*cy.dists)}", f"{c.fill(cy.pc)} {cy.name}"]


def _a_de(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 140)
    l1 = f"{st} {n}{c.pick('', '', '', 'a', 'b')}" + _flat(
        c,
        0.4,
        (
            f", {c.ri(1, 5)}. OG",
            ", Hinterhaus",
            f", Whg. {c.ri(1, 24)}",
            ", EG links",
            f", {c.ri(1, 4)}. Stock rechts",
        ),
    )
    return [l1, f"{c.fill(cy.pc)} {cy.name}"]


def _a_at(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 180)
    l1 = f"{st} {n}" + _flat(
        c,
        0.75,
        (
            f"/{c.ri(1, 4)}/{c.ri(1, 28)}",
            f", Stiege {c.ri(1, 5)}, Top {c.ri(1, 30)}",
            f"/Top {c.ri(1, 30)}",
            f"/{c.ri(1, 18)}",
        ),
    )
    return [l1, f"{c.pick('', '', 'A-')}{c.fill(cy.pc)} {cy.name}"]


def _a_ch(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 160)
    return [f"{st} {n}{c.pick('', '', '', 'a', 'b')}", f"{c.pick('', '', 'CH-')}{c.fill(cy.pc)} {cy.name}"]


def _a_it(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 260)
    l1 = c.pick(f"{st} {n}", f"{st}, {n}", f"{st} {n}/{c.pick('A', 'B', 'bis')}")
    l1 += _flat(
        c,
        0.55,
        (
            f", int. {c.ri(1, 30)}",
            f", scala {c.pick('A', 'B', 'C')}",
            f", sc. {c.pick('A', 'B')} int. {c.ri(1, 20)}",
            f", piano {c.ri(1, 8)}",
        ),
    )
    return [l1, f"{c.fill(cy.pc)} {cy.name}" + c.pick("", f" ({cy.state})", f" {cy.state}")]


def _a_nl(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 320)
    l1 = f"{st} {n}" + c.pick(
        "",
        "",
        "",
        f"-{c.pick('I', 'II', 'III', 'hs')}",
        c.pick("a", "b", " A", " B"),
        " bis",
        f"-{c.ri(1, 40)}",
    )
    city = cy.name.upper() if c.maybe(0.2) else cy.name
    return [l1, f"{c.fill(cy.pc)} {city}"]


def _a_nl_be(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 260)
    l1 = f"{st} {n}" + _flat(
        c,
        0.55,
        (
            f" bus {c.ri(1, 24)}",
            f"/{c.ri(1, 12)}",
            f" bus {c.ri(1, 3)}0{c.ri(1, 9)}",
            f"/{c.ri(1, 3)}0{c.ri(1, 9)}",
        ),
    )
    return [l1, f"{c.fill(cy.pc)} {cy.name}"]


def _a_pl(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 180)
    l1 = f"{st} {n}{c.pick('', '', '', 'A', 'B', 'c')}" + _flat(
        c, 0.7, (f"/{c.ri(1, 120)}", f" m. {c.ri(1, 90)}", f" lok. {c.ri(1, 40)}")
    )
    return [l1, f"{c.fill(cy.pc)} {cy.name}"]


def _a_cs(c, L):
    cy, st = c.city(), c.pick(*L.streets)
    l1 = c.pick(f"{st} {c.ri(1, 90)}", f"{st} {c.ri(100, 2900)}/{c.ri(1, 80)}")
    return [l1, f"{c.fill(cy.pc)} {cy.name}"]


def _a_sk(c, L):
    cy, st = c.city(), c.pick(*L.streets)
    l1 = c.pick(f"{st} {c.ri(1, 90)}", f"{st} {c.ri(100, 3900)}/{c.ri(1, 80)}") + _flat(
        c, 0.2, (f", byt č. {c.ri(1, 60)}",)
    )
    return [l1, f"{c.fill(cy.pc)} {cy.name}"]


def _a_ro(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 210)
    l1 = f"{st} nr. {n}" + _flat(
        c,
        0.75,
        (
            f", bl. {c.pick('A', 'B', 'C', 'M', 'D')}{c.ri(1, 20)}, sc. {c.ri(1, 4)}, et. {c.ri(1, 10)}, ap. {c.ri(1, 120)}",
            f", ap. {c.ri(1, 80)}",
            f", et. {c.ri(1, 8)}, ap. {c.ri(1, 40)}",
        ),
    )
    if cy.dists:
        l1 += f", {c.pick(*cy.dists).lower()}"
    return [l1, f"{c.fill(cy.pc)} {cy.name}" if c.maybe(0.7) else cy.name]


def _a_hu(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 140)
    l1 = f"{st} {n}." + _flat(
        c,
        0.65,
        (
            f" {c.pick('I', 'II', 'III', 'IV', 'V')}. em. {c.ri(1, 24)}.",
            f" {c.ri(1, 6)}/{c.ri(1, 30)}.",
            " fszt. 2.",
            f" {c.ri(1, 5)}. emelet {c.ri(1, 12)}. ajtó",
        ),
    )
    return [l1, f"{c.fill(cy.pc)} {cy.name}"]


def _a_hr(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 190)
    l1 = f"{st} {n}{c.pick('', '', '', 'a', 'b')}" + _flat(
        c, 0.35, (f"/{c.ri(1, 8)}", f", {c.ri(1, 9)}. kat", f", stan {c.ri(1, 40)}")
    )
    return [l1, f"{c.fill(cy.pc)} {cy.name}"]


def _a_sl(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 160)
    return [f"{st} {n}{c.pick('', '', '', 'a', 'b', 'c')}", f"{c.fill(cy.pc)} {cy.name}"]


def _a_sv(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 120)
    l1 = f"{st} {n}{c.pick('', '', ' A', ' B', 'A', 'C')}" + _flat(
        c, 0.55, (f" lgh {c.ri(11, 16)}0{c.ri(1, 9)}", f", {c.ri(1, 7)} tr", f", lgh {c.ri(1001, 1506)}")
    )
    return [l1, f"{c.fill(cy.pc)} {cy.name}"]


def _a_nb(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 120)
    l1 = f"{st} {n}{c.pick('', '', 'B', ' A', 'C')}" + _flat(
        c, 0.4, (f", leil. H0{c.ri(1, 6)}0{c.ri(1, 9)}", f", H0{c.ri(1, 5)}0{c.ri(1, 4)}")
    )
    city = cy.name.upper() if c.maybe(0.3) else cy.name
    return [l1, f"{c.fill(cy.pc)} {city}"]


def _a_da(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 220)
    l1 = f"{st} {n}{c.pick('', '', '', 'A', 'B')}" + _flat(
        c,
        0.75,
        (f", {c.ri(1, 5)}. {c.pick('tv.', 'th.', 'mf.')}", ", st. th.", ", st. tv.", f", {c.ri(1, 4)}. sal"),
    )
    return [l1, f"{c.fill(cy.pc)} {cy.name}"]


def _a_fi(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 90)
    l1 = f"{st} {n}" + _flat(
        c,
        0.75,
        (f" {c.pick('A', 'B', 'C', 'D')} {c.ri(1, 60)}", f" as. {c.ri(1, 40)}", f" {c.pick('A', 'B')}"),
    )
    city = cy.name.upper() if c.maybe(0.3) else cy.name
    return [l1, f"{c.fill(cy.pc)} {city}"]


def _a_et(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 140)
    l1 = f"{st} {n}" + _flat(c, 0.6, (f"-{c.ri(1, 90)}", f"{c.pick('a', 'b')}-{c.ri(1, 30)}"))
    return [l1, c.pick(f"{c.fill(cy.pc)} {cy.name}", f"{cy.name} {c.fill(cy.pc)}")]


def _a_tr(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 260)
    mah = c.pick(
        "Caferağa",
        "Moda",
        "Kızılay",
        "Alsancak",
        "Bahçelievler",
        "Cumhuriyet",
        "Fenerbahçe",
        "Suadiye",
        "Atatürk",
    )
    l1 = f"{mah} Mah. " if c.maybe(0.6) else ""
    l1 += f"{st} No:{n}" + _flat(
        c,
        0.8,
        (
            f" D:{c.ri(1, 40)}",
            f"/{c.ri(1, 30)}",
            f" Daire: {c.ri(1, 40)}",
            f" K:{c.ri(1, 12)} D:{c.ri(1, 40)}",
        ),
    )
    dist = c.pick(*cy.dists)
    return [l1, c.pick(f"{c.fill(cy.pc)} {dist}/{cy.name}", f"{dist}/{cy.name}", f"{dist} / {cy.name}")]


def _a_id(c, L):
    cy = c.city()
    if c.maybe(0.3):
        l1 = f"Perum {c.pick('Griya Asri', 'Taman Harapan', 'Villa Melati', 'Bumi Indah')} Blok {c.pick('A', 'B', 'C', 'D')}{c.ri(1, 9)} No. {c.ri(1, 40)}"
    else:
        l1 = f"{c.pick(*L.streets)} No. {c.ri(1, 250)}" + _flat(
            c, 0.6, (f" RT {c.ri(1, 12):02d}/RW {c.ri(1, 9):02d}",)
        )
    if c.maybe(0.5):
        l1 += f", Kec. {c.pick(*cy.dists)}"
    return [l1, f"{cy.name} {c.fill(cy.pc)}" if c.maybe(0.7) else cy.name]


def _a_ms(c, L):
    cy = c.city()
    l1 = f"No. {c.ri(1, 120)}{c.pick('', '', 'A', '-3')}, {c.pick(*L.streets)}" + _flat(
        c, 0.45, (f", Taman {c.pick('Sri Muda', 'Melawati', 'Tun Dr Ismail', 'Desa')}",)
    )
    return [l1, f"{c.fill(cy.pc)} {cy.name}, {cy.state}" if c.maybe(0.6) else f"{c.fill(cy.pc)} {cy.name}"]


def _a_tl(c, L):
    cy = c.city()
    d = c.pick(*cy.dists)
    l1 = c.pick(
        f"{c.ri(1, 980)} {c.pick(*L.streets)}, Brgy. {d}",
        f"Blk {c.ri(1, 40)} Lot {c.ri(1, 30)}, Phase {c.ri(1, 4)}, Brgy. {d}",
        f"Unit {c.ri(1, 30)}{c.pick('A', 'B', 'C')}, {c.ri(1, 200)} {c.pick(*L.streets)}, {d}",
    )
    return [l1, f"{cy.name} {c.fill(cy.pc)}" if c.maybe(0.5) else cy.name]


def _a_vi(c, L):
    cy, st = c.city(), c.pick(*L.streets)
    l1 = c.pick(
        f"Số {c.ri(1, 99)} ngõ {c.ri(2, 300)} {st}",
        f"{c.ri(1, 400)}/{c.ri(1, 60)} {st}, Phường {c.ri(1, 15)}",
        f"{c.ri(1, 400)} {st}",
        f"Số {c.ri(1, 200)} {st}",
    )
    return [l1, f"{c.pick(*cy.dists)}, {cy.name}"]


def _a_sw_ke(c, L):
    cy, st = c.city(), c.pick(*L.streets)
    d = c.pick(*cy.dists)
    return [
        c.pick(
            f"Nyumba Na. {c.ri(1, 300)}, {st}, {d}",
            f"Hse No. {c.ri(1, 300)}, {st}, {d}",
            f"Plot {c.ri(10, 900)}, {st}",
            f"{st}, jengo Na. {c.ri(1, 80)}, {d}",
        ),
        cy.name,
    ]


def _a_sw_tz(c, L):
    cy, st = c.city(), c.pick(*L.streets)
    d = c.pick(*cy.dists)
    return [
        c.pick(
            f"{st}, Nyumba Na. {c.ri(1, 300)}, {d}",
            f"{st} Na. {c.ri(1, 200)}, {d}",
            f"Nyumba Na. {c.ri(1, 90)}, {st}",
        ),
        cy.name,
    ]


def _a_ca(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 400)
    f = c.ri(1, 6)
    ordn = {1: "1r", 2: "2n", 3: "3r", 4: "4t", 5: "5è", 6: "6è"}[f]
    l1 = f"{st}, {n}" + _flat(
        c,
        0.75,
        (
            f", {ordn} {c.ri(1, 4)}a",
            ", baixos",
            ", àtic",
            f", entresòl {c.ri(1, 2)}a",
            f", pral. {c.ri(1, 2)}a",
        ),
    )
    return [l1, f"{c.fill(cy.pc)} {cy.name}"]


def _a_eu(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 90)
    l1 = f"{st} {n}" + _flat(c, 0.7, (f", {c.ri(1, 7)}. {c.pick('ezk.', 'esk.', 'A', 'B', 'C')}", ", behea"))
    return [l1, f"{c.fill(cy.pc)} {cy.name}"]


def _a_gl(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 140)
    l1 = c.pick(f"{st} {n}", f"{st}, {n}") + _flat(
        c, 0.7, (f", {c.ri(1, 7)}º {c.pick('esq.', 'dta.', 'A', 'B', 'C')}", ", baixo")
    )
    return [l1, f"{c.fill(cy.pc)} {cy.name}"]


def _a_is(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 160)
    l1 = f"{st} {n}{c.pick('', '', 'a', 'b')}" + _flat(
        c, 0.45, (f", {c.ri(1, 5)}. hæð", f", íbúð 0{c.ri(1, 4)}0{c.ri(1, 9)}")
    )
    return [l1, f"{c.fill(cy.pc)} {cy.name}"]


def _a_ga(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 120)
    l1 = c.pick(f"{n} {st}", f"Árasán {c.ri(1, 30)}, {n} {st}", f"{n} {st}")
    return [l1, c.pick(f"{cy.name} {c.fill(cy.pc)}", f"{cy.name}, {c.fill(cy.pc)}")]


def _a_cy(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 140)
    l1 = c.pick(f"{n} {st}", f"Fflat {c.ri(1, 12)}, {n} {st}", f"{n} {st}")
    return [l1, f"{cy.name} {c.fill(cy.pc)}"]


def _a_mt(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 230)
    pre = c.pick(
        "", "", f"Flat {c.ri(1, 12)}, ", f"{c.pick('Dar il-Ħena', 'Ta’ Marija', 'Villa Rosa', 'Il-Merħba')}, "
    )
    return [f"{pre}{n}, {st}", f"{cy.name} {c.fill(cy.pc)}"]


def _a_ru(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 190)
    l1 = (
        f"{st}, д. {n}"
        + _flat(c, 0.35, (f", корп. {c.ri(1, 5)}", f", стр. {c.ri(1, 4)}"))
        + _flat(c, 0.8, (f", кв. {c.ri(1, 320)}",))
    )
    if c.maybe(0.5):
        return [l1, f"{c.fill(cy.pc)}, г. {cy.name}"]
    return [l1, f"{cy.name}, {c.fill(cy.pc)}"]


def _a_uk(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 160)
    l1 = c.pick(f"{st}, {n}", f"{st}, {n}/{c.ri(1, 9)}", f"{st} {n}") + _flat(
        c, 0.75, (f", кв. {c.ri(1, 240)}",)
    )
    return [l1, c.pick(f"{cy.name}, {c.fill(cy.pc)}", f"м. {cy.name}, {c.fill(cy.pc)}")]


def _a_bg(c, L):
    cy = c.city()
    if c.maybe(0.35):
        l1 = (
            f"ж.к. {c.pick('Младост 1', 'Люлин 5', 'Дружба 2', 'Надежда 3', 'Тракия')}, бл. {c.ri(1, 420)}, вх. {c.pick('А', 'Б', 'В')}, "
            f"ет. {c.ri(1, 14)}, ап. {c.ri(1, 90)}"
        )
    else:
        l1 = f"{c.pick(*L.streets)} {c.ri(1, 140)}" + _flat(
            c, 0.7, (f", ет. {c.ri(1, 9)}, ап. {c.ri(1, 40)}", f", вх. {c.pick('А', 'Б')}, ап. {c.ri(1, 40)}")
        )
    return [l1, c.pick(f"{c.fill(cy.pc)} {cy.name}", f"гр. {cy.name} {c.fill(cy.pc)}")]


def _a_el(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 220)
    l1 = f"{st} {n}" + _flat(c, 0.5, (f", {c.ri(1, 7)}ος όροφος", f", διαμ. {c.ri(1, 20)}"))
    return [
        l1,
        c.pick(
            f"{c.fill(cy.pc)} {cy.name}", f"{cy.name} {c.fill(cy.pc)}", f"Τ.Κ. {c.fill(cy.pc)}, {cy.name}"
        ),
    ]


def _a_ar_eg(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 120)
    l1 = f"{n} {st}" + _flat(
        c,
        0.7,
        (f"، الدور {c.ri(1, 12)}", f"، شقة {c.ri(1, 40)}", f"، عمارة {c.ri(1, 30)}، شقة {c.ri(1, 24)}"),
    )
    return [l1, f"{c.pick(*cy.dists)}، {cy.name}"]


def _a_ar_ae(c, L):
    cy, st = c.city(), c.pick(*L.streets)
    d = c.pick(*cy.dists)
    return [
        c.pick(f"فيلا {c.ri(1, 90)}، {st}، {d}", f"{st}، مبنى {c.ri(1, 60)}، شقة {c.ri(101, 2404)}، {d}"),
        cy.name,
    ]


def _a_ar_sa(c, L):
    cy, st = c.city(), c.pick(*L.streets)
    return [f"{c.ri(1000, 9999)} {st}، حي {c.pick(*cy.dists)}", f"{cy.name} {c.fill(cy.pc)}"]


def _a_he(c, L):
    cy, st, n = c.city(), c.pick(*L.streets), c.ri(1, 160)
    l1 = f"{st} {n}" + _flat(
        c, 0.6, (f", דירה {c.ri(1, 40)}", f", קומה {c.ri(1, 12)}", f" דירה {c.ri(1, 30)}")
    )
    return [l1, c.pick(f"{cy.name} {c.fill(cy.pc)}", cy.name)]


EUR = ("{v} €", ".", ",", 2, 1)
EUR_SP = ("{v} €", " ", ",", 2, 1)
DMY = "dd/mm/YYYY"
DMY_DOT = "dd.mm.YYYY"

loc(
    "es-ES",
    "ES",
    "ES",
    "iber",
    "Javier,Alejandro,Sergio,Álvaro,Pablo,Jorge,Raúl,Manuel,Antonio,Jesús,Rubén,Iñaki,José Luis,Francisco Javier",
    "Lucía,María José,Carmen,Marta,Nuria,Elena,Pilar,Rocío,Begoña,Laura,Inmaculada,Cristina,Ana Belén,Sonia",
    "García,Fernández,González,Rodríguez,López,Martínez,Sánchez,Pérez,Gómez,Martín,Jiménez,Ruiz,Hernández,Díaz,"
    "Moreno,Álvarez,Muñoz,Romero,Alonso,Gutiérrez,Navarro,Torres,Domínguez,Vázquez,Ramos,Gil,Serrano,Blanco,Molina,"
    "Ortega,Delgado,Castro,Rubio,Sanz,Iglesias,Núñez,Medina,Garrido,de la Fuente,del Río",
    "C/ Mayor;Calle de Alcalá;C/ San Bernardo;Avda. de América;Pº de las Delicias;C/ Fuencarral;Ronda de Segovia;"
    "C/ Doctor Esquerdo;Avda. del Cid;C/ Colón;C/ Sierpes;C/ Larios;Paseo de Sagasta;C/ Ercilla",
    "Madrid:280##;Barcelona:080##;Valencia:460##;Sevilla:410##;Zaragoza:500##;Bilbao:480##;Málaga:290##;"
    "Valladolid:470##;Granada:180##;Alicante:030##",
    "gmail.com,hotmail.es,yahoo.es,outlook.es,telefonica.net",
    EUR,
    DMY,
    _a_es,
)
loc(
    "es-MX",
    "MX",
    None,
    "iber",
    "José Luis,Juan Carlos,Diego,Luis Ángel,Rodrigo,Alejandro,Jesús,Miguel Ángel,Emiliano,Fernando,Ricardo,Óscar",
    "Guadalupe,Alejandra,Fernanda,Ximena,Itzel,Brenda,Karla,María Fernanda,Andrea,Daniela,Paola,Verónica",
    "Hernández,García,Martínez,López,González,Pérez,Rodríguez,Sánchez,Ramírez,Cruz,Flores,Gómez,Morales,Vázquez,"
    "Reyes,Jiménez,Torres,Díaz,Gutiérrez,Ruiz,Mendoza,Aguilar,Ortiz,Castillo,Méndez,Chávez,Rivera,Juárez,Domínguez,"
    "Herrera,Medina,Vargas,Guzmán,Velázquez,Salazar,Cervantes,Zúñiga",
    "Av. Insurgentes Sur;Calle Morelos;Av. Revolución;Calle Hidalgo;Av. Vallarta;Calle Juárez;Av. Constitución;"
    "Calle 5 de Mayo;Calle Tlacotalpan;Av. Chapultepec;Calle Durango;Av. Universidad",
    "Ciudad de México:0####:Roma Norte~Condesa~Narvarte~Del Valle~Portales~Santa María la Ribera:CDMX;"
    "Guadalajara:44###:Americana~Providencia~Chapalita:Jal.;Monterrey:64###:Centro~Mitras Centro~Obispado:N.L.;"
    "Puebla:72###:La Paz~Centro~Anzures:Pue.;Querétaro:76###:Centro~Jardines de la Hacienda:Qro.;"
    "Mérida:97###:García Ginerés~Itzimná:Yuc.",
    "gmail.com,hotmail.com,outlook.com,yahoo.com.mx,prodigy.net.mx",
    ("${v}|${v} MXN", ",", ".", 2, 20),
    DMY,
    _a_mx,
)
loc(
    "es-AR",
    "AR",
    None,
    "iber",
    "Martín,Facundo,Lautaro,Matías,Gonzalo,Nicolás,Juan Cruz,Santiago,Federico,Ezequiel,Tomás,Leandro",
    "Agustina,Florencia,Sofía,Valentina,Camila,Julieta,Micaela,Lucía,Milagros,Rocío,Carolina,Belén",
    "González,Rodríguez,Gómez,Fernández,López,Díaz,Martínez,Pérez,Romero,Sosa,Álvarez,Torres,Ruiz,Ramírez,Benítez,"
    "Acosta,Medina,Herrera,Aguirre,Pereyra,Giménez,Molina,Silva,Castro,Rojas,Ortiz,Núñez,Ferraro,Bianchi,Russo",
    "Av. Corrientes;Av. Santa Fe;Lavalle;Av. Rivadavia;Tucumán;Av. Cabildo;Bv. Oroño;Av. Colón;San Martín;"
    "Av. Pellegrini;Gorriti;Av. Scalabrini Ortiz",
    "CABA:C1###@@@;Córdoba:X5000@@@;Rosario:S2000@@@;Mendoza:M5500;La Plata:B1900;Mar del Plata:B7600",
    "gmail.com,hotmail.com,yahoo.com.ar,fibertel.com.ar",
    ("${v}|$ {v}", ".", ",", 2, 1000),
    DMY,
    _a_ar,
)
loc(
    "es-CO",
    "CO",
    None,
    "iber",
    "Andrés Felipe,Juan David,Santiago,Sebastián,Carlos Andrés,Juan Pablo,Jhon Jairo,Camilo,Julián,Esteban",
    "Valentina,Daniela,María Camila,Laura Sofía,Paola,Natalia,Luisa Fernanda,Manuela,Diana Marcela,Yuliana",
    "Rodríguez,Gómez,González,Martínez,García,López,Hernández,Sánchez,Ramírez,Pérez,Díaz,Muñoz,Rojas,Moreno,Jiménez,"
    "Vargas,Castro,Ospina,Restrepo,Zapata,Cardona,Giraldo,Quintero,Osorio,Arango,Valencia,Mejía,Londoño",
    "Carrera Séptima;Avenida Boyacá;Calle 80;Autopista Norte;Avenida El Dorado;Calle 10",
    "Bogotá:11####:Chapinero~Usaquén~Teusaquillo~Kennedy~Suba;Medellín:050###:El Poblado~Laureles~Belén~Envigado;"
    "Cali:760###:San Fernando~Granada~Ciudad Jardín;Barranquilla:080###:El Prado~Riomar;Bucaramanga:680###:Cabecera del Llano",
    "gmail.com,hotmail.com,outlook.com,yahoo.com",
    ("${v}|$ {v}", ".", ",", 0, 4000),
    DMY,
    _a_co,
)
loc(
    "es-CL",
    "CL",
    None,
    "iber",
    "Benjamín,Vicente,Ignacio,Cristóbal,Tomás,Matías,Felipe,Joaquín,Diego,Sebastián",
    "Catalina,Francisca,Javiera,Constanza,Fernanda,Antonia,Valentina,Camila,Daniela,Macarena",
    "González,Muñoz,Rojas,Díaz,Pérez,Soto,Contreras,Silva,Martínez,Sepúlveda,Morales,Rodríguez,López,Fuentes,"
    "Hernández,Torres,Araya,Flores,Espinoza,Valenzuela,Castillo,Tapia,Reyes,Gutiérrez,Pizarro,Vásquez,Cáceres,Jara",
    "Av. Providencia;Av. Irarrázaval;Los Aromos;Av. Vicuña Mackenna;Pasaje Las Violetas;Av. Grecia;Huérfanos;"
    "Av. Libertad;Esmeralda;Av. Apoquindo",
    "Santiago:75#####:Providencia~Ñuñoa~Las Condes~Maipú~La Florida~Santiago Centro;Valparaíso:23#####:Cerro Alegre~Playa Ancha;"
    "Viña del Mar:25#####:Recreo~Miraflores;Concepción:40#####:Centro~Lorenzo Arenas;Temuco:47#####:Centro~Pueblo Nuevo",
    "gmail.com,hotmail.com,yahoo.es,outlook.com",
    ("${v}|$ {v}", ".", ",", 0, 1000),
    "dd-mm-YYYY",
    _a_cl,
)
loc(
    "pt-BR",
    "BR",
    "BR",
    "br",
    "João Pedro,Lucas,Gabriel,Rafael,Thiago,Felipe,Luiz Fernando,Matheus,Bruno,Carlos Eduardo,Gustavo,Vinícius,Paulo Henrique,Diego",
    "Ana Clara,Mariana,Beatriz,Larissa,Juliana,Camila,Maria Eduarda,Fernanda,Letícia,Patrícia,Aline,Jéssica,Gabriela,Luana",
    "Silva,Santos,Oliveira,Souza,Rodrigues,Ferreira,Alves,Pereira,Lima,Gomes,Costa,Ribeiro,Martins,Carvalho,Almeida,"
    "Lopes,Soares,Fernandes,Vieira,Barbosa,Rocha,Dias,Nascimento,Andrade,Moreira,Nunes,Marques,Machado,Mendes,Freitas,"
    "Cardoso,Ramos,Gonçalves,Teixeira,Araújo,Cavalcanti",
    "Av. Paulista;Rua das Laranjeiras;Rua Augusta;Av. Brasil;Rua da Consolação;Av. Afonso Pena;Rua XV de Novembro;"
    "Av. Sete de Setembro;Rua Oscar Freire;Av. Boa Viagem;Rua Padre Chagas;Av. Beira Mar",
    "São Paulo:0####-###:Bela Vista~Pinheiros~Vila Mariana~Moema~Tatuapé~Santana:SP;"
    "Rio de Janeiro:2####-###:Laranjeiras~Copacabana~Tijuca~Botafogo~Méier:RJ;Belo Horizonte:30###-###:Savassi~Funcionários~Pampulha:MG;"
    "Curitiba:80###-###:Batel~Água Verde~Centro:PR;Porto Alegre:90###-###:Moinhos de Vento~Cidade Baixa:RS;"
    "Salvador:40###-###:Barra~Pituba~Rio Vermelho:BA;Recife:5####-###:Boa Viagem~Casa Forte:PE;Fortaleza:60###-###:Aldeota~Meireles:CE",
    "gmail.com,hotmail.com,yahoo.com.br,uol.com.br,bol.com.br,outlook.com",
    ("R$ {v}|R${v}", ".", ",", 2, 5),
    DMY,
    _a_br,
)
loc(
    "pt-PT",
    "PT",
    "PT",
    "pt",
    "João,Tiago,Rui,Diogo,Gonçalo,Duarte,Miguel,Pedro,Nuno,Ricardo,André,Francisco",
    "Inês,Beatriz,Catarina,Mariana,Filipa,Leonor,Sofia,Rita,Joana,Ana Margarida,Marta,Sara",
    "Silva,Santos,Ferreira,Pereira,Oliveira,Costa,Rodrigues,Martins,Sousa,Fernandes,Gonçalves,Gomes,Lopes,Marques,"
    "Alves,Almeida,Ribeiro,Pinto,Carvalho,Teixeira,Moreira,Correia,Mendes,Nunes,Soares,Vieira,Monteiro,Cardoso,Rocha,"
    "Matos,Tavares,Azevedo",
    "Rua Augusta;Av. da Boavista;Rua de Santa Catarina;Av. da Liberdade;Rua do Carmo;Rua Ferreira Borges;"
    "Av. Almirante Reis;Rua de Cedofeita;Travessa do Carvalho;Rua Direita;Rua da Prata",
    "Lisboa:1###-###;Porto:4###-###;Coimbra:30##-###;Braga:47##-###;Faro:80##-###;Setúbal:29##-###;Aveiro:38##-###;Amadora:27##-###",
    "gmail.com,sapo.pt,hotmail.com,outlook.pt,netcabo.pt",
    EUR,
    DMY,
    _a_pt,
)
loc(
    "fr-FR",
    "FR",
    "FR",
    "west",
    "Thomas,Nicolas,Julien,Maxime,Sébastien,Hugo,Jean-Pierre,Antoine,Romain,Guillaume,Mathieu,Kévin,Yannick,Olivier",
    "Camille,Léa,Manon,Chloé,Élodie,Aurélie,Mathilde,Marie-Claire,Inès,Sandrine,Nathalie,Céline,Émilie,Sophie",
    "Martin,Bernard,Dubois,Thomas,Robert,Richard,Petit,Durand,Leroy,Moreau,Simon,Laurent,Lefebvre,Michel,Garcia,"
    "Bertrand,Roux,Vincent,Fournier,Morel,Girard,Mercier,Dupont,Lambert,Bonnet,Legrand,Garnier,Faure,Rousseau,Blanc,"
    "Guérin,Muller,Henry,Perrin,Morin,Gauthier,Chevalier,Benali,Nguyen,Da Silva,Le Goff,Le Gall",
    "rue des Lilas;avenue Jean Jaurès;boulevard Voltaire;rue de la République;rue Victor Hugo;place du Marché;"
    "allée des Tilleuls;rue du Faubourg Saint-Antoine;impasse des Roses;chemin de la Croix;quai de la Loire;rue Paul Bert",
    "Paris:75001|75011|75012|75015|75017|75018|75020;Lyon:6900%;Marseille:1300%|1301#;Toulouse:31000|31200|31400;"
    "Nantes:44000|44100;Lille:59000|59800;Bordeaux:33000|33800;Strasbourg:67000|67100;Montpellier:34000|34070;"
    "Rennes:35000|35200;Grenoble:38000|38100",
    "orange.fr,free.fr,laposte.net,gmail.com,sfr.fr,wanadoo.fr,hotmail.fr",
    EUR_SP,
    DMY,
    _a_fr,
)
loc(
    "fr-BE",
    "BE",
    "BE",
    "west",
    "Maxime,Arnaud,Olivier,Kevin,Benoît,Quentin,Grégory,Cédric,Jérôme,Damien",
    "Julie,Amandine,Céline,Sarah,Laetitia,Aurélie,Manon,Charlotte,Delphine,Virginie",
    "Dubois,Lambert,Dupont,Martin,Simon,Laurent,Leclercq,Renard,Lejeune,Denis,Lemaire,Collard,Hubert,François,Jacobs,"
    "Mertens,Wauters,Goossens,Claes,Maes,Delvaux,Piron,Dumont,Willems,Gilson",
    "rue de la Loi;chaussée de Louvain;avenue Louise;rue Haute;rue Saint-Gilles;boulevard d'Avroy;rue de Fer;"
    "chaussée de Waterloo;rue des Carmes",
    "Bruxelles:1000;Ixelles:1050;Schaerbeek:1030;Uccle:1180;Liège:4000|4020;Namur:5000;Charleroi:6000;Mons:7000;Wavre:1300;"
    "Louvain-la-Neuve:1348",
    "skynet.be,telenet.be,gmail.com,hotmail.com,proximus.be,voo.be",
    EUR,
    DMY,
    _a_fr_be,
)
loc(
    "fr-CA",
    "CA",
    None,
    "west",
    "Marc-André,Mathieu,Jean-François,Patrick,Alexandre,Simon,Olivier,Étienne,Félix,Gabriel",
    "Geneviève,Isabelle,Marie-Ève,Josée,Émilie,Catherine,Mélanie,Julie,Audrey,Stéphanie",
    "Tremblay,Gagnon,Roy,Côté,Bouchard,Gauthier,Morin,Lavoie,Fortin,Gagné,Ouellet,Pelletier,Bélanger,Lévesque,"
    "Bergeron,Leblanc,Paquette,Girard,Simard,Boucher,Caron,Beaulieu,Cloutier,Dubé,Poirier,Lapointe,Poulin,Thibodeau",
    "rue Saint-Denis;boulevard René-Lévesque Ouest;rue Sherbrooke Est;avenue du Mont-Royal Est;chemin Sainte-Foy;"
    "rue King Ouest;boulevard Laurier;rue Principale;avenue Cartier",
    "Montréal:H2@ #@#::QC;Québec:G1@ #@#::QC;Laval:H7@ #@#::QC;Gatineau:J8@ #@#::QC;Sherbrooke:J1@ #@#::QC;"
    "Trois-Rivières:G9A #@#::QC",
    "videotron.ca,gmail.com,hotmail.com,sympatico.ca,outlook.com",
    ("{v} $", " ", ",", 2, 1.5),
    "YYYY-mm-dd",
    _a_fr_ca,
)
loc(
    "fr-CH",
    "CH",
    "CH",
    "west",
    "Laurent,Yves,Fabrice,Cédric,Stéphane,Pascal,Jean-Marc,Nicolas,Raphaël,Loïc",
    "Nathalie,Sandrine,Valérie,Mélanie,Chantal,Séverine,Aline,Corinne,Joëlle,Anne-Laure",
    "Favre,Rochat,Perret,Bonvin,Fournier,Jaquet,Gerber,Mottier,Pittet,Cuche,Rey,Chappuis,Berset,Blanc,Morard,Dubuis,"
    "Monnier,Vuilleumier,Crettenand,Bovet",
    "rue du Rhône;avenue de la Gare;chemin des Vignes;rue de Lausanne;route de Chêne;rue du Simplon;avenue de Rumine;"
    "rue de Carouge;Grand-Rue",
    "Genève:1201|1204|1205|1207;Lausanne:1003|1004|1005|1007;Neuchâtel:2000;Fribourg:1700;Sion:1950;Montreux:1820;"
    "Yverdon-les-Bains:1400;La Chaux-de-Fonds:2300",
    "bluewin.ch,gmail.com,hispeed.ch,sunrise.ch,gmx.ch",
    ("CHF {v}|{v} CHF|{v} fr.", "'", ".", 2, 1),
    DMY_DOT,
    _a_fr_ch,
)
loc(
    "fr-SN",
    "SN",
    None,
    "west",
    "Moussa,Ibrahima,Mamadou,Cheikh,Ousmane,Abdoulaye,Modou,Serigne,Pape,Aliou",
    "Aminata,Fatou,Awa,Khady,Ndèye,Mariama,Aïssatou,Coumba,Astou,Binta",
    "Diop,Ndiaye,Fall,Sow,Diallo,Ba,Gueye,Sarr,Faye,Mbaye,Cissé,Niang,Seck,Diouf,Thiam,Kane,Sy,Touré,Camara,Ndour",
    "avenue Cheikh Anta Diop;rue Carnot;boulevard de la République;route de Ouakam;avenue Blaise Diagne;rue Moussé Diop",
    "Dakar::Médina~Plateau~Mermoz~Ouakam~Parcelles Assainies~Grand Yoff;Thiès::Randoulène~Grand Standing;"
    "Saint-Louis::Sor~Guet Ndar;Rufisque::Keury Souf",
    "gmail.com,yahoo.fr,orange.sn,hotmail.fr",
    ("{v} FCFA|{v} F CFA", " ", ",", 0, 650),
    DMY,
    _a_sn,
)
loc(
    "fr-MA",
    "MA",
    None,
    "west",
    "Youssef,Mohamed,Hamza,Amine,Othmane,Mehdi,Anas,Karim,Reda,Soufiane",
    "Fatima Zahra,Khadija,Salma,Imane,Meryem,Nadia,Sanae,Houda,Zineb,Ghita",
    "El Amrani,Benali,Alaoui,Bennani,Tazi,El Idrissi,Chraibi,Berrada,Lahlou,Benjelloun,El Fassi,Ouazzani,Cherkaoui,"
    "Sbai,Kettani,Bouzid,El Mansouri,Naciri",
    "boulevard Zerktouni;avenue Mohammed V;rue Patrice Lumumba;boulevard d'Anfa;avenue Hassan II;rue Ibn Batouta;"
    "boulevard Ghandi;rue Tarik Ibn Ziad",
    "Casablanca:20###:Maârif~Gauthier~Racine~Bourgogne;Rabat:10###:Agdal~Hassan~Souissi;Marrakech:40###:Guéliz~Hivernage;"
    "Tanger:90###:Malabata~Centre-ville;Fès:30###:Ville Nouvelle",
    "gmail.com,menara.ma,hotmail.fr,yahoo.fr",
    ("{v} DH|{v} MAD", " ", ",", 2, 11),
    DMY,
    _a_ma,
)
loc(
    "de-DE",
    "DE",
    "DE",
    "west",
    "Lukas,Jonas,Leon,Felix,Stefan,Thomas,Michael,Jürgen,Sören,Jörg,Maximilian,Tobias,Dirk,Uwe",
    "Anna,Lena,Laura,Julia,Katharina,Sabine,Birgit,Ute,Hannah,Jana,Franziska,Petra,Nicole,Svenja",
    "Müller,Schmidt,Schneider,Fischer,Weber,Meyer,Wagner,Becker,Schulz,Hoffmann,Schäfer,Koch,Bauer,Richter,Klein,Wolf,"
    "Schröder,Neumann,Schwarz,Zimmermann,Braun,Krüger,Hartmann,Lange,Schmitt,Werner,Krause,Lehmann,Köhler,Herrmann,"
    "König,Walter,Yılmaz,Kowalski,von der Heide,von Berg",
    "Hauptstraße;Schillerstr.;Goethestraße;Bahnhofstraße;Lindenallee;Am Markt;Friedrichstraße;Berliner Str.;Gartenweg;"
    "Kastanienallee;Sonnenstraße;Mühlenweg;Eichendorffstraße;Rosenweg",
    "Berlin:10###|12###|13###;Hamburg:20###|22###;München:80###|81###;Köln:50###|51###;Frankfurt am Main:60###;"
    "Stuttgart:70###;Düsseldorf:40###;Leipzig:04###;Dresden:01###;Hannover:30###;Nürnberg:90###;Bremen:28###",
    "gmx.de,web.de,t-online.de,gmail.com,posteo.de,freenet.de,outlook.de",
    ("{v} €|{v} EUR", ".", ",", 2, 1),
    DMY_DOT,
    _a_de,
)
loc(
    "de-AT",
    "AT",
    "AT",
    "west",
    "Florian,Lukas,Michael,Christoph,Georg,Markus,Stefan,Andreas,Wolfgang,Bernhard",
    "Katharina,Johanna,Andrea,Elisabeth,Theresa,Birgit,Sabine,Magdalena,Verena,Christina",
    "Gruber,Huber,Bauer,Wagner,Müller,Pichler,Steiner,Moser,Mayer,Hofer,Leitner,Berger,Fuchs,Eder,Fischer,Schmid,"
    "Winkler,Weber,Schwarz,Maier,Reiter,Mayr,Wimmer,Egger,Brunner,Lang,Baumgartner,Auer,Haas,Wallner",
    "Mariahilfer Straße;Landstraßer Hauptstraße;Herrengasse;Favoritenstraße;Annenstraße;Landstraße;"
    "Maria-Theresien-Straße;Linzer Gasse;Wiedner Hauptstraße;Ottakringer Straße",
    "Wien:1010|1020|1030|1040|1050|1060|1070|1080|1090|1100|1120|1150|1160|1180|1200|1210|1220;Graz:8010|8020;"
    "Linz:4020;Salzburg:5020;Innsbruck:6020;Klagenfurt:9020;St. Pölten:3100",
    "gmx.at,aon.at,chello.at,gmail.com,a1.net",
    ("€ {v}|{v} €", ".", ",", 2, 1),
    DMY_DOT,
    _a_at,
)
loc(
    "de-CH",
    "CH",
    "CH",
    "west",
    "Reto,Urs,Beat,Matthias,Lukas,Simon,Adrian,Daniel,Marco,Thomas",
    "Corinne,Nicole,Daniela,Sandra,Regula,Barbara,Andrea,Claudia,Sabrina,Manuela",
    "Müller,Meier,Schmid,Keller,Weber,Huber,Schneider,Meyer,Steiner,Fischer,Gerber,Brunner,Baumann,Frei,Zimmermann,"
    "Moser,Widmer,Wyss,Graf,Roth,Bühler,Kälin,Hug,Suter,Zürcher",
    "Bahnhofstrasse;Spitalgasse;Aeschenvorstadt;Pilatusstrasse;Seefeldstrasse;Badenerstrasse;Kramgasse;Dorfstrasse;"
    "Zürichstrasse;Hauptgasse",
    "Zürich:8001|8003|8004|8005|8032|8050;Bern:3011|3012|3013|3014;Basel:4051|4052|4056|4057;Luzern:6003|6004|6005;"
    "Winterthur:8400|8404|8406;St. Gallen:9000|9008;Zug:6300;Aarau:5000",
    "bluewin.ch,gmx.ch,gmail.com,hispeed.ch,sunrise.ch",
    ("CHF {v}|Fr. {v}|{v} Franken", "'", ".", 2, 1),
    DMY_DOT,
    _a_ch,
)
loc(
    "it-IT",
    "IT",
    "IT",
    "west",
    "Giuseppe,Marco,Francesco,Alessandro,Luca,Andrea,Matteo,Lorenzo,Gianluca,Davide,Simone,Stefano,Salvatore,Antonio",
    "Giulia,Chiara,Francesca,Sara,Federica,Valentina,Elisa,Roberta,Antonella,Martina,Alessia,Silvia,Paola,Maria Grazia",
    "Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco,Bruno,Gallo,Conti,De Luca,Mancini,Costa,"
    "Giordano,Rizzo,Lombardi,Moretti,Barbieri,Fontana,Santoro,Mariani,Rinaldi,Caruso,Ferrara,Galli,Martini,Leone,"
    "Longo,Gentile,Vitale,Serra,Coppola,De Santis,D'Angelo,Marchetti,Parisi,Di Stefano,Della Rocca,Sanna,Pellegrini",
    "Via Roma;Corso Vittorio Emanuele II;Piazza Garibaldi;Viale dei Mille;Via Garibaldi;Via Mazzini;Via Dante;"
    "Corso Buenos Aires;Via Toledo;Via dei Tigli;Viale Monza;Via Nazionale;Via Po",
    "Milano:201##::MI;Roma:001##::RM;Napoli:801##::NA;Torino:101##::TO;Bologna:401##::BO;Firenze:501##::FI;"
    "Palermo:901##::PA;Genova:161##::GE;Bari:701##::BA;Verona:371##::VR",
    "libero.it,virgilio.it,gmail.com,alice.it,tiscali.it,hotmail.it,tim.it",
    ("{v} €|€ {v}|{v} euro", ".", ",", 2, 1),
    DMY,
    _a_it,
)
loc(
    "nl-NL",
    "NL",
    "NL",
    "west",
    "Daan,Sem,Thijs,Bram,Jeroen,Ruud,Joost,Wouter,Lars,Niels,Pieter,Stijn,Mohammed,Kevin",
    "Lotte,Emma,Sanne,Fleur,Marieke,Anouk,Femke,Ilse,Esther,Linda,Sophie,Yvonne,Fatima,Noor",
    "de Jong,Jansen,de Vries,van den Berg,van Dijk,Bakker,Janssen,Visser,Smit,Meijer,de Boer,Mulder,de Groot,Bos,Vos,"
    "Peters,Hendriks,van Leeuwen,Dekker,Brouwer,de Wit,Dijkstra,Smits,de Graaf,van der Meer,van der Linden,Kok,de Haan,"
    "Vermeulen,van den Heuvel,van der Veen,de Bruijn,van der Heijden,Schouten,van Beek,Willems,Yılmaz,El Idrissi",
    "Kerkstraat;Oudegracht;Coolsingel;Dorpsstraat;Molenweg;Stationsweg;Prinsengracht;Julianalaan;Beatrixstraat;"
    "Schoolstraat;Lindenlaan;Hoofdstraat;Nieuwe Binnenweg",
    "Amsterdam:10%# @@;Rotterdam:30%# @@;Den Haag:25%# @@;Utrecht:35%# @@;Eindhoven:56%# @@;Groningen:97%# @@;"
    "Tilburg:50%# @@;Haarlem:20%# @@;Leiden:23%# @@;Nijmegen:65%# @@;Zwolle:80%# @@",
    "ziggo.nl,kpnmail.nl,gmail.com,hotmail.com,xs4all.nl,live.nl,planet.nl",
    ("€ {v}|€{v}", ".", ",", 2, 1),
    "dd-mm-YYYY",
    _a_nl,
)
loc(
    "nl-BE",
    "BE",
    "BE",
    "west",
    "Jens,Wout,Pieter,Joris,Tom,Bart,Kobe,Stijn,Dries,Sander,Koen,Jef",
    "Lien,Sofie,Hanne,Els,An,Griet,Lore,Evelien,Leen,Katrien,Annelies,Nele",
    "Peeters,Janssens,Maes,Jacobs,Mertens,Willems,Claes,Goossens,Wouters,De Smet,Hermans,Aerts,Michiels,Van Damme,"
    "De Backer,Vermeulen,Desmet,Verstraete,Van de Velde,Coppens,Lemmens,Stevens,De Clercq,Verhoeven,Cools,Van Acker,"
    "Bogaert,Van den Broeck",
    "Kerkstraat;Veldstraat;Bondgenotenlaan;Meir;Stationsstraat;Nieuwstraat;Kortrijksesteenweg;Lange Nieuwstraat;"
    "Diestsestraat;Ooststraat",
    "Antwerpen:2000|2018|2060;Gent:9000;Brugge:8000;Leuven:3000;Mechelen:2800;Hasselt:3500;Kortrijk:8500;Aalst:9300;Genk:3600",
    "telenet.be,skynet.be,gmail.com,hotmail.com,proximus.be",
    ("€ {v}|{v} euro", ".", ",", 2, 1),
    "dd/mm/YYYY",
    _a_nl_be,
)
loc(
    "pl-PL",
    "PL",
    "PL",
    "west",
    "Piotr,Krzysztof,Tomasz,Paweł,Michał,Marcin,Łukasz,Grzegorz,Wojciech,Jakub,Kamil,Adam,Mateusz,Rafał",
    "Katarzyna,Agnieszka,Małgorzata,Magdalena,Joanna,Ewa,Zofia,Anna,Monika,Aleksandra,Karolina,Natalia,Dorota,Justyna",
    "Nowak,Kowalski|Kowalska,Wiśniewski|Wiśniewska,Wójcik,Kowalczyk,Kamiński|Kamińska,Lewandowski|Lewandowska,"
    "Zieliński|Zielińska,Szymański|Szymańska,Woźniak,Dąbrowski|Dąbrowska,Kozłowski|Kozłowska,Jankowski|Jankowska,Mazur,"
    "Wojciechowski|Wojciechowska,Kwiatkowski|Kwiatkowska,Krawczyk,Kaczmarek,Piotrowski|Piotrowska,Grabowski|Grabowska,"
    "Zając,Pawłowski|Pawłowska,Michalski|Michalska,Król,Wieczorek,Jabłoński|Jabłońska,Wróbel,Majewski|Majewska,"
    "Olszewski|Olszewska,Stępień,Jaworski|Jaworska,Adamczyk,Dudek,Nowicki|Nowicka,Pawlak,Górski|Górska,Sikora",
    "ul. Długa;al. Jerozolimskie;ul. Marszałkowska;os. Tysiąclecia;ul. Piotrkowska;ul. Floriańska;ul. Mickiewicza;"
    "ul. Słowackiego;ul. Kościuszki;pl. Grunwaldzki;ul. Świętojańska;ul. Polna;ul. Lipowa",
    "Warszawa:0#-###;Kraków:3#-###;Wrocław:5#-###;Poznań:6#-###;Gdańsk:80-###;Łódź:9#-###;Szczecin:7#-###;"
    "Lublin:20-###;Katowice:40-###;Gdynia:81-###",
    "wp.pl,o2.pl,onet.pl,gmail.com,interia.pl,op.pl",
    ("{v} zł|{v} PLN", " ", ",", 2, 4.3),
    DMY_DOT,
    _a_pl,
)
loc(
    "cs-CZ",
    "CZ",
    "CZ",
    "west",
    "Jan,Petr,Jiří,Tomáš,Martin,Ondřej,Jakub,Lukáš,Pavel,Michal,Vojtěch,Zdeněk",
    "Lucie,Tereza,Kateřina,Jana,Veronika,Lenka,Pavla,Eva,Markéta,Barbora,Hana,Petra",
    "Novák|Nováková,Svoboda|Svobodová,Novotný|Novotná,Dvořák|Dvořáková,Černý|Černá,Procházka|Procházková,"
    "Kučera|Kučerová,Veselý|Veselá,Horák|Horáková,Němec|Němcová,Marek|Marková,Pokorný|Pokorná,Pospíšil|Pospíšilová,"
    "Hájek|Hájková,Král|Králová,Jelínek|Jelínková,Růžička|Růžičková,Beneš|Benešová,Fiala|Fialová,"
    "Sedláček|Sedláčková,Doležal|Doležalová,Zeman|Zemanová,Kolář|Kolářová",
    "Vinohradská;Masarykova;Nádražní;Husova;Palackého;Korunní;Jugoslávských partyzánů;Dlouhá;Lidická;Sokolská;Štefánikova",
    "Praha 2:120 00;Praha 3:130 00;Praha 4:140 00;Praha 5:150 00;Praha 6:160 00;Praha 10:100 00;Brno:602 00|612 00|615 00;"
    "Ostrava:702 00|708 00;Plzeň:301 00;Olomouc:779 00;Liberec:460 01;České Budějovice:370 01",
    "seznam.cz,email.cz,centrum.cz,gmail.com,post.cz,volny.cz",
    ("{v} Kč|{v},- Kč", " ", ",", 0, 25),
    "D. M. YYYY",
    _a_cs,
)
loc(
    "sk-SK",
    "SK",
    "SK",
    "west",
    "Peter,Martin,Michal,Lukáš,Tomáš,Juraj,Ľubomír,Marek,Jozef,Matej,Rastislav,Dušan",
    "Zuzana,Katarína,Mária,Jana,Eva,Andrea,Ľudmila,Monika,Lucia,Veronika,Simona,Barbora",
    "Horváth|Horváthová,Kováč|Kováčová,Varga|Vargová,Tóth|Tóthová,Nagy|Nagyová,Baláž|Balážová,Szabó|Szabóová,"
    "Molnár|Molnárová,Lukáč|Lukáčová,Kollár|Kollárová,Novák|Nováková,Kováčik|Kováčiková,Oravec|Oravcová,"
    "Polák|Poláková,Hudák|Hudáková,Šimko|Šimková,Kráľ|Kráľová,Gajdoš|Gajdošová",
    "Obchodná;Hlavná;Štúrova;Mlynské nivy;Dunajská;Hviezdoslavova;Južná trieda;Karpatská;Záhradnícka;Popradská",
    "Bratislava:811 0%|821 0%|851 0%;Košice:040 01|040 11;Nitra:949 01;Žilina:010 01;Banská Bystrica:974 01;"
    "Prešov:080 01;Trnava:917 01",
    "azet.sk,gmail.com,centrum.sk,zoznam.sk,post.sk",
    EUR_SP,
    "D. M. YYYY",
    _a_sk,
)
loc(
    "ro-RO",
    "RO",
    "RO",
    "west",
    "Andrei,Alexandru,Ionuț,Mihai,Gabriel,Bogdan,Ștefan,Cristian,Florin,Adrian,Răzvan,Vlad",
    "Ioana,Elena,Maria,Andreea,Cristina,Alina,Raluca,Mihaela,Oana,Roxana,Bianca,Georgiana",
    "Popescu,Ionescu,Popa,Pop,Niculescu,Stan,Dumitru,Stoica,Gheorghe,Matei,Ciobanu,Rusu,Munteanu,Constantin,Marin,Ene,"
    "Moldovan,Lungu,Diaconu,Dobre,Barbu,Florea,Tudor,Mocanu,Nistor,Dragomir,Mihăilă,Vasilescu,Georgescu,Radu,Bălan,Cojocaru",
    "Str. Lipscani;Bd. Eroilor;Calea Victoriei;Str. Memorandumului;Bd. Unirii;Șos. Pantelimon;Str. Republicii;"
    "Bd. Ștefan cel Mare;Aleea Trandafirilor;Str. Mihai Eminescu",
    "București:0#####:Sector 1~Sector 2~Sector 3~Sector 4~Sector 5~Sector 6;Cluj-Napoca:400###;Timișoara:300###;"
    "Iași:700###;Constanța:900###;Brașov:500###;Craiova:200###",
    "yahoo.com,gmail.com,yahoo.ro,hotmail.com",
    ("{v} lei|{v} RON", ".", ",", 2, 5),
    DMY_DOT,
    _a_ro,
)
loc(
    "hu-HU",
    "HU",
    "HU",
    "hu",
    "László,István,Zoltán,Gábor,Attila,Péter,Dániel,Balázs,Tamás,Ferenc,Ádám,Bence",
    "Katalin,Erzsébet,Zsuzsanna,Eszter,Anna,Judit,Réka,Ildikó,Anikó,Krisztina,Nóra,Dóra",
    "Nagy,Kovács,Tóth,Szabó,Horváth,Varga,Kiss,Molnár,Németh,Farkas,Balogh,Papp,Takács,Juhász,Lakatos,Mészáros,"
    "Oláh,Simon,Rácz,Fekete,Szilágyi,Török,Fehér,Balázs,Gál,Szűcs,Kocsis,Pintér,Vass,Bíró",
    "Váci utca;Andrássy út;Rákóczi út;Bartók Béla út;Petőfi Sándor utca;Kossuth Lajos utca;Dózsa György út;"
    "Ady Endre utca;Fő utca;Bem rakpart",
    "Budapest:10%#|11%#|12%#;Debrecen:40%#;Szeged:67%#;Pécs:76%#;Győr:90%#;Miskolc:35%#;Székesfehérvár:80%#",
    "freemail.hu,citromail.hu,gmail.com,t-online.hu,indamail.hu",
    ("{v} Ft|{v} HUF", " ", ",", 0, 400),
    "YYYY. mm. dd.",
    _a_hu,
    rev=0.8,
)
loc(
    "hr-HR",
    "HR",
    "HR",
    "west",
    "Ivan,Marko,Luka,Josip,Tomislav,Matej,Ante,Filip,Nikola,Dario",
    "Ana,Petra,Ivana,Marija,Kristina,Maja,Lucija,Martina,Sanja,Ivona",
    "Horvat,Kovačević,Babić,Marić,Jurić,Novak,Kovačić,Knežević,Vuković,Marković,Petrović,Matić,Tomić,Pavlović,Božić,"
    "Blažević,Grgić,Pavić,Radić,Perić,Šarić,Lovrić,Vidović,Perković,Mandić,Barišić",
    "Ilica;Ulica Ivana Gundulića;Korzo;Vukovarska ulica;Savska cesta;Ulica kralja Zvonimira;Put Firula;"
    "Zagrebačka ulica;Dubrovačka ulica;Frankopanska ulica",
    "Zagreb:10000|10110|10020;Split:21000;Rijeka:51000;Osijek:31000;Zadar:23000;Pula:52100;Dubrovnik:20000",
    "gmail.com,net.hr,t-com.hr,hotmail.com,yahoo.com",
    ("{v} €|{v} EUR", ".", ",", 2, 1),
    "dd.mm.YYYY.",
    _a_hr,
)
loc(
    "sr-RS",
    "RS",
    "RS",
    "west",
    "Nikola,Stefan,Marko,Aleksandar,Miloš,Nemanja,Dušan,Lazar,Vladimir,Bojan",
    "Milica,Jelena,Dragana,Jovana,Ivana,Marija,Ana,Tamara,Snežana,Katarina",
    "Jovanović,Petrović,Nikolić,Marković,Đorđević,Stojanović,Ilić,Stanković,Pavlović,Milošević,Popović,Živković,"
    "Todorović,Kostić,Ristić,Lazić,Savić,Mitrović,Obradović,Đukić",
    "Bulevar kralja Aleksandra;Knez Mihailova;Zmaj Jovina;Nemanjina;Cara Dušana;Bulevar oslobođenja;Njegoševa;"
    "Vojvode Stepe;Kralja Petra;Takovska",
    "Beograd:11000|11070|11080;Novi Sad:21000;Niš:18000;Kragujevac:34000;Subotica:24000",
    "gmail.com,yahoo.com,eunet.rs,hotmail.com,mts.rs",
    ("{v} din.|{v} RSD|{v} dinara", ".", ",", 0, 117),
    "dd.mm.YYYY.",
    _a_hr,
)
loc(
    "sl-SI",
    "SI",
    "SI",
    "west",
    "Luka,Nejc,Žiga,Janez,Matej,Rok,Jure,Gašper,Anže,Primož",
    "Maja,Nina,Eva,Špela,Tina,Urška,Nika,Petra,Mojca,Katja",
    "Novak,Horvat,Krajnc,Kovačič,Zupančič,Kos,Potočnik,Mlakar,Vidmar,Golob,Kovač,Turk,Kralj,Božič,Zupan,Hribar,"
    "Korošec,Bizjak,Kavčič,Rozman",
    "Slovenska cesta;Gosposka ulica;Prešernova ulica;Celovška cesta;Trubarjeva cesta;Partizanska cesta;Tržaška cesta;"
    "Dunajska cesta;Koroška cesta;Cankarjeva ulica",
    "Ljubljana:1000;Maribor:2000;Kranj:4000;Celje:3000;Koper:6000;Novo mesto:8000;Velenje:3320",
    "gmail.com,siol.net,t-2.net,amis.net,hotmail.com",
    ("{v} €|{v} EUR", ".", ",", 2, 1),
    "D. M. YYYY",
    _a_sl,
)
loc(
    "sv-SE",
    "SE",
    "SE",
    "west",
    "Erik,Lars,Karl,Anders,Johan,Oskar,Björn,Fredrik,Magnus,Henrik,Mattias,Ahmed",
    "Maria,Anna,Eva,Karin,Sara,Emma,Linnéa,Maja,Elin,Sofia,Ida,Malin",
    "Andersson,Johansson,Karlsson,Nilsson,Eriksson,Larsson,Olsson,Persson,Svensson,Gustafsson,Pettersson,Jonsson,"
    "Hansson,Bengtsson,Jönsson,Lindberg,Magnusson,Lindström,Lindqvist,Lindgren,Berg,Axelsson,Bergström,Lundberg,"
    "Lundqvist,Sjöberg,Forsberg,Holm,Öberg,Ali",
    "Storgatan;Kungsgatan;Södra Förstadsgatan;Drottninggatan;Vasagatan;Götgatan;Linnégatan;Hantverkargatan;Skolgatan;"
    "Ringvägen;Västra Hamngatan",
    "Stockholm:11% ##;Göteborg:41% ##;Malmö:21% ##;Uppsala:75% ##;Linköping:58% ##;Västerås:72% ##;Örebro:70% ##;"
    "Umeå:90% ##;Lund:22% ##",
    "telia.com,gmail.com,hotmail.se,outlook.com,live.se,bredband.net",
    ("{v} kr|{v}:-|{v} SEK", " ", ",", 0, 11),
    "YYYY-mm-dd",
    _a_sv,
)
loc(
    "nb-NO",
    "NO",
    "NO",
    "west",
    "Ole,Lars,Jon,Marius,Håkon,Eirik,Anders,Sindre,Magnus,Trond,Øyvind,Kristian",
    "Kari,Ingrid,Anne,Sigrid,Silje,Ingvild,Marte,Hanne,Ragnhild,Tonje,Åse,Nora",
    "Hansen,Johansen,Olsen,Larsen,Andersen,Pedersen,Nilsen,Kristiansen,Jensen,Karlsen,Johnsen,Pettersen,Eriksen,Berg,"
    "Haugen,Hagen,Johannessen,Andreassen,Jacobsen,Dahl,Jørgensen,Halvorsen,Henriksen,Lund,Sørensen,Moen,Gundersen,"
    "Iversen,Strand,Bakken,Lie,Ødegård",
    "Storgata;Thormøhlens gate;Kirkegata;Bogstadveien;Torggata;Olav Tryggvasons gate;Markveien;Kongens gate;"
    "Dronningens gate;Skolegata",
    "Oslo:0%##;Bergen:50%#;Trondheim:70%#;Stavanger:40%#;Tromsø:90%#;Drammen:30%#;Kristiansand:46%#;Bodø:80%#",
    "online.no,gmail.com,hotmail.com,live.no,broadpark.no",
    ("{v} kr|kr {v},-|NOK {v}", " ", ",", 0, 11.5),
    DMY_DOT,
    _a_nb,
)
loc(
    "da-DK",
    "DK",
    "DK",
    "west",
    "Mads,Rasmus,Søren,Frederik,Jesper,Kasper,Mikkel,Anders,Jens,Thomas,Nikolaj,Lars",
    "Mette,Anne,Camilla,Louise,Line,Sofie,Maria,Katrine,Pernille,Signe,Ida,Helle",
    "Jensen,Nielsen,Hansen,Pedersen,Andersen,Christensen,Larsen,Sørensen,Rasmussen,Jørgensen,Petersen,Madsen,"
    "Kristensen,Olsen,Thomsen,Poulsen,Møller,Mortensen,Knudsen,Mikkelsen,Frederiksen,Laursen,Henriksen,Holm,Clausen,"
    "Østergaard,Vestergaard,Dam,Bach,Lauridsen",
    "Nørrebrogade;Vestergade;Østergade;Jagtvej;Amagerbrogade;Vesterbrogade;Søndergade;Frederiksberg Allé;"
    "Åboulevarden;Istedgade;Algade",
    "København N:2200;København Ø:2100;København S:2300;Frederiksberg C:1820;Aarhus C:8000;Odense C:5000;Aalborg:9000;"
    "Esbjerg:6700;Roskilde:4000;Vejle:7100",
    "gmail.com,hotmail.com,mail.dk,live.dk,outlook.dk,yahoo.dk",
    ("{v} kr.|kr. {v}|{v} DKK", ".", ",", 2, 7.5),
    "D.M.YYYY",
    _a_da,
)
loc(
    "fi-FI",
    "FI",
    "FI",
    "west",
    "Mikko,Juha,Timo,Matti,Jari,Ville,Eero,Antti,Janne,Pekka,Sami,Tuomas",
    "Anna,Sanna,Tiina,Johanna,Laura,Aino,Kaisa,Heidi,Minna,Riikka,Elina,Satu",
    "Korhonen,Virtanen,Mäkinen,Nieminen,Mäkelä,Hämäläinen,Laine,Heikkinen,Koskinen,Järvinen,Lehtonen,Lehtinen,"
    "Saarinen,Salminen,Heinonen,Niemi,Heikkilä,Kinnunen,Salonen,Turunen,Salo,Laitinen,Tuominen,Rantanen,Karjalainen,"
    "Jokinen,Mattila,Savolainen,Lahtinen,Ahonen",
    "Mannerheimintie;Hämeenkatu;Aurakatu;Kauppakatu;Aleksanterinkatu;Itäinen Pitkäkatu;Hämeentie;Rautatienkatu;"
    "Koulukatu;Puistokatu;Satamakatu",
    "Helsinki:00#%0;Espoo:02#%0;Tampere:33#%0;Turku:20#%0;Oulu:90#%0;Jyväskylä:40#%0;Vantaa:01#%0;Kuopio:70#%0",
    "gmail.com,hotmail.com,kolumbus.fi,elisanet.fi,luukku.com,outlook.com",
    EUR_SP,
    "D.M.YYYY",
    _a_fi,
)
loc(
    "et-EE",
    "EE",
    "EE",
    "west",
    "Martin,Rasmus,Kristjan,Andres,Tõnu,Margus,Siim,Rein,Priit,Kaspar",
    "Mari,Kadri,Liis,Triin,Kätlin,Piret,Kertu,Maarja,Anu,Helen",
    "Tamm,Saar,Sepp,Mägi,Kask,Kukk,Rebane,Ilves,Pärn,Koppel,Lepik,Raudsepp,Kuusk,Karu,Oja,Mets,Vaher,Põder,Lill,Kõiv,"
    "Kallas,Teder",
    "Narva mnt;Pärnu mnt;Rüütli;Tartu mnt;Viru;Riia;Mustamäe tee;Sõpruse pst;Laki;Kalevi",
    "Tallinn:1%###;Tartu:5%###;Pärnu:8%###;Narva:20%##;Viljandi:71%##",
    "gmail.com,hot.ee,mail.ee,online.ee,hotmail.com",
    EUR_SP,
    DMY_DOT,
    _a_et,
)
loc(
    "tr-TR",
    "TR",
    "TR",
    "west",
    "Mehmet,Mustafa,Ahmet,Ali,Hüseyin,Emre,Burak,Gökhan,Cem,Murat,Oğuz,Serkan",
    "Zeynep,Elif,Ayşe,Fatma,Esra,Merve,Özge,Büşra,Gizem,Ebru,Derya,Sevgi",
    "Yılmaz,Kaya,Demir,Şahin,Çelik,Yıldız,Yıldırım,Öztürk,Aydın,Özdemir,Arslan,Doğan,Kılıç,Aslan,Çetin,Kara,Koç,Kurt,"
    "Özkan,Şimşek,Polat,Özcan,Korkmaz,Çakır,Aksoy,Güneş,Bulut,Keskin,Tekin,Ateş",
    "Atatürk Cad.;Bağdat Caddesi;İstiklal Cad.;Cumhuriyet Cad.;Gazi Mustafa Kemal Blv.;1453 Sok.;"
    "Kıbrıs Şehitleri Cad.;Fevzi Çakmak Sok.;Barbaros Blv.;Halaskargazi Cad.",
    "İstanbul:34###:Kadıköy~Beşiktaş~Üsküdar~Şişli~Bakırköy~Ataşehir;Ankara:06###:Çankaya~Keçiören~Yenimahalle;"
    "İzmir:35###:Konak~Karşıyaka~Bornova;Bursa:16###:Nilüfer~Osmangazi;Antalya:07###:Muratpaşa~Konyaaltı",
    "gmail.com,hotmail.com,yahoo.com,outlook.com,windowslive.com",
    ("{v} TL|₺{v}|{v} ₺", ".", ",", 2, 35),
    DMY_DOT,
    _a_tr,
)
loc(
    "id-ID",
    "ID",
    None,
    "id",
    "Budi,Agus,Rizky,Andi,Wahyu,Dimas,Eko,Fajar,Hendra,Yusuf,Arif,Bayu",
    "Siti,Dewi,Putri,Nur,Fitri,Ayu,Rina,Sri,Indah,Lestari,Wulan,Ratna",
    "Santoso,Wijaya,Saputra,Pratama,Hidayat,Kusuma,Setiawan,Nugroho,Wulandari,Susanto,Gunawan,Rahmawati,Purnomo,"
    "Siregar,Nasution,Simanjuntak,Harahap,Sihombing,Hakim,Firmansyah",
    "Jl. Sudirman;Jl. Malioboro;Jl. Gatot Subroto;Jl. Diponegoro;Jl. Pemuda;Jl. Ahmad Yani;Jl. Kebon Jeruk Raya;"
    "Jl. Merdeka;Jl. Cendana;Jl. Melati",
    "Jakarta Selatan:12###:Setiabudi~Kebayoran Baru~Tebet~Mampang Prapatan;Jakarta Barat:11###:Kebon Jeruk~Palmerah;"
    "Bandung:40###:Coblong~Sukajadi;Surabaya:60###:Gubeng~Wonokromo;Yogyakarta:55###:Gondokusuman~Umbulharjo;"
    "Bekasi:17###:Bekasi Barat~Rawalumbu;Medan:20###:Medan Baru~Medan Petisah",
    "gmail.com,yahoo.co.id,yahoo.com,ymail.com",
    ("Rp{v}|Rp {v}", ".", ",", 0, 17000),
    DMY,
    _a_id,
)
loc(
    "ms-MY",
    "MY",
    None,
    "ms",
    "Ahmad Faizal,Muhammad Hafiz,Amirul,Zulkifli,Hafiz,Syafiq,Azman,Khairul",
    "Nurul Aini,Siti Aishah,Farah,Aisyah,Norhayati,Nur Atiqah,Zarina,Liyana",
    "Abdullah,Hassan,Ismail,Othman,Yusof,Ibrahim,Rahman,Aziz,Kamarudin,Salleh",
    "Jalan SS 2/24;Jalan Ampang;Lorong Mawar 4;Jalan Tun Razak;Jalan Bukit Bintang;Jalan Kenari 3;Jalan Setia Prima U13/S;Jalan Merdeka",
    "Petaling Jaya:47###::Selangor;Kuala Lumpur:50###::W.P. Kuala Lumpur;Shah Alam:40###::Selangor;"
    "Johor Bahru:80###::Johor;George Town:10###::Pulau Pinang;Ipoh:30###::Perak",
    "gmail.com,yahoo.com,hotmail.com,yahoo.com.my",
    ("RM{v}|RM {v}", ",", ".", 2, 5),
    DMY,
    _a_ms,
    cn_sur="Tan,Lim,Lee,Wong,Ng,Chong,Ong,Teh",
    cn_given="Wei Ming,Mei Ling,Kah Wai,Siew Lan,Jun Hao,Hui Min,Chee Keong,Pei Shan",
)
loc(
    "tl-PH",
    "PH",
    None,
    "tl",
    "Juan,Jose,Mark Anthony,Jerome,Rommel,Jayson,John Paul,Ramon,Carlo,Noel",
    "Maria,Kristine,Angelica,Princess,Marites,Rowena,Jonalyn,Mary Grace,Lovely,Cherry",
    "Santos,Reyes,Cruz,Bautista,Ocampo,Garcia,Mendoza,Torres,Tomas,Andrada,Castillo,Flores,Villanueva,Ramos,Castro,"
    "Rivera,Navarro,Salazar,Mercado,Dela Cruz,De Guzman,Delos Santos,Manalo,Dizon,Pascual",
    "Rizal St.;Kalayaan Ave.;Mabini St.;Aguinaldo Highway;Quezon Ave.;Sampaguita St.;Bonifacio St.;Sumulong Highway;Gen. Luna St.",
    "Makati City:12%#:Poblacion~Bel-Air~San Antonio;Quezon City:11%#:Diliman~Cubao~Project 4;Antipolo City:1870:San Isidro~Dela Paz;"
    "Cebu City:6000:Lahug~Mabolo;Davao City:8000:Poblacion~Buhangin;Pasig City:16%#:Kapitolyo~Ugong",
    "gmail.com,yahoo.com,yahoo.com.ph",
    ("₱{v}|PHP {v}|P{v}", ",", ".", 2, 60),
    "mm/dd/YYYY",
    _a_tl,
)
loc(
    "vi-VN",
    "VN",
    None,
    "vi",
    "Hùng,Tuấn,Dũng,Hải,Nam,Long,Quân,Minh,Khoa,Phúc,Thắng,Đạt",
    "Lan,Hương,Linh,Trang,Phương,Thảo,Mai,Hà,Ngọc,Vy,Hạnh,Yến",
    "Nguyễn,Trần,Lê,Phạm,Hoàng,Huỳnh,Phan,Vũ,Võ,Đặng,Bùi,Đỗ,Hồ,Ngô,Dương,Lý",
    "phố Huế;Nguyễn Thị Minh Khai;Trần Phú;Lê Lợi;Hai Bà Trưng;Lý Thường Kiệt;Điện Biên Phủ;Cách Mạng Tháng Tám;"
    "Nguyễn Trãi;Bạch Đằng",
    "Hà Nội::Hai Bà Trưng~Đống Đa~Cầu Giấy~Ba Đình~Hoàn Kiếm;TP. Hồ Chí Minh::Quận 1~Quận 3~Quận 10~Bình Thạnh~Phú Nhuận;"
    "Đà Nẵng::Hải Châu~Thanh Khê~Sơn Trà;Hải Phòng::Lê Chân~Ngô Quyền;Cần Thơ::Ninh Kiều",
    "gmail.com,yahoo.com.vn,yahoo.com,outlook.com",
    ("{v}đ|{v} VND|{v} đồng", ".", ",", 0, 27000),
    DMY,
    _a_vi,
    mid_m="Văn,Minh,Đức,Quốc,Hữu,Thanh,Hoàng,Công",
    mid_f="Thị,Ngọc,Thu,Thanh,Minh,Thùy,Kim,Bảo",
)
loc(
    "sw-KE",
    "KE",
    None,
    "west",
    "Otieno,Kamau,Mwangi,Ochieng,Juma,Baraka,Kiprono,Mutua,Wafula,Njoroge",
    "Wanjiru,Achieng,Njeri,Wambui,Amina,Neema,Halima,Chebet,Akinyi,Mercy",
    "Kamau,Mwangi,Otieno,Wanjiku,Kiprono,Mutua,Odhiambo,Njoroge,Kariuki,Mohamed,Hassan,Omondi,Wekesa,Chege,Maina",
    "Moi Avenue;Ngong Road;Jogoo Road;Kimathi Street;Tom Mboya Street;Waiyaki Way;Thika Road;Mombasa Road;Kenyatta Avenue",
    "Nairobi::Kilimani~Westlands~Eastleigh~South B~Umoja~Kasarani;Mombasa::Nyali~Bamburi;Kisumu::Milimani;Nakuru::Section 58;"
    "Eldoret::Kapsoya",
    "gmail.com,yahoo.com",
    ("KSh {v}|Ksh {v}|KES {v}", ",", ".", 0, 140),
    DMY,
    _a_sw_ke,
)
loc(
    "sw-TZ",
    "TZ",
    None,
    "west",
    "Juma,Hamisi,Baraka,Emmanuel,Salim,Rashidi,Frank,Godfrey,Ally,Idrisa",
    "Neema,Rehema,Fatuma,Halima,Upendo,Zawadi,Mwanaisha,Grace,Asha,Happiness",
    "Mushi,Massawe,Mrema,Swai,Kimaro,Mollel,Mwakyusa,Hamisi,Said,Salum,Mbwambo,Lyimo",
    "Mtaa wa Uhuru;Barabara ya Morogoro;Mtaa wa Lumumba;Barabara ya Bagamoyo;Mtaa wa Samora;Barabara ya Nyerere",
    "Dar es Salaam::Kariakoo~Sinza~Mikocheni~Kinondoni~Upanga;Arusha::Kaloleni~Sakina;Dodoma::Area D;"
    "Mwanza::Nyamagana;Zanzibar::Mji Mkongwe",
    "gmail.com,yahoo.com",
    ("TSh {v}|Tsh {v}|TZS {v}", ",", ".", 0, 2800),
    DMY,
    _a_sw_tz,
)
loc(
    "ca-ES",
    "ES",
    "ES",
    "ca",
    "Jordi,Pau,Marc,Arnau,Oriol,Joan,Xavier,Pere,Albert,Gerard,Ferran,Quim",
    "Núria,Montserrat,Laia,Mireia,Mercè,Anna,Roser,Marta,Laura,Gemma,Meritxell,Clara",
    "Puig,Vila,Soler,Serra,Ferrer,Pujol,Font,Vidal,Riera,Roca,Sala,Costa,Casas,Bosch,Mas,Grau,Camps,Rovira,Esteve,"
    "Farré,Coll,Prat,Solé,Planas,Badia,Martí,Ribas,Batlle",
    "C/ de Mallorca;Carrer de Sant Pere;Av. Diagonal;Pl. de la Vila;Rambla de Catalunya;Carrer Major;Passeig de Gràcia;"
    "Carrer de la Riera;Ronda de Sant Antoni;Carrer del Carme",
    "Barcelona:080##;Girona:170##;Lleida:250##;Tarragona:430##;Reus:4320%;Sabadell:082##;Terrassa:0822%;Manresa:0824%;Vic:0850%",
    "gmail.com,hotmail.com,yahoo.es,telefonica.net,yahoo.cat",
    EUR,
    DMY,
    _a_ca,
)
loc(
    "eu-ES",
    "ES",
    "ES",
    "iber",
    "Iker,Mikel,Unai,Aitor,Gorka,Jon,Xabier,Asier,Ander,Eneko,Imanol,Julen",
    "Ane,Itziar,Amaia,Nerea,Leire,Maite,Garazi,Nahia,Irati,Miren,Ainhoa,Uxue",
    "Etxeberria,Agirre,Goikoetxea,Zubizarreta,Urrutia,Arrieta,Larrañaga,Bengoetxea,Aranburu,Elizondo,Olaizola,Iturriaga,"
    "Gorostiaga,Etxebarria,Mendizabal,Zabaleta,Arregi,Uriarte,Garmendia,Lasa",
    "Kale Nagusia;Zabalbide kalea;Foruen kalea;San Frantzisko kalea;Urbieta kalea;Gorbeia kalea;Easo kalea;Dato kalea;"
    "Iparragirre kalea;Askatasunaren etorbidea",
    "Donostia:200##;Bilbo:480##;Gasteiz:010##;Iruñea:310##;Getxo:4899%;Eibar:20600;Tolosa:20400",
    "gmail.com,euskalnet.net,hotmail.com,yahoo.es",
    EUR,
    "YYYY/mm/dd",
    _a_eu,
)
loc(
    "gl-ES",
    "ES",
    "ES",
    "iber",
    "Xoán,Brais,Roi,Xosé,Anxo,Breixo,Martiño,Iago,Xabier,Antón",
    "Uxía,Iria,Antía,Sabela,Noa,Carme,Olalla,Xiana,Lúa,Maruxa",
    "Otero,Castro,Varela,Rey,Lorenzo,Pazos,Barreiro,Vázquez,Seoane,Souto,Rivas,Novoa,Outeiro,Mosquera,Piñeiro,Louzao,"
    "Bouzas,Carballo,Freire,Vilas,Fernández,Rodríguez",
    "Rúa do Vilar;Rúa Real;Avenida de Galicia;Rúa do Príncipe;Rúa Nova;Praza de Galicia;Rúa de San Pedro;Rúa da Raíña;"
    "Avenida de Lugo;Rúa Urzáiz",
    "Santiago de Compostela:157##;A Coruña:150##;Vigo:362##;Lugo:270##;Ourense:320##;Pontevedra:360##;Ferrol:154##",
    "gmail.com,hotmail.com,yahoo.es,mundo-r.com",
    EUR,
    DMY,
    _a_gl,
)
loc(
    "is-IS",
    "IS",
    "IS",
    "west",
    "Jón,Sigurður,Guðmundur,Gunnar,Ólafur,Einar,Kristján,Magnús,Stefán,Arnar,Helgi,Bjarni",
    "Guðrún,Anna,Kristín,Sigríður,Helga,Sigrún,Katrín,Margrét,Ingibjörg,Hildur,Sólveig,Ásta",
    "Jónsson|Jónsdóttir,Sigurðsson|Sigurðardóttir,Guðmundsson|Guðmundsdóttir,Gunnarsson|Gunnarsdóttir,"
    "Ólafsson|Ólafsdóttir,Einarsson|Einarsdóttir,Kristjánsson|Kristjánsdóttir,Magnússon|Magnúsdóttir,"
    "Stefánsson|Stefánsdóttir,Arnarson|Arnardóttir,Helgason|Helgadóttir,Bjarnason|Bjarnadóttir,Pálsson|Pálsdóttir,"
    "Halldórsson|Halldórsdóttir,Þórsson|Þórsdóttir",
    "Laugavegur;Hafnarstræti;Hraunbær;Skólavörðustígur;Hverfisgata;Bankastræti;Suðurgata;Álfheimar;Borgartún;Strandgata",
    "Reykjavík:101|105|107|108|110|112;Kópavogur:200|201;Hafnarfjörður:220|221;Akureyri:600|603;Garðabær:210;Selfoss:800",
    "simnet.is,gmail.com,internet.is,hotmail.com,visir.is",
    ("{v} kr.|{v} ISK", ".", ",", 0, 150),
    "D.M.YYYY",
    _a_is,
)
loc(
    "ga-IE",
    "IE",
    "IE",
    "west",
    "Seán,Ciarán,Pádraig,Eoin,Dónall,Colm,Cathal,Tadhg,Darragh,Oisín",
    "Siobhán,Aoife,Niamh,Caoimhe,Róisín,Orla,Gráinne,Sinéad,Méabh,Clíona",
    "Ó Briain|Ní Bhriain,Mac Cárthaigh|Nic Cárthaigh,Ó Súilleabháin|Ní Shúilleabháin,Ó Ceallaigh|Ní Cheallaigh,"
    "Ó Murchú|Ní Mhurchú,Breathnach|Breathnach,Ó Conaill|Ní Chonaill,Ó Néill|Ní Néill,Ó Dónaill|Ní Dhónaill,"
    "de Búrca|de Búrca,Ó Flaithearta|Ní Fhlaithearta,Seoighe|Seoighe,Ó Conghaile|Ní Chonghaile",
    "Sráid an Mhuilinn;Bóthar na Trá;Sráid na Siopaí;Bóthar an Chladaigh;Sráid Doiminic;Ascaill na Páirce;"
    "Bóthar na hOllscoile;Sráid Sheáin",
    "Gaillimh:H91 @#@#;Baile Átha Cliath:D0% @#@#;Corcaigh:T12 @#@#;Luimneach:V94 @#@#;An Daingean:V92 @#@#;"
    "Leitir Ceanainn:F92 @#@#",
    "eircom.net,gmail.com,hotmail.com,yahoo.ie,outlook.ie",
    ("€{v}", ",", ".", 2, 1),
    DMY,
    _a_ga,
)
loc(
    "cy-GB",
    "GB",
    "GB",
    "west",
    "Rhys,Dafydd,Iolo,Rhodri,Gethin,Owain,Emyr,Huw,Gareth,Aled",
    "Gwen,Cerys,Llinos,Siân,Elin,Nia,Ffion,Meinir,Catrin,Angharad",
    "Jones,Williams,Davies,Evans,Thomas,Roberts,Hughes,Lewis,Morgan,Griffiths,Pritchard,Rowlands,Parry,Pugh,Owen,"
    "Lloyd,Vaughan,ap Dafydd,Llywelyn,Price",
    "Stryd Fawr;Heol y Frenhines;Ffordd y Castell;Heol yr Orsaf;Stryd y Bont;Lôn Glan y Môr;Heol Eglwys;Stryd Bangor;"
    "Ffordd Penrhos",
    "Caernarfon:LL55 #@@;Caerdydd:CF1% #@@;Aberystwyth:SY23 #@@;Bangor:LL57 #@@;Abertawe:SA1 #@@;Caerfyrddin:SA31 #@@;"
    "Pwllheli:LL53 #@@",
    "btinternet.com,gmail.com,hotmail.co.uk,yahoo.co.uk,outlook.com",
    ("£{v}", ",", ".", 2, 0.85),
    DMY,
    _a_cy,
)
loc(
    "mt-MT",
    "MT",
    "MT",
    "west",
    "Mario,Kurt,Luke,Roderick,Duncan,Clayton,Ġorġ,Karl,Jean Paul,Nikolai",
    "Maria,Charmaine,Stephanie,Josianne,Rebekah,Christabelle,Nicole,Graziella,Marthese,Doreen",
    "Borg,Camilleri,Vella,Farrugia,Zammit,Galea,Micallef,Grech,Attard,Spiteri,Azzopardi,Mifsud,Cassar,Pace,Xuereb,"
    "Agius,Debono,Fenech,Caruana,Sammut,Buttigieg,Schembri,Ellul,Abela,Bonello",
    "Triq il-Kbira;Triq San Pawl;Triq ir-Repubblika;Triq il-Wied;Triq il-Mitħna;Triq Santa Marija;Triq il-Ġnien;"
    "Triq id-Dejqa;Triq in-Naxxar",
    "Ħal Qormi:QRM ####;San Pawl il-Baħar:SPB ####;Il-Belt Valletta:VLT ####;Birkirkara:BKR ####;Tas-Sliema:SLM ####;"
    "Ħaż-Żabbar:ZBR ####;Il-Mosta:MST ####;Ir-Rabat:RBT ####",
    "gmail.com,maltanet.net,onvol.net,yahoo.com,hotmail.com",
    ("€{v}|€ {v}", ",", ".", 2, 1),
    DMY,
    _a_mt,
)
loc(
    "ru-RU",
    "RU",
    None,
    "ru",
    "Алексей=aleksey,Дмитрий=dmitriy,Сергей=sergey,Андрей=andrey,Иван=ivan,Михаил=mikhail,Николай=nikolay,Павел=pavel",
    "Ольга=olga,Наталья=natalya,Екатерина=ekaterina,Мария=maria,Татьяна=tatyana,Анна=anna,Елена=elena,Юлия=yulia",
    "Иванов=ivanov|Иванова=ivanova,Смирнов=smirnov|Смирнова=smirnova,Кузнецов=kuznetsov|Кузнецова=kuznetsova,"
    "Попов=popov|Попова=popova,Васильев=vasiliev|Васильева=vasilieva,Петров=petrov|Петрова=petrova,"
    "Соколов=sokolov|Соколова=sokolova,Михайлов=mikhailov|Михайлова=mikhailova,Новиков=novikov|Новикова=novikova,"
    "Фёдоров=fedorov|Фёдорова=fedorova,Морозов=morozov|Морозова=morozova,Волков=volkov|Волкова=volkova,"
    "Лебедев=lebedev|Лебедева=lebedeva,Козлов=kozlov|Козлова=kozlova",
    "ул. Ленина;Невский пр.;пр-т Мира;ул. Садовая;ул. Гагарина;ул. Советская;Ленинградский пр-т;ул. Профсоюзная;"
    "ул. Тверская;ул. Мира",
    "Москва:1%####;Санкт-Петербург:19%###;Новосибирск:630###;Екатеринбург:620###;Казань:420###;Нижний Новгород:603###",
    "mail.ru,yandex.ru,gmail.com,bk.ru,rambler.ru,inbox.ru",
    ("{v} ₽|{v} руб.", " ", ",", 0, 100),
    DMY_DOT,
    _a_ru,
    rev=0.5,
    patr="Александрович|Александровна,Сергеевич|Сергеевна,Владимирович|Владимировна,Игоревич|Игоревна,"
    "Николаевич|Николаевна,Петрович|Петровна,Андреевич|Андреевна,Викторович|Викторовна",
)
loc(
    "uk-UA",
    "UA",
    "UA",
    "ru",
    "Олександр=oleksandr,Андрій=andriy,Тарас=taras,Дмитро=dmytro,Богдан=bohdan,Василь=vasyl,Сергій=serhiy,Микола=mykola",
    "Оксана=oksana,Наталія=nataliia,Ірина=iryna,Юлія=yuliia,Олена=olena,Марія=mariia,Тетяна=tetiana,Софія=sofiia",
    "Шевченко=shevchenko,Бойко=boiko,Коваленко=kovalenko,Бондаренко=bondarenko,Ткаченко=tkachenko,"
    "Кравченко=kravchenko,Олійник=oliinyk,Шевчук=shevchuk,Поліщук=polishchuk,Мельник=melnyk,Лисенко=lysenko,"
    "Руденко=rudenko,Савченко=savchenko,Марченко=marchenko,Петренко=petrenko,Клименко=klymenko,Гнатюк=hnatiuk,"
    "Ковальчук=kovalchuk",
    "вул. Хрещатик;вул. Городоцька;просп. Науки;вул. Шевченка;вул. Сумська;просп. Перемоги;вул. Дерибасівська;"
    "бульв. Лесі Українки;вул. Франка",
    "Київ:0%###;Львів:79###;Харків:61###;Одеса:65###;Дніпро:49###;Вінниця:21###",
    "ukr.net,gmail.com,i.ua,meta.ua",
    ("{v} грн|{v} ₴", " ", ",", 2, 45),
    DMY_DOT,
    _a_uk,
    patr="Олександрович|Олександрівна,Сергійович|Сергіївна,Володимирович|Володимирівна,Миколайович|Миколаївна,"
    "Петрович|Петрівна,Іванович|Іванівна",
)
loc(
    "bg-BG",
    "BG",
    "BG",
    "ru",
    "Георги=georgi,Иван=ivan,Димитър=dimitar,Николай=nikolay,Стоян=stoyan,Христо=hristo,Петър=petar,Йордан=yordan",
    "Мария=maria,Елена=elena,Десислава=desislava,Петя=petya,Цветелина=tsvetelina,Радостина=radostina,Гергана=gergana,Милена=milena",
    "Иванов=ivanov|Иванова=ivanova,Георгиев=georgiev|Георгиева=georgieva,Димитров=dimitrov|Димитрова=dimitrova,"
    "Петров=petrov|Петрова=petrova,Николов=nikolov|Николова=nikolova,Христов=hristov|Христова=hristova,"
    "Стоянов=stoyanov|Стоянова=stoyanova,Тодоров=todorov|Тодорова=todorova,Илиев=iliev|Илиева=ilieva,"
    "Атанасов=atanasov|Атанасова=atanasova",
    "ул. „Граф Игнатиев“;бул. „Витоша“;ул. „Шипка“;бул. „Цар Освободител“;ул. „Алеко Богориди“;бул. „България“;"
    "ул. „Раковски“;бул. „Христо Ботев“",
    "София:1###;Пловдив:4000|4002|4004;Варна:9000|9002;Бургас:8000|8001;Русе:7000;Стара Загора:6000",
    "abv.bg,gmail.com,mail.bg,dir.bg,yahoo.com",
    ("{v} лв.|{v} €", " ", ",", 2, 2),
    "dd.mm.YYYY г.",
    _a_bg,
    patr="Иванов|Иванова,Георгиев|Георгиева,Петров|Петрова,Стоянов|Стоянова,Христов|Христова",
)
loc(
    "el-GR",
    "GR",
    "GR",
    "west",
    "Γιώργος=giorgos,Κωνσταντίνος=konstantinos,Δημήτρης=dimitris,Νίκος=nikos,Γιάννης=giannis,Παναγιώτης=panagiotis,"
    "Χρήστος=christos,Βασίλης=vasilis",
    "Μαρία=maria,Ελένη=eleni,Κατερίνα=katerina,Βασιλική=vasiliki,Σοφία=sofia,Δέσποινα=despoina,Γεωργία=georgia,Αναστασία=anastasia",
    "Παπαδόπουλος=papadopoulos|Παπαδοπούλου=papadopoulou,Παπαδάκης=papadakis|Παπαδάκη=papadaki,"
    "Γεωργίου=georgiou|Γεωργίου=georgiou,Οικονόμου=oikonomou|Οικονόμου=oikonomou,Νικολάου=nikolaou|Νικολάου=nikolaou,"
    "Βασιλείου=vasileiou|Βασιλείου=vasileiou,Ιωάννου=ioannou|Ιωάννου=ioannou,Μακρής=makris|Μακρή=makri,"
    "Καραγιάννης=karagiannis|Καραγιάννη=karagianni,Πετρόπουλος=petropoulos|Πετροπούλου=petropoulou,"
    "Αθανασίου=athanasiou|Αθανασίου=athanasiou,Χριστοδούλου=christodoulou|Χριστοδούλου=christodoulou",
    "Ερμού;Λεωφ. Κηφισίας;Τσιμισκή;Πατησίων;Αγίου Δημητρίου;Εγνατία;Ακαδημίας;Μητροπόλεως;Λεωφ. Αλεξάνδρας",
    "Αθήνα:10% ##|11% ##;Θεσσαλονίκη:54% ##;Πάτρα:26% ##;Ηράκλειο:71% ##;Λάρισα:41% ##;Πειραιάς:185 ##",
    "gmail.com,yahoo.gr,hotmail.com,otenet.gr,windowslive.com",
    ("{v} €|{v}€", ".", ",", 2, 1),
    "D/M/YYYY",
    _a_el,
)
loc(
    "ar-EG",
    "EG",
    "EG",
    "ar",
    "محمد=mohamed,أحمد=ahmed,محمود=mahmoud,مصطفى=mostafa,عمر=omar,كريم=karim,يوسف=youssef,خالد=khaled",
    "فاطمة=fatma,مريم=mariam,سارة=sara,نور=nour,هدى=hoda,منى=mona,ياسمين=yasmin,دينا=dina",
    "عبد الله=abdallah,السيد=elsayed,حسن=hassan,إبراهيم=ibrahim,عبد الرحمن=abdelrahman,الشريف=elsherif,"
    "منصور=mansour,فؤاد=fouad,سليمان=soliman,الجمال=elgamal",
    "شارع التحرير;شارع جامعة الدول العربية;شارع الهرم;شارع فيصل;شارع مصطفى النحاس;شارع عباس العقاد;شارع 9",
    "القاهرة::مدينة نصر~المعادي~مصر الجديدة~الزمالك~شبرا;الجيزة::الدقي~المهندسين~الهرم;الإسكندرية::سموحة~سيدي جابر~ميامي",
    "gmail.com,yahoo.com,hotmail.com,outlook.com",
    ("{v} جنيه|{v} ج.م", ",", ".", 0, 50),
    DMY,
    _a_ar_eg,
    join="، ",
)
loc(
    "ar-AE",
    "AE",
    "AE",
    "ar",
    "محمد=mohammed,أحمد=ahmed,خالد=khalid,سعيد=saeed,راشد=rashid,عبد الله=abdulla,سلطان=sultan,حمدان=hamdan",
    "فاطمة=fatima,مريم=maryam,عائشة=aisha,شمة=shamma,نورة=noura,ليلى=layla,حصة=hessa,سارة=sara",
    "المنصوري=almansoori,الشامسي=alshamsi,المهيري=almheiri,الكعبي=alkaabi,الظاهري=aldhaheri,النعيمي=alnuaimi,"
    "الحمادي=alhammadi,البلوشي=albalushi",
    "شارع الشيخ زايد;شارع الوصل;شارع الكورنيش;شارع حمدان;شارع المطار;شارع الخليج",
    "دبي::البرشاء~جميرا~ديرة~الكرامة~مرسى دبي;أبوظبي::الخالدية~المشرف~الريم;الشارقة::النهدة~المجاز",
    "gmail.com,hotmail.com,eim.ae,yahoo.com",
    ("{v} درهم|{v} د.إ", ",", ".", 2, 4),
    DMY,
    _a_ar_ae,
    join="، ",
)
loc(
    "ar-SA",
    "SA",
    "SA",
    "ar",
    "عبد الله=abdullah,محمد=mohammed,فهد=fahad,سلطان=sultan,تركي=turki,فيصل=faisal,عبد العزيز=abdulaziz,نايف=naif",
    "نورة=noura,سارة=sarah,ريم=reem,العنود=alanoud,منيرة=munira,لمى=lama,هيفاء=haifa,أمل=amal",
    "القحطاني=alqahtani,الشمري=alshammari,الزهراني=alzahrani,العتيبي=alotaibi,الدوسري=aldossari,الغامدي=alghamdi,"
    "الحربي=alharbi,المطيري=almutairi",
    "طريق الملك فهد;شارع التحلية;طريق الملك عبد العزيز;شارع العليا;طريق الأمير سلطان;شارع الستين",
    "الرياض:1%###:العليا~الملز~النرجس~السليمانية;جدة:2%###:الروضة~الحمراء~الصفا;الدمام:3%###:الفيصلية~الشاطئ",
    "gmail.com,hotmail.com,outlook.sa,yahoo.com",
    ("{v} ريال|{v} ر.س", ",", ".", 2, 4),
    DMY,
    _a_ar_sa,
    join="، ",
)
loc(
    "he-IL",
    "IL",
    "IL",
    "west",
    "יוסי=yossi,דוד=david,משה=moshe,אבי=avi,איתי=itai,עומר=omer,רועי=roi,אורי=uri",
    "נועה=noa,מיכל=michal,שירה=shira,תמר=tamar,רונית=ronit,יעל=yael,הילה=hila,מאיה=maya",
    "כהן=cohen,לוי=levi,מזרחי=mizrahi,פרץ=peretz,ביטון=biton,אברהם=avraham,פרידמן=friedman,אזולאי=azoulay,"
    "דהן=dahan,שפירא=shapira,גולן=golan,חדד=hadad",
    "רחוב הרצל;שדרות רוטשילד;רחוב יפו;רחוב דיזנגוף;רחוב ויצמן;רחוב בן יהודה;שדרות ירושלים;רחוב הנביאים",
    "תל אביב-יפו:6######;ירושלים:9######;חיפה:3######;באר שבע:8######;ראשון לציון:75#####;פתח תקווה:49#####",
    "gmail.com,walla.co.il,hotmail.com,012.net.il",
    ('{v} ₪|₪{v}|{v} ש"ח', ",", ".", 0, 4),
    "D.M.YYYY",
    _a_he,
)


# ----------------------------------------------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------------------------------------------
def _nat(item: str) -> tuple:
    """'Алексей=aleksey' -> ('Алексей', 'aleksey'); 'Jan' -> ('Jan', 'jan')."""
    if "=" in item:
        a, b = item.split("=", 1)
        return a, b
    return item, _slug(item)


def _gend(item: str, male: bool) -> str:
    if "|" in item:
        m, f = item.split("|", 1)
        return m if male else f
    return item


_BR_PARTICLE = {
    "Silva": "da",
    "Costa": "da",
    "Santos": "dos",
    "Souza": "de",
    "Oliveira": "de",
    "Almeida": "de",
    "Rocha": "da",
    "Cunha": "da",
    "Conceição": "da",
    "Assis": "de",
    "Jesus": "de",
}


class Person:
    """A synthetic private person of the current locale; every attribute that can be written is a PERSON Pii."""

    def __init__(self, c: Ctx, gender: str | None = None):
        L, r = c.L, c.r
        self.c, self.lang = c, L.lang
        self.m = (gender == "m") if gender else r.random() < 0.5
        g, gl = _nat(r.choice(L.gm if self.m else L.gf))
        s, sl = _nat(_gend(r.choice(L.sn), self.m))
        full, short, rev, init = f"{g} {s}", f"{g} {s}", f"{s}, {g}", f"{g[0]}. {s}"
        st = L.style
        self.patr = ""
        if st in ("iber", "ca"):
            s2, _ = _nat(_gend(r.choice([x for x in L.sn if x != s]), self.m))
            if r.random() < 0.75:
                mid = " i " if st == "ca" and r.random() < 0.25 else " "
                full, rev = f"{g} {s}{mid}{s2}", f"{s}{mid}{s2}, {g}"
        elif st in ("br", "pt"):
            s2, sl2 = _nat(r.choice([x for x in L.sn if x != s]))
            last = f"{_BR_PARTICLE[s2]} {s2}" if s2 in _BR_PARTICLE and r.random() < 0.45 else s2
            full = f"{g} {s} {last}" if r.random() < (0.8 if st == "pt" else 0.6) else f"{g} {last}"
            s, sl = s2, sl2
            short, rev, init = f"{g.split()[0]} {s2}", f"{s2.upper()}, {g}", f"{g[0]}. {s2}"
        elif st == "hu":
            full = short = f"{s} {g}"
            init = f"{s} {g[0]}."
            rev = full
            if not self.m and r.random() < 0.12:
                full = f"{r.choice([x for x in L.sn if x != s])}né {s} {g}"
        elif st == "vi":
            mid = r.choice(L.mid_m if self.m else L.mid_f)
            full, short, rev, init = f"{s} {mid} {g}", f"{mid} {g}", f"{s} {mid} {g}", f"{g} {s}"
            gl, sl = _slug(g), _slug(s)
        elif st == "ms":
            if r.random() < 0.7:
                rel = "bin" if self.m else "binti"
                full = short = rev = f"{g} {rel} {s}"
                init = f"{g} {s[0]}."
            else:
                s, g = r.choice(L.cn_sur), r.choice(L.cn_given)
                sl, gl = _slug(s), _slug(g)
                full = short = rev = f"{s} {g}"
                init = f"{g} {s}"
        elif st == "id":
            if r.random() < 0.35:
                full = short = rev = init = g
                s, sl = g, gl
        elif st == "tl":
            if r.random() < 0.3:
                full = f"{g} {r.choice('ABCDGLMPRSTV')}. {s}"
        elif st == "ru":
            p = _gend(r.choice(L.patr), self.m)
            self.patr = p
            rev = f"{s} {g} {p}"
            if L.code == "bg-BG":
                rev = f"{g} {p} {s}"
            init = f"{s} {g[0]}. {p[0]}."
        elif st == "ar" and r.random() < 0.3:
            f2, _ = _nat(r.choice(L.gm))
            full = f"{g} {f2} {s}"
        self.g_lat, self.s_lat = _slug(gl.split()[0] if " " in gl else gl), _slug(sl)
        self._g, self._s, self._full = g, s, full
        self.full = Pii(PER, full)
        self.given = Pii(PER, g)
        self.sur = Pii(PER, s)
        self.short = Pii(PER, short)
        self.rev = Pii(PER, rev)
        self.init = Pii(PER, init)
        self.gsi = Pii(PER, f"{g} {s[0]}." if st not in ("hu", "vi", "ms") else init)
        self.io = Pii(PER, f"{g} {self.patr}" if st == "ru" else g)
        self._handle = self._mail = None

    def gv(self, male: str, female: str) -> str:
        return male if self.m else female

    @property
    def low(self) -> Pii:
        src = self._full if self.c.r.random() < 0.5 else self._g
        return Pii(PER, lower(src, self.lang))

    @property
    def low_given(self) -> Pii:
        return Pii(PER, lower(self._g, self.lang))

    @property
    def handle(self) -> Pii:
        if self._handle is None:
            r, g, s = self.c.r, self.g_lat, self.s_lat
            yy = str(r.randint(70, 99) if r.random() < 0.5 else r.randint(1, 2024))
            pat = r.choice(
                (
                    f"{g}_{s}",
                    f"{g}{s}",
                    f"{g}.{s}",
                    f"{g}{yy}",
                    f"{s}{g[0]}",
                    f"{g}_{s[:4]}",
                    f"{g.capitalize()}{s.capitalize()}",
                    f"{g}{s}{yy}",
                    f"{g[0]}{s}_{yy}",
                )
            )
            self._handle = pat
        return Pii(PER, self._handle)

    @property
    def mail(self) -> Pii:
        if self._mail is None:
            r, g, s = self.c.r, self.g_lat, self.s_lat
            n = str(r.randint(1, 99)) if r.random() < 0.5 else str(r.randint(1960, 2005))
            local = r.choice(
                (
                    f"{g}.{s}",
                    f"{g}{s}",
                    f"{g}_{s}",
                    f"{g[0]}{s}",
                    f"{s}.{g}",
                    f"{g}.{s}{n}",
                    f"{g}{n}",
                    f"{g[0]}.{s}",
                    f"{s}{g[0]}{n}",
                )
            )
            dom = r.choice(self.c.L.mail) if r.random() < 0.8 else "gmail.com"
            self._mail = f"{local}@{dom}"
        return Pii(EML, self._mail)

    def work(self, domain: str) -> Pii:
        r, g, s = self.c.r, self.g_lat, self.s_lat
        return Pii(EML, r.choice((f"{g}.{s}", f"{g[0]}.{s}", f"{g[0]}{s}", f"{s}.{g}")) + "@" + domain)


# ----------------------------------------------------------------------------------------------------------------
# rendering context: random helpers + offset-keeping text assembly
# ----------------------------------------------------------------------------------------------------------------
_PH = re.compile(r"\{(\w+)\}")
MONTHS = {
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "gl": "xaneiro febreiro marzo abril maio xuño xullo agosto setembro outubro novembro decembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "nb": "januar februar mars april mai juni juli august september oktober november desember",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
}
_MFMT = {
    "es": "{d} de {m}",
    "pt": "{d} de {m}",
    "gl": "{d} de {m}",
    "de": "{d}. {m}",
    "da": "{d}. {m}",
    "nb": "{d}. {m}",
    "ca": "{d} {de}{m}",
}


class Ctx:
    def __init__(self, r: random.Random, tid: int):
        self.r, self.tid = r, tid
        self.buf: list = []
        self.n = 0
        self.spans: list = []
        self.brands: list = []
        self.L = None
        self.locale = ""
        self.want_l1 = False

    # --- locale / randomness ---
    def use(self, *codes: str):
        self.locale = self.r.choice(codes)
        self.L = LOC[self.locale]
        return self.L

    def by(self, **kw):
        return kw.get(self.L.reg, kw.get("_"))

    def pick(self, *opts):
        return self.r.choice(opts)

    def maybe(self, p: float = 0.5) -> bool:
        return self.r.random() < p

    def ri(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def fill(self, pat: str) -> str:
        return _fill(self.r, pat)

    ref = fill

    def city(self):
        return self.r.choice(self.L.cities)

    def cityname(self) -> str:
        return self.city().name

    def d(self, fmt: str | None = None) -> str:
        fmt = fmt or self.L.dfmt
        y, m, d = self.ri(2024, 2026), self.ri(1, 12), self.ri(1, 28)
        out = (
            fmt.replace("YYYY", str(y))
            .replace("YY", f"{y % 100:02d}")
            .replace("dd", f"{d:02d}")
            .replace("mm", f"{m:02d}")
        )
        return out.replace("D", str(d)).replace("M", str(m))

    def dm(self, lang: str | None = None, year: bool = False) -> str:
        lang = lang or self.L.lang
        m = self.r.choice(MONTHS[lang].split())
        d = self.ri(1, 28)
        de = "d'" if m[0] in "aeiou" else "de "
        s = _MFMT.get(lang, "{d} {m}").format(d=d, m=m, de=de)
        return f"{s}{' de' if lang in ('es', 'pt', 'gl', 'ca') else ''} {self.ri(2024, 2026)}" if year else s

    def dd(self, fmt: str | None = None) -> tuple:
        """Two ordered dates of the same year (a from-to range)."""
        fmt = fmt or self.L.dfmt
        y, m = self.ri(2024, 2026), self.ri(1, 11)
        d1, d2 = self.ri(1, 27), self.ri(1, 28)
        out = []
        for mm, dd in ((m, d1), (m + 1, d2)):
            s = (
                fmt.replace("YYYY", str(y))
                .replace("YY", f"{y % 100:02d}")
                .replace("dd", f"{dd:02d}")
                .replace("mm", f"{mm:02d}")
            )
            out.append(s.replace("D", str(dd)).replace("M", str(mm)))
        return tuple(out)

    def t(self, sep: str = ":") -> str:
        return f"{self.ri(7, 22):02d}{sep}{self.ri(0, 59):02d}"

    def money(self, lo: float, hi: float) -> str:
        fmt, th, dec, nd, scale = self.L.cur
        v = self.r.uniform(lo, hi) * scale
        if scale >= 1000:
            v = round(v, -3)
        elif scale >= 100:
            v = round(v, -1)
        elif nd == 0 or self.maybe(0.25):
            v = round(v)
        whole = int(v)
        frac = f"{v - whole:.{nd}f}"[2:] if nd else ""
        s = f"{whole:,}".replace(",", th)
        if nd:
            s += dec + frac
        return self.r.choice(fmt.split("|")).replace("{v}", s)

    def pct(self) -> str:
        v = self.ri(2, 95)
        return self.pick(f"{v}%", f"{v} %", f"%{v}" if self.L.lang == "tr" else f"{v}%")

    # --- PII makers (each returns a Pii / Seq; nothing is written until emit) ---
    def person(self, gender: str | None = None) -> Person:
        return Person(self, gender)

    def addr(self, style: str = "full"):
        """full = one span; lines = one span per line; l1 = the street line only (always listed first)."""
        self.want_l1 = style == "l1"
        lines = self.L.addr(self, self.L)
        if style != "l1" and len(lines) > 1 and self.maybe(self.L.rev):
            lines = lines[::-1]
        if style == "lines":
            return Seq(tuple(Pii(ADR, x) for x in lines), "\n")
        if style == "l1":
            return Pii(ADR, lines[0])
        return Pii(ADR, self.L.join.join(lines))

    def phone(self, kind: str | None = None, style: str | None = None, region: str | None = None) -> Pii:
        kind = kind or self.pick("m", "m", "f")
        num = make_phone_number(self.r, region or self.L.region, kind)
        return Pii(PHN, format_phone(self.r, num, self.L.lang, style))

    def iban(self, cc: str | None = None) -> Pii:
        return Pii(IBN, make_iban(self.r, cc or self.L.iban))

    def card(self) -> Pii:
        return Pii(CCN, make_card(self.r))

    def masked(self) -> str:
        return self.pick("**** **** **** ", "XXXX-XXXX-XXXX-", "•••• ", "****") + self.fill("####")

    def ip(self, v6: bool | None = None) -> Pii:
        if v6 if v6 is not None else self.maybe(0.2):
            hx = [f"{self.ri(0, 0xFFFF):x}" for _ in range(4)]
            return Pii(
                IPA,
                self.pick(
                    f"2a02:{hx[0]}:{hx[1]}:{hx[2]}::{hx[3]}",
                    f"2001:{hx[0]}:{hx[1]}:{hx[2]}:{hx[3]}:{self.ri(1, 0xFFF):x}::1",
                    f"2a01:e0a:{hx[1]}:{hx[2]}:{hx[3]}:{self.ri(1, 0xFFFF):x}:{self.ri(1, 0xFFFF):x}:{self.ri(1, 0xFFFF):x}",
                ),
            )
        first = self.pick(
            31,
            37,
            46,
            77,
            78,
            79,
            80,
            81,
            82,
            83,
            84,
            85,
            86,
            88,
            89,
            90,
            91,
            93,
            94,
            95,
            109,
            176,
            178,
            181,
            185,
            186,
            188,
            189,
            190,
            200,
            201,
            212,
            213,
            217,
        )
        return Pii(IPA, f"{first}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}")

    def brand(self, *choices: str) -> Brand:
        b = self.r.choice(choices or BRANDS)
        assert b in BRANDS, b
        return Brand(b)

    def hb(self) -> Brand:
        return Brand(self.r.choice(HANDLE_BRANDS))

    # --- assembly ---
    def _put(self, x) -> None:
        if x is None or x == "":
            return
        if isinstance(x, Pii):
            assert x.value == x.value.strip() and x.value, x
            self.spans.append(
                {"label": x.label, "start": self.n, "end": self.n + len(x.value), "value": x.value}
            )
            self.buf.append(x.value)
            self.n += len(x.value)
        elif isinstance(x, Brand):
            if x.value not in self.brands:
                self.brands.append(x.value)
            self.buf.append(x.value)
            self.n += len(x.value)
        elif isinstance(x, Seq):
            for i, it in enumerate(x.items):
                if i:
                    self._put(x.sep)
                self._put(it)
        elif isinstance(x, (list, tuple)):
            for it in x:
                self._put(it)
        else:
            s = str(x)
            self.buf.append(s)
            self.n += len(s)

    def e(self, fmt: str, **kw) -> None:
        """Append fmt with {name} placeholders filled from kw (str / Pii / Brand / Seq)."""
        pos = 0
        for m in _PH.finditer(fmt):
            lit = fmt[pos : m.start()]
            if lit.startswith(".") and self.buf and self.buf[-1].endswith("."):
                lit = lit[1:]  # "12 kr." + "." -> one full stop
            self._put(lit)
            self._put(kw[m.group(1)])
            pos = m.end()
        lit = fmt[pos:]
        if lit.startswith(".") and self.buf and self.buf[-1].endswith("."):
            lit = lit[1:]
        self._put(lit)

    def ln(self, fmt: str = "", **kw) -> None:
        self.e(fmt, **kw)
        self._put("\n")

    def text(self) -> str:
        return "".join(self.buf)


# ----------------------------------------------------------------------------------------------------------------
# templates: genre g owns template ids 4g..4g+3
# ----------------------------------------------------------------------------------------------------------------
GENRES = [
    "social_post",
    "brand_reply",
    "support_ticket",
    "customer_email",
    "forum_post",
    "product_review",
    "chat_transcript",
    "complaint_letter",
    "callcentre_note",
    "press_enquiry",
    "news_comment",
    "incident_note",
    "hr_works_council_mail",
    "regulator_letter",
    "delivery_message",
    "bank_fraud_report",
    "insurance_claim",
    "utility_outage",
    "municipal_school_notice",
    "classified_ad",
    "data_change_request",
    "refund_request",
    "travel_disruption",
    "group_chat",
    "voicemail_transcript",
    "survey_feedback",
    "security_alert",
    "gdpr_legal_notice",
    "event_registration",
    "community_appeal",
    "media_digest",
    "spreadsheet_export",
]
N_TEMPLATES = 4 * len(GENRES)
# one PII-free template in every other genre; alternating k=3 / k=2 so both parities hold PII-free rows
PII_FREE = frozenset(4 * g + (3 if g % 4 == 0 else 2) for g in range(0, len(GENRES), 2))
TEMPLATES: dict = {}
ES_ALL = ("es-ES", "es-MX", "es-AR", "es-CO", "es-CL")
FR_ALL = ("fr-FR", "fr-BE", "fr-CA", "fr-CH", "fr-SN", "fr-MA")
FR_EU = ("fr-FR", "fr-BE", "fr-CH")
DE_ALL = ("de-DE", "de-AT", "de-CH")
NL_ALL = ("nl-NL", "nl-BE")


def T(g: int, k: int):
    def deco(fn):
        tid = 4 * g + k
        assert tid not in TEMPLATES, tid
        TEMPLATES[tid] = fn
        return fn

    return deco


def _times(c: Ctx, k: int, sep: str = ":") -> list:
    h, m = c.ri(7, 20), c.ri(0, 40)
    out = []
    for _ in range(k):
        out.append(f"{h:02d}{sep}{m:02d}")
        m += c.ri(0, 4)
        if m > 59:
            h, m = h + 1, m - 60
    return out


def _v(c: Ctx) -> str:
    return f"{c.ri(2, 9)}.{c.ri(0, 24)}.{c.ri(0, 9)}"


# ---- 0 social_post ----
@T(0, 0)
def social_es(c):
    c.use(*ES_ALL)
    p, f = c.person(), c.person()
    c.e(
        "{a} {b} 😤 ",
        a=c.pick(
            "otra vez sin servicio con",
            "no me lo puedo creer lo de",
            "tercera semana esperando a",
            "gracias por nada,",
        ),
        b=c.brand("Contoso", "Northwind", "Globex"),
    )
    c.e(
        c.by(
            ar="el pedido {r} no llega y nadie me da bola. ",
            mx="el pedido {r} no llega y nadie me da razón. ",
            _="el pedido {r} sigue sin llegar y nadie me da solución. ",
        ),
        r=c.ref("#########"),
    )
    if c.maybe(0.6):
        c.e("@{h} ¿a ti también te pasó? ", h=f.handle)
    c.e(
        c.by(
            es="{hb} os dejo mi móvil: {ph}, preguntad por {n}. ",
            ar="{hb} les dejo mi celu: {ph}, pregunten por {n}. ",
            _="{hb} les dejo mi celular: {ph}, pregunten por {n}. ",
        ),
        hb=c.hb(),
        ph=c.phone("m"),
        n=p.given,
    )
    c.e("#{tag}", tag=c.pick("atencionalcliente", "reclamo", "estafa", "consumo"))


@T(0, 1)
def social_tr(c):
    c.use("tr-TR")
    f = c.person()
    c.e(
        "{b} artık yeter!! {d} tarihinden beri siparişimi bekliyorum, sipariş no: {o}. ",
        b=c.brand("Contoso", "Northwind"),
        d=c.d(),
        o=c.ref("TR##########"),
    )
    c.e(
        c.pick(
            "Kargo 'teslim edildi' diyor ama kapıma gelen giden yok. ",
            "Müşteri hizmetleri 40 dakika beklettikten sonra telefonu yüzüme kapattı. ",
            "Üç kere şikayet oluşturdum, hepsi otomatik kapatılmış. ",
        )
    )
    if c.maybe(0.5):
        c.e("@{h} sen de aynısını yaşamıştın değil mi? ", h=f.handle)
    c.e(
        "Adres belli: {a}. Ulaşmak isteyen olursa {ph} #{tag}",
        a=c.addr(),
        ph=c.phone("m"),
        tag=c.pick("mağdurum", "şikayetvar", "tüketicihakları"),
    )


@T(0, 2)
def social_id(c):
    c.use("id-ID")
    p, f = c.person(), c.person()
    c.e(
        "{hb} min tolong dong, paket aku udah {k} hari gak sampe2 😭 no resi {r}. ",
        hb=c.hb(),
        k=c.ri(4, 12),
        r=c.ref("JP##########"),
    )
    c.e("alamat: {a}, a.n. {n}. ", a=c.addr(), n=p.full)
    if c.maybe(0.6):
        c.e("cc @{h} ", h=f.handle)
    c.e("WA aku {ph} ya kak, makasih 🙏", ph=c.phone("m"))


@T(0, 3)
def social_pt_free(c):
    c.use("pt-BR")
    b = c.brand("Globex", "Contoso")
    c.ln(
        'Alguém mais sem internet da {b} aqui na {z} de {city}?? Caiu tudo às {t} e o app só diz "instabilidade na sua região" 🙄',
        b=b,
        z=c.pick("Zona Sul", "Zona Leste", "Zona Norte"),
        city=c.pick("São Paulo", "Rio", "Porto Alegre"),
        t=c.t("h"),
    )
    c.ln(
        "Justo hoje que tem {j}. Protocolo {r}, já é a {k}ª vez só em {mes}.",
        j=c.pick("Flamengo x Palmeiras no Maracanã", "jogo da Seleção", "final da Libertadores", "Gre-Nal"),
        r=c.ref("2025########"),
        k=c.ri(3, 6),
        mes=c.pick("março", "abril", "outubro"),
    )
    c.e(
        "Pago {m} por mês pra isso. Vou abrir reclamação no Procon e no Reclame Aqui. {tail}",
        m=c.money(18, 40),
        tail=c.pick(
            "Cadê a Anatel??", "Nem o Galvão Bueno narra tanta enrolação kkkk", "#SemInternet", "Vergonha."
        ),
    )


# ---- 1 brand_reply ----
@T(1, 0)
def reply_pt(c):
    c.use("pt-BR")
    p, hb = c.person(), c.hb()
    c.ln(
        "@{u} → {hb} vcs cobraram duas vezes no meu cartão, {m} cada!!! quero meu dinheiro de volta",
        u=p.handle,
        hb=hb,
        m=c.money(20, 200),
    )
    c.ln(
        "↳ {hb}: Oi! Sentimos muito pelo transtorno 😕 Chama a gente na DM com o número do pedido? Não publique seus dados aqui, combinado?",
        hb=hb,
    )
    c.e(
        "↳ @{u}: já mandei DM 3x e nada. pedido {o}. meu e-mail é {em} e meu nome é {n}, ",
        u=p.handle,
        o=c.ref("BR-########"),
        em=p.mail,
        n=p.full,
    )
    c.e(c.pick("liga no {ph} que eu explico", "me liguem no {ph}, tô esperando", "zap {ph}"), ph=c.phone("m"))


@T(1, 1)
def reply_es(c):
    c.use(*ES_ALL)
    p, hb = c.person(), c.hb()
    c.ln("Respondiendo a {hb}", hb=hb)
    c.ln("{n} @{h} · {t}", n=c.pick(p.full, p.short), h=p.handle, t=c.pick("2 h", "15 min", "ayer", "3 d"))
    c.e(
        c.by(
            ar="Ya les mandé MD con todo, número de reclamo {r}. ",
            es="Ya os he mandado MD con todo, número de caso {r}. ",
            _="Ya les mandé MD con todo, número de caso {r}. ",
        ),
        r=c.ref("CAS-#######"),
    )
    c.e(
        "Mi correo es {em} por si acaso. {tail}",
        em=p.mail,
        tail=c.by(
            ar="No quiero otro 'lo estamos revisando' che 🙃",
            mx="No quiero otro 'lo estamos revisando', neta 🙃",
            _="No quiero otro 'lo estamos revisando' 🙃",
        ),
    )


@T(1, 2)
def reply_tl(c):
    c.use("tl-PH")
    p = c.person()
    c.ln(
        "{hb} hello po! ilang araw na po akong naghihintay sa refund ko ({m}). Ref no. {r}",
        hb=c.hb(),
        m=c.money(10, 120),
        r=c.ref("PH########"),
    )
    c.ln(
        c.pick(
            "Nag-chat na rin po ako sa app pero auto-reply lang lagi 😩",
            "Tumawag na rin ako sa hotline, pinaghintay lang ako ng 1 hour.",
        )
    )
    c.e(
        "Paki-contact na lang po ako sa {ph} or sa email {em}. Salamat po! - {n}",
        ph=c.phone("m"),
        em=p.mail,
        n=c.pick(p.full, p.given),
    )


@T(1, 3)
def reply_ms(c):
    c.use("ms-MY")
    p = c.person()
    c.ln(
        "{hb} salam, saya dah DM tapi tak ada reply lagi 🙏 Kad saya kena caj 2 kali untuk order {o} ({m}).",
        hb=c.hb(),
        o=c.ref("MY#########"),
        m=c.money(10, 80),
    )
    c.ln("Nama: {n}", n=p.full)
    c.ln("No. tel: {ph}", ph=c.phone("m"))
    c.e(
        "Tolong call balik ASAP, terima kasih. {tail}",
        tail=c.pick(
            "Dah 3 hari tunggu ni.",
            "Customer service tak angkat call langsung.",
            "Saya nak refund je, bukan voucher.",
        ),
    )


# ---- 2 support_ticket ----
@T(2, 0)
def ticket_de(c):
    c.use(*DE_ALL)
    p = c.person()
    ti = p.gv("Herr", "Frau")
    c.ln("Ticket-Nr.: {r}", r=c.ref("INC-#######"))
    c.ln("Eingang: {d}, {t} Uhr", d=c.d(), t=c.t())
    c.ln(
        "Kategorie: {k}",
        k=c.pick("Rechnung / Abbuchung", "Lieferung", "Kundenkonto gesperrt", "Vertragswechsel"),
    )
    c.ln("Produkt: {b}", b=c.brand())
    c.ln("Kunde: {ti} {n}", ti=ti, n=p.full)
    c.ln("Anschrift: {a}", a=c.addr())
    if c.maybe(0.7):
        c.ln("Rückrufnummer: {ph}", ph=c.phone())
    c.ln("E-Mail: {em}", em=p.mail)
    c.e(
        "Beschreibung: {ti} {s} meldet eine doppelte Abbuchung über {m} vom {d} (Bestellnummer {o}). Bittet um Erstattung "
        "bis Ende KW {kw}; Rückruf bitte nicht vor {h} Uhr.",
        ti=ti,
        s=p.sur,
        m=c.money(20, 400),
        d=c.d(),
        o=c.ref("DE-########"),
        kw=c.ri(1, 52),
        h=c.pick("9", "17", "18:30"),
    )


@T(2, 1)
def ticket_pl(c):
    c.use("pl-PL")
    p = c.person()
    c.ln(
        "Zgłoszenie nr {r} | priorytet: {pr} | kanał: formularz WWW",
        r=c.ref("ZG/####/##"),
        pr=c.pick("wysoki", "normalny", "pilny"),
    )
    c.ln("Dzień dobry,")
    c.e(p.gv("dnia {d} zamówiłem", "dnia {d} zamówiłam"), d=c.d())
    c.ln(
        " w sklepie internetowym {b} {item} za {m} (numer zamówienia {o}).",
        b=c.brand("Contoso", "Northwind"),
        item=c.pick("telewizor", "pralkę", "odkurzacz", "ekspres do kawy"),
        m=c.money(150, 900),
        o=c.ref("PL-#######"),
    )
    c.ln(
        "Kurier zostawił paczkę pod drzwiami, a karton był rozerwany. Proszę o zwrot pieniędzy na konto {ib}.",
        ib=c.iban(),
    )
    c.ln()
    c.ln("Z poważaniem")
    c.ln("{n}", n=p.full)
    c.e("tel. {ph}", ph=c.phone())


@T(2, 2)
def ticket_fr_free(c):
    c.use(*FR_EU)
    b = c.brand("Contoso", "Northwind", "Fabrikam Pay")
    c.ln("Ticket n° {r} – ouvert automatiquement le {d} à {t}", r=c.ref("SR-########"), d=c.d(), t=c.t("h"))
    c.ln("Produit : application {b} (version {v}) sur Android {a}", b=b, v=_v(c), a=c.ri(10, 15))
    c.ln(
        "Magasin concerné : {b} {city}, {mall}",
        b=b,
        city=c.pick("Lyon", "Lille", "Bruxelles", "Genève"),
        mall=c.pick("centre commercial Part-Dieu", "galerie Toison d'Or", "centre Balexert", "Euralille"),
    )
    c.ln(
        "Description : depuis la mise à jour du {d}, le paiement par carte échoue au-delà de {m}. Le client indique que sa "
        "carte se termine par {last}. Taux d'échec observé : {pct}.",
        d=c.d(),
        m=c.money(50, 300),
        last=c.fill("####"),
        pct=c.pct(),
    )
    c.ln(
        "Priorité : haute – SLA {h} h – prochaine relance le {d} à {t}.", h=c.pick(4, 8, 24), d=c.d(), t=c.t()
    )
    c.e(
        "Remarque : incident similaire relayé par Le Parisien et BFM Business ; le ministre de l'Économie a été interrogé à ce sujet."
    )


@T(2, 3)
def ticket_cs(c):
    c.use("cs-CZ")
    p = c.person()
    c.ln("Požadavek č. {r} – webový formulář", r=c.ref("CZ-######"))
    c.ln("Jméno a příjmení: {n}", n=p.full)
    c.ln("Doručovací adresa: {a}", a=c.addr())
    c.ln("Telefon: {ph}", ph=c.phone())
    if c.maybe(0.6):
        c.ln("E-mail: {em}", em=p.mail)
    c.ln("Číslo objednávky: {o}", o=c.ref("########"))
    c.e(
        "Popis: Dobrý den, objednávka z e-shopu {b} ze dne {d} dorazila poškozená (prasklé sklo na {item}). Prosím o výměnu, "
        "případně o vrácení {m} na účet {ib}. Děkuji, {g}.",
        b=c.brand("Contoso", "Northwind"),
        d=c.d(),
        item=c.pick("mikrovlnce", "troubě", "televizi"),
        m=c.money(80, 600),
        ib=c.iban(),
        g=p.given,
    )


# ---- 3 customer_email ----
@T(3, 0)
def email_fr(c):
    c.use(*FR_ALL)
    p = c.person()
    o = c.ref("FR#########")
    c.ln("Objet : Réclamation – commande n° {o}", o=o)
    c.ln()
    c.ln(c.by(ca="Bonjour,", sn="Madame, Monsieur,", _="Madame, Monsieur,"))
    c.ln(
        "Je me permets de vous écrire au sujet de ma commande n° {o} passée le {d} sur le site {b}, pour un montant de {m}.",
        o=o,
        d=c.d(),
        b=c.brand("Contoso", "Northwind"),
        m=c.money(40, 600),
    )
    c.ln(
        "Le colis n'a jamais été livré alors que le suivi indique « livré » depuis le {d}. Malgré mes relances "
        "téléphoniques, je n'ai obtenu aucune réponse.",
        d=c.d(),
    )
    if c.L.iban:
        c.ln(
            "Je vous prie de bien vouloir procéder au remboursement intégral sur le compte {ib}.", ib=c.iban()
        )
    else:
        c.ln(
            "Je vous prie de bien vouloir procéder au remboursement intégral sur ma carte se terminant par {x}.",
            x=c.fill("####"),
        )
    c.ln(
        "Vous pouvez me joindre au {ph} ou par {w} à {em}.",
        ph=c.phone(),
        w=c.by(ca="courriel", _="e-mail"),
        em=p.mail,
    )
    c.ln()
    c.ln(
        c.by(
            ca="Cordialement,",
            _="Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
        )
    )
    c.ln("{n}", n=p.full)
    c.e("{a}", a=c.addr("lines"))


@T(3, 1)
def email_it(c):
    c.use("it-IT")
    p = c.person()
    c.ln("Oggetto: rimborso ordine n. {o}", o=c.ref("IT-#######"))
    c.ln()
    c.ln("Buongiorno,")
    c.ln(
        "sono {n}, {cl} {b} da diversi anni. Il {d} ho restituito tramite corriere {item} (reso autorizzato n. {rma}), "
        "ma il rimborso di {m} non mi è ancora stato accreditato.",
        n=p.full,
        cl=p.gv("cliente", "cliente"),
        b=c.brand("Contoso", "Northwind"),
        d=c.d(),
        item=c.pick("la lavatrice", "lo smartphone", "il robot aspirapolvere"),
        rma=c.ref("RMA######"),
        m=c.money(90, 700),
    )
    c.ln("Vi chiedo cortesemente di effettuare il bonifico sul mio IBAN {ib}, a me intestato.", ib=c.iban())
    c.ln("Resto a disposizione al numero {ph}.", ph=c.phone())
    c.ln()
    c.ln("Cordiali saluti,")
    c.e("{n}", n=c.pick(p.full, p.init))


@T(3, 2)
def email_sk(c):
    c.use("sk-SK")
    p = c.person()
    c.ln("Predmet: Reklamácia – objednávka č. {o}", o=c.ref("SK######"))
    c.ln()
    c.ln("Dobrý deň,")
    c.e(
        p.gv(
            "dňa {d} som si vo vašom e-shope {b} objednal ", "dňa {d} som si vo vašom e-shope {b} objednala "
        ),
        d=c.d(),
        b=c.brand("Contoso", "Northwind"),
    )
    c.ln(
        "{item} v hodnote {m}. Tovar prišiel poškodený – rozbitý displej a pokrčená krabica.",
        item=c.pick("tablet", "mobilný telefón", "notebook"),
        m=c.money(120, 900),
    )
    c.ln("Žiadam o vrátenie peňazí na účet {ib}. Fotky poškodenia posielam v prílohe.", ib=c.iban())
    c.ln()
    c.ln("S pozdravom")
    c.ln("{n}", n=p.full)
    c.ln("{a}", a=c.addr("lines"))
    c.e("tel.: {ph}", ph=c.phone())


@T(3, 3)
def email_nl(c):
    c.use(*NL_ALL)
    p, q = c.person(), c.person()
    c.ln("Van: {em}", em=p.mail)
    c.ln("Aan: klantenservice@{dom}", dom=c.by(be="energievlaanderen.be", _="stroomwijzer.nl"))
    if c.maybe(0.5):
        c.ln("CC: {q}", q=q.mail)
    c.ln("Onderwerp: Factuur {r} klopt niet", r=c.ref("F########"))
    c.ln()
    c.ln(c.by(be="Geachte heer/mevrouw,", _="Beste medewerker van {b},"), b=c.brand("Globex", "Contoso"))
    c.ln(
        "Op mijn jaarafrekening van {mon} staat een bedrag van {m}, terwijl mijn voorschot altijd {m2} per maand was. "
        "Mijn klantnummer is {kn}.",
        mon=c.pick("maart", "april", "januari"),
        m=c.money(300, 1400),
        m2=c.money(60, 140),
        kn=c.ref("#########"),
    )
    c.ln(
        "Ik heb op {d} al gebeld en toen werd beloofd dat iemand mij zou terugbellen, maar ik heb niets meer gehoord.",
        d=c.d(),
    )
    c.ln("Wilt u het teveel betaalde bedrag terugstorten op {ib} t.n.v. {n}?", ib=c.iban(), n=p.full)
    c.ln()
    c.ln(c.by(be="Met vriendelijke groeten,", _="Met vriendelijke groet,"))
    c.ln("{n}", n=p.full)
    c.e("{ph}", ph=c.phone())


# ---- 4 forum_post ----
@T(4, 0)
def forum_ro(c):
    c.use("ro-RO")
    p = c.person()
    b = c.brand("Contoso", "Northwind")
    c.ln("Subiect: {b} – țeapă cu returul??", b=b)
    c.ln("Postat de {h} » {d}, {t}", h=p.handle, d=c.d(), t=c.t())
    c.ln(
        "Salut tuturor! Am și eu o problemă cu {b}. Pe {d} am comandat {item} (comanda nr. {o}) și am plătit {m} cu cardul.",
        b=b,
        d=c.dm("ro"),
        item=c.pick("un aspirator", "un telefon", "un router"),
        o=c.ref("#########"),
        m=c.money(60, 500),
    )
    c.ln(
        "Produsul a venit defect, l-am returnat prin curier de la adresa mea ({a}), dar banii nu mi-au intrat nici acum.",
        a=c.addr(),
    )
    c.ln("La call center mi-au zis de trei ori să mai aștept «încă 5–7 zile lucrătoare». 🙄")
    c.e(
        "Dacă a mai pățit cineva, scrieți-mi la {em} sau pe WhatsApp la {ph}, poate facem o reclamație comună la ANPC.",
        em=p.mail,
        ph=c.phone("m"),
    )


@T(4, 1)
def forum_de(c):
    c.use(*DE_ALL)
    p = c.person()
    b = c.brand("Northwind Bank", "Fabrikam Pay")
    c.ln("Betreff: Konto bei {b} gehackt? Fremde Anmeldung", b=b)
    c.ln("{h} schrieb am {d} um {t}:", h=p.handle, d=c.d(), t=c.t())
    c.ln("Hallo zusammen,")
    c.ln(
        "seit gestern sehe ich in meiner Login-Historie eine Anmeldung von der IP {ip} ({city}), das war definitiv nicht ich. "
        "Außerdem wurde eine Überweisung über {m} an ein mir unbekanntes Konto ({ib}) angestoßen.",
        ip=c.ip(),
        city=c.pick("Amsterdam", "Lagos", "Bukarest", "Frankfurt"),
        m=c.money(300, 2500),
        ib=c.iban(c.pick("DE", "NL", "RO")),
    )
    c.ln(
        "Die Hotline hat die Karte gesperrt, Vorgangsnummer {r}. Mehr wissen die angeblich auch nicht.",
        r=c.ref("VG-########"),
    )
    c.e(
        "Hat jemand Erfahrung, ob man das Geld zurückbekommt? Gern per PN oder an {em}. Gruß, {g}",
        em=p.mail,
        g=p.given,
    )


@T(4, 2)
def forum_hu(c):
    c.use("hu-HU")
    p = c.person()
    b = c.brand("Contoso", "Northwind", "Globex")
    c.ln("Téma: {b} ügyfélszolgálat – hetek óta nincs válasz", b=b)
    c.ln("{h} írta, {d} {t}:", h=p.handle, d=c.d(), t=c.t())
    c.ln(
        "Sziasztok! Van itt valaki, akinek sikerült elérnie a {b} ügyfélszolgálatát? {d} óta várok egy visszatérítésre ({m}), "
        "rendelésszám: {o}.",
        b=b,
        d=c.d(),
        m=c.money(30, 300),
        o=c.ref("HU########"),
    )
    c.ln(
        "Háromszor hívtam őket, mindig azt mondják, hogy „folyamatban van”. A csomagot erre a címre kértem: {a}, de a futár "
        "szerint senki nem vette át, pedig egész nap otthon voltam.",
        a=c.addr(),
    )
    c.e(
        "Ha valakinek van működő közvetlen száma, írjon, vagy hívjon: {ph}. Köszi előre is, {n}",
        ph=c.phone("m"),
        n=c.pick(p.given, p.full),
    )


@T(4, 3)
def forum_sv_free(c):
    c.use("sv-SE")
    b = c.brand("Contoso", "Northwind")
    c.ln("Rubrik: Stänger {b}-butiken vid Sergels torg?", b=b)
    c.ln(
        "Hörde på P4 Stockholm i morse att {b} ska stänga {k} butiker i innerstan efter nyår. Stämmer det? Enligt DN "
        "försvinner runt {j} tjänster.",
        b=b,
        k=c.ri(3, 9),
        j=c.ri(20, 120),
    )
    c.ln(
        "Själv har jag ett presentkort på {m} som går ut {d}. Kan man lösa in det i Göteborg eller på nätet?",
        m=c.money(20, 90),
        d=c.d(),
    )
    c.e(
        "Butiken på Drottninggatan hade rea förra helgen, {pct} på allt, så något är på gång. Mvh en orolig kund i Solna",
        pct=c.pct(),
    )


# ---- 5 product_review ----
@T(5, 0)
def review_sv(c):
    c.use("sv-SE")
    p = c.person()
    k = c.ri(1, 3)
    c.ln(
        "{s} {title}",
        s="★" * k + "☆" * (5 - k),
        title=c.pick(
            "Aldrig mer!", "Besviken på leveransen", "Kundtjänst svarar inte", "Okej produkt, usel service"
        ),
    )
    c.ln("Av {n}, {city} – {d}", n=c.pick(p.full, p.gsi), city=c.cityname(), d=c.d())
    c.ln(
        "Beställde en {b}-{item} från Hemelektronik Nordic för {m}. Leveransen skulle ta 2–3 dagar men tog nästan tre veckor, "
        "och när paketet väl kom var kartongen trasig.",
        b=c.brand("Contoso", "Northwind"),
        item=c.pick("dammsugare", "kaffebryggare", "router"),
        m=c.money(40, 300),
    )
    c.ln(
        "Har mejlat kundtjänst två gånger (ärendenr {r}) utan svar. Ring mig gärna på {ph} om ni faktiskt vill lösa det.",
        r=c.ref("#######"),
        ph=c.phone("m"),
    )
    c.ln()
    c.e(
        "Svar från Hemelektronik Nordic: Hej {g}! Vi beklagar verkligen. Mejla kundservice@hemelektronik.se med ditt "
        "ordernummer så hjälper vi dig direkt.",
        g=p.given,
    )


@T(5, 1)
def review_fr(c):
    c.use(*FR_ALL)
    p = c.person()
    c.ln("Avis de {h} – {s}/5", h=p.handle, s=c.ri(1, 3))
    c.ln(
        "« {t} »",
        t=c.pick(
            "Livraison catastrophique",
            "Produit correct, SAV inexistant",
            "Je déconseille",
            "Remboursement toujours en attente",
        ),
    )
    c.e(
        "Commandé le {d} un {item} {b} à {m}. ",
        d=c.d(),
        item=c.pick("aspirateur", "routeur", "téléviseur"),
        b=c.brand("Contoso", "Northwind"),
        m=c.money(40, 500),
    )
    c.e(
        "Le livreur a déposé le colis chez une voisine ({a}) au lieu de chez moi, et impossible de joindre le service client. ",
        a=c.addr("l1"),
    )
    c.ln("Numéro de dossier : {r}.", r=c.ref("DOS-######"))
    c.e(
        "Achat vérifié · {v} personnes ont trouvé cet avis utile. Contact si besoin : {em}",
        v=c.ri(2, 80),
        em=p.mail,
    )


@T(5, 2)
def review_pl(c):
    c.use("pl-PL")
    p = c.person()
    c.ln("Ocena: {s}/5 · {n}, {city}", s=c.ri(1, 4), n=c.pick(p.gsi, p.given), city=c.cityname())
    c.ln("Zakup potwierdzony · {d}", d=c.d())
    c.e(
        "{t}. ",
        t=c.pick(
            "Nie polecam",
            "Produkt ok, obsługa fatalna",
            p.gv("Długo czekałem na zwrot", "Długo czekałam na zwrot"),
        ),
    )
    c.e(p.gv("Kupiłem ", "Kupiłam "))
    c.e(
        "{item} marki {b} za {m} (zamówienie nr {o}). Po tygodniu przestał działać, a infolinia odsyła mnie od jednego "
        "konsultanta do drugiego. ",
        item=c.pick("odkurzacz", "ekspres do kawy", "router"),
        b=c.brand("Contoso", "Northwind"),
        m=c.money(50, 400),
        o=c.ref("#######"),
    )
    c.ln(
        p.gv(
            "Reklamację wysłałem {d}, do dziś brak odpowiedzi. ",
            "Reklamację wysłałam {d}, do dziś brak odpowiedzi. ",
        )
        + "Jeśli ktoś miał podobny problem, proszę o kontakt: {em}",
        d=c.dm("pl"),
        em=p.mail,
    )
    c.ln()
    c.e(
        "Odpowiedź sklepu: Dzień dobry, przepraszamy za niedogodności. Prosimy o kontakt z działem reklamacji: "
        "reklamacje@sklep-agd24.pl."
    )


@T(5, 3)
def review_es(c):
    c.use(*ES_ALL)
    p = c.person()
    k = c.ri(1, 3)
    c.ln("{s} «{t}»", s="⭐" * k, t=c.pick("Pésimo servicio técnico", "Nunca vinieron", "No lo recomiendo"))
    c.ln("{n} · {city} · {d}", n=c.pick(p.full, p.short, p.init), city=c.cityname(), d=c.d())
    t1, t2 = c.pick(("9", "13"), ("10", "14"), ("15", "19"), ("8", "15"))
    c.e(
        "El técnico de {b} tenía que venir el {d} entre las {t1} y las {t2} a instalar la fibra. No vino. ",
        b=c.brand("Contoso", "Globex"),
        d=c.dm("es"),
        t1=t1,
        t2=t2,
    )
    c.e(
        "Volví a pedir {w} y me dieron otra para la semana siguiente; tampoco apareció nadie. La dirección está bien puesta en el "
        "contrato ({a}), así que no sé qué más hacer. ",
        w=c.by(ar="turno", _="cita"),
        a=c.addr(),
    )
    c.e(
        c.pick(
            "Lo único bueno fue la chica de la tienda del centro comercial, muy amable.",
            "Me voy a la competencia.",
            "Cuatro horas perdidas al teléfono.",
        )
    )


# ---- 6 chat_transcript ----
@T(6, 0)
def chat_vi(c):
    c.use("vi-VN")
    p, ag = c.person(), c.person()
    x = p.gv("anh", "chị")
    b = c.brand("Contoso", "Northwind")
    ts = _times(c, 6)
    c.ln(
        "[{t}] Khách: shop ơi em đặt đơn {o} từ hôm {d} mà giờ vẫn chưa nhận được hàng",
        t=ts[0],
        o=c.ref("VN########"),
        d=c.d(),
    )
    c.ln(
        "[{t}] CSKH {b}: Dạ {b} xin chào {x} ạ, {x} vui lòng cho em xin họ tên và số điện thoại đặt hàng để em kiểm tra nhé",
        t=ts[1],
        b=b,
        x=x,
    )
    c.ln("[{t}] Khách: {n}, sđt {ph}", t=ts[2], n=c.pick(p.full, p.low), ph=c.phone("m"))
    c.ln(
        "[{t}] CSKH {b}: Dạ em cảm ơn {x} {g}. Đơn đang bị trễ do kho {city} quá tải ạ. Địa chỉ nhận hàng là {a} đúng không ạ?",
        t=ts[3],
        b=b,
        x=x,
        g=p.given,
        city=c.pick("Bình Dương", "Bắc Ninh", "Long An"),
        a=c.addr(),
    )
    c.ln("[{t}] Khách: đúng rồi em, giao giờ hành chính giúp {x} nhé", t=ts[4], x=x)
    c.e(
        "[{t}] CSKH {b}: Dạ vâng, em đã ghi chú cho bên giao hàng ạ. {b} thành thật xin lỗi vì sự bất tiện này. – {ag}",
        t=ts[5],
        b=b,
        ag=ag.given,
    )


@T(6, 1)
def chat_pt(c):
    c.use("pt-BR")
    p, ag = c.person(), c.person()
    b = c.brand("Contoso", "Northwind")
    ts = _times(c, 8)
    c.ln(
        "[{t}] Bot {b}: Olá! 👋 Sou a assistente virtual da {b}. Para começar, digite seu e-mail cadastrado.",
        t=ts[0],
        b=b,
    )
    c.ln("[{t}] Você: {em}", t=ts[1], em=p.mail)
    c.ln(
        "[{t}] Bot {b}: Encontrei o pedido {o} de {d}, no valor de {m}. Como posso ajudar?",
        t=ts[2],
        b=b,
        o=c.ref("#########"),
        d=c.d(),
        m=c.money(30, 400),
    )
    c.ln("[{t}] Você: quero falar com atendente", t=ts[3])
    c.ln(
        "[{t}] {ag} (atendente): Oi, {g}! Tudo bem? Vi aqui que o pedido voltou pro centro de distribuição. O endereço de "
        "entrega é esse mesmo?",
        t=ts[4],
        ag=ag.given,
        g=p.given,
    )
    c.ln("[{t}] Você: não, o certo é {a}. o app tá puxando o antigo", t=ts[5], a=c.addr())
    c.ln(
        "[{t}] {ag}: Atualizei aqui! Novo prazo: até {d}. Posso ajudar em algo mais?",
        t=ts[6],
        ag=ag.given,
        d=c.d(),
    )
    c.e("[{t}] Você: só isso, valeu", t=ts[7])


@T(6, 2)
def chat_de_free(c):
    c.use(*DE_ALL)
    b = c.brand("Northwind Bank", "Fabrikam Pay", "Contoso")
    ts = _times(c, 7)
    c.ln(
        "[{t}] Kunde: Hallo, seit dem Update auf Version {v} stürzt die App von {b} beim Login ab.",
        t=ts[0],
        v=_v(c),
        b=b,
    )
    c.ln("[{t}] Chatbot: Das tut mir leid! Welches Gerät nutzt du?", t=ts[1])
    c.ln("[{t}] Kunde: iPhone 13, iOS 17.4", t=ts[2])
    c.ln(
        "[{t}] Chatbot: Danke. Aktuell gibt es eine Störung im Raum {city}. Details findest du auf unserer Statusseite.",
        t=ts[3],
        city=c.pick("München", "Wien", "Zürich", "Hamburg"),
    )
    c.ln(
        "[{t}] Kunde: Wie lange dauert das noch? Ich muss bis {h} Uhr eine Überweisung über {m} machen.",
        t=ts[4],
        h=c.pick("12", "15", "16:30"),
        m=c.money(200, 3000),
    )
    c.ln(
        "[{t}] Chatbot: Unsere Technik rechnet mit einer Lösung bis {h} Uhr. Deine Vorgangsnummer lautet {r}.",
        t=ts[5],
        h=c.pick("14", "18", "20"),
        r=c.ref("VG-#######"),
    )
    c.e("[{t}] Kunde: Na toll. Das lief sogar schon in der Tagesschau.", t=ts[6])


@T(6, 3)
def chat_id(c):
    c.use("id-ID")
    p = c.person()
    b = c.brand("Contoso", "Northwind")
    ts = _times(c, 5, ".")
    c.ln(
        "[{t}] {u}: kak, paket saya kok blm nyampe ya? no resi {r}",
        t=ts[0],
        u=p.low_given,
        r=c.ref("JNE##########"),
    )
    c.ln(
        "[{t}] Admin {b}: halo kak {g}, mohon maaf atas ketidaknyamanannya 🙏 boleh dibantu alamat lengkap & no hp?",
        t=ts[1],
        b=b,
        g=p.given,
    )
    c.ln("[{t}] {u}: {a} / {ph}", t=ts[2], u=p.low_given, a=c.addr(), ph=c.phone("m"))
    c.ln(
        "[{t}] Admin {b}: baik kak, sudah kami teruskan ke kurir. estimasi sampai {d} ya 🙏",
        t=ts[3],
        b=b,
        d=c.d(),
    )
    c.e("[{t}] {u}: oke makasih min", t=ts[4], u=p.low_given)


# ---- 7 complaint_letter ----
@T(7, 0)
def letter_it(c):
    c.use("it-IT")
    p = c.person()
    c.ln("{n}", n=p.full)
    c.ln("{a}", a=c.addr("lines"))
    c.ln("Tel. {ph}", ph=c.phone())
    c.ln()
    c.ln("Spett.le {b}", b=c.brand("Contoso", "Globex", "Northwind"))
    c.ln("Ufficio Reclami")
    c.ln()
    c.ln("{city}, {d}", city=c.cityname(), d=c.dm("it", True))
    c.ln("RACCOMANDATA A/R – anticipata via PEC")
    c.ln("Oggetto: reclamo formale relativo al contratto n. {ctr}", ctr=c.ref("IT########"))
    c.ln()
    c.ln(
        "{ps} {n}, titolare del contratto in oggetto, con la presente contesta {what} per un importo complessivo di {m}.",
        ps=p.gv("Il sottoscritto", "La sottoscritta"),
        n=p.full,
        what=c.pick(
            f"le fatture n. {c.ref('FT-######')} e n. {c.ref('FT-######')}",
            "l'addebito non autorizzato del servizio «Premium Plus»",
            "la mancata attivazione della linea",
        ),
        m=c.money(60, 900),
    )
    c.ln(
        "Nonostante le numerose segnalazioni telefoniche (l'ultima il {d}, pratica n. {r}), non ho ricevuto alcuna risposta.",
        d=c.d(),
        r=c.ref("PR#######"),
    )
    c.ln(
        "Chiedo pertanto il rimborso entro 30 giorni sul seguente IBAN a me intestato: {ib}. In mancanza, mi rivolgerò al "
        "CORECOM e alle associazioni dei consumatori.",
        ib=c.iban(),
    )
    c.ln()
    c.ln("Distinti saluti")
    c.e("{n}", n=p.full)


@T(7, 1)
def letter_ro(c):
    c.use("ro-RO")
    p = c.person()
    f = c.ref("F########")
    c.ln("Către: {b} România SRL – Departamentul Relații cu Clienții", b=c.brand("Globex", "Contoso"))
    c.ln("Subiect: Sesizare privind factura nr. {f}", f=f)
    c.ln()
    c.ln(
        "{sub} {n}, cu domiciliul în {a}, telefon {ph}, e-mail {em}, vă aduc la cunoștință următoarele:",
        sub=p.gv("Subsemnatul", "Subsemnata"),
        n=p.full,
        a=c.addr(),
        ph=c.phone(),
        em=p.mail,
    )
    c.ln(
        "În data de {d} am primit factura nr. {f} în valoare de {m}, deși contractul meu (nr. {ctr}) prevede un abonament "
        "lunar de {m2}. Am sunat de trei ori la serviciul clienți, fără niciun rezultat.",
        d=c.d(),
        f=f,
        m=c.money(80, 400),
        ctr=c.ref("RO-######"),
        m2=c.money(10, 30),
    )
    c.ln(
        "Vă solicit recalcularea facturii și restituirea diferenței în contul {ib} în termen de 30 de zile. În caz contrar, "
        "mă voi adresa ANPC.",
        ib=c.iban(),
    )
    c.ln()
    c.ln("Data: {d}", d=c.d())
    c.e("Semnătura: {n}", n=p.full)


@T(7, 2)
def letter_es(c):
    c.use("es-ES", "es-ES", "es-MX", "es-AR", "es-CO", "es-CL")
    p = c.person()
    c.ln("A/A del Servicio de Atención al Cliente de {b}", b=c.brand("Contoso", "Globex", "Northwind"))
    c.ln()
    c.ln(
        "{t} {n}, con domicilio en {a} y teléfono de contacto {ph},",
        t=p.gv("D.", "Dña."),
        n=p.full,
        a=c.addr(),
        ph=c.phone(),
    )
    c.ln()
    c.ln("EXPONE:")
    c.ln(
        "Primero. Que el {d} contraté el servicio {plan} (contrato nº {ctr}) por una cuota mensual de {m}.",
        d=c.d(),
        plan=c.pick("Fibra 600 Mb", "Tarifa Hogar Plus", "Pack Familia"),
        ctr=c.ref("C-########"),
        m=c.money(25, 60),
    )
    c.ln(
        "Segundo. Que desde {mes} se me están cobrando {m} sin que nadie me haya explicado el motivo.",
        mes=c.pick("marzo", "junio", "septiembre"),
        m=c.money(60, 120),
    )
    c.ln()
    c.ln("SOLICITA:")
    if c.L.iban:
        c.ln(
            "Que se me devuelvan las cantidades cobradas de más mediante transferencia a la cuenta {ib}, de la que soy titular.",
            ib=c.iban(),
        )
    else:
        c.ln(
            "Que se me reintegren las cantidades cobradas de más en la tarjeta terminada en {x}.",
            x=c.fill("####"),
        )
    c.ln(
        "De no obtener respuesta en un mes, acudiré a {org}.",
        org=c.by(
            mx="la Profeco",
            ar="Defensa del Consumidor",
            co="la Superintendencia de Industria y Comercio",
            cl="el SERNAC",
            _="la OMIC de mi ayuntamiento",
        ),
    )
    c.ln()
    c.ln("En {city}, a {d}.", city=c.cityname(), d=c.dm("es", True))
    c.e("Fdo.: {n}", n=p.full)


@T(7, 3)
def letter_el(c):
    c.use("el-GR")
    p = c.person()
    o = c.ref("GR########")
    c.ln("Θέμα: Καταγγελία – αριθμός παραγγελίας {o}", o=o)
    c.ln()
    c.ln("Αξιότιμοι κύριοι,")
    c.ln(
        "Ονομάζομαι {n} και είμαι {pel} της εταιρείας {b} εδώ και {y} χρόνια.",
        n=p.full,
        pel=p.gv("πελάτης", "πελάτισσα"),
        b=c.brand("Contoso", "Northwind"),
        y=c.ri(2, 12),
    )
    c.ln(
        "Στις {d} παρήγγειλα {item} αξίας {m}, το οποίο παραδόθηκε κατεστραμμένο.",
        d=c.d(),
        item=c.pick("ένα πλυντήριο ρούχων", "ένα ψυγείο", "ένα κινητό τηλέφωνο"),
        m=c.money(150, 900),
    )
    c.ln(
        "Παρά τις επανειλημμένες επικοινωνίες μου με την εξυπηρέτηση πελατών (αρ. αιτήματος {r}), δεν έχω λάβει καμία απάντηση.",
        r=c.ref("#######"),
    )
    c.ln(
        "Ζητώ την άμεση αντικατάσταση του προϊόντος ή την επιστροφή των χρημάτων μου στον λογαριασμό {ib}.",
        ib=c.iban(),
    )
    c.ln("Μπορείτε να επικοινωνήσετε μαζί μου στο {ph} ή στο {em}.", ph=c.phone(), em=p.mail)
    c.ln("Διεύθυνση αποστολής: {a}", a=c.addr())
    c.ln()
    c.ln("Με εκτίμηση,")
    c.e("{n}", n=p.full)


# ---- 8 callcentre_note ----
@T(8, 0)
def callnote_nl(c):
    c.use(*NL_ALL)
    p, ag = c.person(), c.person()
    c.ln("{d} {t} – behandeld door {ag}", d=c.d(), t=c.t(), ag=c.pick(ag.given, ag.init))
    c.ln(
        "Klant {n} belt ivm {issue} ({b}). Klantnr {kn}.",
        n=p.full,
        issue=c.pick("dubbele incasso", "storing glasvezel", "verhuizing", "opzegging contract"),
        b=c.brand("Contoso", "Globex"),
        kn=c.ref("#########"),
    )
    c.ln("Geverifieerd: adres {a} + geb.datum ok.", a=c.addr())
    c.ln("Terugbelnr: {ph}", ph=c.phone())
    c.ln("Actie: creditnota {m} aangemaakt, bevestiging per mail naar {em}.", m=c.money(10, 90), em=p.mail)
    c.e("Status: {s}", s=c.pick("opgelost", "doorgezet naar 2e lijn", "wacht op reactie klant"))


@T(8, 1)
def callnote_ar(c):
    c.use("ar-EG", "ar-AE", "ar-SA")
    p, ag = c.person(), c.person()
    b = c.brand("Contoso", "Northwind", "Fabrikam Pay")
    c.ln("ملاحظات المكالمة – {d} الساعة {t}", d=c.d(), t=c.t())
    c.ln("اسم العميل: {n}", n=p.full)
    c.ln("{w}: {ph}", w=c.by(eg="رقم الموبايل", _="رقم الجوال"), ph=c.phone("m"))
    c.ln("العنوان: {a}", a=c.addr())
    c.ln(
        p.gv(
            "الملخص: العميل يشتكي من خصم مبلغ {m} مرتين من بطاقته عند الشراء من {b}، رقم الطلب {o}.",
            "الملخص: العميلة تشتكي من خصم مبلغ {m} مرتين من بطاقتها عند الشراء من {b}، رقم الطلب {o}.",
        ),
        m=c.money(20, 300),
        b=b,
        o=c.ref("ORD-#######"),
    )
    c.ln(
        p.gv(
            "الإجراء: تم رفع طلب استرداد إلى القسم المالي، وسيتم التواصل معه خلال 3 أيام عمل.",
            "الإجراء: تم رفع طلب استرداد إلى القسم المالي، وسيتم التواصل معها خلال 3 أيام عمل.",
        )
    )
    c.e("الموظف: {ag}", ag=c.pick(ag.full, ag.given))


@T(8, 2)
def callnote_ru(c):
    c.use("ru-RU")
    p, ag = c.person(), c.person()
    c.ln("Звонок {d} {t}, оператор {ag}", d=c.d(), t=c.t(), ag=c.pick(ag.given, ag.full))
    c.ln("Клиент: {fio}, тел. {ph}", fio=p.rev, ph=c.phone())
    c.ln(
        p.gv(
            "Суть обращения: не пришёл возврат {m} по заказу № {o} ({b}). Клиент утверждает, что сдал товар в пункт выдачи {d}.",
            "Суть обращения: не пришёл возврат {m} по заказу № {o} ({b}). Клиентка утверждает, что сдала товар в пункт выдачи {d}.",
        ),
        m=c.money(20, 300),
        o=c.ref("########"),
        b=c.brand("Contoso", "Northwind"),
        d=c.d(),
    )
    c.ln("Адрес доставки подтверждён: {a}.", a=c.addr())
    c.e(
        "Решение: создана заявка {r}, срок ответа — 3 рабочих дня. {io} просит перезвонить после {h}:00.",
        r=c.ref("REQ-######"),
        io=p.io,
        h=c.ri(12, 19),
    )


@T(8, 3)
def callnote_es_free(c):
    c.use(*ES_ALL)
    c.ln("Resumen turno de mañana – {d}", d=c.d())
    c.ln(
        "Llamadas atendidas: {k} · TMO: {mm}:{ss} · Abandono: {pct}",
        k=c.ri(180, 900),
        mm=c.ri(4, 9),
        ss=f"{c.ri(0, 59):02d}",
        pct=c.pct(),
    )
    c.ln(
        "Incidencia masiva: caída de fibra {b} por {w}.",
        b=c.brand("Contoso", "Globex"),
        w=c.by(
            es="obras en la Castellana (Madrid)",
            mx="obras en Periférico Sur, CDMX",
            ar="obras en la avenida 9 de Julio",
            co="obras en la Carrera Séptima",
            cl="obras en la Alameda",
        ),
    )
    c.ln(
        "Motivos principales: facturación ({p1}), averías ({p2}), portabilidad ({p3}).",
        p1=c.pct(),
        p2=c.pct(),
        p3=c.pct(),
    )
    c.ln(
        "Escalados a backoffice: {k} casos (ref. {r1} y {r2}).",
        k=c.ri(3, 40),
        r1=c.ref("ESC-#####"),
        r2=c.ref("ESC-#####"),
    )
    c.e(
        "Nota: mañana a las {t} comparece el consejero delegado en rueda de prensa; no dar información a medios. "
        "Importe medio de compensación aprobado: {m}.",
        t=c.t(),
        m=c.money(5, 30),
    )


# ---- 9 press_enquiry ----
@T(9, 0)
def press_fr(c):
    c.use(*FR_ALL)
    p = c.person()
    outlet = c.by(
        fr=c.pick("Le Parisien", "Ouest-France", "Libération"),
        be=c.pick("Le Soir", "La Libre Belgique", "RTBF"),
        ca=c.pick("La Presse", "Le Devoir", "Radio-Canada"),
        ch=c.pick("Le Temps", "24 heures", "RTS"),
        sn=c.pick("Le Soleil", "Seneweb"),
        ma=c.pick("Le Matin", "TelQuel", "Médias24"),
    )
    tld = c.by(fr="fr", be="be", ca="ca", ch="ch", sn="sn", ma="ma")
    topic = c.pick(
        "les coupures de service du week-end",
        "les prélèvements en double",
        "la fuite de données annoncée mardi",
    )
    c.ln("Objet : Demande de réaction – {t}", t=topic)
    c.ln()
    c.ln("Bonjour,")
    c.ln(
        "Je suis {n}, journaliste à {o}. Nous préparons un article sur {t} concernant plusieurs clients de {b}, notamment à {city}.",
        n=p.full,
        o=outlet,
        t=topic,
        b=c.brand(),
        city=c.cityname(),
    )
    c.ln(
        "Pourriez-vous me faire parvenir une réaction avant {h} aujourd'hui ? Un porte-parole serait-il disponible pour une "
        "courte interview ?",
        h=c.pick("12 h", "15 h", "17 h 30"),
    )
    c.ln(
        "Je suis joignable au {ph} ou par mail : {em}.", ph=c.phone("m"), em=p.work(f"{_slug(outlet)}.{tld}")
    )
    c.ln()
    c.ln("Bien à vous,")
    c.ln("{n}", n=p.full)
    c.e("{o} – service {s}", o=outlet, s=c.pick("économie", "société", "enquêtes"))


@T(9, 1)
def press_da(c):
    c.use("da-DK")
    p = c.person()
    outlet = c.pick("DR Nyheder", "Politiken", "Berlingske", "TV 2 Lorry", "Ekstra Bladet")
    topic = c.pick("de mange nedbrud i jeres app", "de dobbelte betalinger", "forsinkede leveringer før jul")
    b = c.brand()
    c.ln("Emne: Henvendelse fra {o} om {t}", o=outlet, t=topic)
    c.ln()
    c.ln("Hej,")
    c.ln(
        "Mit navn er {n}, og jeg er journalist på {o}. Vi arbejder på en historie om {t}, og flere af jeres kunder har "
        "kontaktet os.",
        n=p.full,
        o=outlet,
        t=topic,
    )
    c.ln("Kan I svare på følgende spørgsmål inden kl. {t} i dag?", t=c.t("."))
    c.ln("1. Hvor mange kunder er berørt?")
    c.ln("2. Hvornår forventer {b} at problemet er løst?", b=b)
    c.ln("3. Får kunderne kompensation?")
    c.ln("Ring gerne på {ph}, hvis det er nemmere.", ph=c.phone("m"))
    c.ln()
    c.ln("Venlig hilsen")
    c.ln("{n}", n=c.pick(p.full, p.given))
    c.e("{o}", o=outlet)


@T(9, 2)
def press_de(c):
    c.use(*DE_ALL)
    p, q1, q2 = c.person(), c.person(), c.person()
    outlet = c.by(
        de=c.pick("Süddeutsche Zeitung", "Der Tagesspiegel", "WDR"),
        at=c.pick("Der Standard", "Die Presse", "ORF"),
        ch=c.pick("NZZ", "Tages-Anzeiger", "SRF"),
    )
    dom = f"{_slug(outlet)}.{c.L.reg}"
    subj, topic = c.pick(
        ("Störungen beim Onlinebanking", "die Störungen beim Onlinebanking"),
        ("Preiserhöhung zum 1. Januar", "die Preiserhöhung zum 1. Januar"),
        ("Datenabfluss bei einem Dienstleister", "den Datenabfluss bei einem Dienstleister"),
    )
    c.ln("Von: {em}", em=p.work(dom))
    c.ln("An: presse@nw-gruppe.com")
    if c.maybe(0.7):
        c.ln("Cc: {cc}", cc=Seq((q1.work(dom), q2.work(dom)), ", "))
    c.ln("Betreff: Presseanfrage {o}: {t}", o=outlet, t=subj)
    c.ln()
    c.ln("Sehr geehrte Damen und Herren,")
    c.ln(
        "für einen Beitrag über {t} bitten wir um eine Stellungnahme von {b}. Konkret: Seit wann ist das Problem bekannt, "
        "und wie viele Kundinnen und Kunden sind betroffen?",
        t=topic,
        b=c.brand(),
    )
    c.ln("Unser Redaktionsschluss ist heute um {t} Uhr. Gern können Sie mich auch direkt anrufen.", t=c.t())
    c.ln()
    c.ln("Mit freundlichen Grüßen")
    c.ln("{n}", n=p.full)
    c.ln("Ressort Wirtschaft, {o}", o=outlet)
    c.e("Tel. {ph}", ph=c.phone())


@T(9, 3)
def press_fi(c):
    c.use("fi-FI")
    p = c.person()
    outlet = c.pick("Helsingin Sanomat", "Yle Uutiset", "Ilta-Sanomat", "Aamulehti", "Kauppalehti")
    c.ln(
        "Aihe: Haastattelupyyntö – {t}",
        t=c.pick("palvelukatkot", "kaksinkertaiset veloitukset", "viivästyneet toimitukset"),
    )
    c.ln()
    c.ln("Hei,")
    c.ln(
        "olen toimittaja {n} ({o}). Teemme juttua {t}, jotka ovat koskeneet useita {b}-palvelun asiakkaita, ja haluaisimme "
        "kuulla myös teidän näkemyksenne.",
        n=p.full,
        o=outlet,
        t=c.pick(
            "viime viikon palvelukatkoista", "kaksinkertaisista veloituksista", "viivästyneistä toimituksista"
        ),
        b=c.brand("Contoso", "Globex", "Northwind"),
    )
    c.ln("Olisiko mahdollista saada kommentti tänään klo {t} mennessä?", t=c.t("."))
    c.ln(
        "Tavoitat minut numerosta {ph} tai sähköpostitse {em}.",
        ph=c.phone("m"),
        em=p.work(f"{_slug(outlet)}.fi"),
    )
    c.ln()
    c.ln("Ystävällisin terveisin")
    c.ln("{n}", n=p.full)
    c.e("{o}", o=outlet)


# ---- 10 news_comment ----
@T(10, 0)
def comments_hr(c):
    c.use("hr-HR")
    p, q, z = c.person(), c.person(), c.person()
    b = c.brand("Globex", "Contoso", "Northwind")
    c.ln("Komentari ({k})", k=c.ri(3, 140))
    c.ln("{h} · prije {x} sati", h=p.handle, x=c.ri(1, 9))
    c.ln(
        "Ovo s {b} je sramota. Čekam povrat {m} {od}, a na telefonu vas samo prebacuju s jednog na drugog.",
        b=b,
        m=c.money(20, 300),
        od=c.pick("od ožujka", "od svibnja", "od prošlog mjeseca"),
    )
    c.ln("{h} · prije {y} min", h=q.handle, y=c.ri(2, 50))
    c.ln(
        "@{h} isto meni! Tko želi zajedničku tužbu neka se javi na {ph} ili {em}.",
        h=p.handle,
        ph=c.phone("m"),
        em=q.mail,
    )
    c.ln("{h} · prije {y} min", h=z.handle, y=c.ri(1, 20))
    c.e("Pa šta ste očekivali, pisalo je i u Jutarnjem da imaju problema još od ljeta.")


@T(10, 1)
def comments_sr(c):
    c.use("sr-RS")
    p, q = c.person(), c.person()
    b = c.brand("Globex", "Contoso")
    c.ln("{n} je {w} ({d} u {t}):", n=p.full, w=p.gv("napisao", "napisala"), d=c.d(), t=c.t())
    c.ln(
        "Već tri dana nemamo struju u celoj ulici, a iz {b}-a ništa. Moja adresa je {a}, zovem ih svaki dan i kažu „radi se na "
        "tome“.",
        b=b,
        a=c.addr(),
    )
    c.ln("Odgovori ({k}):", k=c.ri(2, 30))
    c.ln("{h}: Kod nas na Vračaru isto, ceo blok bez struje od ponedeljka.", h=q.handle)
    c.e(
        "{n}: ko hoće da se udružimo i podnesemo prijavu, moj broj je {ph}.",
        n=c.pick(p.given, p.full),
        ph=c.phone("m"),
    )


@T(10, 2)
def comments_it_free(c):
    c.use("it-IT")
    b = c.brand("Tailspin Air", "Northwind", "Globex")
    c.ln("Commenti ({k})", k=c.ri(12, 400))
    c.ln("TifosoViola77 · {h} ore fa", h=c.ri(1, 9))
    c.ln(
        "Ennesimo disastro di {b}. Il sindaco dice che è colpa del governo, il governo dà la colpa all'Europa. Intanto noi "
        "paghiamo {m} in più in bolletta.",
        b=b,
        m=c.money(20, 80),
    )
    c.ln("Pendolare_Stanco · {h} ore fa", h=c.ri(1, 9))
    c.ln(
        "A Milano in via Padova e in corso Buenos Aires stessa storia dal {d}. Nessuno risponde al numero verde.",
        d=c.dm("it"),
    )
    c.ln("LettoreMilanese · {m} min fa", m=c.ri(2, 59))
    c.e("Ne ha parlato anche Report su Rai 3, aumento del {pct} in due anni. Vergogna.", pct=c.pct())


@T(10, 3)
def comments_gl(c):
    c.use("gl-ES")
    p, q, z = c.person(), c.person(), c.person()
    b = c.brand("Globex", "Contoso")
    c.ln("Comentarios ({k})", k=c.ri(3, 90))
    c.ln("{n} · hai {x} horas", n=p.full, x=c.ri(1, 12))
    c.ln(
        "Levamos tres días sen luz en {lugar} e ninguén de {b} dá a cara. Teño unha persoa maior na casa e a neveira xa cheira.",
        lugar=c.pick("Teis", "Conxo", "Monte Alto", "O Castiñeiriño"),
        b=b,
    )
    c.ln("{h} · hai {y} minutos", h=q.handle, y=c.ri(2, 59))
    c.ln(
        "@{u} aquí igual, na miña rúa ({a}) levan dende o martes coa avaría. Se alguén quere organizar unha reclamación "
        "conxunta, chamade ao {ph}.",
        u=p.handle,
        a=c.addr(),
        ph=c.phone("m"),
    )
    c.ln("{n} · hai {y} minutos", n=z.short, y=c.ri(1, 30))
    c.e("Vergonza. E logo suben a factura un {pct}.", pct=c.pct())


# ---- 11 incident_note ----
@T(11, 0)
def incident_de(c):
    c.use(*DE_ALL)
    s1, s2, cu = c.person(), c.person(), c.person()
    dom = c.pick("ntw-holding.de", "konzern-it.de")
    ts = _times(c, 4)
    c.ln(
        "INCIDENT {r} – {title}",
        r=c.ref("INC#######"),
        title=c.pick(
            "Auffällige Login-Versuche Kundenportal",
            "Ausfall Zahlungsabwicklung",
            "Phishing-Welle mit gefälschten SMS",
        ),
    )
    c.ln("Erstellt: {d} {t} von {n}", d=c.d(), t=ts[0], n=s1.full)
    c.ln(
        "Betroffen: {b} Kundenportal, ca. {k} Kundenkonten",
        b=c.brand("Northwind Bank", "Fabrikam Pay", "Contoso"),
        k=c.ri(20, 4000),
    )
    c.ln("Verlauf:")
    c.ln("- {t} Anstieg fehlgeschlagener Logins von {ip1} und {ip2}", t=ts[0], ip1=c.ip(False), ip2=c.ip())
    c.ln("- {t} {g} sperrt den IP-Bereich an der WAF, Ticket an SOC", t=ts[1], g=s2.given)
    c.ln(
        "- {t} {k} {n} meldet sich telefonisch ({ph}), Konto vorsorglich gesperrt",
        t=ts[2],
        k=cu.gv("Kunde", "Kundin"),
        n=cu.full,
        ph=c.phone(),
    )
    c.ln("- {t} Lage stabil, Monitoring läuft weiter", t=ts[3])
    c.ln("Nächste Schritte: Passwort-Reset für betroffene Konten, Meldung an Datenschutz bis {d}.", d=c.d())
    c.e("Verteiler: {cc}", cc=Seq((s1.work(dom), s2.work(dom), f"soc@{dom}"), "; "))


@T(11, 1)
def incident_es(c):
    c.use(*ES_ALL)
    st, cu = c.person(), c.person()
    c.ln("NOTA INTERNA – Incidencia {r}", r=c.ref("INC-####-###"))
    c.ln("Oficina: {city} · Redacta: {n} · {d}", city=c.cityname(), n=st.full, d=c.d())
    c.ln(
        cu.gv(
            "Resumen: el cliente {n} se presentó en la oficina de {b} ubicada en {st} muy alterado.",
            "Resumen: la clienta {n} se presentó en la oficina de {b} ubicada en {st} muy alterada.",
        ),
        n=cu.full,
        b=c.brand("Northwind Bank", "Fabrikam Pay"),
        st=c.pick(*c.L.streets),
    )
    c.ln(
        "Refiere cargos no reconocidos por {m} y dice haber recibido un SMS con un enlace falso. Se revisaron los accesos a "
        "su banca en línea: hubo dos inicios de sesión desde la IP {ip}, que no corresponde a su ubicación habitual.",
        m=c.money(100, 2000),
        ip=c.ip(),
    )
    c.ln("Datos de contacto: {ph} / {em}", ph=c.phone(), em=cu.mail)
    c.e("Acciones: bloqueo preventivo de tarjetas, denuncia pendiente. Se informa a Seguridad Corporativa.")


@T(11, 2)
def incident_fr(c):
    c.use(*FR_EU)
    st, cu, te = c.person(), c.person(), c.person()
    dom = c.pick("groupe-energie.fr", "reseau-services.eu")
    ts = _times(c, 3, "h")
    c.ln("Note d'incident – site de {site} – {d}", site=c.cityname(), d=c.d())
    c.ln("Rédigée par : {n}", n=st.full)
    c.ln(
        "• {t} : alerte {w} sur le réseau {b}",
        t=ts[0],
        w=c.pick("coupure fibre", "surtension", "fuite de gaz signalée"),
        b=c.brand("Globex", "Contoso"),
    )
    c.ln(
        "• {k} : {ti} {s} ({ph})",
        k=cu.gv("Client concerné", "Cliente concernée"),
        ti=cu.gv("M.", "Mme"),
        s=cu.sur,
        ph=c.phone(),
    )
    c.ln("• Adresse d'intervention : {a}", a=c.addr())
    c.ln("• Technicien sur place : {g}", g=te.given)
    c.ln("• {t} : rétablissement partiel, {k} foyers toujours sans service", t=ts[2], k=c.ri(10, 900))
    c.e("Diffusion : {cc}", cc=Seq((st.work(dom), te.work(dom)), ", "))


@T(11, 3)
def incident_pl(c):
    c.use("pl-PL")
    st, cu = c.person(), c.person()
    c.ln("Notatka służbowa nr {r}", r=c.ref("NS/###/####"))
    c.ln("Data: {d}, godz. {t}", d=c.d(), t=c.t())
    c.ln("{w}: {n}", w=st.gv("Sporządził", "Sporządziła"), n=st.full)
    c.ln(
        cu.gv(
            "Opis zdarzenia: klient {n} zgłosił w oddziale {b} ({city}) nieautoryzowane transakcje na kwotę {m}.",
            "Opis zdarzenia: klientka {n} zgłosiła w oddziale {b} ({city}) nieautoryzowane transakcje na kwotę {m}.",
        ),
        n=cu.full,
        b=c.brand("Northwind Bank", "Fabrikam Pay"),
        city=c.cityname(),
        m=c.money(100, 3000),
    )
    c.ln(
        "Z logów wynika, że logowania wykonano z adresu IP {ip}, kilka minut po otrzymaniu fałszywego SMS-a.",
        ip=c.ip(),
    )
    c.ln("Dane kontaktowe: {ph}, {em}", ph=c.phone(), em=cu.mail)
    c.e("Podjęte działania: zastrzeżenie karty, zgłoszenie na policję (sygn. {sg}).", sg=c.ref("RSD-####/##"))


# ---- 12 hr_works_council_mail ----
@T(12, 0)
def hr_nl(c):
    c.use(*NL_ALL)
    hr, emp, orl = c.person(), c.person(), c.person()
    dom = c.by(be="groep-vlaanderen.be", _="nwholding.nl")
    c.ln("Van: {a}", a=hr.work(dom))
    c.ln("Aan: {a}", a=emp.work(dom))
    c.ln("Onderwerp: Uitnodiging gesprek – {d}", d=c.d())
    c.ln()
    c.ln("Beste {g},", g=emp.given)
    c.ln(
        "Naar aanleiding van de reorganisatie bij {b} nodigen wij je uit voor een gesprek op {d} om {t} uur.",
        b=c.brand("Contoso", "Northwind"),
        d=c.dm("nl"),
        t=c.t("."),
    )
    c.ln(
        "Aanwezig: {hr} (HR) en {orl} (lid {org}).",
        hr=hr.full,
        orl=orl.full,
        org=c.by(be="ondernemingsraad / vakbondsafvaardiging", _="ondernemingsraad"),
    )
    c.ln(
        "Locatie: kantoor {city}, vergaderzaal {z}. Je mag iemand meenemen als bijzitter.",
        city=c.cityname(),
        z=c.ref("#.##"),
    )
    c.ln("Heb je vragen, bel me gerust op {ph}.", ph=c.phone("m"))
    c.ln()
    c.ln("Met vriendelijke groet,")
    c.ln("{n}", n=hr.full)
    c.e("HR Business Partner")


@T(12, 1)
def hr_sv(c):
    c.use("sv-SE")
    hr, emp, f1, f2 = c.person(), c.person(), c.person(), c.person()
    c.ln("Ämne: Inför förhandlingen den {d}", d=c.dm("sv"))
    c.ln()
    c.ln("Hej {g}!", g=emp.given)
    c.ln(
        "Här kommer lite information inför MBL-förhandlingen om omorganisationen på {b}. Från facket deltar {a} och {b2}, "
        "från arbetsgivaren {hr}.",
        b=c.brand("Contoso", "Northwind"),
        a=f1.full,
        b2=f2.full,
        hr=hr.full,
    )
    c.ln(
        "Vi ses i konferensrummet på plan {k} kl. {t}. Kan du inte komma, meddela mig senast {d}.",
        k=c.ri(2, 8),
        t=c.t("."),
        d=c.d(),
    )
    c.ln("Din adress enligt personalsystemet är {a} – stämmer den? Annars hamnar beslutet fel.", a=c.addr())
    c.ln("Hör av dig på {ph} om du har frågor.", ph=c.phone("m"))
    c.e("/{n}, HR", n=c.pick(hr.given, hr.full))


@T(12, 2)
def hr_de(c):
    c.use(*DE_ALL)
    br, emp = c.person(), c.person()
    dom = c.by(at="ntw-holding.at", ch="ntw-holding.ch", _="ntw-holding.de")
    c.ln("Betreff: Einladung zur Betriebsratssitzung am {d}", d=c.d())
    c.ln()
    c.ln("Liebe Kolleginnen und Kollegen,")
    c.ln(
        "hiermit lade ich zur ordentlichen Sitzung des Betriebsrats der {b} Service GmbH ein. Beginn: {t} Uhr, Raum {r}.",
        b=c.brand("Contoso", "Northwind", "Globex"),
        t=c.t(),
        r=c.ref("@ #.##"),
    )
    c.ln("Tagesordnung:")
    c.ln("TOP 1: Genehmigung des Protokolls vom {d}", d=c.d())
    c.ln("TOP 2: Schichtplanung Standort {city}", city=c.cityname())
    c.ln("TOP 3: Personelle Einzelmaßnahme – Versetzung {n} nach {city}", n=emp.full, city=c.cityname())
    c.ln("TOP 4: Verschiedenes")
    c.ln()
    c.ln("Rückfragen bitte an {n}, Tel. {ph}, {em}.", n=br.full, ph=c.phone(), em=br.work(dom))
    c.ln("Mit kollegialen Grüßen")
    c.e("{g}", g=c.pick(br.given, br.full))


@T(12, 3)
def hr_fr_free(c):
    c.use(*FR_EU)
    b = c.brand("Contoso", "Northwind", "Globex")
    c.ln("Objet : Élections du CSE – calendrier")
    c.ln()
    c.ln("Chers collègues,")
    d1, d2 = c.dd()
    c.ln(
        "Les élections du Comité social et économique de {b} France auront lieu du {d1} au {d2}. Le vote se fera "
        "exclusivement par voie électronique.",
        b=b,
        d1=d1,
        d2=d2,
    )
    c.ln("Le protocole d'accord préélectoral a été signé par la CFDT, la CGT et FO le {d}.", d=c.dm("fr"))
    c.ln(
        "Rappel : la prime de partage de la valeur ({m}) sera versée avec la paie de {mois}. Le taux de participation "
        "attendu est de {pct}.",
        m=c.money(300, 1500),
        mois=c.pick("juin", "novembre", "décembre"),
        pct=c.pct(),
    )
    c.ln(
        "Les bureaux de vote physiques restent ouverts à La Défense et à Villeurbanne de {t1} à {t2}.",
        t1=c.pick("8h30", "9h"),
        t2=c.pick("17h", "18h30"),
    )
    c.e("La Direction des ressources humaines")


# ---- 13 regulator_letter ----
@T(13, 0)
def regulator_pt(c):
    c.use("pt-PT")
    p, off = c.person(), c.person()
    c.ln("Direção-Geral do Consumidor")
    c.ln("Ofício n.º {r}/DSPC/{y}", r=c.ref("####"), y=c.ri(2024, 2026))
    c.ln(
        "Assunto: Reclamação n.º {r} – {b}",
        r=c.ref("RL########"),
        b=c.brand("Contoso", "Globex", "Northwind"),
    )
    c.ln()
    c.ln("Exmos. Senhores,")
    c.ln(
        "Foi rececionada nesta Direção-Geral a reclamação apresentada por {n}, residente na {a}, relativa à faturação de "
        "serviços de comunicações eletrónicas no montante de {m}.",
        n=p.full,
        a=c.addr(),
        m=c.money(40, 500),
    )
    c.ln(
        p.gv(
            "Solicita-se que V. Exas. informem, no prazo de 10 dias úteis, das diligências efetuadas junto do reclamante, "
            "que pode ser contactado pelo {ph}.",
            "Solicita-se que V. Exas. informem, no prazo de 10 dias úteis, das diligências efetuadas junto da reclamante, "
            "que pode ser contactada pelo {ph}.",
        ),
        ph=c.phone(),
    )
    c.ln()
    c.ln("Com os melhores cumprimentos,")
    c.ln("{n}", n=off.full)
    c.e(off.gv("Técnico Superior", "Técnica Superior"))


@T(13, 1)
def regulator_fr(c):
    c.use("fr-FR", "fr-BE")
    p, off = c.person(), c.person()
    c.ln(
        c.by(
            be="SPF Économie – Direction générale de l'Inspection économique",
            _="Direction départementale de la protection des populations",
        )
    )
    c.ln("Réf. : {r} – Dossier suivi par {o}", r=c.ref("DDPP-####-#####"), o=off.full)
    c.ln(c.by(be="Objet : plainte n° {r}", _="Objet : signalement SignalConso n° {r}"), r=c.ref("########"))
    c.ln()
    c.ln("Madame, Monsieur,")
    c.ln(
        "Nos services ont été saisis par {t} {n}, demeurant {a}, au sujet de pratiques commerciales de votre société {b} "
        "(démarchage téléphonique répété et facturation d'options non souscrites pour un montant de {m}).",
        t=p.gv("M.", "Mme"),
        n=p.full,
        a=c.addr(),
        b=c.brand("Contoso", "Globex"),
        m=c.money(30, 400),
    )
    c.ln(
        p.gv(
            "Je vous invite à me faire connaître vos observations dans un délai de quinze jours. Le consommateur peut être "
            "joint au {ph}.",
            "Je vous invite à me faire connaître vos observations dans un délai de quinze jours. La "
            "consommatrice peut être jointe au {ph}.",
        ),
        ph=c.phone(),
    )
    c.ln("Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.")
    c.ln()
    c.ln("{o}", o=off.full)
    c.ln(off.gv("Inspecteur", "Inspectrice"))
    c.e("Courriel : {em}", em=off.work(c.by(be="economie.fgov.be", _="dgccrf.finances.gouv.fr")))


@T(13, 2)
def regulator_es(c):
    c.use(*ES_ALL)
    p, off = c.person(), c.person()
    b = c.brand("Contoso", "Globex", "Northwind")
    c.ln(
        c.by(
            es="Agencia Española de Consumo – Junta Arbitral Nacional de Consumo",
            mx="Procuraduría Federal del Consumidor (Profeco)",
            ar="Dirección Nacional de Defensa del Consumidor",
            co="Superintendencia de Industria y Comercio",
            cl="Servicio Nacional del Consumidor (SERNAC)",
        )
    )
    c.ln("Expediente: {r}", r=c.ref("EXP-####/######"))
    c.ln("Asunto: Traslado de reclamación – {b}", b=b)
    c.ln()
    c.ln(
        "Por medio del presente se da traslado a {b} de la reclamación interpuesta por {t} {n}, con domicilio en {a}, teléfono "
        "{ph}, por la presunta negativa a tramitar la baja del servicio contratado el {d}.",
        b=b,
        t=c.by(mx=p.gv("el C.", "la C."), es=p.gv("D.", "Dña."), _=p.gv("el señor", "la señora")),
        n=p.full,
        a=c.addr(),
        ph=c.phone(),
        d=c.d(),
    )
    c.ln(
        "Se concede un plazo de diez días hábiles para presentar alegaciones y, en su caso, una propuesta de solución. "
        "El importe reclamado asciende a {m}.",
        m=c.money(40, 700),
    )
    c.ln()
    c.ln("Atentamente,")
    c.ln("{n}", n=off.full)
    c.e(off.gv("Jefe de Sección de Reclamaciones", "Jefa de Sección de Reclamaciones"))


@T(13, 3)
def regulator_it(c):
    c.use("it-IT")
    p, off = c.person(), c.person()
    c.ln(
        c.pick("Garante per la protezione dei dati personali", "Autorità per le Garanzie nelle Comunicazioni")
    )
    c.ln("Prot. n. {r} del {d}", r=c.ref("######"), d=c.d())
    c.ln(
        "Oggetto: reclamo presentato da {n} nei confronti di {b} S.p.A.",
        n=p.full,
        b=c.brand("Contoso", "Globex", "Northwind"),
    )
    c.ln()
    c.ln(
        "Con riferimento al reclamo in oggetto, si invita codesta Società a fornire, entro 30 giorni, riscontro in merito alla "
        "richiesta di cancellazione dei dati personali avanzata {da}, residente in {a}, in data {d}.",
        da=p.gv("dall'interessato", "dall'interessata"),
        a=c.addr(),
        d=c.d(),
    )
    c.ln(
        "Si segnala che {x} lamenta la ricezione di chiamate promozionali sulla propria utenza {ph} nonostante l'iscrizione al "
        "Registro pubblico delle opposizioni.",
        x=p.gv("l'interessato", "l'interessata"),
        ph=c.phone(),
    )
    c.ln()
    c.ln("Il funzionario responsabile")
    c.e("{n}", n=c.pick(off.full, off.init))


# ---- 14 delivery_message ----
@T(14, 0)
def delivery_cs(c):
    c.use("cs-CZ")
    cour = c.person()
    t1 = c.ri(8, 16)
    c.ln("SMS {d} {t}:", d=c.d(), t=c.t())
    c.ln(
        "Zásilka {r} od {b} bude doručena dnes mezi {a}:00–{z}:00. Kurýr {k}, tel. {ph}. Adresa: {adr}.",
        r=c.ref("CZ##########"),
        b=c.brand("Contoso", "Northwind"),
        a=t1,
        z=t1 + 2,
        k=cour.given,
        ph=c.phone("m"),
        adr=c.addr(),
    )
    c.ln()
    c.ln("SMS {d} {t}:", d=c.d(), t=c.t())
    c.e(
        "Dobrý den, jsem před domem, zvonek nefunguje. Počkám {m} minut u vchodu, pak nechám balík na výdejním místě {v}. {k}",
        m=c.ri(5, 10),
        v=c.pick("Zásilkovna Náměstí Míru", "Alzabox Hlavní nádraží", "Balíkovna Smíchov"),
        k=cour.given,
    )


@T(14, 1)
def delivery_sk(c):
    c.use("sk-SK")
    p, cour = c.person(), c.person()
    t1 = c.ri(8, 16)
    c.ln(
        "Vaša zásielka {r} je na ceste. Doručíme ju dnes {d} medzi {a}:00 a {z}:00 na adresu {adr}. Kuriér: {k}, {ph}.",
        r=c.ref("SK##########"),
        d=c.d(),
        a=t1,
        z=t1 + 3,
        adr=c.addr(),
        k=cour.given,
        ph=c.phone("m"),
    )
    c.ln(
        "Ak nebudete doma, zásielku si môžete vyzdvihnúť na výdajnom mieste {v}. Dobierka: {m}.",
        v=c.pick("Z-BOX Hlavná stanica", "Packeta Aupark", "Tesco Zlaté piesky"),
        m=c.money(20, 200),
    )
    c.ln()
    c.e(
        "Odpoveď: Dobrý deň, prosím nechajte balík u susedky na 2. poschodí, volám sa {n}. Ďakujem!", n=p.full
    )


@T(14, 2)
def delivery_tr_free(c):
    c.use("tr-TR")
    b = c.brand("Contoso", "Northwind")
    c.ln(
        "Sayın müşterimiz, {o} numaralı siparişiniz {sube} şubemizden yola çıkmıştır. Tahmini teslim: {d}.",
        o=c.ref("##########"),
        sube=c.pick("Kadıköy", "Çankaya", "Bornova", "Nilüfer"),
        d=c.d(),
    )
    c.ln(
        "Kapıda ödeme tutarı: {m}. Takip için {b} mobil uygulamasını kullanabilirsiniz.",
        m=c.money(15, 200),
        b=b,
    )
    c.ln()
    d1, d2 = c.dd()
    c.e(
        "Bilgilendirme: Bayram nedeniyle {d1}–{d2} tarihleri arasında İstanbul Anadolu yakasında teslimatlarda gecikme "
        "yaşanabilir. Anlayışınız için teşekkür ederiz. Mersis No: {mersis}",
        d1=d1,
        d2=d2,
        mersis=c.ref("################"),
    )


@T(14, 3)
def delivery_nb(c):
    c.use("nb-NO")
    p, dr = c.person(), c.person()
    c.ln(
        "Hei {g}! Pakken din fra {b} ({r}) er klar for henting hos {v} frem til {d}. Hentekode: {k}.",
        g=p.given,
        b=c.brand("Contoso", "Northwind"),
        r=c.ref("70##########NO"),
        v=c.pick("Coop Extra Grünerløkka", "Kiwi Majorstuen", "Rema 1000 Sentrum"),
        d=c.d(),
        k=c.ref("####"),
    )
    c.ln(
        "Sjåføren {s} prøvde å levere i dag kl. {t}, men ingen var hjemme på {a}.",
        s=dr.given,
        t=c.t("."),
        a=c.addr(),
    )
    c.e(
        "Spørsmål? Send SMS til sjåføren på {ph}. Beløp å betale ved henting: {m}.",
        ph=c.phone("m"),
        m=c.money(10, 100),
    )


# ---- 15 bank_fraud_report ----
@T(15, 0)
def fraud_es(c):
    c.use("es-ES", "es-ES", "es-MX", "es-AR", "es-CO", "es-CL")
    p = c.person()
    es = c.L.reg == "es"
    k = c.ri(2, 4)
    c.ln("Asunto: Cargos no reconocidos en mi tarjeta – URGENTE")
    c.ln()
    c.ln("Hola, buenas tardes:")
    c.ln(
        (
            "Soy {n}, cliente de {b}. Esta mañana me han llegado {k} notificaciones de compras que yo no he hecho con la tarjeta {cc}:"
            if es
            else "Soy {n}, cliente de {b}. Hoy en la mañana me llegaron {k} notificaciones de compras que yo no hice con la tarjeta {cc}:"
        ),
        n=p.full,
        b=c.brand("Northwind Bank", "Fabrikam Pay"),
        k=k,
        cc=c.card(),
    )
    for _ in range(k):
        c.ln(
            "- {m} en {shop} ({d}, {t})",
            m=c.money(10, 400),
            shop=c.pick(
                "AMZN Mktp", "Steam Purchase", "Uber *Trip", "Apple.com/bill", "Shein", "Booking.com"
            ),
            d=c.d(),
            t=c.t(),
        )
    if es:
        c.ln(
            "Ya la he bloqueado desde la app. Por favor, anulad los cargos y devolvedme el dinero a la cuenta {ib}.",
            ib=c.iban(),
        )
    else:
        c.ln(
            "Ya la bloqueé desde la app. Por favor, anulen los cargos y devuélvanme el dinero lo antes posible."
        )
    c.e("Mi teléfono: {ph}. Gracias.", ph=c.phone("m"))


@T(15, 1)
def fraud_de(c):
    c.use(*DE_ALL)
    p = c.person()
    c.ln("Betrugsmeldung – Online-Formular")
    c.ln("Name: {n}", n=p.rev if c.maybe(0.3) else p.full)
    c.ln("Kundennummer: {k}", k=c.ref("##########"))
    c.ln("Karte (vollständig): {cc}", cc=c.card())
    c.ln("IBAN: {ib}", ib=c.iban())
    c.ln(
        "Beschreibung: Ich habe eine SMS erhalten: „Ihr {b}-Konto wurde eingeschränkt, bitte bestätigen Sie Ihre Daten“ und "
        "auf den Link geklickt. Danach wurden {m} abgebucht.",
        b=c.brand("Northwind Bank", "Fabrikam Pay"),
        m=c.money(100, 2500),
    )
    c.ln("Letzte Anmeldung laut Banking-App: {d}, {t} Uhr, IP {ip}", d=c.d(), t=c.t(), ip=c.ip())
    c.e("Rückruf erwünscht unter: {ph}", ph=c.phone())


@T(15, 2)
def fraud_pt(c):
    c.use("pt-BR")
    p, g = c.person(), c.person()
    c.ln("Relato de fraude – protocolo {r}", r=c.ref("2025############"))
    c.ln("Cliente: {n}", n=p.full)
    c.ln("Cartão: {cc}", cc=c.card())
    c.ln(
        "Descrição: recebi uma ligação de alguém dizendo ser da central de segurança do {b}. A pessoa sabia meu nome e os últimos "
        'dígitos do cartão e me pediu para fazer um Pix de {m} "para proteger a conta".',
        b=c.brand("Northwind Bank", "Fabrikam Pay"),
        m=c.money(100, 1500),
    )
    c.ln("Chave Pix do golpista: {k} (em nome de {n})", k=c.pick(g.mail, c.phone("m")), n=g.full)
    c.e("Contato: {ph} / {em}", ph=c.phone("m"), em=p.mail)


@T(15, 3)
def fraud_he(c):
    c.use("he-IL")
    p = c.person()
    c.ln("נושא: חיוב לא מוכר בכרטיס האשראי")
    c.ln()
    c.ln("שלום,")
    c.ln(
        "שמי {n}, {lk} של {b}. הבוקר קיבלתי הודעה על עסקה בסך {m} שלא ביצעתי בכרטיס {cc}.",
        n=p.full,
        lk=p.gv("לקוח", "לקוחה"),
        b=c.brand("Northwind Bank", "Fabrikam Pay"),
        m=c.money(50, 900),
        cc=c.card(),
    )
    c.ln("חסמתי את הכרטיס באפליקציה, אבל אבקש לבטל את העסקה ולהחזיר את הכסף לחשבון {ib}.", ib=c.iban())
    c.ln("אפשר לחזור אליי בטלפון {ph} או במייל {em}.", ph=c.phone("m"), em=p.mail)
    c.ln()
    c.ln("תודה,")
    c.e("{g}", g=p.given)


# ---- 16 insurance_claim ----
@T(16, 0)
def claim_fr(c):
    c.use(*FR_ALL)
    p, w = c.person(), c.person()
    c.ln(
        "DÉCLARATION DE SINISTRE – contrat habitation n° {ctr} ({b} Assurances)",
        ctr=c.ref("HAB-########"),
        b=c.brand("Northwind", "Contoso"),
    )
    c.ln("Assuré(e) : {n}", n=p.full)
    c.ln("Adresse du risque : {a}", a=c.addr())
    c.ln("Téléphone : {ph} – E-mail : {em}", ph=c.phone(), em=p.mail)
    c.ln("Date et heure du sinistre : {d} vers {t}", d=c.d(), t=c.t("h"))
    nat = c.pick("dégât des eaux", "cambriolage", "incendie")
    c.ln("Nature : {x}", x=nat)
    if nat == "dégât des eaux":
        c.ln(
            "Circonstances : une fuite provenant de l'appartement du dessus, occupé par {t} {w}, a endommagé le plafond de la "
            "cuisine et du salon.",
            t=w.gv("M.", "Mme"),
            w=w.full,
        )
    else:
        c.ln(
            "Circonstances : constaté à mon retour ; ma voisine, {t} {w}, a prévenu les pompiers / la police (PV n° {pv}).",
            t=w.gv("M.", "Mme"),
            w=w.sur,
            pv=c.ref("####/#####"),
        )
    c.ln("Montant estimé des dommages : {m}", m=c.money(300, 6000))
    if c.L.iban:
        c.ln("Coordonnées bancaires pour l'indemnisation : {ib}", ib=c.iban())
    c.e("Fait à {city}, le {d}. Signature : {n}", city=c.cityname(), d=c.d(), n=p.full)


@T(16, 1)
def claim_nl(c):
    c.use(*NL_ALL)
    p, bu = c.person(), c.person()
    c.ln(
        "Schadeformulier {b} Verzekeringen – polisnr. {pol}",
        b=c.brand("Northwind", "Contoso"),
        pol=c.ref("P########"),
    )
    c.ln("Naam verzekeringnemer: {n}", n=p.full)
    c.ln("Adres: {a}", a=c.addr())
    c.ln("Telefoon: {ph}", ph=c.phone())
    c.ln("Datum schade: {d}", d=c.d())
    c.ln(
        "Omschrijving: tijdens de storm van {d} is er een dakpan losgekomen en op de auto van mijn {w} {bu} gevallen. De "
        "voorruit en de motorkap zijn beschadigd.",
        d=c.dm("nl"),
        w=bu.gv("buurman", "buurvrouw"),
        bu=bu.full,
    )
    c.ln("Geschat schadebedrag: {m}", m=c.money(400, 4000))
    c.e("Rekeningnummer voor uitkering: {ib} t.n.v. {n}", ib=c.iban(), n=p.init)


@T(16, 2)
def claim_it(c):
    c.use("it-IT")
    a, b_, w = c.person(), c.person(), c.person()
    st = c.L.streets
    c.ln("Constatazione amichevole di incidente – denuncia di sinistro")
    c.ln(
        "Data: {d}, ore {t} – Luogo: incrocio tra {s1} e {s2}, {city}",
        d=c.d(),
        t=c.t(),
        s1=st[0],
        s2=c.pick(*st[1:]),
        city=c.cityname(),
    )
    c.ln("Veicolo A – conducente: {n}, residente in {a}, tel. {ph}", n=a.full, a=c.addr(), ph=c.phone("m"))
    c.ln(
        "Veicolo B – conducente: {n}, tel. {ph}, compagnia: {b}",
        n=b_.full,
        ph=c.phone("m"),
        b=c.brand("Northwind", "Contoso"),
    )
    c.ln(
        "Dinamica: il veicolo B, proveniente da destra, non ha rispettato lo stop e ha urtato la fiancata del veicolo A."
    )
    if c.maybe(0.7):
        c.ln("Testimone: {n} ({ph})", n=w.full, ph=c.phone("m"))
    c.e("Danni stimati: {m}. Polizza n. {pol}.", m=c.money(500, 5000), pol=c.ref("RCA#######"))


@T(16, 3)
def claim_de_free(c):
    c.use(*DE_ALL)
    b = c.brand("Northwind", "Contoso")
    c.ln("Kundeninformation: Hagelunwetter vom {d}", d=c.d())
    c.ln(
        "Nach dem schweren Unwetter in {reg} haben uns bereits über {k} Schadenmeldungen erreicht. Die {b} Versicherung hat "
        "einen Krisenstab eingerichtet.",
        reg=c.by(at="der Steiermark", ch="der Ostschweiz", _="Oberbayern"),
        k=c.ri(800, 9000),
        b=b,
    )
    c.ln(
        "Bitte melden Sie Schäden an Dach, Fahrzeug oder Photovoltaikanlage bis zum {d} über die App. Für Schäden unter {m} "
        "ist kein Gutachter nötig.",
        d=c.d(),
        m=c.money(1000, 3000),
    )
    c.e(
        "Der Ministerpräsident besuchte am Montag die betroffenen Gemeinden; laut Deutschem Wetterdienst fielen Hagelkörner "
        "mit bis zu 5 cm Durchmesser. Schadennummern beginnen mit {pre}.",
        pre=c.ref("HG-##"),
    )


# ---- 17 utility_outage ----
@T(17, 0)
def outage_sl(c):
    c.use("sl-SI")
    p = c.person()
    c.ln("Prijava okvare – {b}", b=c.brand("Globex", "Contoso"))
    c.ln("Ime in priimek: {n}", n=p.full)
    c.ln("Naslov odjemnega mesta: {a}", a=c.addr())
    c.ln("Telefon: {ph}", ph=c.phone())
    if c.maybe(0.6):
        c.ln("E-pošta: {em}", em=p.mail)
    c.ln("Številka merilnega mesta: {st}", st=c.ref("########"))
    c.e(
        "Opis: Od {d} nimamo elektrike, izpad se je začel okoli {t}. Sosedje v isti ulici imajo enako težavo. Prosim za "
        "čimprejšnjo odpravo napake.",
        d=c.d(),
        t=c.t(),
    )


@T(17, 1)
def outage_et(c):
    c.use("et-EE")
    p = c.person()
    c.ln("Rikketeade nr {r}", r=c.ref("RT-######"))
    c.ln("Teataja: {n}", n=p.full)
    c.ln("Aadress: {a}", a=c.addr())
    c.ln("Telefon: {ph}", ph=c.phone("m"))
    c.ln(
        "Kirjeldus: alates {d} kella {t}-st ei ole meie majas elektrit. Naabrid samas tänavas kurdavad sama asja üle.",
        d=c.d(),
        t=c.t("."),
    )
    c.e(
        "Saatsin teate ka {b} kodulehe kaudu, aga vastust pole. Palun andke teada, millal rike kõrvaldatakse. Aitäh, {g}",
        b=c.brand("Globex", "Contoso"),
        g=p.given,
    )


@T(17, 2)
def outage_fi(c):
    c.use("fi-FI")
    p, nb = c.person(), c.person()
    c.ln("Vikailmoitus – sähkökatko ({b})", b=c.brand("Globex", "Contoso"))
    c.ln("Ilmoittaja: {n}", n=p.full)
    c.ln("Osoite: {a}", a=c.addr())
    c.ln("Puhelin: {ph}", ph=c.phone())
    c.ln("Asiakasnumero: {kn}", kn=c.ref("#######"))
    c.e(
        "Kuvaus: Sähköt katkesivat {d} noin klo {t}. Koko rapussa on pimeää ja hissi on jumissa. Naapuri ({nn}) kertoi, että "
        "katko koskee koko korttelia.",
        d=c.d(),
        t=c.t("."),
        nn=nb.full,
    )


@T(17, 3)
def outage_es(c):
    c.use(*ES_ALL)
    p = c.person()
    serv = c.pick("luz", "agua", "gas")
    c.ln("Reporte de corte de {s} – {b}", s=serv, b=c.brand("Globex", "Contoso"))
    c.ln("Nombre: {n}", n=p.full)
    c.ln("Dirección del suministro: {a}", a=c.addr())
    c.ln("Teléfono de contacto: {ph}", ph=c.phone("m"))
    c.ln("Nº de contrato: {ctr}", ctr=c.ref("##########"))
    c.e(
        "Descripción: sin {s} desde el {d} a las {t}. {w} está igual. {x}",
        s=serv,
        d=c.d(),
        t=c.t(),
        w=c.by(ar="Toda la cuadra", mx="Toda la cuadra", cl="Todo el pasaje", _="Toda la manzana"),
        x=c.pick(
            "Tengo a mi madre con oxígeno en casa, es urgente.",
            "Nadie contesta en el 800.",
            "Ya es la tercera vez este mes.",
        ),
    )


# ---- 18 municipal_school_notice ----
@T(18, 0)
def notice_cy(c):
    c.use("cy-GB")
    head = c.person()
    ysgol = c.pick("Ysgol Gynradd Llanrug", "Ysgol y Garnedd", "Ysgol Gymraeg Treganna", "Ysgol Penglais")
    c.ln(ysgol)
    c.ln()
    c.ln("Annwyl rieni a gwarcheidwaid,")
    c.ln(
        "Oherwydd toriad yn y cyflenwad trydan gan {b}, bydd yr ysgol ar gau {dydd} {d}.",
        b=c.brand("Globex", "Contoso"),
        dydd=c.pick("ddydd Llun", "ddydd Mawrth", "ddydd Mercher", "ddydd Iau", "ddydd Gwener"),
        d=c.d(),
    )
    c.ln(
        "Bydd gwersi'n cael eu gosod ar-lein. Os oes gennych unrhyw gwestiynau, cysylltwch â'r pennaeth, {n}, ar {ph} neu "
        "{em}.",
        n=head.full,
        ph=c.phone("f"),
        em=head.work(f"{_slug(ysgol)}.cymru"),
    )
    c.ln("Diolch am eich cydweithrediad,")
    c.e("{n}", n=head.full)


@T(18, 1)
def notice_ca(c):
    c.use("ca-ES")
    p = c.person()
    poble = c.cityname()
    c.ln("AJUNTAMENT DE {p}", p=poble.upper())
    c.ln("AVÍS ALS VEÏNS")
    c.ln()
    c.ln(
        "Per obres de renovació de la xarxa d'aigua, el {d} es tallarà el subministrament entre les {t1} i les {t2} h als "
        "carrers Major, de la Riera i del Carme.",
        d=c.dm("ca"),
        t1=c.pick("8", "9"),
        t2=c.pick("14", "15"),
    )
    c.ln(
        "Les persones afectades amb necessitats especials poden contactar amb {n}, {tec}, al {ph} o a {em}.",
        n=p.full,
        tec=p.gv("tècnic municipal", "tècnica municipal"),
        ph=c.phone(),
        em=p.work(f"{_slug(poble)}.cat"),
    )
    c.ln("L'empresa adjudicatària és {b} Serveis, SL.", b=c.brand("Globex", "Contoso"))
    c.ln("Disculpeu les molèsties.")
    c.e("{p}, {d}", p=poble, d=c.dm("ca", True))


@T(18, 2)
def notice_gl_free(c):
    c.use("gl-ES")
    c.ln("BANDO DA ALCALDÍA")
    c.ln()
    c.ln(
        "Con motivo das festas patronais, do {d1} ao {d2} quedará pechada ao tráfico a Rúa Real entre a Praza de María Pita e "
        "a Rúa Nova.",
        d1=c.dm("gl"),
        d2=c.dm("gl"),
    )
    c.ln(
        "As persoas residentes poderán solicitar a tarxeta de acceso na Oficina de Atención á Cidadanía ata o {d}. A taxa é de "
        "{m}.",
        d=c.d(),
        m=c.money(5, 20),
    )
    c.ln(
        "O concerto de Luz Casal será o sábado ás {t} na Praza do Obradoiro. Patrocina {b}.",
        t=c.t(),
        b=c.brand("Contoso", "Globex"),
    )
    c.e("O alcalde")


@T(18, 3)
def notice_eu(c):
    c.use("eu-ES")
    p = c.person()
    herria = c.pick("Donostiako", "Tolosako", "Eibarko", "Getxoko", "Gasteizko", "Bilboko")
    c.ln("{h} Udala", h=herria)
    c.ln("OHARRA")
    c.ln()
    c.ln(
        "Ur-hornidura etengo da {d} ({t1}:00-{t2}:00) Kale Nagusian eta inguruko kaleetan, sareko obrak direla eta.",
        d=c.d(),
        t1=c.pick("8", "9"),
        t2=c.pick("13", "14"),
    )
    c.ln("Obrak {b} enpresak egingo ditu.", b=c.brand("Globex", "Contoso"))
    c.ln("Informazio gehiago: {n} ({ph}, {em}).", n=p.full, ph=c.phone(), em=p.work("udala.eus"))
    c.e("Barkatu eragozpenak.")


# ---- 19 classified_ad ----
@T(19, 0)
def classified_is(c):
    c.use("is-IS")
    p = c.person()
    if c.maybe(0.5):
        c.ln("Til leigu: {k} herbergja íbúð", k=c.pick("2ja", "3ja", "4ra"))
        c.ln(
            "Björt og falleg íbúð á {h}. hæð, {fm} fm, laus frá {d}. Leiga {m} á mánuði, hússjóður innifalinn.",
            h=c.ri(1, 5),
            fm=c.ri(45, 120),
            d=c.d(),
            m=c.money(1500, 2800),
        )
    else:
        c.ln("Til sölu: {x}", x=c.pick("Lítið notaður ísskápur", "Barnavagn frá Emmaljunga", "Fjallahjól"))
        c.ln("Verð {m}. Keypt hjá {b} í fyrra.", m=c.money(50, 400), b=c.brand("Contoso", "Northwind"))
    c.ln("Heimilisfang: {a}", a=c.addr())
    c.e("Upplýsingar gefur {n} í síma {ph} eða á {em}.", n=p.full, ph=c.phone("m"), em=p.mail)


@T(19, 1)
def classified_ga(c):
    c.use("ga-IE")
    p = c.person()
    c.ln("AR DÍOL: {x}", x=c.pick("Rothar sléibhe", "Tolg leathair", "Cuisneoir beag", "Giotár leictreach"))
    c.ln(
        "I riocht an-mhaith, beagnach nua. Ceannaithe ó {b} anuraidh. Praghas: {m} nó an tairiscint is fearr.",
        b=c.brand("Contoso", "Northwind"),
        m=c.money(40, 400),
    )
    c.ln("Le bailiú ó: {a}", a=c.addr())
    c.e("Teagmháil: {n}, {ph} (tar éis a 6 i.n.) nó {em}", n=p.full, ph=c.phone("m"), em=p.mail)


@T(19, 2)
def classified_mt(c):
    c.use("mt-MT")
    p = c.person()
    c.ln(
        "GĦALL-BEJGĦ: "
        + c.pick("Sufan tal-ġilda", "Rota tal-muntanji", "Friġġ-friżer", "Washing machine ta' {b}"),
        b=c.brand("Contoso", "Northwind"),
    )
    c.ln("F'kundizzjoni tajba ħafna. Prezz: {m}.", m=c.money(40, 500))
    c.ln("Jinġabar minn {a}.", a=c.addr())
    c.e(
        "Għal aktar informazzjoni ċemplu lil {n} fuq {ph} jew ibgħatu email fuq {em}.",
        n=c.pick(p.full, p.given),
        ph=c.phone("m"),
        em=p.mail,
    )


@T(19, 3)
def classified_da(c):
    c.use("da-DK")
    p = c.person()
    c.ln(
        "Sælges: {x} – {m}",
        x=c.pick("Christiania-cykel", "Spisebordsstole (4 stk.)", "Barnevogn", "Vaskemaskine"),
        m=c.money(60, 700),
    )
    c.ln(
        "Næsten som ny, købt hos {b} i {y}. Nypris {m}.",
        b=c.brand("Contoso", "Northwind"),
        y=c.ri(2019, 2024),
        m=c.money(200, 1500),
    )
    c.ln("Kan afhentes på {a} efter kl. 17.", a=c.addr())
    c.e("Kontakt {g} på {ph} (helst sms). MobilePay modtages.", g=c.pick(p.given, p.full), ph=c.phone("m"))


# ---- 20 data_change_request ----
@T(20, 0)
def change_es(c):
    c.use(*ES_ALL)
    p = c.person()
    c.ln("SOLICITUD DE MODIFICACIÓN DE DATOS – {b}", b=c.brand("Contoso", "Globex", "Northwind Bank"))
    c.ln("Titular: {n}", n=p.full)
    c.ln("Nº de cliente: {kn}", kn=c.ref("#########"))
    c.ln("Domicilio anterior: {a}", a=c.addr())
    c.ln("Domicilio nuevo: {a}", a=c.addr())
    if c.L.iban:
        c.ln("Nueva cuenta de domiciliación (IBAN): {ib}", ib=c.iban())
    c.ln("{w}: {ph}", w=c.by(es="Teléfono móvil", _="Celular"), ph=c.phone("m"))
    c.ln("Correo electrónico: {em}", em=p.mail)
    c.e("Fecha y firma: {d} – {n}", d=c.d(), n=c.pick(p.full, p.init))


@T(20, 1)
def change_pt(c):
    c.use("pt-BR")
    p = c.person()
    c.ln("Solicitação de alteração cadastral – protocolo {r}", r=c.ref("################"))
    c.ln("Nome completo: {n}", n=p.full)
    c.ln(
        "E-mail antigo: {e1} → novo: {e2}",
        e1=p.mail,
        e2=Pii(EML, f"{p.g_lat}.{p.s_lat}{c.ri(1, 99)}@{c.pick(*c.L.mail)}"),
    )
    c.ln("Celular: {ph}", ph=c.phone("m"))
    c.ln("Endereço novo:")
    c.ln("{a}", a=c.addr("lines"))
    c.e(
        "Motivo: {m}. Favor atualizar também o endereço de entrega dos pedidos {b}.",
        m=c.pick("mudança", "casamento", "troca de operadora"),
        b=c.brand("Contoso", "Northwind"),
    )


@T(20, 2)
def change_fr(c):
    c.use(*FR_ALL)
    p = c.person()
    c.ln("Objet : changement de coordonnées – dossier client n° {kn}", kn=c.ref("########"))
    c.ln()
    c.ln("Madame, Monsieur,")
    c.ln("je vous informe de mon changement d'adresse à compter du {d}.", d=c.d())
    c.ln("Ancienne adresse : {a}", a=c.addr())
    c.ln("Nouvelle adresse :")
    c.ln("{a}", a=c.addr("lines"))
    if c.L.iban:
        c.ln(
            "Merci de prélever désormais mes mensualités {b} sur le compte {ib}.",
            b=c.brand("Globex", "Contoso"),
            ib=c.iban(),
        )
    else:
        c.ln(
            "Merci de transférer mon abonnement {b} à cette nouvelle adresse.", b=c.brand("Globex", "Contoso")
        )
    c.ln("Nouveau numéro de téléphone : {ph}", ph=c.phone())
    c.ln()
    c.ln("Cordialement,")
    c.e("{n}", n=p.full)


@T(20, 3)
def change_nl_free(c):
    c.use(*NL_ALL)
    b = c.brand("Contoso", "Globex", "Northwind Bank")
    c.ln("Veelgestelde vragen – gegevens wijzigen bij {b}", b=b)
    c.ln(
        "Verhuisd? Geef uw nieuwe adres uiterlijk {k} werkdagen vóór de verhuisdatum door via Mijn {b}.",
        k=c.ri(5, 10),
        b=b,
    )
    c.ln(
        "Let op: bij verhuizing naar Amsterdam-Noord of Almere geldt vanaf {d} een nieuw tarief van {m} per maand.",
        d=c.d(),
        m=c.money(20, 60),
    )
    c.ln(
        "Een nieuw rekeningnummer wijzigt u in de app onder Instellingen > Betalen. De wijziging is binnen {k} dagen actief.",
        k=c.ri(2, 5),
    )
    c.e(
        "Klantenservice is bereikbaar op werkdagen van {t1} tot {t2} uur; gemiddelde wachttijd deze week: {w} minuten.",
        t1=c.pick("8.00", "8.30"),
        t2=c.pick("17.30", "20.00"),
        w=c.ri(3, 25),
    )


# ---- 21 refund_request ----
@T(21, 0)
def refund_de(c):
    c.use(*DE_ALL)
    p = c.person()
    d1, d2 = c.dd()
    c.ln("Muster-Widerrufsformular")
    c.ln("An: {b} Online GmbH, Kundenservice, kundenservice@shop-nord.de", b=c.brand("Contoso", "Northwind"))
    c.ln(
        "Hiermit widerrufe ich den von mir abgeschlossenen Vertrag über den Kauf der folgenden Waren: {x} (Bestellnummer {o})",
        x=c.pick("Kaffeevollautomat", "Bluetooth-Kopfhörer", "Staubsaugerroboter"),
        o=c.ref("#########"),
    )
    c.ln("Bestellt am {d1} / erhalten am {d2}", d1=d1, d2=d2)
    c.ln("Name des Verbrauchers: {n}", n=p.full)
    c.ln("Anschrift des Verbrauchers:")
    c.ln("{a}", a=c.addr("lines"))
    c.ln("Bitte Erstattung auf: {ib}", ib=c.iban())
    c.e("Datum: {d}", d=c.d())


@T(21, 1)
def refund_uk(c):
    c.use("uk-UA")
    p = c.person()
    c.ln("Тема: Повернення коштів за замовлення № {o}", o=c.ref("#########"))
    c.ln()
    c.ln("Добрий день!")
    c.ln(
        "Мене звати {n}. {d} я {w} у вашому інтернет-магазині {b} {x} за {m}, але товар прийшов пошкодженим.",
        n=p.full,
        d=c.d(),
        w=p.gv("замовив", "замовила"),
        b=c.brand("Contoso", "Northwind"),
        x=c.pick("пилосос", "кавоварку", "ноутбук"),
        m=c.money(40, 500),
    )
    c.ln("Прошу повернути кошти на мій рахунок {ib} або на картку {cc}.", ib=c.iban(), cc=c.card())
    c.ln("Мій телефон: {ph}", ph=c.phone("m"))
    c.ln("Адреса доставки: {a}", a=c.addr())
    c.ln()
    c.e("З повагою, {n}", n=c.pick(p.full, p.rev))


@T(21, 2)
def refund_it(c):
    c.use("it-IT")
    p, ag = c.person(), c.person()
    b = c.brand("Contoso", "Northwind")
    ts = _times(c, 4)
    c.ln(
        "[{t}] {u}: Buongiorno, vorrei il rimborso per l'ordine {o}, il prodotto è arrivato rotto 😕",
        t=ts[0],
        u=p.low_given,
        o=c.ref("#########"),
    )
    c.ln(
        "[{t}] Assistenza {b}: Buongiorno! Ci dispiace molto. Può indicarci nome e cognome dell'intestatario dell'ordine?",
        t=ts[1],
        b=b,
    )
    c.ln(
        "[{t}] {u}: {n}. Ho pagato {m} con la carta {cc}",
        t=ts[2],
        u=p.low_given,
        n=p.full,
        m=c.money(30, 400),
        cc=c.card(),
    )
    c.e(
        "[{t}] Assistenza {b} ({ag}): Grazie, {ti} {s}. Il rimborso verrà effettuato entro 5 giorni lavorativi.",
        t=ts[3],
        b=b,
        ag=ag.given,
        ti=p.gv("sig.", "sig.ra"),
        s=p.sur,
    )


@T(21, 3)
def refund_bg(c):
    c.use("bg-BG")
    p = c.person()
    c.ln("Относно: Искане за възстановяване на сума по поръчка № {o}", o=c.ref("#########"))
    c.ln()
    c.ln("Здравейте,")
    c.ln(
        "Казвам се {n}. На {d} поръчах от онлайн магазина на {b} {x} на стойност {m}.",
        n=c.pick(p.full, p.rev),
        d=c.d(),
        b=c.brand("Contoso", "Northwind"),
        x=c.pick("прахосмукачка", "кафемашина", "лаптоп"),
        m=c.money(40, 500),
    )
    c.ln("Продуктът пристигна повреден и го върнах с куриер на {d}.", d=c.d())
    c.ln("Моля, възстановете сумата по банкова сметка {ib}.", ib=c.iban())
    c.ln("За връзка: {ph}, {em}", ph=c.phone("m"), em=p.mail)
    c.ln()
    c.ln("Поздрави,")
    c.e("{n}", n=p.full)


# ---- 22 travel_disruption ----
def _flight(c) -> str:
    return c.ref("TS ###") if c.maybe(0.5) else c.ref("TS####")


@T(22, 0)
def travel_el(c):
    c.use("el-GR")
    p = c.person()
    fl = _flight(c)
    c.ln("Προς: {b} – Τμήμα Εξυπηρέτησης Πελατών", b=c.brand("Tailspin Air"))
    c.ln("Θέμα: Ακύρωση πτήσης {fl} στις {d} – αίτημα αποζημίωσης", fl=fl, d=c.d())
    c.ln()
    c.ln("Ονοματεπώνυμο επιβάτη: {n}", n=p.full)
    c.ln("Κωδικός κράτησης: {pnr}", pnr=c.ref("@@@@@@"))
    c.ln(
        "Η πτήση μου {fl} από Αθήνα προς {dest} ακυρώθηκε με ειδοποίηση μόλις {h} ωρών. Σύμφωνα με τον Κανονισμό (ΕΚ) "
        "261/2004 δικαιούμαι αποζημίωση {m}.",
        fl=fl,
        dest=c.pick("Βερολίνο", "Παρίσι", "Λονδίνο", "Μιλάνο"),
        h=c.ri(2, 20),
        m=c.pick("250 €", "400 €"),
    )
    c.ln("Παρακαλώ καταβάλετε το ποσό στον λογαριασμό {ib}.", ib=c.iban())
    c.e("Τηλέφωνο: {ph} – Email: {em}", ph=c.phone("m"), em=p.mail)


@T(22, 1)
def travel_fr(c):
    c.use(*FR_ALL)
    p, q = c.person(), c.person()
    fl = _flight(c)
    c.ln("Objet : Vol {fl} du {d} annulé – demande d'indemnisation (règlement CE 261/2004)", fl=fl, d=c.d())
    c.ln()
    c.ln("Madame, Monsieur,")
    c.ln(
        "{w} {q} et moi-même devions voyager sur le vol {b} {fl} {o} – {dst} (réservation {pnr}). Le vol a été annulé la "
        "veille au soir, sans proposition de réacheminement avant le surlendemain.",
        w=q.gv("Mon conjoint", "Ma conjointe"),
        q=q.full,
        b=c.brand("Tailspin Air"),
        fl=fl,
        o=c.pick("Paris-CDG", "Bruxelles", "Genève", "Montréal-Trudeau", "Dakar", "Casablanca"),
        dst=c.pick("Lisbonne", "Rome-Fiumicino", "Madrid", "Athènes"),
        pnr=c.ref("@@@@@@"),
    )
    c.ln(
        "Je demande l'indemnisation forfaitaire de 400 € par passager ainsi que le remboursement de nos frais d'hôtel ({m}).",
        m=c.money(120, 400),
    )
    if c.L.iban:
        c.ln("Merci d'effectuer le virement sur le compte {ib}.", ib=c.iban())
    else:
        c.ln(
            "Merci de créditer la carte utilisée lors de la réservation (se terminant par {x}).",
            x=c.fill("####"),
        )
    c.ln()
    c.ln("{n}", n=p.full)
    c.e("{ph}", ph=c.phone("m"))


@T(22, 2)
def travel_es_free(c):
    c.use(*ES_ALL)
    b = c.brand("Tailspin Air")
    c.ln(
        "Última hora: huelga de controladores y cancelaciones en {ap}",
        ap=c.by(
            es="Barajas y El Prat",
            mx="el AICM y el AIFA",
            ar="Ezeiza y Aeroparque",
            co="El Dorado",
            cl="el aeropuerto de Santiago",
        ),
    )
    c.ln(
        "{b} ha cancelado {k} vuelos este {dia}, entre ellos el TS{n1} y el TS{n2}. La aerolínea recomienda consultar el estado "
        "del vuelo antes de salir de casa.",
        b=b,
        k=c.ri(12, 90),
        dia=c.pick("lunes", "viernes", "domingo"),
        n1=c.ri(100, 9999),
        n2=c.ri(100, 9999),
    )
    c.ln(
        "Los pasajeros afectados pueden reclamar hasta {m} según el reglamento europeo. El ministro de Transportes pidió "
        '"responsabilidad" a ambas partes.',
        m=c.pick("600 €", "400 €", "250 €"),
    )
    c.e(
        "Colas de hasta {h} horas en la T{t}; la asociación de consumidores FACUA estima pérdidas de {m2}.",
        h=c.ri(2, 6),
        t=c.ri(1, 4),
        m2=c.pick("2,3 millones de euros", "1,5 millones de euros"),
    )


@T(22, 3)
def travel_de(c):
    c.use(*DE_ALL)
    a, b_, k = c.person(), c.person(), c.person()
    fl = _flight(c)
    c.ln(
        "Betreff: Entschädigungsforderung Flug {fl} vom {d} (Buchungscode {pnr})",
        fl=fl,
        d=c.d(),
        pnr=c.ref("@@@@@@"),
    )
    c.ln()
    c.ln("Sehr geehrte Damen und Herren,")
    c.ln(
        "unser Flug {fl} mit {b} von {o} nach {dst} kam mit über {h} Stunden Verspätung an. Gemäß Art. 7 der "
        "Fluggastrechteverordnung fordern wir daher eine Ausgleichszahlung von je {m} für folgende Reisende:",
        fl=fl,
        b=c.brand("Tailspin Air"),
        o=c.pick("Frankfurt", "Wien", "Zürich", "München"),
        dst=c.pick("Palma", "Antalya", "Heraklion"),
        h=c.ri(3, 9),
        m=c.pick("400 €", "250 €"),
    )
    c.ln("1. {n}", n=a.full)
    c.ln("2. {n}", n=b_.full)
    c.ln("3. {n} (Kind, {y} Jahre)", n=k.full, y=c.ri(3, 14))
    c.ln(
        "Bitte überweisen Sie den Gesamtbetrag auf das Konto {ib} (Kontoinhaber: {n}).", ib=c.iban(), n=a.full
    )
    c.ln()
    c.ln("Mit freundlichen Grüßen")
    c.ln("{n}", n=a.full)
    c.e("{a}", a=c.addr("lines"))


# ---- 23 group_chat ----
@T(23, 0)
def group_sw(c):
    c.use("sw-KE", "sw-TZ")
    a, b_, d = c.person(), c.person(), c.person()
    ts = _times(c, 5)
    power = c.by(ke="stima", tz="umeme")
    c.ln("[{t}] {n}: Wakuu, kuna mtu mwingine hana {p} tangu jana usiku? 😩", t=ts[0], n=a.full, p=power)
    c.ln(
        "[{t}] {n}: Hata sisi huku {x}. Nimepiga simu {b} mara tatu, wanasema mafundi wako njiani.",
        t=ts[1],
        n=b_.given,
        x=c.pick(*c.city().dists),
        b=c.brand("Globex", "Contoso"),
    )
    c.ln(
        "[{t}] {n}: Mimi nimefungua complaint, ref no {r}. Kama mnataka kufuatilia pamoja nipigieni {ph}.",
        t=ts[2],
        n=d.low_given,
        r=c.ref("CMP#######"),
        ph=c.phone("m"),
    )
    c.ln(
        "[{t}] {n}: Asante {g}! Mimi niko {adr}, nyumba yetu iko gizani kabisa.",
        t=ts[3],
        n=a.given,
        g=d.given,
        adr=c.addr("l1"),
    )
    c.e("[{t}] {n}: Tuonane kwenye mkutano wa wakazi Jumamosi saa nne asubuhi.", t=ts[4], n=b_.given)


@T(23, 1)
def group_vi(c):
    c.use("vi-VN")
    a, b_, d = c.person(), c.person(), c.person()
    ts = _times(c, 4)
    c.ln("[{t}] {n}: mọi người ơi nhà ai bị mất nước không ạ? 😭", t=ts[0], n=a.full)
    c.ln("[{t}] {n}: nhà em ở {adr} cũng mất từ sáng", t=ts[1], n=b_.short, adr=c.addr())
    c.ln(
        "[{t}] {n}: em gọi tổng đài {b} rồi, họ bảo đang sửa đường ống trên đường {st}, chiều mới có nước",
        t=ts[2],
        n=d.low,
        b=c.brand("Globex", "Contoso"),
        st=c.pick("Lê Lợi", "Trần Phú", "Nguyễn Trãi"),
    )
    c.e(
        "[{t}] {n}: ai cần nước thì qua nhà {x} lấy nhé, sđt {x} {ph}",
        t=ts[3],
        n=a.full,
        x=a.gv("anh", "chị"),
        ph=c.phone("m"),
    )


@T(23, 2)
def group_ms(c):
    c.use("ms-MY")
    a, b_, d = c.person(), c.person("f"), c.person()
    ts = _times(c, 4)
    c.ln("[{t}] {n}: Assalamualaikum semua, rumah siapa lagi takde air sejak pagi? 😓", t=ts[0], n=a.full)
    c.ln(
        "[{t}] {n}: Rumah saya kat {adr} pun sama. Dah call {b}, dorang kata paip pecah.",
        t=ts[1],
        n=d.given,
        adr=c.addr("l1"),
        b=c.brand("Globex", "Contoso"),
    )
    c.ln(
        "[{t}] {n}: Lori air akan datang pukul {h} dekat surau. Kalau ada warga emas perlukan bantuan, WhatsApp saya {ph}.",
        t=ts[2],
        n=b_.given,
        h=c.pick("3 petang", "5 petang", "10 pagi"),
        ph=c.phone("m"),
    )
    c.e("[{t}] {n}: Terima kasih Kak {g}! 🙏", t=ts[3], n=a.given, g=b_.given)


@T(23, 3)
def group_tl(c):
    c.use("tl-PH")
    a, b_, d = c.person(), c.person(), c.person()
    ts = _times(c, 4)
    c.ln(
        "[{t}] {n}: Guys, wala na naman kuryente dito sa {x} 😤",
        t=ts[0],
        n=a.given,
        x=c.pick(*c.city().dists),
    )
    c.ln(
        "[{t}] {n}: Same! Nag-report na ako sa {b}, ref no. {r}",
        t=ts[1],
        n=b_.full,
        b=c.brand("Globex", "Contoso"),
        r=c.ref("##########"),
    )
    c.ln(
        "[{t}] {n}: Sabi ng lineman baka mamayang gabi pa. Kung may kailangan mag-charge, punta lang kayo sa bahay: {adr}.",
        t=ts[2],
        n=d.low_given,
        adr=c.addr(),
    )
    c.e(
        "[{t}] {n}: Salamat {g}! Text mo na lang ako sa {ph} pag may update.",
        t=ts[3],
        n=a.given,
        g=d.given,
        ph=c.phone("m"),
    )


# ---- 24 voicemail_transcript ----
@T(24, 0)
def voicemail_uk(c):
    c.use("uk-UA")
    p = c.person()
    c.ln("Голосове повідомлення · {d} {t} · тривалість 0:{ss}", d=c.d(), t=c.t(), ss=f"{c.ri(20, 59):02d}")
    c.ln("Розшифровка (автоматична):")
    c.e(
        "«Добрий день, це {n}, ваш{x} клієнт{y}. Дзвоню вже втретє щодо замовлення номер {o} від {b}. Кур'єр так і не приїхав. "
        "Передзвоніть мені, будь ласка, на номер {ph}. Або напишіть на пошту {em}. Дякую.»",
        n=p.full,
        x=p.gv("", "а"),
        y=p.gv("", "ка"),
        o=c.ref("#######"),
        b=c.brand("Contoso", "Northwind"),
        ph=c.phone("m"),
        em=p.mail,
    )


@T(24, 1)
def voicemail_ru(c):
    c.use("ru-RU")
    p = c.person()
    c.ln("Голосовое сообщение от {ph} · {d}, {t}", ph=c.phone("m"), d=c.d(), t=c.t())
    c.e(
        p.gv(
            "«Здравствуйте, меня зовут {n}. У меня проблема с картой {b}: списали {m}, а я ничего не покупал. "
            "Перезвоните, пожалуйста, на этот номер или на рабочий {ph}. Спасибо.»",
            "«Здравствуйте, меня зовут {n}. У меня проблема с картой {b}: списали {m}, а я ничего не покупала. "
            "Перезвоните, пожалуйста, на этот номер или на рабочий {ph}. Спасибо.»",
        ),
        n=c.pick(p.full, p.io),
        b=c.brand("Northwind Bank", "Fabrikam Pay"),
        m=c.money(20, 300),
        ph=c.phone("f"),
    )


@T(24, 2)
def voicemail_bg(c):
    c.use("bg-BG")
    p, ag = c.person(), c.person()
    c.ln("Гласово съобщение · {d} · {t}", d=c.d(), t=c.t())
    c.e(
        "„Здравейте, обажда се {n}. Вчера ваш{x} служител{y} {ag} ми обеща да ми се обади за повредата на интернета, но никой не "
        "се обади. Адресът ми е {a}. Телефонът ми е {ph}. Благодаря.“",
        n=p.full,
        x=ag.gv("ият", "ата"),
        y=ag.gv("", "ка"),
        ag=ag.given,
        a=c.addr(),
        ph=c.phone("m"),
    )


@T(24, 3)
def voicemail_ar_free(c):
    c.use("ar-EG", "ar-AE", "ar-SA")
    b = c.brand("Globex", "Contoso")
    c.ln("رسالة صوتية آلية – {b} – {d}", b=b, d=c.d())
    c.ln(
        "«عزيزنا العميل، نعتذر عن انقطاع الخدمة في منطقة {x} منذ الساعة {t}. فرق الصيانة تعمل حاليًا على إصلاح العطل، "
        "ومن المتوقع عودة الخدمة خلال {h} ساعات.»",
        x=c.pick(*c.city().dists),
        t=c.t(),
        h=c.ri(2, 8),
    )
    c.e(
        "«سيتم خصم مبلغ {m} من فاتورة الشهر القادم كتعويض. رقم البلاغ العام {r}. شكرًا لصبركم.»",
        m=c.money(2, 10),
        r=c.ref("######"),
    )


# ---- 25 survey_feedback ----
@T(25, 0)
def survey_he(c):
    c.use("he-IL")
    p, ag = c.person(), c.person()
    c.ln("סקר שביעות רצון – {b}", b=c.brand("Contoso", "Northwind Bank", "Globex"))
    c.ln("ציון (0–10): {k}", k=c.ri(0, 10))
    c.ln(
        "מה היינו יכולים לשפר? {x} {ag} {y}, אבל הבעיה לא נפתרה. חיכיתי {mi} דקות על הקו.",
        x=ag.gv("הנציג", "הנציגה"),
        ag=ag.given,
        y=ag.gv("היה אדיב", "הייתה אדיבה"),
        mi=c.ri(15, 90),
    )
    c.e("האם ניתן לחזור אליך? כן – {n}, {ph}", n=p.full, ph=c.phone("m"))


@T(25, 1)
def survey_pl(c):
    c.use("pl-PL")
    p, ag = c.person(), c.person()
    c.ln("Ankieta satysfakcji – {b}", b=c.brand("Contoso", "Northwind Bank"))
    c.ln("Jak oceniasz rozmowę z konsultantem? {k}/5", k=c.ri(1, 5))
    c.ln(
        "Komentarz: {x} {ag} {y}, ale sprawa nadal nie jest załatwiona. Czekam na zwrot {m} od {d}.",
        x=ag.gv("Konsultant", "Konsultantka"),
        ag=ag.given,
        y=ag.gv("był bardzo miły", "była bardzo miła"),
        m=c.money(20, 300),
        d=c.d(),
    )
    c.e(
        "Czy możemy się z Tobą skontaktować? Tak: {em}{ph}",
        em=p.mail,
        ph=Seq((", tel. ", c.phone("m")), "") if c.maybe(0.5) else "",
    )


@T(25, 2)
def survey_ar(c):
    c.use("ar-EG", "ar-AE", "ar-SA")
    p, ag = c.person(), c.person()
    c.ln("استبيان رضا العملاء – {b}", b=c.brand("Contoso", "Northwind"))
    c.ln("التقييم: {k} من 5", k=c.ri(1, 5))
    c.ln(
        ag.gv(
            "ملاحظاتك: الموظف {ag} كان متعاونًا جدًا، لكن التوصيل تأخر أسبوعًا كاملًا إلى عنواني في {a}.",
            "ملاحظاتك: الموظفة {ag} كانت متعاونة جدًا، لكن التوصيل تأخر أسبوعًا كاملًا إلى عنواني في {a}.",
        ),
        ag=ag.given,
        a=c.addr(),
    )
    c.e(
        "هل تسمح لنا بالتواصل معك؟ نعم، على الرقم {ph} أو البريد {em} ({n})",
        ph=c.phone("m"),
        em=p.mail,
        n=p.full,
    )


@T(25, 3)
def survey_tr(c):
    c.use("tr-TR")
    p, ag = c.person(), c.person()
    c.ln("Müşteri memnuniyet anketi – {b}", b=c.brand("Contoso", "Northwind Bank", "Globex"))
    c.ln("Puanınız: {k}/10", k=c.ri(0, 10))
    c.ln(
        "Yorumunuz: Temsilci {ag} {h} çok ilgiliydi ama sorunum hâlâ çözülmedi. {d} tarihinden beri {m} iade bekliyorum.",
        ag=ag.given,
        h=ag.gv("Bey", "Hanım"),
        d=c.d(),
        m=c.money(10, 200),
    )
    c.e("Size ulaşabilmemiz için: {n}, {ph}", n=p.full, ph=c.phone("m"))


# ---- 26 security_alert ----
@T(26, 0)
def security_sr(c):
    c.use("sr-RS")
    st, u = c.person(), c.person()
    ts = _times(c, 2)
    c.ln("SOC izveštaj #{r} – {d}", r=c.ref("#####"), d=c.d())
    c.ln("Analitičar: {n}", n=st.full)
    c.ln(
        "Detektovano: {k} neuspešnih prijava na nalog korisnika {lg} sa IP adresa {ip1} i {ip2} u periodu {t1}–{t2}.",
        k=c.ri(12, 300),
        lg=u.handle,
        ip1=c.ip(False),
        ip2=c.ip(),
        t1=ts[0],
        t2=ts[1],
    )
    c.ln(
        "Korisnik {n} je kontaktiran telefonom ({ph}) i potvrdio je da nije pokušavao prijavu.",
        n=u.full,
        ph=c.phone(),
    )
    c.ln(
        "Preduzete mere: nalog privremeno zaključan, IP adrese blokirane na firewall-u, link za reset lozinke poslat na {em}.",
        em=u.mail,
    )
    c.e("Sistem: {b} internet bankarstvo, verzija {v}", b=c.brand("Northwind Bank", "Fabrikam Pay"), v=_v(c))


@T(26, 1)
def security_hr(c):
    c.use("hr-HR")
    p = c.person()
    c.ln("Nova prijava na vaš {b} račun", b=c.brand("Northwind Bank", "Fabrikam Pay", "Contoso"))
    c.ln()
    c.ln(p.gv("Poštovani korisniče,", "Poštovana korisnice,"))
    c.ln("zabilježili smo novu prijavu na vaš račun {em}:", em=p.mail)
    c.ln("Uređaj: {x}", x=c.pick("Chrome na Windowsu", "Safari na iPhoneu", "Firefox na Linuxu"))
    c.ln("Lokacija: {x} (približno)", x=c.pick("Zagreb, Hrvatska", "Beč, Austrija", "Amsterdam, Nizozemska"))
    c.ln("IP adresa: {ip}", ip=c.ip())
    c.ln("Vrijeme: {d} u {t}", d=c.d(), t=c.t())
    c.ln("Ako ste to bili vi, ne morate ništa poduzimati. Ako niste, odmah promijenite lozinku.")
    c.e("Ova poruka poslana je korisniku {n}.", n=p.full)


@T(26, 2)
def security_ru_free(c):
    c.use("ru-RU")
    b = c.brand("Contoso", "Northwind Bank", "Fabrikam Pay")
    v1, v2 = _v(c), _v(c)
    c.ln("Бюллетень безопасности {b} № {r} от {d}", b=b, r=c.ref("SB-####-##"), d=c.d())
    c.ln(
        "Уязвимость CVE-{y}-{n} (CVSS {s}) затрагивает мобильное приложение версий до {v1} включительно.",
        y=c.ri(2024, 2026),
        n=c.ref("#####"),
        s=f"{c.ri(5, 9)}.{c.ri(0, 9)}",
        v1=v1,
    )
    c.ln(
        "Рекомендуется обновиться до версии {v2} до {d}. По данным ЦБ РФ, число фишинговых атак выросло на {p}.",
        v2=v2,
        d=c.d(),
        p=c.pct(),
    )
    c.e(
        "Признаков утечки данных клиентов не обнаружено. Порт 443, протокол TLS 1.3; сертификат действителен до {d}.",
        d=c.d(),
    )


@T(26, 3)
def security_ro(c):
    c.use("ro-RO")
    st, u = c.person(), c.person()
    lg = u.handle
    ts = _times(c, 4)
    c.ln("[ALERTĂ] Acces suspect – {b} – {d}", b=c.brand("Northwind Bank", "Fabrikam Pay"), d=c.d())
    ip = c.ip()
    for i in range(3):
        c.ln("{t} utilizator={lg} ip={ip} rezultat=EȘEC motiv=parolă_greșită", t=ts[i], lg=lg, ip=ip)
    c.ln("{t} utilizator={lg} ip={ip} rezultat=SUCCES", t=ts[3], lg=lg, ip=c.ip())
    c.ln(
        "Utilizatorul {n} ({em}) a fost notificat. Telefon din CRM: {ph}.",
        n=u.full,
        em=u.mail,
        ph=c.phone("m"),
    )
    c.e("Responsabil tură: {s}", s=c.pick(st.full, st.init))


# ---- 27 gdpr_legal_notice ----
@T(27, 0)
def gdpr_et(c):
    c.use("et-EE")
    p = c.person()
    c.ln("Teema: Isikuandmete kustutamise taotlus (GDPR art. 17)")
    c.ln()
    c.ln("Tere,")
    c.ln(
        "mina, {n}, palun kustutada kõik minu isikuandmed, mida {b} töötleb. Minu andmed teie süsteemis: e-post {em}, telefon {ph}, "
        "aadress {a}.",
        n=p.full,
        b=c.brand("Contoso", "Northwind"),
        em=p.mail,
        ph=c.phone("m"),
        a=c.addr(),
    )
    c.ln("Palun kinnitage kustutamine kirjalikult ühe kuu jooksul. Kliendinumber: {k}.", k=c.ref("#########"))
    c.ln()
    c.ln("Lugupidamisega")
    c.e("{n}", n=p.full)


@T(27, 1)
def gdpr_sl(c):
    c.use("sl-SI")
    p = c.person()
    c.ln("Zadeva: Zahteva za dostop do osebnih podatkov (15. člen GDPR)")
    c.ln()
    c.ln("Spoštovani,")
    c.ln(
        "{x} {n}, {y} na naslovu {a}, zahtevam kopijo vseh osebnih podatkov, ki jih o meni obdeluje družba {b}, vključno s "
        "posnetki telefonskih klicev.",
        x=p.gv("podpisani", "podpisana"),
        n=p.full,
        y=p.gv("stanujoč", "stanujoča"),
        a=c.addr(),
        b=c.brand("Contoso", "Northwind", "Globex"),
    )
    c.ln("Odgovor pošljite na {em}.", em=p.mail)
    c.ln()
    c.ln("{k}, {d}", k=c.cityname(), d=c.d())
    c.e("{n}", n=p.full)


@T(27, 2)
def gdpr_da(c):
    c.use("da-DK")
    p, law = c.person(), c.person()
    c.ln("Advokatfirmaet Nordhavn")
    c.ln(
        "Vedr.: Vores klient {n} – anmodning om indsigt, jf. databeskyttelsesforordningens art. 15", n=p.full
    )
    c.ln()
    c.ln(
        "Vi repræsenterer {n}, {a}, i sagen mod {b}.",
        n=p.full,
        a=c.addr(),
        b=c.brand("Contoso", "Northwind", "Globex"),
    )
    c.ln(
        "Vi anmoder hermed om en kopi af samtlige personoplysninger, som {b} behandler om vores klient, senest {d}. Sagsnr.: {r}.",
        b=c.brand("Contoso", "Northwind", "Globex"),
        d=c.d(),
        r=c.ref("####-####"),
    )
    c.ln()
    c.ln("Med venlig hilsen")
    c.ln("{n}, advokat", n=law.full)
    c.e("Direkte: {ph} · {em}", ph=c.phone("f"), em=law.work("advokatnordhavn.dk"))


@T(27, 3)
def gdpr_hu(c):
    c.use("hu-HU")
    p, law = c.person(), c.person()
    c.ln("Tárgy: Fizetési felszólítás – ügyfelünk: {n}", n=p.full)
    c.ln()
    c.ln("Tisztelt Hölgyem/Uram!")
    c.ln(
        "Irodánk {n} (lakcím: {a}) meghatalmazásából eljárva felszólítja a {b} Kft.-t, hogy 15 napon belül fizesse meg a "
        "jogtalanul levont {m} összeget ügyfelünk {ib} számú bankszámlájára.",
        n=p.full,
        a=c.addr(),
        b=c.brand("Contoso", "Globex", "Northwind"),
        m=c.money(50, 900),
        ib=c.iban(),
    )
    c.ln("Ennek elmaradása esetén bírósághoz fordulunk, és panaszt teszünk a NAIH-nál.")
    c.ln()
    c.ln(
        "Kapcsolattartó: dr. {n}, tel.: {ph}, e-mail: {em}",
        n=law.full,
        ph=c.phone("f"),
        em=law.work("ugyvediiroda-pest.hu"),
    )
    c.e("Budapest, {d}", d=c.d())


# ---- 28 event_registration ----
@T(28, 0)
def reg_nb(c):
    c.use("nb-NO")
    people = [c.person() for _ in range(c.ri(3, 5))]
    resp = c.person()
    c.ln(
        "Påmeldingsliste – kundekveld hos {b} {city}, {d}",
        b=c.brand("Contoso", "Northwind"),
        city=c.cityname(),
        d=c.d(),
    )
    c.ln("Navn | E-post | Mobil | Allergier")
    for p in people:
        c.ln(
            "{n} | {em} | {ph} | {a}",
            n=p.full,
            em=p.mail,
            ph=c.phone("m"),
            a=c.pick("–", "gluten", "nøtter", "laktose", "ingen"),
        )
    c.e("Totalt {k} påmeldte. Ansvarlig: {r}", k=len(people), r=c.pick(resp.full, resp.given))


@T(28, 1)
def reg_is(c):
    c.use("is-IS")
    people = [c.person() for _ in range(c.ri(2, 4))]
    c.ln("Skráning á námskeið – {b}, {d}", b=c.brand("Contoso", "Northwind Bank"), d=c.d())
    for i, p in enumerate(people, 1):
        c.ln("{i}. {n}, {em}, s. {ph}", i=i, n=p.full, em=p.mail, ph=c.phone("m"))
    c.e(
        "Námskeiðsgjald: {m} á mann. Staðsetning: Harpa, salur {s}.",
        m=c.money(20, 90),
        s=c.pick("Ríma", "Kaldalón", "Norðurljós"),
    )


@T(28, 2)
def reg_ga(c):
    c.use("ga-IE")
    people = [c.person() for _ in range(c.ri(2, 4))]
    c.ln(
        "Liosta clárúcháin – Ceardlann {x}, {d}",
        x=c.pick("airgeadais phearsanta", "sábháilteachta ar líne", "fuinnimh sa bhaile"),
        d=c.d(),
    )
    c.ln("Urraitheoir: {b}", b=c.brand("Northwind Bank", "Globex"))
    for p in people:
        c.ln("- {n} ({em}) – {ph}", n=p.full, em=p.mail, ph=c.phone("m"))
    c.e("Ionad: Áras Uí Chadhain, An Cheathrú Rua. Tosóidh an cheardlann ar {t}.", t=c.t())


@T(28, 3)
def reg_it_free(c):
    c.use("it-IT")
    b = c.brand("Contoso", "Northwind", "Globex")
    c.ln("Programma – Forum Innovazione {b} {y}", b=b, y=c.ri(2024, 2026))
    c.ln("{t} – Registrazione e welcome coffee (Palazzo delle Stelline, Milano)", t=c.pick("09:00", "09:30"))
    c.ln("{t} – Saluti istituzionali del Presidente della Regione Lombardia", t=c.pick("10:00", "10:15"))
    c.ln(
        "{t} – Tavola rotonda: intelligenza artificiale e servizio clienti (con ABI e Confcommercio)",
        t=c.pick("11:00", "11:30"),
    )
    c.ln("{t} – Pranzo a buffet", t="13:00")
    c.e(
        "Quota di partecipazione: {m} + IVA. Posti limitati a {k}. Iscrizioni entro il {d}.",
        m=c.money(50, 300),
        k=c.ri(80, 400),
        d=c.dm("it"),
    )


# ---- 29 community_appeal ----
@T(29, 0)
def appeal_ca(c):
    c.use("ca-ES")
    p = c.person()
    c.ln("S'HA PERDUT UN GAT!")
    c.ln(
        "Es diu {g}, és {col} i porta un collaret {cc}. Es va escapar el {d} pels voltants de la plaça del Mercat.",
        g=c.pick("Pelut", "Mixu", "Garfield"),
        col=c.pick("negre", "atigrat", "blanc i gris"),
        cc=c.pick("vermell", "blau"),
        d=c.dm("ca"),
    )
    c.ln(
        "Si el veieu, truqueu a {n} al {ph} o escriviu a {em}.",
        n=c.pick(p.full, p.given),
        ph=c.phone("m"),
        em=p.mail,
    )
    c.e("Vivim a {a}. Es gratificarà!", a=c.addr())


@T(29, 1)
def appeal_sw(c):
    c.use("sw-KE", "sw-TZ")
    p = c.person()
    c.ln("TANGAZO: Pochi imepotea")
    c.ln(
        "Nimepoteza pochi yangu jana jioni karibu na {x}. Ndani kulikuwa na kadi ya benki ya {b} na funguo.",
        x=c.pick("stendi ya matatu", "soko kuu", "kanisa la Mtakatifu Petro", "kituo cha mafuta"),
        b=c.brand("Northwind Bank", "Fabrikam Pay"),
    )
    c.ln("Aliyeiona tafadhali wasiliana na {n} kwa simu {ph}. Zawadi itatolewa.", n=p.full, ph=c.phone("m"))
    c.e("Naishi {a}.", a=c.addr())


@T(29, 2)
def appeal_eu(c):
    c.use("eu-ES")
    p = c.person()
    c.ln("TXAKURRA GALDU DA")
    c.ln(
        "{iz} du izena, {ar} da eta lepoko gorria darama. {d} galdu zen Alde Zaharraren inguruan.",
        iz=c.pick("Txuri", "Beltza", "Kuki"),
        ar=c.pick("labradorra", "beagle bat", "arraza gabeko txakur txiki bat"),
        d=c.d(),
    )
    c.ln("Ikusten baduzu, deitu telefono honetara: {ph} ({n}).", ph=c.phone("m"), n=p.full)
    c.e("Helbidea: {a}. Saria emango da.", a=c.addr())


@T(29, 3)
def appeal_mt(c):
    c.use("mt-MT")
    p, org = c.person(), c.person()
    c.ln("APPELL MILL-KOMUNITÀ")
    c.ln(
        "Qed niġbru ikel u ħwejjeġ għall-familja ta' {n} li tilfet kollox fin-nar tal-{d}.", n=p.full, d=c.d()
    )
    c.ln(
        "Id-donazzjonijiet jistgħu jitħallew f'{a} bejn {t1} u {t2}.",
        a=c.addr(),
        t1=c.pick("9:00", "10:00"),
        t2=c.pick("12:00", "18:00"),
    )
    c.ln("Donazzjonijiet bankarji: {ib}", ib=c.iban())
    c.e("Għal aktar informazzjoni: {n} ({ph}).", n=org.full, ph=c.phone("m"))


# ---- 30 media_digest ----
@T(30, 0)
def digest_gl(c):
    c.use("gl-ES")
    a, b_, d = c.person(), c.person(), c.person()
    br = c.brand("Globex", "Contoso")
    c.ln("Resumo de mencións – {b} – {d}", b=br, d=c.d())
    c.ln("Volume: {k} mencións ({p} negativas)", k=c.ri(40, 900), p=c.pct())
    c.ln("Destacados:")
    c.ln(
        "• @{h} ({s} seguidores): «Outra vez sen luz en Compostela. {b}, dádenos unha explicación.»",
        h=a.handle,
        s=c.ri(100, 9000),
        b=br,
    )
    c.ln(
        "• @{h}: «Levo dúas horas ao teléfono. Se alguén de {b} le isto, chamádeme ao {ph}.»",
        h=b_.handle,
        b=br,
        ph=c.phone("m"),
    )
    c.e(
        "• Comentario en Faro de Vigo asinado por {n}: «A factura subiu un {p} e ninguén avisou.»",
        n=d.full,
        p=c.pct(),
    )


@T(30, 1)
def digest_cy(c):
    c.use("cy-GB")
    a, b_ = c.person(), c.person()
    br = c.brand("Globex", "Contoso")
    c.ln("Crynodeb cyfryngau cymdeithasol – {b} – {d}", b=br, d=c.d())
    c.ln("Cyfanswm: {k} neges, {p} yn negyddol", k=c.ri(20, 600), p=c.pct())
    c.ln("• @{h}: «Dim trydan ers neithiwr yn {t}. Diolch am ddim, {b}.»", h=a.handle, t=c.cityname(), b=br)
    c.ln(
        "• {n} ar Facebook: «Wedi ffonio tair gwaith a neb yn ateb.» Rhif ffôn a roddwyd: {ph}",
        n=b_.full,
        ph=c.phone("m"),
    )
    c.e("• E-bost gan {em}: cwyn am fil o {m}", em=a.mail, m=c.money(80, 400))


@T(30, 2)
def digest_id_free(c):
    c.use("id-ID")
    b = c.brand("Contoso", "Globex", "Northwind")
    c.ln("Ringkasan pemantauan media – {b} – {d}", b=b, d=c.d())
    c.ln("Total penyebutan: {k} (naik {p} dibanding minggu lalu)", k=c.ri(300, 9000), p=c.pct())
    c.ln(
        "Topik utama: gangguan layanan di Jakarta Selatan dan Bekasi, promo Harbolnas, antrean di gerai Grand Indonesia."
    )
    c.ln(
        "Tokoh publik yang menyebut: Raffi Ahmad (unggahan Instagram), anggota DPR Komisi VI dalam rapat dengar pendapat."
    )
    c.e(
        "Sentimen: negatif {n}, netral {z}, positif {p}. Estimasi kerugian reputasi setara {m}.",
        n=c.pct(),
        z=c.pct(),
        p=c.pct(),
        m=c.money(1000, 9000),
    )


@T(30, 3)
def digest_pt(c):
    c.use("pt-PT")
    a, b_, d = c.person(), c.person(), c.person()
    br = c.brand("Contoso", "Globex", "Northwind")
    city = c.cityname()
    c.ln("Resumo de menções – {b} – {d}", b=br, d=c.d())
    c.ln("Total: {k} menções · sentimento negativo: {p}", k=c.ri(50, 2000), p=c.pct())
    c.ln("Principais publicações:")
    c.ln(
        '1. @{h} ({s} seguidores): "Três semanas à espera de um técnico da {b}. Vergonha."',
        h=a.handle,
        s=c.ri(200, 20000),
        b=br,
    )
    c.ln(
        '2. {n} no Facebook (grupo "Moradores de {c}"): "Quem quiser juntar-se à reclamação coletiva, ligue-me: {ph}"',
        n=b_.full,
        c=city,
        ph=c.phone("m"),
    )
    c.ln("3. Notícia no Público sobre a subida de preços ({p}) – sem dados pessoais.", p=c.pct())
    c.e("Ações: contacto direto com {n} via {em} (caso {r}).", n=d.short, em=d.mail, r=c.ref("CX-######"))


# ---- 31 spreadsheet_export ----
@T(31, 0)
def sheet_tr(c):
    c.use("tr-TR")
    c.ln("sikayet_no;tarih;ad_soyad;telefon;il;konu;tutar")
    for _ in range(c.ri(2, 5)):
        p = c.person()
        c.ln(
            "{r};{d};{n};{ph};{il};{k};{m}",
            r=c.ref("SK#######"),
            d=c.d(),
            n=p.full,
            ph=c.phone("m"),
            il=c.cityname(),
            k=c.pick("iade gecikmesi", "hatalı fatura", "kargo hasarı", "kart aidatı"),
            m=c.money(10, 300),
        )
    c.e("# kaynak: {b} CRM dışa aktarım, {d}", b=c.brand("Contoso", "Northwind Bank"), d=c.d())


@T(31, 1)
def sheet_vi(c):
    c.use("vi-VN")
    c.ln("STT | Họ tên | SĐT | Địa chỉ | Mã đơn | Số tiền")
    for i in range(1, c.ri(3, 5)):
        p = c.person()
        c.ln(
            "{i} | {n} | {ph} | {a} | {o} | {m}",
            i=i,
            n=p.full,
            ph=c.phone("m"),
            a=c.addr(),
            o=c.ref("DH######"),
            m=c.money(5, 80),
        )
    c.e("Nguồn: báo cáo khiếu nại {b}, xuất ngày {d}", b=c.brand("Contoso", "Northwind"), d=c.d())


@T(31, 2)
def sheet_pt(c):
    c.use("pt-BR")
    c.ln("protocolo;data;cliente;email;cidade;valor;status")
    for _ in range(c.ri(2, 5)):
        p = c.person()
        c.ln(
            "{r};{d};{n};{em};{cid};{m};{s}",
            r=c.ref("2025########"),
            d=c.d(),
            n=p.full,
            em=p.mail,
            cid=c.cityname(),
            m=c.money(10, 300),
            s=c.pick("aberto", "em análise", "resolvido", "reaberto"),
        )
    c.e("fonte: exportação Reclame Aqui + SAC {b}", b=c.brand("Contoso", "Globex"))


@T(31, 3)
def sheet_es(c):
    c.use(*ES_ALL)
    c.ln("| Caso | Fecha | Cliente | Teléfono | Dirección | Importe |")
    c.ln("|---|---|---|---|---|---|")
    for _ in range(c.ri(2, 4)):
        p = c.person()
        c.ln(
            "| {r} | {d} | {n} | {ph} | {a} | {m} |",
            r=c.ref("CAS-#####"),
            d=c.d(),
            n=c.pick(p.full, p.rev),
            ph=c.phone(),
            a=c.addr(),
            m=c.money(10, 400),
        )
    c.e("Fuente: exportación CRM {b} ({d}).", b=c.brand("Contoso", "Globex", "Northwind"), d=c.d())


assert sorted(TEMPLATES) == list(range(N_TEMPLATES)), "every template id 0..N-1 must be defined exactly once"


# ----------------------------------------------------------------------------------------------------------------
# API
# ----------------------------------------------------------------------------------------------------------------
def render(tid: int, r: random.Random) -> dict:
    c = Ctx(r, tid)
    TEMPLATES[tid](c)
    text = c.text().rstrip()
    return {"text": text, "spans": c.spans, "template_id": tid, "locale": c.locale, "brands": list(c.brands)}


def generate(n: int, seed: int = 0) -> list:
    """n rows, deterministic for (n, seed); templates are used evenly (tid = i % N_TEMPLATES, then shuffled)."""
    order = [i % N_TEMPLATES for i in range(n)]
    random.Random(seed).shuffle(order)
    return [render(tid, random.Random(f"pii15:{seed}:{i}:{tid}")) for i, tid in enumerate(order)]


ROW_KEYS = {"text", "spans", "template_id", "locale", "brands"}
SPAN_KEYS = {"label", "start", "end", "value"}
ROLE_LOCALS = {
    "atencion",
    "soporte",
    "info",
    "kundenservice",
    "klantenservice",
    "presse",
    "soc",
    "reklamacje",
    "kundservice",
}
WATCH = tuple(BRANDS) + tuple(HANDLE_BRANDS)


def _occurrences(text: str, term: str) -> list:
    out, i = [], text.find(term)
    while i >= 0:
        out.append((i, i + len(term)))
        i = text.find(term, i + 1)
    return out


def _phone_ok(value: str, region: str) -> bool:
    digits = re.sub(r"\D", "", value)
    if not 6 <= len(digits) <= 17:
        return False
    v = value.replace("(0)", "")
    if v.startswith("00"):
        v = "+" + v[2:]
    try:
        num = phonenumbers.parse(v, None if v.startswith("+") else region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(num)


def check_row(row: dict) -> list:
    """Return a list of problems (empty when the row is valid)."""
    errs = []
    if set(row) != ROW_KEYS:
        return [f"row keys {sorted(row)}"]
    text, spans = row["text"], row["spans"]
    if not isinstance(text, str) or not text:
        errs.append("empty text")
    elif re.search(r"\{\w+\}", text):
        errs.append("placeholder left in text")
    if row["template_id"] not in TEMPLATES:
        errs.append(f"template_id {row['template_id']}")
    if row["locale"] not in LOC:
        errs.append(f"locale {row['locale']}")
        return errs
    prev = 0
    for s in spans:
        if set(s) != SPAN_KEYS:
            errs.append(f"span keys {sorted(s)}")
            continue
        lab, a, b, v = s["label"], s["start"], s["end"], s["value"]
        if lab not in LABELS:
            errs.append(f"label {lab}")
        if not (0 <= a < b <= len(text)) or text[a:b] != v:
            errs.append(f"offsets {s}")
        if v != v.strip():
            errs.append(f"whitespace {v!r}")
        if a < prev:
            errs.append(f"overlap/unsorted at {a}")
        prev = b
        if lab == CCN:
            d = re.sub(r"[ -]", "", v)
            if not (d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)):
                errs.append(f"luhn {v}")
        elif lab == IBN and not iban_ok(v):
            errs.append(f"iban {v}")
        elif lab == EML and (
            not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", v) or v.split("@")[0] in ROLE_LOCALS
        ):
            errs.append(f"email {v}")
        elif lab == IPA:
            try:
                ipaddress.ip_address(v)
            except ValueError:
                errs.append(f"ip {v}")
        elif lab == PHN and not _phone_ok(v, LOC[row["locale"]].region):
            errs.append(f"phone {v}")
        elif lab == PER and v.startswith("@"):
            errs.append(f"handle with @ {v}")
    listed = []
    for bname in row["brands"]:
        if bname not in WATCH:
            errs.append(f"unknown brand {bname}")
        occ = _occurrences(text, bname)
        if not occ:
            errs.append(f"brand not in text {bname}")
        listed += occ
    for term in WATCH:
        for a, b in _occurrences(text, term):
            if not any(x <= a and b <= y for x, y in listed):
                errs.append(f"unlisted brand {term}")
    for x, y in listed:
        if any(s["start"] < y and x < s["end"] for s in spans):
            errs.append("span overlaps a brand")
    if (row["template_id"] in PII_FREE) != (not spans):
        errs.append(f"PII-free mismatch tid={row['template_id']} spans={len(spans)}")
    return errs


def _summary(rows: list) -> dict:
    per_label_rows, per_label_spans, per_lang = Counter(), Counter(), Counter()
    for r in rows:
        per_lang[r["locale"].split("-")[0]] += 1
        labs = [s["label"] for s in r["spans"]]
        per_label_spans.update(labs)
        per_label_rows.update(set(labs))
    free = sum(1 for r in rows if not r["spans"])
    return {
        "rows": len(rows),
        "pii_free_share": round(free / max(1, len(rows)), 4),
        "rows_per_label": dict(per_label_rows.most_common()),
        "spans_per_label": dict(per_label_spans.most_common()),
        "rows_per_language": dict(sorted(per_lang.items())),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--check", action="store_true", help="validate ~5,000 rows over 5 seeds and print a summary"
    )
    ap.add_argument("--n", type=int, default=8)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    if not args.check:
        for row in generate(args.n, args.seed):
            print(json.dumps(row, ensure_ascii=False))
        return 0
    rows, problems = [], Counter()
    for seed in range(5):
        rows += generate(1000, seed)
    assert rows[:1000] == generate(1000, 0), "not deterministic for (n, seed)"
    examples = {}
    for r in rows:
        for e in check_row(r):
            key = e.split(" ")[0]
            problems[key] += 1
            examples.setdefault(key, (r["template_id"], r["locale"], e))
    tids = {r["template_id"] for r in rows}
    parity = {}
    for r in rows:
        if r["spans"]:
            parity.setdefault(r["locale"].split("-")[0], set()).add(r["template_id"] % 2)
    one_parity = sorted(k for k, v in parity.items() if len(v) < 2)
    print(
        f"genres={len(GENRES)} templates={N_TEMPLATES} pii_free_templates={len(PII_FREE)} locales={len(LOC)} "
        f"languages={len({c.split('-')[0] for c in LOC})}"
    )
    print(f"checked rows={len(rows)} problems={sum(problems.values())} {dict(problems)}")
    for ex in examples.values():
        print("  e.g.", ex)
    print(
        f"templates rendered={len(tids)}/{N_TEMPLATES}; languages with PII in only one parity: {one_parity or 'none'}"
    )
    print("summary over 5 seeds:", json.dumps(_summary(rows), ensure_ascii=False))
    print("summary generate(2000, 0):", json.dumps(_summary(generate(2000, 0)), ensure_ascii=False))
    ok = not problems and len(tids) == N_TEMPLATES and not one_parity
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
