"""Response-planning test kit: a tenant configured like a small crisis desk (people with roles,
a security team with its on-call rotation, policies, routing, the starter playbooks), crises
opened through the crisis stage's own service, and the hand-offs they send run in this process
as a worker would (the live tests use a real worker instead).

Local servers (Slack, SMTP, the Anthropic Messages API) come from the escalation and
classification test kits.
"""

from __future__ import annotations

import hashlib
import itertools
import uuid
from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from django.db import connection

from config.celery import app
from crisis.models import Crisis
from crisis.services import crisis_open, crisis_resolve
from escalation.models import EscalationStep, Stakeholder
from escalation.seeding import (
    EscalationSetup,
    PersonSpec,
    PolicySpec,
    RotationSpec,
    RuleSpec,
    StepSpec,
    TeamSpec,
    escalation_setup_apply,
)
from ingestion.models import Event, RawEvent, Source
from response.seeding import playbooks_apply
from tenants import clock
from tests.classification.conftest import anthropic, llm_requests, tool_answer  # noqa: F401  (fixtures)
from tests.escalation.conftest import configure_channels, drain, smtp, smtp_server, wire  # noqa: F401

Target = EscalationStep.Target
_seq = itertools.count()

PEOPLE = (
    PersonSpec("oncall", "Sam Secops", "Security on-call engineer", "sam@a.test", "+15550001001", "U0SAM", ("slack", "email")),
    PersonSpec("oncall2", "Lena Logs", "Security engineer", "lena@a.test", "+15550001002", "U0LENA", ("slack", "email")),
    PersonSpec("pr", "Priya Press", "Head of Communications (PR lead)", "priya@a.test", "+15550001003", "", ("email",)),
    PersonSpec("legal", "Dan Law", "Legal counsel", "dan@a.test", "+15550001004", "", ("email",)),
    PersonSpec("ciso", "Cleo Ciso", "CISO", "cleo@a.test", "+15550001005", "U0CLEO", ("email",)),
    PersonSpec("ceo", "Hal Chief", "CEO", "hal@a.test", "+15550001006", "", ("email",)),
)  # fmt: skip

SETUP = EscalationSetup(
    people=PEOPLE,
    teams=(
        TeamSpec("security", "Security", ("oncall", "oncall2", "ciso")),
        TeamSpec("communications", "Communications", ("pr",)),
    ),
    rotations=(RotationSpec("Security on-call", team="security", members=("oncall", "oncall2")),),
    policies=(
        PolicySpec(
            "security-incident",
            "Security incident",
            (
                StepSpec(Target.ON_CALL, rotation="Security on-call"),
                StepSpec(Target.STAKEHOLDERS, people=("ciso",)),
            ),
        ),
        PolicySpec("default", "Default", (StepSpec(Target.STAKEHOLDERS, people=("pr",)),)),
    ),
    rules=(
        RuleSpec("Security", "security-incident", 10, ("P0", "P1", "P2"), ("security",)),
        RuleSpec("Default", "default", 1000, is_default=True),
    ),
    slas={"P0": 5, "P1": 5, "P2": 30, "P3": 240, "P4": None},
)


@pytest.fixture(autouse=True)
def _clock_reset():
    clock.reset()
    yield
    clock.reset()


@pytest.fixture(scope="session", autouse=True)
def _encoder_warm():
    """Load the MiniLM encoder once, as a `respond` worker does when it starts
    (`warm_up_on_start`): a plan's budget (10 s) is not spent on the model load of the first test."""
    from response.tasks import _load_encoder

    _load_encoder()


@pytest.fixture
def desk(in_a) -> dict[str, Stakeholder]:
    """Tenant A as a small crisis desk with the starter playbooks; the people by key."""
    people = escalation_setup_apply(setup=SETUP)
    playbooks_apply()
    return people


