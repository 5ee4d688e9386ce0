"""ASGI entry point: HTTP through Django, websockets through Channels, both under Daphne."""

from __future__ import annotations

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django
from django.contrib.staticfiles.handlers import ASGIStaticFilesHandler
from django.core.asgi import get_asgi_application

from config import telemetry

# Tracing first: its Django middleware has to be in place before the handler loads the chain.
django.setup(set_prefix=False)
telemetry.setup(service="crisisops-web", web=True)

# Static files are served by the app itself (no build step, no CDN); a reverse proxy may take
# over /static/ in production.
django_asgi_app = ASGIStaticFilesHandler(get_asgi_application())

from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402

from config.routing import websocket_urlpatterns  # noqa: E402
from tenants.websocket import TenantAuthMiddleware  # noqa: E402

application = ProtocolTypeRouter(
    {
        "http": django_asgi_app,
        "websocket": AllowedHostsOriginValidator(
            TenantAuthMiddleware(URLRouter(websocket_urlpatterns))  # type: ignore[arg-type]  # see routing.py
        ),
    }
)
