"""URLs served on a tenant's host (e.g. demo.localhost)."""

from __future__ import annotations

from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView

from command_center.views.api_docs import ApiDocsView
from config import health

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("admin/", admin.site.urls),
    path("accounts/", include("allauth.urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", ApiDocsView.as_view(url_name="api-schema"), name="api-docs"),
    path("", include("ingestion.urls")),
    path("", include("classification.urls")),
    path("", include("escalation.urls")),
    path("", include("command_center.urls")),
]
if settings.DEMO_ENABLED:
    urlpatterns.append(path("", include("demo.urls")))
