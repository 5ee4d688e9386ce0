"""Person names written in lower case ("malte wendland", "álvaro ruiz de la torre"): pairs of a
given name and a surname, rare names in an all-lower-case text, and the particles and surname
that follow a lower-case name. Used by `names.find`."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ingestion.pii.lexicon import CHAT_WORDS, ORG_WORDS, PARTICLES, Lexicon, plain_letters
from ingestion.pii.spans import Found

if TYPE_CHECKING:
    from spacy.tokens import Token


def lower_case_pairs(tokens: list[Token], lexicon: Lexicon) -> Iterator[Found]:
    """A given name + surname in lower case, one of them not an English word ("leone mazzi");
    with a middle initial (not "a" or "i"), when one of the two is a rare name ("codey m ross")."""
    for a, b in itertools.pairwise(tokens):
        if not (a.is_lower and b.is_lower and a.is_alpha and b.is_alpha):
            continue
        if lexicon.is_function_word(a.text) or lexicon.is_function_word(b.text):
            continue  # "con su", "est toujours": another language's words, not a name
        if (
            lexicon.is_first(a.text)
            and lexicon.is_last(b.text)
            and not (lexicon.is_english(a.lower_) and lexicon.is_english(b.lower_))
        ) or (
            # A surname the gazetteer lacks after a given name it knows, or the reverse; the
            # unknown one no English word ("malte wendland", "ainhoa etxeberria").
            (lexicon.is_first(a.text) and lexicon.is_rare_name(a.text) and foreign(b, lexicon))
            or (lexicon.is_last(b.text) and lexicon.is_rare_name(b.text) and foreign(a, lexicon))
            # a word no list knows before one with a surname's ending ("aruzhan akhmetova")
            or (
                foreign(a, lexicon)
                and not lexicon.is_function_word(a.text)
                and surname_shaped(b.text)
                and not lexicon.is_english(b.lower_)
            )
            # a given name and a surname of the world gazetteer, the surname no English word and
            # the given name no everyday one ("kagiso pretorius", "rana merhi")
            # (an English word as the given name only when Faker's lists know it: "mini sigs" stays)
            or (
                len(a.text) >= 3
                and len(b.text) >= 3
                and lexicon.is_world_first(a.text)
                and lexicon.is_world_last(b.text)
                and not lexicon.is_common(a.lower_)
                and (lexicon.is_first(a.text) or not lexicon.is_english(a.lower_))
                and not lexicon.is_english(b.lower_)
                and a.lower_ not in CHAT_WORDS
            )
        ):
            yield Found(a.idx, b.idx + len(b.text), "PERSON")
    for a, m, b in zip(tokens, tokens[1:], tokens[2:], strict=False):
        if not (a.is_lower and b.is_lower and a.is_alpha and b.is_alpha and m.is_lower and m.is_alpha):
            continue
        rare = lexicon.is_rare_name(a.text) or lexicon.is_rare_name(b.text)
        if len(m.text) == 1 and m.text not in ("a", "i") and rare:
            yield Found(a.idx, b.idx + len(b.text), "PERSON")


def foreign(t: Token, lexicon: Lexicon) -> bool:
    """A lower-case word that is neither English nor a particle nor a chat abbreviation."""
    return (
        len(t.text) >= 4
        and not t.is_stop
        and not lexicon.is_english(t.lower_)
        and t.lower_ not in PARTICLES
        and t.lower_ not in ORG_WORDS
    )


def lower_case_names(tokens: list[Token], lexicon: Lexicon) -> Iterator[Found]:
    """In a text without capitals, a name the gazetteer knows that is no English word."""
    for t in tokens:
        if t.is_alpha and not t.is_stop and t.lower_ not in ORG_WORDS and lexicon.is_rare_name(t.text):
            yield Found(t.idx, t.idx + len(t.text), "PERSON")


_NEXT_LOWER = re.compile(r"((?:\s+(?:" + "|".join(sorted(PARTICLES)) + r"))*)\s+([^\W\d_][\w'’-]+)")


# Endings only surnames have, in the languages that build surnames with them: Slavic, Baltic,
# Greek, Georgian, Armenian, Romanian, Turkish, Nordic ("aruzhan" + " akhmetova", "petrenko").
_SURNAME_ENDING = re.compile(
    r"(?:ov|ova|ev|eva|yev|yeva|enko|chuk|yuk|ski|ska|sky|skaya|wicz|vich|vych|ović|evic|ević|"
    r"poulos|opoulou|idis|akis|adze|shvili|dze|yan|ian|escu|oglu|oğlu|sson|sdottir|sdóttir|auskas|"
    r"auskienė|aitė|ūtė)$"
)


def surname_shaped(word: str) -> bool:
    """A word of five letters or more with a surname's ending ("akhmetova"; not "tov")."""
    return len(word) >= 5 and word.isalpha() and bool(_SURNAME_ENDING.search(word.lower()))


