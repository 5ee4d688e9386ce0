"""Data residency: one deployment (a *cell*) per region, and nothing of another region's tenants here.

A cell is a whole deployment — web, workers, broker, PostgreSQL — serving one region
(`settings.DEPLOYMENT_REGION`). An organisation's `region` names the cell that holds its data;
while it is being moved (`export_tenant`) its `moved_to_region` names the cell it is going to, and
from then on that cell serves it. Every path that binds a tenant refuses a foreign one:

- HTTP: `config.middleware.TenantMiddleware` answers 421 Misdirected Request (with the serving
  region's base URL when `settings.REGION_BASE_URLS` knows it);
- Celery: `config.celery.ResidentTenantTask` rejects a task of a foreign tenant before it runs;
- the ORM: `ResidencyRouter` raises `ResidencyError` on any query while a foreign tenant is bound
  to the connection, so a path that forgot to check still never reads or writes its rows here.

Why cells rather than one process routing each tenant to its region's database: django-tenants
binds one connection's search_path per tenant, and auth/contenttypes are both shared and tenant
apps, so a process juggling several regional databases would have to get every connection
switch right; a cell holds no credentials of another region at all.
"""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings
from django.db import connection

logger = logging.getLogger(__name__)


class ResidencyError(Exception):
    """A tenant of another region reached this deployment. Never retried: the answer won't change."""

    def __init__(self, tenant: Any) -> None:
        self.schema_name = getattr(tenant, "schema_name", str(tenant))
        self.region = serving_region(tenant) or "?"
        self.home = home_region()
        moving = " (moved away from this deployment)" if getattr(tenant, "moved_to_region", "") else ""
        super().__init__(
            f"tenant {self.schema_name!r} belongs to region {self.region!r}{moving}; "
            f"this deployment serves region {self.home!r}"
        )


def home_region() -> str:
    """The region this deployment serves."""
    return settings.DEPLOYMENT_REGION


def serving_region(tenant: Any) -> str | None:
    """The region whose deployment serves `tenant` now: where it is moving to, else its own.

    None for objects without a region (django-tenants' FakeTenant of `schema_context`, public).
    """
    return getattr(tenant, "moved_to_region", "") or getattr(tenant, "region", None)


def is_foreign(tenant: Any) -> bool:
    """True for a tenant this deployment must not serve (another region's, or moved away)."""
    if tenant is None or getattr(tenant, "schema_name", None) == "public":
        return False
    region = serving_region(tenant)
    return region is not None and region != settings.DEPLOYMENT_REGION


def check_tenant(tenant: Any) -> None:
    """Raise `ResidencyError` if `tenant` is not served here."""
    if is_foreign(tenant):
        raise ResidencyError(tenant)


def region_base_url(region: str) -> str | None:
    """The base URL of `region`'s deployment, if configured (REGION_BASE_URLS)."""
    return settings.REGION_BASE_URLS.get(region) or None


class ResidencyRouter:
    """A database router that answers no database for a foreign tenant's models: it raises.

    It runs on every ORM query, so it only compares attributes already loaded on the tenant that
    django-tenants bound to the connection (`connection.tenant`): no query, no lookup. Returning
    None otherwise lets Django use the default database (this cell's own).
    """

    def db_for_read(self, model: Any, **hints: Any) -> str | None:
        tenant = getattr(connection, "tenant", None)
        if tenant is not None and is_foreign(tenant):
            raise ResidencyError(tenant)
        return None

    db_for_write = db_for_read
