"""Escalation data: who can be reached and how (stakeholders, teams, rotations, channels), how an
alert is routed (rules, policies, steps, SLAs), and what happened (alerts, delivery attempts).

Writes go through `escalation.services`; reads through `escalation.selectors`.
"""

from __future__ import annotations

import secrets
from datetime import time

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models

from classification.models import Category, Severity
from tenants.fields import EncryptedJSONField


class ChannelKind(models.TextChoices):
    SLACK = "slack", "Slack"
    TEAMS = "teams", "Microsoft Teams"
    EMAIL = "email", "Email"
    SMS = "sms", "SMS (Twilio)"
    PAGERDUTY = "pagerduty", "PagerDuty"
    WEBHOOK = "webhook", "Webhook"


DEFAULT_CONTACT_PREFERENCES = ["slack", "sms", "email"]


def _default_preferences() -> list[str]:
    return list(DEFAULT_CONTACT_PREFERENCES)


def _default_workdays() -> list[int]:
    return [0, 1, 2, 3, 4]


class Stakeholder(models.Model):
    """A person who can be notified. Contact preferences are tried in order (fallback chain)."""

    name = models.CharField(max_length=200)
    role = models.CharField(max_length=120, blank=True, help_text="e.g. CISO, Head of Comms")
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="stakeholder",
        help_text="login account, for 'my alerts' and dashboard ACKs",
    )
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=32, blank=True, help_text="E.164, e.g. +447700900123")
    slack_user_id = models.CharField(max_length=32, blank=True, help_text="U… id; DMs go there")
    teams_upn = models.CharField(max_length=200, blank=True, help_text="Teams user principal name, mentioned")
    timezone = models.CharField(max_length=64, default="UTC")
    working_hours_start = models.TimeField(default=time(9, 0))
    working_hours_end = models.TimeField(default=time(18, 0))
    working_days = ArrayField(
        models.PositiveSmallIntegerField(), default=_default_workdays, blank=True, help_text="0=Mon … 6=Sun"
    )
    contact_preferences = ArrayField(
        models.CharField(max_length=16, choices=ChannelKind.choices),
        default=_default_preferences,
        blank=True,
        help_text="channels in the order they are tried",
    )
    disabled_channels = models.JSONField(
        default=dict, blank=True, help_text="{kind: reason} set after a permanent delivery error"
    )
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.role})" if self.role else self.name


class Team(models.Model):
    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=80, unique=True)
    members = models.ManyToManyField(Stakeholder, blank=True, related_name="teams")

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class OnCallRotation(models.Model):
    """Participants take turns; the turn changes every day or week at `handoff_time` (UTC)."""

    class Handoff(models.TextChoices):
        DAILY = "daily", "Daily"
        WEEKLY = "weekly", "Weekly"

    name = models.CharField(max_length=120)
    team = models.ForeignKey(Team, null=True, blank=True, on_delete=models.SET_NULL, related_name="rotations")
    handoff = models.CharField(max_length=8, choices=Handoff.choices, default=Handoff.WEEKLY)
    starts_at = models.DateTimeField(
        help_text="the first participant's shift starts here (sets the hand-off time)"
    )
    participants = models.ManyToManyField(Stakeholder, through="RotationMember", related_name="rotations")

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.handoff})"


class RotationMember(models.Model):
    rotation = models.ForeignKey(OnCallRotation, on_delete=models.CASCADE, related_name="members")
    stakeholder = models.ForeignKey(Stakeholder, on_delete=models.CASCADE)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["rotation", "stakeholder"], name="rotation_member_unique")
        ]


class OnCallOverride(models.Model):
    """Someone covers a rotation for a window (holiday swap); wins over the regular turn."""

    rotation = models.ForeignKey(OnCallRotation, on_delete=models.CASCADE, related_name="overrides")
    stakeholder = models.ForeignKey(Stakeholder, on_delete=models.CASCADE)
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    reason = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["-starts_at"]


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


def _ack_code() -> str:
    return f"{secrets.randbelow(900000) + 100000}"


