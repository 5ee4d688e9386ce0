"""Numbers and identifiers: phones of every region, cards, driving licences and other ID
numbers (emails, IPs, IBANs and US SSNs are presidio's own recognizers, see `recognizers`; an
e-mail address spelled out, "name at mail dot com", is ours).

Each finder is a compiled regex plus a check, written for recall first: a number that is
personal data in one country must not survive because another country writes it differently,
and a long number that looks like nothing we know is still redacted (`ID_NUMBER`) rather than
sent on. What stays readable: dates, times, versions, amounts, short numbers ("card ending
4471", "Android 14") and numbers inside URLs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers

from ingestion.pii import tables
from ingestion.pii.lexicon import words
from ingestion.pii.spans import Found, readable

URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
# Numbers are read on a copy of the text in which the typographic forms of their characters are
# plain ASCII, one character for one (offsets stay): what every finder reads (`spans.readable`:
# no-break and thin spaces, the non-breaking hyphen, full-width digits) and, for numbers only,
# en spaces, dashes and the soft hyphen, full-width plus and brackets, and the katakana
# prolonged sound mark typed as a dash ("０９０ー１２３４ー５６７８").
_NUMBER_FORMS = str.maketrans(
    {
        **dict.fromkeys("\u2002\u2003", " "),
        **dict.fromkeys("\u2010\u2012\u2013\u2212\uff0d\u30fc\u00ad", "-"),
        "\uff0b": "+",
        "\uff08": "(",
        "\uff09": ")",
    }
)


def plain(text: str) -> str:
    """`text` with the typographic forms of digits and their separators made ASCII, offsets kept."""
    text = readable(text)
    return text if text.isascii() else text.translate(_NUMBER_FORMS)


# A run of digits in groups: an optional international prefix, then digits separated by single
# spaces, dots, dashes or slashes (or two spaces), with optional parentheses around a group; an
# extension. `NARROW_RUN`: the same with single separators only.
# Japanese and Korean write no space between a word and a number: their letters end no number.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_GLUED = rf"(?![{_CJK}])\w"  # a letter or digit a number cannot start or end next to
# An extension's word in English and other languages (German "Durchwahl", French "poste",
# Italian "interno", Portuguese "ramal", Spanish "anexo", Dutch "toestel", Polish "wewn.", Turkish
# "dahili").
_EXT = r"(?:ext[.:]?|extn[.:]?|extension|durchwahl|dw\.|poste|interno|int\.|ramal|anexo|toestel|tst\.|wewn\.|dahili)"


def _number_run(separator: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<!{_GLUED}|\+)"
        rf"(?:\+|00)?\(?\d[\d)]*(?:(?:{separator})\(?\d[\d)]*){{0,8}}"
        rf"(?:\s?(?:x|#|{_EXT})\s?\d{{1,5}})?"
        rf"(?!{_GLUED})",
        re.IGNORECASE,
    )


NUMBER_RUN = _number_run(r"[ .\-/]|  | - |\) ?| ?\(")
NARROW_RUN = _number_run(r"[ .\-/]| - |\) ?| ?\(")
# A desk's extension on its own ("ext. 4417", "Extension 3302"): a direct line to a person.
# Not a deadline's extension ("extension 120 days").
EXTENSION = re.compile(
    rf"\b{_EXT}\s?\d{{3,5}}(?!\w)"
    r"(?!\s*(?:days?|hours?|hrs?|weeks?|months?|years?|min(?:ute)?s?|%|percent))",
    re.IGNORECASE,
)
_EXTENSION_TAIL = re.compile(rf"\s?(?:x|#|{_EXT})\s?\d{{1,5}}$", re.IGNORECASE)
# A card typed with wide gaps between its groups ("4698  0995  5356  3298", "3782  822463  10005"):
# the groups of a number run are one separator apart.
WIDE_CARD = re.compile(
    r"(?<![\w.,])(?:\d{4}(?:[ \t]{1,3}\d{4}){3}|\d{4}[ \t]{1,3}\d{6}[ \t]{1,3}\d{5})(?![\w.,])"
)
# In an outbound prompt, a run of 7+ digits is refused even without a phone's shape or a context word.
LONG_NUMBER = re.compile(r"(?<![\w.])\d(?:[ .\-/]?\d){6,}(?![\w])")
ALNUM_ID = re.compile(r"(?<![\w-])(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{5,24}(?![\w-])", re.IGNORECASE)
UK_LICENCE = re.compile(r"\b[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}\b")
# A licence number written in groups, a letter first: New Jersey "P5433 77458 67252", Michigan
# "A 337 759 957 709" (after a licence cue only: the digit groups alone are a phone's shape).
GROUPED_LICENCE = re.compile(r"(?<![\w-])[A-Z] ?\d{3,4}(?:[ -]\d{3,5}){2,3}(?![\w-])")
DATE_LIKE = re.compile(
    # day and month in either order, one of them a month; a two-digit or a 19xx/20xx year
    r"^(?:(?:(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])|(?:0?[1-9]|1[0-2])[./-](?:0?[1-9]|[12]\d|3[01]))"
    r"[./-](?:\d{2}|(?:19|20)\d{2})|"
    r"(?:19|20)\d\d[./-](?:0?[1-9]|1[0-2])[./-](?:0?[1-9]|[12]\d|3[01])|"
    r"(?:19|20)\d\d\s?[-/]\s?(?:19|20)?\d\d|\d{1,2}[./]\d{1,2})$"
)
# A log line's time stamp ("2025-07-15T23:37:08Z"): its date and hour read as letters and digits.
ISO_TIME = re.compile(r"(?:19|20)\d\d-[01]\d-[0-3]\d[T_]\d")
PHONE_CONTEXT = re.compile(
    r"(?:phone|tel|telephone|call|ring|mobile|cell|fax|whats ?app|sms|text me|text from|texts from|"
    r"number|contact|reach|"
    r"desk|office|hotline|dial|mob|handy|téléphone|teléfono|telefone|puhelin|tlf|telefon|texted|"
    r"whatsapped|messaged|電話|携帯|전화|핸드폰|"
    # more languages and apps: Malay/Indonesian "HP"/"telp", Spanish "cel"/"móvil", Italian
    # "cellulare", German/Nordic "mobil"/"nummer", French "portable"/"tél", the messaging apps
    r"\bhp|\bph|telp|cel|celular|m[óo]vil|n[úu]mero|numero|nummer|mobil|portable|t[ée]l|"
    r"cellulare|telefono|telefonnummer|viber|telegram|signal|zalo|kakao|\bline|\bwa|txt|sms'd|"
    r"landline|dialled|dialed|rang|missed call|"
    # Maltese "call", Swahili "phone" and "call me"
    r"ċemplu|cemplu|simu|nipigie\w*)\W{0,3}(?:\w+\W{1,3}){0,4}$",
    re.IGNORECASE,
)
LICENCE_CONTEXT = re.compile(
    # "lic" and a driver's name before the number ("other driver Ana Ruiz X64624174 (Virginia)");
    # a key's "dl_number=", "DLN"; the licence's name in other languages (Dutch, Nordic, Finnish,
    # Polish, Czech/Slovak, Hungarian, Turkish, Portuguese and Brazil's CNH, Spanish, Greek,
    # Russian and Ukrainian, Arabic, Persian, Hindi, Thai, Japanese, Korean, Chinese)
    r"(?:licen[cs]e|licen[cç]a|licencia|(?<![a-z0-9])dln?(?![a-z0-9])|\blic\b|\bdriver\b|permit|"
    r"führerschein|permis|carnet|patente|rijbewijs|körkort|førerkort|kørekort|ökuskírteini|"
    r"ajokortti|prawo jazdy|prawa jazdy|řidičsk|vodičsk|jogosítvány|ehliyet|\bcnh\b|"
    r"άδεια οδήγησης|водительск|посвідчення водія|رخصة|گواهینامه|ड्राइविंग|ใบขับขี่|"
    r"運転免許|운전면허|驾驶证|駕駛執照|駕照)\W{0,3}(?:\w+\W{1,3}){0,3}$",
    re.IGNORECASE,
)
ID_CONTEXT = re.compile(
    r"(?:passport|\bid\b|identity|account|acct|member(?:ship)?|customer|policy|tax|national insurance|"
    r"\bnin\b|\bsin\b|\bnif\b|\bdni\b|\bcpf\b|personnummer|henkilötunnus|hetu|pesel|aadhaar|\bpan\b|"
    r"social security|ssn|licen[cs]e|routing|sort code)\W{0,3}(?:\w+\W{1,3}){0,3}$",
    re.IGNORECASE,
)


# A pasted table whose header names a phone column ("name,email,phone\nTan,…,94499977"): every
# cell of it with 6+ digits is a phone number.
_PHONE_HEADER = re.compile(
    r"^(?:phone|tel|telephone|mobile|mobile no|cell|msisdn|contact no|phone number)$", re.I
)


def table_phones(text: str) -> Iterator[Found]:
    for start, value in tables.column_cells(text, _PHONE_HEADER):
        if sum(ch.isdigit() for ch in value) >= 6 and re.fullmatch(r"[+\d][\d ()./-]*\d", value):
            yield Found(start, start + len(value), "PHONE_NUMBER")


# ... and an identity document's column ("emp_id\tname\tssn\tstate\tdl_number"): every cell with
# 4+ digits, whatever its shape ("C4150205", "P4837 73521 85811", "WDLY42YY5817").
_LICENCE_HEADER = re.compile(
    r"^(?:dl|dl[ _-]?(?:no|num|number|#)|driver'?s?[ _-]?licen[cs]e(?:[ _-]?(?:no|number))?|"
    r"licen[cs]e[ _-]?(?:no|num|number|#)?|driving[ _-]?licen[cs]e)$",
    re.I,
)
_ID_HEADER = re.compile(
    r"^(?:passport(?:[ _-]?(?:no|number))?|national[ _-]?id|id[ _-]?card|tax[ _-]?id|tin|nin|nino|"
    r"ssn|sin|aadhaar|pan|cpf|curp|nric|nif|dni|bsn|personnummer)$",
    re.I,
)
_ID_CELL = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ./-]{2,30}[A-Za-z0-9]")


def table_ids(text: str) -> Iterator[Found]:
    for header, entity in ((_LICENCE_HEADER, "US_DRIVER_LICENSE"), (_ID_HEADER, "ID_NUMBER")):
        for start, value in tables.column_cells(text, header):
            if sum(ch.isdigit() for ch in value) >= 4 and _ID_CELL.fullmatch(value):
                yield Found(start, start + len(value), entity)


# An e-mail address spelled out so scrapers miss it ("ngozi57 at outlook dot com",
# "hunter.boudreaux[at]icloud.com", "kim (at) mail (dot) kr"): the domain ends in a top-level
# domain; with a bare " at " the local part also holds a digit, a dot or an underscore ("meet at
# cafe.com", "look at google dot com" stay).
_SPELLED_EMAIL = re.compile(
    r"(?<![\w.+-])(?P<local>[A-Za-z0-9][\w.+-]{1,40})[ \t]*"
    r"(?P<at>\[at\]|\(at\)|\{at\}|<at>|[ \t]at[ \t]|[ \t]@[ \t])[ \t]*"
    r"(?P<domain>[A-Za-z0-9-]{2,30}(?:[ \t]*(?:\.|\[dot\]|\(dot\)|\{dot\}|[ \t]dot[ \t])[ \t]*[A-Za-z0-9-]{2,20}){1,3})"
    r"(?![\w-])",
    re.I,
)
_TLDS = words("""
    com net org edu gov io co uk de fr es it nl br in au ca jp kr cn ru pl tr za ng ke mx ar id my ph sg
    vn th ae sa eg pk bd lk nz ie ch at be se no dk fi pt gr ro hu cz ua il me info biz
