"""SAML 2.0 SSO per tenant: a signed assertion from the tenant's IdP logs a user in (created just
in time as a viewer); the same assertion on another tenant's host, an unsigned one and a tampered
one are rejected, and every outcome is in the access log."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django_tenants.utils import schema_context

from tenants.models import AccessLog
from tenants.roles import user_role
from tenants.saml import saml_idp_configure
from tests.access import saml_idp

SLUG = "corp"


@pytest.fixture(scope="module")
def idp_keys():
    return saml_idp.make_keypair()


@pytest.fixture
def idp_everywhere(db, tenant_a, tenant_b, idp_keys):
    """Both tenants trust the same IdP under the same slug: only the host tells them apart."""
    for tenant in (tenant_a, tenant_b):
        with schema_context(tenant.schema):
            saml_idp_configure(
                slug=SLUG,
                name="Corp SSO",
                entity_id=saml_idp.IDP_ENTITY_ID,
                sso_url=saml_idp.IDP_SSO_URL,
                x509cert=idp_keys.cert_pem,
            )


def _start_login(tenant) -> tuple[Client, str]:
    """SP-initiated login: the SP redirects to the IdP with an AuthnRequest; returns its ID."""
    client = Client(HTTP_HOST=tenant.host, REMOTE_ADDR="10.9.0.1")
    with schema_context(tenant.schema):
        response = client.post(f"/accounts/saml/{SLUG}/login/", {"process": "login"})
    assert response.status_code == 302 and response["Location"].startswith(saml_idp.IDP_SSO_URL)
    return client, saml_idp.authn_request_id(response["Location"])


def _post_assertion(client: Client, tenant, xml: str):
    with schema_context(tenant.schema):
        response = client.post(f"/accounts/saml/{SLUG}/acs/", {"SAMLResponse": saml_idp.encode(xml)})
        assert response.status_code == 302  # ACS stashes the POST and continues on /finish/
        return client.get(response["Location"])


def _logged_in_email(client: Client, tenant) -> str | None:
    with schema_context(tenant.schema):  # sessions live in the tenant's schema
        user_id = client.session.get("_auth_user_id")
        return get_user_model().objects.get(pk=user_id).email if user_id else None


def _access(tenant, action: str) -> list[AccessLog]:
    with schema_context("public"):
        return list(AccessLog.objects.filter(schema_name=tenant.schema, action=action).order_by("at"))


def test_signed_assertion_logs_user_into_tenant_a_created_just_in_time_as_viewer(
    idp_everywhere, tenant_a, idp_keys
):
    client, request_id = _start_login(tenant_a)
    xml = saml_idp.build_response(
        sp_host=tenant_a.host, slug=SLUG, email="new.hire@corp.test", in_response_to=request_id, keys=idp_keys
    )
    response = _post_assertion(client, tenant_a, xml)
    assert response.status_code == 302 and response["Location"] == "/", response.content[:600]
    assert _logged_in_email(client, tenant_a) == "new.hire@corp.test"
    with schema_context(tenant_a.schema):
        user = get_user_model().objects.get(email="new.hire@corp.test")
        assert user_role(user) == "viewer"
        assert client.get("/").status_code == 200
    assert any(r.user_email == "new.hire@corp.test" for r in _access(tenant_a, "sso_login"))


def test_assertion_for_tenant_a_is_rejected_on_tenant_b_host(idp_everywhere, tenant_a, tenant_b, idp_keys):
    _, request_id = _start_login(tenant_a)
    xml_for_a = saml_idp.build_response(
        sp_host=tenant_a.host, slug=SLUG, email="roamer@corp.test", in_response_to=request_id, keys=idp_keys
    )
    client_b, _ = _start_login(tenant_b)
    response = _post_assertion(client_b, tenant_b, xml_for_a)
    assert response.status_code == 401 and "Single sign-on failed" in response.content.decode()
    assert _logged_in_email(client_b, tenant_b) is None
    with schema_context(tenant_b.schema):
        assert not get_user_model().objects.filter(email="roamer@corp.test").exists()
    reason = _access(tenant_b, "sso_rejected")[-1].detail["reason"]
    assert (
        f"received at http://{tenant_b.host}/" in reason and f"instead of http://{tenant_a.host}/" in reason
    )


def test_assertion_with_another_tenants_audience_is_rejected(idp_everywhere, tenant_a, tenant_b, idp_keys):
    # Right ACS URL on A, but the audience is B's SP: python3-saml checks the audience too.
    client, request_id = _start_login(tenant_a)
    xml = saml_idp.build_response(
        sp_host=tenant_a.host,
        slug=SLUG,
        email="confused@corp.test",
        in_response_to=request_id,
        keys=idp_keys,
        audience=f"http://{tenant_b.host}/accounts/saml/{SLUG}/metadata/",
    )
    _post_assertion(client, tenant_a, xml)
    assert _logged_in_email(client, tenant_a) is None
    assert "audience" in _access(tenant_a, "sso_rejected")[-1].detail["reason"].lower()


def test_unsigned_assertion_is_rejected(idp_everywhere, tenant_a):
    client, request_id = _start_login(tenant_a)
    xml = saml_idp.build_response(
        sp_host=tenant_a.host, slug=SLUG, email="forger@corp.test", in_response_to=request_id, keys=None
    )
    response = _post_assertion(client, tenant_a, xml)
    assert response.status_code == 401 and "Single sign-on failed" in response.content.decode()
    assert _logged_in_email(client, tenant_a) is None
    assert "sign" in _access(tenant_a, "sso_rejected")[-1].detail["reason"].lower()


def test_tampered_assertion_is_rejected(idp_everywhere, tenant_a, idp_keys):
    client, request_id = _start_login(tenant_a)
    xml = saml_idp.build_response(
        sp_host=tenant_a.host, slug=SLUG, email="intern@corp.test", in_response_to=request_id, keys=idp_keys
    )
    tampered = xml.replace("intern@corp.test", "admin@a.test")
    assert tampered != xml
    _post_assertion(client, tenant_a, tampered)
    assert _logged_in_email(client, tenant_a) is None
    assert _access(tenant_a, "sso_rejected")


def test_assertion_signed_by_another_key_is_rejected(idp_everywhere, tenant_a):
    client, request_id = _start_login(tenant_a)
    rogue = saml_idp.make_keypair("rogue.example.test")
    xml = saml_idp.build_response(
        sp_host=tenant_a.host, slug=SLUG, email="rogue@corp.test", in_response_to=request_id, keys=rogue
    )
    _post_assertion(client, tenant_a, xml)
    assert _logged_in_email(client, tenant_a) is None


def test_idp_initiated_assertion_without_request_is_rejected(idp_everywhere, tenant_a, idp_keys):
    client = Client(HTTP_HOST=tenant_a.host)
    xml = saml_idp.build_response(
        sp_host=tenant_a.host, slug=SLUG, email="drive.by@corp.test", in_response_to=None, keys=idp_keys
    )
    _post_assertion(client, tenant_a, xml)
    assert _logged_in_email(client, tenant_a) is None


def test_sp_metadata_is_served_per_tenant_host(idp_everywhere, tenant_a, tenant_b):
    for tenant in (tenant_a, tenant_b):
        with schema_context(tenant.schema):
            response = Client(HTTP_HOST=tenant.host).get(f"/accounts/saml/{SLUG}/metadata/")
        body = response.content.decode()
        assert response.status_code == 200 and response["Content-Type"].startswith("text/xml")
        assert f'entityID="http://{tenant.host}/accounts/saml/{SLUG}/metadata/"' in body
        assert f'Location="http://{tenant.host}/accounts/saml/{SLUG}/acs/"' in body


def test_tenant_admin_enters_idp_settings_in_admin(db, tenant_a, tenant_client, idp_keys):
    client = tenant_client(email="admin@a.test")
    with schema_context(tenant_a.schema):
        response = client.post(
            "/admin/socialaccount/socialapp/add/",
            {
                "name": "Okta",
                "client_id": "okta",
                "idp_entity_id": "http://www.okta.com/exk1",
                "idp_sso_url": "https://corp.okta.com/app/sso/saml",
                "idp_x509cert": idp_keys.cert_pem,
                "email_attribute": "",
            },
        )
        assert response.status_code == 302, response.content.decode()[:3000]
        from allauth.socialaccount.models import SocialApp

        app = SocialApp.objects.get(client_id="okta")
        assert app.provider == "saml"
        assert app.settings["idp"]["entity_id"] == "http://www.okta.com/exk1"
        assert "BEGIN CERTIFICATE" not in app.settings["idp"]["x509cert"]
        assert app.settings["advanced"]["want_assertion_signed"] is True
        login_page = Client(HTTP_HOST=tenant_a.host).get("/accounts/login/").content.decode()
        assert "Single sign-on: Okta" in login_page
