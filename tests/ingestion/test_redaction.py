"""PII redaction, one entity family at a time, on texts of several locales; the tenant's brands
and watch terms survive; the outbound guard refuses prompts with personal data and says why."""

from __future__ import annotations

import re

import pytest

from ingestion.redaction import outbound_guard, redact_texts

BRANDS = ["Northwind", "Northwind Bank", "@NorthwindBank", "Northwind app"]


def redact(text: str, allow: list[str] | None = None) -> str:
    return redact_texts([text], allow_list=BRANDS if allow is None else allow)[0].text


def assert_gone(text: str, *secrets: str) -> str:
    out = redact(text)
    for secret in secrets:
        assert secret not in out, (secret, out)
    return out


def assert_gone_and_kept(text: str, secrets: list[str], kept: list[str]) -> None:
    out = assert_gone(text, *secrets)
    for k in kept:
        assert k in out, out


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("ring me on +44 7700 900123 after six", "7700 900123"),
        ("call (201) 555-0123 please", "555-0123"),
        ("mein Handy: 01512 3456789", "3456789"),
        ("appelez le 06 12 34 56 78", "34 56 78"),
        ("my number is +91 81234 56789", "56789"),
        ("whatsapp +55 11 96123-4567", "96123-4567"),
        ("puhelin 041 2345678", "2345678"),
        ("dial 0049 301 017 55 for the desk", "017 55"),
        ("Tel. +81 90-1234-5678", "1234-5678"),
        ("reach me at +2348021234567", "8021234567"),
    ],
)
def test_phone_numbers_of_every_region_and_format_are_redacted(text, phone):
    out = assert_gone(text, phone)
    assert "<PHONE_NUMBER>" in out


@pytest.mark.parametrize(
    ("text", "kind", "secret"),
    [
        ("card 4111 1111 1111 1111 was charged twice", "CREDIT_CARD", "1111 1111"),
        ("amex 3782-822463-10005 declined", "CREDIT_CARD", "822463"),
        ("IBAN DE89 3704 0044 0532 0130 00 please refund", "IBAN_CODE", "0532 0130"),
        ("refund to GB29NWBK60161331926819", "IBAN_CODE", "60161331926819"),
        ("mail jane.doe@example.com now", "EMAIL_ADDRESS", "jane.doe"),
        ("login from 203.0.113.45 blocked", "IP_ADDRESS", "203.0.113.45"),
        ("login from 2001:db8:85a3::8a2e:370:7334 blocked", "IP_ADDRESS", "8a2e:370:7334"),
        ("SSN 536-22-8174 on file", "US_SSN", "536-22-8174"),
        ("write to it-desk@northwind.internal", "EMAIL_ADDRESS", "it-desk"),
        ("driver's license D1234567 rejected", "US_DRIVER_LICENSE", "D1234567"),
        ("licence MORGA753116SM9IJ expired", "US_DRIVER_LICENSE", "MORGA753116SM9IJ"),
        ("passport no. X9876543 attached", "ID_NUMBER", "X9876543"),
    ],
)
def test_structured_identifiers_are_redacted_with_their_type(text, kind, secret):
    out = assert_gone(text, secret)
    assert f"<{kind}>" in out, out


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Hi, this is Siiri Korhonen from Tampere", ["Siiri", "Korhonen"]),
        ("my name is zofia wiśniewski and my card is blocked", ["zofia", "wiśniewski"]),
        ("thanks Chinedu and Mareike at the branch, sorted!", ["Chinedu", "Mareike"]),
        ("cc Joris, Femke and Thijs - the outage is back", ["Joris", "Femke", "Thijs"]),
        ("Lucía Ruiz de la Torre says she was charged twice", ["Lucía", "Ruiz", "Torre"]),
        ("Kind regards,\nTyler Whitfield", ["Tyler", "Whitfield"]),
        ("lieke here - the app double charged me", ["lieke"]),
        (
            "Spoke to Krisztián Szöllösy yesterday, he called back. Szöllösy was kind.",
            ["Szöllösy", "Krisztián"],
        ),
        ("my husband aatu can't log in either", ["aatu"]),
        ("the true story of ilkka is that he never called back", ["ilkka"]),
        ("anneli k virtanen opened the ticket", ["anneli", "virtanen"]),
        ("follow up with jaana mäkelä next week", ["jaana", "mäkelä"]),
        ("sometimes people call me Xochitl", ["Xochitl"]),
        ('"We never got the refund," says Okonkwo-Bello.', ["Okonkwo", "Bello"]),
        ("Ingrid ten Brink will present the outage review", ["Ingrid", "Brink"]),
        ("Wiremu lives in Rotorua and his card was blocked", ["Wiremu"]),
        ("thanks Onni and Tunde at the branch", ["Onni", "Tunde"]),
        # every member of a long list, a given name NER reads as a place among them
        (
            "We invited 7: Oleksandra, Mary, Beatriz, Ingeborg, Magdalena, Ruth and Elif.",
            ["Oleksandra", "Mary"],
        ),
        ("we invited 5: miroslava, jonathan, agnieszka, chad and ruth.", ["miroslava", "chad"]),
        # a lower-case given name with a surname no list knows, and the reverse
        ("ugh raimund kettelhake posted my card again", ["raimund", "kettelhake"]),
        ("name: ignacio fernández de la vega / order 5521", ["ignacio", "fernández", "vega"]),
        ("please drop my nephew Tamati from the account", ["Tamati"]),
    ],
)
def test_person_names_are_redacted_whole_in_any_case_and_in_lists(text, names):
    out = assert_gone(text, *names)
    assert "<PERSON>" in out


def test_a_published_sample_ssn_is_still_redacted_as_a_number():
    # presidio rejects 078-05-1120 as an SSN (a famous placeholder); the number still goes.
    out = assert_gone("SSN 078-05-1120 on file", "05-1120")
    assert "<US_SSN>" not in out


def test_a_lower_case_name_next_to_a_watched_brand_is_redacted_and_the_brand_kept():
    # NER reads "małgorzata here - Northwind Bank" as one person; cutting the brand out must
    # not drop the name a rule found inside that span.
    out = redact("małgorzata here - Northwind Bank double charged me")
    assert out.startswith("<PERSON>") and "małgorzata" not in out
    assert "Northwind Bank double charged me" in out


def test_handles_are_redacted_but_the_tenants_own_handle_is_kept():
    out = redact("RT @chloe_benn42: @NorthwindBank is my card data safe?")
    assert "chloe_benn42" not in out and "<USERNAME>" in out
    assert "@NorthwindBank" in out


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("I moved to Flat 3, 27 Baker Street, London NW1 6XE last week", ["27 Baker", "Flat 3", "NW1 6XE"]),
        ("send it to 1234 Maple Avenue, Apt 5B, Springfield, IL 62704", ["1234 Maple", "5B", "62704"]),
        ("Adresse: Lindenstraße 12, 10115 Berlin", ["Lindenstraße 12", "10115"]),
        ("j'habite 12 rue de la Paix, 75002 Paris", ["12 rue", "Paix", "75002"]),
        ("Calle Mayor 15, 3º B, 28013 Madrid", ["Mayor 15", "28013"]),
        ("deliver to ul. Marszałkowska 10/12, 00-590 Warszawa", ["Marszałkowska", "10/12", "00-590"]),
        ("Rua das Flores, 123, apto 45, São Paulo - SP, 01310-100", ["Flores", "123", "45", "01310-100"]),
        ("Shipping label\nOnni Mäkinen\nKoskikatu 25 B 14\n00100 Helsinki", ["Koskikatu", "B 14", "00100"]),
        ("I'm at Storgatan 5, lgh 1102, 114 55 Stockholm and can't pay", ["Storgatan 5", "1102", "114 55"]),
        ("It's at Λεωφόρος Βουλιαγμένης 88, 166 74 Γλυφάδα", ["Βουλιαγμένης", "88", "166 74"]),
        ("доставка: ул. Тверская, д. 7, кв. 12, 125009 Москва", ["Тверская", "кв. 12", "125009"]),
        ("we met at Szent István körútja 12 yesterday", ["István", "12"]),
        ("the office is Narva mnt 5 in Tallinn", ["Narva mnt 5"]),
        (
            "meet me at the corner of Keizersgracht 12 and Leidsestraat",
            ["corner", "Keizersgracht", "Leidsestraat"],
        ),
        ("ship to 210 third avenue apt 4, springfield", ["210", "third avenue", "apt 4"]),
        ("send it to 688 rue du centre 320, 4000 liège", ["688", "centre 320", "4000"]),
        ("psc 1234, box 5678\napo ae 09012", ["1234", "5678", "09012"]),
        ("please return to Leon and Eyrarodda 66 today", ["Leon", "Eyrarodda", "66"]),
        ("the pharmacy is on Grazer Strasse 41", ["Grazer", "41"]),
        ("Postal: 3310 Solbakken gate 17, Apt. 8, BERGEN", ["3310", "Solbakken", "17", "8"]),
        ("it went to 12 Hlavní 77, Lhota u Kolína, 28002 and bounced", ["Hlavní", "Lhota u Kolína", "28002"]),
        ("I lived at 5 Aleksanterinkatu 9 Apt. 3 TURKU FI. I moved since", ["Aleksanterinkatu", "TURKU"]),
        # street types of other countries (Faker's lists): USPS suffixes, Spanish, Italian types
        ("please send it to 48 Larkspur Shoals, thanks", ["48", "Larkspur"]),
        ("ship them to Callejón del Gato 14, Madrid", ["Gato", "14"]),
        ("the office moved to Vicolo Stretto 3", ["Stretto", "3"]),
        # the sentence goes on after a street named after its type word
        ("the parcel went to 17 chemin Beaulieu near the school", ["17", "Beaulieu"]),
        # a bare street name and number after a cue, in any script, with a flat after a slash
        ("ship it to Κεφαλληνίας 21, Αθήνα", ["Κεφαλληνίας", "21"]),
        ("ship it to Крушевска 5а/2", ["Крушевска", "5а"]),
        # grid addresses of Latin America, ordinal street names, types written apart
        ("envíenlo a Carrera 7 No. 45-10, Bogotá", ["7 No. 45-10"]),
        ("our flat is at 350 5th Avenue, Apt 12", ["350", "5th Avenue", "12"]),
        ("the office is at Nadgoriška cesta 77", ["Nadgoriška", "77"]),
        ("доставка: провулок Садовий, буд. 12", ["Садовий", "12"]),
        # a flat after the street makes everyday words a street; Nordic endings glued to the name
        ("new address 4411 summer hills apt. 12", ["4411", "summer hills", "12"]),
        ("bitte an Nilsenhaugen 14 schicken", ["Nilsenhaugen", "14"]),
        ("envoyez le colis au Dvořákova 7 svp", ["Dvořákova", "7"]),
        ("Level 3 41 Wattle Crescent, Ultimo", ["Level 3", "41 Wattle"]),
    ],
)
def test_street_addresses_lose_street_flat_and_postcode(text, secrets):
    out = assert_gone(text, *secrets)
    assert "<STREET_ADDRESS>" in out


def test_brand_and_watch_terms_are_never_redacted_even_where_ner_says_person():
    text = "Northwind app just shows 'service unavailable'"
    assert redact(text) == text
    assert redact("Northwind Bank charged Tyler Whitfield twice").startswith(
        "Northwind Bank charged <PERSON>"
    )


def test_a_watched_executive_stays_readable_and_other_people_do_not():
    out = redact("Ayla Brandt (CEO) replied to Callum Featherstone", allow=["Ayla Brandt"])
    assert out.startswith("Ayla Brandt (CEO) replied to <PERSON>")


@pytest.mark.parametrize(
    "text",
    [
        "omg the atm ate my card lol, idk what to do, pls help",
        "is the outage in paris or berlin too? my transfer to lisbon is stuck",
        "why does the app keep saying session expired, tried on wifi and 4g",
    ],
)
def test_lower_case_posts_without_names_stay_whole(text):
    assert redact(text) == text


def test_brands_doing_things_and_meetings_on_days_stay_readable():
    text = "Revolut is down again and the review is on Monday 12 at gate 7"
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "ship it to the office by Friday 12 May",
        "it was sent to review 2 days ago, still nothing",
        "we played 3 Great Runs and 2 Happy Ends",
        "see section 5 no. 3 of the terms; the 5th Avenue store is closed",
        "level 3 support said the fix ships in 2 weeks",
    ],
)
def test_dates_durations_and_counts_after_an_address_cue_stay_readable(text):
    assert redact(text) == text


def test_irregular_english_words_after_a_lower_case_list_of_names_stay_readable():
    # "gave" is no lemma of the vocabulary: the exceptions table (irregular forms) says it is English.
    assert redact("thanks anna and gave it back") == "thanks <PERSON> and gave it back"


def test_places_in_a_list_with_a_name_stay_readable():
    assert redact("cc Chinedu, Leeds and Manchester branches are down") == (
        "cc <PERSON>, Leeds and Manchester branches are down"
    )


def test_places_dates_amounts_and_short_numbers_stay_readable():
    text = "ATMs down in Leeds and Manchester since 09:30 on 12/05/2024, lost £1,250; card ending 4471, Android 14"
    assert redact(text) == text


def test_redacted_spans_point_into_the_original_text():
    [result] = redact_texts(["call Tyler Whitfield on +1 201-555-0123"], allow_list=[])
    original = "call Tyler Whitfield on +1 201-555-0123"
    assert [original[s:e] for s, e in result.redacted_spans] == ["Tyler Whitfield", "+1 201-555-0123"]
    assert result.pii_found == {"PERSON": 1, "PHONE_NUMBER": 1}
    assert result.text == "call <PERSON> on <PHONE_NUMBER>"


def test_outbound_guard_refuses_a_prompt_with_a_name_and_says_why_without_the_name():
    result = outbound_guard(
        text="Event text: Callum Featherstone says the Northwind app is down", allow=BRANDS
    )
    assert not result.ok
    assert result.entities == ["PERSON"]
    assert result.reason == "PII in prompt: PERSON×1"
    assert "Callum" not in result.reason


def test_outbound_guard_passes_redacted_text_and_the_tenants_names():
    prompt = (
        "Event text: <PERSON> says the Northwind app is down, call <PHONE_NUMBER>. @NorthwindBank replied."
    )
    assert outbound_guard(text=prompt, allow=BRANDS).ok


def test_outbound_guard_is_stricter_than_ingestion_on_bare_numbers():
    # Ingestion keeps a bare 8-digit number without a phone shape or context; the guard does not.
    text = "reference 48151623 failed"
    assert redact(text) == text
    result = outbound_guard(text=text)
    assert not result.ok and result.entities == ["ID_NUMBER"]


def test_django_setup_and_system_checks_load_neither_presidio_nor_spacy():
    """The LLM tiers import `ingestion.redaction` and Django imports them at setup: `migrate`
    (and every other command) must not load the PII engine it never uses."""
    import subprocess
    import sys

    probe = (
        "import sys, django; django.setup();"
        "from django.core import checks; checks.run_checks();"
        "import ingestion.redaction, classification.tiers.llm, crisis.ai;"
        "print(sorted(m for m in ('presidio_analyzer', 'presidio_anonymizer', 'spacy', 'transformers')"
        " if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stderr[-2000:]


def test_the_pipeline_runs_only_what_the_ner_reads_and_reads_the_same_entities():
    """en_core_web_md's NER embeds its own tok2vec: the shared one (it fed the excluded tagger
    and parser) is dropped, and the entities are those of the pipeline that keeps it."""
    import importlib

    import spacy
    from django.conf import settings

    from ingestion.pii.engine import _UNUSED_PIPES
    from ingestion.redaction import get_engine

    nlp = get_engine().nlp
    assert nlp.pipe_names == ["ner"]
    model = importlib.import_module(settings.PII_SPACY_MODEL)
    kept = spacy.load(model.model_path(), exclude=_UNUSED_PIPES)
    assert kept.pipe_names == ["tok2vec", "ner"]
    texts = [
        "Maria Gonzalez from Northwind called about the outage in Seattle on Monday.",
        "Spoke with Dr. Ahmed Khan at 221B Baker Street, London NW1 6XE, +44 20 7946 0958.",
        "Hurricane Sandy knocked out power for 8 million people across New Jersey.",
        "thanks kwame, the Contoso app is back since 9am",
    ]
    read = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(texts)]
    assert read == [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in kept.pipe(texts)]
    assert any(label == "PERSON" for doc in read for _, _, label in doc)


@pytest.mark.parametrize(
    "text,secrets",
    [
        ("Roof down at Červenkova 865, 773 21 Podivín, two hurt", ["865", "773 21", "Podivín"]),
        ("we are stuck at Budapesti utca 65., H-4245 Zalaegerszeg now", ["65", "H-4245", "Zalaegerszeg"]),
    ],
)
def test_a_name_and_number_with_a_postcode_and_city_after_a_comma_is_an_address(text, secrets):
    assert_gone(text, *secrets)


def test_a_product_and_a_year_after_a_comma_stay_readable():
    text = "The Galaxy 5, 2023 Samsung model overheats"
    assert redact(text) == text


def test_times_and_time_zones_next_to_names_are_not_names_and_the_names_still_go():
    text = "Confirm the scope (Sam Okafor, due 01:13 UTC); check logs (Lena Kowalski, due 01:28 CEST)"
    out = redact(text)
    assert "Sam Okafor" not in out and "Lena Kowalski" not in out
    assert "01:13 UTC" in out and "01:28 CEST" in out
    # A message naming only our own people (the guardrail's allowed names) passes the guard.
    assert outbound_guard(text=text, allow=["Sam Okafor", "Lena Kowalski"]).ok


def test_a_version_after_an_at_sign_is_no_email_but_an_internal_address_is():
    assert outbound_guard(text="model severity_classifier@1.3.0: P1 p=0.24").ok
    assert "it@corp.internal" not in redact("write to it@corp.internal about it")


@pytest.mark.parametrize(
    "text",
    [
        "HighLoginFailureRate\nLogin failure rate above 40% for 5m",
        "CardApiErrorBudgetBurn: card-api 5xx error budget burning 14x",
        # the demo's alert title: the token layer read it as a name (its findings are trimmed like the rules')
        "[FIRING] CardApiErrorBudgetBurn — card-api 5xx error budget burning 14x",
        "KubePodCrashLooping in namespace payments, see runbook",
        "disk_usage_critical on host db-3",
    ],
)
def test_monitoring_rule_names_are_code_not_person_names(text):
    """The demo's alert titles read "<PERSON>: Login failure rate…": spaCy took a rule name for a
    person. A CamelCase word with two inner capitals or a snake_case word is an identifier."""
    assert redact(text) == text
    assert outbound_guard(text=text).ok


