from __future__ import annotations

from django.conf import settings
from django.contrib import admin
from django_tenants.admin import TenantAdminMixin
from django_tenants.utils import get_public_schema_name

from tenants.models import AccessLog, Domain, Organization


class PublicOnlyAdmin(admin.ModelAdmin):
    """Organisations are managed by platform operators on the public host only."""

    def has_module_permission(self, request):
        return request.tenant.schema_name == get_public_schema_name() and super().has_module_permission(
            request
        )


class DomainInline(admin.TabularInline):
    model = Domain
    extra = 0


@admin.register(Organization)
class OrganizationAdmin(TenantAdminMixin, PublicOnlyAdmin):
    list_display = (
        "name",
        "schema_name",
        "region",
        "moved_to_region",
        "plan",
        "llm_daily_budget_usd",
        "created_at",
    )
    list_filter = ("region", "plan")
    search_fields = ("name", "schema_name")
    inlines = [DomainInline]
    # Editing the region would only orphan the data: moving an organisation to another region's
    # deployment is `export_tenant` / `import_tenant` (the field's help text names them).
    readonly_fields = ("region", "moved_to_region")

    def save_model(self, request, obj, form, change):
        if not change:  # a new organisation lives in the region this deployment serves
            obj.region = settings.DEPLOYMENT_REGION
        super().save_model(request, obj, form, change)


@admin.register(AccessLog)
class AccessLogAdmin(PublicOnlyAdmin):
    list_display = ("at", "schema_name", "user_email", "action", "ip_address")
    list_filter = ("action", "schema_name")
    search_fields = ("user_email",)
    readonly_fields = [f.name for f in AccessLog._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


# Branding, tenant-admin-only access, audit log export and the SAML IdP form (access stage).
from tenants.admin_site import install as _install_access_admin  # noqa: E402

_install_access_admin()
