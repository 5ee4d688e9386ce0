"""Street addresses in the forms people write them in many countries.

1. A core: a house number with a street word — number first ("221B Baker Street", "12 rue de
   la Paix"), street-type word first ("Calle Mayor 15", "ul. Długa 5/7"), a compound street name
   ("Lindenstraße 12", "Koskikatu 25", "Storgatan 5"), a flat/suite/box ("Apt. 864", "Unit 4719
   Box 7394", "piso 3"), a military address, or whatever follows an address cue ("lives at",
   "Address:") when it holds a number.
2. The core grows backwards over a house number written before it ("30102 Kaevu 94") and
   forwards over the lines that finish an address — flats, cities, state codes, postcodes —
   as far as the last one holding a number, so "Apt 725" or a postcode is never left behind.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ingestion.pii import house_numbers, tables
from ingestion.pii.address_parts import (
    ADDRESSEE_LABELS,
    AFTER_CAPITALISED_NAME,
    AFTER_NAME,
    COMPOUND,
    ENGLISH_STREET_WORDS,
    POSTCODE,
    PREFIXES,
    SUFFIXES,
    UNIT,
    UNIT_WORDS_NEAR_STREET,
)
from ingestion.pii.lexicon import Lexicon, caseless, words
from ingestion.pii.spans import Found

_L = r"[^\W\d_]"  # a letter of any script
_UPPER = r"[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞİŁŃŇŐŒŘŚŞŠŤŰŹŻŽΑ-ΩА-Я]"
# A house number, with its flat after a slash or dash, once or twice ("12-3", "136/2/9": Austrian
# house/staircase/door, "119/71": Thai plot/house), or a letter after a dash ("42-E").
_NUM = r"\d{1,6}[A-Za-z]?(?:\s?[-/]\s?\d{1,4}[A-Za-z]?){0,2}(?:-[A-Z](?![\w]))?"
CUE = re.compile(
    r"(?<!\w)(?:address(?:\s+(?:is|on\s+file))?|addr\.?|adresse|dirección|direccion|indirizzo|endereço|"
    r"morada|adres|adresa|anschrift|osoite|адрес|διεύθυνση|"
    r"lives?\s+(?:at|on)|living\s+at|(?:is|are|was|i'm|we're|waiting|parked|down|stuck|stranded)\s+outside|moved\s+to|deliver(?:ed)?\s+to|registered\s+at|"
    r"(?:ship(?:ped)?|send|sent|post(?:ed)?|mail(?:ed)?|forward(?:ed)?|redirect(?:ed)?|dispatch(?:ed)?)\s+(?:it\s+|them\s+|this\s+|the\s+\w+\s+)?to|return\s+to|located\s+at|corner\s+of|"
    r"drop(?:s|ped)?\s+(?:you\s+|it\s+|them\s+|this\s+|the\s+\w+\s+)?(?:off\s+)?at|"
    r"meet\s+(?:me|us)?\s*at|wohne\s+in|wohnt\s+(?:in|am|an\s+der)|j'habite|(?:habite|vit)\s+(?:à|au)|"
    r"viv[oe]\s+en|abit[oa]\s+(?:in|a)|mor[oa]\s+(?:na|no|em)|woont\s+(?:op|aan))(?!\w)\s*[:\-]?\s*",
    re.IGNORECASE,
)

# Softer cues (where a parcel, an account or a person is or was): what follows is an address
# only when it also looks like one — a street or unit word, a postcode, a capitalised name no
# vocabulary knows ("couldn't find 131a tanners row", not "couldn't find 2 reasons").
SOFT_CUE = re.compile(
    r"(?<!\w)(?:registered\s+to|moved\s+out\s+of|(?:couldn'?t|could\s+not|can'?t|cannot)\s+find|"
    r"left\s+(?:\S+\s+){0,4}at|drop[\s-]?off\s*:|pick[\s-]?up\s*:|at\s+home\s+at|"
    # where someone moves, where a thing is to be collected ("new place is ulica kralja
    # zvonimira 34, 20000 dubrovnik", "Moving to:", "collect it from")
    r"new\s+(?:place|address|flat|house)\s+is|moving\s+(?:from|to)\s*:|"
    r"collect(?:ed)?\s+(?:it\s+|them\s+|the\s+\w+\s+)?(?:up\s+)?from)"
    r"(?!\w)\s*[:\-]?\s*",
    re.IGNORECASE,
)
_STREET_SIGNAL = re.compile(
    rf"(?i:\b(?:{SUFFIXES}|{PREFIXES})\b\.?)|(?i:{UNIT})|\b\d{{4,7}}\b|[A-Za-z]\d[A-Za-z]|\d+/\d+"
)
_AFTER_ADDRESS = re.compile(
    r"[ \t,]+(?:can|could|would|will|ring|call|two|three|four|five|several|years?|months?|weeks?|ago|and\s+(?:her|his|my|our|their)|ok|"
    r"or\s+(?:refund|return|send|cancel|call|ring|email|text|contact|else))\b.*",
    re.IGNORECASE | re.DOTALL,
)

_WORDS = rf"{_L}[\w'’.-]*"
_CAPWORD = r"[A-ZÀ-Þ](?:[^\W\d_]|['’.-])*"
_ORDINAL = r"\d{1,3}(?i:st|nd|rd|th)"  # "350 5th Avenue", "8512H 1st Street"
_NUMBER_FIRST = (
    rf"(?<![\w,.])(?P<num>{_NUM}),?\s+(?:(?:bis|ter|[NSEW]|NE|NW|SE|SW)\.?\s+)?"
    rf"(?P<words>(?:(?:{_WORDS}|{_ORDINAL})\s+){{0,4}}LAZY)(?P<suffix>(?i:{SUFFIXES}))s?\.?(?![\w])"
)
# Both the shortest and the longest street name before a street word: "137 Avenue Teboulbi St."
_SUFFIX_NEXT = re.compile(rf"[ \t]+(?i:{SUFFIXES})\b")
NUMBER_FIRST = (re.compile(_NUMBER_FIRST.replace("LAZY", "?")), re.compile(_NUMBER_FIRST.replace("LAZY", "")))
NUMBER_PREFIX = re.compile(
    rf"(?<![\w,.])(?P<num>{_NUM})(?:\s+(?:bis|ter))?,?\s+(?P<prefix>(?i:{PREFIXES}))\.?\s+"
    rf"(?P<words>{_WORDS}(?:[ \t]+(?!\d){_WORDS}){{0,4}})"
)
PREFIX_NUMBER = re.compile(
    rf"(?<![\w])(?P<prefix>(?i:{PREFIXES}))\.?\s+(?P<words>{_WORDS}(?:[ \t]+{_WORDS}){{0,4}}?),?\s+"
    rf"(?:(?P<marker>(?i:n\.?\s?º|n\.?\s?°|nr\.?|#|д\.?|дом|буд\.?|no\.|km))\s*|(?i:no)\s*)?"
    # "s/n": sin número, a Mexican or Spanish address without a house number
    rf"(?P<num>{_NUM}|(?i:s/n))(?![\w])"
)
# Korean road addresses, number first: "377 Haeundae-ro", "21 Olympic-ro 4-gil", "12 Sejong-daero".
KOREAN_ROAD = re.compile(
    r"(?<![\w,.])\d{1,4}(?:-\d{1,3})?,?\s+(?:[A-Z][a-z]+\s+){0,2}[A-Za-z][a-z]+(?:\s?\d{1,3})?-(?:ro|gil|daero)"
    r"(?:\s?\d{1,3}(?:beon)?-gil)?(?![\w])"
)
# A house numbered with a letter, then its housing scheme (Pakistan, India: "6-G, Johar Town",
# "31-E, DHA Phase 5", "82-A, Gulberg III", "Hse No. B82/1, Asokwa").
HOUSE_IN_SCHEME = re.compile(
    r"(?<![\w-])(?:\d{1,4}-?[A-Z]|[A-Z]-?\d{1,4})(?:/\d{1,3})?,[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,2}"
    r"(?:Town|Colony|Society|Scheme|Enclave|Nagar|Bagh|Abad|Cantt|Gardens|Estate|Layout|Extension|"
    r"Phase[ \t]+\d{1,2}|Block[ \t]+\d{1,2}|Sector[ \t]+\d{1,3}|[A-Z][a-z]+[ \t]+[IVX]{1,4})(?![\w])"
)
# Numbered houses on numbered streets or roads (Pakistan, Bangladesh: "House 56, Street 26",
# "House 3, Road 4"; the Gulf: "Villa 53, Street 22"), or in a lettered block (Ghana: "Plot 38,
# Block A"), with the sector after them ("F-8/3", "G-11/2").
HOUSE_ON_NUMBERED_STREET = re.compile(
    r"(?<![\w])(?i:house|h\.?\s?no\.?|plot|villa|building|bldg\.?)\s*\d{1,4}[A-Z]?,\s*"
    r"(?:(?i:street|st\.?|road|rd\.?|lane)\s*\d{1,4}|(?i:block|blk\.?|sector|phase)\s*(?:\d{1,3}|[A-Z]\b))"
    r"(?:,\s*[A-Z]-\d{1,2}(?:/\d)?)?(?![\w])"
)
# Grid addresses of Latin America: a street type, its number, then "#"/"No." and the house
# number with its distance ("Calle 17 Bis # 41-94", "Carrera 7 No. 45-10", "Diagonal 7 N° 411").
GRID = re.compile(
    # Colombia abbreviates its carrera, calle, diagonal, transversal, avenida carrera ("Kr 94A # 10-78")
    rf"(?<![\w])(?P<prefix>(?i:{PREFIXES}|kr|kra|cra|cr|cl|cll|dg|tv|ak|ac))\.?\s+\d{{1,3}}\s?[A-Za-z]?"
    r"(?:\s+(?i:bis)(?:\s+[A-Z])?)?\s*"
    rf"(?:#|(?i:no\.?|n°|nº|num\.?))\s*\d{{1,3}}\s?[A-Z]?(?:\s?-\s?\d{{1,3}})?(?:\s+(?i:este|oeste|sur|norte))?"
    # Yucatán writes the cross streets after the number: "Calle 54 No. 212 x 53 y 55"
    r"(?:\s+x\s+\d{1,3}(?:\s+y\s+\d{1,3})?)?(?![\w])"
)
# What every GRID match holds: the cross street's number, then the house sign.
_GRID_HINT = re.compile(r"\d\s?[A-Za-z]?(?:\s+(?i:bis)(?:\s+[A-Z])?)?\s*(?:#|(?i:no|n°|nº|num))")
COMPOUND_NUMBER = re.compile(
    # (the look ahead first: only a word with a number after it is read for a street word's ending)
    rf"(?<![\w])(?P<name>(?=[\w'’-]+\.?,?\s+(?:(?i:no)[.:]?\s*)?\d){_L}[\w'’-]*?(?i:{COMPOUND})|(?:{_CAPWORD}\s+){{0,2}}{_WORDS}\s+(?i:{AFTER_NAME}))"
    rf"\.?,?\s+(?:(?i:no)[.:]?\s*)?(?P<num>{_NUM})(?![\w])"
)
# A house number, a street's name and, after a comma, the district or city, with no street word
# (Vietnam, India: "193 Ly Thuong Kiet, Ninh Kieu", "102/1 Mylapore, Chennai", "C-179, Kukatpally").
NUMBER_NAME_PLACE = re.compile(
    rf"(?<![\w/.,$£€-])(?:[A-Z]-)?\d{{1,5}}(?:/\d{{1,4}})?,?[ \t]+(?P<name>{_UPPER}{_L}+(?:[ \t]+{_UPPER}{_L}+){{0,3}}),"
    # ... or Vietnam's ward and district by number ("63/19 Lê Lợi, P.74, Q.8, TP.HCM")
    rf"[ \t]+(?P<place>{_UPPER}{_L}+|[PQ]\.[ \t]?\d{{1,2}}\b)"
)
_EXTENSION_BEFORE = re.compile(r"\b(?i:ext|extn|x)\.?[ \t]*$")
# Mongolia's subdistrict, building and flat by number, after the city and district
# ("Улаанбаатар, Сүхбаатар дүүрэг, 8-р хороо, 135-р байр, 139 тоот", "Bayanzurkh duureg, 12-r
# khoroo, 16a-r bair, 67 toot"); Uzbekistan's block, house and flat ("Chilanzar tumani,
# 3-kvartal, 22-uy, 67-xonadon").
NUMBERED_PARTS = re.compile(
    rf"(?:(?:{_UPPER}{_L}+(?:-{_UPPER}{_L}+)?,[ \t]*)?{_UPPER}{_L}+(?:-{_UPPER}{_L}+)?[ \t]+"
    r"(?i:дүүрэг|duureg|district|tumani|tuman),[ \t]*)?"
    r"(?:(?:\d{1,3}[а-яa-z]?-(?i:р|r)[ \t]+(?i:хороо|khoroo|байр|bair)"
    r"|\d{1,3}[a-z]?-(?i:kvartal|mavze|daha|uy|xonadon|kv))(?![\w]),?[ \t]*){2,3}"
    r"(?:\d{1,4}[а-яa-z]?[ \t]+(?i:тоот|toot)(?![\w]))?"
)
_NUMBERED_HINT = re.compile(r"\d-(?:р|r|kv|uy|xo|ma|da)", re.I)
_BROJ_HINT = re.compile(r"\b(?i:br)\.")
# Guatemala's and Honduras's grid: an ordinal avenue or street, the cross street and the house,
# and the city's zone ("8a. Avenida 58-55, Zona 3", "5a. Calle 77-36 zona 9", "3a Av. 12-40").
ORDINAL_GRID = re.compile(
    r"(?<![\w.])\d{1,2}(?:a|ª|o|º)\.?[ \t]+(?i:avenida|av\.?|ave\.?|calle|c\.)[ \t]+(?:[A-Z][ \t]+)?"
    r"\d{1,3}[A-Za-z]?[ \t]?-[ \t]?\d{1,3}(?![\w])(?:,?[ \t]+(?i:zona)[ \t]+\d{1,2}(?![\w]))?"
)
_ORDINAL_GRID_HINT = re.compile(r"\d(?:a|ª|o|º)\.?[ \t]+(?i:av|ca|c\.)")
# A street's name and "br." (broj, its number) in the former Yugoslavia: "Zmaja od Bosne br. 6".
NAME_BROJ = re.compile(
    rf"(?<![\w])(?:{_UPPER}{_L}+[ \t]+(?:(?:od|na|i|u|kod|kralja|cara)[ \t]+)?){{1,4}}(?i:br)\.[ \t]*\d{{1,4}}[a-zA-Z]?(?![\w])"
)
# One or two capitalised words, a street word apart and the number: "Kong Oscars gate 46".
CAPITALISED_NAME_NUMBER = re.compile(
    rf"(?<![\w])(?P<name>(?:{_CAPWORD}\s+){{1,2}})(?P<word>(?i:{AFTER_CAPITALISED_NAME}))\.?,?\s+(?P<num>{_NUM})(?![\w])"
)
# A name, a street type after it and the number: "Weizmann St 183", "rothschild blvd 186".
NAME_SUFFIX_NUMBER = re.compile(
    rf"(?<![\w-])(?P<words>{_WORDS}(?:[ \t]+{_WORDS}){{0,2}}?)[ \t]+"
    r"(?P<suffix>(?i:street|st|str|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|square|sq))\.?,?[ \t]+"
    rf"(?:(?i:no)[.:]?\s*)?(?P<num>{_NUM})(?![\w])"
)
# "30102 Kaevu 94", "0269 Stensås terrasse 38": a number, a foreign street name, a number.
NUMBER_NAME_NUMBER = re.compile(
    rf"(?<![\w,.])\d{{1,6}}\s+(?P<words>{_WORDS}(?:\s+{_WORDS}){{0,2}})\s+{_NUM}(?![\w])"
)
ARTICLE_NUMBER = re.compile(
    rf"(?<![\w])(?:Am|An der|Auf der|Im|In der|Zum|Zur)\s+{_WORDS}\s+(?P<num>{_NUM})(?![\w])"
)
_CAPWORD_ANY = rf"{_UPPER}(?:[^\W\d_]|['’.-])*"
NAME_NUMBER = re.compile(
    rf"(?<![\w])(?P<name>{_CAPWORD_ANY}(?:[ \t]+{_CAPWORD_ANY}){{0,2}}),?[ \t]+"
    rf"(?P<num>\d{{1,5}}[^\W\d_]?(?:/\d{{1,4}}[^\W\d_]?)?)(?![\w])"
)
# A house found by a landmark, where streets have no names people use (India, Nigeria, Ghana,
# Kenya): the house number, "near"/"behind"/"opp." a landmark, then the locality ("79, near the
# water tank, Mayur Vihar", "hse no 90 beside the big mango tree, Madina"). The number follows a
# house word, or opens the line or a clause, with a comma after it; after a house word the
# landmark may also be "by", "after", "across from" or "past" one ("Hse 97 by the blue gate,
# Adenta", "House 44 after the petrol station, Rumuokoro").
_NEAR = r"near|beside|behind|opposite|opp\.|next[ \t]+to|in[ \t]+front[ \t]+of|close[ \t]+to"
_LANDMARK_TAIL = r"[^,\n.!?]{2,40},[ \t]*(?P<place>[^\W\d_][\w'’-]*(?:[ \t]+[\w'’-]+){0,2})"
_HOUSE_WORD = (
    r"(?i:h(?:ouse|se)\.?[ \t]*(?:no\.?)?|h/no\.?|h\#|no\.?|plot|gida|stand|bldg\.?|building|flat)[ \t]*"
)
_HOUSE_NUMBER = r"\d{1,4}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)*"
_LANDMARK_WORD = re.compile(rf"(?i:{_NEAR}|by|after|across[ \t]+from|past)")
LANDMARK_HOUSE = re.compile(
    rf"(?:{_HOUSE_WORD}{_HOUSE_NUMBER},?[ \t]+(?i:{_NEAR}|by|after|across[ \t]+from|past)[ \t]+"
    # without a house word, a comma after the number, which opens the line or a clause or follows
    # a place's word or a word of another script ("it's 85, near …", "कल रात 98, near …")
    rf"|(?:(?<=^)|(?<=[,:;(])[ \t]*|(?<=\b(?i:at|to|in|is)[ \t])|(?<=\b(?i:its)[ \t])|(?<=\b(?i:from)[ \t])|(?<=\b(?i:it's)[ \t])|(?<=[^\x00-\u024f][ \t]))"
    rf"{_HOUSE_NUMBER},[ \t]+(?i:{_NEAR})[ \t]+)"
    rf"{_LANDMARK_TAIL}",
    re.MULTILINE,
)
# Directions to a house where streets have no names people use: an ordinal lane or turning next
# to the house's or plot's number, with the landmarks that lead there ("the blue house after the
# bus depot, second lane, plot 114", "house no. 64, 5th turning after the cng stand, mirpur-10",
# "casa 18, 3rd callejón después del Oxxo, Col. Roma Norte", "Kothrud, lane 11, house 15 (green
# gate opposite the temple)").
_ORDINAL = (
    r"(?:\d{1,2}(?:st|nd|rd|th|º|ª)?|first|second|third|fourth|fifth|sixth|seventh|last|next|"
    r"primer[ao]?|segund[ao]|tercer[ao]?|cuart[ao])"
)
_WAY = r"(?:lane|turning|turn|street|road|cross|gali|galli|alley|callejón|callejon|calle|pasaje|junction)"
_TOWARDS = (
    r"(?:after|before|behind|opposite|opp\.|near|next[ \t]+to|beside|past|facing|off|"
    r"después[ \t]+de(?:l)?|antes[ \t]+de(?:l)?|frente[ \t]+a(?:l)?|detrás[ \t]+de(?:l)?|cerca[ \t]+de(?:l)?)"
)
_LANE = (
    rf"(?i:{_ORDINAL}[ \t]+{_WAY}|{_WAY}[ \t]+(?:no\.?[ \t]*)?\d{{1,3}})"
    rf"(?:[ \t]+(?i:{_TOWARDS})[ \t]+[^,\n.!?()]{{2,35}})?"
)
_HOUSE_AT = (
    r"(?i:house|hse|plot|casa|lot|stand|compound)[ \t]*(?:(?i:no)\.?[ \t]*)?#?[ \t]*\d{1,4}[A-Za-z]?(?![\w])"
    r"(?:[ \t]*\([^()\n]{2,50}\))?"
)
_LEAD_HOUSE = (
    rf"(?i:the[ \t]+)?(?:[^\W\d_]+[ \t]+){{0,2}}(?i:house|gate|building|compound|shop|flat|block|door)"
    rf"[ \t]+(?i:{_TOWARDS})[ \t]+[^,\n.!?()]{{2,35}}"
)
_LOCALITY = r"[^\W\d_][\w'’.]*(?:[ \t]+[^\W\d_][\w'’.]*){0,2}(?:-\d{1,3})?"
DIRECTIONS = re.compile(
    rf"(?:(?:{_LEAD_HOUSE}|{_HOUSE_AT}|{_LOCALITY}),[ \t]*)?{_LANE}(?:,[ \t]*{_LANE})?,[ \t]*{_HOUSE_AT}"
    rf"|{_HOUSE_AT},[ \t]*{_LANE}(?:,[ \t]*{_LOCALITY})?"
)
_DIRECTIONS_HINT = re.compile(r"(?i)\b(?:lane|turning|turn|cross|gali|galli|alley|callej[oó]n|pasaje)\b")
# What a street's own line goes on with before its locality: "76B Oba Akran Ave" + " near the
# chief's palace" + ", Surulere".
LANDMARK_AFTER = re.compile(rf"[ \t]+(?i:{_NEAR}|by|across[ \t]+from)[ \t]+[^,\n.!?]{{2,40}}(?=,[ \t]*[A-Z])")
UNIT_RE = re.compile(rf"(?<![\w])(?i:{UNIT})")
# A South African township's stand (or erf) and its zone, section or extension ("Stand 9438
# Zone 24, Mitchells Plain", "stand 6969 section 89, tembisa").
TOWNSHIP_STAND = re.compile(
    r"(?i:\b(?:stand|erf)[ \t]+(?:no\.?[ \t]*)?\d{1,6}[ \t,]+(?:zone|section|ext(?:ension)?\.?|phase|block)[ \t]+\d{1,4}\b)"
)
MILITARY = re.compile(
    r"\b(?:PSC|Unit|USNS|USS|USNV|USCGC)\s[\w ]{1,30}?,?\s+(?:Box\s+\d+\s*)?,?\s*(?:APO|FPO|DPO)\s+A[AEP]\s+\d{5}\b",
    re.IGNORECASE,
)
# "·": "lindenstraße 107 · 60248 frankfurt"; "،": the Arabic comma
_SEP = re.compile(r"(?:\.(?=[ \t]*\n))?[\s>?*,;·،]*")
# A dash between an address's parts, as Brazil writes them ("Rua das Flores, 1728 - Centro, Rio de
# Janeiro - RJ, CEP 79775-229"): what follows it counts only when a number comes after.
_DASH_PART = re.compile(r"[ \t]+[-–][ \t]+(?=[A-Z])")
# A district written after the street, in any case: Mexico's colonia, Brazil's bairro.
# The Philippines' barangay and purok, Vietnam's ward and district, India's sector, Brazil's CEP.
_DISTRICT = (
    r"(?i:col\.|colonia|fracc\.|bairro|barrio|brgy\.?|barangay|purok|phường|phuong|quận|quan|sector|"
    rf"section|cep)[ \t]+(?:\d{{1,5}}(?:-\d{{3}})?\b|{_L}[\w'’.-]*(?:[ \t]+{_L}[\w'’.-]*){{0,2}})"
    # a postcode with its label: Mexico's "C.P. 77069", India's "PIN 141519", "postal code 7170866886"
    r"|(?i:c\.[ \t]?p\.|postal[ \t]+code|post[ \t]?code|pin(?:[ \t]?code)?|plz)[ \t]*:?[ \t]*\d{3,10}(?:-\d{3,4})?\b"
)
# The vowel signs and viramas of Indic, Thai, Lao, Burmese and Khmer words, which `\w` stops at
# ("சென்னை", "ရန်ကုန်", "ភ្នំពេញ").
_MARKS = "\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
# An area's word after its capitalised name ("Songinokhairkhan district", "Chilanzar tumani").
_AREA_WORDS = "district|ward|county|province|region|municipality|township|tumani|duureg|дүүрэг"
# Street and area words of scripts without case, which go on after a space ("ஆற்காடு" + " சாலை",
# "ផ្លូវ 279", "गोमती" + " नगर").
_CASELESS_STREET_WORD = re.compile(
    "(?:சாலை|வீதி|தெரு|நகர்|පාර|මාවත|လမ်း|ផ្លូវ|ถนน|ซอย|नगर|मार्ग|रोड|गली|বিহার|রোড|সড়ক|გამზ|ქუჩა|שדרות|רחוב|شارع|طريق)"
)
_TAIL_PIECE = re.compile(
    # "\d[A-Z]\d": the second half of a Canadian postcode after a place piece took "(QC) H3B";
    # "G-2/9": an Islamabad sector.
    rf"(?:(?i:{UNIT})|{_DISTRICT}|{POSTCODE}|[A-Z]-\d{{1,2}}(?:/\d{{1,2}})?\b|\d{{1,5}}[A-Za-z]{{0,2}}\b|#\d{{1,5}}[A-Za-z]?\b|(?i:\d[A-Z]\d)\b|[A-Z]\b|[A-Z]{{2,3}}\b|nan\b|bis\b|ter\b|"
    rf"\(?{_L}[\w\u0300-\u036f{_MARKS}'’.()/-]*(?:[ \t](?:(?:nad|pod|de|del|la|di|da|do|dos|das|am|an|im|sur|en|y|i|na|van|von|der|u|v|ve|z|ze|{_AREA_WORDS})\b|\(?{_UPPER}[\w{_MARKS}'’.()/-]*)){{0,3}}"
    rf"(?:[ \t]+{POSTCODE})?)"
)
_PARTICLES = words("""
    de la le les du des da das do dos di dei delle del van von der den ter am an of the
    u v ve z ze na nad pod n s e w ne nw se sw
