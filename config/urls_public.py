"""URLs served on the public host (the platform itself, no tenant)."""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.urls import path

from config import health
from tenants.metrics import metrics_view


def index(request: HttpRequest) -> HttpResponse:
    return HttpResponse(
        "CrisisOps platform. Sign in on your organisation's host (e.g. http://demo.localhost:8000/).",
        content_type="text/plain",
    )


urlpatterns = [
    path("", index, name="public-index"),
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("metrics", metrics_view, name="prometheus-metrics"),
    path("admin/", admin.site.urls),
]
