"""Configure a tenant as the demo company "Northwind Bank" (idempotent).

Watch terms, one Source per source kind pointing at the local world server (pollers) or taking
pushes with demo keys, stakeholders in tiers (security on-call, PR lead, legal counsel, CISO,
CEO), teams, an on-call rotation, escalation policies, routing rules, SLA per severity,
channel configs pointing at the local sinks, response playbooks for every category
(response.seeding) and one resolved security crisis of five weeks ago (demo.history). Running
it again updates the same rows (keyed by slug / name / kind) and creates nothing twice. The
escalation rows are declared here (`northwind_escalation`) and written by escalation's own
seeder (`escalation.seeding`).

Must run inside the tenant's schema (`seed_demo --schema demo` does that).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction

from crisis.models import DetectorConfig
from demo.api_common import CREDENTIALS, ES_INDEX
from demo.history import history_seed
from escalation.models import EscalationStep, PagingGuardrail
from escalation.seeding import (
    ChannelSpec,
    EscalationSetup,
    GuardrailSpec,
    PersonSpec,
    PolicySpec,
    RotationSpec,
    RuleSpec,
    SeedResult,
    StepSpec,
    TeamSpec,
    escalation_setup_apply,
)
from ingestion.models import Source, SourceKind, WatchTerm
from ingestion.services import api_key_hash
from response.seeding import playbooks_apply

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


Target = EscalationStep.Target
TZ = "Europe/London"

PEOPLE = (
    PersonSpec("oncall", "Sam Okafor", "Security on-call engineer", "sam.okafor@northwindbank.example", "+447700900101",
               "U0SECONCALL", ("slack", "sms", "email"), TZ, login=True),
    PersonSpec("oncall2", "Lena Kowalski", "Security engineer", "lena.kowalski@northwindbank.example", "+447700900102",
               "U0SECLENA", ("slack", "sms", "email"), TZ, login=True),
    PersonSpec("pr", "Priya Shah", "Head of Communications (PR lead)", "priya.shah@northwindbank.example",
               "+447700900103", "U0PRLEAD", ("email", "slack"), TZ, login=True),
    PersonSpec("legal", "Daniel Evans", "Legal counsel", "daniel.evans@northwindbank.example", "+447700900104",
               "U0LEGAL", ("teams", "email"), TZ, login=True),
    PersonSpec("ciso", "Tomas Reyes", "CISO", "tomas.reyes@northwindbank.example", "+447700900105",
               "U0CISO", ("email", "sms", "slack"), TZ, login=True),
    # The CEO is paged by SMS for P0/P1 only; anything lower reaches her by email (a guardrail
    # enforces it for every executive).
    PersonSpec("ceo", "Helena Marsh", "CEO", "helena.marsh@northwindbank.example", "+447700900106",
               "U0CEO", ("sms", "email"), TZ, login=True,
               severity_channels=(("P2", ("email",)), ("P3", ("email",)), ("P4", ("email",)))),
    PersonSpec("pd", "Security PagerDuty service", "PagerDuty service (Security)", preferences=("pagerduty",), timezone=TZ),
    PersonSpec("bridge", "Incident bridge", "Incident bridge webhook", preferences=("webhook",), timezone=TZ),
)  # fmt: skip


Kind = PagingGuardrail.Kind
GUARDRAILS = (
    GuardrailSpec("P4 by email only", Kind.ONLY_CHANNELS, ("P4",), ("email",), note="tiered alerting"),
    GuardrailSpec(
        "No SMS to executives below P1", Kind.FORBID_CHANNELS, ("P2", "P3", "P4"), ("sms",), team="executives"
    ),
    GuardrailSpec("No customer names in a message", Kind.NO_PERSONAL_DATA, note="customers' privacy"),
)


def northwind_escalation(*, sinks: str, smtp_host: str, smtp_port: int) -> EscalationSetup:
    """Who Northwind pages, in which order, and the demo sinks every channel points at."""
    return EscalationSetup(
        people=PEOPLE,
        teams=(
            TeamSpec("security", "Security", ("oncall", "oncall2", "ciso")),
            TeamSpec("communications", "Communications", ("pr",)),
            TeamSpec("legal", "Legal", ("legal",)),
            TeamSpec("executives", "Executives", ("ceo", "ciso")),
        ),
        # Sam is on call now; the weekly hand-off goes to Lena (the shift started a day ago).
        rotations=(RotationSpec("Security on-call", team="security", members=("oncall", "oncall2")),),
        policies=(
            PolicySpec(
                "security-incident",
                "Security incident",
                (
                    StepSpec(Target.ON_CALL, rotation="Security on-call"),
                    StepSpec(Target.STAKEHOLDERS, people=("ciso", "legal", "pd", "bridge")),
                    StepSpec(Target.STAKEHOLDERS, people=("ceo",)),
                ),
                "Security on-call first; no ACK within the SLA → CISO, legal counsel, PagerDuty and the bridge.",
            ),
            PolicySpec(
                "pr-reputation",
                "PR / reputation",
                (
                    StepSpec(Target.STAKEHOLDERS, people=("pr",)),
                    StepSpec(Target.STAKEHOLDERS, people=("legal", "ceo")),
                ),
                "PR lead first; then legal counsel and the CEO.",
            ),
            PolicySpec(
                "operational",
                "Operational",
                (
                    StepSpec(Target.ON_CALL, rotation="Security on-call"),
                    StepSpec(Target.STAKEHOLDERS, people=("ciso", "pd")),
                ),
                "Security on-call (who also runs production on-call); then the CISO.",
            ),
            PolicySpec(
                "default",
                "Default",
                (
                    StepSpec(Target.STAKEHOLDERS, people=("pr", "oncall")),
                    StepSpec(Target.STAKEHOLDERS, people=("ciso", "ceo")),
                ),
                "Anything else: PR lead and security on-call; then the CISO and the CEO.",
            ),
        ),
        rules=(
            RuleSpec(
                "P0–P1 security → security incident", "security-incident", 10, ("P0", "P1"), ("security",)
            ),
            RuleSpec("Legal exposure → PR / reputation", "pr-reputation", 20, ("P0", "P1", "P2"), ("legal",)),
            RuleSpec("Reputation → PR lead", "pr-reputation", 30, ("P0", "P1", "P2"), ("pr",)),
            RuleSpec("Operational → on-call", "operational", 40, ("P0", "P1", "P2"), ("operational",)),
            RuleSpec(
                "Security (lower severity) → security incident",
                "security-incident",
                50,
                ("P2",),
                ("security",),
            ),
            RuleSpec("Default", "default", 1000, is_default=True),
        ),
        slas=DEMO_SLA_MINUTES,
        guardrails=GUARDRAILS,
        channels=(
            ChannelSpec(
                "slack",
                {"base_url": f"{sinks}/slack/api/", "channel": "C0CRISISROOM"},
                {"bot_token": SLACK_BOT_TOKEN, "signing_secret": SLACK_SIGNING_SECRET},
            ),
            ChannelSpec("teams", {"webhook_url": f"{sinks}/teams/legal-crisis-room"}),
            ChannelSpec(
                "email",
                {
                    "host": smtp_host,
                    "port": smtp_port,
                    "from_email": "CrisisOps <alerts@northwindbank.example>",
                },
            ),
            ChannelSpec(
                "sms",
                {"base_url": sinks, "from_number": "+15005550006"},
                {"account_sid": TWILIO_ACCOUNT_SID, "auth_token": TWILIO_AUTH_TOKEN},
            ),
            ChannelSpec("pagerduty", {"base_url": sinks}, {"routing_key": PAGERDUTY_ROUTING_KEY}),
            ChannelSpec("webhook", {"url": f"{sinks}/hooks/incident-bridge"}, {"secret": WEBHOOK_SECRET}),
        ),
    )


@dataclass
class DemoSeedResult(SeedResult):
    email_routes: list[str] = field(default_factory=list)


def demo_seed(
    *,
    world_url: str = "http://127.0.0.1:8950",
    sinks_url: str = "http://127.0.0.1:8925",
    smtp_host: str = "127.0.0.1",
    smtp_port: int = 1025,
    schema: str = "demo",
    poll_seconds: int = 2,
) -> DemoSeedResult:
    """Create or update the demo configuration in the current tenant schema."""
    result = DemoSeedResult()
    with transaction.atomic():
        _seed_watch_terms(result)
        _seed_sources(result, world_url.rstrip("/"), poll_seconds)
        sinks = sinks_url.rstrip("/") + f"/t/{schema}"
        escalation_setup_apply(
            setup=northwind_escalation(sinks=sinks, smtp_host=smtp_host, smtp_port=smtp_port), result=result
        )
        _seed_detector(result)
        playbooks_apply(result=result)  # the starter playbooks fit Northwind's roles and rotation
        history_seed(result)
    result.email_routes = [p.email for p in PEOPLE if p.email]
    return result


def _seed_watch_terms(result: SeedResult) -> None:
    for slug, name, kind, aliases in WATCH_TERMS:
        result.upsert(
            "watch_terms", WatchTerm, {"slug": slug}, {"name": name, "kind": kind, "aliases": aliases}
        )


def _seed_sources(result: SeedResult, world: str, poll: int) -> None:
    creds = CREDENTIALS
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
                "index": ES_INDEX,
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
        result.upsert(
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
        result.upsert(
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


def _seed_detector(result: SeedResult) -> None:
    row = DetectorConfig.objects.order_by("pk").first()
    created = row is None
    row = row or DetectorConfig()
    for name, value in DEMO_DETECTOR.items():
        if hasattr(row, name):
            setattr(row, name, value)
    row.save()
    result.note("detector_config", created)
