from __future__ import annotations

from django.urls import path

from crisis.consumers import CommandCenterConsumer

websocket_urlpatterns = [
    path("ws/command-center/", CommandCenterConsumer.as_asgi()),
]