class Alert(models.Model):
    """triggered → acknowledged → resolved. One per crisis level or per P0/P1 event."""

    class State(models.TextChoices):
        TRIGGERED = "triggered", "Triggered"
        ACKNOWLEDGED = "acknowledged", "Acknowledged"
        RESOLVED = "resolved", "Resolved"

    dedup_key = models.CharField(max_length=255, db_index=True)
    title = models.CharField(max_length=300)
    summary = models.TextField(blank=True)
    severity = models.CharField(max_length=2, choices=Severity.choices, db_index=True)
    category = models.CharField(max_length=16, blank=True)
    subject = models.CharField(max_length=80, blank=True)
    source = models.CharField(max_length=80, blank=True, help_text="source slug, for routing")
    crisis = models.ForeignKey(
        "crisis.Crisis", null=True, blank=True, on_delete=models.SET_NULL, related_name="alerts"
    )
    classification = models.ForeignKey(
        "classification.Classification", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    details = models.JSONField(default=dict, blank=True, help_text="score, signals, explanation, links")
    state = models.CharField(max_length=14, choices=State.choices, default=State.TRIGGERED, db_index=True)

    routing = models.JSONField(default=dict, blank=True, help_text="the routing decision and why")
    policy = models.ForeignKey(EscalationPolicy, null=True, blank=True, on_delete=models.SET_NULL)
    policy_snapshot = models.JSONField(default=dict, blank=True, help_text="frozen when the alert opened")

    triggered_at = models.DateTimeField(db_index=True)
    last_triggered_at = models.DateTimeField()
    trigger_count = models.PositiveIntegerField(default=1)
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    acknowledged_via = models.CharField(max_length=16, blank=True)
    acknowledged_actor = models.CharField(max_length=200, blank=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    resolved_via = models.CharField(max_length=16, blank=True)
    resolution_note = models.TextField(blank=True)

    sla_deadline = models.DateTimeField(null=True, blank=True, help_text="ACK expected by (severity SLA)")
    sla_breached = models.BooleanField(default=False)
    ack_deadline = models.DateTimeField(
        null=True, blank=True, db_index=True, help_text="next tier fires at this time if nobody ACKs"
    )
    current_tier = models.IntegerField(default=-1, help_text="index of the last tier notified")
    current_round = models.PositiveSmallIntegerField(default=0)
    escalation_version = models.PositiveIntegerField(
        default=0, help_text="bumped by every escalation/ACK: scheduled tasks with an older value are stale"
    )
    ack_code = models.CharField(max_length=8, default=_ack_code, help_text="for 'ACK <code>' SMS replies")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-triggered_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["dedup_key"],
                condition=~models.Q(state="resolved"),
                name="one_open_alert_per_dedup_key",
            )
        ]

    def __str__(self) -> str:
        return f"#{self.pk} {self.severity} {self.title} [{self.state}]"

    @property
    def is_open(self) -> bool:
        return self.state != self.State.RESOLVED


class Notification(models.Model):
    """One delivery attempt, written before it is sent. Retries and fallbacks are new rows."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed (transient)"
        FAILED_PERMANENT = "failed_permanent", "Failed (permanent)"
        CANCELLED = "cancelled", "Cancelled"
        SKIPPED = "skipped", "Skipped"

    class Purpose(models.TextChoices):
        NOTIFY = "notify", "Notify"
        ACKNOWLEDGE = "acknowledge", "Provider acknowledge"
        RESOLVE = "resolve", "Provider resolve"
        ADMIN_NOTICE = "admin_notice", "Admin notice"

    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="notifications")
    purpose = models.CharField(max_length=16, choices=Purpose.choices, default=Purpose.NOTIFY)
    tier = models.IntegerField(default=0)
    round = models.PositiveSmallIntegerField(default=0)
    channel = models.CharField(max_length=16, choices=ChannelKind.choices)
    chain = ArrayField(models.CharField(max_length=16), default=list, blank=True, help_text="fallback order")
    stakeholder = models.ForeignKey(
        Stakeholder, null=True, blank=True, on_delete=models.SET_NULL, related_name="notifications"
    )
    address = models.CharField(max_length=300, blank=True, help_text="where it went (redacted for secrets)")
    attempt = models.PositiveSmallIntegerField(default=1, help_text="attempt number on this channel")
    status = models.CharField(max_length=18, choices=Status.choices, default=Status.PENDING, db_index=True)
    idempotency_key = models.CharField(max_length=64, unique=True)
    scheduled_for = models.DateTimeField()
    claimed_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    provider_message_id = models.CharField(max_length=200, blank=True)
    provider_response = models.JSONField(default=dict, blank=True)
    error = models.TextField(blank=True)
    latency_ms = models.FloatField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["status", "scheduled_for"])]

    def __str__(self) -> str:
        return f"{self.channel} → {self.address or self.stakeholder_id} #{self.attempt} [{self.status}]"
