"""Deterministic generator of labelled synthetic text for benchmarking a PII redactor ("thirteenth" set).

DATA CARD
=========
Purpose
    Measure a PII redactor on genres and layouts it was never tuned on: the kind of text a crisis-monitoring
    platform ingests (tickets, chat, e-mail, logs, pasted tables and records) before it reaches an LLM.

Provenance
    Written blind: the author did not open the redactor, its tests or docs, nor any other generator in bench/;
    only the ``BRANDS`` / ``HANDLE_BRANDS`` watch-term lists are imported from ``pii_synth``. No Faker and no
    name gazetteer: every given name, surname, street, city, district, landmark, house name and template below is
    hand-written in this file. Phone numbers start from ``phonenumbers.example_number_for_type`` with randomised
    trailing digits and are kept only if still valid and of the same type. Cards are Luhn-valid, IBANs mod-97
    valid with real country lengths, SSNs avoid 000/666/9xx areas, US licences follow each state's layout.
    All people, addresses and numbers are fictitious; any match with a real person is accidental.

Genres (id, template ids, name) - 32 genres x 4 templates = 128 templates; the four differ in layout
(prose / form / table / chat / log / JSON-XML / record).
     0    0-3   marina_berths        marina and boat-slip management [PII-free: 3]
     1    4-7   allotment_plots      allotments and community gardens [PII-free: 7]
     2    8-11  strata_council       strata / owners' corporation / HOA councils
     3   12-15  parking_appeals      parking permits and penalty-charge appeals
     4   16-19  jury_service         jury summons replies and juror admin [PII-free: 18] [US-only: 16, 17, 19]
     5   20-23  polling_volunteers   polling-station staff and volunteer rosters [PII-free: 22]
     6   24-27  census_enumerator    census enumerator field notes
     7   28-31  choir_roster         choir and orchestra rosters
     8   32-35  box_office           theatre box office [PII-free: 34]
     9   36-39  tattoo_consent       tattoo and piercing studio consent
    10   40-43  salon_bookings       hair and beauty salon bookings [PII-free: 43]
    11   44-47  school_carpool       kids' school carpools
    12   48-51  babysitting_market   babysitting marketplace
    13   52-55  home_nursing         home-nurse visit notes
    14   56-59  sign_interpreting    sign-language interpreter bookings
    15   60-63  courier_accidents    courier-bike accidents
    16   64-67  roadworks_notices    council road-works bulletins (public notices) [PII-free: 64-67]
    17   68-71  bin_collection       missed bin-collection reports [PII-free: 71]
    18   72-75  noise_complaints     noise complaints
    19   76-79  site_incidents       building-site incidents [PII-free: 78]
    20   80-83  bikeshare_disputes   bike-share disputes [PII-free: 83]
    21   84-87  car_rental_damage    car-rental damage disputes [US-only: 84]
    22   88-91  taxi_licensing       taxi and private-hire licensing [PII-free: 91] [US-only: 89]
    23   92-95  beekeeping_assoc     beekeepers' association [PII-free: 95]
    24   96-99  ham_radio_logs       amateur-radio logs and nets [PII-free: 99]
    25  100-103 scout_troop          scout troop admin
    26  104-107 hearing_clinic       hearing-aid clinics
    27  108-111 remittances          migrant-worker remittances [US-only: 110]
    28  112-115 microfinance_groups  microfinance group loans
    29  116-119 sim_swap_fraud       SIM-swap fraud at a phone shop
    30  120-123 esign_audit          e-signature audit trails
    31  124-127 pasted_records       vCard / LDIF / SQL INSERT / HL7 records pasted into tickets
    16 of 128 templates (12.5 %) are PII-free and full of hard negatives. About 23 templates also have a native
    Spanish / French / Portuguese / Russian version used for most rows of locales writing that language; the rest
    are English with code-mixed greetings and thanks in the locale's own language.

Locales (73): am_ET ar_EG ar_LY ar_SD ar_TN az_AZ bs_BA dv_MV dz_BT el_GR en_BW en_FJ en_GB en_MU en_NA en_NG
    en_PG en_UG en_US en_ZM en_ZW es_BO es_CU es_DO es_EC es_GT es_HN es_NI es_PA es_PR es_PY es_UY es_VE et_EE
    fo_FO fr_CD fr_CI fr_CM fr_DZ fr_SN he_IL hi_IN ht_HT hy_AM is_IS ja_JP ka_GE kk_KZ kl_GL km_KH ko_KR lb_LU
    lo_LA lt_LT lv_LV mg_MG mk_MK mn_MN ms_BN mt_MT ne_NP pt_AO pt_BR pt_MZ rw_RW sk_SK sl_SI sm_WS sq_AL th_TH
    to_TO uz_UZ zh_CN. Names in native script (Cyrillic, Arabic, Armenian, Georgian, Ge'ez, Devanagari, Khmer, Lao,
    Thaana, Han, kana, Hangul, Thai, Greek, Hebrew) or romanised (per row), with diacritics sometimes dropped;
    name shapes include surname-first, double surnames, patronymics (kk/uz/az, Icelandic -son/-dóttir), Mongolian
    father-initial forms ("Д.Сарнай"), bin/binti, two-given-name Bhutanese/Maldivian names, initials, handles.
    Addresses follow each country's order and layout (flat/floor/block, postcodes, khoroo/woreda/sangkat, Managua
    landmark directions, Maltese house names, Kigali street codes, Japanese chome, ...). Region templates that
    need SSN or US driver licences run on en_US only.

Labels and conventions
    PERSON            private persons in any written form, incl. handles/logins built from a name (without "@");
                      titles/honorifics (Mr, Sra., M., Mme, 様, 씨, คุณ, -san, ji) stay outside; public figures,
                      composers, callsigns, studio/company accounts are NOT labelled.
    STREET_ADDRESS    house number + street (+ flat/unit/floor, district, postcode, city when written with them);
                      one span per line for multi-line blocks or separated record fields (vCard ADR, HL7 XAD,
                      LDIF "/"-joined); a city, district or country alone is not labelled.
    PHONE_NUMBER      international / E.164 / 00-prefixed / national / compact / dashed / dotted, extension included.
    EMAIL_ADDRESS     personal mailboxes only; role mailboxes (support@, info@, billing@, noreply@ ...) unlabelled.
    CREDIT_CARD (Luhn), IBAN_CODE (mod-97), US_SSN, IP_ADDRESS (v4/v6), US_DRIVER_LICENSE (state name outside).
    Hard negatives (never labelled): order/ticket/case/PCN/MTCN/envelope ids, booking refs, PNRs, dates, times,
    amounts, percentages, versions, card last-4s, OTPs, policy numbers, plates, VINs, serials, ICCIDs (Luhn-valid
    but not cards), MMSIs, callsigns, coordinates, job titles, public figures, companies, products, storms, bare
    cities/countries, short codes, and the tenant's watch terms (BRANDS / HANDLE_BRANDS), which are listed in the
    row's ``brands`` exactly as written (lower-cased / shouted rows list them in that case).

Row shape
    {"text": str, "spans": [{"label", "start", "end", "value"}], "template_id": int, "locale": str, "brands": [str]}
    Spans are sorted, non-overlapping, text[start:end] == value, no surrounding whitespace. Offsets are recorded
    while the text is assembled piece by piece (never searched for afterwards).

Usage
    from pii_synth_thirteenth import generate, GENRES, N_TEMPLATES
    rows = generate(1000, seed=7)            # deterministic for (n, seed); templates drawn in shuffled cycles
    python bench/pii_synth_thirteenth.py --check          # validate ~6000 rows over 5 seeds, non-zero on failure
    python bench/pii_synth_thirteenth.py --n 8 --seed 3   # JSON lines
"""

import argparse
import datetime as _dt
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

import phonenumbers
from phonenumbers import PhoneNumberFormat as _PNF
from phonenumbers import PhoneNumberType as _PNT

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pii_synth import BRANDS, HANDLE_BRANDS

LABELS = (
    "PERSON",
    "STREET_ADDRESS",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_SSN",
    "IP_ADDRESS",
    "US_DRIVER_LICENSE",
)

# ----------------------------------------------------------------------------- helpers

_FOLD = {
    "ß": "ss",
    "æ": "ae",
    "Æ": "Ae",
    "ø": "o",
    "Ø": "O",
    "ð": "d",
    "Ð": "D",
    "þ": "th",
    "Þ": "Th",
    "ł": "l",
    "Ł": "L",
    "đ": "dj",
    "Đ": "Dj",
    "ə": "e",
    "Ə": "E",
    "ı": "i",
    "ħ": "h",
    "Ħ": "H",
    "ġ": "g",
    "Ġ": "G",
    "ż": "z",
    "Ż": "Z",
    "ċ": "c",
    "Ċ": "C",
    "‘": "",
    "’": "",
    "ʻ": "",
}


def fold(s):
    s = "".join(_FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def slug(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def luhn_ok(num):
    digits = [int(x) for x in num if x.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


IBAN_SPEC = {  # country: (length, bban pattern) ; n digit, a letter, c alnum
    "AL": (28, "8n16c"),
    "AZ": (28, "4a20c"),
    "BA": (20, "16n"),
    "EE": (20, "16n"),
    "FO": (18, "14n"),
    "GE": (22, "2a16n"),
    "GL": (18, "14n"),
    "IS": (26, "22n"),
    "LT": (20, "16n"),
    "LU": (20, "3n13c"),
    "LV": (21, "4a13c"),
    "MK": (19, "3n10c2n"),
    "MT": (31, "4a5n18c"),
    "SI": (19, "15n"),
    "SK": (24, "20n"),
    "TN": (24, "20n"),
    "LY": (25, "21n"),
    "SD": (18, "14n"),
    "EG": (29, "25n"),
    "BR": (29, "23n1a1c"),
    "DO": (28, "4a20n"),
    "GT": (28, "4c20c"),
    "MU": (30, "4a19n3a"),
    "KZ": (20, "3n13c"),
    "GB": (22, "4a14n"),
    "DE": (22, "18n"),
    "FR": (27, "10n11c2n"),
    "ES": (24, "20n"),
    "PT": (25, "21n"),
    "GR": (27, "7n16c"),
    "IL": (23, "19n"),
    "MN": (20, "16n"),
    "NI": (28, "4a20n"),
    "BE": (16, "12n"),
}
_UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def iban_ok(value):
    s = re.sub(r"\s", "", value).upper()
    if len(s) < 5 or s[:2] not in IBAN_SPEC or len(s) != IBAN_SPEC[s[:2]][0]:
        return False
    if not s.isalnum():
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def make_iban(rng, cc):
    length, pat = IBAN_SPEC[cc]
    bban = ""
    for cnt, kind in re.findall(r"(\d+)([nac])", pat):
        for _ in range(int(cnt)):
            if kind == "n" or (kind == "c" and rng.random() < 0.8):
                bban += rng.choice("0123456789")
            else:
                bban += rng.choice(_UP)
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(ch, 36)) for ch in r)) % 97
    iban = f"{cc}{chk:02d}{bban}"
    assert len(iban) == length and iban_ok(iban)
    return iban


def pattern(rng, pat):
    out = []
    for ch in pat:
        if ch == "#":
            out.append(rng.choice("0123456789"))
        elif ch == "^":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif ch == "%":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789"))
        else:
            out.append(ch)
    return "".join(out)


def _split(s):
    return [x.strip() for x in s.split("|") if x.strip()] if s else []


# ----------------------------------------------------------------------------- locales


class Loc:
    def __init__(self, code, region, country, **kw):
        self.code, self.region, self.country = code, region, country
        self.style = kw.get("style", "w")
        self.native = kw.get("native", False)  # non-Latin script available
        self.foldable = kw.get("fold", False)  # Latin with diacritics people sometimes drop
        self.m = [self._pair(x) for x in _split(kw["m"])]
        self.f = [self._pair(x) for x in _split(kw["f"])]
        self.s = [self._pair(x) for x in _split(kw["s"])]
        self.lists = {}
        for key in ("st", "c", "d", "x"):
            nat = _split(kw.get(key, ""))
            rom = _split(kw.get("r" + key, "")) or nat
            self.lists[key] = (nat, rom)
        self.af = kw["af"]
        self.raf = kw.get("raf") or self.af
        self.ajoin = kw.get("ajoin", ", ")
        self.pc = _split(kw.get("pc", "#####"))
        self.hi = _split(kw.get("hi", "hi"))
        self.thx = _split(kw.get("thx", "thanks"))
        self.bye = _split(kw.get("bye", "regards|bye"))
        self.dom = _split(kw.get("dom", ""))
        self.cur = kw.get("cur", "€{}")
        self.tsep = kw.get("tsep", ",")
        self.iban = kw.get("iban", "GB")
        self.cards = kw.get("cards", "vvmm")
        self.cs = _split(kw.get("cs", "")) or ["DL1", "EA4", "VE3"]
        self.plate = _split(kw.get("plate", "")) or ["^^ ### ^^"]
        self.hon = kw.get("hon")  # (male prefix, female prefix, suffix, part) for native rows
        self.hon_r = kw.get("hon_r", ("Mr ", "Ms ", "", "last"))
        self.pat = kw.get("pat")  # patronymic builder
        self.lang = kw.get("lang", "en")
        self.ext = kw.get("ext", " ext. ")

    def _pair(self, e):
        if "=" in e:
            nat, rom = e.split("=", 1)
        else:
            nat = e
            rom = fold(e) if self.foldable else e
        nm, rm = nat.split("~"), rom.split("~")
        return {"m": (nm[0], rm[0]), "f": (nm[-1], rm[-1])}


LOCALES = {}


def L(code, region, country, base=None, **kw):
    LOCALES[code] = Loc(code, region, country, **{**(base or {}), **kw})


_EN_US = dict(hi="hey|hi|hello", thx="thanks|thx|ty", bye="thanks|best|cheers")

L(
    "en_US",
    "US",
    "United States",
    base=_EN_US,
    m="James|Michael|Tyrone|Luis|Kevin|Dwayne|Ethan|Brandon|Hector|Jamal|Trung|Robert",
    f="Jennifer|Ashley|Keisha|Maria|Brittany|Megan|Latoya|Emily|Rosa|Hannah|Mai|Destiny",
    s="Johnson|Williams|Nguyen|Rodriguez|Okafor|Miller|Patel|Thompson|Hernandez|Kowalski|O'Brien|Washington|Yazzie",
    st="Maple Street|Oak Avenue|Martin Luther King Jr Blvd|Elm St|N 4th St|Lakeview Drive|Pinecrest Rd|W 72nd St|Sycamore Ln",
    c="Dayton, OH|Tulsa, OK|Fresno, CA|Akron, OH|Boise, ID|Macon, GA|Yonkers, NY|El Paso, TX|Spokane, WA|Camden, NJ",
    af=[
        "{N} {st}, Apt {f}\n{c} {pc}",
        "{N} {st} #{f}\n{c} {pc}",
        "{N} {st}\nApt {k}B\n{c} {pc}",
        "{N} {st}, Unit {k}\n{c} {pc}",
        "{N} {st}\n{c} {pc}",
    ],
    pc="#####",
    cur="${}",
    iban="GB",
    cards="vvmmad",
    cs="K4^^|W1^^^|N8^^|KD2^^",
    plate="#^^^###|^^^-####|###-^^^",
)
L(
    "en_GB",
    "GB",
    "United Kingdom",
    hi="hiya|hi|morning",
    thx="cheers|ta|thanks",
    bye="cheers|best wishes|kind regards",
    m="Oliver|Callum|Rhys|Imran|Declan|Tom|Kwame|Alfie|Gareth",
    f="Chloe|Siobhan|Aisha|Megan|Priya|Niamh|Ellie|Bethan|Zainab",
    s="Hughes|Patel|McAllister|Begum|Davies|O'Connor|Whitfield|Okonkwo|Fraser|Ahmed|Llewellyn",
    st="Cranbrook Road|Victoria Terrace|Mill Lane|Albert Street|Church Close|Hawthorn Avenue|Station Road|Bede Crescent",
    c="Leeds|Swansea|Dundee|Luton|Norwich|Derry|Stoke-on-Trent|Gateshead",
    af=[
        "Flat {f}\n{n} {st}\n{c}\n{pc}",
        "{n} {st}\n{c} {pc}",
        "Flat {k}, {n} {st}\n{c} {pc}",
        "{n}a {st}\n{c}\n{pc}",
    ],
    pc="^^# #^^|^# #^^|^^## #^^",
    cur="£{}",
    iban="GB",
    cs="G4^^^|M0^^^|2E0^^^|GW4^^^",
    plate="^^## ^^^",
)
L(
    "hi_IN",
    "IN",
    "India",
    native=True,
    hi="नमस्ते|namaste|hi",
    thx="धन्यवाद|thanks ji|dhanyavaad",
    bye="regards|dhanyavaad",
    m="राहुल=Rahul|अमित=Amit|सुरेश=Suresh|विक्रम=Vikram|अर्जुन=Arjun|इमरान=Imran|करण=Karan",
    f="प्रिया=Priya|अंजलि=Anjali|सुनीता=Sunita|नेहा=Neha|पूजा=Pooja|फ़ातिमा=Fatima|कविता=Kavita",
    s="शर्मा=Sharma|वर्मा=Verma|यादव=Yadav|गुप्ता=Gupta|सिंह=Singh|क़ुरैशी=Qureshi|अय्यर=Iyer|नायर=Nair|चौधरी=Chaudhary",
    st="महात्मा गांधी मार्ग|स्टेशन रोड|नेहरू नगर मेन रोड|अशोक मार्ग",
    c="लखनऊ|पटना|जयपुर|भोपाल",
    d="गोमती नगर|कंकड़बाग|मालवीय नगर|अरेरा कॉलोनी",
    rst="MG Road|Station Road|Nehru Nagar Main Road|Linking Road|Ashok Marg|100 Feet Road",
    rc="Bengaluru|Mumbai|Kolkata|Lucknow|Hyderabad|Pune",
    rd="Koramangala|Andheri West|Salt Lake Sector V|Gomti Nagar|Banjara Hills|Kothrud",
    af=["मकान नं. {n}, {st}\n{d}, {c} - {pc}", "फ्लैट {f}, ब्लॉक {k}, {d}\n{c} {pc}"],
    raf=[
        "Flat No. {f}, {b}/{k} {st}\n{d}\n{c} - {pc}",
        "H.No. {n}-{k}-{b}, {st}\n{d}, {c} {pc}",
        "Flat {f}, Tower {k}, {d}\n{c} {pc}",
    ],
    pc="######",
    cur="₹{}",
    iban="GB",
    cards="vvmr",
    cs="VU2^^^|VU3^^",
    plate="^^ ## ^^ ####",
    hon_r=("Mr ", "Ms ", " ji", "first"),
)
L(
    "zh_CN",
    "CN",
    "China",
    native=True,
    style="cn",
    ajoin=" ",
    hi="你好|您好|hi",
    thx="谢谢|多谢|thx",
    bye="谢谢|祝好",
    m="伟=Wei|强=Qiang|志明=Zhiming|浩然=Haoran|建国=Jianguo|俊杰=Junjie",
    f="秀英=Xiuying|丽娜=Lina|静=Jing|欣怡=Xinyi|婷婷=Tingting|梦瑶=Mengyao",
    s="王=Wang|李=Li|张=Zhang|刘=Liu|陈=Chen|杨=Yang|赵=Zhao|黄=Huang|欧阳=Ouyang",
    st="建国路|世纪大道|人民南路|珞喻路|中山北路",
    c="北京市|上海市|成都市|武汉市|南京市",
    d="朝阳区|浦东新区|武侯区|洪山区|鼓楼区",
    rst="Jianguo Road|Century Avenue|Renmin South Road|Luoyu Road|Zhongshan North Road",
    rc="Beijing|Shanghai|Chengdu|Wuhan|Nanjing",
    rd="Chaoyang District|Pudong New Area|Wuhou District|Hongshan District|Gulou District",
    af=["{c}{d}{st}{n}号{k}号楼{k}单元{rm}室", "{pc} {c}{d}{st}{n}号院{b}栋{rm}"],
    raf=["Room {rm}, Building {k}\nNo. {n} {st}, {d}\n{c} {pc}", "No. {n} {st}, Apt {rm}\n{d}, {c} {pc}"],
    pc="######",
    cur="¥{}",
    iban="DE",
    cards="uuuvm",
    cs="BG1^^^|BA4^^",
    plate="京A·#####|沪B·^####",
    hon=("", "", "先生~女士", "last"),
    hon_r=("Mr ", "Ms ", "", "last"),
)
L(
    "ja_JP",
    "JP",
    "Japan",
    native=True,
    style="jp",
    ajoin=" ",
    hi="お疲れ様です|こんにちは|hi",
    thx="ありがとうございます|よろしくお願いします|thanks",
    bye="よろしくお願いします|以上です",
    m="翔太=Shota|健一=Kenichi|大輔=Daisuke|拓海=Takumi|蓮=Ren|悠真=Yuma",
    f="花子=Hanako|美咲=Misaki|由美=Yumi|さくら=Sakura|陽菜=Hina|愛=Ai",
    s="佐藤=Sato|鈴木=Suzuki|高橋=Takahashi|田中=Tanaka|渡辺=Watanabe|伊藤=Ito|中村=Nakamura|小林=Kobayashi",
    c="東京都|大阪府|福岡県福岡市|北海道札幌市|愛知県名古屋市",
    d="世田谷区三軒茶屋|北区梅田|博多区博多駅前|中央区北一条西|中区栄",
    x="コーポ桜|メゾン青葉|グランハイツ|サンライズ|パークサイド",
    rc="Tokyo|Osaka|Fukuoka|Sapporo|Nagoya",
    rd="Sangenjaya, Setagaya-ku|Umeda, Kita-ku|Hakata-ekimae, Hakata-ku|Kita 1-jo Nishi, Chuo-ku|Sakae, Naka-ku",
    rx="Corpo Sakura|Maison Aoba|Grand Heights|Sunrise|Parkside",
    af=["〒{pc} {c}{d}{k}-{b}-{k} {x}{rm}号室", "〒{pc}\n{c}{d}{k}丁目{b}-{k}\n{x} {rm}"],
    raf=["{x} {rm}, {k}-{b}-{k} {d}\n{c} {pc}", "{k}-{b}-{k} {d}, {c} {pc}"],
    pc="###-####",
    cur="¥{}",
    iban="DE",
    cards="jjvma",
    cs="JA1^^^|JH3^^|JR6^^",
    plate="品川 ### ^ ##-##",
    hon=("", "", "様", "last"),
    hon_r=("", "", "-san", "last"),
)
L(
    "ko_KR",
    "KR",
    "South Korea",
    native=True,
    style="kr",
    ajoin=" ",
    hi="안녕하세요|안녕|hi",
    thx="감사합니다|고마워요|thx",
    bye="감사합니다",
    m="민준=Min-jun|서준=Seo-jun|도윤=Do-yun|지훈=Ji-hoon|현우=Hyun-woo",
    f="서연=Seo-yeon|지우=Ji-woo|하은=Ha-eun|수빈=Su-bin|민지=Min-ji",
    s="김=Kim|이=Lee|박=Park|최=Choi|정=Jung|강=Kang|윤=Yoon",
    c="서울특별시|부산광역시|대전광역시|인천광역시",
    d="강남구|해운대구|유성구|마포구|연수구",
    st="테헤란로|해운대로|대학로|월드컵북로|컨벤시아대로",
    rc="Seoul|Busan|Daejeon|Incheon",
    rd="Gangnam-gu|Haeundae-gu|Yuseong-gu|Mapo-gu|Yeonsu-gu",
    rst="Teheran-ro|Haeundae-ro|Daehak-ro|World Cup buk-ro|Convensia-daero",
    af=["{c} {d} {st} {n}, {b}동 {rm}호", "({pc}) {c} {d} {st} {n}\n{b}동 {rm}호"],
    raf=["{rm}-ho, {b}-dong, {n} {st}\n{d}, {c} {pc}"],
    pc="#####",
    cur="₩{}",
    iban="DE",
    cards="vvmm",
    cs="HL1^^^|DS2^^",
    plate="##가 ####",
    hon=("", "", " 씨", "full"),
)
L(
    "pt_BR",
    "BR",
    "Brazil",
    style="pt",
    fold=True,
    hi="Oi|Olá|Bom dia",
    thx="Obrigado|Obrigada|valeu",
    bye="Abraço|Att.|Obrigado",
    m="João|Carlos|Thiago|Luiz Fernando|Wesley|Rafael|Gustavo",
    f="Ana Beatriz|Juliana|Francisca|Camila|Thaís|Maria Eduarda|Larissa",
    s="Silva|Souza|Oliveira|Santos|Pereira|Nascimento|Lima|Carvalho|Ferreira|Araújo",
    st="Rua das Laranjeiras|Av. Sete de Setembro|Rua Barão de Mesquita|Travessa São José|Av. Presidente Vargas|Rua Padre Chagas",
    c="Recife - PE|Salvador - BA|Belo Horizonte - MG|Porto Alegre - RS|Manaus - AM",
    d="Boa Viagem|Pituba|Savassi|Moinhos de Vento|Adrianópolis",
    af=[
        "{st}, {n}, apto {f} - {d}\n{c}\n{pc}",
        "{st}, {N} - {d}\n{c}, CEP {pc}",
        "{st} {n}, bloco {k} ap. {f}\n{d} - {c}",
    ],
    pc="#####-###",
    cur="R$ {}",
    tsep=".",
    iban="BR",
    cards="vmmvd",
    cs="PY2^^^|PP5^^",
    plate="^^^#^##",
    lang="pt",
    hon_r=("Sr. ", "Sra. ", "", "first"),
)
L(
    "en_NG",
    "NG",
    "Nigeria",
    hi="How far|Bawo ni|Kedu|Sannu|Good morning",
    thx="thank you o|e se|daalu|na gode",
    bye="God bless|regards",
    m="Chinedu|Oluwaseun|Ibrahim|Emeka|Tunde|Musa|Adebayo|Obinna",
    f="Ngozi|Funmilayo|Aisha|Chiamaka|Yetunde|Zainab|Blessing|Adaeze",
    s="Okafor|Adeyemi|Bello|Eze|Nwosu|Ogunleye|Abubakar|Okonkwo|Balogun|Danjuma",
    st="Adeola Odeku Street|Allen Avenue|Ogui Road|Aminu Kano Crescent|Awolowo Road|Ikwerre Road",
    c="Lagos|Abuja|Enugu|Ibadan|Port Harcourt|Kano",
    d="Victoria Island|Ikeja|Wuse II|Bodija|GRA Phase 2|Lekki Phase 1",
    af=[
        "No. {n} {st}\n{d}\n{c}",
        "Flat {k}, Block {b}, {st}\n{d}, {c}",
        "{n}, {st}, {d}\n{c} {pc}",
        "Plot {N}, {st}\n{d}\n{c}",
    ],
    pc="######",
    cur="₦{}",
    iban="GB",
    cs="5N7^^|5N0^^^",
    plate="^^^ ###-^^",
)
L(
    "ar_EG",
    "EG",
    "Egypt",
    native=True,
    ajoin="، ",
    style="ar",
    hi="أهلاً|السلام عليكم|ahlan",
    thx="شكراً|متشكر|shokran",
    bye="شكراً|تحياتي",
    m="محمد=Mohamed|أحمد=Ahmed|مصطفى=Mostafa|كريم=Karim|عمر=Omar|يوسف=Youssef",
    f="فاطمة=Fatma|نورهان=Nourhan|منى=Mona|ياسمين=Yasmin|هبة=Heba|سلمى=Salma",
    s="عبد الحميد=Abdel Hamid|السيد=El Sayed|حسن=Hassan|إبراهيم=Ibrahim|الشافعي=El Shafei|منصور=Mansour|فؤاد=Fouad",
    st="التحرير|جامعة الدول العربية|الهرم|عباس العقاد|شهاب",
    d="الدقي|المهندسين|مدينة نصر|سموحة|مصر الجديدة",
    c="القاهرة|الجيزة|الإسكندرية",
    rst="El Tahrir St.|Gameat El Dewal El Arabeya St.|El Haram St.|Abbas El Akkad St.|Shehab St.",
    rd="Dokki|Mohandessin|Nasr City|Smouha|Heliopolis",
    rc="Cairo|Giza|Alexandria",
    af=["{n} شارع {st}، الدور {fl}، شقة {f}\n{d}، {c}", "عمارة {n} شارع {st}، {d}، {c}"],
    raf=["{n} {st}, Floor {fl}, Apt {f}\n{d}, {c}", "Bldg {n}, {st}, {d}, {c} {pc}"],
    pc="#####",
    cur="EGP {}",
    iban="EG",
    cs="SU1^^|SU2^^^",
    plate="^ ^ ^ ####",
)
L(
    "mn_MN",
    "MN",
    "Mongolia",
    native=True,
    style="mn",
    hi="Сайн байна уу|Сайн уу|sain uu",
    thx="Баярлалаа|bayarlalaa|баярлалаа",
    bye="Баярлалаа|ok",
    m="Батбаяр=Batbayar|Ганбат=Ganbat|Тэмүүлэн=Temuulen|Болд=Bold|Мөнх-Эрдэнэ=Munkh-Erdene|Анар=Anar",
    f="Сарнай=Sarnai|Оюунчимэг=Oyuunchimeg|Номин=Nomin|Ану=Anu|Энхжин=Enkhjin|Солонго=Solongo",
    s="Дорж=Dorj|Ганзориг=Ganzorig|Батсүх=Batsukh|Цэрэн=Tseren|Пүрэв=Purev|Нямдаваа=Nyamdavaa",
    c="Улаанбаатар|Дархан|Эрдэнэт",
    d="Сүхбаатар|Баянзүрх|Хан-Уул|Чингэлтэй|Сонгинохайрхан",
    st="Энхтайваны өргөн чөлөө|Сөүлийн гудамж|Их тойруу|Чингисийн өргөн чөлөө",
    rc="Ulaanbaatar|Darkhan|Erdenet",
    rd="Sukhbaatar|Bayanzurkh|Khan-Uul|Chingeltei|Songinokhairkhan",
    rst="Enkhtaivan Avenue|Seoul Street|Ikh Toiruu|Chinggis Avenue",
    af=[
        "{c}, {d} дүүрэг\n{k}-р хороо, {st} {n}\n{b}-р байр, {f} тоот",
        "{d} дүүрэг, {k}-р хороо, {b}-р байр, {f} тоот",
    ],
    raf=["Apt {f}, Bldg {b}, {k} khoroo\n{d} district\n{c} {pc}", "{st} {n}, apt {f}, {d} district, {c}"],
    pc="1####",
    cur="₮{}",
    iban="MN",
    cs="JT1^^|JU1^^^",
    plate="####УБ^",
    hon_r=("", "", " guai", "first"),
)


