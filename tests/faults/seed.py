"""Seed tenant A of the fault suite's own database: `python -m tests.faults.seed <slack url> <smtp
port>` with the stack's DATABASE_URL; prints the push keys as JSON.

A watched brand, a generic source and an Alertmanager source with keys, Slack and email pointed
at the suite's sinks, two on-call people in two tiers for every P0/P1.
"""

from __future__ import annotations

import json
import sys
from datetime import time

import django

SOURCE_SECRET = "fault-source-secret-7c1e9a"


def seed(*, schema: str, slack_url: str, smtp_port: int) -> dict[str, str]:
    from django_tenants.utils import schema_context

    from escalation.models import (
        ChannelConfig,
        EscalationPolicy,
        EscalationStep,
        RoutingRule,
        SeveritySLA,
        Stakeholder,
    )
    from ingestion.models import Source, WatchTerm
    from ingestion.services import source_api_key_create

    with schema_context(schema):
        WatchTerm.objects.create(slug="acme-air", name="Acme Air", aliases=["AcmeAir", "@AcmeAir"])
        keys = {}
        for kind in ("generic", "alertmanager"):
            source = Source.objects.create(
                name=f"fault {kind}", slug=f"fault-{kind}", kind=kind, credentials={"token": SOURCE_SECRET}
            )
            keys[kind] = source_api_key_create(source=source)
        ChannelConfig.objects.create(
            kind="slack", config={"base_url": f"{slack_url}/api/"}, credentials={"bot_token": "xoxb-fault"}
        )
        ChannelConfig.objects.create(kind="email", config={"host": "127.0.0.1", "port": smtp_port})
        people = [
            Stakeholder.objects.create(
                name=name,
                email=f"{slack_id.lower()}@a.test",
                slack_user_id=slack_id,
                contact_preferences=["slack", "email"],
                working_hours_start=time(0, 0),
                working_hours_end=time(23, 59),
                working_days=[0, 1, 2, 3, 4, 5, 6],
            )
            for name, slack_id in (("Sam Oncall", "USAM"), ("Cleo Ciso", "UCLEO"))
        ]
        policy = EscalationPolicy.objects.create(name="On call", slug="oncall")
        for order, person in enumerate(people):
            step = EscalationStep.objects.create(policy=policy, order=order, target="stakeholders")
            step.stakeholders.set([person])
        RoutingRule.objects.create(name="urgent", order=1, severities=["P0", "P1"], policy=policy)
        RoutingRule.objects.create(name="rest", order=1000, is_default=True, policy=policy)
        for severity in ("P0", "P1"):
            SeveritySLA.objects.update_or_create(severity=severity, defaults={"ack_minutes": 5})
    return keys


if __name__ == "__main__":
    django.setup()
    print(json.dumps(seed(schema="tenant_a", slack_url=sys.argv[1], smtp_port=int(sys.argv[2]))))
