"""Two tenants and their personas, created once per test session in the test database."""

from __future__ import annotations

import time
from contextlib import contextmanager
from dataclasses import dataclass

import redis
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import OperationalError, connection
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


def create_test_tenants() -> dict[str, TenantFixture]:
    out = {}
    for key, (slug, host, people) in TENANTS.items():
        result = organization_provision(
            slug=slug, domain=host, name=slug.replace("_", " ").title(), region="eu"
        )
        with schema_context(slug):
            for email, role in people:
                user = get_user_model().objects.filter(email=email).first()
                if user is None:
                    user = get_user_model().objects.create_user(
                        username=email, email=email, password=PASSWORD
                    )
                user_set_role(user=user, role=role)
        out[key] = TenantFixture(org=result.organization, host=host)
    return out


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


DOMAIN_TABLE_PREFIXES = ("ingestion_", "classification_", "crisis_", "escalation_", "auditlog_")


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
