"""Synthetic, labelled PII benchmark for the crisis-platform redactor -- ninth generator.

DATA CARD
=========
Purpose
    Produce realistic crisis-operations text with exact, character-level PII labels, to measure how well the
    redactor removes personal data before anything reaches an LLM.  This file was written blind: without
    reading the redactor, its docs or tests, or any of the other generators (only the BRANDS / HANDLE_BRANDS
    constants are imported from ``pii_synth``).  Every given name, surname, street, place and template below
    is hand-written; no name packages are used.  ``phonenumbers`` is used to make valid phone numbers.

Genres (24 x 4 templates = 96 template ids; genre g owns ids 4g..4g+3, the four differ in shape)
    0 cad_dispatch, 1 shelter_intake, 2 family_tracing, 3 hospital_casualty, 4 evacuation_manifest,
    5 ngo_sitrep, 6 welfare_rollcall, 7 police_fire, 8 insurance_adjuster, 9 utility_callback,
    10 breach_forensics, 11 phishing_report, 12 account_takeover, 13 data_subject_request,
    14 legal_regulator (litigation holds, lawyers' letters, regulator mail, OCR scans), 15 whistleblower,
    16 press_office, 17 travel_security, 18 school_closure, 19 foodborne_illness, 20 volunteer_signup,
    21 voicemail_stt, 22 public_bulletin (never PII), 23 status_page (never PII).
    Texts imitate real writing: typos, lower case, SHOUTING, abbreviations, bullet lists, pasted tables, CSV,
    forwarded headers, chat logs, OCR damage ("rn" for "m", broken lines), machine-translated English,
    speech-to-text without punctuation and with numbers spelled out, and mixed languages.

Locales (42)
    mn_MN kk_KZ uz_UZ ka_GE hy_AM az_AZ my_MM km_KH lo_LA ne_NP si_LK ta_LK ta_IN ml_IN ht_HT en_JM en_TT
    fr_CD fr_SN fr_CI rw_RW en_UG pt_MZ so_SO ar_SD ckb_IQ fa_AF sm_WS tpi_PG es_PE es_GT is_IS hu_HU ro_RO
    sq_AL bs_BA cy_GB ga_IE mi_NZ en_US en_GB en_CA.  Each has male/female given names, surnames (gendered
    where the language is), nicknames, honorifics, native-script spellings where another script is used,
    native address shapes, mail domains and a few phrases of the language.  A row's ``locale`` is the locale
    its people, addresses and phones come from.  Roughly a third of rows are partly or wholly non-English.

Labels and conventions
    CREDIT_CARD (Luhn-valid, compact or grouped) - EMAIL_ADDRESS (personal mailboxes, incl. named work
    mailboxes; role boxes such as support@ / info@ are NOT labelled) - PHONE_NUMBER (any owner, as written:
    international, national, regrouped, partly spelled out; valid per phonenumbers before spelling) -
    IBAN_CODE (mod-97 valid, correct national length, compact or grouped) - US_SSN - IP_ADDRESS (v4, v6) -
    US_DRIVER_LICENSE (state outside the span) - PERSON (private people in any written form: full, first,
    surname after a title, initials, SURNAME-first, lower/upper case, nicknames, native script, logins such
    as "b.tsetseg" or "jdoe42"; for @handles / hashtags only the name part is the span, never "@"/"#";
    honorifics and a possessive "'s" stay outside) - STREET_ADDRESS (house number + street, with flat/unit
    and any district/postcode/city written alongside, as ONE span; house number + landmark and PO boxes count;
    a bare street, city, neighbourhood or "the 400 block of X" does not).  Rows with US_SSN or
    US_DRIVER_LICENSE are always locale en_US.
Hard negatives (never labelled, plentiful)
    Brands (BRANDS / HANDLE_BRANDS, listed per row in ``brands``), public accounts (@UNOCHA ...), agencies,
    public figures in their public role, storm names (some look like first names), pets, order / case /
    ticket / claim / tracking / flight numbers, MRNs, dates, times, amounts, percentages, versions, hostnames,
    URLs, non-name hashtags, role mailboxes, bare streets and cities, neighbourhoods, landmarks, hospital and
    shelter names, job titles, teams, masked card tails ("ending 4471").
    About 12 % of rows carry no PII: the two PII-free genres plus PII-free variants of the other genres
    (people replaced by "[withheld]", roles, hotlines, landmarks ...).

Row format
    {"text": str, "spans": [{"label", "start", "end", "value"}], "template_id": int, "locale": str,
     "brands": [brand strings in order of occurrence]}
    Spans are sorted, non-overlapping, ``text[start:end] == value``, never start/end with whitespace, and are
    recorded while the text is assembled piece by piece (never found by searching the finished text).

Usage
    python bench/pii_synth_ninth.py --n 1500 --seed 0      # JSON lines on stdout
    python bench/pii_synth_ninth.py --check                # 6000 rows, assert invariants, print counts
    from pii_synth_ninth import generate; rows = generate(1000, seed=7)   # deterministic for (n, seed)
"""

from __future__ import annotations

import argparse
import collections
import ipaddress
import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

try:
    from pii_synth import BRANDS, HANDLE_BRANDS
except ImportError:
    from bench.pii_synth import BRANDS, HANDLE_BRANDS

LABELS = [
    "CREDIT_CARD",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "IBAN_CODE",
    "US_SSN",
    "IP_ADDRESS",
    "US_DRIVER_LICENSE",
    "PERSON",
    "STREET_ADDRESS",
]

GENRES = [
    "cad_dispatch",
    "shelter_intake",
    "family_tracing",
    "hospital_casualty",
    "evacuation_manifest",
    "ngo_sitrep",
    "welfare_rollcall",
    "police_fire",
    "insurance_adjuster",
    "utility_callback",
    "breach_forensics",
    "phishing_report",
    "account_takeover",
    "data_subject_request",
    "legal_regulator",
    "whistleblower",
    "press_office",
    "travel_security",
    "school_closure",
    "foodborne_illness",
    "volunteer_signup",
    "voicemail_stt",
    "public_bulletin",
    "status_page",
]
FREE_GENRES = {"public_bulletin", "status_page"}


# --------------------------------------------------------------------------------------------------------------
# Locales
# --------------------------------------------------------------------------------------------------------------
@dataclass
class Loc:
    code: str
    region: str
    lang: str
    iban: str | None
    m: list[str]
    f: list[str]
    s: list[str]
    k: list[str]
    hm: list[str]
    hf: list[str]
    nat: list[str]
    st: list[str]
    c: list[str]
    d: list[str]
    pc: str
    af: list[str]
    mail: list[str]
    order: str = "gs"  # gs, sg, mono, g3 (given+father+grandfather), es (two surnames), ini (initial + given)
    tt: str = "s"  # honorific goes with the surname (s) or the given name (g)
    w: float = 1.0


def _sp(x: str) -> list[str]:
    return [t.strip() for t in x.split(";") if t.strip()]


LOCALES: list[Loc] = []


def _loc(code, region, lang, iban, m, f, s, k, hm, hf, nat, st, c, d, pc, af, mail, **kw):
    LOCALES.append(
        Loc(
            code,
            region,
            lang,
            iban,
            _sp(m),
            _sp(f),
            _sp(s),
            _sp(k),
            _sp(hm),
            _sp(hf),
            _sp(nat),
            _sp(st),
            _sp(c),
            _sp(d),
            pc,
            af,
            _sp(mail),
            **kw,
        )
    )


# fmt: off
_loc("mn_MN", "MN", "mn", "MN",
     "Bat-Erdene;Ganbaatar;Temuulen;Batbayar;Enkhbold;Munkh-Orgil;Sukhbat",
     "Tsetseg;Oyunchimeg;Enkhjargal;Nomin;Sarangerel;Khulan;Anujin",
     "Khurelbaatar;Dorjsuren;Ganbold;Batsukh;Purevdorj;Erdenebat;Tumurbaatar",
     "Baagii;Tsetsgee;Nomio;Bataa;Enkhee", "Mr;~guai", "Ms;~guai",
     "Хүрэлбаатарын Бат-Эрдэнэ;Б. Цэцэг;Ганболдын Номин;Д. Тэмүүлэн;Пүрэвдоржийн Оюунчимэг",
     "Peace Avenue;Seoul Street;Chinggis Avenue;Ikh Toiruu;Zhukov Avenue",
     "Ulaanbaatar;Darkhan;Erdenet", "Bayanzurkh;Sukhbaatar;Khan-Uul;Chingeltei;Songinokhairkhan", "1####",
     ["Bldg {n}, apt {f}, {s}, {d} district, {c} {p}", "{d} duureg, {k}-r khoroo, {n}-r bair, {f} toot",
      "Улаанбаатар, [Баянзүрх/Сүхбаатар/Хан-Уул] дүүрэг, {k}-р хороо, {n}-р байр, {f} тоот"],
     "gmail.com;yahoo.com;mail.mn;mobinet.mn", order="sg", tt="g")
_loc("kk_KZ", "KZ", "ru", "KZ",
     "Nurlan;Yerlan;Dauren;Aidos;Serik;Arman;Bauyrzhan", "Aigerim;Gulnara;Dana;Zhanar;Saule;Madina;Aruzhan",
     "Akhmetov|Akhmetova;Seitkali;Zhaksybekov|Zhaksybekova;Omarov|Omarova;Nurpeisov|Nurpeisova;Ospanov|Ospanova",
     "Nurik;Aika;Danka;Yerik", "Mr;~myrza", "Ms;~khanym",
     "Нұрлан Ахметов;Әйгерім Сейітқали;Ерлан Жақсыбеков;Гүлнара Омарова;Дәурен Оспанов",
     "Abay Avenue;Dostyk Avenue;Tole Bi Street;Kabanbay Batyr Avenue;Zheltoksan Street",
     "Almaty;Astana;Shymkent;Semey", "Medeu;Almaly;Bostandyk;Yesil", "0500##",
     ["{s} {n}, apt {f}, {c} {p}", "{c}, {d} district, {s}, {n}, kv. {f}",
      "г. Алматы, ул. [Абая/Толе би/Желтоксан], д. {n}, кв. {f}"],
     "mail.ru;gmail.com;inbox.kz;yandex.kz", tt="g")
_loc("uz_UZ", "UZ", "uz", None,
     "Dilshod;Bekzod;Sardor;Jasur;Otabek;Rustam", "Gulnora;Dilnoza;Malika;Nodira;Shahnoza;Zarina",
     "Karimov|Karimova;Yusupov|Yusupova;Rakhimov|Rakhimova;Tursunov|Tursunova;Ergashev|Ergasheva;Nazarov|Nazarova",
     "Dilya;Sardi;Jasik", "Mr;~aka", "Ms;~opa",
     "Дилшод Каримов;Гулнора Юсупова;Сардор Раҳимов;Малика Эргашева",
     "Amir Temur Avenue;Navoi Street;Mustaqillik Avenue;Bunyodkor Avenue;Shota Rustaveli Street",
     "Tashkent;Samarkand;Bukhara;Namangan", "Yunusabad;Chilanzar;Mirzo Ulugbek;Yakkasaray", "1000##",
     ["{c}, {d} district, {s} {n}, apt {f}", "{d} tumani, {k}-kvartal, {n}-uy, {f}-xonadon",
      "{s}, {n}, kv. {f}, {c} {p}"],
     "mail.ru;gmail.com;umail.uz;inbox.uz", tt="g")
_loc("ka_GE", "GE", "ka", "GE",
     "Giorgi;Levan;Davit;Irakli;Zurab;Nika", "Nino;Tamar;Eka;Mariam;Ketevan;Salome",
     "Beridze;Kapanadze;Lomidze;Japaridze;Gelashvili;Tsiklauri;Maisuradze",
     "Gio;Nini;Tako;Dato;Keti", "Mr;Batoni", "Ms;Kalbatoni",
     "ნინო ბერიძე;გიორგი კაპანაძე;თამარ ლომიძე;ლევან ჯაფარიძე;ეკა გელაშვილი",
     "Rustaveli Avenue;Chavchavadze Avenue;Pekini Street;Kostava Street;Aghmashenebeli Avenue",
     "Tbilisi;Kutaisi;Batumi;Rustavi", "Vake;Saburtalo;Gldani;Isani", "0###",
     ["{n} {s}, apt {f}, {c} {p}", "{c}, {d}, {s} N{n}, bina {f}",
      "ქ. თბილისი, [ვაჟა-ფშაველას/ჭავჭავაძის/კოსტავას] გამზ. N{n}, ბ. {f}"],
     "gmail.com;yahoo.com;mail.ru", tt="g")
_loc("hy_AM", "AM", "hy", None,
     "Aram;Tigran;Armen;Davit;Hayk;Narek", "Anahit;Nare;Lusine;Mariam;Gayane;Ani",
     "Grigoryan;Petrosyan;Hakobyan;Sargsyan;Mkrtchyan;Harutyunyan;Vardanyan",
     "Tiko;Anush;Aro", "Mr;Paron", "Ms;Tikin",
     "Անահիտ Գրիգորյան;Արամ Պետրոսյան;Նարե Հակոբյան;Տիգրան Սարգսյան;Լուսինե Մկրտչյան",
     "Mashtots Avenue;Baghramyan Avenue;Tumanyan Street;Abovyan Street;Komitas Avenue",
     "Yerevan;Gyumri;Vanadzor", "Kentron;Arabkir;Nor Nork;Ajapnyak", "00##",
     ["{n} {s}, apt {f}, {c} {p}", "{c}, {d}, {s} {n}/{f}", "Երևան, [Մաշտոցի/Բաղրամյան/Թումանյան] {n}, բն. {f}"],
     "mail.ru;gmail.com;yandex.ru")
_loc("az_AZ", "AZ", "az", "AZ",
     "Elvin;Rashad;Tural;Orkhan;Kamran;Farid", "Leyla;Aysel;Günel;Nigar;Sevinj;Aynur",
     "Mammadov|Mammadova;Aliyev|Aliyeva;Huseynov|Huseynova;Hasanov|Hasanova;Guliyev|Guliyeva;Ismayilov|Ismayilova",
     "Elo;Ayka;Rasha", "Mr;~bəy", "Ms;~xanım",
     "Leyla Məmmədova;Rəşad Hüseynov;Aysel Quliyeva;Tural Həsənov",
     "Nizami Street;Istiqlaliyyat Street;Fuzuli Street;Azadlig Avenue;Neftchilar Avenue",
     "Baku;Ganja;Sumgait", "Yasamal;Nasimi;Sabail;Khatai", "AZ1###",
     ["{s} {n}, apt {f}, {c} {p}", "{p}, {c}, {d} r., {s} {n}, m. {f}", "Bakı, [Nizami/Füzuli/Azadlıq] küç. {n}, mənzil {f}"],
     "gmail.com;mail.ru;box.az", tt="g")
_loc("my_MM", "MM", "my", None,
     "Aung Ko Ko;Zaw Min Tun;Kyaw Zin Htet;Min Thu;Soe Win;Htet Aung",
     "Khin Mar Lwin;Hnin Wai;Thida Aung;Su Myat Noe;Ei Ei Phyo;Nandar Hlaing",
     "", "Ko Ko;Mimi;Nyi Nyi", "U;Ko", "Daw;Ma",
     "အောင်ကိုကို;ခင်မာလွင်;ဇော်မင်းထွန်း;နှင်းဝေ;သီတာအောင်",
     "Pyay Road;Anawrahta Road;Bogyoke Aung San Road;Kabar Aye Pagoda Road;Insein Road",
     "Yangon;Mandalay;Sittwe;Mawlamyine", "Kamayut;Sanchaung;Hlaing;Mayangone", "11###",
     ["No. {n}, {s}, {d} Township, {c}", "{n}/{f}, {s}, Ward {k}, {d} Tsp, {c} {p}",
      "အမှတ် {n}, [ပြည်လမ်း/အနော်ရထာလမ်း/အင်းစိန်လမ်း], ရန်ကုန်"],
     "gmail.com;yahoo.com", order="mono", tt="g")
_loc("km_KH", "KH", "km", None,
     "Dara;Sovann;Vannak;Rithy;Sokha;Piseth", "Sophea;Sreyleak;Chanthy;Bopha;Malis;Sreymom",
     "Sok;Chan;Heng;Kim;Mao;Chea;Pich", "Pov;Srey;Mouy", "Mr;Lok", "Ms;Lok Srey",
     "សុខ ដារ៉ា;ចាន់ សុភា;ហេង សុវណ្ណ;គឹម ស្រីលក្ខណ៍;ម៉ៅ ច័ន្ទថា",
     "Norodom Boulevard;Monivong Boulevard;Sihanouk Boulevard;Russian Federation Boulevard;Mao Tse Toung Boulevard",
     "Phnom Penh;Siem Reap;Battambang;Kampong Cham", "Chamkar Mon;Daun Penh;Toul Kork;Sen Sok", "120###",
     ["No. {n}, St. {q}, Sangkat {d}, {c}", "#{n}E{k}, Street {q}, Khan {d}, {c} {p}", "ផ្ទះលេខ {n} ផ្លូវ {q} ភ្នំពេញ"],
     "gmail.com;yahoo.com", order="sg", tt="g")
_loc("lo_LA", "LA", "lo", None,
     "Souksavanh;Khamsai;Bounmy;Somphone;Vilayphone;Thongchanh",
     "Bouasy;Manivone;Chanthala;Souphaphone;Khamla;Vanida",
     "Phommachanh;Keomany;Vongsa;Sisouvanh;Inthavong;Phanthavong;Sengdara",
     "Noy;Toui;Joy", "Mr;Thao", "Ms;Nang",
     "ສຸກສະຫວັນ ພົມມະຈັນ;ບົວສີ ແກ້ວມະນີ;ຄຳໃສ ວົງສາ;ມະນີວອນ ສີສຸວັນ",
     "Lane Xang Avenue;Setthathirath Road;Samsenthai Road;Fa Ngum Road;Khouvieng Road",
     "Vientiane;Luang Prabang;Pakse;Savannakhet", "Chanthabouly;Sisattanak;Xaysetha;Sikhottabong", "01##0",
     ["House {n}, Unit {k}, Ban [Sisangvone/Phonxay/Nongbone/Dongpalane], {d} District, {c}",
      "{n} {s}, Unit {k}, {d}, {c} {p}", "ບ້ານ [ໂພນໄຊ/ໜອງບອນ], ເຮືອນເລກທີ {n}, ໜ່ວຍ {k}, ນະຄອນຫຼວງວຽງຈັນ"],
     "gmail.com;laotel.com;yahoo.com", tt="g")
_loc("ne_NP", "NP", "ne", None,
     "Ram Bahadur;Bikash;Suman;Prakash;Dipendra;Sagar", "Sita;Anita;Sunita;Kabita;Pramila;Sabina",
     "Shrestha;Gurung;Tamang;Adhikari;Rai;Magar;Thapa;Sherpa", "Kanchha;Kanchhi;Bunu;Babu",
     "Mr;~ji", "Ms;~ji", "सीता श्रेष्ठ;राम बहादुर गुरुङ;अनिता तामाङ;विकास अधिकारी;सुनिता राई",
     "Durbar Marg;Kanti Path;Putalisadak;Lazimpat Road;Ring Road",
     "Kathmandu;Pokhara;Lalitpur;Bharatpur", "Baneshwor;Thamel;Koteshwor;Balaju", "446##",
     ["House No. {n}, Ward No. {k}, {d}, {c}", "{c}-{k}, {d}, Ghar No. {n}",
      "काठमाडौँ-{k}, [बानेश्वर/कोटेश्वर/बालाजु], घर नं. {n}"],
     "gmail.com;yahoo.com;wlink.com.np", tt="g")
_loc("si_LK", "LK", "si", None,
     "Nimal;Chaminda;Kasun;Ruwan;Tharindu;Sunil", "Kumudu;Dilrukshi;Nadeesha;Sanduni;Chathurika;Ishara",
     "Perera;Fernando;Jayasuriya;Silva;Bandara;Wickramasinghe;Dissanayake", "Chami;Nimmi;Podi",
     "Mr;~mahaththaya", "Mrs;Miss", "නිමල් පෙරේරා;කුමුදු ජයසූරිය;චමින්ද සිල්වා;දිල්රුක්ෂි ප්‍රනාන්දු",
     "Galle Road;Duplication Road;Baseline Road;High Level Road;Kandy Road",
     "Colombo;Kandy;Galle;Ratnapura", "Wellawatte;Dehiwala;Maharagama;Kelaniya", "00###",
     ["No. {n}/{f}, {s}, Colombo {k}", "{n}, {s}, {d}, {p}", "අංක {n}, [ගාලු පාර/මහනුවර පාර], {d}"],
     "gmail.com;sltnet.lk;yahoo.com")
