from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from tenants.models import Plan, Region
from tenants.services import organization_provision


class Command(BaseCommand):
    help = "Create an organisation: its PostgreSQL schema, its host and its first admin user (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("slug", help="schema name: lowercase letters, digits and '_'")
        parser.add_argument("--domain", required=True, help="host the organisation is served on")
        parser.add_argument("--name", help="display name (default: from the slug)")
        parser.add_argument("--region", default=Region.EU, choices=Region.values)
        parser.add_argument("--plan", default=Plan.STARTUP, choices=Plan.values)
        parser.add_argument("--llm-budget", help="daily LLM budget in USD")
        parser.add_argument("--admin-email", help="email of the first admin user")
        parser.add_argument("--admin-password", help="password (generated and printed if omitted)")

    def handle(self, *args, **opts):
        budget = None
        if opts["llm_budget"] is not None:
            try:
                budget = Decimal(opts["llm_budget"])
            except InvalidOperation:
                raise CommandError(f"--llm-budget must be a number, got {opts['llm_budget']!r}")
        try:
            result = organization_provision(
                slug=opts["slug"],
                domain=opts["domain"],
                name=opts["name"],
                region=opts["region"],
                plan=opts["plan"],
                llm_daily_budget_usd=budget,
                admin_email=opts["admin_email"],
                admin_password=opts["admin_password"],
            )
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages))
        org = result.organization
        verb = "created" if result.created else "already provisioned"
        self.stdout.write(
            f"tenant {org.schema_name!r} {verb}; domains: {', '.join(org.domains.values_list('domain', flat=True))}"
        )
        if result.admin_email:
            self.stdout.write(f"admin: {result.admin_email}")
            if result.admin_password:
                self.stdout.write(f"generated password: {result.admin_password}")
