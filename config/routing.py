from __future__ import annotations

from django.urls import path

from command_center.consumers import CommandCenterConsumer

websocket_urlpatterns = [
    path("ws/command-center/", CommandCenterConsumer.as_asgi()),
]