def test_names_with_one_inner_capital_still_go():
    out = redact("Spoke to Mr McDonald and DeShawn MacArthur at the branch about the refund")
    assert "McDonald" not in out and "DeShawn" not in out and "MacArthur" not in out


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # flats, blocks and floors of other countries
        ("livrare: Strada Lalelelor nr. 9, bl. C4, sc. 2, ap. 31, București", ["Lalelelor", "C4", "31"]),
        ("entregar na Rua do Carmo, n.º 40, 2.º Dto., 1200-093 Lisboa", ["Carmo", "40", "1200-093"]),
        ("min adresse er Ahornvej 18, 3. tv, 8000 Aarhus", ["Ahornvej", "18", "8000"]),
        ("доставка: ulitsa Lesnaya 14, kv. 56, Moscow", ["Lesnaya", "14", "56"]),
        ("our office: Unit 7/52 Banksia Street, Ringwood", ["7/52", "Banksia"]),
        # postcodes of Ireland, Canada and Japan in any case, Japanese blocks
        ("post it to 14 Ormond Terrace, Dublin d02 x285", ["Ormond", "d02 x285"]),
        ("ship to 88 maple grove, toronto on m5v 2t6", ["88", "maple grove", "m5v 2t6"]),
        ("Tokyo office: Shinjuku 3-chome 12-4, 160-0022", ["3-chome", "12-4", "160-0022"]),
    ],
)
def test_street_addresses_of_more_countries_lose_flat_block_and_postcode(text, secrets):
    out = assert_gone(text, *secrets)
    assert "<STREET_ADDRESS>" in out


def test_an_everyday_word_before_a_street_and_number_stays_readable():
    out = assert_gone(
        "the ATM at Drottninggatan 71, 111 36 Stockholm ate my card", "Drottninggatan", "111 36"
    )
    assert out.startswith("the ATM at ") and "ate my card" in out


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("iban fr76 3000 6000 0112 3456 7890 189 for the refund", "0112 3456"),
        ("send it to de89370400440532013000 pls", "0532013000"),
    ],
)
def test_an_iban_in_lower_case_is_redacted(text, secret):
    out = assert_gone(text, secret)
    assert "<IBAN_CODE>" in out


def test_a_word_after_a_lower_case_iban_is_not_part_of_it():
    out = redact("iban nl91 abna 0417 1643 00 charged twice")
    assert "1643" not in out and out.endswith("charged twice"), out


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # romanized Korean given names, with the surname after them
        ("Seo-yeon Park from the Busan branch called again", ["Seo-yeon", "Park"]),
        ("thanks to ji-ho jeong for the quick fix", ["ji-ho", "jeong"]),
        # a name the email address next to it spells
        ("wanjiru kamau (wanjiru.kamau@mailbox.example) never got the refund", ["wanjiru", "kamau"]),
        # Greek and Russian names in Latin letters
        ("Complaint from Nikos Papadopoulos about the branch", ["Nikos", "Papadopoulos"]),
        ("our driver Ciarán left the parcel outside", ["Ciarán"]),
    ],
)
def test_names_known_by_shape_email_script_or_role_are_redacted(text, names):
    assert_gone(text, *names)


@pytest.mark.parametrize(
    "text", ["Re-do the export, it broke", "please up-to-date the docs", "HA-HA nice try"]
)
def test_hyphenated_everyday_words_are_not_korean_names(text):
    assert redact(text) == text


def test_a_role_mailbox_names_nobody():
    text = "Write to support@northwind.example: the support team will answer"
    out = redact(text)
    assert "the support team will answer" in out, out


def test_latin_spellings_of_greek_and_cyrillic_names():
    from ingestion.pii.romanize import latin_spellings

    assert {"christos", "hristos"} <= latin_spellings("Χρήστος")
    assert {"aleksey", "aleksei"} <= latin_spellings("Алексей")
    assert latin_spellings("Smith") == set()


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # Turkish quarter, street, door and flat; the postcode and district/city after a slash
        ("kargo: Moda Mah. Şair Nefi Sok. No: 12 D: 4, 34710 Kadıköy/İstanbul", ["Moda", "12", "34710"]),
        # the Philippines' purok and barangay, Vietnam's ward and district with the city
        ("deliver to Purok 4, Brgy. Lahug, Cebu City 6000 today", ["Purok 4", "Lahug", "6000"]),
        ("gửi tới 58 Hai Bà Trưng, Phường 6, Quận 3", ["58", "Hai Bà Trưng", "Phường 6"]),
        # a house number and name with no street word, then the district and city (India, Vietnam)
        ("left it at 88/2 Koramangala, Bengaluru 560034 with the guard", ["88/2", "Koramangala", "560034"]),
        # a name, its street type and the number; Hebrew "rehov"; postcodes of seven digits
        ("the office is Ben Yehuda St 42, Tel Aviv 6380214", ["Yehuda", "42", "6380214"]),
        ("ship it to Rehov Dizengoff 99, Tel Aviv", ["Dizengoff", "99"]),
        # floors written number first, Hungarian floor and door, a Spanish ground floor
        ("Lieferung an Gartenweg 3, 2. OG, 04109 Leipzig", ["Gartenweg", "2. OG", "04109"]),
        ("címem: 1052 Budapest, Váci utca 19. 3. em. 7.", ["1052", "Váci", "3. em. 7"]),
        ("envíen a Calle Toledo 12, bajo, 28005 Madrid", ["Toledo", "12", "28005"]),
        # a house or plot sign before the number
        ("courier is outside Plot 27, Moi Avenue, Mombasa", ["Plot 27", "Moi Avenue"]),
    ],
)
def test_street_addresses_of_turkey_asia_israel_and_central_europe_are_redacted(text, secrets):
    out = assert_gone(text, *secrets)
    assert "<STREET_ADDRESS>" in out


def test_the_chat_line_after_an_address_stays_readable():
    out = redact("courier is outside 14 Elm Road\nMika: ok i'll come down, leave it with the guard")
    assert "14 Elm" not in out and "ok i'll come down, leave it with the guard" in out, out


def test_words_after_an_address_in_a_lower_case_text_stay_readable():
    out = redact("they couldn't find am lindenhof 12, hinterhaus can you call me back later")
    assert "lindenhof 12" not in out and "can you call me back later" in out, out


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("please verify with Tendai before unlocking the account", ["Tendai"]),
        ("left parcel at the door, ring Xiadani on arrival", ["Xiadani"]),
        ("Thanks to Bolat and Nurlan for the quick fix!", ["Bolat", "Nurlan"]),
        ("words by Chiamaka Obi. edited by Pani Zielińska.", ["Chiamaka", "Obi", "Zielińska"]),
        ("app crashes on launch since the update. — thandiwe", ["thandiwe"]),
        ("I'm Ruth, not Yesenia, please fix the name on the card", ["Yesenia"]),
    ],
)
def test_names_after_who_to_ask_bylines_signatures_and_corrections_are_redacted(text, names):
    assert_gone(text, *names)


@pytest.mark.parametrize(
    "text", ["ring the bell twice, nobody answers", "I'm not Sure it worked", "not really"]
)
def test_everyday_words_after_the_new_cues_stay_readable(text):
    assert redact(text) == text


def test_a_washington_style_licence_after_dl_is_redacted():
    out = assert_gone("upload a photo of your DL WDLK4MN7PQ2R please", "WDLK4MN7PQ2R")
    assert "<US_DRIVER_LICENSE>" in out


# --- Japanese script, tables, tickets, Reddit, other languages (2026-12-05, third blind set) ----


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        (
            "Northwind Bankの窓口で井上さんに対応していただきました。新住所は〒060-0042 北海道札幌市中央区大通西3丁目7番2号 グリーンハイツ203号室です。",
            ["井上", "大通西3丁目7番2号", "203号室", "060-0042"],
        ),
        (
            "宛名が長谷川 直樹様になっていました。住所は東京都新宿区西新宿2-8-1です。",
            ["長谷川 直樹", "西新宿2-8-1"],
        ),
        ("至急確認をお願いします。\n小野寺美咲\n電話：080-1111-2345", ["小野寺美咲", "1111-2345"]),
        ("박서연 님, 고객님의 카드가 발송되었습니다.", ["박서연"]),
    ],
)
def test_japanese_and_korean_names_and_addresses_are_redacted(text, secrets):
    out = assert_gone(text, *secrets)
    assert "Northwind Bank" in out or "Northwind" not in text


def test_japanese_roles_before_an_honorific_and_a_brand_glued_to_japanese_stay_readable():
    out = redact("Northwind Bankのご担当者様、お客様の件でご連絡しました。")
    assert out.startswith("Northwind Bank")
    assert "ご担当者様" in out and "お客様" in out


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        (
            "PAX 1: OYELARAN/BISOLA MRS\nPAX 2: OYELARAN/TUNDE MR\nseats 21A/21B",
            ["OYELARAN", "BISOLA", "TUNDE"],
        ),
        (
            "Kunde;Betrag;Datum\nLena Wiesinger;EUR 120,00;03/02\nMarco Tschurtschenthaler;EUR 80,00;04/02",
            ["Wiesinger", "Tschurtschenthaler"],
        ),
        ("customer_name,plan\nOlufemi Adesanya,Gold\nSiobhán Ní Bhraonáin,Basic", ["Adesanya", "Bhraonáin"]),
        ("posted by u/kwame_asante_gh · 3h\nsame thing here", ["kwame_asante_gh"]),
        (
            "The night porter, Gunnhild, lost the key. Last adviser (Tsegaye) said sorry.",
            ["Gunnhild", "Tsegaye"],
        ),
        ("Booked under Nurul Aina binti Rosli and Vel Murugan a/l Subramaniam.", ["Rosli", "Subramaniam"]),
        ("Huge shoutout to thandeka at Northwind for sorting it", ["thandeka"]),
    ],
)
def test_names_in_passenger_lists_tables_reddit_roles_and_patronymics_are_redacted(text, secrets):
    assert_gone(text, *secrets)


def test_a_header_without_a_name_column_and_and_or_slashes_stay_readable():
    out = redact("Datum;Betrag;Status\n03/02;EUR 120,00;OK\nYes/No answers only, AM/PM times.")
    assert "EUR 120,00" in out and "OK" in out and "Yes/No" in out and "AM/PM" in out


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        (
            "Nytt kort sendes til Kong Haakons gate 12, leil. H0203, 7011 Trondheim.",
            ["Haakons", "H0203", "7011"],
        ),
        ("at Blk 118 Bishan Street 12, #05-331, Singapore 570118 since May", ["Bishan", "#05-331", "570118"]),
        ("posted to 88/14 Moo 3, Soi Ramkhamhaeng 24, Bangkok 10240", ["88/14", "Ramkhamhaeng", "10240"]),
        ("Betroffen: Mariahilfer Straße 88/3/14, 1070 Wien", ["Mariahilfer", "88/3/14"]),
        ("delivered to 55 Jong-ro, Jongno-gu, Seoul 03155 by mistake", ["Jong-ro", "03155"]),
        ("I live at House 12, Street 7, F-6/2, Islamabad", ["House 12", "Street 7"]),
        ("entregar en Av. Colón 1540, of. 702, Córdoba", ["Colón 1540", "702"]),
        ("en Calle Hidalgo s/n, Barrio de la Cruz, 68000 Oaxaca", ["Hidalgo s/n"]),
        ("send it to P.O. Box GP 1440, Accra", ["GP 1440"]),
        ("mon plafond au 412, rang Saint-Michel, bureau 12, Saint-Hyacinthe", ["Saint-Michel", "bureau 12"]),
    ],
)
def test_street_addresses_of_norway_singapore_thailand_austria_korea_pakistan_and_the_americas(text, secrets):
    assert_gone(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Estimado cliente, lamentamos mucho lo ocurrido con su pedido. Ya se comunicó con la paquetería.",
            ["lamentamos mucho lo ocurrido", "se comunicó con la paquetería"],
        ),
        (
            "Ich möchte melden, dass die Filiale geschlossen ist. Ich arbeite selbst dort.",
            ["Ich möchte", "Ich arbeite selbst"],
        ),
        ("L'expert n'est toujours pas passé. Vous pouvez me joindre demain.", ["toujours pas passé"]),
        ("Sto preparando un articolo sui rimborsi negati ai clienti di Bologna.", ["rimborsi negati"]),
    ],
)
def test_sentences_in_other_languages_are_not_read_as_names(text, kept):
    # The sentences' words stay; a capitalised word opening a sentence ("Estimado", "L'expert")
    # or a city may still be taken for a name (noticed, left).
    out = redact(text)
    for phrase in kept:
        assert phrase in out, out


def test_a_capitalised_name_an_english_model_reads_inside_a_foreign_phrase_still_goes():
    assert_gone("nobody answers 😤 el moazaf Khaled Al-Mutairi 2al lazem aroo7 el far3", "Khaled", "Mutairi")


def test_a_brand_glued_to_japanese_text_is_still_a_watch_term():
    from ingestion.pii.spans import allow_pattern

    pattern = allow_pattern(["Fabrikam Pay", "Northwind"])
    assert pattern is not None
    assert pattern.search("Fabrikam Payのサポート")
    assert not pattern.search("NorthwindX is a game")


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("driver's license (NJ) K2719 40056 31877 found at the gate", "40056"),
        ("Michigan driver license B 412 905 337 218 attached", "905 337"),
    ],
)
def test_licence_numbers_written_in_groups_after_a_licence_cue(text, secret):
    assert "<US_DRIVER_LICENSE>" in assert_gone(text, secret)


def test_a_couple_named_before_a_possessive_goes_and_a_month_beside_a_day_stays():
    out = assert_gone(
        "We catered Thandiwe and Kagiso Mabuza's wedding on 14 February.", "Thandiwe", "Kagiso", "Mabuza"
    )
    assert "14 February" in out


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("Policyholder: Wanjiru Kamau\nClaim: windscreen", ["Wanjiru", "Kamau"]),
        ("Full name: nomvula dube\nPlan: basic", ["nomvula", "dube"]),
        ("Claimant: OKONKWO, Chidinma\nPolicy: P-2231", ["OKONKWO", "Chidinma"]),
        (
            "Attendees: Reza Tehrani (minutes), Aroha Ngata, Kofi Mensah",
            ["Tehrani", "Aroha", "Ngata", "Mensah"],
        ),
        (
            "[04/03/26, 09:12:44] Siosaia: did yours arrive?\n[04/03/26, 09:13:02] Tevita Fifita: nope",
            ["Siosaia", "Tevita", "Fifita"],
        ),
        ("17/11/2025, 21:05 - Olamide: any update from the bank?", ["Olamide"]),
        ("Report taken by Officer Mahlangu at the branch.", ["Mahlangu"]),
        ("La segnalazione arriva dalla Dott.ssa Esposito di Napoli.", ["Esposito"]),
        ("The refund cheque was issued in the name of Tariq Hameed by mistake.", ["Tariq", "Hameed"]),
        ("Viajo con mi esposa Maite y la reserva está a nombre de Maite Urrutia.", ["Maite", "Urrutia"]),
        ("Sorry that our duty manager, Brighid, was short with you.", ["Brighid"]),
        ("I am Mrs. Haddad (Rania Haddad), please call me.", ["Rania", "Haddad"]),
        ("Send it to Kavitha a/p Raman at the office.", ["Kavitha", "Raman"]),
        ("宛名が中村ゆうこ様になっていました。", ["中村ゆうこ"]),
    ],
)
def test_names_in_form_fields_chat_exports_ranks_and_brackets_are_redacted(text, secrets):
    assert_gone(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Member: Gold tier\nSince: 2019", "Gold tier"),
        ("Ayla Brandt (CEO) replied to the thread", "(CEO)"),
        ("Our wedding on 02/05. Lovely day.", "02/05"),
        ("I miss the old Northwind app so much", "I miss the old"),
        ("Location: Ruta 12 km 301, Cafayate\nVehicle: grey van", "Vehicle: grey van"),
        ("I live in flat B and the unit C team was great", "flat B"),
    ],
)
def test_everyday_words_near_the_new_name_and_address_shapes_stay_readable(text, kept):
    assert kept in redact(text)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        (
            "Ship to:\nnaledi khumalo\n18 vilakazi st, orlando west\nsoweto 1804\nPhone: 011 555 0199",
            ["naledi", "khumalo", "vilakazi", "1804", "orlando"],
        ),
        (
            "Delivery address:\nUnit 4, 22 Rata Street\nNew Lynn, Auckland 0600\n\nThanks!",
            ["Rata", "0600", "Lynn"],
        ),
        ("The water tank at Plot 17, Block C, Dzorwulu, Accra has burst.", ["Plot 17", "Block C"]),
        ("Courier left it at Villa 12, Street 48, Al Barsha, Dubai instead.", ["Villa 12", "Street 48"]),
        (
            "Card posted to Maple Heights 204, 2-14-7 Nakameguro, Meguro-ku, Tokyo 153-0061.",
            ["Maple Heights", "2-14-7", "153-0061"],
        ),
        ("It went to Av. Corrientes 3120, piso 7, depto. B, C1193AAT CABA by mistake.", ["3120", "C1193AAT"]),
        (
            "Parcel forwarded to Kerkstraat 41, 2000 Antwerpen without asking.",
            ["Kerkstraat", "2000 Antwerpen"],
        ),
    ],
)
def test_addresses_in_shipping_labels_plots_villas_buildings_and_after_forwarding_cues(text, secrets):
    assert_gone(text, *secrets)


def test_phone_columns_of_a_pasted_table_and_a_number_a_text_came_from_are_redacted():
    from ingestion.pii.structured import table_phones

    table = "id;mobile;tier\n7;91234567;Gold\n8;+65 8876 5432;Basic\nno table here"
    assert [table[f.start : f.end] for f in table_phones(table)] == ["91234567", "+65 8876 5432"]
    assert_gone(
        "name,phone,city\nTan Wei Ming,91234567,Singapore\nNur Aisyah,88765432,Singapore",
        "91234567",
        "88765432",
    )
    assert_gone("got a weird text from 96831566 this morning", "96831566")


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("Dear Ms Ruiz,\n\nThe heater at our flat is broken again.\n\nGrace", ["Grace"]),
        ("Hi Northwind,\nmy card is blocked.\nKind regards,\nTamati Walker", ["Tamati", "Walker"]),
        ("I, Ifeoma Obi, was standing at the counter when it happened.", ["Ifeoma", "Obi"]),
        ("The parcel was addressed to RUTH ADJEI instead of Esi Boateng.", ["Esi", "Boateng"]),
        ("The engineer went to 14-C, Model Town, Lahore instead of our house.", ["14-C", "Model Town"]),
        ("HP: 0123456789 tq, mi cel 5512345678 gracias", ["0123456789", "5512345678"]),
    ],
)
def test_letter_signers_statements_substitutions_scheme_houses_and_phone_cues(text, secrets):
    assert_gone(text, *secrets)


