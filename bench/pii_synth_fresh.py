"""The `fresh` split of bench/pii_synth.py: people, streets, cities, companies and templates that
share nothing with the dev and held-out splits (other locales and scripts, other sentence shapes:
news-like quotes, business-card blocks, surname-first lists, whole texts in lower case, texts in
German, French and Spanish). Written before the second tuning pass and never tuned on: it
validates what was tuned on the dev splits.
"""

from __future__ import annotations

# locale -> (first names, last names, phone region)
PEOPLE: dict[str, tuple[list[str], list[str], str]] = {
    "el_GR": (["Γιώργος", "Ελένη", "Δημήτρης", "Κατερίνα", "Stavros", "Eleni"], ["Παπαδόπουλος", "Οικονόμου", "Καραγιάννη", "Kyriakidis", "Antoniou"], "GR"),
    "ru_RU": (["Алексей", "Ольга", "Дмитрий", "Наталья", "Sergei"], ["Смирнов", "Кузнецова", "Волков", "Ivanova"], "RU"),
    "cs_CZ": (["Jiří", "Tereza", "Vojtěch", "Kateřina"], ["Dvořák", "Procházková", "Novotný", "Černá"], "CZ"),
    "da_DK": (["Søren", "Mette", "Rasmus", "Ida"], ["Kjærgaard", "Mikkelsen", "Østergaard", "Lund"], "DK"),
    "pt_PT": (["Gonçalo", "Inês", "Duarte", "Matilde"], ["Magalhães", "Sequeira", "Barros", "Pinto"], "PT"),
    "ro_RO": (["Ionuț", "Andreea", "Mihai", "Ioana"], ["Popescu", "Dumitrescu", "Stănescu", "Munteanu"], "RO"),
    "et_EE": (["Mart", "Kadri", "Tõnis", "Liis"], ["Tamm", "Saar", "Kask", "Mägi"], "EE"),
    "en_AU": (["Lachlan", "Matilda", "Bodhi", "Sienna"], ["Fitzgerald", "Kowalski", "O'Brien", "Tran"], "AU"),
    "en_IE": (["Oisín", "Aoife", "Ciarán", "Siobhán"], ["MacCarthy", "Gallagher", "Byrne", "Ní Bhriain"], "IE"),
    "ja_JP": (["Haruto", "Yui", "Sota", "Hina"], ["Takahashi", "Watanabe", "Yamamoto", "Kobayashi"], "JP"),
    "ko_KR": (["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun"], ["Kim", "Park", "Choi", "Jeong"], "KR"),
    "ar_EG": (["Youssef", "Fatima", "Omar", "Layla"], ["El-Amin", "Haddad", "Khalil", "Mansour"], "EG"),
    "en_ZA": (["Thabo", "Lerato", "Sipho", "Naledi"], ["Ndlovu", "Mokoena", "Dlamini", "van Wyk"], "ZA"),
    "es_MX": (["Ximena", "Santiago", "Valentina", "Diego"], ["Hernández", "Guerrero", "Villalobos", "Ochoa"], "MX"),
}  # fmt: skip

