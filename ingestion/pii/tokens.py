"""The learned layer of ingestion's redaction: a per-token classifier over the spaCy Doc the engine
has already parsed, catching the names, addresses and numbers the rules miss.

Each token is described by a few categorical features (its lower-case form, shape, prefix and
suffix, capitalisation, digits, what the redactor's lexicon says of it, the NER label over it,
whether it opens a line or follows a colon) and the same of the two tokens on each side. Feature
strings are hashed once (scikit-learn's murmurhash3) into `n_features` buckets; a neighbour's
features are the same buckets moved by a fixed mix of their offset, so a token's feature row is
built from ids, never from new strings. A multinomial logistic regression (classes O, PERSON,
STREET_ADDRESS, PHONE_NUMBER, ID_NUMBER) scores every token; a token whose probability of being
inside any identifier reaches the artifact's threshold (a word NER reads as a place or an
organisation: its entity threshold) joins a run, runs become one span of their majority class
when they pass `_identifies` or `_number_run`, and the engine merges them with the rules'
findings.

Ingestion only: the outbound guard refuses a prompt on any finding, and a learned layer's few
false positives would refuse ordinary prompts. The artifact (`ingestion/pii/token_model/`, numbers
only: float16 coefficients per bucket, no vocabulary) is trained by `bench/pii_token_train.py`;
its README gives the command, the protocol and what it measured.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from sklearn.utils import murmurhash3_32

from ingestion.pii import language
from ingestion.pii.cjk import ANY_CJK, latin_head
from ingestion.pii.lexicon import CHAT_WORDS, MARKED_SCRIPT, PARTICLES, caseless, script_function_words
from ingestion.pii.names import holds_known_name, storm_name
from ingestion.pii.spans import Found
from ingestion.pii.structured import DATE_LIKE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ingestion.pii.lexicon import Lexicon

FEATURES_VERSION = 2
CLASSES = ("O", "PERSON", "STREET_ADDRESS", "PHONE_NUMBER", "ID_NUMBER")
# The gold label of a training span → the class it teaches.
CLASS_OF = {
    "PERSON": "PERSON",
    "USERNAME": "PERSON",
    "STREET_ADDRESS": "STREET_ADDRESS",
    "PHONE_NUMBER": "PHONE_NUMBER",
}
DEFAULT_DIR = Path(__file__).resolve().parent / "token_model"
WINDOW = (-2, -1, 1, 2)
_PER_TOKEN = 14  # at most this many feature ids describe one token
_MIX = 1_000_003


@lru_cache(maxsize=1 << 18)
def _hash(key: str, n_features: int) -> int:
    return murmurhash3_32(key, positive=True) % n_features


@lru_cache(maxsize=65536)
def _word_keys(word: str, lexicon: Lexicon) -> tuple[str, ...]:
    """What a word says of itself wherever it stands: its form, affixes, case, digits and what
    the lexicon knows of it (cached: words repeat across texts, the lexicon is one per process)."""
    lw = word.lower()
    keys = [f"w={lw}", f"suf={lw[-3:]}", f"pre={lw[:3]}"]
    if word[:1].isupper():
        keys.append("title")
    if word.isupper() and len(word) > 1:
        keys.append("upper")
    if any(ch.isdigit() for ch in word):
        keys.append("digit")
    if lexicon.is_name(word):
        keys.append("name")
    if lexicon.is_english(word):
        keys.append("english")
    if lexicon.is_common(word):
        keys.append("common")
    return tuple(keys)


@lru_cache(maxsize=65536)
def _word_ids(word: str, lexicon: Lexicon, n_features: int) -> tuple[int, ...]:
    return tuple(_hash(k, n_features) for k in _word_keys(word, lexicon))


def token_keys(doc: Doc, lexicon: Lexicon, ruled: Sequence[tuple[int, int]] = ()) -> list[list[str]]:
    """Each token's own feature strings (its neighbours' are added by id, see `feature_ids`);
    `ruled`: the character spans the rules redact (a token inside one says so: the word after a
    first name the rules took is read with that in mind). The model sums its features' weights,
    so their order is no feature."""
    return [[*_word_keys(t.text, lexicon), *_place_keys(doc, t, ruled)][:_PER_TOKEN] for t in doc]


def _place_keys(doc: Doc, t: Token, ruled: Sequence[tuple[int, int]]) -> list[str]:
    """What a token is where it stands: its shape, NER's reading, the line and the rules around it."""
    return _keys_of_place(*_place(doc, t, ruled))


