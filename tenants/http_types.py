"""Request types for type checkers (django-stubs): what our middleware and decorators guarantee."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.http import HttpRequest


class AuthenticatedHttpRequest(HttpRequest):
    """A request that passed a login-required check: its user is an account, never anonymous."""

    user: User
