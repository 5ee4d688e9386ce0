"""Render scenario items in each source's real wire format (pure Python, no Django).

`at` is the absolute time an item happens (the platform clock at scenario start + the item's
story time). Ids are derived from the item's sequence number, so they grow with time like the
real services' ids do (tweet ids, Zendesk ticket ids, Reddit base-36 ids).
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any
from xml.sax.saxutils import escape

from demo.scenario import Author, ScenarioItem

TWEET_ID_BASE = 1_861_000_000_000_000_000
TICKET_ID_BASE = 48_000
REDDIT_ID_BASE = 1_400_000_000


# --- ids ---------------------------------------------------------------------------------------
TWITTER_EPOCH_MS = 1_288_834_974_657


def uid(item: ScenarioItem) -> str:
    """Unique per run and item (a replay of the same seed is new data, not a duplicate)."""
    return f"{item.run}-{item.seq}" if item.run else str(item.seq)


def tweet_id(item: ScenarioItem) -> str:
    if item.run:  # a snowflake of the run's start: ids keep growing from one run to the next
        return str(((item.run * 1000 - TWITTER_EPOCH_MS) << 22) + item.seq * 4096)
    return str(TWEET_ID_BASE + item.seq * 1_000_003)


def reddit_id(item: ScenarioItem) -> str:
    return _base36(REDDIT_ID_BASE + item.run * 1000 + item.seq)


def ticket_id(item: ScenarioItem) -> int:
    return TICKET_ID_BASE + (item.run % 10**7) * 1000 + item.seq


def doc_id(item: ScenarioItem) -> str:
    return hashlib.sha256(f"doc-{uid(item)}-{item.text}".encode()).hexdigest()[:20]


def uuid_like(seed: str) -> str:
    h = hashlib.sha256(seed.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-9{h[17:20]}-{h[20:32]}"


def _base36(n: int) -> str:
    chars = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while n:
        n, r = divmod(n, 36)
        out = chars[r] + out
    return out or "0"


def _slug(text: str) -> str:
    words = "".join(c.lower() if c.isalnum() else " " for c in text).split()
    return "_".join(words[:8])


def iso_ms(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{at.microsecond // 1000:03d}Z"


def iso_s(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# --- X API v2 ----------------------------------------------------------------------------------
def x_user(author: Author) -> dict[str, Any]:
    return {
        "id": author.id,
        "name": author.name,
        "username": author.handle,
        "verified": author.verified,
        "verified_type": "business"
        if author.handle == "NorthwindBank"
        else ("blue" if author.verified else "none"),
        "created_at": "2014-03-02T10:00:00.000Z",
        "public_metrics": {
            "followers_count": author.followers,
            "following_count": min(author.followers, 800),
            "tweet_count": 1200,
            "listed_count": author.followers // 500,
        },
    }


def x_tweet(item: ScenarioItem, at: datetime, *, retweets: int = 0, quotes: int = 0) -> dict[str, Any]:
    assert item.author is not None
    tid = tweet_id(item)
    tweet: dict[str, Any] = {
        "id": tid,
        "text": item.text,
        "author_id": item.author.id,
        "created_at": iso_ms(at),
        "lang": "en",
        "conversation_id": tid,
        "edit_history_tweet_ids": [tid],
        "possibly_sensitive": False,
        "public_metrics": {
            "retweet_count": retweets,
            "reply_count": quotes // 2,
            "like_count": retweets * 3,
            "quote_count": quotes,
            "bookmark_count": retweets // 4,
            "impression_count": item.author.followers // 3 + retweets * 250,
        },
    }
    if "retweet_of" in item.attrs:
        tweet["referenced_tweets"] = [{"type": "retweeted", "id": tweet_id(item.attrs["retweet_of"])}]
    elif "quote_of" in item.attrs:
        tweet["referenced_tweets"] = [{"type": "quoted", "id": tweet_id(item.attrs["quote_of"])}]
    return tweet


# --- Reddit ------------------------------------------------------------------------------------
def reddit_post(item: ScenarioItem, at: datetime) -> dict[str, Any]:
    assert item.author is not None
    rid = reddit_id(item)
    sub = item.attrs.get("subreddit", "NorthwindBank")
    permalink = f"/r/{sub}/comments/{rid}/{_slug(item.title)}/"
    score = int(item.attrs.get("score", 1 + item.seq % 37))
    created = at.timestamp()
    return {
        "kind": "t3",
        "data": {
            "id": rid,
            "name": f"t3_{rid}",
            "title": item.title,
            "selftext": item.text,
            "author": item.author.handle,
            "author_fullname": f"t2_{_base36(int(item.author.id))}",
            "subreddit": sub,
            "subreddit_name_prefixed": f"r/{sub}",
            "subreddit_id": "t5_" + hashlib.sha256(sub.encode()).hexdigest()[:6],
            "subreddit_subscribers": 2_400_000 if sub == "UKPersonalFinance" else 41_000,
            "created": created,
            "created_utc": created,
            "permalink": permalink,
            "url": f"https://www.reddit.com{permalink}",
            "domain": f"self.{sub}",
            "is_self": True,
            "over_18": False,
            "score": score,
            "ups": score,
            "upvote_ratio": 0.93,
            "num_comments": score // 6,
            "link_flair_text": None,
            "stickied": False,
        },
    }


# --- NewsAPI -----------------------------------------------------------------------------------
def news_article(item: ScenarioItem, at: datetime) -> dict[str, Any]:
    outlet = item.attrs.get("outlet", "City Ledger")
    host = "".join(c for c in outlet.lower() if c.isalnum()) + ".example"
    return {
        "source": {"id": None, "name": outlet},
        "author": f"{outlet} staff",
        "title": item.title,
        "description": item.text,
        "url": f"https://{host}/business/{_slug(item.title).replace('_', '-')}-{uid(item)}",
        "urlToImage": None,
        "publishedAt": iso_s(at),
        "content": f"{item.text} [+{800 + item.seq % 2000} chars]",
    }


# --- RSS 2.0 / Atom ----------------------------------------------------------------------------
FEEDS = {
    "newsroom": {
        "format": "rss",
        "title": "Northwind Bank Newsroom",
        "link": "https://newsroom.northwindbank.example/",
        "path": "/feeds/newsroom.xml",
    },
    "technews": {
        "format": "atom",
        "title": "Ledger Tech News",
        "link": "https://ledgertech.example/",
        "path": "/feeds/technews.atom",
    },
}


def rss_entry_link(item: ScenarioItem) -> str:
    feed = FEEDS[item.attrs.get("feed", "newsroom")]
    return f"{feed['link']}articles/{uid(item)}-{_slug(item.title).replace('_', '-')}"


def render_feed(name: str, entries: list[tuple[ScenarioItem, datetime]], *, updated: datetime) -> str:
    """The feed document with the newest entries first."""
    feed = FEEDS[name]
    entries = sorted(entries, key=lambda e: e[0].seq, reverse=True)
    if feed["format"] == "rss":
        items = "".join(
            "<item>"
            f"<title>{escape(i.title)}</title><link>{escape(rss_entry_link(i))}</link>"
            f'<guid isPermaLink="true">{escape(rss_entry_link(i))}</guid>'
            f"<pubDate>{format_datetime(at.astimezone(UTC), usegmt=True)}</pubDate>"
            f"<description>{escape(i.text)}</description></item>"
            for i, at in entries
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>{escape(feed['title'])}</title><link>{feed['link']}</link>"
            f"<description>{escape(feed['title'])}</description>"
            f"<lastBuildDate>{format_datetime(updated.astimezone(UTC), usegmt=True)}</lastBuildDate>"
            f"{items}</channel></rss>\n"
        )
    atom_entries = "".join(
        "<entry>"
        f'<title>{escape(i.title)}</title><link href="{escape(rss_entry_link(i))}"/>'
        f"<id>{escape(rss_entry_link(i))}</id><updated>{iso_s(at)}</updated><published>{iso_s(at)}</published>"
        f"<author><name>Ledger Tech desk</name></author><summary>{escape(i.text)}</summary></entry>"
        for i, at in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f'<title>{escape(feed["title"])}</title><link href="{feed["link"]}"/>'
        f"<id>{feed['link']}</id><updated>{iso_s(updated)}</updated>{atom_entries}</feed>\n"
    )


# --- Zendesk -----------------------------------------------------------------------------------
def zendesk_ticket(
    item: ScenarioItem, at: datetime, *, subdomain_url: str = "https://northwind.zendesk.com"
) -> dict:
    assert item.author is not None
    tid = ticket_id(item)
    stamp = iso_s(at)
    return {
        "url": f"{subdomain_url}/api/v2/tickets/{tid}.json",
        "id": tid,
        "external_id": None,
        "via": {"channel": "web", "source": {"from": {}, "to": {}, "rel": None}},
        "created_at": stamp,
        "updated_at": stamp,
        "generated_timestamp": int(at.timestamp()),
        "type": "incident" if item.attrs.get("priority") == "urgent" else "question",
        "subject": item.title,
        "raw_subject": item.title,
        "description": item.text,
        "priority": item.attrs.get("priority", "normal"),
        "status": "new",
        "recipient": "support@northwindbank.example",
        "requester_id": 9_000_000 + int(item.author.id) % 1_000_000,
        "submitter_id": 9_000_000 + int(item.author.id) % 1_000_000,
        "assignee_id": None,
        "organization_id": None,
        "group_id": 360_001,
        "collaborator_ids": [],
        "follower_ids": [],
        "email_cc_ids": [],
        "problem_id": None,
        "has_incidents": False,
        "is_public": True,
        "due_at": None,
        "tags": list(item.attrs.get("tags", [])),
        "custom_fields": [],
        "satisfaction_rating": None,
        "brand_id": 360_000_101,
        "allow_channelback": False,
        "allow_attachments": True,
        "from_messaging_channel": False,
    }


# --- Elasticsearch -----------------------------------------------------------------------------
def es_doc(item: ScenarioItem, at: datetime) -> dict[str, Any]:
    service = item.attrs.get("service", "app")
    return {
        "@timestamp": iso_ms(at),
        "message": item.text,
        "log": {"level": item.attrs.get("level", "INFO").lower(), "logger": f"{service}.main"},
        "service": {"name": service, "environment": "production"},
        "host": {"name": f"{service}-{item.seq % 7}"},
        "orchestrator": {"cluster": {"name": "northwind-prod"}},
        "event": {"dataset": f"{service}.log"},
    }
