"""An independent labelled PII test set: sentence shapes, people and streets no tuning pass saw.

Usage: .venv/bin/python bench/pii_synth_unseen.py [--n 1500] [--seed 5050] > rows.jsonl

Rows are shaped as bench/pii_synth.py's: {text, spans: [{label, start, end, value}], template_id,
locale, brands}. Everything here (templates, given names, surnames, streets, cities) was written
for this file alone, without looking at the redactor or the other generators' tables, and without
Faker or any name package, so the redactor was never tuned on any of it. Genres: app-store
reviews, chat transcripts, incident post-mortems, complaint emails with signatures, forum replies
quoting others, delivery-driver notes, HR/IT tickets, newsletter bylines, tweets, voicemail
transcripts and multi-line forms; some texts all in lower case, some shouted, some with typos.

Labelling conventions (as pii_synth.py): an @handle made from a person's name is PERSON without
its "@"; a title (Dr., Mrs, Pani ...) is outside the PERSON span; a possessive "'s" is outside it.
A STREET_ADDRESS span covers house number, street, flat/unit/floor and, when written with them,
district, postcode and city; a city alone is not labelled. Role mailboxes (support@, billing@ ...)
are not labelled. `brands` lists the tenant's watch terms exactly as written in the text (in a
lower-case or shouted text they are written, and listed, in that case).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from pii_synth import BRANDS, HANDLE_BRANDS

# --- people ----------------------------------------------------------------------------------------
# locale -> (given names, surnames, phone region, address country, name order)
# order: "gs" given-surname, "sg" surname-given (always), "mix" either (per person)

PEOPLE: dict[str, tuple[list[str], list[str], str, str, str]] = {
    "ng": (
        ["Chukwuemeka", "Ngozi", "Babatunde", "Tunde", "Folasade", "Oluwaseun", "Adaeze", "Ikechukwu",
         "Yetunde", "Zainab", "Emeka", "Chiamaka", "Olumide", "Aisha", "Kelechi", "Temitope", "Grace"],
        ["Okonkwo", "Adeyemi", "Okafor", "Balogun", "Nwosu", "Ogunleye", "Eze", "Abubakar", "Oyelaran",
         "Chukwuma", "Adebayo", "Ibekwe", "Onyekachi"],
        "NG", "ng", "gs",
    ),
    "in": (
        ["Priya", "Rahul", "Ananya", "Vikram", "Lakshmi", "Arjun", "Sneha", "Karthik", "Deepa",
         "Harpreet", "Aditya", "Meenakshi", "Siddharth", "Kavya", "Gurleen", "Anirudh"],
        ["Sharma", "Iyer", "Reddy", "Patel", "Nair", "Chatterjee", "Venkataraman", "Deshpande", "Gill",
         "Banerjee", "Kulkarni", "Menon", "Raghunathan"],
        "IN", "in", "gs",
    ),
    "vn": (
        ["Van An", "Thi Lan", "Minh Tuan", "Thu Trang", "Quoc Bao", "Ngoc Anh", "Duc Huy", "Hai Yen",
         "Thanh Tùng", "Khánh Linh", "Bich Ngoc"],
        ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Nguyễn", "Trần", "Phan"],
        "VN", "vn", "sg",
    ),
    "tr": (
        ["Emre", "Elif", "Burak", "Zeynep", "Mehmet", "Ayşe", "Oğuz", "Selin", "Cansu", "Kaan",
         "Gökhan", "Büşra", "Tuğba"],
        ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Karakaya",
         "Erdoğdu", "Kocabıyık"],
        "TR", "tr", "gs",
    ),
    "pl": (
        ["Katarzyna", "Tomasz", "Agnieszka", "Paweł", "Małgorzata", "Krzysztof", "Zofia", "Wojciech",
         "Jadwiga", "Bartłomiej", "Ewa", "Grzegorz", "Kasia"],
        ["Kowalski", "Nowak", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski", "Zieliński",
         "Szymańska", "Grabowski", "Przybylska", "Dąbrowski", "Chrząszcz"],
        "PL", "pl", "gs",
    ),
    "br": (
        ["João", "Ana Paula", "Thiago", "Juliana", "Rafael", "Letícia", "Gustavo", "Camila",
         "Raimundo", "Iara", "Caio", "Fernanda", "Wellington"],
        ["Silva", "Santos", "Oliveira", "Souza", "Ferreira", "Carvalho Nogueira", "Albuquerque",
         "Teixeira", "Cavalcanti", "Moura Lima", "Bezerra"],
        "BR", "br", "gs",
    ),
    "ph": (
        ["Maricel", "Jomar", "Rowena", "Jerome", "Analyn", "Rhea", "Mark Anthony", "Jhun", "Cristina",
         "Ramil", "Gerlie", "Dindo", "Lovely"],
        ["Santos", "Reyes", "Dela Cruz", "Bautista", "Mendoza", "Villanueva", "Macaraeg",
         "Dimaculangan", "Ocampo", "Pangilinan"],
        "PH", "ph", "gs",
    ),
    "nl": (
        ["Daan", "Sanne", "Joris", "Femke", "Bram", "Lotte", "Maarten", "Anouk", "Wouter", "Ilse",
         "Sjoerd", "Fenna"],
        ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "van Dijk",
         "Hoekstra", "Mulder", "de Boer", "Zwartkruis"],
        "NL", "nl", "gs",
    ),
    "se": (
        ["Erik", "Astrid", "Lars", "Ingrid", "Oskar", "Maja", "Björn", "Linnea", "Gustav", "Saga",
         "Torbjörn", "Elsa"],
        ["Andersson", "Johansson", "Lindqvist", "Bergström", "Nyberg", "Sjöberg", "Holmgren",
         "Karlsson", "Åkesson", "Wahlgren"],
        "SE", "se", "gs",
    ),
    "fi": (
        ["Juha", "Aino", "Mikko", "Kaisa", "Eero", "Tuulia", "Ville", "Hanna", "Jukka", "Siiri",
         "Otso", "Pirjo"],
        ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Heikkinen", "Järvinen", "Laaksonen",
         "Kettunen", "Hämäläinen", "Kärkkäinen"],
        "FI", "fi", "gs",
    ),
    "hu": (
        ["László", "Zsófia", "Bence", "Eszter", "Gábor", "Réka", "Zoltán", "Katalin", "Levente",
         "Boglárka", "Ferenc", "Csilla"],
        ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Farkas",
         "Balogh", "Szűcs"],
        "HU", "hu", "mix",
    ),
    "id": (
        ["Budi", "Siti", "Agus", "Dewi", "Rizky", "Putri", "Wahyu", "Ayu", "Bambang", "Intan",
         "Dimas", "Sri"],
        ["Santoso", "Wijaya", "Hidayat", "Saputra", "Kusuma", "Pratama", "Nugroho", "Setiawan",
         "Siregar", "Hutapea"],
        "ID", "id", "gs",
    ),
    "cn": (
        ["Wei", "Xiaoming", "Jing", "Yuxuan", "Haoran", "Mei", "Zihan", "Jianguo", "Xinyi",
         "Shufen", "Tao", "Lei"],
        ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Xu", "Guo",
         "Ouyang"],
        "CN", "cn", "mix",
    ),
    "il": (
        ["Noa", "Yonatan", "Tamar", "Itai", "Shira", "Avi", "Michal", "Eitan", "Yael", "Oren",
         "Maayan", "Dror"],
        ["Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Friedman", "Avraham", "Shapira", "Katz",
         "Ben-David"],
        "IL", "il", "gs",
    ),
    "ke": (
        ["Wanjiru", "Otieno", "Akinyi", "Kiprono", "Njeri", "Brian", "Chebet", "Faith", "Wambui",
         "Kevin", "Auma", "Barasa"],
        ["Kamau", "Ochieng", "Mutua", "Wafula", "Kiptoo", "Njoroge", "Omondi", "Kariuki",
         "Chepkoech", "Nyambura"],
        "KE", "ke", "gs",
    ),
    "us": (
        ["Michael", "Jennifer", "Tyler", "Ashley", "DeShawn", "Brittany", "Cody", "Latoya",
         "Garrett", "Kayleigh", "Dakota"],
        ["Johnson", "Williams", "Brooks", "McAllister", "Hernandez", "Whitfield", "Pruitt",
         "Delacroix", "Washington"],
        "US", "us", "gs",
    ),
    "gb": (
        ["Oliver", "Charlotte", "Callum", "Siobhan", "Rhys", "Imogen", "Gareth", "Niamh", "Alfie",
         "Phoebe"],
        ["Smith", "Taylor", "Pritchard", "Ellison", "Houghton", "McGregor", "Featherstone",
         "Ainsworth", "Okoro"],
        "GB", "gb", "gs",
    ),
    "de": (
        ["Lukas", "Anna", "Jürgen", "Friederike", "Maximilian", "Lea", "Volker", "Mareike", "Hannes",
         "Svenja"],
        ["Müller", "Schneider", "Hoffmann", "Weißenborn", "Kühne", "Brandt", "Oberländer", "Schulze",
         "Wagner"],
        "DE", "de", "gs",
    ),
    "fr": (
        ["Camille", "Antoine", "Élodie", "Mathieu", "Clémence", "Baptiste", "Solène", "Guillaume",
         "Manon", "Yannick"],
        ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Garnier", "Chevalier", "Roussel",
         "Delacourt"],
        "FR", "fr", "gs",
    ),
    "es": (
        ["Lucía", "Javier", "Carmen", "Álvaro", "Marisol", "Iker", "Nerea", "Guadalupe", "Rodrigo",
         "Itziar"],
        ["García", "Fernández", "López Quintana", "Martínez", "Etxeberria", "Robles", "Villalobos",
         "Arrieta", "Sánchez Mora"],
        "ES", "es", "gs",
    ),
}  # fmt: skip

TITLES = {
    "ng": ["Mrs ", "Engr. ", "Chief ", "Dr. ", "Alhaji "], "in": ["Mr. ", "Mrs. ", "Dr. ", "Smt. "],
    "pl": ["Pani ", "Pan ", "dr "], "de": ["Frau ", "Herr ", "Dr. "], "fr": ["Mme ", "M. "],
    "es": ["Sra. ", "Sr. ", "Dña. "], "br": ["Sra. ", "Sr. ", "Dr. "], "nl": ["mevrouw ", "meneer "],
    "*": ["Mr ", "Mrs ", "Ms ", "Dr ", "Prof. ", "Mx "],
}  # fmt: skip

EMAIL_DOMAINS = {
    "ng": ["yahoo.com", "gmail.com"], "in": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
    "vn": ["gmail.com", "yahoo.com.vn"], "tr": ["hotmail.com", "gmail.com", "yandex.com.tr"],
    "pl": ["wp.pl", "o2.pl", "interia.pl"], "br": ["uol.com.br", "bol.com.br", "gmail.com"],
    "ph": ["yahoo.com.ph", "gmail.com"], "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl"],
    "se": ["telia.com", "gmail.com"], "fi": ["elisanet.fi", "gmail.com"],
    "hu": ["freemail.hu", "citromail.hu"], "id": ["yahoo.co.id", "gmail.com"],
    "cn": ["163.com", "qq.com", "126.com"], "il": ["walla.co.il", "gmail.com"],
    "ke": ["gmail.com", "yahoo.com"], "us": ["gmail.com", "outlook.com", "icloud.com"],
    "gb": ["btinternet.com", "hotmail.co.uk"], "de": ["web.de", "gmx.de", "t-online.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net"], "es": ["telefonica.net", "gmail.com"],
}  # fmt: skip

ROLE_MAILBOXES = ["support", "help", "billing", "noreply", "info", "careers", "privacy", "feedback"]
ROLE_DOMAINS = ["northwind.com", "contoso.com", "fabrikampay.io", "globex.net", "tailspinair.com",
                "shop-helpdesk.eu"]  # fmt: skip

# --- non-PII distractors -----------------------------------------------------------------------------

CITIES = ["Lagos", "Pune", "Gdańsk", "Utrecht", "Tampere", "Recife", "Cebu", "İzmir", "Haifa", "Kisumu",
          "Da Nang", "Debrecen", "Surabaya", "Chengdu", "Uppsala", "Florence", "Victoria", "Adelaide",
          "Regina", "Eugene", "Sofia", "Lincoln", "Charlotte", "Dortmund", "Bilbao"]  # fmt: skip
ORGS = ["Jumia", "Flipkart", "Shopee", "Trendyol", "Allegro", "bol.com", "Zalando", "Tokopedia",
        "Safaricom", "Mercado Livre", "Grab", "Klarna", "Nubank", "Paystack", "Lazada", "OTP Bank",
        "Wells Fargo", "Marks & Spencer", "Tim Hortons", "Johnson & Johnson", "Ford", "Dell"]  # fmt: skip
SHOPS = ["Jumia", "Flipkart", "Shopee", "Trendyol", "Allegro", "bol.com", "Zalando", "Tokopedia", "Lazada",
         "Mercado Livre", "Marks & Spencer", "Konga"]  # fmt: skip
PRODUCTS = ["Galaxy A54", "Pixel 8a", "iPhone 15 Pro", "Kindle Paperwhite", "ThinkPad T14",
            "Redmi Note 13", "PlayStation 5", "Dyson V15", "Switch OLED", "Surface Laptop 5",
            "Roomba j7", "Echo Dot"]  # fmt: skip
FILLERS = ["Will check again tomorrow.", "Hope this gets fixed soon.", "Mark this as resolved please.",
           "Grace period ends Friday.", "Bill was double the usual.", "April update broke it.",
           "Summer sale prices were wrong too.", "Chase never did this to me.",
           "Victoria line was down so I was late anyway.", "Jordan 4s arrived though, so not all bad.",
           "Ticket #48213 still open.", "Version 3.2.0 was fine.", "Called at 9:45 and 14:10, no answer.",
           "Rating bumped to 3 stars after the fix.", "Dear oh dear.", "Frank feedback: do better.",
           "Sunny Side Up cafe next door knows me better than you."]  # fmt: skip


# --- addresses -------------------------------------------------------------------------------------


def _d(rng: random.Random, k: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(k))


def _addr_us(rng):
    street = f"{rng.randint(12, 19880)} " + rng.choice(
        ["Willowbrook Ln", "N Halsted St", "Magnolia Ave", "Old Mill Rd", "Cedar Ridge Dr", "W 34th St",
         "Sycamore Ct", "Pinecrest Blvd", "Route 9W", "Tuckahoe Trl", "E Colfax Ave"])  # fmt: skip
    if rng.random() < 0.4:
        unit = rng.choice([f"Apt {rng.randint(1, 9)}{rng.choice('ABCD')}", f"Unit {rng.randint(2, 40)}",
                           f"#{rng.randint(101, 1220)}", f"Ste {rng.randint(100, 450)}"])  # fmt: skip
        street += rng.choice([" ", ", "]) + unit
    city, st, z = rng.choice([("Dayton", "OH", "454"), ("Tacoma", "WA", "984"), ("Albuquerque", "NM", "871"),
                              ("Savannah", "GA", "314"), ("Boise", "ID", "837"), ("Chicago", "IL", "606"),
                              ("Worcester", "MA", "016"), ("El Paso", "TX", "799"), ("Fresno", "CA", "937")])  # fmt: skip
    zipc = z + _d(rng, 2) + (f"-{_d(rng, 4)}" if rng.random() < 0.15 else "")
    return street, f"{city}, {st} {zipc}", None


def _addr_gb(rng):
    street = f"{rng.randint(1, 240)}{rng.choice(['', '', '', 'A', 'B'])} " + rng.choice(
        ["Cressington Road", "Albany Terrace", "Marlborough Crescent", "Kingfisher Close", "Hollybush Lane",
         "St Aidan's Walk", "Gorse Hill Drive", "Moorland View", "Tanners Row"])  # fmt: skip
    if rng.random() < 0.3:
        street = f"Flat {rng.randint(1, 24)}, " + street
    city, out = rng.choice([("Leeds", "LS6"), ("Bristol", "BS3"), ("Glasgow", "G12"), ("Cardiff", "CF24"),
                            ("Norwich", "NR2"), ("London", "SE15"), ("Manchester", "M14"), ("Belfast", "BT7")])  # fmt: skip
    pc = f"{out} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    if rng.random() < 0.3:
        return street, None, (f"{street}, {city.upper()} {pc}", f"{street}\n{city.upper()}\n{pc}")
    return street, f"{city} {pc}", None


def _addr_de(rng):
    street = rng.choice(["Lindenhofstraße", "Am Krähenberg", "Görlitzer Str.", "Hauptstraße", "Ringelnatzweg",
                         "Im Wiesengrund", "Kastanienallee", "Bahnhofstr."]) + f" {rng.randint(1, 160)}"  # fmt: skip
    if rng.random() < 0.2:
        street += rng.choice("abc")
    if rng.random() < 0.25:
        street += rng.choice([", 3. OG", ", Hinterhaus links", f", Whg. {rng.randint(1, 30)}", ", 2. Etage"])
    city, p = rng.choice([("Leipzig", "041"), ("Köln", "506"), ("Berlin", "104"), ("Freiburg im Breisgau", "791"),
                          ("Bochum", "447"), ("Regensburg", "930"), ("Kiel", "241"), ("Erfurt", "990")])  # fmt: skip
    return street, f"{p}{_d(rng, 2)} {city}", None


def _addr_fr(rng):
    street = f"{rng.randint(1, 140)}{rng.choice(['', '', '', ' bis', ' ter'])} " + rng.choice(
        ["rue des Tanneurs", "avenue Jean-Jaurès", "boulevard de la Croix-Rousse", "impasse des Lilas",
         "rue Oberkampf", "allée des Bouleaux", "chemin du Moulin", "place du Marché"])  # fmt: skip
    if rng.random() < 0.25:
        street = (
            rng.choice([f"Appt {rng.randint(2, 60)}, Bât. {rng.choice('ABC')}, ", "Résidence Les Tilleuls, "])
            + street
        )
    city, p = rng.choice([("Lyon", "6900"), ("Paris", "750"), ("Marseille", "130"), ("Nantes", "440"),
                          ("Lille", "590"), ("Rennes", "350"), ("Toulouse", "310"), ("Strasbourg", "670")])  # fmt: skip
    pc = p + _d(rng, 5 - len(p)) if p != "750" else f"750{rng.randint(1, 20):02d}"
    if p == "6900":
        pc = f"6900{rng.randint(1, 9)}"
    return street, f"{pc} {city.upper() if rng.random() < 0.4 else city}", None


def _addr_nl(rng):
    street = rng.choice(["Prinsengracht", "Vijzelstraat", "Burgemeester de Withstraat", "Oudegracht",
                         "Kerkstraat", "Zuiderdiep", "Stationsweg", "Lange Nieuwstraat"]) + f" {rng.randint(1, 400)}"  # fmt: skip
    r = rng.random()
    if r < 0.15:
        street += f"-{rng.randint(1, 3)}"
    elif r < 0.3:
        street += rng.choice([" hs", " bis", "A", "B", " II"])
    city, p = rng.choice([("Amsterdam", "10"), ("Utrecht", "35"), ("Groningen", "97"), ("Eindhoven", "56"),
                          ("Den Haag", "25"), ("Leeuwarden", "89"), ("Zwolle", "80")])  # fmt: skip
    while (letters := rng.choice("ABCDEFGHJKLMNPRTVWXZ") + rng.choice("ABCDEFGHJKLMNPRSTVWXZ")) in (
        "SA",
        "SD",
        "SS",
    ):
        pass
    return street, f"{p}{_d(rng, 2)} {letters} {city}", None


def _addr_pl(rng):
    street = rng.choice(["ul. Świętojańska", "al. Jerozolimskie", "ul. Piotrkowska", "os. Słoneczne",
                         "ul. Kościuszki", "ul. Długa", "ul. Jana Pawła II"]) + f" {rng.randint(1, 180)}"  # fmt: skip
    r = rng.random()
    if r < 0.45:
        street += f"/{rng.randint(1, 60)}"
    elif r < 0.6:
        street += f"{rng.choice('AB')} m. {rng.randint(1, 80)}"
    city, p = rng.choice([("Gdynia", "81"), ("Łódź", "90"), ("Warszawa", "02"), ("Kraków", "30"), ("Wrocław", "50"),
                          ("Lublin", "20"), ("Białystok", "15")])  # fmt: skip
    return street, f"{p}-{_d(rng, 3)} {city}", None


def _addr_br(rng):
    street = rng.choice(["Rua Barão de Jaguara", "Av. Paulista", "Rua das Laranjeiras", "Travessa São Bento",
                         "Rua Padre Chagas", "Av. Boa Viagem", "Rua Sergipe"]) + f", {rng.randint(10, 3200)}"  # fmt: skip
    if rng.random() < 0.45:
        street += rng.choice([f", apto {rng.randint(11, 184)}", f", bloco {rng.choice('ABC')}, ap. {rng.randint(101, 1804)}",
                              f", casa {rng.randint(1, 4)}", f", conj. {rng.randint(11, 99)}"])  # fmt: skip
    city, uf, p = rng.choice([("Campinas", "SP", "130"), ("Recife", "PE", "510"), ("Belo Horizonte", "MG", "301"),
                              ("Porto Alegre", "RS", "900"), ("Fortaleza", "CE", "601"), ("Curitiba", "PR", "800")])  # fmt: skip
    bairro = rng.choice(["Centro", "Boa Viagem", "Savassi", "Moinhos de Vento", "Aldeota", "Batel"])
    cep = f"{p}{_d(rng, 2)}-{_d(rng, 3)}"
    tail = rng.choice(
        [f"{bairro}, {city} - {uf}, {cep}", f"{bairro}\n{cep} {city}/{uf}", f"{city}/{uf}, CEP {cep}"]
    )
    return street, tail, None


_IN_CITIES = [
    ("Bengaluru", "Karnataka", "5600", ["Indiranagar", "Jayanagar 4th Block", "Koramangala 5th Block", "HSR Layout"]),
    ("Hyderabad", "Telangana", "5000", ["Banjara Hills", "Kukatpally", "Madhapur"]),
    ("Noida", "Uttar Pradesh", "2013", ["Sector 62", "Sector 18"]),
    ("Kolkata", "West Bengal", "7000", ["Lake Gardens", "Salt Lake Sector V", "Ballygunge"]),
    ("Pune", "Maharashtra", "4110", ["Kothrud", "Aundh", "Viman Nagar"]),
    ("Chennai", "Tamil Nadu", "6000", ["Mylapore", "Adyar", "T. Nagar"]),
]  # fmt: skip


def _addr_in(rng):
    city, state, p, locs = rng.choice(_IN_CITIES)
    loc = rng.choice(locs)
    n = rng.randint(1, 480)
    street = rng.choice([
        f"Flat {rng.randint(1, 14)}0{rng.randint(1, 9)}, {rng.choice(['Sai Krupa', 'Shanti Niketan', 'Prestige Lakeview', 'Green Acres'])} Apartments, {rng.choice(['4th', '12th', '14th', '2nd'])} Cross, {loc}",
        f"No. {n}, {rng.choice(['3rd', '5th', '8th'])} Main Road, {loc}",
        f"H.No. {rng.randint(1, 12)}-{rng.randint(1, 9)}-{rng.randint(10, 400)}/{rng.randint(1, 90)}, Road No. {rng.randint(1, 14)}, {loc}",
        f"{rng.choice('ABCD')}-{n}, {loc}",
        f"{n}/{rng.randint(1, 9)} {loc}",
    ])  # fmt: skip
    pin = p + _d(rng, 2)
    return street, rng.choice([f"{city} {pin}", f"{city} - {pin}", f"{city}, {state} {pin}"]), None


def _addr_ng(rng):
    city, p, areas, streets = rng.choice([
        ("Lagos", "101", ["Victoria Island", "Ikoyi", "Surulere", "Yaba", "Lekki Phase 1"],
         ["Adeola Odeku Street", "Awolowo Road", "Bode Thomas Street", "Herbert Macaulay Way", "Admiralty Way"]),
        ("Abuja", "900", ["Garki", "Wuse 2", "Maitama"],
         ["Ahmadu Bello Way", "Aminu Kano Crescent", "Adetokunbo Ademola Crescent"]),
        ("Enugu", "400", ["Independence Layout", "GRA"], ["Ogui Road", "Chime Avenue"]),
        ("Ibadan", "200", ["Bodija", "Ring Road"], ["Awolowo Avenue", "Oluyole Way"]),
    ])  # fmt: skip
    st, n = rng.choice(streets), rng.randint(1, 220)
    street = rng.choice([f"{n} {st}", f"Plot {n * 7}, {st}", f"Flat {rng.randint(1, 12)}, Block {rng.choice('ABCDE')}, {st}",
                         f"No. {n} {st}", f"{n}{rng.choice('ABC')} {st}"])  # fmt: skip
    tail = f"{rng.choice(areas)}, {city}" + (f" {p}{_d(rng, 3)}" if rng.random() < 0.6 else "")
    return street, tail, None


def _addr_ke(rng):
    city, pc, areas, streets = rng.choice([
        ("Nairobi", "00100", ["Kilimani", "Westlands", "Lavington", "South B"],
         ["Kindaruma Road", "Riverside Drive", "Argwings Kodhek Road", "Ngong Road"]),
        ("Mombasa", "80100", ["Nyali", "Tudor"], ["Moi Avenue", "Links Road"]),
        ("Kisumu", "40100", ["Milimani"], ["Oginga Odinga Street", "Achieng Oneko Road"]),
        ("Nakuru", "20100", ["Milimani", "Section 58"], ["Kenyatta Avenue"]),
    ])  # fmt: skip
    st = rng.choice(streets)
    street = rng.choice([f"Hse No. {rng.randint(1, 90)}, {st}", f"Apt {rng.choice('ABC')}{rng.randint(1, 12)}, "
                         f"{rng.choice(['Riverside Gardens', 'Kileleshwa Court', 'Nyali Heights'])}, {st}",
                         f"Plot {rng.randint(100, 9000)}, {st}", f"{rng.randint(1, 200)} {st}"])  # fmt: skip
    tail = f"{rng.choice(areas)}, {city}" + (f" {pc}" if rng.random() < 0.5 else "")
    return street, tail, None


def _addr_tr(rng):
    district, city, p = rng.choice([("Kadıköy", "İstanbul", "347"), ("Beşiktaş", "İstanbul", "343"),
                                    ("Çankaya", "Ankara", "064"), ("Bornova", "İzmir", "350"),
                                    ("Nilüfer", "Bursa", "161"), ("Muratpaşa", "Antalya", "071")])  # fmt: skip
    mah = rng.choice(["Caferağa", "Kızılay", "Atatürk", "Yenişehir", "Cumhuriyet", "Fenerbahçe"])
    cad = rng.choice(
        ["Bağdat Cad.", "Barbaros Blv.", "Atatürk Cad.", "Gazi Mustafa Kemal Blv.", "İnönü Cad."]
    )
    n, d = rng.randint(1, 240), rng.randint(1, 24)
    street = rng.choice([f"{cad} No: {n} D: {d}", f"{mah} Mah. {rng.randint(1000, 2999)} Sok. No: {n} Daire: {d}",
                         f"{mah} Mah. {cad} No: {n}/{d}"])  # fmt: skip
    return street, f"{p}{_d(rng, 2)} {district}/{city}", None


def _addr_se(rng):
    street = rng.choice(["Sveavägen", "Storgatan", "Drottninggatan", "Kungsportsavenyen", "Västra Hamngatan",
                         "Ringvägen", "Björkvägen"]) + f" {rng.randint(1, 120)}" + rng.choice(["", "", "B", "A"])  # fmt: skip
    if rng.random() < 0.35:
        street += rng.choice([f" lgh {rng.randint(10, 16)}0{rng.randint(1, 9)}", f", {rng.randint(1, 6)} tr"])
    city, p = rng.choice([("Stockholm", "11"), ("Göteborg", "41"), ("Malmö", "21"), ("Uppsala", "75"),
                          ("Umeå", "90"), ("Luleå", "97")])  # fmt: skip
    return street, f"{p}{rng.randint(1, 9)} {_d(rng, 2)} {city}", None


def _addr_fi(rng):
    street = rng.choice(["Hämeenkatu", "Mannerheimintie", "Kauppakatu", "Rantakatu", "Aurakatu", "Kalevankatu",
                         "Koivukuja", "Sibeliuksenkatu"]) + f" {rng.randint(1, 90)}"  # fmt: skip
    r = rng.random()
    if r < 0.4:
        street += f" {rng.choice('ABCD')} {rng.randint(1, 40)}"
    elif r < 0.55:
        street += f" as. {rng.randint(1, 30)}"
    city, p = rng.choice(
        [("Helsinki", "00"), ("Tampere", "33"), ("Turku", "20"), ("Oulu", "90"), ("Jyväskylä", "40")]
    )
    return street, f"{p}{rng.randint(1, 9)}{rng.randint(0, 9)}0 {city}", None


def _addr_hu(rng):
    name, kind = rng.choice([("Király", "utca"), ("Andrássy", "út"), ("Kárász", "utca"), ("Piac", "utca"),
                             ("Széchenyi", "tér"), ("Bartók Béla", "út"), ("Rákóczi", "út"), ("Petőfi Sándor", "utca")])  # fmt: skip
    if kind == "utca" and rng.random() < 0.4:
        kind = "u."
    street = f"{name} {kind} {rng.randint(1, 120)}."
    r = rng.random()
    if r < 0.25:
        street += f" {rng.randint(1, 6)}. em. {rng.randint(1, 12)}."
    elif r < 0.45:
        street += f" {rng.choice(['I', 'II', 'III', 'IV'])}/{rng.randint(1, 14)}."
    elif r < 0.55:
        street += f" fszt. {rng.randint(1, 4)}."
    city, pc = rng.choice([("Budapest", f"1{rng.randint(1, 23):02d}{rng.randint(1, 9)}"), ("Szeged", f"67{_d(rng, 2)}"),
                           ("Debrecen", f"40{_d(rng, 2)}"), ("Pécs", f"76{_d(rng, 2)}"), ("Győr", f"90{_d(rng, 2)}")])  # fmt: skip
    full = f"{pc} {city}, {street}"
    ml = rng.choice([f"{city}\n{street}\n{pc}", f"{pc} {city}\n{street}"])
    return street, None, (full, ml)


def _addr_vn(rng):
    district, city, pc = rng.choice([("Cầu Giấy", "Hà Nội", "100000"), ("Quận 1", "TP. Hồ Chí Minh", "700000"),
                                     ("Quận 3", "TP.HCM", "700000"), ("Hải Châu", "Đà Nẵng", "550000"),
                                     ("Ninh Kiều", "Cần Thơ", "900000")])  # fmt: skip
    st = rng.choice(["Trần Duy Hưng", "Nguyễn Huệ", "Lê Văn Sỹ", "Trần Hưng Đạo", "Hai Bà Trưng", "Lý Thường Kiệt",
                     "Điện Biên Phủ"])  # fmt: skip
    n = rng.randint(2, 320)
    street = rng.choice([f"Số {n} ngõ {rng.randint(2, 180)} {st}", f"{n}/{rng.randint(2, 60)} {st}",
                         f"Căn hộ {rng.randint(2, 25)}0{rng.randint(1, 9)}, tòa {rng.choice('ABC')}{rng.randint(1, 3)}, {n} {st}",
                         f"{n} {st}"])  # fmt: skip
    if rng.random() < 0.4:
        street += f", Phường {rng.randint(1, 15)}"
    tail = f"{district}, {city}" + (f" {pc}" if rng.random() < 0.35 else "")
    if rng.random() < 0.4:
        street, tail = _fold(street, keep_case=True), _fold(tail, keep_case=True)
    return street, tail, None


def _addr_ph(rng):
    city, p = rng.choice([("Makati City", "12"), ("Quezon City", "11"), ("Pasig City", "16"), ("Cebu City", "60"),
                          ("Davao City", "80"), ("Iloilo City", "50")])  # fmt: skip
    st = rng.choice(
        ["Sen. Gil Puyat Ave", "Rizal St.", "Mabini St.", "Osmeña Blvd", "J.P. Laurel Ave", "Katipunan Ave"]
    )
    brgy = rng.choice(["San Antonio", "Lahug", "Poblacion", "Kapitolyo", "Bel-Air", "Mabolo"])
    street = rng.choice([
        f"Unit {rng.randint(2, 40)}{rng.choice('ABCD')}, Tower {rng.randint(1, 3)}, {rng.choice(['Avida Residences', 'Grass Residences', 'One Serendra'])}, {rng.randint(1, 900)} {st}",
        f"Blk {rng.randint(1, 40)} Lot {rng.randint(1, 30)}, Phase {rng.randint(1, 4)}, {rng.choice(['Greenwoods Executive Village', 'BF Homes', 'Camella Homes'])}",
        f"{rng.randint(1, 900)} {st}, Brgy. {brgy}",
        f"Purok {rng.randint(1, 7)}, Brgy. {brgy}",
    ])  # fmt: skip
    return street, f"{city} {p}{_d(rng, 2)}", None


def _addr_id(rng):
    city, p, kecs, streets = rng.choice([
        ("Jakarta Selatan", "12", ["Mampang Prapatan", "Kebayoran Baru", "Tebet"], ["Kemang Raya", "Gatot Subroto"]),
        ("Bandung", "40", ["Coblong", "Sukajadi"], ["Dago", "Setiabudi"]),
        ("Surabaya", "60", ["Gubeng", "Wonokromo"], ["Pemuda", "Diponegoro"]),
        ("Yogyakarta", "55", ["Gondokusuman"], ["Malioboro", "Kaliurang Km 5"]),
        ("Medan", "20", ["Medan Baru"], ["Sudirman", "Gajah Mada"]),
    ])  # fmt: skip
    if rng.random() < 0.2:
        street = (
            f"Perumahan Griya Asri Blok {rng.choice('ABCDE')}{rng.randint(1, 9)} No. {rng.randint(1, 40)}"
        )
    else:
        street = f"Jl. {rng.choice(streets)} No. {rng.randint(1, 250)}"
        if rng.random() < 0.4:
            street += f", RT {rng.randint(1, 12):02d}/RW {rng.randint(1, 9):02d}"
    return street, f"{rng.choice(kecs)}, {city} {p}{_d(rng, 3)}", None


def _addr_cn(rng):
    city, p, districts, streets = rng.choice([
        ("Shanghai", "200", ["Huangpu District", "Xuhui District"], ["Huaihai Middle Road", "Nanjing West Road"]),
        ("Beijing", "100", ["Haidian District", "Chaoyang District"], ["Zhongguancun South Street", "Jianguo Road"]),
        ("Guangzhou", "510", ["Tianhe District"], ["Tianhe Road", "Huangpu Avenue West"]),
        ("Shenzhen", "518", ["Nanshan District"], ["Nanshan Avenue", "Keyuan Road"]),
        ("Chengdu", "610", ["Wuhou District"], ["Renmin South Road", "Kehua North Road"]),
    ])  # fmt: skip
    st, n = rng.choice(streets), rng.randint(1, 600)
    street = rng.choice([f"Room {rng.randint(2, 30)}{rng.randint(1, 12):02d}, No. {n} {st}",
                         f"Building {rng.randint(1, 9)}, Unit {rng.randint(1, 4)}, Room {rng.randint(1, 20)}0{rng.randint(1, 6)}, {n} {st}",
                         f"No. {n} {st}"])  # fmt: skip
    return street, f"{rng.choice(districts)}, {city} {p}{_d(rng, 3)}", None


def _addr_il(rng):
    street = rng.choice(["Dizengoff St", "Rehov Herzl", "HaNevi'im St", "Ahad Ha'am", "Rothschild Blvd",
                         "Sderot Ben Gurion", "Weizmann St"]) + f" {rng.randint(1, 220)}"  # fmt: skip
    if rng.random() < 0.4:
        street += rng.choice(
            [f", Apt {rng.randint(1, 30)}", f", Floor {rng.randint(1, 12)}", f"/{rng.randint(1, 20)}"]
        )
    city, p = rng.choice([("Tel Aviv-Yafo", "6"), ("Haifa", "3"), ("Jerusalem", "9"), ("Be'er Sheva", "84"),
                          ("Netanya", "42")])  # fmt: skip
    return street, f"{city} {p}{_d(rng, 7 - len(p))}", None


def _addr_es(rng):
    street = rng.choice(["Calle de Embajadores", "C/ Sant Pere Més Alt", "Avda. de la Constitución", "Calle Mayor",
                         "c/ Alfonso XII", "Avda. Blasco Ibáñez", "Gran Vía", "Ronda de Segovia"])  # fmt: skip
    street += rng.choice([" ", ", "]) + str(rng.randint(1, 160))
    if rng.random() < 0.6:
        street += ", " + rng.choice(["3º izq.", "2º 1ª", "bajo", "5º B", "ático", "1º dcha."])
    city, p = rng.choice([("Madrid", "280"), ("Barcelona", "080"), ("Sevilla", "410"), ("Valencia", "460"),
                          ("Bilbao", "480"), ("Pamplona", "310")])  # fmt: skip
    return street, f"{p}{_d(rng, 2)} {city}", None


def _addr_it(rng):
    street = rng.choice(["Via dei Serragli", "Corso Buenos Aires", "Piazza Bellini", "Viale Regina Margherita",
                         "Via Giuseppe Garibaldi", "Via San Vitale", "Via Roma"]) + f" {rng.randint(1, 200)}"  # fmt: skip
    if rng.random() < 0.3:
        street += f", scala {rng.choice('ABC')}, int. {rng.randint(1, 20)}"
    city, p, prov = rng.choice([("Firenze", "501", "FI"), ("Milano", "201", "MI"), ("Napoli", "801", "NA"),
                                ("Roma", "001", "RM"), ("Torino", "101", "TO"), ("Bologna", "401", "BO")])  # fmt: skip
    return street, f"{p}{_d(rng, 2)} {city}" + (f" ({prov})" if rng.random() < 0.4 else ""), None


ADDRESSES = {
    "us": _addr_us, "gb": _addr_gb, "de": _addr_de, "fr": _addr_fr, "nl": _addr_nl, "pl": _addr_pl,
    "br": _addr_br, "in": _addr_in, "ng": _addr_ng, "ke": _addr_ke, "tr": _addr_tr, "se": _addr_se,
    "fi": _addr_fi, "hu": _addr_hu, "vn": _addr_vn, "ph": _addr_ph, "id": _addr_id, "cn": _addr_cn,
    "il": _addr_il, "es": _addr_es, "it": _addr_it,
}  # fmt: skip

# --- templates -------------------------------------------------------------------------------------
# Slots: {kind} or {kind:w} (w = which person / which value, default "a") or {kind:w|lc} / {kind|uc}.
# Person kinds: full first last given rev (SURNAME Given) lastfirst ("Last, First") firstinit
# ("Tomasz K.") tfull / tlast (title outside the span) handle email.
# Others: addr addrline addrml phone phonee164 card iban ssn ip ip6 dl email_role brand bhandle
# brandtag city org product order time date price version filler num.
# Each template: (genre, text).

TEMPLATES: list[tuple[str, str]] = [
    # app-store reviews
    ("review", "★☆☆☆☆ {brand} app logs me out every single time. Reinstalled {version}, same thing. Support said call {phone} and nobody picks up. — {first}"),
    ("review", "1/5 stars. Tried to change my delivery address to {addr} in the {brand} app and it keeps saying \"invalid postcode\". Useless."),
    ("review", "Five stars!! {first} from the {brand} help chat sorted my refund in ten minutes. {filler}"),
    ("review", "app wont let me add my card {card} says declined but the same card works on {shop} fine. fix ur app"),
    ("review", "Updated to {version} and now my {product} won't pair. {filler} — {firstinit}"),
    ("review", "App review ({version}): ID verification rejected my driver's licence {dl} three times. {first}, {city}"),
    # chat transcripts
    ("chat", "agent: Thank you for contacting {brand}, my name is {first:b}. May I have your full name?\ncustomer: {full}\nagent: And the phone number on the account?\ncustomer: {phone}\nagent: Thanks {first}, one moment."),
    ("chat", "[{time}] {first:b} ({brand}): could you confirm the delivery address please?\n[{time}] you: {addr}\n[{time}] {first:b} ({brand}): great, and an email for the receipt?\n[{time}] you: {email}"),
    ("chat", "customer: hi, the transfer from my iban {iban} to {full:b} still hasn't arrived\nagent {first:c}: I can see it was held for a compliance check, it should clear by {date}."),
    ("chat", "Bot: Please describe your issue.\nUser: parcel for {full} never came, tracking says delivered at {time}\nBot: Sorry to hear that. Is {addr} still correct?\nUser: yes"),
    ("chat", "{first}: are u home?? courier is outside {addrline}\n{first:b}: no still at work, tell him to leave it with {first:c} next door\n{first}: ok"),
    ("chat", "customer: this is {full|lc}, i called yesterday about {order}\nagent: hi {first|lc}! let me pull up the ticket"),
    # incident post-mortems
    ("postmortem", "Post-mortem INC-{ticket}: at {time} UTC the {brand} payments gateway started returning 502s. On-call engineer {full} traced it to the {version} deploy pushed from {ip}. First customer report came from {full:b} ({email:b})."),
    ("postmortem", "Timeline\n{time} alert fired on db-replica-2\n{time} {full} paged\n{time} failover started by {first:b}\n{time} traffic from {ip6} blocked\nRoot cause: connection pool exhausted."),
    ("postmortem", "Customer impact: roughly 400 users in {city} could not log in. One of them, {full} ({phone}), escalated to the press. Action item owner: {first:b} {last:b}."),
    ("postmortem", "Firewall log excerpt: blocked {ip} -> {ip:b}:443 (session of {email}, {time}). Follow-up assigned to {first:b}."),
    # complaint emails with signatures
    ("email", "Dear {brand} team,\n\nI have now waited three weeks for a refund of {price}. The account is registered to {addr}.\n\nKind regards,\n{full}\n{phone}\n{email}"),
    ("email", "To whom it may concern,\nI am writing on behalf of my mother, {tfull}, whose card {card} was charged twice by {brand}. Please reply to {email:b} rather than to her.\n--\n{full:b}"),
    ("email", "Subject: FORMAL COMPLAINT - ORDER {order}\n\nTHIS IS THE FOURTH TIME I AM WRITING. NOBODY FROM {brand|uc} HAS CALLED ME BACK ON {phone}.\n\n{full|uc}\n{addrml|uc}"),
    ("email", "Hello,\nplease close my account and send the remaining balance to {iban}. I no longer trust {brand} with my money.\n\nBest,\n{first} {last}\nSent from my {product}"),
    # forum replies quoting others
    ("forum", "> @{handle} wrote:\n> {brand} charged me twice this month, anyone else?\n\nSame here. Emailed {email_role} and someone called {first:b} replied within a day. Refund landed on {date}."),
    ("forum", "Quote from: {full} on {date}\n\"does {brand} even deliver to {city}?\"\nThey do, mine went to {addrline} no problem."),
    ("forum", "@{handle} please edit your post, you pasted your full IBAN ({iban}) and your phone number ({phone}) in a public thread."),
    ("forum", "Re: login loop on {version}\n{full} said: \"clear the cache\". Didn't help. Hope this helps someone: downgrading did. — @{handle:b}"),
    # delivery-driver notes
    ("driver", "DRIVER NOTE: left parcel w/ neighbour at {addrline}, ring {first} on {phone} if any problem"),
    ("driver", "delivery attempt failed - {addr} - no answer, gate code {num}, customer {full|lc}"),
    ("driver", "Stop {num}/32 - {addr}. Leave behind the blue bin. Recipient: {rev}. Tel {phone}."),
    ("driver", "Recipient refused package. Name on label {full}, address on label {addr}, says she never ordered from {brand}."),
    ("driver", "Courier: {first:b} ({phone:b})\nDrop-off: {addr}\nRecipient: {full}\nETA {time}"),
    # HR / internal tickets
    ("ticket", "HR-{ticket}: please update the payroll IBAN for {full} (employee no. E-{num}) to {iban}. New home address: {addr}."),
    ("ticket", "IT-{ticket} New starter: {full}, {email}, start date {date}. Laptop ({product}) to be shipped to {addr}. Manager: {full:b}."),
    ("ticket", "Background check request for {full}\nSSN: {ssn}\nDriver's license: {dl}\nCurrent address: {addrml}"),
    ("ticket", "SEC-{ticket}: {first} {last} logged in from {ip} and {ip6} within five minutes. Please verify with {first:b} before unlocking."),
    ("ticket", "Leave request approved for {full} from {date} to {date:b}. Cover: {first:b}. Emergency contact: {full:c}, {phone}."),
    # newsletter bylines
    ("newsletter", "By {full} | {date} | {city}\n{brand} rolls out instant payouts for freelancers"),
    ("newsletter", "This issue of the {brand} newsletter was written by {full} and {full:b}, with photos by {first:c} {last:c}. Send feedback to {email_role}."),
    ("newsletter", "Words by {full}. Edited by {tlast:b}. {filler}"),
    ("newsletter", "{full|uc} // STAFF WRITER\n{brand} opens a new office in {city}"),
    # tweets
    ("tweet", "{bhandle} fix this!!! app down since {time} and i have rent due #{brandtag}"),
    ("tweet", "shoutout to {first} at the {brand} desk in {city} airport, absolute legend 🙌 #customerservice"),
    ("tweet", "lmao @{handle} just posted his whole card number {card} on the timeline 💀 delete it"),
    ("tweet", "cc {first}, {first:b} and {first:c} - who's coming to the {brand} meetup on {date}? dm @{handle:d}"),
    ("tweet", "{brand|uc} STOLE MY MONEY {bhandle} CALL ME BACK ON {phone} #scam"),
    ("tweet", "@{handle} @{handle:b} did {brand} ever refund you? still waiting on mine since {date} #{brandtag}"),
    ("tweet", "congrats to {full} on 10 years at {brand}! 🎉 #teamwork #milestone"),
    # voicemail transcripts
    ("voicemail", "Voicemail from {phonee164} ({time}, 0:{num}): \"Hi, this is {full} calling about my {brand} order {order}. You can reach me on {phone}. Thanks, bye.\""),
    ("voicemail", "[transcribed] hey it's {first} um the courier couldn't find {addrline} can you call me back at {phone} ok thanks"),
    ("voicemail", "Message for {tlast:b}: {full} rang at {time}, wants to discuss the invoice, number {phone}."),
    # multi-line forms
    ("form", "Name: {full}\nAddress: {addrml}\nTel: {phone}\nEmail: {email}"),
    ("form", "SURNAME: {last|uc}\nGiven name(s): {given}\nDate of birth: {date}\nSSN: {ssn}\nDL no.: {dl}"),
    ("form", "Ship to:\n{full}\n{addrml}\nPhone: {phone}\nNotes: {filler}"),
    ("form", "Beneficiary: {full}\nIBAN: {iban}\nReference: INV-{ticket}\nAmount: {price}"),
    # mixed everyday
    ("misc", "my sister {first|lc} lives at {addr|lc} and her {brand} parcel keeps going back to the depot"),
    ("misc", "{first}'s order never arrived at {addr}. {first:b}'s arrived twice. Same {brand} courier."),
    ("misc", "Could someone from {brand} please contact {tlast} on {phone}? Waiting since {date}."),
    ("misc", "i live at {addr} and {brand} keeps telling me the address doesn't exist 🙃"),
    ("misc", "{rev} - customer since 2014, card on file {card}, mobile {phone}"),
    ("misc", "{lastfirst} requested a callback at {phone} about order {order}."),
    ("misc", "Wrong person! I'm {first}, not {first:b}. And I moved out of {addr} two years ago, please update your records."),
    ("misc", "Hi {first}, thanks for reaching out! We've sent a replacement {product} to {addr}. - The {brand} team"),
    ("misc", "pls help my acount got hacked, someone changed the email to {email} and the number to {phone}. my name is {full}"),
    ("misc", "Meeting notes {date}: attendees {full}, {full:b}, {first:c} (guest). Action: {first} to send the {product} specs to {email} by Friday."),
    ("misc", "{addr} - third time this week the {brand} van skipped us. Not happy."),
    ("misc", "CUSTOMER WAS SHOUTING: \"I TOLD YOU MY NAME IS {full|uc} AND I LIVE AT {addr|uc}\""),
    ("misc", "Hi {first}, to finish your {brand} loan application please confirm your SSN ({ssn} is what you typed) and upload a photo of your DL {dl}. Don't send them by email."),
    ("misc", "Good day! This is {tfull}, I would like to follow up my complaint. My contact no. is {phone}. Thank you po."),
    ("misc", "Thanks to {handle|at} and {first:b} for testing the {version} beta, see you all at {time}!"),
    # no person named (PII of other kinds, or none)
    ("driver", "Parcel 3 of 4 left at {addr}, photo taken. Call {phone} about collecting the rest."),
    ("review", "Delivered to {addrline} instead of my flat and {brand} insists it's \"delivered\". {filler}"),
    ("tweet", "anyone else getting texts from {phone} pretending to be {brand}?? dont click the link #scam"),
    ("ticket", "KYC-{ticket}: SSN {ssn} failed the match, DL {dl} expired on {date}, applicant address {addr}. Escalate to compliance."),
    ("postmortem", "Suspicious logins from {ip} and {ip:b} against {brand} accounts between {time} and {time:b}; both on the blocklist now."),
    ("misc", "Pickup point moved to {addr}, open until {time}. {brand} customers bring the SMS code."),
    ("form", "DELIVERY ADDRESS: {addrml|uc}\nCONTACT NO: {phone}\nINSTRUCTIONS: {filler}"),
    # texts with no PII at all (false-positive bait)
    ("nopii", "{brand} support hours changed: 08:00-20:00 Mon-Sat, the {city} hotline is closed on {date}. {filler}"),
    ("nopii", "{brand} app crashed again after {version}. Order {order} still pending, {price} taken from my account on {date}. {filler}"),
    ("nopii", "Is the {brand} branch in {city} open on Sundays? Heading there around {time}. {filler}"),
    ("nopii", "Pre-ordered the {product} from {shop} for {price}, delivery slot {date} {time}. Order ref {order}."),
]  # fmt: skip

# Texts naming nobody are drawn 1.5 times as often as the others (PERSON in about 70 % of texts).
WEIGHTS = [1.5 if not re.search(r"\{(full|first|last|given|rev|lastfirst|firstinit|tfull|tlast|handle|email)\b", t)
           else 1.0 for _genre, t in TEMPLATES]  # fmt: skip

# --- generator -------------------------------------------------------------------------------------

_FOLD = str.maketrans(
    {"ł": "l", "Ł": "L", "ı": "i", "İ": "I", "ß": "ss", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O"}
)


def _fold(text: str, keep_case: bool = False) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text if keep_case else text.lower()


@dataclass
class Person:
    locale: str
    given: str
    surname: str
    surname_first: bool

    @property
    def call(self) -> str:
        """The name a person is called by: a Vietnamese is called by the last syllable."""
        return self.given.split()[-1] if self.locale == "vn" else self.given

    @property
    def full(self) -> str:
        return f"{self.surname} {self.given}" if self.surname_first else f"{self.given} {self.surname}"


@dataclass
class Seg:
    text: str
    label: str | None = None
    brand: bool = False
    keep_case: bool = False  # pasted values (IBAN, licence) stay as pasted in a lower-case text
    literal: bool = False  # the template's own words (the only place typos go)


@dataclass
class Gen:
    rng: random.Random
    cache: dict = field(default_factory=dict)

    # people -----------------------------------------------------------------------------------
    def person(self, locale: str) -> Person:
        rng = self.rng
        given, surnames, _region, _country, order = PEOPLE[locale]
        first_name = rng.choice(given)
        sf = order == "sg" or (order == "mix" and rng.random() < 0.5)
        return Person(locale, first_name, rng.choice(surnames), sf)

    def handle(self, p: Person) -> str:
        rng = self.rng
        g = re.sub(r"[^a-z0-9]", "", _fold(p.call))
        s = re.sub(r"[^a-z0-9]", "", _fold(p.surname))
        shape = rng.choice(["{g}_{s}", "{g}{s}", "{g}{s}{n}", "{g0}{s}", "{s}{g}", "{g}.{s}", "{g}_{n}"])
        out = shape.format(g=g, s=s, g0=g[0], n=rng.randint(1, 99))
        if rng.random() < 0.25:
            out = out[0].upper() + out[1:]
        return out

    def email(self, p: Person) -> str:
        rng = self.rng
        g = re.sub(r"[^a-z]", "", _fold(p.given.split()[0] if p.locale != "vn" else p.call))
        s = re.sub(r"[^a-z]", "", _fold(p.surname.split()[-1]))
        local = rng.choice([f"{g}.{s}", f"{g[0]}.{s}{rng.randint(1, 99)}", f"{g}{s}", f"{s}.{g}",
                            f"{g}_{s}{rng.randint(70, 99)}", f"{g}{rng.randint(1, 2005)}", f"{s}{g[0]}"])  # fmt: skip
        return f"{local}@{rng.choice(EMAIL_DOMAINS[p.locale])}"

    # numbers ----------------------------------------------------------------------------------
    def phone(self, region: str, style: str | None = None) -> str:
        rng = self.rng
        kind = rng.choice([PhoneNumberType.MOBILE, PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE])
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        number = example
        for _ in range(60):
            k = rng.randint(4, max(4, len(nsn) - 2))
            cand = nsn[:-k] + _d(rng, k)
            num = phonenumbers.parse(f"+{example.country_code}{cand}")
            if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in (
                kind,
                PhoneNumberType.FIXED_LINE_OR_MOBILE,
            ):
                number = num
                break
        intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
        nat = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
        e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
        style = style or rng.choice(
            ["intl", "intl", "nat", "nat", "nat", "e164", "intl-dash", "nat-dot", "nat-dash", "00", "paren0",
             "nat-bare", "nat-paren"])  # fmt: skip
        groups = re.findall(r"\d+", nat)
        cc = f"+{number.country_code}"
        if style == "intl":
            out = intl
        elif style == "nat":
            out = nat
        elif style == "e164":
            out = e164
        elif style == "intl-dash":
            out = cc + "-" + "-".join(re.findall(r"\d+", intl)[1:])
        elif style == "nat-dot":
            out = ".".join(groups)
        elif style == "nat-dash":
            out = "-".join(groups)
        elif style == "00":
            out = "00" + intl[1:]
        elif style == "paren0" and nat.startswith("0"):
            out = f"{cc} (0)" + intl[len(cc) + 1 :]
        elif style == "nat-bare":
            out = "".join(groups)
        elif style == "nat-paren" and len(groups) >= 3 and "(" not in nat and region in _PAREN_REGIONS:
            out = f"({groups[0]}) " + " ".join(groups[1:])
        else:
            out = intl
        try:
            ok = phonenumbers.is_valid_number(phonenumbers.parse(out, "DE" if style == "00" else region))
        except phonenumbers.NumberParseException:
            ok = False
        return out if ok else intl

    def card(self) -> str:
        rng = self.rng
        brand = rng.choice(["visa", "visa", "mc", "mc2", "amex", "discover"])
        prefix, length = {"visa": ("4", 16), "mc": (str(rng.randint(51, 55)), 16),
                          "mc2": (str(rng.randint(2221, 2720)), 16), "amex": (rng.choice(["34", "37"]), 15),
                          "discover": ("6011", 16)}[brand]  # fmt: skip
        body = prefix + _d(rng, length - len(prefix) - 1)
        digits = body + str(_luhn_check(body))
        sep = rng.choice([" ", " ", "-", ""])
        if length == 15:
            return sep.join([digits[:4], digits[4:10], digits[10:]])
        return sep.join(digits[i : i + 4] for i in range(0, 16, 4))

    def iban(self) -> str:
        rng = self.rng
        cc = rng.choice(["DE", "GB", "FR", "NL", "PL", "ES", "BE", "FI", "HU", "TR", "IL", "BR"])
        if cc == "DE":
            bban = rng.choice(["37040044", "10010010", "50010517", "12030000", "70150000", "43060967"]) + _d(
                rng, 10
            )
        elif cc == "GB":
            bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + _d(rng, 14)
        elif cc == "FR":
            bank, branch, acct = _d(rng, 5), _d(rng, 5), _d(rng, 11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
            bban = f"{bank}{branch}{acct}{key:02d}"
        elif cc == "NL":
            while True:
                acct = _d(rng, 10)
                if acct[0] != "0" and sum(int(c) * (10 - i) for i, c in enumerate(acct)) % 11 == 0:
                    break
            bban = rng.choice(["ABNA", "RABO", "SNSB", "TRIO", "KNAB", "ASNB"]) + acct
        elif cc == "PL":
            sort7 = _d(rng, 7)
            chk = (10 - sum(int(c) * w for c, w in zip(sort7, [3, 9, 7, 1, 3, 9, 7], strict=True)) % 10) % 10
            bban = sort7 + str(chk) + _d(rng, 16)
        elif cc == "ES":
            bank, branch, acct = _d(rng, 4), _d(rng, 4), _d(rng, 10)
            bban = bank + branch + _es_dc("00" + bank + branch) + _es_dc(acct) + acct
        elif cc == "BE":
            first = _d(rng, 10)
            chk = int(first) % 97 or 97
            bban = f"{first}{chk:02d}"
        elif cc == "FI":
            body = _d(rng, 13)
            bban = body + str(_luhn_check(body))
        elif cc == "HU":
            part1 = _d(rng, 7)
            part2 = _d(rng, 15)
            bban = part1 + _hu_check(part1) + part2 + _hu_check(part2)
        elif cc == "TR":
            bban = _d(rng, 5) + "0" + _d(rng, 16)
        elif cc == "IL":
            bban = _d(rng, 19)
        else:  # BR: bank 8, branch 5, account 10, type, owner
            bban = _d(rng, 23) + rng.choice("CP") + "1"
        check = 98 - _mod97(bban + cc + "00")
        iban = f"{cc}{check:02d}{bban}"
        if rng.random() < 0.55:
            return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return iban

    def ssn(self) -> str:
        rng = self.rng
        area = rng.choice([a for a in range(1, 900) if a != 666])
        sep = "-" if rng.random() < 0.85 else " "
        return f"{area:03d}{sep}{rng.randint(1, 99):02d}{sep}{rng.randint(1, 9999):04d}"

    def ip(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.2:
            return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if r < 0.35:
            return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        return f"{rng.choice([31, 41, 62, 78, 85, 102, 105, 154, 177, 186, 197, 203])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"

    def ip6(self) -> str:
        rng = self.rng
        prefix = rng.choice(["2a02:8108", "2001:4860", "2600:1700", "2c0f:fe38", "2405:201", "2a01:cb1d"])
        groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(6)]
        if rng.random() < 0.5:
            return prefix + ":" + ":".join(groups)
        return prefix + ":" + ":".join(groups[:2]) + "::" + groups[-1]

    def dl(self) -> str:
        rng = self.rng
        letter = rng.choice("ABCDEFGHJKLMNPRSTW")
        return rng.choice([
            f"{letter}{_d(rng, 7)}",  # CA
            _d(rng, 9),  # NY
            f"{letter}{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 2)}-{_d(rng, 3)}-{_d(rng, 1)}",  # FL
            _d(rng, 8),  # TX
            f"{letter}{_d(rng, 3)}-{_d(rng, 4)}-{_d(rng, 4)}",  # IL
            f"{letter}{_d(rng, 2)}-{_d(rng, 2)}-{_d(rng, 4)}",  # MI-ish
            f"WDL{''.join(rng.choice('ABCDEFGHJKLMNPQRSTVWXYZ0123456789') for _ in range(9))}",  # WA
        ])  # fmt: skip

    # distractors ------------------------------------------------------------------------------
    def date(self) -> str:
        rng = self.rng
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025, 2026])
        months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"]  # fmt: skip
        return rng.choice([f"{day:02d}/{month:02d}/{year}", f"{year}-{month:02d}-{day:02d}", f"{day} {months[month - 1]}",
                           f"{months[month - 1][:3]} {day}", f"{day:02d}.{month:02d}.{year}"])  # fmt: skip

    def time(self) -> str:
        rng = self.rng
        h, m = rng.randint(0, 23), rng.randint(0, 59)
        return rng.choice([f"{h:02d}:{m:02d}", f"{h % 12 or 12}:{m:02d}{'am' if h < 12 else 'pm'}"])

    def price(self) -> str:
        rng = self.rng
        v = rng.randint(5, 2500)
        return rng.choice([f"€{v}.{rng.randint(0, 99):02d}", f"${v}", f"R$ {v},90", f"₹{v * 10:,}", f"£{v}.50",
                           f"{v * 3} zł", f"₺{v * 30:,}".replace(",", ".")])  # fmt: skip

    def order(self) -> str:
        rng = self.rng
        return rng.choice([f"#NW-{_d(rng, 6)}", f"A-{_d(rng, 4)}-{_d(rng, 4)}", f"ORD{_d(rng, 8)}", f"{rng.randint(1000, 9999)}",
                           f"#{rng.choice('KQXZ')}{_d(rng, 5)}"])  # fmt: skip

    def version(self) -> str:
        rng = self.rng
        v = f"{rng.randint(2, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"
        return rng.choice([f"v{v}", v, f"version {v}", f"{v} (build {rng.randint(1000, 9999)})"])


def _luhn_check(body: str) -> int:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def _mod97(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


def _es_dc(digits10: str) -> str:
    weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    v = 11 - sum(int(c) * w for c, w in zip(digits10, weights, strict=True)) % 11
    return str({11: 0, 10: 1}.get(v, v))


def _hu_check(digits: str) -> str:
    weights = [9, 7, 3, 1]
    return str((10 - sum(int(c) * weights[i % 4] for i, c in enumerate(digits)) % 10) % 10)


# regions where "(0xx) ..." is a usual way to write a number
_PAREN_REGIONS = {"DE", "GB", "NG", "KE", "NL", "ID", "PH", "IL", "CN", "IN"}
SLOT = re.compile(r"\{(\w+)(?::(\w))?(?:\|(\w+))?\}")
PERSON_KINDS = {
    "full",
    "first",
    "last",
    "given",
    "rev",
    "lastfirst",
    "firstinit",
    "tfull",
    "tlast",
    "handle",
    "email",
}
BRAND_SHOUT = ["{b}Down", "{b}Fail", "boycott{b}", "{b}Outage", "{b}Scam"]
BRAND_TAGGABLE = [b for b in BRANDS if " " not in b]


def _row(gen: Gen, template_id: int) -> dict:
    rng = gen.rng
    genre, template = TEMPLATES[template_id]
    locale = rng.choice(list(PEOPLE))
    _g, _s, region, country, _o = PEOPLE[locale]
    people: dict[str, Person] = {}
    values: dict[tuple[str, str], str] = {}
    brand_watch = rng.random() < 0.8  # else the {brand} slots name an ordinary company (not a watch term)

    def person(w: str) -> Person:
        if w not in people:
            loc = locale if w == "a" or rng.random() < 0.5 else rng.choice(list(PEOPLE))
            people[w] = gen.person(loc)
        return people[w]

    segs: list[Seg] = []
    pos = 0
    for m in SLOT.finditer(template):
        segs.append(Seg(template[pos : m.start()], literal=True))
        pos = m.end()
        kind, w, mod = m.group(1), m.group(2) or "a", m.group(3)
        new: list[Seg]
        if kind in PERSON_KINDS:
            p = person(w)
            if kind == "full":
                new = [Seg(p.full, "PERSON")]
            elif kind == "first":
                new = [Seg(p.call, "PERSON")]
            elif kind == "last":
                new = [Seg(p.surname, "PERSON")]
            elif kind == "given":
                new = [Seg(p.given, "PERSON")]
            elif kind == "rev":
                new = [Seg(f"{p.surname.upper()} {p.given}", "PERSON")]
            elif kind == "lastfirst":
                new = [Seg(f"{p.surname}, {p.given}", "PERSON")]
            elif kind == "firstinit":
                new = [Seg(f"{p.call} {p.surname[0].upper()}.", "PERSON")]
            elif kind in ("tfull", "tlast"):
                title = rng.choice(TITLES.get(p.locale, []) + TITLES["*"])
                new = [Seg(title), Seg(p.full if kind == "tfull" else p.surname, "PERSON")]
            elif kind == "handle":
                key = ("handle", w)
                values.setdefault(key, gen.handle(p))
                new = [Seg("@"), Seg(values[key], "PERSON")] if mod == "at" else [Seg(values[key], "PERSON")]
                mod = None if mod == "at" else mod
            else:  # email
                key = ("email", w)
                values.setdefault(key, gen.email(p))
                new = [Seg(values[key], "EMAIL_ADDRESS")]
        elif kind in ("addr", "addrline", "addrml"):
            key = ("addr", w)
            if key not in values:
                c = country if rng.random() < 0.75 else rng.choice(list(ADDRESSES))
                street, tail, special = ADDRESSES[c](rng)
                if special:
                    values[key] = (street, *special)  # type: ignore[assignment]
                else:
                    joiner = rng.choice([", ", ", ", " "]) if "," not in tail else ", "
                    values[key] = (street, street + joiner + tail.replace("\n", ", "), street + "\n" + tail)  # type: ignore[assignment]
            street, full, ml = values[key]  # type: ignore[misc]
            new = [Seg({"addr": full, "addrline": street, "addrml": ml}[kind], "STREET_ADDRESS")]
        elif kind in ("phone", "phonee164"):
            key = (kind, w)
            if key not in values:
                reg = region if rng.random() < 0.75 else rng.choice([v[2] for v in PEOPLE.values()])
                values[key] = gen.phone(reg, "e164" if kind == "phonee164" else None)
            new = [Seg(values[key], "PHONE_NUMBER")]
        elif kind in ("card", "iban", "ssn", "ip", "ip6", "dl"):
            key = (kind, w)
            values.setdefault(key, getattr(gen, kind)())
            label = {"card": "CREDIT_CARD", "iban": "IBAN_CODE", "ssn": "US_SSN", "ip": "IP_ADDRESS",
                     "ip6": "IP_ADDRESS", "dl": "US_DRIVER_LICENSE"}[kind]  # fmt: skip
            new = [Seg(values[key], label, keep_case=kind in ("iban", "dl"))]
        elif kind == "brand":
            if brand_watch:
                new = [Seg(values.setdefault(("brand", w), rng.choice(BRANDS)), brand=True)]
            else:
                new = [Seg(values.setdefault(("brand", w), rng.choice(ORGS)))]
        elif kind == "bhandle":
            new = [Seg(rng.choice(HANDLE_BRANDS), brand=True)]
        elif kind == "brandtag":
            b = rng.choice(BRAND_TAGGABLE)
            pre, post = rng.choice(BRAND_SHOUT).split("{b}")
            new = [Seg(pre), Seg(b, brand=True), Seg(post)]
        elif kind == "email_role":
            new = [Seg(f"{rng.choice(ROLE_MAILBOXES)}@{rng.choice(ROLE_DOMAINS)}")]
        elif kind == "city":
            new = [Seg(rng.choice(CITIES))]
        elif kind in ("org", "shop"):
            new = [Seg(rng.choice(ORGS if kind == "org" else SHOPS))]
        elif kind == "ticket":
            new = [Seg(str(rng.randint(1000, 99999)))]
        elif kind == "product":
            new = [Seg(rng.choice(PRODUCTS))]
        elif kind == "filler":
            new = [Seg(rng.choice(FILLERS))]
        elif kind == "num":
            new = [Seg(str(rng.randint(10, 9999)))]
        else:
            new = [Seg(getattr(gen, kind)())]
        if mod in ("lc", "uc"):
            for s in new:
                if not s.keep_case:
                    s.text = s.text.lower() if mod == "lc" else s.text.upper()
        segs.extend(new)
    segs.append(Seg(template[pos:], literal=True))

    # "{first} {last}" is one name: one span
    merged: list[Seg] = []
    for s in segs:
        if (len(merged) >= 2 and s.label == "PERSON" and merged[-1].literal and merged[-1].text == " "
                and merged[-2].label == "PERSON"):  # fmt: skip
            merged.pop()
            merged[-1] = Seg(merged[-1].text + " " + s.text, "PERSON")
        else:
            merged.append(s)
    segs = merged

    # whole-text case and typos
    r = rng.random()
    if "|uc}" in template:
        r = 1.0  # a shouted text stays as written
    case = (
        "lower"
        if r < 0.13
        else "upper"
        if r < 0.17 and genre in ("tweet", "review", "driver", "misc")
        else None
    )
    if template_id in _LOWER_ALWAYS:
        case = "lower"
    for s in segs:
        if case == "lower" and not s.keep_case:
            s.text = s.text.lower()
        elif case == "upper":
            s.text = s.text.upper()
    if rng.random() < 0.15:
        lits = [s for s in segs if s.literal and re.search(r"[A-Za-z]{5,}", s.text)]
        for _ in range(rng.randint(1, 2)):
            if lits:
                s = rng.choice(lits)
                s.text = _typo(rng, s.text)

    text, spans, brands = "", [], []
    for s in segs:
        if s.label:
            spans.append(
                {"label": s.label, "start": len(text), "end": len(text) + len(s.text), "value": s.text}
            )
        if s.brand:
            brands.append(s.text)
        text += s.text
    return {"text": text, "spans": spans, "template_id": template_id, "locale": locale, "brands": brands}


# templates written all in lower case (their slots are lowered too)
_LOWER_ALWAYS = {
    i for i, (_g, t) in enumerate(TEMPLATES) if t.startswith(("app wont", "[transcribed]", "pls help"))
}


def _typo(rng: random.Random, text: str) -> str:
    words = list(re.finditer(r"[A-Za-z]{5,}", text))
    if not words:
        return text
    m = rng.choice(words)
    w = m.group(0)
    i = rng.randint(1, len(w) - 3)
    op = rng.choice(["swap", "drop", "double"])
    if op == "swap":
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    elif op == "drop":
        w2 = w[:i] + w[i + 1 :]
    else:
        w2 = w[: i + 1] + w[i] + w[i + 1 :]
    return text[: m.start()] + w2 + text[m.end() :]


def generate(n: int = 1500, seed: int = 0) -> list[dict]:
    """n labelled texts, deterministic from the seed."""
    gen = Gen(random.Random(seed))
    ids = list(range(len(TEMPLATES)))
    return [_row(gen, gen.rng.choices(ids, WEIGHTS)[0]) for _ in range(n)]


LABELS = {"CREDIT_CARD", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "US_SSN", "IP_ADDRESS",
          "US_DRIVER_LICENSE", "PERSON", "STREET_ADDRESS"}  # fmt: skip


def _validate(rows: list[dict]) -> None:
    """Spans match their text, do not overlap, carry known labels; listed brands are in the text."""
    for r in rows:
        last_end = -1
        for s in sorted(r["spans"], key=lambda s: s["start"]):
            assert r["text"][s["start"] : s["end"]] == s["value"], (r, s)
            assert s["label"] in LABELS, s
            assert s["value"] and s["value"] == s["value"].strip(), s
            assert s["start"] >= last_end, ("overlap", r)
            last_end = s["end"]
        for b in r["brands"]:
            assert b in r["text"], (b, r["text"])
            assert b.lower() in {x.lower() for x in [*BRANDS, *HANDLE_BRANDS]}, b


def label_mix(rows: list[dict]) -> dict[str, tuple[int, float]]:
    """label -> (spans, share of texts holding one)."""
    out = {}
    for lbl in sorted(LABELS):
        texts = sum(any(s["label"] == lbl for s in r["spans"]) for r in rows)
        out[lbl] = (sum(s["label"] == lbl for r in rows for s in r["spans"]), texts / len(rows))
    out["(brands)"] = (sum(len(r["brands"]) for r in rows), sum(bool(r["brands"]) for r in rows) / len(rows))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=5050)
    parser.add_argument("--check", action="store_true", help="validate seeds 1 and 2, print the label mix")
    args = parser.parse_args()
    if args.check:
        for seed in (1, 2):
            rows = generate(args.n, seed)
            _validate(rows)
            assert rows == generate(args.n, seed), "not deterministic"
            print(f"seed {seed}: {len(rows)} rows ok", file=sys.stderr)
            for lbl, (n, share) in label_mix(rows).items():
                print(f"  {lbl:<18} {n:>5} spans, in {share:.0%} of texts", file=sys.stderr)
        return
    for row in generate(n=args.n, seed=args.seed):
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