def _pat_kz(father, g, nat):
    if nat:
        return father + ("ұлы" if g == "m" else "қызы")
    return father + ("uly" if g == "m" else "kyzy")


L(
    "kk_KZ",
    "KZ",
    "Kazakhstan",
    native=True,
    style="pat",
    pat=_pat_kz,
    hi="Сәлеметсіз бе|Сәлем|Привет|salem",
    thx="Рақмет|rakhmet|спасибо",
    bye="Рақмет|с уважением",
    m="Нұрлан=Nurlan|Ерлан=Yerlan|Асқар=Askar|Данияр=Daniyar|Тимур=Timur|Бауыржан=Bauyrzhan",
    f="Айгерім=Aigerim|Гүлнар=Gulnar|Дана=Dana|Жанар=Zhanar|Мадина=Madina|Әсел=Assel",
    s="Сейтжанов~Сейтжанова=Seitzhanov~Seitzhanova|Нұрпейісов~Нұрпейісова=Nurpeisov~Nurpeisova|Ахметов~Ахметова=Akhmetov~Akhmetova"
    "|Жұмабаев~Жұмабаева=Zhumabayev~Zhumabayeva|Ким=Kim|Омаров~Омарова=Omarov~Omarova|Байжанов~Байжанова=Baizhanov~Baizhanova",
    c="Алматы|Астана|Шымкент|Қарағанды",
    st="ул. Абая|пр. Достык|ул. Кенесары|ул. Толе би|пр. Республики",
    d="мкр. Самал-2|мкр. Аксай-4|мкр. Жетысу-3|мкр. Орбита-1",
    rc="Almaty|Astana|Shymkent|Karaganda",
    rst="Abay St|Dostyk Ave|Kenesary St|Tole Bi St|Respublika Ave",
    rd="Samal-2|Aksay-4|Zhetysu-3|Orbita-1",
    af=["г. {c}, {st}, д. {n}, кв. {f}\n{pc}", "{c}, {d}, д. {n}, кв. {f}", "{pc}, {c}\n{st} {n}, кв. {f}"],
    raf=["{st} {n}, apt {f}\n{c} {pc}", "{d}, bldg {n}, apt {f}, {c}"],
    pc="0#####|A##^#^#",
    cur="{} ₸",
    tsep=" ",
    iban="KZ",
    cards="vmmr",
    cs="UN7^^|UP2^^^",
    plate="### ^^^ 02",
    hon=("", "", "", "full"),
    ext=" доб. ",
    lang="ru",
)


def _pat_uz(father, g, nat):
    return (
        father + (" o‘g‘li" if g == "m" else " qizi") if nat else father + ("ovich" if g == "m" else "ovna")
    )


L(
    "uz_UZ",
    "UZ",
    "Uzbekistan",
    native=True,
    style="pat",
    pat=_pat_uz,
    hi="Assalomu alaykum|Salom|Privet",
    thx="Rahmat|katta rahmat|спасибо",
    m="Jasur|Sardor|Akmal|Bekzod|Otabek|Dilshod|Ulug‘bek=Ulugbek",
    f="Dilnoza|Nodira|Gulnora|Madina|Shahnoza|Zarina|Mohira",
    s="Karimov~Karimova|Rashidov~Rashidova|Yusupov~Yusupova|Tursunov~Tursunova|Abdullayev~Abdullayeva|Xolmatov~Xolmatova|Ergashev~Ergasheva",
    c="Toshkent|Samarqand|Buxoro|Namangan",
    d="Yunusobod|Mirzo Ulug‘bek|Chilonzor|Yakkasaroy",
    st="Amir Temur|Mustaqillik|Bobur|Navoiy|Shota Rustaveli",
    rd="Yunusabad|Mirzo Ulugbek|Chilanzar|Yakkasaray",
    rc="Tashkent|Samarkand|Bukhara|Namangan",
    af=["{c}, {d} tumani\n{st} ko‘chasi, {n}-uy, {f}-xonadon", "{st} ko‘chasi {n}, kv. {f}\n{c} {pc}"],
    raf=["{st} street {n}, apt {f}\n{d} district, {c} {pc}"],
    pc="1#####",
    cur="{} so‘m",
    tsep=" ",
    iban="GB",
    cards="vmmr",
    cs="UK8^^|UK9^^^",
    plate="01 ^ ### ^^",
    hon=("", "", " aka", "first"),
    ext=" доб. ",
    lang="ru",
)


def _pat_az(father, g, nat):
    if nat:
        return father + (" oğlu" if g == "m" else " qızı")
    return fold(father) + (" oglu" if g == "m" else " qizi")


