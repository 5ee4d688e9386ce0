"""`manage.py seed_demo --schema demo`: configure the demo company "Northwind Bank" (idempotent)."""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django_tenants.utils import schema_context

from demo.seed import demo_seed
from demo.sinks import OutboxRecorder
from tenants.models import Organization


class Command(BaseCommand):
    help = (
        "Configure a tenant as the demo company Northwind Bank: watch terms, sources pointing at the "
        "demo world server, stakeholders, teams, on-call, escalation policies, routing, SLAs and "
        "notification channels pointing at the demo sinks. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--schema", default="demo", help="the tenant's schema (default: demo)")
        parser.add_argument("--world-url", default="http://127.0.0.1:8950", help="the demo world server")
        parser.add_argument("--sinks-url", default="http://127.0.0.1:8925", help="the demo HTTP sink")
        parser.add_argument("--smtp-host", default="127.0.0.1")
        parser.add_argument("--smtp-port", type=int, default=1025)
        parser.add_argument("--poll-seconds", type=int, default=2, help="poll interval of the demo sources")

    def handle(self, *args, **opts):
        schema = opts["schema"]
        if not Organization.objects.filter(schema_name=schema).exists():
            raise CommandError(f"no tenant with schema {schema!r}: run provision_tenant first")
        with schema_context(schema):
            result = demo_seed(
                world_url=opts["world_url"],
                sinks_url=opts["sinks_url"],
                smtp_host=opts["smtp_host"],
                smtp_port=opts["smtp_port"],
                schema=schema,
                poll_seconds=opts["poll_seconds"],
            )
        # The SMTP sink files each message under the tenant its recipient belongs to.
        OutboxRecorder(settings.REDIS_URL).register_email_routes(schema, result.email_routes)
        created = ", ".join(f"{n} {k}" for k, n in sorted(result.created.items())) or "nothing new"
        updated = ", ".join(f"{n} {k}" for k, n in sorted(result.updated.items())) or "nothing"
        self.stdout.write(f"demo tenant {schema!r} seeded: created {created}; updated {updated}")
