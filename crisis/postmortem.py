"""Post-mortem export: everything a review meeting needs, from the append-only timeline.

`postmortem_build(crisis=...)` returns a JSON-safe dict (crisis facts, time-to-detect / -ack /
-resolve, the full timeline in order, who did what, the signal chart data from ScoreSamples, linked
events); `postmortem_markdown(crisis=...)` renders the same as Markdown. The command center serves
both as downloads.

Time-to-detect = opened_at − first_event_at (the first event of the burst that opened it);
time-to-ack = acknowledged_at − opened_at; time-to-resolve = resolved_at − opened_at.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime
from typing import Any

from crisis.models import Crisis, ScoreSample
from crisis.score import SIGNALS
from crisis.selectors import crisis_timeline


def _iso(at: datetime | None) -> str | None:
    return at.isoformat() if at else None


def _seconds(a: datetime | None, b: datetime | None) -> float | None:
    return round((b - a).total_seconds(), 1) if a and b else None


def _human(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    seconds = int(seconds)
    h, rem = divmod(seconds, 3600)
    m, s = divmod(rem, 60)
    return f"{h}h {m:02d}m {s:02d}s" if h else f"{m}m {s:02d}s"


def postmortem_build(*, crisis: Crisis) -> dict[str, Any]:
    timeline = list(crisis_timeline(crisis=crisis))
    samples = list(
        ScoreSample.objects.filter(crisis=crisis)
        .order_by("at", "id")
        .values("at", "score", "level", "signals")
    )
    actions: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for t in timeline:
        actions[t.actor or "system"].append({"at": _iso(t.at), "kind": t.kind, "message": t.message})
    chart = {
        "t": [_iso(s["at"]) for s in samples],
        "score": [s["score"] for s in samples],
        "level": [s["level"] for s in samples],
        **{
            name: [
                ((s["signals"] or {}).get("signals", {}).get(name) or {}).get("value", 0.0) for s in samples
            ]
            for name in SIGNALS
        },
        "contributions": {
            name: [
                ((s["signals"] or {}).get("signals", {}).get(name) or {}).get("contribution", 0.0)
                for s in samples
            ]
            for name in SIGNALS
        },
        "mentions": [(s["signals"] or {}).get("mentions", 0) for s in samples],
    }
    events = [
        {
            "id": e.pk,
            "platform": e.platform,
            "occurred_at": _iso(e.occurred_at),
            "reach": e.reach,
            "verified": e.author_verified,
            "url": e.url,
            "text": (e.title + " " + e.text).strip()[:280],
        }
        for e in crisis.events.order_by("-reach")[:50]
    ]
    return {
        "crisis": {
            "id": crisis.pk,
            "subject": crisis.subject,
            "title": crisis.title,
            "status": crisis.status,
            "level": crisis.level,
            "peak_level": crisis.peak_level,
            "severity": crisis.severity,
            "category": crisis.category,
            "score": crisis.score,
            "explanation": crisis.explanation,
            "first_event_at": _iso(crisis.first_event_at),
            "opened_at": _iso(crisis.opened_at),
            "acknowledged_at": _iso(crisis.acknowledged_at),
            "acknowledged_by": getattr(crisis.acknowledged_by, "email", None),
            "resolved_at": _iso(crisis.resolved_at),
            "resolved_by": getattr(crisis.resolved_by, "email", None),
            "resolution_note": crisis.resolution_note,
            "owner": getattr(crisis.owner, "email", None),
            "ai_summary": crisis.ai_summary,
            "holding_statement": crisis.holding_statement,
        },
        "metrics": {
            "time_to_detect_seconds": _seconds(crisis.first_event_at, crisis.opened_at),
            "time_to_ack_seconds": _seconds(crisis.opened_at, crisis.acknowledged_at),
            "time_to_resolve_seconds": _seconds(crisis.opened_at, crisis.resolved_at),
            "linked_events": crisis.events.count(),
            "score_samples": len(samples),
        },
        "timeline": [
            {"at": _iso(t.at), "kind": t.kind, "actor": t.actor, "message": t.message, "data": t.data}
            for t in timeline
        ],
        "who_did_what": dict(actions),
        "signal_chart": chart,
        "events": events,
    }


def postmortem_json(*, crisis: Crisis) -> str:
    return json.dumps(postmortem_build(crisis=crisis), indent=2, default=str)


def postmortem_markdown(*, crisis: Crisis) -> str:
    pm = postmortem_build(crisis=crisis)
    c, m = pm["crisis"], pm["metrics"]
    out = [
        f"# Post-mortem: {c['title']}",
        "",
        f"- **Subject:** {c['subject']}  ",
        f"- **Peak level:** {c['peak_level']} · **Severity:** {c['severity']} · **Category:** {c['category']}  ",
        f"- **Status:** {c['status']}"
        + (f" — {c['resolution_note']}" if c["resolution_note"] else "")
        + "  ",
        f"- **Owner:** {c['owner'] or '—'}",
        "",
        "## Key times",
        "",
        "| | when | after |",
        "|---|---|---|",
        f"| First event | {c['first_event_at'] or '—'} | |",
        f"| Detected (opened) | {c['opened_at']} | time-to-detect {_human(m['time_to_detect_seconds'])} |",
        f"| Acknowledged | {c['acknowledged_at'] or '—'} ({c['acknowledged_by'] or '—'}) | time-to-ack {_human(m['time_to_ack_seconds'])} |",
        f"| Resolved | {c['resolved_at'] or '—'} ({c['resolved_by'] or 'detector' if c['resolved_at'] else '—'}) | time-to-resolve {_human(m['time_to_resolve_seconds'])} |",
        "",
        "## Why it was raised",
        "",
        c["explanation"] or "—",
        "",
    ]
    if c["ai_summary"]:
        out += [
            "## AI summary",
            "",
            c["ai_summary"],
            "",
            "**Holding statement:** " + (c["holding_statement"] or "—"),
            "",
        ]
    out += ["## Timeline", "", "| time (UTC) | kind | actor | what |", "|---|---|---|---|"]
    for t in pm["timeline"]:
        msg = t["message"].replace("|", "\\|").replace("\n", " ")
        out.append(f"| {t['at']} | {t['kind']} | {t['actor']} | {msg} |")
    out += ["", "## Who did what", ""]
    for actor, acts in pm["who_did_what"].items():
        kinds: defaultdict[str, int] = defaultdict(int)
        for a in acts:
            kinds[a["kind"]] += 1
        out.append(f"- **{actor}**: " + ", ".join(f"{k} ×{n}" for k, n in kinds.items()))
    chart = pm["signal_chart"]
    out += [
        "",
        "## Score history",
        "",
        "| time | score | level | " + " | ".join(SIGNALS) + " |",
        "|---|---|---|" + "---|" * len(SIGNALS),
    ]
    for i, at in enumerate(chart["t"]):
        vals = " | ".join(f"{chart[s][i]:.2f}" for s in SIGNALS)
        out.append(f"| {at} | {chart['score'][i]:.2f} | {chart['level'][i]} | {vals} |")
    if pm["events"]:
        out += ["", "## Top linked events", ""]
        for e in pm["events"][:15]:
            out.append(
                f"- [{e['platform']}, reach {e['reach']:,}] {e['text']}"
                + (f" ({e['url']})" if e["url"] else "")
            )
    return "\n".join(out) + "\n"