@dataclass
class Handoffs:
    """Tasks handed to the broker after commit, run here as a worker would run them.

    The test transaction never commits, so `flush()` runs the on-commit callbacks registered so
    far (what a commit would run, in order)."""

    sent: list[tuple[str, dict]] = field(default_factory=list)
    done: int = 0

    def flush(self) -> list[tuple[str, dict]]:
        while self.done < len(connection.run_on_commit):
            callback = connection.run_on_commit[self.done][1]
            self.done += 1
            callback()
        return self.sent

    def named(self, name: str) -> list[dict]:
        return [kw for n, kw in self.flush() if n == name]

    def run(self, *names: str) -> list[object]:
        """Run every captured task with one of these names (and those they hand off in turn),
        once each, in the order sent."""
        results, ran = [], 0
        while True:
            pending = [(i, n, kw) for i, (n, kw) in enumerate(self.flush()) if i >= ran]
            if not pending:
                return results
            ran = len(self.sent)
            for _, name, kwargs in pending:
                if name in names:
                    results.append(app.tasks[name](**kwargs))


@pytest.fixture
def handoffs(monkeypatch, in_a) -> Handoffs:
    app.loader.import_default_modules()
    captured = Handoffs(done=len(connection.run_on_commit))

    def send_task(name, args=None, kwargs=None, **options):
        captured.sent.append((name, dict(kwargs or {})))

    monkeypatch.setattr(app, "send_task", send_task)
    return captured


def post(
    text: str, *, subject: str, severity: str = "P1", category: str = "security", reach: int = 1000
) -> Event:
    """A classified event in the tenant's schema."""
    from classification.models import Classification

    src, _ = Source.objects.get_or_create(slug="resp-feed", defaults={"name": "feed", "kind": "generic"})
    ext = f"{uuid.uuid4().hex}-{next(_seq)}"
    raw = RawEvent.objects.create(source=src, external_id=ext, payload={"text": text})
    event = Event.objects.create(
        raw_event=raw,
        source=src,
        platform="twitter",
        external_id=ext,
        text=text,
        occurred_at=clock.now(),
        reach=reach,
        subjects=[subject],
        content_hash=hashlib.sha256(ext.encode()).hexdigest(),
    )
    Classification.objects.create(
        event=event, severity=severity, category=category, confidence=0.9, tier="rules", sentiment=-0.7
    )
    return event


BREACH = (
    "Is there a data breach at the bank? People on reddit say card numbers leaked",
    "My card details showed up on a paste site. Anyone else? Is this a breach?",
    "Just froze my debit card. If there's a breach I want to hear it from the bank, not from twitter",
    "The bank hack looks bad. Check your statements people, fraud on my card this morning",
)


def open_crisis(
    *,
    subject: str = "acme-bank",
    level: str = "high",
    texts=BREACH,
    severity: str = "P1",
    category: str = "security",
) -> Crisis:
    """A crisis opened by the crisis stage's own service, on events of its story."""
    events = [post(t, subject=subject, severity=severity, category=category) for t in texts]
    result = {
        "score": 0.7,
        "explanation": "volume 6× usual, sentiment falling, keywords breach, fraud",
        "signals": {},
    }
    return crisis_open(subject=subject, level=level, result=result, event_ids=[e.pk for e in events])


def resolved_crisis(
    handoffs: Handoffs,
    *,
    subject: str,
    title: str,
    summary: str,
    note: str,
    texts=(),
    hours: float = 3.0,
    category: str = "security",
    done: tuple[str, ...] = (),
) -> Crisis:
    """A crisis of the past: opened, planned, some tasks done, resolved by a person (which
    indexes it for the historical search)."""
    from response.models import ResponseTask
    from response.services import task_set_status

    crisis = open_crisis(subject=subject, level="high", texts=texts or (summary,), category=category)
    Crisis.objects.filter(pk=crisis.pk).update(
        title=title, ai_summary=summary, opened_at=clock.now() - timedelta(hours=hours)
    )
    handoffs.run("response.plan_crisis")
    for task_title in done:
        task_set_status(task=ResponseTask.objects.get(plan__crisis=crisis, title=task_title), status="done")
    crisis.refresh_from_db()
    crisis = crisis_resolve(crisis=crisis, note=note)
    handoffs.run("response.crisis_resolved")
    return crisis
