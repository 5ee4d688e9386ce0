"""Operational probe: proves a task runs in the schema it was enqueued for."""

from __future__ import annotations

import json

from django.db import connection

from config.celery import app
from tenants.redis import redis_client

ALLOWED_PROBE_TABLES = {"ingestion_watchterm", "crisis_crisis", "auth_user"}


@app.task(name="tenants.probe")
def probe(*, token: str, table: str = "ingestion_watchterm") -> dict:
    """Record the schema the task ran in and how many rows `table` has there (unqualified name,
    resolved through the tenant's search_path). The answer goes to Redis under `probe:<token>`."""
    if table not in ALLOWED_PROBE_TABLES:
        raise ValueError(f"table {table!r} is not probe-able")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {table}")  # noqa: S608 - table from an allow-list
        count = cursor.fetchone()[0]
    answer = {"schema": connection.schema_name, "count": count}
    redis_client().set(f"probe:{token}", json.dumps(answer), ex=300)
    return answer
