"""Data residency: two region cells on the local PostgreSQL, each a deployment of its own.

`crisisops_residency_eu` and `crisisops_residency_us` stand in for the two regions' databases;
each cell is driven as production drives it, by `manage.py` processes with that region's
DEPLOYMENT_REGION, DATABASE_URL and FIELD_ENCRYPTION_KEY (the cells hold different keys). Both
databases are migrated once for the module (≈ 35 s) and dropped at its end; the tests that drive
the cells are `live`, the router, middleware, task and queue checks run in-process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import psycopg
import pytest
from django.db import connection
from django.test import RequestFactory, override_settings

from config import middleware
from config.celery import ResidentTenantTask, app
from config.pools import POOLS, worker_argv
from config.queues import queue
from tenants.models import Organization
from tenants.residency import ResidencyError, ResidencyRouter

ROOT = Path(__file__).resolve().parents[2]
ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
KEY_EU = "ZXUtY2VsbC1maWVsZC1rZXktMzItYnl0ZXMtbG9uZyE="  # base64 of 32 bytes, test only
KEY_US = "dXMtY2VsbC1maWVsZC1rZXktMzItYnl0ZXMtbG9uZyE="
PAYLOAD = {"text": "Jane Roe (+33 6 12 34 56 78) says the Lyon branch is closed", "id": "tw-1"}


class Cell:
    def __init__(self, region: str, key: str) -> None:
        self.region = region
        self.db = f"crisisops_residency_{region}"
        self.key = key

    def env(self, **extra: str) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            DEPLOYMENT_REGION=self.region,
            DATABASE_URL=f"postgres://postgres@127.0.0.1:5432/{self.db}",
            REDIS_URL="redis://127.0.0.1:6379/12",
            FIELD_ENCRYPTION_KEY=self.key,
            CRISIS_ENV="test",
            LOG_LEVEL="WARNING",
            PYTHONPATH=str(ROOT),
        )
        env.update(extra)
        return env

    def manage(
        self, *args: str, check: bool = True, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env(**(env or {})),
            capture_output=True,
            text=True,
            timeout=300,
        )
        if check and done.returncode != 0:
            raise AssertionError(
                f"{self.region}: manage.py {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
            )
        return done

    def shell(self, code: str, **env: str) -> str:
        return self.manage("shell", "--no-imports", "-c", code, env=env).stdout

    def sql(self, query: str, params: tuple = ()) -> list[tuple]:
        with psycopg.connect(f"postgresql://postgres@127.0.0.1:5432/{self.db}") as conn:
            return conn.execute(query, params).fetchall()


def _recreate(db: str) -> None:
    with psycopg.connect(ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{db}"')


def _drop(db: str) -> None:
    with psycopg.connect(ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


WRITE_ROWS = """
from django_tenants.utils import schema_context
from ingestion.models import RawEvent, Source
with schema_context({schema!r}):
    source = Source.objects.create(name="Push", slug="push", kind="generic")
    for i in range(3):
        RawEvent.objects.create(source=source, external_id=f"tw-{{i}}", payload={payload!r})
"""

READ_ROW = """
import json
from django_tenants.utils import schema_context
from ingestion.models import RawEvent
with schema_context({schema!r}):
    raw = RawEvent.objects.get(external_id="tw-1")
    print(json.dumps({{"id": raw.pk, "source": raw.source.slug, "payload": raw.payload}}))
"""


@pytest.fixture(scope="module")
def cells():
    """Two regions' databases, migrated once; one tenant provisioned in each cell."""
    eu, us = Cell("eu", KEY_EU), Cell("us", KEY_US)
    for cell in (eu, us):
        _recreate(cell.db)
    try:
        for cell in (eu, us):
            cell.manage("migrate_schemas", "--shared", "-v", "0")
        eu.manage("provision_tenant", "acme", "--domain", "acme-eu.localhost", "--region", "eu")
        us.manage("provision_tenant", "globex", "--domain", "globex-us.localhost", "--region", "us")
        eu.shell(WRITE_ROWS.format(schema="acme", payload=PAYLOAD))
        us.shell(WRITE_ROWS.format(schema="globex", payload={"text": "US only", "id": "x"}))
        yield eu, us
    finally:
        for cell in (eu, us):
            _drop(cell.db)


def _schemas(cell: Cell) -> set[str]:
    return {
        name for (name,) in cell.sql("SELECT nspname FROM pg_namespace WHERE nspname IN ('acme', 'globex')")
    }