L(
    "az_AZ",
    "AZ",
    "Azerbaijan",
    native=True,
    style="pat",
    pat=_pat_az,
    hi="Salam|Salam aleykum|Xoş gördük",
    thx="Təşəkkür edirəm|sağ ol|tesekkurler",
    m="Rəşad=Rashad|Elçin=Elchin|Tural|Orxan=Orkhan|Kamran|Vüqar=Vugar",
    f="Günay=Gunay|Aynur|Leyla|Nərmin=Narmin|Səbinə=Sabina|Aygün=Aygun",
    s="Əliyev~Əliyeva=Aliyev~Aliyeva|Məmmədov~Məmmədova=Mammadov~Mammadova|Hüseynov~Hüseynova=Huseynov~Huseynova"
    "|Quliyev~Quliyeva=Guliyev~Guliyeva|Həsənov~Həsənova=Hasanov~Hasanova|Rzayev~Rzayeva",
    c="Bakı|Gəncə|Sumqayıt",
    d="Nəsimi r.|Yasamal r.|Nərimanov r.|Xətai r.",
    st="Nizami küç.|Füzuli küç.|Rəşid Behbudov küç.|Azadlıq pr.",
    rc="Baku|Ganja|Sumgait",
    rd="Nasimi|Yasamal|Narimanov|Khatai",
    rst="Nizami St|Fuzuli St|Rashid Behbudov St|Azadlig Ave",
    af=["{c}, {d}\n{st} {n}, mənzil {f}\n{pc}", "{st} {n}, m. {f}, {c} {pc}"],
    raf=["{n} {st}, apt {f}\n{d}, {c} {pc}"],
    pc="AZ1###",
    cur="{} ₼",
    iban="AZ",
    cs="4K6^^|4J9^^^",
    plate="##-^^-###",
)
L(
    "hy_AM",
    "AM",
    "Armenia",
    native=True,
    hi="Բարև|barev|Բարև Ձեզ",
    thx="Շնորհակալություն|shnorhakalutyun|merci",
    bye="Հարգանքով|mersi",
    m="Արամ=Aram|Տիգրան=Tigran|Դավիթ=Davit|Նարեկ=Narek|Գևորգ=Gevorg|Հայկ=Hayk",
    f="Անի=Ani|Լուսինե=Lusine|Մարիամ=Mariam|Նարինե=Narine|Աննա=Anna|Սոնա=Sona",
    s="Պետրոսյան=Petrosyan|Հակոբյան=Hakobyan|Սարգսյան=Sargsyan|Գրիգորյան=Grigoryan|Ավետիսյան=Avetisyan|Մկրտչյան=Mkrtchyan",
    c="Երևան|Գյումրի|Վանաձոր",
    st="Աբովյան փ.|Տիգրան Մեծի պող.|Սայաթ-Նովայի պող.|Կոմիտասի պող.",
    rc="Yerevan|Gyumri|Vanadzor",
    rst="Abovyan St|Tigran Mets Ave|Sayat-Nova Ave|Komitas Ave",
    af=["{c}, {st} {n}, բն. {f}", "{pc}, {c}\n{st} {n}, բն. {f}"],
    raf=["{n} {st}, apt {f}\n{c} {pc}"],
    pc="00##",
    cur="{} ֏",
    iban="GB",
    cs="EK6^^|EK8^^^",
    plate="##^^###",
)
L(
    "ka_GE",
    "GE",
    "Georgia",
    native=True,
    hi="გამარჯობა|gamarjoba|gaumarjos",
    thx="მადლობა|madloba|didi madloba",
    bye="პატივისცემით|madloba",
    m="გიორგი=Giorgi|ლევან=Levan|დავით=Davit|ნიკა=Nika|ირაკლი=Irakli|ლაშა=Lasha",
    f="ნინო=Nino|თამარ=Tamar|მარიამ=Mariam|ანა=Ana|სალომე=Salome|ეკა=Eka",
    s="ბერიძე=Beridze|კაპანაძე=Kapanadze|გელაშვილი=Gelashvili|მაისურაძე=Maisuradze|ლომიძე=Lomidze|ჯაფარიძე=Japaridze",
    c="თბილისი|ბათუმი|ქუთაისი",
    st="ჭავჭავაძის გამზ.|რუსთაველის გამზ.|პეკინის ქ.|გორგასლის ქ.",
    rc="Tbilisi|Batumi|Kutaisi",
    rst="Chavchavadze Ave|Rustaveli Ave|Pekini St|Gorgasali St",
    af=["{c}, {st} {n}, ბ. {f}", "{st} N{n}, ბინა {f}\n{c} {pc}"],
    raf=["{n} {st}, apt {f}\n{c} {pc}"],
    pc="0###",
    cur="{} ₾",
    iban="GE",
    cs="4L1^^|4L4^^^",
    plate="^^-###-^^",
)
L(
    "sq_AL",
    "AL",
    "Albania",
    fold=True,
    hi="Përshëndetje|Tung|Ç'kemi",
    thx="Faleminderit|flm|rrofsh",
    bye="Me respekt|flm",
    m="Arben|Ermal|Besnik|Klajdi|Erion|Gentian",
    f="Elira|Anisa|Blerina|Jonida|Ardita|Klea",
    s="Hoxha|Shehu|Krasniqi|Leka|Dervishi|Gjoka|Basha|Çela",
    st="Myslym Shyri|Ismail Qemali|Sami Frashëri|Dëshmorët e Kombit|Kavajës",
    c="Tiranë|Durrës|Shkodër|Vlorë",
    af=[
        "Rruga {st}, Pallati {b}, Shkalla {k}, Ap. {f}\n{pc} {c}",
        "Rr. {st} {n}\n{pc} {c}",
        "Rruga {st}, nr. {n}, kati {fl}\n{c}",
    ],
    pc="10##|20##",
    cur="{} lekë",
    tsep=" ",
    iban="AL",
    cs="ZA1^^|ZA2^^^",
    plate="^^ ###^^",
)
L(
    "bs_BA",
    "BA",
    "Bosnia and Herzegovina",
    fold=True,
    hi="Zdravo|Ćao|Selam",
    thx="Hvala|fala|hvala puno",
    bye="Pozdrav|Lp",
    m="Adnan|Emir|Haris|Dario|Nikola|Kenan",
    f="Amra|Lejla|Ajla|Ivana|Selma|Merima",
    s="Hodžić|Begić|Kovačević|Delić|Mehmedović|Jurić|Softić|Šehić",
    st="Zmaja od Bosne|Titova|Ferhadija|Kralja Tvrtka|Maršala Tita|Hamdije Kreševljakovića",
    c="Sarajevo|Mostar|Tuzla|Banja Luka|Zenica",
    af=["{st} {n}, stan {f}\n{pc} {c}", "{st} {n}/{k}\n{pc} {c}"],
    pc="7##00|88000",
    cur="{} KM",
    iban="BA",
    cs="E71^^|T91^^^",
    plate="^##-^-###",
)
L(
    "mk_MK",
    "MK",
    "North Macedonia",
    native=True,
    hi="Здраво|Zdravo|Ćao",
    thx="Благодарам|fala|благодарам",
    bye="Поздрав|Pozdrav",
    m="Александар=Aleksandar|Никола=Nikola|Бојан=Bojan|Горан=Goran|Стефан=Stefan",
    f="Марија=Marija|Елена=Elena|Ивана=Ivana|Сања=Sanja|Билјана=Biljana",
    s="Петровски~Петровска=Petrovski~Petrovska|Николовски~Николовска=Nikolovski~Nikolovska|Стојанов~Стојанова=Stojanov~Stojanova"
    "|Јовановски~Јовановска=Jovanovski~Jovanovska|Трајков~Трајкова=Trajkov~Trajkova",
    st="Македонија|Партизански одреди|Гоце Делчев|Илинденска",
    c="Скопје|Битола|Охрид",
    rst="Makedonija|Partizanski odredi|Goce Delčev|Ilindenska",
    rc="Skopje|Bitola|Ohrid",
    af=["ул. {st} бр. {n}, стан {f}\n{pc} {c}", "ул. {st} {n}/{k}, {c}"],
    raf=["ul. {st} br. {n}, stan {f}\n{pc} {c}"],
    pc="1000|7000|6000",
    cur="{} ден.",
    iban="MK",
    cs="Z35^^|Z32^^^",
    plate="SK-####-^^",
)
L(
    "sl_SI",
    "SI",
    "Slovenia",
    fold=True,
    hi="Živjo|Zdravo|Dober dan",
    thx="Hvala|hvala lepa",
    bye="Lp|Lep pozdrav",
    m="Luka|Matej|Rok|Jure|Gregor|Žiga",
    f="Nina|Maja|Špela|Tjaša|Petra|Urška",
    s="Novak|Horvat|Krajnc|Zupančič|Kovačič|Potočnik|Mlakar",
    st="Slovenska cesta|Celovška cesta|Trubarjeva ulica|Gosposvetska cesta|Prešernova ulica",
    c="Ljubljana|Maribor|Celje|Koper",
    af=["{st} {n}\n{pc} {c}", "{st} {n}a, {pc} {c}"],
    pc="1000|2000|3000|6000",
    iban="SI",
    cs="S51^^|S57^^^",
    plate="LJ ^^-###",
)
L(
    "sk_SK",
    "SK",
    "Slovakia",
    fold=True,
    hi="Ahoj|Dobrý deň|Čau",
    thx="Ďakujem|vďaka|dik",
    bye="S pozdravom|Ďakujem",
    m="Peter|Martin|Juraj|Tomáš|Lukáš|Marek",
    f="Zuzana|Katarína|Lucia|Monika|Jana|Veronika",
    s="Kováč~Kováčová|Horváth~Horváthová|Varga~Vargová|Tóth~Tóthová|Baláž~Balážová|Novák~Nováková",
    st="Hlavná|Obchodná|Štúrova|Mierová|Hviezdoslavova",
    c="Bratislava|Košice|Žilina|Nitra",
    af=["{st} {N}/{k}\n{pc} {c}", "{st} {n}, {pc} {c}"],
    pc="### ##",
    iban="SK",
    cs="OM3^^|OM7^^^",
    plate="BA-###^^",
)
L(
    "et_EE",
    "EE",
    "Estonia",
    fold=True,
    hi="Tere|Tsau|Tervist",
    thx="Aitäh|tänan|aitäh",
    bye="Parimat|Lugupidamisega",
    m="Andres|Mart|Rasmus|Kristjan|Tõnu|Siim",
    f="Kadri|Liis|Triin|Maarja|Kätlin|Piret",
    s="Tamm|Saar|Sepp|Mägi|Kask|Kukk|Rebane|Ilves",
    st="Pärnu mnt|Narva mnt|Tartu mnt|Vabaduse pst|Riia",
    c="Tallinn|Tartu|Pärnu|Narva",
    af=["{st} {n}-{f}\n{pc} {c}", "{st} {n}, {c} {pc}"],
    pc="1####|5####",
    iban="EE",
    cs="ES1^^|ES5^^^",
    plate="### ^^^",
)
L(
    "lv_LV",
    "LV",
    "Latvia",
    fold=True,
    hi="Sveiki|Čau|Labdien",
    thx="Paldies|liels paldies",
    bye="Ar cieņu|Paldies",
    m="Jānis|Andris|Mārtiņš|Kārlis|Edgars|Raivis",
    f="Anna|Līga|Ilze|Kristīne|Dace|Elīna",
    s="Bērziņš~Bērziņa|Kalniņš~Kalniņa|Ozoliņš~Ozoliņa|Liepa|Krūmiņš~Krūmiņa|Jansons~Jansone",
    st="Brīvības|Elizabetes|Dzirnavu|Tērbatas|Lāčplēša",
    c="Rīga|Daugavpils|Liepāja|Jelgava",
    af=["{st} iela {n}-{f}\n{c}, LV-{pc}", "{st} iela {n}, dz. {f}, {c}, LV-{pc}"],
    pc="10##|54##",
    iban="LV",
    cs="YL2^^|YL3^^^",
    plate="^^-####",
)
L(
    "lt_LT",
    "LT",
    "Lithuania",
    fold=True,
    hi="Labas|Sveiki|Laba diena",
    thx="Ačiū|labai ačiū",
    bye="Pagarbiai|Ačiū",
    m="Mantas|Tomas|Lukas|Darius|Paulius|Žygimantas",
    f="Eglė|Rūta|Gintarė|Ieva|Austėja|Greta",
    s="Kazlauskas~Kazlauskienė|Petrauskas~Petrauskaitė|Jankauskas~Jankauskienė|Stankevičius~Stankevičiūtė|Vasiliauskas~Vasiliauskienė",
    st="Vilniaus g.|Gedimino pr.|Laisvės al.|Savanorių pr.|Pylimo g.",
    c="Vilnius|Kaunas|Klaipėda|Šiauliai",
    af=["{st} {n}-{f}\nLT-{pc} {c}", "{st} {n}, LT-{pc} {c}"],
    pc="0####|4####",
    iban="LT",
    cs="LY1^^|LY2^^^",
    plate="^^^ ###",
)
L(
    "mt_MT",
    "MT",
    "Malta",
    hi="Bonġu|Awwe|Hello",
    thx="Grazzi|grazzi ħafna|thanks",
    bye="Saħħa|Regards",
    m="Joseph|Matthew|Jean Paul|Kurt|Luke|Clint",
    f="Maria|Marija|Rebecca|Nicole|Roberta|Graziella",
    s="Borg|Camilleri|Vella|Farrugia|Zammit|Galea|Grech|Micallef|Caruana|Attard",
    st="Triq il-Kbira|Triq San Pawl|Triq id-Dejqa|Triq tal-Gżira|Triq Sant'Anna|Triq il-Wied",
    c="Birkirkara|Mosta|Sliema|Żabbar|Rabat|Naxxar",
    x="Ta' Ġorġ|Dar il-Warda|Sunny Flats|Il-Bejta|Santa Marija|Blue Skies Apts",
    af=["{x}, Flat {k}\n{st}\n{c} {pc}", "{n}, {st}\n{c} {pc}", "{x}, {st}, {c} {pc}"],
    pc="^^^ ####",
    iban="MT",
    cs="9H1^^|9H3^^^",
    plate="^^^ ###",
)
L(
    "lb_LU",
    "LU",
    "Luxembourg",
    hi="Moien|Bonjour|Hallo",
    thx="Merci|Villmools merci",
    bye="Schéinen Dag|Cordialement",
    m="Jeff|Luc|Pol|Marc|Gilles|Tiago|Sven",
    f="Anne|Carole|Lis|Sandy|Mireille|Joana|Tessy",
    s="Schmit|Muller|Weber|Hoffmann|Wagner|Reuter|da Silva|Kieffer|Schroeder",
    st="rue de la Gare|route d'Arlon|Grand-Rue|rue Principale|avenue de la Liberté|rue de Hollerich",
    c="Luxembourg|Esch-sur-Alzette|Differdange|Ettelbruck",
    af=["{n}, {st}\nL-{pc} {c}", "{n}, {st}, app. {k}\nL-{pc} {c}"],
    pc="####",
    iban="LU",
    cs="LX1^^|LX2^^^",
    plate="^^ ####",
    lang="fr",
    hon_r=("M. ", "Mme ", "", "last"),
)
L(
    "is_IS",
    "IS",
    "Iceland",
    style="is",
    fold=True,
    hi="Halló|Hæ|Sæl|Sæll",
    thx="Takk|takk fyrir|takk kærlega",
    bye="Kveðja|Bestu kveðjur",
    m="Jón|Gunnar|Sigurður|Einar|Ólafur|Kári|Guðmundur",
    f="Guðrún|Sigríður|Anna|Helga|Kristín|Sunna|Þórdís",
    s="Jóns|Gunnars|Sigurðar|Einars|Ólafs|Magnús|Stefáns|Kristjáns|Þórðar",
    st="Laugavegur|Hringbraut|Skólavörðustígur|Bústaðavegur|Hafnarstræti|Þingholtsstræti",
    c="Reykjavík|Kópavogur|Akureyri|Hafnarfjörður",
    af=["{st} {n}\n{pc} {c}", "{st} {n}, íbúð {rm}\n{pc} {c}"],
    pc="1##|2##|6##",
    cur="{} kr.",
    tsep=".",
    iban="IS",
    cs="TF3^^|TF1^^^",
    plate="^^ ###",
    hon_r=("", "", "", "first"),
)
L(
    "fo_FO",
    "FO",
    "Faroe Islands",
    fold=True,
    hi="Hey|Góðan dag|Hallo",
    thx="Takk fyri|takk",
    bye="Vinaliga|Kvøðja",
    m="Rógvi|Jóannes|Símun|Bárður|Heini|Sjúrður",
    f="Sigrid|Rannvá|Guðrun|Marjun|Sunneva|Katrin",
    s="Joensen|Hansen|Jacobsen|Poulsen|Olsen|Djurhuus|Dam|Mikkelsen",
    st="Niels Finsens gøta|Áarvegur|Dalavegur|Landavegur|Hoyvíksvegur",
    c="Tórshavn|Klaksvík|Runavík|Tvøroyri",
    af=["{st} {n}\nFO-{pc} {c}", "{st} {n}, {fl}. hædd, FO-{pc} {c}"],
    pc="1##|7##|6##",
    cur="{} kr.",
    iban="FO",
    cs="OY1^^|OY3^^^",
    plate="^^ ###",
)
L(
    "kl_GL",
    "GL",
    "Greenland",
    hi="Aluu|Hej|Haluu",
    thx="Qujanaq|qujanarsuaq|tak",
    bye="Inuulluaqqusillunga|Hilsen",
    m="Aqqaluk|Hans|Kunuk|Nuka|Malik|Inuk",
    f="Aviaja|Naja|Ane|Pipaluk|Arnaq|Nivi",
    s="Lynge|Kleist|Petersen|Olsen|Motzfeldt|Berthelsen|Kristiansen",
    st="Aqqusinersuaq|Qullilerfik|Imaneq|Tuapannguit|Issortarfimmut",
    c="Nuuk|Sisimiut|Ilulissat|Qaqortoq",
    af=["{st} {n}, lejl. {k}\n{pc} {c}", "B-{N}, {st}\n{pc} {c}"],
    pc="3900|3911|3952|3920",
    cur="{} kr.",
    iban="GL",
    cs="OX3^^|OX2^^^",
    plate="GR #####",
)
L(
    "ar_TN",
    "TN",
    "Tunisia",
    native=True,
    ajoin="، ",
    style="ar",
    hi="Aslema|عسلامة|Salut|Ahla",
    thx="Yaatik saha|عيشك|merci|barcha merci",
    bye="Bslama|Cordialement",
    m="محمد أمين=Mohamed Amine|سفيان=Sofiene|حمزة=Hamza|أيمن=Aymen|وليد=Walid|ياسين=Yassine",
    f="مريم=Meriem|إيناس=Ines|سارة=Sarra|أميرة=Amira|رحمة=Rahma|إيمان=Imen",
    s="الطرابلسي=Trabelsi|بن عمر=Ben Amor|الجلاصي=Jlassi|الغربي=Gharbi|بن سالم=Ben Salem|المرزوقي=Marzouki|الشابي=Chebbi",
    st="ابن خلدون|الحرية|مرسيليا|الحبيب ثامر",
    c="تونس|صفاقس|سوسة|أريانة",
    rst="rue Ibn Khaldoun|rue de Marseille|avenue de la Liberté|rue Habib Thameur|rue d'Alger",
    rc="Tunis|Sfax|Sousse|La Marsa|Ariana",
    rx="Les Jasmins|El Amen|Ennasr 2|Les Berges du Lac",
    af=["{n} نهج {st}\n{pc} {c}", "عمارة {b}، شقة {f}، نهج {st}، {c}"],
    raf=["{n}, {st}\n{pc} {c}", "Résidence {x}, Appt {b}{k}\n{st}, {pc} {c}"],
    pc="1###|2###|3###|4###",
    cur="{} DT",
    iban="TN",
    cs="3V8^^|3V8^^^",
    plate="### تونس ####",
    lang="fr",
    hon_r=("M. ", "Mme ", "", "last"),
)
L(
    "fr_DZ",
    "DZ",
    "Algeria",
    hi="Salam khouya|Saha|Azul|Bonjour",
    thx="Saha|merci bezzaf|yaatik saha",
    bye="Cordialement|Salam",
    m="Yacine|Karim|Sofiane|Mourad|Walid|Amine|Massinissa",
    f="Amina|Lina|Nesrine|Sarah|Imene|Kahina|Thiziri",
    s="Benali|Boudiaf|Mansouri|Haddad|Belkacem|Ait Ahmed|Zerrouki|Saidi|Bouzid",
    st="rue Didouche Mourad|boulevard Larbi Ben M'hidi|rue Hassiba Ben Bouali|rue des Frères Bouadou",
    c="Alger|Oran|Constantine|Béjaïa|Tizi Ouzou",
    x="1200 Logements|El Badr|Les Pins|AADL Bouinan|Les Orangers",
    af=["Cité {x}, Bt {k}, n° {n}\n{c}", "{n}, {st}\n{pc} {c}", "Cité {x}, bloc {k}, porte {f}\n{pc} {c}"],
    pc="16###|31###|25###|06###",
    cur="{} DA",
    tsep=" ",
    iban="FR",
    cs="7X2^^|7X4^^^",
    plate="#####-###-16",
    lang="fr",
    hon_r=("M. ", "Mme ", "", "last"),
)
L(
    "ar_LY",
    "LY",
    "Libya",
    native=True,
    ajoin="، ",
    style="ar",
    hi="السلام عليكم|Salam|Shniya",
    thx="شكراً|Shukran|barak allahu feek",
    bye="تحياتي|Salam",
    m="علي=Ali|سالم=Salem|عبد الرحمن=Abdulrahman|مصطفى=Mustafa|حمزة=Hamza|أنس=Anas",
    f="فاطمة=Fatima|هناء=Hana|سعاد=Suad|رانيا=Rania|آمنة=Amna|مروة=Marwa",
    s="الورفلي=Al-Werfalli|المصراتي=Al-Misrati|بن حميد=Ben Hamid|الزوي=Al-Zway|الترهوني=Al-Tarhuni|الفيتوري=Al-Fitouri",
    c="طرابلس|بنغازي|مصراتة",
    d="حي الأندلس|قرجي|الفويهات|سوق الجمعة",
    st="عمر المختار|الجمهورية|النصر|الجرابة",
    rc="Tripoli|Benghazi|Misrata",
    rd="Hay Al-Andalus|Gargaresh|Al-Fuwayhat|Souq Al-Juma",
    rst="Omar Al-Mukhtar St|Al-Jumhuriya St|Al-Nasr St|Al-Jaraba St",
    af=["{c}، {d}\nشارع {st}، عمارة {b}، شقة {f}", "شارع {st}، منزل رقم {n}، {d}، {c}"],
    raf=["Bldg {b}, Flat {f}, {st}\n{d}, {c}", "House {n}, {st}, {d}, {c}"],
    pc="",
    cur="{} LYD",
    iban="LY",
    cs="5A1^^|5A7^^^",
    plate="5-######",
)
L(
    "ar_SD",
    "SD",
    "Sudan",
    native=True,
    ajoin="، ",
    style="ar",
    hi="سلام|Salam|Azayak",
    thx="شكراً|shukran|shukran jazeelan",
    bye="مع التحية|Salam",
    m="محمد=Mohamed|عثمان=Osman|الطيب=Eltayeb|مجدي=Magdi|حسن=Hassan|معاذ=Moaz",
    f="عفاف=Afaf|سلمى=Salma|هالة=Hala|نون=Noon|رؤى=Roaa|ملاذ=Malaz",
    s="عبد الله=Abdalla|الأمين=Elamin|بابكر=Babiker|ميرغني=Mirghani|إدريس=Idris|الفكي=Elfaki",
    c="الخرطوم|أم درمان|بورتسودان|ود مدني",
    d="الرياض|أركويت|العمارات|الثورة الحارة 3",
    rc="Khartoum|Omdurman|Port Sudan|Wad Madani",
    rd="Al-Riyadh|Arkaweet|Al-Amarat|Thawra Block 3",
    af=["{c}، {d}، مربع {k}، منزل رقم {n}", "{d}، شارع {n}، منزل {N}\n{c}"],
    raf=["House {n}, Block {k}, {d}\n{c}", "Street {n}, House {N}, {d}, {c}"],
    pc="",
    cur="SDG {}",
    iban="SD",
    cs="ST2^^|ST0^^^",
    plate="خ ####",
)
_FR_AF = dict(lang="fr", hon_r=("M. ", "Mme ", "", "last"), iban="FR", cur="{} FCFA", tsep=" ")
L(
    "fr_SN",
    "SN",
    "Senegal",
    base=_FR_AF,
    hi="Nanga def|Salaam aleekum|Bonjour",
    thx="Jërëjëf|merci|jerejef",
    bye="Ba beneen|Cordialement",
    m="Mamadou|Cheikh|Ousmane|Ibrahima|Abdoulaye|Moussa|Pape",
    f="Fatou|Aminata|Awa|Mariama|Khady|Ndeye|Coumba",
    s="Diop|Ndiaye|Fall|Sow|Diallo|Sarr|Gueye|Mbaye|Faye|Seck",
    d="Sicap Liberté 6|HLM Grand Yoff|Parcelles Assainies U17|Mermoz|Ouest Foire|Point E",
    c="Dakar|Thiès|Saint-Louis|Ziguinchor",
    x="Keur Gorgui|Fadia|Les Almadies|Sacré-Cœur 3",
    st="rue Carnot|avenue Mohamed V|rue Félix Faure|rue Jules Ferry",
    af=["{d}, villa n° {N}\n{c}", "Cité {x}, lot {n}\n{c}", "{n}, {st}, {fl}e étage\n{c}"],
    pc="",
    cs="6W1^^|6V7^^^",
    plate="DK-####-^^",
)
L(
    "fr_CI",
    "CI",
    "Côte d'Ivoire",
    base=_FR_AF,
    hi="Bonjour|On dit quoi|Akwaba",
    thx="Merci|merci beaucoup dè|merci o",
    bye="Cordialement|Bonne journée",
    m="Kouassi|Yao|Koffi|Adama|Serge|Didier|Ange",
    f="Aya|Adjoua|Mariam|Affoué|Christelle|Fatim|Prisca",
    s="Kouamé|Koné|Ouattara|Traoré|N'Guessan|Bamba|Kouadio|Coulibaly|Konan",
    d="Cocody Riviera 3|Yopougon Selmer|Marcory Zone 4|Plateau Dokui|Angré 8e tranche",
    c="Abidjan|Bouaké|Yamoussoukro|San-Pédro",
    x="cité SIR|résidence Les Palmiers|cité des Arts|îlot 14",
    af=["{d}, {x}\nvilla {n}, {c}", "{c} {d}, lot {N}, îlot {k}", "{d}\n{x}, villa {n}\n{c}"],
    pc="",
    cs="TU2^^|TU5^^^",
    plate="#### ^^ 01",
)
L(
    "fr_CM",
    "CM",
    "Cameroon",
    base=_FR_AF,
    hi="Bonjour|Massa|On dit quoi|Hello",
    thx="Merci|merci beaucoup|thank you",
    bye="Cordialement|Bonne journée",
    m="Jean-Pierre|Paul|Emmanuel|Samuel|Aboubakar|Hervé",
    f="Brigitte|Clarisse|Nadège|Aïssatou|Pauline|Sandrine",
    s="Mbarga|Nkoulou|Fotso|Tchoupo|Ngo Bassa|Kamga|Atangana|Essomba|Nguemo",
    d="Bonapriso|Bastos|Akwa|Biyem-Assi|Makepe|Omnisport",
    c="Yaoundé|Douala|Bafoussam|Garoua",
    st="rue Njo-Njo|rue Joss|rue Koloko|rue Tokoto",
    af=["{st}, porte {n}\n{d}, {c}", "Quartier {d}, immeuble {k}, appt {f}\n{c}"],
    pc="",
    cs="TJ1^^|TJ3^^^",
    plate="LT ### ^^",
)
L(
    "fr_CD",
    "CD",
    "DR Congo",
    base=_FR_AF,
    hi="Mbote|Jambo|Bonjour",
    thx="Matondo|Asante|merci",
    bye="Cordialement|Matondo",
    m="Patrick|Jean-Marie|Christian|Fiston|Glody|Héritier|Trésor",
    f="Grâce|Merveille|Ornella|Rachel|Naomie|Esther|Divine",
    s="Mukendi|Kalala|Tshibangu|Ilunga|Mbuyi|Lukusa|Kasongo|Mwamba|Nzuzi",
    st="Av. Kasa-Vubu|Av. de la Libération|Av. du Commerce|Av. Bandundu|Av. des Aviateurs",
    d="Matonge|Yolo Nord|Binza Ozone|Righini",
    x="Kalamu|Kintambo|Ngaliema|Lemba",
    c="Kinshasa|Lubumbashi|Goma|Kisangani",
    af=["{st} n° {n}, Q/{d}\nC/{x}, {c}", "{st} n° {n}, C/{x}, {c}"],
    pc="",
    cur="{} FC",
    cs="9Q1^^|9Q6^^^",
    plate="#### ^^ ##",
)
L(
    "rw_RW",
    "RW",
    "Rwanda",
    style="rw",
    hi="Muraho|Mwaramutse|Bite",
    thx="Murakoze|Murakoze cyane|merci",
    bye="Murakoze|Regards",
    m="Jean Claude|Eric|Olivier|Innocent|Patrick|Emmanuel",
    f="Aline|Divine|Clarisse|Grace|Diane|Solange",
    s="Uwimana|Niyonsenga|Mugisha|Habimana|Ishimwe|Mukamana|Nshimiyimana|Iradukunda",
    st="KG 11 Ave|KN 5 Rd|KK 15 Rd|KG 9 Ave|KN 82 St|KG 541 St",
    d="Kimihurura|Kicukiro|Remera|Nyamirambo|Kacyiru",
    c="Kigali|Huye|Musanze|Rubavu",
    af=["{st} {n}, {d}\n{c}", "House {n}, {st}\n{d}, {c}"],
    pc="",
    cur="{} RWF",
    iban="GB",
    cs="9X0^^|9X2^^^",
    plate="R^^ ###^",
)
_EN_AF = dict(iban="GB", bye="Regards|Blessings|thanks")
L(
    "en_UG",
    "UG",
    "Uganda",
    base=_EN_AF,
    hi="Oli otya|Gyebale ko|Hello",
    thx="Webale|webale nnyo|thank you",
    m="Brian|Ivan|Ronald|Joseph|Isaac|Denis",
    f="Esther|Patience|Sharon|Joan|Brenda|Doreen",
    s="Mukasa|Nakato|Ssemakula|Okello|Namubiru|Kato|Atwine|Tumusiime|Achieng",
    st="Kampala Road|Bombo Road|Kira Road|Lumumba Avenue|Jinja Road|Ntinda-Kisaasi Road",
    d="Ntinda|Kololo|Bukoto|Wandegeya|Najjera",
    c="Kampala|Entebbe|Gulu|Mbarara|Jinja",
    af=["Plot {n}, {st}\n{d}\n{c}", "Block {N} Plot {n}, {d}\n{c}"],
    pc="",
    cur="UGX {}",
    cs="5X1^^|5X4^^^",
    plate="U^^ ###^",
)
L(
    "en_ZM",
    "ZM",
    "Zambia",
    base=_EN_AF,
    hi="Muli shani|Muli bwanji|Hello",
    thx="Natotela|zikomo|thank you",
    m="Mwila|Chanda|Bwalya|Mulenga|Kelvin|Joseph",
    f="Natasha|Mutinta|Chipo|Mwaka|Precious|Bupe",
    s="Banda|Phiri|Mwale|Tembo|Zulu|Lungu|Sakala|Chileshe|Mwansa",
    st="Great East Road|Cairo Road|Independence Avenue|Addis Ababa Drive|Kafue Road",
    d="Kabulonga|Woodlands|Rhodes Park|Chelston|Northmead",
    c="Lusaka|Ndola|Kitwe|Livingstone",
    af=["Plot {N}, {st}\n{d}\n{c}", "House No. {n}, {st}, {d}\n{c} {pc}"],
    pc="10101|10100|50100",
    cur="K{}",
    cs="9J2^^|9J3^^^",
    plate="^^^ ####",
)
L(
    "en_ZW",
    "ZW",
    "Zimbabwe",
    base=_EN_AF,
    hi="Mhoro|Mangwanani|Salibonani",
    thx="Mazvita|Ndatenda|siyabonga",
    m="Tendai|Tatenda|Farai|Tinashe|Blessing|Kudakwashe",
    f="Rutendo|Chiedza|Nyasha|Tariro|Ruvimbo|Vimbai",
    s="Moyo|Ncube|Dube|Sibanda|Chikwanha|Mutasa|Mhlanga|Gumbo|Marufu",
    st="Samora Machel Avenue|Jason Moyo Avenue|Harare Drive|Borrowdale Road|Fife Street",
    d="Avondale|Mabelreign|Borrowdale|Suburbs|Highfield",
    c="Harare|Bulawayo|Mutare|Gweru",
    x="Cranbourne Court|Msasa Mansions|Kopje Flats",
    af=["{n} {st}\n{d}\n{c}", "Flat {k}, {x}\n{n} {st}, {c}"],
    pc="",
    cur="US${}",
    cs="Z21^^|Z22^^^",
    plate="^^^ ####",
)
L(
    "en_BW",
    "BW",
    "Botswana",
    base=_EN_AF,
    hi="Dumela|Dumelang|Le kae",
    thx="Ke a leboga|Ke itumetse|thanks",
    m="Kabelo|Thabo|Kagiso|Onalenna|Tumelo|Mpho",
    f="Boitumelo|Naledi|Keneilwe|Lorato|Masego|Onkarabile",
    s="Molefe|Mogapi|Sebina|Tau|Modise|Motsumi|Kebonang|Ntsima",
    st="Nelson Mandela Drive|Independence Avenue|Khama Crescent|Kudumatse Road",
    d="Extension 9|Phase 2|Block 8|Broadhurst|Tlokweng",
    c="Gaborone|Francistown|Maun|Palapye",
    af=["Plot {N}, {d}\n{c}", "Plot {N}, {st}\n{d}, {c}"],
    pc="",
    cur="P{}",
    cs="A22^^|A25^^^",
    plate="B ### ^^^",
)
L(
    "en_NA",
    "NA",
    "Namibia",
    base=_EN_AF,
    hi="Hallo|Moro|Wa lalapo|Howzit",
    thx="Dankie|Tangi|thanks hey",
    m="Tangeni|Petrus|Mbaha|Ruben|Hendrik|Tuhafeni",
    f="Ndapewa|Kaarina|Frieda|Ndinelao|Anna-Marie|Helvi",
    s="Shikongo|Nghidinwa|Amutenya|van Wyk|Kambonde|Tjiriange|Angula|Iipinge|Beukes",
    st="Independence Avenue|Sam Nujoma Drive|Robert Mugabe Avenue|Nelson Mandela Avenue|Hosea Kutako Drive",
    d="Klein Windhoek|Katutura|Eros|Olympia|Khomasdal",
    c="Windhoek|Walvis Bay|Oshakati|Swakopmund",
    af=["{n} {st}\n{d}\n{c}", "Erf {N}, {st}\n{d}, {c}"],
    pc="",
    cur="N${}",
    iban="DE",
    cs="V51^^|V55^^^",
    plate="N ####W",
)
_PT_AF = dict(lang="pt", style="pt", hon_r=("Sr. ", "Sra. ", "", "first"), iban="PT", fold=True)
L(
    "pt_MZ",
    "MZ",
    "Mozambique",
    base=_PT_AF,
    hi="Olá|Bom dia|Avuxeni",
    thx="Obrigado|Kanimambo|obrigada",
    bye="Abraço|Cumprimentos",
    m="Armando|Nelson|Edson|Celso|Amade|Faizal",
    f="Graça|Ivone|Nádia|Felismina|Anabela|Luísa",
    s="Macuácua|Tembe|Sitoe|Cossa|Nhantumbo|Mabunda|Matsinhe|Langa",
    st="Av. Julius Nyerere|Av. 24 de Julho|Av. Eduardo Mondlane|Av. Vladimir Lenine|Av. Mao Tsé-Tung",
    d="Polana Cimento|Sommerschield|Malhangalene|Alto Maé|Triunfo",
    c="Maputo|Matola|Beira|Nampula",
    af=["{st}, n.º {n}, {fl}.º andar, flat {k}\n{c}", "Bairro {d}, Q. {k}, casa n.º {n}\n{c}"],
    pc="",
    cur="{} MT",
    tsep=".",
    cs="C91^^|C92^^^",
    plate="^^^-###-MC",
)
L(
    "pt_AO",
    "AO",
    "Angola",
    base=_PT_AF,
    hi="Olá|Bom dia|Tás bem?",
    thx="Obrigado|brigado|obrigada",
    bye="Abraço|Cumprimentos",
    m="Manuel|Domingos|Adilson|Edvaldo|Hélder|Joaquim",
    f="Esperança|Teresa|Isabel|Marisa|Yolanda|Helena",
    s="Neto|Fernandes|Cassoma|Lourenço|Kiala|Mateus|Sebastião|Bento|Capitão",
    st="Rua Rainha Ginga|Rua Major Kanhangulo|Av. Amílcar Cabral|Rua Comandante Valódia|Rua Direita do Zango",
    d="Maianga|Ingombota|Talatona|Viana|Cazenga",
    c="Luanda|Benguela|Huambo|Lubango",
    af=[
        "{st}, n.º {n}, {d}\n{c}",
        "Bairro {d}, Rua {k}, casa {n}\n{c}",
        "{st} {n}, {fl}.º andar, porta {k}\n{d}, {c}",
    ],
    pc="",
    cur="{} Kz",
    tsep=".",
    cs="D2^^^|D3^^",
    plate="LD-##-##-^^",
)
L(
    "mg_MG",
    "MG",
    "Madagascar",
    style="mg",
    hi="Manao ahoana|Salama|Akory",
    thx="Misaotra|misaotra betsaka|merci",
    bye="Veloma|Cordialement",
    m="Hery|Andry|Tojo|Mamy|Rivo|Njaka",
    f="Fanja|Voahangy|Lalao|Tiana|Haingo|Miora",
    s="Rakotomalala|Randriamampionona|Rasoanaivo|Andrianarisoa|Rabearivelo|Razafindrakoto|Rakotondrabe|Ratsimbazafy",
    d="Ankorondrano|Ambohijatovo|Analakely|Ivandry|Ambanidia",
    c="Antananarivo|Toamasina|Antsirabe|Mahajanga",
    x="IVG 25|II M 14 Bis|VA 32 Ter|III E 85|IPA 12",
    af=["Lot {x} {d}\n{c} {pc}", "Logement {n}, Cité {d}\n{c}"],
    pc="101|501|110|401",
    cur="{} Ar",
    tsep=" ",
    iban="FR",
    lang="fr",
    cs="5R8^^|5R8^^^",
    plate="#### T^^",
    hon_r=("Ramose ", "Ramatoa ", "", "first"),
)
L(
    "en_MU",
    "MU",
    "Mauritius",
    hi="Bonzour|Ki manière|Hello",
    thx="Mersi|merci|thanks",
    bye="Regards|Bonne journée",
    m="Vikash|Jean-Noël|Yousouf|Kevin|Rajesh|Stéphane",
    f="Priya|Anne-Laure|Nafeeza|Cindy|Sheetal|Marie-Josée",
    s="Ramdin|Lallmahomed|Appadoo|Seegobin|L'Aimable|Ng Cheong|Bhujun|Ramful|Dupont",
    st="Royal Road|Avenue des Manguiers|Rue La Paix|Avenue Victoria|Rue Sir William Newton",
    c="Quatre Bornes|Curepipe|Rose Hill|Port Louis|Vacoas",
    x="Résidence Les Flamboyants|Ocean View|Le Barachois",
    af=["{n} {st}\n{c}", "Apt {k}, {x}\n{st}, {c} {pc}"],
    pc="#####",
    cur="Rs {}",
    iban="MU",
    cs="3B8^^|3B9^^^",
    plate="#### ^^ ##",
)
L(
    "ht_HT",
    "HT",
    "Haiti",
    hi="Bonjou|Sak pase|Bonswa",
    thx="Mèsi|mèsi anpil|merci",
    bye="Mèsi|Kenbe la",
    m="Jean-Robert|Wilner|Fritzner|Pierre-Louis|Ricardo|Dieunel",
    f="Marie-Carmel|Nadège|Fabiola|Wideline|Roseline|Guerline",
    s="Jean-Baptiste|Pierre|Joseph|Louis|Charles|Dorvilus|Étienne|Augustin|Saint-Fleur",
    st="Rue Capois|Rue Lamarre|Rue Grégoire|Rue Pavée|Rue Geffrard",
    d="Delmas|Tabarre|Carrefour-Feuilles|Turgeau",
    c="Port-au-Prince|Pétion-Ville|Cap-Haïtien|Les Cayes|Jacmel",
    af=["{d} {n}, #{k}{k}\n{c}", "{n}, {st}\n{c} HT{pc}"],
    pc="6###",
    cur="{} HTG",
    iban="FR",
    cs="HH2^^|HH4^^^",
    plate="AA-#####",
    lang="fr",
    hon_r=("M. ", "Mme ", "", "last"),
)
_ES = dict(lang="es", style="es", fold=True, hon_r=("Sr. ", "Sra. ", "", "last"), iban="ES", cards="vvmm")
L(
    "es_DO",
    "DO",
    "Dominican Republic",
    base=_ES,
    iban="DO",
    hi="Klk|Hola|Saludos",
    thx="Gracias|mil gracias|Dios te bendiga",
    bye="Saludos|Bendiciones",
    m="Juan Carlos|Yeison|Ramón|Wilkin|Franklyn|Luis Miguel",
    f="Yokasta|Mariela|Yudelka|Carolina|Rosanna|Yamilet",
    s="Pérez|Rodríguez|Martínez|Almonte|Reyes|De la Cruz|Santana|Peña|Jiménez",
    st="Calle El Conde|Av. Duarte|Calle Padre Billini|Av. 27 de Febrero|Av. Gustavo Mejía Ricart|C/ Beller",
    d="Ensanche Naco|Piantini|Los Mina|Villa Mella|Gazcue|Los Jardines",
    c="Santo Domingo|Santiago de los Caballeros|La Romana|San Pedro de Macorís",
    af=["{st} #{n}, {d}\n{c}", "{st} No. {n}, Apto. {k}B\n{d}, {c} {pc}"],
    pc="10###|51###",
    cur="RD${}",
    cs="HI8^^|HI3^^^",
    plate="A######",
)
L(
    "es_CU",
    "CU",
    "Cuba",
    base=_ES,
    hi="Qué bolá|Asere qué bolá|Hola",
    thx="Gracias|gracias mi amor|mil gracias",
    bye="Saludos|Un abrazo",
    m="Yoandy|Osmany|Yunior|Alexei|Reinier|Ernesto",
    f="Yaima|Yusleidy|Dayana|Lisandra|Yanelis|Odalys",
    s="Rodríguez|González|Hernández|Pérez|Díaz|Fernández|Castellanos|Valdés|Leyva",
    st="Línea|Paseo|Calzada|G|L|12|B|23",
    d="Vedado|Centro Habana|Miramar|Alamar|Playa",
    c="La Habana|Santiago de Cuba|Camagüey|Holguín|Matanzas",
    af=["Calle {n} #{N} e/ {st} y {st}\n{d}, {c}", "Edif. {k}, apto {N}\n{d}, {c}"],
    pc="",
    cur="{} CUP",
    cs="CO2^^|CM6^^^",
    plate="P######",
)
L(
    "es_PR",
    "PR",
    "Puerto Rico",
    base=_ES,
    hi="Wepa|Saludos|Hola boricua",
    thx="Gracias|mil gracias|thanks",
    bye="Saludos|Bendiciones",
    m="Luis Ángel|José Enrique|Jorge|Xavier|Carlos Javier",
    f="Yarelis|Zuleyka|Maricarmen|Natalia|Coral",
    s="Rivera|Colón|Ortiz|Santiago|Vázquez|Torres|Ramos|Cruz|Rosario",
    d="Villa Carolina|Levittown|Santa Rosa|Puerto Nuevo|Los Colobos",
    st="Loíza|San Jorge|Acerina|Ámbar|Mayagüez",
    c="San Juan|Carolina|Bayamón|Ponce|Caguas",
    x="Torres del Parque|Plaza Athénée|Los Pinos",
    af=[
        "Urb. {d}\nCalle {st} #{n}\n{c}, PR {pc}",
        "{n} Calle {st}, Apt {k}B\n{c}, PR {pc}",
        "Cond. {x}, Apt {rm}\n{c}, PR {pc}",
    ],
    pc="009##|006##",
    cur="${}",
    cs="KP4^^|WP4^^^",
    plate="^^^-###",
)
L(
    "es_GT",
    "GT",
    "Guatemala",
    base=_ES,
    hi="Qué onda|Buenas|Hola vos",
    thx="Gracias|muchas gracias|chilero, gracias",
    bye="Saludos|Bendiciones",
    m="José Luis|Byron|Marvin|Elmer|Otto|Kevin",
    f="Ingrid|Heidy|Mildred|Lesbia|Sucely|María Fernanda",
    s="López|García|Ajcot|Tzul|Morales|Orellana|Xicará|Chávez|Coy",
    d="El Maestro|Lourdes|Las Charcas|Primero de Julio",
    c="Ciudad de Guatemala|Quetzaltenango|Mixco|Antigua Guatemala|Cobán",
    af=[
        "{k}a. Avenida {n}-{nn}, Zona {k}\n{c}",
        "{k}a. Calle {n}-{nn} zona {k}, {c}",
        "Lote {n}, Manzana {k}, Colonia {d}\n{c}",
    ],
    pc="01###",
    cur="Q{}",
    iban="GT",
    cs="TG9^^|TG4^^^",
    plate="P-###^^^",
)
L(
    "es_HN",
    "HN",
    "Honduras",
    base=_ES,
    hi="Qué ondas|Quiubo|Buenas",
    thx="Gracias|mil gracias vos",
    bye="Saludos|Bendiciones",
    m="Nery|Darwin|Kevin Josué|Óscar|Elvin",
    f="Dania|Karla|Lesly|Nohemy|Yeimi",
    s="Zúniga|Maradiaga|Cáceres|Rivera|Mejía|Lagos|Sosa|Banegas",
    d="Col. Kennedy|Col. Miraflores|Res. Las Colinas|Col. Río de Piedras|Lomas del Guijarro",
    c="Tegucigalpa|San Pedro Sula|La Ceiba|Choluteca",
    af=["{d}, bloque {k}, casa #{n}\n{c}", "{d}, {n} calle, {k} avenida\n{c}"],
    pc="",
    cur="L {}",
    cs="HR1^^|HR2^^^",
    plate="H^^ ####",
)
L(
    "es_NI",
    "NI",
    "Nicaragua",
    base=_ES,
    hi="Hola chele|Ideay|Qué onda",
    thx="Gracias|mil gracias",
    bye="Saludos|Bendiciones",
    m="Róger|Álvaro|Denis|Kenner|Byron",
    f="Xiomara|Jeanette|Scarleth|Ruth|Mayling",
    s="Gutiérrez|Espinoza|Rocha|Mairena|Obando|Téllez|Jarquín|Sequeira|Baltodano",
    x="De donde fue el cine Cabrera|Del Colegio Teresiano|De la Rotonda El Güegüense|Del Hospital Bautista|De la farmacia Xolotlán",
    st="al lago|al sur|arriba|abajo",
    d="Barrio Monseñor Lezcano|Bolonia|Altamira|Linda Vista|Los Robles",
    c="Managua|León|Granada|Masaya|Estelí",
    af=["{x} {k} c. {st}, {k} c. {st}, casa #{n}\n{d}, {c}", "{x} {k} cuadras {st}\n{d}, {c}"],
    pc="",
    cur="C${}",
    iban="NI",
    cs="YN1^^|YN2^^^",
    plate="M ### ###",
)
L(
    "es_PA",
    "PA",
    "Panama",
    base=_ES,
    hi="Qué xopá|Buenas|Hola",
    thx="Gracias|mil gracias",
    bye="Saludos|Atentamente",
    m="Ricardo|Aníbal|Edwin|Rolando|Abdiel",
    f="Yariela|Itzel|Madelaine|Kathia|Yaneth",
    s="Castillo|Batista|De León|Arosemena|Quintero|Vergara|Moreno|Chen|González",
    st="Calle 50|Calle Uruguay|Av. Aquilino de la Guardia|Vía Porras|Av. Samuel Lewis",
    d="San Francisco|Bella Vista|El Cangrejo|Betania|Costa del Este",
    x="PH Torres del Pacífico|Edif. Sol del Este|PH Marbella Tower",
    c="Ciudad de Panamá|Colón|David|Chitré",
    af=["{x}, Apto {rm}\n{st}, {d}\n{c}", "{st}, casa {n}, {d}, {c}"],
    pc="",
    cur="B/. {}",
    cs="HP1^^|HO1^^^",
    plate="^^####",
)
L(
    "es_EC",
    "EC",
    "Ecuador",
    base=_ES,
    hi="Hola ñaño|Buenas|Qué más",
    thx="Gracias|Dios le pague|mil gracias",
    bye="Saludos|Atentamente",
    m="Andrés|Jefferson|Byron|Santiago|Wilson",
    f="Gissela|Mishel|Paola|Estefanía|Tatiana",
    s="Zambrano|Mendoza|Guamán|Quishpe|Vera|Cevallos|Andrade|Pazmiño|Yánez",
    st="Av. Amazonas|Av. 6 de Diciembre|Juan León Mera|Av. de los Shyris|Reina Victoria",
    d="La Mariscal|Iñaquito|La Carolina|Cumbayá|Urdesa",
    c="Quito|Guayaquil|Cuenca|Manta|Loja",
    af=[
        "{st} N{n}-{nn} y {st}\n{d}, {c}",
        "Cdla. {d}, Mz. {n} V. {k}\n{c}",
        "{st} E{k}-{nn}, Edif. {k}, Dpto. {rm}\n{c} {pc}",
    ],
    pc="17####|09####",
    cur="${}",
    cs="HC1^^|HC5^^^",
    plate="P^^-####",
)
L(
    "es_BO",
    "BO",
    "Bolivia",
    base=_ES,
    hi="Hola|Buenas|Kamisaraki",
    thx="Gracias|yuspagara|mil gracias",
    bye="Saludos|Atentamente",
    m="Marcelo|Rodrigo|Wilfredo|Gonzalo|Limbert",
    f="Roxana|Wara|Ximena|Gabriela|Nayeli",
    s="Mamani|Quispe|Choque|Condori|Flores|Vargas|Gutiérrez|Torrez|Apaza",
    st="Calle Sagárnaga|Av. Ballivián|Av. Arce|Av. 6 de Agosto|Calle Jaimes Freyre|Calle Murillo",
    d="Sopocachi|Miraflores|Calacoto|Villa Fátima|Equipetrol",
    c="La Paz|El Alto|Santa Cruz de la Sierra|Cochabamba|Sucre",
    x="Illimani|Santa Isabel|Torres Gundlach",
    af=["{st} #{N}, zona {d}\n{c}", "{st} esq. {st}, Edif. {x} piso {fl}\n{c}"],
    pc="",
    cur="Bs {}",
    cs="CP4^^|CP6^^^",
    plate="####^^^",
)
L(
    "es_PY",
    "PY",
    "Paraguay",
    base=_ES,
    hi="Mba'éichapa|Hola|Buenas",
    thx="Aguyje|gracias|muchas gracias",
    bye="Saludos|Atte.",
    m="Osvaldo|Derlis|Rubén|Nelson|Aldo",
    f="Mirna|Liz|Fátima|Lourdes|Romina",
    s="Benítez|Giménez|Ayala|Cáceres|Villalba|Duarte|Ortiz|Ramírez|Acosta",
    st="Mcal. López|Eusebio Ayala|España|Brasilia|Tte. Fariña|Azara",
    d="Villa Morra|Sajonia|Barrio Obrero|Recoleta|San Vicente",
    c="Asunción|Ciudad del Este|Encarnación|Luque|San Lorenzo",
    af=["{st} {N} c/ {st}\n{d}, {c}", "{st} {N}, dpto. {k}\n{c}"],
    pc="",
    cur="₲ {}",
    tsep=".",
    cs="ZP5^^|ZP6^^^",
    plate="^^^ ###",
)
L(
    "es_UY",
    "UY",
    "Uruguay",
    base=_ES,
    hi="Buenas|Hola bo|Qué hacés",
    thx="Gracias|mil gracias",
    bye="Saludos|Abrazo",
    m="Facundo|Gonzalo|Rodrigo|Joaquín|Matías",
    f="Florencia|Valentina|Agustina|Lucía|Camila",
    s="Pereira|Rodríguez|Fernández|Silva|Sosa|Olivera|Méndez|Cabrera|Techera",
    st="Av. 18 de Julio|Bvar. Artigas|Av. Brasil|Rivera|Canelones|Ellauri",
    c="Montevideo|Salto|Paysandú|Maldonado",
    af=["{st} {N} apto {rm}\n{pc} {c}", "{st} {N} bis\n{c}, CP {pc}"],
    pc="11###",
    cur="$U {}",
    tsep=".",
    cs="CX2^^|CX5^^^",
    plate="S^^ ####",
)
L(
    "es_VE",
    "VE",
    "Venezuela",
    base=_ES,
    hi="Épale|Hola|Qué más",
    thx="Gracias|mil gracias, pana",
    bye="Saludos|Bendiciones",
    m="Luis Alejandro|Yorman|Jesús|Carlos Eduardo|Wuilmer",
    f="Yelitza|Daniela|Oriana|Marianny|Génesis",
    s="Rodríguez|González|Pérez|Hernández|Castillo|Ramírez|Blanco|Medina|Chacón",
    st="Av. Francisco de Miranda|Av. Libertador|Av. Urdaneta|Calle Las Delicias|Av. Bolívar",
    d="Chacao|Los Palos Grandes|El Paraíso|La Candelaria|Altamira",
    x="Residencias Caracas|Torre Lido|Edif. La Esmeralda|Quinta Mi Refugio",
    c="Caracas|Maracaibo|Valencia|Barquisimeto|Mérida",
    af=["{st}, {x}, piso {fl}, apto {rm}\n{d}, {c} {pc}", "Calle {k}, {x}\n{d}, {c}"],
    pc="10##",
    cur="Bs. {}",
    cs="YV5^^|YV4^^^",
    plate="^^#^##^",
)
L(
    "en_FJ",
    "FJ",
    "Fiji",
    hi="Bula|Bula vinaka|Ni sa bula",
    thx="Vinaka|vinaka vakalevu|dhanyavaad",
    bye="Moce|Regards",
    m="Sailosi|Josefa|Viliame|Ravinesh|Pita|Sanjay",
    f="Losana|Mereoni|Salote|Shalini|Ana|Kelera",
    s="Naivalu|Ratuva|Prasad|Koroi|Chand|Vakacegu|Kumar|Tuisawau|Waqa",
    st="Ratu Sukuna Road|Waimanu Road|Princes Road|Queens Road|Grantham Road",
    d="Samabula|Nabua|Tamavua|Namadi Heights|Raiwai",
    c="Suva|Lautoka|Nadi|Labasa",
    af=["Lot {n}, {st}\n{d}, {c}", "{n} {st}\n{c}"],
    pc="",
    cur="FJ${}",
    iban="GB",
    cs="3D2^^|3D2^^^",
    plate="^^ ###",
)
L(
    "sm_WS",
    "WS",
    "Samoa",
    hi="Talofa|Talofa lava|Malo",
    thx="Fa'afetai|fa'afetai tele lava",
    bye="Manuia|Soifua",
    m="Tavita|Sione|Iosefa|Pita|Falani|Mikaele",
    f="Lagi|Fetu|Malia|Sina|Losa|Tina",
    s="Tuiasosopo|Faleolo|Leaupepe|Fa'amausili|Tafuna|Aiono|Lefiti|Soliai|Schmidt",
    st="Vaea Street|Beach Road|Falealili Street|Convent Street",
    d="Vailima|Vaitele|Sinamoga|Moata'a|Lepea",
    c="Apia",
    af=["Lot {n}, {st}\n{d}, {c}", "Lot {N}, {d}\n{c}"],
    pc="",
    cur="WS${}",
    iban="GB",
    cs="5W1^^|5W0^^^",
    plate="#####",
)
L(
    "to_TO",
    "TO",
    "Tonga",
    hi="Mālō e lelei|Malo e lelei|Bula",
    thx="Mālō 'aupito|malo|malo aupito",
    bye="'Ofa atu|Regards",
    m="Sione|Viliami|Tevita|Siaosi|Semisi|Paula",
    f="Mele|'Ana|Lesieli|Losaline|Seini|Fifita",
    s="Taufa|Fifita|Vea|Lolohea|Havili|Kauhalalalo|Mafi|Fonua|Latu",
    st="Taufa'ahau Road|Vuna Road|Salote Road|Hala Tu'i|Fatafehi Road",
    d="Kolofo'ou|Ma'ufanga|Houmakelikao|Tofoa|Haveluloto",
    c="Nuku'alofa|Neiafu|Pangai",
    af=["House {n}, {st}\n{d}, {c}", "Lot {n}, {d}\n{c}"],
    pc="",
    cur="T${}",
    iban="GB",
    cs="A35^^|A35^^^",
    plate="^ ####",
)
L(
    "en_PG",
    "PG",
    "Papua New Guinea",
    hi="Moning|Apinun|Gude",
    thx="Tenkyu|tenkyu tru|thanks",
    bye="Lukim yu|Regards",
    m="Kila|Michael|Gabriel|Peter|Hosea|Ambrose",
    f="Rose|Mary|Lucy|Dorothy|Grace|Ruth",
    s="Kapi|Wamp|Mek|Pokana|Wari|Kuman|Tapo|Kaupa|Temu",
    st="Waigani Drive|Hubert Murray Highway|Okari Street|Champion Parade",
    d="Boroko|Gordons|Gerehu Stage 2|Tokarara|Hohola",
    c="Port Moresby|Lae|Mount Hagen|Madang",
    af=["Section {n}, Allotment {k}\n{d}, {c}", "Lot {n}, {st}\n{d}, {c} {pc}"],
    pc="111|121|411",
    cur="K{}",
    iban="GB",
    cs="P29^^|P29^^^",
    plate="^^^ ###",
)
L(
    "ms_BN",
    "BN",
    "Brunei",
    style="ms",
    hi="Assalamualaikum|Salam|Hai",
    thx="Terima kasih|tq|makasih",
    bye="Wassalam|Terima kasih",
    m="Muhammad Haziq|Mohd Firdaus|Azmi|Abdul Rahman|Hafiz|Khairul",
    f="Nurul Ain|Siti Hajar|Nur Afiqah|Norhayati|Aqilah|Nora",
    s="Abdullah|Ismail|Othman|Yusof|Ahmad|Matusin|Bakar",
    st="Jalan Gadong|Jalan Tutong|Jalan Muara|Jalan Kiulap|Jalan Jerudong",
    d="Kampong Kiarong|Kampong Beribi|Kampong Rimba|Mata-Mata|Lambak Kanan",
    c="Bandar Seri Begawan|Kuala Belait|Seria|Tutong",
    af=["No. {n}, Simpang {N}, {st}\n{d}\n{c} {pc}", "Unit {k}, Blok {b}, {st}\n{c} {pc}"],
    pc="BE####|BA####|KA####",
    cur="B${}",
    iban="GB",
    cs="V85^^|V84^^^",
    plate="B^^ ####",
)
L(
    "ne_NP",
    "NP",
    "Nepal",
    native=True,
    hi="नमस्ते|Namaste|k cha",
    thx="धन्यवाद|dhanyabad|thank u hai",
    bye="धन्यवाद|Regards",
    m="राम=Ram|बिकास=Bikash|सुरज=Suraj|प्रकाश=Prakash|आशिष=Ashish|दिपेश=Dipesh",
    f="सीता=Sita|सरिता=Sarita|पुजा=Puja|अनिता=Anita|सुनिता=Sunita|सृजना=Srijana",
    s="श्रेष्ठ=Shrestha|गुरुङ=Gurung|तामाङ=Tamang|अधिकारी=Adhikari|थापा=Thapa|महर्जन=Maharjan|राई=Rai",
    st="पुतलीसडक मार्ग|मदन भण्डारी पथ|दरबार मार्ग",
    d="बानेश्वर|लाजिम्पाट|जावलाखेल",
    c="काठमाडौं|ललितपुर|पोखरा",
    rst="Putalisadak Marg|Madan Bhandari Path|Durbar Marg|Lakeside Road",
    rd="Baneshwor|Lazimpat|Jawalakhel|Lakeside|Baluwatar",
    rc="Kathmandu|Lalitpur|Pokhara|Bharatpur",
    af=["घर नं. {N}, {st}\n{d}, {c}-{k}"],
    raf=["House No. {N}, {st}\n{d}, {c}-{k}", "{d}-{k}, {c} {pc}"],
    pc="44###|33###",
    cur="रु {}",
    iban="GB",
    cs="9N1^^|9N7^^^",
    plate="बा ## च ####",
    hon_r=("", "", " ji", "first"),
)
L(
    "dz_BT",
    "BT",
    "Bhutan",
    style="bt",
    hi="Kuzuzangpo la|Kuzu|Hello la",
    thx="Kadrinche la|kadrinche|thanks la",
    bye="Tashi delek|Regards",
    m="Karma|Sonam|Tshering|Ugyen|Kinley|Dorji|Jigme",
    f="Pema|Dechen|Tshering|Yangchen|Kinzang|Choki|Karma",
    s="Wangchuk~Wangmo|Dorji~Lhamo|Tobgay~Zangmo|Penjor~Choden|Namgyel~Yangzom|Tenzin~Pelden",
    st="Norzin Lam|Chang Lam|Doebum Lam|Chubachu|Babesa Expressway",
    d="Changzamtog|Motithang|Babesa|Olakha|Taba",
    c="Thimphu|Paro|Phuentsholing|Punakha",
    af=["Flat {k}, Building {n}, {st}\n{d}, {c}", "House No. {n}, {d}\n{c} {pc}"],
    pc="11###",
    cur="Nu. {}",
    iban="GB",
    cs="A51^^|A52^^^",
    plate="BP-#-^####",
)
L(
    "dv_MV",
    "MV",
    "Maldives",
    native=True,
    style="bt",
    hi="Assalaamu alaikum|Kihineh|hi",
    thx="Shukuriyyaa|shukuriya|thanks",
    bye="Shukuriyyaa|Regards",
    m="އަޙްމަދު=Ahmed|މުޙައްމަދު=Mohamed|އިބްރާހީމް=Ibrahim|ޙަސަން=Hassan|ޢަލީ=Ali",
    f="އާމިނަތު=Aminath|ފާތިމަތު=Fathimath|އައިޝަތު=Aishath|މަރިޔަމް=Mariyam|ހައުވާ=Hawwa",
    s="ނަސީމް=Naseem|ޝަރީފް=Shareef|ރަޝީދު=Rasheed|ޒާހިރު=Zahir|ނިޔާޒު=Niyaz",
    st="Majeedhee Magu|Janavaree Hingun|Orchid Magu|Boduthakurufaanu Magu|Ameenee Magu",
    d="H.|M.|G.|Ma.",
    x="Shabnamge|Blue Heaven|Maaliyaage|Coral Villa|Finifenmaage",
    c="Malé",
    af=[
        "{d} {x}, {st}\n{c} {pc}",
        "{d} {x}, {fl} floor\n{st}, {c} {pc}",
        "Lot {N}, Flat {k}-{nn}\nHulhumalé {pc}",
    ],
    pc="20###|23###",
    cur="MVR {}",
    iban="GB",
    cs="8Q7^^|8Q7^^^",
    plate="C#-####",
)
L(
    "lo_LA",
    "LA",
    "Laos",
    native=True,
    hi="ສະບາຍດີ|Sabaidee|sabaidee",
    thx="ຂອບໃຈ|khop jai|ຂອບໃຈຫຼາຍໆ",
    bye="ໂຊກດີ|Regards",
    m="ສົມພອນ=Somphone|ບຸນມີ=Bounmy|ວິໄລ=Vilay|ສີສຸກ=Sisouk|ແສງ=Seng",
    f="ນ້ອຍ=Noy|ມະນີວັນ=Manivanh|ແສງເດືອນ=Sengdeuane|ພອນ=Phone|ດາວ=Dao",
    s="ແກ້ວມະນີ=Keomany|ພົມມະຈັນ=Phommachanh|ສີຫາລາດ=Sihalath|ວົງສາ=Vongsa|ໄຊຍະວົງ=Xayavong",
    d="ໂພນໄຊ|ສີສັດຕະນາກ|ໜອງບອນ",
    st="ໄຊເສດຖາ|ສີສັດຕະນາກ|ຈັນທະບູລີ",
    c="ນະຄອນຫຼວງວຽງຈັນ|ຫຼວງພະບາງ",
    rd="Phonxay|Sisattanak|Nongbone|Dongpalane|Hatsady",
    rst="Xaysettha|Sisattanak|Chanthabouly|Sikhottabong",
    rc="Vientiane|Luang Prabang|Pakse",
    af=["ເຮືອນເລກທີ {n}, ໜ່ວຍ {k}, ບ້ານ{d}\nເມືອງ{st}, {c}"],
    raf=["House {n}, Unit {k}, Ban {d}\n{st} District, {c}"],
    pc="",
    cur="{} ₭",
    tsep=".",
    iban="FR",
    cs="XW8^^|XW1^^^",
    plate="ກກ ####",
)
L(
    "km_KH",
    "KH",
    "Cambodia",
    native=True,
    style="kh",
    hi="សួស្តី|Suosdei|Chom reap suor",
    thx="អរគុណ|Orkun|orkun charan",
    bye="អរគុណ|Regards",
    m="ដារ៉ា=Dara|សុភ័ក្ត្រ=Sopheak|វិចិត្រ=Vichet|រតនា=Rathana|ពិសិដ្ឋ=Piseth",
    f="សុភា=Sophea|ស្រីពៅ=Sreypov|ចន្ធូ=Chanthou|ម៉ាលី=Maly|សុខា=Sokha",
    s="សុខ=Sok|ចាន់=Chan|ហេង=Heng|គឹម=Kim|លី=Ly|ឈឹម=Chhim",
    d="បឹងកេងកង១|ទន្លេបាសាក់|ទួលទំពូង២",
    st="ចំការមន|ដូនពេញ|ទួលគោក",
    c="រាជធានីភ្នំពេញ|ខេត្តសៀមរាប",
    rd="Boeung Keng Kang I|Tonle Bassac|Toul Tom Poung II|Phsar Thmey III",
    rst="Chamkar Mon|Daun Penh|Tuol Kork|Sen Sok",
    rc="Phnom Penh|Siem Reap|Battambang",
    af=["ផ្ទះលេខ {n} ផ្លូវ {N}\nសង្កាត់{d} ខណ្ឌ{st}\n{c}"],
    raf=["No. {n}, St. {N}, Sangkat {d}\nKhan {st}, {c} {pc}", "#{n}E{k}, St. {N}, {d}, {c}"],
    pc="12###",
    cur="{} ៛",
    iban="FR",
    cs="XU7^^|XU1^^^",
    plate="ភ្នំពេញ #^-####",
    hon=("លោក ", "លោកស្រី ", "", "full"),
)
L(
    "el_GR",
    "GR",
    "Greece",
    native=True,
    hi="Γεια σας|Γεια|Yia sou",
    thx="Ευχαριστώ|efxaristo|ευχαριστώ πολύ",
    bye="Φιλικά|Με εκτίμηση",
    m="Γιώργος=Giorgos|Νίκος=Nikos|Δημήτρης=Dimitris|Κώστας=Kostas|Γιάννης=Giannis",
    f="Μαρία=Maria|Ελένη=Eleni|Κατερίνα=Katerina|Σοφία=Sofia|Δέσποινα=Despoina",
    s="Παπαδόπουλος~Παπαδοπούλου=Papadopoulos~Papadopoulou|Οικονόμου=Oikonomou|Γεωργίου=Georgiou|Νικολαΐδης~Νικολαΐδου=Nikolaidis~Nikolaidou"
    "|Καραγιάννης~Καραγιάννη=Karagiannis~Karagianni",
    st="Ερμού|Πατησίων|Εγνατίας|Τσιμισκή|Αγίου Νικολάου",
    c="Αθήνα|Θεσσαλονίκη|Πάτρα|Ηράκλειο",
    rst="Ermou|Patision|Egnatias|Tsimiski|Agiou Nikolaou",
    rc="Athens|Thessaloniki|Patras|Heraklion",
    af=["{st} {n}, {fl}ος όροφος\n{pc} {c}", "{st} {n}\n{pc} {c}"],
    raf=["{st} {n}, {fl}th floor\n{pc} {c}"],
    pc="### ##",
    iban="GR",
    cs="SV1^^|SV2^^^",
    plate="^^^-####",
)
L(
    "he_IL",
    "IL",
    "Israel",
    native=True,
    hi="שלום|Shalom|היי",
    thx="תודה|toda|תודה רבה",
    bye="תודה|בברכה",
    m="נועם=Noam|איתי=Itai|יוסי=Yossi|עומר=Omer|דניאל=Daniel",
    f="נועה=Noa|מיכל=Michal|שירה=Shira|תמר=Tamar|יעל=Yael",
    s="לוי=Levi|כהן=Cohen|מזרחי=Mizrahi|פרץ=Peretz|ביטון=Biton|אברהם=Avraham|חדד=Hadad",
    st="רחוב הרצל|שדרות רוטשילד|רחוב יפו|דרך בגין|רחוב אלנבי",
    c="תל אביב|ירושלים|חיפה|באר שבע",
    rst="Herzl St|Rothschild Blvd|Jaffa Rd|Begin Rd|Allenby St",
    rc="Tel Aviv|Jerusalem|Haifa|Be'er Sheva",
    af=["{st} {n}, דירה {f}\n{c} {pc}"],
    raf=["{n} {st}, Apt {f}\n{c} {pc}"],
    pc="#######",
    cur="₪{}",
    iban="IL",
    cs="4X1^^|4Z5^^^",
    plate="##-###-##",
)
L(
    "am_ET",
    "ET",
    "Ethiopia",
    native=True,
    style="et",
    hi="ሰላም|Selam|tena yistilign",
    thx="አመሰግናለሁ|ameseginalehu|thanks",
    bye="ከሰላምታ ጋር|Regards",
    m="አበበ=Abebe|ዳዊት=Dawit|ሰለሞን=Solomon|ዮሐንስ=Yohannes|ብርሃኑ=Birhanu",
    f="ሰላም=Selam|ሔለን=Helen|መቅደስ=Mekdes|ትዕግስት=Tigist|ሃና=Hanna",
    s="ከበደ=Kebede|ተስፋዬ=Tesfaye|ገብረመድኅን=Gebremedhin|አለሙ=Alemu|በቀለ=Bekele|ወልደማርያም=Woldemariam",
    d="ቦሌ|የካ|ቂርቆስ|አራዳ",
    c="አዲስ አበባ|ባሕር ዳር|ሀዋሳ",
    rd="Bole|Yeka|Kirkos|Arada|Lideta",
    rc="Addis Ababa|Bahir Dar|Hawassa|Adama",
    af=["{c}፣ ክ/ከ {d}፣ ወረዳ {nn}\nየቤት ቁጥር {N}"],
    raf=["{d} Sub-city, Woreda {nn}, House No. {N}\n{c}"],
    pc="",
    cur="{} ETB",
    iban="DE",
    cs="ET3^^|ET3^^^",
    plate="3-^#####",
    hon_r=("Ato ", "W/ro ", "", "first"),
)
L(
    "th_TH",
    "TH",
    "Thailand",
    native=True,
    style="w",
    hi="สวัสดีครับ|สวัสดีค่ะ|sawasdee",
    thx="ขอบคุณครับ|ขอบคุณค่ะ|khob khun",
    bye="ขอบคุณครับ|Regards",
    m="สมชาย=Somchai|ธนากร=Thanakorn|ณัฐพล=Nattapon|วีระ=Weera|อนุชา=Anucha",
    f="สมหญิง=Somying|กมลชนก=Kamonchanok|ปิยะนุช=Piyanuch|อรุณี=Arunee|นภัสสร=Napatsorn",
    s="ใจดี=Jaidee|ศรีสุข=Srisuk|วงศ์สวัสดิ์=Wongsawat|แก้วมณี=Kaewmanee|บุญมา=Boonma|ทองดี=Thongdee",
    st="ซอยสุขุมวิท 39|ถนนพหลโยธิน|ถนนรัชดาภิเษก|ซอยลาดพร้าว 101",
    d="แขวงคลองตันเหนือ เขตวัฒนา|แขวงสามเสนใน เขตพญาไท|แขวงห้วยขวาง เขตห้วยขวาง",
    c="กรุงเทพฯ|เชียงใหม่|ขอนแก่น",
    rst="Sukhumvit Soi 39|Phahonyothin Rd|Ratchadaphisek Rd|Lat Phrao Soi 101",
    rd="Khlong Tan Nuea, Watthana|Samsen Nai, Phaya Thai|Huai Khwang",
    rc="Bangkok|Chiang Mai|Khon Kaen",
    af=["{n}/{k} {st}\n{d}\n{c} {pc}"],
    raf=["{n}/{k} {st}\n{d}\n{c} {pc}"],
    pc="10###|50###",
    cur="฿{}",
    iban="DE",
    cs="HS0^^|E2^^^",
    plate="กข ####",
    hon=("คุณ", "คุณ", "", "first"),
    hon_r=("Khun ", "Khun ", "", "first"),
)


