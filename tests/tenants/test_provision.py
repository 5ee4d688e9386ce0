from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command
from django_tenants.utils import schema_context

from tenants.models import Domain, Organization


@pytest.mark.django_db
def test_provision_tenant_is_idempotent_and_creates_admin(live_db, capsys):
    call_command(
        "provision_tenant",
        "acme",
        "--domain",
        "acme.localhost",
        "--admin-email",
        "boss@acme.test",
        "--admin-password",
        "s3cret-pass-123",
    )
    first = capsys.readouterr().out
    call_command("provision_tenant", "acme", "--domain", "acme.localhost", "--admin-email", "boss@acme.test")
    second = capsys.readouterr().out

    assert "'acme' created" in first
    assert "already provisioned" in second
    assert Organization.objects.filter(schema_name="acme").count() == 1
    assert Domain.objects.filter(domain="acme.localhost").count() == 1
    with schema_context("acme"):
        from django.contrib.auth import get_user_model

        admin = get_user_model().objects.get(email="boss@acme.test")
        assert admin.check_password("s3cret-pass-123")
        assert admin.is_staff
        assert list(admin.groups.values_list("name", flat=True)) == ["admin"]


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["Acme", "1acme", "public", "pg_catalog", "a", "acme-co", "x" * 41])
def test_provision_tenant_rejects_bad_slug_with_clear_message(slug):
    with pytest.raises(CommandError, match="invalid tenant slug"):
        call_command("provision_tenant", slug, "--domain", "new.localhost")


@pytest.mark.django_db
def test_provision_tenant_rejects_domain_owned_by_another_tenant(tenant_a):
    with pytest.raises(CommandError, match="already belongs to tenant 'tenant_a'"):
        call_command("provision_tenant", "intruder", "--domain", tenant_a.host)
    assert not Organization.objects.filter(schema_name="intruder").exists()


@pytest.mark.django_db
def test_provision_tenant_refuses_a_region_this_deployment_does_not_serve():
    with pytest.raises(CommandError, match="data-residency region 'eu'"):
        call_command("provision_tenant", "yankee", "--domain", "yankee.localhost", "--region", "us")


@pytest.mark.django_db
def test_provision_tenant_rejects_bad_domain():
    with pytest.raises(CommandError, match="invalid domain"):
        call_command("provision_tenant", "okslug", "--domain", "not a host!")


@pytest.mark.django_db
def test_a_tenant_created_under_an_earlier_ones_name_starts_with_nothing_in_redis(live_db):
    """Redis state keyed by row ids (the detector's "already counted" claims, dedup signatures,
    embeddings) of a dropped database or deleted tenant would make the new tenant's first events,
    whose ids start again at 1, count as seen or as duplicates of events that no longer exist."""
    from tenants.redis import redis_client

    r = redis_client()
    stale = ["crisis:seen:zeta:cls:1", "dedup:zeta:sig:1", "crisis:feat:zeta:180:w:acme:9", "zeta:cache:1:x"]
    others = [
        "crisis:feat:acme:180:w:zeta:9",
        "dedup:acme:sig:1",
    ]  # another tenant's, naming a subject "zeta"
    for key in stale + others:
        r.set(key, 1, ex=600)
    try:
        call_command("provision_tenant", "zeta", "--domain", "zeta.localhost")
        assert [k for k in stale if r.exists(k)] == []
        assert [k for k in others if r.exists(k)] == others
        # Provisioning again (idempotent) forgets nothing: the tenant's live state stays.
        r.set("crisis:seen:zeta:cls:2", 1, ex=600)
        call_command("provision_tenant", "zeta", "--domain", "zeta.localhost")
        assert r.exists("crisis:seen:zeta:cls:2")
    finally:
        r.delete(*stale, *others, "crisis:seen:zeta:cls:2")


@pytest.mark.django_db
def test_forget_tenant_cache_after_a_restore_names_its_tenants(live_db, capsys):
    from tenants.redis import redis_client

    call_command("provision_tenant", "eta", "--domain", "eta.localhost")
    r = redis_client()
    keys = ["crisis:seen:eta:cls:1", "dedup:eta:sig:7"]
    for key in keys:
        r.set(key, 1, ex=600)
    capsys.readouterr()
    call_command("forget_tenant_cache", "eta")
    assert [k for k in keys if r.exists(k)] == []
    assert "eta: 2 Redis keys forgotten" in capsys.readouterr().out
    with pytest.raises(CommandError, match="no such tenant: nosuch"):
        call_command("forget_tenant_cache", "nosuch")
    with pytest.raises(CommandError, match="name the tenants"):
        call_command("forget_tenant_cache")
