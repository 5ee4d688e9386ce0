"""SAML 2.0 SSO per tenant, through allauth's SAML provider (python3-saml).

The identity provider of an organisation is one allauth `SocialApp` (provider "saml") in the
tenant's own schema; its `client_id` is the organisation slug in the SSO URLs:

    /accounts/saml/<slug>/login/      SP-initiated login
    /accounts/saml/<slug>/acs/        assertion consumer service (POST binding)
    /accounts/saml/<slug>/metadata/   SP metadata for the IdP administrator

The SP entity id, ACS URL and audience are derived from the tenant's host, so an assertion issued
for tenant A (audience/recipient on A's host) fails validation on tenant B's host even when both
trust the same IdP. Assertions must be signed; IdP-initiated logins are refused (no InResponseTo
to match), and python3-saml runs in strict mode.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError

SAML_PROVIDER = "saml"
EMAIL_ATTRIBUTES = [
    "email",
    "mail",
    "urn:oid:0.9.2342.19200300.100.1.3",
    "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
]


def normalize_certificate(pem: str) -> str:
    """Accept a PEM block or bare base64; store bare base64 as python3-saml expects."""
    lines = [ln.strip() for ln in pem.strip().splitlines() if ln.strip() and "CERTIFICATE" not in ln]
    body = "".join(lines)
    if len(body) < 200:
        raise ValidationError("the IdP certificate looks truncated: paste the whole x509 certificate")
    return body


def saml_settings_build(
    *, entity_id: str, sso_url: str, x509cert: str, email_attribute: str = "", slo_url: str = ""
) -> dict[str, Any]:
    idp: dict[str, Any] = {
        "entity_id": entity_id,
        "sso_url": sso_url,
        "x509cert": normalize_certificate(x509cert),
    }
    if slo_url:
        idp["slo_url"] = slo_url
    mapping_email = [email_attribute] if email_attribute else EMAIL_ATTRIBUTES
    return {
        "idp": idp,
        "attribute_mapping": {
            "uid": ["uid", "urn:oasis:names:tc:SAML:attribute:subject-id"],
            "email": mapping_email,
            "first_name": ["givenName", "urn:oid:2.5.4.42"],
            "last_name": ["sn", "urn:oid:2.5.4.4"],
        },
        "advanced": {
            "strict": True,
            "want_assertion_signed": True,
            "reject_idp_initiated_sso": True,
            "reject_deprecated_algorithm": True,
            "want_attribute_statement": True,
        },
    }


def saml_idp_configure(
    *,
    slug: str,
    name: str,
    entity_id: str,
    sso_url: str,
    x509cert: str,
    email_attribute: str = "",
    slo_url: str = "",
):
    """Create or update this tenant's IdP (run inside the tenant's schema). Returns the SocialApp."""
    from allauth.socialaccount.models import SocialApp

    settings = saml_settings_build(
        entity_id=entity_id,
        sso_url=sso_url,
        x509cert=x509cert,
        email_attribute=email_attribute,
        slo_url=slo_url,
    )
    app, _ = SocialApp.objects.update_or_create(
        provider=SAML_PROVIDER,
        client_id=slug,
        defaults={"name": name, "provider_id": f"saml-{slug}", "settings": settings},
    )
    return app