""")
# Street-type words written after the name as a word of their own that are English words too
# ("Trenerys gate 232", "Bygdøy allé 5"): they do not make the street name English.
_STREET_TYPE_WORDS = words("gate gata vei veien vegen allé alle tee")
# After a street-type prefix, one of these opens a street name in any case ("688 rue du centre 320").
_NAME_OPENERS = words("de la le les du des da das do dos di dei delle della del")
# Everyday words that name streets, accepted in an all-lower-case text ("3911 fourth avenue").
_STREET_NAME_WORDS = words("""
    first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
    main high old new north south east west upper lower church mill market station school bridge
""")


# The shape of an address without any street word: a capitalised name and a house number, a
# comma, then a postcode (a country letter may lead it: "H-9734") and a capitalised city —
# "Červenkova 865, 773 21 Podivín", "Budapesti utca 65., H-4245 Zalaegerszeg". Token classes,
# not word lists; a year is no postcode ("Galaxy 5, 2023 Samsung" is not an address).
NAME_NUMBER_POSTCODE = re.compile(
    rf"(?<![\w-]){_UPPER}{_L}+(?:[ -]{_L}+\.?){{0,3}}\s+(?P<num>{_NUM})\.?(?:,\s*|[ \t]*\n\s*)"
    rf"(?:[A-Z]{{1,2}}-)?(?!(?:19|20)\d\d\b){POSTCODE}\s+{_UPPER}{_L}+"
)


# A Thai address: house number (with its plot, "2198/35"), village, soi and road (ถนน), then the
# sub-district, district, province and postcode ("2198/35 ถนนสุขุมวิท แขวงคลองเตย เขตคลองเตย
# กรุงเทพฯ 10110").
_THAI = "\u0e00-\u0e7f"
THAI_ADDRESS = re.compile(
    rf"(?:(?:เลขที่|บ้านเลขที่)\s?)?\d{{1,5}}(?:/\d{{1,4}})?(?:\s+หมู่(?:ที่)?\s?\d{{1,3}})?"
    rf"(?:\s+(?:ซอย|ซ\.)\s?[{_THAI}0-9]+)?\s+(?:ถนน|ถ\.)\s?[{_THAI}]+"
    rf"(?:\s+(?:แขวง|ตำบล|ต\.|เขต|อำเภอ|อ\.|จังหวัด|จ\.)\s?[{_THAI}]+)*(?:\s+[{_THAI}]+ฯ?)?(?:\s+\d{{5}})?"
)


_HOUSE_NO = re.compile(r"(?i)(?:house|hse\.?)\s+no\b")


def find(text: str, lexicon: Lexicon) -> Iterator[Found]:
    for m in THAI_ADDRESS.finditer(text):
        yield Found(m.start(), m.end(), "STREET_ADDRESS")
    # The math sign ∆ typed for the Greek Δ ("ΑΓΙΟΣ ∆ΟΜΕΤΙΟΣ"); one code point for one, so every
    # offset stays the same.
    text = text.replace("∆", "Δ")
    lower_text = text == text.lower()
    cores: list[tuple[int, int]] = []
    for pattern in NUMBER_FIRST:
        for m in pattern.finditer(text):
            sep = _SEP.match(text, m.end())
            flat_after = UNIT_RE.match(text, sep.end() if sep else m.end())
            # A street has a name: a number and a street word alone is a count ("2 lanes closed",
            # "4 points", "Door 3 closes"), unless a flat follows or the word is the name ("12 Broadway")
            named = m.group("words").strip() or (
                m.group("suffix")[0].isupper() and not text[m.end("suffix") : m.end("suffix") + 1].isalpha()
            )
            if not named and not flat_after and not _SUFFIX_NEXT.match(text, m.end()):
                continue  # ("4 bridge" + " lane ca11 8gt" is a street: the number's word was its name)
            # A flat after it makes even everyday words a street ("15920 april parks apt. 110"),
            # and so does a place word before it ("at 384 elm street", "to 9 byres road").
            if (
                flat_after
                or _plausible_words(m.group("words"), lexicon, lower_text, strong=m.group("suffix").lower())
                or _placed_street(text, m)
            ):
                cores.append(m.span())
    for m in NUMBER_NAME_NUMBER.finditer(text):
        named = [
            w
            for w in m.group("words").split()
            if w.lower() not in _PARTICLES and w.lower() not in _STREET_TYPE_WORDS
        ]
        # A name that is not English, or capitalised uncommon words after a number of 3+ digits
        # ("7878 Rahu 37 Apt. 405"; not "2 Pixel 7", not "4 of 5 stars": a function word names
        # no street).
        long_number = len(m.group(0).split()[0]) >= 3
        if not named or any(lexicon.is_function_word(w) for w in named):
            continue
        if not any(lexicon.is_english(w) for w in named) or (
            long_number and named and all(w[0].isupper() and not lexicon.is_common(w) for w in named)
        ):
            cores.append(m.span())
    for pattern in (NUMBER_PREFIX, PREFIX_NUMBER):
        for m in pattern.finditer(text):
            prefix = m.group("prefix").lower()
            if pattern is NUMBER_PREFIX and _EXTENSION_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                continue  # "ext. 8945  Sráid an Mhuilinn": a desk's extension, then a street with no number
            abbreviated = text[m.start("prefix") : m.end("prefix") + 1].endswith(".")
            if prefix in ("al", "os", "str", "av", "pl") and not m.group(0)[0].isdigit() and not abbreviated:
                continue  # "al", "os" alone are words too: a street only when abbreviated with a dot
            # A house-number sign ("calle insurgentes sur #449", "Rua X, n.º 5") makes any words a street.
            marked = pattern is PREFIX_NUMBER and m.group("marker")
            # an abbreviated street word before words and a number names a street in lower case
            # too, whatever vocabulary holds the words ("av. arequipa 32", "av. brasil 2654")
            short = (
                abbreviated
                and pattern is PREFIX_NUMBER
                and len(prefix) >= 2
                and not any(
                    lexicon.is_common(w) or lexicon.is_function_word(w) for w in m.group("words").split()
                )
            )
            if marked or short or _plausible_words(m.group("words"), lexicon, lower_text, strong="prefix"):
                cores.append(m.span())
            elif pattern is NUMBER_PREFIX and (placed := _placed_prefix_street(text, m)):
                cores.append((m.start(), placed))
            elif pattern is NUMBER_PREFIX:
                # The sentence goes on after the street's name ("0352 chemin Ménard near the
                # station"): keep the words up to the first that names no street.
                kept = _plausible_head(m.group("words"), lexicon, lower_text)
                if kept:
                    cores.append((m.start(), m.start("words") + len(kept)))
    for m in NAME_SUFFIX_NUMBER.finditer(text):
        # The street's name: the words after the last everyday one ("near Weizmann St 4").
        street_name: list[str] = []
        for w in reversed(m.group("words").split()):
            if _everyday(w.rstrip(".,"), lexicon) or not _plausible_words(
                w, lexicon, lower_text, strong=m.group("suffix").lower()
            ):
                break
            street_name.insert(0, w)
        if street_name:
            cores.append((m.end("words") - len(" ".join(street_name)), m.end()))
    for m in NUMBER_NAME_PLACE.finditer(text):
        # Streets named after people ("55 Hai Ba Trung", "52 Nguyen Hue"): a rare English word among
        # them (Hue, Ba) does not make the street's name English — half the words no vocabulary knows.
        name_words = m.group("name").split()
        foreign = sum(not lexicon.is_english(w) for w in name_words)
        if foreign == len(name_words) or (
            len(name_words) >= 2
            and 2 * foreign >= len(name_words)
            and not any(lexicon.is_common(w) for w in name_words)
        ):
            cores.append((m.start(), m.end("name")))
    if _GRID_HINT.search(text):  # (a cheap look first: its number and house sign, in few texts)
        cores.extend(m.span() for m in GRID.finditer(text))
    for pattern, hint in (
        (NUMBERED_PARTS, _NUMBERED_HINT),
        (NAME_BROJ, _BROJ_HINT),
        (ORDINAL_GRID, _ORDINAL_GRID_HINT),
    ):
        if hint.search(text):  # (a cheap look first: most texts have neither)
            for m in pattern.finditer(text):
                cores.append((m.start(), len(m.group(0).rstrip(", \t")) + m.start()))
    for pattern in (KOREAN_ROAD, HOUSE_ON_NUMBERED_STREET, HOUSE_IN_SCHEME):
        for m in pattern.finditer(text):
            cores.append(m.span())
    for m in COMPOUND_NUMBER.finditer(text):
        name = m.group("name")
        if " " in name or not lexicon.is_english(name.rstrip(".")):
            cores.append(m.span())
    for m in CAPITALISED_NAME_NUMBER.finditer(text):
        # "Boarding Gate 12" is no street: an English street word needs a name no vocabulary knows.
        english_word = m.group("word").lower() in ENGLISH_STREET_WORDS
        if not english_word or not all(lexicon.is_english(w) for w in m.group("name").split()):
            cores.append(m.span())
    for m in ARTICLE_NUMBER.finditer(text):
        cores.append(m.span())
    for m in NAME_NUMBER_POSTCODE.finditer(text):
        # Only the words after the last everyday one ("an ATM at Kungsgränd 99", "Nyström lives at …").
        head = list(re.finditer(r"[^\s-]+", text[m.start() : m.start("num")]))
        last = max(
            (i for i, w in enumerate(head[:-1]) if _everyday(w.group(0).rstrip("."), lexicon)), default=-1
        )
        cores.append((m.start() + head[last + 1].start(), m.end()))
    cores.extend(house_numbers.streets(text, lexicon))
    for m in MILITARY.finditer(text):
        cores.append(m.span())
    for m in TOWNSHIP_STAND.finditer(text):
        cores.append(m.span())
    if _LANDMARK_WORD.search(text):
        for m in LANDMARK_HOUSE.finditer(text):
            line = text[text.rfind("\n", 0, m.start()) + 1 : m.end()]
            # the locality a name: not ", slow"; in lower case, a word no English list holds, the
            # address itself written in lower case ("(house 84 opposite the mosque, lekki phase 1)")
            address = text[m.start() : m.end()]
            lower_place = address == address.lower() and not lexicon.is_english(m.group("place").split()[0])
            if m.group("place")[0].isupper() or line == line.lower() or lower_place:
                # the locality's words, not the sentence going on ("indiranagar" + " not the shop")
                place = m.group("place").split()
                upto = next((i for i, w in enumerate(place) if i and lexicon.is_common(w)), len(place))
                cores.append((m.start(), m.start("place") + len(" ".join(place[:upto]))))
    if _DIRECTIONS_HINT.search(text):  # (a cheap look first: most texts give no directions)
        for m in DIRECTIONS.finditer(text):  # whole as they are: what is around them is the sentence
            yield Found(m.start(), m.end(), "STREET_ADDRESS")
    near_only = []
    for m in UNIT_RE.finditer(text):
        if _NUMBER_SIGN.match(m.group(0)) and _RECORD_NUMBER_BEFORE.search(
            text, max(0, m.start() - 24), m.start()
        ):
            continue  # a record's number: "Case no: 555 0199", "CB no: …", "Policy No. 4471"
        # "House No. 319" is a house, whatever "house" alone may be
        word = "house no" if _HOUSE_NO.match(m.group(0)) else m.group(0).split()[0].lower().rstrip(".")
        floor_door = re.fullmatch(r"(?:[IVX]{1,4}|\d{1,2})/\d{1,3}\.", m.group(0))  # or a date: "on 02/05."
        lettered = not re.search(r"\d", m.group(0)) and re.search(r"\s[A-H]$", m.group(0))  # "flat B"
        # a house with its number's sign is one alone ("Villa n° 5"; not "ward no. 5")
        signed = word in _HOUSE_UNITS and re.search(r"(?i:n\.?[ \t]?[º°]|no\.|#)[ \t]*\d", m.group(0))
        if (word in UNIT_WORDS_NEAR_STREET and not signed) or floor_door or lettered:
            near_only.append(m.span())  # short or common words count only next to a street
        else:
            cores.append(m.span())
    # after the others, so a ward before its house counts too ("Ward No. 5, House No. 185")
    cores.extend(span for span in near_only if _near(cores, span[0]) or _near(cores, span[1]))
    for m in NAME_NUMBER.finditer(text):
        near = _near(cores, m.start()) or _cue_before(text, m.start()) or _number_before(text, m.start())
        if near and not all(lexicon.is_english(w) for w in m.group("name").split()):
            cores.append(m.span())
    for m in CUE.finditer(text):
        corner = m.group(0).lower().startswith("corner")
        span = _after_cue(text, m.end(), corner=corner)
        if span and corner:
            # "the corner of A and B" is the address, words and all.
            the = re.search(r"\bthe\s+$", text[max(0, m.start() - 6) : m.start()], re.IGNORECASE)
            span = (m.start() - (len(the.group(0)) if the else 0), span[1])
        if span:
            cores.append(span)
    for m in SOFT_CUE.finditer(text):
        span = _after_cue(text, m.end())
        if not span:
            continue
        chunk = text[span[0] : span[1]]
        cut = _AFTER_ADDRESS.search(chunk)
        if cut and re.search(r"\d", chunk[: cut.start()]):
            chunk = chunk[: cut.start()]
        named = [
            w for w in re.findall(r"[^\W\d_][\w'’-]*", chunk) if w[0].isupper() and not lexicon.is_english(w)
        ]
        if _STREET_SIGNAL.search(chunk) or named:
            cores.append((span[0], span[0] + len(chunk)))
    cores.extend(labelled_blocks(text))
    for start, end in table_addresses(text):  # the cell, as the table bounds it: not grown
        yield Found(start, end, "STREET_ADDRESS")
    for start, end in _join(cores):
        landmark = LANDMARK_AFTER.match(text, end)
        end = landmark.end() if landmark else end
        start, end = _grow_back(text, start), _grow_forward(text, end, lexicon, start)
        if not _only_a_date(text[start:end]):
            yield Found(start, end, "STREET_ADDRESS")


# A date read as a house number and a street ("Handoff 15 Jul 2025", "Handover 2024-05-03 wt"):
# what follows the date holds no number and no street word.
_DATE_HEAD = re.compile(
    r"^(?:(?:19|20)\d\d-[01]\d-[0-3]\d|[0-3]?\d(?:st|nd|rd|th)?\.?[ \t]+"
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?(?:[ \t]+(?:19|20)\d\d)?)(?!\w)"
)


def _only_a_date(value: str) -> bool:
    head = _DATE_HEAD.match(value)
    if head is None:
        return False
    rest = value[head.end() :]
    return not re.search(r"\d", rest) and not _STREET_SIGNAL.search(rest)


# A shipping label or a form's address block: the label on a line of its own, then the lines of
# the address ("Ship to:\nOliver Okoro\nFlat 309, Green Acres Apartments\nBengaluru - 560022"),
# until a blank line or the next "label:" line. A first line without a digit is the addressee.
BLOCK_LABEL = re.compile(
    rf"^[ \t>*•-]*(?i:{ADDRESSEE_LABELS}|"
    r"(?:shipping|delivery|mailing|billing|postal|home|residential|correspondence) address|address)"
    r"[ \t]*:?[ \t]*\n",
    re.M,
)
_LABEL_LINE = re.compile(r"^[ \t]*[^\W\d_][\w .'’/-]{0,24}:")


# A pasted table's address column ("name,address,phone", "origin_address", "Delivery Address"):
# every cell of it with a number in it is an address, whatever its shape.
_ADDRESS_HEADER = re.compile(
    r"^(?:[\w]+[ _-])?(?:address|addr|street[ _-]?address|adresse|dirección|direccion|endereço|"
    r"indirizzo|anschrift|adres|adresa)(?:[ _-](?:line[ _-]?1|1|full))?$",
    re.IGNORECASE,
)


def table_addresses(text: str) -> Iterator[tuple[int, int]]:
    for start, value in tables.column_cells(text, _ADDRESS_HEADER):
        if any(ch.isdigit() for ch in value) and len(value) <= 160:
            yield start, start + len(value)


def labelled_blocks(text: str) -> Iterator[tuple[int, int]]:
    if "\n" not in text:
        return
    for m in BLOCK_LABEL.finditer(text):
        pos, lines = m.end(), list[tuple[int, int]]()
        while pos < len(text) and len(lines) < 5:
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            if not line.strip() or _LABEL_LINE.match(line):
                break
            lines.append((pos, end))
            pos = end + 1
        if lines and not re.search(r"\d", text[lines[0][0] : lines[0][1]]) and len(lines) > 1:
            lines = lines[1:]  # the addressee's name (`names_shapes.form_fields` reads it)
        if lines and re.search(r"\d", text[lines[0][0] : lines[-1][1]]):
            start, end = lines[0][0], lines[-1][1]
            while start < end and text[start] in " \t":
                start += 1
            yield start, end


# Where something is: the word before a house number that makes everyday words a street's name.
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:at|au|on|to|from|near|outside|opposite|address|addr)\s*:?\s+|@\s*)"
    r"(?:(?:#|(?:h/|h\.)?no\.?|h#|house|hse\.?)\s*(?:,\s*)?)?$",  # a house sign: "at #86", "at h/no. 14,"
    re.I,
)
# The street words that say "street" and nothing else ("4 wheel drive", "2 way", "3 square meals" do not).
_PLAIN_STREET_WORDS = words(
    "road rd street st avenue ave boulevard blvd crescent cres terrace dr ln lane ct pl cir hwy pkwy"
)


def _placed_street(text: str, m: re.Match[str]) -> bool:
    """A house number after a place word, one or two words that are no function words, and a
    plain street word: "at 384 elm street", "to 9 byres road" (not "at 2 the road")."""
    if m.group("suffix").lower().rstrip(".") not in _PLAIN_STREET_WORDS:
        return False
    if not _PLACE_BEFORE.search(text[max(0, m.start() - 16) : m.start()]):
        return False
    name = m.group("words").split()
    return 1 <= len(name) <= 2 and not any(w.lower() in _FUNCTION_WORDS for w in name)


# Street words written before the name that say "street" and nothing else.
_PLAIN_PREFIXES = words(
    "rue boulevard bd avenue av avenida calle via viale rua allée impasse chemin strada ulica"
)


def _placed_prefix_street(text: str, m: re.Match[str]) -> int:
    """Where a house number after a place word opens a street whose word comes first, the end of
    its name: up to three words, none an English function word ("au 67 boulevard voltaire", "at
    12 rue des lilas"; not "at 3 avenue of the stars" past "avenue"); 0 if it is none."""
    if m.group("prefix").lower() not in _PLAIN_PREFIXES:
        return 0
    if not _PLACE_BEFORE.search(text[max(0, m.start() - 16) : m.start()]):
        return 0
    end = 0
    for i, w in enumerate(re.finditer(r"\S+", m.group("words"))):
        if i >= 3 or w.group(0).lower() in _FUNCTION_WORDS:
            break
        end = m.start("words") + w.end()
    return end


_FUNCTION_WORDS = words("the a an of and or my your our his her their this that these those in on at to")


def _everyday(word: str, lexicon: Lexicon) -> bool:
    """An English word in lower case or an acronym ("at", "ATM"): no street's name ("Station" is)."""
    return (word.islower() or word.isupper()) and lexicon.is_english(word)


def _plausible_words(words: str, lexicon: Lexicon, lower_text: bool, *, strong: str) -> bool:
    """The words between a number and a street word name a street: capitalised, or particles, or
    (in an all-lower-case text) not everyday English — not "3 cats in the park"."""
    split = words.split()
    if strong == "prefix" and split and split[0].lower() in _NAME_OPENERS:
        return True
    for w in split:
        lw = w.lower().strip(".")
        if lw in _PARTICLES or (lower_text and lw in _STREET_NAME_WORDS) or re.fullmatch(_ORDINAL, lw):
            continue
        if w[0].isupper() or w.isupper():
            continue
        if lower_text and not lexicon.is_english(lw):
            continue
        if strong == "prefix" and not lexicon.is_english(lw):
            continue
        return False
    return True


_MONTHS = r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december"
# A number that can be a house number: not a date ("Friday 12 May", "May 12"), a time, an
# amount of time or of something ("2 days ago", "5 times", "50%").
_NUMBER = re.compile(r"(?<![\d:.,/])\d+(?![\d:%])")
_NOT_HOUSE_AFTER = re.compile(
    rf"\s*(?:st|nd|rd|th)?\s*(?:{_MONTHS}|days?|hours?|hrs?|mins?|minutes?|seconds?|secs?|weeks?|"
    r"months?|years?|times|x|am|pm|percent)\b",
    re.IGNORECASE,
)
_MONTH_BEFORE = re.compile(rf"(?:{_MONTHS})\.?\s+$", re.IGNORECASE)


_HOUSE_UNITS = words("villa casa house plot lot parcela sitio")
# The records whose numbers are written "no." like a house's: a case, a ticket, a callback ("CB").
_RECORD_NUMBER_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:case|ticket|order|ref|reference|policy|account|acct|a/c|invoice|claim|booking|cb|"
    r"call[ -]?back|phone|tel|telephone|mobile|mob|cell|contact|serial|model|flight|seat|id|member|"
    r"membership|customer|cust|reg|registration|vehicle|plate|job|batch|item|tracking|receipt|"
    r"transaction|txn|complaint|incident|report|file|docket|badge|employee|staff|passport|licen[cs]e|"
    r"card|folio|bill|meter|consumer|roll|student|patient|bed|table|gate|platform|form|page|version|"
    r"build|part|fax|whatsapp|contract|loan|certificate|cert)[ \t]*[.:#]?[ \t]*$"
)
_NUMBER_SIGN = re.compile(r"(?i)(?:no|nr|num)\b")
_SIGNED_NUMBER = re.compile(r"\b(?i:no|d|daire|kat|blok)[ \t]?:[ \t]?\d")