def _place(doc: Doc, t: Token, ruled: Sequence[tuple[int, int]]) -> tuple[str, str, bool, bool, bool]:
    before = doc[t.i - 1] if t.i > 0 else None
    return (
        t.shape_,
        t.ent_type_,
        before is None or "\n" in before.text_with_ws,
        before is not None and before.text in (":", "-", "–", "|"),
        bool(ruled) and any(s < t.idx + len(t.text) and t.idx < e for s, e in ruled),
    )


def _keys_of_place(shape: str, ent: str, line_start: bool, after_colon: bool, rule: bool) -> list[str]:
    keys = [f"shape={shape}", f"ent={ent or '-'}"]
    if line_start:
        keys.append("line_start")
    if after_colon:
        keys.append("after_colon")
    if rule:
        keys.append("rule")
    return keys


@lru_cache(maxsize=65536)
def _place_ids(place: tuple[str, str, bool, bool, bool], n_features: int) -> tuple[int, ...]:
    return tuple(_hash(k, n_features) for k in _keys_of_place(*place))


def feature_ids(
    doc: Doc, lexicon: Lexicon, n_features: int, ruled: Sequence[tuple[int, int]] = ()
) -> np.ndarray:
    """A (tokens × (1 + len(WINDOW)) · 14) matrix of bucket ids; `n_features` (one past the last
    bucket) pads, and past the text's edges an "edge" feature of that offset stands in. The same
    ids as hashing `token_keys`, with a word's and a place's part looked up once per kind."""
    n = len(doc)
    width = _PER_TOKEN * (1 + len(WINDOW))
    if not n:
        return np.zeros((0, width), dtype=np.int64)
    own = np.full((n, _PER_TOKEN), n_features, dtype=np.int64)
    for t in doc:
        ids = (*_word_ids(t.text, lexicon, n_features), *_place_ids(_place(doc, t, ruled), n_features))
        own[t.i, : len(ids)] = ids[:_PER_TOKEN]
    # Every neighbour at once: row i, block k holds the ids of token i + k (an edge feature in
    # the first column where that is outside the text), moved by the offset's mix.
    offsets = np.array(WINDOW)
    at = np.arange(n)[:, None] + offsets  # (n, len(WINDOW))
    outside = (at < 0) | (at >= n)
    near = own[np.clip(at, 0, n - 1)]  # (n, len(WINDOW), _PER_TOKEN)
    near[outside] = n_features
    near[..., 0] = np.where(outside, _edge_ids(n_features), near[..., 0])
    moved = (near * _MIX + ((offsets + 3) * 7919)[None, :, None]) % n_features
    near = np.where(near == n_features, n_features, moved)
    return np.hstack([own, near.reshape(n, -1)])


@lru_cache(maxsize=8)
def _edge_ids(n_features: int) -> np.ndarray:
    return np.array([_hash(f"{k}:edge", n_features) for k in WINDOW], dtype=np.int64)


# NER labels of what stays readable: where something happens, when, how much.
# Organisations and products too: a brand is what the tenant watches.
_KEPT_ENTS = frozenset(
    {
        "GPE",
        "LOC",
        "NORP",
        "DATE",
        "TIME",
        "QUANTITY",
        "PERCENT",
        "MONEY",
        "ORDINAL",
        "ORG",
        "PRODUCT",
        "EVENT",
    }
)
_LETTERS = re.compile(r"[^\W\d_]+")
# What a phone or an identifier the layer finds may hold: digits and their separators, no words
# ("03/02;EUR 120,00" is a table row), and at least seven digits (a shorter number identifies nobody).
_NUMBER_PART = re.compile(r"[\d+()\-./#]+")
_NUMBER_START = re.compile(r"[+(]?\d")  # where a glued number begins
_NUMBER_END = re.compile(r"\d\)?(?!.*\d)")  # and ends


def _abbreviation(doc: Doc, i: int) -> bool:
    """A word of up to five capitals with its full stop ("CUST. SERV.", "DEPT."): a short form."""
    t = doc[i]
    bare = t.text.rstrip(".")
    dotted = t.text.endswith(".") or (not t.whitespace_ and i + 1 < len(doc) and doc[i + 1].text == ".")
    return dotted and bare.isalpha() and bare.isupper() and len(bare) <= 5


