"""Block Kit for an alert: header, facts, explanation, the recommended actions of its response
plan, the latest events of its story, and the Acknowledge / Not a crisis / Resolve buttons; and
for an update or a resolved message in the alert's thread."""

from __future__ import annotations

from typing import Any

SEVERITY_EMOJI = {"P0": ":rotating_light:", "P1": ":red_circle:", "P2": ":large_orange_circle:"}


def _buttons(alert, context: dict[str, Any], *, resolve: bool = True) -> dict[str, Any]:
    elements: list[dict[str, Any]] = []
    if alert.state == "triggered":
        elements.append(
            {
                "type": "button",
                "action_id": "alert_ack",
                "style": "danger",
                "text": {"type": "plain_text", "text": "Acknowledge"},
                "value": str(alert.pk),
            }
        )
    if alert.state != "resolved":
        elements.append(
            {
                "type": "button",
                "action_id": "alert_false_alarm",
                "text": {"type": "plain_text", "text": "Not a crisis"},
                "value": str(alert.pk),
                "confirm": {
                    "title": {"type": "plain_text", "text": "Not a crisis?"},
                    "text": {
                        "type": "plain_text",
                        "text": "Records a false alarm for review and stops the paging.",
                    },
                    "confirm": {"type": "plain_text", "text": "Not a crisis"},
                    "deny": {"type": "plain_text", "text": "Cancel"},
                },
            }
        )
    if resolve and alert.state != "resolved":
        elements.append(
            {
                "type": "button",
                "action_id": "alert_resolve",
                "text": {"type": "plain_text", "text": "Resolve"},
                "value": str(alert.pk),
                "confirm": {
                    "title": {"type": "plain_text", "text": "Resolve this alert?"},
                    "text": {"type": "plain_text", "text": "Escalation stops for everyone."},
                    "confirm": {"type": "plain_text", "text": "Resolve"},
                    "deny": {"type": "plain_text", "text": "Cancel"},
                },
            }
        )
    elements.append(
        {
            "type": "button",
            "action_id": "alert_open",
            "text": {"type": "plain_text", "text": "Open in CrisisOps"},
            "url": context["alert_url"],
        }
    )
    return {"type": "actions", "block_id": f"alert:{alert.pk}", "elements": elements}


def _events(context: dict[str, Any]) -> list[dict[str, Any]]:
    events = context.get("events") or []
    if len(events) < 2:
        return []
    lines = "\n".join(f"• {e.get('severity', '')} {str(e.get('text', ''))[:140]}" for e in events[:5])
    count = context.get("event_count") or len(events)
    return [
        {"type": "section", "text": {"type": "mrkdwn", "text": f"*{count} events in this story*\n{lines}"}}
    ]


def _recommended(context: dict[str, Any]) -> list[dict[str, Any]]:
    """The top recommended actions and the link to the response plan, when the alert has them."""
    actions = context.get("recommended_actions") or []
    url = context.get("plan_url") or ""
    if not actions and not url:
        return []
    lines = "\n".join(f"{i}. {a[:200]}" for i, a in enumerate(actions[:5], start=1))
    link = f"<{url}|Open the response plan>" if url else ""
    text = "\n".join(x for x in ("*Recommended actions*", lines, link) if x)
    return [{"type": "section", "text": {"type": "mrkdwn", "text": text[:2900]}}]


def alert_blocks(alert, context: dict[str, Any]) -> list[dict[str, Any]]:
    emoji = SEVERITY_EMOJI.get(alert.severity, ":large_blue_circle:")
    fields = [
        {"type": "mrkdwn", "text": f"*Severity*\n{emoji} {alert.severity}"},
        {"type": "mrkdwn", "text": f"*Category*\n{alert.category or '—'}"},
        {"type": "mrkdwn", "text": f"*Subject*\n{', '.join(alert.subjects or []) or alert.subject or '—'}"},
        {"type": "mrkdwn", "text": f"*Tier*\n{alert.current_tier + 1}"},
    ]
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": f"{alert.severity} {alert.title}"[:150]}},
        {"type": "section", "fields": fields},
    ]
    explanation = context.get("explanation") or alert.summary
    if explanation:
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": explanation[:2900]}})
    blocks += _recommended(context)
    blocks += _events(context)
    blocks.append(_buttons(alert, context))
    blocks.append(
        {
            "type": "context",
            "elements": [{"type": "mrkdwn", "text": f"Alert #{alert.pk} · reply code {alert.ack_code}"}],
        }
    )
    return blocks


def update_blocks(alert, context: dict[str, Any]) -> list[dict[str, Any]]:
    """An update or the resolved message, posted as a reply in the alert's thread."""
    resolved = context.get("kind") == "resolved"
    head = "Resolved" if resolved else "Update"
    body = str(context.get("body") or "")[:2800]
    blocks: list[dict[str, Any]] = [
        {
            "type": "section",
            "text": {"type": "mrkdwn", "text": f"*{head}* — {alert.severity} {alert.title}\n{body}"},
        },
    ]
    if not resolved:
        blocks += _events(context)
        blocks.append(_buttons(alert, context, resolve=False))
    blocks.append(
        {
            "type": "context",
            "elements": [
                {
                    "type": "mrkdwn",
                    "text": f"Alert #{alert.pk} · {alert.get_state_display().lower()} · reply code {alert.ack_code}",
                }
            ],
        }
    )
    return blocks
