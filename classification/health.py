"""Readiness: is a severity-model artifact loadable? Degraded (not failing) when it is not:
the platform still classifies with the rules tier and flags everything for review."""

from __future__ import annotations

from pathlib import Path

from django.db import connection
from django_tenants.utils import get_public_schema_name


def model_artifact() -> dict:
    from classification import registry
    from classification.tiers import model as model_tier

    path: Path | None
    if connection.schema_name == get_public_schema_name():
        path, source, detail = registry.committed_artifact(), "committed", ""
        ok = registry.artifact_ok(path)
        if not ok:
            detail = f"no artifact at {path}"
    else:
        serving = registry.active_serving()
        path, source, detail = serving.path, serving.source, serving.detail
        ok = path is not None
    if ok and path is not None:
        try:
            model = model_tier.load(path)
        except model_tier.ModelUnavailable as exc:
            ok, detail = False, str(exc)
        else:
            return {"ok": True, "required": False, "source": source, "version": model.version}
    return {
        "ok": False,
        "required": False,
        "degraded": True,
        "source": source,
        "detail": (detail or "model artifact unavailable")
        + "; classifying with the rules tier, all flagged for review",
    }
