"""Queue names: one queue per pipeline stage, named for the deployment's data-residency region.

`queue("classify")` is `eu.classify` on the EU deployment: two regions' deployments sharing one
broker by mistake still never hand an EU tenant's message to a US worker. Every place that names
a queue (Celery routes, the worker pools' `-Q`, metrics, tests, benchmarks) goes through `queue()`;
the Helm chart spells the same `<region>.<stage>` from its `region` value. Importable before Django
is set up (`python -m config.pools` builds a worker's command line with it).
"""

from __future__ import annotations

import os

STAGES = ("ingest", "classify", "detect", "notify", "respond", "beat")


def queue(stage: str, region: str | None = None) -> str:
    """The broker queue of `stage` in `region` (default: the region this deployment serves)."""
    if stage not in STAGES:
        raise ValueError(f"unknown stage {stage!r}; expected one of {', '.join(STAGES)}")
    return f"{region or deployment_region()}.{stage}"


def queues(stages: str | tuple[str, ...] | list[str] = STAGES, region: str | None = None) -> str:
    """A worker's `-Q` argument: the queues of `stages` ("ingest,classify" or a sequence)."""
    names = stages.split(",") if isinstance(stages, str) else list(stages)
    return ",".join(queue(name.strip(), region) for name in names if name.strip())


def deployment_region() -> str:
    """settings.DEPLOYMENT_REGION (which reads .env too), also before Django is set up."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    from django.conf import settings

    return str(settings.DEPLOYMENT_REGION)
