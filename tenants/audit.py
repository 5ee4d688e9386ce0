"""Writes to the access audit log."""

from __future__ import annotations

from typing import Any

from django.db import connection
from django_tenants.utils import schema_context

from tenants.models import AccessLog, Organization


def _client_ip(request) -> str | None:
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None


def access_log_record(
    *, action: str, user_email: str = "", request=None, detail: dict[str, Any] | None = None
) -> None:
    schema = connection.schema_name
    with schema_context("public"):
        org = Organization.objects.filter(schema_name=schema).first()
        AccessLog.objects.create(
            organization=org,
            schema_name=schema,
            user_email=user_email[:254],
            action=action,
            detail=detail or {},
            ip_address=_client_ip(request),
        )
