"""Email + password login through allauth: audit rows, throttling, styled pages, security headers."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client
from django_tenants.utils import schema_context

from tenants.models import AccessLog
from tests.support.tenancy import PASSWORD

ROOT = Path(__file__).resolve().parents[2]


def _access(schema: str, **filters):
    with schema_context("public"):
        return list(AccessLog.objects.filter(schema_name=schema, **filters).order_by("at"))


def test_login_page_is_labelled_and_styled(in_a, tenant_a):
    html = Client(HTTP_HOST=tenant_a.host).get("/accounts/login/").content.decode()
    assert '<label for="id_login">' in html and '<label for="id_password">' in html
    assert 'autocomplete="current-password"' in html
    assert "css/app.css" in html and 'class="auth-card"' in html


def test_email_password_login_reaches_the_command_center_and_is_audited(in_a, tenant_a):
    client = Client(HTTP_HOST=tenant_a.host, REMOTE_ADDR="10.1.0.1")
    response = client.post("/accounts/login/", {"login": "manager@a.test", "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/"
    assert client.get("/").status_code == 200
    rows = _access(tenant_a.schema, user_email="manager@a.test", action="login")
    assert rows and rows[-1].ip_address == "10.1.0.1"


def test_wrong_password_is_refused_and_audited(in_a, tenant_a):
    client = Client(HTTP_HOST=tenant_a.host, REMOTE_ADDR="10.1.0.2")
    response = client.post("/accounts/login/", {"login": "viewer@a.test", "password": "nope-nope-nope"})
    assert response.status_code == 200
    assert "not correct" in response.content.decode()
    assert _access(tenant_a.schema, user_email="viewer@a.test", action="login_failed")


def test_login_is_throttled_after_repeated_failures(db, tenant_b):
    # Tenant B and a private address, so the lock-out does not affect other tests.
    client = Client(HTTP_HOST=tenant_b.host, REMOTE_ADDR="10.66.0.9")
    with schema_context(tenant_b.schema):
        for _ in range(5):
            client.post("/accounts/login/", {"login": "outsider@b.test", "password": "wrong-password-1"})
        response = client.post("/accounts/login/", {"login": "outsider@b.test", "password": PASSWORD})
    assert response.status_code == 200
    assert "Too many failed login attempts" in response.content.decode()
    with schema_context(tenant_b.schema):
        assert "_auth_user_id" not in client.session


def test_user_of_tenant_a_cannot_log_into_tenant_b(in_a, tenant_b):
    client = Client(HTTP_HOST=tenant_b.host, REMOTE_ADDR="10.1.0.3")
    with schema_context(tenant_b.schema):
        response = client.post("/accounts/login/", {"login": "manager@a.test", "password": PASSWORD})
        assert response.status_code == 200 and "_auth_user_id" not in client.session


def test_security_headers_on_pages(in_a, tenant_client):
    response = tenant_client(email="viewer@a.test").get("/")
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_hsts_and_secure_cookies_in_production():
    env = {k: v for k, v in os.environ.items() if k not in {"DJANGO_DEBUG"}}
    env.update(
        CRISIS_ENV="production",
        SECRET_KEY="a-long-random-production-secret-key-0123456789",
        FIELD_ENCRYPTION_KEY="q8Wb2n5cJm7rXz1Yt4Kf9Ph3Ld6Sg0Va2Ue8Oi5Nw1E=",
        METRICS_TOKEN="prometheus-scrape-token",
        CELERY_BROKER_URL="amqp://guest:guest@127.0.0.1:5672//",  # production's broker is named
    )
    code = (
        "from config import settings as s;"
        "print(s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    seconds, subdomains, session_secure, csrf_secure = result.stdout.split()
    assert int(seconds) >= 31536000 and subdomains == session_secure == csrf_secure == "True"


@pytest.mark.parametrize(
    "path", ["/", "/alerts/", "/alerts/1/", "/crises/1/", "/review/", "/dashboards/ops/"]
)
def test_every_page_requires_login(in_a, tenant_a, path):
    response = Client(HTTP_HOST=tenant_a.host).get(path)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
