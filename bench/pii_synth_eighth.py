"""Synthetic, labelled PII test set #8: "the outside world".

Data card
=========

Purpose
    Blind benchmark rows for the redactor of a crisis-monitoring / social-listening platform.  Every row
    imitates a public post the listening tool ingests during crises and brand incidents, written the way
    people really write: lower case, no punctuation, emoji, hashtags, slang, typos, thread numbering,
    quoted posts, WhatsApp forwards, transcribed screenshots and mixed scripts.

Genres (32, four templates each, genre g owns template ids 4g..4g+3)
    tweet_complaint, tweet_reply_quote, reddit_post, reddit_comment, facebook_group, insta_tiktok,
    youtube_comment, app_review, maps_review, local_news, news_comments, forum_thread, petition,
    fundraiser, lost_found, missing_person, marketplace, rental_ad, neighbourhood_alert, rescue_request,
    volunteer_thread, screenshot_text, journalist_callout, obituary, school_club, celebration_shoutout,
    chat_forward, scam_warning, relief_distribution, brand_outage*, weather_update*, meme_hot_take*
    (* = genres that never carry PII; with a few PII-free variants elsewhere about 12 % of rows are clean).

Locales (48)
    en_US en_GB en_AU en_CA en_NG ha_NG en_GH sw_KE sw_TZ am_ET en_ZA es_MX es_AR es_CO es_ES es_CL es_PE
    pt_BR pt_PT fr_FR fr_MA de_DE it_IT tr_TR ar_EG ar_SA ar_AE ar_LB fa_IR ur_PK hi_IN bn_BD ne_NP tl_PH
    id_ID ms_MY vi_VN th_TH ja_JP ko_KR zh_CN zh_TW zh_HK ru_RU uk_UA el_GR nl_NL pl_PL.
    Each locale has hand-written given names, surnames (compound surnames, particles, patronymics,
    gendered surname forms), nicknames, honorifics, native-script name pairs where the locale uses
    another script, native address shapes (flats, floors, blocks, compounds, barangays, colonias, RT/RW,
    wards, manzana/lote, landmarks, PO boxes) and phone numbers produced with `phonenumbers` (example
    number per region, perturbed digits, kept only when valid) written in national, international,
    compact, regrouped, native-digit or partly spelled-out forms.  About a third of the rows are partly or
    wholly non-English (es, pt, fr, de, it, tr, ar, fa, ur, hi, Roman Hindi/Urdu, bn, tl/Taglish, id, ms,
    vi, th, ja, ko, zh-Hans, zh-Hant, ru, uk, el, sw, am, nl, pl, Nigerian Pidgin).  The row `locale` is
    the locale the people, addresses and phones were drawn from.

Labels
    CREDIT_CARD (Luhn-valid), EMAIL_ADDRESS (personal mailboxes, also the rare "name at gmail dot com"
    spelling; role boxes such as support@... stay unlabelled), PHONE_NUMBER (as written, any owner),
    IBAN_CODE (valid mod-97, compact or grouped), US_SSN, IP_ADDRESS (v4 and v6), US_DRIVER_LICENSE
    (rows with US_SSN or US_DRIVER_LICENSE are locale en_US), PERSON (private people in any written
    form; for @handles, u/names and hashtags built from a name the span is the name part only - no "@",
    "u/", "#" and no hashtag words such as "Find" or "JusticeFor"; honorifics (Mr, Dr, Sra., Tita, Pak,
    -san, さん, 씨, Bey, ji ...) and a possessive "'s" stay outside the span), STREET_ADDRESS (house number
    + street with flat/unit and, when written alongside, district/postcode/city as ONE span; house number
    + landmark and PO boxes count; a bare street, city, neighbourhood or "the 400 block of Elm St" does
    not).
    Hard negatives that are never labelled: brands (BRANDS / HANDLE_BRANDS from pii_synth.py), public
    accounts (@FEMA ...), public figures and famous journalists, storms, pets' names, order / tracking /
    case numbers, flight numbers, dates, times, amounts, percentages, non-name hashtags, URLs, role
    mailboxes, bare streets, cities and neighbourhoods, landmarks without a house number.

Row format
    {"text": str, "spans": [{"label", "start", "end", "value"}], "template_id": int, "locale": str,
     "brands": [BRANDS / HANDLE_BRANDS strings in the text, in order]}
    Spans are sorted, non-overlapping and exact: texts are assembled piece by piece and offsets are taken
    while assembling, never by searching the finished text.

Usage
    python bench/pii_synth_eighth.py --n 1500 --seed 0      # JSON lines on stdout
    python bench/pii_synth_eighth.py --check                # self-test over 6000 rows, prints counts
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from random import Random

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

try:
    from pii_synth import BRANDS, HANDLE_BRANDS
except ImportError:  # imported as bench.pii_synth_eighth from the repository root
    from bench.pii_synth import BRANDS, HANDLE_BRANDS

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

# ----------------------------------------------------------------------------------------------------------
# small helpers


def _split(s: str) -> list[str]:
    return [x.strip() for x in s.split("|") if x.strip()]


def fold(s: str) -> str:
    """Drop accents the way people do when typing on a phone without the right keyboard."""
    s = s.translate(
        str.maketrans(
            {
                "ß": "ss",
                "ø": "o",
                "Ø": "O",
                "ł": "l",
                "Ł": "L",
                "đ": "d",
                "Đ": "D",
                "ı": "i",
                "æ": "ae",
                "œ": "oe",
                "ð": "d",
            }
        )
    )
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return len(digits) >= 12 and total % 10 == 0


def iban_ok(iban: str) -> bool:
    s = re.sub(r"\s", "", iban).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def _iban_check(cc: str, bban: str) -> str:
    moved = bban + cc + "00"
    return f"{98 - int(''.join(str(int(c, 36)) for c in moved)) % 97:02d}"


NATIVE_DIGITS = {
    "fa": "۰۱۲۳۴۵۶۷۸۹",
    "ar": "٠١٢٣٤٥٦٧٨٩",
    "bn": "০১২৩৪৫৬৭৮৯",
    "hi": "०१२३४५६७८९",
    "th": "๐๑๒๓๔๕๖๗๘๙",
}


def to_native_digits(s: str, table: str) -> str:
    return s.translate(str.maketrans("0123456789", table))


# ----------------------------------------------------------------------------------------------------------
# template mini-language:  [a|b|c] = pick one (nestable, "[a|]" = optional),  {slot} = generated piece,
# "\x" = literal x.  Outside brackets "|" and "]" are literal text.

_TOKEN = re.compile(r"\\.|\{[^{}]*\}|\[|\]|\||[^\\{}\[\]|]+")
_PARSED: dict[str, list] = {}


def parse(src: str) -> list:
    hit = _PARSED.get(src)
    if hit is not None:
        return hit
    tokens = _TOKEN.findall(src)
    pos = 0

    def seq(depth: int) -> list:
        nonlocal pos
        nodes: list = []
        while pos < len(tokens):
            tok = tokens[pos]
            if tok == "[":
                pos += 1
                alts = [seq(depth + 1)]
                while pos < len(tokens) and tokens[pos] == "|":
                    pos += 1
                    alts.append(seq(depth + 1))
                if pos >= len(tokens) or tokens[pos] != "]":
                    raise ValueError(f"unbalanced [ in template: {src!r}")
                pos += 1
                nodes.append(("alt", alts))
            elif tok in ("]", "|"):
                if depth == 0:
                    nodes.append(tok)
                    pos += 1
                else:
                    return nodes
            elif tok.startswith("{"):
                nodes.append(("slot", tok[1:-1]))
                pos += 1
            elif tok.startswith("\\"):
                nodes.append(tok[1])
                pos += 1
            else:
                nodes.append(tok)
                pos += 1
        return nodes

    tree = seq(0)
    if "".join(tokens) != src:
        raise ValueError(f"stray brace in template: {src!r}")
    _PARSED[src] = tree
    return tree


def fill_pattern(rng: Random, pat: str) -> str:
    """'9' digit (1-9 when it starts a run), '0' any digit, 'A' upper letter, 'a' lower letter."""
    out = []
    prev_digit = False
    for ch in pat:
        if ch == "9":
            out.append(rng.choice("0123456789" if prev_digit else "123456789"))
            prev_digit = True
            continue
        if ch == "0":
            out.append(rng.choice("0123456789"))
        elif ch == "A":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif ch == "a":
            out.append(rng.choice("abcdefghjkmnprstuvwxyz"))
        else:
            out.append(ch)
        prev_digit = ch == "0"
    return "".join(out)


def render_plain(rng: Random, src: str, resolve) -> str:
    out: list[str] = []

    def walk(nodes: list) -> None:
        for nd in nodes:
            if isinstance(nd, str):
                out.append(nd)
            elif nd[0] == "alt":
                walk(rng.choice(nd[1]))
            else:
                out.append(resolve(nd[1]))

    walk(parse(src))
    return "".join(out)


# ----------------------------------------------------------------------------------------------------------
# locales: hand-written names, streets, address shapes.  "native=latin" pairs for non-Latin scripts,
# a leading "*" marks a female given name (used for gendered surnames / bin-binti).

LOCALES: dict[str, dict] = {}


def _names(s: str) -> list[tuple[str | None, str, bool]]:
    out = []
    for item in _split(s):
        fem = item.startswith("*")
        item = item.lstrip("*")
        if "=" in item:
            nat, lat = item.split("=", 1)
            out.append((nat, lat, fem))
        else:
            out.append((None, item, fem))
    return out


def _nicks(s: str) -> dict[str, list[tuple[str | None, str]]]:
    out: dict[str, list[tuple[str | None, str]]] = {}
    for part in s.split(";"):
        if ":" not in part:
            continue
        key, vals = part.split(":", 1)
        lst = []
        for v in vals.split(","):
            v = v.strip()
            if "=" in v:
                nat, lat = v.split("=", 1)
                lst.append((nat, lat))
            elif v:
                lst.append((None, v))
        out[key.strip()] = lst
    return out


def L(code: str, region: str, langs: str, **kw) -> None:
    d = {
        "code": code,
        "region": region,
        "langs": langs.split(),
        "w": kw.pop("w", 1.0),
        "given": _names(kw.pop("given")),
        "sur": [(n, s) for n, s, _ in _names(kw.pop("sur"))],
        "nick": _nicks(kw.pop("nick", "")),
        "gnick": [(n, s) for n, s, _ in _names(kw.pop("gnick", ""))],
        "titles": [t for t in kw.pop("titles", "Mr>s|Mrs>s|Ms>s|Dr>s").split("|") if t],
        "ntitles": [t for t in kw.pop("ntitles", "").split("|") if t],
        "order": kw.pop("order", "gs"),
        "norder": kw.pop("norder", "gs"),
        "nsep": kw.pop("nsep", " "),
        "addr": kw.pop("addr"),
        "naddr": kw.pop("naddr", []),
        "dom": [
            *_split(kw.pop("dom", "")),
            "gmail.com",
            "gmail.com",
            "yahoo.com",
            "outlook.com",
            "hotmail.com",
        ],
        "iban": kw.pop("iban", ""),
        "cur": kw.pop("cur", ["$#"]),
        "sep": kw.pop("sep", ","),
        "digits": kw.pop("digits", ""),
        "fem": kw.pop("fem", ""),
        "patro": kw.pop("patro", None),
        "sur2": kw.pop("sur2", 0.0),
    }
    for key, val in kw.items():
        d[key] = _split(val) if isinstance(val, str) else val
    LOCALES[code] = d


# fmt: off
LM_EN = ("behind the old market|opposite the mosque|near the water tank|next to the primary school|"
         "after the petrol station|beside the big mango tree|by the blue gate|across from the bus stop|"
         "behind the church|near the chief's palace")

L("en_US", "US", "en", w=4,
  given="Michael|*Jennifer|DeShawn|*Latoya|*Brittany|Tyler|*Kayleigh|Hunter|*Savannah|Jaxon|*Imani|Darnell|"
        "*Maribel|Connor|*Abigail|Tremaine|*Priya|Xavier|*Cheyenne|Bo|*Guadalupe|Robert|*Margaret",
  sur="Johnson|Williams|Okonkwo-Smith|McAllister|O'Brien|Rodriguez|Nguyen|Kowalski|Delgado|Fitzgerald|"
      "Schumacher|Begay|Yazzie|Thibodeaux|LaRue|Boudreaux|Hernandez-Lopez|St. Clair|Washington|DiMaggio",
  nick="Michael:Mike,Mikey;Jennifer:Jen,Jenny;Abigail:Abby;Tyler:Ty;Kayleigh:Kay;Robert:Bobby,Rob;"
       "Margaret:Maggie,Peggy;Savannah:Vanna;Xavier:Zay;Guadalupe:Lupe;DeShawn:Shawn",
  titles="Mr>s|Mrs>s|Ms>s|Dr>s|Miss>g|Coach>s|Pastor>s|Aunt>g|Grandma>g",
  st="Maple Ave|Oak St|MLK Jr Blvd|Pine Ridge Rd|Elm St|Bayou Dr|Cypress Ln|Old Mill Rd|N Main St|"
     "County Rd 12|Lakeshore Dr|Magnolia St|Front St|Riverbend Ct",
  hood="Montford|West End|Fifth Ward|Mid-City|Cape Coral|Garden District|the Heights|Riverside",
  city="Asheville, NC|Fort Myers, FL|Houston, TX|Baton Rouge, LA|Lahaina, HI|Tulsa, OK|Cedar Rapids, IA|"
       "Paradise, CA|Tampa, FL|Biloxi, MS",
  addr=["{%9999} [W |E |N |S |]{st}[ [apt|Apt|APT|#|unit|Unit] {%9A}|][, {city}[ {%90000}|]|]",
        "{%999} {st}[, {city}|]",
        "[apt|Apt] {%99} {%9999} {st}[, {city}|]",
        "{%99999} {st} [lot|Lot|trailer] {%99}[, {city}|]"],
  dom="aol.com|icloud.com|comcast.net|att.net|ymail.com", cur=["$#", "$#.00", "# dollars"])

L("en_GB", "GB", "en", w=2.5,
  given="Oliver|*Amelia|*Siobhan|Callum|*Niamh|Rhys|*Ffion|*Priya|Tariq|*Chloe|Declan|*Harriet|Kwame|"
        "*Eilidh|Jack|*Gemma|Alfie|*Bronwen",
  sur="Smith|Taylor|O'Sullivan|Patel|Hughes|Llewellyn|Campbell|Bhatt|MacLeod|Ahmed|Fairweather|Okoro|"
      "Pryce-Jones|Whitaker|Ní Bhriain|Featherstonehaugh",
  nick="Oliver:Olly,Ollie;Harriet:Hattie;Callum:Cal;Gemma:Gem;Jack:Jacko;Alfie:Alf;Amelia:Millie",
  titles="Mr>s|Mrs>s|Ms>s|Dr>s|Nan>g|Auntie>g|Miss>s",
  st="High Street|Carlton Road|Victoria Terrace|Mill Lane|Station Road|Church Street|Kingsway|Albert Road|"
     "Queen's Drive|Heol y Coed|Burnside Crescent",
  hood="Headingley|Hebden Bridge|Mytholmroyd|Splott|Govan|Bentley|Heavitree|Walthamstow",
  city="Leeds|York|Carlisle|Cardiff|Glasgow|Doncaster|Exeter|London",
  addr=["[Flat {%9}[A|B|], |flat {%9}, |]{%99} {st}[, {hood}|][, {city}[ [LS6|HX7|YO1|CA2|CF24|G51|DN5|EX1|E17] {%9AA}|]|]",
        "{%99} {st}, [LS6|HX7|YO1|CA2|CF24|G51|DN5|EX1|E17] {%9AA}",
        "[Flat|flat] {%9}/{%9}, {%99} {st}[, {city}|]"],
  dom="btinternet.com|hotmail.co.uk|yahoo.co.uk|sky.com", iban="GB", cur=["£#", "£#.50", "#quid"])

L("en_AU", "AU", "en", w=1.5,
  given="Lachlan|*Chloe|Mitchell|*Tayla|Brodie|*Matilda|Jarrah|*Siobhan|Bilal|*Mei|Darcy|*Kirra|Hamish",
  sur="Nguyen|Smith|O'Connor|Papadopoulos|Walker|Kelly|Nguyen-Tran|Di Stefano|Hart|McGregor|Singh|Roberts",
  nick="Lachlan:Lachie;Matilda:Tilly;Mitchell:Mitch;Hamish:Hamo;Brodie:Brods",
  titles="Mr>s|Mrs>s|Ms>s|Dr>s|Aunty>g",
  st="Beach Rd|Wattle St|Banksia Ave|Bridge Rd|Murray St|Kookaburra Cres|Lismore Rd|Molesworth St",
  hood="North Lismore|South Lismore|Mallacoota|Bondi|Ballarat East|Cobargo",
  city="Lismore|Ballarat|Townsville|Cairns|Bega|Bondi",
  addr=["[Unit {%9}/|{%9}/|]{%99} {st}[, {hood}|][, {city}[ [NSW|VIC|QLD] {%9999}|]|]",
        "{%99} {st}, {city} [NSW|VIC|QLD] {%9999}"],
  dom="bigpond.com|optusnet.com.au", cur=["$#", "A$#"])

L("en_CA", "CA", "en", w=1.2,
  given="Liam|*Émilie|Noah|*Gurpreet|*Avery|Mathieu|*Jasmine|Connor|*Kiana|Wei|Tanvir|*Siobhan",
  sur="Tremblay|Gagnon|MacDonald|Sandhu|Roy|Leblanc|Chan|Bélanger|Fraser|Cardinal|Thompson|Côté",
  nick="Mathieu:Math;Émilie:Mimi;Gurpreet:Preet",
  st="Rue Sainte-Catherine|Yonge St|Jasper Ave|Portage Ave|Robson St|Barrington St|Franklin Ave",
  hood="Beacon Hill|Abasand|Plateau|Osborne Village|Dartmouth",
  city="Fort McMurray|Halifax|Winnipeg|Montréal|Kelowna|Yellowknife|Jasper",
  addr=["[{%999}-|unit {%99}, |]{%9999} {st}[, {city}[ [AB|NS|MB|QC|BC] {%A9A 9A9}|]|]",
        "{%999} {st}, {hood}, {city}"],
  dom="shaw.ca|videotron.ca|rogers.com", cur=["$#", "C$#"])

L("en_NG", "NG", "en pcm", w=2.5,
  given="Oluwaseun|*Chiamaka|Adebayo|*Ngozi|Tunde|*Funmilayo|Emeka|*Chidinma|*Temitope|Ifeanyi|*Blessing|"
        "*Yetunde|Obinna|*Folake|Damilola|*Amara|Oluwafemi|*Adaeze",
  sur="Okafor|Adeyemi|Okonkwo|Balogun|Nwachukwu|Adewale|Eze|Ogunleye|Obi|Akinola|Okoro|Oyelaran|"
      "Chukwuemeka|Babatunde|Adebayo-Lawal|Nnamdi",
  nick="Oluwaseun:Seun;Funmilayo:Funmi;Temitope:Tope,Temi;Ifeanyi:Ify;Damilola:Dami;Chiamaka:Amaka;"
       "Adebayo:Bayo;Yetunde:Yetty;Oluwafemi:Femi;Adaeze:Ada;Chidinma:Chi-Chi",
  gnick="Baby|Sisi|Bobo|Mummy T",
  titles="Mr>s|Mrs>s|Dr>s|Chief>s|Aunty>g|Uncle>g|Pastor>s|Engr.>s|Mama>g|Iya>g",
  st="Adeola Odeku St|Allen Avenue|Awolowo Rd|Herbert Macaulay Way|Bode Thomas St|Ogunlana Drive|"
     "Adeniran Ogunsanya St|Akerele St|Oba Akran Ave|Aba Rd|Ikwerre Rd",
  hood="Surulere|Yaba|Ikeja GRA|Lekki Phase 1|Ajah|Gbagada|Ikorodu|Rumuokoro",
  city="Lagos|Ibadan|Port Harcourt|Enugu|Abeokuta|Onitsha",
  addr=["[No. |No |no |]{%99}[,|] {st}[, {hood}|][, {city}|]",
        "[house|House|No.] {%99} {lm}, {hood}[, {city}|]",
        "Plot {%99}[, Block {%9}|], {st}, {hood}[, {city}|]",
        "{%99}[B|A|] {st} {lm}[, {hood}|]",
        "P.O. Box {%9999}, {city}"],
  dom="yahoo.co.uk|ymail.com", cur=["₦#", "N#", "#naira"])

L("ha_NG", "NG", "en pcm", w=1.2,
  given="Abubakar|*Aisha|Musa|*Hauwa|Ibrahim|*Zainab|Usman|*Fatima|Sani|*Maryam|Aminu|*Hadiza|Bashir|*Halima",
  sur="Bello|Abdullahi|Garba|Yusuf|Danjuma|Sule|Lawal|Umar|Shehu|Dikko|Mohammed|Aliyu|Kabir-Sani",
  nick="Abubakar:Abba,Bakr;Fatima:Fati;Ibrahim:Ibro;Hauwa:Hauwa'u;Aminu:Aminu",
  titles="Alhaji>g|Hajiya>g|Malam>g|Mallam>g|Baba>g|Dr>s|Mr>s",
  st="Zoo Rd|Murtala Mohammed Way|Sokoto Rd|Ahmadu Bello Way|Maiduguri Rd|Zaria Rd|France Rd",
  hood="Nassarawa GRA|Sabon Gari|Fagge|Tudun Wada|Gwale|Bompai",
  city="Kano|Kaduna|Maiduguri|Sokoto|Bauchi",
  addr=["[No. |No |]{%99} {st}[, {hood}|][, {city}|]",
        "[house|gida] {%99} {lm}, {hood}[, {city}|]"],
  dom="yahoo.com", cur=["₦#", "N#"])

L("en_GH", "GH", "en pcm", w=1.2,
  given="Kwame|*Akosua|Kofi|*Ama|Yaw|*Abena|Kwabena|*Efua|Kojo|*Adwoa|Nana|*Esi|Selorm|Mawuli",
  sur="Mensah|Owusu|Boateng|Asante|Appiah|Agyeman-Duah|Osei|Darko|Addo|Quaye|Amoako|Tetteh|Ofori",
  nick="Kwabena:Kobby;Akosua:Akos;Selorm:Selo",
  titles="Mr>s|Mrs>s|Auntie>g|Nana>g|Dr>s|Maame>g|Papa>g",
  st="Oxford St|Ring Road East|Liberation Rd|Spintex Rd|Kojo Thompson Rd|Nsawam Rd|Lagos Ave",
  hood="Osu|Kaneshie|Madina|Adenta|Dansoman|Teshie",
  city="Accra|Kumasi|Tema|Cape Coast|Tamale",
  addr=["H/No. {%99}[,|] {st}[, {hood}|][, {city}|]",
        "[House|Hse|hse no] {%99} {lm}, {hood}[, {city}|]",
        "{%99} {st}, {hood}, {city}[ (GPS GA-{%999}-{%9999})|]"],
  cur=["GH₵#", "GHS #", "# cedis"])

L("sw_KE", "KE", "en sw", w=1.5,
  given="*Wanjiru|Otieno|*Achieng|Kamau|*Njeri|Kiprono|*Chebet|Mwangi|*Akinyi|Wafula|*Nyambura|Baraka|"
        "*Zawadi|Juma|*Faith|Brian|*Mercy|Kevin|*Purity|Dennis",
  sur="Odhiambo|Kariuki|Mutua|Wanyama|Kiprotich|Omondi|Njoroge|Ochieng|Mwangi|Kimani|Atieno|Korir|Wekesa",
  nick="Wanjiru:Shiru,Wanji;Nyambura:Nyambu;Dennis:Denno;Kevin:Kev",
  titles="Mama>g|Baba>g|Mzee>s|Dr>s|Bi.>g|Mr>s|Mrs>s|Mwalimu>s",
  ntitles="Mama>g|Baba>g|Mzee>s|Bi.>g|Mwalimu>s",
  st="Ngong Rd|Argwings Kodhek Rd|Moi Avenue|Jogoo Rd|Thika Rd|Kenyatta Ave|Langata Rd|Biashara St",
  hood="Kilimani|Kibera|Eastleigh|South B|Kasarani|Rongai|Umoja|Mathare",
  city="Nairobi|Mombasa|Kisumu|Nakuru|Eldoret",
  addr=["[Hse No. |House |hse ]{%99}[A|B|], {st}, {hood}[, {city}|]",
        "Apt [A|B|C]{%9}, [Kilimani Heights|Amani Court|Jacaranda Flats], {%99} {st}, {hood}",
        "P.O. Box {%9999}-00{%999}[, {city}|]",
        "[nyumba namba|nyumba no.] {%99}, {st}, {hood}"],
  dom="yahoo.com", cur=["KSh #", "Ksh#", "sh #"])

L("sw_TZ", "TZ", "sw en", w=0.8,
  given="*Neema|Baraka|*Rehema|Juma|*Upendo|Faraji|*Mwanaisha|Hamisi|*Zuhura|Ally|*Saida|Godfrey",
  sur="Mushi|Massawe|Mwakyusa|Kimaro|Mrema|Lyimo|Shirima|Mfinanga|Salum|Msuya|Kombo",
  titles="Mama>g|Baba>g|Mzee>s|Bi.>g|Dkt.>s", ntitles="Mama>g|Baba>g|Mzee>s|Bi.>g",
  st="Msimbazi St|Uhuru St|Nyerere Rd|Morogoro Rd|Bibi Titi Mohamed St|Samora Ave",
  hood="Kariakoo|Sinza|Mbezi Beach|Kinondoni|Tandale|Jangwani",
  city="Dar es Salaam|Arusha|Mwanza|Dodoma|Moshi",
  addr=["Plot {%99}[, Block {%A}|], {st}, {hood}[, {city}|]",
        "nyumba namba {%99} mtaa wa {st}, {hood}",
        "S.L.P. {%9999}[, {city}|]"],
  cur=["TSh #", "Tsh #"])

L("am_ET", "ET", "am en", w=0.8,
  given="አበበ=Abebe|*ሰላም=Selam|ዮሐንስ=Yohannes|*ትዕግስት=Tigist|ብርሃኑ=Birhanu|*መሰረት=Meseret|ዳዊት=Dawit|"
        "*ሄለን=Helen|ተስፋዬ=Tesfaye|*ፍሬሕይወት=Frehiwot|*ሀና=Hana|ግርማ=Girma",
  sur="በቀለ=Bekele|ታደሰ=Tadesse|ገብረመድህን=Gebremedhin|ኃይሌ=Haile|ወልደማርያም=Woldemariam|አለሙ=Alemu|ከበደ=Kebede|"
      "ደሳለኝ=Desalegn|ተሾመ=Teshome|አሰፋ=Assefa",
  titles="Ato>f|W/ro>f|W/rt>g|Dr>f", ntitles="አቶ>f|ወ/ሮ>f|ወ/ሪት>g|ዶ/ር>f",
  st="Bole Rd|Africa Ave|Churchill Ave|Haile Gebrselassie Rd|Cameroon St",
  hood="Bole|Kirkos|Yeka|Arada|Kolfe Keranio|Lideta", nhood="ቦሌ|ቂርቆስ|የካ|አራዳ|ልደታ|ኮልፌ ቀራኒዮ",
  city="Addis Ababa|Dire Dawa|Bahir Dar|Hawassa|Mekelle", ncity="አዲስ አበባ|ድሬዳዋ|ባህር ዳር|ሀዋሳ",
  addr=["{hood} Sub-city, Woreda {%99}, House No. {%999}[9|][, {city}|]",
        "H.No {%999}, Kebele {%99}, {hood}[, {city}|]",
        "P.O. Box {%9999}, {city}"],
  naddr=["{nhood} ክ/ከተማ ወረዳ {%99} የቤት ቁጥር {%999}[, {ncity}|]"],
  nsep=" ", cur=["ETB #", "# ብር", "# birr"])

L("en_ZA", "ZA", "en", w=1.5,
  given="*Thandiwe|Sipho|*Lerato|Pieter|*Nomvula|Johan|*Ayanda|Bongani|*Zanele|Thabo|*Annelie|Riaan|*Naledi|"
        "Kagiso|*Fatima",
  sur="Nkosi|Dlamini|van der Merwe|Botha|Mokoena|Ndlovu|Naidoo|Pillay|Khumalo|du Plessis|Van Wyk|Mahlangu|Adams",
  nick="Thandiwe:Thandi;Bongani:Bongi;Nomvula:Vuvu;Johan:Jo;Annelie:Anni",
  titles="Mr>s|Mrs>s|Dr>s|Tannie>g|Oom>g|Gogo>g|Mam'>s",
  st="Voortrekker Rd|Jan Smuts Ave|Main Rd|Vilakazi St|Long St|Church St|Beach Rd|Florida Rd",
  hood="Soweto|Khayelitsha|Bellville|Umlazi|Sea Point|Mitchells Plain|Tembisa",
  city="Cape Town|Johannesburg|Durban|Gqeberha|Pietermaritzburg",
  addr=["{%999} {st}[, {hood}|][, {city}[ {%9999}|]|]",
        "Unit {%99}, [Protea|Sunbird|Jacaranda] Court, {%99} {st}, {hood}",
        "[stand|Stand] {%9999} [Zone|Section|Ext] {%99}, {hood}"],
  cur=["R#", "R #"], sep=" ")

L("es_MX", "MX", "es", w=0.8,
  given="*Guadalupe|José Luis|*María Fernanda|Juan Carlos|*Ximena|*Itzel|Francisco|*Rocío|*Citlali|Jesús|"
        "Alejandro|*Yesenia|Brayan|*Dulce María|*Xóchitl",
  sur="Hernández|García|López|Martínez|Ramírez|Cruz|de la Cruz|Xicoténcatl|Morales|Sánchez|Reyes|Flores|"
      "Gutiérrez|Ávila|Chávez",
  nick="Francisco:Pancho,Paco;José Luis:Pepe,Joselo;Guadalupe:Lupita,Lupe;Alejandro:Ale;Jesús:Chuy;"
       "María Fernanda:Mafer,Fer;Rocío:Chío;Xóchitl:Xochi",
  titles="Sr.>s|Sra.>s|Srita.>g|Don>g|Doña>g|Lic.>s|Dr.>s|Ing.>s|Profe>g|Tía>g|seño>g",
  st="Calle Hidalgo|Av. Insurgentes Sur|Calle 5 de Mayo|Av. Revolución|Calle Morelos|Calzada de Tlalpan|"
     "Privada Las Flores|Av. Juárez|Av. Costera Miguel Alemán",
  hood="Centro|Doctores|Roma Norte|Del Valle|Renacimiento|Progreso|Santa Cruz Meyehualco|Emiliano Zapata",
  city="CDMX|Acapulco|Oaxaca|Puebla|Monterrey|Guadalajara|Juchitán",
  addr=["{st} [#|No. |núm. |]{%999}[ int. {%9}| depto {%99}|][, Col. {hood}|][, [C.P. |CP |]{%90000}|][, {city}|]",
        "[Mz {%9} Lt {%99}|Manzana {%9} Lote {%99}], Col. {hood}[, {city}|]",
        "{st} {%99}, {hood}, {city}"],
  dom="hotmail.com|prodigy.net.mx|yahoo.com.mx", sur2=0.5, cur=["$#", "$# pesos", "# MXN"])

L("es_AR", "AR", "es", w=0.5,
  given="*Lucía|Santiago|*Valentina|Matías|*Florencia|Facundo|*Agustina|Nahuel|*Milagros|Gonzalo|*Camila|"
        "Joaquín|*Micaela|Tomás",
  sur="González|Rodríguez|Fernández|Pereyra|Gómez|Sosa|Romero|Benítez|Acosta|Lopresti|Ferreyra|Quiroga|"
      "Herrera|Ruiz Díaz",
  nick="Santiago:Santi;Valentina:Vale;Florencia:Flor;Agustina:Agus;Matías:Mati;Micaela:Mica;Facundo:Facu;"
       "Gonzalo:Gonza;Milagros:Mili;Tomás:Tomi",
  titles="Sr.>s|Sra.>s|Dr.>s|Lic.>s|Don>g|Doña>g|Prof.>s",
  st="Av. Corrientes|Av. Rivadavia|Calle Florida|Av. San Martín|Bv. Oroño|Calle 7|Av. Belgrano|Calle 47",
  hood="Palermo|Caballito|Barrio Norte|Almagro|Villa Urquiza|Tolosa|Barrio Alberdi",
  city="CABA|Rosario|Córdoba|La Plata|Bahía Blanca|Mendoza",
  addr=["{st} {%9999}[, [piso |]{%9}[°|º] [A|B|C|D]|][, {hood}|][, {city}|]",
        "{st} {%999} {%9}[°|º]{%A}, {%A9000AAA} {city}"],
  cur=["$#", "ARS #"], sep=".")

L("es_CO", "CO", "es", w=0.5,
  given="*Juliana|Andrés Felipe|*Daniela|Juan David|*Luisa Fernanda|Camilo|*Valentina|Yeison|*Marisol|"
        "Wilmer|*Leidy|Sebastián|*Natalia",
  sur="Restrepo|Gómez|Cardona|Valencia|Ospina|Jaramillo|Mosquera|Rincón|Castaño|Quintero|Zapata|Londoño",
  nick="Juan David:Juanda;Andrés Felipe:Pipe;Sebastián:Sebas;Daniela:Dani;Natalia:Nati",
  titles="Sr.>s|Sra.>s|Don>g|Doña>g|Dr.>s|Profe>g",
  st="Carrera 7|Calle 80|Av. Boyacá|Autopista Sur|Calle 10|Carrera 50",
  hood="Chapinero|Laureles|Manrique|Bosa|El Poblado|Siloé|Aranjuez|Kennedy",
  city="Bogotá|Medellín|Cali|Barranquilla|Mocoa|Pereira",
  addr=["[Calle|Cra.|Carrera|Cl.|Kr] {%99}[A|B|] [#|No.|N°] {%99}-{%99}[ [apto|apt|Apto.] {%999}|][, [barrio |B/ |]{hood}|][, {city}|]"],
  sur2=0.5, cur=["$#", "# pesos"], sep=".")

L("es_ES", "ES", "es", w=0.6,
  given="*Lucía|Javier|*Nerea|Iñaki|*Carmen|Álvaro|*Ainhoa|Sergio|*Montserrat|Jordi|*Rocío|Pablo|*Begoña|"
        "Xabier|*Inmaculada|Francisco|José",
  sur="García|Martínez|Fernández|López|Etxeberria|Puig|Sánchez-Vizcaíno|Ruiz|Moreno|Garrido|Vidal|Iglesias|"
      "Romero|Castro",
  nick="Montserrat:Montse;Inmaculada:Inma;Francisco:Paco,Curro;José:Pepe;Javier:Javi;Begoña:Bego;"
       "Sergio:Sergi",
  titles="Sr.>s|Sra.>s|D.>f|Dña.>f|Dr.>s|la señora>g",
  st="C/ Mayor|Calle de Alcalá|Av. del Puerto|C/ Sant Joan|Calle Real|Paseo de la Alameda|Camí Reial|C/ Valencia",
  hood="Benetússer|Sedaví|Alfafar|Lavapiés|Gràcia|Ruzafa",
  city="Valencia|Paiporta|Madrid|Barcelona|Sevilla|Bilbao|Catarroja",
  addr=["{st}[,|] {%99}[, {%9}º [izq|dcha|A|B|1ª|2ª]|][, {%90000}|][ {city}|]",
        "{st} n.º {%99}, bajo[ {%A}|], {city}"],
  iban="ES", sur2=0.7, cur=["#€", "# €", "#,50€"], sep=".")

L("es_CL", "CL", "es", w=0.4,
  given="*Catalina|Benjamín|*Javiera|Vicente|*Constanza|Matías|*Fernanda|Cristóbal|*Antonia|Bastián|*Francisca",
  sur="Muñoz|Rojas|Díaz|Soto|Contreras|Silva|Martínez|Sepúlveda|Morales|Araya|Fuentes|Valenzuela",
  nick="Catalina:Cata;Francisca:Fran,Pancha;Constanza:Coni;Benjamín:Benja;Cristóbal:Cris",
  titles="Sr.>s|Sra.>s|Don>g|Doña>g|Tía>g",
  st="Pasaje Los Aromos|Av. Libertador Bernardo O'Higgins|Calle Los Olmos|Av. España|Pasaje Las Camelias",
  hood="Maipú|Puente Alto|Viña del Mar|Quilpué|Villa Independencia",
  city="Santiago|Viña del Mar|Valparaíso|Concepción",
  addr=["{st} {%9999}[, depto {%999}|][, {hood}|]", "{st} {%999}, [villa|población] {hood}"],
  sur2=0.5, cur=["$#", "# lucas"], sep=".")

L("es_PE", "PE", "es", w=0.4,
  given="*Rosa|Luis Alberto|*Milagros|Jhon|*Yessenia|Percy|*Flor de María|Wilber|*Katherine|Edwin|*Maribel",
  sur="Quispe|Mamani|Huamán|Flores|Condori|Chávez|Rojas|Vargas|Torres|Ramos|Ccahuana|Apaza",
  titles="Sr.>s|Sra.>s|Don>g|Doña>g|Tío>g|Mamita>g",
  st="Jr. Huallaga|Av. Abancay|Jr. de la Unión|Av. Grau|Calle Los Pinos|Psje. San Martín",
  hood="Cercado de Lima|San Juan de Lurigancho|Chosica|Comas|Villa El Salvador",
  city="Lima|Piura|Arequipa|Cusco|Trujillo",
  addr=["{st} {%999}[9|][ dpto {%99}| int. {%9}|][, {hood}|]",
        "Mz. {%A} Lt. {%99}, AA.HH. [Los Jardines|San Pedro|Santa Rosa], {hood}"],
  sur2=0.6, cur=["S/ #", "S/.#", "# soles"])

L("pt_BR", "BR", "pt", w=0.6,
  given="João Pedro|*Ana Clara|Thiago|*Larissa|Francisco|*Maria Eduarda|Gabriel|*Luana|Raimundo|*Jéssica|"
        "Wellington|*Vitória|Kauã|*Rayssa|*Edilene",
  sur="da Silva|dos Santos|Oliveira|Souza|Pereira|Ferreira|Alves|Lima|Carvalho|Nascimento|Araújo|Gonçalves|"
      "de Jesus|Rocha|Barbosa",
  nick="João Pedro:JP,Jão;Maria Eduarda:Duda;Francisco:Chico;Gabriel:Biel;Larissa:Lari;Thiago:Thi;"
       "Vitória:Vivi;Raimundo:Mundinho;Jéssica:Jé",
  titles="Sr.>s|Sra.>s|Dona>g|Seu>g|Dr.>s|Tia>g|Pastor>g|Vó>g",
  st="Rua das Flores|Av. Borges de Medeiros|Rua Voluntários da Pátria|Travessa São José|Rua Sete de Setembro|"
     "Av. Assis Brasil|Rua Dom Pedro II|Estrada do Mar",
  hood="Sarandi|Humaitá|Vila Mariana|Mathias Velho|Navegantes|Cidade Baixa|Rio Branco",
  city="Porto Alegre|Canoas|São Leopoldo|Eldorado do Sul|São Paulo|Recife|Petrópolis",
  addr=["{st}, [nº |n° |]{%999}[, [apto|ap|apt.] {%999}|][ - {hood}|][, {city}[ - [RS|SP|PE|RJ]|]|][, [CEP |]{%90000}-{%000}|]",
        "{st} {%99}, {hood}, {city}",
        "{st}, {%99} casa {%9}, {hood}"],
  dom="uol.com.br|bol.com.br|terra.com.br", sur2=0.6, iban="BR", cur=["R$ #", "R$#,00", "# reais"], sep=".")

L("pt_PT", "PT", "pt", w=0.4,
  given="*Inês|Tiago|*Beatriz|Duarte|*Leonor|Rodrigo|*Mariana|Gonçalo|*Matilde|Afonso|*Carolina",
  sur="Ferreira|Santos|Costa|Martins|Rodrigues|Sousa|Pinto|Carvalho|Teixeira|Moreira|Lopes|Marques",
  titles="Sr.>s|Sra.>s|D.>g|Dr.>s|Dra.>s|Tia>g",
  st="Rua Augusta|Rua de Santa Catarina|Av. da Liberdade|Travessa do Carmo|Rua do Almada",
  hood="Alfama|Campanhã|Benfica|Bonfim",
  city="Lisboa|Porto|Coimbra|Pedrógão Grande|Leiria|Braga",
  addr=["{st}[,|] {%99}[9|][, {%9}º [Esq|Dto|Frente|A]|][, {%9000}-{%000}|][ {city}|]"],
  sur2=0.5, iban="PT", cur=["#€", "# €"], sep=".")

L("fr_FR", "FR", "fr en", w=0.8,
  given="*Camille|Théo|*Manon|Mathis|*Inès|Hugo|*Léa|Yanis|*Chloé|Amadou|*Margaux|Kévin|*Océane|"
        "Jean-Baptiste|*Marie-Claire",
  sur="Martin|Bernard|Dubois|Lefèvre|Le Goff|Moreau|Girard|N'Diaye|Benali|Rousseau|Faure|de la Fontaine|"
      "Lemaire|Dupont|Traoré",
  nick="Jean-Baptiste:JB;Marie-Claire:Marie;Chloé:Chlo;Mathis:Mat;Kévin:Kéké",
  titles="M.>s|Mme>s|Mlle>s|Dr>s|Maître>s|Tata>g|Mamie>g",
  st="rue des Lilas|avenue Jean-Jaurès|rue de la République|boulevard Voltaire|impasse des Tilleuls|"
     "chemin des Vignes|allée des Peupliers|rue Victor-Hugo",
  hood="La Guillotière|Le Panier|Belsunce|Croix-Rousse|Les Minguettes",
  city="Lyon|Marseille|Nice|Saint-Martin-Vésubie|Roubaix|Rennes|Toulouse",
  addr=["{%99}[ bis| ter|] {st}[, [bât.|bat|bâtiment] [A|B|C]|][, [{%9}e|{%9}ème] [étage|ét.]|][, apt {%99}|][, {%90000}|][ {city}|]",
        "{%99} {st}, {%90000} {city}"],
  dom="orange.fr|free.fr|laposte.net|hotmail.fr|sfr.fr", iban="FR", cur=["#€", "# €", "# euros"], sep=" ")

L("fr_MA", "MA", "fr ar", w=0.5,
  given="يوسف=Youssef|*فاطمة الزهراء=Fatima-Zahra|مهدي=Mehdi|*خديجة=Khadija|حمزة=Hamza|*سلمى=Salma|عمر=Omar|"
        "*إيمان=Imane|أيوب=Ayoub|*نادية=Nadia|رشيد=Rachid|*هدى=Houda",
  sur="العمراني=El Amrani|بنجلون=Benjelloun|العلوي=Alaoui|بناني=Bennani|التازي=Tazi|الوزاني=Ouazzani|"
      "الإدريسي=El Idrissi|برادة=Berrada|الشرايبي=Chraibi|آيت طالب=Aït Taleb",
  titles="M.>s|Mme>s|Hajj>g|Hajja>g|Dr>s|Lalla>g|Si>g", ntitles="السيد>f|السيدة>f|الحاج>g|الحاجة>g",
  st="Bd Zerktouni|Rue Ibn Batouta|Av. Hassan II|Rue Souk Sebbat|Bd Mohammed V",
  hood="Hay Mohammadi|Sidi Moumen|Médina|Gueliz|Hay Riad|Derb Sultan",
  nhood="الحي المحمدي|سيدي مومن|المدينة القديمة|درب السلطان",
  city="Casablanca|Marrakech|Amizmiz|Fès|Agadir|Talat N'Yaaqoub",
  ncity="الدار البيضاء|مراكش|فاس|أمزميز",
  addr=["[Rue|rue] {%99} [N°|n°|No] {%99}, {hood}[, {city}|]",
        "{%99} {st}[, [Appt|appt|app] {%9}|][, {hood}|][, {city}|]",
        "maison n° {%99}, Derb [Sidi Bouloukat|Lalla Zahra|El Ferrane], {hood}, {city}"],
  naddr=["زنقة {%99} رقم {%99}، {nhood}[، {ncity}|]", "رقم {%99} درب {nhood}، {ncity}"],
  digits="ar", order="gs", cur=["# DH", "#dh", "# درهم"], sep=" ")

L("de_DE", "DE", "de en", w=0.6,
  given="Lukas|*Anna-Lena|Jürgen|*Sabine|Mehmet|*Svenja|Torsten|*Lea|*Hannelore|Finn|*Katharina|Maximilian|"
        "*Dragana|Uwe|*Ingrid",
  sur="Müller|Schmidt|Schneider|Fischer|Weber|von Bülow|Yılmaz|Hoffmann|Schäfer|Kowalczyk|Becker|Zimmermann|"
      "Meier-Lindner|Krüger",
  nick="Maximilian:Max,Maxi;Katharina:Kathi,Kati;Hannelore:Hanne;Sabine:Bine;Lukas:Luki;Jürgen:Jürgi",
  titles="Herr>s|Frau>s|Dr.>s|Oma>g|Opa>g|Tante>g|Onkel>g",
  st="Lindenstraße|Hauptstraße|Ahrweg|Bahnhofstr.|Am Mühlenbach|Kirchgasse|Schulstraße|Rotweinstraße|Talstraße",
  hood="Ahrweiler|Blessem|Altenahr|Dernau|Ehrenfeld|Neustadt",
  city="Bad Neuenahr-Ahrweiler|Köln|Erftstadt|Altenahr|Passau|Leipzig|Dresden|Hamburg",
  addr=["{st} {%99}[a|b|][, [{%9}. OG|EG|Whg. {%9}|Hinterhaus]|][, {%90000} {city}|]",
        "{st} {%99}, {%90000} {city}"],
  dom="gmx.de|web.de|t-online.de|posteo.de", iban="DE", cur=["# €", "#€", "#,- €", "# Euro"], sep=".")

L("it_IT", "IT", "it", w=0.5,
  given="*Giulia|Alessandro|*Francesca|Lorenzo|*Chiara|Matteo|*Federica|Giuseppe|*Sofia|Antonio|*Concetta|"
        "Salvatore|*Ilaria|Gianluca",
  sur="Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|De Luca|Lo Presti|Greco|Bruno|D'Angelo|Marino|"
      "Gallo|Dalla Valle",
  nick="Giuseppe:Peppe,Pino;Salvatore:Totò,Salvo;Francesca:Fra,Franci;Alessandro:Ale;Concetta:Titti;"
       "Antonio:Tonino;Lorenzo:Lollo;Gianluca:Gianlu",
  titles="Sig.>s|Sig.ra>s|Dott.>s|Dott.ssa>s|Nonna>g|Zio>g|Zia>g|Prof.>s",
  st="Via Garibaldi|Via Roma|Corso Vittorio Emanuele|Piazza Mazzini|Via dei Mille|Vicolo Stretto|Via Emilia",
  hood="Borgo Durbecco|San Rocco|Quartieri Spagnoli|Ponte Vecchio",
  city="Faenza|Cesena|Torino|Napoli|Amatrice|Ischia|Forlì|Bologna",
  addr=["{st} {%99}[, [int.|interno|scala [A|B]] {%9}|][, {%90000}|][ {city}|]",
        "{st}, {%99} - {%90000} {city}"],
  dom="libero.it|virgilio.it|tiscali.it", iban="IT", cur=["€#", "# euro", "#€"], sep=".")

L("tr_TR", "TR", "tr en", w=0.5,
  given="Mehmet|*Ayşe|Mustafa|*Fatma|Emre|*Zeynep|Hüseyin|*Elif|Burak|*Hatice|Yusuf|*Büşra|İbrahim|*Şeyma|"
        "Ömer|*Gülsüm",
  sur="Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Öztürk|Aydın|Arslan|Doğan|Kılıç|Aslan|Erdem|Koç|Güneş",
  nick="Mehmet:Memo;Mustafa:Musti;Hüseyin:Hüso;İbrahim:İbo;Büşra:Büşi",
  titles="g< Bey|g< Hanım|g< Teyze|g< Amca|g< Abla|g< Abi|Dr.>s",
  st="Atatürk Cd.|İnönü Sk.|Cumhuriyet Cd.|1203. Sk.|Gazi Mustafa Kemal Blv.|Kurtuluş Cd.|Fevzi Çakmak Cd.",
  hood="Ürgen Paşa Mah.|Cebrail Mah.|Odabaşı Mah.|Ekinci Mah.|Yavuz Selim Mah.|Güzelburç Mah.",
  city="Antakya/Hatay|Kahramanmaraş|İskenderun|Adıyaman|Malatya|Elbistan|Nurdağı/Gaziantep",
  addr=["{hood} {st} No:[ |]{%99}[ [Daire|D:|daire] {%99}| Kat:{%9}|][, {city}|]",
        "[Lale|Güneş|Yeşilvadi|Zümrüt] [Apt.|Apartmanı|Sitesi] [{%A} Blok |]No:{%99} D:{%99}, {hood}[ {city}|]",
        "{hood} {st} no {%99} kat {%9}[, {city}|]"],
  dom="hotmail.com|yandex.com", iban="TR", cur=["# TL", "#₺", "₺#"], sep=".")

L("ar_EG", "EG", "ar en", w=0.6,
  given="محمد=Mohamed|أحمد=Ahmed|*منى=Mona|*ياسمين=Yasmin|محمود=Mahmoud|*هبة=Heba|عمرو=Amr|*نورهان=Nourhan|"
        "مصطفى=Mostafa|*إسراء=Esraa|كريم=Karim|*دعاء=Doaa",
  sur="عبد الرحمن=Abdelrahman|حسن=Hassan|السيد=El-Sayed|إبراهيم=Ibrahim|الشناوي=El-Shenawy|فوزي=Fawzy|"
      "سليمان=Soliman|عبد العزيز=Abdelaziz|الجمال=El Gamal|نصر=Nasr",
  nick="Mohamed:حمادة=Hamada;Mostafa:Mido;Mahmoud:Hoda",
  titles="Mr>s|Dr>s|Hagg>g|Ostaz>g|Madam>g|Auntie>g", ntitles="أستاذ>g|الحاج>g|الحاجة>g|دكتور>g|مدام>g|طنط>g",
  st="El Tahrir St|Abbas El Akkad St|Gamal Abdel Nasser St|El Nozha St|Shubra St|Mohamed Farid St",
  nst="شارع التحرير|شارع عباس العقاد|شارع النزهة|شارع شبرا|شارع الهرم|شارع فيصل",
  hood="Dokki|Nasr City|Heliopolis|Shubra|Imbaba|Faisal", nhood="الدقي|مدينة نصر|مصر الجديدة|شبرا|إمبابة|فيصل",
  city="Cairo|Giza|Alexandria|Mansoura", ncity="القاهرة|الجيزة|الإسكندرية|المنصورة",
  addr=["[{%99} |Bldg {%99}, ]{st}[, [{%9}th floor|floor {%9}], [flat|apt] {%99}|][, {hood}|][, {city}|]",
        "{%99} {st}, {hood}"],
  naddr=["{%99} {nst}، [الدور {%9}، شقة {%99}، |]{nhood}[، {ncity}|]", "عمارة {%99} {nst}، {nhood}"],
  digits="ar", iban="EG", cur=["EGP #", "# جنيه", "#LE"])

L("ar_SA", "SA", "ar en", w=0.5,
  given="عبدالله=Abdullah|*نورة=Noura|فيصل=Faisal|*ريم=Reem|سلطان=Sultan|*هيفاء=Haifa|تركي=Turki|*لمى=Lama|"
        "خالد=Khalid|*أمل=Amal|سالم=Saleh",
  sur="القحطاني=Al-Qahtani|العتيبي=Al-Otaibi|الشمري=Al-Shammari|الدوسري=Al-Dosari|الغامدي=Al-Ghamdi|"
      "الحربي=Al-Harbi|الزهراني=Al-Zahrani",
  patro=("bin", "bint", "بن", "بنت", 0.35),
  titles="Mr>s|Dr>s|Abu>g|Umm>g", ntitles="الأستاذ>g|أبو>g|أم>g|الدكتور>f",
  st="King Fahd Rd|Prince Sultan St|Tahlia St|Al Takhassusi St|Olaya St",
  nst="طريق الملك فهد|شارع الأمير سلطان|شارع التحلية|شارع العليا",
  hood="Al Olaya|Al Malqa|Al Rawdah|Al Naseem|Al Hamra", nhood="العليا|الملقا|الروضة|النسيم|الحمراء",
  city="Riyadh|Jeddah|Dammam|Abha", ncity="الرياض|جدة|الدمام|أبها",
  addr=["{%9999} {st}, {hood} Dist., {city} {%90000}[ - {%9999}|]", "Bldg {%9999}, {st}, {hood}, {city}"],
  naddr=["{%9999} {nst}، حي {nhood}، {ncity} {%90000}"],
  digits="ar", iban="SA", cur=["SAR #", "# ريال", "#SR"])

L("ar_AE", "AE", "ar en", w=0.6,
  given="راشد=Rashid|*مريم=Mariam|سعيد=Saeed|*شما=Shamma|حمدان=Hamdan|*عائشة=Aisha|خليفة=Khalifa|*موزة=Moza",
  sur="المنصوري=Al Mansoori|الكعبي=Al Kaabi|المهيري=Al Muhairi|الشامسي=Al Shamsi|النعيمي=Al Nuaimi|"
      "السويدي=Al Suwaidi",
  patro=("bin", "bint", "بن", "بنت", 0.3),
  titles="Mr>s|Ms>s|Dr>s|Umm>g", ntitles="السيد>f|السيدة>f|أم>g",
  st="Al Wasl Rd|Al Khail Rd|Hessa St|Corniche Rd|Street {%99}|Al Nahda St",
  nst="شارع الوصل|شارع حصة|شارع الكورنيش|شارع النهضة",
  hood="Al Barsha 2|Al Qusais|Deira|Mirdif|Khalifa City A|Al Nahda", nhood="البرشاء|القصيص|ديرة|مردف|النهدة",
  city="Dubai|Sharjah|Abu Dhabi|Ajman|Fujairah", ncity="دبي|الشارقة|أبوظبي|عجمان",
  addr=["Villa {%99}, Street {%99}, {hood}[, {city}|]", "[Flat|Apt] {%9000}, Bldg {%99}, {st}, {hood}[, {city}|]"],
  naddr=["فيلا {%99}، شارع {%99}، {nhood}[، {ncity}|]"],
  digits="ar", iban="AE", cur=["AED #", "# درهم", "#dhs"])

L("ar_LB", "LB", "ar fr en", w=0.5,
  given="جورج=Georges|*ريتا=Rita|علي=Ali|*زينب=Zeinab|إيلي=Elie|*نادين=Nadine|حسين=Hussein|*كارلا=Carla|"
        "طوني=Tony|*رنا=Rana",
  sur="حداد=Haddad|خوري=Khoury|عيسى=Issa|جابر=Jaber|سلامة=Salameh|أبو حمد=Abou Hamad|الحاج=El Hajj|ضاهر=Daher|"
      "مرعي=Merhi",
  titles="Mr>s|Mme>s|Dr>s|Tante>g|Abou>g|Em>g", ntitles="أستاذ>g|مدام>g|الحاج>g|تانت>g",
  st="Hamra St|Bliss St|Armenia St|Gouraud St|Pasteur St",
  nst="شارع الحمرا|شارع بلس|شارع أرمينيا|شارع غورو",
  hood="Achrafieh|Mar Mikhael|Gemmayzeh|Dahieh|Hamra|Karantina", nhood="الأشرفية|مار مخايل|الجميزة|الضاحية|الحمرا",
  city="Beirut|Tyre|Nabatieh|Tripoli|Baalbek", ncity="بيروت|صور|النبطية|طرابلس",
  addr=["Bldg {%99}, {st}, [{%9}th floor|floor {%9}|{%9}e étage], {hood}", "imm. {%99}, {st}, {%9}e étage, {hood}"],
  naddr=["بناية {%99}، {nst}، الطابق {%9}، {nhood}"],
  digits="ar", iban="LB", cur=["$#", "# USD", "#$ fresh"])

L("fa_IR", "IR", "fa", w=0.3,
  given="*مریم=Maryam|علی=Ali|*زهرا=Zahra|رضا=Reza|*نرگس=Narges|امیر=Amir|*فاطمه=Fatemeh|حسین=Hossein|"
        "*نیلوفر=Niloufar|مهدی=Mehdi|*سارا=Sara|پویا=Pouya",
  sur="محمدی=Mohammadi|حسینی=Hosseini|رضایی=Rezaei|کریمی=Karimi|احمدی=Ahmadi|موسوی=Mousavi|جعفری=Jafari|"
      "قاسمی=Ghasemi|نوروزی=Nowruzi|صادقی=Sadeghi",
  titles="Mr>s|Mrs>s|Dr>s|Agha>g|Khanom>s", ntitles="آقای>s|خانم>s|دکتر>s|حاج>g",
  st="Valiasr St|Enghelab St|Azadi St|Keshavarz Blvd|Shariati St",
  nst="خیابان ولیعصر|خیابان انقلاب|خیابان آزادی|بلوار کشاورز|خیابان شریعتی",
  alley="Niloufar Alley|Bahar Alley|12th Alley|Shahid Rezaei Alley",
  nalley="کوچه نیلوفر|کوچه بهار|کوچه ۱۲|کوچه شهید رضایی",
  city="Tehran|Kermanshah|Isfahan|Shiraz|Bam|Mashhad", ncity="تهران|کرمانشاه|اصفهان|شیراز|بم|مشهد",
  addr=["No. {%99}, {alley}, {st}, {city}", "{st}, {alley}, Plaque {%99}[, Unit {%9}|], {city}"],
  naddr=["{ncity}، {nst}، {nalley}، پلاک {%99}[، واحد {%9}|]"],
  digits="fa", cur=["# تومان", "# هزار تومان", "#T"])

L("ur_PK", "PK", "ur hl en", w=0.8,
  given="*عائشہ=Ayesha|محمد=Muhammad|*فاطمہ=Fatima|علی=Ali|*زینب=Zainab|بلال=Bilal|حمزہ=Hamza|*سدرہ=Sidra|"
        "عثمان=Usman|*مہوش=Mehwish|کاشف=Kashif|*رابعہ=Rabia",
  sur="خان=Khan|قریشی=Qureshi|ملک=Malik|چوہدری=Chaudhry|بٹ=Butt|شیخ=Sheikh|رانا=Rana|جتوئی=Jatoi|مرزا=Mirza|"
      "صدیقی=Siddiqui",
  gnick="گڈو=Guddu|منا=Munna|پنکی=Pinky|ببلو=Bablu",
  titles="g< sahab|g< bhai|g< baji|Auntie>g|Dr>s|Mr>s|Chaudhry>g", ntitles="g< صاحب|g< بھائی|g< باجی|ڈاکٹر>s",
  st="Street {%99}|Jinnah Rd|Mall Rd|Shahrah-e-Faisal|University Rd",
  hood="Gulshan-e-Iqbal|Gulistan-e-Jauhar|Model Town|DHA Phase 5|Johar Town|Saddar",
  nhood="گلشن اقبال|ماڈل ٹاؤن|جوہر ٹاؤن|صدر",
  city="Karachi|Lahore|Sukkur|Dadu|Nowshera|Peshawar", ncity="کراچی|لاہور|سکھر|پشاور|دادو",
  addr=["House {%99}[9|], Street {%99}, [F-{%9}/{%9}|G-{%9}/{%9}|I-{%9}/{%9}], Islamabad",
        "[Flat|flat] {%9}[9|], Block [A|B|C|{%99}], {hood}, {city}",
        "[House|H#|H.No] {%99}, {lm}, {hood}[, {city}|]"],
  naddr=["مکان نمبر {%99}، گلی نمبر {%9}، {nhood}، {ncity}"],
  lm="near Jamia Masjid|opposite the girls school|behind the old bus stand|near the tube well",
  iban="PK", cur=["Rs. #", "Rs#", "PKR #"])

L("hi_IN", "IN", "hi hl en", w=2.5,
  given="*प्रिया=Priya|राहुल=Rahul|*अनीता=Anita|विकास=Vikas|*सुनीता=Sunita|अर्जुन=Arjun|*पूजा=Pooja|संजय=Sanjay|"
        "*नेहा=Neha|रमेश=Ramesh|*कविता=Kavita|अंकित=Ankit|*लक्ष्मी=Lakshmi|मोहम्मद=Mohammed|*श्रुति=Shruti",
  sur="शर्मा=Sharma|वर्मा=Verma|यादव=Yadav|गुप्ता=Gupta|सिंह=Singh|पटेल=Patel|कुमार=Kumar|मिश्रा=Mishra|नायर=Nair|"
      "रेड्डी=Reddy|चौधरी=Chaudhary|क़ुरैशी=Qureshi|बनर्जी=Banerjee",
  gnick="पिंकी=Pinky|बंटी=Bunty|गुड्डू=Guddu|चिंटू=Chintu|सोनू=Sonu|मुन्नी=Munni|बबलू=Babloo",
  titles="Mr>s|Mrs>s|Dr>s|Shri>f|Smt.>f|g< ji|g< aunty|g< bhaiya|g< didi",
  ntitles="श्री>f|श्रीमती>f|डॉ.>f|g< जी|g< दीदी|g< भैया",
  st="MG Road|Link Road|100 Feet Rd|Station Rd|Nehru Marg",
  nst="एमजी रोड|स्टेशन रोड|नेहरू मार्ग",
  hood="Indiranagar|Laxmi Nagar|Velachery|Andheri East|Kukatpally|Mayur Vihar Ph 1|Meppadi",
  nhood="लक्ष्मी नगर|मयूर विहार|करोल बाग|गोमती नगर|कंकड़बाग",
  city="Bengaluru|Delhi|Chennai|Mumbai|Hyderabad|Wayanad|Guwahati", ncity="दिल्ली|लखनऊ|पटना|जयपुर",
  addr=["[Flat|flat] {%99}[9|], [Sai Krupa|Shanti Niketan|Green Park|Lotus] [Apts|Apartments|Residency], "
        "[1st|2nd|4th|5th|6th|8th|11th] [Cross|Main], {hood}, {city}[ {%900000}|]",
        "H.No. {%9}-{%9}-{%99}/[A|B|{%9}], {hood}, {city}",
        "[House no|H.No.] {%99}, Gali no {%9}, {hood}[, {city}|]",
        "{%99}, {lm}, {hood}"],
  naddr=["मकान नं. {%99}, गली नं. {%9}, {nhood}, {ncity}[ {%900000}|]"],
  lm="near Hanuman mandir|opp. govt school|behind bus stand|near the water tank",
  dom="rediffmail.com|yahoo.co.in", digits="hi", cur=["₹#", "Rs #", "# rupees"])

L("bn_BD", "BD", "bn en", w=0.8,
  given="রহিম=Rahim|*ফারহানা=Farhana|তানভীর=Tanvir|*নুসরাত=Nusrat|আরিফ=Arif|*সুমাইয়া=Sumaiya|রাকিব=Rakib|"
        "*মিম=Mim|জাহিদ=Zahid|*শাপলা=Shapla|হাসান=Hasan",
  sur="হোসেন=Hossain|ইসলাম=Islam|আহমেদ=Ahmed|রহমান=Rahman|চৌধুরী=Chowdhury|সরকার=Sarkar|মিয়া=Mia|"
      "বেগম=Begum|খাতুন=Khatun|দাস=Das",
  titles="Mr>s|Dr>s|g< bhai|g< apa|Khala>g", ntitles="জনাব>f|ডাঃ>f|g< ভাই|g< আপা|খালা>g",
  st="Road {%99}|Satmasjid Rd|Mirpur Rd|Green Rd",
  hood="Dhanmondi|Mirpur 10|Uttara Sector 7|Mohammadpur|Banasree|Jatrabari",
  nhood="ধানমন্ডি|মিরপুর|উত্তরা|মোহাম্মদপুর|যাত্রাবাড়ী",
  city="Dhaka|Sylhet|Chattogram|Feni|Sunamganj|Kurigram", ncity="ঢাকা|সিলেট|চট্টগ্রাম|ফেনী",
  addr=["House {%99}, Road {%9}[9|][, Block {%A}|], {hood}, {city}[ {%9000}|]", "[Flat|flat] {%9}[A|B], House {%99}, {hood}"],
  naddr=["বাড়ি {%99}, রোড {%9}, {nhood}, {ncity}"],
  digits="bn", cur=["৳#", "Tk #", "# টাকা"])

L("ne_NP", "NP", "en", w=0.6,
  given="*Sita|Ram|Bikash|*Sarita|Prakash|*Anjali|Suman|Pemba|*Dolma|Nirajan|*Asmita",
  sur="Shrestha|Gurung|Tamang|Sherpa|Thapa|Magar|Adhikari|Rai|Karki|Maharjan|Poudel",
  titles="g< dai|g< didi|g< ji|Mr>s|Dr>s",
  st="Ring Rd|Baneshwor Marg|Lazimpat Rd|Araniko Hwy",
  hood="Baneshwor|Kalanki|Thamel|Boudha|Kirtipur|Lalitpur",
  city="Kathmandu|Pokhara|Bhaktapur|Sindhupalchok",
  addr=["Ward No. {%9}[9|], House No. {%999}, {hood}[, {city}|]", "[H.No|house] {%99}, {lm}, {hood}"],
  cur=["Rs #", "NPR #"])

L("tl_PH", "PH", "tl en", w=2,
  given="*Maria Cristina|Juan Miguel|*Rowena|*Marites|Rodel|*Lorna|Mark Anthony|*Joy|*Rhea Mae|*Analyn|Jerome|"
        "*Princess|*Erlinda|Angelito|Ramon",
  sur="dela Cruz|Santos|Reyes|Bautista|Ocampo|Villanueva|Macaraeg|Dimaculangan|Mendoza|Garcia|Pangilinan|"
      "Soriano|Tolentino|de Guzman",
  nick="Maria Cristina:Tina,Cris;Juan Miguel:JM,Migs;Angelito:Lito,Jun-Jun;Mark Anthony:Mac-Mac;Rowena:Weng;"
       "Erlinda:Linda,Lindy;Marites:Tess;Rodel:Dodong;Ramon:Mon,Monching",
  gnick="Bong|Pinky|Baby|Inday|Nonoy|Bebeng",
  titles="Tita>g|Tito>g|Ate>g|Kuya>g|Lola>g|Lolo>g|Mang>g|Aling>g|Sir>g|Ma'am>g|Kap>g|Mrs.>s",
  st="Mabini St.|Rizal Ave.|Sampaguita St.|Gen. Luna St.|J.P. Laurel St.|Burgos St.",
  hood="San Isidro|Tumana|Malanday|Bagong Silangan|Poblacion|Nangka|Santo Niño",
  subd="Villa Corazon Subd.|Camella Homes|Sitio Maligaya|Greenland Village",
  city="Marikina|Antipolo|Tacloban|Cagayan de Oro|Quezon City|Batangas",
  addr=["Blk {%9}[9|] Lot {%99}[, Phase {%9}|], {subd}, Brgy. {hood}, {city}",
        "#{%99} {st}[, Brgy. {hood}|][, {city}|]",
        "{%99} {st}, Purok {%9}, Brgy. {hood}[, {city}|]"],
  cur=["₱#", "P#", "#php"])

L("id_ID", "ID", "id", w=0.6,
  given="*Siti|Budi|*Dewi|Agus|*Rina|Eko|*Putri|Ahmad|*Nur|*Yulianti|Rizky|Wayan|Ketut|*Sri|Andi",
  sur="Santoso|Wijaya|Pratama|Hidayat|Saputra|Nasution|Siregar|Simanjuntak|Kusuma|Rahmawati|Setiawan|Lubis|"
      "Sihombing",
  gnick="Uci|Dodi|Ika|Nana|Ucok|Butet",
  titles="Pak>g|Bu>g|Mas>g|Mbak>g|Bang>g|Kak>g|Om>g|Tante>g|Ibu>g|Bapak>g|Haji>g",
  st="Jl. Merpati|Jl. Sudirman|Jl. Kenanga|Gg. Mawar|Jl. Raya Bogor|Jl. Kaliurang|Jl. Pahlawan|Gang Haji Said",
  hood="Cempaka Putih|Kampung Melayu|Bidara Cina|Cawang|Petogogan|Rawajati",
  city="Jakarta Timur|Bekasi|Palu|Cianjur|Semarang|Padang|Medan",
  addr=["{st} [No.|no|No] {%99}[, RT {%00}/RW {%00}| RT.{%00}/RW.{%00}|][, [Kel.|Kelurahan] {hood}|][, {city}|]",
        "Kampung [Pulo|Bali Matraman|Rawa Badak] RT {%00}/{%00}[ no {%99}|], {hood}, {city}",
        "{st} {%99} [dekat masjid|belakang pasar|depan SD], {hood}"],
  cur=["Rp #", "Rp#", "#rb"], sep=".")

L("ms_MY", "MY", "ms en", w=0.8,
  given="*Nur Aisyah|Muhammad Hafiz|*Siti Aminah|Ahmad Faiz|*Farah|Hakim|Syafiq|*Nurul Huda|Azlan|*Aina",
  sur="Abdullah|Ismail|Hassan|Othman|Yusof|Rahman|Ibrahim|Zakaria|Mahmud|Salleh",
  patro=("bin", "binti", "", "", 0.7),
  nick="Muhammad Hafiz:Hafiz,Apis;Nur Aisyah:Aisyah,Echa;Siti Aminah:Minah;Ahmad Faiz:Faiz;Nurul Huda:Huda",
  titles="Encik>g|Puan>g|Cik>g|Makcik>g|Pakcik>g|Kak>g|Abang>g|Dr.>g|Datin>g",
  st="Jalan SS 2/24|Jalan Tun Razak|Jalan Ampang|Lorong Maarof|Jalan Kuching|Jalan Sultan Ismail",
  hood="Taman Sri Muda|Taman Melawati|Kampung Baru|Desa Jaya|Bukit Indah",
  city="Petaling Jaya|Shah Alam|Kuala Lumpur|Kota Bharu|Temerloh|Kuantan",
  addr=["No. {%99}, {st}[, {hood}|], {%90000} {city}[, Selangor|]",
        "[Blok|Block] {%A}-{%99}-{%9}, Pangsapuri [Sri Muda|Melawati|Desa Jaya], {st}, {city}",
        "Lot {%999}, Kampung [Kuala Krai|Sungai Lui|Batu 4], {%90000} {city}"],
  cur=["RM#", "RM #"])

L("vi_VN", "VN", "vi", w=0.6,
  given="Văn An|*Thị Lan|Minh Tuấn|*Thị Hồng|Quốc Bảo|*Ngọc Anh|*Thanh Hương|Đức Thắng|*Thu Trang|"
        "Hoàng Nam|*Bích Ngọc|Văn Hùng",
  sur="Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ",
  order="sg", titles="anh>l|chị>l|em>l|cô>l|chú>l|bác>l|ông>l|bà>l|Mr>l|Ms>l",
  st="Trần Duy Hưng|Lê Lợi|Nguyễn Trãi|Hoàng Hoa Thám|Lê Văn Sỹ|Cách Mạng Tháng Tám",
  hood="Trung Hòa|Phúc Xá|Bến Nghé|Yên Phụ|Hòa Cường Bắc|Phường 14",
  dist="Cầu Giấy|Ba Đình|Tây Hồ|Hoàn Kiếm|Hải Châu|Quận 3",
  city="Hà Nội|Đà Nẵng|TP.HCM|Huế|Quảng Ngãi|Lào Cai|Yên Bái",
  addr=["[Số|số] {%99} [ngõ|ngách|hẻm] {%99}[/{%9}|] [phố|đường|đ.] {st}, [phường|P.] {hood}, [quận|Q.] {dist}[, {city}|]",
        "{%99}/{%9}[9|] {st}, P.{%99}, Q.{%9}, TP.HCM",
        "[số|Số] {%99} {st}, {dist}[, {city}|]"],
  cur=["#đ", "# VND", "#k"], sep=".")

L("th_TH", "TH", "th", w=0.5,
  given="สมชาย=Somchai|*สุดารัตน์=Sudarat|*วิไลวรรณ=Wilaiwan|ณัฐพล=Nattapon|*กนกวรรณ=Kanokwan|อนุชา=Anucha|"
        "*พิมพ์ชนก=Pimchanok|ธนกฤต=Thanakrit|*ศิริพร=Siriporn",
  sur="ใจดี=Jaidee|ศรีสุข=Srisuk|วงศ์สวัสดิ์=Wongsawat|แสงทอง=Saengthong|บุญมา=Boonma|ทองดี=Thongdee|"
      "สุขสวัสดิ์=Suksawat",
  gnick="แนน=Nan|ปลา=Pla|บอย=Boy|มิ้นท์=Mint|ต้น=Ton|แพร=Prae|ฝน=Fon|เอก=Ake",
  titles="Khun>g|Nong>n|P'>n|Mr>s|Ms>s", ntitles="คุณ>g|น้อง>n|พี่>n|ป้า>n|ลุง>n",
  st="Phahonyothin|Sukhumvit|Petchkasem|Mittraphap", nst="พหลโยธิน|สุขุมวิท|เพชรเกษม|มิตรภาพ",
  hood="Khlong Luang|Mae Sai|Bang Bua Thong|Hat Yai", city="Pathum Thani|Chiang Rai|Ayutthaya|Nonthaburi|Bangkok",
  ntambon="คลองหนึ่ง|ในเมือง|หนองปรือ|เวียงพางคำ", namphoe="คลองหลวง|เมือง|บางบัวทอง|แม่สาย",
  ncity="ปทุมธานี|เชียงราย|อยุธยา|นนทบุรี",
  addr=["{%99}/{%99} Moo {%9}, {st} Rd, {hood}, {city}[ {%90000}|]", "{%99}/{%9} Soi {st} {%99}, {hood}, Bangkok"],
  naddr=["{%99}/{%99} หมู่ {%9} ถ.{nst} ต.{ntambon} อ.{namphoe} จ.{ncity}[ {%90000}|]"],
  nhood="คลองหลวง|แม่สาย|บางบัวทอง|หาดใหญ่",
  digits="th", cur=["฿#", "# บาท", "#THB"])

L("ja_JP", "JP", "ja", w=0.5,
  given="*陽菜=Hina|蓮=Ren|*結衣=Yui|大翔=Hiroto|*美咲=Misaki|翔太=Shota|*さくら=Sakura|健一=Kenichi|"
        "*由美子=Yumiko|拓也=Takuya|*恵=Megumi|誠=Makoto",
  sur="佐藤=Sato|鈴木=Suzuki|高橋=Takahashi|田中=Tanaka|渡辺=Watanabe|伊藤=Ito|山本=Yamamoto|中村=Nakamura|"
      "小林=Kobayashi|加藤=Kato|吉田=Yoshida|松本=Matsumoto",
  order="mix", norder="sg", nsep="",
  titles="s<-san|g<-chan|s<-sensei|Mr>s|Ms>s", ntitles="s<さん|g<ちゃん|s<先生|s<様|g<くん",
  st="Kawai-machi|Jingumae|Umeda|Chuo", nst="河井町|神宮前|梅田|中央通り|宝立町",
  npref="石川県輪島市|石川県珠洲市|東京都渋谷区|大阪府大阪市北区|宮城県石巻市|熊本県熊本市中央区|福岡県久留米市",
  nchome="河井町|宝立町|神宮前|梅田|中央|鵜飼",
  ward="Shibuya-ku|Kita-ku|Chuo-ku", city="Tokyo|Osaka|Wajima|Kumamoto|Ishinomaki",
  addr=["[Apt {%99}, |]{%9}-{%99}-{%9} {st}, {ward}, {city}[ {%900}-{%0000}|]"],
  naddr=["〒{%900}-{%0000} {npref}{nchome}{%9}-{%99}-{%9}[ [メゾン青山|コーポ田中|サンハイツ]{%999}号室|]",
         "{npref}{nchome}{%9}丁目{%99}番{%9}号"],
  cur=["¥#", "#円"])

L("ko_KR", "KR", "ko", w=0.5,
  given="민준=Min-jun|*서연=Seo-yeon|지우=Ji-woo|*하은=Ha-eun|도윤=Do-yoon|*수빈=Su-bin|예준=Ye-jun|"
        "*지민=Ji-min|현우=Hyun-woo|*은지=Eun-ji",
  sur="김=Kim|이=Lee|박=Park|최=Choi|정=Jung|강=Kang|조=Cho|윤=Yoon|장=Jang|한=Han",
  order="sg", norder="sg", nsep="",
  titles="Mr>s|Ms>s|f<-ssi", ntitles="f< 씨|f<님|f< 선생님|g< 언니|g< 오빠|s< 이모",
  st="Teheran-ro|Haeundae-ro|Sillim-ro|Worldcupbuk-ro", nst="테헤란로|해운대로|신림로|월드컵북로",
  ncity="서울특별시|부산광역시|경기도 수원시|강원도 강릉시", ngu="마포구|강남구|해운대구|영통구|관악구",
  nroad="월드컵북로12길|테헤란로|해운대로|봉영로|신림로", nhood="신림동|망원동|우동|영통동",
  gu="Mapo-gu|Gangnam-gu|Haeundae-gu|Gwanak-gu", city="Seoul|Busan|Suwon|Gangneung",
  addr=["{%99} {st}, {gu}, {city}[, Apt {%999}-{%9000}|]"],
  naddr=["{ncity} {ngu} {nroad} {%99}[, {%999}동 {%9000}호|]"],
  cur=["#원", "₩#", "#만원"])

L("zh_CN", "CN", "zh", w=0.5,
  given="*芳=Fang|伟=Wei|*秀英=Xiuying|*娜=Na|敏=Min|*静=Jing|磊=Lei|洋=Yang|*艳=Yan|志强=Zhiqiang|*子涵=Zihan|"
        "浩然=Haoran",
  sur="王=Wang|李=Li|张=Zhang|刘=Liu|陈=Chen|杨=Yang|黄=Huang|赵=Zhao|吴=Wu|周=Zhou|欧阳=Ouyang",
  order="mix", norder="sg", nsep="",
  titles="Mr>s|Ms>s", ntitles="s<女士|s<先生|s<老师|s<阿姨|s<师傅|小>g",
  st="Jianguo Rd|Wenhua Rd|Zhongshan Ave", nst="建国路|文化路|中山大道|世纪大道|人民南路",
  ncity="北京市|河南省郑州市|广东省广州市|上海市|四川省成都市", ndist="朝阳区|金水区|天河区|浦东新区|武侯区",
  nhood="金水区|天河区|朝阳区|武侯区",
  dist="Chaoyang District|Jinshui District|Tianhe District", city="Beijing|Zhengzhou|Guangzhou|Shanghai|Chengdu",
  addr=["Rm {%999}, Bldg {%9}, No. {%99} {st}, {dist}, {city}"],
  naddr=["{ncity}{ndist}{nst}{%99}号[{%9}号楼{%9}单元{%999}室|{%9}栋{%999}|]"],
  dom="qq.com|163.com|126.com", cur=["¥#", "#元", "#块"])

L("zh_TW", "TW", "zht", w=0.4,
  given="*怡君=Yi-chun|志明=Chih-ming|*雅婷=Ya-ting|家豪=Chia-hao|*淑芬=Shu-fen|冠宇=Kuan-yu|*佩琪=Pei-chi|"
        "建宏=Chien-hung",
  sur="陳=Chen|林=Lin|黃=Huang|張=Chang|李=Lee|王=Wang|吳=Wu|劉=Liu|蔡=Tsai|楊=Yang",
  order="mix", norder="sg", nsep="",
  titles="Mr>s|Ms>s", ntitles="s<小姐|s<先生|s<老師|s<阿姨|s<媽媽|阿>g",
  st="Fuxing S. Rd.|Zhongshan Rd.|Taiwan Blvd.", nst="復興南路一段|中山路|台灣大道二段|四維三路|文化路",
  ncity="台北市|花蓮縣|台中市|高雄市|新北市", ndist="大安區|花蓮市|西屯區|苓雅區|板橋區", nhood="大安區|花蓮市|西屯區",
  dist="Da'an Dist.|Hualien City|Xitun Dist.", city="Taipei|Hualien|Taichung|Kaohsiung",
  addr=["{%9}F[-{%9}|], No. {%99}, Sec. {%9}, {st}, {dist}, {city}[ {%900}|]"],
  naddr=["{ncity}{ndist}{nst}{%99}號[{%9}樓[之{%9}|]|]"],
  cur=["NT$#", "#元"])

L("zh_HK", "HK", "zht en", w=0.6,
  given="*嘉欣=Ka Yan|家明=Ka Ming|*詠詩=Wing Sze|志偉=Chi Wai|*美玲=Mei Ling|俊傑=Chun Kit|*婉婷=Yuen Ting|"
        "浩然=Ho Yin",
  sur="陳=Chan|黃=Wong|李=Lee|張=Cheung|何=Ho|梁=Leung|林=Lam|吳=Ng|鄧=Tang|馮=Fung",
  gnick="Kelvin|Winnie|Gigi|Ivan|Karen|Jacky|Cherry|Wilson|Fanny|Terrence",
  order="sg", norder="sg", nsep="",
  titles="Mr>s|Ms>s|Mrs>s|Auntie>s", ntitles="s<小姐|s<先生|s<太|s<生|阿>g",
  st="Nathan Road|Tai Po Road|Castle Peak Road|Fuk Wing Street", nst="彌敦道|大埔公路|青山道|福榮街",
  hood="Mong Kok|Tai Po|Sham Shui Po|Wong Tai Sin|Tseung Kwan O", nhood="旺角|大埔|深水埗|黃大仙",
  estate="Wang Fuk Court|Lok Fu Estate|Grand Court|Fu Shin Estate", nestate="宏福苑|樂富邨|富善邨",
  city="Kowloon|New Territories|Hong Kong",
  addr=["Flat {%9}[A|B|C|D|E], {%99}/F, [Block {%9}, |]{estate}, {%99} {st}, {hood}"],
  naddr=["{nhood}{nst}{%99}號{nestate}{%99}樓{%A}室"],
  cur=["HK$#", "$#"])

L("ru_RU", "RU", "ru", w=0.5,
  given="Иван=Ivan|*Анна=Anna|Дмитрий=Dmitry|*Екатерина=Ekaterina|Сергей=Sergey|*Ольга=Olga|Алексей=Alexey|"
        "*Наталья=Natalya|Михаил=Mikhail|*Татьяна=Tatiana|Андрей=Andrey|*Мария=Maria",
  sur="Петров=Petrov|Смирнов=Smirnov|Кузнецов=Kuznetsov|Соколов=Sokolov|Волков=Volkov|Лебедев=Lebedev|"
      "Морозов=Morozov|Ким=Kim|Гусейнов=Guseynov|Захарченко=Zakharchenko|Новиков=Novikov",
  nick="Ivan:Ваня=Vanya;Dmitry:Дима=Dima;Ekaterina:Катя=Katya;Sergey:Серёжа=Seryozha;Alexey:Лёша=Lyosha;"
       "Natalya:Наташа=Natasha;Mikhail:Миша=Misha;Tatiana:Таня=Tanya;Andrey:Андрюша=Andryusha;Maria:Маша=Masha;"
       "Olga:Оля=Olya;Anna:Аня=Anya",
  fem="ru", titles="Mr>s|Ms>s", ntitles="тётя>g|дядя>g|бабушка>g|г-жа>s|г-н>s",
  st="Lenina|Mira|Sadovaya|Gagarina", nst="Ленина|Мира|Садовая|Гагарина|Советская|Набережная|Пушкина",
  city="Orsk|Yekaterinburg|Novosibirsk|Krasnodar|Kazan", ncity="Орск|Екатеринбург|Новосибирск|Краснодар|Крымск|Казань",
  nhood="Ленинский район|Центральный район|микрорайон Северный",
  hood="Leninsky district|Tsentralny district",
  addr=["{%99} {st} St[, apt {%99}|], {city}"],
  naddr=["ул. {nst}, д. {%99}[, корп. {%9}|][, кв. {%99}|][, {ncity}|]", "{ncity}, {nst} {%99}-{%99}"],
  dom="mail.ru|yandex.ru|bk.ru|rambler.ru", cur=["# руб", "#₽", "# р."], sep=" ")

L("uk_UA", "UA", "uk ru en", w=0.6,
  given="*Олена=Olena|Андрій=Andriy|*Оксана=Oksana|Тарас=Taras|*Ірина=Iryna|Богдан=Bohdan|*Наталія=Nataliia|"
        "Олександр=Oleksandr|*Юлія=Yuliia|Максим=Maksym|*Софія=Sofiia|Дмитро=Dmytro",
  sur="Шевченко=Shevchenko|Коваленко=Kovalenko|Бондаренко=Bondarenko|Ткаченко=Tkachenko|Мельник=Melnyk|"
      "Кравчук=Kravchuk|Олійник=Oliinyk|Гончаренко=Honcharenko|Лисенко=Lysenko|Петренко=Petrenko",
  nick="Oleksandr:Саша=Sasha;Olena:Оленка=Olenka;Dmytro:Діма=Dima;Andriy:Андрійко=Andriyko;Iryna:Іра=Ira",
  titles="Mr>s|Ms>s|pani>s|pan>s", ntitles="пані>s|пан>s|тітка>g|бабуся>g",
  st="Shevchenka|Sumska|Heroiv Pratsi|Sadova|Soborna", nst="Шевченка|Сумська|Героїв Праці|Садова|Соборна|Незалежності",
  city="Kharkiv|Kherson|Odesa|Dnipro|Zaporizhzhia|Sumy", ncity="Харків|Херсон|Одеса|Дніпро|Запоріжжя|Суми",
  hood="Saltivka|Korabelnyi|Peresyp", nhood="Салтівка|Корабельний район|Пересип",
  addr=["{%99} {st} St[, apt {%99}|], {city}"],
  naddr=["вул. {nst}, [буд. |]{%99}[, кв. {%99}|][, {ncity}|]", "{ncity}, вул. {nst} {%99}/{%9}"],
  dom="ukr.net|i.ua|meta.ua", iban="UA", cur=["# грн", "#₴"], sep=" ")

L("el_GR", "GR", "el", w=0.4,
  given="Γιώργος=Giorgos|*Μαρία=Maria|Δημήτρης=Dimitris|*Ελένη=Eleni|Νίκος=Nikos|*Κατερίνα=Katerina|"
        "Κώστας=Kostas|*Σοφία=Sofia|Γιάννης=Giannis|*Δέσποινα=Despoina",
  sur="Παπαδόπουλος=Papadopoulos|Παπαδάκης=Papadakis|Γεωργίου=Georgiou|Οικονόμου=Oikonomou|Νικολάου=Nikolaou|"
      "Βλάχος=Vlachos|Αντωνίου=Antoniou|Καραγιάννης=Karagiannis",
  fem="el", titles="Mr>s|Mrs>s|kyria>g|kyrios>g", ntitles="κυρία>g|κύριος>g|γιαγιά>g|θεία>g",
  st="Ermou|Patision|Agiou Dimitriou|Kyprou", nst="Ερμού|Πατησίων|Αγίου Δημητρίου|Κύπρου|Ελευθερίου Βενιζέλου",
  city="Athens|Volos|Larissa|Mati|Rhodes", ncity="Αθήνα|Βόλος|Λάρισα|Μάτι|Ρόδος",
  hood="Kypseli|Nea Smyrni", nhood="Κυψέλη|Νέα Σμύρνη|Μάτι",
  addr=["{st} {%99}, {%900} {%00} {city}", "{st} {%99}[, {%9}th floor|], {city}"],
  naddr=["[Οδός |]{nst} {%99}[, {%9}ος όροφος|], {%900} {%00} {ncity}"],
  iban="GR", cur=["#€", "# ευρώ"], sep=".")

L("nl_NL", "NL", "nl en", w=0.6,
  given="Daan|*Sanne|Bram|*Fenna|Jeroen|*Lieke|Mohammed|*Noor|Thijs|*Anouk|Sem|*Ilse",
  sur="de Vries|van den Berg|Jansen|Bakker|Visser|van der Meer|Smit|de Jong|El Khatib|Mulder|Hendriks|van Dijk",
  titles="mevrouw>s|meneer>s|dhr.>s|mw.>s|Oma>g|Opa>g|tante>g",
  st="Prinsengracht|Kerkstraat|Dorpsstraat|Molenweg|Julianalaan|Zeedijk|Grote Straat",
  hood="Valkenburg|Meerssen|De Pijp|Oud-Zuid", city="Amsterdam|Valkenburg|Maastricht|Groningen|Rotterdam",
  addr=["{st} {%99}[9|][-{%9}|[A|B|hs]|][, |] {%9000} [AA|GV|KL|BX|PR] {city}", "{st} {%99}[-{%9}|], {city}"],
  dom="ziggo.nl|kpnmail.nl|hotmail.nl", iban="NL", cur=["€#", "€ #", "#,-"], sep=".")

L("pl_PL", "PL", "pl en", w=0.5,
  given="Jakub|*Zofia|Piotr|*Agnieszka|Krzysztof|*Małgorzata|Tomasz|*Katarzyna|Łukasz|*Joanna|Wojciech|*Magdalena",
  sur="Nowak|Kowalski|Wiśniewski|Wójcik|Kamiński|Zieliński|Szymański|Woźniak|Dąbrowski|Kozłowski|Mazur|Jankowski",
  nick="Małgorzata:Gosia;Katarzyna:Kasia;Krzysztof:Krzyś;Wojciech:Wojtek;Magdalena:Magda;Tomasz:Tomek;Joanna:Asia;"
       "Agnieszka:Aga;Jakub:Kuba;Zofia:Zosia",
  fem="pl", titles="pani>g|pan>g|p.>s|dr>s|ciocia>g|babcia>g",
  st="ul. Marszałkowska|ul. Długa|ul. Kościuszki|ul. Mickiewicza|ul. Nadrzeczna|al. Jana Pawła II",
  hood="Śródmieście|Zatorze|Stare Miasto", city="Warszawa|Kłodzko|Nysa|Wrocław|Lądek-Zdrój|Gdańsk",
  addr=["{st} {%99}[/{%99}| m. {%99}|][, {%90}-{%900} {city}|]"],
  dom="wp.pl|onet.pl|interia.pl|o2.pl", iban="PL", cur=["# zł", "#zł", "# PLN"], sep=" ")
# fmt: on

LANG_LOCALES: dict[str, list[str]] = {}
for _code, _loc in LOCALES.items():
    for _lang in _loc["langs"]:
        LANG_LOCALES.setdefault(_lang, []).append(_code)
NATIVE_SCRIPT_LANGS = {"ar", "fa", "ur", "hi", "bn", "th", "ja", "ko", "zh", "zht", "ru", "uk", "el", "am"}


# ----------------------------------------------------------------------------------------------------------
# numbers with check digits

# IBAN BBAN shapes: 0 = digit, A = letter, X = letter or digit (mostly digits, as banks issue them)
IBAN_BBAN = {  # "#" = digit, "@" = letter; bank codes literal
    "GB": "[NWBK|BARC|LOYD|HBUK|MIDL]" + "#" * 14,
    "DE": "#" * 18,
    "FR": "#" * 23,
    "IT": "@" + "#" * 22,
    "ES": "#" * 20,
    "PT": "#" * 21,
    "BR": "#" * 23 + "[C|P]1",
    "TR": "#####0" + "#" * 16,
    "SA": "#" * 20,
    "AE": "#" * 19,
    "EG": "#" * 25,
    "LB": "#" * 24,
    "PK": "[HABB|MEZN|UNIL|ALFH]" + "#" * 16,
    "GR": "#" * 23,
    "NL": "[INGB|ABNA|RABO|SNSB]" + "#" * 10,
    "PL": "#" * 24,
    "UA": "#" * 25,
}
IBAN_FALLBACK = ["DE", "FR", "TR", "GB", "NL", "ES", "IT"]


def make_iban(rng: Random, cc: str) -> str:
    shape = render_plain(rng, IBAN_BBAN[cc], lambda k: "")
    bban = "".join(
        rng.choice("0123456789")
        if ch == "#"
        else rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ")
        if ch == "@"
        else ch
        for ch in shape
    )
    return cc + _iban_check(cc, bban) + bban


def write_iban(rng: Random, iban: str) -> str:
    r = rng.random()
    if r < 0.55:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    if r < 0.95:
        return iban
    return iban[:4] + " " + iban[4:]


def make_card(rng: Random) -> str:
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        body, length = "4" + "".join(rng.choice("0123456789") for _ in range(5)), 16
    elif kind == "mc":
        body, length = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        body, length = rng.choice(["34", "37"]), 15
    else:
        body, length = "6011", 16
    while len(body) < length - 1:
        body += rng.choice("0123456789")
    for d in "0123456789":
        if luhn_ok(body + d):
            num = body + d
            break
    r = rng.random()
    groups = [num[:4], num[4:10], num[10:]] if length == 15 else [num[i : i + 4] for i in range(0, 16, 4)]
    if r < 0.55:
        return " ".join(groups)
    if r < 0.75:
        return "-".join(groups)
    return num


def make_ssn(rng: Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    num = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    r = rng.random()
    if r < 0.75:
        return f"{num[:3]}-{num[3:5]}-{num[5:]}"
    if r < 0.9:
        return f"{num[:3]} {num[3:5]} {num[5:]}"
    return num


DL_STATES = {
    "CA": (["CA", "California", "calif"], ["{%A}{%0000000}"]),
    "FL": (["FL", "Florida", "fla"], ["{%A}{%000}-{%000}-{%00}-{%000}-{%0}", "{%A}{%000000000000}"]),
    "NY": (["NY", "New York"], ["{%000} {%000} {%000}", "{%900000000}"]),
    "TX": (["TX", "Texas"], ["{%90000000}"]),
    "IL": (["IL", "Illinois"], ["{%A}{%000}-{%0000}-{%0000}"]),
    "WA": (["WA", "Washington"], ["WDL{%A0A0A00AA}"]),
    "PA": (["PA", "Penn"], ["{%00} {%000} {%000}", "{%90000000}"]),
    "MI": (["MI", "Michigan"], ["{%A} {%000} {%000} {%000} {%000}"]),
    "LA": (["LA", "Louisiana"], ["00{%9000000}"]),
    "NC": (["NC", "N. Carolina"], ["{%90000000000}"]),
}


def _pat(rng: Random, src: str) -> str:
    return render_plain(rng, src, lambda k: fill_pattern(rng, k[1:]))


def make_ip(rng: Random) -> str:
    if rng.random() < 0.2:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    first = rng.choice(
        [
            23,
            31,
            37,
            41,
            45,
            62,
            77,
            81,
            89,
            102,
            105,
            109,
            117,
            125,
            139,
            154,
            177,
            185,
            190,
            197,
            201,
            203,
            212,
        ]
    )
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def make_ipv6(rng: Random) -> str:
    head = rng.choice(["2a02", "2600", "2001", "2a01", "2804", "240e", "2409", "2c0f", "2406"])
    groups = [head] + [f"{rng.randint(0, 0xFFFF):x}" for _ in range(7)]
    if rng.random() < 0.6:
        k = rng.randint(3, 6)
        return ":".join(groups[:k]) + "::" + groups[-1]
    return ":".join(groups)


# ----------------------------------------------------------------------------------------------------------
# phone numbers

_EXAMPLES: dict[tuple[str, str], tuple[int, str]] = {}


def _example(region: str, kind: str) -> tuple[int, str]:
    key = (region, kind)
    if key not in _EXAMPLES:
        t = PhoneNumberType.MOBILE if kind == "m" else PhoneNumberType.FIXED_LINE
        ex = phonenumbers.example_number_for_type(region, t) or phonenumbers.example_number(region)
        _EXAMPLES[key] = (ex.country_code, phonenumbers.national_significant_number(ex))
    return _EXAMPLES[key]


def make_number(rng: Random, region: str, kind: str = "m") -> phonenumbers.PhoneNumber:
    cc, nsn = _example(region, kind)
    keep = max(2, len(nsn) - 7)
    for _ in range(40):
        cand = nsn[:keep] + "".join(rng.choice("0123456789") for _ in range(len(nsn) - keep))
        num = phonenumbers.parse(f"+{cc}{cand}")
        if phonenumbers.is_valid_number(num):
            return num
    return phonenumbers.parse(f"+{cc}{nsn}")


_DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _same(s: str, region: str, num: phonenumbers.PhoneNumber) -> bool:
    try:
        p = phonenumbers.parse(s, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(p) and p.national_number == num.national_number


def write_phone(rng: Random, num: phonenumbers.PhoneNumber, region: str, lang: str, digits: str) -> str:
    nat = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    e164 = phonenumbers.format_number(num, PhoneNumberFormat.E164)
    nsn = phonenumbers.national_significant_number(num)
    cc = num.country_code
    r = rng.random()
    if r < 0.36:
        out = nat
    elif r < 0.6:
        out = intl
    elif r < 0.67:
        out = e164
    elif r < 0.77:
        out = re.sub(r"[^\d+]", "", nat)
    elif r < 0.88:
        compact = re.sub(r"\D", "", nat)
        sep = rng.choice([" ", ".", "-", " "])
        schemes = {
            7: [[3, 4]],
            8: [[4, 4], [2, 3, 3]],
            9: [[3, 3, 3], [2, 3, 4]],
            10: [[3, 3, 4], [4, 3, 3], [2, 4, 4]],
            11: [[4, 3, 4], [3, 4, 4], [5, 6]],
            12: [[4, 4, 4], [3, 3, 3, 3]],
            13: [[4, 4, 5], [3, 4, 3, 3]],
        }
        sizes = rng.choice(schemes.get(len(compact), [[3, len(compact) - 3]]))
        cuts, i = [], 0
        for size in sizes:
            cuts.append(compact[i : i + size])
            i += size
        if i < len(compact):
            cuts.append(compact[i:])
        out = sep.join(c for c in cuts if c)
    elif r < 0.94:
        out = f"00{cc} {nsn[:3]} {nsn[3:]}" if rng.random() < 0.5 else f"+{cc}-{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"
    else:
        out = nat.replace(" ", rng.choice(["-", "."]))
    if not _same(out, region, num):
        out = nat
    if lang in ("en", "pcm") and rng.random() < 0.04:
        parts = out.split(" ")
        if len(parts) >= 3:
            k = rng.randrange(1, len(parts))
            if parts[k].isdigit():
                parts[k] = " ".join(_DIGIT_WORDS[int(c)] for c in parts[k])
                return " ".join(parts)
    if digits and rng.random() < 0.35:
        out = to_native_digits(out, NATIVE_DIGITS[digits])
    return out


# ----------------------------------------------------------------------------------------------------------
# people


def _fem_surname(kind: str, s: str) -> str:
    if kind == "ru":
        for end in ("ов", "ев", "ин", "ын"):
            if s.endswith(end):
                return s + "а"
        for end in ("ov", "ev", "in", "yn"):
            if s.endswith(end):
                return s + "a"
    elif kind == "el":
        for a, b in (("ος", "ου"), ("ης", "η"), ("ας", "α"), ("os", "ou"), ("is", "i"), ("as", "a")):
            if s.endswith(a):
                return s[: -len(a)] + b
    elif kind == "pl":
        for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if s.endswith(a):
                return s[: -len(a)] + b
    return s


def _camel(name: str) -> str:
    parts = [p for p in re.split(r"[\s\-'’.]+", name) if p]
    return "".join(p[:1].upper() + p[1:] for p in parts)


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


# honorifics that only fit one gender (anything not listed is neutral)
# fmt: off
_TITLES_M = set(_split(
    "Mr|Mr.|Sr.|Don|Herr|M.|Sig.|Dott.|Zio|Opa|Onkel|Oom|Uncle|Baba|Papa|Malam|Mallam|Alhaji|Mzee|Ato|Seu|Tío|Tito|"
    "Kuya|Lolo|Mang|Pak|Bapak|Mas|Bang|Om|Encik|Pakcik|Abang|Abu|Abou|Hagg|Ostaz|Hajj|Si|Agha|Shri|Chaudhry|kyrios|pan|"
    "meneer|dhr.|bhaiya|bhai|sahab|Bey|Amca|Abi|dai|anh|chú|ông|Pastor|Chief|السيد|الحاج|أستاذ|الأستاذ|أبو|آقای|حاج|श्री|"
    "भैया|صاحب|بھائی|জনাব|ভাই|አቶ|오빠|先生|师傅|生|дядя|г-н|пан|κύριος|くん"))
_TITLES_F = set(_split(
    "Mrs|Ms|Miss|Aunt|Grandma|Nan|Auntie|Aunty|Mama|Iya|Hajiya|Maame|Bi.|W/ro|W/rt|Tannie|Gogo|Mam'|Sra.|Srita.|Doña|"
    "Dña.|la señora|Tía|seño|Mamita|Dona|Tia|Vó|Sra.|Dra.|Sig.ra|Dott.ssa|Nonna|Zia|Frau|Tante|Mme|Mlle|Tata|Mamie|"
    "Hanım|Teyze|Abla|Khanom|Madam|Umm|Em|Lalla|Hajja|Smt.|aunty|didi|baji|apa|Khala|Tita|Ate|Lola|Aling|Ma'am|Bu|"
    "Ibu|Mbak|Puan|Cik|Makcik|Datin|Mrs.|kyria|pani|mevrouw|mw.|Oma|tante|ciocia|babcia|chị|cô|bà|السيدة|الحاجة|أم|"
    "مدام|طنط|تانت|خانم|श्रीमती|दीदी|باجی|আপা|খালা|ወ/ሮ|ወ/ሪት|언니|이모|女士|阿姨|小姐|太|媽媽|тётя|бабушка|г-жа|пані|"
    "тітка|бабуся|κυρία|γιαγιά|θεία"))
# fmt: on


def _title_gender(entry: str) -> str:
    word = entry.split(">", 1)[0] if ">" in entry else entry.split("<", 1)[1]
    word = word.strip().lstrip("-")
    if word in _TITLES_M or "-" + word in _TITLES_M:
        return "m"
    if word in _TITLES_F:
        return "f"
    return ""


class Person:
    def __init__(self, ctx: Ctx, loc: dict, native: bool) -> None:
        rng = ctx.rng
        self.rng = rng
        self.loc = loc
        gn, gl, fem = rng.choice(loc["given"])
        sn, sl = rng.choice(loc["sur"])
        if loc["sur2"] and rng.random() < loc["sur2"]:
            sn2, sl2 = rng.choice(loc["sur"])
            if sl2 != sl:
                sl = f"{sl} {sl2}"
                sn = f"{sn} {sn2}" if sn and sn2 else sn
        if fem and loc["fem"]:
            sl = _fem_surname(loc["fem"], sl)
            sn = _fem_surname(loc["fem"], sn) if sn else sn
        self.fem = fem
        self.native = bool(native and gn is not None)
        self.mid_l = self.mid_n = ""
        patro = loc["patro"]
        self.ms_style = False
        if patro and rng.random() < patro[4]:
            if loc["code"] == "ms_MY":
                self.ms_style = True
                self.mid_l = patro[1] if fem else patro[0]
            else:
                fathers = [g for g in loc["given"] if not g[2] and g[1] != gl]
                fn, fl, _ = rng.choice(fathers)
                self.mid_l = f"{patro[1] if fem else patro[0]} {fl}"
                self.mid_n = f"{patro[3] if fem else patro[2]} {fn}" if fn else ""
        self.gl, self.sl, self.gn, self.sn = gl, sl, gn, sn
        nicks = list(loc["nick"].get(gl, []))
        if loc["gnick"] and (not nicks or rng.random() < 0.3):
            nicks += loc["gnick"]
        self.nick_n, self.nick_l = rng.choice(nicks) if nicks else (None, None)
        order = loc["order"]
        if order == "mix":
            order = "gs" if rng.random() < 0.55 else "sg"
        self.lorder = order
        self._handle: str | None = None
        self._email: str | None = None

    # basic strings -----------------------------------------------------------------------------------
    def g(self) -> str:
        return self.gn if self.native else self.gl

    def s(self) -> str:
        return (self.sn or self.sl) if self.native else self.sl

    def first(self) -> str:
        g = self.g()
        if self.loc["code"] == "vi_VN":
            return g.split()[-1]
        return g

    def nick(self) -> str:
        if self.native and self.nick_n:
            return self.nick_n
        if not self.native and self.nick_l:
            return self.nick_l
        if self.native and self.loc["code"] in ("zh_CN", "zh_TW") and self.rng.random() < 0.6:
            return self.rng.choice(["小", "阿"]) + self.g()[-1]
        return self.first()

    def full(self) -> str:
        if self.ms_style:
            return f"{self.gl} {self.mid_l} {self.sl}"
        if self.native:
            mid = f" {self.mid_n}" if self.mid_n else ""
            if self.loc["norder"] == "sg":
                return f"{self.s()}{self.loc['nsep']}{self.g()}"
            return f"{self.g()}{mid} {self.s()}"
        mid = f" {self.mid_l}" if self.mid_l else ""
        if self.lorder == "sg":
            return f"{self.sl} {self.gl}"
        return f"{self.gl}{mid} {self.sl}"

    def latin_full(self) -> str:
        if self.ms_style:
            return f"{self.gl} {self.mid_l} {self.sl}"
        return f"{self.gl} {self.sl}" if self.lorder == "gs" else f"{self.sl} {self.gl}"

    # derived ---------------------------------------------------------------------------------------------
    def handle(self) -> str:
        if self._handle is None:
            rng = self.rng
            g, s = _slug(self.gl.split()[0]), _slug(self.sl.split()[-1])
            nk = _slug(self.nick_l) if self.nick_l else g
            yy = rng.choice(
                [str(rng.randint(70, 99)), str(rng.randint(0, 24)).zfill(2), str(rng.randint(1, 999))]
            )
            pats = [
                f"{g}_{s}",
                f"{g}{s}",
                f"{g}.{s}",
                f"{g}_{s}{yy}",
                f"{g}{s}{yy}",
                f"{g[0]}{s}",
                f"{nk}{s[:1]}{yy}",
                f"{g}_{s[:3]}",
                f"{s}{g}",
                f"{g}{yy}",
                f"{nk}_{yy}",
                f"its{g}",
                f"{g}.{s}.{yy}",
                f"real{g}{s}",
            ]
            h = rng.choice(pats)
            if rng.random() < 0.2:
                h = h.replace(g, g.capitalize(), 1).replace(s, s.capitalize(), 1)
            self._handle = h
        return self._handle

    def email(self) -> str:
        if self._email is None:
            rng = self.rng
            g, s = _slug(self.gl.split()[0]), _slug(self.sl.replace(" ", ""))
            nk = _slug(self.nick_l) if self.nick_l else g
            n = rng.randint(1, 99)
            local = rng.choice(
                [
                    f"{g}.{s}",
                    f"{g}{s}",
                    f"{g}_{s}",
                    f"{g[0]}{s}",
                    f"{s}.{g}",
                    f"{g}{s}{n}",
                    f"{g}{rng.randint(70, 2009)}",
                    f"{nk}{s[:1]}{n}",
                    f"{g}.{s[:1]}",
                    f"{nk}.{s}",
                ]
            )
            dom = rng.choice(self.loc["dom"])
            self._email = f"{local}@{dom}"
            if rng.random() < 0.04:
                self._email = f"{local} at {dom.replace('.', ' dot ')}"
            elif rng.random() < 0.02:
                self._email = f"{local}[at]{dom}"
        return self._email

    def title_pieces(self) -> list:
        titles = self.loc["ntitles"] if self.native and self.loc["ntitles"] else self.loc["titles"]
        mine = "f" if self.fem else "m"
        fitting = [t for t in titles if _title_gender(t) in ("", mine)]
        entry = self.rng.choice(fitting or titles)
        if ">" in entry:
            pre, part = entry.split(">", 1)
            post = ""
        else:
            part, post = entry.split("<", 1)
            pre = ""
        name = {"s": self.s, "g": self.first, "f": self.full, "n": self.nick, "l": self.first}[part]()
        out: list = []
        if pre:
            out.append(("t", pre if pre.endswith(("'", "-")) else pre + " "))
        out.append(("PERSON", name))
        if post:
            out.append(("t", post))
        return out

    def mention(self) -> list:
        rng = self.rng
        full = self.full()
        if self.native:
            form = rng.choices(["full", "first", "nick", "t"], [45, 22, 10, 23])[0]
        else:
            form = rng.choices(
                ["full", "first", "nick", "low", "caps", "ini", "fi", "sf", "t", "noacc"],
                [28, 22, 10, 7, 4, 5, 4, 4, 9, 7],
            )[0]
        if form == "full":
            return [("PERSON", full)]
        if form == "first":
            return [("PERSON", self.first())]
        if form == "nick":
            return [("PERSON", self.nick())]
        if form == "t":
            return self.title_pieces()
        if form == "low":
            return [("PERSON", full.lower())]
        if form == "caps":
            return [("PERSON", full.upper())]
        if form == "ini":
            return [("PERSON", f"{self.gl[0]}. {self.sl}")]
        if form == "fi":
            return [("PERSON", f"{self.gl.split()[0]} {self.sl[0]}.")]
        if form == "sf":
            if self.lorder == "sg" or self.ms_style:
                return [("PERSON", full)]
            return [
                (
                    "PERSON",
                    rng.choice(
                        [f"{self.sl.upper()}, {self.gl}", f"{self.sl} {self.gl}", f"{self.sl}, {self.gl}"]
                    ),
                )
            ]
        f2 = fold(full)
        return [("PERSON", f2 if f2 != full else full.lower())]

    def form(self, name: str) -> list:
        rng = self.rng
        if name == "":
            return self.mention()
        if name == "full":
            return [("PERSON", self.full())]
        if name == "first":
            return [("PERSON", self.first())]
        if name == "nick":
            return [("PERSON", self.nick())]
        if name == "sur":
            return [("PERSON", self.s())]
        if name == "t":
            return self.title_pieces()
        if name in ("upper", "caps"):
            return [("PERSON", self.full().upper())]
        if name == "low":
            return [("PERSON", self.full().lower())]
        if name == "fi":
            if self.native:
                return [("PERSON", self.full())]
            return [
                (
                    "PERSON",
                    rng.choice([f"{self.gl.split()[0]} {self.sl[0]}.", f"{self.gl.split()[0]} {self.sl[0]}"]),
                )
            ]
        if name == "h":
            return [("t", "@"), ("PERSON", self.handle())]
        if name == "hb":
            return [("PERSON", self.handle())]
        if name == "camel":
            base = self.full() if rng.random() < 0.6 else self.first()
            if not self.native and rng.random() < 0.4:
                base = fold(base)
            return [
                (
                    "PERSON",
                    _camel(base) if not self.native or self.loc["nsep"] == " " else base.replace(" ", ""),
                )
            ]
        if name == "poss":
            nm = rng.choice([self.full(), self.first(), self.first(), self.nick()])
            return [("PERSON", nm), ("t", "'s")]
        if name == "qn":
            if self.nick() != self.first() and not self.native:
                return [("PERSON", f'{self.gl} "{self.nick()}" {self.sl}')]
            return [("PERSON", self.full())]
        if name == "email":
            return [("EMAIL_ADDRESS", self.email())]
        if name in ("he", "his", "him"):
            return [
                (
                    "t",
                    {"he": ("she", "he"), "his": ("her", "his"), "him": ("her", "him")}[name][
                        0 if self.fem else 1
                    ],
                )
            ]
        raise KeyError(name)


# ----------------------------------------------------------------------------------------------------------
# hard-negative vocabularies (never labelled)

# fmt: off
PUBLIC_HANDLES = _split("@FEMA|@NWS|@BBCBreaking|@Reuters|@AFADBaskanlik|@dost_pagasa|@BNPB_Indonesia|@NDRFHQ|@CNN|"
                        "@AP|@weatherchannel|@UNICEF|@RedCross|@WHO|@MetOffice|@CAL_FIRE|@nytimes|@NHC_Atlantic|"
                        "@Defensa_Civil|@ProteccionCivil|@bombeiros_rs|@KenyaRedCross|@ndmapk|@SkyNews|@AJEnglish")
PUBLIC_FIGURES = _split("Governor DeSantis|Mayor Bass|Lula|Claudia Sheinbaum|Modi|Erdoğan|Macron|Zelensky|Taylor Swift|"
                        "Messi|MrBeast|Bongbong Marcos|Prabowo|President Ruto|Tinubu|Bad Bunny|Olaf Scholz|"
                        "Giorgia Meloni|Shakira|Cristiano Ronaldo|BTS|Keir Starmer|Pedro Sánchez|Mohamed Salah|Oprah|"
                        "Greta Thunberg|the mayor|Biden|Trump|Anwar Ibrahim")
JOURNALISTS = _split("Christiane Amanpour|Lyse Doucet|Anderson Cooper|Clarissa Ward|Jorge Ramos|Maria Ressa|"
                     "Barkha Dutt|Jeremy Bowen|Lester Holt|Jon Sopel")
STORMS = _split("Hurricane Milton|Hurricane Helene|Typhoon Yagi|Cyclone Freddy|Storm Daniel|Hurricane Otis|"
                "Storm Boris|Typhoon Carina|Cyclone Remal|Storm Babet|Hurricane Beryl|Typhoon Haikui|the DANA")
PETS = _split("Biscuit|Luna|Simba|Max|Mochi|Coco|Bolt|Nala|Toby|Chico|Pipoca|Kuro|Bella|Rocky|Oreo|Tigger")
SUBS = _split("personalfinance|legaladvice|CustomerService|Scams|tulsa|asheville|unitedkingdom|Philippines|india|"
              "mexico|brasil|germany|AskUK|Kenya|Nigeria|Turkey|valencia|canada|australia")
ROLE_EMAILS = _split("support@cityutilities.org|info@redcross.org|press@localherald.com|help@floodrelief.org|"
                     "office@stmarys-school.edu|volunteer@foodbank.org|office@riversidefc.club|noreply@alerts.gov|"
                     "contact@shelter-network.org|claims@insurer.example")
HOSPITALS = _split("General Hospital|St. Luke's Medical Center|Hospital das Clínicas|AIIMS|Apollo Hospital|"
                   "Kenyatta National Hospital|Hospital Civil|Aga Khan Hospital|Mercy Hospital|Lagos Island General|"
                   "Hospital Universitario|the district hospital")
SCHOOLS = {
    "en": "Lincoln Elementary|St. Mary's Primary|Greenfield Academy|Riverside High|Holy Cross Secondary",
    "es": "Escuela Primaria Benito Juárez|Colegio San José|Secundaria Técnica 14|IES Luis Vives",
    "pt": "EMEF Paulo Freire|Escola Estadual Dom Pedro II|Colégio Santa Cruz",
    "fr": "Lycée Jean Moulin|École Jules-Ferry|Collège Victor-Hugo",
    "de": "Gesamtschule Nord|Grundschule am Park|Are-Gymnasium",
    "it": "Liceo Galileo Galilei|Scuola Primaria Don Milani",
    "id": "SMA Negeri 3|SDN Cempaka Putih 05|MTs Al-Hikmah",
    "ms": "Sekolah Kebangsaan Taman Melawati|SMK Sri Muda",
    "tr": "Atatürk İlkokulu|Cumhuriyet Anadolu Lisesi",
    "ko": "신림초등학교|해운대중학교",
    "tl": "Marikina Elementary School|San Isidro National High School",
}
CLUBS = _split("Riverside FC|the Lions|Tigres Sub-12|Hoops Academy|Coro San Marco|Eastside Swim Club|"
               "Harambee Stars Academy|Little Eagles|Dragon Boat Crew")
CLUB_TAGS = _split("#GoLions|#VamosTigres|#UpTheRiverside|#HoopsFam|#SwimFam|#ProudParent")
CITY_TAGS = _split("#shoplocal|#smallbusiness|#lagosvendor|#madeinmanila|#supportlocal|#homebaker")
WED_TAGS = _split("#justmarried|#weddingday|#casamento|#shaadi|#bodas|#düğün|#nikahan|#TheBigDay")
LANGNAMES = _split("Cantonese|Tagalog|Urdu|Portuguese|Amharic|Spanish|Arabic|Yoruba|Pashto|Haitian Creole")
BLOOD = _split("B+|O-|O+|A+|AB-|B negative")
EMOJI = _split("😭|🙏|😡|🤬|💔|🙏🏽|‼️|🚨|😩|🥲|💀|🔥|🌊|❤️|🤦‍♀️|😤|👀|🆘|😢|🥺|✨|🙏🏾|😳|🫠|👇|📍|💯|🤡|😂")
LANDMARKS = _split("blue gate near the mosque|behind the old market|next to the water tank|opposite the petrol station|"
                   "the yellow house by the school|near the big mango tree|after the bridge|by the bus stop")
TAGS = {
    "en": "#flood|#earthquake|#wildfire|#HurricaneMilton|#SOS|#FloodRelief|#stormwatch|#PowerOutage|#heatwave|#Helene",
    "es": "#sismo|#inundaciones|#DANA|#SOS|#AyudaValencia|#huracanOtis|#lluvias",
    "pt": "#enchentesRS|#SOSRS|#chuvas|#SOSPetrópolis|#enchente",
    "fr": "#inondations|#tempête|#séisme|#SolidaritéMaroc",
    "de": "#Hochwasser|#Ahrtal|#Unwetter|#Starkregen",
    "it": "#alluvione|#Romagna|#terremoto|#maltempo",
    "tr": "#deprem|#Hatay|#AcilYardım|#enkaz",
    "id": "#banjir|#gempa|#BanjirJakarta|#PrayForPalu",
    "tl": "#RescuePH|#BagyongCarina|#ReliefPH|#FloodPH",
    "ja": "#能登半島地震|#大雨|#拡散希望|#救助要請",
    "ko": "#폭우|#산불|#실종자",
    "zh": "#郑州暴雨|#救援|#扩散",
    "zht": "#地震|#颱風|#救援",
    "hi": "#बाढ़|#भूकंप|#मदद",
    "ar": "#زلزال|#فيضانات|#إغاثة",
    "ru": "#наводнение|#Орск|#помощь",
    "uk": "#Харків|#допомога|#евакуація",
    "vi": "#bãoYagi|#lũlụt|#cứutrợ",
    "th": "#น้ำท่วม|#น้ำท่วมเชียงราย",
    "el": "#πλημμύρες|#Daniel|#σεισμός",
    "sw": "#mafuriko|#NairobiFloods",
    "pl": "#powódź|#Kłodzko",
    "nl": "#wateroverlast|#Limburg",
}
# fmt: on

DATE_WORDS = {  # date-like words that still read well after "on", "el", "le", "no dia", "tarehe" ...
    "en": "Monday|Friday|Sunday|Saturday|the 14th|the 3rd",
    "pcm": "Monday|Friday|Sunday",
    "es": "lunes|domingo|sábado|12 de marzo|3 de octubre|29 de octubre",
    "pt": "5 de maio|12 de junho|3 de setembro",
    "fr": "3 octobre|12 mars|lundi 14",
    "de": "Montag|14. Juli|Freitag",
    "it": "16 maggio|3 novembre|lunedì",
    "tr": "6 Şubat|pazartesi|cuma",
    "id": "senin|minggu|17 Agustus",
    "ms": "isnin|jumaat",
    "tl": "Lunes|Biyernes",
    "sw": "12 Machi|3 Mei",
    "hl": "somvaar|15 August",
    "ja": "1月1日|月曜日",
    "ko": "7월 15일|월요일",
    "zh": "7月20日|周一",
    "zht": "4月3日|週一",
    "ru": "5 апреля|в понедельник",
    "uk": "у понеділок|3 березня",
    "ar": "الاثنين|الجمعة",
    "fa": "دوشنبه|۱۲ فروردین",
    "ur": "پیر|جمعہ",
    "hi": "सोमवार|15 अगस्त",
    "bn": "সোমবার|শুক্রবার",
    "vi": "thứ hai|chủ nhật",
    "th": "วันจันทร์|วันศุกร์",
    "el": "Δευτέρα|Παρασκευή",
    "am": "ሰኞ|ዓርብ",
    "nl": "maandag|vrijdag",
    "pl": "poniedziałek|piątek",
}
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
US_STYLE = {"en_US", "en_CA", "en_PH", "tl_PH"}

URLS = [
    "gofund.me/{%aa0a0a0a}",
    "bit.ly/{%0aAa0Aa}",
    "t.co/{%aA0aA0aAa0}",
    "change.org/p/{slug}",
    "maps.app.goo.gl/{%aA0aA0aA0a}",
    "https://www.facebook.com/groups/{%90000000000}",
    "linktr.ee/help{%000}",
    "vaki.co/{%aa00aa}",
    "vakinha.com.br/{%9000000}",
    "https://status.example.com/incidents/{%aa00aa00}",
    "youtu.be/{%aA0aA0aA0aA}",
    "https://forms.gle/{%aA0aA0aA0aA0a}",
]
ORDERS = [
    "#{%9000000}",
    "{%900}-{%9000000}-{%9000000}",
    "NW-{%90000}",
    "CT{%90000000}",
    "ORD{%900000}",
    "#A{%9000}",
    "GX-{%9000}-{%000}",
]
TRACKS = [
    "1Z{%0A0A0A}{%0000000000}",
    "LX{%90000000}CN",
    "JD{%0000000000000000}",
    "SPX{%A0A0A0A0A0}",
    "TBA{%900000000000}",
]
FLIGHTS = [
    "TS {%999}",
    "TS{%9999}",
    "EK {%999}",
    "TK{%9999}",
    "QR {%99}",
    "5J {%999}",
    "GA {%999}",
    "LA{%9000}",
    "AF {%999}",
]
REFS = [
    "#{%90000}",
    "INC{%9000000}",
    "CASE-{%9000}-{%000}",
    "{%AA}{%900000}",
    "{%9000}/{%00}",
    "SR-{%900000}",
]
ZONES = ["{%A}-{%9}", "{%9}", "{%AAA}-{%A}{%000}", "{%A}{%9}"]


class Ctx:
    """Per-row state: locale, language, people, caches and the brands seen so far."""

    def __init__(self, rng: Random, loc: dict, lang: str) -> None:
        self.rng = rng
        self.loc = loc
        self.lang = lang
        self.native = lang in NATIVE_SCRIPT_LANGS
        self.people: dict[str, Person] = {}
        self.brands: list[str] = []
        self._dl: tuple[str, str] | None = None

    # people ------------------------------------------------------------------------------------------------
    def person(self, key: str) -> Person:
        p = self.people.get(key)
        if p is None:
            loc = self.loc
            if not self.native and self.lang in ("en",) and self.rng.random() < 0.08:
                loc = LOCALES[self.rng.choice(list(LOCALES))]
            native = self.native and self.rng.random() < 0.88
            taken = {q.gl for q in self.people.values()}
            for _ in range(4):
                p = Person(self, loc, native)
                if p.gl not in taken:
                    break
            self.people[key] = p
        return p

    # resolution ---------------------------------------------------------------------------------------------
    def slot(self, name: str) -> list:
        m = re.fullmatch(r"([A-E])\.w:([^/]*)/(.*)", name)
        if m:
            p = self.person(m.group(1))
            return [("t", m.group(2) if p.fem else m.group(3))]
        m = re.fullmatch(r"([A-E])(?:\.(\w+))?", name)
        if m:
            return self.person(m.group(1)).form(m.group(2) or "")
        base = name.rstrip("0123456789")
        fn = getattr(self, "s_" + base, None)
        if fn is None:
            raise KeyError(f"unknown slot {name!r}")
        out = fn()
        return out if isinstance(out, list) else [("n", out)]

    def pick(self, key: str) -> str:
        """Locale list value, native variant when the row is written in the native script."""
        loc = self.loc
        if self.native and loc.get("n" + key):
            val = self.rng.choice(loc["n" + key])
        elif loc.get(key):
            val = self.rng.choice(loc[key])
        elif key == "lm":
            val = self.rng.choice(_split(LM_EN))
        elif key in ("hood", "nhood"):
            val = self.rng.choice(loc.get("city") or ["the centre"])
        else:
            val = self.rng.choice(loc.get("n" + key) or loc.get("city"))
        return render_plain(self.rng, val, self._addr_resolve)

    def _addr_resolve(self, key: str) -> str:
        if key.startswith("%"):
            return fill_pattern(self.rng, key[1:])
        loc = self.loc
        if key == "lm":
            return self.rng.choice(loc.get("lm") or _split(LM_EN))
        vals = loc.get(key) or loc.get(key.lstrip("n")) or loc.get("city")
        return render_plain(self.rng, self.rng.choice(vals), self._addr_resolve)

    # PII slots ----------------------------------------------------------------------------------------------
    def s_addr(self) -> list:
        loc, rng = self.loc, self.rng
        native = self.native and loc["naddr"] and rng.random() < 0.85
        fmt = rng.choice(loc["naddr"] if native else loc["addr"])
        val = render_plain(rng, fmt, self._addr_resolve).strip(" ,")
        val = re.sub(r"\s{2,}", " ", val)
        if native and loc["digits"] and rng.random() < 0.4:
            val = to_native_digits(val, NATIVE_DIGITS[loc["digits"]])
        return [("STREET_ADDRESS", val)]

    def _phone(self, kind: str) -> list:
        num = make_number(self.rng, self.loc["region"], kind)
        digits = self.loc["digits"] if self.native and self.lang != "th" else ""
        return [("PHONE_NUMBER", write_phone(self.rng, num, self.loc["region"], self.lang, digits))]

    def s_phone(self) -> list:
        return self._phone("m" if self.rng.random() < 0.9 else "f")

    def s_land(self) -> list:
        return self._phone("f")

    def s_email(self) -> list:
        return self.person(self.rng.choice("VWXYZ")).form("email")

    def s_card(self) -> list:
        return [("CREDIT_CARD", make_card(self.rng))]

    def s_iban(self) -> list:
        cc = self.loc["iban"] or self.rng.choice(IBAN_FALLBACK)
        return [("IBAN_CODE", write_iban(self.rng, make_iban(self.rng, cc)))]

    def s_ssn(self) -> list:
        return [("US_SSN", make_ssn(self.rng))]

    def _dl_pair(self) -> tuple[str, str]:
        if self._dl is None:
            st = self.rng.choice(list(DL_STATES))
            names, fmts = DL_STATES[st]
            self._dl = (self.rng.choice(names), _pat(self.rng, self.rng.choice(fmts)))
        return self._dl

    def s_dl(self) -> list:
        return [("US_DRIVER_LICENSE", self._dl_pair()[1])]

    def s_dlst(self) -> str:
        return self._dl_pair()[0]

    def s_ip(self) -> list:
        return [("IP_ADDRESS", make_ip(self.rng))]

    def s_ipsix(self) -> list:
        return [("IP_ADDRESS", make_ipv6(self.rng))]

    # brands -------------------------------------------------------------------------------------------------
    def _b(self, name: str) -> list:
        self.brands.append(name)
        return [("b", name)]

    def s_brand(self) -> list:
        return self._b(self.rng.choice(BRANDS))

    def s_bank(self) -> list:
        return self._b(self.rng.choice(["Northwind Bank", "Fabrikam Pay", "Northwind Bank", "Contoso"]))

    def s_airline(self) -> list:
        return self._b("Tailspin Air")

    def s_pay(self) -> list:
        return self._b("Fabrikam Pay")

    def s_bh(self) -> list:
        return self._b(self.rng.choice(HANDLE_BRANDS))

    def s_brandtag(self) -> list:
        return self._b(self.rng.choice(["Northwind", "Contoso", "Globex"]))

    def s_fakeh(self) -> list:
        tail = self.rng.choice(
            ["_Care", "_SupportDesk", "HelpCenter_", "_Refunds", "Assist247", "_Official1"]
        )
        return [("t", "@"), *self._b(self.rng.choice(["Northwind", "Contoso", "Globex"])), ("n", tail)]

    # plain negatives ----------------------------------------------------------------------------------------
    def s_order(self) -> str:
        return _pat(self.rng, self.rng.choice(ORDERS))

    def s_track(self) -> str:
        return _pat(self.rng, self.rng.choice(TRACKS))

    def s_flight(self) -> str:
        return _pat(self.rng, self.rng.choice(FLIGHTS))

    def s_ref(self) -> str:
        return _pat(self.rng, self.rng.choice(REFS))

    def s_zone(self) -> str:
        return _pat(self.rng, self.rng.choice(ZONES))

    def s_date(self) -> str:
        rng = self.rng
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2025)
        words = DATE_WORDS.get(self.lang)
        r = rng.random()
        if words and r < 0.35:
            return rng.choice(_split(words))
        if self.lang in ("en", "pcm"):
            if self.loc["code"] in US_STYLE:
                return rng.choice(
                    [
                        f"{m}/{d}",
                        f"{MONTHS_EN[m - 1]} {d}",
                        f"{m}/{d}/{y % 100}",
                        f"{MONTHS_EN[m - 1]} {d}, {y}",
                    ]
                )
            return rng.choice(
                [f"{d}/{m}", f"{d} {MONTHS_EN[m - 1]}", f"{d}/{m}/{y}", f"{d}th {MONTHS_EN[m - 1]}"]
            )
        if self.lang in ("ja", "zh", "zht"):
            return rng.choice([f"{m}月{d}日", f"{m}/{d}", f"{y}年{m}月{d}日"])
        if self.lang == "ko":
            return rng.choice([f"{m}월 {d}일", f"{m}/{d}", f"{y}.{m}.{d}"])
        if self.lang in ("de", "ru", "uk", "pl", "tr"):
            return rng.choice([f"{d:02d}.{m:02d}.", f"{d:02d}.{m:02d}.{y}", f"{d}.{m}."])
        return rng.choice([f"{d}/{m}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d}/{m}/{y % 100}"])

    def s_dob(self) -> str:
        d, m, y = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1948, 2003)
        return self.rng.choice(
            [f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{MONTHS_EN[m - 1]} {d} {y}"]
        )

    def s_time(self) -> str:
        rng = self.rng
        h, mi = rng.randint(0, 23), rng.choice([0, 0, 15, 30, 45, 10, 40, 20])
        if self.lang in ("en", "pcm", "tl", "hl") and rng.random() < 0.7:
            h12 = h % 12 or 12
            ap = "am" if h < 12 else "pm"
            return rng.choice(
                [f"{h12}:{mi:02d}{ap}", f"{h12}{ap}", f"{h12}:{mi:02d} {ap.upper()}", f"{h12}:{mi:02d}"]
            )
        if self.lang == "fr":
            return rng.choice([f"{h}h{mi:02d}", f"{h}h"])
        if self.lang in ("ja", "zh", "zht"):
            return rng.choice(
                [f"{h}時{mi:02d}分" if self.lang == "ja" else f"{h}点{mi:02d}分", f"{h}:{mi:02d}"]
            )
        if self.lang == "ko":
            return rng.choice([f"{h}시 {mi}분", f"{h}:{mi:02d}"])
        return rng.choice([f"{h:02d}:{mi:02d}", f"{h}:{mi:02d}", f"{h}.{mi:02d}"])

    def s_amt(self) -> str:
        rng = self.rng
        fmt = rng.choice(self.loc["cur"])
        n = rng.choice([rng.randint(5, 99), rng.randint(100, 999), rng.randint(1000, 20000)])
        if any(k in fmt for k in ("Rp", "đ", "VND", "원", "₩", "تومان", "TSh", "Tsh", "₦", "N#", "LBP")):
            n *= 1000
        if "#k" in fmt or "#rb" in fmt or "만원" in fmt:
            n = rng.randint(5, 900)
        return fmt.replace("#", f"{n:,}".replace(",", self.loc["sep"]))

    def s_pct(self) -> str:
        n = self.rng.randint(2, 98)
        return self.rng.choice([f"{n}%", f"{n} %", f"{n}.{self.rng.randint(1, 9)}%", f"{n} percent"])

    def s_url(self) -> str:
        slug = self.rng.choice(
            ["save-our-branch", "fix-the-levee", "justice-now", "keep-the-bus-route", "stop-evictions"]
        )
        return render_plain(
            self.rng, self.rng.choice(URLS), lambda k: slug if k == "slug" else fill_pattern(self.rng, k[1:])
        )

    def s_gfm(self) -> str:
        return "gofund.me/" + fill_pattern(self.rng, "a0aa00a0")

    def s_tag(self) -> str:
        return self.rng.choice([*_split(TAGS.get(self.lang, TAGS["en"])), "#SOS"])

    def s_e(self) -> str:
        return self.rng.choice(EMOJI)

    def s_n(self) -> str:
        return str(self.rng.randint(2, 48))

    def s_k(self) -> str:
        return str(self.rng.randint(2, 6))

    def s_age(self) -> str:
        return str(self.rng.randint(3, 92))

    def s_yr(self) -> str:
        return str(self.rng.randint(1931, 2008))

    def s_ts(self) -> str:
        return f"{self.rng.randint(0, 14)}:{self.rng.randint(0, 59):02d}"

    def s_nbus(self) -> str:
        return self.rng.choice(
            [str(self.rng.randint(2, 99)), f"M{self.rng.randint(1, 60)}", f"{self.rng.randint(100, 480)}"]
        )

    def s_st(self) -> str:
        return self.pick("st")

    def s_hood(self) -> str:
        return self.pick("hood")

    def s_city(self) -> str:
        return self.pick("city")

    def s_lmk(self) -> str:
        return self.rng.choice(LANDMARKS)

    def s_pub(self) -> str:
        return self.rng.choice(PUBLIC_FIGURES)

    def s_pubh(self) -> str:
        return self.rng.choice(PUBLIC_HANDLES)

    def s_journo(self) -> str:
        return self.rng.choice(JOURNALISTS)

    def s_storm(self) -> str:
        return self.rng.choice(STORMS)

    def s_petname(self) -> str:
        return self.rng.choice(PETS)

    def s_sub(self) -> str:
        return self.rng.choice(SUBS)

    def s_role(self) -> str:
        return self.rng.choice(ROLE_EMAILS)

    def s_hosp(self) -> str:
        return self.rng.choice(HOSPITALS)

    def s_school(self) -> str:
        return self.rng.choice(_split(SCHOOLS.get(self.lang, SCHOOLS["en"])))

    def s_club(self) -> str:
        return self.rng.choice(CLUBS)

    def s_club_tag(self) -> str:
        return self.rng.choice(CLUB_TAGS)

    def s_city_tag(self) -> str:
        return self.rng.choice(CITY_TAGS)

    def s_tag_w(self) -> str:
        return self.rng.choice(WED_TAGS)

    def s_langname(self) -> str:
        return self.rng.choice(LANGNAMES)

    def s_bg(self) -> str:
        return self.rng.choice(BLOOD)


# ----------------------------------------------------------------------------------------------------------
# templates.  Keys are languages ("en", "es", ...) or a locale code ("en_US") that pins the locale.
# Person slots: {A} .. {E} (random mention form) or {A.full|first|nick|sur|t|h|hb|camel|poss|upper|low|fi|qn|email}

GENRES = [
    "tweet_complaint", "tweet_reply_quote", "reddit_post", "reddit_comment", "facebook_group", "insta_tiktok",
    "youtube_comment", "app_review", "maps_review", "local_news", "news_comments", "forum_thread", "petition",
    "fundraiser", "lost_found", "missing_person", "marketplace", "rental_ad", "neighbourhood_alert",
    "rescue_request", "volunteer_thread", "screenshot_text", "journalist_callout", "obituary", "school_club",
    "celebration_shoutout", "chat_forward", "scam_warning", "relief_distribution", "brand_outage",
    "weather_update", "meme_hot_take",
]  # fmt: skip
CLEAN_GENRES = {"brand_outage", "weather_update", "meme_hot_take"}
TEMPLATES: list[dict] = []


def T(genre: str, variants: dict[str, str | list[str]]) -> None:
    TEMPLATES.append(
        {"genre": genre, "variants": {k: ([v] if isinstance(v, str) else v) for k, v in variants.items()}}
    )


# fmt: off
# --- 0 tweet_complaint ------------------------------------------------------------------------------------
T("tweet_complaint", {
    "en": ["{bh} [been|been on] hold {n} [mins|minutes] [again|AGAIN] {e} [acct|account] is under my [{A.w:mom/dad}|{A.w:wife/husband}|{A.w:grandma/grandpa}]['s|s] name {A.full} [and|&] the [callback|call back|contact] [number|no.|#] is {phone} [pls|please|plz|] [sort this out|fix this|call us back] #{brandtag}Fail",
           "[.|]{bh} [hey|yo|hello??] [my|our] [order|parcel] {order} [never arrived|went to the wrong house|says delivered but nothing] {e} [address is|should go to|it's] {addr} [not|NOT] [next door|the neighbours|the shop] [#customerservice|#fail|]"],
    "es": "{bh} llevo {n} [días|dias] [sin respuesta|esperando mi reembolso] {e} [pedido|orden|folio] {order} a nombre de {A.full} [cel|tel|mi número] {phone} [ya porfa|urge|no es posible]",
    "pt": "{bh} [pelo amor de deus|affff|absurdo] {n} dias sem resposta, pedido {order} no nome de {A.full} [meu zap|whats|tel] {phone} {e}",
})
T("tweet_complaint", {
    "en": ["{brand} [app|website|site] [down|not loading|crashing] [again|AGAIN|for the 3rd time today] {e} [cant|can't] [pay rent|send money|transfer] and [my|our] {A.w:landlady/landlord} {A.t} [is|keeps] [texting|blowing up my phone|calling] [me|us] [smh|lol|fr|💀] #{brandtag}Down {tag}", "{brand} [app|site] [down|not loading] [again|AGAIN] {e} [cant|can't] [pay rent|send money] [and|&] [rent is due|it's payday] [today|tmrw] [smh|lol|fr] #{brandtag}Down {tag}"],
    "tr": "{brand} [uygulaması|app] yine çöktü {e} kira ödeyemiyorum ev sahibi {A.t} [sürekli arıyor|mesaj atıp duruyor] #{brandtag}Down",
    "de": "{brand} [App|Seite] schon wieder down {e} kann die Miete nicht überweisen und {A.w:meine Vermieterin/mein Vermieter} {A.t} [ruft ständig an|schreibt dauernd] #{brandtag}Down",
})
T("tweet_complaint", {
    "en": "[thread 🧵|a thread] on how {airline} [lost|destroyed] my [bag|wheelchair|mom's luggage] on {flight} (1/{k})\n[bag tag|tag|file ref] {order}, [delivery address|send it to] {addr}, [contact|call] {phone} or {A.email}\n@TailspinAir [still nothing|no reply|crickets] {e}",
    "fr": "{airline} a perdu ma valise sur le vol {flight} {e} dossier {order}, à livrer au {addr}, tel {phone} [merci|svp] {tag}",
    "it": "{airline} mi ha perso il bagaglio sul volo {flight} {e} pratica {order}, consegna in {addr}, cell {phone}",
})
T("tweet_complaint", {
    "en": "[ok|so|lol ok] {bank} [just|] [froze|closed] my account {e} [and|then] [told me|said] to [email|contact] {role} [which|and it] [bounces|bounced] [so|] [reach me|my email] {A.email} [or|/] {phone} #{brandtag}Fail",
    "id": "min {bh} saldo saya [hilang|kepotong] {amt} {e} rekening atas nama {A.full} [hp|no hp|wa] {phone} tolong [dicek|dibantu] #{brandtag}Error",
    "tl": "{bh} [grabe|hay nako] na-deduct [twice|dalawang beses] yung {amt} ko {e} acct name {A.full} [cp|cel #|contact #] {phone} pls [paki-refund|pakiayos]",
})
# --- 1 tweet_reply_quote ----------------------------------------------------------------------------------
T("tweet_reply_quote", {
    "en": "RT {A.h}: [anyone near|anyone in] {hood}? [pls|please] [check on|look for] my [{B.w:nan/grandpa}|{B.w:aunt/uncle}|{B.w:mum/dad}] {B.full} [at|she's at|he's at] {addr} [not answering|phone dead] {e} {tag}",
    "es": "RT {A.h}: [alguien|alguien que esté] cerca de {hood}?? mi [{B.w:abuela/abuelo}|{B.w:tía/tío}|{B.w:mamá/papá}] {B.full} vive en {addr} y no contesta {e} {tag}",
    "pt": "RT {A.h}: alguém em {hood}?? [{B.w:minha avó/meu avô}|{B.w:minha tia/meu tio}|{B.w:minha mãe/meu pai}] {B.full} tá na {addr} sem bateria, [liga|me chama] {phone} {tag}",
})
T("tweet_reply_quote", {
    "en": "{A.h} [replying to|re] {bh}\n> [your|the] agent [gave out|read out] my [home address|address] {addr} [to a stranger|on a call with someone else]\n[this is|that's] [a data breach|insane] [fr|tbh|] {e}",
    "fr": "{A.h} en réponse à {bh}\n> votre conseiller a donné mon adresse {addr} à un inconnu\nc'est grave {e}",
})
T("tweet_reply_quote", {
    "en": "[replying to|↳] {A.h} [and|&] {B.h}\n[lmao|lol|bruh] {C.first} [really|rly] [posted|put] [their|the] [whole|full] number [on main|in the group] {e} {phone}? [delete it|take it down] [before|b4] {pub} [retweets it|sees it]",
    "ko": "{A.h} 님에게 보내는 답글\nㅋㅋㅋ {C} 전화번호 {phone} 그대로 올렸네 {e} 빨리 지워",
})
T("tweet_reply_quote", {
    "en": "[quote|QT] {A.h}: \"{brand} [customer service|support] [is|was] [actually|genuinely] [great|amazing] today, [shoutout|big thanks] to {B} [on|from] the [chat|phone] [team|line]\" <- [same|literally same], {C.first} [sorted|helped with] [my|our] [card|transfer] in {n} mins {e}",
    "ja": "{A.h} さんの引用\n「{brand}のサポート、{B.t}すごく親切だった」わかる〜 {e}",
})
# --- 2 reddit_post ----------------------------------------------------------------------------------------
T("reddit_post", {
    "en": "r/{sub} · {n}h\n[PSA|Update|Help]: [anyone else|is anyone else] [getting|seeing] [fraud|weird] charges from {brand}?\n[they|someone] used my card {card} [for|to pay] {amt} [at|on] {time} {date}. [called|rang] {bank}, ref {ref}.\n[edit|EDIT]: [not|NOT] posting [my|the] full name lol [but|] [it's|its] {A.first}",
    "en_US": "r/Scams · {n}h\n[my|My] [identity|info] [got|was] stolen [after|from] the {brand} [breach|leak]. [someone|they] [opened|took out] a [loan|card] [with|using] my SSN {ssn} [and|&] my [old|] address {addr}. [froze|frozen] credit [at|with] all 3. [what else|anything else] should I do? [and yes|yes] [I know|i know] [dont post your ssn|don't post it], [it's|its] already out there",
    "es": "r/{sub} · hace {n} h\n[Ayuda|Consulta]: {brand} me cobró {amt} [dos veces|2 veces] en la tarjeta {card}\n[el banco|{bank}] no hace nada, caso {ref}. [alguien sabe qué hacer?|consejos?]",
})
T("reddit_post", {
    "en": "r/{sub} · [throwaway|Throwaway] [because|bc] [family|my ex] [uses|reads] reddit\n[my|My] [{A.w:landlady/landlord}|neighbour|ex] {A.full} [keeps|has been] [showing up|coming] at {addr} [at|around] {time}. [I've|Ive] got [texts|screenshots] from {phone}. [what are my options|what do I do|is this harassment]? [location|loc]: {city}",
    "en_US": "r/legaladvice · {n}h\n[property manager|our landlord] [posted|left] [my|our] rental application in the [public|community] [fb group|group chat] [by mistake|lol]:\n[name|Name] {A.full}, DOB {dob}, SSN {ssn}, DL {dlst} {dl}, [current address|address] {addr}\n[is this|this has to be] [a violation|illegal] right? [{city}|]",
    "de": "r/{sub} · [Wegwerfaccount|throwaway]\n{A.w:meine Vermieterin/mein Vermieter} {A.full} steht [ständig|dauernd] vor der Tür in der {addr}, [schreibt|ruft] von {phone} [an|]. was kann ich tun?",
})
T("reddit_post", {
    "en": "r/{sub}\n[Found|found] [my grandparents'|an old] [letter|postcard|address book] [while|when] [cleaning up|clearing out] after the [flood|fire]\n[addressed to|written to] {A.full}, {addr}\n[anyone|does anyone] know [the family|them]? [would love|want] to return it. [no|not] [looking for|asking] reward {e}",
    "pl": "r/Polska\nPo [powodzi|powodzi w {city}] znalazłem album zdjęć, [na odwrocie|podpisany] {A.full}, {addr}\nktoś zna [rodzinę|tę osobę]? {e}",
    "uk": "r/{sub}\nпісля [обстрілу|прильоту] знайшли [документи|паспорт] на ім'я {A.full}, [адреса|прописка] {addr}\nякщо знаєте [родину|людину] пишіть {e}",
})
T("reddit_post", {
    "en": "r/legaladvice ({city})\n[TL;DR|tldr] {brand} [sent|mailed] [my|our] [new card|statement|letters] to [the wrong|an old] address\n[it went to|they sent it to] {addr}, [but|and] I [moved to|have lived at] {addr2} [since|for] {n} [months|yrs]. [account|acct] {iban} [is|was] [frozen|flagged].\n[do I|Should I] [file a complaint|go to the ombudsman]?",
    "nl": "r/thenetherlands\n{brand} stuurt mijn nieuwe pas [steeds|al maanden] naar {addr} terwijl ik [al|] {n} maanden op {addr2} woon. rekening {iban}. [klacht indienen?|wat nu?]",
})
# --- 3 reddit_comment -------------------------------------------------------------------------------------
T("reddit_comment", {
    "en": "[level {k} comment|↳] u/{A.hb} · {n}h\n[same|this happened to me] [in|at] {city}. [my|our] [neighbour|neighbor|super] {B} [literally|] [walked|drove] [over|around] to {addr} [to|and] [check|checked] on [everyone|us] {e} [legend|absolute legend]",
    "es": "↳ u/{A.hb} · hace {n} h\nlo mismo en {city}, mi {B.w:vecina/vecino} {B} [fue|pasó] casa por casa [por|en] {addr} [revisando|a revisar] {e} un [crack|grande]",
})
T("reddit_comment", {
    "en": "u/{A.hb}\n> [the scammer called from|they called me from] {phone}\n[same number|same #] [here|called me too]!! [said|claimed] [they were|to be] from {bank} [and|&] knew my [name|full name] [and|&] [address|that I live at] {addr} {e} [reported to|reported it to] {pubh}",
    "id": "u/{A.hb}\n> nomornya {phone}\nsama [gan|bro] nomor ini juga nelpon ngaku dari {bank}, tau alamat aku {addr} {e} [udah|sudah] lapor",
})
T("reddit_comment", {
    "en": ["(deleted) · u/{A.hb} · {n}h\n[why|Why] [would|did] you [dox|post] {B.poss} [address|house] [like that|here] ({addr})?? [mods|MODS] {e}", "(deleted) · {n}h\n[mods|MODS] [removed|nuked] the post [with|that had] [someone's|a] [home address|phone number] [in it|lol]. [good|as they should]. [don't|dont] [dox|post] [people|ppl] [in a crisis|during {storm}] {e}"],
    "ru": "u/{A.hb}\nзачем вы [выложили|слили] адрес {B} ({addr})?? модеры {e}",
})
T("reddit_comment", {
    "en": "u/{A.hb} · [OP|op]\n[thanks|thank you|ty] [everyone|all]. [for the record|for anyone asking], [my|our] [grandma|nan|abuela] [was|is] [found|safe], [she was|was] at [her friend|a friend] {B.poss} [place|house] {e} [shoutout|thanks] to {C}, {D} and [the guys|everyone] from [{pubh}|the fire dept]",
    "es": "u/{A.hb} · OP\ngracias a todos, [mi abuela|mi tía] [apareció|ya apareció], estaba en casa de [su amiga|la señora] {B} {e} gracias a {C}, {D} y a los [bomberos|rescatistas]",
})
# --- 4 facebook_group -------------------------------------------------------------------------------------
T("facebook_group", {
    "en": "[{city} Community Noticeboard|{hood} Neighbours Group|{city} Buy Swap Sell]\n{A.full} · [{n}h|{n} min]\n[anyone|Has anyone] [recommend|got] a [plumber|electrician|tree guy] [after|since] the storm? {B} came to [ours|us] last time but [the|that] number {phone} [is disconnected|doesnt work] [now|anymore] {e} [we're|we are] at {addr} [thx|thanks|thank you]",
    "tl": "[Taga-{city} Group|{city} Community]\n{A.full} · {n}h\n[mga kapitbahay|mga ka-{city}] may [kakilala|kilala] ba kayong [electrician|tubero]? si {B} dati kaso [di na|hindi na] ma-contact {phone} {e} [dito|andito] kami sa {addr} salamat po",
    "pt": "[Grupo Moradores {hood}|{city} Desapega]\n{A.full} · {n} h\n[alguém|gente alguém] [indica|conhece] [eletricista|encanador]? o {B} [sumiu|não atende] {phone} {e} [estamos|moro] na {addr} obg",
})
T("facebook_group", {
    "en": "{A.full} [shared a post|posted in {city} Lost Pets]\n[our|my] [dog|cat|puppy] [got out|ran off] [during|in] the [storm|fireworks|evacuation] near {addr} {e} [answers to|name is] {petname}, [grey|black|ginger|brown] [with|w/] [a|] [red|blue] collar. [pls|please] call {phone} or message {B.first} [anytime|any time] [🙏|❤️|]",
    "de": "{A.full} hat in [{city} hilft|Tierhilfe {city}] gepostet\nunser [Hund|Kater] {petname} ist beim [Hochwasser|Gewitter] bei {addr} weggelaufen {e} bitte {phone} anrufen oder {B.first} schreiben",
    "it": "{A.full} ha pubblicato in [Sei di {city} se|{city} Segnalazioni]\n[il nostro cane|il nostro gatto] {petname} è scappato durante l'alluvione vicino a {addr} {e} chiamate {phone} o scrivete a {B.first}",
})
T("facebook_group", {
    "en": ["[ADMIN POST|Admin reminder] 📢\n[please|pls] [stop|dont] posting [people's|ppl's] [phone numbers|addresses] in [comments|the comments]!! [whoever|someone] posted {A.poss} [number|number ({phone})] [today|yesterday] [it's been|has been] [removed|deleted]. [message|DM] [me|an admin] ({B.first}) [instead|if u need help]. {tag}", "[ADMIN POST|Admin reminder] 📢\n[road closures|closures] [today|tonight]: {st} [and|&] [the bridge|Hwy {n}] [are|r] [closed|under water]. [sandbags|sand] at the [fire station|depot] [from|after] {time}. [no|NO] [selling posts|sales posts] [this week|till {date}] pls {tag}"],
    "ar": "📢 [تنبيه من الإدارة|تنبيه]\nرجاء [عدم نشر|ما حدا ينشر] أرقام الناس بالتعليقات!! تم حذف رقم {A} ({phone}). راسلوا {B.first} [بدلاً من ذلك|عالخاص]",
})
T("facebook_group", {
    "en": "{A.full} ▸ [{city} Parents Group|{hood} Moms]\n[looking for|need] [a|] [carpool|ride share] to {school} [from|around] {hood} [mon-fri|weekdays], [we're|I'm] [on|at] {addr}, [text|call] {phone} [thx|thank u]",
    "fr": "{A.full} ▸ [Parents d'élèves {city}|Entraide {hood}]\n[cherche|je cherche] covoiturage pour {school} depuis {addr}, [dispo|dispo le] matin, [mon|tel] {phone} merci {e}",
})
# --- 5 insta_tiktok ---------------------------------------------------------------------------------------
T("insta_tiktok", {
    "en": "[{A.h}|{A.hb}] · [Reel|reel] · {n}k likes\n[POV|pov]: [you|u] [survived|lived through] {storm} [and|&] [your|ur] [house|home] [at|on] {addr} [is|is literally] [gone|under water] {e}{e} [link in bio|gofundme in bio] {tag} #fyp",
    "pt": "{A.hb} · Reels\n[POV|pov]: a enchente levou [tudo|nossa casa] na {addr} {e} [pix|chave pix] {phone} [qualquer ajuda|toda ajuda] [🙏|conta] #enchenteRS #fyp",
    "es": "{A.hb} · Reels\n[POV|pov]: el huracán se llevó [la casa|todo] en {addr} {e} cualquier ayuda al {phone} 🙏 #fyp",
})
T("insta_tiktok", {
    "en": "{A.hb} [comment|commented]: [omg|OMG] [is|isnt] [that|this] {B.poss} [house|street]??? [thats|that's] [right next to|literally next to] my [cousins|cousin's] [place|house] on {addr} {e} {C.h} [call|check on] [ur|your] [mom|mum|fam]",
    "ko": "{A.hb} 댓글: 헐 [이거|여기] {addr} 아니야?? {C.h} [빨리|얼른] 어머니한테 전화해봐 {e}",
    "ja": "{A.hb} のコメント: え、これ{addr}じゃない？ {C.h} 家族に連絡して {e}",
})
T("insta_tiktok", {
    "en": "[new|NEW] [drop|stock] [at|in] [the|my] [shop|home studio] [📍|at] {addr} [🛍️|✨] [DM|dm] [to order|for prices] [or|/] [WhatsApp|whatsapp|WA] {phone} [only|] #smallbusiness {city_tag}",
    "hl": "[new stock aa gaya|naya stock aaya hai] {e} [shop|dukaan] [pe|par] [aao|aaiye] {addr} [ya|or] [whatsapp|WA] [karo|karein] {phone} [only|sirf] #smallbusiness",
    "id": "[ready stock|PO dibuka] kak {e} [bisa|boleh] [ambil|COD] di {addr} [atau|/] [wa|WA] {phone} #olshop",
    "th": "[ของเข้าแล้ว|ของใหม่มาแล้ว] {e} [นัดรับ|รับที่] {addr} [ทักไลน์|โทร] {phone}",
})
T("insta_tiktok", {
    "en": "[happy|HAPPY] [birthday|bday] [to|] [my|the] [best friend|twin|partner in crime] {A.h} {e} [love u|love you] [endlessly|to the moon] [and|&] [thanks|thank you] {B.first} [and|&] {C.first} [for the surprise|for organising] [🎂|🎉] #{A.camel}Turns{age}",
    "tr": "[doğum günün kutlu olsun|iyi ki doğdun] {A.h} {e} [seni çok seviyorum|nice yıllara] [🎂|🎉] {B.first} ve {C.first} [sürpriz için|organizasyon için] teşekkürler #{A.camel}{age}",
})
# --- 6 youtube_comment ------------------------------------------------------------------------------------
T("youtube_comment", {
    "en": "{A.hb} · {n} [days|weeks] ago\n[the|The] {B.w:lady/guy} at {ts} is my [{B.w:aunt/uncle}|neighbour] {B.full}!! [still|] [lives|living] [at|on] {addr} [and|but] [the house|house] [made it|is gone] {e}",
    "es": "{A.hb} · hace {n} días\n{B.w:la señora/el señor} del {ts} es mi {B.w:tía/tío} {B.full}!! [vive|sigue viviendo] en {addr} {e}",
})
T("youtube_comment", {
    "en": "{A.hb}\n[this video|this] [helped|saved] [us|my family] during {storm} [ngl|honestly]. [if|If] anyone [from|in] {city} needs [a generator|supplies] [hmu|text me] {phone} - {B.first} [from|at] [church|the food bank] [knows me|can vouch] {e}",
    "vi": "{A.hb}\nvideo này [giúp|cứu] nhà mình [mùa lũ|hồi bão] [thật sự|] {e} ai ở {city} cần [máy phát điện|đồ cứu trợ] [alo|liên hệ] {phone} nhé, {B} [biết mình|làm chứng]",
})
T("youtube_comment", {
    "en": "{A.hb} · {n} [months|weeks] ago (edited)\n[for everyone|for those] asking the [school|shelter] [address|location]: {addr} [ask for|talk to] {B.t} [at the front desk|at the gate] {e} [timestamp|skip to] {ts}",
    "hi": "{A.hb} · {n} दिन पहले\nजो लोग पूछ रहे थे [पता|शेल्टर का पता]: {addr} [वहाँ|गेट पर] {B.t} से [मिलें|बात करें] {e}",
})
T("youtube_comment", {
    "en": "{A.hb}\n[rip|RIP] {B.full} {e} [she|he] [was|used to be] my [teacher|coach|neighbor] [at|in] {city}. [the funeral|service] [is|will be] [at|held at] {addr} on {date} [at|] {time}. [more info|details] {url}",
    "sw": "{A.hb}\n[pumzika kwa amani|RIP] {B.full} {e} [mazishi|msiba] [yatafanyika|itakuwa] {addr} tarehe {date} saa {time} [maelezo|info] {url}",
})
# --- 7 app_review -----------------------------------------------------------------------------------------
T("app_review", {
    "en": "★☆☆☆☆ [Terrible|Worst|Useless] [update|app|bank app]\n{A.fi} · {date}\n[since the update|after updating] the {brand} app [wont|won't|doesnt] [let me|] [log in|login|show my balance] [and|&] the callback [number|no.] [they gave|in the app] ({phone}) [rings|goes to] some [random guy|lady] called {B.first} [lmao|lol|🤦‍♀️]",
    "de": "★☆☆☆☆ [Katastrophe|Unbrauchbar]\n{A.first} · {date}\nseit dem Update [geht|funktioniert] die {brand} App nicht mehr. die Rückrufnummer in der App ({phone}) gehört [irgendeinem|einem] {B.first} aus {city} {e}",
})
T("app_review", {
    "en": "★★★★★ [Saved|saved] my life [during|in] the [flood|fire|blackout]\n[by|] {A.full} · {date}\n[i|I] [know|know this sounds dramatic] but the {brand} [sos|SOS] [feature|button] [sent|shared] my [location|address] ({addr}) to my {B.w:sister/brother} {B} [and|&] [{B.he}|they] [got|sent] help [within|in] {n} [mins|minutes] {e}",
    "es": "★★★★★ [me salvó|nos salvó]\n{A.full} · {date}\nel botón SOS de {brand} mandó mi ubicación ({addr}) a mi {B.w:hermana/hermano} {B} y llegaron en {n} minutos {e}",
})
T("app_review", {
    "en": "★★☆☆☆ [Fees|Hidden fees]\n[{A.full}|{A.hb}|{A.first}] · {date}\n{brand} [charged|took] {amt} ({pct} fee??) [when|to] [sending|send] money to [my|] [mum|mom|family] in {city}. [the app|it] [also|] [shows|displays] [my|the] [full|entire] IBAN {iban} on the home screen [with no|without] [pin|password]. [not safe|fix it]",
    "fr": "★★☆☆☆ Frais cachés\n{A.full} · {date}\n{brand} m'a pris {amt} ({pct}) pour un virement. et l'appli affiche mon IBAN {iban} en clair sur l'écran d'accueil. [pas sérieux|à corriger]",
    "tr": "★★☆☆☆ [gizli masraf|kesinti var]\n{A.full} · {date}\n{brand} {amt} kesti ({pct}) üstelik ana ekranda IBAN {iban} açık açık görünüyor şifre yok. düzeltin",
})
T("app_review", {
    "en": "[★☆☆☆☆|1 star] [Driver|Delivery|Rider] [never came|was rude]\n{A.fi} · {date}\n[order|Order] {order} [for|to] {addr}. [driver|rider] [named|called] {B.first} [called me from|kept calling from] {phone} [and|then] [cancelled|canceled] [lol|smh]. [{brand} refund pls|{bh} refund please]",
    "tl": "★☆☆☆☆ [Di dumating|Hindi dumating] rider\n{A.first} · {date}\norder {order} sa {addr}. si rider {B.first} tumawag from {phone} tapos cancel [agad|bigla] {e} {bh} refund po",
})
# --- 8 maps_review ----------------------------------------------------------------------------------------
T("maps_review", {
    "en": "{A.full}\n[Local Guide · {n} reviews|{n} reviews · {k} photos]\n★★★★★ {date}\n[best|Best] [bakery|taco spot|barber|tailor] in {hood} [hands down|no cap]. [ask for|tell] {B.first} [I|{A.first}] [sent you|sent u]. [its|it's] the [little|tiny] [place|shop] [next to|behind] the [laundromat|pharmacy] at {addr}",
    "es": "{A.full}\nLocal Guide · {n} reseñas\n★★★★★ {date}\n[las mejores tortas|los mejores tacos|las mejores empanadas] de {hood}. pregunten por [doña|don] {B.first}, [está|queda] en {addr} junto a la farmacia",
    "pt": "{A.full}\n{n} avaliações\n★★★★★ {date}\n[melhor pão de queijo|o melhor açaí] da {hood}! [falem com|procurem] a {B.first}, fica na {addr} do lado da farmácia",
})
T("maps_review", {
    "en": "{A.full}\n★☆☆☆☆ {date}\n[owner|manager] {B.full} [yelled at|was rude to] my [elderly|] [mom|dad] [and|&] [then|] [told us|said] to [go back|leave]. [we|We] [live|are] [down the road|around the corner] at {addr} [and|&] [will never|wont] [come back|return].\n[Response from the owner|response from the owner]: [sorry|we apologise] {A.first}, [please|pls] [call|contact] {role} or {land}",
    "it": "{A.full}\n★☆☆☆☆ {date}\nil titolare {B.full} ha trattato malissimo mia madre. abitiamo in {addr}, non torneremo.\nRisposta del proprietario: ci scusiamo {A.first}, chiamate il {land}",
})
T("maps_review", {
    "en": "{A.full} · [{n} reviews|Local Guide]\n★★★★☆ {date}\n[stayed|sheltered] here during [the evacuation|{storm}]. [the host|host] {B.first} [let us|let] [bring|keep] [the dog|our dogs]. room {k} [is|was] [a bit|little] [noisy|cold]. [address|entrance] [is actually|is] {addr} [not|NOT] what [google|the map] says {e}",
    "ja": "{A.full}\n★★★★☆ {date}\n[避難中|台風のとき]に泊まりました。オーナーの{B.t}が[犬も|ペットも]OKしてくれて助かりました。[入口は|住所は]{addr}です（地図と違う）{e}",
})
T("maps_review", {
    "en": "{A.full}\n★★★★★ [a year ago|{n} months ago]\n[rented|booked] [the|a] [hall|venue] [for|] [our|my] [wedding|daughter's quinceañera|son's christening] [and|&] {B} [and|&] {C} [were|are] [amazing|so helpful]. [contact|call] {B.first} [directly|] {phone} [cheaper|better] [than|vs] [the website|booking online] {url}",
    "id": "{A.full}\n★★★★★ {n} bulan lalu\n[sewa gedung|sewa tempat] [buat|untuk] [nikahan|resepsi] kami, {B} dan {C} [ramah banget|sangat membantu]. [hubungi|langsung wa] {B.first} {phone} lebih murah",
})
# --- 9 local_news -----------------------------------------------------------------------------------------
T("local_news", {
    "en": "[{city} Herald|The {city} Gazette|{city} Local] — [Residents evacuated|Family rescued] [after|as] {storm} [hits|batters] {hood}\nBy {journo} · {date}\n{A.full}, {age}, [said|told the Herald] {A.he} [woke|awoke] to water [pouring|rushing] into [{A.his}|the] [ground-floor flat|home] at {addr} [at around|around] {time}. \"[we|We] [lost|have lost] everything,\" [said|added] {A.sur}. [Neighbour|A neighbour] {B.full} [helped|pulled] {A.him} [out|to safety]. [Officials|{pub}] [said|estimate] {pct} of homes [lost power|were affected].",
    "es": "[El Diario de {city}|Noticias {city}] — Familia rescatada tras [lluvias|inundaciones] en {hood}\nPor {journo} · {date}\n{A.full}, de {age} años, [relató|contó] que el agua entró a su casa en {addr} [a eso de|cerca de] las {time}. \"[Perdimos todo|Lo perdimos todo]\", dijo. Su vecino {B.full} [la ayudó|lo ayudó] a salir. [Autoridades|{pub}] [reportan|informan] {pct} de viviendas afectadas.",
    "de": "[Lokalzeitung {city}|Rundschau {city}] — Familie nach Hochwasser gerettet\nVon {journo} · {date}\n{A.full} ({age}) wurde gegen {time} vom Wasser in der Wohnung in der {addr} überrascht. Nachbar {B.full} half heraus. Laut {pub} sind {pct} der Haushalte betroffen.",
})
T("local_news", {
    "en": "[BREAKING|UPDATE]: [Police|Officials] [identify|name] [man|woman|driver] [killed|injured] in [{hood} crash|flash flooding]\n{date} · {journo}\n[The victim|The driver] [has been identified as|was named as] {A.full}, {age}, of [the {n}00 block of {st}|{addr}]. [Family members|Relatives] [including|incl.] [a brother|a sister|a son] {B.first} [asked|have asked] for privacy. [a fundraiser|A fundraiser] [has raised|raised] {amt} {url}",
    "pt": "[URGENTE|ATUALIZAÇÃO]: [polícia identifica|identificada] vítima de [deslizamento|enchente] em {hood}\n{date} · {journo}\nA vítima foi identificada como {A.full}, {age} anos, moradora da {addr}. [O irmão|A filha] {B.first} pediu privacidade. vaquinha [já arrecadou|arrecadou] {amt} {url}",
})
T("local_news", {
    "en": "[{city} Local|Community news] · [Good news|Heartwarming]\n[{age}-year-old|Teen] {A.full} [raised|has raised] {amt} [for|towards] [flood|fire] [victims|families] [by selling|selling] [lemonade|cookies|bracelets] [outside|in front of] the [family|] home on {st}. [\"I just wanted to help,\" said {A.first}.|{A.first} said {A.he} just wanted to help.] {B.w:Mum/Dad} {B.full} [said|says] [donations|more donations] [can be dropped off|are welcome] at {addr}.",
    "fr": "[{city} Info|Le Courrier de {city}] · Solidarité\n{A.full}, {age} ans, a récolté {amt} pour les sinistrés en vendant des [gâteaux|bracelets] devant chez [elle|lui], {st}. {B.w:Sa mère/Son père} {B.full} précise que les dons peuvent être déposés au {addr}.",
})
T("local_news", {
    "en": "[Court report|Courts]: [{city} man|{city} woman|Local landlord] [fined|charged] over [price gouging|illegal eviction]\n{journo} · {date}\n{A.full}, {age}, of {addr}, [was fined|pleaded guilty and was ordered to pay] {amt}. [Tenant|Former tenant] {B.full} [told the court|said] {B.he} [had been|was] [locked out|evicted] [during|after] [the flood|{storm}]. Sentencing [was set for|is due] {date}.",
    "el": "[Ειδήσεις {city}|Τοπικά νέα]\nΠρόστιμο {amt} επιβλήθηκε σε [ιδιοκτήτη|κάτοικο], {A.full}, {age} ετών, από την {addr}, για [αισχροκέρδεια|παράνομη έξωση]. {B.w:Η ενοικιάστρια/Ο ενοικιαστής} {B.full} [κατήγγειλε|είπε] ότι [έμεινε|βρέθηκε] στο δρόμο μετά [τις πλημμύρες|την καταιγίδα].",
})
# --- 10 news_comments -------------------------------------------------------------------------------------
T("news_comments", {
    "en": "[Comments ({n})|{n} comments]\n{A.hb}: [i|I] [know|went to school with] {B.first} [from|in] [the article|this], [she|he] [lived|lives] [right|just] [above|below|next to] us at {addr} [before|till] the [flood|fire]. [sending love|praying] {e}\n{C.hb}: [journalism|posting the address] [is|was] [unnecessary|not ok] [imo|tbh]",
    "it": "Commenti ({n})\n{A.hb}: conosco {B.first}, abitava [sopra di noi|accanto a noi] in {addr} prima dell'alluvione {e}\n{C.hb}: [non serviva|era necessario] mettere l'indirizzo?",
})
T("news_comments", {
    "en": "{A.fi} [says|wrote]:\n[i|I] [was|am] the [nurse|paramedic|volunteer] [who|that] [helped|treated] {B.full} [that night|at the scene]. [for the record|to clarify] [the article|reporter] [got|has] the [address|street] wrong, [it was|it's] {addr}. [anyone|Anyone] [from the family|who knows them] [can|may] [reach me|call] {phone}",
    "es": "{A.first} dijo:\nyo fui [la enfermera|el paramédico] que atendió a {B.full} esa noche. la nota tiene mal la dirección, era {addr}. la familia me puede [escribir|llamar] al {phone}",
})
T("news_comments", {
    "en": ["{A.hb} · {n} likes\n[this is|typical] {pub} [doing|saying] nothing [again|as usual]. [meanwhile|while] [my|our] [street|block] [({st})|] [has had|had] no power for {n} days. [my|My] [neighbor|neighbour] {B.t} [is on oxygen|on oxygen] at {addr} [and|&] [nobody|no one] [from|at] [the city|{pubh}] [answers|answered] {e}", "[Comments ({n})|{n} comments]\n[so|So] {pub} [shows up|turns up] [for a photo op|for the cameras] [and|&] [leaves|left] [after|in] {n} [mins|minutes] [typical|classic] {e}\n[and|&] {brand} [still|] [charging|charged] [late fees|fees] [during|in] [the outage|a disaster] [lol|smh]"],
    "tr": "{A.hb} · {n} beğeni\n{pub} yine bir şey yapmıyor. {n} gündür elektrik yok. komşumuz {B.t} oksijen cihazına bağlı, adres {addr} kimse [gelmedi|ilgilenmedi] {e}",
})
T("news_comments", {
    "en": "{A.hb} replied to {C.hb}\n[lol|lmao] [imagine|you're] [defending|blaming] {brand} [here|rn]. [my|our] [dad|mum] [had|has had] [a|an] {brand} [account|card] [since|for] [forever|20 yrs] [and|&] [they|] [still|] [sent|mailed] the [card|pin] to [our|the] old [house|place] [at|on] {addr}. [sorry|Sorry] but no {e}",
    "ar": "{A.hb} [ردًا على|رد على] {C.hb}\n[تدافع|بتدافع] عن {brand}؟ [أبوي|والدي] {B.first} [عنده حساب|حسابه] من سنين وبعتوا الكرت لبيتنا القديم في {addr} {e}",
})
# --- 11 forum_thread --------------------------------------------------------------------------------------
T("forum_thread", {
    "en": ["Re: [{brand} outage megathread|Power cut thread] [(page {n})|]\n#{n} · {A.hb} · {date} {time}\n[anyone in|Anyone near] {hood}? [we've|we have] [got|a] [generator|gas stove] [and|&] [space|a spare room] at {addr} [for|to] [charge phones|anyone who needs it]. [ring|call] {phone} [ask for|its] {A.first}", "Re: [{brand} outage megathread|Power cut thread] (page {n})\n#{n} · {date} {time}\n[official|Official] [update|status]: [restoration|fix] [expected|ETA] {time}, {pct} of [customers|users] [back online|restored]. [status page|see] {url}. [stop|pls stop] [calling|ringing] [them|the hotline] [lol|]"],
    "de": "Re: [{brand} Störung Sammelthread|Stromausfall {city}]\n#{n} · {A.hb} · {date}\nwer in {hood}? wir haben [Notstrom|ein Aggregat] in der {addr}, Handys laden kein Problem. [Tel|Handy] {phone}, einfach nach {A.first} fragen",
    "ru": "Re: [отключение света|нет воды] в {city}\n#{n} · {A.hb} · {date}\nкто рядом? у нас [есть генератор|можно зарядить телефоны] по адресу {addr}, звоните {phone}, спросить {A.first}",
})
T("forum_thread", {
    "en": "[Thread|Topic]: [Is|is] this [a scam|legit]? [SMS|Text|sms] from \"{bank}\"\n{A.hb} wrote:\n[got this|Got this] [today|this morning]: \"[your|Your] {bank} [account|acct] [is|has been] suspended. [call|Call] {phone} [or|] [verify|confirm] at {url}\"\n[obviously|clearly] [not|fake]. [they|it] [even|] [had|used] my [name|full name] {A.full} {e}",
    "vi": "[Chủ đề|Hỏi]: tin nhắn này [lừa đảo|scam] [đúng không|phải không]?\n{A.hb} viết:\n\"Tài khoản {bank} của quý khách bị khóa, gọi {phone} hoặc vào {url}\"\n[họ|nó] [còn|] biết [tên|cả tên] {A.full} {e}",
})
T("forum_thread", {
    "en": "{A.hb} [posted|wrote] · {date}\n[selling|Selling] [my|] [old|] [router|PC] [and|&] [realised|noticed] [my|the] [old|] [IP|public IP] ({ip}) [was|is] [still|] [whitelisted|on the allowlist] [on|at] [work|{brand}] [vpn|VPN]. [is|Is] that [a problem|bad]? [also|] [my|] [ipv6|IPv6] [is|was] {ipsix}",
    "pl": "{A.hb} · {date}\nsprzedaję stary router, a w panelu nadal widać moje IP {ip} i {ipsix}. czy to problem? {e}",
})
T("forum_thread", {
    "en": "[Re|RE]: [Volunteer|Volunteers] [needed|wanted] [for|at] [sandbagging|the shelter]\n[quote|Quote] ({B.hb}): \"[we|We] need [people|hands] at {addr} [from|after] {time}\"\n[count me in|I'm in]. [bringing|I'll bring] my [{C.w:sister/brother}|{C.w:daughter/son}] {C.first} [and|+] [a|our] [truck|ute|van]. [my|] [mobile|cell|number] {phone}. [–|--] {A.first}",
    "nl": "Re: vrijwilligers gezocht [voor zandzakken|bij de opvang]\n{B.hb} schreef: \"we hebben mensen nodig op {addr} vanaf {time}\"\nik kom, neem [mijn broer|mijn zoon] {C.first} mee. [mijn nummer|bel] {phone} - {A.first}",
})
# --- 12 petition ------------------------------------------------------------------------------------------
T("petition", {
    "en": "[PETITION|Petition]: [Stop|Reverse] {brand} [closing|shutting] the {hood} [branch|office]\n[started by|Started by] {A.full} · {n},{n}00 signatures\n[this branch|The branch] [on|at] {st} [is|was] the only one [for|serving] [seniors|the elderly]. [my|My] [{B.w:grandmother/grandfather}|neighbour] {B} [walks|walked] [there|in] [every week|every friday]. [contact|Questions:] {A.email} {url}",
    "es": "PETICIÓN: que {brand} no cierre la sucursal de {hood}\nIniciada por {A.full} · {n}.{n}00 firmas\nes la única para los adultos mayores. mi {B.w:abuela/abuelo} {B} va cada semana. contacto {A.email} {url}",
})
T("petition", {
    "en": "{url}\n[Justice for|JUSTICE FOR] {A.full} [💔|🕯️]\n[On|on] {date} {A.first} [was hit|was struck] [by a|by an] [unmarked|speeding] [truck|car] [outside|in front of] [the family|their] home at {addr}. [we|We] [demand|are asking for] [a|] [crosswalk|speed bumps] [now|today]. [sign|Sign] [and|&] share #JusticeFor{A.camel} {tag}",
    "pt": "{url}\nJustiça por {A.full} 💔\nno dia {date} foi atropelad[a|o] em frente de casa, na {addr}. [queremos|exigimos] faixa de pedestre já. assinem e compartilhem #JustiçaPor{A.camel}",
    "tr": "{url}\n{A.full} için adalet 💔\n{date} günü evinin önünde, {addr} adresinde [kamyonun|aracın] çarptığı {A.first} için yaya geçidi istiyoruz. imzala paylaş #{A.camel}İçinAdalet",
})
T("petition", {
    "en": "[Petition update|Update] #{k} from {A.full}\n[we|We] [hit|passed] {n},000 [signatures|sigs]! [thank you|thanks] [to|] {B}, {C} [and|&] {D} [for|] [knocking doors|collecting signatures] [on|along] {st}. [council meeting|hearing] {date} {time} [at|@] the [town hall|library]. [questions|contact]: {phone}",
    "fr": "Mise à jour de la pétition par {A.full}\n{n} 000 signatures ! merci à {B}, {C} et {D} pour le porte-à-porte {st}. conseil municipal le {date} à {time}. contact {phone}",
})
T("petition", {
    "en": "[Sign the petition|Petition]: Stop the eviction of {A.full} and {A.his} {k} kids\n[the|The] [landlord|owner] [wants|is trying] to [evict|kick out] the family from {addr} [after|since] the [flood|earthquake]. [contact|DM] {B.h} [or|/] {B.email} [for|to] [help|donate]",
    "ar": "وقّعوا العريضة: أوقفوا طرد [عائلة|أسرة] {A.full}\nالمالك يريد إخراجهم من {addr} بعد [الزلزال|الفيضانات]. للتواصل {B.h} أو {phone}",
})
# --- 13 fundraiser ----------------------------------------------------------------------------------------
T("fundraiser", {
    "en": "[gofundme|GoFundMe|GFM] · {gfm}\n[Help|Help the] {A.sur} [family|Family] [rebuild|recover] after {storm}\n[organised|Organized] by {B.full}\n[on|On] {date} the [fire|flood|storm] [destroyed|took] [their|the] home at {addr}. {A.full} [and|&] the {k} kids [are|r] [staying|sleeping] [with|at] [us|a relative's]. [every|Every] [dollar|bit] [helps|counts]. [Zelle|Venmo|CashApp|{pay}]: {phone} {e}",
    "es": "Vaki · {url}\nAyuda a la familia {A.sur} tras [el huracán|las inundaciones]\nOrganizado por {B.full}\nel {date} perdieron su casa en {addr}. {A.full} y sus {k} hijos [están|se quedan] con nosotros. [transferencia|Nequi] {phone} {e}",
    "tr": "📣 [destek|yardım] [kampanyası|çağrısı] · {url}\n[depremzede|depremde evini kaybeden] {A.full} ailesi için\nevleri {addr} [tamamen yıkıldı|yıkıldı]. [IBAN|iban]: {iban} (alıcı: {B.full}) {e} #deprem",
})
T("fundraiser", {
    "en": "[please share|PLEASE SHARE] 🙏\n[my|My] [cousin|friend|coworker] {A} [lost|lost everything in] the [fire|flood] [on|in] {hood}. [needs|they need] [a|] [laptop|uniforms|baby stuff] [for|] [school|work]. [drop off|dropoff] [at|@] {addr} [after|from] {time} [or|] [etransfer|e-transfer|{pay}] {B.email} {e}",
    "de": "bitte teilen 🙏\n{A.w:meine Kollegin/mein Kollege} {A} hat beim Hochwasser alles verloren. Spenden bitte an IBAN {iban} ({B.full}) [oder|] Sachspenden bei uns in der {addr} abgeben {e}",
    "it": "condividete 🙏\n{A.w:la mia amica/il mio amico} {A} ha perso tutto nell'alluvione. IBAN {iban} intestato a {B.full}, oppure portate [vestiti|roba] in {addr} {e}",
})
T("fundraiser", {
    "en": "[{n}% funded|{amt} raised of {amt2}] · {url}\n[update from|Update from] {A.full}:\n[dad|Dad] [is|is finally] out of [surgery|ICU] {e} [huge|massive] thanks to {B}, {C} [and|&] [everyone at|the whole] [church|mosque|gurdwara]. the [hospital|surgeon] [bill|bills] [are|is] [still|] {amt}. [mpesa|M-Pesa|send to|{pay}] {phone} [acc|account] name {A.upper}",
    "sw": "[Mchango|Harambee] · {url}\n[taarifa|update] kutoka kwa {A.full}:\nbaba [ametoka|ametolewa] ICU {e} asanteni {B}, {C} na [kanisa|msikiti] [lote|]. bili [bado|ni] {amt}. M-Pesa {phone} jina {A.upper}",
    "hl": "[fundraiser|donation] · {url}\n[update|Update] by {A.full}:\npapa ka [operation|surgery] ho gaya {e} thank you {B}, {C} aur sab [gurdwara|mandir] wale. [abhi bhi|still] {amt} baaki hai. [GPay|PhonePe|UPI] {phone}",
})
T("fundraiser", {
    "en": "[🙏|⚠️] [we're|We are] [raising|collecting] [funds|money] [for|to help] {A.t}, [our|the] [school|village] [cook|guard|teacher], [whose|whose whole] [house|home] [collapsed|was destroyed] [in|during] the [earthquake|quake] [at|—] {addr}\n[bank|Bank]: {bank}\n[IBAN|iban]: {iban}\n[ref|Ref|reference]: {ref}\n[thank you|thx] [from|—] {B.first} [and|&] [class {k}B|the PTA]",
    "fr": "🙏 cagnotte pour {A.t}, [le gardien|la cuisinière] de l'école, maison effondrée [au|à] {addr} après le séisme\nIBAN : {iban}\nréf : {ref}\nmerci de la part de {B.first} et des parents d'élèves",
    "el": "🙏 συγκεντρώνουμε χρήματα για {A.t}, το σπίτι στην {addr} καταστράφηκε [από τον σεισμό|από τις πλημμύρες]\nIBAN: {iban}\nευχαριστούμε, {B.first}",
})
# --- 14 lost_found ----------------------------------------------------------------------------------------
T("lost_found", {
    "en_US": ["[FOUND|Found] [wallet|purse] [on|near] the {nbus} [bus|train] [this morning|today] [around|at] {time}\n[inside|has] [a|the] [{dlst} DL|drivers license] [for|belonging to] {A.full}, [and|+] a {brand} card. [address on|addr on] [the|] license [is|says] {addr}. [dl|DL] [#|no] {dl}. [if|If] [you know|u know] [them|this person] [pls|please] [share|tag]. [not|NOT] [posting|sharing] the pic for [obvious|privacy] reasons {e}",
              "[found|FOUND] [a|] [wallet|card holder] [at|outside] the [gas station|laundromat|shelter] on {st} {e} [has|contains] [a|] [social security card|SS card] [for|of] {A.full} ({ssn}) [and|&] [a|] [{dlst} license|license] {dl}. [dropped it|turned it in] [at|to] [the front desk|{pubh}] [ref|case] {ref}"],
})
T("lost_found", {
    "en": "[Lost|LOST] [phone|iPhone|samsung] [at|near] {hood} [station|market|stadium] [last night|yesterday] {e} [lock screen|wallpaper] [has|is] [a pic of|me and] my [kids|dog]. [if found|if you find it] [pls|please] [call|text] my [{B.w:sister/brother}|{B.w:wife/husband}] {B} [on|at] {phone} [reward|REWARD] {amt}",
    "es": "[se perdió|perdí] [mi celular|un celular] en {hood} [ayer|anoche] {e} [si lo encuentran|si alguien lo encontró] [favor de|por favor] [llamar|marcar] a mi [{B.w:hermana/hermano}|{B.w:esposa/esposo}] {B} al {phone} [hay recompensa|recompensa] {amt}",
    "ko": "[분실물|폰 잃어버렸어요] {hood} 근처에서 [어제|오늘] {e} 찾으신 분 [제 동생|남편] {B}한테 {phone}로 연락 부탁드려요 사례금 {amt}",
    "zh": "【寻物启事】昨天在{hood}[地铁站|附近]丢了[手机|钱包] {e} 捡到请联系[我姐|我老公]{B} {phone} 必有酬谢 {amt}",
})
T("lost_found", {
    "en": "[found|FOUND] [a|] [kid's|child's] [backpack|school bag] [after|at] the [evacuation|shelter] [at|in] {hood} [gym|school]. [name tag|tag] [says|inside says] {A.full}, [class|grade] {k}[A|B|C], [and|&] [an|a] [emergency|parent] [contact card|card]: {B.full} {phone}. [called|tried calling] [no answer|twice]. [pls|please] share {e}",
    "id": "[ditemukan|nemu] tas sekolah anak [di|dekat] [posko|pengungsian] {hood}. [ada|tertulis] nama {A.full} kelas {k}, [kontak ortu|kartu darurat] {B.full} {phone}. [udah|sudah] ditelpon [gak|tidak] diangkat, tolong share {e}",
})
T("lost_found", {
    "en": "[LOST|Lost] [cat|CAT|dog] [📢|🐾] [name|named] {petname}\n[missing since|last seen] {date} [from|near] {addr}\n[microchipped|chipped], [shy|friendly], [has a|wearing a] [bell|collar]\n[call|text|ring] {A.first} {phone} [or|/] {B.first} {phone2}",
    "fr": "[PERDU|perdu] [chat|chien] 🐾 {petname}\n[disparu depuis|vu pour la dernière fois] le {date} [vers|près du] {addr}\n[pucé|tatoué], [craintif|gentil]\nappeler {A.first} au {phone} ou {B.first} au {phone2}",
    "ja": "【迷い猫】{petname}を探しています🐾\n{date}から{addr}付近でいなくなりました\n見かけた方は{A.t}（{phone}）までご連絡ください",
})
# --- 15 missing_person ------------------------------------------------------------------------------------
T("missing_person", {
    "en": "[MISSING|🚨 MISSING 🚨|missing person]\n#Find{A.camel} {tag}\n{A.full}, {age}, [last seen|was last seen] [on|] {date} [around|at] {time} [near|outside] {addr} [wearing|in] [a|] [red|black|yellow] [hoodie|jacket|abaya|school uniform]. [if seen|if you see {A.him}] call {phone} [or|] {pubh}. [please|pls] [share|RT|boost]",
    "es": "🚨 [SE BUSCA|¡AYÚDANOS A ENCONTRAR!|DESAPARECID@]\n#Buscamos{A.camel}\n{A.full}, {age} años, visto por última vez el {date} cerca de {addr} [con|vestía] [sudadera roja|chamarra negra|uniforme escolar]. informes al {phone}. [comparte|difunde]",
    "tl": "[MISSING|NAWAWALA] 🙏\n{A.full}, {age}, huling nakita noong {date} sa {addr}, suot [pulang t-shirt|itim na jacket]. kung may [nakakita|alam] pls [text|tawag] {phone} kay {B.t}. [pa-share po|please share]",
    "ur": "[گمشدہ|لاپتہ] 🙏\n{A.full}، عمر {age} سال، آخری بار {date} کو {addr} کے قریب دیکھا گیا۔ اطلاع دیں: {phone}",
    "fa": "[گمشده|مفقود] 🙏\n{A.full}، {age} ساله، آخرین بار {date} در {addr} دیده شده. هر کس خبری دارد با {phone} تماس بگیرد",
})
T("missing_person", {
    "en": "[UPDATE|update]: {A.first} [has been found|is home|was found] [safe|alive] {e} [thank you|thanks] [to|] [everyone|all] [who shared|who helped]. [special thanks|shoutout] to {B}, {C} [and|&] the {hood} [mosque|church|volunteers] [for|] [searching|organising]. [please|pls] [delete|remove] the [number|phone number] ({phone}) from [your posts|reposts] [now|]",
    "pt": "[ATUALIZAÇÃO|atualizando]: {A.first} [foi encontrad@|apareceu] bem {e} obrigad@ a todos! agradecimento especial a {B}, {C} e [à igreja|aos vizinhos]. por favor apaguem o número ({phone}) dos [posts|compartilhamentos]",
    "ru": "ОБНОВЛЕНИЕ: {A.first} [нашлась|нашёлся|найден(а)] {e} спасибо всем! отдельное спасибо [волонтёрам|всем]: {B}, {C}. пожалуйста удалите номер {phone} из репостов",
})
T("missing_person", {
    "en": "{pubh} [pls|please] [help|RT]!!\n[my|My] [{A.w:mom/dad}|{A.w:grandma/grandpa}|{A.w:sister/brother}] {A.full} ({age}) [who has|with] [dementia|alzheimers|autism] [walked off|left home|wandered off] [from|] {addr} [this morning|tonight] [around|at] {time}. [only|] [speaks|understands] [{langname}|little english]. [call|text] {phone} {e}",
    "hi": "{pubh} कृपया मदद करें!!\n{A.w:मेरी माँ/मेरे पिताजी} {A.full} ({age}) [आज सुबह|कल रात] {addr} से [लापता|गायब] हैं। [याददाश्त कमजोर है|बीमार हैं]। [संपर्क करें|कॉल करें] {phone} 🙏",
    "bn": "{pubh} [সাহায্য করুন|প্লিজ শেয়ার করুন]!!\nআমার {A.w:মা/বাবা} {A.full} ({age}) আজ সকালে {addr} থেকে নিখোঁজ। যোগাযোগ {phone} 🙏",
})
T("missing_person", {
    "en": "[have you seen|HAVE YOU SEEN] {A.upper}?\n[{age}yo|age {age}], [5'4|5ft 2|160cm], [last seen|{A.he} was seen] [getting into|getting off] [a|] [grey|white] [van|bus] [on|at] {st} [by|near] the [mall|market]\n[family contact|contact]: {B.t} {phone} / {B.email}\n[case|police ref|report] [#|no.] {ref} #Missing{A.camel}",
    "sw": "[je umemwona|umemuona] {A.upper}?\numri miaka {age}, alionekana mara ya mwisho [akiingia|akishuka] [matatu|daladala] [kwenye|eneo la] {st}\nmawasiliano: {B.t} {phone}\nOB [no.|namba] {ref}",
    "am": "[ጠፍቷል|የጠፋ ሰው] 🙏\n{A.full} ዕድሜ {age} [ለመጨረሻ ጊዜ|] {addr} አካባቢ ታይቷል። ያገኘ {phone} ይደውሉ",
})
# --- 16 marketplace ---------------------------------------------------------------------------------------
T("marketplace", {
    "en": "[FS|For sale|Selling]: [washer|fridge|crib|sofa|generator] [{amt}|{amt} obo] [firm|]\n[pick up|pickup|collection] [only|] [at|from] {addr} [after|after] {time}\n[text|txt|msg] {phone} [no lowballers|no holds|cash only|{pay} ok] [pls|]",
    "es": "[VENDO|vendo] [refri|lavadora|cuna|sala] {amt} [a tratar|poco uso]\n[recoger|se entrega] en {addr} [después de las|desde las] {time}\n[whats|wsp|cel] {phone} [solo interesados|no apartados]",
    "pt": "[VENDO|vendo] [geladeira|fogão|berço|sofá] {amt} [negociável|aceito pix]\nretirar na {addr} [após|depois das] {time}\nzap {phone}",
    "ms": "[jual|JUAL] [peti ais|mesin basuh|katil bayi] {amt} [nego|boleh runding]\n[self pickup|ambil sendiri] di {addr}\nWhatsApp {phone} [je|sahaja]",
})
T("marketplace", {
    "en": "[listing|Listing] · {amt} · [Listed|listed] {n} [hours|days] ago in {city}\n[iPhone|PS5|bike|stroller] [like new|barely used]\n[seller|Seller]: {A.full} ({A.hb})\n[meet at|Meet at] the {brand} [branch|store] [on|at] {st} [or|/] [my place|come to] {addr}\n[payment|pay] [via|by] [cash|bank transfer|{pay}]",
    "ar": "[للبيع|للبيع مستعمل] [ثلاجة|غسالة|سرير أطفال] {amt}\nالبائع {A.full}\nالاستلام من {addr}\nواتساب فقط {phone}",
    "ru": "[Продаю|продам] [холодильник|коляску|велосипед] {amt}\nпродавец {A.full}\nсамовывоз {addr}\nзвонить {phone} [после {time}|]",
})
T("marketplace", {
    "en": ["[WTB|ISO|looking for] [a|] [generator|space heater|pump|inflatable boat] [asap|ASAP|urgently] [after|cos of] the [flood|storm|outage]\n[can|will] [pay|pay up to] {amt} [cash|]\n[I'm|im] [at|on] {addr} [or|] [can meet|meet] [at|] the {hood} [market|station]\n[text|txt] {A.first} {phone}", "[PSA|psa] [in|for] [this group|{city} Buy Swap Sell]: [price gouging|selling water] [at|for] {amt} [a|per] [case|bottle] [after|during] {storm} [is|=] [getting|will get] [you|u] [banned|removed]. [report|Report] [listings|posts] [to|@] {pubh} {e}"],
    "th": "[ตามหา|หาซื้อ] [ปั๊มน้ำ|เครื่องปั่นไฟ|เรือยาง] [ด่วน|ด่วนมาก] [หลังน้ำท่วม|]\nให้ {amt}\n[อยู่|บ้านอยู่] {addr}\nโทร {A.first} {phone}",
    "vi": "[cần mua|tìm mua] [máy bơm|máy phát điện|xuồng] [gấp|gấp lắm] sau lũ\n[trả|giá] {amt}\nđịa chỉ {addr}\nzalo {A.first} {phone}",
})
T("marketplace", {
    "en": "[free|FREE] [to a good home|stuff|clothes] [after|from] [clearing out|moving] [mum's|grandma's|nan's] [place|flat] {e}\n[all|everything] [must go|must go by {date}]\n[come to|pick up at] {addr} [ring the bell|buzz {k}] [and|&] [ask for|say] {A.first}\n[or|] [email|e-mail] {A.email}",
    "de": "[zu verschenken|gratis] 🆓 nach Wohnungsauflösung [von Oma|meiner Mutter]\nabholen [bis|] {date} in der {addr}, bei {A.sur} klingeln\noder Mail an {A.email}",
    "nl": "gratis af te halen na [ontruiming|verhuizing] van [oma's|mijn moeders] huis\nophalen {addr}, bellen bij {A.sur}\nof mail {A.email}",
})
# --- 17 rental_ad -----------------------------------------------------------------------------------------
T("rental_ad", {
    "en": "[ROOM FOR RENT|room available|Room to let] [in|at] {hood}\n{amt}/[mo|month|pcm] [bills incl|+ bills|all incl]\n[female only|no pets|students welcome|couples ok]\n[address|addr|location]: {addr}\n[viewing|viewings] [this|] [weekend|sat] [call|text] {A.first} {phone} [no agents|agents pls dont]",
    "es": "SE RENTA [cuarto|depa|recámara] en {hood}\n{amt} al mes [con servicios|sin servicios]\n[solo mujeres|sin mascotas|estudiantes]\n[dirección|ubicación]: {addr}\n[informes|info] con {A.t} {phone}",
    "hl": "[PG|room] available {hood} mein\n{amt}/month [khana included|with food]\n[only girls|bachelors allowed|family only]\naddress: {addr}\n[call|contact] {A.t} {phone}",
    "zh": "[出租|招租]：{hood}[单间|两室一厅]\n月租{amt}[，押一付三|]\n地址：{addr}\n[联系|电话]{A.t} {phone}",
})
T("rental_ad", {
    "en": "[⚠️ scam alert|beware]: [someone|a guy] [using|calling himself] {A.full} [is|was] [advertising|posting] [my|our] flat at {addr} [on|in] [marketplace|the group] [for|at] {amt}/[month|mo]. [it's|its] NOT [for rent|available]. [he|they] [asks|ask] for [a deposit|deposits] to IBAN {iban}. [real owner|owner] here: {B.first}",
    "de": "⚠️ Betrugswarnung: [jemand namens|ein gewisser] {A.full} [inseriert|bietet] unsere Wohnung {addr} für {amt} an. die Kaution soll auf IBAN {iban} gehen – NICHT überweisen! {B.first} (Eigentümerin)",
    "es": "⚠️ [OJO|cuidado] estafa: [un tal|alguien que se hace llamar] {A.full} está [rentando|anunciando] nuestro depa en {addr} por {amt}. pide depósito a la cuenta {iban} [NO depositen|no caigan]. {B.first}",
})
T("rental_ad", {
    "en": "[looking for|LF|seeking] [a room|housing|temp housing] [after|since] [our|my] [apartment|flat|house] [burned|flooded|was red-tagged] {e}\n[we're|We are] {A.first}, {B.first} [and|&] [baby|our baby] {C.first}, [{k} cats|a small dog|no pets]\n[budget|Budget] {amt}[ ({bank} emergency loan pending)|]\n[refs available|references available] [from|] [our|] [old|previous] landlord {D.t} {phone}",
    "pt": "[procuro|procuramos] [quarto|casa|kitnet] para alugar, perdemos tudo na enchente {e}\nsomos {A.first}, {B.first} e [o bebê|a bebê] {C.first}\norçamento {amt}\nreferência: [antigo proprietário|dona] {D.t} {phone}",
    "ko": "[방 구해요|급하게 방 구합니다] [화재로|침수로] 집을 잃었어요 {e}\n{A.first}, {B.first} 그리고 아기 {C.first}\n예산 {amt}\n[전 집주인|이전 집주인] {D.t} {phone}",
})
T("rental_ad", {
    "en": "[Apartment|Apt|flat] [for rent|to let]: {addr}\n{k} [bed|br], {k} bath, [{amt}/mo|{amt} pcm]\n[available|avail.] {date}\n[landlord|owner|contact]: {A.full} · {A.email} · {phone}\n[no smokers|pets negotiable|section 8 ok|rent via {pay} only]",
    "it": "Affittasi [bilocale|trilocale|monolocale]: {addr}\n{amt}/mese, libero dal {date}\nproprietario {A.full} · {A.email} · {phone}",
    "pl": "Wynajmę [mieszkanie|pokój|kawalerkę]: {addr}\n{amt}/mies., od {date}\nkontakt {A.full} · {A.email} · {phone}",
})
# --- 18 neighbourhood_alert -------------------------------------------------------------------------------
T("neighbourhood_alert", {
    "en": ["[🚨|⚠️] [{hood} neighbours|Neighborhood alert|heads up {hood}]\n[guy|man|someone] [in a|driving a] [white|silver|black] [van|pickup] [going door to door|checking car doors] [on|along] {st} [claiming|saying] [he's|to be] from {brand} [\"checking meters\"|asking for card details]\n[came to|knocked at] {addr} [at|around] {time}. [{brand} says they [don't|do not] send [people|anyone] door to door.|] [ring cam|doorbell cam] [got|caught] [him|it]. [called|reported to] {pubh} [ref|incident #] {ref}", "[🚨|⚠️] [{hood} neighbours|heads up {hood}]\n[boil water|boil-water] [notice|advisory] [until|till] {date}. [water|Water] [point|tanker] [at|by] the [school|mosque|church] [on|off] {st} [from|after] {time}. [pls|please] [check on|look in on] [elderly|older] [neighbours|neighbors] {e}"],
    "fr": "🚨 alerte voisins {hood}\nun homme fait du porte-à-porte en se disant de chez {brand}\nil est passé au {addr} vers {time}. [plainte déposée|signalé à la police] réf {ref}",
    "tr": "⚠️ {hood} komşular dikkat\nkendini {brand} çalışanı olarak tanıtan [bir adam|biri] kapı kapı geziyor\n{addr} adresine saat {time} civarı geldi. [polise bildirdik|ihbar ettik] {ref}",
})
T("neighbourhood_alert", {
    "en": "[Nextdoor|nextdoor] · {hood} · {n}h\n{A.full}: [has anyone|did anyone] [else|] [lose power|lose water|smell gas] [on|around] {st}? [we're|were] at {addr} [and|&] [{brand}|the utility] [says|told us] {n} hrs. [my|] [mom|dad] {B.first} [needs|is on] [a CPAP|oxygen|a dialysis fridge] {e}\n{C.full}: [same|Same] [here|] [at|on] {addr2}, [call|we can share] [our generator|generator] {phone}",
    "ja": "[ご近所掲示板|地域掲示板] · {hood}\n{A.full}: {st}周辺で停電してる方いますか？{addr}ですが復旧まで{n}時間と言われました。母が酸素機器を使っていて…{e}\n{C.full}: うちも{addr2}で停電中です。発電機あるので{phone}に連絡ください",
})
T("neighbourhood_alert", {
    "en": "[PSA|psa] [{hood}|{city}]: the [package thief|porch pirate|car break-in guy] [is back|strikes again]. [hit|got] [our|my] [porch|car] at {addr} [and|&] [{k} other houses|next door] [last night|{date}]. [cam footage|footage] [at|here] {url}. [if|If] [you|u] [recognise|recognize] [him|them] [dm|DM] me or [call|text] {phone} - {A.first}",
    "es": "AVISO vecinos de {hood}: [otra vez|de nuevo] [robaron paquetes|se metieron a los carros] en {addr} y [{k} casas más|la de al lado] anoche. video {url}. si [lo reconocen|reconocen al tipo] [mándenme mensaje|avísenme] al {phone} - {A.first}",
})
T("neighbourhood_alert", {
    "en": "[WhatsApp|Whatsapp] [group|grp]: {hood} [Watch|Security|Residents]\n{phone}: [gate|Gate] [at {addr}|{k}] [is|was] [left|open] [again|AGAIN] {e}\n{A.first}: [that's|thats] the {B.sur} [house|family], [I'll|ill] [talk to|tell] them\n{phone2}: [thanks|ty|👍] {A.nick}",
    "id": "Grup WA Warga RT {k}\n{phone}: [pak|bu] portal depan {addr} [kebuka|terbuka] lagi {e}\n{A.first}: itu rumah {B.t}, nanti saya bilang\n{phone2}: [siap|makasih] {A.nick}",
    "ms": "Group WhatsApp {hood}\n{phone}: pagar rumah {addr} terbuka lagi {e}\n{A.first}: tu rumah {B.t} kot, nanti saya bagitau\n{phone2}: ok terima kasih {A.nick}",
})
# --- 19 rescue_request ------------------------------------------------------------------------------------
T("rescue_request", {
    "en": "[🆘|SOS|URGENT] [family of {k}|{k} people incl {k} kids|elderly couple] [trapped|stuck] [on|in] the [roof|attic|2nd floor] at {addr}\n[water|Water] [rising|up to the ceiling|chest deep] [fast|]\n[call|contact] {A.first} {phone} [battery|phone at] {pct}[, {brand} network keeps dropping|]\n{pubh} {pubh2} [pls|please] [send|send a] [boat|rescue] {tag} #SOS",
    "tr": "[ACİL|acil|ENKAZ ALTINDALAR] 🆘 {addr}\n[enkaz altında|göçük altında] [{k} kişi|ailemiz] var, [sesleri geliyor|ses veriyorlar]\n{A.full} [ve|,] {B.full}\n[ulaşan|iletişim] {phone}\n{pubh} #deprem #AFAD",
    "es": "🆘 [AUXILIO|URGENTE] familia de {k} atrapada en el techo en {addr}\nel agua [sigue subiendo|ya llega al segundo piso]\n[llamar|contacto] a {A.first} {phone}\n{pubh} #SOS {tag}",
    "tl": "🆘 [RESCUE|PA-RESCUE PO] [{k} pamilya|{k} kami incl bata] [nasa bubong|stranded] sa {addr}\n[tumataas|lumalalim] na ang tubig\n[contact|cp] {A.first} {phone}\n{pubh} #RescuePH",
})
T("rescue_request", {
    "en": "[RESCUE REQUEST|rescue needed|NEED RESCUE]\nname: {A.full}\n[age|ages]: {age}[, {age2}|]\n[location|address|loc]: {addr}\n[landmark|near]: {lmk}\n[medical|notes]: [diabetic|pregnant|bedridden|wheelchair user|infant]\n[contact|#]: {phone}\n[posted by|via] [a daughter|a son|a niece] {B.first} [in|from] {city}",
    "hl": "[RESCUE|madad chahiye] 🙏\nnaam: {A.full}\n[umar|age]: {age}\n[pata|address]: {addr}\n[nishani|landmark]: {lmk}\n[rabta|contact]: {phone}\n[post by|bheja] {B.first}",
    "bn": "[উদ্ধার প্রয়োজন|জরুরি উদ্ধার] 🙏\nনাম: {A.full}\nবয়স: {age}\nঠিকানা: {addr}\nযোগাযোগ: {phone}",
    "hi": "[बचाव चाहिए|मदद करें] 🙏\nनाम: {A.full}\nउम्र: {age}\nपता: {addr}\nसंपर्क: {phone}",
})
T("rescue_request", {
    "en": "[wildfire|fire] [evac|evacuation] [help|needed] [🔥|🔥🔥]\n[my|My] [grandparents|elderly neighbours|in-laws] {A} [and|&] {B} [can't|cannot] [drive|get out] [from|at] {addr} [in|—] [zone|Zone] {zone}\n[anyone|anybody] with a [truck|car|trailer] [nearby|near {hood}]? [they|They] [have|got] [2 dogs|a horse|meds]. [I'm|im] [in|stuck in] {city}. [call|text] [their landline|them] {land} [or|] [me|] {phone}",
    "el": "🔥 [βοήθεια|ΕΚΚΕΝΩΣΗ] {hood}\nοι [παππούδες|γείτονες] μου {A} και {B} δεν μπορούν να φύγουν από την {addr}\nόποιος έχει αυτοκίνητο κοντά [ας πάρει|τηλ] {phone}",
    "pt": "🔥 [AJUDA|URGENTE] [incêndio|fogo] [chegando|perto] em {hood}\nmeus [avós|vizinhos idosos] {A} e {B} não conseguem sair da {addr}\nalguém com carro perto? liguem {phone}",
})
T("rescue_request", {
    "en": "[1/{k}|🧵 1/] [compiled|compiling] [list|rescue list] [for|from] {hood} [replies|DMs]:\n- {A.full}, {addr}, {phone}\n- {B.full} [+{k}|and family], {addr2}, {phone2}\n- [unnamed|no name], {addr3}, [no phone|no contact]\n[forwarding|sent] to {pubh} [and|&] [{pubh2}|volunteers]. [pls|please] [don't|dont] [call|spam] [these numbers|them] [unless|if not] [you're|your] [rescue|a rescuer]",
    "id": "[daftar evakuasi|LIST EVAKUASI] warga {hood} [(update {time})|]:\n- {A.full}, {addr}, {phone}\n- {B.full} +{k} [orang|anak], {addr2}, {phone2}\n- tanpa nama, {addr3}\n[sudah|udah] diteruskan ke {pubh}. jangan [ditelpon|spam] kalau bukan tim SAR",
    "zh": "【{hood}求救信息汇总 {time}】\n- {A.full}，{addr}，{phone}\n- {B.full}（{k}人），{addr2}，{phone2}\n- 无名，{addr3}\n已转给{pubh}，非救援人员请勿拨打",
    "fa": "[لیست|فهرست] [درخواست کمک|امداد] {hood}:\n- {A.full}، {addr}، {phone}\n- {B.full} و {k} نفر، {addr2}، {phone2}\nبه {pubh} ارسال شد",
})
# --- 20 volunteer_thread ----------------------------------------------------------------------------------
T("volunteer_thread", {
    "en": "[VOLUNTEERS NEEDED|Volunteer sign-up|signups] [for|at] the {hood} [shelter|food bank|relief center]\n[reply with|drop] [your|ur] name + [number|shift]\n\n{A.fi} - [sat|saturday] [am|morning] - {phone}\n{B.full} [- sun|] - {phone2}\n{C.low} [can|can also] [drive|cook] [{C.email}|]",
    "es": "VOLUNTARIOS para el centro de acopio de {hood}\npongan nombre y horario\n\n{A.first} - sábado mañana - {phone}\n{B.full} - domingo - {phone2}\n{C.low} puedo [manejar|cocinar] {C.email}",
    "fr": "BÉNÉVOLES [recherchés|recherché·e·s] pour [le centre d'accueil|la banque alimentaire] de {hood}\n[répondez avec|mettez] nom + créneau\n\n{A.first} - samedi matin - {phone}\n{B.full} - dimanche - {phone2}\n{C.low} [dispo pour conduire|peut cuisiner] {C.email}",
})
T("volunteer_thread", {
    "en": "[thx|thanks|thank you] [everyone|all] [who|that] [came|showed up] [today|this weekend] [to|and] [clean up|muck out|sandbag] {hood} 💪 [esp|especially] {A}, {B}, {C}, {D} [and|&] {E} [and|+] the [kids|youth group] [from|at] [st. anne's|the mosque]. [same time|again] [next|] [sat|saturday] [meet|meeting] at {addr} [at|@] {time}[. lunch [sponsored|donated] by {brand} 🙏|]",
    "sw": "asanteni [wote|nyote] mliokuja kusafisha {hood} leo 💪 hasa {A}, {B}, {C}, {D} na {E}. tukutane tena jumamosi {addr} saa {time}",
    "ms": "terima kasih semua yang datang [gotong-royong|bersihkan] {hood} [hari ni|hujung minggu ni] 💪 terutama {A}, {B}, {C} dan {D}. [jumpa|kumpul] lagi sabtu di {addr} pukul {time}",
})
T("volunteer_thread", {
    "en": "[Spreadsheet|sheet] [for|of] [drivers|volunteer drivers] [copy-pasted|pasted] [below|here] [bc|since] [google|the link] [is|was] [down|broken]:\nname | area | phone | email\n{A.full} | {hood} | {phone} | {A.email}\n{B.full} | {hood2} | {phone2} | {B.email}\n{C.full} | [any|anywhere] | [-|n/a] | {C.email}",
    "pt": "planilha de motoristas voluntários (o link caiu):\nnome | bairro | telefone | email\n{A.full} | {hood} | {phone} | {A.email}\n{B.full} | {hood2} | {phone2} | {B.email}",
    "de": "Liste Fahrdienst (Link geht nicht):\nName | Ort | Handy | Mail\n{A.full} | {hood} | {phone} | {A.email}\n{B.full} | {hood2} | {phone2} | {B.email}",
})
T("volunteer_thread", {
    "en": "[Signed up|signing up] [to|for] [host|house] [evacuees|displaced families|a family]\n[I|i] [have|got] [a spare room|the basement|a caravan] at {addr}, [can|could] [take|fit] {k} [people|ppl] [+ pets|no pets|]. [please|pls] [coordinate|sort it] [thru|through] {pubh} [or|] my [{B.w:wife/husband}|partner] {B.first} ({B.email}) - {A.full}",
    "uk": "[готові прийняти|можемо прихистити] [переселенців|родину] у себе: {addr}, є [кімната|місце] для {k} людей [з тваринами|]. [зв'язок|пишіть] {phone} або {B.first} ({B.email}) — {A.full}",
    "pl": "[przyjmę|możemy przyjąć] [rodzinę|osoby] z terenów [zalanych|powodziowych]: {addr}, miejsce dla {k} osób. kontakt {phone} albo {B.first} ({B.email}) — {A.full}",
})
# --- 21 screenshot_text -----------------------------------------------------------------------------------
T("screenshot_text", {
    "en": "[transcribing|transcript of] the screenshot [for|bc] [screen readers|the alt text|accessibility]:\n\"{brand} [Notice|Alert]: [Dear|Hi] {A.full}, [we|We] [detected|noticed] [a|an] [sign-in|login] from {ip} ([{city}|unknown location]) at {time}. [if|If] this wasn't you [call|contact] {land}.\"\n[is|Is] this [real|legit]??",
    "en_US": "[OCR|ocr] of the [letter|IRS letter|notice] [we got|they mailed] (yes [i know|I know], [blurring|redacting] is hard):\n\"Taxpayer: {A.upper}\nSSN: {ssn}\nAddress: {addr}\nAmount due: {amt} by {date}\"\n[is this|looks like] [a scam|legit]? [the number on it|callback] is {phone}",
    "es": "transcribo la captura:\n\"{brand}: Estimado/a {A.full}, detectamos un inicio de sesión desde {ip} a las {time}. Si no fue usted llame al {land}.\"\n¿es real o es estafa?",
})
T("screenshot_text", {
    "en": "[screenshot|ss] [of|from] [the|our] [group chat|family chat] [lol|😭|]:\n{A.first}: [mum|mom] [where r u|are you safe]\n[Mum|Mom|Ma]: [at|in] [aunty|auntie|tita] {B.poss} [place|house] {addr}\n{C.first}: [omw|on my way] [with|w] [water|food|blankets]\n{phone}: [who is this|wrong group?] [lol|]",
    "tl": "ss ng [gc|family gc] 😭:\n{A.first}: ma nasan ka na\nMa: [nandito|andito] kina [Tita|Tito] {B.first} sa {addr}\n{C.first}: otw na [kami|ako] may dalang tubig\n{phone}: [sino to|wrong send ata]",
    "ar": "سكرين من [قروب العيلة|جروب العائلة] 😭:\n{A.first}: ماما وينك\nماما: عند [خالتك|عمتك] {B.first} في {addr}\n{C.first}: جاي بالطريق\n{phone}: مين معي؟",
})
T("screenshot_text", {
    "en": "[posting|sharing] the [receipt|confirmation] [since|because] {brand} [denies|says] [I never paid|it doesn't exist]:\n---\n[Payment confirmation|Transfer receipt]\n[From|Sender]: {A.upper}\n[To|Beneficiary]: {B.full}\n[IBAN|Acct]: {iban}\n[Amount|Amt]: {amt}\n[Ref|Reference]: {ref}\n[Date|date]: {date}\n---",
    "tr": "{brand} [ödeme yapılmadı diyor|parayı almadık diyor], dekont [burda|ekte]:\n---\nGönderen: {A.upper}\nAlıcı: {B.full}\nIBAN: {iban}\nTutar: {amt}\nAçıklama: {ref}\n---",
    "pt": "{brand} diz que não recebeu, olha o comprovante:\n---\nComprovante de transferência\nDe: {A.upper}\nPara: {B.full}\nChave Pix: {phone}\nValor: {amt}\nID: {ref}\n---",
})
T("screenshot_text", {
    "en": "[OCR|ocr] [from|of] the [letter|notice] [taped|stuck] [on|to] [my|our] door:\n\"[NOTICE TO VACATE|FINAL NOTICE]\nTenant: {A.full}\nPremises: {addr}\n[you|You] [must|are required to] [vacate|leave] by {date}.\n[landlord|Agent]: {B.full}, {phone}\"\n[is this even legal|can they do this|is this legal] [after|during] [a|the] [flood|storm|disaster]??",
    "ko": "문에 붙어있던 [안내문|통지서] [텍스트|옮겨요]:\n\"[퇴거 통지|최종 통지]\n세입자: {A.full}\n주소: {addr}\n{date}까지 퇴거 바랍니다.\n임대인: {B.full} {phone}\"\n[이거|이게] [합법이에요|맞나요]??",
    "ja": "玄関に貼られてた[通知|紙]の文字起こし:\n「退去通知\n入居者：{A.full}\n物件：{addr}\n{date}までに退去してください。\n管理人：{B.full} {phone}」\n[こんなの|これって]ありなの？",
})
# --- 22 journalist_callout --------------------------------------------------------------------------------
T("journalist_callout", {
    "en": "[journo request|#journorequest|JOURNO REQUEST]: [I'm|Im] [a reporter|reporting] [for|with] {pubh} [looking to|hoping to] [speak|talk] [to|with] [people|anyone] [affected by|hit by] the {brand} outage [this week|{date}]. [DM me|dms open] or [email|mail] {A.email}. [can|happy to] [keep you anonymous|use first name only]",
    "es": "#SolicitudPeriodística soy [periodista|reportera] de {pubh}, busco [gente|personas] afectadas por la caída de {brand}. escríbanme por DM o a {A.email}",
})
T("journalist_callout", {
    "en": "[replying to|re:] [a|the] journo [request|callout] {pubh}: [i|I] [was|am] [one of|among] the [people|customers] [locked out|stuck] [for|] {n} days. [my|My] [name's|name is] {A.full}, [happy to|will] [talk|chat]. [my|] [cell|mobile|number] {phone} [after|before] {time}",
    "fr": "en réponse à {pubh} : je fais partie des clients bloqués par {brand} depuis {n} jours. je m'appelle {A.full}, joignable au {phone} après {time}",
    "de": "als Antwort auf {pubh}: ich war {n} Tage lang bei {brand} ausgesperrt. ich heiße {A.full}, erreichbar unter {phone} ab {time}",
})
T("journalist_callout", {
    "en": "[calling all|calling] {hood} residents: [we're|we are] [producing|making] a [documentary|podcast] [about|on] [{storm}|the flood recovery]. [if|If] [you|u] [lived|were living] on {st} [and|&] [want|would like] to [share your story|be interviewed], [contact|reach] [our|the] [producer|researcher] {A.full} [at|on] {A.email} [or|/] {phone}",
    "it": "[cerchiamo|appello ai] residenti di {hood}: stiamo realizzando un [documentario|podcast] sull'alluvione. se abitavate in {st} e volete raccontare, contattate {A.full} a {A.email} o {phone}",
})
T("journalist_callout", {
    "en": "[{journo} on X|{journo}]: [spoke|I spoke] [today|this morning] with [survivors|families] [at|in] {hood}. [one|One] [parent|survivor], {A.first} ({age}), [said|told me] [a son|a daughter], {B.first}, [is|was] still missing. [if you have information|info], the family [asks|asked] [you|people] to call {phone}.",
    "ar": "{journo}: تحدثت اليوم مع [ناجين|عائلات] في {hood}. [أم|أب] اسمها {A.first} ({age}) قالت إن ابنها {B.first} ما زال مفقودًا. للمعلومات {phone}",
})
# --- 23 obituary ------------------------------------------------------------------------------------------
T("obituary", {
    "en": "[In loving memory|OBITUARY|Obituary]\n{A.full}\n[{yr} – {yr2}|age {age}]\n[beloved|Beloved] [spouse|partner|wife|husband] of {B.full}[,| and] [loving|proud] [parent|grandparent] of {C}, {D} [and|&] {E}. [service|Services] [will be held|at] {addr} on {date} at {time}. [in lieu of flowers|instead of flowers], [donations|please donate] to {url}",
    "es": "[Con profundo dolor|Q.E.P.D.|Descanse en paz]\n{A.full}\n[{yr} – {yr2}|{age} años]\n[esposa|esposo] de {B.full}, [madre|padre] de {C}, {D} y {E}. [la velación|el velorio] será en {addr} el {date} a las {time}.",
    "it": "[È mancata all'affetto dei suoi cari|Ci ha lasciati]\n{A.full}\n[di anni {age}|]\nne danno il triste annuncio [il marito|la moglie] {B.full}, i figli {C} e {D}. il funerale si terrà il {date} alle {time} [presso|partendo da] {addr}.",
    "el": "[Απεβίωσε|Έφυγε από τη ζωή]\n{A.full}\nετών {age}\nοι οικείοι {B.full}, {C} και {D}. η κηδεία θα γίνει {date} και ώρα {time}, [από|στην] {addr}.",
})
T("obituary", {
    "en": "[{A.first}|{A.low}] [passed|passed away|went home] [last night|this morning|on {date}] [😭|💔|🕊️] [truly|] the [heart|glue] of {hood}. [prayers|condolences] to {B.first} [and|&] the [kids|family]. [wake|viewing|visitation] [at|@] the family home {addr} [from|starting] {time}. [feel free to|pls] [call|reach] {C.first} {phone} [for|if you need] [directions|anything]",
    "pcm": "[e pain me|na wa o] {e} {A.first} don [go|rest] [last night|{date}]. [condolence|sorry] to {B.first} and [the family|di family]. [wake keep|service] go hold for [family house|their house] {addr} from {time}. [call|flash] {C.first} {phone} for [direction|info]",
    "tl": "[Pumanaw na|Namayapa na] si {A.first} [kagabi|kaninang umaga] 🕊️ [condolence|pakikiramay] kina {B.first} at sa pamilya. [ang lamay|burol] ay sa {addr} simula {time}. [text|tawag] kay {C.first} {phone} para sa direksyon",
    "fa": "[درگذشت|با نهایت تأسف درگذشت] {A.full} را به اطلاع می‌رسانیم 🕊️ مراسم [ختم|تشییع] {date} ساعت {time} در {addr}. [تماس|اطلاعات بیشتر] {phone}",
})
T("obituary", {
    "en": "[Obituary|obit] [shared from|via] {url}\n{A.qn}\n{date} – {date2}\n{A.first} [loved|will be remembered for] [fishing|the garden|the dogs|gospel music]. [survived by|leaves behind] {B.full} [and|&] [grandkids|grandchildren] {C}, {D}. [service|memorial] {date3} at {addr}.",
    "ja": "【訃報】{A.full}[さん|様]が{date}に[永眠|逝去]されました（享年{age}）。[通夜|葬儀]は{time}より{addr}にて執り行います。喪主 {B.full}",
})
T("obituary", {
    "en": "[rest easy|RIP|rest in power] {A.h} [🕊️|💔|🖤] [can't|cant] [believe|accept] [it|this]. [{A.first} and I|we] [grew up|went to school] [together|] [on|in] {hood}. [the family|family] [set up|has] a [meal train|fund] [{url}|], [cards|flowers] [can go to|to] {addr}",
    "ko": "[삼가 고인의 명복을 빕니다|RIP] {A.h} 🕊️ {A.first}[랑|와] [어릴 때부터|초등학교 때부터] 친구였는데 [믿기지 않아|실감이 안 나]. [조의금|꽃] 보내실 분은 {addr}로",
    "th": "[ขอแสดงความเสียใจ|RIP] {A.h} 🕊️ [ไม่อยากเชื่อเลย|ยังทำใจไม่ได้] ส่งพวงหรีดได้ที่ {addr} [ติดต่อ|โทร] {phone}",
})
# --- 24 school_club ---------------------------------------------------------------------------------------
T("school_club", {
    "en": ["[📣|‼️] [{school}|{club}] [update|announcement]\n[due to|because of] [the storm|flooding|the outage] [school|practice|training] [is|will be] [cancelled|moved] [on|until] {date}. [pickup|collection] for [kids|players] still at [school|the gym] [is|will be] at {addr} [with|— ask for] {A}. [questions|Qs]: [text|call] {phone}", "[📣|‼️] {school} [update|notice]\n[no school|school closed] [tomorrow|{date}] [due to|because of] [flooding|the storm|the outage]. [online|remote] [classes|lessons] [resume|start] {date}. [stay safe|be safe] [families|everyone] {tag}"],
    "es": "📣 [aviso|AVISO] {school}\npor [las lluvias|la tormenta] [no hay clases|se suspenden clases] [hasta|el] {date}. los niños que sigan en la escuela se recogen en {addr} con [la maestra|el profe] {A}. dudas al {phone}",
    "pt": "📣 AVISO {school}\ndevido às chuvas as aulas estão suspensas até {date}. alunos que ainda estão na escola serão entregues na {addr}, falar com [a professora|o professor] {A}. dúvidas {phone}",
})
T("school_club", {
    "en": "[congrats|Congratulations|CONGRATS] [to|] [our|the] [u{k}s|under-{k}s|varsity|debate team|robotics team] [on|for] [winning|taking] [regionals|the cup|state]!! 🏆 [shoutout to|special mention to|MVP] {A}, {B} [and|&] {C.low}. [thanks|ty] [to|] [parents|the parents] {D.full} [and|&] {E.full} for [driving|snacks|the bus]. [next game|next match] {date} {time} {club_tag}",
    "tr": "[tebrikler|TEBRİKLER] {club} [U{k}|minik] takımımız şampiyon 🏆 {A}, {B} ve {C.low} harikaydınız. [servis için|ulaşım için] {D.full} ve {E.full}'a teşekkürler! sonraki maç {date} {time}",
    "id": "selamat untuk tim [futsal|robotik] {school} juara 1 🏆 [terutama|shoutout] {A}, {B} dan {C.low}. makasih [bapak ibu|ortu] {D.full} dan {E.full} [yang sudah antar jemput|konsumsinya]. next match {date} {time}",
})
T("school_club", {
    "en": "[{club} newsletter|From the {club} newsletter] (copied [from|off] the [email|fb])\n[welcome|Welcome] [our|] new [members|families]: {A.full}, {B.full} [and|&] {C.full}! {A.first} [joins|is joining] the [U{k}s|choir|chess club]. [subs|fees] [of|] {amt} [to|into] [the club account|club acct] {iban} [ref|reference] [your child's name|child's name]. [kit|Kits] [collection|pickup] [from|at] {B.poss} [house|place] {addr}",
    "de": "[aus dem Vereinsnewsletter|Vereinsnews] {club}\nherzlich willkommen {A.full}, {B.full} und {C.full}! Beitrag {amt} bitte auf IBAN {iban} (Verwendungszweck: Name des Kindes). Trikots bei {B.first} abholen, {addr}",
})
T("school_club", {
    "en": "[lost property|Lost property] [at|from] the [{school}|{club}] [fun run|fete|sports day] [🏃|]: [water bottle|hoodie|jacket|glasses] [labelled|with name] {A.full}, [a|] [lunchbox|retainer] [labelled|named] {B.low}. [collect|pickup] [from|at] the [office|reception] [or|] [email|contact] {role}",
    "ko": "[분실물|분실물 안내] {school} 운동회: 이름표 {A.full} 물병, {B.full} 점퍼. 행정실에서 찾아가세요 {role}",
    "fr": "objets trouvés {school} (kermesse) : gourde au nom de {A.full}, sweat {B.low}. à récupérer à l'accueil ou écrire à {role}",
})
# --- 25 celebration_shoutout ------------------------------------------------------------------------------
T("celebration_shoutout", {
    "en": "[just married|JUST MARRIED|we did it] 💍 [{A.first} & {B.first}|{A.full} + {B.full}] {date} ✨ [thank you|thanks] [to|] [our|] [parents|families], [to|] {C} [for|who did] [the cake|the flowers|the photos] [and|&] [to|] {D.h} [for|who] [officiating|DJing|the playlist] [🥂|❤️] #{A.camel}And{B.camel} {tag_w}",
    "pt": "[casamos|CASADOS] 💍 {A.first} & {B.first} {date} ✨ obrigado [às famílias|família], a {C} pelo bolo e {D.h} pelas fotos 🥂 #{A.camel}E{B.camel}",
    "hi": "[शादी मुबारक|हम शादी के बंधन में बंध गए] 💍 {A.first} ❤️ {B.first} {date}\n[धन्यवाद|शुक्रिया] {C} और {D.h} ✨",
    "tr": "[evlendik|EVLENDİK] 💍 {A.first} & {B.first} {date} ✨ [emeği geçen|teşekkürler] {C} ve {D.h} 🥂 #{A.camel}{B.camel}",
})
T("celebration_shoutout", {
    "en": "HAPPY [{age}th|BIG {age}] [BIRTHDAY|bday] {A.caps}!!! [🎉|🎂|🥳] [love|loveee] [you|u] [{A.w:sis/bro}|bestie] [party|bbq] at [ours|our place] {addr} [sat|saturday] {time} [bring|BYO] [a dish|drinks]. [rsvp|RSVP] {B.first} {phone}",
    "es": "[FELIZ CUMPLE|feliz cumpleaños] {A.caps}!!! 🎂 [te amo|te quiero] [hermana|amiga|primo] [fiesta|carne asada] en casa {addr} el sábado a las {time} confirmen con {B.first} {phone}",
    "sw": "[HERI YA SIKU YA KUZALIWA|happy birthday] {A.caps} 🎂 sherehe [ni|itakuwa] {addr} jumamosi saa {time}. [thibitisha|RSVP] kwa {B.first} {phone}",
})
T("celebration_shoutout", {
    "en": "[shoutout|Shout out|big shoutout] to the [{brand} guy|delivery guy|bus driver|nurse] {A.first} [who|that] [went above and beyond|helped my mum] [yesterday|today] {e} [if|If] [anyone|someone] [at|from] {brand} [sees|reads] this [give|gv] [them|this legend] a [raise|promotion] [fr|lol]. {A.w:her/his} [name tag|badge] [said|says] {A.full}",
    "ar": "شكر [خاص|كبير] للموظف {A.first} في {brand} ساعد والدتي [أمس|اليوم] {e} اسمه على البطاقة {A.full} 👏",
    "it": "un grazie enorme a {A.first} di {brand} che ha aiutato mia mamma [ieri|oggi] {e} sul cartellino c'era scritto {A.full}",
})
T("celebration_shoutout", {
    "en": "[congrats|CONGRATS|congratulations] [to|] [my|our] [{A.w:baby sister/little brother}|cousin|{A.w:daughter/son}] {A.full} [on|for] [graduating|passing the bar|passing the nursing boards|getting into med school] 🎓 [#{A.camel}|#Dr{A.camel}|#ClassOf{yr}] [so proud|proud of u] [celebration|thanksgiving service] [at|@] {addr} [sunday|sun] {time} [all welcome|everyone welcome]",
    "pcm": "[congrats|CONGRATULATIONS] to my [{A.w:sister/brother}|cousin] {A.full} [wey|who] [don graduate|finish] [nursing school|law school] 🎓 [thanksgiving|party] go hold for {addr} [sunday|sun] {time} [everybody|una] [come|welcome]",
    "ur": "[مبارک ہو|مبارکباد] {A.full} کو [ڈاکٹر بننے|گریجویشن] پر 🎓 [دعوت|تقریب] اتوار {time} بجے {addr} پر",
    "bn": "[অভিনন্দন|কংগ্রাচুলেশনস] {A.full} 🎓 [অনুষ্ঠান|মিলাদ] রবিবার {time} টায় {addr}-এ",
})
# --- 26 chat_forward --------------------------------------------------------------------------------------
T("chat_forward", {
    "en": "[Forwarded|↪ Forwarded many times]\n[*URGENT*|URGENT] {bg} blood needed [at|in] {hosp} for {A.full} ({age}) [accident|surgery] [case|patient]. [contact|call] {B.t} {phone} [or|/] {phone2}. [please forward|pls share] [🙏|]",
    "hl": "[Forwarded as received|*forwarded*]\n[urgent|URGENT] {bg} blood chahiye {hosp} mein {A.full} ({age}) ke liye. [contact|sampark] {B.t} {phone}. [plz share|aage bhejo] 🙏",
    "ur": "[فارورڈ|*Forwarded*]\nفوری {bg} خون درکار ہے {hosp} میں {A.full} ({age}) کے لیے۔ رابطہ {phone} 🙏",
})
T("chat_forward", {
    "en": "[fwd|Fwd|FW]: [message from|msg from] the {hood} [residents|resident's] [association|committee]\n[water|Water] [tanker|truck] [will come|coming] [tomorrow|{date}] [at|by] {time} [to|near] {addr}. [bring|carry] [containers|buckets]. [coordinator|Coordinator]: {A.t} {phone}\n[pls|please] forward to [all|everyone] [in|on] {st}",
    "ar": "[رسالة محوّلة|محوّل]: من لجنة سكان {hood}\n[صهريج المياه|سيارة المياه] [جاي|سيصل] بكرة الساعة {time} عند {addr}. [جيبوا|أحضروا] [جالونات|أوعية]. [المنسق|للتواصل]: {A.t} {phone}",
    "bn": "[ফরোয়ার্ড|ফরওয়ার্ড করা]: {hood} বাসিন্দা কমিটি\nকাল {time} টায় {addr}-এ পানির গাড়ি আসবে। [বালতি|পাত্র] নিয়ে আসুন। যোগাযোগ {A.t} {phone}",
})
T("chat_forward", {
    "en": "[Forwarded|fwd] 👇👇\n[Good morning|GM] [everyone|family] 🌸 [please|pls] [pray|keep in prayers] [for|] {A.poss} [mother|father|family]. [admitted|in ICU] at {hosp}. [visiting|visitation] [only|] {time}. [for|any] [help|support] [contact|call] {B.first} {phone} [God bless|🙏]",
    "ms": "[Forwarded|*fwd*] 👇\n[Assalamualaikum|Salam] semua 🌸 mohon doakan [ibu|ayah] {A} yang [dimasukkan|ditahan] di {hosp}. untuk bantuan hubungi {B.first} {phone} 🙏",
    "id": "[diteruskan|*fwd*] 👇\nassalamualaikum 🌸 mohon doanya untuk [ibunda|ayahanda] {A} yang dirawat di {hosp}. [bantuan|info] hubungi {B.first} {phone} 🙏",
})
T("chat_forward", {
    "en": "[⚠️|!!] [Forwarded|fwd] [from|in] [family group|the school group]:\n[scammers|Scammers] [are|r] [calling|texting] [people|parents] [pretending|saying] [to be|they're] from {bank} [asking|and asking] for [card numbers|OTP]. [my|My] {A.w:aunt/uncle} {A.first} [gave|read out] [the|their] card {card} [before|b4] [realising|realizing]. [number|The number] [was|they used] {phone}. [DO NOT|dont] [answer|pick up]",
    "tl": "⚠️ [fwd|Forwarded] from [family gc|gc ng school]:\n[may|merong] [tumatawag|nag-tetext] na [nagpapanggap|kunwari] taga-{bank} [humihingi|hinihingi] ng OTP. si {A.w:Tita/Tito} {A.first} [naibigay|nabigay] card {card} bago [nalaman|mahalata]. [number nila|ang number] {phone}. [wag sagutin|huwag sagutin]",
    "es": "⚠️ [reenviado|Reenviado] del grupo de la familia:\n[están llamando|llaman] haciéndose pasar por {bank} pidiendo [el código|datos de la tarjeta]. a mi {A.w:tía/tío} {A.first} le sacaron la tarjeta {card}. el número es {phone}. NO contesten",
})
# --- 27 scam_warning --------------------------------------------------------------------------------------
T("scam_warning", {
    "en": "[SCAM ALERT|scam alert|⚠️ beware] [{city}|{hood}]\n[this number|number] {phone} [is|keeps] [calling|texting] [as|pretending to be] {brand} [support|fraud team]. [they|They] [knew|know] [my|your] [name|address] ({addr}) [and|&] [asked|ask] for [my|the] [card|card number]. [reported|Report] to {pubh} [and|&] {role}",
    "en_US": "[SCAM ALERT|⚠️ heads up] {city}\n[fake|a fake] {bank} [agent|fraud dept] [called|rang] [my|my mom's] [landline|phone] from {phone} [and|&] [read|recited] [the|her|my] [full|] SSN {ssn} [back to me|to sound legit]. [they|They] [wanted|asked for] the [card|debit card] [ending|] [pin|PIN]. [hung up|we hung up]. [report|reported] {pubh}",
    "de": "⚠️ Betrugswarnung {city}\ndie Nummer {phone} ruft als \"{brand} Sicherheitsteam\" an. die kannten meine Adresse ({addr}) und wollten die Kartennummer. gemeldet an {pubh}",
    "it": "⚠️ [truffa|attenzione truffa] {city}\nil numero {phone} chiama fingendosi {brand}. conoscevano il mio indirizzo ({addr}) e volevano i dati della carta. segnalato a {pubh}",
})
T("scam_warning", {
    "en": "[name and shame|NAME AND SHAME|exposing]: {A.full} [aka|a.k.a.] {A.h} [took|collected] [deposits|money] [from|off] [{k} of us|several families] [for|to] [\"roof repairs\"|\"flood cleanup\"|tarps] [after|since] {storm} [and|then] [vanished|blocked everyone]. [last known|his] [address|addr] {addr}, [number|phone] {phone}. [paid|sent] [to|into] {iban}",
    "pcm": "[make una shine una eye|abeg beware] {A.full} [aka|wey dem dey call] {A.h} collect [money|deposit] from [many people|{k} of us] for [roofing|sand filling] after [flood|the rain] [come|then] block [everybody|us]. [im|e] [address|house] na {addr}, [number|line] {phone}",
    "tr": "[DOLANDIRICI|dolandırıcı] uyarısı: {A.full} ({A.h}) depremden sonra [çadır|konteyner] [diye|parası diye] [para topladı|kapora aldı] ve kayboldu. adresi {addr}, tel {phone}, IBAN {iban}",
})
T("scam_warning", {
    "en": "[got|Got] [a|this] [text|sms|message] [claiming|saying] [my|a] [parcel|package] [{track}|{order}] [is held|couldn't be delivered]. [link|the link] [was|is] {url}. [replied|I replied] STOP [and|now] [they|it] [know|has] my name, {A.first}. [sender|from]: {phone} #scam {tag}",
    "ja": "[荷物|宅配]の[不在通知|再配達]SMSが来た。{url} [リンク|URL]は[詐欺|フィッシング]。送信元 {phone} [みんな気をつけて|要注意] #詐欺",
    "ko": "택배 [반송|미배송] 문자 [왔는데|받았는데] 스미싱이에요 {url} 발신번호 {phone} 조심하세요 #스미싱",
    "zht": "收到[包裹|宅配]簡訊說{track}[無法投遞|地址不完整]，連結{url}是詐騙！發送號碼{phone} 大家小心",
})
T("scam_warning", {
    "en": "[PSA|psa]: [fake|FAKE] [{brand}|{bank}] [page|account] {fakeh} [is|keeps] [DMing|messaging] [people|customers] [who|that] [complain|tag {bh}]. [real|Official] [one|account] is {bh}. [they|They] [asked|got] my [{A.w:mom/dad}|friend] {A.full} to [send|share] [the|a] card {card} [and|&] the OTP {e}",
    "es": "OJO: la cuenta falsa {fakeh} [le escribe|manda DM] a [los que|quienes] se quejan con {bh}. a mi {A.w:mamá/papá} {A.full} le pidieron la tarjeta {card} y el código {e}",
    "pt": "CUIDADO: o perfil falso {fakeh} tá chamando no direct quem reclama com {bh}. pediram o cartão {card} [{A.w:da minha mãe/do meu pai}|{A.w:da minha tia/do meu tio}] {A.full} e o código {e}",
})
# --- 28 relief_distribution -------------------------------------------------------------------------------
T("relief_distribution", {
    "en": "[RELIEF|Relief] [distribution|goods distribution] [schedule|sked] [🍚|📦]\n[{date}|tomorrow] {time} – {hood} [covered court|gym|school]\n[bring|pls bring] [ID|valid ID] [and|&] [stub|claim stub]\n[for|For] [seniors|PWD|bedridden] [house-to-house|we deliver]: [text|msg] [name + address|your address] to {A.t} {phone}\n[e.g.|ex:] \"{B.full}, {addr}\"",
    "tl": "RELIEF DISTRIBUTION 📦\n{date} {time} sa {hood} covered court\ndalhin ang [ID|claim stub]\nsa mga [senior|PWD|bedridden], [i-text|itext] ang pangalan at address kay {A.t} {phone}\nhal. \"{B.full}, {addr}\"",
    "am": "የእርዳታ [ስርጭት|ክፍፍል] 📦\n{date} {time} {hood}\nመታወቂያ ይዘው ይምጡ\nለአረጋውያን: {A.t} {phone}",
})
T("relief_distribution", {
    "en": "[list of|List:] [families|households] [that|who] [received|got] [kits|packs] [today|{date}] ({hood})\n1. {A.full} – {addr} – [{k} members|{k} ppl]\n2. {B.full} – {addr2} – {k}\n3. {C.full} – [no fixed address|evacuation center] – {k}\n[{n} kits left|{n} packs remaining] [contact|call] {D.first} {phone}",
    "sw": "orodha ya familia zilizopokea msaada leo ({hood})\n1. {A.full} – {addr} – watu {k}\n2. {B.full} – {addr2} – watu {k}\n3. {C.full} – kambini – {k}\nzimebaki {n} piga {D.first} {phone}",
    "bn": "আজ ত্রাণ পেয়েছেন ({hood}):\n১. {A.full} – {addr}\n২. {B.full} – {addr2}\n৩. {C.full} – আশ্রয়কেন্দ্র\nযোগাযোগ {D.first} {phone}",
})
T("relief_distribution", {
    "en": ["[shelter|Shelter] [update|info] {time}\n[open|OPEN]: {hood} [high school|community center|mosque], [entrance|enter] [on|via] {st}\n[pets|Pets] [ok|allowed|not allowed]. [capacity|spaces] {n}/{n}00\n[meds|prescriptions] [refills|]: [ask for|see] [nurse|pharmacist] {A.first}\n[missing family|to find family] [register|sign up] [w/|with] {B.t} {phone} [or|] {B.email}", "[shelter|Shelter] [update|info] {time}\n[open|OPEN]: {hood} [high school|community center], [entrance|enter] [on|via] {st}\n[pets|Pets] [ok|allowed]. [capacity|spaces] {n}/{n}00. [bring|pls bring] [meds|ID|chargers]\n[donations|drop-offs] [via|see] {url} {e}"],
    "fr": "Info hébergement {time}\nouvert : gymnase de {hood}, entrée {st}\nanimaux [acceptés|non acceptés]. places {n}\nmédicaments : voir [l'infirmière|l'infirmier] {A.first}\nrecherche de proches : {B.t} {phone} ou {B.email}",
    "es": "Albergue [abierto|ABIERTO] {time}\n[gimnasio|escuela] de {hood}, entrada por {st}\n[mascotas sí|no se aceptan mascotas]. lugares {n}\nmedicinas: [preguntar por|con] la enfermera {A.first}\nbúsqueda de familiares: {B.t} {phone}",
})
T("relief_distribution", {
    "en": "[donations|Donations] [dropoff|drop-off] [point|points] [📍|]:\n• {addr} ([garage|porch|basement], [ask for|ring] {A.first})\n• {addr2} ({B.t})\n• [{brand} branch|the {brand} store] [on|at] {st} till {time}\n[need|needed]: [diapers|nappies], [formula|water], [torches|flashlights], [blankets|tarps]\n[no|NO] [clothes|used clothes] [pls|please]",
    "de": "Sammelstellen für Spenden 📍:\n• {addr} (Garage, bei {A.sur} klingeln)\n• {addr2} ({B.t})\n• {brand} Filiale {st} bis {time}\ngebraucht: Windeln, Wasser, Taschenlampen, Decken\nbitte KEINE Kleidung",
    "uk": "пункти збору допомоги 📍:\n• {addr} (питати {A.first})\n• {addr2} ({B.t})\nпотрібно: памперси, вода, ліхтарики, ковдри\nодяг НЕ приймаємо",
})
# --- 29 brand_outage (no PII) -----------------------------------------------------------------------------
T("brand_outage", {
    "en": "[is|Is] {brand} down [for anyone else|for everyone] [or just me|rn]?? [app|site] [says|shows] [error|\"something went wrong\"] [{ref}|code {n}] {e} #{brandtag}Down {tag}",
    "es": "¿{brand} está caído [o solo soy yo|para todos]? la app dice error {n} {e} #{brandtag}Caído",
    "pt": "{brand} fora do ar [de novo|DE NOVO]? [app|site] dando erro {n} {e} #{brandtag}Fora",
    "ja": "{brand}落ちてる？[アプリ|サイト]がエラー{n}になる{e} #{brandtag}障害",
})
T("brand_outage", {
    "en": "[day {k} of|Day {k}:] {brand} [not|NOT] [refunding|answering] [me|anyone] {e} [order|ticket] {order} [still|] [\"pending\"|in review]. [{bh}|{bh} hello??] [it's|its] been {n} [days|hrs] [and|&] {pct} of [the|your] [reviews|replies] [are|r] [complaints|people like me] [lol|smh]",
    "tr": "{brand} [hâlâ|hala] iade yapmadı {k}. gün {e} talep no {order} [{bh}|] [rezalet|ayıp]",
    "id": "hari ke-{k} {brand} [belum|blm] refund {e} tiket {order} masih pending {bh} [tolong|plis] [dong|]",
})
T("brand_outage", {
    "en": "[rip|RIP] {brand} [servers|app] [🪦|💀] [{airline} flight {flight}|my flight {flight}] [delayed|cancelled] [{n} hrs|to {time}] [and|&] the [check-in|kiosks] [run on|use] {brand} [lmao|lol] #{brandtag}Down [#travel|{tag}]",
    "fr": "vol {flight} {airline} [annulé|retardé de {k} h] parce que [les bornes|le système] {brand} [sont en panne|est en panne] [lol|mdr] {e} #{brandtag}Panne",
    "de": "Flug {flight} mit {airline} [gestrichen|{k} Std verspätet], weil {brand} down ist {e} #{brandtag}Ausfall",
})
T("brand_outage", {
    "en": "[hot take|unpopular opinion]: {brand} [rebrand|new logo|new app] [looks like|is giving] [a|] [{pub} campaign poster|screensaver from 2009] [lol|💀] [and|&] the [fees|prices] [went up|up] {pct} #{brandtag} [#marketing|#design]",
    "es": "opinión impopular: el nuevo logo de {brand} parece [cartel de {pub}|screensaver del 2009] 💀 y [subieron|suben] las comisiones {pct}",
    "ko": "{brand} 새 로고 [솔직히|진짜] 별로 💀 수수료는 {pct} 올림 ㅋㅋ",
})
# --- 30 weather_update (no PII) ---------------------------------------------------------------------------
T("weather_update", {
    "en": "[{pubh}|{storm} update]: [{storm}|the storm] [now|] [cat {k}|a category {k}] [expected|forecast] to [make landfall|hit] near {city} [by|around] {time} {date}. [winds|gusts] [up to|of] {n}0 [mph|km/h]. [evacuate|leave] [zones|zone] {zone} [now|immediately] {tag}",
    "es": "{storm}: [huracán|tormenta] categoría {k} [tocará tierra|llegará] cerca de {city} [alrededor de las|a las] {time}. [evacuar|evacuen] zona {zone} {tag}",
    "pt": "alerta {pubh}: [chuva forte|temporal] em {city} até {date}, volumes de {n}0 mm. evitem [áreas de risco|o centro] {tag}",
    "vi": "[tin bão|cảnh báo] {storm}: [bão|áp thấp] cấp {k} [sẽ|dự kiến] đổ bộ [gần|vào] {city} [lúc|khoảng] {time} {tag}",
    "zh": "【{storm}】[台风|暴雨]预计{time}在{city}附近登陆，阵风{k}级，请[尽快|]撤离{zone}区 {tag}",
})
T("weather_update", {
    "en": "[{city}|{hood}] [rain|snow|heat] [update|totals] [📊|🌧️]: {n}.{k} [in|inches|mm] [since|as of] {time}. [river|River] [gauge|level] at {n}.{k}[m|ft], [flood stage|minor flood stage] [is|at] {k}[m|ft]. [roads closed|closed roads]: [{st}|Hwy {n}|Route {n}]. [stay safe|be safe] [y'all|everyone] {e}",
    "de": "Pegel {city}: {n},{k} m ({time}), Meldestufe {k}. gesperrt: {st}, B{n}. passt auf euch auf {e}",
    "th": "[อัปเดต|ระดับน้ำ] {city} {time}: [ฝน|น้ำ] {n} มม. ถนน{st}[ปิด|น้ำท่วม] {e}",
})
T("weather_update", {
    "en": "{tag} [{n}°|{n}°C|{n}°F] [today|in {city}] [and|&] the {brand} [app|smart meter] [wants me|telling me] [to|] [save energy|turn off the AC] [lol|💀] [cooling centers|cooling centres] [open|are open] [at|in] [libraries|the library] [till|until] {time} [per|via] {pubh}",
    "es": "{n}° en {city} {e} y {brand} [me pide|diciendo] que ahorre luz [jaja|jajaja] centros de [hidratación|refugio] abiertos hasta las {time} según {pubh}",
    "ar": "[الحرارة|حرارة] {n}° [اليوم|] في {city} {e} و{brand} يطلب مني أوفر الكهرباء 😂 [مراكز التبريد|أماكن التبريد] مفتوحة حتى {time}",
})
T("weather_update", {
    "en": "[earthquake|EQ|quake] [M{k}.{k}|magnitude {k}.{k}] [felt|just felt] [in|across] {city} [at|around] {time} [!!|😳] [depth|Depth] {n} km [per|via] {pubh}. [everyone ok?|y'all ok?] [no|No] [tsunami|tsunami threat] [warning|] [for now|at this time]",
    "ja": "[地震|揺れた]！{city}で震度{k} {time}頃 {e} 震源の深さ{n}km（{pubh}）津波の心配は[なし|ありません]",
    "tr": "[deprem|DEPREM] {city} {k}.{k} büyüklüğünde, saat {time}, derinlik {n} km ({pubh}) herkes iyi mi? {e}",
    "el": "[σεισμός|ΣΕΙΣΜΟΣ] {k},{k} Ρίχτερ [στην|κοντά στην] {city} στις {time} {e} εστιακό βάθος {n} χλμ. όλοι καλά;",
    "id": "gempa [M{k}.{k}|{k},{k} SR] [terasa|kerasa] di {city} [jam|pukul] {time} {e} kedalaman {n} km [info|via] {pubh} tidak berpotensi tsunami",
})
# --- 31 meme_hot_take (no PII) ----------------------------------------------------------------------------
T("meme_hot_take", {
    "en": "[me|Me]: [I'll|ill] [be|stay] [productive|calm] [today|during the storm]\n[{brand}|the power]: [goes down|*goes down*]\n[me|Me]: {e}{e2}\n#{brandtag}Down {tag}",
    "es": "yo: hoy sí voy a ser productiva\n{brand}: *se cae*\nyo: {e}{e2} #{brandtag}Caído",
    "tl": "ako: magiging productive ako today\n{brand}: *nag-down*\nako: {e}{e2} #{brandtag}Down",
})
T("meme_hot_take", {
    "en": "[nobody:|no one:]\n[absolutely nobody:|literally no one:]\n{brand} [at|@] {time} [on a|every] [payday|friday]: [\"scheduled maintenance\"|\"we're experiencing issues\"] [💀|😭] #{brandtag}",
    "pt": "ninguém:\nabsolutamente ninguém:\n{brand} às {time} no dia do pagamento: \"manutenção programada\" 💀",
    "hl": "koi nahi:\nbilkul koi nahi:\n{brand} salary day pe {time} baje: \"scheduled maintenance\" 💀",
})
T("meme_hot_take", {
    "en": "the {airline} [gate agent|pilot] [announcing|said] [our|the] [{n}th|{k}rd] delay [on|for] {flight} [like it's|like its] [a|] [plot twist|new season of a show] [lmao|😭] {tag}",
    "fr": "le pilote de {airline} qui annonce le {k}e retard du vol {flight} comme un [rebondissement|épisode de série] mdr {e}",
    "de": "{airline} verkündet die {k}. Verspätung für {flight} wie einen Plot-Twist {e}",
    "it": "{airline} annuncia il {k}° ritardo del volo {flight} come fosse un colpo di scena {e}",
})
T("meme_hot_take", {
    "en": "[ranking|Ranking] [banks|apps] [by|on] [how fast|how quickly] [they|their apps] [crash|crashed] [during|in] {storm}:\n1. {brand}\n2. {brand2}\n3. [my|our] [landline|wifi] [lol|]\n[honorable mention|bonus]: {bh} [replying|replied] [with|] [\"we're sorry\"|a sad emoji] {e}",
    "ru": "рейтинг приложений, которые упали во время [шторма|урагана] {storm}:\n1. {brand}\n2. {brand2}\n3. мой вайфай\nбонус: {bh} ответил \"нам очень жаль\" {e}",
    "ko": "{storm} 때 [제일 빨리|빨리] 먹통된 앱 순위:\n1. {brand}\n2. {brand2}\n3. 우리집 와이파이\n보너스: {bh} 답변 \"불편을 드려 죄송합니다\" {e}",
})
# fmt: on


# ----------------------------------------------------------------------------------------------------------
# row assembly: offsets are taken while the pieces are appended


SLANG = {
    "please": ["pls", "plz", "pleaseee"],
    "thanks": ["thx", "ty", "thanx"],
    "you": ["u", "ya"],
    "your": ["ur", "yr"],
    "are": ["r"],
    "because": ["bc", "cuz", "coz"],
    "people": ["ppl"],
    "tomorrow": ["tmrw", "tmr"],
    "tonight": ["tonite", "2nite"],
    "before": ["b4"],
    "message": ["msg"],
    "with": ["w/", "wit"],
    "really": ["rly", "realy"],
    "though": ["tho"],
    "anyone": ["any1", "anyone"],
    "know": ["kno", "knw"],
    "minutes": ["mins"],
    "going to": ["gonna"],
}
_SLANG_RE = re.compile(
    r"(?<![#@\w])(" + "|".join(sorted(SLANG, key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE
)
LATIN_LANGS = {
    "en",
    "pcm",
    "es",
    "pt",
    "fr",
    "de",
    "it",
    "tr",
    "tl",
    "id",
    "ms",
    "sw",
    "nl",
    "pl",
    "hl",
    "vi",
}
SHOUTY_GENRES = {"rescue_request", "missing_person", "scam_warning", "chat_forward", "lost_found"}


class Style:
    def __init__(self, rng: Random, lang: str, genre: str) -> None:
        self.rng = rng
        r = rng.random()
        latin = lang in LATIN_LANGS
        self.case = "none"
        if latin and r < 0.14:
            self.case = "lower"
        elif latin and genre in SHOUTY_GENRES and r < 0.22:
            self.case = "upper"
        self.nopunct = latin and rng.random() < 0.12
        self.typo = rng.choice([0.03, 0.05, 0.08]) if latin and rng.random() < 0.35 else 0.0
        self.slang = lang in ("en", "pcm") and rng.random() < 0.5

    def _typo_word(self, m: re.Match) -> str:
        w = m.group(0)
        if self.rng.random() >= self.typo:
            return w
        i = self.rng.randrange(1, len(w) - 1)
        op = self.rng.random()
        if op < 0.4:
            return w[:i] + w[i + 1] + w[i] + w[i + 2 :]
        if op < 0.7:
            return w[:i] + w[i + 1 :]
        return w[:i] + w[i] + w[i:]

    def lit(self, s: str) -> str:
        if self.slang:
            s = _SLANG_RE.sub(
                lambda m: (
                    self.rng.choice(SLANG[m.group(1).lower()]) if self.rng.random() < 0.6 else m.group(0)
                ),
                s,
            )
        if self.typo:
            s = re.sub(r"(?<![#@\w])[A-Za-z]{4,}", self._typo_word, s)
        if self.nopunct:
            s = re.sub(r"[.,!;]", "", s)
        return self.cased(s)

    def cased(self, s: str) -> str:
        if self.case == "lower":
            return s.lower()
        if self.case == "upper":
            return s.upper()
        return s


def _expand(nodes: list, ctx: Ctx, out: list) -> None:
    for nd in nodes:
        if isinstance(nd, str):
            out.append(("t", nd))
        elif nd[0] == "alt":
            _expand(ctx.rng.choice(nd[1]), ctx, out)
        else:
            out.extend(ctx.slot(nd[1]))


def assemble(pieces: list, style: Style) -> tuple[str, list[dict]]:
    parts: list[str] = []
    spans: list[dict] = []
    pos = 0
    for kind, val in pieces:
        if kind == "t":
            val = style.lit(val)
            val = re.sub(r"[ \t]+\n", "\n", re.sub(r" {2,}", " ", val))
            if (pos == 0 or parts[-1].endswith((" ", "\n"))) and val.startswith(" "):
                val = val.lstrip(" ")
            if pos == 0:
                val = val.lstrip()
        elif kind == "n":
            val = style.cased(val) if style.case == "lower" else val
        elif kind in ("PERSON", "STREET_ADDRESS"):
            val = style.cased(val)
        elif kind == "EMAIL_ADDRESS" and style.case == "lower":
            val = val.lower()
        if not val:
            continue
        if kind in LABELS:
            spans.append({"label": kind, "start": pos, "end": pos + len(val), "value": val})
        parts.append(val)
        pos += len(val)
    text = "".join(parts).rstrip()
    return text, spans


def _choose_variant(rng: Random, tmpl: dict) -> tuple[str, str]:
    keys = list(tmpl["variants"])
    others = [k for k in keys if k not in ("en", "en_US")]
    weights = []
    for k in keys:
        if k == "en":
            weights.append(1.0)
        elif k == "en_US":
            weights.append(0.75 if "en" in keys else 1.0)
        else:
            weights.append(0.62 / len(others))
    key = rng.choices(keys, weights)[0]
    return key, rng.choice(tmpl["variants"][key])


def _choose_locale(rng: Random, key: str) -> tuple[dict, str]:
    if key in LOCALES:
        return LOCALES[key], key.split("_")[0]
    if key == "en":
        codes = list(LOCALES)
        weights = [LOCALES[c]["w"] * (1.0 if "en" in LOCALES[c]["langs"] else 0.3) for c in codes]
        return LOCALES[rng.choices(codes, weights)[0]], "en"
    codes = LANG_LOCALES[key]
    return LOCALES[rng.choices(codes, [1 + LOCALES[c]["w"] for c in codes])[0]], key


def make_row(rng: Random, tid: int) -> dict:
    tmpl = TEMPLATES[tid]
    key, src = _choose_variant(rng, tmpl)
    loc, lang = _choose_locale(rng, key)
    ctx = Ctx(rng, loc, lang)
    pieces: list = []
    _expand(parse(src), ctx, pieces)
    text, spans = assemble(pieces, Style(rng, lang, tmpl["genre"]))
    return {"text": text, "spans": spans, "template_id": tid, "locale": loc["code"], "brands": ctx.brands}


def generate(n: int, seed: int) -> list[dict]:
    """Deterministic rows for a seed; templates are drawn in shuffled rounds so each appears equally often."""
    rng = Random(seed)
    order: list[int] = []
    rows = []
    for i in range(n):
        if i % len(TEMPLATES) == 0:
            order = list(range(len(TEMPLATES)))
            rng.shuffle(order)
        rows.append(make_row(rng, order[i % len(TEMPLATES)]))
    return rows


def _rows_with_lang(n: int, seed: int) -> list[tuple[dict, str]]:
    """Same stream as generate(), plus the language each row was written in (for the data-card statistics)."""
    rng = Random(seed)
    order: list[int] = []
    out = []
    for i in range(n):
        if i % len(TEMPLATES) == 0:
            order = list(range(len(TEMPLATES)))
            rng.shuffle(order)
        tid = order[i % len(TEMPLATES)]
        state = rng.getstate()
        key, _ = _choose_variant(rng, TEMPLATES[tid])
        lang = key.split("_")[0] if key in LOCALES else key
        rng.setstate(state)
        out.append((make_row(rng, tid), lang))
    return out


def genre_of(template_id: int) -> str:
    return TEMPLATES[template_id]["genre"]


# ----------------------------------------------------------------------------------------------------------
# self-check

_PHONE_CHARS = re.compile(r"[\d\s+().\-]+")


def check_row(row: dict) -> None:
    text, spans = row["text"], row["spans"]
    region = LOCALES[row["locale"]]["region"]
    last = 0
    for sp in spans:
        assert sp["label"] in LABELS, sp
        assert text[sp["start"] : sp["end"]] == sp["value"], (row, sp)
        assert sp["start"] >= last, ("overlap/unsorted", row)
        assert sp["value"] == sp["value"].strip() and sp["value"], ("whitespace", sp)
        last = sp["end"]
        v, low = sp["value"], sp["value"].lower()
        for b in BRANDS + HANDLE_BRANDS:
            assert b.lower().lstrip("@") not in low, ("brand inside span", b, sp)
        if sp["label"] == "CREDIT_CARD":
            assert luhn_ok(v), sp
        elif sp["label"] == "IBAN_CODE":
            assert iban_ok(v), sp
        elif sp["label"] == "PHONE_NUMBER" and _PHONE_CHARS.fullmatch(v):
            p = phonenumbers.parse(v, region)
            assert phonenumbers.is_valid_number(p), ("invalid phone", v, row["locale"])
        elif sp["label"] == "US_SSN":
            d = re.sub(r"\D", "", v)
            assert len(d) == 9 and d[:3] not in ("000", "666") and d[3:5] != "00" and d[5:] != "0000", sp
        elif sp["label"] == "IP_ADDRESS":
            ipaddress.ip_address(v)
        elif sp["label"] == "EMAIL_ADDRESS":
            assert "@" in v or " at " in v or "[at]" in v, sp
    if any(sp["label"] in ("US_SSN", "US_DRIVER_LICENSE") for sp in spans):
        assert row["locale"] == "en_US", row
    at = 0
    for b in row["brands"]:
        assert b in BRANDS + HANDLE_BRANDS, b
        found = text.find(b, at)
        assert found >= 0, ("brand not in text in order", b, row)
        at = found + len(b)
    if genre_of(row["template_id"]) in CLEAN_GENRES:
        assert not spans, row


def run_check() -> None:
    t0 = time.time()
    rows: list[dict] = []
    for seed in (0, 1, 2, 3):
        rows += generate(1500, seed)
    for row in rows:
        check_row(row)
    assert generate(300, 7) == generate(300, 7), "not deterministic"
    assert generate(50, 1) != generate(50, 2), "seed ignored"
    assert [r for r, _ in _rows_with_lang(200, 3)] == generate(200, 3)
    ids = {r["template_id"] for r in rows}
    assert ids == set(range(len(TEMPLATES))), "missing template ids"
    assert len(TEMPLATES) == 4 * len(GENRES)
    for g, name in enumerate(GENRES):
        assert all(TEMPLATES[t]["genre"] == name for t in range(4 * g, 4 * g + 4))
    t1 = time.time()
    generate(3000, 11)
    gen_time = time.time() - t1
    assert gen_time < 10, gen_time

    labels = Counter(sp["label"] for r in rows for sp in r["spans"])
    genres = Counter(genre_of(r["template_id"]) for r in rows)
    locales = Counter(r["locale"] for r in rows)
    clean = sum(1 for r in rows if not r["spans"])
    with_brand = sum(1 for r in rows if r["brands"])
    langs = Counter(lang for seed in (0, 1, 2, 3) for _, lang in _rows_with_lang(1500, seed))
    non_en = sum(v for k, v in langs.items() if k != "en")
    en_mixed = sum(
        1
        for seed in (0, 1, 2, 3)
        for r, lang in _rows_with_lang(1500, seed)
        if lang == "en"
        and re.search(r"[^\x00-\u024f\u2000-\u2bff\U0001F000-\U0001FFFF\ufe0f\u200d]", r["text"])
    )
    print(
        f"rows checked: {len(rows)}  templates: {len(TEMPLATES)}  genres: {len(GENRES)}  "
        f"locales used: {len(locales)}/{len(LOCALES)}  generate(3000): {gen_time:.2f}s  total {time.time() - t0:.1f}s"
    )
    print(
        f"rows without PII: {clean} ({clean / len(rows):.1%})  rows with brands: {with_brand}  "
        f"non-English rows: {non_en / len(rows):.1%} (+{en_mixed / len(rows):.1%} English rows with native-script "
        f"names/addresses)"
    )
    print("label counts:")
    for k, v in labels.most_common():
        print(f"  {k:20s} {v}")
    print("rows per language:", ", ".join(f"{k}={v}" for k, v in langs.most_common()))
    print("rows per genre:")
    for g in GENRES:
        print(f"  {g:22s} {genres[g]}")
    print("OK")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    if args.check:
        run_check()
        return
    out = sys.stdout
    for row in generate(args.n, args.seed):
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
