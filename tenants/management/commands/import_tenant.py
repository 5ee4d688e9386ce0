"""Move an organisation to another region's deployment, step 2 of 3: run on the target region's
deployment with the archive `export_tenant` wrote (see that command). Refuses an archive meant for
another region; verifies every table's row count against the archive's manifest and prints them."""

from __future__ import annotations

from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from tenants.moves import tenant_import


class Command(BaseCommand):
    help = "Create an organisation from an export_tenant archive meant for this deployment's region."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="the file export_tenant wrote")

    def handle(self, *args, **opts):
        try:
            result = tenant_import(archive=Path(opts["archive"]), say=self.stdout.write)
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages))
        org = result.organization
        for table, rows in sorted(result.tables.items()):
            self.stdout.write(f"  {table}: {rows} (as exported)")
        domains = ", ".join(org.domains.values_list("domain", flat=True))
        self.stdout.write(
            f"tenant {org.schema_name!r} imported into region {org.region!r}: "
            f"{sum(result.tables.values())} rows verified in {len(result.tables)} tables; "
            f"{result.reencrypted} encrypted values re-encrypted with this deployment's key; domains: {domains}. "
            "Point its hosts' DNS here, then run export_tenant --finish on the source deployment."
        )
