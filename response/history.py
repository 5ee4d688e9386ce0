"""Historical response search: the resolved crises of the tenant most similar to a crisis.

A crisis is represented by the centroid of the MiniLM embeddings (crisis.similarity: the encoder
the pipeline already loads) of its summary (AI summary, else the detector's explanation, with its
title) and its top events by reach, with the tenant's own names taken out. Resolved crises keep that
vector in `CrisisVector` (written when they resolve, backfilled by the sweep); a search is one
matrix-vector product in numpy over the tenant's rows — a tenant has hundreds of resolved
crises, and pgvector is not in this platform's apt sources (Debian bookworm), so a server
extension would buy nothing here.

Each match carries what a responder wants from history: its resolution note, time-to-resolve and
what worked (the tasks its plan got done, in the order they were done).
"""

from __future__ import annotations

import hashlib
import logging
import re
from typing import Any

import numpy as np

from classification.tiers.llm_guards import tenant_vocabulary
from crisis import similarity
from crisis.models import Crisis
from response.models import CrisisVector, ResponseTask
from tenants import clock

logger = logging.getLogger(__name__)

TOP_EVENTS = 5
ENCODER = "minilm-l6-int8"


def _own_names() -> re.Pattern[str] | None:
    """The tenant's own names (organisation, watch terms and aliases): every crisis of the tenant
    is about them, so they carry no signal and would make unrelated crises look alike (on the
    demo tenant a fee lawsuit scores 0.49 against the breach rumour with them, 0.22 without)."""
    names = sorted((n for n in tenant_vocabulary() if len(n) >= 3), key=len, reverse=True)
    if not names:
        return None
    return re.compile("|".join(rf"(?<!\w)[@#$]?{re.escape(n)}(?!\w)" for n in names), re.IGNORECASE)


def crisis_texts(crisis: Crisis) -> list[str]:
    """What a crisis is about, without the tenant's own names: its summary first, then its top
    events by reach."""
    summary = " ".join(x for x in (crisis.title, crisis.ai_summary or crisis.explanation) if x).strip()
    texts = [summary[:1000]]
    for event in crisis.events.order_by("-reach", "pk")[:TOP_EVENTS]:
        texts.append(f"{event.title} {event.text}".strip()[:1000])
    own = _own_names()
    texts = [re.sub(r"\s+", " ", own.sub(" ", t) if own else t).strip() for t in texts]
    return [t for t in texts if t] or [crisis.subject]


def crisis_vector(crisis: Crisis) -> tuple[np.ndarray, str] | None:
    """The crisis' vector and the hash of the texts it came from; None if the encoder is out."""
    texts = crisis_texts(crisis)
    vectors = similarity.embeddings([(None, t) for t in texts])
    if vectors is None:
        return None
    center = similarity.centroid(list(vectors.values()))
    if center is None:
        return None
    digest = hashlib.sha256("\n".join(texts).encode()).hexdigest()
    return center.astype(np.float32), digest


def vector_index(*, crisis: Crisis) -> bool:
    """Store the vector of a resolved crisis (again only if its texts changed). False when the
    encoder is unavailable (the sweep retries later)."""
    found = crisis_vector(crisis)
    if found is None:
        return False
    vector, digest = found
    CrisisVector.objects.update_or_create(
        crisis=crisis,
        defaults={
            "vector": vector.tobytes(),
            "text_hash": digest,
            "encoder": ENCODER,
            "computed_at": clock.now(),
        },
    )
    return True


def vectors_backfill(*, limit: int = 20) -> int:
    """Index resolved crises that have no vector yet (newest first). Returns how many."""
    indexed = set(CrisisVector.objects.values_list("crisis_id", flat=True))
    todo = (
        Crisis.objects.filter(status=Crisis.Status.RESOLVED, merged_into__isnull=True)
        .exclude(pk__in=indexed)
        .order_by("-resolved_at")[:limit]
    )
    return sum(1 for crisis in todo if vector_index(crisis=crisis))


def similar_resolved(
    *, crisis: Crisis, vector: np.ndarray, count: int, min_score: float
) -> list[dict[str, Any]]:
    """The `count` resolved crises closest to `vector` (cosine ≥ `min_score`), best first."""
    rows = list(
        CrisisVector.objects.filter(crisis__status=Crisis.Status.RESOLVED, crisis__merged_into__isnull=True)
        .exclude(crisis=crisis)
        .values_list("crisis_id", "vector")
    )
    if not rows or count <= 0:
        return []
    matrix = np.stack([np.frombuffer(bytes(v), dtype=np.float32) for _, v in rows])
    scores = matrix @ (vector / (float(np.linalg.norm(vector)) or 1.0))
    best = [i for i in np.argsort(-scores)[:count] if scores[i] >= min_score]
    ids = [rows[i][0] for i in best]
    crises = {c.pk: c for c in Crisis.objects.filter(pk__in=ids)}
    return [_match(crises[rows[i][0]], float(scores[i])) for i in best if rows[i][0] in crises]


def _match(crisis: Crisis, score: float) -> dict[str, Any]:
    worked = list(
        ResponseTask.objects.filter(plan__crisis=crisis, status=ResponseTask.Status.DONE)
        .order_by("done_at", "order")
        .values_list("title", flat=True)[:5]
    )
    seconds = (crisis.resolved_at - crisis.opened_at).total_seconds() if crisis.resolved_at else None
    return {
        "crisis_id": crisis.pk,
        "title": crisis.title,
        "category": crisis.category,
        "peak_level": crisis.peak_level,
        "similarity": round(score, 3),
        "opened_at": crisis.opened_at.isoformat(),
        "resolution_note": crisis.resolution_note,
        "time_to_resolve_seconds": round(seconds) if seconds is not None else None,
        "what_worked": worked,
    }
