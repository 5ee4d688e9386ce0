"""Role enforcement for views, DRF APIs and consumers (admin ⊃ crisis_manager ⊃ viewer).

Templates hide what a role cannot do; these checks refuse it, so a forged request gets a 403
whatever the page showed.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from rest_framework.permissions import BasePermission

from tenants.roles import ADMIN, CRISIS_MANAGER, VIEWER, has_role


def role_required(minimum: str) -> Callable:
    """View decorator: anonymous users go to the login page, users below `minimum` get a 403."""

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not has_role(request.user, minimum):
                raise PermissionDenied(f"this action needs the {minimum} role")
            return view(request, *args, **kwargs)

        wrapped.required_role = minimum  # type: ignore[attr-defined]
        return wrapped

    return decorator


viewer_required = role_required(VIEWER)
manager_required = role_required(CRISIS_MANAGER)
admin_required = role_required(ADMIN)


class _HasRole(BasePermission):
    minimum = VIEWER
    message = "your role does not allow this"

    def has_permission(self, request, view) -> bool:
        return bool(request.user and request.user.is_authenticated and has_role(request.user, self.minimum))


class IsViewer(_HasRole):
    minimum = VIEWER


class IsCrisisManager(_HasRole):
    minimum = CRISIS_MANAGER
    message = "acknowledging, resolving, reviewing and notes need the crisis_manager role"


class IsTenantAdmin(_HasRole):
    minimum = ADMIN
    message = "configuration needs the admin role"


class ReadForViewersWriteForManagers(BasePermission):
    """Safe methods for any role, unsafe ones for crisis managers and admins."""

    def has_permission(self, request, view) -> bool:
        if not (request.user and request.user.is_authenticated):
            return False
        if request.method in ("GET", "HEAD", "OPTIONS"):
            return has_role(request.user, VIEWER)
        return has_role(request.user, CRISIS_MANAGER)


class TenantRoleBackend:
    """Django permissions from the tenant role: the tenant's admin role holds every model
    permission inside its own schema (roles are groups, not per-model permission lists), so every
    app's ModelAdmin works for the tenant admin without granting rows of auth permissions.
    Never authenticates anyone; in the public schema it grants nothing."""

    def authenticate(self, request, **credentials):
        return None

    def _is_tenant_admin(self, user_obj) -> bool:
        from django.db import connection
        from django_tenants.utils import get_public_schema_name

        return (
            bool(user_obj and user_obj.is_active and not user_obj.is_anonymous)
            and connection.schema_name != get_public_schema_name()
            and has_role(user_obj, ADMIN)
        )

    def has_perm(self, user_obj, perm: str, obj=None) -> bool:
        return self._is_tenant_admin(user_obj) and not perm.startswith("tenants.")

    def has_module_perms(self, user_obj, app_label: str) -> bool:
        return self._is_tenant_admin(user_obj) and app_label != "tenants"

    def get_user(self, user_id):
        return None
