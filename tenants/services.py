"""Writes for organisations: provisioning (schema, domain, first admin)."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django_tenants.utils import schema_context

from tenants.models import Domain, Organization, Plan, Region
from tenants.redis import tenant_keys_forget
from tenants.roles import ADMIN, ensure_role_groups, user_set_role

SLUG_RE = re.compile(r"^[a-z][a-z0-9_]{1,39}$")
RESERVED_SLUGS = {
    "public",
    "information_schema",
    "default",
    "admin",
    "www",
    "api",
    "static",
    # first segments of Redis key families (tenants.redis.TENANT_KEY_PATTERNS): a tenant's cache
    # keys start with its schema name, and must never be mistaken for another family's
    "crisis",
    "crisisops",
    "dedup",
    "throttle",
    "ingestion",
    "classification",
    "celery",
    "unacked",
}
HOST_RE = re.compile(
    r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"
)


@dataclass(frozen=True)
class ProvisionResult:
    organization: Organization
    created: bool
    admin_email: str | None
    admin_password: str | None  # only set when a new admin user was created with a generated password


def check_slug(slug: str) -> None:
    if not SLUG_RE.match(slug) or slug.startswith("pg_") or slug in RESERVED_SLUGS:
        raise ValidationError(
            f"invalid tenant slug {slug!r}: use 2-40 characters, lowercase letters, digits and '_', "
            "starting with a letter; 'public', 'pg_*' and other reserved names are not allowed"
        )


def check_host(host: str) -> None:
    if not HOST_RE.match(host):
        raise ValidationError(f"invalid domain {host!r}: expected a host name such as acme.example.com")


def ensure_public_tenant(*, domain: str = "localhost") -> Organization:
    """The public schema's own row (django-tenants routes the platform host to it)."""
    org, _ = Organization.objects.get_or_create(
        schema_name="public",
        defaults={"name": "Platform", "slug": "public", "region": settings.DEPLOYMENT_REGION},
    )
    Domain.objects.get_or_create(domain=domain, defaults={"tenant": org, "is_primary": True})
    return org


def organization_provision(
    *,
    slug: str,
    domain: str,
    name: str | None = None,
    region: str = Region.EU,
    plan: str = Plan.STARTUP,
    llm_daily_budget_usd: Decimal | None = None,
    admin_email: str | None = None,
    admin_password: str | None = None,
) -> ProvisionResult:
    """Create (or confirm) an organisation: schema, domain, role groups and its first admin.

    Idempotent: running it again with the same slug and domain changes nothing and reports
    created=False. A domain that belongs to another organisation is an error.
    """
    check_slug(slug)
    domain = domain.lower().strip()
    check_host(domain)
    if region not in Region.values:
        raise ValidationError(f"unknown region {region!r}; expected one of {', '.join(Region.values)}")
    if region != settings.DEPLOYMENT_REGION:
        raise ValidationError(
            f"this deployment serves data-residency region {settings.DEPLOYMENT_REGION!r}; "
            f"a tenant of region {region!r} must be provisioned on that region's deployment"
        )
    if plan not in Plan.values:
        raise ValidationError(f"unknown plan {plan!r}; expected one of {', '.join(Plan.values)}")

    with schema_context("public"):
        owner = Domain.objects.select_related("tenant").filter(domain=domain).first()
        if owner is not None and owner.tenant.schema_name != slug:
            raise ValidationError(f"domain {domain!r} already belongs to tenant {owner.tenant.schema_name!r}")
        ensure_public_tenant()
        org = Organization.objects.filter(schema_name=slug).first()
        created = org is None
        if created:
            # Creating the row creates and migrates the schema (TenantMixin.auto_create_schema).
            org = Organization(
                schema_name=slug,
                slug=slug,
                name=name or slug.replace("_", " ").title(),
                region=region,
                plan=plan,
            )
            if llm_daily_budget_usd is not None:
                org.llm_daily_budget_usd = llm_daily_budget_usd
            org.save(verbosity=0)
            # A new schema's ids start at 1: nothing Redis remembers under this name is true of it.
            tenant_keys_forget(schema=slug)
        if owner is None:
            Domain.objects.create(domain=domain, tenant=org, is_primary=not org.domains.exists())

    password_out = None
    if admin_email:
        with schema_context(org.schema_name), transaction.atomic():
            ensure_role_groups()
            password_out = _ensure_admin(email=admin_email, password=admin_password)
    else:
        with schema_context(org.schema_name):
            ensure_role_groups()
    return ProvisionResult(
        organization=org, created=created, admin_email=admin_email, admin_password=password_out
    )


def _ensure_admin(*, email: str, password: str | None) -> str | None:
    """Create the tenant's admin user if missing. Returns the password only if one was generated."""
    from allauth.account.models import EmailAddress

    user_model = get_user_model()
    email = email.strip().lower()
    user = user_model.objects.filter(email__iexact=email).first()
    generated = None
    if user is None:
        if not password:
            generated = password = secrets.token_urlsafe(12)
        user = user_model.objects.create_user(username=email[:150], email=email, password=password)
    elif password and not user.check_password(password):
        user.set_password(password)
        user.save(update_fields=["password"])
    user_set_role(user=user, role=ADMIN)
    EmailAddress.objects.update_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return generated
