"""Text templates of the demo scenario, written for this project (no data set is copied).

A template is filled by `fill()` with slots drawn from `SLOTS` and the people of the scenario;
variation comes from the slot choices, optional hashtags/emoji and small casing/punctuation changes.
"""

from __future__ import annotations

import random
import re

BRAND = "Northwind Bank"
HANDLE = "NorthwindBank"
TICKER = "NWBK"
CEO = "Helena Marsh"
CISO_PUBLIC = "Tomas Reyes"

SLOTS: dict[str, list[str]] = {
    "brand": ["Northwind Bank", "Northwind", "@NorthwindBank", "Northwind Bank", "northwind bank"],
    "product": ["Northwind card", "Northwind app", "Northwind Premier card", "Northwind debit card"],
    "praise": ["smooth", "really quick", "painless", "honestly great", "better than I expected"],
    "thing": [
        "opening a savings account",
        "the new budgeting tab",
        "contactless payments",
        "instant transfers",
        "the cashback offer",
        "the branch staff in Leeds",
        "card activation",
    ],
    "gripe": [
        "the app logged me out twice today",
        "transfers are slow this morning",
        "why is the overdraft fee so high",
        "the chat bot keeps looping",
        "still waiting on my replacement card",
        "statement download is broken again",
    ],
    "question": [
        "does anyone know if {brand} does joint accounts?",
        "how long does a {product} take to arrive?",
        "is the {brand} branch open on Sundays?",
        "can you freeze a {product} from the app?",
        "what's the FX fee on a {product} abroad?",
    ],
    "worry": ["worried", "freaking out", "nervous", "honestly scared", "furious", "anxious"],
    "anger": [
        "Absolutely unacceptable",
        "This is a disgrace",
        "How is this even possible",
        "I'm done with this bank",
        "Zero transparency as usual",
    ],
    "emoji": ["", "", "", " 🙂", " 👍", " 🙌", " 😅"],
    "bad_emoji": ["", "", " 😡", " 😱", " 🤬", " 😬", " 🚨"],
    "breach_tag": ["", "", " #NorthwindBreach", " #databreach", " #NorthwindBank", " #infosec"],
    "city": ["Leeds", "Bristol", "Manchester", "Glasgow", "Cardiff", "Norwich"],
}

# --- ordinary chatter --------------------------------------------------------------------------
BASELINE_POSTS = [
    "{thing} with {brand} was {praise}{emoji}",
    "Shoutout to {brand}, {thing} was {praise}{emoji}",
    "{gripe} @NorthwindBank",
    "{question}",
    "Switched my salary to {brand} last month, so far so good{emoji}",
    "Paid for lunch with my {product} and got the cashback notification instantly{emoji}",
    "{brand} queue in {city} is massive today, lunchtime rush I guess",
    "Anyone else getting the new {product} design? Looks nice{emoji}",
    "Honestly {gripe}, otherwise fine{emoji}",
    "${TICKER} steady ahead of the quarterly numbers",
]
BASELINE_REDDIT = [
    (
        "Thoughts on {brand} savings rates?",
        "Thinking of moving my emergency fund. {question} Any experiences?",
    ),
    (
        "{product} vs the big banks",
        "Been using the {product} for six months. {thing} was {praise}. {gripe} though.",
    ),
    (
        "PSA: {brand} cashback changes",
        "They changed the cashback tiers this month. Read the email before you spend.",
    ),
    ("Is {brand} good for a first account?", "Student here. {question}"),
]
BASELINE_NEWS = [
    (
        "Northwind Bank opens new branch in {city}",
        "The lender continues its regional expansion with a flagship branch.",
    ),
    (
        "Northwind Bank reports steady quarterly deposits",
        "Deposits grew modestly as the bank kept costs flat.",
    ),
    (
        "Northwind Bank launches budgeting features in its app",
        "The update adds spending categories and alerts.",
    ),
    ("Analysts keep hold rating on NWBK", "Analysts cited stable margins and a cautious outlook."),
]
BASELINE_RSS = [
    (
        "Northwind Bank partners with {city} credit union on financial literacy",
        "A community programme for schools.",
    ),
    ("Northwind Bank names new head of retail", "The appointment takes effect next month."),
]
BASELINE_TICKETS = [
    ("Card activation", "Hi, my new {product} arrived but activation fails with 'try later'. Can you help?"),
    ("Password reset", "I can't reset my password, the SMS code never arrives. My number is {phone}."),
    ("Statement request", "Please send my March statement to {email}. Thanks."),
    (
        "Direct debit question",
        "A direct debit went out twice this month, can you check? Reach me at {phone}.",
    ),
    ("Address change", "I moved, please update my address. Contact email {email}."),
]
BASELINE_REVIEWS = [
    "App is {praise}, {thing} works well. 4 stars{emoji}",
    "{gripe}. Otherwise ok. 3 stars",
    "Great app, quick transfers{emoji}",
]
BASELINE_LOGS = [
    ("INFO", "card-api", "authorization approved merchant={merchant} latency_ms={latency}"),
    ("INFO", "auth-service", "login ok user_id={user_id} mfa=push"),
    ("WARN", "payments", "retrying settlement batch {batch} after timeout"),
    ("INFO", "statements", "generated {count} statements in {latency} ms"),
]

