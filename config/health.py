"""Liveness and readiness. Each app contributes readiness checks listed in READINESS_CHECKS."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.utils.module_loading import import_string


def healthz(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})


def readyz(request: HttpRequest) -> JsonResponse:
    """Run every registered check; 503 if any required one fails. Degraded checks report but pass."""
    checks = {}
    ready = True
    for dotted in settings.READINESS_CHECKS:
        name = dotted.rsplit(".", 1)[-1]
        try:
            result = import_string(dotted)()
        except Exception as exc:  # a check that crashes is a failed check, not a 500
            result = {"ok": False, "required": True, "detail": f"{type(exc).__name__}: {exc}"}
        checks[name] = result
        if result.get("required", True) and not result["ok"]:
            ready = False
    return JsonResponse(
        {"status": "ready" if ready else "not ready", "checks": checks}, status=200 if ready else 503
    )
