"""Playbooks declared as data and applied idempotently (the demo's seed uses it; a new tenant can
start from `DEFAULT_PLAYBOOKS`).

Rows are keyed by playbook slug, its tasks by position: running it again updates them in place
and creates nothing twice. Plans already made keep their tasks (a plan task keeps its title,
owner and due time once made).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from escalation.models import OnCallRotation, Team
from response.models import Playbook, PlaybookTask


@dataclass(frozen=True)
class StepSpec:
    title: str
    owner_role: str
    due_minutes: int
    rotation: str = ""  # rotation name: owned by whoever is on call in it
    team: str = ""  # team slug
    description: str = ""


@dataclass(frozen=True)
class PlaybookSpec:
    slug: str
    name: str
    category: str  # "" for the default playbook
    min_level: str
    steps: tuple[StepSpec, ...]
    is_default: bool = False
    description: str = ""


ON_CALL = "Security on-call"  # the rotation name the starter setups use (escalation.seeding)

DEFAULT_PLAYBOOKS: tuple[PlaybookSpec, ...] = (
    PlaybookSpec("security-first-response", "Security: first response", "security", "warning", (
        StepSpec("Confirm the scope with the security on-call", "security on-call", 15, rotation=ON_CALL,
                 description="What is affected, since when, is it still going on; logs and monitoring."),
        StepSpec("Check logs and monitoring for signs of compromise", "Security engineer", 30, team="security"),
    ), description="Any security signal: find out whether it is real."),
    PlaybookSpec("security-incident", "Security incident", "security", "high", (
        StepSpec("Legal review of the disclosure duty", "Legal counsel", 30,
                 description="Regulator notification within 72 h (GDPR art. 33)? Card schemes? Contracts?"),
        StepSpec("Holding statement approved by the PR lead", "PR lead", 30),
        StepSpec("Customer support macro published", "PR lead", 45,
                 description="What agents say about cards, passwords and fraud claims."),
        StepSpec("Decide on card reissue and password resets", "CISO", 60),
    ), description="A likely breach: legal, communications and containment decisions."),
    PlaybookSpec("security-critical", "Security: critical", "security", "critical", (
        StepSpec("Open the incident bridge with every owner", "security on-call", 10, rotation=ON_CALL),
        StepSpec("Executive briefing and the regulator notification decision", "CEO", 60),
    )),
    PlaybookSpec("pr-reputation", "Reputation", "pr", "warning", (
        StepSpec("Assess reach and sentiment; decide whether to respond", "PR lead", 30),
        StepSpec("Holding statement drafted and approved", "PR lead", 60),
    )),
    PlaybookSpec("pr-escalated", "Reputation: escalated", "pr", "high", (
        StepSpec("Legal check of the public statement", "Legal counsel", 45),
        StepSpec("CEO briefed on the coverage and the response", "CEO", 60),
    )),
    PlaybookSpec("operational-outage", "Operational incident", "operational", "warning", (
        StepSpec("Confirm the outage and its blast radius with the on-call", "on-call", 15, rotation=ON_CALL),
        StepSpec("Status page and support macro updated", "PR lead", 30),
        StepSpec("Post-incident review scheduled", "CISO", 1440),
    )),
    PlaybookSpec("legal-exposure", "Legal exposure", "legal", "warning", (
        StepSpec("Legal counsel assesses the claim and the exposure", "Legal counsel", 60),
        StepSpec("No public comment without legal sign-off: brief communications", "PR lead", 30),
    )),
    PlaybookSpec("physical-safety", "Physical safety", "safety", "warning", (
        StepSpec("Confirm people are safe; call emergency services if needed", "on-call", 5, rotation=ON_CALL),
        StepSpec("Decide on site lockdown or evacuation", "CISO", 10),
        StepSpec("Staff and public statement approved", "PR lead", 30),
        StepSpec("Legal and insurers notified", "Legal counsel", 60),
    ), description="A threat to people at a site or to staff: safety first, then communication."),
    PlaybookSpec("default", "Default response", "", "warning", (
        StepSpec("Confirm the facts and the scope with the on-call", "on-call", 15, rotation=ON_CALL),
        StepSpec("Holding statement approved by the PR lead", "PR lead", 30),
        StepSpec("Brief leadership on the situation and the next steps", "CISO", 60),
    ), is_default=True, description="When no playbook of the crisis' category applies."),
)  # fmt: skip


def playbooks_apply(
    *, playbooks: tuple[PlaybookSpec, ...] = DEFAULT_PLAYBOOKS, result=None
) -> list[Playbook]:
    """Create or update the playbooks in the current tenant schema. `result` (a SeedResult of
    escalation.seeding) counts what was created and updated."""
    rotations = {r.name: r for r in OnCallRotation.objects.all()}
    teams = {t.slug: t for t in Team.objects.all()}
    rows = []
    with transaction.atomic():
        for spec in playbooks:
            row, created = Playbook.objects.update_or_create(
                slug=spec.slug,
                defaults={
                    "name": spec.name,
                    "category": spec.category,
                    "min_level": spec.min_level,
                    "is_default": spec.is_default,
                    "enabled": True,
                    "description": spec.description,
                },
            )
            if result is not None:
                result.note("playbooks", created)
            # Tasks keep their rows (keyed by position): plans made from them know them by id.
            for i, step in enumerate(spec.steps):
                PlaybookTask.objects.update_or_create(
                    playbook=row,
                    order=i,
                    defaults={
                        "title": step.title,
                        "owner_role": step.owner_role,
                        "due_minutes": step.due_minutes,
                        "rotation": rotations.get(step.rotation),
                        "team": teams.get(step.team),
                        "description": step.description,
                    },
                )
            row.tasks.filter(order__gte=len(spec.steps)).delete()
            rows.append(row)
    return rows
