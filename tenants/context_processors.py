from __future__ import annotations

from django.http import HttpRequest

from tenants.roles import ADMIN, CRISIS_MANAGER, has_role, user_role

ROLE_LABELS = {ADMIN: "Admin", CRISIS_MANAGER: "Crisis manager", "viewer": "Viewer"}


def role_context(user) -> dict:
    """What templates may show: the same flags the consumer uses when it renders fragments."""
    role = user_role(user)
    return {
        "user_role": role,
        "user_role_label": ROLE_LABELS.get(role or "", "No role"),
        "can_act": has_role(user, CRISIS_MANAGER),
        "is_tenant_admin": has_role(user, ADMIN),
    }


def tenant(request: HttpRequest) -> dict:
    org = getattr(request, "tenant", None)
    user = getattr(request, "user", None)
    return {"organization": org, **role_context(user)}