# locale -> (street formats, street names, tails). {n} house number, {s}/{s2} street names,
# {u}/{u2} flat or block, {f} floor; tails: {city} and postcodes of the country.
STREETS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "el_GR": (["Οδός {s} {n}", "Λεωφόρος {s} {n}", "{s} {n}, {f}ος όροφος", "Odos {s2} {n}"], ["Ερμού", "Αθηνάς", "Πανεπιστημίου", "Βασιλίσσης Σοφίας"], ["{pcgr} Αθήνα", "{pcgr} Athens"]),
    "ru_RU": (["ул. {s}, д. {n}, кв. {u}", "пр-т {s}, {n}", "ulitsa {s2} {n}, kv. {u}"], ["Ленина", "Пушкина", "Садовая"], ["{pc6} Москва", "Moscow {pc6}"]),
    "cs_CZ": (["{s} {n}/{u}", "náměstí {s} {n}"], ["Vinohradská", "Husova", "Míru"], ["{pccz} Praha 2"]),
    "da_DK": (["{s}vej {n}, {f}. tv", "{s}gade {n}"], ["Skov", "Nørre", "Strand"], ["{pc4} København"]),
    "pt_PT": (["Rua {s}, n.º {n}, {f}.º Esq.", "Avenida {s} {n}"], ["da Liberdade", "de Santa Catarina", "Augusta"], ["{pcpt} Lisboa"]),
    "ro_RO": (["Strada {s} nr. {n}, bl. {u}, ap. {u2}", "Bulevardul {s} {n}"], ["Mihai Eminescu", "Unirii", "Florilor"], ["{pc6} București"]),
    "et_EE": (["{s} tn {n}-{u}", "{s} mnt {n}"], ["Tartu", "Pärnu", "Narva"], ["{pc5} Tallinn"]),
    "en_AU": (["Unit {u}/{n} {s} Street", "{n} {s} Parade"], ["Bondi", "Kingsford", "Wattle"], ["{city} NSW {pc4}"]),
    "en_IE": (["{n} {s} Terrace", "Apartment {u}, {s} House, {s2} Quay"], ["Merrion", "Ormond", "Harbour"], ["Dublin {pcie}"]),
    "ja_JP": (["{n}-{u}-{f} {s}", "{s} {n}-chome {u}-{f}"], ["Shibuya", "Nakano", "Kita-Shinagawa"], ["{city} {pcjp}"]),
    "es_MX": (["Av. {s} {n}, Col. {s2}", "Calle {s} #{n} Int. {u}"], ["Insurgentes Sur", "Reforma", "Juárez"], ["{pc5} Ciudad de México"]),
    "en_US": (["{n} County Road {u}", "PO Box {n}", "{n} {s} Pkwy Ste {u}"], ["Old Mill", "Sagebrush", "Piñon"], ["{city}, NM {pc5}"]),
    "fr_CA": (["{n}, rue {s}, app. {u}", "{n} boul. {s} Ouest"], ["Sainte-Catherine", "Saint-Denis", "Laurier"], ["Montréal (QC) {pcca}"]),
}  # fmt: skip
# Locales without their own street formats borrow one of these.
CITIES = [
    "Heraklion",
    "Kazan",
    "Brno",
    "Aarhus",
    "Braga",
    "Cluj-Napoca",
    "Tartu",
    "Geelong",
    "Galway",
    "Sendai",
    "Puebla",
    "Santa Fe",
]
ORGS = ["Lidl", "Ryanair", "Spotify", "Orange", "N26", "Klarna", "Bolt", "Wise"]
TITLES = [
    "Head of Customer Care",
    "Branch manager",
    "Night nurse",
    "Freelance translator",
    "Fleet coordinator",
]

# Slots as in bench/pii_synth.py, plus {address2} (a second address), {title}, {last_first}
# (surname, given name) and {first2_lc}.
TEMPLATES = [
    "Had lunch with {person} near {org}; she moved to {address} and still can't use {brand}",
    "{person} told reporters the {brand} outage cost her a flight to {city}.",
    "{person_lc} from accounting says the {brand} app is broken again",
    "{person}\n{title}\n{org}\n{address}\n{phone}",
    "Quote from {last}: 'we never got the {brand} refund, not once'",
    "According to {first} {last}, the {brand} card was cloned at a shop on {address}.",
    "{first_lc} {last_lc} ({email}) opened ticket 7731 about {brand} fees",
    "please forward to {person} / {phone} / {address}",
    "Ms {last} called about her IBAN {iban} and the {brand} transfer",
    "who is {first}?? she keeps tagging @{handle} about {brand}",
    "PSA: {brand} scam calls from {phone}, they say they are {person} from the fraud team",
    "the parcel for {person} went to {address} instead of {address2}",
    "{person}, 34, of {city} said the {brand} app froze during payment",
    "Mailing address: {address}\nAccount holder: {person}",
    "Ping {first} or {first2} on {phone} if the {brand} incident reopens",
    "I am {person} and my social security number is {ssn}, why does {brand} ask again?",
    "our driver {first} dropped it at {address} but nobody was home",
    "Sender: {email}\nTo: {person}\nSubject: {brand} refund",
    "{last_first}: card {card} reported stolen, {brand} blocked it",
    "Meet at {address} at 6pm, ask for {first}",
    "lol @{handle} and {first2_lc} both got the {brand} phishing sms from {phone}",
    "{person} ({ip}) tried five logins on {brand} within a minute",
    "My landlord {person} at {address} wants the rent via {brand}, IBAN {iban}",
    "RIP {brand} support. ticket owner: {person_lc}, phone {phone}",
    "Dr. {last} from the {city} clinic confirmed the {brand} breach letter reached {person2}",
    "{first} {last} ist nicht erreichbar, bitte {phone} anrufen. {brand} sperrt die Karte",
    "Contactez {person} au {phone}, adresse : {address}. {brand} ne répond pas",
    "Escríbele a {first} al {phone}; vive en {address}. {brand} no funciona",
    "{person} wrote: 'thanks {first2} for sorting the {brand} mess!'",
    "driver licence {dl} belongs to {person}, registered at {address}",
]
