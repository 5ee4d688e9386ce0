"""The command-center socket renders server-side fragments per tab: its page, its filters, its
role; tenants never see each other's updates; viewers cannot act; foreign origins are refused."""

from __future__ import annotations

import asyncio
import json

import pytest
from asgiref.sync import sync_to_async
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.test import Client

from config.asgi import application
from tenants.realtime import broadcast
from tests.command_center import factories as f
from tests.support.tenancy import in_tenant

pytestmark = pytest.mark.live

MANAGER, VIEWER = "manager@a.test", "viewer@a.test"


def _session(tenant, email: str) -> str:
    client = Client(HTTP_HOST=tenant.host)
    with in_tenant(tenant):
        client.force_login(tenant.user(email))
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def _socket(tenant, email: str, query: str = "render=html&page=command_center", origin: str | None = None):
    headers = [
        (b"host", tenant.host.encode()),
        (b"origin", (origin or f"http://{tenant.host}").encode()),
        (b"cookie", f"{settings.SESSION_COOKIE_NAME}={_session(tenant, email)}".encode()),
    ]
    return WebsocketCommunicator(application, f"/ws/command-center/?{query}", headers=headers)


def _run(coro):
    return asyncio.run(coro)


async def _send(tenant, kind, payload):
    await sync_to_async(broadcast)(schema_name=tenant.schema, kind=kind, payload=payload)


def _in(tenant, fn):
    with in_tenant(tenant):
        return fn()


def test_new_event_arrives_as_feed_fragment_with_counters(live_db, tenant_a):
    comm = _socket(tenant_a, VIEWER)
    event = _in(
        tenant_a,
        lambda: f.event(text="Acme checkout is failing for everyone", severity="P1", category="operational"),
    )

    async def scenario():
        assert (await comm.connect(timeout=10))[0]
        await _send(tenant_a, "event", {"event_id": event.pk})
        html = await comm.receive_from(timeout=10)
        await comm.disconnect()
        return html

    html = _run(scenario())
    assert 'hx-swap-oob="afterbegin:#feed"' in html
    assert f'id="event-{event.pk}"' in html and "Acme checkout is failing for everyone" in html
    assert 'id="counters"' in html


def test_filtered_tab_does_not_receive_events_outside_its_filters(live_db, tenant_a):
    comm = _socket(tenant_a, VIEWER, "render=html&page=command_center&severity=P0")
    event = _in(tenant_a, lambda: f.event(text="minor grumble", severity="P3"))

    async def scenario():
        assert (await comm.connect(timeout=10))[0]
        await _send(tenant_a, "event", {"event_id": event.pk})
        html = await comm.receive_from(timeout=10)
        await comm.disconnect()
        return html

    html = _run(scenario())
    assert "minor grumble" not in html and 'id="counters"' in html


def test_filter_message_rerenders_the_feed_for_any_role(live_db, tenant_a):
    def rows():
        return f.event(text="loud P1 post", severity="P1"), f.event(text="quiet P4 post", severity="P4")

    _in(tenant_a, rows)
    comm = _socket(tenant_a, VIEWER)

    async def scenario():
        assert (await comm.connect(timeout=10))[0]
        await comm.send_to(
            text_data=json.dumps({"action": "filter", "severity": "P1", "category": "", "HEADERS": {}})
        )
        html = await comm.receive_from(timeout=10)
        await comm.disconnect()
        return html

    html = _run(scenario())
    assert html.startswith('\n<div id="feed"') or '<div id="feed"' in html[:200]
    assert "loud P1 post" in html and "quiet P4 post" not in html


def test_alert_fragments_carry_ack_buttons_for_managers_only(live_db, tenant_a):
    def rows():
        crisis = f.crisis()
        return crisis, f.alert(crisis=crisis)

    crisis, alert = _in(tenant_a, rows)
    ack = f"/crises/{crisis.pk}/acknowledge"  # the crisis card acknowledges the whole crisis

    async def receive(comm):
        assert (await comm.connect(timeout=10))[0]
        await _send(tenant_a, "alert", {"alert_id": alert.pk, "crisis_id": crisis.pk})
        html = await comm.receive_from(timeout=10)
        await comm.disconnect()
        return html

    manager_html = _run(receive(_socket(tenant_a, MANAGER)))
    viewer_html = _run(receive(_socket(tenant_a, VIEWER)))
    assert f'id="crisis-{crisis.pk}"' in manager_html and ack in manager_html
    assert f'id="crisis-{crisis.pk}"' in viewer_html and ack not in viewer_html


