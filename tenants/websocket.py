"""Websocket tenant + user resolution.

django-tenants resolves the tenant per HTTP request; websockets bypass that middleware, so this
one does the same from the Host header and loads the session user inside the tenant's schema,
in one synchronous call (the schema is a property of the thread's DB connection).
"""

from __future__ import annotations

from http.cookies import SimpleCookie
from importlib import import_module
from typing import TYPE_CHECKING, cast

from channels.db import database_sync_to_async
from django.conf import settings
from django.contrib.auth import get_user
from django.contrib.auth.models import AnonymousUser
from django_tenants.utils import get_tenant_domain_model, remove_www, schema_context

from tenants.residency import is_foreign

if TYPE_CHECKING:
    from django.http import HttpRequest


class _SessionRequest:
    """The two attributes `django.contrib.auth.get_user` reads from a request."""

    def __init__(self, session) -> None:
        self.session = session


def _host_from_scope(scope) -> str:
    for name, value in scope.get("headers", []):
        if name == b"host":
            return remove_www(value.decode("latin1").split(":")[0].lower())
    return ""


def _session_key_from_scope(scope) -> str | None:
    for name, value in scope.get("headers", []):
        if name == b"cookie":
            cookie = SimpleCookie()
            cookie.load(value.decode("latin1"))
            morsel = cookie.get(settings.SESSION_COOKIE_NAME)
            return morsel.value if morsel else None
    return None


def resolve_tenant_and_user(host: str, session_key: str | None):
    """Return (tenant or None, user) for a websocket handshake."""
    domain_model = get_tenant_domain_model()
    with schema_context("public"):
        domain = domain_model.objects.select_related("tenant").filter(domain=host).first()
    if domain is None:
        return None, AnonymousUser()
    tenant = domain.tenant
    if is_foreign(tenant):  # another region's deployment serves it: as unknown here
        return None, AnonymousUser()
    if not session_key:
        return tenant, AnonymousUser()
    engine = import_module(settings.SESSION_ENGINE)
    with schema_context(tenant.schema_name):
        session = engine.SessionStore(session_key)
        user = get_user(cast("HttpRequest", _SessionRequest(session)))
        if user.is_authenticated:
            from tenants.roles import user_role

            user_role(user)  # resolve the role now, inside the tenant's schema
    return tenant, user


class TenantAuthMiddleware:
    def __init__(self, inner) -> None:
        self.inner = inner

    async def __call__(self, scope, receive, send):
        host = _host_from_scope(scope)
        tenant, user = await database_sync_to_async(resolve_tenant_and_user)(
            host, _session_key_from_scope(scope)
        )
        scope = dict(scope, tenant=tenant, user=user)
        return await self.inner(scope, receive, send)