# ----------------------------------------------------------------------------- persons

_GENERIC_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "proton.me", "icloud.com"]
_LOCAL_DOMAINS = {
    "US": "aol.com|comcast.net",
    "GB": "btinternet.com|hotmail.co.uk",
    "IN": "rediffmail.com|yahoo.co.in",
    "CN": "qq.com|163.com",
    "JP": "yahoo.co.jp|docomo.ne.jp",
    "KR": "naver.com|daum.net",
    "BR": "uol.com.br|bol.com.br",
    "NG": "yahoo.com.ng",
    "EG": "yahoo.com.eg",
    "MN": "mail.mn|yahoo.mn",
    "KZ": "mail.kz|mail.ru",
    "UZ": "mail.uz|mail.ru",
    "AZ": "mail.az",
    "AM": "mail.am|yandex.ru",
    "GE": "posta.ge|mail.ge",
    "AL": "yahoo.al",
    "BA": "bih.net.ba|hotmail.ba",
    "MK": "t-home.mk",
    "SI": "siol.net|gmail.si",
    "SK": "azet.sk|zoznam.sk",
    "EE": "hot.ee|mail.ee",
    "LV": "inbox.lv|apollo.lv",
    "LT": "one.lt|inbox.lt",
    "MT": "maltanet.net|melita.com",
    "LU": "pt.lu|internet.lu",
    "IS": "simnet.is|internet.is",
    "FO": "olivant.fo|post.olivant.fo",
    "GL": "greennet.gl",
    "TN": "topnet.tn|planet.tn",
    "DZ": "yahoo.fr|hotmail.fr",
    "LY": "ltt.ly",
    "SD": "sudanet.sd",
    "SN": "orange.sn|yahoo.fr",
    "CI": "aviso.ci|yahoo.fr",
    "CM": "yahoo.fr|camnet.cm",
    "CD": "yahoo.fr",
    "RW": "yahoo.com",
    "MG": "moov.mg|yahoo.fr",
    "MU": "intnet.mu|orange.mu",
    "HT": "hainet.net|yahoo.fr",
    "DO": "claro.net.do",
    "CU": "nauta.cu|infomed.sld.cu",
    "PR": "yahoo.com",
    "EC": "hotmail.es",
    "UY": "adinet.com.uy",
    "VE": "cantv.net",
    "FJ": "connect.com.fj",
    "BN": "brunet.bn",
    "NP": "wlink.com.np",
    "GR": "otenet.gr",
    "IL": "walla.co.il",
    "TH": "hotmail.co.th",
    "KH": "online.com.kh",
}