_MEMBER_END = re.compile(r"[ \t]*(?:$|[,;.)\n]|[-–+&](?:[ \t]|$)|(?:and|y|et|und|e|en|na|og|och)\b)", re.M)


def _unknown(word: str, lexicon: Lexicon) -> bool:
    """A lower-case word of four letters or more (a script with case, with a vowel: "tmrw" is
    texting) no vocabulary or word list holds."""
    low = word.lower()
    return (
        len(word) >= 4
        and word.isalpha()
        and word.islower()
        and any(c in "aeiouy" for c in plain_letters(low))
        and not lexicon.is_english(low)
        and not lexicon.is_common(low)
        and not lexicon.is_function_word(low)
        and low not in CHAT_WORDS
        and low not in ORG_WORDS
    )


def extended_lower(text: str, start: int, end: int, lexicon: Lexicon) -> int:
    """A lower-case name takes its particles and the surname after them ("álvaro ruiz de" +
    " la torre"), a surname the gazetteer (Faker's or the world's) knows that is no English
    word, or a word with a surname's ending ("aruzhan" + " akhmetova")."""
    value = text[start:end]
    if not value.strip() or value != value.lower():
        return end
    ends_in_particle = value.split()[-1] in PARTICLES
    for _ in range(2):
        m = _NEXT_LOWER.match(text, end)
        if not m or "\n" in m.group(0) or m.group(2) != m.group(2).lower():
            break
        word = m.group(2)
        particles = bool(m.group(1).strip()) or ends_in_particle
        if word in PARTICLES or lexicon.is_english(word) or word in ORG_WORDS:
            break
        if not (
            particles
            or (lexicon.is_last(word) and lexicon.is_rare_name(word))
            or surname_shaped(word)
            # a surname of the world gazetteer, no function word of another language
            # ("kagiso" + " pretorius", "chan wing" + " sze")
            or (len(word) >= 3 and lexicon.is_world_last(word) and not lexicon.is_function_word(word))
            # a word no list knows closing a list's member ("parent of Thabo, fatima botha and
            # ally" + " kimaro.", "percy ramos" + " ccahuana - domingo")
            or (_unknown(word, lexicon) and _MEMBER_END.match(text, m.end()))
        ):
            break
        end, ends_in_particle = m.end(), False
    return end


# A person with their age after a comma, as lists and handovers write them in lower case ("bed 11 -
# davit hakobyan, 42, admitted", "aung ko ko, 83,", "amelia, 40,"): one to three lower-case words at
# a line's or a list item's start, each a name a gazetteer knows or no English word, one of them a
# name; not "apples, 12," nor "room b, 4,".
_AGED = re.compile(
    r"(?:^|(?<=[-–:•*]\s)|(?<=\d\)\s)|(?<=\d\.\s))[ \t]*"
    r"(?P<name>[a-z][a-z'’-]+(?:[ \t](?:[a-z]\.|[a-z][a-z'’-]+)){0,2}),[ \t]*\d{1,3}[ \t]*(?:y/?o|yrs?)?[ \t]*[,)]",
    re.M,
)


def aged_names(text: str, lexicon: Lexicon) -> Iterator[Found]:
    if "," not in text:
        return
    for m in _AGED.finditer(text):
        ws = [w.rstrip(".") for w in m.group("name").split()]
        full = [w for w in ws if len(w) > 1]
        if not full or any(lexicon.is_function_word(w) or w in ORG_WORDS or w in CHAT_WORDS for w in full):
            continue
        if any(
            lexicon.is_common(w) or (lexicon.is_english(w) and not lexicon.is_world_name(w)) for w in full
        ):
            continue
        if any(lexicon.is_world_name(w) for w in full):
            yield Found(m.start("name"), m.end("name"), "PERSON")