def test_letters_without_a_signer_a_chat_line_after_an_address_and_order_numbers_stay_readable():
    assert redact("Dear team,\nThe app crashed again.\nThanks").endswith("Thanks")
    assert redact("Hello,\nplease reset my password.\nSent from my iPhone").endswith("Sent from my iPhone")
    out = redact("Tracking says delivered to 12, Jalan Mawar 3, 41200 Klang\n[11/02/25, 19:48:40] Aida: same")
    assert "\n[11/02/25, 19:48:40]" in out
    assert "Order 88776655 shipped" in redact("Order 88776655 shipped, invoice attached")


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("The loan is registered to 88 Phan Chu Trinh, Hoan Kiem, Ha Noi.", ["88 Phan", "Hoan Kiem"]),
        ("hiya the courier couldn't find 27b quarry lane can you ring me", ["27b", "quarry lane"]),
        ("left parcel with the neighbour at 12/4 Pham Ngoc Thach, ring Lan", ["12/4", "Pham Ngoc Thach"]),
    ],
)
def test_addresses_after_softer_cues_when_they_look_like_one(text, secrets):
    assert_gone(text, *secrets)


def test_softer_address_cues_before_everyday_numbers_stay_readable():
    text = "i couldn't find 2 reasons to stay. We moved out of 3 offices. I got home at 5pm"
    assert redact(text) == text


def test_a_street_named_after_a_person_and_a_name_said_before_a_filler_are_redacted():
    assert_gone("Delivered to 71 Hai Ba Trung, Hoan Kiem, Ha Noi - wrong door again.", "71 Hai", "Trung")
    assert_gone("[transcribed] hey it's kelechi um my card was swallowed", "kelechi")
    assert redact("this is ridiculous uh really") == "this is ridiculous uh really"
    assert "3 Hunter Boots" in redact("We have 3 Hunter Boots, Size 7 left")


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("ext. 4417 rang out twice", "4417"),
        ("Extension 3302 please, ask for the night desk", "3302"),
        ("Call +44 20 7946 0958 extension 2140", "2140"),
        ("support line 0800 555 0199 extn 2271", "2271"),
    ],
)
def test_a_desk_extension_goes_with_or_without_its_number(text, secret):
    out = redact_texts([text])[0]
    assert secret not in out.text and out.pii_found.get("PHONE_NUMBER") == 1, out.text


def test_an_extension_that_is_no_phone_stays():
    for text in (
        "browser extension 4 updates overnight",
        "file extension .docx is blocked",
        "visa extension 120 days approved",
        "extension 365 days on the card deadline",
    ):
        assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Appelez le 06\u00a012\u00a034\u00a056\u00a078 ce soir", "56\u00a078"),  # no-break spaces
        ("Tél. 06\u202f12\u202f34\u202f56\u202f78", "56\u202f78"),  # narrow no-break spaces
        ("Tel.: 044\u2009123\u200945\u200967", "45\u200967"),  # thin spaces
        ("ring me on 0412\u2013345\u2013678 after six", "345\u2013678"),  # en dashes
        ("ring me on 0412 - 345 - 678 after six", "345 - 678"),
        ("call me at +1 (415) 555\u20110132", "0132"),  # a non-breaking hyphen
        ("携帯：０９０－１２３４－５６７８までお願いします", "５６７８"),  # fullwidth, glued to kana
        ("電話番号は０９０ー１２３４ー５６７８です", "５６７８"),  # the prolonged sound mark as a dash
        ("연락처는 010-2345-6789로 주세요", "6789"),
        ("um my number is 0412, 345, 678 okay", "678"),  # read out in groups
    ],
)
def test_phones_in_typographic_and_spoken_forms_are_redacted(text, secret):
    out = redact_texts([text])[0]
    assert secret not in out.text and "PHONE_NUMBER" in out.pii_found, out.text


def test_typographic_ranges_lists_and_dates_stay_numbers_not_phones():
    for text in (
        "Outage windows 2019\u20132024 were all under 5 minutes",
        "scores were 12, 345, 678 in the three regions",  # commas without a phone cue
        "2024年5月12日に障害が発生しました",
        "we lost 1\u00a0250 payments",
    ):
        assert redact(text) == text, redact(text)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        (
            "お客様：ＴＡＮＡＫＡ　Ｈａｎａｋｏ様より入電",
            ["ＴＡＮＡＫＡ", "Ｈａｎａｋｏ"],
        ),  # full-width Latin
        ("Merci à Jean\u2011Baptiste Lefèvre pour son aide", ["Baptiste", "Lefèvre"]),  # non-breaking hyphen
        ("Kunde: Ana\u00a0Lima, Rückruf erbeten", ["Lima"]),
    ],
)
def test_names_in_full_width_letters_and_with_typographic_joins_are_redacted(text, secrets):
    out = redact(text)
    for secret in secrets:
        assert secret not in out, out


def test_the_guard_reads_full_width_letters_too():
    result = outbound_guard(text="Summarise the call from ＴＡＮＡＫＡ　Ｈａｎａｋｏ about the card")
    assert not result.ok and "PERSON" in result.entities


def test_a_latin_name_before_a_japanese_honorific_goes_and_a_company_stays():
    assert "TANAKA" not in redact("お客様：TANAKA Hanako様より入電がありました")
    assert "Amazon" in redact("Amazon様の配送が遅れています")
    assert "Contoso" in redact("株式会社Contoso Japan様からのご連絡")
    # one word is a name when the gazetteer knows it and it is no English word
    assert "Hanako" not in redact("Please call Hanako様 tomorrow about the refund")
    assert "Support" in redact("Northwind Support様からの返信")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the gazetteer lists "Siobhan" and "Sullivan": accents and an O'/D' prefix change neither
        ("siobhán o’sullivan called about her card again", ["siobhán", "sullivan"]),
        ("cc: zoë d'amato, lukasz wróblewski", ["zoë", "amato", "wróblewski"]),
    ],
)
def test_lower_case_names_with_accents_and_prefixes_are_redacted(text, names):
    assert_gone(text, *names)


def test_a_storms_name_is_the_event_not_a_person():
    for text in (
        "Hurricane Katrina, Hurricane Irene, Hurricane Sandy: what happened to Hurricane Chris",
        "Typhoon Haiyan killed thousands; Cyclone Idai hit Beira",
        "Storm Ciarán knocked out power across Cornwall",
    ):
        assert redact(text) == text, redact(text)
    assert "Okafor" not in redact("my neighbour Irene Okafor lost power in the storm")


@pytest.mark.parametrize(
    ("text", "secrets", "kept"),
    [
        # a login in a log line; a role account, an English word and a time stamp are not people
        (
            "2025-07-15T23:37:08Z INFO auth: login ok user=tuguldur.dorj ip=41.21.154.86",
            ["tuguldur.dorj", "41.21.154.86"],
            ["2025-07-15T23:37:08Z INFO auth: login ok user="],
        ),
        ("WARN uid: lachlanstewart locked; user=admin retried", ["lachlanstewart"], ["user=admin retried"]),
        ("account: suspended after 3 attempts", [], ["account: suspended after 3 attempts"]),
        # a lower-case word greeted, which no language knows; not "hi there", "hey team"
        ("hi azamat, your contoso card was delivered", ["azamat"], ["your contoso card"]),
        ("hello bayarmaa! your parcel is here", ["bayarmaa"], ["your parcel is here"]),
        ("hi there, hi all! hey team, thanks again", [], ["hi there, hi all! hey team, thanks again"]),
        # "name" after a comma announces one
        ("waited 22 days for a callback, name gayane hakobyan", ["gayane", "hakobyan"], ["waited 22 days"]),
        ("the same name problem again, name change failed", [], ["name change failed"]),
    ],
)
def test_logins_greeted_and_named_people_go_and_everyday_words_stay(text, secrets, kept):
    assert_gone_and_kept(text, secrets, kept)


@pytest.mark.parametrize(
    ("text", "secrets", "kept"),
    [
        # everyday words name a street after a place word and before a plain street word
        ("about the lift at 9 byres road", ["9 byres"], ["about the lift at"]),
        ("3rd outage this week at 384 elm street. my mum is on oxygen", ["384 elm"], ["3rd outage"]),
        ("stuck in 4 wheel drive mode since the update", [], ["stuck in 4 wheel drive mode"]),
        # Taiwan's number and section before the road
        (
            "Viewing booked: No. 65, Sec. 3, Roosevelt Rd., East Dist., Tainan City 704",
            ["65", "Roosevelt"],
            [],
        ),
        # Chinese addresses: road, section, number 號/号, floor; "trapped at" is not part of it
        ("我的奶奶被困在羅斯福路三段82號3樓，水位一直上升", ["羅斯福路", "82號"], ["被困在", "水位一直上升"]),
        ("北京市朝阳区建国路88号", ["建国路88号", "朝阳区"], []),
    ],
)
def test_streets_in_everyday_words_taiwan_and_chinese_forms(text, secrets, kept):
    assert_gone_and_kept(text, secrets, kept)


@pytest.mark.parametrize(
    ("text", "secrets", "kept"),
    [
        # who is to do a meeting's action point; a team is nobody
        (
            "Action points:\n- ons ayari (20857762) to collect signatures",
            ["ayari"],
            ["to collect signatures"],
        ),
        ("Action points:\n- Legal to review the contract", [], ["- Legal to review the contract"]),
        # a missing person found, a pupil and their class, whatever NER reads the word as
        ("UPDATE: Mariama has been found safe, thank you all!!", ["Mariama"], ["has been found safe"]),
        ("to confirm that Dipendra (Year 5) will be collected", ["Dipendra"], ["(Year 5)"]),
        ("The storm is missing the coast. Paris is home to many.", [], ["Paris is home", "storm is missing"]),
        # a claimant in a court notice
        ("In the matter of MEAS MALIS (Claimant) v. Orbis (Respondent)", ["MEAS", "MALIS"], ["(Claimant)"]),
        # a Chinese address with its postcode glued before the city
        (
            "被困在158台北市大安區和平東路二段73號2樓之20，水位一直上升",
            ["158", "和平東路", "73號"],
            ["水位一直上升"],
        ),
    ],
)
def test_action_points_found_people_pupils_claimants_and_postcoded_chinese_addresses(text, secrets, kept):
    assert_gone_and_kept(text, secrets, kept)


@pytest.mark.parametrize(
    ("text", "secrets", "kept"),
    [
        # the speaker after any time in brackets at a chat line's start, in any case or script
        ("[4:50 pm] davit beridze: i can do the 16:00 shift", ["davit", "beridze"], ["i can do the"]),
        ("[20.9.2024, 9am] Timur Akhmetov: running late, sorry!", ["Timur", "Akhmetov"], ["running late"]),
        ("[15.10.2024, 10:45] 陳偉倫: my car fits 4", ["陳偉倫"], ["my car fits 4"]),
        # a log level or a role after the time is nobody
        ("[10:42:01] ERROR sms: invalid number", [], ["ERROR sms: invalid number"]),
        ("[09:12] Bot: your ticket is closed", [], ["Bot: your ticket is closed"]),
        # a log line's date and time are no phone; the phone after them is
        (
            "2025-03-01 10:42:01 ERROR sms to +44 7700 900123 failed",
            ["7700 900123"],
            ["2025-03-01 10:42:01 ERROR sms to"],
        ),
        ("01/03/2025 10:42 job failed", [], ["01/03/2025 10:42 job failed"]),
        # a role and a name speaking; a role and an everyday word are no one
        ("customer: hi\nagent Bartłomiej: the transfer was held", ["Bartłomiej"], ["the transfer was held"]),
        (
            "agent note: refund approved\ncustomer service: we are on it",
            [],
            ["agent note:", "customer service:"],
        ),
        # the given name before a surname the rules found
        ("Applicant: Mei-ling Wu + partner", ["Mei-ling", "Wu"], ["+ partner"]),
    ],
)
def test_chat_speakers_after_any_time_role_speakers_and_given_names_before(text, secrets, kept):
    assert_gone_and_kept(text, secrets, kept)


def test_names_and_addresses_the_token_layer_finds_are_completed_like_the_rules_own():
    """The layer's spans grow as the rules' do: the name's other mentions and its surname (not
    over a sentence's end or a handle's word), an address's postcode and city when it holds a
    number (not a span of handles)."""
    from ingestion.pii import addresses, names
    from ingestion.pii.spans import Found
    from ingestion.redaction import get_engine

    lexicon = get_engine().lexicon

    def grown(module, text: str, value: str, entity: str) -> list[tuple[int, str]]:
        start = text.index(value)
        found = [Found(start, start + len(value), entity)]
        return sorted((f.start, text[f.start : f.end]) for f in module.completed(text, found, lexicon))

    text = "will be collected by Эрдэнэбат. Please make sure Эрдэнэбат brings photo ID"
    assert (text.rindex("Эрдэнэбат"), "Эрдэнэбат") in grown(names, text, "Эрдэнэбат", "PERSON")
    text = "Backpacks left on Mass Ave. Bomb squad is out"
    assert not any("Bomb" in v for _, v in grown(names, text, "Mass Ave.", "PERSON"))
    assert grown(names, "thanks @united united was great", "united", "PERSON") == []
    text = "Viewing booked: Rua Júlio Dinis, n.º 11-C, 3º andar, 8082-717 Faro\nApplicant: x"
    assert grown(addresses, text, "Rua Júlio Dinis, n.º 11-C, 3º andar", "STREET_ADDRESS") == [
        (16, "Rua Júlio Dinis, n.º 11-C, 3º andar, 8082-717 Faro")
    ]
    text = "@940mxUser @KillYourBrand lady Sheldon."
    assert grown(addresses, text, "@940mxUser @KillYourBrand lady", "STREET_ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "secrets", "kept"),
    [
        # the account in an SSH daemon's log, whatever word it is; system accounts and hosts stay
        (
            "May 10 20:47:26 web-09 sshd[9693]: Accepted publickey for tperera from 10.2.3.4 port 52528 ssh2\n"
            "May 10 20:52:28 web-09 sshd[9990]: Failed password for invalid user spark from 10.2.3.5 port 22 ssh2\n"
            "May 10 20:52:29 web-09 sshd[9990]: Failed password for root from 10.2.3.5 port 22 ssh2",
            ["tperera", "spark", "10.2.3.4"],
            ["web-09 sshd[9693]: Accepted publickey for", "Failed password for root from"],
        ),
        # a person's profile address; a company's page stays
        (
            "linkedin.com/in/ingridlindqvist · https://www.linkedin.com/company/northwind",
            ["ingridlindqvist"],
            ["linkedin.com/company/northwind"],
        ),
        # a review's author before its date; a message signed with a tilde
        ("★★☆☆☆ josemendoza — 2025-09-11\napp keeps crashing", ["josemendoza"], ["app keeps crashing"]),
        ("Rated ★★★★★ - 5 stars for the new app!", [], ["Rated ★★★★★ - 5 stars"]),
        ("been on hold 76 mins, still waiting. ~kiprono", ["kiprono"], ["still waiting."]),
        # Thai and Tamil names: the given name and the surname in a script without capitals
        ("name: ศิริพร ศรีสุข\nemail: sirip@example.com", ["ศิริพร", "ศรีสุข"], ["name:"]),
        # Korean, Thai and Chinese addresses with their flat; a unit after a US street
        ("정도윤 | 서울특별시 강남구 테헤란로 38, 2층 | 4 | 37.0", ["테헤란로 38", "2층"], ["| 4 | 37.0"]),
        ("ส่งที่ 2198/35 ถนนสุขุมวิท แขวงคลองเตย เขตคลองเตย กรุงเทพฯ 10110", ["2198/35", "สุขุมวิท", "10110"], []),
        (
            "is the 2-bed at 上海市黄浦区南京东路27号51室 still available",
            ["南京东路", "51室"],
            ["still available"],
        ),
        (
            "Loss location: 2798 Washington Blvd, #48, Sacramento, CA\nDate: 2024-03-13",
            ["2798", "#48"],
            ["Date:"],
        ),
        ("Date: 2024-03-13\nCase: 4471\nMika: who are you?", ["Mika"], ["Date: 2024", "Case: 4471"]),
        ("pickup was Paseo de Gracia 1226, 47º F, 90803 Madrid and the app", ["1226", "47º F", "90803"], []),
        ("Our store #48 is closed; issue #1234 fixed in v2.3", [], ["store #48", "issue #1234"]),
        # a number read out in a voicemail, digit words and groups; counting words are no number
        (
            'Voicemail: "can you call me back on three one two - 345 - nine six seven four, thanks, bye"',
            ["three one two", "345", "nine six seven four"],
            ["thanks, bye"],
        ),
        ("call me back on two oh one, 578, 2233, thanks", ["two oh one", "2233"], ["thanks"]),
        ("we saw five or six trucks, two ambulances and one helicopter at 9", [], ["five or six trucks"]),
    ],
)
def test_ssh_logins_profiles_review_authors_spaced_scripts_and_korean_thai_addresses(text, secrets, kept):
    assert_gone_and_kept(text, secrets, kept)


