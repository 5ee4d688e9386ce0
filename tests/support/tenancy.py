"""Two tenants and their personas, created once per test session in the test database.

The tenants' schemas are clones of one migrated template schema (django-tenants'
`TENANT_BASE_SCHEMA` + `clone_schema`): migrating every tenant app is the slow part of a
session's set-up, and this way it happens once instead of once per tenant. Only the test
harness clones; `organization_provision` in production (and in the tests that provision
their own tenants) still migrates each new schema, because a production template would have
to be migrated on every deploy or its clones would be faked onto a stale schema.
"""

from __future__ import annotations

import time
from contextlib import contextmanager
from dataclasses import dataclass

import redis
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import OperationalError, connection
from django.test.utils import override_settings
from django_tenants.utils import get_public_schema_name, schema_context

from tenants.models import Organization
from tenants.roles import ADMIN, CRISIS_MANAGER, VIEWER, user_set_role
from tenants.services import organization_provision

PASSWORD = "correct-horse-battery-staple"

# (tenant slug, host, [(email, role), ...]); manager/viewer of A and an outsider in B.
TENANTS = {
    "tenant_a": (
        "tenant_a",
        "a.localhost",
        [("admin@a.test", ADMIN), ("manager@a.test", CRISIS_MANAGER), ("viewer@a.test", VIEWER)],
    ),
    "tenant_b": ("tenant_b", "b.localhost", [("admin@b.test", ADMIN), ("outsider@b.test", CRISIS_MANAGER)]),
}


@dataclass
class TenantFixture:
    org: Organization
    host: str

    @property
    def schema(self) -> str:
        return self.org.schema_name

    def user(self, email: str):
        with schema_context(self.schema):
            return get_user_model().objects.get(email=email)


# Not a tenant row: no host routes to it and `migrate_schemas --tenant` leaves it alone.
TEMPLATE_SCHEMA = "tenant_template"


def migrate_template_schema() -> None:
    """Create and migrate the schema every test tenant is cloned from."""
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE SCHEMA "{TEMPLATE_SCHEMA}"')
    call_command("migrate_schemas", tenant=True, schema_name=TEMPLATE_SCHEMA, interactive=False, verbosity=0)
    connection.set_schema_to_public()


def create_test_tenants() -> dict[str, TenantFixture]:
    """Provision both tenants through the production service, their schemas cloned from the
    template (django-tenants copies it with its rows, then records the migrations as applied)."""
    migrate_template_schema()
    out = {}
    with override_settings(TENANT_BASE_SCHEMA=TEMPLATE_SCHEMA, TENANT_CREATION_FAKES_MIGRATIONS=True):
        for key, (slug, host, people) in TENANTS.items():
            out[key] = _provision(slug=slug, host=host, people=people)
    return out


def _provision(*, slug: str, host: str, people: list[tuple[str, str]]) -> TenantFixture:
    result = organization_provision(slug=slug, domain=host, name=slug.replace("_", " ").title(), region="eu")
    with schema_context(slug):
        for email, role in people:
            user = get_user_model().objects.filter(email=email).first()
            if user is None:
                user = get_user_model().objects.create_user(username=email, email=email, password=PASSWORD)
            user_set_role(user=user, role=role)
    return TenantFixture(org=result.organization, host=host)


@contextmanager
def in_tenant(tenant: TenantFixture):
    previous = connection.tenant if hasattr(connection, "tenant") else None
    connection.set_tenant(tenant.org)
    try:
        yield tenant
    finally:
        if previous is not None and previous.schema_name != get_public_schema_name():
            connection.set_tenant(previous)
        else:
            connection.set_schema_to_public()


DOMAIN_TABLE_PREFIXES = (
    "ingestion_",
    "classification_",
    "crisis_",
    "escalation_",
    "response_",
    "auditlog_",
)


def truncate_domain_tables(schemas: list[str]) -> None:
    """Empty every domain table of the given schemas (for tests that commit data), and the
    tenants' pipeline state in Redis with them.

    A worker may still be finishing a task of the test that just ended; its row locks can make
    TRUNCATE deadlock, so it is retried a few times. Ids restart at 1, so Redis state that names
    rows (the dedup index holds RawEvent ids, crisis features count event ids) must go too, or
    the next test's events are matched against the previous test's.
    """
    for attempt in range(5):
        try:
            _truncate(schemas)
            break
        except OperationalError:
            if attempt == 4:
                raise
            time.sleep(1 + attempt)
    _forget_redis_state(schemas)


def _forget_redis_state(schemas: list[str]) -> None:
    """Every Redis key of these tenants: `<app>:...:<schema>:...` (dedup, crisis features, LLM
    cache, breakers) and `<schema>:...` (Django's per-tenant cache: throttles, rate limits)."""
    client = redis.Redis.from_url(settings.REDIS_URL)
    for schema in schemas:
        for pattern in (f"*:{schema}:*", f"{schema}:*"):
            batch = []
            for key in client.scan_iter(match=pattern, count=1000):
                batch.append(key)
                if len(batch) >= 1000:
                    client.delete(*batch)
                    batch = []
            if batch:
                client.delete(*batch)


def _truncate(schemas: list[str]) -> None:
    with connection.cursor() as cursor:
        for schema in schemas:
            cursor.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = %s AND table_type = 'BASE TABLE'",
                [schema],
            )
            tables = [r[0] for r in cursor.fetchall() if r[0].startswith(DOMAIN_TABLE_PREFIXES)]
            if tables:
                names = ", ".join(f'"{schema}"."{t}"' for t in tables)
                cursor.execute(f"TRUNCATE {names} RESTART IDENTITY CASCADE")
