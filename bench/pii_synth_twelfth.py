"""Twelfth synthetic PII benchmark: written-blind generator of labelled text in untuned shapes.

DATA CARD
=========
Purpose
    Measure the production PII redactor on text genres and layouts it has never been tuned on:
    mountain rescue logs, SBAR handovers, dental lab orders, customs forms, PI surveillance logs,
    EV-charger logs, civil-registry entries, cemetery registers and more (see Genres).

Provenance
    Written blind: the author read no redactor, recogniser, evaluator, test, doc or other generator in
    the repository; the only repository import is ``pii_synth.BRANDS`` / ``HANDLE_BRANDS`` (the tenant's
    watch terms, used as hard negatives). Every given name, surname, street, place and template is
    hand-written in this file (no Faker, no gazetteers). Phone numbers come from ``phonenumbers``: the
    region's example number with randomised trailing digits, kept only when valid and of the same type,
    then written in international / E.164 / 00-prefixed / national / compact / dashed / dotted / "(0)"
    styles, sometimes with an extension. Cards are Luhn-valid; IBANs are mod-97 valid with real country
    lengths (Spanish CCC and Norwegian mod-11 national check digits computed); SSNs avoid 000/666/9xx
    areas; US driver licences follow each state's real layout. All data is fictional.

Genres (genre g owns template ids 4g..4g+3; the four templates differ in layout)
    0 mountain rescue / ski patrol   1 lifeguard log          2 ambulance SBAR handover
    3 telehealth intake              4 dental lab order       5 optician prescription
    6 driving-school booking         7 exam invigilation      8 notary appointment
    9 customs declaration           10 freight forwarder     11 warehouse pick exception
   12 temp-agency timesheet         13 payroll dispute       14 pension claim
   15 tax-preparer notes            16 private investigator  17 locksmith call-out
   18 pest control visit            19 boiler / HVAC ticket  20 solar install survey
   21 EV-charger fault              22 short-let host msgs   23 student-housing RA report
   24 genealogy / DNA match         25 civil registry        26 food-bank intake
   27 festival welfare desk         28 ferry check-in        29 referee match report
   30 esports check-in              31 cemetery plot registry
    Layouts: prose, key: value forms, multi-line forms, CSV / TSV / semicolon tables, pipe tables, JSON,
    XML, chat lines with times, radio logs, log lines, all-lower-case notes, SHOUTING posts, typos,
    code-mixed greetings and thanks in the locale's language. About 12 % of rows use the genre's
    PII-free variant (same template_id) full of hard negatives.

Locales (67)
    en_US en_GB en_IE en_AU en_NZ en_CA fr_CA en_JM en_ZA en_NG en_KE en_GH am_ET sw_TZ ar_EG ar_SA ar_AE
    ar_MA he_IL tr_TR fa_IR ka_GE kk_KZ hi_IN ta_IN bn_BD ur_PK si_LK ne_NP my_MM th_TH vi_VN id_ID ms_MY
    fil_PH en_SG zh_CN zh_TW zh_HK ja_JP ko_KR ru_RU uk_UA pl_PL cs_CZ hu_HU ro_RO el_GR de_DE de_AT de_CH
    nl_NL fr_FR it_IT es_ES pt_PT pt_BR es_MX es_AR es_CO es_CL es_PE is_IS sv_SE nb_NO da_DK fi_FI.
    Name order and shape per locale: surname first (CJK Latin and native, Hungarian, Vietnamese three-part),
    Icelandic -son/-dóttir, Russian/Ukrainian patronymics (native script), Spanish/Portuguese double
    surnames, Arabic nasab (bin/bint), Tamil initials ("K. S. Lakshmi"), Indonesian single names,
    Ethiopian given + father's name (Ge'ez script), Burmese names without surname (Myanmar script),
    gendered Polish/Czech/Greek surnames. Addresses follow each country's layout (Japanese 〒 block
    addresses, Korean road names, 号/號, Indian "near" landmarks, "esquina", "Straße 12", "12 bis rue",
    "Flat 3", "Apt 4B", "nº ..., apto", "ул. ..., д., кв.", Arabic, Hebrew, Thai, Greek, Georgian, PO boxes).
    The ``locale`` field is the locale of the row's people; ``us`` templates (SSN / driver licence rows)
    put a resident of any origin at a US address with a US phone.

Labels and conventions
    PERSON (private persons in any written form, and handles/logins built from a name, without "@"/"u/";
    titles, honorifics, suffixes like -san/様/씨 and a possessive 's stay outside), STREET_ADDRESS (one
    span, or one span per line for multi-line addresses), PHONE_NUMBER (extension included),
    EMAIL_ADDRESS (personal mailboxes; role mailboxes like support@ are unlabelled), CREDIT_CARD,
    IBAN_CODE, US_SSN, IP_ADDRESS (v4/v6), US_DRIVER_LICENSE (state name outside the span).
    Hard negatives never labelled: order / ticket / tracking / PNR / flight numbers, dates, times, amounts,
    percentages, versions, store ids, card last-4s, OTPs, policy numbers, plates, VINs, serials, job
    titles, public figures, companies, teams, storms, diseases, bare cities / countries, and the BRANDS /
    HANDLE_BRANDS, each occurrence listed in ``brands`` exactly as written (lower/upper in cased rows).

Row shape
    {"text": str, "spans": [{"label", "start", "end", "value"}], "template_id": int, "locale": str,
     "brands": [str]} -- spans sorted, non-overlapping, text[start:end] == value, no edge whitespace.

Usage
    python bench/pii_synth_twelfth.py --check          # validate ~6000 rows over 5 seeds, print counts
    python bench/pii_synth_twelfth.py --n 20 --seed 3  # JSON lines
    from pii_synth_twelfth import generate; rows = generate(1000, seed=0)
"""

import argparse
import ipaddress
import json
import random
import re
import sys
import unicodedata
from collections import Counter

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT
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


# ----------------------------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------------------------
def dg(r, k):
    return "".join(r.choice("0123456789") for _ in range(k))


def up(r, k, alpha="ABCDEFGHJKLMNPQRSTUVWXYZ"):
    return "".join(r.choice(alpha) for _ in range(k))


def pc(r, pat):
    """Postcode from a pattern: # digit, A letter, anything else literal."""
    return "".join(r.choice("0123456789") if c == "#" else up(r, 1) if c == "A" else c for c in pat)


def n(r, a, b):
    return str(r.randint(a, b))


def pick(r, s):
    return r.choice(s.split("|")) if isinstance(s, str) else r.choice(s)


_FOLD = {"ð": "d", "þ": "th", "æ": "ae", "ø": "o", "ß": "ss", "ł": "l", "ı": "i", "đ": "d", "œ": "oe"}


def fold(s):
    s = "".join(_FOLD.get(c, c) for c in s.lower())
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum()))


def _names(spec):
    """'Kenji:健二 Shota:翔太' -> [('Kenji', '健二'), ...]; '_' stands for a space."""
    out = []
    for tok in spec.split():
        lat, _, nat = tok.partition(":")
        out.append((lat.replace("_", " "), nat.replace("_", " ") or None))
    return out


# ----------------------------------------------------------------------------------------------------------
# addresses, one function per locale; each returns a list of lines (joined with ", " on one line)
# ----------------------------------------------------------------------------------------------------------
US_STATES = {
    "CA": ("California", [("Los Angeles", "900##"), ("San Jose", "951##"), ("Sacramento", "958##")]),
    "NY": ("New York", [("Brooklyn", "112##"), ("Buffalo", "142##"), ("Queens", "113##")]),
    "TX": ("Texas", [("Houston", "770##"), ("Austin", "787##"), ("El Paso", "799##")]),
    "FL": ("Florida", [("Miami", "331##"), ("Orlando", "328##")]),
    "IL": ("Illinois", [("Chicago", "606##"), ("Aurora", "605##")]),
    "PA": ("Pennsylvania", [("Philadelphia", "191##"), ("Pittsburgh", "152##")]),
    "WA": ("Washington", [("Seattle", "981##"), ("Spokane", "992##")]),
    "MI": ("Michigan", [("Detroit", "482##"), ("Dearborn", "481##")]),
    "NJ": ("New Jersey", [("Newark", "071##"), ("Jersey City", "073##")]),
    "OH": ("Ohio", [("Columbus", "432##"), ("Cleveland", "441##")]),
    "GA": ("Georgia", [("Atlanta", "303##"), ("Savannah", "314##")]),
    "MA": ("Massachusetts", [("Boston", "021##"), ("Worcester", "016##")]),
    "AZ": ("Arizona", [("Phoenix", "850##"), ("Tucson", "857##")]),
    "CO": ("Colorado", [("Denver", "802##"), ("Aurora", "800##")]),
    "MN": ("Minnesota", [("Minneapolis", "554##"), ("Saint Paul", "551##")]),
}
US_STREETS = (
    "Maple Ave|W 42nd St|Oak Street|Elm Dr|N Main St|Pine Ridge Rd|Jefferson Ave|Cedar Ln|Lakeview Terrace|"
    "E 7th Street|Willow Creek Dr|Franklin Blvd|Sycamore Ct|Grand Ave"
)


def addr_us(r, st=None):
    st = st or r.choice(list(US_STATES))
    city, z = r.choice(US_STATES[st][1])
    l1 = f"{n(r, 12, 9899)} {pick(r, US_STREETS)}"
    unit = r.choice(
        ["", "", f", Apt {n(r, 1, 30)}{up(r, 1, 'ABCD')}", f" #{n(r, 101, 912)}", f", Unit {n(r, 2, 40)}"]
    )
    return [l1 + unit, f"{city}, {st} {pc(r, z)}"]


def addr_gb(r):
    flat = r.choice(["", f"Flat {n(r, 1, 24)}", f"Flat {n(r, 1, 9)}{up(r, 1, 'ABC')}"])
    city, p = r.choice(
        [
            ("London", "SE15 #AA"),
            ("Leeds", "LS6 #AA"),
            ("Manchester", "M14 #AA"),
            ("Bristol", "BS3 #AA"),
            ("Glasgow", "G12 #AA"),
            ("Cardiff", "CF24 #AA"),
        ]
    )
    st = pick(
        r,
        "Kingsley Road|Albert Street|Victoria Terrace|Mill Lane|Chesterton Gardens|Bryn Road|Hawthorn Close",
    )
    lines = ([flat] if flat else []) + [f"{n(r, 1, 180)} {st}", f"{city} {pc(r, p)}"]
    return lines if r.random() < 0.6 or not flat else [f"{flat}, {lines[1]}", lines[2]]


def addr_ie(r):
    st = pick(r, "Clonliffe Road|Main Street|St. Patrick's Terrace|Griffith Avenue|Lower Dorset Street")
    city, p = r.choice([("Dublin 3", "D03 "), ("Cork", "T12 "), ("Galway", "H91 "), ("Limerick", "V94 ")])
    apt = r.choice(["", f"Apt {n(r, 1, 40)}, "])
    return [
        f"{apt}{n(r, 1, 120)} {st}",
        city,
        p + up(r, 1, "ACDEFHKNPRTVWXY") + n(r, 1, 9) + up(r, 2, "ACDEFHKNPRTVWXY"),
    ]


def addr_au(r):
    st = pick(r, "Smith St|Parramatta Rd|Lygon Street|Beach Road|Wattle Avenue|Brunswick St")
    sub, s, p = r.choice(
        [
            ("Fitzroy", "VIC", "3065"),
            ("Newtown", "NSW", "2042"),
            ("West End", "QLD", "4101"),
            ("Fremantle", "WA", "6160"),
        ]
    )
    h = r.choice([f"{n(r, 1, 30)}/{n(r, 2, 200)}", f"Unit {n(r, 1, 12)}, {n(r, 2, 200)}", n(r, 2, 300)])
    return [f"{h} {st}", f"{sub} {s} {p}"]


def addr_nz(r):
    st = pick(r, "Karangahape Road|Cuba Street|Riccarton Road|Te Awa Place")
    sub, city, p = r.choice(
        [
            ("Grey Lynn", "Auckland", "1021"),
            ("Te Aro", "Wellington", "6011"),
            ("Riccarton", "Christchurch", "8011"),
        ]
    )
    return [f"{r.choice(['', 'Flat ' + n(r, 1, 6) + ', '])}{n(r, 1, 300)} {st}", sub, f"{city} {p}"]


def addr_ca(r):
    st = pick(r, "Queen St W|Bloor Street East|Rue Sainte-Catherine|Kingsway|Jasper Ave")
    city, p = r.choice([("Toronto ON", "M5V #A#"), ("Vancouver BC", "V5N #A#"), ("Edmonton AB", "T5J #A#")])
    return [f"{r.choice(['', n(r, 101, 2405) + '-'])}{n(r, 10, 999)} {st}", f"{city} {pc(r, p)}"]


def addr_caf(r):
    st = pick(r, "rue Saint-Denis|boulevard René-Lévesque|avenue du Parc|rue Principale")
    return [f"{n(r, 100, 9999)}, {st}, app. {n(r, 1, 12)}", f"Montréal (Québec) {pc(r, 'H2X #A#')}"]


def addr_za(r):
    st = pick(r, "Jan Smuts Ave|Vilakazi Street|Long Street|Main Road|Musgrave Road")
    sub, city, p = r.choice(
        [
            ("Parktown", "Johannesburg", "2193"),
            ("Orlando West", "Soweto", "1804"),
            ("Observatory", "Cape Town", "7925"),
            ("Berea", "Durban", "4001"),
        ]
    )
    return [
        f"{r.choice(['', 'Unit ' + n(r, 1, 40) + ' ' + pick(r, 'Sunridge|Mountview|Palm') + ' Court, '])}"
        f"{n(r, 2, 200)} {st}",
        sub,
        f"{city}, {p}",
    ]


def addr_ng(r):
    st = pick(r, "Adeola Odeku Street|Allen Avenue|Awolowo Road|Ogui Road|Ahmadu Bello Way")
    area = pick(r, "Victoria Island, Lagos|Ikeja, Lagos|Ikoyi, Lagos|Enugu|Wuse II, Abuja")
    land = r.choice(["", f", opposite {pick(r, 'GTBank|Shoprite|the mosque|Mobil filling station')}"])
    return [f"{r.choice(['', 'Flat ' + n(r, 1, 8) + ', '])}{n(r, 1, 80)} {st}{land}", area]


def addr_ke(r):
    if r.random() < 0.3:
        return [f"P.O. Box {n(r, 100, 99999)}-00{r.choice(['100', '200', '506', '606'])}", "Nairobi"]
    st = pick(r, "Ngong Road|Argwings Kodhek Road|Moi Avenue|Kiambu Road")
    return [
        f"{pick(r, 'Apt|House')} {n(r, 1, 40)}{up(r, 1, 'ABC')}, {pick(r, 'Kilimani Heights|Green Court|Riara Gardens')}",
        f"{st}, near {pick(r, 'Prestige Plaza|Yaya Centre|the Total petrol station')}",
        "Nairobi",
    ]


def addr_gh(r):
    dig = f"{pick(r, 'GA|GE|AK')}-{n(r, 100, 999)}-{n(r, 1000, 9999)}"
    return [
        f"House No. {n(r, 1, 60)}, {pick(r, 'Nii Nortey Nyanchi Street|Kofi Annan Avenue|Osu Badu Street')}",
        f"{pick(r, 'East Legon|Osu|Dzorwulu')}, Accra ({dig})",
    ]


def addr_et(r):
    return [
        f"{pick(r, 'Bole|Yeka|Kirkos|Arada')} Sub-city, Woreda {n(r, 1, 14):0>2}, House No. {n(r, 100, 2999)}",
        "Addis Ababa",
    ]


def addr_tz(r):
    return [
        f"Plot {n(r, 1, 400)}, {pick(r, 'Mikocheni B|Sinza Mori|Msasani Peninsula|Upanga')}",
        f"{pick(r, 'karibu na|near')} {pick(r, 'Shoppers Plaza|Mlimani City|the Lutheran church')}",
        "Dar es Salaam",
    ]


def addr_eg(r):
    if r.random() < 0.5:
        return [
            f"{n(r, 1, 90)} شارع {pick(r, 'التحرير|جامعة الدول العربية|مصدق|شهاب')}، شقة {n(r, 1, 20)}",
            f"{pick(r, 'الدقي، الجيزة|المهندسين، الجيزة|مدينة نصر، القاهرة|مصر الجديدة، القاهرة')}",
        ]
    return [
        f"{n(r, 1, 90)} {pick(r, 'Tahrir St.|Mosaddak St.|Shehab St.')}, Apt {n(r, 1, 20)}",
        f"{pick(r, 'Dokki, Giza|Nasr City, Cairo|Heliopolis, Cairo')}",
    ]


def addr_sa(r):
    return [
        f"{pick(r, 'حي النرجس|حي الملقا|حي السلامة')}، شارع {pick(r, 'الأمير سلطان|التخصصي|أنس بن مالك')}",
        f"مبنى {n(r, 1000, 9999)}، {pick(r, 'الرياض|جدة')} {pc(r, '1####')}",
    ]


def addr_ae(r):
    return [
        f"Villa {n(r, 1, 90)}, Street {n(r, 1, 40)}, {pick(r, 'Al Barsha 2|Jumeirah 1|Al Khawaneej|Mirdif')}",
        f"near {pick(r, 'Mall of the Emirates|Union Coop|Al Safa Park')}, Dubai",
    ]


def addr_ma(r):
    return [
        f"{n(r, 1, 120)} Rue {pick(r, 'Ibn Batouta|Moulay Youssef|Allal Ben Abdellah')}, Appt {n(r, 1, 20)}",
        f"{pick(r, 'Maârif|Gauthier|Agdal')}, {pick(r, '20330 Casablanca|10090 Rabat')}",
    ]


def addr_il(r):
    return [
        f"רחוב {pick(r, 'הרצל|בן יהודה|ז׳בוטינסקי|אלנבי')} {n(r, 1, 140)}, דירה {n(r, 1, 30)}",
        f"{pick(r, 'תל אביב-יפו|חיפה|ירושלים|רמת גן')} {pc(r, '#######')}",
    ]


def addr_tr(r):
    return [
        f"{pick(r, 'Bağdat Cad.|Atatürk Bulvarı|Moda Cad.|İstiklal Cad.')} No: {n(r, 1, 300)} D: {n(r, 1, 24)}",
        f"{pc(r, '34###')} {pick(r, 'Kadıköy/İstanbul|Beyoğlu/İstanbul|Çankaya/Ankara')}",
    ]


def addr_ir(r):
    return [
        f"تهران، خیابان {pick(r, 'ولیعصر|شریعتی|انقلاب')}، کوچه {pick(r, 'نسترن|بهار|گلستان')}، پلاک {n(r, 1, 99)}",
        f"واحد {n(r, 1, 12)}، کد پستی {pc(r, '##########')}",
    ]


