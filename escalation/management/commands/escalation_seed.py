"""Seed a tenant with a working escalation setup (idempotent): people, a team, a weekly on-call
rotation, security / comms / default policies, routing rules, SLAs and channel configs.

    manage.py escalation_seed --schema demo [--slack-base-url http://127.0.0.1:9000/api/]
        [--twilio-base-url http://127.0.0.1:9000] [--pagerduty-base-url ...] [--webhook-url ...]

Email always works (settings.EMAIL_HOST/EMAIL_PORT); the other channels are configured only when
their base URL is given (the demo points them at local servers speaking each wire format).
"""

from __future__ import annotations

from datetime import timedelta

from django.core.management.base import BaseCommand
from django_tenants.utils import schema_context

from escalation.models import (
    ChannelConfig,
    EscalationPolicy,
    EscalationStep,
    OnCallRotation,
    RotationMember,
    RoutingRule,
    SeveritySLA,
    Stakeholder,
    Team,
)
from tenants import clock

PEOPLE = [
    ("Sam Rivera", "Security on call", "sam", "+15550100001", "USAMRIVERA"),
    ("Priya Shah", "Security engineer", "priya", "+15550100002", "UPRIYASHAH"),
    ("Cleo Martin", "CISO", "cleo", "+15550100003", "UCLEOMARTIN"),
    ("Pat Okafor", "Head of Communications", "pat", "+15550100004", "UPATOKAFOR"),
    ("Lee Novak", "General Counsel", "lee", "+15550100005", "ULEENOVAK"),
]


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
        with schema_context(opts["schema"]):
            people = {}
            for name, role, key, phone, slack in PEOPLE:
                people[key], _ = Stakeholder.objects.update_or_create(
                    email=f"{key}@{opts['email_domain']}",
                    defaults={"name": name, "role": role, "phone": phone, "slack_user_id": slack},
                )
            team, _ = Team.objects.get_or_create(slug="security", defaults={"name": "Security"})
            team.members.set([people["sam"], people["priya"]])
            rotation, created = OnCallRotation.objects.get_or_create(
                name="Security weekly",
                defaults={"team": team, "handoff": "weekly", "starts_at": clock.now() - timedelta(days=1)},
            )
            if created:
                RotationMember.objects.create(rotation=rotation, stakeholder=people["sam"], position=0)
                RotationMember.objects.create(rotation=rotation, stakeholder=people["priya"], position=1)

            security = self._policy(
                "security",
                "Security incident",
                [
                    {"target": "on_call", "rotation": rotation},
                    {"target": "team", "team": team},
                    {"target": "stakeholders", "people": [people["cleo"]]},
                ],
                repeat=1,
            )
            comms = self._policy(
                "comms",
                "Reputation / PR",
                [
                    {"target": "stakeholders", "people": [people["pat"]]},
                    {"target": "stakeholders", "people": [people["pat"], people["cleo"]]},
                ],
            )
            legal = self._policy(
                "legal",
                "Legal exposure",
                [
                    {"target": "stakeholders", "people": [people["lee"]]},
                    {"target": "stakeholders", "people": [people["cleo"]]},
                ],
            )
            RoutingRule.objects.update_or_create(
                name="Security P0-P2",
                defaults={
                    "order": 10,
                    "severities": ["P0", "P1", "P2"],
                    "categories": ["security"],
                    "policy": security,
                },
            )
            RoutingRule.objects.update_or_create(
                name="Legal", defaults={"order": 20, "categories": ["legal"], "policy": legal}
            )
            RoutingRule.objects.update_or_create(
                name="Default: comms", defaults={"order": 1000, "is_default": True, "policy": comms}
            )
            for severity, minutes in (("P0", 5), ("P1", 5), ("P2", 30), ("P3", 240), ("P4", None)):
                SeveritySLA.objects.update_or_create(severity=severity, defaults={"ack_minutes": minutes})

            ChannelConfig.objects.get_or_create(kind="email", defaults={"config": {}})
            if opts["slack_base_url"]:
                self._channel(
                    "slack",
                    {"base_url": opts["slack_base_url"], "channel": "C0CRISIS"},
                    {"bot_token": "xoxb-demo", "signing_secret": "demo-signing-secret"},
                )
            if opts["twilio_base_url"]:
                self._channel(
                    "sms",
                    {"base_url": opts["twilio_base_url"], "from_number": "+15005550006"},
                    {"account_sid": "AC" + "0" * 32, "auth_token": "demo-auth-token"},
                )
            if opts["pagerduty_base_url"]:
                self._channel(
                    "pagerduty", {"base_url": opts["pagerduty_base_url"]}, {"routing_key": "demo" * 8}
                )
            if opts["webhook_url"]:
                self._channel("webhook", {"url": opts["webhook_url"]}, {"secret": "demo-webhook-secret"})
        self.stdout.write(self.style.SUCCESS(f"escalation configured for {opts['schema']}"))

    def _policy(self, slug, name, steps, repeat=0):
        policy, created = EscalationPolicy.objects.get_or_create(
            slug=slug, defaults={"name": name, "repeat_count": repeat}
        )
        if created:
            for order, spec in enumerate(steps):
                step = EscalationStep.objects.create(
                    policy=policy,
                    order=order,
                    target=spec["target"],
                    team=spec.get("team"),
                    rotation=spec.get("rotation"),
                )
                if spec.get("people"):
                    step.stakeholders.set(spec["people"])
        return policy

    def _channel(self, kind, config, credentials):
        ChannelConfig.objects.update_or_create(
            kind=kind, defaults={"config": config, "credentials": credentials, "enabled": True}
        )
