"""The demo company's history: one resolved security crisis of five weeks ago, with its plan
and what worked, so the live scenario's breach rumour finds a similar past crisis.

These are records of the past, written as rows (idempotently, keyed by the crisis' title), not
through the lifecycle services: replaying them would page people and plan anew today.
"""

from __future__ import annotations

from datetime import timedelta

from crisis.models import Crisis, Level, TimelineEntry
from escalation.models import Stakeholder
from escalation.seeding import SeedResult
from response import history
from response.models import ResponsePlan, ResponseTask
from tenants import clock

TITLE = "Northwind card: card numbers on a paste site"
DAYS_AGO = 37
SUMMARY = (
    "Customers posted that Northwind card numbers and expiry dates had appeared on a paste site and "
    "feared a data breach at the bank; fraud alerts, frozen cards and angry posts followed, and a "
    "fintech newsletter asked whether the bank had been hacked. The numbers came from a compromised "
    "online merchant (card skimming), not from the bank's systems."
)
RESOLUTION = (
    "Not a breach of our systems: the card numbers came from a compromised online merchant. Affected "
    "cards reissued within 24 h, customer FAQ and support macro published, regulator notification not "
    "required (legal review)."
)
# (title, owner, minutes after opening it was done)
TASKS = (
    ("Confirm the scope with the security on-call", "Sam Okafor", 20),
    ("Holding statement approved by the PR lead", "Priya Shah", 35),
    ("Customer support macro published", "Priya Shah", 50),
    ("Check logs and monitoring for signs of compromise", "Lena Kowalski", 55),
    ("Decide on card reissue and password resets", "Tomas Reyes", 90),
    ("Legal review of the disclosure duty", "Daniel Evans", 120),
)


def history_seed(result: SeedResult) -> Crisis:
    opened = clock.now() - timedelta(days=DAYS_AGO)
    resolved = opened + timedelta(hours=5, minutes=40)
    crisis = Crisis.objects.filter(title=TITLE, status=Crisis.Status.RESOLVED).first()
    created = crisis is None
    crisis = crisis or Crisis(title=TITLE, opened_at=opened, resolved_at=resolved)
    crisis.subject = "northwind-card"
    crisis.subjects = ["northwind-card", "northwind-bank"]
    crisis.level, crisis.peak_level, crisis.status = Level.OK, Level.HIGH, Crisis.Status.RESOLVED
    crisis.severity, crisis.category = "P1", "security"
    crisis.score = 0.21
    crisis.explanation = "volume 5.1× usual, sentiment falling, crisis keywords (leak, fraud, breach)"
    crisis.ai_summary = SUMMARY
    crisis.holding_statement = (
        "We are aware of reports about Northwind card numbers online. Our systems have not been breached; "
        "we are reissuing the affected cards and will contact every customer concerned."
    )
    crisis.resolution_note = RESOLUTION
    crisis.first_event_at = crisis.opened_at - timedelta(minutes=9)
    crisis.acknowledged_at = crisis.opened_at + timedelta(minutes=4)
    crisis.save()
    result.note("past_crises", created)
    if created:
        _timeline(crisis)
    _plan(crisis, result)
    history.vector_index(crisis=crisis)  # best effort: the sweep indexes it otherwise
    return crisis


def _timeline(crisis: Crisis) -> None:
    at, resolved = crisis.opened_at, crisis.resolved_at or crisis.opened_at
    rows = [
        (at, TimelineEntry.Kind.OPENED, "system", f"Crisis opened at high: {crisis.explanation}"),
        (at + timedelta(minutes=4), TimelineEntry.Kind.ACK, "sam.okafor@northwindbank.example", "Acknowledged via slack"),
        (at + timedelta(minutes=70), TimelineEntry.Kind.NOTE, "priya.shah@northwindbank.example",
         "Merchant confirmed the compromise; FAQ live, support macro in use."),
        (resolved, TimelineEntry.Kind.RESOLVED, "tomas.reyes@northwindbank.example", f"Resolved: {RESOLUTION}"),
    ]  # fmt: skip
    for when, kind, actor, message in rows:
        TimelineEntry.objects.create(crisis=crisis, at=when, kind=kind, actor=actor, message=message)


def _plan(crisis: Crisis, result: SeedResult) -> None:
    plan, created = ResponsePlan.objects.update_or_create(
        crisis=crisis,
        defaults={
            "status": ResponsePlan.Status.READY,
            "level": Level.HIGH,
            "category": "security",
            "playbooks": [
                {"id": None, "name": "Security incident", "category": "security", "min_level": "high"}
            ],
            "requested_at": crisis.opened_at,
            "ready_at": crisis.opened_at + timedelta(seconds=1),
            "build_ms": 640.0,
        },
    )
    result.note("past_plans", created)
    people = {p.name: p for p in Stakeholder.objects.filter(name__in=[o for _, o, _ in TASKS])}
    for i, (title, owner, minutes) in enumerate(TASKS):
        done = crisis.opened_at + timedelta(minutes=minutes)
        task, task_created = ResponseTask.objects.update_or_create(
            plan=plan,
            key=f"history:{i}",
            defaults={
                "order": i + 1,
                "title": title,
                "owner": people.get(owner),
                "owner_role": people[owner].role if owner in people else "",
                "owner_how": "seeded history",
                "due_at": crisis.opened_at + timedelta(minutes=15 * (i + 1)),
                "status": ResponseTask.Status.DONE,
                "status_changed_at": done,
                "done_at": done,
            },
        )
        if task_created:
            TimelineEntry.objects.create(
                crisis=crisis,
                at=done,
                kind=TimelineEntry.Kind.RESPONSE,
                actor=owner,
                message=f"Task '{title}': Open → Done",
                data={"task_id": task.pk, "from": "open", "to": "done"},
            )