@pytest.mark.parametrize(
    ("text", "secrets", "kept"),
    [
        # kin named after "of"; a word after it is no name
        (
            "Beloved partner of Eilidh and devoted parent of Ruaridh. Family flowers only.",
            ["Eilidh", "Ruaridh"],
            ["Family flowers only"],
        ),
        ("the mother of God and the son of a gun were there", [], ["mother of God", "son of a gun"]),
        # whom to call or write, then how; a desk or a company stays
        ("if found please contact sashoy at s.bailey@yahoo.com, reward!", ["sashoy", "bailey"], ["reward"]),
        ("please call support on 0800 123 4567", ["0800 123 4567"], ["call support on"]),
        # a chat login that ends in digits; a mention with a hyphen or dot
        ("#store-managers\n[09:05] leeh7: store 062 is down again", ["leeh7"], ["store 062 is down again"]),
        (
            "@ashley_rodriguez-hale please take over, @do-yun.han too",
            ["hale", "yun", "han"],
            ["please take over"],
        ),
        # a tilde sign-off of two words or a name and an initial
        ("on hold 46 mins, nobody got back to me. ~Lucas S.", ["Lucas"], ["nobody got back"]),
        ("no reply yet. ~Yaw Asante", ["Yaw", "Asante"], ["no reply yet"]),
        # an initial glued to a surname; a word after an initial stays
        ("Signatures:\n3. Sabbir Hossain, Sylhet\n4. S.Talukder, Dhaka", ["Talukder"], ["Signatures:"]),
        ("Store 9373. - H.Liu", ["Liu"], ["Store 9373"]),
        ("the U.S. market and A.Word of caution", [], ["U.S.", "A.Word"]),
        # a person's login as an on-call key's value; a team or a role account stays
        (
            "escalation:\n  backup: npetrova\n  owner: platform-team\n  fallback: oncall@ops.example\n  secondary: root",
            ["npetrova", "oncall@"],
            ["owner: platform-team", "secondary: root"],
        ),
        # a manifest's passenger with a seat after the name; the booking code stays
        (
            "PAX MANIFEST TS482\n02 DIMACULANGAN/JOY 27K WUW7YD\n03 RAMOS/CARLO MR 8E",
            ["DIMACULANGAN", "JOY"],
            ["TS482"],
        ),
        # kin in brackets
        ("Applicant: Tamta Beridze + partner (Giorgi)\nID checked: passport", ["Giorgi"], ["ID checked"]),
        # the name before the author's own handle; a desk before a brand's handle stays
        (
            "flight TS 53 cancelled. tag them!! #ad - Ji-young (@jiyoung3hwang)",
            ["Ji-young", "jiyoung3hwang"],
            ["#ad"],
        ),
        ("contact our support team (@ContosoHelp) or DM us", [], ["our support team"]),
        # a sign-off of three words after a dash; a dash before words stays
        (
            "call me on +34-612-348-377 if anyone cares - eneko etxebarria arrieta",
            ["eneko", "arrieta"],
            ["if anyone"],
        ),
        ("the deploy is done - rolled back", [], ["rolled back"]),
        # a Malay patronymic written "bt."; an invitation's organiser and guests
        (
            "Press enquiry from Hidayah bt. Yusof, reporter at Bluewater",
            ["Hidayah", "Yusof"],
            ["reporter at"],
        ),
        (
            "Organizer: Lin Hui-wen\nGuests: Ei Mon Kyaw, May Thet Khine",
            ["Hui-wen", "Kyaw", "Khine"],
            ["Guests:"],
        ),
        ("Required: yes\nOptional: none", [], ["Required: yes", "Optional: none"]),
    ],
)
def test_kin_contacts_logins_sign_offs_initials_handle_owners_passengers_and_guests(text, secrets, kept):
    assert_gone_and_kept(text, secrets, kept)


def test_a_baltic_postcode_with_its_country_code_goes_with_the_address():
    assert_gone_and_kept(
        "Suspicious van circling outside Krišjāņa Barona iela 84-10, Rīga, LV-2666 around 10.20pm.",
        ["84-10", "2666"],
        ["around 10.20pm"],
    )
    assert_gone_and_kept("See PR LV-2666 and release LT-5 today", [], ["PR LV-2666", "LT-5"])


@pytest.mark.parametrize(
    ("text", "secrets", "kept"),
    [
        # a name in Han characters written apart in a Latin-script text, led by a known surname;
        # a doubled character, a Japanese name before an honorific and everyday words stay as they were
        ("customer 佐藤香織 (tel 090-1234-5678) reports cash not dispensed", ["佐藤香織"], ["reports cash"]),
        ("You: 王偉倫 and 山田大輔, booking ZVNBZ5", ["王偉倫", "山田大輔"], ["booking ZVNBZ5"]),
        (
            "謝謝! 地震情報 on the news, 謝謝大家, pick up at 梅田店",
            [],
            ["謝謝", "地震情報", "謝謝大家", "梅田店"],
        ),
        # a Korean name standing apart among words of other scripts; Korean prose stays
        ("Press enquiry from 권은지, reporter at Polaris", ["권은지"], ["reporter at Polaris"]),
        ("Contact 김민준 010-1234-5678 tomorrow. 감사합니다", ["김민준"], ["감사합니다"]),
        ("고객 정말 감사합니다. 이번 주 김치", [], ["고객 정말 감사합니다. 이번 주 김치"]),
        # Arabic script, Persian letters: a name the gazetteer knows leads the run; a greeting stays
        ("Signatures:\n1. سعید مرادی, Tehran", ["سعید", "مرادی"], ["Tehran"]),
        ("مرحبا, the app is down again", [], ["مرحبا"]),
        # a job right before a capitalised word that is a name or no English word; not an everyday word
        ("Driver Niran (rating 4.64) cancelled on me 3 times", ["Niran"], ["cancelled on me"]),
        ("our teller Aigerim was rude and the driver Today said no", ["Aigerim"], ["Today said no"]),
        # a surname written first at a line's start, then a comma and the given name
        (
            "MOKOENA, Zanele — peacefully, on 2025-04-28, aged 63. Family flowers only.",
            ["MOKOENA", "Zanele"],
            ["peacefully", "Family flowers only"],
        ),
        ("Hello, the app is down. URGENT, please call", [], ["Hello", "URGENT"]),
        # what is said only of a person, and a pupil's class; a company's "was charged" is not that
        ("Waited 26 minutes; Meron was on shift alone that night", ["Meron"], ["Waited 26 minutes"]),
        (
            "This is to confirm that Khulan (P4) will be collected on Friday",
            ["Khulan"],
            ["collected on Friday"],
        ),
        ("Amex was charged twice and Support was rude", [], ["Amex was charged", "Support was rude"]),
        # a name before a Japanese or Korean honorific in Latin letters; a city's "-shi" stays
        ("Visited insured Daiki-san at home. Toyota-shi office closed.", ["Daiki"], ["Toyota-shi office"]),
        # the given name in the surname's own case, and "Md." before a name
        ("BETWEEN\nKANYA KITTISAK\nClaimant", ["KANYA", "KITTISAK"], ["BETWEEN"]),
        (
            "page [p1] payments api 5xx. secondary: yurii petrovych tkachenko +380 44 123 4567.",
            ["yurii", "tkachenko"],
            ["payments api 5xx"],
        ),
        # "Cust" before a word is no cue: "Cust Serv" is customer service (real airline posts)
        ("EWR agent Maria was FABULOUS and an example of CUST. SERV. A pleasure", ["Maria"], ["CUST. SERV."]),
        # a greeted given name that is an English word too; greetings of everyone stay
        ("hi tiffany, your card was delivered. hi there, hi team,", ["tiffany"], ["hi there", "hi team"]),
        # "my name is" in more languages; a chat login with underscores
        ("my kaart is geblokkeer. my naam is Ayabonga Mbeki. dankie", ["Ayabonga", "Mbeki"], ["my kaart"]),
        ("کارتم مسدود شد. اسم من mahsa moradi. ممنون", ["mahsa", "moradi"], ["ممنون"]),
        ("[18:57] the_real_oliver: store 632 is down again", ["the_real_oliver"], ["store 632 is down"]),
        # what a user does overrides a place reading; a place stays a place
        ("ALERT-88320: Dakota Delacroix logged in from 10.0.0.1 twice.", ["Dakota Delacroix"], ["twice"]),
        ("We moved from Dakota to Texas last year.", [], ["from Dakota to Texas"]),
        ("• W/ro Bethlehem +251 911 234 567 still waiting", ["Bethlehem"], ["still waiting"]),
        ("Dear Ms Lee,\nTyler (Year 7) will be absent on Friday.", ["Tyler"], ["will be absent"]),
        # a surname's particle, and a given name after a surname and a comma
        ("Reminder: Sr. da Silva, your appointment is on 13/11/2023.", ["da Silva"], ["your appointment"]),
        # an English "do" and a French "à la" are no particles (real complaints and tweets)
        ("a replacement button, do Apple still carry old buttons?", [], ["do Apple still carry"]),
        (
            "The complainant stated that Ms Nkosi, Thandeka had damaged a vehicle.",
            ["Nkosi", "Thandeka"],
            ["had damaged"],
        ),
        ("Thanks Smith, Paris is lovely", ["Smith"], ["Paris is lovely"]),
        # a sign-off with an initial; a glued initial before a full stop; a guest list's lower-case initials
        ("Store 986. - T. MacLeod", ["MacLeod"], ["Store 986"]),
        ("Approved by N.Srisuk. Thanks", ["Srisuk"], ["Thanks"]),
        (
            "guest list\n- d. hadjigeorgiou (+1)\n- e.g. apples\n- a. apples",
            ["hadjigeorgiou"],
            ["e.g. apples", "a. apples"],
        ),
        # a flight's purser; a name and its job after a comma
        ("Purser: Nkosinathi Zulu\nIncident: none", ["Nkosinathi", "Zulu"], ["Incident: none"]),
        (
            "Press enquiry from Temitope Oyelaran, reporter at Orbis Telecom",
            ["Temitope"],
            ["reporter at Orbis Telecom"],
        ),
        # Korean: "my name is", and a name signed after "thank you" (which stays)
        ("카드가 정지됐어요. 제 이름은 조동현. 연락처는 010-1234-5678.", ["조동현"], ["카드가 정지됐어요"]),
        ("Please call me instead: 010-1234-5678. 감사합니다, 서현우", ["서현우"], ["감사합니다"]),
        (
            "please call me instead. Thanks, Md. Rafiqul Sarkar",
            ["Md.", "Rafiqul", "Sarkar"],
            ["call me instead"],
        ),
    ],
)
def test_names_in_other_scripts_after_a_job_or_before_an_honorific_and_surname_or_given_first(
    text, secrets, kept
):
    assert_gone_and_kept(text, secrets, kept)


@pytest.mark.parametrize(
    ("text", "secrets", "kept"),
    [
        # "House No." opens an address on its own; its sign before a street's number goes with it
        (
            "Re: account 12345678, of House No. 319, Model Town, Ludhiana, 141519, dispute this debt.",
            ["319", "Model Town", "Ludhiana", "141519"],
            ["dispute this debt"],
        ),
        (
            "Ravi | No. 105, Anna Salai, Hyderabad 057302 | 6 pcs",
            ["No. 105", "Anna Salai", "057302"],
            ["6 pcs"],
        ),
        # parts after a dash, as Brazil writes them; a dash before words with no number after stays
        (
            "Supply address: Rua das Flores, 1728 - Centro, Rio de Janeiro - RJ, CEP 79775-229\nMeter: K71",
            ["Flores", "Centro", "Janeiro", "79775-229"],
            ["Meter: K71"],
        ),
        ("The shop on Main St 12 - Great service all week", [], ["Great service all week"]),
        # labelled postcodes: Mexico's C.P., "postal code"
        (
            "Reposing at Av. Insurgentes Sur 78, Col. Centro, Monterrey, N.L., C.P. 77069. Funeral mass 6.50pm.",
            ["Insurgentes", "Monterrey", "77069"],
            ["Funeral mass"],
        ),
        (
            "site: branch 7709, No. 42, Valiasr St, Unit 853, Shiraz, postal code 7170866886 | engineer on site",
            ["Valiasr", "853", "Shiraz", "postal code", "7170866886"],
            ["engineer on site"],
        ),
        # flats and floors of Czechia, Greece; Ukrainian and Bulgarian street signs in Latin letters
        (
            "your card was delivered to Jugoslávských partyzánů 5148/35, byt č. 35, 602 00 Brno today",
            ["5148/35", "byt č. 35", "602 00 Brno"],
            ["today"],
        ),
        (
            "sent to Dukelská 5908/28, 1. patro, 460 01 Liberec within 17 days",
            ["1. patro", "460 01"],
            ["within 17 days"],
        ),
        ("Ermou 118, 5os orofos, 664 14 Irakleio", ["Ermou 118", "5os orofos", "664 14"], []),
        ("Address: vul. Sumska 2479, Kharkiv 80155", ["Sumska", "2479", "80155"], ["Address:"]),
        ("Address: Varna 3027, bul. Bulgaria 115", ["3027", "Bulgaria 115"], ["Address:"]),
        # a district's chōme without its city; a Hong Kong road with its direction, building and flat
        ("CUSTOMER: 渋谷6丁目3-62.\nAGENT: and a number?", ["渋谷6丁目3-62"], ["AGENT: and a number?"]),
        (
            "被困在香港灣仔英皇道3號永輝大廈E座6樓，水位一直上升",
            ["灣仔", "英皇道3號", "永輝大廈", "6樓"],
            ["水位一直上升"],
        ),
        ("被困在灣仔德輔道西16號4樓A室，水位", ["德輔道西16號", "A室"], ["水位"]),
        (
            "site: branch 916, 成都市武侯区建国路99号72单元8801室 | engineer",
            ["建国路99号", "8801室"],
            ["engineer"],
        ),
        (
            "I, Li, of 杭州市西湖区人民路65号 310284, dispute this debt.",
            ["人民路65号", "310284"],
            ["dispute this debt"],
        ),
        # Egypt's corniche, Hebrew street and flat, a Spanish ground floor's side, an Islamabad sector
        (
            '"shipping_address": "26 Corniche El Nil, Apt 53, Zamalek, Cairo", "total": "EGP 1352.50"',
            ["Corniche El Nil", "Apt 53", "Zamalek"],
            ["EGP 1352.50"],
        ),
        (
            "site: branch 7367, רחוב יפו 4, דירה 4, חיפה 3639392 | engineer",
            ["יפו 4", "דירה 4", "3639392"],
            ["engineer"],
        ),
        (
            "Reposing at Calle Mayor 179, bajo izda., 51208 Valencia. Funeral mass 17:45.",
            ["Mayor 179", "izda", "51208"],
            ["Funeral mass 17:45"],
        ),
        (
            "Loss location: House No. 426, Jinnah Avenue, G-2/9, Islamabad 44000\nDate: today",
            ["426", "Jinnah Avenue", "G-2/9", "44000"],
            ["Date: today"],
        ),
        # a Chinese name after a kinship word, led by a known surname; a kinship word alone names nobody
        ("緊急！我的爺爺葉小明被困在家", ["葉小明"], ["緊急", "被困在家"]),
        ("我的朋友今天很好", [], ["我的朋友今天很好"]),
        # the layer's findings grow over a flat or a house sign, not over a bare number (a real post)
        ("I can't download Super Mario 64 cause your program keeps deleting the files", [], ["64 cause"]),
    ],
)
def test_addresses_by_house_sign_dash_labelled_postcode_and_unit_of_more_countries(text, secrets, kept):
    assert_gone_and_kept(text, secrets, kept)


def test_a_key_of_a_log_record_is_no_one_and_the_login_in_it_goes():
    # the demo's auth log: "attempts=" was a PERSON, and NER's "dorj ip" took the next key
    assert_gone_and_kept(
        "auth-service: login failed reason=bad_password attempts=129\nlogin ok user=tuguldur.dorj ip=10.0.0.1",
        ["tuguldur", "dorj", "10.0.0.1"],
        ["attempts=129", " ip="],
    )


@pytest.mark.parametrize(
    ("text", "secrets", "kept"),
    [
        # Scotland's tenement flat before the number; a house number with a lettered door
        (
            "The claimant resides at 2/L, 40 Morningside Road, Inverness, IV8 0PB.",
            ["2/L", "Morningside", "IV8"],
            [],
        ),
        ("the lift at Rua das Flores 42-E, 1474-635 Lisboa", ["Flores", "42-E", "1474-635"], ["the lift at"]),
        # a street named by a capitalised and a lower-case word, found from the lower-case one
        (
            "3rd outage this week at Jugoslávských partyzánů 8327/89. my dad",
            ["Jugoslávských", "8327"],
            ["my dad"],
        ),
        # an IBAN whose account part holds letters where the registry allows them (Jordan)
        (
            "Rent strike fund account: JO61 HBHO 0458 652A 50Z0 6M80 0475 29",
            ["HBHO", "652A", "0475"],
            ["Rent strike"],
        ),
        # dotted digits that can be no date (no month among the first two groups) after a call cue
        ("If the link fails call me on 22.24.0225", ["0225"], ["If the link fails"]),
        ("The fair is on 24.12.2025 from 10am", [], ["24.12.2025"]),
        # an extension in another language, or written with "#", goes with its number
        ("Rückruf: 030126278 Durchwahl 3260, danke", ["030126278", "3260"], ["danke"]),
        ("now some guy keeps calling from +44 20 7946 0321 #3343", ["7946", "3343"], ["keeps calling"]),
        ("ticket #4456 and order 1234 were merged", [], ["#4456", "1234"]),
    ],
)
def test_flats_before_the_number_lettered_doors_registry_ibans_and_foreign_extensions(text, secrets, kept):
    assert_gone_and_kept(text, secrets, kept)


@pytest.mark.parametrize(
    ("text", "secrets", "kept"),
    [
        # a pupil's class in other languages
        (
            "This is to confirm that Sharni (7.º ano) will be collected at noon.",
            ["Sharni"],
            ["7.º ano", "collected"],
        ),
        ("Entschuldigung: Lukas (Klasse 4b) ist heute krank.", ["Lukas"], ["Klasse 4b"]),
        # a lower-case word no language knows before what only a person does, and the one before it
        ("update: dipendra has been found safe, thank you all!!", ["dipendra"], ["has been found safe"]),
        ("found ❤️ gantulga batbayar is home. thanks to everyone", ["gantulga", "batbayar"], ["is home"]),
        # not a noun after another language's article
        ("the dog has been found safe. el perro is missing since monday.", [], ["el perro is missing"]),
        # a lower-case name takes a surname by its ending
        (
            "shout-out to aruzhan akhmetova and everyone at the clinic",
            ["aruzhan", "akhmetova"],
            ["everyone at"],
        ),
        # an Arabic name takes the family name with its article after it, not "now"
        ("جدي تامر القضاة عالق", ["تامر", "القضاة"], ["جدي", "عالق"]),
    ],
)
def test_classes_in_other_languages_lower_case_people_surname_endings_and_arabic_family_names(
    text, secrets, kept
):
    assert_gone_and_kept(text, secrets, kept)


@pytest.mark.parametrize(
    ("text", "secrets", "kept"),
    [
        # logins built from a name, with a dot or an underscore; identifiers and abbreviations stay
        (
            "can you check it? magdalena.leitner15 and p.moriarty and daan_vandijk saw it",
            ["magdalena", "leitner15", "moriarty", "vandijk"],
            ["can you check it?"],
        ),
        (
            "set first_name and user_id, e.g. in node.js, near st.james",
            [],
            ["first_name", "user_id", "e.g.", "st.james"],
        ),
        # a reservation system's numbered name elements
        (
            "  1.1LOPESDACUNHA/TIAGO  2.1RODRIGUES/DUARTE\n  1 LH1269 Y 09JUN",
            ["LOPESDACUNHA", "TIAGO", "DUARTE"],
            ["LH1269"],
        ),
        # a found person's initials elsewhere; everyday abbreviations stay
        (
            "Attendees: Brianna Johnson, Ines Tan\n- BJ to call back\n- IT to patch laptops",
            ["Brianna", "BJ"],
            ["IT to patch"],
        ),
        ("Thanks, Hamish Bell\n-- hb", ["Hamish", "hb"], ["Thanks"]),
        # quoted cells and Indic names of a table's name column
        (
            'customer_id,full_name,city\n11,"δημήτρης παπαδόπουλος",Βόλος\n12,अंजलि यादव,दिल्ली',
            ["δημήτρης", "παπαδόπουλος", "अंजलि", "यादव"],
            ["customer_id,full_name,city"],
        ),
    ],
)
def test_name_logins_numbered_passengers_initials_and_quoted_or_indic_table_cells(text, secrets, kept):
    assert_gone_and_kept(text, secrets, kept)


