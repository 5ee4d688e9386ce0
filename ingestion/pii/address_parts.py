"""The parts of a street address in many countries, as regex alternatives for `addresses`:
street types written after the name ("Baker Street"), before it ("rue de la Paix", "ul. Długa",
"Odos Ermou", "prospekt Mira"), as a word of their own after it ("Pärnu mnt", "Ferenc körút"),
glued to it ("Lindenstraße", "Storgatan"); flats, floors and blocks ("Apt 5", "bl. A3, ap. 17",
"3.º Dto.", "2. tv", "3ος όροφος"); postcodes of many countries. Plus Faker's street types
(`street_words`).
"""

from __future__ import annotations

from ingestion.pii import street_words
from ingestion.pii.lexicon import words

SUFFIXES = (
    "street|st|str|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|"
    "square|sq|terrace|ter|parkway|pkwy|highway|hwy|circle|cir|crescent|cres|close|gardens|gdns|"
    "row|alley|plaza|grove|mews|walk|hill|view|park|bypass|union|ridge|trail|trl|loop|pike|path|"
    "crossing|point|green|heights|estates|meadows|common|wharf|quay|parade|esplanade|promenade|"
    "broadway|expressway|freeway|junction|landing|manor|station|summit|valley|village|vista|"
    "bridge|brook|camp|canyon|center|centre|corner|cove|creek|crest|dale|estate|falls|ferry|field|"
    "fields|flats|ford|forest|fork|fort|garden|gateway|glen|harbor|harbour|haven|hollow|island|"
    "isle|knoll|lake|lakes|lodge|mall|meadow|mill|mills|mount|mountain|orchard|oval|pass|passage|"
    "pines|plains|port|ranch|rapids|rest|river|route|shore|shores|spring|springs|spur|stravenue|"
    "track|trace|turnpike|viaduct|wells|nagar|marg|colony|cross|layout|enclave|chowk|salai|sarani|veedhi"
)
PREFIXES = (
    "rue|avenue|av|avda|avenida|boulevard|boul|bd|bld|chemin|allée|allé|impasse|place|quai|route|"
    "cours|calle|c/|paseo|plaza|camino|carrer|ronda|rambla|carretera|glorieta|via|viale|piazza|"
    "piazzale|corso|largo|vicolo|strada|borgo|contrada|rua|rúa|r\\.|travessa|praça|alameda|estrada|"
    "rodovia|ul|ulica|al|aleja|plac|os|str|aleea|bulevardul|calea|intrarea|șoseaua|soseaua|piața|"
    "piata|jalan|jl|gang|calçada|ladeira|rehov|rechov|sderot|derech|jirón|jiron|"
    # Malay and Thai: lane, road, village, garden estate; Québec's rural road ("1119, rang Saint-Joseph")
    "lorong|lebuh|persiaran|lebuhraya|kampung|kg|taman|soi|thanon|rang|"
    # Greek and Cyrillic: avenue, street, square; ulitsa, prospekt, pereulok, bulvar, shosse, naberezhnaya
    "λεωφόρος|λεωφ|οδός|οδ|πλατεία|ул|улица|пр-т|просп|проспект|пер|переулок|бульвар|б-р|шоссе|наб|"
    "набережная|площадь|пл|"
    # The same written in Latin letters, as people abroad write their address
    "odos|leoforos|plateia|ulitsa|prospekt|prosp|pereulok|bulvar|shosse|naberezhnaya|ploshchad|proyezd|"
    # Ukrainian vulytsia and Bulgarian bulevard, abbreviated ("vul. Sumska 24", "bul. Bulgaria 115")
    "vul|vulytsia|bul|bulv|"
    # ... and in Cyrillic: Ukrainian street, avenue, lane, boulevard, square ("вул. Садова 39/8")
    "вул|вулиця|просп|пров|провулок|бульв|майдан|"
    # the Nile's and the Gulf's corniche; Hebrew street, avenue, road; Arabic street and road
    "corniche|רחוב|רח'|שדרות|שד'|דרך|שארע|شارع|طريق|"
    # Irish road, street, avenue, lane; Welsh road, street; Albanian street and boulevard;
    # Azerbaijani street and avenue; Somali road; Dari and Pashto road
    "bóthar|bothar|sráid|sraid|ascaill|lána|heol|stryd|ffordd|rruga|bulevardi|küç|küçəsi|"
    "prospekti|jidka|waddada|سرک"
)
# Street-type words written as a separate word after the name: Hungarian (with their possessive
# forms: "Árpád fejedelem útja"), Danish, Finnish, Estonian ("Luite tee", "Pärnu mnt"), Norwegian.
AFTER_NAME = (
    "utca|utcája|u\\.|út|útja|tér|tere|köz|köze|körút|körútja|sétány|sétánya|vej|gade|tie|katu|"
    "terrasse|tee|tn|tänav|mnt|maantee|pst|puiestee|"
    # Slovene, Croatian, Slovak, Finnish written apart: "Nadgoriška cesta 77", "Bertel Jungin bulevardi 9"
    "ulica|cesta|ulice|trg|bulevardi|kuja|polku|"
    # Turkish: mahalle (quarter), cadde, sokak, bulvar, abbreviated or whole ("Bağdat Cad.", "2682 Sok.")
    "mah|mahallesi|cad|cd|caddesi|sok|sk|sokak|sokağı|blv|bulvarı|bulvari|"
    # Azerbaijani street and avenue after the name ("Nizami küç. 29"); Georgian avenue and street
    # ("კოსტავას გამზ. N148"); Tamil road and street, Sinhala road, Burmese road ("அண்ணா சாலை")
    "küç|küçəsi|prospekti|გამზ|გამზირი|ქუჩა|சாலை|வீதி|தெரு|පාර|මාවත|လမ်း|"
    # Latvian street, avenue, boulevard, square, road; Lithuanian street and avenue ("Lāčplēša
    # iela 90-22", "Gedimino prospektas 9")
    "iela|gatve|prospekts|bulvāris|laukums|šoseja|gatvė|prospektas|alėja"
)
# Street words written apart after a capitalised name, which are English words too or follow one
# that is: Norwegian and Swedish ("Kong Oscars gate 46", "Bygdøy allé 17A"), German ("Alter
# Platz 125", "Linzer Straße 36"). Only after capitalised words (not "at gate 7").
AFTER_CAPITALISED_NAME = "gate|gata|gatan|vei|veien|vegen|allé|plass|torg|straße|strasse|platz|gasse|allee"
ENGLISH_STREET_WORDS = words("gate")
COMPOUND = (
    "straße|strasse|str|gasse|platz|allee|ring|damm|ufer|weg|straat|gracht|laan|plein|kade|singel|"
    "dijk|baan|dreef|hof|pad|steeg|gatan|gata|vägen|väg|gränd|stigen|torget|vej|gade|stræde|katu|"
    "tie|kuja|polku|väylä|kaari|rinne|veien|vei|gate|bakken|vegen|utca|út|tér|köz|körút|sétány|"
    "ulice|třída|náměstí|cesta|ulica|" + "|".join(street_words.faker_compound_endings())
)
# A flat, suite, box or floor with its number. Romanian blocks write "bl. A3, sc. 2, et. 4,
# ap. 17"; Russian ones "kv. 12, korp. 2" (kvartira, korpus) in Latin letters.
_UNIT_WORDS = (
    r"apt|apartment|suite|ste|unit|flat|floor|fl|room|rm|wohnung|whg|piso|apto|appt|app|lgh|int|"
    r"box|p\.?\s?o\.?\s?box|house\s+no|door|bldg|building|block|blk|nº|n°|m|lok|local|puerta|étage|"
    r"etage|stiege|top|bus|postbox|postboks|postfach|apartado|caixa\s+postal|кв|корп|level|"
    # Swahili's PO box, "Sanduku la Posta" ("S.L.P. 7338, Mwanza")
    r"s\.\s?l\.\s?p|"
    r"h\.\s?no|holding\s+no|bl|sc|et|ap|kv|korp|"
    # Turkish door, flat and floor ("No: 87 D: 18", "Daire: 20", "Kat: 3"); a house number sign
    # ("No. 39"); Kenyan and Philippine plots and lots ("Hse No. 66", "Plot 4384", "Lot 21");
    # Brazilian conjunto, Hungarian ground floor ("fszt. 3."), Vietnamese flat and building
    # ("Căn hộ 1103, tòa B3")
    r"no|d|daire|kat|hse\.?\s+no|plot|lot|phase|conj|fszt|căn\s+hộ|tòa|toa|"
    # Indonesian block, Portuguese house, Italian staircase and inner door
    r"blok|casa|scala|interno|"
    # a Lebanese or French building ("imm. 52, Bliss St")
    r"imm|immeuble|"
    # Norwegian flat ("leil. H0502"), Chilean office ("of. 306"), Québec suite ("bureau 600"),
    # Argentine flat ("depto. 4"), Thai village number ("Moo 7"), house and farm numbers
    # ("House 56", "Farm Welgevonden 451" is a name: only "House"), Chilean plot ("Parcela 15")
    r"leil|leilighet|of|oficina|bureau|depto|dpto|moo|house|parcela|sitio|"
    # a stairwell of a post-Soviet block ("entrance 2, apt 32", "подъезд 3"), a French block
    # ("Bloc F, App. 29"), a building ("Immeuble 60", "Edif. 4"), a Nepali or Indian ward
    r"entrance|подъезд|bloc|immeuble|edif|edificio|ward|"
    # a Czech flat ("byt č. 35"), a Serbian one ("stan 23"), an Iranian alley and house plaque
    r"byt\s+č|byt|stan|alley|kuche|pelak|plaque|"
    # Hebrew flat and floor, Arabic flat
    r"דירה|קומה|شقة|"
    # Icelandic and Azerbaijani flats, Armenian and Georgian flats (բնակարան, ბინა), Mongolian
    # building ("bair"), a Nepali house ("Ghar No. 21"), a Somali house ("Guriga 241"), a
    # Mozambican block ("Quarteirão 17"), a villa, an Afghan house and plaque ("خانه 8")
    r"íbúð|ibud|mənzil|menzil|բն|ბ|ბინა|bina|ghar|guriga|quarteirão|quarteirao|villa|خانه|پلاک|"
    # a house's or a plot's number in Tamil, Sinhala, Burmese, Khmer and Lao ("எண் 36", "අංක 228",
    # "အမှတ် 36", "ផ្ទះលេខ 176", "ເຮືອນເລກທີ 37")
    r"எண்|இல|අංක|အမှတ်|ផ្ទះលេខ|ເຮືອນເລກທີ"
)
# Words of `_UNIT_WORDS` that are short or everyday: a flat only next to a street.
UNIT_WORDS_NEAR_STREET = words(
    "m int top bus local door block app fl box level bl sc et ap no d kat plot lot phase conj casa "
    "entrance bloc ward stan alley "
    "of bureau moo house parcela sitio "
    "scala interno bajo ático atico entresuelo hinterhaus vorderhaus souterrain ბ bina villa ghar"
)
UNIT = (
    # A unit's word, then its number, never glued to it ("d1453b" is a hex id); an Indian house
    # number of several parts ("H.No. 8-6-41/B")
    rf"(?:{_UNIT_WORDS})(?:[.:]\s*|\s+)(?:no[.:]?\s*|n\.?\s?[º°]\s*|N(?=\d))?#?\s*[A-Z]?\d{{1,5}}[A-Za-z]?(?:[/-]\d{{1,5}}[A-Za-z]?){{0,3}}(?:/[A-Z]\b)?\b"
    # A Singaporean or Malaysian unit, floor-unit: "#09-294"; a PO box with its letters ("P.O.
    # Box KS 611")
    r"|#\d{1,3}-\d{1,4}\b|(?i:p\.?\s?o\.?\s?box)\s+[A-Z]{1,3}\s?\d{1,6}\b"
    # An Indonesian neighbourhood and its ward: "RT.30/RW.91", "RT 03 / RW 05"
    r"|\b(?i:rt)\.?\s?\d{1,3}\s?/\s?(?i:rw)\.?\s?\d{1,3}\b"
    # A flat named by a letter after its word: "depto. C", "Apt B", "Flat D"
    r"|(?i:depto|dpto|apto|apt|flat|unit)\.?\s[A-H]\b(?![.'’]\w)"
    # Floors: "3rd floor", "2º B", "3.º Dto." (Portuguese: esquerdo, direito, frente)
    r"|\b\d{1,2}\.?\s?(?:º|ª|°|st|nd|rd|th|er|e|ème)\.?\s*"
    r"(?:floor|piso|étage|etage|stock|izq|izda|dcha|dch|esq|dto|drt|fte|frente|[A-H])\b\.?"
    # Hong Kong and Taiwan floors: "1/F", "7F.-45", "8F."; Portuguese ground floor "r/c Dto."
    r"|\b\d{1,2}/F\b|\b\d{1,2}F\.?-\d{1,3}\b|\b\d{1,2}F\.(?=,)|(?i:r/c)(?:\s+(?i:dto|esq|frente)\.?)?"
    # Danish floor and side: "2. tv", "st. th." (stuen, til højre), "3. mf"; not "3. th time"
    r"|\b(?:\d{1,2}|st)\.\s?(?:tv|th|mf)\b\.?(?![ \t]+[^\W\d_])"
    # Greek floor: "3ος όροφος"
    r"|\b\d{1,2}\s?(?:ος|ης|η|ο)\s+(?:όροφος|όροφο|ορόφου)"
    # German and Nordic floors written number first: "3. OG", "2. Etage", "4. Stock"
    r"|\b\d{1,2}\.\s?(?i:og|eg|dg|etage|stock|obergeschoss|patro|podlaží|sprat|kat)\b\.?"
    # the Greek floor in Latin letters: "5os orofos"
    r"|\b\d{1,2}(?:os|is|o)\s+(?i:orofos|orofo|orofou)\b"
    # Hungarian floor/door: "IV/7.", "2/5."
    r"|\b(?:[IVX]{1,4}|\d{1,2})/\d{1,3}\.(?!\d)"
    # Hungarian floor and door: "2. em. 6.", "fszt. 3."
    r"|\b\d{1,2}\.\s?(?i:em)\.?(?:\s?\d{1,3}\.?)?"
    # Floors and sides without a number: Spanish ground floor and attic, German back building
    r"|\b(?i:bajo|ático|atico|entresuelo|hinterhaus|vorderhaus|souterrain)\b"
    r"(?:\s+(?i:links|rechts|izda|izq|izquierda|dcha|dch|dra|derecha|centro)\b\.?)?"
    # A staircase letter: "scala C"
    r"|\b(?i:scala|escalera|esc\.|stiege)\s?[A-Z]\b"
)
# Postcodes: Brazil/US ZIP+4, Portugal (1200-095), Japan (153-0063), Poland (00-950), Sweden,
# Greece and Czechia (105 64), the Netherlands (1012 AB), the UK, Canada (H3B 4W8) and Ireland's
# Eircode (D07 X2Y3) in any case, Argentina's CPA (C1094RXU), and plain runs of 4-7 digits.
POSTCODE = (
    r"(?:\d{5}-\d{3,4}|\d{4}-\d{3}|\d{3}-\d{4}|\d{2}-\d{3}|\d{3}\s\d{2}|\d{4}\s?[A-Z]{2}|"
    r"(?i:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y\d]{4})|"
    # Latvia, Lithuania and Moldova write their country code before the digits ("LV-1050", "LT-01100")
    r"(?:LV|LT|MD)-\d{4,5}|"
    r"\d{4,7}|S\(\d{6}\)|[A-HJ-NP-Z]\d{4}[A-Z]{3})(?![\w-])"  # Singapore "S(310616)", Argentina "C1094RXU"
)

# Street types of other countries (Faker's lists, `street_words`).
_FAKER_BEFORE, _FAKER_AFTER = street_words.faker_street_words()
SUFFIXES = SUFFIXES + "|" + "|".join(_FAKER_AFTER)
PREFIXES = PREFIXES + "|" + "|".join(_FAKER_BEFORE)

# A shipping label's or form's label over an addressee and an address on the lines below it
# ("Ship to:\nOliver Okoro\nFlat 309, …"): `addresses.labelled_blocks` reads the address,
# `names_shapes.form_fields` the addressee.
ADDRESSEE_LABELS = (
    r"ship(?:ping)? to|deliver(?:y)? to|bill(?:ing)? to|send to|mail to|post to|consignee|recipient|addressee"
)
