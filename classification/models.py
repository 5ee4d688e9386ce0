"""Classification data: one verdict per event, the human review queue, the model registry."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import models

from ingestion.models import Event


class Severity(models.TextChoices):
    P0 = "P0", "P0 critical"
    P1 = "P1", "P1 high"
    P2 = "P2", "P2 medium"
    P3 = "P3", "P3 low"
    P4 = "P4", "P4 informational"


class Category(models.TextChoices):
    PR = "pr", "PR / reputation"
    SECURITY = "security", "Security"
    OPERATIONAL = "operational", "Operational"
    LEGAL = "legal", "Legal"
    NONE = "none", "Not a crisis category"


class Tier(models.TextChoices):
    RULES = "rules", "Rules"
    MODEL = "model", "Fine-tuned model"
    LLM = "llm", "LLM"
    HUMAN = "human", "Human review"


class Classification(models.Model):
    event = models.OneToOneField(Event, on_delete=models.CASCADE, related_name="classification")
    severity = models.CharField(max_length=2, choices=Severity.choices, db_index=True)
    category = models.CharField(max_length=16, choices=Category.choices, db_index=True)
    confidence = models.FloatField()
    tier = models.CharField(max_length=8, choices=Tier.choices)
    model_version = models.CharField(max_length=64, blank=True)
    sentiment = models.FloatField(default=0.0, help_text="-1 (negative) .. 1 (positive)")
    emotions = models.JSONField(default=dict, blank=True, help_text='{"anger": 0.1, "fear": 0.0, ...}')
    toxicity = models.FloatField(default=0.0)
    keywords = models.JSONField(default=list, blank=True, help_text="crisis keywords/rules that fired")
    rationale = models.TextField(blank=True)
    tier_opinions = models.JSONField(default=dict, blank=True, help_text="each tier's answer, for review")
    needs_review = models.BooleanField(default=False, db_index=True)
    llm_cost_usd = models.DecimalField(max_digits=10, decimal_places=6, default=Decimal("0"))
    latency_ms = models.FloatField(default=0.0)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    def __str__(self) -> str:
        return f"{self.event_id}: {self.severity}/{self.category} ({self.confidence:.2f} by {self.tier})"


class ReviewItem(models.Model):
    """A low-confidence classification waiting for (or carrying) a human verdict: ground truth."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        CONFIRMED = "confirmed", "Confirmed"
        CORRECTED = "corrected", "Corrected"

    classification = models.OneToOneField(Classification, on_delete=models.CASCADE, related_name="review")
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PENDING, db_index=True)
    reason = models.CharField(max_length=200, blank=True)
    proposed_severity = models.CharField(max_length=2, choices=Severity.choices)
    proposed_category = models.CharField(max_length=16, choices=Category.choices)
    final_severity = models.CharField(max_length=2, choices=Severity.choices, blank=True)
    final_category = models.CharField(max_length=16, choices=Category.choices, blank=True)
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    reviewed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
