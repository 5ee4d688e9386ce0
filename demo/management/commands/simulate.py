"""`manage.py simulate`: play the demo crisis scenario into a running platform.

    manage.py simulate --schema demo --url http://127.0.0.1:8000 --host demo.localhost --speed 10

Polled sources fetch from the demo world server (started here if nothing answers at
--world-url); pushed sources are posted to the platform's intake endpoints. At a speed above 1
the platform clock moves at the same speed, so SLA timers follow the story.
"""

from __future__ import annotations

import logging
import math
import time
from datetime import timedelta
from urllib.parse import urlsplit

import httpx
from django.core.management.base import BaseCommand, CommandError

from demo import world as world_mod
from demo.player import Player, Progress, Pusher, format_clock, parse_speed
from demo.scenario import DURATION
from demo.scenarios import STORIES, generate
from tenants import clock


class Command(BaseCommand):
    help = "Play the demo crisis scenario (Northwind Bank data-breach rumour) into the platform."

    def add_arguments(self, parser):
        parser.add_argument("--schema", default="demo", help="the demo tenant (seed it with seed_demo first)")
        parser.add_argument("--url", default="http://127.0.0.1:8000", help="the platform's base URL")
        parser.add_argument("--host", default="demo.localhost", help="Host header naming the tenant")
        parser.add_argument("--speed", default="10", help="story seconds per wall second: 1, 10, 10x, 60x…")
        parser.add_argument("--all-at-once", action="store_true", help="release the whole scenario now")
        parser.add_argument("--seed", type=int, default=7, help="scenario seed (same seed, same story)")
        parser.add_argument(
            "--story",
            default="breach",
            choices=STORIES,
            help="breach (the data-breach rumour) or two_stories (a payments outage and a fee lawsuit at once)",
        )
        parser.add_argument("--scale", type=float, default=1.0, help="multiply the scenario's volume")
        parser.add_argument("--until", type=float, help="stop at this story second")
        parser.add_argument("--world-url", default="http://127.0.0.1:8950", help="the demo world server")
        parser.add_argument(
            "--no-clock",
            action="store_true",
            help="leave the platform clock alone (it moves at --speed otherwise)",
        )
        parser.add_argument(
            "--max-backlog",
            type=int,
            default=25,
            help="hold the story while more tasks than this wait in the pipeline queues (0: never hold)",
        )
        parser.add_argument(
            "--poll-every",
            type=float,
            default=2.0,
            help="ask the demo's pollers to poll every N wall seconds (0: leave it to the beat sweep)",
        )

    def handle(self, *args, **opts):
        try:
            speed = parse_speed(opts["speed"])
        except ValueError as exc:
            raise CommandError(f"--speed: {exc}") from None
        logging.getLogger("httpx").setLevel(logging.WARNING)
        # Start time first: it goes into the wire ids (a replay is new data, not duplicates).
        t0 = clock.now() - timedelta(seconds=DURATION) if opts["all_at_once"] else clock.now()
        scenario = generate(opts["seed"], scale=opts["scale"], run=int(t0.timestamp()), story=opts["story"])
        world_url = opts["world_url"].rstrip("/")
        world_server = self._ensure_world(world_url)
        platform = httpx.Client(base_url=opts["url"], headers={"Host": opts["host"]}, timeout=30)
        world = httpx.Client(base_url=world_url, timeout=10)
        self._warm_up(platform)
        # All at once: the story happened in the last 15 minutes, so no timestamp is in the future.
        move_clock = not opts["no_clock"] and not opts["all_at_once"] and speed != 1
        player = Player(
            scenario=scenario,
            world=world,
            pusher=Pusher(platform, t0=t0),
            speed=speed,
            all_at_once=opts["all_at_once"],
            advance_clock=self._clock_mover() if move_clock else None,
            backlog=self._backlog(opts["schema"]),
            max_backlog=0 if opts["all_at_once"] else opts["max_backlog"],
            kick=self._poll_kicker(opts["schema"])
            if opts["poll_every"] and not opts["all_at_once"]
            else None,
            kick_every=opts["poll_every"] or 2.0,
            until=opts["until"],
        )
        player.start_world(seed=opts["seed"], t0=t0, scale=opts["scale"])
        counts = ", ".join(f"{k} {v}" for k, v in sorted(scenario.counts().items()))
        wall = (player.until / speed) if not opts["all_at_once"] else 0
        self.stdout.write(
            f"scenario seed {opts['seed']}: {len(scenario.items)} items ({counts}); "
            f"{format_clock(player.until)} of story at {speed:g}x ≈ {wall:.0f}s; tenant {opts['schema']} via "
            f"{opts['url']} (Host {opts['host']}); polled sources read {world_url}"
        )
        self._last_print = 0.0
        try:
            result = player.run(self._print_progress)
        except KeyboardInterrupt:
            self.stdout.write("\nstopped by Ctrl-C")
            result = player.pusher.result
        finally:
            platform.close()
        sent, ok, failed = (
            sum(result.sent.values()),
            sum(result.accepted.values()),
            sum(result.failed.values()),
        )
        self.stdout.write(
            f"done: {player.released} items released ({sent} pushed: {ok} accepted, {failed} failed); "
            f"polled items stay served by the world at {world_url}"
        )
        for error in result.errors[:10]:
            self.stderr.write(f"  push error: {error}")
        self.stdout.write(f"outbox: http://{opts['host']}:{urlsplit(opts['url']).port or 80}/demo/outbox/")
        if world_server is not None:
            # Pollers may still be catching up: keep serving a little after the story ends.
            linger = 0 if opts["all_at_once"] else 15
            if linger:
                self.stdout.write(f"keeping the world server up {linger}s for the pollers to catch up…")
                time.sleep(linger)
            world_server.shutdown()
        if failed and not ok:
            raise CommandError(
                "no push was accepted: is the platform running and the tenant seeded (seed_demo)?"
            )

    def _ensure_world(self, url: str):
        try:
            httpx.get(f"{url}/_world/status", timeout=2).raise_for_status()
            return None
        except httpx.HTTPError:
            pass
        parts = urlsplit(url)
        if parts.hostname not in ("127.0.0.1", "localhost"):
            raise CommandError(f"the world server does not answer at {url}")
        server, _ = world_mod.serve_in_thread(parts.hostname, parts.port or 80)
        self.stdout.write(f"started the demo world server on {server.url}")
        return server

    def _warm_up(self, platform: httpx.Client) -> None:
        """Load the intake code paths before the story starts, so the first push is not late."""
        try:
            platform.get("/healthz")
            platform.post("/api/v1/events", json={})  # 401 without a key; the view is loaded
        except httpx.HTTPError as exc:
            raise CommandError(f"the platform does not answer at {platform.base_url}: {exc}") from None

    def _backlog(self, schema: str):
        """Tasks waiting in the pipeline's queues plus raw events not yet processed."""
        from django.conf import settings
        from django_tenants.utils import schema_context

        from config.queues import queue
        from ingestion.models import RawEvent
        from tenants.redis import redis_client

        broker = redis_client(settings.CELERY_BROKER_URL)
        keys = [
            f"{queue(q)}{suffix}"
            for q in ("ingest", "classify", "detect")
            for suffix in ("", "\x06\x163", "\x06\x166", "\x06\x169")
        ]

        def backlog() -> int:
            try:
                pipe = broker.pipeline(transaction=False)
                for key in keys:
                    pipe.llen(key)
                queued = sum(pipe.execute())
                with schema_context(schema):
                    pending = RawEvent.objects.filter(status=RawEvent.Status.PENDING).count()
                return queued + pending // 25
            except Exception:  # never let the pacing stop the demo
                return 0

        return backlog

    def _poll_kicker(self, schema: str):
        """Ask the tenant's pollers to poll now (the beat sweep alone runs every 10 s)."""
        from django_tenants.utils import schema_context

        from config.celery import enqueue
        from ingestion.models import Source
        from ingestion.sources import get_connector

        with schema_context(schema):
            ids = [s.pk for s in Source.objects.filter(enabled=True) if get_connector(s.kind).is_poller]

        def kick() -> None:
            with schema_context(schema):
                for source_id in ids:
                    enqueue("ingestion.poll_source", source_id=source_id)

        return kick

    def _clock_mover(self):
        def move(seconds: float) -> None:
            try:
                clock.advance(seconds)
            except RuntimeError as exc:  # production refuses to move the clock
                raise CommandError(f"{exc}; run with --no-clock") from None

        return move

    def _print_progress(self, p: Progress) -> None:
        if p.waiting:
            now = time.monotonic()
            if now - self._last_print >= 3:
                self._last_print = now
                self.stdout.write(
                    f"[story {format_clock(p.story)} | waiting for the platform: {p.waiting} queued]"
                )
            return
        for note in p.narrative:
            self.stdout.write(f"  ▶ {format_clock(p.story)}  {note}")
        now = time.monotonic()
        if now - self._last_print < 3 and not math.isinf(p.story) and p.narrative == []:
            return
        self._last_print = now
        pushed = sum(p.push.accepted.values())
        failed = sum(p.push.failed.values())
        self.stdout.write(
            f"[story {format_clock(p.story)} | {p.phase:<13}] released {p.released:4d} items · "
            f"pushed {pushed} ok{f', {failed} failed' if failed else ''}"
        )
        self.stdout.flush()
