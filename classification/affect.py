"""Sentiment, emotions and toxicity of an event's text (every event, every tier).

- sentiment: VADER compound score (-1 … 1), robust on short social text, microseconds.
- emotions: anger, fear, disgust, sadness, joy, surprise in 0 … 1 from a small hand-curated cue
  lexicon (word stems + a few emoji), negation-aware like the rules tier, intensified by VADER's
  negativity/positivity. A documented, cheap approximation: the NRC emotion lexicon is not
  redistributable here and no emotion-labelled corpus is available to train a head.
- toxicity: probability from alt-profanity-check (linear SVM on TF-IDF, calibrated).
"""

from __future__ import annotations

import math
import re
import threading

EMOTIONS = ("anger", "fear", "disgust", "sadness", "joy", "surprise")

_CUES: dict[str, tuple[str, ...]] = {
    "anger": (
        "angry",
        "anger",
        "furious",
        "fury",
        "rage",
        "raging",
        "outrage",
        "livid",
        "pissed",
        "mad at",
        "hate",
        "hating",
        "sick of",
        "fed up",
        "unacceptable",
        "ridiculous",
        "disgrace",
        "boycott",
        "annoy",
        "infuriat",
        "scam",
        "rip off",
        "ripoff",
        "worst",
        "how dare",
        "😡",
        "🤬",
        "😠",
    ),
    "fear": (
        "afraid",
        "scared",
        "scary",
        "fear",
        "terrified",
        "terrifying",
        "panic",
        "worried",
        "worry",
        "anxious",
        "danger",
        "threat",
        "unsafe",
        "evacuat",
        "trapped",
        "emergency",
        "breach",
        "hacked",
        "leaked",
        "stolen",
        "warning",
        "alarm",
        "😱",
        "😨",
        "😰",
    ),
    "disgust": (
        "disgust",
        "gross",
        "nasty",
        "vile",
        "revolting",
        "sickening",
        "filthy",
        "dirty",
        "repulsive",
        "creepy",
        "shameful",
        "shame on",
        "appalling",
        "🤢",
        "🤮",
    ),
    "sadness": (
        "sad",
        "sadly",
        "unhappy",
        "heartbroken",
        "heartbreaking",
        "tragic",
        "tragedy",
        "devastat",
        "grief",
        "mourn",
        "rip ",
        "condolence",
        "killed",
        "died",
        "dead",
        "death",
        "lost",
        "miss ",
        "disappoint",
        "sorry",
        "cry",
        "crying",
        "😢",
        "😭",
        "💔",
    ),
    "joy": (
        "happy",
        "glad",
        "love",
        "loving",
        "great",
        "awesome",
        "amazing",
        "thank",
        "thanks",
        "excellent",
        "wonderful",
        "delight",
        "pleased",
        "enjoy",
        "best",
        "fantastic",
        "yay",
        "😊",
        "😍",
        "❤",
        "🎉",
        "👍",
    ),
    "surprise": (
        "wow",
        "omg",
        "shocked",
        "shocking",
        "unbelievable",
        "can't believe",
        "cannot believe",
        "unexpected",
        "suddenly",
        "surpris",
        "whoa",
        "what?!",
        "😮",
        "😲",
        "🤯",
    ),
}
_NEGATORS = {
    "not",
    "no",
    "never",
    "isn't",
    "wasn't",
    "don't",
    "didn't",
    "doesn't",
    "aren't",
    "cannot",
    "nothing",
}
_compiled = {
    emotion: [
        re.compile(r"(?<![\w])" + re.escape(cue), re.I) if cue[0].isalnum() else re.compile(re.escape(cue))
        for cue in cues
    ]
    for emotion, cues in _CUES.items()
}
_TOKEN = re.compile(r"[\w']+")

_vader = None
_vader_lock = threading.Lock()


def _analyzer():
    global _vader
    if _vader is None:
        with _vader_lock:
            if _vader is None:
                from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

                _vader = SentimentIntensityAnalyzer()
    return _vader


def sentiment(text: str) -> dict[str, float]:
    """VADER scores: compound (-1 … 1) and the neg/neu/pos shares."""
    return _analyzer().polarity_scores(text or "")


def emotions(text: str, vader: dict[str, float] | None = None) -> dict[str, float]:
    text = text or ""
    vader = vader or sentiment(text)
    out = {}
    for emotion, patterns in _compiled.items():
        hits = 0
        for rx in patterns:
            for m in rx.finditer(text):
                before = _TOKEN.findall(text[max(0, m.start() - 25) : m.start()].lower())[-2:]
                if any(tok in _NEGATORS for tok in before):
                    continue
                hits += 1
        if hits == 0:
            out[emotion] = 0.0
            continue
        tone = vader["pos"] if emotion in ("joy", "surprise") else vader["neg"]
        score = (1 - math.exp(-0.8 * hits)) * (0.6 + 0.4 * min(1.0, tone * 3))
        out[emotion] = round(min(1.0, score), 4)
    return out


def toxicity_many(texts: list[str]) -> list[float]:
    if not texts:
        return []
    from profanity_check import predict_prob

    return [round(float(p), 4) for p in predict_prob([t or "" for t in texts])]


def score_many(texts: list[str]) -> list[dict]:
    """[{"sentiment": float, "emotions": {...}, "toxicity": float}] in input order."""
    tox = toxicity_many(texts)
    out = []
    for text, t in zip(texts, tox, strict=True):
        v = sentiment(text)
        out.append({"sentiment": round(v["compound"], 4), "emotions": emotions(text, v), "toxicity": t})
    return out
