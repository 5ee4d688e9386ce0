"""The built-in rules-tier lexicon: cues per category with a severity and a weight, plus the
negation, hedge, amplifier and site/staff patterns the rules tier reads.

Weights: 2 = unambiguous cue, 1.5 = strong, 1 = clear, 0.5 = weak/contextual. Each entry is known to
the router by its key `category:pattern`; its measured precision (labelled data and reviewed ground
truth, `classification.RulePrecision`) decides whether its answer may stand alone.

Physical safety (category `safety`) is written for recall: people write "someone phoned in a bomb
threat", "man with a gun inside", "the branch is on fire" — so most safety cues are regexes over
phrasings, not single words. Harmless senses ("fire sale", "shooting an ad", "the bomb", "had a
blast") are excluded inside the patterns. A safety cue only becomes a page when it is about a site
or the staff of the organisation (`SITE` below, or the event names a watched subject).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SEVERITIES = ("P0", "P1", "P2", "P3", "P4")
CATEGORIES = ("pr", "security", "operational", "legal", "safety", "none")


@dataclass(frozen=True)
class Entry:
    category: str
    pattern: str
    severity: str = "P2"
    weight: float = 1.0
    is_regex: bool = False

    @property
    def key(self) -> str:
        return f"{self.category}:{self.pattern}"


def _e(category: str, severity: str, weight: float, *phrases: str) -> list[Entry]:
    return [Entry(category, p, severity, weight) for p in phrases]


def _r(category: str, severity: str, weight: float, *patterns: str) -> list[Entry]:
    return [Entry(category, p, severity, weight, is_regex=True) for p in patterns]


# Built-in lexicon. Weights: 2 = unambiguous cue, 1 = strong, 0.5 = weak/contextual.
DEFAULT_LEXICON: list[Entry] = [
    # Security
    *_e(
        "security",
        "P0",
        2.0,
        "ransomware",
        "data breach",
        "breach of data",
        "customer data leaked",
        "passwords leaked",
        "credentials leaked",
        "database leaked",
        "hacked",
        "we were hacked",
        "cyberattack",
        "cyber attack",
        "zero-day",
        "zero day",
        "exfiltrated",
        "exfiltration",
    ),
    *_e("security", "P1", 1.5, "data egress", "unusual bulk read", "dlp rule"),
    *_e(
        "security",
        "P1",
        1.5,
        "breach",
        "leaked",
        "leak",
        "compromised",
        "malware",
        "phishing",
        "ddos",
        "account takeover",
        "unauthorized access",
        "stolen data",
        "data exposed",
        "exposed data",
        "security incident",
        "vulnerability",
        "exploit",
        "credential stuffing",
    ),
    *_e("security", "P2", 0.5, "suspicious login", "scam", "fraud", "spam", "hacker"),
    # Legal / regulatory
    *_e(
        "legal",
        "P1",
        2.0,
        "class action",
        "class-action",
        "lawsuit",
        "sued",
        "suing",
        "subpoena",
        "indictment",
        "indicted",
        "regulator fine",
        "gdpr fine",
        "injunction",
        "cease and desist",
    ),
    *_e(
        "legal",
        "P2",
        1.0,
        "lawyer",
        "attorney",
        "legal action",
        "court",
        "regulator",
        "ftc",
        "sec investigation",
        "investigation",
        "settlement",
        "violation",
        "non-compliance",
        "discrimination",
        "harassment",
    ),
    # Operational
    *_e(
        "operational",
        "P0",
        2.0,
        "toxic spill",
        "product recall",
        "recall",
    ),
    *_e(
        "operational",
        "P1",
        1.5,
        "outage",
        "is down",
        "went down",
        "are down",
        "not working",
        "can't log in",
        "cannot log in",
        "cant login",
        "service unavailable",
        "503",
        "500 error",
        "downtime",
        "degraded",
        "payment failed",
        "payments failing",
        "checkout broken",
        "data loss",
        "flood",
        "flooding",
        "earthquake",
        "hurricane",
        "wildfire",
        "tornado",
        # Not bare "emergency": "emergency fund" is personal finance, not an incident.
        "state of emergency",
        "emergency services",
        "emergency landing",
        "emergency evacuation",
        "rescue",
        "shelter",
        "stranded",
        "power cut",
        "power outage",
        "no power",
        "contaminated",
        "food poisoning",
        "sick after",
    ),
    *_e(
        "operational",
        "P2",
        1.0,
        "delay",
        "delayed",
        "cancelled",
        "canceled",
        "broken",
        "bug",
        "crash",
        "crashes",
        "crashing",
        "error",
        "lost luggage",
        "slow",
        "stuck",
        "missing order",
        "refund",
        "damaged",
        "shortage",
        "closed",
        "road closed",
        "damage",
        "warning",
        "alert",
    ),
    # PR / reputation
    *_e(
        "pr",
        "P1",
        2.0,
        "boycott",
        "scandal",
        "viral",
        "backlash",
        "outrage",
        "shitstorm",
        "racist",
        "sexist",
        "#boycott",
        "cancel culture",
        "public apology",
        "pr disaster",
    ),
    *_e(
        "pr",
        "P2",
        1.0,
        "disgusting",
        "disgraceful",
        "shameful",
        "never again",
        "worst company",
        "worst service",
        "terrible service",
        "horrible",
        "awful",
        "unacceptable",
        "ripoff",
        "rip-off",
        "furious",
        "angry customers",
        "complaint",
        "complaints",
        "misleading",
        "false advertising",
        "fake reviews",
        "ceo resign",
        "apologize",
        "apologise",
    ),
    *_e(
        "pr",
        "P3",
        0.5,
        "disappointed",
        "annoyed",
        "frustrated",
        "bad experience",
        "rude",
        "customer service",
        "worst",
        "terrible",
        "hate",
    ),
    # Physical safety: threats to people at a site of the organisation. Recall first; the harmless
    # senses are excluded inside the patterns (see the module docstring).
    *_r(
        "safety",
        "P0",
        2.0,
        r"\bbomb (threat|scare|hoax call)s?\b",
        r"(?<!\bthe )(?<!\bda )\bbomb(s|ing)?\b",
        r"\b(suspicious|unattended) (package|parcel|device|bag|item|object)s?\b",
        r"\bexplosives?\b|\bexplosive device\b",
        r"\bexplo(sion|sions|ded|de)\b",
        r"(?<!\bhad a )(?<!\bhave a )\bblast\b(?! from)",
        r"\b(gunm[ae]n|gunfire|gunshots?|shots? (were )?fired|opened fire|active shooter|shooter|sniper)\b",
        r"(?<!\bphoto )(?<!\bvideo )(?<!\bfilm )\bshoot(ing|ings|s)?\b"
        r"(?!\s+(\S+\s+){0,3}?(ad|ads|advert|adverts|video|videos|photo|photos|campaign|commercial|film|"
        r"scene|content|brochure|hoops|pool|breeze|footage|episode|promo)\b)",
        r"\bshoot (it |the place |them )?up\b",
        r"\b(guns?|firearms?|pistol|rifle|shotgun|knife|knives|machete|blade)\b",
        r"\b(stab|stabs|stabbed|stabbing|knifed|knife attack)\b",
        r"\barmed (robbery|robbers?|raid|gang|men|man|police|officers|response)\b",
        r"\b(hostages?|hostage situation|held hostage|hold-?up|held up at gunpoint|gunpoint)\b",
        r"\b(on fire|caught fire|fire broke out|set (on )?fire|set alight|arson)\b",
        r"\bfire (at|in|inside)\b(?! (will|sale|sales))",
        r"\b(blaze|flames|engulfed|burning down|burned down|burnt down|is burning|are burning)\b",
        r"\bsmoke (pouring|billowing|coming|everywhere|filling)\b",
        r"\b(fire ?fighters|fire crews?|fire brigade|fire engines?|fire service|fire department)\b",
        r"\bevacuat(e|ed|es|ing|ion)\b",
        r"\b(sent|moved|ordered|told to get) (everyone |all |staff |us |people )?(out|outside)\b",
        r"\b(gas leak|smell of gas|carbon monoxide|chemical spill)\b",
        r"\b(lockdown|locked down|cordon(ed)?( off)?)\b",
        r"\bthreat(en|ens|ened|ening)? to (kill|hurt|harm|shoot|stab|attack|bomb|beat|burn)\b",
        r"\b(will|gonna|going to|wants to|want to|threatened to) (hurt|kill|harm|shoot|stab|attack|bomb)\b",
        r"\b(death|bomb|violent) threats?\b",
        r"\bthreaten(ed|ing)? (the |our |a |their )?(staff|cashiers?|tellers?|employees?|workers?|manager|"
        r"colleagues?|security guard)\b",
        r"\bthreatening (note|letter|email|e-mail|message|call|phone call|calls|voicemail)s?\b",
        r"\b(killed|dead|deaths?|death toll|fatalit(y|ies)|casualt(y|ies)|trapped)\b",
    ),
    *_r(
        "safety",
        "P1",
        1.5,
        r"\b(injured|injuries|injury|wounded|hurt)\b",
        r"\b(attacked|assaulted|assault|punched|beaten up|beat up)\b",
        r"\b(ambulances?|paramedics|in hospital|to hospital|a&e|first aid)\b",
        r"\b(collapsed|came down|caved in|fell on)\b",
        r"\b(violence|violent|rampage|riot|brawl|fight broke out)\b",
        r"\b(armed|weapon|weapons)\b",
        r"\bpolice (are |were )?(at|inside|outside|on scene|everywhere|swarming)\b",
    ),
]

NEGATORS = {
    "no",
    "not",
    "never",
    "without",
    "none",
    "nobody",
    "nothing",
    "isn't",
    "isnt",
    "wasn't",
    "wasnt",
    "aren't",
    "arent",
    "weren't",
    "werent",
    "don't",
    "dont",
    "didn't",
    "didnt",
    "doesn't",
    "doesnt",
    "denies",
    "denied",
    "deny",
    "false",
    "unfounded",
    "fake",
    "hoax",
    "zero",
}
HEDGES = re.compile(
    r"\b(no evidence of|rumou?rs? (of|about)|not (a|an) |no sign of|debunked|fake news)\b", re.I
)
AMPLIFIERS = re.compile(
    r"(\burgent(ly)?\b|\bright now\b|\bimmediately\b|\basap\b|\bsos\b|!!!|\bthousands\b|\bmillions\b|"
    r"\ball (customers|users)\b|\bneed help\b|\bhelp needed\b|\bplease help\b|\bspreading\b)",
    re.I,
)

# A place or the people of the organisation: what turns a safety cue into a threat to *our* people.
SITE = re.compile(
    r"\b(branch(es)?|office|offices|store|stores|shop|bank|hq|headquarters|building|premises|site|"
    r"warehouse|plant|factory|data ?cent(re|er)|atm|call ?cent(re|er)|depot|campus|lobby|counter|"
    r"car park|staff|employees?|cashiers?|tellers?|workers?|colleagues?|security guards?|clerks?|"
    r"receptionists?|customers?)\b",
    re.I,
)
