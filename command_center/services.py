"""Command-center actions that span two stages (the command center stands above both)."""

from __future__ import annotations

from command_center.selectors.alerts import story_alerts
from crisis import services as crisis_services
from crisis.models import Crisis
from escalation import services as escalation_services


def crisis_acknowledge_everywhere(*, crisis: Crisis, by_user) -> Crisis:
    """A person takes the crisis: the triggered alerts of its story are acknowledged (which stops
    the paging, and acknowledges the crisis through escalation), then the crisis itself
    (idempotent, for a crisis without alerts)."""
    for alert in story_alerts(crisis=crisis):
        escalation_services.alert_acknowledge(alert=alert, by_user=by_user, via="web", actor=by_user.email)
    return crisis_services.crisis_acknowledge(crisis=crisis, by_user=by_user, via="web")
