"""Later judgements on open stories (crisis.stories' rules, applied by the live loop and the
minute sweep): two unresolved incidents that turned out to be one story, and a second story on a
subject beside the incident it drives."""

from __future__ import annotations

from collections import Counter

from crisis import similarity
from crisis.models import Crisis
from crisis.stories import SPECIFIC, STORY_TEXTS, Probe, Story, family, probe_of, relation, split, story_of
from crisis.tenant_config import grouping_settings

SECOND_STORY_MARGIN = 0.1  # how much closer than a join the rest may be and still be another story


def merges_due(*, min_events: int) -> list[tuple[Crisis, Crisis, str]]:
    """Pairs (older, newer) of unresolved incidents that turned out to be one story: most of the
    newer one's linked events belong to the older one, and the rest is too small to be a story."""
    from ingestion.models import Event

    cfg = grouping_settings()
    if not (cfg.enabled and cfg.auto_merge):
        return []
    crises = list(Crisis.objects.exclude(status=Crisis.Status.RESOLVED).order_by("opened_at", "pk"))
    out: list[tuple[Crisis, Crisis, str]] = []
    merged: set[int] = set()
    for i, older in enumerate(crises):
        if older.pk in merged:
            continue
        story: Story | None = None
        for newer in crises[i + 1 :]:
            if newer.pk in merged:
                continue
            if any(
                cfg.linked(a, b, mode="never") for a in older.story_subjects for b in newer.story_subjects
            ):
                continue
            if any(
                cfg.linked(a, b, mode="always") for a in older.story_subjects for b in newer.story_subjects
            ):
                out.append((older, newer, "a grouping rule ties their subjects"))
                merged.add(newer.pk)
                continue
            events = (
                Event.objects.filter(crises=newer, classification__isnull=False)
                .exclude(classification__category="none")
                .select_related("classification")
                .order_by("-reach")[:STORY_TEXTS]
            )
            probes = [probe_of(e) for e in events]
            if not probes:
                continue
            story = story or story_of(older, cfg)
            belong, rest = split(probes, story, cfg)
            if len(belong) / len(probes) >= cfg.join_share and len(rest) < min_events:
                top = Counter(why for _, why in belong).most_common(1)[0][0]
                out.append((older, newer, f"{len(belong)} of its {len(probes)} events belong (e.g. {top})"))
                merged.add(newer.pk)
    return out


def second_story(*, rest: list[Probe], story: Story, evidence: int, min_events: int) -> str | None:
    """Whether what does not belong to a subject's current story is a story of its own beside it
    (a fee lawsuit on the bank while its payments outage goes on), and what it is about; None when
    it is only scattered posts. It must be at least `min_events` events and a fifth of the
    evidence, mostly of one specific category family, and unlike the current story's text (so a
    breach post that says "class action incoming" stays the breach's)."""
    cfg = grouping_settings()
    if not cfg.enabled or len(rest) < max(min_events, 0.2 * evidence):
        return None
    families = Counter(family(p.category, cfg) for p in rest if p.category in SPECIFIC)
    if not families:
        return None
    top, n = families.most_common(1)[0]
    if n < 0.6 * len(rest):
        return None
    # The story as its own events tell it: not the rest's posts, nor those of a conflicting
    # category, which may have been linked to it before the two stories could be told apart.
    rest_ids = {p.event_id for p in rest}
    own = [
        (i, t)
        for i, t in story.texts
        if i not in rest_ids and relation(story.categories.get(i, ""), story.category, cfg) != "conflict"
    ]
    if not own:
        return top
    vectors = similarity.embeddings([*own, *((p.event_id, p.text) for p in rest)])
    if vectors:
        # Posts of one story sit close to its centroid (~0.8 for the demo's outage posts); another
        # story's posts about the same brand much less so (~0.5 for the fee lawsuit's), although
        # the two centroids are not far apart (0.56): judge the posts, not the centroids.
        own_center = similarity.centroid([vectors[i] for i, _ in own if i in vectors])
        closeness = [
            similarity.cosine(vectors[p.event_id], own_center) for p in rest if p.event_id in vectors
        ]
        if closeness and sum(closeness) / len(closeness) >= cfg.similarity_threshold + SECOND_STORY_MARGIN:
            return None
    elif similarity.minhash_similarity(" ".join(p.text for p in rest[:5]), [t for _, t in own]) >= 0.2:
        return None
    return top


def top_terms(probes: list[Probe], limit: int = 4) -> list[str]:
    """The words a group of posts is about (crisis.features.terms_of, counted over the group)."""
    from crisis.features import terms_of

    counts: Counter[str] = Counter()
    for p in probes:
        counts.update(set(terms_of(p.text, 8)))
    return [t for t, _ in counts.most_common(limit)]
