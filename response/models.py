"""Response planning data: the tenant's playbooks and settings (admin), the plan of each crisis
with its tracked tasks, and the embedding index of resolved crises (historical response search).

Writes go through `response.services` / `response.planner`; reads through `response.selectors`.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models

from classification.models import Category
from crisis.models import Crisis, Level
from escalation.models import Alert, OnCallRotation, Stakeholder, Team

PLAN_LEVELS = [(v, n) for v, n in Level.choices if v != Level.OK]
PLAYBOOK_CATEGORIES = [(v, n) for v, n in Category.choices if v != Category.NONE]


def _default_overdue_severities() -> list[str]:
    return ["P0", "P1"]


class PlanningConfig(models.Model):
    """The tenant's response-planning settings (one row; admin-editable; defaults without one)."""

    planning_budget_seconds = models.FloatField(
        default=10.0, help_text="a plan not ready this long after the hand-off goes to the manual queue"
    )
    llm_enabled = models.BooleanField(
        default=True, help_text="LLM-suggested extra steps and a draft holding statement (needs an API key)"
    )
    similar_count = models.PositiveSmallIntegerField(default=3, help_text="similar resolved crises shown")
    similar_min_score = models.FloatField(
        default=0.45, help_text="MiniLM cosine below which a past crisis is not 'similar'"
    )
    top_actions = models.PositiveSmallIntegerField(
        default=3, help_text="recommended actions carried by the alert message"
    )
    overdue_severities = ArrayField(
        models.CharField(max_length=2),
        default=_default_overdue_severities,
        blank=True,
        help_text="crisis severities whose overdue tasks escalate like an unacknowledged alert",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "response planning configuration"

    def __str__(self) -> str:
        return "Response planning configuration"


class Playbook(models.Model):
    """For a category and a minimum level, an ordered checklist of response tasks. Every enabled
    playbook of the crisis' category whose minimum level the crisis reached applies; the default
    playbook applies when none does (or the lookup fails)."""

    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=80, unique=True)
    category = models.CharField(
        max_length=16, choices=PLAYBOOK_CATEGORIES, blank=True, help_text="empty for the default playbook"
    )
    min_level = models.CharField(max_length=10, choices=PLAN_LEVELS, default=Level.WARNING)
    is_default = models.BooleanField(
        default=False, help_text="used when no playbook of the crisis' category applies"
    )
    enabled = models.BooleanField(default=True)
    description = models.TextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["category", "min_level", "name"]

    def __str__(self) -> str:
        if self.is_default:
            return f"{self.name} (default)"
        return f"{self.name} ({self.category} ≥ {self.min_level})"


class PlaybookTask(models.Model):
    """One step of a playbook: what to do, who owns it, when it is due after the plan is made.

    The owner is looked up when the plan is built: the rotation's on-call person if a rotation is
    set; else the team's on-call person or its member with the role; else the active stakeholder
    whose role contains `owner_role` (on call now first)."""

    playbook = models.ForeignKey(Playbook, on_delete=models.CASCADE, related_name="tasks")
    order = models.PositiveSmallIntegerField(default=0)
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    owner_role = models.CharField(
        max_length=120, help_text="matched against the stakeholders' role, e.g. 'security on-call', 'PR lead'"
    )
    rotation = models.ForeignKey(
        OnCallRotation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="owned by whoever is on call in this rotation",
    )
    team = models.ForeignKey(
        Team,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="owned within this team",
    )
    due_minutes = models.PositiveIntegerField(default=15, help_text="due this many minutes after planning")

    class Meta:
        ordering = ["playbook", "order", "id"]

    def __str__(self) -> str:
        return f"{self.title} ({self.owner_role}, +{self.due_minutes} min)"


