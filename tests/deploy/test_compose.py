"""deploy/docker-compose.yml: the single-host production shape — RabbitMQ as the broker, one
service per stage pool of config/pools.py, the scheduler alone, worker metrics on their port."""

from __future__ import annotations

from pathlib import Path

import yaml

from config.pools import POOLS

COMPOSE = Path(__file__).resolve().parents[2] / "deploy" / "docker-compose.yml"
SCRAPE = Path(__file__).resolve().parents[2] / "deploy" / "prometheus" / "prometheus.yml"


def test_compose_runs_every_pool_on_rabbitmq_with_its_metrics_scraped():
    doc = yaml.safe_load(COMPOSE.read_text())
    services = doc["services"]
    for name in POOLS:
        service = services[f"pool-{name}"]
        assert service["command"] == f"python -m config.pools {name}"
        env = service["environment"]
        assert env["CELERY_BROKER_URL"].startswith("amqp://") and env["CRISIS_ENV"] == "production"
        assert env["CELERY_METRICS_PORT"] == "9808"
    assert "config.supervisor beat" in services["scheduler"]["command"]
    # Every long-running service comes back when its process exits; only the one-shot migration not.
    for name, service in services.items():
        assert service["restart"] == ("no" if name == "migrate" else "unless-stopped"), name
    assert services["rabbitmq"]["healthcheck"]
    assert services["web"]["environment"]["CELERY_BROKER_URL"].startswith("amqp://")
    jobs = {j["job_name"]: j for j in yaml.safe_load(SCRAPE.read_text())["scrape_configs"]}
    targets = jobs["crisisops-workers"]["static_configs"][0]["targets"]
    assert sorted(targets) == sorted(f"pool-{name}:9808" for name in POOLS)