def addr_in(r):
    return [
        f"Flat {n(r, 1, 20)}{up(r, 1, 'ABCD')}, {pick(r, 'Sai Residency|Shanti Apartments|Green Glen Layout|Prestige Palms')}",
        f"{pick(r, '4th Cross|12th Main|Link Road')}, near {pick(r, 'Hanuman Temple|Forum Mall|the water tank|SBI ATM')}",
        f"{pick(r, 'Koramangala, Bengaluru 5600##|Andheri West, Mumbai 4000##|Salt Lake, Kolkata 7000##')}".replace(
            "##", dg(r, 2)
        ),
    ]


def addr_ta(r):
    return [
        f"No. {n(r, 1, 90)}/{n(r, 1, 9)}, {pick(r, 'Kamarajar Salai|Gandhi Street|2nd Cross Street')}",
        f"{pick(r, 'T. Nagar|Mylapore|Anna Nagar')}, Chennai {pc(r, '6000##')}",
    ]


def addr_bd(r):
    return [
        f"House {n(r, 1, 90)}, Road {n(r, 1, 27)}, {pick(r, 'Dhanmondi|Gulshan-2|Mirpur-10|Uttara Sector 7')}",
        f"Dhaka {pc(r, '12##')}",
    ]


def addr_pk(r):
    return [
        f"House {n(r, 1, 400)}, Street {n(r, 1, 60)}, {pick(r, 'F-7/2|G-11/3|DHA Phase 5|Gulberg III')}",
        pick(r, "Islamabad|Lahore|Karachi"),
    ]


def addr_lk(r):
    return [
        f"No. {n(r, 1, 200)}/{n(r, 1, 9)}, {pick(r, 'Galle Road|Duplication Road|Temple Lane')}",
        f"Colombo {pick(r, '03|04|05|06')}",
    ]


def addr_np(r):
    return [
        f"Ward {n(r, 1, 32)}, {pick(r, 'Boudha|Jhamsikhel|Baneshwor')}, near {pick(r, 'Boudha Stupa|Bhat Bhateni|the chautari')}",
        pick(r, "Kathmandu|Lalitpur"),
    ]


def addr_mm(r):
    return [
        f"No. {n(r, 1, 300)}, {pick(r, 'Bogyoke Aung San Road|Pyay Road|Kabar Aye Pagoda Road')}, Room {n(r, 1, 9)}{up(r, 1, 'AB')}",
        f"{pick(r, 'Pabedan|Kamayut|Sanchaung|Bahan')} Township, Yangon",
    ]


def addr_th(r):
    return [
        f"{n(r, 1, 199)}/{n(r, 1, 99)} ซอย{pick(r, 'สุขุมวิท 24|อารีย์|ลาดพร้าว 71')}",
        f"แขวง{pick(r, 'คลองตัน|สามเสนใน|ลาดพร้าว')} เขต{pick(r, 'คลองเตย|พญาไท|วังทองหลาง')} กรุงเทพฯ {pc(r, '10###')}",
    ]


def addr_vn(r):
    return [
        f"Số {n(r, 1, 200)} ngõ {n(r, 1, 99)} phố {pick(r, 'Huế|Kim Mã|Tô Hiến Thành')}",
        f"phường {pick(r, 'Ngô Thì Nhậm|Ngọc Khánh|Bùi Thị Xuân')}, quận {pick(r, 'Hai Bà Trưng|Ba Đình')}, Hà Nội",
    ]


def addr_id(r):
    return [
        f"Jl. {pick(r, 'Kemang Raya|Cendrawasih|Melati')} No. {n(r, 1, 120)}, RT {n(r, 1, 12):0>3}/RW {n(r, 1, 9):0>3}",
        f"{pick(r, 'Bangka, Mampang Prapatan|Tebet Barat, Tebet')}, Jakarta Selatan {pc(r, '12###')}",
    ]


def addr_my(r):
    return [
        f"No. {n(r, 1, 60)}, Jalan {pick(r, 'SS 2/24|Bangsar|Tun Razak')}, {pick(r, 'Taman Bahagia|Bangsar Baru|Desa Sri Hartamas')}",
        f"{pc(r, '#####')} {pick(r, 'Petaling Jaya, Selangor|Kuala Lumpur')}",
    ]


def addr_ph(r):
    return [
        f"Unit {n(r, 1, 40)}{up(r, 1, 'ABC')}, Tower {n(r, 1, 4)}, {pick(r, 'Avida Residences|SMDC Grass|Vista Heights')}",
        f"{n(r, 1, 999)} {pick(r, 'Rizal Ave|Kalayaan Ave|P. Tuazon Blvd')}, Brgy. {pick(r, 'San Isidro|Poblacion|Pinagkaisahan')}",
        f"{pick(r, 'Makati City|Quezon City|Pasig City')} {pc(r, '1###')}",
    ]


def addr_cn(r):
    return [
        f"{pick(r, '上海市徐汇区漕溪北路|北京市朝阳区望京西路|广州市天河区体育西路')}{n(r, 1, 300)}号"
        f"{n(r, 1, 12)}号楼{n(r, 1, 3)}单元{n(r, 2, 28)}0{n(r, 1, 6)}室"
    ]


def addr_tw(r):
    return [
        f"{pick(r, '台北市大安區復興南路一段|台中市西區民生路|高雄市苓雅區四維三路')}{n(r, 1, 400)}號{n(r, 2, 18)}樓"
    ]


HK_ROADS = "Nathan Road|Cha Kwo Ling Road|King's Road"


def addr_hk(r):
    if r.random() < 0.5:
        return [
            f"九龍旺角{pick(r, '彌敦道|西洋菜南街|花園街')}{n(r, 1, 700)}號{n(r, 2, 30)}樓{up(r, 1, 'ABCDE')}室"
        ]
    return [
        f"Flat {up(r, 1, 'ABCDEF')}, {n(r, 2, 40)}/F, {pick(r, 'Tower 2, Laguna City|Block C, Kornhill|Lok Fu Estate')}",
        f"{n(r, 1, 200)} {pick(r, HK_ROADS)}, {pick(r, 'Kowloon|Quarry Bay')}",
    ]


def addr_jp(r):
    return [
        f"〒{pc(r, '###-####')} {pick(r, '東京都世田谷区太子堂|大阪府大阪市北区天神橋|福岡県福岡市中央区大名')}"
        f"{n(r, 1, 5)}-{n(r, 1, 20)}-{n(r, 1, 12)} {pick(r, 'コーポ青山|メゾン桜|サンハイツ')}{n(r, 1, 4)}0{n(r, 1, 9)}号室"
    ]


def addr_kr(r):
    return [
        f"{pick(r, '서울특별시 마포구 월드컵북로|서울특별시 강남구 테헤란로|부산광역시 해운대구 센텀중앙로')} "
        f"{n(r, 1, 90)}길 {n(r, 1, 60)}, {n(r, 1, 19)}0{n(r, 1, 9)}호 ({pc(r, '0####')})"
    ]


def addr_ru(r):
    return [
        f"ул. {pick(r, 'Ленина|Садовая|Профсоюзная|Гагарина')}, д. {n(r, 1, 120)}, кв. {n(r, 1, 300)}",
        f"{pick(r, 'Москва|Санкт-Петербург|Казань|Новосибирск')}, {pc(r, '1#####')}",
    ]


def addr_ua(r):
    return [
        f"вул. {pick(r, 'Хрещатик|Саксаганського|Лесі Українки')}, {n(r, 1, 90)}, кв. {n(r, 1, 120)}",
        f"{pick(r, 'Київ, 01###|Львів, 79###|Одеса, 65###')}".replace("###", dg(r, 3)),
    ]


def addr_pl(r):
    return [
        f"ul. {pick(r, 'Polna|Marszałkowska|Długa|Kościuszki')} {n(r, 1, 150)} m. {n(r, 1, 60)}",
        f"{pick(r, '00-###|30-###|80-###')} {pick(r, 'Warszawa|Kraków|Gdańsk')}".replace("###", dg(r, 3)),
    ]


def addr_cz(r):
    return [
        f"{pick(r, 'Vinohradská|Nádražní|Husova')} {n(r, 100, 2500)}/{n(r, 1, 80)}",
        f"{pc(r, '1## 00')} Praha {n(r, 1, 10)}",
    ]


def addr_hu(r):
    return [
        f"{pc(r, '1###')} Budapest, {pick(r, 'Váci utca|Andrássy út|Király u.')} {n(r, 1, 120)}. {n(r, 1, 6)}. em. {n(r, 1, 12)}."
    ]


def addr_ro(r):
    return [
        f"Str. {pick(r, 'Mihai Eminescu|Doamnei|Lipscani')} nr. {n(r, 1, 90)}, bl. {n(r, 1, 30)}, sc. {up(r, 1, 'ABC')}, ap. {n(r, 1, 60)}",
        f"Sector {n(r, 1, 6)}, București {pc(r, '0#####')}",
    ]


def addr_gr(r):
    return [
        f"{pick(r, 'Ερμού|Πατησίων|Σόλωνος|Εγνατίας')} {n(r, 1, 200)}, {n(r, 1, 6)}ος όροφος",
        f"{pick(r, '105 ## Αθήνα|546 ## Θεσσαλονίκη|262 ## Πάτρα')}".replace("##", dg(r, 2)),
    ]


def addr_de(r):
    st = pick(r, "Hauptstraße|Schillerstraße|Kastanienallee|Bergmannstraße|Lindenweg|Am Kirchberg")
    city = pick(r, "10245 Berlin|80331 München|50667 Köln|04109 Leipzig|20357 Hamburg")
    extra = r.choice(
        ["", "", f", {n(r, 1, 4)}. OG", f", Whg. {n(r, 1, 20)}", f", Hinterhaus {n(r, 1, 4)}. OG"]
    )
    return [f"{st} {n(r, 1, 140)}{r.choice(['', 'a', 'b'])}{extra}", city]


def addr_at(r):
    return [
        f"{pick(r, 'Mariahilfer Straße|Landstraßer Hauptstraße|Herrengasse')} {n(r, 1, 120)}/{n(r, 1, 9)}/{n(r, 1, 30)}",
        f"{pick(r, '1060 Wien|1030 Wien|8010 Graz')}",
    ]


def addr_ch(r):
    return [
        f"{pick(r, 'Bahnhofstrasse|Langstrasse|Rue de Lausanne|Kramgasse')} {n(r, 1, 120)}",
        f"{pick(r, '8004 Zürich|1201 Genève|3011 Bern')}",
    ]


def addr_nl(r):
    return [
        f"{pick(r, 'Keizersgracht|Van Woustraat|Oudegracht|Witte de Withstraat')} {n(r, 1, 400)}{r.choice(['', '-II', '-hs', 'A'])}",
        f"{pc(r, '10## AA').replace('AA', up(r, 2))} {pick(r, 'Amsterdam|Utrecht|Rotterdam')}",
    ]


def addr_fr(r):
    return [
        f"{n(r, 1, 90)}{r.choice(['', ' bis', ' ter'])} {pick(r, 'rue des Lilas|avenue Jean-Jaurès|boulevard Voltaire|rue de la République')}",
        r.choice(["", f"Bât. {up(r, 1, 'ABC')}, apt {n(r, 1, 60)}", f"{n(r, 1, 7)}e étage"]),
        f"{pick(r, '75011 Paris|69003 Lyon|13001 Marseille|31000 Toulouse')}",
    ]


def addr_it(r):
    return [
        f"{pick(r, 'Via Roma|Via Garibaldi|Corso Buenos Aires|Viale Monza')} {n(r, 1, 200)}, int. {n(r, 1, 20)}",
        f"{pick(r, '00184 Roma|20124 Milano|80134 Napoli|40126 Bologna')}",
    ]


def addr_es(r):
    return [
        f"{pick(r, 'Calle Mayor|C/ Alcalá|Avda. de la Constitución|Carrer de Sants')} {n(r, 1, 200)}, "
        f"{n(r, 1, 8)}º {up(r, 1, 'ABCD')}",
        f"{pick(r, '28013 Madrid|08014 Barcelona|41001 Sevilla|46002 Valencia')}",
    ]


def addr_pt(r):
    return [
        f"{pick(r, 'Rua Augusta|Av. da Liberdade|Rua de Santa Catarina')} {n(r, 1, 200)}, {n(r, 1, 8)}º {pick(r, 'Esq.|Dto.')}",
        f"{pick(r, '1100-### Lisboa|4000-### Porto')}".replace("###", dg(r, 3)),
    ]


def addr_br(r):
    return [
        f"{pick(r, 'Rua Augusta|Av. Paulista|Rua das Laranjeiras|Rua Padre Chagas')}, nº {n(r, 1, 2500)}, apto {n(r, 11, 1804)}",
        f"{pick(r, 'Consolação, São Paulo - SP, 01304-###|Laranjeiras, Rio de Janeiro - RJ, 22240-###|Moinhos de Vento, Porto Alegre - RS, 90570-###')}".replace(
            "###", dg(r, 3)
        ),
    ]


def addr_mx(r):
    return [
        f"{pick(r, 'Av. Insurgentes Sur|Calle Durango|Calle Morelos')} {n(r, 1, 1800)}, Int. {n(r, 1, 12)}"
        f"{r.choice(['', ' esquina ' + pick(r, 'Orizaba|Juárez|Hidalgo')])}",
        f"Col. {pick(r, 'Roma Norte|Del Valle|Centro')}, {pc(r, '0####')} {pick(r, 'Ciudad de México|CDMX')}",
    ]


def addr_ar(r):
    return [
        f"{pick(r, 'Av. Corrientes|Thames|Av. Rivadavia')} {n(r, 100, 5999)}, {n(r, 1, 12)}º {up(r, 1, 'ABCD')}",
        f"{pc(r, 'C1###AAA').replace('AAA', up(r, 3))} CABA",
    ]


def addr_co(r):
    return [
        f"{pick(r, 'Calle|Carrera|Transversal')} {n(r, 1, 140)} # {n(r, 1, 99)}-{n(r, 1, 99)}, Apto {n(r, 101, 1204)}",
        f"{pick(r, 'Chapinero, Bogotá|El Poblado, Medellín|Granada, Cali')}",
    ]


def addr_cl(r):
    return [
        f"Pasaje {pick(r, 'Los Aromos|Las Violetas|El Roble')} {n(r, 100, 4999)}, depto {n(r, 11, 1209)}",
        f"{pick(r, 'Ñuñoa|Providencia|Maipú')}, Santiago",
    ]


def addr_pe(r):
    return [
        f"{pick(r, 'Jr. Cusco|Av. Larco|Calle Berlín')} {n(r, 100, 1500)}, {pick(r, 'dpto|Dpto.')} {n(r, 101, 902)}"
        f"{r.choice(['', ', esquina con Av. ' + pick(r, 'Arequipa|Benavides')])}",
        f"{pick(r, 'Miraflores|Barranco|Lince')}, Lima {pc(r, '150##')}",
    ]


def addr_is(r):
    return [
        f"{pick(r, 'Laugavegur|Hverfisgata|Skólavörðustígur|Hringbraut')} {n(r, 1, 120)}{r.choice(['', ', íbúð ' + n(r, 101, 305)])}",
        f"{pick(r, '101 Reykjavík|105 Reykjavík|600 Akureyri')}",
    ]


def addr_se(r):
    return [
        f"{pick(r, 'Götgatan|Drottninggatan|Kungsgatan')} {n(r, 1, 120)}, lgh {n(r, 1101, 1506)}",
        f"{pc(r, '1## ##')} {pick(r, 'Stockholm|Solna')}",
    ]


def addr_no(r):
    return [
        f"{pick(r, 'Thorvald Meyers gate|Storgata|Bygdøy allé')} {n(r, 1, 120)}{r.choice(['', ' B', ' H0201'])}",
        f"{pc(r, '0###')} Oslo",
    ]


def addr_dk(r):
    return [
        f"{pick(r, 'Nørrebrogade|Istedgade|Vesterbrogade')} {n(r, 1, 200)}, {n(r, 1, 5)}. {pick(r, 'tv.|th.|mf.')}",
        f"{pick(r, '2200 København N|1650 København V|8000 Aarhus C')}",
    ]


def addr_fi(r):
    return [
        f"{pick(r, 'Mannerheimintie|Hämeentie|Aleksanterinkatu')} {n(r, 1, 90)} {up(r, 1, 'ABC')} {n(r, 1, 40)}",
        f"{pick(r, '00100 Helsinki|00530 Helsinki|33100 Tampere')}",
    ]


def addr_ge(r):
    return [
        f"{pick(r, 'ჭავჭავაძის გამზირი|რუსთაველის გამზირი|ვაჟა-ფშაველას გამზირი')} {n(r, 1, 80)}, ბინა {n(r, 1, 90)}",
        "თბილისი",
    ]


def addr_kz(r):
    return [
        f"ул. {pick(r, 'Абая|Толе би|Сатпаева')}, д. {n(r, 1, 200)}, кв. {n(r, 1, 150)}",
        f"Алматы, {pc(r, '0500##')}",
    ]


def addr_jm(r):
    return [
        f"{n(r, 1, 60)} {pick(r, 'Hope Road|Constant Spring Road|Lady Musgrave Road')}, {pick(r, 'Apt|Unit')} {n(r, 1, 20)}",
        f"Kingston {n(r, 5, 10)}",
    ]


def addr_sg(r):
    return [
        f"Blk {n(r, 100, 999)} {pick(r, 'Ang Mo Kio Ave 3|Tampines St 21|Jurong West St 42')}, #{n(r, 2, 25):0>2}-{n(r, 1, 400)}",
        f"Singapore {pc(r, '5#####')}",
    ]


# ----------------------------------------------------------------------------------------------------------
# locales: hand-written given names (m / f), surnames, titles, phone region, IBAN country, a few words
# 'Latin:native' pairs where the locale writes names in another script; '_' = space inside one name
# ----------------------------------------------------------------------------------------------------------
def _L(
    reg,
    m,
    f,
    s,
    addr,
    tm="Mr.",
    tf="Ms.",
    dom="gmail.com",
    hi="Hi",
    thx="thanks",
    cities="",
    iban=None,
    kind="",
    sf=None,
    ts="",
    ext=" ext. ",
    **kw,
):
    d = dict(
        reg=reg,
        m=_names(m),
        f=_names(f),
        s=_names(s),
        addr=addr,
        tm=tm.split("|"),
        tf=tf.split("|"),
        dom=dom.split(),
        hi=hi.split("|"),
        thx=thx.split("|"),
        cities=cities.split("|"),
        iban=iban,
        kind=kind,
        sf=_names(sf) if sf else None,
        ts=ts.split("|") if ts else [],
        ext=ext,
    )
    d.update(kw)
    return d


