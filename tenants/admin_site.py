"""The Django admin of a tenant: branded, restricted to the tenant's admin role, with the audit
log filterable and exportable (CSV), and a form for the organisation's SAML identity provider.

Imported from tenants/admin.py (admin autodiscovery), after the other apps' admin modules are
registered or not; every other app registers its own configuration models in its admin.py.
"""

from __future__ import annotations

import csv
import json
from types import MethodType

from django import forms
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.db import connection
from django.http import HttpRequest, StreamingHttpResponse
from django_tenants.utils import get_public_schema_name

from tenants.audit import access_log_record
from tenants.http_types import AuthenticatedHttpRequest
from tenants.roles import ADMIN, has_role

SITE_HEADER = "CrisisOps administration"


def _has_permission(self, request: HttpRequest) -> bool:
    """Platform operators (superusers) on the public host; the tenant's admin role on a tenant host."""
    user = request.user
    if not (user.is_active and user.is_staff):
        return False
    if connection.schema_name == get_public_schema_name():
        return user.is_superuser
    return has_role(user, ADMIN)


_PUBLIC_APP_LABELS = {"tenants", "auth"}


def _get_app_list(self, request: HttpRequest, app_label=None):
    """On the public host only the platform's own tables exist: hide the tenant apps' models."""
    apps = admin.AdminSite.get_app_list(self, request, app_label)
    if connection.schema_name == get_public_schema_name():
        apps = [a for a in apps if a["app_label"] in _PUBLIC_APP_LABELS]
    return apps


def install_site_branding(site: admin.AdminSite = admin.site) -> None:
    site.site_header = SITE_HEADER
    site.site_title = "CrisisOps admin"
    site.index_title = "Configuration"
    site.site_url = "/"
    # Per-site overrides of two AdminSite methods (the instance, not the class, is patched).
    site.has_permission = MethodType(_has_permission, site)  # type: ignore[method-assign]
    site.get_app_list = MethodType(_get_app_list, site)  # type: ignore[method-assign]


# --- Audit log (django-auditlog LogEntry): filterable, exportable -------------------------------


class _Echo:
    def write(self, value: str) -> str:
        return value


def _rows(queryset):
    yield ["timestamp", "actor", "action", "model", "object_id", "object", "changes", "remote_addr", "cid"]
    for entry in (
        queryset.select_related("actor", "content_type").order_by("timestamp").iterator(chunk_size=500)
    ):
        yield [
            entry.timestamp.isoformat(),
            getattr(entry.actor, "email", "") if entry.actor_id else "",
            entry.get_action_display(),
            f"{entry.content_type.app_label}.{entry.content_type.model}" if entry.content_type_id else "",
            entry.object_pk,
            entry.object_repr,
            json.dumps(entry.changes_dict, default=str, ensure_ascii=False),
            entry.remote_addr or "",
            entry.cid or "",
        ]


@admin.action(description="Export selected entries as CSV")
def export_csv(modeladmin, request: AuthenticatedHttpRequest, queryset):
    writer = csv.writer(_Echo())
    access_log_record(
        action="export",
        user_email=request.user.email,
        request=request,
        detail={"audit_log_rows": queryset.count()},
    )
    response = StreamingHttpResponse(
        (writer.writerow(row) for row in _rows(queryset)), content_type="text/csv"
    )
    response["Content-Disposition"] = f'attachment; filename="audit-log-{connection.schema_name}.csv"'
    return response


def install_audit_admin(site: admin.AdminSite = admin.site) -> None:
    from auditlog.admin import LogEntryAdmin
    from auditlog.models import LogEntry

    class AuditLogEntryAdmin(LogEntryAdmin):
        """Append-only: no add/change/delete; filter by action, model, actor, date; export CSV."""

        actions = [export_csv]
        list_filter = ["action", "content_type", ("actor", admin.RelatedOnlyFieldListFilter), "timestamp"]
        list_per_page = 100

        def get_actions(self, request):
            actions = super().get_actions(request)
            actions.pop("delete_selected", None)
            return actions

    if site.is_registered(LogEntry):
        site.unregister(LogEntry)
    site.register(LogEntry, AuditLogEntryAdmin)


# --- SAML identity provider of this organisation -----------------------------------------------


