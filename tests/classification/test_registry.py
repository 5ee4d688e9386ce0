"""Model registry: serving resolution, canary routing share, promote/rollback, readiness."""

from __future__ import annotations

import shutil

from classification import registry
from classification.models import Classification, ModelVersion
from classification.registry import model_version_promote, model_version_register, model_version_rollback
from classification.tasks import classify_events
from tests.classification.conftest import make_event


def test_canary_routing_share_is_respected_within_tolerance():
    for share in (0.10, 0.25):
        picked = sum(
            registry.canary_selected(event_id, share, "severity_classifier@9.9.9")
            for event_id in range(20000)
        )
        assert abs(picked / 20000 - share) < 0.01
    # deterministic per event, so a retried task routes the same way
    assert registry.canary_selected(42, 0.5, "x") == registry.canary_selected(42, 0.5, "x")


def test_artifact_missing_falls_back_to_rules_and_readyz_reports_it(
    in_a, no_model, review_everything, tenant_client
):
    event = make_event("packages arriving late in our region")  # a weak lexicon cue: needs the model
    classify_events([event.pk])
    cls = Classification.objects.get(event=event)
    assert cls.tier == "rules" and cls.needs_review
    assert "model unavailable" in cls.review.reason
    assert "error" in cls.tier_opinions["model"]

    response = tenant_client().get("/readyz")
    body = response.json()
    check = body["checks"]["model_artifact"]
    assert check["ok"] is False and check["degraded"] is True and "rules tier" in check["detail"]
    assert response.status_code == 200  # degraded, not down: the rules tier keeps classifying


def test_registered_active_version_with_a_missing_directory_falls_back_to_the_committed_head(
    in_a, tmp_path, settings
):
    settings.MODEL_ARTIFACTS_DIR = tmp_path
    model_version_register(
        version="2.0.0", artifact_path="severity_classifier/2.0.0", metrics={}, status="active"
    )
    serving = registry.active_serving()
    assert serving.source == "committed" and "2.0.0" in serving.detail


def test_promote_retires_the_previous_active_and_rollback_restores_it(in_a, tmp_path, settings):
    settings.MODEL_ARTIFACTS_DIR = tmp_path
    for version in ("1.0.0", "1.1.0"):
        shutil.copytree(registry.committed_artifact(), tmp_path / "severity_classifier" / version)
    old = model_version_register(
        version="1.0.0", artifact_path="severity_classifier/1.0.0", metrics={}, status="active"
    )
    new = model_version_register(version="1.1.0", artifact_path="severity_classifier/1.1.0", metrics={})
    assert new.status == "candidate" and registry.active_serving().version == old

    model_version_promote(version=new)
    old.refresh_from_db()
    assert (old.status, registry.active_serving().version) == ("retired", new)

    model_version_rollback(version=new)
    old.refresh_from_db()
    new.refresh_from_db()
    assert (new.status, old.status) == ("retired", "active")
    assert registry.active_serving().version == old
    assert ModelVersion.objects.filter(status="active").count() == 1
