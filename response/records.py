"""What response planning records: entries on the crisis timeline (kind "response": the plan,
every task change, every fallback) and a "plan" message to the dashboard, both after commit."""

from __future__ import annotations

from typing import Any

from crisis.models import Crisis, TimelineEntry
from crisis.timeline import timeline_append
from response.models import ResponsePlan
from tenants.realtime import broadcast_on_commit


def plan_timeline(
    *, crisis: Crisis, message: str, actor: str = "system", data: dict[str, Any] | None = None
) -> None:
    timeline_append(
        crisis=crisis, kind=TimelineEntry.Kind.RESPONSE, message=message, actor=actor, data=data or {}
    )


def plan_broadcast(*, plan: ResponsePlan, change: str) -> None:
    broadcast_on_commit(
        kind="plan",
        payload={"crisis_id": plan.crisis_id, "plan_id": plan.pk, "status": plan.status, "change": change},
    )
