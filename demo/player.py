"""Play the scenario: move story time (and the platform clock), let the world server release the
polled items, and post the pushed items to the platform's real intake endpoints in their wire
formats. Used by `manage.py simulate`, the end-to-end test and the pipeline benchmark.
"""

from __future__ import annotations

import json
import math
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from demo import wire_push
from demo.scenario import PUSHED, Scenario, ScenarioItem
from demo.seed import PUSH_KEYS, SOURCE_SLUGS, ZENDESK_SIGNING_SECRET

NARRATIVE = [
    (0.0, "baseline: ordinary chatter about Northwind Bank on X, Reddit, news, support and logs"),
    (40.0, "noise: Northwind's funny 'parkour piggy' ad goes viral (harmless)"),
    (240.0, "rumour: 'Northwind Bank data breach?' is posted on r/UKPersonalFinance"),
    (265.0, "rumour: small X accounts pick it up"),
    (
        300.0,
        "amplification: verified journalist @mlindqvist_news (412k followers) tweets it; retweets pile up",
    ),
    (320.0, "spillover: 'is my card safe?' support tickets, auth/card-vault errors in the logs"),
    (335.0, "spillover: Alertmanager, PagerDuty and Splunk alerts fire"),
    (360.0, "spillover: the news picks it up"),
    (540.0, "statement: Northwind publishes a statement (newsroom RSS + X)"),
    (600.0, "recovery: chatter goes back to normal"),
]


@dataclass
class PushResult:
    sent: Counter[str] = field(default_factory=Counter)
    accepted: Counter[str] = field(default_factory=Counter)
    failed: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    first_push_wall: dict[str, float] = field(default_factory=dict)


