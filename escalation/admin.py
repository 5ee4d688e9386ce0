"""Admin for everything a tenant configures: people, teams, rotations, policies, routing, SLAs,
channels. Alerts and notifications are read-only here (history is never edited)."""

from __future__ import annotations

from django import forms
from django.contrib import admin

from escalation.models import (
    Alert,
    AlertFeedback,
    ChannelConfig,
    EscalationPolicy,
    EscalationStep,
    Notification,
    OnCallOverride,
    OnCallRotation,
    PagingGuardrail,
    RotationMember,
    RoutingRule,
    SeveritySLA,
    Stakeholder,
    Team,
)


@admin.register(Stakeholder)
class StakeholderAdmin(admin.ModelAdmin):
    list_display = (
        "name",
        "role",
        "email",
        "phone",
        "slack_user_id",
        "timezone",
        "contact_chain",
        "is_active",
    )
    list_filter = ("is_active", "timezone", "teams")
    search_fields = ("name", "role", "email", "phone", "slack_user_id", "teams_upn")
    autocomplete_fields = ("user",)
    fieldsets = (
        (None, {"fields": ("name", "role", "user", "is_active")}),
        (
            "Contact",
            {
                "fields": (
                    "email",
                    "phone",
                    "slack_user_id",
                    "teams_upn",
                    "contact_preferences",
                    "disabled_channels",
                )
            },
        ),
        (
            "Working hours",
            {"fields": ("timezone", "working_hours_start", "working_hours_end", "working_days")},
        ),
        (
            "Paging policy",
            {
                "description": "Channels per severity, quiet hours (P0 breaks through by default), the "
                "digest of P2–P3, and how often updates about one incident may come.",
                "fields": (
                    "severity_channels",
                    "quiet_hours_start",
                    "quiet_hours_end",
                    "quiet_override_severities",
                    "digest_severities",
                    "digest_minutes",
                    "update_minutes",
                ),
            },
        ),
    )

    @admin.display(description="contact chain")
    def contact_chain(self, obj: Stakeholder) -> str:
        return " → ".join(obj.contact_preferences or [])


@admin.register(Team)
class TeamAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "member_count")
    search_fields = ("name", "slug", "members__name")
    prepopulated_fields = {"slug": ("name",)}
    filter_horizontal = ("members",)

    @admin.display(description="members")
    def member_count(self, obj: Team) -> int:
        return obj.members.count()


class RotationMemberInline(admin.TabularInline):
    model = RotationMember
    extra = 1
    autocomplete_fields = ("stakeholder",)


class OnCallOverrideInline(admin.TabularInline):
    model = OnCallOverride
    extra = 0
    autocomplete_fields = ("stakeholder",)


@admin.register(OnCallRotation)
class OnCallRotationAdmin(admin.ModelAdmin):
    list_display = ("name", "team", "handoff", "starts_at", "on_call_now")
    list_filter = ("handoff", "team")
    search_fields = ("name", "members__stakeholder__name")
    inlines = [RotationMemberInline, OnCallOverrideInline]

    @admin.display(description="on call now")
    def on_call_now(self, obj: OnCallRotation) -> str:
        from escalation.snapshot import on_call_now
        from tenants import clock

        person = on_call_now(rotation=obj, at=clock.now())
        return person.name if person else "—"


class EscalationStepInline(admin.StackedInline):
    model = EscalationStep
    extra = 0
    autocomplete_fields = ("stakeholders", "team", "rotation")
    fields = (
        "order",
        "target",
        "stakeholders",
        "team",
        "rotation",
        "channels",
        "wait_minutes",
        "only_working_hours",
    )


@admin.register(EscalationPolicy)
class EscalationPolicyAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "step_count", "repeat_count")
    search_fields = ("name", "slug", "description")
    prepopulated_fields = {"slug": ("name",)}
    inlines = [EscalationStepInline]

    @admin.display(description="tiers")
    def step_count(self, obj: EscalationPolicy) -> int:
        return obj.steps.count()