LOC = {
    "en_US": _L(
        "US",
        "Tyler Marcus DeShawn Kevin Brandon Luis",
        "Ashley Brianna Megan Tamika Jessica Rosa",
        "Johnson Miller Washington Kowalski Nguyen Ramirez Sullivan Brooks",
        addr_us,
        "Mr.|Mr",
        "Ms.|Mrs.",
        "gmail.com yahoo.com outlook.com icloud.com",
        cities="Chicago|Houston|Phoenix",
    ),
    "en_GB": _L(
        "GB",
        "Oliver Callum Rhys Tom Jamal Hamish",
        "Chloe Siobhan Amelia Priya Bethan Hannah",
        "Thompson Evans Hughes Okafor McLeod Patel Whitmore Begum",
        addr_gb,
        "Mr|Mr.",
        "Mrs|Ms|Miss",
        "btinternet.com gmail.com hotmail.co.uk",
        "Hiya|Hi",
        "cheers|ta|thanks",
        "Leeds|Bristol|Cardiff",
        "GB",
    ),
    "en_IE": _L(
        "IE",
        "Cian Oisín Darragh Seán Pádraig",
        "Aoife Niamh Saoirse Caoimhe Róisín",
        "Ó_Briain Murphy Kavanagh Ní_Dhonnchadha Fitzgerald Byrne",
        addr_ie,
        "Mr",
        "Ms",
        "eircom.net gmail.com",
        "Hi|Howya",
        "thanks a mil|cheers",
        "Cork|Galway",
        "IE",
    ),
    "en_AU": _L(
        "AU",
        "Lachlan Jarrah Mitchell Nathan Tuan",
        "Matilda Kirra Jess Sophie Georgia",
        "Nguyen Campbell Walker O'Connor Papadakis Tran",
        addr_au,
        "Mr",
        "Ms",
        "bigpond.com gmail.com",
        "G'day|Hey",
        "cheers|ta",
        "Brisbane|Perth",
    ),
    "en_NZ": _L(
        "NZ",
        "Tane Wiremu Liam Hemi Sione",
        "Aroha Mere Ella Ngaio Lupe",
        "Ngata Tuhiwai Smith Fifita Walker",
        addr_nz,
        "Mr",
        "Ms",
        "xtra.co.nz gmail.com",
        "Kia ora|Hey",
        "cheers|ngā mihi",
        "Hamilton|Dunedin",
    ),
    "en_CA": _L(
        "CA",
        "Connor Ethan Raj Mathieu Dylan",
        "Avery Madison Simran Leah Kayla",
        "MacDonald Tremblay Singh Chen Anderson Bouchard",
        addr_ca,
        "Mr.",
        "Ms.",
        "rogers.com gmail.com",
        "Hi",
        "thanks",
        "Calgary|Ottawa",
    ),
    "fr_CA": _L(
        "CA",
        "Étienne Mathieu Jean-François Olivier Maxime",
        "Geneviève Marie-Ève Chloé Isabelle Nadia",
        "Tremblay Gagnon Bouchard Côté Lavoie Pelletier",
        addr_caf,
        "M.",
        "Mme",
        "videotron.ca gmail.com",
        "Bonjour|Salut",
        "merci",
        "Laval|Québec",
        ext=" poste ",
    ),
    "en_ZA": _L(
        "ZA",
        "Sipho Thabo Pieter Johan Kagiso",
        "Nomvula Lerato Annika Zanele Palesa",
        "Dlamini Nkosi van_der_Merwe Botha Mokoena Naidoo",
        addr_za,
        "Mr",
        "Ms|Mrs",
        "webmail.co.za gmail.com",
        "Howzit|Sawubona|Hi",
        "thanks|ngiyabonga",
        "Pretoria|Gqeberha",
    ),
    "en_NG": _L(
        "NG",
        "Chinedu Emeka Tunde Ibrahim Olumide",
        "Ngozi Funmilayo Chiamaka Aisha Yetunde",
        "Eze Okonkwo Adeyemi Bello Nwosu Balogun",
        addr_ng,
        "Mr|Chief",
        "Mrs|Ms",
        "yahoo.com gmail.com",
        "Hello|Good morning",
        "thank you o|thanks",
        "Lagos|Abuja|Port Harcourt",
    ),
    "en_KE": _L(
        "KE",
        "Otieno Kiprono Mwangi Baraka Juma",
        "Wanjiru Akinyi Chebet Njeri Achieng",
        "Kamau Odhiambo Mutua Wafula Kiptoo Chege",
        addr_ke,
        "Mr",
        "Mrs|Ms",
        "gmail.com yahoo.com",
        "Habari|Hi",
        "asante|thanks",
        "Mombasa|Kisumu",
    ),
    "en_GH": _L(
        "GH",
        "Kwame Kofi Yaw Kwabena Nii",
        "Ama Akosua Efua Abena Adjoa",
        "Mensah Boateng Owusu Asante Quaye Osei",
        addr_gh,
        "Mr",
        "Mrs|Madam",
        "gmail.com yahoo.com",
        "Hello|Chale",
        "medaase|thanks",
        "Kumasi|Tamale",
    ),
    "am_ET": _L(
        "ET",
        "Abebe:አበበ Tadesse:ታደሰ Dawit:ዳዊት Girma:ግርማ Kebede:ከበደ Mulugeta:ሙሉጌታ",
        "Selam:ሰላም Hanna:ሐና Meseret:መሰረት Tigist:ትዕግስት Almaz:አልማዝ",
        "x",
        addr_et,
        "Ato|Mr",
        "W/ro|Wzt.",
        "gmail.com yahoo.com",
        "Selam|Hi",
        "ameseginalehu|thanks",
        "Adama|Bahir Dar",
        kind="et",
    ),
    "sw_TZ": _L(
        "TZ",
        "Juma Baraka Hamisi Rashidi Emmanuel",
        "Neema Rehema Zawadi Mwanaidi Upendo",
        "Mwakyusa Kimaro Massawe Mushi Mrema Lyimo",
        addr_tz,
        "Bw.|Mr",
        "Bi.|Mrs",
        "gmail.com yahoo.com",
        "Habari|Mambo",
        "asante sana|asante",
        "Arusha|Dodoma",
    ),
    "ar_EG": _L(
        "EG",
        "Ahmed:أحمد Mohamed:محمد Mahmoud:محمود Karim:كريم Youssef:يوسف",
        "Fatma:فاطمة Nour:نور Mariam:مريم Heba:هبة Yasmin:ياسمين",
        "Hassan:حسن Abdelrahman:عبدالرحمن Mostafa:مصطفى Saleh:صالح Farouk:فاروق",
        addr_eg,
        "Mr|أستاذ",
        "Mrs|مدام",
        "gmail.com yahoo.com hotmail.com",
        "مرحبا|Hi|ازيك",
        "شكرا|merci|thanks",
        "Alexandria|Giza",
        "EG",
        kind="eg",
    ),
    "ar_SA": _L(
        "SA",
        "Khalid:خالد Abdullah:عبدالله Faisal:فيصل Saud:سعود Turki:تركي",
        "Noura:نورة Reem:ريم Hessa:حصة Lama:لمى Sara:سارة",
        "Al-Harbi:الحربي Al-Otaibi:العتيبي Al-Qahtani:القحطاني Al-Shehri:الشهري Al-Ghamdi:الغامدي",
        addr_sa,
        "Mr|الأستاذ",
        "Ms|الأستاذة",
        "gmail.com hotmail.com",
        "السلام عليكم|هلا|Hi",
        "شكراً|thanks|يعطيك العافية",
        "Jeddah|Riyadh|Dammam",
        "SA",
        kind="ar",
    ),
    "ar_AE": _L(
        "AE",
        "Rashid:راشد Saeed:سعيد Hamdan:حمدان Omar:عمر Majid:ماجد",
        "Maryam:مريم Shamma:شما Alia:عالية Fatima:فاطمة Latifa:لطيفة",
        "Al-Mansoori:المنصوري Al-Falasi:الفلاسي Al-Nuaimi:النعيمي Al-Ketbi:الكتبي",
        addr_ae,
        "Mr",
        "Ms",
        "gmail.com outlook.com",
        "Hi|مرحبا",
        "thanks|شكرا",
        "Abu Dhabi|Sharjah",
        "AE",
        kind="ar",
    ),
    "ar_MA": _L(
        "MA",
        "Youssef Mehdi Anas Hamza Ayoub",
        "Salma Imane Khadija Zineb Houda",
        "El_Amrani Benjelloun Alaoui Bennani Tazi Idrissi",
        addr_ma,
        "M.|Si",
        "Mme|Lalla",
        "gmail.com menara.ma",
        "Salam|Bonjour",
        "merci|choukran",
        "Rabat|Fès|Tanger",
    ),
    "he_IL": _L(
        "IL",
        "Yonatan:יונתן Itai:איתי Noam:נועם Avi:אבי Eitan:איתן",
        "Noa:נועה Tamar:תמר Shira:שירה Michal:מיכל Yael:יעל",
        "Cohen:כהן Levi:לוי Mizrahi:מזרחי Peretz:פרץ Biton:ביטון Friedman:פרידמן",
        addr_il,
        "Mr",
        "Ms",
        "gmail.com walla.co.il",
        "היי|שלום|Hi",
        "תודה|thanks",
        "Haifa|Beersheba",
        "IL",
    ),
    "tr_TR": _L(
        "TR",
        "Emre Mehmet Burak Oğuz Can",
        "Elif Zeynep Ayşe Büşra Gizem",
        "Yılmaz Kaya Demir Şahin Çelik Öztürk",
        addr_tr,
        "Bey",
        "Hanım",
        "gmail.com hotmail.com",
        "Merhaba|Selam",
        "teşekkürler|sağ ol",
        "İzmir|Bursa|Ankara",
        "TR",
        ts=" Bey| Hanım",
    ),
    "fa_IR": _L(
        "IR",
        "Reza:رضا Ali:علی Mehdi:مهدی Amir:امیر Hossein:حسین",
        "Zahra:زهرا Maryam:مریم Sara:سارا Niloofar:نیلوفر",
        "Ahmadi:احمدی Hosseini:حسینی Karimi:کریمی Rezaei:رضایی Tehrani:تهرانی",
        addr_ir,
        "آقای|Mr",
        "خانم|Ms",
        "gmail.com yahoo.com",
        "سلام|Hi",
        "مرسی|ممنون|thanks",
        "Isfahan|Shiraz|Tabriz",
    ),
    "hi_IN": _L(
        "IN",
        "Rahul:राहुल Amit:अमित Vikram:विक्रम Arjun:अर्जुन Sandeep:संदीप",
        "Priya:प्रिया Sneha:स्नेहा Anjali:अंजलि Pooja:पूजा Kavita:कविता",
        "Sharma:शर्मा Verma:वर्मा Gupta:गुप्ता Iyer:अय्यर Deshpande:देशपांडे Chauhan:चौहान",
        addr_in,
        "Mr.|Shri|Dr.",
        "Ms.|Smt.|Dr.",
        "gmail.com rediffmail.com yahoo.co.in",
        "Namaste|Hi|Hello ji",
        "dhanyavaad|thanks|thank u",
        "Pune|Jaipur|Hyderabad",
        ts="ji| ji",
    ),
    "ta_IN": _L(
        "IN",
        "Karthik Senthil Murugan Narayanan Saravanan",
        "Lakshmi Meena Divya Revathi Kavya",
        "Ramesh Subramanian Krishnan Venkatesan Raghavan",
        addr_ta,
        "Mr.|Thiru",
        "Ms.|Tmt.",
        "gmail.com yahoo.co.in",
        "Vanakkam|Hi",
        "nandri|thanks",
        "Madurai|Coimbatore",
        kind="ta",
    ),
    "bn_BD": _L(
        "BD",
        "Rahim:রহিম Tanvir:তানভীর Arif:আরিফ Sakib:সাকিব",
        "Nusrat:নুসরাত Farzana:ফারজানা Tania:তানিয়া Sumaiya:সুমাইয়া",
        "Hossain:হোসেন Rahman:রহমান Chowdhury:চৌধুরী Islam:ইসলাম Akter:আক্তার",
        addr_bd,
        "Mr.|Janab",
        "Mrs.|Ms.",
        "gmail.com yahoo.com",
        "Assalamu alaikum|Hi",
        "dhonnobad|thanks",
        "Chattogram|Sylhet",
    ),
    "ur_PK": _L(
        "PK",
        "Usman Bilal Hamza Faisal Zeeshan",
        "Ayesha Hira Sana Mahnoor Fatima",
        "Qureshi Malik Butt Siddiqui Khan Chaudhry",
        addr_pk,
        "Mr.|Sahib",
        "Ms.|Begum",
        "gmail.com hotmail.com",
        "Assalam o alaikum|AoA|Hi",
        "shukriya|thanks|jazakAllah",
        "Lahore|Karachi",
        "PK",
        ts=" sahib| bhai| ji",
    ),
    "si_LK": _L(
        "LK",
        "Kasun Nuwan Chaminda Dilshan Tharindu",
        "Nadeesha Chathurika Ishara Dilani Sanduni",
        "Perera Fernando Jayasuriya Wickramasinghe Bandara Silva",
        addr_lk,
        "Mr.",
        "Mrs.|Ms.",
        "gmail.com sltnet.lk",
        "Ayubowan|Hi",
        "sthuthi|thanks",
        "Kandy|Galle",
    ),
    "ne_NP": _L(
        "NP",
        "Bishal Suman Prakash Anish Roshan",
        "Sita Anjana Pratima Sabina Rojina",
        "Shrestha Tamang Gurung Adhikari Thapa Maharjan",
        addr_np,
        "Mr.",
        "Ms.",
        "gmail.com yahoo.com",
        "Namaste|Hi",
        "dhanyabad|thanks",
        "Pokhara|Biratnagar",
        ts=" ji| dai| didi",
    ),
    "my_MM": _L(
        "MM",
        "x",
        "x",
        "x",
        addr_mm,
        "U|Ko",
        "Daw|Ma",
        "gmail.com",
        "Mingalaba|Hi",
        "kyay zu tin ba de|thanks",
        "Mandalay|Naypyitaw",
        kind="mm",
    ),
    "th_TH": _L(
        "TH",
        "Somchai:สมชาย Somsak:สมศักดิ์ Nattapong:ณัฐพงษ์ Anan:อนันต์ Wichai:วิชัย",
        "Anong:อนงค์ Siriporn:ศิริพร Kanya:กัญญา Pimchanok:พิมพ์ชนก Ratana:รัตนา",
        "Saetang:แซ่ตั้ง Srisuk:ศรีสุข Wongsawat:วงศ์สวัสดิ์ Boonmee:บุญมี Chaiyaporn:ชัยพร",
        addr_th,
        "Khun|คุณ",
        "Khun|คุณ",
        "gmail.com hotmail.com",
        "สวัสดีครับ|สวัสดีค่ะ|Hi",
        "ขอบคุณครับ|ขอบคุณค่ะ|thx",
        "Chiang Mai|Phuket",
    ),
    "vi_VN": _L(
        "VN",
        "An Dũng Hùng Minh Tuấn",
        "Lan Hương Thảo Linh Mai",
        "Nguyễn Trần Lê Phạm Hoàng Vũ",
        addr_vn,
        "anh|ông|Mr",
        "chị|bà|Ms",
        "gmail.com yahoo.com.vn",
        "Chào|Chào anh|Hi",
        "cảm ơn|thanks",
        "Hải Phòng|Đà Nẵng|Huế",
        kind="vn",
    ),
    "id_ID": _L(
        "ID",
        "Bambang Agus Budi Rizky Eko",
        "Wulandari Siti Dewi Ayu Putri",
        "Susilo Santoso Wijaya Pratama Hidayat",
        addr_id,
        "Pak|Bapak",
        "Bu|Ibu",
        "gmail.com yahoo.co.id",
        "Halo|Permisi",
        "makasih|terima kasih",
        "Surabaya|Bandung|Medan",
        kind="id",
    ),
    "ms_MY": _L(
        "MY",
        "Ahmad Hafiz Faizal Wei_Jie Arun",
        "Nurul Siti Mei_Ling Kavitha Aisyah",
        "Tan Lim Wong Raman Ismail Yusof",
        addr_my,
        "Encik|Mr",
        "Puan|Cik|Ms",
        "gmail.com yahoo.com",
        "Salam|Hai",
        "terima kasih|tq",
        "Penang|Johor Bahru",
    ),
    "fil_PH": _L(
        "PH",
        "Jose Mark Paolo Jericho Rommel",
        "Maricel Joanna Kristine Liza Angelica",
        "dela_Cruz Santos Reyes Bautista Villanueva Mendoza",
        addr_ph,
        "Mr.|Kuya",
        "Ms.|Ate|Mrs.",
        "gmail.com yahoo.com",
        "Hi po|Hello|Magandang araw",
        "salamat po|thanks",
        "Cebu|Davao",
    ),
    "zh_CN": _L(
        "CN",
        "Wei:伟 Hao:浩 Jun:军 Lei:磊 Yang:洋",
        "Fang:芳 Jing:静 Min:敏 Li:丽 Xiaoyan:晓燕",
        "Wang:王 Li:李 Zhang:张 Liu:刘 Chen:陈 Zhao:赵",
        addr_cn,
        "Mr.|先生",
        "Ms.|女士",
        "qq.com 163.com",
        "你好|您好|Hi",
        "谢谢|thanks",
        "Shenzhen|Chengdu|Wuhan",
        kind="cjk",
        ts="先生|女士",
    ),
    "zh_TW": _L(
        "TW",
        "Chih-Wei:志偉 Chun-Hao:俊豪 Yu-Ting:宇庭 Kuan-Yu:冠宇",
        "Shu-Fen:淑芬 Ya-Ting:雅婷 Hsin-Yi:欣怡 Pei-Jun:佩君",
        "Chen:陳 Lin:林 Huang:黃 Chang:張 Wu:吳",
        addr_tw,
        "Mr.|先生",
        "Ms.|小姐",
        "gmail.com yahoo.com.tw",
        "你好|Hi",
        "謝謝|3Q|thanks",
        "Taichung|Kaohsiung",
        kind="cjk",
        ts="先生|小姐",
    ),
    "zh_HK": _L(
        "HK",
        "Ka-Ming:家明 Chi-Keung:志強 Wing-Hong:永康",
        "Wai-Yee:慧儀 Mei-Ling:美玲 Suk-Yin:淑賢",
        "Chan:陳 Wong:黃 Leung:梁 Cheung:張 Lau:劉",
        addr_hk,
        "Mr.|先生",
        "Ms.|小姐",
        "gmail.com yahoo.com.hk",
        "Hi|你好",
        "唔該|thx|多謝",
        "Kowloon|Sha Tin",
        kind="cjk",
        ts="先生|小姐",
    ),
    "ja_JP": _L(
        "JP",
        "Kenji:健二 Shota:翔太 Hiroshi:浩 Takumi:拓海 Daisuke:大輔",
        "Yumi:由美 Misaki:美咲 Haruka:遥 Aoi:葵 Emi:恵美",
        "Sato:佐藤 Suzuki:鈴木 Takahashi:高橋 Tanaka:田中 Watanabe:渡辺 Yamamoto:山本",
        addr_jp,
        "Mr.",
        "Ms.",
        "docomo.ne.jp yahoo.co.jp gmail.com",
        "お疲れ様です|Hi|こんにちは",
        "ありがとうございます|thanks",
        "Osaka|Sapporo|Nagoya",
        kind="cjk",
        ts="様|さん|-san",
    ),
    "ko_KR": _L(
        "KR",
        "Min-jun:민준 Ji-hoon:지훈 Seo-jun:서준 Hyun-woo:현우",
        "Ji-yeon:지연 Seo-yeon:서연 Min-ji:민지 Soo-ah:수아",
        "Kim:김 Lee:이 Park:박 Choi:최 Jung:정 Kang:강",
        addr_kr,
        "Mr.",
        "Ms.",
        "naver.com daum.net gmail.com",
        "안녕하세요|Hi",
        "감사합니다|thx",
        "Busan|Incheon|Daegu",
        kind="cjk",
        ts=" 씨|님",
    ),
    "ru_RU": _L(
        "RU",
        "Dmitry:Дмитрий Sergey:Сергей Alexei:Алексей Ivan:Иван Nikolai:Николай",
        "Irina:Ирина Olga:Ольга Natalia:Наталья Yekaterina:Екатерина Anna:Анна",
        "Ivanov:Иванов Pavlov:Павлов Smirnov:Смирнов Kuznetsov:Кузнецов Sokolov:Соколов Volkov:Волков",
        addr_ru,
        "г-н|Mr",
        "г-жа|Ms",
        "mail.ru yandex.ru gmail.com",
        "Здравствуйте|Привет|Hi",
        "спасибо|спс|thanks",
        "Казань|Екатеринбург|Самара",
        kind="ru",
        ext=" доб. ",
    ),
    "uk_UA": _L(
        "UA",
        "Oleksandr:Олександр Andrii:Андрій Taras:Тарас Bohdan:Богдан",
        "Oksana:Оксана Olena:Олена Iryna:Ірина Sofiia:Софія",
        "Shevchenko:Шевченко Kovalchuk:Ковальчук Bondarenko:Бондаренко Melnyk:Мельник Tkachenko:Ткаченко",
        addr_ua,
        "пан|Mr",
        "пані|Ms",
        "ukr.net gmail.com",
        "Вітаю|Привіт|Hi",
        "дякую|thanks",
        "Львів|Дніпро|Харків",
        "UA",
        kind="ua",
    ),
    "pl_PL": _L(
        "PL",
        "Piotr Krzysztof Tomasz Paweł Michał",
        "Agnieszka Katarzyna Małgorzata Joanna Zofia",
        "Kowalski Nowak Wiśniewski Wójcik Lewandowski Zieliński",
        addr_pl,
        "Pan|p.",
        "Pani|p.",
        "wp.pl onet.pl gmail.com",
        "Dzień dobry|Cześć",
        "dziękuję|dzięki",
        "Wrocław|Poznań|Łódź",
        "PL",
        sf="Kowalska Nowak Wiśniewska Wójcik Lewandowska Zielińska",
    ),
    "cs_CZ": _L(
        "CZ",
        "Jakub Tomáš Jan Lukáš Ondřej",
        "Tereza Lucie Kateřina Eliška Petra",
        "Novák Svoboda Dvořák Černý Procházka Kučera",
        addr_cz,
        "pan|Ing.",
        "paní|Mgr.",
        "seznam.cz email.cz",
        "Dobrý den|Ahoj",
        "děkuji|díky",
        "Brno|Ostrava",
        "CZ",
        sf="Nováková Svobodová Dvořáková Černá Procházková Kučerová",
    ),
    "hu_HU": _L(
        "HU",
        "Péter László Gábor Bence Zoltán",
        "Katalin Eszter Zsófia Anna Réka",
        "Nagy Kovács Tóth Szabó Horváth Varga",
        addr_hu,
        "Dr.|úr",
        "Dr.|asszony",
        "freemail.hu citromail.hu",
        "Jó napot|Szia",
        "köszönöm|köszi",
        "Debrecen|Szeged",
        "HU",
        kind="hu",
        ts=" úr",
    ),
    "ro_RO": _L(
        "RO",
        "Andrei Mihai Alexandru Radu Ionuț",
        "Ioana Elena Andreea Bianca Cristina",
        "Popescu Ionescu Dumitrescu Stan Georgescu Munteanu",
        addr_ro,
        "dl.|domnul",
        "dna.|doamna",
        "yahoo.com gmail.com",
        "Bună ziua|Salut",
        "mulțumesc|mersi",
        "Cluj-Napoca|Iași",
        "RO",
    ),
    "el_GR": _L(
        "GR",
        "Giorgos:Γιώργος Dimitris:Δημήτρης Nikos:Νίκος Kostas:Κώστας",
        "Maria:Μαρία Eleni:Ελένη Katerina:Κατερίνα Sofia:Σοφία",
        "Papadopoulos:Παπαδόπουλος Georgiou:Γεωργίου Nikolaidis:Νικολαΐδης Oikonomou:Οικονόμου",
        addr_gr,
        "κ.|Mr",
        "κα|Ms",
        "gmail.com otenet.gr",
        "Γεια σας|Καλημέρα|Hi",
        "ευχαριστώ|thanks",
        "Θεσσαλονίκη|Πάτρα",
        "GR",
        sf="Papadopoulou:Παπαδοπούλου Georgiou:Γεωργίου Nikolaidou:Νικολαΐδου Oikonomou:Οικονόμου",
    ),
    "de_DE": _L(
        "DE",
        "Lukas Jonas Felix Tobias Mehmet Sven",
        "Anna Lea Katharina Miriam Jana Ayşe",
        "Müller Schmidt Schneider Fischer Weber Becker Hoffmann Yıldız",
        addr_de,
        "Herr|Hr.",
        "Frau|Fr.",
        "web.de gmx.de t-online.de posteo.de",
        "Hallo|Moin|Guten Tag",
        "danke|vielen Dank",
        "Hamburg|Dresden|Stuttgart",
        "DE",
        ext="-",
    ),
    "de_AT": _L(
        "AT",
        "Florian Stefan Lukas Matthias",
        "Katrin Verena Lisa Magdalena",
        "Gruber Huber Bauer Wagner Pichler Steiner",
        addr_at,
        "Herr|Hr.",
        "Frau|Fr.",
        "gmx.at aon.at",
        "Servus|Grüß Gott",
        "danke",
        "Graz|Linz|Salzburg",
        "AT",
        ext="-",
    ),
    "de_CH": _L(
        "CH",
        "Reto Beat Luca Urs Noah",
        "Nadine Corinne Seraina Mia Laura",
        "Meier Keller Brunner Gerber Baumann Frei",
        addr_ch,
        "Herr",
        "Frau",
        "bluewin.ch gmx.ch",
        "Grüezi|Hoi|Salü",
        "merci|danke",
        "Basel|Luzern|Lausanne",
        "CH",
    ),
    "nl_NL": _L(
        "NL",
        "Daan Sem Thijs Bram Mohamed",
        "Sanne Femke Lotte Fleur Naima",
        "de_Vries Jansen Bakker Visser van_Dijk El_Idrissi",
        addr_nl,
        "dhr.|meneer",
        "mevr.|mevrouw",
        "ziggo.nl kpnmail.nl gmail.com",
        "Hoi|Goedemiddag",
        "bedankt|dank je",
        "Utrecht|Eindhoven",
        "NL",
    ),
    "fr_FR": _L(
        "FR",
        "Julien Mathieu Karim Théo Antoine",
        "Camille Léa Manon Inès Sandrine",
        "Martin Bernard Dubois Lefèvre Moreau Haddad",
        addr_fr,
        "M.|Monsieur",
        "Mme|Madame",
        "orange.fr free.fr laposte.net",
        "Bonjour|Coucou|Salut",
        "merci|mci",
        "Lyon|Nantes|Lille",
        "FR",
        ext=" poste ",
    ),
    "it_IT": _L(
        "IT",
        "Marco Luca Giuseppe Alessandro Matteo",
        "Giulia Francesca Chiara Sara Martina",
        "Rossi Russo Ferrari Esposito Bianchi Romano",
        addr_it,
        "Sig.|Dott.",
        "Sig.ra|Dott.ssa",
        "libero.it virgilio.it gmail.com",
        "Ciao|Buongiorno",
        "grazie|grazie mille",
        "Torino|Firenze",
        "IT",
    ),
    "es_ES": _L(
        "ES",
        "Javier Sergio Álvaro Pablo Jordi",
        "Lucía Carmen Marta Nuria Alba",
        "García López Martínez Fernández Sánchez Puig Romero",
        addr_es,
        "Sr.|D.",
        "Sra.|Dña.",
        "telefonica.net gmail.com hotmail.es",
        "Hola|Buenas",
        "gracias|mil gracias",
        "Sevilla|Bilbao|Zaragoza",
        "ES",
        kind="es",
    ),
    "pt_PT": _L(
        "PT",
        "João Tiago Rui Duarte Nuno",
        "Inês Beatriz Joana Mariana Rita",
        "Silva Santos Ferreira Pereira Costa Rodrigues",
        addr_pt,
        "Sr.",
        "Sra.|D.",
        "sapo.pt gmail.com",
        "Olá|Bom dia",
        "obrigado|obrigada",
        "Braga|Coimbra",
        "PT",
        kind="es",
    ),
    "pt_BR": _L(
        "BR",
        "Thiago Lucas Rafael Gustavo Leandro",
        "Juliana Fernanda Camila Larissa Aline",
        "Souza Oliveira Lima Carvalho Rocha Nascimento",
        addr_br,
        "Sr.|seu",
        "Sra.|dona|Dª",
        "uol.com.br bol.com.br gmail.com",
        "Oi|Olá|Bom dia",
        "obrigado|valeu|brigada",
        "Recife|Salvador|Curitiba",
        "BR",
        kind="es",
        ext=" ramal ",
    ),
    "es_MX": _L(
        "MX",
        "José Luis Alejandro Diego Jorge",
        "Guadalupe Mariana Daniela Ximena Rocío",
        "Hernández González Ramírez Torres Flores Cruz",
        addr_mx,
        "Sr.|Lic.|Ing.",
        "Sra.|Lic.|Srita.",
        "hotmail.com gmail.com prodigy.net.mx",
        "Hola|Buen día|Qué onda",
        "gracias|mil gracias",
        "Guadalajara|Monterrey|Puebla",
        kind="es",
    ),
    "es_AR": _L(
        "AR",
        "Facundo Matías Nicolás Agustín Santiago",
        "Florencia Camila Lucía Milagros Sofía",
        "Gómez Rodríguez Fernández Pereyra Sosa Acosta",
        addr_ar,
        "Sr.",
        "Sra.",
        "gmail.com hotmail.com.ar",
        "Hola|Buenas",
        "gracias|mil gracias|grax",
        "Córdoba|Rosario|Mendoza",
        kind="es",
    ),
    "es_CO": _L(
        "CO",
        "Andrés Camilo Julián Sebastián",
        "Valentina Natalia Paola Laura",
        "Restrepo Gómez Vargas Ospina Cárdenas",
        addr_co,
        "Sr.|Don",
        "Sra.|Doña",
        "gmail.com hotmail.com",
        "Hola|Buenas|Quiubo",
        "gracias|mil gracias",
        "Cali|Barranquilla",
        kind="es",
    ),
    "es_CL": _L(
        "CL",
        "Benjamín Vicente Cristóbal Felipe",
        "Catalina Javiera Constanza Francisca",
        "Muñoz Rojas Díaz Soto Contreras Silva",
        addr_cl,
        "Sr.|Don",
        "Sra.|Señora",
        "gmail.com vtr.net",
        "Hola|Buenas",
        "gracias|se agradece",
        "Valparaíso|Concepción",
        kind="es",
    ),
    "es_PE": _L(
        "PE",
        "Luis Jhonatan Renzo Piero",
        "Rosa Milagros Fiorella Kiara",
        "Quispe Mamani Huamán Flores Chávez Torres",
        addr_pe,
        "Sr.",
        "Sra.|Srta.",
        "hotmail.com gmail.com",
        "Hola|Buenas tardes",
        "gracias",
        "Arequipa|Cusco",
        kind="es",
    ),
    "is_IS": _L(
        "IS",
        "Jón Sigurður Gunnar Einar Ólafur",
        "Guðrún Sigríður Kristín Helga Anna",
        "x",
        addr_is,
        "Herra",
        "Frú",
        "simnet.is gmail.com",
        "Hæ|Halló",
        "takk|takk fyrir",
        "Akureyri|Selfoss",
        "IS",
        kind="is",
    ),
    "sv_SE": _L(
        "SE",
        "Erik Johan Oskar Ahmed Lars",
        "Elin Maja Sara Linnea Ebba",
        "Andersson Johansson Lindqvist Eriksson Berg Nilsson",
        addr_se,
        "Hr.",
        "Fru",
        "telia.com gmail.com",
        "Hej|Hejsan",
        "tack|tack så mycket",
        "Göteborg|Malmö",
        "SE",
    ),
    "nb_NO": _L(
        "NO",
        "Henrik Magnus Sindre Ole",
        "Ingrid Kari Sigrid Nora",
        "Hansen Johansen Olsen Haugen Solberg Berg",
        addr_no,
        "Hr.",
        "Fru",
        "online.no gmail.com",
        "Hei|Heisann",
        "takk|tusen takk",
        "Bergen|Trondheim",
        "NO",
    ),
    "da_DK": _L(
        "DK",
        "Mads Rasmus Frederik Mikkel",
        "Sofie Mette Freja Ida",
        "Nielsen Jensen Hansen Pedersen Andersen Kristensen",
        addr_dk,
        "Hr.",
        "Fru",
        "mail.dk gmail.com",
        "Hej|Hejsa",
        "tak|mange tak",
        "Odense|Aalborg",
        "DK",
    ),
    "fi_FI": _L(
        "FI",
        "Mikko Juha Antti Ville",
        "Aino Laura Henna Sanna",
        "Korhonen Virtanen Mäkinen Nieminen Heikkinen",
        addr_fi,
        "Hra",
        "Rva",
        "gmail.com luukku.com",
        "Moi|Hei",
        "kiitos|kiitti",
        "Tampere|Oulu|Turku",
        "FI",
    ),
    "ka_GE": _L(
        "GE",
        "Giorgi:გიორგი Levan:ლევან Davit:დავით Irakli:ირაკლი",
        "Nino:ნინო Tamar:თამარ Mariam:მარიამ Ana:ანა",
        "Beridze:ბერიძე Kapanadze:კაპანაძე Gelashvili:გელაშვილი Maisuradze:მაისურაძე",
        addr_ge,
        "ბატონი|Mr",
        "ქალბატონი|Ms",
        "gmail.com mail.ru",
        "გამარჯობა|Hi",
        "მადლობა|thanks",
        "Batumi|Kutaisi",
        "GE",
    ),
    "kk_KZ": _L(
        "KZ",
        "Nursultan:Нұрсұлтан Arman:Арман Daniyar:Данияр Yerlan:Ерлан",
        "Aigerim:Айгерім Dana:Дана Madina:Мадина Zhanar:Жанар",
        "Nurlanov:Нұрланов Akhmetov:Ахметов Seitkali:Сейітқали Bekov:Беков",
        addr_kz,
        "Mr",
        "Ms",
        "mail.ru gmail.com",
        "Сәлем|Здравствуйте|Hi",
        "рахмет|спасибо",
        "Astana|Shymkent",
        "KZ",
    ),
    "en_JM": _L(
        "JM",
        "Andre Damion Kemar Rohan",
        "Shanice Tanisha Kerry-Ann Simone",
        "Campbell Brown Williams Francis Reid Thompson",
        addr_jm,
        "Mr.",
        "Miss|Mrs.",
        "gmail.com yahoo.com",
        "Wah gwaan|Hi|Yow",
        "tanks|thanks|respect",
        "Montego Bay|Spanish Town",
    ),
    "en_SG": _L(
        "SG",
        "Wei_Ming Jun_Jie Muhammad Rajesh",
        "Hui_Min Siti Priya Jia_Hui",
        "Tan Lim Ng Goh Rahman Pillai",
        addr_sg,
        "Mr",
        "Ms|Mdm",
        "gmail.com singnet.com.sg",
        "Hi|Hello ah",
        "thanks ah|tks",
        "Jurong|Tampines",
    ),
}
# given names of the father (Iceland, Ethiopia, Russia, Ukraine) and other special pieces
IS_SON = ["Jónsson", "Sigurðsson", "Gunnarsson", "Magnússon", "Einarsson", "Ólafsson", "Stefánsson"]
IS_DOT = ["Jónsdóttir", "Sigurðardóttir", "Gunnarsdóttir", "Magnúsdóttir", "Einarsdóttir", "Ólafsdóttir"]
RU_PAT = [
    ("Sergeyevich", "Sergeyevna", "Сергеевич", "Сергеевна"),
    ("Ivanovich", "Ivanovna", "Иванович", "Ивановна"),
    ("Nikolayevich", "Nikolayevna", "Николаевич", "Николаевна"),
    ("Petrovich", "Petrovna", "Петрович", "Петровна"),
    ("Andreyevich", "Andreyevna", "Андреевич", "Андреевна"),
]
UA_PAT = [
    ("Ivanovych", "Ivanivna", "Іванович", "Іванівна"),
    ("Petrovych", "Petrivna", "Петрович", "Петрівна"),
    ("Mykolaiovych", "Mykolaivna", "Миколайович", "Миколаївна"),
]
MM_M = _names("Aung:အောင် Kyaw:ကျော် Zaw:ဇော် Min:မင်း Htet:ထက် Naing:နိုင် Thu:သူ Moe:မိုး")
MM_F = _names("Hnin:နှင်း Ei:အိ Phyu:ဖြူ Su:စု Myat:မြတ် Mon:မွန် Khin:ခင် Wai:ဝေ")
VN_MID = {"m": ["Văn", "Minh", "Đức", "Quang", "Hữu"], "f": ["Thị", "Ngọc", "Thu", "Thanh", "Khánh"]}
ES_MID = {"m": ["", "", "", "Manuel ", "Antonio "], "f": ["", "", "", "María ", "Isabel "]}