class SamlIdpForm(forms.ModelForm):
    """The three things an IdP administrator hands over: entity id, SSO URL, signing certificate."""

    idp_entity_id = forms.CharField(label="IdP entity ID", max_length=500)
    idp_sso_url = forms.URLField(label="IdP single sign-on URL (HTTP-Redirect)", max_length=1000)
    idp_x509cert = forms.CharField(
        label="IdP signing certificate (x509, PEM)", widget=forms.Textarea(attrs={"rows": 8, "cols": 80})
    )
    email_attribute = forms.CharField(
        label="Email attribute name", required=False, help_text="Leave empty to accept the common names."
    )

    class Meta:
        from allauth.socialaccount.models import SocialApp

        model = SocialApp
        fields = ["name", "client_id"]
        labels = {"client_id": "Organisation slug in the SSO URLs", "name": "Button label"}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        idp = (self.instance.settings or {}).get("idp", {}) if self.instance.pk else {}
        self.fields["idp_entity_id"].initial = idp.get("entity_id", "")
        self.fields["idp_sso_url"].initial = idp.get("sso_url", "")
        self.fields["idp_x509cert"].initial = idp.get("x509cert", "")
        self.fields["client_id"].initial = self.instance.client_id or getattr(connection.tenant, "slug", "")

    def clean_idp_x509cert(self) -> str:
        from tenants.saml import normalize_certificate

        return normalize_certificate(self.cleaned_data["idp_x509cert"])

    def save(self, commit: bool = True):
        from tenants.saml import SAML_PROVIDER, saml_settings_build

        app = super().save(commit=False)
        app.provider = SAML_PROVIDER
        app.provider_id = f"saml-{app.client_id}"
        app.settings = saml_settings_build(
            entity_id=self.cleaned_data["idp_entity_id"],
            sso_url=self.cleaned_data["idp_sso_url"],
            x509cert=self.cleaned_data["idp_x509cert"],
            email_attribute=self.cleaned_data.get("email_attribute", ""),
        )
        if commit:
            app.save()
        return app


def install_saml_admin(site: admin.AdminSite = admin.site) -> None:
    from allauth.socialaccount.models import SocialApp

    class SamlIdentityProviderAdmin(admin.ModelAdmin):
        form = SamlIdpForm
        list_display = ("name", "client_id", "entity_id", "metadata_link")
        fieldsets = [
            (None, {"fields": ["name", "client_id"]}),
            (
                "Identity provider",
                {"fields": ["idp_entity_id", "idp_sso_url", "idp_x509cert", "email_attribute"]},
            ),
        ]

        def get_queryset(self, request):
            return super().get_queryset(request).filter(provider="saml")

        @admin.display(description="IdP entity ID")
        def entity_id(self, obj) -> str:
            return (obj.settings or {}).get("idp", {}).get("entity_id", "")

        @admin.display(description="SP metadata")
        def metadata_link(self, obj):
            from django.utils.html import format_html

            url = f"/accounts/saml/{obj.client_id}/metadata/"
            return format_html('<a href="{}">{}</a>', url, url)

    if site.is_registered(SocialApp):
        site.unregister(SocialApp)
    site.register(SocialApp, SamlIdentityProviderAdmin)
    SocialApp._meta.verbose_name = "SAML identity provider"
    SocialApp._meta.verbose_name_plural = "SAML identity providers (SSO)"


def install_user_admin(site: admin.AdminSite = admin.site) -> None:
    """Users list shows the role (group) so a tenant admin sees who can do what."""
    user_model = get_user_model()
    if not site.is_registered(user_model):
        return
    base = type(site._registry[user_model])

    class TenantUserAdmin(base):  # type: ignore[misc,valid-type]  # the registered class, known at run time
        list_display = ("email", "first_name", "last_name", "role", "is_active", "last_login")
        list_filter = ("groups", "is_active")

        @admin.display(description="Role")
        def role(self, obj) -> str:
            from tenants.roles import user_role

            return user_role(obj) or "–"

    site.unregister(user_model)
    site.register(user_model, TenantUserAdmin)


def install() -> None:
    # tenants comes before these apps in INSTALLED_APPS: import their admin modules first so they
    # have registered (autodiscover will not run them twice), then replace those registrations.
    import allauth.socialaccount.admin  # noqa: F401
    import auditlog.admin  # noqa: F401
    import django.contrib.auth.admin  # noqa: F401

    install_site_branding()
    install_audit_admin()
    install_saml_admin()
    install_user_admin()
