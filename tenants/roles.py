"""Roles per tenant, stored as Django groups in the tenant's own schema.

admin ⊃ crisis_manager ⊃ viewer. An admin may use the admin site; a crisis manager may
acknowledge, resolve, review and add notes; a viewer only reads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractUser, AnonymousUser

ADMIN = "admin"
CRISIS_MANAGER = "crisis_manager"
VIEWER = "viewer"
ROLES = (ADMIN, CRISIS_MANAGER, VIEWER)
_RANK = {VIEWER: 1, CRISIS_MANAGER: 2, ADMIN: 3}
DEFAULT_SSO_ROLE = VIEWER
# The role is cached on the user object for the rest of the request.
_CACHE_ATTR = "_crisis_role"


def ensure_role_groups() -> None:
    """Create the three groups in the current schema (idempotent)."""
    from django.contrib.auth.models import Group

    for role in ROLES:
        Group.objects.get_or_create(name=role)


def user_role(user: AbstractUser | AnonymousUser | None) -> str | None:
    """The highest role the user holds in the current tenant, or None."""
    if user is None or not user.is_authenticated:
        return None
    if user.is_superuser:
        return ADMIN
    cached = getattr(user, _CACHE_ATTR, "unset")
    if cached != "unset":
        return cached
    names = set(user.groups.values_list("name", flat=True))
    role = max((r for r in names if r in _RANK), key=_RANK.__getitem__, default=None)
    setattr(user, _CACHE_ATTR, role)
    return role


def has_role(user: AbstractUser | AnonymousUser | None, minimum: str) -> bool:
    role = user_role(user)
    return role is not None and _RANK[role] >= _RANK[minimum]


def user_set_role(*, user: AbstractUser, role: str) -> None:
    """Give the user exactly one role; admins also get the admin site (is_staff)."""
    from django.contrib.auth.models import Group

    if role not in _RANK:
        raise ValueError(f"unknown role {role!r}; expected one of {', '.join(ROLES)}")
    ensure_role_groups()
    user.groups.remove(*Group.objects.filter(name__in=ROLES))
    user.groups.add(Group.objects.get(name=role))
    user.is_staff = role == ADMIN
    user.save(update_fields=["is_staff"])
    setattr(user, _CACHE_ATTR, role)
