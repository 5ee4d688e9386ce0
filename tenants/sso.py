"""allauth adapters: no open sign-up; SAML users are created just in time with the default role;
SSO rejections are recorded in the access log."""

from __future__ import annotations

from allauth.account.adapter import DefaultAccountAdapter
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter

from tenants.audit import access_log_record
from tenants.roles import DEFAULT_SSO_ROLE, user_set_role


class TenantAccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request):
        return False


class TenantSocialAccountAdapter(DefaultSocialAccountAdapter):
    def is_open_for_signup(self, request, sociallogin):
        # Just-in-time provisioning for users asserted by this tenant's own IdP.
        return True

    def save_user(self, request, sociallogin, form=None):
        user = super().save_user(request, sociallogin, form)
        user_set_role(user=user, role=DEFAULT_SSO_ROLE)
        return user

    def on_authentication_error(self, request, provider, error=None, exception=None, extra_context=None):
        extra = extra_context or {}
        access_log_record(
            action="sso_rejected",
            request=request,
            detail={
                "provider": getattr(getattr(provider, "app", None), "client_id", "")
                or getattr(provider, "id", ""),
                "error": str(error or ""),
                "errors": [str(e) for e in extra.get("saml_errors", [])],
                "reason": str(extra.get("saml_last_error_reason") or exception or "")[:500],
            },
        )
        return super().on_authentication_error(request, provider, error, exception, extra_context)
