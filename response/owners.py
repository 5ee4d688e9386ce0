"""Who owns a task: stakeholder lookup through escalation's configuration.

1. A task naming a rotation is owned by whoever is on call in it now (overrides win).
2. A task naming a team: its member whose role matches the task's owner role (the one on call
   now among several), else the team's on-call person, else its first active member.
3. Otherwise the active stakeholders whose role contains the owner role ("PR lead" matches
   "Head of Communications (PR lead)"); among several, the one on call now in any rotation,
   then the first by name. "on-call" alone means whoever is on call now in any rotation.
4. Nobody found, or the lookup failed: the first tier of the tenant's default escalation policy
   (the default routing rule's policy) — the recovery the mission asks for.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from django.db import DatabaseError, transaction

from escalation.models import OnCallRotation, RoutingRule, Stakeholder, Team
from escalation.snapshot import on_call_now, policy_snapshot, step_recipients
from response.playbooks import TaskSpec

logger = logging.getLogger(__name__)

ON_CALL_WORDS = ("on-call", "on call", "oncall")


@dataclass(frozen=True)
class Owner:
    stakeholder: Stakeholder | None
    how: str
    fallback: bool = False


class OwnerLookup:
    """One lookup per plan: rotations and who is on call are read once."""

    def __init__(self, *, at: datetime) -> None:
        self.at = at
        self._on_call: dict[int, Stakeholder | None] | None = None
        self._default: Owner | None = None

    def on_call(self) -> dict[int, Stakeholder | None]:
        """Rotation id → who is on call in it now."""
        if self._on_call is None:
            self._on_call = {
                r.pk: on_call_now(rotation=r, at=self.at)
                for r in OnCallRotation.objects.prefetch_related("members__stakeholder").order_by("name")
            }
        return self._on_call

    def owner(self, spec: TaskSpec) -> Owner:
        try:
            with transaction.atomic():
                found = self._lookup(spec)
        except (DatabaseError, ValueError, LookupError) as exc:
            logger.exception("owner lookup failed for %r", spec.title)
            return self.default_owner(why=f"owner lookup failed ({type(exc).__name__})")
        return found or self.default_owner(why=f"nobody has the role {spec.owner_role!r}")

    def _lookup(self, spec: TaskSpec) -> Owner | None:
        if spec.rotation_id is not None:
            person = self.on_call().get(spec.rotation_id)
            if person is not None and person.is_active:
                rotation = OnCallRotation.objects.get(pk=spec.rotation_id)
                return Owner(person, f"on call now ({rotation.name})")
        if spec.team_id is not None:
            found = self._in_team(team_id=spec.team_id, role=spec.owner_role)
            if found is not None:
                return found
        return self._by_role(spec.owner_role)

    def _in_team(self, *, team_id: int, role: str) -> Owner | None:
        team = Team.objects.filter(pk=team_id).first()
        if team is None:
            return None
        members = list(team.members.filter(is_active=True).order_by("name", "pk"))
        role = role.strip().lower()
        with_role = [p for p in members if role and role in (p.role or "").lower()]
        on_call = {p.pk for p in self.on_call().values() if p is not None}
        if with_role:
            person = next((p for p in with_role if p.pk in on_call), with_role[0])
            return Owner(person, f"{person.role} in {team.name}")
        for rotation in team.rotations.order_by("name"):
            covering = self.on_call().get(rotation.pk)
            if covering is not None and covering.is_active:
                return Owner(covering, f"on call now ({rotation.name}, {team.name})")
        if members:
            return Owner(members[0], f"first member of {team.name}")
        return None

    def _by_role(self, role: str) -> Owner | None:
        role = role.strip()
        if not role:
            return None
        on_call = {p.pk: (rid, p) for rid, p in self.on_call().items() if p is not None and p.is_active}
        if role.lower() in ON_CALL_WORDS:
            if on_call:
                rotation_id, person = min(on_call.values(), key=lambda v: v[0])
                name = OnCallRotation.objects.get(pk=rotation_id).name
                return Owner(person, f"on call now ({name})")
            return None
        people = list(Stakeholder.objects.filter(is_active=True, role__icontains=role).order_by("name", "pk"))
        if not people:
            return None
        for person in people:
            if person.pk in on_call:
                name = OnCallRotation.objects.get(pk=on_call[person.pk][0]).name
                return Owner(person, f"{person.role}, on call now ({name})")
        person = people[0]
        return Owner(person, f"role: {person.role}")

    def default_owner(self, *, why: str) -> Owner:
        """The first reachable person of the default escalation policy's tiers."""
        if self._default is None:
            self._default = self._first_of_default_policy()
        found = self._default
        return Owner(found.stakeholder, f"{why}; {found.how}", fallback=True)

    def _first_of_default_policy(self) -> Owner:
        try:
            with transaction.atomic():
                rule = (
                    RoutingRule.objects.filter(enabled=True, is_default=True)
                    .select_related("policy")
                    .order_by("order", "id")
                    .first()
                )
                if rule is None:
                    return Owner(None, "no default escalation policy: unassigned")
                snapshot = policy_snapshot(policy=rule.policy)
                for step in snapshot.get("steps", []):
                    people, _ = step_recipients(step=step, at=self.at)
                    if people:
                        return Owner(people[0], f"default escalation policy '{rule.policy.name}'")
        except (DatabaseError, ValueError, LookupError):
            logger.exception("default escalation policy lookup failed")
            return Owner(None, "default escalation policy unreadable: unassigned")
        return Owner(None, f"default escalation policy '{rule.policy.name}' reaches nobody: unassigned")
