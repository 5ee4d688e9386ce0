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
    SAFETY = "safety", "Physical safety"
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
    urgent_score = models.FloatField(default=0.0, help_text="probability that the event is P0 or P1")
    paged = models.BooleanField(default=False, help_text="the event alert was raised at classification")
    review_value = models.FloatField(
        default=0.0, help_text="expected value of a human review: uncertainty × severity × reach"
    )
    llm_cost_usd = models.DecimalField(max_digits=10, decimal_places=6, default=Decimal("0"))
    latency_ms = models.FloatField(default=0.0)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    def __str__(self) -> str:
        return f"{self.event_id}: {self.severity}/{self.category} ({self.confidence:.2f} by {self.tier})"


class ReviewItem(models.Model):
    """A classification waiting for (or carrying) a human verdict: ground truth.

    Admitted within the tenant's ReviewPolicy budget, most valuable first (the queue is ordered by
    `value`); `kind` says whether the router doubted the answer or the item is a quality sample."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        CONFIRMED = "confirmed", "Confirmed"
        CORRECTED = "corrected", "Corrected"

    class Kind(models.TextChoices):
        DOUBT = "doubt", "Doubtful answer"
        SAMPLE = "sample", "Quality sample"

    classification = models.OneToOneField(Classification, on_delete=models.CASCADE, related_name="review")
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PENDING, db_index=True)
    kind = models.CharField(max_length=8, choices=Kind.choices, default=Kind.DOUBT)
    value = models.FloatField(default=0.0, db_index=True, help_text="expected value of the review")
    reason = models.CharField(max_length=200, blank=True)
    proposed_severity = models.CharField(max_length=2, choices=Severity.choices)
    proposed_category = models.CharField(max_length=16, choices=Category.choices)
    proposed_tier = models.CharField(max_length=8, choices=Tier.choices, blank=True)
    final_severity = models.CharField(max_length=2, choices=Severity.choices, blank=True)
    final_category = models.CharField(max_length=16, choices=Category.choices, blank=True)
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    reviewed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-value", "-created_at"]


class ReviewPolicy(models.Model):
    """The tenant's review budget (one row): what share of canonical events humans review per day."""

    budget_share = models.FloatField(
        default=0.10, help_text="at most this share of today's classified events"
    )
    daily_cap = models.PositiveIntegerField(default=200, help_text="and at most this many review items a day")
    daily_minimum = models.PositiveIntegerField(
        default=10,
        help_text="but room for at least this many a day, however quiet the day (a quiet tenant's "
        "first doubts still reach a person)",
    )
    sample_share = models.FloatField(
        default=0.01, help_text="share of undoubted answers drawn as quality samples (within the budget)"
    )
    min_value = models.FloatField(default=0.02, help_text="doubts worth less than this are not queued")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "review policy"

    def __str__(self) -> str:
        return f"≤ {self.budget_share:.0%} of events, ≤ {self.daily_cap}/day"


class RulePrecision(models.Model):
    """How often a rule's answer was right: on labelled data and on this tenant's reviewed events.

    `rule` is a lexicon entry's key (`category:pattern`). The router lets a rule's answer stand
    alone only when both precisions reach the floor with enough support (classification.trust)."""

    rule = models.CharField(max_length=400, unique=True)
    category = models.CharField(max_length=16, choices=Category.choices)
    severity = models.CharField(max_length=2, choices=Severity.choices)
    labelled_n = models.PositiveIntegerField(
        default=0, help_text="answers this rule decided on labelled data"
    )
    labelled_correct = models.PositiveIntegerField(default=0)
    labelled_source = models.CharField(max_length=200, blank=True)
    reviewed_n = models.PositiveIntegerField(default=0, help_text="reviewed events this rule decided")
    reviewed_correct = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["category", "rule"]

    def __str__(self) -> str:
        return self.rule


class ConfidenceCalibration(models.Model):
    """This tenant's own confidence map for one model version (`classification.calibration`):
    p = sigmoid(slope · logit(served confidence) + bias), fitted on its reviewers' verdicts on that
    version's answers. Used once `n` reaches `calibration.MIN_REVIEWS`; refitted after each verdict."""

    model_version = models.CharField(max_length=64, unique=True)
    slope = models.FloatField(default=1.0)
    bias = models.FloatField(default=0.0)
    n = models.PositiveIntegerField(default=0, help_text="reviewed answers of this version it was fitted on")
    accuracy = models.FloatField(null=True, blank=True, help_text="share of them the reviewer agreed with")
    fitted_at = models.DateTimeField(auto_now=True)
    refit_requested_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="a refit is queued and has not started (a burst of verdicts asks once)",
    )

    class Meta:
        ordering = ["-fitted_at"]

    def __str__(self) -> str:
        return f"{self.model_version}: n={self.n}"