# --- noise -------------------------------------------------------------------------------------
OFFTOPIC_POSTS = [
    "Still teaching SQL joins with the Northwind sample database in 2026, it never gets old",
    "Hiked the Northwind trail this weekend, windy but stunning views",
    "Northwind Traders schema is the hello world of every BI tutorial",
    "The northwind was brutal on the ferry this morning",
    "Cafe Northwind in {city} does the best flat white",
]
VIRAL_ORIGINAL = (
    "Our new ad: a piggy bank that does parkour to save you money. Yes, really. 🐷💨 "
    "Watch till the end #NorthwindPiggy"
)
VIRAL_REACTIONS = [
    "The @NorthwindBank piggy parkour ad is the funniest thing I've seen all week 😂",
    "whoever made the Northwind piggy ad deserves a raise 🐷",
    "I have watched the Northwind parkour pig 11 times #NorthwindPiggy",
    "Not me sending the Northwind piggy ad to the group chat again 😂",
]

# --- the data-breach rumour ---------------------------------------------------------------------
RUMOUR_REDDIT_ORIGINAL = (
    "Northwind Bank data breach? My card details showed up on a paste site",
    "Found my Northwind card number (ends in {last4}) in a dump posted on a paste site this morning, "
    "along with my email {email}. Anyone else? Northwind hasn't said a word. Is this a breach?",
)
RUMOUR_REDDIT_FOLLOW = [
    ("Northwind breach megathread", "Collecting reports here. Several people say their card details leaked."),
    ("Mine too - Northwind card compromised?", "Got a fraud alert on my {product} an hour ago. Coincidence?"),
    ("Should I cancel my Northwind card?", "With the breach rumours going around, is it safer to freeze it?"),
    ("Northwind support not answering about the leak", "On hold for 40 minutes. {anger}."),
]
RUMOUR_POSTS = [
    "Is there a data breach at {brand}? People on reddit say card numbers leaked{bad_emoji}",
    "Seeing reports of a {brand} data leak, anyone know more?{breach_tag}",
    "My {product} just got a fraud alert and now there are breach rumours. {worry}{bad_emoji}",
]
JOURNALIST_POST = (
    "Sources tell me Northwind Bank is investigating a data breach that may have exposed customer "
    "card numbers. The bank has not commented yet. Developing. #NorthwindBreach"
)
AMPLIFY_POSTS = [
    "{anger}. {brand} leaked our card data and said NOTHING{bad_emoji}{breach_tag}",
    "Just froze my {product}. If there's a breach I want to hear it from {brand}, not from twitter{bad_emoji}",
    "{worry} about the {brand} breach, is my card safe??{breach_tag}",
    "So {brand} had a data breach and customers find out on social media. Class action incoming{breach_tag}",
    "Fraud on my {product} this morning and now this breach news. {anger}{bad_emoji}",
    "Hey @NorthwindBank is my data safe or not? Your silence is deafening{bad_emoji}",
    "The {brand} hack looks bad. Check your statements people{breach_tag}",
    "If the {brand} breach is real the regulator will be all over them. ${TICKER} dropping{bad_emoji}",
    "Cancelled my {product}. Not waiting for {brand} to admit the leak{breach_tag}",
]
QUOTE_POSTS = [
    "This is terrifying. {worry}{breach_tag}",
    "{anger}. Customers deserve answers today.",
    "Called them, support says 'no information'. Great.{bad_emoji}",
]
BURST_REDDIT = [
    (
        "Northwind breach: what to do now",
        "Freeze your card in the app, change your password, watch statements.",
    ),
    ("Northwind class action?", "If this breach is confirmed there will be a class action. Keep records."),
    ("Fraudulent charges after Northwind leak", "Three charges I didn't make on my {product}. {anger}."),
]
BURST_NEWS = [
    ("Northwind Bank probes reported data breach", "Customers report card details circulating online."),
    ("Northwind Bank shares fall on breach reports", "NWBK slid in early trading as breach reports spread."),
    ("What Northwind Bank customers should do after breach reports", "Experts advise freezing cards."),
    ("Regulator in contact with Northwind Bank over data breach claims", "The regulator said it is aware."),
]
BURST_TICKETS = [
    (
        "Is my card safe?",
        "I saw the news about a breach. Is my {product} {card} safe? Please call me on {phone}.",
    ),
    ("Fraud on my account", "There are charges I did not make on card {card}. Email me at {email} urgently."),
    ("Data breach - close my account", "After the breach news I want to close my account. {anger}. {email}"),
    ("Was my data leaked?", "Was my data part of the leak? My email is {email} and phone {phone}."),
    ("Freeze card please", "Please freeze card {card} immediately, I think it was in the breach."),
]
BURST_REVIEWS = [
    "Can't log in since this morning and now breach news. 1 star{bad_emoji}",
    "App says 'service unavailable' when I try to freeze my card. {anger}. 1 star",
]
BURST_LOGS = [
    ("ERROR", "auth-service", "login failed user={email} src_ip={ip} reason=bad_password attempts={count}"),
    ("ERROR", "card-api", "HTTP 503 upstream card-vault timeout path=/v1/cards/{user_id}/freeze"),
    ("WARN", "waf", "credential stuffing pattern blocked src_ip={ip} rate={count}/min"),
    ("ERROR", "card-vault", "unusual bulk read of PAN table by svc-reporting rows={count}"),
    ("ERROR", "auth-service", "account lockout threshold exceeded user_id={user_id} src_ip={ip}"),
]
ALERTS = [
    ("HighLoginFailureRate", "critical", "auth-service", "Login failure rate above 40% for 5m"),
    ("CardApiErrorBudgetBurn", "critical", "card-api", "card-api 5xx error budget burning 14x"),
    ("UnusualDataEgress", "warning", "card-vault", "Outbound data from card-vault-db 9x baseline"),
]
PAGERDUTY_TRIGGERS = [
    ("Anomalous data egress detected on card-vault-db", "critical", "card-vault-db-01", "security"),
    ("Card freeze API failing for >5% of requests", "error", "card-api-prod", "card-platform"),
]
SPLUNK_EVENTS = [
    ("ERROR", "waf", "blocked credential stuffing burst from {ip}, {count} attempts"),
    ("ERROR", "card-vault", "DLP rule PAN_EXPORT matched on svc-reporting, {count} records"),
    ("WARN", "auth-service", "MFA push fatigue pattern for user {email}"),
]
STATEMENT_TITLE = "Statement on reported security incident"
STATEMENT_TEXT = (
    "Northwind Bank is aware of reports about customer card data. We are investigating with external "
    "forensic experts. Customers can freeze cards in the app at any time and will not be liable for "
    "fraudulent transactions."
)
STATEMENT_POST = (
    "We're aware of reports about customer card data and are investigating with external experts. "
    "You can freeze your card in the app; you won't be liable for fraud. Updates here."
)
RECOVERY_POSTS = [
    "Froze my {product} as a precaution, thanks for the quick statement {brand}",
    "At least {brand} said something now. Waiting for details",
    "Still {worry} about the {brand} breach but the statement helps",
]