# Where a chat names someone in lower case with no cue a list holds: whose thing it is ("its
# dilnoza's number"), who shares a task with the writer ("me and frantzy will take turns"), to
# whom a thing went ("lent it to amr in march"), who said or did something to someone ("now mervie
# says she passed it", "frantz filmed it").
_PERSONS_THING = (
    r"number|phone|mum|mom|mother|dad|father|husband|wife|son|daughter|brother|sister|house|place|car|"
    r"account|friend|cousin|kids?|baby|birthday|wedding|funeral|turn|bike|flat|room|shop"
)
_LOWER_SLOTS = re.compile(
    rf"(?<![\w'’@#.-])(?P<a>[a-z][a-zà-ÿ]{{2,15}})['’]s[ \t]+(?:{_PERSONS_THING})\b"
    r"|\b(?:me|you|him|her)[ \t]+(?:and|&|n)[ \t]+(?P<b>[a-z][a-zà-ÿ]{2,15})\b(?![ \t]*['’@.-]\w)"
    r"|(?<![\w'’@#.-])(?P<c>[a-z][a-zà-ÿ]{2,15})[ \t]+(?:and|&|n)[ \t]+me\b"
    r"|\b(?:lent|gave|passed|sent|handed|sold|loaned)[ \t]+(?:it|them|the[ \t]+\w+|my[ \t]+\w+)[ \t]+to[ \t]+"
    r"(?P<d>[a-z][a-zà-ÿ]{2,15})\b"
    r"|(?:^|(?<=[.!?,;:\n])[ \t]*|(?<=[^\w\s][ \t])|(?<=\bnow[ \t])|(?<=\band[ \t])|(?<=\bbut[ \t])"
    r"|(?<=\bso[ \t])|(?<=\bthen[ \t]))"
    r"(?P<e>[a-z][a-zà-ÿ]{2,15})[ \t]+(?:says|said|told|asked|filmed|texted|called|is[ \t]+with|was[ \t]+with|"
    r"will[ \t]+(?:take|fix|bring|pick|collect|drop|sort)|took|brought|collected|paid|owes|borrowed|forgot)\b"
    # a visitor announced by the gate ("one vimbai is at the gate")
    r"|\bone[ \t]+(?P<f>[a-z][a-zà-ÿ]{2,15})[ \t]+(?:is|was)[ \t]+(?:at|here|outside|downstairs)\b",
    re.MULTILINE,
)


_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|this|that)[ \t]+$")


def lower_slots(text: str, lexicon: Lexicon) -> Iterator[Found]:
    """A lower-case given name the world gazetteer knows (no English, everyday, function or chat
    word), or in whose thing and with whom a word no list holds, in a slot only a person fills."""
    for m in _LOWER_SLOTS.finditer(text):
        group = next(g for g in "abcdef" if m.group(g))
        word = m.group(group)
        # a word no list holds fills whose thing and with whom too, but not after an article
        # ("the uber's number")
        article = _ARTICLE_BEFORE.search(text, max(0, m.start(group) - 6), m.start(group))
        strong = group in "abcd" and not article
        if (
            (group in "abc" and not article and _unknown(word, lexicon))
            or (
                # a name Faker's lists hold, an English word too but no everyday one, where only a
                # person stands ("me and rosa", "lent it to musa", "stevenson and me")
                strong
                and lexicon.is_name(word)
                and not lexicon.is_common(word)
                and not lexicon.is_function_word(word)
                and word not in CHAT_WORDS
                and word not in ORG_WORDS
            )
            or (
                lexicon.is_world_first(word)
                and not lexicon.is_english(word)
                and not lexicon.is_common(word)
                and not lexicon.is_function_word(word)
                and word not in CHAT_WORDS
                and word not in ORG_WORDS
            )
        ):
            yield Found(m.start(group), m.end(group), "PERSON")
