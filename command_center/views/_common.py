"""Helpers shared by the command-center views: service lookup, HTMX-aware responses."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect

logger = logging.getLogger(__name__)


class ServiceUnavailable(Exception):
    """A stage's service is not deployed (yet): the action is refused with a clear message."""


def service(dotted: str) -> Callable[..., Any]:
    """Import `app.module.function` lazily; later stages are built in parallel."""
    module_name, _, func = dotted.rpartition(".")
    try:
        module = importlib.import_module(module_name)
        return getattr(module, func)
    except (ImportError, AttributeError) as exc:
        raise ServiceUnavailable(f"{dotted} is not available") from exc


def error_text(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(exc.messages)
    return str(exc) or exc.__class__.__name__


def run_action(request: HttpRequest, label: str, call: Callable[[], Any]) -> bool:
    """Run one service call; success and failure both become a message the user sees."""
    try:
        call()
    except ServiceUnavailable as exc:
        logger.warning("%s: %s", label, exc)
        messages.error(request, f"{label} is not available on this deployment yet.")
        return False
    except (ValidationError, ValueError) as exc:
        messages.error(request, f"{label} failed: {error_text(exc)}")
        return False
    messages.success(request, f"{label}: done.")
    return True


def back(request: HttpRequest, fallback: str) -> HttpResponse:
    """After a POST: HTMX follows HX-Redirect/-Refresh-free swaps; plain forms get a redirect."""
    target = request.POST.get("next") or fallback
    if not target.startswith("/") or target.startswith("//"):
        target = fallback
    if getattr(request, "htmx", False):
        response = HttpResponse(status=204)
        response["HX-Location"] = target
        return response
    return HttpResponseRedirect(target)
