"""The command center in a real browser (Debian's Chromium) against real Daphne + Celery:
log in, watch an event posted to the intake API arrive without reload, see a crisis open with its
signals, acknowledge its alert and watch the SLA countdown stop, correct a review item with the
keyboard; a viewer sees no ACK button and a forged ACK is refused. Screenshots: test-artifacts/."""

from __future__ import annotations

import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from django.db import connection

from tests.command_center import factories as f
from tests.support.tenancy import PASSWORD, in_tenant

pytestmark = [pytest.mark.e2e, pytest.mark.live]

MANAGER, VIEWER = "manager@a.test", "viewer@a.test"
SIGNALS = f.SIGNALS


def _base(daphne_server, tenant) -> str:
    return f"http://{tenant.host}:{daphne_server.port}"


def _login(browser, base: str, email: str, *, phone: bool = False):
    viewport = {"width": 390, "height": 844} if phone else {"width": 1440, "height": 900}
    context = browser.new_context(viewport=viewport, device_scale_factor=1)
    page = context.new_page()
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in", exact=True).click()
    page.wait_for_url(f"{base}/")
    return context, page


def _live(page) -> None:
    page.wait_for_selector("#live-status[data-state=open]", timeout=20_000)


def _intake_source(tenant):
    from ingestion.models import Source
    from ingestion.services import source_api_key_create

    with in_tenant(tenant):
        f.watch_term()
        source = Source.objects.create(
            name="Brand monitor", slug=f"monitor-{uuid.uuid4().hex[:6]}", kind="generic"
        )
        return source, source_api_key_create(source=source)


def _open_crisis(tenant, event_ids):
    """What the detector calls when a subject's score crosses a level. Runs in its own thread:
    Playwright's loop lives on this one and the broadcast after commit uses async_to_sync."""
    from crisis.services import crisis_open

    result = {**SIGNALS, "explanation": "Volume is 5.4σ above normal — sentiment strongly negative"}

    def call():
        try:
            with in_tenant(tenant):
                return crisis_open(subject="acme", level="high", result=result, event_ids=event_ids)
        finally:
            connection.close()  # this thread's own connection; the test database is dropped later

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(call).result()


