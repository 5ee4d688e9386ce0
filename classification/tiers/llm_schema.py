"""The LLM tier's contract: the forced tool call's JSON schema, the system prompt, the user prompt
and the validation of an answer (no I/O here)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from anthropic.types import ToolParam

SEVERITIES = ["P0", "P1", "P2", "P3", "P4"]
CATEGORIES = ["pr", "security", "operational", "legal", "safety", "none"]
ACTIONS = [
    "monitor",
    "notify_comms",
    "notify_security",
    "notify_legal",
    "notify_operations",
    "notify_safety",
    "open_incident",
    "respond_publicly",
    "none",
]
TOOL_NAME = "record_classification"

TOOL: ToolParam = {
    "name": TOOL_NAME,
    "description": "Record the severity and category of one social-media / support event for a crisis desk.",
    "input_schema": {
        "type": "object",
        "properties": {
            "severity": {
                "type": "string",
                "enum": SEVERITIES,
                "description": "P0 critical (act now) … P4 informational",
            },
            "category": {"type": "string", "enum": CATEGORIES},
            "confidence": {"type": "number", "minimum": 0, "maximum": 1},
            "rationale": {"type": "string", "maxLength": 300, "description": "one line, from the text only"},
            "named_entities": {
                "type": "array",
                "items": {"type": "string"},
                "maxItems": 10,
                "description": "people or organisations the rationale relies on, verbatim",
            },
            "recommended_action": {"type": "string", "enum": ACTIONS},
        },
        "required": ["severity", "category", "confidence", "rationale"],
        "additionalProperties": False,
    },
}

SYSTEM = (
    "You triage events for a corporate crisis-response desk. Severity: P0 = critical, act now "
    "(safety, breach in progress, major outage, viral scandal); P1 = high; P2 = medium; P3 = low; "
    "P4 = informational/irrelevant. Category: pr (reputation, complaints going viral), security, "
    "operational (outages, incidents, product), legal (lawsuits, regulators), safety (a physical "
    "threat to people at a site or to the staff of the organisation: bomb threat, shooting or "
    "weapon, fire, explosion, evacuation, gas leak, injury on the premises, threats of violence "
    "against staff — always P0, or P1 when nobody is in danger any more), none. Use only "
    "what the text says; never invent people, organisations or facts. Placeholders like <PERSON> are "
    "redacted personal data: do not guess them. Answer only by calling the tool."
)


class Malformed(Exception):
    """The answer is not a valid tool call (retried once, then the tier gives up)."""


def normalise(text: str) -> str:
    text = re.sub(r"https?://\S+", "<url>", text.lower())
    text = re.sub(r"@\w+", "@user", text)
    return re.sub(r"\s+", " ", text).strip()


def build_prompt(*, text: str, platform: str, hints: dict) -> str:
    hint_line = ", ".join(f"{k}: {v}" for k, v in hints.items() if v)
    body = text if len(text) <= 2000 else text[:2000] + " …"
    return f'Platform: {platform or "unknown"}\nCheaper tiers said: {hint_line or "nothing"}\nEvent text:\n"""\n{body}\n"""'


def validate(answer: object) -> dict:
    import jsonschema

    if not isinstance(answer, dict):
        raise Malformed("tool input is not an object")
    try:
        jsonschema.validate(answer, TOOL["input_schema"])
    except jsonschema.ValidationError as exc:
        raise Malformed(f"schema: {exc.message}") from exc
    return answer
