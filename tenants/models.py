"""Organisations (tenants) and their hosts. Public schema."""

from __future__ import annotations

from decimal import Decimal

from django.db import models
from django_tenants.models import DomainMixin, TenantMixin


class Region(models.TextChoices):
    US = "us", "United States"
    EU = "eu", "European Union"
    APAC = "apac", "Asia-Pacific"


class Plan(models.TextChoices):
    STARTUP = "startup", "Startup"
    ENTERPRISE = "enterprise", "Enterprise"


class Organization(TenantMixin):
    """One customer organisation; its data lives in the PostgreSQL schema `schema_name`."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=63, unique=True)
    region = models.CharField(
        max_length=8,
        choices=Region.choices,
        default=Region.EU,
        help_text=(
            "Data-residency region: the deployment (cell) that holds this organisation's data. "
            "Read-only: moving an organisation to another region is `manage.py export_tenant` here, "
            "`import_tenant` on the target region's deployment, then `export_tenant --finish` here."
        ),
    )
    # Set by `export_tenant` when the organisation's data leaves for another region's deployment:
    # from then on this deployment refuses its requests and tasks (tenants/residency.py).
    moved_to_region = models.CharField(max_length=8, choices=Region.choices, blank=True, default="")
    plan = models.CharField(max_length=16, choices=Plan.choices, default=Plan.STARTUP)
    # One budget for every LLM use of the organisation (classification/llm_gateway.py), per UTC day.
    llm_daily_budget_usd = models.DecimalField(max_digits=10, decimal_places=4, default=Decimal("500.00"))
    created_at = models.DateTimeField(auto_now_add=True)

    auto_create_schema = True
    auto_drop_schema = False

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.schema_name})"


class Domain(DomainMixin):
    """A host name that resolves to one organisation (django-tenants looks it up per request)."""

    def __str__(self) -> str:
        return self.domain


class AccessLog(models.Model):
    """Append-only record of access: logins, SSO, failed logins, views of unredacted payloads.

    Kept in the public schema so a platform operator can audit across organisations; every row
    names its organisation.
    """

    class Action(models.TextChoices):
        LOGIN = "login", "Login"
        LOGIN_FAILED = "login_failed", "Failed login"
        LOGOUT = "logout", "Logout"
        SSO_LOGIN = "sso_login", "SSO login"
        SSO_REJECTED = "sso_rejected", "SSO rejected"
        VIEW_UNREDACTED = "view_unredacted", "Viewed unredacted payload"
        EXPORT = "export", "Export"

    organization = models.ForeignKey(Organization, null=True, blank=True, on_delete=models.PROTECT)
    schema_name = models.CharField(max_length=63, db_index=True)
    user_email = models.CharField(max_length=254, blank=True)
    action = models.CharField(max_length=32, choices=Action.choices, db_index=True)
    detail = models.JSONField(default=dict, blank=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-at"]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M:%S} {self.schema_name} {self.user_email} {self.action}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("AccessLog rows are append-only")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("AccessLog rows are append-only")
