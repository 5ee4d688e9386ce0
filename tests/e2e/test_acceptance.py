"""Acceptance: the demo crisis scenario, end to end, on real processes.

Tenant A is seeded like the demo company (demo/seed.py) with its channels pointing at
sinks started here (SMTP + the HTTP sink answering like Slack / Twilio / PagerDuty / webhooks);
polled sources read the demo world server, pushed items go to the REAL intake endpoints on a
real Daphne; a real Celery worker + beat run the pipeline; a local server speaking the Anthropic
Messages API records every prompt. The story is played at high speed in fixed story steps (the
platform clock moves with it), each step waiting for the pipeline to drain, so the run is
deterministic on a loaded machine. Then, in order: the crisis, its level and signals on the
page, the P1 page to the on-call, the SLA breach paging tier 2, ACK from the dashboard in
Chromium stopping the pages, no alert from noise, the timeline and post-mortem, no PII in
any LLM prompt; then the rest of the story until the crisis resolves on its own, and the targets
of one story, one incident: one crisis, at most one page per person per tier and level (the CEO
at most two SMS), every later message an update in the first one's thread, no alert left open,
one "resolved" message per person, every P0 reaching someone within its SLA. The tests share one
played scenario (module scope) and run in file order.
"""

from __future__ import annotations

import contextlib
import html
import json
import re
import time
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx
import pytest
import redis
from django.conf import settings
from django.db import connection

from config.queues import queue
from demo import wire
from demo import world as world_mod
from demo.history import TITLE as HISTORY_TITLE
from demo.player import Player, Pusher
from demo.scenario import BANK, BURST_START, DURATION, JOURNALIST, NOISE_ROLES, PII_RE
from demo.scenarios import generate
from demo.seed import DEMO_DETECTOR, DEMO_SLA_MINUTES, PEOPLE, demo_seed
from demo.sinks import OutboxRecorder, start_http, start_smtp
from tenants import clock
from tests.conftest import purge_task_queues
from tests.support import processes
from tests.support.tenancy import PASSWORD, in_tenant, truncate_domain_tables

# No module-wide skip without a browser: the scenario and every check that needs no browser run
# anyway; the browser steps skip (or fail under CI=true) through the `browser` fixture.
# The module's story plays inside the first test's time: minutes on a busy machine.
pytestmark = [pytest.mark.e2e, pytest.mark.live, pytest.mark.timeout(1200)]

MANAGER = "manager@a.test"
WINDOW = DEMO_DETECTOR["window_seconds"]
STEP = 20.0  # story seconds per step (a window is 9 steps)
STORY_LIMIT = 600.0  # the burst peaks well before; the story stops once the on-call is paged
STEP_DRAIN_TIMEOUT = 45.0
RESOLVE_LIMIT = DURATION + 1200.0  # the story ends at DURATION; the crisis resolves after calm windows
PERSON = {p.key: p for p in PEOPLE}


# --- the Anthropic Messages API, recording every prompt -----------------------------------------
# The triage a model reading the post would give, for the stories the demo scenarios tell: a data
# breach (security, pages), a payments outage (operational) and a lawsuit over fees (legal);
# anything else carries no risk signal. The breach is read in the whole prompt as before; the
# outage and the lawsuit in the event's own text (not the cheaper tiers' hints), and a post that
# speaks of the breach stays the breach's ("if this breach is confirmed there will be a class
# action").
BREACH_RE = re.compile(r"data breach|hacked|leaked|stolen card", re.I)
BREACH_WORD_RE = re.compile(r"breach|leak|hack", re.I)
OUTAGE_RE = re.compile(
    r"declined|outage|payments? (?:are )?failing|\b(?:app|payments?) (?:is |are )?down\b|won't load", re.I
)
LAWSUIT_RE = re.compile(r"lawsuit|class action|lawyers|legal claim|fees claim", re.I)


def _event_text(body: dict[str, Any]) -> str:
    """The event text inside the classification prompt (classification.tiers.llm_schema)."""
    prompt = "".join(str(m.get("content", "")) for m in body.get("messages", []) if isinstance(m, dict))
    found = re.search(r'Event text:\n"""\n(.*)\n"""', prompt, re.S)
    return found.group(1) if found else prompt


def _triage(body: dict[str, Any], text: str) -> dict[str, Any]:
    event = _event_text(body)
    if BREACH_RE.search(text):
        answer = ("P1", "security", "mentions a possible data breach", "notify_security")
    elif OUTAGE_RE.search(event) and not BREACH_WORD_RE.search(event):
        answer = ("P2", "operational", "payments or the app failing", "monitor")
    elif LAWSUIT_RE.search(event) and not BREACH_WORD_RE.search(event):
        answer = ("P3", "legal", "a lawsuit over the bank's fees", "monitor")
    else:
        answer = ("P4", "none", "no risk signal in the text", "none")
    severity, category, why, action = answer
    return {
        "severity": severity,
        "category": category,
        "confidence": 0.9,
        "rationale": why,
        "named_entities": [],
        "recommended_action": action,
    }