def _has_house_number(chunk: str) -> bool:
    if _SIGNED_NUMBER.search(chunk):
        return True  # Turkish door and flat after a colon ("no:14 d:29"), which a time's colon is not
    return any(
        not _NOT_HOUSE_AFTER.match(chunk, m.end()) and not _MONTH_BEFORE.search(chunk[: m.start()])
        for m in _NUMBER.finditer(chunk)
    )


def _plausible_head(words: str, lexicon: Lexicon, lower_text: bool) -> str:
    """The longest run of leading words that still names a street ("" if none)."""
    split = words.split()
    for n in range(len(split) - 1, 0, -1):
        head = " ".join(split[:n])
        if words.startswith(head) and _plausible_words(head, lexicon, lower_text, strong="prefix"):
            return head
    return ""


def _after_cue(text: str, start: int, *, corner: bool = False) -> tuple[int, int] | None:
    """The address written after a cue: up to the end of the sentence or line (or 90 chars),
    when it holds a number ("the corner of A and B" keeps its "and")."""
    rest = text[start : start + 90]
    words = (
        "but|please|since|because|last|yesterday|today|if|so|in case|for|when|until|thanks?|she|he|they|we|who|"
        "call|contact|ring|text|whatsapp|email|e-mail|"  # ("tel" opens "tel aviv-yafo")
        "which|instead" + ("" if corner else "|and")
    )
    stops = re.finditer(rf"\n\s*\n|[.!?;](?:\s|$)|\s(?:{words})\s|\s-\s|$", rest)
    stop = next(stops)
    # Before the house number, a full stop ends an abbreviation ("ul. Jesionowa 127"), not the sentence.
    # Nor does a full stop with a flat, district or postcode after it ("Bartók Béla út 66. IV/7.").
    while stop.group(0).startswith("."):
        head = rest[: stop.start()]
        abbreviation = re.search(r"(?:^|\s)(\w{1,4})$", head)
        unit_dot = re.search(r"(?:^|[\s/#])(?i:depto|dpto|apto|dept|apt|no|nr|núm|num|int|succ|dist)$", head)
        if not (
            (abbreviation and not re.search(r"\d", head))
            or unit_dot
            or _DOT_THEN_PART.match(rest, stop.start())
        ):
            break
        stop = next(stops)
    if stop.group(0).strip() == "and" and not re.search(r"\d", rest[: stop.start()]):
        # "return to Leon and Eyrarodda 66": two street names, the number after the second.
        return _after_cue(text, start, corner=True)
    chunk = rest[: stop.start()]
    if stop.start() == len(rest) and start + len(rest) < len(text):
        chunk = re.sub(r"[^\s,]+$", "", chunk)  # cut at 90 characters: no half word ("Hori|c")
    if "\n" in chunk and not re.search(r"\d", chunk.split("\n")[0]):
        chunk = chunk.split("\n")[0]
    elif "\n" in chunk:
        # The lines after the address's first: a postcode or a short capitalised place, not the
        # next line of a chat ("courier is outside 12 Main St\nMika: ok").
        lines = chunk.split("\n")
        kept = [lines[0]]
        # a last line the 90 characters cut is a label when the text's line is ("Moving" of
        # "Moving to:")
        cut_label = False
        if stop.start() == len(rest):
            last_end = text.find("\n", start + len(chunk))
            cut_label = ":" in text[start + len(chunk) : len(text) if last_end < 0 else last_end]
        for i, line in enumerate(lines[1:], 1):
            bare = line.strip()
            if (
                ":" in bare
                or (cut_label and i == len(lines) - 1)
                or not bare
                or bare.startswith(("[", "(", "<", ">", "@", "#"))
                or re.match(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}", bare)  # a chat export's next line
                or not (re.search(r"\d", bare) or (bare[0].isupper() and len(bare.split()) <= 3))
            ):
                break
            kept.append(line)
        chunk = "\n".join(kept)
    chunk = chunk.rstrip(" ,")
    if len(chunk) < 4 or not _has_house_number(chunk) or "<" in chunk:
        return None
    # "address on the bag is Thames 1321, …": the words between the cue and the address are not it
    lead = re.match(
        r"(?:(?:on|in|of|from|the|a|my|your|her|his|their|our|this|that|bag|label|file|"
        r"form|card|account|record|system|letter|parcel|package|box|license|licence|id|passport|"
        r"is|was|were|shows?|said|says|reads?)"
        r"[ \t]+)+(?=[A-Z0-9])",
        chunk,
    )
    if lead and len(lead.group(0).split()) >= 2:
        start += lead.end()
        chunk = chunk[lead.end() :]
    return start, start + len(chunk)