class Person:
    pass


def _pick(rng, lst):
    return lst[rng.randrange(len(lst))]


def make_person(rng, loc, nat, g=None):
    g = g or rng.choice("mf")
    gv = _pick(rng, loc.m if g == "m" else loc.f)["m"]
    sv = _pick(rng, loc.s)[g]
    i = 0 if nat else 1
    G, S = gv[i], sv[i]
    rG, rS = fold(gv[1]), fold(sv[1])
    st = loc.style
    p = Person()
    p.g, p.first, p.last = g, G, S
    p.formal = None
    sep = " "
    if st == "es" or st == "pt":
        s2 = _pick(rng, loc.s)[g]
        if s2[1] != sv[1] and rng.random() < 0.75:
            p.last = f"{S} {s2[i]}"
            rS = rS
        p.full = f"{G} {p.last}"
        p.formal = f"{p.last}, {G}"
    elif st == "cn":
        if nat:
            p.full = S + G
        else:
            p.full = rng.choice([f"{S} {G}", f"{G} {S}", f"{S.upper()} {G}"])
        p.formal = p.full if nat else f"{S.upper()} {G}"
    elif st == "jp":
        if nat:
            p.full = rng.choice([f"{S} {G}", S + G, f"{S}\u3000{G}"])
        else:
            p.full = rng.choice([f"{G} {S}", f"{S} {G}", f"{S.upper()} {G}"])
        p.formal = p.full if nat else f"{S.upper()} {G}"
    elif st == "kr":
        p.full = S + G if nat else rng.choice([f"{S} {G}", f"{G} {S}"])
        p.formal = p.full if nat else f"{S.upper()} {G}"
    elif st == "kh":
        p.full = f"{S} {G}"
        p.formal = p.full if nat else f"{S.upper()} {G}"
    elif st == "mn":
        p.full = rng.choice([f"{S[0]}.{G}", f"{S[0]}. {G}", f"{S} {G}", f"{G} {S}"])
        p.formal = f"{S} {G}" if nat else f"{S.upper()} {G}"
    elif st == "pat":
        father = _pick(rng, loc.m)["m"][i]
        pat = loc.pat(father, g, nat)
        p.full = rng.choice([f"{G} {S}", f"{G} {S}", f"{S} {G}"])
        p.formal = f"{S} {G} {pat}" if nat or rng.random() < 0.5 else f"{S.upper()} {G}"
    elif st == "is":
        p.last = S + ("son" if g == "m" else "dóttir")
        rS = fold(p.last)
        p.full = f"{G} {p.last}"
    elif st == "ar":
        if rng.random() < 0.35:
            father = _pick(rng, loc.m)["m"][i]
            p.full = f"{G} {father} {S}"
        else:
            p.full = f"{G} {S}"
    elif st == "ms":
        rel = "bin" if g == "m" else rng.choice(["binti", "binti", "bte"])
        p.full = f"{G} {rel} {S}"
        p.formal = p.full
    elif st == "mg" or st == "rw":
        p.full = rng.choice([f"{G} {S}", f"{S} {G}"])
        p.formal = f"{S.upper()} {G}"
    else:  # w, et, bt
        if loc.region in ("US", "GB") and rng.random() < 0.15:
            p.full = f"{G} {rng.choice('ABCDEJKLMRST')}. {S}"
        else:
            p.full = f"{G}{sep}{S}"
    if p.formal is None:
        p.formal = rng.choice([f"{S}, {G}", f"{S.upper()}, {G}", p.full]) if st in ("w", "et") else p.full
    p.fl = p.full if (nat and st in ("cn", "jp", "kr")) else f"{G} {p.last}"
    p.short = f"{G} {S[0]}." if st not in ("cn", "jp", "kr") else G
    p.init = (
        f"{G[0]}. {S}" if st not in ("cn", "jp", "kr", "mn") else (f"{S[0]}. {G}" if st == "mn" else p.full)
    )
    # mailbox / login built from the romanised name
    a = re.sub(r"[^a-z]", "", rG.lower().split()[0]) or "user"
    b = re.sub(r"[^a-z]", "", rS.lower().replace(" ", "")) or "x"
    yy = str(rng.randint(70, 99) if rng.random() < 0.5 else rng.randint(1, 2005))
    local = rng.choice(
        [
            f"{a}.{b}",
            f"{a}{b}",
            f"{a[0]}.{b}",
            f"{a}_{b}{yy[-2:]}",
            f"{b}.{a}",
            f"{a}{b[0]}{yy[-2:]}",
            f"{a}.{b}{yy}",
        ]
    )
    doms = _split(_LOCAL_DOMAINS.get(loc.region, "")) + _GENERIC_DOMAINS
    p.email = f"{local}@{rng.choice(doms)}"
    p.handle = rng.choice(
        [f"{a}_{b}", f"{a}{b}", f"{a}.{b[0]}", f"{a[0]}{b}", f"{a}{yy[-2:]}", f"{b}_{a}", f"{a}.{b}{yy[-2:]}"]
    )
    # honorific form: (prefix, name, suffix)
    hon = loc.hon if (nat and loc.hon) else loc.hon_r
    pre = hon[0] if g == "m" else hon[1]
    part = {"last": p.last, "first": G, "full": p.full}[hon[3]]
    if loc.region in ("US", "GB") and hon is loc.hon_r:
        pre = rng.choice(["Mr ", "Mr. ", "Dr "]) if g == "m" else rng.choice(["Ms ", "Mrs ", "Ms. ", "Dr. "])
    sufs = hon[2].split("~")
    p.hon = (pre, part, sufs[0] if g == "m" else sufs[-1])
    return p


# ----------------------------------------------------------------------------- addresses

_RX_ADDR = re.compile(r"\{([a-zA-Z]+)\}")


def make_address(rng, loc, nat):
    fmts = loc.af if nat else loc.raf
    fmt = _pick(rng, fmts)
    i = 0 if nat else 1

    def rep(m):
        k = m.group(1)
        if k in ("st", "c", "d", "x"):
            return _pick(rng, loc.lists[k][i])
        if k == "n":
            return str(rng.randint(1, 199))
        if k == "N":
            return str(rng.randint(2, 4999))
        if k == "nn":
            return f"{rng.randint(1, 99):02d}"
        if k == "k":
            return str(rng.randint(1, 9))
        if k == "f":
            return str(rng.randint(1, 150))
        if k == "fl":
            return str(rng.randint(1, 24))
        if k == "b":
            return str(rng.randint(1, 40))
        if k == "rm":
            return f"{rng.randint(1, 24)}{rng.randint(1, 12):02d}"
        if k == "pc":
            return pattern(rng, _pick(rng, loc.pc)) if loc.pc else ""
        raise KeyError(k)

    text = _RX_ADDR.sub(rep, fmt)
    lines = [re.sub(r"\s+", " ", ln).strip(" ,") for ln in text.split("\n")]
    return [ln for ln in lines if ln]


# ----------------------------------------------------------------------------- phones

_EX_CACHE = {}


def _example(region, t):
    key = (region, t)
    if key not in _EX_CACHE:
        _EX_CACHE[key] = phonenumbers.example_number_for_type(region, t)
    return _EX_CACHE[key]


def make_phone(rng, region, kind):
    """kind: 'mob', 'fix' or 'any'. Returns a phonenumbers.PhoneNumber that is valid and of the example's type."""
    if kind == "any":
        kind = "mob" if rng.random() < 0.7 else "fix"
    t = _PNT.MOBILE if kind == "mob" else _PNT.FIXED_LINE
    ex = _example(region, t) or _example(region, _PNT.MOBILE if t == _PNT.FIXED_LINE else _PNT.FIXED_LINE)
    want = phonenumbers.number_type(ex)
    nsn = phonenumbers.national_significant_number(ex)
    cc = ex.country_code
    for _ in range(40):
        r = min(len(nsn) - 2, rng.randint(3, 6))
        cand = nsn[: len(nsn) - r] + "".join(rng.choice("0123456789") for _ in range(r))
        num = phonenumbers.parse(f"+{cc}{cand}")
        if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) == want:
            return num
    return ex


def _digits(s):
    return sum(ch.isdigit() for ch in s)


def format_phone(rng, num, loc, style=None, ext=False):
    intl = phonenumbers.format_number(num, _PNF.INTERNATIONAL)
    nat = phonenumbers.format_number(num, _PNF.NATIONAL)
    e164 = phonenumbers.format_number(num, _PNF.E164)
    style = style or rng.choice(["intl", "intl", "e164", "00", "nat", "nat", "compact", "dash", "dot"])
    if style == "intl":
        s = intl
    elif style == "e164":
        s = e164
    elif style == "00":
        s = "00" + intl[1:]
    elif style == "nat":
        s = nat
    elif style == "compact":
        s = re.sub(r"[^\d]", "", nat)
    elif style == "dash":
        s = re.sub(r"[\s]+", "-", re.sub(r"[()]", "", intl if rng.random() < 0.5 else nat)).strip("-")
    else:
        base = intl if ("(" in nat or "-" in nat) else nat
        s = re.sub(r"[\s-]+", ".", re.sub(r"[()]", "", base)).strip(".")
    if _digits(s) < 7 or not s.strip():
        s = intl
    if ext:
        s += rng.choice([loc.ext, " ext ", " x", " (ext. ", " #"]) + str(rng.randint(2, 4999))
        if "(ext. " in s:
            s += ")"
    return s


# ----------------------------------------------------------------------------- other identifiers


def make_card(rng, loc):
    net = rng.choice(loc.cards)
    if net == "v":
        body, n = "4" + "".join(rng.choice("0123456789") for _ in range(5)), 16
    elif net == "m":
        body, n = rng.choice(["51", "52", "53", "54", "55", "2221", "2720", "2300"]), 16
    elif net == "a":
        body, n = rng.choice(["34", "37"]), 15
    elif net == "d":
        body, n = rng.choice(["6011", "65"]), 16
    elif net == "j":
        body, n = str(rng.randint(3528, 3589)), 16
    elif net == "u":
        body, n = "62" + str(rng.randint(10, 99)), rng.choice([16, 16, 19])
    else:  # r: Mir
        body, n = "220" + str(rng.randint(0, 4)), 16
    while len(body) < n - 1:
        body += rng.choice("0123456789")
    num = _luhn_complete(body)
    sep = rng.choice([" ", " ", "-", ""])
    if n == 15:
        groups = [num[:4], num[4:10], num[10:]]
    elif n == 19 and rng.random() < 0.5:
        groups = [num[:6], num[6:]]
    else:
        groups = [num[i : i + 4] for i in range(0, n, 4)]
    return sep.join(groups)


def make_ssn(rng):
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return rng.choice(
        ["{:03d}-{:02d}-{:04d}", "{:03d}-{:02d}-{:04d}", "{:03d} {:02d} {:04d}", "{:03d}{:02d}{:04d}"]
    ).format(area, rng.randint(1, 99), rng.randint(1, 9999))


US_DL = {
    "California": "^#######",
    "Texas": "########",
    "New York": "### ### ###",
    "Florida": "^###-###-##-###-#",
    "Illinois": "^###-####-####",
    "Pennsylvania": "## ### ###",
    "Washington": "WDL%%%%%%%%%",
    "Michigan": "^ ### ### ### ###",
    "New Jersey": "^#### ##### #####",
    "Ohio": "^^######",
    "Georgia": "#########",
    "Massachusetts": "S########",
    "Colorado": "##-###-####",
    "Wisconsin": "^###-####-####-##",
    "Minnesota": "^############",
    "Arizona": "^########",
    "Virginia": "^##-##-####",
    "Maryland": "^-###-###-###-###",
    "North Carolina": "############",
}
_US_STATE_ABBR = {
    "California": "CA",
    "Texas": "TX",
    "New York": "NY",
    "Florida": "FL",
    "Illinois": "IL",
    "Pennsylvania": "PA",
    "Washington": "WA",
    "Michigan": "MI",
    "New Jersey": "NJ",
    "Ohio": "OH",
    "Georgia": "GA",
    "Massachusetts": "MA",
    "Colorado": "CO",
    "Wisconsin": "WI",
    "Minnesota": "MN",
    "Arizona": "AZ",
    "Virginia": "VA",
    "Maryland": "MD",
    "North Carolina": "NC",
}


def make_dl(rng):
    state = _pick(rng, sorted(US_DL))
    return (state if rng.random() < 0.6 else _US_STATE_ABBR[state]), pattern(rng, US_DL[state])


def make_ip(rng, v6=None):
    if v6 is None:
        v6 = rng.random() < 0.25
    if v6:
        if rng.random() < 0.5:
            groups = ["2001", "db8"] + [f"{rng.randint(0, 65535):x}" for _ in range(rng.choice([2, 3]))]
            return ":".join(groups[:3]) + "::" + groups[-1]
        first = rng.choice(["2a02", "2a01", "2600", "2c0f", "2400", "2804", "2a0d"])
        return ":".join([first] + [f"{rng.randint(0, 65535):x}" for _ in range(7)])
    r = rng.random()
    if r < 0.2:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    if r < 0.3:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    a = rng.choice(
        [5, 31, 41, 46, 62, 77, 85, 95, 102, 105, 118, 154, 176, 181, 186, 190, 196, 197, 203, 213]
    )
    return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


# ----------------------------------------------------------------------------- hard negatives

ORGS = [
    "Harbourline Services",
    "Steppe Logistics",
    "Blue Dune Telecom",
    "Kestrel Civil Works",
    "Orbita Facilities",
    "Amber Coast Water",
    "Tamarind Mobile",
    "Vaka Energy",
    "Ridgeway Scaffolding",
    "Sable Grid Power",
    "Lumen Health Partners",
    "Cobalt Cabs",
    "Meridian Mutual",
    "Kiwara Microcredit",
    "Pinecone Analytics",
    "Atlas Rent-a-Car",
    "Greenleaf Waste Services",
    "Nomad Courier Co.",
    "Opal Insurance",
    "Baobab Transfers",
    "Saffron Signing",
    "Quayside Marine",
    "Mesa Hearing Care",
    "Juniper Build Group",
    "Corvid Security",
]
PUBLIC = [
    "Lionel Messi",
    "Taylor Swift",
    "Shakira",
    "Angela Merkel",
    "Barack Obama",
    "Serena Williams",
    "Cristiano Ronaldo",
    "Greta Thunberg",
    "Ed Sheeran",
    "Beyoncé",
    "Andrea Bocelli",
    "Yo-Yo Ma",
    "Malala Yousafzai",
    "Keanu Reeves",
    "Mohamed Salah",
    "Dua Lipa",
    "Burna Boy",
    "Jacinda Ardern",
    "Björk",
    "Wangari Maathai",
]
COMPOSERS = [
    "Arvo Pärt",
    "Komitas",
    "Mozart",
    "Verdi",
    "Fauré",
    "Dvořák",
    "Rachmaninoff",
    "Hildegard von Bingen",
    "Villa-Lobos",
    "Giya Kancheli",
    "Brahms",
    "Duruflé",
]
PIECES = [
    "Requiem",
    "Vespers",
    "Magnificat",
    "Stabat Mater",
    "Mass in C",
    "Gloria",
    "Te Deum",
    "Cantata No. 4",
]
SHOWS = [
    "Hamlet",
    "The Cherry Orchard",
    "Les Misérables",
    "Cabaret",
    "A Doll's House",
    "The Lion King",
    "Waiting for Godot",
    "Mamma Mia!",
]
STORMS = [
    "Storm Babet",
    "Cyclone Freddy",
    "Hurricane Fiona",
    "Typhoon Haiyan",
    "Cyclone Idai",
    "Storm Ciarán",
    "Cyclone Batsirai",
]
JOBS = [
    "site supervisor",
    "HR business partner",
    "nurse practitioner",
    "logistics coordinator",
    "charge nurse",
    "barista",
    "senior accountant",
    "plumber",
    "civil engineer",
    "delivery rider",
    "secondary school teacher",
    "electrician",
]
CARS = [
    "Toyota Corolla",
    "Hyundai Tucson",
    "Lada Vesta",
    "Kia Rio",
    "VW Golf",
    "Nissan Almera",
    "Suzuki Swift",
    "Toyota Hilux",
    "Renault Clio",
    "Ford Ranger",
]
AIDS = ["Phonak Audéo P90", "Oticon More 1", "Signia Pure 7X", "ReSound Omnia 9", "Widex Moment 440"]
ROADS = [
    "A34",
    "N2",
    "E40",
    "ring road",
    "R-21",
    "M-7",
    "B1094",
    "coastal highway",
    "airport expressway",
    "N4 bypass",
]
LANDMARKS = [
    "central market",
    "old bus station",
    "football stadium",
    "main mosque",
    "cathedral",
    "national museum",
    "ferry terminal",
    "university gate",
    "clock tower",
    "botanical garden",
]
BOATS = [
    "Sea Breeze",
    "Northern Star",
    "Moana",
    "Albatross",
    "Lady Grace",
    "Blue Lagoon",
    "Second Wind",
    "Kittiwake",
    "Tūī",
    "Wanderlust",
]
STUDIOS = ["inkwell.studio", "black_lotus_tattoo", "needle.and.nerve", "thirdeye_ink", "studio.koi.tattoo"]
SALONS = ["Studio Ivy Hair", "Crown & Comb", "Lotus Nails & Spa", "Fade Factory", "Salon Bellezza"]
CHOIRS = [
    "City Chamber Choir",
    "Harbour Voices",
    "St Cecilia Singers",
    "Youth Philharmonic",
    "Community Wind Band",
]
GROUPS = ["Tumaini", "Umoja", "Sunrise Women", "Hope Traders", "Ebenezer", "Twiyubake", "Nguvu Kazi"]
CONTESTS = ["CQ WW DX SSB", "IARU HF Championship", "ARRL DX CW", "WAE DX Contest"]
ROLE_LOCAL = [
    "support",
    "info",
    "billing",
    "noreply",
    "no-reply",
    "helpdesk",
    "office",
    "admin",
    "press",
    "contact",
    "bookings",
    "enquiries",
    "service",
    "hello",
    "licensing",
    "membership",
    "secretary",
    "reception",
    "boxoffice",
    "fraud",
    "dispatch",
    "ops",
    "volunteers",
    "council",
    "jury",
    "parking",
    "team",
    "careers",
    "privacy",
    "security",
]
ROLE_SET = set(ROLE_LOCAL) | {
    "hr",
    "sales",
    "accounts",
    "postmaster",
    "abuse",
    "kontakt",
    "webmaster",
    "clinic",
    "treasurer",
}
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_BASE_DATE = _dt.date(2024, 1, 1)


def _date(c):
    d = _BASE_DATE + _dt.timedelta(days=c.rng.randint(0, 900))
    us = c.loc.region in ("US", "PR")
    fmts = ["%d.%m.%Y", "%d/%m/%Y", "%Y-%m-%d", "%d %b", "%a %d %b", "%d %B %Y"]
    if us:
        fmts = ["%m/%d/%Y", "%m/%d/%y", "%b %d", "%A, %B %d", "%Y-%m-%d"]
    return d.strftime(c.rng.choice(fmts)).lstrip("0")


def _time(c):
    h, m = c.rng.randint(6, 22), c.rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    if c.loc.region in ("US", "PR", "GB", "IN") and c.rng.random() < 0.5:
        return f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"
    return f"{h:02d}:{m:02d}"


def _iso(c):
    d = _dt.datetime(2024, 1, 1) + _dt.timedelta(
        minutes=c.rng.randint(0, 900 * 1440), seconds=c.rng.randint(0, 59)
    )
    return d.strftime(c.rng.choice(["%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S+00:00"]))


