#!/usr/bin/env python3
"""DATA CARD -- pii_synth_eleventh: a synthetic, labelled PII benchmark (eleventh set)

Purpose
    Measure the production PII redactor on text shapes it was never tuned on:
    thirty "everyday paperwork" genres (vets, funeral homes, daycare pick-ups,
    visa consultants, dating-app safety, consulates, coworking doors, movers,
    repair/pawn shops, lottery claims, crowdfunding, podcast mail, sports clubs,
    car dealers, farm co-ops, faith notices, tutoring, blood drives, prison
    visits, mortgage brokers, warranty, libraries, weddings, elder care,
    scholarships, towing, pet adoption, translation agencies, fishing licences,
    hackathons), 53 locales, many of them rarely seen in other sets.

Provenance
    Written BLIND: the author did not read the redactor, its tests, its docs,
    the classifier, nor any other generator/evaluator in bench/.  The only
    repository import is ``from pii_synth import BRANDS, HANDLE_BRANDS`` (the
    tenant's fictional watch terms, used as hard negatives).  Every given name,
    surname, nickname, street, district, landmark and template below is
    hand-written in this file (no Faker, no name lists, no gazetteers).  Phone
    numbers are drawn with ``phonenumbers``: start from the region's example
    number, randomise trailing digits, keep only ``is_valid_number`` results,
    then write them the way people of that country do.  The redactor was NOT
    run on this output while it was written.

Genres (genre g owns template ids 4g..4g+3; the four differ in layout)
    id  genre                      layouts (a / b / c / d)
    0   veterinary records         clinical prose / CSV / chat with times / clinic notice (no PII)
    1   funeral-home arrangements  key:value form / family notice / director e-mail / tribute wall
    2   daycare pick-up auth.      authorised-adult table / parent note (lower) / pick-up log / policy (no PII)
    3   immigration consultancy    US intake (SSN) / consultant e-mail / WhatsApp chat / case TSV
    4   dating-app safety reports  report form / moderator notes (lower) / JSON / safety tips (no PII)
    5   consular lost passports    case note / citizen e-mail (mixed language) / duty log / appointment table
    6   coworking access           door log with logins+IP / signup form (card) / booking e-mail / house rules (no PII)
    7   moving companies           web quote form / inventory TSV / crew chat / damage-claim letter
    8   repair & pawn shops        job ticket / PAWN TICKET (shouting) / SMS notices / price list (no PII)
    9   lottery prize claims       US claim form (SSN+DL) / winner press note (no PII) / claimant mail (lower) / officer log
    10  crowdfunding updates       organiser update / donor CSV / comment thread / platform notice (no PII)
    11  podcast listener mail      listener e-mail / show notes (no PII) / question list with handles / giveaway winners
    12  sports-club memberships    renewal form / team sheet / treasurer e-mail (IBAN, card) / fixtures (no PII)
    13  car-dealer service visits  job card / US test-drive log (DL) / SMS reminders / service menu (no PII)
    14  farm co-op supply orders   order slip / members TSV / voice-note chat (lower) / price bulletin (no PII)
    15  faith community notices    prayer & contact notice / service times (no PII) / marriage banns / donation receipt
    16  tutoring marketplace       tutor profile / booking e-mail / message thread / payout CSV (IBAN)
    17  blood-donation drives      donor registration / drive announcement (no PII) / SMS / donor table
    18  prison visit bookings      US booking form (DL) / confirmation e-mail / complaint (lower) / schedule table
    19  mortgage broker notes      US broker note (SSN) / fact-find key:value / lender e-mail / rate sheet (no PII)
    20  warranty claims            claim form / JSON payload / complaint e-mail / technician notes (lower)
    21  library holds              hold e-mail / circulation TSV / overdue SMS / new arrivals (no PII)
    22  wedding RSVPs              RSVP replies / guest CSV / group messages / invitation card
    23  elder-care visit logs      timed visit log / care plan key:value / family e-mail / medication CSV
    24  scholarship applications   application form / referee letter / shortlist table / call for applications (no PII)
    25  parking & towing disputes  US dispute letter (DL) / tow-yard TSV / appeal JSON / angry post (lower)
    26  pet adoption               application / adoptable pets (no PII) / home-check notes / foster chat
    27  translation agency jobs    job order / translator roster CSV (IBAN) / e-mail / certified translation
    28  fishing-licence desk       US application (DL) / regulations (no PII) / desk log / warden report
    29  hackathon registrations    JSON registration / team table with handles / chat with times / agenda (no PII)

Locales (53; ``locale`` field): CI CM CD MG SN RW ZM ZW MZ AO BW NA SD SO IQ KW
    OM BH AF UZ KG AZ BY MD AL MK BA ME SI HR BG LU MT IS FO LA MM TL BN MV FJ
    WS PG CU DO PR GT EC BO UY QC WLS US.  Native scripts: Arabic (SD IQ KW OM
    BH), Perso-Arabic (AF), Cyrillic (UZ KG BY MK BG), Lao (LA), Burmese (MM),
    Thaana (MV).  Rows with SSN or a driver's licence are US residents of any
    origin (name from the row locale, US address/phone).

Labels and conventions
    PERSON            private person's name as written (full, given, surname,
                      initial+surname, lower, UPPER, "SURNAME, Given",
                      "SURNAME/GIVEN" + " MR" outside, native script,
                      nicknames) and user names/logins/handles built from a
                      name, WITHOUT "@" or "u/".  Titles/honorifics (prefix or
                      suffix, e.g. "Mme", "Rra", "aka", "Daw") and possessive
                      "'s" are outside the span.  Public figures, companies,
                      products, teams, pets, bots, brand handles: not persons.
    STREET_ADDRESS    one span for a one-line address, one span per line for a
                      multi-line address; PO boxes and landmark addresses that
                      locate a home count; city/country/postcode alone do not.
    PHONE_NUMBER      as written, extension included.
    EMAIL_ADDRESS     personal mailboxes only; role mailboxes (support@,
                      noreply@, info@ ...) are never labelled.
    CREDIT_CARD       Luhn-valid, as written.   IBAN_CODE  mod-97 valid, real
                      country lengths, with/without spaces.
    US_SSN, US_DRIVER_LICENSE (per-state formats, state outside the span),
    IP_ADDRESS (v4/v6 of a member/customer).
    Hard negatives (never labelled): order/ticket/case/receipt/tracking ids,
    PNRs, flight numbers, dates, times, amounts, percentages, versions,
    branch ids, card last-4, OTPs, policy/serial/VIN numbers, job titles,
    public figures, companies, products, teams, storms, diseases, pets, bare
    cities/countries, and BRANDS / HANDLE_BRANDS.  ``brands`` lists every brand
    occurrence (one entry per occurrence, in text order, exactly as written,
    so lower-cased/shouted rows list the lower/upper form).
    About 15 % of rows are PII-free (18 of 120 templates).

Row shape
    {"text": str, "spans": [{"label","start","end","value"}], "template_id": int,
     "locale": str, "brands": [str]}   spans sorted, non-overlapping,
    text[start:end] == value, no surrounding whitespace, no newline.

Usage
    python bench/pii_synth_eleventh.py --check        # validate several seeds
    python bench/pii_synth_eleventh.py --n 50 --seed 7 # JSON lines on stdout
    from pii_synth_eleventh import generate; rows = generate(1000, seed=1)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import string
import sys
import unicodedata
from collections import Counter

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

try:
    from pii_synth import BRANDS, HANDLE_BRANDS
except ImportError:  # run from the repository root
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from pii_synth import BRANDS, HANDLE_BRANDS

PERSON, ADDR, PHONE, EMAIL = "PERSON", "STREET_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"
CARD, IBAN, SSN, IP, DL = "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS", "US_DRIVER_LICENSE"
LABELS = (PERSON, ADDR, PHONE, EMAIL, CARD, IBAN, SSN, IP, DL)
BRAND = "@BRAND"


def S(s: str) -> list[str]:
    return [x.strip() for x in s.split("|") if x.strip()]


# --------------------------------------------------------------------------
# global hand-written negatives
# --------------------------------------------------------------------------
PUBLIC = S(
    "Didier Drogba|Samuel Eto'o|Sadio Mané|Angélique Kidjo|Luka Modrić|Björk|Bad Bunny|"
    "Juan Luis Guerra|Celia Cruz|Novak Djokovic|Taylor Swift|Elon Musk|Pope Francis|Kofi Annan|"
    "Nelson Mandela|Lionel Messi|Cristiano Ronaldo|Rihanna|Shakira|Burna Boy|Youssou N'Dour|Fally Ipupa"
)
COMPANIES = S(
    "DHL|Airtel|MTN|Orange|Vodacom|Toyota|Samsung|WhatsApp|Western Union|MoneyGram|Emirates|"
    "Qatar Airways|Digicel|Ooredoo|Zain|Beeline|Claro|Tigo|Ericsson|Nestlé|Unilever"
)
PRODUCTS = S(
    "iPhone 13|Galaxy A54|Hilux|PlayStation 5|Tecno Spark 10|Redmi Note 12|MacBook Air|Corolla|"
    "ThinkPad T480|AirPods Pro|Land Cruiser|Nokia 105"
)
STORMS = S(
    "Cyclone Freddy|Hurricane Fiona|Cyclone Winston|Storm Ciarán|Hurricane Ian|Cyclone Batsirai|Cyclone Idai"
)
DISEASES = S("malaria|dengue|cholera|typhoid|measles|parvovirus|rabies|diabetes|hepatitis B")
JOBS = S(
    "driver|nurse|accountant|head teacher|site engineer|pharmacist|cashier|security guard|mechanic|"
    "tailor|civil servant|IT technician|midwife|farmer|student"
)
PETS = S("Rex|Bella|Lucky|Luna|Bobby|Nala|Toby|Kiki|Zorro|Pirate|Choco|Biscuit|Tigre|Mango|Pixel|Gigi")
SPECIES = S("dog|cat|puppy|kitten|parrot|rabbit|goat|tortoise")
TEAMS = S(
    "Real Madrid|Arsenal|ASEC Mimosas|Dinamo Zagreb|Peñarol|Boca Juniors|TP Mazembe|Al-Hilal|Partizan|Barcelona"
)
ROLE_LOCALS = S(
    "support|noreply|no-reply|info|help|press|admin|bookings|billing|claims|office|contact|hello|"
    "reservations|team|careers|accounts|helpdesk|donations|arrangements|rsvp|visits|care"
)

LBL = {
    "en": dict(
        name="Name", phone="Phone", addr="Address", email="Email", date="Date", ref="Ref", note="Notes"
    ),
    "fr": dict(
        name="Nom", phone="Tél.", addr="Adresse", email="E-mail", date="Date", ref="Réf.", note="Remarques"
    ),
    "es": dict(
        name="Nombre",
        phone="Teléfono",
        addr="Dirección",
        email="Correo",
        date="Fecha",
        ref="Ref.",
        note="Notas",
    ),
    "pt": dict(
        name="Nome", phone="Telefone", addr="Morada", email="E-mail", date="Data", ref="Ref.", note="Obs."
    ),
    "ru": dict(
        name="ФИО", phone="Тел.", addr="Адрес", email="E-mail", date="Дата", ref="№", note="Примечание"
    ),
    "ar": dict(
        name="الاسم",
        phone="الهاتف",
        addr="العنوان",
        email="البريد",
        date="التاريخ",
        ref="المرجع",
        note="ملاحظات",
    ),
}

# --------------------------------------------------------------------------
# locales
# --------------------------------------------------------------------------
LOCALES: dict[str, dict] = {}
SLAV = [
    ("ov", "ova"),
    ("ev", "eva"),
    ("in", "ina"),
    ("ski", "ska"),
    ("ов", "ова"),
    ("ев", "ева"),
    ("ин", "ина"),
    ("ски", "ска"),
]


def loc(code, **kw):
    d = {}
    for k, v in kw.items():
        if k in ("fl", "fs") and isinstance(v, str):
            d[k] = v.split("|")
        elif isinstance(v, str) and k not in ("region", "lang", "country", "njoin"):
            d[k] = S(v)
        else:
            d[k] = v
    d["code"] = code
    d.setdefault("njoin", " ")
    LOCALES[code] = d


# ---- West / Central Africa ------------------------------------------------
loc(
    "CI",
    region="CI",
    lang="fr",
    country="Côte d'Ivoire",
    m="Kouassi|Yao|Konan|Koffi|Adama|Moussa|Serge|Didier|Arsène|Ismaël|Hervé|Brice",
    f="Aya|Adjoua|Amenan|Akissi|Mariam|Awa|Estelle|Nadège|Ruth|Christelle|Affoué|Rokia",
    s="Kouadio|N'Guessan|Traoré|Koné|Ouattara|Bamba|Coulibaly|Diabaté|Kouamé|Gnagne|Tanoh|Zadi|Aka|Yéo",
    nk="Ziké|Papi|Bébé|Ange|Petit Yao|Zoko",
    hm="M.|Monsieur|Tonton",
    hf="Mme|Madame|Tantie|Maman",
    st="rue des Jardins|boulevard Latrille|rue du Commerce|avenue Chardy|rue Pierre et Marie Curie|boulevard VGE|rue L125|rue des Sports",
    d="Cocody Riviera 3|Yopougon Maroc|Marcory Zone 4|Treichville|Cocody Angré 8e tranche|Abobo Gare|Koumassi Remblais|Plateau Dokui",
    c="Abidjan|Bouaké|Yamoussoukro|San-Pédro|Korhogo|Daloa",
    pc="0# BP ####",
    af="{d}, {st}, lot {n}{fs}\n{pc} {c}|{fl}Villa {n}, {d}\n{c}|{d}, près de {lm}, villa {n}, {c}",
    fl="Appt {x}, |Immeuble {B}, ",
    fs=", appt {x}|, 2e étage",
    lm="la pharmacie Saint-Jean|le carrefour Opéra|l'église Sainte-Famille|la mosquée de la Riviera|le marché Gouro",
    dom="yahoo.fr|gmail.com|aviso.ci|outlook.fr",
    hi="Bonjour|Bonsoir|Akwaba",
    ty="Merci|Merci beaucoup|Merci wêh",
    cur="FCFA",
    ib="FR|BE",
)
loc(
    "CM",
    region="CM",
    lang="fr",
    country="Cameroun",
    m="Jean-Pierre|Emmanuel|Samuel|Alain|Boris|Théophile|Junior|Cyrille|Ndifor|Achille|Franck|Paul",
    f="Pauline|Brigitte|Solange|Carine|Marlyse|Sandrine|Odile|Mireille|Ebude|Manka'a|Nadia|Clarisse",
    s="Ngono|Fotso|Tchoumi|Mbarga|Nkoulou|Essomba|Kamga|Tagne|Ndjock|Atangana|Fouda|Owona|Tabi|Njoya",
    nk="Dash|Bobo|Ya Mado|Le Prési|Jojo",
    hm="M.|Mr|Pa|Papa",
    hf="Mme|Mami|Ma|Madame",
    st="rue Joseph Clère|avenue Kennedy|rue Njo-Njo|boulevard de la Liberté|rue Drouot|rue Mermoz|avenue Ahidjo",
    d="Bastos|Bonapriso|Akwa|Biyem-Assi|Mvog-Mbi|Makepe|Bonamoussadi|Essos",
    c="Yaoundé|Douala|Bamenda|Bafoussam|Garoua|Buea",
    pc="BP ####",
    af="{d}, {st}, {fl}porte {n}\n{pc} {c}|{d}, derrière {lm}, {c}|{fl}{n} {st}, {d}, {c}",
    fl="Immeuble {B}, |Appt {x}, ",
    fs=", appt {x}",
    lm="Total Bastos|la boulangerie Saker|le carrefour Meec|l'école publique|la chefferie",
    dom="yahoo.fr|gmail.com|camtel.cm",
    hi="Bonjour|Hello|Mbolo",
    ty="Merci|Thank you o|Merci ô",
    cur="FCFA",
    ib="FR",
)
loc(
    "CD",
    region="CD",
    lang="fr",
    country="RDC",
    m="Jean-Claude|Patrick|Fiston|Glody|Héritier|Christian|Dieudonné|Trésor|Blaise|Prince|Rodrigue|Moïse",
    f="Grâce|Merveille|Nadine|Chantal|Esther|Rachel|Divine|Gloire|Mireille|Sarah|Bénédicte|Nathalie",
    s="Mukendi|Kabongo|Mbuyi|Kalonji|Ilunga|Tshibangu|Mutombo|Lukusa|Kasongo|Nzuzi|Mabiala|Bokele|Kanyinda|Lumbala",
    nk="Papa Jo|Fifi|Dido|Tonton Fiston",
    hm="M.|Monsieur|Papa|Citoyen",
    hf="Mme|Maman|Madame",
    st="avenue Kasa-Vubu|avenue du Commerce|avenue Kabinda|avenue de la Justice|avenue des Huileries|boulevard du 30 Juin|avenue Lukusa|avenue Tombalbaye",
    d="Gombe|Lingwala|Kintambo|Ngaliema|Limete|Bandalungwa|Matete|Kalamu",
    c="Kinshasa|Lubumbashi|Goma|Kisangani|Bukavu|Mbuji-Mayi",
    af="N° {n}, {st}{fs}\nCommune de {d}\n{c}|{n}, {st}, C/{d}, {c}|{st} n° {n}, réf. {lm}, {d}, {c}",
    fl="Appt {x}, ",
    fs=", appt {x}|, parcelle {h}",
    lm="arrêt Kintambo Magasin|église CBCO|marché de la Liberté|rond-point Victoire",
    dom="gmail.com|yahoo.fr|hotmail.com",
    hi="Mbote|Bonjour|Jambo",
    ty="Matondo|Merci|Asante sana",
    cur="FC",
    ib="BE|FR",
)
loc(
    "MG",
    region="MG",
    lang="fr",
    country="Madagascar",
    m="Hery|Rija|Fetra|Tojo|Mamy|Andry|Haja|Toky|Naina|Solofo|Lova|Fidy",
    f="Voahangy|Lalao|Hanta|Fara|Mialy|Tiana|Nirina|Harisoa|Volatiana|Onja|Miora|Soa",
    s="Rakotomalala|Randriamanantena|Rasoanaivo|Razafindrakoto|Andriamihaja|Rabemananjara|Ratsimba|Rakotondrabe|Ravelojaona|Rajaonarison|Andrianaivo|Razanajatovo",
    nk="Bebe|Koto|Zoky|Ranto|Bozy",
    hm="M.|Ramose|Andriamatoa",
    hf="Mme|Ramatoa|Neny",
    st="rue Ratsimilaho|avenue de l'Indépendance|rue Rainitovo|lalana Andrianampoinimerina|rue Dok. Villette|lalana Rainandriamampandry",
    d="Analakely|Ankorondrano|Ambohijatovo|Isoraka|Ampefiloha|Andravoahangy|Ivandry",
    c="Antananarivo|Toamasina|Antsirabe|Mahajanga|Fianarantsoa|Toliara",
    pc="101|1##|2##",
    af="Lot {lot} {d}\n{pc} {c}|Lot {lot} bis, {d}, {c} {pc}|{n} {st}{fs}, {d}, {pc} {c}",
    fl="",
    fs=", 1er étage|, appt {x}",
    dom="moov.mg|gmail.com|yahoo.fr|telma.net",
    hi="Manao ahoana|Salama|Bonjour",
    ty="Misaotra|Misaotra betsaka|Merci",
    cur="Ar",
    ib="FR",
)
loc(
    "SN",
    region="SN",
    lang="fr",
    country="Sénégal",
    m="Mamadou|Cheikh|Ousmane|Abdoulaye|Modou|Ibrahima|Pape|Babacar|Serigne|Lamine|Moustapha|Alioune",
    f="Fatou|Aminata|Awa|Khady|Ndèye|Coumba|Mariama|Astou|Sokhna|Rokhaya|Adji|Dieynaba",
    s="Diop|Ndiaye|Fall|Sow|Gueye|Faye|Sarr|Diallo|Mbaye|Seck|Thiam|Cissé|Niang|Kane",
    nk="Ass|Tapha|Doudou|Mame|Zale",
    hm="M.|Serigne|Goorgui|Pa",
    hf="Mme|Sokhna|Yaay|Adja",
    st="rue Carnot|avenue Cheikh Anta Diop|rue 10|allées Seydou Nourou Tall|rue Moussé Diop|avenue Bourguiba|rue Félix Faure",
    d="Sacré-Cœur 3|Mermoz|Point E|Liberté 6|Parcelles Assainies U17|Ouakam|Grand Yoff|HLM 5",
    c="Dakar|Thiès|Saint-Louis|Touba|Ziguinchor|Rufisque|Mbour",
    pc="1##00",
    af="Villa n° {n}, {d}\n{c}|{d}, villa {n}, près de {lm}, {c}|{n} {st}{fs}\nBP {r}, {pc} {c}",
    fl="",
    fs=", 3e étage|, appt {x}",
    lm="la mosquée Omarienne|Auchan Mermoz|la boulangerie Jaune|l'arrêt Dakar Dem Dikk",
    dom="orange.sn|gmail.com|yahoo.fr",
    hi="Salamaleikoum|Na nga def|Bonjour",
    ty="Jërëjëf|Merci bu baax|Jërëjëf waay",
    cur="FCFA",
    ib="FR",
)
loc(
    "RW",
    region="RW",
    lang="en",
    country="Rwanda",
    m="Jean Bosco|Eric|Emmanuel|Olivier|Innocent|Patrick|Claude|Yves|Théoneste|Gilbert|Fabrice|Aimable",
    f="Aline|Diane|Clarisse|Josiane|Chantal|Solange|Uwase|Grace|Jeanne|Angelique|Vestine|Immaculée",
    s="Uwimana|Niyonzima|Habimana|Mukamana|Nshimiyimana|Mugisha|Hakizimana|Ingabire|Ndayisaba|Bizimana|Iradukunda|Mutesi|Nyirahabimana",
    nk="Kazungu|Manzi|Kadogo|Bobo",
    hm="Mr|Bwana|Mzee",
    hf="Mrs|Madamu|Mama",
    st="KG 9 Ave|KN 3 Rd|KK 15 Rd|KG 11 Ave|KN 78 St|KG 541 St|KK 737 St",
    d="Kacyiru|Kimihurura|Nyamirambo|Remera|Kicukiro|Gisozi|Kimironko|Nyarutarama",
    c="Kigali|Huye|Musanze|Rubavu|Muhanga",
    af="{st} {n}{fs}, {d}\n{c}|House {n}, {st}, {d}, {c}|{d}, near {lm}, house {n}, {c}",
    fl="",
    fs=", apt {x}",
    lm="Kimironko market|the Gisozi petrol station|Simba Supermarket|the Remera bus park",
    dom="gmail.com|yahoo.fr|outlook.com",
    hi="Muraho|Mwaramutse|Bite",
    ty="Murakoze|Murakoze cyane|Merci",
    cur="RWF",
    ib="BE",
)
loc(
    "ZM",
    region="ZM",
    lang="en",
    country="Zambia",
    m="Mwila|Chanda|Mulenga|Bwalya|Kelvin|Lubinda|Kabwe|Chileshe|Mwansa|Joseph|Brian|Musonda",
    f="Natasha|Chilufya|Mutinta|Thandiwe|Mwaka|Chipo|Precious|Memory|Bupe|Nchimunya|Towela|Loveness",
    s="Banda|Phiri|Mwale|Tembo|Zulu|Lungu|Sakala|Mumba|Mwanza|Kapata|Ngoma|Chisenga|Kasonde",
    nk="Chi|Kaponya|Bwalyo|Kelvo",
    hm="Mr|Ba|Bashi",
    hf="Mrs|Ms|Bamayo|Ba",
    st="Great East Road|Cairo Road|Kabulonga Road|Leopards Hill Road|Addis Ababa Drive|Chilimbulu Road|Burma Road|Lumumba Road",
    d="Kabulonga|Woodlands|Chelston|Olympia Park|Matero|Chilenje|Roma|Ibex Hill",
    c="Lusaka|Ndola|Kitwe|Livingstone|Kabwe|Chipata",
    pc="10###",
    af="Plot {n}{fs}, {st}\n{d}\n{c} {pc}|{fl}{n} {st}, {d}, {c}|House No. {n}, off {st}, {d}, {c}|P.O. Box {r}, {c}",
    fl="Flat {x}, |Unit {x}, ",
    fs=", Flat {x}",
    dom="gmail.com|zamtel.zm|yahoo.com",
    hi="Muli shani|Mwapoleni|Hello",
    ty="Natotela|Twalumba|Thanks",
    cur="K",
    ib="GB",
)
loc(
    "ZW",
    region="ZW",
    lang="en",
    country="Zimbabwe",
    m="Tendai|Tatenda|Farai|Tinashe|Kudakwashe|Tafadzwa|Blessing|Simba|Takudzwa|Tapiwa|Munyaradzi|Kuda",
    f="Rutendo|Chiedza|Nyasha|Tsitsi|Rumbidzai|Vimbai|Fadzai|Ruvimbo|Shamiso|Tariro|Chipo|Memory",
    s="Moyo|Ncube|Sibanda|Dube|Chikwanha|Mpofu|Mutasa|Nyathi|Mlambo|Gumbo|Marufu|Chiweshe|Makoni|Zhou",
    nk="Tee|Simba|Mukoma Farai|Sisi Tsitsi",
    hm="Mr|Baba|Sekuru",
    hf="Mrs|Amai|Mai|Ambuya",
    st="Samora Machel Avenue|Josiah Tongogara Street|Enterprise Road|Borrowdale Road|Herbert Chitepo Avenue|Fife Street|Kwame Nkrumah Avenue|Harare Drive",
    d="Avondale|Borrowdale|Mabelreign|Greendale|Highlands|Mbare|Budiriro|Suburbs",
    c="Harare|Bulawayo|Mutare|Gweru|Masvingo|Chitungwiza",
    af="{n} {st}\n{d}\n{c}|{fl}{n} {st}, {d}, {c}|Stand {r}, {d}, {c}",
    fl="Flat {x}, |Cottage {x}, ",
    fs="",
    dom="gmail.com|yahoo.co.uk|zol.co.zw",
    hi="Mhoroi|Makadii|Salibonani",
    ty="Ndatenda|Maita basa|Siyabonga",
    cur="US$",
    ib="GB",
)
loc(
    "MZ",
    region="MZ",
    lang="pt",
    country="Moçambique",
    m="Armando|Celso|Ernesto|Nelson|Helder|Dinis|Abdul|Alberto|Joaquim|Lázaro|Américo|Tomás",
    f="Graça|Luísa|Ana Paula|Esperança|Felizarda|Rosita|Judite|Celeste|Isabel|Mércia|Argentina|Belmira",
    s="Macuácua|Cossa|Sitoe|Machava|Nhantumbo|Mabunda|Tembe|Bila|Muianga|Chambal|Langa|Matsinhe|Zandamela",
    nk="Zé|Nando|Tio Joca|Mana Graça",
    hm="Sr.|Senhor|Mano",
    hf="Sra.|Dona|Mana|Mamã",
    st="Avenida Julius Nyerere|Avenida 24 de Julho|Avenida Eduardo Mondlane|Rua da Resistência|Avenida Vladimir Lenine|Rua do Bagamoyo|Avenida Mao Tsé-Tung|Avenida Karl Marx",
    d="Sommerschield|Polana Cimento|Malhangalene|Alto Maé|Coop|Maxaquene|Triunfo",
    c="Maputo|Matola|Beira|Nampula|Quelimane|Pemba",
    af="{st}, n.º {n}{fs}\n{d}, {c}|{st} {n}, {x}.º andar, flat {x}, {c}|Bairro {d}, quarteirão {b}, casa n.º {n}, {c}",
    fl="",
    fs=", {x}.º andar|, flat {x}|, r/c",
    dom="gmail.com|tvcabo.co.mz|hotmail.com",
    hi="Olá|Bom dia|Salama",
    ty="Obrigado|Khanimambo|Obrigada mesmo",
    cur="MT",
    ib="PT",
)
loc(
    "AO",
    region="AO",
    lang="pt",
    country="Angola",
    m="Manuel|Domingos|Adilson|Edvaldo|Kiala|Paulo|Afonso|Miguel|Valdemar|Kalunga|Osvaldo|Ndombele",
    f="Nzinga|Luzia|Teresa|Madalena|Rosa|Celma|Yolanda|Wandi|Djamila|Elsa|Josefina|Ngueve",
    s="dos Santos|Neto|Lourenço|Kiluange|Cassoma|Mateus|Bunga|Domingos|Sebastião|Chipenda|Kiame|Ngola|Tchivinda",
    nk="Bebucho|Man Dé|Kota|Tia Rosa",
    hm="Sr.|Mais-velho|Kota",
    hf="Sra.|Dona|Tia|Mamã",
    st="Rua Major Kanhangulo|Avenida 4 de Fevereiro|Rua Rainha Ginga|Rua Amílcar Cabral|Avenida Comandante Valódia|Rua da Missão|Rua Direita do Camama",
    d="Maianga|Ingombota|Talatona|Alvalade|Viana|Cazenga|Kilamba|Rangel",
    c="Luanda|Benguela|Huambo|Lubango|Lobito|Cabinda",
    af="{st}, n.º {n}{fs}, {d}\n{c}|Centralidade do Kilamba, Edifício {B}{x}, apartamento {n}, {c}|Bairro {d}, rua {b}, casa {n}, {c}",
    fl="",
    fs=", {x}.º andar|, apto {x}",
    dom="gmail.com|hotmail.com|netcabo.co.ao",
    hi="Olá|Bom dia|Boas",
    ty="Obrigado|Brigadão|Obrigada kota",
    cur="Kz",
    ib="PT",
)
loc(
    "BW",
    region="BW",
    lang="en",
    country="Botswana",
    m="Kagiso|Tebogo|Thabo|Kabelo|Tshepo|Kitso|Oratile|Neo|Tumelo|Gaone|Moagi|Lesego",
    f="Onalenna|Boitumelo|Kefilwe|Masego|Naledi|Lorato|Keitumetse|Bonolo|Goitseone|Wame|Tshegofatso|Mpho",
    s="Molefe|Kgosi|Mokgosi|Tau|Sebego|Motsumi|Modise|Gaolathe|Ramatlhape|Pule|Letsholo|Nthebolang|Olebile|Seleka",
    nk="Tebza|Kagi|Thabza|Bonnie",
    hm="Mr|Rra",
    hf="Mrs|Mma",
    st="Khama Crescent|Nelson Mandela Drive|Tlokweng Road|Kudumatse Road|Mmaraka Road|Lobatse Road|Nyerere Drive",
    d="Extension 12|Phakalane|Block 8|Broadhurst|Village|Gaborone West Phase 2|Mogoditshane",
    c="Gaborone|Francistown|Maun|Molepolole|Serowe|Kasane",
    af="Plot {r}, {st}\n{d}\n{c}|P.O. Box {r}, {c}|Plot {r}, {d}, behind {lm}, {c}",
    fl="",
    fs="",
    lm="Choppies|the kgotla|Riverwalk Mall|the BDF clinic",
    dom="gmail.com|yahoo.com|btc.bw",
    hi="Dumela|Dumelang|Hi",
    ty="Ke a leboga|Thanks|Re a leboga",
    cur="P",
    ib="GB",
)
loc(
    "NA",
    region="NA",
    lang="en",
    country="Namibia",
    m="Paulus|Festus|Sakaria|Johannes|Andreas|Tangeni|Petrus|Frans|Hendrik|Immanuel|Martin|Uazuva",
    f="Ndapewa|Ndeshipanda|Kaarina|Selma|Hilma|Ester|Maria|Victoria|Loide|Nangula|Ruusa|Saara",
    s="Shikongo|Nghipondoka|Amutenya|Nakale|Iyambo|Tjiueza|Haufiku|Kambonde|Shipanga|Kavetuna|Van Wyk|Nangolo|Angula",
    nk="Pelly|Ndapi|Jossie|Tanga",
    hm="Mr|Tate",
    hf="Mrs|Meme|Ms",
    st="Independence Avenue|Sam Nujoma Drive|Robert Mugabe Avenue|Nelson Mandela Avenue|Jan Jonker Road|Hosea Kutako Drive|Mandume Ndemufayo Avenue",
    d="Klein Windhoek|Katutura|Khomasdal|Eros|Olympia|Pionierspark|Wanaheda",
    c="Windhoek|Swakopmund|Walvis Bay|Oshakati|Rundu|Ongwediva",
    af="{n} {st}\n{d}\n{c}|Erf {r}, {st}, {d}, {c}|P.O. Box {r}, {c}|{fl}{n} {st}, {d}, {c}",
    fl="Flat {x}, |Unit {x}, ",
    fs="",
    dom="gmail.com|iway.na|africaonline.com.na",
    hi="Wa lalapo|Hallo|Hi",
    ty="Tangi unene|Dankie|Thanks hey",
    cur="N$",
    ib="GB",
)
# ---- Horn / Arabic-speaking / Afghanistan -------------------------------------
loc(
    "SD",
    region="SD",
    lang="ar",
    country="Sudan",
    m="Mohamed|Ahmed|Osman|Abdelrahman|Hassan|Mustafa|Elfatih|Yousif|Hamza|Khalid|Mujtaba|Sami",
    nm="محمد|أحمد|عثمان|عبدالرحمن|حسن|مصطفى|الفاتح|يوسف|حمزة|خالد|مجتبى|سامي",
    f="Fatima|Amna|Hiba|Sara|Reem|Nada|Marwa|Tasneem|Alawia|Safa|Mawada|Rania",
    nf="فاطمة|آمنة|هبة|سارة|ريم|ندى|مروة|تسنيم|علوية|صفاء|مودة|رانيا",
    s="Abdalla|Elamin|Osman|Elsheikh|Ibrahim|Babiker|Elhassan|Mohamed Ali|Suliman|Eltayeb|Adam|Khalifa",
    ns="عبدالله|الأمين|عثمان|الشيخ|إبراهيم|بابكر|الحسن|محمد علي|سليمان|الطيب|آدم|خليفة",
    nk="Hamoda|Sosa|Mido|Tota",
    hm="Ustaz|Mr|Sayed",
    hf="Ustaza|Mrs|Sitt",
    st="Street 15|Obeid Khatim Street|Africa Road|Mashtal Street|Street 61|Gamhoria Avenue",
    d="Riyadh|Amarat|Manshiya|Kafouri|Arkaweet|Burri|Al Taif",
    c="Khartoum|Omdurman|Khartoum North|Port Sudan|Wad Madani|Kassala",
    af="House {n}, Block {b}, {d}\n{c}|{st}, house no. {n}, {d}, {c}|Block {b}, house {n}, near {lm}, {d}, {c}",
    naf="منزل رقم {n}، مربع {b}، {d}\n{c}|{st}، منزل {n}، {d}، {c}",
    nst="شارع 15|شارع المشتل|شارع أفريقيا|شارع عبيد ختم",
    nd="الرياض|العمارات|المنشية|كافوري|أركويت",
    nc="الخرطوم|أم درمان|بحري|بورتسودان|ود مدني",
    fl="",
    fs="",
    lm="Afra Mall|the Faisal mosque|Ozone cafe|the Amarat pharmacy",
    dom="gmail.com|hotmail.com|yahoo.com",
    hi="Salam|Assalamu alaikum|Ahlan",
    ty="Shukran|Shukran jazeelan|Mashkoor",
    cur="SDG",
    ib="SD",
)
loc(
    "SO",
    region="SO",
    lang="en",
    country="Somalia",
    m="Abdirahman|Mohamed|Abdullahi|Hassan|Ahmed|Abdiaziz|Farah|Yusuf|Mahad|Liban|Guled|Bashir",
    f="Hodan|Fadumo|Sahra|Asha|Hibaaq|Ifrah|Nasra|Ayaan|Ubah|Ladan|Sagal|Khadra",
    s="Warsame|Jama|Farah|Abdi|Hersi|Nur|Ali|Omar|Mohamud|Aden|Dirie|Egal|Osman",
    nk="Dheere|Yare|Gaab|Cadey",
    hm="Mudane|Mr|Abti",
    hf="Marwo|Ms|Hooyo",
    st="Maka Al Mukarama Road|Warshadaha Road|Jidka Sodonka|Wadada Afgooye|Taleex Street|Jidka Wadnaha",
    d="Hodan|Wadajir|Hamarweyne|Waberi|Howlwadaag|Dharkenley|Karaan|Yaqshid",
    c="Mogadishu|Hargeisa|Kismayo|Baidoa|Garowe|Bosaso",
    af="{d} District, {st}, house {n}\n{c}|{d}, near {lm}, {c}|Degmada {d}, {st}, guriga {n}, {c}",
    fl="",
    fs="",
    lm="KM4 junction|Bakaara market|Daljirka Dahsoon|the Hodan police station",
    dom="gmail.com|hotmail.com|yahoo.com",
    hi="Salaan|Iska warran|Haye",
    ty="Mahadsanid|Mahadsanid walaal|Thanks",
    cur="$",
    ib="GB",
)
loc(
    "IQ",
    region="IQ",
    lang="ar",
    country="Iraq",
    m="Ali|Hussein|Mustafa|Haider|Ahmed|Omar|Karrar|Zaid|Muntadhar|Yasir|Ammar|Sajjad",
    nm="علي|حسين|مصطفى|حيدر|أحمد|عمر|كرار|زيد|منتظر|ياسر|عمار|سجاد",
    f="Zahraa|Noor|Fatima|Maryam|Rusul|Hawraa|Shahad|Tabarak|Dunya|Sura|Ban|Zainab",
    nf="زهراء|نور|فاطمة|مريم|رسل|حوراء|شهد|تبارك|دنيا|سرى|بان|زينب",
    s="al-Jubouri|al-Tamimi|al-Obeidi|al-Khafaji|al-Saadi|al-Rubaie|al-Dulaimi|al-Shammari|al-Musawi|Kareem|Jassim|Hamid",
    ns="الجبوري|التميمي|العبيدي|الخفاجي|الساعدي|الربيعي|الدليمي|الشمري|الموسوي|كريم|جاسم|حميد",
    nk="Hammoudi|Zozo|Alloosh|Abu Ali",
    hm="Ustadh|Sayyid|Hajji|Mr",
    hf="Sitt|Hajjiya|Mrs",
    st="Sina'a Street|Abu Nuwas Street|Arasat Street|14 Ramadan Street|Palestine Street|Rubaie Street",
    d="Karrada|Mansour|Zayouna|Adhamiya|Jadriya|Yarmouk|Harthiya|Ghadir",
    c="Baghdad|Basra|Erbil|Najaf|Karbala|Mosul|Sulaymaniyah",
    pc="10###",
    af="Mahalla {r}, Zuqaq {b}, House {n}\n{d}, {c}|{d}, {st}, near {lm}, {c}|{fl}Building {x}, {st}, {d}, {c} {pc}",
    naf="محلة {k}، زقاق {b}، دار {n}\n{d}، {c}|{d}، {st}، قرب {lm}، {c}",
    nst="شارع الصناعة|شارع أبو نواس|شارع فلسطين|شارع الربيعي",
    nd="الكرادة|المنصور|زيونة|الأعظمية|اليرموك",
    nc="بغداد|البصرة|أربيل|النجف|كربلاء",
    nlm="جامع براثا|مستشفى ابن النفيس|ساحة الواثق",
    fl="Flat {x}, ",
    fs="",
    lm="Baratha mosque|Al-Wathiq Square|Ibn al-Nafees hospital|Babylon Mall",
    dom="gmail.com|yahoo.com|hotmail.com",
    hi="Salam alaykum|Shlonak|Hala",
    ty="Shukran|Allah ykhallik|Mamnoon",
    cur="IQD",
    ib="IQ",
)
loc(
    "KW",
    region="KW",
    lang="ar",
    country="Kuwait",
    m="Abdullah|Fahad|Khaled|Mishari|Yousef|Bader|Saud|Nasser|Talal|Hamad|Faisal|Mubarak",
    nm="عبدالله|فهد|خالد|مشاري|يوسف|بدر|سعود|ناصر|طلال|حمد|فيصل|مبارك",
    f="Dana|Shaikha|Noura|Maha|Latifa|Hessa|Rawan|Fatma|Ghadeer|Sharifa|Anwar|Munira",
    nf="دانة|شيخة|نورة|مها|لطيفة|حصة|روان|فاطمة|غدير|شريفة|أنوار|منيرة",
    s="Al-Mutairi|Al-Ajmi|Al-Enezi|Al-Rashidi|Al-Shammari|Al-Kandari|Al-Awadhi|Al-Qattan|Behbehani|Al-Failakawi|Al-Hajri|Dashti",
    ns="المطيري|العجمي|العنزي|الرشيدي|الشمري|الكندري|العوضي|القطان|بهبهاني|الفيلكاوي|الهاجري|دشتي",
    nk="Bu Fahad|Dodo|Nono|Bo Khalid",
    hm="Mr|Ustad|Abu",
    hf="Mrs|Umm|Ms",
    st="Street {b}|Salem Al Mubarak Street|Tunis Street|Amman Street|Baghdad Street|Gulf Road|Qatar Street",
    d="Salmiya|Hawally|Jabriya|Rumaithiya|Mishref|Surra|Farwaniya|Fintas|Salwa",
    c="Kuwait City|Hawally|Ahmadi|Jahra|Farwaniya",
    pc="2####|1####",
    af="Block {b}, {st}, House {n}{fs}\n{d} {pc}|{d}, Block {b}, Street {x}, Avenue {h}, Building {n}, Flat {x}|{fl}Bldg {n}, Block {b}, {st}, {d}, {c}",
    naf="قطعة {b}، شارع {x}، منزل {n}\n{d}|{d}، قطعة {b}، {st}، منزل {n}",
    nst="شارع سالم المبارك|شارع تونس|شارع عمان|شارع الخليج العربي",
    nd="السالمية|حولي|الجابرية|الرميثية|مشرف|السرة",
    fl="Flat {x}, ",
    fs=", Floor {x}, Flat {x}|, Apt {x}",
    dom="gmail.com|hotmail.com|outlook.com",
    hi="Hala|Marhaba|Salam",
    ty="Mashkoor|Yatik el afia|Shukran",
    cur="KD",
    ib="KW",
)
loc(
    "OM",
    region="OM",
    lang="ar",
    country="Oman",
    m="Salim|Said|Hamood|Ahmed|Khalfan|Sultan|Majid|Hilal|Nasser|Qais|Talib|Azzan",
    nm="سالم|سعيد|حمود|أحمد|خلفان|سلطان|ماجد|هلال|ناصر|قيس|طالب|عزان",
    f="Shamsa|Muna|Thuraya|Aisha|Zuwaina|Buthaina|Maryam|Salma|Ruqaiya|Asma|Huda|Wafa",
    nf="شمسة|منى|ثريا|عائشة|زوينة|بثينة|مريم|سلمى|رقية|أسماء|هدى|وفاء",
    s="Al-Balushi|Al-Harthy|Al-Hinai|Al-Kindi|Al-Rawahi|Al-Busaidi|Al-Maamari|Al-Siyabi|Al-Ghafri|Al-Habsi|Al-Lawati|Al-Wahaibi",
    ns="البلوشي|الحارثي|الهنائي|الكندي|الرواحي|البوسعيدي|المعمري|السيابي|الغافري|الحبسي|اللواتي|الوهيبي",
    nk="Salloom|Hamoodi|Abu Said|Shamsoo",
    hm="Mr|Ustadh|Abu",
    hf="Mrs|Ms|Umm",
    st="Way {r}|Sultan Qaboos Street|18th November Street|Al Kharjiyah Street|Al Maha Street",
    d="Al Khuwair|Qurum|Ruwi|Al Ghubrah|Bawshar|Al Hail North|Madinat Sultan Qaboos|Al Mawaleh South",
    c="Muscat|Seeb|Sohar|Salalah|Nizwa|Sur",
    pc="1##",
    af="House {n}, {st}\n{d}, {c}\nPC {pc}|{fl}Building {r}, {st}, {d}, {c}|P.O. Box {r}, PC {pc}, {d}",
    naf="منزل {n}، سكة {r}\n{d}، {c}",
    nd="الخوير|القرم|روي|الغبرة|بوشر",
    nc="مسقط|السيب|صحار|صلالة|نزوى",
    fl="Flat {x}, |Apt {x}, ",
    fs="",
    dom="gmail.com|omantel.net.om|hotmail.com",
    hi="Salam|Marhaba|Shlonak",
    ty="Shukran|Mashkoor|Ya'teek al-afia",
    cur="OMR",
    ib="GB",
)
loc(
    "BH",
    region="BH",
    lang="ar",
    country="Bahrain",
    m="Ali|Hasan|Jassim|Isa|Mahmood|Yaser|Redha|Hussain|Ebrahim|Abbas|Salman|Mohammed|Ammar",
    nm="علي|حسن|جاسم|عيسى|محمود|ياسر|رضا|حسين|إبراهيم|عباس|سلمان|محمد|عمار",
    f="Zainab|Maryam|Fatema|Ameera|Sara|Layla|Hawra|Kawthar|Nouf|Eman|Batool|Duaa",
    nf="زينب|مريم|فاطمة|أميرة|سارة|ليلى|حوراء|كوثر|نوف|إيمان|بتول|دعاء",
    s="Al-Aradi|Al-Sitri|Al-Jishi|Fakhro|Al-Durazi|Al-Mahroos|Al-Aali|Bucheeri|Al-Mahmood|Janahi|Al-Jowder|Al-Shehabi|Al-Sayegh",
    ns="العرادي|الستري|الجشي|فخرو|الدرازي|المحروس|العالي|بوشهري|المحمود|جناحي|الجودر|الشهابي|الصائغ",
    nk="Abu Jassim|Dodi|Hoss|Zozo",
    hm="Mr|Sayed|Haji",
    hf="Mrs|Ms|Haja",
    st="Road {r}|Avenue {h}|Exhibition Avenue|Sheikh Isa Avenue",
    d="Seef|Juffair|Adliya|Isa Town|Riffa|Sanabis|Muharraq|Hamad Town|Tubli|Sitra",
    c="Manama|Muharraq|Riffa|Isa Town|Hamad Town",
    af="Flat {x}, Building {n}, {st}, Block {k}\n{d}, {c}|House {n}, Road {r}, Block {k}, {d}|Villa {n}, {st}, Block {k}, {d}, Kingdom of Bahrain",
    naf="شقة {x}، مبنى {n}، طريق {r}، مجمع {k}\n{d}",
    nd="السيف|الجفير|العدلية|مدينة عيسى|الرفاع|السنابس|المحرق",
    fl="",
    fs="",
    dom="gmail.com|batelco.com.bh|hotmail.com",
    hi="Hala|Marhaba|Salam",
    ty="Shukran|Mashkoor|Ya'teek el 3afya",
    cur="BD",
    ib="BH",
)
loc(
    "AF",
    region="AF",
    lang="en",
    country="Afghanistan",
    m="Hamid|Farid|Zabihullah|Ajmal|Mirwais|Nasir|Rahmatullah|Habib|Jawad|Samiullah|Wahid|Ahmad",
    nm="حمید|فرید|ذبیح‌الله|اجمل|میرویس|ناصر|رحمت‌الله|حبیب|جواد|سمیع‌الله|وحید|احمد",
    f="Fatima|Mariam|Zahra|Nargis|Shabnam|Farzana|Malalai|Sima|Laila|Parwana|Mursal|Fereshta",
    nf="فاطمه|مریم|زهرا|نرگس|شبنم|فرزانه|ملالی|سیما|لیلا|پروانه|مرسل|فرشته",
    s="Ahmadzai|Popal|Sultani|Karimi|Rahimi|Hakimi|Noori|Stanikzai|Safi|Wardak|Amiri|Haidari",
    ns="احمدزی|پوپل|سلطانی|کریمی|رحیمی|حکیمی|نوری|استانکزی|صافی|وردک|امیری|حیدری",
    nk="Jani|Lala|Gul|Bacha",
    hm="Agha|~sahib|Mr|Haji",
    hf="~jan|Bibi|Mrs",
    st="Darulaman Road|Jalalabad Road|Street 3|Wazir Akbar Khan Street 15|Taimani Road|Qala-e-Fatullah Street 5",
    d="Karte Char|Shahr-e Naw|Wazir Akbar Khan|Khair Khana|Taimani|Karte Parwan|Macroyan|Dasht-e Barchi",
    c="Kabul|Herat|Mazar-i-Sharif|Kandahar|Jalalabad|Kunduz",
    af="House {n}, {st}, {d}\n{c}|{d}, Street {x}, house no. {n}, near {lm}, {c}|Macroyan {b}, Block {x}, Apartment {n}, {c}",
    naf="{d}، سرک {x}، خانه {n}\n{c}",
    nd="کارته چهار|شهر نو|وزیر اکبر خان|خیرخانه|تایمنی|کارته پروان",
    nc="کابل|هرات|مزار شریف|کندهار",
    fl="",
    fs="",
    lm="Kabul University|the blue mosque|Shahr-e Naw park|Ibn Sina hospital",
    dom="gmail.com|yahoo.com|hotmail.com",
    hi="Salaam|Salam alaikum|Khair ast",
    ty="Tashakor|Manana|Mehrabani",
    cur="AFN",
    ib="DE",
)
# ---- Central Asia / Caucasus / Eastern Europe ---------------------------------
loc(
    "UZ",
    region="UZ",
    lang="en",
    country="Uzbekistan",
    sfem=SLAV,
    m="Aziz|Jasur|Sardor|Bekzod|Otabek|Sherzod|Dilshod|Rustam|Ulugbek|Farrukh|Akmal|Javohir",
    nm="Азиз|Жасур|Сардор|Бекзод|Отабек|Шерзод|Дилшод|Рустам|Улуғбек|Фаррух|Акмал|Жавоҳир",
    f="Dilnoza|Gulnora|Nodira|Madina|Shahnoza|Zarina|Malika|Feruza|Kamola|Nigora|Sevara|Munisa",
    nf="Дилноза|Гулнора|Нодира|Мадина|Шаҳноза|Зарина|Малика|Феруза|Камола|Нигора|Севара|Муниса",
    s="Karimov|Rahimov|Tursunov|Yusupov|Abdullayev|Ergashev|Nazarov|Sobirov|Mirzayev|Qodirov|Xolmatov|Ismoilov",
    ns="Каримов|Раҳимов|Турсунов|Юсупов|Абдуллаев|Эргашев|Назаров|Собиров|Мирзаев|Қодиров|Холматов|Исмоилов",
    nk="Azizbek|Jaska|Dilya|Sanya",
    hm="~aka|janob|Mr",
    hf="~opa|~xonim|Mrs",
    st="Amir Temur ko'chasi|Navoiy ko'chasi|Shota Rustaveli ko'chasi|Mustaqillik shoh ko'chasi|Bobur ko'chasi|Labzak ko'chasi",
    d="Chilonzor tumani|Yunusobod tumani|Mirzo Ulug'bek tumani|Shayxontohur tumani|Yakkasaroy tumani|Sergeli tumani",
    c="Toshkent|Samarqand|Buxoro|Namangan|Andijon|Farg'ona",
    pc="100###|140###",
    af="{st}, {n}-uy{fs}\n{d}, {c} {pc}|{d}, {x}-kvartal, {n}-uy, {h}-xonadon, {c}|{c} sh., {st} {n}, kv. {x}",
    naf="{c} ш., {st}, {n}-уй, {x}-хонадон\n{pc}|{d}, {x}-мавзе, {n}-уй, {c}",
    nst="Амир Темур кўчаси|Навоий кўчаси|Бобур кўчаси|Мустақиллик кўчаси",
    nd="Чилонзор тумани|Юнусобод тумани|Яккасарой тумани",
    nc="Тошкент|Самарқанд|Бухоро|Наманган",
    fl="",
    fs=", {x}-xonadon|, kv. {x}",
    dom="mail.ru|gmail.com|umail.uz",
    hi="Assalomu alaykum|Salom|Privet",
    ty="Rahmat|Katta rahmat|Spasibo",
    cur="so'm",
    ib="DE",
)
loc(
    "KG",
    region="KG",
    lang="ru",
    country="Kyrgyzstan",
    sfem=SLAV,
    m="Aibek|Nurlan|Bakyt|Azamat|Ermek|Talant|Daniyar|Kanat|Almaz|Meder|Chyngyz|Ulan",
    nm="Айбек|Нурлан|Бакыт|Азамат|Эрмек|Талант|Данияр|Канат|Алмаз|Медер|Чыңгыз|Улан",
    f="Aigerim|Nazgul|Aizada|Begimai|Cholpon|Gulzat|Asel|Meerim|Aidai|Zhyldyz|Kanykei|Nurzat",
    nf="Айгерим|Назгүл|Айзада|Бегимай|Чолпон|Гүлзат|Асель|Мээрим|Айдай|Жылдыз|Каныкей|Нурзат",
    s="Asanov|Toktogulov|Dzhumabaev|Sydykov|Usenov|Abdyldaev|Mamatov|Omurbekov|Beishenaliev|Kadyrov|Temirbekov|Zhaparov",
    ns="Асанов|Токтогулов|Джумабаев|Сыдыков|Усенов|Абдылдаев|Маматов|Омурбеков|Бейшеналиев|Кадыров|Темирбеков|Жапаров",
    nk="Aika|Beka|Nuri|Chika",
    hm="~baike|~agai|Mr",
    hf="~eje|~apa|Mrs",
    st="ul. Toktogula|prospekt Chui|ul. Kievskaya|ul. Ibraimova|prospekt Manasa|ul. Moskovskaya|ul. Frunze|ul. Tynystanova",
    d="mkr. Dzhal|mkr. Asanbai|mkr. Vostok-5|Oktyabrsky raion|Pervomaisky raion|mkr. Tunguch",
    c="Bishkek|Osh|Karakol|Jalal-Abad|Tokmok|Naryn",
    pc="720###",
    af="{st}, d. {n}{fs}\n{pc} {c}|{d}, d. {n}, kv. {x}, {c}|{c}, {st} {n}/{x}",
    naf="{st}, д. {n}, кв. {x}\n{pc} {c}|{d}, д. {n}, кв. {x}, {c}",
    nst="ул. Токтогула|пр. Чуй|ул. Киевская|ул. Ибраимова|пр. Манаса",
    nd="мкр. Джал|мкр. Асанбай|мкр. Восток-5|Октябрьский район",
    nc="Бишкек|Ош|Каракол|Токмок",
    fl="",
    fs=", kv. {x}|, kv {x}",
    dom="mail.ru|gmail.com|yandex.ru",
    hi="Salam|Salamatsyzby|Privet",
    ty="Rakhmat|Chon rakhmat|Spasibo",
    cur="som",
    ib="DE",
)
loc(
    "AZ",
    region="AZ",
    lang="en",
    country="Azerbaijan",
    sfem=SLAV,
    m="Elvin|Rəşad|Orxan|Tural|Fərid|Kamran|Elnur|Vüsal|Ramil|Nicat|Anar|Murad",
    f="Aygün|Leyla|Günel|Nigar|Sevinc|Aysel|Nərmin|Könül|Lalə|Səbinə|Ülviyyə|Fidan",
    s="Məmmədov|Hüseynov|Quliyev|Həsənov|İsmayılov|Abdullayev|Rzayev|Cəfərov|Nəsirov|Babayev|Orucov|Süleymanov|Qasımlı|Rüstəmli",
    nk="Elvo|Tuko|Lalo|Nico",
    hm="~müəllim|~bəy|cənab",
    hf="~xanım|~xala|Mrs",
    st="Nizami küçəsi|Füzuli küçəsi|Azadlıq prospekti|Təbriz küçəsi|Həsən bəy Zərdabi prospekti|Xətai prospekti|Neftçilər prospekti",
    d="Nəsimi rayonu|Yasamal rayonu|Nərimanov rayonu|Xətai rayonu|Binəqədi rayonu|Səbail rayonu",
    c="Bakı|Gəncə|Sumqayıt|Şəki|Lənkəran|Mingəçevir",
    pc="AZ1###|AZ 10##",
    af="{st} {n}{fs}\n{d}\n{pc} {c}|{c}, {d}, {st}, ev {n}, mənzil {x}|{pc}, {c} ş., {st} {n}/{x}",
    fl="",
    fs=", mənzil {x}|, m. {x}",
    dom="mail.ru|gmail.com|box.az",
    hi="Salam|Necəsən|Salam əleyküm",
    ty="Təşəkkürlər|Sağ ol|Çox sağ olun",
    cur="AZN",
    ib="AZ",
)
loc(
    "BY",
    region="BY",
    lang="ru",
    country="Belarus",
    sfem=[("ou", "ova"), ("au", "ava"), ("оў", "ова"), ("аў", "ава")],
    m="Aliaksandr|Dzmitry|Siarhei|Andrei|Pavel|Maksim|Uladzimir|Ihar|Yauhen|Artsiom|Mikalai|Kiryl",
    nm="Аляксандр|Дзмітрый|Сяргей|Андрэй|Павел|Максім|Уладзімір|Ігар|Яўген|Арцём|Мікалай|Кірыл",
    f="Aliaksandra|Volha|Tatsiana|Hanna|Alena|Iryna|Nasta|Darya|Katsiaryna|Yuliya|Maryia|Palina",
    nf="Аляксандра|Вольга|Таццяна|Ганна|Алена|Ірына|Наста|Дар'я|Кацярына|Юлія|Марыя|Паліна",
    s="Kavalenka|Novik|Shautsou|Kazlou|Lukashevich|Bandarenka|Karpovich|Zhuk|Tsikhanovich|Marozau|Prakapovich|Hryshkevich",
    ns="Каваленка|Новік|Шаўцоў|Казлоў|Лукашэвіч|Бандарэнка|Карповіч|Жук|Ціхановіч|Марозаў|Пракаповіч|Грышкевіч",
    nk="Sania|Dzimka|Lyosha|Tanya",
    hm="sp.|Mr|pan",
    hf="sp.|Mrs|spadarynia|pani",
    st="vul. Surhanava|pr. Niezalezhnasci|vul. Kalvaryjskaja|vul. Jakuba Kolasa|vul. Kuprevicha|pr. Pieramozhcau|vul. Kamsamolskaja",
    d="Frunzienski raion|Maskouski raion|Kastrychnitski raion|Uruchcha|Kamennaja Horka",
    c="Minsk|Hrodna|Brest|Homiel|Viciebsk|Mahilioŭ",
    pc="220###|2#####",
    af="{st}, d. {n}{fs}\n{pc} {c}|{pc}, {c}, {st} {n}-{x}|{c}, {st}, {n}, kv. {x}",
    naf="{st}, д. {n}, кв. {x}\n{pc}, г. {c}|{pc} {c}, {st} {n}-{x}",
    nst="вул. Сурганава|пр. Незалежнасці|вул. Якуба Коласа|ул. Кальварийская|пр. Победителей",
    nc="Мінск|Гродна|Брэст|Гомель|Віцебск",
    fl="",
    fs=", kv. {x}|, korp. {h}, kv. {x}",
    dom="tut.by|mail.ru|gmail.com|yandex.by",
    hi="Pryvitannie|Dobry dzien|Privet",
    ty="Dziakuj|Vialiki dziakuj|Spasibo",
    cur="BYN",
    ib="BY",
)
loc(
    "MD",
    region="MD",
    lang="en",
    country="Moldova",
    m="Ion|Vasile|Mihai|Andrei|Sergiu|Vadim|Dumitru|Nicolae|Alexandru|Victor|Octavian|Eugen",
    f="Maria|Elena|Ana|Natalia|Cristina|Doina|Irina|Tatiana|Mariana|Ludmila|Corina|Valentina",
    s="Rusu|Ceban|Ciobanu|Lungu|Munteanu|Cojocaru|Popa|Sârbu|Țurcanu|Moraru|Bivol|Grosu|Botnaru|Guțu",
    nk="Nicu|Vova|Lenuța|Costel",
    hm="dl.|domnul",
    hf="dna|doamna",
    st="bd. Ștefan cel Mare și Sfânt|str. Mihai Eminescu|str. Ismail|bd. Dacia|str. Alba Iulia|str. Columna|bd. Moscova|str. Calea Ieșilor",
    d="sect. Botanica|sect. Centru|sect. Buiucani|sect. Ciocana|sect. Râșcani",
    c="Chișinău|Bălți|Cahul|Orhei|Ungheni|Comrat",
    pc="MD-2###",
    af="{st} {n}{fs}\n{pc}, {c}|{c}, {d}, {st} {n}, ap. {x}|{pc} {c}, {st}, nr. {n}/{h}, ap. {x}",
    fl="",
    fs=", ap. {x}|, bl. {h}, ap. {x}",
    dom="mail.ru|gmail.com|yahoo.com|mail.md",
    hi="Bună ziua|Salut|Privet",
    ty="Mulțumesc|Mersi|Mulțumesc frumos",
    cur="lei",
    ib="MD",
)
loc(
    "AL",
    region="AL",
    lang="en",
    country="Albania",
    m="Arben|Ermal|Besnik|Gentian|Fatmir|Ilir|Klodian|Artan|Dritan|Erion|Altin|Endrit",
    f="Elira|Ardita|Blerina|Anila|Mirela|Jonida|Ornela|Entela|Valbona|Erjona|Alketa|Klea",
    s="Hoxha|Shehu|Krasniqi|Gjoka|Leka|Dervishi|Prifti|Kola|Çela|Basha|Marku|Zeneli|Muça",
    nk="Beni|Lodi|Tani|Ela",
    hm="z.|zoti",
    hf="znj.|zonja",
    st="Rruga Myslym Shyri|Rruga e Durrësit|Bulevardi Bajram Curri|Rruga Sami Frashëri|Rruga Ibrahim Rugova|Rruga e Kavajës|Rruga Pjetër Bogdani|Rruga Qemal Stafa",
    d="Njësia Bashkiake Nr. 5|Blloku|Laprakë|Kombinat|Ali Demi|Don Bosko",
    c="Tiranë|Durrës|Vlorë|Shkodër|Elbasan|Korçë",
    pc="10##",
    af="{st}, Pallati {h}, Shkalla {x}, Ap. {x}\n{pc} {c}|{st}, Nr. {n}, {c} {pc}|Lagjja {h}, {st}, Godina {n}, {c}",
    fl="",
    fs="",
    dom="gmail.com|yahoo.com|abcom.al",
    hi="Përshëndetje|Tungjatjeta|Ç'kemi",
    ty="Faleminderit|Rrofsh|Flm",
    cur="lekë",
    ib="AL",
)
loc(
    "MK",
    region="MK",
    lang="en",
    country="North Macedonia",
    sfem=SLAV,
    m="Aleksandar|Goran|Dragan|Zoran|Nikola|Marko|Stefan|Bojan|Igor|Vlatko|Dimitar|Filip",
    nm="Александар|Горан|Драган|Зоран|Никола|Марко|Стефан|Бојан|Игор|Влатко|Димитар|Филип",
    f="Elena|Marija|Biljana|Vesna|Ana|Ivana|Simona|Katerina|Snežana|Jovana|Teodora|Maja",
    nf="Елена|Марија|Билјана|Весна|Ана|Ивана|Симона|Катерина|Снежана|Јована|Теодора|Маја",
    s="Petrovski|Trajkovski|Nikolovski|Stojanovski|Ristevski|Jovanovski|Angelov|Dimitrov|Georgievski|Kostovski|Todorovski|Spasovski",
    ns="Петровски|Трајковски|Николовски|Стојановски|Ристевски|Јовановски|Ангелов|Димитров|Георгиевски|Костовски|Тодоровски|Спасовски",
    nk="Gogo|Ace|Bibi|Kaki",
    hm="g-din|gospodin",
    hf="g-ǵa|gospoǵa",
    st="ul. Makedonija|bul. Partizanski odredi|ul. Dame Gruev|bul. Ilinden|ul. Orce Nikolov|ul. Vasil Glavinov|bul. Jane Sandanski",
    d="Centar|Karpoš|Aerodrom|Kisela Voda|Čair|Gazi Baba|Taftalidže",
    c="Skopje|Bitola|Ohrid|Kumanovo|Prilep|Tetovo",
    pc="1000|7000|6000|1300|7500",
    af="{st} br. {n}{fs}\n{pc} {c}|{st} {n}/{x}, {d}, {c}|{pc} {c}, {st} {n}, vlez {h}, stan {x}",
    naf="{st} бр. {n}, стан {x}\n{pc} {c}",
    nst="ул. Македонија|бул. Партизански одреди|ул. Даме Груев|бул. Илинден",
    nc="Скопје|Битола|Охрид|Куманово",
    fl="",
    fs=", stan {x}|, kat {x}, stan {x}",
    dom="gmail.com|yahoo.com|t-home.mk",
    hi="Zdravo|Čao|Dobar den",
    ty="Fala|Blagodaram|Fala mnogu",
    cur="den",
    ib="MK",
)
loc(
    "BA",
    region="BA",
    lang="en",
    country="Bosnia and Herzegovina",
    m="Amir|Emir|Adnan|Haris|Kenan|Nedim|Dženan|Mirza|Tarik|Almir|Dario|Nemanja",
    f="Amra|Lejla|Selma|Amina|Ajla|Emina|Merima|Dženana|Sanela|Azra|Ivana|Jelena",
    s="Hodžić|Hadžić|Begić|Mehmedović|Kovačević|Delić|Hasanović|Alić|Omerović|Imamović|Šehić|Jukić|Babić|Mujić",
    nk="Hare|Mirzo|Lejlica|Dado",
    hm="g.|gosp.",
    hf="gđa|gospođa",
    st="Zmaja od Bosne|Ferhadija|Titova|Maršala Tita|Branilaca Sarajeva|Alipašina|Hamdije Kreševljakovića|Kralja Tvrtka",
    d="Centar|Novo Sarajevo|Stari Grad|Ilidža|Grbavica|Dobrinja|Otoka",
    c="Sarajevo|Banja Luka|Tuzla|Zenica|Mostar|Bihać",
    pc="71000|78000|75000|72000|88000",
    af="{st} {n}{fs}\n{pc} {c}|{st} br. {n}, {d}, {c}|{pc} {c}, {st} {n}/{x}",
    fl="",
    fs=", stan {x}|, {x}. sprat",
    dom="gmail.com|bih.net.ba|hotmail.com",
    hi="Ćao|Zdravo|Selam",
    ty="Hvala|Fala|Hvala puno",
    cur="KM",
    ib="BA",
)
loc(
    "ME",
    region="ME",
    lang="en",
    country="Montenegro",
    m="Marko|Nikola|Luka|Petar|Vuk|Miloš|Stefan|Danilo|Balša|Vasilije|Lazar|Dragan",
    f="Milica|Jelena|Ana|Ivana|Jovana|Tijana|Marija|Dragana|Sara|Anđela|Teodora|Sanja",
    s="Vujović|Radović|Popović|Bulatović|Lakić|Vučinić|Perović|Šćekić|Mijušković|Raičević|Kalezić|Drobnjak|Vukčević",
    nk="Vule|Pero|Jeca|Bato",
    hm="g.|gosp.",
    hf="g-đa|gđa",
    st="Bulevar Svetog Petra Cetinjskog|Njegoševa|Slobode|Hercegovačka|Bulevar Džordža Vašingtona|Vaka Đurovića|Moskovska",
    d="Preko Morače|Stari Aerodrom|Zabjelo|Tološi|Blok 5|Momišići",
    c="Podgorica|Nikšić|Budva|Bar|Herceg Novi|Cetinje|Kotor",
    pc="81000|81400|85310|85000|85340",
    af="{st} {n}{fs}\n{pc} {c}|{st} br. {n}, {d}, {c}|{d}, {st} {n}/{x}, {c}",
    fl="",
    fs=", stan {x}|, {x}. sprat",
    dom="gmail.com|t-com.me|yahoo.com",
    hi="Đe si|Zdravo|Pozdrav",
    ty="Hvala|Fala|Hvala ti",
    cur="€",
    ib="ME",
)
loc(
    "SI",
    region="SI",
    lang="en",
    country="Slovenia",
    m="Luka|Matej|Jure|Rok|Gregor|Blaž|Žiga|Anže|Primož|Tadej|Miha|Urban",
    f="Nina|Maja|Eva|Petra|Špela|Urška|Tjaša|Nika|Anja|Mojca|Katja|Ana",
    s="Novak|Horvat|Kranjc|Zupan|Potočnik|Kovačič|Mlakar|Kos|Vidmar|Golob|Turk|Božič|Kralj|Zupančič",
    nk="Jurček|Špelca|Blažko|Mojči",
    hm="g.|gospod",
    hf="ga.|gospa",
    st="Slovenska cesta|Trubarjeva cesta|Dunajska cesta|Celovška cesta|Prešernova ulica|Tržaška cesta|Cankarjeva ulica",
    d="Bežigrad|Šiška|Vič|Moste|Center",
    c="Ljubljana|Maribor|Celje|Kranj|Koper|Novo mesto",
    pc="1000|2000|3000|4000|6000|8000",
    af="{st} {n}{fs}\n{pc} {c}|{st} {n}, {pc} {c}|{st} {n}a, {pc} {c}",
    fl="",
    fs=", stanovanje {x}|, {x}. nadstropje",
    dom="gmail.com|siol.net|t-2.net",
    hi="Živjo|Zdravo|Dober dan",
    ty="Hvala|Najlepša hvala|Hvala lepa",
    cur="€",
    ib="SI",
)
loc(
    "HR",
    region="HR",
    lang="en",
    country="Croatia",
    m="Ivan|Josip|Marko|Luka|Tomislav|Ante|Krešimir|Domagoj|Mate|Hrvoje|Dario|Stjepan",
    f="Ivana|Ana|Marija|Petra|Martina|Lucija|Ivona|Kristina|Maja|Nikolina|Antonela|Dora",
    s="Horvat|Kovačević|Babić|Marić|Jurić|Novak|Knežević|Vuković|Matić|Perić|Šarić|Tomić|Grgić|Pavlović",
    nk="Ive|Jole|Mare|Tonći",
    hm="g.|gosp.",
    hf="gđa|gospođa",
    st="Ilica|Vukovarska ulica|Savska cesta|Ulica kralja Zvonimira|Frankopanska ulica|Put Firula|Obala kneza Branimira",
    d="Trešnjevka|Maksimir|Novi Zagreb|Dubrava|Trnje|Spinut|Bačvice",
    c="Zagreb|Split|Rijeka|Osijek|Zadar|Dubrovnik",
    pc="10000|21000|51000|31000|23000|20000",
    af="{st} {n}{fs}\n{pc} {c}|{st} {n}, {pc} {c}|{st} {n}/{x}, {d}, {c}",
    fl="",
    fs=", {x}. kat|, stan {x}",
    dom="gmail.com|net.hr|yahoo.com|inet.hr",
    hi="Bok|Pozdrav|Dobar dan",
    ty="Hvala|Fala|Hvala puno",
    cur="€",
    ib="HR",
)
loc(
    "BG",
    region="BG",
    lang="ru",
    country="Bulgaria",
    sfem=SLAV,
    m="Georgi|Ivan|Dimitar|Nikolay|Hristo|Stoyan|Petar|Todor|Martin|Kaloyan|Borislav|Atanas",
    nm="Георги|Иван|Димитър|Николай|Христо|Стоян|Петър|Тодор|Мартин|Калоян|Борислав|Атанас",
    f="Maria|Ivanka|Desislava|Elena|Gergana|Radostina|Tsvetelina|Yordanka|Petya|Milena|Kremena|Viktoria",
    nf="Мария|Иванка|Десислава|Елена|Гергана|Радостина|Цветелина|Йорданка|Петя|Милена|Кремена|Виктория",
    s="Ivanov|Georgiev|Dimitrov|Petrov|Nikolov|Hristov|Stoyanov|Todorov|Angelov|Kolev|Yordanov|Marinov",
    ns="Иванов|Георгиев|Димитров|Петров|Николов|Христов|Стоянов|Тодоров|Ангелов|Колев|Йорданов|Маринов",
    nk="Gosho|Mitko|Pepi|Desi",
    hm="g-n|gospodin",
    hf="g-zha|gospozha",
    st="ul. Shipka|bul. Vitosha|ul. Graf Ignatiev|bul. Tsarigradsko shose|ul. Rakovski|bul. Bulgaria|ul. Oborishte",
    d="Lozenets|Mladost 1|Studentski grad|Lyulin 5|Nadezhda|Iztok",
    c="Sofia|Plovdiv|Varna|Burgas|Ruse|Stara Zagora",
    pc="1000|1164|1700|4000|9000|8000",
    af="{st} {n}{fs}\n{pc} {c}|{c} {pc}, zh.k. {d}, bl. {k}, vh. {B}, et. {x}, ap. {x}|{pc} {c}, {st} № {n}",
    naf="{st} {n}, ет. {x}, ап. {x}\n{pc} {c}|{c} {pc}, ж.к. {d}, бл. {k}, вх. {x}, ап. {x}",
    nst="ул. „Шипка“|бул. „Витоша“|ул. „Граф Игнатиев“|бул. „България“|ул. „Раковски“",
    nd="Лозенец|Младост 1|Люлин 5|Надежда|Изток",
    nc="София|Пловдив|Варна|Бургас|Русе",
    fl="",
    fs=", et. {x}, ap. {x}|, ap. {x}",
    dom="abv.bg|gmail.com|mail.bg",
    hi="Zdravei|Zdrasti|Dobar den",
    ty="Blagodarya|Mersi|Mnogo blagodarya",
    cur="лв.",
    ib="BG",
)
# ---- Western / Northern Europe ------------------------------------------------
loc(
    "LU",
    region="LU",
    lang="fr",
    country="Luxembourg",
    m="Jean|Marc|Luc|Pol|Gilles|Claude|Tom|Yves|Jeff|Ben|Laurent|Mike",
    f="Anne|Carole|Sandra|Martine|Nathalie|Josée|Lynn|Nadine|Sophie|Tessy|Michèle|Jill",
    s="Schmit|Muller|Weber|Hoffmann|Wagner|Thill|Schroeder|Reuter|Kremer|Klein|Majerus|Hansen|Welter|Theis",
    nk="Pitt|Jängi|Nick|Mady",
    hm="M.|Här|Herr",
    hf="Mme|Madame|Frau",
    st="rue de la Gare|avenue de la Liberté|route d'Arlon|rue de Hollerich|boulevard Royal|Grand-Rue|rue du Fossé|rue de Strassen",
    d="Bonnevoie|Kirchberg|Limpertsberg|Belair|Gasperich|Merl",
    c="Luxembourg|Esch-sur-Alzette|Differdange|Dudelange|Ettelbruck|Strassen|Mersch",
    pc="L-####",
    af="{n}, {st}{fs}\n{pc} {c}|{n} {st}, {pc} {c}|{n}, {st}, {x}e étage\n{pc} {c}",
    fl="",
    fs=", app. {x}|, Résidence {hn}",
    hn="Les Tilleuls|Beau Séjour|Am Bongert",
    dom="pt.lu|gmail.com|internet.lu|post.lu",
    hi="Moien|Bonjour|Salut",
    ty="Merci|Villmols merci|Merci vill mols",
    cur="€",
    ib="LU",
)
loc(
    "MT",
    region="MT",
    lang="en",
    country="Malta",
    m="Joseph|Mark|Jean Paul|Kurt|Clayton|Matthew|Luke|Daniel|Karl|Andrew|Glen|Ryan",
    f="Maria|Rita|Josianne|Graziella|Sarah|Nicole|Rebecca|Marija|Charlene|Roberta|Elaine|Dorianne",
    s="Borg|Camilleri|Vella|Farrugia|Zammit|Galea|Micallef|Pace|Grech|Azzopardi|Spiteri|Cassar|Attard|Fenech",
    nk="Ġużi|Ċikku|Lulu|Pawlu",
    hm="Mr|Sur",
    hf="Ms|Mrs|Sinjura",
    st="Triq il-Kbira|Triq San Ġorġ|Triq ir-Repubblika|Triq il-Merkanti|Triq Santa Luċija|Triq il-Mosta|Triq tal-Barrani|Triq Dun Karm",
    d="Ħal Qormi|Birkirkara|Sliema|Żebbuġ|Mosta|Naxxar|Swieqi|Rabat",
    c="Ħal Qormi|Birkirkara|Sliema|Żebbuġ|Mosta|Naxxar|Swieqi|Rabat",
    pc="SLM 1###|BKR 4###|QRM 3###|MST 2###|NXR 2###|SWQ 3###|VLT 1###",
    af='{fl}{n}, {st}\n{d} {pc}|"{hn}", {st}, {d} {pc}|{fl}Block {B}, {st}, {d}',
    fl="Flat {x}, |Apt {x}, ",
    fs="",
    hn="Dar il-Paċi|Santa Marija|Il-Ġnien|Ave Maria|Dar Ġużeppi",
    dom="gmail.com|maltanet.net|onvol.net",
    hi="Bonġu|Hello|Ħelow",
    ty="Grazzi|Grazzi ħafna|Thanks",
    cur="€",
    ib="MT",
)
loc(
    "IS",
    region="IS",
    lang="en",
    country="Iceland",
    sfem=[("son", "dóttir")],
    m="Jón|Sigurður|Guðmundur|Gunnar|Ólafur|Einar|Kristján|Magnús|Stefán|Bjarni|Helgi|Þórður",
    f="Guðrún|Anna|Sigríður|Kristín|Margrét|Helga|Sigrún|Ingibjörg|Jóhanna|Katrín|Þórunn|Hildur",
    s="Jónsson|Sigurðsson|Guðmundsson|Gunnarsson|Ólafsson|Einarsson|Kristjánsson|Magnússon|Stefánsson|Björnsson|Helgason|Þórsson",
    nk="Nonni|Siggi|Gummi|Magga|Dísa",
    hm="herra|Mr",
    hf="frú|Ms",
    st="Laugavegur|Hverfisgata|Skólavörðustígur|Hringbraut|Bústaðavegur|Álfheimar|Kleppsvegur|Vesturgata",
    d="Vesturbær|Hlíðar|Laugardalur|Breiðholt",
    c="Reykjavík|Kópavogur|Hafnarfjörður|Akureyri|Garðabær|Selfoss",
    pc="101|105|108|200|220|600",
    af="{st} {n}{fs}\n{pc} {c}|{st} {n}, {pc} {c}",
    fl="",
    fs=", íbúð {x}|, 2. hæð|, kjallari",
    dom="simnet.is|gmail.com|internet.is",
    hi="Hæ|Góðan daginn|Halló",
    ty="Takk|Takk fyrir|Takk kærlega",
    cur="kr.",
    ib="IS",
)
loc(
    "FO",
    region="FO",
    lang="en",
    country="Faroe Islands",
    m="Jógvan|Rúni|Heðin|Sjúrður|Bárður|Óli|Tróndur|Hallur|Jákup|Rógvi|Pætur|Sámal",
    f="Marjun|Guðrun|Sunnvá|Rannvá|Ragna|Elin|Sigrid|Turið|Bjørg|Ásla|Beinta|Annika",
    s="Joensen|Hansen|Jacobsen|Olsen|Poulsen|Petersen|Johannesen|Mortensen|Djurhuus|Dam|Højgaard|Thomsen|Nolsøe|Lamhauge",
    nk="Jógi|Sámi|Maja|Bárði",
    hm="harra|Mr",
    hf="frú|Mrs",
    st="Niels Finsens gøta|Áarvegur|Dalavegur|Jónas Broncks gøta|Hoyvíksvegur|Landavegur|Varðagøta|Tróndargøta",
    d="Hoyvík|Argir|Gundadalur",
    c="Tórshavn|Klaksvík|Runavík|Hoyvík|Vágur|Tvøroyri|Argir",
    pc="FO-100|FO-188|FO-700|FO-620|FO-160|FO-800",
    af="{st} {n}{fs}\n{pc} {c}|{st} {n}, {pc} {c}",
    fl="",
    fs=", 1. hædd|, íbúð {x}",
    dom="olivant.fo|gmail.com|post.olivant.fo",
    hi="Hey|Góðan dag|Halló",
    ty="Takk|Stóra takk|Takk fyri",
    cur="kr.",
    ib="FO",
)
# ---- Asia / Pacific -------------------------------------------------------------
loc(
    "LA",
    region="LA",
    lang="en",
    country="Laos",
    m="Somphone|Khamla|Bounmy|Souksavanh|Vilayphone|Phonesavanh|Thongchanh|Keo|Sisouk|Khampheng|Bounthavy|Anousone",
    nm="ສົມພອນ|ຄຳຫຼ້າ|ບຸນມີ|ສຸກສະຫວັນ|ວິໄລພອນ|ພອນສະຫວັນ|ທອງຈັນ|ແກ້ວ|ສີສຸກ|ຄຳແພງ|ບຸນທະວີ|ອານຸສອນ",
    f="Sengdao|Malaythong|Noy|Phetsamone|Vanida|Bouasone|Chanthala|Khonesavanh|Manivone|Souphaphone|Latsamy|Davone",
    nf="ແສງດາວ|ມາໄລທອງ|ນ້ອຍ|ເພັດສະໝອນ|ວັນນິດາ|ບົວສອນ|ຈັນທະລາ|ຄອນສະຫວັນ|ມະນີວອນ|ສຸພາພອນ|ລັດສະໝີ|ດາວອນ",
    s="Phommachanh|Sivongsa|Keomany|Vongsakda|Inthavong|Xayavong|Sengsouly|Phanthavong|Douangmala|Chanthavong|Sisouphanh|Luangrath",
    ns="ພົມມະຈັນ|ສີວົງສາ|ແກ້ວມະນີ|ວົງສັກດາ|ອິນທະວົງ|ໄຊຍະວົງ|ແສງສຸລີ|ພັນທະວົງ|ດວງມາລາ|ຈັນທະວົງ|ສີສຸພັນ|ຫຼວງລາດ",
    nk="Tou|Bee|Kham|Nok",
    hm="Thao|Mr|Ai",
    hf="Nang|Ms|Euay",
    st="Lane Xang Avenue|Setthathirath Road|Samsenthai Road|Fa Ngum Road|Nongbone Road|T4 Road|Dongpalane Road",
    d="Sisavath|Phonxay|Sihom|Nongduang|Hatsady|Phonsinuan|Thongkhankham",
    dd="Chanthabouly|Sikhottabong|Xaysetha|Sisattanak",
    c="Vientiane|Luang Prabang|Pakse|Savannakhet|Vang Vieng|Thakhek",
    af="Ban {d}, Unit {x}, House {n}\n{dd} District, {c}|{n} {st}, Ban {d}, {c}|House no. {n}, Unit {x}, Ban {d}, {dd}, {c}",
    naf="ບ້ານ{d}, ໜ່ວຍ {x}, ເຮືອນເລກທີ {n}\nເມືອງ{dd}, {c}",
    nd="ສີສະຫວາດ|ໂພນໄຊ|ສີຫອມ|ໜອງດວງ|ຫັດສະດີ",
    ndd="ຈັນທະບູລີ|ສີໂຄດຕະບອງ|ໄຊເສດຖາ|ສີສັດຕະນາກ",
    nc="ນະຄອນຫຼວງວຽງຈັນ|ຫຼວງພະບາງ|ປາກເຊ",
    fl="",
    fs="",
    dom="gmail.com|laotel.com|yahoo.com",
    hi="Sabaidee|Sabaidee jao|Hello",
    ty="Khop jai|Khop jai lai lai|Khop chai der",
    cur="kip",
    ib="GB",
)
loc(
    "MM",
    region="MM",
    lang="en",
    country="Myanmar",
    njoin="",
    nosur=True,
    m="Aung Kyaw|Zaw Min|Kyaw Zin|Min Htet|Thant Zin|Htet Aung|Ye Lin|Naing Win|Soe Moe|Tun Tun|Hein Htet|Ko Ko",
    nm="အောင်ကျော်|ဇော်မင်း|ကျော်ဇင်|မင်းထက်|သန့်ဇင်|ထက်အောင်|ရဲလင်း|နိုင်ဝင်း|စိုးမိုး|ထွန်းထွန်း|ဟိန်းထက်|ကိုကို",
    f="Thandar|Su Su|May Thu|Khin Myo|Nilar|Hnin Wai|Ei Mon|Thiri|Yadanar|Phyu Phyu|Moe Moe|Wint Yee",
    nf="သန္တာ|စုစု|မေသူ|ခင်မျိုး|နီလာ|နှင်းဝေ|အိမွန်|သီရိ|ရတနာ|ဖြူဖြူ|မိုးမိုး|ဝင့်ရည်",
    s="Lwin|Aye|Myint|Thein|Kyaw|Hlaing|Zaw|Htun|Naing|Win|Oo|Soe",
    ns="လွင်|အေး|မြင့်|သိန်း|ကျော်|လှိုင်|ဇော်|ထွန်း|နိုင်|ဝင်း|ဦး|စိုး",
    nk="Ko Ko|Bo Bo|Nyi Nyi|Ma Ma",
    hm="U|Ko|Mg|Saya",
    hf="Daw|Ma|Sayama",
    st="Bogyoke Aung San Road|Anawrahta Road|Maha Bandula Road|Pyay Road|Kabar Aye Pagoda Road|Insein Road|University Avenue|Baho Road",
    d="Kyauktada|Bahan|Kamayut|Sanchaung|Hlaing|Mayangone|Tamwe|Yankin",
    c="Yangon|Mandalay|Naypyitaw|Mawlamyine|Bago|Taunggyi",
    pc="11###",
    af="No. {n}, {st}{fs}\n{d} Township, {c} {pc}|{fl}Bldg {h}, {st}, {d} Tsp, {c}|No. {n}, {x} Street, Ward {h}, {d}, {c}",
    naf="အမှတ် {n}၊ {st}၊ {d}မြို့နယ်၊ {c}",
    nst="ဗိုလ်ချုပ်အောင်ဆန်းလမ်း|အနော်ရထာလမ်း|ပြည်လမ်း|အင်းစိန်လမ်း",
    nd="ကျောက်တံတား|ဗဟန်း|ကမာရွတ်|စမ်းချောင်း|လှိုင်",
    nc="ရန်ကုန်|မန္တလေး|နေပြည်တော်",
    fl="Room {k}, |Flat {x}, ",
    fs=", Floor {x}|, Room {k}",
    dom="gmail.com|yahoo.com|mptmail.net.mm",
    hi="Mingalaba|Mingalarpar|Nay kaung lar",
    ty="Kyay zu tin ba de|Kyay zu|Thank you pa",
    cur="Ks",
    ib="GB",
)
loc(
    "TL",
    region="TL",
    lang="pt",
    country="Timor-Leste",
    m="José|Joaquim|Agostinho|Domingos|Mateus|Francisco|Zeferino|Hermenegildo|Celestino|Abílio|Nelson|Aniceto",
    f="Maria|Ana|Rosalina|Filomena|Joana|Isabel|Natália|Amélia|Lúcia|Teresinha|Ermelinda|Graciana",
    s="da Costa|Soares|Pereira|dos Santos|Guterres|Ximenes|Belo|da Silva|Martins|Amaral|Freitas|Mendonça|Sarmento",
    nk="Zé|Tino|Mana Rosa|Maun Jo",
    hm="Sr.|Maun|Senhor",
    hf="Sra.|Mana|Dona",
    st="Rua de Caicoli|Avenida Presidente Nicolau Lobato|Rua Jacinto Cândido|Avenida de Portugal|Rua Belarmino Lobo|Rua de Audian|Avenida Bispo Medeiros",
    d="Caicoli|Bidau|Comoro|Farol|Becora|Pite|Audian|Kampung Alor",
    c="Dili|Baucau|Maliana|Suai|Liquiçá|Same",
    af="{st} n.º {n}{fs}, {d}\n{c}|{st} n.º {n}, {d}, {c}|Aldeia {d}, near {lm}, {c}",
    fl="",
    fs=", 1.º andar|, quarto {x}",
    lm="Igreja Motael|Mercado Lama|Hospital Guido Valadares|the Cristo Rei road",
    dom="gmail.com|yahoo.com|timortelecom.tl",
    hi="Bondia|Botarde|Olá",
    ty="Obrigadu|Obrigadu barak|Obrigado",
    cur="US$",
    ib="PT",
)
loc(
    "BN",
    region="BN",
    lang="en",
    country="Brunei",
    patr=("bin", "binti"),
    m="Amirul|Hazwan|Syafiq|Khairul|Aziz|Iskandar|Firdaus|Rahman|Zulkifli|Nabil|Faiz|Hafiz",
    f="Nurul|Siti Aminah|Nadiah|Aqilah|Syazwani|Fatin|Hajar|Amalina|Izzati|Zaitun|Rosnah|Liyana",
    s="Abdullah|Ismail|Osman|Yusof|Matussin|Hamid|Jumat|Sulaiman|Bakar|Jaafar|Latif|Tengah",
    nk="Mirul|Apit|Aqil|Yana",
    hm="Awang|Hj|Encik",
    hf="Dayang|Hjh|Puan",
    st="Jalan Tutong|Jalan Gadong|Jalan Muara|Jalan Kebangsaan|Jalan Jerudong|Jalan Pemancha|Jalan Sultan",
    d="Kampong Tasek|Kampong Kiulap|Kampong Beribi|Kampong Rimba|Kampong Sengkurong|Kampong Kilanas|Kampong Lambak Kanan",
    c="Bandar Seri Begawan|Kuala Belait|Seria|Tutong|Bangar",
    pc="BA1###|BE1###|BB3###|BS8###|TA1###|BC2###",
    af="No. {n}, Simpang {k}, {st}\n{d}\n{c} {pc}|No. {n}, Spg {k}, {d}, {pc}, Brunei Darussalam|Unit {x}, Block {B}, {st}, {d}, {c} {pc}",
    fl="",
    fs="",
    dom="gmail.com|brunet.bn|simpur.net.bn",
    hi="Assalamualaikum|Hi|Apa khabar",
    ty="Terima kasih|Tq|Makasih banar",
    cur="B$",
    ib="GB",
)
loc(
    "MV",
    region="MV",
    lang="en",
    country="Maldives",
    m="Ahmed|Mohamed|Ibrahim|Hussain|Ali|Hassan|Abdulla|Ismail|Moosa|Shifan|Azim|Riyaz",
    nm="އަޙްމަދު|މުޙައްމަދު|އިބްރާހީމް|ޙުސައިން|ޢަލީ|ޙަސަން|ޢަބްދުﷲ|އިސްމާޢީލް|މޫސާ|ޝިފާން|ޢާޞިމް|ރިޔާޒް",
    f="Aishath|Fathimath|Mariyam|Aminath|Hawwa|Shifa|Zeena|Mausooma|Nasheeda|Raufa|Hudha|Sana",
    nf="އާއިޝަތު|ފާޠިމަތު|މަރިޔަމް|އާމިނަތު|ޙައްވާ|ޝިފާ|ޒީނާ|މަޢްޞޫމާ|ނަޝީދާ|ރަޢުފާ|ހުދާ|ސަނާ",
    s="Naseem|Rasheed|Shareef|Waheed|Saeed|Zahir|Latheef|Hameed|Manik|Didi|Shakeel|Fahmy",
    ns="ނަސީމް|ރަޝީދު|ޝަރީފް|ވަޙީދު|ސަޢީދު|ޒާހިރު|ލަޠީފް|ޙަމީދު|މަނިކު|ދީދީ|ޝަކީލް|ފަހުމީ",
    nk="Ammadey|Alibe|Kuda Ali|Futtey",
    hm="Mr|Dhon",
    hf="Ms|Dhon",
    st="Majeedhee Magu|Orchid Magu|Buruzu Magu|Sosun Magu|Ameenee Magu|Boduthakurufaanu Magu|Chandhanee Magu|Hithigas Magu",
    hn="Blue Lily|Rose Villa|Sosunge|Finifenmaage|Dhilbahaarge|Maahaa|Kudhehige|Fehi Villa",
    w="H.|Ma.|M.|G.",
    d="Henveiru|Maafannu|Machchangoalhi|Galolhu",
    c="Malé|Hulhumalé|Addu City|Fuvahmulah|Kulhudhuffushi",
    pc="20###|23###",
    af="{w} {hn}, {fl}{st}\n{c} {pc}|{w} {hn}, {st}, {c}|Flat {x}-{k}, Lot {r}, Hulhumalé {pc}",
    naf="ހ. {hn}، {st}، {c}|މ. {hn}، {st}، {c}",
    nhn="ބްލޫލިލީ|ރޯޒްވިލާ|ސޯސަންގެ|ފިނިފެންމާގެ",
    nst="މަޖީދީމަގު|ބުރުޒުމަގު|ސޯސަންމަގު",
    nc="މާލެ|ހުޅުމާލެ",
    fl="Floor {x}, ",
    fs="",
    dom="gmail.com|dhivehinet.net.mv|hotmail.com",
    hi="Assalaamu alaikum|Kihineh|Hi",
    ty="Shukuriyyaa|Shukuriyaa|Thanks",
    cur="MVR",
    ib="GB",
)
loc(
    "FJ",
    region="FJ",
    lang="en",
    country="Fiji",
    m="Josefa|Viliame|Semi|Jone|Tevita|Sakiusa|Apisai|Rajesh|Sanjay|Pita|Waisale|Ravinesh",
    f="Mere|Salote|Litia|Asenaca|Losana|Unaisi|Priya|Shalini|Anjali|Vani|Sera|Kelera",
    s="Ravuvu|Tikoduadua|Waqa|Naivalu|Rokotuiloma|Delai|Prasad|Kumar|Narayan|Singh|Vosa|Tabua|Lomaloma",
    nk="Joe|Bai|Vili|Loli",
    hm="Mr|Ratu|Pastor",
    hf="Mrs|Adi|Ms|Bu",
    st="Waimanu Road|Princes Road|Ratu Sukuna Road|Grantham Road|Brown Street|Laucala Bay Road|Queen Elizabeth Drive|Kings Road",
    d="Samabula|Tamavua|Nasinu|Raiwaqa|Nadera|Namadi Heights|Vatuwaqa|Lami",
    c="Suva|Nadi|Lautoka|Labasa|Nausori|Sigatoka|Ba",
    af="Lot {n}, {st}\n{d}, {c}|{fl}{n} {st}, {d}, {c}|P.O. Box {r}, {c}|{d} Settlement, near {lm}, {c}",
    fl="Flat {x}, |Unit {x}, ",
    fs="",
    lm="the Methodist church|MH supermarket|Valelevu police post|Nadera mosque",
    dom="gmail.com|connect.com.fj|yahoo.com",
    hi="Bula|Bula vinaka|Ni sa bula",
    ty="Vinaka|Vinaka vakalevu|Dhanyavaad",
    cur="FJ$",
    ib="GB",
)
loc(
    "WS",
    region="WS",
    lang="en",
    country="Samoa",
    m="Tavita|Sione|Iosefa|Malaki|Pita|Tama|Ioane|Sefo|Fetu|Mose|Penitito|Lemalu",
    f="Sina|Lagi|Mele|Lupe|Salote|Losa|Malia|Seini|Teuila|Eseta|Fiapaipai|Silia",
    s="Tuilagi|Faleolo|Schmidt|Leota|Aiono|Fa'alogo|Tuala|Sapolu|Meredith|Leaupepe|Toleafoa|Tuimavave",
    nk="Tavi|Sio|Lulu|Teu",
    hm="Mr|Pastor|Afioga",
    hf="Mrs|Ms",
    st="Vaea Street|Beach Road|Falealili Street|Cross Island Road|Fugalei Street|Vaitele Street|Salenesa Road",
    d="Vaitele|Moto'otua|Lelata|Vailima|Faleata|Fugalei|Sinamoga",
    c="Apia|Salelologa|Afega|Lufilufi",
    af="{d}, {c}, near {lm}|{fl}{st}, {d}, {c}|P.O. Box {r}, {c}|Lot {n}, {st}, {d}",
    fl="Flat {x}, ",
    fs="",
    lm="the EFKS church|Lucky Foodtown|the Vaitele market|SNPF plaza",
    dom="gmail.com|samoa.ws|yahoo.com",
    hi="Talofa|Talofa lava|Malo",
    ty="Fa'afetai|Fa'afetai tele lava|Malo lava",
    cur="tala",
    ib="GB",
)
loc(
    "PG",
    region="PG",
    lang="en",
    country="Papua New Guinea",
    m="John|Peter|Michael|Kila|Gabriel|Tony|Kevin|Bomai|Ambrose|Lucas|Nathan|Joe",
    f="Mary|Grace|Helen|Ruth|Joyce|Dulcie|Lucy|Esther|Margaret|Agnes|Delilah|Rose",
    s="Wari|Kaupa|Tom|Pokana|Kuman|Yagi|Moi|Gabi|Maru|Kilapat|Tamate|Siaguru|Waim",
    nk="Jacko|Lapun|Bro Pita|Mama Ruth",
    hm="Mr|Bro|Papa",
    hf="Mrs|Sis|Mama",
    st="Waigani Drive|Champion Parade|Hubert Murray Highway|Boroko Drive|Lawes Road|Sir John Guise Drive|Kumul Avenue|Wards Road",
    d="Boroko|Gordons|Gerehu Stage 2|Tokarara|Hohola|Korobosea|Waigani|Six Mile",
    c="Port Moresby|Lae|Mount Hagen|Madang|Goroka|Kokopo",
    af="Section {h}, Allotment {n}, {d}\n{c}|P.O. Box {r}, {d}, {c}|{fl}{n} {st}, {d}, {c}|{d}, near {lm}, {c}",
    fl="Unit {x}, |Flat {x}, ",
    fs="",
    lm="the Gerehu market|Vision City|the SDA church|the Boroko police station",
    dom="gmail.com|yahoo.com|daltron.com.pg",
    hi="Gude|Moning|Hello",
    ty="Tenkyu|Tenkyu tru|Thanks",
    cur="K",
    ib="GB",
)
# ---- Caribbean / Latin America / Quebec / Wales / US --------------------------------
loc(
    "CU",
    region="CU",
    lang="es",
    country="Cuba",
    m="Yoandri|Yuniel|Osmany|Yosvany|Alexis|Reinier|Dayron|Lázaro|Maikel|Yunior|Ernesto|Raúl",
    f="Yanelis|Yaima|Dayana|Yudith|Odalys|Mayelín|Lisandra|Yusimí|Marlene|Arianna|Yailín|Daimí",
    s="Pérez|Rodríguez|González|Hernández|Fernández|Díaz|Martínez|Suárez|Cabrera|Ramírez|Valdés|Cruz|Betancourt|Morales",
    nk="Yoyi|El Chino|La Flaca|Pipo|Cuqui",
    hm="Sr.|compañero|don",
    hf="Sra.|compañera|doña",
    st="Calle 23|Calle Línea|Calle G|Calle San Lázaro|Calle Obispo|Avenida 5ta|Calle Neptuno|Calle 17",
    cr="L|M|N|J|I|H|F|D|25|27|19|21",
    d="Vedado|Centro Habana|Miramar|Playa|Habana Vieja|Cerro|Alamar|Nuevo Vedado",
    c="La Habana|Santiago de Cuba|Camagüey|Holguín|Santa Clara|Matanzas|Cienfuegos",
    pc="10###",
    af="{st} No. {n}{fs}, e/ {cr} y {cr2}\n{d}, {c}|{st} #{n}, apto {x}, {d}, {c} {pc}|{st} No. {n} altos, {d}, {c}",
    fl="",
    fs=", apto {x}|, piso {x}|, bajos",
    dom="nauta.cu|gmail.com|infomed.sld.cu",
    hi="Oye|Asere qué bolá|Hola",
    ty="Gracias|Mil gracias|Gracias, mi amor",
    cur="CUP",
    ib="ES",
)
loc(
    "DO",
    region="DO",
    lang="es",
    country="República Dominicana",
    m="Juan Carlos|Wilkin|Yeison|Francisco|Ramón|Frailin|Anderson|Luis|Starlin|Manuel|Alexander|Eury",
    f="Yokasta|Altagracia|Yessenia|Rosanna|Yuleisy|Mercedes|Dahiana|Carolin|Yaniris|Milagros|Leidy|Keila",
    s="Peña|Rosario|Reyes|Santana|Batista|Féliz|Almonte|De la Cruz|Núñez|Mejía|Jiménez|Taveras|Polanco|Guzmán",
    nk="Wilo|Fran|La Negra|Tato",
    hm="Sr.|don|Lic.",
    hf="Sra.|doña|Licda.",
    st="Calle El Conde|Av. Winston Churchill|Av. Abraham Lincoln|Calle Duarte|Av. 27 de Febrero|Calle Las Mercedes|Av. Independencia",
    d="Naco|Piantini|Los Mina|Villa Juana|Gazcue|Ensanche Ozama|Bella Vista|Arroyo Hondo",
    c="Santo Domingo|Santiago de los Caballeros|La Romana|San Pedro de Macorís|Puerto Plata|Higüey",
    pc="10###|51###",
    af="{st} #{n}{fs}, {d}\n{c} {pc}|C/ {x} #{n}, {d}, {c}|{st} No. {n}, Edif. {B}, Apto. {x}0{h}, {d}, {c}",
    fl="",
    fs=", Apto. {x}|, Res. {hn}",
    hn="Los Cerezos|Don Pedro|Arcoíris",
    dom="gmail.com|hotmail.com|claro.net.do",
    hi="Klk|Dímelo|Hola",
    ty="Gracias|Gracias mi hermano|Dios te bendiga",
    cur="RD$",
    ib="DO",
)
loc(
    "PR",
    region="PR",
    lang="es",
    country="Puerto Rico",
    m="José Luis|Javier|Edwin|Ángel|Carlos|Héctor|Jan Carlos|Luis Alberto|Orlando|Wilfredo|Xavier|Gabriel",
    f="Zuleika|Marisol|Nilda|Glorimar|Keishla|Yahaira|Migdalia|Lourdes|Coral|Ivelisse|Nayeli|Xiomara",
    s="Rivera|Colón|Vázquez|Ortiz|Torres|Santiago|Medina|Figueroa|Quiñones|Maldonado|Ayala|Otero|Cintrón|Acevedo",
    nk="Wichy|Papo|Nena|Cuca",
    hm="Sr.|don|Mr.",
    hf="Sra.|doña|titi",
    st="Calle Loíza|Ave. Ashford|Calle Sol|Calle Fortaleza|Ave. Ponce de León|Calle Mayagüez|Calle Degetau",
    d="Villa Carolina|Santa Juanita|Levittown|Country Club|Jardines de Caparra|Río Hondo|Santa Rosa",
    c="San Juan|Bayamón|Carolina|Ponce|Caguas|Mayagüez|Arecibo",
    pc="009##|007##|006##",
    af="Urb. {d}\nCalle {x} {B}-{n}\n{c}, PR {pc}|{n} {st}, Apt {x}{B}, {c}, PR {pc}|PO Box {r}, {c}, PR {pc}|Cond. {hn}, Apt {x}0{h}, {c} PR {pc}",
    fl="",
    fs="",
    hn="Torre de la Reina|Parque de Bonneville|Bayamón Gardens",
    dom="gmail.com|hotmail.com|yahoo.com|coqui.net",
    hi="Wepa|Hola|Saludos",
    ty="Gracias|Mil gracias|Gracias, mano",
    cur="$",
    ib="ES",
)
loc(
    "GT",
    region="GT",
    lang="es",
    country="Guatemala",
    m="Juan José|Byron|Edgar|Luis Fernando|Mynor|Hugo|Selvin|Erick|Kevin|Otto|Walter|Estuardo",
    f="Ana Lucía|Ingrid|Heidy|Karla|Mildred|Gabriela|Wendy|Marisol|Sofía|Lesbia|Rosa María|Evelyn",
    s="López|García|Pérez|Morales|Xicará|Ajú|Cumes|Tzoc|Coyoy|Estrada|Barrios|Castillo|Ixcot",
    nk="Chepe|Chabela|Memo|Canche",
    hm="Sr.|don|Ing.|Lic.",
    hf="Sra.|doña|Licda.|Seño",
    st="6a Avenida|12 Calle|7a Avenida|Calzada Roosevelt|Avenida Las Américas|4a Calle|Diagonal 6|20 Calle",
    d="Zona 10|Zona 1|Zona 14|Zona 18|Zona 7|Mixco|Villa Nueva|Zona 11",
    c="Ciudad de Guatemala|Quetzaltenango|Antigua Guatemala|Escuintla|Cobán|Huehuetenango",
    pc="01###",
    af="{st} {h}-{t}{fs}, {d}\n{c} {pc}|{st} {h}-{t}, {d}, {c}|Colonia {hn}, lote {n}, manzana {B}, {d}, {c}",
    fl="",
    fs=", apto. {x}|, casa {x}",
    hn="El Maestro|Las Charcas|Primero de Julio|Lomas de Portugal",
    dom="gmail.com|yahoo.com|hotmail.com",
    hi="Qué onda|Buenas|Hola vos",
    ty="Gracias|Muchas gracias|Maltiox",
    cur="Q",
    ib="GT",
)
loc(
    "EC",
    region="EC",
    lang="es",
    country="Ecuador",
    m="Jefferson|Byron|Darwin|Andrés|Cristian|Jhonny|Fausto|Patricio|Santiago|Wilson|Édison|Marlon",
    f="Mishel|Gissela|Pamela|Nathaly|Verónica|Jessenia|Fernanda|Katherine|Tatiana|Ximena|Mayra|Lorena",
    s="Zambrano|Vera|Mendoza|Cedeño|Alvarado|Chiriboga|Quishpe|Guamán|Andrade|Paredes|Villacís|Espinoza|Tapia|Cevallos",
    nk="Jeffo|Pato|Chiqui|Mishu|Flaco",
    hm="Sr.|don|Ing.|Lcdo.",
    hf="Sra.|doña|Ing.|Lcda.",
    st="Av. Amazonas|Av. 6 de Diciembre|Calle Juan León Mera|Av. 9 de Octubre|Av. de los Shyris|Calle García Moreno|Av. Naciones Unidas|Calle Reina Victoria",
    d="La Mariscal|Iñaquito|La Carolina|Cumbayá|Urdesa|Kennedy Norte|Samanes|El Batán",
    c="Quito|Guayaquil|Cuenca|Manta|Ambato|Loja|Portoviejo",
    pc="170###|090###",
    af="{st} N{h}-{k} y {st2}{fs}\n{d}, {c} {pc}|{st} {n} y {st2}, {d}, {c}|Cdla. {d}, Mz. {x}, villa {n}, {c}",
    fl="",
    fs=", Edif. {hn}, piso {x}|, dpto. {x}",
    hn="Torres del Norte|Santa Lucía|Mirador|Los Álamos",
    dom="gmail.com|hotmail.com|yahoo.es|outlook.es",
    hi="Hola|Qué más|Buenas",
    ty="Gracias|Yupaychani|Dios le pague",
    cur="$",
    ib="ES",
)
loc(
    "BO",
    region="BO",
    lang="es",
    country="Bolivia",
    m="Marcelo|Rodrigo|Wilfredo|Grover|Freddy|Álvaro|Jhonatan|Limbert|Ronald|Mauricio|Percy|Edwin",
    f="Wara|Ximena|Mariela|Carla|Nayra|Rosario|Sdenka|Jhoselin|Paola|Gladys|Lizeth|Inés",
    s="Mamani|Quispe|Choque|Condori|Flores|Vargas|Apaza|Gutiérrez|Ticona|Rojas|Huanca|Limachi|Justiniano|Saavedra",
    nk="Chino|Pocho|Jhosi|Mauri",
    hm="Sr.|don|Ing.|Lic.",
    hf="Sra.|doña|Lic.|Ing.",
    st="Av. 16 de Julio|Calle Sagárnaga|Av. Arce|Calle Jaén|Av. Ballivián|Calle Comercio|Av. Cristo Redentor|Av. Monseñor Rivero",
    d="Sopocachi|Miraflores|Calacoto|San Pedro|Villa Fátima|Equipetrol|Ciudad Satélite|Achumani",
    c="La Paz|El Alto|Santa Cruz de la Sierra|Cochabamba|Sucre|Oruro|Tarija",
    af="{st} N° {n}{fs}, zona {d}\n{c}|Zona {d}, calle {x} #{n}, {c}|{st} esq. {st2} N° {n}, Edif. {hn}, piso {x}, {c}",
    fl="",
    fs=", piso {x}|, dpto. {x}{B}",
    hn="Illimani|Mariscal|Los Pinos|San Miguel",
    dom="gmail.com|hotmail.com|entelnet.bo",
    hi="Hola|Qué tal|Kamisaraki",
    ty="Gracias|Yuspajara|Diosolopagui",
    cur="Bs",
    ib="ES",
)
loc(
    "UY",
    region="UY",
    lang="es",
    country="Uruguay",
    m="Martín|Diego|Santiago|Facundo|Gonzalo|Nicolás|Sebastián|Matías|Joaquín|Federico|Rodrigo|Agustín",
    f="Florencia|Valentina|Lucía|Camila|Agustina|Sofía|Natalia|Verónica|Carolina|Mariana|Soledad|Rocío",
    s="Rodríguez|Fernández|Pereira|Silva|Sosa|Martínez|Olivera|Cabrera|De León|Acosta|Techera|Bentancor|Píriz|Umpiérrez",
    nk="Tincho|Santi|Facu|Flor|Vale",
    hm="Sr.|don",
    hf="Sra.|doña|Cra.",
    st="Av. 18 de Julio|Bulevar Artigas|Av. Italia|Calle Colonia|Av. Rivera|Calle Sarandí|Bulevar España|Calle Ellauri",
    d="Pocitos|Cordón|Malvín|Punta Carretas|Parque Rodó|Centro|Buceo|Prado",
    c="Montevideo|Salto|Paysandú|Maldonado|Rivera|Canelones|Punta del Este",
    pc="11###",
    af="{st} {n}{fs}\n{pc} {c}|{st} {n} apto. {x}0{h}, {d}, {c}|{st} {n} esq. {st2}, {d}, CP {pc}, {c}",
    fl="",
    fs=" apto. {x}0{h}| esc. {x}| piso {x}",
    dom="adinet.com.uy|gmail.com|hotmail.com|vera.com.uy",
    hi="Buenas|Hola|Qué tal bo",
    ty="Gracias|Mil gracias|Gracias, bo",
    cur="$U",
    ib="ES",
)
loc(
    "QC",
    region="CA",
    lang="fr",
    country="Québec",
    ph="514|438|450|418|819|581|873",
    m="Jean-François|Mathieu|Olivier|Simon|Guillaume|Félix|Alexandre|Maxime|Étienne|Sébastien|Gabriel|Louis-Philippe",
    f="Geneviève|Marie-Ève|Catherine|Émilie|Isabelle|Audrey|Mélanie|Julie|Véronique|Annie|Maude|Marie-Pier",
    s="Tremblay|Gagnon|Roy|Côté|Bouchard|Gauthier|Morin|Lavoie|Fortin|Gagné|Ouellet|Pelletier|Bélanger|Lévesque",
    nk="JF|Gab|Mélo|Ti-Guy|Cath",
    hm="M.|Monsieur",
    hf="Mme|Madame",
    st="rue Saint-Denis|boulevard René-Lévesque|rue Sherbrooke Est|avenue du Mont-Royal|chemin Sainte-Foy|rue Saint-Jean|boulevard Saint-Laurent|rue Beaubien",
    d="Plateau-Mont-Royal|Rosemont|Limoilou|Verdun|Hochelaga|Sainte-Foy|Villeray",
    c="Montréal|Québec|Laval|Gatineau|Longueuil|Sherbrooke|Trois-Rivières",
    pc="H#@ #@#|G#@ #@#|J#@ #@#",
    af="{n}, {st}{fs}\n{c} (Québec) {pc}|{n} {st}, app. {x}, {c}, QC {pc}|{x}-{n} {st}, {c} QC {pc}",
    fl="",
    fs=", app. {x}|, bureau {k}",
    dom="videotron.ca|gmail.com|hotmail.com|sympatico.ca",
    hi="Allô|Salut|Bonjour",
    ty="Merci|Merci ben|Merci beaucoup",
    cur="$",
    ib="FR",
)
loc(
    "WLS",
    region="GB",
    lang="en",
    country="Wales",
    ph="29|1792|1970|1248|7",
    m="Rhys|Dafydd|Gareth|Owain|Huw|Iwan|Aled|Gethin|Emyr|Llŷr|Rhodri|Steffan",
    f="Cerys|Sian|Angharad|Bethan|Nia|Ffion|Megan|Catrin|Eleri|Lowri|Gwenllian|Mali",
    s="Jones|Williams|Davies|Evans|Thomas|Roberts|Hughes|Lewis|Morgan|Griffiths|Price|Pritchard|ap Iorwerth|Llewellyn",
    nk="Dai|Gaz|Huwie|Bethy|Meg",
    hm="Mr|Dr",
    hf="Mrs|Ms|Miss",
    st="Heol y Frenhines|Cathedral Road|Stryd Fawr|Ffordd Penglais|Wind Street|Heol Llandaf|Clive Road|Lôn Las|Station Road",
    d="Canton|Pontcanna|Roath|Sketty|Uplands|Grangetown|Treganna",
    c="Cardiff|Caerdydd|Swansea|Abertawe|Aberystwyth|Bangor|Wrexham|Carmarthen",
    pc="CF1# #@@|CF5 #@@|SA# #@@|SY23 #@@|LL57 #@@|LL11 #@@",
    af="{fl}{n} {st}\n{d}\n{c}\n{pc}|{n} {st}, {c} {pc}|{hn}, {st}, {c} {pc}",
    fl="Flat {x}, |Fflat {x}, ",
    fs="",
    hn="Bryn Awel|Tŷ Gwyn|Hafod|Maes-y-Coed|Glan yr Afon",
    dom="btinternet.com|gmail.com|hotmail.co.uk|outlook.com",
    hi="Shwmae|Helo|Hiya",
    ty="Diolch|Diolch yn fawr|Ta",
    cur="£",
    ib="GB",
)
loc(
    "US",
    region="US",
    lang="en",
    country="USA",
    ph="212|312|415|617|713|305|206|404|614|520|919|303|520|609",
    m="James|Michael|Tyler|DeShawn|Brandon|Kevin|Carlos|Ethan|Marcus|Travis|Jordan|Cody",
    f="Ashley|Jessica|Brittany|Megan|Keisha|Amanda|Tiffany|Lauren|Danielle|Kayla|Heather|Crystal",
    s="Johnson|Miller|Williams|Brown|Davis|Wilson|Anderson|Thompson|Jackson|Garcia|Martinez|Robinson|Walker|Hall",
    nk="Jimmy|Mikey|Ty|Britt|Kay",
    hm="Mr.|Mr",
    hf="Ms.|Mrs.|Ms",
    st="Maple Avenue|Oak Street|Elm Street|Pine Ridge Road|Lincoln Avenue|Washington Blvd|Cedar Lane|Lakeview Drive|Main Street|Sunset Blvd",
    d="",
    c="Columbus, OH|Tucson, AZ|Raleigh, NC|Aurora, CO|Tacoma, WA|Newark, NJ|Houston, TX|Orlando, FL|Sacramento, CA|Brooklyn, NY|Joliet, IL|Allentown, PA|Lansing, MI|Marietta, GA|Alexandria, VA",
    pc="#####",
    af="{n} {st}{fs}\n{c} {pc}|{n} {st}{fs}, {c} {pc}|PO Box {r}, {c} {pc}",
    fl="",
    fs=", Apt {x}|, Apt. {x}{B}|, Unit {x}| #{k}",
    dom="gmail.com|yahoo.com|aol.com|outlook.com|icloud.com",
    hi="Hi|Hey|Hello",
    ty="Thanks|Thank you|Thx",
    cur="$",
    ib="GB",
)

LOCALE_CODES = sorted(LOCALES)

# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------
_FOLD = str.maketrans(
    {
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "Th",
        "æ": "ae",
        "Æ": "Ae",
        "ø": "o",
        "Ø": "O",
        "ß": "ss",
        "ı": "i",
        "ə": "e",
        "Ə": "E",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ħ": "h",
        "Ħ": "H",
    }
)


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum()))


def luhn_ok(num: str) -> bool:
    d = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return len(d) >= 12 and tot % 10 == 0


def gen_card(r: random.Random) -> str:
    kind = r.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        pre, ln = "4" + str(r.randint(0, 99999)).zfill(5), 16
    elif kind == "mc":
        pre, ln = str(r.choice([51, 52, 53, 54, 55, 22])) + str(r.randint(0, 9999)).zfill(4), 16
        if pre.startswith("22"):
            pre = "2" + str(r.randint(221, 720)) + str(r.randint(0, 99)).zfill(2)
    elif kind == "amex":
        pre, ln = r.choice(["34", "37"]) + str(r.randint(0, 9999)).zfill(4), 15
    else:
        pre, ln = "6011" + str(r.randint(0, 99)).zfill(2), 16
    body = pre + "".join(r.choice(string.digits) for _ in range(ln - len(pre) - 1))
    for cd in "0123456789":
        if luhn_ok(body + cd):
            num = body + cd
            break
    st = r.random()
    g = [num[:4], num[4:10], num[10:]] if ln == 15 else [num[i : i + 4] for i in range(0, 16, 4)]
    if st < 0.5:
        return " ".join(g)
    if st < 0.75:
        return "-".join(g)
    return num


IBAN_SPEC = {
    "AL": "8n16c",
    "AZ": "4a20c",
    "BY": "4c4n16c",
    "MD": "2c18c",
    "MK": "3n10c2n",
    "BA": "16n",
    "ME": "18n",
    "SI": "15n",
    "HR": "17n",
    "BG": "4a6n8c",
    "LU": "3n13c",
    "MT": "4a5n18c",
    "IS": "22n",
    "FO": "14n",
    "IQ": "4a15n",
    "KW": "4a22c",
    "BH": "4a14c",
    "DO": "4c20n",
    "GT": "4c20c",
    "SD": "14n",
    "GB": "4a14n",
    "FR": "10n11c2n",
    "PT": "21n",
    "BE": "12n",
    "DE": "18n",
    "ES": "20n",
}


def iban_check(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    num = int("".join(str(int(ch, 36)) for ch in s))
    return f"{98 - num % 97:02d}"


def iban_ok(v: str) -> bool:
    s = v.replace(" ", "").upper()
    if len(s) < 15 or s[:2] not in IBAN_SPEC:
        return False
    spec = IBAN_SPEC[s[:2]]
    ln = 4 + sum(int(x) for x in re.findall(r"\d+", spec))
    t = s[4:] + s[:4]
    return len(s) == ln and int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


def gen_iban(r: random.Random, cc: str) -> str:
    bban = ""
    for n, t in re.findall(r"(\d+)([nac])", IBAN_SPEC[cc]):
        for _ in range(int(n)):
            if t == "n" or (t == "c" and r.random() < 0.8):
                bban += r.choice(string.digits)
            else:
                bban += r.choice(string.ascii_uppercase)
    s = cc + iban_check(cc, bban) + bban
    if r.random() < 0.6:
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return s


def gen_ssn(r: random.Random) -> str:
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g, s = r.randint(1, 99), r.randint(1, 9999)
    x = r.random()
    sep = "-" if x < 0.7 else (" " if x < 0.88 else "")
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def _d(r, n):
    return "".join(r.choice(string.digits) for _ in range(n))


def _L(r, n=1):
    return "".join(r.choice(string.ascii_uppercase) for _ in range(n))


US_DL = {
    "OH": ("Ohio", lambda r: _L(r, 2) + _d(r, 6)),
    "AZ": ("Arizona", lambda r: _L(r) + _d(r, 8)),
    "NC": ("North Carolina", lambda r: _d(r, 12)),
    "CO": ("Colorado", lambda r: f"{_d(r, 2)}-{_d(r, 3)}-{_d(r, 4)}"),
    "WA": (
        "Washington",
        lambda r: "WDL" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(9)),
    ),
    "NJ": ("New Jersey", lambda r: _L(r) + _d(r, 4) + " " + _d(r, 5) + " " + _d(r, 5)),
    "TX": ("Texas", lambda r: _d(r, 8)),
    "FL": ("Florida", lambda r: f"{_L(r)}{_d(r, 3)}-{_d(r, 3)}-{_d(r, 2)}-{_d(r, 3)}-{_d(r, 1)}"),
    "CA": ("California", lambda r: _L(r) + _d(r, 7)),
    "NY": ("New York", lambda r: r.choice([_d(r, 9), f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}"])),
    "IL": ("Illinois", lambda r: f"{_L(r)}{_d(r, 3)}-{_d(r, 4)}-{_d(r, 4)}"),
    "PA": ("Pennsylvania", lambda r: r.choice([_d(r, 8), f"{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}"])),
    "MI": ("Michigan", lambda r: f"{_L(r)} {_d(r, 3)} {_d(r, 3)} {_d(r, 3)} {_d(r, 3)}"),
    "GA": ("Georgia", lambda r: _d(r, 9)),
    "VA": ("Virginia", lambda r: _L(r) + _d(r, 8)),
    "MA": ("Massachusetts", lambda r: "S" + _d(r, 8)),
}

IP4_FIRST = [
    41,
    102,
    105,
    154,
    196,
    197,
    185,
    31,
    46,
    77,
    88,
    91,
    93,
    178,
    190,
    181,
    200,
    201,
    24,
    68,
    73,
    99,
    203,
    202,
    49,
    110,
    114,
    119,
    37,
    79,
    82,
    151,
]
IP6_PRE = ["2c0f:f", "2a02:", "2001:4", "2405:", "2800:", "2a01:", "2607:f", "2c0f:e"]


def gen_ip(r: random.Random, v6: bool | None = None) -> str:
    if v6 is None:
        v6 = r.random() < 0.3
    if not v6:
        return f"{r.choice(IP4_FIRST)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    pre = r.choice(IP6_PRE)
    first = pre.split(":")[0]
    second = pre.split(":")[1] + "".join(
        r.choice("0123456789abcdef") for _ in range(4 - len(pre.split(":")[1]))
    )
    groups = [first, second.lstrip("0") or "0"] + [format(r.randint(0, 0xFFFF), "x") for _ in range(6)]
    if r.random() < 0.6:
        k = r.randint(2, 4)
        return ":".join(groups[:k]) + "::" + ":".join(groups[k + 2 :])
    return ":".join(groups)


_PH_EX: dict = {}


def gen_phone(r: random.Random, region: str, prefixes=None):
    mobile = r.random() < 0.72
    key = (region, mobile)
    if key not in _PH_EX:
        ex = phonenumbers.example_number_for_type(region, PNT.MOBILE if mobile else PNT.FIXED_LINE)
        _PH_EX[key] = (
            ex
            or phonenumbers.example_number_for_type(region, PNT.MOBILE)
            or phonenumbers.example_number(region)
        )
    ex = _PH_EX[key]
    nsn = phonenumbers.national_significant_number(ex)
    cc = ex.country_code
    for _ in range(60):
        if prefixes and r.random() < 0.85:
            pre = r.choice(prefixes)
            cand = pre + _d(r, len(nsn) - len(pre))
        else:
            k = min(len(nsn) - 2, r.choice([4, 5, 6, 6]))
            cand = nsn[:-k] + _d(r, k)
        try:
            num = phonenumbers.parse(f"+{cc}{cand}")
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            return num
    return ex


def fmt_phone(r: random.Random, num, lang: str) -> str:
    intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    nat = phonenumbers.format_number(num, PNF.NATIONAL)
    e164 = phonenumbers.format_number(num, PNF.E164)
    cc = str(num.country_code)
    x = r.random()
    if x < 0.25:
        s = intl
    elif x < 0.37:
        s = e164
    elif x < 0.45:
        s = "00" + e164[1:] if cc != "1" else "1-" + nat.replace("(", "").replace(") ", "-")
    elif x < 0.55:
        s = intl.replace(" ", "-", intl.count(" ")).replace("-", " ", 1) if cc != "1" else intl
    elif x < 0.62:
        rest = intl[len(cc) + 2 :]
        s = f"(+{cc}) {rest}"
    elif x < 0.68:
        s = (
            nat.replace(" ", ".")
            if "(" not in nat
            else nat.replace("(", "").replace(") ", ".").replace("-", ".")
        )
    elif x < 0.78:
        s = re.sub(r"[\s\-()]", "", nat)
    else:
        s = nat
    if r.random() < 0.07:
        ext = str(r.randint(1, 999))
        s += r.choice(
            {
                "fr": [" poste " + ext, " p. " + ext],
                "es": [" ext. " + ext, " int. " + ext],
                "pt": [" ramal " + ext, " ext. " + ext],
            }.get(lang, [" ext. " + ext, " x" + ext, " ext " + ext])
        )
    return s.strip()


def pat(r: random.Random, p: str) -> str:
    return "".join(
        r.choice(string.digits) if ch == "#" else r.choice(string.ascii_uppercase) if ch == "@" else ch
        for ch in p
    )


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
class Person:
    def __init__(self, c: Ctx, g=None, native=None, loc=None):
        L = loc or c.L
        r = c.r
        self.L = L
        self.g = g or r.choice("mf")
        gl = L["m"] if self.g == "m" else L["f"]
        i, j = r.randrange(len(gl)), r.randrange(len(L["s"]))
        self.lgiven, self.lsur = gl[i], L["s"][j]
        if self.g == "f" and L.get("sfem"):
            for a, b in L["sfem"]:
                if self.lsur.endswith(a):
                    self.lsur = self.lsur[: -len(a)] + b
                    break
        self.native = bool(L.get("nm")) and (native if native is not None else r.random() < 0.3)
        if self.native:
            ng = L["nm"] if self.g == "m" else L["nf"]
            self.given, self.sur = ng[i], L["ns"][j]
            if self.g == "f" and L.get("sfem"):
                for a, b in L["sfem"]:
                    if self.sur.endswith(a):
                        self.sur = self.sur[: -len(a)] + b
                        break
        else:
            self.given, self.sur = self.lgiven, self.lsur
        self.nick = r.choice(L["nk"]) if L.get("nk") else self.given
        hl = L["hm"] if self.g == "m" else L["hf"]
        self.hon = r.choice(hl)
        self.yy = str(r.choice([r.randint(70, 99), r.randint(0, 9), r.randint(10, 24)])).zfill(2)
        self.hstyle = r.randrange(10)
        self.hdl = None

    def full(self):
        j = self.L["njoin"] if self.native else " "
        if self.L.get("patr") and not self.native:
            return f"{self.given} {self.L['patr'][0 if self.g == 'm' else 1]} {self.sur}"
        return f"{self.given}{j}{self.sur}"

    def handle(self):
        if self.hdl:
            return self.hdl
        g, s = fold(self.lgiven).lower(), fold(self.lsur).lower()
        g1 = g.split()[0] if g else "user"
        st = self.hstyle
        h = [
            f"{g1}_{s}",
            f"{g1}.{s}",
            f"{g1}{s[:3]}",
            f"{g1[0]}{s}",
            f"{g1}{s}{self.yy}",
            f"{s}_{g1}",
            f"{g1}.{s[0]}",
            f"{g1}_{self.yy}",
            f"{g1}{s}",
            f"{s}{g1[0]}",
        ][st]
        self.hdl = h
        return h


# --------------------------------------------------------------------------
# building context
# --------------------------------------------------------------------------
class Ctx:
    def __init__(self, r: random.Random, L: dict):
        self.r, self.L = r, L
        self.case = None
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.brands: list[str] = []
        self.pos = 0
        self.local_labels = r.random() < 0.6
        self.us_state = None
        self.typo = r.random() < 0.25

    # ---- assembly -------------------------------------------------------
    def _c(self, s: str) -> str:
        if self.case == "lower":
            return s.lower()
        if self.case == "upper":
            return s.upper()
        return s

    def w(self, *pieces):
        for p in pieces:
            if p is None or p == "":
                continue
            if isinstance(p, list):
                self.w(*p)
            elif isinstance(p, tuple):
                lab, val = p
                val = self._c(val)
                if lab == BRAND:
                    self.brands.append(val)
                else:
                    self.spans.append(
                        {"label": lab, "start": self.pos, "end": self.pos + len(val), "value": val}
                    )
                self.parts.append(val)
                self.pos += len(val)
            else:
                s = str(p)
                if self.typo and len(s) > 25 and self.r.random() < 0.2:
                    s = self._typo(s)
                s = self._c(s)
                self.parts.append(s)
                self.pos += len(s)

    def _typo(self, s):
        words = [m for m in re.finditer(r"[a-z]{5,}", s)]
        if not words:
            return s
        m = self.r.choice(words)
        i = self.r.randrange(m.start() + 1, m.end() - 2)
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]

    def text(self):
        return "".join(self.parts)

    # ---- people -----------------------------------------------------------
    def p(self, g=None, native=None, loc=None):
        return Person(self, g, native, loc)

    def N(self, p: Person, f=None):
        r = self.r
        if f is None:
            if p.native:
                f = r.choices(["full", "given", "sur"], [70, 22, 8])[0]
            else:
                f = r.choices(
                    ["full", "given", "sur", "init", "upper", "lower", "rev", "revplain"],
                    [46, 16, 5, 8, 6, 6, 7, 6],
                )[0]
        if self.L.get("nosur") and f in ("sur", "init", "rev", "revplain", "slash"):
            f = "full"
        if p.native and f not in ("full", "given", "sur"):
            f = "full"
        g, s = p.given, p.sur
        v = {
            "full": p.full(),
            "given": g,
            "sur": s,
            "init": f"{g[0]}. {s}",
            "upper": p.full().upper(),
            "lower": p.full().lower(),
            "rev": f"{s.upper()}, {g}",
            "revplain": f"{s} {g}",
            "slash": f"{fold(s).upper()}/{fold(g).upper().replace(' ', '')}",
            "nick": p.nick,
        }[f]
        return (PERSON, v)

    def F(self, p):
        return self.N(p, "full")

    def G(self, p):
        return self.N(p, "given")

    def T(self, p, f=None):
        """name with honorific outside the span."""
        h = p.hon
        if f is None:
            f = (
                self.r.choice(["full", "sur", "given"])
                if not h.startswith("~")
                else self.r.choice(["given", "full"])
            )
        if h.startswith("~"):
            return [self.N(p, f), " " + h[1:]]
        return [h + " ", self.N(p, f)]

    def H(self, p):
        return (PERSON, p.handle())

    def AT(self, p):
        return ["@", self.H(p)]

    def E(self, p, dom=None):
        r = self.r
        g, s = fold(p.lgiven).lower(), fold(p.lsur).lower()
        g1 = g or "mail"
        loc_ = r.choice(
            [
                f"{g1}.{s}",
                f"{g1}{s}",
                f"{g1[0]}{s}",
                f"{g1}_{s}{p.yy}",
                p.handle(),
                f"{s}.{g1}",
                f"{g1}{p.yy}",
            ]
        )
        if r.random() < 0.12 and self.case is None:
            loc_ = loc_.capitalize()
        d = dom or r.choice(self.L["dom"] + ["gmail.com", "outlook.com"])
        return (EMAIL, f"{loc_}@{d}")

    def RM(self, dom=None, role=None):
        """role mailbox -- plain text, never labelled"""
        role = role or self.r.choice(ROLE_LOCALS)
        return f"{role}@{dom or self.orgdom()}"

    def orgdom(self):
        return self.r.choice(
            [
                "kora-services.com",
                "mail.example.org",
                "helpdesk.example.net",
                "office-mail.example",
                "baobab-group.com",
            ]
        )

    # ---- contact data -------------------------------------------------------
    def PH(self, region=None, loc=None):
        L = loc or (LOCALES["US"] if region == "US" else self.L)
        reg = region or L["region"]
        pre = L.get("ph") if reg == L["region"] else None
        num = gen_phone(self.r, reg, pre)
        return (PHONE, fmt_phone(self.r, num, L["lang"]))

    def addr_lines(self, loc=None, native=None):
        L = loc or self.L
        r = self.r
        nat = bool(L.get("naf")) and (native if native is not None else r.random() < 0.3)
        fmt = r.choice(L["naf"] if nat else L["af"])

        def pick(key):
            if nat and L.get("n" + key):
                return r.choice(L["n" + key])
            lst = L.get(key) or L.get("c")
            return r.choice(lst) if lst else ""

        base = dict(
            x=str(r.randint(1, 24)),
            B=r.choice("ABCDEF"),
            b=str(r.randint(1, 12)),
            h=str(r.randint(1, 30)),
            k=str(r.randint(101, 899)),
            r=str(r.randint(100, 9999)),
            t=str(r.randint(10, 99)),
            n=str(r.choice([r.randint(1, 40), r.randint(1, 250), r.randint(1, 999)])),
        )
        vals = dict(base)
        sts = list(L["st"])
        if nat and L.get("nst"):
            sts = list(L["nst"])
        st1 = r.choice(sts)
        st2 = r.choice([s for s in sts if s != st1] or sts)
        vals["st"], vals["st2"] = st1.format(**base), st2.format(**base)
        for key in ("c", "d", "lm", "hn", "dd", "w"):
            vals[key] = pick(key)
        cr = L.get("cr") or ["A", "B"]
        vals["cr"], vals["cr2"] = r.sample(cr, 2)
        vals["pc"] = pat(r, r.choice(L["pc"])) if L.get("pc") else ""
        vals["lot"] = f"{r.choice(['II', 'III', 'IV', 'VI'])} {r.choice('ABCDGHKM')} {r.randint(1, 199)}"
        fl = [x for x in L.get("fl", []) if x]
        fs = [x for x in L.get("fs", []) if x]
        vals["fl"] = r.choice(fl).format(**vals) if fl and r.random() < 0.55 else ""
        vals["fs"] = r.choice(fs).format(**vals) if fs and r.random() < 0.55 else ""
        s = fmt.format(**vals)
        if L["code"] == "US":
            m = re.search(r", ([A-Z]{2}) \d", s)
            self.us_state = m.group(1) if m else None
        lines = []
        for ln in s.split("\n"):
            ln = re.sub(r"\s+", " ", ln).strip(" ,،")
            if ln:
                lines.append(ln)
        return lines, nat

    def A(self, one=None, loc=None, sep="\n", native=None):
        lines, nat = self.addr_lines(loc, native)
        if one is None:
            one = self.r.random() < 0.6
        if one or len(lines) == 1:
            j = "، " if nat and (loc or self.L).get("lang") == "ar" else ", "
            if (loc or self.L)["code"] in ("AF",) and nat:
                j = "، "
            return [(ADDR, j.join(lines))]
        out = []
        for i, ln in enumerate(lines):
            if i:
                out.append(sep)
            out.append((ADDR, ln))
        return out

    def CC(self):
        return (CARD, gen_card(self.r))

    def IB(self, cc=None):
        return (IBAN, gen_iban(self.r, cc or self.r.choice(self.L["ib"])))

    def SSN(self):
        return (SSN, gen_ssn(self.r))

    def DL(self):
        st = self.us_state if self.us_state in US_DL else self.r.choice(sorted(US_DL))
        name, fn = US_DL[st]
        return name if self.r.random() < 0.7 else st, (DL, fn(self.r))

    def IP(self, v6=None):
        return (IP, gen_ip(self.r, v6))

    def B(self):
        return (BRAND, self.r.choice(BRANDS))

    def HB(self):
        return (BRAND, self.r.choice(HANDLE_BRANDS))

    # ---- negatives and local colour -------------------------------------------
    def lb(self, key):
        lang = self.L["lang"] if self.local_labels else "en"
        return LBL.get(lang, LBL["en"])[key]

    def hi(self):
        return self.r.choice(self.L["hi"])

    def ty(self):
        return self.r.choice(self.L["ty"])

    def city(self):
        return self.r.choice(self.L["c"]).split(",")[0]

    def country(self):
        return self.L["country"]

    def d(self):
        r = self.r
        y, m, dd = r.choice([2024, 2025, 2026]), r.randint(1, 12), r.randint(1, 28)
        mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
        return r.choice(
            [
                f"{dd:02d}/{m:02d}/{y}",
                f"{y}-{m:02d}-{dd:02d}",
                f"{dd} {mon} {y}",
                f"{dd}.{m:02d}.{y}",
                f"{mon} {dd}",
                f"{dd}/{m:02d}",
            ]
        )

    def tm(self):
        r = self.r
        h, m = r.randint(6, 21), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55])
        return r.choice(
            [f"{h:02d}:{m:02d}", f"{h}h{m:02d}", f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"]
        )

    def money(self, lo=5, hi=900):
        v = self.r.randint(lo, hi)
        cur = self.r.choice(self.L["cur"])
        return self.r.choice(
            [f"{v} {cur}", f"{cur} {v}", f"{cur}{v:,}.00" if self.r.random() < 0.5 else f"{v},00 {cur}"]
        )

    def ref(self, pre=None):
        r = self.r
        pre = pre or r.choice(["REF", "CASE", "TKT", "ORD", "INV", "APP", "REQ"])
        return r.choice(
            [
                f"{pre}-{r.randint(10000, 999999)}",
                f"{pre}{r.randint(100000, 9999999)}",
                f"#{r.randint(1000, 99999)}",
                f"{pre}/{r.randint(2024, 2026)}/{r.randint(100, 9999):04d}",
            ]
        )

    def pnr(self):
        return "".join(self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))

    def flight(self):
        return self.r.choice(["TS", "TS ", "ET", "KQ", "AF", "EK", "QR", "TK"]) + str(
            self.r.randint(100, 2999)
        )

    def pct(self):
        return f"{self.r.randint(1, 99)}%"

    def ver(self):
        return f"v{self.r.randint(1, 9)}.{self.r.randint(0, 20)}.{self.r.randint(0, 9)}"

    def otp(self):
        return _d(self.r, self.r.choice([4, 6]))

    def l4(self):
        return _d(self.r, 4)

    def pol(self):
        return f"{_L(self.r, 2)}-{_d(self.r, 7)}"

    def trk(self):
        return self.r.choice(
            [
                f"1Z{_d(self.r, 3)}{_L(self.r, 2)}{_d(self.r, 10)}",
                f"JD{_d(self.r, 18)}",
                f"RR{_d(self.r, 9)}{self.L['region']}",
                f"CP{_d(self.r, 9)}DE",
            ]
        )

    def pf(self):
        return self.r.choice(PUBLIC)

    def co(self):
        return self.r.choice(COMPANIES)

    def prod(self):
        return self.r.choice(PRODUCTS)

    def pet(self):
        return self.r.choice(PETS)

    def ch(self, *xs):
        return self.r.choice(xs)

    def maybe(self, prob, *pieces):
        return list(pieces) if self.r.random() < prob else []


# ==========================================================================
# templates -- genre g owns ids 4g..4g+3
# ==========================================================================
def kv(k, *v):
    return [k, ": ", list(v), "\n"]


def csvq(piece):
    """quote a span piece for CSV if it contains a comma (quotes stay outside the span)."""
    if isinstance(piece, tuple) and "," in piece[1]:
        return ['"', piece, '"']
    return piece


# ---- 0 veterinary records ----------------------------------------------------
def g0a(c):
    o, pet = c.p(), c.pet()
    c.w(
        "Patient: ",
        pet,
        " (",
        c.ch(*SPECIES),
        ", ",
        str(c.r.randint(1, 14)),
        " y)   Visit ",
        c.ref("VET"),
        " on ",
        c.d(),
        "\n",
        "Owner: ",
        c.T(o),
        " — ",
        c.PH(),
        "\n",
        "Hx: ",
        c.ch(
            "vomiting x2 days",
            "limping on left hind leg",
            "itchy ears, head shaking",
            "not eating since Sunday",
        ),
        ". Owner reports ",
        pet,
        " was last vaccinated at ",
        c.ch("the Kirchberg clinic", "a mobile campaign", "the city pound"),
        ". ",
        c.ch("Suspected tick fever.", "Rule out parvovirus.", "Weight 12.4 kg, temp 39.6."),
        "\n",
        "Plan: bloods, recheck in ",
        str(c.r.randint(3, 14)),
        " days. Invoice ",
        c.money(),
        " paid by card ending ",
        c.l4(),
        ".\n",
        c.maybe(0.5, "Reminder SMS via ", c.B(), " to owner ", c.G(o), ".\n"),
    )


def g0b(c):
    c.w("appt_id,date,pet,species,owner,phone,email,address,reason\n")
    for _ in range(c.r.randint(1, 3)):
        o = c.p()
        c.w(
            c.ref("A"),
            ",",
            c.d().replace(",", ""),
            ",",
            c.pet(),
            ",",
            c.ch(*SPECIES),
            ",",
            csvq(c.N(o)),
            ",",
            c.PH(),
            ",",
            c.ch(c.E(o), ""),
            ",",
            csvq(c.A(one=True)[0]),
            ",",
            c.ch("vaccine booster", "dental", "spay", "skin rash", "check-up"),
            "\n",
        )


def g0c(c):
    o, pet = c.p(), c.pet()
    t = c.tm()
    c.w(
        "[",
        t,
        "] Reception: ",
        c.hi(),
        "! This is the ",
        c.city(),
        " Animal Clinic, ",
        pet,
        " is ready for pick-up.\n",
        "[",
        c.tm(),
        "] ",
        c.G(o),
        ": ",
        c.ty(),
        " 🙏 can my brother ",
        c.F(c.p(g="m")),
        " collect him? I'm at work till ",
        c.tm(),
        "\n",
        "[",
        c.tm(),
        "] Reception: Sure, he needs to bring ID and the ref ",
        c.ref("VET"),
        ". Balance is ",
        c.money(),
        ".\n",
        "[",
        c.tm(),
        "] ",
        c.G(o),
        ": ok. also pls update my number to ",
        c.PH(),
        "\n",
    )


def g0d(c):
    c.w(
        c.ch("FREE RABIES VACCINATION DAY", "Rabies vaccination campaign", "Deworming week"),
        " — ",
        c.city(),
        " Municipal Veterinary Service\n",
        "When: ",
        c.d(),
        ", ",
        c.tm(),
        "–",
        c.tm(),
        ". Bring your dog or cat on a leash or in a carrier. ",
        "Sponsored by ",
        c.B(),
        " and ",
        c.co(),
        ". Last year ",
        str(c.r.randint(300, 4000)),
        " animals were vaccinated (",
        c.pct(),
        " more than the year before). Cases of ",
        c.ch("rabies", "parvovirus", "distemper"),
        " in ",
        c.country(),
        " rose after ",
        c.ch(*STORMS),
        ". Questions: ",
        c.RM(role="info"),
        "\n",
    )


# ---- 1 funeral-home arrangements ----------------------------------------------
def g1a(c):
    dec, kin = c.p(), c.p()
    c.w(
        "ARRANGEMENT SHEET  ",
        c.ref("FH"),
        "\n",
        kv("Deceased", c.N(dec, c.ch("full", "rev", "upper"))),
        kv("Date of death", c.d()),
        kv("Next of kin", c.F(kin), " (", c.ch("daughter", "son", "widow", "brother", "niece"), ")"),
        kv(c.lb("phone"), c.PH()),
        c.lb("addr"),
        ":\n  ",
        c.A(one=False, sep="\n  "),
        "\n",
        kv(
            "Service",
            c.ch("St Joseph's", "the family compound", "Central Mosque", "Our Lady of Peace"),
            ", ",
            c.d(),
            " at ",
            c.tm(),
        ),
        kv("Officiant", c.ch("Rev. ", "Fr. ", "Imam ", "Pastor "), c.N(c.p(g="m"), c.ch("full", "sur"))),
        kv("Package", c.ch("Standard", "Premium", "Repatriation"), " — ", c.money(800, 9000)),
    )


def g1b(c):
    dec, p2 = c.p(), c.p()
    c.w(
        c.ch("With deep sorrow", "It is with great sadness"),
        ", the family announces the passing of ",
        c.T(dec, "full"),
        ", ",
        c.ch("retired ", "beloved ", ""),
        c.ch(*JOBS),
        ", on ",
        c.d(),
        " in ",
        c.city(),
        ".\n",
        "The wake will be held at the family residence, ",
        c.A(one=True),
        ", from ",
        c.tm(),
        ".\n",
        "For information please contact ",
        c.G(p2),
        " on ",
        c.PH(),
        c.maybe(0.5, " or ", c.PH()),
        ". ",
        c.ty(),
        ".\n",
    )


def g1c(c):
    kin, fd = c.p(), c.p()
    c.w(
        "From: ",
        c.RM(role="arrangements"),
        "\nTo: ",
        c.E(kin),
        "\nSubject: Invoice ",
        c.ref("INV"),
        "\n\n",
        "Dear ",
        c.T(kin, "sur"),
        ",\n\nPlease accept our condolences. As agreed, the balance of ",
        c.money(300, 5000),
        " can be transferred to IBAN ",
        c.IB(),
        " (reference ",
        c.ref("FUN"),
        "). The hearse will leave at ",
        c.tm(),
        " on ",
        c.d(),
        ".\n\nKind regards,\n",
        c.F(fd),
        "\nFuneral Director\n",
        c.PH(),
        "\n",
    )


def g1d(c):
    dec = c.p()
    c.w("Tribute wall — in memory of ", c.N(dec, "full"), "\n")
    for _ in range(c.r.randint(2, 4)):
        q = c.p()
        c.w(
            c.ch("— ", "• "),
            c.ch(c.N(q), ["@", c.H(q)]),
            ": ",
            c.ch(
                "rest well uncle, you taught me to fish",
                "RIP. we will miss your laugh",
                c.ty() + ", for everything",
                "sleep well, see you on the other side",
                "condolences to the family 🕊",
            ),
            "\n",
        )
    c.w(
        "Posted via ",
        c.B(),
        " memorial pages. ",
        c.ch(["Flowers by ", c.B(), " Florists."], "Donations to the hospice in lieu of flowers.", ""),
        "\n",
    )


# ---- 2 daycare pick-up authorisations --------------------------------------------
def g2a(c):
    kid, par = c.p(), c.p()
    c.w(
        "PICK-UP AUTHORISATION — ",
        c.ch("Sunflower", "Little Stars", "Kidz Palace", "Les Petits Lutins"),
        " Daycare, room ",
        c.ch("Butterflies", "Lions", "B2"),
        "\n",
        "Child: ",
        c.N(kid, c.ch("full", "given")),
        "   DOB: ",
        c.d(),
        "\nParent: ",
        c.F(par),
        "  ",
        c.PH(),
        "\n\n",
        "Authorised adults | Relationship | Phone\n",
    )
    for _ in range(c.r.randint(2, 3)):
        a = c.p()
        c.w(
            c.N(a, c.ch("full", "rev", "full")),
            " | ",
            c.ch("grandmother", "uncle", "nanny", "neighbour", "aunt"),
            " | ",
            c.PH(),
            "\n",
        )
    c.w("NOT authorised: ", c.F(c.p()), " (court order ", c.ref("CO"), ")\n")


def g2b(c):
    c.case = "lower"
    kid, par, a = c.p(), c.p(), c.p()
    c.w(
        "hi teacher ",
        c.G(c.p(g="f")),
        ", ",
        c.hi(),
        ". today ",
        c.G(kid),
        " will be picked up by my cousin ",
        c.F(a),
        ", she drives a white ",
        c.prod(),
        ". her number is ",
        c.PH(),
        ". i am stuck at the ",
        c.co(),
        " office until ",
        c.tm(),
        ". ",
        c.ty(),
        "\n- ",
        c.G(par),
        " (",
        c.G(kid),
        "'s mum)\n",
    )


def g2c(c):
    c.w("PICK-UP LOG ", c.d(), "\n")
    for _ in range(c.r.randint(3, 5)):
        k, a = c.p(), c.p()
        c.w(
            c.tm(),
            "  ",
            c.N(k, c.ch("given", "full")),
            " — collected by ",
            c.N(a),
            " (",
            c.ch("mother", "father", "grandpa", "driver"),
            ")  ID ",
            c.ch("checked", "seen", "NOT shown - called parent"),
            "\n",
        )
    c.w("Late pick-ups: ", str(c.r.randint(0, 3)), "  Staff on duty: ", c.N(c.p()), "\n")


def g2d(c):
    c.w(
        "Dear families,\nFrom ",
        c.d(),
        " children will only be released to adults listed on the authorisation form. ",
        "Please update the list in the ",
        c.B(),
        " app (version ",
        c.ver(),
        ") before Friday. ",
        "Closing time on public holidays is ",
        c.tm(),
        ". Measles vaccination cards must be shown by ",
        c.d(),
        ". ",
        "We follow the ",
        c.ch("Ministry of Education", "UNICEF", "Red Cross"),
        " guidance. Thank you!\nThe Management\n",
    )


# ---- 3 immigration / visa consultancy --------------------------------------------
def g3a(c):
    cl = c.p()
    us = LOCALES["US"]
    c.w(
        "CLIENT INTAKE — ",
        c.ch("H-1B transfer", "Green card (I-485)", "TPS renewal", "naturalisation N-400"),
        "  file ",
        c.ref("IMM"),
        "\n",
        kv("Client", c.N(cl, c.ch("full", "rev", "upper"))),
        kv("Country of birth", c.country()),
        kv("SSN", c.SSN()),
        kv("US address", c.A(one=True, loc=us)),
        kv("Mobile", c.PH(region="US")),
        kv(c.lb("email"), c.E(cl)),
        kv("Receipt no.", "IOE" + _d(c.r, 10)),
        kv("Fee quoted", c.money(300, 4000)),
        kv("Consultant", c.H(c.p())),
    )


def g3b(c):
    cl, con = c.p(), c.p()
    c.w(
        "Dear ",
        c.T(cl, "sur"),
        ",\n\nYour appointment at the ",
        c.ch("Canadian", "German", "US", "UK"),
        " visa centre is confirmed for ",
        c.d(),
        " at ",
        c.tm(),
        ". Bring your passport, 6 months of bank statements and the invitation letter from ",
        c.F(c.p()),
        ". Our fee of ",
        c.money(100, 1500),
        " is payable to IBAN ",
        c.IB(),
        ".\nIf you cannot attend, call me on ",
        c.PH(),
        ".\n\nBest regards,\n",
        c.N(con, "full"),
        "\nSenior consultant | ",
        c.RM(role="visas"),
        "\n",
    )


def g3c(c):
    cl = c.p()
    c.w(
        c.tm(),
        " ",
        c.G(cl),
        ": ",
        c.hi(),
        " is my visa ready? ref ",
        c.ref("V"),
        "\n",
        c.tm(),
        " Consultant: not yet, embassy says ",
        str(c.r.randint(5, 30)),
        " working days\n",
        c.tm(),
        " ",
        c.G(cl),
        ": ok. my new address is ",
        c.A(one=True),
        "\n",
        c.tm(),
        " Consultant: noted. send your wife ",
        c.ch(c.F(c.p(g="f")), c.G(c.p(g="f"))),
        "'s passport copy to ",
        c.E(c.p()),
        "\n",
        c.tm(),
        " ",
        c.G(cl),
        ": ",
        c.ty(),
        "\n",
    )


def g3d(c):
    c.w("case_id\tclient\tvisa\tdestination\tstage\towner\n")
    for _ in range(c.r.randint(2, 4)):
        cl, ow = c.p(), c.p()
        c.w(
            c.ref("C"),
            "\t",
            c.N(cl),
            "\t",
            c.ch("study", "work", "family reunion", "tourist"),
            "\t",
            c.ch("Canada", "Germany", "Portugal", "Australia", "UAE"),
            "\t",
            c.ch("docs pending", "biometrics", "submitted", "refused"),
            "\t",
            c.H(ow),
            "\n",
        )


# ---- 4 dating-app safety reports --------------------------------------------------
def g4a(c):
    rep, bad = c.p(), c.p(g="m")
    c.w(
        "SAFETY REPORT ",
        c.ref("SR"),
        "  (",
        c.d(),
        ")\nReported profile: @",
        c.H(bad),
        '  display name "',
        c.G(bad),
        '"\n',
        "Reporter: @",
        c.H(rep),
        "\nCategory: ",
        c.ch("financial scam", "harassment", "fake profile", "threats"),
        "\n",
        "Description: he asked me to move to WhatsApp, then sent his number ",
        c.PH(),
        " and asked for my home address. ",
        "He already knew I live at ",
        c.A(one=True),
        ". ",
        c.ch("He said he works for ", "Claims to be a pilot for "),
        c.B(),
        ".\n",
    )


def g4b(c):
    c.case = "lower"
    bad = c.p()
    c.w(
        "mod notes ",
        c.ref("SR"),
        ": user ",
        c.H(bad),
        " (real name ",
        c.F(bad),
        " per id check) asked 3 matches to send money to iban ",
        c.IB(),
        " 'for customs fees'. also used card ",
        c.CC(),
        " flagged by ",
        c.co(),
        ". login ip ",
        c.IP(),
        ". banned ",
        c.d(),
        ".\n",
    )


def g4c(c):
    a, b = c.p(), c.p()
    c.w(
        '{"report_id": "',
        c.ref("R"),
        '", "reporter": {"username": "',
        c.H(a),
        '", "email": "',
        c.E(a),
        '"}, ',
        '"reported": {"username": "',
        c.H(b),
        '", "phone": "',
        c.PH(),
        '", "last_ip": "',
        c.IP(),
        '"}, ',
        '"reason": "',
        c.ch("asked for money", "sent explicit images", "underage", "impersonation of " + c.pf()),
        '", "app_version": "',
        c.ver(),
        '"}\n',
    )


def g4d(c):
    c.w(
        "Date safely with ",
        c.B(),
        "\n1. Meet in a public place — a café, a mall, the ",
        c.city(),
        " waterfront.\n",
        "2. Never send money, gift cards or crypto, even if they say they are stuck in ",
        c.ch("Dubai", "Lagos", "Istanbul"),
        ".\n",
        "3. Tell a friend where you are going. 4. Video-call first. ",
        c.pct(),
        " of scam reports last year involved fake soldiers or ",
        "fake ",
        c.co(),
        " engineers.\nReport a profile from the chat menu or write to ",
        c.RM(role="safety"),
        ".\n",
    )


# ---- 5 consular lost-passport cases ---------------------------------------------
def g5a(c):
    cz, ec = c.p(), c.p()
    c.w(
        "CONSULAR CASE ",
        c.ref("CON"),
        " — lost/stolen passport\n",
        "Citizen: ",
        c.N(cz, c.ch("rev", "upper", "full")),
        "\nLost in: ",
        c.ch("Istanbul", "Dubai", "Lisbon", "Nairobi", "Bangkok"),
        " on ",
        c.d(),
        " (police report ",
        c.ref("PR"),
        ")\nTemporary address: ",
        c.A(one=True),
        "\nLocal phone: ",
        c.PH(),
        "\nEmergency contact: ",
        c.F(ec),
        " ",
        c.PH(),
        "\n",
        "Emergency travel document issued: ",
        c.ch("yes", "pending photos", "no — identity not confirmed"),
        ". Flight ",
        c.flight(),
        " on ",
        c.d(),
        ".\n",
    )


def g5b(c):
    cz = c.p()
    c.w(
        "Subject: ",
        c.ch("passport perdu", "lost passport URGENT", "pasaporte robado", "passaporte roubado"),
        "\n\n",
        c.hi(),
        ",\nMy name is ",
        c.F(cz),
        ". My bag was stolen at the ",
        c.ch("bus station", "airport", "market"),
        " yesterday with my passport and my ",
        c.B(),
        " card. I have a flight with ",
        (BRAND, "Tailspin Air"),
        " (PNR ",
        c.pnr(),
        ") on ",
        c.d(),
        ".\n",
        "I am staying with my aunt ",
        c.T(c.p(g="f")),
        " at ",
        c.A(one=True),
        ". You can reach me on ",
        c.PH(),
        " or ",
        c.E(cz),
        ".\n",
        c.ty(),
        "\n",
    )


def g5c(c):
    c.w("DUTY OFFICER LOG — night of ", c.d(), "\n")
    for _ in range(c.r.randint(2, 4)):
        x = c.p()
        c.w(
            c.tm(),
            " call from ",
            c.N(x),
            " (",
            c.PH(),
            ") — ",
            c.ch(
                "passport stolen in taxi, advised police report",
                "arrested friend, gave lawyer list",
                "lost ETD, re-issue Monday",
                "asked about " + c.ch("the election", "visa fees", "Cyclone Freddy evacuation"),
            ),
            "\n",
        )
    c.w("Handover to ", c.H(c.p()), " at ", c.tm(), "\n")


def g5d(c):
    c.w("Time | Applicant | Service | Ref\n")
    for _ in range(c.r.randint(3, 5)):
        c.w(
            c.tm(),
            " | ",
            c.N(c.p(), c.ch("rev", "full", "upper")),
            " | ",
            c.ch("ETD", "passport renewal", "notarial act", "birth registration"),
            " | ",
            c.ref("APT"),
            "\n",
        )
    c.w("Counter 2 closed ", c.d(), ".\n")


# ---- 6 coworking access -------------------------------------------------------------
def g6a(c):
    c.w("# door controller ", c.ch("HUB-A", "FLOOR3", "MAIN"), " fw ", c.ver(), "\n")
    for _ in range(c.r.randint(3, 5)):
        m = c.p()
        c.w(
            "2025-",
            f"{c.r.randint(1, 12):02d}-{c.r.randint(1, 28):02d}",
            " ",
            c.tm().split(" ")[0],
            ":",
            f"{c.r.randint(0, 59):02d}",
            " door=",
            c.ch("MAIN", "BIKE", "ROOF", "PHONEBOOTH2"),
            " badge=0x",
            format(c.r.randint(0, 65535), "04X"),
            " user=",
            c.H(m),
            " result=",
            c.ch("GRANTED", "GRANTED", "DENIED"),
            c.maybe(0.6, " src_ip=", c.IP()),
            "\n",
        )


def g6b(c):
    m = c.p()
    c.w(
        "New member sign-up — ",
        c.B(),
        " Coworking ",
        c.city(),
        "\n",
        kv("Full name", c.F(m)),
        kv(c.lb("email"), c.E(m)),
        kv(c.lb("phone"), c.PH()),
        kv("Billing address", c.A(one=True)),
        kv("Plan", c.ch("Hot desk", "Dedicated desk", "Private office 4p")),
        kv("Card", c.CC()),
        kv("Exp", f"{c.r.randint(1, 12):02d}/{c.r.randint(26, 31)}"),
        kv("Company", c.ch("self-employed", c.co(), c.B())),
        kv("Referral code", c.otp()),
    )


def g6c(c):
    m = c.p()
    c.w(
        "From: ",
        c.RM(role="bookings"),
        "\nTo: ",
        c.E(m),
        "\n\nHi ",
        c.G(m),
        ",\nYour meeting room ",
        c.ch("Baobab", "Kilimanjaro", "Atlas", "Fjord"),
        " is booked for ",
        c.d(),
        ", ",
        c.tm(),
        "–",
        c.tm(),
        ". Guests: ",
        c.F(c.p()),
        ", ",
        c.F(c.p()),
        ".\nWi-Fi: ",
        c.ch("CW-Guest", "HubNet"),
        " / ",
        c.otp(),
        ". Invoice ",
        c.ref("INV"),
        " (",
        c.money(),
        ") will be charged to card ending ",
        c.l4(),
        ".\n",
    )


def g6d(c):
    c.w(
        "HOUSE RULES — ",
        c.ch("Floor 3", "Rooftop", "Phone booths"),
        "\n- Quiet zone after ",
        c.tm(),
        ".\n- Printers: ",
        c.B(),
        " credits only; ",
        c.money(),
        " per 100 pages.\n- Community lunch every ",
        c.ch("Friday", "Thursday"),
        ", sponsored by ",
        c.B(),
        ".\n",
        "- Lost badges cost ",
        c.money(),
        ". Wi-Fi upgrade to ",
        c.ver(),
        " on ",
        c.d(),
        ".\n",
    )


# ---- 7 moving companies ---------------------------------------------------------------
def g7a(c):
    cu = c.p()
    c.w(
        "Quote request ",
        c.ref("MV"),
        "\n",
        kv(c.lb("name"), c.F(cu)),
        kv(c.lb("email"), c.E(cu)),
        kv(c.lb("phone"), c.PH()),
        "Moving from:\n",
        c.A(one=False),
        "\nMoving to:\n",
        c.A(one=False),
        "\n",
        kv("Date", c.d()),
        kv("Rooms", str(c.r.randint(1, 5))),
        kv("Lift", c.ch("yes", "no", "small")),
        kv("Special items", c.ch("piano", "aquarium", c.prod(), "none")),
    )


def g7b(c):
    cu = c.p()
    c.w(
        "INVENTORY — job ",
        c.ref("JOB"),
        " — customer ",
        c.N(cu),
        " — tel ",
        c.PH(),
        "\n",
        "room\titem\tqty\tcondition\n",
    )
    for _ in range(c.r.randint(3, 5)):
        c.w(
            c.ch("living", "kitchen", "bed 1", "bed 2", "garage"),
            "\t",
            c.ch("sofa 3-seater", "fridge", "boxes (books)", "wardrobe", c.prod(), "mattress"),
            "\t",
            str(c.r.randint(1, 12)),
            "\t",
            c.ch("good", "scratched", "dented left side", "new"),
            "\n",
        )
    c.w("delivery: ", c.A(one=True), "\n")


def g7c(c):
    cu = c.p()
    c.w(
        c.tm(),
        " crew lead: truck 2 at pickup. client is ",
        c.G(cu),
        ", 3rd floor no lift 😩\n",
        c.tm(),
        " office: ok. gate code ",
        c.otp(),
        ". her husband ",
        c.N(c.p(g="m")),
        " will meet you at the new place\n",
        c.tm(),
        " crew lead: new place is ",
        c.A(one=True),
        "?\n",
        c.tm(),
        " office: yes. call him ",
        c.PH(),
        "\n",
    )


def g7d(c):
    cu = c.p()
    c.w(
        c.A(one=False),
        "\n",
        c.d(),
        "\n\nRe: damage claim, job ",
        c.ref("MV"),
        "\n\nTo whom it may concern,\n",
        "During my move on ",
        c.d(),
        " your crew dropped my ",
        c.prod(),
        " and cracked the glass table. ",
        "Your foreman, ",
        c.ch("Mr ", "a man called "),
        c.N(c.p(g="m"), "sur"),
        ", promised compensation of ",
        c.money(100, 900),
        ". I have heard nothing.\n",
        "Please pay into IBAN ",
        c.IB(),
        ".\n\nYours faithfully,\n",
        c.F(cu),
        "\n",
    )


# ---- 8 repair & pawn shops -----------------------------------------------------------------
def g8a(c):
    cu = c.p()
    c.w(
        "REPAIR TICKET ",
        c.ref("RPR"),
        "   in: ",
        c.d(),
        "\nDevice: ",
        c.prod(),
        "  Fault: ",
        c.ch("cracked screen", "won't charge", "water damage", "boot loop"),
        "\n",
        kv("Customer", c.N(cu)),
        kv(c.lb("phone"), c.PH()),
        kv("Passcode given", c.otp()),
        kv("Deposit", c.money()),
        kv("Technician", c.H(c.p())),
        "Ready by ",
        c.d(),
        ". Not responsible for data loss.\n",
    )


def g8b(c):
    c.case = "upper"
    cu = c.p()
    c.w(
        "PAWN TICKET NO. ",
        str(c.r.randint(10000, 99999)),
        "\nPLEDGOR: ",
        c.N(cu, "full"),
        "\nADDRESS: ",
        c.A(one=True),
        "\nTEL: ",
        c.PH(),
        "\nITEM: ",
        c.ch("GOLD CHAIN 18K 14G", "WATCH " + c.prod(), "GUITAR YAMAHA", c.prod()),
        "\nLOAN: ",
        c.money(20, 800),
        "  INTEREST ",
        c.pct(),
        " / MONTH\nREDEEM BY ",
        c.d(),
        "\n",
    )


def g8c(c):
    cu = c.p()
    c.w(
        "SMS ",
        c.tm(),
        ": ",
        c.ch("Hi", c.hi()),
        " ",
        c.G(cu),
        ", your ",
        c.prod(),
        " is ready at ",
        c.B(),
        " Repairs. Ticket ",
        c.ref("R"),
        ", balance ",
        c.money(),
        ".\nSMS ",
        c.tm(),
        ": ",
        c.ty(),
        " can my son ",
        c.G(c.p(g="m")),
        " collect it? -",
        c.G(cu),
        "\n",
        "SMS ",
        c.tm(),
        ": Yes, he must show the ticket. Code ",
        c.otp(),
        ".\n",
    )


def g8d(c):
    c.w(c.ch("PRICE LIST", "Lista de precios", "Tarifs"), " — screen repairs\n")
    for _ in range(4):
        c.w(c.prod(), " ..... ", c.money(20, 300), "\n")
    c.w(
        "Battery swap 30 min. Warranty 90 days. We accept ",
        c.B(),
        ", cash, ",
        c.co(),
        " transfers. Closed ",
        c.d(),
        ".\n",
    )


# ---- 9 lottery prize claims ------------------------------------------------------------
def g9a(c):
    w = c.p()
    us = LOCALES["US"]
    addr = c.A(one=False, loc=us, sep="\n   ")
    st, dl = c.DL()
    c.w(
        "PRIZE CLAIM FORM — claims over $600\n",
        "1. Claimant: ",
        c.N(w, c.ch("full", "upper")),
        "\n2. SSN: ",
        c.SSN(),
        "\n3. Address: ",
        addr,
        "\n4. Phone: ",
        c.PH(region="US"),
        "\n",
        "5. ID: ",
        st,
        " driver license ",
        dl,
        "\n6. Ticket serial ",
        _d(c.r, 4),
        "-",
        _d(c.r, 6),
        "-",
        _d(c.r, 3),
        ", draw ",
        c.d(),
        ", prize ",
        "$" + str(c.r.randint(601, 50000)),
        "\n7. Retailer: ",
        c.B(),
        " Mart #",
        str(c.r.randint(100, 999)),
        "\n",
    )


def g9b(c):
    c.w(
        "WINNING TICKET SOLD IN ",
        c.city().upper(),
        "\nA ",
        c.ch("Powerball", "Lotto 6/49", "EuroDreams"),
        " ticket worth ",
        c.money(10000, 900000),
        " was sold at the ",
        c.B(),
        " store on ",
        c.ch("Main Street", "the ring road"),
        " for the ",
        c.d(),
        " draw. The winner has ",
        str(c.r.randint(60, 180)),
        " days to claim. Odds: 1 in ",
        str(c.r.randint(1000000, 30000000)),
        ". ",
        c.pct(),
        " of prizes go unclaimed.\n",
    )


def g9c(c):
    c.case = "lower"
    w = c.p()
    c.w(
        "hello, my name is ",
        c.F(w),
        " and i won ",
        c.money(500, 20000),
        " on the scratch card from ",
        c.B(),
        ". ticket ",
        c.ref("T"),
        ". i don't have a bank account here, can you send it to my sister ",
        c.F(c.p(g="f")),
        "? her iban is ",
        c.IB(),
        ". call me ",
        c.PH(),
        ". ",
        c.ty(),
        "\n",
    )


def g9d(c):
    c.w("VERIFICATION LOG ", c.d(), "\n")
    for _ in range(c.r.randint(2, 3)):
        w = c.p()
        c.w(
            c.tm(),
            " claim ",
            c.ref("CLM"),
            " — ",
            c.N(w),
            " — ",
            c.ch("ID ok", "signature mismatch", "ticket torn, sent to lab"),
            c.maybe(0.5, " — contact ", c.E(w)),
            "\n",
        )
    c.w("Officer: ", c.H(c.p()), "\n")


# ---- 10 crowdfunding updates ---------------------------------------------------------
def g10a(c):
    org, ben = c.p(), c.p()
    c.w(
        "Update #",
        str(c.r.randint(2, 9)),
        " from the organiser\n\n",
        c.hi(),
        " everyone! Thanks to you we reached ",
        c.pct(),
        " of the goal (",
        c.money(1000, 90000),
        "). ",
        c.N(ben, c.ch("given", "full")),
        " had the operation on ",
        c.d(),
        " and is recovering at home.\n",
        "Special thanks to ",
        c.F(c.p()),
        ", ",
        c.N(c.p()),
        " and the ",
        c.ch("choir", "football team", "market women"),
        " of ",
        c.city(),
        ".\n",
        "If you prefer a bank transfer: ",
        c.IB(),
        " (account holder ",
        c.N(org, "full"),
        ").\n— ",
        c.G(org),
        "\n",
    )


def g10b(c):
    c.w("donor_name,amount,currency,message,anonymous\n")
    for _ in range(c.r.randint(3, 5)):
        if c.r.random() < 0.25:
            c.w("Anonymous,", str(c.r.randint(5, 500)), ",", c.L["cur"][0], ",,yes\n")
        else:
            c.w(
                csvq(c.N(c.p())),
                ",",
                str(c.r.randint(5, 500)),
                ",",
                c.L["cur"][0],
                ",",
                c.ch("get well soon", c.ty(), "❤", ["from the ", c.B(), " team"], ""),
                ",no\n",
            )


def g10c(c):
    for _ in range(c.r.randint(3, 4)):
        u = c.p()
        c.w(
            "@",
            c.H(u),
            " · ",
            c.ch("2h", "5h", "1d", "3d"),
            "\n",
            c.ch(
                "Donated! Praying for ",
                "Shared in our group, go go ",
                ["Sent via ", (BRAND, "Fabrikam Pay"), " 🙏 love to "],
            ),
            c.G(c.p()),
            "\n",
        )
    c.w("@", c.HB(), " · 1d\nWe matched the last ", c.money(), "! 💙\n")


def g10d(c):
    c.w(
        "Platform notice: from ",
        c.d(),
        " the fee for campaigns in ",
        c.country(),
        " drops to ",
        c.pct(),
        " + ",
        c.money(1, 3),
        " per donation. Payouts via ",
        c.B(),
        " take 2–5 business days. Campaigns for ",
        c.ch(*STORMS),
        " relief are fee-free. See our help centre or write to ",
        c.RM(role="support"),
        ".\n",
    )


# ---- 11 podcast listener mail ------------------------------------------------------------
def g11a(c):
    li = c.p()
    c.w(
        "Listener mail, episode ",
        str(c.r.randint(40, 300)),
        '\n\n"',
        c.hi(),
        " guys! Long-time listener from ",
        c.city(),
        ". ",
        "My flatmate ",
        c.G(c.p()),
        " and I argue every week about whether ",
        c.pf(),
        " is overrated. Please settle it on air.\n",
        "Also, you mispronounced ",
        c.ch("Ouagadougou", "Reykjavík", "Chișinău", "Ngerulmud"),
        " again 😂\n",
        c.ty(),
        ", ",
        c.G(li),
        " (@",
        c.H(li),
        ')"\n',
    )


def g11b(c):
    c.w(
        "SHOW NOTES — Ep. ",
        str(c.r.randint(10, 300)),
        ": ",
        c.ch("How ", "Why "),
        c.pf(),
        c.ch(" changed football", " won everything", " broke the internet"),
        "\n",
        "00:00 intro  04:12 news: ",
        c.co(),
        " layoffs, ",
        c.ch(*STORMS),
        "  21:30 interview  48:10 listener questions\n",
        "This episode is sponsored by ",
        c.B(),
        " — use code ",
        c.ch("POD", "LISTEN"),
        str(c.r.randint(10, 99)),
        " for ",
        c.pct(),
        " off. Recorded ",
        c.d(),
        ".\n",
    )


def g11c(c):
    c.w("QUESTIONS FOR THE LIVE SHOW (", c.d(), ")\n")
    for _ in range(c.r.randint(3, 4)):
        u = c.p()
        c.w(
            c.ch("— ", "* "),
            c.ch(["@", c.H(u)], ["u/", c.H(u)], c.N(u, "given")),
            " asks: ",
            c.ch(
                "will you ever do a live tour in " + c.city() + "?",
                "what mic do you use?",
                "can you invite " + c.pf() + "?",
                "is the merch shipping to " + c.country() + " yet?",
            ),
            "\n",
        )


def g11d(c):
    w1, w2 = c.p(), c.p()
    c.w(
        "GIVEAWAY WINNERS 🎉\n1. ",
        c.N(w1),
        " (",
        c.ch(c.city(), c.country()),
        ")\n2. @",
        c.H(w2),
        "\n\n",
        "Host note to producer: ship the headphones to ",
        c.G(w1),
        " at ",
        c.A(one=True),
        ", phone ",
        c.PH(),
        ". Second winner still hasn't replied to the DM.\n",
    )


# ---- 12 sports-club memberships -------------------------------------------------------------
def g12a(c):
    m = c.p()
    c.w(
        c.ch("MEMBERSHIP RENEWAL", "Inscription saison", "Renovación de socio"),
        " ",
        c.r.choice(["2025/26", "2026"]),
        " — ",
        c.city(),
        " ",
        c.ch("Rowing Club", "Athletics Club", "Judo Club", "Basket"),
        "\n",
        kv(c.lb("name"), c.F(m)),
        kv("Date of birth", c.d()),
        kv(c.lb("addr"), c.A(one=True)),
        kv(c.lb("phone"), c.PH()),
        kv(c.lb("email"), c.E(m)),
        kv("Emergency contact", c.F(c.p()), ", ", c.PH()),
        kv("Category", c.ch("senior", "U17", "veterans", "family")),
        kv("Fee", c.money()),
    )


def g12b(c):
    c.w("TEAM SHEET vs ", c.ch(*TEAMS), " B — ", c.d(), " kick-off ", c.tm(), "\n")
    for i in range(c.r.randint(5, 8)):
        c.w(str(i + 1), ". ", c.N(c.p(g=c.ch("m", "m", "f")), c.ch("full", "init", "sur", "upper")), "\n")
    co = c.p()
    c.w(
        "Coach: ", c.F(co), "  (", c.PH(), ")\nMeet at the clubhouse ", c.tm(), ". Bus paid by ", c.B(), ".\n"
    )


def g12c(c):
    tr, m = c.p(), c.p()
    c.w(
        "Dear ",
        c.G(m),
        ",\nour records show your ",
        c.d(),
        " membership fee (",
        c.money(),
        ") is unpaid. You can pay by transfer to the club account ",
        c.IB(),
        ", or reply with a card number and I will process it (last season you used ",
        c.CC(),
        ").\n",
        "Sporting regards,\n",
        c.N(tr, "full"),
        ", Treasurer\n",
        c.PH(),
        "\n",
    )


def g12d(c):
    c.w("FIXTURES\n")
    for _ in range(4):
        c.w(
            c.d(),
            "  ",
            c.tm(),
            "  ",
            c.ch(*TEAMS),
            " vs ",
            c.city(),
            " ",
            c.ch("United", "Stars", "Athletic", "Academy"),
            "  (",
            c.ch("home", "away"),
            ")\n",
        )
    c.w("Kit sponsor: ", c.B(), ". Season ticket ", c.money(), ".\n")


# ---- 13 car-dealer service visits ------------------------------------------------------------
def g13a(c):
    cu = c.p()
    c.w(
        "JOB CARD ",
        c.ref("WO"),
        "   ",
        c.d(),
        "\nVehicle: ",
        c.prod(),
        "  VIN ",
        "".join(c.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17)),
        "  km ",
        str(c.r.randint(5000, 300000)),
        "\n",
        kv("Customer", c.T(c.p() if False else cu)),
        kv(c.lb("phone"), c.PH()),
        kv("Work", c.ch("60k service", "brake pads front", "AC regas", "timing belt")),
        kv("Advisor", c.N(c.p(), c.ch("given", "full"))),
        kv("Estimate", c.money(50, 900)),
        kv("Courtesy car", c.ch("yes", "no")),
    )


def g13b(c):
    cu = c.p()
    us = LOCALES["US"]
    addr = c.A(one=True, loc=us)
    st, dl = c.DL()
    c.w(
        "TEST DRIVE LOG — ",
        c.B(),
        " Motors, store #",
        str(c.r.randint(10, 99)),
        "\n",
        c.tm(),
        " out / ",
        c.tm(),
        " back\n",
        "Driver: ",
        c.N(cu),
        "\nLicense: ",
        dl,
        " (",
        st,
        ")\nAddress: ",
        addr,
        "\nPhone: ",
        c.PH(region="US"),
        "\nVehicle: ",
        c.prod(),
        " demo\nSales: ",
        c.H(c.p()),
        "\n",
    )


def g13c(c):
    cu = c.p()
    c.w(
        c.ch("Reminder", "Rappel", "Recordatorio"),
        ": ",
        c.G(cu),
        ", your ",
        c.prod(),
        " is due for service on ",
        c.d(),
        " at ",
        c.tm(),
        ". ",
        "Reply 1 to confirm, 2 to reschedule. ",
        c.B(),
        " Service\n",
        "Reply from ",
        c.PH(),
        ": 2 pls, my husband ",
        c.G(c.p(g="m")),
        " has the car till friday\n",
    )


def g13d(c):
    c.w(
        "SERVICE MENU\nOil & filter ......... ",
        c.money(),
        "\nBrake check ........ free\nAC regas ........... ",
        c.money(),
        "\n",
        "Tyres (",
        c.ch("Michelin", "Bridgestone"),
        ") ..... from ",
        c.money(),
        "\nHybrid battery check for ",
        c.prod(),
        " owners — ",
        c.pct(),
        " off until ",
        c.d(),
        ".\n",
        "Pay with ",
        c.B(),
        ". Open Mon–Sat ",
        c.tm(),
        "–",
        c.tm(),
        ".\n",
    )


# ---- 14 farm co-op supply orders ---------------------------------------------------------------
def g14a(c):
    m = c.p()
    c.w(
        c.ch("CO-OP ORDER SLIP", "BON DE COMMANDE", "ORDEN DE INSUMOS"),
        " ",
        c.ref("ORD"),
        "\nMember no. ",
        str(c.r.randint(100, 9999)),
        "\n",
        kv("Member", c.N(m)),
        kv("Village / address", c.A(one=True)),
        kv(c.lb("phone"), c.PH()),
        "Items: ",
        str(c.r.randint(1, 20)),
        " bags ",
        c.ch("NPK 15-15-15", "urea 46%", "maize seed", "cattle lick"),
        ", ",
        str(c.r.randint(1, 5)),
        " x ",
        c.ch("knapsack sprayer", "hoe", "drip kit"),
        "\nTotal ",
        c.money(50, 2000),
        " — pay on delivery / mobile money\n",
    )


def g14b(c):
    c.w("member\tphone\tcrop\thectares\tbags\n")
    for _ in range(c.r.randint(3, 5)):
        c.w(
            c.N(c.p()),
            "\t",
            c.PH(),
            "\t",
            c.ch("maize", "coffee", "cassava", "rice", "cocoa", "potatoes"),
            "\t",
            str(c.r.randint(1, 12)),
            "\t",
            str(c.r.randint(1, 30)),
            "\n",
        )


def g14c(c):
    c.case = "lower"
    m = c.p()
    c.w(
        c.tm(),
        " ",
        c.G(m),
        ": ",
        c.hi(),
        " boss, the urea has not reached us. the truck driver ",
        c.G(c.p(g="m")),
        " says road is cut after ",
        c.ch(*STORMS),
        "\n",
        c.tm(),
        " depot: send the exact location\n",
        c.tm(),
        " ",
        c.G(m),
        ": ",
        c.A(one=True),
        ". call me ",
        c.PH(),
        "\n",
    )


def g14d(c):
    c.w("PRICE BULLETIN ", c.d(), "\n")
    for _ in range(4):
        c.w(
            c.ch("Maize", "Urea", "DAP", "Coffee parchment", "Cocoa beans", "Rice paddy"),
            ": ",
            c.money(),
            " per ",
            c.ch("50 kg", "tonne", "bag"),
            " (",
            c.ch("+", "-"),
            c.pct(),
            ")\n",
        )
    c.w("Subsidised inputs via ", c.B(), " vouchers. Next AGM ", c.d(), " at the ", c.city(), " depot.\n")


# ---- 15 faith community notices ---------------------------------------------------------------
def g15a(c):
    c.w(
        c.ch("PARISH NOTICES", "Mosque announcements", "Temple notices", "Avis paroissiaux"),
        " — ",
        c.d(),
        "\n",
        "Please pray for the sick: ",
        c.N(c.p()),
        ", ",
        c.N(c.p()),
        c.maybe(0.5, " and ", c.T(c.p())),
        ".\n",
    )
    o = c.p()
    c.w(
        "Youth trip to ",
        c.city(),
        " on ",
        c.d(),
        ": register with ",
        c.F(o),
        " (",
        c.PH(),
        ").\n",
        "Second collection for ",
        c.ch(*STORMS),
        " victims. ",
        c.ty(),
        ".\n",
    )


def g15b(c):
    c.w(
        "SERVICE TIMES\n",
        c.ch("Sunday Mass", "Jumu'ah", "Divine Liturgy", "Puja"),
        ": ",
        c.tm(),
        " and ",
        c.tm(),
        "\n",
        "Choir practice: ",
        c.ch("Thursday", "Wednesday"),
        " ",
        c.tm(),
        "\nRamadan/Lent timetable from ",
        c.d(),
        ". Parking at the ",
        c.B(),
        " lot. ",
        c.maybe(0.5, "Parish secretary: ", c.T(c.p()), ". "),
        "Visiting: ",
        c.ch("Pope Francis' envoy", "the Grand Mufti", "the Archbishop of " + c.city()),
        ".\n",
    )


def g15c(c):
    a, b = c.p(g="m"), c.p(g="f")
    c.w(
        "BANNS OF MARRIAGE\nThere is a purpose of marriage between ",
        c.N(a, "full"),
        ", of ",
        c.A(one=True),
        ", and ",
        c.N(b, "full"),
        ", of ",
        c.A(one=True),
        ". This is the ",
        c.ch("first", "second", "third"),
        " time of asking. Wedding ",
        c.d(),
        ".\n",
    )


def g15d(c):
    d = c.p()
    c.w(
        c.ch("DONATION RECEIPT", "Zakat receipt", "Tithe acknowledgement"),
        " ",
        c.ref("RCPT"),
        "\nReceived from: ",
        c.N(d),
        "\n",
        "Amount: ",
        c.money(10, 2000),
        "\nMethod: ",
        c.ch(["bank transfer to ", c.IB()], ["card ", c.CC()], "cash"),
        "\n",
        "For: ",
        c.ch("roof repair", "orphans fund", "iftar meals", "flood relief"),
        "\nReceived by: ",
        c.T(c.p()),
        "\n",
    )


# ---- 16 tutoring marketplace ------------------------------------------------------------------
def g16a(c):
    t = c.p()
    c.w(
        c.N(t, c.ch("full", "given")),
        " — ",
        c.ch("Maths & Physics", "French for beginners", "IELTS prep", "Piano"),
        " tutor ⭐ 4.",
        str(c.r.randint(5, 9)),
        "\n",
        "@",
        c.H(t),
        " · ",
        c.city(),
        " · ",
        c.money(5, 60),
        "/hour\n",
        '"I studied at ',
        c.ch("Makerere", "UCAD", "the University of " + c.city()),
        " and have ",
        str(c.r.randint(2, 15)),
        " years of experience. Ask about my ",
        c.ch("exam bootcamp", "group classes"),
        '!"\n',
        "Contact only through the ",
        c.B(),
        " chat.\n",
    )


def g16b(c):
    s, t = c.p(), c.p()
    c.w(
        "To: ",
        c.E(s),
        "\nFrom: ",
        c.RM(role="noreply"),
        "\n\nBooking confirmed ✔\nLesson: ",
        c.ch("Chemistry", "Spanish", "Coding"),
        " with ",
        c.F(t),
        "\n",
        "When: ",
        c.d(),
        " ",
        c.tm(),
        "\nWhere: ",
        c.ch(["student's home — ", c.A(one=True)], "online (link in app)"),
        "\nPrice: ",
        c.money(),
        " (order ",
        c.ref("ORD"),
        ")\n",
    )


def g16c(c):
    s, t = c.p(), c.p()
    c.w(
        "[",
        c.tm(),
        "] ",
        c.H(s),
        ": ",
        c.hi(),
        ", can we move tomorrow to ",
        c.tm(),
        "?\n[",
        c.tm(),
        "] ",
        c.H(t),
        ": fine. my number if the app fails: ",
        c.PH(),
        "\n",
        "[",
        c.tm(),
        "] ",
        c.H(s),
        ": my mum ",
        c.T(c.p(g="f")),
        " will pay cash\n[",
        c.tm(),
        "] system: sharing contact details breaks rule 4.2\n",
    )


def g16d(c):
    c.w("payout_id,tutor,iban,amount,status\n")
    for _ in range(c.r.randint(2, 4)):
        c.w(
            c.ref("PO"),
            ",",
            csvq(c.N(c.p(), c.ch("full", "rev"))),
            ",",
            c.IB(),
            ",",
            str(c.r.randint(20, 900)),
            ".00,",
            c.ch("paid", "pending", "failed"),
            "\n",
        )


# ---- 17 blood-donation drives -------------------------------------------------------------------
def g17a(c):
    d = c.p()
    c.w(
        "DONOR REGISTRATION — ",
        c.ch("Red Cross", "Red Crescent", "National Blood Service"),
        " mobile unit\n",
        kv(c.lb("name"), c.N(d)),
        kv("Blood group", c.ch("O+", "A-", "B+", "AB+", "O-")),
        kv(c.lb("phone"), c.PH()),
        kv(c.lb("addr"), c.A(one=True)),
        kv("Last donation", c.d()),
        kv("Hb", f"{c.r.randint(12, 17)}.{c.r.randint(0, 9)} g/dL"),
        kv("Deferred", c.ch("no", "yes — malaria in last 3 months", "no")),
    )


def g17b(c):
    c.w(
        "BLOOD DRIVE 🩸 ",
        c.d(),
        " at ",
        c.ch("the University of " + c.city(), c.city() + " Central Market", ["the ", c.B(), " HQ"]),
        "\n",
        c.tm(),
        "–",
        c.tm(),
        ". Every donation can save 3 lives. Stocks are at ",
        c.pct(),
        " after ",
        c.ch(*STORMS),
        ". ",
        "Bring ID, eat before you come. Partners: ",
        c.B(),
        ", ",
        c.co(),
        ".\n",
    )


def g17c(c):
    d = c.p()
    c.w(
        "Dear ",
        c.G(d),
        ", thank you for donating on ",
        c.d(),
        "! Your blood (",
        c.ch("O+", "A+", "B-"),
        ") was sent to ",
        c.city(),
        " General. ",
        "Next eligible date: ",
        c.d(),
        ". Questions? call ",
        c.PH(),
        " — ",
        c.ch("NBS", "Red Cross"),
        "\n",
    )


def g17d(c):
    c.w("Name | Group | Phone | Status\n")
    for _ in range(c.r.randint(3, 5)):
        c.w(
            c.N(c.p()),
            " | ",
            c.ch("O+", "A+", "B+", "AB-"),
            " | ",
            c.PH(),
            " | ",
            c.ch("donated", "deferred", "no-show"),
            "\n",
        )


# ---- 18 prison visit bookings -------------------------------------------------------------------
def g18a(c):
    v, inm = c.p(), c.p(g="m")
    us = LOCALES["US"]
    addr = c.A(one=True, loc=us)
    st, dl = c.DL()
    c.w(
        "VISIT BOOKING REQUEST\nFacility: ",
        c.ch("County Jail", "State Correctional Institution", "Federal Detention Center"),
        "\n",
        "Inmate: ",
        c.N(inm, c.ch("rev", "upper")),
        "  #",
        _d(c.r, 7),
        "\nVisitor: ",
        c.N(v),
        "  relationship: ",
        c.ch("wife", "mother", "cousin", "friend"),
        "\n",
        "Visitor ID: ",
        st,
        " DL ",
        dl,
        "\nVisitor address: ",
        addr,
        "\nPhone: ",
        c.PH(region="US"),
        "\nRequested slot: ",
        c.d(),
        " ",
        c.tm(),
        "\n",
    )


def g18b(c):
    v, inm = c.p(), c.p(g="m")
    c.w(
        "From: ",
        c.RM(role="visits"),
        "\nTo: ",
        c.E(v),
        "\n\nYour visit with ",
        c.N(inm),
        " (booking ",
        c.ref("VB"),
        ") on ",
        c.d(),
        " at ",
        c.tm(),
        " is confirmed. ",
        "Arrive 30 minutes early. No phones, no ",
        c.prod(),
        ". Money can be deposited via ",
        c.B(),
        ".\n",
    )


def g18c(c):
    c.case = "lower"
    v = c.p()
    c.w(
        "i drove 4 hours to see my son ",
        c.F(c.p(g="m")),
        " and they cancelled the visit at the gate because of a 'lockdown'. nobody called me. ",
        "my number is on the booking ",
        c.PH(),
        ". booking ",
        c.ref("VB"),
        ". i want a refund of the bus ticket ",
        c.money(),
        ". - ",
        c.N(v),
        "\n",
    )


def g18d(c):
    c.w("VISITS SCHEDULE — wing ", c.ch("A", "B", "C"), " — ", c.d(), "\n")
    for _ in range(c.r.randint(3, 5)):
        c.w(
            c.tm(),
            "  table ",
            str(c.r.randint(1, 20)),
            "  ",
            c.N(c.p(g="m"), c.ch("rev", "upper", "full")),
            " ← ",
            c.N(c.p()),
            "\n",
        )


# ---- 19 mortgage broker notes -------------------------------------------------------------------
def g19a(c):
    a1, a2 = c.p(), c.p()
    us = LOCALES["US"]
    c.w(
        "Broker note ",
        c.d(),
        " — file ",
        c.ref("MTG"),
        "\nApplicants ",
        c.F(a1),
        " (SSN ",
        c.SSN(),
        ") and ",
        c.F(a2),
        " (SSN ",
        c.SSN(),
        "), ",
        "currently renting at ",
        c.A(one=True, loc=us),
        ". Combined income ",
        c.money(40000, 200000),
        ", deposit ",
        c.pct(),
        ". ",
        "Looking at a ",
        c.ch("30y fixed", "5/1 ARM"),
        " at ",
        f"{c.r.randint(5, 7)}.{c.r.randint(0, 99):02d}%",
        ". ",
        c.G(a1),
        " is a ",
        c.ch(*JOBS),
        " at ",
        c.co(),
        ". Call back on ",
        c.PH(region="US"),
        ".\n",
    )


def g19b(c):
    a = c.p()
    c.w(
        "FACT FIND\n",
        kv("Applicant", c.N(a, c.ch("full", "rev"))),
        kv(c.lb("addr"), c.A(one=True)),
        kv(c.lb("phone"), c.PH()),
        kv(c.lb("email"), c.E(a)),
        kv("Salary account", c.IB()),
        kv("Employer", c.co()),
        kv("Monthly net", c.money(500, 8000)),
        kv("Existing loans", c.ch("car loan " + c.money(), "none", "student loan")),
        kv("Property", c.ch("2-bed flat", "plot + house", "duplex")),
    )


def g19c(c):
    a, u = c.p(), c.p()
    c.w(
        "Hi ",
        c.G(u),
        ",\n\nSending over the pack for ",
        c.N(a),
        " (case ",
        c.ref("MTG"),
        "). Valuation came back at ",
        c.money(50000, 500000),
        ", LTV ",
        c.pct(),
        ". Her payslips and the ",
        c.B(),
        " statements are attached. Let me know if underwriting needs anything else.\n\nCheers,\n",
        c.F(c.p()),
        "\n",
    )


def g19d(c):
    c.w("RATE SHEET ", c.d(), "\n")
    for _ in range(4):
        c.w(
            c.ch("2y fixed", "5y fixed", "tracker", "10y fixed"),
            "  ",
            f"{c.r.randint(3, 9)}.{c.r.randint(0, 99):02d}%",
            "  fee ",
            c.money(),
            "  max LTV ",
            c.pct(),
            "\n",
        )
    c.w("Lenders: ", c.B(), ", ", c.co(), ". Rates subject to change.\n")


# ---- 20 warranty claims -------------------------------------------------------------------------
def g20a(c):
    cu = c.p()
    c.w(
        "WARRANTY CLAIM ",
        c.ref("WC"),
        "\nProduct: ",
        c.prod(),
        "  serial ",
        _L(c.r, 2),
        _d(c.r, 8),
        "\nPurchased: ",
        c.d(),
        " at ",
        c.B(),
        "\n",
        kv(c.lb("name"), c.F(cu)),
        kv(c.lb("addr"), c.A(one=True)),
        kv(c.lb("phone"), c.PH()),
        kv(c.lb("email"), c.E(cu)),
        kv("Fault", c.ch("screen flicker", "battery swelling", "won't power on", "fan noise")),
    )


def g20b(c):
    cu = c.p()
    c.w(
        '{"claim": "',
        c.ref("WC"),
        '", "sku": "',
        _L(c.r, 3),
        "-",
        _d(c.r, 4),
        '", "customer": {"name": "',
        c.F(cu),
        '", "phone": "',
        c.PH(),
        '", "email": "',
        c.E(cu),
        '"}, "ship_to": "',
        c.A(one=True),
        '", "status": "',
        c.ch("approved", "rejected", "awaiting photos"),
        '"}\n',
    )


def g20c(c):
    cu = c.p()
    c.w(
        "Subject: my ",
        c.prod(),
        " died after 3 months\n\n",
        c.hi(),
        ",\nI bought it on ",
        c.d(),
        " (order ",
        c.ref("ORD"),
        ") and it no longer charges. ",
        "Your agent ",
        c.G(c.p()),
        " told me to wait. Please collect it from ",
        c.A(one=True),
        " or refund ",
        c.money(),
        ".\n",
        c.G(cu),
        " ",
        c.PH(),
        "\n",
    )


def g20d(c):
    c.case = "lower"
    cu = c.p()
    c.w(
        "tech notes ",
        c.ref("WC"),
        ": visited ",
        c.N(cu),
        " at ",
        c.A(one=True),
        ". ",
        c.prod(),
        " board fried, power surge — not covered. ",
        "customer angry, wants to speak to manager. told her to call ",
        c.RM(role="claims"),
        ". next: quote ",
        c.money(),
        "\n",
    )


# ---- 21 library holds ----------------------------------------------------------------------------
def g21a(c):
    pa = c.p()
    c.w(
        "To: ",
        c.E(pa),
        "\nFrom: ",
        c.RM(role="noreply", dom="library.example"),
        "\n\nDear ",
        c.N(pa, c.ch("given", "full")),
        ",\n",
        'The item you reserved is ready: "',
        c.ch("Things Fall Apart", "One Hundred Years of Solitude", "Independent People", "The Alchemist"),
        '". ',
        "Collect by ",
        c.d(),
        " at the ",
        c.city(),
        " branch (desk ",
        str(c.r.randint(1, 5)),
        "). Card ending ",
        c.l4(),
        ".\n",
    )


def g21b(c):
    c.w("barcode\tpatron\ttitle\tdue\tbranch\n")
    for _ in range(c.r.randint(3, 5)):
        c.w(
            _d(c.r, 12),
            "\t",
            c.N(c.p(), c.ch("rev", "full", "revplain")),
            "\t",
            c.ch("Atlas of Africa", "Harry Potter 3", "Python Crash Course", "Njál's Saga"),
            "\t",
            c.d(),
            "\t",
            c.city(),
            "\n",
        )


def g21c(c):
    pa = c.p()
    c.w(
        c.city(),
        " Library: ",
        c.G(pa),
        ", ",
        str(c.r.randint(1, 4)),
        " item(s) overdue since ",
        c.d(),
        ". Fine ",
        c.money(1, 20),
        ". Renew at ",
        c.ch("lib.example/renew", "any branch"),
        ". Reply STOP to ",
        c.PH(),
        " to opt out.\n",
    )


def g21d(c):
    c.w(
        "NEW ARRIVALS ",
        c.d(),
        "\n- ",
        c.ch(
            "Long Walk to Freedom — Nelson Mandela",
            "Born a Crime — Trevor Noah",
            "The Hill We Climb — Amanda Gorman",
        ),
        "\n- ",
        c.ch(
            "Americanah — Chimamanda Ngozi Adichie",
            "Half of a Yellow Sun — Chimamanda Ngozi Adichie",
            "Purple Hibiscus — Chimamanda Ngozi Adichie",
        ),
        "\n- Cookbook by the ",
        c.ch(*TEAMS),
        " chef\nDonated by ",
        c.B(),
        ". Storytime Saturdays ",
        c.tm(),
        ".\n",
        c.maybe(0.5, "Book club led by ", c.N(c.p(), c.ch("full", "given")), " meets ", c.d(), ".\n"),
    )


# ---- 22 wedding RSVPs ----------------------------------------------------------------------------
def g22a(c):
    c.w("RSVP replies (", c.d(), ")\n")
    for _ in range(c.r.randint(3, 4)):
        g = c.p()
        c.w(
            c.ch("✅ ", "❌ ", "❓ "),
            c.N(g),
            c.ch(" + 1", "", " & kids", ""),
            c.maybe(0.3, " + ", c.G(c.p())),
            " — ",
            c.ch("vegetarian", "no pork", "halal", "nut allergy", "-"),
            "\n",
        )


def g22b(c):
    c.w("guest,side,table,phone,address\n")
    for _ in range(c.r.randint(2, 4)):
        c.w(
            csvq(c.N(c.p())),
            ",",
            c.ch("bride", "groom"),
            ",",
            str(c.r.randint(1, 30)),
            ",",
            c.PH(),
            ",",
            csvq(c.A(one=True)[0]),
            "\n",
        )


def g22c(c):
    a, b = c.p(), c.p()
    c.w(
        "[",
        c.tm(),
        "] ",
        c.G(a),
        ": can someone send me the address for the henna night?\n[",
        c.tm(),
        "] ",
        c.G(b),
        ": ",
        c.A(one=True),
        " — it's auntie ",
        c.G(c.p(g="f")),
        "'s place\n[",
        c.tm(),
        "] ",
        c.G(a),
        ": ",
        c.ty(),
        "! and the DJ's number?\n[",
        c.tm(),
        "] ",
        c.G(b),
        ": ",
        c.PH(),
        "\n",
    )


def g22d(c):
    a, b = c.p(g="f"), c.p(g="m")
    c.w(
        "Together with their families\n",
        c.N(a, "full"),
        "\n&\n",
        c.N(b, "full"),
        "\n",
        "request the pleasure of your company\non ",
        c.d(),
        " at ",
        c.tm(),
        "\n",
        c.ch("Hotel Ivoire", "the Radisson Blu", "Villa Rosa gardens", "St Mary's Cathedral"),
        ", ",
        c.city(),
        "\nRSVP to ",
        c.G(a),
        " ",
        c.PH(),
        " or ",
        c.RM(role="rsvp", dom="ourwedding.example"),
        "\n",
    )


# ---- 23 elder-care visit logs ------------------------------------------------------------------
def g23a(c):
    cl = c.p()
    c.w("VISIT LOG — client ", c.T(cl, "full"), " — ", c.d(), "\n")
    for _ in range(c.r.randint(3, 4)):
        c.w(
            c.tm(),
            " ",
            c.ch(
                "arrived, client in good spirits",
                "meds given (metformin 500mg)",
                "lunch: soup, ate half",
                "helped with shower",
                "BP 140/90, reported to nurse",
                "daughter called",
            ),
            "\n",
        )
    c.w("Carer: ", c.N(c.p(), c.ch("given", "full")), "   Next visit ", c.tm(), "\n")


def g23b(c):
    cl = c.p()
    c.w(
        "CARE PLAN\n",
        kv("Client", c.N(cl, c.ch("rev", "full"))),
        kv(c.lb("addr"), c.A(one=True)),
        kv("Key safe code", c.otp()),
        kv("GP", c.ch("Dr ", "Dra. ", "Dr. "), c.N(c.p(), "sur")),
        kv("Next of kin", c.F(c.p()), " ", c.PH()),
        kv("Conditions", c.ch("diabetes", "dementia (early)", "hypertension", "hip replacement")),
        kv("Visits", "3x daily"),
    )


def g23c(c):
    cl, f = c.p(g="f"), c.p()
    c.w(
        "Dear ",
        c.G(f),
        ",\nyour ",
        c.ch("mother", "grandmother", "aunt"),
        " ",
        c.N(cl, "given"),
        " had a good week. She walked to the ",
        c.ch("garden", "market", "mosque"),
        " on ",
        c.d(),
        ". We noticed less appetite; the nurse will review. Invoice ",
        c.ref("INV"),
        " (",
        c.money(),
        ") due ",
        c.d(),
        ".\n— ",
        c.F(c.p()),
        ", care coordinator, ",
        c.PH(),
        "\n",
    )


def g23d(c):
    c.w("time,client,medication,dose,given_by\n")
    for _ in range(c.r.randint(3, 4)):
        c.w(
            c.tm(),
            ",",
            csvq(c.N(c.p())),
            ",",
            c.ch("paracetamol", "amlodipine", "insulin", "donepezil"),
            ",",
            c.ch("500mg", "5mg", "10u", "1 tab"),
            ",",
            c.H(c.p()),
            "\n",
        )


# ---- 24 scholarship applications -------------------------------------------------------------------
def g24a(c):
    s = c.p()
    c.w(
        "SCHOLARSHIP APPLICATION ",
        c.ref("SCH"),
        "\n",
        kv(c.lb("name"), c.F(s)),
        kv("Date of birth", c.d()),
        kv(c.lb("addr"), c.A(one=True)),
        kv(c.lb("phone"), c.PH()),
        kv(c.lb("email"), c.E(s)),
        kv("School", c.ch("Lycée Classique", "St Mary's High", "Colegio Nacional")),
        kv("GPA", f"{c.r.randint(2, 4)}.{c.r.randint(0, 9)}"),
        kv("Parent/guardian", c.F(c.p()), ", ", c.ch(*JOBS)),
    )


def g24b(c):
    s, ref = c.p(), c.p()
    c.w(
        "To the selection committee,\n\nI have taught ",
        c.N(s, "full"),
        " for three years. ",
        c.G(s),
        " ranked first of ",
        str(c.r.randint(40, 200)),
        " students and led our ",
        c.ch("robotics", "debate", "science"),
        " club to the national finals in ",
        c.city(),
        ". ",
        "I recommend ",
        c.ch("him", "her"),
        " without reservation.\n\n",
        c.F(ref),
        "\n",
        c.ch("Head of Mathematics", "Principal"),
        "\n",
        c.E(ref),
        " | ",
        c.PH(),
        "\n",
    )


def g24c(c):
    c.w(
        "SHORTLIST — ",
        c.ch("Engineering", "Medicine", "Agriculture"),
        " track\n# | Candidate | Score | Interview\n",
    )
    for i in range(c.r.randint(3, 5)):
        c.w(
            str(i + 1),
            " | ",
            c.N(c.p(), c.ch("full", "rev", "upper")),
            " | ",
            str(c.r.randint(60, 99)),
            " | ",
            c.d(),
            " ",
            c.tm(),
            "\n",
        )


def g24d(c):
    c.w(
        "CALL FOR APPLICATIONS — ",
        c.B(),
        " Futures Scholarship ",
        c.ch("2025", "2026"),
        "\n",
        str(c.r.randint(10, 100)),
        " full scholarships for students from ",
        c.country(),
        ". Covers tuition up to ",
        c.money(1000, 20000),
        ". Deadline ",
        c.d(),
        ".\n",
        "Fields: STEM, public health (",
        c.ch(*DISEASES),
        " research), agriculture. In partnership with ",
        c.co(),
        ".\n",
    )


# ---- 25 parking & towing disputes --------------------------------------------------------------------
def g25a(c):
    d = c.p()
    us = LOCALES["US"]
    addr = c.A(one=False, loc=us)
    st, dl = c.DL()
    c.w(
        c.F(d),
        "\n",
        addr,
        "\n\n",
        c.d(),
        "\n\nRe: tow ",
        c.ref("TOW"),
        "\n\nMy car was towed from the ",
        c.B(),
        " lot on ",
        c.d(),
        " although I had a valid permit. ",
        "I am the registered owner (",
        st,
        " driver's license ",
        dl,
        "). I paid ",
        "$" + str(c.r.randint(150, 450)),
        " to release it and request a full refund.\n\nSincerely,\n",
        c.N(d, "full"),
        "\n",
        c.PH(region="US"),
        "\n",
    )


def g25b(c):
    c.w("tow_id\tplate\tmake\tlot\towner\tphone\treleased\n")
    for _ in range(c.r.randint(2, 4)):
        c.w(
            c.ref("T"),
            "\t",
            _L(c.r, 3),
            "-",
            _d(c.r, 4),
            "\t",
            c.prod(),
            "\t",
            c.ch("Lot 4", [c.B(), " garage"], "Main St"),
            "\t",
            c.N(c.p()),
            "\t",
            c.PH(),
            "\t",
            c.ch("yes", "no"),
            "\n",
        )


def g25c(c):
    d = c.p()
    c.w(
        '{"appeal_id": "',
        c.ref("AP"),
        '", "pcn": "',
        _L(c.r, 2),
        _d(c.r, 8),
        '", "appellant": "',
        c.F(d),
        '", "email": "',
        c.E(d),
        '", "address": "',
        c.A(one=True),
        '", "grounds": "',
        c.ch("signage unclear", "loading goods", "medical emergency"),
        '", "ip": "',
        c.IP(),
        '"}\n',
    )


def g25d(c):
    c.case = "lower"
    c.w(
        "psa for everyone in ",
        c.city(),
        ": ",
        c.B(),
        " parking on ",
        c.ch("the ring road", "2nd avenue", "the mall"),
        " tows after 10 minutes!!! ",
        "they took my car at ",
        c.tm(),
        " and want ",
        c.money(),
        ". if this happened to you message me, we are doing a group complaint with ",
        c.F(c.p()),
        " (lawyer). #towing #scam\n",
    )


# ---- 26 pet adoption ---------------------------------------------------------------------------------
def g26a(c):
    a = c.p()
    c.w(
        "ADOPTION APPLICATION — for ",
        c.pet(),
        " (",
        c.ch(*SPECIES),
        ")\n",
        kv(c.lb("name"), c.F(a)),
        kv(c.lb("addr"), c.A(one=True)),
        kv(c.lb("phone"), c.PH()),
        kv(c.lb("email"), c.E(a)),
        kv("Home", c.ch("flat with balcony", "house with garden", "farm")),
        kv("Other pets", c.ch("1 cat", "none", "2 dogs")),
        kv("Landlord", c.F(c.p()), " (allows pets)"),
    )


def g26b(c):
    c.w("ADOPT ME 🐾\n")
    for _ in range(4):
        c.w(
            c.pet(),
            " — ",
            c.ch(*SPECIES),
            ", ",
            str(c.r.randint(1, 9)),
            " y, ",
            c.ch("vaccinated", "neutered", "shy but sweet", "good with kids"),
            "\n",
        )
    c.w(
        "Adoption fee ",
        c.money(),
        ". Open day ",
        c.d(),
        " at the ",
        c.city(),
        " shelter, sponsored by ",
        c.B(),
        ".\n",
    )


def g26c(c):
    a = c.p()
    c.w(
        "HOME CHECK ",
        c.d(),
        " — applicant ",
        c.N(a),
        "\nAddress visited: ",
        c.A(one=True),
        "\n",
        "Fenced yard: ",
        c.ch("yes", "partly"),
        ". Partner ",
        c.G(c.p()),
        " present. Kids aged ",
        str(c.r.randint(2, 14)),
        ". Recommend: ",
        c.ch("approve", "approve with follow-up", "decline"),
        ". Volunteer ",
        c.H(c.p()),
        "\n",
    )


def g26d(c):
    f, s = c.p(), c.p()
    pet = c.pet()
    c.w(
        c.tm(),
        " ",
        c.G(s),
        ": how is ",
        pet,
        " settling in?\n",
        c.tm(),
        " ",
        c.G(f),
        ": she hid under the bed all night 😅 ate this morning\n",
        c.tm(),
        " ",
        c.G(s),
        ": normal! vet check is with ",
        c.ch("Dr ", "Dra. "),
        c.N(c.p(), "sur"),
        " on ",
        c.d(),
        "\n",
        c.tm(),
        " ",
        c.G(f),
        ": ok. new number btw ",
        c.PH(),
        "\n",
    )


# ---- 27 translation agency jobs --------------------------------------------------------------------
def g27a(c):
    cl, tr = c.p(), c.p()
    c.w(
        "JOB ORDER ",
        c.ref("TR"),
        "\n",
        kv("Client", c.F(cl)),
        kv(c.lb("email"), c.E(cl)),
        kv(
            "Document",
            c.ch("birth certificate", "diploma + transcript", "police clearance", "marriage certificate"),
        ),
        kv("Pair", c.ch("FR>EN", "AR>EN", "PT>EN", "RU>DE", "ES>EN")),
        kv("Certified", c.ch("yes", "no")),
        kv("Translator", c.H(tr)),
        kv("Deadline", c.d()),
        kv("Price", c.money()),
    )


def g27b(c):
    c.w("translator,login,pairs,iban,rate_per_word\n")
    for _ in range(c.r.randint(2, 4)):
        t = c.p()
        c.w(
            csvq(c.N(t, c.ch("full", "rev"))),
            ",",
            c.H(t),
            ",",
            c.ch("FR-EN", "AR-EN", "PT-EN", "RU-EN"),
            ",",
            c.IB(),
            ",0.",
            str(c.r.randint(5, 15)),
            "\n",
        )


def g27c(c):
    cl = c.p()
    c.w(
        "Hello ",
        c.G(cl),
        ",\n\nThanks for the scan. The stamp on page 2 is unreadable; could your father ",
        c.F(c.p(g="m")),
        " send a clearer copy? ",
        "Quote: ",
        c.money(),
        " for ",
        str(c.r.randint(2, 9)),
        " pages, ready ",
        c.d(),
        ". Courier to ",
        c.A(one=True),
        "?\n\n",
        c.N(c.p(), "full"),
        "\nProject manager\n",
    )


def g27d(c):
    ch_ = c.p()
    fa, mo = c.p(g="m"), c.p(g="f")
    c.w(
        "[CERTIFIED TRANSLATION — ",
        c.ref("TR"),
        "]\nBIRTH CERTIFICATE\n",
        kv("Surname", c.N(ch_, "sur")),
        kv("Given names", c.N(ch_, "given")),
        kv("Date of birth", c.d()),
        kv("Place of birth", c.city()),
        kv("Father", c.N(fa, "full")),
        kv("Mother", c.N(mo, "full")),
        kv("Residence", c.A(one=True)),
        "Translated by ",
        c.F(c.p()),
        ", sworn translator no. ",
        str(c.r.randint(100, 999)),
        "\n",
    )


# ---- 28 fishing-licence desk -----------------------------------------------------------------------
def g28a(c):
    a = c.p()
    us = LOCALES["US"]
    addr = c.A(one=True, loc=us)
    st, dl = c.DL()
    c.w(
        "RESIDENT FISHING LICENSE APPLICATION\n",
        kv("Name", c.N(a, c.ch("full", "upper"))),
        kv("DOB", c.d()),
        kv("Address", addr),
        kv("ID", [st, " DL ", dl]),
        kv("Phone", c.PH(region="US")),
        kv("License type", c.ch("annual freshwater", "3-day saltwater", "senior lifetime")),
        kv("Fee", "$" + str(c.r.randint(10, 60))),
    )


def g28b(c):
    c.w(
        "FISHING REGULATIONS ",
        c.ch("2025", "2026"),
        " — ",
        c.city(),
        " district\n- Closed season ",
        c.d(),
        " – ",
        c.d(),
        "\n",
        "- Bag limit: ",
        str(c.r.randint(2, 10)),
        " per day, minimum size ",
        str(c.r.randint(20, 45)),
        " cm\n- Licences at ",
        c.B(),
        " outlets or the ministry desk.\n",
        "- Fines up to ",
        c.money(100, 2000),
        ". Lake ",
        c.ch("Kariba", "Titicaca", "Ohrid", "Mývatn"),
        " has extra rules.\n",
    )


def g28c(c):
    c.w("DESK LOG ", c.d(), "\n")
    for _ in range(c.r.randint(3, 4)):
        c.w(
            c.tm(),
            " ",
            c.ch("licence sold", "renewal", "lost licence reissued", "enquiry"),
            " — ",
            c.N(c.p()),
            c.maybe(0.5, " — ", c.PH()),
            "\n",
        )


def g28d(c):
    f = c.p()
    c.w(
        "WARDEN REPORT ",
        c.ref("WR"),
        "\nAt ",
        c.tm(),
        " on ",
        c.d(),
        " I found ",
        c.N(f),
        " fishing with a ",
        c.ch("gill net", "dynamite", "undersized mesh"),
        " near ",
        c.ch("the dam", "the river mouth", "the jetty"),
        ". He gave his address as ",
        c.A(one=True),
        " and phone ",
        c.PH(),
        ". ",
        "Catch seized: ",
        str(c.r.randint(2, 40)),
        " kg. Fine ",
        c.money(),
        ".\nWarden ",
        c.N(c.p(), c.ch("init", "sur")),
        "\n",
    )


# ---- 29 hackathon registrations --------------------------------------------------------------------
def g29a(c):
    p = c.p()
    c.w(
        '{"event": "',
        c.B(),
        " Hack ",
        c.ch("2025", "2026"),
        '", "participant": {"name": "',
        c.F(p),
        '", "github": "',
        c.H(p),
        '", "email": "',
        c.E(p),
        '", "phone": "',
        c.PH(),
        '"}, "team": "',
        c.ch("Byte Me", "Null Pointers", "404 Sleep"),
        '", "tshirt": "',
        c.ch("S", "M", "L", "XL"),
        '", "diet": "',
        c.ch("vegan", "halal", "none"),
        '"}\n',
    )


def g29b(c):
    c.w("| team | members | repo |\n|---|---|---|\n")
    for _ in range(c.r.randint(2, 3)):
        a, b = c.p(), c.p()
        c.w(
            "| ",
            c.ch("Team Baobab", "Fjord Coders", "Los Bits", "Team Kora"),
            " | @",
            c.H(a),
            ", @",
            c.H(b),
            " | github.com/",
            c.H(a),
            "/",
            c.ch("agri-bot", "clinic-queue", "tow-alert"),
            " |\n",
        )


def g29c(c):
    a, b = c.p(), c.p()
    c.w(
        c.tm(),
        " <",
        c.H(a),
        "> anyone got a spare HDMI?\n",
        c.tm(),
        " <",
        c.H(b),
        "> table 12, ask ",
        c.G(c.p()),
        "\n",
        c.tm(),
        " <",
        c.ch("HackBot", [c.B(), "-bot"]),
        "> demo slots open at ",
        c.tm(),
        "\n",
        c.tm(),
        " <",
        c.H(a),
        "> ",
        c.ty(),
        "!\n",
    )


def g29d(c):
    c.w(
        "AGENDA\n",
        c.tm(),
        " doors open · ",
        c.tm(),
        " keynote by ",
        c.pf(),
        "\n",
        c.tm(),
        " hacking starts · midnight pizza (",
        c.co(),
        ")\n",
        c.tm(),
        " demos · prizes: ",
        c.money(500, 5000),
        " from ",
        c.B(),
        ", ",
        c.prod(),
        " for runners-up\nWi-Fi: Hack",
        c.ch("2025", "2026"),
        " / ",
        c.otp(),
        "\n",
    )


# ==========================================================================
# registry, generation, validation
# ==========================================================================
GENRES = [
    ("veterinary records", [g0a, g0b, g0c, g0d]),
    ("funeral-home arrangements", [g1a, g1b, g1c, g1d]),
    ("daycare pick-up", [g2a, g2b, g2c, g2d]),
    ("immigration consultancy", [g3a, g3b, g3c, g3d]),
    ("dating-app safety", [g4a, g4b, g4c, g4d]),
    ("consular lost passports", [g5a, g5b, g5c, g5d]),
    ("coworking access", [g6a, g6b, g6c, g6d]),
    ("moving companies", [g7a, g7b, g7c, g7d]),
    ("repair & pawn shops", [g8a, g8b, g8c, g8d]),
    ("lottery prize claims", [g9a, g9b, g9c, g9d]),
    ("crowdfunding updates", [g10a, g10b, g10c, g10d]),
    ("podcast listener mail", [g11a, g11b, g11c, g11d]),
    ("sports-club memberships", [g12a, g12b, g12c, g12d]),
    ("car-dealer service", [g13a, g13b, g13c, g13d]),
    ("farm co-op orders", [g14a, g14b, g14c, g14d]),
    ("faith community notices", [g15a, g15b, g15c, g15d]),
    ("tutoring marketplace", [g16a, g16b, g16c, g16d]),
    ("blood-donation drives", [g17a, g17b, g17c, g17d]),
    ("prison visit bookings", [g18a, g18b, g18c, g18d]),
    ("mortgage broker notes", [g19a, g19b, g19c, g19d]),
    ("warranty claims", [g20a, g20b, g20c, g20d]),
    ("library holds", [g21a, g21b, g21c, g21d]),
    ("wedding RSVPs", [g22a, g22b, g22c, g22d]),
    ("elder-care visit logs", [g23a, g23b, g23c, g23d]),
    ("scholarship applications", [g24a, g24b, g24c, g24d]),
    ("parking & towing", [g25a, g25b, g25c, g25d]),
    ("pet adoption", [g26a, g26b, g26c, g26d]),
    ("translation agency", [g27a, g27b, g27c, g27d]),
    ("fishing-licence desk", [g28a, g28b, g28c, g28d]),
    ("hackathon registrations", [g29a, g29b, g29c, g29d]),
]
TEMPLATES = [f for _, fs in GENRES for f in fs]
N_TEMPLATES = len(TEMPLATES)


def build_row(tid: int, r: random.Random, code: str | None = None) -> dict:
    code = code or r.choice(LOCALE_CODES)
    c = Ctx(r, LOCALES[code])
    x = r.random()
    if x < 0.06:
        c.case = "lower"
    elif x < 0.09:
        c.case = "upper"
    TEMPLATES[tid](c)
    text = c.text()
    spans = sorted(c.spans, key=lambda s: s["start"])
    return {"text": text, "spans": spans, "template_id": tid, "locale": code, "brands": list(c.brands)}


def generate(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    order: list[int] = []
    rows = []
    for _ in range(n):
        if not order:
            order = list(range(N_TEMPLATES))
            rng.shuffle(order)
        tid = order.pop()
        rows.append(build_row(tid, random.Random(rng.getrandbits(64))))
    return rows


_ALL_BRANDS = sorted(set(BRANDS) | set(HANDLE_BRANDS), key=len, reverse=True)


def validate_row(row: dict) -> list[str]:
    errs = []
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        return ["empty text"]
    if set(row) != {"text", "spans", "template_id", "locale", "brands"}:
        errs.append(f"keys {sorted(row)}")
    if not (0 <= row["template_id"] < N_TEMPLATES) or row["locale"] not in LOCALES:
        errs.append("bad template/locale")
    prev = 0
    for s in row["spans"]:
        lab, a, b, v = s["label"], s["start"], s["end"], s["value"]
        if lab not in LABELS:
            errs.append(f"label {lab}")
        if a < prev:
            errs.append(f"overlap/unsorted at {a}")
        prev = b
        if text[a:b] != v:
            errs.append(f"slice mismatch {v!r}")
        if not v or v != v.strip() or "\n" in v:
            errs.append(f"whitespace in {v!r}")
        if lab == CARD and not luhn_ok(v):
            errs.append(f"luhn {v}")
        if lab == IBAN and not iban_ok(v):
            errs.append(f"iban {v}")
        if lab == PERSON and (v.startswith("@") or v.lower().startswith("u/")):
            errs.append(f"handle prefix in {v}")
        if lab == EMAIL and v.split("@")[0].lower() in ROLE_LOCALS:
            errs.append(f"role mailbox labelled {v}")
        if lab == PERSON and any(v.lower() == b.lower() for b in _ALL_BRANDS):
            errs.append(f"brand as person {v}")
    # brands: every occurrence listed, exactly as written
    masked = text.lower()
    found = Counter()
    for b in _ALL_BRANDS:
        bl = b.lower()
        k = masked.count(bl)
        if k:
            found[bl] += k
            masked = masked.replace(bl, "\x00" * len(bl))
    listed = Counter(b.lower() for b in row["brands"])
    if found != listed:
        errs.append(f"brands listed {dict(listed)} vs found {dict(found)}")
    for b in row["brands"]:
        if b not in text:
            errs.append(f"brand {b!r} not written as listed")
    spans_txt = [(s["start"], s["end"]) for s in row["spans"]]
    for b in set(row["brands"]):
        for m in re.finditer(re.escape(b), text):
            if any(a < m.end() and m.start() < e for a, e in spans_txt):
                errs.append(f"brand inside span {b}")
    return errs


def _check() -> int:
    bad, rows = 0, []
    for seed in (1, 2, 3, 11, 12345):
        rows += generate(1200, seed)
    labels, locs, tids, nopii = Counter(), Counter(), Counter(), 0
    for row in rows:
        e = validate_row(row)
        if e:
            bad += 1
            if bad <= 15:
                print("FAIL", row["template_id"], row["locale"], e[:3], repr(row["text"][:200]))
        labels.update(s["label"] for s in row["spans"])
        locs[row["locale"]] += 1
        tids[row["template_id"]] += 1
        nopii += not row["spans"]
    # determinism
    if json.dumps(generate(50, 7)) != json.dumps(generate(50, 7)):
        print("FAIL: not deterministic")
        bad += 1
    print(
        f"rows {len(rows)}  failures {bad}  genres {len(GENRES)}  templates {N_TEMPLATES}  locales {len(LOCALES)}"
    )
    print(f"rows without PII: {nopii} ({100 * nopii / len(rows):.1f}%)")
    print("labels:", dict(labels.most_common()))
    print("locales:", dict(sorted(locs.items())))
    print("template count min/max:", min(tids.values()), max(tids.values()), "templates seen:", len(tids))
    return 1 if bad else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args(argv)
    if a.check:
        return _check()
    for row in generate(a.n, a.seed):
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
