"""Playwright driving Debian's Chromium (/usr/bin/chromium, headless; another path with
$CRISIS_CHROMIUM) against a real Daphne and a real Celery worker. A browser is never downloaded:
without one (`apt-get install chromium`) the tests that need it are skipped on a developer's
machine and FAIL under CI=true, so CI cannot go green without having run them. Tests of these
files that do not use the browser run either way."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CRISIS_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]


def browser_missing() -> str | None:
    """Why a browser test cannot run on this machine, or None when it can."""
    if not os.path.exists(CHROMIUM):
        return f"{CHROMIUM} is not installed (apt-get install chromium)"
    if importlib.util.find_spec("playwright") is None:
        return "playwright is not installed (pip install -e '.[dev]')"
    return None


def skip_or_fail_without_browser() -> None:
    """Skip a browser test where no browser is installed; under CI=true fail it instead."""
    why = browser_missing()
    if why is None:
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI must run the browser tests, but {why}", pytrace=False)
    pytest.skip(why)


@pytest.fixture
def browser(monkeypatch):
    """One browser per test: Playwright's sync API keeps an event loop running on this thread
    while it is started, which must not outlive the test (other tests call asyncio.run)."""
    skip_or_fail_without_browser()
    from playwright import sync_api

    ARTIFACTS.mkdir(exist_ok=True)
    # The ORM calls the test makes between browser steps are plain synchronous code; Django
    # would refuse them while Playwright's loop is running on this thread.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def shot():
    def save(page, name: str) -> None:
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)

    return save


@pytest.fixture(scope="session", autouse=True)
def _close_leaked_connections(django_db_setup, django_db_blocker):
    """Playwright's sync API switches contexts under the test, and Django keeps one connection per
    context: some are left open and would block dropping the test database. End them."""
    yield
    from django.db import connection

    with django_db_blocker.unblock(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
    connection.close()