_BEFORE_STREET = re.compile(
    # a named building and its flat before the street ("Sunny Heights 1003, 4-6-16 Jingumae")
    r"(?:[A-Z][\w'’-]+[ \t]+){1,2}(?i:heights|mansion|court|tower|towers|residence|residences|plaza|"
    r"apartments|heim|maison|hills|palace|haitsu|corpo|coop|villa|villas)[ \t]+\d{1,5},?[ \t]+$|"
    # a house number or PO box; a plot or house sign before the number ("Plot 4384, Kenyatta
    # Avenue", "Hse No. 66, Riverside Drive"); a postcode and city before the street, Hungarian
    # order ("9028 Győr, Andrássy út 83.")
    # Scotland's tenement flat, floor and side, before the number ("2/L, 40 Morningside Road")
    # (one space or a tab: after a wide gap the number is a table's other column, "… 673126940  Rruga …")
    r"(?:(?:(?:(?i:hse\.?\s+no|house\s+no|house|plot|lot|blk|parcela|sitio|moo)\.?\s*)?\d{1,6}(?:/(?:\d{1,4}|[LRM](?![\w])))?|P\.?\s?O\.?\s?Box\s+\d+),?(?:[ ]|\t)){1,2}$"
    # Taiwan's number, section, lane and alley before the road ("No. 65, Sec. 3, Roosevelt Rd.")
    r"|(?:\d{1,2}F\.?(?:-\d{1,3})?,[ \t]*)?(?:(?i:no|sec|ln|aly)\.[ \t]*\d{1,4}(?:-\d{1,3})?,[ \t]*){1,3}$"
    r"|(?:(?i:no|sec|ln|aly)\.[ \t]*\d{1,4}(?:-\d{1,3})?,[ \t]*){1,2}(?i:sec|ln|aly)\.[ \t]*$"
    rf"|(?<![\w-])\d{{4,5}}[ \t]+{_L}+,[ \t]*$"
    # a Ukrainian or Russian postcode and the city's sign before the city ("08052, м. Київ, …")
    r"|(?<![\w-])\d{5,6},[ \t]*(?:м|г|с|смт|m|g)\.[ \t]*$"
    # a sign before the number the street starts with, itself after a house number ("65/56 Moo 4, Soi …")
    r"|(?:(?<![\w/])\d{1,6}(?:/\d{1,4})?,?[ \t]+)?(?i:hse\.?\s+no|house\s+no|house|plot|lot|blk|parcela|sitio|moo)\.?[ \t]*$"
    # a house-number sign with its dot before the number the street starts with ("No. 105, Anna Salai")
    r"|(?<![\w.])(?i:no|nº|n°)\.[ \t]*$"
    # an Indonesian housing estate before its block: "Perumahan Griya Asri Blok B9 No. 39"
    rf"|(?i:perumahan|perum|komplek|kompleks)(?:[ \t]+{_UPPER}{_L}+){{1,3}}[ \t]+$"
)
# An address's own abbreviation ends no address: barangay, street, city (Vietnamese "TP."),
# Turkish quarter and avenue.
_ABBREVIATION_DOT = re.compile(
    r"(?<![\w.])(?i:brgy|st|tp|mah|cad|cd|sok|sk|blv|ave|av|rd|blvd|col|jl)\.(?=,?[ \t])"
)
_DOT_THEN_PART = re.compile(
    rf"\.,?[ \t]+(?=(?i:{UNIT})|{_DISTRICT}|{POSTCODE}[ \t,])"
    r"|[ \t]+-[ \t]+(?=\d{5,6}(?![\w-]))"  # "Kolkata - 700060"
)