class ResponsePlan(models.Model):
    """The response plan of one crisis: built when it opens, extended when it rises a level or its
    category changes. `ready` once its tasks have owners; `manual` when planning failed or took
    longer than the budget (a person plans it: the dashboard's manual planning queue)."""

    class Status(models.TextChoices):
        PENDING = "pending", "Planning"
        READY = "ready", "Ready"
        MANUAL = "manual", "Manual planning"

    crisis = models.OneToOneField(Crisis, on_delete=models.CASCADE, related_name="response_plan")
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.PENDING, db_index=True)
    level = models.CharField(max_length=10, choices=Level.choices, blank=True, help_text="level planned for")
    category = models.CharField(max_length=16, blank=True, help_text="category planned for")
    playbooks = models.JSONField(default=list, blank=True, help_text="the playbooks applied, as applied")
    requested_at = models.DateTimeField(help_text="hand-off of the level being planned")
    ready_at = models.DateTimeField(null=True, blank=True)
    build_ms = models.FloatField(null=True, blank=True, help_text="time the planner took (without the LLM)")
    similar = models.JSONField(default=list, blank=True, help_text="similar resolved crises, best first")
    recovery = models.JSONField(default=list, blank=True, help_text="fallbacks the planner took, and why")
    llm_status = models.CharField(max_length=200, blank=True, help_text="what the LLM step did")
    llm_dropped = models.JSONField(default=list, blank=True, help_text="suggestions the guards dropped")
    holding_statement = models.TextField(blank=True, help_text="LLM draft, validated")
    manual_reason = models.CharField(max_length=300, blank=True)
    manual_at = models.DateTimeField(null=True, blank=True)
    taken_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    taken_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-requested_at"]

    def __str__(self) -> str:
        return f"plan of crisis #{self.crisis_id} [{self.status}]"


class ResponseTask(models.Model):
    """One tracked task of a plan: open → in progress → done, or skipped with a reason."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        IN_PROGRESS = "in_progress", "In progress"
        DONE = "done", "Done"
        SKIPPED = "skipped", "Skipped"

    class Source(models.TextChoices):
        PLAYBOOK = "playbook", "Playbook"
        DEFAULT = "default", "Built-in default"
        LLM = "llm", "LLM suggestion"

    plan = models.ForeignKey(ResponsePlan, on_delete=models.CASCADE, related_name="tasks")
    key = models.CharField(max_length=80, help_text="where it came from; one task per key and plan")
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.PLAYBOOK)
    playbook_task = models.ForeignKey(
        PlaybookTask, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    order = models.PositiveIntegerField(default=0)
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    owner = models.ForeignKey(
        Stakeholder, null=True, blank=True, on_delete=models.SET_NULL, related_name="response_tasks"
    )
    owner_role = models.CharField(max_length=120, blank=True)
    owner_how = models.CharField(max_length=200, blank=True, help_text="how the owner was found")
    due_at = models.DateTimeField()
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.OPEN, db_index=True)
    skip_reason = models.TextField(blank=True)
    status_changed_at = models.DateTimeField(null=True, blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    done_at = models.DateTimeField(null=True, blank=True)
    escalated_at = models.DateTimeField(null=True, blank=True, help_text="overdue: escalated at")
    escalation_alert = models.ForeignKey(
        Alert, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["plan", "order", "id"]
        constraints = [models.UniqueConstraint(fields=["plan", "key"], name="response_task_key_unique")]
        indexes = [models.Index(fields=["status", "due_at"])]

    def __str__(self) -> str:
        return f"{self.title} [{self.status}]"

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.SKIPPED)


class CrisisVector(models.Model):
    """The MiniLM embedding of a resolved crisis (its summary and top events), for the historical
    response search: numpy over these rows (a tenant has hundreds of resolved crises, not millions)."""

    crisis = models.OneToOneField(Crisis, on_delete=models.CASCADE, related_name="+")
    vector = models.BinaryField(help_text="float32, L2-normalised")
    text_hash = models.CharField(max_length=64, help_text="sha256 of the text embedded")
    encoder = models.CharField(max_length=40)
    computed_at = models.DateTimeField()
