"""Command-center pages render what a crisis manager needs, and only a manager sees actions."""

from __future__ import annotations

import re

import pytest

from tests.command_center import factories as f

MANAGER, VIEWER = "manager@a.test", "viewer@a.test"


@pytest.fixture
def scene(in_a):
    f.watch_term()
    events = [
        f.event(
            text="Acme breach: my card was charged twice [REDACTED_EMAIL]",
            severity="P1",
            category="security",
            reach=9000,
            duplicate_count=4,
        ),
        f.event(
            text="Acme support is slow today",
            severity="P3",
            category="operational",
            reach=50,
            platform="support",
        ),
    ]
    crisis = f.crisis(events=events)
    alert = f.alert(crisis=crisis)
    f.notification(alert=alert, channel="email", status="sent")
    f.notification(
        alert=alert, channel="sms", status="failed_permanent", name="Sam Night", email="sam@a.test"
    )
    item = f.review_item()
    return {"events": events, "crisis": crisis, "alert": alert, "review": item}


def _get(tenant_client, email, url):
    response = tenant_client(email=email).get(url)
    assert response.status_code == 200, response.content[:500]
    return response.content.decode()


def test_anonymous_visitor_is_sent_to_login(in_a, tenant_client):
    response = tenant_client().get("/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_command_center_shows_crisis_with_score_signals_sla_and_owner(scene, tenant_client):
    html = _get(tenant_client, VIEWER, "/")
    crisis = scene["crisis"]
    card = html[html.index(f'id="crisis-{crisis.pk}"') :]
    assert "Acme: data breach allegations" in card
    assert ">0.72<" in card
    assert 'class="sparkline"' in card
    # explainable signals, biggest contribution first
    names = re.findall(r'class="sig-name">([^<]+)<', card)
    assert names[:2] == ["volume", "sentiment"]
    assert 'data-sla="running"' in card and "data-deadline=" in card
    assert "unassigned" in card


def test_live_feed_shows_chips_source_redacted_text_and_duplicates(scene, tenant_client):
    html = _get(tenant_client, VIEWER, "/")
    feed = html[html.index('id="feed"') :]
    assert feed.index("Acme support is slow") < feed.index("Acme breach")  # newest first
    assert "[REDACTED_EMAIL]" in feed
    assert 'class="chip sev-P1"' in feed and "Security" in feed
    assert "×4" in feed
    assert "src-icon platform-support" in feed


def test_feed_filters_narrow_by_severity_category_source_and_subject(scene, tenant_client):
    html = _get(tenant_client, VIEWER, "/?severity=P1")
    feed = html[html.index('id="feed"') :]
    assert "Acme breach" in feed and "Acme support is slow" not in feed
    html = _get(tenant_client, VIEWER, "/?category=operational&source=social&subject=acme")
    feed = html[html.index('id="feed"') :]
    assert "Acme support is slow" in feed and "Acme breach" not in feed
    html = _get(tenant_client, VIEWER, "/?subject=other-brand")
    assert "No events yet for these filters" in html
    # the socket of this tab starts with the same filters
    assert "page=command_center&amp;subject=other-brand" in html


def test_counters_show_events_per_minute_open_alerts_and_reviews(scene, tenant_client):
    html = _get(tenant_client, VIEWER, "/")
    counters = html[html.index('id="counters"') : html.index('class="cc-grid"')]
    numbers = re.findall(r'class="num">(\d+)<', counters)
    events_per_min, active, open_alerts, breaches, reviews = map(int, numbers)
    assert events_per_min == 3 and active == 1 and open_alerts == 1 and breaches == 0 and reviews == 1


def test_manager_sees_ack_button_and_viewer_does_not(scene, tenant_client):
    ack_url = f"/alerts/{scene['alert'].pk}/acknowledge"
    # The command-center card acknowledges the whole crisis (its alerts and its story's).
    card_ack = f"/crises/{scene['crisis'].pk}/acknowledge"
    assert card_ack in _get(tenant_client, MANAGER, "/")
    assert card_ack not in _get(tenant_client, VIEWER, "/")
    assert ack_url in _get(tenant_client, MANAGER, "/alerts/")
    assert ack_url not in _get(tenant_client, VIEWER, "/alerts/")


def test_crisis_detail_has_timeline_chart_top_events_summary_and_actions(scene, tenant_client):
    crisis = scene["crisis"]
    html = _get(tenant_client, MANAGER, f"/crises/{crisis.pk}/")
    assert "Crisis opened at level high" in html
    assert 'class="chart"' in html and "<polyline" in html
    top = html[html.index("Top events by reach") :]
    assert top.index("Acme breach") < top.index("Acme support is slow")
    assert "Users report leaked account data" in html and "We are aware of reports" in html
    for action in ("acknowledge", "escalate", "assign", "notes", "resolve"):
        assert f"/crises/{crisis.pk}/{action}" in html
    viewer_html = _get(tenant_client, VIEWER, f"/crises/{crisis.pk}/")
    assert f"/crises/{crisis.pk}/acknowledge" not in viewer_html and "Resolution note" not in viewer_html


def test_alerts_page_shows_who_was_notified_on_which_channel_and_delivery(scene, tenant_client):
    html = _get(tenant_client, VIEWER, "/alerts/?scope=all")
    row = html[html.index(f'id="alert-{scene["alert"].pk}"') :]
    assert "Dana Ops" in row and "Sam Night" in row
    assert re.search(r'chip chan">email<.*delivery-sent', row, re.S)
    assert re.search(r'chip chan">sms<.*delivery-failed_permanent', row, re.S)


def test_my_alerts_lists_alerts_notified_to_me(scene, tenant_client):
    html = _get(tenant_client, MANAGER, "/alerts/?scope=mine")  # Dana Ops is manager@a.test
    assert f'id="alert-{scene["alert"].pk}"' in html
    html = _get(tenant_client, VIEWER, "/alerts/?scope=mine")
    assert f'id="alert-{scene["alert"].pk}"' not in html


def test_review_queue_shows_text_proposal_and_each_tier_opinion(scene, tenant_client):
    item = scene["review"]
    html = _get(tenant_client, MANAGER, "/review/")
    row = html[html.index(f'id="review-{item.pk}"') :]
    assert "Is Acme leaking customer data?" in row
    assert "Confirm P2 / pr" in row
    assert re.search(r"<th scope=\"row\">rules</th><td>P3</td><td>none</td><td>0.40</td>", row)
    assert "js/review.js" in html
    assert "Confirm P2" not in _get(tenant_client, VIEWER, "/review/")


def _bar(html: str, chart: str, label: str) -> str:
    """The value printed next to `label`'s bar in the chart whose aria-label is `chart`."""
    svg = html[html.index(f'aria-label="{chart}"') :]
    svg = svg[: svg.index("</svg>")]
    match = re.search(rf">{re.escape(label)}</text><rect class=\"bar\"[^>]*/><text[^>]*>([^<]+)</text>", svg)
    assert match, (label, svg[:600])
    return match.group(1)


# The scene: three events (two on twitter, one support ticket), all classified by the model tier,
# one review item, an alert notified by email (sent) and SMS (failed permanently).
@pytest.mark.parametrize(
    "board,chart,label,value",
    [
        ("ops", "Events by platform, last 24 hours", "twitter", "2"),
        ("ops", "Events by platform, last 24 hours", "support", "1"),
        ("ops", "Notifications by channel and outcome", "email · sent", "1"),
        ("ops", "Notifications by channel and outcome", "sms · failed_permanent", "1"),
        ("ops", "Messages per person and kind, last 24 hours", "Dana Ops · page", "1"),
        ("ml", "Classifications by tier, last 7 days", "model", "3"),
        ("cost", "LLM spend by use, 14 days (USD)", "Classification tier", "$0.0000"),
    ],
)
def test_dashboards_chart_what_happened(scene, tenant_client, board, chart, label, value):
    html = _get(tenant_client, VIEWER, f"/dashboards/{board}/")
    assert f'href="/dashboards/{board}/" aria-current="page"' in html
    assert _bar(html, chart, label) == value


def test_ops_dashboard_shows_pages_and_alerts_per_incident(scene, tenant_client):
    # The scene's one incident (its crisis) holds one alert and one page that reached a person.
    html = _get(tenant_client, VIEWER, "/dashboards/ops/")
    paging = html[html.index('id="paging"') :]
    assert re.search(r'data-figure="pages-per-incident">1.0<', paging)
    assert re.search(r'data-figure="alerts-per-incident">1.0<', paging)
    assert re.search(r'data-figure="busiest">1<', paging)


def test_compliance_dashboard_counts_redacted_pii_and_recent_access(scene, tenant_client):
    from ingestion.models import Event

    Event.objects.filter(pk=scene["events"][0].pk).update(pii_found={"EMAIL_ADDRESS": 2, "PHONE_NUMBER": 1})
    html = _get(tenant_client, VIEWER, "/dashboards/compliance/")
    assert _bar(html, "PII redacted by entity type (recent events)", "EMAIL_ADDRESS") == "2"
    assert _bar(html, "PII redacted by entity type (recent events)", "PHONE_NUMBER") == "1"
    assert re.search(r'<span class="num">0</span><span class="lbl">events held', html)


def test_postmortem_is_viewable_and_downloadable(scene, tenant_client):
    crisis = scene["crisis"]
    client = tenant_client(email=VIEWER)
    html = client.get(f"/crises/{crisis.pk}/postmortem/").content.decode()
    assert "Post-mortem" in html and "Acme: data breach allegations" in html
    md = client.get(f"/crises/{crisis.pk}/postmortem.md")
    assert md.status_code == 200 and md["Content-Type"].startswith("text/markdown")
    assert "attachment" in md["Content-Disposition"]
    assert b"Acme: data breach allegations" in md.content
    js = client.get(f"/crises/{crisis.pk}/postmortem.json")
    assert js.status_code == 200 and js.json()["crisis"]["title"] == "Acme: data breach allegations"


def test_pages_are_csp_clean_no_inline_script_or_style(scene, tenant_client):
    client = tenant_client(email=MANAGER)
    for url in [
        "/",
        f"/crises/{scene['crisis'].pk}/",
        f"/crises/{scene['crisis'].pk}/postmortem/",
        "/alerts/",
        f"/alerts/{scene['alert'].pk}/",
        "/review/",
        "/dashboards/ops/",
        "/dashboards/ml/",
        "/dashboards/cost/",
        "/dashboards/compliance/",
        "/api/docs/",
        "/accounts/login/",
    ]:
        response = client.get(url)
        html = response.content.decode()
        assert "'unsafe-inline'" not in response["Content-Security-Policy"]
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), url
        assert " style=" not in html and "<style" not in html, url
        assert "onclick=" not in html, url


