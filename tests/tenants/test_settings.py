"""Production mode refuses to start with the development secrets."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _import_settings(**env: str) -> subprocess.CompletedProcess:
    full_env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {"SECRET_KEY", "FIELD_ENCRYPTION_KEY", "DJANGO_DEBUG", "METRICS_TOKEN", "CELERY_BROKER_URL"}
    }
    full_env.update(env)
    return subprocess.run(
        [sys.executable, "-c", "import config.settings"],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
    )


def test_production_refuses_default_secret_key():
    result = _import_settings(CRISIS_ENV="production")
    assert result.returncode != 0
    assert "refuses the development SECRET_KEY" in result.stderr


def test_production_starts_with_real_secrets():
    result = _import_settings(
        CRISIS_ENV="production",
        SECRET_KEY="a-long-random-production-secret-key-0123456789",
        FIELD_ENCRYPTION_KEY="q8Wb2n5cJm7rXz1Yt4Kf9Ph3Ld6Sg0Va2Ue8Oi5Nw1E=",
        METRICS_TOKEN="prometheus-scrape-token",
        CELERY_BROKER_URL="amqp://crisisops:secret@rabbitmq:5672/crisisops",
    )
    assert result.returncode == 0, result.stderr


def test_production_refuses_to_guess_the_broker():
    result = _import_settings(
        CRISIS_ENV="production",
        SECRET_KEY="a-long-random-production-secret-key-0123456789",
        FIELD_ENCRYPTION_KEY="q8Wb2n5cJm7rXz1Yt4Kf9Ph3Ld6Sg0Va2Ue8Oi5Nw1E=",
        METRICS_TOKEN="prometheus-scrape-token",
    )
    assert result.returncode != 0 and "needs CELERY_BROKER_URL" in result.stderr


def test_production_refuses_debug():
    result = _import_settings(
        CRISIS_ENV="production",
        DJANGO_DEBUG="true",
        SECRET_KEY="a-long-random-production-secret-key-0123456789",
        FIELD_ENCRYPTION_KEY="q8Wb2n5cJm7rXz1Yt4Kf9Ph3Ld6Sg0Va2Ue8Oi5Nw1E=",
        METRICS_TOKEN="prometheus-scrape-token",
    )
    assert result.returncode != 0 and "DJANGO_DEBUG" in result.stderr


def test_production_refuses_missing_metrics_token():
    result = _import_settings(
        CRISIS_ENV="production",
        SECRET_KEY="a-long-random-production-secret-key-0123456789",
        FIELD_ENCRYPTION_KEY="q8Wb2n5cJm7rXz1Yt4Kf9Ph3Ld6Sg0Va2Ue8Oi5Nw1E=",
        CELERY_BROKER_URL="amqp://crisisops:secret@rabbitmq:5672/crisisops",
    )
    assert result.returncode != 0 and "METRICS_TOKEN" in result.stderr
