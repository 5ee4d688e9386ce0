"""Liveness and readiness. Each app contributes readiness checks listed in READINESS_CHECKS.

Both answer before the tenant middleware (config.middleware.HealthCheckMiddleware), so they work
while PostgreSQL is away: `/healthz` never touches a store, and `/readyz` reports each check,
including a database that does not answer, instead of failing with a 500.
"""

from __future__ import annotations

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.utils.module_loading import import_string

from config.outage import database_back, database_outage_seen, database_unavailable


def healthz(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})


def readyz(request: HttpRequest) -> JsonResponse:
    """Run every registered check; 503 if any required one fails. Degraded checks report but pass."""
    from config.middleware import remembered_tenant

    tenant = remembered_tenant(request)
    if tenant is not None:
        connection.set_tenant(tenant)  # per-tenant checks (the serving model) report this tenant's
    else:
        connection.set_schema_to_public()
    checks = {}
    ready = True
    for dotted in settings.READINESS_CHECKS:
        name = dotted.rsplit(".", 1)[-1]
        try:
            result = import_string(dotted)()
        except Exception as exc:  # a check that crashes is a failed check, not a 500
            if database_unavailable(exc):
                database_outage_seen()
            result = {"ok": False, "required": True, "detail": f"{type(exc).__name__}: {exc}"}
        checks[name] = result
        if result.get("required", True) and not result["ok"]:
            ready = False
    if checks.get("database", {}).get("ok"):
        database_back()
    return JsonResponse(
        {"status": "ready" if ready else "not ready", "checks": checks}, status=200 if ready else 503
    )
