"""Word lists the name and address finders consult, built once per process.

- Given names and surnames of 86 locales from Faker's person providers (a maintained PyPI
  package; we read its lists, we generate nothing with it); the Greek and Cyrillic ones also in
  their Latin spellings (`romanize`: "Papadopoulos", "Ivanova").
- The world gazetteer (`gazetteer/`, built from the names-dataset package by
  `bench/pii_names_build.py`): the names among the 1,000 most frequent of any of 105 countries.
  Its source also holds everyday words of every language, so these names are a tier of their own
  (`is_world_first`, `is_world_last`), read only where the slot says "a person".
- English vocabulary, two sizes. `english`: the WordNet lemma index that ships inside the spaCy
  model (`lemmatizer/lookups`) plus spaCy's stop words — broad (it holds "tyler" and "smith" too),
  used where a word is lower-case. `common`: the stop words, Faker's list of ~1,000 everyday
  English words and the names that are everyday words ("May", "Will", "Grace") — used for
  capitalised words, where capitalisation already says "name-like".
"""

from __future__ import annotations

import functools
import gzip
import importlib
import pkgutil
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ingestion.pii.romanize import latin_spellings


def words(text: str) -> frozenset[str]:
    """A word list written as one string: lower-case, split on whitespace."""
    return frozenset(text.lower().split())


# Letters and vowel signs of the Indic scripts and Thai (their digits and dandas left out): a
# name's word in them ("ณัฐวุฒิ", "अमित") holds marks that `\w` and `str.isalpha` do not count.
SCRIPT_LETTERS = "\u0900-\u0963\u0971-\u0dff\u0e01-\u0e4e"
MARKED_SCRIPT = re.compile(f"[{SCRIPT_LETTERS}]")


# Words of those scripts said next to a name that are no part of it: Thai "I", "name", "Khun",
# "call", "contact", "mother", "father", the polite particles, "and", "with"; Hindi's and
# Bengali's postpositions, "my", "mother", "father", "and", "is", "ji", "didi", "bhai"
# ("โทร" + "สมชาย", "สมชาย" + "ครับ", "मेरी माँ" + "सुनीता", "लक्ष्मी" + "दीदी").
SCRIPT_NOT_NAMES = words(
    "ผม ดิฉัน ฉัน หนู ชื่อ คุณ โทร ติดต่อ ครับ ค่ะ คะ นะ นะครับ นะคะ และ กับ ที่ ของ หรือ ได้ แม่ พ่อ "
    "है हैं था थी का की के से ने को और में पर जी दीदी भाई साहब श्री मेरी मेरा मेरे माँ मां पिताजी पापा "
    "बेटा बेटी पति पत्नी नाम नमस्कार नमस्ते कृपया আমার বাবা মা আমি এবং ও"
)


def caseless(word: str) -> bool:
    """A word of a script without capitals (Thai, Devanagari, Arabic, Hangul, Han…)."""
    first = word[:1]
    return first.isalpha() and first.lower() == first.upper()


# Words that open or close an organisation's name: "X Bank", "X Air", "X Inc". A name-shaped
# span with one of these is a company, and companies are what the platform watches.
ORG_WORDS = words("""
    bank banking air airlines airways pay payments inc ltd llc plc gmbh ag sa spa bv ab oy as
    corp corporation co company group holdings technologies technology systems services service
    insurance capital partners foundation university college school hospital clinic orchestra
    club team app apps cloud labs lab studio studios media news press times post journal store
    shop market markets energy telecom mobile motors airport station hotel restaurant cafe bar
    support help care official hq global international national federal trust fund council
    ministry department agency police fire
""")

# Patronymics, which join the names on both sides ("Hidayah binti Hassan", "Malar a/p Krishnan").
PATRONYMICS = words("bin binti binte bint bt bte ibn a/l a/p s/o d/o")  # "bt"/"bte" also with a dot
# Particles inside a name ("Anna van der Berg", "Lucía Ruiz de la Torre").
PARTICLES = (
    words("""
    van von der den de del della di da das dos do du le la al el ter ten abu 't ’t
""")
    | PATRONYMICS
)

# Honorifics and kinship words that announce a name ("Dr Okafor", "my wife Aino").
TITLES = words("""
    mr mrs ms miss dr prof sir madam mx dame lord lady herr frau mme mlle sr sra
""")


# English months and their abbreviations, as a regex alternation.
MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
# Chat words a name field of the world gazetteer's source holds too ("lol" is a given name there).
CHAT_WORDS = words("""
    lol lmao lmfao rofl omg omfg wtf btw pls plz thx tnx ty idk tbh imo imho smh fyi asap ok okay
    yall ya yeah yea nah bro bros sis fam bruh dude guys hun babe xoxo haha hehe txt sms msg dm pm pov
""")


