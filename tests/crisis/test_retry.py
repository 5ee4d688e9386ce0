"""A crisis task that meets a transient error is retried, and counts its events exactly once."""

from __future__ import annotations

from django.db import OperationalError, connection

from crisis import pipeline, tasks
from crisis.features import to_ts
from crisis.redis_store import RedisFeatureStore
from tenants import clock
from tests.crisis.factories import bulk, unique_subject


def test_a_database_error_while_reading_the_events_is_retried_and_counts_them_once(
    detector, sim_clock, sent_tasks, monkeypatch
):
    subject = unique_subject()
    events = bulk(subject, [(clock.now(), "neg")] * 6)
    read = pipeline.observations_from_events
    attempts = []

    def flaky(*args, **kwargs):
        attempts.append(1)
        if len(attempts) == 1:
            raise OperationalError("terminating connection due to administrator command")
        return read(*args, **kwargs)

    monkeypatch.setattr(pipeline, "observations_from_events", flaky)
    ids = [e.pk for e in events]
    result = tasks.observe_events.apply(args=[ids])
    store = RedisFeatureStore(schema=connection.schema_name, window_seconds=detector.window_seconds)

    assert result.successful() and result.result == 1 and len(attempts) == 2
    assert store.window(subject, to_ts(clock.now())).mentions == 6

    # The broker redelivers the same message (worker died before the ack): nothing counts twice.
    assert tasks.observe_events.apply(args=[ids]).result == 0
    assert store.window(subject, to_ts(clock.now())).mentions == 6