@pytest.mark.live  # two cells' manage.py processes
def test_each_region_database_holds_only_its_own_tenants_schema_and_rows(cells):
    eu, us = cells
    assert _schemas(eu) == {"acme"} and _schemas(us) == {"globex"}
    assert eu.sql("SELECT schema_name, region FROM tenants_organization WHERE schema_name <> 'public'") == [
        ("acme", "eu")
    ]
    assert us.sql("SELECT schema_name, region FROM tenants_organization WHERE schema_name <> 'public'") == [
        ("globex", "us")
    ]
    assert eu.sql("SELECT count(*) FROM acme.ingestion_rawevent") == [(3,)]
    assert us.sql("SELECT count(*) FROM globex.ingestion_rawevent") == [(3,)]
    # At rest the payload is ciphertext, never the text.
    [(stored,)] = eu.sql("SELECT payload FROM acme.ingestion_rawevent WHERE external_id = 'tw-1'")
    assert "Jane Roe" not in stored


@pytest.mark.live  # two cells' manage.py processes
def test_provisioning_a_us_tenant_on_the_eu_cell_fails(cells):
    eu, _ = cells
    done = eu.manage(
        "provision_tenant", "yankee", "--domain", "yankee.localhost", "--region", "us", check=False
    )
    assert done.returncode != 0
    assert "data-residency region 'eu'" in done.stderr
    assert eu.sql("SELECT count(*) FROM tenants_organization WHERE schema_name = 'yankee'") == [(0,)]
    assert "yankee" not in {n for (n,) in eu.sql("SELECT nspname FROM pg_namespace")}


def test_the_router_refuses_any_query_while_a_foreign_tenant_is_bound():
    foreign = Organization(schema_name="globex", slug="globex", region="us")
    router = ResidencyRouter()
    connection.set_tenant(foreign)
    try:
        with pytest.raises(
            ResidencyError, match="tenant 'globex' belongs to region 'us'; this deployment serves region 'eu'"
        ):
            Organization.objects.filter(slug="x").exists()  # routed before any connection is made
        with pytest.raises(ResidencyError):
            router.db_for_write(Organization)
    finally:
        connection.set_schema_to_public()
    # Its own region's tenant, and one moving *here*, go to the default database.
    connection.set_tenant(Organization(schema_name="acme", slug="acme", region="eu"))
    try:
        assert router.db_for_read(Organization) is None
    finally:
        connection.set_schema_to_public()
    # A tenant of this region that moved away is foreign from then on.
    connection.set_tenant(Organization(schema_name="acme", slug="acme", region="eu", moved_to_region="us"))
    try:
        with pytest.raises(ResidencyError, match="moved away"):
            router.db_for_read(Organization)
    finally:
        connection.set_schema_to_public()


def test_a_foreign_tenants_host_gets_421_with_its_regions_url():
    host = "globex-us.localhost"
    middleware._tenants[host] = (
        time.monotonic(),
        Organization(schema_name="globex", slug="globex", region="us"),
    )
    try:
        request = RequestFactory().get("/", HTTP_HOST=host)
        with override_settings(REGION_BASE_URLS={"us": "https://us.crisisops.example"}):
            response = middleware.TenantMiddleware(lambda r: None).process_request(request)
    finally:
        middleware._tenants.pop(host, None)
        connection.set_schema_to_public()
    assert response is not None and response.status_code == 421
    body = json.loads(response.content)
    assert body["region"] == "us" and body["region_url"] == "https://us.crisisops.example"
    assert response["Link"] == '<https://us.crisisops.example>; rel="alternate"'


def test_a_task_of_a_foreign_tenant_is_rejected_before_it_runs():
    ran = []

    @app.task(name="tests.residency_probe", bind=True)
    def probe(self):
        ran.append(1)

    assert isinstance(probe, ResidentTenantTask)
    connection.set_tenant(Organization(schema_name="globex", slug="globex", region="us"))
    try:
        with pytest.raises(ResidencyError):
            probe()
    finally:
        connection.set_schema_to_public()
    assert ran == []
    probe()  # in the public schema (or a tenant of this region) it runs
    assert ran == [1]


