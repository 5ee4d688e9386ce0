"""Fuzzy dedup: MinHash signatures with LSH banding in Redis, over a sliding time window.

Retweets, cross-posts and syndicated copies of one story are near-duplicates: the first one seen
in the window is the canonical event; later ones are stored with `canonical` set and only grow
its `duplicate_count` and reach.

1. Text is normalized (lower case, no "RT @user:" prefix, no URLs, punctuation collapsed) and
   cut into character 5-gram shingles; a datasketch `MinHash` (128 permutations) signs it.
2. The signature is split into 16 bands of 8 rows. Each band hashes to a Redis sorted set
   `dedup:<schema>:b:<band>:<hash>` whose members are RawEvent ids scored by the time they were
   indexed. Texts sharing any band are candidates (estimated Jaccard ≥ ~0.7 is likely to share one).
3. Candidates seen inside the window (or earlier in the same batch) are verified with their stored signature (estimated Jaccard
   ≥ `threshold`); the most similar one is the canonical.
4. Only canonical events are indexed, so a cluster is a star around its first event.

The index lives in Redis so every worker process shares it; a short Redis lock per tenant makes
query-then-insert atomic across workers. Any failure here means "unique": dedup is an
optimisation, never a reason to lose or hold an event.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import random
import re
import time
from dataclasses import dataclass
from typing import cast

import numpy as np
import redis
from datasketch import MinHash
from django.conf import settings

from tenants.redis import redis_client

logger = logging.getLogger(__name__)

NUM_PERM = 128
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE = 5
_SCHEME = "affine32"  # fixed, so signatures stored in Redis stay comparable across upgrades

_RT_PREFIX = re.compile(r"^\s*(?:rt\s+)?(?:@\w+\s*:?\s*)+", re.IGNORECASE)
_URL = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
_NON_WORD = re.compile(r"[^\w]+")


def normalize(text: str) -> str:
    """The text that decides near-duplication: no retweet prefix, URLs, case or punctuation."""
    text = _RT_PREFIX.sub("", text or "")
    text = _URL.sub(" ", text)
    return _NON_WORD.sub(" ", text.lower()).strip()


def content_hash(text: str) -> str:
    return hashlib.sha256(normalize(text).encode()).hexdigest()


def signature(text: str) -> np.ndarray:
    norm = normalize(text)
    if len(norm) <= SHINGLE:
        shingles = {norm}
    else:
        shingles = {norm[i : i + SHINGLE] for i in range(len(norm) - SHINGLE + 1)}
    mh = MinHash(num_perm=NUM_PERM, seed=7, permutations=_permutations(), scheme=_SCHEME)
    mh.update_batch([s.encode() for s in shingles])
    return mh.hashvalues.astype(np.uint64)


@functools.cache
def _permutations() -> np.ndarray:
    """MinHash's random permutations, generated once per process instead of per signature."""
    return MinHash(num_perm=NUM_PERM, seed=7, scheme=_SCHEME).permutations


def _band_keys(prefix: str, sig: np.ndarray) -> list[str]:
    keys = []
    for band in range(BANDS):
        chunk = sig[band * ROWS : (band + 1) * ROWS].tobytes()
        keys.append(f"{prefix}:b:{band}:{hashlib.blake2b(chunk, digest_size=8).hexdigest()}")
    return keys


@dataclass
class DedupItem:
    key: int  # RawEvent id
    text: str