# Given names and surnames that are also everyday words, often capitalised for other reasons.
NAME_WORDS = words("""
    may june april august summer autumn winter spring will bill mark grace hope faith joy rose
    page park hill wood field stone king young long little rich black white green brown gray
    grey love day church star sun moon cash price bank street north south east west hunter
    baker cook miller mason banks bishop case chase cross deal dean early fair fox frank gay
    golden guy hall hay head holiday house jack joy judge just lane law lord major march marsh
    may mercy miles moore new noble over paris parish penny pool post power reed rice ross rush
    sharp shaw short small snow sparks story strong summers sweet swift toll trump victory wall
    ward waters waters wells west wise wolf woods worth pay app service support help team news
    care hi hey hello thanks dear regards best cheers
""")


@dataclass(frozen=True)
class Lexicon:
    first: frozenset[str]
    last: frozenset[str]
    english: frozenset[str]
    common: frozenset[str]
    # Function words of other languages (spaCy's stop words of 15 languages), given names
    # excepted: "con", "su", "lo", "pas", "est", "ich" are no lower-case names.
    function: frozenset[str] = frozenset()
    # The world gazetteer (`gazetteer/`): names frequent in some country that Faker's lists lack.
    # Facebook's name fields hold everyday words of every language too ("casa", "bitte", "anak",
    # "home"), so these count only where the slot already says "a person" (a lower-case surname
    # after a found name, whom to text before a number, a name's possessive before kin).
    world_first: frozenset[str] = frozenset()
    world_last: frozenset[str] = frozenset()

    def is_world_first(self, word: str) -> bool:
        """A given name the world gazetteer or Faker's lists know."""
        w = word.lower()
        return self.is_first(w) or w in self.world_first or plain_letters(w) in self.world_first

    def is_world_last(self, word: str) -> bool:
        w = word.lower()
        return self.is_last(w) or w in self.world_last or plain_letters(w) in self.world_last

    def is_world_name_word(self, word: str) -> bool:
        """A name of the world list that is three letters or more, no language's stop word and no
        English word ("salameh", "ouazzani"): evidence where another identifier or a slot vouches."""
        return (
            len(word) > 2
            and word.lower() not in stop_words()
            and not self.is_english(word.lower())
            and (self.is_world_first(word) or self.is_world_last(word))
        )

    def is_world_name(self, word: str) -> bool:
        return self.is_world_first(word) or self.is_world_last(word)

    def is_first(self, word: str) -> bool:
        """A given name the gazetteer knows, with or without its accents ("siobhán", "Jose")."""
        w = word.lower()
        return w in self.first or (len(w) >= 4 and plain_letters(w) in self.first)

    def is_last(self, word: str) -> bool:
        """A surname the gazetteer knows, with or without its accents, or one after an Irish or
        Italian prefix ("O’Sullivan", "D'Amico")."""
        w = word.lower()
        if w in self.last or (len(w) >= 4 and plain_letters(w) in self.last):
            return True
        w = plain_letters(w)
        m = _SURNAME_PREFIX.match(w)
        return m is not None and w[m.end() :] in self.last

    def is_name(self, word: str) -> bool:
        return self.is_first(word) or self.is_last(word)

    def is_rare_name(self, word: str) -> bool:
        """A name that is not an English word: evidence on its own, in any case."""
        w = word.lower()
        return self.is_name(w) and len(w) > 2 and not self.is_english(w)

    def leads_with_surname(self, word: str) -> bool:
        """A Chinese, Japanese or Korean name: its first one or two characters a surname the
        gazetteer knows ("王偉倫", "佐藤香織", "김민준"), and more after them."""
        if len(word) >= 2 and (word[:1] in self.last or (len(word) > 2 and word[:2] in self.last)):
            return True
        # Korea's two-syllable surnames (남궁, 선우, 제갈, 황보), which Faker's list lacks and the
        # world gazetteer holds, before a two-syllable given name ("선우하은", "남궁지훈").
        return len(word) == 4 and _HANGUL_WORD.fullmatch(word) is not None and word[:2] in self.world_last

    def could_be_name(self, word: str) -> bool:
        """A name the gazetteer knows, or a word no English vocabulary holds."""
        return self.is_name(word) or not self.is_english(word)

    def is_english(self, word: str) -> bool:
        """In the vocabulary, directly or as an inflection of a lemma ("signals", "charged")."""
        w = word.lower()
        return w in self.english or any(stem in self.english for stem in _stems(w))

    def is_common(self, word: str) -> bool:
        return word.lower() in self.common

    def is_function_word(self, word: str) -> bool:
        return word.lower() in self.function