class RoutingRuleForm(forms.ModelForm):
    class Meta:
        model = RoutingRule
        fields = (
            "name",
            "order",
            "enabled",
            "is_default",
            "severities",
            "categories",
            "source",
            "subject_pattern",
            "policy",
        )

    def clean(self):
        data = super().clean() or {}
        if (
            data.get("is_default")
            and RoutingRule.objects.filter(is_default=True).exclude(pk=self.instance.pk).exists()
        ):
            raise forms.ValidationError("There is already a default rule.")
        return data


@admin.register(RoutingRule)
class RoutingRuleAdmin(admin.ModelAdmin):
    form = RoutingRuleForm
    list_display = (
        "order",
        "name",
        "severities",
        "categories",
        "source",
        "subject_pattern",
        "policy",
        "is_default",
        "enabled",
    )
    list_display_links = ("name",)
    list_editable = ("order", "enabled")
    list_filter = ("enabled", "is_default", "policy")
    search_fields = ("name", "subject_pattern", "policy__name")
    autocomplete_fields = ("policy",)


@admin.register(SeveritySLA)
class SeveritySLAAdmin(admin.ModelAdmin):
    list_display = ("severity", "ack_minutes")
    list_editable = ("ack_minutes",)
    ordering = ("severity",)


class ChannelConfigForm(forms.ModelForm):
    credentials = forms.JSONField(
        required=False,
        help_text="secrets (tokens, keys); stored encrypted",
        widget=forms.PasswordInput(render_value=False),
    )

    class Meta:
        model = ChannelConfig
        fields = ("kind", "enabled", "config", "credentials", "disabled_reason")

    def clean_credentials(self):
        value = self.cleaned_data.get("credentials")
        # An empty field keeps the stored secrets (they are never rendered back).
        return value if value not in (None, "", {}) else self.instance.credentials


@admin.register(ChannelConfig)
class ChannelConfigAdmin(admin.ModelAdmin):
    form = ChannelConfigForm
    list_display = ("kind", "enabled", "disabled_reason", "disabled_at")
    list_filter = ("enabled", "kind")
    search_fields = ("kind", "disabled_reason")
    actions = ["reenable"]

    @admin.action(description="Re-enable the selected channels")
    def reenable(self, request, queryset):
        queryset.update(enabled=True, disabled_reason="", disabled_at=None)


@admin.register(PagingGuardrail)
class PagingGuardrailAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "severities", "channels", "team", "enabled")
    list_editable = ("enabled",)
    list_filter = ("kind", "enabled")
    search_fields = ("name", "note")
    autocomplete_fields = ("team",)


@admin.register(AlertFeedback)
class AlertFeedbackAdmin(admin.ModelAdmin):
    list_display = ("created_at", "alert", "verdict", "actor", "via")
    list_filter = ("verdict", "via")
    search_fields = ("actor", "alert__title", "note")
    readonly_fields = [f.name for f in AlertFeedback._meta.fields]

    def has_add_permission(self, request):
        return False


class NotificationInline(admin.TabularInline):
    model = Notification
    extra = 0
    can_delete = False
    fields = (
        "created_at",
        "purpose",
        "kind",
        "tier",
        "stakeholder",
        "channel",
        "attempt",
        "status",
        "latency_ms",
        "error",
    )
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Alert)
class AlertAdmin(admin.ModelAdmin):
    list_display = (
        "id",
        "severity",
        "title",
        "state",
        "current_tier",
        "triggered_at",
        "acknowledged_actor",
        "sla_breached",
    )
    list_filter = ("state", "severity", "category", "sla_breached")
    search_fields = ("title", "dedup_key", "subject", "ack_code")
    date_hierarchy = "triggered_at"
    inlines = [NotificationInline]
    readonly_fields = [f.name for f in Alert._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = (
        "id",
        "alert",
        "purpose",
        "kind",
        "stakeholder",
        "channel",
        "attempt",
        "status",
        "latency_ms",
        "created_at",
    )
    list_filter = ("status", "kind", "channel", "purpose")
    search_fields = ("address", "error", "stakeholder__name", "alert__title", "idempotency_key")
    readonly_fields = [f.name for f in Notification._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
