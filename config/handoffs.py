"""Sending hand-offs (`config.celery.enqueue`) so that a broker outage never fails the work that
produced them.

A hand-off is sent after its transaction committed: the rows it is about are already durable.
If the broker is away (or paused), raising there would turn an accepted request into a 500 and a
finished task into a retry that cannot send either. Instead the message is kept in this process
and sent again when the broker answers (tried every `RETRY_SECONDS`; after a failure nothing is
tried for `BREAKER_SECONDS`, so a paused broker costs one timeout, not one per request). Every
hand-off is also owed by rows that a sweeper reads (pending RawEvents, unclassified events,
unobserved classifications, P0/P1 classifications without an alert, pending deliveries), so a
message lost with its process is re-sent from those rows.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from typing import Any

import amqp.exceptions
import kombu.exceptions
import redis.exceptions

logger = logging.getLogger(__name__)

PUBLISH_ERRORS: tuple[type[BaseException], ...] = (
    kombu.exceptions.OperationalError,
    amqp.exceptions.ConnectionError,
    redis.exceptions.ConnectionError,
    redis.exceptions.TimeoutError,
    OSError,
)
BREAKER_SECONDS = 5.0
RETRY_SECONDS = 2.0
MAX_KEPT = 10_000


class Handoffs:
    def __init__(self) -> None:
        self._kept: deque[tuple[str, dict[str, Any], dict[str, Any], float | None]] = deque(maxlen=MAX_KEPT)
        self._down_until = 0.0
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def send(self, task_name: str, kwargs: dict[str, Any], options: dict[str, Any]) -> None:
        due = time.time() + options["countdown"] if options.get("countdown") else None
        if time.monotonic() < self._down_until:
            self._keep(task_name, kwargs, options, due)
            return
        try:
            self._publish(task_name, kwargs, options)
        except PUBLISH_ERRORS as exc:
            self._down_until = time.monotonic() + BREAKER_SECONDS
            logger.warning("broker unavailable (%s): %s kept to send again", exc, task_name)
            self._keep(task_name, kwargs, options, due)

    def kept(self) -> int:
        return len(self._kept)

    @staticmethod
    def _publish(task_name: str, kwargs: dict[str, Any], options: dict[str, Any]) -> None:
        from config.celery import app

        app.send_task(task_name, kwargs=kwargs, **options)

    def _keep(
        self, task_name: str, kwargs: dict[str, Any], options: dict[str, Any], due: float | None
    ) -> None:
        if len(self._kept) == MAX_KEPT:
            logger.error(
                "%d hand-offs kept already: the oldest is dropped (its sweeper re-sends it)", MAX_KEPT
            )
        self._kept.append((task_name, kwargs, options, due))
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._resend_loop, name="handoff-resend", daemon=True)
                self._thread.start()

    def _resend_loop(self) -> None:
        while self._kept:
            time.sleep(RETRY_SECONDS)
            if time.monotonic() < self._down_until:
                continue
            sent = 0
            while self._kept:
                task_name, kwargs, options, due = self._kept.popleft()
                retry_options = {k: v for k, v in options.items() if k != "countdown"}
                if due is not None and due > time.time():
                    retry_options["countdown"] = due - time.time()
                try:
                    self._publish(task_name, kwargs, retry_options)
                except PUBLISH_ERRORS:
                    self._kept.appendleft((task_name, kwargs, options, due))
                    self._down_until = time.monotonic() + BREAKER_SECONDS
                    break
                sent += 1
            if sent:
                logger.info("broker back: %d kept hand-offs sent", sent)


handoffs = Handoffs()
