from __future__ import annotations

from django.contrib import admin, messages
from django.utils.html import format_html

from classification import drift, registry, review, selectors
from classification.models import (
    CanaryRecord,
    Classification,
    ConfidenceCalibration,
    DriftReport,
    LexiconEntry,
    LLMCall,
    ModelVersion,
    RetrainingTask,
    ReviewItem,
    ReviewPolicy,
    RulePrecision,
)


@admin.register(Classification)
class ClassificationAdmin(admin.ModelAdmin):
    list_display = (
        "event_id",
        "severity",
        "category",
        "confidence",
        "tier",
        "model_version",
        "needs_review",
        "llm_cost_usd",
        "latency_ms",
        "created_at",
    )
    list_filter = ("severity", "category", "tier", "needs_review")
    search_fields = ("event__text", "rationale")
    readonly_fields = [f.name for f in Classification._meta.fields]

    def has_add_permission(self, request):
        return False


@admin.register(ReviewItem)
class ReviewItemAdmin(admin.ModelAdmin):
    list_display = (
        "id",
        "status",
        "kind",
        "value",
        "proposed_severity",
        "proposed_category",
        "proposed_tier",
        "final_severity",
        "final_category",
        "reviewer",
        "reviewed_at",
        "created_at",
    )
    list_filter = ("status", "kind", "proposed_tier", "proposed_severity")
    readonly_fields = (
        "classification",
        "kind",
        "value",
        "proposed_severity",
        "proposed_category",
        "proposed_tier",
        "reason",
        "reviewer",
        "reviewed_at",
        "status",
        "final_severity",
        "final_category",
    )

    def has_add_permission(self, request):
        return False


@admin.register(ModelVersion)
class ModelVersionAdmin(admin.ModelAdmin):
    list_display = (
        "name",
        "version",
        "status",
        "canary_share",
        "canary_period_hours",
        "canary",
        "macro_f1",
        "urgent_ap",
        "promoted_at",
        "created_at",
    )
    list_filter = ("name", "status")
    readonly_fields = ("metrics", "canary_started_at", "promoted_at", "retired_at", "created_at", "canary")
    actions = ["start_canary", "promote", "rollback"]

    @admin.display(description="canary: agreement / accuracy (active vs candidate)")
    def canary(self, obj: ModelVersion) -> str:
        stats = selectors.canary_stats(version=obj)
        if not stats["n"]:
            return "–"
        acc = ""
        if stats["reviewed"]:
            acc = f"; reviewed {stats['reviewed']}: {stats['active_accuracy']:.0%} vs {stats['candidate_accuracy']:.0%}"
        return format_html("{} events, agree {}{}", stats["n"], f"{stats['agreement']:.0%}", acc)

    @admin.display(description="macro-F1")
    def macro_f1(self, obj: ModelVersion):
        return _metric(obj, "macro_f1")

    @admin.display(description="P0+P1 AP")
    def urgent_ap(self, obj: ModelVersion):
        return _metric(obj, "urgent_ap")

    @admin.action(description="Start canary (share and period as set on the row)")
    def start_canary(self, request, queryset):
        for mv in queryset:
            registry.model_version_start_canary(version=mv)
            self.message_user(
                request, f"{mv.label} in canary at {mv.canary_share:.0%} for {mv.canary_period_hours} h"
            )

    @admin.action(description="Promote to active")
    def promote(self, request, queryset):
        if queryset.count() != 1:
            self.message_user(request, "Promote exactly one version.", messages.ERROR)
            return
        mv = registry.model_version_promote(version=queryset.get())
        self.message_user(request, f"{mv.label} is now active")

    @admin.action(description="Roll back (retire; the previous active version serves again)")
    def rollback(self, request, queryset):
        for mv in queryset:
            registry.model_version_rollback(version=mv)
            self.message_user(request, f"{mv.label} retired")


def _metric(obj: ModelVersion, key: str):
    """The router's cross-validated mean (artifacts up to 1.2.0 stored the model's number)."""
    cv = (obj.metrics or {}).get("cv", {})
    value = cv.get("router", {}).get(key, {}).get("mean") if "router" in cv else cv.get(key)
    return f"{value:.3f}" if isinstance(value, int | float) else "–"


