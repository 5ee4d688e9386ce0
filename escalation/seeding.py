"""A working escalation setup, declared as data and applied idempotently.

`escalation_setup_apply` turns an `EscalationSetup` (people and their paging policies, teams,
on-call rotations, policies with their tiers, routing rules, ACK SLAs, channel configs, paging
guardrails) into rows of the current tenant. Rows
are keyed by their natural names (person name, team / policy slug, rotation / rule name, SLA
severity, channel kind), so running it again updates the same rows and creates nothing twice. A
seed declares the whole state: policy steps are rebuilt in order, rotation overrides dropped,
disabled channels re-enabled. Alerts already open keep their frozen policy snapshot.

Used by `manage.py escalation_seed` (a starter setup for a new tenant) and by the demo's seed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time, timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.db import models, transaction

from escalation.models import (
    ChannelConfig,
    EscalationPolicy,
    EscalationStep,
    OnCallRotation,
    PagingGuardrail,
    RotationMember,
    RoutingRule,
    SeveritySLA,
    Stakeholder,
    Team,
)
from tenants import clock
from tenants.roles import CRISIS_MANAGER, user_set_role


@dataclass(frozen=True)
class PersonSpec:
    key: str  # how the rest of the setup names this person
    name: str
    role: str = ""
    email: str = ""
    phone: str = ""
    slack: str = ""
    preferences: tuple[str, ...] = ()  # ordered channels; empty keeps the model's default
    timezone: str = "UTC"
    login: bool = False  # also a sign-in account (crisis manager): "my alerts", one-click ACK
    # Paging policy: channels per severity, e.g. (("P0", ("sms", "email")),); empty keeps the
    # contact preferences for every severity. Quiet hours as ("22:00", "07:00"); None: none.
    severity_channels: tuple[tuple[str, tuple[str, ...]], ...] = ()
    quiet_hours: tuple[str, str] | None = None


@dataclass(frozen=True)
class TeamSpec:
    slug: str
    name: str
    members: tuple[str, ...]  # person keys


@dataclass(frozen=True)
class RotationSpec:
    name: str
    team: str  # team slug
    members: tuple[str, ...]  # person keys, in hand-off order; the first is on call now
    handoff: str = OnCallRotation.Handoff.WEEKLY
    started_days_ago: int = 1


@dataclass(frozen=True)
class StepSpec:
    target: str  # EscalationStep.Target
    people: tuple[str, ...] = ()  # person keys (target "stakeholders")
    team: str = ""  # team slug (target "team")
    rotation: str = ""  # rotation name (target "on_call")


@dataclass(frozen=True)
class PolicySpec:
    slug: str
    name: str
    steps: tuple[StepSpec, ...]
    description: str = ""
    repeat: int = 0


@dataclass(frozen=True)
class RuleSpec:
    name: str
    policy: str  # policy slug
    order: int
    severities: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    is_default: bool = False


@dataclass(frozen=True)
class GuardrailSpec:
    name: str
    kind: str  # PagingGuardrail.Kind
    severities: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    team: str = ""  # team slug; empty = anyone
    note: str = ""


@dataclass(frozen=True)
class ChannelSpec:
    kind: str
    config: dict[str, Any]
    credentials: dict[str, Any] | None = None


@dataclass(frozen=True)
class EscalationSetup:
    people: tuple[PersonSpec, ...]
    teams: tuple[TeamSpec, ...] = ()
    rotations: tuple[RotationSpec, ...] = ()
    policies: tuple[PolicySpec, ...] = ()
    rules: tuple[RuleSpec, ...] = ()
    slas: dict[str, int | None] = field(default_factory=dict)
    channels: tuple[ChannelSpec, ...] = ()
    guardrails: tuple[GuardrailSpec, ...] = ()


@dataclass
class SeedResult:
    """Rows created and updated, per kind (for the seeding commands' one-line report)."""

    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)

    def note(self, kind: str, created: bool) -> None:
        bucket = self.created if created else self.updated
        bucket[kind] = bucket.get(kind, 0) + 1

    def upsert(
        self, kind: str, model: type[models.Model], lookup: dict[str, Any], values: dict[str, Any]
    ) -> Any:
        row, created = model._default_manager.update_or_create(**lookup, defaults=values)
        self.note(kind, created)
        return row