@pytest.mark.parametrize(
    ("text", "secrets", "kept"),
    [
        # a comment's author at a line's start, by a login's shape or before a date
        (
            "Commenti (9)\nrealLorenzoColombo: abitava accanto a noi\nsofia_74: era necessario?",
            ["LorenzoColombo", "sofia_74"],
            ["Commenti (9)", "abitava", "era necessario"],
        ),
        ("#13 · faisal_07 · 21th Nov 7.15\nAnyone near?", ["faisal_07"], ["#13 ·", "Anyone near?"]),
        ("Note: restart at 5pm\nuser_id: 12\nReply · 3d", [], ["Note:", "user_id: 12", "Reply · 3d"]),
        ("CardApiErrorBudgetBurn: card-api 5xx error budget burning 14x", [], ["CardApiErrorBudgetBurn"]),
        # hashtags of people; of places, storms, brands and words not
        (
            "we did it 💍 #SavannahJohnsonAndGuadalupe #FindAmaraOkafor #jenniferdelgado",
            ["Savannah", "AmaraOkafor", "jenniferdelgado"],
            ["we did it"],
        ),
        (
            "#HurricaneMilton #lagosflood #SanDiego #united #Alfaromeo #RockAndRoll #Northwind",
            [],
            [
                "#HurricaneMilton",
                "#lagosflood",
                "#SanDiego",
                "#united",
                "#Alfaromeo",
                "#RockAndRoll",
                "#Northwind",
            ],
        ),
        # a house found by a landmark, then its locality; not a number near a landmark in a sentence
        (
            "came to 79, near the water tank, Mayur Vihar Ph 1 around 5pm",
            ["79", "water tank", "Mayur"],
            ["came to"],
        ),
        (
            "pls come to hse no 90 beside the big mango tree, Madina, Cape Coast. call me",
            ["90", "Madina"],
            ["call me"],
        ),
        (
            "we were 5 near the beach, then left. Traffic at 10 near the bridge, slow",
            [],
            ["5 near the beach", "10 near"],
        ),
    ],
)
def test_comment_authors_hashtags_of_people_and_houses_found_by_a_landmark(text, secrets, kept):
    assert_gone_and_kept(text, secrets, kept)


def test_tailing_chinese_buildings_arabic_roads_and_dutch_particles():
    assert_gone_and_kept(
        "地址：上海市浦东新区世纪大道734号7号楼2338室，谢谢", ["734号", "7号楼", "2338室"], ["谢谢"]
    )
    assert_gone_and_kept(
        "العنوان: ٢٦٤١ طريق الأمير سلطان، حي العليا، الرياض ١٢٢١٤", ["٢٦٤١", "سلطان", "١٢٢١٤"], ["العنوان"]
    )
    assert_gone_and_kept("Contact Ilse van 't Hek about the invoice.", ["Ilse", "Hek"], ["about the invoice"])


def test_a_handle_or_hashtag_holding_a_watch_term_is_an_account_to_watch_not_a_person():
    # impostor and campaign accounts around the brand stay readable (they are the signal); a
    # person's handle beside them still goes
    out = redact(
        "PSA: fake page @Northwind_Refunds keeps DMing people. my friend @maria_lopez88 got scammed. #ContosoDown",
        allow=["Northwind", "Contoso"],
    )
    assert "@Northwind_Refunds" in out and "#ContosoDown" in out, out
    assert "maria_lopez88" not in out, out


@pytest.mark.parametrize(
    ("text", "secrets", "kept"),
    [
        (  # minutes: initials without accents or particles, a checklist's owner by initials
            "Attendees: Emre Öztürk, Łukasz Kowalski, Kavitha binti Yusof\nAction items:\n"
            "- [ ] EO to call back the customer\n- [ ] L.K. to fix macro for Northwind app\n"
            "- [x] KY shared Q3 numbers (70% FCR)\n- [ ] BY to draft the reply\n"
            "- [ ] QA to test the release\n- [ ] Legal to review",
            ["EO to", "L.K.", "KY shared", "BY to"],
            ["QA to test", "Legal to review", "Northwind app"],
        ),
        (  # a shift's hand-over names people, not regions; its date is no address
            "Handoff 15 Jul 2025 wt → ld\nHandover 2024-05-03 Thabo -> pv\nHandoff EMEA → APAC",
            ["wt", "ld", "Thabo", "pv"],
            ["15 Jul 2025", "2024-05-03", "EMEA → APAC"],
        ),
        (  # a work record's staff by login or initials; a team or a status stays
            "Visit report WO-3047444\nEngineer: FT\nTechnician: krzysztofk\nOwner: Payments team\n"
            "Assignee: unassigned\nowner: platform-team",
            ["FT", "krzysztofk"],
            ["Payments team", "unassigned", "platform-team"],
        ),
        (  # a record's name keys and a quoted username key; a service's name stays
            '{"display_name": "Gethin", "username": "gethin_macleod", "name": "payments-api", '
            '"full_name": "冠宇"}',
            ["Gethin", "gethin_macleod", "冠宇"],
            ["payments-api"],
        ),
        (  # whom to call, straight before the number
            "viewing this weekend call Hunter +1-201-237-6365 no agents. call now 0800 123 456",
            ["Hunter", "237-6365"],
            ["call now"],
        ),
        (  # titles of other scripts; a Korean or Japanese self-introduction; a greeting stays
            "ለአረጋውያን: ዶ/ር ሀና ደሳለኝ 091 237 6687\nrefund for السيدة العتيبي? PO 55\n"
            "Customer: 안녕하세요, 정하은입니다.\nお世話になっております。高橋大輔です。",
            ["ሀና", "العتيبي", "정하은", "高橋大輔"],
            ["안녕하세요", "お世話になっております"],
        ),
    ],
)
def test_minutes_initials_handoffs_staff_logins_name_keys_and_titles_of_other_scripts(text, secrets, kept):
    assert_gone_and_kept(text, secrets, kept)


@pytest.mark.parametrize(
    ("text", "secrets", "kept"),
    [
        (  # a post's author before "·" and when or what was posted; a newsroom stays
            "leonor77 · Reels\npov: a enchente levou tudo\n===\nramirezjuan · hace 23 días\n"
            "#35 · ibrahim_ayd · 19/3 14.00\nzeinab k · sunday\nBBC News · 2h",
            ["leonor77", "ramirezjuan", "ibrahim_ayd", "zeinab"],
            ["Reels", "BBC News · 2h", "hace 23"],
        ),
        (  # a writer naming themself at the line's end; days, feasts and products stay
            "not posting the full name lol but its Temitope\nits Monday. its me\nits Android",
            ["Temitope"],
            ["its Monday", "its me", "its Android"],
        ),
        (  # an incident timeline's responders by login; a role and a word stay
            "06:30 UTC  goffm acks, opens bridge\n06:47 UTC  customer reports no OTP\n"
            "17:54 UTC  vandermerwe.marike rolls back to 2024.7.7-rc2\n04:12 UTC  alerts fire on auth-1",
            ["goffm", "vandermerwe.marike"],
            ["customer reports", "alerts fire", "rolls back"],
        ),
        (  # a chat line timed the French way; the title before whom to call stays
            "[7h41] kgrzegorczyk: on it. card ****4630\ncall Dr Islam 0621 454 970\n"
            "ya whatsapp karo +918121455505 only",
            ["kgrzegorczyk", "Islam"],
            ["Dr ", "whatsapp karo"],
        ),
        (  # initials no full name gives: a state, an English word in capitals
            "REMINDER: MISS ANGHARAD VAUGHAN-THOMAS, YOUR APPOINTMENT AT THE CLINIC IS AT 7.50PM\n"
            "Claim | María de Alba | MA | 2019 Camry",
            ["ANGHARAD", "Alba"],
            ["APPOINTMENT AT THE", "| MA |"],
        ),
    ],
)
def test_post_authors_self_named_writers_timeline_responders_and_initials_that_are_no_one(
    text, secrets, kept
):
    assert_gone_and_kept(text, secrets, kept)


@pytest.mark.parametrize(
    ("text", "secrets", "kept"),
    [
        (
            "月租8,561元\n地址：四川省成都市金水区建国路12号8栋544",
            ["四川", "建国路", "544"],
            ["地址", "月租8,561元"],
        ),
        (  # a ward before its house; a ward alone is no address
            "outside Ward No. 69, House No. 750, Lalitpur, Kathmandu wearing a hoodie\nthe ward no. 4 is closed",
            ["Ward No. 69", "750", "Lalitpur"],
            ["wearing a hoodie", "the ward no. 4 is closed"],
        ),
        (
            "drove over to imm. 52, Bliss St, 2e étage, Dahieh to check\nhome at H.No. 8-6-41/B, Velachery, Bengaluru.",
            ["imm. 52", "Bliss", "41/B", "Velachery"],
            ["drove over to", "to check"],
        ),
        (  # a township's stand and zone; the date after it is no part of it
            "she lived at Stand 9438 Zone 24, Mitchells Plain before the flood\nservices at stand 3028 zone 35 on 1/1/2021\n"
            "we took the stand 4 seats in zone 3 of the stadium",
            ["9438", "Mitchells", "3028"],
            ["before the flood", "on 1/1/2021", "stand 4 seats in zone 3"],
        ),
    ],
)
def test_mainland_provinces_wards_before_houses_lebanese_buildings_indian_house_numbers_and_stands(
    text, secrets, kept
):
    assert_gone_and_kept(text, secrets, kept)


@pytest.mark.parametrize(
    ("text", "secrets", "kept"),
    [
        (  # a couple's hashtag holding two people found in the text
            "we did it 💍 Hamdan + Saeed the 3rd ✨ ty parents #HamdanAndSaeed #casamento",
            ["Hamdan", "Saeed"],
            ["#casamento", "we did it"],
        ),
        (  # a search's hashtag, in any Latin letters
            "MISSING\n#FindVõBíchNgọc #earthquake\nVõ Bích Ngọc, 89, was last seen 20 Jan",
            ["VõBíchNgọc", "Bích"],
            ["#earthquake"],
        ),
        (  # one found word is not enough: a place NER takes for a person keeps its hashtag
            "RT @newsdesk: Explosions at the Boston Marathon. #PrayForBoston #yycflood",
            [],
            ["#PrayForBoston", "#yycflood"],
        ),
    ],
)
def test_hashtags_of_couples_and_searches_that_hold_people_found_in_the_text(text, secrets, kept):
    assert_gone_and_kept(text, secrets, kept)


@pytest.mark.parametrize(
    ("text", "secrets", "kept"),
    [
        (  # a login glued from a name and an initial, after "by" and as a transcript's speaker
            "CASE-2024-79918 merged into TKT-62356 by castrom on 22/02/2025.\n"
            "sismail: ok but my son is on the same booking",
            ["castrom", "sismail"],
            ["merged into", "ok but my son"],
        ),
        (  # any login after an account word; an initial and a surname after "by"
            "admin gurpreetm reset API key\nsso: step-up required, user oguzk, risk=0.80\n"
            "Triage (hkoc): false positive\nChecked by a.macleod.\nLeave request (manager: muhammad_tan)",
            ["gurpreetm", "oguzk", "hkoc", "a.macleod", "muhammad_tan"],
            ["reset API key", "step-up required", "false positive", "Leave request"],
        ),
        (  # a snake_case login of a rare given name and a name the English lists hold
            "Result: no conflict. Checked by kwabena_begum.",
            ["kwabena_begum"],
            ["no conflict"],
        ),
        (  # words after "by" and at a line's start stay; so do the plural of a name and an account word
            "sorted by default, paid by card, sung by marias\nnote: call back\nAccount acct 325807211537\n"
            "the user didnt get it\nedit: it works now",
            [],
            ["by default", "by card", "by marias", "note:", "acct", "user didnt", "edit: it works"],
        ),
        (  # a table's role column: logins and names; a team stays
            "| item | owner | status |\n|---|---|---|\n| refund batch #19341 | lovelyb | blocked |\n"
            "| IVR outage | Mei Ling | open |\n| release 8.2 | Payments team | done |",
            ["lovelyb", "Mei Ling"],
            ["Payments team", "refund batch"],
        ),
        (  # a payee column; a driving licence column whatever the licence's shape
            "refund_id,order,payee,iban,amount,status\n"
            'RF511277,PO 1369870642,"Tyler McAllister",ES6470059812575290806547,422.10,PAID\n\n'
            "emp_id\tname\tstate\tdl_number\n66033\tDeShawn Schumacher\tCA\tC4150205\n"
            "15642\tRaymond Clair\tNJ\tP4837 73521 85811",
            ["McAllister", "C4150205", "73521", "85811"],
            ["refund_id", "PAID", "CA"],
        ),
        (  # minutes' speakers by initials after a bullet; a team's label stays
            "Meeting notes 13/08/2024\n• lf: complaint of the customer\n• MT: will call back",
            ["lf:", "MT:"],
            ["Meeting notes", "complaint of the customer"],
        ),
        (  # a chat mention by full name; a brand's handle and the post's first word stay
            "@Tomasz Wójcik @Zofia Zielińska can one of you own this?\n"
            "@JetBlue Boston gate C12 @USAirways Can't book a flight @Delta Nope",
            ["Tomasz", "Wójcik", "Zielińska"],
            ["Boston", "Can't", "Nope", "can one of you"],
        ),
        (  # a household introducing itself; English words after "we are" stay
            "we're rodel, rowena & baby angelito, no pets\nwe are tired, hungry and scared",
            ["rodel", "rowena", "angelito"],
            ["no pets", "tired, hungry and scared"],
        ),
        (  # whom to text, and a post's author before "wrote ·"
            "txt Saeed 050 524 1156\nmaritesdimaculangan wrote · Dec 17, 2024\nSelling my router",
            ["Saeed", "maritesdimaculangan"],
            ["Selling my router"],
        ),
    ],
)
def test_logins_of_people_at_work_role_and_id_columns_minutes_mentions_and_households(text, secrets, kept):
    assert_gone_and_kept(text, secrets, kept)


@pytest.mark.parametrize(
    ("text", "secrets", "kept"),
    [
        (  # an e-mail address spelled out; a place "at" a domain-like word stays
            "reach the producer at ngozinwachukwu57 at outlook dot com / or hunter.boudreaux[at]icloud.com\n"
            "meet at cafe.com or look at google dot com",
            ["ngozinwachukwu57", "hunter.boudreaux"],
            ["meet at cafe.com", "look at google dot com"],
        ),
        (  # a name with a nickname in quotes; quoted words that are no names stay
            'obit shared\nfacundo "facu" fernández\nthe 14th\nthe "best" app ever',
            ["facundo", "facu", "fernández"],
            ['the "best" app ever'],
        ),
        (  # a customer by initials in a case note; a field beside them and "OK" stay
            "Customer GP (+44.7296.802422) reports fraud\nCustomer is NW, DOB differs\nCustomer is OK (checked)",
            ["GP", "NW"],
            ["DOB differs", "Customer is OK"],
        ),
        (  # a hex id is no flat: a unit's word is never glued to its number ("d" is Turkish "daire")
            "this is a data breach [d1453b], see commit d14536\nNo: 87 D: 18, Atatürk Cd.",
            ["87", "18"],
            ["[d1453b]", "d14536"],
        ),
    ],
)
def test_spelled_out_emails_nicknames_and_customers_by_initials(text, secrets, kept):
    assert_gone_and_kept(text, secrets, kept)


@pytest.mark.parametrize(
    ("text", "secrets", "kept"),
    [
        (  # Thai and Hindi names the gazetteer holds (their vowel signs made them unreadable to it)
            "Customer is สุภาพร, DOB differs\nson अमित तिवारी called on his behalf",
            ["สุภาพร", "अमित", "तिवारी"],
            ["DOB differs", "called on his behalf"],
        ),
        (  # kin and postpositions around a name stay: "my mother", "at the gate", "talk to"
            "मेरी माँ सुनीता यादव (60) आज सुबह से लापता हैं\nगेट पर कविता जी से बात करें",
            ["सुनीता", "यादव", "कविता"],
            ["मेरी माँ", "गेट पर", "से बात करें"],
        ),
        (  # a Hindi sentence after a cue is no name; "I'm" after a greeted name goes on speaking
            "Cust said: मेरा पार्सल अभी तक नहीं आया।\nMehmet: Hi विकास, I'm Mehmet from Northwind support.",
            ["विकास"],
            ["मेरा पार्सल अभी तक नहीं आया", "I'm"],
        ),
        (  # Thai: a name between "I" and the polite particle, after Khun, and whom to call
            "สวัสดีครับ ผม สมชาย วงศ์ใหญ่ ครับ ต้องการเปลี่ยนการจอง\nCustomer: คุณณัฐวุฒิ (+66-85-844-0374)\n"
            "โทร สุดารัตน์ 0810143965\nขอบคุณครับ คุณภาพดีมาก",
            ["สมชาย", "วงศ์ใหญ่", "ณัฐวุฒิ", "สุดารัตน์"],
            ["สวัสดีครับ ผม", "ครับ ต้องการเปลี่ยนการจอง", "โทร", "ขอบคุณครับ คุณภาพดีมาก"],
        ),
        (  # form fields and a table's name column, surname first, in scripts without capitals
            "Guest: วงศ์ใหญ่, พิมพ์ชนก | Room 191\nOpposing party: यादव, सुनीता; Northwind Ltd\n"
            "Name\tMobile\tTeam\nPretorius, Thabo\t+1 321-357-9037\tOutage",
            ["วงศ์ใหญ่", "พิมพ์ชนก", "यादव", "सुनीता", "Pretorius", "Thabo"],
            ["Northwind Ltd", "Outage"],
        ),
        (  # Korean given names alone, with a particle; Korean words that are given names too stay
            "급하게 방 구합니다\n서연, 수빈 그리고 아기 도윤\n민준이 어제 전화했어요\nVIP 지민 called twice\n"
            "배송 지연 때문에 지원 요청합니다. 재현 불가.",
            ["서연", "수빈", "도윤", "민준", "지민"],
            ["그리고 아기", "배송 지연", "지원 요청합니다", "재현 불가", "VIP"],
        ),
        (  # a Chinese self-introduction; a role before a name in any script
            "你好，我叫张秀英。 我的包裹到现在还没到。\nChat started 01:45 — Visitor 欣怡 (xinyi13@126.com)",
            ["张秀英", "欣怡"],
            ["你好，我叫", "我的包裹", "Chat started"],
        ),
    ],
)
def test_names_in_scripts_without_capitals_by_their_slot_and_the_words_beside_them_kept(text, secrets, kept):
    assert_gone_and_kept(text, secrets, kept)


