"""How an alert is routed and escalated: policies and their tiers, routing rules, ACK SLAs per
severity, channel configurations, and the tenant's guardrails checked before any page leaves."""

from __future__ import annotations

from django.contrib.postgres.fields import ArrayField
from django.db import models

from classification.models import Category, Severity
from escalation.models.people import ChannelKind, OnCallRotation, Stakeholder, Team
from tenants.fields import EncryptedJSONField


class EscalationPolicy(models.Model):
    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.TextField(blank=True)
    repeat_count = models.PositiveSmallIntegerField(
        default=0, help_text="run the whole chain again up to N more times while nobody ACKs"
    )

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "escalation policies"

    def __str__(self) -> str:
        return self.name


class EscalationStep(models.Model):
    """One tier: notify these people through these channels, then wait before the next tier."""

    class Target(models.TextChoices):
        STAKEHOLDERS = "stakeholders", "Named stakeholders"
        TEAM = "team", "A team"
        ON_CALL = "on_call", "Who is on call now"
        ALL = "all", "Every stakeholder"

    policy = models.ForeignKey(EscalationPolicy, on_delete=models.CASCADE, related_name="steps")
    order = models.PositiveSmallIntegerField(default=0)
    target = models.CharField(max_length=16, choices=Target.choices, default=Target.STAKEHOLDERS)
    stakeholders = models.ManyToManyField(Stakeholder, blank=True, related_name="+")
    team = models.ForeignKey(Team, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    rotation = models.ForeignKey(
        OnCallRotation, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    channels = ArrayField(
        models.CharField(max_length=16, choices=ChannelKind.choices),
        default=list,
        blank=True,
        help_text="ordered fallback chain; empty = each recipient's own contact preferences",
    )
    wait_minutes = models.PositiveIntegerField(
        null=True, blank=True, help_text="wait before the next tier; empty = the severity's ACK SLA"
    )
    only_working_hours = models.BooleanField(
        default=False, help_text="skip recipients outside working hours in their own timezone"
    )

    class Meta:
        ordering = ["policy", "order", "id"]

    def __str__(self) -> str:
        return f"{self.policy} tier {self.order + 1}: {self.get_target_display()}"


class RoutingRule(models.Model):
    """Severity × category × source × subject → policy. Lowest `order` first; first match wins."""

    name = models.CharField(max_length=120)
    order = models.PositiveIntegerField(default=100)
    enabled = models.BooleanField(default=True)
    is_default = models.BooleanField(default=False, help_text="used when no other rule matches")
    severities = ArrayField(
        models.CharField(max_length=2, choices=Severity.choices),
        default=list,
        blank=True,
        help_text="empty = any",
    )
    categories = ArrayField(
        models.CharField(max_length=16, choices=Category.choices),
        default=list,
        blank=True,
        help_text="empty = any",
    )
    source = models.ForeignKey(
        "ingestion.Source", null=True, blank=True, on_delete=models.CASCADE, help_text="empty = any"
    )
    subject_pattern = models.CharField(
        max_length=120, blank=True, help_text="glob on the subject (acme*, topic:*); empty = any"
    )
    policy = models.ForeignKey(EscalationPolicy, on_delete=models.PROTECT, related_name="rules")

    class Meta:
        ordering = ["is_default", "order", "id"]

    def __str__(self) -> str:
        return self.name


class SeveritySLA(models.Model):
    """Time to ACK per severity; missing rows use `DEFAULT_SLA_MINUTES`."""

    severity = models.CharField(max_length=2, choices=Severity.choices, unique=True)
    ack_minutes = models.PositiveIntegerField(null=True, blank=True, help_text="empty = no SLA")

    class Meta:
        ordering = ["severity"]
        verbose_name = "severity SLA"

    def __str__(self) -> str:
        return f"{self.severity}: {self.ack_minutes or '—'} min"


DEFAULT_SLA_MINUTES: dict[str, int | None] = {"P0": 5, "P1": 5, "P2": 30, "P3": 240, "P4": None}


class ChannelConfig(models.Model):
    """A tenant's settings for one channel kind; credentials encrypted at rest."""

    kind = models.CharField(max_length=16, choices=ChannelKind.choices, unique=True)
    enabled = models.BooleanField(default=True)
    config = models.JSONField(
        default=dict,
        blank=True,
        help_text="non-secret settings: base_url, default channel, from number, webhook url, host/port…",
    )
    credentials = EncryptedJSONField(null=True, blank=True, help_text="tokens and secrets, encrypted")
    disabled_reason = models.CharField(max_length=300, blank=True)
    disabled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["kind"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}{'' if self.enabled else ' (disabled)'}"

    @property
    def secrets(self) -> dict:
        return self.credentials or {}


class PagingGuardrail(models.Model):
    """A tenant rule checked before any page leaves (escalation.guardrails): a page that breaks
    it is halted, recorded on the alert and the crisis timeline, and the admins are told.

    - only channels: alerts of these severities may use only these channels (P4 by email only);
    - forbid channels: these channels may not reach these people (the team; empty = anyone) for
      alerts of these severities (no SMS to executives below P1);
    - no personal data: the message may not carry a person's name or other personal data the
      outbound PII guard finds (no customer names in a message).
    """

    class Kind(models.TextChoices):
        ONLY_CHANNELS = "only_channels", "Only these channels"
        FORBID_CHANNELS = "forbid_channels", "Never these channels"
        NO_PERSONAL_DATA = "no_personal_data", "No personal data in the message"

    name = models.CharField(max_length=120, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    enabled = models.BooleanField(default=True)
    severities = ArrayField(
        models.CharField(max_length=2, choices=Severity.choices),
        default=list,
        blank=True,
        help_text="empty = any",
    )
    channels = ArrayField(
        models.CharField(max_length=16, choices=ChannelKind.choices),
        default=list,
        blank=True,
        help_text="the channels the rule allows (only) or forbids",
    )
    team = models.ForeignKey(
        Team, null=True, blank=True, on_delete=models.CASCADE, help_text="whose pages (empty = anyone's)"
    )
    note = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def applies(self, *, severity: str, stakeholder: Stakeholder | None) -> bool:
        if not self.enabled or (self.severities and severity not in self.severities):
            return False
        if self.team is None:
            return True
        return stakeholder is not None and self.team.members.filter(pk=stakeholder.pk).exists()
