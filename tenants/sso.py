"""allauth adapters: no open sign-up; SAML users are created just in time with the default role."""

from __future__ import annotations

from allauth.account.adapter import DefaultAccountAdapter
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter

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
