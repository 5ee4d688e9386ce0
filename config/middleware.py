"""The platform's own middleware.

- `SecurityHeadersMiddleware`: headers Django does not set itself (a strict CSP, no inline script).
- `HealthCheckMiddleware` (first in the stack): `/healthz` and `/readyz` answer before the tenant
  middleware, which reads the domain table: a probe must work while PostgreSQL is away.
- `TenantMiddleware`: django-tenants' host → schema lookup, remembering each host's tenant for a
  while, so requests still find their schema while PostgreSQL is away (an unknown host then gets
  503, not 500). A host whose tenant another region's deployment serves gets 421 Misdirected
  Request, before anything reads its schema (tenants/residency.py).
- `DatabaseOutageMiddleware`: a request that fails because PostgreSQL is away (or refuses writes)
  answers 503 with Retry-After instead of 500. A page the same session saw before is served as it
  was, read-only, under a banner; a live fragment (htmx) gets an empty 503, so the page keeps what
  it shows; APIs get JSON.
"""

from __future__ import annotations

import re
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.core.signals import got_request_exception
from django.db import DatabaseError, connection
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.html import escape
from django_tenants.middleware.main import TenantMainMiddleware

from config import health
from config.outage import database_outage_seen, database_outage_since, database_unavailable
from tenants.residency import ResidencyError, check_tenant, region_base_url

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
)
RETRY_AFTER_SECONDS = 10


class SecurityHeadersMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        # The admin ships inline scripts of its own; everything we write is CSP-clean.
        if not request.path.startswith("/admin/"):
            response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        return response


class HealthCheckMiddleware:
    PROBES = {"/healthz": health.healthz, "/readyz": health.readyz}

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        probe = self.PROBES.get(request.path_info)
        if probe is not None:
            return probe(request)
        return self.get_response(request)


# --- tenant lookup that survives an outage ------------------------------------------------------

TENANT_REMEMBER_SECONDS = 60.0
_tenants: dict[str, tuple[float, Any]] = {}


def remembered_tenant(request: HttpRequest) -> Any:
    """The tenant this process last saw for the request's host, without asking the database."""
    try:
        hostname = TenantMainMiddleware.hostname_from_request(request)
    except DisallowedHost:
        return None
    hit = _tenants.get(hostname)
    return hit[1] if hit is not None else None


class TenantMiddleware(TenantMainMiddleware):
    def get_tenant(self, domain_model: Any, hostname: str) -> Any:
        hit = _tenants.get(hostname)
        now = time.monotonic()
        if hit is not None and now - hit[0] < TENANT_REMEMBER_SECONDS:
            return hit[1]
        try:
            tenant = super().get_tenant(domain_model, hostname)
        except DatabaseError as exc:
            if hit is not None and database_unavailable(exc):
                database_outage_seen()
                return hit[1]  # as it was a minute ago: better than no answer at all
            raise
        if len(_tenants) > 10_000:
            _tenants.clear()
        _tenants[hostname] = (now, tenant)
        return tenant

    def process_request(self, request: HttpRequest) -> HttpResponse | None:
        try:
            response = super().process_request(request)
            # The tenant is bound now and nothing has read its schema yet: refuse a foreign one.
            check_tenant(getattr(request, "tenant", None))
        except ResidencyError as exc:
            connection.set_schema_to_public()
            return misdirected_response(exc)
        except DatabaseError as exc:
            if not database_unavailable(exc):
                raise
            database_outage_seen()
            return outage_response(request)
        return response


def misdirected_response(exc: ResidencyError) -> HttpResponse:
    """421: this deployment does not serve the host's tenant; say which region does, and where."""
    url = region_base_url(exc.region)
    body: dict[str, Any] = {"detail": str(exc), "region": exc.region}
    if url:
        body["region_url"] = url
    response = JsonResponse(body, status=421)
    if url:
        response["Link"] = f'<{url}>; rel="alternate"'
    response["Cache-Control"] = "no-store"
    return response


# --- answering during an outage ------------------------------------------------------------------


@receiver(got_request_exception)
def _flag_database_outage(sender: Any, request: HttpRequest | None = None, **kwargs: Any) -> None:
    """Django turns a view's (or an inner middleware's) exception into a 500 response before the
    outer middleware sees it; this mark on the request says the 500 was an outage."""
    exc = sys.exc_info()[1]
    if request is not None and exc is not None and database_unavailable(exc):
        request._database_unavailable = True  # type: ignore[attr-defined]
        database_outage_seen()