# A street named by a capitalised word and a lower-case one, found from the lower-case word on
# ("Jugoslávských" + " partyzánů 76/C").
_CAPITALISED_BEFORE = re.compile(rf"(?<![\w'’.-]){_UPPER}{_L}+[ \t]$")
_PREFIX_START = re.compile(rf"(?i:{PREFIXES})\b")  # "ul. Długa 5", "via roma 5": the street's own word


def _grow_back(text: str, start: int) -> int:
    if text[start : start + 1].islower() and not _PREFIX_START.match(text, start):
        capitalised = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
        if capitalised:
            return capitalised.start()
    m = _BEFORE_STREET.search(text[max(0, start - 30) : start])
    return start - len(m.group(0)) if m else start


_SENTENCE_END = re.compile(r"[^\W\d_]{4}\.[ \t]*$")


def _grow_forward(text: str, end: int, lexicon: Lexicon, start: int) -> int:
    """Take the following unit, city, state and postcode pieces; stop after the last piece
    that holds a number (a trailing city alone identifies no one)."""
    pos, best, steps = end, end, 0
    line_start = text.rfind("\n", 0, end) + 1  # the address's own line: not a line of another script above it
    caseless_before = any(caseless(ch) for ch in text[max(line_start, end - 30) : end])
    # an address written in lower case goes on with a place in lower case, whatever the rest of
    # the text ("37 patrick street" + ", raheny, dublin 5 v94 j4c7" under a line with "Patrick
    # Street"); everyday words after it are the sentence's (", personal mail", " now, safe")
    head = text[max(line_start, start) : end]
    # (one with a street's name in Latin letters in it: "4 of 5" + " stars" is a rating)
    lower_address = head == head.lower() and (
        any(not lexicon.is_common(w) for w in re.findall(r"[a-zß-ɏ]{4,}", head))
        # or a number and a street word ("2933 elm street, apt 38" + ", springfield, il 85699")
        or bool(NUMBER_FIRST[0].search(head))
    )
    after_number = False  # the last piece held a number ("06000 ciudad de méxico": its city)
    dashed = False  # a dash came since the last number: the words after it wait for one
    while steps < 6:
        # A full stop or a dash before a flat, district or postcode ("Bağdat Cad. No: 87",
        # "Kolkata - 700060"), else the usual separators.
        dash = _DASH_PART.match(text, pos)
        sep = _DOT_THEN_PART.match(text, pos) or dash or _SEP.match(text, pos)
        dashed = dashed or (dash is not None and sep is dash)
        if (not sep or sep.end() == pos) and _ABBREVIATION_DOT.search(text, max(0, pos - 6), pos + 2):
            sep = re.compile(r"\.,?[ \t]+").match(text, pos)  # "Brgy. Poblacion", "TP. Hồ Chí Minh"
        at = sep.end() if sep else pos
        same_line = "\n" not in text[pos:at]
        piece = _TAIL_PIECE.match(text, at)
        if not piece or piece.end() == at:
            break
        value = piece.group(0)
        if caseless(value) and not caseless_before:
            break  # an address in Latin letters ends where a sentence of another script goes on
        # A script without case has no capital to say a place goes on: after a space, its sentence
        # does ("উত্তরা, সিলেট" + " থেকে নিখোঁজ"); so does a table's next column after a wide gap
        # ("Durrës" + "  PRIORITY - oxygen").
        gap = text[pos:at]
        if "\n" in gap and re.match(r"\d{1,3}[).][ \t]", text[at:]):
            break  # the next item of a numbered list ("… Beira\n3) Armando …")
        if "\n" in gap and _SENTENCE_END.search(text, max(0, pos - 5), pos + gap.index("\n")):
            break  # a sentence's full stop ends the line ("… Jelgava.\nThe 2a. Avenida"; not "St.\n")
        if "\n" in gap and (
            re.search(r"[?!]", gap[: gap.index("\n")]) or _LABEL_LINE.match(text[at : at + 40])
        ):
            break  # a question ends the line ("… 20000 dubrovnik?\n6:20 am office: …"); a form's next label

        if not re.search(r"\d", value) and not re.search(r"[,،\n]", gap):
            if re.search(r"[ \t]{2}", gap):
                break
            if caseless(value[:1]) and not _CASELESS_STREET_WORD.match(value):
                # (Thai and Arabic addresses are spaced, not comma-separated: a piece still goes on
                # when a number follows it before the sentence ends, "แขวงคลองเตย เขตคลองเตย
                # กรุงเทพฯ 10110", or when it ends a part of its own, "مدينة" + " نصر" + "، القاهرة")
                ahead = re.split(r"[।.!?\n]", text[at : at + 40], maxsplit=1)[0]
                part_end = re.match(r"[ \t]*(?:[,،\n]|$)", text[at + len(value) :])
                if not re.search(r"\d", ahead) and part_end is None:
                    break
        last = False
        # a piece ends at a sentence's full stop ("… 51208 Valencia. Funeral mass"), not at an
        # abbreviation's ("St. Louis", "N.L.")
        full_stop = re.search(r"(?<=[^\W\d_]{4})\.[ \t]+(?=[A-Z])", value)
        if full_stop:
            value, last = value[: full_stop.start()], True
        stop = re.search(
            # (in lower case: "AT 31295" is Austria's code; capitalised only the words no place has)
            r"(?:^|[ \t])(?:and|or|atau|dan|ou|oder|und|but|not|is|was|the|my|i|I|can|could|you|me|at|to|in|from|if|for|with|on|since|please|pls|around|about|before|tonight|today|yesterday|"
            r"thanks|thx|ok|instead|until|open|leave|ring|call|mobile|phone|tel|email|whatsapp|following|consultant|[PTOLRCU](?i:lease|hanks|pen|eave|ing|all|ntil))(?![\w'’])",
            value,
        )
        if stop:
            # A sentence goes on after the address: keep what comes before it ("OULU NO. I now …").
            value = value[: stop.start()].rstrip()
            if not value:
                break
            piece_end, last = at + len(value), True
        else:
            piece_end = at + len(value) if last else piece.end()
        has_digit = bool(re.search(r"\d", value))
        if len(value.split()) > 5 or (
            value[0].islower()
            and not has_digit
            and value.lower() not in ("nan", "bis", "ter")
            and not re.match(_DISTRICT, value)
            and not (after_number and same_line and not all(lexicon.is_english(w) for w in value.split()))
            and text != text.lower()
            and not (lower_address and not any(lexicon.is_common(w) for w in value.split()))
        ):
            break  # lower-case words continue the sentence, not the address ("apt 5", "кв. 12" do)
        after_number = has_digit or (after_number and same_line)
        pos = piece_end
        # A number, or the place written on the line of the address ("75002 Paris").
        if has_digit or (not dashed and same_line and "\n" not in text[best:at] and len(value.split()) <= 3):
            best = pos
            dashed = False
        if last:
            break
        steps += 1
    return best


