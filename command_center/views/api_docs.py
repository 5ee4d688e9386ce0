"""The OpenAPI page: Swagger UI served from the drf-spectacular-sidecar package (no CDN), its
init script from a URL of its own (no inline script), its page styles from a static file (no
inline style), so it works offline under the strict CSP of config/middleware.py."""

from __future__ import annotations

from drf_spectacular.views import SpectacularSwaggerSplitView


class ApiDocsView(SpectacularSwaggerSplitView):
    template_name = "command_center/api_docs.html"
