"""Baselines: what a normal window of a subject looks like at this hour of the week.

Hourly counters (the Postgres batch `HourlyRollup` live; the memory store's hourly counters in a
replay) over the last `baseline_max_days` days give, for the hour being scored:

1. the same hour of the week (Monday 9:00 vs previous Mondays 9:00) when ≥ 3 weeks exist;
2. else the same hour of the day (9:00 vs the previous days' 9:00) when ≥ 3 days exist;
3. blended with a conservative global prior while the subject has < `baseline_min_days` of history
   (a brand-new subject is scored against the prior alone).

Hourly figures are scaled to the evaluation window (mean × W/3600, std × √(W/3600)); the scorer adds
a Poisson floor (std ≥ √mean) so a quiet subject needs a real burst, not two stray posts.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping
from datetime import datetime, timedelta

from django.db import connection
from django.db.models import Min

from crisis.features import MemoryFeatureStore, from_ts, hour_of
from crisis.models import HourlyRollup
from crisis.score import Baseline, DetectorSettings

Counters = Mapping[str, float]


def baseline_from_hourly(hourly: Mapping[int, Counters], *, now_ts: float, cfg: DetectorSettings) -> Baseline:
    now_h = hour_of(now_ts)
    past = [h for h in hourly if h < now_h and (hourly[h].get("n", 0) or 0) > 0]
    first_h = min(past) if past else None
    history_days = 0 if first_h is None else min((now_h - first_h) // 24, cfg.baseline_max_days)

    def mentions(h: int) -> float:
        return float(hourly.get(h, {}).get("n", 0.0) or 0.0)

    same_hod = [now_h - 24 * d for d in range(1, history_days + 1)]
    same_how = [h for h in same_hod if (now_h - h) % 168 == 0]
    if len(same_how) >= 3:
        hours, basis = same_how, "hour-of-week"
    elif len(same_hod) >= 3:
        hours, basis = same_hod, "hour-of-day"
    else:
        hours, basis = same_hod, "prior"
    values = [mentions(h) for h in hours]
    emp_mean = statistics.fmean(values) if values else 0.0
    emp_std = statistics.pstdev(values) if len(values) > 1 else emp_mean

    alpha = min(1.0, history_days / max(cfg.baseline_min_days, 1)) if basis != "prior" else 0.0
    mean_h = alpha * emp_mean + (1 - alpha) * cfg.prior_hourly_mean
    std_h = alpha * emp_std + (1 - alpha) * cfg.prior_hourly_std
    if basis != "prior" and alpha < 1.0:
        basis = "blend"

    lookback = [h for h in hourly if now_h - 24 * cfg.baseline_max_days <= h < now_h]
    neg = sum(float(hourly[h].get("neg", 0.0) or 0.0) for h in lookback)
    classified = sum(float(hourly[h].get("nc", 0.0) or 0.0) for h in lookback)
    reach = [float(hourly.get(h, {}).get("reach", 0.0) or 0.0) for h in hours] or [0.0]
    platforms: dict[str, float] = {}
    for h in hours:
        for k, v in hourly.get(h, {}).items():
            if k.startswith("p:"):
                platforms[k[2:]] = platforms.get(k[2:], 0.0) + float(v)
    f = cfg.window_seconds / 3600.0
    return Baseline(
        mean=mean_h * f,
        std=std_h * f**0.5,
        negative_ratio=neg / classified if classified >= 20 else 0.2,
        reach=statistics.fmean(reach) * f,
        platform_means={p: v / max(len(hours), 1) * f for p, v in platforms.items()},
        basis=basis,
        days=history_days,
    )


class MemoryBaselines:
    """Baselines for a replay: the memory store's own hourly counters stand in for the batch."""

    def __init__(self, store: MemoryFeatureStore) -> None:
        self.store = store
        self._cache: dict[tuple[str, int, int], Baseline] = {}

    def get(self, subject: str, now_ts: float, cfg: DetectorSettings) -> Baseline:
        key = (subject, hour_of(now_ts), cfg.window_seconds)
        if key not in self._cache:
            self._cache[key] = baseline_from_hourly(self.store.hourly(subject), now_ts=now_ts, cfg=cfg)
        return self._cache[key]


_db_cache: dict[tuple[str, str, int, int], Baseline] = {}


