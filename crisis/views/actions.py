"""Command-center actions that span two stages (the command center sits above both)."""

from __future__ import annotations

from crisis.models import Crisis
from crisis.views import queries
from crisis.views._common import service


def crisis_acknowledge_everywhere(*, crisis: Crisis, by_user) -> Crisis:
    """A person takes the crisis: its open escalation alerts are acknowledged (which stops the
    paging and acknowledges the crisis through escalation), then the crisis itself (idempotent,
    for a crisis without alerts)."""
    Alert = queries.alert_model()
    if Alert is not None:
        ack = service("escalation.services.alert_acknowledge")
        for alert in Alert.objects.filter(crisis=crisis, state="triggered"):
            ack(alert=alert, by_user=by_user, via="web", actor=by_user.email)
    return service("crisis.services.crisis_acknowledge")(crisis=crisis, by_user=by_user, via="web")