# --- "two_stories": a payments outage and a lawsuit over fees, about the same bank at once ------
OUTAGE_POSTS = [
    "{product} declined at the supermarket checkout, had to leave my shopping. Is {brand} down?",
    "Anyone else's {product} getting declined today? Third time this morning{bad_emoji}",
    "Stuck at the petrol station, {product} declined and the app won't load. {anger}",
    "Looks like {brand} card payments are failing across the UK, outage?",
    "{brand} app down and my card keeps getting declined. Outage again{bad_emoji}",
    "Card declined again. {brand} what is going on?? Payments down all morning",
]
OUTAGE_TICKETS = [
    ("Card declined everywhere", "My {product} is declined in every shop since 8am. The app shows an error."),
    ("Payments failing", "Card payments fail and the app says 'service unavailable'. Please fix this."),
    ("Cannot pay", "My card was declined three times today. Is there an outage? Call me on {phone}."),
]
OUTAGE_LOGS = [
    ("ERROR", "payments-gateway", "HTTP 503 from card network acquirer timeout after {count} ms"),
    ("ERROR", "card-auth", "authorisation declined reason=issuer_unavailable rate={count}/min"),
    ("ERROR", "mobile-api", "upstream payments-gateway unavailable path=/v1/payments"),
]
OUTAGE_ALERTS = [
    (
        "PaymentsGatewayDown",
        "critical",
        "payments-gateway",
        "Card authorisations failing: 38% declined for 5m",
    ),
    ("MobileApi5xx", "critical", "mobile-api", "mobile-api 5xx above 20% for 5m"),
]
OUTAGE_NEWS = [
    ("Northwind Bank customers hit by card payment outage", "Card payments failed for hours on Tuesday."),
    ("Northwind card outage leaves shoppers stranded", "The bank says it is working on a fix."),
]
OUTAGE_FIXED = (
    "Card payments and the app are working again after this morning's outage. Sorry for the disruption."
)
LAWSUIT_NEWS = [
    (
        "Class action lawsuit filed against Northwind Bank over overdraft fees",
        "Lawyers say hundreds of thousands of customers were overcharged on overdraft fees since 2021.",
    ),
    (
        "Northwind Bank faces class action over hidden fees",
        "The claim alleges the bank broke consumer law with unfair overdraft charges.",
    ),
    (
        "Law firm seeks Northwind customers for overdraft fee lawsuit",
        "Customers charged overdraft fees may join the legal claim, the firm said.",
    ),
]
LAWSUIT_POSTS = [
    "{brand} overcharged me on overdraft fees for years. Joining the class action lawsuit",
    "So there's a class action against {brand} over the overdraft fees. About time, those fees are a scam",
    "Anyone joining the lawsuit against {brand}? They took £300 in fees from me last year",
    "The {brand} fee lawsuit is the best news this week. Unfair charges, pure and simple",
    "Lawyers say {brand} broke consumer law with its overdraft fees. I want my money back",
]
LAWSUIT_REDDIT = [
    (
        "Northwind overdraft fee class action - how to join?",
        "Saw the news about the lawsuit. Do I need statements?",
    ),
    (
        "Northwind fees lawsuit",
        "If you paid overdraft fees since 2021 you may be able to claim. Keep records.",
    ),
]
LAWSUIT_STATEMENT = (
    "We are aware of the legal claim about overdraft fees. We believe our fees are fair and clearly "
    "explained, and we will defend our position."
)