# ----------------------------------------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------------------------------------
class Person:
    def __init__(self, r, lc):
        L = LOC[lc]
        self.lc, self.L, self.r = lc, L, r
        self.sex = r.choice("mf")
        kind = L["kind"]
        gpool = L["m"] if self.sex == "m" else L["f"]
        g, gn = r.choice(gpool) if kind != "mm" else (None, None)
        s, sn = (None, None)
        if L["s"] and L["s"][0][0] != "x":
            i = r.randrange(len(L["s"]))
            s, sn = L["sf"][i] if (L["sf"] and self.sex == "f") else L["s"][i]
            sn = sn or None
        nat = None  # native-script full name
        if kind == "cjk":
            nat = sn + gn
            full = (
                r.choice([f"{g} {s}", f"{s} {g}", f"{s} {g}"])
                if lc != "ja_JP"
                else r.choice([f"{g} {s}", f"{s} {g}"])
            )
        elif kind == "hu":
            full = f"{s} {g}"
        elif kind == "vn":
            full = f"{s} {r.choice(VN_MID[self.sex])} {g}"
        elif kind == "es":
            s2 = r.choice([x for x, _ in L["s"] if x != s])
            if r.random() < 0.6:
                s = f"{s} {s2}"
            full = f"{g} {r.choice(ES_MID[self.sex])}{s}"
        elif kind == "ar":
            fa, fan = r.choice(L["m"])
            link, linkn = ("bin", "بن") if self.sex == "m" else ("bint", "بنت")
            full = r.choice([f"{g} {link} {fa} {s}", f"{g} {s}", f"{g} {fa} {s}"])
            nat = f"{gn} {linkn} {fan} {sn}" if " bin" in full or " bint" in full else f"{gn} {sn}"
        elif kind == "eg":
            fa, fan = r.choice(L["m"])
            full = r.choice([f"{g} {fa} {s}", f"{g} {s}"])
            nat = f"{gn} {fan} {sn}" if full.count(" ") == 2 else f"{gn} {sn}"
        elif kind == "et":
            fa, fan = r.choice(L["m"])
            s, sn = fa, fan
            full, nat = f"{g} {fa}", f"{gn} {fan}"
        elif kind == "is":
            s = r.choice(IS_SON if self.sex == "m" else IS_DOT)
            full = f"{g} {s}"
        elif kind in ("ru", "ua"):
            pats = RU_PAT if kind == "ru" else UA_PAT
            p = r.choice(pats)
            pl, pn = (p[0], p[2]) if self.sex == "m" else (p[1], p[3])
            if kind == "ru" and self.sex == "f":
                s, sn = s + "a", sn + "а"
            full = f"{g} {s}"
            nat = r.choice([f"{gn} {pn} {sn}", f"{sn} {gn} {pn}", f"{gn} {sn}"])
            self.pat = pl
        elif kind == "ta":
            s = r.choice([x for x, _ in L["s"]])
            full = r.choice([f"{s[0]}. {g}", f"{up(r, 1, 'KRSMVP')}. {s[0]}. {g}", f"{g} {s}"])
        elif kind == "id":
            if r.random() < 0.45:
                s = None
            full = f"{g} {s}" if s else g
        elif kind == "mm":
            pool = MM_M if self.sex == "m" else MM_F
            parts = r.sample(pool, r.choice([2, 3, 3]))
            full = " ".join(p[0] for p in parts)
            nat = "".join(p[1] for p in parts)
            g, s = full, None
        else:
            full = f"{g} {s}"
            if gn and sn:
                nat = f"{gn} {sn}"
        if nat is None and gn and sn and kind not in ("cjk",):
            nat = f"{gn} {sn}"
        self.g, self.s, self.full, self.nat = g, s, full, nat
        self.gn, self.sn = gn, sn
        self._h = self._e = self._ph = None

    # forms -------------------------------------------------------------------------------------------
    def surname(self):
        return self.s or self.full

    def initial(self):
        if not self.s:
            return self.full
        g = self.g.replace("-", " ").split()
        return " ".join(x[0] + "." for x in g) + " " + self.s

    def sg(self):
        if not self.s:
            return self.full.upper()
        return f"{self.s.upper()}, {self.g}"

    def air(self):
        if not self.s:
            return f"{fold(self.full.split()[-1]).upper()}/{fold(''.join(self.full.split()[:-1])).upper()}"
        return f"{fold(self.s).upper()}/{fold(self.g).upper()}"

    def native(self):
        return self.nat or self.full

    def title(self):
        return self.r.choice(self.L["tm"] if self.sex == "m" else self.L["tf"])

    def tsuf(self):
        return self.r.choice(self.L["ts"]) if self.L["ts"] else ""

    def handle(self):
        if self._h:
            return self._h
        r = self.r
        g = fold(self.g.split()[0] if self.s else self.full.split()[0])
        s = fold(self.s.split()[0]) if self.s else fold(self.full.split()[-1])
        if g == s:
            s = fold(self.full)
        forms = [
            f"{g}_{s}",
            f"{g}.{s}",
            f"{g[0]}{s}",
            f"{g}{s[:3]}",
            f"{g}{r.randint(1, 99)}",
            f"{s}.{g}{r.randint(70, 99)}",
            f"{g}_{s[:3]}",
            f"{g}{s}{r.randint(1, 9)}",
            f"{s}{g[0]}",
        ]
        self._h = r.choice(forms)
        return self._h

    def email(self):
        if self._e:
            return self._e
        r = self.r
        loc = (
            self.handle()
            if r.random() < 0.5
            else r.choice(
                [
                    f"{fold(self.g or self.full)}.{fold(self.surname().split()[0])}",
                    f"{fold(self.surname().split()[0])}{fold(self.g or self.full)[:1]}{r.randint(1, 999)}",
                ]
            )
        )
        self._e = f"{loc}@{r.choice(self.L['dom'] + ['gmail.com', 'outlook.com', 'proton.me'])}"
        return self._e

    def phone(self):
        if not self._ph:
            self._ph = fmt_phone(self.r, self.L["reg"], self.L)
        return self._ph