# Letters written without their marks: "siobhán" -> "siobhan", "łukasz" -> "lukasz".
# Persian writes yeh and kaf with its own letters ("سعید"), Faker's lists mostly with the Arabic ones.
_UNMARKED = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe", "ß": "ss", "ی": "ي", "ک": "ك"}
)
_HANGUL_WORD = re.compile("[\uac00-\ud7a3]+")
_ONE_CHAR_SURNAME = re.compile("[\u4e00-\u9fff\uac00-\ud7a3]")  # Han or a Hangul syllable
_SURNAME_PREFIX = re.compile(r"^(?:o|d)['’](?=\w{3})")


@functools.lru_cache(maxsize=65536)
def plain_letters(word: str) -> str:
    """A lower-case word without accents or other marks on its letters."""
    if word.isascii():
        return word
    bare = unicodedata.normalize("NFD", word.translate(_UNMARKED))
    return "".join(c for c in bare if not unicodedata.combining(c))


@functools.lru_cache(maxsize=65536)
def _stems(word: str) -> tuple[str, ...]:
    """Candidate lemmas of an inflected English word (the WordNet index holds lemmas only)."""
    out = []
    for suffix, repl in (
        ("ies", "y"),
        ("es", ""),
        ("s", ""),
        ("ing", ""),
        ("ing", "e"),
        ("ed", ""),
        ("ed", "e"),
        ("d", ""),
        ("'s", ""),
        ("’s", ""),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            out.append(word[: len(word) - len(suffix)] + repl)
    return tuple(out)


@functools.lru_cache(maxsize=4)
def load(model_dir: str | None) -> Lexicon:
    from faker.providers.lorem.en_US import Provider as Lorem
    from spacy.lang.en.stop_words import STOP_WORDS

    first, last = _faker_names()
    world_first, world_last = _world_names()
    common = {w.lower() for w in STOP_WORDS} | {w.lower() for w in Lorem.word_list} | NAME_WORDS
    english = frozenset(_english(model_dir)) | common
    # A given name that is no English word stays a name ("sara", "ali"), unless it is too short
    # to tell ("ya", "su").
    function = {w for w in _function_words() if not (w in first and w not in english and len(w) >= 3)}
    return Lexicon(
        first=frozenset(first),
        last=frozenset(last),
        english=english,
        common=frozenset(common),
        function=frozenset(function),
        world_first=frozenset(world_first - first),
        world_last=frozenset(world_last - last),
    )


_FUNCTION_WORD_LANGUAGES = (
    "es",
    "fr",
    "de",
    "it",
    "pt",
    "nl",
    "nb",
    "sv",
    "da",
    "fi",
    "pl",
    "ro",
    "tr",
    "id",
    "ca",
)


# … and of more languages, whose words the world gazetteer's source holds as names too (Tagalog
# "ako", "rin"; Malay "ada"; Vietnamese, Czech, Slovak, Croatian, Hungarian …): no world name.
_WORLD_FUNCTION_WORD_LANGUAGES = (
    "tl",
    "vi",
    "ms",
    "cs",
    "sk",
    "hr",
    "sl",
    "hu",
    "lt",
    "lv",
    "et",
    "af",
    "sq",
)


@functools.lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Every stop word of 28 Latin-script languages, the given names among them too ("von",
    "mir", "cho" are Faker's given names and German's and Vietnamese's words)."""
    return frozenset(_function_words((*_FUNCTION_WORD_LANGUAGES, *_WORLD_FUNCTION_WORD_LANGUAGES)))


def _function_words(languages: tuple[str, ...] = _FUNCTION_WORD_LANGUAGES) -> set[str]:
    out: set[str] = set()
    for code in languages:
        module = importlib.import_module(f"spacy.lang.{code}.stop_words")
        # Vietnamese writes a word of several syllables with "_" between them
        out |= {part for w in module.STOP_WORDS for part in w.lower().replace("_", " ").split()}
    return out


# Languages written in other scripts: their function words tell a phrase from a name where a
# run of that script sits in English ("ده مش مقبول", "ይህ ተቀባይነት የለውም" are sentences;
# "ณัฐพงษ์" is someone).
_SCRIPT_FUNCTION_WORD_LANGUAGES = (
    *("am", "ar", "bg", "bn", "el", "fa", "gu", "he", "hi", "hy", "ja", "kn", "ko"),
    *("ml", "mr", "ne", "ru", "si", "ta", "te", "th", "ti", "uk", "ur", "zh"),
)


@functools.lru_cache(maxsize=1)
def script_function_words() -> frozenset[str]:
    """spaCy's stop words of 25 languages written in other scripts than Latin."""
    out: set[str] = set(_THAI_PRONOUNS) | set(_COURTESY)
    for code in _SCRIPT_FUNCTION_WORD_LANGUAGES:
        module = importlib.import_module(f"spacy.lang.{code}.stop_words")
        out |= {w.lower() for w in module.STOP_WORDS if not w.isascii()}
    return frozenset(out)


# Thai's "I" and "we", which spaCy's Thai stop list lacks ("ผม สมชาย วงศ์ใหญ่ ครับ": "I am Somchai").
_THAI_PRONOUNS = ("ผม", "ดิฉัน", "ฉัน", "เรา")
# Thanks, please and greetings in scripts without Latin letters, which no stop list holds ("… mahsa
# moradi. ممنون": "thank you" is no name).
_COURTESY = words(
    """ممنون ممنونم مرسی متشکرم لطفا لطفاً سلام خداحافظ شكرا شكراً شکریہ مرحبا السلام عليكم
    תודה בבקשה שלום धन्यवाद शुक्रिया कृपया नमस्ते спасибо пожалуйста здравствуйте привет дякую
    будь ласка ευχαριστώ παρακαλώ ขอบคุณ ครับ ค่ะ 감사합니다 고맙습니다 ありがとう 谢谢 謝謝
    አመሰግናለሁ მადლობა շնորհակալություն"""
)


_ZERO_WIDTH = str.maketrans("", "", "\u200c\u200d")


def _letters(part: str) -> bool:
    """Letters, with the vowel signs and marks Thai and the Indic scripts write them with
    ("ณัฐวุฒิ", "अमित": `str.isalpha` is false for both, and their names were lost)."""
    return part[:1].isalpha() and all(c.isalpha() or unicodedata.category(c)[0] == "M" for c in part)


def _faker_names() -> tuple[set[str], set[str]]:
    import faker.providers.person as person

    first: set[str] = set()
    last: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr, value in vars(provider).items():
            kind = attr.replace("romanized_", "").replace("_romanized", "")
            if not kind.startswith(("first_name", "last_name")) or not isinstance(value, (list, tuple, dict)):
                continue
            target = first if kind.startswith("first_name") else last
            for name in value:
                if isinstance(name, str):
                    # "Ruiz de la Torre", "Smith-Jones": each part is a name on its own.
                    for part in name.replace("-", " ").translate(_ZERO_WIDTH).split():
                        # Chinese and Korean surnames are mostly one character ("王", "陳", "김"):
                        # kept, and read only through `leads_with_surname`
                        if _letters(part) and (
                            len(part) > 1 or (target is last and _ONE_CHAR_SURNAME.match(part))
                        ):
                            target.add(part.lower())
                            if len(part) >= 4 and part[0] < "\u0250":  # "Hà" is no "ha"
                                target.add(plain_letters(part.lower()))
                            # Greek and Cyrillic names as written in Latin letters too
                            target.update(s for s in latin_spellings(part) if len(s) > 2)
    return first, last


GAZETTEER = Path(__file__).resolve().parent / "gazetteer"


def _world_names() -> tuple[set[str], set[str]]:
    """The world gazetteer (`gazetteer/`, built by `bench/pii_names_build.py` from the
    names-dataset package): the names most frequent in each of 105 countries, which Faker's
    locales mostly lack ("kagiso", "rodel", "amadou", "pretorius"); without accents too."""
    other_words = _function_words(_WORLD_FUNCTION_WORD_LANGUAGES)
    out: list[set[str]] = []
    for kind in ("first", "last"):
        names: set[str] = set()
        with gzip.open(GAZETTEER / f"{kind}.txt.gz", "rt", encoding="utf-8") as f:
            for word in f.read().split():
                if word in CHAT_WORDS or word in other_words:
                    continue
                names.add(word)
                if len(word) >= 4 and word[0] < "\u0250":
                    # uncached: 124k names would flush the cache the finders read at run time
                    names.add(plain_letters.__wrapped__(word))
        out.append(names)
    return out[0], out[1]


def _english(model_dir: str | None) -> set[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    words = {w.lower() for w in STOP_WORDS}
    if model_dir:
        tables = Path(model_dir) / "lemmatizer" / "lookups"
        if (tables / "lookups.bin").exists():
            from spacy.lookups import Lookups

            lookups = Lookups().from_disk(str(tables))
            for pos_words in lookups.get_table("lemma_index").values():
                words.update(w.lower() for w in pos_words if "_" not in w)
            # Irregular forms ("gave", "went", "children") are not lemmas: the exceptions table has them.
            for forms in lookups.get_table("lemma_exc").values():
                words.update(w.lower() for w in forms if "_" not in w)
    return words
