"""Crisis data: incidents and their append-only timeline."""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models

from ingestion.models import Event


class Level(models.TextChoices):
    OK = "ok", "OK"
    WARNING = "warning", "Warning"
    HIGH = "high", "High"
    CRITICAL = "critical", "Critical"


LEVEL_RANK = {Level.OK: 0, Level.WARNING: 1, Level.HIGH: 2, Level.CRITICAL: 3}


class Crisis(models.Model):
    """An incident: one story — a subject whose crisis score crossed a level, and the subjects
    that joined it (co-mentioned, same category, close by text) — until it is resolved.

    `subject` is the story's first subject (one unresolved crisis per first subject); `subjects`
    holds every subject of the story, first one first. A crisis merged into another is resolved
    with `merged_into` set; a crisis split off another points back with `split_from`.
    """

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        ACKNOWLEDGED = "acknowledged", "Acknowledged"
        RESOLVED = "resolved", "Resolved"

    subject = models.CharField(max_length=80, db_index=True, help_text="WatchTerm slug or topic:<id>")
    subjects = ArrayField(
        models.CharField(max_length=80),
        default=list,
        blank=True,
        help_text="every subject of the story, the first subject first",
    )
    sources = ArrayField(
        models.CharField(max_length=80),
        default=list,
        blank=True,
        help_text="source slugs of the linked events, most frequent first (routing sees them)",
    )
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
    reopened_count = models.PositiveIntegerField(default=0, help_text="flare-ups that reopened it")
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged_from"
    )
    split_from = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="split_off"
    )
    split_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        # No "one unresolved crisis per subject": two unrelated stories may run on one subject at
        # once (a payments outage and a fee lawsuit both name the bank). Which incident a subject's
        # detector drives is its DetectorState's `crisis_id`, changed under that row's lock.
        ordering = ["-opened_at"]

    def __str__(self) -> str:
        return f"{self.title} [{self.level}/{self.status}]"

    @property
    def story_subjects(self) -> list[str]:
        """The story's subjects, first subject first (rows from before stories have only `subject`)."""
        return list(dict.fromkeys([self.subject, *(self.subjects or [])]))


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
        STORY = "story", "Story grouping"
        MERGED = "merged", "Merged"
        SPLIT = "split", "Split"
        FEEDBACK = "feedback", "Stakeholder feedback"
        POLICY = "policy", "Paging policy"
        RESPONSE = "response", "Response plan"

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


# --- Detector configuration, state and batch features -----------------------------------------

DEFAULT_WEIGHTS = {
    "volume": 0.30,
    "sentiment": 0.25,
    "keywords": 0.20,
    "emotion": 0.10,
    "amplification": 0.10,
    "cross_platform": 0.05,
}
DEFAULT_KEYWORDS = (
    "fraud",
    "lawsuit",
    "breach",
    "recall",
    "outage",
    "hack",
    "hacked",
    "explosion",
    "death",
    "dead",
    "arrest",
    "arrested",
    "investigation",
    "class action",
    "scandal",
    "boycott",
    "leak",
    "data leak",
    "scam",
    "fire",
    "injured",
    "contamination",
    "cancelled",
    "down",
)


class DetectorConfig(models.Model):
    """The tenant's detector settings (one row per tenant schema; admin-editable).

    A `SubjectOverride` may replace any of these for one subject.
    """

    weights = models.JSONField(default=dict, blank=True, help_text="signal → weight; missing = default")
    warning_threshold = models.FloatField(default=0.40)
    high_threshold = models.FloatField(default=0.65)
    critical_threshold = models.FloatField(default=0.85)
    min_mentions = models.PositiveIntegerField(default=5, help_text="below this per window: level ok")
    window_seconds = models.PositiveIntegerField(default=60, help_text="evaluation window length")
    raise_windows = models.PositiveSmallIntegerField(default=2, help_text="N windows above to raise")
    resolve_windows = models.PositiveSmallIntegerField(
        default=10, help_text="M windows below warning to resolve"
    )
    cooldown_seconds = models.PositiveIntegerField(default=900, help_text="before re-alerting the same level")
    debounce_seconds = models.FloatField(default=0.5, help_text="event-driven evaluation at most this often")
    z_cap = models.FloatField(default=6.0, help_text="volume z-score that maps to signal 1.0")
    baseline_min_days = models.PositiveSmallIntegerField(default=7)
    baseline_max_days = models.PositiveSmallIntegerField(default=30)
    prior_hourly_mean = models.FloatField(
        default=30.0, help_text="global prior for new subjects (mentions/h)"
    )
    prior_hourly_std = models.FloatField(default=30.0)
    ai_enabled = models.BooleanField(default=True)
    ai_pre_threshold = models.FloatField(default=0.40, help_text="AI summary only above this score")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "detector configuration"

    def __str__(self) -> str:
        return "Detector configuration"


