"""Fourth blind synthetic PII set: labelled texts for testing and training the PII redactor.

Everything here (given names, surnames, streets, cities, phrases and templates) was written for
this file alone; only the tenant watch terms (``BRANDS`` / ``HANDLE_BRANDS``) come from
``bench/pii_synth.py``.  Nothing is drawn from Faker or any name package.

What the texts look like
    Material a crisis-monitoring platform for a bank, an airline and a retailer would ingest:
    34 genres with 4 templates each.  Social media (angry replies to outage posts, quote posts,
    video comment threads, influencer posts, breach-victim posts, petition signatures), customer
    care (call transcripts with speaker labels, chatbot logs, IVR speech-to-text, airline
    rebooking chats, CRM notes, accessibility and bereavement requests), formal mail (regulator
    complaints, breach notification letters, debt disputes, chargeback evidence, insurance first
    notice of loss, press enquiries, internal escalations) and operations (field-engineer dispatch,
    ATM incidents, passenger manifests, cabin-crew reports, loyalty merges, pager messages, SIEM
    alerts).  Four genres (status posts, news wires, service logs, fan chatter) carry no PII at all
    but plenty of capitalised non-PII words, so roughly 15 % of rows are PII-free.

Locales
    34 locales, among them Spain (Castilian, Catalan, Basque names), Portugal, Brazil, Poland,
    Ukraine, Turkey, Israel, Iran, Egypt, Kenya, Nigeria (Yoruba, Igbo, Hausa), South Africa (Zulu,
    Xhosa, Afrikaans), Ethiopia, India (Tamil, Bengali, Punjabi, Hindi belt), Pakistan, Bangladesh,
    China, Japan, Korea, Vietnam, Thailand, Philippines, Indonesia, Malaysia, Mexico, Colombia,
    Canada, UK, Germany, Netherlands, Sweden, Hungary, Iceland and the US (residents of many
    origins; every text with an SSN or a driver's licence is US).  About a quarter of the texts mix
    in the locale's language (phrases, native-script names and addresses); some rows are all
    lower case, a few ALL CAPS, some carry typos outside the labelled spans.

Labels and conventions
    CREDIT_CARD (Luhn-valid), EMAIL_ADDRESS (a person's mailbox; role mailboxes such as support@
    are left unlabelled), PHONE_NUMBER (as written, extension included, drawn with ``phonenumbers``
    and checked valid), IBAN_CODE (mod-97 valid, real lengths), US_SSN, IP_ADDRESS (v4 and v6),
    US_DRIVER_LICENSE (per-state shapes; the state name is outside the span), PERSON and
    STREET_ADDRESS.
    PERSON covers a private person's name in any written form (full, given, surname, initial plus
    surname, lower case, capitals, "SURNAME, Given", "SURNAME/GIVEN", native script) and handles or
    user names built from it (without the "@" / "u/").  Titles and honorifics (Mr, Sra., Frau,
    -san, 様, 씨, Bey ...) and a possessive "'s" stay outside.  Public figures, companies,
    products, places, bots and brand handles are not persons.
    STREET_ADDRESS covers house number and street with flat/floor/unit and, when written with
    them, district, postcode and city.  A city, country or postcode on its own is not labelled.
    Hard negatives left unlabelled: order/ticket/case/tracking numbers, booking references,
    flight numbers, dates, times, amounts, percentages, versions, store and ATM ids, last four
    digits of cards, OTP codes, passport and policy numbers, job titles, storms, sports teams.

Row format
    {"text", "spans": [{"label", "start", "end", "value"}], "template_id", "locale", "brands"}
    Spans are sorted and non-overlapping, ``text[start:end] == value``.  ``brands`` lists the
    watch terms as they appear in the text.  ``template_id`` runs genre by genre, four per genre,
    so ``template_id % 4`` and parity splits keep every genre on both sides.

Usage
    python bench/pii_synth_fourth.py --n 1500 --seed 0 > fourth.jsonl
    python bench/pii_synth_fourth.py --check
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
from dataclasses import dataclass
from pathlib import Path

import phonenumbers

sys.path.insert(0, str(Path(__file__).resolve().parent))
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
BRAND = "BRAND"  # internal segment tag, exported through ``brands`` only
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _words(s: str) -> list[str]:
    return s.split()


def _toks(s: str) -> list[str]:
    """Whitespace-separated tokens, "_" standing for a space inside a token."""
    return [t.replace("_", " ") for t in s.split()]


def _fill(rng: random.Random, pat: str) -> str:
    """Fill a pattern: # any digit, & digit 1-9, @ capital letter, * small letter a-d."""
    out = []
    for ch in pat:
        if ch == "#":
            out.append(str(rng.randrange(10)))
        elif ch == "&":
            out.append(str(rng.randrange(1, 10)))
        elif ch == "@":
            out.append(rng.choice(UPPER))
        elif ch == "*":
            out.append(rng.choice("abcd"))
        else:
            out.append(ch)
    return "".join(out)


def _pick(rng: random.Random, pool: str) -> str:
    return _fill(rng, rng.choice(_toks(pool)))


_FOLD = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D"}
    | {"þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae", "ı": "i", "œ": "oe", "’": "", "'": ""}
)


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(c for c in s if not unicodedata.combining(c))


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _fold(s).lower())


# ---------------------------------------------------------------- numbers with checksums


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
    digits = re.sub(r"\D", "", number)
    return len(digits) >= 12 and _luhn_digit(digits[:-1]) == digits[-1]


# (prefix pool, length, grouping)
_CARD_KINDS = [
    ("4", 16, (4, 4, 4, 4)),
    ("4", 16, (4, 4, 4, 4)),
    ("51 52 53 54 55", 16, (4, 4, 4, 4)),
    ("23 24 25 26", 16, (4, 4, 4, 4)),
    ("34 37", 15, (4, 6, 5)),
    ("6011 65", 16, (4, 4, 4, 4)),
    ("3528 3530 3566 3589", 16, (4, 4, 4, 4)),
    ("62", 19, (4, 4, 4, 4, 3)),
    ("36", 14, (4, 6, 4)),
]


def credit_card(rng: random.Random) -> str:
    pool, length, groups = rng.choice(_CARD_KINDS)
    pre = rng.choice(pool.split())
    body = pre + "".join(str(rng.randrange(10)) for _ in range(length - len(pre) - 1))
    digits = body + _luhn_digit(body)
    style = rng.random()
    if style < 0.3:
        return digits
    sep = "-" if style < 0.5 else " "
    parts, pos = [], 0
    for g in groups:
        parts.append(digits[pos : pos + g])
        pos += g
    return sep.join(parts)


# BBAN patterns; the IBAN length is 4 + len(pattern)
_IBAN_BBAN = {
    "AT": "################", "BE": "############", "BR": "#######################@&",
    "CH": "#################", "DE": "##################", "DK": "##############",
    "EG": "#########################", "ES": "####################", "FI": "##############",
    "FR": "#######################", "GB": "@@@@##############", "GR": "#######################",
    "HU": "########################", "IE": "@@@@##############", "IL": "###################",
    "IR": "######################", "IS": "######################", "IT": "@######################",
    "NL": "@@@@##########", "NO": "###########", "PK": "@@@@################",
    "PL": "########################", "PT": "#####################", "SA": "####################",
    "SE": "####################", "TR": "######################", "UA": "#########################",
    "AE": "###################", "LU": "################",
}  # fmt: skip
IBAN_LENGTHS = {cc: 4 + len(p) for cc, p in _IBAN_BBAN.items()}


