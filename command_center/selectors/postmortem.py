"""The post-mortem as the command center serves it: the crisis stage's export (crisis.postmortem)
with the response plan's section (response.selectors) — assembled here, on the top floor,
because crisis may not import response."""

from __future__ import annotations

import json
from typing import Any

from crisis.models import Crisis
from crisis.postmortem import postmortem_build, postmortem_markdown
from response.selectors import plan_export, plan_markdown


def postmortem_document(*, crisis: Crisis) -> dict[str, Any]:
    return {**postmortem_build(crisis=crisis), "response_plan": plan_export(crisis=crisis)}


def postmortem_document_json(*, crisis: Crisis) -> str:
    return json.dumps(postmortem_document(crisis=crisis), indent=2, default=str)


def postmortem_document_markdown(*, crisis: Crisis) -> str:
    """The crisis' Markdown with the plan section before its timeline (at the end if the crisis
    export has no timeline heading)."""
    markdown = postmortem_markdown(crisis=crisis)
    section = plan_markdown(crisis=crisis)
    if not section:
        return markdown
    head, sep, tail = markdown.partition("\n## Timeline\n")
    if not sep:
        return markdown.rstrip("\n") + "\n\n" + section
    return head + "\n" + section + sep + tail
