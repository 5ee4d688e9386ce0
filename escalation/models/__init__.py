"""Escalation data: who can be reached and how (stakeholders, teams, rotations, channels), how an
alert is routed (rules, policies, steps, SLAs), and what happened (alerts, delivery attempts).

Writes go through `escalation.services`; reads through `escalation.selectors`.
"""

from __future__ import annotations

from escalation.models.alerts import Alert, AlertFeedback, Notification, _ack_code
from escalation.models.handoffs import EventTrigger
from escalation.models.people import (
    DEFAULT_CONTACT_PREFERENCES,
    ChannelKind,
    OnCallOverride,
    OnCallRotation,
    RotationMember,
    Stakeholder,
    Team,
    _default_preferences,
    _default_workdays,
)
from escalation.models.policy import (
    DEFAULT_SLA_MINUTES,
    ChannelConfig,
    EscalationPolicy,
    EscalationStep,
    PagingGuardrail,
    RoutingRule,
    SeveritySLA,
)

__all__ = [
    "DEFAULT_CONTACT_PREFERENCES",
    "DEFAULT_SLA_MINUTES",
    "Alert",
    "AlertFeedback",
    "ChannelConfig",
    "ChannelKind",
    "EscalationPolicy",
    "EscalationStep",
    "EventTrigger",
    "Notification",
    "OnCallOverride",
    "OnCallRotation",
    "PagingGuardrail",
    "RotationMember",
    "RoutingRule",
    "SeveritySLA",
    "Stakeholder",
    "Team",
    "_ack_code",
    "_default_preferences",
    "_default_workdays",
]
