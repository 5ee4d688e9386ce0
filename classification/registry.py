"""Which severity-model artifact serves the current tenant, and which one is in canary.

Resolution (per tenant schema, so each organisation can promote or roll back on its own):
1. the tenant's ModelVersion with status=active whose artifact directory exists;
2. else the small head committed in git (`classification/artifacts/severity_classifier/`), so a
   fresh install (or a tenant that never trained) classifies with no training data present;
3. else nothing: the model tier is unavailable, the router falls back to rules + review and
   `/readyz` reports the model check as degraded.
Artifact paths in the registry are absolute, or relative to settings.MODEL_ARTIFACTS_DIR.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from django.conf import settings

from classification.models import ModelVersion
from tenants import clock

MODEL_NAME = "severity_classifier"


def committed_artifact() -> Path:
    return Path(
        getattr(
            settings,
            "CLASSIFICATION_COMMITTED_ARTIFACT",
            Path(__file__).resolve().parent / "artifacts" / MODEL_NAME,
        )
    )


def resolve_path(artifact_path: str) -> Path:
    path = Path(artifact_path)
    return path if path.is_absolute() else Path(settings.MODEL_ARTIFACTS_DIR) / path


def artifact_ok(path: Path) -> bool:
    return (path / "meta.json").is_file() and (path / "head.npz").is_file()


@dataclass
class Serving:
    path: Path | None
    version: ModelVersion | None
    source: str  # "registry" | "committed" | "missing"
    detail: str = ""


def active_serving() -> Serving:
    active = (
        ModelVersion.objects.filter(name=MODEL_NAME, status=ModelVersion.Status.ACTIVE)
        .order_by("-promoted_at")
        .first()
    )
    detail = ""
    if active is not None:
        path = resolve_path(active.artifact_path)
        if artifact_ok(path):
            return Serving(path, active, "registry")
        detail = f"active {active.label} artifact missing at {path}; "
    committed = committed_artifact()
    if artifact_ok(committed):
        return Serving(committed, None, "committed", detail + "using the committed head")
    return Serving(None, None, "missing", detail + f"no artifact at {committed}")


def canary_version() -> ModelVersion | None:
    """The version in canary whose period has not ended (an expired canary stops receiving traffic)."""
    version = ModelVersion.objects.filter(name=MODEL_NAME, status=ModelVersion.Status.CANARY).first()
    if version is None or not artifact_ok(resolve_path(version.artifact_path)):
        return None
    if version.canary_started_at and clock.now() > version.canary_started_at + timedelta(
        hours=version.canary_period_hours
    ):
        return None
    return version


def canary_selected(event_id: int, share: float, salt: str) -> bool:
    """Deterministic per event (a retry routes the same way): hash bucket below the share."""
    digest = hashlib.sha256(f"{salt}:{event_id}".encode()).digest()
    bucket = int.from_bytes(digest[:4], "big") / 2**32
    return bucket < share
