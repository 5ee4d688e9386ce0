"""Who can be reached and how: stakeholders (contact details, working hours, their paging
policy), teams, on-call rotations and overrides."""

from __future__ import annotations

from datetime import time

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models


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


def _default_quiet_override() -> list[str]:
    return ["P0"]


def _default_digest() -> list[str]:
    return ["P2", "P3"]


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
    # Paging policy (escalation.paging): how this person wants to be reached, per severity.
    severity_channels = models.JSONField(
        default=dict,
        blank=True,
        help_text='channels per severity, e.g. {"P0": ["sms", "slack"], "P1": ["slack", "email"]}; '
        "a severity not listed uses the contact preferences",
    )
    quiet_hours_start = models.TimeField(
        null=True, blank=True, help_text="local time; pages wait until the quiet hours end"
    )
    quiet_hours_end = models.TimeField(null=True, blank=True)
    quiet_override_severities = ArrayField(
        models.CharField(max_length=2),
        default=_default_quiet_override,
        blank=True,
        help_text="severities that page even in quiet hours",
    )
    digest_severities = ArrayField(
        models.CharField(max_length=2),
        default=_default_digest,
        blank=True,
        help_text="severities collected into one email digest instead of a page",
    )
    digest_minutes = models.PositiveIntegerField(default=60, help_text="how often the digest goes out")
    update_minutes = models.PositiveIntegerField(
        default=5, help_text="at most one update per incident this often (later changes wait and merge)"
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
