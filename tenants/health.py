"""Readiness checks for the shared stores."""

from __future__ import annotations

from django.db import connection

from tenants.redis import redis_client


def database() -> dict:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return {"ok": True}


def redis() -> dict:
    redis_client().ping()
    return {"ok": True}
