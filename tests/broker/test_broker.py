"""config/broker.py against both real brokers: the queue shape on RabbitMQ, queue depth and purge
(what /metrics and the test harness read) on RabbitMQ and on Redis alike."""

from __future__ import annotations

import uuid

import pytest
from django.conf import settings
from django.test import Client, override_settings

from config import broker
from config.celery import QUEUES
from config.queues import queue
from tests.broker.conftest import _rabbitmqctl


def _vhost(url: str) -> str:
    return url.rsplit("/", 1)[1]


def test_a_countdown_on_rabbitmq_is_rounded_up_to_whole_seconds():
    assert [broker.whole_seconds(s) for s in (0.0005, 0.4, 1.0, 2.1, 59.99)] == [1, 1, 1, 3, 60]


def test_redis_needs_no_broker_specific_celery_settings():
    assert broker.celery_options("redis://127.0.0.1:6379/5", QUEUES) == {}


@pytest.mark.rabbitmq
def test_a_hand_off_to_rabbitmq_lands_in_a_quorum_queue_after_the_broker_confirmed_it(amqp_app, rabbitmq):
    assert amqp_app.conf.broker_transport_options["confirm_publish"] is True
    amqp_app.send_task("response.plan_crisis", kwargs={"crisis_id": 1}, headers={"_schema_name": "tenant_a"})

    listed = _rabbitmqctl("-q", "list_queues", "-p", _vhost(rabbitmq), "name", "type", "--no-table-headers")
    types = dict(line.split() for line in listed.stdout.splitlines() if line.strip())
    respond = queue("respond")  # eu.respond: named for the deployment's region
    assert types[respond] == "quorum"
    # (rabbitmqctl's message counts lag by its stats interval; a passive declare reads the queue)
    assert broker.queue_depths(url=rabbitmq, queues=[respond]) == {respond: 1}


@pytest.mark.rabbitmq
def test_queue_depth_and_purge_read_rabbitmq(amqp_app, rabbitmq):
    probe = f"probe-{uuid.uuid4().hex[:6]}"
    for i in range(3):
        amqp_app.send_task("crisis.evaluate_subjects", kwargs={"subjects": [f"s{i}"]}, queue=probe)

    assert broker.queue_depths(url=rabbitmq, queues=[probe, "never-declared"]) == {
        probe: 3,
        "never-declared": 0,
    }
    assert broker.purge_queues(url=rabbitmq, queues=[probe, "never-declared"]) == 3
    assert broker.queue_depths(url=rabbitmq, queues=[probe]) == {probe: 0}


def test_queue_depth_and_purge_read_redis():
    from config.celery import app

    probe = f"probe-{uuid.uuid4().hex[:6]}"  # no worker of the session consumes it
    for i in range(2):
        app.send_task("crisis.evaluate_subjects", kwargs={"subjects": [f"s{i}"]}, queue=probe)

    url = settings.CELERY_BROKER_URL
    assert url.startswith("redis://")
    assert broker.queue_depths(url=url, queues=[probe]) == {probe: 2}
    assert broker.purge_queues(url=url, queues=[probe]) == 2
    assert broker.queue_depths(url=url, queues=[probe]) == {probe: 0}


@pytest.mark.rabbitmq
def test_metrics_report_the_depth_of_rabbitmq_queues(amqp_app, rabbitmq, tenant_a):
    for _ in range(2):
        amqp_app.send_task(
            "response.plan_crisis", kwargs={"crisis_id": 1}, headers={"_schema_name": "tenant_a"}
        )

    with override_settings(CELERY_BROKER_URL=rabbitmq):
        body = Client(HTTP_HOST="localhost").get("/metrics").content.decode()

    assert f'crisisops_queue_depth{{queue="{queue("respond")}"}} 2.0' in body
    assert f'crisisops_queue_depth{{queue="{queue("classify")}"}} 0.0' in body


def test_a_broker_that_does_not_answer_is_reported_as_down():
    assert broker.answers("amqp://guest:guest@127.0.0.1:1//") is False
    assert broker.answers("redis://127.0.0.1:1/0") is False
