"""django-auditlog registration: every configuration change (before/after) and every decision.

Models are referenced by label because the stages are built in parallel: a model that does not
exist (yet) is skipped, so this list can name the whole contract. Data tables that change at
ingest rate (events, scores, timeline, notifications) are not audited here; they are append-only
logs of their own. Decisions on operational rows (ACK/resolve/assign of crises and alerts, review
verdicts) are audited on the fields that carry the decision only, so score updates do not flood
the log.
"""

from __future__ import annotations

import logging

from django.apps import apps

logger = logging.getLogger(__name__)

# Configuration models of every app, audited on all fields. Encrypted secrets are excluded, not
# masked: auditlog reads the decrypted value and its mask hides only the first half of the text
# (a dump of the log showed the Slack bot token of a ChannelConfig in clear).
CONFIG_MODELS: dict[str, dict] = {
    "ingestion.WatchTerm": {},
    "ingestion.Source": {
        "exclude_fields": ["cursor", "next_poll_at", "last_polled_at", "last_error", "credentials"],
        "mask_fields": ["api_key_hash"],
    },
    "classification.ModelVersion": {},
    "classification.LexiconEntry": {},
    "crisis.DetectorConfig": {},
    "crisis.SubjectOverride": {},
    "crisis.CrisisKeyword": {},
    "escalation.Stakeholder": {"mask_fields": ["phone"]},
    "escalation.Team": {"m2m_fields": {"members"}},
    "escalation.OnCallRotation": {},
    "escalation.RotationMember": {},
    "escalation.OnCallOverride": {},
    "escalation.EscalationPolicy": {},
    "escalation.EscalationStep": {"m2m_fields": {"stakeholders"}},
    "escalation.RoutingRule": {},
    "escalation.SeveritySLA": {},
    "escalation.ChannelConfig": {"exclude_fields": ["credentials"], "mask_fields": ["config"]},
    "response.PlanningConfig": {},
    "response.Playbook": {},
    "response.PlaybookTask": {},
    "socialaccount.SocialApp": {"mask_fields": ["secret", "key"]},
    "auth.Group": {},
}

# Decisions on operational rows: only the deciding fields.
DECISION_FIELDS: dict[str, list[str]] = {
    "crisis.Crisis": [
        "status",
        "owner",
        "acknowledged_by",
        "acknowledged_at",
        "resolved_by",
        "resolved_at",
        "resolution_note",
    ],
    "escalation.Alert": [
        "state",
        "status",
        "acknowledged_by",
        "acknowledged_at",
        "acknowledged_via",
        "resolved_by",
        "resolved_at",
        "resolution_note",
    ],
    "classification.ReviewItem": ["status", "final_severity", "final_category", "reviewer", "reviewed_at"],
    "response.ResponseTask": ["status", "skip_reason", "changed_by", "done_at"],
    "response.ResponsePlan": ["status", "taken_by", "taken_at"],
}

# Users: role and access changes, never password hashes.
USER_FIELDS = ["email", "is_active", "is_staff", "is_superuser", "groups"]


def _model(label: str):
    try:
        return apps.get_model(label)
    except (LookupError, ValueError):
        return None


def _existing(model, names: list[str]) -> list[str]:
    have = {f.name for f in model._meta.get_fields()}
    return [n for n in names if n in have]


def _skip_in_public_schema(sender, instance, action, **kwargs):
    """auditlog is a tenant app: its table exists only in tenant schemas. Users and groups also
    live in the public schema (platform operators); their changes there are not audited here."""
    from django.db import connection
    from django_tenants.utils import get_public_schema_name

    return connection.schema_name != get_public_schema_name()


def register_audited_models() -> list[str]:
    """Register every known model with auditlog. Idempotent. Returns the labels registered."""
    from auditlog.registry import auditlog
    from auditlog.signals import pre_log

    pre_log.connect(_skip_in_public_schema, dispatch_uid="tenants.auditing.skip_public")

    done: list[str] = []
    for label, options in CONFIG_MODELS.items():
        model = _model(label)
        if model is None or auditlog.contains(model):
            continue
        opts = {k: type(v)(_existing(model, list(v))) for k, v in options.items()}
        auditlog.register(model, **opts)
        done.append(label)
    for label, fields in DECISION_FIELDS.items():
        model = _model(label)
        if model is None or auditlog.contains(model):
            continue
        include = _existing(model, fields)
        if include:
            auditlog.register(model, include_fields=include)
            done.append(label)
    user_model = _model("auth.User")
    if user_model is not None and not auditlog.contains(user_model):
        auditlog.register(
            user_model, include_fields=_existing(user_model, USER_FIELDS), m2m_fields={"groups"}
        )
        done.append("auth.User")
    # Any other model an app marks as configuration with `audit_as_configuration = True`.
    for model in apps.get_models():
        if getattr(model, "audit_as_configuration", False) and not auditlog.contains(model):
            auditlog.register(model)
            done.append(model._meta.label)
    logger.debug("auditlog registered: %s", ", ".join(done))
    return done