def _amt(c):
    r = c.rng
    x = r.random()
    v = r.randint(5, 400) if x < 0.6 else (r.randint(500, 9000) if x < 0.9 else r.randint(10, 900) * 100)
    s = f"{v:,}".replace(",", c.loc.tsep)
    if v < 400 and r.random() < 0.4:
        s += ("," if c.loc.tsep == "." else ".") + r.choice(["50", "99", "00", "25"])
    return c.loc.cur.format(s)


def _city(c):
    lst = c.loc.lists["c"][0 if c.nat else 1]
    return re.split(r",| - ", _pick(c.rng, lst))[0]


def _district(c):
    # bare neighbourhood names only: entries with numbers ("Block 8", "Phase 2") also occur as address lines
    lst = [x for x in c.loc.lists["d"][0 if c.nat else 1] if len(x) > 3 and not any(ch.isdigit() for ch in x)]
    return _pick(c.rng, lst) if lst else _city(c)


def _orgslug(c):
    return slug(c.get_neg("org", "1").split()[0]) + rng_tld(c)


def rng_tld(c):
    reg = c.loc.region.lower()
    return "." + {"us": "com", "gb": "co.uk", "pr": "com"}.get(reg, reg if c.rng.random() < 0.6 else "org")


def _rd(c, pat):
    return pattern(c.rng, pat)


NEG = {
    "date": _date,
    "time": _time,
    "iso": _iso,
    "amt": _amt,
    "city": _city,
    "district": _district,
    "ymd": lambda c: (_BASE_DATE + _dt.timedelta(days=c.rng.randint(0, 900))).strftime("%Y%m%d"),
    "hhmm": lambda c: f"{c.rng.randint(0, 23):02d}{c.rng.choice([0, 7, 12, 25, 33, 48, 51]):02d}",
    "dob": lambda c: _dt.date(c.rng.randint(1941, 2005), c.rng.randint(1, 12), c.rng.randint(1, 28)).strftime(
        c.rng.choice(["%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d"]) if c.loc.region != "US" else "%m/%d/%Y"
    ),
    "dobx": lambda c: f"{c.rng.randint(1941, 2005)}{c.rng.randint(1, 12):02d}{c.rng.randint(1, 28):02d}",
    "year": lambda c: str(c.rng.randint(2024, 2027)),
    "yy": lambda c: str(c.rng.randint(24, 26)),
    "pnr": lambda c: _rd(c, "^^^^^^" if c.rng.random() < 0.5 else "%%%%%%"),
    "order": lambda c: (
        c.rng.choice(["ORD-", "#", "", "SO"]) + _rd(c, c.rng.choice(["#######", "##-#####", "^^######"]))
    ),
    "tkt": lambda c: (
        c.rng.choice(["INC", "TKT-", "CASE-", "REQ", "SR-"])
        + _rd(c, c.rng.choice(["#######", "#####", "####-####"]))
    ),
    "ref": lambda c: _rd(c, c.rng.choice(["^^-####-##", "^###/##", "REF-######", "^^^-#####", "20##/###"])),
    "plate": lambda c: _rd(c, _pick(c.rng, c.loc.plate)),
    "lfour": lambda c: _rd(c, "####"),
    "otp": lambda c: _rd(c, "######"),
    "policy": lambda c: _rd(c, c.rng.choice(["POL-########", "^^/#######/##", "######-^"])),
    "vin": lambda c: "".join(c.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17)),
    "serial": lambda c: _rd(c, c.rng.choice(["SN^^######", "##^^####^", "^#^-####-####"])),
    "ver": lambda c: f"{c.rng.randint(1, 14)}.{c.rng.randint(0, 30)}.{c.rng.randint(0, 9)}",
    "pct": lambda c: f"{c.rng.randint(1, 98)}{c.rng.choice(['', '.5'])}%",
    "country": lambda c: c.loc.country,
    "qcountry": lambda c: c.loc2.country,
    "hi": lambda c: _pick(c.rng, c.loc.hi),
    "thx": lambda c: _pick(c.rng, c.loc.thx),
    "bye": lambda c: _pick(c.rng, c.loc.bye),
    "org": lambda c: _pick(c.rng, ORGS),
    "pub": lambda c: _pick(c.rng, PUBLIC),
    "storm": lambda c: _pick(c.rng, STORMS),
    "job": lambda c: _pick(c.rng, JOBS),
    "cs": lambda c: _rd(c, _pick(c.rng, c.loc.cs)),
    "role": lambda c: f"{_pick(c.rng, ROLE_LOCAL)}@{_orgslug(c)}",
    "url": lambda c: (
        f"https://www.{_orgslug(c)}/{c.rng.choice(['status', 'help', 'notices', 'apply', 'r/' + _rd(c, '%%%%%')])}"
    ),
    "berth": lambda c: _rd(c, c.rng.choice(["^-##", "^##", "Pontoon ^, berth ##"])),
    "boat": lambda c: _pick(c.rng, BOATS),
    "mmsi": lambda c: _rd(c, "#########"),
    "pcn": lambda c: _rd(c, c.rng.choice(["^^########", "PCN ########", "##########^"])),
    "carmodel": lambda c: _pick(c.rng, CARS),
    "exp": lambda c: f"{c.rng.randint(1, 12):02d}/{c.rng.randint(25, 31)}",
    "zone": lambda c: _rd(c, c.rng.choice(["CPZ ^", "Zone ^#", "R##"])),
    "juror": lambda c: _rd(c, "#########"),
    "short": lambda c: _rd(c, c.rng.choice(["#####", "####", "*###*#"])),
    "ea": lambda c: _rd(c, "##-###-####"),
    "age": lambda c: str(c.rng.randint(19, 88)),
    "idno": lambda c: _rd(c, c.rng.choice(["^^#######", "#########", "^-######"])),
    "season": lambda c: (
        c.rng.choice(["Autumn", "Spring", "Winter", "Summer"]) + " " + str(c.rng.randint(2024, 2026))
    ),
    "choir": lambda c: _pick(c.rng, CHOIRS),
    "day": lambda c: _pick(c.rng, _DAYS),
    "piece": lambda c: _pick(c.rng, PIECES),
    "composer": lambda c: _pick(c.rng, COMPOSERS),
    "show": lambda c: _pick(c.rng, SHOWS),
    "studio": lambda c: _pick(c.rng, STUDIOS),
    "salon": lambda c: _pick(c.rng, SALONS),
    "rid": lambda c: _rd(c, "R-######"),
    "lat": lambda c: f"{c.rng.uniform(-40, 60):.5f}",
    "lon": lambda c: f"{c.rng.uniform(-90, 120):.5f}",
    "road": lambda c: _pick(c.rng, ROADS),
    "permit": lambda c: _rd(c, "PTW-####-##"),
    "landmark": lambda c: _pick(c.rng, LANDMARKS),
    "rnd": lambda c: _rd(c, "R##-^"),
    "site": lambda c: c.rng.choice(["Block C", "Phase 2", "Plot 7", "North Tower"]) + " " + _rd(c, "(J####)"),
    "machine": lambda c: c.rng.choice(["excavator", "mobile crane", "telehandler", "concrete pump"]),
    "cscs": lambda c: _rd(c, "########"),
    "ride": lambda c: _rd(c, "RD-%%%%%%%%"),
    "dock": lambda c: _rd(c, "D###"),
    "bikeid": lambda c: _rd(c, "B-#####"),
    "ra": lambda c: _rd(c, "RA########"),
    "km": lambda c: f"{c.rng.randint(1000, 90000)}",
    "claim": lambda c: _rd(c, "CLM-#####"),
    "badge": lambda c: _rd(c, c.rng.choice(["PH####", "#####", "B-###"])),
    "wk": lambda c: "wk " + str(c.rng.randint(1, 52)),
    "cls": lambda c: c.rng.choice(["3B", "5A", "Year 4", "P6", "Grade 2"]),
    "mtcn": lambda c: _rd(c, "##########"),
    "rate": lambda c: f"{c.rng.uniform(0.5, 4000):.4f}",
    "store": lambda c: _rd(c, "S###"),
    "group": lambda c: _pick(c.rng, GROUPS),
    "acct": lambda c: _rd(c, "#######"),
    "env": lambda c: "-".join(_rd(c, p).lower() for p in ["%%%%%%%%", "%%%%", "%%%%", "%%%%%%%%%%%%"]),
    "doc": lambda c: c.rng.choice(
        ["Tenancy_Agreement_v3.pdf", "NDA-2025.pdf", "Loan_Offer.pdf", "Consent_Form.docx", "SOW_phase2.pdf"]
    ),
    "sigid": lambda c: _rd(c, "%%%%%%%%").lower(),
    "facility": lambda c: c.rng.choice(["CENTRAL_LAB", "STMARYS", "LAB01", "RIVERSIDE"]),
    "ts": lambda c: (_dt.datetime(2024, 1, 1) + _dt.timedelta(minutes=c.rng.randint(0, 900 * 1440))).strftime(
        "%Y%m%d%H%M"
    ),
    "msgid": lambda c: _rd(c, "MSG#######"),
    "mrn": lambda c: _rd(c, "########"),
    "sex": lambda c: c.rng.choice("FM"),
    "acc": lambda c: _rd(c, "ACC######"),
    "hb": lambda c: f"{c.rng.uniform(9, 17):.1f}",
    "clinic": lambda c: c.rng.choice(["Mesa Hearing Care", "ClearSound Audiology", "Harbour Hearing Centre"]),
    "aidmodel": lambda c: _pick(c.rng, AIDS),
    "iccid": lambda c: _luhn_complete("8944" + _rd(c, "##############")),
    "rel": lambda c: c.rng.choice(["partner", "neighbour", "carer", "sibling", "child", "NOK"]),
    "bp": lambda c: f"{c.rng.randint(105, 165)}/{c.rng.randint(60, 100)}",
    "hr": lambda c: str(c.rng.randint(55, 110)),
    "spo": lambda c: str(c.rng.randint(90, 99)),
    "mg": lambda c: c.rng.choice(["500", "850", "1000"]),
    "n": lambda c: str(c.rng.randint(2, 99)),
    "nn": lambda c: f"{c.rng.randint(0, 59):02d}",
    "k": lambda c: str(c.rng.randint(1, 9)),
    "big": lambda c: str(c.rng.randint(100, 9999)),
    "contest": lambda c: _pick(c.rng, CONTESTS),
    "flight": lambda c: _rd(c, c.rng.choice(["^^ ###", "^^####", "^# ###"])),
    "lang": lambda c: c.rng.choice(
        [
            "French and Wolof",
            "English and Swahili",
            "Spanish and Guaraní",
            "Russian and Kazakh",
            "Portuguese",
            "Arabic and French",
            "Mongolian and English",
        ]
    ),
    "maestro": lambda c: c.rng.choice(
        ["Gustavo Dudamel", "Simon Rattle", "Marin Alsop", "Xian Zhang", "Klaus Mäkelä"]
    ),
    "star": lambda c: c.rng.choice(
        ["Cate Blanchett", "Idris Elba", "Penélope Cruz", "Viola Davis", "Dev Patel", "Ian McKellen"]
    ),
    "gigs": lambda c: c.rng.choice(
        ["fine-line tattoo, left forearm", "helix piercing, 16g", "cover-up, right calf"]
    ),
}


class Ctx:
    def __init__(self, rng, loc, loc2):
        self.rng, self.loc, self.loc2 = rng, loc, loc2
        self.nat = (loc.native and rng.random() < 0.55) or (loc.foldable and rng.random() < 0.8)
        self.nat2 = (loc2.native and rng.random() < 0.5) or (loc2.foldable and rng.random() < 0.8)
        self.cache = {}

    def get_neg(self, base, idx):
        key = ("neg", base, idx)
        if key not in self.cache:
            self.cache[key] = NEG[base](self)
        return self.cache[key]

    def person(self, base, idx):
        key = (base, idx)
        if key not in self.cache:
            g = base[1:] or None
            loc, nat = (self.loc2, self.nat2) if base.startswith("q") else (self.loc, self.nat)
            used = self.cache.setdefault("used_first", set())
            for _ in range(8):  # avoid two different people with the same given name in one row
                p = make_person(self.rng, loc, nat, g)
                if p.first not in used:
                    break
            used.add(p.first)
            self.cache[key] = p
        return self.cache[key]

    def phone(self, base, idx):
        key = (base, idx)
        if key not in self.cache:
            r = self.rng
            loc = self.loc2 if base.startswith("q") else self.loc
            kind = {"ph": "any", "mob": "mob", "fix": "fix", "eph": "mob", "qmob": "mob", "qph": "any"}[base]
            num = make_phone(r, loc.region, kind)
            fixed = phonenumbers.number_type(num) == _PNT.FIXED_LINE
            if base == "eph":
                s = phonenumbers.format_number(num, _PNF.E164)
            else:
                s = format_phone(
                    r, num, loc, ext=(base == "fix" and r.random() < 0.3) or (fixed and r.random() < 0.08)
                )
            self.cache[key] = s
        return self.cache[key]

    def seg(self, name, attr):
        m = re.match(r"([a-z]+?)(\d*)$", name)
        base, idx = m.group(1), m.group(2) or "1"
        r = self.rng
        if base in ("p", "q", "pf", "pm", "qf", "qm"):
            p = self.person(base, idx)
            a = attr or "full"
            if a == "email":
                return [("EMAIL_ADDRESS", p.email)]
            if a == "handle":
                return [("PERSON", p.handle)]
            if a == "hon":
                pre, part, suf = p.hon
                return [(None, pre), ("PERSON", part), (None, suf)]
            val = {
                "full": p.full,
                "first": p.first,
                "last": p.last,
                "formal": p.formal,
                "short": p.short,
                "init": p.init,
                "lc": p.full.lower(),
                "uc": p.full.upper(),
                "fl": p.fl,
            }[a]
            return [("PERSON", val)]
        if base in ("addr", "qaddr"):
            key = (base, idx)
            if key not in self.cache:
                loc, nat = (self.loc2, self.nat2) if base == "qaddr" else (self.loc, self.nat)
                self.cache[key] = make_address(r, loc, nat)
            lines = self.cache[key]
            loc = self.loc2 if base == "qaddr" else self.loc
            if attr in ("ml", "hl", "semi", "pipe"):
                sep = {"ml": "\n", "hl": "^^", "semi": ";", "pipe": " / "}[attr]
                out = []
                for j, ln in enumerate(lines):
                    if j:
                        out.append((None, sep))
                    out.append(("STREET_ADDRESS", ln))
                return out
            nat = self.nat2 if base == "qaddr" else self.nat
            return [("STREET_ADDRESS", (loc.ajoin if nat else ", ").join(lines))]
        if base in ("ph", "mob", "fix", "eph", "qmob", "qph"):
            return [("PHONE_NUMBER", self.phone(base, idx))]
        key = (base, idx)
        if base == "card":
            if key not in self.cache:
                self.cache[key] = make_card(r, self.loc)
            return [("CREDIT_CARD", self.cache[key])]
        if base == "iban":
            if key not in self.cache:
                ib = make_iban(r, self.loc.iban)
                if r.random() < 0.65:
                    ib = " ".join(ib[i : i + 4] for i in range(0, len(ib), 4))
                self.cache[key] = ib
            return [("IBAN_CODE", self.cache[key])]
        if base == "ssn":
            if key not in self.cache:
                self.cache[key] = make_ssn(r)
            return [("US_SSN", self.cache[key])]
        if base in ("ip", "ipv"):
            if key not in self.cache:
                self.cache[key] = make_ip(r, True if base == "ipv" else None)
            return [("IP_ADDRESS", self.cache[key])]
        if base == "dl":
            if key not in self.cache:
                self.cache[key] = make_dl(r)
            st, num = self.cache[key]
            return [(None, st)] if attr == "state" else [("US_DRIVER_LICENSE", num)]
        if base in ("brand", "bh"):
            if key not in self.cache:
                self.cache[key] = _pick(r, BRANDS if base == "brand" else HANDLE_BRANDS)
            return [("BRAND", self.cache[key])]
        return [(None, self.get_neg(base, idx))]


_TOK = re.compile(r"\{\{|\}\}|\{([a-z][a-z0-9]*)(?:\.([a-z0-9]+))?(?:\|([a-z]))?\}")
_CHOICE = re.compile(r"\[\[(.*?)\]\]", re.S)


def _mod(s, m):
    if m == "l":
        return s.lower()
    if m == "u":
        return s.upper()
    if m == "t":
        return s.title()
    if m == "i":
        return s[:1] + "."
    return s


_STRUCT = re.compile(
    r"\{\{|\t|MSH\||BEGIN:VCARD|^dn:|INSERT INTO|\w=\{|<\w+>|^[^\n]*,[^\n]*,[^\n]*,|^\S+;\S+;", re.M
)
_WORD = re.compile(r"\b[a-z]{4,}\b")


def _typo(s, rng):
    """Light keyboard noise on template words (never on slot values, so spans stay exact)."""

    def one(m):
        w = m.group(0)
        if rng.random() > 0.07:
            return w
        i = rng.randrange(1, len(w) - 1)
        kind = rng.random()
        if kind < 0.4:
            return w[:i] + w[i + 1] + w[i] + w[i + 2 :]
        if kind < 0.7:
            return w[:i] + w[i + 1 :]
        return w[:i] + w[i] + w[i:]

    return _WORD.sub(one, s)


def render(text, ctx, case=None, typo=False):
    text = _CHOICE.sub(lambda m: ctx.rng.choice(m.group(1).split("||")), text)
    parts, spans, brands = [], [], []
    pos = 0

    def emit(label, s, literal=False):
        nonlocal pos
        if not s:
            return
        if literal and typo:
            s = _typo(s, ctx.rng)
        if case == "l":
            s = s.lower()
        elif case == "u":
            s = s.upper()
        if label == "BRAND":
            brands.append(s)
        elif label:
            assert s == s.strip(), (label, s)
            spans.append({"label": label, "start": pos, "end": pos + len(s), "value": s})
        parts.append(s)
        pos += len(s)

    last = 0
    for m in _TOK.finditer(text):
        emit(None, text[last : m.start()], literal=True)
        tok = m.group(0)
        if tok == "{{":
            emit(None, "{")
        elif tok == "}}":
            emit(None, "}")
        else:
            for lab, val in ctx.seg(m.group(1), m.group(2)):
                emit(lab, _mod(val, m.group(3)))
        last = m.end()
    emit(None, text[last:], literal=True)
    return "".join(parts), spans, brands


class T:
    def __init__(self, text, lc=0.0, uc=0.0, free=False, locs=None, alt=None):
        self.text, self.lc, self.uc, self.free, self.locs, self.alt = text, lc, uc, free, locs, alt or {}


# ----------------------------------------------------------------------------- templates

US = ["en_US"]

