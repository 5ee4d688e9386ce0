from __future__ import annotations

from django.http import HttpRequest

from tenants.roles import user_role


def tenant(request: HttpRequest) -> dict:
    org = getattr(request, "tenant", None)
    user = getattr(request, "user", None)
    return {"organization": org, "user_role": user_role(user)}
