"""Moving an organisation to another region's deployment: export here, import there, finish here.

An archive is one tar file: `manifest.json` (the organisation's row, its domains, the row count of
every table of its schema, the schema's applied migrations, fingerprints of the field-encryption
keys) and `schema.dump`, `pg_dump --format=custom --schema=<slug>` of the organisation's schema.

Why pg_dump and not Django's serializer over every tenant-app model: pg_dump copies the schema as
PostgreSQL holds it — every table (third-party apps' and the m2m tables included), the sequences'
current values (so ids go on from where they were and never collide with restored rows), the
migration history in the schema's own `django_migrations`, and encrypted columns byte for byte
(the serializer would decrypt them into the archive). Row counts are taken in the very snapshot
pg_dump dumps (`pg_export_snapshot` / `pg_dump --snapshot`), so the import can verify them exactly.

Encrypted fields stay encrypted with the source deployment's key, so the target deployment must
hold it too: add it as an extra key (`FIELD_ENCRYPTION_KEY="<target key>,<source key>"`, tenants/
fields.py) before the import; the import re-encrypts every encrypted value with the target's own
key, after which the source key can be removed again.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import shutil
import subprocess
import tarfile
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.migrations.loader import MigrationLoader
from django.utils.dateparse import parse_datetime
from django_tenants.utils import schema_context, schema_exists
from psycopg import sql

from tenants.fields import EncryptedJSONField, EncryptedTextField, _fernet
from tenants.models import Domain, Organization, Region
from tenants.residency import home_region

ARCHIVE_FORMAT = 1
# A process remembers a host's tenant for up to config.middleware.TENANT_REMEMBER_SECONDS (and a
# worker its tenant for as long): after the freeze, wait that long before the snapshot, so no
# write that started before the freeze is missed by the dump.
SETTLE_SECONDS = 65.0


@dataclass(frozen=True)
class ExportResult:
    path: Path
    tables: dict[str, int]


@dataclass(frozen=True)
class ImportResult:
    organization: Organization
    tables: dict[str, int]
    reencrypted: int


# --- export ----------------------------------------------------------------------------------------


def tenant_export(
    *,
    slug: str,
    to_region: str,
    out: Path,
    settle_seconds: float = SETTLE_SECONDS,
    say: Callable[[str], None] = lambda _: None,
) -> ExportResult:
    """Freeze the organisation (`moved_to_region`), then write its archive to `out`.

    1. Refuse a region that is not another one, a tenant this deployment does not hold, or one
       already moving elsewhere (exporting again to the same region is allowed: a retry).
    2. Mark it moved: from now on this deployment refuses its requests (421) and tasks, and the
       residency router any query of its schema.
    3. Wait `settle_seconds` for every process to see the mark, then dump the schema and count its
       rows in one snapshot. If the dump fails, the mark is taken back.
    """
    with schema_context("public"):
        org = Organization.objects.filter(schema_name=slug).exclude(schema_name="public").first()
        if org is None:
            raise ValidationError(f"no tenant {slug!r} on this deployment")
        if to_region not in Region.values:
            raise ValidationError(f"unknown region {to_region!r}; expected one of {', '.join(Region.values)}")
        if to_region == org.region:
            raise ValidationError(
                f"tenant {slug!r} is already in region {to_region!r}; --to-region must differ"
            )
        if org.region != home_region():
            raise ValidationError(f"tenant {slug!r} belongs to region {org.region!r}, not this deployment's")
        if org.moved_to_region and org.moved_to_region != to_region:
            raise ValidationError(f"tenant {slug!r} is already moving to region {org.moved_to_region!r}")
        if not schema_exists(org.schema_name):
            raise ValidationError(f"tenant {slug!r} has no schema here (finished moving already?)")
        froze = not org.moved_to_region
        Organization.objects.filter(pk=org.pk).update(moved_to_region=to_region)
        org.moved_to_region = to_region
        domains = list(org.domains.order_by("id").values("domain", "is_primary"))
    try:
        if settle_seconds > 0:
            say(f"tenant {slug!r} frozen; waiting {settle_seconds:.0f} s for every process to see it")
            time.sleep(settle_seconds)
        with tempfile.TemporaryDirectory(prefix="crisisops-export-") as tmp:
            dump = Path(tmp) / "schema.dump"
            tables, migrations = _dump_schema(org.schema_name, dump)
            manifest = {
                "format": ARCHIVE_FORMAT,
                "exported_at": datetime.now(UTC).isoformat(),
                "source_region": org.region,
                "target_region": to_region,
                "organization": {
                    "name": org.name,
                    "slug": org.slug,
                    "schema_name": org.schema_name,
                    "plan": org.plan,
                    "llm_daily_budget_usd": str(org.llm_daily_budget_usd),
                    "created_at": org.created_at.isoformat(),
                },
                "domains": domains,
                "tables": tables,
                "migrations": migrations,
                "field_keys": key_fingerprints(settings.FIELD_ENCRYPTION_KEY),
                "dump_sha256": _sha256(dump),
            }
            _write_archive(out, manifest, dump)
    except BaseException:
        if froze:
            with schema_context("public"):
                Organization.objects.filter(pk=org.pk).update(moved_to_region="")
        raise
    return ExportResult(path=out, tables=tables)


def _dump_schema(schema: str, dump: Path) -> tuple[dict[str, int], list[list[str]]]:
    """pg_dump of `schema`, with the row count of each table and the applied migrations read in
    the same snapshot."""
    with psycopg.connect(**_conninfo()) as conn:
        conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        with conn.transaction(), conn.cursor() as cur:
            cur.execute("SELECT pg_export_snapshot()")
            row = cur.fetchone()
            assert row is not None
            snapshot = row[0]
            tables = _count_rows(cur, schema)
            cur.execute(
                sql.SQL("SELECT app, name FROM {}.django_migrations ORDER BY id").format(
                    sql.Identifier(schema)
                )
            )
            migrations = [[app, name] for app, name in cur.fetchall()]
            _run(
                [
                    _binary("pg_dump"),
                    *_pg_args(),
                    "--format=custom",
                    f"--schema={schema}",
                    f"--snapshot={snapshot}",
                    "--no-owner",
                    "--no-privileges",
                    f"--file={dump}",
                ]
            )
    return tables, migrations


def _write_archive(out: Path, manifest: dict[str, Any], dump: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    with tarfile.open(partial, "w") as tar:
        data = json.dumps(manifest, indent=2, sort_keys=True).encode()
        info = tarfile.TarInfo("manifest.json")
        info.size = len(data)
        info.mtime = int(time.time())
        tar.addfile(info, io.BytesIO(data))
        tar.add(dump, arcname="schema.dump")
    os.replace(partial, out)  # a half-written archive never carries the final name


def tenant_move_finish(*, slug: str) -> None:
    """Drop the schema of an organisation that moved away (after its import was verified there).

    The organisation row and its domains stay as a tombstone: a request that still reaches this
    deployment for its host gets 421 with the new region (and the access log keeps its rows).
    """
    with schema_context("public"):
        org = Organization.objects.filter(schema_name=slug).exclude(schema_name="public").first()
        if org is None:
            raise ValidationError(f"no tenant {slug!r} on this deployment")
        if not org.moved_to_region:
            raise ValidationError(f"tenant {slug!r} is not moving: run export_tenant first")
        if schema_exists(org.schema_name):
            with connection.cursor() as cur:
                cur.execute(
                    sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(org.schema_name)).as_string()
                )


# --- import ----------------------------------------------------------------------------------------


def tenant_import(*, archive: Path, say: Callable[[str], None] = lambda _: None) -> ImportResult:
    """Create the organisation of `archive` on this deployment and restore its schema.

    1. Refuse an archive meant for another region, one whose dump does not match its checksum,
       one from newer code (migrations this deployment does not know), one whose encrypted values
       this deployment's keys cannot read, and a slug, schema or domain that exists here.
    2. pg_restore the schema (one transaction); the organisation row is created without the
       schema creation and migration django-tenants would run, since the schema arrives whole.
    3. Verify the row count of every table against the manifest; on a mismatch undo everything.
    4. Apply only the migrations this deployment has and the archive had not, and re-encrypt the
       encrypted values with this deployment's own key.
    """
    with tempfile.TemporaryDirectory(prefix="crisisops-import-") as tmp:
        manifest, dump = _read_archive(archive, Path(tmp))
        _check_importable(manifest)
        info = manifest["organization"]
        schema = info["schema_name"]
        _run([_binary("pg_restore"), *_pg_args(), "--no-owner", "--no-privileges", "--exit-on-error",
              "--single-transaction", str(dump)])  # fmt: skip
    try:
        with schema_context("public"), transaction.atomic():
            tables = _count_tables(schema)
            if tables != manifest["tables"]:
                raise ValidationError(
                    f"row counts differ from the archive's: {_diff(manifest['tables'], tables)}"
                )
            org = Organization(
                schema_name=schema,
                slug=info["slug"],
                name=info["name"],
                region=home_region(),
                plan=info["plan"],
                llm_daily_budget_usd=info["llm_daily_budget_usd"],
            )
            org.auto_create_schema = False  # the schema is restored, migrations and all
            org.save()
            created_at = parse_datetime(info["created_at"])
            Organization.objects.filter(pk=org.pk).update(created_at=created_at)
            for domain in manifest["domains"]:
                Domain.objects.create(tenant=org, domain=domain["domain"], is_primary=domain["is_primary"])
    except BaseException:
        with schema_context("public"), connection.cursor() as cur:
            cur.execute(
                sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema)).as_string()
            )
        raise
    say(
        f"restored schema {schema!r}: {sum(tables.values())} rows in {len(tables)} tables, as the archive says"
    )
    from django.core.management import call_command

    call_command("migrate_schemas", schema_name=schema, interactive=False, verbosity=0)
    reencrypted = _reencrypt(schema, manifest["field_keys"], tables=set(tables))
    org.refresh_from_db()
    return ImportResult(organization=org, tables=tables, reencrypted=reencrypted)


def read_manifest(archive: Path) -> dict[str, Any]:
    with tarfile.open(archive) as tar:
        member = tar.extractfile("manifest.json")
        if member is None:
            raise ValidationError(f"{archive} has no manifest.json")
        return json.load(member)


def _read_archive(archive: Path, into: Path) -> tuple[dict[str, Any], Path]:
    try:
        manifest = read_manifest(archive)
        with tarfile.open(archive) as tar:
            tar.extract("schema.dump", into, filter="data")
    except (OSError, KeyError, tarfile.TarError, ValueError) as exc:
        raise ValidationError(f"{archive} is not a tenant archive: {exc}") from exc
    dump = into / "schema.dump"
    if manifest.get("format") != ARCHIVE_FORMAT:
        raise ValidationError(
            f"archive format {manifest.get('format')!r}; this deployment reads {ARCHIVE_FORMAT}"
        )
    if _sha256(dump) != manifest["dump_sha256"]:
        raise ValidationError("the archive's schema dump does not match its checksum (damaged in transit?)")
    return manifest, dump


def _check_importable(manifest: dict[str, Any]) -> None:
    target, here = manifest["target_region"], home_region()
    if target != here:
        raise ValidationError(
            f"this archive moves a tenant to region {target!r}; this deployment serves region {here!r}: "
            f"import it on the {target!r} deployment"
        )
    info = manifest["organization"]
    schema = info["schema_name"]
    with schema_context("public"):
        if (
            Organization.objects.filter(schema_name=schema).exists()
            or Organization.objects.filter(slug=info["slug"]).exists()
        ):
            raise ValidationError(f"tenant {schema!r} exists on this deployment already")
        if schema_exists(schema):
            raise ValidationError(f"schema {schema!r} exists in this database already")
        taken = list(
            Domain.objects.filter(domain__in=[d["domain"] for d in manifest["domains"]]).values_list(
                "domain", flat=True
            )
        )
        if taken:
            raise ValidationError(f"domains already served here: {', '.join(sorted(taken))}")
    known = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    unknown = [f"{app}.{name}" for app, name in manifest["migrations"] if (app, name) not in known]
    if unknown:
        raise ValidationError(
            "the archive comes from newer code (migrations unknown here: "
            f"{', '.join(unknown[:5])}{' …' if len(unknown) > 5 else ''}): upgrade this deployment first"
        )
    ours = set(key_fingerprints(settings.FIELD_ENCRYPTION_KEY))
    missing = [fp for fp in manifest["field_keys"] if fp not in ours]
    if missing:
        raise ValidationError(
            "this deployment cannot read the archive's encrypted fields: add the source deployment's "
            "FIELD_ENCRYPTION_KEY as an extra key (FIELD_ENCRYPTION_KEY='<this key>,<source key>'); "
            f"missing key fingerprints: {', '.join(missing)}"
        )


def _count_tables(schema: str) -> dict[str, int]:
    with connection.cursor() as cur:
        return _count_rows(cur, schema)


def _reencrypt(schema: str, source_keys: list[str], *, tables: set[str]) -> int:
    """Re-encrypt every encrypted value of `schema`'s `tables` with this deployment's first key,
    unless the archive's values already are (same key on both sides). Returns how many changed."""
    ours = key_fingerprints(settings.FIELD_ENCRYPTION_KEY)
    if source_keys[:1] == ours[:1] and len(source_keys) == 1:
        return 0
    fernet = _fernet(settings.FIELD_ENCRYPTION_KEY)
    changed = 0
    with schema_context(schema), transaction.atomic(), connection.cursor() as cur:
        for table, pk, column in _encrypted_columns():
            if table not in tables:  # a shared app's table: the public schema's, not the tenant's
                continue
            cur.execute(
                sql.SQL("SELECT {}, {} FROM {} WHERE {} IS NOT NULL AND {} <> ''")
                .format(*map(sql.Identifier, (pk, column, table, column, column)))
                .as_string()
            )
            for key, token in cur.fetchall():
                cur.execute(
                    sql.SQL("UPDATE {} SET {} = %s WHERE {} = %s")
                    .format(*map(sql.Identifier, (table, column, pk)))
                    .as_string(),
                    [fernet.rotate(token.encode()).decode(), key],
                )
                changed += 1
    return changed


