"""Access audit: logins, failed logins and logouts land in AccessLog (public schema)."""

from __future__ import annotations

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db import connection
from django.dispatch import receiver

from tenants.audit import access_log_record


@receiver(user_logged_in)
def _on_login(sender, request, user, **kwargs):
    sso = bool(request is not None and "/saml/" in getattr(request, "path", ""))
    access_log_record(
        action="sso_login" if sso else "login",
        user_email=getattr(user, "email", ""),
        request=request,
    )


@receiver(user_login_failed)
def _on_login_failed(sender, credentials, request=None, **kwargs):
    access_log_record(
        action="login_failed",
        user_email=str(credentials.get("email") or credentials.get("username") or ""),
        request=request,
    )


@receiver(user_logged_out)
def _on_logout(sender, request, user, **kwargs):
    if user is not None and connection.schema_name != "public":
        access_log_record(action="logout", user_email=getattr(user, "email", ""), request=request)
