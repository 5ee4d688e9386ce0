"""Command-center websocket: tenant groups, refusal of anonymous and unknown-host sockets."""

from __future__ import annotations

import asyncio

import pytest
from asgiref.sync import sync_to_async
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.test import Client

from config.asgi import application
from tenants.realtime import broadcast
from tests.support.tenancy import in_tenant

pytestmark = pytest.mark.live


def _session_cookie(tenant, email: str) -> str:
    client = Client(HTTP_HOST=tenant.host)
    with in_tenant(tenant):
        client.force_login(tenant.user(email))
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def _communicator(host: str, session_key: str | None = None) -> WebsocketCommunicator:
    headers = [(b"host", host.encode()), (b"origin", f"http://{host}".encode())]
    if session_key:
        headers.append((b"cookie", f"{settings.SESSION_COOKIE_NAME}={session_key}".encode()))
    return WebsocketCommunicator(application, "/ws/command-center/", headers=headers)


async def _connect(host, key):
    comm = _communicator(host, key)
    connected, code = await comm.connect(timeout=10)
    return comm, connected, code


def test_socket_on_a_receives_a_group_messages_and_not_b_messages(live_db, tenant_a, tenant_b):
    key_a = _session_cookie(tenant_a, "manager@a.test")

    async def scenario():
        comm, connected, _ = await _connect(tenant_a.host, key_a)
        assert connected
        await sync_to_async(broadcast)(schema_name=tenant_b.schema, kind="event", payload={"text": "for B"})
        await sync_to_async(broadcast)(schema_name=tenant_a.schema, kind="event", payload={"text": "for A"})
        first = await comm.receive_json_from(timeout=5)
        nothing_more = await comm.receive_nothing(timeout=0.5)
        await comm.disconnect()
        return first, nothing_more

    first, nothing_more = asyncio.run(scenario())
    assert first == {"kind": "event", "payload": {"text": "for A"}}
    assert nothing_more


def test_anonymous_socket_is_refused(live_db, tenant_a):
    async def scenario():
        comm, connected, code = await _connect(tenant_a.host, None)
        await comm.disconnect()
        return connected, code

    connected, code = asyncio.run(scenario())
    assert not connected and code == 4401


def test_session_from_tenant_a_is_refused_on_tenant_b_host(live_db, tenant_a, tenant_b):
    key_a = _session_cookie(tenant_a, "manager@a.test")

    async def scenario():
        comm, connected, code = await _connect(tenant_b.host, key_a)
        await comm.disconnect()
        return connected, code

    connected, code = asyncio.run(scenario())
    assert not connected and code == 4401


def test_viewer_socket_cannot_send_actions(live_db, tenant_a):
    key = _session_cookie(tenant_a, "viewer@a.test")

    async def scenario():
        comm, connected, _ = await _connect(tenant_a.host, key)
        assert connected
        await comm.send_json_to({"action": "ping"})
        reply = await comm.receive_json_from(timeout=5)
        await comm.disconnect()
        return reply

    assert asyncio.run(scenario())["error"].startswith("forbidden")
