"""The crisis archive: every crisis, open and resolved, with filters and pages; the way back to a
past incident's page and its post-mortem."""

from __future__ import annotations

from datetime import timedelta

from command_center.selectors.archive import PAGE_SIZE
from crisis.models import Crisis
from tenants import clock
from tests.command_center import factories as f

VIEWER = "viewer@a.test"


def _archive(tenant_client, query: str = "") -> str:
    response = tenant_client(email=VIEWER).get(f"/crises/{query}")
    assert response.status_code == 200, response.content[:500]
    return response.content.decode()


def _shown(html: str) -> list[int]:
    import re

    return [int(n) for n in re.findall(r'<tr data-crisis="(\d+)">', html)]


def test_the_archive_lists_open_and_resolved_crises_newest_first_with_their_post_mortems(in_a, tenant_client):
    old = f.crisis(title="Acme: card skimming at branches")
    Crisis.objects.filter(pk=old.pk).update(
        status="resolved",
        opened_at=clock.now() - timedelta(days=35),
        resolved_at=clock.now() - timedelta(days=35) + timedelta(hours=3),
        resolution_note="Skimmers removed; cards reissued",
        category="security",
    )
    new = f.crisis(title="Acme: payments outage")
    Crisis.objects.filter(pk=new.pk).update(category="operational", severity="P0", peak_level="critical")

    html = _archive(tenant_client)
    assert _shown(html) == [new.pk, old.pk]
    assert f'href="/crises/{old.pk}/postmortem/"' in html and "3\xa0hours" in html  # time to resolve
    assert 'href="/crises/"' in html and 'aria-current="page">Crises' in html  # in the nav

    assert _shown(_archive(tenant_client, "?status=resolved")) == [old.pk]
    assert _shown(_archive(tenant_client, "?status=open")) == [new.pk]
    assert _shown(_archive(tenant_client, "?category=operational&severity=P0")) == [new.pk]
    assert _shown(_archive(tenant_client, "?peak=critical")) == [new.pk]
    assert _shown(_archive(tenant_client, "?q=reissued")) == [old.pk]  # words of the resolution
    assert _shown(_archive(tenant_client, "?q=acme+outage")) == [new.pk]  # every word must match
    assert "No crisis matches" in _archive(tenant_client, "?q=nothing-like-this")
    assert "· 2 crises" in html and "· 1 crisis<" in _archive(tenant_client, "?status=open")  # not "crisises"
    # a filter value that is not one of the choices is ignored, not an error
    assert _shown(_archive(tenant_client, "?status=bogus&category=<script>")) == [new.pk, old.pk]


def test_the_archive_pages_by_fifty_and_keeps_the_filters_across_pages(in_a, tenant_client):
    base = f.crisis(title="Acme: first")
    Crisis.objects.bulk_create(
        [
            Crisis(
                subject="acme",
                title=f"Acme: story {i}",
                opened_at=base.opened_at - timedelta(minutes=i + 1),
                category="pr",
                severity="P2",
            )
            for i in range(PAGE_SIZE + 3)
        ]
    )
    first = _archive(tenant_client, "?category=pr")
    assert len(_shown(first)) == PAGE_SIZE and "Page 1 of 2" in first
    assert "?category=pr&amp;page=2" in first
    second = _archive(tenant_client, "?category=pr&page=2")
    assert len(_shown(second)) == 3 and base.pk not in _shown(second)
    assert _shown(_archive(tenant_client, "?category=pr&page=999")) == _shown(
        second
    )  # past the end: the last
