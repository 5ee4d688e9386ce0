"""Command-center websocket: one per browser tab, joined to its tenant's group.

Anonymous sockets and sockets on an unknown host are refused. Server pushes are
server-rendered HTML fragments (htmx ws extension swaps them by id) plus a JSON kind.
"""

from __future__ import annotations

from channels.generic.websocket import AsyncJsonWebsocketConsumer

from tenants.realtime import tenant_group_name
from tenants.roles import CRISIS_MANAGER, has_role


class CommandCenterConsumer(AsyncJsonWebsocketConsumer):
    async def connect(self):
        tenant = self.scope.get("tenant")
        user = self.scope.get("user")
        if tenant is None or user is None or not user.is_authenticated:
            await self.close(code=4401)
            return
        self.group = tenant_group_name(tenant.schema_name)
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.accept()

    async def disconnect(self, code):
        if getattr(self, "group", None):
            await self.channel_layer.group_discard(self.group, self.channel_name)

    async def receive_json(self, content, **kwargs):
        # Actions over the socket are for crisis managers and admins only; viewers read.
        if not has_role(self.scope["user"], CRISIS_MANAGER):
            await self.send_json({"kind": "error", "error": "forbidden: your role is read-only"})
            return
        if content.get("action") == "ping":
            await self.send_json({"kind": "pong"})
            return
        await self.send_json({"kind": "error", "error": f"unknown action {content.get('action')!r}"})

    async def tenant_update(self, message):
        await self.send_json({"kind": message["kind"], "payload": message["payload"]})
