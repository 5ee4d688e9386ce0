from __future__ import annotations

from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo drives the platform from outside; production settings may leave it out."""

    name = "demo"
    verbose_name = "Demo"
