"""Blind synthetic generator of labelled PII texts (fifth generator).

Data card
=========

What the texts look like
------------------------
Short and medium texts of the kind a crisis-monitoring platform ingests for many kinds of
organisations: public social posts and replies, support tickets and live-chat transcripts,
e-mails with signature blocks, web-form submissions written as ``key: value`` lines, CSV /
TSV / markdown rows, JSON webhook payloads, server and auth log lines, chat exports with
``[10:42] given.surname:`` senders, incident post-mortems naming on-call engineers, shipping
manifests, court and municipal notices, reviews and forum posts.  Every name, street, city,
phrase and template is hand written in this file; no name packages are used.

Genres (35, four templates each, 140 templates; genre ``g`` owns template ids ``4g .. 4g+3``)
  0 social_post        1 social_reply       2 support_ticket     3 support_chat
  4 email_signature    5 hospital_clinic    6 school_university  7 municipal_services
  8 utility_telecom    9 parcel_courier    10 rental_landlord   11 gig_work
 12 hotel_holiday     13 recruiting_hr     14 court_legal       15 insurance_claim
 16 charity_donation  17 sports_tickets    18 marketplace       19 gov_benefits
 20 airline_luggage   21 bank_fraud        22 app_review        23 chat_export
 24 postmortem        25 shipping_manifest 26 spreadsheet_rows  27 webform_kv
 28 webhook_json      29 server_logs       30 forum_post        31 status_update*
 32 product_news*     33 weather_traffic*  34 sports_results*
(* = no PII at all, but many capitalised non-PII words: products, places, teams, storms,
public figures, companies.)  Rows cycle through shuffled template ids, so each template is
used about equally often and roughly 11-12 % of rows are PII-free.

Hard negatives are sprinkled through PII texts: order / ticket / case / tracking numbers,
booking refs, flight numbers, dates, times, amounts, percentages, versions, store ids, last
four card digits, OTP codes, policy numbers, job titles, public figures, companies,
products, sports teams, storms and bare city / country names.

Locales (57): us ca uk ie au nz de at ch nl be se no dk fi fr it es gr ro cz pl ru ua tr
sa ae eg ma ir il in_n in_s in_w in_e lk np bd pk cn tw hk jp kr vn th id ph ng gh ke za
br ar cl pe mx.  Each has native name order, street / postcode conventions, phone region
(numbers drawn with ``phonenumbers`` and kept only if valid), IBAN country where one
exists, mail domains and honorifics.  About a quarter of rows mix in the locale's language
(greetings, sign-offs, sentences, native-script names and addresses).  Casual genres have
some all-lower-case and ALL-CAPS rows and typos (only outside labelled spans).

Labels
------
CREDIT_CARD (Luhn valid), EMAIL_ADDRESS (personal mailboxes only; role boxes such as
support@ / noreply@ stay unlabelled), PHONE_NUMBER (as written, incl. extension),
IBAN_CODE (mod-97 valid, with or without spaces), US_SSN, IP_ADDRESS (v4 / v6),
US_DRIVER_LICENSE (state name outside the span; rows with SSN / licence are US),
PERSON (private people in any written form incl. native script and name-built handles,
without "@" / "u/"; honorifics and possessive 's stay outside; public figures, companies,
bots and brand handles are not persons), STREET_ADDRESS (house number + street with
unit / district / postcode / city when written together; a bare city or postcode is not
labelled).

Row format
----------
``{"text", "spans": [{"label", "start", "end", "value"}], "template_id", "locale",
"brands"}`` with spans sorted, non-overlapping and ``text[start:end] == value``.
``brands`` lists watch terms from ``pii_synth.BRANDS`` / ``HANDLE_BRANDS`` as written in the
text (never inside a span); about 40 % of rows use one.

Usage
-----
``generate(n=1500, seed=0)`` returns the rows (deterministic per seed).
``python bench/pii_synth_fifth.py --n 1500 --seed 0`` prints JSONL;
``python bench/pii_synth_fifth.py --check`` validates several seeds and exits non-zero on
hard problems.
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
from collections.abc import Callable
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

sys.path.insert(0, str(Path(__file__).resolve().parent))
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

# ---------------------------------------------------------------------------------------------
# Locales
# ---------------------------------------------------------------------------------------------


def _sp(s: str) -> list[str]:
    return [x for x in s.split("|") if x]


class Locale:
    def __init__(self, code: str, region: str, given: str, sur: str, streets: str, cities: str, **kw):
        self.code = code
        self.region = region
        self.given = _sp(given)
        self.sur = _sp(sur)
        self.streets = _sp(streets)
        self.cities = _sp(cities)
        self.pc = _sp(kw.get("pc", ""))
        self.addr = _sp(kw.get("addr", "{n} {s}, {c} {pc}"))
        self.units = _sp(kw.get("units", "Apt {k}"))
        self.districts = _sp(kw.get("d", "Centre"))
        self.buildings = _sp(kw.get("b", "Park View Court|Riverside House|Sunrise Towers"))
        self.iban = kw.get("iban", "")
        self.dom = kw.get("dom", "gmail.com").split()
        self.hon = _sp(kw.get("hon", "Mr|Ms|Dr"))
        self.suf = _sp(kw.get("suf", ""))
        p = _sp(kw.get("ph", ""))
        self.ph = p if len(p) == 6 else []
        self.nat = _sp(kw.get("nat", ""))
        self.naddr = _sp(kw.get("naddr", ""))
        self.order = kw.get("order", "west")
        self.cur = kw.get("cur", "€")
        self.country = kw.get("country", code.upper())


L = Locale
# fmt: off
LOCALES: list[Locale] = [
    L("us", "US", "James|Maria|Tyrone|Ashley|Kevin|Brianna|Luis|Megan|Darnell|Hannah|Connor|Jasmine|Ethan|Keisha|Wyatt|Andre",
      "Johnson|Williams|Garcia|Miller|Davis|Rodriguez|Hernandez|Washington|Nguyen|Kowalski|O'Brien|Thompson|Patel|Jenkins|Whitaker|Foster",
      "Maple Ave|Oak Street|Cedar Lane|Elm Drive|Washington Blvd|Lakeview Rd|Hillcrest Dr|Juniper Ct|W 43rd St|N Halsted St",
      "Austin, TX|Columbus, OH|Sacramento, CA|Tampa, FL|Denver, CO|Raleigh, NC|Portland, OR|Albany, NY|Tucson, AZ|Madison, WI",
      pc="#####", addr="{n} {s}, {c} {pc}|{n} {s} {u}, {c} {pc}|{n} {s}, {u}, {c}", units="Apt {k}|Unit {k}|#{k}|Suite {k}",
      dom="gmail.com yahoo.com outlook.com icloud.com aol.com comcast.net", hon="Mr.|Ms.|Mrs.|Dr.", cur="$", country="United States"),
    L("ca", "CA", "Liam|Olivia|Noah|Émilie|Mathieu|Chloé|Gurpreet|Avery|Raj|Sophie|Étienne|Madison",
      "Tremblay|Gagnon|Roy|Côté|MacDonald|Singh|Bouchard|Campbell|Leblanc|Pelletier|Chen|Fraser",
      "rue Sainte-Catherine O|Yonge St|Bloor St W|boul. René-Lévesque E|Granville St|Jasper Ave|rue Saint-Denis",
      "Montréal, QC|Toronto, ON|Vancouver, BC|Edmonton, AB|Halifax, NS|Ottawa, ON", pc="A#A #A#",
      addr="{n} {s} {u}, {c} {pc}|{k}-{n} {s}, {c} {pc}|{n} {s}, {c} {pc}", units="Apt {k}|Unit {k}|app. {k}",
      dom="gmail.com videotron.ca sympatico.ca rogers.com", hon="Mr.|Ms.|M.|Mme",
      ph="Bonjour|Merci beaucoup|Cordialement|Désolé du dérangement|Pouvez-vous me rappeler rapidement?|J'attends toujours une réponse.",
      cur="$", country="Canada"),
    L("uk", "GB", "Oliver|Amelia|Harry|Isla|George|Poppy|Callum|Niamh|Alfie|Freya|Rhys|Chloe|Imogen|Dev|Kwame|Siobhan",
      "Smith|Jones|Taylor|Brown|Wilson|Evans|Roberts|Walker|Wright|Hughes|Edwards|Khan|Clarke|Fletcher|Turner|Ahmed",
      "High Street|Station Road|Church Lane|Victoria Road|Mill Lane|Kings Road|Queen's Crescent|Albert Terrace|Manor Way",
      "London|Manchester|Leeds|Bristol|Sheffield|Nottingham|Cardiff|Glasgow|Brighton|Norwich", pc="AA# #AA|A## #AA|AA## #AA",
      addr="{n} {s}, {c} {pc}|{u}, {n} {s}, {c}, {pc}|{n} {s}, {c}", units="Flat {k}|Flat {k}B|Flat {L}",
      iban="GB", dom="gmail.com hotmail.co.uk btinternet.com outlook.com yahoo.co.uk sky.com", hon="Mr|Mrs|Ms|Miss|Dr",
      cur="£", country="UK"),
    L("ie", "IE", "Aoife|Ciarán|Saoirse|Oisín|Niamh|Darragh|Caoimhe|Seán|Róisín|Cathal",
      "Murphy|Kelly|O'Sullivan|Walsh|Byrne|Ryan|O'Connor|Doyle|McCarthy|Gallagher",
      "Main Street|Dame Street|Patrick Street|Grove Park|Castle Road|Bóthar na Trá",
      "Dublin 8|Cork|Galway|Limerick|Kilkenny", pc="A## XXXX", addr="{n} {s}, {c}, {pc}|{u}, {n} {s}, {c}",
      units="Apt {k}|Flat {k}", iban="IE", dom="gmail.com eircom.net hotmail.com", hon="Mr|Ms|Dr",
      ph="Dia dhuit|Go raibh maith agat|Le meas|Tá brón orm|Glaoigh orm ar ais, le do thoil.|Táim fós ag fanacht ar fhreagra.",
      country="Ireland"),
    L("au", "AU", "Jack|Charlotte|Lachlan|Matilda|Cooper|Ruby|Mitchell|Zoe|Bec|Mia",
      "Smith|Nguyen|Williams|Brown|Wilson|Anderson|Kelly|Papadopoulos|Murray|Tran",
      "George St|Flinders Lane|Chapel St|Brunswick St|Beach Rd|Military Rd",
      "Sydney NSW|Melbourne VIC|Brisbane QLD|Perth WA|Adelaide SA|Hobart TAS", pc="####",
      addr="{n} {s}, {c} {pc}|Unit {k}/{n} {s}, {c} {pc}|{k}/{n} {s}, {c} {pc}",
      dom="bigpond.com gmail.com optusnet.com.au outlook.com", hon="Mr|Ms|Mrs|Dr", cur="A$", country="Australia"),
    L("nz", "NZ", "Aroha|Liam|Mere|Finn|Ngaio|Tama|Sophie|Wiremu|Isla|Hemi",
      "Smith|Wilson|Ngata|Williams|Tane|Parata|Walker|Thompson|Henare|Brown",
      "Cuba St|Queen St|Ponsonby Rd|Colombo St|Dominion Rd",
      "Te Aro, Wellington|Ponsonby, Auckland|Riccarton, Christchurch|Frankton, Hamilton|Dunedin Central, Dunedin", pc="####",
      addr="{n} {s}, {c} {pc}|Flat {k}, {n} {s}, {c} {pc}|{k}/{n} {s}, {c}", dom="xtra.co.nz gmail.com",
      ph="Kia ora|Ngā mihi nui|Ngā mihi|Aroha mai|Tēnā koa, waea mai ki ahau.|Kei te tatari tonu ahau.", cur="NZ$",
      country="New Zealand"),
    L("de", "DE", "Lukas|Anna|Jonas|Lea|Maximilian|Sophie|Felix|Marie|Jürgen|Ute|Mehmet|Katrin|Dirk|Sabine",
      "Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Hoffmann|Schäfer|Koch|Yılmaz|Richter|Wolf",
      "Hauptstraße|Bahnhofstraße|Gartenweg|Schillerstraße|Lindenallee|Goethestraße|Friedrichstraße|Am Markt",
      "Berlin|Hamburg|München|Köln|Leipzig|Stuttgart|Dresden|Bremen", pc="#####",
      addr="{s} {n}, {pc} {c}|{s} {n}, {u}, {pc} {c}|{s} {n}{l}, {pc} {c}", units="{k}. OG|Hinterhaus|Whg. {k}",
      iban="DE", dom="gmx.de web.de t-online.de gmail.com posteo.de", hon="Herr|Frau|Dr.",
      ph="Hallo|Vielen Dank|Mit freundlichen Grüßen|Entschuldigung|Bitte rufen Sie mich dringend zurück.|Ich warte immer noch auf eine Antwort.",
      country="Deutschland"),
    L("at", "AT", "Florian|Katharina|Lukas|Julia|Stefan|Theresa|Matthias|Magdalena|Andreas|Verena",
      "Gruber|Huber|Bauer|Wagner|Pichler|Steiner|Moser|Mayer|Hofer|Leitner",
      "Mariahilfer Straße|Landstraßer Hauptstraße|Herrengasse|Linzer Gasse|Museumstraße",
      "Wien|Graz|Linz|Salzburg|Innsbruck", pc="####", addr="{s} {n}/{k}, {pc} {c}|{s} {n}, {pc} {c}",
      iban="AT", dom="gmx.at aon.at chello.at gmail.com", hon="Herr|Frau|Mag.|Dr.",
      ph="Grüß Gott|Danke vielmals|Liebe Grüße|Tut mir leid|Bitte um dringenden Rückruf.|Ich warte noch immer auf eine Antwort.",
      country="Österreich"),
    L("ch", "CH", "Luca|Mia|Noah|Elena|Jan|Lara|Reto|Seraina|Nicolas|Chiara",
      "Müller|Meier|Schmid|Keller|Weber|Brunner|Rossi|Favre|Baumann|Frei",
      "Bahnhofstrasse|Seestrasse|Rue du Rhône|Kramgasse|Via Nassa|Dorfstrasse",
      "Zürich|Bern|Genève|Basel|Lausanne|Lugano|Luzern", pc="####",
      addr="{s} {n}, {pc} {c}|{s} {n}, CH-{pc} {c}", iban="CH", dom="bluewin.ch gmx.ch sunrise.ch", hon="Herr|Frau",
      ph="Grüezi|Merci vielmal|Freundliche Grüsse|Entschuldigung|Bitte rufen Sie mich zurück.|Ich warte immer noch.",
      cur="CHF ", country="Schweiz"),
    L("nl", "NL", "Daan|Emma|Sem|Julia|Lucas|Sanne|Bram|Fleur|Thijs|Anouk",
      "de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Visser|Smit|Meijer|de Boer",
      "Kerkstraat|Prinsengracht|Dorpsstraat|Molenweg|Stationsplein|Oudegracht",
      "Amsterdam|Utrecht|Rotterdam|Den Haag|Eindhoven|Groningen", pc="#### AA",
      addr="{s} {n}, {pc} {c}|{s} {n}-{k}, {pc} {c}|{s} {n} {u}, {pc} {c}", units="hs|2 hoog|III",
      iban="NL", dom="ziggo.nl kpnmail.nl gmail.com hotmail.nl", hon="meneer|mevrouw|dhr.|mevr.",
      ph="Hallo|Dank je wel|Met vriendelijke groet|Sorry|Bel me alstublieft zo snel mogelijk terug.|Ik wacht nog steeds op antwoord.",
      country="Nederland"),
    L("be", "BE", "Lucas|Louise|Arthur|Elise|Wout|Marie|Thomas|Lotte|Camille|Nathan",
      "Peeters|Janssens|Maes|Jacobs|Mertens|Willems|Claes|Dubois|Lambert|Dupont",
      "Meir|Rue Neuve|Kerkstraat|Avenue Louise|Veldstraat|Rue de la Loi",
      "Antwerpen|Bruxelles|Gent|Liège|Leuven|Namur", pc="####", addr="{s} {n}, {pc} {c}|{s} {n} bus {k}, {pc} {c}",
      iban="BE", dom="skynet.be telenet.be proximus.be gmail.com", hon="M.|Mme|dhr.|mevr.",
      ph="Bonjour|Merci beaucoup|Met vriendelijke groeten|Excusez-moi|Graag zo snel mogelijk terugbellen.|J'attends toujours une réponse.",
      country="Belgique"),
    L("se", "SE", "Erik|Astrid|Oskar|Elsa|Lars|Ingrid|Nils|Maja|Johan|Linnéa",
      "Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Lindqvist|Berg",
      "Drottninggatan|Storgatan|Kungsgatan|Sveavägen|Götgatan", "Stockholm|Göteborg|Malmö|Uppsala|Umeå", pc="### ##",
      addr="{s} {n}, {pc} {c}|{s} {n}, lgh {k}, {pc} {c}", iban="SE", dom="telia.com gmail.com hotmail.se",
      ph="Hej|Tack så mycket|Med vänliga hälsningar|Förlåt|Ring mig gärna så snart som möjligt.|Jag väntar fortfarande på svar.",
      cur="SEK ", country="Sverige"),
    L("no", "NO", "Ola|Ingrid|Henrik|Nora|Sindre|Solveig|Magnus|Tuva|Håkon|Sigrid",
      "Hansen|Johansen|Olsen|Larsen|Andersen|Pedersen|Nilsen|Berg|Haugen|Bakken",
      "Karl Johans gate|Storgata|Bygdøy allé|Thorvald Meyers gate|Kongens gate", "Oslo|Bergen|Trondheim|Stavanger|Tromsø",
      pc="####", addr="{s} {n}, {pc} {c}|{s} {n}{l}, {pc} {c}", iban="NO", dom="online.no gmail.com",
      ph="Hei|Tusen takk|Med vennlig hilsen|Beklager|Ring meg tilbake så fort som mulig.|Jeg venter fortsatt på svar.",
      cur="NOK ", country="Norge"),
    L("dk", "DK", "Mads|Freja|Rasmus|Ida|Søren|Mette|Frederik|Signe", "Nielsen|Jensen|Hansen|Pedersen|Christensen|Sørensen|Rasmussen|Madsen",
      "Nørrebrogade|Vesterbrogade|Østerbrogade|Jægersborggade|Strandvejen", "København N|Aarhus C|Odense|Aalborg", pc="####",
      addr="{s} {n}, {k}. th., {pc} {c}|{s} {n}, {pc} {c}", iban="DK", dom="mail.dk gmail.com",
      ph="Hej|Mange tak|Med venlig hilsen|Undskyld|Ring venligst tilbage hurtigst muligt.|Jeg venter stadig på svar.",
      cur="DKK ", country="Danmark"),
    L("fi", "FI", "Mikko|Aino|Juha|Emilia|Antti|Sanna|Eero|Helmi", "Korhonen|Virtanen|Mäkinen|Nieminen|Laine|Heikkinen|Koskinen|Järvinen",
      "Mannerheimintie|Hämeenkatu|Aleksanterinkatu|Kauppakatu|Puistotie", "Helsinki|Tampere|Turku|Oulu|Espoo", pc="#####",
      addr="{s} {n} A {k}, {pc} {c}|{s} {n}, {pc} {c}", iban="FI", dom="luukku.com gmail.com",
      ph="Hei|Kiitos paljon|Ystävällisin terveisin|Anteeksi|Soittakaa minulle takaisin mahdollisimman pian.|Odotan edelleen vastausta.",
      country="Suomi"),
    L("fr", "FR", "Camille|Lucas|Manon|Hugo|Léa|Théo|Chloé|Mathis|Inès|Julien|Élodie|Karim|Nathalie|Baptiste",
      "Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Lefèvre|Girard|Benali|Rousseau",
      "rue de la République|avenue Jean Jaurès|boulevard Voltaire|rue Victor Hugo|place du Marché|rue des Lilas|allée des Tilleuls",
      "Paris|Lyon|Marseille|Toulouse|Nantes|Lille|Bordeaux|Strasbourg", pc="#####",
      addr="{n} {s}, {pc} {c}|{n} bis {s}, {pc} {c}|{u}, {n} {s}, {pc} {c}", units="Bât. B|Apt {k}|{k}e étage",
      iban="FR", dom="orange.fr free.fr laposte.net gmail.com sfr.fr", hon="M.|Mme|Dr",
      ph="Bonjour|Merci beaucoup|Cordialement|Désolé pour le dérangement|Merci de me rappeler au plus vite.|J'attends toujours une réponse.",
      country="France"),
    L("it", "IT", "Giulia|Alessandro|Francesca|Lorenzo|Chiara|Matteo|Sara|Davide|Martina|Giuseppe",
      "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco",
      "Via Roma|Via Garibaldi|Corso Vittorio Emanuele II|Via Dante|Piazza Cavour|Viale Europa",
      "Roma|Milano|Napoli|Torino|Bologna|Firenze|Palermo", pc="#####",
      addr="{s} {n}, {pc} {c}|{s} {n}, int. {k}, {pc} {c}|{s}, {n} - {pc} {c}", iban="IT",
      dom="libero.it virgilio.it tiscali.it gmail.com alice.it", hon="Sig.|Sig.ra|Dott.|Dott.ssa",
      ph="Buongiorno|Grazie mille|Cordiali saluti|Mi scusi|Vi prego di richiamarmi al più presto.|Sto ancora aspettando una risposta.",
      country="Italia"),
    L("es", "ES", "Lucía|Hugo|Martina|Pablo|Carmen|Javier|Paula|Alejandro|Nerea|Iker",
      "García|Fernández|González|Rodríguez|López|Martínez|Sánchez|Pérez|Gómez Ruiz|Navarro",
      "Calle Mayor|Gran Vía|Calle de Alcalá|Avenida de la Constitución|Carrer de Mallorca|Paseo de Gracia",
      "Madrid|Barcelona|Valencia|Sevilla|Bilbao|Zaragoza", pc="#####", addr="{s} {n}, {k}º {L}, {pc} {c}|{s}, {n}, {pc} {c}",
      iban="ES", dom="gmail.com hotmail.es telefonica.net", hon="Sr.|Sra.|D.|Dña.",
      ph="Hola|Muchas gracias|Un saludo|Perdone|Por favor, llámenme lo antes posible.|Sigo esperando una respuesta.",
      country="España"),
    L("gr", "GR", "Giorgos|Maria|Dimitris|Eleni|Nikos|Katerina|Kostas|Sofia|Yannis|Despina",
      "Papadopoulos|Papadaki|Georgiou|Nikolaou|Konstantinou|Vlachos|Oikonomou|Karagiannis|Dimitriou|Alexiou",
      "Ermou|Leoforos Syngrou|Patision|Leoforos Kifisias|Tsimiski", "Athina|Thessaloniki|Patra|Irakleio|Larisa",
      pc="### ##", addr="{s} {n}, {pc} {c}", iban="GR", dom="yahoo.gr otenet.gr gmail.com", hon="κ.|Mr|Ms",
      ph="Γεια σας|Ευχαριστώ πολύ|Με εκτίμηση|Συγγνώμη|Παρακαλώ καλέστε με το συντομότερο.|Ακόμα περιμένω απάντηση.",
      nat="Γιώργος Παπαδόπουλος|Μαρία Γεωργίου|Δημήτρης Νικολάου|Ελένη Βλάχου|Κατερίνα Οικονόμου",
      naddr="Ερμού {n}, {pc} Αθήνα|Τσιμισκή {n}, {pc} Θεσσαλονίκη|Λεωφ. Κηφισίας {n}, {pc} Μαρούσι", country="Ελλάδα"),
    L("ro", "RO", "Andrei|Ioana|Mihai|Elena|Alexandru|Maria|Cristian|Ana|Bogdan|Raluca",
      "Popescu|Ionescu|Popa|Dumitrescu|Stan|Stoica|Gheorghe|Munteanu|Constantin|Rusu",
      "Strada Lipscani|Bulevardul Unirii|Calea Victoriei|Strada Mihai Eminescu|Strada Memorandumului",
      "București|Cluj-Napoca|Iași|Timișoara|Constanța|Brașov", pc="######",
      addr="{s} nr. {n}, bl. {L}{k}, ap. {k}, {c} {pc}|{s} nr. {n}, {pc} {c}", iban="RO", dom="yahoo.com gmail.com",
      hon="Dl.|Dna.", cur="RON ",
      ph="Bună ziua|Mulțumesc frumos|Cu stimă|Îmi pare rău|Vă rog să mă sunați cât mai repede.|Încă aștept un răspuns.",
      country="România"),
    L("cz", "CZ", "Jan|Tereza|Petr|Kateřina|Tomáš|Lucie|Jakub|Eva|Martin|Veronika",
      "Novák|Svobodová|Novotný|Dvořáková|Černý|Procházková|Kučera|Veselá|Horák|Marešová",
      "Národní|Vinohradská|Masarykova|Husova|Palackého", "Praha 2|Brno|Ostrava|Plzeň|Olomouc", pc="### ##",
      addr="{s} {n}/{k}, {pc} {c}|{s} {n}, {pc} {c}", iban="CZ", dom="seznam.cz email.cz centrum.cz gmail.com",
      hon="pan|paní", cur="Kč ",
      ph="Dobrý den|Děkuji mnohokrát|S pozdravem|Omlouvám se|Prosím o co nejrychlejší zpětné zavolání.|Stále čekám na odpověď.",
      country="Česko"),
    L("pl", "PL", "Jakub|Zofia|Kacper|Julia|Piotr|Agnieszka|Michał|Katarzyna|Tomasz|Magdalena",
      "Nowak|Kowalska|Wiśniewski|Wójcik|Kamińska|Lewandowski|Zielińska|Szymański|Dąbrowska|Kozłowski",
      "ul. Marszałkowska|ul. Piotrkowska|ul. Floriańska|al. Jerozolimskie|ul. Długa|ul. Mickiewicza",
      "Warszawa|Kraków|Łódź|Wrocław|Gdańsk|Poznań", pc="##-###", addr="{s} {n}/{k}, {pc} {c}|{s} {n} m. {k}, {pc} {c}",
      iban="PL", dom="wp.pl onet.pl o2.pl interia.pl gmail.com", hon="Pan|Pani", cur="zł ",
      ph="Dzień dobry|Dziękuję bardzo|Z poważaniem|Przepraszam|Proszę o pilny kontakt zwrotny.|Nadal czekam na odpowiedź.",
      country="Polska"),
    L("ru", "RU", "Dmitry|Anastasia|Sergey|Olga|Alexei|Ekaterina|Ivan|Natalia|Mikhail|Yulia",
      "Ivanov|Smirnova|Kuznetsov|Popova|Sokolov|Lebedeva|Volkov|Morozova|Novikov|Fedorova",
      "ul. Tverskaya|Nevsky prospekt|ul. Lenina|ul. Gagarina|prospekt Mira", "Moskva|Sankt-Peterburg|Kazan|Novosibirsk|Yekaterinburg",
      pc="######", addr="{s}, d. {n}, kv. {k}, {c}, {pc}|{pc}, {c}, {s} {n}-{k}", dom="mail.ru yandex.ru gmail.com bk.ru",
      hon="Mr|Ms|г-н|г-жа", cur="₽",
      ph="Здравствуйте|Большое спасибо|С уважением|Извините|Пожалуйста, перезвоните мне как можно скорее.|Я до сих пор жду ответа.",
      nat="Дмитрий Иванов|Анастасия Смирнова|Сергей Кузнецов|Ольга Попова|Алексей Соколов|Екатерина Лебедева",
      naddr="ул. Тверская, д. {n}, кв. {k}, Москва, {pc}|Невский пр., д. {n}, кв. {k}, Санкт-Петербург, {pc}|{pc}, г. Казань, ул. Баумана, д. {n}",
      country="Россия"),
    L("ua", "UA", "Oleksandr|Oksana|Andriy|Iryna|Taras|Kateryna|Bohdan|Yulia|Mykola|Sofiia",
      "Shevchenko|Kovalenko|Bondarenko|Tkachenko|Kravchenko|Melnyk|Boyko|Koval|Oliynyk|Lysenko",
      "vul. Khreshchatyk|vul. Shevchenka|prosp. Peremohy|vul. Sumska|vul. Deribasivska", "Kyiv|Lviv|Kharkiv|Odesa|Dnipro",
      pc="#####", addr="{s}, {n}, kv. {k}, {c}, {pc}|{s} {n}, {c} {pc}", iban="UA", dom="ukr.net i.ua gmail.com", cur="₴",
      ph="Добрий день|Щиро дякую|З повагою|Вибачте|Будь ласка, передзвоніть мені якнайшвидше.|Я досі чекаю на відповідь.",
      nat="Олександр Шевченко|Оксана Коваленко|Андрій Бондаренко|Ірина Ткаченко|Тарас Мельник",
      naddr="вул. Хрещатик, {n}, кв. {k}, Київ, {pc}|вул. Городоцька, {n}, Львів, {pc}", country="Україна"),
    L("tr", "TR", "Mehmet|Ayşe|Mustafa|Fatma|Emre|Zeynep|Burak|Elif|Can|Merve",
      "Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Öztürk|Aydın|Arslan|Doğan",
      "Atatürk Cad.|İstiklal Cad.|Cumhuriyet Mah. Gül Sok.|Bağdat Cad.|Kızılay Sok.",
      "Kadıköy/İstanbul|Çankaya/Ankara|Konak/İzmir|Nilüfer/Bursa|Muratpaşa/Antalya", pc="#####",
      addr="{s} No:{n} D:{k}, {pc} {c}|{s} No: {n}/{k} {c}", iban="TR", dom="hotmail.com gmail.com yandex.com.tr",
      hon="Sn.", suf="Bey|Hanım", cur="₺",
      ph="Merhaba|Çok teşekkürler|Saygılarımla|Özür dilerim|Lütfen en kısa sürede beni arayın.|Hâlâ yanıt bekliyorum.",
      country="Türkiye"),
    L("sa", "SA", "Mohammed|Nora|Abdullah|Fatimah|Faisal|Reem|Khalid|Lama|Saud|Hessa",
      "Al-Otaibi|Al-Ghamdi|Al-Qahtani|Al-Harbi|Al-Zahrani|Al-Shehri|Al-Dosari|Al-Mutairi",
      "King Fahd Rd|Prince Sultan St|Olaya St|Tahlia St", "Al Olaya, Riyadh|Al Rawdah, Jeddah|Al Khobar|Al Malqa, Riyadh",
      pc="#####", addr="{n} {s}, {c} {pc}|Building {n}, {s}, {c} {pc}", iban="SA", dom="gmail.com hotmail.com outlook.sa",
      cur="SAR ", ph="مرحبا|شكراً جزيلاً|مع التحية|آسف على الإزعاج|أرجو الاتصال بي في أقرب وقت.|ما زلت أنتظر الرد.",
      nat="محمد العتيبي|نورة الغامدي|عبدالله القحطاني|فاطمة الحربي|خالد الزهراني",
      naddr="شارع الملك فهد، مبنى {n}، الرياض {pc}|حي العليا، شارع الأمير سلطان {n}، الرياض", country="Saudi Arabia"),
    L("ae", "AE", "Ahmed|Mariam|Rashid|Aisha|Omar|Shamma|Hamdan|Latifa", "Al Mansoori|Al Nuaimi|Al Shamsi|Al Hashemi|Al Ketbi|Al Marzouqi",
      "Sheikh Zayed Rd|Al Wasl Rd|Jumeirah Beach Rd|Hamdan St|Corniche Rd",
      "Dubai Marina, Dubai|Al Barsha, Dubai|Al Khalidiyah, Abu Dhabi|Al Majaz, Sharjah",
      addr="Apt {k}, Tower {L}, {n} {s}, {c}|Villa {n}, {s}, {c}", iban="AE", dom="gmail.com eim.ae emirates.net.ae",
      cur="AED ", ph="مرحبا|شكراً جزيلاً|مع خالص التحية|عذراً|يرجى الاتصال بي بأسرع وقت.|ما زلت بانتظار الرد.",
      nat="أحمد المنصوري|مريم النعيمي|راشد الشامسي|عائشة الهاشمي", country="UAE"),
    L("eg", "EG", "Mahmoud|Mona|Ahmed|Yasmin|Mostafa|Heba|Karim|Nourhan|Amr|Salma",
      "Hassan|Ibrahim|Abdel-Rahman|El-Sayed|Mansour|Farouk|Shawky|Naguib|Fathy|Saleh",
      "Tahrir St|Corniche El Nil|Abbas El Akkad St|Gameat El Dewal El Arabeya St|Salah Salem St",
      "Dokki, Giza|Nasr City, Cairo|Heliopolis, Cairo|Smouha, Alexandria|Zamalek, Cairo", pc="#####",
      addr="{n} {s}, Apt {k}, {c}|{n} {s}, {c} {pc}", iban="EG", dom="yahoo.com gmail.com hotmail.com", cur="EGP ",
      ph="أهلاً|متشكر جداً|مع التحية|آسف|من فضلك كلموني في أسرع وقت.|لسه مستني الرد.",
      nat="محمود حسن|منى إبراهيم|أحمد السيد|ياسمين منصور|كريم فاروق",
      naddr="{n} شارع التحرير، الدقي، الجيزة|{n} شارع عباس العقاد، مدينة نصر، القاهرة", country="Egypt"),
    L("ma", "MA", "Youssef|Salma|Hamza|Imane|Mehdi|Khadija|Anas|Zineb|Omar|Houda",
      "Benali|El Amrani|Alaoui|Bennani|Tazi|Idrissi|Chraibi|Berrada|El Fassi|Ouazzani",
      "Boulevard Mohammed V|Avenue Hassan II|Rue Ibn Batouta|Boulevard Zerktouni|Rue Moulay Youssef",
      "Casablanca|Rabat|Marrakech|Fès|Tanger", pc="#####", addr="{n} {s}, {pc} {c}|{n}, {s}, Appt {k}, {c}",
      dom="menara.ma gmail.com hotmail.fr", hon="M.|Mme|Si", cur="MAD ",
      ph="Salam|Merci bien|Cordialement|Désolé|Merci de me rappeler rapidement.|J'attends toujours une réponse.",
      nat="يوسف بنعلي|سلمى العمراني|حمزة العلوي|إيمان بناني", country="Maroc"),
    L("ir", "IR", "Reza|Maryam|Ali|Zahra|Mohammad|Fatemeh|Amir|Sara|Hossein|Niloofar",
      "Hosseini|Ahmadi|Mohammadi|Rezaei|Moradi|Karimi|Jafari|Rahimi|Tehrani|Sadeghi",
      "Valiasr St|Enghelab St|Shariati St|Motahari St|Azadi St", "Tehran|Isfahan|Shiraz|Tabriz|Mashhad", pc="##########",
      addr="No. {n}, {s}, Unit {k}, {c} {pc}|{s}, Alley {k}, No. {n}, {c}", iban="IR", dom="yahoo.com gmail.com chmail.ir",
      hon="Mr|Ms|Agha|Khanom", cur="IRR ",
      ph="سلام|خیلی ممنون|با احترام|ببخشید|لطفاً هر چه زودتر با من تماس بگیرید.|هنوز منتظر پاسخ هستم.",
      nat="رضا حسینی|مریم احمدی|علی محمدی|زهرا رضایی|امیر کریمی",
      naddr="تهران، خیابان ولیعصر، پلاک {n}، واحد {k}|اصفهان، خیابان چهارباغ، پلاک {n}", country="Iran"),
    L("il", "IL", "Noa|Yosef|Tamar|Itai|Shira|Omer|Maya|Eitan|Yael|Avi",
      "Cohen|Levi|Mizrahi|Peretz|Biton|Friedman|Azoulay|Katz|Shapiro|Dahan",
      "Rothschild Blvd|Dizengoff St|Herzl St|Jaffa Rd|Ben Yehuda St", "Tel Aviv|Jerusalem|Haifa|Be'er Sheva|Ramat Gan",
      pc="#######", addr="{s} {n}, Apt {k}, {c} {pc}|{n} {s}, {c}", iban="IL", dom="walla.co.il gmail.com bezeqint.net",
      cur="₪", ph="שלום|תודה רבה|בברכה|סליחה|אנא חזרו אליי בהקדם.|אני עדיין מחכה לתשובה.",
      nat="נועה כהן|יוסף לוי|תמר מזרחי|איתי פרץ|שירה כץ", naddr="רחוב דיזנגוף {n}, דירה {k}, תל אביב|רחוב הרצל {n}, חיפה",
      country="Israel"),
    L("in_n", "IN", "Rahul|Priya|Amit|Neha|Vikas|Pooja|Harpreet|Manish|Anjali|Gaurav",
      "Sharma|Verma|Gupta|Singh|Kaur|Agarwal|Chauhan|Yadav|Malhotra|Saxena",
      "Sector 18|Lajpat Nagar II|Karol Bagh|Hazratganj|MI Road|Model Town", "New Delhi|Noida|Gurugram|Lucknow|Jaipur|Chandigarh",
      pc="######", addr="H.No. {n}, {s}, {c} - {pc}|Flat {k}, Tower {L}, {b}, {s}, {c} {pc}",
      b="Shipra Suncity|Supertech Capetown|Ansal Greens|Vasant Apartments", dom="gmail.com yahoo.co.in rediffmail.com",
      hon="Shri|Smt.|Mr.|Dr.", suf="ji", cur="₹",
      ph="Namaste|Bahut dhanyavaad|Sadar|Maaf kijiye|Kripya mujhe jaldi call kijiye.|Abhi tak koi jawab nahi mila.",
      nat="राहुल शर्मा|प्रिया वर्मा|अमित गुप्ता|नेहा सिंह", country="India"),
    L("in_s", "IN", "Karthik|Lakshmi|Arun|Divya|Senthil|Meenakshi|Vignesh|Anitha|Sanjay|Deepa",
      "Iyer|Subramanian|Krishnan|Nair|Menon|Reddy|Raghavan|Pillai|Gowda|Venkatesh",
      "Anna Salai|100 Feet Road, Indiranagar|Usman Road, T. Nagar|MG Road|9th Main, Jayanagar 4th Block",
      "Chennai|Bengaluru|Kochi|Coimbatore|Mysuru|Hyderabad", pc="######",
      addr="No. {n}, {s}, {c} {pc}|Flat {k}, {b}, {s}, {c} - {pc}", b="Prestige Lakeside|Sobha Daffodil|Ramaniyam Isha",
      dom="gmail.com yahoo.co.in rediffmail.com", hon="Mr.|Mrs.|Dr.|Thiru", cur="₹",
      ph="வணக்கம்|மிக்க நன்றி|அன்புடன்|மன்னிக்கவும்|தயவுசெய்து உடனே அழைக்கவும்.|இன்னும் பதிலுக்காக காத்திருக்கிறேன்.",
      nat="கார்த்திக் சுப்ரமணியன்|லட்சுமி கிருஷ்ணன்|அருண் ராகவன்", country="India"),
    L("in_w", "IN", "Aditya|Sneha|Rohan|Kavya|Nikhil|Shruti|Tejas|Mansi|Hardik|Riddhi",
      "Deshpande|Kulkarni|Patil|Joshi|Shah|Patel|Mehta|Desai|Pawar|Gokhale",
      "FC Road, Shivajinagar|Linking Road, Bandra West|SV Road, Andheri West|CG Road, Navrangpura|Lane 5, Koregaon Park",
      "Pune|Mumbai|Ahmedabad|Nagpur|Surat", pc="######", addr="{k}, {b}, {s}, {c} {pc}|Flat No. {k}, {n} {s}, {c} - {pc}",
      b="Sai Krupa CHS|Shanti Niketan|Gokul Dham Society", dom="gmail.com rediffmail.com yahoo.in", hon="Mr.|Mrs.|Shri",
      suf="bhai|tai", cur="₹",
      ph="नमस्कार|खूप धन्यवाद|आपला नम्र|माफ करा|कृपया लवकरात लवकर फोन करा.|मी अजूनही उत्तराची वाट पाहत आहे.",
      nat="आदित्य देशपांडे|स्नेहा कुलकर्णी|रोहन पाटील", country="India"),
    L("in_e", "IN", "Sourav|Ishita|Arindam|Moumita|Debashish|Tanushree|Subhajit|Ananya",
      "Banerjee|Chatterjee|Mukherjee|Das|Ghosh|Bose|Sen|Dutta",
      "Park Street|Gariahat Road|Lake Town Block A|Rashbehari Avenue|Jessore Road", "Kolkata|Howrah|Siliguri|Durgapur",
      pc="######", addr="{n}, {s}, {c} {pc}|{n}/{k} {s}, {c} - {pc}", dom="gmail.com yahoo.co.in", hon="Mr.|Mrs.|Dr.",
      suf="da|di", cur="₹",
      ph="নমস্কার|অনেক ধন্যবাদ|শুভেচ্ছা সহ|দুঃখিত|অনুগ্রহ করে তাড়াতাড়ি ফোন করুন।|এখনও উত্তরের অপেক্ষায় আছি।",
      nat="সৌরভ বন্দ্যোপাধ্যায়|ইশিতা চট্টোপাধ্যায়|অরিন্দম মুখার্জি", country="India"),
    L("lk", "LK", "Kasun|Nimali|Chamara|Dilani|Tharindu|Sanduni|Ruwan|Ishara",
      "Perera|Fernando|Silva|Jayasinghe|Wickramasinghe|Bandara|Gunawardena|Dissanayake",
      "Galle Rd|Duplication Rd|Kandy Rd|Baseline Rd|Havelock Rd", "Colombo 03|Kandy|Galle|Nugegoda|Negombo", pc="#####",
      addr="No. {n}, {s}, {c}|{n}/{k}, {s}, {c}", dom="gmail.com sltnet.lk", cur="LKR ",
      ph="ආයුබෝවන්|බොහොම ස්තූතියි|ස්තූතියි|සමාවෙන්න|කරුණාකර ඉක්මනින් මට කතා කරන්න.|මම තවමත් පිළිතුරක් බලාපොරොත්තුවෙන්.",
      nat="කසුන් පෙරේරා|නිමාලි ප්‍රනාන්දු|චමර සිල්වා", country="Sri Lanka"),
    L("np", "NP", "Aashish|Sita|Bikash|Sabina|Prakash|Anjali|Suman|Pratima", "Shrestha|Thapa|Gurung|Tamang|Adhikari|Karki|Rai|Maharjan",
      "Durbar Marg|Jhamsikhel Road|New Baneshwor|Lakeside Road|Putalisadak", "Kathmandu|Lalitpur|Pokhara|Bhaktapur|Biratnagar",
      addr="House No. {n}, {s}, Ward {k}, {c}|{n} {s}, {c}", dom="gmail.com yahoo.com wlink.com.np", cur="NPR ",
      ph="नमस्ते|धेरै धन्यवाद|सादर|माफ गर्नुहोस्|कृपया छिटो फोन गर्नुहोस्।|म अझै जवाफ पर्खिरहेको छु।",
      nat="आशिष श्रेष्ठ|सीता थापा|बिकास गुरुङ", suf="ji|dai|didi", country="Nepal"),
    L("bd", "BD", "Tanvir|Nusrat|Rakib|Farzana|Sakib|Sharmin|Imran|Tasnim", "Rahman|Hossain|Islam|Ahmed|Chowdhury|Uddin|Akter|Sarkar",
      "Road 27, Dhanmondi|Road 11, Banani|Satmasjid Road|Mirpur Road|CDA Avenue", "Dhaka 1209|Dhaka 1213|Chattogram|Sylhet|Khulna",
      addr="House {n}, {s}, {c}|Flat {L}-{k}, House {n}, {s}, {c}", dom="gmail.com yahoo.com", cur="৳",
      ph="আসসালামু আলাইকুম|অনেক ধন্যবাদ|শুভেচ্ছান্তে|দুঃখিত|দয়া করে দ্রুত আমাকে ফোন করুন।|আমি এখনও উত্তরের অপেক্ষায় আছি।",
      nat="তানভীর রহমান|নুসরাত হোসেন|রাকিব ইসলাম", suf="bhai|apa", country="Bangladesh"),
    L("pk", "PK", "Ahmed|Ayesha|Usman|Fatima|Bilal|Hira|Hamza|Sana|Zain|Maryam", "Khan|Malik|Qureshi|Butt|Chaudhry|Sheikh|Raza|Iqbal|Siddiqui|Javed",
      "Street 12, F-7/2|Main Boulevard, Gulberg III|Block 5, Clifton|Mall Road|University Road",
      "Islamabad|Lahore|Karachi|Rawalpindi|Peshawar", pc="#####", addr="House {n}, {s}, {c}|Flat {k}, Plot {n}, {s}, {c} {pc}",
      iban="PK", dom="gmail.com yahoo.com hotmail.com", hon="Mr.|Mrs.|Dr.", suf="sahab|bhai", cur="Rs ",
      ph="السلام علیکم|بہت شکریہ|والسلام|معذرت|براہ کرم جلد از جلد مجھے کال کریں۔|میں ابھی تک جواب کا انتظار کر رہا ہوں۔",
      nat="احمد خان|عائشہ ملک|عثمان قریشی", country="Pakistan"),
    L("cn", "CN", "Wei|Na|Jie|Fang|Lei|Xiaoling|Hao|Yan|Jun|Ting", "Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou",
      "Nanjing Rd|Zhongshan Rd|Jianguo Rd|Huaihai Rd|Renmin Rd",
      "Huangpu District, Shanghai|Chaoyang District, Beijing|Tianhe District, Guangzhou|Nanshan District, Shenzhen|Wuhou District, Chengdu",
      pc="######", addr="Room {k}, No. {n} {s}, {c} {pc}|No. {n} {s}, {c}", order="east", dom="qq.com 163.com 126.com sina.com",
      hon="Mr|Ms", suf="先生|女士", cur="¥", ph="您好|非常感谢|此致敬礼|不好意思|请尽快给我回电话。|我还在等回复。",
      nat="王伟|李娜|张杰|刘芳|陈磊|杨小玲|黄浩|赵艳",
      naddr="上海市黄浦区南京东路{n}号{k}室|北京市朝阳区建国路{n}号院{m}号楼|广州市天河区体育西路{n}号|深圳市南山区科技园{n}栋{k}室",
      country="China"),
    L("tw", "TW", "Chia-Hao|Yi-Ting|Chih-Wei|Hsin-Yi|Tsung-Han|Pei-Shan|Kuan-Yu|Ya-Wen", "Chen|Lin|Huang|Chang|Lee|Wang|Wu|Liu|Tsai|Yang",
      "Zhongxiao E. Rd., Sec. 4|Xinyi Rd., Sec. 5|Minsheng E. Rd., Sec. 3|Heping W. Rd., Sec. 2",
      "Da'an Dist., Taipei City|Xinyi Dist., Taipei City|Banqiao Dist., New Taipei City|West Dist., Taichung City",
      pc="###", addr="{m}F., No. {n}, {s}, {c} {pc}|No. {n}, {s}, {c}", order="mixed", dom="gmail.com yahoo.com.tw hinet.net",
      suf="先生|小姐", cur="NT$", ph="您好|謝謝您|敬祝 順心|不好意思|請盡快回電給我。|我還在等回覆。",
      nat="陳怡婷|林志偉|黃欣怡|張宗翰|李佩珊", naddr="台北市大安區忠孝東路四段{n}號{m}樓|新北市板橋區文化路一段{n}號", country="Taiwan"),
    L("hk", "HK", "Ka Ho|Wing Yan|Chi Keung|Mei Ling|Kelvin|Winnie|Jason|Cherry|Tsz Hin|Hoi Yan", "Chan|Wong|Lee|Cheung|Lau|Ho|Ng|Leung|Tsang|Lam",
      "Nathan Road|Queen's Road Central|Hennessy Road|Des Voeux Road West|King's Road",
      "Mong Kok, Kowloon|Central, Hong Kong|Wan Chai, Hong Kong|Sai Ying Pun, Hong Kong|North Point, Hong Kong",
      addr="Flat {L}, {m}/F, {b}, {n} {s}, {c}|Flat {k}, {n} {s}, {c}", b="Wing On Building|Kam Fung Mansion|Harbour View Court",
      order="mixed", dom="netvigator.com gmail.com yahoo.com.hk", cur="HK$", suf="生|小姐",
      ph="你好|唔該晒|祝好|唔好意思|麻煩盡快覆我電話。|我仲等緊你哋回覆。",
      nat="陳大文|黃詠欣|李志強|張美玲", naddr="九龍旺角彌敦道{n}號{m}樓{L}室|香港灣仔軒尼詩道{n}號{m}樓", country="Hong Kong"),
    L("jp", "JP", "Haruto|Yui|Sota|Aoi|Ren|Sakura|Kenta|Misaki|Takumi|Yuka", "Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato",
      "Jingumae|Nishi-Shinjuku|Umeda|Sakae|Tenjin", "Shibuya-ku, Tokyo|Shinjuku-ku, Tokyo|Kita-ku, Osaka|Naka-ku, Nagoya|Chuo-ku, Fukuoka",
      pc="###-####", addr="{m}-{k}-{n} {s}, {c} {pc}|{s} {m}-{k}-{n}, {c}", order="east", dom="docomo.ne.jp yahoo.co.jp gmail.com",
      suf="-san|さん|様", cur="¥",
      ph="こんにちは|ありがとうございます|よろしくお願いいたします|申し訳ありません|至急折り返しお電話ください。|まだ返事を待っています。",
      nat="佐藤 美咲|鈴木 健太|高橋 結衣|田中 蓮|渡辺 さくら|伊藤 拓海",
      naddr="〒150-0001 東京都渋谷区神宮前{m}-{k}-{n}|〒530-0001 大阪府大阪市北区梅田{m}-{k}-{n}|東京都新宿区西新宿{m}-{k}-{n} {b}{k}0{m}号室",
      b="メゾン西新宿|グランハイツ", country="Japan"),
    L("kr", "KR", "Min-jun|Seo-yeon|Ji-hoon|Ha-eun|Do-yoon|Su-bin|Hyun-woo|Ji-woo", "Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon",
      "Teheran-ro|Gangnam-daero|Sejong-daero|Haeundae-ro|Olympic-ro",
      "Gangnam-gu, Seoul|Jongno-gu, Seoul|Mapo-gu, Seoul|Haeundae-gu, Busan|Suseong-gu, Daegu", pc="#####",
      addr="{n} {s}, {c} {pc}|{s} {n}, Apt {k}, {c}", order="east", dom="naver.com daum.net gmail.com kakao.com",
      suf="씨|님", cur="₩",
      ph="안녕하세요|감사합니다|드림|죄송합니다|빠른 연락 부탁드립니다.|아직 답변을 기다리고 있습니다.",
      nat="김민준|이서연|박지훈|최하은|정도윤|강수빈",
      naddr="서울특별시 강남구 테헤란로 {n}, {m}층|부산광역시 해운대구 해운대로 {n}, {m}동 {k}호", country="Korea"),
    L("vn", "VN", "Văn Minh|Thị Hương|Đức Huy|Thị Thảo|Minh Anh|Ngọc Linh|Quốc Tuấn|Thu Trang",
      "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Đặng|Bùi", "Lê Lợi|Nguyễn Huệ|Trần Hưng Đạo|Hai Bà Trưng|Điện Biên Phủ",
      "Quận 1, TP. Hồ Chí Minh|Quận Hoàn Kiếm, Hà Nội|Quận Hải Châu, Đà Nẵng|Quận Ba Đình, Hà Nội",
      addr="{n} {s}, Phường {m}, {c}|Số {n} {s}, {c}", order="east", dom="gmail.com yahoo.com.vn", hon="anh|chị|ông|bà",
      cur="₫", ph="Xin chào|Cảm ơn nhiều|Trân trọng|Xin lỗi|Vui lòng gọi lại cho tôi sớm nhất có thể.|Tôi vẫn đang chờ phản hồi.",
      country="Việt Nam"),
    L("th", "TH", "Somchai|Siriporn|Anan|Kanya|Niran|Pimchanok|Thanawat|Wanida",
      "Saetang|Srisuk|Chaiyaporn|Wongsawat|Rattanakorn|Boonmee|Kittisak|Phromma",
      "Sukhumvit Soi 24|Silom Rd|Ratchadaphisek Rd|Phahonyothin Rd|Nimmanhaemin Rd Soi 7",
      "Khlong Toei, Bangkok|Bang Rak, Bangkok|Chatuchak, Bangkok|Mueang, Chiang Mai", pc="#####",
      addr="{n}/{k} {s}, {c} {pc}", dom="hotmail.com gmail.com", hon="Khun", cur="฿",
      ph="สวัสดีครับ|ขอบคุณมากครับ|ด้วยความเคารพ|ขอโทษครับ|กรุณาโทรกลับโดยเร็วที่สุด|ยังรอคำตอบอยู่ครับ",
      nat="สมชาย แซ่ตั้ง|ศิริพร ศรีสุข|อนันต์ บุญมี", naddr="{n}/{k} ถนนสุขุมวิท แขวงคลองเตย เขตคลองเตย กรุงเทพฯ {pc}",
      country="Thailand"),
    L("id", "ID", "Budi|Siti|Agus|Dewi|Rizky|Putri|Andi|Rina|Joko|Ayu",
      "Santoso|Wijaya|Saputra|Hidayat|Lestari|Kusuma|Nugroho|Pratama|Sari|Halim",
      "Jl. Sudirman|Jl. Gatot Subroto|Jl. Malioboro|Jl. Diponegoro|Jl. Pemuda", "Jakarta Selatan|Bandung|Surabaya|Yogyakarta|Medan",
      pc="#####", addr="{s} No. {n}, RT {k}/RW {m}, {c} {pc}|{s} No. {n}, {c} {pc}", dom="gmail.com yahoo.co.id",
      hon="Pak|Bu|Mas|Mbak", cur="Rp ",
      ph="Halo|Terima kasih banyak|Salam|Mohon maaf|Tolong hubungi saya secepatnya.|Saya masih menunggu jawaban.",
      country="Indonesia"),
    L("ph", "PH", "Maria|Jose|Kristine|Mark|Angelica|John Paul|Rhea|Carlo|Joy|Rommel",
      "Santos|Reyes|Cruz|Bautista|Ocampo|Mendoza|Torres|Dela Cruz|Villanueva|Aquino",
      "Rizal Ave|Ayala Ave|Katipunan Ave|Mabini St|Roxas Blvd", "Makati City|Quezon City|Cebu City|Davao City|Pasig City",
      pc="####", addr="{n} {s}, Brgy. {d}, {c} {pc}|Unit {k}, {b}, {n} {s}, {c}", d="San Antonio|Poblacion|Kapitolyo|Lahug",
      b="Avida Towers|SMDC Light Residences|One Serendra", dom="gmail.com yahoo.com", hon="Mr.|Ms.|Mrs.|Engr.", cur="₱",
      ph="Magandang araw po|Maraming salamat po|Lubos na gumagalang|Pasensya na po|Pakitawagan po ako agad.|Naghihintay pa rin po ako ng sagot.",
      country="Philippines"),
    L("ng", "NG", "Chinedu|Ngozi|Emeka|Funmilayo|Tunde|Aisha|Ifeanyi|Bukola|Musa|Chiamaka",
      "Okafor|Adeyemi|Okonkwo|Bello|Eze|Abubakar|Nwosu|Balogun|Ogunleye|Ibrahim",
      "Admiralty Way, Lekki Phase 1|Allen Avenue, Ikeja|Adeola Odeku St, Victoria Island|Aminu Kano Crescent, Wuse 2|Ogui Road",
      "Lagos|Abuja|Port Harcourt|Ibadan|Enugu", addr="{n} {s}, {c}|Flat {k}, {n} {s}, {c}", dom="gmail.com yahoo.com",
      hon="Mr|Mrs|Chief|Dr", cur="₦",
      ph="Good day|Thank you so much|Regards|Abeg no vex|Abeg call me back sharp sharp.|I still dey wait for una reply.",
      country="Nigeria"),
    L("gh", "GH", "Kwame|Ama|Kofi|Akosua|Yaw|Abena|Kwabena|Efua", "Mensah|Owusu|Boateng|Asante|Osei|Appiah|Agyeman|Quaye",
      "Oxford St, Osu|Spintex Rd|Liberation Rd|Ring Road Central|Kojo Thompson Rd", "Accra|Kumasi|Tema|Takoradi",
      addr="{n} {s}, {c}|House {n}, {s}, {c}", dom="gmail.com yahoo.com", hon="Mr|Mrs|Madam", cur="GH₵",
      ph="Maakye|Medaase paa|Regards|Kafra|Please call me back quickly, medaase.|I'm still waiting for a reply.", country="Ghana"),
    L("ke", "KE", "Wanjiru|Otieno|Achieng|Kamau|Njeri|Kiprono|Akinyi|Mwangi", "Mwangi|Otieno|Kamau|Wanjiku|Ochieng|Kariuki|Njoroge|Mutua|Odhiambo|Chebet",
      "Ngong Road|Moi Avenue|Kenyatta Avenue|Argwings Kodhek Rd|Lenana Rd",
      "Kilimani, Nairobi|Westlands, Nairobi|Nyali, Mombasa|Milimani, Kisumu", addr="{b}, Apt {k}, {n} {s}, {c}|House {n}, {s}, {c}",
      b="Riverside Court|Kileleshwa Heights|Jamhuri Flats", dom="gmail.com yahoo.com", cur="KSh ",
      ph="Habari|Asante sana|Wako|Samahani|Tafadhali nipigie simu haraka.|Bado nasubiri jibu.", country="Kenya"),
    L("za", "ZA", "Thabo|Lerato|Sipho|Nomvula|Pieter|Annelie|Johan|Zanele|Ayanda|Riaan",
      "Nkosi|Dlamini|Mokoena|van der Merwe|Botha|Naidoo|Khumalo|Pillay|Ndlovu|Steyn",
      "Long Street|Jan Smuts Ave|Main Road|Florida Rd|Vilakazi St",
      "Gardens, Cape Town|Parktown, Johannesburg|Morningside, Durban|Hatfield, Pretoria|Orlando West, Soweto", pc="####",
      addr="{n} {s}, {c}, {pc}|Unit {k}, {b}, {n} {s}, {c}, {pc}", b="Sea Point Heights|Melrose Arch Villas|The Oaks",
      dom="gmail.com mweb.co.za telkomsa.net", hon="Mr|Mrs|Ms|Dr", cur="R",
      ph="Sawubona|Ngiyabonga|Groete|Jammer|Bel my asseblief dringend terug.|Ek wag nog steeds vir 'n antwoord.",
      country="South Africa"),
    L("br", "BR", "João|Ana|Pedro|Mariana|Lucas|Fernanda|Gabriel|Juliana|Rafael|Beatriz|Thiago|Larissa",
      "Silva|Santos|Oliveira|Souza|Lima|Pereira|Ferreira|Costa|Rodrigues|Almeida|Carvalho|Nascimento",
      "Rua Augusta|Av. Paulista|Rua das Flores|Av. Atlântica|Rua XV de Novembro|Rua Oscar Freire",
      "São Paulo - SP|Rio de Janeiro - RJ|Belo Horizonte - MG|Curitiba - PR|Salvador - BA|Recife - PE", pc="#####-###",
      addr="{s}, {n}, apto {k}, {d}, {c}, {pc}|{s}, {n} - {d}, {c}, CEP {pc}", d="Bela Vista|Copacabana|Savassi|Centro|Pinheiros",
      iban="BR", dom="gmail.com uol.com.br bol.com.br hotmail.com", hon="Sr.|Sra.|Dr.|Dra.", cur="R$",
      ph="Olá|Muito obrigado|Atenciosamente|Desculpe|Por favor, me liguem o quanto antes.|Ainda estou esperando uma resposta.",
      country="Brasil"),
    L("ar", "AR", "Martín|Sofía|Santiago|Valentina|Facundo|Camila|Matías|Florencia|Nicolás|Agustina",
      "González|Rodríguez|Fernández|López|Martínez|Gómez|Díaz|Pérez|Romero|Sosa",
      "Av. Corrientes|Av. Santa Fe|Calle Florida|Av. Rivadavia|Calle Defensa", "CABA|Córdoba|Rosario|Mendoza|La Plata",
      pc="A####AAA", addr="{s} {n}, {m}° {L}, {c}|{s} {n}, {pc} {c}", dom="gmail.com hotmail.com.ar fibertel.com.ar",
      hon="Sr.|Sra.|Dr.", cur="ARS ",
      ph="Hola|Muchas gracias|Saludos|Disculpá|Por favor llamame lo antes posible.|Sigo esperando una respuesta.",
      country="Argentina"),
    L("cl", "CL", "Benjamín|Catalina|Vicente|Isidora|Tomás|Javiera|Joaquín|Constanza", "Muñoz|Rojas|Díaz|Soto|Contreras|Silva|Sepúlveda|Morales",
      "Av. Providencia|Av. Libertador Bernardo O'Higgins|Calle Merced|Av. Apoquindo|Calle Condell",
      "Providencia, Santiago|Las Condes, Santiago|Valparaíso|Concepción|Ñuñoa, Santiago", pc="#######",
      addr="{s} {n}, depto. {k}, {c}|{s} {n}, {c}", dom="gmail.com vtr.net", hon="Sr.|Sra.", cur="CLP ",
      ph="Hola|Muchas gracias|Saludos cordiales|Disculpe|Por favor llámenme lo antes posible.|Todavía estoy esperando respuesta.",
      country="Chile"),
    L("pe", "PE", "José|Rosa|Luis|Milagros|Carlos|Gladys|Jorge|Yessenia", "Quispe|Flores|Mamani|Huamán|Chávez|Vargas|Ramos|Torres",
      "Av. Arequipa|Jr. de la Unión|Av. Larco|Calle Schell|Av. Brasil", "Miraflores, Lima|San Isidro, Lima|Cusco|Arequipa|Trujillo",
      pc="#####", addr="{s} {n}, dpto. {k}, {c}|{s} {n}, {c}", dom="gmail.com hotmail.com", hon="Sr.|Sra.", cur="S/ ",
      ph="Hola|Muchas gracias|Saludos|Disculpe|Por favor llámenme lo antes posible.|Sigo esperando una respuesta.",
      country="Perú"),
    L("mx", "MX", "Alejandro|Guadalupe|José Luis|María Fernanda|Diego|Ximena|Jesús|Daniela|Emiliano|Brenda",
      "Hernández|García|Martínez|López|González|Pérez|Sánchez|Ramírez|Cruz|Flores",
      "Av. Insurgentes Sur|Calle Madero|Paseo de la Reforma|Calle Durango|Av. Juárez|Calle Hidalgo",
      "Ciudad de México|Guadalajara, Jal.|Monterrey, N.L.|Puebla, Pue.|Mérida, Yuc.", pc="#####",
      addr="{s} {n}, Int. {k}, Col. {d}, {pc} {c}|{s} {n}, Col. {d}, C.P. {pc}, {c}", d="Roma Norte|Condesa|Del Valle|Centro|Narvarte",
      dom="gmail.com hotmail.com prodigy.net.mx", hon="Sr.|Sra.|Lic.|Ing.", cur="MX$",
      ph="Hola|Muchas gracias|Saludos|Disculpe|Por favor márquenme lo antes posible.|Sigo esperando respuesta.",
      country="México"),
]
# fmt: on
LOC_BY_CODE = {loc.code: loc for loc in LOCALES}
US = LOC_BY_CODE["us"]

# ---------------------------------------------------------------------------------------------
# Value generators for the labelled entities
# ---------------------------------------------------------------------------------------------

_ASCII_MAP = str.maketrans(
    {"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "ł": "l", "Ł": "L", "ı": "i"}
)


def ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_ASCII_MAP))
    return "".join(ch for ch in s if ord(ch) < 128)


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s).lower())


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for check in "0123456789":
        if luhn_ok(body + check):
            return body + check
    raise AssertionError("unreachable")


CARD_KINDS = [
    ("4", 16),
    ("51", 16),
    ("53", 16),
    ("55", 16),
    ("2221", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
    ("65", 16),
]


def make_card(rng: random.Random) -> str:
    prefix, length = rng.choice(CARD_KINDS)
    num = luhn_complete(prefix, length, rng)
    sep = rng.choice([" ", " ", "-", "", " "])
    if length == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i : i + 4] for i in range(0, 16, 4))


IBAN_SPEC = {
    "DE": "18n", "FR": "10n11c2n", "IT": "1a10n12c", "ES": "20n", "NL": "4a10n", "BE": "12n", "AT": "16n",
    "CH": "5n12c", "GB": "4a14n", "IE": "4a14n", "SE": "20n", "NO": "11n", "DK": "14n", "FI": "14n",
    "GR": "7n16c", "RO": "4a16c", "CZ": "20n", "PL": "24n", "UA": "6n19c", "TR": "5n1n16c", "SA": "2n18c",
    "AE": "3n16n", "EG": "25n", "IR": "22n", "IL": "19n", "PK": "4a16c", "BR": "23n1a1c", "PT": "21n",
}  # fmt: skip
IBAN_LEN = {
    cc: 4 + sum(int(n) for n, _ in re.findall(r"(\d+)([nac])", spec)) for cc, spec in IBAN_SPEC.items()
}
_UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def iban_mod97(s: str) -> int:
    s = s.replace(" ", "").upper()
    moved = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97


def make_iban(rng: random.Random, cc: str) -> str:
    bban = ""
    for count, kind in re.findall(r"(\d+)([nac])", IBAN_SPEC[cc]):
        for _ in range(int(count)):
            if kind == "n":
                bban += str(rng.randint(0, 9))
            elif kind == "a":
                bban += rng.choice(_UP)
            else:
                bban += rng.choice(_UP + "0123456789" * 2)
    check = 98 - iban_mod97(cc + "00" + bban)
    iban = f"{cc}{check:02d}{bban}"
    if rng.random() < 0.6:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


def make_ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(["-", "-", "-", "-", " ", ""])
    return f"{area:03d}{sep}{g:02d}{sep}{s:04d}"


# Driver's licence shapes per state: A letter, # digit, * letter-or-digit, other chars literal.
DL_SHAPES = {
    "California": ["A#######"], "New York": ["#########", "### ### ###"], "Texas": ["########"],
    "Florida": ["A###-###-##-###-#", "A############"], "Illinois": ["A###-####-####"], "Pennsylvania": ["## ### ###"],
    "Washington": ["WDL*********"], "Michigan": ["A ### ### ### ###"], "Ohio": ["AA######"],
    "New Jersey": ["A#### ##### #####"], "Georgia": ["#########"], "Arizona": ["A########"],
    "Massachusetts": ["S########"], "Colorado": ["##-###-####"], "Virginia": ["A########"], "Minnesota": ["A############"],
}  # fmt: skip


def fill_shape(rng: random.Random, shape: str) -> str:
    out = []
    for ch in shape:
        if ch == "A":
            out.append(rng.choice(_UP))
        elif ch == "#":
            out.append(str(rng.randint(0, 9)))
        elif ch == "*":
            out.append(rng.choice(_UP + "0123456789"))
        elif ch == "X":
            out.append(rng.choice("ACDEFHKNPRTVWXY0123456789"))
        elif ch == "l":
            out.append(rng.choice("abc"))
        else:
            out.append(ch)
    return "".join(out)


def make_ip(rng: random.Random, v6: bool | None = None) -> str:
    if v6 is None:
        v6 = rng.random() < 0.3
    if v6:
        head = rng.choice([0x2A02, 0x2A01, 0x2001, 0x2600, 0x2405, 0x2C0F, 0x2804, 0x2409])
        groups = [head] + [rng.randint(0, 0xFFFF) for _ in range(7)]
        for i in rng.sample(range(3, 7), rng.randint(0, 3)):
            groups[i] = 0
        addr = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))
        return addr.compressed
    first = rng.choice(
        [23, 31, 37, 41, 46, 62, 77, 81, 89, 102, 109, 145, 151, 176, 185, 188, 196, 203, 212, 217]
    )
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


_PHONE_CACHE: dict[tuple[str, int], phonenumbers.PhoneNumber] = {}


def make_phone_number(rng: random.Random, region: str, fixed: bool) -> phonenumbers.PhoneNumber:
    kind = PhoneNumberType.FIXED_LINE if fixed else PhoneNumberType.MOBILE
    ex = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    nsn = phonenumbers.national_significant_number(ex)
    cc = ex.country_code
    for _ in range(80):
        keep = rng.choice([1, 2, 2, 3]) if len(nsn) > 6 else 1
        cand = nsn[:keep] + "".join(str(rng.randint(0, 9)) for _ in range(len(nsn) - keep))
        try:
            num = phonenumbers.parse(f"+{cc}{cand}")
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            return num
    return ex


def _phone_ok(text: str, region: str, num: phonenumbers.PhoneNumber) -> bool:
    try:
        got = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(got) and got.national_number == num.national_number


def format_phone(rng: random.Random, num: phonenumbers.PhoneNumber, region: str, ext: bool = False) -> str:
    nat = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    e164 = phonenumbers.format_number(num, PhoneNumberFormat.E164)
    r = rng.random()
    if r < 0.34:
        s = nat
    elif r < 0.62:
        s = intl
    elif r < 0.7:
        s = e164
    elif r < 0.8:
        s = intl.replace(" ", rng.choice(["-", ".", " "]))
    elif r < 0.88:
        s = re.sub(r"[\s\-().]", "", nat)
    elif r < 0.94:
        s = re.sub(r"[\s\-]", ".", nat)
    else:
        rest = intl.split(" ", 1)[1] if " " in intl else intl
        s = f"(+{num.country_code}) {rest}"
    if not _phone_ok(s, region, num):
        s = intl if _phone_ok(intl, region, num) else e164
    if ext:
        s += rng.choice([" ext. ", " x", " ext ", " Ext. "]) + str(rng.randint(10, 4999))
    return s


def fill_pattern(rng: random.Random, pat: str) -> str:
    return fill_shape(rng, pat)


# ---------------------------------------------------------------------------------------------
# Non-PII vocabulary (hard negatives and organisations)
# ---------------------------------------------------------------------------------------------

ORGS = {
    "shop": ["Brightmart", "Kestrel Electronics", "Urban Nest Home", "Corner Pantry"],
    "bank": ["Meridian Savings", "Harbour Trust Bank", "Unity Credit Union"],
    "courier": ["SwiftDrop Couriers", "RapidRoute Logistics", "Blue Heron Express", "ParcelPoint"],
    "telecom": ["Kestrel Mobile", "Lumen Fibre", "Orbitel", "Greenline Energy", "Aqua Vale Water"],
    "hospital": [
        "St Aldric Hospital",
        "Riverside Medical Centre",
        "Lakeside Family Clinic",
        "Northgate Dental",
    ],
    "school": [
        "Westbrook Academy",
        "Hillside Primary School",
        "University of Eastmoor",
        "Crestfield College",
    ],
    "city": ["City Council", "Municipal Services Dept.", "Borough Council", "Public Works"],
    "airline": ["SkyBridge Airways", "AeroLink", "Pelican Air"],
    "hotel": ["Harbourview Hotel", "The Linden Suites", "Casa Azul Guesthouse", "Pinecrest Lodge"],
    "insurer": ["Sentinel Mutual", "Bluewater Insurance", "Keystone Assurance"],
    "gig": ["RideNow", "Dashly", "FoodFleet", "Zoomr"],
    "market": ["Tradeloop", "SwapHub", "Bazaarly"],
    "charity": ["Hope Harbour Trust", "Open Hands Foundation", "Clean Rivers Alliance"],
    "club": ["Riverside Rovers FC", "Eastside Harriers", "Northfield Cricket Club"],
    "tech": ["Nimbus Cloud", "Stackline", "Pixelforge"],
    "law": ["Hale & Brandt Solicitors", "Okoro Legal LLP", "Valdez & Partners"],
    "employer": ["Apex Staffing", "BrightPath Recruitment", "Ironbridge Manufacturing", "Solano Foods"],
}
BRAND_FOR = {"bank": ["Northwind Bank", "Fabrikam Pay"], "airline": ["Tailspin Air"]}
GENERIC_BRANDS = ["Contoso", "Globex", "Northwind"]
ROLE_BOXES = ["support", "noreply", "help", "billing", "claims", "info", "bookings", "hr", "no-reply", "care"]
ROLE_DOMAINS = ["customer-care.net", "helpdesk-mail.com", "service-notify.com", "mailer.example.org"]
JOBS = [
    "Operations Manager",
    "Senior Data Analyst",
    "Head of Customer Experience",
    "Site Reliability Engineer",
    "Claims Adjuster",
    "Staff Nurse",
    "Facilities Coordinator",
    "Account Executive",
    "Paralegal",
    "Warehouse Supervisor",
    "HR Business Partner",
    "Teaching Assistant",
    "Product Designer",
    "Payroll Officer",
]
PUBLIC = [
    "Emmanuel Macron",
    "Taylor Swift",
    "Lionel Messi",
    "Narendra Modi",
    "Elon Musk",
    "Angela Merkel",
    "Cristiano Ronaldo",
    "Jacinda Ardern",
    "Olaf Scholz",
    "Shakira",
    "Keir Starmer",
    "Lula da Silva",
    "Justin Trudeau",
    "Beyoncé",
    "Virat Kohli",
    "Anthony Albanese",
    "Giorgia Meloni",
    "BTS",
]
TEAMS = [
    "Arsenal",
    "Real Madrid",
    "Boca Juniors",
    "Chennai Super Kings",
    "Kaizer Chiefs",
    "Melbourne Storm",
    "Toronto Maple Leafs",
    "Galatasaray",
    "Bayern München",
    "Ajax",
    "Flamengo",
    "Al Hilal",
    "Celtic",
    "Urawa Red Diamonds",
    "All Blacks",
    "Juventus",
    "Club América",
    "Benfica",
    "Leinster",
    "LA Lakers",
]
STORMS = [
    "Storm Ciarán",
    "Hurricane Milton",
    "Typhoon Haikui",
    "Cyclone Gabrielle",
    "Storm Babet",
    "Storm Éowyn",
    "Typhoon Doksuri",
    "Hurricane Beryl",
    "Cyclone Freddy",
    "Storm Daniel",
]
PRODUCTS = [
    "Galaxy S24",
    "iPhone 15 Pro",
    "PlayStation 5",
    "Kindle Paperwhite",
    "AirPods Pro",
    "Pixel 8",
    "ThinkPad X1",
    "Model Y",
    "Switch OLED",
    "Surface Laptop 5",
    "Dyson V15",
    "Instant Pot",
]
COUNTRIES = [
    "Portugal",
    "Kenya",
    "Japan",
    "Canada",
    "Brazil",
    "Germany",
    "India",
    "Mexico",
    "Australia",
    "Egypt",
]
BOTS = ["Nova", "HelpBot", "Ava (virtual assistant)", "SupportBot", "Ziggy"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip
CASUAL_GENRES = {0, 1, 3, 11, 17, 18, 22, 23, 30}

Part = str | tuple[str, str]


def _typo(rng: random.Random, s: str) -> str:
    words = [m for m in re.finditer(r"[A-Za-z]{5,}", s)]
    if not words:
        return s
    m = rng.choice(words)
    w = m.group(0)
    i = rng.randint(1, len(w) - 3)
    r = rng.random()
    if r < 0.5:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    elif r < 0.75:
        w2 = w[:i] + w[i + 1 :]
    else:
        w2 = w[:i] + w[i] + w[i:]
    return s[: m.start()] + w2 + s[m.end() :]


class Person:
    def __init__(self, given: str, sur: str, east: bool, native: bool = False, latin: Person | None = None):
        self.given, self.sur, self.east, self.native = given, sur, east, native
        self.latin = latin or self

    def full(self) -> str:
        if self.native and self.east and " " not in self.given + self.sur and ord(self.sur[0]) > 0x2E80:
            return self.sur + self.given
        return f"{self.sur} {self.given}" if self.east else f"{self.given} {self.sur}"


class Ctx:
    """Assembles one text piece by piece and records span offsets as it goes."""

    def __init__(self, rng: random.Random, loc: Locale, genre: int):
        self.rng, self.loc, self.genre = rng, loc, genre
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.brands: list[str] = []
        self.pos = 0
        self.native = bool(loc.ph) and rng.random() < 0.34
        self.use_brand = rng.random() < 0.72
        self._brand_pick: dict[str, str] = {}
        self.case: str | None = None
        self.typo = False
        if genre in CASUAL_GENRES:
            r = rng.random()
            self.case = "lower" if r < 0.1 else "upper" if r < 0.14 else None
            self.typo = rng.random() < 0.3

    # -- assembling ------------------------------------------------------------------------
    def _cased(self, s: str) -> str:
        if self.case == "lower":
            return s.lower()
        if self.case == "upper":
            return s.upper()
        return s

    def add(self, *parts: Part | list) -> None:
        for part in parts:
            if isinstance(part, list):
                self.add(*part)
                continue
            if isinstance(part, str):
                s = part
                if self.typo and self.rng.random() < 0.2:
                    s = _typo(self.rng, s)
                s = self._cased(s)
                self.parts.append(s)
                self.pos += len(s)
                continue
            label, value = part
            value = self._cased(value)
            if label == "BRAND":
                if value not in self.brands:
                    self.brands.append(value)
            else:
                assert value == value.strip() and value, (label, value)
                self.spans.append(
                    {"label": label, "start": self.pos, "end": self.pos + len(value), "value": value}
                )
            self.parts.append(value)
            self.pos += len(value)

    def row(self, tid: int) -> dict:
        return {"text": "".join(self.parts), "spans": self.spans, "template_id": tid, "locale": self.loc.code,
                "brands": self.brands}  # fmt: skip

    # -- small helpers -----------------------------------------------------------------------
    def ch(self, *opts):
        return self.rng.choice(opts)

    def pr(self, p: float) -> bool:
        return self.rng.random() < p

    def digits(self, k: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(k))

    # -- people ------------------------------------------------------------------------------
    def p(self, latin_only: bool = False) -> Person:
        loc, rng = self.loc, self.rng
        east = loc.order == "east" or (loc.order == "mixed" and rng.random() < 0.5)
        lat = Person(rng.choice(loc.given), rng.choice(loc.sur), east)
        if not latin_only and self.native and loc.nat and rng.random() < 0.55:
            nat = rng.choice(loc.nat)
            if " " in nat:
                a, b = nat.split(" ", 1)
                g, s = (b, a) if loc.order == "east" else (a, b)
                return Person(g, s, loc.order == "east", native=True, latin=lat)
            return Person(nat[1:], nat[0], True, native=True, latin=lat)
        return lat

    def N(self, p: Person | None = None, form: str | None = None) -> tuple[str, str]:
        p = p or self.p()
        rng = self.rng
        if form is None:
            if p.native:
                form = rng.choice(["full"] * 6 + ["given", "sur"])
            else:
                form = rng.choices(
                    ["full", "given", "init", "comma", "sur", "upper", "lower", "ginit"],
                    [42, 18, 7, 6, 5, 5, 6, 5],
                )[0]
        if p.native and form not in ("full", "given", "sur"):
            form = "full"
        if form == "full":
            v = p.full()
        elif form == "given":
            v = p.given
        elif form == "sur":
            v = p.sur
        elif form == "init":
            v = f"{p.given[0]}. {p.sur}"
        elif form == "comma":
            v = f"{p.sur.upper() if rng.random() < 0.5 else p.sur}, {p.given}"
        elif form == "upper":
            v = p.full().upper()
        elif form == "lower":
            v = p.full().lower()
        elif form == "ginit":
            v = f"{p.given} {p.sur[0]}."
        else:
            raise ValueError(form)
        return ("PERSON", v)

    def titled(self, p: Person | None = None) -> list:
        p = p or self.p()
        loc, rng = self.loc, self.rng
        if loc.suf and rng.random() < 0.55:
            suf = rng.choice(loc.suf)
            if ord(suf[0]) > 0x2E80:
                if p.native:
                    sep = " " if suf in ("씨", "님") else ""
                    return [("PERSON", p.sur if rng.random() < 0.5 or sep else p.full()), sep + suf]
            elif suf == "-san":
                return [("PERSON", p.latin.sur), suf]
            else:
                return [
                    ("PERSON", p.latin.given),
                    rng.choice([" ", "-"]) + suf if suf in ("ji", "da", "di") else " " + suf,
                ]
        hon = rng.choice(loc.hon)
        return [hon + " ", ("PERSON", rng.choice([p.sur, p.sur, p.full()]))]

    def H(self, p: Person | None = None) -> tuple[str, str]:
        p = (p or self.p()).latin
        g, s = slug(p.given), slug(p.sur)
        rng = self.rng
        h = rng.choice([
            f"{g}.{s}", f"{g}{s}", f"{g}_{s}{rng.randint(1, 99)}", f"{g[0]}{s}", f"{g}{rng.randint(70, 2005)}",
            f"{s}.{g}", f"the_real_{g}", f"{g}{s[0]}", f"{g}_{s}", f"{s}{g[0]}{rng.randint(1, 9)}", f"{g.capitalize()}{s.capitalize()}",
        ])  # fmt: skip
        return ("PERSON", h)

    def E(self, p: Person | None = None, dom: str | None = None) -> tuple[str, str]:
        p = (p or self.p()).latin
        g, s = slug(p.given), slug(p.sur)
        rng = self.rng
        local = rng.choice([f"{g}.{s}", f"{g}{s}", f"{g[0]}.{s}", f"{g}_{s}", f"{g}{rng.randint(1, 99)}", f"{s}.{g}",
                            f"{g}.{s}{rng.randint(70, 99)}", f"{g[0]}{s}", f"{s}{g[0]}"])  # fmt: skip
        return ("EMAIL_ADDRESS", f"{local}@{dom or rng.choice(self.loc.dom)}")

    def role_mail(self) -> str:
        return f"{self.rng.choice(ROLE_BOXES)}@{self.rng.choice(ROLE_DOMAINS)}"

    def work_dom(self, kind: str) -> str:
        name = self.rng.choice(ORGS[kind])
        return slug(name.split(" ")[0]) + self.rng.choice([".com", ".org", ".co", ".net", "-group.com"])

    # -- other entities --------------------------------------------------------------------
    def T(self, fixed: bool = False, ext: bool = False, loc: Locale | None = None) -> tuple[str, str]:
        loc = loc or self.loc
        num = make_phone_number(self.rng, loc.region, fixed)
        return ("PHONE_NUMBER", format_phone(self.rng, num, loc.region, ext))

    def A(self) -> tuple[str, str]:
        loc, rng = self.loc, self.rng
        vals = {
            "n": str(rng.choice([rng.randint(1, 40), rng.randint(1, 250), rng.randint(100, 2999)])),
            "k": str(rng.randint(1, 60)), "m": str(rng.randint(1, 28)), "L": rng.choice("ABCDEF"),
            "l": rng.choice("abc"), "s": rng.choice(loc.streets), "c": rng.choice(loc.cities),
            "pc": fill_shape(rng, rng.choice(loc.pc)) if loc.pc else "", "d": rng.choice(loc.districts),
            "b": rng.choice(loc.buildings),
        }  # fmt: skip
        vals["u"] = rng.choice(loc.units).format(**vals)
        if self.native and loc.naddr and rng.random() < 0.6:
            fmt = rng.choice(loc.naddr)
        else:
            fmt = rng.choice(loc.addr)
            if not loc.pc:
                fmt = fmt.replace(" {pc}", "").replace(", {pc}", "")
        v = re.sub(r"\s+,", ",", fmt.format(**vals)).strip(" ,")
        return ("STREET_ADDRESS", v)

    def I(self) -> tuple[str, str]:  # noqa: E743
        cc = self.loc.iban or self.rng.choice(["GB", "DE", "FR", "NL", "ES", "PT", "IE"])
        return ("IBAN_CODE", make_iban(self.rng, cc))

    def CC(self) -> tuple[str, str]:
        return ("CREDIT_CARD", make_card(self.rng))

    def IP(self, v6: bool | None = None) -> tuple[str, str]:
        return ("IP_ADDRESS", make_ip(self.rng, v6))

    def SSN(self) -> tuple[str, str]:
        return ("US_SSN", make_ssn(self.rng))

    def DL(self) -> tuple[str, tuple[str, str]]:
        state = self.rng.choice(sorted(DL_SHAPES))
        return state, ("US_DRIVER_LICENSE", fill_shape(self.rng, self.rng.choice(DL_SHAPES[state])))

    # -- organisations and brands ----------------------------------------------------------
    def org(self, kind: str = "shop") -> Part:
        if self.use_brand:
            if kind not in self._brand_pick:
                self._brand_pick[kind] = self.rng.choice(BRAND_FOR.get(kind, GENERIC_BRANDS))
            return ("BRAND", self._brand_pick[kind])
        if kind not in self._brand_pick:
            self._brand_pick[kind] = self.rng.choice(ORGS[kind])
        return self._brand_pick[kind]

    def org_handle(self, kind: str = "shop") -> Part:
        if self.use_brand and self.rng.random() < 0.6:
            return ("BRAND", "@NorthwindBank" if kind == "bank" else "@ContosoHelp")
        name = self._brand_pick.get(kind) or self.rng.choice(ORGS[kind])
        return (
            "@"
            + re.sub(r"[^A-Za-z]", "", ascii_fold(name))[:13]
            + self.rng.choice(["", "Help", "UK", "Care", "_Support"])
        )

    # -- language ----------------------------------------------------------------------------
    def _ph(self, i: int, en: list[str]) -> str:
        if self.native and self.loc.ph:
            return self.loc.ph[i]
        return self.rng.choice(en)

    def hi(self) -> str:
        return self._ph(0, ["Hi", "Hello", "Dear", "Hey", "Good morning", "Hi there"])

    def thx(self) -> str:
        return self._ph(1, ["Thanks", "Thank you", "Many thanks", "Cheers", "Thanks in advance"])

    def bye(self) -> str:
        return self._ph(2, ["Regards", "Kind regards", "Best", "Best wishes", "Thanks again", "Sincerely"])

    def sorry(self) -> str:
        return self._ph(3, ["Sorry", "Apologies", "So sorry"])

    def callme(self) -> str:
        return self._ph(
            4, ["Please call me back asap.", "Can someone ring me back today?", "Need a call back urgently."]
        )

    def waiting(self) -> str:
        return self._ph(
            5,
            ["Still waiting for an answer.", "No reply yet.", "Nobody has got back to me.", "Still nothing."],
        )

    # -- hard negatives ----------------------------------------------------------------------
    def ticket(self) -> str:
        r = self.rng
        return r.choice([f"INC{self.digits(7)}", f"CS-{r.randint(2022, 2025)}-{self.digits(5)}", f"TCK-{self.digits(6)}",
                         f"SR{self.digits(8)}", f"#{self.digits(6)}", f"CASE-{self.digits(5)}"])  # fmt: skip

    def order(self) -> str:
        r = self.rng
        return r.choice([f"#{self.digits(7)}", f"ORD-{self.digits(6)}", f"{self.digits(3)}-{self.digits(7)}-{self.digits(7)}",
                         f"A{self.digits(9)}", f"SO{self.digits(6)}"])  # fmt: skip

    def track(self) -> str:
        r = self.rng
        return fill_shape(
            r,
            r.choice(
                ["1Z#*#*##0########", "JD##############", "RR#########GB", "LZ#########CN", "##############"]
            ),
        )

    def ref(self) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))

    def flight(self) -> str:
        return self.ch("TS", "LH", "QF", "EK", "BA", "AF", "NH", "TK", "LA", "ET", "AI", "KL") + str(
            self.rng.randint(11, 2999)
        )

    def date(self) -> str:
        r = self.rng
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.choice([2023, 2024, 2025])
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {MONTHS[m - 1]} {y}", f"{MONTHS[m - 1][:3]} {d}",
                         f"{d:02d}.{m:02d}.{y}", f"{MONTHS[m - 1]} {d}, {y}"])  # fmt: skip

    def isodate(self) -> str:
        return f"{self.rng.choice([2024, 2025])}-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}"

    def time(self) -> str:
        r = self.rng
        h, mi = r.randint(0, 23), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55, 7, 12, 33])
        return r.choice(
            [
                f"{h:02d}:{mi:02d}",
                f"{(h % 12) or 12}:{mi:02d} {'am' if h < 12 else 'pm'}",
                f"{h:02d}h{mi:02d}",
            ]
        )

    def money(self) -> str:
        amt = self.rng.choice([self.rng.randint(5, 99), self.rng.randint(100, 2500)])
        cents = self.ch("", f".{self.rng.randint(0, 99):02d}")
        return f"{self.loc.cur}{amt}{cents}"

    def pct(self) -> str:
        return f"{self.rng.randint(1, 99)}{self.ch('', '.5', '.2')}%"

    def ver(self) -> str:
        return f"{self.ch('v', '', 'version ')}{self.rng.randint(1, 14)}.{self.rng.randint(0, 30)}.{self.rng.randint(0, 9)}"

    def store(self) -> str:
        return self.ch("Store #", "store ", "Branch ", "STR-") + self.digits(4)

    def last4(self) -> str:
        return self.ch("card ending ", "card ending in ", "****", "xxxx-", "Visa •••• ") + self.digits(4)

    def otp(self) -> str:
        return self.digits(self.ch(4, 6, 6))

    def policy(self) -> str:
        return self.ch("POL-", "PN", "HX-", "") + f"{self.digits(2)}-{self.digits(7)}"

    def city(self) -> str:
        return re.split(r"[,/-]| - ", self.rng.choice(self.loc.cities))[0].strip()

    def job(self) -> str:
        return self.rng.choice(JOBS)

    def pub(self) -> str:
        return self.rng.choice(PUBLIC)

    def team(self) -> str:
        return self.rng.choice(TEAMS)

    def product(self) -> str:
        return self.rng.choice(PRODUCTS)

    def storm(self) -> str:
        return self.rng.choice(STORMS)

    def ts(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}"


# ---------------------------------------------------------------------------------------------
# Templates
# ---------------------------------------------------------------------------------------------

GENRES = ["social_post", "social_reply", "support_ticket", "support_chat", "email_signature", "hospital_clinic",
          "school_university", "municipal_services", "utility_telecom", "parcel_courier", "rental_landlord",
          "gig_work", "hotel_holiday", "recruiting_hr", "court_legal", "insurance_claim", "charity_donation",
          "sports_tickets", "marketplace", "gov_benefits", "airline_luggage", "bank_fraud", "app_review",
          "chat_export", "postmortem", "shipping_manifest", "spreadsheet_rows", "webform_kv", "webhook_json",
          "server_logs", "forum_post", "status_update", "product_news", "weather_traffic", "sports_results"]  # fmt: skip
_REG: dict[int, list[tuple[Callable[[Ctx], None], str | None]]] = {g: [] for g in range(len(GENRES))}


def tpl(genre: str, locale: str | None = None):
    def deco(fn: Callable[[Ctx], None]) -> Callable[[Ctx], None]:
        _REG[GENRES.index(genre)].append((fn, locale))
        return fn

    return deco


# 0 social_post ------------------------------------------------------------------------------
@tpl("social_post")
def sp_hold(c: Ctx) -> None:
    c.add(c.org_handle("bank"), f" been on hold {c.rng.randint(25, 95)} mins about case {c.ticket()}. ")
    c.add(
        c.ch("my number is ", "call me on ", "you have my number: "),
        c.T(),
        " if anyone there actually wants to help. ",
    )
    c.add(c.waiting(), c.ch(" — ", " ~", "\n- "), c.N(form=c.ch("given", "full", "ginit")))


@tpl("social_post")
def sp_shoutout(c: Ctx) -> None:
    p = c.p()
    c.add(
        c.ch("Shoutout to ", "Huge thanks to ", "Props to "),
        c.N(p, c.ch("full", "given", "ginit")),
        f" at the {c.city()} {c.ch('branch', 'store', 'office')} of ",
        c.org("shop"),
        f" who sorted my {c.product()} return in {c.rng.randint(5, 20)} min 🙏 ",
    )
    c.add(c.ch("#customerservice", "#goodservice", "10/10", f"{c.store()} is the best"))


@tpl("social_post")
def sp_double(c: Ctx) -> None:
    c.add(
        c.org("shop"),
        f" charged me twice ({c.money()} + {c.money()}) and your chat bot {c.rng.choice(BOTS)} keeps closing. ",
    )
    c.add(
        "dm'd you, my handle is @",
        c.H(),
        c.ch(" ffs", "", " pls", ". order ") + (c.order() if c.pr(0.5) else ""),
    )


@tpl("social_post")
def sp_scam(c: Ctx) -> None:
    rel = c.ch("my mum", "my dad", "my nan", "my neighbour", "my aunt")
    c.add(
        "PSA: someone is pretending to be ",
        c.org("bank"),
        f" staff. They called {rel} ",
        c.N(form="given"),
        " from ",
        c.T(),
        f" asking for the {c.otp()[:0]}one-time code. Do NOT share OTPs! ",
    )
    c.add(c.ch("RT pls", "please share", f"reported to {c.ch('Action Fraud', 'the police', 'the bank')}"))


# 1 social_reply -----------------------------------------------------------------------------
@tpl("social_reply")
def sr_same(c: Ctx) -> None:
    a, b = c.p(True), c.p(True)
    c.add(
        "@",
        c.H(a),
        " ",
        c.org_handle("telecom"),
        f" same here!! {c.city()} too, down since {c.time()}. @",
        c.H(b),
        " did you ever get a refund?\n",
        "  ↳ @",
        c.H(b),
        ": nope, ",
        c.waiting().lower(),
    )


@tpl("social_reply")
def sr_brand_reply(c: Ctx) -> None:
    p, agent = c.p(), c.p(True)
    c.add(
        "Replying to @",
        c.H(p),
        "\n",
        c.hi(),
        " ",
        c.N(p, "given"),
        ", ",
        c.sorry().lower(),
        " to hear this. Please DM us your full name, email and order number (not your card details!) and we'll look into it. ",
    )
    c.add(c.ch("^", "– ", "/"), c.N(agent, "given"))


@tpl("social_reply")
def sr_reddit(c: Ctx) -> None:
    c.add(
        "u/",
        c.H(),
        f" · {c.rng.randint(2, 23)}h\n",
        c.ch("my landlord ", "our property manager "),
        c.N(form=c.ch("sur", "full", "init")),
        " did the exact same thing at ",
        c.A(),
        f". kept the {c.money()} deposit for 'cleaning'. report them to the {c.city()} tenancy board tbh\n",
        f"  ▲ {c.rng.randint(3, 900)}  Reply  Share",
    )


@tpl("social_reply")
def sr_quote(c: Ctx) -> None:
    c.add(
        f'"{c.ch("We value every customer", "Service restored for most users", "Your safety is our priority")}" lol. @',
        c.H(),
        " this is exactly why I left ",
        c.org("shop"),
        f". also {c.pub()} tweeting about it doesn't help anyone. ",
        c.ch("cc @", "ping @"),
        c.H(),
    )


# 2 support_ticket ---------------------------------------------------------------------------
@tpl("support_ticket")
def st_header(c: Ctx) -> None:
    p = c.p(True)
    c.add(
        f"Ticket {c.ticket()} | Priority: {c.ch('High', 'P2', 'Urgent', 'Normal')} | Channel: email\n",
        "Requester: ",
        c.N(p, "full"),
        " <",
        c.E(p),
        ">\n",
        f"Subject: {c.last4()} blocked after travel to {c.rng.choice(COUNTRIES)}\n\n",
        c.hi(),
        ", my card was blocked yesterday at ",
        c.org("shop"),
        f" ({c.store()}). ",
        c.callme(),
        " ",
        c.T(),
        "\n",
        c.N(p, "given"),
    )


@tpl("support_ticket")
def st_case(c: Ctx) -> None:
    p, ag = c.p(), c.p(True)
    c.add(
        f"Case {c.ticket()} opened {c.date()} by agent ",
        c.N(ag, "given"),
        "\nCustomer: ",
        c.N(p, "comma"),
        "\nCallback: ",
        c.T(),
        "\nProduct: ",
        c.org("telecom"),
        f" {c.product()}\n",
        "Notes: customer states the device was swapped in store; ",
        c.ch("wants a replacement.", "escalated to tier 2.", f"refund of {c.money()} approved."),
    )


@tpl("support_ticket")
def st_refund(c: Ctx) -> None:
    p = c.p()
    c.add(
        f"Re: [{c.ticket()}] Refund not received\n\n",
        c.hi(),
        " ",
        c.ch("team", "support", "there"),
        ",\n",
        f"It has been {c.rng.randint(10, 40)} days since you confirmed the refund for order {c.order()}. ",
        "Please send it to my account ",
        c.I(),
        c.ch(" instead of the card.", " as agreed.", "."),
        "\n",
        c.waiting(),
        "\n\n",
        c.bye(),
        ",\n",
        c.N(p, c.ch("full", "full", "upper")),
    )


@tpl("support_ticket")
def st_escalate(c: Ctx) -> None:
    p, ag = c.p(), c.p(True)
    c.add(
        "ESCALATION — ",
        c.org("telecom"),
        "\nAccount holder: ",
        c.N(p),
        "; address on file ",
        c.A(),
        "; alt contact ",
        c.E(p),
        ".\nAgent ",
        c.N(ag, c.ch("given", "init")),
        f" promised a callback by {c.time()} on {c.date()} (SLA {c.pct()} breached).",
    )


# 3 support_chat -----------------------------------------------------------------------------
@tpl("support_chat")
def sc_bot(c: Ctx) -> None:
    p, ag = c.p(), c.p(True)
    bot = c.rng.choice(BOTS)
    c.add(
        f"[{c.ts()}] {bot}: Hi! I'm the virtual assistant for ",
        c.org("courier"),
        ". How can I help?\n",
        f"[{c.ts()}] ",
        c.N(p, c.ch("given", "lower", "full")),
        ": need to change delivery address to ",
        c.A(),
        "\n",
        f"[{c.ts()}] {bot}: Connecting you to an agent…\n",
        f"[{c.ts()}] Agent ",
        c.N(ag, "given"),
        f": Done, parcel {c.track()} now goes to the new address.",
    )


@tpl("support_chat")
def sc_verify(c: Ctx) -> None:
    p, ag = c.p(), c.p(True)
    agn = c.N(ag, "given")
    c.add(
        f"Chat transcript {c.ticket()}\n",
        agn,
        ": Thanks for waiting. Can I confirm your full name?\nCustomer: ",
        c.N(p, "full"),
        "\n",
        agn,
        ": And the phone number on the account?\nCustomer: ",
        c.T(),
        "\n",
        agn,
        f": Thanks. I can see the {c.money()} charge from {c.date()}.\nCustomer: ",
        c.waiting(),
    )


@tpl("support_chat")
def sc_card(c: Ctx) -> None:
    ag = c.p(True)
    v = f"visitor_{c.digits(4)}"
    c.add(
        f"{v}: hi\n{v}: my card ",
        c.CC(),
        c.ch(" got charged for something i didnt buy", " was used in another country"),
        "\nagent.",
        c.N(ag, "lower" if c.pr(0.5) else "given"),
        ": Please don't share full card numbers in chat. I've masked it and blocked the card. ",
        f"Your new card will arrive in {c.rng.randint(3, 7)} working days.",
    )


@tpl("support_chat")
def sc_whatsapp(c: Ctx) -> None:
    p = c.p()
    d = c.date()
    c.add(
        f"{d}, {c.ts()} - ",
        c.N(p, "full"),
        f": {c.hi()}, my order {c.order()} never arrived\n",
        f"{d}, {c.ts()} - ",
        c.org("shop"),
        " Support: ",
        c.sorry(),
        "! Can you confirm the delivery address?\n",
        f"{d}, {c.ts()} - ",
        c.N(p, "full"),
        ": ",
        c.A(),
        "\n",
        f"{d}, {c.ts()} - ",
        c.org("shop"),
        " Support: Thanks, a courier will call you.",
    )


# 4 email_signature --------------------------------------------------------------------------
@tpl("email_signature")
def es_full(c: Ctx) -> None:
    p = c.p(True)
    dom = c.work_dom("employer")
    c.add(
        "From: ",
        c.N(p, "full"),
        " <",
        c.E(p, dom),
        ">\nTo: ",
        c.role_mail(),
        f"\nSubject: Invoice {c.order()} query\n\n",
        c.hi(),
        ",\n\nCould you re-send the invoice? Ours shows ",
        c.money(),
        " but the PO says otherwise.\n\n",
        c.bye(),
        ",\n",
        c.N(p, "full"),
        "\n",
        c.job(),
        " | ",
        c.org("employer"),
        "\nTel: ",
        c.T(fixed=True, ext=c.pr(0.4)),
        "\n",
        c.A(),
    )


@tpl("email_signature")
def es_followup(c: Ctx) -> None:
    a, b = c.p(), c.p(True)
    c.add(
        c.hi(),
        " ",
        c.N(a, "given"),
        f",\n\nFollowing up on our call on {c.date()} about the {c.product()} rollout. ",
        f"We're at {c.pct()} completion.\n\nBest,\n",
        c.N(b, "full"),
        "\n",
        c.job(),
        " | ",
        c.org("tech"),
        "\nM: ",
        c.T(),
        " | ",
        c.E(b, c.work_dom("tech")),
    )


@tpl("email_signature")
def es_native(c: Ctx) -> None:
    p, me = c.p(), c.p()
    c.add(
        c.hi(),
        " ",
        c.titled(p),
        ",\n\n",
        c.waiting(),
        f" (ref. {c.ticket()})\n",
        c.callme(),
        "\n\n",
        c.bye(),
        "\n",
        c.N(me, "full"),
        "\n",
        c.A(),
        "\n",
        c.T(),
    )


@tpl("email_signature")
def es_forward(c: Ctx) -> None:
    a, b = c.p(True), c.p(True)
    c.add(
        "---------- Forwarded message ---------\nFrom: ",
        c.N(a, "full"),
        " <",
        c.E(a),
        ">\n",
        f"Date: {c.date()} {c.time()}\nSubject: complaint about ",
        c.org("shop"),
        "\nTo: ",
        c.N(b, "full"),
        " <",
        c.E(b),
        ">\n\n",
        c.N(b, "given"),
        ", see below — can you handle? ",
        c.ch("Thx", "Cheers", "ta"),
        "\n",
        c.N(a, c.ch("given", "init")),
    )


# 5 hospital_clinic --------------------------------------------------------------------------
@tpl("hospital_clinic")
def hc_complaint(c: Ctx) -> None:
    rel = c.ch("My father", "My mother", "My son", "My wife", "My grandmother")
    c.add(
        f"Complaint ref {c.ref()}: {rel} ",
        c.N(c.p(), c.ch("full", "full", "upper")),
        " had an appointment at ",
        c.org("hospital"),
        f" moved three times. On {c.date()} we waited until {c.time()} and were sent home. ",
        "Please call me on ",
        c.T(),
        ". ",
        c.waiting(),
    )


@tpl("hospital_clinic")
def hc_reminder(c: Ctx) -> None:
    p, doc = c.p(), c.p(True)
    c.add(
        "Appointment reminder: ",
        c.hi(),
        " ",
        c.titled(p),
        ", your appointment with Dr ",
        c.N(doc, c.ch("sur", "full")),
        " at ",
        c.org("hospital"),
        ", ",
        c.A(),
        f", is on {c.date()} at {c.time()}. Reply C to cancel. Questions: ",
        c.T(fixed=True),
    )


@tpl("hospital_clinic")
def hc_review(c: Ctx) -> None:
    c.add(
        f"{c.rng.randint(1, 3)}/5 — receptionist (I think her name was ",
        c.N(form="given"),
        ") told me my referral was lost AGAIN. Nurse ",
        c.N(form="sur"),
        " was lovely though. ",
        f"Parking at {c.org('hospital')} is {c.money()} an hour which is a joke.",
    )


@tpl("hospital_clinic")
def hc_form(c: Ctx) -> None:
    p, k = c.p(), c.p()
    c.add(
        "PATIENT REGISTRATION\nPatient name: ",
        c.N(p, c.ch("full", "comma")),
        f"\nMRN: MRN-{c.digits(7)}\n",
        "Phone: ",
        c.T(),
        "\nAddress: ",
        c.A(),
        "\nNext of kin: ",
        c.N(k, "full"),
        f" ({c.ch('spouse', 'daughter', 'son', 'brother')}) ",
        c.T(),
        f"\nGP practice: {ORGS['hospital'][3]}",
    )


# 6 school_university ------------------------------------------------------------------------
@tpl("school_university")
def su_trip(c: Ctx) -> None:
    t = c.p(True)
    c.add(
        f"Dear parents and carers,\n\nClass {c.rng.randint(1, 6)}{c.ch('A', 'B', 'C')} will visit the {c.city()} Science Museum on ",
        f"{c.date()}. The cost is {c.money()}. Please return the consent slip to ",
        c.titled(t),
        " (",
        c.E(t, c.work_dom("school")),
        ") by Friday.\n\n",
        c.org("school"),
    )


@tpl("school_university")
def su_admission(c: Ctx) -> None:
    p = c.p()
    c.add(
        "Applicant: ",
        c.N(p, "comma"),
        f"\nStudent ID: S{c.digits(8)}\nProgramme: MSc {c.ch('Data Science', 'Public Health', 'Civil Engineering')}\n",
        "Email: ",
        c.E(p),
        "\nPhone: ",
        c.T(),
        "\nHome address: ",
        c.A(),
        f"\nStatus: {c.ch('Offer', 'Waitlisted', 'Incomplete')}",
    )


@tpl("school_university")
def su_forum(c: Ctx) -> None:
    c.add(
        f"anyone else in {c.ch('STAT201', 'CHEM110', 'ECON 3040', 'CS50x')} with prof ",
        c.N(form="sur"),
        f"? the portal lost my submission ({c.ticket()}) and the deadline was {c.time()} today. ",
        "emailed the TA ",
        c.N(form="given"),
        " at ",
        c.E(),
        " and heard nothing",
    )


@tpl("school_university")
def su_bus(c: Ctx) -> None:
    kid, me = c.p(), c.p()
    c.add(
        c.hi(),
        ",\nMy ",
        c.ch("son ", "daughter "),
        c.N(kid, "given"),
        f" (Year {c.rng.randint(3, 11)}) was left at the stop outside ",
        c.A(),
        f" this morning — bus {c.rng.randint(10, 99)}{c.ch('', 'A', 'X')} didn't stop. ",
        c.callme(),
        " ",
        c.T(),
        "\n",
        c.N(me, "full"),
    )


# 7 municipal_services -----------------------------------------------------------------------
@tpl("municipal_services")
def ms_bin(c: Ctx) -> None:
    c.add(
        f"Service request {c.ticket()} — Missed {c.ch('bin', 'recycling', 'garden waste')} collection\nReported by: ",
        c.N(),
        "\nLocation: ",
        c.A(),
        "\nContact: ",
        c.T(),
        f"\nStatus: Assigned to crew {c.rng.randint(2, 30)}\nOwner: ",
        c.org("city"),
    )


@tpl("municipal_services")
def ms_pothole(c: Ctx) -> None:
    c.add(
        c.org_handle("city"),
        " the pothole outside ",
        c.A(),
        f" is now the size of a bathtub. reported twice ({c.ticket()}). ",
        f"3 flat tyres this month. {c.waiting()} — ",
        c.N(form=c.ch("given", "full")),
    )


@tpl("municipal_services")
def ms_planning(c: Ctx) -> None:
    c.add(
        f"NOTICE OF PLANNING APPLICATION\nApplication No: {c.city()[:3].upper()}/{c.rng.randint(2023, 2025)}/{c.digits(4)}\n",
        "Applicant: ",
        c.N(c.p(), c.ch("full", "upper")),
        "\nSite: ",
        c.A(),
        f"\nProposal: {c.ch('Single-storey rear extension', 'Change of use to café', 'Loft conversion with dormer')}\n",
        f"Comments by {c.date()} to ",
        c.org("city"),
        ".",
    )


@tpl("municipal_services")
def ms_parking(c: Ctx) -> None:
    p = c.p()
    c.add(
        c.hi(),
        ",\n",
        f"I am appealing parking fine PCN {c.ref()}{c.digits(3)} issued on {c.date()}. ",
        "My car was parked outside my own house at ",
        c.A(),
        " with a valid resident permit. ",
        c.callme(),
        "\n",
        c.bye(),
        ",\n",
        c.N(p, "full"),
        "\n",
        c.T(),
    )


# 8 utility_telecom --------------------------------------------------------------------------
@tpl("utility_telecom")
def ut_meter(c: Ctx) -> None:
    c.add(
        f"Account: {c.digits(10)}\nName: ",
        c.N(c.p(), c.ch("full", "upper", "comma")),
        "\nSupply address: ",
        c.A(),
        f"\nMeter serial: {c.ch('E', 'G', 'K')}{c.digits(2)}{c.ch('A', 'B')}{c.digits(6)}\n",
        f"Reading: {c.digits(5)} kWh\nDate: {c.date()}\nSupplier: ",
        c.org("telecom"),
    )


@tpl("utility_telecom")
def ut_outage(c: Ctx) -> None:
    c.add(
        c.org("telecom"),
        f" outage AGAIN in {c.city()}, 3rd time this week. fibre box at ",
        c.A(),
        f" dead since {c.time()}. engineer ",
        c.N(form="given"),
        " said fix by friday. ",
        c.ch("#outage", "#fail", ""),
    )


@tpl("utility_telecom")
def ut_engineer(c: Ctx) -> None:
    p, e = c.p(), c.p(True)
    c.add(
        c.org("telecom"),
        ": ",
        c.hi(),
        " ",
        c.N(p, "given"),
        ", your engineer ",
        c.N(e, c.ch("given", "ginit")),
        f" will arrive between {c.time()} and {c.time()} on {c.date()}. Ref {c.ref()}. Reply STOP to opt out.",
    )


@tpl("utility_telecom")
def ut_mandate(c: Ctx) -> None:
    p = c.p()
    c.add(
        "DIRECT DEBIT MANDATE\nAccount holder: ",
        c.N(p),
        "\nIBAN: ",
        c.I(),
        "\nMobile number to port: ",
        c.T(),
        f"\nPlan: Unlimited 5G ({c.money()}/month)\nSigned: ",
        c.N(p, "full"),
        f", {c.date()}",
    )


# 9 parcel_courier ---------------------------------------------------------------------------
@tpl("parcel_courier")
def pc_attempt(c: Ctx) -> None:
    c.add(
        f"Tracking {c.track()}: Delivery attempted {c.date()} {c.time()}.\nRecipient: ",
        c.N(),
        ", ",
        c.A(),
        f"\nLeft with neighbour at No. {c.rng.randint(1, 120)}. Carrier: ",
        c.org("courier"),
    )


@tpl("parcel_courier")
def pc_complaint(c: Ctx) -> None:
    c.add(
        "The driver left my parcel outside ",
        c.A(),
        " in the rain instead of the locker. ",
        "then the driver (",
        c.N(form="given"),
        ") marked it 'handed to resident'. ",
        c.org("courier"),
        f" tracking {c.track()}. {c.waiting()}",
    )


@tpl("parcel_courier")
def pc_customs(c: Ctx) -> None:
    p = c.p()
    c.add(
        f"Dear customer, shipment {c.track()} is held at customs in {c.rng.choice(COUNTRIES)}. Duties due: {c.money()}.\n",
        "Consignee: ",
        c.N(p, "upper"),
        "\nTel: ",
        c.T(),
        "\nPay before ",
        c.date(),
        " or the item will be returned. — ",
        c.org("courier"),
    )


@tpl("parcel_courier")
def pc_sms(c: Ctx) -> None:
    d = c.p(True)
    c.add(
        c.hi(),
        "! ",
        c.org("courier"),
        f": your parcel {c.track()} arrives today {c.time()}-{c.time()}. ",
        "Driver: ",
        c.N(d, "given"),
        " ",
        c.T(),
        f". Safe place code: {c.otp()}.",
    )


# 10 rental_landlord -------------------------------------------------------------------------
@tpl("rental_landlord")
def rl_enquiry(c: Ctx) -> None:
    p = c.p()
    c.add(
        c.hi(),
        ", is the 2-bed at ",
        c.A(),
        f" still available for {c.money()}? I'm ",
        c.N(p, "given"),
        f", {c.job().lower()}, looking to move in {MONTHS[c.rng.randint(0, 11)]}. ",
        "You can reach me on ",
        c.T(),
        " or ",
        c.E(p),
        ".",
    )


@tpl("rental_landlord")
def rl_mould(c: Ctx) -> None:
    ll, me = c.p(), c.p()
    c.add(
        "To ",
        c.titled(ll),
        " (landlord), re: ",
        c.A(),
        f"\n\nThe mould in the bathroom has been reported {c.rng.randint(3, 9)} times. ",
        f"As the tenancy ends on {c.date()}, please return the deposit of {c.money()} to ",
        c.I(),
        ".\n\n",
        c.bye(),
        ",\n",
        c.N(me, "full"),
    )


@tpl("rental_landlord")
def rl_agreement(c: Ctx) -> None:
    c.add(
        "THIS AGREEMENT is made between ",
        c.N(c.p(), "upper"),
        ' ("the Landlord") and ',
        c.N(c.p(), "upper"),
        ' ("the Tenant") for the property at ',
        c.A(),
        f". Rent of {c.money()} per month is payable on the 1st to ",
        c.I(),
        f". Agent: {c.rng.choice(ORGS['law'])}.",
    )


@tpl("rental_landlord")
def rl_forum(c: Ctx) -> None:
    c.add(
        f"Landlord horror story ({c.city()}): ",
        c.N(form=c.ch("full", "init")),
        " owns half the flats near the station. ",
        "Our boiler at ",
        c.A(),
        f" has been broken since {c.date()}. His agent ",
        c.N(form="given"),
        " just stops answering. Anyone had luck with the council?",
    )


# 11 gig_work --------------------------------------------------------------------------------
@tpl("gig_work")
def gw_rider(c: Ctx) -> None:
    c.add(
        "Driver ",
        c.N(form="given"),
        f" (rating 4.{c.digits(2)}) cancelled on me 3 times. pickup was ",
        c.A(),
        " and the app kept saying 'driver arriving'. ",
        c.org("gig"),
        f" refunded {c.pct()} only. trip {c.ref()}",
    )


@tpl("gig_work")
def gw_chat(c: Ctx) -> None:
    p = c.p()
    c.add(
        f"[{c.ts()}] courier: im outside ",
        c.A(),
        " no answer\n",
        f"[{c.ts()}] customer (",
        c.N(p, "given"),
        f"): flat {c.rng.randint(1, 40)}, ring twice pls\n",
        f"[{c.ts()}] courier: ok. code {c.otp()}?\n",
        f"[{c.ts()}] customer (",
        c.N(p, "given"),
        "): yes thx",
    )


@tpl("gig_work")
def gw_payout(c: Ctx) -> None:
    c.add(
        f"Driver ID D-{c.digits(6)} | ",
        c.N(c.p(), c.ch("full", "comma")),
        f" | payout {c.money()} missing for week {c.rng.randint(1, 52)} | ",
        "IBAN on file ",
        c.I(),
        " | ",
        c.org("gig"),
        f" ops ticket {c.ticket()}",
    )


@tpl("gig_work")
def gw_review(c: Ctx) -> None:
    p = c.p(True)
    c.add(
        "★☆☆☆☆ Driver ",
        c.N(p, "ginit"),
        f" was rude and took the long way via the motorway. Trip {c.ref()}, {c.money()}. ",
        f"{c.org('gig')} please check. Also he had {c.team()} blasting on the radio lol",
    )


# 12 hotel_holiday ---------------------------------------------------------------------------
@tpl("hotel_holiday")
def hh_confirm(c: Ctx) -> None:
    c.add(
        f"Booking ref {c.ref()}\nGuest: ",
        c.N(c.p(), c.ch("full", "comma", "upper")),
        f"\nCheck-in: {c.date()} from {c.time()}\n",
        f"Nights: {c.rng.randint(1, 9)}\nRoom: Deluxe King, non-smoking\nGuarantee: {c.last4()}\nContact: ",
        c.T(),
        "\nProperty: ",
        c.org("hotel"),
    )


@tpl("hotel_holiday")
def hh_review(c: Ctx) -> None:
    c.add(
        "Stayed at ",
        c.org("hotel"),
        f" in {c.city()} for {c.rng.randint(2, 7)} nights. ",
        "Host ",
        c.N(form="given"),
        " was super helpful but the aircon in room ",
        str(c.rng.randint(101, 540)),
        f" didn't work and we were charged {c.money()} for 'minibar' we never touched.",
    )


@tpl("hotel_holiday")
def hh_host(c: Ctx) -> None:
    host = c.p()
    c.add(
        c.hi(),
        " ",
        c.N(form="given"),
        f"! Key box code is {c.otp()}. Address: ",
        c.A(),
        ". Wi-Fi password is on the fridge. Call me on ",
        c.T(),
        " if you get stuck. – ",
        c.N(host, "given"),
    )


@tpl("hotel_holiday")
def hh_charged(c: Ctx) -> None:
    p = c.p()
    c.add(
        c.hi(),
        ",\nYou charged my card ",
        c.CC(),
        f" twice for reservation {c.ref()} ({c.money()} each). ",
        "Please reverse one charge. ",
        c.callme(),
        "\n",
        c.bye(),
        "\n",
        c.N(p, "full"),
    )


# 13 recruiting_hr ---------------------------------------------------------------------------
@tpl("recruiting_hr")
def hr_cv(c: Ctx) -> None:
    p = c.p(True)
    c.add(
        c.N(p, c.ch("upper", "full")),
        "\n",
        c.A(),
        " · ",
        c.T(),
        " · ",
        c.E(p),
        "\nlinkedin.com/in/",
        c.H(p),
        f"\n\nEXPERIENCE\n{c.job()} — ",
        c.org("employer"),
        f" ({c.rng.randint(2012, 2019)}–present)\n",
        f"{c.job()} — {c.rng.choice(ORGS['tech'])} ({c.rng.randint(2005, 2011)}–{c.rng.randint(2012, 2019)})",
    )


@tpl("recruiting_hr")
def hr_reference(c: Ctx) -> None:
    cand, me = c.p(), c.p(True)
    c.add(
        "To whom it may concern,\n\n",
        c.N(cand, "full"),
        f" worked under me as {c.job()} from {c.rng.randint(2015, 2021)}. ",
        "I would hire ",
        c.N(cand, c.ch("given", "sur")),
        " again without hesitation.\n\n",
        c.N(me, "full"),
        "\n",
        c.job(),
        ", ",
        c.org("employer"),
        "\n",
        c.T(fixed=True, ext=c.pr(0.5)),
    )


@tpl("recruiting_hr", "us")
def hr_payroll(c: Ctx) -> None:
    c.add(
        f"Payroll ticket {c.ticket()}: employee ",
        c.N(c.p(), c.ch("full", "comma")),
        ", SSN ",
        c.SSN(),
        f", was paid {c.money()} instead of {c.money()} for period ending {c.date()}. Tax code applied to the wrong record. ",
        "Contact payroll officer ",
        c.N(form="full"),
        ".",
    )


@tpl("recruiting_hr")
def hr_interview(c: Ctx) -> None:
    cand, rec = c.p(), c.p(True)
    c.add(
        c.hi(),
        " ",
        c.N(cand, "given"),
        ",\n\nThanks for applying to ",
        c.org("employer"),
        f". Could you do a 30-min video call on {c.date()} ",
        f"at {c.time()}? You'll meet ",
        c.N(rec, "full"),
        f" ({c.job()}).\n\nBest,\n",
        c.N(c.p(True), "given"),
        "\nTalent team",
    )


# 14 court_legal -----------------------------------------------------------------------------
@tpl("court_legal")
def cl_claim(c: Ctx) -> None:
    c.add(
        f"IN THE COUNTY COURT AT {c.city().upper()}\nClaim No. {c.ch('K', 'L', 'M')}{c.digits(2)}{c.ch('QZ', 'YX', 'MA')}{c.digits(3)}\n\nBETWEEN\n",
        c.N(c.p(), "upper"),
        "\nClaimant\n-and-\n",
        c.org("shop"),
        " LTD\nDefendant\n\nThe Claimant resides at ",
        c.A(),
        ".",
    )


@tpl("court_legal")
def cl_eviction(c: Ctx) -> None:
    c.add(
        "NOTICE TO ",
        c.N(c.p(), c.ch("upper", "full")),
        ", of ",
        c.A(),
        f": a hearing on the possession claim is set for {c.date()} ",
        f"at {c.time()}, Courtroom {c.rng.randint(1, 12)}{c.ch('A', 'B', '')}. Failure to attend may result in an order against you.",
    )


@tpl("court_legal")
def cl_solicitor(c: Ctx) -> None:
    cl, me = c.p(), c.p(True)
    c.add(
        f"Our ref: {c.ref()}/{c.digits(3)}\nYour ref: {c.ticket()}\n\nDear Sirs,\n\nWe act for ",
        c.titled(cl),
        " of ",
        c.A(),
        f", in relation to the incident on {c.date()}. Please direct all correspondence to the writer.\n\nYours faithfully,\n",
        c.N(me, "full"),
        f"\n{c.rng.choice(ORGS['law'])}\n",
        c.E(me, c.work_dom("law")),
    )


@tpl("court_legal")
def cl_list(c: Ctx) -> None:
    rows = []
    for _ in range(c.rng.randint(3, 5)):
        rows += [
            f"{c.ts()}  {c.ch('HQ', 'CR', 'FD')}{c.digits(2)}/{c.digits(4)}  ",
            c.N(c.p(), c.ch("upper", "comma")),
            f" v {c.ch(*ORGS['shop'], *ORGS['insurer'], 'The Crown')}  {c.ch('Hearing', 'Mention', 'Trial')}\n",
        ]
    c.add("DAILY CAUSE LIST — Court 3\n", rows, f"Listing office: {c.role_mail()}")


# 15 insurance_claim -------------------------------------------------------------------------
@tpl("insurance_claim", "us")
def ic_auto(c: Ctx) -> None:
    state, dl = c.DL()
    c.add(
        f"Claim {c.ticket()}\nInsured: ",
        c.N(c.p(), c.ch("full", "comma")),
        f"\nPolicy: {c.policy()}\n",
        "Driver's license: ",
        dl,
        f" ({state})\nLoss location: ",
        c.A(),
        f"\nDate of loss: {c.date()}\nCarrier: ",
        c.org("insurer"),
    )


@tpl("insurance_claim")
def ic_home(c: Ctx) -> None:
    p = c.p()
    c.add(
        c.hi(),
        ",\nWater came through the ceiling at ",
        c.A(),
        f" after {c.storm()}. Policy {c.policy()}. ",
        "Photos attached. The adjuster can reach me on ",
        c.T(),
        " after 5pm.\n",
        c.bye(),
        ",\n",
        c.N(p, "full"),
    )


@tpl("insurance_claim")
def ic_notes(c: Ctx) -> None:
    adj, p = c.p(True), c.p()
    c.add(
        f"{c.date()} {c.ts()} [adjuster ",
        c.N(adj, "init"),
        "] Spoke to insured ",
        c.N(p, c.ch("sur", "full")),
        f". Estimate {c.money()}, deductible {c.money()}. Insured disputes {c.pct()} depreciation on {c.product()}. ",
        "Callback requested on ",
        c.T(),
        ".",
    )


@tpl("insurance_claim")
def ic_travel(c: Ctx) -> None:
    p = c.p()
    c.add(
        "TRAVEL CLAIM FORM\nPolicyholder: ",
        c.N(p),
        f"\nPolicy no.: {c.policy()}\nFlight: {c.flight()} on {c.date()}\n",
        f"Reason: {c.ch('Cancellation', 'Delay over 12h', 'Lost baggage')}\nAmount claimed: {c.money()}\n",
        "Pay to IBAN: ",
        c.I(),
        "\nEmail: ",
        c.E(p),
    )


# 16 charity_donation ------------------------------------------------------------------------
@tpl("charity_donation")
def cd_receipt(c: Ctx) -> None:
    c.add(
        "Thank you, ",
        c.N(form="given"),
        f"! Your gift of {c.money()} to ",
        c.org("charity"),
        f" will fund {c.rng.randint(2, 40)} clean-water kits. Donor ID {c.digits(7)}. Receipt sent to ",
        c.A(),
        ".",
    )


@tpl("charity_donation")
def cd_form(c: Ctx) -> None:
    p = c.p(True)
    c.add(
        f"Donation amount: {c.money()} (monthly)\nCard number: ",
        c.CC(),
        f"\nExpiry: {c.rng.randint(1, 12):02d}/{c.rng.randint(25, 30)}\nName on card: ",
        c.N(p, "upper"),
        "\nEmail: ",
        c.E(p),
        f"\nGift Aid: {c.ch('yes', 'no')}",
    )


@tpl("charity_donation")
def cd_roster(c: Ctx) -> None:
    names = []
    for i in range(c.rng.randint(3, 5)):
        names += [", " if i else "", c.N(form=c.ch("full", "given", "ginit"))]
    lead = c.p()
    c.add(
        f"Food bank rota — {c.ch('Sat', 'Sun', 'Wed')} {c.date()}\n",
        names,
        "\nLead: ",
        c.N(lead, "full"),
        " (",
        c.T(),
        ")\n",
        "Bring hi-vis. Parking at the back of ",
        c.org("charity"),
        " hall.",
    )


@tpl("charity_donation")
def cd_giftaid(c: Ctx) -> None:
    p = c.p()
    c.add(
        "GIFT AID DECLARATION\nI, ",
        c.N(p, "full"),
        ", of ",
        c.A(),
        ", want to Gift Aid my donation of ",
        c.money(),
        " to ",
        c.org("charity"),
        f".\nSigned {c.date()}",
    )


# 17 sports_tickets --------------------------------------------------------------------------
@tpl("sports_tickets")
def tk_transfer(c: Ctx) -> None:
    p = c.p()
    c.add(
        f"{c.team()} v {c.team()} — Section {c.rng.randint(100, 530)}, Row {c.ch('F', 'K', 'AA')}, Seat {c.rng.randint(1, 40)}.\n",
        "Transferred to ",
        c.N(p, "full"),
        " (",
        c.E(p),
        f") on {c.date()}. Order {c.order()} via ",
        c.org("shop"),
        ".",
    )


@tpl("sports_tickets")
def tk_members(c: Ctx) -> None:
    rows = []
    for _ in range(c.rng.randint(2, 4)):
        rows += [
            f"{c.digits(5)}, ",
            c.N(c.p(), c.ch("comma", "full")),
            ", ",
            c.T(),
            f", {c.ch('Adult', 'Junior', 'Senior')}, paid\n",
        ]
    c.add(
        f"{c.org('club')} membership renewals {c.rng.randint(2024, 2025)}\nid, name, phone, type, status\n",
        rows,
    )


@tpl("sports_tickets")
def tk_resale(c: Ctx) -> None:
    c.add(
        "bought 2 tix for ",
        c.team(),
        f" at the {c.city()} final from a guy on here (@",
        c.H(),
        f") for {c.money()}. tickets were fake. he had {c.pub()} as his profile pic lol. his number was ",
        c.T(),
        " if anyone else got done",
    )


@tpl("sports_tickets")
def tk_junior(c: Ctx) -> None:
    a, b = c.p(), c.p()
    c.add(
        f"[{c.ts()}] ",
        c.N(a, "full"),
        f": U12s training moved to {c.time()} Saturday, pitch 3\n",
        f"[{c.ts()}] ",
        c.N(b, "full"),
        ": ",
        c.N(c.p(), "given"),
        " can't make it, sick\n",
        f"[{c.ts()}] ",
        c.N(a, "full"),
        f": no worries. subs are {c.money()}, pay before the {c.team()} match",
    )


# 18 marketplace -----------------------------------------------------------------------------
@tpl("marketplace")
def mk_dispute(c: Ctx) -> None:
    c.add(
        "Buyer @",
        c.H(),
        " reports item not received. Seller @",
        c.H(),
        f". Order {c.order()} ({c.product()}, {c.money()}). ",
        "Shipped to ",
        c.A(),
        f". Tracking {c.track()} shows delivered. Platform: ",
        c.org("market"),
    )


@tpl("marketplace")
def mk_thread(c: Ctx) -> None:
    b, s = c.p(), c.p()
    c.add(
        c.N(b, "given"),
        f": is the {c.product()} still available?\n",
        c.N(s, "given"),
        f": yes {c.money()} firm. pickup only\n",
        c.N(b, "given"),
        ": ok what's the address\n",
        c.N(s, "given"),
        ": ",
        c.A(),
        ", ring ",
        c.T(),
    )


@tpl("marketplace")
def mk_review(c: Ctx) -> None:
    c.add(
        f"Seller rating {c.rng.randint(1, 2)}/5 — ",
        c.N(form=c.ch("ginit", "given")),
        f" sent a {c.product()} with a cracked screen and then blocked me. ",
        c.org("market"),
        f" says I have to wait {c.rng.randint(5, 14)} days. avoid!!",
    )


@tpl("marketplace")
def mk_resolution(c: Ctx) -> None:
    p = c.p()
    c.add(
        c.hi(),
        " ",
        c.N(p, "given"),
        f",\n\nWe've resolved dispute {c.ticket()} in your favour. A refund of {c.money()} ",
        "will be sent to ",
        c.I(),
        f" within {c.rng.randint(3, 10)} business days.\n\n",
        c.org("market"),
        " Resolution Centre\n",
        c.role_mail(),
    )


# 19 gov_benefits ----------------------------------------------------------------------------
@tpl("gov_benefits", "us")
def gb_application(c: Ctx) -> None:
    p = c.p()
    c.add(
        "BENEFITS APPLICATION — SNAP\nApplicant: ",
        c.N(p, c.ch("full", "comma", "upper")),
        "\nSSN: ",
        c.SSN(),
        "\nAddress: ",
        c.A(),
        "\nPhone: ",
        c.T(),
        f"\nHousehold size: {c.rng.randint(1, 6)}\nMonthly income: {c.money()}",
    )


@tpl("gov_benefits")
def gb_pension(c: Ctx) -> None:
    p = c.p()
    c.add(
        c.hi(),
        " ",
        c.titled(p),
        ",\n",
        f"Your pension statement for {c.rng.randint(2023, 2025)} is enclosed. ",
        f"Reference {c.ref()}{c.digits(4)}. Payments of {c.money()} will continue to ",
        c.I(),
        ".\n",
        c.bye(),
        ",\nPension Service",
    )


@tpl("gov_benefits")
def gb_tweet(c: Ctx) -> None:
    c.add(
        f"been trying to reach the benefits office in {c.city()} for {c.rng.randint(2, 8)} weeks. my claim {c.ticket()} ",
        "still 'processing'. my mum ",
        c.N(form="given"),
        " is literally choosing between food and heating. ",
        c.ch("@", "cc @"),
        c.H(),
        c.ch(" any advice?", " you said you'd help?", ""),
    )


@tpl("gov_benefits", "us")
def gb_casework(c: Ctx) -> None:
    state, dl = c.DL()
    cw, cl = c.p(), c.p()
    c.add(
        f"{c.date()} — Caseworker ",
        c.N(cw, "init"),
        ": met client ",
        c.N(cl, "full"),
        f". ID verified with {state} driver's license ",
        dl,
        f"; SSN on file ends {c.digits(4)}. ",
        "New mailing address: ",
        c.A(),
        ".",
    )


# 20 airline_luggage -------------------------------------------------------------------------
@tpl("airline_luggage")
def al_pir(c: Ctx) -> None:
    p = c.p(True)
    c.add(
        f"PROPERTY IRREGULARITY REPORT\nFile ref: {c.ch('LHR', 'JFK', 'DXB', 'SYD', 'FRA', 'GRU')}{c.ch('TS', 'BA', 'LH')}{c.digits(5)}\n",
        "Passenger: ",
        ("PERSON", f"{slug(p.sur).upper()}/{slug(p.given).upper()}"),
        f" {c.ch('MR', 'MS', 'MRS')}\n",
        f"Flight: {c.flight()} {c.date()}\nBag tag: {c.digits(10)}\nDelivery address: ",
        c.A(),
        "\nContact: ",
        c.T(),
        "\nCarrier: ",
        c.org("airline"),
    )


@tpl("airline_luggage")
def al_tweet(c: Ctx) -> None:
    c.add(
        c.org("airline"),
        f" lost my bag on {c.flight()} from {c.city()} {c.rng.randint(3, 12)} days ago. file ref ",
        f"{c.ref()}. nobody answers the phone. it has my daughter ",
        c.N(form="given"),
        f"'s {c.ch('insulin', 'school uniform', 'wedding dress')} in it. ",
        c.waiting(),
    )


@tpl("airline_luggage")
def al_email(c: Ctx) -> None:
    p = c.p()
    c.add(
        c.hi(),
        ",\nMy suitcase (tag ",
        c.digits(10),
        f") did not arrive on {c.flight()}. Please deliver it to ",
        c.A(),
        ". ",
        f"I have spent {c.money()} on essentials so far.\n",
        c.bye(),
        ",\n",
        c.N(p, "full"),
        "\n",
        c.T(),
        "\nBooking ",
        c.ref(),
    )


@tpl("airline_luggage")
def al_courier(c: Ctx) -> None:
    c.add(f"Delayed bag delivery run {c.date()}\n")
    for _ in range(c.rng.randint(2, 3)):
        c.add(
            f"- {c.ref()} | ",
            c.N(c.p(True), c.ch("upper", "comma")),
            " | ",
            c.A(),
            " | ",
            c.T(),
            f" | ETA {c.time()}\n",
        )
    c.add("Partner: ", c.org("airline"), " baggage services")


# 21 bank_fraud ------------------------------------------------------------------------------
@tpl("bank_fraud")
def bf_form(c: Ctx) -> None:
    p = c.p()
    c.add(
        "FRAUD REPORT\nName: ",
        c.N(p, "full"),
        "\nCard number: ",
        c.CC(),
        "\nPhone: ",
        c.T(),
        f"\nDisputed transactions: {c.rng.randint(1, 6)} totalling {c.money()}\nFirst noticed: {c.date()} {c.time()}\nBank: ",
        c.org("bank"),
    )


@tpl("bank_fraud")
def bf_chat(c: Ctx) -> None:
    c.add(
        f"[{c.ts()}] customer: someone took {c.money()} from my account ",
        c.I(),
        " last night!!\n",
        f"[{c.ts()}] ",
        c.org("bank"),
        " (",
        c.N(c.p(True), "given"),
        f"): I'm sorry. I've frozen the account. Case {c.ticket()}.\n",
        f"[{c.ts()}] customer: {c.thx()}",
    )


@tpl("bank_fraud")
def bf_alert(c: Ctx) -> None:
    c.add(
        f"ALERT fraud-engine score={c.rng.randint(70, 99)} rule=IMPOSSIBLE_TRAVEL customer=",
        c.N(c.p(True), c.ch("full", "lower")),
        " login_ip=",
        c.IP(),
        " prev_ip=",
        c.IP(),
        f" device={c.ch('iPhone15,3', 'SM-S918B', 'Pixel 8')} ",
        f"app={c.ver()} action=step_up_otp",
    )


@tpl("bank_fraud")
def bf_tweet(c: Ctx) -> None:
    c.add(
        c.org_handle("bank"),
        " got a text claiming to be you from ",
        c.T(),
        f" saying my {c.last4()} was suspended. ",
        "Is this a scam? My dad ",
        c.N(form="given"),
        c.ch(" nearly clicked it.", " already replied."),
        " ",
        c.ch("#scamalert", "#fraud", ""),
    )


# 22 app_review ------------------------------------------------------------------------------
@tpl("app_review")
def ar_crash(c: Ctx) -> None:
    c.add(
        f"{'★' * c.rng.randint(1, 2)}{'☆' * 3} ",
        c.H(),
        f" — {c.date()}\nApp keeps crashing since {c.ver()} on my {c.product()}. ",
        "Can't even see my balance. ",
        c.org("bank"),
        " fix this!!",
    )


@tpl("app_review")
def ar_devreply(c: Ctx) -> None:
    p, dev = c.p(), c.p(True)
    c.add(
        f"{'★' * c.rng.randint(1, 3)} Terrible update, lost all my saved addresses\n\nDeveloper response\n",
        c.hi(),
        " ",
        c.N(p, "given"),
        ", ",
        c.sorry().lower(),
        " about this. Please email us at ",
        c.role_mail(),
        f" with your app version ({c.ver()}) and we'll restore them. – ",
        c.N(dev, "given"),
        ", ",
        c.org("shop"),
        " team",
    )


@tpl("app_review")
def ar_phone(c: Ctx) -> None:
    c.add(
        f"1 star. {c.org('gig')} driver app blocked my account without reason after {c.rng.randint(2, 5)} years. ",
        "I have called support 9 times. If anyone from the company reads this my number is ",
        c.T(),
        ". ",
        c.N(form=c.ch("full", "given")),
    )


@tpl("app_review")
def ar_native(c: Ctx) -> None:
    c.add(
        f"{'★' * c.rng.randint(1, 5)} ",
        c.H(),
        "\n",
        c.hi(),
        "! ",
        c.waiting(),
        f" ({c.ver()}, {c.product()})\n",
        c.callme(),
        " ",
        c.T(),
    )


# 23 chat_export -----------------------------------------------------------------------------
@tpl("chat_export")
def ce_slack(c: Ctx) -> None:
    ps = [c.p(True) for _ in range(3)]
    hs = [c.H(p) for p in ps]
    c.add(f"#{c.ch('ops-uk', 'cust-escalations', 'store-managers', 'incident-war-room')}\n")
    for _ in range(c.rng.randint(3, 5)):
        i = c.rng.randrange(3)
        c.add(
            f"[{c.ts()}] ",
            hs[i],
            ": ",
            c.ch(
                f"refund for {c.order()} done",
                "anyone seen the ",
                f"store {c.digits(3)} is down again",
                "on it",
                f"customer called again from {c.city()}",
            ),
        )
        if c.pr(0.4):
            c.add(" cc @", hs[(i + 1) % 3])
        c.add("\n")


@tpl("chat_export")
def ce_teams(c: Ctx) -> None:
    c.add("Timestamp,Sender,Message\n")
    for _ in range(c.rng.randint(2, 4)):
        p = c.p(True)
        c.add(
            f"{c.date()} {c.ts()},",
            c.N(p, c.ch("full", "comma")) if c.pr(0.7) else c.E(p, c.work_dom("employer")),
            f',"{c.ch("Can you approve the PO?", "Customer " + c.ticket() + " escalated", "Joining in 5", "Shared the deck")}"\n',
        )


@tpl("chat_export")
def ce_mentions(c: Ctx) -> None:
    a, b = c.p(True), c.p()
    c.add(
        f"[{c.ts()}] ",
        c.H(a),
        ": @",
        c.H(b),
        " the customer ",
        c.N(c.p(), "full"),
        " is on the phone again, ",
        "says ",
        c.org("shop"),
        f" promised a refund by {c.date()}\n[{c.ts()}] ",
        c.H(b),
        ": ugh. number? \n",
        f"[{c.ts()}] ",
        c.H(a),
        ": ",
        c.T(),
    )


@tpl("chat_export")
def ce_joins(c: Ctx) -> None:
    c.add(f"— {c.date()} —\n")
    for _ in range(c.rng.randint(2, 4)):
        c.add(
            c.N(c.p(True), c.ch("full", "full", "lower")),
            c.ch(" joined the channel\n", " was added by ", " left the channel\n"),
        )
        if c.parts[-1].endswith("by "):
            c.add(c.N(c.p(True), "full"), "\n")
    c.add(f"{c.rng.choice(BOTS)}: Welcome! Read the pinned guide before posting.")


# 24 postmortem ------------------------------------------------------------------------------
@tpl("postmortem")
def pm_full(c: Ctx) -> None:
    a, b = c.p(True), c.p(True)
    c.add(
        f"Incident {c.ticket()} post-mortem ({c.ch('SEV1', 'SEV2', 'P1')})\nOn-call: ",
        c.N(a, "full"),
        " (primary), ",
        c.N(b, "full"),
        " (secondary)\nTimeline (UTC):\n",
        f"  {c.ts()} alert fired: checkout error rate {c.pct()}\n",
        f"  {c.ts()} ",
        c.N(a, "given"),
        f" acked, rolled back {c.ver()}\n",
        f"  {c.ts()} ",
        c.N(b, "given"),
        " confirmed recovery\nImpact: ",
        c.org("shop"),
        f" web checkout degraded for {c.rng.randint(12, 180)} min.",
    )


@tpl("postmortem")
def pm_pager(c: Ctx) -> None:
    for _ in range(c.rng.randint(3, 4)):
        c.add(
            f"{c.isodate()}T{c.ts()}:{c.rng.randint(10, 59)}Z pagerduty incident={c.digits(6)} ",
            c.ch("triggered", "acknowledged", "escalated", "resolved"),
            " by ",
            c.E(c.p(True), c.work_dom("tech")),
            "\n",
        )


@tpl("postmortem")
def pm_actions(c: Ctx) -> None:
    c.add("## Action items\n")
    for _ in range(c.rng.randint(3, 4)):
        c.add(
            f"- [ ] {c.ch('Add alert on queue depth', 'Fix retry storm in payments', 'Runbook for DNS failover', 'Raise DB pool limit')} — @",
            c.H(c.p(True)),
            f" (due {c.date()})\n",
        )
    c.add(f"Related: {c.ticket()}, {c.org('tech')} status page")


@tpl("postmortem")
def pm_ips(c: Ctx) -> None:
    c.add(
        f"Customer impact: {c.rng.randint(40, 9000)} sessions dropped. Top offending clients during the spike:\n"
    )
    for _ in range(c.rng.randint(2, 4)):
        c.add("  ", c.IP(), f"  {c.rng.randint(1000, 90000)} req/min\n")
    c.add(
        "Blocked by ",
        c.N(c.p(True), "full"),
        f" at {c.ts()} UTC. No data loss confirmed by ",
        c.N(c.p(True), "given"),
        ".",
    )


# 25 shipping_manifest -----------------------------------------------------------------------
@tpl("shipping_manifest")
def sm_rows(c: Ctx) -> None:
    c.add(
        f"MANIFEST {c.ref()} | Vessel/Flight {c.flight()} | {c.date()}\nHAWB | Consignee | Address | Tel | Pcs | Kg\n"
    )
    for _ in range(c.rng.randint(2, 4)):
        c.add(
            f"{c.digits(11)} | ",
            c.N(c.p(), c.ch("upper", "full")),
            " | ",
            c.A(),
            " | ",
            c.T(),
            f" | {c.rng.randint(1, 9)} | {c.rng.randint(1, 60)}.{c.digits(1)}\n",
        )


@tpl("shipping_manifest")
def sm_bol(c: Ctx) -> None:
    c.add(
        f"BILL OF LADING No. {c.ch('MAEU', 'CMDU', 'HLCU')}{c.digits(9)}\nShipper: ",
        c.org("employer"),
        f", {c.city()}\n",
        "Consignee: ",
        c.N(c.p(), "upper"),
        "\n",
        c.A(),
        "\nNotify party: ",
        c.N(c.p(), "full"),
        " ",
        c.T(),
        f"\nPort of discharge: {c.ch('Rotterdam', 'Jebel Ali', 'Santos', 'Mombasa', 'Busan')}\nContainer: {c.ch('TGHU', 'MSKU')}{c.digits(7)}",
    )


@tpl("shipping_manifest")
def sm_slip(c: Ctx) -> None:
    p = c.p()
    c.add(
        "PACKING SLIP — ",
        c.org("shop"),
        f"\nOrder {c.order()}  {c.date()}\nShip to:\n",
        c.N(p, "full"),
        "\n",
        c.A(),
        f"\n\nQty  Item\n1    {c.product()}\n{c.rng.randint(1, 4)}    USB-C cable 2m\nQuestions? {c.role_mail()}",
    )


@tpl("shipping_manifest")
def sm_returns(c: Ctx) -> None:
    c.add(f"RETURNS BATCH {c.digits(5)} ({c.store()})\n")
    for _ in range(c.rng.randint(2, 4)):
        c.add(
            f"RMA{c.digits(6)}; ",
            c.N(c.p(), c.ch("comma", "full")),
            "; ",
            c.E(),
            f"; {c.product()}; {c.money()}\n",
        )


# 26 spreadsheet_rows ------------------------------------------------------------------------
@tpl("spreadsheet_rows")
def ss_customers(c: Ctx) -> None:
    c.add("customer_id,first_name,last_name,email,phone,city\n")
    for _ in range(c.rng.randint(2, 4)):
        p = c.p(True)
        c.add(
            f"{c.digits(6)},", c.N(p, "given"), ",", c.N(p, "sur"), ",", c.E(p), ",", c.T(), f",{c.city()}\n"
        )


@tpl("spreadsheet_rows", "us")
def ss_payroll(c: Ctx) -> None:
    c.add("emp_no\tname\tssn\tstate\tgross\n")
    for _ in range(c.rng.randint(2, 4)):
        c.add(
            f"E{c.digits(5)}\t",
            c.N(c.p(), c.ch("comma", "upper", "full")),
            "\t",
            c.SSN(),
            f"\t{c.ch('TX', 'CA', 'NY', 'OH', 'FL')}\t{c.money()}\n",
        )


@tpl("spreadsheet_rows")
def ss_tsv(c: Ctx) -> None:
    c.add("Name\tRole\tMobile\tAddress\n")
    for _ in range(c.rng.randint(2, 3)):
        c.add(c.N(c.p(), c.ch("full", "lower")), f"\t{c.job()}\t", c.T(), "\t", c.A(), "\n")


@tpl("spreadsheet_rows")
def ss_markdown(c: Ctx) -> None:
    c.add("| Date | Donor | IBAN | Amount |\n|---|---|---|---|\n")
    for _ in range(c.rng.randint(2, 3)):
        c.add(f"| {c.date()} | ", c.N(c.p(), c.ch("full", "init")), " | ", c.I(), f" | {c.money()} |\n")


# 27 webform_kv ------------------------------------------------------------------------------
@tpl("webform_kv")
def wf_contact(c: Ctx) -> None:
    p = c.p()
    c.add(
        "name: ",
        c.N(p, c.ch("full", "lower")),
        "\nemail: ",
        c.E(p),
        "\nphone: ",
        c.T(),
        f"\ntopic: {c.ch('Billing', 'Delivery', 'Complaint', 'Other')}\nmessage: {c.waiting()} order {c.order()}\n",
        f"submitted: {c.date()} {c.ts()}\nsource: ",
        c.org("shop"),
        " contact form",
    )


@tpl("webform_kv", "us")
def wf_kyc(c: Ctx) -> None:
    state, dl = c.DL()
    p = c.p()
    c.add(
        "Full legal name: ",
        c.N(p, "full"),
        f"\nDate of birth: {c.date()}\nID type: Driver License\nIssuing state: {state}\n",
        "ID number: ",
        dl,
        "\nResidential address: ",
        c.A(),
        "\nEmail: ",
        c.E(p),
        "\nIP: ",
        c.IP(),
        "\nProduct: ",
        c.org("bank"),
    )


@tpl("webform_kv")
def wf_complaint(c: Ctx) -> None:
    p = c.p()
    c.add(
        f"Form: Complaint\nReference: {c.ticket()}\nYour name = ",
        c.N(p),
        "\nYour address = ",
        c.A(),
        "\nBest number = ",
        c.T(),
        f"\nWhat happened = {c.callme()} {c.waiting()}\nConsent = true",
    )


@tpl("webform_kv")
def wf_job(c: Ctx) -> None:
    p = c.p(True)
    c.add(
        f"Position: {c.job()}\nFirst name: ",
        c.N(p, "given"),
        "\nLast name: ",
        c.N(p, "sur"),
        "\nEmail: ",
        c.E(p),
        "\nMobile: ",
        c.T(),
        "\nLinkedIn: linkedin.com/in/",
        c.H(p),
        f"\nNotice period: {c.rng.randint(1, 3)} months\n",
        "Referred by: ",
        c.N(c.p(True), "full"),
    )


# 28 webhook_json ----------------------------------------------------------------------------
@tpl("webhook_json")
def wj_order(c: Ctx) -> None:
    p = c.p()
    c.add(
        '{"event": "order.created", "id": "',
        c.order(),
        '", "customer": {"name": "',
        c.N(p, "full"),
        '", "email": "',
        c.E(p),
        '", "phone": "',
        c.T(),
        '"}, "shipping_address": "',
        c.A(),
        f'", "total": "{c.money()}", "store": "{c.store()}"}}',
    )


@tpl("webhook_json")
def wj_payment(c: Ctx) -> None:
    p = c.p(True)
    c.add(
        '{\n  "type": "payment.failed",\n  "created": ',
        str(c.rng.randint(1700000000, 1760000000)),
        ',\n  "data": {\n    "card_last4": "',
        c.digits(4),
        '",\n    "cardholder": "',
        c.N(p, "upper"),
        '",\n    "billing_address": "',
        c.A(),
        f'",\n    "amount": {c.rng.randint(100, 99999)},\n    "reason": "insufficient_funds"\n  }}\n}}',
    )


@tpl("webhook_json")
def wj_signup(c: Ctx) -> None:
    p = c.p(True)
    c.add(
        '{"event":"user.signup","user":{"username":"',
        c.H(p),
        '","email":"',
        c.E(p),
        '","ip":"',
        c.IP(),
        f'","plan":"{c.ch("free", "pro", "team")}","app_version":"{c.ver()}"}}}}',
    )


@tpl("webhook_json")
def wj_crm(c: Ctx) -> None:
    p = c.p()
    c.add(
        '{"object":"contact","action":"updated","changes":{"full_name":"',
        c.N(p, "full"),
        '","iban":"',
        c.I(),
        '","mobile":"',
        c.T(),
        f'"}},"updated_by":"sync-bot","ts":"{c.date()}"}}',
    )


# 29 server_logs -----------------------------------------------------------------------------
@tpl("server_logs")
def sl_ssh(c: Ctx) -> None:
    host = f"{c.ch('web', 'api', 'bastion')}-{c.rng.randint(1, 9):02d}"
    for _ in range(c.rng.randint(2, 4)):
        c.add(
            f"{MONTHS[c.rng.randint(0, 11)][:3]} {c.rng.randint(1, 28):2d} {c.ts()}:{c.rng.randint(10, 59)} {host} sshd[{c.digits(4)}]: ",
            c.ch("Failed password for ", "Accepted publickey for "),
            ("PERSON", slug(c.p(True).given)[:1] + slug(c.p(True).sur)),
            " from ",
            c.IP(),
            f" port {c.rng.randint(30000, 65000)} ssh2\n",
        )


@tpl("server_logs")
def sl_nginx(c: Ctx) -> None:
    for _ in range(c.rng.randint(2, 3)):
        c.add(
            c.IP(),
            f' - - [{c.rng.randint(1, 28):02d}/Mar/2025:{c.ts()}:{c.rng.randint(10, 59)} +0000] "GET /api/v2/users?email=',
            c.E(),
            f' HTTP/1.1" {c.ch("200", "404", "500")} {c.rng.randint(200, 9000)} "-" "Mozilla/5.0"\n',
        )


@tpl("server_logs")
def sl_json(c: Ctx) -> None:
    p = c.p(True)
    c.add(
        f'{{"level":"{c.ch("warn", "error", "info")}","ts":"{c.isodate()}T{c.ts()}Z","msg":"password reset requested","user":"',
        c.E(p),
        '","ip":"',
        c.IP(),
        f'","trace_id":"{c.ref().lower()}{c.digits(8)}"}}\n',
    )
    c.add(
        '{"level":"info","msg":"sms sent","to":"',
        c.T(),
        '","template":"otp","code_len":6,"provider":"twilio"}',
    )


@tpl("server_logs")
def sl_audit(c: Ctx) -> None:
    for _ in range(c.rng.randint(2, 3)):
        p = c.p(True)
        c.add(
            f"{c.date()} {c.ts()} AUDIT action={c.ch('EXPORT_CUSTOMERS', 'LOGIN', 'ROLE_CHANGE', 'DELETE_RECORD')} actor=",
            c.E(p, c.work_dom("tech")),
            ' name="',
            c.N(p, "full"),
            '" src=',
            c.IP(),
            f" result={c.ch('ok', 'denied')}\n",
        )


# 30 forum_post ------------------------------------------------------------------------------
@tpl("forum_post")
def fp_warn(c: Ctx) -> None:
    c.add(
        f"Re: Dodgy builder in {c.city()}?\n\nAvoid ",
        c.N(form=c.ch("full", "init")),
        " (trades as ",
        c.org("employer"),
        f"). Took a {c.money()} deposit for our kitchen and vanished. His van is usually parked outside ",
        c.A(),
        ". ",
        "Trading standards ref ",
        c.ticket(),
    )


@tpl("forum_post")
def fp_help(c: Ctx) -> None:
    p = c.p()
    c.add(
        f"[SOLVED] {c.product()} won't charge after {c.ver()} update\n\nposted by ",
        c.H(p),
        f" » {c.date()}\n\n",
        "Tried everything, ",
        c.org("shop"),
        " support said reset. In the end ",
        c.N(c.p(), "given"),
        " from the repair shop fixed it in 10 min. Thanks all!",
    )


@tpl("forum_post")
def fp_neigh(c: Ctx) -> None:
    c.add(
        "Neighbourhood group: found a ginger cat near ",
        c.A(),
        f" around {c.time()}. Collar says '",
        c.N(form="given"),
        "'. Owner can call me on ",
        c.T(),
        ". ",
        c.thx(),
        "!",
    )


@tpl("forum_post")
def fp_native(c: Ctx) -> None:
    p = c.p()
    c.add(
        c.hi(),
        "! ",
        c.org("telecom"),
        f" — {c.waiting()} {c.callme()}\n",
        c.N(p, "full"),
        ", ",
        c.A(),
        "\n",
        c.ch("Tel: ", "☎ ", "📞 "),
        c.T(),
    )


# 31-34 PII-free genres -------------------------------------------------------------------------
@tpl("status_update")
def su_degraded(c: Ctx) -> None:
    c.add(
        f"[{c.ch('Investigating', 'Identified', 'Monitoring', 'Resolved')}] ",
        c.org("tech"),
        f" API — elevated error rates in {c.ch('EU-West', 'US-East', 'AP-Southeast')} since {c.time()} UTC. ",
        f"About {c.pct()} of requests to the Payments endpoint are failing. Next update in 30 minutes.",
    )


@tpl("status_update")
def su_maint(c: Ctx) -> None:
    c.add(
        "Scheduled maintenance: ",
        c.org("bank"),
        f" mobile banking will be unavailable on {c.date()} from {c.time()} to ",
        f"{c.time()}. Card payments and ATMs in {c.rng.choice(COUNTRIES)} are not affected. Version {c.ver()} follows.",
    )


@tpl("status_update")
def su_resolved(c: Ctx) -> None:
    c.add(
        f"RESOLVED {c.ticket()}: The {c.city()} data centre power issue is fixed. All {c.product()} sync services are back. ",
        "We apologise for the disruption. — ",
        c.org("telecom"),
        " Network Operations",
    )


@tpl("status_update")
def su_outage_map(c: Ctx) -> None:
    regs = ", ".join(
        c.rng.sample([re.split(r"[,/-]", x)[0].strip() for x in c.loc.cities], min(3, len(c.loc.cities)))
    )
    c.add(
        "Service status — ",
        c.org("courier"),
        f"\nDelays expected in: {regs}.\nCause: {c.storm()}.\n",
        f"Parcels booked before {c.date()} may arrive 1–2 days late.",
    )


@tpl("product_news")
def pn_launch(c: Ctx) -> None:
    c.add(
        c.org("tech"),
        f" today announced {c.ch('Atlas', 'Horizon', 'Pulse', 'Beacon')} {c.rng.randint(2, 9)}, ",
        f"a new version of its analytics suite, at its annual summit in {c.ch('Lisbon', 'Austin', 'Singapore', 'Berlin')}. ",
        f"CEO keynote followed remarks by {c.pub()}. Pricing starts at {c.money()} per seat.",
    )


@tpl("product_news")
def pn_recall(c: Ctx) -> None:
    c.add(
        f"RECALL NOTICE: {c.product()} chargers sold by ",
        c.org("shop"),
        f" between {c.date()} and {c.date()} ",
        f"(batch {c.ref()}) may overheat. Return them to any store in {c.rng.choice(COUNTRIES)} for a full refund.",
    )


@tpl("product_news")
def pn_partnership(c: Ctx) -> None:
    c.add(
        c.org("bank"),
        f" partners with {c.rng.choice(ORGS['tech'])} to bring instant payments to {c.rng.choice(COUNTRIES)}. ",
        f"The rollout starts in {MONTHS[c.rng.randint(0, 11)]} and covers {c.pct()} of merchants, according to a press release.",
    )


@tpl("product_news")
def pn_update(c: Ctx) -> None:
    c.add(
        f"What's new in {c.ver()}: dark mode for the {c.product()} companion app, faster sync with ",
        c.org("tech"),
        f" Drive, and support for {c.ch('Arabic', 'Thai', 'Korean', 'Polish')}. Known issue: widgets on Android 14.",
    )


@tpl("weather_traffic")
def wt_storm(c: Ctx) -> None:
    c.add(
        f"{c.storm()} will bring gusts of {c.rng.randint(70, 140)} km/h to {c.city()} and the coast tonight. ",
        f"The Met Office issued an amber warning until {c.time()}. ",
        c.org("airline"),
        " has cancelled flights ",
        f"{c.flight()} and {c.flight()}.",
    )


@tpl("weather_traffic")
def wt_traffic(c: Ctx) -> None:
    c.add(
        f"TRAFFIC: {c.ch('M25', 'A1', 'I-95', 'N7', 'Ring Road')} closed both ways near {c.city()} after a lorry fire. ",
        f"Expect {c.rng.randint(20, 90)} min delays. Diversion via the {c.ch('Westway', 'bypass', 'old coast road')}. ",
        "Live updates from ",
        c.org("city"),
        ".",
    )


@tpl("weather_traffic")
def wt_heat(c: Ctx) -> None:
    c.add(
        f"Heatwave: {c.city()} hit {c.rng.randint(36, 47)}°C on {c.date()}, the hottest day since records began. ",
        f"{c.pub()} urged residents to check on neighbours. ",
        c.org("telecom"),
        " reports record power demand.",
    )


@tpl("weather_traffic")
def wt_flood(c: Ctx) -> None:
    c.add(
        f"Flood alert for the {c.ch('Thames', 'Danube', 'Yarra', 'Paraná', 'Mekong', 'Rhine')} basin: levels {c.pct()} above normal. ",
        f"Schools in {c.city()} closed {c.date()}. ",
        c.org("courier"),
        " suspends deliveries to low-lying areas.",
    )


@tpl("sports_results")
def sr_football(c: Ctx) -> None:
    a, b = c.rng.sample(TEAMS, 2)
    c.add(
        f"FT: {a} {c.rng.randint(0, 4)}–{c.rng.randint(0, 4)} {b}. A late penalty in front of {c.rng.randint(20, 80)},000 fans ",
        f"in {c.city()}. {c.pub()} was in the stands. Match sponsored by ",
        c.org("bank"),
        ".",
    )


@tpl("sports_results")
def sr_table(c: Ctx) -> None:
    teams = c.rng.sample(TEAMS, 4)
    c.add("Standings after matchday ", str(c.rng.randint(3, 34)), ":\n")
    for i, t in enumerate(teams):
        c.add(f"{i + 1}. {t} — {c.rng.randint(20, 80)} pts\n")
    c.add("Data: ", c.org("tech"), " Sports")


@tpl("sports_results")
def sr_cricket(c: Ctx) -> None:
    c.add(
        f"{c.ch('Chennai Super Kings', 'Mumbai Indians', 'Sydney Sixers', 'Lahore Qalandars')} beat ",
        f"{c.ch('Royal Challengers', 'Perth Scorchers', 'Karachi Kings')} by {c.rng.randint(2, 9)} wickets. ",
        f"Strike rate {c.rng.randint(120, 210)}.{c.digits(1)}. Tickets for the final via ",
        c.org("shop"),
        ".",
    )


@tpl("sports_results")
def sr_marathon(c: Ctx) -> None:
    c.add(
        f"{c.city()} Marathon: record {c.rng.randint(2, 3)}:0{c.rng.randint(1, 9)}:{c.rng.randint(10, 59)} finish, ",
        f"{c.rng.randint(8, 45)},000 runners, {c.pct()} finish rate. {c.storm()} forced an earlier start. ",
        "Official timing partner: ",
        c.org("tech"),
        ".",
    )


TEMPLATES: list[tuple[int, Callable[[Ctx], None], str | None]] = []
for _g in range(len(GENRES)):
    assert len(_REG[_g]) == 4, (GENRES[_g], len(_REG[_g]))
    TEMPLATES += [(_g, fn, lc) for fn, lc in _REG[_g]]
PII_FREE_GENRES = {31, 32, 33, 34}


# ---------------------------------------------------------------------------------------------
# Generation, validation, CLI
# ---------------------------------------------------------------------------------------------


def generate(n: int = 1500, seed: int = 0) -> list[dict]:
    """Return ``n`` labelled rows, fully determined by ``seed``."""
    rng = random.Random(seed)
    rows: list[dict] = []
    queue: list[int] = []
    for _ in range(n):
        if not queue:
            queue = list(range(len(TEMPLATES)))
            rng.shuffle(queue)
        tid = queue.pop()
        genre, fn, forced = TEMPLATES[tid]
        loc = LOC_BY_CODE[forced] if forced else (US if rng.random() < 0.06 else rng.choice(LOCALES))
        ctx = Ctx(rng, loc, genre)
        fn(ctx)
        rows.append(ctx.row(tid))
    return rows


EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
SSN_RE = re.compile(r"^\d{3}([- ]?)\d{2}\1\d{4}$")


def check_rows(rows: list[dict]) -> tuple[list[str], Counter]:
    hard: list[str] = []
    soft: Counter = Counter()
    for i, r in enumerate(rows):
        where = f"row {i} (tpl {r.get('template_id')})"
        if set(r) != {"text", "spans", "template_id", "locale", "brands"}:
            hard.append(f"{where}: keys {sorted(r)}")
            continue
        text, prev_end = r["text"], -1
        region = LOC_BY_CODE[r["locale"]].region
        for s in r["spans"]:
            lab, st, en, val = s["label"], s["start"], s["end"], s["value"]
            if lab not in LABELS:
                hard.append(f"{where}: label {lab}")
            if text[st:en] != val or val != val.strip() or not val:
                hard.append(f"{where}: span text mismatch {val!r}")
            if st < prev_end:
                hard.append(f"{where}: overlapping/unsorted spans")
            prev_end = en
            if lab == "CREDIT_CARD" and not luhn_ok(re.sub(r"\D", "", val)):
                hard.append(f"{where}: Luhn {val}")
            elif lab == "IBAN_CODE":
                compact = val.replace(" ", "").upper()
                if iban_mod97(compact) != 1 or IBAN_LEN.get(compact[:2]) != len(compact):
                    hard.append(f"{where}: IBAN {val}")
            elif lab == "PHONE_NUMBER":
                try:
                    if not phonenumbers.is_valid_number(phonenumbers.parse(val, region)):
                        soft["phone_invalid"] += 1
                except phonenumbers.NumberParseException:
                    soft["phone_unparsable"] += 1
            elif lab == "US_SSN" and not SSN_RE.match(val):
                hard.append(f"{where}: SSN {val}")
            elif lab == "EMAIL_ADDRESS" and not EMAIL_RE.match(val):
                hard.append(f"{where}: email {val}")
            elif lab == "IP_ADDRESS":
                try:
                    ipaddress.ip_address(val)
                except ValueError:
                    hard.append(f"{where}: ip {val}")
            if lab in ("US_SSN", "US_DRIVER_LICENSE") and r["locale"] != "us":
                hard.append(f"{where}: {lab} outside US")
        for b in r["brands"]:
            if b.upper() not in {x.upper() for x in BRANDS + HANDLE_BRANDS}:
                hard.append(f"{where}: unknown brand {b}")
            idx = [m.start() for m in re.finditer(re.escape(b), text)]
            if not idx:
                hard.append(f"{where}: brand {b} not in text")
            elif all(any(s["start"] <= k < s["end"] for s in r["spans"]) for k in idx):
                hard.append(f"{where}: brand {b} inside span")
        for s in r["spans"]:
            for b in BRANDS:
                if b in s["value"]:
                    hard.append(f"{where}: brand {b} inside span {s['value']!r}")
        if TEMPLATES[r["template_id"]][0] in PII_FREE_GENRES and r["spans"]:
            hard.append(f"{where}: PII in a PII-free genre")
    return hard, soft


def _summary(rows: list[dict]) -> dict:
    labels = Counter(s["label"] for r in rows for s in r["spans"])
    return {
        "rows": len(rows),
        "templates_used": len({r["template_id"] for r in rows}),
        "locales_used": len({r["locale"] for r in rows}),
        "pii_free_pct": round(100 * sum(1 for r in rows if not r["spans"]) / len(rows), 1),
        "brand_pct": round(100 * sum(1 for r in rows if r["brands"]) / len(rows), 1),
        "labels": dict(labels.most_common()),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--check", action="store_true", help="generate several seeds and validate every row")
    args = ap.parse_args(argv)
    if not args.check:
        for row in generate(args.n, args.seed):
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return 0
    rows: list[dict] = []
    for seed in (0, 1, 2, 3):
        rows += generate(750, seed)
    hard, soft = check_rows(rows)
    used = {r["template_id"] for r in rows}
    missing = sorted(set(range(len(TEMPLATES))) - used)
    if missing:
        hard.append(f"templates never used: {missing}")
    a, b = generate(200, 7), generate(200, 7)
    if a != b:
        hard.append("generate() is not deterministic for a fixed seed")
    print(json.dumps({"genres": len(GENRES), "templates": len(TEMPLATES), "locales": len(LOCALES), **_summary(rows)},
                     ensure_ascii=False, indent=1))  # fmt: skip
    print(f"soft failures: {dict(soft)}")
    print(f"hard problems: {len(hard)}")
    for h in hard[:30]:
        print("  ", h)
    return 1 if hard else 0


if __name__ == "__main__":
    raise SystemExit(main())
