"""The planner's LLM contract: the forced tool call, the prompt from a crisis' redacted facts, and
the guard an answer passes before anything of it reaches a plan (no I/O here but NER).

The hallucination guard keeps a suggestion only when its owner is a role or team of the tenant
and every person or team it names (the answer's `named_entities`, and the people NER finds in its
text) is in the tenant's configuration: stakeholders, teams, roles, the organisation and its
watch terms. A suggestion that fails is dropped with the reason (the caller logs it).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from anthropic.types import ToolParam

logger = logging.getLogger(__name__)

TOOL_NAME = "record_response_suggestions"
MAX_STEPS = 3
TOOL: ToolParam = {
    "name": TOOL_NAME,
    "description": "Record extra response steps and a draft holding statement for a crisis desk.",
    "input_schema": {
        "type": "object",
        "properties": {
            "steps": {
                "type": "array",
                "maxItems": MAX_STEPS,
                "items": {
                    "type": "object",
                    "properties": {
                        "title": {"type": "string", "minLength": 3, "maxLength": 160},
                        "owner": {"type": "string", "description": "one of the roles or teams listed"},
                        "due_minutes": {"type": "integer", "minimum": 5, "maximum": 1440},
                        "why": {"type": "string", "maxLength": 200},
                    },
                    "required": ["title", "owner", "due_minutes"],
                    "additionalProperties": False,
                },
            },
            "holding_statement": {"type": "string", "maxLength": 800},
            "named_entities": {
                "type": "array",
                "items": {"type": "string"},
                "maxItems": 20,
                "description": "every person or team the steps or the statement name, verbatim",
            },
        },
        "required": ["steps"],
        "additionalProperties": False,
    },
}

SYSTEM = (
    "You help a corporate crisis-response desk. Given a crisis (redacted facts only) and the plan "
    f"its playbooks already made, suggest at most {MAX_STEPS} extra steps the plan is missing and "
    "a short, calm holding statement the organisation could publish (no admission of liability, "
    "no speculation). Each step's owner must be exactly one of the roles or teams listed. Never "
    "name people; never invent organisations, facts or contacts. Placeholders like <PERSON> are "
    "redacted personal data: do not guess them. Answer only by calling the tool."
)


@dataclass(frozen=True)
class Suggestion:
    title: str
    owner: str
    due_minutes: int
    why: str = ""


@dataclass
class Checked:
    steps: list[Suggestion] = field(default_factory=list)
    holding_statement: str = ""
    dropped: list[dict] = field(default_factory=list)  # {"what", "text", "reason"}


@dataclass(frozen=True)
class Directory:
    """What the tenant configured: the names an answer may use, and the owners it may assign."""

    roles: tuple[str, ...]
    teams: tuple[str, ...]
    names: frozenset[str]  # lower-cased: stakeholders, teams, roles, organisation, watch terms

    def owner_known(self, owner: str) -> bool:
        key = owner.strip().lower()
        if not key:
            return False
        return any(
            key == x.lower() or key in x.lower() or x.lower() in key for x in (*self.roles, *self.teams)
        )

    def name_known(self, name: str) -> bool:
        key = name.strip().strip("@#'\"").lower()
        if not key or key.startswith("<"):
            return True
        return key in self.names or any(key in n or n in key for n in self.names if len(n) >= 4)


def build_prompt(*, facts: list[str], posts: list[str], plan: list[str], directory: Directory) -> str:
    lines = [*facts, "Sample posts (redacted, most reach first):"]
    lines += [f"- {p}" for p in posts] or ["- none"]
    lines.append("The plan so far:")
    lines += [f"- {t}" for t in plan] or ["- nothing yet"]
    lines.append("Roles you may assign: " + "; ".join(directory.roles))
    lines.append("Teams you may assign: " + "; ".join(directory.teams))
    return "\n".join(lines)


def check(answer: dict, *, directory: Directory, ner=None) -> Checked:
    """Keep the suggestions that pass the guard; the rest are dropped with a reason."""
    out = Checked()
    listed = [str(n) for n in answer.get("named_entities") or []]
    unknown_listed = [n for n in listed if not directory.name_known(n)]
    for raw in answer.get("steps") or []:
        step = Suggestion(
            title=str(raw.get("title", "")).strip(),
            owner=str(raw.get("owner", "")).strip(),
            due_minutes=int(raw.get("due_minutes") or 30),
            why=str(raw.get("why", "")).strip(),
        )
        text = f"{step.title} {step.why}"
        unknown = _unknown_names(text, unknown_listed, directory, ner)
        if unknown:
            out.dropped.append(
                {
                    "what": "step",
                    "text": step.title,
                    "reason": "names " + ", ".join(unknown) + " not in the tenant's configuration",
                }
            )
        elif not directory.owner_known(step.owner):
            out.dropped.append(
                {
                    "what": "step",
                    "text": step.title,
                    "reason": f"owner {step.owner!r} is no role or team of the tenant",
                }
            )
        else:
            out.steps.append(step)
    statement = str(answer.get("holding_statement") or "").strip()
    if statement:
        unknown = _unknown_names(statement, unknown_listed, directory, ner)
        if unknown:
            out.dropped.append(
                {
                    "what": "holding statement",
                    "text": statement[:160],
                    "reason": "names " + ", ".join(unknown) + " not in the tenant's configuration",
                }
            )
        else:
            out.holding_statement = statement
    return out


def _unknown_names(text: str, unknown_listed: list[str], directory: Directory, ner) -> list[str]:
    """Names in `text` that the tenant does not know: the answer's own unknown entities that
    appear in it, and the people NER finds in it."""
    lowered = text.lower()
    bad = [n for n in unknown_listed if n.strip().lower() and n.strip().lower() in lowered]
    for name in ner(text) if ner is not None else []:
        if not directory.name_known(name) and name not in bad:
            bad.append(name)
    return bad


def spacy_people(text: str) -> list[str]:
    """The people spaCy finds (ingestion's model, already loaded for the PII guard)."""
    from ingestion.redaction import get_engine

    doc = get_engine().nlp(text)
    return [ent.text for ent in doc.ents if ent.label_ == "PERSON"]
