"""Seed a tenant with a working escalation setup (idempotent): people, a team, a weekly on-call
rotation, security / comms / legal policies, routing rules, SLAs and channel configs.

    manage.py escalation_seed --schema demo [--slack-base-url http://127.0.0.1:9000/api/]
        [--twilio-base-url http://127.0.0.1:9000] [--pagerduty-base-url ...] [--webhook-url ...]

Email always works (settings.EMAIL_HOST/EMAIL_PORT); the other channels are configured only when
their base URL is given (the demo points them at local servers speaking each wire format). The
rows are written by `escalation.seeding.escalation_setup_apply`, like the demo's seed.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand
from django_tenants.utils import schema_context

from escalation.models import EscalationStep
from escalation.seeding import (
    ChannelSpec,
    EscalationSetup,
    PersonSpec,
    PolicySpec,
    RotationSpec,
    RuleSpec,
    StepSpec,
    TeamSpec,
    escalation_setup_apply,
)

Target = EscalationStep.Target
PEOPLE = [
    ("Sam Rivera", "Security on call", "sam", "+15550100001", "USAMRIVERA"),
    ("Priya Shah", "Security engineer", "priya", "+15550100002", "UPRIYASHAH"),
    ("Cleo Martin", "CISO", "cleo", "+15550100003", "UCLEOMARTIN"),
    ("Pat Okafor", "Head of Communications", "pat", "+15550100004", "UPATOKAFOR"),
    ("Lee Novak", "General Counsel", "lee", "+15550100005", "ULEENOVAK"),
]


def starter_setup(
    *,
    email_domain: str,
    slack_base_url: str = "",
    twilio_base_url: str = "",
    pagerduty_base_url: str = "",
    webhook_url: str = "",
) -> EscalationSetup:
    """Security on call first (then the team, then the CISO), comms for reputation, counsel for legal."""
    channels = [ChannelSpec("email", {})]
    if slack_base_url:
        channels.append(
            ChannelSpec(
                "slack",
                {"base_url": slack_base_url, "channel": "C0CRISIS"},
                {"bot_token": "xoxb-demo", "signing_secret": "demo-signing-secret"},
            )
        )
    if twilio_base_url:
        channels.append(
            ChannelSpec(
                "sms",
                {"base_url": twilio_base_url, "from_number": "+15005550006"},
                {"account_sid": "AC" + "0" * 32, "auth_token": "demo-auth-token"},
            )
        )
    if pagerduty_base_url:
        channels.append(
            ChannelSpec("pagerduty", {"base_url": pagerduty_base_url}, {"routing_key": "demo" * 8})
        )
    if webhook_url:
        channels.append(ChannelSpec("webhook", {"url": webhook_url}, {"secret": "demo-webhook-secret"}))
    return EscalationSetup(
        people=tuple(
            PersonSpec(key=key, name=name, role=role, email=f"{key}@{email_domain}", phone=phone, slack=slack)
            for name, role, key, phone, slack in PEOPLE
        ),
        teams=(TeamSpec("security", "Security", ("sam", "priya")),),
        rotations=(RotationSpec("Security weekly", team="security", members=("sam", "priya")),),
        policies=(
            PolicySpec(
                "security",
                "Security incident",
                (
                    StepSpec(Target.ON_CALL, rotation="Security weekly"),
                    StepSpec(Target.TEAM, team="security"),
                    StepSpec(Target.STAKEHOLDERS, people=("cleo",)),
                ),
                repeat=1,
            ),
            PolicySpec(
                "comms",
                "Reputation / PR",
                (
                    StepSpec(Target.STAKEHOLDERS, people=("pat",)),
                    StepSpec(Target.STAKEHOLDERS, people=("pat", "cleo")),
                ),
            ),
            PolicySpec(
                "legal",
                "Legal exposure",
                (
                    StepSpec(Target.STAKEHOLDERS, people=("lee",)),
                    StepSpec(Target.STAKEHOLDERS, people=("cleo",)),
                ),
            ),
        ),
        rules=(
            RuleSpec(
                "Security P0-P2", "security", 10, severities=("P0", "P1", "P2"), categories=("security",)
            ),
            RuleSpec("Legal", "legal", 20, categories=("legal",)),
            RuleSpec("Default: comms", "comms", 1000, is_default=True),
        ),
        slas={"P0": 5, "P1": 5, "P2": 30, "P3": 240, "P4": None},
        channels=tuple(channels),
    )


class Command(BaseCommand):
    help = "Seed a tenant's escalation configuration (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--schema", required=True)
        parser.add_argument("--email-domain", default="example.com")
        parser.add_argument("--slack-base-url", default="")
        parser.add_argument("--twilio-base-url", default="")
        parser.add_argument("--pagerduty-base-url", default="")
        parser.add_argument("--webhook-url", default="")

    def handle(self, *args, **opts):
        setup = starter_setup(
            email_domain=opts["email_domain"],
            slack_base_url=opts["slack_base_url"],
            twilio_base_url=opts["twilio_base_url"],
            pagerduty_base_url=opts["pagerduty_base_url"],
            webhook_url=opts["webhook_url"],
        )
        with schema_context(opts["schema"]):
            escalation_setup_apply(setup=setup)
        self.stdout.write(self.style.SUCCESS(f"escalation configured for {opts['schema']}"))
