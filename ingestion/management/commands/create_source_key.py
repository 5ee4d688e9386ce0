"""`manage.py create_source_key <source slug> --schema <tenant>`: a new push API key, printed once."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError
from django_tenants.utils import schema_context

from ingestion.models import Source
from ingestion.services import source_api_key_create


class Command(BaseCommand):
    help = (
        "Create (rotate) the push API key of a source; the key is printed once and only its hash is stored."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="source slug")
        parser.add_argument("--schema", required=True, help="tenant schema name")

    def handle(self, *args, source: str, schema: str, **options):
        with schema_context(schema):
            obj = Source.objects.filter(slug=source).first()
            if obj is None:
                raise CommandError(f"no source {source!r} in tenant {schema!r}")
            key = source_api_key_create(source=obj)
        self.stdout.write(key)