def test_timeline_entry_is_appended_on_the_crisis_page(live_db, tenant_a):
    crisis = _in(tenant_a, f.crisis)

    def note():
        from crisis.services import timeline_append

        return timeline_append(crisis=crisis, kind="note", message="Legal is on it", actor="manager@a.test")

    comm = _socket(tenant_a, VIEWER, f"render=html&page=crisis&crisis={crisis.pk}")

    async def scenario():
        assert (await comm.connect(timeout=10))[0]
        entry = await sync_to_async(_in)(tenant_a, note)  # broadcasts after commit
        html = await comm.receive_from(timeout=10)
        await comm.disconnect()
        return entry, html

    entry, html = _run(scenario())
    assert f'hx-swap-oob="beforeend:#timeline-{crisis.pk}"' in html
    assert f'id="tl-{entry.pk}"' in html and "Legal is on it" in html
    assert f'id="crisis-header-{crisis.pk}"' in html


def test_tenant_b_html_socket_never_receives_tenant_a_updates(live_db, tenant_a, tenant_b):
    event = _in(tenant_a, lambda: f.event(text="A-only secret"))
    comm_b = _socket(tenant_b, "outsider@b.test")
    comm_a = _socket(tenant_a, VIEWER)

    async def scenario():
        assert (await comm_b.connect(timeout=10))[0]
        assert (await comm_a.connect(timeout=10))[0]
        await _send(tenant_a, "event", {"event_id": event.pk})
        got_a = await comm_a.receive_from(timeout=10)
        nothing_b = await comm_b.receive_nothing(timeout=1.0)
        await comm_a.disconnect()
        await comm_b.disconnect()
        return got_a, nothing_b

    got_a, nothing_b = _run(scenario())
    assert "A-only secret" in got_a
    assert nothing_b


def test_viewer_socket_cannot_acknowledge_but_manager_socket_can(live_db, tenant_a):
    alert = _in(tenant_a, lambda: f.alert(crisis=f.crisis()))

    async def act(comm):
        assert (await comm.connect(timeout=10))[0]
        await comm.send_json_to({"action": "alert_acknowledge", "alert_id": alert.pk})
        reply = await comm.receive_json_from(timeout=10)
        while reply.get("kind") not in ("error", "result"):
            reply = await comm.receive_json_from(timeout=10)
        await comm.disconnect()
        return reply

    refused = _run(act(_socket(tenant_a, VIEWER, "page=command_center")))  # JSON wire format
    assert refused["kind"] == "error" and refused["error"].startswith("forbidden")
    assert _in(tenant_a, lambda: type(alert).objects.get(pk=alert.pk).state) == "triggered"
    accepted = _run(act(_socket(tenant_a, MANAGER, "page=command_center")))
    assert accepted == {"kind": "result", "action": "alert_acknowledge", "ok": True, "alert_id": alert.pk}
    assert _in(tenant_a, lambda: type(alert).objects.get(pk=alert.pk).state) == "acknowledged"


def test_socket_from_a_foreign_origin_is_refused(live_db, tenant_a):
    comm = _socket(tenant_a, MANAGER, origin="http://evil.example.com")

    async def scenario():
        connected, _ = await comm.connect(timeout=10)
        await comm.disconnect()
        return connected

    assert _run(scenario()) is False


def test_pages_without_a_feed_get_no_event_fragments(in_a, tenant_a):
    # (Also makes pytest-django create the test database when this module runs alone: live_db
    # alone does not ask for it.)
    from command_center.consumers import FragmentRenderer
    from command_center.selectors.feed import FeedFilters

    event = f.event(text="only for the command center")
    viewer = tenant_a.user(VIEWER)
    for page, expected in [("alerts", False), ("review", False), ("crisis", False), ("command_center", True)]:
        renderer = FragmentRenderer(
            schema=tenant_a.schema, user=viewer, page=page, crisis_id=None, filters=FeedFilters()
        )
        html = renderer.render("event", {"event_id": event.pk})
        assert ("only for the command center" in html) is expected, page