_loc("ta_LK", "LK", "ta", None,
     "Tharshan;Kajan;Mathivanan;Niroshan;Prashanth;Kumaran", "Tharshini;Kavitha;Nirosha;Yalini;Vithya;Sharmila",
     "Sivakumar;Rajaratnam;Thevarajah;Kanagaratnam;Shanmugam;Selvarajah", "Thushi;Kaju;Mathi",
     "Mr;Thiru", "Mrs;Selvi", "கவிதா சிவகுமார்;தர்ஷன் ராஜரட்ணம்;யாழினி சண்முகம்;நிரோஷன் தேவராஜா",
     "Hospital Road;Point Pedro Road;Stanley Road;KKS Road;Kasthuriyar Road",
     "Jaffna;Batticaloa;Trincomalee;Vavuniya", "Nallur;Kokkuvil;Chunnakam;Kallady", "40000",
     ["No. {n}, {s}, {d}, {c}", "{n}/{f} {s}, {c}", "இல. {n}, [ஆஸ்பத்திரி வீதி/ஸ்டான்லி வீதி], யாழ்ப்பாணம்"],
     "gmail.com;yahoo.com", order="ini", tt="g")
_loc("ta_IN", "IN", "ta", None,
     "Selvam;Arun Kumar;Murugan;Karthik;Senthil;Vignesh", "Kavitha;Priya;Meena;Lakshmi;Revathi;Divya",
     "Ramasamy;Muthusamy;Subramaniam;Krishnan;Natarajan;Pandian", "Selva;Kavi;Viki",
     "Mr;Thiru", "Mrs;Tmt.", "கவிதா ராமசாமி;செல்வம் முருகன்;பிரியா சுப்பிரமணியம்;அருண் குமார்;மீனா கிருஷ்ணன்",
     "Anna Salai;Usman Road;Arcot Road;Poonamallee High Road;Kamarajar Salai",
     "Chennai;Madurai;Coimbatore;Cuddalore", "T. Nagar;Velachery;Tambaram;Mylapore", "6000##",
     ["No. {n}, {s}, {d}, {c} - {p}", "Old No. {n}, New No. {m}, {k}th Cross Street, {d}, {c} {p}",
      "எண் {n}, [அண்ணா சாலை/ஆற்காடு சாலை], சென்னை {p}"],
     "gmail.com;yahoo.co.in;rediffmail.com", order="ini", tt="g")
_loc("ml_IN", "IN", "ml", None,
     "Anil Kumar;Joseph;Rajesh;Shibu;Midhun;Faizal", "Lakshmi;Shiny;Anju;Reshma;Sreeja;Fathima",
     "Thomas;Nair;Varghese;Menon;Kurian;Pillai;Abraham", "Kuttan;Ammu;Chinnu;Unni",
     "Mr;Sri", "Mrs;Smt.", "അനിൽ കുമാർ;ലക്ഷ്മി നായർ;ജോസഫ് തോമസ്;ഷൈനി വർഗീസ്",
     "MG Road;Banerji Road;Sahodaran Ayyappan Road;Chittoor Road;Seaport Airport Road",
     "Kochi;Thiruvananthapuram;Kozhikode;Alappuzha", "Edappally;Kaloor;Vyttila;Kakkanad", "6820##",
     ["[Puthenpurayil/Kizhakkethil/Valiyaveettil/Thekkedath] House, Door No. {n}/{f}, {d}, {c} - {p}",
      "{n}/{f}, {s}, {d}, {c} {p}", "TC {k}/{n}, {d}, {c}"],
     "gmail.com;yahoo.co.in;rediffmail.com")
_loc("ht_HT", "HT", "ht", None,
     "Jean-Robert;Wilner;Frantz;Jacky;Rony;Stanley", "Marie-Claude;Nadège;Roseline;Guerline;Mirlande;Wideline",
     "Pierre;Joseph;Jean-Baptiste;Louis;Charles;Estimé;Dorvil;Célestin", "Ti Wil;Mimi;Bobo",
     "M.;Msye", "Mme;Madan", "", "Rue Capois;Avenue John Brown;Rue Pavée;Delmas 33;Route de Frères",
     "Port-au-Prince;Cap-Haïtien;Les Cayes;Jacmel;Jérémie", "Pétion-Ville;Delmas;Carrefour;Tabarre", "HT####",
     ["{n}, {s}, {d}, {c}", "#{n} {s}, {c} {p}", "Kay {n}, {s}, {d}"], "gmail.com;hotmail.com;yahoo.fr")
_loc("en_JM", "JM", "en", None,
     "Andre;Kemar;Damion;Rohan;Shane;Omar", "Shanique;Tashana;Kerry-Ann;Sherika;Nordia;Latoya",
     "Campbell;Brown;Williams;Thompson;McKenzie;Grant;Reid;Bailey", "Shorty;Bigga;Peaches;Dinky",
     "Mr;Mister", "Miss;Mrs", "", "Hope Road;Constant Spring Road;Spanish Town Road;Molynes Road;Red Hills Road",
     "Kingston;Montego Bay;Spanish Town;Mandeville;Portmore", "Half Way Tree;Mona;Liguanea;Papine", "",
     ["{n} {s}, Kingston {k}", "Lot {n}, {s}, {d}, St. Andrew", "{n}A {s}, {c}"], "gmail.com;yahoo.com;hotmail.com")
_loc("en_TT", "TT", "en", None,
     "Kavi;Ravi;Jason;Kerwin;Brent;Devon", "Anisa;Kimberly;Shalini;Candice;Natasha;Keisha",
     "Ramdial;Mohammed;Charles;Ramkissoon;Baptiste;Maharaj;Joseph;Alexis", "Bunny;Chunks;Pumpkin",
     "Mr;Mr", "Ms;Miss", "", "Ariapita Avenue;Eastern Main Road;Southern Main Road;Frederick Street;Western Main Road",
     "Port of Spain;San Fernando;Chaguanas;Arima", "Woodbrook;St. James;Diego Martin;Curepe", "",
     ["{n} {s}, {d}", "LP {n}, {s}, {c}", "#{n} {s}, {d}, {c}"], "gmail.com;hotmail.com;tstt.net.tt")
_loc("fr_CD", "CD", "fr", None,
     "Jean-Claude;Patrice;Fiston;Glody;Héritier;Christian", "Grâce;Merveille;Nathalie;Esther;Divine;Chantal",
     "Mukendi;Tshibangu;Ilunga;Mbuyi;Kalonji;Lukusa;Nsimba;Mulumba", "Papy;Fifi;Dédé",
     "M.;Papa", "Mme;Maman", "", "Avenue du Commerce;Boulevard du 30 Juin;Avenue Kasa-Vubu;Avenue de la Libération;Avenue Lumumba",
     "Kinshasa;Goma;Lubumbashi;Bukavu", "Gombe;Lingwala;Limete;Ngaliema;Masina", "",
     ["n° {n}, {s}, Q/[Matonge/Righini/Yolo/Kingabwa], C/{d}, {c}", "n° {n}, av. [Kasa-Vubu/Lumumba/du Commerce], commune de {d}, {c}",
      "{n} {s}, {d}, {c}"], "gmail.com;yahoo.fr", order="es")
_loc("fr_SN", "SN", "fr", None,
     "Mamadou;Ousmane;Cheikh;Abdoulaye;Moussa;Ibrahima", "Aminata;Fatou;Awa;Mariama;Khady;Ndeye",
     "Diop;Ndiaye;Fall;Sow;Diallo;Sarr;Faye;Gueye", "Modou;Tapha;Zale", "M.;Monsieur", "Mme;Adja", "",
     "Avenue Cheikh Anta Diop;Rue Carnot;Boulevard de la République;Route de Ouakam;Avenue Blaise Diagne",
     "Dakar;Thiès;Saint-Louis;Ziguinchor;Touba", "Médina;Grand Yoff;Parcelles Assainies;Pikine;Ouakam", "",
     ["Villa n° {n}, {d}, {c}", "{n} {s}, {c} BP {m}", "Cité [Keur Gorgui/Sicap Liberté] villa {n}, {c}"],
     "gmail.com;yahoo.fr;orange.sn")
_loc("fr_CI", "CI", "fr", None,
     "Koffi;Yao;Kouassi;Didier;Serge;Adama", "Aya;Adjoua;Affoué;Mariam;Rosine;Akissi",
     "Kouamé;N'Guessan;Konan;Koné;Ouattara;Bamba;Traoré", "Ziza;Doudou;Tanti", "M.;Tonton", "Mme;Tantie", "",
     "Boulevard Latrille;Rue des Jardins;Boulevard VGE;Avenue Chardy;Rue du Commerce",
     "Abidjan;Bouaké;Yamoussoukro;San-Pédro", "Cocody;Yopougon;Abobo;Marcory;Treichville", "",
     ["{d}, {s}, lot {n}, îlot {k}, {c}", "{n} {s}, {d}, BP {m} {c}", "{d} Riviera [2/3/Palmeraie], villa {n}, {c}"],
     "gmail.com;yahoo.fr;aviso.ci")
_loc("rw_RW", "RW", "rw", None,
     "Jean de Dieu;Emmanuel;Eric;Olivier;Théoneste;Patrick", "Claudine;Aline;Diane;Vestine;Josiane;Clarisse",
     "Uwimana;Niyonsenga;Mukamana;Habimana;Nshimiyimana;Ingabire;Mugisha;Uwase", "Kadogo;Manzi;Keza",
     "M.;Mzee", "Mme;Madamu", "", "KN 3 Rd;KG 11 Ave;KK 15 Rd;KN 5 Rd;KG 7 Ave",
     "Kigali;Huye;Musanze;Rubavu", "Kicukiro;Gasabo;Nyarugenge;Remera;Kimironko", "",
     ["{s}, No. {n}, {d}, {c}", "House {n}, {s}, {d}", "PO Box {m}, {c}"], "gmail.com;yahoo.fr")
_loc("en_UG", "UG", "en", None,
     "Moses;Ronald;Brian;Joseph;Isaac;Godfrey", "Sarah;Grace;Esther;Florence;Juliet;Prossy",
     "Ssemakula;Namubiru;Okello;Mugisha;Nakato;Kato;Ochieng;Atuhaire", "Ronnie;Joe;Flo",
     "Mr;Mzee", "Mrs;Mama", "", "Kampala Road;Jinja Road;Bombo Road;Entebbe Road;Acacia Avenue",
     "Kampala;Entebbe;Gulu;Mbale;Jinja", "Ntinda;Kololo;Nakawa;Kawempe;Makindye", "",
     ["Plot {n}, {s}, {d}, {c}", "Plot {n}/{f}, {d} Zone, {c}", "P.O. Box {m}, {c}"], "gmail.com;yahoo.com")
_loc("pt_MZ", "MZ", "pt", "MZ",
     "João;Armando;Celso;Ernesto;Alberto;Felizardo", "Graça;Esperança;Celeste;Lurdes;Albertina;Ana Paula",
     "Macuácua;Sitoe;Cossa;Nhantumbo;Tembe;Langa;Muianga;Mabunda", "Zeca;Tina;Chico",
     "Sr.;Senhor", "Sra.;Dona", "",
     "Avenida Julius Nyerere;Avenida 24 de Julho;Avenida Eduardo Mondlane;Rua da Resistência;Avenida Vladimir Lenine",
     "Maputo;Beira;Nampula;Quelimane;Pemba", "Polana Cimento;Sommerschield;Malhangalene;Alto Maé;Munhava", "",
     ["{s}, n.º {n}, {k}.º andar, {d}, {c}", "Bairro {d}, Quarteirão {k}, casa n.º {n}, {c}", "{s} {n}, flat {f}, {c}"],
     "gmail.com;tvcabo.co.mz;yahoo.com.br")
_loc("so_SO", "SO", "so", "SO",
     "Mohamed;Abdirahman;Ahmed;Hassan;Abdullahi;Yusuf", "Hodan;Fadumo;Amina;Sahra;Hawa;Ifrah",
     "Abdi;Hassan;Farah;Warsame;Osman;Jama;Mohamud;Nur", "Dheere;Gaab;Yare", "Mr;Aw", "Ms;Marwo", "",
     "Maka Al-Mukarama Road;Wadada Warshadaha;Jidka Sodonka;Wadnaha Road;Taleh Street",
     "Mogadishu;Hargeisa;Baidoa;Kismayo;Garowe", "Hodan;Wadajir;Hamar Weyne;Dharkenley;Yaqshid", "",
     ["House {n}, {s}, {d} district, {c}", "Guriga {n}, {s}, degmada {d}, {c}", "House no. {n} near KM4 junction, {d}, {c}"],
     "gmail.com;hotmail.com;yahoo.com", order="g3", tt="g")
_loc("ar_SD", "SD", "ar", "SD",
     "Omer;Mohamed;Osman;Elfatih;Mujtaba;Hatim", "Fatima;Amna;Sara;Hiba;Rayan;Tasneem",
     "Ahmed;Elhassan;Abdelrahman;Ibrahim;Eltayeb;Babiker;Yousif;Elsheikh", "Hamoda;Fofo;Soso",
     "Mr;Ustaz", "Ms;Ustaza", "محمد أحمد عثمان;فاطمة عبد الله;عمر حسن إبراهيم;آمنة الطيب;هبة بابكر يوسف",
     "Africa Street;Obeid Khatim Street;Nile Street;El Mek Nimir Street;Street 15",
     "Khartoum;Omdurman;Port Sudan;Wad Madani;El Fasher", "Riyadh;Amarat;Bahri;Kafouri;Al Manshiya", "",
     ["House {n}, Block {k}, {d}, {c}", "{d} block {k}, house no. {n}, {c}", "منزل رقم {n}، مربع {k}، [الرياض/العمارات/كافوري]، الخرطوم"],
     "gmail.com;hotmail.com;yahoo.com", order="g3", tt="g")
_loc("ckb_IQ", "IQ", "ckb", "IQ",
     "Aras;Hemin;Karwan;Rebwar;Shwan;Dilshad", "Shilan;Zhiyan;Nazdar;Bahar;Shno;Awaz",
     "Mohammed;Abdullah;Karim;Ahmed;Rashid;Qadir;Aziz;Salih", "Hema;Kara;Shila", "Mr;Kak", "Ms;Xatu",
     "ئاراس محەمەد;شیلان عەبدوڵڵا;هێمن کەریم;ژیان ئەحمەد",
     "60 Meter Street;100 Meter Road;Salim Street;Mawlawi Street;Bakhtiyari Street",
     "Erbil;Sulaymaniyah;Duhok;Halabja", "Ankawa;Bakhtiyari;Azadi;Iskan;Sarchinar", "",
     ["House {n}, {s}, {d} quarter, {c}", "{d}, lane {k}, house {n}, {c}", "ماڵی ژمارە {n}، گەڕەکی [ئازادی/ئیسکان]، هەولێر"],
     "gmail.com;yahoo.com", tt="g")
_loc("fa_AF", "AF", "fa", None,
     "Farid;Mustafa;Ahmad;Zabihullah;Naveed;Habib", "Maryam;Zahra;Fatima;Shabnam;Freshta;Nilofar",
     "Rahimi;Ahmadzai;Haidari;Noori;Sultani;Hashimi;Popal;Stanikzai", "Gul;Jani;Shabo",
     "Mr;~Sahib", "Ms;~jan", "احمد رحیمی;مریم نوری;فرید احمدزی;زهرا حیدری;شبنم سلطانی",
     "Darulaman Road;Airport Road;Shahr-e Naw Street;Jada-e Maiwand;Wazir Akbar Khan Road",
     "Kabul;Herat;Mazar-i-Sharif;Jalalabad;Kandahar", "Karte Se;Khair Khana;Shahr-e Naw;Dasht-e Barchi;Taimani", "",
     ["House {n}, Street {k}, {d}, {c}", "{d}, Lane {k}, house no. {n}, District {q}, {c}",
      "کابل، [کارته سه/خیرخانه/تایمنی]، سرک {k}، خانه {n}"],
     "gmail.com;yahoo.com", tt="g")
_loc("sm_WS", "WS", "sm", None,
     "Sefo;Tavita;Iosefa;Pita;Ioane;Faamanu", "Malia;Lagi;Seini;Losa;Fetu;Ana",
     "Tuilagi;Leota;Faleolo;Aumua;Sapolu;Tanielu;Fonoti;Peniamina", "Fia;Sina;Lefu",
     "Mr;Susuga", "Mrs;Tamaitai", "", "Beach Road;Vaitele Street;Falealili Street;Mulinuu Road;Cross Island Road",
     "Apia;Salelologa;Leulumoega", "Vaitele;Lepea;Vailima;Moataa", "",
     ["Lot {n}, {s}, {d}, {c}", "PO Box {m}, {c}", "Fale {n}, {d} village, Upolu"], "gmail.com;yahoo.com", tt="g")
_loc("tpi_PG", "PG", "tpi", None,
     "Peter;John;Kila;Bomai;Willie;Tau", "Mary;Grace;Rose;Kessy;Dulcie;Hane",
     "Kila;Tau;Kapi;Bomai;Kaupa;Ravu;Ila;Gabi", "Joe;Mamz;Sonny", "Mr;Papa", "Mrs;Mama", "",
     "Waigani Drive;Hubert Murray Highway;Musgrave Street;Champion Parade;Taurama Road",
     "Port Moresby;Lae;Mount Hagen;Goroka;Madang", "Gerehu;Boroko;Gordons;Hohola;Tokarara", "",
     ["Section {k}, Lot {n}, {d}, {c}", "PO Box {m}, {d}, NCD", "{n} {s}, {d}, {c}"], "gmail.com;yahoo.com")
_loc("es_PE", "PE", "es", None,
     "José Luis;Juan Carlos;Wilber;Edwin;Luis Alberto;Percy", "María Fernanda;Rosa;Yesenia;Milagros;Lucía;Flor",
     "Quispe;Mamani;Huamán;Flores;Condori;Rojas;Chávez;Ccahuana", "Pepe;Lucho;Flaca;Chato",
     "Sr.;Don", "Sra.;Doña", "", "Avenida Arequipa;Jirón de la Unión;Avenida Javier Prado;Calle Los Olivos;Avenida Brasil",
     "Lima;Arequipa;Cusco;Piura;Chiclayo", "San Juan de Lurigancho;Miraflores;Comas;Villa El Salvador;Ate", "150##",
     ["{s} {n}, dpto. {f}, {d}, {c}", "Mz. {L} Lt. {k}, AA.HH. [Los Jardines/Nueva Esperanza/Santa Rosa], {d}",
      "{s} N° {n}, int. {f}, {c} {p}"], "gmail.com;hotmail.com;yahoo.es", order="es")
_loc("es_GT", "GT", "es", None,
     "Byron;Erick;Marvin;Selvin;José Manuel;Edgar", "Ana Lucía;Heidy;Mayra;Ingrid;Sandra;Glendy",
     "López;Pérez;Xicará;Ajú;Cux;Tzul;Morales;Hernández", "Chepe;Memo;Chiqui;Nena",
     "Sr.;Don", "Sra.;Doña", "", "6a. Avenida;Calzada Roosevelt;Avenida Las Américas;Calle Real;Boulevard Los Próceres",
     "Ciudad de Guatemala;Quetzaltenango;Escuintla;Cobán;Antigua Guatemala", "zona 1;zona 10;zona 18;zona 7", "",
     ["{s} {k}-{n2}, {d}, {c}", "Lote {n}, manzana {L}, colonia [El Mezquital/La Florida/Primero de Julio], {d}",
      "Casa {n}, {s}, {c}"], "gmail.com;hotmail.com;yahoo.com", order="es")
_loc("is_IS", "IS", "is", "IS",
     "Guðmundur;Sigurður;Jón;Ólafur;Einar;Kristján", "Guðrún;Sigríður;Anna;Kristín;Helga;Margrét",
     "Jónsson|Jónsdóttir;Sigurðsson|Sigurðardóttir;Guðmundsson|Guðmundsdóttir;Ólafsson|Ólafsdóttir;"
     "Einarsson|Einarsdóttir;Kristjánsson|Kristjánsdóttir", "Gummi;Siggi;Nonni;Gunna;Stína",
     "Mr;herra", "Ms;frú", "", "Laugavegur;Hverfisgata;Skólavörðustígur;Bústaðavegur;Hringbraut",
     "Reykjavík;Akureyri;Hafnarfjörður;Kópavogur;Ísafjörður", "Vesturbær;Breiðholt;Grafarvogur;Hlíðar", "1##",
     ["{s} {n}, {p} {c}", "{s} {n}, íbúð {f}, {p} {c}", "{s} {n}b, {p} {c}"],
     "simnet.is;internet.is;gmail.com;visir.is", tt="g")