class Pusher:
    """Posts pushed scenario items to the platform, each in its source's wire format."""

    def __init__(self, client: httpx.Client, *, t0: datetime, retries: int = 4) -> None:
        self.client = client
        self.t0 = t0
        self.retries = retries
        self.result = PushResult()
        self.drift = 0.0  # seconds the story was held while the platform clock ran on

    def at(self, item: ScenarioItem) -> datetime:
        return self.t0 + timedelta(seconds=item.t + self.drift)

    def push(self, items: list[ScenarioItem]) -> None:
        by_channel: dict[str, list[ScenarioItem]] = {}
        for item in items:
            if item.channel in PUSHED:
                by_channel.setdefault(item.channel, []).append(item)
        for channel, batch in by_channel.items():
            getattr(self, f"_push_{channel}")(batch)

    # One method per intake endpoint ----------------------------------------------------------
    def _push_generic(self, items: list[ScenarioItem]) -> None:
        for chunk in _chunks(items, 1000):
            body = {"events": [wire_push.generic_event(i, self.at(i)) for i in chunk]}
            headers = {"Authorization": f"Bearer {PUSH_KEYS['generic']}"}
            self._post("generic", "/api/v1/events", len(chunk), json_body=body, headers=headers)

    def _push_splunk_hec(self, items: list[ScenarioItem]) -> None:
        for chunk in _chunks(items, 500):
            body = wire_push.splunk_body([wire_push.splunk_event(i, self.at(i)) for i in chunk])
            headers = {
                "Authorization": f"Splunk {PUSH_KEYS['splunk_hec']}",
                "Content-Type": "application/json",
            }
            self._post("splunk_hec", "/services/collector/event", len(chunk), content=body, headers=headers)

    def _push_alertmanager(self, items: list[ScenarioItem]) -> None:
        for item in items:
            started = self.t0 + timedelta(seconds=_firing_time(item))
            body = wire_push.alertmanager_body(item, self.at(item), started_at=started)
            headers = {"Authorization": f"Bearer {PUSH_KEYS['alertmanager']}"}
            self._post("alertmanager", "/api/v1/intake/alertmanager", 1, json_body=body, headers=headers)

    def _push_pagerduty(self, items: list[ScenarioItem]) -> None:
        for item in items:
            body = wire_push.pagerduty_event(item, self.at(item), routing_key=PUSH_KEYS["pagerduty"])
            self._post("pagerduty", "/v2/enqueue", 1, json_body=body)

    def _push_zendesk_webhook(self, items: list[ScenarioItem]) -> None:
        for item in items:
            body = json.dumps(wire_push.zendesk_webhook_event(item, self.at(item))).encode()
            stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            headers = {
                "Content-Type": "application/json",
                "X-Zendesk-Webhook-Signature": wire_push.zendesk_signature(
                    ZENDESK_SIGNING_SECRET, stamp, body
                ),
                "X-Zendesk-Webhook-Signature-Timestamp": stamp,
                "X-Zendesk-Webhook-Id": "01HDEMOWEBHOOK0000000000",
            }
            path = f"/api/v1/intake/zendesk/{SOURCE_SLUGS['zendesk_webhook']}"
            self._post("zendesk_webhook", path, 1, content=body, headers=headers)

    def _post(
        self,
        channel: str,
        path: str,
        count: int,
        *,
        json_body: Any = None,
        content: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.result.sent[channel] += count
        self.result.first_push_wall.setdefault(channel, time.time())
        delay = 0.25
        for attempt in range(self.retries + 1):
            try:
                response = self.client.post(path, json=json_body, content=content, headers=headers)
            except httpx.HTTPError as exc:
                error = f"{channel}: {type(exc).__name__}: {exc}"
            else:
                if response.status_code < 300:
                    self.result.accepted[channel] += count
                    return
                error = f"{channel}: HTTP {response.status_code} {response.text[:200]}"
                if response.status_code < 500 and response.status_code != 429:
                    break  # the platform refused it; retrying will not help
            if attempt < self.retries:
                time.sleep(delay)
                delay *= 2
        self.result.failed[channel] += count
        if len(self.result.errors) < 50:
            self.result.errors.append(error)


def _firing_time(item: ScenarioItem) -> float:
    return item.t - 240 if item.attrs.get("status") == "resolved" else item.t


def _chunks(items: list[Any], size: int) -> list[list[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def parse_speed(value: str | float) -> float:
    """`10`, `10x` or `0.5` → 10.0 / 10.0 / 0.5."""
    text = str(value).strip().lower().removesuffix("x")
    speed = float(text)
    if not speed > 0:
        raise ValueError("speed must be > 0")
    return speed


KICK_MAX_BACKLOG = 3


@dataclass
class Progress:
    wall: float
    story: float
    phase: str
    released: int
    push: PushResult
    narrative: list[str]
    waiting: int = 0  # platform backlog while the story is held


class Player:
    """Drive story time.

    - `advance_clock(seconds)` moves the platform clock so it runs at `speed` too (None: leave it).
    - `backlog()` returns the platform's queued work; above `max_backlog` the story holds (the
      platform clock then runs at normal speed and later items are stamped that much later), so
      a busy machine slows the demo down instead of leaving the detector looking at empty windows.
    - `kick()` is called every `kick_every` wall seconds (the simulator asks pollers to poll now).
    """

    def __init__(
        self,
        *,
        scenario: Scenario,
        world: httpx.Client | None,
        pusher: Pusher,
        speed: float,
        all_at_once: bool = False,
        advance_clock: Callable[[float], Any] | None = None,
        backlog: Callable[[], int] | None = None,
        max_backlog: int = 0,
        kick: Callable[[], Any] | None = None,
        kick_every: float = 2.0,
        tick: float = 0.2,
        until: float | None = None,
    ) -> None:
        self.scenario = scenario
        self.world = world
        self.pusher = pusher
        self.speed = speed
        self.all_at_once = all_at_once
        self.advance_clock = advance_clock
        self.backlog = backlog
        self.max_backlog = max_backlog
        self.kick = kick
        self.kick_every = kick_every
        self.tick = tick
        self.until = min(until or scenario.duration, scenario.duration)
        self.story = -1.0
        self.released = 0
        self.held_seconds = 0.0
        self._narrated = 0

    def start_world(self, *, seed: int, t0: datetime, scale: float) -> None:
        if self.world is not None:
            body = {"seed": seed, "t0": t0.isoformat(), "scale": scale, "story": self.scenario.story}
            self.world.post("/_world/start", json=body).raise_for_status()

    def step_to(self, story: float) -> Progress:
        """Release everything due up to `story` seconds (world + pushes)."""
        story = min(story, self.until)
        due = self.scenario.due(self.story, story)
        if self.world is not None:
            body = {"t": story, "drift": self.pusher.drift}
            self.world.post("/_world/advance", json=body).raise_for_status()
        self.pusher.push(due)
        self.story = story
        self.released += len(due)
        notes = []
        while self._narrated < len(NARRATIVE) and NARRATIVE[self._narrated][0] <= story:
            notes.append(NARRATIVE[self._narrated][1])
            self._narrated += 1
        return Progress(time.monotonic(), story, _phase(story), self.released, self.pusher.result, notes)

    def run(self, on_progress: Callable[[Progress], None] | None = None) -> PushResult:
        if self.all_at_once:
            progress = self.step_to(self.until)
            if on_progress:
                on_progress(progress)
            return self.pusher.result
        last = time.monotonic()
        last_kick = last_backlog = 0.0
        waiting = 0
        story = 0.0
        progress = self.step_to(0.0)
        if on_progress:
            on_progress(progress)
        while self.story < self.until:
            time.sleep(self.tick)
            now = time.monotonic()
            dt, last = now - last, now
            if now - last_backlog >= 1.0 or waiting > self.max_backlog:
                last_backlog = now
                waiting = self.backlog() if self.backlog is not None and self.max_backlog else 0
            if self.kick is not None and now - last_kick >= self.kick_every and waiting <= KICK_MAX_BACKLOG:
                # Only when the queues are nearly empty: kicks must never become the backlog.
                last_kick = now
                self.kick()
            if waiting > self.max_backlog:
                # Hold the story; the platform clock runs on at normal speed meanwhile.
                self.held_seconds += dt
                self.pusher.drift += dt
                if on_progress:
                    on_progress(
                        Progress(
                            now,
                            self.story,
                            _phase(self.story),
                            self.released,
                            self.pusher.result,
                            [],
                            waiting,
                        )
                    )
                continue
            step = min(story + dt * self.speed, self.until) - story
            story += step
            if self.advance_clock is not None and self.speed != 1 and step > dt:
                # The platform clock itself moved `dt`; make it move as far as the story did.
                self.advance_clock(step - dt)
            progress = self.step_to(story)
            if on_progress:
                on_progress(progress)
        return self.pusher.result


def _phase(story: float) -> str:
    if story < 240:
        return "baseline"
    if story < 300:
        return "rumour"
    if story < 480:
        return "amplification"
    if story < 600:
        return "spillover" if story < 540 else "statement"
    return "recovery"


def format_clock(seconds: float) -> str:
    if math.isinf(seconds):
        return "end"
    seconds = max(0, int(seconds))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"
