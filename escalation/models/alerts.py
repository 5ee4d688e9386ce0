"""What happened: alerts (one per crisis level, or per story of P0/P1 events), each delivery
attempt, and what stakeholders answered ("not a crisis")."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models

from classification.models import Severity
from escalation.models.people import ChannelKind, Stakeholder
from escalation.models.policy import EscalationPolicy


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
    subjects = ArrayField(
        models.CharField(max_length=80), default=list, blank=True, help_text="every subject of its story"
    )
    sources = ArrayField(
        models.CharField(max_length=80), default=list, blank=True, help_text="every source slug of its story"
    )
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
        HELD = "held", "Held (quiet hours or digest)"
        HALTED = "halted", "Halted by a guardrail"

    class Kind(models.TextChoices):
        PAGE = "page", "Page"
        UPDATE = "update", "Update"
        RESOLVED = "resolved", "Resolved update"
        DIGEST = "digest", "Digest"

    class Purpose(models.TextChoices):
        NOTIFY = "notify", "Notify"
        ACKNOWLEDGE = "acknowledge", "Provider acknowledge"
        RESOLVE = "resolve", "Provider resolve"
        ADMIN_NOTICE = "admin_notice", "Admin notice"

    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="notifications")
    purpose = models.CharField(max_length=16, choices=Purpose.choices, default=Purpose.NOTIFY)
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.PAGE, db_index=True)
    severity = models.CharField(
        max_length=2, blank=True, help_text="the alert's severity when it was written"
    )
    body = models.TextField(blank=True, help_text="what an update, resolved update or digest says")
    thread_ref = models.CharField(
        max_length=200, blank=True, help_text="the message it replies to (Slack ts, email Message-ID)"
    )
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


class AlertFeedback(models.Model):
    """A stakeholder's answer to a page: "not a crisis / false alarm" (or "confirmed"), from the
    Slack button, the email link, an SMS reply or the dashboard. It lands on the crisis timeline,
    in review ground truth and in the false-positive-rate metric (escalation.feedback)."""

    class Verdict(models.TextChoices):
        FALSE_ALARM = "false_alarm", "Not a crisis / false alarm"
        CONFIRMED = "confirmed", "Confirmed"

    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="feedback")
    verdict = models.CharField(max_length=12, choices=Verdict.choices, default=Verdict.FALSE_ALARM)
    stakeholder = models.ForeignKey(Stakeholder, null=True, blank=True, on_delete=models.SET_NULL)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    actor = models.CharField(max_length=200)
    via = models.CharField(max_length=16)
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["alert", "actor"], name="one_feedback_per_alert_and_actor")
        ]

    def __str__(self) -> str:
        return f"alert #{self.alert_id}: {self.get_verdict_display()} ({self.actor} via {self.via})"
