"""Routing: which escalation policy an alert follows, and why.

Rules are tried by `order` (the default rule last); the first whose every non-empty criterion
matches wins. Routing that fails — no rule matches, the rule's policy has no steps, or routing
raises — leaves the alert unrouted; for P0/P1 the caller then broadcasts to every stakeholder.
"""

from __future__ import annotations

import fnmatch
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from escalation.models import EscalationPolicy, RoutingRule

logger = logging.getLogger(__name__)

BROADCAST_SEVERITIES = ("P0", "P1")


@dataclass
class RoutingDecision:
    policy: EscalationPolicy | None
    rule: RoutingRule | None
    reason: str
    broadcast: bool = False
    checked: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "rule_id": self.rule.pk if self.rule else None,
            "rule": self.rule.name if self.rule else None,
            "policy_id": self.policy.pk if self.policy else None,
            "policy": self.policy.name if self.policy else None,
            "reason": self.reason,
            "broadcast": self.broadcast,
        }


def rule_matches(
    rule: RoutingRule, *, severity: str, category: str, sources: Sequence[str], subjects: Sequence[str]
) -> bool:
    """Every non-empty criterion matches. An alert carries the sources and subjects of its story
    (a crisis of several subjects, fed by several sources): the rule's source must be one of them,
    its subject glob must match one of them."""
    if rule.severities and severity not in rule.severities:
        return False
    if rule.categories and category not in rule.categories:
        return False
    if rule.source_id and (rule.source is None or rule.source.slug not in sources):
        return False
    return not (
        rule.subject_pattern and not any(fnmatch.fnmatchcase(s or "", rule.subject_pattern) for s in subjects)
    )


def alert_route(
    *,
    severity: str,
    category: str,
    source: str = "",
    subject: str = "",
    sources: Sequence[str] = (),
    subjects: Sequence[str] = (),
) -> RoutingDecision:
    """Pick the policy for an alert. Never raises: a failure is a decision with no policy."""
    sources = list(dict.fromkeys([s for s in (source, *sources) if s]))
    subjects = list(dict.fromkeys([s for s in (subject, *subjects) if s]))
    try:
        rules = list(RoutingRule.objects.filter(enabled=True).select_related("policy", "source"))
        for rule in rules:
            if rule_matches(rule, severity=severity, category=category, sources=sources, subjects=subjects):
                if not rule.policy.steps.exists():
                    return _unrouted(
                        severity, f"rule '{rule.name}' points at policy '{rule.policy}' with no steps"
                    )
                kind = "default rule" if rule.is_default else "rule"
                return RoutingDecision(policy=rule.policy, rule=rule, reason=f"matched {kind} '{rule.name}'")
        return _unrouted(severity, "no routing rule matched")
    except Exception as exc:  # routing must never lose a P0: fall back to broadcast
        logger.exception("routing failed")
        return _unrouted(severity, f"routing failed: {exc.__class__.__name__}")


def _unrouted(severity: str, reason: str) -> RoutingDecision:
    broadcast = severity in BROADCAST_SEVERITIES
    if broadcast:
        reason += f"; {severity} is broadcast to every stakeholder"
    return RoutingDecision(policy=None, rule=None, reason=reason, broadcast=broadcast)
