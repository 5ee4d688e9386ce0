"""The detector settings of the current tenant: its `DetectorConfig` row, per-subject overrides
(`SubjectOverride`) and crisis keywords (`CrisisKeyword`); and its story grouping
(`GroupingConfig`, `SubjectLink`). Read from the database and cached for a few seconds, so an
admin's change takes effect within `CONFIG_CACHE_SECONDS`."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import Any

from django.db import connection

from crisis.features import KeywordMatcher
from crisis.models import CrisisKeyword, DetectorConfig, GroupingConfig, SubjectLink, SubjectOverride
from crisis.score import DetectorSettings

CONFIG_CACHE_SECONDS = 10.0
_config_cache: dict[str, tuple[float, dict[str, Any], dict[str, dict[str, Any]], KeywordMatcher]] = {}

CONFIG_FIELDS = [f.name for f in DetectorSettings.__dataclass_fields__.values() if f.name != "muted"]


def tenant_config() -> tuple[dict[str, Any], dict[str, dict[str, Any]], KeywordMatcher]:
    """The tenant's detector config (admin row), subject overrides and crisis keywords, cached
    per schema for `CONFIG_CACHE_SECONDS` (every evaluation reads them)."""
    schema = connection.schema_name
    cached = _config_cache.get(schema)
    if cached and cached[0] > time.monotonic():
        return cached[1], cached[2], cached[3]
    row = DetectorConfig.objects.order_by("pk").first()
    base: dict[str, Any] = {}
    if row is not None:
        base = {name: getattr(row, name) for name in CONFIG_FIELDS if hasattr(row, name)}
        base["weights"] = {**DetectorSettings().weights, **(row.weights or {})}
    overrides = {
        o.subject: {**(o.settings or {}), **({"muted": True} if o.muted else {})}
        for o in SubjectOverride.objects.all()
    }
    rows = list(CrisisKeyword.objects.filter(enabled=True).values_list("phrase", "weight"))
    matcher = KeywordMatcher(dict(rows)) if rows else KeywordMatcher.default()
    _config_cache[schema] = (time.monotonic() + CONFIG_CACHE_SECONDS, base, overrides, matcher)
    return base, overrides, matcher


def config_cache_clear() -> None:
    _config_cache.clear()
    _settings_memo.clear()
    _grouping_cache.clear()


_settings_memo: dict[tuple[str, float, str], DetectorSettings] = {}


def detector_settings(subject: str) -> DetectorSettings:
    """Tenant config (admin) overlaid with the subject's override (memoised with the config)."""
    base, overrides, _ = tenant_config()
    key = (connection.schema_name, _config_cache[connection.schema_name][0], subject)
    cached = _settings_memo.get(key)
    if cached is not None:
        return cached
    if len(_settings_memo) > 50000:
        _settings_memo.clear()
    _settings_memo[key] = resolved = _resolve_settings(base, overrides, subject)
    return resolved


def _resolve_settings(base, overrides, subject: str) -> DetectorSettings:
    data = dict(base)
    override = overrides.get(subject) or {}
    if override:
        data.update({k: v for k, v in override.items() if k != "weights"})
        if "weights" in override:
            data["weights"] = {**data.get("weights", DetectorSettings().weights), **override["weights"]}
    return DetectorSettings.from_dict(data) if data else DetectorSettings()


# --- Story grouping ---------------------------------------------------------------------------


@dataclass(frozen=True)
class GroupingSettings:
    """`GroupingConfig` as story grouping reads it (times in seconds), plus the subject links."""

    enabled: bool = True
    reopen_window_seconds: float = 1440 * 60
    lead_seconds: float = 3600
    co_mention_min_events: int = 3
    join_share: float = 0.5
    similarity_threshold: float = 0.5
    minhash_threshold: float = 0.5
    related_categories: tuple[frozenset[str], ...] = (frozenset({"security", "operational"}),)
    fold_event_alerts: bool = True
    auto_merge: bool = True
    always: frozenset[frozenset[str]] = field(default_factory=frozenset)
    never: frozenset[frozenset[str]] = field(default_factory=frozenset)
    # subject -> the brand it belongs to ("northwind-card" -> "northwind-bank"), from watch terms
    families: dict[str, str] = field(default_factory=dict)

    def linked(self, a: str, b: str, *, mode: str) -> bool:
        pairs = self.always if mode == SubjectLink.Mode.ALWAYS else self.never
        return frozenset((a, b)) in pairs

    def family(self, subject: str) -> str:
        return self.families.get(subject, "")


_grouping_cache: dict[str, tuple[float, GroupingSettings]] = {}


def grouping_settings() -> GroupingSettings:
    """The tenant's story grouping, cached per schema for `CONFIG_CACHE_SECONDS`."""
    schema = connection.schema_name
    cached = _grouping_cache.get(schema)
    if cached and cached[0] > time.monotonic():
        return cached[1]
    row = GroupingConfig.objects.order_by("pk").first() or GroupingConfig()
    links = list(SubjectLink.objects.values_list("subject_a", "subject_b", "mode"))
    settings = GroupingSettings(
        enabled=row.enabled,
        reopen_window_seconds=row.reopen_window_minutes * 60.0,
        lead_seconds=row.lead_minutes * 60.0,
        co_mention_min_events=row.co_mention_min_events,
        join_share=row.join_share,
        similarity_threshold=row.similarity_threshold,
        minhash_threshold=row.minhash_threshold,
        related_categories=tuple(frozenset(group) for group in (row.related_categories or []) if group),
        fold_event_alerts=row.fold_event_alerts,
        auto_merge=row.auto_merge,
        always=frozenset(frozenset((a, b)) for a, b, m in links if m == SubjectLink.Mode.ALWAYS),
        never=frozenset(frozenset((a, b)) for a, b, m in links if m == SubjectLink.Mode.NEVER),
        families=subject_families(),
    )
    _grouping_cache[schema] = (time.monotonic() + CONFIG_CACHE_SECONDS, settings)
    return settings


def subject_families() -> dict[str, str]:
    """Which brand each watched subject belongs to: a brand is its own family, and a term whose
    name or alias contains a brand's name or alias as words ("Northwind card" holds "Northwind")
    belongs to that brand. Executives and tickers name no brand and stay alone, as do a
    competitor's brand and products (their names hold another brand)."""
    from ingestion.models import WatchTerm

    terms = list(WatchTerm.objects.filter(enabled=True).values_list("slug", "name", "kind", "aliases"))
    brands = [
        (slug, [name, *(aliases or [])])
        for slug, name, kind, aliases in terms
        if kind == WatchTerm.Kind.BRAND
    ]
    patterns = [
        (
            slug,
            re.compile(
                r"(?<!\w)(?:"
                + "|".join(re.escape(n.lstrip("@$#")) for n in names if len(n) >= 3)
                + r")(?!\w)",
                re.I,
            ),
        )
        for slug, names in brands
    ]
    families = {slug: slug for slug, _ in brands}
    for slug, name, _kind, aliases in terms:
        if slug in families:
            continue
        words = [name, *(aliases or [])]
        owners = {brand for brand, pattern in patterns if any(pattern.search(w) for w in words)}
        if len(owners) == 1:  # a term naming two brands (a co-branded card) belongs to neither
            families[slug] = owners.pop()
    return families
