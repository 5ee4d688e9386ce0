"""The presidio side of redaction: the NLP engine around our one spaCy pipeline, and the
recognizer registry.

presidio's own recognizers are used where they were measured as good as ours on the dev
splits of `bench/pii_eval.py` (email, IP, IBAN, US SSN; the email one without its public-suffix
check). Ours run as presidio recognizers where
presidio's are weaker or slower:
- `NumberRecognizer` (phones, cards, licences, other IDs). presidio's `PhoneRecognizer` with 24
  regions caught 0.70 of the presidio set's phones at 1.4–3.5 ms a text (one phonenumbers scan
  per region); ours 1.00 at under 0.1 ms. Its `CreditCardRecognizer` misses Mastercard 2-series,
  19-digit Visa, Maestro and JCB (0.78); every Luhn-valid run of 13–19 digits is a card here.
- `StreetAddressRecognizer` and `NameRecognizer`: presidio has no street-address recognizer, and
  its spaCy recognizer only passes NER's PERSON spans on (the gazetteer, cue words, lists,
  lower-case names and @handles are ours).
Every finding is redacted whatever its score: redaction is recall-first, the analyzer's
threshold is 0 and presidio's context enhancement is left out (`NoContextEnhancer`). Scores
only decide which of two nested findings of one type presidio keeps (see `spans.NER_SCORE`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from presidio_analyzer import EntityRecognizer, LocalRecognizer, Pattern, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import (
    EmailRecognizer,
    IbanRecognizer,
    IpRecognizer,
    UsSsnRecognizer,
)
from stdnum import iban as stdnum_iban

from ingestion.pii import addresses, cjk, names, records, structured
from ingestion.pii.lexicon import Lexicon
from ingestion.pii.spans import Found

if TYPE_CHECKING:
    from spacy.tokens import Doc

LANGUAGE = "en"


class LoadedSpacyNlpEngine(SpacyNlpEngine):
    """presidio's spaCy engine around a pipeline we already loaded (one model in memory, one
    `nlp.pipe` per batch; presidio would otherwise `spacy.load` the model a second time)."""

    def __init__(self, nlp) -> None:
        super().__init__(
            models=[{"lang_code": LANGUAGE, "model_name": nlp.meta.get("name", "loaded")}],
            # Our NameRecognizer reads the Doc's own entities; presidio's list of them only has
            # to stay quiet about labels it does not map.
            ner_model_configuration=NerModelConfiguration(
                labels_to_ignore=list(nlp.pipe_labels.get("ner", []))
            ),
        )
        # presidio declares `nlp` as None until its own `load()` fills it with this same dict.
        self.nlp = {LANGUAGE: nlp}  # type: ignore[assignment]

    def load(self) -> None:
        """Already loaded in `__init__`."""

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        """The Doc alone: presidio's lemmas, token offsets and keywords feed its
        context enhancer, which is off here (`NoContextEnhancer`), and our recognizers read the
        Doc itself (its entities too: presidio's list of them is empty, every label ignored);
        building them walked every token three times per text."""
        artifacts = NlpArtifacts(
            entities=[],
            tokens=doc,
            tokens_indices=[],
            lemmas=[],
            nlp_engine=None,  # no keywords to compute
            language=language,
            scores=[],
        )
        artifacts.nlp_engine = self
        return artifacts


class NoContextEnhancer(ContextAwareEnhancer):
    """Scores are not thresholded (every finding is redacted), so raising them by context words
    would only cost time; our recognizers read their own context ("tel.", "my name is")."""

    def __init__(self) -> None:
        super().__init__(
            context_similarity_factor=0,
            min_score_with_context_similarity=0,
            context_prefix_count=0,
            context_suffix_count=0,
        )

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        return raw_results


class _Hinted:
    """presidio's pattern recognizers run only on a text holding what every one of their patterns
    needs (an "@", a digit's dot…): most texts hold none, and presidio's call costs more than the
    check, whatever its patterns find."""

    HINT: re.Pattern[str]

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        if not self.HINT.search(text):
            return []
        return super().analyze(text, entities, nlp_artifacts, regex_flags)  # type: ignore[misc]


class HintedIpRecognizer(_Hinted, IpRecognizer):
    """IPv4 holds a digit's dot; every IPv6 form two hex digits around a colon, or "::"."""

    HINT = re.compile(r"\d\.\d|[0-9A-Fa-f]:[0-9A-Fa-f]|::")


class HintedSsnRecognizer(_Hinted, UsSsnRecognizer):
    """The 3-2-4 pattern's digits (the only one served, see `build_registry`)."""

    HINT = re.compile(r"\d{3}[- .]\d{2}[- .]\d{4}")


class AnyDomainEmailRecognizer(_Hinted, EmailRecognizer):
    """presidio's email pattern; every match whose domain ends in a word counts. presidio drops
    an address whose domain has no public suffix, but `it@corp.internal` names a person as well
    (and the suffix lookup costs a tldextract call per match); a version after an @
    (`severity_classifier@1.3.0`, `pkg@2.1`) is no address."""

    HINT = re.compile("@")

    def validate_result(self, pattern_text: str) -> bool:
        return any(c.isalpha() for c in pattern_text.rsplit(".", 1)[-1])


class _FinderRecognizer(LocalRecognizer):
    """A recognizer over one of our finders: its `Found` spans become presidio results."""

    ENTITIES: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__(supported_entities=list(self.ENTITIES), supported_language=LANGUAGE)

    def load(self) -> None:
        """Nothing to load: the finders are compiled at import, the word lists passed in."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None):
        wanted = set(entities) if entities else set(self.ENTITIES)
        return [
            RecognizerResult(f.entity, f.start, f.end, f.score)
            for f in self.find(text, nlp_artifacts)
            if f.entity in wanted
        ]

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None) -> list[Found]:
        raise NotImplementedError


class NumberRecognizer(_FinderRecognizer):
    ENTITIES = ("PHONE_NUMBER", "CREDIT_CARD", "US_DRIVER_LICENSE", "ID_NUMBER", "EMAIL_ADDRESS")

    def find(self, text, nlp_artifacts):
        return list(structured.find(text))


def _cells(text: str, f: Found) -> list[Found]:
    """An address is one cell of a table: a match across a tab keeps only its cells that hold a
    number and a word ("816421\tTamika Brooks" is an order number and a name; "+20 …\t453 شارع …"
    a phone and an address)."""
    value = text[f.start : f.end]
    if "\t" not in value:
        return [f]
    out, at = [], f.start
    for cell in value.split("\t"):
        bare = cell.strip()
        if any(c.isdigit() for c in bare) and any(c.isalpha() for c in bare):
            lead = len(cell) - len(cell.lstrip())
            out.append(Found(at + lead, at + lead + len(bare), f.entity))
        at += len(cell) + 1
    return out


class StreetAddressRecognizer(_FinderRecognizer):
    ENTITIES = ("STREET_ADDRESS",)

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        super().__init__()

    def find(self, text, nlp_artifacts):
        return [part for f in addresses.find(text, self.lexicon) for part in _cells(text, f)]


class NameRecognizer(_FinderRecognizer):
    """Names and @handles; needs the spaCy Doc (`nlp_artifacts.tokens`) for NER and tokens."""

    ENTITIES = ("PERSON", "USERNAME")

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        super().__init__()

    def find(self, text, nlp_artifacts):
        if nlp_artifacts is None:
            raise ValueError("NameRecognizer needs the NLP artifacts of the text")
        return list(names.find(text, nlp_artifacts.tokens, self.lexicon))


class LongNumberRecognizer(LocalRecognizer):
    """The outbound guard's extra: any run of seven or more digits that is not a date, with or
    without a phone's shape (an ad-hoc recognizer of the guard's `analyze` call only)."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["ID_NUMBER"], supported_language=LANGUAGE)

    def load(self) -> None:
        """Nothing to load."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None):
        return [
            RecognizerResult("ID_NUMBER", m.start(), m.end(), 1.0)
            for m in structured.LONG_NUMBER.finditer(structured.plain(text))
            if not structured.DATE_LIKE.match(m.group(0))
        ]


# presidio's IBAN pattern is upper-case only; people type "iban fr76 3000 …" in lower case too.
# Its checksum and per-country format checks upper-case the match themselves. Every group after
# the bank code holds a digit, so no word after the number is read as its last group ("… 2387
# twice": a case-insensitive pattern took "twic" and, once in 97 times, passed the checksum).
LOWER_CASE_IBAN = Pattern(
    "IBAN lower case",
    r"(?<![a-z0-9])([a-z]{2}[0-9]{2}[ -]?[a-z0-9]{4}(?:[ -]?(?=[a-z]{0,3}[0-9])[a-z0-9]{4}){1,5})"
    r"((?:[ -]?(?=[a-z]{0,3}[0-9])[a-z0-9]{4})?)((?:[ -]?[0-9]{1,3})?)(?![a-z0-9])",
    0.5,
)


class AnyCaseIbanRecognizer(_Hinted, IbanRecognizer):
    """presidio's IBAN recognizer (its checksum and per-country formats) in upper and lower case.
    A match its country formats refuse is checked again against the IBAN registry's formats
    (python-stdnum): presidio's Jordanian one wants digits where the registry allows letters
    ("JO61 HBHO 0458 652A 50Z0 6M80 0475 29")."""

    PATTERNS = [*IbanRecognizer.PATTERNS, LOWER_CASE_IBAN]
    # a country's two letters and the check digits, as both patterns (case-insensitive) open
    HINT = re.compile(r"[A-Z]{2}[ \-]?[0-9]{2}", re.IGNORECASE)

    def validate_result(self, pattern_text: str) -> bool | None:
        verdict = super().validate_result(pattern_text)
        if verdict is False and stdnum_iban.is_valid(pattern_text.upper()):
            return True
        return verdict


class CjkRecognizer(_FinderRecognizer):
    """Names and addresses in Japanese script (and Korean names), which spaCy's English
    pipeline cannot see (`cjk`)."""

    ENTITIES = ("PERSON", "STREET_ADDRESS")

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        super().__init__()

    def find(self, text, nlp_artifacts):
        return list(cjk.find(text, self.lexicon))


class RecordRecognizer(_FinderRecognizer):
    """People, addresses and phones in the fields of pasted vCards and HL7 messages (`records`)."""

    ENTITIES = ("PERSON", "STREET_ADDRESS", "PHONE_NUMBER")

    def find(self, text, nlp_artifacts):
        return list(records.find(text))


def build_registry(lexicon: Lexicon) -> RecognizerRegistry:
    recognizers: list[EntityRecognizer] = [
        AnyDomainEmailRecognizer(),
        HintedIpRecognizer(),
        AnyCaseIbanRecognizer(),
        # Only the 3-2-4 pattern: the very weak ones (5-4 digits, 3-6, nine bare digits) are also
        # the shape of phones and IDs, and a US_SSN finding names the span it is in (spans.merge).
        HintedSsnRecognizer(patterns=[p for p in UsSsnRecognizer.PATTERNS if p.score >= 0.5]),
        NumberRecognizer(),
        StreetAddressRecognizer(lexicon),
        NameRecognizer(lexicon),
        CjkRecognizer(lexicon),
        RecordRecognizer(),
    ]
    return RecognizerRegistry(recognizers=recognizers, supported_languages=[LANGUAGE])