class DedupIndex:
    """Near-duplicate lookup for one tenant, shared by every worker through Redis."""

    def __init__(self, *, schema: str, window_seconds: float | None = None, threshold: float | None = None):
        self.prefix = f"dedup:{schema}"
        self.window = float(window_seconds or settings.DEDUP_WINDOW_SECONDS)
        self.threshold = float(threshold or settings.DEDUP_THRESHOLD)

    def resolve(self, items: list[DedupItem], *, now: float | None = None) -> dict[int, int | None]:
        """For each item, the key of its canonical item (indexed earlier) or None if it is new.

        New items are indexed, so later items (of this batch too) can match them. Three Redis
        round trips per batch: band lookups, candidate signatures, inserts. Never raises: on any
        failure every item is reported new.
        """
        out: dict[int, int | None] = {item.key: None for item in items}
        if not items:
            return out
        now = time.time() if now is None else now
        try:
            client = redis_client()
            lock = client.lock(f"{self.prefix}:lock", timeout=30, blocking_timeout=5)
            locked = lock.acquire()
            try:
                out.update(self._resolve_batch(client, items, now))
            finally:
                if locked:
                    with contextlib.suppress(redis.exceptions.LockError):
                        lock.release()
        except Exception:
            logger.warning("dedup failed; treating the batch as unique", exc_info=True)
        return out

    def _resolve_batch(
        self, client: redis.Redis, items: list[DedupItem], now: float
    ) -> dict[int, int | None]:
        sigs = [signature(item.text) for item in items]
        band_keys = [_band_keys(self.prefix, sig) for sig in sigs]
        pipe = client.pipeline(transaction=False)
        for keys in band_keys:
            for key in keys:
                pipe.zrangebyscore(key, now - self.window, "+inf")
        members = pipe.execute()
        stored_candidates: list[set[int]] = []
        for i in range(len(items)):
            found = members[i * BANDS : (i + 1) * BANDS]
            stored_candidates.append({int(m) for ms in found for m in ms})
        every = sorted(set().union(*stored_candidates))
        known: dict[int, np.ndarray] = {}
        if every:
            for cand, raw in zip(every, client.mget([f"{self.prefix}:sig:{c}" for c in every]), strict=True):
                if raw is not None:
                    known[cand] = np.frombuffer(cast("bytes", raw), dtype=np.uint64)

        result: dict[int, int | None] = {}
        local_bands: dict[str, list[int]] = {}  # band key -> keys of this batch's new canonicals
        new: list[int] = []
        for item, sig, keys, cands in zip(items, sigs, band_keys, stored_candidates, strict=True):
            cands = set(cands)
            for key in keys:
                cands.update(local_bands.get(key, ()))
            cands.discard(item.key)
            best, best_score = None, 0.0
            for cand in sorted(cands):
                other = known.get(cand)
                if other is None:
                    continue
                score = float(np.mean(other == sig))
                if score >= self.threshold and score > best_score:
                    best, best_score = cand, score
            result[item.key] = best
            if best is None:
                known[item.key] = sig
                new.append(item.key)
                for key in keys:
                    local_bands.setdefault(key, []).append(item.key)
        if new:
            ttl = int(self.window) + 60
            pipe = client.pipeline(transaction=False)
            index = {item.key: (sig, keys) for item, sig, keys in zip(items, sigs, band_keys, strict=True)}
            for new_key in new:
                sig, keys = index[new_key]
                self._queue_index(pipe, new_key, sig, keys, now, ttl)
            pipe.execute()
        return result

    def _queue_index(self, pipe, key: int, sig: np.ndarray, keys: list[str], now: float, ttl: int) -> None:
        pipe.set(f"{self.prefix}:sig:{key}", sig.tobytes(), ex=ttl)
        for band_key in keys:
            pipe.zadd(band_key, {str(key): now})
            pipe.expire(band_key, ttl)
            # Lookups already ignore members older than the window; trimming them is only
            # housekeeping for busy bands, so do it now and then rather than on every insert.
            if random.random() < 0.05:
                pipe.zremrangebyscore(band_key, "-inf", now - self.window)

    def _index(self, client: redis.Redis, key: int, sig: np.ndarray, keys: list[str], now: float) -> None:
        pipe = client.pipeline(transaction=False)
        self._queue_index(pipe, key, sig, keys, now, int(self.window) + 60)
        pipe.execute()

    def replace(self, *, stale: int, item: DedupItem, now: float | None = None) -> None:
        """`stale` was indexed but its event never saved (its batch rolled back): index `item`
        as the cluster's canonical instead. Never raises."""
        now = time.time() if now is None else now
        try:
            client = redis_client()
            client.delete(f"{self.prefix}:sig:{stale}")
            sig = signature(item.text)
            self._index(client, item.key, sig, _band_keys(self.prefix, sig), now)
        except Exception:
            logger.warning("dedup replace failed", exc_info=True)

    def forget(self, keys: list[int]) -> None:
        """Drop items' signatures (a canonical whose Event was never saved): they stop matching."""
        if keys:
            try:
                redis_client().delete(*[f"{self.prefix}:sig:{k}" for k in keys])
            except Exception:
                logger.warning("dedup forget failed", exc_info=True)