@pytest.mark.parametrize(
    ("text", "secrets", "kept"),
    [
        (  # houses found by a landmark, after a house word or a place's word; the sentence after stays
            "it's 85, near the water tank, indiranagar not the shop\n"
            "pickup from 57, behind bus stand, Andheri East in Zone W5\n"
            "why post her house (Hse 97 by the blue gate, Adenta, Tema)?? mods\n"
            "we are at 76B Oba Akran Ave near the chief's palace, Surulere thx",
            ["85", "57", "97", "blue gate", "76B", "Oba Akran", "chief's palace"],
            ["not the shop", "?? mods", "thx"],
        ),
        (  # a bare number before a landmark is a house only where a place is said
            "Score 2, near the end of the game, they scored\nI bought 3, near the station, Leeds has shops",
            [],
            ["Score 2, near the end", "I bought 3, near the station"],
        ),
        (  # after a word of another script
            "मेरे पिताजी कल रात 98, near the water tank, Andheri East से लापता हैं।",
            ["98", "water tank"],
            ["मेरे पिताजी"],
        ),
        (  # Vietnam's ward and district, Colombia's abbreviated carrera, Indonesia's RT/RW, Ukraine's вул.
            "im at 91/3 Lê Văn Sỹ, P.27, Q.7, TP.HCM or meet at the station\n"
            "left home from kr 55b # 59-40 this morning\n"
            "bisa COD di Jl. Raya Bogor No 57 RT.30/RW.91, Jakarta Timur atau WA\n"
            "адреса Суми, вул. Садова 39/8",
            ["91/3", "Lê Văn Sỹ", "P.27", "Q.7", "55b", "59-40", "RT.30", "RW.91", "Садова", "39/8"],
            ["or meet at the station", "this morning", "atau WA"],
        ),
    ],
)
def test_houses_by_landmarks_and_addresses_of_vietnam_colombia_indonesia_and_ukraine(text, secrets, kept):
    assert_gone_and_kept(text, secrets, kept)


@pytest.mark.parametrize(
    ("text", "secrets", "kept"),
    [
        (  # who did what, dated in a record; a transcript's speakers by login; a form's keys stay
            "#29355 merged into #66441 by oyelaranp on 6 Apr.\n"
            "admin mgiraud removed MFA exemption for wongk on 2023-01-22\n"
            "thanks for the help on Monday, waited for hours on end",
            ["oyelaranp", "wongk"],
            ["for the help on Monday", "for hours on end"],
        ),
        (
            "tuhiwaih: why was i charged twice\nHamish: the card was charged once\ntuhiwaih: no it was twice\n"
            "Hamish: ok\nacct: IT53 X980 5609 7645\ntutar: 69 TL",
            ["tuhiwaih"],
            ["acct:", "tutar:"],
        ),
        (  # an agent's login in a record's field after a pipe; a post's author on Polish days and "the 14th"
            "Caller ID: 0970 799 0124 | Queue: Cards | Agent: kagiso.mokoena52\nSummary: wants to cancel\n"
            "krzysztof96 · piątek\nsprzedaję stary router\nnusratb592 wrote · the 14th\nSelling my old PC",
            ["kagiso.mokoena52", "krzysztof96", "nusratb592"],
            ["Queue: Cards", "sprzedaję stary router", "Selling my old PC"],
        ),
    ],
)
def test_logins_dated_in_records_transcript_speakers_and_post_authors(text, secrets, kept):
    assert_gone_and_kept(text, secrets, kept)


@pytest.mark.parametrize(
    ("text", "secrets", "kept"),
    [
        (  # a number and a street word alone is a count, not a street
            "I-95 north: 2 lanes closed near exit 4\nBoarding at Gate 12, Door 3 closes at 10:40\n"
            "Flight 12 closes in 10 min\nwater level about 9 rows up",
            [],
            ["2 lanes closed", "Door 3 closes", "Flight 12 closes", "9 rows up"],
        ),
        (  # ... unless the street's name is that word, or a street word or a flat follows
            "we live at 12 Broadway, NYC\nis the plant open pls? 4 bridge lane ca11 8gt\n15920 april parks apt. 110",
            ["12 Broadway", "4 bridge lane", "15920", "110"],
            ["we live at", "is the plant open pls?"],
        ),
    ],
)
def test_a_number_and_a_street_word_alone_is_a_count(text, secrets, kept):
    assert_gone_and_kept(text, secrets, kept)


@pytest.mark.parametrize(
    ("text", "secrets", "kept"),
    [
        (  # names Faker's lists lack, where the slot says "a person": the world gazetteer
            "asking prayers for Thabang's mother, in theatre now. for help txt lerato 082 555 0143\n"
            "next on the list: call back neo mabaso (011 555 0199) about the claim",
            ["Thabang", "lerato", "neo mabaso", "0143", "0199"],
            ["asking prayers for", "'s mother", "about the claim"],
        ),
        (  # ... but not the possessives of gods, everyone or the company
            "God's family is big. Everyone's parents came. Northwind's app is down again.",
            [],
            ["God's family", "Everyone's parents", "Northwind's app"],
        ),
        (  # kin and respect before a name in several languages
            "old landlord tante gerlinde +49 30 5550 1234\nask for umm khadija at the stall\n"
            "talk to Mzee Juma at the gate, or D. Conceição\nتم حذف رقم تانت سعاد",
            ["gerlinde", "khadija", "Juma", "Conceição", "سعاد"],
            ["old landlord tante", "at the stall", "at the gate"],
        ),
        (  # a number with spelled digits; a mailbox at a mail provider spelled out; a glued address's words
            "she put it in the group +255 seven one four 881 203 lol\n"
            "write to mwajuma at yahoo dot com or look at google dot com\n"
            "contact the organiser tendai chikore at tendaichikore@gmail.com",
            ["881 203", "mwajuma", "tendai chikore"],
            ["in the group", "look at google dot com", "contact the organiser"],
        ),
        (  # whom a call was with in a case note; a name after "name" in Thai and Hindi; a quoted target
            "Call w/ jt re: late fee. Mtg w/ ประเสริฐ ทองดี re: new card. call with the bank re: fees\n"
            "ชื่อ: สุภาพร มีสุข\nดิฉันชื่อ ประภา แก้วใส ค่ะ\nमेरा नाम रेखा है।\n"
            'AUDIT action=VIEW_PII target="Aroha Ngata"; target="prod db"',
            ["jt", "ประเสริฐ", "ทองดี", "สุภาพร", "มีสุข", "ประภา", "แก้วใส", "रेखा", "Aroha", "Ngata"],
            [
                "Call w/",
                "call with the bank re: fees",
                "ชื่อ:",
                "ดิฉันชื่อ",
                "ค่ะ",
                "मेरा नाम",
                "है।",
                'target="prod db"',
            ],
        ),
        (  # several kin with an adjective before them; thanks in Swahili and Swedish
            "my elderly neighbours Wanjiru & Otieno are stuck on the 3rd floor\n"
            "asanteni Zawadi kwa msaada. tack Linnea för hjälpen. our new neighbours moved in",
            ["Wanjiru", "Otieno", "Zawadi", "Linnea"],
            ["my elderly neighbours", "are stuck", "our new neighbours moved in"],
        ),
        (  # a loving sign-off; names surname first after an item's number; who is from the press desk
            "Use my code ZQX19 for 10% off, love, Wairimu ✨\nI love, love, love this app\n"
            "Standby: 1. OKONJO, Chidi 2. MENSAH, Kojo\nmedia: ayodele from the press desk asks for a quote. "
            "Update from the press desk: none",
            ["Wairimu", "OKONJO", "MENSAH", "ayodele"],
            ["I love, love, love this app", "Update from the press desk"],
        ),
        (  # a driver's licence by "lic"; a dash sign-off of one given name that is an everyday word too
            "other driver Tomás Vidal lic T72910558 (Ohio)\nrefunded the fee, ref 88A1. - Mark",
            ["Mark", "T72910558"],
            ["refunded the fee"],
        ),
        ("Sale ends soon - May", [], ["Sale ends soon - May"]),  # ... not a month
        (  # logins in a mail's copy list; a log's quoted name; a staff member named after a comma;
            # a full name's possessive; who is from a named team
            "Cc: Ana Ruiz, wanjiku_m, tkipchoge, support\n"
            'level=error msg="sms failed" name="Wanjiru Kamau" ok; service name="Payments API"\n'
            "a staff member, Yelitza, was rude. Akosua Mensah's new address is below.\n"
            "a: kwame boateng from the northwind care team helped",
            ["wanjiku_m", "tkipchoge", "Wanjiru", "Kamau", "Yelitza", "Akosua", "Mensah", "kwame", "boateng"],
            ["support", 'service name="Payments API"', "a staff member,", "helped"],
        ),
        (  # a review's author that is an English word too, before a dotted date; a login a role was
            # granted to on a date; who follows up; a grandfather's name; a customer the world list knows
            "★☆☆☆☆ Katastrophe\nsabine · 07.04.\nseit dem Update geht die App nicht mehr\n"
            "admin kim granted role 'refund-approver' to mwangikj on 2023-06-24\n"
            "• next: Wanjiku follows up by 5 Jan. my grandfather Syafiq walked in every week.\n"
            "Customer Palesa reports fraud; customer Portal down. Update · 3h",
            ["sabine", "mwangikj", "Wanjiku", "Syafiq", "Palesa"],
            ["seit dem Update", "follows up", "my grandfather", "customer Portal down", "Update · 3h"],
        ),
        (  # initials in a list of attendees; a Japanese funeral notice's chief mourner
            "Attendees: Ana Ruiz, kt, MW\nApologies: HR, IT\n喪主 山本健太",
            ["kt", "MW", "山本健太"],
            ["Apologies: HR, IT", "喪主"],
        ),
    ],
)
def test_world_gazetteer_in_person_slots_kin_honorifics_spelled_numbers_and_mailboxes(text, secrets, kept):
    assert_gone_and_kept(text, secrets, kept)


@pytest.mark.parametrize(
    ("text", "secrets", "kept"),
    [
        (  # logins glued from a name and an initial where a record closes on who did it, or
            # where a log names the account; "paid by zelle", "sent by fedex" name a service
            "[system] message redacted by ruim at 05:28\nDispute summary by pietrzakp:\nChecked by semv.\n"
            "- initial access: VPN login as ssalihovic from 10.1.2.3\nEvidence: chat export from smithk; "
            "records show it\n2025-12-13 WARN geo-velocity thuseynov50: Baku -> Frankfurt\n"
            "sent by fedex. bought from mcdonalds, then jims deli",
            ["ruim", "pietrzakp", "semv", "ssalihovic", "smithk", "thuseynov50"],
            ["sent by fedex", "from mcdonalds", "jims deli", "Baku -> Frankfurt"],
        ),
        (  # a role's login in a transcript; initials in an owner column, not a team's
            "Customer note: call me back\nTech lotte_jansen: no access\n"
            "| item | owner | status |\n|---|---|---|\n| disk 91% | MD | open |\n| release 4.4.6 (34616) | IT | done |",
            ["lotte_jansen", "| MD |"],
            ["| IT |", "release 4.4.6 (34616)"],
        ),
        (  # Korea's two-syllable surnames; Japanese "と申します" and Chinese "我叫" say a name
            "선우하은\n안녕하세요, 남궁지훈입니다.\n小野寺さくらと申します。\n你好，我叫梓涵。\n您好，我是佳穎。\n我是客户。",
            ["선우하은", "남궁지훈", "小野寺さくら", "梓涵", "佳穎"],
            ["안녕하세요", "と申します", "我是客户"],
        ),
        (  # a caller's own name in a voicemail; a dispatch's reporting party; an insured; a
            # caller column's cells, placeholders kept
            "hi this is mao sreymom calling about the claim. this is customer service speaking. it's sunny here\n"
            "RP: KESSY  CB: 00675 70990845\nClaim - insured Thiru Niroshan - loss location\n"
            "time | caller | outlet\n20:12 | Wilner Jean-Baptiste | Reuters\n04:32 | unknown | AFP\n"
            "#BringGulnaraHome #BringThemHome",
            ["mao", "sreymom", "KESSY", "70990845", "Niroshan", "Wilner", "Gulnara"],
            ["customer service speaking", "sunny here", "| unknown |", "#BringThemHome"],
        ),
        (  # lower-case streets after a place word, abbreviated street words, a house sign before
            # the number, an addr cue, Swahili's PO box, a lower-case locality after a landmark
            "knocked at 950 cypress ln, houston around 8pm. we're at 67 boulevard voltaire, nice\n"
            "living at h/no. 32 liberation rd, tamale. spare room at #86 burgos st., tacloban\n"
            "addr on license is 961 lakeshore dr, fort myers. living on s.l.p. 5350, mwanza\n"
            "they knew my name (house 84 opposite the mosque, lekki phase 1) & asked",
            [
                "950",
                "cypress",
                "67 boulevard",
                "voltaire",
                "32",
                "liberation",
                "86",
                "burgos",
                "961",
                "lakeshore",
                "5350",
                "84",
                "lekki",
            ],
            ["knocked at", "around 8pm", "& asked"],
        ),
        ("they switched on 4 wheel drive", [], ["4 wheel drive"]),
        (  # address words of more languages and scripts: Irish, Icelandic, Albanian, Mongolian,
            # Uzbek, Bosnian, Tamil, Burmese, Khmer, Armenian; a Chinese flat after its building
            "loss location 237 Bóthar na Trá, Co. Dhún na nGall\nLaugavegur 39, íbúð 49, 138 Hafnarfjörður\n"
            "Rruga e Durrësit nr. 104, Tiranë\nУлаанбаатар, Сүхбаатар дүүрэг, 8-р хороо, 135-р байр, 139 тоот\n"
            "Chilanzar tumani, 3-kvartal, 22-uy, 67-xonadon\n| Zmaja od Bosne br. 6, Ilidža |\n"
            "residing at எண் 36, ஆற்காடு சாலை, சென்னை 600035, request\nအမှတ် 36, အနော်ရထာလမ်း, ရန်ကုန်\n"
            "shop at ផ្ទះលេខ 176 ផ្លូវ 279 ភ្នំពេញ. number\nԵրևան, Մաշտոցի 173, բն. 26\n"
            "我的地址是北京市朝阳区南京西路261号6号楼2034室。",
            [
                "237",
                "Bóthar",
                "39",
                "íbúð 49",
                "104",
                "139 тоот",
                "135-р",
                "22-uy",
                "67-xonadon",
                "br. 6",
                "எண் 36",
                "600035",
                "အမှတ် 36",
                "176",
                "279",
                "173",
                "բն. 26",
                "2034室",
            ],
            ["loss location", "request", "shop at", "我的地址是"],
        ),
        (  # an address ends where a sentence of a script without case goes on, or a table's next
            # column after a wide gap; an extension is no house number
            "আমার বাবা আজ সকালে বাড়ি 61, রোড 3, উত্তরা, সিলেট থেকে নিখোঁজ।\n"
            "1) Arta Hoxha  00355 673126940  Rruga e Durrësit nr. 214, Durrës  PRIORITY - oxygen\n"
            "3) the caller  ext. 8945  Sráid an Mhuilinn, Baile Átha Cliath  dialysis at home",
            ["61", "Hoxha", "214"],
            ["থেকে নিখোঁজ", "PRIORITY - oxygen", "Sráid an Mhuilinn", "dialysis at home"],
        ),
    ],
)
def test_glued_logins_other_scripts_names_and_the_address_words_of_more_languages(text, secrets, kept):
    assert_gone_and_kept(text, secrets, kept)


@pytest.mark.parametrize(
    ("text", "secrets", "kept"),
    [
        (  # a roll-call's lists; a family in a shelter's list; lower-case names before their age
            "Safe: Ana Ruiz, Rose Kaupa.\nMissing: none\nfam of 6, Papa Mbuyi + wife Malis, from Goma\n"
            "bed 11 - davit hakobyan, 42, admitted\nbed 30 - amelia, 40, admitted\n- apples, 12, bananas",
            ["Ruiz", "Kaupa", "Malis", "davit", "hakobyan", "amelia"],
            ["Missing: none", "apples, 12, bananas", "+ wife", "admitted"],
        ),
        (  # OCR's "1" for "l" inside a name; not in a handle, a version or a code
            "Policy holder name ..... Car1os Rodriguez\nH. Ó1afsdóttir signed\n@NY1headlines an uprooted tree; mp3 v1.2",
            ["Car1os", "Rodriguez", "Ó1afsdóttir"],
            ["an uprooted tree", "mp3 v1.2"],
        ),
        (  # an address ends before the next item of a numbered list and before "call"
            "2) Ana  +258 21 288 019  Bairro Alto Maé, Quarteirão 19, casa n.º 12, Beira\n3) Armando  ext. 44",
            ["Quarteirão 19", "casa n.º 12", "Armando"],
            ["3) ", "ext. 44"],
        ),
        (  # a Turkish door and flat after a colon; a villa with its number's sign; an Arabic
            # place of two words before the city; a hospital ward is no house
            "send it to zümrüt apartmanı no:14 d:29, ekinci mah., contact +905013760118\n"
            "cambriolage au Villa n° 5, Randoulène, 21273 Thiès. Si vous\n"
            "منى\t+20 12 82081376\t453 شارع عباس العقاد، مدينة نصر، القاهرة\nthe ward no. 5 is full\n"
            "my sister noa lives at weizmann st 36, tel aviv-yafo 6039821 and her parcel",
            ["zümrüt", "no:14", "d:29", "Villa n° 5", "21273", "453", "القاهرة", "6039821"],
            ["send it to", "Si vous", "the ward no. 5 is full"],
        ),
    ],
)
def test_roll_calls_families_ages_and_ocr_ones(text, secrets, kept):
    assert_gone_and_kept(text, secrets, kept)


