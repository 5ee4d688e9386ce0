"""Block Kit for an alert: header, facts, explanation and Acknowledge / Resolve buttons."""

from __future__ import annotations

from typing import Any

SEVERITY_EMOJI = {"P0": ":rotating_light:", "P1": ":red_circle:", "P2": ":large_orange_circle:"}


def alert_blocks(alert, context: dict[str, Any]) -> list[dict[str, Any]]:
    emoji = SEVERITY_EMOJI.get(alert.severity, ":large_blue_circle:")
    fields = [
        {"type": "mrkdwn", "text": f"*Severity*\n{emoji} {alert.severity}"},
        {"type": "mrkdwn", "text": f"*Category*\n{alert.category or '—'}"},
        {"type": "mrkdwn", "text": f"*Subject*\n{alert.subject or '—'}"},
        {"type": "mrkdwn", "text": f"*Tier*\n{alert.current_tier + 1}"},
    ]
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": f"{alert.severity} {alert.title}"[:150]}},
        {"type": "section", "fields": fields},
    ]
    explanation = context.get("explanation") or alert.summary
    if explanation:
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": explanation[:2900]}})
    blocks.append(
        {
            "type": "actions",
            "block_id": f"alert:{alert.pk}",
            "elements": [
                {
                    "type": "button",
                    "action_id": "alert_ack",
                    "style": "danger",
                    "text": {"type": "plain_text", "text": "Acknowledge"},
                    "value": str(alert.pk),
                },
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
                },
                {
                    "type": "button",
                    "action_id": "alert_open",
                    "text": {"type": "plain_text", "text": "Open in CrisisOps"},
                    "url": context["alert_url"],
                },
            ],
        }
    )
    blocks.append(
        {
            "type": "context",
            "elements": [{"type": "mrkdwn", "text": f"Alert #{alert.pk} · reply code {alert.ack_code}"}],
        }
    )
    return blocks