def _identifies(doc: Doc, run: list[int], lexicon: Lexicon, kind: str, text: str) -> bool:
    """Whether a run of tokens the model reads as a name or an address could identify anyone.
    Not when its words are all function words, everyday or English words ("de", "una", "cars",
    "Yikes", "Android 14", "Hunter Boots": a name that is also a word is the rules' call, with
    their cues) or codes of three capitals ("EUR 120,00;OK"), nor in lower case without a known
    name ("card-api"), nor a link. In a text of another language (`language.foreign`: every
    word there is no English word) a name needs one the gazetteer knows, an address a number.
    `text`: the Doc's text, joined once by the caller."""
    # the letter pieces of the run's tokens ("03/02;EUR" holds "EUR"); a Latin word glued to
    # Japanese ("Support様からの") is judged as the Latin word
    words = [
        latin_head(piece)
        for i in run
        if not doc[i].like_url and not _abbreviation(doc, i)
        for piece in _LETTERS.findall(doc[i].text)
    ]
    if not words:
        return False
    if all(w.islower() for w in words) and not any(lexicon.is_name(w) for w in words):
        return False
    if language.foreign(doc, lexicon):
        mixed_case = text != text.lower() and text != text.upper()
        # a name there is capitalised words holding one the gazetteer knows, as the rules read
        # it (`names.holds_known_name`): not "mara tatu, wanasema mafundi wako njiani. Halima",
        # "Damen"; a single word written otherwise than a word stays the model's call (a login:
        # "blazevicm", "MihaelaDumitru")
        if (
            kind == "PERSON"
            and (len(words) > 1 or _titlecase(words[0]))
            and (
                not holds_known_name(" ".join(words), lexicon, capitalised=mixed_case)
                or (
                    mixed_case
                    and not all(
                        not w[:1].islower() or w.lower() in PARTICLES or lexicon.is_function_word(w)
                        for w in words
                    )
                )
            )
        ):
            return False
        if kind == "STREET_ADDRESS" and not any(ch.isdigit() for i in run for ch in doc[i].text):
            return False
    return not all(
        lexicon.is_function_word(w)
        or lexicon.is_common(w)
        or lexicon.is_english(w)
        or (w.isupper() and len(w) <= 3)
        for w in words
    )


def _titlecase(word: str) -> bool:
    """Written as a word is at a sentence's start ("Damen"; not "blazevicm", "MihaelaDumitru")."""
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower())


def _number_run(doc: Doc, run: list[int]) -> tuple[int, int] | None:
    """The characters of a phone or identifier run: without the words at its edges ("tel 0812 …":
    the label stays) and, where a word is glued to the number ("電話：090-…", "高橋博（070-…"),
    from its first digit; kept if what is left is digits and separators only (`_NUMBER_PART`),
    seven digits at least, and no date."""
    run = list(run)
    while run and not any(ch.isdigit() for ch in doc[run[0]].text):
        run.pop(0)
    while run and not any(ch.isdigit() for ch in doc[run[-1]].text):
        run.pop()
    if not run:
        return None
    first, last = doc[run[0]], doc[run[-1]]
    head, tail = _NUMBER_START.search(first.text), _NUMBER_END.search(last.text)
    if head is None or tail is None:
        return None
    start, end = first.idx + head.start(), last.idx + tail.end()
    value = doc.text[start:end]
    digits = sum(ch.isdigit() for ch in value)
    if digits < 7 or DATE_LIKE.match(value) or not all(_NUMBER_PART.fullmatch(p) for p in value.split()):
        return None
    return start, end


def _without_chat_edges(doc: Doc, run: list[int], kind: str) -> list[int]:
    """A run without a chat word or a function word of a language in another script at either end
    (the sentence's: "Surulere" + " thx", "ผม" "I" + " สมชาย วงศ์ใหญ่") and, for an address, without
    an English function word at its end ("Andheri East" + " in")."""
    other = script_function_words()
    lo, hi = 0, len(run)
    while lo < hi and (doc[run[lo]].lower_ in CHAT_WORDS or doc[run[lo]].lower_ in other):
        lo += 1
    while lo < hi and (
        doc[run[hi - 1]].lower_ in CHAT_WORDS
        or doc[run[hi - 1]].lower_ in other
        or (kind == "STREET_ADDRESS" and doc[run[hi - 1]].is_stop)
    ):
        hi -= 1
    return run[lo:hi]