def completed(text: str, found: list[Found], lexicon: Lexicon) -> list[Found]:
    """Addresses found elsewhere (the token layer) grown like the rules' own, when they hold a
    number (back, too, over what `_grow_back` takes: "Jugoslávských" + " partyzánů 76/C"), or
    when what they grow over holds a flat or a house sign: forward over the flat,
    district, postcode and the city written with it ("… 3º andar, 8082-717" + " Faro", "Shariati
    St" + ", Alley 1, No. 79"; not "Super Mario" + " 64")."""
    out = []
    for f in found:
        if f.entity != "STREET_ADDRESS":
            continue
        end = _grow_forward(text, f.end, lexicon, f.start)
        numbered = re.search(r"\d", re.sub(r"[@#]\w+", "", text[f.start : f.end]))
        start = _grow_back(text, f.start) if numbered else f.start
        if (start, end) == (f.start, f.end):
            continue
        if numbered or UNIT_RE.search(text, f.end, end):
            out.append(Found(start, end, f.entity, f.score))
    return out


def _join(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _near(cores: list[tuple[int, int]], pos: int, gap: int = 3) -> bool:
    return any(e <= pos <= e + gap or s - gap <= pos <= s for s, e in cores)


def _cue_before(text: str, pos: int) -> bool:
    return bool(
        re.search(
            r"(?:\bat|\bon|\bin|\bto|\bof|\bau|\baux|(?<!\w)à|\bchez|\bbei|\bnach|\ben|address\w*|adresse|:)\s*$",
            text[max(0, pos - 20) : pos],
            re.I,
        )
    )


def _number_before(text: str, pos: int) -> bool:
    return bool(re.search(r"(?<![\w.,])\d{1,6}\s+$", text[max(0, pos - 10) : pos]))
