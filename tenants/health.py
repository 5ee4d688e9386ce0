"""Readiness checks for the shared stores."""

from __future__ import annotations

import redis as redis_lib
from django.conf import settings
from django.db import connection


def database() -> dict:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return {"ok": True}


def redis() -> dict:
    redis_lib.Redis.from_url(settings.REDIS_URL, socket_timeout=2).ping()
    return {"ok": True}
