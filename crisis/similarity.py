"""Text similarity for story grouping, from what the pipeline already computes.

- MinHash (`ingestion.dedup.signature`, the 128-permutation signatures of the dedup stage): the
  estimated Jaccard of two texts' character shingles. High only for near copies (a retweet with a
  comment, a syndicated article), so it is the cheap, certain check.
- MiniLM (`classification.tiers.model.embed`, the encoder of the model tier): cosine of the
  mean-pooled, L2-normalised sentence embeddings. "About the same thing" in other words: two
  posts about a card-data breach score ~0.6, a breach post and a fee lawsuit ~0.3.

Embeddings are computed only when a grouping decision needs them (an open incident and an event
whose subjects and category did not decide), for at most a few dozen texts, and cached per event
id in Redis for the detector's lateness horizon, so a decision costs one Redis round trip once
its events were seen. If the encoder cannot load, text similarity is MinHash alone: grouping never
fails because of it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import cast

import numpy as np
from django.db import connection

from tenants.redis import redis_client

logger = logging.getLogger(__name__)

EMBEDDING_TTL_SECONDS = 6 * 3600
DIM = 384
_encoder_failed = False


def minhash_similarity(text: str, others: Sequence[str]) -> float:
    """The highest estimated Jaccard between `text` and any of `others` (0 when empty)."""
    from ingestion.dedup import signature

    if not text or not others:
        return 0.0
    sig = signature(text)
    return max(float(np.mean(sig == signature(other))) for other in others)


def _key(event_id: int) -> str:
    return f"crisis:emb:{connection.schema_name}:{event_id}"


def _encode(texts: list[str]) -> np.ndarray | None:
    global _encoder_failed
    if _encoder_failed or not texts:
        return None
    from classification.ml.encoder import EncoderSpec
    from classification.tiers.model import ModelUnavailable, embed

    try:
        return embed(texts, spec=EncoderSpec(quantized=True))
    except ModelUnavailable:
        # Once per process: the package is missing or broken, MinHash decides from now on.
        logger.warning("story grouping: MiniLM unavailable, text similarity uses MinHash only", exc_info=True)
        _encoder_failed = True
        return None


def embeddings(items: Sequence[tuple[int | None, str]]) -> dict[int, np.ndarray] | None:
    """Embeddings by event id (items without an id are keyed by their negative position).
    None when the encoder is unavailable."""
    keyed = [(eid if eid is not None else -(i + 1), text) for i, (eid, text) in enumerate(items)]
    out: dict[int, np.ndarray] = {}
    cached_ids = [k for k, _ in keyed if k > 0]
    r = redis_client()
    if cached_ids:
        for k, raw in zip(cached_ids, r.mget([_key(k) for k in cached_ids]), strict=True):
            if raw:
                out[k] = np.frombuffer(cast("bytes", raw), dtype=np.float16).astype(np.float32)
    missing = [(k, t) for k, t in keyed if k not in out]
    if missing:
        vectors = _encode([t for _, t in missing])
        if vectors is None:
            return None
        pipe = r.pipeline(transaction=False)
        for (k, _), v in zip(missing, vectors, strict=True):
            out[k] = v
            if k > 0:
                pipe.set(_key(k), v.astype(np.float16).tobytes(), ex=EMBEDDING_TTL_SECONDS)
        pipe.execute()
    return out


def centroid(vectors: Sequence[np.ndarray]) -> np.ndarray | None:
    if not vectors:
        return None
    c = np.mean(np.stack(vectors), axis=0)
    norm = float(np.linalg.norm(c))
    return c / norm if norm else None


def cosine(vector: np.ndarray, center: np.ndarray | None) -> float:
    if center is None:
        return 0.0
    norm = float(np.linalg.norm(vector))
    return float(vector @ center / norm) if norm else 0.0