def _wait(predicate, timeout: float = 60.0, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {what}")


def test_manager_watches_event_and_crisis_live_then_acknowledges_and_the_sla_stops(
    live_db, celery_worker, daphne_server, tenant_a, browser, shot
):
    from escalation.models import Alert
    from ingestion.models import Event

    base = _base(daphne_server, tenant_a)
    source, key = _intake_source(tenant_a)
    context, page = _login(browser, base, MANAGER)
    _live(page)
    page.evaluate("window.__noReload = 'still here'")

    # 1. An event posted to the intake API appears in the live feed, without a reload.
    tag = uuid.uuid4().hex[:6]
    text = f"Acme leaked my card details, this is a data breach [{tag}]"
    response = httpx.post(
        f"http://127.0.0.1:{daphne_server.port}/api/v1/events",
        headers={"Host": f"{tenant_a.host}:{daphne_server.port}", "Authorization": f"Bearer {key}"},
        json={
            "id": f"post-{tag}",
            "text": text,
            "platform": "twitter",
            "author": {"name": "@angry", "followers": 5400},
        },
        timeout=10,
    )
    assert response.status_code == 202, response.text
    page.wait_for_selector(f"#feed .event:has-text('{tag}')", timeout=60_000)
    assert page.evaluate("window.__noReload") == "still here"
    shot(page, "01-command-center-live-event")

    # 2. A crisis opens (crisis stage service, as the detector calls it) and shows its signals live.
    with in_tenant(tenant_a):
        event_id = _wait(
            lambda: Event.objects.filter(source=source).values_list("pk", flat=True).first(), what="event"
        )
    crisis = _open_crisis(tenant_a, [event_id])
    card = page.locator(f"#crisis-{crisis.pk}")
    card.wait_for(timeout=20_000)
    assert card.locator(".sig-name").first.inner_text().lower() == "volume"
    assert "0.72" in card.locator(".score").inner_text()

    # 3. Escalation (on the worker) raises the alert: the SLA countdown runs and ticks.
    countdown = card.locator("[data-sla=running]")
    countdown.wait_for(timeout=60_000)
    first = countdown.inner_text()
    assert "left" in first
    page.wait_for_function(  # it ticks every second
        "([sel, t]) => { const e = document.querySelector(sel); return e && e.textContent !== t; }",
        arg=[f"#crisis-{crisis.pk} [data-sla=running]", first],
        timeout=5000,
    )
    shot(page, "02-command-center-crisis")
    assert page.evaluate("window.__noReload") == "still here"

    # 4. Acknowledge from the page: the countdown stops.
    card.get_by_role("button", name="Acknowledge").click()
    page.locator(f"#crisis-{crisis.pk} [data-sla=stopped]").wait_for(timeout=20_000)
    stopped = page.locator(f"#crisis-{crisis.pk} [data-sla=stopped]").inner_text()
    page.wait_for_timeout(1200)
    assert page.locator(f"#crisis-{crisis.pk} [data-sla=stopped]").inner_text() == stopped == "✓ acknowledged"
    assert page.locator(f"#crisis-{crisis.pk} [data-sla=running]").count() == 0
    with in_tenant(tenant_a):
        alert = Alert.objects.get(crisis_id=crisis.pk)
        assert alert.state == "acknowledged" and alert.acknowledged_by.email == MANAGER
    shot(page, "03-command-center-acknowledged")

    # 5. The other pages, for the record (and a look at each).
    page.goto(f"{base}/crises/{crisis.pk}/")
    _live(page)
    page.get_by_label("Add a note to the timeline").fill("Comms is drafting the holding statement")
    page.get_by_role("button", name="Add note").click()
    page.locator(f"#timeline-{crisis.pk} li:has-text('Comms is drafting')").wait_for(timeout=20_000)
    shot(page, "04-crisis-detail")
    page.goto(f"{base}/alerts/?scope=all")
    shot(page, "05-alerts")
    for board in ("ops", "ml", "cost", "compliance"):
        page.goto(f"{base}/dashboards/{board}/")
        shot(page, f"06-dashboard-{board}")
    page.goto(f"{base}/crises/{crisis.pk}/")
    page.get_by_label("Resolution note").fill("Card processor confirmed no breach; statement published")
    page.get_by_role("button", name="Resolve crisis").click()
    page.locator(f"#crisis-header-{crisis.pk} [data-status=resolved]").wait_for(timeout=20_000)
    page.goto(f"{base}/crises/{crisis.pk}/postmortem/")
    assert "Post-mortem" in page.locator("h1").inner_text()
    shot(page, "07-postmortem")
    context.close()


def test_manager_corrects_a_review_item_with_the_keyboard(live_db, daphne_server, tenant_a, browser, shot):
    from classification.models import ReviewItem

    with in_tenant(tenant_a):
        first = f.review_item(
            text="Is the Acme outage a security incident?", severity="P3", category="operational"
        )
        second = f.review_item(text="Acme CEO mentioned in a lawsuit", severity="P2", category="legal")
    base = _base(daphne_server, tenant_a)
    context, page = _login(browser, base, MANAGER)
    page.goto(f"{base}/review/")
    _live(page)
    shot(page, "08-review-queue")
    item = page.locator(f"#review-{first.pk}")
    item.focus()
    page.keyboard.press("1")  # P1
    page.keyboard.press("s")  # security
    page.keyboard.press("c")  # save the correction
    page.locator(f"#review-{first.pk}").wait_for(state="detached", timeout=20_000)
    assert page.locator(f"#review-{second.pk}").is_visible()
    with in_tenant(tenant_a):
        row = ReviewItem.objects.get(pk=first.pk)
        assert (row.status, row.final_severity, row.final_category) == ("corrected", "P1", "security")
        assert row.reviewer.email == MANAGER
    # One click confirms the next one.
    page.locator(f"#review-{second.pk}").get_by_role("button", name="Confirm P2 / legal").click()
    page.locator(f"#review-{second.pk}").wait_for(state="detached", timeout=20_000)
    with in_tenant(tenant_a):
        assert ReviewItem.objects.get(pk=second.pk).status == "confirmed"
    context.close()


def test_viewer_sees_no_ack_button_and_a_forged_ack_is_refused(
    live_db, daphne_server, tenant_a, browser, shot
):
    from escalation.models import Alert

    with in_tenant(tenant_a):
        crisis = f.crisis()
        alert = f.alert(crisis=crisis)
    base = _base(daphne_server, tenant_a)
    context, page = _login(browser, base, VIEWER)
    _live(page)
    card = page.locator(f"#crisis-{crisis.pk}")
    assert card.locator("[data-sla=running]").count() == 1
    assert card.get_by_role("button", name="Acknowledge").count() == 0
    page.goto(f"{base}/alerts/?scope=all")
    assert page.locator(f"#alert-{alert.pk}").is_visible()
    assert page.get_by_role("button", name="ACK").count() == 0
    shot(page, "09-viewer-alerts")
    # A forged POST with the viewer's own session and a valid CSRF token is still refused.
    token = page.evaluate("JSON.parse(document.body.getAttribute('hx-headers'))['X-CSRFToken']")
    post = (
        "async ([url, token]) => (await fetch(url, {method: 'POST', headers: {'X-CSRFToken': token}})).status"
    )
    assert page.evaluate(post, [f"/alerts/{alert.pk}/acknowledge", token]) == 403
    assert page.evaluate(post, [f"/api/v1/alerts/{alert.pk}/acknowledge", token]) == 403
    with in_tenant(tenant_a):
        assert Alert.objects.get(pk=alert.pk).state == "triggered"
    context.close()

    # The same pages on a phone.
    context, page = _login(browser, base, MANAGER, phone=True)
    _live(page)
    shot(page, "10-command-center-phone")
    context.close()


def test_login_page_shows_a_failed_sign_in(live_db, daphne_server, tenant_a, browser, shot):
    from django.conf import settings

    base = _base(daphne_server, tenant_a)
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Email").fill(MANAGER)
    page.get_by_label("Password").fill("not-the-password")
    page.get_by_role("button", name="Sign in", exact=True).click()
    error = page.get_by_role("alert").filter(has_text="not correct")
    error.wait_for(timeout=10_000)
    assert "The email address and/or password you specified are not correct." in error.inner_text()
    assert page.url == f"{base}/accounts/login/"
    assert page.get_by_label("Email").input_value() == MANAGER  # kept, so only the password is retyped
    shot(page, "00-login-error")
    # Not signed in: no session, and the command center still sends the visitor to the login page.
    assert settings.SESSION_COOKIE_NAME not in {c["name"] for c in context.cookies()}
    page.goto(f"{base}/")
    assert page.url.startswith(f"{base}/accounts/login/")
    context.close()


def test_pages_open_without_console_errors_or_csp_violations(live_db, daphne_server, tenant_a, browser):
    """Every command-center page with real-shaped rows, for a manager and a viewer: 200, no console
    error, no CSP violation (htmx's indicator style, inline styles), no failed request. The same
    walk over the demo scenario's data runs in test_acceptance.py."""
    from tests.e2e.walk import Walker, sign_in

    with in_tenant(tenant_a):
        crisis = f.crisis(events=[f.event(severity="P1", category="security")])
        alert = f.alert(crisis=crisis)
        f.notification(alert=alert)
        f.review_item()
    base = _base(daphne_server, tenant_a)
    live = ["/", f"/crises/{crisis.pk}/", "/alerts/?scope=all", "/review/"]
    quiet = [
        f"/alerts/{alert.pk}/",
        f"/crises/{crisis.pk}/postmortem/",
        *(f"/dashboards/{board}/" for board in ("ops", "ml", "cost", "compliance")),
        "/api/docs/",
    ]
    for email in (MANAGER, VIEWER):
        context = sign_in(browser, base, email, PASSWORD)
        walker = Walker(context, base)
        visits = [walker.open(path, live=True) for path in live] + [walker.open(path) for path in quiet]
        # Swagger UI renders the schema it fetched (its own script, served from the package).
        walker.page.wait_for_selector("#swagger-ui .opblock", timeout=20_000)
        context.close()
        bad = [(v.path, v.status, v.problems) for v in visits if v.status != 200 or v.problems]
        assert not bad, (email, bad)


def test_live_fragments_for_what_a_page_no_longer_shows_are_dropped_without_console_errors(
    live_db, daphne_server, tenant_a, browser
):
    """The server renders a broadcast for the tab's page, not for what the tab still shows: a
    classified event's row comes with a delete of the "No events yet" placeholder, which a feed
    with rows no longer has, and an update of a row that is not there. htmx logs each such swap as
    a console error (the demo's command center did, while the story streamed); the page drops them
    (app.js, the `live-oob` extension) and applies the rest."""
    from tenants.realtime import broadcast
    from tests.e2e.walk import Walker, sign_in

    with in_tenant(tenant_a):
        f.event(text="the first row: the feed is not empty")
    base = _base(daphne_server, tenant_a)
    context = sign_in(browser, base, MANAGER, PASSWORD)
    walker = Walker(context, base)
    visit = walker.open("/", live=True)
    assert visit.status == 200 and not visit.problems, visit.problems
    assert walker.page.locator("#feed-empty").count() == 0

    with in_tenant(tenant_a):
        arrived = f.event(text="a row that arrives live")
        gone = f.event(text="a row this tab never showed")
    walker.page.evaluate(f"document.getElementById('event-{gone.pk}')?.remove()")

    def send() -> None:
        broadcast(schema_name=tenant_a.schema, kind="classification", payload={"event_id": arrived.pk})
        broadcast(
            schema_name=tenant_a.schema,
            kind="event",
            payload={"event_id": gone.pk, "update": "duplicates"},
        )

    with ThreadPoolExecutor(1) as pool:  # async_to_sync: not on Playwright's loop
        pool.submit(send).result()
    walker.page.wait_for_selector(f"#event-{arrived.pk}", timeout=20_000)
    walker.page.wait_for_timeout(1500)  # the second broadcast lands (or would log) by then
    assert walker.page.locator(f"#event-{gone.pk}").count() == 0
    assert walker.seen() == []
    context.close()


def test_the_browser_is_debians_chromium_never_a_download(db):
    # (Also makes pytest-django create the test database when this module runs alone: the
    # browser tests only ask for `live_db`.)
    from pathlib import Path

    from tests.e2e.conftest import CHROMIUM, skip_or_fail_without_browser

    skip_or_fail_without_browser()
    assert not (Path.home() / ".cache" / "ms-playwright").exists()
    assert Path(CHROMIUM).resolve().is_file()