def test_crisis_page_shows_who_was_notified_including_the_paging_service(scene, tenant_client):
    """Regression: the demo's main crisis answered 500 once acknowledged. Escalation then tells
    PagerDuty with an attempt that goes to the service, not to a person (no stakeholder)."""
    from escalation import services

    alert = scene["alert"]
    f.pagerduty_paged(alert=alert, routing_key="demo0pagerduty0routing0key000001")
    services.alert_acknowledge(alert=alert, by_user=None, via="sms", actor="Sam Night")
    response = tenant_client(email=VIEWER).get(f"/crises/{scene['crisis'].pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    notified = html[html.index("Who was notified") : html.index("Top events by reach")]
    assert "Security PagerDuty service" in notified and "Dana Ops" in notified
    assert re.search(r"<td>routing key …0001</td>\s*<td><span class=\"chip chan\">pagerduty</span>", notified)
    assert "provider acknowledge" in notified


def test_crisis_page_shows_who_was_notified_after_the_alert_resolved(scene, tenant_client):
    from escalation import services

    services.alert_resolve(alert=scene["alert"], by_user=None, via="web", note="handled")
    html = _get(tenant_client, VIEWER, f"/crises/{scene['crisis'].pk}/")
    notified = html[html.index("Who was notified") : html.index("Top events by reach")]
    assert "Dana Ops" in notified and "Sam Night" in notified
    assert f"/alerts/{scene['alert'].pk}/" in notified


def _no_summary(crisis):
    crisis.ai_summary = crisis.holding_statement = ""
    crisis.save(update_fields=["ai_summary", "holding_statement"])


def test_without_an_llm_key_the_crisis_page_says_summaries_are_off_and_how_to_turn_them_on(
    scene, tenant_client, settings
):
    settings.ANTHROPIC_API_KEY = ""
    _no_summary(scene["crisis"])
    html = _get(tenant_client, VIEWER, f"/crises/{scene['crisis'].pk}/")
    summary = html[html.index('id="ai-h"') : html.index('id="timeline-h"')]
    assert "AI summaries are off: no Anthropic API key is configured" in summary
    assert "set ANTHROPIC_API_KEY" in summary and "worker processes" in summary
    assert "No summary yet" not in summary


def test_summaries_turned_off_for_the_organisation_say_where_to_turn_them_on(scene, tenant_client, settings):
    from crisis.models import DetectorConfig

    settings.ANTHROPIC_API_KEY = "sk-ant-test"
    DetectorConfig.objects.create(ai_enabled=False)
    _no_summary(scene["crisis"])
    html = _get(tenant_client, VIEWER, f"/crises/{scene['crisis'].pk}/")
    assert "AI summaries are turned off for this organisation" in html
    assert "Admin › Detector configuration" in html


def test_with_summaries_on_the_crisis_page_says_when_one_is_written(scene, tenant_client, settings):
    from classification.models import LLMCall
    from crisis.models import DetectorConfig

    settings.ANTHROPIC_API_KEY = "sk-ant-test"
    DetectorConfig.objects.create(ai_enabled=True, ai_pre_threshold=0.55)
    crisis = scene["crisis"]
    _no_summary(crisis)
    LLMCall.objects.create(
        purpose="summary",
        crisis_ref=crisis.pk,
        created_at=crisis.opened_at,
        model="claude",
        status="error",
        error="timed out",
    )
    html = _get(tenant_client, VIEWER, f"/crises/{crisis.pk}/")
    assert (
        "No summary yet. It is written when the crisis opens or rises a level with a score of at least 0.55"
        in html
    )
    assert "The last attempt failed: timed out" in html
    assert "AI summaries are off" not in html


def test_without_an_llm_key_review_and_cost_pages_say_the_llm_tier_is_off(scene, tenant_client, settings):
    settings.ANTHROPIC_API_KEY = ""
    for url in ("/review/", "/dashboards/cost/"):
        html = _get(tenant_client, VIEWER, url)
        assert "The LLM classification tier is off: no Anthropic API key is configured." in html, url
        assert "set ANTHROPIC_API_KEY" in html, url
    settings.ANTHROPIC_API_KEY = "sk-ant-test"
    settings.CLASSIFICATION_LLM_ENABLED = False
    html = _get(tenant_client, VIEWER, "/review/")
    assert "CLASSIFICATION_LLM_ENABLED=true" in html
    settings.CLASSIFICATION_LLM_ENABLED = True
    assert 'data-ai="off"' not in _get(tenant_client, VIEWER, "/dashboards/cost/")


def test_postmortem_download_of_an_unknown_format_is_404(scene, tenant_client):
    assert tenant_client(email=VIEWER).get(f"/crises/{scene['crisis'].pk}/postmortem.pdf").status_code == 404


def test_htmx_is_told_not_to_inject_its_indicator_style(scene, tenant_client):
    """htmx adds a <style> element for its request indicator unless configured not to; the CSP
    (style-src 'self') refuses it and the browser logs a violation on every page."""
    import json
    from html import unescape

    html = _get(tenant_client, VIEWER, "/")
    config = re.search(r'<meta name="htmx-config" content=\'([^\']+)\'>', html)
    assert config and json.loads(unescape(config.group(1)))["includeIndicatorStyles"] is False
    assert html.index('name="htmx-config"') < html.index("htmx-2.0.7.min.js")
    from pathlib import Path

    from django.contrib.staticfiles import finders

    assert ".htmx-indicator" in Path(finders.find("css/app.css")).read_text(encoding="utf-8")


def test_api_docs_are_served_from_the_package_under_the_csp(in_a, tenant_client):
    from django.contrib.staticfiles import finders

    client = tenant_client(email=VIEWER)
    response = client.get("/api/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "cdn.jsdelivr" not in html and "unpkg" not in html
    assert (
        not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)
        and "<style" not in html
        and " style=" not in html
    )
    scripts = re.findall(r'<script src="([^"]+)"', html)
    bundle = next(s for s in scripts if s.endswith("swagger-ui-bundle.js"))
    assert bundle.startswith("/static/") and finders.find(bundle.removeprefix("/static/"))
    init = next(s for s in scripts if "script" in s.split("?", 1)[-1])
    response = client.get(init.replace("&amp;", "&"))
    assert response.status_code == 200 and response["Content-Type"].startswith("application/javascript")
    assert "SwaggerUIBundle" in response.content.decode()
