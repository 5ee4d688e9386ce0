"""Ingestion data: sources, the durable inbox (RawEvent) and normalized, redacted events."""

from __future__ import annotations

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models

from tenants.fields import EncryptedJSONField


class SourceKind(models.TextChoices):
    TWITTER = "twitter", "X / Twitter"
    REDDIT = "reddit", "Reddit"
    NEWSAPI = "newsapi", "NewsAPI"
    RSS = "rss", "RSS / Atom"
    ZENDESK = "zendesk", "Zendesk"
    ELASTICSEARCH = "elasticsearch", "Elasticsearch logs"
    GENERIC = "generic", "Generic JSON API"
    SPLUNK_HEC = "splunk_hec", "Splunk HEC"
    ALERTMANAGER = "alertmanager", "Prometheus Alertmanager"
    PAGERDUTY = "pagerduty", "PagerDuty Events v2"


class Platform(models.TextChoices):
    TWITTER = "twitter", "X / Twitter"
    REDDIT = "reddit", "Reddit"
    NEWS = "news", "News"
    RSS = "rss", "RSS"
    SUPPORT = "support", "Support tickets"
    LOGS = "logs", "Internal logs"
    ALERTS = "alerts", "Monitoring alerts"
    OTHER = "other", "Other"


class WatchTerm(models.Model):
    """A subject the tenant watches (brand, product, executive, ticker), with its aliases."""

    class Kind(models.TextChoices):
        BRAND = "brand", "Brand"
        PRODUCT = "product", "Product"
        EXECUTIVE = "executive", "Executive"
        TICKER = "ticker", "Ticker"
        TOPIC = "topic", "Topic"

    slug = models.SlugField(max_length=80, unique=True, help_text="subject key the detector aggregates on")
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.BRAND)
    aliases = ArrayField(models.CharField(max_length=200), default=list, blank=True)
    enabled = models.BooleanField(default=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Source(models.Model):
    """One configured feed of events for this tenant (a poller or a push endpoint)."""

    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=80, unique=True)
    kind = models.CharField(max_length=24, choices=SourceKind.choices)
    enabled = models.BooleanField(default=True)
    config = models.JSONField(
        default=dict, blank=True, help_text="kind-specific settings: query, base_url, subreddits…"
    )
    credentials = EncryptedJSONField(null=True, blank=True, help_text="tokens and secrets, encrypted at rest")
    api_key_hash = models.CharField(
        max_length=128, blank=True, db_index=True, help_text="sha256 of the push API key"
    )
    cursor = models.JSONField(default=dict, blank=True)
    poll_interval_seconds = models.PositiveIntegerField(default=60)
    next_poll_at = models.DateTimeField(null=True, blank=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    credibility = models.FloatField(default=0.5, help_text="0..1, how much this source's signals count")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.kind})"


class RawEvent(models.Model):
    """A payload exactly as received, stored before anything can fail (the durable inbox)."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        PROCESSING = "processing", "Processing"
        PROCESSED = "processed", "Processed"
        DUPLICATE = "duplicate", "Near-duplicate (merged)"
        NEEDS_REVIEW = "needs_review", "Needs review"
        HELD_PII = "held_pii", "Held: PII redaction failed"

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="raw_events")
    external_id = models.CharField(max_length=255)
    payload = EncryptedJSONField(help_text="unredacted payload, encrypted at rest; admins only")
    received_at = models.DateTimeField(auto_now_add=True, db_index=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING, db_index=True)
    status_reason = models.TextField(blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    claimed_at = models.DateTimeField(null=True, blank=True)
    processed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["source", "external_id"], name="rawevent_source_external_id")
        ]
        indexes = [models.Index(fields=["status", "received_at"])]

    def __str__(self) -> str:
        return f"{self.source.slug}:{self.external_id} [{self.status}]"


class Event(models.Model):
    """A normalized, PII-redacted event. The only form later stages ever see."""

    raw_event = models.OneToOneField(RawEvent, on_delete=models.PROTECT, related_name="event")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="events")
    platform = models.CharField(max_length=16, choices=Platform.choices, db_index=True)
    external_id = models.CharField(max_length=255)
    title = models.CharField(max_length=500, blank=True)
    text = models.TextField(help_text="redacted text")
    url = models.URLField(max_length=1000, blank=True)
    author_id = models.CharField(max_length=255, blank=True)
    author_name = models.CharField(max_length=255, blank=True, help_text="redacted unless a public handle")
    author_followers = models.PositiveBigIntegerField(default=0)
    author_verified = models.BooleanField(default=False)
    language = models.CharField(max_length=12, blank=True)
    occurred_at = models.DateTimeField(db_index=True)
    ingested_at = models.DateTimeField(auto_now_add=True, db_index=True)
    reach = models.PositiveBigIntegerField(default=0, help_text="audience estimate, grows with duplicates")
    entities = models.JSONField(default=list, blank=True, help_text='[{"label": "ORG", "text": "Acme"}, ...]')
    subjects = ArrayField(
        models.CharField(max_length=80), default=list, blank=True, help_text="matched WatchTerm slugs"
    )
    pii_found = models.JSONField(default=dict, blank=True, help_text="counts of redacted PII per entity type")
    content_hash = models.CharField(max_length=64, db_index=True)
    canonical = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="duplicates",
        help_text="set on near-duplicates kept for the record; null on canonical events",
    )
    duplicate_count = models.PositiveIntegerField(
        default=1, help_text="1 + near-duplicates merged into this event"
    )
    extra = models.JSONField(
        default=dict,
        blank=True,
        help_text="connector facts later stages may use (is_retweet, severity hint, ticket priority); "
        "PII-looking strings scrubbed",
    )

    class Meta:
        ordering = ["-occurred_at"]
        indexes = [GinIndex(fields=["subjects"]), models.Index(fields=["platform", "occurred_at"])]

    def __str__(self) -> str:
        return f"{self.platform}:{self.external_id}"
