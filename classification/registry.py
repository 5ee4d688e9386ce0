"""Which severity-model artifact serves the current tenant, which one is in canary, and the
registry's writes (register, canary, promote, roll back).

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
from django.db import transaction

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


def model_version_register(
    *,
    version: str,
    artifact_path: str,
    metrics: dict,
    name: str = MODEL_NAME,
    status: str = ModelVersion.Status.CANDIDATE,
    notes: str = "",
) -> ModelVersion:
    mv, _ = ModelVersion.objects.update_or_create(
        name=name,
        version=version,
        defaults={"artifact_path": artifact_path, "metrics": metrics, "notes": notes},
    )
    if status == ModelVersion.Status.ACTIVE:
        return model_version_promote(version=mv)
    if status == ModelVersion.Status.CANARY:
        return model_version_start_canary(version=mv)
    return mv


def model_version_start_canary(
    *, version: ModelVersion, share: float | None = None, period_hours: float | None = None
) -> ModelVersion:
    """Puts `version` in canary; any other canary of the same name goes back to candidate."""
    with transaction.atomic():
        ModelVersion.objects.filter(name=version.name, status=ModelVersion.Status.CANARY).exclude(
            pk=version.pk
        ).update(status=ModelVersion.Status.CANDIDATE, canary_started_at=None)
        version.status = ModelVersion.Status.CANARY
        version.canary_started_at = clock.now()
        if share is not None:
            version.canary_share = max(0.0, min(1.0, share))
        if period_hours is not None:
            version.canary_period_hours = period_hours
        version.save()
    return version


def model_version_promote(*, version: ModelVersion) -> ModelVersion:
    """`version` becomes the active model; the previous active one is retired."""
    with transaction.atomic():
        now = clock.now()
        ModelVersion.objects.filter(name=version.name, status=ModelVersion.Status.ACTIVE).exclude(
            pk=version.pk
        ).update(status=ModelVersion.Status.RETIRED, retired_at=now)
        version.status = ModelVersion.Status.ACTIVE
        version.promoted_at = now
        version.retired_at = None
        version.save()
    return version


def model_version_rollback(*, version: ModelVersion) -> ModelVersion:
    """Retire `version`. If it was active, the most recently retired earlier version serves again
    (none: the committed head serves)."""
    with transaction.atomic():
        was_active = version.status == ModelVersion.Status.ACTIVE
        version.status = ModelVersion.Status.RETIRED
        version.retired_at = clock.now()
        version.save()
        if was_active:
            previous = (
                ModelVersion.objects.filter(
                    name=version.name, status=ModelVersion.Status.RETIRED, promoted_at__isnull=False
                )
                .exclude(pk=version.pk)
                .order_by("-promoted_at")
                .first()
            )
            if previous is not None:
                previous.status = ModelVersion.Status.ACTIVE
                previous.retired_at = None
                previous.save()
    return version