class ModelVersion(models.Model):
    """A trained model artifact registered in this tenant: candidate → canary → active → retired.

    The artifact itself lives on disk (settings.MODEL_ARTIFACTS_DIR/<name>/<version>/, or the small
    head committed under classification/artifacts/); the row says which one serves this tenant.
    At most one row per name is active and at most one is in canary (enforced in services).
    """

    class Status(models.TextChoices):
        CANDIDATE = "candidate", "Candidate"
        CANARY = "canary", "Canary"
        ACTIVE = "active", "Active"
        RETIRED = "retired", "Retired"

    name = models.CharField(max_length=64, default="severity_classifier")
    version = models.CharField(max_length=32, help_text="semantic version, e.g. 1.2.0")
    artifact_path = models.CharField(max_length=500)
    metrics = models.JSONField(default=dict, blank=True, help_text="metrics measured at training")
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.CANDIDATE, db_index=True)
    canary_share = models.FloatField(
        default=0.10, help_text="share of events routed to this version in canary"
    )
    canary_period_hours = models.FloatField(default=24.0)
    canary_started_at = models.DateTimeField(null=True, blank=True)
    promoted_at = models.DateTimeField(null=True, blank=True)
    retired_at = models.DateTimeField(null=True, blank=True)
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "-created_at"]
        constraints = [models.UniqueConstraint(fields=["name", "version"], name="uniq_model_name_version")]

    def __str__(self) -> str:
        return f"{self.name} {self.version} ({self.status})"

    @property
    def label(self) -> str:
        return f"{self.name}@{self.version}"


class LexiconEntry(models.Model):
    """A tenant's own rules-tier cue, or (enabled=False) a switch-off of a built-in phrase."""

    category = models.CharField(max_length=16, choices=Category.choices)
    pattern = models.CharField(max_length=300, help_text="phrase (word-boundary match) or regex")
    is_regex = models.BooleanField(default=False)
    severity = models.CharField(max_length=2, choices=Severity.choices, default=Severity.P2)
    weight = models.FloatField(default=1.0, help_text="2 = unambiguous, 1 = strong, 0.5 = weak cue")
    enabled = models.BooleanField(default=True, help_text="untick to switch a built-in phrase off")
    note = models.CharField(max_length=200, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["category", "pattern"]
        constraints = [models.UniqueConstraint(fields=["category", "pattern"], name="uniq_lexicon_entry")]

    def __str__(self) -> str:
        return f"{self.category}: {self.pattern}"


class CanaryRecord(models.Model):
    """Both answers for an event routed to a canary model: agreement and, once reviewed, accuracy."""

    classification = models.OneToOneField(Classification, on_delete=models.CASCADE, related_name="canary")
    candidate = models.ForeignKey(ModelVersion, on_delete=models.CASCADE, related_name="canary_records")
    active_version = models.CharField(max_length=64)
    active_severity = models.CharField(max_length=2, choices=Severity.choices)
    active_confidence = models.FloatField()
    candidate_severity = models.CharField(max_length=2, choices=Severity.choices)
    candidate_confidence = models.FloatField()
    served = models.CharField(max_length=10, default="active", help_text="whose answer the event got")
    agree = models.BooleanField()
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)


class LLMCall(models.Model):
    """The tenant's one LLM ledger: every attempt of every LLM use (also refused and cached ones),
    recorded before the request goes out (classification/llm_gateway.py). Today's rows of every
    purpose count against the organisation's one daily budget."""

    class Purpose(models.TextChoices):
        CLASSIFY = "classify", "Classification tier"
        SUMMARY = "summary", "Crisis summary and holding statement"
        PLAN = "plan", "Response planning"

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        OK = "ok", "OK"
        CACHED = "cached", "Cache hit"
        ERROR = "error", "Error"
        INVALID = "invalid", "Invalid answer"
        HALLUCINATION = "hallucination", "Rejected: hallucination guard"
        REFUSED_PII = "refused_pii", "Refused: PII in prompt"
        REFUSED_BUDGET = "refused_budget", "Refused: budget exhausted"
        BREAKER_OPEN = "breaker_open", "Refused: circuit open"

    purpose = models.CharField(
        max_length=16, choices=Purpose.choices, default=Purpose.CLASSIFY, db_index=True
    )
    event = models.ForeignKey(
        Event, null=True, blank=True, on_delete=models.SET_NULL, related_name="llm_calls"
    )
    # A plain id: classification is below crisis and does not reference its tables.
    crisis_ref = models.BigIntegerField(
        null=True, blank=True, db_index=True, help_text="the crisis a summary or a plan was for"
    )
    model = models.CharField(max_length=64, blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING, db_index=True)
    prompt_hash = models.CharField(max_length=64, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    input_tokens = models.PositiveIntegerField(default=0)
    output_tokens = models.PositiveIntegerField(default=0)
    cost_usd = models.DecimalField(max_digits=10, decimal_places=6, default=Decimal("0"))
    reserved_usd = models.DecimalField(
        max_digits=10,
        decimal_places=6,
        default=Decimal("0"),
        help_text="worst-case cost held against the budget while the call is pending",
    )
    latency_ms = models.FloatField(default=0.0)
    error = models.TextField(blank=True)
    response = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ["-created_at"]


class DriftReport(models.Model):
    """Population stability of predicted severities and confidences, current vs reference window."""

    computed_at = models.DateTimeField(db_index=True)
    window_start = models.DateTimeField()
    window_end = models.DateTimeField()
    reference_start = models.DateTimeField()
    reference_end = models.DateTimeField()
    n_reference = models.PositiveIntegerField(default=0)
    n_current = models.PositiveIntegerField(default=0)
    psi_severity = models.FloatField(default=0.0)
    psi_confidence = models.FloatField(default=0.0)
    threshold = models.FloatField(default=0.2)
    drifted = models.BooleanField(default=False)
    detail = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-computed_at"]


class RetrainingTask(models.Model):
    """An admin to-do opened by drift (or by hand): retrain/evaluate the severity model."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        DONE = "done", "Done"
        DISMISSED = "dismissed", "Dismissed"

    reason = models.CharField(max_length=300)
    drift_report = models.ForeignKey(DriftReport, null=True, blank=True, on_delete=models.SET_NULL)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.OPEN, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )

    class Meta:
        ordering = ["-created_at"]
