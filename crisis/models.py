"""Crisis data: incidents and their append-only timeline."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from ingestion.models import Event


class Level(models.TextChoices):
    OK = "ok", "OK"
    WARNING = "warning", "Warning"
    HIGH = "high", "High"
    CRITICAL = "critical", "Critical"


LEVEL_RANK = {Level.OK: 0, Level.WARNING: 1, Level.HIGH: 2, Level.CRITICAL: 3}


class Crisis(models.Model):
    """An incident: a subject whose crisis score crossed a level, until it is resolved."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        ACKNOWLEDGED = "acknowledged", "Acknowledged"
        RESOLVED = "resolved", "Resolved"

    subject = models.CharField(max_length=80, db_index=True, help_text="WatchTerm slug or topic:<id>")
    title = models.CharField(max_length=300)
    level = models.CharField(max_length=10, choices=Level.choices, default=Level.WARNING)
    peak_level = models.CharField(max_length=10, choices=Level.choices, default=Level.WARNING)
    status = models.CharField(max_length=14, choices=Status.choices, default=Status.OPEN, db_index=True)
    severity = models.CharField(max_length=2, blank=True, help_text="dominant severity of linked events")
    category = models.CharField(max_length=16, blank=True, help_text="dominant category of linked events")
    score = models.FloatField(default=0.0)
    signals = models.JSONField(default=dict, blank=True, help_text="latest signal values and contributions")
    explanation = models.TextField(blank=True, help_text="one sentence: which signals drove the score")
    first_event_at = models.DateTimeField(null=True, blank=True)
    opened_at = models.DateTimeField(db_index=True)
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    resolution_note = models.TextField(blank=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_crises",
    )
    ai_summary = models.TextField(blank=True)
    holding_statement = models.TextField(blank=True)
    events = models.ManyToManyField(Event, through="CrisisEvent", related_name="crises")

    class Meta:
        ordering = ["-opened_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["subject"],
                condition=~models.Q(status="resolved"),
                name="one_unresolved_crisis_per_subject",
            )
        ]

    def __str__(self) -> str:
        return f"{self.title} [{self.level}/{self.status}]"


class CrisisEvent(models.Model):
    crisis = models.ForeignKey(Crisis, on_delete=models.CASCADE)
    event = models.ForeignKey(Event, on_delete=models.CASCADE)
    linked_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["crisis", "event"], name="crisis_event_unique")]


class ScoreSample(models.Model):
    """One evaluation of a subject's crisis score (the score chart and the replay read these)."""

    subject = models.CharField(max_length=80)
    crisis = models.ForeignKey(
        Crisis, null=True, blank=True, on_delete=models.SET_NULL, related_name="samples"
    )
    at = models.DateTimeField()
    score = models.FloatField()
    level = models.CharField(max_length=10, choices=Level.choices)
    signals = models.JSONField(default=dict)

    class Meta:
        ordering = ["at"]
        indexes = [models.Index(fields=["subject", "at"])]


class TimelineEntry(models.Model):
    """Append-only record of everything that happened in a crisis; the post-mortem's source."""

    class Kind(models.TextChoices):
        OPENED = "opened", "Crisis opened"
        EVENT = "event", "Event linked"
        CLASSIFICATION = "classification", "Classification"
        SCORE = "score", "Score change"
        LEVEL = "level", "Level change"
        ROUTING = "routing", "Routing decision"
        NOTIFICATION = "notification", "Notification"
        ESCALATION = "escalation", "Escalation"
        ACK = "ack", "Acknowledged"
        ASSIGN = "assign", "Assigned"
        NOTE = "note", "Note"
        SUMMARY = "summary", "AI summary"
        RESOLVED = "resolved", "Resolved"
        REOPENED = "reopened", "Reopened"

    crisis = models.ForeignKey(Crisis, on_delete=models.CASCADE, related_name="timeline")
    at = models.DateTimeField(db_index=True)
    kind = models.CharField(max_length=16, choices=Kind.choices)
    actor = models.CharField(max_length=200, blank=True, help_text="user email, 'system' or a channel")
    message = models.TextField()
    data = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["at", "id"]
        verbose_name_plural = "timeline entries"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("timeline entries are append-only")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("timeline entries are append-only")
