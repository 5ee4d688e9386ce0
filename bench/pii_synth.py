"""A labelled PII test set of our own: social posts and support tickets with names, handles,
street addresses, phones and IDs of many locales, generated deterministically from a seed.

Usage: .venv/bin/python bench/pii_synth.py [--n 1500] [--seed 7] [--split dev|heldout|fresh] > rows.jsonl

Each row is {text, spans: [{label, start, end, value}], template_id, locale, brands}. `brands`
are the tenant's watch terms present in the text (they must survive redaction).

The people, streets and templates here are written for this set (not drawn from Faker, whose
name lists the redactor's gazetteer uses), so a name being in the gazetteer is luck, not design.
Templates are split: `dev` (tuning) uses the even-numbered ones, `heldout` the odd ones, so a
held-out run sees sentence shapes the redactor was never tuned on. `fresh` (bench/pii_synth_fresh.py)
has its own people, streets, cities and templates, some texts all in lower case; it was written
before the second tuning pass and is only ever reported, never tuned on.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass, field

import phonenumbers
import pii_synth_fresh as fresh

# locale -> (first names, last names, phone region)
PEOPLE: dict[str, tuple[list[str], list[str], str]] = {
    "en_US": (
        ["Tyler", "Brianna", "Marcus", "Kayla", "Dustin", "Shawna", "Trevor", "Latoya", "Cody", "Jenna"],
        ["Whitfield", "Okonkwo", "Brannigan", "Delgado", "Huxley", "Pruitt", "Yancey", "Gaskins"],
        "US",
    ),
    "en_GB": (
        ["Callum", "Niamh", "Rhys", "Imogen", "Alfie", "Poppy", "Declan", "Freya", "Hamish", "Saoirse"],
        ["Featherstone", "Ashworth", "McAllister", "Pemberton", "Thistlethwaite", "Oakes", "Bramwell"],
        "GB",
    ),
    "de_DE": (
        ["Jannik", "Mareike", "Torben", "Wiebke", "Lennart", "Friederike", "Malte", "Svenja"],
        ["Schäfer", "Hoffmeister", "Brandtner", "Kühn", "Wendland", "Lindemann", "Oberhauser"],
        "DE",
    ),
    "fr_FR": (
        ["Anaïs", "Timothée", "Maëlle", "Gaspard", "Clémence", "Baptiste", "Solène", "Aurélien"],
        ["Lefèvre", "Dubreuil", "Marchetti", "Chauvin", "Rousselot", "Garnier", "Vasseur"],
        "FR",
    ),
    "es_ES": (
        ["Iker", "Ainhoa", "Íñigo", "Nerea", "Unai", "Lucía", "Álvaro", "Itziar"],
        ["Etxeberria", "Ruiz de la Torre", "Garmendia", "Vázquez", "Castañeda", "Olmedo"],
        "ES",
    ),
    "it_IT": (
        ["Gianluca", "Chiara", "Matteo", "Ludovica", "Lorenzo", "Benedetta", "Tommaso"],
        ["Esposito", "Bianchi", "Lombardo", "Ferraresi", "Mancuso", "De Santis"],
        "IT",
    ),
    "nl_NL": (
        ["Joris", "Femke", "Thijs", "Anouk", "Bram", "Sanne", "Stijn", "Lieke"],
        ["van der Berg", "de Vries", "Bakker", "Visser", "Jansen", "van Dijk", "Smit"],
        "NL",
    ),
    "fi_FI": (
        ["Siiri", "Aatu", "Veera", "Eetu", "Aino", "Joonas", "Kerttu", "Onni"],
        ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Heikkilä", "Laaksonen"],
        "FI",
    ),
    "sv_SE": (
        ["Linnea", "Oskar", "Ebba", "Hugo", "Wilma", "Viggo", "Alva"],
        ["Lindqvist", "Bergström", "Sjöberg", "Nyström", "Håkansson", "Ekdahl"],
        "SE",
    ),
    "pl_PL": (
        ["Zofia", "Jakub", "Małgorzata", "Wojciech", "Agnieszka", "Bartosz", "Kinga"],
        ["Wiśniewski", "Kowalczyk", "Zieliński", "Szymańska", "Woźniak", "Grabowski"],
        "PL",
    ),
    "pt_BR": (
        ["João", "Thaís", "Rafael", "Luana", "Caio", "Beatriz", "Vinícius", "Larissa"],
        ["Souza", "Carvalho", "Nascimento", "Rodrigues", "Albuquerque", "Figueiredo"],
        "BR",
    ),
    "hu_HU": (
        ["Bence", "Réka", "Levente", "Zsófia", "Márton", "Eszter"],
        ["Szöllősy", "Kovács", "Tóth", "Gelencsér", "Farkas", "Horváth"],
        "HU",
    ),
    "tr_TR": (
        ["Emre", "Zeynep", "Burak", "Elif", "Oğuz", "Ayşe"],
        ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın"],
        "TR",
    ),
    "en_IN": (
        ["Aarav", "Priya", "Vikram", "Ananya", "Rohan", "Sneha", "Karthik", "Divya"],
        ["Raghunathan", "Iyer", "Chatterjee", "Deshpande", "Malhotra", "Venkatesan"],
        "IN",
    ),
    "en_NG": (
        ["Chinedu", "Ngozi", "Tunde", "Adaeze", "Emeka", "Funmilayo"],
        ["Adeyemi", "Okafor", "Balogun", "Eze", "Nwosu", "Oyelaran"],
        "NG",
    ),
    "vi_VN": (
        ["Minh", "Linh", "Quang", "Thao", "Huy"],
        ["Nguyen", "Tran", "Pham", "Hoang", "Vu"],
        "VN",
    ),
}

# locale -> street address formats; {n} house number, {s} street word, {u} flat/unit, {pc}, {city}
STREETS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "en_US": (
        ["{n} {s} Street", "{n} {s} Ave", "{n} {s} Road, Apt {u}", "{n} N {s} Blvd Suite {u}", "{n} {s} Dr"],
        ["Maple", "Sycamore", "Lakeview", "Chestnut Hill", "Willowbrook", "Ridgecrest"],
        ["{city}, IL {pc5}", "{city}, TX {pc5}", "{city}, OR {pc5}"],
    ),
    "en_GB": (
        ["Flat {u}, {n} {s} Road", "{n} {s} Lane", "{n} {s} Close", "{n} {s} Gardens", "{n}a {s} Street"],
        ["Pennington", "Mill", "Station", "Harcourt", "Blackthorn"],
        ["{city} {pcuk}"],
    ),
    "de_DE": (
        ["{s}straße {n}", "{s}weg {n}b", "Am {s} {n}", "{s}str. {n}, Wohnung {u}"],
        ["Linden", "Goethe", "Birken", "Kastanien", "Mühlen"],
        ["{pc5} {city}"],
    ),
    "fr_FR": (
        ["{n} rue {s}", "{n} bis avenue {s}", "{n}, boulevard {s}", "{n} allée {s}, appt {u}"],
        ["des Lilas", "Victor Hugo", "de la République", "du Moulin", "Jean Jaurès"],
        ["{pc5} {city}"],
    ),
    "es_ES": (
        ["Calle {s} {n}, {f}º B", "Avenida {s}, {n}", "C/ {s} {n}, piso {u}", "Plaza {s} {n}"],
        ["Mayor", "de Alcalá", "del Carmen", "San Vicente", "Goya"],
        ["{pc5} {city}"],
    ),
    "it_IT": (
        ["Via {s} {n}", "Viale {s}, {n}", "Piazza {s} {n}, int. {u}", "Corso {s} {n}"],
        ["Garibaldi", "dei Mille", "Roma", "Cavour", "delle Rose"],
        ["{pc5} {city}"],
    ),
    "nl_NL": (
        ["{s}straat {n}", "{s}gracht {n}-{u}", "{s}laan {n}", "{s}weg {n} bis"],
        ["Keizers", "Linden", "Berken", "Molen", "Prinsen"],
        ["{pcnl} {city}"],
    ),
    "fi_FI": (
        ["{s}katu {n} B {u}", "{s}tie {n}", "{s}kuja {n} A {u}"],
        ["Mannerheimin", "Puistola", "Koivu", "Rauhan", "Purun"],
        ["{pc5} {city}"],
    ),
    "sv_SE": (
        ["{s}gatan {n}", "{s}vägen {n}, lgh {u}", "{s}gränd {n}"],
        ["Stor", "Kungs", "Björk", "Drottning", "Sjö"],
        ["{pcse} {city}"],
    ),
    "pl_PL": (
        ["ul. {s} {n}/{u}", "al. {s} {n}", "ulica {s} {n} m. {u}"],
        ["Marszałkowska", "Długa", "Kwiatowa", "Piękna", "Słoneczna"],
        ["{pcpl} {city}"],
    ),
    "pt_BR": (
        ["Rua {s}, {n}, apto {u}", "Av. {s}, {n}", "Travessa {s} {n}", "Rua {s} nº {n}"],
        ["das Flores", "Augusta", "Sete de Setembro", "do Comércio", "Bela Cintra"],
        ["{city} - SP, {pcbr}"],
    ),
    "en_IN": (
        ["Flat {u}, {s} Apartments, {n} MG Road", "{n}, {s} Nagar, 2nd Cross", "House No. {n}, {s} Colony"],
        ["Sunrise", "Gandhi", "Shanti", "Lakshmi", "Green Park"],
        ["{city} {pc6}"],
    ),
}
CITIES = [
    "Springfield",
    "Leeds",
    "Kassel",
    "Nantes",
    "Zaragoza",
    "Bologna",
    "Utrecht",
    "Tampere",
    "Uppsala",
    "Poznań",
    "Campinas",
    "Pune",
]

BRANDS = ["Northwind", "Northwind Bank", "Contoso", "Fabrikam Pay", "Globex", "Tailspin Air"]
HANDLE_BRANDS = ["@NorthwindBank", "@ContosoHelp"]
OTHER_ORGS = ["Amazon", "Revolut", "Monzo", "Visa", "PayPal", "Apple Pay", "Vodafone", "Deutsche Bahn"]

# Templates. Slots: {person} full name, {first}, {last}, {person_lc} lower-case full name,
# {handle}, {address}, {phone}, {email}, {card}, {iban}, {ssn}, {ip}, {dl}, {brand}, {brand_handle},
# {org}, {city}. Even index = dev, odd index = held-out.
TEMPLATES = [
    "{brand} app just shows 'service unavailable' again. my number is {phone} if anyone from support cares",
    "hi, this is {person}, I moved to {address} last week, please update my card delivery address",
    "@{handle} same here, {brand} transfer stuck since this morning",
    "Ticket from {person} ({email}): card {card} was charged twice at {org}. Call back on {phone}.",
    "thanks {first} and {first2} at the {city} branch, sorted my {brand} account in 5 minutes!",
    "My name is {person_lc} and my IBAN is {iban}, the refund never arrived",
    "{brand_handle} why is my card blocked?? I'm at {address} and can't pay rent. {phone}",
    "Customer: {person}\nPhone: {phone}\nAddress: {address}\nIssue: {brand} login loop after update",
    "cc {person}, {first2} {last2} and @{handle} - the {brand} outage is back",
    "Please send the replacement card to {address}. SSN for verification: {ssn}",
    "RT @{handle}: {brand} down for anyone else? tried from {ip} and the VPN too",
    "Driver's license {dl} was rejected by the {brand} KYC check, uploaded it 3 times. {person}",
    "ugh {brand} support told me to call {phone} and nobody answers. regards, {person}",
    "Hello, my mother {person} lives at {address}, she got a scam text pretending to be {brand}",
    "{first_lc} here - {brand} double charged me, ring me on {phone} or mail {email}",
    "Agent {first} from {brand} was super helpful today, shoutout @{handle}",
    "Delivery failed: {person}, {address}. Contact {phone}.",
    "is it just me or is {brand} down? {org} works fine. dm me @{handle}",
    "Kind regards,\n{person}\n{address}\nTel. {phone}",
    "{person} and {person2} both got the same phishing sms from '{brand}' asking for card {card}",
    "New login to your {brand} account from IP {ip}. Not you? Call {phone}.",
    "my husband {first_lc} {last_lc} cant log into {brand} either, his licence number is {dl}",
    "Re: complaint #4471 — {person} says {brand} charged {iban} twice. Address on file: {address}",
    "Team, {person} from {city} escalated: {brand} card payments failing at {org}. Callback {phone}",
    "Shipping label\n{person}\n{address}\n{phone}",
    "@{handle} @{handle2} did {brand} ever refund you? i'm still waiting",
    "this is {first}, my {brand} card ending {last4} got swallowed by an ATM at {address}",
    "User {email} reported the {brand} app crashing on Android 14; device IP {ip}",
    "Please contact {person} at {phone} regarding the {brand} data request (SSN {ssn})",
    "{brand} sent my new card to my old flat at {address} — {person}",
    "Spoke to {first} {last} and {first2}; they'll call me back at {phone}. {brand} still down",
    "Name: {person_lc} / Tel: {phone} / {brand} account locked after password reset",
    "{brand} charged card {card} twice, my license # is {dl} if you need ID. {first}",
    "@{handle} the {brand} card {card} you posted is still visible, delete it!",
    "Verified ID: DL {dl}, SSN {ssn}, card ending {last4}. Name {person}. {brand} still says pending",
    "lol {first_lc} {last_lc} just told the whole group chat her {brand} pin. number is {phone} if u want to warn her",
]


@dataclass(frozen=True)
class Tables:
    """What one split draws from."""

    people: dict[str, tuple[list[str], list[str], str]]
    streets: dict[str, tuple[list[str], list[str], list[str]]]
    cities: list[str]
    orgs: list[str]
    templates: list[str]
    titles: list[str] = field(default_factory=list)
    lower_share: float = 0.0  # the share of texts written all in lower case


ORIGINAL = Tables(PEOPLE, STREETS, CITIES, OTHER_ORGS, TEMPLATES)
FRESH = Tables(
    fresh.PEOPLE, fresh.STREETS, fresh.CITIES, fresh.ORGS, fresh.TEMPLATES, fresh.TITLES, lower_share=0.15
)


@dataclass
class Row:
    text: str = ""
    spans: list[dict] = field(default_factory=list)
    lower: bool = False

    def add(self, value: str, label: str | None) -> None:
        if self.lower:
            value = value.lower()
        if label:
            self.spans.append(
                {"label": label, "start": len(self.text), "end": len(self.text) + len(value), "value": value}
            )
        self.text += value


class Generator:
    def __init__(self, seed: int, tables: Tables = ORIGINAL) -> None:
        self.rng = random.Random(seed)
        self.tables = tables

    def row(self, template_id: int) -> dict:
        rng = self.rng
        tables = self.tables
        people_of = tables.people
        locale = rng.choice(list(people_of))
        _firsts, _lasts, region = people_of[locale]
        out = Row(lower=bool(tables.lower_share) and rng.random() < tables.lower_share)
        brands: list[str] = []
        people = {}

        def person(key: str) -> tuple[str, str]:
            if key not in people:
                loc = locale if rng.random() < 0.7 else rng.choice(list(people_of))
                people[key] = (rng.choice(people_of[loc][0]), rng.choice(people_of[loc][1]))
            return people[key]

        values = {
            "person": lambda: " ".join(person("a")),
            "person2": lambda: " ".join(person("b")),
            "first": lambda: person("a")[0],
            "first2": lambda: person("b")[0],
            "last": lambda: person("a")[1],
            "last2": lambda: person("b")[1],
            "person_lc": lambda: " ".join(person("a")).lower(),
            "first_lc": lambda: person("a")[0].lower(),
            "last_lc": lambda: person("a")[1].lower(),
            "handle": lambda: self.handle(person("c")),
            "handle2": lambda: self.handle(person("d")),
            "address": lambda: self.address(locale),
            "address2": lambda: self.address(locale),
            "last_first": lambda: f"{person('a')[1]}, {person('a')[0]}",
            "first2_lc": lambda: person("b")[0].lower(),
            "title": lambda: rng.choice(tables.titles),
            "phone": lambda: self.phone(region),
            "email": lambda: self.email(person("a")),
            "card": self.card,
            "iban": self.iban,
            "ssn": lambda: (
                f"{rng.randrange(100, 665):03d}-{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}"
            ),
            "ip": self.ip,
            "dl": self.licence,
            "last4": lambda: f"{rng.randrange(1000, 9999)}",
            "city": lambda: rng.choice(tables.cities),
            "org": lambda: rng.choice(tables.orgs),
        }
        labels = {
            "person": "PERSON", "person2": "PERSON", "first": "PERSON", "first2": "PERSON",
            "last": "PERSON", "last2": "PERSON", "person_lc": "PERSON", "first_lc": "PERSON",
            "last_lc": "PERSON", "handle": "PERSON", "handle2": "PERSON", "address": "STREET_ADDRESS",
            "address2": "STREET_ADDRESS", "last_first": "PERSON", "first2_lc": "PERSON",
            "phone": "PHONE_NUMBER", "email": "EMAIL_ADDRESS", "card": "CREDIT_CARD", "iban": "IBAN_CODE",
            "ssn": "US_SSN", "ip": "IP_ADDRESS", "dl": "US_DRIVER_LICENSE",
        }  # fmt: skip
        template = tables.templates[template_id]
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", template):
            out.add(template[pos : m.start()], None)
            key = m.group(1)
            if key == "brand":
                value = rng.choice(BRANDS)
                brands.append(value)
                out.add(value, None)
            elif key == "brand_handle":
                value = rng.choice(HANDLE_BRANDS)
                brands.append(value)
                out.add(value, None)
            else:
                out.add(values[key](), labels.get(key))
            pos = m.end()
        out.add(template[pos:], None)
        # Handles are labelled without their "@" (the template writes it).
        return {
            "text": out.text,
            "spans": out.spans,
            "template_id": template_id,
            "locale": locale,
            "brands": brands,
        }

    def handle(self, who: tuple[str, str]) -> str:
        first, last = (w.lower().replace(" ", "") for w in who)
        # Greek or Cyrillic names have no ASCII letters: such people pick a handle of their own.
        first, last = _ascii(first) or "nefeli", _ascii(last) or "kapa"
        shape = self.rng.choice(["{f}{l}", "{f}_{l}", "{f}.{l}{n}", "{f0}{l}", "{l}_{f}{n}", "{f}{n}"])
        return shape.format(f=first, l=last, f0=first[0], n=self.rng.randrange(1, 99))

    def email(self, who: tuple[str, str]) -> str:
        first, last = (_ascii(w.lower().replace(" ", "")) for w in who)
        first, last = first or "mail", last or "box"
        domain = self.rng.choice(
            ["gmail.com", "web.de", "outlook.fr", "yahoo.co.uk", "proton.me", "example.org"]
        )
        return (
            self.rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{last}{self.rng.randrange(70, 99)}"])
            + "@"
            + domain
        )

    def address(self, locale: str) -> str:
        rng = self.rng
        table = self.tables.streets
        lines, streets, tails = table.get(locale) or table[rng.choice(list(table))]
        line = rng.choice(lines)
        street = line.format(
            n=rng.randrange(1, 999),
            s=rng.choice(streets),
            u=f"{rng.randrange(1, 60)}{rng.choice(['', 'B', 'C'])}",
            f=rng.randrange(1, 9),
            **self._lazy(line, s2=lambda: rng.choice(streets), u2=lambda: str(rng.randrange(1, 120))),
        )
        if rng.random() < 0.4:
            return street
        tail = rng.choice(tails)
        tail = tail.format(
            **self._lazy(
                tail,
                pc4=lambda: f"{rng.randrange(1000, 9999)}",
                pcgr=lambda: f"{rng.randrange(100, 999)} {rng.randrange(10, 99)}",
                pccz=lambda: f"{rng.randrange(100, 799)} {rng.randrange(0, 9)}0",
                pcpt=lambda: f"{rng.randrange(1000, 9999)}-{rng.randrange(100, 999)}",
                pcie=lambda: f"D{rng.randrange(1, 24):02d} {rng.choice('AEKNPTWX')}{rng.randrange(100, 999)}",
                pcjp=lambda: f"{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}",
                pcca=lambda: (
                    f"H{rng.randrange(1, 9)}{rng.choice('ABCJKLMNPRSTVWXYZ')} {rng.randrange(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randrange(1, 9)}"
                ),
            ),
            city=rng.choice(self.tables.cities),
            pc5=f"{rng.randrange(10000, 99999)}",
            pc6=f"{rng.randrange(110000, 999999)}",
            pcnl=f"{rng.randrange(1000, 9999)} {rng.choice('ABCDEFGH')}{rng.choice('JKLMNPRS')}",
            pcse=f"{rng.randrange(100, 999)} {rng.randrange(10, 99)}",
            pcpl=f"{rng.randrange(10, 99)}-{rng.randrange(100, 999)}",
            pcbr=f"{rng.randrange(10000, 99999)}-{rng.randrange(100, 999)}",
            pcuk=f"{rng.choice(['LS', 'M', 'NW', 'B', 'EH'])}{rng.randrange(1, 20)} {rng.randrange(1, 9)}{rng.choice('ABDEFG')}{rng.choice('HJLNPQ')}",
        )
        return street + rng.choice([", ", " ", "\n"]) + tail

    @staticmethod
    def _lazy(fmt: str, **makers) -> dict[str, str]:
        """Values for the fields only some formats use, drawn only when the format uses them (so
        the dev and held-out sets stay what they were before these fields existed)."""
        return {key: make() for key, make in makers.items() if "{" + key + "}" in fmt}

    def phone(self, region: str) -> str:
        rng = self.rng
        if rng.random() < 0.25:
            region = rng.choice(
                ["US", "GB", "DE", "FR", "IN", "BR", "AU", "NG", "JP", "MX", "ZA", "IE", "CH"]
            )
        kind = rng.choice([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE])
        example = phonenumbers.example_number_for_type(region, kind)
        national = str(example.national_number)
        for _ in range(30):
            digits = national[:3] + "".join(str(rng.randrange(10)) for _ in national[3:])
            number = phonenumbers.parse("+" + str(example.country_code) + digits)
            if phonenumbers.is_valid_number(number):
                break
        else:
            number = example
        fmt = rng.random()
        if fmt < 0.35:
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if fmt < 0.65:
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt < 0.8:
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        # Hand-typed: an international prefix or a trunk 0, then the digits in threes or twos.
        national = str(number.national_number)
        prefix = rng.choice([f"+{number.country_code} ", f"00{number.country_code} ", "0"])
        sep = rng.choice([" ", ".", "-"])
        step = rng.choice([2, 3])
        groups = [national[i : i + step] for i in range(3, len(national), step)]
        if len(groups) > 1 and len(groups[-1]) == 1:
            groups[-2:] = [groups[-2] + groups[-1]]
        return prefix + national[:3] + sep + sep.join(groups)

    def card(self) -> str:
        rng = self.rng
        prefix = rng.choice(["4", "51", "55", "37", "6011"])
        length = 15 if prefix == "37" else 16
        body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
        number = body + str(_luhn_digit(body))
        sep = rng.choice(["", " ", "-"])
        if length == 15:
            return sep.join([number[:4], number[4:10], number[10:]])
        return sep.join(number[i : i + 4] for i in range(0, 16, 4))

    def iban(self) -> str:
        rng = self.rng
        country, length = rng.choice([("DE", 18), ("GB", 18), ("FR", 23), ("NL", 14), ("ES", 20), ("FI", 14)])
        if country == "GB":
            bban = rng.choice(["NWBK", "BARC", "HBUK"]) + "".join(str(rng.randrange(10)) for _ in range(14))
        elif country == "NL":
            bban = rng.choice(["ABNA", "RABO", "INGB"]) + "".join(str(rng.randrange(10)) for _ in range(10))
        else:
            bban = "".join(str(rng.randrange(10)) for _ in range(length))
        check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
        iban = f"{country}{check:02d}{bban}"
        if rng.random() < 0.5:
            return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return iban

    def ip(self) -> str:
        rng = self.rng
        if rng.random() < 0.8:
            return ".".join(str(rng.randrange(1, 255)) for _ in range(4))
        return "2001:db8:" + ":".join(f"{rng.randrange(0, 65535):x}" for _ in range(4)) + "::1"

    def licence(self) -> str:
        rng = self.rng
        shape = rng.choice(["A#######", "########", "A###-####-####", "##-###-####", "AA#######"])
        return "".join(
            rng.choice("ABCDEFGHJKLMNPRSTWY") if ch == "A" else str(rng.randrange(10)) if ch == "#" else ch
            for ch in shape
        )


def _luhn_digit(body: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return (10 - total % 10) % 10


def _ascii(word: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", word) if c.isascii() and c.isalnum())


def generate(*, n: int, seed: int, split: str) -> list[dict]:
    """n rows of one split ("dev": even template ids, "heldout": odd ones, "fresh": its own tables)."""
    if split == "fresh":
        gen = Generator(seed, FRESH)
        ids = list(range(len(FRESH.templates)))
    else:
        gen = Generator(seed)
        ids = [i for i in range(len(TEMPLATES)) if (i % 2 == 0) == (split == "dev")]
    return [gen.row(gen.rng.choice(ids)) for _ in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--split", choices=["dev", "heldout", "fresh"], default="dev")
    args = parser.parse_args()
    for row in generate(n=args.n, seed=args.seed, split=args.split):
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