# ----------------------------------------------------------------------------------------------------------
# phones, cards, IBANs, SSNs, licences, IPs
# ----------------------------------------------------------------------------------------------------------
def make_number(r, region, t=None):
    t = t if t is not None else r.choice([PNT.MOBILE, PNT.MOBILE, PNT.FIXED_LINE])
    ex = phonenumbers.example_number_for_type(region, t) or phonenumbers.example_number(region)
    nsn = str(ex.national_number)
    for i in range(300):
        k = max(min(4, len(nsn) - 2), len(nsn) - 1 - i // 40)
        cand = nsn[:-k] + dg(r, k)
        num = phonenumbers.PhoneNumber(
            country_code=ex.country_code,
            national_number=int(cand),
            italian_leading_zero=ex.italian_leading_zero,
            number_of_leading_zeros=ex.number_of_leading_zeros,
        )
        if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) == phonenumbers.number_type(
            ex
        ):
            return num, t
    return ex, t


def fmt_phone(r, region, L=None, intl=None, ext=None):
    num, t = make_number(r, region)
    intl = r.random() < 0.45 if intl is None else intl
    if intl:
        s = phonenumbers.format_number(num, PNF.INTERNATIONAL)
        style = r.random()
        if style < 0.15:
            s = phonenumbers.format_number(num, PNF.E164)
        elif style < 0.25:
            s = s.replace(" ", "-").replace(
                "+" + str(num.country_code) + "-", "+" + str(num.country_code) + " "
            )
        elif style < 0.32:
            s = "00" + s[1:]
        elif style < 0.4 and region in ("DE", "AT", "CH", "GB", "NL"):
            cc, _, rest = s.partition(" ")
            s = f"{cc} (0){rest}"
        elif style < 0.45 and region in ("FR", "BE"):
            s = s.replace(" ", ".", 1).replace(" ", ".")
    else:
        s = phonenumbers.format_number(num, PNF.NATIONAL)
        style = r.random()
        if style < 0.15:
            s = re.sub(r"[\s\-()]", "", s)
        elif style < 0.25 and region in ("FR", "US", "CA", "BE", "CH", "DE", "AT", "JM"):
            s = re.sub(r"[()]", "", s).replace(" ", ".").replace("-", ".")
        elif style < 0.32:
            s = s.replace(" ", "-")
    s = s.strip()
    ext = (t == PNT.FIXED_LINE and r.random() < 0.25) if ext is None else ext
    if ext:
        word = (L or {}).get("ext", " ext. ")
        s += r.choice([word, word, " x", " ext "]) + n(r, 1, 899) if word != "-" else "-" + n(r, 10, 99)
    return s


def luhn_ok(digits):
    tot = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        tot += d
    return tot % 10 == 0


def make_card(r):
    pre, ln = r.choice(
        [
            ("4", 16),
            ("4", 16),
            ("51", 16),
            ("55", 16),
            ("2221", 16),
            ("34", 15),
            ("37", 15),
            ("6011", 16),
            ("35", 16),
        ]
    )
    body = pre + dg(r, ln - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            num = body + c
            break
    sep = r.choice([" ", " ", "-", ""])
    if ln == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i : i + 4] for i in range(0, 16, 4))


IBAN_BBAN = {  # country: (total length, BBAN pattern: # digit, A letter, or a literal bank code choice)
    "DE": (22, "##################"),
    "GB": (22, "BANK##############"),
    "IE": (22, "BANK##############"),
    "FR": (27, "#######################"),
    "IT": (27, "A######################"),
    "NL": (18, "BANK##########"),
    "AT": (20, "################"),
    "CH": (21, "#################"),
    "PL": (28, "########################"),
    "CZ": (24, "####################"),
    "HU": (28, "########################"),
    "RO": (24, "BANK################"),
    "GR": (27, "#######################"),
    "PT": (25, "#####################"),
    "SE": (24, "####################"),
    "DK": (18, "##############"),
    "FI": (18, "##############"),
    "IS": (26, "######################"),
    "TR": (26, "#####0################"),
    "IL": (23, "###################"),
    "SA": (24, "####################"),
    "AE": (23, "###################"),
    "EG": (29, "#########################"),
    "PK": (24, "BANK################"),
    "BR": (29, "#######################AA"),
    "UA": (29, "#########################"),
    "GE": (22, "AA################"),
    "KZ": (20, "################"),
    "ES": (24, None),
    "NO": (15, None),
}
BANKS = {
    "GB": "NWBK|BARC|MIDL|LOYD",
    "IE": "AIBK|BOFI",
    "NL": "ABNA|RABO|INGB",
    "RO": "BTRL|RNCB|BRDE",
    "PK": "HABB|MEZN|UNIL",
    "GE": "TB|BG",
    "BR": "C1",
}


def _mod97(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97


def make_iban(r, cc, spaced=None):
    ln, pat = IBAN_BBAN[cc]
    if cc == "ES":
        bank, branch, acct = dg(r, 4), dg(r, 4), dg(r, 10)
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def ck(ds):
            v = 11 - sum(int(d) * x for d, x in zip(ds, w, strict=False)) % 11
            return {11: 0, 10: 1}.get(v, v)

        bban = f"{bank}{branch}{ck('00' + bank + branch)}{ck(acct)}{acct}"
    elif cc == "NO":
        while True:
            b = dg(r, 10)
            v = 11 - sum(int(d) * x for d, x in zip(b, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2], strict=False)) % 11
            if v != 10:
                bban = b + str(0 if v == 11 else v)
                break
    else:
        bban = ""
        if pat.startswith("BANK"):
            bban, pat = pick(r, BANKS[cc]), pat[4:]
        elif cc == "GE":
            bban, pat = pick(r, BANKS[cc]), pat[2:]
        for c in pat:
            bban += dg(r, 1) if c == "#" else up(r, 1) if c == "A" else c
        if cc == "BR":
            bban = bban[:-2] + "C1"
    chk = 98 - _mod97(bban + cc + "00")
    iban = f"{cc}{chk:02d}{bban}"
    assert len(iban) == ln, (cc, iban)
    spaced = r.random() < 0.6 if spaced is None else spaced
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)) if spaced else iban


def iban_ok(v):
    s = v.replace(" ", "").upper()
    return s[:2] in IBAN_BBAN and len(s) == IBAN_BBAN[s[:2]][0] and _mod97(s[4:] + s[:4]) == 1


def make_ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g, s = r.randint(1, 99), r.randint(1, 9999)
    sep = r.choice(["-", "-", "-", " ", ""])
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


