from __future__ import annotations

from django.urls import path

from command_center.consumers import CommandCenterConsumer

websocket_urlpatterns = [
    # django-stubs types path() for views only; Channels' URLRouter routes ASGI apps with it.
    path("ws/command-center/", CommandCenterConsumer.as_asgi()),  # type: ignore[arg-type]
]
