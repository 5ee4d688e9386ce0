"""Move an organisation to another region's deployment, step 1 (and 3) of 3.

    manage.py export_tenant acme --to-region us --out acme.tar   # here: freeze + archive
    manage.py import_tenant acme.tar                              # on the us deployment
    manage.py export_tenant --finish acme                         # here, once the import verified

The archive holds the organisation's row, its domains and `pg_dump --schema=acme` of its data
(tenants/moves.py says why pg_dump). Once exported, this deployment refuses the organisation's
requests (421 naming the new region) and tasks: nothing new is written here. `--finish` drops the
schema; it runs only when asked for, after the import on the other side printed matching counts.
"""

from __future__ import annotations

from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from tenants.models import Region
from tenants.moves import SETTLE_SECONDS, tenant_export, tenant_move_finish


class Command(BaseCommand):
    help = "Freeze an organisation and write its archive for another region's deployment (or --finish)."

    def add_arguments(self, parser):
        parser.add_argument("slug", help="the organisation's schema name")
        parser.add_argument("--to-region", choices=Region.values, help="the region it moves to")
        parser.add_argument("--out", help="archive file to write")
        parser.add_argument(
            "--settle-seconds",
            type=float,
            default=SETTLE_SECONDS,
            help="wait after the freeze, so every process stops writing first (default: %(default)s)",
        )
        parser.add_argument(
            "--finish",
            action="store_true",
            help="drop the schema of an organisation already exported (after its import was verified)",
        )

    def handle(self, *args, **opts):
        slug = opts["slug"]
        try:
            if opts["finish"]:
                tenant_move_finish(slug=slug)
                self.stdout.write(
                    f"tenant {slug!r}: schema dropped; its row stays, answering 421 for its hosts"
                )
                return
            if not opts["to_region"] or not opts["out"]:
                raise CommandError("--to-region and --out are required (or --finish)")
            result = tenant_export(
                slug=slug,
                to_region=opts["to_region"],
                out=Path(opts["out"]),
                settle_seconds=opts["settle_seconds"],
                say=self.stdout.write,
            )
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages))
        for table, rows in sorted(result.tables.items()):
            self.stdout.write(f"  {table}: {rows}")
        self.stdout.write(
            f"tenant {slug!r} exported to {result.path} ({sum(result.tables.values())} rows in "
            f"{len(result.tables)} tables); it is frozen here. Next: import_tenant {result.path.name} "
            f"on the {opts['to_region']!r} deployment, then export_tenant --finish {slug} here."
        )