GENRES = [
    (
        "marina_berths",
        "marina and boat-slip management",
        [
            T(
                "Subject: Re: berth {berth} – winter haul-out\n\n{hi}, this is {p1} – owner of the [[sloop||motor cruiser||RIB]] "
                '"{boat}" (reg {plate}). We\'ll be away {date} to {date2}, please call my [[partner||neighbour||crew mate]] {p2.first} on '
                "{mob} if the lines need adjusting. Invoice to {p1.email} please, {amt} for the season is fine.\n{thx},\n{p1.first}"
            ),
            T(
                "MARINA BERTH APPLICATION\nApplicant: {p1.formal}\nPostal address: {addr}\nMobile: {mob}\nE-mail: {p1.email}\n"
                "Vessel: {boat} | LOA {k}.{n} m | MMSI {mmsi}\nInsurance policy: {policy}\nBerth requested: {berth} from {date}\n"
                "Direct debit: IBAN {iban}\nSigned: {p1.init}"
            ),
            T(
                "berth,vessel,owner,phone,arrival,paid\n{berth},{boat},{p1},{ph},{date},yes\n{berth2},{boat2},{p2},{ph2},{date2},no\n"
                "{berth3},{boat3},{p3.lc},{ph3},{date3},yes"
            ),
            T(
                "HARBOUR NOTICE {ref}\nDredging of the [[inner basin||fuel pontoon approach||north fairway]] from {date} {time}–{time2}. "
                "Vessels on pontoons C–E must relocate to visitor berths. Depth alert: {k}.{n} m at LAT. Listen VHF ch 14. Fuel dock "
                "closed; {org} tanker due {date2}. Enquiries: {role}. Gale warning for {storm} remains in effect.",
                free=True,
            ),
        ],
    ),
    (
        "allotment_plots",
        "allotments and community gardens",
        [
            T(
                "[{time}] {p1.first}: anyone seen who took the wheelbarrow from plot {n}?\n[{time2}] {p2.first|l}: prob {p3.first}'s "
                "lot again lol\n[{time3}] {p1.first}: {p3.first} pls bring it back or text me {mob}\n[{time4}] {p3.handle}: sorry!! will "
                "drop it at plot {n} tmrw",
                lc=0.2,
            ),
            T(
                "{p1}\n{addr.ml}\n\n{date}\n\nDear Allotment Secretary,\nPlease add me to the waiting list for a half plot at the "
                "[[Riverside||Hilltop||Old Orchard||Mill Meadow]] site. I can be reached on {ph} or {p1.email}. My neighbour {p2} "
                "(plot {n}) has agreed to share a water butt.\nYours faithfully,\n{p1}"
            ),
            T(
                "plot inspection notes {date}\n- plot 4: overgrown, letter to {p1.lc} ({addr})\n- plot 11: great onions, no action\n"
                "- plot 17: shed roof loose, {p2.first} will fix, ph {mob}\n- plot 23: rent unpaid {amt}, tenant is {p3.handle} on "
                "the forum\n- plot 30: vacant",
                lc=1.0,
            ),
            T(
                "site\tplots\tvacant\twaiting\tavg_wait_months\n[[Riverside||Hilltop]]\t{n}\t{k}\t{n2}\t{n3}\n[[Old Orchard||Mill Meadow]]"
                "\t{n4}\t0\t{n5}\t{n6}\nTOTAL\t{big}\t{k2}\t{big2}\t-\n# water off from {date} (frost). Rent {amt}/yr unchanged.",
                free=True,
            ),
        ],
    ),
    (
        "strata_council",
        "strata / owners' corporation / HOA councils",
        [
            T(
                "Subject: Owners' corporation SP {big} – leak from lot {n}\nFrom: {p1} <{p1.email}>\nTo: {role}\nCc: {p2.first|l}, "
                "{p3.first|l} and {p4.first|l}\n\n{hi} strata manager, the water leak from lot {n} into my ceiling at {addr} is "
                "still not fixed ({tkt}). The plumber from {org} came on {date} but nobody had keys. Pls call {mob}.\n{p1.first}"
            ),
            T(
                '{{"lot": {n}, "owner": "{p1}", "unit_address": "{addr}", "phone": "{ph}", "levy_account": "{iban}", '
                '"arrears": "{amt}", "by_law_breach": "bikes in stairwell", "last_notice": "{date}"}}'
            ),
            T(
                "ATTENTION RESIDENTS OF BLOCK {k}!!! SOMEONE KEEPS PARKING IN BAY {n}. CAR {plate}. IF IT'S YOURS MOVE IT OR I CALL "
                "THE TOWING COMPANY. — {p1}, UNIT {big}, {mob}",
                uc=1.0,
            ),
            T(
                "AGM agenda – {date}\nChair: {p1}\n1. Apologies\n2. Minutes of last AGM\n3. Levy increase {pct}\n4. Façade repairs "
                "quote from {org} ({amt})\n5. By-law {k}: pets\n6. General business\nProxy forms to {role} by {date2}."
            ),
        ],
    ),
    (
        "parking_appeals",
        "parking permits and penalty-charge appeals",
        [
            T(
                "PCN no. {pcn}\nVehicle reg: {plate}\n\nI wish to appeal this penalty charge issued on {date} at {time}. I was "
                "unloading shopping for my mother, {pf2}, who lives at {addr} and has a blue badge ({serial}). Please reply to "
                "{p1.email}.\n\n{p1}"
            ),
            T(
                "Resident permit application\nName ........ {p1.formal}\nAddress ..... {addr}\nPhone ....... {ph}\nEmail ....... "
                "{p1.email}\nVehicle ..... {carmodel}, {plate}\nZone ........ {zone}\nPayment ..... card {card}, exp {exp}\n"
                "Signature ... {p1.init}"
            ),
            T(
                "| PCN | plate | keeper | keeper address | status |\n|---|---|---|---|---|\n| {pcn} | {plate} | {p1} | {addr} | appeal "
                "rec'd |\n| {pcn2} | {plate2} | {p2} | {addr2} | paid {amt} |\n| {pcn3} | {plate3} | (hire co.) | - | transferred |"
            ),
            T(
                "hi its {p1.first|l} from flat {n}, the warden gave me a ticket {pcn} even tho my visitor permit was on the dash?? "
                "can u call me {mob} pls. {thx}",
                lc=0.6,
            ),
        ],
    ),
    (
        "jury_service",
        "jury summons replies and juror admin",
        [
            T(
                "Re: Juror ID {juror} – request for deferral\n\nTo the Jury Administrator,\nI was summoned for {date}. I am the sole "
                "carer for my father, {pm2}, at {addr}. My {dl.state} driver's license is {dl} and my juror number is above. "
                "Contact me at {ph} or {p1.email}.\nRespectfully,\n{p1}",
                locs=US,
            ),
            T(
                "Juror Qualification Questionnaire\nFull legal name: {p1}\nResidence address: {addr.ml}\nSSN: {ssn}\nDaytime phone: "
                "{ph}\nEmployer: {org}\nOccupation: {job}\nU.S. citizen: Y   Felony conviction: N",
                locs=US,
            ),
            T(
                "NOTICE: the jury assembly room has moved to Level {k}. Panels {n} and {n2} report at {time} on {date}. Parking "
                "validation at the {org} garage. Juror info line: text JURY to {short}. Trial {ref} (State v. {org2}) continues.",
                free=True,
            ),
            T(
                "[{time}] {p1.handle}: got summoned for jury duty AGAIN {date}\n[{time2}] {p2.handle}: lol ask for a deferral, "
                "{p3.first} did it last year\n[{time3}] {p1.handle}: the form wants my SSN {ssn} typed into a web form?? sketchy\n"
                "[{time4}] {p2.handle}: it's legit, court site is {url}",
                locs=US,
            ),
        ],
    ),
    (
        "polling_volunteers",
        "polling-station staff and volunteer rosters",
        [
            T(
                "station;role;volunteer;phone;email;shift\nPS-{n};presiding officer;{p1};{ph};{p1.email};{time}-{time2}\n"
                "PS-{n};poll clerk;{p2};{ph2};{p2.email};{time}-{time2}\nPS-{n2};teller;{p3};{ph3};;{time3}-{time4}"
            ),
            T(
                "{hi} {p1.first},\n\nThanks for signing up as a poll clerk for {date}. You are at Polling Station {n} ([[community "
                "hall||primary school gym||library annex]]). Please bring photo ID. Your partner is {p2} ({mob}). If you can't make it "
                "reply to {role} – don't call the returning officer directly.\n\n{bye}\n{p3.first}"
            ),
            T(
                "Polling stations open {time} to {time2} on {date}. Station {n} has moved from the school to the sports centre. "
                "Postal ballots can be handed in at the town hall until close of poll. Turnout last time: {pct}. Count starts at "
                "the {landmark} hall after 10pm.",
                free=True,
            ),
            T(
                "{time} - {p1.lc}: who has the keys for ps {n}?\n{time2} - {p2.lc}: {pf3.first|l} has them, she lives at {addr}\n"
                "{time3} - {p1.lc}: ok ill pass by. her number?\n{time4} - {p2.lc}: {mob}",
                lc=1.0,
            ),
        ],
    ),
    (
        "census_enumerator",
        "census enumerator field notes",
        [
            T(
                "EA {ea} / HH {n} — visited {date} {time}\nRespondent: {p1} ({age} yrs), head of household\nMembers: {p2.first}, "
                "{p3.first}, {p4.first}\nDwelling: {addr}\nCallback: {mob}\nNotes: dog, come after 5pm. Neighbour {p5} refused."
            ),
            T(
                "hh_id\tname\trelation\tage\tphone\nHH{big}\t{p1}\thead\t{age}\t{mob}\nHH{big}\t{p2}\tspouse\t{age2}\t\nHH{big}\t"
                "{p3.first}\tchild\t{k}\t\n# EA {ea}, enumerator {idno}"
            ),
            T(
                "EA {ea} done {pct}. 3 refusals, 1 vacant. {pm1.first} sick today, {p2.first} covering his blocks. need 2 more "
                "tablets, serial {serial} broken screen. sync failed v{ver}",
                lc=0.5,
            ),
            T(
                "{hi}! Census enumerator here (badge {idno}). Your household at {addr} was not counted when we visited on {date}. "
                "Please call {ph} or reply with a good time. {thx}"
            ),
        ],
    ),
    (
        "choir_roster",
        "choir and orchestra rosters",
        [
            T(
                "## {season} season – {choir}\n**Sopranos:** {pf1}, {pf2.fl}\n**Altos:** {pf3}\n**Tenors:** {pm4.init}\n"
                "**Basses:** {pm5}\nRehearsals: {day}s {time}, [[parish hall||conservatory room 4||school music room]]\nConcert: "
                "{composer} – {piece}, {date}. Librarian: {pf1.first} ({mob})"
            ),
            T(
                "Hi all, {p2.first|l} can't make Thursday so {p3.first} will lead the altos. Scores for the {composer} {piece} can be "
                "picked up from my flat, {addr}. Questions → {p1.email}\n– {p1.first}"
            ),
            T(
                "section,name,email,phone,subs_paid\nviolin I,{p1},{p1.email},{ph},yes\nviola,{p2},{p2.email},{ph2},no (owes {amt})\n"
                "cello,{p3},,{ph3},yes\ndouble bass,{p4.short},,,yes"
            ),
            T(
                "Programme: {composer} – {piece}; {composer2} – {piece2}. Soloist: {p1} (soprano). Guest conductor: {maestro}. Tickets "
                "{amt} at the door, students free. Doors {time}. Sponsored by {org}."
            ),
        ],
    ),
    (
        "box_office",
        "theatre box office",
        [
            T(
                "Booking {pnr} – {show}\n\nDear {p1.hon},\nThank you for booking {k} seats (row [[F||G||H]]) for {show} on {date} at "
                "{time}. Tickets will be held at the box office under the name {p1.last|u}. Card ending {lfour} was charged {amt}.\n"
                "For access needs call {fix}.\nThis season is sponsored by {brand}."
            ),
            T(
                "{time} walk-up, cash {amt}\n{time2} phone booking {p1} {ph} – 2x stalls {show}, pays on collection\n{time3} refund "
                "req {p2.lc}, card {card}, manager approved\n{time4} comps for {pub} + 1 (press night)"
            ),
            T(
                "{show}\nWed–Sat {time}, matinee Sun 2pm\nRunning time 2h 20m incl. interval\nAge guidance 12+\nStarring {star}\n"
                "Tickets {amt}–{amt2}; concessions {pct} off\nBooking fee waived for {brand} cardholders",
                free=True,
            ),
            T(
                "Customer ({p1.handle}): i bought tix for {show} through {brand} and never got the email\nAgent: Sorry! Can you "
                "confirm the email used?\nCustomer: {p1.email}\nAgent: Found booking {pnr}, resent now. Anything else?\nCustomer: pls "
                "also update my phone to {mob}",
                lc=0.2,
            ),
        ],
    ),
    (
        "tattoo_consent",
        "tattoo and piercing studio consent",
        [
            T(
                "CLIENT CONSENT & RELEASE\nClient: {p1}   DOB: {dob}\nAddress: {addr}\nPhone: {ph}   Email: {p1.email}\n"
                "Procedure: {gigs}\nArtist: {p2.first}\nID checked: [[passport||national ID]] {idno}\nEmergency contact: {p3} {ph2}"
            ),
            T(
                "@{studio} hiii!! can i book {p2.first} for a small tattoo on {date}? my name's {p1.first}, number is {mob}, i'm "
                "{age} so no parental consent needed lol",
                lc=0.5,
            ),
            T(
                "Hi {p1.first}, it's {studio}. Aftercare: wash 2x daily, no swimming for 2 weeks, no sun. Free touch-up until {date}. "
                "Questions? Reply here. Reply STOP to opt out"
            ),
            T(
                "date\ttime\tclient\tartist\tdeposit\tphone\n{date}\t{time}\t{p1}\t{p2.first}\t{amt}\t{ph}\n{date2}\t{time2}\t"
                "{p3.lc}\t{p2.first}\t{amt2}\t{ph2}\n{date3}\t{time3}\tWALK-IN\t{p4.first}\t-\t-"
            ),
        ],
    ),
    (
        "salon_bookings",
        "hair and beauty salon bookings",
        [
            T(
                "Reminder: {p1.first}, your [[balayage||fade + beard trim||gel manicure||keratin treatment]] with {p2.first} is on "
                "{date} at {time}. To cancel call {fix}. – {salon}"
            ),
            T(
                '{{"appointment_id":"{ref}","client":{{"name":"{p1}","phone":"{ph}","email":"{p1.email}"}},'
                '"stylist":"{p2.first}","service":"colour","price":"{amt}","start":"{iso}"}}'
            ),
            T(
                "I HAVE BEEN WAITING 40 MINUTES. BOOKING UNDER {p1}. MY NUMBER IS {mob}. NEVER AGAIN {salon}!!!",
                uc=1.0,
            ),
            T(
                "PRICE LIST {year}\nWomen's cut & finish ..... {amt}\nMen's cut ............... {amt2}\nColour from ............. {amt3}\n"
                "Student discount {pct} Mon–Wed\nWalk-ins welcome. Card only – {brand} cards accepted",
                free=True,
            ),
        ],
    ),
    (
        "school_carpool",
        "kids' school carpools",
        [
            T(
                "{time} {p1.first}: carpool for {date}? I can do morning drop-off, 5 seats\n{time2} {p2.first}: yes pls! {p3.first|l} "
                "+ twins. pick up at {addr}?\n{time3} {p1.first}: ok 7:40. text me {mob} if ur running late\n{time4} {p4.first}: "
                "I'll do pickup at 3:15, football ends late"
            ),
            T(
                'week,driver,phone,kids,pickup_address\n{wk},{p1},{ph},{k},"{addr}"\n{wk2},{p2},{ph2},{k2},"{addr2}"\n{wk3},TBC,,,'
            ),
            T(
                "hey {p2.first|l}, can {p3.first|l} ride with you wed? i'm stuck at work in {city}. the booster seat is in my garage "
                "at {addr}, side door is open. cheers {p1.first|l}",
                lc=1.0,
            ),
            T(
                "Reminder from the class {cls} rep, {p1}: the car park gate closes at {time}. Carpool lane is the one nearest the "
                "gym. Please don't idle engines. Trip on {date}: bus leaves {time2}, {amt} per child."
            ),
        ],
    ),
    (
        "babysitting_market",
        "babysitting marketplace",
        [
            T(
                "Sitter profile\n{p1.short}  ★ 4.{k} ({n} reviews)\nArea: {district}, {city}\nRate: {amt}/h\nAbout me: third-year "
                "nursing student, first-aid certified, I speak {lang}. Message me here or WhatsApp {mob}."
            ),
            T(
                "Parent ({p1.handle}): Hi {p2.first}! Are you free {date} {time}–{time2} for 2 kids (4 and 7)? We're at {addr}, "
                "buzzer {n}.\nSitter ({p2.handle}): Hi! yes I can. Is {amt}/h ok?\nParent ({p1.handle}): perfect. My husband "
                "{pm3.first} will drive you home after."
            ),
            T(
                "T&S case {tkt}\nReporter: {p1} ({p1.email})\nReported user: {p2.handle} (last IP {ip})\nIssue: asked to be paid "
                "off-platform via IBAN {iban}\nAction: account suspended pending review; payout {ref} held"
            ),
            T(
                "payout_id,sitter,iban,amount,status\n{ref},{p1},{iban},{amt},sent\n{ref2},{p2},{iban2},{amt2},failed: name mismatch"
            ),
        ],
    ),
    (
        "home_nursing",
        "home-nurse visit notes",
        [
            T(
                "VISIT NOTE {date} {time}\nPt: {p1.formal}, {age}y\nAddr: {addr}\nNOK: {p2} ({rel}) {mob}\nObs: BP {bp}, HR {hr}, "
                "SpO2 {spo}%\nWound dressing changed L heel. Metformin {mg} mg as prescribed. Next visit {date2}.\nRN {p3.init}"
            ),
            T(
                "{pf1.first|l} at {addr} – key safe by the back door, she gets confused after 6pm. daughter {pf2.first|l} {mob}. "
                "bloods due {date}",
                lc=0.7,
            ),
            T(
                "Date | Patient | Address | Task | Nurse\n{date} | {p1} | {addr} | insulin | {p3.first}\n{date} | {p2} | {addr2} | "
                "catheter change | {p3.first}\n{date2} | {p4} | {addr3} | wound check | {p5.first}"
            ),
            T(
                "Dear nursing team,\nmy father {pm1} (patient no. PT-{big}) was discharged on {date}. Please visit him at:\n{addr.ml}\n"
                "I can be reached at {ph} / {p2.email}.\nKind regards,\n{p2}"
            ),
        ],
    ),
    (
        "sign_interpreting",
        "sign-language interpreter bookings",
        [
            T(
                "Interpreter request #{ref}\nLanguage: [[BSL||ASL||LSF||Libras||KSL||ISL]]\nDeaf client: {p1}\nContact (text only): "
                "{mob}\nVenue: {addr}\nDate/time: {date} {time}\nBooked by: {p2} ({p2.email})\nNotes: client prefers a female "
                "interpreter"
            ),
            T(
                "---------- Forwarded message ---------\nFrom: {p2} <{p2.email}>\nDate: {date}\nSubject: job confirmation\nTo: "
                "{p1.email}\n\n{hi} {p1.first}, confirming you for the job at {org} on {date2}. Co-worker: {p3}. Invoice to {role}, "
                "payment to IBAN {iban}. Video relay number if needed: {ph}."
            ),
            T(
                "VRS call log\n{iso} | caller {p1.handle} | IP {ip} | called {ph} | duration 00:{nn}:14\n{iso2} | caller "
                "{p1.handle} | IP {ipv} | called {ph2} | duration 00:0{k}:51"
            ),
            T(
                "Community notice: free deaf awareness workshop {date}, {time}, hosted by {org}. Interpreters provided, hearing loop "
                "available. Contact {p1.first} by text on {mob} to book a place (ref {ref})."
            ),
        ],
    ),
    (
        "courier_accidents",
        "courier-bike accidents",
        [
            T(
                "Rider incident report\nRider ID: {rid}\nRider: {p1}\nDate/time: {date} {time}\nLocation: outside {addr}\nThird party: "
                "{p2}, driver of {carmodel} reg {plate}, tel {ph}\nInjuries: grazed elbow, front wheel bent\nOrder {order} "
                "({brand}) delivered late"
            ),
            T(
                "bro i got hit by a car on my way to {addr}. im ok but the food is everywhere. order {order}. driver said his name "
                "is {pm2.lc} and gave number {mob}",
                lc=1.0,
            ),
            T(
                "Witness statement – {p1}, {addr}\nOn {date} at about {time} I saw a cyclist in a [[green||orange||blue]] jacket "
                "knocked off by a white van ({plate}). I called 112. You can reach me on {ph}."
            ),
            T(
                "incident_id,rider,rider_phone,lat,lon,severity\n{ref},{p1},{ph},{lat},{lon},minor\n{ref2},{p2.handle},{ph2},{lat2},"
                "{lon2},moderate\n{ref3},{p3},{ph3},{lat3},{lon3},none"
            ),
        ],
    ),
    (
        "roadworks_notices",
        "council road-works bulletins (public notices, PII-free)",
        [
            T(
                "ROADWORKS NOTICE {ref}\nCarriageway resurfacing on the {road} between km {n} and km {n2}, {date}–{date2}, {time}–"
                "{time2}. Lane closures and a 30 km/h limit. Diversion via the {road2}. Contractor: {org}. Permit {permit}.",
                free=True,
            ),
            T(
                "⚠️ {city} council: overnight closure of the {road} flyover on {date}, 22:00–05:00, for joint replacement. Buses {n} "
                "and {n2} diverted. Updates: {url} #roadworks",
                free=True,
            ),
            T(
                "scheme\troad\tstart\tend\tstatus\n{ref}\t{road}\t{date}\t{date2}\tin progress\n{ref2}\t{road2}\t{date3}\t{date4}\t"
                "planned\n{ref3}\t{road3}\t{date5}\t-\tcomplete",
                free=True,
            ),
            T(
                "Q: Why are you digging again?\nA: {org} is replacing a {n}-year-old water main under the {road}. Works are expected "
                "to last {k} weeks.\nQ: Can I still get to the {landmark}?\nA: Yes, pedestrian access is maintained.\nQ: Who do I "
                "contact?\nA: {role} quoting {ref}.",
                free=True,
            ),
        ],
    ),
    (
        "bin_collection",
        "missed bin-collection reports",
        [
            T(
                "Missed collection report\nName: {p1}\nAddress: {addr}\nBin type: [[general waste||recycling||garden waste||food "
                "caddy]]\nScheduled: {date}\nContact: {ph} / {p1.email}\nComments: crew skipped the whole side of the street again"
            ),
            T(
                "3rd week in a row ur lorry missed {addr}!!! bins overflowing, rats everywhere. ref {tkt}. {p1.first}",
                lc=1.0,
            ),
            T(
                "round | address | reason | crew\n{rnd} | {addr} | blocked by car {plate} | {p2.first}\n{rnd} | {addr2} | "
                "contaminated recycling | {p2.first}\n{rnd2} | {addr3} | bin not out | {p3.first}"
            ),
            T(
                "Bank holiday collections: all rounds move one day later from {date}. Garden waste subscriptions renew on {date2} "
                "({amt}/year). Please put bins out by {time}. Missed bins can be reported online after 24 hours.",
                free=True,
            ),
        ],
    ),
    (
        "noise_complaints",
        "noise complaints",
        [
            T(
                "Subject: Noise – flat above ({addr})\n\nDear Environmental Health,\nFor the past {k} weeks the tenant of the flat "
                "above, {p2} I believe, has played music until 3am. I have kept a diary. Please contact me on {ph}.\n{p1}\n{p1.email}"
            ),
            T(
                "Date | Time | Source | Duration | Note\n{date} | {time} | bass music | 2h | knocked, {p2.first} didn't answer\n"
                "{date2} | {time2} | dog barking | 45m |\n{date3} | {time3} | shouting | 20m | police ref {tkt}"
            ),
            T(
                "{p1.short} · {district}\nDoes anyone know who's doing building work at {addr} on Sundays from 7am?? drills nonstop. "
                "Council said call {fix} but it goes to voicemail."
            ),
            T(
                "ENV/{big}/{yy} Noise abatement\nComplainant: {p1.formal}, {addr}\nAlleged source: {p2}, {addr2}\nVisit {date}: "
                "music audible at {n} dB(A). Warning letter issued. Complainant tel {ph}."
            ),
        ],
    ),
    (
        "site_incidents",
        "building-site incidents",
        [
            T(
                "SITE INCIDENT REPORT – {site}\nDate: {date}  Time: {time}\nInjured person: {p1} (subcontractor, {org})\nHome "
                "address: {addr}\nPhone: {ph}\nDescription: fell from scaffold lift {k}, approx 2 m. First aid by {p2}. Ambulance "
                "called.\nReportable: Y\nSupervisor: {p3.init}"
            ),
            T(
                "{time} {p1.first}: crane down again, {org} engineer coming\n{time2} {p2.first}: who's the guy who cut his hand\n"
                "{time3} {p1.first}: {pm3} from the scaffolders. took him to a&e. his wife's number {mob}",
                lc=0.4,
            ),
            T(
                "Toolbox talk {date}: working at height. Inspect harness before use; tag scaffold daily; 5 m exclusion zone around "
                "the {machine}. {k} near misses this month, {n} days without a lost-time injury. Permit to work {permit}.",
                free=True,
            ),
            T(
                "induction_date,name,company,cscs_card,emergency_contact,phone\n{date},{p1},{org},{cscs},{p2},{ph}\n{date},{p3},"
                "{org2},{cscs2},{p4},{ph2}"
            ),
        ],
    ),
    (
        "bikeshare_disputes",
        "bike-share disputes",
        [
            T(
                "You: I was charged {amt} for a ride I never took!!\nAgent ({p2.first}): Sorry to hear that. Can you confirm the email "
                "on the account?\nYou: {p1.email}\nAgent: I see ride {ride} from dock {dock} at {time}. Was your card ending {lfour} "
                "used?\nYou: yes but the bike was broken. refund to card {card} pls"
            ),
            T(
                "{iso} INFO unlock ride={ride} user={p1.handle} dock={dock} ip={ip}\n{iso2} WARN lock_fail ride={ride} battery=12%\n"
                "{iso3} INFO charge ride={ride} amount={amt} user={p1.handle}"
            ),
            T(
                "Hi, I'm {p1} and I live at {addr}. Bike {bikeid} has been dumped outside my door for 3 days and someone's account "
                "is running up charges. Call me on {ph}. {bh} please sort this"
            ),
            T(
                "Service status: {k} docks offline in {city} centre due to a power outage ({org}). Rides ending at offline docks will "
                "not be charged. App {ver} fixes the QR scan bug. Updated {time}.",
                free=True,
            ),
        ],
    ),
    (
        "car_rental_damage",
        "car-rental damage disputes",
        [
            T(
                "RENTAL AGREEMENT {ra}\nRenter: {p1}\nLicence: {dl.state} {dl}\nAddress: {addr}\nVehicle: {carmodel}, {plate}, VIN "
                "{vin}\nOut: {date} {km} km   In: {date2} {km2} km\nDamage: scratch rear bumper, 15 cm\nDeposit hold: card {card}",
                locs=US,
            ),
            T(
                "Dear {org} customer care,\nre agreement {ra}: you charged my card ending {lfour} {amt} for a dent that was already "
                "there when I picked the car up in {city} – see the photos I sent from {p1.email}. The agent, {p2.first}, marked it "
                "on the sheet. Please call {ph}.\n{p1}"
            ),
            T(
                "{p1.first|l}: hey i returned the {carmodel} at the airport, keys in the box, bay {n}\nagent: thanks! any damage?\n"
                "{p1.first|l}: small chip in the windscreen. my number {mob} if u need",
                lc=0.5,
            ),
            T(
                "claim;renter;phone;plate;amount;status\n{claim};{p1};{ph};{plate};{amt};open\n{claim2};{p2};{ph2};{plate2};{amt2};"
                "paid\n{claim3};{p3};;{plate3};{amt3};written off"
            ),
        ],
    ),
    (
        "taxi_licensing",
        "taxi and private-hire licensing",
        [
            T(
                "PRIVATE HIRE DRIVER LICENCE – APPLICATION\nSurname: {p1.last|u}\nForenames: {p1.first}\nHome address:\n{addr.ml}\n"
                "Mobile: {mob}\nEmail: {p1.email}\nMedical: Group 2 passed {date}\nBadge requested: {badge}\nVehicle: {carmodel} "
                "{plate}"
            ),
            T(
                "TLC license application – {p1}\nDOB {dob}\n{dl.state} driver license: {dl}\nSSN: {ssn}\nAddress: {addr}\nPhone: {ph}\n"
                "Base affiliation: {org}",
                locs=US,
            ),
            T(
                "Complaint ref {tkt}: passenger {p1} ({ph}) reports driver badge {badge}, vehicle {plate}, refused a guide dog on "
                "{date} {time} outside the station. Driver name on the app: {p2.first}."
            ),
            T(
                "Licensing sub-committee {date}: fare tariff review (+{pct}), {n} new hackney plates, EV-only from {year}. Public may "
                "attend. Item {k}: {org} operator licence renewal. Papers at {url}.",
                free=True,
            ),
        ],
    ),
    (
        "beekeeping_assoc",
        "beekeepers' association",
        [
            T(
                "SWARM COLLECTORS {year}\n- {district}: {p1} {mob}\n- {district2}: {p2} {mob2}\n- town centre: {p3.first} "
                "({p3.email})\nPlease DON'T call the council about honey bees."
            ),
            T(
                "Apiary inspection – {date}\nBeekeeper: {p1}\nApiary location: {addr}\nColonies: {k}   Queen seen: Y   Varroa drop: "
                "{n}/day\nSigns of foulbrood: none\nInspector: {p2.init}\nNext: {date2}"
            ),
            T(
                "{p1.handle}: swarm in my apple tree at {addr} RIGHT NOW!! anyone??\n{p2.handle}: on my way, 15 min. call me {mob}\n"
                "{p1.handle}: thank you {p2.first}!!!"
            ),
            T(
                "Asian hornet alert: sightings confirmed near the {landmark}, {city}. Report via the app with a photo; do not approach "
                "nests. Winter feeding: fondant from {date}. Honey show entries close {date2}. Spring talk: [[David Attenborough||Jane Goodall]] documentary screening.",
                free=True,
            ),
        ],
    ),
    (
        "ham_radio_logs",
        "amateur-radio logs and nets",
        [
            T(
                "DATE     UTC  CALL     FREQ   MODE RST NAME     QTH\n{ymd} {hhmm} {cs} 14.205 SSB 59  {p1.first} {city}\n{ymd2} "
                "{hhmm2} {cs2} 7.074  FT8  -12 {p2.first} {city2}"
            ),
            T(
                "{hi} OM, tnx for the QSO on {date} on 40m. Pse QSL direct: {p1}, {addr}. 73 de {cs} ({p1.first})"
            ),
            T(
                "[{hhmm}Z] NCS: {cs}, go ahead\n[{hhmm2}Z] {cs2}: {cs2}, {p1.first} in {city}, no traffic\n[{hhmm3}Z] {cs3}: "
                "{p2.first} portable, emergency power ok, reach me on {mob} if the repeater drops"
            ),
            T(
                "SFI {n}0, A-index {k}, K-index {k2}. 10m open to the south in the afternoons. Contest this weekend: {contest}. "
                "Beacon {cs} back on air with firmware {ver}. Repeater {cs2} input shift -600 kHz.",
                free=True,
            ),
        ],
    ),
    (
        "scout_troop",
        "scout troop admin",
        [
            T(
                "CAMP PERMISSION FORM\nScout: {p3}   Patrol: [[Eagles||Wolves||Owls||Kestrels]]\nParent/guardian: "
                "{p1}\nAddress: {addr}\nEmergency phone: {ph}\nAlternative contact: {p2} {ph2}\nAllergies: peanuts\nI consent to "
                "emergency treatment. Signed {p1.init} {date}"
            ),
            T(
                "hi parents, kit list attached. drop-off {date} at the scout hut. payment {amt} to the troop iban {iban}, ref "
                "{p3.first|l}. questions to {p2.first|l} {mob}. yours in scouting, {p1.first|l}",
                lc=1.0,
            ),
            T(
                "scout,section,badge,completed,leader\n{p1.fl},cubs,navigator,{date},{p4.first}\n{p2},scouts,first "
                "aid,{date2},{p4.first}\n{p3.short},beavers,camp craft,,{p4.first}"
            ),
            T(
                "Kit list: sleeping bag, mat, torch, waterproofs, mess tin, {k} pairs of socks. No phones at camp. Coach leaves "
                "{time} from the hut, returns {date}. Leader in charge: {p1} ({mob})."
            ),
        ],
    ),
    (
        "hearing_clinic",
        "hearing-aid clinics",
        [
            T(
                "{clinic}\n\n{p1}\n{addr.ml}\n\n{date}\n\nDear {p1.hon},\nYour hearing aid review is booked for {date2} at {time}. "
                "Please bring your devices (serial {serial}). To rebook call {fix} or text {mob}.\nAudiologist: {p2}"
            ),
            T(
                "received\tclient\tmodel\tserial\tfault\tphone\n{date}\t{p1}\t{aidmodel}\t{serial}\tno sound R\t{ph}\n{date2}\t{p2}"
                "\t{aidmodel2}\t{serial2}\twhistling\t{ph2}"
            ),
            T(
                "Hi, my grandmother {pf1.fl} can't hear the phone so please email me ({p2.email}) instead. Her aids need "
                "new domes. She lives at {addr}. {thx}, {p2.first}"
            ),
            T(
                '{iso} pair_fail device="{aidmodel}" app={ver} user={p1.handle} ip={ip} os=Android\n{iso2} pair_ok '
                'device="{aidmodel}" user={p1.handle}\n{iso3} fw_update device="{aidmodel}" from={ver} to={ver2}'
            ),
        ],
    ),
    (
        "remittances",
        "migrant-worker remittances",
        [
            T(
                "TRANSFER RECEIPT {mtcn}\nSender: {p1} — {addr}\nSender phone: {ph}\nReceiver: {q1} ({qcountry})\nReceiver mobile "
                "wallet: {qmob}\nAmount sent: {amt}   Fee: {amt2}   Rate: {rate}\nPaid by card {card}\nAgent location {store}"
            ),
            T(
                "{hi}! i want to send {amt} to my mom {qf1} in {qcountry}, her number {qmob}. my login is {p1.email}. why is it "
                "pending since {date}?? {bh}",
                lc=0.3,
            ),
            T(
                "txn_id,sender,sender_ssn,receiver,payout_country,amount,ip\n{ref},{p1},{ssn},{q1},{qcountry},{amt},{ip}\n{ref2},{p2},"
                "{ssn2},{q2},{qcountry},{amt2},{ip2}",
                locs=US,
            ),
            T(
                "{brand}: {amt} received from {p1.uc}. Ref {mtcn}. Collect with ID at any agent. Queries: {short}"
            ),
        ],
    ),
    (
        "microfinance_groups",
        "microfinance group loans",
        [
            T(
                "Group: {group} | Village: {district} | Officer: {p5.first}\nNo | Member | Phone | Loan | Guarantor\n1 | {p1} | {ph} "
                "| {amt} | {p2.first}\n2 | {p2} | {ph2} | {amt2} | {p3.first}\n3 | {p3} | {ph3} | {amt3} | {p1.first}"
            ),
            T(
                "visited {pf1.lc} at {addr} – shop closed, neighbour says she went to {city} for a funeral. will call {mob} again "
                "fri. repayment {amt} overdue since {date}.",
                lc=1.0,
            ),
            T(
                "Dear {p1.hon}, your {group} group repayment of {amt} is due on {date}. Pay via mobile money to {short}, acc "
                "{acct}. Officer {p2.first}: {mob}"
            ),
            T(
                '{{"loan_id": "{ref}", "borrower": {{"name": "{p1}", "msisdn": "{eph}", "national_id": "{idno}"}}, '
                '"amount": "{amt}", "iban": "{iban}", "disbursed": "{iso}"}}'
            ),
        ],
    ),
    (
        "sim_swap_fraud",
        "SIM-swap fraud at a phone shop",
        [
            T(
                "STORE {store} – SIM SWAP INCIDENT\nDate: {date} {time}\nCustomer of record: {pm1}, {addr}\nMSISDN: {ph}\nPerson "
                "presenting: male, ~30, ID in the name of {pm1.fl}\nStaff: {p2.first} (badge {badge})\nNew ICCID: "
                "{iccid}\nOld ICCID: {iccid2}\nEscalated to fraud: {tkt}"
            ),
            T(
                "---------- Forwarded message ---------\nFrom: {p1} <{p1.email}>\nDate: {date}\nSubject: I did NOT request a new SIM\n\n"
                "My number {ph} stopped working at {time} yesterday and then {brand} emailed that my password had changed. Somebody "
                "went to your {city} shop pretending to be me. DOB {dob}."
            ),
            T(
                "{iso} msisdn={eph} event=sim_change store={store} agent={p2.handle} ip={ip}\n{iso2} msisdn={eph} event=otp_sent "
                "otp={otp}\n{iso3} user={p1.email} event=login ip={ip2} geo={country}"
            ),
            T(
                "{p2.first|l}: that guy from this morning is back, says he's {pm1.lc} again\n{p3.first|l}: the real one called from "
                "{mob}, said do NOT swap\n{p2.first|l}: calling security",
                lc=0.6,
            ),
        ],
    ),
    (
        "esign_audit",
        "e-signature audit trails",
        [
            T(
                "Audit trail — Envelope {env}\nDocument: {doc}\n{iso} Created by {p1} ({p1.email}) from IP {ip}\n{iso2} Sent to {p2} "
                "({p2.email})\n{iso3} Viewed by {p2.email} from IP {ip2}\n{iso4} Signed by {p2} — signature ID {sigid}\n{iso5} "
                "Completed"
            ),
            T(
                "envelope_id,signer_name,signer_email,ip_address,status,timestamp\n{env},{p1},{p1.email},{ip},signed,{iso}\n{env},"
                "{p2},{p2.email},{ipv},declined,{iso2}"
            ),
            T(
                '<signer>\n  <name>{p1}</name>\n  <email>{p1.email}</email>\n  <phone>{eph}</phone>\n  <auth method="sms" '
                'sent="{iso}"/>\n  <ip>{ip}</ip>\n</signer>'
            ),
            T(
                "Ticket {tkt}: customer {p1.first} says the signing link sent to {p1.email} expired. Sender is {p2} at {org}. "
                "Re-sent envelope {env} at {time}. Customer also asked us to update their address to {addr}."
            ),
        ],
    ),
    (
        "pasted_records",
        "vCard / LDIF / SQL INSERT / HL7 records pasted into tickets",
        [
            T(
                "BEGIN:VCARD\nVERSION:3.0\nN:{p1.last};{p1.first};;;\nFN:{p1}\nORG:{org}\nTITLE:{job}\nTEL;TYPE=CELL:{eph}\n"
                "EMAIL:{p1.email}\nADR;TYPE=HOME:;;{addr.semi};;\nEND:VCARD"
            ),
            T(
                "dn: uid={p1.handle},ou=people,dc=example,dc=org\nobjectClass: inetOrgPerson\ncn: {p1}\nsn: {p1.last}\ngivenName: "
                "{p1.first}\nmail: {p1.email}\ntelephoneNumber: {ph}\npostalAddress: {addr.pipe}\n"
            ),
            T(
                "Bug: import fails on row 2\n```sql\nINSERT INTO customers (id, full_name, email, phone, card_number, created_at) "
                "VALUES\n({big}, '{p1}', '{p1.email}', '{ph}', '{card}', '{iso}'),\n({big2}, '{p2}', '{p2.email}', '{ph2}', NULL, "
                "'{iso2}');\n```\nERROR 1366 (HY000): Incorrect string value for column 'full_name' at row 2"
            ),
            T(
                "MSH|^~\\&|LAB|{facility}|EHR|{facility}|{ts}||ORU^R01|{msgid}|P|2.5\nPID|1||{mrn}^^^MRN||{p1.last|u}^{p1.first|u}"
                "||{dobx}|{sex}|||{addr.hl}||{ph}\nOBR|1||{acc}|CBC^Complete blood count\nOBX|1|NM|HGB^Hemoglobin||{hb}|g/dL|"
                "12-16|N|||F"
            ),
        ],
    ),
]