def escalation_setup_apply(
    *, setup: EscalationSetup, result: SeedResult | None = None
) -> dict[str, Stakeholder]:
    """Create or update the setup in the current tenant schema; returns the stakeholders by key."""
    result = result if result is not None else SeedResult()
    with transaction.atomic():
        people = {p.key: _person(result, p) for p in setup.people}
        teams = {}
        for spec in setup.teams:
            team = result.upsert("teams", Team, {"slug": spec.slug}, {"name": spec.name})
            team.members.set([people[k] for k in spec.members])
            teams[spec.slug] = team
        rotations = {spec.name: _rotation(result, spec, teams, people) for spec in setup.rotations}
        policies = {spec.slug: _policy(result, spec, people, teams, rotations) for spec in setup.policies}
        for rule in setup.rules:
            result.upsert(
                "routing_rules",
                RoutingRule,
                {"name": rule.name},
                {
                    "order": rule.order,
                    "enabled": True,
                    "is_default": rule.is_default,
                    "severities": list(rule.severities),
                    "categories": list(rule.categories),
                    "policy": policies[rule.policy],
                    "source": None,
                    "subject_pattern": "",
                },
            )
        for rail in setup.guardrails:
            result.upsert(
                "guardrails",
                PagingGuardrail,
                {"name": rail.name},
                {
                    "kind": rail.kind,
                    "enabled": True,
                    "severities": list(rail.severities),
                    "channels": list(rail.channels),
                    "team": teams[rail.team] if rail.team else None,
                    "note": rail.note,
                },
            )
        for severity, minutes in setup.slas.items():
            result.upsert("slas", SeveritySLA, {"severity": severity}, {"ack_minutes": minutes})
        for channel in setup.channels:
            result.upsert(
                "channels",
                ChannelConfig,
                {"kind": channel.kind},
                {
                    "enabled": True,
                    "config": channel.config,
                    "credentials": channel.credentials,
                    "disabled_reason": "",
                    "disabled_at": None,
                },
            )
    return people


def _person(result: SeedResult, spec: PersonSpec) -> Stakeholder:
    values: dict[str, Any] = {
        "role": spec.role,
        "email": spec.email,
        "phone": spec.phone,
        "slack_user_id": spec.slack,
        # Teams mentions a person by their UPN, which is their work email.
        "teams_upn": spec.email if "teams" in spec.preferences else "",
        "timezone": spec.timezone,
        "disabled_channels": {},
        "is_active": True,
        "user": _login(spec) if spec.login else None,
        "severity_channels": {sev: list(chs) for sev, chs in spec.severity_channels},
        "quiet_hours_start": time.fromisoformat(spec.quiet_hours[0]) if spec.quiet_hours else None,
        "quiet_hours_end": time.fromisoformat(spec.quiet_hours[1]) if spec.quiet_hours else None,
    }
    if spec.preferences:
        values["contact_preferences"] = list(spec.preferences)
    return result.upsert("stakeholders", Stakeholder, {"name": spec.name}, values)


def _login(spec: PersonSpec):
    users = get_user_model()
    user = users.objects.filter(email=spec.email).first()
    if user is None:
        # No password: they sign in through SSO or a reset link, never with a seeded secret.
        user = users.objects.create_user(username=spec.email, email=spec.email)
        user.set_unusable_password()
        user.first_name, _, user.last_name = spec.name.partition(" ")
        user.save()
        user_set_role(user=user, role=CRISIS_MANAGER)
    return user


def _rotation(
    result: SeedResult, spec: RotationSpec, teams: dict[str, Team], people: dict[str, Stakeholder]
) -> OnCallRotation:
    rotation = result.upsert(
        "rotations",
        OnCallRotation,
        {"name": spec.name},
        {
            "team": teams[spec.team],
            "handoff": spec.handoff,
            "starts_at": clock.now() - timedelta(days=spec.started_days_ago),
        },
    )
    for position, key in enumerate(spec.members):
        RotationMember.objects.update_or_create(
            rotation=rotation, stakeholder=people[key], defaults={"position": position}
        )
    rotation.overrides.all().delete()
    return rotation


def _policy(
    result: SeedResult,
    spec: PolicySpec,
    people: dict[str, Stakeholder],
    teams: dict[str, Team],
    rotations: dict[str, OnCallRotation],
) -> EscalationPolicy:
    policy = result.upsert(
        "policies",
        EscalationPolicy,
        {"slug": spec.slug},
        {"name": spec.name, "description": spec.description, "repeat_count": spec.repeat},
    )
    policy.steps.all().delete()  # the seed owns the tiers: rebuilt in order every run
    for order, step_spec in enumerate(spec.steps):
        step = EscalationStep.objects.create(
            policy=policy,
            order=order,
            target=step_spec.target,
            team=teams[step_spec.team] if step_spec.team else None,
            rotation=rotations[step_spec.rotation] if step_spec.rotation else None,
            channels=[],
        )
        if step_spec.people:
            step.stakeholders.set([people[k] for k in step_spec.people])
    return policy
