"""Story grouping: which incident an event, an alert or a subject's opening belongs to.

A story is an incident (`Crisis`) as grouping sees it: its subjects (and those an "always" rule
links to them), the subjects co-mentioned with them since its build-up began, its category and
the texts of its top linked events. An event (a `Probe`) belongs to a story when

1. their categories do not conflict (two specific
   categories of different families: a fee lawsuit is not part of a payments outage; security
   and operational are one family by default, `GroupingConfig.related_categories`);
2. and something ties it to the story:
   - a shared subject ("Is my Northwind card safe?" names the bank of the breach story);
   - a subject co-mentioned with the story's, or no subject at all (a monitoring alert, a log
     line), with the same category family;
   - or, for a co-mentioned subject, none, or another subject of the same brand with the same
     category family ("Is my Northwind app safe?" in the story of "Is my Northwind card safe?"),
     text: a near copy of one of its events (MinHash) or MiniLM cosine to its events' centroid
     above the threshold. Text alone never ties posts about unrelated subjects (another brand,
     a competitor, a subject a "never" rule keeps apart).

A subject's opening joins a story when at least `join_share` of its recent evidence belongs to it
and what does not belong is too little to be a story of its own (fewer than the detector's
`min_mentions` events), unless a "never" rule keeps the subject out of it; otherwise it is an
incident of its own, whose evidence is what belongs to no other story. Everything here reads;
crisis.services, crisis.story_services and crisis.live write.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import numpy as np

from crisis import similarity
from crisis.models import Crisis, CrisisEvent
from crisis.tenant_config import GroupingSettings, grouping_settings

SPECIFIC = frozenset({"security", "operational", "legal", "safety"})
EVIDENCE_LIMIT = 80
STORY_TEXTS = 30
CO_MENTION_SCAN = 5000


@dataclass(frozen=True)
class Probe:
    """An event as grouping sees it."""

    event_id: int | None
    subjects: frozenset[str]
    category: str
    text: str


def probe_of(event) -> Probe:
    cls = getattr(event, "classification", None)
    return Probe(
        event_id=event.pk,
        subjects=frozenset(event.subjects or ()),
        category=cls.category if cls is not None else "",
        text=f"{event.title} {event.text}".strip()[:1000],
    )


@dataclass
class Story:
    """An incident as grouping sees it (`crisis` None: a forming story, an event alert's)."""

    crisis: Crisis | None
    name: str
    subjects: frozenset[str]
    co_mentioned: frozenset[str]
    category: str
    texts: list[tuple[int, str]]
    categories: dict[int, str] = field(default_factory=dict)  # of the events in `texts`
    _center: Any = field(default=None, repr=False)
    _centered: bool = field(default=False, repr=False)

    def center(self, vectors: dict[int, np.ndarray]) -> np.ndarray | None:
        if not self._centered:
            self._center = similarity.centroid([vectors[i] for i, _ in self.texts if i in vectors])
            self._centered = True
        return self._center


def family(category: str, cfg: GroupingSettings) -> str:
    for group in cfg.related_categories:
        if category in group:
            return "+".join(sorted(group))
    return category


def relation(a: str, b: str, cfg: GroupingSettings) -> str:
    """ "same" (one family), "conflict" (two specific categories of different families) or
    "neutral" (either says nothing specific: pr, none, unknown)."""
    if a not in SPECIFIC or b not in SPECIFIC:
        return "neutral"
    return "same" if family(a, cfg) == family(b, cfg) else "conflict"


def story_of(crisis: Crisis, cfg: GroupingSettings | None = None) -> Story:
    """The crisis as a story (three queries: co-mentions, top linked events)."""

    cfg = cfg or grouping_settings()
    subjects = set(crisis.story_subjects)
    subjects |= {s for pair in cfg.always if pair & subjects for s in pair}
    since = (crisis.first_event_at or crisis.opened_at) - timedelta(seconds=cfg.lead_seconds)
    linked = list(
        CrisisEvent.objects.filter(crisis=crisis)
        .select_related("event__classification")
        .order_by("-event__reach", "-event_id")[:STORY_TEXTS]
    )
    return Story(
        crisis=crisis,
        name=crisis.subject,
        subjects=frozenset(subjects),
        co_mentioned=co_mentioned(subjects, since=since, cfg=cfg),
        category=crisis.category or "",
        texts=[(ce.event_id, f"{ce.event.title} {ce.event.text}".strip()[:1000]) for ce in linked],
        categories={
            ce.event_id: ce.event.classification.category
            for ce in linked
            if getattr(ce.event, "classification", None) is not None
        },
    )


def co_mentioned(subjects: set[str], *, since: datetime, cfg: GroupingSettings) -> frozenset[str]:
    """Subjects named together with one of `subjects` in at least `co_mention_min_events` events
    since `since` ("my Northwind card, after the Northwind Bank breach" ties the card to the bank)."""
    from ingestion.models import Event

    if not subjects:
        return frozenset()
    counts: Counter[str] = Counter()
    rows = Event.objects.filter(subjects__overlap=sorted(subjects), occurred_at__gte=since)
    for row in rows.values_list("subjects", flat=True)[:CO_MENTION_SCAN]:
        counts.update(s for s in set(row or ()) if s not in subjects)
    return frozenset(s for s, n in counts.items() if n >= cfg.co_mention_min_events)


# --- Membership -------------------------------------------------------------------------------


def _judge(probe: Probe, story: Story, cfg: GroupingSettings) -> tuple[str, str]:
    """("yes" | "no" | "text", reason): "text" is left to similarity."""
    rel = relation(probe.category, story.category, cfg)
    if rel == "conflict":
        return "no", f"category {probe.category} is not {story.category}"
    direct = sorted(probe.subjects & story.subjects)
    if direct:
        return "yes", f"names {direct[0]}"
    co = sorted(probe.subjects & story.co_mentioned)
    if rel == "same" and co:
        return "yes", f"names {co[0]}, co-mentioned with {story.name}, and is {probe.category}"
    if rel == "same" and not probe.subjects:
        return "yes", f"names no subject and is {probe.category}, like the story"
    if co or not probe.subjects:
        return "text", co[0] if co else ""
    kin = _kin(probe.subjects, story.subjects, cfg)
    if rel == "same" and kin:
        return "text", kin
    # Subjects are the first partition: text alone never ties two unrelated subjects' posts.
    return "no", "names none of the story's subjects"


def _kin(subjects: frozenset[str], story_subjects: frozenset[str], cfg: GroupingSettings) -> str:
    """A subject of the same brand as one of the story's ("northwind-app" and "northwind-card"
    are both Northwind Bank's), unless a "never" rule keeps the two apart; '' when none is."""
    for a in sorted(subjects):
        family = cfg.family(a)
        for b in sorted(story_subjects):
            if family and family == cfg.family(b) and not cfg.linked(a, b, mode="never"):
                return f"{a}, like {b} a subject of {family}"
    return ""


def split(
    probes: list[Probe], story: Story, cfg: GroupingSettings | None = None
) -> tuple[list[tuple[Probe, str]], list[Probe]]:
    """(probes that belong, with why; probes that do not). Text similarity is computed only for
    probes the cheap checks left open, in one batch."""
    cfg = cfg or grouping_settings()
    belong: list[tuple[Probe, str]] = []
    rest: list[Probe] = []
    open_: list[tuple[Probe, str, str]] = []
    for probe in probes:
        verdict, why = _judge(probe, story, cfg)
        if verdict == "yes":
            belong.append((probe, why))
        elif verdict == "no":
            rest.append(probe)
        else:
            open_.append((probe, verdict, why))
    if not open_:
        return belong, rest
    story_texts = [t for _, t in story.texts]
    vectors: dict[int, np.ndarray] | None = None
    for probe, _, tie in open_:
        near = similarity.minhash_similarity(probe.text, story_texts)
        if near >= cfg.minhash_threshold:
            belong.append((probe, f"near copy of one of its events (Jaccard {near:.2f})"))
            continue
        if vectors is None:
            vectors = (
                similarity.embeddings([*story.texts, *((p.event_id, p.text) for p, _, _ in open_)]) or {}
            )
        vector = vectors.get(probe.event_id) if probe.event_id is not None else None
        cos = similarity.cosine(vector, story.center(vectors)) if vector is not None else 0.0
        if cos >= cfg.similarity_threshold:
            about = f", names {tie}" if tie else ""
            belong.append((probe, f"close by text (cosine {cos:.2f}{about})"))
        else:
            rest.append(probe)
    return belong, rest


def _candidates(*, at: datetime, cfg: GroupingSettings, exclude: int | None = None) -> list[Crisis]:
    """Unresolved incidents, then those resolved within the reopen window (newest first)."""
    open_ = list(Crisis.objects.exclude(status=Crisis.Status.RESOLVED).order_by("opened_at"))
    recent = list(
        Crisis.objects.filter(
            status=Crisis.Status.RESOLVED,
            merged_into__isnull=True,
            resolved_at__gte=at - timedelta(seconds=cfg.reopen_window_seconds),
        ).order_by("-resolved_at")
    )
    return [c for c in open_ + recent if c.pk != exclude]


# --- Decisions --------------------------------------------------------------------------------


@dataclass
class Placement:
    """Where a subject's opening (or raise) goes: a story to join or reopen, or None for an
    incident of its own; `event_ids` are the evidence that belongs there (to link)."""

    crisis: Crisis | None
    reason: str
    event_ids: list[int]
    share: float = 0.0
    judged: bool = True  # False when the subject had no evidence to judge (volume only)
    rest: list[Probe] = field(default_factory=list)  # evidence that does not belong there


def evidence(*, event_ids: list[int]) -> list[Probe]:
    """The subject's window as the detector counted it (its feature store's events of the last
    two buckets, by reach), as probes: classified canonical events that say something (category
    not none). Read by id: an event's arrival is what counted, whatever its timestamps say."""
    from ingestion.models import Event

    events = (
        Event.objects.filter(pk__in=list(event_ids)[:EVIDENCE_LIMIT], classification__isnull=False)
        .exclude(classification__category="none")
        .select_related("classification")
        .order_by("-reach", "-pk")
    )
    return [probe_of(e) for e in events]


def placement(
    *,
    subject: str,
    at: datetime,
    event_ids: list[int],
    min_events: int,
    current: Crisis | None = None,
) -> Placement:
    """Where the subject's window (`event_ids`: crisis.stories.evidence) belongs: the story with the largest share of
    its evidence, if that share is at least `join_share` and the rest is too small to be a story
    (unresolved stories first, then those resolved within the reopen window); else an incident of
    its own. With `current` (the incident the subject drives), that story is kept unless less
    than `join_share` of the evidence belongs to it and the rest is enough to be another story."""
    cfg = grouping_settings()
    probes = evidence(event_ids=event_ids)
    if not cfg.enabled:
        return Placement(
            current, "story grouping is off", [p.event_id for p in probes if p.event_id], judged=False
        )
    candidates = _candidates(at=at, cfg=cfg)
    best: Placement | None = None
    claimed: set[int] = set()
    stay: Placement | None = None
    if current is not None:
        candidates = [c for c in candidates if c.pk != current.pk]
        if not probes:
            return Placement(current, "nothing but volume to judge", [], 1.0, judged=False)
        belong, rest = split(probes, story_of(current, cfg), cfg)
        share = len(belong) / len(probes)
        stay = Placement(
            current, "still its story", [p.event_id for p, _ in belong if p.event_id], share, rest=rest
        )
        if share >= cfg.join_share or len(rest) < min_events:
            return stay  # most of it is still this story, or the rest is too little to be another
        claimed.update(p.event_id for p, _ in belong if p.event_id)
    for crisis in candidates:
        if any(cfg.linked(subject, s, mode="never") for s in crisis.story_subjects):
            continue  # a grouping rule keeps this subject out of that story
        story = story_of(crisis, cfg)
        if any(cfg.linked(subject, s, mode="always") for s in story.subjects):
            ids = [p.event_id for p in probes if p.event_id]
            return Placement(crisis, f"a grouping rule ties {subject} to {crisis.subject}", ids, 1.0)
        if not probes:
            # Nothing said but volume: a subject of the story is the story.
            if subject in story.subjects and best is None:
                best = Placement(crisis, f"{subject} is a subject of this story", [], 1.0, judged=False)
            continue
        belong, rest = split(probes, story, cfg)
        claimed.update(p.event_id for p, _ in belong if p.event_id)
        share = len(belong) / len(probes)
        if share < cfg.join_share or len(rest) >= min_events:
            continue
        if best is None or share > best.share:
            top = Counter(why for _, why in belong).most_common(1)[0][0]
            reason = f"{len(belong)} of its {len(probes)} recent events belong to it (e.g. {top})"
            best = Placement(crisis, reason, [p.event_id for p, _ in belong if p.event_id], share)
    if best is not None:
        return best
    if not probes:
        return Placement(None, "", [], judged=False)
    own = [p.event_id for p in probes if p.event_id and p.event_id not in claimed]
    if not candidates and current is None:
        return Placement(None, "", own)  # no other story to tell it from
    return Placement(None, f"{len(own)} of its {len(probes)} recent events belong to no open story", own)


def story_for_event(*, event, exclude_resolved: bool = True) -> tuple[Crisis, str] | None:
    """The unresolved incident whose story this event belongs to, and why (None: no story).
    A shared subject wins over category and text when several stories claim it."""
    cfg = grouping_settings()
    if not cfg.enabled:
        return None
    probe = probe_of(event)
    found: list[tuple[int, Crisis, str]] = []
    for crisis in Crisis.objects.exclude(status=Crisis.Status.RESOLVED).order_by("-opened_at"):
        story = story_of(crisis, cfg)
        belong, _ = split([probe], story, cfg)
        if belong:
            why = belong[0][1]
            rank = 0 if why.startswith("names ") and "co-mentioned" not in why else 1
            found.append((rank, crisis, why))
    if not found:
        return None
    _, crisis, why = min(found, key=lambda f: f[0])
    return crisis, why
