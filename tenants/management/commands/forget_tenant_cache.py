from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from tenants.models import Organization
from tenants.redis import tenant_keys_forget


class Command(BaseCommand):
    help = (
        "Forget what Redis holds for tenants (detector claims, dedup signatures, embeddings, cache). "
        "Run it after restoring a database from a backup: those keys are keyed by row ids, and ids "
        "after the restore point are handed out again. Provisioning a new tenant does it by itself."
    )

    def add_arguments(self, parser):
        parser.add_argument("slugs", nargs="*", help="tenant schema names")
        parser.add_argument("--all", action="store_true", help="every tenant of this deployment")

    def handle(self, *args, **opts):
        slugs = list(opts["slugs"])
        if opts["all"]:
            slugs = list(
                Organization.objects.exclude(schema_name="public").values_list("schema_name", flat=True)
            )
        if not slugs:
            raise CommandError("name the tenants to forget, or pass --all")
        known = set(Organization.objects.filter(schema_name__in=slugs).values_list("schema_name", flat=True))
        unknown = sorted(set(slugs) - known)
        if unknown:
            raise CommandError(f"no such tenant: {', '.join(unknown)}")
        for slug in slugs:
            self.stdout.write(f"{slug}: {tenant_keys_forget(schema=slug)} Redis keys forgotten")
