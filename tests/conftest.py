"""Test harness: real PostgreSQL (pytest-django's test database, schema per tenant) and real Redis.

- `tenant_a` / `tenant_b`: two organisations with personas (see tests/support/tenancy.py),
  created once per session and committed.
- `db` (pytest-django) wraps a test in a transaction that is rolled back; use `in_tenant(...)`.
- `live_db`: committed data, for tests whose other side is a real process (Celery worker,
  Daphne, a websocket); domain tables of both tenants are truncated afterwards.
- `celery_worker` / `daphne_server`: real processes on the test database and test Redis db.
"""

from __future__ import annotations

import pytest
import redis
from django.conf import settings
from django.db import connection

from tests.support import processes
from tests.support.tenancy import TenantFixture, create_test_tenants, in_tenant, truncate_domain_tables


@pytest.fixture(scope="session")
def django_db_setup(django_test_environment, django_db_blocker):
    """The test database with both tenants' schemas migrated, created once per session.

    Replaces pytest-django's fixture, which only creates the database when some collected test
    uses `db`; live tests (committed data, other processes) do not, and must still get one.
    """
    from django.test.utils import setup_databases, teardown_databases

    with django_db_blocker.unblock():
        db_cfg = setup_databases(verbosity=0, interactive=False, aliases={"default"})
        tenants = create_test_tenants()
        connection.set_schema_to_public()
    redis.Redis.from_url(settings.REDIS_URL).flushdb()
    yield tenants
    with django_db_blocker.unblock():
        connection.set_schema_to_public()
        teardown_databases(db_cfg, verbosity=0)


@pytest.fixture(scope="session")
def test_tenants(django_db_setup) -> dict[str, TenantFixture]:
    return django_db_setup


@pytest.fixture
def tenant_a(test_tenants) -> TenantFixture:
    return test_tenants["tenant_a"]


@pytest.fixture
def tenant_b(test_tenants) -> TenantFixture:
    return test_tenants["tenant_b"]


@pytest.fixture
def in_a(db, tenant_a):
    """Run the test body inside tenant A's schema (rolled back afterwards)."""
    with in_tenant(tenant_a):
        yield tenant_a


@pytest.fixture
def live_db(django_db_setup, django_db_blocker, test_tenants):
    """Committed database access; domain tables of both tenants are emptied afterwards."""
    with django_db_blocker.unblock():
        connection.set_schema_to_public()
        yield
        connection.set_schema_to_public()
        # Tasks a test left queued must not run (slowly, against emptied tables) in the next test.
        purge_task_queues()
        truncate_domain_tables([t.schema for t in test_tenants.values()])


def purge_task_queues() -> None:
    from config.broker import purge_queues
    from config.celery import QUEUES
    from tenants import clock

    purge_queues(url=settings.CELERY_BROKER_URL, queues=QUEUES)  # RabbitMQ or Redis
    clock.reset()


@pytest.fixture
def celery_worker(django_db_setup):
    return processes.shared_worker.get()


@pytest.fixture(scope="session", autouse=True)
def _stop_shared_worker_at_the_end():
    yield
    processes.shared_worker.stop()


@pytest.fixture(scope="session")
def daphne_server(django_db_setup):
    proc, port = processes.start_daphne()
    proc.port = port
    yield proc
    proc.stop()


@pytest.fixture
def tenant_client(tenant_a):
    """A Django test client whose requests go to tenant A's host."""
    from django.test import Client

    def make(tenant: TenantFixture = tenant_a, email: str | None = None) -> Client:
        client = Client(HTTP_HOST=tenant.host)
        if email:
            with in_tenant(tenant):
                client.force_login(tenant.user(email))
        return client

    return make


@pytest.fixture(autouse=True)
def _redis_believed_up():
    """Each test starts believing Redis is up: a test that made Redis fail (a fault, a fake
    client) must not leave the process's breaker (tenants.redis.redis_away) open for the next."""
    from tenants.redis import redis_back

    redis_back()
    yield