""")
# Mail providers: a bare word before " at outlook dot com" is a mailbox, not a place.
_MAIL_PROVIDERS = words("""
    gmail googlemail outlook hotmail msn yahoo ymail icloud aol protonmail gmx yandex qq naver daum
    hanmail rediffmail zoho fastmail tutanota wanadoo libero virgilio uol
""")
# Cheap first look, so the full pattern runs only on the few texts that may spell an address out.
_SPELLED_AT = re.compile(r"\[at\]|\(at\)|\{at\}|<at>|\s@\s|\sdot\s|\sat\s+[\w-]{2,30}\.\w", re.I)


def spelled_emails(text: str) -> Iterator[Found]:
    if not _SPELLED_AT.search(text):
        return
    for m in _SPELLED_EMAIL.finditer(text):
        tld = re.split(r"[ \t.\[\]{}()]+", m.group("domain").lower().replace("dot", " "))[-1]
        if tld not in _TLDS:
            continue
        local, bare = m.group("local"), m.group("at").strip() in ("at", "@")
        provider = re.split(r"[ \t.\[\]{}()]+", m.group("domain").lower())[0]
        if bare and not re.search(r"[\d._]", local) and provider not in _MAIL_PROVIDERS:
            continue  # "meet at cafe.com", "look at google dot com"; not "krocha at outlook dot com"
        yield Found(m.start(), m.end(), "EMAIL_ADDRESS")


def find(text: str) -> Iterator[Found]:
    """Every structured identifier in the text (overlaps are resolved by the caller)."""
    text = plain(text)
    yield from spoken_groups(text)
    yield from spelled_emails(text)
    urls = [m.span() for m in URL.finditer(text)]
    yield from table_phones(text)
    if "\n" in text:
        yield from table_ids(text)
    for m in UK_LICENCE.finditer(text):
        yield Found(m.start(), m.end(), "US_DRIVER_LICENSE")
    for m in GROUPED_LICENCE.finditer(text):
        if LICENCE_CONTEXT.search(text[max(0, m.start() - 40) : m.start()]):
            yield Found(m.start(), m.end(), "US_DRIVER_LICENSE")
    for m in EXTENSION.finditer(text):
        yield Found(m.start(), m.end(), "PHONE_NUMBER")
    for m in WIDE_CARD.finditer(text):
        bare = re.sub(r"\D", "", m.group(0))
        if _luhn(bare) and bare[0] != "0" and not _inside(m.span(), urls):
            yield Found(m.start(), m.end(), "CREDIT_CARD")
    for m in NUMBER_RUN.finditer(text):
        if not _inside(m.span(), urls):
            found = _number(text, m)
            if found is not None:
                yield found
            elif "  " in m.group(0):  # not one number with a wide gap: its parts, each on its own
                for part in NARROW_RUN.finditer(text, m.start(), m.end()):
                    if (found := _number(text, part)) is not None:
                        yield found
    for m in ALNUM_ID.finditer(text):
        if _inside(m.span(), urls):
            continue
        value = m.group(0)
        digits = sum(ch.isdigit() for ch in value)
        before = text[max(0, m.start() - 40) : m.start()]
        # After a licence cue: 4+ digits, or a letter-heavy number of 7+ characters with 2+
        # digits (Washington's "WDLE1TY3HYC9").
        # Washington's licences since 2018: "WDL" and nine letters or digits, often one digit.
        washington = bool(re.fullmatch(r"WDL[A-Z0-9]{9}", value))
        if (digits >= 4 or (digits >= 2 and len(value) >= 7) or washington) and LICENCE_CONTEXT.search(
            before
        ):
            yield Found(m.start(), m.end(), "US_DRIVER_LICENSE")
        elif digits >= 5 and ID_CONTEXT.search(before):
            yield Found(m.start(), m.end(), "ID_NUMBER")
        elif digits >= 9 and not value.replace("-", "").isdigit() and not ISO_TIME.match(value):
            yield Found(m.start(), m.end(), "ID_NUMBER")  # mixed letters and a long number


# A number read out in groups with commas between them ("um my number is 0412, 345, 678"): a
# phone only after a phone cue, in 2–4-digit groups of 8–13 digits together.
SPOKEN_GROUPS = re.compile(r"(?<![\w,.])\+?\d{2,4}(?:, \d{2,4}){2,4}(?![\w]|,\s?\d)")


def spoken_groups(text: str) -> Iterator[Found]:
    for m in SPOKEN_GROUPS.finditer(text):
        digits = sum(ch.isdigit() for ch in m.group(0))
        if 8 <= digits <= 13 and PHONE_CONTEXT.search(text[max(0, m.start() - 40) : m.start()]):
            yield Found(m.start(), m.end(), "PHONE_NUMBER")
    yield from spoken_digits(text)


# A number read out digit by digit, as speech-to-text writes a voicemail: words and digit groups
# ("three one two - 345 - nine six seven four", "two oh one, 578, 2233"); or typed with some
# digits spelled so a group's filter lets it through, after its country code ("+254 seven one
# three 655174").
_DIGIT_WORDS = "zero|oh|o|one|two|three|four|five|six|seven|eight|nine"
_SPOKEN_PIECE = rf"(?:(?i:{_DIGIT_WORDS})\b|\d{{1,6}}\b)"
SPOKEN_DIGITS = re.compile(
    rf"(?<![\w+-])(?:\+\d{{1,3}}[ \t]+)?{_SPOKEN_PIECE}(?:(?:[ \t]*[-,.]?[ \t]+|[ \t]*-[ \t]*){_SPOKEN_PIECE}){{3,16}}"
)
_DIGIT_WORD = re.compile(rf"(?i:{_DIGIT_WORDS})\b")


def spoken_digits(text: str) -> Iterator[Found]:
    """7–15 digits, some of them words, after a phone cue (or 9+ of them without one)."""
    for m in SPOKEN_DIGITS.finditer(text):
        value = m.group(0)
        words = len(_DIGIT_WORD.findall(value))
        digits = words + sum(ch.isdigit() for ch in value)
        if words < 2 or not 7 <= digits <= 15:
            continue
        if digits >= 9 or PHONE_CONTEXT.search(text[max(0, m.start() - 40) : m.start()]):
            yield Found(m.start(), m.end(), "PHONE_NUMBER")


def _number(text: str, m: re.Match[str]) -> Found | None:
    value = m.group(0).rstrip(".-/ (")
    end = m.start() + len(value)
    if value.startswith("(") and ")" not in value:
        value, start = value[1:], m.start() + 1
    else:
        start = m.start()
    number = _EXTENSION_TAIL.sub("", value)  # the type is read without the extension
    digits = sum(ch.isdigit() for ch in number)
    if digits < 7:
        # the five- and six-digit numbers of small countries (Samoa "22937", the Faroes "21 60
        # 95"), right after a phone's own label (most short numbers are let go at the first test)
        short_phone = (
            digits >= 5
            and _SHORT_PHONE_LABEL.search(text, max(0, start - 32), start)
            and not DATE_LIKE.match(value)
            and not _date_then_hour(text, value, end)
        )
        return Found(start, end, "PHONE_NUMBER") if short_phone else None
    if DATE_LIKE.match(value) or _date_then_hour(text, value, end):
        return None
    version = _VERSION_HEAD.match(value)
    if (
        version
        and sum(ch.isdigit() for ch in value[version.end() :]) < 7
        and not PHONE_CONTEXT.search(text[max(0, start - 40) : start])
    ):
        return None  # a release and its build ("4.4.6 (34616)"), not a number in groups
    bare = re.sub(r"\D", "", number)
    international = value.startswith(("+", "00"))
    before = text[max(0, start - 40) : start]
    if "  " in value:
        # groups two spaces apart: a phone typed with a wide gap ("072 30  5809", "+237 671  2000
        # 66"), or a table's columns side by side ("2024  15  300"), which stay
        if not (international or value.startswith("0") or PHONE_CONTEXT.search(before)) or digits > 15:
            return None
        return Found(start, end, "PHONE_NUMBER")
    if (
        13 <= digits <= 19 and _luhn(bare) and bare[0] != "0"
    ):  # no card number starts with 0: "00675 …" dials out
        return Found(start, end, "CREDIT_CARD")
    separated = len(re.findall(r"[ .\-/()]", value)) >= 1
    if digits <= 15 and (international or value.startswith(("0", "(")) or PHONE_CONTEXT.search(before)):
        return Found(start, end, "PHONE_NUMBER")
    if digits <= 15 and separated and _phone_shaped(value):
        return Found(start, end, "PHONE_NUMBER")
    if digits >= 9 or (digits >= 7 and ID_CONTEXT.search(before)):
        return Found(start, end, "ID_NUMBER")
    if separated and _valid_somewhere(bare):
        return Found(start, end, "PHONE_NUMBER")
    return None


_SHORT_PHONE_LABEL = re.compile(
    r"(?:\b(?:phone|tel|telephone|mobile|cell|whats ?app|sms)(?:[ \t]+(?:no\.?|number|nr\.?))?[ \t]*[:.#]?"
    r"|\bcall (?:me|him|her|us)(?: on| at)?|\b(?:my|his|her|our) (?:phone |mobile |cell )?number(?: is| to)?:?)"
    r"[ \t]*$",
    re.IGNORECASE,
)


# A version written x.y.z with short parts ("4.4.6", "10.2.13"); a phone's groups are longer.
_VERSION_HEAD = re.compile(r"\d{1,2}\.\d{1,2}\.\d{1,3}(?=[ \t]*\()")
_DATE_THEN_HOUR = re.compile(r"^(?P<date>\S+)[ T](?:[01]?\d|2[0-3])$")


def _date_then_hour(text: str, value: str, end: int) -> bool:
    """A date and the hour of the time after it ("2025-03-01 10" + ":42:01", a log line's
    stamp): no phone."""
    m = _DATE_THEN_HOUR.match(value)
    return m is not None and text[end : end + 1] == ":" and bool(DATE_LIKE.match(m.group("date")))


def _phone_shaped(value: str) -> bool:
    """Two or more groups of at most five digits ("555 0142 77", "612-237-222"); a decimal
    ("3.1415926") is not a phone."""
    groups = re.findall(r"\d+", value)
    if len(groups) < 2 or max(len(g) for g in groups) > 5:
        return False
    return not (len(groups) == 2 and "." in value)


_COMMON_REGIONS = ("US", "GB", "DE", "FR", "IN", "BR", "ES", "IT", "NL", "AU", "CA", "MX")


def _valid_somewhere(bare: str) -> bool:
    for region in _COMMON_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(bare, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _inside(span: tuple[int, int], ranges: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in ranges)