_loc("hu_HU", "HU", "hu", "HU",
     "László;István;Zoltán;Gábor;Attila;Péter", "Eszter;Katalin;Zsófia;Erzsébet;Ildikó;Anikó",
     "Nagy;Kovács;Tóth;Szabó;Horváth;Varga;Kiss;Molnár", "Laci;Pisti;Zoli;Kati;Zsófi;Erzsi",
     "Mr;~úr", "Ms;~asszony", "", "Kossuth Lajos utca;Rákóczi út;Petőfi Sándor utca;Váci út;Andrássy út",
     "Budapest;Debrecen;Szeged;Miskolc;Pécs", "Újpest;Zugló;Kőbánya;Angyalföld", "1###",
     ["{p} {c}, {s} {n}. {k}. em. {f}.", "{c}, {s} {n}. II/{f}", "{s} {n}., {p} {c}"],
     "freemail.hu;citromail.hu;gmail.com", order="sg")
_loc("ro_RO", "RO", "ro", "RO",
     "Andrei;Ionuț;Mihai;Florin;Bogdan;Cristian", "Ioana;Elena;Mihaela;Andreea;Alina;Georgiana",
     "Popescu;Ionescu;Popa;Dumitru;Stan;Munteanu;Constantin;Stoica", "Nelu;Gigel;Lili;Miki",
     "dl.;domnul", "dna;doamna", "", "Strada Mihai Eminescu;Bulevardul Unirii;Calea Victoriei;Strada Florilor;Șoseaua Colentina",
     "București;Cluj-Napoca;Iași;Timișoara;Galați", "Sector 3;Sector 2;Sector 6;Titan;Drumul Taberei", "0#####",
     ["{s} nr. {n}, bl. {b}, sc. {L}, ap. {f}, {d}, {c}", "{s} {n}, {c} {p}",
      "Str. [Florilor/Libertății/Teiului] nr. {n}, ap. {f}, {c}, jud. [Cluj/Iași/Timiș]"],
     "yahoo.com;gmail.com;yahoo.ro")
_loc("sq_AL", "AL", "sq", "AL",
     "Arben;Besnik;Ilir;Gentian;Erion;Fatmir", "Elira;Arta;Blerta;Drita;Mirela;Anila",
     "Shehu;Dervishi;Krasniqi;Gjoka;Leka;Basha;Marku;Hoxha", "Beni;Tani;Ela", "z.;Zoti", "znj.;Zonja", "",
     "Rruga e Kavajës;Rruga Myslym Shyri;Bulevardi Dëshmorët e Kombit;Rruga e Durrësit;Rruga Sami Frashëri",
     "Tiranë;Durrës;Shkodër;Vlorë;Elbasan", "Blloku;Kombinat;Laprakë;Kodra e Diellit", "10##",
     ["{s}, Pallati {n}, Shkalla {k}, Ap. {f}, {c} {p}", "{s} nr. {n}, {c}", "Lagjja [Kombinat/Laprakë], Rruga {k}, nr. {n}, {c}"],
     "gmail.com;yahoo.com;hotmail.com")
_loc("bs_BA", "BA", "bs", "BA",
     "Emir;Adnan;Haris;Mirza;Nedim;Dženan", "Amra;Lejla;Selma;Aida;Emina;Merima",
     "Hodžić;Hadžić;Kovačević;Begić;Delić;Mehmedović;Salihović;Husić", "Dado;Lela;Sejo",
     "g.;gospodin", "gđa;gospođa", "", "Titova;Zmaja od Bosne;Ferhadija;Maršala Tita;Kralja Tvrtka",
     "Sarajevo;Tuzla;Zenica;Mostar;Bihać", "Novi Grad;Centar;Stari Grad;Ilidža;Novo Sarajevo", "71###",
     ["{s} {n}, stan {f}, {p} {c}", "{s} br. {n}, {d}, {c}", "{s} {n}/{k}, {c}"], "gmail.com;hotmail.com;bih.net.ba")
_loc("cy_GB", "GB", "cy", "GB",
     "Rhys;Dafydd;Iwan;Gareth;Aled;Gethin", "Cerys;Angharad;Siân;Bethan;Nia;Eleri",
     "Jones;Evans;Davies;Pritchard;Llewelyn;Vaughan;Griffiths;Owen", "Dai;Cer;Angie", "Mr;Dr", "Mrs;Ms", "",
     "Heol y Frenhines;Stryd Fawr;Ffordd yr Orsaf;Cathedral Road;Heol Caerdydd",
     "Caerdydd;Abertawe;Aberystwyth;Bangor;Caerfyrddin", "Treganna;Y Rhath;Grangetown;Llandaf", "CF## #XX",
     ["{n} {s}, {c} {p}", "Fflat {f}, {n} {s}, {d}, {c} {p}", "{n} {s}, {c}"], "gmail.com;btinternet.com;hotmail.co.uk")
_loc("ga_IE", "IE", "ga", "IE",
     "Pádraig;Seán;Cian;Oisín;Diarmuid;Eoin", "Siobhán;Aoife;Niamh;Gráinne;Caoimhe;Máire",
     "Ó Súilleabháin|Ní Shúilleabháin;Ó Briain|Ní Bhriain;Mac Cárthaigh|Nic Cárthaigh;Ó Ceallaigh|Ní Cheallaigh;"
     "Ó Murchú|Ní Mhurchú;Breathnach", "Páidí;Seánie;Neevie", "Mr;an tUasal", "Ms;Bean", "",
     "Bóthar na Trá;Sráid an Mhuilinn;Main Street;Bóthar an Chladaigh;Church Road",
     "Gaillimh;Baile Átha Cliath;Corcaigh;An Daingean;Leitir Ceanainn", "Cnoc na Cathrach;An Spidéal;Ráth Maonais",
     "H91 X#X#", ["{n} {s}, {c}, {p}", "Árasán {f}, {n} {s}, {d}, {c}", "{n} {s}, {d}, Co. [na Gaillimhe/Chiarraí/Dhún na nGall]"],
     "gmail.com;eircom.net;yahoo.ie")
_loc("mi_NZ", "NZ", "mi", None,
     "Wiremu;Rāwiri;Tamati;Hemi;Mikaere;Tane", "Aroha;Mere;Hine;Anahera;Moana;Kiri",
     "Ngata;Te Whare;Parata;Tawhiri;Te Rangi;Kereama;Poutama;Horomona", "Wiri;Rawi;Bubba",
     "Mr;Matua", "Ms;Whaea", "", "Karangahape Road;Great South Road;Te Irirangi Drive;Marine Parade;Gloucester Street",
     "Auckland;Rotorua;Gisborne;Napier;Whangārei", "Ōtara;Māngere;Papatoetoe;Kaiti;Ōhinemutu", "####",
     ["{n} {s}, {d}, {c} {p}", "Flat {f}, {n} {s}, {d}, {c}", "{n}/{f} {s}, {c}"], "xtra.co.nz;gmail.com;outlook.co.nz",
     tt="g")
_loc("en_US", "US", "en", None,
     "James;Michael;DeShawn;Carlos;Tyler;Robert", "Jennifer;Ashley;Maria;Keisha;Emily;Linda",
     "Smith;Johnson;Nguyen;Rodriguez;Washington;Miller;Patel;O'Connor", "Mike;Jen;Bobby;Ash",
     "Mr.;Dr.", "Ms.;Mrs.", "", "Elm Street;Oak Avenue;Maple Drive;Martin Luther King Jr Blvd;Lakeshore Road",
     "Houston, TX;Tulsa, OK;Baton Rouge, LA;Fresno, CA;Asheville, NC", "Midtown;Westside;Riverside;Old Town", "#####",
     ["{n} {s}, {c} {p}", "{n} {s} Apt {f}, {c} {p}", "PO Box {m}, {c} {p}"], "gmail.com;yahoo.com;outlook.com;aol.com",
     w=2.0)
_loc("en_GB", "GB", "en", "GB",
     "Oliver;Jack;Harry;Mohammed;Connor;Liam", "Olivia;Amelia;Chloe;Priya;Sophie;Jade",
     "Smith;Taylor;Brown;Khan;Wilson;Robinson;Clarke;Hughes", "Ollie;Mo;Soph;Jay", "Mr;Dr", "Mrs;Ms", "",
     "High Street;Station Road;Church Lane;Victoria Road;Mill Lane", "Leeds;Sheffield;York;Carlisle;Hebden Bridge",
     "Headingley;Hillsborough;Chapel Allerton;Denholme", "LS# #XX",
     ["{n} {s}, {c} {p}", "Flat {f}, {n} {s}, {d}, {c} {p}", "{n} {s}, {d}, {c}"],
     "gmail.com;btinternet.com;hotmail.co.uk;outlook.com")
_loc("en_CA", "CA", "en", None,
     "Liam;Noah;Ethan;Jean-François;Raj;Tyler", "Emma;Chloé;Mackenzie;Avneet;Sarah;Brooke",
     "Tremblay;MacDonald;Singh;Roy;Campbell;Gagnon;Wong;Thompson", "JF;Mac;Brookie", "Mr.;Dr.", "Ms.;Mrs.", "",
     "Jasper Avenue;Portage Avenue;Main Street;Lakeshore Road;Queen Street",
     "Fort McMurray, AB;Winnipeg, MB;Kelowna, BC;Halifax, NS", "Downtown;Thickwood;Glenmore;North End", "X#X #X#",
     ["{n} {s}, {c} {p}", "Unit {f}, {n} {s}, {c} {p}", "{f}-{n} {s}, {c} {p}"], "gmail.com;shaw.ca;outlook.com;sympatico.ca")
# fmt: on
LOC_BY_CODE = {loc.code: loc for loc in LOCALES}

# phrases used for partly / wholly non-English rows
_PK = [
    "missing",
    "safe",
    "call",
    "help",
    "mother",
    "brother",
    "sister",
    "thanks",
    "urgent",
    "hello",
    "not_reached",
    "address",
]
_PHRASE_SRC = {
    "en": "MISSING;safe;please call;help;my mum;my brother;my sister;thanks;URGENT;hi;not reached;address",
    "mn": "сураггүй алга болсон;аюулгүй;залгаарай;тусламж;ээж;ах;эгч;баярлалаа;яаралтай;сайн байна уу;холбогдохгүй байна;хаяг",
    "ru": "пропал без вести;в безопасности;позвоните;помогите;мама;брат;сестра;спасибо;срочно;здравствуйте;не дозвонились;адрес",
    "uz": "yo'qolgan;xavfsiz;qo'ng'iroq qiling;yordam;onam;akam;singlim;rahmat;shoshilinch;salom;bog'lanib bo'lmadi;manzil",
    "ka": "დაკარგული;უსაფრთხოდ;დარეკეთ;დახმარება;დედა;ძმა;და;მადლობა;სასწრაფოდ;გამარჯობა;ვერ დავუკავშირდით;მისამართი",
    "hy": "անհետ կորած;ապահով;զանգահարեք;օգնություն;մայրս;եղբայրս;քույրս;շնորհակալություն;շտապ;բարև;կապ չկա;հասցե",
    "az": "itkin düşüb;təhlükəsizdir;zəng edin;kömək;anam;qardaşım;bacım;təşəkkürlər;təcili;salam;əlaqə yoxdur;ünvan",
    "my": "ပျောက်ဆုံး;လုံခြုံ;ဖုန်းဆက်ပါ;ကူညီပါ;အမေ;အစ်ကို;ညီမ;ကျေးဇူးတင်ပါတယ်;အရေးပေါ်;မင်္ဂလာပါ;ဆက်သွယ်မရ;လိပ်စာ",
    "km": "បាត់ខ្លួន;សុវត្ថិភាព;សូមទូរស័ព្ទ;ជួយផង;ម្តាយ;បងប្រុស;ប្អូនស្រី;អរគុណ;បន្ទាន់;សួស្តី;ទាក់ទងមិនបាន;អាសយដ្ឋាន",
    "lo": "ຫາຍສາບສູນ;ປອດໄພ;ໂທຫາ;ຊ່ວຍແດ່;ແມ່;ອ້າຍ;ນ້ອງສາວ;ຂອບໃຈ;ດ່ວນ;ສະບາຍດີ;ຕິດຕໍ່ບໍ່ໄດ້;ທີ່ຢູ່",
    "ne": "हराएको;सुरक्षित;फोन गर्नुहोस्;सहयोग;आमा;दाइ;बहिनी;धन्यवाद;अत्यावश्यक;नमस्ते;सम्पर्क भएन;ठेगाना",
    "si": "අතුරුදහන්;ආරක්ෂිතයි;කතා කරන්න;උදව්;අම්මා;අයියා;නංගී;ස්තූතියි;හදිසි;ආයුබෝවන්;සම්බන්ධ කරගත නොහැක;ලිපිනය",
    "ta": "காணவில்லை;பாதுகாப்பாக;அழைக்கவும்;உதவி;அம்மா;அண்ணா;தங்கை;நன்றி;அவசரம்;வணக்கம்;தொடர்பு கிடைக்கவில்லை;முகவரி",
    "ml": "കാണാതായി;സുരക്ഷിതം;വിളിക്കുക;സഹായം;അമ്മ;ചേട്ടൻ;അനിയത്തി;നന്ദി;അടിയന്തരം;നമസ്കാരം;ബന്ധപ്പെടാനായില്ല;വിലാസം",
    "ht": "disparèt;an sekirite;rele;èd;manman m;frè m;sè m;mèsi;ijan;bonjou;pa jwenn li;adrès",
    "fr": "disparu;en sécurité;appelez;aidez-nous;ma mère;mon frère;ma sœur;merci;urgent;bonjour;injoignable;adresse",
    "rw": "yabuze;ameze neza;hamagara;ubufasha;mama;musaza wanjye;mushiki wanjye;murakoze;byihutirwa;muraho;ntitwamubonye;aderesi",
    "pt": "desaparecido;em segurança;liguem;ajuda;minha mãe;meu irmão;minha irmã;obrigado;urgente;bom dia;não atende;morada",
    "so": "maqan;nabad qaba;wac;caawimaad;hooyaday;walaalkay;walaashay;mahadsanid;degdeg;salaan;lama helin;cinwaan",
    "ar": "مفقود;بأمان;اتصلوا;مساعدة;أمي;أخي;أختي;شكراً;عاجل;السلام عليكم;لم نتمكن من الوصول;العنوان",
    "ckb": "ون بووە;سەلامەتە;پەیوەندی بکە;یارمەتی;دایکم;براکەم;خوشکەکەم;سوپاس;بەپەلە;سڵاو;پەیوەندی نەکرا;ناونیشان",
    "fa": "گمشده;در امان;تماس بگیرید;کمک;مادرم;برادرم;خواهرم;تشکر;عاجل;سلام;تماس برقرار نشد;آدرس",
    "sm": "leiloa;saogalemu;vili mai;fesoasoani;tina;uso;tuafafine;fa'afetai;faanatinati;talofa;le maua;tuatusi",
    "tpi": "lus;stap gut;kolim;helpim;mama bilong mi;brata bilong mi;susa bilong mi;tenkyu;hariap;gude;mipela i no painim;ples",
    "es": "desaparecido;a salvo;llamen;ayuda;mi mamá;mi hermano;mi hermana;gracias;urgente;buenas;no contesta;dirección",
    "is": "saknað;óhult;hringið;hjálp;mamma mín;bróðir minn;systir mín;takk;áríðandi;halló;náðist ekki;heimilisfang",
    "hu": "eltűnt;biztonságban;hívjon;segítség;anyukám;bátyám;húgom;köszönöm;sürgős;szia;nem elérhető;lakcím",
    "ro": "dispărut;în siguranță;sunați;ajutor;mama mea;fratele meu;sora mea;mulțumesc;urgent;bună ziua;nu răspunde;adresa",
    "sq": "i zhdukur;i sigurt;telefononi;ndihmë;nëna ime;vëllai im;motra ime;faleminderit;urgjent;përshëndetje;nuk u kontaktua;adresa",
    "bs": "nestao;siguran;nazovite;pomoć;moja mama;moj brat;moja sestra;hvala;hitno;zdravo;nedostupan;adresa",
    "cy": "ar goll;yn ddiogel;ffoniwch;help;mam;fy mrawd;fy chwaer;diolch;brys;shwmae;dim ateb;cyfeiriad",
    "ga": "ar iarraidh;slán sábháilte;cuir glaoch;cabhair;mo mháthair;mo dheartháir;mo dheirfiúr;go raibh maith agat;"
    "práinneach;dia duit;níor freagraíodh;seoladh",
    "mi": "ngaro;haumaru;waea mai;āwhina;tōku whaea;tōku tungāne;tōku tuahine;ngā mihi;kōhukihuki;kia ora;kāore i whakautu;wāhi noho",
}
PHRASES: dict[str, dict[str, str]] = {
    k: dict(zip(_PK, v.split(";"), strict=True)) for k, v in _PHRASE_SRC.items()
}

# --------------------------------------------------------------------------------------------------------------
# Non-PII vocabulary (hard negatives)
# --------------------------------------------------------------------------------------------------------------
STORMS = [
    "Cyclone Mocha",
    "Hurricane Melissa",
    "Storm Babet",
    "Typhoon Yagi",
    "Cyclone Freddy",
    "Hurricane Beryl",
    "Storm Daniel",
    "Cyclone Idai",
    "Storm Éowyn",
    "Cyclone Gabrielle",
    "Hurricane Otis",
]
PETS = ["Biscuit", "Rex", "Bella", "Max", "Luna", "Tiger", "Mishka", "Bolt", "Coco", "Simba"]
AGENCIES = [
    "the Red Cross",
    "the Red Crescent",
    "UNHCR",
    "IOM",
    "OCHA",
    "WFP",
    "MSF",
    "UNICEF",
    "Civil Protection",
    "the Fire and Rescue Service",
    "the National Disaster Management Authority",
    "the Ministry of Health",
    "the Meteorological Office",
    "the Coast Guard",
    "World Vision",
    "CARE",
]
OFFICIALS = [
    "UN Secretary-General António Guterres",
    "WHO Director-General Tedros Adhanom Ghebreyesus",
    "UN relief chief Tom Fletcher",
    "UN rights chief Volker Türk",
    "UNICEF's Catherine Russell",
]
PUBLIC_ACCOUNTS = [
    "@UNOCHA",
    "@WHO",
    "@IFRC",
    "@Reuters",
    "@ReliefWeb",
    "@UNHCRsupport",
    "@metoffice",
    "@NWS",
]
ROLE_LOCALS = [
    "support",
    "info",
    "noreply",
    "no-reply",
    "dpo",
    "privacy",
    "security",
    "abuse",
    "press",
    "helpdesk",
    "claims",
    "hr",
    "it-ops",
    "dispatch",
    "hotline",
    "admin",
    "volunteers",
    "office",
]
ORG_DOMAINS = [
    "contoso.com",
    "northwindbank.com",
    "fabrikampay.com",
    "globex.com",
    "tailspinair.com",
    "relief-alliance.org",
    "fieldops.ngo",
    "healthdept.gov.example",
    "cityschools.example.org",
]
LANDMARKS = [
    "central market",
    "main mosque",
    "old bus station",
    "water tower",
    "football ground",
    "district hospital",
    "Catholic church",
    "petrol station",
    "primary school",
    "river bridge",
    "police post",
    "cell tower",
]
JOBS = [
    "shift supervisor",
    "site manager",
    "nurse",
    "driver",
    "warehouse lead",
    "field officer",
    "duty officer",
    "IT administrator",
    "branch manager",
    "paramedic",
    "logistics coordinator",
    "teacher",
    "claims handler",
]
TEAMS = [
    "Team Alpha",
    "Blue Watch",
    "WASH cluster",
    "Protection team",
    "SOC Tier 2",
    "Incident Command",
    "Crew 7",
    "Logistics",
    "Night shift",
    "Red Team",
]
HOSP_SUFFIX = [
    "General Hospital",
    "Regional Referral Hospital",
    "District Hospital",
    "Trauma Centre",
    "Children's Hospital",
    "Teaching Hospital",
]
SHELTER_SHAPES = [
    "{c} Sports Hall",
    "School No. {k} shelter",
    "{c} Stadium, Block B",
    "Central Mosque hall",
    "St. Joseph's parish hall",
    "{c} Convention Centre",
    "Camp {L}-{k}",
]
WITHHELD = [
    "[withheld]",
    "(name withheld)",
    "anon",
    "N/A",
    "the caller",
    "a resident",
    "***",
    "unknown",
    "[redacted by sender]",
    "the complainant",
]
AIRLINES = ["QR", "TK", "ET", "KQ", "EK", "MU", "AF", "LH", "SQ", "FJ", "PX"]
_DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
KIN_M = [
    "my brother",
    "my uncle",
    "my father",
    "my son",
    "my cousin",
    "my grandfather",
    "my husband",
    "my nephew",
]
KIN_F = [
    "my sister",
    "my aunt",
    "my mother",
    "my daughter",
    "my cousin",
    "my grandmother",
    "my wife",
    "my niece",
]

