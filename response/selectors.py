"""Reads of response planning: a crisis' plan as the crisis page shows it, progress for the
cards, the manual planning queue, and the plan section of the post-mortem."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from crisis.models import Crisis, TimelineEntry
from response.models import ResponsePlan, ResponseTask
from tenants import clock

OPEN = (ResponseTask.Status.OPEN, ResponseTask.Status.IN_PROGRESS)


@dataclass
class Progress:
    done: int = 0
    skipped: int = 0
    total: int = 0
    overdue: int = 0

    @property
    def finished(self) -> int:
        return self.done + self.skipped

    @property
    def percent(self) -> int:
        return round(100 * self.finished / self.total) if self.total else 0


@dataclass
class TaskRow:
    task: ResponseTask
    overdue: bool


@dataclass
class PlanPanel:
    plan: ResponsePlan | None
    tasks: list[TaskRow] = field(default_factory=list)
    progress: Progress = field(default_factory=Progress)

    @property
    def ready_after_seconds(self) -> float | None:
        plan = self.plan
        if plan is None or plan.ready_at is None:
            return None
        return round((plan.ready_at - plan.requested_at).total_seconds(), 2)


def _progress(tasks: list[ResponseTask], now) -> Progress:
    p = Progress(total=len(tasks))
    for t in tasks:
        p.done += t.status == ResponseTask.Status.DONE
        p.skipped += t.status == ResponseTask.Status.SKIPPED
        p.overdue += t.status in OPEN and t.due_at <= now
    return p


def plan_panel(*, crisis: Crisis) -> PlanPanel:
    plan = ResponsePlan.objects.filter(crisis=crisis).select_related("taken_by").first()
    if plan is None:
        return PlanPanel(plan=None)
    now = clock.now()
    tasks = list(plan.tasks.select_related("owner", "changed_by", "escalation_alert").order_by("order", "pk"))
    rows = [TaskRow(task=t, overdue=t.status in OPEN and t.due_at <= now) for t in tasks]
    return PlanPanel(plan=plan, tasks=rows, progress=_progress(tasks, now))


def progress_by_crisis(*, crisis_ids: list[int]) -> dict[int, Progress]:
    """Done/total/overdue per crisis, in one query."""
    now = clock.now()
    grouped: dict[int, list[ResponseTask]] = defaultdict(list)
    for task in (
        ResponseTask.objects.filter(plan__crisis_id__in=crisis_ids)
        .select_related("plan")
        .only("status", "due_at", "plan__crisis_id")
    ):
        grouped[task.plan.crisis_id].append(task)
    return {cid: _progress(tasks, now) for cid, tasks in grouped.items()}


def manual_queue() -> list[ResponsePlan]:
    """Unresolved crises whose plan a person must make (failed or over budget), oldest first."""
    return list(
        ResponsePlan.objects.filter(status=ResponsePlan.Status.MANUAL)
        .exclude(crisis__status=Crisis.Status.RESOLVED)
        .select_related("crisis")
        .order_by("manual_at", "pk")
    )


def task_get(*, task_id: int) -> ResponseTask | None:
    return ResponseTask.objects.select_related("plan__crisis").filter(pk=task_id).first()


def plan_get(*, crisis_id: int) -> ResponsePlan | None:
    return ResponsePlan.objects.select_related("crisis").filter(crisis_id=crisis_id).first()


# --- post-mortem ------------------------------------------------------------------------------


def _iso(at) -> str | None:
    return at.isoformat() if at else None


def plan_export(*, crisis: Crisis) -> dict[str, Any] | None:
    """The plan for the post-mortem: its facts, every task with its history (the timeline
    entries that name it), progress, similar crises and what the planner had to fall back on."""
    panel = plan_panel(crisis=crisis)
    plan = panel.plan
    if plan is None:
        return None
    history: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for entry in TimelineEntry.objects.filter(crisis=crisis, kind=TimelineEntry.Kind.RESPONSE).order_by(
        "at", "pk"
    ):
        task_id = (entry.data or {}).get("task_id")
        if task_id is not None:
            history[int(task_id)].append(
                {"at": _iso(entry.at), "actor": entry.actor, "message": entry.message}
            )
    p = panel.progress
    return {
        "status": plan.status,
        "level": plan.level,
        "category": plan.category,
        "playbooks": plan.playbooks,
        "requested_at": _iso(plan.requested_at),
        "ready_at": _iso(plan.ready_at),
        "ready_after_seconds": panel.ready_after_seconds,
        "manual_reason": plan.manual_reason,
        "taken_by": getattr(plan.taken_by, "email", None),
        "recovery": plan.recovery,
        "llm": {
            "status": plan.llm_status,
            "dropped": plan.llm_dropped,
            "holding_statement": plan.holding_statement,
        },
        "progress": {"done": p.done, "skipped": p.skipped, "total": p.total, "overdue": p.overdue},
        "tasks": [
            {
                "id": r.task.pk,
                "title": r.task.title,
                "source": r.task.source,
                "owner": r.task.owner.name if r.task.owner else None,
                "owner_role": r.task.owner_role,
                "owner_how": r.task.owner_how,
                "due_at": _iso(r.task.due_at),
                "status": r.task.status,
                "overdue": r.overdue,
                "skip_reason": r.task.skip_reason,
                "done_at": _iso(r.task.done_at),
                "escalation_alert": r.task.escalation_alert_id,
                "history": history.get(r.task.pk, []),
            }
            for r in panel.tasks
        ],
        "similar": plan.similar,
    }


def plan_markdown(*, crisis: Crisis) -> str:
    """The plan section of the Markdown post-mortem ('' without a plan)."""
    data = plan_export(crisis=crisis)
    if data is None:
        return ""
    p = data["progress"]
    books = ", ".join(b["name"] for b in data["playbooks"]) or "—"
    out = [
        "## Response plan",
        "",
        f"- **Status:** {data['status']} · **Playbooks:** {books}  ",
        f"- **Progress:** {p['done']}/{p['total']} done, {p['skipped']} skipped, {p['overdue']} overdue  ",
        f"- **Ready:** {data['ready_at'] or '—'}"
        + (
            f" ({data['ready_after_seconds']} s after the hand-off)"
            if data["ready_after_seconds"] is not None
            else ""
        ),
    ]
    if data["manual_reason"]:
        out.append(
            f"- **Manual planning:** {data['manual_reason']} (taken by {data['taken_by'] or 'nobody'})"
        )
    out += ["", "| # | task | owner | due | status |", "|---|---|---|---|---|"]
    for i, t in enumerate(data["tasks"], 1):
        status = (
            t["status"]
            + (" (overdue)" if t["overdue"] else "")
            + (f": {t['skip_reason']}" if t["skip_reason"] else "")
        )
        title = t["title"].replace("|", "\\|")
        out.append(f"| {i} | {title} | {t['owner'] or '—'} | {t['due_at']} | {status.replace('|', '/')} |")
    lines = [(h, t["title"]) for t in data["tasks"] for h in t["history"]]
    if lines:
        out += ["", "### Task history", ""]
        out += [
            f"- {h['at']} — {h['actor']}: {h['message']}" for h, _ in sorted(lines, key=lambda x: x[0]["at"])
        ]
    if data["similar"]:
        out += ["", "### Similar past crises", ""]
        for s in data["similar"]:
            hours = (
                f"{s['time_to_resolve_seconds'] / 3600:.1f} h" if s.get("time_to_resolve_seconds") else "—"
            )
            worked = "; ".join(s.get("what_worked") or []) or "—"
            out.append(
                f"- {s['title']} (similarity {s['similarity']:.2f}, resolved in {hours}): {s.get('resolution_note') or '—'} — what worked: {worked}"
            )
    return "\n".join(out) + "\n"
