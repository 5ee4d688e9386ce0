"""Which playbooks a crisis gets: every enabled playbook of its category whose minimum level it
reached (lowest level first), else the tenant's default playbook, else the built-in default.

A failing lookup (a broken row, a database error inside a savepoint) is a recovery, not a failed
plan: the default playbook applies and the reason is kept on the plan.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from django.db import DatabaseError, transaction

from crisis.models import LEVEL_RANK, Level
from response.models import Playbook, PlaybookTask

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class TaskSpec:
    """A task to put on a plan, whatever it came from."""

    key: str
    title: str
    owner_role: str
    due_minutes: int
    description: str = ""
    playbook_task: PlaybookTask | None = None
    rotation_id: int | None = None
    team_id: int | None = None
    source: str = "playbook"


@dataclass
class Choice:
    playbooks: list[dict] = field(default_factory=list)  # {"id", "name", "category", "min_level"}
    tasks: list[TaskSpec] = field(default_factory=list)
    recovery: list[str] = field(default_factory=list)


# When the tenant has no playbook at all: what every crisis desk does first.
BUILTIN_DEFAULT: tuple[tuple[str, str, int], ...] = (
    ("Confirm the facts and the scope with the on-call", "on-call", 15),
    ("Holding statement approved by the PR lead", "PR lead", 30),
    ("Brief leadership on the situation and the next steps", "CISO", 60),
)


def level_rank(level: str) -> int:
    """0 for ok or no level, 3 for critical."""
    return LEVEL_RANK[Level(level)] if level else 0


def _specs(playbook: Playbook) -> list[TaskSpec]:
    return [
        TaskSpec(
            key=f"pt:{t.pk}",
            title=t.title,
            owner_role=t.owner_role,
            due_minutes=t.due_minutes,
            description=t.description,
            playbook_task=t,
            rotation_id=t.rotation_id,
            team_id=t.team_id,
        )
        for t in playbook.tasks.all()
    ]


def _as_json(playbook: Playbook) -> dict:
    return {
        "id": playbook.pk,
        "name": playbook.name,
        "category": playbook.category,
        "min_level": playbook.min_level,
        "default": playbook.is_default,
    }


def playbooks_for(*, category: str, level: str) -> Choice:
    """The playbooks and their tasks for a crisis of this category at this level."""
    choice = Choice()
    try:
        with transaction.atomic():  # a savepoint: a failed query must not poison the plan's transaction
            matching = [
                p
                for p in Playbook.objects.filter(enabled=True, is_default=False, category=category)
                .prefetch_related("tasks")
                .order_by("id")
                if level_rank(p.min_level) <= level_rank(level)
            ]
    except (DatabaseError, ValueError) as exc:
        logger.exception("playbook lookup failed")
        matching = []
        choice.recovery.append(f"playbook lookup failed ({type(exc).__name__}): the default playbook applies")
    else:
        if not matching:
            choice.recovery.append(
                f"no {category or 'uncategorised'} playbook for {level}: the default applies"
            )
    matching.sort(key=lambda p: (level_rank(p.min_level), p.pk))
    if not matching:
        default = Playbook.objects.filter(enabled=True, is_default=True).prefetch_related("tasks").first()
        if default is not None:
            matching = [default]
    for playbook in matching:
        choice.playbooks.append(_as_json(playbook))
        choice.tasks += _specs(playbook)
    if not choice.tasks:
        choice.playbooks.append(
            {"id": None, "name": "Built-in default", "category": "", "min_level": "warning"}
        )
        choice.tasks = [
            TaskSpec(key=f"builtin:{i}", title=t, owner_role=role, due_minutes=due, source="default")
            for i, (t, role, due) in enumerate(BUILTIN_DEFAULT)
        ]
        if not choice.recovery:
            choice.recovery.append("the tenant's playbooks have no tasks: the built-in default applies")
    return choice
