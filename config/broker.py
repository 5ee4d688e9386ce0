"""The Celery broker, whichever it is: RabbitMQ in production, Redis in development and the demo.

Everything that depends on the broker's kind lives here, so the rest of the platform (the
metrics, the test harness, the benchmarks, `./run`) asks one module:

- `celery_options(url, queues)`: the Celery settings a broker needs. On RabbitMQ every stage
  queue is a *quorum* queue (replicated, survives a node loss; a message unacked when its worker
  dies goes back to the queue at once), publishes wait for the broker's confirm, and each queue
  has its own topic exchange, which Celery's native delayed delivery (how a quorum queue carries a
  countdown) needs. On Redis nothing changes.
- `queue_depths` / `purge_queues`: messages waiting per queue, and emptying them, through kombu
  (a passive declare on RabbitMQ, the list length on Redis).
- `whole_seconds`: a countdown as RabbitMQ's delayed delivery can carry it.

No Django import at module level: `config/settings.py` reads it.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

import amqp.exceptions
import kombu.exceptions
from kombu import Connection, Exchange, Queue

AMQP_SCHEMES = ("amqp", "amqps", "pyamqp")

# Publisher confirms: a publish returns once RabbitMQ has the message (on a quorum queue: on a
# majority of its nodes), so a hand-off that returned is not lost with a broker node. A broker
# that does not answer must fail a publish in seconds (config/handoffs.py keeps and resends).
AMQP_TRANSPORT_OPTIONS: dict[str, Any] = {"confirm_publish": True, "connect_timeout": 5}


def is_amqp(url: str) -> bool:
    return urlsplit(url).scheme in AMQP_SCHEMES


def stage_queue(name: str) -> Queue:
    """A stage queue on RabbitMQ: quorum type, its own topic exchange, routing key = its name."""
    return Queue(
        name,
        Exchange(name, type="topic"),
        routing_key=name,
        queue_arguments={"x-queue-type": "quorum"},
    )


def celery_options(url: str, queues: Iterable[str]) -> dict[str, Any]:
    """Celery settings (lowercase names) the broker at `url` needs; empty for Redis."""
    if not is_amqp(url):
        return {}
    return {
        "task_queues": tuple(stage_queue(name) for name in queues),
        # Queues named on the fly (`-Q` of a queue no route mentions) get the same shape.
        "task_create_missing_queue_type": "quorum",
        "task_create_missing_queue_exchange_type": "topic",
        "broker_transport_options": dict(AMQP_TRANSPORT_OPTIONS),
    }


def whole_seconds(countdown: float) -> int:
    """RabbitMQ's delayed delivery counts whole seconds (Celery truncates, so a 0.5 s countdown
    would fail and a 2.7 s one arrive early): round up, a timer may fire late, never early."""
    return max(1, math.ceil(countdown))


def _connection(url: str) -> Connection:
    options = AMQP_TRANSPORT_OPTIONS if is_amqp(url) else {"socket_timeout": 5, "socket_connect_timeout": 5}
    return Connection(url, connect_timeout=5, transport_options=options)


def queue_depths(*, url: str, queues: Iterable[str]) -> dict[str, int]:
    """Messages waiting (not yet delivered to a worker) per queue; a queue never declared has 0.

    Raises kombu's OperationalError (or the transport's connection error) if the broker does not
    answer.
    """
    depths: dict[str, int] = {}
    with _connection(url) as conn:
        conn.ensure_connection(max_retries=1)
        for name in queues:
            # A passive declare of a missing queue closes the channel on RabbitMQ: one per queue.
            channel: Any = conn.channel()  # kombu types it as StdChannel; it is the transport's
            try:
                depths[name] = int(channel.queue_declare(queue=name, passive=True).message_count)
            except (amqp.exceptions.NotFound, kombu.exceptions.ChannelError):
                depths[name] = 0
            finally:
                _close_quietly(channel)
    return depths


def purge_queues(*, url: str, queues: Iterable[str]) -> int:
    """Drop every waiting message of `queues`; returns how many. Missing queues are skipped."""
    dropped = 0
    with _connection(url) as conn:
        conn.ensure_connection(max_retries=1)
        for name in queues:
            channel: Any = conn.channel()
            try:
                dropped += int(channel.queue_purge(name) or 0)
            except (amqp.exceptions.NotFound, kombu.exceptions.ChannelError):
                pass
            finally:
                _close_quietly(channel)
    return dropped


def answers(url: str) -> bool:
    """Whether the broker at `url` accepts a connection (within about five seconds)."""
    try:
        with _connection(url) as conn:
            conn.ensure_connection(max_retries=1)
        return True
    except (OSError, kombu.exceptions.OperationalError, amqp.exceptions.AMQPError):
        return False


def _close_quietly(channel: Any) -> None:
    with contextlib.suppress(OSError, amqp.exceptions.AMQPError, kombu.exceptions.KombuError):
        channel.close()