@admin.register(ConfidenceCalibration)
class ConfidenceCalibrationAdmin(admin.ModelAdmin):
    """This tenant's map of each model version's confidence, learned from its reviews (read only:
    every verdict refits it)."""

    list_display = ("model_version", "n", "accuracy", "slope", "bias", "fitted_at")
    readonly_fields = ("model_version", "slope", "bias", "n", "accuracy", "fitted_at", "refit_requested_at")

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(LexiconEntry)
class LexiconEntryAdmin(admin.ModelAdmin):
    list_display = ("category", "pattern", "is_regex", "severity", "weight", "enabled", "updated_at")
    list_filter = ("category", "enabled", "severity")
    search_fields = ("pattern",)


@admin.register(CanaryRecord)
class CanaryRecordAdmin(admin.ModelAdmin):
    list_display = (
        "classification",
        "candidate",
        "active_severity",
        "candidate_severity",
        "agree",
        "created_at",
    )
    list_filter = ("candidate", "agree")


@admin.register(LLMCall)
class LLMCallAdmin(admin.ModelAdmin):
    list_display = (
        "created_at",
        "purpose",
        "event_id",
        "crisis_ref",
        "model",
        "status",
        "attempts",
        "input_tokens",
        "output_tokens",
        "cost_usd",
        "latency_ms",
    )
    list_filter = ("purpose", "status", "model")
    readonly_fields = [f.name for f in LLMCall._meta.fields]


@admin.register(DriftReport)
class DriftReportAdmin(admin.ModelAdmin):
    list_display = (
        "computed_at",
        "n_reference",
        "n_current",
        "psi_severity",
        "psi_confidence",
        "threshold",
        "drifted",
    )
    list_filter = ("drifted",)
    readonly_fields = [f.name for f in DriftReport._meta.fields]


@admin.register(RetrainingTask)
class RetrainingTaskAdmin(admin.ModelAdmin):
    list_display = ("created_at", "reason", "status", "resolved_by", "resolved_at")
    list_filter = ("status",)
    readonly_fields = ("reason", "drift_report", "created_at", "resolved_at", "resolved_by")
    actions = ["mark_done", "dismiss"]

    @admin.action(description="Mark done (retrained / evaluated)")
    def mark_done(self, request, queryset):
        for task in queryset:
            drift.retraining_task_resolve(task=task, by=request.user)

    @admin.action(description="Dismiss")
    def dismiss(self, request, queryset):
        for task in queryset:
            drift.retraining_task_resolve(task=task, by=request.user, dismissed=True)


@admin.register(RulePrecision)
class RulePrecisionAdmin(admin.ModelAdmin):
    """Each rule's measured precision; a rule decides alone only when both reach the floor."""

    list_display = ("rule", "category", "severity", "labelled", "reviewed", "decides_alone", "updated_at")
    list_filter = ("category", "severity")
    search_fields = ("rule",)
    readonly_fields = [f.name for f in RulePrecision._meta.fields]
    actions = ["refresh_labelled"]

    @admin.display(description="labelled data: precision (answers)")
    def labelled(self, obj: RulePrecision) -> str:
        return _precision(obj.labelled_correct, obj.labelled_n)

    @admin.display(description="reviewed events: precision (answers)")
    def reviewed(self, obj: RulePrecision) -> str:
        return _precision(obj.reviewed_correct, obj.reviewed_n)

    @admin.display(description="decides alone")
    def decides_alone(self, obj: RulePrecision) -> str:
        return selectors.rule_trust().status(obj.rule)

    @admin.action(description="Refresh the labelled figures from the committed measurement")
    def refresh_labelled(self, request, queryset):
        n = review.rule_precision_sync()
        self.message_user(request, f"labelled figures of {n} rules refreshed")

    def has_add_permission(self, request):
        return False


def _precision(correct: int, n: int) -> str:
    return f"{correct / n:.2f} ({n})" if n else "– (0)"


@admin.register(ReviewPolicy)
class ReviewPolicyAdmin(admin.ModelAdmin):
    list_display = ("__str__", "budget_share", "daily_cap", "sample_share", "min_value", "updated_at")
