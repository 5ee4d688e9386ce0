"""One story, one alert: the entry points of the earlier stages and what keeps an incident's
alerts together.

- `alert_trigger_for_crisis`: one alert per crisis level (`crisis:<id>:<level>`), routed on the
  story's severity, category, sources and subjects. Before it opens, the open P0/P1 event alerts
  of the crisis' story are adopted (their crisis is set), so the people they paged count as paged
  for the incident; once it opens, the crisis' other open alerts are folded into it (their events
  join its list) or superseded, and resolved.
- `alert_trigger_for_classification`: a P0/P1 event. If it belongs to the story of an open
  crisis (crisis.stories) it folds into that crisis' alert: the count and the top events grow,
  the Slack messages already sent are refreshed, and everyone told gets an update instead of a
  page (a higher severity pages the first tier again: a level change). Before a crisis exists it
  folds into an open event alert of the same forming story. Otherwise it pages at once.
- `alerts_resolve_for_crisis`: the crisis resolved — every alert attached to it resolves, and
  each person told gets one "resolved" message in their thread.
- `alerts_move_to_crisis`: two crises merged — the source's alerts follow the target.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.db import transaction

from config.celery import enqueue
from crisis import stories
from crisis.models import Crisis, TimelineEntry
from crisis.tenant_config import grouping_settings
from crisis.timeline import timeline_append
from escalation import guardrails, metrics, paging
from escalation.models import Alert, Notification
from escalation.services import (
    EVENT_ALERT_SEVERITIES,
    LEVEL_SEVERITY,
    SEVERITY_RANK,
    alert_resolve,
    alert_trigger,
    severity_changed,
)
from escalation.timeline import alert_broadcast, alert_timeline
from tenants import clock

TOP_EVENTS = 10  # shown with the alert
EVENT_IDS = 1000  # every event of the story the alert carries, for its history and ground truth


def _event_row(event, classification) -> dict[str, Any]:
    return {
        "event_id": event.pk,
        "severity": classification.severity,
        "category": classification.category,
        "text": guardrails.quotable((event.title or event.text or "")[:200]),
        "source": event.source.slug if event.source_id else "",
        "url": event.url,
        "at": (event.occurred_at or clock.now()).isoformat(),
    }


def _open_alerts(crisis) -> list[Alert]:
    return list(
        Alert.objects.filter(crisis=crisis)
        .exclude(state=Alert.State.RESOLVED)
        .order_by("-triggered_at", "-pk")
    )


# --- A crisis level ---------------------------------------------------------------------------


def alert_trigger_for_crisis(*, crisis, level: str) -> tuple[Alert, bool] | None:
    """One alert per crisis level; a higher level supersedes open lower-level alerts."""
    if crisis.status == "resolved":
        return None
    severity = crisis.severity if crisis.severity in SEVERITY_RANK else LEVEL_SEVERITY.get(level)
    if severity is None:
        return None
    alerts_adopt_story(crisis=crisis)
    sources = list(crisis.sources or [])
    alert, created = alert_trigger(
        dedup_key=f"crisis:{crisis.pk}:{level}",
        title=f"{level.upper()}: {crisis.title}",
        severity=severity,
        category=crisis.category or "",
        subject=crisis.subject,
        subjects=crisis.story_subjects,
        source=sources[0] if sources else "",
        sources=sources,
        summary=crisis.explanation,
        details={
            "level": level,
            "score": crisis.score,
            "signals": crisis.signals,
            "explanation": crisis.explanation,
            "reopened": crisis.reopened_count,
        },
        crisis=crisis,
    )
    if created:
        for older in _open_alerts(crisis):
            if older.pk == alert.pk:
                continue
            if older.classification_id is not None or older.dedup_key.endswith(":events"):
                _fold_into(alert, older)
            else:
                alert_resolve(alert=older, via="crisis", note=f"superseded by {level} alert #{alert.pk}")
    return alert, created


def _fold_into(target: Alert, folded: Alert) -> None:
    """An event alert of the story ends in the crisis' alert: its events join the target's list,
    it resolves ("folded"), and the thread it started goes on under the incident."""
    with transaction.atomic():
        locked = Alert.objects.select_for_update().get(pk=target.pk)
        events = list((folded.details or {}).get("events") or [])
        locked.details = {
            **(locked.details or {}),
            "events": _merge_events(events, locked.details),
            "event_ids": _event_ids(locked.details, *_event_ids(folded.details)),
        }
        locked.trigger_count += folded.trigger_count
        locked.save(update_fields=["details", "trigger_count", "updated_at"])
        # Messages still on their way (a page not sent yet, one held for quiet hours) carry on as
        # the incident's: the target's first tier already counted them as sent pages.
        Notification.objects.filter(
            alert=folded, status__in=(Notification.Status.PENDING, Notification.Status.HELD)
        ).update(alert=locked)
    alert_resolve(alert=folded, via="crisis", note=f"folded into alert #{target.pk} of its crisis")


def _merge_events(new: list[dict], details: dict | None) -> list[dict]:
    seen: set[int] = set()
    merged = []
    for row in [*new, *((details or {}).get("events") or [])]:
        if row.get("event_id") in seen:
            continue
        seen.add(row.get("event_id"))
        merged.append(row)
    merged.sort(key=lambda r: r.get("at", ""), reverse=True)  # newest first…
    merged.sort(key=lambda r: SEVERITY_RANK.get(r.get("severity", ""), 9))  # …within the most severe first
    return merged[:TOP_EVENTS]


def _event_ids(details: dict | None, *more: int) -> list[int]:
    """Every event the alert carries (its list of top events holds only the first few)."""
    details = details or {}
    known = [int(x) for x in details.get("event_ids") or []]
    known += [int(r["event_id"]) for r in details.get("events") or [] if r.get("event_id")]
    return list(dict.fromkeys([*known, *more]))[:EVENT_IDS]


def alerts_adopt_story(*, crisis) -> list[Alert]:
    """Open P0/P1 event alerts raised while the crisis' story built up that belong to it: they
    become the crisis' (a timeline entry each). Returns them."""
    cfg = grouping_settings()
    if not (cfg.enabled and cfg.fold_event_alerts):
        return []
    since = (crisis.first_event_at or crisis.opened_at) - timedelta(seconds=cfg.lead_seconds)
    candidates = list(
        Alert.objects.filter(crisis__isnull=True, classification__isnull=False, triggered_at__gte=since)
        .exclude(state=Alert.State.RESOLVED)
        .select_related("classification__event")
    )
    if not candidates:
        return []
    story = stories.story_of(crisis, cfg)
    probes = [stories.probe_of(a.classification.event) for a in candidates if a.classification is not None]
    belong, _ = stories.split(probes, story, cfg)
    why = {p.event_id: reason for p, reason in belong}
    adopted = []
    for alert in candidates:
        reason = why.get(alert.classification.event_id) if alert.classification is not None else None
        if reason is None:
            continue
        Alert.objects.filter(pk=alert.pk, crisis__isnull=True).update(crisis=crisis)
        alert.crisis = crisis
        timeline_append(
            crisis=crisis,
            kind=TimelineEntry.Kind.STORY,
            message=f"Alert #{alert.pk} ({alert.severity} event: {alert.title[:80]}) is part of this story: {reason}",
            data={"alert_id": alert.pk, "reason": reason},
        )
        alert_broadcast(alert=alert, change="adopted")
        adopted.append(alert)
    return adopted


