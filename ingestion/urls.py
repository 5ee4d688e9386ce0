from __future__ import annotations

import importlib.util

from django.urls import URLPattern, URLResolver, include, path

from ingestion.api import EventIntakeApi

urlpatterns: list[URLPattern | URLResolver] = [
    path("api/v1/events", EventIntakeApi.as_view(), name="ingestion-events-intake"),
]

# The connectors' push endpoints (Splunk HEC, Alertmanager, PagerDuty, Zendesk webhooks).
if importlib.util.find_spec("ingestion.sources.urls") is not None:
    urlpatterns.append(path("", include("ingestion.sources.urls")))
