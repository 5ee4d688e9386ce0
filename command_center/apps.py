from __future__ import annotations

from django.apps import AppConfig


class CommandCenterConfig(AppConfig):
    """The people's face: pages, HTMX fragments, websocket consumers, APIs for acting."""

    name = "command_center"
    verbose_name = "Command center"