def alerts_adopt_sweep() -> int:
    """The minute beat: open P0/P1 event alerts that turned out to be part of an open crisis' story
    after its alert opened (their subject has since been co-mentioned with the story's often
    enough, or the story grew closer to them) are adopted and fold into the crisis' open alert, so
    they stop escalating on their own and their people hear about the story in its thread.
    Returns how many folded."""
    cfg = grouping_settings()
    if not (cfg.enabled and cfg.fold_event_alerts):
        return 0
    lone = Alert.objects.filter(crisis__isnull=True, classification__isnull=False).exclude(
        state=Alert.State.RESOLVED
    )
    if not lone.exists():
        return 0
    folded = 0
    for crisis in Crisis.objects.exclude(status=Crisis.Status.RESOLVED).order_by("opened_at", "pk"):
        alerts = _open_alerts(crisis)
        # The crisis' own alert (one per level), else whatever open alert the incident has; with
        # none, its next alert adopts the story's event alerts when it opens.
        target = next((a for a in alerts if a.classification_id is None), None) or next(iter(alerts), None)
        if target is None:
            continue
        for alert in alerts_adopt_story(crisis=crisis):
            if alert.pk != target.pk:
                _fold_into(target, alert)
                folded += 1
    return folded


# --- A P0/P1 event ----------------------------------------------------------------------------


