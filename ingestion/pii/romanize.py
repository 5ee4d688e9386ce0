"""Latin spellings of Greek and Cyrillic names, for the gazetteer: Faker lists "Παπαδόπουλος" and
"Иванова", people abroad write "Papadopoulos" and "Ivanova". Each name gets the spellings the
common systems give (ELOT 743 and the everyday variants for Greek; BGN/PCGN and the passport
style for Russian, Ukrainian and Bulgarian): "Алексей" -> aleksey, aleksei; "Σταύρος" ->
stavros, stauros; "Χρήστος" -> christos, hristos.
"""

from __future__ import annotations

import unicodedata

# fmt: off
_GREEK_PAIRS = {"ου": "ou", "αι": "ai", "ει": "ei", "οι": "oi", "γγ": "ng", "γκ": "gk", "μπ": "mp", "ντ": "nt"}
_GREEK_PAIRS_ALT = {**_GREEK_PAIRS, "αυ": "au", "ευ": "eu", "γι": "yi", "μπ": "b", "ντ": "d", "γκ": "g"}
_GREEK_PAIRS_MAIN = {**_GREEK_PAIRS, "αυ": "av", "ευ": "ev"}
_GREEK = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i",
    "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
    "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
}
_GREEK_ALT = {**_GREEK, "χ": "h", "β": "b"}
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi",
    "є": "ye", "ґ": "g",
}
_CYRILLIC_ALT = {**_CYRILLIC, "й": "i", "х": "h", "ю": "iu", "я": "ia", "ё": "yo"}
_CYRILLIC_PAIRS_ALT = {"ий": "y", "ый": "y", "ья": "ia", "кс": "x"}
# fmt: on


def latin_spellings(name: str) -> set[str]:
    """The Latin spellings of a Greek or Cyrillic name (lower case; empty for other scripts)."""
    bare = "".join(c for c in unicodedata.normalize("NFD", name.lower()) if not unicodedata.combining(c))
    if any("α" <= c <= "ω" for c in bare):
        return {
            _spell(bare, _GREEK_PAIRS_MAIN, _GREEK),
            _spell(bare, _GREEK_PAIRS_ALT, _GREEK_ALT),
            _spell(bare, _GREEK_PAIRS_MAIN, _GREEK_ALT),
        } - {""}
    if any("а" <= c <= "я" or c in "іїєґ" for c in name.lower()):
        lower = name.lower()  # "й" and "ё" decompose under NFD: spell the composed letters
        return {
            _spell(lower, {}, _CYRILLIC),
            _spell(lower, {}, _CYRILLIC_ALT),
            _spell(lower, _CYRILLIC_PAIRS_ALT, _CYRILLIC),
            _spell(lower, _CYRILLIC_PAIRS_ALT, _CYRILLIC_ALT),
        } - {""}
    return set()


def _spell(word: str, pairs: dict[str, str], letters: dict[str, str]) -> str:
    out, i = [], 0
    while i < len(word):
        pair = word[i : i + 2]
        if pair in pairs:
            out.append(pairs[pair])
            i += 2
            continue
        letter = letters.get(word[i])
        if letter is None:
            if word[i].isascii() and word[i].isalpha():
                out.append(word[i])
                i += 1
                continue
            return ""  # a letter of another script: no spelling
        out.append(letter)
        i += 1
    return "".join(out)
