"""The player posts pushed items in each intake's wire format, with its auth, and holds the story
while the platform is behind (later items are then stamped later, like the platform clock)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import httpx

from demo.player import Player, Pusher, parse_speed
from demo.scenarios import generate
from demo.seed import PUSH_KEYS, ZENDESK_SIGNING_SECRET
from ingestion.sources.zendesk.connector import verify_signature


def _platform(httpserver):
    for path, status in [
        ("/api/v1/events", 202),
        ("/services/collector/event", 200),
        ("/api/v1/intake/alertmanager", 202),
        ("/v2/enqueue", 202),
        ("/api/v1/intake/zendesk/zendesk-support", 202),
    ]:
        httpserver.expect_request(path, method="POST").respond_with_json({"ok": True}, status=status)
    return httpx.Client(base_url=httpserver.url_for(""), headers={"Host": "demo.localhost"})


def test_pushes_use_each_intakes_wire_format_and_credentials(httpserver):
    scenario = generate(7)
    t0 = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    player = Player(
        scenario=scenario, world=None, pusher=Pusher(_platform(httpserver), t0=t0), speed=1, all_at_once=True
    )
    result = player.run()
    assert result.failed == {} and sum(result.accepted.values()) > 50
    seen = set()
    for request, _ in httpserver.log:
        seen.add(request.path)
        body = request.get_data()
        if request.path == "/api/v1/events":
            assert request.headers["Authorization"] == f"Bearer {PUSH_KEYS['generic']}"
            assert all(e["id"].startswith("review-") and e["text"] for e in json.loads(body)["events"])
        elif request.path == "/services/collector/event":
            assert request.headers["Authorization"] == f"Splunk {PUSH_KEYS['splunk_hec']}"
            assert body.startswith(b'{"time":') and body.count(b'{"time":') >= 1
        elif request.path == "/v2/enqueue":
            event = json.loads(body)
            assert event["routing_key"] == PUSH_KEYS["pagerduty"] and event["event_action"] in (
                "trigger",
                "resolve",
            )
        elif request.path == "/api/v1/intake/alertmanager":
            assert json.loads(body)["alerts"][0]["labels"]["alertname"]
        else:
            assert verify_signature(
                secret=ZENDESK_SIGNING_SECRET,
                body=body,
                signature=request.headers["X-Zendesk-Webhook-Signature"],
                timestamp=request.headers["X-Zendesk-Webhook-Signature-Timestamp"],
            )
    assert len(seen) == 5
    assert all(r.headers["Host"] == "demo.localhost" for r, _ in httpserver.log)


def test_story_holds_while_the_platform_is_behind_and_later_items_are_stamped_later(httpserver):
    scenario = generate(7)
    t0 = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    busy = iter([100, 100, 100, 100, 100])
    moved = []
    player = Player(
        scenario=scenario,
        world=None,
        pusher=Pusher(_platform(httpserver), t0=t0),
        speed=300,
        backlog=lambda: next(busy, 0),
        max_backlog=10,
        advance_clock=moved.append,
        tick=0.05,
        until=400,
    )
    player.run()
    assert player.held_seconds > 0.15
    assert abs(sum(moved) - 400 * (299 / 300)) < 10, "the clock ran at the story's speed only while playing"
    stamps = []
    for request, _ in httpserver.log:
        if request.path == "/api/v1/events":
            stamps.extend(
                datetime.fromisoformat(e["occurred_at"].replace("Z", "+00:00"))
                for e in json.loads(request.get_data())["events"]
            )
    items = [i for i in scenario.items if i.channel == "generic" and i.t <= 400]
    assert len(stamps) == len(items)
    assert max(s - (t0 + timedelta(seconds=i.t)) for s, i in zip(stamps, items, strict=True)) >= timedelta(
        seconds=0.15
    )


def test_speed_accepts_plain_and_x_suffixed_numbers():
    assert parse_speed("10x") == parse_speed("10") == 10.0
    assert parse_speed(0.5) == 0.5