IBAN_SPEC = {
    "GE": "2a16n",
    "AZ": "4a20c",
    "AL": "8n16c",
    "BA": "16n",
    "HU": "24n",
    "RO": "4a16c",
    "IS": "22n",
    "IE": "4a14n",
    "GB": "4a14n",
    "KZ": "3n13c",
    "MN": "16n",
    "IQ": "4a15n",
    "SD": "14n",
    "SO": "19n",
    "MZ": "21n",
    "DE": "18n",
    "FR": "10n11c2n",
    "NL": "4a10n",
}
BANK_CODES = {
    "GB": ["BARC", "LOYD", "MIDL", "HBUK"],
    "IE": ["AIBK", "BOFI", "IPBS"],
    "RO": ["BTRL", "RNCB", "BRDE"],
    "AZ": ["NABZ", "IBAZ", "PAHA"],
    "GE": ["TB", "BG", "LB"],
    "IQ": ["NBIQ", "RAFB"],
    "NL": ["INGB", "RABO", "ABNA"],
}
US_STATES_DL = ["CA", "TX", "FL", "NY", "IL", "PA"]

_FOLD = str.maketrans(
    {
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "Th",
        "æ": "ae",
        "ø": "o",
        "ə": "e",
        "Ə": "E",
        "ı": "i",
        "ł": "l",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
    }
)


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(ch for ch in s if ch.isascii() and ch.isalnum()).lower()


