"""Admin for what a tenant configures (playbooks and their tasks, the planning settings) and a
read-only view of plans and tasks (history is changed on the crisis page, never here)."""

from __future__ import annotations

from django.contrib import admin

from response.models import PlanningConfig, Playbook, PlaybookTask, ResponsePlan, ResponseTask


class PlaybookTaskInline(admin.TabularInline):
    model = PlaybookTask
    extra = 1
    fields = ("order", "title", "owner_role", "rotation", "team", "due_minutes", "description")


@admin.register(Playbook)
class PlaybookAdmin(admin.ModelAdmin):
    list_display = ("name", "category", "min_level", "is_default", "enabled", "task_count", "updated_at")
    list_filter = ("category", "min_level", "is_default", "enabled")
    search_fields = ("name", "slug", "description", "tasks__title")
    prepopulated_fields = {"slug": ("name",)}
    inlines = [PlaybookTaskInline]

    @admin.display(description="tasks")
    def task_count(self, obj: Playbook) -> int:
        return obj.tasks.count()


@admin.register(PlanningConfig)
class PlanningConfigAdmin(admin.ModelAdmin):
    list_display = (
        "__str__",
        "planning_budget_seconds",
        "llm_enabled",
        "similar_count",
        "similar_min_score",
        "top_actions",
        "updated_at",
    )

    def has_add_permission(self, request):
        return not PlanningConfig.objects.exists()


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ResponsePlan)
class ResponsePlanAdmin(ReadOnlyAdmin):
    list_display = (
        "crisis",
        "status",
        "level",
        "category",
        "requested_at",
        "ready_at",
        "build_ms",
        "llm_status",
    )
    list_filter = ("status", "level", "category")
    search_fields = ("crisis__title", "manual_reason")


@admin.register(ResponseTask)
class ResponseTaskAdmin(ReadOnlyAdmin):
    list_display = ("title", "plan", "owner", "status", "due_at", "done_at", "escalated_at", "source")
    list_filter = ("status", "source")
    search_fields = ("title", "owner__name", "plan__crisis__title")
    list_select_related = ("plan__crisis", "owner")