_SLOT_RE = re.compile(r"\{(\w+)\}")


def luhn_card(rng: random.Random, prefix: str = "4") -> str:
    """A 16-digit number with a valid Luhn check digit (so redaction recognisers treat it as a card)."""
    digits = [int(c) for c in prefix] + [rng.randrange(10) for _ in range(15 - len(prefix))]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    check = (10 - total % 10) % 10
    number = "".join(map(str, digits)) + str(check)
    return " ".join(number[i : i + 4] for i in range(0, 16, 4))


FIRST = [
    "Olivia",
    "James",
    "Priya",
    "Liam",
    "Sofia",
    "Noah",
    "Amara",
    "Ethan",
    "Chloe",
    "Mateo",
    "Hana",
    "Owen",
]
LAST = ["Bennett", "Okafor", "Shah", "Murphy", "Rossi", "Kowalski", "Nguyen", "Hughes", "Silva", "Evans"]


def fill(template: str, rng: random.Random) -> str:
    """Fill every {slot} of a template, then add a little human variation."""
    text = _fill_slots(template, rng)
    # Small human variation: sometimes lower-case start, sometimes an extra exclamation mark.
    roll = rng.random()
    if roll < 0.15 and text[:1].isupper() and not text.startswith(("Northwind", "NWBK")):
        text = text[0].lower() + text[1:]
    elif roll > 0.9 and not text.endswith((".", "?", "!")):
        text += "!"
    return text


def _fill_slots(template: str, rng: random.Random) -> str:
    """Fill every {slot} (recursively, since slot values may hold slots)."""

    def one(match: re.Match[str]) -> str:
        key = match.group(1)
        if key == "TICKER":
            return TICKER
        if key == "phone":
            return f"+44 7700 900{rng.randrange(100, 999)}"
        if key == "email":
            return (
                f"{rng.choice(FIRST).lower()}.{rng.choice(LAST).lower()}{rng.randrange(10, 99)}@example.com"
            )
        if key == "card":
            return luhn_card(rng)
        if key == "last4":
            return f"{rng.randrange(1000, 9999)}"
        if key == "ip":
            return f"203.0.113.{rng.randrange(2, 254)}"
        if key in ("count", "latency"):
            return str(rng.randrange(20, 900))
        if key == "user_id":
            return f"u{rng.randrange(100000, 999999)}"
        if key == "batch":
            return f"b{rng.randrange(1000, 9999)}"
        if key == "merchant":
            return rng.choice(["grocer-42", "rail-uk", "coffee-77", "bookshop-9"])
        return _fill_slots(rng.choice(SLOTS[key]), rng)

    return _SLOT_RE.sub(one, template)