def _llm_answer(body: dict[str, Any]) -> dict[str, Any]:
    text = json.dumps(body.get("messages", []))
    usage = {"input_tokens": max(1, len(text) // 4), "output_tokens": 40}
    base = {"id": "msg_e2e", "type": "message", "role": "assistant", "model": body.get("model", "claude")}
    if body.get("tools") and body["tools"][0]["name"] == "record_response_suggestions":  # the planner
        answer = {
            "steps": [
                {
                    "title": "Brief support leads on card-safety answers",
                    "owner": "Communications",
                    "due_minutes": 20,
                }
            ],
            "holding_statement": "We are aware of reports and are investigating; customer cards remain protected.",
            "named_entities": [],
        }
        content = [
            {"type": "tool_use", "id": "toolu_plan", "name": body["tools"][0]["name"], "input": answer}
        ]
        return {**base, "content": content, "stop_reason": "tool_use", "stop_sequence": None, "usage": usage}
    if body.get("tools"):
        answer = _triage(body, text)
        content = [{"type": "tool_use", "id": "toolu_e2e", "name": body["tools"][0]["name"], "input": answer}]
        return {**base, "content": content, "stop_reason": "tool_use", "stop_sequence": None, "usage": usage}
    summary = {
        "summary": "A data-breach rumour about the bank is spreading after a journalist amplified it.",
        "holding_statement": "We are aware of reports and are investigating; customer cards remain protected.",
    }
    content = [{"type": "text", "text": json.dumps(summary)}]
    return {**base, "content": content, "stop_reason": "end_turn", "stop_sequence": None, "usage": usage}


def _start_llm(prompts: list[str]):
    from pytest_httpserver import HTTPServer
    from werkzeug.wrappers import Response

    def handler(request):
        body = json.loads(request.get_data() or b"{}")
        prompts.append(json.dumps({"system": body.get("system"), "messages": body.get("messages")}))
        return Response(json.dumps(_llm_answer(body)), status=200, content_type="application/json")

    server = HTTPServer(host="127.0.0.1", port=0)
    server.expect_request(re.compile(r"/v1/messages.*"), method="POST").respond_with_handler(handler)
    server.start()
    return server


# --- the played scenario, shared by the tests ---------------------------------------------------
@dataclass
class Played:
    tenant: Any
    base: str
    recorder: OutboxRecorder
    scenario: Any
    prompts: list[str]
    burst_at: Any = None  # platform clock when the story crossed the burst's first event
    stopped_at: float = 0.0  # story second the play stopped at
    play: Any = None  # play(until, stop=None): resume the story
    ack_at: Any = None
    crisis_id: int | None = None
    worker: Any = None

    def deadline_checks(self) -> int:
        return len(
            re.findall(r"escalation\.beat\.check_deadlines\[[^\]]+\] succeeded", self.worker.log_text())
        )

    def records(self) -> list[dict[str, Any]]:
        return sorted(self.recorder.list(self.tenant.schema, limit=2000), key=lambda r: r["id"])

    def to(self, key: str, *, after: int = 0) -> list[dict[str, Any]]:
        p = PERSON[key]
        ids = {x.lower() for x in (p.email, p.phone, p.slack) if x}
        return [r for r in self.records() if r["id"] > after and str(r.get("recipient", "")).lower() in ids]


def _wait(predicate, *, timeout: float, what: str, every: float = 0.5):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(every)


def _backlog(schema: str):
    from django_tenants.utils import schema_context

    from ingestion.models import RawEvent

    broker = redis.Redis.from_url(settings.CELERY_BROKER_URL, socket_timeout=5)
    keys = [
        f"{q}{s}"
        for q in (queue("ingest"), queue("classify"), queue("detect"), queue("respond"))
        for s in ("", "\x06\x163", "\x06\x166", "\x06\x169")
    ]

    def backlog() -> int:
        pipe = broker.pipeline(transaction=False)
        for key in keys:
            pipe.llen(key)
        with schema_context(schema):
            pending = RawEvent.objects.filter(status__in=["pending", "processing"]).count()
        return sum(pipe.execute()) + pending

    return backlog


def _kick_pollers(schema: str):
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


def _security_alert(played: Played):
    """The story's first P0/P1 security alert (raised per event by classification)."""
    from escalation.models import Alert

    with in_tenant(played.tenant):
        alert = (
            Alert.objects.filter(severity__in=["P0", "P1"], category="security")
            .order_by("triggered_at", "pk")
            .first()
        )
    connection.set_schema_to_public()
    return alert


def _crisis_alert(played: Played):
    """The crisis' current escalation alert (one per level; a higher level supersedes the lower)."""
    from escalation.models import Alert

    crisis = _crisis(played)
    with in_tenant(played.tenant):
        alert = (
            Alert.objects.filter(crisis_id=crisis.pk)
            .exclude(state="resolved")
            .order_by("-triggered_at")
            .first()
        )
    connection.set_schema_to_public()
    return alert


def _about(records: list[dict[str, Any]], alert) -> list[dict[str, Any]]:
    """Records about `alert`: its id in the message or its buttons, else its title."""
    needle = html.unescape(alert.title)[:30].lower()

    def about(r: dict[str, Any]) -> bool:
        words = html.unescape(f"{r.get('subject', '')} {r.get('text', '')}").lower()
        ids = {str(a.get("block_id", "")) for a in r.get("actions") or []}
        return f"alert #{alert.pk}" in words or f"alert:{alert.pk}" in ids or needle in words

    return [r for r in records if about(r)]


def _is_page(r: dict[str, Any]) -> bool:
    """A record on the wire that pages someone: not an update or resolved message (a Slack thread
    reply, an email reply), a digest, a Slack message rewrite or a provider's acknowledge/resolve."""
    text = html.unescape(f"{r.get('text', '')}").lstrip()
    if r["channel"] == "slack":
        return r.get("kind") == "message" and not text.startswith(("Update:", "Resolved:"))
    if r["channel"] == "email":
        digest = "digest" in str(r.get("subject", "")).lower()
        return not (r.get("in_reply_to") or digest or text.startswith(("UPDATE:", "RESOLVED:")))
    if r["channel"] == "pagerduty":
        return r.get("kind") == "trigger"
    return True


def _crisis_paged(played: Played) -> bool:
    from crisis.models import Crisis

    with in_tenant(played.tenant):
        opened = Crisis.objects.exclude(title=HISTORY_TITLE).exists()
    connection.set_schema_to_public()
    if not opened:
        return False
    security, crisis_alert = _security_alert(played), _crisis_alert(played)
    return bool(
        security
        and crisis_alert
        and _about(played.to("oncall"), security)
        and _about(played.records(), crisis_alert)
    )


@pytest.fixture(scope="module")
def played(django_db_setup, django_db_blocker, test_tenants, daphne_server):
    with scenario_played(django_db_blocker, test_tenants, daphne_server, story="breach") as result:
        result.play(STORY_LIMIT, stop=_crisis_paged)
        yield result


@contextlib.contextmanager
def scenario_played(django_db_blocker, test_tenants, daphne_server, *, story: str):
    """Tenant A seeded like the demo company, the world, the sinks, the LLM server, a worker and
    beat, and `play(until, stop)` to play the named scenario in story steps. Everything is torn
    down and the tables emptied afterwards."""
    tenant = test_tenants["tenant_a"]
    schema = tenant.schema
    prompts: list[str] = []
    recorder = OutboxRecorder(settings.REDIS_URL)
    recorder.clear(schema)
    llm = _start_llm(prompts)
    world, _ = world_mod.serve_in_thread()
    sink, _ = start_http(recorder, port=0, default_tenant=schema)
    smtp_port = processes.free_port()
    smtp = start_smtp(recorder, port=smtp_port, default_tenant=schema)
    worker = beat = None
    with django_db_blocker.unblock():
        try:
            clock.reset()
            with in_tenant(tenant):
                seeded = demo_seed(
                    world_url=world.url,
                    sinks_url=sink.url,
                    smtp_port=smtp_port,
                    schema=schema,
                    poll_seconds=2,
                )
                # The planning budget runs on the platform clock, which this test moves 20 s a
                # step: a plan built during a step would look late. Speed is bench/plan.py's job.
                from response.models import PlanningConfig

                PlanningConfig.objects.update_or_create(defaults={"planning_budget_seconds": 3600})
            connection.set_schema_to_public()
            recorder.register_email_routes(schema, seeded.email_routes)
            llm_env = {
                "ANTHROPIC_API_KEY": "sk-ant-e2e",
                "ANTHROPIC_BASE_URL": llm.url_for("/").rstrip("/"),
                "ANTHROPIC_TIMEOUT_SECONDS": "10",
            }
            processes.shared_worker.stop()  # its tasks must all run in the worker with the LLM settings
            worker = processes.start_worker("accept-worker", **llm_env)
            beat = processes.start_beat(**llm_env)

            base = f"http://{tenant.host}:{daphne_server.port}"
            platform = httpx.Client(
                base_url=f"http://127.0.0.1:{daphne_server.port}",
                headers={"Host": f"{tenant.host}:{daphne_server.port}"},
                timeout=30,
            )
            t0 = clock.now()
            scenario = generate(7, run=int(t0.timestamp()), story=story)
            pusher = Pusher(platform, t0=t0)
            player = Player(
                scenario=scenario, world=httpx.Client(base_url=world.url, timeout=10), pusher=pusher, speed=1
            )
            player.start_world(seed=7, t0=t0, scale=1.0)
            result = Played(
                tenant=tenant, base=base, recorder=recorder, scenario=scenario, prompts=prompts, worker=worker
            )
            backlog, kick = _backlog(schema), _kick_pollers(schema)
            started = time.monotonic()

            def play(until: float, stop=None) -> float:
                at = result.stopped_at
                while at < until:
                    at += STEP
                    clock.advance(STEP)
                    # Stamps follow the platform clock (story + the wall time the run itself took).
                    pusher.drift = time.monotonic() - started
                    if result.burst_at is None and at >= BURST_START:
                        result.burst_at = t0 + timedelta(seconds=BURST_START + pusher.drift)
                    player.step_to(at)
                    kick()
                    _wait(lambda: backlog() == 0, timeout=STEP_DRAIN_TIMEOUT, what=f"the pipeline at {at}s")
                    result.stopped_at = at
                    if stop is not None and at > BURST_START and stop(result):
                        break
                return at

            result.play = play
            yield result
            assert pusher.result.errors == [], pusher.result.errors
            platform.close()
        finally:
            for proc in (beat, worker):
                if proc is not None:
                    proc.stop()
            llm.clear()
            llm.stop()
            sink.shutdown()
            world.shutdown()
            smtp.stop()
            recorder.clear(schema)
            connection.set_schema_to_public()
            truncate_domain_tables([t.schema for t in test_tenants.values()])
            purge_task_queues()


@pytest.fixture
def db_access(django_db_blocker):
    with django_db_blocker.unblock():
        yield
        connection.set_schema_to_public()


def _crisis(played: Played):
    from crisis.models import Crisis

    with in_tenant(played.tenant):
        crisis = (
            Crisis.objects.filter(subject="northwind-bank").first()
            or Crisis.objects.exclude(title=HISTORY_TITLE).order_by("pk").first()
        )
    assert crisis is not None, "no crisis opened"
    played.crisis_id = crisis.pk
    return crisis


def _login(browser, base: str):
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Email").fill(MANAGER)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in", exact=True).click()
    page.wait_for_url(f"{base}/")
    return context, page


# --- the tests, in the story's order ------------------------------------------------------------
def test_the_crisis_opens_within_two_windows_of_the_burst(played, db_access):
    crisis = _crisis(played)
    assert played.burst_at is not None
    lag = (crisis.opened_at - played.burst_at).total_seconds()
    assert 0 <= lag <= 2 * WINDOW, f"opened {lag:.0f}s after the burst (window {WINDOW}s)"
    assert crisis.subject in ("northwind-bank", "northwind-card"), crisis.subject


def test_the_p1_security_alert_reaches_the_on_call(played, db_access):
    alert = _security_alert(played)
    assert alert is not None, "no P0/P1 security alert"
    routing = alert.routing if isinstance(alert.routing, dict) else json.loads(alert.routing)
    assert routing.get("policy") == "Security incident", routing
    to_sam = _about(played.to("oncall"), alert)
    assert to_sam, (
        f"alert #{alert.pk} {alert.title!r} (state {alert.state}, tier {alert.current_tier}) did not reach the "
        f"on-call; stopped at story {played.stopped_at}s; on-call got "
        f"{[(r['channel'], r['subject'][:60]) for r in played.to('oncall')]}; "
        f"about it: {[(r['channel'], r['recipient']) for r in _about(played.records(), alert)]}"
    )
    assert {r["channel"] for r in to_sam} & {"slack", "sms", "email"}
    to_ciso = _about(played.to("ciso"), alert)
    # The on-call first; the CISO (tier 2) only later, if at all.
    assert not to_ciso or min(r["id"] for r in to_sam) < min(r["id"] for r in to_ciso)


def test_no_ack_within_the_sla_pages_tier_2(played, db_access):
    from escalation.models import Alert

    alert = _crisis_alert(played)
    assert alert is not None and alert.state == "triggered" and alert.sla_deadline is not None, alert
    assert alert.current_tier == 0, alert.current_tier
    tier1 = {r["recipient"] for r in _about(played.records(), alert)}
    assert tier1, "the crisis alert reached nobody"
    ahead = (alert.sla_deadline - clock.now()).total_seconds()
    assert 0 < ahead <= (DEMO_SLA_MINUTES[alert.severity] or 0) * 60, ahead
    mark = max((r["id"] for r in played.records()), default=0)
    clock.advance(ahead + 15)

    def tier2():
        return [r for r in _about(played.records(), alert) if r["id"] > mark and r["recipient"] not in tier1]

    new = _wait(tier2, timeout=90, what="tier 2 paged about the crisis alert after its SLA")
    with in_tenant(played.tenant):
        alert = Alert.objects.get(pk=alert.pk)
    assert alert.current_tier >= 1 and alert.sla_breached, (alert.current_tier, alert.sla_breached)
    assert {r["channel"] for r in new}


def test_ack_from_the_dashboard_stops_further_notifications(played, db_access, browser, shot):
    from escalation.models import Alert

    crisis = _crisis(played)
    context, page = _login(browser, played.base)
    page.wait_for_selector("#live-status[data-state=open]", timeout=30_000)
    card = page.locator(f"#crisis-{crisis.pk}")
    card.wait_for(timeout=30_000)
    card.get_by_role("button", name="Acknowledge").click()
    page.locator(f"#crisis-{crisis.pk} [data-sla=stopped]").wait_for(timeout=30_000)
    shot(page, "acceptance-02-acknowledged")
    context.close()
    played.ack_at = clock.now()
    with in_tenant(played.tenant):
        open_alerts = list(
            Alert.objects.filter(state="triggered").values_list(
                "pk", "title", "crisis_id", "subject", "category"
            )
        )
    assert not open_alerts, f"alerts still open after the dashboard ACK: {open_alerts}"
    # Let deliveries already in flight land, then take the high-water mark.
    _wait(
        lambda: redis.Redis.from_url(settings.REDIS_URL).llen(queue("notify")) == 0,
        timeout=30,
        what="notify queue",
    )
    mark = max((r["id"] for r in played.records()), default=0)
    # Past the next tier's deadline (the CEO), but before the crisis could auto-resolve.
    clock.advance(DEMO_SLA_MINUTES["P1"] * 60 + 30)
    # Wait for the deadline check (beat, every 10 s) to have run twice on the moved clock.
    done = played.deadline_checks()
    _wait(lambda: played.deadline_checks() >= done + 2, timeout=60, what="two deadline checks")
    _wait(
        lambda: redis.Redis.from_url(settings.REDIS_URL).llen(queue("notify")) == 0,
        timeout=30,
        what="notify queue",
    )
    new = [r for r in played.records() if r["id"] > mark and _is_page(r)]
    assert not new, f"paged after the ACK: {[(r['channel'], r['recipient'], r['subject']) for r in new]}"
    # The CEO tier may have been paged before anyone acknowledged; never after.
    assert not [r for r in played.to("ceo", after=mark) if _is_page(r)], "the CEO was paged after the ACK"


def test_the_noise_produced_no_alert(played, db_access):
    from escalation.models import Alert

    noise = [i for i in played.scenario.items if i.role in NOISE_ROLES]
    noise_x = {wire.tweet_id(i) for i in noise if i.channel == "x"}
    noise_reddit = {wire.reddit_id(i) for i in noise if i.channel == "reddit"}
    assert noise_x and noise_reddit
    with in_tenant(played.tenant):
        alerted = list(
            Alert.objects.filter(classification__isnull=False).values_list(
                "classification__event__external_id", "classification__event__text"
            )
        )
        from crisis.models import Crisis

        early = Crisis.objects.filter(opened_at__lt=played.burst_at).exclude(title=HISTORY_TITLE).count()
    hits = [(x, t) for x, t in alerted if x in noise_x or any(x.endswith(r) for r in noise_reddit)]
    assert not hits, f"noise alerted: {hits}"
    assert early == 0, "a crisis opened before the burst (the viral ad?)"


def test_the_timeline_and_the_postmortem_export_have_every_step_in_order(played, db_access, browser):
    from crisis.models import TimelineEntry

    crisis = _crisis(played)
    with in_tenant(played.tenant):
        kinds = list(
            TimelineEntry.objects.filter(crisis=crisis).order_by("at", "pk").values_list("kind", flat=True)
        )
    steps = ["opened", "routing", "notification", "escalation", "ack"]

    def in_order(seq: list[str]) -> bool:
        pos = -1
        for kind in steps:
            if kind not in seq[pos + 1 :]:
                return False
            pos = seq.index(kind, pos + 1)
        return True

    assert in_order(kinds), ([k for k in steps if k not in kinds], sorted(set(kinds)))
    context, page = _login(browser, played.base)
    page.goto(f"{played.base}/crises/{crisis.pk}/postmortem/")
    fetch = "async (u) => { const r = await fetch(u); return [r.status, await r.text()]; }"
    status, body = page.evaluate(fetch, f"/crises/{crisis.pk}/postmortem.json")
    assert status == 200, body[:300]
    exported = [t["kind"] for t in json.loads(body)["timeline"]]
    assert in_order(exported), ([k for k in steps if k not in exported], sorted(set(exported)))
    status, markdown = page.evaluate(fetch, f"/crises/{crisis.pk}/postmortem.md")
    assert status == 200, markdown[:300]
    timeline = json.loads(body)["timeline"]
    firsts = [next(t["message"] for t in timeline if t["kind"] == kind) for kind in ("opened", "ack")]
    positions = [markdown.rfind(message) for message in firsts]
    assert -1 not in positions and positions == sorted(positions), (firsts, positions)
    context.close()


def test_no_pii_reached_the_llm(played):
    sent = [i.text for i in played.scenario.items if played.scenario and i.t <= played.stopped_at]
    assert any(PII_RE.search(t) for t in sent), "the played part of the scenario carries no PII to test with"
    assert played.prompts, "the LLM sink received no prompt (LLM tier and crisis summary never ran)"
    leaks = [m.group(0) for p in played.prompts for m in PII_RE.finditer(p)]
    assert not leaks, f"PII sent to the LLM: {sorted(set(leaks))[:10]}"
    # The scenario's people (private authors; the bank and the verified journalist are public):
    # no name, surname or handle of theirs reaches the LLM either ("RT @handle: ..." carries them).
    played_items = [i for i in played.scenario.items if i.t <= played.stopped_at]
    people = {i.author for i in played_items if i.author and i.author not in (BANK, JOURNALIST)}
    assert any(f"@{p.handle}" in i.text for p in people for i in played_items), (
        "no played text names a person"
    )
    identifiers = {p.handle for p in people} | {part for p in people for part in [p.name, *p.name.split()]}
    prompts = "\n".join(played.prompts).lower()
    named = sorted(x for x in identifiers if re.search(rf"(?<![\w.]){re.escape(x.lower())}(?!\w)", prompts))
    assert not named, f"names or handles of the scenario's people sent to the LLM: {named[:10]}"


def test_its_level_and_driving_signals_are_shown_on_the_dashboard(played, db_access, browser, shot):
    from crisis.models import LEVEL_RANK

    played.play(STORY_LIMIT)  # the rest of the burst: amplification, spillover, news
    crisis = _crisis(played)
    # The level the burst drove it to (by story second 600 the burst is over and the score may
    # already be falling): the peak level and the signals of the peak score.
    with in_tenant(played.tenant):
        peak = crisis.samples.order_by("-score").first()
    peak_signals = (peak.signals if peak else {}).get("signals", {})
    assert LEVEL_RANK[crisis.peak_level] >= LEVEL_RANK["high"], (
        crisis.peak_level,
        peak and peak.score,
        crisis.explanation,
        peak_signals,
    )
    top_at_peak = sorted(peak_signals, key=lambda k: peak_signals[k].get("contribution", 0), reverse=True)[:3]
    # A breach rumour amplified by a verified journalist: breach keywords, negative sentiment and
    # amplification drive it (not the off-topic or viral noise).
    assert (
        "keywords" in top_at_peak
        and len({"sentiment", "amplification", "volume", "emotion"} & set(top_at_peak)) >= 2
    ), top_at_peak

    def current_top() -> list[str]:
        with in_tenant(played.tenant):
            crisis.refresh_from_db()
        connection.set_schema_to_public()
        signals = (crisis.signals or {}).get("signals", {})
        return sorted(signals, key=lambda k: signals[k].get("contribution", 0), reverse=True)[:3]

    context, page = _login(browser, played.base)
    card = page.locator(f"#crisis-{crisis.pk}")
    # The workers may still be scoring the last of the burst: the card must show the crisis's
    # signals as they stand, so the database is read again around each look at the page.
    deadline = time.monotonic() + 30
    while True:
        card.wait_for(timeout=30_000)
        before = current_top()
        shown = [re.sub(r"[^a-z]", "", n.lower()) for n in card.locator(".sig-name").all_inner_texts()]
        badge = card.locator(".level-badge").inner_text().lower()
        top = current_top()
        settled = top == before and bool(shown) and shown[0] == re.sub(r"[^a-z]", "", top[0])
        if settled or time.monotonic() > deadline:
            break
        time.sleep(1)
        page.reload()
    assert crisis.get_level_display().lower() in badge
    assert shown and shown[0] == re.sub(r"[^a-z]", "", top[0]), (shown, top)
    assert {re.sub(r"[^a-z]", "", t) for t in top[:2]} <= set(shown), (shown, top)
    shot(page, "acceptance-01-crisis-open")
    context.close()


def test_the_crisis_page_shows_its_security_playbook_owners_and_a_similar_past_crisis(
    played, db_access, browser, shot
):
    """The plan beside the alert: the security playbooks, owners from the on-call rotation and the
    roles, the seeded past crisis as the similar one; the alert's messages carry the actions."""
    from escalation.models import Alert
    from response.models import ResponsePlan

    crisis = _crisis(played)
    with in_tenant(played.tenant):
        plan = ResponsePlan.objects.get(crisis=crisis)
        owners = dict(plan.tasks.values_list("title", "owner__name"))
        actions = [(a.details or {}).get("recommended_actions") for a in Alert.objects.filter(crisis=crisis)]
    connection.set_schema_to_public()
    assert plan.status == "ready" and "Security incident" in [p["name"] for p in plan.playbooks], (
        plan.playbooks
    )
    assert owners["Confirm the scope with the security on-call"] == PERSON["oncall"].name, owners
    assert owners["Legal review of the disclosure duty"] == PERSON["legal"].name, owners
    assert plan.similar and plan.similar[0]["title"] == HISTORY_TITLE, plan.similar
    print(f"plan ready {(plan.ready_at - plan.requested_at).total_seconds():.2f} s after the hand-off")
    assert any(actions), "no alert of the crisis carries the plan's recommended actions"
    link = f"/crises/{crisis.pk}/#plan"
    carried = [
        r
        for r in played.records()
        if "Recommended actions" in str(r.get("text", "")) and link in str(r.get("text", ""))
    ]
    assert carried, "no message on the wire carried the recommended actions and the plan link"

    context, page = _login(browser, played.base)
    page.goto(f"{played.base}{link}")
    panel = page.locator(f"#plan-panel-{crisis.pk}")
    panel.wait_for(timeout=30_000)
    assert panel.locator('[data-playbook="Security incident"]').count() == 1
    assert PERSON["oncall"].name in panel.locator(".task-owner").all_inner_texts()
    assert HISTORY_TITLE in panel.locator(".similar").first.inner_text()
    shot(page, "acceptance-plan-panel")

    # The responders work the plan: each task marked done from the page (nothing is left to go
    # overdue and escalate while the rest of the story plays).
    # Each click is answered by the fresh panel; the next waits for that row to show done.
    with in_tenant(played.tenant):
        open_tasks = list(
            ResponsePlan.objects.get(crisis=crisis)
            .tasks.exclude(status__in=("done", "skipped"))
            .order_by("order", "pk")
            .values_list("pk", flat=True)
        )
    connection.set_schema_to_public()
    assert open_tasks, "the plan has no open task to work"
    for task_id in open_tasks:
        page.locator(f"#task-{task_id} .task-actions button", has_text="Done").click()
        page.locator(f'#task-{task_id}[data-task-status="done"]').wait_for(timeout=30_000)
    with in_tenant(played.tenant):
        statuses = set(ResponsePlan.objects.get(crisis=crisis).tasks.values_list("status", flat=True))
    connection.set_schema_to_public()
    assert statuses == {"done"}, statuses
    assert page.locator(f"#plan-panel-{crisis.pk} .plan-progress").first.get_attribute("data-overdue") == "0"
    context.close()


# --- the page walk: every page a person opens, after the story, as each role --------------------
DOMAIN_APPS = ("ingestion", "classification", "crisis", "escalation", "response")
WALK_ROLES = ("admin@a.test", "manager@a.test", "viewer@a.test")


def _walk_targets(played: Played) -> dict[str, list[str]]:
    """The pages of the played tenant: every crisis and its post-mortem, every alert, the lists,
    dashboards, review, the demo outbox, the API docs and the admin of the domain apps."""
    from django.contrib import admin
    from django.urls import reverse

    from crisis.models import Crisis
    from escalation.models import Alert

    with in_tenant(played.tenant):
        crises = list(Crisis.objects.order_by("pk").values_list("pk", flat=True))
        alerts = list(Alert.objects.order_by("pk").values_list("pk", flat=True))
    connection.set_schema_to_public()
    changelists = sorted(
        reverse(f"admin:{m._meta.app_label}_{m._meta.model_name}_changelist")
        for m in admin.site._registry
        if m._meta.app_label in DOMAIN_APPS
    )
    return {
        "live": ["/", "/alerts/?scope=all", "/alerts/?scope=mine", "/review/"]
        + [f"/crises/{pk}/" for pk in crises],
        "pages": [f"/crises/{pk}/postmortem/" for pk in crises]
        + [f"/alerts/{pk}/" for pk in alerts]
        + ["/crises/", "/crises/?status=resolved", "/dashboards/"]
        + [f"/dashboards/{board}/" for board in ("ops", "ml", "cost", "compliance")]
        + ["/demo/outbox/", "/api/docs/"],
        "downloads": [f"/crises/{pk}/postmortem.{fmt}" for pk in crises for fmt in ("md", "json")],
        "admin": ["/admin/", *changelists],
        "crises": crises,
        "alerts": alerts,
    }


def test_every_page_opens_for_every_role_without_a_console_error(played, db_access, browser):
    """After the scenario, with its real data: every page for the admin, a crisis manager and a
    viewer answers 200 with no console error, CSP violation or failed request; the post-mortem
    downloads are attachments; the admin is the admin role's only (others are sent to the admin
    login, as tests/access documents)."""
    from tests.e2e.walk import Walker, sign_in

    targets = _walk_targets(played)
    assert targets["crises"] and targets["alerts"], targets
    assert len(targets["admin"]) > 20, targets["admin"]
    failures: list[tuple] = []
    for email in WALK_ROLES:
        context = sign_in(browser, played.base, email, PASSWORD)
        walker = Walker(context, played.base)
        visits = [walker.open(p, live=True) for p in targets["live"]]
        visits += [walker.open(p) for p in targets["pages"]]
        walker.page.wait_for_selector("#swagger-ui .opblock", timeout=20_000)  # the docs rendered
        for path in targets["downloads"]:
            response = walker.fetch(path)
            kind = "application/json" if path.endswith(".json") else "text/markdown"
            disposition = response.headers.get("content-disposition", "")
            if not (
                response.status_code == 200
                and response.headers["content-type"].startswith(kind)
                and "attachment" in disposition
            ):
                failures.append(
                    (email, path, response.status_code, response.headers.get("content-type"), disposition)
                )
        if email.startswith("admin@"):
            visits += [walker.open(p) for p in targets["admin"]]
        else:
            for path in targets["admin"]:
                response = walker.fetch(path, follow=False)
                if response.status_code != 302 or not response.headers["location"].startswith(
                    "/admin/login/"
                ):
                    failures.append((email, path, response.status_code, response.headers.get("location")))
            visit = walker.open("/admin/")  # what such a person sees: the admin's own sign-in page
            if not visit.final_path.startswith("/admin/login/"):
                failures.append((email, "/admin/", visit.final_path))
            visits.append(visit)
        context.close()
        failures += [(email, v.path, v.status, v.problems) for v in visits if v.status != 200 or v.problems]
    assert not failures, "\n".join(map(repr, failures))


# --- one story, one incident: the rest of the story until the crisis resolves --------------------
def _story_crises(played: Played):
    from crisis.models import Crisis

    with in_tenant(played.tenant):
        # The seeded history (demo.history: a crisis of five weeks ago) is not part of the story.
        crises = list(
            Crisis.objects.filter(merged_into__isnull=True).exclude(title=HISTORY_TITLE).order_by("pk")
        )
    connection.set_schema_to_public()
    return crises


def _resolved(played: Played) -> bool:
    crises = _story_crises(played)
    return bool(crises) and all(c.status == "resolved" for c in crises)


def test_the_rest_of_the_story_plays_until_the_crisis_resolves_on_its_own(played, db_access):
    played.play(RESOLVE_LIMIT, stop=lambda r: r.stopped_at > DURATION and _resolved(r))
    crises = _story_crises(played)
    assert crises and all(c.status == "resolved" for c in crises), [(c.pk, c.status, c.level) for c in crises]
    _wait(
        lambda: redis.Redis.from_url(settings.REDIS_URL).llen(queue("notify")) == 0,
        timeout=60,
        what="notify queue",
    )
    _wait(  # response.crisis_resolved: the plan's last words on the resolved crisis
        lambda: redis.Redis.from_url(settings.REDIS_URL).llen(queue("respond")) == 0,
        timeout=60,
        what="respond queue",
    )


def test_one_story_gives_one_crisis_with_its_co_mentioned_subjects(played, db_access):
    crises = _story_crises(played)
    assert len(crises) == 1, [(c.pk, c.story_subjects, c.title) for c in crises]
    assert "northwind-bank" in crises[0].story_subjects, crises[0].story_subjects


def _incident_messages(played: Played):
    """Sent messages to people about the story's incident (pages, updates, resolved), oldest first."""
    from escalation.models import Notification

    crisis = _story_crises(played)[0]
    with in_tenant(played.tenant):
        rows = list(
            Notification.objects.filter(
                alert__crisis=crisis, purpose="notify", status="sent", stakeholder__isnull=False
            )
            .exclude(kind="digest")
            .select_related("stakeholder", "alert")
            .order_by("finished_at", "pk")
        )
    connection.set_schema_to_public()
    return rows


def test_each_person_is_paged_at_most_once_per_tier_and_level_and_the_ceo_at_most_twice_by_sms(
    played, db_access
):
    from collections import Counter

    rows = _incident_messages(played)
    pages = Counter((n.stakeholder.name, n.tier, n.round, n.severity) for n in rows if n.kind == "page")
    assert pages and max(pages.values()) == 1, [k for k, v in pages.items() if v > 1]
    ceo_sms = [r for r in played.to("ceo") if r["channel"] == "sms"]
    assert len(ceo_sms) <= 2, [r["subject"] for r in ceo_sms]
    updates = [n for n in rows if n.kind == "update"]
    assert updates, "nothing about the story reached anyone as an update (every event paged?)"


def test_no_message_of_the_scenario_is_held_back_by_the_no_personal_data_guardrail(played, db_access):
    """Alerts quote the story's posts: what they quote passes the content rule by construction
    (escalation.guardrails.quotable), so the rule never halts a page of an ordinary story."""
    from escalation.models import Notification

    with in_tenant(played.tenant):
        halted = list(
            Notification.objects.filter(status="halted", error__contains="personal data").values_list(
                "alert_id", "channel", "error"
            )
        )
    connection.set_schema_to_public()
    assert not halted, halted


def test_every_later_message_to_a_person_is_in_the_thread_of_their_first(played, db_access):
    rows = _incident_messages(played)
    first: dict[tuple[int, str], Any] = {}
    strays = []
    for n in rows:
        if n.channel not in ("slack", "email"):
            continue
        key = (n.stakeholder_id, n.channel)
        if key not in first:
            first[key] = n
            continue
        if n.thread_ref != first[key].provider_message_id:
            strays.append(
                (n.stakeholder.name, n.channel, n.kind, n.thread_ref, first[key].provider_message_id)
            )
    assert first and not strays, strays

    # On the wire: Slack replies carry the first message's ts, emails its Message-ID.
    def same(a: str, b: str) -> bool:  # mail headers may be folded over lines
        return "".join(str(a or "").split()) == "".join(str(b or "").split())

    for (person_id, channel), root in first.items():
        wire_ids = {root.address.lower()}
        records = [
            r
            for r in played.records()
            if str(r.get("recipient", "")).lower() in wire_ids and r["channel"] == channel
        ]
        records = [
            r
            for r in records
            if r.get("kind") == "message" and "digest" not in str(r.get("subject", "")).lower()
        ]
        # Slack's message id is "channel:ts" on our side and the ts on the wire.
        root_id = (
            root.provider_message_id.partition(":")[2] if channel == "slack" else root.provider_message_id
        )
        later = [r for r in records if not same(r.get("provider_id", ""), root_id)]
        if channel == "slack":
            ts = root.provider_message_id.partition(":")[2]
            off = [r for r in later if r.get("thread_ts") != ts]
            assert not off, (
                f"{root.stakeholder.name}: root {ts} ({root.kind}, alert #{root.alert_id})",
                [(r["id"], r["subject"][:60], r.get("provider_id"), r.get("thread_ts")) for r in off],
            )
        else:
            assert all(same(r.get("in_reply_to"), root.provider_message_id) for r in later), [
                (
                    r["recipient"],
                    r["subject"],
                    r.get("provider_id"),
                    r.get("in_reply_to"),
                    root.provider_message_id,
                )
                for r in later
            ]


def test_no_alert_is_left_open_and_everyone_told_gets_one_resolved_message(played, db_access):
    from collections import Counter

    from escalation.models import Alert

    with in_tenant(played.tenant):
        still_open = list(
            Alert.objects.exclude(state="resolved").values_list("pk", "title", "state", "crisis_id")
        )
    connection.set_schema_to_public()
    assert not still_open, still_open
    rows = _incident_messages(played)
    told = {
        n.stakeholder_id
        for n in rows
        if n.kind in ("page", "update") and n.channel in ("slack", "email", "sms")
    }
    resolved = Counter(n.stakeholder_id for n in rows if n.kind == "resolved")
    assert told and max(resolved.values(), default=0) == 1, resolved
    reachable = {n.stakeholder_id for n in rows if n.channel in ("slack", "email")}
    assert reachable <= set(resolved), (reachable, resolved)


def test_every_scenario_p0_and_p1_reached_someone_within_its_sla(played, db_access):
    """Whether it paged on its own or folded into its story's alert, every urgent event reached a
    person about its incident, at its severity or above, within the ACK SLA of its severity (a
    page sent before it, about the same incident, counts: that person was already on it)."""
    from datetime import timedelta as td

    from classification.models import Classification
    from escalation.models import Alert, Notification

    with in_tenant(played.tenant):
        urgent = list(Classification.objects.filter(severity__in=["P0", "P1"]).select_related("event"))
        misses = []
        for cls in urgent:
            alerts = [
                a
                for a in Alert.objects.all()
                if a.classification_id == cls.pk or cls.event_id in (a.details or {}).get("event_ids", [])
            ]
            if not alerts:
                misses.append((cls.pk, cls.event.text[:60], "no alert"))
                continue
            incident = {a.crisis_id for a in alerts if a.crisis_id}
            # Both stamps are the wall clock's (the platform clock runs ahead with the story).
            by = cls.created_at + td(minutes=DEMO_SLA_MINUTES[cls.severity])
            reached = Notification.objects.filter(
                _incident_q(alerts, incident),
                severity__in=["P0", cls.severity],
                status="sent",
                created_at__lte=by,
                stakeholder__isnull=False,
            ).exists()
            if not reached:
                misses.append((cls.pk, cls.event.text[:60], [a.pk for a in alerts]))
    connection.set_schema_to_public()
    assert urgent and not misses, misses


def _incident_q(alerts, crisis_ids):
    from django.db.models import Q

    return Q(alert__in=[a.pk for a in alerts]) | Q(alert__crisis_id__in=list(crisis_ids))
