"""Helpers shared by the command-center views: one service call as a user message, and the
answer after a POST (HTMX or a plain form)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect


def error_text(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(exc.messages)
    return str(exc) or exc.__class__.__name__


def run_action(request: HttpRequest, label: str, call: Callable[[], Any]) -> bool:
    """Run one service call; success and refusal both become a message the user sees.

    Only refusals a person can act on are caught (a ValueError such as escalation's
    AlertStateError, or a ValidationError); anything else is a bug and answers 500.
    """
    try:
        call()
    except (ValidationError, ValueError) as exc:
        messages.error(request, f"{label} failed: {error_text(exc)}")
        return False
    messages.success(request, f"{label}: done.")
    return True


def back(request: HttpRequest, fallback: str) -> HttpResponse:
    """After a POST: HTMX gets HX-Location (a client-side visit), plain forms a redirect."""
    target = request.POST.get("next") or fallback
    if not target.startswith("/") or target.startswith("//"):
        target = fallback
    if request.htmx:
        response = HttpResponse(status=204)
        response["HX-Location"] = target
        return response
    return HttpResponseRedirect(target)