class DbBaselines:
    """Live baselines from `HourlyRollup`, cached per (tenant, subject, hour) in the process."""

    def get(self, subject: str, now_ts: float, cfg: DetectorSettings) -> Baseline:
        key = (connection.schema_name, subject, hour_of(now_ts), cfg.window_seconds)
        cached = _db_cache.get(key)
        if cached is not None:
            return cached
        since = from_ts(hour_of(now_ts) * 3600) - timedelta(days=cfg.baseline_max_days, hours=1)
        rows = HourlyRollup.objects.filter(subject=subject, hour__gte=since).values_list(
            "hour", "mentions", "classified", "negative", "reach", "platforms"
        )
        hourly: dict[int, dict[str, float]] = {}
        for hour, n, nc, neg, reach, platforms in rows:
            counters = {"n": n, "nc": nc, "neg": neg, "reach": reach}
            counters.update({f"p:{p}": v for p, v in (platforms or {}).items()})
            hourly[hour_of(hour.timestamp())] = counters
        if hourly and min(hourly) > hour_of(since.timestamp()) + 24:
            # History may start before the lookback: the subject's first rollup says how old it is.
            first = HourlyRollup.objects.filter(subject=subject).aggregate(first=Min("hour"))["first"]
            if first is not None and first < since:
                hourly.setdefault(hour_of(since.timestamp()), {"n": 0.0001})
        if len(_db_cache) > 20000:
            _db_cache.clear()
        _db_cache[key] = baseline = baseline_from_hourly(hourly, now_ts=now_ts, cfg=cfg)
        return baseline


def baseline_cache_clear() -> None:
    _db_cache.clear()


# --- Hourly batch -----------------------------------------------------------------------------

_ROLLUP_SQL = """
SELECT s.subject,
       date_trunc('hour', e.occurred_at) AS hour,
       e.platform,
       coalesce(c.severity, '') AS severity,
       count(*) AS mentions,
       count(c.id) AS classified,
       sum(CASE WHEN c.sentiment <= %s THEN 1 ELSE 0 END) AS negative,
       coalesce(sum(c.sentiment), 0) AS sentiment_sum,
       sum(CASE WHEN c.keywords IS NOT NULL AND jsonb_array_length(c.keywords) > 0 THEN 1 ELSE 0 END) AS kw,
       coalesce(sum(greatest(e.reach, e.author_followers)), 0) AS reach,
       sum(CASE WHEN e.author_verified THEN 1 ELSE 0 END) AS verified
FROM ingestion_event e
CROSS JOIN LATERAL unnest(
    CASE WHEN cardinality(e.subjects) > 0 THEN e.subjects
         ELSE (SELECT p.subjects FROM ingestion_event p WHERE p.id = e.canonical_id) END
) AS s(subject)
LEFT JOIN classification_classification c ON c.event_id = e.id
WHERE e.occurred_at >= %s AND e.occurred_at < %s
GROUP BY 1, 2, 3, 4
"""


def rollups_compute(*, since, until) -> int:
    """Recompute `HourlyRollup` rows for whole hours in [since, until) from the tenant's events
    (canonical and near-duplicate rows both count as mentions). Idempotent: rows are replaced.
    Returns the number of (subject, hour) rows written."""
    from crisis.features import NEGATIVE_SENTIMENT
    from tenants import clock

    since = since.replace(minute=0, second=0, microsecond=0)
    with connection.cursor() as cursor:
        cursor.execute(_ROLLUP_SQL, [NEGATIVE_SENTIMENT, since, until])
        rows = cursor.fetchall()
    merged: dict[tuple[str, datetime], dict] = {}
    for subject, hour, platform, severity, n, nc, neg, sent, kw, reach, ver in rows:
        agg = merged.setdefault(
            (subject, hour),
            {
                "mentions": 0,
                "classified": 0,
                "negative": 0.0,
                "sentiment_sum": 0.0,
                "keyword_hits": 0,
                "reach": 0,
                "verified": 0,
                "platforms": {},
                "severities": {},
            },
        )
        agg["mentions"] += n
        agg["classified"] += nc
        agg["negative"] += float(neg or 0)
        agg["sentiment_sum"] += float(sent or 0)
        agg["keyword_hits"] += int(kw or 0)
        agg["reach"] += int(reach or 0)
        agg["verified"] += int(ver or 0)
        agg["platforms"][platform] = agg["platforms"].get(platform, 0) + n
        if severity:
            agg["severities"][severity] = agg["severities"].get(severity, 0) + nc
    now = clock.now()
    objs = [HourlyRollup(subject=s, hour=h, computed_at=now, **agg) for (s, h), agg in merged.items()]
    HourlyRollup.objects.bulk_create(
        objs,
        update_conflicts=True,
        unique_fields=["subject", "hour"],
        update_fields=[
            "mentions",
            "classified",
            "negative",
            "sentiment_sum",
            "keyword_hits",
            "reach",
            "verified",
            "platforms",
            "severities",
            "computed_at",
        ],
        batch_size=500,
    )
    baseline_cache_clear()
    return len(objs)
