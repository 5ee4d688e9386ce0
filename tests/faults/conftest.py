"""The fault suite: one stack of real processes on stores it owns (tests/faults/stack.py), shared
by every test of the session, and the table of what each fault did (tests/faults/report.py)."""

from __future__ import annotations

import time

import pytest

from tests.faults.report import FaultRow, write_results
from tests.faults.stack import Stack

_rows: list[FaultRow] = []
_started = time.monotonic()


@pytest.fixture(scope="session")
def stack(django_db_setup, tmp_path_factory):
    from django.conf import settings

    db = settings.DATABASES["default"]
    source = f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    s = Stack(tmp_path_factory.mktemp("faults"), source_db_url=source)
    try:
        s.start()
        yield s
    finally:
        s.stop()


@pytest.fixture
def fault_report(request):
    """`fault_report(fault=..., happened=..., lost=..., duplicate_notifications=..., recovery=...)`
    adds this test's row to the table (only if the test then passes: a row is a proven claim)."""
    pending: list[FaultRow] = []

    def record(**fields) -> None:
        pending.append(FaultRow(test=request.node.nodeid, **fields))

    yield record
    outcome = getattr(request.node, "rep_call", None)
    if outcome is not None and outcome.passed:
        _rows.extend(pending)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    report = (yield).get_result()
    if report.when == "call":
        item.rep_call = report
        stack = item.funcargs.get("stack") if hasattr(item, "funcargs") else None
        if report.failed and isinstance(stack, Stack):
            # CI keeps only the printed output: what the processes said is the only way to
            # tell afterwards why a fault did not heal (a worker that never reconnected, a
            # sweep that never ran, a hand-off never re-sent).
            report.sections.append(("the stack when the test failed", stack.explain()))


def pytest_sessionfinish(session, exitstatus):
    if _rows:
        write_results(_rows, seconds=time.monotonic() - _started)
