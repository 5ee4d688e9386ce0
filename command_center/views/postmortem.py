"""Post-mortem of a resolved crisis: view, download as Markdown or JSON."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.text import slugify
from django.views.decorators.http import require_GET

from command_center.views._common import ServiceUnavailable, service
from crisis.models import Crisis
from tenants.audit import access_log_record
from tenants.permissions import viewer_required


def _report(crisis: Crisis) -> tuple[dict | None, str]:
    try:
        report = service("crisis.postmortem.postmortem_build")(crisis=crisis)
        markdown = service("crisis.postmortem.postmortem_markdown")(crisis=crisis)
    except ServiceUnavailable:
        return None, ""
    return report, markdown


@require_GET
@viewer_required
def postmortem(request: HttpRequest, pk: int) -> HttpResponse:
    crisis = get_object_or_404(Crisis, pk=pk)
    report, markdown = _report(crisis)
    return render(
        request,
        "command_center/postmortem.html",
        {"crisis": crisis, "report": report, "markdown": markdown, "resolved": crisis.status == "resolved"},
    )


@require_GET
@viewer_required
def postmortem_download(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    crisis = get_object_or_404(Crisis, pk=pk)
    report, markdown = _report(crisis)
    if report is None:
        return HttpResponse("Post-mortem export is not available yet.", status=503, content_type="text/plain")
    name = f"postmortem-{crisis.pk}-{slugify(crisis.title)[:40] or 'crisis'}"
    access_log_record(
        action="export",
        user_email=request.user.email,
        request=request,
        detail={"postmortem": crisis.pk, "fmt": fmt},
    )
    if fmt == "json":
        body = service("crisis.postmortem.postmortem_json")(crisis=crisis)
        response: HttpResponse = HttpResponse(body, content_type="application/json")
        response["Content-Disposition"] = f'attachment; filename="{name}.json"'
        return response
    response = HttpResponse(markdown, content_type="text/markdown; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.md"'
    return response
