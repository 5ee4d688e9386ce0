"""RabbitMQ as the Celery broker, for the `rabbitmq` subset (tests/broker/).

Each test run gets a virtual host of its own on the local RabbitMQ (named after its test
database, so parallel runs never share a queue), created fresh at the start and deleted at the
end with `rabbitmqctl`; `TEST_RABBITMQ_URL` names a broker to use instead. Where RabbitMQ does
not answer (or no virtual host can be made), the subset is skipped and says why: `./run test`
starts RabbitMQ, and installs it as root, before it runs the suite.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from django.db import connection

from config import broker
from config.celery import QUEUES

LOCAL_SERVER = "amqp://guest:guest@127.0.0.1:5672/"


def _rabbitmqctl(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [shutil.which("rabbitmqctl") or "rabbitmqctl", *args], capture_output=True, text=True, timeout=60
    )


@pytest.fixture(scope="session")
def rabbitmq_url(django_db_setup) -> str:
    explicit = os.environ.get("TEST_RABBITMQ_URL")
    if explicit:
        if not broker.answers(explicit):
            pytest.skip(f"TEST_RABBITMQ_URL={explicit} does not answer")
        yield explicit
        return
    if not broker.answers(LOCAL_SERVER):
        pytest.skip("RabbitMQ does not answer on 127.0.0.1:5672 (./run test starts or installs it)")
    if shutil.which("rabbitmqctl") is None:
        pytest.skip("no rabbitmqctl to create this run's virtual host: set TEST_RABBITMQ_URL")
    vhost = f"crisisops_{connection.settings_dict['NAME']}"
    _rabbitmqctl("delete_vhost", vhost)  # queues of an earlier, interrupted run
    made = _rabbitmqctl("add_vhost", vhost)
    allowed = _rabbitmqctl("set_permissions", "-p", vhost, "guest", ".*", ".*", ".*")
    if made.returncode or allowed.returncode:
        pytest.skip(f"could not create RabbitMQ vhost {vhost}: {(made.stderr + allowed.stderr)[-300:]}")
    yield LOCAL_SERVER + vhost
    _rabbitmqctl("delete_vhost", vhost)


@pytest.fixture
def rabbitmq(rabbitmq_url, live_db):
    """The broker URL; its queues are emptied after the test (the harness purges Redis's)."""
    yield rabbitmq_url
    broker.purge_queues(url=rabbitmq_url, queues=QUEUES)


@pytest.fixture(scope="session")
def amqp_app(rabbitmq_url):
    """A Celery app that publishes to RabbitMQ exactly as the platform does there (same routes,
    quorum queues, publisher confirms), for tests that hand a task to RabbitMQ workers."""
    from celery import Celery

    from config.celery import app as platform_app

    app = Celery("crisisops-test-amqp", broker=rabbitmq_url, set_as_current=False)
    app.conf.update(task_routes=platform_app.conf.task_routes, **broker.celery_options(rabbitmq_url, QUEUES))
    yield app
    app.close()


from tests.escalation.conftest import smtp, smtp_server  # noqa: E402, F401 - the local SMTP sink
