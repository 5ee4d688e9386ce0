from __future__ import annotations

from django.contrib import admin

from crisis.models import (
    Crisis,
    CrisisKeyword,
    DetectorConfig,
    DetectorState,
    GroupingConfig,
    HourlyRollup,
    ScoreSample,
    SubjectLink,
    SubjectOverride,
    TimelineEntry,
)


@admin.register(DetectorConfig)
class DetectorConfigAdmin(admin.ModelAdmin):
    list_display = [
        "__str__",
        "warning_threshold",
        "high_threshold",
        "critical_threshold",
        "min_mentions",
        "window_seconds",
        "raise_windows",
        "resolve_windows",
        "cooldown_seconds",
        "updated_at",
    ]

    def has_add_permission(self, request):
        return not DetectorConfig.objects.exists()


@admin.register(GroupingConfig)
class GroupingConfigAdmin(admin.ModelAdmin):
    list_display = [
        "__str__",
        "enabled",
        "reopen_window_minutes",
        "join_share",
        "similarity_threshold",
        "fold_event_alerts",
        "auto_merge",
        "updated_at",
    ]

    def has_add_permission(self, request):
        return not GroupingConfig.objects.exists()


@admin.register(SubjectLink)
class SubjectLinkAdmin(admin.ModelAdmin):
    list_display = ["subject_a", "subject_b", "mode", "note"]
    list_filter = ["mode"]
    search_fields = ["subject_a", "subject_b", "note"]


@admin.register(SubjectOverride)
class SubjectOverrideAdmin(admin.ModelAdmin):
    list_display = ["subject", "muted", "settings", "note"]
    search_fields = ["subject"]


@admin.register(CrisisKeyword)
class CrisisKeywordAdmin(admin.ModelAdmin):
    list_display = ["phrase", "weight", "enabled"]
    list_editable = ["weight", "enabled"]
    search_fields = ["phrase"]


@admin.register(DetectorState)
class DetectorStateAdmin(admin.ModelAdmin):
    list_display = ["subject", "last_level", "last_score", "evaluated_at"]
    readonly_fields = ["subject", "state", "last_level", "last_score", "evaluated_at"]


@admin.register(HourlyRollup)
class HourlyRollupAdmin(admin.ModelAdmin):
    list_display = ["subject", "hour", "mentions", "negative", "keyword_hits", "reach"]
    list_filter = ["subject"]


class TimelineInline(admin.TabularInline):
    model = TimelineEntry
    extra = 0
    can_delete = False
    readonly_fields = ["at", "kind", "actor", "message", "data"]

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Crisis)
class CrisisAdmin(admin.ModelAdmin):
    list_display = ["title", "subject", "subjects", "level", "peak_level", "status", "score", "opened_at"]
    list_filter = ["status", "level"]
    readonly_fields = ["signals", "explanation", "first_event_at", "opened_at", "merged_into", "split_from"]
    inlines = [TimelineInline]


@admin.register(ScoreSample)
class ScoreSampleAdmin(admin.ModelAdmin):
    list_display = ["subject", "at", "score", "level"]
    list_filter = ["level"]
