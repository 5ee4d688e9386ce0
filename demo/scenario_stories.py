"""Named alternative scenarios for the demo (`demo.scenarios.generate(story=...)`).

"two_stories": two unrelated stories about Northwind Bank at once, over the same ordinary chatter
and noise as the breach scenario, so the platform must tell them apart:

1. 240–560 s, a **payments outage**: cards declined at checkouts and the app down (posts naming the
   card or the app and the bank), support tickets, payment-gateway errors in the logs, two
   critical Alertmanager alerts and a PagerDuty incident, then news; fixed at 560 s.
2. 330–700 s, a **lawsuit over fees**: news of a class action over overdraft fees, posts of
   customers joining it, Reddit threads and a consumer-rights account; the bank answers at 620 s.

Expected: two incidents (the outage, operational; the lawsuit, legal), each linking its own
story's posts, each paging on its own — not one incident mixing "outage, down, class action".
Pure Python like demo.scenario.
"""

from __future__ import annotations

from demo import texts as T
from demo.scenario import BANK, DURATION, Author, _Builder

CONSUMER_RIGHTS = Author("1000003", "ConsumerWatchUK", "Consumer Watch UK", 96_000, True)
OUTAGE = (240.0, 560.0)
LAWSUIT = (330.0, 700.0)


class TwoStoriesBuilder(_Builder):
    def outage(self) -> None:
        rng = self.rng
        start, end = OUTAGE
        for t in self.ramp(start, start + 90, end, 70):
            self.add(t, "x", "outage", self.fill(rng.choice(T.OUTAGE_POSTS)), author=self.person())
        for t in self.ramp(start + 15, start + 100, end, 24):
            subject, body = rng.choice(T.OUTAGE_TICKETS)
            channel = "zendesk" if rng.random() < 0.5 else "zendesk_webhook"
            self.ticket(t, channel, "outage", subject, self.fill(body), priority="urgent")
        for t in self.ramp(start + 5, start + 60, end, 40):
            level, service, template = rng.choice(T.OUTAGE_LOGS)
            self.add(
                t,
                "elasticsearch",
                "outage",
                self.log(service, template),
                attrs={"level": level, "service": service},
            )
        for n, (name, severity, service, summary) in enumerate(T.OUTAGE_ALERTS):
            t = start + 20 + n * 25
            attrs = {"alertname": name, "severity": severity, "service": service}
            self.add(t, "alertmanager", "outage", summary, title=name, attrs={**attrs, "status": "firing"})
            self.add(
                end - 10, "alertmanager", "outage", summary, title=name, attrs={**attrs, "status": "resolved"}
            )
        summary = "Card authorisations failing at the payments gateway"
        pd = {
            "severity": "critical",
            "source": "payments-gateway-01",
            "group": "payments",
            "dedup_key": "nw-pay-1",
        }
        self.add(start + 30, "pagerduty", "outage", summary, title=summary, attrs={**pd, "action": "trigger"})
        self.add(end, "pagerduty", "outage", summary, title=summary, attrs={**pd, "action": "resolve"})
        for t in self.ramp(start + 90, start + 150, end, 5):
            title, desc = rng.choice(T.OUTAGE_NEWS)
            self.add(t, "newsapi", "outage", desc, title=title, attrs={"outlet": self.outlet()})
        self.add(end, "x", "statement", T.OUTAGE_FIXED, author=BANK)

    def lawsuit(self) -> None:
        rng = self.rng
        start, end = LAWSUIT
        title, desc = T.LAWSUIT_NEWS[0]
        self.add(start, "newsapi", "lawsuit", desc, title=title, attrs={"outlet": self.outlet()})
        for t in self.ramp(start + 10, start + 60, end, 6):
            title, desc = rng.choice(T.LAWSUIT_NEWS)
            channel = "newsapi" if rng.random() < 0.7 else "rss"
            self.add(
                t, channel, "lawsuit", desc, title=title, attrs={"outlet": self.outlet(), "feed": "technews"}
            )
        for t in self.ramp(start + 15, start + 90, end, 70):
            self.add(t, "x", "lawsuit", self.fill(rng.choice(T.LAWSUIT_POSTS)), author=self.person())
        for t in self.ramp(start + 20, start + 100, end, 8):
            title, body = rng.choice(T.LAWSUIT_REDDIT)
            self.add(
                t,
                "reddit",
                "lawsuit",
                body,
                title=title,
                author=self.person(),
                attrs={"subreddit": "UKPersonalFinance"},
            )
        self.add(
            start + 50,
            "x",
            "lawsuit",
            "Northwind Bank customers: if you paid overdraft fees since 2021 you may be owed money. "
            "The class action is open, keep your statements.",
            author=CONSUMER_RIGHTS,
        )
        self.add(
            620.0,
            "rss",
            "statement",
            T.LAWSUIT_STATEMENT,
            title="Statement on the fees claim",
            attrs={"feed": "newsroom"},
        )

    def build(self):
        self.baseline(0, DURATION)
        self.outage()
        self.lawsuit()
        self.noise()
        return self.finish()