def alert_trigger_for_classification(*, classification) -> tuple[Alert, bool] | None:
    """Fold the event into its story's alert, or page (module doc)."""
    if classification.severity not in EVENT_ALERT_SEVERITIES:
        return None
    event = classification.event
    subject = sorted(event.subjects)[0] if event.subjects else ""
    row = _event_row(event, classification)
    cfg = grouping_settings()
    if cfg.enabled and cfg.fold_event_alerts:
        found = stories.story_for_event(event=event)
        if found is not None:
            crisis, why = found
            target = next(iter(_open_alerts(crisis)), None)
            if target is not None:
                return alert_fold(alert=target, classification=classification, row=row, reason=why), False
            # No alert of the crisis yet (its hand-off is still queued): an open alert of the
            # forming story goes on collecting the story's events until the crisis' alert adopts it.
            forming = _forming_story_alert(event=event, cfg=cfg)
            if forming is not None:
                return alert_fold(
                    alert=forming[0], classification=classification, row=row, reason=forming[1]
                ), False
            # The crisis has no open alert (a person resolved it): this event's alert is the
            # incident's; people already paged about the crisis get an update, not a page.
            return alert_trigger(
                dedup_key=f"crisis:{crisis.pk}:events",
                title=f"{crisis.title} — {row['text'][:120]}",
                severity=classification.severity,
                category=classification.category,
                subject=crisis.subject,
                subjects=crisis.story_subjects,
                sources=list(crisis.sources or []),
                summary=guardrails.quotable(event.text[:1000]),
                details={"events": [row], "event_ids": [event.pk], "explanation": classification.rationale},
                crisis=crisis,
                classification=classification,
            )
        forming = _forming_story_alert(event=event, cfg=cfg)
        if forming is not None:
            alert, why = forming
            return alert_fold(alert=alert, classification=classification, row=row, reason=why), False
    return alert_trigger(
        dedup_key=f"event:{subject or '-'}:{classification.category}:{classification.severity}",
        title=guardrails.quotable(event.title or event.text[:120]),
        severity=classification.severity,
        category=classification.category,
        subject=subject,
        subjects=sorted(event.subjects or []),
        source=event.source.slug,
        summary=guardrails.quotable(event.text[:1000]),
        details={
            "event_id": event.pk,
            "url": event.url,
            "confidence": classification.confidence,
            "explanation": classification.rationale,
            "needs_review": classification.needs_review,
            "events": [row],
            "event_ids": [event.pk],
        },
        classification=classification,
    )


def _forming_story_alert(*, event, cfg) -> tuple[Alert, str] | None:
    """An open event alert (no crisis yet) of the story this event belongs to: same subjects,
    category family or close text, raised within the lead time."""
    since = clock.now() - timedelta(seconds=cfg.lead_seconds)
    alerts = (
        Alert.objects.filter(crisis__isnull=True, classification__isnull=False, last_triggered_at__gte=since)
        .exclude(state=Alert.State.RESOLVED)
        .order_by("triggered_at", "pk")
    )
    probe = stories.probe_of(event)
    for alert in alerts:
        texts = [
            (int(r["event_id"]), str(r.get("text", ""))) for r in (alert.details or {}).get("events", [])
        ]
        subjects = set(alert.subjects or ([alert.subject] if alert.subject else []))
        subjects |= {s for pair in cfg.always if pair & subjects for s in pair}
        story = stories.Story(
            crisis=None,
            name=f"alert #{alert.pk}",
            subjects=frozenset(subjects),
            co_mentioned=stories.co_mentioned(
                subjects, since=alert.triggered_at - timedelta(seconds=cfg.lead_seconds), cfg=cfg
            ),
            category=alert.category,
            texts=texts,
        )
        belong, _ = stories.split([probe], story, cfg)
        if belong:
            return alert, belong[0][1]
    return None