class SubjectOverride(models.Model):
    """Per-subject detector settings: any DetectorConfig field name → value."""

    subject = models.CharField(max_length=80, unique=True)
    settings = models.JSONField(
        default=dict, blank=True, help_text='e.g. {"min_mentions": 20, "weights": {...}}'
    )
    muted = models.BooleanField(default=False, help_text="never open crises for this subject")
    note = models.CharField(max_length=200, blank=True)

    def __str__(self) -> str:
        return f"override {self.subject}"


class CrisisKeyword(models.Model):
    """Tenant-editable crisis vocabulary; a phrase matches on word boundaries, case-insensitive."""

    phrase = models.CharField(max_length=80, unique=True)
    weight = models.FloatField(default=1.0)
    enabled = models.BooleanField(default=True)

    class Meta:
        ordering = ["phrase"]

    def __str__(self) -> str:
        return self.phrase


class DetectorState(models.Model):
    """Hysteresis / cooldown state of one subject (serialized `crisis.detector.SubjectState`)."""

    subject = models.CharField(max_length=80, unique=True)
    state = models.JSONField(default=dict)
    last_score = models.FloatField(default=0.0)
    last_level = models.CharField(max_length=10, choices=Level.choices, default=Level.OK)
    evaluated_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.subject}: {self.last_level} ({self.last_score:.2f})"


class HourlyRollup(models.Model):
    """Batch features per subject and hour, from Postgres events (the baselines read these)."""

    subject = models.CharField(max_length=80)
    hour = models.DateTimeField(help_text="start of the hour, UTC")
    mentions = models.PositiveIntegerField(default=0, help_text="events incl. near-duplicates")
    classified = models.PositiveIntegerField(default=0)
    negative = models.FloatField(default=0.0)
    sentiment_sum = models.FloatField(default=0.0)
    keyword_hits = models.PositiveIntegerField(default=0)
    reach = models.PositiveBigIntegerField(default=0)
    verified = models.PositiveIntegerField(default=0)
    platforms = models.JSONField(default=dict, blank=True, help_text="platform → mentions")
    severities = models.JSONField(default=dict, blank=True, help_text="severity → events")
    computed_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["subject", "hour"], name="rollup_subject_hour")]
        indexes = [models.Index(fields=["subject", "hour"])]

    def __str__(self) -> str:
        return f"{self.subject} {self.hour:%Y-%m-%d %H}: {self.mentions}"


# --- Story grouping (crisis.stories) ----------------------------------------------------------


def _default_related_categories() -> list[list[str]]:
    return [["security", "operational"]]


class GroupingConfig(models.Model):
    """The tenant's story grouping (one row; admin-editable): when an event, an alert or a
    subject's opening belongs to an incident already open, when two incidents are one story, and
    how long a resolved story may flare up again and reopen instead of opening a new incident."""

    enabled = models.BooleanField(default=True, help_text="off: one incident per subject, as before")
    reopen_window_minutes = models.PositiveIntegerField(
        default=1440, help_text="a story flaring up again within this time after it resolved reopens it"
    )
    lead_minutes = models.PositiveIntegerField(
        default=60, help_text="events this long before an incident's first event still belong to it"
    )
    co_mention_min_events = models.PositiveIntegerField(
        default=3, help_text="events naming two subjects together that tie them into one story"
    )
    join_share = models.FloatField(
        default=0.5, help_text="share of an opening subject's events that must belong to a story to join it"
    )
    similarity_threshold = models.FloatField(
        default=0.5, help_text="MiniLM cosine to a story's events that counts as 'close by text'"
    )
    minhash_threshold = models.FloatField(
        default=0.5, help_text="estimated Jaccard (MinHash) to one of a story's events: a near copy"
    )
    related_categories = models.JSONField(
        default=_default_related_categories,
        blank=True,
        help_text='categories that are one story family, e.g. [["security", "operational"]]',
    )
    fold_event_alerts = models.BooleanField(
        default=True, help_text="a P0/P1 event of an open story updates its alert instead of paging again"
    )
    auto_merge = models.BooleanField(
        default=True, help_text="merge open incidents that turn out to be one story"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "story grouping configuration"

    def __str__(self) -> str:
        return "Story grouping configuration"


class SubjectLink(models.Model):
    """A grouping rule between two subjects: always one story, or never."""

    class Mode(models.TextChoices):
        ALWAYS = "always", "Always one story"
        NEVER = "never", "Never one story"

    subject_a = models.CharField(max_length=80)
    subject_b = models.CharField(max_length=80)
    mode = models.CharField(max_length=8, choices=Mode.choices, default=Mode.ALWAYS)
    note = models.CharField(max_length=200, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["subject_a", "subject_b"], name="subject_link_unique")]

    def __str__(self) -> str:
        return f"{self.subject_a} ↔ {self.subject_b}: {self.get_mode_display()}"