def _iban_num(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(value: str) -> bool:
    s = re.sub(r"\s", "", value).upper()
    return IBAN_LENGTHS.get(s[:2]) == len(s) and _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(rng: random.Random, country: str) -> str:
    bban = _fill(rng, _IBAN_BBAN[country])
    check = 98 - _iban_num(bban + country + "00") % 97
    code = f"{country}{check:02d}{bban}"
    if rng.random() < 0.4:
        return code
    return " ".join(code[i : i + 4] for i in range(0, len(code), 4))


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    d = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    r = rng.random()
    if r < 0.7:
        return f"{d[:3]}-{d[3:5]}-{d[5:]}"
    return f"{d[:3]} {d[3:5]} {d[5:]}" if r < 0.85 else d


# state abbreviation -> (state name, licence patterns)
_DL = {
    "CA": ("California", "@#######"), "NY": ("New York", "###_###_### #########"),
    "TX": ("Texas", "########"), "FL": ("Florida", "@###-###-##-###-# @############"),
    "IL": ("Illinois", "@###-####-#### @###########"), "WA": ("Washington", "WDL@@&##@#&"),
    "PA": ("Pennsylvania", "##_###_### ########"), "OH": ("Ohio", "@@######"),
    "MI": ("Michigan", "@_###_###_###_### @############"), "NJ": ("New Jersey", "@####_#####_#####"),
    "GA": ("Georgia", "&########"), "AZ": ("Arizona", "@########"), "MA": ("Massachusetts", "S########"),
    "CO": ("Colorado", "##-###-####"), "VA": ("Virginia", "@########"), "WI": ("Wisconsin", "@###-####-####-##"),
    "MD": ("Maryland", "@-###-###-###-###"), "MN": ("Minnesota", "@############"),
}  # fmt: skip


def driver_licence(rng: random.Random) -> tuple[str, str]:
    st = rng.choice(sorted(_DL))
    name, pats = _DL[st]
    return (rng.choice([st, name, name, f"{name} ({st})"]), _pick(rng, pats))


def ipv4(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.12:
        return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randint(1, 254)}"
    if r < 0.2:
        return f"192.168.{rng.randrange(256)}.{rng.randint(1, 254)}"
    first = rng.choice([n for n in range(1, 224) if n not in (10, 127)])
    return f"{first}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    head = rng.choice(["2a02", "2a01", "2001", "2600", "2607", "2409", "2c0f", "2406", "2804", "fe80"])
    parts = [int(head, 16)] + [rng.randrange(65536) for _ in range(7)]
    if head == "fe80":
        parts[1:4] = [0, 0, 0]
    elif rng.random() < 0.6:
        k = rng.randint(2, 4)
        parts[4 : 4 + k] = [0] * k
    addr = ipaddress.IPv6Address(sum(p << (16 * (7 - i)) for i, p in enumerate(parts)))
    return addr.exploded if rng.random() < 0.2 else addr.compressed


# ---------------------------------------------------------------- phone numbers

_PN = phonenumbers.PhoneNumberFormat
_PHONE_CACHE: dict[tuple[str, int], phonenumbers.PhoneNumber | None] = {}


def _example(region: str, kind: int) -> phonenumbers.PhoneNumber | None:
    key = (region, kind)
    if key not in _PHONE_CACHE:
        _PHONE_CACHE[key] = phonenumbers.example_number_for_type(region, kind)
    return _PHONE_CACHE[key]


def phone_number(rng: random.Random, region: str, fixed: bool | None = None) -> phonenumbers.PhoneNumber:
    if fixed is None:
        fixed = rng.random() < 0.3
    kind = phonenumbers.PhoneNumberType.FIXED_LINE if fixed else phonenumbers.PhoneNumberType.MOBILE
    ex = _example(region, kind) or _example(region, phonenumbers.PhoneNumberType.FIXED_LINE)
    assert ex is not None, region
    nsn = phonenumbers.national_significant_number(ex)
    for _ in range(60):
        k = rng.randint(3, min(7, len(nsn) - 2))
        cand = nsn[:-k] + "".join(str(rng.randrange(10)) for _ in range(k))
        num = phonenumbers.parse(f"+{ex.country_code}{cand}")
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            return num
    return ex


_EXT_WORDS = {
    "DE": " Durchwahl ",
    "CA": " poste ",
    "NL": " toestel ",
    "ES": " ext. ",
    "MX": " ext. ",
    "SE": " ankn. ",
}


def format_phone(rng: random.Random, num: phonenumbers.PhoneNumber, ext_ok: bool = False) -> str:
    e164 = phonenumbers.format_number(num, _PN.E164)
    intl = phonenumbers.format_number(num, _PN.INTERNATIONAL)
    nat = phonenumbers.format_number(num, _PN.NATIONAL)
    cc = str(num.country_code)
    nsn = phonenumbers.national_significant_number(num)
    nat_digits = re.sub(r"\D", "", nat)
    trunk = nat_digits[: len(nat_digits) - len(nsn)]
    r = rng.randrange(14)
    if r == 0:
        out = e164
    elif r in (1, 2):
        out = intl
    elif r in (3, 4):
        out = nat
    elif r == 5:
        out = "00" + intl[1:]
    elif r == 6:
        out = intl.replace(" ", ".").replace("-", ".")
    elif r == 7:
        out = nat.replace(" ", "/", 1) if " " in nat and "(" not in nat else nat
    elif r == 8:
        out = nat_digits
    elif r == 9 and trunk:
        out = f"+{cc} ({trunk}) {' '.join(intl.split(' ')[1:])}"
    elif r == 10:
        out = f"(+{cc}) {nsn}"
    elif r == 11:
        out = f"+{cc} " + " ".join(nsn[i : i + 2] for i in range(0, len(nsn), 2))
    elif r == 12:
        out = f"+{cc}-{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}".rstrip("-")
    else:
        out = intl.replace(" ", "-")
    if ext_ok and rng.random() < 0.3:
        ext = str(rng.randint(2, 9999))
        local = _EXT_WORDS.get(phonenumbers.region_code_for_number(num) or "", " ext. ")
        out += rng.choice([" ext. ", " ext ", " x", " #", ", ext. ", " (ext ", local, local]) + ext
        if out.count("(") > out.count(")"):
            out += ")"
    return out


# ---------------------------------------------------------------- local-language phrases
# order: hi | thanks | help | myname | reach | live | angry | down | refund | regards | late | blocked

PHRASE_KEYS = _words("hi thanks help myname reach live angry down refund regards late blocked")
_PHRASES = """
en: Hi | Thanks | please help | my name is | you can reach me on | I live at | this is unacceptable | the app is down again | I want my money back | Regards | my late father | my card got blocked
es: Hola | Gracias | por favor, ayuda | me llamo | podéis llamarme al | vivo en | esto es inaceptable | otra vez la app caída | quiero que me devuelvan el dinero | Saludos | mi difunto padre | me han bloqueado la tarjeta
ca: Hola | Gràcies | si us plau, ajudeu-me | em dic | em podeu trucar al | visc a | això és inacceptable | l'app torna a estar caiguda | vull que em retornin els diners | Salutacions | el meu difunt pare | m'han bloquejat la targeta
pt: Olá | Obrigado | ajudem-me, por favor | chamo-me | podem ligar-me para o | moro na | isto é inaceitável | a app está outra vez em baixo | quero o meu dinheiro de volta | Cumprimentos | o meu falecido pai | bloquearam-me o cartão
ptbr: Oi | Valeu | me ajudem, por favor | meu nome é | podem me ligar no | moro na | isso é um absurdo | o app caiu de novo | quero meu dinheiro de volta | Abraços | meu falecido pai | meu cartão foi bloqueado
pl: Dzień dobry | Dziękuję | proszę o pomoc | nazywam się | mój numer to | mieszkam przy | to jest skandal | aplikacja znowu nie działa | chcę zwrotu pieniędzy | Pozdrawiam | mój zmarły ojciec | zablokowano mi kartę
uk: Добрий день | Дякую | допоможіть, будь ласка | мене звати | мій номер | я живу за адресою | це неприпустимо | застосунок знову не працює | поверніть мої гроші | З повагою | мій покійний батько | мені заблокували картку
tr: Merhaba | Teşekkürler | lütfen yardım edin | benim adım | bana şu numaradan ulaşabilirsiniz | adresim | bu kabul edilemez | uygulama yine çöktü | paramı geri istiyorum | Saygılarımla | rahmetli babam | kartım bloke edildi
he: שלום | תודה | בבקשה תעזרו | קוראים לי | אפשר להשיג אותי ב- | אני גר ב | זה לא מקובל | האפליקציה שוב לא עובדת | אני רוצה את הכסף שלי בחזרה | בברכה | אבי המנוח | הכרטיס שלי נחסם
fa: سلام | ممنون | لطفا کمک کنید | اسم من | شماره من | آدرس من | این قابل قبول نیست | اپلیکیشن دوباره از کار افتاده | پولم را پس می‌خواهم | با احترام | پدر مرحومم | کارتم مسدود شد
ar: أهلاً | شكراً | ساعدوني من فضلكم | اسمي | رقمي | عنواني | ده مش مقبول | التطبيق واقع تاني | عايز فلوسي ترجع | مع التحية | والدي المرحوم | الكارت بتاعي اتوقف
sw: Habari | Asante | tafadhali nisaidieni | jina langu ni | nipigie kwa | ninaishi | hii haikubaliki | app imezima tena | nataka pesa yangu irudishwe | Wako | marehemu baba yangu | kadi yangu imefungwa
pcm: How far | Thank you | abeg help me | my name na | call me for | I dey stay for | this one no make sense at all | una app don crash again | I want my money back abeg | Regards | my late papa | dem don block my card
af: Hallo | Dankie | help asseblief | my naam is | jy kan my skakel by | ek woon by | dis onaanvaarbaar | die app is weer af | ek wil my geld terug hê | Groete | my oorlede pa | my kaart is geblokkeer
zu: Sawubona | Ngiyabonga | ngicela usizo | igama lami ngu | ningangithinta ku | ngihlala e | lokhu akwamukeleki | i-app iphinde yawa | ngifuna imali yami ibuye | Ozithobayo | ubaba wami ongasekho | ikhadi lami livaliwe
am: ሰላም | አመሰግናለሁ | እባካችሁ እርዱኝ | ስሜ | በዚህ ስልክ ደውሉልኝ | የምኖረው | ይህ ተቀባይነት የለውም | አፑ እንደገና ተበላሽቷል | ገንዘቤ ይመለስልኝ | ከሰላምታ ጋር | ሟቹ አባቴ | ካርዴ ታግዷል
hi: Namaste | Dhanyavaad | please meri help karo | mera naam hai | mujhe is number pe call karo | main yahan rehta hoon | yeh bilkul galat hai | app phir se down hai | mujhe mera paisa wapas chahiye | Dhanyavaad sahit | mere swargiya pitaji | mera card block ho gaya
ta: வணக்கம் | நன்றி | தயவுசெய்து உதவுங்கள் | என் பெயர் | என்னை இந்த எண்ணில் அழைக்கவும் | என் முகவரி | இது ஏற்றுக்கொள்ள முடியாதது | ஆப் மீண்டும் வேலை செய்யவில்லை | என் பணத்தை திருப்பி தாருங்கள் | அன்புடன் | என் மறைந்த தந்தை | என் கார்டு முடக்கப்பட்டது
bn: হ্যালো | ধন্যবাদ | দয়া করে সাহায্য করুন | আমার নাম | আমাকে এই নম্বরে ফোন করুন | আমার ঠিকানা | এটা মেনে নেওয়া যায় না | অ্যাপ আবার বন্ধ | আমার টাকা ফেরত চাই | শুভেচ্ছান্তে | আমার প্রয়াত বাবা | আমার কার্ড ব্লক হয়ে গেছে
pa: ਸਤ ਸ੍ਰੀ ਅਕਾਲ | ਧੰਨਵਾਦ | ਕਿਰਪਾ ਕਰਕੇ ਮਦਦ ਕਰੋ | ਮੇਰਾ ਨਾਮ | ਮੈਨੂੰ ਇਸ ਨੰਬਰ 'ਤੇ ਫ਼ੋਨ ਕਰੋ | ਮੇਰਾ ਪਤਾ | ਇਹ ਮਨਜ਼ੂਰ ਨਹੀਂ | ਐਪ ਫਿਰ ਬੰਦ ਹੈ | ਮੇਰੇ ਪੈਸੇ ਵਾਪਸ ਕਰੋ | ਸਤਿਕਾਰ ਸਹਿਤ | ਮੇਰੇ ਸਵਰਗੀ ਪਿਤਾ ਜੀ | ਮੇਰਾ ਕਾਰਡ ਬਲੌਕ ਹੋ ਗਿਆ
ur: السلام علیکم | شکریہ | براہ کرم مدد کریں | میرا نام | مجھے اس نمبر پر کال کریں | میرا پتہ | یہ ناقابل قبول ہے | ایپ پھر بند ہے | مجھے میرے پیسے واپس چاہییں | والسلام | میرے مرحوم والد | میرا کارڈ بلاک ہو گیا
zh: 你好 | 谢谢 | 请帮帮我 | 我叫 | 我的电话是 | 我住在 | 这太离谱了 | APP又崩了 | 我要退款 | 此致 | 我已故的父亲 | 我的卡被冻结了
ja: こんにちは | ありがとうございます | 助けてください | 私の名前は | 連絡先は | 住所は | ありえない | アプリがまた落ちてる | 返金してください | よろしくお願いします | 亡くなった父 | カードが止められた
ko: 안녕하세요 | 감사합니다 | 도와주세요 | 제 이름은 | 연락처는 | 주소는 | 이건 말도 안 돼요 | 앱이 또 먹통이에요 | 환불해 주세요 | 잘 부탁드립니다 | 돌아가신 아버지 | 카드가 정지됐어요
vi: Xin chào | Cảm ơn | làm ơn giúp tôi | tôi tên là | gọi cho tôi theo số | tôi sống tại | thật không thể chấp nhận được | app lại sập rồi | tôi muốn được hoàn tiền | Trân trọng | người cha quá cố của tôi | thẻ của tôi bị khóa
th: สวัสดีครับ | ขอบคุณครับ | ช่วยด้วยครับ | ผมชื่อ | ติดต่อผมได้ที่ | ที่อยู่ของผมคือ | แบบนี้รับไม่ได้ | แอปล่มอีกแล้ว | ขอเงินคืนด้วย | ด้วยความเคารพ | คุณพ่อผู้ล่วงลับของผม | บัตรของผมถูกระงับ
tl: Hello po | Salamat po | pakitulungan naman ako | ako si | pwede niyo akong tawagan sa | nakatira ako sa | hindi ito katanggap-tanggap | down na naman ang app | ibalik niyo ang pera ko | Maraming salamat | ang yumao kong ama | na-block ang card ko
id: Halo | Terima kasih | tolong bantu saya | nama saya | hubungi saya di | saya tinggal di | ini keterlaluan | aplikasinya down lagi | saya mau uang saya kembali | Salam | almarhum ayah saya | kartu saya diblokir
ms: Hai | Terima kasih | tolong bantu saya | nama saya | boleh hubungi saya di | saya tinggal di | ini tak boleh diterima | app down lagi | saya nak duit saya balik | Yang benar | arwah ayah saya | kad saya disekat
esmx: Hola | Gracias | ayúdenme por favor | me llamo | me pueden marcar al | vivo en | esto es una burla | otra vez se cayó la app | quiero mi reembolso | Saludos | mi difunto padre | me bloquearon la tarjeta
esco: Buenas | Muchas gracias | ayúdenme por favor | mi nombre es | me pueden llamar al | vivo en la | esto es el colmo | otra vez se cayó la app | quiero que me devuelvan la plata | Cordialmente | mi difunto padre | me bloquearon la tarjeta
fr: Bonjour | Merci | aidez-moi svp | je m'appelle | vous pouvez me joindre au | j'habite au | c'est inacceptable | l'appli est encore en panne | je veux être remboursé | Cordialement | mon défunt père | ma carte a été bloquée
de: Hallo | Danke | bitte helfen Sie mir | mein Name ist | Sie erreichen mich unter | ich wohne in der | das ist inakzeptabel | die App ist schon wieder down | ich will mein Geld zurück | Mit freundlichen Grüßen | mein verstorbener Vater | meine Karte wurde gesperrt
nl: Hoi | Bedankt | help me alsjeblieft | mijn naam is | je kunt me bereiken op | ik woon op | dit is onacceptabel | de app ligt er weer uit | ik wil mijn geld terug | Met vriendelijke groet | mijn overleden vader | mijn pas is geblokkeerd
sv: Hej | Tack | snälla hjälp mig | jag heter | ni når mig på | jag bor på | det här är oacceptabelt | appen ligger nere igen | jag vill ha tillbaka mina pengar | Med vänliga hälsningar | min avlidne pappa | mitt kort har spärrats
hu: Jó napot | Köszönöm | kérem, segítsenek | a nevem | elérhető vagyok ezen a számon | a címem | ez elfogadhatatlan | megint leállt az app | vissza akarom kapni a pénzem | Üdvözlettel | néhai édesapám | letiltották a kártyámat
is: Halló | Takk | vinsamlegast hjálpið mér | ég heiti | það má hringja í mig í | ég bý á | þetta er óásættanlegt | appið liggur aftur niðri | ég vil fá peningana mína til baka | Kveðja | faðir minn heitinn | kortinu mínu var lokað
"""
PHRASES: dict[str, dict[str, str]] = {}
for _line in _PHRASES.strip().splitlines():
    _lang, _, _rest = _line.partition(": ")
    _vals = [v.strip() for v in _rest.split(" | ")]
    assert len(_vals) == len(PHRASE_KEYS), _lang
    PHRASES[_lang] = dict(zip(PHRASE_KEYS, _vals, strict=True))

# language -> (male titles, female titles); "+" marks a suffix written after the name
TITLES = {
    "en": ("Mr Mr. Dr Dr.", "Ms Mrs Mrs. Miss Dr"), "es": ("Sr. D. Don", "Sra. Dña. Doña"),
    "ca": ("Sr. En", "Sra. Na"), "pt": ("Sr. Senhor", "Sra. Dona D."), "ptbr": ("Sr. Seu", "Sra. Dona"),
    "esmx": ("Sr. Don Lic.", "Sra. Doña Lic."), "esco": ("Sr. Don Dr.", "Sra. Doña Dra."),
    "fr": ("M. Monsieur", "Mme Madame"), "de": ("Herr Hr. Dr.", "Frau Fr. Dr."),
    "nl": ("dhr. de_heer", "mevr. mevrouw"), "pl": ("Pan p.", "Pani p."), "af": ("mnr. oom", "mev. tannie"),
    "id": ("Bapak Pak", "Ibu Bu"), "ms": ("Encik En.", "Puan Cik"), "tl": ("G. Ginoong", "Gng. Bb."),
    "hi": ("Shri Sri", "Smt. Kumari"), "th": ("Khun", "Khun"), "sw": ("Bw. Mzee", "Bi. Mama"),
    "am": ("Ato", "W/ro"), "ja": ("+様 +さん +-san", "+様 +さん +-san"), "ko": ("+씨 +님", "+씨 +님"),
    "tr": ("+Bey", "+Hanım"), "pcm": ("Mr Oga Chief", "Mrs Madam Aunty"), "vi": ("anh ông", "chị bà"),
}  # fmt: skip

_CURRENCY = {
    "ES": "€", "PT": "€", "DE": "€", "NL": "€", "BR": "R$", "PL": "zł", "UA": "₴", "TR": "₺", "IL": "₪",
    "IR": "IRR", "EG": "EGP", "KE": "KES", "NG": "₦", "ZA": "R", "ET": "ETB", "IN": "₹", "PK": "Rs",
    "BD": "৳", "CN": "¥", "JP": "¥", "KR": "₩", "VN": "₫", "TH": "฿", "PH": "₱", "ID": "Rp", "MY": "RM",
    "MX": "MX$", "CO": "COP", "CA": "C$", "GB": "£", "SE": "kr", "HU": "Ft", "IS": "kr", "US": "$",
}  # fmt: skip


# ---------------------------------------------------------------- locales
# A name group is "style | male given | female given | surnames | extra".  Tokens: "_" is a space,
# "Latin=native" gives the native spelling, "male/female" gendered forms.  Address blocks hold
# pools ("key: tokens", pattern characters allowed) and formats ("fmt:" / "short:", " | "-split);
# a city token is "Name:postcode pattern:district or state".


@dataclass
class Locale:
    code: str
    region: str
    iban: str
    langs: list[str]
    mail: list[str]
    groups: list[list[str]]
    addr: dict[str, list[str]]
    borrow: float


LOCALES: dict[str, Locale] = {}


def _loc(header: str, groups: list[str], addr: str, borrow: float = 0.0) -> None:
    """header: "code phone-region iban-country-or-dash | languages | mail domains"."""
    ids, langs, mail = header.split(" | ")
    code, region, iban_cc = ids.split()
    pools: dict[str, list[str]] = {}
    for line in addr.strip().splitlines():
        key, _, val = line.partition(":")
        val = val.strip()
        pools[key.strip()] = [v.strip() for v in val.split(" | ")] if key in ("fmt", "short") else val.split()
    LOCALES[code] = Locale(
        code,
        region,
        iban_cc.strip("-"),
        langs.split(),
        mail.split(),
        [g.split(" | ") for g in groups],
        pools,
        borrow,
    )


_loc(
    "es_ES ES ES | es es ca | gmail.com hotmail.es yahoo.es telefonica.net outlook.es",
    [
        "es2 | Alejandro Javier Sergio Álvaro Jesús José_Luis Marcos Rubén Adrián Nicolás Tomás Ángel | Lucía María_José Carmen Paula Rocío Pilar Inés Alba Noelia Mercedes Esperanza Rosario | García Fernández López Martínez Sánchez Pérez Gómez Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero de_la_Fuente del_Río Benítez Peña Ortega",
        "ca | Jordi Pau Oriol Jaume Marc Arnau Joan Xavier Quim Pere | Montserrat Núria Laia Mireia Meritxell Roser Anna Aina Berta Clàudia | Puig Ferrer Vila Soler Serra Casals Pujol Rovira Font Bosch Vidal Camps Sala Prat Roca Giménez",
        "es2 | Iker Unai Aitor Jon Gorka Mikel Asier Xabier Ander Eneko Íñigo | Ainhoa Itziar Nerea Amaia Leire Maite Garazi Uxue Edurne Irati | Etxeberria Goikoetxea Agirre Zubizarreta Urrutia Arrieta Elizondo Olabarria Iturbe Larrañaga Etxebarria Ibarra",
    ],
    """
st: Calle_Mayor Calle_de_Alcalá Gran_Vía Paseo_de_la_Castellana Calle_Serrano Avenida_de_América Carrer_de_Mallorca Carrer_de_Provença Rambla_de_Catalunya Kale_Nagusia Calle_Larios Avenida_de_la_Constitución Calle_Sierpes Carrer_del_Consell_de_Cent
city: Madrid:28### Barcelona:08### Bilbao:480## Valencia:460## Sevilla:410## Málaga:290## Zaragoza:500## Donostia:200## Girona:170## Vitoria-Gasteiz:010##
fl: &º_&ª &º_@ bajo_izq. &º_dcha. ático_& Esc._@,_&º_&ª &º_izda.
fmt: {st}, {n}, {fl}, {pc} {city} | {st} {n}, {fl} - {pc} {city} | {st} {n}, {pc} {city} | {st}, {n} {fl}, {city}
short: {st} {n} | {st}, {n}, {fl} | {st} {n} {fl}
""",
)
_loc(
    "pt_PT PT PT | pt | sapo.pt gmail.com hotmail.com net.novis.pt",
    [
        "pt | João Tiago Rui Duarte Gonçalo Nuno Vasco Afonso Rodrigo Francisco | Inês Beatriz Leonor Mariana Joana Carolina Rita Matilde Sofia Catarina Conceição | Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Carvalho da_Silva dos_Santos de_Sousa Magalhães Araújo",
    ],
    """
st: Rua_Augusta Avenida_da_Liberdade Rua_do_Ouro Rua_de_Santa_Catarina Avenida_dos_Aliados Rua_Garrett Rua_da_Prata Travessa_do_Carmo Rua_Mouzinho_da_Silveira
city: Lisboa:1&##-### Porto:4&##-### Braga:47##-### Coimbra:30##-### Faro:80##-### Setúbal:29##-###
fl: &.º_Esq. &.º_Dto. r/c_Esq. &.º_Frente &.º_@
fmt: {st}, {n}, {fl}, {pc} {city} | {st} {n} {fl}, {pc} {city} | {st}, n.º {n}, {pc} {city}
short: {st}, {n} | {st} {n}, {fl}
""",
)
_loc(
    "pt_BR BR BR | ptbr | gmail.com uol.com.br bol.com.br hotmail.com terra.com.br",
    [
        "pt | Lucas Gabriel Rafael Thiago Felipe Matheus Bruno Gustavo Enzo Caio Wesley Anderson | Ana_Clara Juliana Larissa Camila Fernanda Letícia Bianca Thaís Gabriela Vitória Raíssa Jéssica | da_Silva dos_Santos Oliveira Souza Lima Pereira Ferreira Alves Ribeiro Carvalho Gomes Barbosa Rocha Nascimento Cavalcanti de_Almeida",
    ],
    """
st: Rua_das_Laranjeiras Avenida_Paulista Rua_Oscar_Freire Avenida_Atlântica Rua_XV_de_Novembro Avenida_Sete_de_Setembro Rua_da_Consolação Avenida_Boa_Viagem
city: São_Paulo:0&###-###:SP Rio_de_Janeiro:2&###-###:RJ Curitiba:8&###-###:PR Salvador:4&###-###:BA Recife:5&###-###:PE Belo_Horizonte:3&###-###:MG
dist: Laranjeiras Pinheiros Copacabana Boa_Viagem Savassi Batel Jardins Barra
fl: apto_&#& apto_&# bloco_@,_apto_&# casa_&
fmt: {st}, {n}, {fl}, {dist}, {city} - {reg}, {pc} | {st} {n} {fl} - {dist} - {city}/{reg} - CEP {pc} | {st}, {n} - {dist}, {city}
short: {st}, {n} | {st} {n}, {fl}
""",
)
_loc(
    "pl_PL PL PL | pl | wp.pl onet.pl o2.pl interia.pl gmail.com",
    [
        "w | Piotr Krzysztof Tomasz Paweł Michał Łukasz Grzegorz Mateusz Wojciech Jakub Bartłomiej | Agnieszka Małgorzata Katarzyna Joanna Zofia Magdalena Ewa Aleksandra Dorota Weronika Justyna | Kowalski/Kowalska Wiśniewski/Wiśniewska Wójcik Kowalczyk Kamiński/Kamińska Lewandowski/Lewandowska Zieliński/Zielińska Szymański/Szymańska Woźniak Dąbrowski/Dąbrowska Mazur Krawczyk Grabowski/Grabowska Nowak Pietrzak Jabłoński/Jabłońska Brzęczyszczykiewicz",
    ],
    """
st: ul._Marszałkowska ul._Piotrkowska ul._Długa ul._Floriańska al._Jerozolimskie ul._Świętokrzyska ul._Grunwaldzka ul._Mickiewicza ul._Słowackiego os._Tysiąclecia
city: Warszawa:0&-&## Kraków:3&-&## Łódź:9&-&## Gdańsk:8&-&## Wrocław:5&-&## Poznań:6&-&##
fl: m._&# m._& lok._&
fmt: {st} {n} {fl}, {pc} {city} | {st} {n}/{r}, {pc} {city} | {pc} {city}, {st} {n}/{r}
short: {st} {n} | {st} {n}/{r}
""",
)
_loc(
    "uk_UA UA UA | uk | ukr.net gmail.com i.ua meta.ua",
    [
        "pat | Oleksandr=Олександр Andrii=Андрій Taras=Тарас Bohdan=Богдан Dmytro=Дмитро Mykola=Микола Serhii=Сергій Yurii=Юрій Vasyl=Василь Ostap=Остап | Olena=Олена Iryna=Ірина Oksana=Оксана Nataliia=Наталія Kateryna=Катерина Yuliia=Юлія Mariia=Марія Solomiia=Соломія Daryna=Дарина Halyna=Галина | Shevchenko=Шевченко Kovalenko=Коваленко Bondarenko=Бондаренко Tkachenko=Ткаченко Kravchuk=Кравчук Melnyk=Мельник Tkach=Ткач Boiko=Бойко Kovalchuk=Ковальчук Oliinyk=Олійник Hrytsenko=Гриценко Lysenko=Лисенко Savchuk=Савчук Kovalskyi/Kovalska=Ковальський/Ковальська Zaporozhets=Запорожець | Petrovych/Petrivna=Петрович/Петрівна Ivanovych/Ivanivna=Іванович/Іванівна Mykolaiovych/Mykolaivna=Миколайович/Миколаївна Vasylovych/Vasylivna=Васильович/Василівна",
    ],
    """
st: vul._Khreshchatyk vul._Shevchenka prosp._Peremohy vul._Ivana_Franka vul._Sahaidachnoho bulv._Lesi_Ukrainky
stn: вул._Хрещатик вул._Шевченка просп._Перемоги вул._Івана_Франка вул._Сагайдачного бульв._Лесі_Українки
city: Kyiv:0&### Lviv:79### Kharkiv:61### Odesa:65### Dnipro:49###
cityn: Київ:0&### Львів:79### Харків:61### Одеса:65### Дніпро:49###
n: & &# &#-А &&
fmt: {st}, {n}, kv. {r}, {city}, {pc} | {stn}, {n}, кв. {r}, {cityn}, {pcn} | {pcn}, м. {cityn}, {stn}, буд. {n}, кв. {r} | {st} {n}, apt {r}, {city} {pc}
short: {st}, {n} | {stn}, {n}, кв. {r}
""",
)
_loc(
    "tr_TR TR TR | tr | gmail.com hotmail.com yandex.com.tr outlook.com.tr",
    [
        "w | Mehmet Mustafa Ahmet Emre Burak Hakan Oğuz Murat Yusuf Cem Barış İbrahim Serkan | Ayşe Fatma Zeynep Elif Emine Merve Büşra Gülşen Şule Özlem Çağla Deniz Ebru | Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek",
    ],
    """
st: Atatürk_Cad. İstiklal_Cad. Bağdat_Cad. Cumhuriyet_Cad. Gazi_Mustafa_Kemal_Blv. Kızılay_Sok. Barbaros_Blv. Moda_Cad. Lale_Sok.
city: İstanbul:34&##:Kadıköy İstanbul:34&##:Beşiktaş Ankara:06&##:Çankaya İzmir:35&##:Karşıyaka Bursa:16&##:Nilüfer Antalya:07&##:Muratpaşa
fmt: {st} No: {n} D: {r}, {pc} {reg}/{city} | {st} No:{n} Daire:{r} {reg} {city} {pc} | {st} No. {n}/{r}, {reg}, {city}
short: {st} No: {n} | {st} No:{n} D:{r}
""",
)
_loc(
    "he_IL IL IL | he | gmail.com walla.co.il 012.net.il",
    [
        "w | Yossi=יוסי Avraham=אברהם Itai=איתי Noam=נועם Eitan=איתן Omer=עומר Ariel=אריאל Moshe=משה Yonatan=יונתן Amir=אמיר | Noa=נועה Tamar=תמר Shira=שירה Maya=מאיה Yael=יעל Michal=מיכל Adi=עדי Talia=טליה Hila=הילה Orly=אורלי | Cohen=כהן Levi=לוי Mizrahi=מזרחי Peretz=פרץ Biton=ביטון Friedman=פרידמן Ben-David=בן-דוד Azoulay=אזולאי Shapiro=שפירו Katz=כץ Ben-Ami=בן-עמי Dahan=דהן",
    ],
    """
st: Herzl_St Rothschild_Blvd Dizengoff_St Ben_Yehuda_St Jaffa_Rd King_George_St Allenby_St HaNevi'im_St
stn: רחוב_הרצל שדרות_רוטשילד רחוב_דיזנגוף רחוב_בן_יהודה רחוב_יפו
city: Tel_Aviv:6&##### Jerusalem:9&##### Haifa:3&##### Be'er_Sheva:84##### Netanya:42#####
cityn: תל_אביב:6&##### ירושלים:9&##### חיפה:3&#####
fmt: {n} {st}, Apt {r}, {city} {pc} | {st} {n}/{r}, {city} | {stn} {n}, דירה {r}, {cityn} {pcn} | {st} {n}, {city} {pc}
short: {n} {st} | {st} {n}/{r}
""",
)
_loc(
    "fa_IR IR IR | fa | gmail.com yahoo.com chmail.ir",
    [
        "w | Reza=رضا Ali=علی Mohammad=محمد Amir-Hossein=امیرحسین Mehdi=مهدی Hamed=حامد Kourosh=کوروش Dariush=داریوش Arash=آرش Saeed=سعید | Maryam=مریم Zahra=زهرا Fatemeh=فاطمه Shirin=شیرین Niloufar=نیلوفر Parisa=پریسا Leila=لیلا Sara=سارا Mahsa=مهسا Nasrin=نسرین | Ahmadi=احمدی Hosseini=حسینی Mohammadi=محمدی Karimi=کریمی Rezaei=رضایی Moradi=مرادی Jafari=جعفری Tehrani=تهرانی Sadeghi=صادقی Rahimi=رحیمی Ghorbani=قربانی Mousavi=موسوی",
    ],
    """
st: Valiasr_St Enghelab_St Azadi_St Shariati_St Motahari_St Fereshteh_St Mirdamad_Blvd
stn: خیابان_ولیعصر خیابان_انقلاب خیابان_آزادی خیابان_شریعتی خیابان_مطهری
city: Tehran:1&######## Isfahan:81######## Shiraz:71######## Mashhad:91######## Tabriz:51########
cityn: تهران:1&######## اصفهان:81######## شیراز:71########
fmt: No. {n}, {st}, Unit {r}, {city}, postal code {pc} | {city}, {st}, Alley {r}, No. {n} | {cityn}، {stn}، پلاک {n}، واحد {r}
short: No. {n}, {st} | {st}, No. {n}
""",
)
_loc(
    "ar_EG EG EG | ar | gmail.com yahoo.com hotmail.com",
    [
        "ar3 | Ahmed=أحمد Mohamed=محمد Mahmoud=محمود Mostafa=مصطفى Omar=عمر Youssef=يوسف Karim=كريم Tarek=طارق Hany=هاني Amr=عمرو Sherif=شريف Khaled=خالد | Fatma=فاطمة Mona=منى Nour=نور Yasmin=ياسمين Aya=آية Heba=هبة Salma=سلمى Dina=دينا Rania=رانيا Mariam=مريم Shaimaa=شيماء | Hassan=حسن Ibrahim=إبراهيم Abdel-Rahman=عبد_الرحمن El-Sayed=السيد Mansour=منصور Fahmy=فهمي Soliman=سليمان Farouk=فاروق Naguib=نجيب Shawky=شوقي Ashraf=أشرف ibn_Rashid=ابن_راشد",
    ],
    """
st: Tahrir_St El-Gomhoreya_St Abbas_El-Akkad_St Mohamed_Farid_St Gameat_El-Dewal_El-Arabeya_St Corniche_El-Nil Road_9
stn: شارع_التحرير شارع_الجمهورية شارع_عباس_العقاد شارع_محمد_فريد
city: Cairo:11&##:Nasr_City Giza:12&##:Dokki Alexandria:21&##:Smouha Cairo:11&##:Maadi Cairo:11&##:Heliopolis
cityn: القاهرة:11&##:مدينة_نصر الجيزة:12&##:الدقي
fmt: {n} {st}, Apt {r}, {reg}, {city} {pc} | Building {n}, {st}, floor {b}, {reg}, {city} | {n} {stn}، شقة {r}، {regn}، {cityn}
short: {n} {st} | {n} {st}, {reg}
""",
)
_loc(
    "en_KE KE - | sw | gmail.com yahoo.co.ke yahoo.com",
    [
        "w | Brian Kevin Dennis Collins Felix Emmanuel Ibrahim Victor Moses Stephen Wycliffe | Faith Mercy Grace Purity Sharon Wanjiku Akinyi Njeri Achieng Joy Winnie Cynthia | Otieno Ochieng Mwangi Kamau Kariuki Njoroge Wanjala Kiprono Chebet Mutua Omondi Wafula Kimani Odhiambo Cheruiyot",
    ],
    """
st: Ngong_Road Kenyatta_Avenue Moi_Avenue Waiyaki_Way Argwings_Kodhek_Road Riverside_Drive Kimathi_Street Oginga_Odinga_Street
city: Nairobi:00&00:Kilimani Nairobi:00&00:Westlands Mombasa:80100:Nyali Kisumu:40100:Milimani Nakuru:20100:Section_58
fl: Apt_&@ House_&# Flat_@&
fmt: {fl}, {st}, {reg}, {city} | {fl}, {n} {st}, {reg}, {city} {pc} | {n} {st}, {reg}, {city}
short: {n} {st} | {fl}, {st}
""",
)
_loc(
    "en_NG NG - | pcm | gmail.com yahoo.com hotmail.com",
    [
        "w | Adewale Oluwaseun Babatunde Olumide Ayodeji Tunde Femi Kayode | Adebola Funmilayo Yetunde Temitope Oluwakemi Bisola Folake Titilayo Blessing Precious | Adeyemi Ogunleye Balogun Adebayo Olaniyan Akinola Oyelaran Adewumi Ogunbiyi Oladipo",
        "w | Chukwuemeka Obinna Ikechukwu Chinedu Nnamdi Emeka Kelechi Ifeanyi Goodluck Godswill | Ngozi Chiamaka Adaeze Nkechi Chidinma Uchenna Amarachi Ifeoma Favour Patience | Okafor Okonkwo Eze Nwosu Obi Nwachukwu Okeke Onyekachi Igwe Chukwu Anyanwu",
        "w | Aminu Abubakar Sani Yusuf Musa Ibrahim Bashir Nasiru | Aisha Hauwa Zainab Fatima Hadiza Maryam Amina Rukayya | Bello Abdullahi Suleiman Danjuma Garba Umar Lawal Shehu Aliyu Mohammed",
    ],
    """
st: Adeola_Odeku_Street Awolowo_Road Allen_Avenue Admiralty_Way Ahmadu_Bello_Way Ogui_Road Herbert_Macaulay_Way Bode_Thomas_Street Aminu_Kano_Crescent
city: Lagos:10&###:Victoria_Island Lagos:10&###:Ikeja Lagos:10&###:Lekki_Phase_1 Abuja:900&##:Wuse_2 Enugu:400&##:Independence_Layout Kano:700&##:Nassarawa Ibadan:200&##:Bodija
fmt: {n} {st}, {reg}, {city} | Flat {r}, {n} {st}, {reg}, {city} {pc} | Plot {n}, {st}, off {st2}, {reg}, {city} | No. {n} {st}, {reg}, {city}
short: {n} {st} | No. {n} {st} | Flat {r}, {n} {st}
""",
)
_loc(
    "en_ZA ZA - | af zu | gmail.com webmail.co.za mweb.co.za telkomsa.net",
    [
        "w | Sipho Thabo Bongani Mandla Sibusiso Themba Lwazi Nkosinathi | Thandiwe Nomvula Zanele Lindiwe Nokuthula Ayanda Zodwa Nompumelelo | Dlamini Ndlovu Zulu Mkhize Ngcobo Khumalo Shabalala Mthembu Nxumalo Buthelezi",
        "w | Siyabonga Luvuyo Xolani Lwando Mzwandile Ayabonga Thando Lunga | Nosipho Thandeka Asanda Nomsa Zintle Siphokazi Lulama Yonela | Mbeki Qwabe Ntshona Mqhayi Dyantyi Gqoba Mbekwa Ntlokwana Qobo Nqweniso",
        "w | Pieter Johan Willem Gerhard Hendrik Jaco Riaan Francois | Anri Elmarie Marike Annelie Liesl Carien Retha Sunette | van_der_Merwe Botha du_Plessis le_Roux Pretorius Venter Nel Coetzee Steyn Joubert van_Wyk Erasmus",
    ],
    """
st: Jan_Smuts_Avenue Oxford_Road Vilakazi_Street Long_Street Kloof_Street Florida_Road Voortrekker_Road Church_Street Main_Road
city: Johannesburg:2&##:Rosebank Soweto:18##:Orlando_West Cape_Town:80##:Gardens Durban:40##:Morningside Pretoria:0&##:Hatfield Stellenbosch:7600:Die_Boord
cx: Sunset Protea Jacaranda Marula Milkwood
fmt: {n} {st}, {reg}, {city}, {pc} | Unit {r}, {cx} Court, {n} {st}, {reg}, {city} {pc} | {n} {st}, {reg}, {city}
short: {n} {st} | Unit {r}, {n} {st}
""",
)
_loc(
    "am_ET ET - | am | gmail.com yahoo.com ethionet.et",
    [
        "et | Abebe=አበበ Dawit=ዳዊት Tesfaye=ተስፋዬ Yohannes=ዮሐንስ Bereket=በረከት Haile=ኃይሌ Getachew=ጌታቸው Mulugeta=ሙሉጌታ Kebede=ከበደ Solomon=ሰለሞን | Tigist=ትዕግስት Meseret=መሰረት Selamawit=ሰላማዊት Hanna=ሐና Bethlehem=ቤተልሄም Mekdes=መቅደስ Almaz=አልማዝ Hiwot=ሕይወት Tsion=ጽዮን Rahel=ራሔል | - ",
    ],
    """
st: Bole_Road Churchill_Avenue Africa_Avenue Ras_Desta_Damtew_Street Menelik_II_Avenue CMC_Road
city: Addis_Ababa:1000:Bole Addis_Ababa:1000:Kirkos Addis_Ababa:1000:Yeka Adama:1888:Adama Bahir_Dar:6000:Bahir_Dar Hawassa:1000:Tabor
fmt: House No. {n}, {st}, Woreda {r}, {reg}, {city} | {st}, Kebele {r}, House {n}, {city} | House {n}, {st}, {reg} sub-city, {city}
short: House No. {n}, {st} | House {n}, {st}
""",
)
_loc(
    "en_IN IN - | hi ta bn pa | gmail.com rediffmail.com yahoo.co.in outlook.com",
    [
        "in | Karthik Arun Senthil Vignesh Murugan Balaji Ramesh Suresh Prakash Dinesh | Priya Lakshmi Divya Kavitha Meena Anitha Revathi Gayathri Deepa Sangeetha | Raman Subramanian Krishnan Iyer Natarajan Venkatesan Pillai Rajendran Srinivasan Chandrasekaran",
        "w | Sourav Arnab Debashis Subhajit Anirban Rahul Sayan Partha | Ananya Moumita Riya Sreya Paromita Tanushree Rupa Shreya | Chatterjee Banerjee Mukherjee Bose Das Ghosh Sen Dutta Chakraborty Bhattacharya",
        "pa | Gurdeep Harpreet Manpreet Jaspreet Amandeep Harjit Kuldeep Navjot | Simran Harleen Jasleen Navneet Manjit Rajwinder Kiranjit Gurleen | Sandhu Gill Dhillon Sidhu Grewal Brar Bains Randhawa Sekhon",
        "w | Amit Vikram Ankit Saurabh Rohan Nikhil Deepak | Pooja Neha Sunita Kavya Nisha Shruti | Sharma Verma Gupta Agarwal Mehta Joshi Yadav Tiwari Mishra",
    ],
    """
st: Anna_Salai MG_Road Park_Street Linking_Road Brigade_Road Nehru_Place Rash_Behari_Avenue G.T._Road Lodhi_Road
city: Chennai:600&##:T._Nagar Kolkata:700&##:Salt_Lake Mumbai:400&##:Bandra_West Bengaluru:560&##:Indiranagar New_Delhi:110&##:Lajpat_Nagar Amritsar:143&##:Ranjit_Avenue Ludhiana:141&##:Model_Town
fl: Flat_&@ Flat_&#& &#/@ Flat_No._&0&
cx: Lotus Sai_Krupa Green_Park Shanti_Niketan Royal_Residency
fmt: {fl}, {n} {st}, {reg}, {city} {pc} | {fl}, {cx} Apartments, {n} {st}, {reg}, {city} - {pc} | House No. {n}, {reg}, {city}, {pc} | {n}, {st}, {reg}, {city}-{pc}
short: {n} {st} | {fl}, {n} {st} | {fl}, {cx} Apartments
""",
)
_loc(
    "ur_PK PK PK | ur | gmail.com hotmail.com yahoo.com",
    [
        "w | Muhammad_Bilal Usman Hamza Imran Faisal Asad Zeeshan Kamran Tariq Junaid Muhammad | Ayesha Fatima Sana Hina Mahnoor Zainab Rabia Sadia Amna Iqra | Khan Siddiqui Qureshi Malik Chaudhry Butt Sheikh Raza Abbasi Mirza Hussain Awan",
    ],
    """
st: Shahrah-e-Faisal Jail_Road Mall_Road University_Road Main_Boulevard Jinnah_Avenue
city: Islamabad:44000:F-8/& Islamabad:44000:G-&/& Lahore:54&##:Gulberg_III Lahore:54&##:DHA_Phase_& Karachi:75&##:Clifton Karachi:75&##:Gulshan-e-Iqbal Rawalpindi:46000:Satellite_Town
cx: Al-Noor Crescent Falcon Askari
fmt: House {n}, Street {r}, {reg}, {city} | House No. {n}, {st}, {reg}, {city} {pc} | Flat {r}, {cx} Heights, {reg}, {city}
short: House {n}, Street {r} | House No. {n}, {st}
""",
)
_loc(
    "bn_BD BD - | bn | gmail.com yahoo.com",
    [
        "w | Md._Rafiqul Tanvir Shafiqul Mahmudul Arif Rakib Sabbir Nazmul Imran Tamim | Nusrat Farhana Sharmin Tahmina Sumaiya Jannatul Rokeya Taslima Nasrin Sadia | Islam Ahmed Rahman Chowdhury Haque Talukder Sarkar Uddin/Akter Mia/Khatun Hossain/Begum",
    ],
    """
st: Mirpur_Road Satmasjid_Road Gulshan_Avenue Green_Road Elephant_Road Road_No._&
city: Dhaka:120&:Dhanmondi Dhaka:1212:Gulshan Dhaka:1216:Mirpur Chattogram:4100:Agrabad Sylhet:3100:Zindabazar
fl: &@ @-& &/@
fmt: House {n}, Road {r}, {reg}, {city} {pc} | Flat {fl}, House {n}, {st}, {reg}, {city}-{pc} | House #{n}, Road #{r}, {reg}, {city}
short: House {n}, Road {r} | House {n}, {st}
""",
)
_loc(
    "zh_CN CN - | zh | qq.com 163.com 126.com sina.com gmail.com",
    [
        "zh | Wei=伟 Hao=浩 Jun=军 Lei=磊 Yang=洋 Zhiqiang=志强 Jianguo=建国 Haoran=浩然 Zihan=子涵 Yuxuan=宇轩 Tao=涛 | Fang=芳 Jing=静 Li=丽 Min=敏 Xiuying=秀英 Yan=燕 Na=娜 Xinyi=欣怡 Yutong=雨桐 Jiahui=佳慧 Mengting=梦婷 | Wang=王 Li=李 Zhang=张 Liu=刘 Chen=陈 Yang=杨 Huang=黄 Zhao=赵 Wu=吴 Zhou=周 Xu=徐 Sun=孙 Ma=马 Zhu=朱 Hu=胡 Guo=郭 Ouyang=欧阳",
    ],
    """
st: Jianguo_Road Nanjing_Road_West Huaihai_Road Zhongshan_Road Renmin_Road Jiefang_Avenue Tianhe_Road
stn: 建国路 南京西路 淮海中路 中山路 人民路 解放大道 天河路
city: Beijing:100&##:Chaoyang Shanghai:200&##:Jing'an Guangzhou:510&##:Tianhe Shenzhen:518&##:Nanshan Chengdu:610&##:Wuhou Hangzhou:310&##:Xihu
cityn: 北京市:100&##:朝阳区 上海市:200&##:静安区 广州市:510&##:天河区 深圳市:518&##:南山区 成都市:610&##:武侯区 杭州市:310&##:西湖区
r: &0& &#0& &#&
fmt: Room {r}, Unit {b}, {n} {st}, {reg} District, {city} {pc} | {cityn}{regn}{stn}{n}号{b}单元{r}室 | {cityn}{regn}{stn}{n}号 {pcn} | {n} {st}, Apt {r}, {reg}, {city}
short: {n} {st} | {stn}{n}号 | {stn}{n}号{b}单元{r}室
""",
)
_loc(
    "ja_JP JP - | ja | docomo.ne.jp yahoo.co.jp gmail.com ezweb.ne.jp",
    [
        "ja | Haruto=陽翔 Ren=蓮 Takumi=拓海 Hiroshi=浩 Kenji=健二 Daisuke=大輔 Shota=翔太 Yuto=悠斗 Kazuki=一輝 Takeshi=武 | Yui=結衣 Aoi=葵 Sakura=さくら Haruka=遥 Misaki=美咲 Yuki=由紀 Ayaka=彩花 Nanami=七海 Mei=芽依 Kaori=香織 | Sato=佐藤 Suzuki=鈴木 Takahashi=高橋 Tanaka=田中 Watanabe=渡辺 Ito=伊藤 Yamamoto=山本 Nakamura=中村 Kobayashi=小林 Kato=加藤 Yoshida=吉田 Yamada=山田 Sasaki=佐々木 Matsumoto=松本 Inoue=井上",
    ],
    """
st: Shibuya Jingumae Nishi-Shinjuku Umeda Sakae Tenjin Kichijoji
stn: 渋谷 神宮前 西新宿 梅田 栄 天神
city: Tokyo:1&#-####:Shibuya-ku Tokyo:16#-####:Shinjuku-ku Osaka:53#-####:Kita-ku Nagoya:46#-####:Naka-ku Fukuoka:81#-####:Chuo-ku Yokohama:2&#-####:Naka-ku
cityn: 東京都:1&#-####:渋谷区 東京都:16#-####:新宿区 大阪市:53#-####:北区 名古屋市:46#-####:中区 福岡市:81#-####:中央区
n: & &
b: & &#
r: & &#
apt: &0& &#0&
fmt: {n}-{b}-{r} {st}, {reg}, {city} {pc} | 〒{pcn} {cityn}{regn}{stn}{n}-{b}-{r} {apt}号室 | Apt {apt}, {n}-{b}-{r} {st}, {reg}, {city} | {cityn}{regn}{stn}{n}丁目{b}番{r}号
short: {n}-{b}-{r} {st} | {stn}{n}丁目{b}-{r}
""",
)
_loc(
    "ko_KR KR - | ko | naver.com daum.net hanmail.net gmail.com",
    [
        "ko | Min-jun=민준 Seo-jun=서준 Ji-hoon=지훈 Hyun-woo=현우 Do-yoon=도윤 Jae-won=재원 Sung-min=성민 Dong-hyun=동현 Young-ho=영호 Tae-yang=태양 | Seo-yeon=서연 Ji-woo=지우 Ha-eun=하은 Min-seo=민서 Soo-jin=수진 Ji-young=지영 Eun-ji=은지 Yu-na=유나 Hye-jin=혜진 Da-eun=다은 | Kim=김 Lee=이 Park=박 Choi=최 Jung=정 Kang=강 Cho=조 Yoon=윤 Jang=장 Lim=임 Han=한 Shin=신 Seo=서 Kwon=권 Hwang=황",
    ],
    """
st: Teheran-ro Gangnam-daero Hongik-ro Haeundae-ro Dongil-ro Sejong-daero
stn: 테헤란로 강남대로 홍익로 해운대로 세종대로
city: Seoul:0&###:Gangnam-gu Seoul:0&###:Mapo-gu Busan:4&###:Haeundae-gu Incheon:2&###:Yeonsu-gu Daegu:4&###:Suseong-gu
cityn: 서울특별시:0&###:강남구 서울특별시:0&###:마포구 부산광역시:4&###:해운대구 인천광역시:2&###:연수구
n: &# &## &
b: &0& &0&
apt: &0& &#0&
fmt: {n} {st}, {reg}, {city} {pc} | {cityn} {regn} {stn} {n}, {apt}호 | {cityn} {regn} {stn} {n} {b}동 {apt}호 ({pcn}) | Apt {b}-{apt}, {n} {st}, {reg}, {city}
short: {n} {st} | {stn} {n}, {b}동 {apt}호
""",
)
_loc(
    "vi_VN VN - | vi | gmail.com yahoo.com.vn",
    [
        "vi | Anh Dũng Hùng Tuấn Long Khang Phúc Nam Quân Bình | Lan Hương Linh Trang Mai Hoa Thảo Nhung Vy Ngân | Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương | Văn/Thị Đức/Ngọc Minh/Thu Quang/Thanh Hữu/Bảo Thành/Kim",
    ],
    """
st: Lý_Thường_Kiệt Nguyễn_Huệ Lê_Lợi Trần_Hưng_Đạo Hai_Bà_Trưng Điện_Biên_Phủ Phan_Đình_Phùng
city: Hà_Nội:1&###:Hoàn_Kiếm TP._Hồ_Chí_Minh:7&###:Quận_1 Đà_Nẵng:5&###:Hải_Châu Hà_Nội:1&###:Ba_Đình
fmt: Số {n} {st}, {reg}, {city} | {n} {st}, Phường {r}, {reg}, {city} | {n}/{r} {st}, {reg}, {city} {pc}
short: Số {n} {st} | {n} {st} | {n}/{r} {st}
""",
)
_loc(
    "th_TH TH - | th | hotmail.com gmail.com",
    [
        "w | Somchai=สมชาย Somsak=สมศักดิ์ Anan=อนันต์ Prasert=ประเสริฐ Kittisak=กิตติศักดิ์ Thanawat=ธนวัฒน์ Nattapong=ณัฐพงษ์ Wichai=วิชัย | Siriporn=ศิริพร Malee=มาลี Ratana=รัตนา Kanokwan=กนกวรรณ Supaporn=สุภาพร Nattaya=ณัฐญา Pimchanok=พิมพ์ชนก Wanida=วนิดา | Saetang=แซ่ตั้ง Srisuk=ศรีสุข Wongsawat=วงศ์สวัสดิ์ Chaiyaporn=ชัยพร Rattanakorn=รัตนากร Boonmee=บุญมี Thongchai=ธงชัย Kaewmanee=แก้วมณี Sukprasert=สุขประเสริฐ Jaidee=ใจดี",
    ],
    """
st: Sukhumvit_Road Silom_Road Rama_IV_Road Phahonyothin_Road Ratchadaphisek_Road Charoen_Krung_Road
city: Bangkok:10&#0:Khlong_Toei Bangkok:10500:Bang_Rak Bangkok:10&#0:Chatuchak Chiang_Mai:50200:Mueang Phuket:83150:Kathu
fmt: {n}/{r} {st}, Soi {b}, {reg}, {city} {pc} | {n}/{r} Moo {b}, {st}, {reg}, {city} {pc} | {n} {st}, {reg}, {city}
short: {n}/{r} {st} | {n}/{r} {st} Soi {b}
""",
)
_loc(
    "fil_PH PH - | tl | gmail.com yahoo.com",
    [
        "w | Jose Mark Paolo Rodel Jericho Carlo Christian Rommel Bong Jun-Jun | Maricel Lovely Princess Joy Mary_Grace Kristine Jhen Rowena Charmaine Angelica | dela_Cruz Santos Reyes Garcia Bautista Mendoza Villanueva Ramos Aquino Castillo Macaraeg Dimaculangan Pangilinan delos_Reyes",
    ],
    """
st: Ayala_Avenue Paseo_de_Roxas EDSA Taft_Avenue Katipunan_Avenue Aurora_Boulevard Osmeña_Boulevard Rizal_Street
city: Makati_City:12&#:Poblacion Quezon_City:11&#:Diliman Pasig_City:16&#:Ortigas_Center Cebu_City:6000:Lahug Davao_City:8000:Poblacion Taguig_City:1634:Bonifacio_Global_City
cx: Sunrise Pacific Greenbelt Magnolia Acacia
fmt: Unit {r}, {cx} Tower, {n} {st}, {reg}, {city} {pc} | {n} {st}, Brgy. {reg}, {city} | Blk {b} Lot {n}, {cx} Subdivision, {reg}, {city} {pc}
short: {n} {st} | Blk {b} Lot {n} | Unit {r}, {n} {st}
""",
)
_loc(
    "id_ID ID - | id | gmail.com yahoo.co.id",
    [
        "id | Budi Agus Joko Wahyu Rizky Andi Dimas Bayu Sutrisno Slamet | Siti Dewi Sri Putri Ayu Rina Wulan Intan Nurul Fitri | Santoso Wijaya Saputra Hidayat Kusuma Pratama Setiawan Nugroho Gunawan Susanto Halim Simanjuntak Nasution Siregar",
    ],
    """
st: Jl._Sudirman Jl._Thamrin Jl._Gatot_Subroto Jl._Malioboro Jl._Diponegoro Jl._Gajah_Mada Jl._Pemuda Jl._Asia_Afrika
city: Jakarta_Pusat:10&#0:Menteng Jakarta_Selatan:12&#0:Kebayoran_Baru Bandung:40&##:Coblong Surabaya:60&##:Gubeng Yogyakarta:55&##:Gondokusuman Medan:20&##:Medan_Baru
cx: Mawar Melati Kenanga Flamboyan
fmt: {st} No. {n}, RT 0{b}/RW 0{r}, {reg}, {city} {pc} | {st} No.{n}, {reg}, {city} | {st} Gg. {cx} No. {n}, {city} {pc}
short: {st} No. {n} | {st} {n}
b: & &
r: & &
""",
)
_loc(
    "ms_MY MY - | ms | gmail.com yahoo.com.my",
    [
        "ms | Ahmad Muhammad Faizal Hafiz Azlan Amirul Syafiq Izzat | Nur_Aisyah Siti_Aminah Farah Aina Nurul_Ain Syazwani Liyana Hidayah | Ismail Abdullah Rahman Hassan Yusof Osman Ibrahim Zainal Hamid Razak",
    ],
    """
st: Jalan_Ampang Jalan_Tun_Razak Jalan_Bukit_Bintang Jalan_SS_2/&& Jalan_Raja_Laut Lorong_Maarof
city: Kuala_Lumpur:50&##:Wilayah_Persekutuan Petaling_Jaya:47&##:Selangor Johor_Bahru:80&##:Johor George_Town:10&##:Pulau_Pinang Shah_Alam:40&##:Selangor
fl: A-&#-& B-&-&# &#-&-&
cx: Seri Impian Vista Mutiara
fmt: No. {n}, {st}, {pc} {city}, {reg} | {fl}, {cx} Residence, {n} {st}, {pc} {city} | {n}, {st}, {city}
short: No. {n}, {st} | {n} {st}
""",
)
_loc(
    "es_MX MX - | esmx | gmail.com hotmail.com prodigy.net.mx outlook.com",
    [
        "es2 | José_Luis Juan_Carlos Alejandro Luis Miguel_Ángel Jesús Fernando Ricardo Diego Emiliano Santiago | Guadalupe María_Fernanda Ximena Daniela Sofía Valeria Itzel Andrea Rosa Esperanza Xóchitl | Hernández García Martínez López González Rodríguez Pérez Sánchez Ramírez Cruz Flores Gómez Morales Vázquez Reyes Jiménez Torres Xicoténcatl Tlatelpa",
    ],
    """
st: Av._Insurgentes_Sur Paseo_de_la_Reforma Calle_Madero Av._Revolución Calle_Hidalgo Av._Juárez Calle_5_de_Mayo Av._Vallarta
city: Ciudad_de_México:0&#&0:CDMX Guadalajara:44&#0:Jal. Monterrey:64&#0:N.L. Puebla:72&#0:Pue. Mérida:97&#0:Yuc.
dist: Col._Roma_Norte Col._Del_Valle Col._Centro Col._Condesa Col._Americana Col._Obispado
n: &# &## &###
r: & &# @
fmt: {st} {n}, Int. {r}, {dist}, {pc} {city}, {reg} | {st} #{n} {dist}, C.P. {pc}, {city} | {st} {n}, {dist}, {city}
short: {st} {n} | {st} #{n}, Int. {r}
""",
)
_loc(
    "es_CO CO - | esco | gmail.com hotmail.com une.net.co outlook.com",
    [
        "es2 | Andrés Juan_Pablo Carlos Sebastián Julián Camilo Felipe Mauricio Jhon Edwin | Paola Catalina Natalia Valentina Luisa_Fernanda Marcela Yuliana Daniela Ángela Leidy | Rodríguez Gómez González Martínez García López Hernández Sánchez Ramírez Pérez Díaz Moreno Restrepo Ospina Cárdenas Vélez Zuluaga Arango Londoño",
    ],
    """
st: Calle Carrera Avenida_Calle Transversal Diagonal
city: Bogotá:11&##&:Chapinero Medellín:050&#&:El_Poblado Cali:760&#&:Granada Barranquilla:080&#&:El_Prado Bucaramanga:680&#&:Cabecera
n: &# &## &#@
b: &# &
r: &#
apt: &0& &#0&
fmt: {st} {n} # {b}-{r}, Apto {apt}, {city} | {st} {n} No. {b}-{r}, {reg}, {city} | {st} {n} #{b}-{r} {city}
short: {st} {n} # {b}-{r} | {st} {n} No. {b}-{r}
""",
)
_loc(
    "en_CA CA - | fr | gmail.com videotron.ca rogers.com hotmail.ca",
    [
        "w | Liam Ethan Connor Tyler Logan Owen Brandon Dylan | Emma Olivia Chloe Madison Hannah Avery Brooke Kaitlyn | Smith Brown Tremblay MacDonald MacLeod Campbell Wilson O'Connor Fraser McKenzie Stewart",
        "w | Jean-François Marc-André Mathieu Étienne Olivier Simon Maxime Pierre-Luc | Marie-Ève Geneviève Isabelle Catherine Mélanie Véronique Anne-Marie Noémie | Tremblay Gagnon Roy Côté Bouchard Gauthier Morin Lavoie Fortin Bélanger Pelletier Lévesque Ouellet St-Pierre",
    ],
    """
st: Bloor_St_E Yonge_St Rue_Sainte-Catherine Boul._Saint-Laurent Robson_St Jasper_Ave Spring_Garden_Rd Queen_St_W Rue_Saint-Denis
city: Toronto:M&@_&@&:ON Montréal:H&@_&@&:QC Vancouver:V&@_&@&:BC Edmonton:T&@_&@&:AB Halifax:B&@_&@&:NS Ottawa:K&@_&@&:ON
r: &0& &#0& &#
fmt: {r}-{n} {st}, {city}, {reg} {pc} | {n} {st} Apt {r}, {city} {reg} {pc} | {n}, {st}, app. {r}, {city} ({reg}) {pc}
short: {n} {st} | {r}-{n} {st}
""",
    borrow=0.25,
)
_loc(
    "en_GB GB GB | en | gmail.com btinternet.com outlook.com sky.com hotmail.co.uk",
    [
        "w | Oliver George Harry Jack Callum Rhys Declan Ewan Alfie Toby Bill Mark Chase | Charlotte Amelia Siobhan Niamh Eilidh Rhiannon Hope Grace Rose Chloe Poppy Sophie | Smith Jones Taylor Williams Davies Evans Thomas MacDonald McAllister O'Brien O'Neill Fitzgerald Armitage Ashworth Whitfield Pemberton Smith-Jones Heathcote-Drury ap_Rhys",
    ],
    """
st: Albert_Road Church_Street Victoria_Road High_Street Station_Road Mill_Lane Park_Avenue Kingsway Queen's_Road Beech_Grove Ashby_Road
city: Leeds:LS&_#@@ Manchester:M&#_#@@ Glasgow:G&#_#@@ Cardiff:CF&#_#@@ Bristol:BS&_#@@ Belfast:BT&_#@@ Norwich:NR&_#@@ London:SW&@_#@@ Edinburgh:EH&_#@@
b: A B C
cx: Albion Wellington Carlton Ashdown
fmt: Flat {r}, {n} {st}, {city} {pc} | {n} {st}, {city}, {pc} | {n}{b} {st}, {city} {pc} | Flat {r}, {cx} House, {st}, {city} {pc}
short: {n} {st} | Flat {r}, {n} {st} | {n}{b} {st}
""",
    borrow=0.25,
)
_loc(
    "de_DE DE DE | de | web.de gmx.de t-online.de gmail.com posteo.de",
    [
        "w | Lukas Jonas Felix Maximilian Tobias Jürgen Uwe Matthias Stefan Sebastian Dieter Jörg | Anna Lea Sophie Katharina Sabine Ursula Jana Franziska Birgit Annegret Lena Hannah | Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder von_Hohenberg von_Bülow Groß Weiß Özdemir Nowak",
    ],
    """
st: Schönhauser_Allee Hauptstraße Bahnhofstraße Kaiserstraße Goethestraße Lindenstraße Königsallee Sonnenallee Karl-Marx-Straße Am_Markt
city: Berlin:1&##& Hamburg:2&##& München:8&##& Köln:50&#& Frankfurt_am_Main:60&#& Leipzig:04&#& Dresden:01&#&
n: & &# &#* &* &##
fl: &._OG &._OG_links Hinterhaus,_&._OG Whg._&
fmt: {st} {n}, {pc} {city} | {st} {n}, {fl}, {pc} {city} | {st} {n} · {pc} {city}
short: {st} {n} | {st} {n}, {fl}
""",
)
_loc(
    "nl_NL NL NL | nl | ziggo.nl kpnmail.nl gmail.com hotmail.nl",
    [
        "w | Daan Sem Bram Lars Thijs Joost Pieter Ruud Sander Jeroen Wouter | Sanne Lotte Fleur Anouk Femke Eva Marloes Ingrid Mieke Roos Esther | de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer Mulder van_der_Meer Bos Vos Hendriks van_Leeuwen Dekker",
    ],
    """
st: Prinsengracht Keizersgracht Damrak Coolsingel Oudegracht Kalverstraat Laan_van_Meerdervoort Vondelstraat Hoofdweg
city: Amsterdam:10&#_@@ Rotterdam:30&#_@@ Utrecht:35&#_@@ Den_Haag:25&#_@@ Eindhoven:56&#_@@ Groningen:97&#_@@
n: & &# &## &#-& &#@ &#-hs &#-II
fmt: {st} {n}, {pc} {city} | {st} {n} {pc} {city} | {st} {n}, {pc}, {city}
short: {st} {n}
""",
)
_loc(
    "sv_SE SE SE | sv | telia.com gmail.com hotmail.se bredband.net",
    [
        "w | Erik Lars Karl Anders Johan Per Nils Oskar Gustav Björn Magnus | Anna Eva Maria Karin Sara Ingrid Elsa Astrid Maja Linnéa Åsa | Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Lindqvist Bergström Åkesson Lindgren Söderberg",
    ],
    """
st: Drottninggatan Kungsgatan Sveavägen Götgatan Storgatan Vasagatan Linnégatan Södra_Förstadsgatan
city: Stockholm:1&#_## Göteborg:4&#_## Malmö:2&#_## Uppsala:75#_## Umeå:90#_##
fl: lgh_1&0& lgh_1&&#
fmt: {st} {n}, {fl}, {pc} {city} | {st} {n}, {pc} {city} | {st} {n} {b} tr, {pc} {city}
short: {st} {n} | {st} {n}, {fl}
""",
)
_loc(
    "hu_HU HU HU | hu | freemail.hu citromail.hu gmail.com t-online.hu",
    [
        "hu | László István József Zoltán Gábor Attila Péter Tamás Balázs Ferenc | Katalin Erzsébet Ildikó Zsuzsanna Krisztina Ágnes Eszter Réka Tünde Orsolya | Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász Lakatos Szűcs",
    ],
    """
st: Váci_utca Andrássy_út Király_utca Rákóczi_út Kossuth_Lajos_utca Bartók_Béla_út Petőfi_Sándor_utca
city: Budapest:1&&& Debrecen:40&& Szeged:67&& Pécs:76&& Győr:90&&
b: & & &
r: & &#
fmt: {pc} {city}, {st} {n}. {b}. em. {r}. | {city}, {st} {n}., {pc} | {pc} {city}, {st} {n}.
short: {st} {n}. | {st} {n}. {b}/{r}
""",
)
_loc(
    "is_IS IS IS | is | simnet.is gmail.com internet.is",
    [
        "w | Jón Guðmundur Sigurður Gunnar Ólafur Einar Kristján Magnús Stefán Arnar Þórður | Guðrún Sigríður Kristín Anna Margrét Helga Katrín Sólveig Þórunn Bryndís Eydís | Jónsson/Jónsdóttir Guðmundsson/Guðmundsdóttir Sigurðsson/Sigurðardóttir Gunnarsson/Gunnarsdóttir Ólafsson/Ólafsdóttir Einarsson/Einarsdóttir Kristjánsson/Kristjánsdóttir Magnússon/Magnúsdóttir Stefánsson/Stefánsdóttir Þórsson/Þórsdóttir",
    ],
    """
st: Laugavegur Skólavörðustígur Hverfisgata Bankastræti Hringbraut Suðurgata Tryggvagata Hafnarstræti
city: Reykjavík:10& Kópavogur:20& Hafnarfjörður:22& Akureyri:60& Garðabær:210
r: &0& &&
fmt: {st} {n}, {pc} {city} | {st} {n}, íbúð {r}, {pc} {city}
short: {st} {n}
""",
)
_loc(
    "en_US US - | en | gmail.com yahoo.com aol.com comcast.net icloud.com outlook.com",
    [
        "us | James Michael Tyrone DeShawn Cody Bill Chase Jordan Mark Dwayne Brett Hunter Travis | Jennifer Ashley Latoya Brittany Keisha Hope Grace Joy Summer Madison Kayla Shaniqua Tiffany | Johnson Williams Bradley Jones Miller Davis Wilson Anderson Jenkins Washington Robinson Thompson O'Malley McCarthy Sullivan Peterson Hughes Jefferson Baptiste | A B C D E F G H J K L M R S T W",
    ],
    """
st: Maple_Ave Oak_St Main_St Elm_Street Washington_Blvd Martin_Luther_King_Jr_Blvd Pine_Ridge_Rd Sunset_Dr Lakeview_Terrace 3rd_Ave W_14th_St Peachtree_St_NE
city: Columbus:432##:OH Houston:770##:TX Atlanta:303##:GA Fresno:937##:CA Brooklyn:112##:NY Chicago:606##:IL Phoenix:850##:AZ Seattle:981##:WA Miami:331##:FL Detroit:482##:MI Newark:071##:NJ Philadelphia:191##:PA
fl: &@ &#& & &#
n: &## &#&& &# &&#
fmt: {n} {st} Apt {fl}, {city}, {reg} {pc} | {n} {st}, {city}, {reg} {pc} | {n} {st} #{fl}, {city} {reg} {pc} | {n} {st}, Unit {fl}, {city}, {reg} {pc}
short: {n} {st} | {n} {st} Apt {fl} | {n} {st} #{fl}
""",
    borrow=0.55,
)
LOCALE_CODES = list(LOCALES)
# IBAN countries used when the locale has none (expats, foreign accounts)
_IBAN_FALLBACK = _words("DE GB FR ES IT NL IE AE SA CH BE AT PT PL")
_BORROW_FROM = _words(
    "es_MX es_CO zh_CN ko_KR vi_VN en_IN en_NG fil_PH pl_PL fa_IR he_IL am_ET ur_PK pt_BR uk_UA"
)


# ---------------------------------------------------------------- persons


@dataclass
class Person:
    given: str
    sur: str
    full: str
    female: bool
    style: str
    nsur: str = ""
    nfull: str = ""


def _tok(tok: str, female: bool) -> tuple[str, str]:
    lat, _, nat = tok.partition("=")
    ls, ns = lat.replace("_", " ").split("/"), nat.replace("_", " ").split("/")
    return ls[1 if female and len(ls) > 1 else 0], ns[1 if female and len(ns) > 1 else 0]


def make_person(rng: random.Random, loc: Locale, female: bool | None = None) -> Person:
    src, borrowed = loc, False
    if loc.borrow and rng.random() < loc.borrow:
        src, borrowed = LOCALES[rng.choice(_BORROW_FROM)], True
    style, males, females, surs, *rest = rng.choice(src.groups)
    extra = rest[0].split() if rest else []
    if female is None:
        female = rng.random() < 0.5
    given, ngiven = _tok(rng.choice((females if female else males).split()), female)
    sur_pool = males.split() if style == "et" else surs.split()
    sur, nsur = _tok(rng.choice(sur_pool), female and style != "et")
    r = rng.random()
    if style in ("es2", "ca", "pt") and r < 0.6:
        sur2 = _tok(rng.choice(sur_pool), female)[0]
        if sur2 != sur:
            joiner = " i " if style == "ca" and r < 0.2 else " "
            sur = f"{sur2} {sur}" if style == "pt" else f"{sur}{joiner}{sur2}"
    full = f"{given} {sur}"
    nfull = f"{ngiven} {nsur}" if ngiven and nsur else ""
    if style == "pat" and r < 0.3:
        pat, npat = _tok(rng.choice(extra), female)
        full, nfull = f"{given} {pat} {sur}", f"{ngiven} {npat} {nsur}"
    elif style == "ar3" and r < 0.5:
        fat, nfat = _tok(rng.choice(males.split()), False)
        full, nfull = f"{given} {fat} {sur}", f"{ngiven} {nfat} {nsur}"
    elif style == "ms":
        full = f"{given} {rng.choice(['binti', 'bt.']) if female else rng.choice(['bin', 'b.'])} {sur}"
    elif style == "id" and r < 0.35:
        sur, full = "", given
    elif style in ("zh", "ko", "ja", "hu"):
        nfull = f"{nsur}{ngiven}" if nsur else ""
        if not borrowed and r < {"zh": 0.7, "ko": 0.55, "ja": 0.4, "hu": 0.65}[style]:
            full = f"{sur} {given}"
    elif style == "vi":
        mid = _tok(rng.choice(extra), female)[0]
        full = f"{given} {sur}" if borrowed else f"{sur} {mid} {given}"
    elif style == "pa":
        kin = "Kaur" if female else "Singh"
        if r < 0.5:
            full = f"{given} {kin} {sur}"
        elif r < 0.7:
            sur, full = kin, f"{given} {kin}"
    elif style == "us" and r < 0.2:
        full = f"{given} {rng.choice(extra)}. {sur}"
    return Person(given, sur, full, female, style, nsur, nfull)


def _initial(s: str) -> str:
    return s.split(" ")[-1][0] if s.startswith("Md.") else s[0]


def short_name(rng: random.Random, p: Person) -> str:
    if not p.sur:
        return p.given
    r = rng.random()
    if p.style == "in" and r < 0.4:
        return f"{p.sur[0]}. {p.given}"
    if r < 0.65:
        return f"{_initial(p.given)}. {p.sur}"
    if r < 0.85:
        return f"{p.given} {p.sur.split()[-1][0]}."
    return f"{_initial(p.given)}.{p.sur}"


def handle_for(rng: random.Random, p: Person) -> str:
    g, s = _slug(p.given), _slug(p.sur)
    if not s:
        return rng.choice([f"{g}{rng.randint(1, 99)}", f"the_real_{g}", f"{g}_{rng.randint(1980, 2006)}", g])
    camel = re.sub(r"[^A-Za-z]", "", _fold(p.given)) + re.sub(r"[^A-Za-z]", "", _fold(p.sur))
    return rng.choice(
        [
            f"{g}_{s}",
            f"{g}.{s}",
            f"{g[0]}{s}",
            f"{g}{s}",
            f"{s}{g[0]}",
            f"{g}_{s}{rng.randint(1, 99)}",
            f"{g}{s[0]}{rng.randint(70, 99)}",
            camel,
            f"{s}_{g}",
            f"{g}{rng.randint(1, 9)}{s}",
        ]
    )


GLOBAL_MAIL = _words("gmail.com outlook.com yahoo.com proton.me icloud.com hotmail.com")
STAFF_DOMAINS = _words("nwbk-corp.com cso-group.com fpay.io glbx.net tsair.com nwbank.co.uk")
ROLE_BOXES = _words(
    "support help noreply no-reply privacy dpo press media info complaints security fraud care disputes accessibility customer.service"
)
ROLE_DOMAINS = [*STAFF_DOMAINS, "ombudsman.example.org", "consumer-authority.example.gov"]


def email_for(rng: random.Random, p: Person, domains: list[str]) -> str:
    g, s = _slug(p.given), _slug(p.sur)
    if not s:
        local = rng.choice([f"{g}{rng.randint(1, 999)}", f"{g}.{rng.randint(1970, 2005)}", g])
    else:
        local = rng.choice(
            [
                f"{g}.{s}",
                f"{g}{s}",
                f"{g[0]}{s}",
                f"{g}_{s}",
                f"{s}.{g}",
                f"{g}.{s}{rng.randint(1, 99)}",
                f"{g}{rng.randint(1970, 2005)}",
                f"{g[0]}.{s}",
                f"{s}{g[0]}{rng.randint(1, 9)}",
            ]
        )
    out = f"{local}@{rng.choice(domains)}"
    if rng.random() < 0.08 and s:
        out = out[0].upper() + out[1:]
    return out


def personal_email(rng: random.Random, p: Person, loc: Locale) -> str:
    return email_for(rng, p, loc.mail + loc.mail + GLOBAL_MAIL)


def manifest_name(p: Person) -> str:
    def up(s: str) -> str:
        return re.sub(r"[^A-Z]", "", _fold(s).upper())

    return f"{up(p.sur or p.given)}/{up(p.given)}"


# ---------------------------------------------------------------- addresses

_ADDR_DEFAULTS = {"n": ["& &# &## &#"], "r": ["& &# &#&"], "b": ["& &#"], "fl": ["& &#"], "apt": ["&0&"]}


def street_address(rng: random.Random, loc: Locale, short: bool = False, native: bool = False) -> str:
    a = loc.addr
    fmts = a["short" if short else "fmt"]
    in_script = [f for f in fmts if "n}" in f.replace("{n}", "")]
    fmt = rng.choice(in_script if native and in_script and rng.random() < 0.6 else fmts)
    vals: dict[str, str] = {}
    for ck in ("city", "cityn"):
        if ck in a:
            name, pc, reg, *_ = [*rng.choice(a[ck]).split(":"), "", ""]
            sfx = ck[4:]
            vals[ck] = name.replace("_", " ")
            vals["pc" + sfx] = _fill(rng, pc.replace("_", " "))
            vals["reg" + sfx] = _fill(rng, reg.replace("_", " "))
    for key in re.findall(r"\{(\w+)\}", fmt):
        if key not in vals:
            base = key.rstrip("0123456789")
            pool = a.get(base) or _ADDR_DEFAULTS[base][0].split()
            vals[key] = _fill(rng, rng.choice(pool).replace("_", " "))
    return fmt.format(**vals)


def city_name(rng: random.Random, loc: Locale) -> str:
    return rng.choice(loc.addr["city"]).split(":")[0].replace("_", " ")


def postcode(rng: random.Random, loc: Locale) -> str:
    parts = rng.choice(loc.addr["city"]).split(":")
    return _fill(rng, parts[1].replace("_", " ")) if len(parts) > 1 else _fill(rng, "#####")


# ---------------------------------------------------------------- unlabelled fillers (hard negatives)

NEG_PATTERNS = {
    "order": "ORD-&##### &####### NW&#####@ &##-#######-####### GX-&####-@@ #&&#&#&#",
    "ticket": "INC00&#### CS-&##### SR&###### TKT-####& &######",
    "case": "CMP-2024-&#### &####### C-&##### FOS-&###### DSP/&####",
    "track": "1Z@@@&&&########## JD0146000&######### TBA&########### RR&#######GB",
    "flight": "TS_&& TS&&& TS_&&&& TS&&#",
    "pnr": "@@@&@@ @&@@&@ @@&@@@ @@@@@&",
    "ref": "REF-&####@ &##-@@-#### @@&##### &#&#&#&# @&&####",
    "store": "&## 0&&# &###",
    "last4": "#### ####",
    "otp": "###### ###_### ####",
    "atm": "ATM-@@-0&## ATM&#### NWB-@@@-&#",
    "gate": "@&& @& @&#",
    "ver": "&.&#.& &.&.&& &&.&.&",
    "port": "&#### 22 443 &###",
    "tkt": "&##-##########",
    "promo": "@@@@&& SAVE&# @@@@@&&",
    "exp": "0&/2& 10/2& 11/2& 12/2&",
    "count": "& && && &# &&",
    "big": "&,### &&,### &##,### &&&",
    "year": "201& 200& 2020 2021 2022",
    "q": "1 2 3 4",
}
NEG_WORDS = {
    "country": "Spain Portugal Brazil Poland Ukraine Türkiye Israel Iran Egypt Kenya Nigeria South_Africa Ethiopia India Pakistan Bangladesh China Japan Korea Vietnam Thailand the_Philippines Indonesia Malaysia Mexico Colombia Canada the_UK Germany the_Netherlands Sweden Hungary Iceland the_US",
    "place": "Heathrow_Terminal_5 Gare_du_Nord Central_Park the_Mall_of_Africa Shibuya_Crossing Plaza_Mayor Victoria_Station Dubai_Mall JFK_Terminal_4 Sandton_City Times_Square Alexanderplatz Westfield_Stratford Ikeja_City_Mall Westgate_Mall Marina_Bay_Sands Amsterdam_Centraal Puerta_del_Sol",
    "airport": "Heathrow Schiphol Frankfurt_Airport O.R._Tambo Jomo_Kenyatta_International Murtala_Muhammed Changi Narita Incheon Istanbul_Airport Ben_Gurion Madrid-Barajas Bole_International NAIA Soekarno-Hatta Keflavík JFK LHR Pearson",
    "company": "Brightline_Couriers Orbis_Telecom Helix_Insurance Meridian_Freight Vantage_Collections Kestrel_Media Halcyon_Ventures Polaris_Analytics Redwood_Recovery_Ltd Bluewater_Logistics the_Morning_Ledger Coastline_Broadcasting Ironbridge_Capital Sable_and_Finch_LLP",
    "product": "Platinum_Rewards_card Visa_Infinite iPhone_15 Galaxy_S23 Pixel_8 Apple_Pay Google_Pay Gold_Saver_account Easy_Access_ISA contactless_card_reader MacBook_Air AirPods_Pro PlayStation_5",
    "job": "branch_manager Head_of_Customer_Care duty_manager senior_engineer Chief_Risk_Officer complaints_handler Cabin_Services_Director Data_Protection_Officer Head_of_Comms SRE_lead Station_Manager",
    "storm": "Storm_Ciarán Hurricane_Milton Typhoon_Haikui Cyclone_Freddy Storm_Babet Hurricane_Otis Typhoon_Doksuri Storm_Daniel Cyclone_Biparjoy Storm_Isha",
    "team": "Real_Madrid Kaizer_Chiefs Boca_Juniors Galatasaray Arsenal Manchester_United Hanshin_Tigers Mumbai_Indians Ajax Flamengo Al_Ahly Gor_Mahia Enyimba Orlando_Pirates Chicago_Bulls Toronto_Maple_Leafs",
    "celeb": "Taylor_Swift Elon_Musk Lionel_Messi Shah_Rukh_Khan Cristiano_Ronaldo Beyoncé Wizkid Oprah_Winfrey Mohamed_Salah Burna_Boy Shakira Gordon_Ramsay",
    "regulator": "Financial_Conduct_Authority Central_Bank BaFin CNMV CFPB Banco_de_España DNB KNF Reserve_Bank SEC Civil_Aviation_Authority",
    "weekday": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "month": "January February March April May June July August September October November December",
    "nhandle": "sky_watcher88 frequentflyer_uk the_money_blog outage_tracker dailyfinancebuzz NewsNowLive planespotter_lhr crypto_kingz fintech_memes travelgirl_diaries deals4u_official rant_account_02 downdetective avgeek_daily",
    "tag": "fail customerservice outage refundnow travelchaos bankingfail stranded databreach neveragain rantover mondaymood ad",
    "url": "https://status.nwbk-corp.com/incidents/&#### https://tsair.com/travel-alerts https://help.glbx.net/article/&### https://fpay.io/status",
    "region": "eu-west-1 us-east-2 ap-southeast-1 af-south-1 me-central-1 sa-east-1",
}
MONTHS = NEG_WORDS["month"].split()
BANK_BRANDS = ["Northwind Bank", "Northwind", "Fabrikam Pay", "Contoso"]
SHOP_BRANDS = ["Globex", "Contoso"]
FOREIGN_REGIONS = _words("GB US DE AE FR ES IN NG ZA CA AU SG")


def _date(rng: random.Random) -> str:
    y, m, d = rng.choice([2023, 2024, 2025]), rng.randint(1, 12), rng.randint(1, 28)
    mon = MONTHS[m - 1]
    return rng.choice(
        [
            f"{d:02d}/{m:02d}/{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d} {mon} {y}",
            f"{mon} {d}",
            f"{d}.{m}.{y}",
            f"{m}/{d}/{y % 100:02d}",
            f"{d} {mon[:3]}",
            f"{mon[:3]} {d}, {y}",
            f"{mon} {d}th",
        ]
    )


def _time(rng: random.Random) -> str:
    h, mi = rng.randrange(24), rng.randrange(60)
    h12, ap = (h % 12 or 12), ("am" if h < 12 else "pm")
    return rng.choice(
        [
            f"{h:02d}:{mi:02d}",
            f"{h12}.{mi:02d}{ap}",
            f"{h:02d}:{mi:02d} UTC",
            f"{h12}{ap}",
            f"{h:02d}{mi:02d}Z",
        ]
    )


def _dt(rng: random.Random) -> str:
    y, m, d = rng.choice([2024, 2025]), rng.randint(1, 12), rng.randint(1, 28)
    h, mi, s = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    return rng.choice(
        [
            f"{y}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z",
            f"{y}-{m:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d},{rng.randrange(1000):03d}",
            f"{MONTHS[m - 1][:3]} {d:02d} {h:02d}:{mi:02d}:{s:02d}",
        ]
    )


def _amount(rng: random.Random, region: str) -> str:
    sym = _CURRENCY.get(region, "$")
    v = rng.uniform(4, 300) if rng.random() < 0.6 else rng.uniform(300, 9000)
    plain = f"{v:,.2f}"
    euro = plain.replace(",", " ").replace(".", ",")
    return rng.choice([f"{sym}{plain}", f"{plain} {sym}", f"{euro} {sym}", f"{sym} {int(v):,}"])


def _pct(rng: random.Random) -> str:
    return rng.choice(
        [f"{rng.randint(1, 99)}%", f"{rng.uniform(0, 100):.1f} %", f"{rng.uniform(95, 100):.2f}%"]
    )


# ---------------------------------------------------------------- template engine
# Slots: {kind} or {kind#i}.  The same (kind, i) renders the same value within a text; person
# forms with the same i refer to the same person.  {~key} is a phrase in the text's language
# ({~Key} capitalised).  "{{" and "}}" are literal braces.

Seg = tuple[str, str | None]
SLOT_RE = re.compile(r"\{\{|\}\}|\{(~?[A-Za-z0-9_]+?)(?:#(\d))?\}")
PERSON_KINDS = set(
    _words("name given sur short formal manifest tname tsur handle pemail semail native any lname caps")
)


class Ctx:
    def __init__(self, rng: random.Random, loc: Locale, local: bool) -> None:
        self.rng, self.loc, self.local = rng, loc, local
        self.lang = rng.choice(loc.langs) if local else "en"
        self.cache: dict[tuple[str, int], list[Seg]] = {}
        self.persons: dict[int, Person] = {}
        self.used_local = False  # some text in the locale's language or script was rendered

    def person(self, i: int) -> Person:
        if i not in self.persons:  # #5 is always a man, #6 always a woman
            self.persons[i] = make_person(self.rng, self.loc, {5: False, 6: True}.get(i))
        return self.persons[i]

    def phrase(self, key: str) -> str:
        self.used_local |= self.lang != "en"
        text = PHRASES.get(self.lang, PHRASES["en"])[key.lower()]
        return text[0].upper() + text[1:] if key[0].isupper() else text


def _titled(ctx: Ctx, p: Person, surname_only: bool) -> list[Seg]:
    rng = ctx.rng
    lang = ctx.lang if ctx.local else ("en" if rng.random() < 0.85 else ctx.loc.langs[0])
    if p.style in ("ja", "ko") and ctx.local and lang not in ("ja", "ko"):
        lang = "ja" if p.style == "ja" else "ko"
    pool = TITLES.get(lang, TITLES["en"])[1 if p.female else 0].split()
    title = rng.choice(pool).replace("_", " ")
    if title.startswith("+"):
        suffix = title[1:]
        if lang == "tr":
            return [(p.given, "PERSON"), (" " + suffix, None)]
        if suffix == "-san" or not p.nfull:
            return [(p.sur or p.given, "PERSON"), ("-san" if suffix == "-san" else " " + suffix, None)]
        base = p.nsur if lang == "ja" and rng.random() < 0.6 else p.nfull
        return [(base, "PERSON"), ((" " if lang == "ko" else "") + suffix, None)]
    name = p.sur if p.sur and (surname_only or rng.random() < 0.35) else p.full
    return [(title + " ", None), (name, "PERSON")]


def _person_form(ctx: Ctx, p: Person, kind: str) -> list[Seg]:
    rng = ctx.rng
    if kind == "any":
        kind = rng.choice(
            ["name", "name", "given", "sur", "short", "lname"] + (["native"] if ctx.local else [])
        )
    if kind in ("name", "native") and ctx.local and p.nfull and (kind == "native" or rng.random() < 0.3):
        ctx.used_local = True
        return [(p.nfull, "PERSON")]
    if kind in ("tname", "tsur"):
        return _titled(ctx, p, kind == "tsur")
    if kind == "pemail":
        return [(personal_email(rng, p, ctx.loc), "EMAIL_ADDRESS")]
    if kind == "semail":
        return [(email_for(rng, p, STAFF_DOMAINS), "EMAIL_ADDRESS")]
    if kind == "manifest":
        tail = rng.choice(["", " MRS" if p.female else " MR", " MS" if p.female else " MR", ""])
        return [(manifest_name(p), "PERSON")] + ([(tail, None)] if tail else [])
    text = {
        "name": p.full,
        "given": p.given,
        "sur": p.sur or p.given,
        "short": short_name(rng, p),
        "formal": f"{(p.sur or p.given).upper()}, {p.given}"
        if rng.random() < 0.7
        else f"{p.sur or p.given}, {p.given}",
        "handle": handle_for(rng, p),
        "native": p.nfull if p.nfull and ctx.local else p.full,
        "lname": p.full.lower(),
        "caps": p.full.upper(),
    }[kind]
    return [(text, "PERSON")]


def _slot(ctx: Ctx, kind: str, idx: int) -> list[Seg]:
    rng, loc = ctx.rng, ctx.loc
    if kind.startswith("~"):
        return [(ctx.phrase(kind[1:]), None)]
    if kind in PERSON_KINDS:
        return _person_form(ctx, ctx.person(idx), kind)
    if kind == "email":
        return [(personal_email(rng, make_person(rng, loc), loc), "EMAIL_ADDRESS")]
    if kind == "role":
        return [(f"{rng.choice(ROLE_BOXES)}@{rng.choice(ROLE_DOMAINS)}", None)]
    if kind == "phone":
        region = loc.region if rng.random() < 0.93 else rng.choice(FOREIGN_REGIONS)
        fixed = rng.random() < 0.3
        return [(format_phone(rng, phone_number(rng, region, fixed), ext_ok=fixed), "PHONE_NUMBER")]
    if kind in ("street", "saddr"):
        addr = street_address(rng, loc, short=kind == "saddr", native=ctx.local)
        ctx.used_local |= ctx.local and not addr.isascii() and ctx.lang != "en"
        return [(addr, "STREET_ADDRESS")]
    if kind == "cc":
        return [(credit_card(rng), "CREDIT_CARD")]
    if kind == "iban":
        cc = loc.iban if loc.iban and rng.random() < 0.85 else rng.choice(_IBAN_FALLBACK)
        return [(iban(rng, cc), "IBAN_CODE")]
    if kind == "ssn":
        return [(ssn(rng), "US_SSN")]
    if kind in ("ip", "ip6", "ipx"):
        v6 = kind == "ip6" or (kind == "ipx" and rng.random() < 0.4)
        return [(ipv6(rng) if v6 else ipv4(rng), "IP_ADDRESS")]
    if kind in ("dl", "dlst"):
        if ("_dl", idx) not in ctx.cache:
            state, number = driver_licence(rng)
            ctx.cache[("_dl", idx)] = [(state, None), (number, "US_DRIVER_LICENSE")]
        state_seg, num_seg = ctx.cache[("_dl", idx)]
        return [num_seg] if kind == "dl" else [state_seg]
    if kind in ("brand", "bank", "shop", "air", "bh"):
        pool = {
            "brand": BRANDS,
            "bank": BANK_BRANDS,
            "shop": SHOP_BRANDS,
            "air": ["Tailspin Air"],
            "bh": HANDLE_BRANDS,
        }
        term = rng.choice(pool[kind])
        if kind != "bh" and rng.random() < 0.07:
            term = term.lower()
        return [(term, BRAND)]
    if kind == "city":
        return [(city_name(rng, loc), None)]
    if kind == "postcode":
        return [(postcode(rng, loc), None)]
    if kind == "seat":
        return [(f"{rng.randint(1, 48)}{rng.choice('ABCDEFGHJK')}", None)]
    if kind == "lang":
        return [(ctx.lang, None)]
    simple = {
        "date": _date,
        "time": _time,
        "dt": _dt,
        "pct": _pct,
    }
    if kind in simple:
        return [(simple[kind](rng), None)]
    if kind == "amount":
        return [(_amount(rng, loc.region), None)]
    if kind in NEG_PATTERNS:
        return [(_pick(rng, NEG_PATTERNS[kind]), None)]
    if kind == "nhandle":
        return [(rng.choice(NEG_WORDS[kind].split()), None)]
    if kind in NEG_WORDS:
        return [(_pick(rng, NEG_WORDS[kind]), None)]
    raise KeyError(f"unknown slot {kind!r}")


def render(tpl: str, ctx: Ctx) -> list[Seg]:
    segs: list[Seg] = []
    pos = 0
    for m in SLOT_RE.finditer(tpl):
        segs.append((tpl[pos : m.start()], None))
        tok = m.group(0)
        if tok in ("{{", "}}"):
            segs.append((tok[0], None))
        else:
            key = (m.group(1), int(m.group(2) or 1))
            if key not in ctx.cache:
                ctx.cache[key] = _slot(ctx, *key)
            segs.extend(ctx.cache[key])
        pos = m.end()
    segs.append((tpl[pos:], None))
    return [s for s in segs if s[0]]


def _typo(rng: random.Random, text: str) -> str:
    words = [m for m in re.finditer(r"[A-Za-z]{5,}", text)]
    if not words:
        return text
    m = rng.choice(words)
    w, i = m.group(0), rng.randrange(1, len(m.group(0)) - 1)
    op = rng.randrange(3)
    if op == 0:
        new = w[: i - 1] + w[i] + w[i - 1] + w[i + 1 :]
    elif op == 1:
        new = w[:i] + w[i + 1 :]
    else:
        new = w[:i] + w[i] + w[i:]
    return text[: m.start()] + new + text[m.end() :]


def assemble(segs: list[Seg]) -> tuple[str, list[dict], list[str]]:
    out, spans, brands, pos = [], [], [], 0
    for text, label in segs:
        if label and label != BRAND:
            core = text.strip()
            lead = text[: len(text) - len(text.lstrip())]
            if lead:
                out.append(lead)
                pos += len(lead)
            spans.append({"label": label, "start": pos, "end": pos + len(core), "value": core})
            out.append(text[len(lead) :])
        else:
            if label == BRAND and text not in brands:
                brands.append(text)
            out.append(text)
        pos += len(out[-1])
    return "".join(out), spans, brands


# ---------------------------------------------------------------- templates (4 per genre)

GENRES: list[tuple[str, tuple[str, str, str, str]]] = [
    (
        "outage_reply",
        (
            "{bh} {~down}. {~angry}! I've been trying to pay rent since {time}. Call me on {phone} if anyone actually cares - {name}",
            "Replying to {bh}: your 'we're aware' post is {count} hours old. Card ending {last4} declined at {place}. DM'd you twice, account is in the name of {name}, email {pemail}. {~help}",
            "{~hi} {brand}, {~down}!!! my salary landed at {time} and now nothing. {tname} here, {saddr}, {city}. someone ring {phone} please",
            "{bh} {~down}. day {count} of the outage. Order {order} stuck, {amount} gone. My husband {given#5} has called {count#2} times. Ticket {ticket}. Fix it.",
        ),
    ),
    (
        "quote_post",
        (
            'QT @{handle}: "{brand} just charged me twice for the same flight" -- same here. Booking {pnr}, {amount} twice. {~angry}',
            "this 👇 RT @{nhandle}: {air} cancelled {flight} with no notice.\nI'm {name}, stuck at {airport} with two kids. {~reach} {phone}",
            'Quote: "{~blocked}" - {name} (@{handle}) on {weekday}. Half my timeline says the same. {bh} what is going on?',
            "lol @{nhandle} quoting {bh}'s apology. '{big} customers affected' my foot. my mum {name#6} lost {amount} to a fake refund caller from {phone}. {~angry}",
        ),
    ),
    (
        "video_comments",
        (
            "▶ {brand} outage explained (comments)\n@{handle}: {~down}, {city}, since {time}\n@{nhandle}: they should refund everyone\n@{handle#2}: called {phone} for {count} mins, nobody answered",
            'Top comment by {name}: "{brand} froze my account the day of my wedding"\n  ↳ reply from {name#2}: happened to my cousin in {city} too\n  ↳ reply from @{nhandle}: 🤡',
            "{big} views · {date}\n@{handle} 2 hours ago\nwhy does the {brand} app need a selfie AND my passport just to log in?? {~angry}\n{count} likes · reply",
            "comment from {lname}: my grandma {given#6} got a call from {phone} claiming to be {bank} fraud team, they knew her address {street}. be careful ppl",
        ),
    ),
    (
        "staff_review",
        (
            "★☆☆☆☆ {brand}, {city} branch. Waited {count} minutes; the teller {given#2} was rude and the manager, {tname#3}, refused to escalate. {~Angry}. Store {store}. - {short}",
            "★★★★★ Huge thanks to {name#2} at the {place} desk of {air}! Rebooked me on {flight} in minutes. Give this person a raise. {given}",
            "Review ({date}): staff member {given#2} (badge {ref}) helped me dispute a charge of {amount}. Would visit again. Posted by {handle}",
            "2/5. {name#2}, your {job}, promised a callback on {phone}. Never came.\n{~Regards}, {tname}",
        ),
    ),
    (
        "regulator_complaint",
        (
            "Complaint to the {regulator}\nComplainant: {name}\nAddress: {street}\nPhone: {phone}\nEmail: {pemail}\nFirm: {bank}\nSummary: {~blocked}; firm reference {case}, no final response after {count} weeks.",
            "To the Consumer Protection Authority,\nI, {tname}, holder of account {iban} with {bank}, wish to complain about an unauthorised debit of {amount} on {date}. Reference {case}.\n{~Regards},\n{given}",
            "CFPB portal submission {ref}\nName: {formal}\nSSN (last 4): {last4}\nMailing address: {street}\nCompany: {bank}\nIssue: incorrect information on credit report\nDriver license: {dl} ({dlst})",
            "Aviation complaint - flight {flight} on {date}, delayed {count} hours.\nPassenger: {name}; travelling with {name#2}; contact {pemail} / {phone}. Carrier: {air}.",
        ),
    ),
    (
        "breach_letter",
        (
            "Dear {tname},\nWe are writing to tell you about a security incident at {brand} that may involve your information. On {date} we learned that an unauthorised party accessed records including your name, email address ({pemail}) and card number ending {last4}.\nYour reference: {ref}\nPrivacy team, {role}",
            "NOTICE OF DATA BREACH\n{name}\n{street}\nWhat information was involved: Social Security number {ssn}, date of birth and driver's license number {dl}.\nWhat we are doing: {count} months of free credit monitoring (enrolment code {otp}).",
            "Re: Incident {ticket}\nDear customer {name},\nthe following data linked to IBAN {iban} may have been exposed: account holder name, address ({street}) and phone number {phone}.\n{~Regards}, Data Protection Officer, {bank}",
            "Subject: Important notice about your {air} loyalty account\nHi {given},\nbetween {date} and {date#2} an attacker used a login from IP {ipx} to view profiles. Your phone ({phone}) and card {cc} were visible. Please change your password. Case {case}.",
        ),
    ),
    (
        "breach_victim",
        (
            "got the {brand} breach email today. they leaked my SSN {ssn}?? and my home {street}. great. now some guy keeps calling from {phone}",
            "PSA from u/{handle#3}: if you were in the {brand} breach, check your inbox. mine was {pemail} and someone already tried to open a card in my name ({name}). {~angry}",
            "{~hi}! Someone used my stolen card {cc} at {place} in {city}. Bank ref {case}. The data came from the {brand} leak for sure. - {given}",
            "Update for everyone in the group: {name#2}'s phone and mine both got phishing texts from {phone} after the leak. They knew our IBANs ({iban}) and the old address {saddr}.",
        ),
    ),
    (
        "doxxing_report",
        (
            "Trust & Safety report {ticket}\nReported account: @{nhandle}\nTarget: {name} (@{handle})\nContent: posted the target's home address ({street}) and phone ({phone}) with a call to 'visit'.\nPolicy: private information",
            "I am being doxxed, {~help}. The user @{nhandle} posted my full name, {name}, my workplace at {company} and my email {pemail}. Please take it down. Post ID {ref}.",
            "Escalation: doxxing cluster linked to {brand} outage threads. Victims: {short}, {short#2}, {short#3}. Leaked data includes IPs ({ip}, {ip6}) and a partial card. Owner: {given#4} in T&S.",
            "report form\nwho is being targeted: me, {lname}\nwhat was shared: my mom's number {phone} and our flat {street}\nlink: https://social.example/p/{ref}\nanything else: it started after I complained to {bh}",
        ),
    ),
    (
        "chargeback",
        (
            "Chargeback evidence pack {case}\nCardholder: {caps}\nCard: {cc}\nTransaction: {amount} at {company} on {date}\nBilling address: {street}\nCustomer email: {pemail}\nIP at checkout: {ipx}",
            "Dispute reason 13.1 (merchandise not received). Order {order}, tracking {track}. Delivered to {saddr}? Cardholder {name} says no. Signature on POD: '{given#2}'.",
            "Merchant rebuttal - {shop}\nThe customer, {tname}, logged in from {ip6} and confirmed the purchase by OTP {otp} sent to {phone}. Card ending {last4}. We request reversal of the chargeback.",
            "Hi team, cardholder {name} disputes {amount} (ARN {ref}). Card {cc}, exp {exp}. Phone on file {phone}. ID on file: {dlst} DL {dl}. Please attach the CCTV from store {store}. Thanks, {given#2}",
        ),
    ),
    (
        "call_transcript",
        (
            "AGENT: Thank you for calling {bank}, this is {given#2}. Who am I speaking with?\nCUSTOMER: {~myname} {name}.\nAGENT: Can you confirm the first line of your address?\nCUSTOMER: {saddr}.\nAGENT: And a number to reach you?\nCUSTOMER: {phone}.",
            "[{time}] AGENT ({name#2}): I can see two payments of {amount}.\n[{time#2}] CUSTOMER ({name}): Yes, neither is mine. My card is {cc}.\n[{time#3}] AGENT ({name#2}): I'll block it now and raise case {case}.",
            "Transcript {ref} - {air} reservations\nAgent: Could I get the passenger's name as on the passport?\nCaller: {formal}. And my wife, {name#6}.\nAgent: Thank you. Booking {pnr}, flight {flight}. Is the email still {pemail}?\nCaller: Yes.",
            "CUSTOMER ({name}): {~hi}, {~blocked}.\nAGENT: Sorry to hear that. For security, what's your date of birth?\nCUSTOMER ({name}): {date}.\nAGENT: Thanks. And the IBAN for the refund?\nCUSTOMER ({name}): {iban}",
        ),
    ),
    (
        "chatbot_log",
        (
            "bot: Hi! I'm Nova, {brand}'s virtual assistant. How can I help?\nuser: {~blocked}\nbot: I can help with that. Please type your registered email.\nuser: {pemail}\nbot: Thanks {given}. I've sent a code to your phone ending {last4}.",
            "{time} USER> {~hi}. {~myname} {name}, i need to change my address\n{time#2} BOT> Sure. Enter the new address.\n{time#3} USER> {street}\n{time#4} BOT> Updated. Reference {ref}.",
            "chat_id={ref} lang={lang}\n[user] {~myname} {name}. {~reach} {phone}\n[bot] Sorry, I didn't get that. Would you like to talk to an agent?\n[user] yes!!! {~angry}",
            "Assistant: Which card is affected?\nCustomer: this one {cc}\nAssistant: Please never share full card numbers in chat. A human agent, {given#2}, will join shortly.\nCustomer: ok. also the app shows IP {ip} logged in from {city}, not me",
        ),
    ),
    (
        "ivr_transcript",
        (
            'IVR transcription (confidence {pct}): "uh yes my name is {lname} my number is {phone} and I\'m calling about the {bank} payment that bounced"',
            '[IVR] caller_id={phone} intent=card_block utterance="block card {cc} please it was stolen in {city}" lang={lang}',
            'ASR: "hi this is {given}, {~help}, my account number... sorry, the IBAN is {iban} and the app says error {otp}"',
            "voicemail {date} {time}: \"Hello, it's {tname} from {saddr}, about my late father's account, {name#5}. Please call me back on {phone}. Thank you.\"",
        ),
    ),
    (
        "field_dispatch",
        (
            "DISPATCH {ticket} | site: {brand} branch {store}, {street} | engineer: {name#2} ({phone#2}) | contact on site: {name} {phone} | fault: cash recycler jam | SLA {time}",
            "Field note ({date}): replaced card reader on ATM {atm}. Keyholder {short} let me in. Next visit booked with {given#3}. Parts: {product}. - {given#2}",
            "Job sheet\nCustomer: {tname}\nAddress: {street}\nAccess: code {otp}, dog in garden\nTel: {phone}\nTechnician: {short#2}\nWork: fibre line for {brand} home-banking kiosk",
            "eng {given#2} running late to {saddr}, ETA {time}. cust {given} says call {phone} not the landline. ticket {ticket}",
        ),
    ),
    (
        "atm_incident",
        (
            "ATM INCIDENT REPORT\nTerminal: {atm}  Location: {place}, {city}\nTime: {date} {time}\nDescription: card retained; customer {name} (tel {phone}) reports {amount} debited but not dispensed.\nCard: {cc}\nAction: case {case} opened.",
            "Branch incident - {bank} {city}\nSkimming device found by {tname#2} (staff) at {time}. Two customers used the terminal: {short} and {short#3}. CCTV ref {ref}. Police informed.",
            "Incident {ticket}: customer {given} shouted at the counter; security guard {given#2} intervened. No injuries. ID shown: {dlst} driver's license {dl}. Address for follow-up: {street}.",
            "Cash-in-transit delay at store {store}, {city}. Driver {name#2}, vehicle {ref}. Escalated to {job} at {time}. Customer impact: {count} ATMs empty.",
        ),
    ),
    (
        "rebooking_chat",
        (
            "{air} chat\nYou: {~hi}, flight {flight} cancelled, I need to get to {city} by {weekday}\nAgent {given#3}: I can offer {flight#2} at {time}. Passenger names?\nYou: {name} and {name#2}, booking {pnr}\nAgent {given#3}: Confirmed. Itinerary sent to {pemail}.",
            "rebook req {pnr}: pax {manifest} + {manifest#2}. orig {flight} {date}, new {flight#2}. contact {phone}. seat pref {seat}.",
            "Hi {given}, we're sorry {flight} to {city} was cancelled due to {storm}. You've been rebooked on {flight#2} departing {time}. Reply to this message or call {phone#2}. - {air}",
            "{~hi}! my booking {pnr} - {~refund}. the agent {given#2} said the voucher goes to {pemail} but nothing. passenger {caps}, frequent flyer {ref}.",
        ),
    ),
]
GENRES += [
    (
        "manifest",
        (
            "PAX MANIFEST {flight} {date}\n01 {manifest} {seat} {pnr}\n02 {manifest#2} {seat#2} {pnr}\n03 {manifest#3} {seat#3} {pnr#2}\nSSR WCHR pax 02",
            "ADVANCE PASSENGER INFO\nSurname/Given: {manifest}\nDoc: passport {ref}  Nationality: {country}\nContact: {phone} / {pemail}\nAddress in destination: {street}",
            "Gate {gate} standby list {flight}: 1. {formal} 2. {formal#2} 3. {formal#3} - cleared at {time}",
            "PNR {pnr}\n1.1{manifest} 2.1{manifest#2}\nCTCM {phone}\nCTCE {pemail}\nTKT {tkt}\nOSI {air} VIP CONNECTING {flight}",
        ),
    ),
    (
        "cabin_report",
        (
            "CABIN CREW REPORT - {flight} {date}\nPurser: {name#2}\nIncident: passenger in {seat} ({name}) became unwell at {time}. Doctor on board, {tname#3}, assisted. Diversion: no.\nPax contact: {phone}",
            "Disruptive passenger {seat}, {flight}. Name per manifest {manifest}. Crew {given#2} and {given#3} issued a warning. Police met the aircraft at {airport}.",
            "Lost property: {product} left at seat {seat} on {flight}. Owner {name} contacted via {pemail}. Bag tag {ref}.",
            "crew note: thanks to {given#2} in the galley. pax {short} ({seat}) celebrated their {q}0th birthday, cake from {city} station.",
        ),
    ),
    (
        "loyalty_merge",
        (
            "Loyalty merge request {ref}\nKeep: member {ref#2} ({name}, {pemail})\nClose: member {ref#3} ({name#2}, {pemail#2})\nReason: duplicate after {brand} app migration. Approved by {short#3}.",
            "Hi, I have two accounts, one as {formal} and one as {lname} (old email {email}). Please merge, miles balance {big}. Phone {phone}.",
            "MERGE FAILED: profile {ref} phone {phone} conflicts with profile {ref#2} phone {phone#2}; owners {name} / {name#2}. Manual review.",
            "{~hi}, {~myname} {name}. I got married and changed my surname from {sur#2} to {sur}. Can you update my {air} profile? Member {ref}, {pemail}",
        ),
    ),
    (
        "insurance_fnol",
        (
            "FIRST NOTICE OF LOSS\nPolicyholder: {name}\nPolicy no.: {ref}\nLoss location: {street}\nDate/time: {date} {time}\nDescription: water damage from the flat above ({tname#2}'s bathroom)\nContact: {phone}, {pemail}",
            "Travel claim - {air} {flight}, delayed bag. Claimant {name}, bank details IBAN {iban}, receipts total {amount}.",
            "fnol via app: car hit at {place}, other driver {name#2} lic {dl} ({dlst}), their insurer {company}. me: {name} {phone}",
            "Claim {case}: card insurance. Card {cc} stolen in {city} on {date}. Police report {ref}. Claimant: {tname}, {saddr}.",
        ),
    ),
    (
        "debt_dispute",
        (
            "To {company} Debt Recovery,\nRe: account {ref}. I, {name}, of {street}, dispute this debt. I never held a {bank} credit card. Stop calling {phone}.\n{~Regards},\n{given}",
            "A collector called my mother, {tname#6}, {count} times today asking for '{name}'. I don't live there. My number is {phone}. The SSN on their letter, {ssn}, is not even mine.",
            "Debt validation request\nName: {caps}\nSSN: {ssn}\nAddress: {street}\nCreditor: {bank}\nAmount claimed: {amount}",
            "{~Angry}. {brand} sold my 'debt' of {amount} to a collector. Letter addressed to {name}, {saddr} - wrong house! I'm at {saddr#2}.",
        ),
    ),
    (
        "bereavement",
        (
            "Bereavement notification\nDeceased: {tname#2}\nDate of death: {date}\nAccounts: IBAN {iban}\nNotifier: {name#6} (daughter), {phone}, {street}",
            "Hello, I'm writing about {~late}, {tname#5}. He passed away on {date}. His {bank} card {cc} is still being charged. I'm the executor.\n{name}, {pemail}",
            "my late father, {tname#5}, had a {air} account. the app keeps emailing him at {pemail#5}. please close it. {given}",
            "Estate of {name#2} (deceased). Executor: {short}. Correspondence to {street}. Solicitor's ref {ref}. Tel {phone}.",
        ),
    ),
    (
        "accessibility",
        (
            "Accessibility request: I'm blind and use a screen reader. The {brand} app update {ver} broke it. Please call me instead: {phone}. {~Thanks}, {name}",
            "SSR request for {pnr}: passenger {name} needs WCHC; carer {name#2} travels in {seat}. Contact {pemail}.",
            "Could statements for {tname} at {street} be sent in large print or braille? Account {iban}.",
            "{~hi}, i'm deaf, please don't call. text {phone} or email {pemail}. {given}",
        ),
    ),
    (
        "press_enquiry",
        (
            'Press enquiry from {name}, reporter at {company}: "We understand {big} customers lost access on {date}. Can {brand} comment by {time}?" Mobile {phone}, email {pemail}.',
            "To the {brand} press office: I'm a freelance journalist ({pemail}) covering the {storm} disruption at {airport}. Could I get a quote from your {job}? {name}",
            "MEDIA: {given#2} from the press desk asks whether we confirm the attacker IP {ip} seen in {city}. Draft reply by {time}. Spokesperson: {name#3}.",
            "fwd from press inbox: podcast host {name} wants to interview a customer, {name#6}, about the outage. Her number: {phone}.",
        ),
    ),
    (
        "influencer",
        (
            "OK so {brand} just ruined my holiday 😤 flight {flight} cancelled and nobody at {airport} cares. tag them!! #{tag} - {given} (@{handle})",
            "collab with {brand}? lol no. not after they leaked my address ({street}) in a DM screenshot. {~angry}",
            "Sponsored | Saving with {brand} since {year}! Use my code {promo} 💸 love, {given} ✨ #ad",
            "shoutout to {name#2} from {brand} support who fixed my card in 5 mins, even {celeb} would be impressed. follow me @{handle}",
        ),
    ),
    (
        "petition",
        (
            "Petition: 'Refund everyone hit by the {brand} outage'\nSignatures:\n1. {name}, {city}\n2. {name#2}, {city#2}\n3. {name#3}, {city#3}\n4. {short#4}, {city#4}",
            "I signed because my dad, {name#5}, waited {count} hours at {airport}. - {name}, {postcode}",
            "signatory {big}: {lname} <{pemail}> comment: '{~angry}'",
            'New signature from {formal} ({country}): "{brand} charged fees during the outage". Verified via {phone}.',
        ),
    ),
    (
        "escalation_email",
        (
            "From: {name#2} <{semail#2}>\nTo: {name#3} <{semail#3}>\nSubject: ESC - VIP customer {short}\nHi {given#3}, customer {name} ({phone}) threatens to go to the press. Please call before {time}.\nThanks, {given#2}",
            "Internal - do not forward\n{given#2}: the {bank} complaint from {tname} ({street}) has been open {count} days. Can legal ({name#3}) review?",
            "Escalating to L3. Affected user {pemail}, last login from {ip6}, MFA phone {phone}. Owner {short#2}, backup {short#3}.",
            "Re: Re: refund for {name}\n{given#3} wrote:\n> We can't refund {amount} without manager approval.\nApproved. - {name#2}, {job}",
        ),
    ),
    (
        "pager",
        (
            "PAGE [P1] {brand} payments API 5xx > {pct}. On-call: {name#2} {phone#2}. Secondary: {name#3} {phone#3}. Incident {ticket}.",
            "ALERT ack by {lname#2} at {time}. Escalating to {given#3} ({phone#3}) per runbook.",
            "ONCALL HANDOVER {date}: primary {caps#2}, mobile {phone#2}. Known issues: {ver} rollout paused, {count} stuck transfers.",
            "[pager] {ticket} triggered: disk 95% on db-{ref}. Assigned {short#2}. Bridge line {phone#2}, pin {otp}.",
        ),
    ),
    (
        "siem_alert",
        (
            "{dt} SIEM rule=impossible_travel user={pemail} src_ip={ip} prev_ip={ip#2} geo={city}/{country} severity=high",
            '{{"ts": "{dt}", "event": "login_failed", "user": "{handle}", "display": "{name}", "ip": "{ip6}", "count": {count}}}',
            "ALERT {ticket}: DLP match - outbound mail from {semail#2} to {email} contained card {cc} and SSN {ssn}. Sender: {name#2} ({job}).",
            "auth.log: Accepted password for {handle} from {ip} port {port} ssh2\nsudo: {handle} : TTY=pts/0 ; USER=root ; COMMAND=/bin/systemctl restart gateway",
        ),
    ),
    (
        "crm_note",
        (
            "cust {short}, {phone}, adr chg -> {saddr}",
            "CRM {date}: spoke w/ {tname}. wants card {last4} replaced, send to {street}. cb {phone}",
            "note: {given} ({pemail}) rang re {brand} fee {amount}. refunded. ref {ref}. - {given#2}",
            "acct merged, old IBAN {iban} closed. new contact: {name}, {phone}. vip flag per {short#2}.",
        ),
    ),
    (
        "native_post",
        (
            "{~hi} {bh}! {~blocked}. {~myname} {name}. {~reach} {phone}. {~thanks}",
            "{~Down}. {~angry}. {~refund}! #{tag}",
            "{~Late}, {native#5}... {~help}. {~live} {street}. {~regards}, {name}",
            "{brand} - {~blocked}. {~help}. {pemail} / {phone}",
        ),
    ),
    (
        "status_post",
        (
            "{bh}: We're aware some customers can't log in to the {brand} app (v{ver}). Our engineers are working on it. Next update at {time}. Status: {url} or write to {role}",
            "UPDATE {date} {time}: card payments are recovering across {country}. ATMs in {city} and {city#2} may still show errors. We're sorry. Ref {ticket}.",
            "{air} travel alert: {storm} is expected to affect flights to {airport} on {weekday}. Check {url} before travelling. Flights {flight} and {flight#2} are cancelled.",
            "Scheduled maintenance: {weekday} {date}, 01:00-03:00. Online banking, {product} and card top-ups may be unavailable. Thank you for your patience. - {brand} Operations",
        ),
    ),
    (
        "news_wire",
        (
            "{city} ({company}) - Shares in {brand} fell {pct} on {weekday} after a {count}-hour outage left customers unable to pay. {celeb} posted about the disruption. The {regulator} said it was monitoring.",
            "BREAKING: {storm} forces {air} to ground flights at {airport}; {big} passengers stranded. The Transport Minister says compensation 'will follow'.",
            "Analysts at {company} expect {brand} to report Q{q} revenue of {big} million, up {pct}. The Chief Executive declined to comment.",
            "{team} fans queued outside {place} after a {brand} ticketing glitch; the club apologised on {date}.",
        ),
    ),
    (
        "ops_log",
        (
            "{dt} INFO gateway-{ref} deploy {ver} completed in {count}s; error rate {pct}; region {region}",
            "{dt} WARN payments-api p99 latency {count}0ms > SLO; store {store}; build {ver}; ticket {ticket}",
            "{dt} ERROR ledger: batch {ref} failed, retry {q}/5, order {order} requeued",
            "Incident {ticket} resolved at {time}. Root cause: expired TLS certificate on the {brand} CDN edge in {city}. Customers affected: {pct}. Postmortem on {weekday}.",
        ),
    ),
    (
        "fan_chatter",
        (
            "{team} vs {team#2} tonight and the {brand} app is down AGAIN. can't even buy a pint at {place}. {~angry}",
            "{celeb} flying {air} economy?? saw the pics at {airport} lol",
            "Anyone else in {city}? {storm} knocked the power out, {brand} card readers offline at every shop on {weekday}.",
            "Grace period for {bank} loan payments extended to {date}. Hope this helps! Mark your calendars. Joy all round #{tag}",
        ),
    ),
]
NO_PII_GENRES = {"status_post", "news_wire", "ops_log", "fan_chatter"}
SOCIAL_GENRES = {
    "outage_reply",
    "quote_post",
    "video_comments",
    "breach_victim",
    "influencer",
    "native_post",
    "fan_chatter",
}
SHOUTY_GENRES = {"pager", "crm_note", "manifest", "ivr_transcript", "outage_reply"}
TEMPLATES: list[tuple[str, str]] = [(genre, tpl) for genre, tpls in GENRES for tpl in tpls]


# ---------------------------------------------------------------- generation

# customer-voice genres that may open or close with a line in the locale's language
_WRAP = set(
    _words(
        "outage_reply quote_post video_comments staff_review regulator_complaint breach_victim doxxing_report"
        " call_transcript chatbot_log ivr_transcript rebooking_chat loyalty_merge insurance_fnol debt_dispute"
        " bereavement accessibility influencer petition fan_chatter"
    )
)
_TPL_WEIGHTS = [1.3 if genre in NO_PII_GENRES else 1.0 for genre, _ in TEMPLATES]
_LOC_WEIGHTS = [2.5 if c == "en_US" else 1.5 if c == "en_GB" else 1.0 for c in LOCALE_CODES]


def make_row(rng: random.Random, tid: int, meta: list[bool] | None = None) -> dict:
    genre, tpl = TEMPLATES[tid]
    code = "en_US" if ("{ssn" in tpl or "{dl" in tpl) else rng.choices(LOCALE_CODES, _LOC_WEIGHTS)[0]
    loc = LOCALES[code]
    local = genre == "native_post" or (loc.langs != ["en"] and rng.random() < 0.5)
    ctx = Ctx(rng, loc, local)
    segs = render(tpl, ctx)
    if ctx.lang != "en" and "{~" not in tpl and genre in _WRAP and rng.random() < 0.7:
        if rng.random() < 0.5:
            segs = [
                (
                    ctx.phrase(rng.choice(["hi", "Help", "Angry", "Down"])) + rng.choice([". ", "! ", ", "]),
                    None,
                ),
                *segs,
            ]
        else:
            gap = "\n" if segs[-1][1] else rng.choice([" ", "\n"])
            segs = [*segs, (gap + ctx.phrase(rng.choice(["thanks", "regards", "angry", "help"])), None)]
    r = rng.random()
    lower_p = 0.18 if genre in SOCIAL_GENRES else 0.04
    upper_p = 0.12 if genre in SHOUTY_GENRES else 0.015
    if r < lower_p:
        segs = [(t.lower(), lab) for t, lab in segs]
    elif r < lower_p + upper_p:
        segs = [(t.upper(), lab) for t, lab in segs]
    if rng.random() < 0.12:
        plain = [i for i, (t, lab) in enumerate(segs) if lab is None and re.search(r"[A-Za-z]{5,}", t)]
        if plain:
            i = rng.choice(plain)
            segs[i] = (_typo(rng, segs[i][0]), None)
    for i in range(1, len(segs)):  # "Daan v." + ". Thanks" -> no doubled full stop
        if segs[i][1] is None and segs[i][0].startswith(".") and segs[i - 1][0].endswith("."):
            segs[i] = (segs[i][0][1:], None)
    text, spans, brands = assemble(segs)
    if meta is not None:
        meta.append(ctx.used_local)
    return {"text": text, "spans": spans, "template_id": tid, "locale": code, "brands": brands}


def _generate(n: int, seed: int, meta: list[bool] | None = None) -> list[dict]:
    rng = random.Random(seed)
    ids = list(range(len(TEMPLATES)))
    return [make_row(rng, rng.choices(ids, _TPL_WEIGHTS)[0], meta) for _ in range(n)]


def generate(n: int = 1500, seed: int = 0) -> list[dict]:
    """n labelled rows, fully determined by ``seed``."""
    return _generate(n, seed)


# ---------------------------------------------------------------- self-check

_EXT_RE = re.compile(r",?\s*\(?(?:ext\.?|x|#|Durchwahl|poste|toestel|ankn\.)\s*\d+\)?$", re.IGNORECASE)
_SSN_RE = re.compile(r"^\d{3}([- ]?)\d{2}\1\d{4}$")
_EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
_WATCH = [b.lower() for b in BRANDS + HANDLE_BRANDS]


def validate(row: dict, where: str) -> tuple[list[str], int]:
    """Problems with one row, plus the number of phone spans phonenumbers could not confirm."""
    bad: list[str] = []
    soft = 0
    if set(row) != {"text", "spans", "template_id", "locale", "brands"}:
        bad.append(f"{where}: keys {sorted(row)}")
    text = row["text"]
    if not isinstance(row["template_id"], int) or not 0 <= row["template_id"] < len(TEMPLATES):
        bad.append(f"{where}: template_id {row['template_id']!r}")
    last_end = 0
    for sp in row["spans"]:
        v, lab = sp["value"], sp["label"]
        if lab not in LABELS:
            bad.append(f"{where}: label {lab}")
        if text[sp["start"] : sp["end"]] != v or not v or v != v.strip():
            bad.append(f"{where}: span text mismatch {sp}")
        if sp["start"] < last_end:
            bad.append(f"{where}: overlapping or unsorted spans {sp}")
        last_end = sp["end"]
        if any(w in v.lower() for w in _WATCH):
            bad.append(f"{where}: watch term inside {lab} span {v!r}")
        if lab == "CREDIT_CARD" and not luhn_ok(v):
            bad.append(f"{where}: Luhn {v}")
        elif lab == "IBAN_CODE" and not iban_ok(v):
            bad.append(f"{where}: IBAN {v}")
        elif lab == "US_SSN" and not _SSN_RE.match(v):
            bad.append(f"{where}: SSN {v}")
        elif lab == "EMAIL_ADDRESS" and not _EMAIL_RE.match(v):
            bad.append(f"{where}: email {v}")
        elif lab == "IP_ADDRESS":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                bad.append(f"{where}: IP {v}")
        elif lab == "PHONE_NUMBER":
            core = _EXT_RE.sub("", v)
            try:
                num = phonenumbers.parse(core, LOCALES[row["locale"]].region)
                soft += not phonenumbers.is_valid_number(num)
            except phonenumbers.NumberParseException:
                soft += 1
    for b in row["brands"]:
        if b not in text or b.lower() not in _WATCH:
            bad.append(f"{where}: brand {b!r}")
    covered = [
        (m.start(), m.end()) for b in row["brands"] for m in re.finditer(re.escape(b), text, re.IGNORECASE)
    ]
    for w in _WATCH:
        for m in re.finditer(re.escape(w), text, re.IGNORECASE):
            if not any(a <= m.start() and m.end() <= z for a, z in covered):
                bad.append(f"{where}: watch term {w!r} at {m.start()} not listed in brands")
    return bad, soft


def check(n: int) -> int:
    problems: list[str] = []
    for seed in (1, 2):
        meta: list[bool] = []
        rows = _generate(n, seed, meta)
        if json.dumps(rows, ensure_ascii=False) != json.dumps(generate(n, seed), ensure_ascii=False):
            problems.append(f"seed {seed}: output differs between two runs")
        spans, texts, soft = Counter(), Counter(), 0
        for k, row in enumerate(rows):
            bad, s = validate(row, f"seed {seed} row {k}")
            problems += bad
            soft += s
            spans.update(sp["label"] for sp in row["spans"])
            texts.update({sp["label"] for sp in row["spans"]})
        print(f"seed {seed}: {len(rows)} rows, {len(TEMPLATES)} templates, {len(GENRES)} genres, "
              f"{len({r['locale'] for r in rows})} locales", file=sys.stderr)  # fmt: skip
        for lab in LABELS:
            print(
                f"  {lab:<18} spans {spans[lab]:>5}  in {texts[lab] / len(rows):6.1%} of texts",
                file=sys.stderr,
            )
        share = [
            ("no PII", sum(not r["spans"] for r in rows)),
            ("with brands", sum(bool(r["brands"]) for r in rows)),
            ("local language / mixed", sum(meta)),
            ("all lower case", sum(r["text"] == r["text"].lower() for r in rows)),
            (
                "ALL CAPS",
                sum(r["text"] == r["text"].upper() and r["text"] != r["text"].lower() for r in rows),
            ),
        ]
        for name, count in share:
            print(f"  {name:<24} {count / len(rows):6.1%}", file=sys.stderr)
        print(
            f"  phone spans not confirmed by phonenumbers (foreign numbers, extensions): {soft}",
            file=sys.stderr,
        )
    for p in problems[:40]:
        print("PROBLEM", p, file=sys.stderr)
    print(f"{len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


def main() -> int:
    ap = argparse.ArgumentParser(description="Fourth blind synthetic PII set (JSON lines on stdout).")
    ap.add_argument("--n", type=int, default=1500, help="number of rows")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--check", action="store_true", help="validate seeds 1 and 2 and print label statistics")
    args = ap.parse_args()
    if args.check:
        return check(args.n)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    for row in generate(args.n, args.seed):
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