DL_FMT = {
    "CA": lambda r: up(r, 1) + dg(r, 7),
    "NY": lambda r: r.choice([dg(r, 9), f"{dg(r, 3)} {dg(r, 3)} {dg(r, 3)}"]),
    "TX": lambda r: dg(r, 8),
    "FL": lambda r: f"{up(r, 1)}{dg(r, 3)}-{dg(r, 3)}-{dg(r, 2)}-{dg(r, 3)}-{dg(r, 1)}",
    "IL": lambda r: f"{up(r, 1)}{dg(r, 3)}-{dg(r, 4)}-{dg(r, 4)}",
    "PA": lambda r: r.choice([dg(r, 8), f"{dg(r, 2)} {dg(r, 3)} {dg(r, 3)}"]),
    "WA": lambda r: "WDL" + up(r, 9, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
    "MI": lambda r: r.choice(
        [up(r, 1) + dg(r, 12), f"{up(r, 1)} {dg(r, 3)} {dg(r, 3)} {dg(r, 3)} {dg(r, 3)}"]
    ),
    "NJ": lambda r: r.choice([up(r, 1) + dg(r, 14), f"{up(r, 1)}{dg(r, 4)} {dg(r, 5)} {dg(r, 5)}"]),
    "OH": lambda r: up(r, 2) + dg(r, 6),
    "GA": lambda r: dg(r, 9),
    "MA": lambda r: "S" + dg(r, 8),
    "AZ": lambda r: up(r, 1) + dg(r, 8),
    "CO": lambda r: f"{dg(r, 2)}-{dg(r, 3)}-{dg(r, 4)}",
    "MN": lambda r: up(r, 1) + dg(r, 12),
}


def make_ip(r):
    while True:
        ip = ipaddress.IPv4Address(r.getrandbits(32))
        if ip.is_global and not ip.is_multicast:
            return str(ip)


def make_ip6(r):
    pre = r.choice(
        ["2a02:8109", "2001:16b8", "2600:1700", "2a01:e0a", "2405:201", "2804:14c", "2c0f:f7a8", "240e:3b7"]
    )
    groups = [f"{r.getrandbits(16):x}" for _ in range(6)]
    if r.random() < 0.5:
        return f"{pre}:{groups[0]}:{groups[1]}::{groups[2]}"
    return f"{pre}:" + ":".join(groups)


# ----------------------------------------------------------------------------------------------------------
# hard negatives (never labelled)
# ----------------------------------------------------------------------------------------------------------
PUBLIC = (
    "Lionel Messi|Taylor Swift|Shakira|Jacinda Ardern|Haruki Murakami|Oprah Winfrey|Serena Williams|Pope Francis|"
    "Cristiano Ronaldo|Angela Merkel|Chimamanda Ngozi Adichie|Lewis Hamilton|Greta Thunberg|Rafael Nadal|BTS"
)
COMPANIES = (
    "Maersk|DHL|Siemens|Samsung|Toyota|IKEA|Uber|Shopee|Grab|Jumia|Mercado Libre|Airbus|Vodafone|Safaricom"
)
TEAMS = "Arsenal|Boca Juniors|Kaizer Chiefs|Galatasaray|Yomiuri Giants|Flamengo|Al Ahly|Ajax|the All Blacks"
JOBS = (
    "shift supervisor|duty manager|paramedic|site lead|line cook|warehouse operative|night porter|team lead|"
    "senior technician|dispatcher|HR business partner|store manager|charge nurse"
)
STORMS = "Storm Ciarán|Typhoon Haikui|Hurricane Otis|Cyclone Freddy|Storm Babet|Typhoon Doksuri"
DISEASES = "norovirus|dengue|measles|influenza A|COVID-19|chickenpox|heat exhaustion|hypothermia"
ROLE_LOCAL = "support|noreply|no-reply|info|dispatch|bookings|claims|hr|payroll|office|frontdesk|help|ops|press|welfare"
ROLE_DOM = (
    "example-freight.com|harbourline.eu|alpinerescue.org|medilink.health|fastfix.co|solarwise.net|pitstop.io"
)
COUNTRIES = "Portugal|Kenya|Japan|Brazil|Canada|Germany|India|Mexico|Norway|Morocco|Vietnam|Chile"
CCY = [
    "€{a},{c}",
    "€{a}.{c}",
    "${a}.{c}",
    "£{a}.{c}",
    "R$ {a},{c}",
    "¥{a}",
    "₹{a}",
    "{a} ₽",
    "KES {a}",
    "AED {a}",
    "{a},{c} zł",
    "CHF {a}.{c}",
    "{a} kr",
    "Rp {a}.000",
    "₦{a},000",
]


def neg(r, k, ctx):
    if k == "ORD":
        return pick(
            r, [f"#{dg(r, 6)}", f"ORD-{dg(r, 7)}", f"{up(r, 2)}{dg(r, 8)}", f"SO-{dg(r, 4)}-{dg(r, 4)}"]
        )
    if k == "TKT":
        return pick(
            r, [f"INC{dg(r, 7)}", f"CASE-{dg(r, 6)}", f"SR{dg(r, 8)}", f"#{dg(r, 5)}", f"TCK-{dg(r, 5)}"]
        )
    if k == "TRK":
        return pick(
            r,
            [
                f"1Z{up(r, 6, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}{dg(r, 10)}",
                f"JD0146{dg(r, 12)}",
                f"RR{dg(r, 9)}GB",
                f"LX{dg(r, 9)}CN",
                f"{dg(r, 12)}",
            ],
        )
    if k == "PNR":
        return up(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    if k == "FLT":
        return f"{pick(r, 'TP|LH|EK|QR|KQ|AI|JL|LA|FR|U2|TK')}{r.choice(['', ' '])}{r.randint(10, 2999)}"
    if k == "DATE":
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.choice([2024, 2025, 2026])
        mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
        return pick(
            r, [f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {mon}", f"{mon} {d}", f"{d}.{m}.{y}"]
        )
    if k == "TIME":
        h, mi = r.randint(0, 23), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
        return pick(
            r,
            [f"{h:02d}:{mi:02d}", f"{h % 12 or 12}.{mi:02d}{'am' if h < 12 else 'pm'}", f"{h:02d}h{mi:02d}"],
        )
    if k == "AMT":
        return r.choice(CCY).format(a=r.randint(3, 2400), c=f"{r.randint(0, 99):02d}")
    if k == "PCT":
        return f"{r.randint(1, 99)}{r.choice(['', '.5'])}%"
    if k == "VER":
        return pick(
            r,
            [
                f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
                f"fw {r.randint(1, 4)}.{r.randint(0, 99):02d}",
                f"build {r.randint(1000, 9999)}",
            ],
        )
    if k == "STORE":
        return pick(
            r,
            [f"store #{dg(r, 4)}", f"branch {dg(r, 3)}", f"depot {up(r, 3)}-{dg(r, 2)}", f"site {dg(r, 3)}"],
        )
    if k == "L4":
        return pick(r, [f"**** {dg(r, 4)}", f"ending {dg(r, 4)}", f"x{dg(r, 4)}", f"•••• {dg(r, 4)}"])
    if k == "OTP":
        return dg(r, 6)
    if k == "POL":
        return pick(r, [f"POL-{dg(r, 4)}-{dg(r, 3)}", f"{up(r, 3)}/{dg(r, 7)}", f"P{dg(r, 9)}"])
    if k == "PUB":
        return pick(r, PUBLIC)
    if k == "CO":
        return pick(r, COMPANIES)
    if k == "TEAM":
        return pick(r, TEAMS)
    if k == "JOB":
        return pick(r, JOBS)
    if k == "STORM":
        return pick(r, STORMS)
    if k == "DIS":
        return pick(r, DISEASES)
    if k == "CTRY":
        return pick(r, COUNTRIES)
    if k == "CITY":
        return pick(r, ctx.L["cities"])
    if k == "RM":
        return f"{pick(r, ROLE_LOCAL)}@{pick(r, ROLE_DOM)}"
    if k == "NUM":
        return str(r.randint(2, 60))
    if k == "PLATE":
        return pick(
            r,
            [
                f"{up(r, 2)}{dg(r, 2)} {up(r, 3)}",
                f"{up(r, 3)}-{dg(r, 4)}",
                f"{up(r, 1)}-{up(r, 2)} {dg(r, 4)}",
            ],
        )
    if k == "VIN":
        return up(r, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    if k == "SERIAL":
        return f"SN{up(r, 2)}{dg(r, 8)}"
    raise KeyError(k)


NEG_KEYS = [
    "ORD",
    "TKT",
    "TRK",
    "PNR",
    "FLT",
    "DATE",
    "TIME",
    "AMT",
    "PCT",
    "VER",
    "STORE",
    "L4",
    "OTP",
    "POL",
    "PUB",
    "CO",
    "TEAM",
    "JOB",
    "STORM",
    "DIS",
    "CTRY",
    "CITY",
    "RM",
    "NUM",
    "PLATE",
    "VIN",
    "SERIAL",
]


# ----------------------------------------------------------------------------------------------------------
# rendering engine: templates are strings with ⟨FIELD⟩ slots; literal text and values are cased per row
# ----------------------------------------------------------------------------------------------------------
SLOT = re.compile(r"⟨([^⟩]*)⟩")


class Ctx:
    def __init__(self, r, lc, us=False, case=None, typos=False):
        self.r, self.lc, self.L, self.us, self.case, self.typos = r, lc, LOC[lc], us, case, typos
        self.parts, self.spans, self.brands, self.pos = [], [], [], 0
        self.people = {}
        self.state = r.choice(list(US_STATES))
        self.memo = {}

    def cs(self, s):
        return s.lower() if self.case == "lower" else s.upper() if self.case == "upper" else s

    def lit(self, s):
        if not s:
            return
        if self.typos and self.r.random() < 0.35:
            s = typo(self.r, s)
        s = self.cs(s)
        self.parts.append(s)
        self.pos += len(s)

    def ent(self, label, v, keep_case=False):
        v = v if keep_case else self.cs(v)
        v2 = v.strip()
        assert v2 == v and v, (label, v)
        self.spans.append({"label": label, "start": self.pos, "end": self.pos + len(v), "value": v})
        self.parts.append(v)
        self.pos += len(v)

    def brand(self, b):
        b = self.cs(b)
        self.brands.append(b)
        self.parts.append(b)
        self.pos += len(b)

    def raw(self, s):  # never typo'd, still cased (used for negatives and separators)
        s = self.cs(s)
        self.parts.append(s)
        self.pos += len(s)

    def person(self, key):
        if key not in self.people:
            lc = self.lc
            if key[0] == "X":
                lc = self.r.choice(list(LOC))
            self.people[key] = Person(self.r, lc)
        return self.people[key]

    def lines(self, lines, sep):
        lines = [x for x in lines if x]
        for i, ln in enumerate(lines):
            if i:
                self.raw(sep)
            self.ent("STREET_ADDRESS", ln)

    def address(self):
        if "addr" not in self.memo:
            self.memo["addr"] = addr_us(self.r, self.state) if self.us else self.L["addr"](self.r)
        return self.memo["addr"]

    def text(self):
        return "".join(self.parts)


def typo(r, s):
    words = s.split(" ")
    cand = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not cand:
        return s
    i = r.choice(cand)
    w = words[i]
    j = r.randrange(1, len(w) - 2)
    w = r.choice([w[:j] + w[j + 1] + w[j] + w[j + 2 :], w[:j] + w[j + 1 :], w[:j] + w[j] + w[j:]])
    words[i] = w
    return " ".join(words)


PERSON_FORMS = {
    "full": lambda p: p.full,
    "g": lambda p: p.g or p.full,
    "s": lambda p: p.surname(),
    "i": lambda p: p.initial(),
    "sg": lambda p: p.sg(),
    "caps": lambda p: p.full.upper(),
    "low": lambda p: p.full.lower(),
    "n": lambda p: p.native(),
    "h": lambda p: p.handle(),
    "air": lambda p: p.air(),
}


def render_slot(ctx, slot):
    r = ctx.r
    if slot.startswith("?"):
        ctx.lit(r.choice(slot[1:].split("|")))
        return
    head, _, form = slot.partition(".")
    if re.fullmatch(r"[PX]\d", head):
        p = ctx.person(head)
        form = form or "full"
        if form == "any":
            form = r.choice(["full", "full", "g", "n", "i", "low"])
        if form == "t":
            ctx.raw(p.title())
        elif form == "ts":
            ctx.raw(p.tsuf())
        elif form == "e":
            ctx.ent("EMAIL_ADDRESS", p.email())
        elif form == "ph":
            ctx.ent("PHONE_NUMBER", p.phone(), keep_case=True)
        elif form == "sex":
            ctx.raw(r.choice(["M", "male"]) if p.sex == "m" else r.choice(["F", "female"]))
        else:
            ctx.ent("PERSON", PERSON_FORMS[form](p))
        return
    if head == "A":
        lines = ctx.address()
        if form == "ml":
            ctx.lines(lines, "\n")
        elif form == "first":
            ctx.ent("STREET_ADDRESS", lines[0])
        else:
            ctx.ent("STREET_ADDRESS", ", ".join(x for x in lines if x))
        return
    if head == "PH":
        reg = "US" if ctx.us else ctx.L["reg"]
        intl = True if form == "i" else (False if form == "nat" else None)
        ctx.ent(
            "PHONE_NUMBER",
            fmt_phone(r, reg, ctx.L, intl=intl, ext=True if form == "x" else None),
            keep_case=True,
        )
        return
    if head == "CC":
        ctx.ent("CREDIT_CARD", make_card(r))
    elif head == "IBAN":
        cc = ctx.L["iban"] or r.choice(["DE", "FR", "NL", "GB", "ES", "IT"])
        ctx.ent("IBAN_CODE", make_iban(r, cc), keep_case=True)
    elif head == "SSN":
        ctx.ent("US_SSN", make_ssn(r))
    elif head == "DL":
        ctx.ent("US_DRIVER_LICENSE", DL_FMT[ctx.state](r), keep_case=True)
    elif head == "DLST":
        ctx.raw(ctx.state if form == "c" else US_STATES[ctx.state][0])
    elif head == "IP":
        ctx.ent("IP_ADDRESS", make_ip(r))
    elif head == "IP6":
        ctx.ent("IP_ADDRESS", make_ip6(r))
    elif head == "BR":
        ctx.brand(r.choice(BRANDS))
    elif head == "HB":
        ctx.brand(r.choice(HANDLE_BRANDS))
    elif head in ("hi", "thx"):
        ctx.lit(r.choice(ctx.L[head]))
    elif head in NEG_KEYS:
        key = slot
        if form and key in ctx.memo:  # ⟨ORD.1⟩ repeats the same value
            ctx.raw(ctx.memo[key])
        else:
            v = neg(r, head, ctx)
            ctx.memo[key] = v
            ctx.raw(v)
    else:
        raise KeyError(slot)


def render(ctx, tpl):
    pos = 0
    for m in SLOT.finditer(tpl):
        ctx.lit(tpl[pos : m.start()])
        render_slot(ctx, m.group(1))
        pos = m.end()
    ctx.lit(tpl[pos:])


# ----------------------------------------------------------------------------------------------------------
# genres: (name, [4 templates], PII-free variant); a template is (options, text)
# options: c = may be lower-cased or shouted, l = all lower case, u = SHOUTING, t = typos, us = US resident
# ----------------------------------------------------------------------------------------------------------
GENRES = [
    (
        "mountain rescue / ski patrol",
        [
            (
                "ct",
                "Callout ⟨TKT⟩ at ⟨TIME⟩: party of ⟨NUM⟩ overdue on the ⟨?north ridge|upper couloir|Col route⟩. "
                "Reporting person ⟨P1⟩ (⟨P1.ph⟩) says ⟨P2.g⟩ ⟨P2.s⟩ left the hut at ⟨TIME⟩. ⟨STORM⟩ warning in force, "
                "suspected ⟨DIS⟩. Next of kin address on file: ⟨A⟩. Heli tasked via ⟨CO⟩.",
            ),
            (
                "",
                "PATROL INCIDENT FORM\nRun: ⟨?Black 4|Red 12|Piste 7⟩\nPatroller: ⟨P2.i⟩ (badge ⟨NUM⟩)\n"
                "Injured: ⟨P1.sg⟩\nDOB: ⟨DATE⟩\nHome address:\n⟨A.ml⟩\nContact: ⟨PH⟩\nLift pass: ⟨SERIAL⟩\n"
                "Insurer: ⟨BR⟩ policy ⟨POL⟩",
            ),
            (
                "t",
                "[⟨TIME⟩] base: copy team 2, casualty name?\n[⟨TIME⟩] team2: ⟨P1.low⟩, conscious, knee\n"
                "[⟨TIME⟩] base: partner ⟨P2.g⟩ on ⟨P2.ph⟩ wants callback\n[⟨TIME⟩] team2: roger, sled down to ⟨STORE⟩",
            ),
            (
                "",
                "callout_id,reported_by,phone,casualty,outcome\n⟨TKT⟩,⟨P1⟩,⟨PH.i⟩,⟨P2⟩,evacuated by heli\n"
                "⟨TKT⟩,⟨P3.g⟩,⟨P3.ph⟩,⟨P3.g⟩,walked out\n⟨TKT⟩,hut warden,,unknown,stood down",
            ),
        ],
        "Avalanche bulletin ⟨DATE⟩: danger level 3 above 2200 m. Patrol closed the Combe run after ⟨STORM⟩. "
        "Lift ⟨STORE⟩ reopens at ⟨TIME⟩. Questions: ⟨RM⟩",
    ),
    (
        "lifeguard log",
        [
            (
                "c",
                "⟨DATE⟩ ⟨TIME⟩ flag RED. Rescue #⟨NUM⟩: swimmer ⟨P1⟩ pulled from rip near tower 3 by ⟨P2.g⟩. "
                "Parent ⟨X1⟩ contacted on ⟨PH⟩. Water temp ⟨NUM⟩°C, jellyfish warning (⟨DIS⟩ kit used).",
            ),
            (
                "",
                "Tower | Guard | Time | Event\n3 | ⟨P1.i⟩ | ⟨TIME⟩ | lost child, reunited w/ parent ⟨P2.g⟩\n"
                "5 | ⟨P3.g⟩ | ⟨TIME⟩ | first aid, sting\n1 | ⟨P1.i⟩ | ⟨TIME⟩ | ⟨PCT⟩ capacity, car park full",
            ),
            (
                "t",
                "guard notes - ⟨P1.h⟩\nkid wandered off, parent ⟨P2.full⟩ ⟨P2.ph⟩ staying at ⟨A⟩\nfound at kiosk ⟨TIME⟩\n"
                "sunscreen sponsored by ⟨BR⟩ lol",
            ),
            (
                "",
                '{"beach":"⟨CITY⟩ North","rescue_id":"⟨TKT⟩","swimmer":"⟨P1⟩","guard":"⟨P2.h⟩","guardian_phone":"⟨PH.i⟩",'
                '"ems":false,"flag":"yellow"}',
            ),
        ],
        "Beach report ⟨DATE⟩: ⟨NUM⟩ rescues, ⟨NUM⟩ first aids, flags red after ⟨TIME⟩. Tower 4 staffed by ⟨TEAM⟩ juniors.",
    ),
    (
        "ambulance SBAR handover",
        [
            (
                "",
                "S: ⟨P1.caps⟩, ⟨NUM⟩y ⟨P1.sex⟩, fall at home ⟨A⟩\nB: lives alone, NOK ⟨P2.g⟩ ⟨P2.ph⟩, "
                "hx ⟨DIS⟩\nA: GCS 14, BP 148/92, SpO2 ⟨PCT⟩\nR: CT head, call GP ⟨P3.t⟩ ⟨P3.s⟩ re meds",
            ),
            (
                "ct",
                "Handover ⟨TIME⟩ from crew ⟨STORE⟩: pt is ⟨P1.g⟩ ⟨P1.s⟩, found by neighbour ⟨P2.full⟩ outside "
                "⟨A.first⟩. Query ⟨DIS⟩. Wife/husband reachable on ⟨P1.ph⟩. Run no ⟨TKT⟩.",
            ),
            (
                "",
                "ePCR export\nincident: ⟨TKT⟩\npatient_name: ⟨P1.sg⟩\naddress:\n⟨A.ml⟩\nnok: ⟨P2⟩ (⟨PH⟩)\n"
                "crew: ⟨P3.i⟩ / ⟨P4.i⟩\nhospital: ⟨CITY⟩ General\neta: ⟨TIME⟩",
            ),
            (
                "l",
                "pt ⟨P1.g⟩ again, 3rd time this month. ⟨DIS⟩?? relative ⟨P2.h⟩ on whatsapp ⟨PH⟩. "
                "left at ⟨CITY⟩ ED bay 4 ⟨TIME⟩",
            ),
        ],
        "Crew ⟨STORE⟩ handover ⟨TIME⟩: ⟨NUM⟩ calls, ⟨NUM⟩ conveyed, ⟨DIS⟩ cluster at care home. Vehicle ⟨PLATE⟩ off road.",
    ),
    (
        "telehealth intake",
        [
            (
                "",
                "Video visit ⟨TKT⟩\nPatient: ⟨P1⟩\nEmail: ⟨P1.e⟩\nPhone: ⟨PH⟩\nSession IP: ⟨IP⟩\nReason: ⟨DIS⟩ "
                "symptoms ⟨NUM⟩ days\nCard on file: ⟨L4⟩\nClinician: ⟨P2.t⟩ ⟨P2.s⟩",
            ),
            (
                "c",
                "⟨hi⟩, I'm ⟨P1.g⟩ ⟨P1.s⟩ and my video keeps freezing at ⟨PCT⟩. I'm on ⟨BR⟩ wifi, IP shows ⟨IP6⟩. "
                "Can ⟨P2.t⟩ ⟨P2.s⟩ just ring me at ⟨P1.ph⟩ instead? ⟨thx⟩",
            ),
            (
                "",
                "<intake><patient>⟨P1⟩</patient><dob>⟨DATE⟩</dob><addr>⟨A⟩</addr><payer>⟨BR⟩</payer>"
                "<card>⟨CC⟩</card><ver>⟨VER⟩</ver></intake>",
            ),
            (
                "t",
                "waiting room chat ⟨TIME⟩\n⟨P1.h⟩: is dr ⟨P2.s⟩ running late?\nbot: Your clinician will join shortly. "
                "Queue position ⟨NUM⟩.\n⟨P1.h⟩: ok pls text ⟨P1.ph⟩ when ready",
            ),
        ],
        "Telehealth status ⟨DATE⟩: video provider ⟨VER⟩ rolled out, ⟨PCT⟩ of sessions dropped between ⟨TIME⟩ "
        "and ⟨TIME⟩. Contact ⟨RM⟩.",
    ),
    (
        "dental lab order",
        [
            (
                "",
                "LAB RX ⟨ORD⟩\nDentist: ⟨P2.t⟩ ⟨P2.full⟩\nPatient: ⟨P1.sg⟩\nTooth 36, zirconia crown, shade A2\n"
                "Due: ⟨DATE⟩\nReturn to practice, ⟨A⟩",
            ),
            (
                "t",
                "hi ⟨P3.g⟩ - case for ⟨P1.i⟩ came back w/ open contact again, pls remake, courier ⟨TRK⟩. "
                "pt phone ⟨PH⟩ if u need to check bite. ⟨P2.g⟩",
            ),
            (
                "",
                "case_no\tpatient\tdentist\titem\tstatus\n⟨ORD⟩\t⟨P1⟩\t⟨P2.i⟩\tnight guard\tshipped\n"
                "⟨ORD⟩\t⟨P3.caps⟩\t⟨P2.i⟩\timplant abutment\ton hold",
            ),
            (
                "c",
                "Invoice ⟨ORD⟩ for ⟨P1.full⟩'s bridge: ⟨AMT⟩. Pay to ⟨IBAN⟩ by ⟨DATE⟩. Questions to ⟨P2.e⟩.",
            ),
        ],
        "Lab notice: shade guide ⟨VER⟩ replaces the old one from ⟨DATE⟩; zirconia prices up ⟨PCT⟩. ⟨RM⟩",
    ),
    (
        "optician prescription",
        [
            (
                "",
                "SPECTACLE PRESCRIPTION\nName: ⟨P1.caps⟩\nAddress: ⟨A⟩\nR: -2.25 / -0.50 x 180\nL: -2.00 / -0.75 x 170\n"
                "Optometrist: ⟨P2.i⟩\nRecall: ⟨DATE⟩",
            ),
            (
                "c",
                "⟨hi⟩ ⟨P1.t⟩ ⟨P1.s⟩, your glasses (job ⟨ORD⟩) are ready at ⟨STORE⟩. Balance ⟨AMT⟩. "
                "Call ⟨PH⟩ to book a fitting. ⟨BR⟩ Optical",
            ),
            (
                "",
                "frames_order.csv\ncustomer,email,frame,lens,paid_with\n⟨P1⟩,⟨P1.e⟩,Aviator 54,varifocal,⟨CC⟩\n"
                "⟨P2⟩,⟨P2.e⟩,Round 48,single vision,cash",
            ),
            (
                "lt",
                "my flatmate ⟨P1.g⟩ picked up the wrong pair, theyre labelled ⟨P2.full⟩ !! we live at ⟨A⟩, "
                "pls send someone. order ⟨ORD⟩",
            ),
        ],
        "Eye test promo: ⟨PCT⟩ off frames until ⟨DATE⟩ at ⟨STORE⟩. Lenses by ⟨CO⟩.",
    ),
    (
        "driving-school booking",
        [
            (
                "us",
                "Booking ⟨ORD⟩ confirmed. Student: ⟨P1⟩. Learner permit (⟨DLST⟩): ⟨DL⟩. Pickup at ⟨A⟩ on "
                "⟨DATE⟩ ⟨TIME⟩. Instructor: ⟨P2.g⟩. Questions? ⟨PH⟩",
            ),
            (
                "us",
                "STUDENT\t⟨P1.sg⟩\nDL#\t⟨DL⟩ (⟨DLST.c⟩)\nDOB\t⟨DATE⟩\nPHONE\t⟨PH⟩\nPARENT\t⟨P2⟩\nPACKAGE\t10 hrs ⟨AMT⟩",
            ),
            (
                "ct",
                "⟨hi⟩! ⟨P1.g⟩ here, can I move my lesson from ⟨TIME⟩ to ⟨TIME⟩? My exam is ⟨DATE⟩ "
                "at the ⟨CITY⟩ centre. Instructor ⟨P2.s⟩ said ok. ⟨thx⟩",
            ),
            (
                "",
                "[⟨TIME⟩] ⟨P2.h⟩: running 10 min late, stuck behind a ⟨CO⟩ truck\n[⟨TIME⟩] ⟨P1.h⟩: np, I'm "
                "outside ⟨A.first⟩\n[⟨TIME⟩] ⟨P2.h⟩: 👍",
            ),
        ],
        "Theory test dates for ⟨DATE⟩ open at ⟨TIME⟩. Pass rate last quarter ⟨PCT⟩. Car ⟨PLATE⟩ in for service.",
    ),
    (
        "exam invigilation report",
        [
            (
                "",
                "Invigilator report - paper ⟨SERIAL⟩, room ⟨NUM⟩\nCandidate ⟨NUM⟩ (⟨P1.sg⟩) phone rang at ⟨TIME⟩, "
                "confiscated. Candidate ⟨NUM⟩ (⟨P2.full⟩) left ill, ⟨DIS⟩.\nSigned: ⟨P3.i⟩",
            ),
            (
                "c",
                "Late arrival: ⟨P1⟩ arrived at ⟨TIME⟩ after a ⟨CO⟩ train delay; admitted per policy. Parent "
                "⟨P2.t⟩ ⟨P2.s⟩ called ⟨PH⟩.",
            ),
            (
                "",
                "seat,candidate,incident,action\nA4,⟨P1.g⟩ ⟨P1.s⟩,notes in pencil case,reported\nB2,⟨P2.caps⟩,"
                "toilet break ⟨TIME⟩,escorted\nC7,-,empty,-",
            ),
            (
                "t",
                "hey ⟨P3.g⟩, kid in row D (⟨P1.low⟩) had a smartwatch, ⟨BR⟩ brand i think. logged it. ~⟨P2.g⟩",
            ),
        ],
        "Exam season ⟨DATE⟩: ⟨NUM⟩ rooms, ⟨NUM⟩ invigilators, ⟨PCT⟩ attendance. Fire drill at ⟨TIME⟩.",
    ),
    (
        "notary appointment",
        [
            (
                "us",
                "Notary log #⟨NUM⟩ ⟨DATE⟩\nSigner: ⟨P1⟩\nID: ⟨DLST⟩ driver license ⟨DL⟩\nAddress: ⟨A⟩\n"
                "Document: power of attorney\nFee: ⟨AMT⟩",
            ),
            (
                "c",
                "Dear ⟨P1.t⟩ ⟨P1.s⟩, your appointment with notary ⟨P2.t⟩ ⟨P2.full⟩ is on ⟨DATE⟩ at ⟨TIME⟩. "
                "Please bring ID. Deposit to ⟨IBAN⟩, ref ⟨ORD⟩.",
            ),
            ("", "Parties:\n1. ⟨P1.sg⟩, residing at ⟨A⟩\n2. ⟨P2.sg⟩, of the same address\nWitness: ⟨P3⟩"),
            (
                "us",
                "mobile notary req: signing at ⟨A⟩ ⟨TIME⟩, signer ⟨P1.g⟩ ⟨P1.s⟩, SSN last 4 only on form, "
                "cell ⟨PH⟩. Title co: ⟨CO⟩ Title",
            ),
        ],
        "Notary office closed ⟨DATE⟩ for the holiday. Apostille fees rise ⟨PCT⟩ from ⟨DATE⟩.",
    ),
    (
        "customs declaration",
        [
            (
                "",
                "CN23 CUSTOMS DECLARATION\nSender: ⟨P1⟩\n⟨A.ml⟩\nTel: ⟨PH.i⟩\nContents: gift, ⟨AMT⟩\n"
                "Tracking: ⟨TRK⟩",
            ),
            (
                "c",
                "Your parcel ⟨TRK⟩ is held by customs. Import duty ⟨AMT⟩. Recipient ⟨P1.full⟩ must pay at "
                "⟨STORE⟩ or online. Do not reply to ⟨RM⟩.",
            ),
            (
                "",
                '{"declaration":"⟨SERIAL⟩","consignee":{"name":"⟨P1⟩","email":"⟨P1.e⟩","address":"⟨A⟩"},'
                '"hs_code":"6109.10","value":"⟨AMT⟩"}',
            ),
            (
                "lt",
                "customs kept my package from ⟨CTRY⟩ for 3 weeks, its just clothes my cousin ⟨P2.g⟩ sent. "
                "reciever name ⟨P1.low⟩ address ⟨A⟩. ⟨HB⟩ help??",
            ),
        ],
        "Customs notice ⟨DATE⟩: de minimis threshold changes to ⟨AMT⟩; ⟨PCT⟩ of parcels from ⟨CTRY⟩ inspected.",
    ),
    (
        "freight-forwarder notes",
        [
            (
                "",
                "Shipment ⟨ORD⟩ / BL ⟨SERIAL⟩\nShipper: ⟨CO⟩\nNotify party: ⟨P1⟩, ⟨PH.i⟩\nDeliver to: ⟨A⟩\n"
                "Vessel ETA ⟨DATE⟩",
            ),
            (
                "t",
                "note from ⟨P2.g⟩: consignee ⟨P1.s⟩ refuses delivery until ⟨TIME⟩, call ⟨P1.ph⟩ first. "
                "container ⟨SERIAL⟩ demurrage ⟨AMT⟩/day",
            ),
            (
                "",
                "ref\tcontact\temail\tstatus\n⟨ORD⟩\t⟨P1.i⟩\t⟨P1.e⟩\tcustoms hold\n⟨ORD⟩\t⟨P2.i⟩\t⟨RM⟩\tdelivered",
            ),
            (
                "c",
                "Please pay the handling invoice ⟨ORD⟩ (⟨AMT⟩) to ⟨IBAN⟩ in name of ⟨P1.full⟩ as agreed with ⟨P2.g⟩.",
            ),
        ],
        "Port congestion update ⟨DATE⟩: ⟨CO⟩ vessels delayed ⟨NUM⟩ days, storm ⟨STORM⟩. Rates +⟨PCT⟩.",
    ),
    (
        "warehouse pick exception",
        [
            (
                "",
                "PICK EXCEPTION ⟨TKT⟩\nOrder: ⟨ORD⟩\nPicker: ⟨P2.h⟩\nIssue: short pick 2/3\nCustomer: ⟨P1⟩\n"
                "Ship-to: ⟨A⟩",
            ),
            (
                "l",
                "⟨TIME⟩ bin C-14 empty again, order ⟨ORD⟩ for ⟨P1.g⟩ ⟨P1.s⟩ on hold. told ⟨P2.g⟩ on nights",
            ),
            (
                "",
                "exception_id,order,picker_login,reason,customer_phone\n⟨TKT⟩,⟨ORD⟩,⟨P2.h⟩,damaged,⟨PH⟩\n"
                "⟨TKT⟩,⟨ORD⟩,⟨P3.h⟩,mislabel,\n⟨TKT⟩,⟨ORD⟩,scanner-bot,timeout,",
            ),
            (
                "c",
                "Team, ⟨P2.full⟩ found a ⟨BR⟩ return slip with ⟨P1.full⟩'s card ⟨CC⟩ printed in full. Shredded, "
                "logged as ⟨TKT⟩.",
            ),
        ],
        "Wave ⟨NUM⟩ released ⟨TIME⟩, pick rate ⟨PCT⟩, ⟨NUM⟩ exceptions, scanner firmware ⟨VER⟩.",
    ),
    (
        "temp-agency timesheet",
        [
            (
                "",
                "Week ending ⟨DATE⟩\nWorker: ⟨P1.sg⟩\nSite: ⟨CO⟩ ⟨STORE⟩\nMon 8h Tue 8h Wed 6h\nPay to: ⟨IBAN⟩\n"
                "Approved by: ⟨P2.i⟩",
            ),
            (
                "ct",
                "⟨hi⟩ its ⟨P1.g⟩, my timesheet for ⟨DATE⟩ is missing 6 hours, supervisor ⟨P2.g⟩ ⟨P2.s⟩ signed it. "
                "pls call ⟨P1.ph⟩",
            ),
            ("", "worker,id,hours,rate,email\n⟨P1⟩,W⟨NUM⟩,38.5,⟨AMT⟩,⟨P1.e⟩\n⟨P2⟩,W⟨NUM⟩,40,⟨AMT⟩,⟨P2.e⟩"),
            (
                "",
                "Placement confirmation\n⟨P1.full⟩ will start as ⟨JOB⟩ at ⟨CO⟩ on ⟨DATE⟩. Report to ⟨P2.t⟩ "
                "⟨P2.s⟩. Home address for payslips: ⟨A⟩",
            ),
        ],
        "Agency notice: timesheets due ⟨TIME⟩ Friday; holiday pay ⟨PCT⟩; new client ⟨CO⟩.",
    ),
    (
        "payroll dispute",
        [
            (
                "us",
                "Employee ⟨P1⟩ (SSN ⟨SSN⟩) disputes W-2 box 1; says ⟨AMT⟩ missing. Manager ⟨P2.i⟩. Case ⟨TKT⟩.",
            ),
            (
                "ct",
                "⟨hi⟩, this is ⟨P1.full⟩ from the ⟨CITY⟩ ⟨STORE⟩. My salary went to my old account, new one is ⟨IBAN⟩. "
                "Please fix before ⟨DATE⟩.",
            ),
            (
                "us",
                "PAYROLL CHANGE FORM\nName: ⟨P1.sg⟩\nSSN: ⟨SSN⟩\nAddress:\n⟨A.ml⟩\nPhone: ⟨PH⟩\n"
                "Reason: garnishment error ⟨AMT⟩",
            ),
            (
                "",
                "[⟨TIME⟩] ⟨P1.h⟩: payroll still wrong 😡\n[⟨TIME⟩] ⟨P2.h⟩: raised with ⟨RM⟩, ticket ⟨TKT⟩\n"
                "[⟨TIME⟩] ⟨P1.h⟩: ⟨thx⟩",
            ),
        ],
        "Payroll calendar ⟨DATE⟩: cut-off ⟨TIME⟩, bonus ⟨PCT⟩, provider ⟨CO⟩ migrating to ⟨VER⟩.",
    ),
    (
        "pension claim",
        [
            (
                "",
                "Claim for survivor's pension\nDeceased: ⟨P2.sg⟩\nClaimant: ⟨P1.full⟩ (spouse)\nAddress: ⟨A⟩\n"
                "Bank: ⟨IBAN⟩\nPolicy ⟨POL⟩",
            ),
            (
                "c",
                "Dear ⟨P1.t⟩ ⟨P1.s⟩, your pension claim ⟨TKT⟩ is approved from ⟨DATE⟩; ⟨AMT⟩ per month. Enquiries ⟨RM⟩.",
            ),
            (
                "t",
                "Ring from ⟨P1.g⟩ ⟨P1.s⟩'s relative ⟨P2.g⟩, says the member moved to ⟨A⟩, wants letters there. Call back ⟨PH⟩.",
            ),
            (
                "",
                "<claim id='⟨TKT⟩'><member>⟨P1.caps⟩</member><phone>⟨PH.i⟩</phone><iban>⟨IBAN⟩</iban></claim>",
            ),
        ],
        "Pension increase of ⟨PCT⟩ applies from ⟨DATE⟩. Payment dates unchanged. ⟨RM⟩",
    ),
    (
        "tax-preparer notes",
        [
            (
                "us",
                "Client: ⟨P1⟩ + spouse ⟨P2.g⟩\nSSN ⟨SSN⟩ / ⟨SSN⟩\nAddr ⟨A⟩\nDependents: 2\nRefund est ⟨AMT⟩\n"
                "ID checked: DL ⟨DL⟩ (⟨DLST.c⟩)",
            ),
            (
                "us",
                "tax appt notes ⟨DATE⟩: ⟨P1.g⟩ brought 1099s from ⟨CO⟩ and ⟨BR⟩. forgot HSA form. cell ⟨PH⟩. "
                "follow up ⟨TIME⟩",
            ),
            ("ct", "⟨hi⟩ ⟨P2.g⟩, ⟨P1.full⟩ here - the tax office wants my refund IBAN again: ⟨IBAN⟩. ⟨thx⟩"),
            ("us", "name,ssn,filing_status,preparer\n⟨P1⟩,⟨SSN⟩,MFJ,⟨P2.h⟩\n⟨P3⟩,⟨SSN⟩,single,⟨P2.h⟩"),
        ],
        "Tax season hours: Mon-Sat ⟨TIME⟩-⟨TIME⟩ until ⟨DATE⟩. E-file rejections ⟨PCT⟩ this week.",
    ),
    (
        "private-investigator report",
        [
            (
                "",
                "SURVEILLANCE LOG ⟨DATE⟩\n⟨TIME⟩ subject ⟨P1.caps⟩ left ⟨A⟩ in vehicle ⟨PLATE⟩\n⟨TIME⟩ met "
                "unknown male at ⟨CO⟩ café\n⟨TIME⟩ returned home\nOperative: ⟨P2.i⟩",
            ),
            ("us", "Skip trace result: ⟨P1⟩, DOB ⟨DATE⟩, ⟨DLST⟩ DL ⟨DL⟩, last known ⟨A⟩, cell ⟨PH⟩."),
            (
                "c",
                "Client ⟨P3.t⟩ ⟨P3.s⟩ asked us to find their birth parent ⟨P1.full⟩; lead: a phone ⟨PH⟩ and "
                "email ⟨P1.e⟩. Retainer ⟨AMT⟩.",
            ),
            ("", "subject\tassociates\tlast_seen\n⟨P1.sg⟩\t⟨P2.g⟩, ⟨P4.full⟩\t⟨CITY⟩, ⟨DATE⟩"),
        ],
        "Agency update: licence renewal ⟨DATE⟩, ⟨NUM⟩ open files, no surveillance during ⟨STORM⟩.",
    ),
    (
        "locksmith call-out",
        [
            (
                "ct",
                "Job ⟨TKT⟩ ⟨TIME⟩: lockout at ⟨A⟩, customer ⟨P1⟩ ⟨P1.ph⟩, proof of residence checked. "
                "Paid ⟨AMT⟩ card ⟨L4⟩.",
            ),
            (
                "",
                "CALL-OUT SHEET\nName: ⟨P1.sg⟩\nAddress:\n⟨A.ml⟩\nLock: euro cylinder\nTech: ⟨P2.g⟩\nCard: ⟨CC⟩",
            ),
            (
                "l",
                "⟨P1.h⟩: locked out again 🙈 pls come ⟨A⟩\nlocksmith: 40 mins, ⟨AMT⟩ call out ok?\n⟨P1.h⟩: yes",
            ),
            ("", "Review ⟨DATE⟩: ⟨P2.g⟩ the locksmith was great, 10 min, paid via ⟨BR⟩ app. — ⟨P1.i⟩"),
        ],
        "Locksmith price list ⟨DATE⟩: call-out ⟨AMT⟩, night rate +⟨PCT⟩, ⟨CITY⟩ area only.",
    ),
    (
        "pest control visit",
        [
            (
                "",
                "Visit report ⟨ORD⟩\nTechnician: ⟨P2.i⟩\nClient: ⟨P1⟩\nSite: ⟨A⟩\nPest: bed bugs, 2nd treatment "
                "⟨DATE⟩\nProduct: ⟨SERIAL⟩",
            ),
            (
                "ct",
                "⟨hi⟩ ⟨P1.g⟩, rats are back in the loft at ⟨A.first⟩. Can ⟨P2.g⟩ come ⟨DATE⟩? my number ⟨PH⟩",
            ),
            (
                "",
                "route,stop,client,phone,notes\n⟨NUM⟩,1,⟨P1⟩,⟨PH⟩,dog in garden\n⟨NUM⟩,2,⟨CO⟩ canteen,,bait boxes",
            ),
            (
                "",
                '{"job":"⟨ORD⟩","tech":"⟨P2.h⟩","client_email":"⟨P1.e⟩","treatment":"wasps","paid":"⟨AMT⟩"}',
            ),
        ],
        "Seasonal notice: wasp nests up ⟨PCT⟩ this summer; book before ⟨DATE⟩. ⟨RM⟩",
    ),
    (
        "boiler / HVAC service ticket",
        [
            (
                "",
                "Service ticket ⟨TKT⟩\nEngineer: ⟨P2.full⟩\nCustomer: ⟨P1.t⟩ ⟨P1.full⟩\n⟨A.ml⟩\nFault: F28 no ignition\n"
                "Parts: PCB ⟨SERIAL⟩",
            ),
            (
                "lt",
                "boiler dead again since ⟨DATE⟩, its freezing, ⟨P1.full⟩ ⟨A⟩, call me ⟨PH⟩. ⟨HB⟩ cover says 48h???",
            ),
            (
                "",
                "tech,customer,appliance,fw,result\n⟨P2.h⟩,⟨P1.i⟩,heat pump,⟨VER⟩,fixed\n⟨P3.h⟩,⟨P4.i⟩,AC split,⟨VER⟩,"
                "parts ordered",
            ),
            (
                "c",
                "Annual service reminder for ⟨P1.full⟩: due ⟨DATE⟩. Pay ⟨AMT⟩ with card ⟨CC⟩ or bank ⟨IBAN⟩.",
            ),
        ],
        "Engineer availability ⟨DATE⟩: ⟨NUM⟩ slots, cold snap from ⟨STORM⟩, boiler parts from ⟨CO⟩ delayed.",
    ),
    (
        "solar install survey",
        [
            (
                "",
                "SITE SURVEY\nHomeowner: ⟨P1⟩\nProperty: ⟨A⟩\nRoof pitch 35°, south\nInverter: ⟨CO⟩ ⟨VER⟩\n"
                "Surveyor: ⟨P2.i⟩\nContact: ⟨P1.e⟩",
            ),
            (
                "ct",
                "⟨hi⟩ ⟨P1.g⟩, ⟨P2.g⟩ from ⟨BR⟩ Solar here - scaffold arrives ⟨DATE⟩ ⟨TIME⟩, please move car ⟨PLATE⟩.",
            ),
            (
                "",
                "lead_id\tname\tphone\tkWp\tquote\n⟨ORD⟩\t⟨P1⟩\t⟨PH⟩\t6.4\t⟨AMT⟩\n⟨ORD⟩\t⟨P2⟩\t⟨P2.ph⟩\t4.1\t⟨AMT⟩",
            ),
            (
                "t",
                "survey notes: ⟨P1.g⟩'s place is the blue house at ⟨A⟩, shading from neighbour ⟨P3.s⟩'s tree. "
                "deposit ⟨AMT⟩ to ⟨IBAN⟩",
            ),
        ],
        "Feed-in tariff drops ⟨PCT⟩ on ⟨DATE⟩. Panels from ⟨CO⟩ back in stock.",
    ),
    (
        "EV-charger fault",
        [
            (
                "",
                "2025-⟨NUM⟩-⟨NUM⟩T⟨TIME⟩Z charger=⟨SERIAL⟩ fw=⟨VER⟩ user=⟨P1.h⟩ ip=⟨IP⟩ err=GROUND_FAULT session=⟨ORD⟩",
            ),
            (
                "ct",
                "charger at ⟨STORE⟩ took ⟨AMT⟩ from my card ⟨L4⟩ and gave 0 kWh. ⟨P1.full⟩, ⟨P1.e⟩. ⟨HB⟩ pls refund",
            ),
            (
                "",
                "Home charger fault report\nOwner: ⟨P1.sg⟩\nInstall address: ⟨A⟩\nPhone: ⟨PH⟩\nWiFi IP: ⟨IP6⟩\n"
                "Installer: ⟨CO⟩",
            ),
            (
                "",
                "ticket,site,user,email,status\n⟨TKT⟩,⟨STORE⟩,⟨P1.h⟩,⟨P1.e⟩,open\n⟨TKT⟩,⟨STORE⟩,fleet-bot,⟨RM⟩,closed",
            ),
        ],
        "Network status: ⟨NUM⟩ chargers offline in ⟨CITY⟩ after firmware ⟨VER⟩. Fix ETA ⟨TIME⟩.",
    ),
    (
        "short-let host messages",
        [
            (
                "c",
                "⟨hi⟩ ⟨P1.g⟩! Welcome. Address is ⟨A⟩, key box code ⟨OTP⟩. Wifi on the fridge. Host ⟨P2.g⟩ ⟨PH.i⟩",
            ),
            (
                "",
                "[⟨TIME⟩] Guest ⟨P1.g⟩: there's no hot water\n[⟨TIME⟩] Host ⟨P2.g⟩: so sorry! plumber ⟨P3.full⟩ coming\n"
                "[⟨TIME⟩] Guest ⟨P1.g⟩: ⟨thx⟩",
            ),
            (
                "",
                "Reservation ⟨PNR⟩\nGuest: ⟨P1⟩ (+⟨NUM⟩)\nEmail: ⟨P1.e⟩\nCheck-in: ⟨DATE⟩\nDamage deposit card: ⟨CC⟩\n"
                "Login IP: ⟨IP⟩",
            ),
            (
                "lt",
                "the guest ⟨P1.low⟩ left a passport and a ⟨BR⟩ card behind, we posted it to ⟨A⟩. tracking ⟨TRK⟩",
            ),
        ],
        "Host tips: check-in after ⟨TIME⟩, occupancy ⟨PCT⟩ this month, city tax ⟨AMT⟩.",
    ),
    (
        "student-housing RA report",
        [
            (
                "",
                "RA INCIDENT REPORT\nBuilding: ⟨?Maple Hall|Block C|Tower 2⟩, room ⟨NUM⟩\nResident: ⟨P1.sg⟩\n"
                "Issue: noise complaint from ⟨P2.g⟩ ⟨P2.s⟩\nRA: ⟨P3.h⟩\nTime: ⟨TIME⟩",
            ),
            ("lt", "floor 3 chat: who took ⟨P1.g⟩'s parcel from the lobby?? it says ⟨P1.full⟩, ⟨A⟩ on it"),
            ("", "room,resident,email,home_phone\n⟨NUM⟩,⟨P1⟩,⟨P1.e⟩,⟨P1.ph⟩\n⟨NUM⟩,⟨P2⟩,⟨P2.e⟩,⟨P2.ph⟩"),
            (
                "c",
                "Welfare check ⟨DATE⟩: ⟨P1.g⟩ not seen for 2 days; parent ⟨P2.full⟩ called from ⟨CTRY⟩ on ⟨P2.ph⟩.",
            ),
        ],
        "Halls notice: fire alarm test ⟨DATE⟩ ⟨TIME⟩, laundry card top-ups ⟨AMT⟩, ⟨DIS⟩ vaccination drop-in.",
    ),
    (
        "genealogy / DNA-match messages",
        [
            (
                "c",
                "⟨hi⟩ ⟨P1.g⟩, we share ⟨NUM⟩ cM on chromosome 7! My grandmother was ⟨P2.full⟩ from ⟨CITY⟩. "
                "Write to me at ⟨P3.e⟩ — ⟨P3.g⟩",
            ),
            (
                "",
                "Tree export\nperson_id,name,born,died\nI⟨NUM⟩,⟨P1⟩,⟨DATE⟩,\nI⟨NUM⟩,⟨P2⟩,⟨DATE⟩,⟨DATE⟩\nI⟨NUM⟩,⟨P4.n⟩,,",
            ),
            ("", "Login alert: user ⟨P1.h⟩ signed in from ⟨IP⟩ (⟨CTRY⟩) at ⟨TIME⟩. Not you? Reply to ⟨RM⟩"),
            ("t", "Found the old letter! addressed to ⟨P2.t⟩ ⟨P2.full⟩, ⟨A⟩. Is that your relative ⟨P1.g⟩?"),
        ],
        "New DNA matches this week: ⟨NUM⟩. Ethnicity update ⟨VER⟩ adds ⟨NUM⟩ regions.",
    ),
    (
        "civil registry",
        [
            (
                "",
                "BIRTH REGISTRATION ⟨SERIAL⟩\nChild: ⟨P1.n⟩\nMother: ⟨P2.n⟩\nFather: ⟨P3.n⟩\nResidence: ⟨A⟩\n"
                "Registered ⟨DATE⟩",
            ),
            (
                "c",
                "Notice of intended marriage between ⟨P1.full⟩ and ⟨P4.full⟩, both of ⟨CITY⟩, on ⟨DATE⟩. Objections "
                "to the registrar.",
            ),
            (
                "",
                "<marriage><spouse>⟨P1.sg⟩</spouse><spouse>⟨X1.sg⟩</spouse><witness>⟨P3.i⟩</witness>"
                "<venue>⟨CITY⟩ Town Hall</venue></marriage>",
            ),
            ("t", "need a copy of my birth cert, name ⟨P1.full⟩, born ⟨DATE⟩, send to ⟨A⟩ ⟨thx⟩"),
        ],
        "Registry office hours change from ⟨DATE⟩; certificates cost ⟨AMT⟩; ⟨NUM⟩ weddings booked.",
    ),
    (
        "food-bank intake",
        [
            (
                "",
                "Intake ⟨TKT⟩\nName: ⟨P1⟩\nHousehold: ⟨NUM⟩\nAddress: ⟨A⟩\nReferral: ⟨CO⟩ Foundation\nDiet: halal",
            ),
            ("lt", "vol note: ⟨P1.g⟩ came with kids, no fridge, number ⟨PH⟩. give extra tins. ~⟨P2.h⟩"),
            (
                "",
                "date,client,postcode_area,parcels,volunteer\n⟨DATE⟩,⟨P1.i⟩,⟨CITY⟩,2,⟨P2.g⟩\n⟨DATE⟩,⟨P3.i⟩,⟨CITY⟩,1,⟨P2.g⟩",
            ),
            (
                "c",
                "⟨hi⟩ this is ⟨P1.full⟩, I can't come ⟨DATE⟩ because of ⟨DIS⟩, can my neighbour ⟨P2.full⟩ collect?",
            ),
        ],
        "Food bank ⟨DATE⟩: ⟨NUM⟩ parcels, stock ⟨PCT⟩, donations from ⟨BR⟩ staff. Thanks ⟨TEAM⟩ fans!",
    ),
    (
        "music-festival welfare desk",
        [
            (
                "",
                "WELFARE LOG ⟨TIME⟩\nPerson: ⟨X1⟩ (wristband ⟨SERIAL⟩)\nIssue: lost friends, phone dead\nFriend: "
                "⟨X2.g⟩ ⟨X2.ph⟩\nOutcome: reunited at ⟨?Gate B|the Ferris wheel⟩",
            ),
            ("u", "LOST: ⟨X1.g⟩, 19, BLUE HOODIE, LAST SEEN ⟨TIME⟩ AT MAIN STAGE DURING ⟨PUB⟩. CALL ⟨X2.ph⟩"),
            (
                "",
                "[⟨TIME⟩] desk: radio from medic, ⟨X1.low⟩ ok, dehydrated\n[⟨TIME⟩] desk: parent ⟨X2.full⟩ on way",
            ),
            (
                "",
                "band,name,camp,contact\n⟨SERIAL⟩,⟨X1⟩,Camp Orange,⟨X1.e⟩\n⟨SERIAL⟩,⟨X2⟩,Quiet camp,⟨X2.ph⟩",
            ),
        ],
        "Festival day 2: ⟨NUM⟩ welfare contacts, heat ⟨PCT⟩ humidity, ⟨PUB⟩ set moved to ⟨TIME⟩.",
    ),
    (
        "ferry check-in",
        [
            (
                "",
                "BOARDING LIST ⟨FLT⟩ ⟨DATE⟩\n⟨P1.air⟩ ⟨?MR|MRS|MS⟩ cabin ⟨NUM⟩\n⟨P2.air⟩ ⟨?MR|MRS|MS⟩ deck\n"
                "vehicle ⟨PLATE⟩",
            ),
            (
                "c",
                "Booking ⟨PNR⟩: ⟨P1⟩ + car ⟨PLATE⟩, ⟨CITY⟩ → ⟨CTRY⟩ ⟨TIME⟩. Paid ⟨AMT⟩ with ⟨CC⟩. Tel ⟨PH.i⟩",
            ),
            ("", "pnr;lead_name;email;pax;pets\n⟨PNR⟩;⟨P1⟩;⟨P1.e⟩;3;1\n⟨PNR⟩;⟨X1⟩;⟨X1.e⟩;1;0"),
            (
                "t",
                "missed the ⟨TIME⟩ sailing bc of ⟨STORM⟩, booking is under ⟨P1.s⟩. pls rebook. ⟨P1.g⟩ ⟨PH⟩",
            ),
        ],
        "Sailing ⟨FLT⟩ cancelled ⟨DATE⟩ due to ⟨STORM⟩. Rebooking free. Updates via ⟨HB⟩.",
    ),
    (
        "referee match report",
        [
            (
                "",
                "MATCH REPORT ⟨DATE⟩ U16 ⟨?Rovers v Athletic|Lions v City⟩\nCaution: #7 ⟨P1.caps⟩ (dissent)\n"
                "Send-off: #4 ⟨P2.caps⟩ ⟨TIME⟩\nReferee: ⟨P3.i⟩",
            ),
            (
                "c",
                "After the final whistle a parent, ⟨P1.full⟩, entered the pitch and abused assistant ⟨P2.g⟩. "
                "Club secretary ⟨P3.full⟩ (⟨PH⟩) informed.",
            ),
            ("", "player,club,offence,min\n⟨P1⟩,⟨TEAM⟩ Juniors,SFP,⟨NUM⟩\n⟨P2⟩,⟨CITY⟩ FC,DOGSO,⟨NUM⟩"),
            (
                "l",
                "ref ⟨P3.h⟩ here, game abandoned at ⟨TIME⟩, floodlight fail. home coach ⟨P1.g⟩ was fine about it",
            ),
        ],
        "Fixtures ⟨DATE⟩: ⟨NUM⟩ games, ⟨PCT⟩ referees available, ⟨TEAM⟩ v ⟨TEAM⟩ moved to ⟨TIME⟩.",
    ),
    (
        "esports tournament check-in",
        [
            (
                "",
                "CHECK-IN ⟨DATE⟩\nTeam: Null Pointers\n1. ⟨X1.h⟩ (⟨X1⟩)\n2. ⟨X2.h⟩ (⟨X2⟩)\nCaptain email: ⟨X1.e⟩",
            ),
            (
                "",
                "[⟨TIME⟩] ⟨P1.h⟩: admin my ping is 300, IP ⟨IP⟩\n[⟨TIME⟩] admin: checked, it's ⟨CO⟩ server issue\n"
                "[⟨TIME⟩] ⟨P1.h⟩: ok",
            ),
            ("", '{"player":"⟨P1.h⟩","real_name":"⟨P1⟩","prize_iban":"⟨IBAN⟩","ip":"⟨IP6⟩","seed":⟨NUM⟩}'),
            ("lt", "gg wp to ⟨P1.h⟩ and ⟨P2.h⟩, ⟨P2.g⟩ carried tbh. prize split via ⟨BR⟩ app"),
        ],
        "Bracket update: ⟨NUM⟩ teams, patch ⟨VER⟩, finals ⟨DATE⟩ ⟨TIME⟩, streamed by ⟨CO⟩.",
    ),
    (
        "cemetery plot registry",
        [
            (
                "",
                "PLOT REGISTER\nSection ⟨?B|D|F⟩ row ⟨NUM⟩ plot ⟨NUM⟩\nInterred: ⟨P1.sg⟩, ⟨DATE⟩\nRights holder: ⟨P2.full⟩\n"
                "⟨A.ml⟩",
            ),
            (
                "c",
                "Dear ⟨P2.t⟩ ⟨P2.s⟩, the lease for the plot of ⟨P1.full⟩ expires ⟨DATE⟩. Renewal ⟨AMT⟩ to ⟨IBAN⟩.",
            ),
            (
                "",
                "plot;name;born;died;contact\nC-⟨NUM⟩;⟨P1⟩;⟨DATE⟩;⟨DATE⟩;⟨P2.ph⟩\nC-⟨NUM⟩;⟨P3⟩;⟨DATE⟩;⟨DATE⟩;",
            ),
            (
                "t",
                "grounds note: headstone for ⟨P1.n⟩ cracked after ⟨STORM⟩, family (⟨P2.g⟩, ⟨PH⟩) wants a quote",
            ),
        ],
        "Cemetery gates close at ⟨TIME⟩ from ⟨DATE⟩. Maintenance fee up ⟨PCT⟩.",
    ),
]

N_TEMPLATES = 4 * len(GENRES)
P_CLEAN = 0.12
ROLE_SET = set(ROLE_LOCAL.split("|"))


def _opts(o):
    return {"us": "us" in o, "l": "l" in o, "u": "u" in o.replace("us", ""), "c": "c" in o, "t": "t" in o}


def build_row(r, tid, locales):
    g, k = divmod(tid, 4)
    _name, tpls, clean_tpl = GENRES[g]
    raw_opts, tpl = tpls[k]
    o = _opts(raw_opts)
    clean = r.random() < P_CLEAN
    lc = r.choice(locales)
    if o["us"] and not clean and r.random() < 0.45:
        lc = "en_US"
    case = "lower" if o["l"] else "upper" if o["u"] else None
    if o["c"] and case is None:
        x = r.random()
        case = "lower" if x < 0.12 else "upper" if x < 0.18 else None
    ctx = Ctx(r, lc, us=o["us"], case=case, typos=o["t"] and r.random() < 0.6)
    render(ctx, clean_tpl if clean else tpl)
    text = ctx.text()
    spans: list[dict] = []
    for sp in ctx.spans:  # "given surname" written side by side is one name
        prev = spans[-1] if spans else None
        if prev and prev["label"] == sp["label"] == "PERSON" and text[prev["end"] : sp["start"]] == " ":
            prev["end"] = sp["end"]
            prev["value"] = text[prev["start"] : sp["end"]]
        else:
            spans.append(sp)
    return {"text": text, "spans": spans, "template_id": tid, "locale": lc, "brands": ctx.brands}


def generate(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    locales = sorted(LOC)
    order: list[int] = []
    rows = []
    for _ in range(n):
        if not order:
            order = list(range(N_TEMPLATES))
            rng.shuffle(order)
        tid = order.pop()
        rows.append(build_row(random.Random(rng.getrandbits(64)), tid, locales))
    return rows


_BRAND_VARIANTS = sorted(
    {v for b in BRANDS + HANDLE_BRANDS for v in (b, b.lower(), b.upper())}, key=len, reverse=True
)
_BRAND_RE = re.compile("|".join(re.escape(b) for b in _BRAND_VARIANTS))
_TITLE_START = re.compile(r"^(Mr|Mrs|Ms|Dr|Herr|Frau|Sr|Sra|Mme|M\.|Pak|Bu|Khun|U |Daw |Ato |W/ro)\b")


def validate_row(row):
    """Return a list of problems (empty when the row is fine)."""
    errs = []
    text, spans = row.get("text"), row.get("spans")
    if not isinstance(text, str) or not isinstance(spans, list):
        return ["bad row shape"]
    for key in ("template_id", "locale", "brands"):
        if key not in row:
            errs.append(f"missing {key}")
    if not 0 <= row.get("template_id", -1) < N_TEMPLATES:
        errs.append("template_id out of range")
    last = 0
    for s in spans:
        lab, a, b, v = s["label"], s["start"], s["end"], s["value"]
        if lab not in LABELS:
            errs.append(f"bad label {lab}")
        if a < last:
            errs.append(f"overlap/unsorted at {a}")
        last = b
        if text[a:b] != v:
            errs.append(f"offset mismatch {v!r}")
        if not v or v != v.strip() or "\n" in v:
            errs.append(f"whitespace/newline in {v!r}")
        if lab == "PERSON" and (v.startswith("@") or v.startswith("u/") or _TITLE_START.match(v)):
            errs.append(f"person with prefix {v!r}")
        if lab == "CREDIT_CARD":
            d = re.sub(r"\D", "", v)
            if not (13 <= len(d) <= 19 and luhn_ok(d)):
                errs.append(f"bad card {v}")
        if lab == "IBAN_CODE" and not iban_ok(v):
            errs.append(f"bad iban {v}")
        if lab == "US_SSN" and not re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", v):
            errs.append(f"bad ssn {v}")
        if lab == "EMAIL_ADDRESS" and (v.count("@") != 1 or v.split("@")[0].lower() in ROLE_SET):
            errs.append(f"bad email {v}")
        if lab == "IP_ADDRESS":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                errs.append(f"bad ip {v}")
        if lab == "PHONE_NUMBER" and len(re.sub(r"\D", "", v)) < 7:
            errs.append(f"short phone {v}")
    found = Counter(m.group(0) for m in _BRAND_RE.finditer(text))
    if found != Counter(row.get("brands", [])):
        errs.append(f"brands {row.get('brands')} != found {dict(found)}")
    return errs


def _check():
    bad, labels, locs, clean, total = 0, Counter(), Counter(), 0, 0
    tids = Counter()
    for seed in (1, 2, 3, 7, 42):
        for row in generate(1200, seed):
            total += 1
            tids[row["template_id"]] += 1
            errs = validate_row(row)
            if errs:
                bad += 1
                if bad <= 20:
                    print("FAIL", row["template_id"], row["locale"], errs, repr(row["text"][:200]))
            if not row["spans"]:
                clean += 1
            labels.update(s["label"] for s in row["spans"])
            locs[row["locale"]] += 1
    # determinism
    if generate(50, 5) != generate(50, 5):
        print("FAIL: not deterministic")
        bad += 1
    print(f"rows {total}, failing {bad}, no-PII rows {clean} ({clean / total:.1%})")
    print(
        f"genres {len(GENRES)}, templates {N_TEMPLATES}, locales {len(LOC)}, "
        f"template use min/max {min(tids.values())}/{max(tids.values())}"
    )
    print("labels:", json.dumps(dict(labels.most_common()), ensure_ascii=False))
    print("locales:", json.dumps(dict(sorted(locs.items())), ensure_ascii=False))
    return bad == 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args(argv)
    if a.check:
        return 0 if _check() else 1
    for row in generate(a.n, a.seed):
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
