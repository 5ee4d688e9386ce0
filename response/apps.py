from __future__ import annotations

from django.apps import AppConfig


class ResponseAppConfig(AppConfig):
    """Response planning: playbooks, a plan per crisis, similar past crises, tracked tasks."""

    name = "response"
    verbose_name = "Response planning"