@pytest.mark.parametrize(
    ("text", "secrets", "kept"),
    [
        (  # a CSV export's quoted cells hold commas ("Patel, Megan"); the header may be quoted;
            # a licence, name, "who" and address column is read whatever the cells' shapes
            'emp_id,name,ssn,dl_state,dl_number,phone\n935516,"Patel, Megan",881-93-0892,WA,WDLWS99B363Z,'
            '+1 907 297 5558\nE-10509,"Miller, Cody",665-66-7160,NJ,Y3131 79384 06618,(406) 214-1398\n\n'
            '"ticket","created","requester","address","notes"\n"SR-629487","24 Mar 2024","Mathieu Leblanc",'
            '"RR 6, Site 17, Box 1, Edmonton AB T5J 0N3","redelivery, fragile"\n\n'
            'date,time,who,channel,summary\n2023-12-29,15:29,"CHRAIBI Houda",Instagram DM,"sent 40 messages"',
            [
                "Megan",
                "WDLWS99B363Z",
                "Cody",
                "Y3131 79384 06618",
                "Leblanc",
                "Site 17",
                "T5J",
                "CHRAIBI",
                "Houda",
            ],
            [
                "WA,",
                "NJ,",
                '"SR-629487","24 Mar 2024"',
                '"redelivery, fragile"',
                "Instagram DM",
                "sent 40 messages",
            ],
        ),
        (  # chat exports: a bare time, an IRC nick, Slack's copy with the time after the name; a
            # bot, an event and a role are no one
            "20:05:11 betty86: Northwind support just rang\n20:06:02 Lan: on it\n\n"
            "21:40 <svargova63> anyone else seeing 5xx?\n21:41 <alertbot> FIRING\n21:42 <a_stankeviciute> yes\n\n"
            "avi levi  5:27 am\nok I'll send my guy tmrw\nyael.peretz  5:32 am\nthanks\n\n"
            "08:16 Rollback started: v4.2\n08:20 Deploy complete: all green\n09:00 Standup: notes below",
            ["betty86", "svargova63", "a_stankeviciute", "avi levi", "yael.peretz"],
            ["alertbot", "Rollback started", "Deploy complete", "Standup", "Northwind support"],
        ),
        (  # a thread's lines signed with a dash glued to a name; a hand-over with a time after it
            "< +234 8020083194 14:07: u got it? im boarding lol -Funmilayo\n> 14:16: yep go\n"
            "< +212652143812 04:37: ok -سناء\nStep 2 -Restart the pod\nhandover eleni -> ceren (04:06)",
            ["Funmilayo", "سناء", "eleni", "ceren"],
            ["Step 2 -Restart the pod", "handover", "(04:06)"],
        ),
        (  # a list's members after a semicolon; an account with digits after "by"; a tool's version is no one
            "Witnesses: Gurpreet Sidhu; Harjit from Field Ops\n# compiled by yass64 for case CS-2023-15987\n"
            "cc Anna Kowalski; Billing; Legal\nfixed by http2 upgrade; caused by node18 and python311",
            ["Harjit", "yass64", "Kowalski"],
            ["from Field Ops", "for case", "Billing; Legal", "http2", "node18", "python311"],
        ),
    ],
)
def test_quoted_csv_cells_column_headers_chat_exports_and_glued_sign_offs(text, secrets, kept):
    assert_gone_and_kept(text, secrets, kept)


@pytest.mark.parametrize(
    ("text", "secrets", "kept"),
    [
        (  # a login in a person's slot: a role's field, a table's "Who" column, an account word,
            # a dashed sign-off; a login's digits or underscore keep it whole
            "User rachel51 locked out after 5 failed attempts.\nAgent: vicentes10\n"
            "DRIVER: b_williams / route LC-82\n| Time | Event | Who |\n|---|---|---|\n"
            "| 18:54 | Identified bad route table on k8s-node-52 | rabiaa54 |\n| 18:59 | Paged | h_choi |\n"
            "— chowdaryk, Trust & Safety",
            ["rachel51", "vicentes10", "b_williams", "rabiaa54", "h_choi", "chowdaryk"],
            ["route LC-82", "k8s-node-52", "Trust & Safety", "locked out"],
        ),
        (  # a short run of another script between English words, or alone with a chat's time
            "ok I'll send my guy ณัฐพงษ์ tmrw. his number is on file\n"
            "Thanks రవి గారు, the last reading was estimated\n"
            "yep go. will call 俊宏 if I need a 2nd pair of eyes\n"
            "    อนันต์ ศรีสุข  17:47\n    looking at the geo lookup again, thanks all",
            ["ณัฐพงษ์", "రవి", "俊宏", "อนันต์ ศรีสุข"],
            ["tmrw", "the last reading", "if I need", "17:47"],
        ),
        (  # an address in lower case goes on in lower case though the text above it is
            # capitalised; hashtags of a found person spelled without marks or as a word too
            "he took us down Patrick Street instead\n"
            "i'm at 37 patrick street, raheny, dublin 5 v94 j4c7 now, safe. call me 085 467 1014\n"
            "moj brat Mirza Delić (21) last seen in Zenica #MelissaRelief #MirzaDelic\n"
            "MISSING my father Gentian Hoxha (18) last seen in Shkodër #MissingGentian",
            ["37 patrick street", "raheny", "v94 j4c7", "085 467 1014", "#MirzaDelic", "MissingGentian"],
            ["now, safe", "#MelissaRelief", "last seen in Zenica"],
        ),
        (  # whom to call, then when, without a number; a caller's own name before "calling" or "from"
            "yep go. will call Trang if I need a 2nd pair of eyes\ncall Support if it is down again\n"
            "hi this is ani calling about the claim\nhi this is mehwish from gulberg, the alerts stopped\n"
            "this is spam from a bot",
            ["Trang", "ani", "mehwish"],
            ["call Support if", "calling about the claim", "this is spam from a bot"],
        ),
        (  # ... but not a quoted sentence, a phrase with its language's function words, an
            # amount's currency, a greeting, a place, a hashtag or a Han word no gazetteer names
            'Customer wrote: "لا أستطيع تسجيل الدخول إلى التطبيق." and then ده مش مقبول again today\n'
            "The estimated bill of 96 грн is wrong, ขอบคุณ for checking\n"
            "see you in 東京 tomorrow for the 喪主 meeting #地震 #earthquake",
            [],
            ["لا أستطيع تسجيل الدخول", "ده مش مقبول", "96 грн", "ขอบคุณ", "東京", "喪主", "#地震"],
        ),
    ],
)
def test_logins_in_person_slots_other_scripts_in_english_lower_case_address_tails_hashtags(
    text, secrets, kept
):
    assert_gone_and_kept(text, secrets, kept)


@pytest.mark.parametrize(
    "text,secrets,kept",
    [
        (  # a driving licence after its name in other languages and after a record's key
            "Ehliyet no: 482913\ndl_number=K4471902\nrijbewijsnummer 5812093347\n"
            "Downloaded 12345 files from the licence server",
            ["482913", "K4471902", "5812093347"],
            ["Ehliyet no:", "Downloaded 12345 files"],
        ),
        (  # a word no list knows closes a lower-case member of a list; a job before a lower-case
            # given name the world knows; not a texting word nor a verb
            "proud parent of Thabo, lindiwe botha and ally kimaro. Services at noon\n"
            "volunteers: percy ramos ccahuana - sunday\n"
            "a neighbour abebe tadesse pulled him out. the courier gave up. I'll send my guy sipho tmrw.",
            ["kimaro", "ccahuana", "abebe", "tadesse"],
            ["Services at noon", "- sunday", "the courier gave up", "tmrw"],
        ),
        (  # an email's local part spells the name without its marks; a login's pieces name its
            # owner where the text mentions them again; kin named after "mom of"
            "On 2025-05-23, oğuz erdoğdu <o.erdogdu@example.com> wrote:\n"
            "User sandeep.s locked out after 5 failed attempts at 12:26.\nSandeep says it wasn't them.\n"
            "Prajakta Shinde (mom of Sachin, Year 3D)",
            ["oğuz", "erdoğdu", "Sandeep says", "Sachin"],
            ["wrote:", "says it wasn't them", "Year 3D"],
        ),
        (  # a run of another script on a mostly-Latin line, though the text quotes that script's
            # prose below; Sapporo's grid address; a login closing a record with an initial "s"
            "Summary: กาญจนา จันทร์เพ็ญ disputes a charge of ฿668.32. Transferred to L2.\n"
            'cust msg: "เข้าสู่ระบบแอปไม่ได้ ติดต่อไม่ได้เลย ช่วยด้วยค่ะ ขอบคุณมากค่ะ"\n'
            "Loss location: 〒060-0003 北海道札幌市中央区北3条西2-5-110 コーポ青葉1904号室\n"
            "Dispute summary by tariqs:\nthe car was hit by trucks at 5 pm",
            ["กาญจนา", "จันทร์เพ็ญ", "北3条西2-5-110", "1904号室", "tariqs"],
            ["เข้าสู่ระบบแอปไม่ได้", "disputes a charge", "hit by trucks at 5 pm"],
        ),
        (  # a role before a name stays: the name starts after it
            "Employee Piero Antonio Torres Huamán disputes W-2 box 1; says $239 missing.\n"
            "Manager R. Quispe Flores. Case INC6212577.",
            ["Piero", "Torres", "Huamán", "Quispe", "Flores"],
            ["Employee", "Manager", "Case INC6212577"],
        ),
        (  # a post or a desk speaking on a radio log is no one; a person is
            "[06h05] desk: radio from medic, all ok\n[04:40] base: copy team 2\n[05:11] Mikko: on my way",
            ["Mikko"],
            ["desk: radio", "base: copy"],
        ),
        (  # an order number in the cell before a name is no house number: an address is one cell
            "lead_id\tname\tphone\tkWp\n#816421\tTamika Brooks\t(281) 965-6273 x470\t4.1",
            ["Tamika", "Brooks", "965-6273"],
            ["#816421", "4.1"],
        ),
    ],
)
def test_licences_of_more_languages_list_surnames_login_pieces_and_mixed_script_lines(text, secrets, kept):
    assert_gone_and_kept(text, secrets, kept)


@pytest.mark.parametrize(
    "text, secrets, kept",
    [
        (  # a verb that is also a given name says what the person before it did
            "My husband said the package never came. Our driver Mark Ellery was great though.",
            ["Mark", "Ellery"],
            ["said the package"],
        ),
        (  # a note's label is no speaker; a speaker still is
            "Todo: call the bank back\nDLN: expired\nMika: who are you?",
            ["Mika"],
            ["Todo:", "DLN:"],
        ),
        (  # a record's number written "no." is no house; a house's is
            "Case no: 55510 pending, CB no: 0799 when done.\nHouse no: 12, Mirpur Road, Dhaka",
            ["12, Mirpur Road"],
            ["Case no: 55510", "CB no: 0799"],
        ),
        (  # a rating and a hyphenated word are no address and no name
            "the geo-fence alert fired twice; rated it 4 of 5 stars",
            [],
            ["geo-fence", "4 of 5 stars"],
        ),
        (  # NER's reading of the word after the account a post answers, or of "ping" before a
            # team's handle, is no person; a name after the handle still is
            "@united Boo for not refunding my seat. ping @dev-ops about it\n@mike_t @adobe Scott, need a book?",
            ["mike_t", "Scott"],
            ["Boo for not refunding", "ping"],
        ),
    ],
)
def test_verbs_labels_record_numbers_ratings_and_replies_are_not_names_or_addresses(text, secrets, kept):
    assert_gone_and_kept(text, secrets, kept)


@pytest.mark.parametrize(
    "text, secrets, kept",
    [
        (  # a storm's name glued in a hashtag, or named by the text elsewhere, is the event
            "No work tomorrow, thanks #HurricaneSandy. stuck in darkness #hurricanesandy\n"
            "Hurricane Sandy is here; dinner before Sandy even had a chance. Ana Ruiz is safe",
            ["Ana Ruiz"],
            ["#HurricaneSandy", "#hurricanesandy", "before Sandy even"],
        ),
        (  # a link names a page; a profile's address still names its owner
            "pick it up since… https://t.co/Nf0UEMJP0l or see linkedin.com/in/amara-okafor",
            ["amara-okafor"],
            ["https://t.co/Nf0UEMJP0l"],
        ),
        (  # shouted English words after a cue are no names; an article before one word opens a noun
            "SO MANY GOOD THINGS IM GOING TO EXPLODE\nThe Mall will not be opening tomorrow",
            [],
            ["GOING", "The Mall"],
        ),
        (  # a card and phones typed with wide gaps; a table's columns stay
            "pay by card? 4698  0995  5356  3298 or call me 555  15 8217, "
            "son on 072 30  5809\nqty  price\n3  120  360\nOrder 12345678  0712 345 678",
            ["4698", "3298", "8217", "5809", "0712 345 678"],
            ["3  120  360", "12345678"],
        ),
    ],
)
def test_storm_hashtags_links_shouting_and_numbers_typed_with_wide_gaps(text, secrets, kept):
    assert_gone_and_kept(text, secrets, kept)


@pytest.mark.parametrize(
    "text, secrets, kept",
    [
        (  # a pasted vCard: its name, formatted name and home address by field; its keys stay
            "BEGIN:VCARD\nVERSION:3.0\nN:Hoxha;Besnik;;;\nFN:Besnik Hoxha\nTITLE:site supervisor\n"
            "ADR;TYPE=HOME:;;Rruga e Kavajës 118, ap. 4;Tirana;;1001;Albania\nEND:VCARD",
            ["Hoxha", "Besnik", "Kavajës 118", "1001"],
            ["VERSION:3.0", "TITLE:site supervisor", "FN:"],
        ),
        (  # an HL7 message: the patient's and the next of kin's name, address and phone
            "MSH|^~\\&|LAB|HOSP|||202401011200||ORU^R01|123|P|2.5\r"
            "PID|1||889123^^^MRN||LIEPA^LĪGA^M||19800101|F|||Brīvības iela 12-4^^Rīga^^LV-1010^LV||+371 2612 3456\r"
            "NK1|1|LIEPA^JĀNIS|SPO|Brīvības iela 12-4^^Rīga^^LV-1010|+371 2612 9999\r"
            "OBX|1|NM|GLU^Glucose||5.4|mmol/L",
            ["LIEPA", "LĪGA", "JĀNIS", "Brīvības iela 12-4", "LV-1010", "2612 3456", "2612 9999"],
            ["GLU^Glucose", "mmol/L"],
        ),
        (  # a form's other people, qualified labels and a name part's label whatever word it is
            "Deaf client: Amara Okonjo\nThird party: Ana Ruiz, driver of Toyota Hilux\n"
            "Customer of record: Ilse Berg\nForenames: Pita\nArtist: Noor Haddad\nHousehold: 4 people",
            ["Amara", "Okonjo", "Ana Ruiz", "Ilse Berg", "Pita", "Noor Haddad"],
            ["Toyota Hilux", "4 people"],
        ),
        (  # Guatemala's grid addresses and Latvian streets; a road's closure times stay
            "Address: 8a. Avenida 58-55, Zona 3, Mixco. Old one: Lāčplēša iela 90-22, Jelgava.\n"
            "The 2a. Avenida was closed from 10-12 today",
            ["58-55", "Zona 3", "Lāčplēša", "90-22"],
            ["2a. Avenida was closed from 10-12"],
        ),
    ],
)
def test_pasted_vcards_hl7_more_form_labels_and_grid_addresses(text, secrets, kept):
    assert_gone_and_kept(text, secrets, kept)


@pytest.mark.parametrize(
    "text, secrets, kept",
    [
        (  # directions to a house where streets have no names people use; the sentence stays
            "boss need 5000 litres tomorrow early, the blue house after the bus depot, second lane, plot 114 "
            "tank is on the roof.\njefe, casa 18, 3rd callejón después del Oxxo, Col. Roma Norte is the place\n"
            "Kothrud, lane 11, house 15 (green gate opposite the Hanuman temple) pls",
            ["bus depot", "plot 114", "casa 18", "Oxxo", "Roma Norte", "Kothrud", "house 15", "Hanuman"],
            ["5000 litres", "tank is on the roof", "is the place"],
        ),
        (  # a chat line's speaker of one Han character: the speaker, not the space before it
            # (a span of one space made the name finders fail, and the event was held)
            "[20:54] 伟: 好的, see you at 6\n[20:55] Ana Ruiz: ok",
            ["伟", "Ana Ruiz"],
            ["好的, see you at 6"],
        ),
        (  # a lower-case name in a slot only a person fills; a company or a thing in one stays
            "lent it to amr in march. its dilnoza's number. me and frantzy will take turns. frantz filmed it\n"
            "me and wifi will go. the uber's number. gave it to netflix",
            ["amr", "dilnoza", "frantzy", "frantz"],
            ["me and wifi", "the uber's number", "gave it to netflix"],
        ),
    ],
)
def test_directions_to_a_house_one_character_speakers_and_lower_case_names_in_a_persons_slot(
    text, secrets, kept
):
    assert_gone_and_kept(text, secrets, kept)


