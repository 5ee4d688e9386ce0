"""Configure a tenant as the demo company "Northwind Bank" (idempotent).

Watch terms, one Source per source kind pointing at the local world server (pollers) or taking
pushes with demo keys, stakeholders in tiers (security on-call, PR lead, legal counsel, CISO,
CEO), teams, an on-call rotation, escalation policies, routing rules, SLA per severity and
channel configs pointing at the local sinks. Running it again updates the same rows (keyed by
slug / name / kind) and creates nothing twice.

Must run inside the tenant's schema (`seed_demo --schema demo` does that).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction

from demo import world as world_mod
from ingestion.models import Source, SourceKind, WatchTerm
from tenants import clock
from tenants.roles import CRISIS_MANAGER, user_set_role

# Push keys the simulator uses (Source.api_key_hash stores their sha256).
PUSH_KEYS = {
    "generic": "demo-generic-intake-key",
    "splunk_hec": "5d0c1a9e-7b7e-4c1e-9a43-de0de0de0001",
    "alertmanager": "demo-alertmanager-key",
    "pagerduty": "demo0pagerduty0routing0key000001",
}
ZENDESK_SIGNING_SECRET = "demo-zendesk-webhook-signing-secret"
SLACK_SIGNING_SECRET = "demo-slack-signing-secret-0123456789"
SLACK_BOT_TOKEN = "xoxb-demo-0000000000-northwind"
TWILIO_ACCOUNT_SID = "ACdemo00000000000000000000000000"
TWILIO_AUTH_TOKEN = "demo-twilio-auth-token"
PAGERDUTY_ROUTING_KEY = "demo0pd0outbound0routing0key0001"
WEBHOOK_SECRET = "demo-incident-bridge-secret"

# A bank's security desk: P0/P1 must be acknowledged within 3 minutes (18 s of demo at 10x).
DEMO_SLA_MINUTES = {"P0": 2, "P1": 3, "P2": 15, "P3": 120, "P4": None}
# Detector settings for the demo company. Windows of 3 minutes (18 s of demo at 10x: long enough
# for a poll and the pipeline to land events inside the window being evaluated); one window above
# a threshold raises the level (a bank's security desk wants the page now, not after two
# windows); a prior matching Northwind's ordinary chatter (~10 mentions a minute) so the baseline
# and the viral ad stay below warning; auto-resolve after three calm windows.
DEMO_DETECTOR = {
    "window_seconds": 180,
    "min_mentions": 5,
    "raise_windows": 1,
    "resolve_windows": 3,
    "prior_hourly_mean": 600.0,
    "prior_hourly_std": 150.0,
}

# Scenario channel → demo Source slug.
SOURCE_SLUGS = {
    "x": "x-northwind",
    "reddit": "reddit-northwind",
    "newsapi": "newsapi-northwind",
    "rss": "rss-newsroom",
    "zendesk": "zendesk-support",
    "zendesk_webhook": "zendesk-support",
    "elasticsearch": "es-logs",
    "generic": "app-reviews",
    "splunk_hec": "splunk-hec",
    "alertmanager": "alertmanager",
    "pagerduty": "pagerduty-events",
}

WATCH_TERMS = [
    (
        "northwind-bank",
        "Northwind Bank",
        WatchTerm.Kind.BRAND,
        ["Northwind", "NorthwindBank", "@NorthwindBank"],
    ),
    (
        "northwind-card",
        "Northwind card",
        WatchTerm.Kind.PRODUCT,
        ["Northwind debit card", "Northwind Premier card", "Northwind credit card"],
    ),
    ("northwind-app", "Northwind app", WatchTerm.Kind.PRODUCT, ["Northwind mobile app"]),
    ("helena-marsh", "Helena Marsh", WatchTerm.Kind.EXECUTIVE, ["CEO Helena Marsh"]),
    ("nwbk", "NWBK", WatchTerm.Kind.TICKER, ["$NWBK"]),
]


@dataclass(frozen=True)
class Person:
    key: str
    name: str
    role: str
    email: str
    phone: str
    slack: str
    prefs: list[str] = field(default_factory=list)
    login: bool = True


PEOPLE = [
    Person(
        "oncall", "Sam Okafor", "Security on-call engineer", "sam.okafor@northwindbank.example", "+447700900101",
        "U0SECONCALL", ["slack", "sms", "email"],
    ),
    Person(
        "oncall2", "Lena Kowalski", "Security engineer", "lena.kowalski@northwindbank.example", "+447700900102",
        "U0SECLENA", ["slack", "sms", "email"],
    ),
    Person(
        "pr", "Priya Shah", "Head of Communications (PR lead)", "priya.shah@northwindbank.example", "+447700900103",
        "U0PRLEAD", ["email", "slack"],
    ),
    Person(
        "legal", "Daniel Evans", "Legal counsel", "daniel.evans@northwindbank.example", "+447700900104",
        "U0LEGAL", ["teams", "email"],
    ),
    Person(
        "ciso", "Tomas Reyes", "CISO", "tomas.reyes@northwindbank.example", "+447700900105",
        "U0CISO", ["email", "sms", "slack"],
    ),
    Person(
        "ceo", "Helena Marsh", "CEO", "helena.marsh@northwindbank.example", "+447700900106",
        "U0CEO", ["sms", "email"],
    ),
    Person(
        "pd", "Security PagerDuty service", "PagerDuty service (Security)", "", "", "", ["pagerduty"], login=False
    ),
    Person("bridge", "Incident bridge", "Incident bridge webhook", "", "", "", ["webhook"], login=False),
]  # fmt: skip


@dataclass
class SeedResult:
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    email_routes: list[str] = field(default_factory=list)

    def note(self, kind: str, created: bool) -> None:
        bucket = self.created if created else self.updated
        bucket[kind] = bucket.get(kind, 0) + 1


def api_key_hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def demo_seed(
    *,
    world_url: str = "http://127.0.0.1:8950",
    sinks_url: str = "http://127.0.0.1:8925",
    smtp_host: str = "127.0.0.1",
    smtp_port: int = 1025,
    schema: str = "demo",
    poll_seconds: int = 2,
) -> SeedResult:
    """Create or update the demo configuration in the current tenant schema."""
    result = SeedResult()
    with transaction.atomic():
        _seed_watch_terms(result)
        _seed_sources(result, world_url.rstrip("/"), poll_seconds)
        people = _seed_people(result)
        _seed_escalation(result, people, sinks_url.rstrip("/") + f"/t/{schema}", smtp_host, smtp_port)
        _seed_detector(result)
    result.email_routes = [p.email for p in PEOPLE if p.email]
    return result


def _upsert(result: SeedResult, kind: str, model: Any, lookup: dict[str, Any], values: dict[str, Any]) -> Any:
    obj, created = model.objects.update_or_create(**lookup, defaults=values)
    result.note(kind, created)
    return obj


def _seed_watch_terms(result: SeedResult) -> None:
    for slug, name, kind, aliases in WATCH_TERMS:
        _upsert(
            result, "watch_terms", WatchTerm, {"slug": slug}, {"name": name, "kind": kind, "aliases": aliases}
        )


def _seed_sources(result: SeedResult, world: str, poll: int) -> None:
    creds = world_mod.CREDENTIALS
    polled = [
        (
            "x-northwind",
            "X: Northwind mentions",
            SourceKind.TWITTER,
            {
                "base_url": world,
                "query": '(Northwind OR NorthwindBank OR "Northwind Bank" OR #NorthwindBreach OR $NWBK OR from:NorthwindBank) lang:en',
                "page_size": 100,
            },
            {"bearer_token": creds["x_bearer_token"]},
            0.6,
        ),
        (
            "reddit-northwind",
            "Reddit: banking subreddits",
            SourceKind.REDDIT,
            {
                "base_url": world,
                "auth_url": world,
                "subreddits": ["UKPersonalFinance", "NorthwindBank", "banking", "cybersecurity"],
                "query": "Northwind",
                "user_agent": "crisisops-demo/1.0 (by u/northwind_comms)",
            },
            {"client_id": creds["reddit_client_id"], "client_secret": creds["reddit_client_secret"]},
            0.4,
        ),
        (
            "newsapi-northwind",
            "NewsAPI: Northwind Bank",
            SourceKind.NEWSAPI,
            {
                "base_url": world,
                "query": '"Northwind Bank" OR NWBK',
                "initial_lookback_hours": 1,
                "language": "en",
            },
            {"api_key": creds["newsapi_key"]},
            0.8,
        ),
        (
            "rss-newsroom",
            "Northwind newsroom (RSS)",
            SourceKind.RSS,
            {"url": f"{world}/feeds/newsroom.xml"},
            None,
            0.9,
        ),
        (
            "rss-technews",
            "Ledger Tech News (Atom)",
            SourceKind.RSS,
            {"url": f"{world}/feeds/technews.atom"},
            None,
            0.7,
        ),
        (
            "zendesk-support",
            "Zendesk: customer support",
            SourceKind.ZENDESK,
            {"base_url": world, "initial_lookback_hours": 1, "page_size": 100},
            {
                "email": creds["zendesk_email"],
                "api_token": creds["zendesk_api_token"],
                "signing_secret": ZENDESK_SIGNING_SECRET,
                "webhook_secret": ZENDESK_SIGNING_SECRET,
            },
            0.7,
        ),
        (
            "es-logs",
            "Elasticsearch: production logs",
            SourceKind.ELASTICSEARCH,
            {
                "base_url": world,
                "index": world_mod.ES_INDEX,
                "query": {"bool": {"filter": [{"terms": {"log.level": ["warn", "error"]}}]}},
                "timestamp_field": "@timestamp",
                "initial_lookback_minutes": 60,
                "page_size": 500,
            },
            {
                "api_key": creds["elasticsearch_api_key"],
                "username": creds["elasticsearch_user"],
                "password": creds["elasticsearch_password"],
            },
            0.9,
        ),
    ]
    for slug, name, kind, config, credentials, credibility in polled:
        _upsert(
            result,
            "sources",
            Source,
            {"slug": slug},
            {
                "name": name,
                "kind": kind,
                "enabled": True,
                "config": config,
                "credentials": credentials,
                "poll_interval_seconds": poll,
                "credibility": credibility,
            },
        )
    pushed = [
        ("app-reviews", "App store reviews (generic API)", SourceKind.GENERIC, "generic", 0.5),
        ("splunk-hec", "Splunk HEC forwarder", SourceKind.SPLUNK_HEC, "splunk_hec", 0.9),
        ("alertmanager", "Prometheus Alertmanager", SourceKind.ALERTMANAGER, "alertmanager", 0.95),
        ("pagerduty-events", "PagerDuty events (monitoring)", SourceKind.PAGERDUTY, "pagerduty", 0.95),
    ]
    for slug, name, kind, key, credibility in pushed:
        _upsert(
            result,
            "sources",
            Source,
            {"slug": slug},
            {
                "name": name,
                "kind": kind,
                "enabled": True,
                "config": {},
                "api_key_hash": api_key_hash(PUSH_KEYS[key]),
                "poll_interval_seconds": poll,
                "credibility": credibility,
            },
        )


def _seed_people(result: SeedResult) -> dict[str, Any]:
    from escalation.models import Stakeholder

    users = get_user_model()
    out = {}
    for p in PEOPLE:
        user = None
        if p.login:
            user = users.objects.filter(email=p.email).first()
            if user is None:
                user = users.objects.create_user(username=p.email, email=p.email)
                user.set_unusable_password()
                user.first_name, _, user.last_name = p.name.partition(" ")
                user.save()
                user_set_role(user=user, role=CRISIS_MANAGER)
        out[p.key] = _upsert(
            result,
            "stakeholders",
            Stakeholder,
            {"name": p.name},
            {
                "role": p.role,
                "email": p.email,
                "phone": p.phone,
                "slack_user_id": p.slack,
                "teams_upn": p.email if "teams" in p.prefs else "",
                "timezone": "Europe/London",
                "contact_preferences": p.prefs,
                "disabled_channels": {},
                "is_active": True,
                "user": user,
            },
        )
    return out


def _seed_escalation(
    result: SeedResult, people: dict[str, Any], sinks: str, smtp_host: str, smtp_port: int
) -> None:
    from escalation.models import (
        ChannelConfig,
        EscalationPolicy,
        EscalationStep,
        OnCallRotation,
        RotationMember,
        RoutingRule,
        SeveritySLA,
        Team,
    )

    teams = {
        "security": ("Security", ["oncall", "oncall2", "ciso"]),
        "communications": ("Communications", ["pr"]),
        "legal": ("Legal", ["legal"]),
        "executives": ("Executives", ["ceo", "ciso"]),
    }
    team_rows = {}
    for slug, (name, members) in teams.items():
        team = _upsert(result, "teams", Team, {"slug": slug}, {"name": name})
        team.members.set([people[m] for m in members])
        team_rows[slug] = team

    # Sam is on call now; the weekly hand-off goes to Lena (the shift started a day ago).
    rotation = _upsert(
        result,
        "rotations",
        OnCallRotation,
        {"name": "Security on-call"},
        {
            "team": team_rows["security"],
            "handoff": OnCallRotation.Handoff.WEEKLY,
            "starts_at": clock.now() - timedelta(days=1),
        },
    )
    for position, key in enumerate(["oncall", "oncall2"]):
        RotationMember.objects.update_or_create(
            rotation=rotation, stakeholder=people[key], defaults={"position": position}
        )
    rotation.overrides.all().delete()

    policies = {
        "security-incident": (
            "Security incident",
            "Security on-call first; no ACK within the SLA → CISO, legal counsel, PagerDuty and the bridge.",
            [
                {"target": EscalationStep.Target.ON_CALL, "rotation": rotation},
                {"target": EscalationStep.Target.STAKEHOLDERS, "people": ["ciso", "legal", "pd", "bridge"]},
                {"target": EscalationStep.Target.STAKEHOLDERS, "people": ["ceo"]},
            ],
        ),
        "pr-reputation": (
            "PR / reputation",
            "PR lead first; then legal counsel and the CEO.",
            [
                {"target": EscalationStep.Target.STAKEHOLDERS, "people": ["pr"]},
                {"target": EscalationStep.Target.STAKEHOLDERS, "people": ["legal", "ceo"]},
            ],
        ),
        "operational": (
            "Operational",
            "Security on-call (who also runs production on-call); then the CISO.",
            [
                {"target": EscalationStep.Target.ON_CALL, "rotation": rotation},
                {"target": EscalationStep.Target.STAKEHOLDERS, "people": ["ciso", "pd"]},
            ],
        ),
        "default": (
            "Default",
            "Anything else: PR lead and security on-call; then the CISO and the CEO.",
            [
                {"target": EscalationStep.Target.STAKEHOLDERS, "people": ["pr", "oncall"]},
                {"target": EscalationStep.Target.STAKEHOLDERS, "people": ["ciso", "ceo"]},
            ],
        ),
    }
    policy_rows = {}
    for slug, (name, description, steps) in policies.items():
        policy = _upsert(
            result, "policies", EscalationPolicy, {"slug": slug}, {"name": name, "description": description}
        )
        policy.steps.all().delete()  # the steps are the demo's; rebuilt in order every run
        for order, spec in enumerate(steps):
            step = EscalationStep.objects.create(
                policy=policy, order=order, target=spec["target"], rotation=spec.get("rotation"), channels=[]
            )
            if spec.get("people"):
                step.stakeholders.set([people[k] for k in spec["people"]])
        policy_rows[slug] = policy

    rules = [
        ("P0–P1 security → security incident", 10, ["P0", "P1"], ["security"], "security-incident", False),
        ("Legal exposure → PR / reputation", 20, ["P0", "P1", "P2"], ["legal"], "pr-reputation", False),
        ("Reputation → PR lead", 30, ["P0", "P1", "P2"], ["pr"], "pr-reputation", False),
        ("Operational → on-call", 40, ["P0", "P1", "P2"], ["operational"], "operational", False),
        (
            "Security (lower severity) → security incident",
            50,
            ["P2"],
            ["security"],
            "security-incident",
            False,
        ),
        ("Default", 1000, [], [], "default", True),
    ]
    for name, order, severities, categories, policy, is_default in rules:
        _upsert(
            result,
            "routing_rules",
            RoutingRule,
            {"name": name},
            {
                "order": order,
                "enabled": True,
                "is_default": is_default,
                "severities": severities,
                "categories": categories,
                "policy": policy_rows[policy],
                "source": None,
                "subject_pattern": "",
            },
        )

    for severity, minutes in DEMO_SLA_MINUTES.items():
        _upsert(result, "slas", SeveritySLA, {"severity": severity}, {"ack_minutes": minutes})

    channels = {
        "slack": (
            {"base_url": f"{sinks}/slack/api/", "channel": "C0CRISISROOM"},
            {"bot_token": SLACK_BOT_TOKEN, "signing_secret": SLACK_SIGNING_SECRET},
        ),
        "teams": ({"webhook_url": f"{sinks}/teams/legal-crisis-room"}, None),
        "email": (
            {"host": smtp_host, "port": smtp_port, "from_email": "CrisisOps <alerts@northwindbank.example>"},
            None,
        ),
        "sms": (
            {"base_url": sinks, "from_number": "+15005550006"},
            {"account_sid": TWILIO_ACCOUNT_SID, "auth_token": TWILIO_AUTH_TOKEN},
        ),
        "pagerduty": ({"base_url": sinks}, {"routing_key": PAGERDUTY_ROUTING_KEY}),
        "webhook": ({"url": f"{sinks}/hooks/incident-bridge"}, {"secret": WEBHOOK_SECRET}),
    }
    for kind, (config, credentials) in channels.items():
        _upsert(
            result,
            "channels",
            ChannelConfig,
            {"kind": kind},
            {
                "enabled": True,
                "config": config,
                "credentials": credentials,
                "disabled_reason": "",
                "disabled_at": None,
            },
        )


def _seed_detector(result: SeedResult) -> None:
    from crisis.models import DetectorConfig

    row = DetectorConfig.objects.order_by("pk").first()
    created = row is None
    row = row or DetectorConfig()
    for name, value in DEMO_DETECTOR.items():
        if hasattr(row, name):
            setattr(row, name, value)
    row.save()
    result.note("detector_config", created)
