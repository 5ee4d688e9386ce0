"""What escalation received from the earlier stages: one row per P0/P1 classification whose
hand-off (`escalation.trigger_event_alert`) was handled. The sweeper (escalation.owed) re-sends the
hand-off of a paged classification without a row (the message was lost in a broker outage), and a
redelivered task that finds the row does nothing (folding the event into its alert twice would
update everyone twice)."""

from __future__ import annotations

from django.db import models


class EventTrigger(models.Model):
    class Outcome(models.TextChoices):
        PENDING = "pending", "Being handled"
        ALERTED = "alerted", "Opened or updated an alert"
        SKIPPED = "skipped", "No alert (not P0/P1 any more)"
        BEFORE = "before", "Handled before hand-offs were recorded"

    classification = models.OneToOneField(
        "classification.Classification", on_delete=models.CASCADE, related_name="+"
    )
    alert = models.ForeignKey(
        "escalation.Alert", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    outcome = models.CharField(max_length=12, choices=Outcome.choices, default=Outcome.PENDING)
    handled_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"classification #{self.classification_id}: {self.outcome}"