@pytest.mark.parametrize(
    ("text", "secrets", "kept"),
    [
        (
            "Betreff: Presseanfrage zur Störung\n\nSehr geehrte Damen und Herren,\nfür einen Beitrag über "
            "die Störung bei Northwind bitten wir um eine Stellungnahme. Seit wann ist das Problem bekannt, "
            "und wie viele Kundinnen und Kunden sind betroffen?\n\nMit freundlichen Grüßen\nKatrin Hoffmann\n"
            "Tel. +49 30 12345678",
            ["Katrin", "Hoffmann", "12345678"],
            ["Damen und Herren", "Stellungnahme", "das Problem", "Kundinnen und Kunden", "Northwind"],
        ),
        (
            "Asunto: Reclamación por cobro indebido\n\nMe llamo Lucía Fernández Ortega y soy titular de una "
            "cuenta en Northwind Bank. El pasado mes se me cobró una cuota de mantenimiento que no corresponde. "
            "Solicito la devolución del importe y una propuesta de solución. Mi teléfono es 612 345 678.",
            ["Lucía", "Fernández", "345 678"],
            ["Reclamación", "cuota de mantenimiento", "devolución del importe", "una propuesta de solución"],
        ),
        (
            "[09:12] Khách: shop ơi em đặt đơn hàng từ hôm thứ hai mà chưa nhận được\n"
            "[09:15] CSKH Northwind: Dạ chị vui lòng cho em xin họ tên và số điện thoại đặt hàng ạ\n"
            "[09:16] Khách: Nguyễn Thị Mai, 0912 345 678",
            ["Nguyễn Thị Mai", "345 678"],
            ["đơn hàng", "vui lòng", "số điện thoại"],
        ),
        (
            "Wakuu, kuna mtu mwingine hana stima tangu jana usiku? Nimepiga simu Northwind mara tatu, "
            "wanasema mafundi wako njiani. Halima Wanjiru, 0712 345 678",
            ["Halima", "Wanjiru", "345 678"],
            ["mtu mwingine hana stima", "tangu jana usiku", "mafundi wako njiani"],
        ),
        (  # a given name and a surname the gazetteer knows, in lower case; German's "von mir" stays
            "Ne danno il triste annuncio il marito Antonio e i figli giulia romano e marco rinaldi. Il "
            "funerale si terrà domani alle 10 nella chiesa di San Pietro.\nHiermit widerrufe ich den von "
            "mir abgeschlossenen Vertrag über den Kauf eines Staubsaugers.",
            ["giulia", "romano", "marco", "rinaldi"],
            ["i figli", "Il funerale", "den von mir abgeschlossenen"],
        ),
        (  # a name of the world list where an e-mail address spells it, or as a full name
            "Bénévoles pour la distribution de samedi, répondez avec nom et créneau.\n"
            "Sophie Martin - samedi matin\nnadia ouazzani dispo pour conduire, nadia.ouazzani@example.com",
            ["Sophie Martin", "ouazzani"],
            ["dispo pour conduire", "répondez avec nom"],
        ),
        (
            "ditemukan dompet di dekat posko pengungsian, ada kartu atas nama Rizky Lubis, tolong hubungi "
            "posko kalau kenal orangnya",
            ["Rizky", "Lubis"],
            ["posko pengungsian", "tolong hubungi"],
        ),
        (  # a Vietnamese province is no name, although the world list holds both its syllables
            "Dạ đơn của chị đang bị trễ do kho Bắc Ninh quá tải, em sẽ báo lại cho chị sau nhé. Cảm ơn chị Lan",
            ["Lan"],
            ["kho Bắc Ninh quá tải"],
        ),
    ],
)
def test_texts_in_other_languages_keep_their_words_and_lose_their_people(text, secrets, kept):
    # The English NER reads German nouns, Spanish phrases and Vietnamese or Swahili words as
    # people: in a text of another language a name must be one the gazetteer knows.
    assert_gone_and_kept(text, secrets, kept)


@pytest.mark.parametrize(
    ("text", "secrets", "kept"),
    [
        (
            "Volunteers for the food bank on Saturday, reply with name and slot\n"
            "Georges - saturday morning - 00961 71 381 716\nSavannah J - saturday am - (201) 555-0147\n"
            "Nadia Haddad | sunday | nadia.h@example.com\nSupport line 0800 123 4567",
            ["Georges", "Savannah J", "Nadia Haddad", "555-0147"],
            ["reply with name and slot", "saturday morning", "Support line"],
        ),
        (
            "Bénévoles pour samedi\nZeinab - samedi matin - 71 473 013\nmarco rinaldi peut conduire "
            "marco.r@example.com\nAccueil - 01 40 20 50 50",
            ["Zeinab", "marco", "rinaldi"],
            ["samedi matin", "peut conduire", "Accueil"],
        ),
        (  # a name right before its number inside a line; a place, a desk or a date stays
            "15:10 call from Semi Delai (+679 706 3623) asked about the election\n"
            "Office (020) 7946 0000, Nairobi +254 712 108604\nOut: Sep 20 52914 km",
            ["Semi Delai", "706 3623"],
            ["Office", "Nairobi", "Out: Sep"],
        ),
    ],
)
def test_a_name_opening_a_contact_line_goes_with_its_number(text, secrets, kept):
    # A roster's or contact list's line: the name before the number or address that reaches them.
    assert_gone_and_kept(text, secrets, kept)


@pytest.mark.parametrize(
    ("text", "secrets", "kept"),
    [
        (  # a store's log names its staff by key; the keys stay, "ip" too
            "2025-04-26T03:18:00Z event=sim_change store=S900 agent=karla75 ip=62.233.159.205\n"
            "agent=bot operator=system",
            ["karla75", "62.233.159.205"],
            ["agent=", " ip=", "agent=bot operator=system", "event=sim_change"],
        ),
        (  # an account's key in a JSON record
            '{"participant": {"name": "Davone Xayavong", "github": "dxayavong", "team": "blue"}}',
            ["Davone Xayavong", "dxayavong"],
            ['"github": ', '"team": "blue"'],
        ),
        (  # an IRC line's nick after a French clock, on a line of its own
            "15h00 <fara_88> anyone got a spare HDMI?",
            ["fara_88"],
            ["anyone got a spare HDMI?"],
        ),
        (  # "user" in another language, and a call log's caller
            "Zabeleženo je više neuspešnih prijava na nalog korisnika markovicj tokom noći, nalog je "
            "privremeno zaključan.\n2025-03-30T21:50:03Z | caller ishimwe_grace | called 0720-123-275",
            ["markovicj", "ishimwe_grace", "123-275"],
            ["nalog korisnika", "| caller ", "| called ", "privremeno zaključan"],
        ),
        (  # a CSV row's name before its phone cell; the city after it stays
            "SK6834436;05.12.2024;Hüseyin Çakır;+90 (0)501 234 19 81;Bursa;kargo hasarı",
            ["Hüseyin", "Çakır", "234 19 81"],
            ["Bursa;kargo hasarı"],
        ),
    ],
)
def test_logins_by_a_records_keys_chat_nicks_and_user_words_of_other_languages(text, secrets, kept):
    assert_gone_and_kept(text, secrets, kept)


@pytest.mark.parametrize(
    ("text", "secrets", "kept"),
    [
        (  # where someone moves; the question ends the address, the next chat line stays
            "18:05 crew lead: new place is ulica kralja zvonimira 34, 20000 dubrovnik?\n"
            "6:20 am office: yes. call him 092 161 1888",
            ["zvonimira 34", "20000"],
            ["new place is", "6:20 am office: yes"],
        ),
        (  # a removal quote's two addresses; the next label is no place
            "Moving from:\nCocody Angré 8e tranche, près de la pharmacie Saint-Jean, villa 66, Yamoussoukro\n"
            "Moving to:\nTreichville, rue L125, lot 438, appt 9\n02 BP 1281 Korhogo\nDate: 21/10/2026",
            ["villa 66", "Yamoussoukro", "lot 438", "Korhogo"],
            ["Moving from:", "Moving to:", "Date: 21/10/2026"],
        ),
        (
            "Please collect it from Cottage 21, 24 Harare Drive, Borrowdale, Harare or refund US$ 117.",
            ["Cottage 21", "24 Harare Drive", "Borrowdale"],
            ["or refund US$ 117"],
        ),
    ],
)
def test_addresses_where_someone_moves_or_a_thing_is_collected(text, secrets, kept):
    assert_gone_and_kept(text, secrets, kept)


@pytest.mark.parametrize(
    ("text", "secrets", "kept"),
    [
        (  # the account someone names as theirs
            "my ign is kudakwashed16 on Free Fire, account was made in 2019. my username is the same",
            ["kudakwashed16"],
            ["my ign is", "my username is the same"],
        ),
        (  # a chores board's assignees
            "chores this week\nBINS — Rutendo ✓\nHOOVER — Tinashe x\nthanks all",
            ["Rutendo", "Tinashe"],
            ["BINS — ", "thanks all"],
        ),
        (  # a note signed with a dash before its unit, or on a line of its own; a team's stays
            "the tap in the bathroom still leaks — ndeye (unit 29)\nsee you there\n— Limbert\n\n— Support",
            ["ndeye", "Limbert"],
            ["still leaks — ", "— Support"],
        ),
    ],
)
def test_self_named_accounts_rota_names_and_dash_signoffs(text, secrets, kept):
    assert_gone_and_kept(text, secrets, kept)


def test_the_staff_a_case_names_by_their_role_and_whom_a_shift_is_handed_to():
    # who translated, consulted or volunteered on a case signs with a login (an initial glued to a
    # surname too, though "preyes" splits into English words); a team or a state stays
    assert_gone_and_kept(
        "Translator: angelovb\nConsultant: ayalaz\nhandover to awazadi10 at 7:15 pm\n"
        "Volunteer: Food bank team\nHost: none\nNurse: on leave\nAgent: preyes\nAgent: pending",
        ["angelovb", "ayalaz", "awazadi10", "preyes"],
        ["Food bank team", "Host: none", "Nurse: on leave", "handover to", "Agent: pending"],
    )


def test_a_lower_case_name_before_what_only_a_person_does_to_her_or_him():
    assert_gone_and_kept(
        "sugar level was very high, daniyar is with her now. lent it to randall in march and now "
        "tebas says she passed it on. the wifi says she is offline lol, uber is at the door",
        ["daniyar", "tebas"],
        ["the wifi says she", "uber is at the door"],
    )


@pytest.mark.parametrize(
    ("text", "secrets", "kept"),
    [
        (  # who shares a task with the writer or got a thing lent, though the name is a word too
            "me and rosa cleaned the whole kitchen, then i lent it to musa for the weekend. "
            "hollis and me are going over sat. me and mom are tired, lent it to mark? no",
            ["rosa", "musa", "hollis"],
            ["me and mom are tired", "lent it to mark"],
        ),
        (  # greeted without a comma, or in another language; the greeting of a team stays
            "hey oliver its been 4 months since the loan. oi wellington, the rent is late. "
            "hey guys its me again, hola amigos",
            ["oliver", "wellington"],
            ["hey guys its me again", "hola amigos"],
        ),
        (  # the one a line with a number is addressed to; "also i sent" names nobody
            "tamsanqa i sent my share r250 from my number 072 931 4410 why am i not on the list\n"
            "also i sent it from 072 931 4410",
            ["tamsanqa"],
            ["also i sent it from"],
        ),
        (  # a visitor at the gate, a child who forgot a thing, a sign-off ending the text
            "good evening, one chiamaka is at the gate says she's your cousin. kemi forgot it at "
            "school again. one thing is at stake here, call 0803 555 0199 — tobenna",
            ["chiamaka", "kemi", "tobenna"],
            ["one thing is at stake"],
        ),
        (  # whom a chat is with, a host and a conductor by their job, kin words of other languages
            "[screenshot of chat with Yola transcribed]\nour host Sabine let us keep the dog. the "
            "conductor Dwayne pushed her. is it true tía milagros is leaving? chat with Support was slow",
            ["Yola", "Sabine", "Dwayne", "milagros"],
            ["chat with Support was slow", "our host", "the conductor"],
        ),
        (  # a Korean name before a title and its 님, or before the number it is reached by
            "최지민 선생님 전화번호 010-2905-7273 그대로 올렸네. 한수빈 전화번호 +82 10-2288-2282",
            ["최지민", "한수빈"],
            ["선생님 전화번호"],
        ),
    ],
)
def test_names_in_the_slots_a_chat_gives_a_person(text, secrets, kept):
    assert_gone_and_kept(text, secrets, kept)


def test_a_csv_row_with_an_unquoted_comma_and_the_columns_a_crew_or_a_receiver_fill():
    # an export that wrote "$4,509" and "Dock B, berth 7" without quotes is still a table; a
    # receiver, a crew member and a leader are people; the layer takes no cell beside the rules'
    assert_gone_and_kept(
        "ref,sender,receiver,country,amount\nTX-1,Jamal Okafor,Lesieli Vainikolo,Tonga,$4,509\n"
        "berth,vessel,owner,phone\nDock B, berth 7,Kittiwake,tevita fonua,0771 234 567\n"
        "round | address | reason | crew\nR8 | Plot 387, Tlokweng | bin not out | Kabelo\n\n"
        "scout,section,badge,completed,leader\nAmade Macuacua,cubs,navigator,2025-05-14,Felismina",
        ["Jamal Okafor", "Lesieli Vainikolo", "tevita fonua", "Kabelo", "Felismina"],
        ["Tonga", "Kittiwake", "bin not out", "cubs,navigator,2025-05-14,"],
    )


def test_an_abbreviated_street_word_makes_a_lower_case_street_whatever_its_words():
    assert_gone_and_kept(
        "renzo is sending the cake to av. arequipa 32, wanchaq, cusco 08058. the vet said 5 days",
        ["arequipa 32", "wanchaq", "08058"],
        ["the vet said 5 days"],
    )


def test_short_numbers_of_small_countries_after_a_phone_label_and_logins_signing_a_report():
    assert_gone_and_kept(
        "Name: Salote Sapolu\nPhone: 22937\nTicket number: 12345\ncall me 21.55.96 after 10.30\n"
        "Fenced yard: yes. Recommend: approve. Volunteer mkaupa\nthanks to our volunteer team",
        ["22937", "21.55.96", "mkaupa"],
        ["Ticket number: 12345", "after 10.30", "our volunteer team"],
    )


def test_a_person_after_a_job_with_a_word_between_or_as_the_client_a_crew_meets():
    # "the truck driver X says", "client is X,", "love to X"; a prayer for a city names nobody
    assert_gone_and_kept(
        "the truck driver dritan says road is cut. client is Ubah, 3rd floor no lift. "
        "sent via the app, love to Nangula. Praying for Boston tonight, the client is happy",
        ["dritan", "Ubah", "Nangula"],
        ["Praying for Boston tonight", "the client is happy"],
    )


def test_forum_authors_in_other_languages_and_chat_speakers_of_a_foreign_chat():
    # "· prije 6 sati" (Croatian "ago"), "írta," (Hungarian "wrote"), "Postat de … »" (Romanian
    # "posted by"); a timestamped chat's speakers in Malay; "posted by admin" names no login
    assert_gone_and_kept(
        "Komentari (12)\ntomislavbabic · prije 6 sati\nOvo je sramota.\n"
        "zoltanvarga77 írta, 2026. 02. 23. 09:32:\nSziasztok!\n"
        "Postat de mircea_d » 13.07.2024, 17:58\nposted by admin » today\n"
        "[19:16] Azman bin Yusof: rumah siapa lagi takde air?\n[19:18] Zulkifli: rumah saya pun sama.",
        ["tomislavbabic", "zoltanvarga77", "mircea_d", "Zulkifli"],
        ["prije 6 sati", "írta, 2026", "posted by admin"],
    )


def test_a_hindi_name_before_the_respect_word_ji_but_not_kin_or_a_teacher():
    assert_gone_and_kept(
        "वहाँ अनीता जी से बात करें। पिता जी बीमार हैं, आप जी आइए",
        ["अनीता"],
        ["पिता जी", "आप जी"],
    )


def test_cyrillic_staff_before_a_name_and_phone_words_of_maltese_and_swahili():
    assert_gone_and_kept(
        "Вчера вашият служител Петър ми обеща да ми се обади. "
        "Għal aktar informazzjoni ċemplu lil Kurt fuq 96969142. Kama mnataka nipigieni 0621220558.",
        ["Петър", "96969142", "0621220558"],
        ["вашият служител", "ċemplu lil"],
    )


def test_people_in_xml_elements_record_keys_and_a_warehouses_or_residences_role_fields():
    # the layer takes no tag beside the element the rules found; a service or a team stays
    assert_gone_and_kept(
        "<intake><patient>Simone Brown</patient><dob>14 Dec</dob><payer>Tailspin Air</payer></intake>\n"
        "<name>Payments API</name><owner>platform</owner>\n"
        '{"player":"juma_odh","real_name":"Juma Odhiambo","seed":22}\n'
        "Picker: waiyee_leung\nRA: mikkovir\nIssue: short pick\nnice one. handing over to yass16 at 10:19\n"
        "ok I'll send my guy Aniket tmrw. I dislike all guy ICONiacz",
        ["Simone Brown", "juma_odh", "Juma Odhiambo", "waiyee_leung", "mikkovir", "yass16", "Aniket"],
        ["<dob>14 Dec</dob>", "Payments API", "platform", "short pick", "guy ICONiacz"],
    )


def test_a_lower_case_address_goes_on_with_its_town_and_postcode():
    assert_gone_and_kept(
        "the driver went down Maple Ave instead\ni'm at 2933 elm street, apt 38, springfield, il 85699 "
        "now, safe. the 4 of 5 stars review, great service overall",
        ["2933 elm", "apt 38", "springfield", "85699"],
        ["now, safe", "4 of 5 stars review, great service"],
    )


def test_which_texts_are_read_as_another_language():
    from ingestion.pii import language
    from ingestion.redaction import get_engine

    engine = get_engine()

    def foreign(text: str) -> bool:
        return language.foreign(engine.nlp(text), engine.lexicon)

    assert foreign("Seit wann ist das Problem bekannt, und wie viele Kundinnen und Kunden sind betroffen?")
    assert foreign("Solicito la devolución del importe y una propuesta de solución.")
    # English, also with names no list holds, and a text too short to tell
    assert not foreign("Our driver Tomasz Wierzbicki never showed up and the app keeps crashing.")
    assert not foreign(
        "Thabo Mokoena, Kagiso Pretorius and Ayanda Dlamini were evacuated from the third floor."
    )
    assert not foreign("Danke schön")


@pytest.mark.parametrize(
    "text",
    [
        "login from 203.0.113.45 and 10.0.0.1/24 blocked",
        "peer fe80::1%eth0, mapped ::ffff:192.0.2.128, full 2001:db8:85a3:0:0:8a2e:370:7334, any ::",
        "IBAN DE89 3704 0044 0532 0130 00, lower gb29nwbk60161331926819, glued GB29NWBK60161331926819",
        "SSN 536-22-8174 and 536 22 8174 and 536.22.8174",
        "mail jane.doe@example.com or it@corp.internal, not pkg@2.1",
        "Meeting at 10:30, ticket AB-12, nothing else here",
    ],
)
def test_presidio_recognizers_skipping_texts_by_their_hint_find_what_they_found_before(text):
    # A hint only skips texts none of a recognizer's patterns could match: on every text the
    # hinted recognizer finds exactly what presidio's own finds.
    from presidio_analyzer.predefined_recognizers import IpRecognizer, UsSsnRecognizer

    from ingestion.pii.recognizers import (
        AnyCaseIbanRecognizer,
        AnyDomainEmailRecognizer,
        HintedIpRecognizer,
        HintedSsnRecognizer,
    )

    ssn = [p for p in UsSsnRecognizer.PATTERNS if p.score >= 0.5]
    pairs = [
        (HintedIpRecognizer(), IpRecognizer()),
        (HintedSsnRecognizer(patterns=ssn), UsSsnRecognizer(patterns=ssn)),
        (AnyCaseIbanRecognizer(), None),
        (AnyDomainEmailRecognizer(), None),
    ]
    for hinted, stock in pairs:
        if stock is None:  # our subclasses: the same class with its hint's check bypassed
            stock = type(hinted)()
            stock.HINT = re.compile("")
        got = [(r.start, r.end, r.entity_type) for r in hinted.analyze(text, hinted.supported_entities)]
        want = [(r.start, r.end, r.entity_type) for r in stock.analyze(text, stock.supported_entities)]
        assert got == want, (type(hinted).__name__, got, want)
