"""Post-mortem of a crisis: view, download as Markdown or JSON (a draft until it is resolved)."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.text import slugify
from django.views.decorators.http import require_GET

from command_center.selectors.postmortem import postmortem_document_json, postmortem_document_markdown
from crisis.models import Crisis
from tenants.audit import access_log_record
from tenants.http_types import AuthenticatedHttpRequest
from tenants.permissions import viewer_required

FORMATS = {"md": "text/markdown; charset=utf-8", "json": "application/json"}


@require_GET
@viewer_required
def postmortem(request: HttpRequest, pk: int) -> HttpResponse:
    crisis = get_object_or_404(Crisis, pk=pk)
    return render(
        request,
        "command_center/postmortem.html",
        {
            "crisis": crisis,
            "markdown": postmortem_document_markdown(crisis=crisis),
            "resolved": crisis.status == Crisis.Status.RESOLVED,
        },
    )


@require_GET
@viewer_required
def postmortem_download(request: AuthenticatedHttpRequest, pk: int, fmt: str) -> HttpResponse:
    if fmt not in FORMATS:
        raise Http404("no such format")
    crisis = get_object_or_404(Crisis, pk=pk)
    access_log_record(
        action="export",
        user_email=request.user.email,
        request=request,
        detail={"postmortem": crisis.pk, "fmt": fmt},
    )
    body = (
        postmortem_document_json(crisis=crisis)
        if fmt == "json"
        else postmortem_document_markdown(crisis=crisis)
    )
    response = HttpResponse(body, content_type=FORMATS[fmt])
    name = f"postmortem-{crisis.pk}-{slugify(crisis.title)[:40] or 'crisis'}"
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response
