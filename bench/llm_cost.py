"""Mean LLM cost per event on the demo stream, every LLM use together (issue 18: ≤ $0.002).

Usage: .venv/bin/python bench/llm_cost.py [--runs 1]

Sets up its own database (BENCH_DATABASE_URL, default crisisops_bench_llm_cost) with one tenant
seeded like the demo company (demo_seed: watch terms, people, playbooks, its past crisis), and a
local server speaking the Messages API (a thread of this process) that the platform's own code
calls through the anthropic SDK (ANTHROPIC_BASE_URL): the classification tier, the crisis summary
and the response planner, with every gate they pass in production (router, cache, breaker, PII
guard, the one budget of classification/llm_gateway.py).

The demo scenario (demo.scenarios.generate(7): the 716 items of `./run demo`, every channel's
texts sent as generic-intake payloads, in order, with the platform clock moved by each item's
offset) is stored through `ingestion.services.raw_events_store`; the hand-offs that follow
(ingestion → classification → crisis → response) run in this process, one after the other, as
the workers would. Escalation's hand-offs (pages) are counted and not run: they use no LLM.

What the server bills: input tokens = characters of the request's system prompt, messages and
tool definitions ÷ 3.5 (JSON and prompts tokenise denser than prose's ÷ 4), plus 313 tokens for
the tool-use system prompt of a forced tool call; output tokens = characters of the answer ÷ 3.5
plus 20. Prices: settings.CLASSIFICATION_LLM_PRICES (claude-haiku-4-5: $1 / $5 per million). The
answers are plausible and valid (severity from the text's words, no names), so every guard
passes and each call costs what a real one of that size would; how many calls there are is the
platform's decision (rules and model tiers first, the cache, once per crisis level).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ["DATABASE_URL"] = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/crisisops_bench_llm_cost"
)
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/13")
os.environ.setdefault("TEST_LOG_NAME", "bench-llm-cost")
os.environ.setdefault("CRISIS_ENV", "test")
os.environ["LOG_LEVEL"] = "WARNING"
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["ANTHROPIC_API_KEY"] = "bench-local-key"
os.environ["ANTHROPIC_MODEL"] = os.environ.get("BENCH_LLM_MODEL", "claude-haiku-4-5")

SCHEMA = "bench_llm"
CHARS_PER_TOKEN = 3.5
FORCED_TOOL_OVERHEAD = 313
ANSWER_OVERHEAD = 20

# --- the local Messages API ------------------------------------------------------------------

WORDS = [
    (r"breach|hack|leak|stolen|fraud|phish|card numbers", "P1", "security", "notify_security"),
    (r"lawsuit|sue|regulator|class action|fine\b", "P2", "legal", "notify_legal"),
    (
        r"down|outage|error|fail|crash|logged (me )?out|timeout|latency|5\d\d",
        "P2",
        "operational",
        "notify_operations",
    ),
    (r"boycott|scandal|disgrace|viral|outrage", "P2", "pr", "notify_comms"),
]


def _tokens(text: str) -> int:
    return int(len(text) / CHARS_PER_TOKEN) + 1


def _classify(prompt: str) -> dict:
    for pattern, severity, category, action in WORDS:
        if re.search(pattern, prompt, re.I):
            return {
                "severity": severity,
                "category": category,
                "confidence": 0.82,
                "rationale": f"the post reports a {category} problem customers can see",
                "named_entities": [],
                "recommended_action": action,
            }
    return {
        "severity": "P4",
        "category": "none",
        "confidence": 0.8,
        "rationale": "an everyday post with no sign of an incident",
        "named_entities": [],
        "recommended_action": "monitor",
    }


class MessagesAPI(BaseHTTPRequestHandler):
    requests: Counter[str] = Counter()
    lock = threading.Lock()

    def log_message(self, format, *args):  # quiet
        pass

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        billed = json.dumps(
            {"system": body.get("system"), "messages": body.get("messages"), "tools": body.get("tools")},
            ensure_ascii=False,
        )
        input_tokens = _tokens(billed)
        tools = body.get("tools") or []
        prompt = json.dumps(body.get("messages"), ensure_ascii=False)
        if tools:
            input_tokens += FORCED_TOOL_OVERHEAD
            name = tools[0]["name"]
            if name == "record_classification":
                answer = _classify(prompt)
            else:  # the response planner's suggestions
                answer = {
                    "steps": [],
                    "holding_statement": "We are aware of the reports and are looking into them "
                    "with urgency. We will share an update within the hour.",
                }
            content = [{"type": "tool_use", "id": "toolu_bench", "name": name, "input": answer}]
            text = json.dumps(answer)
        else:  # the crisis summary
            name = "summary"
            text = json.dumps(
                {
                    "summary": "Customers report a problem that is spreading across channels; "
                    "volume is well above the usual level and sentiment is falling.",
                    "holding_statement": "We are aware of the reports and are investigating. "
                    "We will share an update as soon as we know more.",
                }
            )
            content = [{"type": "text", "text": text}]
        with self.lock:
            self.requests[name] += 1
        reply = {
            "id": "msg_bench",
            "type": "message",
            "role": "assistant",
            "model": body.get("model"),
            "content": content,
            "stop_reason": "tool_use" if tools else "end_turn",
            "stop_sequence": None,
            "usage": {"input_tokens": input_tokens, "output_tokens": _tokens(text) + ANSWER_OVERHEAD},
        }
        data = json.dumps(reply).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def start_server() -> ThreadingHTTPServer:
    server = ThreadingHTTPServer(("127.0.0.1", 0), MessagesAPI)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    os.environ["ANTHROPIC_BASE_URL"] = f"http://127.0.0.1:{server.server_address[1]}"
    return server


# --- the stream -------------------------------------------------------------------------------


def ensure_database(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


RUN_HERE = ("ingestion.", "classification.", "crisis.", "response.")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=1, help="scenario runs (new ids each run)")
    args = parser.parse_args()

    server = start_server()
    ensure_database(os.environ["DATABASE_URL"])
    import django

    django.setup()
    from django.core.management import call_command
    from django.db.models import Count, Sum
    from django_tenants.utils import schema_context

    from classification.models import Classification, LLMCall
    from config.celery import app
    from config.handoffs import handoffs
    from crisis.models import Crisis
    from demo.scenarios import generate
    from demo.seed import demo_seed
    from ingestion.models import Event, Source
    from ingestion.services import raw_events_store
    from tenants import clock
    from tenants.models import Organization
    from tenants.redis import redis_client
    from tenants.services import organization_provision

    call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)
    if not Organization.objects.filter(schema_name=SCHEMA).exists():
        organization_provision(slug=SCHEMA, domain="bench-llm.localhost", name="Northwind Bank", region="eu")
    else:
        call_command("migrate_schemas", schema_name=SCHEMA, interactive=False, verbosity=0)
    redis_client().flushdb()  # this bench's own Redis db: no cache, breaker or feature state left
    clock.reset()

    queue: list[tuple[str, dict]] = []
    skipped: Counter[str] = Counter()
    ran: Counter[str] = Counter()

    def keep(task_name, kwargs, options):  # the broker, in this process
        queue.append((task_name, dict(kwargs)))

    app.loader.import_default_modules()  # every app's tasks, as a worker registers them
    handoffs.send = keep  # type: ignore[method-assign]

    def drain() -> None:
        while queue:
            name, kwargs = queue.pop(0)
            if name.startswith(RUN_HERE) and ".beat." not in name:
                app.tasks[name](**kwargs)
                ran[name] += 1
            else:
                skipped[name] += 1

    started = time.perf_counter()
    with schema_context(SCHEMA):
        demo_seed(schema=SCHEMA)
        source = Source.objects.get(slug="app-reviews")
        first_call = LLMCall.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        first_event = Event.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        items = 0
        for run in range(args.runs):
            scenario = generate(7, run=int(time.time()) % 100000 + run)
            last_t = 0.0
            batch: list[tuple[str, dict]] = []
            for item in scenario.items:
                if item.t - last_t >= 5 and batch:  # a batch per 5 s of the story, as pollers fetch
                    raw_events_store(source=source, payloads=batch)
                    drain()
                    batch = []
                clock.advance(item.t - last_t)
                last_t = item.t
                author = item.author
                batch.append(
                    (
                        f"llm-{run}-{item.seq}-{time.time_ns()}",
                        {
                            "text": item.text,
                            "title": item.title,
                            "occurred_at": clock.now().isoformat(),
                            "platform": "twitter" if item.channel == "x" else "other",
                            "author": {"id": author.id, "name": author.handle, "followers": author.followers}
                            if author
                            else {},
                        },
                    )
                )
                items += 1
            if batch:
                raw_events_store(source=source, payloads=batch)
                drain()

        events = Event.objects.filter(pk__gt=first_event).count()
        calls = LLMCall.objects.filter(pk__gt=first_call)
        by = {
            (r["purpose"], r["status"]): (r["n"], r["c"] or 0)
            for r in calls.values("purpose", "status").annotate(n=Count("id"), c=Sum("cost_usd"))
        }
        total = sum(c for _, c in by.values())
        tiers = Counter(
            Classification.objects.filter(event_id__gt=first_event).values_list("tier", flat=True)
        )
        crises = Crisis.objects.filter(events__pk__gt=first_event).distinct().count()
    wall = time.perf_counter() - started
    server.shutdown()

    print(
        f"demo stream: {items} items × {args.runs} run(s) → {events} events stored, {crises} crises; {wall:.0f} s wall"
    )
    print("classified by tier: " + ", ".join(f"{t} {n}" for t, n in tiers.most_common()))
    print("LLM calls (purpose/status: count, USD):")
    for (purpose, status), (n, cost) in sorted(by.items()):
        print(f"  {purpose}/{status}: {n}, ${cost:.6f}")
    print(
        "requests that reached the local server: "
        + ", ".join(f"{k} {v}" for k, v in MessagesAPI.requests.items())
    )
    per_event = total / events if events else 0
    print(f"LLM cost: ${total:.6f} in total; mean per event ${per_event:.6f} (target ≤ $0.002)")
    print("hand-offs run here: " + ", ".join(f"{k} {v}" for k, v in sorted(ran.items())))
    print("not run (no LLM): " + ", ".join(f"{k} {v}" for k, v in sorted(skipped.items())))


if __name__ == "__main__":
    main()