def luhn_ok(num: str) -> bool:
    digits = [int(ch) for ch in num if ch.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return total % 10 == 0


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return str((10 - total % 10) % 10)


def iban_ok(iban: str) -> bool:
    s = re.sub(r"\s", "", iban).upper()
    if len(s) < 15 or s[:2] not in IBAN_SPEC:
        return False
    if len(s) != 4 + sum(int(x) for x in re.findall(r"\d+", IBAN_SPEC[s[:2]])):
        return False
    return int("".join(str(int(ch, 36)) for ch in s[4:] + s[:4])) % 97 == 1


@dataclass
class Person:
    given: str
    sur: str
    sur2: str
    sex: str
    nick: str
    native: str
    full: str


Pieces = list[tuple[str | None, str]]
_FIELD = re.compile(r"\{(\w+)\}")
_ADDR_TOK = re.compile(r"\{(\w+)\}|\[([^\]]+)\]")
_PHONE_CACHE: dict[tuple[str, int], phonenumbers.PhoneNumber | None] = {}


class Ctx:
    """Per-row state: random source, locale, and the text / spans being assembled."""

    def __init__(self, rng: random.Random, loc: Loc, clean: bool):
        self.r = rng
        self.L = loc
        self.clean = clean
        self.mix = loc.lang != "en" and rng.random() < 0.45
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[dict] = []
        self.brands: list[str] = []
        self.case: str | None = None
        self.noise: str | None = None

    # ---- assembly ------------------------------------------------------------------------------------------
    def _add(self, label: str | None, txt: str) -> None:
        if not txt:
            return
        if label == "BRAND":
            self.brands.append(txt)
        else:
            if self.case and label in (None, "PERSON", "STREET_ADDRESS", "EMAIL_ADDRESS"):
                txt = txt.upper() if self.case == "upper" else txt.lower()
            if label is None and self.noise:
                txt = self._noisy(txt)
            elif label in ("PERSON", "STREET_ADDRESS") and self.noise == "ocr" and self.r.random() < 0.3:
                txt = txt.replace("m", "rn", 1) if "m" in txt else txt.replace("l", "1", 1)
        if label and label != "BRAND":
            assert txt == txt.strip() and txt, (label, txt)
            self.spans.append({"label": label, "start": self.pos, "end": self.pos + len(txt), "value": txt})
        self.parts.append(txt)
        self.pos += len(txt)

    def w(self, fmt: str, **kw) -> None:
        pos = 0
        for m in _FIELD.finditer(fmt):
            self._add(None, fmt[pos : m.start()])
            v = kw[m.group(1)]
            if isinstance(v, str):
                self._add(None, v)
            else:
                for lab, txt in v:
                    self._add(lab, txt)
            pos = m.end()
        self._add(None, fmt[pos:])

    def _noisy(self, txt: str) -> str:
        r = self.r
        if self.noise == "typo":

            def typo(m: re.Match) -> str:
                wd = m.group(0)
                if r.random() > 0.05:
                    return wd
                i = r.randrange(1, len(wd) - 2)
                op = r.randrange(3)
                if op == 0:
                    return wd[:i] + wd[i + 1] + wd[i] + wd[i + 2 :]
                if op == 1:
                    return wd[:i] + wd[i + 1 :]
                return wd[:i] + wd[i] + wd[i:]

            return re.sub(r"[A-Za-z]{5,}", typo, txt)
        out = []
        for ch in txt:
            x = r.random()
            if ch == "m" and x < 0.2:
                out.append("rn")
            elif ch == "l" and x < 0.08:
                out.append("1")
            elif ch == "O" and x < 0.2:
                out.append("0")
            elif ch == "e" and x < 0.03:
                out.append("c")
            elif ch == " " and x < 0.05:
                out.append("\n")
            elif ch == " " and x < 0.06:
                out.append(" " + r.choice("~|'`.,"))
            else:
                out.append(ch)
        return "".join(out)

    def row(self, tid: int) -> dict:
        return {
            "text": "".join(self.parts),
            "spans": self.spans,
            "template_id": tid,
            "locale": self.L.code,
            "brands": self.brands,
        }

    # ---- small helpers -------------------------------------------------------------------------------------
    def ch(self, seq):
        return self.r.choice(seq)

    @property
    def us(self) -> bool:
        return self.L.code == "en_US"

    def times(self, k: int) -> list[str]:
        t, out = self.r.randint(0, 20 * 3600), []
        for _ in range(k):
            t = (t + self.r.randint(20, 900)) % 86400
            out.append(f"{t // 3600:02d}:{t % 3600 // 60:02d}")
        return out

    def num(self, k: int) -> str:
        return str(self.r.randint(1, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(k - 1))

    def x(self, key: str) -> str:
        return PHRASES[self.L.lang if self.mix else "en"][key]

    def kin(self, p: Person) -> str:
        if self.mix and self.r.random() < 0.6:
            return PHRASES[self.L.lang]["brother" if p.sex == "m" else self.ch(["mother", "sister"])]
        return self.ch(KIN_M if p.sex == "m" else KIN_F)

    # ---- people ----------------------------------------------------------------------------------------------
    def P(self, sex: str | None = None) -> Person:
        r, L = self.r, self.L
        sex = sex or r.choice("mf")
        given = r.choice(L.m if sex == "m" else L.f)

        def sur() -> str:
            x = r.choice(L.s)
            if "|" in x:
                a, b = x.split("|")
                return a if sex == "m" else b
            return x

        s1 = s2 = ""
        if L.order in ("g3", "es"):
            s1 = sur()
            s2 = sur()
            while s2 == s1:
                s2 = sur()
        elif L.order != "mono":
            s1 = sur()
        if L.order == "sg":
            full = f"{s1} {given}"
        elif L.order == "mono":
            full = given
        else:
            full = " ".join(x for x in (given, s1, s2) if x)
        nick = r.choice(L.k) if L.k else given
        native = r.choice(L.nat) if L.nat else full
        return Person(given, s1, s2, sex, nick, native, full)

    def _forms(self, p: Person) -> dict[str, str]:
        g, s, order = p.given, p.sur, self.L.order
        d = {"full": p.full, "first": g, "lower": p.full.lower(), "upper": p.full.upper()}
        if s:
            if order in ("sg", "ini"):
                d["init_sur"] = f"{s[0]}. {g}"
                d["sfc"] = f"{s.upper()} {g}"
            else:
                d["init_sur"] = f"{g[0]}. {s}"
                d["sfc"] = f"{(s + ' ' + p.sur2).strip().upper()} {g}"
                d["first_init"] = f"{g.split()[0]} {s[0]}."
            if order != "sg":
                d["comma"] = f"{s}, {g}"
            d["inits"] = "".join(
                w[0].upper() + "." for w in p.full.replace("-", " ").split() if w[0].isalpha()
            )
        if self.L.k:
            d["nick"] = p.nick
        if self.L.nat:
            d["native"] = p.native
        return d

    _FORM_W = {
        "full": 30,
        "first": 14,
        "title": 13,
        "init_sur": 5,
        "sfc": 6,
        "comma": 4,
        "lower": 5,
        "upper": 5,
        "nick": 4,
        "native": 9,
        "first_init": 3,
        "inits": 1,
    }

    def n(self, p: Person, forms: str | None = None) -> Pieces:
        """A person's name in one of the forms people write (PERSON span, honorific outside)."""
        if self.clean:
            return [(None, self.ch(WITHHELD))]
        avail = self._forms(p)
        cand = [f for f in (forms.split("|") if forms else self._FORM_W) if f in avail or f == "title"]
        if not cand:
            cand = ["full"]
        f = self.r.choices(cand, [self._FORM_W.get(x, 5) for x in cand])[0]
        if f == "title":
            return self.title(p)
        return [("PERSON", avail[f])]

    def title(self, p: Person) -> Pieces:
        if self.clean:
            return [(None, self.ch(WITHHELD))]
        hons = self.L.hm if p.sex == "m" else self.L.hf
        h = "Dr" if self.r.random() < 0.08 else self.ch(hons)
        target = p.given if (self.L.tt == "g" or not p.sur) else p.sur
        if h.startswith("~"):
            return [("PERSON", target), (None, " " + h[1:])]
        return [(None, h + " "), ("PERSON", target)]

    def sn(self, p: Person) -> Pieces:
        """Surname alone (after a title written by the template)."""
        if self.clean:
            return [(None, self.ch(WITHHELD))]
        return [("PERSON", p.sur or p.given)]

    def _gs(self, p: Person) -> tuple[str, str, str]:
        g1 = fold(p.given.split()[0]) or "user"
        gf = fold(p.given) or g1
        s = fold(p.sur) if p.sur else fold(p.given.split()[-1])
        return g1, gf, s or g1

    def em(self, p: Person, work: bool = False) -> Pieces:
        if self.clean:
            return self.role()
        r = self.r
        g, gf, s = self._gs(p)
        yy = str(r.choice([r.randint(70, 99), r.randint(1, 99), r.randint(1975, 2006)]))
        opts = [
            f"{g}.{s}",
            f"{gf}{s}",
            f"{g[0]}{s}",
            f"{g}_{s}",
            f"{s}.{g}",
            f"{g}{yy}",
            f"{g[0]}.{s}{yy}",
            f"{s}{g[0]}",
            f"{gf}.{s}{yy}",
            f"{fold(p.nick) or g}{yy}",
        ]
        if work:
            return [("EMAIL_ADDRESS", f"{r.choice(opts[:5])}@{r.choice(ORG_DOMAINS)}")]
        return [("EMAIL_ADDRESS", f"{r.choice(opts)}@{r.choice(self.L.mail)}")]

    def lg(self, p: Person) -> Pieces:
        """A person's login / account name (PERSON)."""
        if self.clean:
            return [(None, self.ch(["svc-backup", "svc_sync", "admin", "root", "scanner01", "kiosk-3"]))]
        r = self.r
        g, _gf, s = self._gs(p)
        return [
            (
                "PERSON",
                r.choice(
                    [
                        f"{s[0]}.{g}",
                        f"{g[0]}{s}{r.randint(1, 99)}",
                        f"{g}.{s}",
                        f"{s}{g[0]}",
                        f"{g}{s[0]}",
                        f"{g[0]}{s}",
                    ]
                ),
            )
        ]

    def hd(self, p: Person) -> Pieces:
        """@handle built from a name: "@" outside, the name part is the PERSON span."""
        if self.clean:
            return [(None, self.ch(PUBLIC_ACCOUNTS))]
        g, _gf, s = self._gs(p)
        h = self.ch([g.title() + s.title(), f"{g}_{s}", f"{g}.{s}", f"{g}{s[0]}", s.title() + g.title()])
        return [(None, "@"), ("PERSON", h)]

    def tag(self, p: Person) -> Pieces:
        if self.clean:
            return [(None, self.ch(["#FloodRelief", "#MissingPersons", "#SafeAndWell"]))]
        g, _gf, s = self._gs(p)
        name = g.title() + (s.title() if self.r.random() < 0.6 else "")
        pre, post = self.ch([("#Find", ""), ("#Missing", ""), ("#Bring", "Home"), ("#", "")])
        return [(None, pre), ("PERSON", name), (None, post)]

    # ---- phones ----------------------------------------------------------------------------------------------
    def _phone_obj(self, region: str | None = None) -> phonenumbers.PhoneNumber:
        region = region or self.L.region
        t = PNT.MOBILE if self.r.random() < 0.75 else PNT.FIXED_LINE
        key = (region, int(t))
        if key not in _PHONE_CACHE:
            _PHONE_CACHE[key] = phonenumbers.example_number_for_type(region, t)
        ex = _PHONE_CACHE[key] or phonenumbers.example_number_for_type(region, PNT.MOBILE)
        nsn = phonenumbers.national_significant_number(ex)
        keep = 2 if len(nsn) > 7 else 1
        for _ in range(60):
            cand = nsn[:keep] + "".join(str(self.r.randint(0, 9)) for _ in range(len(nsn) - keep))
            num = phonenumbers.parse(f"+{ex.country_code}{cand}")
            if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
                return num
        return ex

    def ph(self, style: str | None = None, region: str | None = None) -> Pieces:
        if self.clean:
            return [
                (
                    None,
                    self.ch(
                        [
                            "the hotline",
                            "ext. " + self.num(4),
                            "(no number given)",
                            "the office line",
                            "switchboard",
                        ]
                    ),
                )
            ]
        r = self.r
        num = self._phone_obj(region)
        style = style or r.choices(["intl", "nat", "e164", "00", "grp"], [30, 30, 10, 8, 22])[0]
        intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
        nat = phonenumbers.format_number(num, PNF.NATIONAL)
        if style == "intl":
            v = intl
        elif style == "nat":
            v = nat
        elif style == "e164":
            v = phonenumbers.format_number(num, PNF.E164)
        elif style == "00":
            v = f"00{num.country_code} {phonenumbers.national_significant_number(num)}"
        elif style == "spell":
            v = self._spell(r.choice([nat, intl]))
        else:
            digits = re.sub(r"\D", "", nat)
            pre = ""
            if r.random() < 0.4:
                pre = f"+{num.country_code}-"
                digits = phonenumbers.national_significant_number(num)
            chunks, i = [], 0
            while i < len(digits):
                k = [3, 3, 4, 4][len(chunks)] if num.country_code == 1 else r.choice([2, 3, 3, 4])
                chunks.append(digits[i : i + k])
                i += k
            if len(chunks[-1]) == 1 and len(chunks) > 1:
                last = chunks.pop()
                chunks[-1] += last
            v = pre + r.choice(["-", ".", " ", "-"]).join(chunks)
        return [("PHONE_NUMBER", v.strip())]

    def _spell(self, s: str) -> str:
        out = []
        for grp in s.replace("-", " ").replace("(", "").replace(")", "").split():
            if self.r.random() < 0.35:
                out.append(grp)
                continue
            words, i = [], 0
            while i < len(grp):
                ch = grp[i]
                if ch == "+":
                    words.append("plus")
                elif ch.isdigit():
                    if i + 1 < len(grp) and grp[i + 1] == ch and self.r.random() < 0.6:
                        words.append("double " + _DIG[int(ch)])
                        i += 1
                    else:
                        words.append("oh" if ch == "0" and self.r.random() < 0.5 else _DIG[int(ch)])
                i += 1
            out.append(" ".join(words))
        return " ".join(x for x in out if x)

    # ---- addresses -------------------------------------------------------------------------------------------
    def _pc(self, pat: str) -> str:
        return "".join(
            str(self.r.randint(0, 9)) if ch == "#" else self.ch("ABDEFHJLNPRTWXY") if ch == "X" else ch
            for ch in pat
        )

    def ad(self, fmt: str | None = None) -> Pieces:
        if self.clean:
            return [(None, self.bare_place())]
        r, L = self.r, self.L
        fmt = fmt or r.choice(L.af)

        def tok(m: re.Match) -> str:
            if m.group(2):
                return r.choice(m.group(2).split("/"))
            t = m.group(1)
            if t == "n":
                return str(r.choice([r.randint(1, 40), r.randint(1, 250)])) + (
                    "a" if r.random() < 0.05 else ""
                )
            vals = {
                "f": lambda: str(r.randint(1, 140)),
                "s": lambda: r.choice(L.st),
                "c": lambda: r.choice(L.c),
                "d": lambda: r.choice(L.d),
                "p": lambda: self._pc(L.pc),
                "k": lambda: str(r.randint(1, 20)),
                "m": lambda: str(r.randint(100, 9999)),
                "q": lambda: str(r.randint(100, 599)),
                "b": lambda: str(r.randint(1, 60)),
                "L": lambda: r.choice("ABCDEFGH"),
                "n2": lambda: f"{r.randint(1, 99):02d}",
            }
            return vals[t]()

        return [("STREET_ADDRESS", _ADDR_TOK.sub(tok, fmt).strip())]

    def street(self) -> str:
        return self.ch(self.L.st)

    def city(self) -> str:
        return self.ch(self.L.c)

    def dist(self) -> str:
        return self.ch(self.L.d)

    def bare_place(self) -> str:
        r = self.r
        return r.choice(
            [
                self.street(),
                f"near the {r.choice(LANDMARKS)}",
                f"the {r.randint(1, 9)}00 block of {self.street()}",
                self.dist(),
                f"{self.street()}, {self.city()}",
                f"behind the {r.choice(LANDMARKS)}",
            ]
        )

    # ---- finance / ids -----------------------------------------------------------------------------------------
    def ib(self, cc: str | None = None, grouped: bool | None = None) -> Pieces:
        if self.clean:
            return [(None, self.ch(["the account on file", "IBAN ending " + self.num(4), "[IBAN removed]"]))]
        r = self.r
        cc = cc or self.L.iban or r.choice(["DE", "FR", "NL", "GB"])
        bban = ""
        for i, (cnt, kind) in enumerate(re.findall(r"(\d+)([anc])", IBAN_SPEC[cc])):
            k = int(cnt)
            if kind == "a":
                codes = [b for b in BANK_CODES.get(cc, []) if len(b) == k]
                bban += (
                    r.choice(codes)
                    if codes and i == 0
                    else "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(k))
                )
            elif kind == "n":
                bban += "".join(str(r.randint(0, 9)) for _ in range(k))
            else:
                bban += "".join(r.choice("0123456789" * 4 + "ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(k))
        chk = 98 - int("".join(str(int(c, 36)) for c in bban + cc + "00")) % 97
        iban = f"{cc}{chk:02d}{bban}"
        if grouped is None:
            grouped = r.random() < 0.5
        if grouped:
            iban = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return [("IBAN_CODE", iban)]

    def cc(self) -> Pieces:
        if self.clean:
            return [(None, "card ending " + self.num(4))]
        r = self.r
        kind = r.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
        pre, ln = {
            "visa": ("4", 16),
            "mc": (str(r.randint(51, 55)), 16),
            "mc2": (str(r.randint(2221, 2720)), 16),
            "amex": (r.choice(["34", "37"]), 15),
            "disc": ("6011", 16),
        }[kind]
        body = pre + "".join(str(r.randint(0, 9)) for _ in range(ln - len(pre) - 1))
        n = body + _luhn_digit(body)
        sep = r.choice([" ", " ", "-", ""])
        if kind == "amex":
            v = sep.join([n[:4], n[4:10], n[10:]])
        else:
            v = sep.join(n[i : i + 4] for i in range(0, 16, 4))
        return [("CREDIT_CARD", v)]

    def ssn(self) -> Pieces:
        assert self.L.code == "en_US"
        if self.clean:
            return [(None, "[SSN on file]")]
        r = self.r
        a = r.randint(1, 899)
        a = 667 if a == 666 else a
        g, s = r.randint(1, 99), r.randint(1, 9999)
        sep = r.choice(["-", "-", "-", " ", ""])
        return [("US_SSN", f"{a:03d}{sep}{g:02d}{sep}{s:04d}")]

    def dl(self) -> tuple[str, Pieces]:
        assert self.L.code == "en_US"
        r = self.r
        st = r.choice(US_STATES_DL)
        if self.clean:
            return st, [(None, "on file")]
        d = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
        letter = r.choice("ABCDEFGHJKLMNPRSTW")
        v = {
            "CA": letter + d(7),
            "TX": d(8),
            "FL": f"{letter}{d(3)}-{d(3)}-{d(2)}-{d(3)}-{d(1)}",
            "NY": r.choice([d(9), f"{d(3)} {d(3)} {d(3)}"]),
            "IL": f"{letter}{d(3)}-{d(4)}-{d(4)}",
            "PA": r.choice([d(8), f"{d(2)} {d(3)} {d(3)}"]),
        }[st]
        return st, [("US_DRIVER_LICENSE", v)]

    def dlp(self) -> Pieces:
        """State code (outside the span) + licence number."""
        st, pieces = self.dl()
        return [(None, st + " "), *pieces]

    def ip4(self) -> Pieces:
        if self.clean:
            return [(None, self.host())]
        r = self.r
        if r.random() < 0.2:
            v = r.choice(
                [
                    f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                    f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                ]
            )
        else:
            v = (
                f"{r.choice([23, 41, 45, 62, 77, 85, 91, 102, 103, 105, 154, 176, 185, 196, 197, 202, 213])}."
                f"{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            )
        return [("IP_ADDRESS", v)]

    def ip6(self) -> Pieces:
        if self.clean:
            return [(None, self.host())]
        r = self.r
        groups = [r.choice([0x2001, 0x2A02, 0x2C0F, 0x2400, 0x2804]), r.randint(0, 0xFFFF)]
        groups += [0 if r.random() < 0.35 else r.randint(0, 0xFFFF) for _ in range(6)]
        return [("IP_ADDRESS", str(ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))))]

    def ip(self) -> Pieces:
        return self.ip6() if self.r.random() < 0.3 else self.ip4()

    # ---- hard negatives ----------------------------------------------------------------------------------------
    def br(self, name: str | None = None) -> Pieces:
        return [("BRAND", name or self.ch(BRANDS))]

    def hbr(self) -> Pieces:
        return [("BRAND", self.ch(HANDLE_BRANDS))]

    def role(self) -> Pieces:
        return [(None, f"{self.ch(ROLE_LOCALS)}@{self.ch(ORG_DOMAINS)}")]

    def ref(self, pre: str | None = None) -> str:
        r = self.r
        pre = pre or r.choice(["INC", "CASE", "TKT", "REF", "SR", "CLM", "RFL"])
        return r.choice(
            [
                f"{pre}-{r.randint(2023, 2025)}-{self.num(5)}",
                f"{pre}{self.num(7)}",
                f"#{self.num(5)}",
                f"{pre}/{self.num(4)}/{r.randint(23, 25)}",
            ]
        )

    def date(self) -> str:
        r = self.r
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.choice([2023, 2024, 2025])
        mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
        return r.choice(
            [
                f"{d:02d}/{m:02d}/{y}",
                f"{y}-{m:02d}-{d:02d}",
                f"{d} {mon}",
                f"{d} {mon} {y}",
                f"{d}.{m}.{y}",
                f"{mon} {d}",
                f"{d}-{mon}-{y % 100}",
            ]
        )

    def time(self) -> str:
        r = self.r
        h, mi = r.randint(0, 23), r.randint(0, 59)
        return r.choice(
            [
                f"{h:02d}:{mi:02d}",
                f"{h % 12 or 12}:{mi:02d} {'am' if h < 12 else 'pm'}",
                f"{h:02d}{mi:02d}h",
                f"{h:02d}:{mi:02d}:{r.randint(0, 59):02d}",
            ]
        )

    def money(self) -> str:
        r = self.r
        a = r.choice([r.randint(20, 999), r.randint(1000, 250000)])
        cur = r.choice(["USD", "EUR", "$", "€", "£", "GBP", "MNT", "KES", "XOF", "UGX", "HUF"])
        s = f"{a:,}" if a >= 1000 else str(a)
        return f"{cur}{s}" if cur in "$€£" else f"{s} {cur}"

    def flight(self) -> str:
        return f"{self.ch(AIRLINES)} {self.r.randint(10, 999)}"

    def host(self) -> str:
        r = self.r
        return r.choice(
            [
                f"{r.choice(['auth-gw', 'vpn-edge', 'mail', 'db', 'web', 'sso'])}-{r.randint(1, 12):02d}."
                f"{r.choice(['eu-west', 'prod', 'corp', 'dr'])}.internal",
                f"{r.choice(['ws', 'lt', 'srv'])}-{self.num(4)}.corp.local",
            ]
        )

    def url(self) -> str:
        r = self.r
        return r.choice(
            [
                f"https://status.example.org/incidents/{self.num(4)}",
                f"bit.ly/3{self.num(2)}xR9p",
                f"https://reliefweb.int/report/{self.num(6)}",
                f"http://secure-login-verify.top/{self.num(3)}",
                f"https://www.example.gov/alerts/{self.num(3)}",
                "https://forms.gle/Xq7Lm2",
            ]
        )

    def ver(self) -> str:
        r = self.r
        return r.choice(
            [
                f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}",
                f"build {r.randint(2023, 2025)}.{r.randint(1, 12)}.{r.randint(1, 30)}",
            ]
        )

    def hosp(self) -> str:
        return self.r.choice(
            [f"{self.city()} {self.ch(HOSP_SUFFIX)}", "St. Mary's Hospital", "Mercy Field Hospital"]
        )

    def shelter(self) -> str:
        r = self.r
        return r.choice(SHELTER_SHAPES).format(c=self.city(), k=r.randint(1, 40), L=r.choice("ABCDE"))

    def agency(self) -> str:
        return self.ch(AGENCIES)

    def storm(self) -> str:
        return self.ch(STORMS)


# --------------------------------------------------------------------------------------------------------------
# Templates: 24 genres x 4; genre g owns ids 4g..4g+3 (definition order below)
# --------------------------------------------------------------------------------------------------------------
TEMPLATES: list[tuple[str, Callable[[Ctx], None], dict]] = []


def tpl(genre: str, **opts):
    def deco(fn):
        TEMPLATES.append((genre, fn, opts))
        return fn

    return deco


def _age(c: Ctx) -> str:
    return str(c.r.randint(1, 88))


# ---- 0 emergency dispatch (CAD) ------------------------------------------------------------------------------
@tpl("cad_dispatch")
def cad_keyed(c: Ctx) -> None:
    c.case = "upper"
    p, q = c.P(), c.P()
    c.w(
        "CAD INC#{inc}  PRI {pri}  {d} {t}\nTYPE: {typ}\nLOC: {a}\nXST: {x1} / {x2}\nRP: {rp}  CB: {ph}\n"
        "NARR: RP ADV {kin} {q} TRAPPED {fl}, WATER RISING. DOG ({pet}) ON PREMISES. {storm} BANDS ONGOING\n"
        "UNITS: {u}\n",
        inc=c.num(7),
        pri=str(c.r.randint(1, 3)),
        d=c.date(),
        t=c.time(),
        typ=c.ch(["WATER RESCUE", "STRUCTURE FIRE", "MED - UNCONSCIOUS", "GAS LEAK", "BLDG COLLAPSE"]),
        a=c.ad(),
        x1=c.street(),
        x2=c.street(),
        rp=c.n(p, "full|sfc|title|first"),
        ph=c.ph(),
        kin=c.kin(q),
        q=c.n(q, "first|full|nick"),
        fl=c.ch(["2ND FLR", "ON ROOF", "IN ATTIC", "IN CAR"]),
        pet=c.ch(PETS),
        storm=c.storm(),
        u=c.ch(["E12 M4 BC2", "R3 WR1", "L7 M22", "E4 E9 SQ2"]),
    )


@tpl("cad_dispatch")
def cad_free(c: Ctx) -> None:
    c.case, c.noise = "lower", "typo"
    p, q = c.P(), c.P()
    c.w(
        "{t} caller {p} says neighbour {q} fell down the stairs at {a}, not responding?? poss head inj. caller "
        "will meet crew at the gate, cb {ph}. m{k} + e{k2} enrt eta 6 min. {ag} notified re road closure on {st}. "
        "rp hung up 1x, called back from {ph2}",
        t=c.time(),
        p=c.n(p, "first|full|lower|nick"),
        q=c.n(q, "title|full|first"),
        a=c.ad(),
        ph=c.ph(),
        k=str(c.r.randint(1, 30)),
        k2=str(c.r.randint(1, 30)),
        ag=c.agency(),
        st=c.street(),
        ph2=c.ph("grp"),
    )


@tpl("cad_dispatch")
def cad_log(c: Ctx) -> None:
    p, q, s = c.P(), c.P(), c.P()
    t = c.times(5)
    c.w(
        "{t1} CALL RCVD fr {ph1}\n{t2} RP {p} adv flooding at {a}, {k} ppl on roof\n"
        "{t3} 2nd caller {q} ({ph2}) same loc, says {kin} {s} is diabetic, no meds\n"
        "{t4} {team} assigned, boat BR-{k2}\n{t5} PD req road block {st} / {st2} - per Lt. on scene\n",
        t1=t[0],
        ph1=c.ph(),
        t2=t[1],
        p=c.n(p),
        a=c.ad(),
        k=str(c.r.randint(2, 9)),
        t3=t[2],
        q=c.n(q),
        ph2=c.ph(),
        kin=c.kin(s),
        s=c.n(s, "first|full|nick"),
        t4=t[3],
        team=c.ch(TEAMS),
        k2=str(c.r.randint(1, 20)),
        t5=t[4],
        st=c.street(),
        st2=c.street(),
    )


@tpl("cad_dispatch")
def cad_radio(c: Ctx) -> None:
    p, q = c.P(), c.P()
    c.w(
        "[radio {ch}] Medic {m} to Dispatch: pt is {p}, approx {age}, conscious, transporting to {hosp}.\n"
        'Dispatch: copy Medic {m}. family contact?\nMedic {m}: {kin} {q}, number {ph}. she keeps saying "{help}, '
        '{call}". address on the ID is {a}\nDispatch: copy, {tm}.',
        ch=c.ch(["TAC2", "FIREGRD", "EMS-1"]),
        m=str(c.r.randint(1, 40)),
        p=c.n(p, "full|sfc|upper"),
        age=_age(c),
        hosp=c.hosp(),
        kin=c.kin(q),
        q=c.n(q),
        ph=c.ph(),
        help=c.x("help"),
        call=c.x("call"),
        a=c.ad(),
        tm=c.time(),
    )


# ---- 1 shelter intake ------------------------------------------------------------------------------------------
@tpl("shelter_intake")
def shelter_table(c: Ctx) -> None:
    c.w(
        "Intake {sh} - {d}\n| # | Name | Age | Phone | Prev. address | Notes |\n|---|---|---|---|---|---|\n",
        sh=c.shelter(),
        d=c.date(),
    )
    for i in range(c.r.randint(2, 5)):
        p = c.P()
        ph = c.ph("nat") if c.r.random() < 0.7 else [(None, "-")]
        note = c.ch(
            [
                "diabetic",
                f"with dog {c.ch(PETS)}",
                "unaccompanied minor",
                "needs interpreter",
                "wheelchair",
                "",
                "referred by " + c.agency(),
            ]
        )
        c.w(
            "| {i} | {p} | {a} | {ph} | {ad} | {note} |\n",
            i=str(i + 1),
            p=c.n(p, "full|sfc|comma|upper"),
            a=_age(c),
            ph=ph,
            ad=c.ad(),
            note=note,
        )


@tpl("shelter_intake")
def shelter_form(c: Ctx) -> None:
    p, sp, ch = c.P(), c.P(), c.P()
    c.w(
        "SHELTER REGISTRATION FORM\nShelter: {sh}\nReg. no: {ref}\nHead of household: {p}\nDate of birth: {d}\n"
        "Household members: {sp} (spouse), {ch} ({age})\nLast address: {a}\nContact phone: {ph}\nE-mail: {em}\n"
        "Pets: {pet}\nMedical: {med}\nRegistered by: volunteer desk 3\n",
        sh=c.shelter(),
        ref=c.ref("SH"),
        p=c.n(p, "sfc|full|comma"),
        d=c.date(),
        sp=c.n(sp, "first|full"),
        ch=c.n(ch, "first"),
        age=_age(c),
        a=c.ad(),
        ph=c.ph(),
        em=c.em(p),
        pet=c.ch([*PETS, "none"]),
        med=c.ch(["insulin", "none", "asthma", "pregnant (7 mo)", "dialysis Tue/Thu"]),
    )


@tpl("shelter_intake")
def shelter_chat(c: Ctx) -> None:
    c.noise = "typo"
    p, q = c.P("m"), c.P("f")
    c.w(
        "{hi} team pls add to list at {sh}: fam of {k}, {p} + wife {q}, from {a}. ph {ph}. they have a dog called "
        "{pet} so need the annex. {ty}!!\n- sent from my phone",
        hi=c.x("hello"),
        sh=c.shelter(),
        k=str(c.r.randint(3, 8)),
        p=c.n(p, "full|first|title"),
        q=c.n(q, "first"),
        a=c.ad(),
        ph=c.ph(),
        pet=c.ch(PETS),
        ty=c.x("thanks"),
    )


@tpl("shelter_intake")
def shelter_csv(c: Ctx) -> None:
    c.w("reg_id,full_name,gender,phone,origin_address,bed,notes\n")
    for _ in range(c.r.randint(2, 4)):
        p = c.P()
        c.w(
            '{id},"{p}",{g},{ph},"{a}",{bed},{note}\n',
            id=c.ref("SH").replace("/", "-"),
            p=c.n(p, "full|sfc"),
            g=p.sex.upper(),
            ph=c.ph("e164"),
            a=c.ad(),
            bed=f"{c.ch('ABC')}{c.r.randint(1, 60)}",
            note=c.ch(["", "", "arrived by " + c.agency() + " bus", "lost ID", "dog " + c.ch(PETS)]),
        )


# ---- 2 family tracing -----------------------------------------------------------------------------------------
@tpl("family_tracing")
def trace_post(c: Ctx) -> None:
    p, me = c.P(), c.P()
    c.w(
        "{miss} 🙏 {kin} {p} ({age}) last seen near the {lm} in {city} on {d}. wearing a red jacket. "
        "if you see {pr} pls call {ph} or DM {hd} #{st} {tag}",
        miss=c.x("missing").upper(),
        kin=c.kin(p),
        p=c.n(p, "full|first|upper|native"),
        age=_age(c),
        lm=c.ch(LANDMARKS),
        city=c.city(),
        d=c.date(),
        pr="him" if p.sex == "m" else "her",
        ph=c.ph(),
        hd=c.hd(me),
        st=c.storm().split()[-1] + "Relief",
        tag=c.tag(p),
    )


@tpl("family_tracing")
def trace_form(c: Ctx) -> None:
    p, f, e = c.P(), c.P("m"), c.P()
    c.w(
        "RESTORING FAMILY LINKS - TRACING REQUEST {ref}\nSought person: {p}\nFather's name: {f}\nSex/age: {sx}/{age}\n"
        "Last known address: {a}\nCircumstances: separated during evacuation on {d}, {storm}\n"
        "Enquirer: {e} ({rel}), tel. {ph}, {em}\nConsent to publish name: {yn}\n",
        ref=c.ref("RFL"),
        p=c.n(p, "sfc|full|comma"),
        f=c.n(f, "first|full"),
        sx=p.sex.upper(),
        age=_age(c),
        a=c.ad(),
        d=c.date(),
        storm=c.storm(),
        e=c.n(e, "full|title"),
        rel=c.ch(["brother", "aunt", "mother", "son"]),
        ph=c.ph(),
        em=c.em(e),
        yn=c.ch(["YES", "NO"]),
    )


@tpl("family_tracing")
def trace_mt(c: Ctx) -> None:
    p, me = c.P(), c.P()
    c.w(
        "{hello}. I am {me} and I am looking for {kin} {p} he is lost since the flood of the river. His house is {a}. "
        "Please if you have news make the call to number {ph} or write to me {em}. The {ag} say to wait but we wait "
        "already {k} days. {ty} very much to you and God bless.\n[translated automatically from {lang}]",
        hello=c.x("hello").capitalize(),
        me=c.n(me, "full|native"),
        kin=c.kin(p),
        p=c.n(p, "full|first|native"),
        a=c.ad(),
        ph=c.ph(),
        em=c.em(me),
        ag=c.agency(),
        k=str(c.r.randint(2, 12)),
        ty=c.x("thanks").capitalize(),
        lang=c.L.lang,
    )


@tpl("family_tracing")
def trace_table(c: Ctx) -> None:
    c.w("case | sought | enquirer | status | location\n-----+--------+----------+--------+---------\n")
    for _ in range(c.r.randint(2, 4)):
        p, e = c.P(), c.P()
        st = c.ch(["OPEN", "MATCHED", "MATCHED", "DECEASED - confirmed by hospital", "closed (dup)"])
        c.w(
            "{ref} | {p} | {e} ({ph}) | {st} | {loc}\n",
            ref=c.ref("RFL"),
            p=c.n(p, "full|sfc|inits"),
            e=c.n(e, "full|title|first_init"),
            ph=c.ph("grp"),
            st=st,
            loc=c.shelter(),
        )


# ---- 3 hospital casualty / transfer --------------------------------------------------------------------------------
@tpl("hospital_casualty")
def cas_list(c: Ctx) -> None:
    c.w("MCI casualty list - {h} - {t}\n", h=c.hosp(), t=c.time())
    for i in range(c.r.randint(2, 4)):
        p, k = c.P(), c.P()
        if c.r.random() < 0.25:
            c.w(
                "{i}. UNKNOWN {sx} ~{age} {tri} - no ID, tag {tag}\n",
                i=str(i + 1),
                sx=p.sex.upper(),
                age=_age(c),
                tri=c.ch(["RED", "YELLOW", "GREEN"]),
                tag=c.num(6),
            )
            continue
        c.w(
            "{i}. {p} {sx} ~{age} {tri} - {inj} - NOK: {kin} {k} {ph}\n",
            i=str(i + 1),
            p=c.n(p, "sfc|comma|full"),
            sx=p.sex.upper(),
            age=_age(c),
            tri=c.ch(["RED", "YELLOW", "GREEN", "BLACK"]),
            inj=c.ch(["crush inj L leg", "burns 20%", "head inj", "hypothermia", "#femur"]),
            kin=c.kin(k),
            k=c.n(k, "first|full"),
            ph=c.ph(),
        )


@tpl("hospital_casualty")
def cas_transfer(c: Ctx) -> None:
    p, k, dr = c.P(), c.P(), c.P()
    c.w(
        "PATIENT TRANSFER REQUEST\nFrom: {h1} ICU   To: {h2}\nPatient: {p}   MRN {mrn}   DOB {d}\n"
        "Dx: {dx}\nHome address: {a}\nNext of kin: {k} ({rel}), {ph}\nReferring: Dr {dr}, bleep {bl}\n"
        "Transport: {ag} air ambulance, ETD {t}\n",
        h1=c.hosp(),
        h2=c.hosp(),
        p=c.n(p, "full|sfc"),
        mrn=c.num(8),
        d=c.date(),
        dx=c.ch(["crush syndrome", "sepsis", "burns 35% TBSA", "AKI - needs dialysis"]),
        a=c.ad(),
        k=c.n(k),
        rel=c.ch(["wife", "son", "mother"]),
        ph=c.ph(),
        dr=c.sn(dr),
        bl=c.num(4),
        ag=c.agency(),
        t=c.time(),
    )


@tpl("hospital_casualty")
def cas_handover(c: Ctx) -> None:
    c.case = "lower"
    p, k = c.P(), c.P()
    c.w(
        "handover {t}\nbed {b} - {p}, {age}, admitted post flood, obs stable, NBM. {kin} {k} rang x3 "
        "({ph}), told her to come after {t2}.\nbed {b2} - unknown male, still no ID\nbed {b3} - discharged to {sh}\n",
        t=c.time(),
        b=str(c.r.randint(1, 30)),
        p=c.n(p, "first_init|full|first|init_sur"),
        age=_age(c),
        kin=c.kin(k),
        k=c.n(k, "first"),
        ph=c.ph("nat"),
        t2=c.time(),
        b2=str(c.r.randint(1, 30)),
        b3=str(c.r.randint(1, 30)),
        sh=c.shelter(),
    )


@tpl("hospital_casualty")
def cas_sms(c: Ctx) -> None:
    p, k = c.P(), c.P()
    c.w(
        "Dear {k}, your {rel} {p} has been transferred from {h1} to {h2}, ward {w}. Visiting hours 10-12 and 16-18. "
        "Info desk: {ph}. Do not reply to this SMS. - {ag}",
        k=c.n(k, "title|first|full"),
        rel=c.ch(["relative", "father", "mother", "son", "daughter"]),
        p=c.n(p, "full|first"),
        h1=c.hosp(),
        h2=c.hosp(),
        w=f"{c.r.randint(1, 6)}{c.ch('ABC')}",
        t=c.time(),
        t2=c.time(),
        ph=c.ph(),
        ag=c.agency(),
    )


# ---- 4 evacuation rosters / bus manifests --------------------------------------------------------------------------
@tpl("evacuation_manifest")
def evac_bus(c: Ctx) -> None:
    c.w(
        "BUS {b} - {c1} -> {c2} - dep {t} - driver ext {ext}\nSeat | Name | Phone | Dest.\n",
        b=str(c.r.randint(1, 20)),
        c1=c.city(),
        c2=c.shelter(),
        t=c.time(),
        ext=c.num(3),
    )
    for i in range(c.r.randint(3, 5)):
        p = c.P()
        c.w(
            "{s} | {p} | {ph} | {d}\n",
            s=f"{i + 1:02d}",
            p=c.n(p, "upper|sfc|full"),
            ph=c.ph() if c.r.random() < 0.8 else "none",
            d=c.ch(["relatives", "shelter", c.city()]),
        )


@tpl("evacuation_manifest")
def evac_roster(c: Ctx) -> None:
    c.w("Evacuation roster - {d} - zone {z}\n", d=c.dist(), z=c.ch("ABCDE"))
    for _ in range(c.r.randint(2, 4)):
        p, q = c.P(), c.P()
        c.w(
            "- {a}: {p} (+{k}), {q} - {need}\n",
            a=c.ad(),
            p=c.n(p),
            k=str(c.r.randint(0, 5)),
            q=c.n(q, "first|full"),
            need=c.ch(
                [
                    "needs wheelchair",
                    "bedridden",
                    "ok, own car",
                    "refused to leave",
                    "not home - neighbour has key",
                ]
            ),
        )


@tpl("evacuation_manifest")
def evac_sms(c: Ctx) -> None:
    c.case = "lower" if c.r.random() < 0.5 else None
    c.noise = "typo"
    p, q, s = c.P(), c.P(), c.P()
    c.w(
        "bus {b} driver {p} ({ph}) left the {lm} with {k} pax. missing: {q}, {s} - pls check {a} b4 the bridge "
        "closes at {t}. {urg}",
        b=str(c.r.randint(1, 20)),
        p=c.n(p, "first|nick"),
        ph=c.ph(),
        lm=c.ch(LANDMARKS),
        k=str(c.r.randint(12, 60)),
        q=c.n(q, "full|first"),
        s=c.n(s, "full|title"),
        a=c.ad(),
        t=c.time(),
        urg=c.x("urgent"),
    )


@tpl("evacuation_manifest")
def evac_tsv(c: Ctx) -> None:
    c.w("hh_id\thead\tmembers\taddress\tphone\tvehicle\n")
    for _ in range(c.r.randint(2, 4)):
        p = c.P()
        c.w(
            "{id}\t{p}\t{k}\t{a}\t{ph}\t{v}\n",
            id=c.num(5),
            p=c.n(p, "sfc|full|comma"),
            k=str(c.r.randint(1, 9)),
            a=c.ad(),
            ph=c.ph("grp"),
            v=c.ch(["bus", "own", "truck " + c.num(3), "boat"]),
        )


# ---- 5 NGO situation reports ----------------------------------------------------------------------------------------
@tpl("ngo_sitrep")
def sitrep_formal(c: Ctx) -> None:
    p, q = c.P(), c.P()
    c.w(
        "SITUATION REPORT #{n} - {storm} - {c1} / {c2}\nPeriod: {d1} to {d2}\n1. Overview\n{k} households displaced, "
        "{pc}% of wells contaminated. {ag} and {ag2} on site. {off} visited {c1} on {d2}.\n2. Needs: shelter kits, "
        "ORS, tarpaulins ({money} gap)\n3. Contacts\nField lead: {p} ({em}, {ph})\nLogistics: {q}, {ph2}\n"
        "Media: {role}\n",
        n=str(c.r.randint(1, 30)),
        storm=c.storm(),
        c1=c.city(),
        c2=c.dist(),
        d1=c.date(),
        d2=c.date(),
        k=f"{c.r.randint(200, 9000):,}",
        pc=str(c.r.randint(5, 80)),
        ag=c.agency(),
        ag2=c.agency(),
        off=c.ch(OFFICIALS),
        money=c.money(),
        p=c.n(p, "full|title"),
        em=c.em(p, work=True),
        ph=c.ph(),
        q=c.n(q, "full|first_init"),
        ph2=c.ph(),
        role=c.role(),
    )


@tpl("ngo_sitrep")
def sitrep_bullets(c: Ctx) -> None:
    c.w("Needs update {d}\n", d=c.date())
    for _ in range(c.r.randint(2, 4)):
        p = c.P()
        c.w(
            "• {place}: {k} HH displaced, {need}. focal point {p} {ph}\n",
            place=c.city(),
            k=str(c.r.randint(30, 3000)),
            need=c.ch(
                ["water trucking needed", "road cut at km 14", "cholera suspected (3 cases)", "no fuel"]
            ),
            p=c.n(p, "title|full|first"),
            ph=c.ph(),
        )
    c.w("• next coordination mtg {t} at {ag} hub\n", t=c.time(), ag=c.agency())


@tpl("ngo_sitrep")
def sitrep_fwd(c: Ctx) -> None:
    p, q, r = c.P(), c.P(), c.P()
    c.w(
        "FYI see below\n\n---------- Forwarded message ---------\nFrom: {p} <{em}>\nDate: {d}, {t}\n"
        "Subject: Re: WASH assessment {city}\nTo: {q} <{em2}>\nCc: {role}\n\nHi {qf},\nthe team reached {dist} today. "
        "community leader {r} ({ph}) can host the distribution at his compound, {a}.\nbest,\n{pf}\n",
        p=c.n(p, "full"),
        em=c.em(p, work=True),
        d=c.date(),
        t=c.time(),
        city=c.city(),
        q=c.n(q, "full"),
        em2=c.em(q, work=True),
        role=c.role(),
        qf=c.n(q, "first|nick"),
        dist=c.dist(),
        r=c.n(r),
        ph=c.ph(),
        a=c.ad(),
        pf=c.n(p, "first|inits"),
    )


@tpl("ngo_sitrep")
def sitrep_partner(c: Ctx) -> None:
    c.mix = c.L.lang != "en"
    p = c.P()
    c.w(
        "[{lang}] {urg}: {k} families in {dist} without water. {help}! Contact {p} {ph}. {addr}: {a}\n"
        "(partner report, auto-translated) The bridge of {city} is broken, the trucks of {ag} can not pass. "
        "We make the list of the people and send tomorrow.\n",
        lang=c.L.lang.upper(),
        urg=c.x("urgent").upper(),
        k=str(c.r.randint(10, 400)),
        dist=c.dist(),
        help=c.x("help"),
        p=c.n(p, "full|native|title"),
        ph=c.ph(),
        addr=c.x("address"),
        a=c.ad(),
        city=c.city(),
        ag=c.agency(),
    )


# ---- 6 employee welfare roll-call ------------------------------------------------------------------------------------
@tpl("welfare_rollcall")
def roll_table(c: Ctx) -> None:
    c.w(
        "{br} welfare check - {storm} - {d}\nName | Site | Status | Contact\n",
        br=c.br(),
        storm=c.storm(),
        d=c.date(),
    )
    for _ in range(c.r.randint(3, 5)):
        p = c.P()
        stt = c.ch(["SAFE", "SAFE", "SAFE", "NOT REACHED", "injured - at hospital", "safe (family missing)"])
        c.w(
            "{p} | {site} | {s} | {ph}\n",
            p=c.n(p, "full|sfc|comma"),
            site=c.city() + " " + c.ch(["office", "branch", "depot", "call centre"]),
            s=stt,
            ph=c.ph(),
        )


@tpl("welfare_rollcall")
def roll_chat(c: Ctx) -> None:
    c.noise = "typo"
    a, b, d = c.P(), c.P(), c.P()
    t = c.times(4)
    c.w(
        "[{t1}] {a}: all ok here, power out\n[{t2}] {b}: {hd} are you safe?? pls reply\n[{t3}] {d}: {safe}, "
        "at my {rel}'s place. phone dying, use {ph}\n[{t4}] {a}: noted, will tell {team}\n",
        t1=t[0],
        a=c.n(a, "first|nick|full"),
        t2=t[1],
        b=c.lg(b),
        hd=c.hd(d),
        t3=t[2],
        d=c.n(d, "first|full"),
        safe=c.x("safe"),
        rel=c.ch(["aunt", "cousin", "in-laws", "brother"]),
        ph=c.ph(),
        t4=t[3],
        team=c.ch(TEAMS),
    )


@tpl("welfare_rollcall")
def roll_email(c: Ctx) -> None:
    m, a, b, x = c.P(), c.P(), c.P(), c.P()
    c.w(
        "Subject: {city} staff - status {t}\n\nTeam,\nSafe: {a}, {b}.\nNot reached: {x} (last known at {ad}, mobile "
        "{ph}, personal mail {em}). HR has asked {ag} to check the address.\nIf you hear from {xf} pls call me.\n\n"
        "{m}\n{job}, {br}\n",
        city=c.city(),
        t=c.time(),
        a=c.n(a, "full|first"),
        b=c.n(b, "full|first"),
        x=c.n(x, "full"),
        ad=c.ad(),
        ph=c.ph(),
        em=c.em(x),
        ag=c.agency(),
        xf=c.n(x, "first|nick"),
        m=c.n(m, "full"),
        job=c.ch(JOBS),
        br=c.br(),
    )


@tpl("welfare_rollcall")
def roll_sms(c: Ctx) -> None:
    c.w("SMS campaign WELFARE-CHECK-{n} results ({d})\n", n=c.num(3), d=c.date())
    for _ in range(c.r.randint(3, 5)):
        p = c.P()
        if c.r.random() < 0.35:
            c.w("{ph} -> no reply (mapped to {p})\n", ph=c.ph("e164"), p=c.n(p, "full|sfc"))
        else:
            c.w(
                "{ph} -> reply '{rep}' (mapped to {p})\n",
                ph=c.ph("e164"),
                rep=c.ch(["SAFE", "safe", "1", "need help", c.x("safe")]),
                p=c.n(p, "full|sfc"),
            )


# ---- 7 police / fire incident narratives ---------------------------------------------------------------------------
@tpl("police_fire")
def police_report(c: Ctx) -> None:
    p, w = c.P(), c.P()
    c.w(
        "INCIDENT REPORT {ref}\nReporting officer: PC {pc} ({team})\nOn {d} at approx {t} I attended {a} following a "
        "report from {p} (DOB {dob}) of looting at the flooded property. Witness {w} stated two males left in a "
        "white van towards {st}. {wf} can be reached on {ph}. Scene photographed, exhibits JK/{k}-{k2}.\n",
        ref=c.ref("INC"),
        pc=c.num(4),
        team=c.ch(TEAMS),
        d=c.date(),
        t=c.time(),
        a=c.ad(),
        p=c.n(p, "full|title"),
        dob=c.date(),
        w=c.n(w, "full|title"),
        st=c.street(),
        wf=c.n(w, "first|title"),
        ph=c.ph(),
        k=str(c.r.randint(1, 9)),
        k2=str(c.r.randint(1, 9)),
    )


@tpl("police_fire")
def fire_notes(c: Ctx) -> None:
    p, q = c.P(), c.P()
    c.w(
        "FIRE INVESTIGATION - prelim notes ({d})\n* origin: ground floor kitchen, {a}\n* occupant {p} evacuated by "
        "neighbour, treated for smoke inhalation at {h}\n* generator running indoors since the outage (fuel can, "
        "{money})\n* owner/landlord: {q}, tel {ph}\n* {ag} informed; cause: accidental, pending\n",
        d=c.date(),
        a=c.ad(),
        p=c.n(p),
        h=c.hosp(),
        money=c.money(),
        q=c.n(q, "full|comma|title"),
        ph=c.ph(),
        ag=c.agency(),
    )


@tpl("police_fire")
def police_press(c: Ctx) -> None:
    p = c.P()
    c.w(
        "Police were called to the {b}00 block of {st} at {t} on {d} after reports of a partial building collapse. "
        "A {age}-year-old resident, named locally as {p}, was rescued by {team}. Anyone with information is asked to "
        "call {ph} quoting {ref}.{extra}",
        b=str(c.r.randint(1, 9)),
        st=c.street(),
        t=c.time(),
        d=c.date(),
        age=_age(c),
        p=c.n(p, "full"),
        team=c.ch(TEAMS),
        ph=c.ph(),
        ref=c.ref("INC"),
        extra=" The suspect's vehicle was towed." if c.r.random() < 0.5 else "",
    )
    if c.us and c.r.random() < 0.6:
        st, dl = c.dl()
        c.w(" Driver's licence recovered at scene: {st} {dl}.", st=st, dl=dl)


@tpl("police_fire")
def witness_statement(c: Ctx) -> None:
    p, q = c.P(), c.P()
    c.w(
        "WITNESS STATEMENT\nI, {p}, of {a}, state as follows:\nOn the night of {d} the water came up very fast. "
        "I saw my neighbour {q} on the roof of number {k}. I called {ph} several times but could not get through. "
        "At about {t} a boat from {ag} took {qf} away.\nSigned: {sig}    Tel: {ph2}\n",
        p=c.n(p, "full|upper"),
        a=c.ad(),
        d=c.date(),
        q=c.n(q, "full|title"),
        k=str(c.r.randint(1, 99)),
        ph=c.ph(),
        t=c.time(),
        ag=c.agency(),
        qf=c.n(q, "first|title"),
        sig=c.n(p, "init_sur|inits|full"),
        ph2=c.ph(),
    )


# ---- 8 insurance adjusters' field notes ----------------------------------------------------------------------------
@tpl("insurance_adjuster")
def ins_field(c: Ctx) -> None:
    c.noise = "typo"
    p, d = c.P(), c.P("f")
    c.w(
        "Claim {clm} - insured {p} - loss location {a}\nwater line at {h} m, contents total loss, structure ok. "
        "spoke w/ insured's daughter {d} ({ph}). reserve {money}. payment by transfer to {ib} once {br} confirms "
        "mortgagee. next visit {dt}.\n",
        clm=c.ref("CLM"),
        p=c.n(p, "full|sfc|title"),
        a=c.ad(),
        h=f"{c.r.randint(3, 25) / 10:.1f}",
        d=c.n(d, "first|full"),
        ph=c.ph(),
        money=c.money(),
        ib=c.ib(),
        br=c.br(),
        dt=c.date(),
    )


@tpl("insurance_adjuster", loc="en_US")
def ins_us(c: Ctx) -> None:
    p = c.P()
    st, dl = c.dl()
    c.w(
        "FIRST NOTICE OF LOSS - {storm}\nClaim #: {clm}\nInsured: {p}\nSSN: {ssn}\nDL: {st} {dl}\nRisk address: {a}\n"
        "Phone: {ph}   Email: {em}\nVehicle: {yr} pickup, VIN on file\nAdjuster: {team}\nNotes: flood to cab, "
        "insured staying w/ relatives in {city}.\n",
        storm=c.storm(),
        clm=c.ref("CLM"),
        p=c.n(p, "full|sfc|comma"),
        ssn=c.ssn(),
        st=st,
        dl=dl,
        a=c.ad(),
        ph=c.ph(),
        em=c.em(p),
        yr=str(c.r.randint(2008, 2024)),
        team=c.ch(TEAMS),
        city=c.city(),
    )


@tpl("insurance_adjuster")
def ins_ocr(c: Ctx) -> None:
    c.noise = "ocr"
    p = c.P()
    c.w(
        "CLAIM FORM (scanned page 1/3)\nPolicy holder name ..... {p}\nAddress of damaged property ..... {a}\n"
        "Telephone ..... {ph}\nBank account (IBAN) ..... {ib}\nDate of loss ..... {d}\nCause ..... {cause}\n"
        "Signature ..... {sig}\n",
        p=c.n(p, "upper|full|sfc"),
        a=c.ad(),
        ph=c.ph("nat"),
        ib=c.ib(grouped=True),
        d=c.date(),
        cause=c.ch(["flood", "storm / wind", "landslide", "fire"]),
        sig=c.n(p, "init_sur|full"),
    )


@tpl("insurance_adjuster")
def ins_diary(c: Ctx) -> None:
    c.case = "lower"
    p, q = c.P(), c.P()
    t = c.times(3)
    c.w(
        "{t1} called insured {p} on {ph}, no answer, vm left\n{t2} insured rang back from {ph2} - now at {sh}\n"
        "{t3} contractor {q} quote {money} for drying, photos uploaded to {ref}\n",
        t1=t[0],
        p=c.n(p, "full|title"),
        ph=c.ph(),
        t2=t[1],
        ph2=c.ph(),
        sh=c.shelter(),
        t3=t[2],
        q=c.n(q, "full|first"),
        money=c.money(),
        ref=c.ref("CLM"),
    )


# ---- 9 utility crew call-back lists -----------------------------------------------------------------------------------
@tpl("utility_callback")
def util_list(c: Ctx) -> None:
    c.w("CALLBACK LIST - feeder F-{f} - {city} - {d}\n", f=str(c.r.randint(1, 40)), city=c.city(), d=c.date())
    for i in range(c.r.randint(2, 4)):
        p = c.P()
        pri = c.ch(["PRIORITY - oxygen concentrator", "dialysis at home", "", "elderly, lives alone", ""])
        c.w(
            "{i}) {p}  {ph}  {a}  {pri}\n",
            i=str(i + 1),
            p=c.n(p, "sfc|full|upper"),
            ph=c.ph(),
            a=c.ad(),
            pri=pri,
        )


@tpl("utility_callback")
def util_chatter(c: Ctx) -> None:
    c.case = "lower" if c.r.random() < 0.4 else None
    p = c.P()
    c.w(
        "crew {k} on site at {a}, pole down across {st}. cust {p} wants a call back on {ph} when power is restored. "
        "eta {t}. {ag} traffic control requested. job {ref}",
        k=str(c.r.randint(1, 20)),
        a=c.ad(),
        st=c.street(),
        p=c.n(p, "title|full"),
        ph=c.ph(),
        t=c.time(),
        ag=c.agency(),
        ref=c.ref("JOB"),
    )


@tpl("utility_callback")
def util_csv(c: Ctx) -> None:
    c.w("acct,cust_name,svc_address,cb_number,outage_id,notes\n")
    for _ in range(c.r.randint(2, 4)):
        p = c.P()
        c.w(
            '{acct},{p},"{a}",{ph},{out},{n}\n',
            acct=c.num(10),
            p=c.n(p, "full|upper|sfc"),
            a=c.ad(),
            ph=c.ph("e164"),
            out=c.ref("OUT"),
            n=c.ch(["life support", "", "gate code 4471", "dog in yard", "meter inside"]),
        )


@tpl("utility_callback")
def util_email(c: Ctx) -> None:
    p = c.P()
    c.w(
        "From: {p} <{em}>\nTo: {role}\nSubject: no power since {d} !!!\n\nHello, we are at {a} and still no power "
        "since {storm}. My {rel} needs the fridge for insulin. Your hotline says {k} hours every time. Call me {ph}.\n"
        "Account {acct}\n{sig}\n",
        p=c.n(p, "full"),
        em=c.em(p),
        role=c.role(),
        d=c.date(),
        a=c.ad(),
        storm=c.storm(),
        rel=c.ch(["father", "mother", "son", "husband"]),
        k=str(c.r.randint(4, 72)),
        ph=c.ph(),
        acct=c.num(10),
        sig=c.n(p, "first|full"),
    )


# ---- 10 data-breach forensics notes ----------------------------------------------------------------------------------
@tpl("breach_forensics")
def breach_notes(c: Ctx) -> None:
    a, b, v = c.P(), c.P(), c.P()
    c.w(
        "IR-{ref} working notes ({d})\n- initial access: VPN login as {lg} from {ip} at {t} (MFA fatigue)\n"
        "- mailbox {em} had inbox rule forwarding to {em2}\n- lateral movement to {host} ({ip2}), tool {ver}\n"
        "- exfil ~{gb} GB to {ip3}\n- contacted user {a} by phone {ph}; confirms she approved push\n"
        "- owner: {b} ({team})\n",
        ref=c.num(5),
        d=c.date(),
        lg=c.lg(a),
        ip=c.ip(),
        t=c.time(),
        em=c.em(a, work=True),
        em2=c.em(v),
        host=c.host(),
        ip2=c.ip4(),
        ver=c.ver(),
        gb=str(c.r.randint(1, 400)),
        ip3=c.ip(),
        a=c.n(a, "full|first"),
        ph=c.ph(),
        b=c.n(b, "full|first_init"),
        team=c.ch(TEAMS),
    )


@tpl("breach_forensics", loc="en_US")
def breach_sample(c: Ctx) -> None:
    c.w(
        "sample of leaked records found on paste site (REDACT before sharing outside IR!)\n"
        "name,ssn,dob,card,email,last_ip\n"
    )
    for _ in range(c.r.randint(2, 4)):
        p = c.P()
        c.w(
            "{p},{ssn},{d},{cc},{em},{ip}\n",
            p=c.n(p, "full|upper|sfc"),
            ssn=c.ssn(),
            d=c.date(),
            cc=c.cc(),
            em=c.em(p),
            ip=c.ip4(),
        )
    c.w("source: {url} (posted {d}), actor handle 'n0m4d'\n", url=c.url(), d=c.date())


@tpl("breach_forensics")
def breach_log(c: Ctx) -> None:
    for _ in range(c.r.randint(3, 5)):
        p = c.P()
        kind = c.r.randrange(3)
        if kind == 0:
            c.w(
                "{d}T{t}Z {host} sshd[{pid}]: Accepted password for {lg} from {ip} port {port} ssh2\n",
                d=f"2025-0{c.r.randint(1, 9)}-{c.r.randint(10, 28)}",
                t=f"{c.times(1)[0]}:{c.r.randint(0, 59):02d}",
                host=c.host(),
                pid=c.num(5),
                lg=c.lg(p),
                ip=c.ip(),
                port=c.num(5),
            )
        elif kind == 1:
            c.w(
                '{d} {t} O365 UserLoggedIn user={em} ClientIP={ip} result=Success ua="python-requests/2.31"\n',
                d=c.date(),
                t=c.time(),
                em=c.em(p, work=True),
                ip=c.ip(),
            )
        else:
            c.w(
                "{d} {t} WARN geo-velocity {lg}: {c1} -> {c2} in 14 min (ip {ip})\n",
                d=c.date(),
                t=c.time(),
                lg=c.lg(p),
                c1=c.city(),
                c2=c.ch(["Frankfurt", "Lagos", "Singapore", "Ashburn"]),
                ip=c.ip(),
            )


@tpl("breach_forensics")
def breach_accounts(c: Ctx) -> None:
    c.w(
        "Affected accounts ({br} tenant) - status as of {d}\n{hdr}\n",
        br=c.br(),
        d=c.date(),
        hdr="account | owner | last login IP | action",
    )
    for _ in range(c.r.randint(2, 4)):
        p = c.P()
        c.w(
            "{em} | {p} | {ip} | {act}\n",
            em=c.em(p, work=True),
            p=c.n(p, "full|comma"),
            ip=c.ip(),
            act=c.ch(["pwd reset", "sessions revoked", "MFA re-enrolled", "disabled", "pending"]),
        )


# ---- 11 phishing reports ----------------------------------------------------------------------------------------------
@tpl("phishing_report")
def phish_fwd(c: Ctx) -> None:
    me, fake = c.P(), c.P()
    c.w(
        "hi security team, got this today, looks fake? i did NOT click\n{me}\n\n-----Original Message-----\n"
        "From: {br} Security <{role}>\nSent: {d} {t}\nTo: {em}\nSubject: Urgent: your account is on hold\n\n"
        "Dear {me2},\nWe detected unusual activity. Verify your identity at {url} within 24h or call our agent "
        "{fake} on {ph}.\nRegards, {br2} Customer Care\n",
        me=c.n(me, "first|full|inits"),
        br=c.br(),
        role=c.role(),
        d=c.date(),
        t=c.time(),
        em=c.em(me, work=True),
        me2=c.n(me, "full|title|upper"),
        url=c.url(),
        fake=c.n(fake, "full"),
        ph=c.ph("intl"),
        br2=c.br(),
    )


@tpl("phishing_report")
def phish_triage(c: Ctx) -> None:
    r = c.P()
    c.w(
        "PHISH-{n} triage\nreported by: {r} ({em})\nsender: {role} via {ip}\nlure: fake {br} invoice ({money}), "
        "payment to mule IBAN {ib}\nurl: {url}\nverdict: malicious, blocked on gateway {ver}\n",
        n=c.num(5),
        r=c.n(r, "full|comma"),
        em=c.em(r, work=True),
        role=c.role(),
        ip=c.ip4(),
        br=c.br(),
        money=c.money(),
        ib=c.ib(c.ch(["GB", "NL", "DE", "FR", "RO", "HU"])),
        url=c.url(),
        ver=c.ver(),
    )


@tpl("phishing_report")
def phish_sms(c: Ctx) -> None:
    p = c.P()
    c.w(
        'smishing reported by customer {p}: text came from {ph1} -- "{br}: your card {cc} is BLOCKED. reactivate now '
        '{url} or call {ph2}" -- customer says the card number in the text is really hers!! escalate to fraud\n',
        p=c.n(p, "full|title"),
        ph1=c.ph(),
        br=c.br(),
        cc=c.cc(),
        url=c.url(),
        ph2=c.ph("intl"),
    )


@tpl("phishing_report")
def phish_social(c: Ctx) -> None:
    c.case = "lower" if c.r.random() < 0.5 else None
    p = c.P()
    c.w(
        "{hbr} just got a DM from a fake support account asking for my card number + otp lol. account is "
        "@contoso_help_desk24 not you right?? my real acct is {hd}, mail {em}",
        hbr=c.hbr(),
        hd=c.hd(p),
        em=c.em(p),
    )


# ---- 12 account-takeover reports ---------------------------------------------------------------------------------------
@tpl("account_takeover")
def ato_complaint(c: Ctx) -> None:
    c.noise = "typo"
    p = c.P()
    c.w(
        "SOMEONE GOT INTO MY ACCOUNT!!! they changed the email to {em2} - my real email is {em}, phone {ph}. "
        "they sent {money} to {ib} last night. I am {p}, customer since {y}. {br} please freeze everything",
        em2=c.em(c.P()),
        em=c.em(p),
        ph=c.ph(),
        money=c.money(),
        ib=c.ib(),
        p=c.n(p, "full"),
        y=str(c.r.randint(2001, 2022)),
        br=c.br(),
    )


@tpl("account_takeover")
def ato_analyst(c: Ctx) -> None:
    p = c.P()
    c.w(
        "ATO case {ref}\n* victim: {p}, login {lg}\n* {t}: login from {ip} (new device, {city})\n"
        "* SIM swap reported by carrier on {ph}\n* card {cc} added to wallet, {k} txns blocked\n",
        ref=c.ref("ATO"),
        p=c.n(p, "full|sfc"),
        lg=c.lg(p),
        t=c.time(),
        ip=c.ip(),
        city=c.ch(["Lagos", "Bucharest", "Amsterdam", "Ho Chi Minh City"]),
        ph=c.ph(),
        cc=c.cc(),
        k=str(c.r.randint(1, 9)),
    )
    if c.us:
        c.w(
            "* attacker knew SSN {ssn} (from breach?) and uploaded a photo of DL {dl}\n",
            ssn=c.ssn(),
            dl=c.dlp(),
        )


@tpl("account_takeover")
def ato_tweet(c: Ctx) -> None:
    c.case = c.ch([None, "lower", "upper"])
    p = c.P()
    c.w(
        "{hbr} my account was hacked and your chat bot keeps looping. ticket {ref}. DM me, the number on the "
        "account is {ph} and the email was {em} before they changed it #{tag}",
        hbr=c.hbr(),
        ref=c.ref("TKT"),
        ph=c.ph(),
        em=c.em(p),
        tag=c.ch(["fraud", "hacked", "banking"]),
    )


@tpl("account_takeover")
def ato_timeline(c: Ctx) -> None:
    p = c.P()
    t = c.times(4)
    c.w(
        "Timeline - {br} online banking - customer {p}\n{t1}  password reset from {ip}\n{t2}  email changed "
        "{em} -> {em2}\n{t3}  payee added: {q}, {ib}\n{t4}  call from customer ({ph}), account frozen\n",
        br=c.br(),
        p=c.n(p, "full|comma"),
        t1=t[0],
        ip=c.ip(),
        t2=t[1],
        em=c.em(p),
        em2=c.em(c.P()),
        t3=t[2],
        q=c.n(c.P(), "full|upper"),
        ib=c.ib(),
        t4=t[3],
        ph=c.ph(),
    )


# ---- 13 data-subject requests -------------------------------------------------------------------------------------------
@tpl("data_subject_request")
def dsar_formal(c: Ctx) -> None:
    p = c.P()
    c.w(
        "Subject: Subject access request under Article 15 GDPR\n\nDear Data Protection Officer,\nI, {p}, residing at "
        "{a}, request a copy of all personal data {br} holds about me, including call recordings from the "
        "{storm} claims hotline. My customer number is {cn}; you can reach me at {em} or {ph}.\nPlease respond "
        "within one month.\nYours faithfully,\n{sig}\n",
        p=c.n(p, "full"),
        a=c.ad(),
        br=c.br(),
        storm=c.storm(),
        cn=c.num(9),
        em=c.em(p),
        ph=c.ph(),
        sig=c.n(p, "full|init_sur"),
    )


@tpl("data_subject_request")
def dsar_erasure(c: Ctx) -> None:
    c.case = "lower" if c.r.random() < 0.4 else None
    p = c.P()
    c.w(
        "pls delete all my data. i donated once to the {storm} appeal and now get emails every week. "
        "account name {p}, donation came from {ib}. mail: {em}. do NOT call me.",
        storm=c.storm(),
        p=c.n(p),
        ib=c.ib(),
        em=c.em(p),
    )


@tpl("data_subject_request")
def dsar_ticket(c: Ctx) -> None:
    p, h = c.P(), c.P()
    c.w(
        "DSAR-{n} | requester {p} | type: access+rectification | verified via call-back to {ph} on {d} | systems: CRM, "
        "billing, {br} card platform | handler {h} | due {d2}\nnote: requester's old address {a} still in CRM\n",
        n=c.num(5),
        p=c.n(p, "full|comma"),
        ph=c.ph(),
        d=c.date(),
        br=c.br(),
        h=c.lg(h),
        d2=c.date(),
        a=c.ad(),
    )


@tpl("data_subject_request")
def dsar_letter(c: Ctx) -> None:
    c.noise = "ocr"
    p = c.P()
    c.w(
        "{p}\n{a}\n{ph}\n\n{d}\n\nData Protection Officer\n{br}\n\nDear Sir or Madam,\nPlease send me the information "
        "you keep about me and my late husband. We had the account since many years. I do not use email, please "
        "write to the address above.\n\nSincerely\n{sig}\n",
        p=c.n(p, "full|title"),
        a=c.ad(),
        ph=c.ph("nat"),
        d=c.date(),
        br=c.br(),
        sig=c.n(p, "full|first"),
    )


# ---- 14 litigation holds, lawyers' letters, regulator mail -----------------------------------------------------------
@tpl("legal_regulator")
def legal_hold(c: Ctx) -> None:
    c.w(
        "PRIVILEGED & CONFIDENTIAL - LEGAL HOLD NOTICE\nMatter: {m} v. {br} (flood claims handling)\nCustodians:\n",
        m=c.city() + " Residents Group",
        br=c.br(),
    )
    for _ in range(c.r.randint(2, 4)):
        p = c.P()
        c.w("  - {p} ({job}), {em}\n", p=c.n(p, "full|comma"), job=c.ch(JOBS), em=c.em(p, work=True))
    c.w(
        "Preserve all email, chat and call recordings from {d1} to present. Questions: {role}\n",
        d1=c.date(),
        role=c.role(),
    )


@tpl("legal_regulator")
def lawyer_letter(c: Ctx) -> None:
    p, lw = c.P("f"), c.P()
    c.w(
        "Our ref: {ref}\n\nDear Sirs,\nWe act for Ms {sur} of {a}. On {d} our client's home was flooded after your "
        "contractor left the culvert on {st} blocked. Our client's claim is {money}. Please direct all "
        "correspondence to the writer, {lw}, at {em} or {ph}, and not to our client directly.\n",
        ref=c.ref("LIT"),
        sur=c.sn(p),
        a=c.ad(),
        d=c.date(),
        st=c.street(),
        money=c.money(),
        lw=c.n(lw, "full"),
        em=c.em(lw, work=True),
        ph=c.ph(),
    )


@tpl("legal_regulator")
def regulator_mail(c: Ctx) -> None:
    p = c.P()
    c.w(
        "From: Supervision Department <{role}>\nSubject: Complaint {ref} - {br}\n\nThe Authority has received a "
        "complaint from {p} ({em}) concerning the handling of an insurance claim after {storm}. The complainant states "
        "that repeated calls to {ph} went unanswered. Please provide your response and the complete claim file by "
        "{d}.\n",
        role=c.role(),
        ref=c.ref(),
        br=c.br(),
        p=c.n(p, "full|title"),
        em=c.em(p),
        storm=c.storm(),
        ph=c.ph(),
        d=c.date(),
    )


@tpl("legal_regulator")
def ocr_letter(c: Ctx) -> None:
    c.noise = "ocr"
    p, q = c.P(), c.P()
    c.w(
        "~ page 2 of 2 ~\nre: the property at {a}\nthe tenant {q} has not paid since the flood and we\nhave not been "
        "able to reach him on {ph}. Our client {p} therefore\nreserves all rights.\n\nYours sincerely\n\n{p2}\n"
        "Solicitor\n",
        a=c.ad(),
        q=c.n(q, "full|title"),
        ph=c.ph(),
        p=c.n(p, "full|title"),
        p2=c.n(c.P(), "full|init_sur"),
    )


# ---- 15 whistleblower hotline ------------------------------------------------------------------------------------------
@tpl("whistleblower")
def wb_transcript(c: Ctx) -> None:
    m, v = c.P(), c.P()
    c.w(
        "HOTLINE TRANSCRIPT {ref}\nOperator: Thank you for calling. You may stay anonymous.\nCaller: ok. my manager "
        "{m} is selling the relief kits from the {dist} warehouse. he uses his private mail {em}.\nOperator: Do you "
        "know who buys them?\nCaller: a man called {v}, he has a shop at {a}. his number is {ph}.\nOperator: Thank "
        "you.\n",
        ref=c.ref("WB"),
        m=c.n(m, "full|title|first"),
        dist=c.dist(),
        em=c.em(m),
        v=c.n(v),
        a=c.ad(),
        ph=c.ph(),
    )


@tpl("whistleblower")
def wb_form(c: Ctx) -> None:
    s, w = c.P(), c.P()
    c.w(
        "Web report form\nReporter: anonymous\nOrganisation: {br}\nSubject of report: {s}, {job}\nCategory: fraud / "
        "procurement\nDescription: invoices for generators paid to {ib} which belongs to {s2}'s cousin.\n"
        "Witness (optional): {w}\nContact me via: {contact}\n",
        br=c.br(),
        s=c.n(s, "full"),
        job=c.ch(JOBS),
        ib=c.ib(),
        s2=c.n(s, "first|title"),
        w=c.n(w),
        contact=c.ch(["secure mailbox only", "this portal"]),
    )


@tpl("whistleblower")
def wb_summary(c: Ctx) -> None:
    a, b = c.P(), c.P()
    c.w(
        "Case summary ({d}) - Investigator notes\nAllegation: {a} ({job}) instructed staff to skip welfare checks in "
        "{city} and falsified the roll-call.\nEvidence: chat export from {lg}; login records show access from {ip}.\n"
        "Interview with {b} scheduled {d2}.\nRisk of retaliation: medium.\n",
        d=c.date(),
        a=c.n(a, "full|sfc"),
        job=c.ch(JOBS),
        city=c.city(),
        lg=c.lg(a),
        ip=c.ip(),
        b=c.n(b, "full|title"),
        d2=c.date(),
    )


@tpl("whistleblower")
def wb_stt(c: Ctx) -> None:
    c.case = "lower"
    p = c.P()
    c.w(
        "yes hello i want to report something about {p} in the finance team he um he changes the bank details of "
        "suppliers after the storm the new account is {ib} i can send screenshots my number is {ph} but please "
        "do not tell anyone",
        p=c.n(p, "full|first"),
        ib=c.ib(grouped=True),
        ph=c.ph("spell"),
    )


# ---- 16 press office call logs ------------------------------------------------------------------------------------------
@tpl("press_office")
def press_log(c: Ctx) -> None:
    c.w("PRESS OFFICE CALL LOG {d}\ntime | caller | outlet | number | topic\n", d=c.date())
    for _ in range(c.r.randint(2, 4)):
        p = c.P()
        c.w(
            "{t} | {p} | {o} | {ph} | {tp}\n",
            t=c.time(),
            p=c.n(p, "full|comma"),
            o=c.ch(["Reuters", "AFP", "local radio", "freelance", "BBC World Service", "Al Jazeera"]),
            ph=c.ph(),
            tp=c.ch(["death toll", c.storm() + " response", "shelter conditions", "bank outage"]),
        )


@tpl("press_office")
def press_note(c: Ctx) -> None:
    p = c.P()
    c.w(
        "journalist {p} from {o} called re {storm}, wants comment from {off} by 5pm. says a source told her {k} staff "
        "are unaccounted for. call back {ph} / {em}. {br} comms team cc'd.",
        p=c.n(p, "full|first"),
        o=c.ch(["Reuters", "AP", "a local paper", "Le Monde", "The Guardian"]),
        storm=c.storm(),
        off=c.ch(["the CEO", "the head of operations", "the spokesperson"]),
        k=str(c.r.randint(2, 40)),
        ph=c.ph(),
        em=c.em(p, work=c.r.random() < 0.5),
        br=c.br(),
    )


@tpl("press_office")
def press_email(c: Ctx) -> None:
    p, v = c.P(), c.P()
    c.w(
        "From: {p} <{em}>\nSubject: interview request - evacuation of {city}\n\nHello press team,\nI'm writing a "
        "piece on the evacuation. One family, {v}, told me they were left behind at {a}. Could someone confirm? "
        "I'm on {ph}.\nThanks, {pf}\n",
        p=c.n(p, "full"),
        em=c.em(p),
        city=c.city(),
        v=c.n(v, "full|sfc") if c.r.random() < 0.5 else c.title(v),
        a=c.ad(),
        ph=c.ph(),
        pf=c.n(p, "first"),
    )


@tpl("press_office")
def press_quote(c: Ctx) -> None:
    p = c.P()
    c.w(
        'Draft holding statement ({ver}): "Our thoughts are with everyone affected by {storm}," said {off}. '
        "Internal only: the injured employee is {p}; family liaison {q} ({ph}). Do not release names.",
        ver=c.ver(),
        storm=c.storm(),
        off=c.ch([[(None, c.ch(OFFICIALS))], [(None, "a spokesperson for "), *c.br()]]),
        p=c.n(p, "full"),
        q=c.n(c.P(), "full|first"),
        ph=c.ph(),
    )


# ---- 17 travel-security itineraries -------------------------------------------------------------------------------------
@tpl("travel_security")
def travel_itin(c: Ctx) -> None:
    p, k = c.P(), c.P()
    c.w(
        "TRAVEL SECURITY - ITINERARY\nTraveller: {p}\nEmployer: {br}\nFlight: {br2} TA {fn} dep {d} {t}, then {fl}\n"
        "Hotel: Hotel {city} Plaza, room booked under company name\nMobile (local SIM): {ph}\nSat phone: {sat}\n"
        "Emergency contact: {kin} {k}, {ph2}\nCheck-in: every 12h to {role}\n",
        p=c.n(p, "upper|full|sfc"),
        br=c.br(),
        br2=c.br("Tailspin Air"),
        fn=str(c.r.randint(100, 999)),
        d=c.date(),
        t=c.time(),
        fl=c.flight(),
        city=c.city(),
        ph=c.ph(),
        sat="+8816 " + c.num(8)[:4] + " " + c.num(4),
        kin=c.kin(k),
        k=c.n(k, "full|first"),
        ph2=c.ph(region=c.ch(["GB", "US", "IE", c.L.region])),
        role=c.role(),
    )


@tpl("travel_security")
def travel_checkin(c: Ctx) -> None:
    c.noise = "typo"
    p = c.P()
    t = c.times(3)
    c.w(
        "{t1} {p}: landed {city}, roads ok till checkpoint 3\n{t2} ops: copy. driver is {dr} ({ph}), white land "
        "cruiser\n{t3} {p2}: at guesthouse, {a}. comms ok. next check-in 20:00\n",
        t1=t[0],
        p=c.n(p, "first|nick"),
        city=c.city(),
        t2=t[1],
        dr=c.n(c.P(), "full|first"),
        ph=c.ph(),
        t3=t[2],
        p2=c.n(p, "first|nick"),
        a=c.ad(),
    )


@tpl("travel_security")
def travel_table(c: Ctx) -> None:
    c.w(
        "Staff in country - {city} - {d}\n{h}\n",
        city=c.city(),
        d=c.date(),
        h="Name | Passport nat. | Flight out | Phone | Email",
    )
    for _ in range(c.r.randint(2, 4)):
        p = c.P()
        c.w(
            "{p} | {nat} | {fl} | {ph} | {em}\n",
            p=c.n(p, "sfc|full"),
            nat=c.ch(["GBR", "KEN", "FRA", "USA", "PHL"]),
            fl=c.flight(),
            ph=c.ph("intl"),
            em=c.em(p, work=True),
        )


@tpl("travel_security")
def travel_plan(c: Ctx) -> None:
    p, q = c.P(), c.P()
    c.w(
        "Relocation plan (amber) for {city}:\n1. Assembly point: {a} (house of local driver {q})\n2. Fallback: the "
        "{lm}, NOT the hotel\n3. Warden: {p}, {ph}\n4. Route via {st}, avoid {st2} after {t}\n5. Crisis line {br}: "
        "{hot}\n",
        city=c.city(),
        a=c.ad(),
        q=c.n(q, "first|full"),
        lm=c.ch(LANDMARKS),
        p=c.n(p, "full|title"),
        ph=c.ph(),
        st=c.street(),
        st2=c.street(),
        t=c.time(),
        br=c.br(),
        hot=c.ph("intl", region="GB"),
    )


# ---- 18 school-closure messages ----------------------------------------------------------------------------------------
@tpl("school_closure")
def school_broadcast(c: Ctx) -> None:
    p = c.P()
    c.w(
        "Dear parents and carers,\nDue to {storm} the school will be CLOSED on {d}. The building on {st} is being used "
        "as an emergency shelter by {ag}. Remote lessons start at {t}. If your child needs a device, please contact "
        "{p} on {ph} or at {em}.\nKind regards,\nHead Teacher\n",
        storm=c.storm(),
        d=c.date(),
        st=c.street(),
        ag=c.agency(),
        t=c.time(),
        p=c.title(p),
        ph=c.ph(),
        em=c.em(p, work=True),
    )


@tpl("school_closure")
def school_pickup(c: Ctx) -> None:
    par, ch, col = c.P(), c.P(), c.P()
    c.w(
        "Dear {par}, {ch} was collected from the evacuation point at {t} by {col}, who showed ID and is listed as "
        "an emergency contact. If this is not correct please call the office immediately: {ph}.",
        par=c.n(par, "title|full"),
        ch=c.n(ch, "first|full"),
        t=c.time(),
        col=c.n(col, "full|title"),
        ph=c.ph(),
    )


@tpl("school_closure")
def school_sms(c: Ctx) -> None:
    c.mix = c.L.lang != "en"
    p = c.P()
    c.w(
        "{hello}! {urg}: school closed {d} ({storm}). {call} {p} {ph}. {ty}",
        hello=c.x("hello").capitalize(),
        urg=c.x("urgent").upper(),
        d=c.date(),
        storm=c.storm(),
        call=c.x("call"),
        p=c.n(p, "title|first|native"),
        ph=c.ph(),
        ty=c.x("thanks"),
    )


@tpl("school_closure")
def school_list(c: Ctx) -> None:
    c.w("Class {cl} - pickup list ({d})\n", cl=f"{c.r.randint(1, 6)}{c.ch('ABC')}", d=c.date())
    for _ in range(c.r.randint(2, 4)):
        s, par = c.P(), c.P()
        c.w(
            "[{x}] {s} - collected by: {par} - {ph}\n",
            x=c.ch(["x", " ", "x"]),
            s=c.n(s, "full|sfc|first_init"),
            par=c.n(par, "full|title|first"),
            ph=c.ph("nat"),
        )


# ---- 19 food-poisoning reports -----------------------------------------------------------------------------------------
@tpl("foodborne_illness")
def food_form(c: Ctx) -> None:
    p = c.P()
    c.w(
        "FOODBORNE ILLNESS COMPLAINT\nComplainant: {p}\nAddress: {a}\nPhone: {ph}\nEmail: {em}\nEstablishment: food "
        "distribution at {sh}\nMeal: rice + fish, {d} {t}\nIll: {k} persons, onset {h} h after meal\nSymptoms: "
        "vomiting, diarrhoea\nReferred to: {ag}\n",
        p=c.n(p, "full|sfc"),
        a=c.ad(),
        ph=c.ph(),
        em=c.em(p),
        sh=c.shelter(),
        d=c.date(),
        t=c.time(),
        k=str(c.r.randint(2, 30)),
        h=str(c.r.randint(2, 30)),
        ag=c.agency(),
    )


@tpl("foodborne_illness")
def food_email(c: Ctx) -> None:
    c.case, c.noise = "lower", "typo"
    p, k = c.P(), c.P()
    c.w(
        "hi, my whole family got sick after the food parcels from the {lm} on {d}. {kin} {k} is in {h} now. i am "
        "{p}, {ph}. we live at {a}. pls check the other families too",
        lm=c.ch(LANDMARKS),
        d=c.date(),
        kin=c.kin(k),
        k=c.n(k, "first|full"),
        h=c.hosp(),
        p=c.n(p, "full|first"),
        ph=c.ph(),
        a=c.ad(),
    )


@tpl("foodborne_illness")
def food_linelist(c: Ctx) -> None:
    c.w(
        "Line list - outbreak {ref} - {city}\ncase | name | age | sex | onset | phone | hosp.\n",
        ref=c.ref("OB"),
        city=c.city(),
    )
    for i in range(c.r.randint(3, 5)):
        p = c.P()
        c.w(
            "{i} | {p} | {a} | {sx} | {d} | {ph} | {h}\n",
            i=str(i + 1),
            p=c.n(p, "full|sfc|inits"),
            a=_age(c),
            sx=p.sex.upper(),
            d=c.date(),
            ph=c.ph("nat") if c.r.random() < 0.8 else "-",
            h=c.ch(["Y", "N", "N"]),
        )


@tpl("foodborne_illness")
def food_hotline(c: Ctx) -> None:
    p = c.P()
    c.w(
        "Hotline call {ref} ({t})\nQ: What is your name?\nA: {p}.\nQ: Where did you eat?\nA: the stall next to the "
        "{lm}, they sell grilled chicken. everybody from our street is sick.\nQ: Your address?\nA: {a}\n"
        "Q: Callback number?\nA: {ph}\n",
        ref=c.ref("HD"),
        t=c.time(),
        p=c.n(p, "full|native|first"),
        lm=c.ch(LANDMARKS),
        a=c.ad(),
        ph=c.ph(),
    )


# ---- 20 volunteer sign-up sheets ---------------------------------------------------------------------------------------
@tpl("volunteer_signup")
def vol_sheet(c: Ctx) -> None:
    c.w(
        "VOLUNTEER SIGN-UP - {storm} clean-up - {d}\nName | Phone | Email | Skills | Days\n",
        storm=c.storm(),
        d=c.date(),
    )
    for _ in range(c.r.randint(3, 5)):
        p = c.P()
        c.w(
            "{p} | {ph} | {em} | {sk} | {days}\n",
            p=c.n(p, "full|first|lower"),
            ph=c.ph(),
            em=c.em(p),
            sk=c.ch(["driver (truck)", "nurse", "cooking", "translation", "chainsaw", "-"]),
            days=c.ch(["Sat", "Sat+Sun", "weekdays", "any"]),
        )


@tpl("volunteer_signup")
def vol_form(c: Ctx) -> None:
    p = c.P()
    c.w(
        "New form response #{n}\nFull name: {p}\nPreferred name: {nk}\nMobile: {ph}\nEmail: {em}\nHome address: {a}\n"
        "Languages: {lang}, English\nDriving licence: {dl}\nHow did you hear about us: {ag}\n",
        dl=[(None, "yes, "), *c.dlp()] if c.us else "yes",
        n=c.num(3),
        p=c.n(p, "full"),
        nk=c.n(p, "nick|first"),
        ph=c.ph(),
        em=c.em(p),
        a=c.ad(),
        lang=c.L.lang,
        ag=c.agency(),
    )


@tpl("volunteer_signup")
def vol_chat(c: Ctx) -> None:
    c.noise = "typo"
    c.w("Relief volunteers {city} (group chat)\n", city=c.city())
    for _ in range(c.r.randint(2, 4)):
        p = c.P()
        c.w(
            "{p}: {msg} {ph}\n",
            p=c.n(p, "first|nick|full"),
            msg=c.ch(
                [
                    "here, can drive, 4x4 -",
                    "count me in sat, call",
                    "i have a boat!!",
                    "nurse, free after 6pm",
                ]
            ),
            ph=c.ph(),
        )


@tpl("volunteer_signup")
def vol_roster(c: Ctx) -> None:
    c.w("Shift roster - {sh}\n", sh=c.shelter())
    for sh in ("06-14", "14-22", "22-06"):
        p, q = c.P(), c.P()
        c.w(
            "{s}: {p} + {q} (lead: {l})\n",
            s=sh,
            p=c.n(p, "full|first_init|first"),
            q=c.n(q, "full|first"),
            l=c.lg(p) if c.r.random() < 0.5 else c.n(p, "inits|first"),
        )
    c.w("swap requests to {role}\n", role=c.role())


# ---- 21 speech-to-text voicemail -------------------------------------------------------------------------------------
@tpl("voicemail_stt")
def vm_callback(c: Ctx) -> None:
    c.case = "lower"
    p = c.P()
    c.w(
        "hi this is {p} calling about the {storm} claim um you can call me back on {ph} thats {ph2} any time after "
        "{t} thanks bye",
        p=c.n(p, "full|first"),
        storm=c.storm().split()[-1],
        ph=c.ph("spell"),
        ph2=c.ph("nat"),
        t=c.ch(["two", "three o clock", "six"]),
    )


@tpl("voicemail_stt")
def vm_address(c: Ctx) -> None:
    c.case = "lower"
    p = c.P()
    c.w(
        "yeah hello its {p} from {ag} we are on the list we still need the water delivery to {a} the house with the blue gate "
        "theres {k} of us and my {rel} is eighty two",
        p=c.n(p, "first|full"),
        ag=c.agency(),
        a=c.ad(),
        k=c.ch(["five", "six", "nine"]),
        rel=c.ch(["father", "mother", "grandmother"]),
    )


@tpl("voicemail_stt")
def vm_foreign(c: Ctx) -> None:
    c.mix = c.L.lang != "en"
    p = c.P()
    c.w(
        "[voicemail, detected language: {lang}] {hello} ... {p} ... {miss} ... {call} {ph} ... {ty}",
        lang=c.L.lang,
        hello=c.x("hello"),
        p=c.n(p, "full|native|first"),
        miss=c.x("missing"),
        call=c.x("call"),
        ph=c.ph(c.ch(["spell", "nat"])),
        ty=c.x("thanks"),
    )


@tpl("voicemail_stt")
def vm_inaudible(c: Ctx) -> None:
    c.case = "lower"
    p = c.P()
    c.w(
        "[inaudible] ... for {p} [inaudible] the roof is gone ... number is {ph} [crosstalk] ... please",
        p=c.n(p),
        ph=c.ph("spell"),
    )


# ---- 22 public bulletins (no PII) ------------------------------------------------------------------------------------
@tpl("public_bulletin")
def bul_official(c: Ctx) -> None:
    c.w(
        "PUBLIC SAFETY BULLETIN No. {n} - {storm}\nIssued {d} {t} by {ag}\nEvacuation orders remain in force for "
        "{d1} and {d2}. Shelters are open at {sh} and {sh2}. {off} will visit {city} tomorrow. Do not cross flooded "
        "roads; {pc}% of {city} is without power. Updates: {url}\n",
        n=str(c.r.randint(1, 60)),
        storm=c.storm(),
        d=c.date(),
        t=c.time(),
        ag=c.agency(),
        d1=c.dist(),
        d2=c.dist(),
        sh=c.shelter(),
        sh2=c.shelter(),
        off=c.ch(OFFICIALS),
        city=c.city(),
        pc=str(c.r.randint(5, 90)),
        url=c.url(),
    )


@tpl("public_bulletin")
def bul_thread(c: Ctx) -> None:
    c.w(
        "{acct} 1/3 {storm} made landfall near {city} at {t}. Winds up to {k} km/h.\n2/3 Red Cross teams deployed "
        "to {d1}, {d2}. Hotline numbers are on {url}\n3/3 Please follow {acct2} and {hbr} for service updates. "
        "#{tag} #StaySafe",
        acct=c.ch(PUBLIC_ACCOUNTS),
        storm=c.storm(),
        city=c.city(),
        t=c.time(),
        k=str(c.r.randint(90, 280)),
        d1=c.dist(),
        d2=c.dist(),
        url=c.url(),
        acct2=c.ch(PUBLIC_ACCOUNTS),
        hbr=c.hbr(),
        tag=c.storm().split()[-1],
    )


@tpl("public_bulletin")
def bul_roads(c: Ctx) -> None:
    c.w("ROAD STATUS {d}\n", d=c.date())
    for _ in range(c.r.randint(3, 5)):
        c.w(
            "- {st} ({city}): {s}\n",
            st=c.street(),
            city=c.city(),
            s=c.ch(
                [
                    "CLOSED - landslide",
                    "open, one lane",
                    f"closed between the {c.ch(LANDMARKS)} and the {c.ch(LANDMARKS)}",
                    "flooded, 4x4 only",
                    "reopened " + c.time(),
                ]
            ),
        )
    c.w("Source: {ag}, {ver}\n", ag=c.agency(), ver=c.ver())


@tpl("public_bulletin")
def bul_shelters(c: Ctx) -> None:
    c.w("Open shelters ({d}):\n", d=c.date())
    for _ in range(c.r.randint(2, 4)):
        c.w(
            "* {sh}, {dist} - capacity {k}, {occ}% full, pets {p}\n",
            sh=c.shelter(),
            dist=c.dist(),
            k=str(c.r.randint(50, 2000)),
            occ=str(c.r.randint(5, 100)),
            p=c.ch(["allowed", "not allowed"]),
        )
    c.w("Managed by {ag} with {br}. Donations: {url}\n", ag=c.agency(), br=c.br(), url=c.url())


# ---- 23 status pages (no PII) -----------------------------------------------------------------------------------------
@tpl("status_page")
def status_incident(c: Ctx) -> None:
    t = c.times(3)
    c.w(
        "{br} Status - Degraded performance: card payments\nInvestigating - {t1} UTC - We are investigating elevated "
        "error rates in {region}.\nIdentified - {t2} UTC - A power outage at our {city} data centre caused by {storm} "
        "is affecting {pc}% of requests.\nMonitoring - {t3} UTC - Traffic failed over to {host}. Ref {ref}.\n",
        br=c.br(),
        t1=t[0],
        region=c.ch(["EU-West", "Africa South", "Asia Pacific"]),
        t2=t[1],
        city=c.city(),
        storm=c.storm(),
        pc=str(c.r.randint(2, 60)),
        t3=t[2],
        host=c.host(),
        ref=c.ref("INC"),
    )


@tpl("status_page")
def status_table(c: Ctx) -> None:
    c.w("Component            | Status\n")
    for comp in c.r.sample(
        [
            "Mobile app",
            "Online banking",
            "Card authorisations",
            "SMS alerts",
            "Call centre",
            "Open API",
            "ATM network",
        ],
        4,
    ):
        c.w(
            "{comp} | {s}\n",
            comp=comp.ljust(20),
            s=c.ch(["Operational", "Partial outage", "Major outage", "Degraded"]),
        )
    c.w("Last updated {d} {t} - subscribe at {url}\n", d=c.date(), t=c.time(), url=c.url())


@tpl("status_page")
def status_maint(c: Ctx) -> None:
    c.w(
        "Scheduled maintenance: {br} core systems upgrade to {ver}\nWindow: {d} {t1}-{t2} local time\nImpact: "
        "transfers may be delayed; {hbr} will post updates. Our {city} branch remains open as a charging point.\n",
        br=c.br(),
        ver=c.ver(),
        d=c.date(),
        t1=c.time(),
        t2=c.time(),
        hbr=c.hbr(),
        city=c.city(),
    )


@tpl("status_page")
def status_pm(c: Ctx) -> None:
    c.w(
        "Post-incident review {ref}\nSummary: between {t1} and {t2} on {d}, {pc}% of logins failed after {storm} "
        "flooded the {city} facility.\nRoot cause: generator transfer switch failure; DNS for {host} pointed at the "
        "dead site.\nActions: 1) quarterly failover drill (owner: {team}) 2) runbook update {ver}\n",
        ref=c.ref("PIR"),
        t1=c.time(),
        t2=c.time(),
        d=c.date(),
        pc=str(c.r.randint(3, 100)),
        storm=c.storm(),
        city=c.city(),
        host=c.host(),
        team=c.ch(TEAMS),
        ver=c.ver(),
    )


assert len(TEMPLATES) == 4 * len(GENRES), len(TEMPLATES)
for _i, (_g, _fn, _o) in enumerate(TEMPLATES):
    assert _g == GENRES[_i // 4], (_i, _g)


# --------------------------------------------------------------------------------------------------------------
# Generation, checks, CLI
# --------------------------------------------------------------------------------------------------------------
CLEAN_P = 0.045  # share of rows in PII genres rendered PII-free (target: ~12 % PII-free rows overall)


def generate(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    weights = [loc.w for loc in LOCALES]
    rows = []
    for _ in range(n):
        tid = rng.randrange(len(TEMPLATES))
        genre, fn, opts = TEMPLATES[tid]
        loc = LOC_BY_CODE[opts["loc"]] if "loc" in opts else rng.choices(LOCALES, weights)[0]
        clean = genre not in FREE_GENRES and rng.random() < CLEAN_P
        c = Ctx(rng, loc, clean)
        fn(c)
        rows.append(c.row(tid))
    return rows


_BRAND_RE = re.compile(
    "|".join(re.escape(b) for b in sorted(set(BRANDS) | set(HANDLE_BRANDS), key=len, reverse=True))
)


def _phone_valid(v: str, region: str) -> bool:
    """Digit-form phone valid in the row's region (or in GB/US/IE, used for foreign contacts)."""
    v = "+" + v[2:] if v.startswith("00") else v
    for reg in (region, "GB", "US", "IE"):
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(v, reg)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def check(rows: list[dict]) -> None:
    labels: collections.Counter = collections.Counter()
    genres: collections.Counter = collections.Counter()
    tids, free, phones_ok, phones = set(), 0, 0, 0
    for row in rows:
        text, spans = row["text"], row["spans"]
        tids.add(row["template_id"])
        genre = GENRES[row["template_id"] // 4]
        genres[genre] += 1
        if not spans:
            free += 1
        if genre in FREE_GENRES:
            assert not spans, row
        prev = 0
        for sp in spans:
            v = sp["value"]
            assert text[sp["start"] : sp["end"]] == v, (sp, text)
            assert sp["start"] >= prev, ("overlap/unsorted", row)
            assert v and v == v.strip(), ("whitespace", sp)
            assert sp["label"] in LABELS, sp
            prev = sp["end"]
            labels[sp["label"]] += 1
            if sp["label"] == "CREDIT_CARD":
                assert luhn_ok(v) and 13 <= len(re.sub(r"\D", "", v)) <= 19, v
            elif sp["label"] == "IBAN_CODE":
                assert iban_ok(v), v
            elif sp["label"] in ("US_SSN", "US_DRIVER_LICENSE"):
                assert row["locale"] == "en_US", row
            elif sp["label"] == "IP_ADDRESS":
                ipaddress.ip_address(v)
            elif sp["label"] == "PHONE_NUMBER" and not re.search(r"[a-z]", v):
                phones += 1
                phones_ok += _phone_valid(v, LOC_BY_CODE[row["locale"]].region)
        found = _BRAND_RE.findall(text)
        assert found == row["brands"], (found, row["brands"], text)
    missing_t = set(range(len(TEMPLATES))) - tids
    assert not missing_t, f"templates never produced: {sorted(missing_t)}"
    missing_l = set(LABELS) - set(labels)
    assert not missing_l, f"labels never produced: {missing_l}"
    assert phones_ok == phones, f"invalid phones: {phones - phones_ok} of {phones}"
    print(f"rows: {len(rows)}  templates: {len(tids)}  locales: {len({r['locale'] for r in rows})}")
    print("per label:")
    for k, v in labels.most_common():
        print(f"  {k:18s} {v}")
    print("per genre:")
    for g in GENRES:
        print(f"  {g:22s} {genres[g]}")
    nonen = sum(1 for r in rows if LOC_BY_CODE[r["locale"]].lang != "en")
    print(
        f"PII-free rows: {free} ({free / len(rows):.1%})   rows from non-English locales: {nonen / len(rows):.1%}"
    )
    print(f"digit-form phones valid per phonenumbers: {phones_ok}/{phones}")
    print("all invariants OK")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--check", action="store_true", help="generate 6000 rows, assert invariants, print counts"
    )
    args = ap.parse_args(argv)
    if args.check:
        rows = generate(6000, args.seed)
        assert rows == generate(6000, args.seed), "not deterministic"
        check(rows)
        return 0
    for row in generate(args.n, args.seed):
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