def test_queue_names_carry_the_region():
    assert queue("classify") == "eu.classify"
    assert worker_argv(POOLS["classify"])[worker_argv(POOLS["classify"]).index("-Q") + 1] == "eu.classify"
    assert app.conf.task_routes["classification.*"] == {"queue": "eu.classify"}
    assert app.conf.task_default_queue == "eu.beat"
    us = subprocess.run(
        [sys.executable, "-m", "config.pools", "notify", "--print"],
        cwd=ROOT,
        env=dict(os.environ, DEPLOYMENT_REGION="us"),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert us[us.index("-Q") + 1] == "us.notify"


@pytest.mark.live  # two cells' manage.py processes
def test_a_tenant_moves_from_eu_to_us_with_every_row_and_its_encrypted_payload(cells, tmp_path):
    eu, us = cells
    archive = tmp_path / "acme.tar"
    before = json.loads(eu.shell(READ_ROW.format(schema="acme")))
    assert before["payload"] == PAYLOAD

    # Export refuses a move to the region it is in.
    same = eu.manage("export_tenant", "acme", "--to-region", "eu", "--out", str(archive), check=False)
    assert same.returncode != 0 and "must differ" in same.stderr

    out = eu.manage(
        "export_tenant", "acme", "--to-region", "us", "--out", str(archive), "--settle-seconds", "0"
    ).stdout
    assert "ingestion_rawevent: 3" in out
    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))  # type: ignore[arg-type]
    assert manifest["source_region"] == "eu" and manifest["target_region"] == "us"
    assert manifest["domains"] == [{"domain": "acme-eu.localhost", "is_primary": True}]

    # Frozen in the EU: its host answers 421 naming the US, and a write is refused.
    frozen = eu.shell(
        "from django.test import Client\n"
        "r = Client(HTTP_HOST='acme-eu.localhost').get('/')\n"
        "print(r.status_code, r.json()['region'], r.json().get('region_url'))\n",
        REGION_BASE_URLS="us=https://us.crisisops.example",
    )
    assert frozen.split() == ["421", "us", "https://us.crisisops.example"]
    refused = eu.manage(
        "shell",
        "-c",
        "from django.db import connection\n"
        "from tenants.models import Organization\n"
        "from ingestion.models import RawEvent, Source\n"
        "connection.set_tenant(Organization.objects.get(schema_name='acme'))\n"
        "RawEvent.objects.create(source_id=1, external_id='late', payload={})\n",
        check=False,
    )
    assert refused.returncode != 0 and "ResidencyError" in refused.stderr
    assert eu.sql("SELECT count(*) FROM acme.ingestion_rawevent") == [(3,)]

    # The archive is meant for the US: the EU cell refuses to import it.
    wrong = eu.manage("import_tenant", str(archive), check=False)
    assert wrong.returncode != 0 and "serves region 'eu'" in wrong.stderr

    # The US cell cannot read the EU key's ciphertext until it holds that key too.
    keyless = us.manage("import_tenant", str(archive), check=False)
    assert keyless.returncode != 0 and "FIELD_ENCRYPTION_KEY" in keyless.stderr
    assert "acme" not in _schemas(us)

    done = us.manage("import_tenant", str(archive), env={"FIELD_ENCRYPTION_KEY": f"{KEY_US},{KEY_EU}"})
    assert "ingestion_rawevent: 3 (as exported)" in done.stdout
    assert "3 encrypted values re-encrypted" in done.stdout  # the three payloads
    tables = {t: n for t, n in manifest["tables"].items()}
    for table, rows in tables.items():
        assert us.sql(f'SELECT count(*) FROM acme."{table}"') == [(rows,)], table
    assert us.sql(
        "SELECT schema_name, region, moved_to_region FROM tenants_organization WHERE slug = 'acme'"
    ) == [("acme", "us", "")]
    assert us.sql("SELECT domain FROM tenants_domain WHERE domain = 'acme-eu.localhost'") == [
        ("acme-eu.localhost",)
    ]
    # Re-encrypted with the US key: readable there with the US key alone, equal to what the EU had.
    after = json.loads(us.shell(READ_ROW.format(schema="acme")))
    assert after == before
    # Sequences came along: the next row gets the next id, no collision.
    us.shell(
        "from django_tenants.utils import schema_context\n"
        "from ingestion.models import RawEvent, Source\n"
        "with schema_context('acme'):\n"
        "    RawEvent.objects.create(source=Source.objects.get(), external_id='us-1', payload={'x': 1})\n"
    )
    assert us.sql("SELECT count(*) FROM acme.ingestion_rawevent") == [(4,)]

    # Finishing on the EU side drops its schema; the row stays and keeps answering 421.
    eu.manage("export_tenant", "acme", "--finish")
    assert "acme" not in _schemas(eu)
    assert eu.sql("SELECT moved_to_region FROM tenants_organization WHERE slug = 'acme'") == [("us",)]