def alert_fold(*, alert: Alert, classification, row: dict[str, Any], reason: str) -> Alert:
    """A P0/P1 event of the alert's story: count and events grow, the messages already sent
    are refreshed, everyone told gets an update (or the first tier a page, if the severity rose).
    Takes the alert row lock."""
    now = clock.now()
    with transaction.atomic():
        locked = Alert.objects.select_for_update().get(pk=alert.pk)
        locked.trigger_count += 1
        locked.last_triggered_at = now
        locked.details = {
            **(locked.details or {}),
            "events": _merge_events([row], locked.details),
            "event_ids": _event_ids(locked.details, row["event_id"]),
        }
        raised = SEVERITY_RANK.get(classification.severity, 9) < SEVERITY_RANK.get(locked.severity, 9)
        if raised:
            locked.severity = classification.severity
        locked.save(update_fields=["trigger_count", "last_triggered_at", "details", "severity", "updated_at"])
        metrics.alerts_folded.labels(severity=classification.severity).inc()
        alert_timeline(
            alert=locked,
            kind="story",
            message=f"{classification.severity} event #{row['event_id']} folded into alert #{locked.pk} "
            f"({locked.trigger_count} events; {reason}): {row['text'][:120]}",
            data={"event_id": row["event_id"], "reason": reason, "trigger_count": locked.trigger_count},
        )
        severity_changed(
            locked, raised=raised, now=now, why=f"new {classification.severity} event: {row['text'][:140]}"
        )
        slack_refresh_soon(alert=locked)
        alert_broadcast(alert=locked, change="folded")
    return locked


# A story folds events into its alert by the dozen a minute; each used to rewrite the alert's
# Slack messages at once (46 chat.update calls for one alert in the demo, three in one second).
# The rewrite reads the alert when it runs, so one per window shows every fold before it, and a
# busy story stays far below Slack's rate limit for chat.update.
SLACK_REFRESH_WINDOW_SECONDS = 5


def slack_refresh_soon(*, alert: Alert) -> None:
    """Rewrite the alert's Slack messages in `SLACK_REFRESH_WINDOW_SECONDS`, unless a rewrite is
    already due (after this transaction commits). The mark lives a second less than the delay, so
    a fold the due rewrite may not see schedules one of its own. Without the cache (Redis away),
    the rewrite is scheduled anyway."""
    from django.core.cache import cache

    alert_id = alert.pk
    # the alert's creation time in the key: a recreated schema's alert #1 is another alert
    mark = f"escalation:slack-refresh:{alert_id}:{alert.created_at.timestamp():.6f}"

    def schedule() -> None:
        try:
            first = cache.add(mark, 1, timeout=SLACK_REFRESH_WINDOW_SECONDS - 1)
        except Exception:
            first = True  # no cache: rewrite anyway
        if first:
            enqueue(
                "escalation.slack_refresh_messages", alert_id=alert_id, countdown=SLACK_REFRESH_WINDOW_SECONDS
            )

    transaction.on_commit(schedule)


# --- Resolution and merges --------------------------------------------------------------------


def alerts_resolve_for_crisis(*, crisis) -> int:
    """Resolve every open alert of the crisis (adopted event alerts too); everyone told about the
    incident gets one "resolved" message. Idempotent per resolution."""
    count = 0
    for alert in _open_alerts(crisis):
        alert_resolve(alert=alert, via="crisis", note="crisis resolved")
        count += 1
    newest = Alert.objects.filter(crisis=crisis).order_by("-triggered_at", "-pk").first()
    if newest is not None and crisis.resolved_at is not None:
        note = crisis.resolution_note or "resolved"
        with transaction.atomic():
            paging.resolved_queue(
                alert=newest, marker=crisis.resolved_at.isoformat(), text=f"Resolved: {crisis.title} — {note}"
            )
    return count


def alerts_move_to_crisis(*, source, target) -> int:
    """Two crises merged: every alert of the source becomes the target's (the pages they sent
    count for the target's incident); open ones fold into the target's open alert if it has one.
    Returns how many moved."""
    moved = list(Alert.objects.filter(crisis=source))
    Alert.objects.filter(crisis=source).update(crisis=target)
    keep = next((a for a in _open_alerts(target) if a.pk not in {m.pk for m in moved}), None)
    for alert in moved:
        alert.crisis = target
        alert_timeline(
            alert=alert,
            kind="story",
            message=f"Alert #{alert.pk} moved here from crisis #{source.pk} (merged)",
            data={"from_crisis": source.pk},
        )
        if keep is not None and alert.state != Alert.State.RESOLVED:
            _fold_into(keep, alert)
    return len(moved)