PAGE_CACHE_ENTRIES = 256
PAGE_CACHE_MAX_BYTES = 512 * 1024
_pages: OrderedDict[tuple[str, str, str], tuple[float, bytes, str]] = OrderedDict()
_pages_lock = threading.Lock()
_BODY_TAG = re.compile(rb"<body[^>]*>", re.IGNORECASE)


class DatabaseOutageMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if getattr(request, "_database_unavailable", False) and response.status_code >= 500:
            return outage_response(request)
        if _is_page(request, response):
            since = database_outage_since()
            if since is not None:
                _add_banner(response, since=since, as_of=None)
            elif response.status_code == 200:
                _remember(request, response)
        return response


def _is_page(request: HttpRequest, response: HttpResponse) -> bool:
    return (
        request.method == "GET"
        and not request.headers.get("HX-Request")
        and not getattr(response, "streaming", False)
        and response.get("Content-Type", "").startswith("text/html")
    )


def _page_key(request: HttpRequest) -> tuple[str, str, str] | None:
    session = request.COOKIES.get(settings.SESSION_COOKIE_NAME, "")
    if not session:
        return None
    return request.get_host(), session, request.get_full_path()


def _remember(request: HttpRequest, response: HttpResponse) -> None:
    """Keep the page this session just saw, so an outage can show it again (only to the holder of
    the same session cookie, who saw it already)."""
    key = _page_key(request)
    user = getattr(request, "user", None)
    if (
        key is None
        or user is None
        or not user.is_authenticated
        or len(response.content) > PAGE_CACHE_MAX_BYTES
    ):
        return
    with _pages_lock:
        _pages[key] = (time.time(), bytes(response.content), response["Content-Type"])
        _pages.move_to_end(key)
        while len(_pages) > PAGE_CACHE_ENTRIES:
            _pages.popitem(last=False)


def outage_response(request: HttpRequest) -> HttpResponse:
    """503 + Retry-After in the shape the caller understands (see module docstring)."""
    since = database_outage_since() or time.time()
    wants_page = "text/html" in request.headers.get("Accept", "") and not request.path.startswith(
        ("/api/", "/services/", "/v2/")
    )
    if request.headers.get("HX-Request"):
        response: HttpResponse = HttpResponse(status=503)
    elif not wants_page:
        response = JsonResponse(
            {"detail": "the database is unavailable; retry later", "retry_after": RETRY_AFTER_SECONDS},
            status=503,
        )
    else:
        key = _page_key(request) if request.method == "GET" else None
        with _pages_lock:
            cached = _pages.get(key) if key is not None else None
        if cached is not None:
            response = HttpResponse(cached[1], content_type=cached[2], status=200)
            response["X-CrisisOps-Stale-Since"] = str(int(cached[0]))
            _add_banner(response, since=since, as_of=cached[0])
        else:
            response = HttpResponse(_OUTAGE_PAGE, content_type="text/html; charset=utf-8", status=503)
            _add_banner(response, since=since, as_of=None)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def _add_banner(response: HttpResponse, *, since: float, as_of: float | None) -> None:
    def hhmm(ts: float) -> str:
        return datetime.fromtimestamp(ts, tz=UTC).strftime("%H:%M:%S UTC")

    shown = f"This page is as it was at {hhmm(as_of)}. " if as_of is not None else ""
    text = (
        f"The database is unavailable since {hhmm(since)}: CrisisOps is read-only. {shown}"
        "Changes are refused until it is back; incoming events are kept and will be processed then."
    )
    banner = f'<div class="outage-banner" role="alert">{escape(text)}</div>'.encode()
    content = response.content
    match = _BODY_TAG.search(content)
    at = match.end() if match else 0
    response.content = content[:at] + banner + content[at:]
    if response.has_header("Content-Length"):
        response["Content-Length"] = str(len(response.content))


_OUTAGE_PAGE = (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CrisisOps — read-only</title>'
    f'<link rel="stylesheet" href="{settings.STATIC_URL}css/app.css"></head>'
    '<body><main class="outage-page"><h1>CrisisOps is read-only for now</h1>'
    "<p>The page you asked for needs the database. Try again in a few seconds; nothing you sent "
    "before this page was lost.</p></main></body></html>"
)
