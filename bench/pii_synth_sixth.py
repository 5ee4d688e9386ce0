"""Sixth blind synthetic PII generator (data card).

What the texts look like
    Short documents a crisis-monitoring platform might ingest about incidents, people and companies:
    news paragraphs quoting private witnesses, obituaries, missing-pet posts, neighbourhood-watch alerts,
    volunteer rotas (pipe/tab tables), e-mail threads with quoted replies, SMS/WhatsApp forwards,
    voicemail transcripts with spoken digits, OCR'd letters with odd line breaks, bank statement lines,
    delivery notes, police narratives, loss-adjuster notes, tenant complaints, data-subject-access
    requests, job applications/references, school absence notes, appointment reminders, guest lists,
    club renewals, crowdfunding pages, review replies, forum posts with signatures, YAML/INI configs,
    CSV exports, git logs, calendar invites and ticket escalations with @mentions.  Four genres carry
    no PII at all (product press releases, storm warnings, match reports naming athletes, market notes),
    so roughly 12 % of rows are PII-free.  PII texts also carry hard negatives: order/ticket/case/
    tracking numbers, booking refs, flight numbers, dates, times, amounts, percentages, versions,
    store ids, card last-four digits, OTP codes, policy numbers, job titles, public figures,
    companies, products, teams, storms and bare cities/countries.

Genres / templates
    32 genres x 4 templates = 128 templates; genre g owns template ids 4g..4g+3 (see GENRES).

Locales
    47 locales (IE, GB-SCT, GB-WLS, PT, ES, IT, CH, AT, PL, LT, LV, EE, FI, DK, NO, GR, CY, BG, RS, HR,
    HU, SK, TR, LB, JO, QA, KW, PK, IN, MY, SG, ID, PH, VN, JP, KR, AU, NZ, ZA, NG, KE, ET, BR, CO, MX,
    US, CA) with native name order, address layout and phone numbering (numbers drawn with
    `phonenumbers` and kept only when valid).  About a fifth of rows mix in the local language and,
    for GR/CY/BG/RS/LB/JO/QA/KW/JP/KR/ET, sometimes native-script names and addresses.

Labels
    CREDIT_CARD (Luhn-valid), EMAIL_ADDRESS (personal mailboxes only; role boxes unlabelled),
    PHONE_NUMBER (as written, extension included, spoken forms in voicemails), IBAN_CODE (mod-97),
    US_SSN, IP_ADDRESS (v4/v6), US_DRIVER_LICENSE (state name outside the span; rows with SSN or DL are
    always locale US), PERSON (private people in any written form and handles built from names, without
    "@"/"u/"; titles/honorifics and possessive "'s" outside), STREET_ADDRESS (number + street with
    flat/unit and, when written alongside, district/postcode/city as one span; a city alone is not
    labelled).

Row format
    {"text", "spans": [{"label", "start", "end", "value"}], "template_id", "locale", "brands"}
    Spans are sorted and non-overlapping, text[start:end] == value.  `brands` lists the watch terms
    (BRANDS / HANDLE_BRANDS from pii_synth) in order of appearance; they never fall inside a span.

Usage
    python pii_synth_sixth.py --n 1500 --seed 0 > rows.jsonl
    python pii_synth_sixth.py --check
    from pii_synth_sixth import generate; rows = generate(1500, seed=0)
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import random
import re
import string
import sys
import unicodedata

import phonenumbers
from pii_synth import BRANDS, HANDLE_BRANDS

LABELS = {
    "CREDIT_CARD",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "IBAN_CODE",
    "US_SSN",
    "IP_ADDRESS",
    "US_DRIVER_LICENSE",
    "PERSON",
    "STREET_ADDRESS",
}


def S(s: str) -> list[str]:
    return s.split("|")


# ----------------------------------------------------------------------------------------------------
# Locales: region, language, names (given lists alternate female/male), streets, cities, postcode
# pattern (# digit, A letter), address layouts, IBAN country, mail domains, native-script data.
# ----------------------------------------------------------------------------------------------------
# fmt: off
LOC: dict[str, dict] = {}


def loc(code, region, lang, given, sur, streets, cities, pc, fmts, iban=None, dom="", east=False, **kw):
    LOC[code] = dict(code=code, region=region, lang=lang, given=S(given), sur=S(sur), streets=S(streets),
        cities=S(cities), pc=pc, fmts=fmts, iban=iban, dom=S(dom) if dom else [], east=east, **kw)


loc("IE", "IE", "ga", "Aoife|Ciarán|Siobhán|Declan|Niamh|Pádraig|Orla|Eoin",
    "O'Neill|Ní Bhriain|Murphy|Mac Giolla Phádraig|Fitzgerald|Ó Súilleabháin|Doyle|Kavanagh",
    "Main Street|Harbour Road|Church Lane|Barrack Street|Strand Road|Bóthar na Trá",
    "Cobh, Co. Cork|Ennis, Co. Clare|Rathmines, Dublin 6|Salthill, Galway", "A## A#A#",
    ["{n} {st}, {city}, {pc}", "Apt {u}, {n} {st}, {city}", "{n} {st}\n{city}\n{pc}"], "IE", "eircom.net")
loc("GB-SCT", "GB", "gd", "Eilidh|Callum|Morag|Hamish|Iona|Fraser|Kirsty|Ruaridh",
    "MacLeod|Fraser|Campbell|McAllister|Drummond|Sutherland|Robertson|Urquhart",
    "Byres Road|Leith Walk|Great Western Road|Rose Street|Perth Road",
    "Glasgow|Edinburgh|Dundee|Inverness|Aberdeen", "AA# #AA", ["Flat {f}/{g}, {n} {st}, {city} {pc}",
    "{n} {st}, {city} {pc}"], "GB", "btinternet.com")
loc("GB-WLS", "GB", "cy", "Cerys|Rhys|Angharad|Gethin|Seren|Dafydd|Megan|Iwan",
    "Jones|ap Rhys|Pritchard|Llewellyn|Vaughan-Thomas|Griffiths|Morgan|Bowen",
    "Heol y Frenhines|Stryd Fawr|Cathedral Road|Ffordd Penrhos|Wind Street",
    "Cardiff|Swansea|Aberystwyth|Bangor|Caernarfon", "AA## #AA", ["{n} {st}, {city} {pc}",
    "Flat {u}, {n} {st}, {city}, {pc}"], "GB", "btinternet.com")
loc("PT", "PT", "pt", "Inês|João|Beatriz|Tiago|Mariana|Rui|Leonor|Duarte",
    "Silva|Ferreira|dos Santos|Costa Pereira|Magalhães|Oliveira|Sousa|da Cunha",
    "Rua Augusta|Avenida da Liberdade|Rua de Santa Catarina|Travessa do Carmo",
    "Lisboa|Porto|Braga|Coimbra|Faro", "####-###", ["{st} {n}, {f}.º Esq., {pc} {city}",
    "{st}, n.º {n}, R/C Dto., {pc} {city}"], "PT", "sapo.pt")
loc("ES", "ES", "es", "Lucía|Javier|Carmen|Álvaro|Nuria|Iñaki|Rocío|Sergio",
    "García López|de la Fuente|Martínez Ruiz|Fernández|Ibáñez|Sánchez-Vidal|Moreno|Olabarria",
    "Calle de Alcalá|Carrer de Mallorca|Avenida de la Constitución|Calle Mayor",
    "Madrid|Barcelona|Sevilla|Bilbao|Valencia", "#####", ["{st}, {n}, {f}.º B, {pc} {city}",
    "{st} {n}, bajo izda., {pc} {city}"], "ES", "telefonica.net")
loc("IT", "IT", "it", "Giulia|Marco|Chiara|Alessandro|Francesca|Lorenzo|Sofia|Matteo",
    "Rossi|Esposito|De Luca|Bianchi|Lo Russo|Ferrari|D'Angelo|Colombo",
    "Via Roma|Corso Vittorio Emanuele II|Via dei Mille|Piazza Garibaldi|Viale Monza",
    "Milano (MI)|Napoli (NA)|Torino (TO)|Bologna (BO)", "#####", ["{st} {n}, int. {u}, {pc} {city}",
    "{st}, {n} - {pc} {city}"], "IT", "libero.it")
loc("CH", "CH", "de", "Anna|Lukas|Céline|Reto|Nadia|Urs|Laura|Jonas",
    "Müller|Keller|Brunner|Favre|Rossi|Zürcher|Bachmann|Gerber",
    "Bahnhofstrasse|Rue du Marché|Spalenberg|Kramgasse|Seefeldstrasse", "Zürich|Genève|Basel|Bern|Luzern",
    "####", ["{st} {n}, {pc} {city}", "{st} {n}\n{pc} {city}"], "CH", "bluewin.ch")
loc("AT", "AT", "de", "Lena|Florian|Katharina|Maximilian|Sophie|Tobias|Magdalena|Stefan",
    "Gruber|Huber|Wagner|Pichler|Steiner|Moser|Hofer|Leitner",
    "Mariahilfer Straße|Landstraßer Hauptstraße|Getreidegasse|Herrengasse|Wiedner Gürtel",
    "Wien|Graz|Salzburg|Linz|Innsbruck", "####", ["{st} {n}/{f}/{u}, {pc} {city}",
    "{st} {n}/Top {u}, {pc} {city}"], "AT", "gmx.at")
loc("PL", "PL", "pl", "Katarzyna|Piotr|Agnieszka|Tomasz|Małgorzata|Paweł|Zofia|Michał",
    "Nowak|Kowalska|Wiśniewski|Wójcik|Lewandowska|Zielińska-Nowak|Kamiński|Szymańska",
    "ul. Marszałkowska|ul. Długa|al. Jerozolimskie|ul. Piotrkowska|ul. Floriańska",
    "Warszawa|Kraków|Łódź|Gdańsk|Wrocław", "##-###", ["{st} {n}/{u}, {pc} {city}",
    "{st} {n} m. {u}, {pc} {city}"], "PL", "wp.pl|onet.pl")
loc("LT", "LT", "lt", "Rūta|Mantas|Eglė|Tomas|Indrė|Lukas|Aistė|Darius",
    "Kazlauskas|Jankauskienė|Petrauskas|Vasiliauskaitė|Žukauskas|Butkutė|Paulauskienė|Urbonas",
    "Gedimino pr.|Pilies g.|Savanorių pr.|Vilniaus g.|Laisvės al.", "Vilnius|Kaunas|Klaipėda|Šiauliai",
    "LT-#####", ["{st} {n}-{u}, {pc} {city}", "{st} {n}, {city}, {pc}"], "LT", "one.lt")
loc("LV", "LV", "lv", "Līga|Jānis|Ilze|Mārtiņš|Zane|Kristaps|Anna|Edgars",
    "Bērziņa|Kalniņš|Ozola|Liepiņš|Krūmiņa|Jansons|Zariņa|Vītols",
    "Brīvības iela|Elizabetes iela|Tērbatas iela|Krišjāņa Barona iela", "Rīga|Jūrmala|Liepāja|Daugavpils",
    "LV-####", ["{st} {n}-{u}, {city}, {pc}"], "LV", "inbox.lv")
loc("EE", "EE", "et", "Kadri|Mart|Liis|Rasmus|Triin|Siim|Kertu|Andres",
    "Tamm|Saar|Sepp|Mägi|Kask|Rebane|Ilves|Kuusk", "Narva mnt|Pärnu mnt|Tartu mnt|Vabaduse pst|Rüütli tn",
    "Tallinn|Tartu|Pärnu|Narva", "#####", ["{st} {n}-{u}, {pc} {city}", "{st} {n}, {city} {pc}"], "EE",
    "hot.ee")
loc("FI", "FI", "fi", "Aino|Mikko|Elina|Juha|Sanna|Ville|Kaisa|Antti",
    "Korhonen|Virtanen|Mäkinen|Nieminen|Heikkinen|Järvinen|Lehtonen|Salo",
    "Mannerheimintie|Hämeenkatu|Aleksanterinkatu|Kauppakatu", "Helsinki|Tampere|Turku|Oulu", "#####",
    ["{st} {n} A {u}, {pc} {city}", "{st} {n} as. {u}\n{pc} {city}"], "FI", "kolumbus.fi")
loc("DK", "DK", "da", "Freja|Mads|Ida|Rasmus|Sofie|Magnus|Line|Anders",
    "Jensen|Nielsen|Hansen|Søndergaard|Kjær|Østergaard|Pedersen|Holm",
    "Nørrebrogade|Vesterbrogade|Jagtvej|Amagerbrogade|Østerbrogade", "København N|Aarhus C|Odense C|Aalborg",
    "####", ["{st} {n}, {f}. tv., {pc} {city}", "{st} {n}, st. th., {pc} {city}"], "DK", "mail.dk")
loc("NO", "NO", "no", "Ingrid|Ola|Kari|Sindre|Sigrid|Eirik|Hanne|Jonas",
    "Hansen|Johansen|Bakken|Haugen|Lie|Solberg|Strand|Løkken",
    "Thorvald Meyers gate|Karl Johans gate|Bygdøy allé|Storgata|Kongens gate",
    "Oslo|Bergen|Trondheim|Stavanger", "####", ["{st} {n}, H0{f}0{g}, {pc} {city}", "{st} {n}B, {pc} {city}"],
    "NO", "online.no")
loc("GR", "GR", "el", "Eleni|Giorgos|Maria|Nikos|Katerina|Dimitris|Sofia|Kostas",
    "Papadopoulou|Georgiou|Nikolaidou|Karagiannis|Vlachou|Oikonomou|Dimitriou|Christodoulou",
    "Ermou|Patision|Tsimiski|Leoforos Kifisias|Egnatia", "Athina|Thessaloniki|Patra|Irakleio", "### ##",
    ["{st} {n}, {pc} {city}", "{st} {n}, {f}os orofos, {pc} {city}"], "GR", "otenet.gr",
    ngiven=S("Ελένη|Γιώργος|Μαρία|Νίκος|Κατερίνα|Δημήτρης"),
    nsur=S("Παπαδοπούλου|Γεωργίου|Νικολαΐδου|Καραγιάννης"), nfmts=["{nst} {n}, {pc} {ncity}"],
    nstreets=S("Ερμού|Πατησίων|Τσιμισκή"), ncities=S("Αθήνα|Θεσσαλονίκη"))
loc("CY", "CY", "el", "Christina|Andreas|Eleni|Marios|Despina|Panayiotis|Georgia|Stelios",
    "Charalambous|Constantinou|Ioannou|Hadjigeorgiou|Kyprianou|Savva|Michael|Neophytou",
    "Makarios III Avenue|Ledras Street|Anexartisias Street|Griva Digeni Avenue",
    "Nicosia|Limassol|Larnaca|Paphos", "####", ["{st} {n}, Flat {u}, {pc} {city}", "{n} {st}, {pc} {city}"],
    "CY", "cytanet.com.cy", ngiven=S("Χριστίνα|Ανδρέας|Ελένη|Μάριος"),
    nsur=S("Χαραλάμπους|Κωνσταντίνου|Ιωάννου"), nfmts=["{nst} {n}, {pc} {ncity}"],
    nstreets=S("Οδός Λήδρας|Λεωφόρος Μακαρίου"), ncities=S("Λευκωσία|Λεμεσός"))
loc("BG", "BG", "bg", "Maria|Ivan|Desislava|Georgi|Yana|Nikolay|Radostina|Dimitar",
    "Petrova|Ivanov|Dimitrova|Georgiev|Stoyanova|Todorov|Angelova|Nikolov",
    "ul. Vitosha|bul. Tsar Osvoboditel|ul. Graf Ignatiev|bul. Bulgaria", "Sofia|Plovdiv|Varna|Burgas", "####",
    ["{st} {n}, et. {f}, ap. {u}, {pc} {city}", "{city} {pc}, {st} {n}"], "BG", "abv.bg",
    ngiven=S("Мария|Иван|Десислава|Георги"), nsur=S("Петрова|Иванов|Димитрова|Георгиев"),
    nfmts=["{nst} {n}, ет. {f}, ап. {u}, {pc} {ncity}"], nstreets=S("ул. Витоша|бул. България"),
    ncities=S("София|Пловдив"))
loc("RS", "RS", "sr", "Jelena|Marko|Milica|Nikola|Ana|Stefan|Jovana|Luka",
    "Jovanović|Petrović|Nikolić|Marković|Đorđević|Stojanović|Ilić|Pavlović",
    "Knez Mihailova|Bulevar kralja Aleksandra|Nemanjina|Cara Dušana", "Beograd|Novi Sad|Niš|Kragujevac",
    "#####", ["{st} {n}/{u}, {pc} {city}", "{st} {n}, stan {u}, {pc} {city}"], "RS", "eunet.rs",
    ngiven=S("Јелена|Марко|Милица|Никола"), nsur=S("Јовановић|Петровић|Николић|Марковић"),
    nfmts=["{nst} {n}/{u}, {pc} {ncity}"], nstreets=S("Немањина|Кнез Михаилова"),
    ncities=S("Београд|Нови Сад"))
loc("HR", "HR", "hr", "Ivana|Luka|Petra|Marko|Ana|Josip|Lucija|Ivan",
    "Horvat|Kovačević|Babić|Marić|Jurić|Novak|Knežević|Vuković",
    "Ilica|Savska cesta|Vukovarska ulica|Ulica kralja Zvonimira", "Zagreb|Split|Rijeka|Osijek", "#####",
    ["{st} {n}, {pc} {city}", "{st} {n}/{f}. kat, {pc} {city}"], "HR", "net.hr")
loc("HU", "HU", "hu", "Eszter|Bence|Zsófia|Gábor|Réka|Ádám|Katalin|Levente",
    "Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár",
    "Andrássy út|Váci utca|Rákóczi út|Király utca|Bartók Béla út", "Budapest|Debrecen|Szeged|Pécs", "####",
    ["{pc} {city}, {st} {n}. {f}. em. {u}.", "{city}, {st} {n}, {pc}"], "HU", "freemail.hu", east=True)
loc("SK", "SK", "sk", "Jana|Peter|Zuzana|Martin|Lucia|Tomáš|Katarína|Michal",
    "Kováčová|Horváth|Tóthová|Varga|Szabová|Baláž|Molnárová|Nagy", "Obchodná|Hlavná|Štúrova|Michalská",
    "Bratislava|Košice|Žilina|Nitra", "### ##", ["{st} {n}, {pc} {city}", "{st} {n}/{u}, {pc} {city}"], "SK",
    "azet.sk")
loc("TR", "TR", "tr", "Ayşe|Mehmet|Elif|Emre|Zeynep|Burak|Selin|Oğuz",
    "Yılmaz|Kaya|Demir|Şahin|Çelik|Öztürk|Aydın|Arslan",
    "Moda Cad.|Bağdat Cad.|İstiklal Cad.|Atatürk Bulvarı|Kızılay Sok.",
    "Kadıköy/İstanbul|Beyoğlu/İstanbul|Çankaya/Ankara|Konak/İzmir", "#####",
    ["{st} No: {n} D: {u}, {pc} {city}", "{st} No:{n} Daire {u} {city}"], "TR", "hotmail.com.tr")
loc("LB", "LB", "ar", "Nour|Rami|Maya|Karim|Rana|Fadi|Lea|Elie",
    "Haddad|Khoury|el-Hage|Abi Nader|Nassar|Saadeh|Karam|Boutros",
    "Rue Gouraud|Rue Hamra|Rue Monot|Rue Abdel Aziz|Rue Bliss",
    "Gemmayzeh, Beirut|Achrafieh, Beirut|Hamra, Beirut", "####", ["Bldg {n}, {st}, {f}th floor, {city}",
    "{st}, Bldg {n}, Apt {u}, {city}"], "LB", "idm.net.lb", ngiven=S("نور|رامي|مايا|كريم"),
    nsur=S("حداد|خوري|نصار|كرم"), nfmts=["بناية {n}، {nst}، {ncity}"], nstreets=S("شارع الحمرا|شارع غورو"),
    ncities=S("بيروت"))
loc("JO", "JO", "ar", "Lina|Omar|Dana|Zaid|Hala|Yazan|Sara|Tariq",
    "al-Majali|Haddad|Obeidat|al-Khatib|Nsour|Qasem|Abu Ghazaleh|Bataineh",
    "Rainbow Street|Mecca Street|Wasfi Al-Tal Street|Zahran Street", "Amman|Irbid|Zarqa|Aqaba", "#####",
    ["Bldg {n}, {st}, Apt {u}, {city} {pc}", "{n} {st}, {city}"], "JO", "orange.jo",
    ngiven=S("لينا|عمر|دانا|زيد"), nsur=S("المجالي|عبيدات|الخطيب"), nfmts=["{nst}، عمارة {n}، {ncity}"],
    nstreets=S("شارع مكة|شارع الرينبو"), ncities=S("عمّان"))
loc("QA", "QA", "ar", "Maryam|Abdullah|Aisha|Khalid|Noora|Hamad|Fatima|Jassim",
    "al-Kuwari|al-Marri|al-Sulaiti|al-Mohannadi|al-Naimi|al-Emadi|al-Hajri|al-Dosari",
    "Street 850|Al Sadd Street|Street 231|Al Waab Street", "Doha|Al Wakrah|Al Rayyan", "",
    ["Building {n}, {st}, Zone {u}, {city}", "Villa {n}, {st}, Zone {u}, {city}"], "QA", "qatar.net.qa",
    ngiven=S("مريم|عبدالله|عائشة|خالد"), nsur=S("الكواري|المري|السليطي"), nfmts=["مبنى {n}، {nst}، {ncity}"],
    nstreets=S("شارع السد|شارع الوعب"), ncities=S("الدوحة"))
loc("KW", "KW", "ar", "Dana|Fahad|Shaikha|Bader|Hessa|Yousef|Latifa|Talal",
    "al-Mutairi|al-Ajmi|al-Enezi|al-Rashidi|Behbehani|al-Kandari|al-Shammari|Marafie",
    "Street 12|Baghdad Street|Street 4|Amman Street", "Salmiya|Hawalli|Jabriya|Kuwait City", "#####",
    ["Block {u}, {st}, House {n}, {city}", "Block {u}, {st}, Bldg {n}, Flat {f}, {city} {pc}"], "KW",
    "hotmail.com", ngiven=S("دانة|فهد|شيخة|بدر"), nsur=S("المطيري|العجمي|الرشيدي"),
    nfmts=["قطعة {u}، {nst}، منزل {n}، {ncity}"], nstreets=S("شارع بغداد|شارع عمان"),
    ncities=S("السالمية|حولي"))
loc("PK", "PK", "ur", "Ayesha|Bilal|Sana|Usman|Hira|Faisal|Mahnoor|Hamza",
    "Khan|Qureshi|Siddiqui|Malik|Chaudhry|Butt|Raza|Sheikh", "Street 7|Street 22|Main Boulevard|Canal Road",
    "F-7/2, Islamabad|DHA Phase 5, Lahore|Gulshan-e-Iqbal, Karachi|Saddar, Rawalpindi", "#####",
    ["House {n}, {st}, {city} {pc}", "Flat {u}, Block {f}, {st}, {city}"], "PK", "yahoo.com")
loc("IN", "IN", "hi", "Priya|Arjun|Ananya|Rohan|Kavya|Vikram|Sneha|Aditya",
    "Sharma|Iyer|Reddy|Banerjee|Nair|Deshpande|Gupta|Menon",
    "MG Road|14th Cross Road|Linking Road|Park Street|Anna Salai",
    "Indiranagar, Bengaluru|Bandra West, Mumbai|Salt Lake, Kolkata|T. Nagar, Chennai", "######",
    ["Flat {f}0{g}, Sai Residency, {n} {st}, {city} {pc}", "{n}, {st}, {city} - {pc}"], None, "rediffmail.com")
loc("MY", "MY", "ms", "Nurul Huda|Ahmad|Siti Aminah|Muhammad Firdaus|Wei Ling|Hafiz|Kavitha|Jun Kit",
    "binti Rahman|bin Ismail|binti Hassan|bin Abdullah|Tan|Lim|a/p Subramaniam|Wong",
    "Jalan SS2/24|Jalan Ampang|Lorong Kurau 3|Jalan Tun Razak",
    "Petaling Jaya, Selangor|Kuala Lumpur|George Town, Pulau Pinang|Johor Bahru, Johor", "#####",
    ["No. {n}, {st}, {pc} {city}", "A-{f}-{u}, Residensi Melati, {st}, {pc} {city}"], None, "yahoo.com.my")
loc("SG", "SG", "en", "Hui Min|Wei Jie|Nur Aisyah|Rajesh|Mei Ling|Jun Hao|Priyanka|Darren",
    "Tan|Lim|Ng|Goh|Pillai|Ong|Teo|Abdullah",
    "Ang Mo Kio Ave 3|Tampines St 21|Jurong West St 52|Bedok North Rd", "Singapore", "######",
    ["Blk {n} {st}, #0{f}-{u}{g}, {city} {pc}", "{n} {st}, #{f}{g}-0{u}, {city} {pc}"], None, "singnet.com.sg")
loc("ID", "ID", "id", "Dewi|Agus|Sri|Budi|Ayu|Wahyu|Rina|Putu",
    "Santoso|Wijaya|Hartono|Pratama|Saputra|Kusuma|Nugroho|Lestari",
    "Jl. Sudirman|Jl. Malioboro|Jl. Diponegoro|Jl. Gajah Mada",
    "Kebayoran Baru, Jakarta Selatan|Gondokusuman, Yogyakarta|Denpasar Barat, Denpasar", "#####",
    ["{st} No. {n}, RT 0{f}/RW 0{g}, {city} {pc}", "{st} No. {n}, {city}"], None, "yahoo.co.id")
loc("PH", "PH", "tl", "Maria Cristina|Jose|Angelica|Mark Anthony|Kristine|Paolo|Joy|Rodel",
    "dela Cruz|Santos|Reyes|Bautista|Villanueva|Mendoza|de Guzman|Macaraeg",
    "Mabini St.|Rizal Ave.|Katipunan Ave.|P. Burgos St.",
    "Brgy. Poblacion, Makati City|Brgy. Loyola Heights, Quezon City|Cebu City", "####",
    ["Unit {u}{g}, {n} {st}, {city} {pc}", "{n} {st}, {city}"], None, "yahoo.com.ph")
loc("VN", "VN", "vi", "Thị Lan|Văn Minh|Thu Hương|Đức Tuấn|Phương Thảo|Quốc Dũng|Ngọc Linh|Hoàng Phúc",
    "Nguyễn|Trần|Lê|Phạm|Hoàng|Vũ|Đặng|Bùi", "Phố Huế|Đường Lê Lợi|Đường Nguyễn Trãi|Phố Hàng Bạc",
    "Phường Hàng Bài, Quận Hoàn Kiếm, Hà Nội|Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh", "######",
    ["Số {n} ngõ {u} {st}, {city}", "{n} {st}, {city}"], None, "yahoo.com.vn", east=True)
loc("JP", "JP", "ja", "Yui|Haruto|Aoi|Sota|Mei|Ren|Sakura|Daiki",
    "Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura", "Shiba|Nishi-Shinjuku|Sakae|Umeda",
    "Minato-ku, Tokyo|Shinjuku-ku, Tokyo|Naka-ku, Nagoya|Kita-ku, Osaka", "###-####",
    ["{f}-{g}-{n} {st}, {city} {pc}", "Park Heights {u}0{g}, {f}-{n} {st}, {city}"], None, "docomo.ne.jp",
    ngiven=S("結衣|陽翔|葵|蒼太|芽依|蓮"), nsur=S("佐藤|鈴木|高橋|田中|渡辺|伊藤"), nfmts=["〒{pc} {ncity}{nst}{f}丁目{g}-{n}",
    "{ncity}{nst}{f}-{g}-{n} パークハイツ{u}0{g}号室"], nstreets=S("芝|西新宿|栄"), ncities=S("東京都港区|東京都新宿区|名古屋市中区"))
loc("KR", "KR", "ko", "Seo-yeon|Min-jun|Ha-eun|Ji-ho|Su-bin|Do-yun|Yu-na|Jae-won",
    "Kim|Lee|Park|Choi|Jung|Kang|Yoon|Han", "Teheran-ro|Sejong-daero|Haeundae-ro|Olympic-ro",
    "Gangnam-gu, Seoul|Jongno-gu, Seoul|Haeundae-gu, Busan", "#####", ["Apt {u}0{g}, {n} {st}, {city} {pc}",
    "{n} {st} {f}-gil, {city}"], None, "naver.com", ngiven=S("서연|민준|하은|지호"), nsur=S("김|이|박|최"),
    nfmts=["{ncity} {nst} {n}, {u}동 {f}0{g}호"], nstreets=S("테헤란로|세종대로"), ncities=S("서울특별시 강남구|부산광역시 해운대구"))
loc("AU", "AU", "en", "Chloe|Liam|Matilda|Jack|Zoe|Cooper|Isla|Lachlan",
    "Nguyen|Smith|Kowalczyk|O'Brien|Papadakis|Thompson|Walsh|Henderson-Bligh",
    "Smith St|Brunswick St|King William Rd|Oxford St|Beach Rd",
    "Fitzroy VIC|Surry Hills NSW|Fremantle WA|Unley SA|New Farm QLD", "####",
    ["Unit {u}, {n} {st}, {city} {pc}", "{u}/{n} {st}, {city} {pc}", "{n} {st}\n{city} {pc}"], None,
    "bigpond.com")
loc("NZ", "NZ", "mi", "Aroha|Tama|Mere|Nikau|Hana|Wiremu|Olivia|Finn",
    "Ngata|Parata|Wilson|Te Rangi|Thompson|Tipene|McKenzie|Harris",
    "Cuba Street|Ponsonby Road|Colombo Street|Riddiford Street",
    "Te Aro, Wellington|Grey Lynn, Auckland|Sydenham, Christchurch|Newtown, Wellington", "####",
    ["Flat {u}, {n} {st}, {city} {pc}", "{n}{g} {st}, {city} {pc}"], None, "xtra.co.nz")
loc("ZA", "ZA", "af", "Naledi|Thabo|Lerato|Pieter|Anika|Sipho|Zanele|Johan",
    "van der Merwe|Nkosi|Botha|Dlamini|du Plessis|Mokoena|Naidoo|le Roux",
    "Long Street|Jan Smuts Avenue|Voortrekker Road|Florida Road|Church Street",
    "Gardens, Cape Town|Parktown, Johannesburg|Berea, Durban|Hatfield, Pretoria", "####",
    ["{n} {st}, {city}, {pc}", "Unit {u}, Protea Court, {n} {st}, {city} {pc}"], None, "telkomsa.net")
loc("NG", "NG", "yo", "Amaka|Chinedu|Ngozi|Oluwaseun|Halima|Tunde|Funmilayo|Emeka",
    "Okonkwo|Eze|Adeyemi|Bello|Nwosu|Abubakar|Ogunleye|Okafor",
    "Allen Avenue|Admiralty Way|Awolowo Road|Herbert Macaulay Way|Ahmadu Bello Way",
    "Ikeja, Lagos|Lekki Phase 1, Lagos|Wuse II, Abuja|GRA, Port Harcourt", "######",
    ["Flat {u}, {n} {st}, {city}", "{n} {st}, {city} {pc}"], None, "yahoo.com")
loc("KE", "KE", "sw", "Wanjiru|Otieno|Akinyi|Kamau|Njeri|Kiprop|Achieng|Mwangi",
    "Kariuki|Odhiambo|Mutua|Chebet|Wambui|Omondi|Njoroge|Kiplagat",
    "Riara Road|Ngong Road|Moi Avenue|Kenyatta Avenue",
    "Kilimani, Nairobi|Westlands, Nairobi|Nyali, Mombasa|Milimani, Kisumu", "#####",
    ["House {n}, {st}, {city}", "Apartment {u}{g}, {n} {st}, {city} {pc}"], None, "gmail.com")
loc("ET", "ET", "am", "Selam|Abebe|Hiwot|Dawit|Meron|Yohannes|Bethlehem|Tesfaye",
    "Bekele|Tadesse|Girma|Haile|Alemu|Mekonnen|Wolde|Assefa", "Bole Road|Africa Avenue|Churchill Avenue",
    "Bole Sub-City, Addis Ababa|Kirkos Sub-City, Addis Ababa|Piassa, Gondar", "####",
    ["House No. {n}, Woreda 0{f}, {city}", "{n} {st}, Woreda 0{g}, {city}"], None, "ethionet.et",
    ngiven=S("ሰላም|አበበ|ሕይወት|ዳዊት"), nsur=S("በቀለ|ታደሰ|ግርማ|ኃይሌ"), nfmts=["የቤት ቁጥር {n}፣ ወረዳ 0{f}፣ {ncity}"],
    nstreets=S("ቦሌ መንገድ"), ncities=S("አዲስ አበባ"))
loc("BR", "BR", "pt", "Ana Beatriz|Lucas|Juliana|Rafael|Camila|Thiago|Larissa|Gustavo",
    "da Silva|Souza|de Oliveira|Santos Costa|Pereira|Almeida|Carvalho|Gonçalves",
    "Rua Oscar Freire|Avenida Paulista|Rua das Laranjeiras|Rua XV de Novembro",
    "Jardins, São Paulo - SP|Laranjeiras, Rio de Janeiro - RJ|Centro, Curitiba - PR", "#####-###",
    ["{st}, {n}, apto {u}{g} - {city}, {pc}", "{st}, {n} - {city}, CEP {pc}"], "BR", "uol.com.br")
loc("CO", "CO", "es", "Valentina|Andrés|Daniela|Santiago|Catalina|Julián|Mariana|Felipe",
    "Rodríguez|Gómez Restrepo|Martínez|Ospina|Jaramillo|Cárdenas|Vargas|de la Hoz",
    "Carrera 43A|Calle 85|Carrera 7|Calle 10", "El Poblado, Medellín|Chapinero, Bogotá|Granada, Cali",
    "######", ["{st} # {n}-{u}, Apto {f}0{g}, {city}", "{st} # {n}-{u}, {city}"], None, "hotmail.com")
loc("MX", "MX", "es", "Ximena|Diego|Fernanda|Emiliano|Regina|Mateo|Guadalupe|Iker",
    "Hernández|García|Ramírez|Cruz|Flores Medina|Morales|Villaseñor|Castañeda",
    "Av. Insurgentes Sur|Calle Durango|Av. Chapultepec|Calle Madero",
    "Ciudad de México, CDMX|Guadalajara, Jal.|Monterrey, N.L.", "#####",
    ["{st} {n}, Int. {u}, Col. Roma Norte, {pc} {city}", "{st} {n}, Col. Centro, {city}, C.P. {pc}"], None,
    "prodigy.net.mx")
loc("US", "US", "en", "Jessica|Tyler|Ashley|Brandon|Megan|DeShawn|Kayla|Marcus",
    "Johnson|Martinez|Williams|O'Connor|Nguyen|Washington|Kowalski|Rodriguez-Hale",
    "Maple Avenue|Elm Street|Sunset Blvd|Peachtree St NE|W 34th Street|Lakeview Drive",
    "Austin, TX|Columbus, OH|Sacramento, CA|Tampa, FL|Albany, NY|Springfield, IL|Spokane, WA|Pittsburgh, PA" "|Ann Arbor, MI|Newark, NJ", "#####", ["{n} {st}, Apt {f}{G}, {city} {pc}", "{n} {st}, {city} {pc}", "{n} {st} Unit {u}\n{city} {pc}"], None, "aol.com|comcast.net")
loc("CA", "CA", "fr", "Émilie|Liam|Gabrielle|Noah|Chloé|Ethan|Maëlle|Aiden",
    "Tremblay|Gagnon|N'Diaye|Roy|MacDonald|Côté|Singh|Bouchard",
    "rue Saint-Denis|Queen Street West|Robson Street|boulevard René-Lévesque",
    "Montréal QC|Toronto ON|Vancouver BC|Québec QC", "A#A #A#", ["{n} {st}, app. {u}, {city} {pc}",
    "{u}-{n} {st}, {city}  {pc}"], None, "videotron.ca|sympatico.ca")

# fmt: on
LOCALES = list(LOC)
LOC_WEIGHTS = [6 if c == "US" else 1 for c in LOCALES]

# language snippets: hi, thanks, bye, help, urgent
LANG = {
    "en": ("Hi", "Thanks", "Cheers", "Please help", "Urgent"),
    "ga": ("Dia duit", "Go raibh maith agat", "Le meas", "Cabhair le do thoil", "Práinneach"),
    "gd": ("Halò", "Tapadh leat", "Le dùrachd", "Cuidich sinn", "Cabhagach"),
    "cy": ("Shwmae", "Diolch yn fawr", "Cofion", "Helpwch os gwelwch yn dda", "Brys"),
    "pt": ("Olá", "Obrigado", "Cumprimentos", "Ajudem por favor", "Urgente"),
    "es": ("Hola", "Gracias", "Un saludo", "Ayuda por favor", "Urgente"),
    "it": ("Ciao", "Grazie mille", "Cordiali saluti", "Aiutateci", "Urgente"),
    "de": ("Grüezi", "Vielen Dank", "Freundliche Grüsse", "Bitte helfen", "Dringend"),
    "fr": ("Bonjour", "Merci beaucoup", "Cordialement", "Aidez-nous svp", "Urgent"),
    "pl": ("Dzień dobry", "Dziękuję", "Pozdrawiam", "Prosimy o pomoc", "Pilne"),
    "lt": ("Labas", "Ačiū", "Pagarbiai", "Prašome padėti", "Skubu"),
    "lv": ("Sveiki", "Paldies", "Ar cieņu", "Lūdzu palīdziet", "Steidzami"),
    "et": ("Tere", "Aitäh", "Lugupidamisega", "Palun aidake", "Kiire"),
    "fi": ("Moi", "Kiitos", "Terveisin", "Auttakaa", "Kiireellinen"),
    "da": ("Hej", "Tak", "Venlig hilsen", "Hjælp venligst", "Haster"),
    "no": ("Hei", "Tusen takk", "Med vennlig hilsen", "Vennligst hjelp", "Haster"),
    "el": ("Γεια σας", "Ευχαριστώ", "Με εκτίμηση", "Βοηθήστε", "Επείγον"),
    "bg": ("Здравейте", "Благодаря", "Поздрави", "Моля помогнете", "Спешно"),
    "sr": ("Zdravo", "Hvala", "Srdačno", "Pomozite molim", "Hitno"),
    "hr": ("Bok", "Hvala lijepa", "Lijep pozdrav", "Molimo pomoć", "Hitno"),
    "hu": ("Szia", "Köszönöm", "Üdvözlettel", "Kérem segítsenek", "Sürgős"),
    "sk": ("Dobrý deň", "Ďakujem", "S pozdravom", "Prosím pomôžte", "Súrne"),
    "tr": ("Merhaba", "Teşekkürler", "Saygılarımla", "Lütfen yardım edin", "Acil"),
    "ar": ("مرحبا", "شكراً", "مع التحية", "الرجاء المساعدة", "عاجل"),
    "ur": ("Assalam o Alaikum", "Shukriya", "Wassalam", "Madad karein", "Fori"),
    "hi": ("Namaste", "Dhanyavaad", "Saadar", "Kripya madad karein", "Zaroori"),
    "ms": ("Salam sejahtera", "Terima kasih", "Yang benar", "Tolong bantu", "Segera"),
    "id": ("Halo", "Terima kasih", "Salam", "Mohon bantuan", "Mendesak"),
    "tl": ("Kumusta", "Salamat po", "Lubos na gumagalang", "Tulungan niyo po kami", "Agaran"),
    "vi": ("Xin chào", "Cảm ơn", "Trân trọng", "Xin giúp đỡ", "Khẩn cấp"),
    "ja": ("こんにちは", "ありがとうございます", "よろしくお願いします", "助けてください", "至急"),
    "ko": ("안녕하세요", "감사합니다", "드림", "도와주세요", "긴급"),
    "mi": ("Kia ora", "Ngā mihi", "Nāku noa", "Āwhina mai", "Kōhukihuki"),
    "af": ("Hallo", "Dankie", "Groete", "Help asseblief", "Dringend"),
    "yo": ("Ẹ n lẹ", "E se", "O dabọ", "Jọwọ ran wa lọwọ", "Pajawiri"),
    "sw": ("Habari", "Asante sana", "Wako", "Tafadhali saidia", "Haraka"),
    "am": ("ሰላም", "አመሰግናለሁ", "ከሰላምታ ጋር", "እባክዎ ይርዱ", "አስቸኳይ"),
}
# honorifics per language: (male, female, position)
TITLES = {
    "de": (["Herr", "Dr."], ["Frau", "Dr."], "pre"),
    "es": (["Sr.", "Sr."], ["Sra.", "Sra."], "pre"),
    "pt": (["Sr.", "Dr."], ["Sra.", "Dra."], "pre"),
    "it": (["Sig.", "Dott."], ["Sig.ra", "Dott.ssa"], "pre"),
    "pl": (["Pan", "dr"], ["Pani", "dr"], "pre"),
    "fr": (["M.", "Dr"], ["Mme", "Dr"], "pre"),
    "tr": (["Bey"], ["Hanım"], "suf"),
    "ja": (["-san", "-sama"], ["-san", "-sama"], "suf"),
    "ko": ([" 씨", "님"], [" 씨", "님"], "suf"),
    "el": (["κ."], ["κα"], "pre"),
    "hu": (["úr"], ["asszony"], "suf"),
}
EN_TITLES = (["Mr", "Mr.", "Dr", "Cllr"], ["Ms", "Mrs", "Dr", "Miss"], "pre")

PUBLIC = S(
    "Lionel Messi|Serena Williams|Emmanuel Macron|Taylor Swift|Naomi Osaka|Eliud Kipchoge|Cristiano Ronaldo"
    "|Jacinda Ardern|Usain Bolt|Novak Djokovic|Shakira|Simone Biles|Giorgia Meloni|Kylian Mbappé|Erling Haaland"
)
TEAMS = S(
    "Celtic|Benfica|Galatasaray|Kaizer Chiefs|the All Blacks|Boca Juniors|Al Sadd|Red Star Belgrade|Dinamo Zagreb"
)
STORMS = S(
    "Storm Éowyn|Storm Ciarán|Cyclone Gabrielle|Typhoon Haikui|Storm Daniel|Hurricane Otis|Storm Boris"
)
COMPANIES = S(
    "Harbour Mutual|Bluegate Logistics|Kestrel Couriers|Meridian Health|Atlas Lettings|Pinecrest Energy"
    "|Lumen Telecom|Solace Insurance|Orbit Parcel|Quayside Water"
)
PRODUCTS = S("Aria 3 router|PulseBand 5|AquaSense meter v2|Contour Pro 14|Beacon X hub|Ledger One app")
JOBS = S(
    "site manager|shift supervisor|care assistant|warehouse lead|senior nurse|claims handler|teacher|paramedic"
)
PETS = S("cat|dog|tortoise|parrot|ferret|rabbit")
PET_NAMES = S("Biscuit|Luna|Mango|Pepper|Oscar|Miso|Nala|Ziggy|Bruno")
GEN_DOMAINS = S("gmail.com|outlook.com|yahoo.com|proton.me|icloud.com|hotmail.com")
MONTHS = S("January|February|March|April|May|June|July|August|September|October|November|December")
DAYS = S("Mon|Tue|Wed|Thu|Fri|Sat|Sun")
NUMWORDS = S("zero|one|two|three|four|five|six|seven|eight|nine")

CUR = {
    "GB-SCT": "£",
    "GB-WLS": "£",
    "CH": "CHF ",
    "PL": "zł ",
    "DK": "kr. ",
    "NO": "kr ",
    "HU": "Ft ",
    "RS": "RSD ",
    "BG": "лв ",
    "TR": "₺",
    "LB": "LBP ",
    "JO": "JOD ",
    "QA": "QAR ",
    "KW": "KWD ",
    "PK": "Rs ",
    "IN": "₹",
    "MY": "RM",
    "SG": "S$",
    "ID": "Rp ",
    "PH": "₱",
    "VN": "₫",
    "JP": "¥",
    "KR": "₩",
    "AU": "A$",
    "NZ": "NZ$",
    "ZA": "R",
    "NG": "₦",
    "KE": "KSh ",
    "ET": "ETB ",
    "BR": "R$ ",
    "CO": "COP ",
    "MX": "MX$",
    "US": "$",
    "CA": "C$",
}
IBAN_SPEC = {
    "IE": "4a14n",
    "GB": "4a14n",
    "PT": "21n",
    "ES": "20n",
    "IT": "1a22n",
    "CH": "17n",
    "AT": "16n",
    "PL": "24n",
    "LT": "16n",
    "LV": "4a13n",
    "EE": "16n",
    "FI": "14n",
    "DK": "14n",
    "NO": "11n",
    "GR": "23n",
    "CY": "24n",
    "BG": "4a14n",
    "RS": "18n",
    "HR": "17n",
    "HU": "24n",
    "SK": "20n",
    "TR": "22n",
    "LB": "24n",
    "JO": "4a22n",
    "QA": "4a21n",
    "KW": "4a22n",
    "PK": "4a16n",
    "BR": "23n1a1n",
}
DL_STATES = {
    "CA": ("California", "A#######"),
    "NY": ("New York", "### ### ###"),
    "TX": ("Texas", "########"),
    "FL": ("Florida", "A###-###-##-###-#"),
    "IL": ("Illinois", "A###-####-####"),
    "WA": ("Washington", "WDLAA#A##A#"),
    "PA": ("Pennsylvania", "## ### ###"),
    "MI": ("Michigan", "A ### ### ### ###"),
    "NJ": ("New Jersey", "A#### ##### #####"),
    "OH": ("Ohio", "AA######"),
}


def fold(s: str) -> str:
    s = s.replace("ł", "l").replace("ø", "o").replace("æ", "ae").replace("ß", "ss").replace("ı", "i")
    s = s.replace("đ", "d").replace("Đ", "D").replace("Ł", "L").replace("Ø", "O")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum() or ch in ".-_"))


def luhn_ok(num: str) -> bool:
    d = [int(x) for x in num if x.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            x -= 9 if x > 9 else 0
        tot += x
    return len(d) >= 12 and tot % 10 == 0


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


_PHONE_CACHE: dict = {}


# ----------------------------------------------------------------------------------------------------
# Row context: draws values and returns pieces (str = plain text, (label, value) = span, ("@B", x) = brand)
# ----------------------------------------------------------------------------------------------------
class Ctx:
    def __init__(self, r: random.Random, code: str, brand: bool):
        self.r, self.L, self.code, self.use_brand = r, LOC[code], code, brand
        self.mix = r.random() < 0.2
        self.native = self.mix and "ngiven" in self.L and r.random() < 0.6
        self.us = code == "US"
        self.brand_used = False

    # -- small draws
    def ch(self, xs):
        return self.r.choice(xs)

    def digits(self, k):
        return "".join(self.r.choice(string.digits) for _ in range(k))

    def pat(self, p):
        return "".join(
            self.r.choice(string.digits)
            if x == "#"
            else self.r.choice(string.ascii_uppercase)
            if x == "A"
            else x
            for x in p
        )

    def phr(self, i, force=False):
        lang = self.L["lang"] if (self.mix or force) else "en"
        return LANG[lang][i]

    # -- people
    def p(self, native=None):
        L, r = self.L, self.r
        nat = self.native if native is None else native
        if nat and "ngiven" in L:
            i = r.randrange(len(L["ngiven"]))
            return dict(
                g=L["ngiven"][i],
                s=r.choice(L["nsur"]),
                f=i % 2 == 0,
                nat=True,
                east=self.code in ("JP", "KR", "HU"),
                lat=self.p(False),
            )
        i = r.randrange(len(L["given"]))
        return dict(g=L["given"][i], s=r.choice(L["sur"]), f=i % 2 == 0, nat=False, east=L["east"])

    def full_str(self, p):
        if p["nat"] and self.code == "KR":
            return p["s"] + p["g"]
        if p["east"] or (p["nat"] and self.code == "JP"):
            return f"{p['s']} {p['g']}"
        return f"{p['g']} {p['s']}"

    def n(self, p, form=None):
        r = self.r
        if form is None:
            form = r.choices(
                ["full", "given", "sur", "init", "rev", "REV", "lower", "upper"], [44, 14, 10, 9, 6, 4, 4, 3]
            )[0]
        g, s = p["g"], p["s"]
        sur_ok = not re.match(r"(bin|binti|a/p|a/l|ap)\b", s)
        if p["nat"]:
            form = form if form in ("full", "sur") else "full"
        if form == "given" or (form == "sur" and not sur_ok):
            v = g
        elif form == "sur":
            v = s
        elif form == "init" and not p["east"]:
            v = f"{g[0]}. {s}"
        elif form == "rev" and sur_ok and not p["east"]:
            v = f"{s}, {g}"
        elif form == "REV" and sur_ok:
            v = f"{s.upper()}, {g}"
        elif form == "lower":
            v = self.full_str(p).lower()
        elif form == "upper":
            v = self.full_str(p).upper()
        else:
            v = self.full_str(p)
        return ("PERSON", v)

    def full(self, p):
        return self.n(p, "full")

    def tn(self, p, form=None):
        """Name with an honorific outside the span."""
        lang = self.L["lang"]
        m, f, pos = TITLES.get(lang, EN_TITLES)
        if lang == "ja" and p["nat"]:
            return [self.n(p, "sur"), "様"]
        t = self.ch(f if p["f"] else m)
        if pos == "suf":
            nm = self.n(p, form or self.ch(["given", "sur"] if lang != "tr" else ["given"]))
            return [nm, t if t[0] in "- 님" else " " + t]
        return [t + " ", self.n(p, form or self.ch(["full", "sur", "sur"]))]

    def em(self, p):
        q = p.get("lat", p)
        g, s = fold(q["g"].lower().replace(" ", "")), fold(q["s"].lower().replace(" ", "").replace("'", ""))
        s = re.sub(r"^(bin|binti|a/p|al-|el-)", "", s) or s
        local = self.ch(
            [
                f"{g}.{s}",
                f"{g[0]}{s}",
                f"{g}_{s}{self.r.randint(1, 99)}",
                f"{s}.{g}",
                f"{g}{self.r.choice([self.r.randint(60, 99), self.r.randint(1962, 2004)])}",
                f"{g}.{s[0]}",
            ]
        )
        dom = self.ch(self.L["dom"] + GEN_DOMAINS) if self.L["dom"] else self.ch(GEN_DOMAINS)
        return ("EMAIL_ADDRESS", f"{local}@{dom}")

    def hd(self, p):
        q = p.get("lat", p)
        g, s = fold(q["g"].replace(" ", "")), fold(q["s"].replace(" ", "").replace("'", ""))
        return (
            "PERSON",
            self.ch(
                [
                    f"{g.lower()}_{s.lower()}",
                    f"{g}{s}",
                    f"{g[0].lower()}{s.lower()}",
                    f"{g.lower()}.{s.lower()}",
                    f"{g.lower()}{s[:1].lower()}{self.r.randint(2, 99)}",
                ]
            ),
        )

    # -- contact
    def _num(self, kind):
        region = self.L["region"]
        key = (region, kind)
        if key not in _PHONE_CACHE:
            ex = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
            _PHONE_CACHE[key] = ex
        ex = _PHONE_CACHE[key]
        nsn = phonenumbers.national_significant_number(ex)
        for _ in range(80):
            k = min(len(nsn) - 2, self.r.choice([4, 5, 6]))
            cand = nsn[:-k] + self.digits(k)
            num = phonenumbers.parse(f"+{ex.country_code}{cand}")
            if phonenumbers.is_valid_number(num):
                return num
        return ex

    def ph(self, fixed=None, style=None, ext=False):
        PNT = phonenumbers.PhoneNumberType
        fixed = self.r.random() < 0.3 if fixed is None else fixed
        num = self._num(PNT.FIXED_LINE if fixed else PNT.MOBILE)
        F = phonenumbers.PhoneNumberFormat
        style = style or self.r.choices(["nat", "intl", "e164", "loose", "00"], [40, 30, 8, 14, 8])[0]
        if style == "00" and self.L["region"] in ("US", "CA"):
            style = "intl"
        nat = phonenumbers.format_number(num, F.NATIONAL)
        intl = phonenumbers.format_number(num, F.INTERNATIONAL)
        if style == "nat":
            v = nat
        elif style == "intl":
            v = intl
        elif style == "e164":
            v = phonenumbers.format_number(num, F.E164)
        elif style == "00":
            v = "00" + intl[1:]
        else:
            sep = self.ch([".", "-", " "])
            v = (
                re.sub(r"[\s\-]+", sep, intl)
                if self.r.random() < 0.5
                else re.sub(r"[\s\-()]+", sep, nat).strip(sep)
            )
        if ext:
            v += self.ch([" ext. ", " x", " ext ", " ext."]) + self.digits(3)
            v += ")" if v.count("(") > v.count(")") else ""
        return ("PHONE_NUMBER", v)

    def spoken_phone(self):
        num = self._num(phonenumbers.PhoneNumberType.MOBILE)
        d = re.sub(r"\D", "", phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL))
        groups, i = [], 0
        while i < len(d):
            k = 4 if len(d) - i in (4, 8) else 3
            g = d[i : i + k]
            i += k
            if self.r.random() < 0.55:
                g = " ".join("oh" if (x == "0" and self.r.random() < 0.6) else NUMWORDS[int(x)] for x in g)
            groups.append(g)
        return ("PHONE_NUMBER", self.ch([", ", " ", " - "]).join(groups))

    def ad(self, native=None):
        L = self.L
        nat = (self.native if native is None else native) and "nfmts" in L
        fmt = self.ch(L["nfmts"] if nat else L["fmts"])
        v = fmt.format(
            n=self.r.randint(1, 240),
            st=self.ch(L["streets"]),
            city=self.ch(L["cities"]),
            pc=self.pat(L["pc"]),
            u=self.r.randint(1, 28),
            f=self.r.randint(1, 9),
            g=self.r.randint(1, 4),
            G=self.ch("ABCDEF"),
            nst=self.ch(L.get("nstreets", [""])),
            ncity=self.ch(L.get("ncities", [""])),
        )
        return ("STREET_ADDRESS", re.sub(r"\s+,", ",", v).strip().replace("  ", " "))

    def city(self):
        parts = self.ch(self.L["cities"]).split(" - ")[0].split(", ")
        if len(parts) > 1 and (
            re.fullmatch(r"[A-Z][A-Za-z.]{0,3}", parts[-1]) or parts[-1].startswith("Co.")
        ):
            return parts[-2]
        return parts[-1].split("/")[-1]

    # -- financial / identifiers
    def iban(self, spaced=None):
        cc = self.L["iban"]
        if not cc:
            if self.r.random() < 0.7:
                return f"acct {self.digits(self.r.choice([9, 10, 12]))}"
            cc = self.ch(["DE", "GB", "IE", "CH"])
        spec = IBAN_SPEC.get(cc, "18n")
        bban = ""
        for cnt, kind in re.findall(r"(\d+)([an])", spec):
            bban += "".join(
                self.ch(string.ascii_uppercase if kind == "a" else string.digits) for _ in range(int(cnt))
            )
        rearr = bban + cc + "00"
        chk = 98 - int("".join(str(int(c, 36)) for c in rearr)) % 97
        v = f"{cc}{chk:02d}{bban}"
        if spaced if spaced is not None else self.r.random() < 0.6:
            v = " ".join(v[i : i + 4] for i in range(0, len(v), 4))
        return ("IBAN_CODE", v)

    def card(self):
        kind = self.ch(["visa", "mc", "amex", "disc", "mc2"])
        pre, ln = {
            "visa": ("4", 16),
            "mc": (str(self.r.randint(51, 55)), 16),
            "amex": (self.ch(["34", "37"]), 15),
            "disc": ("6011", 16),
            "mc2": (str(self.r.randint(2221, 2720)), 16),
        }[kind]
        body = pre + self.digits(ln - len(pre) - 1)
        for c in string.digits:
            if luhn_ok(body + c):
                body += c
                break
        sep = self.ch([" ", "-", "", " "])
        grp = [4, 6, 5] if ln == 15 else [4, 4, 4, 4]
        out, i = [], 0
        for g in grp:
            out.append(body[i : i + g])
            i += g
        return ("CREDIT_CARD", sep.join(out))

    def ssn(self):
        a = self.r.choice([x for x in range(1, 900) if x != 666])
        v = f"{a:03d}-{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}"
        return ("US_SSN", v if self.r.random() < 0.85 else v.replace("-", " "))

    def dl(self):
        st = self.ch(list(DL_STATES))
        name, shape = DL_STATES[st]
        return self.ch([name, st]), ("US_DRIVER_LICENSE", self.pat(shape))

    def ip(self, v6=None):
        if v6 if v6 is not None else self.r.random() < 0.3:
            v = ipaddress.IPv6Address((0x2A02 << 112) | self.r.getrandbits(100))
            return ("IP_ADDRESS", str(v))
        return ("IP_ADDRESS", ".".join(str(self.r.randint(1, 254)) for _ in range(4)))

    # -- hard negatives
    def ref(self, pre="", k=8):
        return pre + self.digits(k)

    def date(self):
        d, m, y = self.r.randint(1, 28), self.r.randint(1, 12), self.r.choice([2023, 2024, 2025])
        return self.ch(
            [
                f"{d:02d}/{m:02d}/{y}",
                f"{y}-{m:02d}-{d:02d}",
                f"{d} {MONTHS[m - 1]} {y}",
                f"{DAYS[self.r.randrange(7)]} {d} {MONTHS[m - 1][:3]}",
            ]
        )

    def time(self):
        return self.ch(
            [
                f"{self.r.randint(0, 23):02d}:{self.r.choice([0, 15, 30, 45]):02d}",
                f"{self.r.randint(1, 12)}.{self.r.randint(0, 5)}0pm",
            ]
        )

    def amt(self):
        cur = CUR.get(self.code, "€") if self.r.random() < 0.8 else self.ch(["USD ", "EUR ", "$"])
        return f"{cur}{self.r.randint(5, 9000):,}.{self.r.randint(0, 99):02d}"

    def flight(self):
        return self.ch(["TA", "EI", "TK", "QR", "LH", "ET", "SQ"]) + str(self.r.randint(10, 2999))

    def org(self, handle=False):
        if self.use_brand:
            self.brand_used = True
            return ("@B", self.ch(HANDLE_BRANDS) if handle else self.ch(BRANDS))
        return "@" + self.ch(["CityAlerts", "HarbourMutual", "OrbitParcel"]) if handle else self.ch(COMPANIES)

    def age(self):
        return str(self.r.randint(19, 88))


# ----------------------------------------------------------------------------------------------------
# Templates: 32 genres x 4
# ----------------------------------------------------------------------------------------------------
# fmt: off
GENRES: list[tuple[str, list]] = []


def genre(name):
    def deco(*fns):
        assert len(fns) == 4
        GENRES.append((name, list(fns)))

    return deco


def _news0(c):
    a, b = c.p(), c.p()
    return [f"{c.city().upper()} — Residents were evacuated on {c.date()} after a gas main failed near ",
        c.ad(False), '. "We heard a bang and the windows shook," said resident ', c.full(a), f", {c.age()}. ",
        "Her neighbour, ", c.n(b), ", said crews from ", c.org(),
        f" arrived within {c.r.randint(9, 40)} minutes."]


def _news1(c):
    a = c.p()
    return ["Flooding closed three roads overnight. Shop owner ", c.full(a),
        " told reporters the water reached the till. ", c.n(a, "sur"),
        f" estimates losses at {c.amt()}. The mayor's office said {c.ch([*PUBLIC[12:13], 'officials'])} ",
        f"would visit on {c.date()}. Incident ref {c.ref('INC-', 6)}."]


def _news2(c):
    a, b = c.p(), c.p()
    return [f"A {c.ch(JOBS)} who asked to be named only as ", c.n(a, "given"),
        " described the scene: “people were climbing over cars.” Another witness, ", c.n(b, "init"),
        f", filmed the collapse from a balcony. Police have asked anyone with footage to call {c.ref('0800 ', 6)} " "(not a personal line) quoting case ", c.ref("CR/", 7), "."]


def _news3(c):
    a = c.p()
    return ["Volunteers led by ", c.full(a),
        f", a retired {c.ch(JOBS)}, handed out {c.r.randint(80, 900)} meals. ", '"', c.phr(3), '," ', c.n(a,
        "given"), " said. Donations can be dropped at ", c.ad(False), f" until {c.time()}. ", c.org(),
        " matched the first ", c.amt(), "."]


genre("news_witness")(_news0, _news1, _news2, _news3)


def _obit0(c):
    a, b, d = c.p(), c.p(), c.p()
    return [c.n(a, "REV"), f" — peacefully, on {c.date()}, aged {c.r.randint(61, 99)}. Beloved partner of ",
        c.n(b, "given"), " and devoted parent of ", c.n(d, "given"), ". Reposing at ", c.ad(False),
        f". Funeral mass {c.time()}. Family flowers only; donations to the hospice."]


def _obit1(c):
    a, b = c.p(), c.p()
    return ["So sorry to hear about ", c.n(a, "given"), ". ", c.n(a, "given"),
        "'s kindness at the shop will be missed by everyone on ", c.ad(False), ". Thinking of you ", c.n(b,
        "given"), f" ❤️ {c.phr(2)}, the team at ", c.org()]


def _obit2(c):
    a, b = c.p(), c.p()
    return [f"In loving memory of {''}", c.full(a),
        f" ({c.r.randint(1938, 1960)}–{c.r.randint(2023, 2025)}).\n",
        "Condolences may be sent to the family c/o ", c.full(b), ", ", c.ad(), " or by email ", c.em(b),
        ".\nThe service will be live-streamed; password ", c.ref("", 6), " (not a code to share)."]


def _obit3(c):
    a, b = c.p(), c.p()
    return ["RIP ", c.n(a, "lower"), " gone too soon. the match vs ", c.ch(TEAMS),
        " on saturday is dedicated to him. collection in the clubhouse, or ring ", c.n(b, "given"), " on ",
        c.ph(fixed=False), " x"]


genre("obituary")(_obit0, _obit1, _obit2, _obit3)


def _pet0(c):
    a = c.p()
    return [f"LOST {c.ch(PETS).upper()} — {c.ch(PET_NAMES)}, grey, microchipped (chip {c.ref('', 15)}). ",
        f"Last seen {c.date()} near ", c.ad(False), ". Please call ", c.n(a, "given"), " on ", c.ph(),
        f". Reward {c.amt()}."]


def _pet1(c):
    a = c.p()
    return [f"FOUND: friendly {c.ch(PETS)} wandering by the ", c.org(), " depot this morning. ",
        "Now safe with me at ", c.ad(), ". DM ", "@", c.hd(a), " or text ", c.ph(style="nat"),
        " to describe him."]


def _pet2(c):
    a, b = c.p(), c.p()
    return [f"{c.phr(4)}!! our {c.ch(PETS)} {c.ch(PET_NAMES)} escaped during the storm. ", "owners: ", c.n(a),
        " & ", c.n(b, "given"), " — ", c.ph(), " / ", c.em(a),
        f"\nshared {c.r.randint(3, 400)} times · case {c.ref('LP', 5)}"]


def _pet3(c):
    a = c.p()
    return [f"Reunited! Thanks to everyone who shared. {c.ch(PET_NAMES)} was found two streets away by ",
        c.tn(a), f" who spotted the poster at store #{c.r.randint(100, 999)}. {c.phr(1)}!"]


genre("lost_pet")(_pet0, _pet1, _pet2, _pet3)


def _nw0(c):
    a = c.p()
    return [f"Neighbourhood Watch — {c.date()}\nSuspicious van (reg partly seen, ending {c.pat('##A')}) ",
        "circling outside ", c.ad(False), f" around {c.time()}. ", "Reported by ", c.n(a, "init"),
        ". Police ref ", c.ref("PR", 9), ". Do NOT approach."]


def _nw1(c):
    a, b = c.p(), c.p()
    return ["Coordinator: ", c.full(a), " (", c.ph(), ")\nDeputy: ", c.full(b), " (", c.em(b),
        ")\nNext meeting in the hall; speaker from ", c.org(), " on doorstep scams."]


def _nw2(c):
    a = c.p()
    return ["Heads up all — a man claiming to be from ", c.org(),
        " is knocking doors asking for card numbers. ", c.n(a, "given"), " at no. ", str(c.r.randint(2, 90)),
        " gave him nothing and reported it. Genuine staff never ask for your PIN or OTP."]


def _nw3(c):
    a = c.p()
    return ["Bike stolen from shed behind ", c.ad(False), f" overnight. Frame no. {c.pat('AA########')}. ",
        "If seen pls contact ", c.n(a, "upper"), " ", c.ph(style="loose")]


genre("neighbourhood_watch")(_nw0, _nw1, _nw2, _nw3)


def _rota0(c):
    rows = ["Day | Volunteer | Phone | Role"]
    out: list = [rows[0] + "\n"]
    for d in DAYS[: c.r.randint(3, 5)]:
        p = c.p()
        out += [f"{d} | ", c.n(p, c.ch(["full", "init", "rev"])), " | ", c.ph(style="nat"),
            f" | {c.ch(JOBS)}\n"]
    return [*out, "Shelter: ", c.org(), " warehouse 4"]


def _rota1(c):
    out: list = ["shift\tname\tcontact\n"]
    for s in ["06-14", "14-22", "22-06"]:
        p = c.p()
        out += [f"{s}\t", c.n(p, "lower"), "\t", c.em(p), "\n"]
    return [*out, f"v{c.r.randint(1, 9)}.{c.r.randint(0, 9)} — updated {c.date()}"]


def _rota2(c):
    a, b, d = c.p(), c.p(), c.p()
    return [f"Sandbag rota ({c.ch(STORMS)})\n1. ", c.n(a), "\n2. ", c.n(b), "\n3. ", c.n(d, "REV"),
        "\nMeet at ", c.ad(False), f" {c.time()}. Swaps → text ", c.n(a, "given"), " ", c.ph()]


def _rota3(c):
    out: list = ["| # | Driver | Vehicle | Route |\n|---|---|---|---|\n"]
    for i in range(1, c.r.randint(3, 5)):
        p = c.p()
        out += [f"| {i} | ", c.n(p, c.ch(["full", "sur", "init"])),
            f" | {c.pat('AA## AAA')} | R{c.r.randint(1, 30)} |\n"]
    return out


genre("volunteer_rota")(_rota0, _rota1, _rota2, _rota3)


def _mail0(c):
    a, b = c.p(), c.p()
    return [f"{c.phr(0)} ", c.n(a, "given"), ",\nConfirmed for Thursday. I'll bring the generator.\n\n",
        f"> On {c.date()} at {c.time()}, ", c.full(a), " <", c.em(a), "> wrote:\n", "> Can anyone cover the ",
        c.org(), " site? Call me on ", c.ph(), "\n\n", c.n(b, "given")]


def _mail1(c):
    a, b = c.p(), c.p()
    return ["From: ", c.full(a), " <", c.em(a), ">\nTo: claims@harbourmutual.com\nCc: ", c.em(b),
        f"\nSubject: RE: RE: claim {c.ref('CLM-', 7)}\n\nPlease note my new address: ", c.ad(),
        f".\n\n{c.phr(2)},\n", c.n(a, "init")]


def _mail2(c):
    a, b = c.p(), c.p()
    return ["-----Original Message-----\nFrom: noreply@alerts.example\nSent: ", c.date(),
        "\nYour request was received.\n\nDear ", c.tn(b), ",\nforwarding this from ", c.n(a),
        " — their mobile is ", c.ph(), f". Booking ref {c.pat('AAA#A#')}, flight {c.flight()}."]


def _mail3(c):
    a = c.p()
    return ["> > please stop emailing support@ and use the portal\n> ok noted\n\n", c.n(a, "lower"),
        " here again. Still no refund from ", c.org(), f" for order {c.ref('#', 9)}. ", "You can reach me at ",
        c.em(a), "\n--\nSent from my phone"]


genre("email_thread")(_mail0, _mail1, _mail2, _mail3)


def _sms0(c):
    a, b = c.p(), c.p()
    return ["Forwarded as received ⤵️\n[", c.time(), "] ", c.n(a), ": water coming in at ", c.ad(False),
        ", can someone come? 🙏\n[", c.time(), "] ", c.n(b, "given"), ": on my way, call ", c.ph()]


def _sms1(c):
    a = c.p()
    return [c.org(), f": your code is {c.digits(6)}. Never share it. ", "— Msg from ", c.ph(style="intl"),
        ": hey its ", c.n(a, "given"), " my phone died, send the code pls"]


def _sms2(c):
    a, b = c.p(), c.p()
    return [f"{c.phr(0)} ", c.tn(a), f" 👋 {c.phr(1)} for yesterday. ", c.n(b, "given"),
        " says the keys are with the porter at ", c.ad(), " 🔑"]


def _sms3(c):
    a = c.p()
    return ["*FWD FWD* DO NOT IGNORE ", c.n(a, "upper"), " IS MISSING SINCE ", c.date().upper(),
        ". ANY INFO CALL ", c.ph(style="loose"), " PLEASE SHARE"]


genre("sms_forward")(_sms0, _sms1, _sms2, _sms3)


def _vm0(c):
    a = c.p()
    return [f"Voicemail ({c.time()}, 0:{c.r.randint(10, 59)}): \"hi it's ", c.n(a, "given"),
        " from number twelve, um, the roof's leaking again, can you call me back on ", c.spoken_phone(),
        ', thanks, bye"']


def _vm1(c):
    a = c.p()
    return ["[transcribed] Hello, this is ", c.tn(a), f" calling about policy {c.ref('POL', 8)}. ",
        "My number is ", c.spoken_phone(), ". I'm at ", c.ad(False), " all day. [end]"]


def _vm2(c):
    a, b = c.p(), c.p()
    return ["New voicemail from ", c.ph(style="intl"), "\n\"Yeah hiya it's ", c.n(a), ", ", c.n(b, "given"),
        "'s sister. The ", c.org(), f" parcel, tracking {c.pat('AA#########AA')}, went to the wrong flat.\""]


def _vm3(c):
    a = c.p()
    return ["Transcript confidence 0.", str(c.r.randint(55, 97)), ': "...the caller ', c.n(a, "sur"),
        " says press one for, uh, she'll be on ", c.spoken_phone(), ' after six."']


genre("voicemail")(_vm0, _vm1, _vm2, _vm3)


def _ocr0(c):
    a = c.p()
    return [c.full(a), "\n", c.ad(), f"\n\n{c.date()}\n\nDear Sir or Mad am,\nI write con-\ncerning account ",
        c.ref("", 8), " and the de bit taken on ", c.date(), ".\n\nYours faith fully\n\n", c.n(a, "init")]


def _ocr1(c):
    a = c.p()
    return ["R E F: ", c.ref("", 10), "\n", c.org(), "\nDear ", c.tn(a), "\nyour pay- \nment of ", c.amt(),
        " to ", c.iban(True), "\nwas re turned. Pl ease con tact ", c.ph(fixed=True), "\n"]


def _ocr2(c):
    a, b = c.p(), c.p()
    return ["To whom it may\nconcern,  I, ", c.n(a, "upper"), ", of ", c.ad(), ",\nauthorise my son ", c.n(b,
        "given"), " to collect my post.\nSigned ______ ", c.date()]


def _ocr3(c):
    a = c.p()
    return [f"~~ page 2 of 3 ~~\nfloor {c.r.randint(1, 9)} survey notes . . . occupant ", c.n(a, "REV"),
        " (tel ", c.ph(), ")\nsaid damp since ", c.date(), " |||| scan ID ", c.ref("SC", 6)]


genre("ocr_letter")(_ocr0, _ocr1, _ocr2, _ocr3)


def _bank0(c):
    a, b = c.p(), c.p()
    o = c.org()
    return [f"{c.date()}  CARD {c.digits(4)}  ", o.upper() if isinstance(o, str) else o, f"  -{c.amt()}\n",
        f"{c.date()}  TRANSFER TO ", c.n(a, "upper"), f"  -{c.amt()}\n", f"{c.date()}  FROM ", c.n(b, "upper"), f"  +{c.amt()}\nAccount ", c.iban(), f"  Balance {c.amt()}"]


def _bank1(c):
    a = c.p()
    return ["Statement for ", c.tn(a), "\n", c.ad(), "\nAccount: ", c.iban(),
        f"\nPeriod {c.date()} – {c.date()}\n", f"Overdraft rate {c.r.randint(5, 39)}.{c.r.randint(0, 9)}% EAR"]


def _bank2(c):
    a = c.p()
    base = [f"Dispute form {c.ref('DSP', 7)}\nCardholder: ", c.full(a), "\nCard: ", c.card(),
        f" exp {c.r.randint(1, 12):02d}/{c.r.randint(26, 31)}\nMerchant: ", c.org(), f"  {c.amt()}\n"]
    if c.us:
        base += ["SSN (last verification): ", c.ssn(), "\n"]
    return [*base, "Login IP ", c.ip()]


def _bank3(c):
    a = c.p()
    return [f"standing order {c.ref('SO', 6)} | payee ", c.n(a, "lower"), " | ", c.iban(False),
        f" | monthly {c.amt()} | ref RENT-{c.pat('A#')}"]


genre("bank_statement")(_bank0, _bank1, _bank2, _bank3)


def _del0(c):
    a = c.p()
    return [f"DELIVERY NOTE {c.ref('DN', 7)}\nCarrier: {c.ch(COMPANIES)}  Tracking: {c.pat('AA#########AA')}\n",
        "Deliver to: ", c.full(a), "\n", c.ad(), "\nTel: ", c.ph(),
        f"\nItems: 2 x {c.ch(PRODUCTS)}  Weight {c.r.randint(1, 30)}kg\nSafe place: porch"]


def _del1(c):
    a, b = c.p(), c.p()
    return [f"Signed for by {''}", c.n(a, "upper"), f" at {c.time()} — left with neighbour ", c.n(b, "sur"),
        " at no. ", str(c.r.randint(1, 99)), f". Driver ID {c.pat('D####')}, van {c.pat('V##')}."]


def _del2(c):
    a = c.p()
    return ["consignee,address,phone,cod\n", c.n(a, "lower"), ',"', c.ad(False), '",', c.ph(style="e164"),
        f",{c.amt()}\n"]


def _del3(c):
    a = c.p()
    return ["Relief pallet for ", c.org(), f" shelter ({c.ch(STORMS)})\nContact on site: ", c.n(a), " — ",
        c.ph(), f"\nPO {c.ref('PO-', 6)}, store {c.pat('ST###')}"]


genre("delivery_note")(_del0, _del1, _del2, _del3)


def _pol0(c):
    a, b = c.p(), c.p()
    out = [f"Incident {c.ref('INC', 8)} — At approx {c.time()} officers attended ", c.ad(False),
        " following a report from ", c.full(a), " (DOB withheld). The complainant stated that ", c.n(b),
        " had damaged a vehicle. ", c.n(b, "sur"), " was cautioned."]
    if c.us:
        st, dl = c.dl()
        out += [f" Subject presented {st} driver license ", dl, "."]
    return out


def _pol1(c):
    a = c.p()
    out = ["WITNESS STATEMENT\nName: ", c.n(a, "REV"), "\nAddress: ", c.ad(), "\nTel: ", c.ph(),
        f"\nOccupation: {c.ch(JOBS)}\n"]
    if c.us:
        out += ["SSN: ", c.ssn(), "\n"]
    return [*out, "I was walking past the ", c.org(), " branch when I heard shouting."]


def _pol2(c):
    a, b = c.p(), c.p()
    return ["Unit 4 log: stopped vehicle, driver ", c.n(a, "init"), ", passenger ", c.n(b, "given"),
        f". Plate {c.pat('AA## AAA')}. No further action. Body cam ref BWV-{c.digits(5)}."]


def _pol3(c):
    a = c.p()
    if c.us:
        st, dl = c.dl()
        return ["Traffic collision report. Driver 1: ", c.full(a), ", ", c.ad(), f". {st} DL# ", dl, ". SSN ",
            c.ssn(), f". Insurer: {c.ch(COMPANIES)} policy {c.ref('', 10)}."]
    return ["Collision at junction. Driver: ", c.full(a), ", ", c.ad(), ". Contact ", c.ph(),
        f". Insurer {c.ch(COMPANIES)}, policy {c.ref('', 10)}."]


genre("police_report")(_pol0, _pol1, _pol2, _pol3)


def _adj0(c):
    a = c.p()
    return [f"Adjuster notes — claim {c.ref('CLM', 8)}\nVisited insured ", c.tn(a), " at ", c.ad(),
        f". Water damage to ground floor, est. {c.amt()}. Photos uploaded ({c.r.randint(4, 40)}).\n",
        "Payout to ", c.iban(), " pending approval."]


def _adj1(c):
    a, b = c.p(), c.p()
    out = ["Spoke with ", c.n(a), " by phone (", c.ph(), "). Contractor ", c.n(b, "init"), " quoted ", c.amt(),
        f" excl. VAT. {c.ch(STORMS)} listed as cause; excess {c.amt()}."]
    if c.us:
        out += [" Claimant SSN on file: ", c.ssn(), "."]
    return out


def _adj2(c):
    a = c.p()
    return ["insured: ", c.n(a, "lower"), "\nrisk address: ", c.ad(), "\nloss: theft of ", c.ch(PRODUCTS),
        f"\nfraud score {c.r.randint(1, 99)}%, refer? N"]


def _adj3(c):
    a = c.p()
    return ["Re-inspection: the tenant ", c.n(a, "given"), " was not present; access via agent at ", c.org(),
        f". Moisture readings 18–{c.r.randint(20, 40)}%. Next visit {c.date()}."]


genre("loss_adjuster")(_adj0, _adj1, _adj2, _adj3)


def _ten0(c):
    a = c.p()
    return ["To the Housing Department,\nI am writing again about the mould in my flat at ", c.ad(),
        f". I first reported it on {c.date()} (ref {c.ref('HSG', 6)}). My children are ill.\n", c.phr(2),
        ",\n", c.full(a), "\n", c.ph()]


def _ten1(c):
    a, b = c.p(), c.p()
    return ["Complaint: noise from the flat above (", c.n(b, "sur"), " family) every night after ", c.time(),
        ". Complainant ", c.tn(a), ", ", c.em(a), ". Landlord: ", c.org(), "."]


def _ten2(c):
    a = c.p()
    return [f"{c.phr(4)} — no heating since {c.date()} at ", c.ad(), ". Contact ", c.n(a), " ", c.ph(),
        f". Tenancy {c.ref('T', 7)}."]


def _ten3(c):
    a, b = c.p(), c.p()
    return ["Councillor's casework: constituent ", c.n(a, "REV"),
        " reports the lift at block C has been out for ", f"{c.r.randint(3, 60)} days. Neighbour ", c.n(b),
        " (wheelchair user) is housebound."]


genre("tenant_complaint")(_ten0, _ten1, _ten2, _ten3)


def _dsar0(c):
    a = c.p()
    return ["Subject Access Request under Article 15 GDPR\n\nTo the Data Protection Officer, ", c.org(),
        "\nI, ", c.full(a),
        ", request a copy of all personal data you hold about me, including call recordings ", "linked to ",
        c.ph(), " and the email ", c.em(a), ".\nCurrent address: ", c.ad()]


def _dsar1(c):
    a = c.p()
    return [f"DSAR {c.ref('DSAR-', 5)} — identity verified ({c.date()}). Requester: ", c.n(a, "init"),
        ". Login IPs found: ", c.ip(), ", ", c.ip(),
        f". Deadline: 30 days. Handler: privacy@{''}company.example"]


def _dsar2(c):
    a = c.p()
    return ["Please erase my account. Username ", c.hd(a), f". I closed my card ending {c.digits(4)} already. ",
        c.phr(1), ", ", c.n(a, "given")]


def _dsar3(c):
    a, b = c.p(), c.p()
    return ["On behalf of my mother, ", c.tn(a), ", I ask that ", c.org(),
        " stops processing her data. Letter of authority attached. — ", c.full(b), ", ", c.em(b)]


genre("dsar")(_dsar0, _dsar1, _dsar2, _dsar3)


def _job0(c):
    a = c.p()
    out = [f"Application — {c.ch(JOBS).title()} (job ref {c.ref('JR', 5)})\n", c.full(a), "\n", c.ad(), "\n",
        c.ph(), " · ", c.em(a), "\n"]
    if c.us:
        st, dl = c.dl()
        out += ["Valid ", st, " driver's license: ", dl, "\n"]
    return [*out, "I have 6 years' experience with ", c.org(), " in emergency logistics."]


def _job1(c):
    a, b = c.p(), c.p()
    return ["Reference for ", c.full(a), "\n\nI managed ", c.n(a, "given"),
        f" for three years as a {c.ch(JOBS)}. ", c.n(a, "given"), "'s rota skills were excellent.\n\n",
        c.full(b), f", Operations Manager\n{c.ch(COMPANIES)} | ", c.ph(fixed=True, ext=True)]


def _job2(c):
    a = c.p()
    out = ["New starter form\nSurname: ", c.n(a, "sur" if not c.L["east"] else "full"), "\nAddress: ", c.ad(),
        "\nBank: ", c.iban() if c.L["iban"] else "on file", "\n"]
    if c.us:
        out += ["SSN: ", c.ssn(), "\n"]
    return [*out, f"Start date {c.date()}, badge {c.pat('B####')}"]


def _job3(c):
    a = c.p()
    return ["hi, saw the volunteer coordinator post on linkedin. i'm ", c.n(a, "lower"),
        ", cv attached (v3 final).", " reachable on ", c.ph(), " most evenings."]


genre("job_application")(_job0, _job1, _job2, _job3)


def _sch0(c):
    b, t = c.p(), c.p()
    a = dict(b, g=c.p(b["nat"])["g"])  # child shares the parent's surname
    return ["Dear ", c.tn(t, "sur"), ",\n", c.n(a, "given"),
        f" (Year {c.r.randint(1, 11)}) ", f"will be absent on {c.date()} due to a hospital appointment.\n",
        c.phr(2), ",\n", c.full(b), "\n", c.ph()]


def _sch1(c):
    a = c.p()
    return ["Absence line message: ", c.n(a, "full"),
        f", class {c.r.randint(1, 6)}{c.ch('ABC')}, sick with flu. ", "Parent number ", c.ph(style="nat"), "."]


def _sch2(c):
    a, b = c.p(), c.p()
    return ["School closed due to ", c.ch(STORMS), ". Pickup list: ", c.n(a, "init"), ", ", c.n(b, "init"),
        ". Emergency contact for both: ", c.ph(), "."]


def _sch3(c):
    a = c.p()
    return ["Hey ms ", c.n(c.p(), "sur"), " sorry ", c.n(a, "given"), " was late, bus didnt come 🙄 - ", c.n(a,
        "given"), "'s mum"]


genre("school_absence")(_sch0, _sch1, _sch2, _sch3)


def _med0(c):
    a = c.p()
    return ["Reminder: ", c.tn(a), f", your appointment at {c.ch(['Meridian Health', 'the clinic'])} is on ",
        f"{c.date()} at {c.time()}. Reply C to cancel. Do not reply with personal details."]


def _med1(c):
    a = c.p()
    return [f"{c.phr(0)} ", c.n(a, "given"), ", vaccine dose 2 booked. Bring ID. Booking ", c.pat("AA##A#"),
        ". Queries: ", c.ph(fixed=True)]


def _med2(c):
    a, b = c.p(), c.p()
    return ["Patient: ", c.n(a, "REV"), "\nNext of kin: ", c.full(b), " (", c.ph(), ")\nHome: ", c.ad(),
        f"\nClinic room {c.r.randint(1, 20)}, consultant on leave."]


def _med3(c):
    a = c.p()
    return ["Your prescription is ready at store ", c.pat("#####"), ". Collected by: ", c.n(a, "init"),
        f". OTP {c.digits(6)}."]


genre("medical_reminder")(_med0, _med1, _med2, _med3)


def _guest0(c):
    out: list = ["Guest list — fundraiser dinner\n"]
    for _ in range(c.r.randint(3, 6)):
        p = c.p()
        out += ["- ", c.n(p, c.ch(["full", "rev", "init"])), f" (+{c.r.randint(0, 2)})\n"]
    return [*out, f"Special guest: {c.ch(PUBLIC)}\nSponsor: ", c.org()]


def _guest1(c):
    out: list = ["TABLE 4: "]
    for i in range(3):
        out += [c.n(c.p(), "upper"), ", " if i < 2 else ""]
    return [*out, f" — menu B, {c.r.randint(2, 9)} veg"]


def _guest2(c):
    a, b = c.p(), c.p()
    return ["RSVP from ", c.full(a), " and ", c.n(b, "given"), " — yes! dietary: nut allergy. ", c.em(a)]


def _guest3(c):
    out: list = ["name,table,email\n"]
    for _ in range(3):
        p = c.p()
        out += [c.n(p, "full"), f",{c.r.randint(1, 20)},", c.em(p), "\n"]
    return out


genre("guest_list")(_guest0, _guest1, _guest2, _guest3)


def _club0(c):
    a = c.p()
    return [f"Membership renewal {c.r.randint(2024, 2026)}\nMember: ", c.full(a), f" (no. {c.ref('M', 5)})\n",
        "Address: ", c.ad(), "\nDirect debit: ", c.iban(), f"\nFee {c.amt()} — junior section"]


def _club1(c):
    a = c.p()
    return [f"{c.phr(0)} ", c.n(a, "given"), f", your {c.ch(TEAMS)} supporters' club card expires {c.date()}. ",
        "Renew online; any issues ring the secretary on ", c.ph(fixed=True), "."]


def _club2(c):
    a = c.p()
    return ["Payment received: ", c.amt(), " from ", c.n(a), " via card ", c.card(),
        f". Receipt {c.ref('R', 6)}."]


def _club3(c):
    a, b = c.p(), c.p()
    return ["Committee: chair ", c.full(a), "; treasurer ", c.full(b), " (", c.em(b), "). Kit sponsor: ",
        c.org(), "."]


genre("club_renewal")(_club0, _club1, _club2, _club3)


def _fund0(c):
    a, b = c.p(), c.p()
    return ["Help ", c.full(a), " rebuild after the fire\n",
        f"Raised {c.amt()} of {c.amt()} · {c.r.randint(10, 900)} ", "donors\n", c.n(a, "given"), "'s home at ",
        c.ad(False), " was destroyed on ", c.date(), ". Organised by ", c.full(b), "."]


def _fund1(c):
    a = c.p()
    return [f"Update #{c.r.randint(2, 9)}: ", c.n(a, "given"),
        " is out of ICU!! thank you all. bank transfer option for those who asked: ", c.iban(), " (", c.n(a),
        ")"]


def _fund2(c):
    a, b = c.p(), c.p()
    return ["Anonymous donated ", c.amt(), "\n", c.n(b), " donated ", c.amt(), ' — "stay strong ', c.n(a,
        "given"), '"\n', c.org(), " matched"]


def _fund3(c):
    a = c.p()
    return [f"{c.phr(3)}: the family of ", c.n(a), f" lost everything in {c.ch(STORMS)}. ",
        "Contact organiser via ", c.em(a), " or WhatsApp ", c.ph(style="intl")]


genre("crowdfunding")(_fund0, _fund1, _fund2, _fund3)


def _rev0(c):
    a = c.p()
    return [f'★☆☆☆☆ "waited 2 hours"\nOwner reply: {c.phr(0)}, sorry about this. ', c.n(a, "given"),
        " was on shift alone that night. Please email me at ", c.em(c.p()), f" quoting order {c.ref('#', 6)}."]


def _rev1(c):
    a, b = c.p(), c.p()
    return ["Reply from the owner: Thank you! I'll pass this on to ", c.n(a, "given"), " and ", c.n(b, "given"),
        f". See you at store {c.pat('##')} again. — ", c.full(c.p())]


def _rev2(c):
    a = c.p()
    return ['"', c.org(), " tech was rude\" → Response: We've spoken to ", c.n(a, "init"),
        ". A manager will call you on the number ending ", c.digits(4), "."]


def _rev3(c):
    a = c.p()
    return ["Great service after the storm 👍 ", c.n(a, "lower"), " fixed our roof same day. ",
        f"Paid {c.amt()}, invoice {c.ref('INV', 5)}."]


genre("review_reply")(_rev0, _rev1, _rev2, _rev3)


def _for0(c):
    a = c.p()
    return [f"Re: power cut in the area?\nSame here, since {c.time()}. ", c.org(), " says 4 hours.\n--\n",
        c.full(a), f" | {c.ch(JOBS)} | ", c.ph(), '\n"Be kind."']


def _for1(c):
    a, b = c.p(), c.p()
    return ["Posted by u/", c.hd(a), f" · {c.r.randint(2, 23)}h\n", "@", c.hd(b),
        " did your insurer pay out? mine (", c.org(), ") refused."]


def _for2(c):
    a = c.p()
    return ["Thanks all. Router is ", c.ch(PRODUCTS), f" fw {c.r.randint(1, 9)}.{c.r.randint(0, 20)}.",
        f"{c.r.randint(0, 9)}, WAN IP was ", c.ip(), ".\n\n~ ", c.n(a, "given"), " ~\n", c.em(a)]


def _for3(c):
    a = c.p()
    return [c.org(handle=True), " hey, been on hold 50 mins. Case ", c.ref("", 8), ". cc ", "@", c.hd(a)]


genre("forum_post")(_for0, _for1, _for2, _for3)


def _cfg0(c):
    a, b = c.p(), c.p()
    return [f"# incident-bot config v{c.r.randint(1, 4)}.{c.r.randint(0, 9)}\nescalation:\n  primary:\n    name: ", c.full(a), "\n    email: ", c.em(a), '\n    phone: "', c.ph(style="e164"), '"\n  backup: ', c.hd(b), "\n  fallback: oncall@ops.example\nregion: eu-west-1\n"]


def _cfg1(c):
    a = c.p()
    return ["[contact]\nowner = ", c.n(a), "\nmail = ", c.em(a), "\n\n[network]\nbind = ", c.ip(),
        "\nport = 8443\ntimeout = 30\n"]


def _cfg2(c):
    a = c.p()
    return ["site:\n  title: ", c.org(), " relief map\n  maintainer: ", c.hd(a), '\n  address: "', c.ad(False),
        '"\n  analytics: off\n']


def _cfg3(c):
    a = c.p()
    return ["ALERT_SMS_TO=", c.ph(style="e164"), "\nALERT_NAME=", c.n(a, "upper"),
        f"\nRETRY=3\nVERSION=2.{c.r.randint(0, 30)}.1\nALLOW_IP=", c.ip(True), "\n"]


genre("config_snippet")(_cfg0, _cfg1, _cfg2, _cfg3)


def _csv0(c):
    out: list = ["id,first_name,last_name,email,phone,city\n"]
    for _i in range(c.r.randint(2, 4)):
        p = c.p(False)
        low = c.r.random() < 0.3
        out += [f"{c.ref('', 5)},", c.n(p, "given") if not low else ("PERSON", p["g"].lower()), ",", ("PERSON",
            p["s"]), ",", c.em(p), ",", c.ph(style="e164"), f",{c.city()}\n"]
    return out


def _csv1(c):
    out: list = ['"Name";"Address";"Card"\n']
    for _ in range(2):
        p = c.p()
        out += ['"', c.n(p, "rev"), '";"', c.ad(False), '";"', c.card(), '"\n']
    return out


def _csv2(c):
    out: list = ["timestamp,user,ip,action\n"]
    for _ in range(3):
        p = c.p(False)
        out += [f"{c.date()} {c.time()},", c.hd(p), ",", c.ip(), f",{c.ch(['login', 'export', 'delete'])}\n"]
    return out


def _csv3(c):
    out: list = ["ticket_id\tstatus\tassignee\tpriority\n"]
    for _ in range(3):
        out += [f"{c.ref('TCK-', 5)}\t{c.ch(['open', 'closed'])}\t", c.n(c.p(), "init"),
            f"\tP{c.r.randint(1, 4)}\n"]
    return out


genre("csv_export")(_csv0, _csv1, _csv2, _csv3)


def _git0(c):
    a = c.p(False)
    return [f"commit {c.r.getrandbits(160):040x}\nAuthor: ", c.full(a), " <", c.em(a),
        f">\nDate:   {c.date()}\n\n",
        f"    fix(geo): clamp lat/long for {c.ch(STORMS)} feed (v{c.r.randint(1, 5)}.{c.r.randint(0, 9)}.0)\n"]


def _git1(c):
    a, b = c.p(False), c.p(False)
    return [f"{c.r.getrandbits(28):07x} Merge pull request #{c.r.randint(100, 999)} from ", c.hd(a),
        "/hotfix\n", f"{c.r.getrandbits(28):07x} docs: update runbook\n\nCo-authored-by: ", c.full(b), " <",
        c.em(b), ">"]


def _git2(c):
    a = c.p(False)
    return ["Signed-off-by: ", c.full(a), " <", c.em(a), ">\nReviewed-by: dependabot[bot]\n", "Reported-by: ",
        c.org(), " status page"]


def _git3(c):
    a = c.p(False)
    return [f"$ git blame alerts.py -L 40,42\n{c.r.getrandbits(28):07x} (", c.full(a),
        f" {c.date()} 41)     THRESHOLD = 0.{c.r.randint(1, 9)}"]


genre("git_log")(_git0, _git1, _git2, _git3)


def _cal0(c):
    a, b = c.p(False), c.p(False)
    return [f"BEGIN:VEVENT\nSUMMARY:{c.ch(STORMS)} response call\nDTSTART:20250{c.r.randint(1, 9)}" f"{c.r.randint(10, 28)}T0900Z\nORGANIZER;CN=", c.full(a), ":mailto:", c.em(a), "\nATTENDEE;CN=", c.full(b), ":mailto:", c.em(b), "\nLOCATION:Room 3B\nEND:VEVENT"]


def _cal1(c):
    a = c.p()
    return ["Invitation: Site walk @ ", c.date(), " ", c.time(), "\nWhere: ", c.ad(False), "\nOrganiser: ",
        c.n(a), "\nDial-in: +1 555 0100 PIN 4471# (conference bridge)"]


def _cal2(c):
    a, b = c.p(), c.p()
    return ["Accepted: 1:1 ", c.n(a, "given"), " / ", c.n(b, "given"), f" — weekly, {DAYS[c.r.randrange(5)]} ",
        c.time()]


def _cal3(c):
    a = c.p()
    return ["Reminder: ", c.org(), " quarterly review in 15 min. Host ", c.full(a), " (", c.ph(ext=True), ")"]


genre("calendar_invite")(_cal0, _cal1, _cal2, _cal3)


def _tk0(c):
    a, b = c.p(False), c.p(False)
    return [f"[{c.ref('ESC-', 4)}] P1 escalated by ", "@", c.hd(a), "\n", "@", c.hd(b),
        " please take over, customer ", c.full(c.p()), " has called 5 times. @triage-bot labelled it billing."]


def _tk1(c):
    a = c.p()
    return [f"Ticket #{c.ref('', 6)} | SLA breach in 2h\nCustomer: ", c.n(a), "  (", c.em(a), ")\n",
        "Card last4 ", c.digits(4), f", plan Pro v{c.r.randint(2, 5)}\nAssigned: Tier 2"]


def _tk2(c):
    a = c.p()
    return [c.org(handle=True), " escalating per customer request. ", c.n(a, "given"), " cannot log in from ",
        c.ip(), f" since {c.date()}."]


def _tk3(c):
    a, b = c.p(False), c.p(False)
    return ["Note from ", "@", c.hd(a), ": spoke to ", c.n(b, "init"), " at ", c.ad(False),
        ", outage confirmed, credit of ", c.amt(), " approved."]


genre("ticket_escalation")(_tk0, _tk1, _tk2, _tk3)


# --- PII-free genres
def _pr0(c):
    return [c.org(), f" today announced the {c.ch(PRODUCTS)}, shipping from {c.date()} at {c.amt()}. ",
        f"The device cuts standby power by {c.r.randint(10, 60)}%. Available in {c.r.randint(12, 40)} markets."]


def _pr1(c):
    return [f"FOR IMMEDIATE RELEASE\n{c.city().upper()}, {c.date()} — ", c.org(),
        f" has opened a relief logistics hub supporting {c.ch(TEAMS)} Foundation. Version {c.r.randint(1, 4)}.0 ", "of its tracking platform goes live in Q3."]


def _pr2(c):
    return [f"Recall notice: batch {c.pat('AA####')} of {c.ch(PRODUCTS)}. ",
        f"Customers should visit any store or call the free helpline. Refunds of up to {c.amt()}."]


def _pr3(c):
    return [f"{c.ch(COMPANIES)} partners with ", c.org(), " to bring flood sensors to ",
        f"{c.r.randint(40, 900)} towns. Press contact: media@pressdesk.example"]


genre("press_release")(_pr0, _pr1, _pr2, _pr3)


def _wx0(c):
    return [f"AMBER WARNING — {c.ch(STORMS)}\nValid {c.time()} {c.date()} to {c.time()}. Gusts {c.r.randint(60, 140)} ", f"km/h along the coast of {c.city()}. Met service advises against travel."]


def _wx1(c):
    return [f"{c.ch(STORMS)} made landfall near {c.city()} at {c.time()}; {c.r.randint(2000, 90000)} homes without ", "power. ", c.org(), " flights cancelled until further notice."]


def _wx2(c):
    return [f"Rainfall totals: {c.city()} {c.r.randint(20, 200)} mm, upland stations {c.r.randint(50, 300)} mm. ", f"River gauge level {c.r.randint(1, 9)}.{c.r.randint(0, 99)} m and rising."]


def _wx3(c):
    return [f"Heat advisory for {c.city()}: highs {c.r.randint(36, 47)}°C through {c.date()}. ",
        "Cooling centres open in libraries. UV index 11."]


genre("weather_warning")(_wx0, _wx1, _wx2, _wx3)


def _sp0(c):
    t1, t2 = c.r.sample(TEAMS, 2)
    return [f"{t1} {c.r.randint(0, 4)}-{c.r.randint(0, 4)} {t2}. {c.ch(PUBLIC[:2] + PUBLIC[6:7] + PUBLIC[13:])} ", f"scored in the {c.r.randint(2, 90)}th minute; attendance {c.r.randint(8000, 70000):,}."]


def _sp1(c):
    return [f"{c.ch(PUBLIC[1:2] + PUBLIC[4:5] + PUBLIC[9:10])} advanced to the quarter-final after a ",
        f"{c.r.randint(6, 7)}-{c.r.randint(3, 5)} first set. Match sponsored by ", c.org(), "."]


def _sp2(c):
    return [f"{c.ch(PUBLIC[5:6] + PUBLIC[8:9])} headlines the charity run in {c.city()} on {c.date()}; ",
        f"proceeds go to {c.ch(STORMS)} relief."]


def _sp3(c):
    return [f"Transfer news: {c.ch(TEAMS)} confirm interest; fee reported at {c.amt()}m. Coach to speak at {c.time()}."]


genre("match_report")(_sp0, _sp1, _sp2, _sp3)


def _mk0(c):
    return [c.org(), f" shares fell {c.r.randint(1, 9)}.{c.r.randint(0, 9)}% after {c.ch(STORMS)} disrupted ",
        f"shipping; volume {c.r.randint(1, 30)}m. Analysts at {c.ch(COMPANIES)} kept a hold rating."]


def _mk1(c):
    return [f"Close {c.date()}: index +{c.r.randint(0, 3)}.{c.r.randint(10, 99)}%, insurers led losses ",
        f"({c.ch(COMPANIES)} -{c.r.randint(2, 8)}%). Brent {c.amt()}."]


def _mk2(c):
    return [f"Q{c.r.randint(1, 4)} results: revenue {c.amt()}bn, EPS {c.r.randint(1, 9)}.{c.r.randint(10, 99)}. ", c.org(), " guidance unchanged."]


def _mk3(c):
    return [f"Bond yields in {c.city()} rose to {c.r.randint(2, 7)}.{c.r.randint(0, 99)}%; central bank meets {c.date()}."]


genre("market_note")(_mk0, _mk1, _mk2, _mk3)

# fmt: on
TEMPLATES = [fn for _, fns in GENRES for fn in fns]
# templates that carry SSN / driver licence when the row is US: draw US for half of them
US_BIAS = {_bank2, _pol0, _pol1, _pol3, _adj1, _job0, _job2}
PII_FREE_GENRES = {"press_release", "weather_warning", "match_report", "market_note"}


# ----------------------------------------------------------------------------------------------------
# Rendering
# ----------------------------------------------------------------------------------------------------
def _flatten(x, out):
    if isinstance(x, list):
        for y in x:
            _flatten(y, out)
    elif isinstance(x, tuple):
        out.append(x)
    elif x:
        out.append(str(x))


def _typo(r: random.Random, s: str) -> str:
    words = [m for m in re.finditer(r"[a-z]{5,}", s)]
    if not words:
        return s
    m = r.choice(words)
    i = r.randrange(m.start() + 1, m.end() - 2)
    return s[:i] + s[i + 1] + s[i] + s[i + 2 :]


# source tags a monitoring feed appends; they carry the brand when the template had no company slot
TRAILERS = [
    ("\n\n— shared via ", " community alerts"),
    ("\n[source: ", " partner feed]"),
    (" | ingested from ", " hotline log"),
    ("\n\nFlagged for ", " monitoring"),
    ("\n\ncc ", None),
    (" — reposted by ", None),
]


def render(r: random.Random, pieces, case=None):
    flat: list = []
    _flatten(pieces, flat)
    if r.random() < 0.12:
        idx = [i for i, x in enumerate(flat) if isinstance(x, str) and len(x) > 20]
        if idx:
            i = r.choice(idx)
            flat[i] = _typo(r, flat[i])
    text, spans, brands = "", [], []
    for x in flat:
        if isinstance(x, tuple):
            lab, v = x
            if lab == "@B":
                if v not in brands:
                    brands.append(v)
                text += v
                continue
            v = v.upper() if case == "upper" else v.lower() if case == "lower" else v
            spans.append({"label": lab, "start": len(text), "end": len(text) + len(v), "value": v})
            text += v
        else:
            text += x.upper() if case == "upper" else x.lower() if case == "lower" else x
    return text, spans, brands


def generate(n: int = 1500, seed: int = 0) -> list[dict]:
    r = random.Random(seed)
    order: list[int] = []
    while len(order) < n:
        block = list(range(len(TEMPLATES)))
        r.shuffle(block)
        order += block
    rows = []
    for tid in order[:n]:
        code = r.choices(LOCALES, LOC_WEIGHTS)[0]
        if TEMPLATES[tid] in US_BIAS and r.random() < 0.5:
            code = "US"
        c = Ctx(r, code, r.random() < 0.42)
        pieces = TEMPLATES[tid](c)
        if c.use_brand and not c.brand_used:
            pre, post = r.choice(TRAILERS)
            pieces = [
                pieces,
                pre,
                ("@B", r.choice(HANDLE_BRANDS) if post is None else r.choice(BRANDS)),
                post,
            ]
        case = None
        if r.random() < 0.05:
            case = r.choice(["upper", "lower"])
        text, spans, brands = render(r, pieces, case)
        rows.append({"text": text, "spans": spans, "template_id": tid, "locale": code, "brands": brands})
    return rows


# ----------------------------------------------------------------------------------------------------
# Validation
# ----------------------------------------------------------------------------------------------------
def check(seeds=(0, 1, 2, 3), n=750) -> int:
    from collections import Counter

    hard, soft, labels, used, free, total = [], 0, Counter(), set(), 0, 0
    phones = 0
    for seed in seeds:
        rows = generate(n, seed)
        assert rows == generate(n, seed), "non-deterministic"
        for k, row in enumerate(rows):
            total += 1
            tag = f"seed{seed}#{k}"
            if set(row) != {"text", "spans", "template_id", "locale", "brands"}:
                hard.append(f"{tag} keys")
            used.add(row["template_id"])
            text, prev = row["text"], 0
            if re.search(r"\('(@B|[A-Z_]{5,})', ", text):
                hard.append(f"{tag} piece tuple leaked into text")
            free += not row["spans"]
            for sp in row["spans"]:
                lab, v = sp["label"], sp["value"]
                labels[lab] += 1
                if lab not in LABELS:
                    hard.append(f"{tag} label {lab}")
                if text[sp["start"] : sp["end"]] != v or v != v.strip() or not v:
                    hard.append(f"{tag} span text {v!r}")
                if sp["start"] < prev:
                    hard.append(f"{tag} overlap/order")
                prev = sp["end"]
                if lab == "CREDIT_CARD" and not luhn_ok(v):
                    hard.append(f"{tag} luhn {v}")
                if lab == "IBAN_CODE" and not iban_ok(v):
                    hard.append(f"{tag} iban {v}")
                if lab == "US_SSN" and not re.fullmatch(r"\d{3}[- ]\d{2}[- ]\d{4}", v):
                    hard.append(f"{tag} ssn {v}")
                if lab == "EMAIL_ADDRESS" and not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v, re.ASCII):
                    hard.append(f"{tag} email {v}")
                if lab in ("US_SSN", "US_DRIVER_LICENSE") and row["locale"] != "US":
                    hard.append(f"{tag} US-only label outside US")
                spoken = re.search(r"(zero|one|two|three|four|five|six|seven|eight|nine|oh)\b", v.lower())
                if lab == "PHONE_NUMBER" and not spoken:
                    phones += 1
                    try:
                        reg = LOC[row["locale"]]["region"]
                        ok = phonenumbers.is_valid_number(
                            phonenumbers.parse(re.sub(r"^00", "+", v.replace("(0)", "")), reg)
                        )
                    except phonenumbers.NumberParseException:
                        ok = False
                    soft += not ok
            for b in row["brands"]:
                if b not in BRANDS + HANDLE_BRANDS:
                    hard.append(f"{tag} unknown brand {b}")
                pos = [m.start() for m in re.finditer(re.escape(b), text)]
                if not pos:
                    hard.append(f"{tag} brand missing {b}")
                for p in pos:
                    if any(s["start"] < p + len(b) and p < s["end"] for s in row["spans"]):
                        hard.append(f"{tag} brand inside span {b}")
    missing = set(range(len(TEMPLATES))) - used
    if missing:
        hard.append(f"unused templates {sorted(missing)}")
    print(f"rows={total} genres={len(GENRES)} templates={len(TEMPLATES)} locales={len(LOCALES)}")
    print(f"pii_free={free / total:.1%}  phone_invalid(soft)={soft}/{phones}")
    print("labels:", dict(labels.most_common()))
    for h in hard[:30]:
        print("HARD:", h)
    print("hard problems:", len(hard))
    return 1 if hard else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args(argv)
    if a.check:
        return check()
    try:
        for row in generate(a.n, a.seed):
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    except BrokenPipeError:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