TEMPLATES = [t for _, _, ts in GENRES for t in ts]
N_TEMPLATES = len(TEMPLATES)
LOCALE_CODES = sorted(LOCALES)

# Same templates written natively for the locale's language (used for ~75 % of rows of that language).
ALT = {
    0: {
        "es": 'Asunto: RE: amarre {berth} – varada de invierno\n\n{hi}, soy {p1}, dueño/a de la lancha "{boat}" (matrícula '
        "{plate}). Estaremos fuera del {date} al {date2}; si hay que ajustar los cabos llamen a {p2.first} al {mob}. "
        "La factura a {p1.email} por favor, {amt} por la temporada está bien.\n{thx},\n{p1.first}",
        "fr": "Objet : RE: anneau {berth} – hivernage\n\n{hi}, c'est {p1}, propriétaire du voilier « {boat} » (immat. {plate}). "
        "Absents du {date} au {date2} : si les amarres doivent être reprises, appelez {p2.first} au {mob}. Facture à "
        "{p1.email} svp, {amt} pour la saison ça me va.\n{thx},\n{p1.first}",
    },
    15: {
        "es": "hola soy {p1.first|l} del depto {n}, el inspector me puso una multa {pcn} aunque el permiso de visita estaba en "
        "el tablero?? me pueden llamar al {mob} porfa. {thx}",
        "fr": "bjr c {p1.first|l} de l'appart {n}, l'agent m'a mis un PV {pcn} alors que le macaron visiteur était sur le "
        "tableau de bord?? rappelez moi au {mob} svp",
        "pt": "oi aqui é {p1.first|l} do ap {n}, o fiscal me multou {pcn} mesmo com a permissão de visitante no painel?? "
        "me liga no {mob} por favor. {thx}",
    },
    21: {
        "es": "{hi} {p1.first}:\n\nGracias por inscribirte como vocal de mesa para el {date}. Te toca el Recinto {n} (escuela "
        "fiscal). Trae tu cédula. Tu compañero/a es {p2} ({mob}). Si no puedes ir, responde a {role}.\n\n{bye}\n{p3.first}",
        "fr": "{hi} {p1.first},\n\nMerci de vous être inscrit(e) comme assesseur pour le {date}. Vous êtes au bureau de vote n° "
        "{n} (école publique). Munissez-vous d'une pièce d'identité. Votre binôme : {p2} ({mob}). En cas "
        "d'empêchement, écrivez à {role}.\n\n{bye}\n{p3.first}",
    },
    27: {
        "es": "{hi}, soy empadronador/a del censo (credencial {idno}). Su hogar en {addr} no fue censado cuando pasamos el "
        "{date}. Llame al {ph} o responda con un horario. {thx}",
        "fr": "{hi} ! Agent recenseur (badge {idno}). Votre ménage au {addr} n'a pas été recensé lors de notre passage le "
        "{date}. Merci d'appeler le {ph} ou de répondre avec un créneau. {thx}",
        "pt": "{hi}! Sou recenseador(a) (crachá {idno}). O seu domicílio em {addr} não foi recenseado na visita de {date}. "
        "Ligue para {ph} ou responda com um horário. {thx}",
        "ru": "{hi}! Переписчик (удостоверение {idno}). Ваше домохозяйство по адресу {addr} не было переписано {date}. "
        "Позвоните по номеру {ph} или ответьте, когда удобно. {thx}",
    },
    40: {
        "es": "Recordatorio: {p1.first}, tu cita de [[balayage||corte y barba||manicura semipermanente]] con {p2.first} es el "
        "{date} a las {time}. Para cancelar llama al {fix}. – {salon}",
        "fr": "Rappel : {p1.first}, votre rendez-vous [[balayage||coupe + barbe||pose semi-permanent]] avec {p2.first} est le "
        "{date} à {time}. Pour annuler : {fix}. – {salon}",
        "pt": "Lembrete: {p1.first}, seu horário de [[mechas||corte + barba||unha em gel]] com {p2.first} é {date} às {time}. "
        "Para desmarcar ligue {fix}. – {salon}",
        "ru": "Напоминание: {p1.first}, вы записаны на [[окрашивание||стрижку||маникюр]] к мастеру {p2.first} {date} в {time}. "
        "Отмена записи: {fix}. – {salon}",
    },
    42: {
        "es": "LLEVO 40 MINUTOS ESPERANDO. LA CITA ESTÁ A NOMBRE DE {p1}. MI NÚMERO ES {mob}. NUNCA MÁS {salon}!!!",
        "pt": "TÔ ESPERANDO HÁ 40 MINUTOS. O HORÁRIO TÁ NO NOME DE {p1}. MEU NÚMERO É {mob}. NUNCA MAIS {salon}!!!",
    },
    44: {
        "es": "{time} {p1.first}: ¿quién lleva a los niños el {date}? yo puedo en la mañana, 5 asientos\n{time2} {p2.first}: "
        "sí porfa! {p3.first|l} + los gemelos. ¿los recoges en {addr}?\n{time3} {p1.first}: ok 7:40. escríbeme al "
        "{mob} si se atrasan\n{time4} {p4.first}: yo los traigo a las 3:15, el fútbol termina tarde",
        "fr": "{time} {p1.first}: covoit' pour le {date} ? je peux faire le matin, 5 places\n{time2} {p2.first}: oui stp ! "
        "{p3.first|l} + les jumeaux. tu passes au {addr} ?\n{time3} {p1.first}: ok 7h40. sms au {mob} si vous êtes en "
        "retard\n{time4} {p4.first}: je fais le retour à 15h15",
        "pt": "{time} {p1.first}: carona pro dia {date}? eu levo de manhã, 5 lugares\n{time2} {p2.first}: sim por favor! "
        "{p3.first|l} + os gêmeos. pega na {addr}?\n{time3} {p1.first}: ok 7:40. me manda msg no {mob} se atrasar\n"
        "{time4} {p4.first}: eu busco às 15:15",
    },
    49: {
        "es": "Mamá ({p1.handle}): ¡Hola {p2.first}! ¿Estás libre el {date} de {time} a {time2} para 2 niños (4 y 7)? Estamos "
        "en {addr}, timbre {n}.\nNiñera ({p2.handle}): ¡Hola! Sí puedo. ¿{amt} la hora está bien?\nMamá "
        "({p1.handle}): perfecto. Mi esposo {pm3.first} te lleva a casa después.",
        "fr": "Parent ({p1.handle}) : Bonjour {p2.first} ! Dispo le {date} de {time} à {time2} pour 2 enfants (4 et 7 ans) ? "
        "On est au {addr}, interphone {n}.\nBaby-sitter ({p2.handle}) : Bonjour ! Oui. {amt}/h ça vous va ?\n"
        "Parent ({p1.handle}) : parfait. Mon mari {pm3.first} vous raccompagne.",
    },
    53: {
        "es": "{pf1.first|l} en {addr} – la llave está junto a la puerta de atrás, se confunde después de las 6pm. su hija "
        "{pf2.first|l} {mob}. análisis el {date}",
        "fr": "{pf1.first|l} au {addr} – boîte à clés porte arrière, elle est confuse après 18h. sa fille {pf2.first|l} "
        "{mob}. prise de sang le {date}",
    },
    61: {
        "es": "bro me chocó un carro yendo a {addr}. estoy bien pero la comida quedó regada. pedido {order}. el señor dijo "
        "que se llama {pm2.lc} y me dio el número {mob}",
        "pt": "mano um carro me pegou indo pra {addr}. tô bem mas a comida espalhou toda. pedido {order}. o motorista disse "
        "que se chama {pm2.lc}, número {mob}",
        "fr": "frère une voiture m'a percuté en allant au {addr}. ça va mais la bouffe est partout. commande {order}. le "
        "gars dit qu'il s'appelle {pm2.lc}, numéro {mob}",
    },
    69: {
        "es": "3ra semana seguida que el camión no pasa por {addr}!!! basura desbordada, ratas por todos lados. reporte "
        "{tkt}. {p1.first}",
        "fr": "3e semaine d'affilée que la benne zappe le {addr} !!! poubelles qui débordent, des rats partout. réf {tkt}. "
        "{p1.first}",
        "ru": "третью неделю подряд мусоровоз не приезжает по адресу {addr}!!! баки переполнены, крысы. заявка {tkt}. "
        "{p1.first}",
    },
    72: {
        "es": "Asunto: Ruido – departamento de arriba ({addr})\n\nEstimados:\nDesde hace {k} semanas el inquilino de arriba, "
        "creo que {p2}, pone música hasta las 3am. Llevo un registro. Contáctenme al {ph}.\n{p1}\n{p1.email}",
        "fr": "Objet : Nuisances sonores – appartement du dessus ({addr})\n\nMadame, Monsieur,\nDepuis {k} semaines le "
        "locataire du dessus, {p2} je crois, met de la musique jusqu'à 3h. J'ai tenu un cahier. Merci de me contacter "
        "au {ph}.\n{p1}\n{p1.email}",
    },
    74: {
        "es": "{p1.short} · {district}\n¿Alguien sabe quién está de obra en {addr} los domingos desde las 7am?? taladro sin "
        "parar. La municipalidad dice que llame al {fix} pero sale el buzón de voz.",
        "ru": "{p1.short} · {district}\nКто-нибудь знает, кто делает ремонт по адресу {addr} по воскресеньям с 7 утра?? "
        "перфоратор без остановки. В акимате сказали звонить {fix}, но там автоответчик.",
    },
    86: {
        "es": "{p1.first|l}: hola devolví el {carmodel} en el aeropuerto, llaves en el buzón, puesto {n}\nagente: ¡gracias! "
        "¿algún daño?\n{p1.first|l}: un piquete en el parabrisas. mi número {mob} por si acaso"
    },
    90: {
        "fr": "Réclamation {tkt} : le passager {p1} ({ph}) signale que le chauffeur (carte {badge}, véhicule {plate}) a "
        "refusé un chien guide le {date} à {time} devant la gare. Nom du chauffeur dans l'appli : {p2.first}."
    },
    94: {
        "es": "{p1.handle}: enjambre en mi árbol de mango en {addr} AHORA MISMO!! alguien??\n{p2.handle}: voy en camino, 15 "
        "min. llámame al {mob}\n{p1.handle}: gracias {p2.first}!!!",
        "ru": "{p1.handle}: рой пчёл на яблоне, {addr}, ПРЯМО СЕЙЧАС!! кто может??\n{p2.handle}: еду, 15 минут. звоните "
        "{mob}\n{p1.handle}: спасибо, {p2.first}!!!",
    },
    109: {
        "es": "{hi}! quiero mandarle {amt} a mi mamá {qf1} en {qcountry}, su número {qmob}. mi usuario es {p1.email}. "
        "por qué sigue pendiente desde el {date}?? {bh}",
        "fr": "{hi} ! je veux envoyer {amt} à ma mère {qf1} au/en {qcountry}, son numéro {qmob}. mon identifiant "
        "{p1.email}. pourquoi c'est en attente depuis le {date} ?? {bh}",
        "pt": "{hi}! quero mandar {amt} pra minha mãe {qf1} em {qcountry}, o número dela é {qmob}. meu login é {p1.email}. "
        "por que tá pendente desde {date}?? {bh}",
    },
    113: {
        "fr": "visite chez {pf1.lc} au {addr} – boutique fermée, la voisine dit qu'elle est partie à {city} pour un deuil. "
        "je rappelle le {mob} vendredi. échéance {amt} en retard depuis le {date}.",
        "pt": "visitei {pf1.lc} em {addr} – loja fechada, a vizinha diz que ela foi a {city} para um funeral. ligo de novo "
        "pro {mob} na sexta. prestação {amt} atrasada desde {date}.",
    },
    114: {
        "fr": "Cher/Chère {p1.hon}, le remboursement du groupe {group} ({amt}) est dû le {date}. Payez par mobile money au "
        "{short}, compte {acct}. Agent {p2.first} : {mob}",
        "es": "Estimado/a {p1.hon}, la cuota del grupo {group} de {amt} vence el {date}. Pague por billetera móvil al "
        "{short}, cuenta {acct}. Asesor {p2.first}: {mob}",
        "pt": "Prezado(a) {p1.hon}, a prestação do grupo {group} de {amt} vence em {date}. Pague por carteira móvel no "
        "{short}, conta {acct}. Agente {p2.first}: {mob}",
    },
    117: {
        "es": "---------- Mensaje reenviado ---------\nDe: {p1} <{p1.email}>\nFecha: {date}\nAsunto: YO NO pedí un chip "
        "nuevo\n\nMi número {ph} dejó de funcionar ayer a las {time} y luego {brand} me escribió que mi contraseña "
        "cambió. Alguien fue a su tienda de {city} haciéndose pasar por mí. Fecha de nacimiento {dob}.",
        "ru": "---------- Пересланное сообщение ---------\nОт: {p1} <{p1.email}>\nДата: {date}\nТема: Я НЕ заказывал(а) "
        "новую SIM\n\nМой номер {ph} перестал работать вчера в {time}, а потом {brand} написал, что пароль изменён. "
        "Кто-то пришёл в ваш салон в городе {city} под моим именем. Дата рождения {dob}.",
    },
    119: {
        "es": "{p2.first|l}: el tipo de esta mañana volvió, dice que es {pm1.lc} otra vez\n{p3.first|l}: el verdadero llamó "
        "del {mob}, dijo que NO hagamos el cambio\n{p2.first|l}: llamando a seguridad",
        "pt": "{p2.first|l}: aquele cara de manhã voltou, diz que é {pm1.lc} de novo\n{p3.first|l}: o verdadeiro ligou do "
        "{mob}, falou pra NÃO trocar o chip\n{p2.first|l}: chamando a segurança",
    },
}
for _tid, _alts in ALT.items():
    TEMPLATES[_tid].alt = _alts


# ----------------------------------------------------------------------------- generation


def _make_row(tid, rng):
    t = TEMPLATES[tid]
    codes = t.locs or LOCALE_CODES
    loc = LOCALES[_pick(rng, codes)]
    loc2 = loc
    while loc2 is loc:
        loc2 = LOCALES[_pick(rng, LOCALE_CODES)]
    ctx = Ctx(rng, loc, loc2)
    case = None
    if rng.random() < t.lc:
        case = "l"
    elif rng.random() < t.uc:
        case = "u"
    src = t.text
    if loc.lang in t.alt and rng.random() < 0.75:
        src = t.alt[loc.lang]
    typo = rng.random() < 0.18 and not _STRUCT.search(src)
    text, spans, brands = render(src, ctx, case, typo)
    return {"text": text, "spans": spans, "template_id": tid, "locale": loc.code, "brands": brands}


def generate(n, seed):
    """Return n labelled rows, deterministic for (n, seed). Templates are drawn evenly (shuffled cycles)."""
    rng = random.Random(seed)
    rows, order = [], []
    for _ in range(n):
        if not order:
            order = list(range(N_TEMPLATES))
            rng.shuffle(order)
        tid = order.pop()
        rows.append(_make_row(tid, random.Random(rng.getrandbits(64))))
    return rows


# ----------------------------------------------------------------------------- validation

_BRAND_RX = [
    (b, re.compile((r"(?<!\w)" if b.startswith("@") else r"(?<![\w@])") + re.escape(b) + r"(?!\w)", re.I))
    for b in sorted(BRANDS + HANDLE_BRANDS, key=len, reverse=True)
]
_TITLE_RX = re.compile(r"^(Mr|Mrs|Ms|Dr|Sr|Sra|Mme)\.?\s", re.I)
_SSN_RX = re.compile(r"^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$")


def find_brands(text):
    taken = [False] * len(text)
    found = []
    for _, rx in _BRAND_RX:
        for m in rx.finditer(text):
            if any(taken[m.start() : m.end()]):
                continue
            for i in range(m.start(), m.end()):
                taken[i] = True
            found.append(m.group(0))
    return sorted(found)


def check_row(row):
    errs = []
    text = row["text"]
    prev_end = -1
    if set(row) != {"text", "spans", "template_id", "locale", "brands"}:
        errs.append("keys")
    for sp in row["spans"]:
        lab, s, e, v = sp["label"], sp["start"], sp["end"], sp["value"]
        if lab not in LABELS:
            errs.append(f"label {lab}")
        if s < prev_end or s >= e:
            errs.append(f"order/overlap {sp}")
        prev_end = e
        if text[s:e] != v:
            errs.append(f"offset {sp}")
        if v != v.strip() or not v:
            errs.append(f"whitespace {sp}")
        if lab == "PERSON":
            if v.startswith(("@", "u/")) or _TITLE_RX.match(v) or v.endswith("'s"):
                errs.append(f"person form {v!r}")
        elif lab == "EMAIL_ADDRESS":
            local = v.split("@")[0].lower()
            if v.count("@") != 1 or local in ROLE_SET or "." not in v.split("@")[-1]:
                errs.append(f"email {v!r}")
        elif lab == "PHONE_NUMBER":
            if _digits(v) < 7:
                errs.append(f"phone {v!r}")
        elif lab == "CREDIT_CARD":
            d = re.sub(r"[ -]", "", v)
            if not d.isdigit() or not 13 <= len(d) <= 19 or not luhn_ok(d):
                errs.append(f"card {v!r}")
        elif lab == "IBAN_CODE":
            if not iban_ok(v):
                errs.append(f"iban {v!r}")
        elif lab == "US_SSN":
            m = _SSN_RX.match(v)
            if (
                not m
                or m.group(1) in ("000", "666")
                or m.group(1)[0] == "9"
                or m.group(2) == "00"
                or m.group(3) == "0000"
            ):
                errs.append(f"ssn {v!r}")
        elif lab == "IP_ADDRESS":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                errs.append(f"ip {v!r}")
        elif lab == "US_DRIVER_LICENSE" and not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9 -]*[A-Za-z0-9]", v):
            errs.append(f"dl {v!r}")
    if TEMPLATES[row["template_id"]].free and row["spans"]:
        errs.append("PII in a PII-free template")
    if sorted(row["brands"]) != find_brands(text):
        errs.append(f"brands {row['brands']} vs {find_brands(text)}")
    if row["locale"] not in LOCALES:
        errs.append("locale")
    return errs


def run_check(n_per_seed=1200, seeds=(0, 1, 2, 3, 4)):
    failures = 0
    by_label, by_locale, by_tid = Counter(), Counter(), Counter()
    total = empty = 0
    for seed in seeds:
        rows = generate(n_per_seed, seed)
        if json.dumps(rows, ensure_ascii=False) != json.dumps(generate(n_per_seed, seed), ensure_ascii=False):
            print(f"FAIL determinism seed={seed}")
            failures += 1
        for row in rows:
            total += 1
            errs = check_row(row)
            if errs:
                failures += 1
                if failures <= 30:
                    print(
                        f"FAIL t{row['template_id']} {row['locale']}: {errs[:3]}\n    {row['text'][:300]!r}"
                    )
            by_tid[row["template_id"]] += 1
            by_locale[row["locale"]] += 1
            empty += not row["spans"]
            for sp in row["spans"]:
                by_label[sp["label"]] += 1
    unused_t = [t for t in range(N_TEMPLATES) if not by_tid[t]]
    unused_l = [code for code in LOCALE_CODES if not by_locale[code]]
    if unused_t or unused_l:
        failures += 1
        print(f"FAIL unused templates {unused_t} locales {unused_l}")
    print("labels:", dict(sorted(by_label.items())))
    print("locales:", dict(sorted(by_locale.items())))
    print("templates: min", min(by_tid.values()), "max", max(by_tid.values()))
    print(
        f"SUMMARY rows={total} genres={len(GENRES)} templates={N_TEMPLATES} locales={len(LOCALES)} "
        f"pii_free_rows={empty} ({100 * empty / total:.1f}%) spans={sum(by_label.values())} failures={failures}"
    )
    return failures


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--n", type=int, default=10)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args(argv)
    if a.check:
        sys.exit(1 if run_check() else 0)
    for row in generate(a.n, a.seed):
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