@dataclass(frozen=True)
class TokenModel:
    weights: np.ndarray  # (classes, n_features + 1) float32; the last column (padding) is zero
    intercept: np.ndarray  # (classes,)
    threshold: float
    n_features: int
    # A place, date, organisation… (NER's reading, `_KEPT_ENTS`) joins a run only this sure.
    entity_threshold: float = 1.01

    @classmethod
    def load(cls, directory: Path | str = DEFAULT_DIR) -> TokenModel:
        directory = Path(directory)
        meta = json.loads((directory / "meta.json").read_text())
        if meta["features_version"] != FEATURES_VERSION or tuple(meta["classes"]) != CLASSES:
            raise ValueError(f"{directory}: token model of another feature version or class list")
        arrays = np.load(directory / "model.npz")
        coef = arrays["coef"].astype(np.float32)
        weights = np.hstack([coef, np.zeros((coef.shape[0], 1), dtype=np.float32)])
        return cls(
            weights=weights,
            intercept=arrays["intercept"].astype(np.float32),
            threshold=float(meta["threshold"]),
            n_features=int(meta["n_features"]),
            entity_threshold=float(meta.get("entity_threshold", 1.01)),
        )

    def probabilities(self, ids: np.ndarray) -> np.ndarray:
        """(tokens × classes) probabilities for a feature-id matrix."""
        if not len(ids):
            return np.zeros((0, len(CLASSES)), dtype=np.float32)
        logits = self.weights[:, ids].sum(axis=2).T + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        return p / p.sum(axis=1, keepdims=True)

    def find(
        self,
        doc: Doc,
        lexicon: Lexicon,
        *,
        ruled: Sequence[tuple[int, int]] = (),
        threshold: float | None = None,
        entity_threshold: float | None = None,
    ) -> list[Found]:
        """Runs of tokens whose probability of being inside an identifier reaches the threshold.
        A word NER reads as a place, date, amount, organisation or product joins a run only at
        `entity_threshold` (a town in a post is the signal, a brand is what is watched; the
        rules keep them too); a bare number is judged with its run instead (NER calls phone
        numbers dates and percentages). A run stops at a line break, a tab, a double quote or a comma
        token glued to the next word (a table's cells), starts and ends on a word
        and takes its tokens' majority class. A phone or identifier run keeps only its digits and
        separators (`_NUMBER_PART`), seven digits at least, and is no date."""
        limit = self.threshold if threshold is None else threshold
        entity_limit = self.entity_threshold if entity_threshold is None else entity_threshold
        p = self.probabilities(feature_ids(doc, lexicon, self.n_features, ruled))
        inside = (1.0 - p[:, 0]).tolist()  # Python floats: read once per token below
        text = doc.text  # once: `Doc.text` joins every token on each call
        found: list[Found] = []
        run: list[int] = []

        def close() -> None:
            while run and not any(ch.isalnum() for ch in doc[run[-1]].text):
                run.pop()  # "Kyle," ends at "Kyle"
            kind = CLASSES[1 + int(p[run, 1:].sum(axis=0).argmax())] if run else ""
            kept = _without_chat_edges(doc, run, kind)
            if kept:
                if kind in ("PHONE_NUMBER", "ID_NUMBER"):
                    span = _number_run(doc, kept)
                elif any(ANY_CJK.search(doc[i].text) for i in kept) or (
                    kind == "PERSON" and any(MARKED_SCRIPT.search(doc[i].text) for i in kept)
                ):
                    # spaCy's English tokenizer leaves a Japanese or Chinese clause one token: a
                    # name or address in it is the rules' (`cjk`), the layer would take the clause;
                    # it cuts Thai and the Indic scripts at their vowel signs ("สวัสดีครั" + "บ"):
                    # names in them are the rules' too (`names_shapes`), addresses stay the layer's
                    span = None
                else:
                    first, last = doc[kept[0]], doc[kept[-1]]
                    span = (
                        (first.idx, last.idx + len(last.text))
                        if _identifies(doc, kept, lexicon, kind, text)
                        else None
                    )
                # a storm's name is the event, whatever the model reads it as ("Hurricane Katrina, …")
                if span is not None and not storm_name(text, Found(span[0], span[1], "PERSON")):
                    found.append(Found(span[0], span[1], kind))
            run.clear()

        for t in doc:
            score = inside[t.i]
            if '"' in t.text or t.text.count("|") + t.text.count("^") >= 2:
                # no name, address or number holds a double quote (a CSV cell's edge), nor the
                # field separators of a record's line ("PID|1||889123^^^MRN||…": its fields are
                # read by `records`)
                close()
                continue
            if t.text == "," and not t.whitespace_ and t.i + 1 < len(doc):
                close()  # a comma glued to the next word: a CSV cell's edge ("Safaricom canteen,,bait")
                continue
            if t.text in (".", "!", "?") and t.i + 1 < len(doc) and caseless(doc[t.i + 1].text[:1]):
                close()  # a sentence's end before a sentence of a script without case ("… moradi. ممنون")
                continue
            if score >= limit and not (
                t.is_space
                or (not run and not any(ch.isalnum() for ch in t.text))
                or (score < entity_limit and t.ent_type_ in _KEPT_ENTS and any(ch.isalpha() for ch in t.text))
            ):
                if run and any(c in doc[run[-1] : t.i].text_with_ws for c in "\n\t"):
                    close()  # a line's end, a table's cell (a tab) end a run
                run.append(t.i)
            elif run and t.text not in ("-", "'", "’", "."):
                close()  # "Mary-Jane", "O'Neil", "St." may bridge a run; they end no span
        close()
        return found
