"""The demo crisis scenario: a deterministic, timestamped stream of items across every source kind.

Story time `t` is in seconds from the start of the scenario (at `--speed 10` one story minute
plays in six seconds). The story, for "Northwind Bank":

1. 0–240 s: ordinary brand chatter on every source (a few events per story minute each), noise
   all along (off-topic "Northwind" posts, retweets) and, at 40–170 s, a viral but harmless ad.
2. 240 s: a data-breach rumour starts on Reddit, small X accounts pick it up from 265 s.
3. 300 s: a verified journalist with 412k followers amplifies it; many retweets and angry posts;
   support tickets ("is my card safe?"), error spikes in the logs, monitoring alerts (Alertmanager,
   PagerDuty, Splunk) from 320 s; news from 360 s.
4. 540 s: the bank's statement (newsroom RSS and its X account); the stream calms down to the
   baseline until the end (1260 s), so the crisis can de-escalate and resolve on its own.

The items carry neutral fields (text, author, …); `wire.py` renders them in each source's wire
format. Pure Python: no Django import, so the world server and tests can use it anywhere.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from demo import texts as T

# Channels of the scenario: each maps to one demo Source (kind in ingestion.models.SourceKind).
POLLED = ("x", "reddit", "newsapi", "rss", "zendesk", "elasticsearch")
PUSHED = ("zendesk_webhook", "generic", "splunk_hec", "alertmanager", "pagerduty")
CHANNELS = POLLED + PUSHED
SOURCE_KIND = {
    "x": "twitter",
    "reddit": "reddit",
    "newsapi": "newsapi",
    "rss": "rss",
    "zendesk": "zendesk",
    "zendesk_webhook": "zendesk",
    "elasticsearch": "elasticsearch",
    "generic": "generic",
    "splunk_hec": "splunk_hec",
    "alertmanager": "alertmanager",
    "pagerduty": "pagerduty",
}

# Roles: what an item is in the story. Noise roles must never cause an alert.
NOISE_ROLES = frozenset({"offtopic", "viral", "viral_retweet", "retweet_noise"})
CRISIS_ROLES = frozenset(
    {
        "rumour",
        "journalist",
        "amplification",
        "retweet",
        "support",
        "logs",
        "alert",
        "news",
        "outage",
        "lawsuit",
    }
)

PHASES = {
    "baseline": (0.0, 240.0),
    "viral": (40.0, 170.0),
    "rumour": (240.0, 300.0),
    "amplification": (300.0, 480.0),
    "spillover": (320.0, 600.0),
    "statement": (540.0, 560.0),
    "recovery": (600.0, 1260.0),
}
DURATION = 1260.0
BURST_START = PHASES["rumour"][0]
CLUSTER = "northwind-prod"
# What the generator puts in as PII: emails, UK phone numbers, card numbers, IP addresses.
PII_RE = re.compile(r"[\w.]+@example\.com|\+44 7700 \d{6}|\b\d{4} \d{4} \d{4} \d{4}\b|\b203\.0\.113\.\d+\b")


@dataclass(frozen=True)
class Author:
    id: str
    handle: str
    name: str
    followers: int = 100
    verified: bool = False


BANK = Author("1000001", "NorthwindBank", "Northwind Bank", 182_000, True)
JOURNALIST = Author("1000002", "mlindqvist_news", "Maya Lindqvist", 412_000, True)


@dataclass
class ScenarioItem:
    seq: int
    t: float
    channel: str
    role: str
    text: str
    title: str = ""
    author: Author | None = None
    attrs: dict[str, Any] = field(default_factory=dict)
    has_pii: bool = False
    run: int = 0  # the run's start (epoch seconds); makes wire ids unique per run

    @property
    def phase(self) -> str:
        for name in ("statement", "amplification", "rumour", "recovery"):
            start, end = PHASES[name]
            if start <= self.t < end:
                return name
        return "baseline" if self.t < BURST_START else "spillover"

    @property
    def is_noise(self) -> bool:
        return self.role in NOISE_ROLES


@dataclass
class Scenario:
    seed: int
    items: list[ScenarioItem]
    duration: float = DURATION
    story: str = "breach"

    def by_channel(self, channel: str) -> list[ScenarioItem]:
        return [i for i in self.items if i.channel == channel]

    def due(self, after: float, until: float) -> list[ScenarioItem]:
        """Items with after < t <= until (the first call uses after=-1)."""
        return [i for i in self.items if after < i.t <= until]

    def counts(self) -> dict[str, int]:
        return dict(Counter(i.channel for i in self.items))

    def get(self, seq: int) -> ScenarioItem:
        return self.items[seq]


class _Builder:
    def __init__(self, seed: int, scale: float) -> None:
        self.rng = random.Random(seed)
        self.scale = scale
        self.items: list[ScenarioItem] = []
        self.people: list[Author] = []
        for n in range(400):
            first, last = self.rng.choice(T.FIRST), self.rng.choice(T.LAST)
            handle = f"{first.lower()}{self.rng.choice(['', '_', '.'])}{last.lower()[:4]}{self.rng.randrange(1, 999)}"
            followers = int(self.rng.lognormvariate(5.0, 1.4))
            self.people.append(
                Author(str(2_000_000 + n), handle.replace(".", "_"), f"{first} {last}", followers)
            )

    # -- helpers -------------------------------------------------------------------------------
    def times(self, start: float, end: float, per_minute: float) -> list[float]:
        """Poisson arrivals between start and end at `per_minute` (scaled)."""
        rate = per_minute * self.scale / 60.0
        out: list[float] = []
        t = start
        if rate <= 0:
            return out
        while True:
            t += self.rng.expovariate(rate)
            if t >= end:
                return out
            out.append(round(t, 3))

    def ramp(self, start: float, peak: float, end: float, count: int) -> list[float]:
        """`count` arrivals whose density rises to `peak` and decays towards `end` (triangular)."""
        n = max(1, int(count * self.scale))
        return sorted(round(self.rng.triangular(start, end, peak), 3) for _ in range(n))

    def person(self) -> Author:
        return self.rng.choice(self.people)

    def add(self, t: float, channel: str, role: str, text: str, **kw: Any) -> ScenarioItem:
        kw.setdefault("has_pii", bool(PII_RE.search(text)))
        item = ScenarioItem(seq=-1, t=t, channel=channel, role=role, text=text, **kw)
        self.items.append(item)
        return item

    def fill(self, template: str) -> str:
        return T.fill(template, self.rng)

    # -- the story -----------------------------------------------------------------------------
    def baseline(self, start: float, end: float, factor: float = 1.0) -> None:
        rng = self.rng
        for t in self.times(start, end, 5 * factor):
            self.add(t, "x", "baseline", self.fill(rng.choice(T.BASELINE_POSTS)), author=self.person())
        for t in self.times(start, end, 1.2 * factor):
            title, body = rng.choice(T.BASELINE_REDDIT)
            self.add(
                t,
                "reddit",
                "baseline",
                self.fill(body),
                title=self.fill(title),
                author=self.person(),
                attrs={"subreddit": rng.choice(["UKPersonalFinance", "banking", "NorthwindBank"])},
            )
        for t in self.times(start, end, 0.5 * factor):
            title, desc = rng.choice(T.BASELINE_NEWS)
            self.add(t, "newsapi", "baseline", desc, title=self.fill(title), attrs={"outlet": self.outlet()})
        for t in self.times(start, end, 0.25 * factor):
            title, desc = rng.choice(T.BASELINE_RSS)
            self.add(t, "rss", "baseline", desc, title=self.fill(title), attrs={"feed": "newsroom"})
        for t in self.times(start, end, 1.6 * factor):
            subject, body = rng.choice(T.BASELINE_TICKETS)
            channel = "zendesk" if rng.random() < 0.6 else "zendesk_webhook"
            self.ticket(t, channel, "baseline", self.fill(subject), self.fill(body), priority="normal")
        for t in self.times(start, end, 3 * factor):
            level, service, template = rng.choice(T.BASELINE_LOGS)
            self.add(
                t,
                "elasticsearch",
                "baseline",
                self.log(service, template),
                attrs={"level": level, "service": service},
            )
        for t in self.times(start, end, 1 * factor):
            self.add(
                t,
                "generic",
                "baseline",
                self.fill(rng.choice(T.BASELINE_REVIEWS)),
                author=self.person(),
                attrs={"origin": "app-store-reviews"},
            )
        for t in self.times(start, end, 0.8 * factor):
            level, service, template = rng.choice(T.BASELINE_LOGS)
            self.add(
                t,
                "splunk_hec",
                "baseline",
                self.log(service, template),
                attrs={"level": level, "service": service},
            )

    def log(self, service: str, template: str) -> str:
        # Internal logs never name the brand in prose; the cluster name carries it.
        return f"{CLUSTER}/{service}: {T._fill_slots(template, self.rng)}"

    def outlet(self) -> str:
        return self.rng.choice(
            ["City Ledger", "The Daily Wire Service", "FinTimes Today", "Regional Courier"]
        )

    def ticket(self, t: float, channel: str, role: str, subject: str, body: str, *, priority: str) -> None:
        requester = self.person()
        self.add(
            t,
            channel,
            role,
            body,
            title=subject,
            author=requester,
            attrs={"priority": priority, "tags": ["card"] if "card" in body.lower() else []},
        )

    def noise(self) -> None:
        rng = self.rng
        for t in self.times(0, DURATION, 0.8):
            self.add(t, "x", "offtopic", self.fill(rng.choice(T.OFFTOPIC_POSTS)), author=self.person())
        for t in self.times(0, DURATION, 0.3):
            self.add(
                t,
                "reddit",
                "offtopic",
                "Northwind sample DB question: how do I join Orders and Customers?",
                title="Northwind database help",
                author=self.person(),
                attrs={"subreddit": "SQL"},
            )
        # Retweets of ordinary posts.
        originals = [i for i in self.items if i.channel == "x" and i.role == "baseline"]
        for t in self.times(0, DURATION, 2.0):
            earlier = [i for i in originals if i.t < t]
            if earlier:
                self.retweet(t, rng.choice(earlier), "retweet_noise")

    def retweet(self, t: float, original: ScenarioItem, role: str) -> ScenarioItem:
        assert original.author is not None
        text = f"RT @{original.author.handle}: {original.text}"
        return self.add(t, "x", role, text, author=self.person(), attrs={"retweet_of": original})

    def viral(self) -> None:
        start, end = PHASES["viral"]
        original = self.add(start, "x", "viral", T.VIRAL_ORIGINAL, author=BANK)
        for t in self.ramp(start + 5, start + 40, end, 30):
            self.retweet(t, original, "viral_retweet")
        for t in self.ramp(start + 10, start + 50, end, 10):
            self.add(t, "x", "viral", self.fill(self.rng.choice(T.VIRAL_REACTIONS)), author=self.person())

    def rumour(self) -> None:
        rng = self.rng
        start = PHASES["rumour"][0]
        title, body = T.RUMOUR_REDDIT_ORIGINAL
        self.add(
            start,
            "reddit",
            "rumour",
            self.fill(body),
            title=title,
            author=self.person(),
            attrs={"subreddit": "UKPersonalFinance", "score": 1840},
        )
        for t in self.ramp(start + 8, start + 40, 480, 9):
            title, body = rng.choice(T.RUMOUR_REDDIT_FOLLOW + T.BURST_REDDIT)
            self.add(
                t,
                "reddit",
                "rumour" if t < 300 else "amplification",
                self.fill(body),
                title=self.fill(title),
                author=self.person(),
                attrs={"subreddit": rng.choice(["UKPersonalFinance", "NorthwindBank", "cybersecurity"])},
            )
        for t in self.ramp(265, 295, 300, 8):
            self.add(t, "x", "rumour", self.fill(rng.choice(T.RUMOUR_POSTS)), author=self.person())

    def amplification(self) -> None:
        rng = self.rng
        start, end = PHASES["amplification"]
        journalist = self.add(start, "x", "journalist", T.JOURNALIST_POST, author=JOURNALIST)
        for t in self.ramp(start + 2, start + 40, end, 80):
            self.retweet(t, journalist, "retweet")
        for t in self.ramp(start + 5, start + 60, end, 70):
            self.add(t, "x", "amplification", self.fill(rng.choice(T.AMPLIFY_POSTS)), author=self.person())
        for t in self.ramp(start + 10, start + 60, end, 12):
            quote = self.fill(rng.choice(T.QUOTE_POSTS))
            self.add(
                t,
                "x",
                "amplification",
                f"{quote} https://x.com/{JOURNALIST.handle}/status/…",
                author=self.person(),
                attrs={"quote_of": journalist},
            )
        # A second verified voice (a consumer-rights account) a minute later.
        voice = Author("1000003", "ConsumerWatchUK", "Consumer Watch UK", 96_000, True)
        self.add(
            start + 75,
            "x",
            "amplification",
            "If you bank with Northwind: freeze your card in the app now and check statements. "
            "Reports of a card data breach are spreading. #NorthwindBreach",
            author=voice,
        )

    def spillover(self) -> None:
        rng = self.rng
        for t in self.ramp(320, 380, 600, 30):
            subject, body = rng.choice(T.BURST_TICKETS)
            channel = "zendesk" if rng.random() < 0.5 else "zendesk_webhook"
            self.ticket(t, channel, "support", self.fill(subject), self.fill(body), priority="urgent")
        for t in self.ramp(325, 360, 520, 60):
            level, service, template = rng.choice(T.BURST_LOGS)
            self.add(
                t,
                "elasticsearch",
                "logs",
                self.log(service, template),
                attrs={"level": level, "service": service},
            )
        for t in self.ramp(330, 360, 520, 18):
            level, service, template = rng.choice(T.SPLUNK_EVENTS)
            self.add(
                t,
                "splunk_hec",
                "logs",
                self.log(service, template),
                attrs={"level": level, "service": service},
            )
        for n, (name, severity, service, summary) in enumerate(T.ALERTS):
            t = 335.0 + n * 20
            self.add(
                t,
                "alertmanager",
                "alert",
                summary,
                title=name,
                attrs={"alertname": name, "severity": severity, "service": service, "status": "firing"},
            )
            # Alertmanager sends "resolved" for the same alert group later.
            self.add(
                t + 240,
                "alertmanager",
                "alert",
                summary,
                title=name,
                attrs={"alertname": name, "severity": severity, "service": service, "status": "resolved"},
            )
        for n, (summary, severity, source, group) in enumerate(T.PAGERDUTY_TRIGGERS):
            t = 345.0 + n * 30
            attrs = {"severity": severity, "source": source, "group": group, "dedup_key": f"nw-{group}-{n}"}
            self.add(t, "pagerduty", "alert", summary, title=summary, attrs={**attrs, "action": "trigger"})
            self.add(
                t + 280, "pagerduty", "alert", summary, title=summary, attrs={**attrs, "action": "resolve"}
            )
        for t in self.ramp(360, 400, 560, 8):
            title, desc = rng.choice(T.BURST_NEWS)
            self.add(t, "newsapi", "news", desc, title=title, attrs={"outlet": self.outlet()})
        for t in self.ramp(370, 400, 560, 3):
            title, desc = rng.choice(T.BURST_NEWS)
            self.add(t, "rss", "news", desc, title=title, attrs={"feed": "technews"})
        for t in self.ramp(330, 380, 560, 10):
            self.add(
                t,
                "generic",
                "support",
                self.fill(rng.choice(T.BURST_REVIEWS)),
                author=self.person(),
                attrs={"origin": "app-store-reviews"},
            )

    def statement(self) -> None:
        t = PHASES["statement"][0]
        self.add(t, "rss", "statement", T.STATEMENT_TEXT, title=T.STATEMENT_TITLE, attrs={"feed": "newsroom"})
        self.add(t + 5, "x", "statement", T.STATEMENT_POST, author=BANK)
        for t2 in self.ramp(560, 600, 720, 12):
            self.add(t2, "x", "recovery", self.fill(self.rng.choice(T.RECOVERY_POSTS)), author=self.person())

    def build(self) -> list[ScenarioItem]:
        self.baseline(0, BURST_START)
        self.viral()
        self.rumour()
        self.amplification()
        self.spillover()
        self.statement()
        self.baseline(BURST_START, DURATION, factor=0.9)  # the ordinary chatter goes on throughout
        self.noise()
        return self.finish()

    def finish(self) -> list[ScenarioItem]:
        self.items.sort(key=lambda i: (i.t, i.channel, i.text))
        for seq, item in enumerate(self.items):
            item.seq = seq
        return self.items
