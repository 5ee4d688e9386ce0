"""The review queue humans can keep up with: a daily budget per tenant, most valuable first.

The router marks doubtful answers as review candidates with an expected value (uncertainty ×
severity × reach). Per tenant and UTC day (`ReviewPolicy`):

1. budget = min(daily_cap, max(daily_minimum, ⌊budget_share × classifications created today⌋)),
   counting every review item created today (pending or decided, doubts and samples alike); the
   minimum keeps room for a quiet tenant's first doubts of the day (10 % of 3 events is none);
2. candidates of a batch are admitted by value, highest first, while the budget has room and the
   value is worth a look (≥ min_value);
3. when the budget is full, a candidate worth more than the least valuable doubt still pending from
   today takes its place: that item is released (its event keeps the machine answer);
4. a deterministic `sample_share` of the answers nobody doubted is drawn as quality samples, if the
   budget still has room — they keep rule precision and model quality measured on unbiased data.
Paging never waits for any of this: a possible P0/P1 was already paged by the router.

Admission runs under a per-tenant advisory lock, so concurrent workers never overspend the budget.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from classification.models import Classification, ReviewItem, ReviewPolicy, RulePrecision, Tier
from classification.router import SOURCE_RULE, Decision
from tenants import clock

_LOCK_KEY = 0x5E7_1E77  # advisory lock id of the review budget (per schema via a second key)


@dataclass
class Admission:
    queued: dict[int, ReviewItem]  # classification id -> new item
    released: list[dict]  # review_item_id, classification_id, event_id of each released item


def review_policy() -> ReviewPolicy:
    policy = ReviewPolicy.objects.order_by("pk").first()
    return policy if policy is not None else ReviewPolicy.objects.create()


def review_budget(*, policy: ReviewPolicy) -> tuple[int, int]:
    """(items allowed today, items already created today)."""
    start = _today()
    classified = Classification.objects.filter(created_at__gte=start).count()
    used = ReviewItem.objects.filter(created_at__gte=start).count()
    share = int(policy.budget_share * classified)
    allowed = min(int(policy.daily_cap), max(int(policy.daily_minimum), share))
    return allowed, used


def review_items_admit(*, pairs: list[tuple[Classification, Decision]]) -> Admission:
    """Queue the most valuable doubts of today (this batch's and earlier ones that found no room
    yet) and quality samples, within today's budget.

    Call after the batch's Classifications are saved. Takes a transaction-scoped advisory lock.
    """
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_advisory_xact_lock(%s, hashtext(%s))", [_LOCK_KEY, connection.schema_name]
            )
        policy = review_policy()
        allowed, used = review_budget(policy=policy)
        batch = {cls.pk for cls, _ in pairs}
        backlog = list(
            Classification.objects.filter(
                created_at__gte=_today(),
                review_value__gte=policy.min_value,
                review_value__gt=0,  # doubts only: an undoubted answer has no review value
                review__isnull=True,
            )
            .exclude(pk__in=batch)
            .exclude(tier=Tier.HUMAN)
            .order_by("-review_value")[: max(allowed - used, 0) + len(pairs)]
        )
        doubts = sorted(
            [(c, c.review_value) for c, d in pairs if d.needs_review and d.review_value >= policy.min_value]
            + [(c, c.review_value) for c in backlog],
            key=lambda cv: -cv[1],
        )
        weakest = list(
            ReviewItem.objects.filter(
                status=ReviewItem.Status.PENDING, kind=ReviewItem.Kind.DOUBT, created_at__gte=_today()
            ).order_by("value", "created_at")[: len(doubts)]
        )
        plan = plan_admission(
            values=[v for _, v in doubts], room=allowed - used, pending=[item.value for item in weakest]
        )
        released = [_release(weakest[k]) for k in range(plan.release)]
        queued: dict[int, ReviewItem] = {}
        for k in plan.queue:
            cls = doubts[k][0]
            queued[cls.pk] = _create(cls, ReviewItem.Kind.DOUBT, _reasons(cls))
        room = allowed - used - len(queued) + len(released)
        for cls, d in pairs:
            if room <= 0:
                break
            if cls.pk not in queued and not d.needs_review and _sampled(cls.event_id, policy.sample_share):
                queued[cls.pk] = _create(cls, ReviewItem.Kind.SAMPLE, "quality sample")
                room -= 1
        for cls, _ in doubts:
            flag = cls.pk in queued
            review_state = {
                **(cls.tier_opinions.get("review") or {}),
                "value": cls.review_value,
                "queued": flag,
            }
            opinions = {**cls.tier_opinions, "review": review_state}
            Classification.objects.filter(pk=cls.pk).update(needs_review=flag, tier_opinions=opinions)
            cls.needs_review, cls.tier_opinions = flag, opinions
    return Admission(queued, released)


@dataclass
class Plan:
    queue: list[int]  # indexes into the candidate values, most valuable first
    release: int  # how many of the least valuable pending doubts make room


def plan_admission(*, values: list[float], room: int, pending: list[float]) -> Plan:
    """Most valuable first: fill the free room with the best candidates (``values`` sorted high to
    low); then each further candidate worth more than the weakest pending doubt (``pending``
    sorted low to high) takes its place. Pure, so the offline benchmark runs the same rule."""
    queue: list[int] = []
    release = 0
    for k, value in enumerate(values):
        if room > 0:
            queue.append(k)
            room -= 1
        elif release < len(pending) and pending[release] < value:
            queue.append(k)
            release += 1
    return Plan(queue, release)


def _reasons(cls: Classification) -> str:
    reasons = (cls.tier_opinions.get("review") or {}).get("reasons") or []
    return "; ".join(reasons) or "doubtful answer"


def _create(cls: Classification, kind: str, reason: str) -> ReviewItem:
    return ReviewItem.objects.create(
        classification=cls,
        kind=kind,
        value=cls.review_value,
        reason=reason[:200],
        proposed_severity=cls.severity,
        proposed_category=cls.category,
        proposed_tier=cls.tier,
    )


def _release(item: ReviewItem) -> dict:
    """A pending doubt makes room for a more valuable one: the event keeps its machine answer."""
    cls = item.classification
    opinions = {**cls.tier_opinions, "review": {"value": item.value, "queued": False, "released": True}}
    Classification.objects.filter(pk=cls.pk).update(needs_review=False, tier_opinions=opinions)
    released = {"review_item_id": item.pk, "classification_id": cls.pk, "event_id": cls.event_id}
    item.delete()
    return released


def _sampled(event_id: int, share: float) -> bool:
    digest = hashlib.sha256(f"quality-sample:{event_id}".encode()).digest()
    return int.from_bytes(digest[:4], "big") / 2**32 < share


def _today():
    return clock.now().replace(hour=0, minute=0, second=0, microsecond=0)


def rule_precision_record(*, opinion: dict, final_severity: str) -> RulePrecision | None:
    """A reviewed event counts for the rule that decided the rules tier's answer (whichever tier
    answered in the end): right when the reviewer's severity equals the rules answer."""
    rule = (opinion or {}).get("rule") or ""
    if not rule or rule == SOURCE_RULE:
        return None
    category = rule.split(":", 1)[0]
    row, _ = RulePrecision.objects.get_or_create(
        rule=rule, defaults={"category": category, "severity": opinion.get("severity", "P3")}
    )
    correct = int(opinion.get("severity") == final_severity)
    RulePrecision.objects.filter(pk=row.pk).update(
        reviewed_n=F("reviewed_n") + 1,
        reviewed_correct=F("reviewed_correct") + correct,
        updated_at=timezone.now(),
    )
    row.refresh_from_db()
    return row


def rule_precision_sync() -> int:
    """Copy the committed labelled figures into this tenant's RulePrecision rows (reviewed figures
    are kept). Returns how many rules carry labelled figures."""
    from classification.tiers.lexicon import DEFAULT_LEXICON
    from classification.trust import COMMITTED_FIGURES, load_committed

    entries = {e.key: e for e in DEFAULT_LEXICON}
    figures = load_committed()
    source = COMMITTED_FIGURES.name
    for rule, (n, ok) in figures.items():
        entry = entries.get(rule)
        RulePrecision.objects.update_or_create(
            rule=rule,
            defaults={
                "category": entry.category if entry else rule.split(":", 1)[0],
                "severity": entry.severity if entry else "P3",
                "labelled_n": n,
                "labelled_correct": ok,
                "labelled_source": source,
            },
        )
    return len(figures)