def _encrypted_columns() -> Iterator[tuple[str, str, str]]:
    for model in apps.get_models():
        pk = model._meta.pk
        for field in model._meta.concrete_fields:
            if pk is not None and isinstance(field, EncryptedTextField | EncryptedJSONField):
                yield model._meta.db_table, str(pk.column), str(field.column)


# --- shared ----------------------------------------------------------------------------------------


def key_fingerprints(keys: str) -> list[str]:
    """Short fingerprints of the field-encryption keys ("new,old"): which key, never the key."""
    out = []
    for key in keys.split(","):
        raw = base64.urlsafe_b64decode(key.strip().encode())
        out.append(hashlib.sha256(b"crisisops-field-key:" + raw).hexdigest()[:16])
    return out


def _count_rows(cur: Any, schema: str) -> dict[str, int]:
    cur.execute("SELECT tablename FROM pg_tables WHERE schemaname = %s ORDER BY tablename", [schema])
    counts = {}
    for (table,) in cur.fetchall():
        query = sql.SQL("SELECT count(*) FROM {}.{}").format(sql.Identifier(schema), sql.Identifier(table))
        cur.execute(query if isinstance(cur, psycopg.Cursor) else query.as_string())
        counts[table] = int(cur.fetchone()[0])
    return counts


def _diff(expected: dict[str, int], actual: dict[str, int]) -> str:
    names = sorted(set(expected) | set(actual))
    return ", ".join(
        f"{n}: {expected.get(n)} → {actual.get(n)}" for n in names if expected.get(n) != actual.get(n)
    )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _conninfo() -> dict[str, Any]:
    db = settings.DATABASES["default"]
    info = {"dbname": db["NAME"], "user": db.get("USER") or None, "password": db.get("PASSWORD") or None,
            "host": db.get("HOST") or None, "port": db.get("PORT") or None}  # fmt: skip
    return {k: v for k, v in info.items() if v}


def _pg_args() -> list[str]:
    info = _conninfo()
    args = [f"--dbname={info['dbname']}"]
    for key, flag in (("host", "--host"), ("port", "--port"), ("user", "--username")):
        if key in info:
            args.append(f"{flag}={info[key]}")
    return [*args, "--no-password"]


def _binary(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise ValidationError(
            f"{name} is not installed (PostgreSQL client tools are needed to move a tenant)"
        )
    return path


@contextmanager
def _pg_env() -> Iterator[dict[str, str]]:
    env = dict(os.environ)
    password = _conninfo().get("password")
    if password:
        env["PGPASSWORD"] = str(password)
    yield env


def _run(argv: list[str]) -> None:
    with _pg_env() as env:
        done = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if done.returncode != 0:
        raise ValidationError(
            f"{Path(argv[0]).name} failed ({done.returncode}): {done.stderr.strip()[-2000:]}"
        )
