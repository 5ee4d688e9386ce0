"""The tenant's planning settings: its `PlanningConfig` row, or the defaults without one."""

from __future__ import annotations

from response.models import PlanningConfig


def planning_config() -> PlanningConfig:
    return PlanningConfig.objects.order_by("pk").first() or PlanningConfig()
